#include "gui/mainwindow.h"

#include "engine/format.h"
#include "gui/commands.h"
#include "gui/editorpages.h"
#include "gui/fieldtablemodel.h"
#include "gui/projectdocument.h"
#include "gui/resultsview.h"
#include "store/sample.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>

namespace careshift {

namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
constexpr int kNodeRole = Qt::UserRole;
constexpr int kMaxRecent = 8;
const QString kFileFilter =
    QObject::tr("CareShift projects (*.careshift);;JSON projects (*.json);;All files (*)");
} // namespace

MainWindow::MainWindow(std::unique_ptr<ProjectDocument> document, QWidget* parent)
    : QMainWindow(parent) {
    setAcceptDrops(true);
    setObjectName(QStringLiteral("CareShiftMainWindow"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("projectTree"));
    m_tree->setAccessibleName(tr("Project"));
    m_tree->setHeaderHidden(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* dock = new QDockWidget(tr("Project"), this);
    dock->setObjectName(QStringLiteral("projectDock"));
    dock->setWidget(m_tree);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_stack = new QStackedWidget(this);
    m_stack->setContentsMargins(8, 4, 8, 4);
    setCentralWidget(m_stack);

    buildMenus();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MainWindow::onTreeSelection);
    resize(1280, 800);
    resizeDocks({dock}, {230}, Qt::Horizontal);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    setDocument(std::move(document));
}

MainWindow::~MainWindow() = default;

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> doc) {
    // Pages hold the old document: remove them first.
    while (m_stack->count() > 0) {
        QWidget* w = m_stack->widget(0);
        m_stack->removeWidget(w);
        delete w;
    }
    m_doc = std::move(doc);
    m_doc->setParent(nullptr);

    QUndoStack* stack = m_doc->undoStack();
    m_editMenu->removeAction(m_undoAction);
    m_editMenu->removeAction(m_redoAction);
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = stack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts({QKeySequence::Undo});
    m_redoAction = stack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    const QList<QAction*> existing = m_editMenu->actions();
    m_editMenu->insertAction(existing.isEmpty() ? nullptr : existing.first(), m_undoAction);
    m_editMenu->insertAction(existing.isEmpty() ? nullptr : existing.first(), m_redoAction);

    connect(m_doc.get(), &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc.get(), &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_doc.get(), &ProjectDocument::structureChanged, this, &MainWindow::rebuildTree);
    connect(m_doc.get(), &ProjectDocument::fieldChanged, this, [this](const FieldRef& ref) {
        if ((ref.table == Table::Scenario || ref.table == Table::Intervention) && ref.column == 0)
            rebuildTree(); // a name shown in the tree
        if (ref.table == Table::Commissioner || ref.table == Table::Assumptions)
            updateTitle();
    });
    rebuildPages();
    rebuildTree();
    updateTitle();

    // Open on the first scenario that does something.
    const Project& p = m_doc->project();
    QString first;
    for (const Scenario& s : p.scenarios) {
        if (!s.items.empty()) {
            first = qs(s.id);
            break;
        }
    }
    if (first.isEmpty() && !p.scenarios.empty())
        first = qs(p.scenarios.front().id);
    if (first.isEmpty() || !selectScenario(first))
        showNode(QStringLiteral("assumptions"));
}

