// Outcomes for the five patient groups (engine/outcomes.h, docs/outcomes.md),
// worked by hand on the tiny project (tinyproject.h): 3 years, older people
// 1,000 growing 10% a year, LTC 2,000; the frailty team reaches older people
// at coverage 50% with ramp-up 50% then 100%, so its reach f(t) = 0.25, 0.5,
// 0.5, activity ratio 1, and it cuts their emergency admissions by 20%.
//
// The metrics (outcomesProject() below):
//   falls    older prevention, per 100,000, lower better, base 2,000, trend
//            -5% a year, rated on 4 peers (1,800, 2,000, 2,200, 2,600) and
//            England (2,100, a benchmark); the frailty team: -20% relative
//   targets  older quality, percent, higher better, base 40%, thresholds red
//            35%, green 45%, weight 3; the frailty team: +16 points absolute
//   dementia older quality, percent, higher better, base 60%, thresholds red
//            50%, green 70%, weight 1
//   admits   older access, per 100,000, lower better, basis emergency
//            admissions, base 30,000, thresholds red 35,000, green 25,000
//   acsc     LTC prevention, per 100,000, lower better, basis emergency
//            admissions, base 800, thresholds red 900, green 700
// Weights: older weight 2, access 1, quality 2, prevention 1; LTC has no row
// (equal weights, all 1).

#include "engine/appraisal.h"
#include "engine/options.h"
#include "engine/outcomes.h"
#include "engine/validate.h"
#include "tinyproject.h"

#include <QtTest>

#include <cmath>

using namespace careshift;
using careshift::testing::tinyWithFrailty;

namespace {

Metric metric(const char* id, Group g, Lens l, MetricUnit u, Direction d, double base) {
    Metric m;
    m.id = id;
    m.name = id;
    m.group = g;
    m.lens = l;
    m.unit = u;
    m.direction = d;
    m.baseValue = base;
    return m;
}

Metric thresholds(Metric m, double red, double green) {
    m.rag = RagRule::Thresholds;
    m.redThreshold = red;
    m.greenThreshold = green;
    return m;
}

Project outcomesProject() {
    Project p = tinyWithFrailty();
    p.peers = {{"a", "Peer A", false, ""},
               {"b", "Peer B", false, ""},
               {"c", "Peer C", false, ""},
               {"d", "Peer D", false, ""},
               {"england", "England", true, ""}};
    Metric falls = metric("falls", Group::Older, Lens::Prevention, MetricUnit::Per100k,
                          Direction::Lower, 2000);
    falls.trend = {-0.05};
    falls.peerValues = {{"a", 1800}, {"b", 2200}, {"c", 2000}, {"d", 2600}, {"england", 2100}};
    Metric targets = thresholds(metric("targets", Group::Older, Lens::Quality, MetricUnit::Percent,
                                       Direction::Higher, 0.40),
                                0.35, 0.45);
    targets.weight = 3;
    const Metric dementia = thresholds(metric("dementia", Group::Older, Lens::Quality,
                                              MetricUnit::Percent, Direction::Higher, 0.60),
                                       0.50, 0.70);
    Metric admits = thresholds(
        metric("admits", Group::Older, Lens::Access, MetricUnit::Per100k, Direction::Lower, 30000),
        35000, 25000);
    admits.basis = MetricBasis::EmergencyAdmissions;
    Metric acsc = thresholds(metric("acsc", Group::LongTermConditions, Lens::Prevention,
                                    MetricUnit::Per100k, Direction::Lower, 800),
                             900, 700);
    acsc.basis = MetricBasis::EmergencyAdmissions;
    p.metrics = {falls, targets, dementia, admits, acsc};
    p.weights = {{Group::Older, 2, 1, 2, 1, ""}};
    p.interventions[0].metricEffects = {{"falls", EffectMode::Relative, -0.2, ""},
                                        {"targets", EffectMode::Absolute, 0.16, ""}};
    return p;
}

OutcomeResult outcomesOf(const Project& p, const std::string& scenario = "frailty") {
    const Scenario& s = *p.findScenario(scenario);
    const Appraisal a = appraise(p, s);
    return projectOutcomes(p, s, a.baseline, a.scenario);
}

const MetricOutcome& byId(const OutcomeResult& o, const std::string& id) {
    for (const MetricOutcome& m : o.metrics)
        if (m.id == id)
            return m;
    throw std::runtime_error("no metric " + id);
}

constexpr double kTolerance = 1e-9;

} // namespace

