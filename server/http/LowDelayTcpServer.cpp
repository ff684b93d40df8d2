#include "http/LowDelayTcpServer.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace transcendence::server {

void LowDelayTcpServer::incomingConnection(qintptr socketDescriptor)
{
    const int on = 1;
    // Failing only costs latency, never correctness: the connection is served either way.
    ::setsockopt(int(socketDescriptor), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    QTcpServer::incomingConnection(socketDescriptor);
}

bool hasNoDelay(qintptr socketDescriptor)
{
    int value = 0;
    socklen_t length = sizeof value;
    return ::getsockopt(int(socketDescriptor), IPPROTO_TCP, TCP_NODELAY, &value, &length) == 0 &&
           value != 0;
}

} // namespace transcendence::server
