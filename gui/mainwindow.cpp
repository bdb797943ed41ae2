#include "gui/mainwindow.h"

#include "engine/report.h"
#include "gui/document/autosave.h"
#include "gui/document/commands.h"
#include "gui/document/projectdocument.h"
#include "gui/editors/cohortpage.h"
#include "gui/editors/editorpages.h"
#include "gui/export/paperdialog.h"
#include "gui/export/viewexport.h"
#include "gui/models/fieldtablemodel.h"
#include "gui/present/presentation.h"
#include "gui/results/optionsview.h"
#include "gui/results/outcomesview.h"
#include "gui/results/resultsview.h"
#include "gui/results/yearlytablemodel.h"
#include "gui/settingsdialog.h"
#include "store/atomicfile.h"
#include "store/projectlock.h"
#include "store/sample.h"
#include "store/workbook.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenuBar>
#include <QMimeData>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <sstream>

namespace careshift {

namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
/// Made when asked, after the catalogues are installed (a static made
/// before the application would never be translated).
QString fileFilter() {
    return QObject::tr("CareShift projects (*.careshift);;JSON projects (*.json);;All files (*)");
}
/// The menu bar's mnemonics (File, Edit, Scenario, Intervention, View, Help): no
/// control on a page may take them.
const QString kMenuLetters = QStringLiteral("FESIVH");

/// Undo and redo from the keyboard: each sequence once (Ctrl+Shift+Z was
/// registered twice, which made Qt ignore it as ambiguous), with Ctrl+Y for
/// the Windows habit.
QList<QKeySequence> redoShortcuts() {
    QList<QKeySequence> keys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                             QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!keys.contains(k))
            keys << k;
    return keys;
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<ProjectDocument> document, QWidget* parent)
    : QMainWindow(parent) {
    setAcceptDrops(true);
    setObjectName(QStringLiteral("CareShiftMainWindow"));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("projectTree"));
    m_tree->setAccessibleName(tr("Project"));
    m_tree->setAccessibleDescription(
        tr("The commissioner, the baseline tables, the interventions and the scenarios; choose "
           "one to show it."));
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_dock = new QDockWidget(tr("Project"), this);
    m_dock->setObjectName(QStringLiteral("projectDock"));
    m_dock->setWidget(m_tree);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);

    m_stack = new QStackedWidget(this);
    m_stack->setContentsMargins(8, 4, 8, 4);
    setCentralWidget(m_stack);

    buildMenus();
    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    setDocument(std::move(document));
}

MainWindow::~MainWindow() {
    // The pages and the tree model point at the document, which goes with
    // this object's members, before the child widgets: they go first.
    releaseDocument();
}

