#pragma once

#include "engine/describe.h"
#include "gui/models/projecttreemodel.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QStackedWidget;
class QTreeView;
class QMenu;
class QDockWidget;
class QFileSystemWatcher;
class QDialog;
class QAbstractItemModel;
class QPagedPaintDevice;

namespace careshift {

class AssumptionsPage;
class CohortPage;
class InterventionPage;
class OptionsView;
class PresentationWindow;
class Autosaver;
class ProjectDocument;
class ScenarioPage;
class TablePage;
struct PaperOptions;

/// The CareShift window: one project document at a time. The project tree on
/// the left picks what the central area shows: the commissioner and
/// assumptions, the baseline tables, an intervention's editor, or a
/// scenario's results. The tree, the pages and the menus all address
/// scenarios and interventions by id, so what is named on screen is what is
/// shown and edited. Every edit goes through the document's undo stack.
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

    /// Shows a node of the project tree.
    bool showNode(const TreeNode& node);
    /// The same from text (the --view option): "assumptions", "population",
    /// "activity", "pods", "contracts", "intervention:ID", "scenario:ID"; a
    /// suffix "#N" on a scenario also shows chart tab N of its results.
    bool showNode(const QString& node);
    /// Opens (or brings up) the options side by side: "" compares the
    /// scenarios, a scenario id that scenario under each payment regime.
    void showOptions(const std::string& regimesOf);
    OptionsView* optionsView() const { return m_optionsView; }
    TablePage* podPage() const { return m_podPage; }
    bool selectScenario(const QString& id) {
        return showNode(TreeNode{TreeNode::Scenario, id.toStdString()});
    }
    /// Shows the page a field is on and puts the focus on it: its editor, or
    /// its cell selected. A validation problem's path leads to its field.
    bool goTo(const FieldPath& path);
    /// The node whose page is shown.
    TreeNode shownNode() const { return m_shown; }

    QTreeView* projectTree() const { return m_tree; }
    ProjectTreeModel* treeModel() const { return m_treeModel; }
    ScenarioPage* scenarioPage() const { return m_scenarioPage; }
    InterventionPage* interventionPage() const { return m_interventionPage; }
    /// The outcome metric's chart window when it is open, else null.
    QWidget* outcomeChartWindow() const;
    TablePage* tablePage(TreeNode::Type type) const;
    QString lastProblem() const { return m_lastProblem; }
    QString lastStatus() const { return m_lastStatus; }

    /// Replaces the "save changes?" dialog (tests answer it without a dialog).
    void setSavePrompt(std::function<QMessageBox::StandardButton()> prompt) {
        m_savePrompt = std::move(prompt);
    }
    /// For a window made with a document opened from a file (the command
    /// line): says who else has it open and offers it read-only, then takes
    /// its lock. False when the user chose not to open it.
    bool claimOpenFile();
    /// Replaces the questions about a file someone else has open or changed
    /// (tests answer them): Yes, No or Cancel, given the question's text.
    void setQuestionPrompt(std::function<QMessageBox::StandardButton(const QString&)> prompt) {
        m_questionPrompt = std::move(prompt);
    }

    /// Writes the board paper (File > Export > Board Paper); false, and the
    /// reason shown, when it cannot.
    bool exportBoardPaper(const QString& path, const PaperOptions& options);
    /// The CareShift window that has `path` open, or null.
    static MainWindow* windowFor(const QString& path);
    /// The window that has `path` comes to the front, or the file opens in a
    /// new window (a file handed over by a second start; singleinstance.h).
    static MainWindow* openOrRaise(const QString& path);
    void bringToFront();
    /// At start: each recovery file a crashed CareShift left (autosave.h) is
    /// offered, with when it was saved and what changed: Restore (into this
    /// window if it holds nothing unsaved, else a new one; modified, undoable
    /// to the saved file), Discard (removed) or Cancel (asked next time). The
    /// question goes through setQuestionPrompt() in tests. Returns how many
    /// were restored.
    int offerRecovery();
    Autosaver* autosaver() const { return m_autosaver; }
    /// File > Quit: closes every CareShift window; when more than one has
    /// unsaved changes, asks once, listing them (Save All, Discard All,
    /// Cancel). False when quitting stopped (cancelled, or a save failed).
    bool quitAll();
    /// After Edit > Preferences: the autosave interval and the recent files'
    /// length applied to every window.
    void applyPreferences();
    /// Help > Keyboard Shortcuts: every menu command with a shortcut (read
    /// from the menus), then the keys of tables and of presenting.
    QString shortcutsHtml() const;
    /// Help > User Guide (F1): the docs rendered from Markdown, offline.
    void showGuide();
    /// Help > About: the version, the build's commit, Qt's version, where
    /// the docs are and the licences of the components.
    static QString aboutText();
    /// The installed docs (share/doc/careshift), else the source tree's docs/.
    static QString docsFolder();
    /// View > Present (F5): the full-screen presentation on the scenario
    /// shown (or the first with an intervention); raises it if it is open.
    PresentationWindow* startPresentation();
    PresentationWindow* presentation() const;
    /// Writes every scenario's results as an XLSX workbook (File > Export).
    bool exportWorkbook(const QString& path);
    /// What the user is looking at: the options window when it is in front,
    /// else the page shown in the main window.
    QWidget* currentView() const;
    /// The largest chart visible in the current view; null when it has none.
    QWidget* currentChart() const;
    /// Writes the current chart (File > Export > Chart): SVG for ".svg",
    /// else PNG at twice its size; false and the reason when it cannot.
    bool exportChart(const QString& path);
    /// The current view's table as CSV (File > Export > Table in View as
    /// CSV): numbers as numbers, text neutralised; "" when there is none.
    QString currentTableCsv() const;
    /// The current view's table as tab-separated text (Edit > Copy Table):
    /// the focused table, or the results table, or the largest table shown.
    QString currentTableTsv() const;
    /// Draws the current view on the pages of `device` (File > Print).
    void printCurrentView(QPagedPaintDevice* device);

