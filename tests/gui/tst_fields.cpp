// The field registry of the document layer (gui/document/fields.h): how typed
// or pasted text becomes a value, how values are shown, that out-of-range
// values are refused (never clamped), and that renaming a PoD keeps every
// reference to it. Expected values are the sample's figures
// (resources/sample/anytown.json) or the ranges in engine/describe.h.

#include "engine/validate.h"
#include "gui/document/fields.h"
#include "store/sample.h"

#include <QTest>

using namespace careshift;

namespace {
FieldPath path(Kind kind, const char* object, const char* field) {
    return {kind, object, field};
}
} // namespace

Q_DECLARE_METATYPE(careshift::FieldPath)

class TestFields : public QObject {
    Q_OBJECT
private slots:
    void parseInput_data();
    void parseInput();
    void displayText_data();
    void displayText();
    void everyNumericFieldRefusesOutOfRange();
    void renamingAPodKeepsReferences();
    void movingAnEffectGivesItsNewPath();
    void activityCellIsCreatedWhenMissing();
    void descriptionsNameTheObject();
};

void TestFields::parseInput_data() {
    QTest::addColumn<FieldPath>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QString>("error");
    const FieldPath price = path(Kind::Pod, "NEL", "price");
    const FieldPath coverage = path(Kind::Intervention, "frailty-team", "coverage");
    const FieldPath people = path(Kind::Population, "older", "baseCount");
    QTest::newRow("money with £ and separators")
        << price << QStringLiteral("£1,234.50") << QVariant(1234.5) << QString();
    QTest::newRow("percent with sign")
        << coverage << QStringLiteral("12.5%") << QVariant(0.125) << QString();
    QTest::newRow("percent without sign")
        << coverage << QStringLiteral("12.5") << QVariant(0.125) << QString();
    QTest::newRow("a plain 1 is 1%, not 100%")
        << coverage << QStringLiteral("1") << QVariant(0.01) << QString();
    QTest::newRow("coverage above 100%")
        << coverage << QStringLiteral("150%") << QVariant()
        << QStringLiteral("Coverage must be from 0% to 100% (not 150%)");
    QTest::newRow("count with separators")
        << people << QStringLiteral("30,000") << QVariant(30000.0) << QString();
    QTest::newRow("negative count")
        << people << QStringLiteral("-500") << QVariant()
        << QStringLiteral("People (base year) must be from 0 to 1,000,000,000 (not -500)");
    QTest::newRow("negative one-off cost is refused, not made £0")
        << path(Kind::Intervention, "frailty-team", "oneOffCost") << QStringLiteral("-5000")
        << QVariant()
        << QStringLiteral("One-off cost must be from £0 to £1,000,000,000,000 (not -5000)");
    QTest::newRow("effect of -150% is refused, not made -15%")
        << path(Kind::Effect, "frailty-team/NEL", "change") << QStringLiteral("-150") << QVariant()
        << QStringLiteral("Change among those reached must be from -100% to 1000% (not -150)");
    QTest::newRow("a price too large to compute with")
        << price << QStringLiteral("1e306") << QVariant()
        << QStringLiteral("Price must be from £0 to £1,000,000,000 (not 1e306)");
    QTest::newRow("not a number") << price << QStringLiteral("cheap") << QVariant()
                                  << QStringLiteral("Price: 'cheap' is not a number");
    QTest::newRow("series") << path(Kind::Population, "older", "growth")
                            << QStringLiteral("2%; 1.5") << QVariant(QStringLiteral("2%, 1.5%"))
                            << QString();
    QTest::newRow("bad series")
        << path(Kind::Population, "older", "growth") << QStringLiteral("fast") << QVariant()
        << QStringLiteral("Growth: expected percentages such as \"2%, 1.5%\" (not 'fast')");
    QTest::newRow("ramp-up above 100% in year 1")
        << path(Kind::Intervention, "frailty-team", "rampUp") << QStringLiteral("150%, 100%")
        << QVariant()
        << QStringLiteral("Ramp-up must be from 0% to 100% in every year (not 150% in year 1)");
    QTest::newRow("choice by label")
        << path(Kind::Pod, "NEL", "setting") << QStringLiteral("Community")
        << QVariant(QStringLiteral("community")) << QString();
    QTest::newRow("choice by key")
        << path(Kind::Pod, "NEL", "setting") << QStringLiteral("social_care")
        << QVariant(QStringLiteral("social_care")) << QString();
    QTest::newRow("unknown choice")
        << path(Kind::Pod, "NEL", "setting") << QStringLiteral("hospital") << QVariant()
        << QStringLiteral("Setting: 'hospital' is not one of the choices");
    // The sample's base year is 2016: 2018/19 is year index 2.
    QTest::newRow("start year by financial year")
        << path(Kind::Intervention, "frailty-team", "startYear") << QStringLiteral("2018/19")
        << QVariant(2.0) << QString();
    QTest::newRow("base year as a financial year")
        << path(Kind::Commissioner, "", "baseYear") << QStringLiteral("2017/18") << QVariant(2017.0)
        << QString();
    QTest::newRow("MFF of 0 is refused (must be above 0)")
        << path(Kind::Provider, "acute", "mff") << QStringLiteral("0") << QVariant()
        << QStringLiteral("MFF must be above 0 and at most 5 (not 0)");
}

