// The results view on the sample, offscreen, at the size it has in a
// 1280x800 window: what a board reads must be whole, signed one way, steady
// and readable by a screen reader (issue 7). Expected figures come from the
// CLI on the same sample (`careshift-cli --sample --scenario X`), quoted
// beside each check; no check depends on how long anything takes.

#include "engine/appraisal.h"
#include "engine/format.h"
#include "engine/outcomes.h"
#include "engine/validate.h"
#include "gui/charts/charts.h"
#include "gui/document/projectdocument.h"
#include "gui/results/outcomesview.h"
#include "gui/results/resultsview.h"
#include "gui/results/summarytiles.h"
#include "gui/results/yearlytablemodel.h"
#include "store/sample.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace careshift;

namespace {

/// The results area of the window at 1280x800: about 630 pixels wide beside
/// the project tree and the scenario's side panel (772 with a narrower tree).
constexpr int kResultsHeight = 770;

/// A document and its results view, shown offscreen on one scenario.
struct Shown {
    explicit Shown(Project project, const char* scenario, int width = 632)
        : doc(std::move(project))
        , view(&doc) {
        view.resize(width, kResultsHeight);
        view.setScenario(scenario);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            qWarning("window not exposed");
        settle();
    }
    static void settle() {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }
    QTabWidget* tabs() const { return view.findChild<QTabWidget*>(QStringLiteral("chartTabs")); }
    QChart* chart(ResultsView::ChartTab tab) const { return view.chartView(tab)->chart(); }
    /// Shows a chart's tab, so that it is brought up to date and laid out.
    QChart* show(ResultsView::ChartTab tab) {
        tabs()->setCurrentIndex(tab);
        settle();
        return chart(tab);
    }
    QString tile(const char* key) const {
        return view.findChild<QLabel*>(QStringLiteral("tile_") + QLatin1String(key))->text();
    }

    ProjectDocument doc;
    ResultsView view;
};

QString plain(const QString& html) {
    QTextDocument d;
    d.setHtml(html);
    return d.toPlainText();
}

/// The text Qt Charts actually drew: every visible text item of the chart's
/// scene (title, axis titles, tick and category labels), as plain text.
QStringList drawnTexts(QChart* chart) {
    QStringList texts;
    const auto items = chart->scene()->items();
    for (QGraphicsItem* item : items)
        if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item))
            if (text->isVisible() && !text->toPlainText().isEmpty())
                texts << text->toPlainText();
    return texts;
}

/// The drawn labels of a value axis: the texts that are plain numbers.
QStringList drawnNumbers(QChart* chart) {
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    QStringList numbers;
    for (const QString& t : drawnTexts(chart))
        if (number.match(t).hasMatch())
            numbers << t;
    return numbers;
}

QStringList categories(QChart* chart, Qt::Orientation orientation) {
    const auto axes = chart->axes(orientation);
    for (QAbstractAxis* axis : axes)
        if (auto* c = qobject_cast<QBarCategoryAxis*>(axis)) {
            QStringList out;
            const QStringList all = c->categories();
            for (const QString& s : all)
                out << plain(s).remove(QChar(0x200B));
            return out;
        }
    return {};
}

QValueAxis* valueAxis(QChart* chart) {
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes)
        if (auto* v = qobject_cast<QValueAxis*>(axis))
            return v;
    return nullptr;
}

QBarSet* barSet(QChart* chart, int set) {
    auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().first());
    return series ? series->barSets().value(set) : nullptr;
}

bool near(double a, double b, double tolerance = 1e-6) {
    return std::fabs(a - b) <= tolerance;
}

const ResultsView::ChartTab kAllTabs[] = {
    ResultsView::NetSavingTab, ResultsView::SavingBySettingTab, ResultsView::WaterfallTab,
    ResultsView::ActivityTab,  ResultsView::SpendTab,           ResultsView::WhoPaysTab};

} // namespace

class TestResults : public QObject {
    Q_OBJECT
private slots:
    void niceRange_data();
    void niceRange();
    void labelsAreWhole_data();
    void labelsAreWhole();
    void waterfallLabelsSayEachStep();
    void activityLabelsKeepTheirNumbers();
    void noChangeHasAFixedAxis();
    void tilesKeepTheirHeight_data();
    void tilesKeepTheirHeight();
    void savingIsPositiveEverywhere();
    void changeComesFirstAndSpendAxisSaysWhereItStarts();
    void yearsAreFinancialYears();
    void everyFocusableWidgetHasAName();
    void tilesSayTheirValue();
    void chartsUpdateInPlaceAndHiddenTabsWhenShown();
    void hiddenViewKeepsItsTableCurrent();
    void warningsAboveTheResults();
    void invalidProjectShowsTheMessageAndNoNumbers();
    void figuresTheEngineRefusesAreNotShown();
    void breakEvenNotAchievable();
    void tableModelPassesTester();
    void whoPaysSaysWhoSavesAndWhoPays();
    void outcomesGridRendersForEverySampleScenario_data();
    void outcomesGridRendersForEverySampleScenario();
    void outcomeGridModelPassesTester();
};

