#include "gui/singleinstance.h"

#include <QDateTime>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

#include <unistd.h>

namespace careshift {

Q_LOGGING_CATEGORY(lcInstance, "careshift.instance", QtWarningMsg)

namespace {
/// The longest message accepted: a path.
constexpr qint64 kMaxMessage = qint64(64) * 1024;
/// How long before a second start stops waiting the running copy must have
/// read its message to act on it.
constexpr int kAnswerMarginMs = 500;
} // namespace

SingleInstance::SingleInstance(QString name, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName() {
    // An absolute path in the user's runtime folder (XDG_RUNTIME_DIR, or a
    // private /tmp/runtime-<user>, both 0700): another user cannot create
    // the socket first and receive the paths this user opens.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime + QStringLiteral("/careshift-%1.socket").arg(::getuid());
    return QStringLiteral("careshift-%1").arg(::getuid());
}

bool SingleInstance::sendToRunning(const QString& path, int timeoutMs) const {
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    // "<deadline> <path>": the path percent-encoded (a name may hold a line
    // break or end in a space); the deadline, in ms since the epoch, a little
    // before this start stops waiting, so that a running copy too busy to
    // answer in time does not open the file after this start has opened it.
    const qint64 deadline =
        QDateTime::currentMSecsSinceEpoch() + std::max(0, timeoutMs - kAnswerMarginMs);
    socket.write(QByteArray::number(deadline) + ' ' + QUrl::toPercentEncoding(path) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running one answers once it has the file in front.
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    const bool taken = socket.readLine().trimmed() == "ok";
    qCDebug(lcInstance, "handed over to the running copy: \"%s\" (%s)", qUtf8Printable(path),
            taken ? "taken" : "refused");
    return taken;
}

bool SingleInstance::listen(std::function<void(const QString&)> open) {
    m_open = std::move(open);
    m_server = new QLocalServer(this);
    // Only this user may hand files over.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A running copy too busy to answer in time (a long board paper) keeps
    // its socket: with the access option set, listen() would rename a new
    // socket over it. Only a socket nobody answers on, left by a copy that
    // crashed, is replaced.
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(500)) {
            qCDebug(lcInstance, "another copy is running; this one does not listen");
            m_anotherRunning = true;
            return false;
        }
    }
    if (!m_server->listen(m_name)) {
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    qCDebug(lcInstance, "listening on %s", qUtf8Printable(m_server->fullServerName()));
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > kMaxMessage)
                        socket->abort();
                    return;
                }
                QByteArray line = socket->readLine(kMaxMessage);
                if (line.endsWith('\n'))
                    line.chop(1); // only the end of the line: "" is a path too (come forward)
                const qsizetype space = line.indexOf(' ');
                const qint64 deadline = space > 0 ? line.left(space).toLongLong() : 0;
                const QString path =
                    space > 0 ? QUrl::fromPercentEncoding(line.mid(space + 1)) : QString();
                if (space <= 0 || QDateTime::currentMSecsSinceEpoch() > deadline) {
                    // Too late (or not a message of ours): the other start
                    // has given up and opens the file itself.
                    qCDebug(lcInstance, "too late, ignored: \"%s\"", qUtf8Printable(path));
                    socket->abort();
                    return;
                }
                qCDebug(lcInstance, "received: \"%s\"", qUtf8Printable(path));
                // Taken: the other start may exit now. Opening may ask a
                // question (the file is in use, it cannot be read), so it
                // happens after the answer, not before it.
                socket->write("ok\n");
                socket->flush();
                if (m_open)
                    QMetaObject::invokeMethod(
                        this, [this, path] { m_open(path); }, Qt::QueuedConnection);
            });
        }
    });
    return true;
}

} // namespace careshift