void MainWindow::rebuildPages() {
    ProjectDocument* doc = m_doc.get();
    m_assumptionsPage = new AssumptionsPage(doc, m_stack);
    m_populationPage =
        new TablePage(doc, tr("Population"),
                      tr("People in each patient group in the base year and their growth per year. "
                         "The groups are mutually exclusive, in this order of precedence."),
                      Table::Population, m_stack);
    m_activityPage = new TablePage(
        doc, tr("Activity"),
        tr("Base-year activity per 1,000 people of each group, per point of delivery."),
        Table::Activity, m_stack);
    m_podPage = new TablePage(
        doc, tr("Points of delivery and prices"),
        tr("Each point of delivery, its unit price in base-year pounds (before MFF), its "
           "growth beyond demography and the contract that pays for it."),
        Table::Pod, m_stack);
    m_contractPage =
        new TablePage(doc, tr("Providers"), tr("Each provider and its market forces factor."),
                      Table::Provider, m_stack);
    m_contractPage->addTable(tr("Contracts"), Table::Contract);
    m_podPage->setRowActions(
        0, [doc] { return commands::addPod(doc); },
        [doc](int row) { return commands::removePod(doc, row); });
    m_contractPage->setRowActions(
        0, [doc] { return commands::addProvider(doc); },
        [doc](int row) { return commands::removeProvider(doc, row); });
    m_contractPage->setRowActions(
        1, [doc] { return commands::addContract(doc); },
        [doc](int row) { return commands::removeContract(doc, row); });
    m_interventionPage = new InterventionPage(doc, m_stack);
    m_scenarioPage = new ScenarioPage(doc, m_stack);
    QSettings settings;
    for (QSplitter* splitter : m_scenarioPage->findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(
                settings.value(QStringLiteral("splitters/") + splitter->objectName())
                    .toByteArray());
    for (QWidget* page : std::initializer_list<QWidget*>{m_assumptionsPage, m_populationPage,
                                                         m_activityPage, m_podPage, m_contractPage,
                                                         m_interventionPage, m_scenarioPage})
        m_stack->addWidget(page);
    for (auto* page : {m_populationPage, m_activityPage, m_podPage, m_contractPage})
        connect(page, &TablePage::refused, this, &MainWindow::showProblem);
    connect(m_assumptionsPage, &AssumptionsPage::refused, this, &MainWindow::showProblem);
    connect(m_interventionPage, &InterventionPage::refused, this, &MainWindow::showProblem);
    connect(m_scenarioPage, &ScenarioPage::refused, this, &MainWindow::showProblem);
}

void MainWindow::rebuildTree() {
    const QString current = currentNode();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const Project& p = m_doc->project();
    auto add = [&](QTreeWidgetItem* parent, const QString& text, const QString& node) {
        auto* item =
            parent ? new QTreeWidgetItem(parent, {text}) : new QTreeWidgetItem(m_tree, {text});
        item->setData(0, kNodeRole, node);
        return item;
    };
    add(nullptr, qs(p.commissioner.name), QStringLiteral("assumptions"));
    auto* baseline = add(nullptr, tr("Baseline"), QString());
    add(baseline, tr("Population"), QStringLiteral("population"));
    add(baseline, tr("Activity"), QStringLiteral("activity"));
    add(baseline, tr("Points of delivery and prices"), QStringLiteral("pods"));
    add(baseline, tr("Providers and contracts"), QStringLiteral("contracts"));
    auto* interventions = add(nullptr, tr("Interventions"), QString());
    for (std::size_t i = 0; i < p.interventions.size(); ++i)
        add(interventions,
            qs(p.interventions[i].name.empty() ? p.interventions[i].id : p.interventions[i].name),
            QStringLiteral("intervention:%1").arg(i));
    auto* scenarios = add(nullptr, tr("Scenarios"), QString());
    for (const Scenario& s : p.scenarios)
        add(scenarios, qs(s.name.empty() ? s.id : s.name), QStringLiteral("scenario:") + qs(s.id));
    m_tree->expandAll();
    if (!current.isEmpty())
        showNode(current);
}

QString MainWindow::currentNode() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, kNodeRole).toString() : QString();
}

bool MainWindow::showNode(const QString& nodeAndTab) {
    // "scenario:frailty#2" also picks the third chart tab of the results.
    const QString node = nodeAndTab.section(QLatin1Char('#'), 0, 0);
    if (nodeAndTab.contains(QLatin1Char('#'))) {
        if (auto* tabs = m_scenarioPage->findChild<QTabWidget*>(QStringLiteral("chartTabs")))
            tabs->setCurrentIndex(nodeAndTab.section(QLatin1Char('#'), 1).toInt());
    }
    QTreeWidgetItemIterator it(m_tree);
    while (*it) {
        if ((*it)->data(0, kNodeRole).toString() == node) {
            // Changing the current item calls onTreeSelection() through the
            // tree's signal; when it is already current, or signals are
            // blocked during a rebuild, call it directly.
            if (m_tree->currentItem() == *it || m_tree->signalsBlocked())
                onTreeSelection();
            m_tree->setCurrentItem(*it);
            return true;
        }
        ++it;
    }
    return false;
}

TablePage* MainWindow::tablePage(const QString& node) const {
    if (node == QLatin1String("population"))
        return m_populationPage;
    if (node == QLatin1String("activity"))
        return m_activityPage;
    if (node == QLatin1String("pods"))
        return m_podPage;
    if (node == QLatin1String("contracts"))
        return m_contractPage;
    return nullptr;
}

