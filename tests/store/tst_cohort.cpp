// Cohort (Markov) models (issue 10): the engine against hand calculations
// and two published models, the frontier, the errors, and the JSON file.

#include "engine/cohort.h"
#include "store/cohortjson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace careshift;
using namespace careshift::cohort;

namespace {

QString dataFile(const char* name) {
    return QStringLiteral(CARESHIFT_TEST_DATA "/cohort/") + QLatin1String(name);
}

/// Alive and dead: 10% die each year; 100 pounds a year and utility 0.5
/// while alive; three one-year cycles, nothing discounted.
Model aliveDead(Counting counting, int horizon = 3) {
    Model m;
    m.id = "ad";
    m.horizon = horizon;
    m.counting = counting;
    m.costDiscount = 0;
    m.outcomeDiscount = 0;
    m.states = {State{.id = "alive", .start = "1", .cost = "100", .utility = "0.5"},
                State{.id = "dead", .dead = true}};
    m.transitions = {Transition{.from = "alive", .to = "dead", .probability = "0.1"},
                     Transition{.from = "alive", .to = "alive", .probability = "C"}};
    return m;
}

ModelResult runOk(const Model& m) {
    std::vector<CohortError> errors;
    const auto r = runModel(m, errors);
    if (!r) {
        for (const auto& e : errors)
            qWarning("%s", e.text().c_str());
        qFatal("the model did not run");
    }
    return *r;
}

/// The first error a model gives.
QString firstError(const Model& m) {
    std::vector<CohortError> errors;
    const auto r = runModel(m, errors);
    if (r || errors.empty())
        return {};
    return QString::fromStdString(errors.front().text());
}

/// JSON written with single quotes, for readability in a test (and because
/// moc cannot read raw string literals).
QByteArray j(const char* singleQuoted) {
    return QByteArray(singleQuoted).replace('\'', '"');
}

bool near(double a, double b, double tol = 1e-9) {
    if (std::abs(a - b) <= tol)
        return true;
    qWarning("%.12g is not %.12g (within %g)", a, b, tol);
    return false;
}

} // namespace

class TestCohort : public QObject {
    Q_OBJECT

private slots:
    void traceAndDeaths() {
        // Alive 1, 0.9, 0.81, 0.729 at time points 0..3; deaths 1 - 0.729.
        const auto r = runOk(aliveDead(Counting::End)).strategies.front();
        QCOMPARE(r.points(), std::size_t(4));
        QVERIFY(near(r.occupancy(3, 0), 0.729));
        QVERIFY(near(r.occupancy(3, 1), 0.271));
        QVERIFY(near(r.totalDeaths, 0.271));
        QVERIFY(near(r.deaths[1], 0.09)); // 0.9 x 0.1 in cycle 2
    }

    void countingMethods_data() {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<double>("lifeYears");
        // Life-years of the alive-dead cohort (trace 1, 0.9, 0.81, 0.729, 0.6561):
        QTest::newRow("start") << int(Counting::Start) << 3 << 2.71; // 1 + 0.9 + 0.81
        QTest::newRow("end") << int(Counting::End) << 3 << 2.439;    // 0.9 + 0.81 + 0.729
        // end + 1/2 x 1 - 1/2 x 0.729
        QTest::newRow("half-cycle") << int(Counting::HalfCycle) << 3 << 2.5745;
        // (1 + 0.9)/2 + (0.9 + 0.81)/2 + (0.81 + 0.729)/2
        QTest::newRow("life-table") << int(Counting::LifeTable) << 3 << 2.5745;
        // three cycles: Simpson's 3/8 rule, 3/8 x (1 + 3 x 0.9 + 3 x 0.81 + 0.729)
        QTest::newRow("simpson-3") << int(Counting::Simpson) << 3 << 2.572125;
        // four: 1/3 x (1 + 4 x 0.9 + 2 x 0.81 + 4 x 0.729 + 0.6561) = 9.7921 / 3
        QTest::newRow("simpson-4") << int(Counting::Simpson) << 4 << 9.7921 / 3;
    }
    void countingMethods() {
        QFETCH(int, method);
        QFETCH(int, horizon);
        QFETCH(double, lifeYears);
        const auto r = runOk(aliveDead(static_cast<Counting>(method), horizon)).strategies.front();
        QVERIFY(near(r.undiscounted.lifeYears, lifeYears));
        QVERIFY(near(r.undiscounted.qalys, lifeYears * 0.5));
        QVERIFY(near(r.undiscounted.cost, lifeYears * 100));
    }