class TestOutcomes : public QObject {
    Q_OBJECT
private slots:
    void projectIsValid();
    void quantilesAreExcelInclusive();
    void typedMetricWithTrendAndRelativeEffect();
    void absoluteEffectOnAPercentage();
    void metricBasedOnTheProjection();
    void peerQuartileRatingScoreAndRankWithATie();
    void thresholdRatings();
    void weightsNormalisedPerCellGroupAndOverall();
    void cellsChangingRating();
    void optionSummaryCountsBetterAndWorse();
    void zeroCoverageChangesNothing();
    void fullCoverageGivesTheExactValue();
    void activityRatioScalesARelativeEffectOnARate();
    void valuesStayWithinTheirUnit();
    void scoresAreHeldWithinTheirRange();
    void tooFewPeersIsNotRated();
    void badInputIsRefusedWithTheMetricAndField_data();
    void badInputIsRefusedWithTheMetricAndField();
};

void TestOutcomes::projectIsValid() {
    const auto problems = validate(outcomesProject());
    QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().toString().c_str());
}

void TestOutcomes::quantilesAreExcelInclusive() {
    // Excel QUARTILE.INC({1,2,3,4}, 1) = 1.75 and (.., 3) = 3.25; R's
    // quantile(c(1800, 2000, 2200, 2600), c(.25, .75)) = 1950, 2300.
    QCOMPARE(quantileInclusive({1, 2, 3, 4}, 0.25), 1.75);
    QCOMPARE(quantileInclusive({1, 2, 3, 4}, 0.75), 3.25);
    QCOMPARE(quantileInclusive({1800, 2000, 2200, 2600}, 0.25), 1950.0);
    QCOMPARE(quantileInclusive({1800, 2000, 2200, 2600}, 0.75), 2300.0);
    QCOMPARE(quantileInclusive({7}, 0.75), 7.0);
}

void TestOutcomes::typedMetricWithTrendAndRelativeEffect() {
    // Baseline: 2,000 x 0.95^t = 2,000, 1,900, 1,805.
    // Scenario: x (1 - f(t) x 1 x 0.2) = x 0.95, 0.90, 0.90 = 1,900, 1,710, 1,624.5.
    const OutcomeResult o = outcomesOf(outcomesProject());
    const MetricOutcome& m = byId(o, "falls");
    QCOMPARE(m.baseline.size(), std::size_t{3});
    QVERIFY(std::fabs(m.baseline[1] - 1900) < kTolerance);
    QVERIFY(std::fabs(m.baseline[2] - 1805) < kTolerance);
    QVERIFY(std::fabs(m.scenario[0] - 1900) < kTolerance);
    QVERIFY(std::fabs(m.scenario[1] - 1710) < kTolerance);
    QVERIFY(std::fabs(m.scenario[2] - 1624.5) < kTolerance);
}

void TestOutcomes::absoluteEffectOnAPercentage() {
    // 40% + f(t) x 16 points = 44%, 48%, 48%: f scales an absolute change too.
    const OutcomeResult o = outcomesOf(outcomesProject());
    const MetricOutcome& m = byId(o, "targets");
    QVERIFY(std::fabs(m.baseline[2] - 0.40) < kTolerance);
    QVERIFY(std::fabs(m.scenario[0] - 0.44) < kTolerance);
    QVERIFY(std::fabs(m.scenario[1] - 0.48) < kTolerance);
    // Score: 100 x (value - red) / (green - red) = 100 x (0.44 - 0.35) / 0.10 = 90.
    QVERIFY(std::fabs(*m.baselineScore[0] - 50) < 1e-6);
    QVERIFY(std::fabs(*m.scenarioScore[0] - 90) < 1e-6);
    QVERIFY(std::fabs(*m.scenarioScore[1] - 130) < 1e-6);
    QCOMPARE(m.scenarioRag[0], Rag::Amber);
    QCOMPARE(m.scenarioRag[1], Rag::Green);
}