void TestResults::niceRange_data() {
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<double>("expectedLo");
    QTest::addColumn<double>("expectedHi");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("decimals");
    // Nothing to show: a fixed -1 to 1, never five ticks all labelled "0.0".
    QTest::newRow("all zero") << 0.0 << 0.0 << -1.0 << 1.0 << 0.5 << 1;
    // Frailty net saving, £m: -0.191 to 0.344 plus 8% -> steps of 0.2.
    QTest::newRow("frailty") << -0.234 << 0.387 << -0.4 << 0.4 << 0.2 << 1;
    // Spend £228m-£245m padded: steps of 5 from 225.
    QTest::newRow("spend") << 225.8 << 247.8 << 225.0 << 250.0 << 5.0 << 0;
    // A quarter step needs two decimals: 0 to 1.1 in steps of 0.25.
    QTest::newRow("quarter") << 0.0 << 1.1 << 0.0 << 1.25 << 0.25 << 2;
    QTest::newRow("tiny") << 0.0 << 0.00042 << 0.0 << 0.0005 << 0.0001 << 4;
}

void TestResults::niceRange() {
    QFETCH(double, lo);
    QFETCH(double, hi);
    const charts::AxisRange r = charts::niceRange(lo, hi);
    QFETCH(double, expectedLo);
    QVERIFY2(near(r.lo, expectedLo, 1e-12), qPrintable(QString::number(r.lo)));
    QFETCH(double, expectedHi);
    QVERIFY2(near(r.hi, expectedHi, 1e-12), qPrintable(QString::number(r.hi)));
    QFETCH(double, step);
    QVERIFY(near(r.step, step, 1e-12));
    QTEST(r.decimals, "decimals");
    QCOMPARE(r.ticks, static_cast<int>(std::lround((r.hi - r.lo) / r.step)) + 1);
    QVERIFY(r.lo <= lo && r.hi >= hi);
}

void TestResults::labelsAreWhole_data() {
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("horizon");
    for (int width : {632, 772})
        for (const char* s : {"do-nothing", "frailty", "diabetes", "combined"})
            QTest::addRow("%s at %d", s, width) << QString::fromLatin1(s) << width << 5;
    // Twenty years of financial-year labels side by side do not fit: turned, not cut.
    QTest::addRow("combined over 20 years") << QStringLiteral("combined") << 632 << 20;
}

void TestResults::labelsAreWhole() {
    QFETCH(QString, scenario);
    QFETCH(int, width);
    QFETCH(int, horizon);
    Project p = store::loadSample();
    p.assumptions.horizon = horizon;
    Shown s(p, scenario.toUtf8().constData(), width);
    for (ResultsView::ChartTab tab : kAllTabs) {
        QChart* chart = s.show(tab);
        const QStringList drawn = drawnTexts(chart);
        QVERIFY(!drawn.isEmpty());
        // Qt Charts cuts what does not fit with "..."; nothing may be cut.
        for (const QString& t : drawn)
            QVERIFY2(!t.contains(QLatin1String("...")),
                     qPrintable(QStringLiteral("tab %1: '%2'").arg(tab).arg(t)));
        // And every category is drawn (none hidden for want of room).
        for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical})
            for (const QString& c : categories(chart, o))
                QVERIFY2(drawn.contains(c),
                         qPrintable(QStringLiteral("tab %1: '%2' not drawn in %3")
                                        .arg(tab)
                                        .arg(c, drawn.join(QLatin1Char('|')))));
    }
    // The yearly table: every figure fits its column (a 20-year table scrolls).
    auto* table = s.view.findChild<QTableView*>(QStringLiteral("yearlyTable"));
    QFont bold = table->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    QAbstractItemModel* model = table->model();
    for (int c = 0; c < model->columnCount(); ++c)
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString text = model->index(r, c).data().toString();
            QVERIFY2(fm.horizontalAdvance(text) + 6 <= table->horizontalHeader()->sectionSize(c),
                     qPrintable(text));
        }
    // Five years and the total fit side by side, without scrolling.
    if (horizon == 5)
        QVERIFY(!table->horizontalScrollBar()->isVisible());
}

void TestResults::waterfallLabelsSayEachStep() {
    // Diabetes over five years (CLI): investment £867,029; acute
    // £960,997,518 - £942,225,594 = £18,771,924 saved; primary care
    // £377,770,427 - £372,749,001 = £5,021,426 less spent, plus the device's
    // £867,029 counted as the investment, not against primary care: £5,888,455
    // (prescription items avoided); social care £75,744,775 - £75,430,482 =
    // £314,293; net saving £24,107,643.
    Shown s(store::loadSample(), "diabetes");
    QChart* chart = s.show(ResultsView::WaterfallTab);
    QCOMPARE(categories(chart, Qt::Horizontal),
             (QStringList{QStringLiteral("Investment\n-£867k"), QStringLiteral("Acute\n+£18.8m"),
                          QStringLiteral("Primary\ncare\n+£5.89m"), // narrow bars: two lines
                          QStringLiteral("Social care\n+£314k"), QStringLiteral("Net\n£24.1m")}));
    // The tooltip of a step has the exact figure.
    auto* waterfall = chart->findChild<charts::WaterfallChart*>();
    QVERIFY(waterfall);
    QVERIFY(s.view.chartView(ResultsView::WaterfallTab)
                ->accessibleDescription()
                .contains(QStringLiteral("Investment -£867k; Acute +£18.8m")));
}

