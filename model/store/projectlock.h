#pragma once

/// \file projectlock.h
/// Who has a project open (issue 11, defect 4). The desktop app writes a
/// small lock file beside a project it opens, ".~lock.NAME#" (the name
/// LibreOffice uses, so people recognise it), saying who, on which machine,
/// in which process and since when; it removes it when the project is
/// closed. Opening a project that someone else holds tells the user who, and
/// offers it read-only. A lock left by a process that is gone (on this
/// machine) or older than a day (on another) is stale and ignored.
///
/// The lock is advisory: the save stays atomic whatever the lock says, and a
/// changed file is also caught by comparing its size and time before saving
/// (ProjectDocument::changedOnDisk()).

#include <QDateTime>
#include <QString>

#include <optional>

namespace careshift::store {

struct LockHolder {
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime since; ///< UTC
    /// "jsmith on ward-pc since 09:05 on 3 Dec 2026"
    QString describe() const;
};

class ProjectLock {
public:
    ProjectLock() = default;
    ~ProjectLock() { release(); }
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    /// The lock file's path for a project.
    static QString lockPath(const QString& projectPath);
    /// Who else holds the project, if anyone (not this process, not stale).
    static std::optional<LockHolder> holder(const QString& projectPath);

    /// Takes the lock for this process (writes the lock file); false if it
    /// cannot be written (a read-only folder: the project still opens).
    bool acquire(const QString& projectPath);
    /// Removes the lock file if it is this process's.
    void release();
    const QString& path() const { return m_project; }

private:
    QString m_project;
};

} // namespace careshift::store