    void discounting() {
        // Outcomes at 3.5%. End of cycle, discounting from cycle 1:
        // 0.9/1.035 + 0.81/1.035^2 + 0.729/1.035^3 = 2.28322511712.
        Model m = aliveDead(Counting::End);
        m.outcomeDiscount = 0.035;
        QVERIFY(near(runOk(m).strategies[0].discounted.lifeYears, 2.28322511712, 1e-10));
        // Cycle 1 undiscounted: 0.9 + 0.81/1.035 + 0.729/1.035^2 = 2.36313799622.
        m.discountStart = 0;
        QVERIFY(near(runOk(m).strategies[0].discounted.lifeYears, 2.36313799622, 1e-10));
        // Start of cycle, discounting from cycle 1: 1/1.035 + 0.9/1.035^2 + 0.81/1.035^3.
        m.discountStart = 1;
        m.counting = Counting::Start;
        QVERIFY(near(runOk(m).strategies[0].discounted.lifeYears, 2.53691679680, 1e-10));
        // Simpson's 3/8 rule with time point k discounted 1.035^-k:
        // 3/8 x (1 + 3 x 0.9/1.035 + 3 x 0.81/1.035^2 + 0.729/1.035^3) = 2.45049108244.
        m.counting = Counting::Simpson;
        QVERIFY(near(runOk(m).strategies[0].discounted.lifeYears, 2.45049108244, 1e-10));
        // Costs are not discounted (rate 0): the undiscounted figure.
        QVERIFY(near(runOk(m).strategies[0].discounted.cost, 257.2125));
    }

    void cycleLength() {
        // Half-year cycles: each cycle accrues half a year, the start age
        // moves by half a year a cycle. 0.1 dies each half year; end of
        // cycle: 0.5 x (0.9 + 0.81 + 0.729).
        Model m = aliveDead(Counting::End);
        m.cycleLength = 0.5;
        QVERIFY(near(runOk(m).strategies[0].undiscounted.lifeYears, 1.2195));
        // `age` in a formula: start age 70, cycle 3 starts at 71. Cost = age.
        m.startAge = 70;
        m.states[0].cost = "age";
        // End: 0.5 x (0.9 x 70 + 0.81 x 70.5 + 0.729 x 71) = 0.5 x (63 + 57.105 + 51.759)
        // = 85.932.
        QVERIFY(near(runOk(m).strategies[0].undiscounted.cost, 85.932));
    }

    void tunnelStates() {
        // well -> post (a 2-cycle tunnel) half a year; in post, 20% die in
        // its first cycle and 10% after; no way back.
        Model m;
        m.id = "tunnel";
        m.horizon = 3;
        m.counting = Counting::End;
        m.costDiscount = m.outcomeDiscount = 0;
        m.states = {State{.id = "well", .start = "1"},
                    State{.id = "post", .tunnel = 2, .entryCost = "1000"},
                    State{.id = "dead", .dead = true}};
        m.transitions = {
            Transition{.from = "well", .to = "post", .probability = "0.5"},
            Transition{.from = "well", .to = "well", .probability = "C"},
            Transition{.from = "post", .to = "dead", .probability = "tunnel == 1 ? 0.2 : 0.1"},
            Transition{.from = "post", .to = "post", .probability = "C"}};
        std::vector<CohortError> errors;
        const auto cm = compile(m, errors);
        QVERIFY(cm);
        QCOMPARE(cm->stateCount(), 4); // well, post 1, post 2, dead
        const auto r = runOk(m).strategies[0];
        // By hand: t1 well 0.5, post1 0.5; t2 well 0.25, post1 0.25, post2 0.4,
        // dead 0.1; t3 well 0.125, post1 0.125, post2 0.25 x 0.8 + 0.4 x 0.9 =
        // 0.56, dead 0.1 + 0.05 + 0.04 = 0.19.
        QVERIFY(near(r.occupancy(3, 0), 0.125));
        QVERIFY(near(r.occupancy(3, 1), 0.685));
        QVERIFY(near(r.occupancy(3, 2), 0.19));
        // Entering post (from well: 0.5, 0.25, 0.125) costs 1,000 each; moving
        // along the tunnel is not entering.
        QVERIFY(near(r.undiscounted.cost, 875));
    }

