#pragma once

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <memory>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QMenu;

namespace careshift {

class AssumptionsPage;
class InterventionPage;
class ProjectDocument;
class ScenarioPage;
class TablePage;

/// The CareShift window: one project document at a time. The project tree on
/// the left picks what the central area shows: the commissioner and
/// assumptions, the baseline tables, an intervention's editor, or a
/// scenario's results. Every edit goes through the document's undo stack.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<ProjectDocument> document, QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectDocument* document() const { return m_doc.get(); }

    /// Opens a file in this window, asking first about unsaved changes. On a
    /// bad file, says why and keeps the open project untouched.
    bool openFile(const QString& path);
    /// Saves to `path`; reports a failure and returns false.
    bool saveTo(const QString& path);
    bool save();
    bool saveAs();

    /// Shows a node of the project tree: "assumptions", "population",
    /// "activity", "pods", "contracts", "intervention:N", "scenario:ID"; a
    /// suffix "#N" on a scenario also shows chart tab N of its results.
    bool showNode(const QString& node);
    bool selectScenario(const QString& id) { return showNode(QStringLiteral("scenario:") + id); }

    ScenarioPage* scenarioPage() const { return m_scenarioPage; }
    InterventionPage* interventionPage() const { return m_interventionPage; }
    TablePage* tablePage(const QString& node) const;
    QString lastProblem() const { return m_lastProblem; }

    /// Replaces the "save changes?" dialog (tests answer it without a dialog).
    void setSavePrompt(std::function<QMessageBox::StandardButton()> prompt) {
        m_savePrompt = std::move(prompt);
    }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setDocument(std::unique_ptr<ProjectDocument> doc);
    void buildMenus();
    void rebuildPages();
    void rebuildTree();
    void onTreeSelection();
    bool maybeSave();
    void newProject(bool fromSample);
    void openDialog();
    void exportJson();
    void exportCsv();
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString& path);
    void showProblem(const QString& problem);
    QString currentNode() const;
    int currentScenarioIndex() const;
    int currentInterventionIndex() const;

    std::unique_ptr<ProjectDocument> m_doc;
    QTreeWidget* m_tree = nullptr;
    QStackedWidget* m_stack = nullptr;
    AssumptionsPage* m_assumptionsPage = nullptr;
    TablePage* m_populationPage = nullptr;
    TablePage* m_activityPage = nullptr;
    TablePage* m_podPage = nullptr;
    TablePage* m_contractPage = nullptr;
    InterventionPage* m_interventionPage = nullptr;
    ScenarioPage* m_scenarioPage = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QString m_lastProblem;
    std::function<QMessageBox::StandardButton()> m_savePrompt;
};

} // namespace careshift
