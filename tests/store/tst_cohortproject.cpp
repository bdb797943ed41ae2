// A cohort model tied to the projection (issue 10; docs/cohort-models.md,
// "Tied to the projection"), worked by hand on the tiny project, and the
// model kept through the project's files.

#include "engine/appraisal.h"
#include "engine/validate.h"
#include "store/jsonio.h"
#include "store/projectfile.h"

#include "engine/tinyproject.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace careshift;
using namespace careshift::cohort;

namespace {

/// The tiny project's over-70s (1,000 growing 10% a year) as well (80%) and
/// frail (20%): 10% of the well become frail and 5% die each year, 20% of
/// the frail die; joiners are all well. Emergency admissions 0.2 a year well
/// and 1 frail; utility 0.8 and 0.5. Counted at the end of each cycle,
/// nothing discounted. The strategy "slow" halves becoming frail, driven by
/// the intervention "case-finding" (coverage 50%, ramp-up 50% then 100%, no
/// activity effects and no costs).
Project tiedProject() {
    Project p = testing::tinyProject();
    Intervention iv;
    iv.id = "case-finding";
    iv.name = "Case finding";
    iv.group = Group::Older;
    iv.coverage = 0.5;
    iv.rampUp = {0.5, 1.0};
    p.interventions = {iv};
    Scenario s;
    s.id = "slow";
    s.name = "Slower frailty";
    s.items = {{"case-finding", true}};
    p.scenarios = {s};
    cohort::Model m;
    m.id = "frailty";
    m.name = "Frailty";
    m.group = "older";
    m.horizon = 3;
    m.counting = Counting::End;
    m.costDiscount = 0;
    m.outcomeDiscount = 0;
    m.parameters = {Parameter{.name = "p_frail", .value = "0.1"}};
    m.states = {State{.id = "well",
                      .start = "0.8",
                      .entry = "1",
                      .utility = "0.8",
                      .activity = {{"NEL", "0.2"}}},
                State{.id = "frail",
                      .start = "0.2",
                      .entry = "0",
                      .utility = "0.5",
                      .activity = {{"NEL", "1"}}},
                State{.id = "dead", .dead = true}};
    m.transitions = {{.from = "well", .to = "frail", .probability = "p_frail"},
                     {.from = "well", .to = "dead", .probability = "0.05"},
                     {.from = "well", .to = "well", .probability = "C"},
                     {.from = "frail", .to = "dead", .probability = "0.2"},
                     {.from = "frail", .to = "frail", .probability = "C"}};
    m.strategies = {Strategy{.id = "usual"},
                    Strategy{.id = "slow",
                             .parameters = {Parameter{.name = "p_frail", .value = "0.05"}},
                             .intervention = "case-finding"}};
    p.cohorts = {m};
    return p;
}

bool near(double a, double b, double tol = 1e-9) {
    if (std::abs(a - b) <= tol)
        return true;
    qWarning("%.12g is not %.12g", a, b);
    return false;
}

constexpr int kOlder = static_cast<int>(Group::Older);

} // namespace

class TestCohortProject : public QObject {
    Q_OBJECT

private slots:
    void planFollowsThePopulation() {
        // Year 0: 800 well, 200 frail: NEL 800 x 0.2 + 200 x 1 = 360 (not
        // the group's rate of 300 per 1,000). Year 1: 680 well and 240 frail
        // survive (80 die), 180 join well to make the projected 1,100: NEL
        // 860 x 0.2 + 240 = 412. Year 2: 731 well, 192 + 86 = 278 frail
        // survive (91 die), 201 join: NEL 932 x 0.2 + 278 = 464.4.
        const Project p = tiedProject();
        QVERIFY(validate(p).empty());
        const Appraisal a = appraise(p, p.scenarios[0]);
        const int nel = p.podIndex("NEL");
        QVERIFY(near(a.baseline.activityAt(0, kOlder, nel), 360));
        QVERIFY(near(a.baseline.activityAt(1, kOlder, nel), 412));
        QVERIFY(near(a.baseline.activityAt(2, kOlder, nel), 464.4));
        // Other PoDs keep pop x rate: OP 1,100 x 1 in year 1.
        QVERIFY(near(a.baseline.activityAt(1, kOlder, p.podIndex("OP")), 1100));
        // Deaths 80, 91 and, in the third year, 932 x 0.05 + 278 x 0.2 = 102.2.
        const auto& deaths = a.baseline.cohorts[0].deaths;
        QVERIFY(near(deaths[0], 80));
        QVERIFY(near(deaths[1], 91));
        QVERIFY(near(deaths[2], 102.2));
    }

