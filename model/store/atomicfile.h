#pragma once

/// \file atomicfile.h
/// The one way CareShift writes a file other than the SQLite project itself:
/// JSON projects, CSV results and every later export (issue 11, defect 1).
///
/// The bytes go to a new, uniquely named temporary file beside the target,
/// created with the target's permissions from the start (a private file is
/// never readable by others mid-save); every write is checked for a short
/// count, then fsync and close are checked; only then is the temporary file
/// renamed over the target and the folder synced. A failure at any step
/// removes the temporary file and leaves the previous file exactly as it was,
/// and the error says which step failed and why ("not saved: writing failed:
/// No space left on device"). A symbolic link is followed: the file it points
/// to is replaced and the link stays a link.
///
/// Faults are injected in tests through AtomicWriteFaults (each step can be
/// made to fail as the system call would), and for real with RLIMIT_FSIZE.

#include "store/fileerror.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace careshift::store {

/// The steps of an atomic write, in order.
enum class WriteStep { Create, Write, Sync, Close, Rename, SyncFolder };

/// For tests: `fails(step)` returning an errno value makes that step fail as
/// the system call would (a Write fails half-way, a short write); 0 lets it
/// run. `observe(step, tempPath)` is called before each step.
struct AtomicWriteFaults {
    std::function<int(WriteStep)> fails;
    std::function<void(WriteStep, const QString&)> observe;
};

/// The file a path names for writing: the target of a symbolic link (to any
/// depth), else the path itself, made absolute.
QString resolvedWritePath(const QString& path);

/// Writes `bytes` to `path` atomically (above). Throws SaveError naming the
/// path and the failed step; the previous file, if any, is untouched.
void writeFileAtomically(const QString& path, const QByteArray& bytes,
                         const AtomicWriteFaults& faults = {});

/// Refuses to replace anything but a regular file (or nothing): a save over
/// a FIFO, device or socket would silently put a file in its place. Throws
/// SaveError naming what is there.
void requireReplaceable(const QString& target, const QString& shown);

/// The permission bits a new file replacing `target` gets: the target's,
/// or 0666 less the process's umask when there is none.
unsigned int permissionsFor(const QString& target);

/// Words for a step, for messages: "writing", "syncing to disk", ...
QString writeStepWords(WriteStep step);

/// Whether `path` (after following links) is a regular file that may be
/// read: not a folder, FIFO, device or socket, and at most `maxBytes` long.
/// Throws LoadError saying what it is instead. Checked before a file is
/// opened, so a FIFO or /dev/zero cannot hang or flood the reader.
void requireRegularFile(const QString& path, qint64 maxBytes);

} // namespace careshift::store
