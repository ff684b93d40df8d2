-- 0014: push-to-deploy. One row per GitHub webhook delivery the server accepted (signature
-- checked), keyed by X-GitHub-Delivery so a redelivery is recognised and never deploys twice.

CREATE TABLE webhook_deliveries (
    delivery_id  text        PRIMARY KEY CHECK (char_length(delivery_id) BETWEEN 1 AND 100),
    event        text        NOT NULL CHECK (char_length(event) <= 100),
    ref          text        CHECK (char_length(ref) <= 300),
    head_commit  text        CHECK (char_length(head_commit) <= 100),
    -- ignored, pong, queued, running, succeeded, failed, superseded
    result       text        NOT NULL,
    exit_code    integer,
    output_tail  text        CHECK (char_length(output_tail) <= 8000),
    received_at  timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);
CREATE INDEX webhook_deliveries_received_idx ON webhook_deliveries (received_at DESC);