    void interventionActsThroughItsStrategy() {
        // Reach 25%, 50%, 50%. Becoming frail in year 0: 0.1 x (1 + 0.25 x
        // (0.05 / 0.1 - 1)) = 0.0875: 690 well, 160 + 70 = 230 frail; the
        // plan's 180 join: NEL 870 x 0.2 + 230 = 404 (8 avoided). Year 1
        // (0.075): 761.25 well, 184 + 65.25 = 249.25 frail, 89.5 deaths (1.5
        // averted); 201 join: NEL 962.25 x 0.2 + 249.25 = 441.7 (22.7 avoided).
        const Project p = tiedProject();
        const Appraisal a = appraise(p, p.scenarios[0]);
        const int nel = p.podIndex("NEL");
        QVERIFY(near(a.scenario.activityAt(0, kOlder, nel), 360));
        QVERIFY(near(a.scenario.activityAt(1, kOlder, nel), 404));
        QVERIFY(near(a.scenario.activityAt(2, kOlder, nel), 441.7));
        QVERIFY(near(a.impact.admissionsAvoided, 8 + 22.7));
        // Money follows the tariff: £1,000 a spell, paid in full.
        QVERIFY(near(a.impact.years[1].netSaving, 8000, 1e-6));
        QVERIFY(near(a.impact.years[2].netSaving, 22700, 1e-6));
        // Deaths averted 0 + 1.5 + (102.2 - (962.25 x 0.05 + 249.25 x 0.2))
        // = 1.5 + 4.2375.
        QCOMPARE(a.cohorts.size(), std::size_t(1));
        const CohortImpact& c = a.cohorts[0];
        QVERIFY(near(c.deathsAverted, 5.7375));
        // Life-years at the ends of the cycles, before the joiners: baseline
        // 920 + 1,009 + (792.2 + 315.6) = 3,036.8; scenario 920 + 1,010.5 +
        // (841.96875 + 271.56875) = 3,044.0375.
        QVERIFY(near(c.baseline.lifeYears, 3036.8, 1e-8));
        QVERIFY(near(c.scenario.lifeYears, 3044.0375, 1e-8));
        QVERIFY(near(c.lifeYearsGained, 7.2375, 1e-8));
        // QALYs: baseline 664 + 723.8 + 791.56 = 2,179.36; scenario 667 +
        // 733.625 + 809.359375 = 2,209.984375.
        QVERIFY(near(c.baseline.qalys, 2179.36, 1e-8));
        QVERIFY(near(c.scenario.qalys, 2209.984375, 1e-8));
        QVERIFY(near(c.qalysGained, 30.624375, 1e-8));
        // The whole commissioner spend: NPV of the savings 8,000 / 1.035 +
        // 22,700 / 1.035^2 = 28,920.12; it saves money and gains QALYs.
        const double npv = 8000 / 1.035 + 22700 / (1.035 * 1.035);
        QVERIFY(near(c.incrementalCost, -npv, 1e-6));
        QVERIFY(c.dominant);
        QVERIFY(near(c.netMonetaryBenefit, 20000 * 30.624375 + npv, 1e-6));
    }

    void errorsNameTheModel() {
        Project p = tiedProject();
        p.cohorts[0].states[0].activity[0].pod = "XYZ";
        auto problems = validate(p);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(problems[0].toString()),
                 QStringLiteral("Cohort model 'Frailty', activity: state 'well' names the point of "
                                "delivery 'XYZ', which the project does not have"));
        p = tiedProject();
        p.cohorts[0].transitions[1].probability = "0.95"; // well: 0.1 + 0.95 > 1
        problems = validate(p);
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY2(
            QString::fromStdString(problems[0].toString())
                .contains(QStringLiteral("state \"well\", cycle 1: the transition "
                                         "probabilities add up to 1.05 before the complement")),
            problems[0].toString().c_str());
        // Wrong only from the third year: refused all the same.
        p = tiedProject();
        p.cohorts[0].transitions[1].probability = "cycle >= 3 ? 0.95 : 0.05";
        problems = validate(p);
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY2(QString::fromStdString(problems[0].toString())
                     .contains(QStringLiteral("state \"well\", cycle 3: the transition "
                                              "probabilities add up to 1.05")),
                 problems[0].toString().c_str());
        p = tiedProject();
        p.cohorts[0].group = "elderly";
        QVERIFY(QString::fromStdString(validate(p).at(0).toString())
                    .contains(QStringLiteral("'elderly' is not a patient group")));
        p = tiedProject();
        p.cohorts.push_back(p.cohorts[0]);
        QVERIFY(QString::fromStdString(validate(p).at(0).toString())
                    .contains(QStringLiteral("one model per group")));
        p = tiedProject();
        p.cohorts[0].cycleLength = 0.5;
        QVERIFY(QString::fromStdString(validate(p).at(0).toString())
                    .contains(QStringLiteral("one-year cycles")));
    }

    void keptByBothFiles() {
        // JSON and .careshift keep the model; the figures are the same after.
        const Project p = tiedProject();
        const Project fromJson =
            store::readProjectJson(store::writeProjectJson(p), QStringLiteral("t.json"));
        QCOMPARE(store::writeProjectJson(fromJson), store::writeProjectJson(p));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.careshift"));
        store::saveProjectFile(path, p, {});
        const Project fromFile = store::loadProjectFile(path).project;
        QCOMPARE(store::writeProjectJson(fromFile), store::writeProjectJson(p));
        const Appraisal a = appraise(fromFile, fromFile.scenarios[0]);
        QVERIFY(near(a.cohorts.at(0).qalysGained, 30.624375, 1e-8));
    }
};

QTEST_GUILESS_MAIN(TestCohortProject)
#include "tst_cohortproject.moc"