void TestResults::activityLabelsKeepTheirNumbers() {
    // Combined, five years (CLI "Emergency admissions avoided" 4,509): every
    // PoD label ends in its whole count; a label too long for the axis is
    // shortened deliberately (units, then the bracketed qualifier, then the
    // end of the name with "…") and its full text is in the summary.
    Shown s(store::loadSample(), "combined");
    QChart* chart = s.show(ResultsView::ActivityTab);
    const QStringList labels = categories(chart, Qt::Vertical);
    auto* activity = chart->findChild<charts::ActivityChart*>();
    QVERIFY(activity);
    // Every PoD of the sample but maternity moves: 14. At this height 12 rows
    // fit (each one and a half lines of the label font): the 12 largest
    // changes are drawn, the title says so, and all 14 are in the full labels.
    QCOMPARE(labels.size(), 12);
    QCOMPARE(activity->fullLabels().size(), 14);
    QVERIFY2(chart->title().contains(QStringLiteral("the 12 largest of 14 changes")),
             qPrintable(chart->title()));
    QVERIFY(labels.contains(QStringLiteral("Emergency admission (-4,551 spells)")));
    static const QRegularExpression count(QStringLiteral("\\([+-][0-9,]+( [a-z ]+)?\\)$"));
    const QString summary = s.view.chartView(ResultsView::ActivityTab)->accessibleDescription();
    for (const QString& label : labels) {
        QVERIFY2(count.match(label).hasMatch(), qPrintable(label));
        QVERIFY2(!label.contains(QLatin1String("...")), qPrintable(label));
    }
    // "Care home week (NHS-funded) (-2,671 resident weeks)" does not fit 40%
    // of a 632-pixel chart: it keeps its number and loses the qualifier.
    QVERIFY2(labels.contains(QStringLiteral("Care home week (-2,671)")),
             qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY(activity->fullLabels().contains(
        QStringLiteral("Care home week (NHS-funded) (-2,671 resident weeks)")));
    QVERIFY(summary.contains(QStringLiteral("Care home week (NHS-funded): -2,671 resident weeks")));
}

void TestResults::noChangeHasAFixedAxis() {
    // "Do nothing" is the baseline: every saving is £0. The money axes run
    // from -1 to 1 (£m) with five distinct labels and say why.
    Shown s(store::loadSample(), "do-nothing");
    const QStringList expected = {QStringLiteral("-1.0"), QStringLiteral("-0.5"),
                                  QStringLiteral("0.0"), QStringLiteral("0.5"),
                                  QStringLiteral("1.0")};
    for (ResultsView::ChartTab tab :
         {ResultsView::NetSavingTab, ResultsView::SavingBySettingTab, ResultsView::WaterfallTab}) {
        QChart* chart = s.show(tab);
        QValueAxis* axis = valueAxis(chart);
        QVERIFY(near(axis->min(), -1) && near(axis->max(), 1));
        QStringList numbers = drawnNumbers(chart);
        numbers.sort();
        QStringList want = expected;
        want.sort();
        QCOMPARE(numbers, want);
        QVERIFY(chart->title().contains(QStringLiteral("No change from the baseline")));
    }
    QChart* activity = s.show(ResultsView::ActivityTab);
    QCOMPARE(categories(activity, Qt::Vertical), QStringList{QStringLiteral("No change")});
    QVERIFY(activity->title().contains(QStringLiteral("No change from the baseline")));
    // Where something does change, no tick reads "-0.0" (frailty's saving by
    // setting runs from -£0.45m to +£0.34m).
    Shown frailty(store::loadSample(), "frailty");
    const QStringList ticks = drawnNumbers(frailty.show(ResultsView::SavingBySettingTab));
    QVERIFY(ticks.contains(QStringLiteral("0.0")));
    QVERIFY2(!ticks.contains(QStringLiteral("-0.0")), qPrintable(ticks.join(QLatin1Char(' '))));
    QCOMPARE(QSet<QString>(ticks.begin(), ticks.end()).size(), ticks.size());
}

void TestResults::tilesKeepTheirHeight_data() {
    QTest::addColumn<int>("width");
    QTest::newRow("632") << 632;
    QTest::newRow("772") << 772;
    QTest::newRow("1100") << 1100; // a wide window: most captions on one line
}

void TestResults::tilesKeepTheirHeight() {
    // The tiles and the charts below them stay put whatever the scenario
    // says: "Do nothing" has short captions, frailty longer ones.
    QFETCH(int, width);
    Shown s(store::loadSample(), "do-nothing", width);
    auto* tiles = s.view.findChild<SummaryTiles*>(QStringLiteral("summaryTiles"));
    const int height = tiles->height();
    const int tabsTop = s.tabs()->mapTo(&s.view, QPoint(0, 0)).y();
    for (const char* scenario : {"frailty", "diabetes", "combined", "do-nothing"}) {
        s.view.setScenario(scenario);
        Shown::settle();
        QCOMPARE(tiles->height(), height);
        QCOMPARE(s.tabs()->mapTo(&s.view, QPoint(0, 0)).y(), tabsTop);
        // Every caption fits its two lines, every heading its one.
        for (QLabel* caption :
             tiles->findChildren<QLabel*>(QRegularExpression(QStringLiteral("^tileCaption_")))) {
            QVERIFY2(caption->heightForWidth(caption->width()) <= caption->height(),
                     qPrintable(caption->objectName() + QLatin1String(": ") + caption->text()));
        }
        for (QLabel* value :
             tiles->findChildren<QLabel*>(QRegularExpression(QStringLiteral("^tile_")))) {
            QVERIFY2(value->sizeHint().width() <= value->width(), qPrintable(value->text()));
        }
        for (QLabel* heading :
             tiles->findChildren<QLabel*>(QRegularExpression(QStringLiteral("^tileHeading_")))) {
            QVERIFY2(heading->sizeHint().width() <= heading->width(), qPrintable(heading->text()));
        }
    }
}

void TestResults::savingIsPositiveEverywhere() {
    // One convention: saving = baseline - scenario; more spent is a negative saving.
    Shown s(store::loadSample(), "frailty");
    const Appraisal& a = s.doc.appraisal("frailty");
    // Net saving 2016/17 (docs/method.md hand check, and the CLI): +£64,738.01;
    // 2020/21 +£988,118.04 (CLI, golden frailty.csv).
    QChart* net = s.show(ResultsView::NetSavingTab);
    QVERIFY(near(barSet(net, 0)->at(0), 0.06473801, 1e-8));
    QVERIFY(near(barSet(net, 0)->at(4), 0.98811804, 1e-8));
    // By setting, 2016/17 (hand check): community £29,868,151 -> £30,318,151 is
    // £450,000 more spent, a saving of -£0.45m; social care +£151,174.69 saved;
    // acute +£363,563.32 (the 70% marginal rate, A&E and CQUIN).
    QChart* bySetting = s.show(ResultsView::SavingBySettingTab);
    auto* series = qobject_cast<QBarSeries*>(bySetting->series().first());
    QCOMPARE(series->count(), 3);
    QCOMPARE(series->barSets()[0]->label(), QStringLiteral("Acute"));
    QCOMPARE(series->barSets()[1]->label(), QStringLiteral("Community"));
    QCOMPARE(series->barSets()[2]->label(), QStringLiteral("Social care"));
    QVERIFY(near(series->barSets()[0]->at(0), 0.36356332, 1e-8));
    QVERIFY(near(series->barSets()[1]->at(0), -0.45, 1e-9));
    QVERIFY(near(series->barSets()[2]->at(0), 0.1511746875, 1e-9));
    // Waterfall: the investment (£2,117,351.76: £450,000, then £400,000 by the
    // cost index) is a negative saving; the last bar is the net saving, +£3,234,809.
    QChart* waterfall = s.show(ResultsView::WaterfallTab);
    auto* stacked = qobject_cast<QStackedBarSeries*>(waterfall->series().first());
    auto visible = [&](int i) {
        return stacked->barSets()[0]->at(i) + stacked->barSets()[1]->at(i) +
               stacked->barSets()[2]->at(i);
    };
    QVERIFY(near(visible(0), -2.11735176, 1e-8));
    QVERIFY(near(visible(stacked->barSets()[0]->count() - 1), a.impact.netSaving / 1e6, 1e-9));
    QVERIFY(near(a.impact.netSaving, 3234809.16, 0.01));
    // Every money axis of a change says which way is a saving.
    for (ResultsView::ChartTab tab :
         {ResultsView::NetSavingTab, ResultsView::SavingBySettingTab, ResultsView::WaterfallTab})
        QVERIFY2(plain(valueAxis(s.chart(tab))->titleText())
                     .contains(QStringLiteral("positive = less spent")),
                 qPrintable(valueAxis(s.chart(tab))->titleText()));
    // The table's savings: net saving 2016/17 +£64,738, said the same way.
    YearlyTableModel* table = s.view.tableModel();
    int netRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->headerData(r, Qt::Vertical).toString().trimmed() == QStringLiteral("Net saving"))
            netRow = r;
    QVERIFY(netRow >= 0);
    QCOMPARE(table->index(netRow, 0).data().toString(), QStringLiteral("£64.7k"));
    QVERIFY(table->headerData(netRow, Qt::Vertical, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("positive means less is spent")));
}

