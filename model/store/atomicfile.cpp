#include "store/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace careshift::store {

namespace {

QString systemError(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

/// A failed step: "writing failed: No space left on device".
[[noreturn]] void fail(const QString& shown, WriteStep step, int error) {
    throw SaveError({QStringLiteral("%1: not saved: %2 failed: %3")
                         .arg(shown, writeStepWords(step), systemError(error))});
}

/// Runs the injected fault for a step, if any: its errno, or 0.
int injected(const AtomicWriteFaults& faults, WriteStep step, const QString& temp) {
    if (faults.observe)
        faults.observe(step, temp);
    return faults.fails ? faults.fails(step) : 0;
}

mode_t modeFor(const QByteArray& target) {
    return static_cast<mode_t>(permissionsFor(QFile::decodeName(target)));
}

/// What a path that is not a regular file is, for messages.
const char* nonFileWords(mode_t mode) {
    return S_ISFIFO(mode)                   ? "a pipe (FIFO)"
           : S_ISCHR(mode) || S_ISBLK(mode) ? "a device"
           : S_ISSOCK(mode)                 ? "a socket"
                                            : "not a regular file";
}

} // namespace

void requireReplaceable(const QString& target, const QString& shown) {
    struct stat st {};
    if (::stat(QFile::encodeName(target).constData(), &st) != 0 || S_ISREG(st.st_mode) ||
        S_ISDIR(st.st_mode)) // nothing there, a file, or a folder (said by the caller)
        return;
    throw SaveError({QStringLiteral("%1: not saved: it is %2, not a file to replace")
                         .arg(shown, QLatin1String(nonFileWords(st.st_mode)))});
}

unsigned int permissionsFor(const QString& target) {
    struct stat st {};
    if (::stat(QFile::encodeName(target).constData(), &st) == 0)
        return st.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

QString writeStepWords(WriteStep step) {
    switch (step) {
    case WriteStep::Create:
        return QStringLiteral("creating the temporary file");
    case WriteStep::Write:
        return QStringLiteral("writing");
    case WriteStep::Sync:
        return QStringLiteral("syncing to disk");
    case WriteStep::Close:
        return QStringLiteral("closing");
    case WriteStep::Rename:
        return QStringLiteral("replacing the file");
    case WriteStep::SyncFolder:
        return QStringLiteral("syncing the folder");
    }
    return {};
}

QString resolvedWritePath(const QString& path) {
    QString current = QFileInfo(path).absoluteFilePath();
    // Follow links to their end (a link to a link), at most 40 deep as the
    // kernel does; a dangling link is written where it points.
    for (int depth = 0; depth < 40; ++depth) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            return current;
        current = QFileInfo(info.dir(), info.symLinkTarget()).absoluteFilePath();
    }
    return current;
}

void writeFileAtomically(const QString& path, const QByteArray& bytes,
                         const AtomicWriteFaults& faults) {
    const QString shown = path;
    const QString real = resolvedWritePath(path);
    const QFileInfo target(real);
    if (target.isDir())
        throw SaveError({QStringLiteral("%1: is a folder, not a file").arg(shown)});
    requireReplaceable(real, shown);
    if (!target.absoluteDir().exists())
        throw SaveError(
            {QStringLiteral("%1: the folder %2 does not exist").arg(shown, target.absolutePath())});
    const QByteArray targetName = QFile::encodeName(real);
    const QString temp = target.absoluteDir().filePath(
        QStringLiteral(".") + target.fileName() + QStringLiteral(".saving-") +
        QString::number(QRandomGenerator::global()->generate64(), 36));
    const QByteArray tempName = QFile::encodeName(temp);

    int error = injected(faults, WriteStep::Create, temp);
    // O_EXCL: never another process's temporary file; the final mode from the start.
    const int fd = error ? -1
                         : ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                                  modeFor(targetName));
    if (fd < 0)
        fail(shown, WriteStep::Create, error ? error : errno);
    // From here a failure removes the temporary file.
    auto abandon = [&](WriteStep step, int e, bool open) {
        if (open)
            ::close(fd);
        ::unlink(tempName.constData());
        fail(shown, step, e);
    };
    // The file is created with the process umask applied; set the mode
    // exactly (a 0640 target stays 0640).
    ::fchmod(fd, modeFor(targetName));

    error = injected(faults, WriteStep::Write, temp);
    qsizetype done = 0;
    const qsizetype limit = error ? bytes.size() / 2 : bytes.size();
    while (done < limit) {
        const ssize_t n =
            ::write(fd, bytes.constData() + done, static_cast<std::size_t>(limit - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) // 0 is a short write that cannot progress: the disk is full
            abandon(WriteStep::Write, n < 0 ? errno : ENOSPC, true);
        done += n;
    }
    if (error)
        abandon(WriteStep::Write, error, true);

    error = injected(faults, WriteStep::Sync, temp);
    if (error || ::fsync(fd) != 0)
        abandon(WriteStep::Sync, error ? error : errno, true);

    error = injected(faults, WriteStep::Close, temp);
    if (error) {
        ::close(fd);
        abandon(WriteStep::Close, error, false);
    }
    if (::close(fd) != 0)
        abandon(WriteStep::Close, errno, false);

    error = injected(faults, WriteStep::Rename, temp);
    if (error || std::rename(tempName.constData(), targetName.constData()) != 0)
        abandon(WriteStep::Rename, error ? error : errno, false);

    // The rename is done: the new file is in place. A folder that cannot be
    // synced leaves it there but says the save may not survive a crash.
    error = injected(faults, WriteStep::SyncFolder, temp);
    if (!error) {
        const int dir = ::open(QFile::encodeName(target.absolutePath()).constData(),
                               O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir < 0)
            return; // a folder that cannot be opened to sync: nothing more to do
        const int synced = ::fsync(dir);
        error = synced == 0 ? 0 : errno;
        ::close(dir);
        // Some file systems cannot sync a folder at all (EINVAL): not a failure.
        if (synced == 0 || error == EINVAL)
            return;
    }
    const int e = error;
    throw SaveError({QStringLiteral("%1: saved, but %2 failed (%3): it may not survive a "
                                    "power cut; save again to be sure")
                         .arg(shown, writeStepWords(WriteStep::SyncFolder), systemError(e))});
}

void requireRegularFile(const QString& path, qint64 maxBytes) {
    const QString shown = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        throw LoadError(
            {errno == ENOENT
                 ? QStringLiteral("%1: the file does not exist").arg(path)
                 : QStringLiteral("%1: cannot be read: %2").arg(path, systemError(errno))});
    if (S_ISDIR(st.st_mode))
        throw LoadError({QStringLiteral("%1: is a folder, not a file").arg(path)});
    if (!S_ISREG(st.st_mode)) {
        throw LoadError({QStringLiteral("%1: is %2, not a project file: only regular files are "
                                        "opened")
                             .arg(shown, QLatin1String(nonFileWords(st.st_mode)))});
    }
    if (st.st_size > maxBytes)
        throw LoadError({QStringLiteral("%1: the file is too large to open (%2 MB; at most %3 MB)")
                             .arg(shown)
                             .arg(static_cast<double>(st.st_size) / 1048576.0, 0, 'f', 1)
                             .arg(maxBytes / 1048576)});
}

} // namespace careshift::store