void TestFields::parseInput() {
    QFETCH(FieldPath, field);
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    QFETCH(QString, error);
    const Project p = store::loadSample();
    QString got;
    const QVariant v = careshift::parseInput(p, field, text, &got);
    QCOMPARE(got, error);
    if (error.isEmpty())
        QCOMPARE(v, expected);
    else
        QVERIFY(!v.isValid());
}

void TestFields::displayText_data() {
    QTest::addColumn<FieldPath>("field");
    QTest::addColumn<QString>("expected");
    // Values from resources/sample/anytown.json.
    QTest::newRow("whole pounds") << path(Kind::Pod, "NEL", "price") << QStringLiteral("£1,590");
    QTest::newRow("pence kept") << path(Kind::Pod, "CN", "price") << QStringLiteral("£44.95");
    QTest::newRow("series") << path(Kind::Pod, "NEL", "nonDemographicGrowth")
                            << QStringLiteral("1%");
    QTest::newRow("count") << path(Kind::Population, "older", "baseCount")
                           << QStringLiteral("30,000");
    QTest::newRow("percent") << path(Kind::Contract, "acute-pbr", "cquinRate")
                             << QStringLiteral("2.5%");
    QTest::newRow("choice label") << path(Kind::Contract, "community-block", "mechanism")
                                  << QStringLiteral("Block");
    QTest::newRow("start year") << path(Kind::Intervention, "diabetes-device", "startYear")
                                << QStringLiteral("2017/18");
    QTest::newRow("base year, never 2,016")
        << path(Kind::Commissioner, "", "baseYear") << QStringLiteral("2016/17");
    QTest::newRow("ramp-up") << path(Kind::Intervention, "frailty-team", "rampUp")
                             << QStringLiteral("50%, 80%, 100%");
    QTest::newRow("scenario item")
        << path(Kind::ScenarioItem, "diabetes/frailty-team", "enabled") << QStringLiteral("No");
}

void TestFields::displayText() {
    QFETCH(FieldPath, field);
    QFETCH(QString, expected);
    QCOMPARE(careshift::displayText(store::loadSample(), field), expected);
}

void TestFields::everyNumericFieldRefusesOutOfRange() {
    // Every number of every kind, one object each from the sample: a value
    // below the described minimum and one above the maximum are refused with
    // the field's label, and the project is unchanged.
    const Project sample = store::loadSample();
    const std::vector<FieldPath> objects = {
        {Kind::Commissioner, "", ""},           {Kind::Assumptions, "", ""},
        {Kind::Population, "older", ""},        {Kind::Provider, "acute", ""},
        {Kind::Contract, "acute-pbr", ""},      {Kind::Pod, "NEL", ""},
        {Kind::Activity, "older/NEL", ""},      {Kind::Intervention, "frailty-team", ""},
        {Kind::Effect, "frailty-team/NEL", ""}, {Kind::Substitution, "frailty-team/NEL>CN", ""}};
    int checked = 0;
    for (const FieldPath& object : objects) {
        for (const Field& f : fieldsOf(object.kind)) {
            if (!f.isNumber())
                continue;
            const FieldPath p = object.withField(f.key);
            const FieldInfo info = fieldInfo(sample, p);
            for (double bad : {f.min - 1, f.max * 2 + 1}) {
                Project copy = sample;
                const QString error = applyField(copy, p, bad);
                QVERIFY2(error.startsWith(info.label + QStringLiteral(" must be")),
                         qPrintable(QString::fromStdString(p.toString()) + QStringLiteral(": ") +
                                    error));
                QCOMPARE(fieldValue(copy, p), fieldValue(sample, p));
            }
            ++checked;
        }
    }
    // 1 + 3 + 1 + 1 + 6 + 2 + 1 + 7 + 1 + 1 numeric fields in describe.h before
    // issue 8, then 5 of a provider's costs (variable and semi-fixed shares,
    // ward beds, occupancy, margin) and 6 contract terms (change year, BPT
    // top-up and share, elective variable rate, low-volume threshold, risk share).
    QCOMPARE(checked, 35);
}

