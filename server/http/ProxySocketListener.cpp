#include "http/ProxySocketListener.h"

#include <QFile>
#include <QTcpSocket>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace transcendence::server {
namespace {

// A socket accepted on the proxy socket: its peer address says so (Unix sockets have none).
class ProxySocket : public QTcpSocket {
public:
    using QTcpSocket::QTcpSocket;
    void markAsProxied() { setPeerAddress(kProxySocketPeer); }
};

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

ProxySocketListener::ProxySocketListener(HttpRequestLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

ProxySocketListener::~ProxySocketListener()
{
    stop();
}

void ProxySocketListener::stop()
{
    close();
    if (!m_path.isEmpty()) {
        ::unlink(QFile::encodeName(m_path).constData());
        m_path.clear();
    }
}

bool ProxySocketListener::listenAt(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (native.isEmpty() || native.size() >= qsizetype(sizeof address.sun_path)) {
        *error = QStringLiteral("the socket path must have 1 to %1 bytes")
                     .arg(sizeof address.sun_path - 1);
        return false;
    }
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *error = systemError();
        return false;
    }
    struct stat existing {};
    if (::lstat(native.constData(), &existing) == 0) {
        if (!S_ISSOCK(existing.st_mode)) {
            *error = QStringLiteral("a file that is not a socket is in the way");
            ::close(fd);
            return false;
        }
        // Left by a server that ended without removing it, unless one still answers there.
        const int probe = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const bool live =
            probe >= 0 &&
            ::connect(probe, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
        if (probe >= 0) {
            ::close(probe);
        }
        if (live) {
            *error = QStringLiteral("another server listens on this socket");
            ::close(fd);
            return false;
        }
        ::unlink(native.constData());
    }
    // The mode is set before listen(): until then nobody can connect.
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        *error = systemError();
        ::close(fd);
        return false;
    }
    if (::chmod(native.constData(), 0660) != 0 || ::listen(fd, 4096) != 0) {
        *error = systemError();
        ::close(fd);
        ::unlink(native.constData());
        return false;
    }
    if (!setSocketDescriptor(fd)) {
        *error = errorString();
        ::close(fd);
        ::unlink(native.constData());
        return false;
    }
    m_path = path;
    return true;
}

void ProxySocketListener::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new ProxySocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        ::close(int(socketDescriptor));
        return;
    }
    socket->markAsProxied();
    new HttpConnectionGuard(socket, m_limits, &m_upgrade); // owned by the socket
    addPendingConnection(socket);
}

} // namespace transcendence::server