void MainWindow::releaseDocument() {
    if (!m_doc)
        return;
    if (m_presentation)
        m_presentation->close();
    // Closed or replaced on purpose (after the save question): nothing to recover.
    if (m_autosaver) {
        m_autosaver->discard();
        delete m_autosaver;
        m_autosaver = nullptr;
    }
    // The document's undo stack says what it undoes as it is destroyed: this
    // window must not be listening any more.
    disconnect(m_doc.get(), nullptr, this, nullptr);
    disconnect(m_doc->undoStack(), nullptr, this, nullptr);
    while (m_stack->count() > 0) {
        QWidget* w = m_stack->widget(0);
        m_stack->removeWidget(w);
        delete w;
    }
    m_tree->setModel(nullptr);
    delete m_treeModel;
    m_treeModel = nullptr;
    // The options window compares the old document's scenarios.
    delete m_optionsDialog;
    m_optionsDialog = nullptr;
    m_optionsView = nullptr;
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> doc) {
    // Pages and the tree model hold the old document: remove them first.
    releaseDocument();
    m_doc = std::move(doc);
    m_doc->setParent(nullptr);
    m_autosaver = new Autosaver(m_doc.get(), this);
    m_shown = {};
    m_shownRow = -1;

    QUndoStack* stack = m_doc->undoStack();
    m_editMenu->removeAction(m_undoAction);
    m_editMenu->removeAction(m_redoAction);
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = stack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = stack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(redoShortcuts());
    const QList<QAction*> existing = m_editMenu->actions();
    m_editMenu->insertAction(existing.isEmpty() ? nullptr : existing.first(), m_undoAction);
    m_editMenu->insertAction(existing.isEmpty() ? nullptr : existing.first(), m_redoAction);

    m_treeModel = new ProjectTreeModel(m_doc.get(), this);
    m_tree->setModel(m_treeModel);
    m_tree->expandAll();
    // Follow the current item and the selection: a screen reader selects rows
    // through the accessibility interface without moving the current item.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::followTree);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::followTree);

    // Say what each edit, undo and redo did; this also clears an earlier
    // refusal from the status bar once something has changed.
    connect(stack, &QUndoStack::indexChanged, this,
            [this, stack, last = stack->index()](int index) mutable {
                if (index > last && index > 0)
                    showStatus(tr("Done: %1").arg(stack->text(index - 1)));
                else if (index < last)
                    showStatus(tr("Undone: %1").arg(stack->text(index)));
                last = index;
            });
    connect(m_doc.get(), &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc.get(), &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    // After the tree model (connected first) has re-found its rows.
    connect(m_doc.get(), &ProjectDocument::structureChanged, this,
            &MainWindow::afterStructureChange);
    connect(m_doc.get(), &ProjectDocument::fieldChanged, this, [this](const FieldPath& path) {
        if (path.kind == Kind::Commissioner)
            updateTitle();
        if (path.field == "name")
            fitTreeWidth();
    });
    rebuildPages();
    updateTitle();
    fitTreeWidth();
    watchFile();
    connect(m_doc.get(), &ProjectDocument::filePathChanged, this, &MainWindow::watchFile);

    // Open on the first scenario that does something.
    const Project& p = m_doc->project();
    std::string first;
    for (const Scenario& s : p.scenarios) {
        if (!s.items.empty()) {
            first = s.id;
            break;
        }
    }
    if (first.empty() && !p.scenarios.empty())
        first = p.scenarios.front().id;
    if (first.empty() || !showNode(TreeNode{TreeNode::Scenario, first}))
        showNode(TreeNode{TreeNode::Commissioner, {}});
}

void MainWindow::rebuildPages() {
    ProjectDocument* doc = m_doc.get();
    m_assumptionsPage = new AssumptionsPage(doc, m_stack);
    m_populationPage =
        new TablePage(doc, tr("Population"),
                      tr("People in each patient group in the base year and their growth per year. "
                         "The groups are mutually exclusive, in this order of precedence."),
                      Kind::Population, {"baseCount", "growth", "source"}, m_stack);
    m_activityPage = new TablePage(
        doc, tr("Activity"),
        tr("Base-year activity per 1,000 people of each group, per point of delivery."),
        Kind::Activity, {}, m_stack);
    m_podPage = new TablePage(
        doc, tr("Points of delivery and prices"),
        tr("Each point of delivery, its unit price in base-year pounds (before MFF), its "
           "growth beyond demography and the contract that pays for it. A point of delivery "
           "with an HRG mix is priced from the tariff below (spell price, and excess bed days "
           "beyond the trim point) instead of its own price and bed days."),
        Kind::Pod,
        {"code", "name", "unit", "setting", "role", "price", "nonDemographicGrowth",
         "bedDaysPerUnit", "contract", "priceSource"},
        m_stack);
    m_contractPage =
        new TablePage(doc, tr("Providers"),
                      tr("Each provider, its market forces factor and how its costs move with "
                         "activity (for who saves and who pays)."),
                      Kind::Provider,
                      {"name", "mff", "variableCostShare", "semiFixedCostShare", "wardBeds",
                       "wardOccupancy", "baselineMargin", "source"},
                      m_stack);
    m_contractPage->addTable(tr("Contracts"), Kind::Contract,
                             {"name",
                              "provider",
                              "regime",
                              "changeYear",
                              "laterRegime",
                              "mechanism",
                              "cquinRate",
                              "nelThreshold",
                              "nelMarginalRate",
                              "unpaidReadmissionShare",
                              "bptTopUp",
                              "bptCompliantShare",
                              "fixedValue",
                              "fixedFromPlan",
                              "variableRate",
                              "electiveVariableRate",
                              "lowVolumeThreshold",
                              "capitationPerHead",
                              "riskShare",
                              "source"});
    m_podPage->addRowButtons(0);
    m_podPage->addTable(tr("HRG mix of the selected point of delivery"), Kind::HrgShare,
                        {"hrg", "share", "lengthOfStay"});
    m_podPage->addRowButtons(1);
    m_podPage->followRow(0, 1);
    m_podPage->addTable(tr("Tariff (HRG): File > Import > HRG Tariff from CSV"), Kind::Hrg,
                        {"code", "name", "electivePrice", "nonElectivePrice", "dayCasePrice",
                         "electiveTrimPoint", "nonElectiveTrimPoint", "excessBedDayPrice",
                         "source"});
    m_podPage->addRowButtons(2);
    m_contractPage->addRowButtons(0);
    m_contractPage->addRowButtons(1);
    m_outcomePage = new TablePage(
        doc, tr("Outcome metrics"),
        tr("One or more metrics for each patient group and lens, with the commissioner's "
           "base-year value, whether higher or lower is better, and how it is rated: against the "
           "peers' quartiles or fixed thresholds. A metric based on the projection moves with "
           "the group's emergency admissions or bed days per head."),
        Kind::Metric,
        {"name", "group", "lens", "unit", "direction", "baseValue", "trend", "weight", "rag",
         "redThreshold", "greenThreshold", "basis", "source"},
        m_stack);
    m_outcomePage->addRowButtons(0);
    m_outcomePage->addTable(tr("Peers' values (metrics by peers; an empty cell is no value)"),
                            Kind::PeerValue, {});
    m_outcomePage->addTable(tr("Peers (a benchmark such as England is shown, not ranked)"),
                            Kind::Peer, {"name", "benchmark", "source"});
    m_outcomePage->addRowButtons(2);
    m_outcomePage->addTable(tr("The board's weights: each group overall and each lens within it "
                               "(normalised to add up to 1)"),
                            Kind::Weights, {"weight", "access", "quality", "prevention", "source"});
    m_cohortPage = new CohortPage(doc, m_stack);
    m_cohortPage->setObjectName(QStringLiteral("cohortPage"));
    m_interventionPage = new InterventionPage(doc, m_stack);
    m_scenarioPage = new ScenarioPage(doc, m_stack);
    QSettings settings;
    for (QSplitter* splitter : m_scenarioPage->findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(
                settings.value(QStringLiteral("splitters/") + splitter->objectName())
                    .toByteArray());
    for (QWidget* page : std::initializer_list<QWidget*>{
             m_assumptionsPage, m_populationPage, m_activityPage, m_podPage, m_contractPage,
             m_outcomePage, m_cohortPage, m_interventionPage, m_scenarioPage}) {
        m_stack->addWidget(page);
        assignMnemonics(page, kMenuLetters);
    }
    for (auto* page : {m_populationPage, m_activityPage, m_podPage, m_contractPage, m_outcomePage})
        connect(page, &TablePage::refused, this, &MainWindow::showProblem);
    connect(m_assumptionsPage, &AssumptionsPage::refused, this, &MainWindow::showProblem);
    connect(m_cohortPage, &CohortPage::refused, this, &MainWindow::showProblem);
    connect(m_interventionPage, &InterventionPage::refused, this, &MainWindow::showProblem);
    connect(m_scenarioPage, &ScenarioPage::refused, this, &MainWindow::showProblem);
}

TablePage* MainWindow::tablePage(TreeNode::Type type) const {
    switch (type) {
    case TreeNode::Population:
        return m_populationPage;
    case TreeNode::Activity:
        return m_activityPage;
    case TreeNode::Pods:
        return m_podPage;
    case TreeNode::Contracts:
        return m_contractPage;
    case TreeNode::Outcomes:
        return m_outcomePage;
    default:
        return nullptr;
    }
}

bool MainWindow::showNode(const TreeNode& node) {
    const QModelIndex index = m_treeModel->indexOf(node);
    if (!index.isValid() || !node.isPage())
        return false;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    followTree(); // when it was already current, no signal came
    return true;
}

bool MainWindow::showNode(const QString& nodeAndTab) {
    // "scenario:frailty#2" also picks the third chart tab of the results.
    const QString text = nodeAndTab.section(QLatin1Char('#'), 0, 0);
    // "scenario:frailty#6/falls" also opens that outcome metric's chart.
    const QString metric = nodeAndTab.section(QLatin1Char('#'), 1).section(QLatin1Char('/'), 1);
    if (nodeAndTab.contains(QLatin1Char('#'))) {
        if (auto* tabs = m_scenarioPage->findChild<QTabWidget*>(QStringLiteral("chartTabs")))
            tabs->setCurrentIndex(
                nodeAndTab.section(QLatin1Char('#'), 1).section(QLatin1Char('/'), 0, 0).toInt());
    }
    if (!metric.isEmpty()) {
        const int i = m_doc->project().metricIndex(metric.toStdString());
        if (i < 0 || !showNode(text))
            return false;
        OutcomesView* outcomes = m_scenarioPage->results()->outcomesView();
        outcomes->showMetric(i);
        outcomes->chartWindow()->show();
        return true;
    }
    const QString kind = text.section(QLatin1Char(':'), 0, 0);
    const std::string id = text.section(QLatin1Char(':'), 1).toStdString();
    if (kind == QLatin1String("present")) {
        // "present:combined": the presentation, on that scenario.
        if (!id.empty() &&
            (!m_doc->project().findScenario(id) || !showNode(TreeNode{TreeNode::Scenario, id})))
            return false;
        startPresentation();
        return true;
    }
    if (kind == QLatin1String("options")) {
        // "options" compares the scenarios; "options:frailty" that scenario's regimes.
        if (!id.empty() && !m_doc->project().findScenario(id))
            return false;
        showOptions(id);
        // "options#1": the cost-effectiveness plane beside the net saving chart.
        if (nodeAndTab.contains(QLatin1Char('#')) && m_optionsDialog)
            if (auto* charts =
                    m_optionsDialog->findChild<QTabWidget*>(QStringLiteral("optionsCharts")))
                charts->setCurrentIndex(nodeAndTab.section(QLatin1Char('#'), 1).toInt());
        return true;
    }
    static const std::pair<const char*, TreeNode::Type> kNames[] = {
        {"assumptions", TreeNode::Commissioner},
        {"commissioner", TreeNode::Commissioner},
        {"population", TreeNode::Population},
        {"activity", TreeNode::Activity},
        {"pods", TreeNode::Pods},
        {"contracts", TreeNode::Contracts},
        {"outcomes", TreeNode::Outcomes},
        {"cohorts", TreeNode::Cohorts},
        {"intervention", TreeNode::Intervention},
        {"scenario", TreeNode::Scenario}};
    for (const auto& [name, type] : kNames)
        if (kind == QLatin1String(name))
            return showNode(TreeNode{type, id});
    return false;
}

void MainWindow::showOptions(const std::string& regimesOf) {
    if (!m_optionsDialog) {
        m_optionsDialog = new QDialog(this);
        m_optionsDialog->setWindowTitle(tr("Options side by side"));
        auto* layout = new QVBoxLayout(m_optionsDialog);
        layout->setContentsMargins(6, 6, 6, 6);
        m_optionsView = new OptionsView(m_doc.get(), m_optionsDialog);
        layout->addWidget(m_optionsView);
        m_optionsDialog->resize(1200, 760);
    }
    m_optionsView->setRegimesOf(regimesOf);
    m_optionsDialog->show();
    m_optionsDialog->raise();
    m_optionsDialog->activateWindow();
}

QWidget* MainWindow::outcomeChartWindow() const {
    QWidget* w =
        m_scenarioPage ? m_scenarioPage->results()->outcomesView()->chartWindow() : nullptr;
    return w && w->isVisible() ? w : nullptr;
}

bool MainWindow::goTo(const FieldPath& path) {
    const std::string first = splitId(path.object).first;
    switch (path.kind) {
    case Kind::Commissioner:
    case Kind::Assumptions:
        return showNode(TreeNode{TreeNode::Commissioner, {}}) &&
               m_assumptionsPage->focusField(path);
    case Kind::Population:
        return showNode(TreeNode{TreeNode::Population, {}}) && m_populationPage->selectField(path);
    case Kind::Activity:
        return showNode(TreeNode{TreeNode::Activity, {}}) && m_activityPage->selectField(path);
    case Kind::Pod:
    case Kind::Hrg:
    case Kind::HrgShare:
        return showNode(TreeNode{TreeNode::Pods, {}}) &&
               m_podPage->selectField(
                   path.kind == Kind::HrgShare ? FieldPath{Kind::Pod, first, "code"} : path);
    case Kind::Provider:
    case Kind::Contract:
        return showNode(TreeNode{TreeNode::Contracts, {}}) && m_contractPage->selectField(path);
    case Kind::Intervention:
        return showNode(TreeNode{TreeNode::Intervention, path.object}) &&
               m_interventionPage->focusField(path);
    case Kind::Effect:
    case Kind::Substitution:
        return showNode(TreeNode{TreeNode::Intervention, first}) &&
               m_interventionPage->focusField(path);
    case Kind::Scenario:
        return showNode(TreeNode{TreeNode::Scenario, path.object}) &&
               m_scenarioPage->focusField(path);
    case Kind::ScenarioItem:
    case Kind::ContractRule:
        return showNode(TreeNode{TreeNode::Scenario, first}) && m_scenarioPage->focusField(path);
    case Kind::Metric:
    case Kind::Peer:
    case Kind::PeerValue:
    case Kind::Weights:
        return showNode(TreeNode{TreeNode::Outcomes, {}}) && m_outcomePage->selectField(path);
    case Kind::MetricEffect:
        return showNode(TreeNode{TreeNode::Intervention, first}) &&
               m_interventionPage->focusField(path);
    }
    return false;
}

void MainWindow::followTree() {
    QModelIndex index = m_tree->selectionModel()->currentIndex();
    const QModelIndexList selected = m_tree->selectionModel()->selectedRows();
    if (!selected.isEmpty() && selected.first() != index)
        index = selected.first(); // selected without moving the current item
    const TreeNode node = m_treeModel->nodeAt(index);
    if (!node.isPage())
        return;
    m_shown = node;
    m_shownRow = index.row();
    for (const auto& [action, type] : m_nodeActions)
        action->setEnabled(type == node.type);
    switch (node.type) {
    case TreeNode::Commissioner:
        m_stack->setCurrentWidget(m_assumptionsPage);
        break;
    case TreeNode::Intervention:
        m_interventionPage->setIntervention(node.id);
        m_stack->setCurrentWidget(m_interventionPage);
        break;
    case TreeNode::Scenario:
        m_scenarioPage->setScenario(node.id);
        m_stack->setCurrentWidget(m_scenarioPage);
        break;
    case TreeNode::Cohorts:
        m_stack->setCurrentWidget(m_cohortPage);
        break;
    default:
        if (TablePage* page = tablePage(node.type))
            m_stack->setCurrentWidget(page);
        break;
    }
}

void MainWindow::afterStructureChange() {
    m_tree->expandAll();
    fitTreeWidth();
    if (m_treeModel->indexOf(m_shown).isValid()) {
        // Still there (perhaps moved): keep showing it, and keep the tree on it.
        const QModelIndex index = m_treeModel->indexOf(m_shown);
        if (m_tree->selectionModel()->currentIndex() != index)
            showNode(m_shown);
        m_shownRow = index.row();
        return;
    }
    // The shown scenario or intervention is gone: show its neighbour, the
    // one that took its place or the one above, else the commissioner.
    const bool scenario = m_shown.type == TreeNode::Scenario;
    const auto& p = m_doc->project();
    const int count = static_cast<int>(scenario ? p.scenarios.size() : p.interventions.size());
    if ((scenario || m_shown.type == TreeNode::Intervention) && count > 0) {
        const int row = std::clamp(m_shownRow, 0, count - 1);
        const std::string id = scenario ? p.scenarios[static_cast<std::size_t>(row)].id
                                        : p.interventions[static_cast<std::size_t>(row)].id;
        showNode(TreeNode{m_shown.type, id});
        return;
    }
    showNode(TreeNode{TreeNode::Commissioner, {}});
}

void MainWindow::fitTreeWidth() {
    // Wide enough for the longest name (side panels used to clip them).
    int widest = 0;
    const QFontMetrics fm(m_tree->font());
    std::function<void(const QModelIndex&, int)> walk = [&](const QModelIndex& parent, int depth) {
        for (int r = 0; r < m_treeModel->rowCount(parent); ++r) {
            const QModelIndex i = m_treeModel->index(r, 0, parent);
            widest = std::max(widest, fm.horizontalAdvance(i.data().toString()) +
                                          (depth + 1) * m_tree->indentation());
            walk(i, depth + 1);
        }
    };
    walk(QModelIndex(), 0);
    const int width = std::clamp(widest + 40, 200, std::max(200, this->width() / 3));
    if (m_dock->width() < width)
        resizeDocks({m_dock}, {width}, Qt::Horizontal);
}

void MainWindow::deleteShown() {
    const TreeNode node = m_shown;
    QString error;
    QString name;
    if (node.type == TreeNode::Scenario) {
        name = m_treeModel->indexOf(node).data().toString();
        error = commands::deleteScenario(m_doc.get(), node.id);
    } else if (node.type == TreeNode::Intervention) {
        name = m_treeModel->indexOf(node).data().toString();
        error = commands::deleteIntervention(m_doc.get(), node.id);
    } else {
        error = tr("Choose a scenario or an intervention in the project tree first.");
    }
    if (!error.isEmpty())
        return showProblem(error);
    showStatus((node.type == TreeNode::Scenario
                    ? tr("Deleted scenario \"%1\". Edit > Undo (Ctrl+Z) brings it back.")
                    : tr("Deleted intervention \"%1\". Edit > Undo (Ctrl+Z) brings it back."))
                   .arg(name));
}

void MainWindow::moveShown(int delta) {
    const TreeNode node = m_shown;
    QString error;
    if (node.type == TreeNode::Scenario)
        error = commands::moveScenario(m_doc.get(), node.id, delta);
    else if (node.type == TreeNode::Intervention)
        error = commands::moveIntervention(m_doc.get(), node.id, delta);
    else
        error = tr("Choose a scenario or an intervention in the project tree first.");
    if (!error.isEmpty())
        showProblem(error);
}

void MainWindow::duplicateShown() {
    const TreeNode node = m_shown;
    std::string created;
    QString error;
    if (node.type == TreeNode::Scenario)
        error = commands::duplicateScenario(m_doc.get(), node.id, &created);
    else if (node.type == TreeNode::Intervention)
        error = commands::duplicateIntervention(m_doc.get(), node.id, &created);
    else
        error = tr("Choose a scenario or an intervention in the project tree first.");
    if (!error.isEmpty())
        return showProblem(error);
    showNode(TreeNode{node.type, created});
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* newMenu = file->addMenu(tr("&New"));
    QAction* blank = newMenu->addAction(tr("&Blank Project"), this, [this] { newProject(false); });
    blank->setShortcut(QKeySequence::New);
    newMenu->addAction(tr("From the &Sample (NHS Anytown CCG)"), this,
                       [this] { newProject(true); });
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction* save = file->addAction(tr("&Save"), this, &MainWindow::save);
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    QMenu* importMenu = file->addMenu(tr("&Import"));
    importMenu->addAction(tr("HRG &Tariff from CSV…"), this, &MainWindow::importTariffDialog);
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Project as &JSON…"), this, &MainWindow::exportJson);
    QAction* csv =
        exportMenu->addAction(tr("Results Table as &CSV…"), this, &MainWindow::exportCsv);
    csv->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportMenu->addAction(tr("Results &Workbook (XLSX)…"), this, [this] {
        const QString path = askSavePath(tr("Export Results Workbook"),
                                         QFileInfo(m_doc->displayName()).completeBaseName(),
                                         tr("Excel workbooks (*.xlsx)"), QStringLiteral(".xlsx"));
        if (!path.isEmpty())
            exportWorkbook(path);
    });
    exportMenu->addAction(tr("Table in &View as CSV…"), this, [this] {
        const QString csv = currentTableCsv();
        if (csv.isEmpty())
            return showProblem(tr("This view has no table to export."));
        const QString path =
            askSavePath(tr("Export Table as CSV"), QStringLiteral("careshift-table"),
                        tr("CSV files (*.csv)"), QStringLiteral(".csv"));
        if (path.isEmpty())
            return;
        runExport(path, [&] {
            store::writeFileAtomically(path, csv.toUtf8());
            return tr("Exported %1").arg(path);
        });
    });
    exportMenu->addSeparator();
    QAction* paper =
        exportMenu->addAction(tr("&Board Paper (PDF)…"), this, &MainWindow::boardPaperDialog);
    paper->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Chart as &PNG…"), this, [this] { exportChartDialog(false); });
    exportMenu->addAction(tr("Chart as &SVG…"), this, [this] { exportChartDialog(true); });
    QAction* print = file->addAction(tr("&Print…"), this, &MainWindow::printDialog);
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), this, [this] { quitAll(); });
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addSeparator();
    QAction* preferences = m_editMenu->addAction(tr("&Preferences…"), this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            applyPreferences();
    });
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    QAction* copyResults = m_editMenu->addAction(tr("Copy &Table"), this, [this] {
        const QString tsv = currentTableTsv();
        if (tsv.isEmpty())
            return showProblem(tr("This view has no table to copy."));
        QApplication::clipboard()->setText(tsv);
        showStatus(tr("Table copied as tab-separated text."));
    });
    copyResults->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));

    auto askName = [this](const QString& title, const QString& suggestion) {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, suggestion, &ok);
        return ok ? name.trimmed() : QString();
    };

    QMenu* scenario = menuBar()->addMenu(tr("&Scenario"));
    scenario->addAction(tr("&Add Scenario…"), this, [this, askName] {
        const QString name = askName(tr("Add Scenario"), tr("New scenario"));
        if (name.isEmpty())
            return;
        std::string created;
        if (const QString error = commands::addScenario(m_doc.get(), name, &created);
            !error.isEmpty())
            return showProblem(error);
        showNode(TreeNode{TreeNode::Scenario, created});
    });
    auto onShown = [this](QMenu* menu, const QString& text, TreeNode::Type type,
                          const std::function<void()>& act) {
        return menu->addAction(text, this, [this, type, act] {
            if (m_shown.type != type)
                return showProblem(type == TreeNode::Scenario
                                       ? tr("Choose a scenario in the project tree first.")
                                       : tr("Choose an intervention in the project tree first."));
            act();
        });
    };
    onShown(scenario, tr("&Duplicate Scenario"), TreeNode::Scenario, [this] { duplicateShown(); });
    onShown(scenario, tr("De&lete Scenario"), TreeNode::Scenario, [this] { deleteShown(); });
    onShown(scenario, tr("Move &Up"), TreeNode::Scenario, [this] { moveShown(-1); });
    onShown(scenario, tr("Move Do&wn"), TreeNode::Scenario, [this] { moveShown(+1); });
    scenario->addSeparator();
    QAction* next = scenario->addAction(tr("&Next Scenario"), this, [this] {
        const auto& scenarios = m_doc->project().scenarios;
        if (scenarios.empty())
            return;
        int at = -1;
        for (std::size_t i = 0; i < scenarios.size(); ++i)
            if (m_shown.type == TreeNode::Scenario && scenarios[i].id == m_shown.id)
                at = static_cast<int>(i);
        const auto n = static_cast<int>(scenarios.size());
        showNode(
            TreeNode{TreeNode::Scenario, scenarios[static_cast<std::size_t>((at + 1) % n)].id});
    });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    scenario->addSeparator();
    QAction* compare =
        scenario->addAction(tr("Compare &Options Side by Side"), this, [this] { showOptions({}); });
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    scenario->addAction(tr("Compare Payment &Regimes for This Scenario"), this, [this] {
        showOptions(m_shown.type == TreeNode::Scenario ? m_shown.id : std::string());
    });

    QMenu* intervention = menuBar()->addMenu(tr("&Intervention"));
    intervention->addAction(tr("&Add Intervention…"), this, [this, askName] {
        const QString name = askName(tr("Add Intervention"), tr("New intervention"));
        if (name.isEmpty())
            return;
        std::string created;
        if (const QString error = commands::addIntervention(m_doc.get(), name, &created);
            !error.isEmpty())
            return showProblem(error);
        showNode(TreeNode{TreeNode::Intervention, created});
    });
    onShown(intervention, tr("&Duplicate Intervention"), TreeNode::Intervention,
            [this] { duplicateShown(); });
    onShown(intervention, tr("De&lete Intervention"), TreeNode::Intervention,
            [this] { deleteShown(); });
    onShown(intervention, tr("Move &Up"), TreeNode::Intervention, [this] { moveShown(-1); });
    onShown(intervention, tr("Move Do&wn"), TreeNode::Intervention, [this] { moveShown(+1); });
    m_tree->addActions(scenario->actions().mid(0, 5));
    m_tree->addActions(intervention->actions().mid(0, 3));
    // Actions on the shown scenario or intervention are enabled only when one is shown.
    for (QAction* a : scenario->actions().mid(1, 4))
        m_nodeActions.emplace_back(a, TreeNode::Scenario);
    for (QAction* a : intervention->actions().mid(1, 4))
        m_nodeActions.emplace_back(a, TreeNode::Intervention);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* present = view->addAction(tr("&Present"), this, [this] { startPresentation(); });
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setToolTip(tr("Full screen for the board meeting: one option per page, its sliders "
                           "live; Esc leaves"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("User &Guide"), this, [this] { showGuide(); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto* dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Keyboard Shortcuts"));
        auto* text = new QTextBrowser(dialog);
        text->setHtml(shortcutsHtml());
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(text);
        dialog->resize(560, 640);
        dialog->show();
    });
    help->addAction(tr("&About CareShift"), this,
                    [this] { QMessageBox::about(this, tr("About CareShift"), aboutText()); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QString MainWindow::docsFolder() {
    // Installed: <prefix>/share/doc/careshift beside <prefix>/bin; from a
    // build folder: the source tree's docs/.
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../share/doc/careshift"));
    if (QFileInfo::exists(installed + QStringLiteral("/method.md")))
        return QDir::cleanPath(installed);
    return QStringLiteral(CARESHIFT_SOURCE_DOCS);
}

QString MainWindow::aboutText() {
    return tr("<h3>CareShift %1</h3>"
              "<p>Scenario modelling for NHS commissioners: spend shifts, tariff cost, provider "
              "income and outcomes, and the board pack.</p>"
              "<p>Version %1, built from commit %2 with Qt %3 (running on Qt %4).</p>"
              "<p>Documentation (methods, sources, the file format, the board paper): "
              "<a href=\"file://%5\">%5</a></p>"
              "<p><b>Components and their licences</b><br>"
              "Qt 6 (Core, Gui, Widgets, Sql, PrintSupport, Svg): LGPL v3<br>"
              "Qt Charts: GPL v3<br>"
              "SQLite: public domain<br>"
              "muparser: MIT (Expat)<br>"
              "libxlsxwriter: BSD 2-clause (its minizip: zlib)<br>"
              "DejaVu fonts: Bitstream Vera licence (free)</p>")
        .arg(QStringLiteral(CARESHIFT_VERSION), QStringLiteral(CARESHIFT_COMMIT),
             QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), docsFolder());
}

void MainWindow::updateTitle() {
    setWindowTitle((m_doc->isReadOnly() ? tr("%1 (read-only)[*] — %2 — CareShift")
                                        : tr("%1[*] — %2 — CareShift"))
                       .arg(m_doc->displayName(), qs(m_doc->project().commissioner.name)));
    setWindowModified(m_doc->isModified());
}

void MainWindow::showProblem(const QString& problem) {
    m_lastProblem = problem;
    statusBar()->setStyleSheet(QStringLiteral("QStatusBar { color: #d5281b; font-weight: bold; }"));
    // The status bar shows one line; the whole list is in its tooltip.
    const QString first = problem.section(QLatin1Char('\n'), 0, 0);
    statusBar()->setToolTip(problem);
    statusBar()->showMessage(tr("Not changed: %1").arg(first), 15000);
    connect(
        statusBar(), &QStatusBar::messageChanged, this,
        [this](const QString& m) {
            if (m.isEmpty()) {
                statusBar()->setStyleSheet(QString());
                statusBar()->setToolTip(QString());
            }
        },
        Qt::SingleShotConnection);
    if (problem.contains(QLatin1Char('\n')) && !m_savePrompt)
        QMessageBox::warning(this, tr("Not changed"), problem);
}

void MainWindow::watchFile() {
    // Someone else saving the file while it is open here is said at once;
    // saving over it then asks (issue 11, defect 4).
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString& path) {
            if (path != m_doc->filePath())
                return;
            // An atomic save replaces the file: watch the new one.
            if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
                m_watcher->addPath(path);
            if (m_doc->changedOnDisk())
                showStatus(tr("%1 was changed on disk by someone else or another program; "
                              "saving will ask before replacing it")
                               .arg(m_doc->displayName()));
        });
    }
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_doc->filePath().isEmpty() && QFileInfo::exists(m_doc->filePath()))
        m_watcher->addPath(m_doc->filePath());
}