void TestFields::renamingAPodKeepsReferences() {
    Project p = store::loadSample();
    FieldPath moved;
    QCOMPARE(applyField(p, path(Kind::Pod, "NEL", "code"), QStringLiteral("EA"), &moved),
             QString());
    QCOMPARE(moved, path(Kind::Pod, "EA", "code"));
    QCOMPARE(p.pods[0].code, std::string("EA"));
    QVERIFY(validate(p).empty());
    QCOMPARE(p.interventions[0].effects[0].pod, std::string("EA"));
    QCOMPARE(p.interventions[0].substitutions[0].fromPod, std::string("EA"));
    int activityRows = 0;
    for (const Activity& a : p.activity)
        activityRows += a.pod == "EA";
    QCOMPARE(activityRows, 5);
    // A code already in use is refused.
    QCOMPARE(applyField(p, path(Kind::Pod, "EA", "code"), QStringLiteral("XBD")),
             QStringLiteral("the code XBD is already used"));
}

void TestFields::movingAnEffectGivesItsNewPath() {
    // The frailty team's effect on A&E moved to outpatients: its id is now
    // "frailty-team/OP", and the same value is found there.
    Project p = store::loadSample();
    const QVariant change = fieldValue(p, path(Kind::Effect, "frailty-team/AE", "change"));
    FieldPath moved;
    QCOMPARE(
        applyField(p, path(Kind::Effect, "frailty-team/AE", "pod"), QStringLiteral("OP"), &moved),
        QString());
    QCOMPARE(moved, path(Kind::Effect, "frailty-team/OP", "pod"));
    QCOMPARE(fieldValue(p, path(Kind::Effect, "frailty-team/OP", "change")), change);
    QVERIFY(!fieldValue(p, path(Kind::Effect, "frailty-team/AE", "change")).isValid());
}

void TestFields::activityCellIsCreatedWhenMissing() {
    Project p = store::loadSample();
    // A new PoD has no activity rows: typing into its cell creates one.
    Pod extra = p.pods[0];
    extra.code = "RR";
    p.pods.push_back(extra);
    const FieldPath cell = path(Kind::Activity, "older/RR", "ratePer1000");
    QCOMPARE(fieldValue(p, cell).toDouble(), 0.0);
    QCOMPARE(applyField(p, cell, 12.0), QString());
    QCOMPARE(fieldValue(p, cell).toDouble(), 12.0);
    QCOMPARE(p.activity.back().pod, std::string("RR"));
    // A cell of a PoD that does not exist is not there at all.
    QVERIFY(!fieldValue(p, path(Kind::Activity, "older/ZZ", "ratePer1000")).isValid());
}

void TestFields::descriptionsNameTheObject() {
    const Project p = store::loadSample();
    QCOMPARE(fieldDescription(p, path(Kind::Intervention, "frailty-team", "coverage")),
             QStringLiteral("coverage of Community frailty team for the over-70s"));
    QCOMPARE(fieldDescription(p, path(Kind::Contract, "acute-pbr", "nelThreshold")),
             QStringLiteral("NEL threshold of ") + QString::fromStdString(p.contracts[0].name));
    QCOMPARE(fieldDescription(p, path(Kind::Activity, "older/NEL", "ratePer1000")),
             QStringLiteral("NEL activity of Older people (70+)"));
}

QTEST_APPLESS_MAIN(TestFields)
#include "tst_fields.moc"
