// validate(): every impossible input is reported with its object and field.

#include "engine/validate.h"
#include "tinyproject.h"

#include <QTest>

#include <functional>

using namespace careshift;
using namespace careshift::testing;

using Mutation = std::function<void(Project&)>;
Q_DECLARE_METATYPE(Mutation)

class TestValidate : public QObject {
    Q_OBJECT
private slots:
    void validProjectHasNoProblems();
    void eachProblemNamesObjectAndField_data();
    void eachProblemNamesObjectAndField();
    void problemsAreAllReportedTogether();
    void contractWithNoPodPayingNothingIsValid();
    void startAfterHorizonIsValidWithAWarning();
};

void TestValidate::validProjectHasNoProblems() {
    QVERIFY(validate(tinyProject()).empty());
    QVERIFY(validate(tinyWithFrailty()).empty());
}

void TestValidate::eachProblemNamesObjectAndField_data() {
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("expected");

    auto row = [](const char* name, Mutation m, const char* expected) {
        QTest::newRow(name) << m << QString::fromUtf8(expected);
    };
    row(
        "horizon 0", [](Project& p) { p.assumptions.horizon = 0; },
        "Assumptions, horizon: must be 1 to 20 years (is 0)");
    row(
        "horizon 21", [](Project& p) { p.assumptions.horizon = 21; },
        "Assumptions, horizon: must be 1 to 20 years (is 21)");
    row(
        "discount rate negative", [](Project& p) { p.assumptions.discountRate = -0.01; },
        "Assumptions, discount rate: must be from 0% to under 100% a year (is -1%)");
    row(
        "uplift -100%",
        [](Project& p) {
            p.assumptions.priceUplift = {0.01, -1.0};
        },
        "Assumptions, price uplift [year 1]: must be above -100% a year (is -100%)");
    row(
        "no commissioner name", [](Project& p) { p.commissioner.name.clear(); },
        "Commissioner, name: must not be empty");
    row(
        "negative population", [](Project& p) { p.population[0].baseCount = -1; },
        "Population 'Older people (70+)', base count: must not be negative (is -1)");
    row(
        "group missing", [](Project& p) { p.population.pop_back(); },
        "Population 'Generally healthy', group: is missing");
    row(
        "group twice", [](Project& p) { p.population[1].group = Group::Older; },
        "Population 'Older people (70+)', group: is given more than once");
    row(
        "negative price", [](Project& p) { p.pods[1].price = -120; },
        "PoD 'OP', price: must not be negative (is -120)");
    row(
        "NaN price", [](Project& p) { p.pods[1].price = std::nan(""); },
        "PoD 'OP', price: must be a number");
    row(
        "PoD with unknown contract", [](Project& p) { p.pods[2].contractId = "gone"; },
        "PoD 'CC', contract: names a contract that does not exist: 'gone'");
    row(
        "duplicate PoD", [](Project& p) { p.pods[2].code = "OP"; },
        "PoD 'OP', id: is used more than once");
    row(
        "activity for unknown PoD", [](Project& p) { p.activity[0].pod = "XYZ"; },
        "Activity 'Older people (70+) / XYZ', PoD: names a point of delivery that does not exist");
    row(
        "negative activity rate", [](Project& p) { p.activity[1].ratePer1000 = -3; },
        "Activity 'Older people (70+) / OP', rate per 1,000: must not be negative (is -3)");
    row(
        "MFF zero", [](Project& p) { p.providers[0].mff = 0; },
        "Provider 'acute', MFF: must be above 0 (is 0)");
    row(
        "contract with unknown provider", [](Project& p) { p.contracts[0].providerId = "x"; },
        "Contract 'acute', provider: names a provider that does not exist: 'x'");
    row(
        "CQUIN above 100%", [](Project& p) { p.contracts[0].cquinRate = 1.5; },
        "Contract 'acute', CQUIN: must be between 0% and 100% (is 150%)");
    row(
        "marginal rate above 100%", [](Project& p) { p.contracts[0].nelMarginalRate = 1.2; },
        "Contract 'acute', NEL marginal rate: must be between 0% and 100% (is 120%)");
    row(
        "readmission share negative",
        [](Project& p) { p.contracts[0].unpaidReadmissionShare = -0.1; },
        "Contract 'acute', unpaid readmission share: must be between 0% and 100% (is -10%)");
    row(
        "negative block value", [](Project& p) { p.contracts[1].fixedValue = -1; },
        "Contract 'community', fixed value: must not be negative (is -1)");
    row(
        "coverage above 100%", [](Project& p) { p.interventions[0].coverage = 1.2; },
        "Intervention 'frailty', coverage: must be between 0% and 100% (is 120%)");
    row(
        "coverage negative", [](Project& p) { p.interventions[0].coverage = -0.1; },
        "Intervention 'frailty', coverage: must be between 0% and 100% (is -10%)");
    row(
        "ramp-up above 100%",
        [](Project& p) {
            p.interventions[0].rampUp = {0.5, 1.1};
        },
        "Intervention 'frailty', ramp-up [year 2]: must be between 0% and 100% (is 110%)");
    row(
        "coverage x ratio above 100%", [](Project& p) { p.interventions[0].activityRatio = 3; },
        "Intervention 'frailty', activity ratio: coverage x activity ratio must not exceed "
        "100%: the people reached cannot use more than all of the group's activity (is 150%)");
    row(
        "negative start year", [](Project& p) { p.interventions[0].startYear = -1; },
        "Intervention 'frailty', start year: must be the base year or later, 0 or more (is -1)");
    // A contract that pays money while no PoD is paid through it: named by its
    // name (or its id when it has none), with the field that pays.
    row(
        "block with no PoD",
        [](Project& p) {
            p.contracts[1].name = "Community block";
            p.contracts[1].mechanism = Mechanism::Block;
            p.contracts[1].fixedValue = 200000;
            p.pods[2].contractId = "acute";
        },
        "Contract 'Community block', fixed value: no point of delivery is paid through this "
        "contract: assign one to it or set its fixed value to 0");
    row(
        "blended with no PoD",
        [](Project& p) {
            p.contracts[1].mechanism = Mechanism::Blended;
            p.contracts[1].fixedValue = 1;
            p.pods[2].contractId = "acute";
        },
        "Contract 'community', fixed value: no point of delivery is paid through this "
        "contract: assign one to it or set its fixed value to 0");
    row(
        "capitated with no PoD",
        [](Project& p) {
            p.contracts[1].mechanism = Mechanism::Capitated;
            p.contracts[1].capitationPerHead = 100;
            p.pods[2].contractId = "acute";
        },
        "Contract 'community', capitation per head: no point of delivery is paid through this "
        "contract: assign one to it or set its capitation per head to 0");
    row(
        "negative cost", [](Project& p) { p.interventions[0].fixedCostPerYear = -10; },
        "Intervention 'frailty', fixed cost per year: must not be negative (is -10)");
    row(
        "effect below -100%", [](Project& p) { p.interventions[0].effects[0].change = -1.5; },
        "Intervention 'frailty', effect on 'NEL': cannot remove more than 100% of activity "
        "(is -150%)");
    row(
        "effect on unknown PoD", [](Project& p) { p.interventions[0].effects[0].pod = "ZZ"; },
        "Intervention 'frailty', effect on 'ZZ': names a point of delivery that does not exist");
    row(
        "substitution to unknown PoD",
        [](Project& p) { p.interventions[0].substitutions[0].toPod = "ZZ"; },
        "Intervention 'frailty', substitution 'NEL' -> 'ZZ': names a point of delivery that "
        "does not exist: 'ZZ'");
    row(
        "unknown cost provider", [](Project& p) { p.interventions[0].costProviderId = "nobody"; },
        "Intervention 'frailty', cost provider: names a provider that does not exist: 'nobody'");
    row(
        "scenario names unknown intervention",
        [](Project& p) {
            p.scenarios[0].items.push_back({"ghost", true});
        },
        "Scenario 'Frailty', interventions: names an intervention that does not exist: 'ghost'");
}

