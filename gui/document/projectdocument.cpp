#include "gui/document/projectdocument.h"

#include "engine/validate.h"

#include <QDateTime>
#include <QFileInfo>
#include <QUndoStack>

namespace careshift {

ProjectDocument::ProjectDocument(Project project, QObject* parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this)) {
    m_recalcTimer.setSingleShot(true);
    m_recalcTimer.setInterval(0);
    connect(&m_recalcTimer, &QTimer::timeout, this, &ProjectDocument::recalculated);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument() = default;

std::unique_ptr<ProjectDocument> ProjectDocument::open(const QString& path) {
    store::LoadedProject loaded = store::loadAnyProject(path);
    auto doc = std::make_unique<ProjectDocument>(std::move(loaded.project));
    doc->m_filePath = QFileInfo(path).absoluteFilePath();
    doc->m_metadata = loaded.metadata;
    doc->m_upgradedFrom = loaded.upgraded() ? loaded.fileVersion : 0;
    doc->stampDisk();
    return doc;
}

void ProjectDocument::stampDisk() {
    const QFileInfo info(m_filePath);
    m_diskSize = info.exists() ? info.size() : -1;
    m_diskTime = info.exists() ? info.lastModified() : QDateTime();
}

bool ProjectDocument::changedOnDisk() const {
    if (m_filePath.isEmpty())
        return false;
    const QFileInfo info(m_filePath);
    if (!info.exists())
        return m_diskSize >= 0; // it was there, and is gone
    return info.size() != m_diskSize || info.lastModified() != m_diskTime;
}

void ProjectDocument::lockFile() {
    if (m_filePath.isEmpty() || m_readOnly)
        return;
    if (!m_lock)
        m_lock = std::make_unique<store::ProjectLock>();
    m_lock->acquire(m_filePath);
}

QString ProjectDocument::displayName() const {
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool ProjectDocument::isModified() const {
    return !m_undoStack->isClean();
}

void ProjectDocument::save(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_metadata.created.isEmpty())
        m_metadata.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    store::SaveOptions options;
    options.metadata = m_metadata;
    options.metadata.appVersion.clear();
    if (m_upgradedFrom > 0 && absolute == m_filePath)
        options.backupPath = store::upgradeBackupPath(absolute, m_upgradedFrom);
    store::saveAnyProject(absolute, m_project, options);
    if (m_upgradedFrom > 0 && absolute == m_filePath)
        m_upgradedFrom = 0;
    const bool renamed = absolute != m_filePath;
    m_filePath = absolute;
    stampDisk();
    // Saved elsewhere: that file is this window's now, writable, and locked.
    if (renamed) {
        m_readOnly = false;
        if (m_lock)
            lockFile();
    }
    m_undoStack->setClean();
    if (renamed)
        emit filePathChanged(m_filePath);
}

const Appraisal& ProjectDocument::appraisal(const std::string& scenarioId) {
    auto it = m_cache.find(scenarioId);
    if (it != m_cache.end())
        return it->second;
    const Scenario* s = nullptr;
    for (const Scenario& x : m_project.scenarios)
        if (x.id == scenarioId)
            s = &x;
    const Scenario none = doNothing();
    return m_cache.emplace(scenarioId, appraise(m_project, s ? *s : none)).first->second;
}

ScenarioResults ProjectDocument::results(const std::string& scenarioId) {
    ScenarioResults out;
    try {
        out.appraisal = &appraisal(scenarioId);
    } catch (const InvalidProjectError& e) {
        out.problem = e.problems().empty()
                          ? QString::fromUtf8(e.what())
                          : QString::fromStdString(e.problems().front().toString());
    } catch (const std::exception& e) {
        out.problem = QString::fromUtf8(e.what());
    }
    return out;
}

void ProjectDocument::setField(const FieldPath& path, const QVariant& value) {
    FieldPath moved;
    applyField(m_project, path, value, &moved);
    if (!(moved == path))
        emit structureChanged(); // the object's id changed: rows are re-found
    emit fieldChanged(moved);
    scheduleRecalculation();
}

void ProjectDocument::replaceProject(const Project& project) {
    m_project = project;
    emit structureChanged();
    scheduleRecalculation();
}

void ProjectDocument::scheduleRecalculation() {
    m_cache.clear();
    m_recalcTimer.start();
}

} // namespace careshift
