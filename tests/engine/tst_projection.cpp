// The projection and appraisal against hand calculations on the tiny project
// (tinyproject.h). Each expected figure is worked in the comment beside it.

#include "engine/appraisal.h"
#include "engine/validate.h"
#include "tinyproject.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <new>

using namespace careshift;
using namespace careshift::testing;

// Counts every allocation in this test program, for
// evaluateAllocatesNothingAfterFirstCall.
namespace {
std::atomic<std::size_t> g_allocations{0};
std::size_t allocationCount() {
    return g_allocations.load();
}
} // namespace

void* operator new(std::size_t size) {
    g_allocations.fetch_add(1);
    if (void* p = std::malloc(size == 0 ? 1 : size))
        return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
    return ::operator new(size);
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete[](void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    std::free(p);
}

namespace {
constexpr int kOlder = static_cast<int>(Group::Older);
constexpr int kLtc = static_cast<int>(Group::LongTermConditions);
constexpr int kNel = 0;
constexpr int kOp = 1;
constexpr int kCc = 2;
constexpr int kAcute = 0;
constexpr int kCommunity = 1;

bool near(double actual, double expected, double tolerance = 1e-6) {
    return std::fabs(actual - expected) <= tolerance * std::max(1.0, std::fabs(expected));
}
} // namespace

#define QCOMPARE_NEAR(actual, expected)                                                            \
    do {                                                                                           \
        const double a_ = (actual);                                                                \
        const double e_ = (expected);                                                              \
        if (!near(a_, e_))                                                                         \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3")                                \
                                 .arg(QStringLiteral(#actual))                                     \
                                 .arg(a_, 0, 'f', 6)                                               \
                                 .arg(e_, 0, 'f', 6)));                                            \
    } while (false)

class TestProjection : public QObject {
    Q_OBJECT
private slots:
    void baselineYearByYear();
    void interventionYearByYear();
    void appraisalFigures();
    void breakEvenMultiplier();
    void breakEvenWithinEffectsAmongThoseReached();
    void marginalRateAboveThreshold();
    void readmissionShareBeforeMarginalRate();
    void cquinOnContractValue();
    void blockMovesNoMoney();
    void blendedPaysVariableOnDifferenceFromPlan();
    void capitatedPaysPerHead();
    void blendedIsNeverPaidBelowZero();
    void untouchedGroupKeepsBaselineSpend();
    void effectsCombineMultiplicatively_data();
    void effectsCombineMultiplicatively();
    void upliftMffAndNonDemographicGrowth();
    void startYearAndRampUp();
    void startAfterHorizonHasNoEffectOrCost();
    void onlyAvoidedActivityIsSubstituted();
    void substitutionDoesNotDependOnOrder();
    void raisingAndReducingOnOneCell();
    void activityRatioTargetsHeavyUsers();
    void totalsReconcile();
    void invalidProjectGivesNoNumbers();
    void figuresTooLargeToCompute();
    void figuresThatDoNotAddUpAreRefused();
    void evaluateAllocatesNothingAfterFirstCall();
};

void TestProjection::baselineYearByYear() {
    const ProjectionResult r = project(tinyProject(), doNothing());
    QCOMPARE(r.years, 3);
    // Population: older 1,000 x 1.1^t; LTC 2,000.
    QCOMPARE_NEAR(r.populationAt(0, kOlder), 1000);
    QCOMPARE_NEAR(r.populationAt(1, kOlder), 1100);
    QCOMPARE_NEAR(r.populationAt(2, kOlder), 1210);
    QCOMPARE_NEAR(r.populationAt(2, kLtc), 2000);
    // Activity = population x rate / 1,000: older NEL 300, 330, 363; LTC OP 2,000 x 0.5 = 1,000.
    QCOMPARE_NEAR(r.activityAt(0, kOlder, kNel), 300);
    QCOMPARE_NEAR(r.activityAt(1, kOlder, kNel), 330);
    QCOMPARE_NEAR(r.activityAt(2, kOlder, kNel), 363);
    QCOMPARE_NEAR(r.activityAt(2, kLtc, kOp), 1000);
    // Spend year 0: NEL (300 + 200) x £1,000 = £500,000; OP (1,000 + 1,000) x £100 =
    // £200,000; CC (2,000 + 2,000) x £50 = £200,000; total £900,000.
    QCOMPARE_NEAR(r.podSpend(0, kNel), 500000);
    QCOMPARE_NEAR(r.podSpend(0, kOp), 200000);
    QCOMPARE_NEAR(r.podSpend(0, kCc), 200000);
    QCOMPARE_NEAR(r.totalSpend[0], 900000);
    // Year 1: NEL 530 x 1,000 + OP 2,100 x 100 + CC 4,200 x 50 = 530,000 + 210,000 + 210,000.
    QCOMPARE_NEAR(r.totalSpend[1], 950000);
    // Year 2: 563,000 + 221,000 + 221,000.
    QCOMPARE_NEAR(r.totalSpend[2], 1005000);
    QCOMPARE_NEAR(r.settingSpend(0, Setting::Acute), 700000);
    QCOMPARE_NEAR(r.settingSpend(0, Setting::Community), 200000);
    // Emergency admissions 500, 530, 563; bed days 5 each.
    QCOMPARE_NEAR(r.emergencyAdmissions[2], 563);
    QCOMPARE_NEAR(r.bedDays[2], 2815);
}

void TestProjection::interventionYearByYear() {
    const Project p = tinyWithFrailty();
    const ProjectionResult r = project(p, p.scenarios[0]);
    // Reach f = coverage x ramp: 0.5 x 0.5 = 0.25, then 0.5, 0.5.
    // Older NEL = A0 x (1 - f x 0.2): 300 x 0.95 = 285; 330 x 0.9 = 297; 363 x 0.9 = 326.7.
    QCOMPARE_NEAR(r.activityAt(0, kOlder, kNel), 285);
    QCOMPARE_NEAR(r.activityAt(1, kOlder, kNel), 297);
    QCOMPARE_NEAR(r.activityAt(2, kOlder, kNel), 326.7);
    // LTC untouched.
    QCOMPARE_NEAR(r.activityAt(2, kLtc, kNel), 200);
    // Avoided 15, 33, 36.3 become 3 contacts each: CC 2,000 + 45; 2,200 + 99; 2,420 + 108.9.
    QCOMPARE_NEAR(r.activityAt(0, kOlder, kCc), 2045);
    QCOMPARE_NEAR(r.activityAt(1, kOlder, kCc), 2299);
    QCOMPARE_NEAR(r.activityAt(2, kOlder, kCc), 2528.9);
    // Participants = f x population: 250, 550, 605.
    QCOMPARE_NEAR(r.participants[0], 250);
    QCOMPARE_NEAR(r.participants[2], 605);
    // Costs: year 0 5,000 + 10,000 + 250 x 10 = 17,500; year 1 10,000 + 5,500; year 2 10,000 +
    // 6,050.
    QCOMPARE_NEAR(r.interventionSpend[0], 17500);
    QCOMPARE_NEAR(r.interventionSpend[1], 15500);
    QCOMPARE_NEAR(r.interventionSpend[2], 16050);
    // Contract spend year 0: NEL 485 x 1,000 + OP 200,000 + CC 4,045 x 50 = 887,250.
    QCOMPARE_NEAR(r.contractSpend[0], 887250);
    // Year 2: 526,700 + 221,000 + 4,528.9 x 50 = 974,145.
    QCOMPARE_NEAR(r.contractSpend[2], 974145);
}

void TestProjection::appraisalFigures() {
    const Project p = tinyWithFrailty();
    const Appraisal a = appraise(p, p.scenarios[0]);
    const Impact& im = a.impact;
    // Gross saving = baseline - scenario contract spend:
    //   900,000 - 887,250 = 12,750 (NEL 15,000 less CC 2,250);
    //   950,000 - 921,950 = 28,050; 1,005,000 - 974,145 = 30,855.
    QCOMPARE_NEAR(im.years[0].grossSaving, 12750);
    QCOMPARE_NEAR(im.years[1].grossSaving, 28050);
    QCOMPARE_NEAR(im.years[2].grossSaving, 30855);
    // Net = gross - investment: -4,750; 12,550; 14,805.
    QCOMPARE_NEAR(im.years[0].netSaving, -4750);
    QCOMPARE_NEAR(im.years[1].netSaving, 12550);
    QCOMPARE_NEAR(im.years[2].netSaving, 14805);
    QCOMPARE_NEAR(im.years[1].cumulativeNetSaving, 7800);
    QCOMPARE_NEAR(im.investment, 49050);
    QCOMPARE_NEAR(im.grossSaving, 71655);
    QCOMPARE_NEAR(im.netSaving, 22605);
    // NPV = -4,750 + 12,550 / 1.035 + 14,805 / 1.035^2 = 21,196.2298.
    QCOMPARE_NEAR(im.npv, 21196.2297836589);
    // ROI = 22,605 / 49,050 = 0.460856.
    QVERIFY(im.roi.has_value());
    QCOMPARE_NEAR(*im.roi, 22605.0 / 49050.0);
    // Cumulative: -4,750 then +7,800: pays back in year 1.
    QCOMPARE(im.paybackYear.value_or(-1), 1);
    // Admissions avoided 15 + 33 + 36.3 = 84.3; bed days x 5 = 421.5.
    QCOMPARE_NEAR(im.admissionsAvoided, 84.3);
    QCOMPARE_NEAR(im.bedDaysAvoided, 421.5);
}

void TestProjection::breakEvenMultiplier() {
    const Project p = tinyWithFrailty();
    const Appraisal a = appraise(p, p.scenarios[0]);
    // With no marginal rate, gross saving is linear in the effect size, so
    // NPV(m) = m x PV(gross) - PV(investment) and m* = PV(investment) / PV(gross):
    //   PV(investment) = 17,500 + 15,500 / 1.035 + 16,050 / 1.035^2 = 47,458.6922
    //   PV(gross)      = 12,750 + 28,050 / 1.035 + 30,855 / 1.035^2 = 68,654.9219
    //   m* = 0.691264236
    QVERIFY(a.breakEven.has_value());
    QCOMPARE_NEAR(*a.breakEven, 47458.69215150879 / 68654.92193516769);

    // Doing nothing has no investment to recover: no break-even.
    Project none = tinyProject();
    QVERIFY(!careshift::breakEvenMultiplier(none, doNothing(), project(none, doNothing())));
}

void TestProjection::breakEvenWithinEffectsAmongThoseReached() {
    // Issue 7, item 14.3. Frailty reaching 25% of older people who use twice
    // the average (coverage 0.25, activity ratio 2): the share of activity
    // touched, reach x ratio, is 0.25, 0.5, 0.5 as in the tiny frailty case,
    // so gross saving at m = 1 is again 12,750; 28,050; 30,855 (PV 68,654.9219)
    // and stays linear in m until the clamp at 1 - 0.5 x 0.2 x m = 0, m = 10.
    // The effect among the people reached is -20% x m, whatever the ratio:
    // -100% at m = 5, the limit.
    // Participants 0.25 x ramp x population: 125; 275; 302.5.
    Project p = tinyWithFrailty();
    p.interventions[0].coverage = 0.25;
    p.interventions[0].activityRatio = 2;
    p.interventions[0].fixedCostPerYear = 75000;
    // Investment 5,000 + 75,000 + 1,250 = 81,250; 77,750; 78,025:
    // PV = 81,250 + 77,750 / 1.035 + 78,025 / 1.035^2 = 229,207.9453.
    // m* = 229,207.9453 / 68,654.9219 = 3.33855081: within the limit of 5
    // (a limit of 1 / (ratio x 20%) = 2.5 would wrongly call it impossible).
    Appraisal a = appraise(p, p.scenarios[0]);
    QVERIFY(a.breakEvenAchievable);
    QVERIFY(a.breakEven.has_value());
    QCOMPARE_NEAR(*a.breakEven, 229207.94534294851 / 68654.92193516769);
    BreakEven b = findBreakEven(p, p.scenarios[0], a.baseline);
    QCOMPARE_NEAR(b.limit.value_or(-1), 5);

    // A £200,000 team: investment 206,250; 202,750; 203,025, PV 591,669.7297;
    // m* would be 8.618 (still before the clamp at 10), an effect of -172%
    // among the people reached: not achievable, and no multiplier is given.
    p.interventions[0].fixedCostPerYear = 200000;
    a = appraise(p, p.scenarios[0]);
    QVERIFY(!a.breakEvenAchievable);
    QVERIFY(!a.breakEven.has_value());
    b = findBreakEven(p, p.scenarios[0], a.baseline);
    QVERIFY(!b.achievable);
    QVERIFY(!b.multiplier.has_value());
    QCOMPARE_NEAR(b.limit.value_or(-1), 5);

    // An effect that only raises activity has no limit.
    p.interventions[0].effects = {{"NEL", 0.2, ""}};
    b = findBreakEven(p, p.scenarios[0], a.baseline);
    QVERIFY(!b.limit.has_value());
    QVERIFY(b.achievable);
    QVERIFY(!b.multiplier.has_value()); // more admissions never pay for the team
}

void TestProjection::marginalRateAboveThreshold() {
    Project p = tinyWithFrailty();
    p.contracts[kAcute].nelThreshold = 450000;
    p.contracts[kAcute].nelMarginalRate = 0.3;
    const Appraisal a = appraise(p, p.scenarios[0]);
    // Baseline year 0: NEL income 500,000; 450,000 + 30% x 50,000 = 465,000; plus OP 200,000.
    QCOMPARE_NEAR(a.baseline.contractPaymentAt(0, kAcute), 665000);
    // Year 1: NEL 530,000 -> 450,000 + 0.3 x 80,000 = 474,000; plus OP 210,000.
    QCOMPARE_NEAR(a.baseline.contractPaymentAt(1, kAcute), 684000);
    // Scenario year 0: NEL 485,000 -> 450,000 + 0.3 x 35,000 = 460,500; plus OP.
    QCOMPARE_NEAR(a.scenario.contractPaymentAt(0, kAcute), 660500);
    // The acute trust loses only 4,500 of the 15,000 at full tariff.
    QCOMPARE_NEAR(a.baseline.providerSpend(0, kAcute) - a.scenario.providerSpend(0, kAcute), 4500);
    // Cell allocation follows the rule: NEL cells carry the marginal reduction,
    // OP is paid at full tariff. Older NEL = 300/500 of 465,000 = 279,000.
    QCOMPARE_NEAR(a.baseline.cellSpend[a.baseline.cell(0, kOlder, kNel)], 279000);
    QCOMPARE_NEAR(a.baseline.podSpend(0, kOp), 200000);
}

void TestProjection::readmissionShareBeforeMarginalRate() {
    Project p = tinyProject();
    p.contracts[kAcute].unpaidReadmissionShare = 0.1;
    ProjectionResult r = project(p, doNothing());
    // NEL paid 500,000 x 0.9 = 450,000; OP unaffected.
    QCOMPARE_NEAR(r.podSpend(0, kNel), 450000);
    QCOMPARE_NEAR(r.podSpend(0, kOp), 200000);
    // With a 400,000 threshold at 30%: 400,000 + 0.3 x (450,000 - 400,000) = 415,000.
    p.contracts[kAcute].nelThreshold = 400000;
    p.contracts[kAcute].nelMarginalRate = 0.3;
    r = project(p, doNothing());
    QCOMPARE_NEAR(r.podSpend(0, kNel), 415000);
}

void TestProjection::cquinOnContractValue() {
    Project p = tinyProject();
    p.contracts[kAcute].cquinRate = 0.025;
    const ProjectionResult r = project(p, doNothing());
    // (500,000 + 200,000) x 1.025 = 717,500; community untouched.
    QCOMPARE_NEAR(r.contractPaymentAt(0, kAcute), 717500);
    QCOMPARE_NEAR(r.contractPaymentAt(0, kCommunity), 200000);
}

void TestProjection::blockMovesNoMoney() {
    Project p = tinyWithFrailty();
    p.contracts[kCommunity].mechanism = Mechanism::Block;
    p.contracts[kCommunity].fixedValue = 200000;
    p.assumptions.priceUplift = {0.02};
    const Appraisal a = appraise(p, p.scenarios[0]);
    // Block value uplifted 2% a year: 200,000; 204,000; 208,080, in both projections.
    QCOMPARE_NEAR(a.baseline.contractPaymentAt(0, kCommunity), 200000);
    QCOMPARE_NEAR(a.baseline.contractPaymentAt(1, kCommunity), 204000);
    QCOMPARE_NEAR(a.baseline.contractPaymentAt(2, kCommunity), 208080);
    QCOMPARE_NEAR(a.scenario.contractPaymentAt(2, kCommunity), 208080);
    // The 45 extra contacts in year 0 cost nothing more: gross saving is the
    // 15 admissions avoided x £1,000 = 15,000.
    QCOMPARE_NEAR(a.impact.years[0].grossSaving, 15000);
}

void TestProjection::blendedPaysVariableOnDifferenceFromPlan() {
    Project p = tinyWithFrailty();
    p.contracts[kCommunity].mechanism = Mechanism::Blended;
    p.contracts[kCommunity].fixedValue = 200000;
    p.contracts[kCommunity].variableRate = 0.5;
    const Appraisal a = appraise(p, p.scenarios[0]);
    // Baseline activity is the plan: fixed 200,000 only.
    QCOMPARE_NEAR(a.baseline.contractPaymentAt(0, kCommunity), 200000);
    // Scenario: 45 contacts above plan x £50 x 50% = 1,125 on top.
    QCOMPARE_NEAR(a.scenario.contractPaymentAt(0, kCommunity), 201125);
    // Year 2: 108.9 x 50 x 0.5 = 2,722.5.
    QCOMPARE_NEAR(a.scenario.contractPaymentAt(2, kCommunity), 202722.5);
}

void TestProjection::capitatedPaysPerHead() {
    Project p = tinyProject();
    p.contracts[kCommunity].mechanism = Mechanism::Capitated;
    p.contracts[kCommunity].capitationPerHead = 100;
    const ProjectionResult r = project(p, doNothing());
    // £100 x (1,000 + 2,000), x 3,100, x 3,210 people.
    QCOMPARE_NEAR(r.contractPaymentAt(0, kCommunity), 300000);
    QCOMPARE_NEAR(r.contractPaymentAt(1, kCommunity), 310000);
    QCOMPARE_NEAR(r.contractPaymentAt(2, kCommunity), 321000);
}

void TestProjection::blendedIsNeverPaidBelowZero() {
    // Issue 7, item 14.5. Community on a blended contract, fixed £1,000,
    // variable rate 100%; an intervention halves older people's community
    // contacts (coverage 100%, -50%). Year 0: older CC 2,000 -> 1,000, so the
    // variable element is 1 x (1,000 - 2,000) x £50 = -50,000 and
    // fixed + variable = -49,000 < 0: the payment is 0.
    Project p = tinyProject();
    p.contracts[kCommunity].mechanism = Mechanism::Blended;
    p.contracts[kCommunity].fixedValue = 1000;
    p.contracts[kCommunity].variableRate = 1.0;
    Intervention halve;
    halve.id = "halve";
    halve.group = Group::Older;
    halve.coverage = 1.0;
    halve.effects = {{"CC", -0.5, ""}};
    p.interventions = {halve};
    p.scenarios = {{"halve", "Halve", {{"halve", true}}, ""}};
    const ProjectionResult r = project(p, p.scenarios[0]);
    QCOMPARE_NEAR(r.contractPaymentAt(0, kCommunity), 0);
    // Cells: the fixed £1,000 by planned CC at price (2,000 : 2,000 contacts),
    // 500 each; the variable -50,000 scaled by 1,000 / 50,000 = 0.02 to -1,000,
    // all in the older cell: older 500 - 1,000 = -500, LTC 500.
    QCOMPARE_NEAR(r.cellSpend[r.cell(0, kOlder, kCc)], -500);
    QCOMPARE_NEAR(r.cellSpend[r.cell(0, kLtc, kCc)], 500);
    QCOMPARE_NEAR(r.settingSpend(0, Setting::Community), 0);
    QVERIFY(largestReconciliationGap(r) < 1e-6);
    // With a fixed element of £60,000 the floor does not bite: 60,000 - 50,000 = 10,000.
    p.contracts[kCommunity].fixedValue = 60000;
    QCOMPARE_NEAR(project(p, p.scenarios[0]).contractPaymentAt(0, kCommunity), 10000);
}

void TestProjection::untouchedGroupKeepsBaselineSpend() {
    // Issue 7, item 14.7. Only older people have an intervention (frailty,
    // year 0 reach 0.25: older NEL 300 -> 285, 15 avoided -> CC + 45).
    // Acute: NEL threshold £450,000 at 30%; community: a £200,000 block.
    Project p = tinyWithFrailty();
    p.contracts[kAcute].nelThreshold = 450000;
    p.contracts[kAcute].nelMarginalRate = 0.3;
    p.contracts[kCommunity].mechanism = Mechanism::Block;
    p.contracts[kCommunity].fixedValue = 200000;
    const Appraisal a = appraise(p, p.scenarios[0]);
    const ProjectionResult& b = a.baseline;
    const ProjectionResult& s = a.scenario;
    // Planned NEL income Vplan = (300 + 200) x 1,000 = 500,000: paid
    // f(Vplan) = 450,000 + 0.3 x 50,000 = 465,000. Scenario V = 485,000:
    // f(V) = 450,000 + 0.3 x 35,000 = 460,500. Acute = 460,500 + OP 200,000.
    QCOMPARE_NEAR(s.contractPaymentAt(0, kAcute), 660500);
    // LTC NEL keeps its planned share, 465,000 x 200/500 = 186,000, in both;
    // older NEL = 465,000 x 300/500 + 0.3 x (285,000 - 300,000) = 279,000 - 4,500.
    QCOMPARE_NEAR(s.cellSpend[s.cell(0, kLtc, kNel)], 186000);
    QCOMPARE_NEAR(s.cellSpend[s.cell(0, kOlder, kNel)], 274500);
    // The block is shared by planned CC at price, 2,000 : 2,000 contacts: 100,000
    // each, although older people now have 2,045.
    QCOMPARE_NEAR(s.cellSpend[s.cell(0, kOlder, kCc)], 100000);
    // LTC: 186,000 + OP 100,000 + CC 100,000 = 386,000 in both, to the last bit.
    QCOMPARE_NEAR(s.groupSpend(0, Group::LongTermConditions), 386000);
    for (int t = 0; t < s.years; ++t) {
        QCOMPARE(s.groupSpend(t, Group::LongTermConditions),
                 b.groupSpend(t, Group::LongTermConditions));
        for (int x = 0; x < s.pods; ++x)
            QCOMPARE(s.cellSpend[s.cell(t, kLtc, x)], b.cellSpend[b.cell(t, kLtc, x)]);
    }
    // Older: 274,500 + 100,000 + 100,000 + intervention 17,500 = 492,000.
    QCOMPARE_NEAR(s.groupSpend(0, Group::Older), 492000);
    QVERIFY(largestReconciliationGap(s) < 1e-6);

    // The threshold between planned and scenario income: T = 490,000.
    // f(Vplan) = 490,000 + 0.3 x 10,000 = 493,000; f(V) = 485,000 (below T).
    // Average slope = (5,000 x 1 + 10,000 x 0.3) / 15,000 = 8,000 / 15,000.
    // Older NEL = 493,000 x 0.6 - 15,000 x 8,000 / 15,000 = 295,800 - 8,000 = 287,800;
    // LTC NEL = 493,000 x 0.4 = 197,200; together 485,000.
    p.contracts[kAcute].nelThreshold = 490000;
    const ProjectionResult r = project(p, p.scenarios[0]);
    QCOMPARE_NEAR(r.cellSpend[r.cell(0, kOlder, kNel)], 287800);
    QCOMPARE_NEAR(r.cellSpend[r.cell(0, kLtc, kNel)], 197200);
    QCOMPARE_NEAR(r.contractPaymentAt(0, kAcute), 685000);
}

void TestProjection::effectsCombineMultiplicatively_data() {
    QTest::addColumn<QList<double>>("changes");
    QTest::addColumn<double>("expectedOlderNel");
    // Older NEL in year 0 is 300; coverage 1, ramp-up 1.
    QTest::newRow("-60% and -70%: 300 x 0.4 x 0.3") << QList<double>{-0.6, -0.7} << 36.0;
    QTest::newRow("three times -50%: 300 x 0.125") << QList<double>{-0.5, -0.5, -0.5} << 37.5;
    QTest::newRow("-100% twice: none left, never negative") << QList<double>{-1.0, -1.0} << 0.0;
    QTest::newRow("+10% then -10%: 300 x 1.1 x 0.9") << QList<double>{0.1, -0.1} << 297.0;
}

void TestProjection::effectsCombineMultiplicatively() {
    QFETCH(QList<double>, changes);
    QFETCH(double, expectedOlderNel);
    Project p = tinyProject();
    Scenario s{"s", "s", {}, ""};
    for (qsizetype i = 0; i < changes.size(); ++i) {
        Intervention iv;
        iv.id = "i";
        iv.id += std::to_string(i); // not "i" + ...: GCC 12 -Wrestrict false positive at -O3
        iv.group = Group::Older;
        iv.coverage = 1.0;
        iv.effects = {{"NEL", changes[i], ""}};
        p.interventions.push_back(iv);
        s.items.push_back({iv.id, true});
    }
    const ProjectionResult r = project(p, s);
    QCOMPARE_NEAR(r.activityAt(0, kOlder, kNel), expectedOlderNel);
    QVERIFY(r.activityAt(0, kOlder, kNel) >= 0);
}

void TestProjection::upliftMffAndNonDemographicGrowth() {
    Project p = tinyProject();
    p.assumptions.priceUplift = {0.02};
    p.providers[kAcute].mff = 1.1;
    p.pods[kOp].nonDemographicGrowth = {0.05};
    const ProjectionResult r = project(p, doNothing());
    // NEL price: 1,000 x 1.02^t x 1.1: 1,100; 1,122; 1,144.44. CC (MFF 1) 50 x 1.02^2 = 52.02.
    QCOMPARE_NEAR(r.price[0 * 3 + kNel], 1100);
    QCOMPARE_NEAR(r.price[1 * 3 + kNel], 1122);
    QCOMPARE_NEAR(r.price[2 * 3 + kNel], 1144.44);
    QCOMPARE_NEAR(r.price[2 * 3 + kCc], 52.02);
    // Older OP year 2: 1,210 x 1.0 x 1.05^2 = 1,334.025.
    QCOMPARE_NEAR(r.activityAt(2, kOlder, kOp), 1334.025);
    // Year 2 OP spend: (1,334.025 + 1,000 x 1.1025) x 100 x 1.0404 x 1.1 = 278,872.4979.
    QCOMPARE_NEAR(r.podSpend(2, kOp), (1334.025 + 1102.5) * 100 * 1.0404 * 1.1);
}

void TestProjection::startYearAndRampUp() {
    Project p = tinyWithFrailty();
    p.interventions[0].startYear = 1;
    const ProjectionResult r = project(p, p.scenarios[0]);
    // Nothing in year 0.
    QCOMPARE_NEAR(r.interventionSpend[0], 0);
    QCOMPARE_NEAR(r.activityAt(0, kOlder, kNel), 300);
    // Year 1 is the first year: ramp 0.5, f = 0.25: NEL 330 x 0.95 = 313.5;
    // cost 5,000 + 10,000 + 0.25 x 1,100 x 10 = 17,750.
    QCOMPARE_NEAR(r.activityAt(1, kOlder, kNel), 313.5);
    QCOMPARE_NEAR(r.interventionSpend[1], 17750);
    // Year 2: full effect, f = 0.5: 363 x 0.9 = 326.7; cost 10,000 + 605 x 10.
    QCOMPARE_NEAR(r.activityAt(2, kOlder, kNel), 326.7);
    QCOMPARE_NEAR(r.interventionSpend[2], 16050);
}

void TestProjection::startAfterHorizonHasNoEffectOrCost() {
    // Issue 7, item 14.4: an intervention starting after the last year (index
    // 2) is valid; it does nothing within the horizon. Another scenario of the
    // same project still runs.
    Project p = tinyWithFrailty();
    p.interventions[0].startYear = 5;
    const ProjectionResult r = project(p, p.scenarios[0]);
    // Baseline figures of baselineYearByYear(): 900,000; 950,000; 1,005,000; no costs.
    QCOMPARE_NEAR(r.totalSpend[0], 900000);
    QCOMPARE_NEAR(r.totalSpend[1], 950000);
    QCOMPARE_NEAR(r.totalSpend[2], 1005000);
    for (int t = 0; t < 3; ++t) {
        QCOMPARE_NEAR(r.interventionSpend[static_cast<std::size_t>(t)], 0);
        QCOMPARE_NEAR(r.participants[static_cast<std::size_t>(t)], 0);
    }
    // Older NEL untouched: 300, 330, 363.
    QCOMPARE_NEAR(r.activityAt(2, kOlder, kNel), 363);
    const Appraisal a = appraise(p, p.scenarios[0]);
    QCOMPARE_NEAR(a.impact.netSaving, 0);
    QVERIFY(!a.impact.roi.has_value());
    QVERIFY(!a.breakEven.has_value());
    const ProjectionResult none = project(p, doNothing());
    QCOMPARE_NEAR(none.totalSpend[0], 900000);
}

void TestProjection::onlyAvoidedActivityIsSubstituted() {
    Project p = tinyWithFrailty();
    p.interventions[0].effects = {{"NEL", 0.2, ""}}; // more admissions, nothing avoided
    const ProjectionResult r = project(p, p.scenarios[0]);
    // NEL 300 x (1 + 0.25 x 0.2) = 315; CC stays at 2,000.
    QCOMPARE_NEAR(r.activityAt(0, kOlder, kNel), 315);
    QCOMPARE_NEAR(r.activityAt(0, kOlder, kCc), 2000);
}

namespace {
/// Two interventions on older people's NEL, full reach from year 0:
/// "team" cuts NEL 20% (factor 0.8), each admission avoided -> 3 community contacts;
/// "ward" cuts NEL 50% (factor 0.5), each admission avoided -> 2 outpatient attendances.
Project twoOnOneCell(bool teamFirst) {
    Project p = tinyProject();
    Intervention team;
    team.id = "team";
    team.group = Group::Older;
    team.coverage = 1.0;
    team.effects = {{"NEL", -0.2, ""}};
    team.substitutions = {{"NEL", "CC", 3, ""}};
    Intervention ward = team;
    ward.id = "ward";
    ward.effects = {{"NEL", -0.5, ""}};
    ward.substitutions = {{"NEL", "OP", 2, ""}};
    p.interventions = {team, ward};
    Scenario s{"both", "Both", {{"team", true}, {"ward", true}}, ""};
    if (!teamFirst)
        std::swap(s.items[0], s.items[1]);
    p.scenarios = {s};
    return p;
}
} // namespace

void TestProjection::substitutionDoesNotDependOnOrder() {
    // Issue 7, item 14.2. Year 0, older NEL A0 = 300:
    //   A = 300 x 0.8 x 0.5 = 120; avoided = 300 x (1 - 0.4) = 180.
    //   Shared by own reduction, 0.2 : 0.5 of 0.7:
    //     team 180 x 0.2 / 0.7 = 51.428571 -> CC + 3 x 51.428571 = 154.285714
    //     ward 180 x 0.5 / 0.7 = 128.571429 -> OP + 2 x 128.571429 = 257.142857
    //   (In list order the old rule gave CC +180, OP +240 one way round and
    //   CC +90, OP +300 the other.)
    const Project a = twoOnOneCell(true);
    const Project b = twoOnOneCell(false);
    const ProjectionResult ra = project(a, a.scenarios[0]);
    const ProjectionResult rb = project(b, b.scenarios[0]);
    QCOMPARE_NEAR(ra.activityAt(0, kOlder, kNel), 120);
    QCOMPARE_NEAR(ra.substitutedActivity[ra.cell(0, kOlder, kCc)], 180.0 * 0.2 / 0.7 * 3);
    QCOMPARE_NEAR(ra.substitutedActivity[ra.cell(0, kOlder, kOp)], 180.0 * 0.5 / 0.7 * 2);
    QCOMPARE_NEAR(ra.activityAt(0, kOlder, kCc), 2000 + 154.2857142857143);
    QCOMPARE_NEAR(ra.activityAt(0, kOlder, kOp), 1000 + 257.1428571428571);
    // Year 2 (A0 = 363): avoided 217.8 -> CC + 217.8 x 2/7 x 3 = 186.685714.
    QCOMPARE_NEAR(ra.substitutedActivity[ra.cell(2, kOlder, kCc)], 186.6857142857143);
    // Contract spend year 0: NEL (120 + 200) x 1,000 + OP (1,257.142857 + 1,000) x 100
    //   + CC (2,154.285714 + 2,000) x 50 = 320,000 + 225,714.2857 + 207,714.2857 = 753,428.5714.
    QCOMPARE_NEAR(ra.contractSpend[0], 753428.5714285714);
    // The other order gives the same figures, everywhere.
    for (std::size_t x = 0; x < ra.activity.size(); ++x) {
        QCOMPARE_NEAR(rb.activity[x], ra.activity[x]);
        QCOMPARE_NEAR(rb.cellSpend[x], ra.cellSpend[x]);
    }
    for (std::size_t t = 0; t < ra.totalSpend.size(); ++t)
        QCOMPARE_NEAR(rb.totalSpend[t], ra.totalSpend[t]);
}

void TestProjection::raisingAndReducingOnOneCell() {
    // One intervention raises older NEL 50% (factor 1.5), the other cuts it
    // 20% (factor 0.8, 3 contacts per admission avoided). Year 0, A0 = 300:
    //   A = 300 x 1.5 x 0.8 = 360. The cut removes 20% of the activity there
    //   would be without it: 300 x 1.5 x 0.2 = 90 avoided -> CC + 270, in
    //   either order.
    for (bool raiseFirst : {true, false}) {
        Project p = tinyWithFrailty();
        Intervention& cut = p.interventions[0];
        cut.coverage = 1.0;
        cut.rampUp = {1.0};
        Intervention raise = cut;
        raise.id = "raise";
        raise.name = "Raise";
        raise.effects = {{"NEL", 0.5, ""}};
        raise.substitutions.clear();
        p.interventions.push_back(raise);
        p.scenarios[0].items.push_back({"raise", true});
        if (raiseFirst)
            std::swap(p.scenarios[0].items[0], p.scenarios[0].items[1]);
        const ProjectionResult r = project(p, p.scenarios[0]);
        QCOMPARE_NEAR(r.activityAt(0, kOlder, kNel), 360);
        QCOMPARE_NEAR(r.activityAt(0, kOlder, kCc), 2270);
    }
}

void TestProjection::activityRatioTargetsHeavyUsers() {
    Project p = tinyWithFrailty();
    p.interventions[0].coverage = 0.25;
    p.interventions[0].activityRatio = 3.0;
    const ProjectionResult r = project(p, p.scenarios[0]);
    // Year 1: reach 0.25 x ramp 1 = 0.25 of people, who use 3x the average, so
    // 75% of the activity is theirs: NEL 330 x (1 - 0.75 x 0.2) = 280.5.
    QCOMPARE_NEAR(r.activityAt(1, kOlder, kNel), 280.5);
    // Participants are people, not activity: 0.25 x 1,100 = 275.
    QCOMPARE_NEAR(r.participants[1], 275);
}

void TestProjection::totalsReconcile() {
    // Every mechanism and rule at once; each breakdown must add up to the total.
    Project p = tinyWithFrailty();
    p.assumptions.priceUplift = {0.03, 0.01};
    p.providers[kAcute].mff = 1.07;
    p.contracts[kAcute].nelThreshold = 300000;
    p.contracts[kAcute].nelMarginalRate = 0.3;
    p.contracts[kAcute].unpaidReadmissionShare = 0.05;
    p.contracts[kAcute].cquinRate = 0.02;
    p.contracts[kCommunity].mechanism = Mechanism::Blended;
    p.contracts[kCommunity].fixedValue = 180000;
    p.contracts[kCommunity].variableRate = 0.4;
    p.interventions[0].costProviderId.clear(); // an outside provider
    const ProjectionResult r = project(p, p.scenarios[0]);
    // Each breakdown is summed independently of the engine's own totals.
    QVERIFY2(largestReconciliationGap(r) < 1e-6,
             qPrintable(QString::number(largestReconciliationGap(r))));
    // The intervention's cost went to "other providers" (index = providers).
    for (int t = 0; t < r.years; ++t)
        QCOMPARE_NEAR(r.providerSpend(t, r.providers),
                      r.interventionSpend[static_cast<std::size_t>(t)]);
    // And a breakdown that lost money would be caught: move £1 out of a cell.
    ProjectionResult broken = r;
    broken.cellSpend[0] -= 1.0;
    QVERIFY(largestReconciliationGap(broken) >= 1.0 - 1e-9);
    const Appraisal a = appraise(p, p.scenarios[0]);
    for (const YearImpact& y : a.impact.years)
        QCOMPARE_NEAR(y.netSaving, y.grossSaving - y.investment);
}

void TestProjection::invalidProjectGivesNoNumbers() {
    Project p = tinyProject();
    p.pods[kNel].price = -5;
    try {
        (void)project(p, doNothing());
        QFAIL("an invalid project was projected");
    } catch (const InvalidProjectError& e) {
        QCOMPARE(e.problems().size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(e.problems()[0].toString()),
                 QStringLiteral("PoD 'NEL', price: must be from £0 to £1,000,000,000 (is -£5)"));
    }
}

void TestProjection::figuresTooLargeToCompute() {
    // Issue 7, item 14.6. NEL at £500m a unit with 10,000 older people: year 0
    // NEL = (10,000 x 0.3 + 200) x £500m = £1.6 trillion, over the £1 trillion
    // that can be added up to the penny.
    Project p = tinyProject();
    p.pods[kNel].price = 5e8;
    p.population[0].baseCount = 10000;
    try {
        (void)project(p, doNothing());
        QFAIL("a projection over £1 trillion a year gave figures");
    } catch (const ProjectionError& e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("a figure is too large to compute: total spend in 2020/21 "
                                "would be over £1 trillion. Check the inputs for a value in the "
                                "wrong units or a misplaced digit"));
    }
    QVERIFY_THROWS_EXCEPTION(ProjectionError, appraise(p, doNothing()));

    // A price of 1e306 overflows to infinity (and inf - inf = NaN in the
    // comparison): refused, by validation or by the check, never shown.
    p = tinyProject();
    p.pods[kNel].price = 1e306;
    try {
        (void)appraise(p, doNothing());
        QFAIL("a price of 1e306 gave figures");
    } catch (const ProjectionError& e) {
        QVERIFY2(QString::fromUtf8(e.what()).startsWith(
                     QStringLiteral("a figure is too large to compute: ")),
                 e.what());
    } catch (const InvalidProjectError&) {
        // validation refuses such a price: also no figures
    }

    // A figure that is not a number is named with its year.
    ProjectionResult r = project(tinyProject(), doNothing());
    r.bedDays[1] = std::nan("");
    try {
        checkProjection(r, 2020);
        QFAIL("a NaN passed the check");
    } catch (const ProjectionError& e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("a figure is too large to compute: bed days in 2021/22 cannot be "
                                "represented. Check the inputs for a value in the wrong units or a "
                                "misplaced digit"));
    }
}

