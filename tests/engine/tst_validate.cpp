// validate(): every impossible input is reported with its object (by name),
// its field (in words) and its id-based FieldPath; every per-field check
// comes from the descriptions, so the data-driven tests walk them.

#include "engine/validate.h"
#include "tinyproject.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <set>

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
    void everyNumberIsCheckedFromItsDescription_data();
    void everyNumberIsCheckedFromItsDescription();
    void everyReferenceMustExist_data();
    void everyReferenceMustExist();
    void everyIdMustBePresentAndUnique();
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
    QTest::addColumn<QString>("path");

    // Objects are named by their name ("Frailty team"), by their id or code
    // only when they have none (the tiny project's PoDs and contracts).
    auto row = [](const char* name, Mutation m, const char* expected, const FieldPath& path) {
        QTest::newRow(name) << m << QString::fromUtf8(expected)
                            << QString::fromStdString(path.toString());
    };
    row("horizon 0", [](Project& p) { p.assumptions.horizon = 0; },
        "Assumptions, horizon: must be a whole number from 1 to 20 (is 0)",
        {Kind::Assumptions, "", "horizon"});
    row("horizon 21", [](Project& p) { p.assumptions.horizon = 21; },
        "Assumptions, horizon: must be a whole number from 1 to 20 (is 21)",
        {Kind::Assumptions, "", "horizon"});
    row("discount rate negative", [](Project& p) { p.assumptions.discountRate = -0.01; },
        "Assumptions, discount rate: must be from 0% to below 100% (is -1%)",
        {Kind::Assumptions, "", "discountRate"});
    row("uplift -100%",
        [](Project& p) {
            p.assumptions.priceUplift = {0.01, -1.0};
        },
        "Assumptions, price uplift: must be above -100% and at most 1,000% (is -100% from "
        "2021/22 to 2022/23)",
        {Kind::Assumptions, "", "priceUplift"});
    row("two scenarios of one name",
        [](Project& p) {
            p.scenarios.push_back({"frailty-2", "Frailty", {}, ""});
        },
        "Scenario 'Frailty', name: is the name of another scenario: give each option its own "
        "name",
        {Kind::Scenario, "frailty-2", "name"});
    row("a scenario with no name",
        [](Project& p) {
            p.scenarios.push_back({"option-b", "", {}, ""});
        },
        "Scenario 'option-b', name: must not be empty", {Kind::Scenario, "option-b", "name"});
    row("two interventions of one name",
        [](Project& p) {
            Intervention copy = p.interventions.front();
            copy.id = "frailty-2";
            p.interventions.push_back(copy);
        },
        "Intervention 'Frailty team', name: is the name of another intervention",
        {Kind::Intervention, "frailty-2", "name"});
    row("no commissioner name", [](Project& p) { p.commissioner.name.clear(); },
        "Commissioner, name: must not be empty", {Kind::Commissioner, "", "name"});
    row("base year", [](Project& p) { p.commissioner.baseYear = 1989; },
        "Commissioner, base year: must be a whole number from 1990 to 2100 (is 1989)",
        {Kind::Commissioner, "", "baseYear"});
    row("negative population", [](Project& p) { p.population[0].baseCount = -1; },
        "Population 'Older people (70+)', people in the base year: must be from 0 to "
        "1,000,000,000 (is -1)",
        {Kind::Population, "older", "baseCount"});
    row("group missing", [](Project& p) { p.population.pop_back(); },
        "Population 'Generally healthy', group: is missing",
        {Kind::Population, "healthy", "group"});
    row("group twice", [](Project& p) { p.population[1].group = Group::Older; },
        "Population 'Older people (70+)', group: is given more than once",
        {Kind::Population, "older", "group"});
    row("negative price", [](Project& p) { p.pods[1].price = -120; },
        "PoD 'OP', price: must be from £0 to £1,000,000,000 (is -£120)",
        {Kind::Pod, "OP", "price"});
    row("price too large to compute with", [](Project& p) { p.pods[1].price = 1e306; },
        "PoD 'OP', price: must be from £0 to £1,000,000,000 (is £1e+306)",
        {Kind::Pod, "OP", "price"});
    row("NaN price", [](Project& p) { p.pods[1].price = std::nan(""); },
        "PoD 'OP', price: must be from £0 to £1,000,000,000 (is not a number)",
        {Kind::Pod, "OP", "price"});
    row("PoD named by its name",
        [](Project& p) {
            p.pods[1].name = "Outpatient attendance";
            p.pods[1].bedDaysPerUnit = -2;
        },
        "PoD 'Outpatient attendance', bed days per unit: must be from 0 to 1,000 (is -2)",
        {Kind::Pod, "OP", "bedDaysPerUnit"});
    row("PoD with unknown contract", [](Project& p) { p.pods[2].contractId = "gone"; },
        "PoD 'CC', contract: names a contract that does not exist: 'gone'",
        {Kind::Pod, "CC", "contract"});
    row("duplicate PoD", [](Project& p) { p.pods[2].code = "OP"; },
        "PoD 'OP', code: is used more than once: 'OP'", {Kind::Pod, "OP", "code"});
    row("activity for unknown PoD", [](Project& p) { p.activity[0].pod = "XYZ"; },
        "Activity 'Older people (70+) / XYZ', PoD: names a point of delivery that does not "
        "exist: 'XYZ'",
        {Kind::Activity, "older/XYZ", "pod"});
    row("activity cell twice", [](Project& p) { p.activity[1].pod = "NEL"; },
        "Activity 'Older people (70+) / NEL', PoD: is given more than once for this group",
        {Kind::Activity, "older/NEL", "pod"});
    row("negative activity rate", [](Project& p) { p.activity[1].ratePer1000 = -3; },
        "Activity 'Older people (70+) / OP', rate per 1,000: must be from 0 to 10,000,000 (is -3)",
        {Kind::Activity, "older/OP", "ratePer1000"});
    row("MFF zero", [](Project& p) { p.providers[0].mff = 0; },
        "Provider 'Acute trust', MFF: must be above 0 and at most 5 (is 0)",
        {Kind::Provider, "acute", "mff"});
    row("contract with unknown provider", [](Project& p) { p.contracts[0].providerId = "x"; },
        "Contract 'acute', provider: names a provider that does not exist: 'x'",
        {Kind::Contract, "acute", "provider"});
    row("CQUIN above 100%", [](Project& p) { p.contracts[0].cquinRate = 1.5; },
        "Contract 'acute', CQUIN: must be from 0% to 100% (is 150%)",
        {Kind::Contract, "acute", "cquinRate"});
    row("marginal rate above 100%",
        [](Project& p) {
            p.contracts[0].name = "Acute contract";
            p.contracts[0].nelMarginalRate = 1.2;
        },
        "Contract 'Acute contract', NEL marginal rate: must be from 0% to 100% (is 120%)",
        {Kind::Contract, "acute", "nelMarginalRate"});
    row("readmission share negative",
        [](Project& p) { p.contracts[0].unpaidReadmissionShare = -0.1; },
        "Contract 'acute', unpaid readmission share: must be from 0% to 100% (is -10%)",
        {Kind::Contract, "acute", "unpaidReadmissionShare"});
    row("negative block value", [](Project& p) { p.contracts[1].fixedValue = -1; },
        "Contract 'community', fixed value: must be from £0 to £1,000,000,000,000 (is -£1)",
        {Kind::Contract, "community", "fixedValue"});
    row("coverage above 100%", [](Project& p) { p.interventions[0].coverage = 1.2; },
        "Intervention 'Frailty team', coverage: must be from 0% to 100% (is 120%)",
        {Kind::Intervention, "frailty", "coverage"});
    row("coverage negative", [](Project& p) { p.interventions[0].coverage = -0.1; },
        "Intervention 'Frailty team', coverage: must be from 0% to 100% (is -10%)",
        {Kind::Intervention, "frailty", "coverage"});
    row("intervention without a name is named by its id",
        [](Project& p) {
            p.interventions[0].name.clear();
            p.interventions[0].coverage = 1.2;
        },
        "Intervention 'frailty', coverage: must be from 0% to 100% (is 120%)",
        {Kind::Intervention, "frailty", "coverage"});
    row("ramp-up above 100%",
        [](Project& p) {
            p.interventions[0].rampUp = {0.5, 1.1};
        },
        "Intervention 'Frailty team', ramp-up: must be from 0% to 100% (is 110% in year 2 of the "
        "intervention)",
        {Kind::Intervention, "frailty", "rampUp"});
    row("no ramp-up", [](Project& p) { p.interventions[0].rampUp.clear(); },
        "Intervention 'Frailty team', ramp-up: needs at least one year",
        {Kind::Intervention, "frailty", "rampUp"});
    row("coverage x ratio above 100%", [](Project& p) { p.interventions[0].activityRatio = 3; },
        "Intervention 'Frailty team', activity ratio: coverage x activity ratio must not exceed "
        "100%: the people reached cannot use more than all of the group's activity (is 150%)",
        {Kind::Intervention, "frailty", "activityRatio"});
    row("negative start year", [](Project& p) { p.interventions[0].startYear = -1; },
        "Intervention 'Frailty team', start year: must be a whole number from 0 to 100 (is -1)",
        {Kind::Intervention, "frailty", "startYear"});
    // A contract that pays money while no PoD is paid through it: named by its
    // name (or its id when it has none), with the field that pays.
    row("block with no PoD",
        [](Project& p) {
            p.contracts[1].name = "Community block";
            p.contracts[1].mechanism = Mechanism::Block;
            p.contracts[1].fixedValue = 200000;
            p.pods[2].contractId = "acute";
        },
        "Contract 'Community block', fixed value: no point of delivery is paid through this "
        "contract: assign one to it or set its fixed value to 0",
        {Kind::Contract, "community", "fixedValue"});
    row("blended with no PoD",
        [](Project& p) {
            p.contracts[1].mechanism = Mechanism::Blended;
            p.contracts[1].fixedValue = 1;
            p.pods[2].contractId = "acute";
        },
        "Contract 'community', fixed value: no point of delivery is paid through this "
        "contract: assign one to it or set its fixed value to 0",
        {Kind::Contract, "community", "fixedValue"});
    row("capitated with no PoD",
        [](Project& p) {
            p.contracts[1].mechanism = Mechanism::Capitated;
            p.contracts[1].capitationPerHead = 100;
            p.pods[2].contractId = "acute";
        },
        "Contract 'community', capitation per head: no point of delivery is paid through this "
        "contract: assign one to it or set its capitation per head to 0",
        {Kind::Contract, "community", "capitationPerHead"});
    row("negative cost", [](Project& p) { p.interventions[0].fixedCostPerYear = -10; },
        "Intervention 'Frailty team', fixed cost per year: must be from £0 to "
        "£1,000,000,000,000 (is -£10)",
        {Kind::Intervention, "frailty", "fixedCostPerYear"});
    row("one-off cost too large", [](Project& p) { p.interventions[0].oneOffCost = 2e12; },
        "Intervention 'Frailty team', one-off cost: must be from £0 to £1,000,000,000,000 (is "
        "£2,000,000,000,000)",
        {Kind::Intervention, "frailty", "oneOffCost"});
    row("effect below -100%", [](Project& p) { p.interventions[0].effects[0].change = -1.5; },
        "Intervention 'Frailty team', effect on 'NEL', change in activity: must be from -100% to "
        "1,000% (is -150%)",
        {Kind::Effect, "frailty/NEL", "change"});
    row("effect on unknown PoD", [](Project& p) { p.interventions[0].effects[0].pod = "ZZ"; },
        "Intervention 'Frailty team', effect on 'ZZ', PoD: names a point of delivery that does "
        "not exist: 'ZZ'",
        {Kind::Effect, "frailty/ZZ", "pod"});
    row("effect twice on a PoD",
        [](Project& p) {
            p.interventions[0].effects.push_back({"NEL", -0.1, ""});
        },
        "Intervention 'Frailty team', effect on 'NEL', PoD: is given more than once for this "
        "intervention",
        {Kind::Effect, "frailty/NEL", "pod"});
    row("substitution to unknown PoD",
        [](Project& p) { p.interventions[0].substitutions[0].toPod = "ZZ"; },
        "Intervention 'Frailty team', substitution 'NEL' -> 'ZZ', PoD added: names a point of "
        "delivery that does not exist: 'ZZ'",
        {Kind::Substitution, "frailty/NEL>ZZ", "toPod"});
    // A substitution is addressed by "intervention/from>to": the pair must be unique.
    row("substitution pair twice",
        [](Project& p) {
            p.interventions[0].substitutions.push_back({"NEL", "CC", 1, ""});
        },
        "Intervention 'Frailty team', substitution 'NEL' -> 'CC', PoD added: is given more than "
        "once for this intervention",
        {Kind::Substitution, "frailty/NEL>CC", "toPod"});
    row("unknown cost provider", [](Project& p) { p.interventions[0].costProviderId = "nobody"; },
        "Intervention 'Frailty team', cost provider: names a provider that does not exist: "
        "'nobody'",
        {Kind::Intervention, "frailty", "costProvider"});
    row("scenario names unknown intervention",
        [](Project& p) {
            p.scenarios[0].items.push_back({"ghost", true});
        },
        "Scenario 'Frailty', intervention: names an intervention that does not exist: 'ghost'",
        {Kind::ScenarioItem, "frailty/ghost", "id"});
    row("scenario lists an intervention twice",
        [](Project& p) {
            p.scenarios[0].items.push_back({"frailty", false});
        },
        "Scenario 'Frailty', intervention: is listed more than once: 'frailty'",
        {Kind::ScenarioItem, "frailty/frailty", "id"});
}