void MainWindow::showStatus(const QString& message) {
    m_lastStatus = message;
    statusBar()->setStyleSheet(QString());
    statusBar()->showMessage(message, 8000);
}

bool MainWindow::quitAll() {
    // Every CareShift window; those with unsaved changes are listed in one
    // question (Save All, Discard All, Cancel) instead of one per window.
    QList<MainWindow*> windows;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* m = qobject_cast<MainWindow*>(w); m && m->isVisible())
            windows << m;
    if (!windows.contains(this))
        windows.prepend(this);
    QStringList unsaved;
    for (MainWindow* m : windows)
        if (m->m_doc->isModified())
            unsaved << QStringLiteral("  ") + m->m_doc->displayName();
    QMessageBox::StandardButton answer = QMessageBox::Discard;
    if (unsaved.size() > 1) {
        const QMessageBox::StandardButton all =
            ask(tr("Unsaved changes"),
                tr("%n project(s) have changes that are not saved:\n%1\n\nSave them all "
                   "before quitting?",
                   nullptr, static_cast<int>(unsaved.size()))
                    .arg(unsaved.join(QLatin1Char('\n'))),
                tr("Save All"), tr("Discard All"));
        if (all == QMessageBox::Cancel)
            return false;
        answer = all == QMessageBox::Yes ? QMessageBox::Save : QMessageBox::Discard;
        for (MainWindow* m : windows)
            m->m_quitAnswer = answer;
    }
    for (MainWindow* m : windows) {
        if (!m->close()) { // a save failed or was cancelled: stop quitting
            for (MainWindow* other : windows)
                other->m_quitAnswer = QMessageBox::NoButton;
            return false;
        }
    }
    return true;
}