void TestResults::changeComesFirstAndSpendAxisSaysWhereItStarts() {
    Shown s(store::loadSample(), "frailty");
    QTabWidget* tabs = s.tabs();
    QCOMPARE(tabs->count(), 8); // the six charts, the outcomes grid, the people (cohort)
    QCOMPARE(tabs->widget(6)->objectName(), QStringLiteral("outcomesView"));
    QCOMPARE(tabs->widget(7)->objectName(), QStringLiteral("cohortView"));
    QCOMPARE(tabs->widget(0)->objectName(), QStringLiteral("impactChart"));
    QCOMPARE(tabs->widget(1)->objectName(), QStringLiteral("changeChart"));
    QCOMPARE(tabs->widget(2)->objectName(), QStringLiteral("waterfallChart"));
    QCOMPARE(tabs->widget(3)->objectName(), QStringLiteral("activityChart"));
    QVERIFY(tabs->widget(4)->findChild<QChartView*>(QStringLiteral("spendChart")));
    QVERIFY(tabs->widget(5)->findChild<QChartView*>(QStringLiteral("whoPaysChart")));
    QCOMPARE(tabs->currentIndex(), 0);
    // Spend 2016/17-2020/21 (CLI) is £347.1m-£374.9m: 8% apart, so the axis
    // starts near the smallest bar, and the chart says so.
    QChart* spend = s.show(ResultsView::SpendTab);
    QValueAxis* axis = valueAxis(spend);
    QVERIFY2(axis->min() > 0 && axis->min() < 347.057944, qPrintable(QString::number(axis->min())));
    QVERIFY(axis->max() >= 374.947843);
    QVERIFY(spend->title().contains(QStringLiteral("does not start at £0")));
    QVERIFY(drawnTexts(spend)
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("The axis does not start at £0")));
    QVERIFY(!spend->findChild<charts::SpendChart*>()->axisFromZero());
}

