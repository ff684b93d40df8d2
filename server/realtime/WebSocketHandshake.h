#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace transcendence::server::websocket {

// A WebSocket upgrade request's head (request line and headers, up to the blank line), as the
// listener hands it over, and the server's answer to it (RFC 6455 4.2).
struct UpgradeRequest {
    QByteArray method;
    QByteArray path; // the request target without its query
    QByteArray httpVersion;
    QByteArray head; // the header lines, for header()

    // The first header of that name, trimmed; empty when absent.
    QByteArray header(QByteArrayView name) const;
};

// nullopt when the head is not a well-formed request line followed by header lines.
std::optional<UpgradeRequest> parseUpgradeRequest(QByteArrayView head);

// What to answer: accept (101 with Sec-WebSocket-Accept) or an HTTP error.
struct UpgradeAnswer {
    bool accepted = false;
    QByteArray response; // the whole HTTP answer
};
// Checks the method (GET, HTTP/1.1), Upgrade and Connection, Sec-WebSocket-Version 13 (else
// 426 naming it) and a Sec-WebSocket-Key of 16 bytes in base64. Error answers use the JSON error
// shape and close the connection.
UpgradeAnswer answerUpgrade(const UpgradeRequest &request);

// An HTTP error answer in the JSON error shape, with Connection: close.
QByteArray errorResponse(int status, QByteArrayView reason, QByteArrayView code,
                         QByteArrayView message, QByteArrayView extraHeaders = {});

} // namespace transcendence::server::websocket