void TestValidate::eachProblemNamesObjectAndField() {
    QFETCH(Mutation, mutate);
    QFETCH(QString, expected);
    QFETCH(QString, path);
    Project p = tinyWithFrailty();
    mutate(p);
    const auto problems = validate(p);
    QStringList got;
    for (const Problem& pr : problems)
        got << QString::fromStdString(pr.toString() + "  @" + pr.path.toString());
    QVERIFY2(got.contains(expected + QStringLiteral("  @") + path),
             qPrintable(got.join(QLatin1Char('\n'))));
}

void TestValidate::problemsAreAllReportedTogether() {
    Project p = tinyWithFrailty();
    p.pods[0].price = -1;
    p.interventions[0].coverage = 2;
    p.assumptions.horizon = 30;
    const auto problems = validate(p);
    // Three problems, all listed rather than only the first: horizon, price
    // and coverage (coverage x activity ratio is judged only once both are
    // in range, so one wrong coverage is one problem).
    QCOMPARE(problems.size(), std::size_t{3});
    QCOMPARE(problems[0].object, std::string("Assumptions"));
    QCOMPARE(problems[0].field, std::string("horizon"));
}

namespace {

/// Sets a numeric member to v (rounded toward zero for whole members).
auto setter(double v) {
    return [v](const Field&, auto& member) {
        using M = std::decay_t<decltype(member)>;
        if constexpr (std::is_same_v<M, double>)
            member = v;
        else if constexpr (std::is_same_v<M, int>)
            member = static_cast<int>(v);
    };
}

} // namespace