    void strategiesAndFrontier() {
        // Five options (cost, QALYs): A (0, 0), B (100, 1), C (300, 1.5),
        // D (250, 0.9): beaten by B; E (150, 1.05): ICER against B 50 / 0.05
        // = 1,000, above C's against E (150 / 0.45 = 333), so extendedly
        // dominated. The frontier A, B (ICER 100), C ((300-100)/0.5 = 400).
        const auto f = frontier(
            {{"A", 0, 0}, {"B", 100, 1}, {"C", 300, 1.5}, {"D", 250, 0.9}, {"E", 150, 1.05}});
        QCOMPARE(f.size(), std::size_t(5));
        QCOMPARE(f[0].status, FrontierStatus::Frontier);
        QVERIFY(!f[0].icer);
        QCOMPARE(f[1].status, FrontierStatus::Frontier);
        QVERIFY(near(*f[1].icer, 100));
        QCOMPARE(f[2].status, FrontierStatus::Frontier);
        QVERIFY(near(*f[2].icer, 400));
        QCOMPARE(f[3].status, FrontierStatus::Dominated);
        QVERIFY(!f[3].icer);
        QVERIFY(near(f[3].incrementalCost, 150)); // against B, the dearest frontier option below
        QVERIFY(near(f[3].incrementalQalys, -0.1));
        QCOMPARE(f[4].status, FrontierStatus::ExtendedlyDominated);
        // Two identical options: the first stands.
        const auto same = frontier({{"X", 10, 1}, {"Y", 10, 1}});
        QCOMPARE(same[0].status, FrontierStatus::Frontier);
        QCOMPARE(same[1].status, FrontierStatus::Dominated);
    }

    void strategyOverridesAndTables() {
        // A table by cycle (0.1, 0.2, then 0.3 on) overridden in a strategy
        // by a formula.
        Model m = aliveDead(Counting::End);
        m.parameters = {Parameter{.name = "q", .table = {0.1, 0.2, 0.3}}};
        m.transitions[0].probability = "q";
        m.strategies = {Strategy{.id = "base"},
                        Strategy{.id = "half",
                                 .parameters = {Parameter{.name = "q", .value = "0.05 * cycle"}}}};
        const auto r = runOk(m);
        // base: alive 0.9, 0.72, 0.504; half: 0.95, 0.855, 0.72675.
        QVERIFY(near(r.strategies[0].occupancy(3, 0), 0.504));
        QVERIFY(near(r.strategies[1].occupancy(3, 0), 0.72675));
        QCOMPARE(r.frontier.size(), std::size_t(2));
        // A table by age: rows from age 60 in five-year bands.
        Model a = aliveDead(Counting::End, 3);
        a.startAge = 64;
        a.parameters = {Parameter{.name = "q",
                                  .table = {0.1, 0.5},
                                  .tableBy = TableIndex::Age,
                                  .tableFirst = 60,
                                  .tableStep = 5}};
        a.transitions[0].probability = "q";
        // age 64 (0.1), 65 (0.5), 66 (0.5): alive 0.9, 0.45, 0.225.
        QVERIFY(near(runOk(a).strategies[0].occupancy(3, 0), 0.225));
    }

