#pragma once

/// \file autosave.h
/// Never lose an afternoon's work (issue 13): a document's unsaved changes
/// are written every interval (a minute by default) and after a few seconds
/// of quiet to a recovery file in the user's settings folder, through the
/// atomic writer. Saving or closing the project on purpose removes it. A
/// recovery file whose process is gone (a crash, a power cut, a SIGKILL) is
/// offered at the next start: restore or discard, with when it was saved and
/// what changed since the last save.

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace careshift {

class ProjectDocument;

class Autosaver : public QObject {
    Q_OBJECT
public:
    /// Watches `doc`; its recovery files are named by a new id.
    explicit Autosaver(ProjectDocument* doc, QObject* parent = nullptr);
    ~Autosaver() override;

    /// The folder of recovery files: "recovery" in the settings folder
    /// (QStandardPaths::AppConfigLocation: ~/.config/CareShift/CareShift/recovery,
    /// beside the settings file ~/.config/CareShift/CareShift.conf).
    static QString recoveryFolder();
    /// The autosave interval (QSettings "autosave/seconds", default 60,
    /// from kMinSeconds to kMaxSeconds): the one place it is read.
    static int intervalSeconds();
    static constexpr int kMinSeconds = 5;
    static constexpr int kMaxSeconds = 3600;

    /// Writes the recovery file now if there are changes it does not hold;
    /// true when it wrote one. A failure (a full disk) is kept in lastError()
    /// and leaves the previous recovery file.
    bool saveNow();
    void setIntervalSeconds(int seconds);
    /// Removes this document's recovery file (saved, or discarded on purpose).
    void discard();
    QString projectPath() const { return m_projectPath; }
    QString lastError() const { return m_error; }

    /// A recovery file left by a process that is gone.
    struct Recovered {
        QString projectPath;  ///< the recovered project (.careshift)
        QString infoPath;     ///< its description (.json)
        QString originalPath; ///< the file it was opened from; "" for a new project
        QString name;         ///< "anytown.careshift", or "Untitled"
        QDateTime savedAt;    ///< when the recovery file was written (local time)
        QStringList changes;  ///< the undo steps since the last save, oldest first
    };
    /// Every recovery file of a process that is no longer running, newest first.
    static std::vector<Recovered> orphans();
    /// Who writes this process's recovery files: its pid, the machine's
    /// name, the boot it runs in (Linux's boot_id) and when the process
    /// started (clock ticks after boot, from /proc). Kept in each description.
    static QJsonObject processIdentity(qint64 pid);
    /// Whether the process a description names may still be running, so its
    /// file is not offered: it runs on another machine (a home folder shared
    /// over NFS: that session may be live), or it is this boot's process
    /// with that pid and start time. A reboot (a power cut) or a pid now used
    /// by another process means it is gone.
    static bool ownerMayBeRunning(const QJsonObject& info);
    /// Removes a recovered file and its description.
    static void remove(const Recovered& r);

private:
    void changed();
    ProjectDocument* m_doc;
    QString m_projectPath;
    QString m_infoPath;
    QTimer m_interval;
    QTimer m_idle;
    bool m_pending = false;
    QString m_error;
};

} // namespace careshift