void MainWindow::onTreeSelection() {
    const QString node = currentNode();
    if (node == QLatin1String("assumptions")) {
        m_stack->setCurrentWidget(m_assumptionsPage);
    } else if (TablePage* page = tablePage(node)) {
        m_stack->setCurrentWidget(page);
    } else if (node.startsWith(QStringLiteral("intervention:"))) {
        m_interventionPage->setIntervention(node.section(QLatin1Char(':'), 1).toInt());
        m_stack->setCurrentWidget(m_interventionPage);
    } else if (node.startsWith(QStringLiteral("scenario:"))) {
        const std::string id = node.section(QLatin1Char(':'), 1).toStdString();
        const auto& scenarios = m_doc->project().scenarios;
        for (std::size_t i = 0; i < scenarios.size(); ++i)
            if (scenarios[i].id == id)
                m_scenarioPage->setScenario(static_cast<int>(i));
        m_stack->setCurrentWidget(m_scenarioPage);
    }
}

int MainWindow::currentScenarioIndex() const {
    const QString node = currentNode();
    if (!node.startsWith(QStringLiteral("scenario:")))
        return -1;
    return m_scenarioPage->scenario();
}

int MainWindow::currentInterventionIndex() const {
    const QString node = currentNode();
    return node.startsWith(QStringLiteral("intervention:"))
               ? node.section(QLatin1Char(':'), 1).toInt()
               : -1;
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
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Project as &JSON…"), this, &MainWindow::exportJson);
    QAction* csv =
        exportMenu->addAction(tr("Results Table as &CSV…"), this, &MainWindow::exportCsv);
    csv->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addSeparator();
    QAction* copyResults = m_editMenu->addAction(tr("Copy Results &Table"), this, [this] {
        QApplication::clipboard()->setText(m_scenarioPage->results()->tableAsTsv());
        statusBar()->showMessage(tr("Results table copied as tab-separated text."), 4000);
    });
    copyResults->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));

    // Menu actions on the scenario or intervention chosen in the project tree;
    // `act` returns why it could not act, shown in the status bar.
    using Act = std::function<QString(ProjectDocument*, int)>;
    auto onCurrent = [this](QMenu* menu, const QString& text, bool scenario, Act act) {
        return menu->addAction(text, this, [this, scenario, act] {
            const int i = scenario ? currentScenarioIndex() : currentInterventionIndex();
            if (i < 0)
                return showProblem(scenario
                                       ? tr("Choose a scenario in the project tree first.")
                                       : tr("Choose an intervention in the project tree first."));
            if (const QString error = act(m_doc.get(), i); !error.isEmpty())
                showProblem(error);
        });
    };
    auto askName = [this](const QString& title, const QString& suggestion) {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, suggestion, &ok);
        return ok ? name.trimmed() : QString();
    };
    auto showScenarioAt = [this](int i) {
        selectScenario(qs(m_doc->project().scenarios[static_cast<std::size_t>(i)].id));
    };
    auto showInterventionAt = [this](int i) { showNode(QStringLiteral("intervention:%1").arg(i)); };

    QMenu* scenario = menuBar()->addMenu(tr("&Scenario"));
    scenario->addAction(tr("&Add Scenario…"), this, [this, askName, showScenarioAt] {
        const QString name = askName(tr("Add Scenario"), tr("New scenario"));
        if (name.isEmpty())
            return;
        if (const QString error = commands::addScenario(m_doc.get(), name); !error.isEmpty())
            return showProblem(error);
        showScenarioAt(static_cast<int>(m_doc->project().scenarios.size()) - 1);
    });
    onCurrent(scenario, tr("&Duplicate Scenario"), true,
              [showScenarioAt](ProjectDocument* d, int i) {
                  QString error = commands::duplicateScenario(d, i);
                  if (error.isEmpty())
                      showScenarioAt(i + 1);
                  return error;
              });
    onCurrent(scenario, tr("De&lete Scenario"), true, commands::deleteScenario);
    onCurrent(scenario, tr("Move &Up"), true,
              [](ProjectDocument* d, int i) { return commands::moveScenario(d, i, -1); });
    onCurrent(scenario, tr("Move Do&wn"), true,
              [](ProjectDocument* d, int i) { return commands::moveScenario(d, i, +1); });
    scenario->addSeparator();
    QAction* next = scenario->addAction(tr("&Next Scenario"), this, [this, showScenarioAt] {
        const int n = static_cast<int>(m_doc->project().scenarios.size());
        if (n > 0)
            showScenarioAt(std::max(0, currentScenarioIndex() + 1) % n);
    });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));

    QMenu* intervention = menuBar()->addMenu(tr("&Intervention"));
    intervention->addAction(tr("&Add Intervention…"), this, [this, askName, showInterventionAt] {
        const QString name = askName(tr("Add Intervention"), tr("New intervention"));
        if (name.isEmpty())
            return;
        if (const QString error = commands::addIntervention(m_doc.get(), name); !error.isEmpty())
            return showProblem(error);
        showInterventionAt(static_cast<int>(m_doc->project().interventions.size()) - 1);
    });
    onCurrent(intervention, tr("&Duplicate Intervention"), false, commands::duplicateIntervention);
    onCurrent(intervention, tr("De&lete Intervention"), false, commands::deleteIntervention);
    for (int delta : {-1, +1}) {
        onCurrent(intervention, delta < 0 ? tr("Move &Up") : tr("Move Do&wn"), false,
                  [delta, showInterventionAt](ProjectDocument* d, int i) {
                      QString error = commands::moveIntervention(d, i, delta);
                      if (error.isEmpty())
                          showInterventionAt(i + delta);
                      return error;
                  });
    }
    m_tree->addActions(scenario->actions().mid(0, 5));
    m_tree->addActions(intervention->actions().mid(0, 3));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CareShift"), this, [this] {
        QMessageBox::about(
            this, tr("About CareShift"),
            tr("<h3>CareShift %1</h3><p>Scenario modelling for NHS commissioners: spend shifts, "
               "tariff cost, provider income and outcomes.</p><p>Methods and sources: "
               "docs/method.md.</p>")
                .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1[*] — %2 — CareShift")
                       .arg(m_doc->displayName(), qs(m_doc->project().commissioner.name)));
    setWindowModified(m_doc->isModified());
    if (m_tree->topLevelItemCount() > 0)
        m_tree->topLevelItem(0)->setText(0, qs(m_doc->project().commissioner.name));
}