void TestValidate::eachProblemNamesObjectAndField() {
    QFETCH(Mutation, mutate);
    QFETCH(QString, expected);
    Project p = tinyWithFrailty();
    mutate(p);
    const auto problems = validate(p);
    QStringList got;
    for (const Problem& pr : problems)
        got << QString::fromStdString(pr.toString());
    QVERIFY2(got.contains(expected), qPrintable(got.join(QLatin1Char('\n'))));
}

void TestValidate::problemsAreAllReportedTogether() {
    Project p = tinyWithFrailty();
    p.pods[0].price = -1;
    p.interventions[0].coverage = 2;
    p.assumptions.horizon = 30;
    const auto problems = validate(p);
    // Four problems, all listed rather than only the first: horizon, price,
    // coverage, and coverage x activity ratio (200% of the group's activity).
    QCOMPARE(problems.size(), std::size_t{4});
    QCOMPARE(problems[0].object, std::string("Assumptions"));
    QCOMPARE(problems[0].field, std::string("horizon"));
}

void TestValidate::contractWithNoPodPayingNothingIsValid() {
    // Each of these pays 0 with no PoD, so nothing goes missing from the breakdowns.
    for (Mechanism m :
         {Mechanism::ActivityTariff, Mechanism::Block, Mechanism::Blended, Mechanism::Capitated}) {
        Project p = tinyWithFrailty();
        p.pods[2].contractId = "acute"; // community now pays for no PoD
        p.contracts[1].mechanism = m;
        p.contracts[1].fixedValue = 0;
        p.contracts[1].capitationPerHead = 0;
        // A blended contract's variable rate moves money only for its own PoDs: none.
        p.contracts[1].variableRate = 0.5;
        const auto problems = validate(p);
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().toString().c_str());
    }
    // The problem selects the field that pays, by the contract's id.
    Project p = tinyWithFrailty();
    p.pods[2].contractId = "acute";
    p.contracts[1].mechanism = Mechanism::Capitated;
    p.contracts[1].capitationPerHead = 100;
    const auto problems = validate(p);
    QCOMPARE(problems.size(), std::size_t{1});
    QVERIFY(problems[0].path == (FieldPath{Kind::Contract, "community", "capitationPerHead"}));
}