void TestOutcomes::metricBasedOnTheProjection() {
    // Older emergency admissions per head: 300 per 1,000 in every baseline
    // year (no growth beyond demography), so 30,000 per 100,000 stays 30,000.
    // The scenario cuts older NEL by f(t) x 20%: 30,000 x 0.95 = 28,500, then
    // x 0.90 = 27,000. LTC, untouched by the frailty team, stays at 800.
    const OutcomeResult o = outcomesOf(outcomesProject());
    const MetricOutcome& admits = byId(o, "admits");
    for (int t = 0; t < 3; ++t)
        QVERIFY(std::fabs(admits.baseline[static_cast<std::size_t>(t)] - 30000) < 1e-6);
    QVERIFY(std::fabs(admits.scenario[0] - 28500) < 1e-6);
    QVERIFY(std::fabs(admits.scenario[1] - 27000) < 1e-6);
    // Score 100 x (28,500 - 35,000) / (25,000 - 35,000) = 65.
    QVERIFY(std::fabs(*admits.scenarioScore[0] - 65) < 1e-6);
    const MetricOutcome& acsc = byId(o, "acsc");
    QCOMPARE(acsc.baseline, acsc.scenario);
    QVERIFY(std::fabs(acsc.scenario[2] - 800) < 1e-9);
}

void TestOutcomes::peerQuartileRatingScoreAndRankWithATie() {
    // Year 0: peers 1,800, 2,000, 2,200, 2,600 (England is a benchmark: out).
    // Lower is better: red boundary = upper quartile 2,300, green = lower 1,950.
    // Baseline 2,000: amber, score 100 x (2,000 - 2,300) / (1,950 - 2,300) =
    // 85.714...; rank: one peer (1,800) strictly better, Peer C ties at
    // 2,000 and shares the rank: 2nd of 5. Scenario 1,900: green (at or below
    // 1,950), score 114.285..., rank 2nd of 5.
    const OutcomeResult o = outcomesOf(outcomesProject());
    const MetricOutcome& m = byId(o, "falls");
    QCOMPARE(m.rankOf, 5);
    QCOMPARE(m.redBoundary[0], 2300.0);
    QCOMPARE(m.greenBoundary[0], 1950.0);
    QCOMPARE(m.baselineRag[0], Rag::Amber);
    QCOMPARE(m.scenarioRag[0], Rag::Green);
    QVERIFY(std::fabs(*m.baselineScore[0] - 600.0 / 7.0) < 1e-9);
    QVERIFY(std::fabs(*m.scenarioScore[0] - 800.0 / 7.0) < 1e-9);
    QCOMPARE(m.baselineRank[0], 2);
    QCOMPARE(m.scenarioRank[0], 2);
    QCOMPARE(formatRank(m.baselineRank[0], m.rankOf), std::string("2nd of 5"));
    // Peers follow the baseline (x 0.95 in year 1): 1,710, 1,900, 2,090, 2,470;
    // the scenario's 1,710 ties with Peer A for 1st; the baseline keeps 2nd.
    QCOMPARE(m.scenarioRank[1], 1);
    QCOMPARE(m.baselineRank[1], 2);
    QVERIFY(std::fabs(m.peerLow[1] - 1710) < 1e-9);
    QVERIFY(std::fabs(m.peerHigh[1] - 2470) < 1e-9);
    QCOMPARE(formatRank(11, 12), std::string("11th of 12"));
    QCOMPARE(formatRank(22, 30), std::string("22nd of 30"));
}

void TestOutcomes::thresholdRatings() {
    // Higher is better, red 35%, green 45%: 34.9% red, 35% amber (not worse
    // than red), 45% green (at the green threshold), and the score's rule
    // agrees: below 0 red, 100 or more green.
    Project p = outcomesProject();
    p.interventions[0].metricEffects.clear();
    for (double v : {0.349, 0.35, 0.45}) {
        p.metrics[1].baseValue = v;
        const OutcomeResult o = outcomesOf(p);
        const MetricOutcome& m = byId(o, "targets");
        const Rag expected = v < 0.35 ? Rag::Red : (v >= 0.45 ? Rag::Green : Rag::Amber);
        QCOMPARE(m.baselineRag[0], expected);
        QCOMPARE(ragOfScore(m.baselineScore[0]), expected);
    }
    QCOMPARE(ragWord(Rag::Red), std::string_view("Red"));
    QCOMPARE(ragSymbol(Rag::Green), std::string_view("\u25B2"));
}

