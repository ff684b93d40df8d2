#include "realtime/WebSocketHandshake.h"

#include "realtime/WebSocketFrames.h"

namespace transcendence::server::websocket {

QByteArray UpgradeRequest::header(QByteArrayView name) const
{
    qsizetype start = 0;
    while (start < head.size()) {
        qsizetype end = head.indexOf('\n', start);
        if (end < 0) {
            end = head.size();
        }
        const QByteArrayView line = QByteArrayView(head).sliced(start, end - start);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            return line.sliced(colon + 1).trimmed().toByteArray();
        }
        start = end + 1;
    }
    return {};
}

std::optional<UpgradeRequest> parseUpgradeRequest(QByteArrayView head)
{
    qsizetype begin = 0;
    while (begin < head.size() && (head[begin] == '\r' || head[begin] == '\n' ||
                                   head[begin] == ' ' || head[begin] == '\t')) {
        ++begin; // what HTTP servers skip before a request line
    }
    const qsizetype lineEnd = head.indexOf('\n', begin);
    if (lineEnd < 0) {
        return std::nullopt;
    }
    const QByteArrayView line = head.sliced(begin, lineEnd - begin).trimmed();
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1) {
        return std::nullopt;
    }
    UpgradeRequest request;
    request.method = line.first(firstSpace).toByteArray();
    QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1).trimmed();
    if (const qsizetype query = target.indexOf('?'); query >= 0) {
        target = target.first(query);
    }
    request.path = target.toByteArray();
    request.httpVersion = line.sliced(lastSpace + 1).toByteArray();
    request.head = head.sliced(lineEnd + 1).toByteArray();
    return request;
}

QByteArray errorResponse(int status, QByteArrayView reason, QByteArrayView code,
                         QByteArrayView message, QByteArrayView extraHeaders)
{
    // code and message are ours (no quotes or backslashes to escape).
    const QByteArray body = "{\"error\":{\"code\":\"" + code.toByteArray() + "\",\"message\":\"" +
                            message.toByteArray() + "\"}}";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason.toByteArray() +
                          "\r\nContent-Type: application/json\r\nCache-Control: no-store\r\n"
                          "X-Content-Type-Options: nosniff\r\nConnection: close\r\n";
    response += extraHeaders.toByteArray();
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return response;
}

UpgradeAnswer answerUpgrade(const UpgradeRequest &request)
{
    const auto bad = [](QByteArrayView message) {
        return UpgradeAnswer{false, errorResponse(400, "Bad Request", "bad_upgrade", message)};
    };
    if (request.method != "GET" || request.httpVersion != "HTTP/1.1") {
        return bad("a WebSocket upgrade is a GET in HTTP/1.1");
    }
    if (request.header("upgrade").compare("websocket", Qt::CaseInsensitive) != 0 ||
        !request.header("connection").toLower().contains("upgrade")) {
        return bad("Upgrade: websocket and Connection: Upgrade are required");
    }
    if (request.header("sec-websocket-version") != "13") {
        return UpgradeAnswer{false,
                             errorResponse(426, "Upgrade Required", "unsupported_websocket_version",
                                           "this server speaks WebSocket version 13",
                                           "Sec-WebSocket-Version: 13\r\n")};
    }
    const QByteArray key = request.header("sec-websocket-key");
    const auto decoded =
        QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16) {
        return bad("Sec-WebSocket-Key must be 16 bytes in base64");
    }
    QByteArray response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                          "Connection: Upgrade\r\nSec-WebSocket-Accept: ";
    response += acceptKey(key);
    response += "\r\n\r\n";
    return UpgradeAnswer{true, response};
}

} // namespace transcendence::server::websocket