void TestProjection::figuresThatDoNotAddUpAreRefused() {
    // Issue 7, item 14.6: breakdowns must add up to their totals within a penny.
    const ProjectionResult good = project(tinyProject(), doNothing());
    checkProjection(good, 2020); // no throw

    // Four tenths of a penny lost from one cell: within tolerance.
    ProjectionResult r = good;
    r.cellSpend[0] -= 0.004;
    checkProjection(r, 2020);

    // 50p lost from one cell of year 0: the cells now add up to 50p less than
    // contract spend (every other breakdown is held separately and still agrees).
    r = good;
    r.cellSpend[0] -= 0.5;
    QCOMPARE_NEAR(findReconciliationGap(r).amount, 0.5);
    try {
        checkProjection(r, 2020);
        QFAIL("a 50p gap passed the check");
    } catch (const ProjectionError& e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("the figures do not add up: a gap of £0.50 in 2020/21 between "
                                "contract spend and spend by patient group and point of delivery"));
    }

    // £3 too much acute spend in year 2 (2022/23) shows against spend by setting.
    r = good;
    r.spendBySetting[2 * kSettingCount + static_cast<int>(Setting::Acute)] += 3;
    const ReconciliationGap gap = findReconciliationGap(r);
    QCOMPARE(gap.year, 2);
    QCOMPARE_NEAR(gap.amount, 3);
    QVERIFY_THROWS_EXCEPTION(ProjectionError, checkProjection(r, 2020));
    try {
        checkProjection(r, 2020);
    } catch (const ProjectionError& e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("the figures do not add up: a gap of £3.00 in 2022/23 between "
                                "total spend and spend by setting"));
    }
}

void TestProjection::evaluateAllocatesNothingAfterFirstCall() {
    // PSA and the break-even search re-run evaluate() thousands of times: once
    // the result buffers have their size it must not allocate. Two
    // interventions on one cell (order-independent substitution), a blended
    // contract (the floor) and the NEL marginal rate exercise every path.
    Project p = twoOnOneCell(true);
    p.contracts[kAcute].nelThreshold = 100000;
    p.contracts[kAcute].nelMarginalRate = 0.3;
    p.contracts[kCommunity].mechanism = Mechanism::Blended;
    p.contracts[kCommunity].fixedValue = 1000;
    p.contracts[kCommunity].variableRate = 1.0;
    Model model = Model::compile(p, p.scenarios[0]);
    ProjectionResult r;
    const std::size_t first = allocationCount();
    evaluate(model, r);
    QVERIFY(allocationCount() > first); // the counter counts: the first call sizes the buffers
    const std::size_t before = allocationCount();
    model.effectScale = 0.5;
    evaluate(model, r);
    model.effectScale = 1.0;
    evaluate(model, r);
    QCOMPARE(allocationCount() - before, std::size_t{0});
}

QTEST_APPLESS_MAIN(TestProjection)
#include "tst_projection.moc"