void TestOutcomes::weightsNormalisedPerCellGroupAndOverall() {
    // Year 0.
    // Older quality: targets (weight 3) and dementia (weight 1, score 50):
    //   baseline (3 x 50 + 50) / 4 = 50; scenario (3 x 90 + 50) / 4 = 80.
    // Older, lens weights 1, 2, 1 -> 0.25, 0.5, 0.25:
    //   baseline 0.25 x 50 + 0.5 x 50 + 0.25 x 600/7 = 58.928571...
    //   scenario 0.25 x 65 + 0.5 x 80 + 0.25 x 800/7 = 84.821428...
    // LTC: only prevention has a metric (acsc, 50): group score 50.
    // Overall, group weights older 2, LTC 1 (no row: equal), the others
    // without a score: 2/3 and 1/3.
    //   baseline 2/3 x 58.928571 + 1/3 x 50 = 55.952380...
    //   scenario 2/3 x 84.821428 + 1/3 x 50 = 73.214285...
    const OutcomeResult o = outcomesOf(outcomesProject());
    const CellOutcome& quality = o.cell(Group::Older, Lens::Quality);
    QCOMPARE(quality.metrics.size(), std::size_t{2});
    QCOMPARE(quality.weights[0], 0.75);
    QCOMPARE(quality.weights[1], 0.25);
    QVERIFY(std::fabs(*quality.baselineScore[0] - 50) < 1e-6);
    QVERIFY(std::fabs(*quality.scenarioScore[0] - 80) < 1e-6);
    const GroupOutcome& older = o.groups[0];
    QCOMPARE(older.lensWeights[0], 0.25);
    QCOMPARE(older.lensWeights[1], 0.5);
    QCOMPARE(older.lensWeights[2], 0.25);
    const double olderBaseline = 0.25 * 50 + 0.5 * 50 + 0.25 * 600.0 / 7.0;
    const double olderScenario = 0.25 * 65 + 0.5 * 80 + 0.25 * 800.0 / 7.0;
    QVERIFY(std::fabs(*older.baselineScore[0] - 58.928571428571) < 1e-9);
    QVERIFY(std::fabs(*older.scenarioScore[0] - 84.821428571429) < 1e-9);
    QVERIFY(std::fabs(*older.scenarioScore[0] - olderScenario) < 1e-9);
    QVERIFY(std::fabs(*o.groups[1].baselineScore[0] - 50) < 1e-9);
    QVERIFY(!o.groups[2].baselineScore[0]); // mental health: no metric
    QVERIFY(std::fabs(o.groups[0].weight - 2.0 / 3.0) < 1e-12);
    QVERIFY(std::fabs(o.groups[1].weight - 1.0 / 3.0) < 1e-12);
    QCOMPARE(o.groups[2].weight, 0.0);
    QVERIFY(std::fabs(*o.baselineScore[0] - (2 * olderBaseline + 50) / 3) < 1e-9);
    QVERIFY(std::fabs(*o.baselineScore[0] - 55.952380952381) < 1e-9);
    QVERIFY(std::fabs(*o.scenarioScore[0] - 73.214285714286) < 1e-9);
    // Each normalisation is said: the quality metrics' weights (4), the older
    // lenses' (4) and the groups' (3).
    const auto said = [&](const std::string& part) {
        return std::any_of(o.notes.begin(), o.notes.end(),
                           [&](const std::string& n) { return n.find(part) != std::string::npos; });
    };
    QVERIFY(said("The weights of the metrics of Older people (70+), Quality add up to 4.000"));
    QVERIFY(said("The weights of the lenses of Older people (70+) add up to 4.000"));
    QVERIFY(said("The weights of the patient groups add up to 3.000"));
}

void TestOutcomes::cellsChangingRating() {
    // Year 0: only older prevention changes (falls amber -> green); older
    // access 50 -> 65 and quality 50 -> 80 stay amber.
    const OutcomeResult o = outcomesOf(outcomesProject());
    QCOMPARE(o.cellsChangingRating(0), 1);
    QCOMPARE(ragOfScore(o.cell(Group::Older, Lens::Prevention).scenarioScore[0]), Rag::Green);
    // Year 1: quality reaches (3 x 130 + 50) / 4 = 110, green; access 80 amber.
    QCOMPARE(o.cellsChangingRating(1), 2);
    // The do-nothing scenario changes no rating.
    Project p = outcomesProject();
    p.scenarios.push_back(doNothing());
    QCOMPARE(outcomesOf(p, "do-nothing").cellsChangingRating(2), 0);
}