void MainWindow::showProblem(const QString& problem) {
    m_lastProblem = problem;
    statusBar()->setStyleSheet(QStringLiteral("QStatusBar { color: #d5281b; font-weight: bold; }"));
    statusBar()->showMessage(tr("Not changed: %1").arg(problem), 10000);
    connect(
        statusBar(), &QStatusBar::messageChanged, this,
        [this](const QString& m) {
            if (m.isEmpty())
                statusBar()->setStyleSheet(QString());
        },
        Qt::SingleShotConnection);
}

bool MainWindow::maybeSave() {
    if (!m_doc->isModified())
        return true;
    const QMessageBox::StandardButton answer =
        m_savePrompt
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
    setDocument(std::make_unique<ProjectDocument>(fromSample ? store::loadSample()
                                                             : store::blankProject()));
}

bool MainWindow::openFile(const QString& path) {
    if (!maybeSave())
        return false;
    std::unique_ptr<ProjectDocument> doc;
    try {
        doc = ProjectDocument::open(path);
    } catch (const store::FileError& e) {
        m_lastProblem = e.messages().join(QLatin1Char('\n'));
        if (!m_savePrompt) // interactive: tell the user; tests read lastProblem()
            QMessageBox::warning(this, tr("Cannot open the file"), m_lastProblem);
        statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()), 8000);
        return false;
    }
    const bool upgraded = doc->needsUpgradeBackup();
    setDocument(std::move(doc));
    addRecentFile(path);
    statusBar()->showMessage(
        upgraded ? tr("Opened %1. It was made by an older CareShift; the original will be "
                      "backed up when you first save.")
                       .arg(QFileInfo(path).fileName())
                 : tr("Opened %1").arg(QFileInfo(path).fileName()),
        8000);
    return true;
}

void MainWindow::openDialog() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), kFileFilter);
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveTo(const QString& path) {
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
    statusBar()->showMessage(tr("Saved %1").arg(m_doc->displayName()), 4000);
    return true;
}

bool MainWindow::save() {
    if (m_doc->filePath().isEmpty() ||
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

void MainWindow::exportJson() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Project as JSON"),
                                                      tr("project.json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    try {
        store::saveAnyProject(
            path.endsWith(QStringLiteral(".json")) ? path : path + QStringLiteral(".json"),
            m_doc->project());
        statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
    } catch (const store::FileError& e) {
        QMessageBox::warning(this, tr("Export failed"), e.messages().join(QLatin1Char('\n')));
    }
}

void MainWindow::exportCsv() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Results Table as CSV"),
                                     tr("careshift-results.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString csv = m_scenarioPage->results()->tableAsTsv();
    csv.replace(QLatin1Char('\t'), QLatin1Char(','));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
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
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
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