    // Menu commands on what is shown (also reachable from the tree's context menu).
    void deleteShown();
    void moveShown(int delta);
    void duplicateShown();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setDocument(std::unique_ptr<ProjectDocument> doc);
    /// Disconnects from the document and deletes what points at it.
    void releaseDocument();
    void buildMenus();
    void rebuildPages();
    void followTree();
    void afterStructureChange();
    bool maybeSave();
    void newProject(bool fromSample);
    void openDialog();
    void exportJson();
    void importTariffDialog();

public:
    /// Imports an HRG tariff CSV (File > Import): one undo step, or nothing
    /// and the reason in the status bar.
    bool importTariffFrom(const QString& path);

private:
    void exportCsv();
    void boardPaperDialog();
    void exportChartDialog(bool svg);
    /// A file name to save to from the dialog, `suffix` added when missing;
    /// "" when cancelled.
    QString askSavePath(const QString& title, const QString& name, const QString& filter,
                        const QString& suffix);
    /// Runs an export: `write` writes and returns the status to show; a
    /// failure (store::FileError or another exception) is shown with its
    /// reason, kept in lastProblem(), and returns false.
    bool runExport(const QString& path, const std::function<QString()>& write);
    /// The table the user is looking at (see currentTableTsv()); null when none.
    const QAbstractItemModel* currentTableModel() const;
    void printDialog();
    void updateTitle();
    void updateRecentMenu();
    /// Puts `path` first in File > Open Recent ("" only trims the list).
    void addRecentFile(const QString& path);
    void showProblem(const QString& problem);
    void showStatus(const QString& message);
    void fitTreeWidth();

    std::unique_ptr<ProjectDocument> m_doc;
    QPointer<PresentationWindow> m_presentation;
    Autosaver* m_autosaver = nullptr;
    /// While quitting several windows: the one answer given for all of them.
    QMessageBox::StandardButton m_quitAnswer = QMessageBox::NoButton;
    QDialog* m_optionsDialog = nullptr;
    OptionsView* m_optionsView = nullptr;
    QTreeView* m_tree = nullptr;
    QDockWidget* m_dock = nullptr;
    ProjectTreeModel* m_treeModel = nullptr;
    QStackedWidget* m_stack = nullptr;
    AssumptionsPage* m_assumptionsPage = nullptr;
    TablePage* m_populationPage = nullptr;
    TablePage* m_activityPage = nullptr;
    TablePage* m_podPage = nullptr;
    TablePage* m_outcomePage = nullptr;
    CohortPage* m_cohortPage = nullptr;
    TablePage* m_contractPage = nullptr;
    InterventionPage* m_interventionPage = nullptr;
    ScenarioPage* m_scenarioPage = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    TreeNode m_shown;
    int m_shownRow = -1; ///< the shown node's row among its siblings, to pick a neighbour
    /// Menu actions on a shown scenario or intervention, with the node type they need.
    std::vector<std::pair<QAction*, TreeNode::Type>> m_nodeActions;
    QString m_lastProblem;
    QString m_lastStatus;
    std::function<QMessageBox::StandardButton()> m_savePrompt;
    std::function<QMessageBox::StandardButton(const QString&)> m_questionPrompt;
    /// Watches the open file, to say when someone else changes it.
    QFileSystemWatcher* m_watcher = nullptr;
    bool claim(ProjectDocument& doc);
    void watchFile();
    /// Yes, No or Cancel to a question about the file (the prompt, or a dialog).
    QMessageBox::StandardButton ask(const QString& title, const QString& question,
                                    const QString& yes, const QString& no);
};

} // namespace careshift
