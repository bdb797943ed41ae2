// JSON reading and writing: lossless round trip, and malformed input reported
// with the file, the JSON path and what is wrong.

#include "engine/appraisal.h"
#include "engine/tinyproject.h"
#include "store/jsonio.h"
#include "store/sample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace careshift;

class TestJsonIo : public QObject {
    Q_OBJECT
private slots:
    void roundTripIsLossless();
    void malformedInput_data();
    void malformedInput();
};

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
                          "CareShift reads (1): open it with a newer CareShift");
    QTest::newRow("not a CareShift file")
        << edit([](QJsonObject& r) { r[QStringLiteral("format")] = QStringLiteral("other"); })
        << QStringLiteral("t.json: format: this is not a CareShift project");
    QTest::newRow("price is text") << edit([](QJsonObject& r) {
        QJsonArray pods = r[QStringLiteral("pods")].toArray();
        QJsonObject pod = pods[1].toObject();
        pod[QStringLiteral("price")] = QStringLiteral("cheap");
        pods[1] = pod;
        r[QStringLiteral("pods")] = pods;
    }) << QStringLiteral("t.json: pods[1].price: expected a number");
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
        << QStringLiteral("t.json: pods[0].setting: 'hospital' is not one of: acute, community, "
                          "mental_health, primary_care, social_care, other");
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