void TestResults::yearsAreFinancialYears() {
    // Base year 2016: "2016/17", never "2,016" or "2016".
    Shown s(store::loadSample(), "frailty");
    static const QRegularExpression financialYear(QStringLiteral("^(\u25C6 )?\\d{4}/\\d{2}$"));
    // The frailty team pays back in its first year (net saving +£64,738.01).
    const QStringList expected = {QStringLiteral("\u25C6 2016/17"), QStringLiteral("2017/18"),
                                  QStringLiteral("2018/19"), QStringLiteral("2019/20"),
                                  QStringLiteral("2020/21")};
    QCOMPARE(categories(s.show(ResultsView::NetSavingTab), Qt::Horizontal), expected);
    for (ResultsView::ChartTab tab : {ResultsView::SavingBySettingTab, ResultsView::SpendTab}) {
        const QStringList years = categories(s.show(tab), Qt::Horizontal);
        QCOMPARE(years.size(), 5);
        for (const QString& y : years)
            QVERIFY2(financialYear.match(y).hasMatch(), qPrintable(y));
    }
    YearlyTableModel* table = s.view.tableModel();
    for (int c = 0; c < 5; ++c)
        QCOMPARE(table->headerData(c, Qt::Horizontal).toString(),
                 QString::fromStdString(formatFinancialYear(2016 + c)));
    QCOMPARE(table->headerData(5, Qt::Horizontal).toString(), QStringLiteral("Total"));
    QCOMPARE(s.tile("payback"), QStringLiteral("2016/17"));
    // Nothing drawn anywhere has a year with a thousands separator.
    static const QRegularExpression separatedYear(QStringLiteral("\\b2,0\\d\\d\\b"));
    for (ResultsView::ChartTab tab : kAllTabs)
        for (const QString& t : drawnTexts(s.show(tab)))
            QVERIFY2(!separatedYear.match(t).hasMatch(), qPrintable(t));
}