void TestValidate::startAfterHorizonIsValidWithAWarning() {
    // The tiny project runs 2020/21 to 2022/23 (horizon 3, last year index 2).
    Project p = tinyWithFrailty();
    p.interventions[0].startYear = 3; // 2023/24
    Intervention other = frailtyIntervention();
    other.id = "early";
    other.name = "Early";
    p.interventions.push_back(other);
    p.scenarios.push_back({"early", "Early", {{"early", true}}, ""});
    p.scenarios.push_back({"both", "Both", {{"frailty", true}, {"early", true}}, ""});
    p.scenarios.push_back({"off", "Off", {{"frailty", false}}, ""});
    QVERIFY(validate(p).empty());

    QVERIFY(scenarioWarnings(p, p.scenarios[1]).empty()); // only "early", which starts in time
    QVERIFY(scenarioWarnings(p, p.scenarios[3]).empty()); // "frailty" switched off
    for (int s : {0, 2}) {
        const auto warnings = scenarioWarnings(p, p.scenarios[static_cast<std::size_t>(s)]);
        QCOMPARE(warnings.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(warnings[0].toString()),
                 QStringLiteral("Intervention 'Frailty team', start year: starts in 2023/24, "
                                "after the projection's last year 2022/23: it has no effect"));
        QVERIFY(warnings[0].path == (FieldPath{Kind::Intervention, "frailty", "startYear"}));
    }
    // The last year of the projection itself is within it: no warning.
    p.interventions[0].startYear = 2;
    QVERIFY(scenarioWarnings(p, p.scenarios[0]).empty());
}

QTEST_APPLESS_MAIN(TestValidate)
#include "tst_validate.moc"
