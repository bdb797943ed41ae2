#pragma once

/// \file projectdocument.h
/// One open project: the Project, its undo stack, its file and its results.
///
/// Ownership and flow (after Tiled): the document owns the Project and one
/// QUndoStack. Nothing edits the Project directly: every change is an undo
/// command, pushed through the small façade in commands.h, which validates
/// the change first so the project is always computable. Commands call
/// setField()/replaceProject() here, which emit fine-grained signals for the
/// item models (a field changed, by its id-based path; the structure changed,
/// after which models re-find their rows by id so selections survive), and
/// schedule one recalculation per event-loop turn, after which
/// `recalculated()` is emitted. "Modified" means the undo stack is not
/// clean; saving marks it clean.

#include "engine/appraisal.h"
#include "engine/validate.h"
#include "gui/document/fields.h"
#include "store/projectfile.h"
#include "store/projectlock.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <map>
#include <memory>

class QUndoStack;

namespace careshift {

/// The appraisal of one scenario, or why there is none.
struct ScenarioResults {
    const Appraisal* appraisal = nullptr; ///< null when the figures cannot be shown
    QString problem;                      ///< why not, in words for the status of the page
};

class ProjectDocument : public QObject {
    Q_OBJECT
public:
    explicit ProjectDocument(Project project, QObject* parent = nullptr);
    ~ProjectDocument() override;

    /// Opens a .careshift or .json file. Throws store::LoadError.
    static std::unique_ptr<ProjectDocument> open(const QString& path);

    const Project& project() const { return m_project; }
    QUndoStack* undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    /// "anytown.careshift", or "Untitled" for a new project.
    QString displayName() const;
    bool isModified() const;
    /// The file was an older version: the original is backed up on first save.
    bool needsUpgradeBackup() const { return m_upgradedFrom > 0; }

    /// Saves to `path` (atomic; JSON if it ends in .json). Throws store::SaveError.
    void save(const QString& path);

    /// The file was changed on disk (or removed) since it was opened or last
    /// saved here: someone else saved it. A save over it asks first.
    bool changedOnDisk() const;
    /// Opened read-only (someone else had it open): Save saves a copy elsewhere.
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    /// Takes the lock file of the open project (store/projectlock.h) so that
    /// others opening it are told; the app calls it, the CLI never does.
    void lockFile();

    /// The appraisal of a scenario against the baseline, cached until the
    /// next change. Throws InvalidProjectError or the engine's projection
    /// error; results() says the same without throwing.
    const Appraisal& appraisal(const std::string& scenarioId);
    ScenarioResults results(const std::string& scenarioId);

    // Used by undo commands only.
    void setField(const FieldPath& path, const QVariant& value);
    void replaceProject(const Project& project);

signals:
    /// One field changed. `path` is the field's address after the change.
    void fieldChanged(const careshift::FieldPath& path);
    /// Rows were added, removed, renamed or reordered: models re-find their rows by id.
    void structureChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    /// Emitted once per event-loop turn after any number of changes.
    void recalculated();

private:
    void scheduleRecalculation();

    Project m_project;
    QUndoStack* m_undoStack;
    QString m_filePath;
    store::FileMetadata m_metadata;
    int m_upgradedFrom = 0;
    /// The file's size and time when opened or last saved here.
    qint64 m_diskSize = -1;
    QDateTime m_diskTime;
    bool m_readOnly = false;
    std::unique_ptr<store::ProjectLock> m_lock;
    void stampDisk();
    QTimer m_recalcTimer;
    std::map<std::string, Appraisal> m_cache;
};

} // namespace careshift
