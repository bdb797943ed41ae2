// JSON reading and writing: lossless round trip, and malformed input reported
// with the file, the JSON path and what is wrong.

#include "engine/appraisal.h"
#include "engine/tinyproject.h"
#include "store/everyfield.h"
#include "store/jsonio.h"
#include "store/sample.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace careshift;

class TestJsonIo : public QObject {
    Q_OBJECT
private slots:
    void roundTripIsLossless();
    void everyFieldRoundTrips();
    void absentOptionalFieldsKeepTheirDefault();
    void jsonSchemaAgreesWithTheDescriptions();
    void malformedInput_data();
    void malformedInput();
};

namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// Removes every optional field of a kind from a JSON object.
QJsonObject withoutOptional(QJsonObject o, Kind kind) {
    for (const Field& f : fieldsOf(kind))
        if (!f.required)
            o.remove(qs(f.key));
    return o;
}

/// The same for every object of a list, and of a child list in each.
QJsonArray withoutOptional(const QJsonArray& a, Kind kind, const QString& childKey = {},
                           Kind childKind = Kind::Effect, const QString& child2Key = {},
                           Kind child2Kind = Kind::Effect) {
    QJsonArray out;
    for (const QJsonValue v : a) {
        QJsonObject o = withoutOptional(v.toObject(), kind);
        if (!childKey.isEmpty())
            o[childKey] = withoutOptional(o[childKey].toArray(), childKind);
        if (!child2Key.isEmpty())
            o[child2Key] = withoutOptional(o[child2Key].toArray(), child2Kind);
        out.append(o);
    }
    return out;
}

/// Every optional field of an object back to its struct's default.
template <class T> void resetOptional(T& object) {
    const T fresh{};
    describe(object, [&](const Field& f, auto& member) {
        if (f.required)
            return;
        describe(fresh, [&](const Field& g, const auto& d) {
            if constexpr (std::is_same_v<std::decay_t<decltype(member)>, std::decay_t<decltype(d)>>)
                if (g.key == f.key)
                    member = d;
        });
    });
}

} // namespace

void TestJsonIo::roundTripIsLossless() {
    const Project original = store::loadSample();
    const QByteArray once = store::writeProjectJson(original);
    const Project reread = store::readProjectJson(once, QStringLiteral("once.json"));
    const QByteArray twice = store::writeProjectJson(reread);
    QCOMPARE(twice, once);
    // And the numbers are the same to the last bit.
    for (const Scenario& s : original.scenarios) {
        const ProjectionResult a = project(original, s);
        const ProjectionResult b = project(reread, s);
        QCOMPARE(a.totalSpend, b.totalSpend);
        QCOMPARE(a.cellSpend, b.cellSpend);
    }
}

void TestJsonIo::everyFieldRoundTrips() {
    const Project original = careshift::testing::everyFieldProject();
    QCOMPARE(careshift::testing::fieldsLeftAtDefault(original), QStringList());
    QVERIFY(validate(original).empty());
    const QByteArray json = store::writeProjectJson(original);
    const Project reread = store::readProjectJson(json, QStringLiteral("every.json"));
    QCOMPARE(careshift::testing::fieldDump(reread), careshift::testing::fieldDump(original));
}