void TestOutcomes::optionSummaryCountsBetterAndWorse() {
    // The last year (t = 2): older quality (3 x 130 + 50) / 4 = 110, green
    // from amber; older prevention: falls 1,624.5 against peers following
    // the baseline (x 0.9025: 1,624.5, 1,805, 1,985.5, 2,346.5), lower
    // quartile 1,624.5 + 0.75 x 180.5 = 1,759.875, so green from amber;
    // older access 80, amber as before. Two cells, both better.
    const Project p = outcomesProject();
    const Scenario& s = *p.findScenario("frailty");
    const OptionSummary o = summarise(p, s, appraise(p, s));
    QCOMPARE(o.cellsChangingRating, 2);
    QCOMPARE(o.cellsBetter, 2);
    QCOMPARE(o.cellsWorse, 0);
    QVERIFY(o.outcomeScore && o.baselineOutcomeScore);
    QVERIFY(*o.outcomeScore > *o.baselineOutcomeScore);
    // A scheme that makes falls worse (+50% among those reached, no effect on
    // the targets): 1,805 x (1 + 0.5 x 0.5) = 2,256.25, above the upper
    // quartile 1,985.5 + 0.25 x 361 = 2,075.75 (the red boundary where lower
    // is better): amber to red. Quality stays amber (50), access amber (80).
    Project worse = outcomesProject();
    worse.interventions[0].metricEffects = {{"falls", EffectMode::Relative, 0.5, ""}};
    const OptionSummary w = summarise(worse, s, appraise(worse, s));
    QCOMPARE(w.cellsChangingRating, 1);
    QCOMPARE(w.cellsWorse, 1);
    QCOMPARE(w.cellsBetter, 0);
}

void TestOutcomes::zeroCoverageChangesNothing() {
    Project p = outcomesProject();
    p.interventions[0].coverage = 0;
    const OutcomeResult o = outcomesOf(p);
    for (const MetricOutcome& m : o.metrics) {
        QCOMPARE(m.scenario, m.baseline);
        QCOMPARE(m.scenarioRank, m.baselineRank);
    }
    QCOMPARE(o.cellsChangingRating(2), 0);
}

void TestOutcomes::fullCoverageGivesTheExactValue() {
    // Coverage 100%, ramp-up 100%: falls 2,000 x (1 - 0.2) = 1,600 in year 0;
    // targets 40% + 16 points = 56%.
    Project p = outcomesProject();
    p.interventions[0].coverage = 1;
    p.interventions[0].rampUp = {1};
    const OutcomeResult o = outcomesOf(p);
    QCOMPARE(byId(o, "falls").scenario[0], 1600.0);
    QVERIFY(std::fabs(byId(o, "targets").scenario[0] - 0.56) < kTolerance);
    QVERIFY(std::fabs(byId(o, "admits").scenario[0] - 24000) < 1e-6); // 30,000 x 0.8
}

void TestOutcomes::activityRatioScalesARelativeEffectOnARate() {
    // With activity ratio 2 the people reached hold 2 x f(t) of the group's
    // falls: 2,000 x (1 - 0.25 x 2 x 0.2) = 1,800. A percentage is not a rate
    // of activity: the absolute 16 points are not scaled (44% stays 44%).
    Project p = outcomesProject();
    p.interventions[0].activityRatio = 2;
    const OutcomeResult o = outcomesOf(p);
    QVERIFY(std::fabs(byId(o, "falls").scenario[0] - 1800) < kTolerance);
    QVERIFY(std::fabs(byId(o, "targets").scenario[0] - 0.44) < kTolerance);
}

void TestOutcomes::valuesStayWithinTheirUnit() {
    // 40% + 100% x 80 points would be 120% of people: held at 100%, and said.
    Project p = outcomesProject();
    p.interventions[0].coverage = 1;
    p.interventions[0].rampUp = {1};
    p.interventions[0].metricEffects[1].change = 0.8;
    const OutcomeResult o = outcomesOf(p);
    QCOMPARE(byId(o, "targets").scenario[0], 1.0);
    QVERIFY(byId(o, "targets").clamped);
    QVERIFY(std::any_of(o.notes.begin(), o.notes.end(), [](const std::string& n) {
        return n == "Metric 'targets' reaches the edge of its unit and is held there.";
    }));
}