void TestValidate::everyNumberIsCheckedFromItsDescription_data() {
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("when");

    // The first object of each kind in the tiny project; every number and
    // every entry of a series of it, just outside its range and not finite.
    const Project base = tinyWithFrailty();
    std::set<Kind> done;
    std::set<std::string> covered;
    visitObjects(base, [&](Kind kind, const std::string& id, const auto& object) {
        if (!done.insert(kind).second)
            return;
        describe(object, [&](const Field& f, const auto& member) {
            using M = std::decay_t<decltype(member)>;
            constexpr bool isDouble = std::is_same_v<M, double>;
            constexpr bool isSeries = std::is_same_v<M, std::vector<double>>;
            if constexpr (isDouble || std::is_same_v<M, int> || isSeries) {
                std::vector<std::pair<const char*, double>> bad = {
                    {"below", f.minOpen ? f.min : f.min - 1},
                    {"above", f.maxOpen ? f.max : f.max + 1}};
                if constexpr (!std::is_same_v<M, int>) {
                    bad.push_back({"NaN", std::nan("")});
                    bad.push_back({"inf", std::numeric_limits<double>::infinity()});
                    bad.push_back({"-inf", -std::numeric_limits<double>::infinity()});
                    bad.push_back({"huge", 1e306});
                }
                const FieldPath path{kind, id, std::string(f.key)};
                for (const auto& [what, v] : bad) {
                    if (f.inRange(v)) // 1e306 where a range has no upper bound
                        continue;
                    Mutation m;
                    QString when;
                    if constexpr (isSeries) {
                        // Entry 1 is bad, entry 0 keeps the object's own valid value.
                        const double good = member.front();
                        m = [path, good, v = v](Project& p) {
                            visitField(p, path, [&](const Field&, auto& series) {
                                if constexpr (std::is_same_v<std::decay_t<decltype(series)>,
                                                             std::vector<double>>)
                                    series = {good, v};
                            });
                        };
                        when = f.key == "rampUp" ? QStringLiteral(" in year 2 of the intervention")
                                                 : QStringLiteral(" from 2021/22 to 2022/23");
                    } else {
                        m = [path, v = v](Project& p) { visitField(p, path, setter(v)); };
                    }
                    const std::string name = path.toString() + " " + what;
                    QTest::newRow(name.c_str()) << m << QString::fromStdString(path.toString())
                                                << QString::fromStdString(f.rangeText())
                                                << QString::fromStdString(f.valueText(v)) << when;
                    covered.insert(path.toString());
                }
            }
        });
    });
    // Every number and series of every kind is covered (a new one too).
    std::size_t described = 0;
    for (int k = 0; k < 12; ++k)
        for (const Field& f : fieldsOf(static_cast<Kind>(k)))
            described += f.isNumber() || f.unit == Unit::Series ? 1 : 0;
    QCOMPARE(covered.size(), described);
}

