#include "BackgroundLoads.h"

#include "db/DatabaseWorkers.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>

#include <vector>

namespace transcendence::bench {

WorkerJobLoad::WorkerJobLoad(server::DatabaseWorkers &workers, int inFlight,
                             std::function<void()> job)
    : m_workers(workers)
    , m_inFlight(inFlight)
    , m_job(std::move(job))
{}

void WorkerJobLoad::start()
{
    m_running = true;
    for (int i = 0; i < m_inFlight; ++i) {
        submit();
    }
}

void WorkerJobLoad::submit()
{
    m_workers.run<bool>(
        this,
        [job = m_job](QSqlDatabase &) {
            job();
            return true;
        },
        [this](bool) {
            ++m_completed;
            if (m_running) {
                submit();
            }
        });
}

// Keep-alive HTTP/1.1 connections, each with one request outstanding at a time. Lives on its own
// thread; counts complete responses (headers and Content-Length bytes of body).
class HttpFloodClient : public QObject {
public:
    HttpFloodClient(quint16 port, int connections, std::atomic<qint64> &responses)
        : m_port(port)
        , m_connections(connections)
        , m_responses(responses)
    {}

    void start()
    {
        for (int i = 0; i < m_connections; ++i) {
            auto *socket = new QTcpSocket(this);
            m_buffers.emplace_back();
            const std::size_t index = m_buffers.size() - 1;
            connect(socket, &QTcpSocket::connected, this, [socket] { sendRequest(socket); });
            connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket, index] { readResponses(socket, m_buffers[index]); });
            socket->connectToHost(QHostAddress::LocalHost, m_port);
        }
    }

private:
    static void sendRequest(QTcpSocket *socket)
    {
        socket->write("GET /bench/leaderboard HTTP/1.1\r\nHost: localhost\r\n"
                      "Accept: application/json\r\n\r\n");
    }

    void readResponses(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                return;
            }
            const QByteArray headers = buffer.left(headerEnd).toLower();
            qsizetype bodyLength = 0;
            const qsizetype field = headers.indexOf("content-length:");
            if (field >= 0) {
                const qsizetype lineEnd = headers.indexOf("\r\n", field);
                bodyLength = headers.mid(field + 15, lineEnd < 0 ? -1 : lineEnd - field - 15)
                                 .trimmed()
                                 .toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + bodyLength) {
                return;
            }
            buffer.remove(0, headerEnd + 4 + bodyLength);
            m_responses.fetch_add(1, std::memory_order_relaxed);
            sendRequest(socket);
        }
    }

    quint16 m_port;
    int m_connections;
    std::atomic<qint64> &m_responses;
    std::vector<QByteArray> m_buffers; // one per connection, by index
};

HttpBurstLoad::HttpBurstLoad(int connections)
    : m_connections(connections)
{
    // About what a list endpoint returns: twenty users with a few fields, built per request.
    m_server.route(QStringLiteral("/bench/leaderboard"), [] {
        QJsonArray users;
        for (int rank = 1; rank <= 20; ++rank) {
            users.append(
                QJsonObject{{QStringLiteral("rank"), rank},
                            {QStringLiteral("userId"), 1000 + rank},
                            {QStringLiteral("displayName"), QStringLiteral("player-%1").arg(rank)},
                            {QStringLiteral("wins"), 200 - rank},
                            {QStringLiteral("losses"), rank * 3},
                            {QStringLiteral("online"), rank % 2 == 0}});
        }
        return QJsonObject{{QStringLiteral("users"), users}};
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    m_clientThread.setObjectName(QStringLiteral("http-flood"));
}

HttpBurstLoad::~HttpBurstLoad()
{
    stop();
}

void HttpBurstLoad::start()
{
    m_client = new HttpFloodClient(m_port, m_connections, m_responses);
    m_client->moveToThread(&m_clientThread);
    QObject::connect(&m_clientThread, &QThread::finished, m_client, &QObject::deleteLater);
    m_clientThread.start();
    QMetaObject::invokeMethod(m_client, &HttpFloodClient::start, Qt::QueuedConnection);
}

void HttpBurstLoad::stop()
{
    m_clientThread.quit();
    m_clientThread.wait(); // the client and its sockets are deleted before it returns
    m_client = nullptr;
}

qint64 HttpBurstLoad::completed() const
{
    return m_responses.load(std::memory_order_relaxed);
}

} // namespace transcendence::bench