    void publishedHiv() {
        // Chancellor et al. 1997 as in Briggs, Claxton and Sculpher (2006),
        // exercise 2.5; figures as printed by the heemod vignette
        // "Reproducing exact results from DMHEE" (aphp/heemod,
        // articles/i_reproduction): monotherapy 44663.45 pounds and 7.991207
        // life-years, combination 50601.65 and 8.937389, ICER 6275.956 per
        // life-year gained (Chancellor 1997's own abstract: 6,276); heemod's
        // undiscounted costs: 45541.24 + 18203.97 and 48082.83 + 24492.28.
        const Model m = store::loadCohortFile(dataFile("hiv-chancellor-1997.json"));
        const auto r = runOk(m);
        QCOMPARE(r.strategies.size(), std::size_t(2));
        QVERIFY(near(r.strategies[0].discounted.cost, 44663.45, 0.005));
        QVERIFY(near(r.strategies[0].discounted.lifeYears, 7.991207, 5e-7));
        QVERIFY(near(r.strategies[1].discounted.cost, 50601.65, 0.005));
        QVERIFY(near(r.strategies[1].discounted.lifeYears, 8.937389, 5e-7));
        QVERIFY(near(r.strategies[0].undiscounted.cost, 45541.24 + 18203.97, 0.01));
        QVERIFY(near(r.strategies[1].undiscounted.cost, 48082.83 + 24492.28, 0.01));
        QCOMPARE(r.frontier[1].status, FrontierStatus::Frontier);
        QVERIFY(near(*r.frontier[1].icer, 6275.956, 5e-4));
        QVERIFY(near(r.frontier[1].incrementalCost, 5938.198, 5e-4));
        QVERIFY(near(r.frontier[1].incrementalQalys, 0.9461822, 5e-8));
        // The trace per 1,000 after a year and two (rdecision's printed
        // monotherapy trace: 721/202/67/10, 520/263/181/36).
        QVERIFY(near(r.strategies[0].occupancy(1, 0) * 1000, 721, 0.5));
        QVERIFY(near(r.strategies[0].occupancy(2, 2) * 1000, 181, 0.5));
    }

    void publishedThr() {
        // The total hip replacement model of Briggs et al. (2006), exercise
        // 3.5, with time-varying revision (Weibull) and age-dependent death;
        // figures as printed by the heemod vignette (heemod 1.0.1.9000,
        // 2024): standard 512.4327 pounds and 14.65283 QALYs, NP1 610.3112
        // and 14.69734, ICER 2198.977 per QALY.
        const Model m = store::loadCohortFile(dataFile("thr-briggs.json"));
        const auto r = runOk(m);
        QVERIFY(near(r.strategies[0].discounted.cost, 512.4327, 5e-5));
        QVERIFY(near(r.strategies[0].discounted.qalys, 14.65283, 5e-6));
        QVERIFY(near(r.strategies[1].discounted.cost, 610.3112, 5e-5));
        QVERIFY(near(r.strategies[1].discounted.qalys, 14.69734, 5e-6));
        QVERIFY(near(*r.frontier[1].icer, 2198.977, 5e-4));
        QVERIFY(near(r.frontier[1].incrementalCost, 97.87858, 5e-6));
        QVERIFY(near(r.frontier[1].incrementalQalys, 0.04451095, 5e-9));
    }