void TestResults::everyFocusableWidgetHasAName() {
    // Every widget a keyboard user can reach has a name a screen reader says;
    // every chart also says what it shows.
    Shown s(store::loadSample(), "frailty");
    QStringList unnamed;
    for (QWidget* w : s.view.findChildren<QWidget*>())
        if (w->focusPolicy() != Qt::NoFocus && w->accessibleName().isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                           w->objectName() + QLatin1String(" in ") +
                           QString::fromLatin1(w->parentWidget()->metaObject()->className()) +
                           QLatin1Char(' ') + w->parentWidget()->objectName();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    QVERIFY(!s.tabs()->accessibleName().isEmpty());
    QVERIFY(!s.tabs()->accessibleDescription().isEmpty());
    for (ResultsView::ChartTab tab : kAllTabs) {
        s.show(tab);
        QChartView* view = s.view.chartView(tab);
        QVERIFY(!view->accessibleName().isEmpty());
        QVERIFY2(!view->accessibleDescription().isEmpty(), qPrintable(view->objectName()));
    }
    // The net saving chart's description has the figures (CLI 2016/17 £64,738).
    QVERIFY(s.view.chartView(ResultsView::NetSavingTab)
                ->accessibleDescription()
                .contains(QStringLiteral("2016/17 £64.7k")));
}

void TestResults::tilesSayTheirValue() {
    // Combined (CLI): net saving £27,342,452 over 5 years, ROI 916.19%.
    Shown s(store::loadSample(), "combined");
    auto* net = s.view.findChild<QLabel*>(QStringLiteral("tile_netSaving"));
    QCOMPARE(net->text(), QStringLiteral("£27.3m"));
    QCOMPARE(net->accessibleName(), QStringLiteral("Net saving: £27.3m over 5 years"));
    QVERIFY(net->focusPolicy() & Qt::TabFocus);
    const auto values = s.view.findChildren<QLabel*>(QRegularExpression(QStringLiteral("^tile_")));
    QCOMPARE(values.size(), 8);
    for (QLabel* value : values) {
        QVERIFY(value->text() != QStringLiteral("–"));
        QVERIFY2(value->accessibleName().contains(value->text()),
                 qPrintable(value->objectName() + QLatin1String(": ") + value->accessibleName()));
        // And through the accessibility interface a screen reader uses.
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(value);
        QVERIFY(iface);
        QVERIFY(iface->text(QAccessible::Name).contains(value->text()));
    }
    QCOMPARE(s.view.findChild<QLabel*>(QStringLiteral("tile_roi"))->accessibleName(),
             QStringLiteral("Return on investment: 916% net saving / investment"));
}

void TestResults::chartsUpdateInPlaceAndHiddenTabsWhenShown() {
    Shown s(store::loadSample(), "frailty");
    QChart* net = s.chart(ResultsView::NetSavingTab);
    QAbstractSeries* series = net->series().first();
    QBarSet* set = barSet(net, 0);
    QAbstractAxis* years = net->axes(Qt::Horizontal).first();
    QChart* waterfall = s.chart(ResultsView::WaterfallTab);
    const double waterfallBefore = barSet(waterfall, 1)->at(0) + barSet(waterfall, 2)->at(0);

    // An edit: the frailty team reaches 20% of the over-70s instead of 15%.
    Project p = s.doc.project();
    p.interventions[0].coverage = 0.2;
    const Appraisal expected = appraise(p, *p.findScenario("frailty"));
    s.doc.replaceProject(p);
    QTRY_VERIFY(near(set->at(4), expected.impact.years[4].netSaving / 1e6, 1e-9));
    // The same series, set and axis, updated in place rather than rebuilt.
    QCOMPARE(net->series().first(), series);
    QCOMPARE(barSet(net, 0), set);
    QCOMPARE(net->axes(Qt::Horizontal).first(), years);
    QCOMPARE(s.tile("netSaving"), QString::fromStdString(formatMoney(expected.impact.netSaving)));
    // The waterfall, behind another tab, waits until it is shown...
    QCOMPARE(barSet(waterfall, 1)->at(0) + barSet(waterfall, 2)->at(0), waterfallBefore);
    s.show(ResultsView::WaterfallTab);
    // ...and then shows the new investment as a negative saving.
    QVERIFY(near(barSet(waterfall, 1)->at(0) + barSet(waterfall, 2)->at(0),
                 -expected.impact.investment / 1e6, 1e-9));
}

void TestResults::hiddenViewKeepsItsTableCurrent() {
    // The results on a page behind another (the user edits a table): the
    // yearly table, which File > Export reads from any page, follows every
    // edit; the chart waits until the page is shown.
    ProjectDocument doc(store::loadSample());
    QWidget window;
    auto* stack = new QStackedWidget(&window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(stack);
    stack->addWidget(new QLabel(QStringLiteral("another page")));
    auto* view = new ResultsView(&doc);
    stack->addWidget(view);
    view->setScenario("frailty");
    window.resize(800, kResultsHeight);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!view->isVisible());
    QBarSet* net = barSet(view->chartView(ResultsView::NetSavingTab)->chart(), 0);
    const double before = net->at(4);

    Project p = doc.project();
    p.interventions[0].coverage = 0.2;
    const Appraisal expected = appraise(p, *p.findScenario("frailty"));
    doc.replaceProject(p);
    YearlyTableModel* table = view->tableModel();
    int netRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->headerData(r, Qt::Vertical).toString().trimmed() == QStringLiteral("Net saving"))
            netRow = r;
    QVERIFY(netRow >= 0);
    QTRY_COMPARE(table->index(netRow, 5).data(YearlyTableModel::ValueRole).toDouble(),
                 expected.impact.netSaving);
    QCOMPARE(net->at(4), before);
    stack->setCurrentWidget(view);
    Shown::settle();
    QVERIFY(near(net->at(4), expected.impact.years[4].netSaving / 1e6, 1e-9));
}

void TestResults::warningsAboveTheResults() {
    // The frailty team starting in 2023/24, after the last year 2020/21: the
    // scenario runs (no effect, no cost) and the engine's warning says why.
    Project p = store::loadSample();
    p.interventions[0].startYear = 7;
    const std::vector<Problem> warnings = scenarioWarnings(p, *p.findScenario("frailty"));
    QCOMPARE(warnings.size(), std::size_t{1});
    Shown s(p, "frailty");
    QVERIFY2(s.view.warnings().contains(QString::fromStdString(warnings[0].toString())),
             qPrintable(s.view.warnings()));
    QVERIFY(s.view.warnings().startsWith(QStringLiteral("Warning: ")));
    auto* label = s.view.findChild<QLabel*>(QStringLiteral("scenarioWarnings"));
    QVERIFY(label->isVisible());
    auto* tiles = s.view.findChild<SummaryTiles*>(QStringLiteral("summaryTiles"));
    QVERIFY(label->mapTo(&s.view, QPoint(0, 0)).y() < tiles->mapTo(&s.view, QPoint(0, 0)).y());
    QCOMPARE(s.tile("netSaving"), QStringLiteral("£0")); // nothing happens within the horizon
    // Another scenario without the team has nothing to say.
    s.view.setScenario("diabetes");
    QCOMPARE(s.view.warnings(), QString());
    QVERIFY(!label->isVisible());
}

