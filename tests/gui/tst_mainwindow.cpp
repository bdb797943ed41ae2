// The main window on the sample (offscreen): the spend chart shows baseline
// and scenario series with the engine's values, the tiles and table follow
// the chosen scenario, and the table model passes QAbstractItemModelTester.

#include "engine/appraisal.h"
#include "engine/format.h"
#include "gui/mainwindow.h"
#include "gui/summarytiles.h"
#include "gui/yearlytablemodel.h"
#include "store/sample.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace careshift;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void opensOnFirstScenarioWithInterventions();
    void spendChartHasBaselineAndScenario();
    void settingFilterShowsThatSetting();
    void switchingScenarioUpdatesTilesAndTable();
    void tableModelPassesTester();
    void copyGivesTabSeparatedFigures();
};

namespace {
QBarSeries* spendSeries(MainWindow& w) {
    auto* view = w.findChild<QChartView*>(QStringLiteral("spendChart"));
    if (!view || view->chart()->series().isEmpty())
        return nullptr;
    return qobject_cast<QBarSeries*>(view->chart()->series().first());
}
} // namespace

void TestMainWindow::opensOnFirstScenarioWithInterventions() {
    MainWindow w(store::loadSample());
    auto* combo = w.findChild<QComboBox*>(QStringLiteral("scenarioCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("frailty"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("NHS Anytown CCG")));
}

void TestMainWindow::spendChartHasBaselineAndScenario() {
    MainWindow w(store::loadSample());
    QBarSeries* series = spendSeries(w);
    QVERIFY(series);
    QCOMPARE(series->count(), 2);
    QCOMPARE(series->barSets()[0]->label(), QStringLiteral("Baseline"));
    QCOMPARE(series->barSets()[1]->label(), QStringLiteral("Scenario"));
    QCOMPARE(series->barSets()[0]->count(), 5);
    // Frailty scenario, 2016/17, in £m: baseline £228,391,060.92 and scenario
    // £228,391,060.92 + £191,067.22 net cost (docs/method.md hand check).
    QVERIFY(std::fabs(series->barSets()[0]->at(0) - 228.39106092) < 1e-6);
    QVERIFY(std::fabs(series->barSets()[1]->at(0) - 228.58212814) < 1e-6);
    // Every bar is the engine's total for its year.
    for (int t = 0; t < 5; ++t) {
        QVERIFY(std::fabs(series->barSets()[0]->at(t) -
                          w.appraisal().baseline.totalSpend[static_cast<std::size_t>(t)] / 1e6) <
                1e-9);
        QVERIFY(std::fabs(series->barSets()[1]->at(t) -
                          w.appraisal().scenario.totalSpend[static_cast<std::size_t>(t)] / 1e6) <
                1e-9);
    }
}

void TestMainWindow::settingFilterShowsThatSetting() {
    MainWindow w(store::loadSample());
    auto* settings = w.findChild<QComboBox*>(QStringLiteral("settingCombo"));
    settings->setCurrentIndex(settings->findData(static_cast<int>(Setting::Community)));
    QBarSeries* series = spendSeries(w);
    QVERIFY(series);
    // Community in 2016/17: the block £5,809,787.50 in the baseline; plus the
    // frailty team's £450,000 in the scenario (block: extra contacts are free).
    QVERIFY(std::fabs(series->barSets()[0]->at(0) - 5.8097875) < 1e-9);
    QVERIFY(std::fabs(series->barSets()[1]->at(0) - 6.2597875) < 1e-9);
}

void TestMainWindow::switchingScenarioUpdatesTilesAndTable() {
    MainWindow w(store::loadSample());
    auto* investment = w.findChild<QLabel*>(QStringLiteral("tile_investment"));
    QVERIFY(investment);
    const QString before = investment->text();
    QVERIFY(w.selectScenario(QStringLiteral("diabetes")));
    QVERIFY(investment->text() != before);
    // The tile shows the engine's figure in board format.
    const Project p = store::loadSample();
    const Appraisal a = appraise(p, *p.findScenario("diabetes"));
    QCOMPARE(investment->text(), QString::fromStdString(formatMoney(a.impact.investment)));
    auto* table = w.findChild<QTableView*>(QStringLiteral("yearlyTable"));
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("2016/17"));
    QCOMPARE(table->model()->headerData(5, Qt::Horizontal).toString(), QStringLiteral("Total"));
}

void TestMainWindow::tableModelPassesTester() {
    YearlyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Project p = store::loadSample();
    model.setReport(yearlyReport(appraise(p, *p.findScenario("frailty"))), 2016, 5);
    QVERIFY(model.rowCount() > 10);
    QCOMPARE(model.columnCount(), 6);
    // Same shape again: dataChanged, not a reset.
    model.setReport(yearlyReport(appraise(p, *p.findScenario("diabetes"))), 2016, 5);
    // A different horizon: a reset.
    model.setReport({}, 2016, 3);
    QCOMPARE(model.rowCount(), 0);
}

void TestMainWindow::copyGivesTabSeparatedFigures() {
    MainWindow w(store::loadSample());
    auto* table = w.findChild<QTableView*>(QStringLiteral("yearlyTable"));
    const auto* model = static_cast<const YearlyTableModel*>(table->model());
    const QStringList lines = model->toTsv().split(QLatin1Char('\n'));
    QCOMPARE(lines[0], QStringLiteral("\t2016/17\t2017/18\t2018/19\t2019/20\t2020/21\tTotal"));
    // The second line is the baseline acute spend, full precision.
    QVERIFY2(lines[2].startsWith(QStringLiteral("Acute\t142570033.42\t")), qPrintable(lines[2]));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