void TestValidate::everyNumberIsCheckedFromItsDescription() {
    QFETCH(Mutation, mutate);
    QFETCH(QString, path);
    QFETCH(QString, range);
    QFETCH(QString, value);
    QFETCH(QString, when);
    Project p = tinyWithFrailty();
    mutate(p);
    const auto problems = validate(p);
    QCOMPARE(problems.size(), std::size_t{1});
    const Problem& problem = problems.front();
    QCOMPARE(QString::fromStdString(problem.path.toString()), path);
    const QString message = QString::fromStdString(problem.message);
    QVERIFY2(message.startsWith(QStringLiteral("must be ")), qPrintable(message));
    QVERIFY2(message.endsWith(range + QStringLiteral(" (is ") + value + when + QLatin1Char(')')),
             qPrintable(message));
    QVERIFY(!problem.object.empty());
    QCOMPARE(problem.field, std::string(fieldWords(problem.path.kind, problem.path.field)));
}

void TestValidate::everyReferenceMustExist_data() {
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    const Project base = tinyWithFrailty();
    std::set<Kind> done;
    visitObjects(base, [&](Kind kind, const std::string& id, const auto& object) {
        if (!done.insert(kind).second)
            return;
        describe(object, [&](const Field& f, const auto&) {
            if (f.unit != Unit::Ref)
                return;
            const FieldPath path{kind, id, std::string(f.key)};
            Mutation m = [path](Project& p) {
                visitField(p, path, [](const Field&, auto& member) {
                    if constexpr (std::is_same_v<std::decay_t<decltype(member)>, std::string>)
                        member = "ghost";
                });
            };
            QTest::newRow(path.toString().c_str())
                << m << static_cast<int>(kind) << QString::fromUtf8(f.key.data(), f.key.size());
        });
    });
}

