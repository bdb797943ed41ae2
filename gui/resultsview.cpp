#include "gui/resultsview.h"

#include "engine/report.h"
#include "engine/validate.h"
#include "gui/charts.h"
#include "gui/projectdocument.h"
#include "gui/summarytiles.h"
#include "gui/yearlytablemodel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

// Off by default; QT_LOGGING_RULES="careshift.results.debug=true" prints each refresh time.
Q_LOGGING_CATEGORY(lcResults, "careshift.results", QtWarningMsg)

namespace careshift {

namespace {
QChartView* chartView(const QString& name, const QString& accessibleName, QWidget* parent) {
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}
} // namespace

ResultsView::ResultsView(ProjectDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_tiles = new SummaryTiles(this);
    m_tiles->setObjectName(QStringLiteral("summaryTiles"));
    layout->addWidget(m_tiles);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("resultsSplitter"));
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));

    auto* spendPage = new QWidget(m_tabs);
    auto* spendLayout = new QVBoxLayout(spendPage);
    spendLayout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    auto* settingLabel = new QLabel(tr("S&etting:"), spendPage);
    m_settingCombo = new QComboBox(spendPage);
    m_settingCombo->setObjectName(QStringLiteral("settingCombo"));
    m_settingCombo->setAccessibleName(tr("Setting shown in the spend chart"));
    m_settingCombo->addItem(tr("All settings"), -1);
    for (int s = 0; s < kSettingCount; ++s)
        m_settingCombo->addItem(QString::fromUtf8(settingName(static_cast<Setting>(s)).data()), s);
    settingLabel->setBuddy(m_settingCombo);
    bar->addWidget(settingLabel);
    bar->addWidget(m_settingCombo);
    bar->addStretch(1);
    spendLayout->addLayout(bar);
    m_spendView = chartView(QStringLiteral("spendChart"),
                            tr("Spend per year, baseline against scenario"), spendPage);
    spendLayout->addWidget(m_spendView);
    m_tabs->addTab(spendPage, tr("&Spend by setting"));

    m_changeView =
        chartView(QStringLiteral("changeChart"), tr("Change in spend by setting per year"), m_tabs);
    m_tabs->addTab(m_changeView, tr("&Change by setting"));
    m_impactView =
        chartView(QStringLiteral("impactChart"), tr("Net and cumulative saving per year"), m_tabs);
    m_tabs->addTab(m_impactView, tr("&Net saving"));
    m_waterfallView = chartView(QStringLiteral("waterfallChart"),
                                tr("Waterfall from investment to net saving"), m_tabs);
    m_tabs->addTab(m_waterfallView, tr("&Waterfall"));
    m_activityView = chartView(QStringLiteral("activityChart"),
                               tr("Activity shifted by point of delivery"), m_tabs);
    m_tabs->addTab(m_activityView, tr("&Activity shifted"));

    m_tableModel = new YearlyTableModel(this);
    auto* table = new QTableView(splitter);
    table->setObjectName(QStringLiteral("yearlyTable"));
    table->setAccessibleName(tr("Yearly figures"));
    table->setModel(m_tableModel);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_settingCombo, &QComboBox::currentIndexChanged, this, &ResultsView::refreshSpendChart);
    connect(doc, &ProjectDocument::recalculated, this, &ResultsView::refresh);
}

void ResultsView::setScenario(const std::string& scenarioId) {
    if (scenarioId == m_scenarioId)
        return; // changes to the same scenario arrive through recalculated()
    m_scenarioId = scenarioId;
    refresh();
}

void ResultsView::refresh() {
    if (m_scenarioId.empty() || !m_doc->project().findScenario(m_scenarioId))
        return;
    QElapsedTimer timer;
    timer.start();
    const Project& p = m_doc->project();
    const Appraisal& a = m_doc->appraisal(m_scenarioId);
    const int base = p.commissioner.baseYear;
    m_tiles->show(a, base, p.assumptions.horizon, p.assumptions.discountRate);
    refreshSpendChart();
    charts::showChangeBySetting(m_changeView->chart(), a, base);
    charts::showImpact(m_impactView->chart(), a, base);
    charts::showWaterfall(m_waterfallView->chart(), a, p.assumptions.horizon);
    charts::showActivityShift(m_activityView->chart(), p, a);
    m_tableModel->setReport(yearlyReport(a), base, a.baseline.years);
    m_lastRefreshMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    qCDebug(lcResults, "results for %s refreshed in %.2f ms", m_scenarioId.c_str(),
            m_lastRefreshMs);
}

void ResultsView::refreshSpendChart() {
    if (m_scenarioId.empty() || !m_doc->project().findScenario(m_scenarioId))
        return;
    const int s = m_settingCombo->currentData().toInt();
    charts::showSpend(m_spendView->chart(), m_doc->appraisal(m_scenarioId),
                      m_doc->project().commissioner.baseYear,
                      s < 0 ? std::nullopt : std::optional<Setting>(static_cast<Setting>(s)));
}

QString ResultsView::tableAsTsv() const {
    return m_tableModel->toTsv();
}

} // namespace careshift
