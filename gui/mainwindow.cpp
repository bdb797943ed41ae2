#include "gui/mainwindow.h"

#include "engine/format.h"
#include "engine/report.h"
#include "engine/validate.h"
#include "gui/charts.h"
#include "gui/summarytiles.h"
#include "gui/yearlytablemodel.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace careshift {

namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
} // namespace

MainWindow::MainWindow(Project project, const QString& documentName, QWidget* parent)
    : QMainWindow(parent)
    , m_project(std::move(project)) {
    setWindowTitle(
        tr("%1 — CareShift")
            .arg(documentName.isEmpty() ? qs(m_project.commissioner.name) : documentName));
    buildUi();
    buildMenus();
    resize(1280, 860);

    // Open on the first scenario that does something: "Do nothing" against
    // itself is an empty picture.
    int first = 0;
    for (int i = 0; i < static_cast<int>(m_project.scenarios.size()); ++i) {
        if (!m_project.scenarios[static_cast<std::size_t>(i)].items.empty()) {
            first = i;
            break;
        }
    }
    m_scenarioCombo->setCurrentIndex(first);
    recalculate();
}

void MainWindow::buildUi() {
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);

    auto* bar = new QHBoxLayout;
    auto* scenarioLabel = new QLabel(tr("&Scenario:"), central);
    m_scenarioCombo = new QComboBox(central);
    m_scenarioCombo->setObjectName(QStringLiteral("scenarioCombo"));
    m_scenarioCombo->setAccessibleName(tr("Scenario"));
    m_scenarioCombo->setMinimumWidth(280);
    for (const Scenario& s : m_project.scenarios)
        m_scenarioCombo->addItem(qs(s.name), qs(s.id));
    scenarioLabel->setBuddy(m_scenarioCombo);
    auto* settingLabel = new QLabel(tr("Spend &chart:"), central);
    m_settingCombo = new QComboBox(central);
    m_settingCombo->setObjectName(QStringLiteral("settingCombo"));
    m_settingCombo->setAccessibleName(tr("Setting shown in the spend chart"));
    m_settingCombo->addItem(tr("All settings"), -1);
    for (int s = 0; s < kSettingCount; ++s)
        m_settingCombo->addItem(QString::fromUtf8(settingName(static_cast<Setting>(s)).data()), s);
    settingLabel->setBuddy(m_settingCombo);
    bar->addWidget(scenarioLabel);
    bar->addWidget(m_scenarioCombo);
    bar->addSpacing(24);
    bar->addWidget(settingLabel);
    bar->addWidget(m_settingCombo);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_notes = new QLabel(central);
    m_notes->setObjectName(QStringLiteral("scenarioNotes"));
    m_notes->setWordWrap(true);
    m_notes->setStyleSheet(QStringLiteral("color: #425563;"));
    layout->addWidget(m_notes);

    m_tiles = new SummaryTiles(central);
    m_tiles->setObjectName(QStringLiteral("summaryTiles"));
    layout->addWidget(m_tiles);

    auto* splitter = new QSplitter(Qt::Vertical, central);
    auto* chartsRow = new QSplitter(Qt::Horizontal, splitter);
    m_spendView = new QChartView(new QChart, chartsRow);
    m_spendView->setObjectName(QStringLiteral("spendChart"));
    m_spendView->setAccessibleName(tr("Spend per year, baseline against scenario"));
    m_spendView->setRenderHint(QPainter::Antialiasing);
    m_spendView->setMinimumHeight(260);
    m_impactView = new QChartView(new QChart, chartsRow);
    m_impactView->setObjectName(QStringLiteral("impactChart"));
    m_impactView->setAccessibleName(tr("Net and cumulative saving per year"));
    m_impactView->setRenderHint(QPainter::Antialiasing);

    m_tableModel = new YearlyTableModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("yearlyTable"));
    m_table->setAccessibleName(tr("Yearly figures"));
    m_table->setModel(m_tableModel);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_scenarioCombo, &QComboBox::currentIndexChanged, this, &MainWindow::recalculate);
    connect(m_settingCombo, &QComboBox::currentIndexChanged, this, &MainWindow::refreshSpendChart);

    statusBar()->showMessage(
        tr("%1 · base year %2 · %3-year horizon · discount rate %4% · prices uplifted %5% a year")
            .arg(qs(m_project.commissioner.name),
                 qs(formatFinancialYear(m_project.commissioner.baseYear)))
            .arg(m_project.assumptions.horizon)
            .arg(m_project.assumptions.discountRate * 100, 0, 'f', 1)
            .arg(seriesAt(m_project.assumptions.priceUplift, 0) * 100, 0, 'f', 1));
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* exportCsv = file->addAction(tr("&Export Table as CSV…"), this, &MainWindow::exportCsv);
    exportCsv->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* copy = edit->addAction(tr("&Copy Table"), this, &MainWindow::copyTable);
    copy->setShortcut(QKeySequence::Copy);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* next = view->addAction(tr("&Next Scenario"), this, [this] {
        m_scenarioCombo->setCurrentIndex((m_scenarioCombo->currentIndex() + 1) %
                                         m_scenarioCombo->count());
    });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction* previous = view->addAction(tr("&Previous Scenario"), this, [this] {
        const int n = m_scenarioCombo->count();
        m_scenarioCombo->setCurrentIndex((m_scenarioCombo->currentIndex() + n - 1) % n);
    });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CareShift"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

