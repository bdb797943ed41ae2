#include "gui/results/resultsview.h"

#include "engine/projection.h"
#include "engine/report.h"
#include "engine/validate.h"
#include "gui/charts/charts.h"
#include "gui/document/projectdocument.h"
#include "gui/export/viewexport.h"
#include "gui/results/cohortview.h"
#include "gui/results/outcomesview.h"
#include "gui/results/summarytiles.h"
#include "gui/results/yearlytablemodel.h"
#include "gui/translations.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

// Off by default; QT_LOGGING_RULES="careshift.results.debug=true" prints each refresh time.
Q_LOGGING_CATEGORY(lcResults, "careshift.results", QtWarningMsg)

namespace careshift {

namespace {
QChartView* makeChartView(const QString& name, const QString& accessibleName, QWidget* parent) {
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    // The viewport takes focus on a click: it is named too.
    view->viewport()->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    viewexport::addChartActions(view, accessibleName);
    return view;
}

/// A label whose text a keyboard or screen-reader user can reach.
QLabel* readableLabel(const QString& name, const QString& accessibleName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}
} // namespace

ResultsView::ResultsView(ProjectDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    // Warnings about the scenario (the results are still shown): words first,
    // the colour only repeats them.
    m_warnings =
        readableLabel(QStringLiteral("scenarioWarnings"), tr("Warnings about this scenario"), this);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #212b32; "
                                             "border: 1px solid #ed8b00; border-left: 4px "
                                             "solid #ed8b00; padding: 4px 8px; }"));
    m_warnings->hide();
    layout->addWidget(m_warnings);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    m_results = new QWidget(m_stack);
    auto* resultsLayout = new QVBoxLayout(m_results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->setSpacing(8);
    m_stack->addWidget(m_results);

    m_problem =
        readableLabel(QStringLiteral("resultsProblem"), tr("Why no results are shown"), m_stack);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problem->setMargin(12);
    m_stack->addWidget(m_problem);

    m_tiles = new SummaryTiles(m_results);
    m_tiles->setObjectName(QStringLiteral("summaryTiles"));
    resultsLayout->addWidget(m_tiles);

    auto* splitter = new QSplitter(Qt::Vertical, m_results);
    splitter->setObjectName(QStringLiteral("resultsSplitter"));
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setAccessibleName(tr("Result charts"));
    m_tabs->setAccessibleDescription(
        tr("Charts of the scenario against the baseline: net saving, saving by setting, the "
           "waterfall from investment to net saving, activity shifted, spend per year, and who "
           "saves and who pays. Every figure is also in a table."));
    m_tabs->tabBar()->setAccessibleName(tr("Chart tabs"));

    // Tab order: what changes first (a change of a few percent is invisible
    // in total spend), the spend itself last. ChartTab follows this order.
    struct Page {
        const char* object;
        QString accessibleName;
        QString tab;
    };
    const Page pages[ChartTabCount] = {
        {"impactChart", tr("Net saving chart"), tr("Net sa&ving")},
        {"changeChart", tr("Saving by setting chart"), tr("&By setting")},
        {"waterfallChart", tr("Waterfall chart from investment to net saving"), tr("&Waterfall")},
        {"activityChart", tr("Activity shifted chart"), tr("&Activity shifted")},
        {"spendChart", tr("Spend per year chart, baseline against scenario"),
         tr("S&pend per year")},
        {"whoPaysChart", tr("Who saves, who pays chart"), tr("W&ho pays")},
    };
    for (int i = 0; i < ChartTabCount; ++i) {
        QChartView* view =
            makeChartView(QString::fromLatin1(pages[i].object), pages[i].accessibleName, m_tabs);
        m_charts[static_cast<std::size_t>(i)].view = view;
        if (i == WhoPaysTab) {
            // The chart over the horizon, and the table year by year below it.
            auto* page = new QSplitter(Qt::Vertical, m_tabs);
            page->setObjectName(QStringLiteral("whoPaysSplitter"));
            view->setParent(page);
            page->addWidget(view);
            m_providerModel = new YearlyTableModel(this);
            auto* providers = new QTableView(page);
            providers->setObjectName(QStringLiteral("providerTable"));
            providers->setAccessibleName(tr("Who saves, who pays, per year"));
            providers->setAccessibleDescription(
                tr("The commissioner's spend change and each provider's income, cost and margin "
                   "change per financial year; the commissioner's change is the sum of the "
                   "providers' and other spend."));
            providers->setModel(m_providerModel);
            m_providerTable = providers;
            providers->setAlternatingRowColors(true);
            providers->setTabKeyNavigation(false);
            providers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
            providers->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            providers->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
            providers->verticalHeader()->setDefaultSectionSize(providers->fontMetrics().height() +
                                                               6);
            page->addWidget(providers);
            page->setStretchFactor(0, 3);
            page->setStretchFactor(1, 2);
            m_tabs->addTab(page, pages[i].tab);
            continue;
        }
        if (i != SpendTab) {
            m_tabs->addTab(view, pages[i].tab);
            continue;
        }
        auto* spendPage = new QWidget(m_tabs);
        auto* spendLayout = new QVBoxLayout(spendPage);
        spendLayout->setContentsMargins(4, 4, 4, 4);
        auto* bar = new QHBoxLayout;
        auto* settingLabel = new QLabel(tr("Settin&g:"), spendPage);
        m_settingCombo = new QComboBox(spendPage);
        m_settingCombo->setObjectName(QStringLiteral("settingCombo"));
        m_settingCombo->setAccessibleName(tr("Setting shown in the spend chart"));
        m_settingCombo->addItem(tr("All settings"), -1);
        for (int s = 0; s < kSettingCount; ++s)
            m_settingCombo->addItem(engineText(settingName(static_cast<Setting>(s))), s);
        settingLabel->setBuddy(m_settingCombo);
        bar->addWidget(settingLabel);
        bar->addWidget(m_settingCombo);
        bar->addStretch(1);
        spendLayout->addLayout(bar);
        view->setParent(spendPage);
        spendLayout->addWidget(view);
        m_tabs->addTab(spendPage, pages[i].tab);
    }
    // Outcomes beside the money: the grid of groups by lenses and a metric's chart.
    m_outcomes = new OutcomesView(m_tabs);
    m_outcomes->setObjectName(QStringLiteral("outcomesView"));
    m_tabs->addTab(m_outcomes, tr("&Outcomes"));
    // The people of a group with a cohort model: QALYs, ICER, the trace.
    m_cohort = new CohortView(m_tabs);
    m_cohort->setObjectName(QStringLiteral("cohortView"));
    m_tabs->addTab(m_cohort, tr("Peop&le"));
    m_spend = new charts::SpendChart(m_charts[SpendTab].view->chart());
    m_charts[NetSavingTab].chart = new charts::NetSavingChart(m_charts[NetSavingTab].view->chart());
    m_charts[SavingBySettingTab].chart =
        new charts::SavingBySettingChart(m_charts[SavingBySettingTab].view->chart());
    m_charts[WaterfallTab].chart = new charts::WaterfallChart(m_charts[WaterfallTab].view->chart());
    m_charts[ActivityTab].chart = new charts::ActivityChart(m_charts[ActivityTab].view->chart());
    m_charts[SpendTab].chart = m_spend;
    m_charts[WhoPaysTab].chart = new charts::WhoPaysChart(m_charts[WhoPaysTab].view->chart());

    m_tableModel = new YearlyTableModel(this);
    auto* table = new QTableView(splitter);
    table->setObjectName(QStringLiteral("yearlyTable"));
    table->setAccessibleName(tr("Yearly figures"));
    table->setAccessibleDescription(
        tr("Spend by setting in the baseline and the scenario, then the investment and the "
           "savings against the baseline (positive = less spent), per financial year."));
    table->setModel(m_tableModel);
    table->setAlternatingRowColors(true);
    // A read-only table: Tab moves on to the next control instead of walking
    // 140 cells (arrow keys still move between cells).
    table->setTabKeyNavigation(false);
    // Years share the width, but never below the widest figure shown
    // (fitTableColumns()): a 20-year table scrolls rather than cutting
    // figures to "£...".
    m_table = table;
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // One line per row: a fixed height, so new figures never re-measure the rows.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    resultsLayout->addWidget(splitter, 1);

    m_connections.push_back(connect(m_settingCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_settingCombo->currentData().toInt();
        m_spend->setSetting(s < 0 ? std::nullopt : std::optional<Setting>(static_cast<Setting>(s)));
        m_charts[SpendTab].stale = true;
        if (!onScreen() || m_tabs->currentIndex() == SpendTab)
            updateChart(SpendTab);
    }));
    m_connections.push_back(connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab >= 0 && tab < ChartTabCount && m_charts[static_cast<std::size_t>(tab)].stale)
            updateChart(tab);
        if (tab == kOutcomesTab && m_outcomesStale)
            updateOutcomes();
        if (tab == kPeopleTab && m_cohortStale)
            updateCohort();
    }));
    m_connections.push_back(
        connect(doc, &ProjectDocument::recalculated, this, &ResultsView::refresh));
}