bool MainWindow::maybeSave() {
    if (!m_doc->isModified())
        return true;
    const QMessageBox::StandardButton answer =
        m_quitAnswer != QMessageBox::NoButton ? m_quitAnswer
        : m_savePrompt
            ? m_savePrompt()
            : QMessageBox::warning(
                  this, tr("Unsaved changes"),
                  tr("%1 has changes that are not saved. Save them?").arg(m_doc->displayName()),
                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                  QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (const QSplitter* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("splitters/") + splitter->objectName(),
                              splitter->saveState());
    event->accept();
}

void MainWindow::newProject(bool fromSample) {
    if (!maybeSave())
        return;
    Project project = fromSample ? store::loadSample() : store::blankProject();
    if (!fromSample) {
        // A blank project starts with the user's defaults (Edit > Preferences).
        const Preferences prefs = Preferences::load();
        project.assumptions.discountRate = prefs.discountRate;
        project.assumptions.qalyThreshold = prefs.qalyThreshold;
    }
    setDocument(std::make_unique<ProjectDocument>(std::move(project)));
}

MainWindow* MainWindow::windowFor(const QString& path) {
    // The same file by any name ("./", "../", a link to it): where a save
    // writes, as the lock file has it.
    const QString wanted = store::resolvedWritePath(path);
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* m = qobject_cast<MainWindow*>(w);
            m && m->m_doc && !m->m_doc->filePath().isEmpty() &&
            store::resolvedWritePath(m->m_doc->filePath()) == wanted)
            return m;
    return nullptr;
}

