// The embedded sample commissioner: it loads, every figure has a source, and
// the frailty scenario's first year matches the hand check in docs/method.md.

#include "engine/appraisal.h"
#include "engine/options.h"
#include "store/jsonio.h"
#include "store/sample.h"

#include <QTest>

#include <cmath>

using namespace careshift;

class TestSample : public QObject {
    Q_OBJECT
private slots:
    void loadsAndValidates();
    void everyFigureHasASource();
    void populationIsAbout250000();
    void scenariosArePresent();
    void frailtyFirstYearMatchesHandCheck();
    void frailtyUnderEachRegime();
    void totalsReconcileForEveryScenario();
};

void TestSample::loadsAndValidates() {
    const Project p = store::loadSample();
    QCOMPARE(QString::fromStdString(p.commissioner.name), QStringLiteral("NHS Anytown CCG"));
    QCOMPARE(p.commissioner.baseYear, 2016);
    QVERIFY(validate(p).empty());
    QVERIFY(p.pods.size() >= 10 && p.pods.size() <= 15);
}

void TestSample::everyFigureHasASource() {
    const Project p = store::loadSample();
    auto has = [](const std::string& s) { return s.size() >= 10; };
    QVERIFY(has(p.commissioner.source));
    QVERIFY(has(p.assumptions.source));
    for (const auto& x : p.population)
        QVERIFY2(has(x.source), groupKey(x.group).data());
    for (const auto& x : p.providers)
        QVERIFY2(has(x.source), x.id.c_str());
    for (const auto& x : p.contracts)
        QVERIFY2(has(x.source), x.id.c_str());
    for (const auto& x : p.pods) {
        QVERIFY2(has(x.priceSource), x.code.c_str());
        QVERIFY2(has(x.source), x.code.c_str());
    }
    for (const auto& x : p.activity)
        QVERIFY2(has(x.source), x.pod.c_str());
    for (const auto& iv : p.interventions) {
        QVERIFY2(has(iv.source), iv.id.c_str());
        for (const auto& e : iv.effects)
            QVERIFY2(has(e.source), e.pod.c_str());
        for (const auto& s : iv.substitutions)
            QVERIFY2(has(s.source), s.toPod.c_str());
    }
}

void TestSample::populationIsAbout250000() {
    const Project p = store::loadSample();
    double total = 0;
    for (const auto& x : p.population)
        total += x.baseCount;
    // 30,000 + 45,000 + 10,000 + 50,000 + 115,000.
    QCOMPARE(total, 250000.0);
}

void TestSample::scenariosArePresent() {
    const Project p = store::loadSample();
    QVERIFY(p.findScenario("Do nothing"));
    QVERIFY(p.findScenario("frailty"));
    QVERIFY(p.findScenario("diabetes"));
    QCOMPARE(p.findScenario("combined")->items.size(), std::size_t{2});
}

void TestSample::frailtyFirstYearMatchesHandCheck() {
    // Worked in docs/method.md, "Hand check: the frailty scenario in 2016/17".
    const Project p = store::loadSample();
    const Appraisal a = appraise(p, *p.findScenario("frailty"));
    const YearImpact& y = a.impact.years[0];
    // Reach 15% x 50% x 3 = 22.5%; NEL avoided 9,000 x 0.225 x 10% = 202.5,
    // XBD 12,000 x 0.225 x 15% = 405, AE 18,000 x 0.225 x 5% = 202.5, care-home
    // weeks 17,250 x 0.225 x 5% = 194.0625. Acute: non-elective income lost
    // (202.5 x £1,590 + 405 x £313) x 1.05 x 0.98 = £461,753.46, paid at the
    // 70% marginal rate = £323,227.42; A&E 202.5 x £148 x 1.05 = £31,468.50;
    // with CQUIN x 1.025 = £363,563.32. Care homes 194.0625 x £779 =
    // £151,174.69. Gross saving £514,738.01; investment £450,000; net £64,738.01.
    QVERIFY(std::fabs(y.baselineSpend - 347122682.41) < 0.01);
    QVERIFY(std::fabs(y.grossSaving - 514738.01) < 0.01);
    QVERIFY(std::fabs(y.investment - 450000.00) < 0.01);
    QVERIFY(std::fabs(y.netSaving - 64738.01) < 0.01);
    QVERIFY(std::fabs(y.admissionsAvoided - 202.5) < 1e-9);
    QVERIFY(std::fabs(y.bedDaysAvoided - 1417.5) < 1e-9);
}

void TestSample::frailtyUnderEachRegime() {
    // docs/method.md, "The same scheme under each payment regime": 2016/17 net
    // saving of the frailty team with the acute contract under each preset.
    // Non-elective income lost at price £461,753.46 (after 2% readmissions),
    // A&E £31,468.50, care homes £151,174.69, investment £450,000:
    //   70% (2016/17):  (0.7 x 461,753.46 + 31,468.50) x 1.025 + 151,174.69 - 450,000 = 64,738.01
    //   30% (2010/11):  (0.3 x 461,753.46 + 31,468.50) x 1.025 + 151,174.69 - 450,000 = -124,580.91
    //   blended 2019/20: urgent and emergency activity at price, no readmission
    //     share: (202.5 x 1,590 + 405 x 313 + 202.5 x 148) x 1.05 = 502,645.50, 20%
    //     of it paid, CQUIN 1.25%: 0.2 x 502,645.50 x 1.0125 + 151,174.69 - 450,000 = -197,039.60
    //   block, and aligned payment (no elective activity moves): the acute
    //     trust is paid its plan: 151,174.69 - 450,000 = -298,825.31
    const Project p = store::loadSample();
    const Scenario& s = *p.findScenario("frailty");
    auto net = [&](Regime r) { return appraise(underRegime(p, r), s).impact.years[0].netSaving; };
    QVERIFY(std::fabs(net(Regime::Pbr2016) - 64738.01) < 0.01);
    QVERIFY(std::fabs(net(Regime::Pbr2010) - -124580.91) < 0.01);
    QVERIFY(std::fabs(net(Regime::Blended2019) - -197039.60) < 0.01);
    QVERIFY(std::fabs(net(Regime::Block2020) - -298825.31) < 0.01);
    QVERIFY(std::fabs(net(Regime::Api2023) - -298825.31) < 0.01);
    QVERIFY(std::fabs(net(Regime::National) - 64738.01) < 0.01); // 2016/17 rules in 2016/17
    // Only the acute contract is re-ruled: the project's own is on national rules.
    QCOMPARE(regimeContracts(p), std::vector<int>{0});
    // The options table puts them side by side, in this order.
    const std::vector<OptionSummary> rows = compareRegimes(p, s);
    QCOMPARE(rows.size(), std::size_t{10});
    QCOMPARE(rows.front().id, std::string("project"));
    QCOMPARE(rows[1].id, std::string("pbr_2010"));
    QVERIFY(std::fabs(rows[1].netSavingByYear[0] - -124580.91) < 0.01);
    QCOMPARE(rows.back().id, std::string("national"));
}

void TestSample::totalsReconcileForEveryScenario() {
    const Project p = store::loadSample();
    for (const Scenario& s : p.scenarios) {
        const ProjectionResult r = project(p, s);
        // Within a penny on a budget of about £350m.
        QVERIFY2(largestReconciliationGap(r) < 0.01, s.id.c_str());
    }
}

QTEST_APPLESS_MAIN(TestSample)
#include "tst_sample.moc"