void TestValidate::everyReferenceMustExist() {
    QFETCH(Mutation, mutate);
    QFETCH(int, kind);
    QFETCH(QString, key);
    Project p = tinyWithFrailty();
    mutate(p);
    // The object now holding "ghost" (its id may contain the reference).
    FieldPath expected;
    visitObjects(p, [&](Kind k, const std::string& id, const auto& object) {
        if (static_cast<int>(k) != kind)
            return;
        describe(object, [&](const Field& f, const auto& member) {
            if constexpr (std::is_same_v<std::decay_t<decltype(member)>, std::string>)
                if (f.key == key.toStdString() && member == "ghost")
                    expected = FieldPath{k, id, std::string(f.key)};
        });
    });
    QVERIFY(!expected.field.empty());
    const auto problems = validate(p);
    QCOMPARE(problems.size(), std::size_t{1});
    QCOMPARE(QString::fromStdString(problems[0].path.toString()),
             QString::fromStdString(expected.toString()));
    QVERIFY2(QString::fromStdString(problems[0].message)
                 .endsWith(QStringLiteral(" that does not exist: 'ghost'")),
             problems[0].message.c_str());
}

void TestValidate::everyIdMustBePresentAndUnique() {
    const Project base = tinyWithFrailty();
    auto has = [](const std::vector<Problem>& problems, const FieldPath& path,
                  std::string_view message) {
        return std::any_of(problems.begin(), problems.end(), [&](const Problem& pr) {
            return pr.path == path && pr.message.starts_with(message);
        });
    };
    int checked = 0;
    for (int k = 0; k < 12; ++k) {
        const Kind kind = static_cast<Kind>(k);
        for (const Field& f : fieldsOf(kind)) {
            if (f.unit != Unit::Id)
                continue;
            // The first object of the kind: empty, then the same as the second.
            std::vector<std::string> ids;
            visitObjects(base, [&](Kind k2, const std::string& id, const auto&) {
                if (k2 == kind)
                    ids.push_back(id);
            });
            QVERIFY(!ids.empty());
            auto set = [&](Project& p, const std::string& id, const std::string& to) {
                visitField(
                    p, FieldPath{kind, id, std::string(f.key)}, [&](const Field&, auto& member) {
                        if constexpr (std::is_same_v<std::decay_t<decltype(member)>, std::string>)
                            member = to;
                    });
            };
            Project empty = base;
            set(empty, ids.front(), "");
            QVERIFY2(
                has(validate(empty), FieldPath{kind, "", std::string(f.key)}, "must not be empty"),
                std::string(kindKey(kind)).c_str());
            if (ids.size() > 1) {
                Project twice = base;
                set(twice, ids[1], ids[0]);
                QVERIFY2(has(validate(twice), FieldPath{kind, ids[0], std::string(f.key)},
                             "is used more than once"),
                         std::string(kindKey(kind)).c_str());
            }
            ++checked;
        }
    }
    QCOMPARE(checked, 5); // provider, contract, PoD, intervention, scenario
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