void TestJsonIo::absentOptionalFieldsKeepTheirDefault() {
    // Every field the descriptions call optional, removed from every object.
    const Project original = careshift::testing::everyFieldProject();
    QJsonObject root = QJsonDocument::fromJson(store::writeProjectJson(original)).object();
    auto strip = [&](const char* key, Kind kind) {
        root[QLatin1String(key)] = withoutOptional(root[QLatin1String(key)].toObject(), kind);
    };
    auto stripList = [&](const char* key, Kind kind) {
        root[QLatin1String(key)] = withoutOptional(root[QLatin1String(key)].toArray(), kind);
    };
    strip("commissioner", Kind::Commissioner);
    strip("assumptions", Kind::Assumptions);
    stripList("population", Kind::Population);
    stripList("providers", Kind::Provider);
    stripList("contracts", Kind::Contract);
    // A PoD's role is optional, and without it a PoD cannot be priced from
    // its HRG mix: the mixes go too (their fields are checked by the
    // round trips of tst_projectfile and the schema test below).
    QJsonArray pods;
    for (const QJsonValue v : withoutOptional(root[QStringLiteral("pods")].toArray(), Kind::Pod)) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("hrgMix"));
        pods.append(o);
    }
    root[QStringLiteral("pods")] = pods;
    stripList("tariff", Kind::Hrg);
    stripList("activity", Kind::Activity);
    root[QStringLiteral("interventions")] =
        withoutOptional(root[QStringLiteral("interventions")].toArray(), Kind::Intervention,
                        QStringLiteral("effects"), Kind::Effect, QStringLiteral("substitutions"),
                        Kind::Substitution);
    root[QStringLiteral("scenarios")] =
        withoutOptional(root[QStringLiteral("scenarios")].toArray(), Kind::Scenario,
                        QStringLiteral("interventions"), Kind::ScenarioItem);
    QJsonArray interventions;
    for (const QJsonValue v : root[QStringLiteral("interventions")].toArray()) {
        QJsonObject o = v.toObject();
        o[QStringLiteral("metricEffects")] =
            withoutOptional(o[QStringLiteral("metricEffects")].toArray(), Kind::MetricEffect);
        interventions.append(o);
    }
    root[QStringLiteral("interventions")] = interventions;
    stripList("peers", Kind::Peer);
    root[QStringLiteral("metrics")] =
        withoutOptional(root[QStringLiteral("metrics")].toArray(), Kind::Metric,
                        QStringLiteral("peerValues"), Kind::PeerValue);
    stripList("outcomeWeights", Kind::Weights);

    Project expected = original;
    for (Pod& pod : expected.pods)
        pod.hrgMix.clear();
    visitObjects(expected, [](Kind, const std::string&, auto& object) { resetOptional(object); });
    // By hand: a scenario without a name is shown by its id.
    for (Scenario& s : expected.scenarios)
        s.name = s.id;
    const Project reread =
        store::readProjectJson(QJsonDocument(root).toJson(), QStringLiteral("bare.json"));
    QCOMPARE(careshift::testing::fieldDump(reread), careshift::testing::fieldDump(expected));
}

