#include "gui/singleinstance.h"

#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace careshift {

namespace {
/// The longest message accepted: a path.
constexpr qint64 kMaxMessage = qint64(64) * 1024;
} // namespace

SingleInstance::SingleInstance(QString name, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName() {
    return QStringLiteral("careshift-%1").arg(::getuid());
}

bool SingleInstance::sendToRunning(const QString& path, int timeoutMs) const {
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(path.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running one answers once it has the file in front.
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen(std::function<void(const QString&)> open) {
    m_open = std::move(open);
    m_server = new QLocalServer(this);
    // Only this user may hand files over.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left by a CareShift that crashed: nobody answers on it.
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500))
            return false; // another is running after all
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > kMaxMessage)
                        socket->abort();
                    return;
                }
                const QString path = QString::fromUtf8(socket->readLine(kMaxMessage)).trimmed();
                if (m_open)
                    m_open(path);
                socket->write("ok\n");
                socket->flush();
            });
        }
    });
    return true;
}

} // namespace careshift