void TestOutcomes::scoresAreHeldWithinTheirRange() {
    // 100% against red 35%, green 45% would score 650: held at 200.
    Project p = outcomesProject();
    p.metrics[1].baseValue = 1.0;
    p.interventions[0].metricEffects.pop_back();
    QCOMPARE(*byId(outcomesOf(p), "targets").baselineScore[0], kHighestScore);
    p.metrics[1].baseValue = 0;
    QCOMPARE(*byId(outcomesOf(p), "targets").baselineScore[0], kLowestScore);
}

void TestOutcomes::tooFewPeersIsNotRated() {
    Project p = outcomesProject();
    p.metrics[0].peerValues = {{"a", 1800}, {"england", 2100}};
    const OutcomeResult o = outcomesOf(p);
    QCOMPARE(byId(o, "falls").baselineRag[0], Rag::None);
    QVERIFY(!byId(o, "falls").baselineScore[0]);
    QCOMPARE(byId(o, "falls").rankOf, 2); // still ranked: 1 peer and the commissioner
    // Older prevention has no score now: the group is access and quality
    // only, 1/3 and 2/3.
    QVERIFY(std::fabs(o.groups[0].lensWeights[1] - 2.0 / 3.0) < 1e-12);
}

void TestOutcomes::badInputIsRefusedWithTheMetricAndField_data() {
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("expected");
    QTest::newRow("weight below 0") << 0
                                    << QStringLiteral("Weights 'Older people (70+)', group weight: "
                                                      "must be from 0% to 1,000% (is -100%)");
    QTest::newRow("peer value of the wrong unit")
        << 1
        << QStringLiteral("Metric 'targets', value of peer 'Peer A', peer value: is not in the "
                          "metric's unit, a percentage of people from 0% to 100% (is 6,800%; a "
                          "file stores 68% as 0.68)");
    QTest::newRow("thresholds out of order")
        << 2
        << QStringLiteral("Metric 'targets', green threshold: the green threshold must be above "
                          "the red one, as higher is better for this metric (green 30%, red 35%)");
    QTest::newRow("relative change below -100%")
        << 3
        << QStringLiteral("Intervention 'Frailty team', effect on metric 'falls', change: a "
                          "relative change must be -100% or more: a metric cannot fall by more "
                          "than all of it (is -150%)");
    QTest::newRow("effect on another group's metric")
        << 4
        << QStringLiteral("Intervention 'Frailty team', effect on metric 'acsc', metric: is a "
                          "metric of Long-term conditions, but the intervention reaches Older "
                          "people (70+): its coverage is not a share of that group");
    QTest::newRow("base value above 100%")
        << 5
        << QStringLiteral("Metric 'targets', base-year value: is not in the metric's unit, a "
                          "percentage of people from 0% to 100% (is 4,000%; a file stores 68% as "
                          "0.68)");
    QTest::newRow("peer that does not exist")
        << 6
        << QStringLiteral("Metric 'falls', value of peer 'z', peer: names a peer that does not "
                          "exist: 'z'");
}

void TestOutcomes::badInputIsRefusedWithTheMetricAndField() {
    QFETCH(int, which);
    QFETCH(QString, expected);
    Project p = outcomesProject();
    switch (which) {
    case 0:
        p.weights[0].weight = -1;
        break;
    case 1:
        p.metrics[1].peerValues = {{"a", 68}};
        break;
    case 2:
        p.metrics[1].greenThreshold = 0.30;
        break;
    case 3:
        p.interventions[0].metricEffects[0].change = -1.5;
        break;
    case 4:
        p.interventions[0].metricEffects.push_back({"acsc", EffectMode::Relative, -0.1, ""});
        break;
    case 5:
        p.metrics[1].baseValue = 40;
        break;
    case 6:
        p.metrics[0].peerValues.push_back({"z", 1});
        break;
    }
    const auto problems = validate(p);
    QStringList got;
    for (const Problem& problem : problems)
        got << QString::fromStdString(problem.toString());
    QVERIFY2(got.contains(expected), qPrintable(got.join(QLatin1Char('\n'))));
    // The problem names the field by its id-based address.
    QVERIFY(!problems.empty());
    QVERIFY(!problems.front().path.object.empty());
}

QTEST_GUILESS_MAIN(TestOutcomes)
#include "tst_outcomes.moc"