ResultsView::~ResultsView() {
    // This view's members are gone before its child widgets are deleted, and
    // the document may go before or after it: nothing may call back into it
    // while its tabs change or the document clears its undo stack.
    for (const QMetaObject::Connection& c : m_connections)
        disconnect(c);
}

void ResultsView::setScenario(const std::string& scenarioId) {
    if (scenarioId == m_scenarioId)
        return; // changes to the same scenario arrive through recalculated()
    m_scenarioId = scenarioId;
    refresh();
}

bool ResultsView::onScreen() const {
    return window()->isVisible();
}

const Appraisal* ResultsView::appraisal() {
    try {
        const Appraisal* a = &m_doc->appraisal(m_scenarioId);
        m_problemText.clear();
        return a;
    } catch (const InvalidProjectError& e) {
        QStringList problems;
        for (const Problem& p : e.problems())
            problems << QString::fromStdString(p.toString());
        m_problemText =
            problems.isEmpty() ? QString::fromUtf8(e.what()) : problems.join(QLatin1Char('\n'));
    } catch (const ProjectionError& e) {
        // The engine's own checks: figures that are not finite, too large or
        // do not add up. what() is written for the user.
        m_problemText = tr("The figures cannot be shown: %1.").arg(QString::fromUtf8(e.what()));
    } catch (const std::exception& e) {
        // Anything else the engine throws still leaves no half-shown figures.
        m_problemText = QString::fromUtf8(e.what());
    }
    return nullptr;
}

