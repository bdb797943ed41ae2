// Every payment rule, the providers' side and real-terms NPV against hand
// calculations on the tiny project (tinyproject.h). The working of each
// expected figure is written beside it.
//
// The tiny project in year 0 (2020/21), before any intervention:
//   acute:     NEL older 300 + LTC 200 = 500 spells x £1,000 = £500,000
//              OP  older 1,000 + LTC 1,000 = 2,000 x £100     = £200,000
//   community: CC  older 2,000 + LTC 2,000 = 4,000 x £50      = £200,000
// The frailty intervention reaches 50% x 50% ramp-up = 25% of the older
// group in year 0, 20% fewer NEL among them: 300 x 0.25 x 0.2 = 15 spells
// avoided (285 left), each replaced by 3 community contacts (+45 CC). Its
// cost in year 0: £5,000 + £10,000 + £10 x 250 participants = £17,500, paid
// to the community provider.

#include "engine/appraisal.h"
#include "engine/model.h"
#include "engine/options.h"
#include "engine/regime.h"
#include "engine/validate.h"
#include "tinyproject.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace careshift;
using namespace careshift::testing;

namespace {

bool near(double a, double b, double tolerance = 1e-6) {
    return std::fabs(a - b) <= tolerance;
}

#define QCOMPARE_MONEY(actual, expected)                                                           \
    QVERIFY2(near((actual), (expected)), qPrintable(QStringLiteral("%1 is %2, expected %3")        \
                                                        .arg(QStringLiteral(#actual))              \
                                                        .arg((actual), 0, 'f', 6)                  \
                                                        .arg((expected), 0, 'f', 6)))

Contract& acute(Project& p) {
    return p.contracts[0];
}

/// The acute contract's payment in year t of the frailty scenario, and of the baseline.
struct Pair {
    double baseline = 0;
    double scenario = 0;
};
Pair acutePayment(const Project& p, int t = 0) {
    const Appraisal a = appraise(p, p.scenarios.front());
    return {a.baseline.contractPaymentAt(t, 0), a.scenario.contractPaymentAt(t, 0)};
}

/// The sum of the providers' income changes plus other spend changes must
/// equal the commissioner's spend change, every year (money is never lost).
void checkConservation(const Impact& impact) {
    for (std::size_t t = 0; t < impact.years.size(); ++t) {
        const YearImpact& y = impact.years[t];
        double sum = y.otherProvidersChange;
        for (const ProviderImpact& pi : impact.providerYears[t])
            sum += pi.incomeChange;
        QVERIFY2(near(y.commissionerSpendChange, sum, 0.01),
                 qPrintable(QStringLiteral("year %1: commissioner %2, providers %3")
                                .arg(t)
                                .arg(y.commissionerSpendChange, 0, 'f', 4)
                                .arg(sum, 0, 'f', 4)));
        QVERIFY(near(y.grossSaving - y.investment, y.netSaving, 0.01));
    }
}

} // namespace

class TestPayment : public QObject {
    Q_OBJECT
private slots:
    void marginalRateAboveThreshold() {
        Project p = tinyWithFrailty();
        acute(p).nelThreshold = 400000;
        acute(p).nelMarginalRate = 0.7;
        // Plan: f(£500,000) = 400,000 + 0.7 x 100,000 = £470,000, + OP £200,000.
        // Scenario: NEL 485 x £1,000 = £485,000; f = 400,000 + 0.7 x 85,000 =
        // £459,500, + OP £200,000 = £659,500. The trust loses 0.7 x £15,000.
        const Pair pay = acutePayment(p);
        QCOMPARE_MONEY(pay.baseline, 670000.0);
        QCOMPARE_MONEY(pay.scenario, 659500.0);
        // Withheld: £485,000 - £459,500 = £25,500 (plan: £30,000).
        const Appraisal a = appraise(p, p.scenarios.front());
        double withheld = 0;
        for (double v : a.scenario.withheld)
            withheld += v;
        double plannedWithheld = 0;
        for (double v : a.baseline.withheld)
            plannedWithheld += v;
        // Three years are projected; year 0 is checked through the cells of year 0.
        double year0 = 0;
        for (int g = 0; g < kGroupCount; ++g)
            year0 += a.scenario.withheld[a.scenario.cell(0, g, 0)];
        QCOMPARE_MONEY(year0, 25500.0);
        QVERIFY(withheld > 0 && plannedWithheld > withheld);
    }

    void marginalRateBelowThreshold() {
        Project p = tinyWithFrailty();
        acute(p).nelThreshold = 600000;
        acute(p).nelMarginalRate = 0.3;
        // £485,000 is below £600,000: paid in full, £485,000 + £200,000.
        QCOMPARE_MONEY(acutePayment(p).scenario, 685000.0);
    }

    void readmissionsUnpaid() {
        Project p = tinyWithFrailty();
        acute(p).unpaidReadmissionShare = 0.1;
        // 90% of £485,000 = £436,500, + OP £200,000.
        QCOMPARE_MONEY(acutePayment(p).scenario, 636500.0);
    }

    void cquinOnTop() {
        Project p = tinyWithFrailty();
        acute(p).cquinRate = 0.025;
        // (£485,000 + £200,000) x 1.025 = £702,125.
        QCOMPARE_MONEY(acutePayment(p).scenario, 702125.0);
    }

    void bestPracticeTariff() {
        Project p = tinyWithFrailty();
        acute(p).bptTopUp = 500;
        acute(p).bptCompliantShare = 0.4;
        // 485 spells x 40% compliant x £500 = £97,000 on top of £685,000.
        QCOMPARE_MONEY(acutePayment(p).scenario, 782000.0);
        // A preset without BPT (block) pays none: the plan, £700,000.
        acute(p).regime = Regime::Block2020;
        QCOMPARE_MONEY(acutePayment(p).scenario, 700000.0);
    }

    void blockPaysTheSameWhateverTheActivity() {
        Project p = tinyWithFrailty();
        acute(p).mechanism = Mechanism::Block;
        acute(p).fixedValue = 650000;
        const Pair pay = acutePayment(p);
        QCOMPARE_MONEY(pay.baseline, 650000.0);
        QCOMPARE_MONEY(pay.scenario, 650000.0);
        // The 2020/21 block preset is agreed on the plan: £500,000 + £200,000.
        acute(p).regime = Regime::Block2020;
        QCOMPARE_MONEY(acutePayment(p).scenario, 700000.0);
    }

    void blendedEmergencyPreset() {
        Project p = tinyWithFrailty();
        acute(p).regime = Regime::Blended2019;
        acute(p).nelThreshold = 400000; // withdrawn in 2019/20: must not apply
        acute(p).unpaidReadmissionShare = 0.1;
        // NEL is urgent and emergency care: fixed £500,000 (plan) + 20% x -15
        // x £1,000 = £497,000; OP at tariff £200,000; CQUIN 1.25%:
        // £697,000 x 1.0125 = £705,712.50.
        QCOMPARE_MONEY(acutePayment(p).scenario, 705712.5);
        // Plan: £700,000 x 1.0125 = £708,750.
        QCOMPARE_MONEY(acutePayment(p).baseline, 708750.0);
    }

    void alignedPaymentPresets() {
        Project p = tinyWithFrailty();
        p.pods[1].role = PodRole::Elective; // OP
        p.interventions[0].effects.push_back({"OP", -0.1, ""});
        // OP older: 1,000 x 0.25 x 10% = 25 fewer. Plan £700,000.
        acute(p).regime = Regime::Api2022;
        // Fixed £700,000 + 75% x -25 x £100 = £698,125; NEL moves nothing;
        // CQUIN 1.25%: £706,851.5625.
        QCOMPARE_MONEY(acutePayment(p).scenario, 706851.5625);
        acute(p).regime = Regime::Api2023;
        // £700,000 is above the £0.5m low-volume threshold: elective at 100%:
        // (£700,000 - £2,500) x 1.0125 = £706,218.75.
        QCOMPARE_MONEY(acutePayment(p).scenario, 706218.75);
        acute(p).regime = Regime::Api2025;
        // Below £1.5m: a low-volume block, the fixed element only, no CQUIN.
        QCOMPARE_MONEY(acutePayment(p).scenario, 700000.0);
    }

    void blendedFloorsAtZero() {
        Project p = tinyWithFrailty();
        acute(p).mechanism = Mechanism::Blended;
        acute(p).fixedValue = 1000; // far below the activity it pays for
        acute(p).variableRate = 1.0;
        // Fixed £1,000 + 100% x -15 x £1,000 = -£14,000: paid 0, no less.
        QCOMPARE_MONEY(acutePayment(p).scenario, 0.0);
    }

    void capitatedPaysPerHead() {
        Project p = tinyWithFrailty();
        acute(p).mechanism = Mechanism::Capitated;
        acute(p).capitationPerHead = 200;
        // 3,000 people x £200 = £600,000 in year 0; 3,100 x £200 in year 1.
        QCOMPARE_MONEY(acutePayment(p).scenario, 600000.0);
        QCOMPARE_MONEY(acutePayment(p, 1).scenario, 620000.0);
    }

    void riskShare() {
        Project p = tinyWithFrailty();
        acute(p).riskShare = 0.5;
        // Tariff: £685,000 against a plan of £700,000; the commissioner funds
        // half the £15,000 loss: £692,500.
        QCOMPARE_MONEY(acutePayment(p).scenario, 692500.0);
        const Appraisal a = appraise(p, p.scenarios.front());
        QCOMPARE_MONEY(a.impact.providerYears[0][0].incomeChange, -7500.0);
        checkConservation(a.impact);
    }

    void nationalRulesByYear() {
        Project p = tinyWithFrailty();
        p.commissioner.baseYear = 2018;
        QCOMPARE(regimeInForce(2010), Regime::Pbr2010);
        QCOMPARE(regimeInForce(2016), Regime::Pbr2016);
        QCOMPARE(regimeInForce(2019), Regime::Blended2019);
        QCOMPARE(regimeInForce(2021), Regime::Block2020);
        QCOMPARE(regimeInForce(2024), Regime::Api2023);
        QCOMPARE(regimeInForce(2030), Regime::Api2025);
        acute(p).regime = Regime::National;
        acute(p).nelThreshold = 400000;
        // 2018/19: PbR, 70% above £400,000, CQUIN 2.5%:
        // (£659,500 as above) x 1.025 = £675,987.50.
        QCOMPARE_MONEY(acutePayment(p, 0).scenario, 675987.5);
        // 2019/20, blended: older 1,100 -> NEL plan 330 + 200 = 530 spells; reach
        // 50% x 100% = 50%, 330 x 0.5 x 0.2 = 33 avoided: £530,000 + 20% x -33 x
        // £1,000 = £523,400; OP (1,100 + 1,000) x £100 = £210,000; x 1.0125 =
        // £742,567.50.
        QCOMPARE_MONEY(acutePayment(p, 1).scenario, 742567.5);
        // 2020/21, block on plan: NEL (363 + 200) x £1,000 + OP 2,210 x £100 = £784,000.
        QCOMPARE_MONEY(acutePayment(p, 2).scenario, 784000.0);

        // A contract's own change of rules: PbR 2016 until 2019/20, then API 2023.
        acute(p).regime = Regime::Pbr2016;
        acute(p).changeYear = 2020;
        acute(p).laterRegime = Regime::Api2023;
        QCOMPARE(effectiveRegime(acute(p), 2019), Regime::Pbr2016);
        QCOMPARE(effectiveRegime(acute(p), 2020), Regime::Api2023);
        // 2019/20 under PbR 2016: NEL £497,000 is above £400,000: 400,000 +
        // 0.7 x 97,000 = £467,900, + £210,000 = £677,900 x 1.025 = £694,847.50.
        QCOMPARE_MONEY(acutePayment(p, 1).scenario, 694847.5);
    }

    void scenarioGivesAContractItsOwnRules() {
        // "What if the acute contract were on a block?" without copying the
        // project: the frailty scenario gives the acute contract the 2020/21
        // block rules. Its baseline is doing nothing under the same rules, so
        // both pay the plan, £700,000, and the scheme saves nothing there
        // (against £685,000 at tariff without the rule).
        Project p = tinyWithFrailty();
        p.scenarios[0].contractRules = {{"acute", Regime::Block2020}};
        const Appraisal a = appraise(p, p.scenarios.front());
        QCOMPARE_MONEY(a.baseline.contractPaymentAt(0, 0), 700000.0);
        QCOMPARE_MONEY(a.scenario.contractPaymentAt(0, 0), 700000.0);
        QCOMPARE(baselineFor(p.scenarios[0]).contractRules.size(), std::size_t{1});
        // The rule names a contract that must exist.
        p.scenarios[0].contractRules = {{"nowhere", Regime::Block2020}};
        QVERIFY(!validate(p).empty());
        // And a contract may be given its own rules once per scenario.
        p.scenarios[0].contractRules = {{"acute", Regime::Block2020}, {"acute", Regime::Api2023}};
        QVERIFY(!validate(p).empty());
    }

    void deadRulesAreSaidAndAbsurdOnesRefused() {
        Project p = tinyWithFrailty();
        // A marginal rate with a £0 threshold never applies: a warning, with
        // the field to correct, on every scenario.
        acute(p).regime = Regime::Pbr2016;
        auto hasWarning = [&](const char* field) {
            for (const Problem& w : scenarioWarnings(p, p.scenarios.front()))
                if (w.path.kind == Kind::Contract && w.path.field == field)
                    return true;
            return false;
        };
        QVERIFY(hasWarning("nelThreshold"));
        acute(p).nelThreshold = 400000;
        QVERIFY(!hasWarning("nelThreshold"));
        // Later rules with no year of change never apply.
        acute(p).laterRegime = Regime::Api2023;
        QVERIFY(hasWarning("changeYear"));
        // A change in or before the base year (2020/21) is refused, with the value.
        acute(p).changeYear = 2020;
        std::vector<Problem> problems = validate(p);
        QCOMPARE(problems.size(), std::size_t{1});
        QVERIFY2(problems[0].message.find("after the base year 2020/21") != std::string::npos &&
                     problems[0].message.find("is 2020") != std::string::npos,
                 problems[0].message.c_str());
        acute(p).changeYear = 2021;
        QVERIFY(validate(p).empty());
        // A ward of less than one bed, or at 10% occupancy, is refused.
        p.providers[0].wardBeds = 0.001;
        QCOMPARE(validate(p).size(), std::size_t{1});
        p.providers[0].wardBeds = 28;
        p.providers[0].wardOccupancy = 0.1;
        QCOMPARE(validate(p).size(), std::size_t{1});
        p.providers[0].wardOccupancy = 0.85;
        // Shares of cost above 100% say what they add up to.
        p.providers[0].variableCostShare = 0.8;
        p.providers[0].semiFixedCostShare = 0.5;
        problems = validate(p);
        QCOMPARE(problems.size(), std::size_t{1});
        QVERIFY2(problems[0].message.find("is 130%") != std::string::npos,
                 problems[0].message.c_str());
    }

    void regimesReruleHospitalContractsOnly() {
        // With no contract on national rules, a regime comparison re-rules the
        // hospital's tariff contracts, not a spot purchase of care homes.
        Project p = tinyWithFrailty();
        p.pods[2].role = PodRole::Other; // CC: community contacts at tariff
        QCOMPARE(regimeContracts(p), std::vector<int>{0});
        acute(p).regime = Regime::Pbr2016;
        QCOMPARE(regimeContracts(p), std::vector<int>{0});
    }

    void hrgTariffPaysTrimPointsAndExcessBedDays() {
        // Prices from an HRG tariff. HRG1 and HRG2: non-elective spell £2,000
        // with a trim point of 5 days, elective spell £1,500 with 4 days, day
        // case £700, excess bed day £300.
        Project p = tinyProject();
        HrgTariff h;
        h.code = "HRG1";
        h.nonElectivePrice = 2000;
        h.nonElectiveTrimPoint = 5;
        h.electivePrice = 1500;
        h.electiveTrimPoint = 4;
        h.dayCasePrice = 700;
        h.excessBedDayPrice = 300;
        HrgTariff h2 = h;
        h2.code = "HRG2";
        p.tariff = {h, h2};
        // Emergency admissions: 60% stay 3 days (within the trim point: £2,000),
        // 40% stay 10 days (5 beyond it: £2,000 + 5 x £300 = £3,500):
        // 0.6 x £2,000 + 0.4 x £3,500 = £2,600 a spell, 0.6 x 3 + 0.4 x 10 = 5.8
        // bed days a spell.
        p.pods[0].hrgMix = {{"HRG1", 0.6, 3}, {"HRG2", 0.4, 10}};
        // Elective: half stay 6 days (£1,500 + 2 x £300 = £2,100), half are day
        // cases (a stay of 0 days, £700): £1,400 a unit, 3 bed days.
        p.pods[1].role = PodRole::Elective;
        p.pods[1].hrgMix = {{"HRG1", 0.5, 6}, {"HRG2", 0.5, 0}};
        QVERIFY(validate(p).empty());
        const PodTariff nel = podTariff(p, p.pods[0]);
        QCOMPARE_MONEY(nel.price, 2600.0);
        QCOMPARE_MONEY(nel.bedDaysPerUnit, 5.8);
        QCOMPARE_MONEY(podTariff(p, p.pods[1]).price, 1400.0);
        // Year 0: 500 spells x £2,600 + 2,000 units x £1,400 = £4,100,000;
        // bed days 500 x 5.8 + 2,000 x 3 = 8,900.
        const ProjectionResult r = project(p, doNothing());
        QCOMPARE_MONEY(r.contractPaymentAt(0, 0), 4100000.0);
        QCOMPARE_MONEY(r.bedDays[0], 8900.0);
        // Shares must add up to 100%, and only emergency or elective PoDs are
        // priced from the tariff.
        p.pods[0].hrgMix[1].share = 0.3;
        std::vector<Problem> problems = validate(p);
        QCOMPARE(problems.size(), std::size_t{1});
        QVERIFY2(problems[0].message.find("is 90%") != std::string::npos,
                 problems[0].message.c_str());
        p.pods[0].hrgMix[1].share = 0.4;
        p.pods[2].hrgMix = {{"HRG1", 1.0, 1}};
        QCOMPARE(validate(p).size(), std::size_t{1});
    }

    void wardsCloseOnlyWhole() {
        Project p = tinyProject();
        Intervention iv = frailtyIntervention();
        iv.coverage = 1;
        iv.rampUp = {1.0};
        iv.effects = {{"NEL", -0.5, ""}};
        iv.substitutions.clear();
        iv.costProviderId.clear();
        p.interventions.push_back(iv);
        p.scenarios.push_back({"frailty", "Frailty", {{"frailty", true}}, ""});
        Provider& trust = p.providers[0];
        trust.variableCostShare = 0.5;
        trust.semiFixedCostShare = 0.3;
        trust.wardBeds = 1;
        trust.wardOccupancy = 0.5;
        // Year 0: older NEL 300 -> 150: 150 spells x 5 = 750 bed days fewer of
        // 2,500. A ward's worth: 1 x 365 x 0.5 = 182.5 bed days; 750 / 182.5 =
        // 4.1: 4 wards close. Planned cost = planned activity at price (margin
        // 0): NEL £500,000 + OP £200,000 = £700,000. The semi-fixed pool is
        // 30% of the cost of the activity that uses beds (NEL; OP has no bed
        // days): 0.3 x £700,000 x £500,000 / £700,000 = £150,000, over 2,500
        // planned bed days: a ward costs £150,000 x 182.5 / 2,500 = £10,950;
        // 4 x £10,950 = £43,800. Variable: 50% x -£150,000 = -£75,000. Cost
        // change -£118,800; income change -£150,000 (tariff); margin
        // -£31,200, all of it stranded; capacity released £150,000 - £118,800
        // = £31,200.
        const Appraisal a = appraise(p, p.scenarios.front());
        const ProviderImpact& y0 = a.impact.providerYears[0][0];
        QCOMPARE(y0.wardsChanged, -4.0);
        QCOMPARE_MONEY(y0.incomeChange, -150000.0);
        QCOMPARE_MONEY(y0.costChange, -118800.0);
        QCOMPARE_MONEY(y0.marginChange, -31200.0);
        QCOMPARE_MONEY(y0.strandedCost, 31200.0);
        QCOMPARE_MONEY(y0.costReleased, 118800.0);
        QCOMPARE_MONEY(y0.capacityReleased, 31200.0);
        // The cost base is the activity at price whatever the payment rules:
        // the same cost change under a block (which pays the plan).
        Project blocked = p;
        blocked.contracts[0].regime = Regime::Block2020;
        QCOMPARE_MONEY(
            appraise(blocked, blocked.scenarios.front()).impact.providerYears[0][0].costChange,
            -118800.0);
        // 3 wards' worth of bed days falls short of a 4th: 700 bed days = 3.8
        // wards: 3 close.
        p.interventions[0].effects = {{"NEL", -140.0 / 300.0, ""}};
        const Appraisal b = appraise(p, p.scenarios.front());
        QCOMPARE(b.impact.providerYears[0][0].wardsChanged, -3.0);
        checkConservation(a.impact);
    }

    void blockFundedProviderAbsorbsReplacementCare() {
        Project p = tinyWithFrailty();
        Contract& community = p.contracts[1];
        community.mechanism = Mechanism::Block;
        community.fixedValue = 200000;
        // +45 community contacts at a block: unfunded, 45 x £50 = £2,250.
        // The community trust's costs are all variable (the default): they
        // rise £200,000 x 100% x £2,250 / £200,000 = £2,250, while its income
        // rises only by the frailty team's £17,500, which it spends: margin
        // -£2,250.
        const Appraisal a = appraise(p, p.scenarios.front());
        const ProviderImpact& y0 = a.impact.providerYears[0][1];
        QCOMPARE_MONEY(y0.unfundedUnits, 45.0);
        QCOMPARE_MONEY(y0.unfundedValue, 2250.0);
        QCOMPARE_MONEY(y0.incomeChange, 17500.0);
        QCOMPARE_MONEY(y0.costChange, 19750.0);
        QCOMPARE_MONEY(y0.marginChange, -2250.0);
        checkConservation(a.impact);
    }

    void withheldMoneyReinvestedOrSaved() {
        Project p = tinyWithFrailty();
        acute(p).nelThreshold = 400000;
        acute(p).nelMarginalRate = 0.7;
        // Saved (the default): baseline spend £670,000 + £200,000 = £870,000;
        // scenario £659,500 + 4,045 CC x £50 = £202,250 + £17,500 = £879,250:
        // net saving -£9,250.
        Appraisal a = appraise(p, p.scenarios.front());
        QCOMPARE_MONEY(a.impact.years[0].netSaving, -9250.0);
        // Reinvested: the withheld £30,000 (plan) and £25,500 (scenario) are
        // spent too: £900,000 against £904,750, net saving -£4,750. Gross
        // saving: £870,000 - £861,750 = £8,250 on the contracts, plus £4,500
        // less reinvested = £12,750 (= -£4,750 + £17,500 invested).
        p.assumptions.reinvestWithheld = true;
        a = appraise(p, p.scenarios.front());
        QCOMPARE_MONEY(a.impact.years[0].baselineSpend, 900000.0);
        QCOMPARE_MONEY(a.impact.years[0].netSaving, -4750.0);
        QCOMPARE_MONEY(a.impact.years[0].grossSaving, 12750.0);
        QCOMPARE_MONEY(a.impact.years[0].reinvestedChange, -4500.0);
        QCOMPARE_MONEY(a.baseline.reinvestedSpend[0], 30000.0);
        checkConservation(a.impact);
    }

    void realTermsNpv() {
        Project p = tinyProject();
        p.assumptions.priceUplift = {0.02};
        p.assumptions.costUplift = {0.03};
        Intervention iv;
        iv.id = "cost";
        iv.name = "A cost and nothing else";
        iv.group = Group::Older;
        iv.coverage = 0.1;
        iv.fixedCostPerYear = 10000;
        p.interventions.push_back(iv);
        p.scenarios.push_back({"cost", "Cost", {{"cost", true}}, ""});
        const Appraisal a = appraise(p, p.scenarios.front());
        // Cash: -£10,000 x 1.03^t (the cost index, not the tariff's 2%):
        // -10,000, -10,300, -10,609.
        QCOMPARE_MONEY(a.impact.years[2].netSaving, -10609.0);
        // Real (deflated by the tariff index 1.02^t) and discounted at 3.5%:
        // -10,000 x (1 + (1.03/1.02)/1.035 + ((1.03/1.02)/1.035)^2)
        // = -10,000 x 2.92756052 = -£29,275.61.
        QVERIFY(near(a.impact.npv, -29275.605207, 1e-5));
        // Cash, discounted: -10,000 x (1 + 1.03/1.035 + (1.03/1.035)^2) = -£29,855.31.
        QVERIFY(near(a.impact.npvCash, -29855.305841, 1e-5));
    }

    void conservationInRandomProjects() {
        // 200 random variants of the tiny project: every mechanism and preset,
        // random thresholds, shares, costs and effects. In every year the
        // commissioner's spend change is the providers' income changes plus
        // other spend, to the penny (checkConservation), and every projection
        // passes its own reconciliation (appraise() would throw).
        std::mt19937 rng(20261125);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        int valid = 0;
        for (int i = 0; i < 200; ++i) {
            Project p = tinyWithFrailty();
            p.assumptions.priceUplift = {u(rng) * 0.05};
            p.assumptions.reinvestWithheld = u(rng) < 0.5;
            for (Contract& c : p.contracts) {
                c.regime = static_cast<Regime>(static_cast<int>(u(rng) * kRegimeCount));
                c.mechanism = static_cast<Mechanism>(static_cast<int>(u(rng) * kMechanismCount));
                c.nelThreshold = u(rng) * 600000;
                c.nelMarginalRate = u(rng);
                c.unpaidReadmissionShare = u(rng) * 0.1;
                c.cquinRate = u(rng) * 0.025;
                c.fixedValue = u(rng) * 800000;
                c.fixedFromPlan = u(rng) < 0.5;
                c.variableRate = u(rng);
                c.electiveVariableRate = u(rng);
                c.capitationPerHead = u(rng) * 300;
                c.riskShare = u(rng) < 0.5 ? 0 : u(rng);
                c.bptTopUp = u(rng) * 1000;
                c.bptCompliantShare = u(rng);
            }
            for (Provider& k : p.providers) {
                k.variableCostShare = u(rng) * 0.6;
                k.semiFixedCostShare = u(rng) * 0.4;
                k.wardBeds = u(rng) < 0.5 ? 0 : 1 + u(rng) * 3;
                k.baselineMargin = u(rng) * 0.1 - 0.05;
            }
            p.pods[1].role = u(rng) < 0.5 ? PodRole::Elective : PodRole::Other;
            p.interventions[0].effects = {{"NEL", -u(rng), ""}, {"OP", u(rng) - 0.5, ""}};
            if (!validate(p).empty())
                continue; // e.g. a blended (urgent and emergency) value with no such PoD
            ++valid;
            try {
                const Appraisal a = appraise(p, p.scenarios.front());
                checkConservation(a.impact);
            } catch (const std::exception& e) {
                QString what;
                for (const Contract& c : p.contracts)
                    what += QStringLiteral(" [%1: %2, %3, fixed %4 from plan %5, risk %6]")
                                .arg(QString::fromStdString(c.id))
                                .arg(QString::fromUtf8(regimeKey(c.regime).data()))
                                .arg(QString::fromUtf8(mechanismKey(c.mechanism).data()))
                                .arg(c.fixedValue)
                                .arg(c.fixedFromPlan)
                                .arg(c.riskShare);
                QFAIL(qPrintable(QStringLiteral("variant %1: %2;%3")
                                     .arg(i)
                                     .arg(QString::fromUtf8(e.what()))
                                     .arg(what)));
            }
        }
        QVERIFY(valid >= 150);
    }
};

QTEST_APPLESS_MAIN(TestPayment)
#include "tst_payment.moc"