    void errorsNameWhere_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("row sum") << 0
                                 << "cohort model \"ad\", state \"alive\", cycle 1: the transition "
                                    "probabilities add up to 0.9, not 1";
        QTest::newRow("above 1") << 1
                                 << "cohort model \"ad\", transition alive -> dead, probability, "
                                    "cycle 1: is 1.5; a probability must be from 0 to 1";
        QTest::newRow("unknown parameter")
            << 2
            << "cohort model \"ad\", transition alive -> dead, probability: the formula "
               "\"p_death * 2\" names \"p_death\", which is not a parameter of the model";
        QTest::newRow("division by zero")
            << 3
            << "cohort model \"ad\", transition alive -> dead, probability, cycle 2: is inf, "
               "not a finite number (a division by zero?)";
        QTest::newRow("missing state")
            << 4
            << "cohort model \"ad\", transition alive -> gone, to: names \"gone\", which is "
               "not a state of the model";
        QTest::newRow("circular") << 5 << "parameter \"a\": is defined through itself";
        QTest::newRow("start shares") << 6 << "cohort model \"ad\", start shares: add up to 0.5";
        QTest::newRow("complement over") << 7 << "add up to 1.2 before the complement";
        QTest::newRow("strategy") << 8
                                  << "cohort model \"ad\", strategy \"s\", transition alive -> "
                                     "dead, probability, cycle 3: is 1.1";
        QTest::newRow("bad formula") << 9 << "the formula \"0.1 +\" cannot be read";
    }
    void errorsNameWhere() {
        QFETCH(int, which);
        QFETCH(QString, expected);
        Model m = aliveDead(Counting::End);
        switch (which) {
        case 0:
            m.transitions[1].probability = "0.8";
            break;
        case 1:
            m.transitions[0].probability = "1.5";
            break;
        case 2:
            m.transitions[0].probability = "p_death * 2";
            break;
        case 3:
            m.transitions[0].probability = "0.1 / (2 - cycle)";
            break;
        case 4:
            m.transitions[0].to = "gone";
            break;
        case 5:
            m.parameters = {Parameter{.name = "a", .value = "b + 1"},
                            Parameter{.name = "b", .value = "a * 2"}};
            break;
        case 6:
            m.states[0].start = "0.5";
            break;
        case 7:
            m.transitions[0].probability = "0.7";
            m.transitions.push_back({.from = "alive", .to = "alive2", .probability = "0.5"});
            m.states.push_back(State{.id = "alive2"});
            break;
        case 8:
            m.parameters = {Parameter{.name = "q", .value = "0.1"}};
            m.transitions[0].probability = "q";
            m.strategies = {Strategy{
                .id = "s",
                .parameters = {Parameter{.name = "q", .value = "cycle >= 3 ? 1.1 : 0.1"}}}};
            break;
        case 9:
            m.transitions[0].probability = "0.1 +";
            break;
        default:
            break;
        }
        const QString error = firstError(m);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void fileRoundTrip() {
        // Written and read back, the HIV model gives the same figures.
        const Model m = store::loadCohortFile(dataFile("hiv-chancellor-1997.json"));
        const Model back =
            store::readCohortJson(store::writeCohortJson(m), QStringLiteral("x.json"));
        QCOMPARE(store::writeCohortJson(back), store::writeCohortJson(m));
        QVERIFY(near(runOk(back).strategies[1].discounted.cost, 50601.65, 0.005));
    }

    void hostileFiles_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = j("{'format': 'careshift-cohort', 'version': 1, 'id': 'm', ");
        const QByteArray states =
            j("'states': [{'id': 'a', 'start': 1}, {'id': 'd', 'dead': true}]");
        QTest::newRow("not json") << QByteArray("{\"format\": ")
                                  << "m.json: line 1: not valid JSON";
        QTest::newRow("not a cohort") << QByteArray(j("{'format': 'careshift-project'}"))
                                      << "m.json: format: expected \"careshift-cohort\"";
        QTest::newRow("newer") << QByteArray(j("{'format': 'careshift-cohort', 'version': 2}"))
                               << "m.json: version 2 is newer than this CareShift reads";
        QTest::newRow("unknown key") << head + j("'horizon': 5, 'horizn': 5, ") + states + "}"
                                     << "m.json: horizn: is not a key of this object";
        QTest::newRow("wrong type") << head + j("'horizon': 'five', ") + states + "}"
                                    << "m.json: horizon: expected a whole number";
        QTest::newRow("no horizon") << head + states + "}"
                                    << "m.json: horizon: is missing";
        QTest::newRow("probability type")
            << head + j("'horizon': 5, ") + states +
                   j(", 'transitions': [{'from': 'a', 'to': 'd', 'probability': true}]}")
            << "m.json: transitions[0].probability: expected a number or a formula";
        QTest::newRow("duplicate key") << head + j("'horizon': 5, 'horizon': 6, ") + states + "}"
                                       << "the key \"horizon\" is given twice";
        QTest::newRow("horizon too long") << head + j("'horizon': 100000, ") + states + "}"
                                          << "horizon: must be from 1 to 1200 cycles";
        QTest::newRow("long formula")
            << head + j("'horizon': 5, ") + states +
                   j(", 'transitions': [{'from': 'a', 'to': 'd', 'probability': '") +
                   QByteArray(3000, '1') + j("'}]}")
            << "transition a -> d, probability: the formula is longer than 2000 characters";
    }
    void hostileFiles() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            store::readCohortJson(json, QStringLiteral("m.json"));
            QFAIL("a bad file was read");
        } catch (const store::LoadError& e) {
            QVERIFY2(e.messages().join(QLatin1Char('\n')).contains(expected),
                     qPrintable(e.messages().join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestCohort)
#include "tst_cohort.moc"