void ResultsView::refresh() {
    const Scenario* scenario =
        m_scenarioId.empty() ? nullptr : m_doc->project().findScenario(m_scenarioId);
    if (!scenario)
        return;
    QElapsedTimer timer;
    timer.start();
    const Project& p = m_doc->project();
    const Appraisal* a = appraisal();
    if (!a) {
        showProblem(m_problemText);
        m_lastRefreshMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        return;
    }

    QStringList warnings;
    for (const Problem& w : scenarioWarnings(p, *scenario))
        warnings << tr("Warning: %1").arg(QString::fromStdString(w.toString()));
    const QString warningText = warnings.join(QLatin1Char('\n'));
    if (m_warnings->text() != warningText)
        m_warnings->setText(warningText);
    m_warnings->setVisible(!warnings.isEmpty());

    m_stack->setCurrentWidget(m_results);
    m_tiles->show(*a, p.commissioner.baseYear, p.assumptions.horizon, p.assumptions.discountRate);
    m_tableModel->setReport(yearlyReport(*a), p.commissioner.baseYear, a->baseline.years);
    m_providerModel->setReport(providerReport(p, *a), p.commissioner.baseYear, a->baseline.years);
    fitTableColumns();
    const int current = m_tabs->currentIndex();
    // The outcomes grid, like a chart: only where someone can see it (laying
    // out its wrapped text is most of its cost).
    m_outcomesStale = true;
    if (!onScreen() || (current == kOutcomesTab && isVisible()))
        updateOutcomes();
    m_cohortStale = true;
    if (!onScreen() || (current == kPeopleTab && isVisible()))
        updateCohort();
    // The tiles and the table are always current (a CSV export reads the
    // table from any page); charts only where someone can see them.
    for (int i = 0; i < ChartTabCount; ++i) {
        m_charts[static_cast<std::size_t>(i)].stale = true;
        if (!onScreen() || (i == current && isVisible()))
            updateChart(i);
    }
    m_lastRefreshMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    qCDebug(lcResults, "results for %s refreshed in %.2f ms", m_scenarioId.c_str(),
            m_lastRefreshMs);
}

