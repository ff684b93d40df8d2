#include "http/LowDelayTcpServer.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace transcendence::server {

LowDelayTcpServer::LowDelayTcpServer(HttpRequestLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // Qt's default accept queue is 50 connections. nginx opens upstream connections in bursts
    // (a wave of clients beyond its idle keep-alive pool): past 50 waiting the kernel drops the
    // SYN and the client retries one second later, so p99 through nginx was 1 s at 200
    // connections (bench/README.md, api_bench). The kernel caps it at net.core.somaxconn.
    setListenBacklogSize(4096);
}

void LowDelayTcpServer::incomingConnection(qintptr socketDescriptor)
{
    const int on = 1;
    // Failing only costs latency, never correctness: the connection is served either way.
    ::setsockopt(int(socketDescriptor), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        ::close(int(socketDescriptor));
        return;
    }
    new HttpConnectionGuard(socket, m_limits, &m_upgrade); // owned by the socket
    addPendingConnection(socket);
}

bool hasNoDelay(qintptr socketDescriptor)
{
    int value = 0;
    socklen_t length = sizeof value;
    return ::getsockopt(int(socketDescriptor), IPPROTO_TCP, TCP_NODELAY, &value, &length) == 0 &&
           value != 0;
}

} // namespace transcendence::server