void MainWindow::bringToFront() {
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

MainWindow* MainWindow::openOrRaise(const QString& path) {
    if (MainWindow* open = windowFor(path)) {
        open->bringToFront();
        return open;
    }
    try {
        auto* window = new MainWindow(ProjectDocument::open(path));
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (!window->claimOpenFile()) {
            window->deleteLater();
            return nullptr;
        }
        window->show();
        window->bringToFront();
        return window;
    } catch (const store::FileError& e) {
        QMessageBox::warning(nullptr, tr("CareShift: cannot open the file"),
                             e.messages().join(QLatin1Char('\n')));
        return nullptr;
    }
}

bool MainWindow::openFile(const QString& path) {
    // Two windows never edit one file: the window that has it comes forward.
    if (MainWindow* open = windowFor(path); open && open != this) {
        open->bringToFront();
        showStatus(tr("%1 is open in another window: brought to the front.")
                       .arg(QFileInfo(path).fileName()));
        return false;
    }
    if (!maybeSave())
        return false;
    std::unique_ptr<ProjectDocument> doc;
    try {
        doc = ProjectDocument::open(path);
    } catch (const store::FileError& e) {
        m_lastProblem = e.messages().join(QLatin1Char('\n'));
        if (!m_savePrompt) // interactive: tell the user; tests read lastProblem()
            QMessageBox::warning(this, tr("Cannot open the file"), m_lastProblem);
        showStatus(tr("Could not open %1").arg(QFileInfo(path).fileName()));
        return false;
    }
    if (!claim(*doc))
        return false;
    const bool upgraded = doc->needsUpgradeBackup();
    setDocument(std::move(doc));
    addRecentFile(path);
    showStatus(upgraded ? tr("Opened %1. It was made by an older CareShift; the original will be "
                             "backed up when you first save.")
                              .arg(QFileInfo(path).fileName())
                        : tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::openDialog() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::claim(ProjectDocument& doc) {
    // Someone else has it open: say who, and offer it read-only (issue 11,
    // defect 4). Saving over their work would lose it.
    const QString path = doc.filePath();
    if (path.isEmpty())
        return true;
    if (const auto holder = store::ProjectLock::holder(path)) {
        const QMessageBox::StandardButton answer =
            ask(tr("Project in use"),
                tr("%1 is open: %2. Open it read-only? (You can save a copy under another name.)")
                    .arg(QFileInfo(path).fileName(), holder->describe()),
                tr("Open Read-Only"), tr("Open and Edit Anyway"));
        if (answer == QMessageBox::Cancel)
            return false;
        doc.setReadOnly(answer == QMessageBox::Yes);
    }
    doc.lockFile();
    return true;
}

bool MainWindow::claimOpenFile() {
    const bool claimed = claim(*m_doc);
    updateTitle();
    return claimed;
}

QMessageBox::StandardButton MainWindow::ask(const QString& title, const QString& question,
                                            const QString& yes, const QString& no) {
    if (m_questionPrompt)
        return m_questionPrompt(question);
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, this);
    QPushButton* yesButton = box.addButton(yes, QMessageBox::YesRole);
    QPushButton* noButton = box.addButton(no, QMessageBox::NoRole);
    box.setDefaultButton(yesButton);
    box.exec();
    if (box.clickedButton() == yesButton)
        return QMessageBox::Yes;
    if (box.clickedButton() == noButton)
        return QMessageBox::No;
    return QMessageBox::Cancel;
}

bool MainWindow::saveTo(const QString& path) {
    // Someone saved the file since it was opened here: overwriting would
    // lose their work without a word (issue 11, defect 4).
    if (QFileInfo(path).absoluteFilePath() == m_doc->filePath() && m_doc->changedOnDisk()) {
        const QMessageBox::StandardButton answer =
            ask(tr("File changed on disk"),
                tr("%1 was changed on disk since you opened it (someone else saved it, or "
                   "another program). Save over it, losing those changes, or save yours as a "
                   "new file?")
                    .arg(m_doc->displayName()),
                tr("Save Over It"), tr("Save As…"));
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::No)
            return saveAs();
    }
    try {
        m_doc->save(path);
    } catch (const store::FileError& e) {
        m_lastProblem = e.messages().join(QLatin1Char('\n'));
        if (!m_savePrompt)
            QMessageBox::warning(this, tr("Not saved"), m_lastProblem);
        return false;
    }
    addRecentFile(m_doc->filePath());
    updateTitle();
    showStatus(tr("Saved %1").arg(m_doc->displayName()));
    return true;
}

bool MainWindow::save() {
    if (m_doc->filePath().isEmpty() || m_doc->isReadOnly() ||
        m_doc->filePath().endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return saveAs();
    return saveTo(m_doc->filePath());
}

bool MainWindow::saveAs() {
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Project As"),
        m_doc->filePath().isEmpty() ? tr("project.careshift") : m_doc->filePath(),
        tr("CareShift projects (*.careshift)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".careshift")))
        path += QStringLiteral(".careshift");
    return saveTo(path);
}

void MainWindow::importTariffDialog() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import HRG Tariff from CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    importTariffFrom(path);
}

bool MainWindow::importTariffFrom(const QString& path) {
    int rows = 0;
    const QString problem = commands::importTariff(m_doc.get(), path, &rows);
    if (!problem.isEmpty()) {
        // A problem of several lines is also shown whole, in a box.
        showProblem(tr("Tariff not imported (nothing changed): %1").arg(problem));
        return false;
    }
    showNode(TreeNode{TreeNode::Pods, {}});
    showStatus(tr("Imported %n HRG(s) from %1. Edit > Undo (Ctrl+Z) takes them out.", nullptr, rows)
                   .arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::exportJson() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Project as JSON"),
                                                      tr("project.json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    runExport(path, [&] {
        store::saveAnyProject(
            path.endsWith(QStringLiteral(".json")) ? path : path + QStringLiteral(".json"),
            m_doc->project());
        return tr("Exported %1").arg(path);
    });
}

void MainWindow::exportCsv() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Results Table as CSV"),
                                     tr("careshift-results.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The CLI's CSV (RFC 4180, exact figures), written atomically: a full
    // disk or a failed sync leaves the previous file as it was.
    runExport(path, [&] {
        std::ostringstream csv;
        writeResultsCsv(csv, m_doc->project(), m_doc->appraisal(m_scenarioPage->scenario()));
        store::writeFileAtomically(path, QByteArray::fromStdString(csv.str()));
        return tr("Exported %1").arg(path);
    });
}

void MainWindow::boardPaperDialog() {
    PaperDialog dialog(
        m_doc->project(),
        m_doc->filePath().isEmpty() ? QString() : QFileInfo(m_doc->filePath()).fileName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path =
        askSavePath(tr("Export Board Paper"),
                    tr("%1 board paper").arg(QFileInfo(m_doc->displayName()).completeBaseName()),
                    tr("PDF files (*.pdf)"), QStringLiteral(".pdf"));
    if (path.isEmpty())
        return;
    exportBoardPaper(path, dialog.options());
}

bool MainWindow::runExport(const QString& path, const std::function<QString()>& write) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString problem;
    QString done;
    try {
        done = write();
    } catch (const store::FileError& e) {
        problem = e.messages().join(QLatin1Char('\n'));
    } catch (const std::exception& e) {
        problem = tr("%1: not written: %2").arg(path, QString::fromUtf8(e.what()));
    }
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty()) {
        m_lastProblem = problem;
        if (!m_savePrompt)
            QMessageBox::warning(this, tr("Export failed"), problem);
        return false;
    }
    showStatus(done);
    return true;
}

bool MainWindow::exportBoardPaper(const QString& path, const PaperOptions& options) {
    return runExport(path, [&] {
        const int pages = writeBoardPaper(path, m_doc->project(), options);
        return tr("Board paper written: %1 (%n page(s))", nullptr, pages).arg(path);
    });
}

bool MainWindow::exportWorkbook(const QString& path) {
    return runExport(path, [&] {
        store::writeWorkbook(path, m_doc->project());
        return tr("Workbook written: %1").arg(path);
    });
}

void MainWindow::applyPreferences() {
    const Preferences prefs = Preferences::load();
    prefs.applyAppearance();
    prefs.applyFormats();
    addRecentFile(QString()); // the shared list trimmed to the new length
    // Every window: the autosave interval and its Open Recent menu.
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* m = qobject_cast<MainWindow*>(w)) {
            if (m->m_autosaver)
                m->m_autosaver->setIntervalSeconds(prefs.autosaveSeconds);
            m->updateRecentMenu();
            // The tables write money the new way.
            for (YearlyTableModel* table : m->findChildren<YearlyTableModel*>())
                table->refreshFigures();
            if (m->m_optionsView)
                m->m_optionsView->refresh();
        }
}