void TestResults::invalidProjectShowsTheMessageAndNoNumbers() {
    // A negative population cannot be projected: the engine's message takes
    // the place of the results and no figure is left anywhere.
    Project p = store::loadSample();
    p.population[0].baseCount = -5;
    const std::vector<Problem> problems = validate(p);
    QVERIFY(!problems.empty());
    Shown s(p, "frailty");
    QVERIFY(s.view.problem().contains(QString::fromStdString(problems[0].toString())));
    auto* message = s.view.findChild<QLabel*>(QStringLiteral("resultsProblem"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QString::fromStdString(problems[0].toString())));
    QVERIFY(!s.tabs()->isVisible());
    QVERIFY(!s.view.findChild<SummaryTiles*>(QStringLiteral("summaryTiles"))->isVisible());
    for (QLabel* value : s.view.findChildren<QLabel*>(QRegularExpression(QStringLiteral("^tile_"))))
        QCOMPARE(value->text(), QStringLiteral("–"));
    QCOMPARE(s.view.tableModel()->rowCount(), 0);
    QCOMPARE(s.view.tableAsTsv().count(QLatin1Char('\n')), 1); // the header only

    // Put right, the results come back (frailty net saving £3,234,809, CLI).
    s.doc.replaceProject(store::loadSample());
    QTRY_COMPARE(s.tile("netSaving"), QStringLiteral("£3.23m"));
    QCOMPARE(s.view.problem(), QString());
    QVERIFY(s.tabs()->isVisible());
    QVERIFY(!message->isVisible());
}

void TestResults::figuresTheEngineRefusesAreNotShown() {
    // Emergency admissions at £500m each: the sample's NEL spend would be
    // over £1 trillion in 2016/17. The engine refuses it (ProjectionError;
    // the CLI on the same project prints "a figure is too large to compute:
    // total spend in 2016/17 would be over £1 trillion. ...") and the view
    // shows that message, and no figure.
    Project p = store::loadSample();
    for (Pod& pod : p.pods)
        if (pod.code == "NEL")
            pod.price = 5e8;
    Shown s(p, "frailty");
    QVERIFY2(s.view.problem().contains(QStringLiteral(
                 "a figure is too large to compute: total spend in 2016/17 would be over "
                 "£1 trillion")),
             qPrintable(s.view.problem()));
    QVERIFY(s.view.findChild<QLabel*>(QStringLiteral("resultsProblem"))->isVisible());
    QVERIFY(!s.tabs()->isVisible());
    QCOMPARE(s.tile("netSaving"), QStringLiteral("–"));
    QCOMPARE(s.view.tableModel()->rowCount(), 0);
}

void TestResults::breakEvenNotAchievable() {
    // The frailty team at £40m a year instead of £400,000: its largest effect,
    // -15% of excess bed days, allows a multiplier of 1 / 0.15 = 6.67 at most
    // and at that the effects save far less than £40m a year, so breaking
    // even is not achievable (the CLI prints "Break-even effect multiplier
    // not achievable" for the same project).
    Project p = store::loadSample();
    p.interventions[0].fixedCostPerYear = 40'000'000;
    Shown s(p, "frailty");
    QCOMPARE(s.tile("breakEven"), QStringLiteral("None"));
    auto* caption = s.view.findChild<QLabel*>(QStringLiteral("tileCaption_breakEven"));
    QCOMPARE(caption->text(), QStringLiteral("not achievable: effects past -100%"));
    QVERIFY2(caption->heightForWidth(caption->width()) <= caption->height(), "caption fits");
    auto* tile = s.view.findChild<QLabel*>(QStringLiteral("tile_breakEven"));
    QCOMPARE(tile->accessibleName(),
             QStringLiteral("Break-even effect: None not achievable: effects past -100%"));
    // The real team breaks even at x0.40 (CLI "Break-even effect multiplier 0.40").
    s.doc.replaceProject(store::loadSample());
    QTRY_COMPARE(s.tile("breakEven"), QStringLiteral("×0.40"));
}

void TestResults::whoPaysSaysWhoSavesAndWhoPays() {
    // Frailty over five years (CLI --providers, docs/method.md "Who saves, who
    // pays"): the commissioner saves £3,234,809; the acute trust loses
    // £3,532,673 of income and £1,577,991 of margin (2016/17 by hand:
    // -£363,563.32 + 40% x £502,645.50 = -£162,505.12); the community trust is
    // paid the team's £2,117,352 and loses £104,164 of margin absorbing
    // contacts on its block; the care homes lose £1,819,488 of income. The
    // four providers whose figures do not move are left out.
    Shown s(store::loadSample(), "frailty");
    QChart* chart = s.show(ResultsView::WhoPaysTab);
    const QStringList parties = categories(chart, Qt::Vertical);
    QCOMPARE(parties.size(), 4);
    QCOMPARE(parties.back(), QStringLiteral("Commissioner")); // drawn at the top
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().first());
    QVERIFY(series);
    QBarSet* money = series->barSets()[0];
    QBarSet* margin = series->barSets()[1];
    QVERIFY(near(money->at(3), 3.23480916, 1e-6));   // commissioner's saving, £m
    QVERIFY(near(money->at(2), -3.53267335, 1e-6));  // acute income
    QVERIFY(near(margin->at(2), -1.57799067, 1e-6)); // acute margin
    QVERIFY(near(money->at(1), 2.11735176, 1e-6));   // community income: the team
    QVERIFY(near(money->at(0), -1.81948757, 1e-6));  // care homes' income
    // Money is not lost: the commissioner's saving is the providers' lost income.
    QVERIFY(near(money->at(3), -(money->at(2) + money->at(1) + money->at(0)), 1e-9));
    // The table below it, year by year: the commissioner's 2016/17 saving by hand.
    YearlyTableModel* table = s.view.providerTableModel();
    QCOMPARE(table->headerData(1, Qt::Vertical).toString().trimmed(),
             QStringLiteral("Saving (less spent)"));
    QCOMPARE(table->index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("£64,738"));
    QVERIFY(s.view.chartView(ResultsView::WhoPaysTab)
                ->accessibleDescription()
                .contains(QStringLiteral("Commissioner: saves £3.23m")));
}

