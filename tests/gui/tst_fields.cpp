// The field registry: how typed or pasted text becomes a value, how values
// are shown, and that renaming a PoD keeps every reference to it.

#include "engine/validate.h"
#include "gui/fields.h"
#include "store/sample.h"

#include <QTest>

using namespace careshift;

class TestFields : public QObject {
    Q_OBJECT
private slots:
    void parseInput_data();
    void parseInput();
    void displayText_data();
    void displayText();
    void renamingAPodKeepsReferences();
    void activityCellIsCreatedWhenMissing();
};

void TestFields::parseInput_data() {
    QTest::addColumn<int>("table");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QString>("error");
    const int pod = int(Table::Pod), iv = int(Table::Intervention), pop = int(Table::Population);
    QTest::newRow("money with £ and separators")
        << pod << int(PodPrice) << QStringLiteral("£1,234.50") << QVariant(1234.5) << QString();
    QTest::newRow("percent with sign") << iv << int(InterventionCoverage) << QStringLiteral("12.5%")
                                       << QVariant(0.125) << QString();
    QTest::newRow("percent without sign") << iv << int(InterventionCoverage)
                                          << QStringLiteral("12.5") << QVariant(0.125) << QString();
    QTest::newRow("a plain 1 is 1%, not 100%")
        << iv << int(InterventionCoverage) << QStringLiteral("1") << QVariant(0.01) << QString();
    QTest::newRow("coverage above 100%")
        << iv << int(InterventionCoverage) << QStringLiteral("150%") << QVariant()
        << QStringLiteral("Coverage must be from 0% to 100% (not 150%)");
    QTest::newRow("count with separators")
        << pop << int(PopulationBaseCount) << QStringLiteral("30,000") << QVariant(30000.0)
        << QString();
    QTest::newRow("negative count")
        << pop << int(PopulationBaseCount) << QStringLiteral("-5") << QVariant()
        << QStringLiteral("People (base year) must be from 0 to 1,000,000,000 (not -5)");
    QTest::newRow("not a number") << pod << int(PodPrice) << QStringLiteral("cheap") << QVariant()
                                  << QStringLiteral("Price: 'cheap' is not a number");
    QTest::newRow("series") << pop << int(PopulationGrowth) << QStringLiteral("2%; 1.5")
                            << QVariant(QStringLiteral("2%, 1.5%")) << QString();
    QTest::newRow("bad series") << pop << int(PopulationGrowth) << QStringLiteral("fast")
                                << QVariant()
                                << QStringLiteral(
                                       "Growth: expected percentages such as \"2%, 1.5%\"");
    QTest::newRow("choice by label") << pod << int(PodSetting) << QStringLiteral("Community")
                                     << QVariant(QStringLiteral("community")) << QString();
    QTest::newRow("choice by key") << pod << int(PodSetting) << QStringLiteral("social_care")
                                   << QVariant(QStringLiteral("social_care")) << QString();
    QTest::newRow("unknown choice")
        << pod << int(PodSetting) << QStringLiteral("hospital") << QVariant()
        << QStringLiteral("Setting: 'hospital' is not one of the choices");
    QTest::newRow("start year by financial year")
        << iv << int(InterventionStartYear) << QStringLiteral("2018/19")
        << QVariant(QStringLiteral("2")) << QString();
}

void TestFields::parseInput() {
    QFETCH(int, table);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    QFETCH(QString, error);
    const Project p = store::loadSample();
    QString got;
    const QVariant v = careshift::parseInput(p, {static_cast<Table>(table), 0, column}, text, &got);
    QCOMPARE(got, error);
    if (error.isEmpty())
        QCOMPARE(v, expected);
}

void TestFields::displayText_data() {
    QTest::addColumn<int>("table");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    // Values from resources/sample/anytown.json.
    QTest::newRow("whole pounds") << int(Table::Pod) << 0 << int(PodPrice)
                                  << QStringLiteral("£1,590");
    QTest::newRow("pence kept") << int(Table::Pod) << 7 << int(PodPrice)
                                << QStringLiteral("£44.95");
    QTest::newRow("series") << int(Table::Pod) << 0 << int(PodGrowth) << QStringLiteral("1%");
    QTest::newRow("count") << int(Table::Population) << 0 << int(PopulationBaseCount)
                           << QStringLiteral("30,000");
    QTest::newRow("percent") << int(Table::Contract) << 0 << int(ContractCquin)
                             << QStringLiteral("2.5%");
    QTest::newRow("choice label") << int(Table::Contract) << 1 << int(ContractMechanism)
                                  << QStringLiteral("Block");
    QTest::newRow("start year") << int(Table::Intervention) << 1 << int(InterventionStartYear)
                                << QStringLiteral("2017/18");
    QTest::newRow("ramp-up") << int(Table::Intervention) << 0 << int(InterventionRampUp)
                             << QStringLiteral("50%, 80%, 100%");
}

void TestFields::displayText() {
    QFETCH(int, table);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    QCOMPARE(careshift::displayText(store::loadSample(), {static_cast<Table>(table), row, column}),
             expected);
}

void TestFields::renamingAPodKeepsReferences() {
    Project p = store::loadSample();
    QCOMPARE(applyField(p, {Table::Pod, 0, PodCode}, QStringLiteral("EA")), QString());
    QCOMPARE(p.pods[0].code, std::string("EA"));
    QVERIFY(validate(p).empty());
    QCOMPARE(p.interventions[0].effects[0].pod, std::string("EA"));
    QCOMPARE(p.interventions[0].substitutions[0].fromPod, std::string("EA"));
    int activityRows = 0;
    for (const Activity& a : p.activity)
        activityRows += a.pod == "EA";
    QCOMPARE(activityRows, 5);
    // A code already in use is refused.
    QCOMPARE(applyField(p, {Table::Pod, 0, PodCode}, QStringLiteral("XBD")),
             QStringLiteral("the code XBD is already used"));
}

void TestFields::activityCellIsCreatedWhenMissing() {
    Project p = store::loadSample();
    // A new PoD has no activity rows: typing into its cell creates one.
    Pod extra = p.pods[0];
    extra.code = "RR";
    p.pods.push_back(extra);
    const int column = static_cast<int>(p.pods.size()) - 1;
    QCOMPARE(fieldValue(p, {Table::Activity, 0, column}).toDouble(), 0.0);
    QCOMPARE(applyField(p, {Table::Activity, 0, column}, 12.0), QString());
    QCOMPARE(fieldValue(p, {Table::Activity, 0, column}).toDouble(), 12.0);
    QCOMPARE(p.activity.back().pod, std::string("RR"));
}

QTEST_APPLESS_MAIN(TestFields)
#include "tst_fields.moc"