void TestJsonIo::jsonSchemaAgreesWithTheDescriptions() {
    // docs/careshift-project.schema.json is for other tools; it must say what
    // the descriptions say: the same members, the same required ones, the
    // same types and ranges. A new or changed field fails here until the
    // schema says so too.
    QFile file(QStringLiteral(CARESHIFT_SOURCE_DIR "/docs/careshift-project.schema.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject defs = schema[QStringLiteral("$defs")].toObject();
    auto resolve = [&](QJsonObject o) {
        while (o.contains(QStringLiteral("$ref")))
            o = defs[o[QStringLiteral("$ref")].toString().section(QLatin1Char('/'), -1)].toObject();
        return o;
    };
    auto member = [&](const QJsonObject& o, const char* key) {
        return resolve(o[QStringLiteral("properties")].toObject()[QLatin1String(key)].toObject());
    };
    auto items = [&](const QJsonObject& o) {
        return resolve(o[QStringLiteral("items")].toObject());
    };
    const QJsonObject interventions = items(member(schema, "interventions"));
    const QJsonObject scenarios = items(member(schema, "scenarios"));
    const std::vector<std::pair<Kind, QJsonObject>> objects = {
        {Kind::Commissioner, member(schema, "commissioner")},
        {Kind::Assumptions, member(schema, "assumptions")},
        {Kind::Population, items(member(schema, "population"))},
        {Kind::Provider, items(member(schema, "providers"))},
        {Kind::Contract, items(member(schema, "contracts"))},
        {Kind::Pod, items(member(schema, "pods"))},
        {Kind::Activity, items(member(schema, "activity"))},
        {Kind::Intervention, interventions},
        {Kind::Effect, items(member(interventions, "effects"))},
        {Kind::Substitution, items(member(interventions, "substitutions"))},
        {Kind::Scenario, scenarios},
        {Kind::ScenarioItem, items(member(scenarios, "interventions"))},
        {Kind::ContractRule, items(member(scenarios, "contractRules"))},
        {Kind::Hrg, items(member(schema, "tariff"))},
        {Kind::HrgShare, items(member(items(member(schema, "pods")), "hrgMix"))},
        {Kind::Peer, items(member(schema, "peers"))},
        {Kind::Metric, items(member(schema, "metrics"))},
        {Kind::PeerValue, items(member(items(member(schema, "metrics")), "peerValues"))},
        {Kind::Weights, items(member(schema, "outcomeWeights"))},
        {Kind::MetricEffect, items(member(interventions, "metricEffects"))},
    };
    const QStringList childLists = {
        QStringLiteral("effects"),       QStringLiteral("substitutions"),
        QStringLiteral("interventions"), QStringLiteral("contractRules"),
        QStringLiteral("hrgMix"),        QStringLiteral("metricEffects"),
        QStringLiteral("peerValues")};
    QStringList wrong;
    for (const auto& [kind, object] : objects) {
        const QString where = qs(kindKey(kind)) + QLatin1Char('.');
        QStringList required;
        for (const QJsonValue v : object[QStringLiteral("required")].toArray())
            required << v.toString();
        QStringList described;
        QStringList describedRequired;
        for (const Field& f : fieldsOf(kind)) {
            const QString key = qs(f.key);
            described << key;
            if (f.required)
                describedRequired << key;
            QJsonObject s = member(object, f.key.data());
            if (s.isEmpty()) {
                wrong << where + key + QStringLiteral(": not in the schema");
                continue;
            }
            if (f.unit == Unit::Series)
                s = items(s);
            if (!f.isNumber() && f.unit != Unit::Series)
                continue;
            const QString type = f.isWhole() ? QStringLiteral("integer") : QStringLiteral("number");
            const QString low =
                f.minOpen ? QStringLiteral("exclusiveMinimum") : QStringLiteral("minimum");
            const QString high =
                f.maxOpen ? QStringLiteral("exclusiveMaximum") : QStringLiteral("maximum");
            if (s[QStringLiteral("type")].toString() != type)
                wrong << where + key + QStringLiteral(": type is not ") + type;
            if (!s.contains(low) || s[low].toDouble() != f.min)
                wrong << where + key + QStringLiteral(": %1 is not %2").arg(low).arg(f.min);
            if (!s.contains(high) || s[high].toDouble() != f.max)
                wrong << where + key + QStringLiteral(": %1 is not %2").arg(high).arg(f.max);
        }
        for (const QString& key : object[QStringLiteral("properties")].toObject().keys())
            if (!described.contains(key) && !childLists.contains(key))
                wrong << where + key + QStringLiteral(": in the schema but not described");
        required.sort();
        describedRequired.sort();
        if (required != describedRequired)
            wrong << where + QStringLiteral("required is [%1], described [%2]")
                                 .arg(required.join(QLatin1Char(',')),
                                      describedRequired.join(QLatin1Char(',')));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestJsonIo::malformedInput_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QByteArray good = store::writeProjectJson(careshift::testing::tinyWithFrailty());
    auto edit = [&](auto f) {
        QJsonObject root = QJsonDocument::fromJson(good).object();
        f(root);
        return QJsonDocument(root).toJson();
    };
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \n}")
                              << QStringLiteral("t.json: line 3: not valid JSON: ");
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << QStringLiteral("t.json: expected a JSON object at the top");
    QTest::newRow("newer version")
        << edit([](QJsonObject& r) { r[QStringLiteral("version")] = 99; })
        << QStringLiteral("t.json: version: the file is format version 99, newer than this "
                          "CareShift reads (4): open it with a newer CareShift");
    QTest::newRow("not a CareShift file")
        << edit([](QJsonObject& r) { r[QStringLiteral("format")] = QStringLiteral("other"); })
        << QStringLiteral("t.json: format: this is not a CareShift project");
    QTest::newRow("price is text") << edit([](QJsonObject& r) {
        QJsonArray pods = r[QStringLiteral("pods")].toArray();
        QJsonObject pod = pods[1].toObject();
        pod[QStringLiteral("price")] = QStringLiteral("cheap");
        pods[1] = pod;
        r[QStringLiteral("pods")] = pods;
    }) << QStringLiteral("t.json: pods[1] ('OP').price: expected a number");
    // A metric without its lens: named by its name and field.
    QTest::newRow("metric without a lens") << edit([](QJsonObject& r) {
        QJsonObject m;
        m[QStringLiteral("id")] = QStringLiteral("falls");
        m[QStringLiteral("name")] = QStringLiteral("Falls admissions, 65+");
        m[QStringLiteral("group")] = QStringLiteral("older");
        m[QStringLiteral("unit")] = QStringLiteral("per100k");
        m[QStringLiteral("direction")] = QStringLiteral("lower");
        m[QStringLiteral("baseValue")] = 2240;
        r[QStringLiteral("metrics")] = QJsonArray{m};
    }) << QStringLiteral("t.json: metrics[0] ('Falls admissions, 65+').lens: is missing");
    QTest::newRow("missing field") << edit([](QJsonObject& r) {
        QJsonObject c = r[QStringLiteral("commissioner")].toObject();
        c.remove(QStringLiteral("baseYear"));
        r[QStringLiteral("commissioner")] = c;
    }) << QStringLiteral("t.json: commissioner.baseYear: is missing");
    QTest::newRow("unknown setting")
        << edit([](QJsonObject& r) {
               QJsonArray pods = r[QStringLiteral("pods")].toArray();
               QJsonObject pod = pods[0].toObject();
               pod[QStringLiteral("setting")] = QStringLiteral("hospital");
               pods[0] = pod;
               r[QStringLiteral("pods")] = pods;
           })
        << QStringLiteral(
               "t.json: pods[0] ('NEL').setting: 'hospital' is not one of: acute, community, "
               "mental_health, primary_care, social_care, other");
    auto editFirst = [&](const char* list, auto f) {
        return edit([&](QJsonObject& r) {
            QJsonArray items = r[QLatin1String(list)].toArray();
            QJsonObject o = items[0].toObject();
            f(o);
            items[0] = o;
            r[QLatin1String(list)] = items;
        });
    };
    QTest::newRow("start year not whole")
        << editFirst("interventions", [](QJsonObject& o) { o[QStringLiteral("startYear")] = 1.5; })
        << QStringLiteral(
               "t.json: interventions[0] ('Frailty team').startYear: expected a whole number");
    QTest::newRow("name is a number")
        << editFirst("providers", [](QJsonObject& o) { o[QStringLiteral("name")] = 3; })
        << QStringLiteral("t.json: providers[0] ('acute').name: expected text");
    QTest::newRow("mechanism is a number")
        << editFirst("contracts", [](QJsonObject& o) { o[QStringLiteral("mechanism")] = 1; })
        << QStringLiteral("t.json: contracts[0] ('acute').mechanism: expected text");
    QTest::newRow("growth entry is text") << editFirst("population", [](QJsonObject& o) {
        o[QStringLiteral("growth")] = QJsonArray{0.01, QStringLiteral("two per cent")};
    }) << QStringLiteral("t.json: population[0].growth[1]: expected a number");
    QTest::newRow("growth is a number")
        << editFirst("population", [](QJsonObject& o) { o[QStringLiteral("growth")] = 0.01; })
        << QStringLiteral("t.json: population[0].growth: expected a list of numbers");
    QTest::newRow("enabled is text")
        << editFirst("scenarios",
                     [](QJsonObject& o) {
                         o[QStringLiteral("interventions")] = QJsonArray{
                             QJsonObject{{QStringLiteral("id"), QStringLiteral("frailty")},
                                         {QStringLiteral("enabled"), QStringLiteral("yes")}}};
                     })
        << QStringLiteral("t.json: scenarios[0] ('Frailty').interventions[0] ('frailty').enabled: "
                          "expected true or false");
    QTest::newRow("effect without its change") << editFirst("interventions", [](QJsonObject& o) {
        o[QStringLiteral("effects")] =
            QJsonArray{QJsonObject{{QStringLiteral("pod"), QStringLiteral("NEL")}}};
    }) << QStringLiteral("t.json: interventions[0] ('Frailty team').effects[0].change: is missing");
    QTest::newRow("price too large (validation)")
        << editFirst("pods", [](QJsonObject& o) { o[QStringLiteral("price")] = 1e306; })
        << QStringLiteral("t.json: PoD 'NEL', price: must be from £0 to £1,000,000,000 (is "
                          "£1e+306)");
    QTest::newRow("coverage above 1 (validation)")
        << edit([](QJsonObject& r) {
               QJsonArray ivs = r[QStringLiteral("interventions")].toArray();
               QJsonObject iv = ivs[0].toObject();
               iv[QStringLiteral("coverage")] = 1.5;
               ivs[0] = iv;
               r[QStringLiteral("interventions")] = ivs;
           })
        << QStringLiteral("t.json: Intervention 'Frailty team', coverage: must be from 0% to "
                          "100% (is 150%)");
}

void TestJsonIo::malformedInput() {
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    try {
        (void)store::readProjectJson(json, QStringLiteral("t.json"));
        QFAIL("malformed input was accepted");
    } catch (const store::LoadError& e) {
        // Prefix match: the parser's own wording after "not valid JSON: " is Qt's.
        bool found = false;
        for (const QString& m : e.messages())
            found = found || m.startsWith(expected);
        QVERIFY2(found, qPrintable(e.messages().join(QLatin1Char('\n'))));
    }
}

QTEST_APPLESS_MAIN(TestJsonIo)
#include "tst_jsonio.moc"