bool MainWindow::selectScenario(const QString& id) {
    const int i = m_scenarioCombo->findData(id);
    if (i < 0)
        return false;
    m_scenarioCombo->setCurrentIndex(i);
    return true;
}

void MainWindow::recalculate() {
    const QString id = m_scenarioCombo->currentData().toString();
    const Scenario* scenario = m_project.findScenario(id.toStdString());
    if (!scenario)
        return;
    try {
        m_appraisal = appraise(m_project, *scenario);
    } catch (const InvalidProjectError& e) {
        // Never show numbers for an invalid project.
        QStringList lines;
        for (const Problem& p : e.problems())
            lines << qs(p.toString());
        QMessageBox::warning(this, tr("Cannot project this scenario"),
                             lines.join(QLatin1Char('\n')));
        return;
    }
    const int base = m_project.commissioner.baseYear;
    m_notes->setText(scenario->notes.empty()
                         ? tr("%1 against the baseline (do nothing).").arg(qs(scenario->name))
                         : qs(scenario->notes));
    m_tiles->show(m_appraisal, base, m_project.assumptions.horizon,
                  m_project.assumptions.discountRate);
    refreshSpendChart();
    charts::showImpact(m_impactView->chart(), m_appraisal, base);
    m_tableModel->setReport(yearlyReport(m_appraisal), base, m_appraisal.baseline.years);
}

void MainWindow::refreshSpendChart() {
    const int s = m_settingCombo->currentData().toInt();
    charts::showSpend(m_spendView->chart(), m_appraisal, m_project.commissioner.baseYear,
                      s < 0 ? std::nullopt : std::optional<Setting>(static_cast<Setting>(s)));
}

void MainWindow::copyTable() {
    QApplication::clipboard()->setText(m_tableModel->toTsv());
    statusBar()->showMessage(tr("Table copied as tab-separated text."), 4000);
}

void MainWindow::exportCsv() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table as CSV"),
                                                      QStringLiteral("careshift-results.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString csv = m_tableModel->toTsv();
    csv.replace(QLatin1Char('\t'), QLatin1Char(','));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About CareShift"),
        tr("<h3>CareShift %1</h3><p>Scenario modelling for NHS commissioners: spend shifts, "
           "tariff cost, provider income and outcomes.</p><p>Methods and sources: "
           "docs/method.md.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace careshift
