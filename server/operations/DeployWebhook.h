#pragma once

#include <QByteArray>

class QHttpServer;

namespace transcendence::server {

struct FeatureContext;

// POST /webhook/github (docs/operations.md, "Deploy"): GitHub's signed deliveries. ping answers
// pong; a push to TRANSCENDENCE_DEPLOY_BRANCH queues a deploy (DeployQueue) and answers 202.
void registerDeployWebhook(const FeatureContext &context);

// "sha256=<hex HMAC-SHA256 of body with secret>" as GitHub sends it in X-Hub-Signature-256;
// compared in constant time. An empty secret matches nothing.
bool hasValidSignature(const QByteArray &body, const QByteArray &signatureHeader,
                       const QByteArray &secret);

} // namespace transcendence::server