QString MainWindow::shortcutsHtml() const {
    // Every menu command that has a shortcut, read from the menus themselves
    // so the list cannot drift from what the keys do.
    QString html = tr("<h3>Keyboard shortcuts</h3><table cellpadding=\"3\">");
    std::function<void(const QMenu*, const QString&)> walk = [&](const QMenu* menu,
                                                                 const QString& path) {
        for (QAction* a : menu->actions()) {
            const QString name = path + QString(a->text()).remove(QLatin1Char('&'));
            if (a->menu()) {
                walk(a->menu(), name + QStringLiteral(" > "));
            } else if (!a->shortcut().isEmpty()) {
                html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                            .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                                 name.toHtmlEscaped());
            }
        }
    };
    for (QAction* top : menuBar()->actions())
        if (top->menu())
            walk(top->menu(),
                 QString(top->text()).remove(QLatin1Char('&')) + QStringLiteral(" > "));
    html +=
        tr("</table><h3>In a table</h3><table cellpadding=\"3\">"
           "<tr><td><b>Ctrl+C</b></td><td>copy the selected cells</td></tr>"
           "<tr><td><b>Ctrl+V</b></td><td>paste a block (all or nothing, one undo step)</td></tr>"
           "<tr><td><b>Delete</b></td><td>clear a peer value</td></tr></table>"
           "<h3>Presenting (F5)</h3><table cellpadding=\"3\">"
           "<tr><td><b>Page Down, →, Space</b></td><td>next option</td></tr>"
           "<tr><td><b>Page Up, ←</b></td><td>previous option</td></tr>"
           "<tr><td><b>Home, End</b></td><td>first, last option</td></tr>"
           "<tr><td><b>Ctrl+Z</b></td><td>undo the last change</td></tr>"
           "<tr><td><b>Esc</b></td><td>leave</td></tr></table>");
    return html;
}

