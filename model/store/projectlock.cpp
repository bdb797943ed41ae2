#include "store/projectlock.h"

#include "store/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace careshift::store {

namespace {

constexpr qint64 kStaleSeconds = qint64(24) * 3600;

QString thisUser() {
    return qEnvironmentVariable("USER", QStringLiteral("someone"));
}

QString thisHost() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0 || name[0] == '\0')
        return QStringLiteral("this computer");
    return QString::fromLocal8Bit(name);
}

std::optional<LockHolder> readLock(const QString& lockFile) {
    QFile f(lockFile);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    // A lock file is tiny; anything else is not ours to read.
    const QStringList lines = QString::fromUtf8(f.read(4096)).split(QLatin1Char('\n'));
    if (lines.size() < 4)
        return std::nullopt;
    LockHolder h;
    h.user = lines[0].left(100);
    h.host = lines[1].left(100);
    h.pid = lines[2].toLongLong();
    h.since = QDateTime::fromString(lines[3], Qt::ISODate);
    if (!h.since.isValid())
        h.since = QFileInfo(lockFile).lastModified().toUTC();
    return h;
}

bool stale(const LockHolder& h) {
    if (h.host == thisHost()) // a process that is gone holds nothing
        return h.pid <= 0 || (::kill(static_cast<pid_t>(h.pid), 0) != 0 && errno == ESRCH);
    return h.since.secsTo(QDateTime::currentDateTimeUtc()) > kStaleSeconds;
}

bool mine(const LockHolder& h) {
    return h.host == thisHost() && h.pid == QCoreApplication::applicationPid();
}

} // namespace

QString LockHolder::describe() const {
    return QStringLiteral("%1 on %2 since %3")
        .arg(user, host, since.toLocalTime().toString(QStringLiteral("HH:mm 'on' d MMM yyyy")));
}

QString ProjectLock::lockPath(const QString& projectPath) {
    const QFileInfo info(resolvedWritePath(projectPath));
    return info.absoluteDir().filePath(QStringLiteral(".~lock.") + info.fileName() +
                                       QLatin1Char('#'));
}

std::optional<LockHolder> ProjectLock::holder(const QString& projectPath) {
    std::optional<LockHolder> h = readLock(lockPath(projectPath));
    if (!h || mine(*h) || stale(*h))
        return std::nullopt;
    return h;
}

bool ProjectLock::acquire(const QString& projectPath) {
    release();
    const QString text = thisUser() + QLatin1Char('\n') + thisHost() + QLatin1Char('\n') +
                         QString::number(QCoreApplication::applicationPid()) + QLatin1Char('\n') +
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char('\n');
    try {
        writeFileAtomically(lockPath(projectPath), text.toUtf8());
    } catch (const SaveError&) {
        return false;
    }
    m_project = projectPath;
    return true;
}

void ProjectLock::release() {
    if (m_project.isEmpty())
        return;
    const QString lockFile = lockPath(m_project);
    if (const std::optional<LockHolder> h = readLock(lockFile); h && mine(*h))
        QFile::remove(lockFile);
    m_project.clear();
}

} // namespace careshift::store