void ResultsView::fitTableColumns() {
    fitColumns(m_table, m_tableModel);
    fitColumns(m_providerTable, m_providerModel);
}

void ResultsView::fitColumns(QTableView* table, YearlyTableModel* model) {
    // The widest figure or year in the table, in bold as totals are shown:
    // a few dozen measurements, only a new width re-lays out the header.
    QFont bold = table->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int widest = 0;
    for (int c = 0; c < model->columnCount(); ++c) {
        widest =
            std::max(widest, fm.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()));
        for (int r = 0; r < model->rowCount(); ++r)
            widest = std::max(widest, fm.horizontalAdvance(model->index(r, c).data().toString()));
    }
    // The delegate's text margin each side (QCommonStyle: focus frame margin
    // + 1) and the grid line.
    const int margin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1;
    const int minimum = widest + 2 * margin + 1;
    if (table->horizontalHeader()->minimumSectionSize() != minimum)
        table->horizontalHeader()->setMinimumSectionSize(minimum);
}

void ResultsView::updateChart(int tab) {
    if (m_scenarioId.empty() || !m_doc->project().findScenario(m_scenarioId))
        return;
    const Appraisal* a = appraisal();
    if (!a)
        return;
    Chart& c = m_charts[static_cast<std::size_t>(tab)];
    c.chart->update(m_doc->project(), *a);
    if (c.view->accessibleDescription() != c.chart->summary()) {
        c.view->setAccessibleDescription(c.chart->summary());
        c.view->viewport()->setAccessibleDescription(c.chart->summary());
    }
    c.stale = false;
}

void ResultsView::updateCohort() {
    if (const Appraisal* a = appraisal()) {
        m_cohort->show(m_doc->project(), *a);
        m_cohortStale = false;
    }
}

void ResultsView::updateOutcomes() {
    const Project& p = m_doc->project();
    const Scenario* scenario = m_scenarioId.empty() ? nullptr : p.findScenario(m_scenarioId);
    const Appraisal* a = scenario ? appraisal() : nullptr;
    if (!a)
        return;
    m_outcomes->setOutcomes(p, projectOutcomes(p, *scenario, a->baseline, a->scenario),
                            QString::fromStdString(scenario->name));
    m_outcomesStale = false;
}

void ResultsView::showProblem(const QString& problem) {
    // No figure of an invalid project stays anywhere: tiles and table emptied,
    // the charts hidden behind the message until the project is fixed.
    m_tiles->clear();
    m_tableModel->setReport({}, m_doc->project().commissioner.baseYear, 0);
    m_providerModel->setReport({}, m_doc->project().commissioner.baseYear, 0);
    for (Chart& c : m_charts)
        c.stale = true;
    m_outcomes->clear();
    m_warnings->hide();
    m_problem->setText(tr("No results can be shown for this project.\n\n%1\n\n"
                          "Correct it in the project's tables or undo the last change "
                          "(Ctrl+Z).")
                           .arg(problem));
    m_stack->setCurrentWidget(m_problem);
}

QString ResultsView::warnings() const {
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

void ResultsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    const int current = m_tabs->currentIndex();
    if (current >= 0 && current < ChartTabCount &&
        m_charts[static_cast<std::size_t>(current)].stale)
        updateChart(current);
    if (current == kOutcomesTab && m_outcomesStale)
        updateOutcomes();
}

QString ResultsView::tableAsTsv() const {
    return m_tableModel->toTsv();
}

} // namespace careshift