void MainWindow::showGuide() {
    // The docs rendered from their Markdown (QTextDocument), offline: the
    // README first, the method, the board paper and the file format beside it.
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("CareShift User Guide"));
    auto* tabs = new QTabWidget(dialog);
    const QString folder = docsFolder();
    const QStringList files = {QStringLiteral("../README.md"),   QStringLiteral("README.md"),
                               QStringLiteral("method.md"),      QStringLiteral("board-paper.md"),
                               QStringLiteral("outcomes.md"),    QStringLiteral("cohort-models.md"),
                               QStringLiteral("file-format.md"), QStringLiteral("exports.md")};
    for (const QString& name : files) {
        QFile f(QDir(folder).absoluteFilePath(name));
        if (!f.open(QIODevice::ReadOnly) || f.size() > qint64(4) * 1024 * 1024)
            continue;
        auto* view = new QTextBrowser(tabs);
        view->setOpenExternalLinks(true);
        view->setSearchPaths({QFileInfo(f).absolutePath()});
        view->setMarkdown(QString::fromUtf8(f.readAll()));
        tabs->addTab(view, name.endsWith(QStringLiteral("README.md")) ? tr("Overview")
                                                                      : QFileInfo(name).baseName());
    }
    if (tabs->count() == 0) {
        delete dialog;
        return showProblem(tr("The user guide is not installed: %1 has no docs.").arg(folder));
    }
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(tabs);
    dialog->resize(900, 700);
    dialog->show();
}

int MainWindow::offerRecovery() {
    int restored = 0;
    MainWindow* target = this;
    for (const Autosaver::Recovered& r : Autosaver::orphans()) {
        const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
        QString changes = r.changes.mid(0, 12).join(QStringLiteral("\n  "));
        if (r.changes.size() > 12)
            changes += tr("\n  … and %n more", nullptr, static_cast<int>(r.changes.size() - 12));
        const QMessageBox::StandardButton answer =
            ask(tr("Recover unsaved work"),
                tr("CareShift stopped without saving %1. Its changes were saved for recovery "
                   "at %2:\n  %3\n\nRestore them, or discard them for good?")
                    .arg(r.name, gb.toString(r.savedAt, QStringLiteral("d MMMM yyyy, HH:mm:ss")),
                         changes.isEmpty() ? tr("(no change listed)") : changes),
                tr("Restore"), tr("Discard"));
        if (answer == QMessageBox::Cancel)
            continue; // asked again at the next start
        if (answer == QMessageBox::No) {
            Autosaver::remove(r);
            continue;
        }
        try {
            const Project recovered = store::loadAnyProject(r.projectPath).project;
            const QString text =
                tr("Restore unsaved changes of %1")
                    .arg(gb.toString(r.savedAt, QStringLiteral("d MMM yyyy HH:mm")));
            // The file is open in a window already (started with it after
            // the crash): restored there, keeping that window's lock.
            if (MainWindow* holder =
                    r.originalPath.isEmpty() ? nullptr : windowFor(r.originalPath)) {
                if (holder->m_doc->isModified()) {
                    showProblem(tr("%1 is open with unsaved changes: its recovered changes are "
                                   "kept, and offered again at the next start.")
                                    .arg(r.name));
                    continue;
                }
                if (const QString problem =
                        commands::restoreProject(holder->m_doc.get(), recovered, text);
                    !problem.isEmpty()) {
                    showProblem(tr("%1 could not be restored: %2").arg(r.name, problem));
                    continue;
                }
                if (holder == target)
                    target = nullptr;
                holder->bringToFront();
                Autosaver::remove(r);
                ++restored;
                continue;
            }
            std::unique_ptr<ProjectDocument> doc =
                !r.originalPath.isEmpty() && QFileInfo::exists(r.originalPath)
                    ? ProjectDocument::open(r.originalPath)
                    : std::make_unique<ProjectDocument>(store::blankProject());
            // Locked like any file opened here: someone else holding it is said.
            if (!claim(*doc))
                continue;
            const QString problem = commands::restoreProject(doc.get(), recovered, text);
            if (!problem.isEmpty()) {
                showProblem(tr("%1 could not be restored: %2").arg(r.name, problem));
                continue;
            }
            // The first into this window if it holds nothing unsaved; others
            // each in a window of their own.
            if (target && !target->m_doc->isModified()) {
                target->setDocument(std::move(doc));
                target = nullptr;
            } else {
                auto* window = new MainWindow(std::move(doc));
                window->setAttribute(Qt::WA_DeleteOnClose);
                window->show();
            }
            Autosaver::remove(r);
            ++restored;
        } catch (const store::FileError& e) {
            showProblem(tr("%1 could not be restored: %2")
                            .arg(r.name, e.messages().join(QLatin1Char('\n'))));
        }
    }
    if (restored > 0)
        showStatus(tr("Restored %n project(s) with unsaved changes: save to keep them.", nullptr,
                      restored));
    return restored;
}