void TestResults::tableModelPassesTester() {
    // The in-place updates (only changed rows signalled) under the tester.
    YearlyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Project p = store::loadSample();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setReport(yearlyReport(appraise(p, *p.findScenario("frailty"))), 2016, 5);
    model.setReport(yearlyReport(appraise(p, *p.findScenario("frailty"))), 2016, 5);
    QCOMPARE(changed.count(), 0); // the same figures: nothing to repaint
    model.setReport(yearlyReport(appraise(p, *p.findScenario("diabetes"))), 2016, 5);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed[0][0].toModelIndex().row() > 0); // the baseline rows did not move
    QCOMPARE(headers.count(), 0);
    model.setReport({}, 2016, 3);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestResults)
void TestResults::outcomesGridRendersForEverySampleScenario_data() {
    QTest::addColumn<QString>("scenario");
    for (const Scenario& s : store::loadSample().scenarios)
        QTest::newRow(s.id.c_str()) << QString::fromStdString(s.id);
}

void TestResults::outcomesGridRendersForEverySampleScenario() {
    // Every cell of the 5 x 3 grid has its metric, a rating as a word and a
    // symbol and a rank among the 11; the group column its score and weight;
    // the headline the engine's overall score for the scenario shown.
    QFETCH(QString, scenario);
    Shown s(store::loadSample(), scenario.toStdString().c_str(), 1000);
    s.tabs()->setCurrentIndex(ResultsView::kOutcomesTab);
    Shown::settle();
    OutcomesView* view = s.view.outcomesView();
    QVERIFY(view->isVisible());
    OutcomeGridModel* grid = view->model();
    QCOMPARE(grid->rowCount(), 5);
    QCOMPARE(grid->columnCount(), 4);
    static const QRegularExpression rating(
        QStringLiteral("(\u25BC Red|\u25A0 Amber|\u25B2 Green)"));
    for (int r = 0; r < 5; ++r) {
        for (int c = OutcomeGridModel::AccessColumn; c <= OutcomeGridModel::PreventionColumn; ++c) {
            const QString text = grid->data(grid->index(r, c)).toString();
            QVERIFY2(rating.match(text).hasMatch(), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral(" of 11")), qPrintable(text));
            QVERIFY(grid->data(grid->index(r, c), Qt::BackgroundRole).isValid());
        }
        const QString group = grid->data(grid->index(r, OutcomeGridModel::GroupColumn)).toString();
        QVERIFY(group.startsWith(QString::fromUtf8(groupName(static_cast<Group>(r)).data())));
        QVERIFY(group.contains(QStringLiteral("overall")));
    }
    const Project p = store::loadSample();
    const Scenario& sc = *p.findScenario(scenario.toStdString());
    const Appraisal a = appraise(p, sc);
    const OutcomeResult o = projectOutcomes(p, sc, a.baseline, a.scenario);
    QVERIFY2(view->headline().contains(QString::number(*o.scenarioScore[4], 'f', 1)),
             qPrintable(view->headline()));
    // Every row is tall enough for its text: nothing is cut.
    QTableView* table = view->grid();
    QTRY_VERIFY(table->rowHeight(0) > 0);
    for (int r = 0; r < 5; ++r) {
        qsizetype lines = 0; // before any wrapping
        for (int c = 0; c < 4; ++c)
            lines = std::max(lines,
                             grid->data(grid->index(r, c)).toString().count(QLatin1Char('\n')) + 1);
        QVERIFY2(table->rowHeight(r) >= lines * table->fontMetrics().lineSpacing(),
                 qPrintable(QStringLiteral("row %1: %2 px for %3 lines")
                                .arg(r)
                                .arg(table->rowHeight(r))
                                .arg(lines)));
    }
}

void TestResults::outcomeGridModelPassesTester() {
    OutcomeGridModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Project p = store::loadSample();
    const Scenario& sc = *p.findScenario("combined");
    const Appraisal a = appraise(p, sc);
    model.setOutcomes(p, projectOutcomes(p, sc, a.baseline, a.scenario), 4);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(
        model.toTsv().startsWith(QStringLiteral("Patient group\tAccess\tQuality\tPrevention\n")));
    model.setOutcomes(Project{}, OutcomeResult{}, 0);
    QCOMPARE(model.rowCount(), 0);
}

#include "tst_results.moc"