PresentationWindow* MainWindow::presentation() const {
    return m_presentation.data();
}

PresentationWindow* MainWindow::startPresentation() {
    if (m_presentation) {
        m_presentation->raise();
        m_presentation->activateWindow();
        return m_presentation;
    }
    // The scenario shown, else the first that has an intervention switched on.
    std::string start = m_shown.type == TreeNode::Scenario ? m_shown.id : std::string();
    if (start.empty())
        for (const Scenario& s : m_doc->project().scenarios)
            if (start.empty() && std::any_of(s.items.begin(), s.items.end(),
                                             [](const ScenarioItem& i) { return i.enabled; }))
                start = s.id;
    auto* window = new PresentationWindow(m_doc.get(), start);
    m_presentation = window;
    connect(window, &PresentationWindow::finished, this, [this](int edits) {
        if (edits > 0)
            showStatus(tr("%n change(s) made while presenting are in the project, unsaved; "
                          "Edit > Undo reverts them.",
                          nullptr, edits));
    });
    window->showFullScreen();
    return window;
}

QWidget* MainWindow::currentView() const {
    if (m_optionsDialog && m_optionsDialog->isVisible() &&
        (m_optionsDialog->isActiveWindow() || !isActiveWindow()))
        return m_optionsDialog;
    return m_stack->currentWidget();
}

QWidget* MainWindow::currentChart() const {
    QWidget* view = currentView();
    QWidget* best = nullptr;
    qint64 bestArea = 0;
    for (QChartView* c : view->findChildren<QChartView*>()) {
        if (!c->isVisibleTo(view))
            continue;
        const qint64 area = qint64(c->width()) * c->height();
        if (area > bestArea) {
            best = c;
            bestArea = area;
        }
    }
    return best;
}

QString MainWindow::askSavePath(const QString& title, const QString& name, const QString& filter,
                                const QString& suffix) {
    QString path = QFileDialog::getSaveFileName(this, title, name + suffix, filter);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

void MainWindow::exportChartDialog(bool svg) {
    QWidget* chart = currentChart();
    if (!chart)
        return showProblem(tr("This view has no chart: show a scenario's results, the outcomes "
                              "or the options side by side."));
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString path =
        askSavePath(svg ? tr("Export Chart as SVG") : tr("Export Chart as PNG"),
                    QStringLiteral("careshift-chart"),
                    svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"), suffix);
    if (!path.isEmpty())
        exportChart(path);
}

bool MainWindow::exportChart(const QString& path) {
    QWidget* chart = currentChart();
    if (!chart) {
        showProblem(tr("This view has no chart: show a scenario's results, the outcomes or the "
                       "options side by side."));
        return false;
    }
    return runExport(path, [&] {
        viewexport::writeImage(chart, path, chart->accessibleName());
        return tr("Chart exported: %1").arg(path);
    });
}

QString MainWindow::currentTableTsv() const {
    QWidget* view = currentView();
    const QAbstractItemModel* model = currentTableModel();
    const bool focused =
        QApplication::focusWidget() && view->isAncestorOf(QApplication::focusWidget());
    // A scenario's results: the yearly table at full precision; the options.
    if (!focused && view == m_scenarioPage)
        return m_scenarioPage->results()->tableAsTsv();
    if (!focused && view == m_optionsDialog && m_optionsView)
        return m_optionsView->tableAsTsv();
    return model ? viewexport::modelTsv(model) : QString();
}

QString MainWindow::currentTableCsv() const {
    const QAbstractItemModel* model = currentTableModel();
    return model ? viewexport::modelCsv(model) : QString();
}

const QAbstractItemModel* MainWindow::currentTableModel() const {
    QWidget* view = currentView();
    // The table with the keyboard focus, if it is in this view.
    if (auto* focused = qobject_cast<QAbstractItemView*>(QApplication::focusWidget());
        focused && focused->model() && view->isAncestorOf(focused) &&
        focused != static_cast<QAbstractItemView*>(m_tree))
        return focused->model();
    QTableView* best = nullptr;
    qint64 bestArea = 0;
    for (QTableView* t : view->findChildren<QTableView*>()) {
        const qint64 area = qint64(t->width()) * t->height();
        if (t->isVisibleTo(view) && t->model() && area > bestArea) {
            best = t;
            bestArea = area;
        }
    }
    return best ? best->model() : nullptr;
}

void MainWindow::printDialog() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(windowTitle());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Preview — %1").arg(windowTitle()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* p) { printCurrentView(p); });
    preview.exec();
}

void MainWindow::printCurrentView(QPagedPaintDevice* device) {
    QWidget* view = currentView();
    QPainter painter(device);
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    // A heading: the project and the view, then the view scaled to the page.
    QFont heading = font();
    heading.setPointSizeF(11);
    heading.setBold(true);
    painter.setFont(heading);
    const QFontMetricsF fm(heading, device);
    const QString title = windowTitle().remove(QStringLiteral("[*]"));
    painter.drawText(QRectF(0, 0, page.width(), fm.height()), Qt::AlignLeft, title);
    viewexport::renderFitted(
        view, painter,
        QRectF(0, fm.height() * 1.5, page.width(), page.height() - fm.height() * 1.5));
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& f : files)
        m_recentMenu->addAction(QFileInfo(f).fileName(), this, [this, f] { openFile(f); })
            ->setToolTip(f);
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::addRecentFile(const QString& path) {
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    // An empty path only trims the list to the length in Preferences.
    if (!path.isEmpty()) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        files.removeAll(absolute);
        files.prepend(absolute);
    }
    while (files.size() > Preferences::load().recentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

} // namespace careshift
