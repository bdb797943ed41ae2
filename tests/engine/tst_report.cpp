// The results writers (report.h) on the tiny project with the frailty
// intervention, whose figures are worked by hand in tst_projection.cpp
// (interventionYearByYear, appraisalFigures). The CLI prints exactly these
// writers; tests/cli checks the sample's output against golden files.

#include "engine/report.h"
#include "tinyproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sstream>

using namespace careshift;
using namespace careshift::testing;

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void csvByHand();
    void jsonByHand();
    void jsonEscapesText();
    void summaryByHand();
    void csvRoundTrip();
    void csvInjection_data();
    void csvInjection();
    void csvFiguresStayNumbers();
};

void TestReport::csvByHand() {
    const Project p = tinyWithFrailty();
    const Appraisal a = appraise(p, p.scenarios[0]);
    std::ostringstream out;
    writeResultsCsv(out, p, a);
    // Baseline (tst_projection baselineYearByYear): acute NEL + OP 500,000 + 200,000;
    // 530,000 + 210,000; 563,000 + 221,000. Community CC 200,000; 210,000; 221,000.
    // Scenario acute: NEL 485, 497, 526.7 admissions x £1,000 + OP:
    //   685,000; 707,000; 747,700. Community: CC 4,045, 4,299, 4,528.9 contacts
    //   x £50 + the team's cost 17,500, 15,500, 16,050: 219,750; 230,450; 242,495.
    // Net saving -4,750, 12,550, 14,805; discounted 12,550 / 1.035 = 12,125.60,
    // 14,805 / 1.035^2 = 13,820.63, total 21,196.23. Admissions avoided 15, 33,
    // 36.3; bed days x 5. Settings with no spend (mental health, ...) are left out.
    // No price uplift: real terms (deflated by the tariff index) equal cash.
    const std::string expected =
        "row,2020/21,2021/22,2022/23,total\n"
        "Baseline spend: Acute,700000.00,740000.00,784000.00,2224000.00\n"
        "Baseline spend: Community,200000.00,210000.00,221000.00,631000.00\n"
        "Baseline spend: Total,900000.00,950000.00,1005000.00,2855000.00\n"
        "Scenario spend: Acute,685000.00,707000.00,747700.00,2139700.00\n"
        "Scenario spend: Community,219750.00,230450.00,242495.00,692695.00\n"
        "Scenario spend: Total,904750.00,937450.00,990195.00,2832395.00\n"
        "Impact: Investment,17500.00,15500.00,16050.00,49050.00\n"
        "Impact: Gross saving,12750.00,28050.00,30855.00,71655.00\n"
        "Impact: Net saving,-4750.00,12550.00,14805.00,22605.00\n"
        "Impact: Cumulative net saving,-4750.00,7800.00,22605.00,\n"
        "Impact: Net saving in real terms,-4750.00,12550.00,14805.00,22605.00\n"
        "Impact: Discounted real net saving,-4750.00,12125.60,13820.63,21196.23\n"
        "Impact: Discounted cash net saving,-4750.00,12125.60,13820.63,21196.23\n"
        "Impact: Emergency admissions avoided,15.00,33.00,36.30,84.30\n"
        "Impact: Bed days avoided,75.00,165.00,181.50,421.50\n";
    QCOMPARE(QString::fromStdString(out.str()), QString::fromStdString(expected));
}

void TestReport::jsonByHand() {
    const Project p = tinyWithFrailty();
    const Appraisal a = appraise(p, p.scenarios[0]);
    std::ostringstream out;
    writeResultsJson(out, p, p.scenarios[0], a);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(out.str()), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("commissioner")).toString(), QStringLiteral("Tiny CCG"));
    QCOMPARE(root.value(QStringLiteral("scenario")).toString(), QStringLiteral("Frailty"));
    QCOMPARE(root.value(QStringLiteral("discountRate")).toDouble(), 0.035);
    const QJsonArray years = root.value(QStringLiteral("years")).toArray();
    QCOMPARE(years.size(), 3);
    const QJsonObject y0 = years[0].toObject();
    QCOMPARE(y0.value(QStringLiteral("year")).toString(), QStringLiteral("2020/21"));
    // As in csvByHand: acute 700,000 baseline, 685,000 scenario; no mental health spend.
    const QJsonObject base = y0.value(QStringLiteral("baselineSpendBySetting")).toObject();
    QCOMPARE(base.value(QStringLiteral("acute")).toDouble(), 700000.0);
    QCOMPARE(base.value(QStringLiteral("mental_health")).toDouble(), 0.0);
    QCOMPARE(base.size(), 6);
    QCOMPARE(y0.value(QStringLiteral("scenarioSpendBySetting"))
                 .toObject()
                 .value(QStringLiteral("acute"))
                 .toDouble(),
             685000.0);
    QCOMPARE(y0.value(QStringLiteral("investment")).toDouble(), 17500.0);
    QCOMPARE(y0.value(QStringLiteral("netSaving")).toDouble(), -4750.0);
    QCOMPARE(years[2].toObject().value(QStringLiteral("bedDaysAvoided")).toDouble(), 181.5);
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("investment")).toDouble(), 49050.0);
    // Written as the shortest text that reads back as the same double: exact.
    QCOMPARE(summary.value(QStringLiteral("npv")).toDouble(), a.impact.npv);
    QVERIFY(qAbs(summary.value(QStringLiteral("npv")).toDouble() - 21196.2297836589) < 1e-6);
    QVERIFY(qAbs(summary.value(QStringLiteral("roi")).toDouble() - 22605.0 / 49050.0) < 1e-12);
    // Cumulative -4,750 then +7,800: pays back in year 1, 2021/22.
    QCOMPARE(summary.value(QStringLiteral("paybackYear")).toString(), QStringLiteral("2021/22"));
    QVERIFY(qAbs(summary.value(QStringLiteral("breakEvenMultiplier")).toDouble() -
                 47458.69215150879 / 68654.92193516769) < 1e-9);
    QCOMPARE(summary.value(QStringLiteral("breakEvenAchievable")).toBool(), true);

    // Doing nothing: no ROI, payback or break-even: null, not 0 and not nan.
    const Appraisal none = appraise(p, doNothing());
    std::ostringstream nothing;
    writeResultsJson(nothing, p, doNothing(), none);
    const QJsonObject s2 = QJsonDocument::fromJson(QByteArray::fromStdString(nothing.str()))
                               .object()
                               .value(QStringLiteral("summary"))
                               .toObject();
    QVERIFY(s2.value(QStringLiteral("roi")).isNull());
    QVERIFY(s2.value(QStringLiteral("paybackYear")).isNull());
    QVERIFY(s2.value(QStringLiteral("breakEvenMultiplier")).isNull());
    QVERIFY(nothing.str().find("nan") == std::string::npos);
}

void TestReport::jsonEscapesText() {
    Project p = tinyWithFrailty();
    p.commissioner.name = "Tiny \"North\" CCG \\ £ \t";
    const Appraisal a = appraise(p, p.scenarios[0]);
    std::ostringstream out;
    writeResultsJson(out, p, p.scenarios[0], a);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(out.str()), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc.object().value(QStringLiteral("commissioner")).toString(),
             QStringLiteral("Tiny \"North\" CCG \\ £ \t"));
}

void TestReport::summaryByHand() {
    const Project p = tinyWithFrailty();
    const Appraisal a = appraise(p, p.scenarios[0]);
    QStringList got;
    for (const SummaryLine& line : summaryLines(p, a))
        got << QString::fromStdString(line.label + ": " + line.value);
    // Figures of appraisalFigures/breakEvenMultiplier in tst_projection:
    // NPV 21,196.23; ROI 22,605 / 49,050 = 46.09%; break-even 0.6913;
    // admissions 84.3 and bed days 421.5 rounded to whole numbers.
    const QStringList expected = {
        QStringLiteral("Investment: £49,050"),
        QStringLiteral("Gross saving: £71,655"),
        QStringLiteral("Net saving: £22,605"),
        QStringLiteral("NPV, real terms (2020/21 prices) at 3.50%: £21,196"),
        QStringLiteral("NPV, cash at 3.50%: £21,196"),
        QStringLiteral("ROI: 46.09%"),
        QStringLiteral("Payback year: 2021/22"),
        QStringLiteral("Break-even effect multiplier: 0.69"),
        QStringLiteral("Emergency admissions avoided: 84"),
        QStringLiteral("Bed days avoided: 422"),
    };
    QCOMPARE(got, expected);
}

namespace {
/// Reads one CSV record (RFC 4180: fields quoted when they hold a comma, a
/// quote or a line break, quotes doubled inside), as a spreadsheet would.
QStringList parseCsvRecord(const std::string& line) {
    QStringList fields;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields << QString::fromStdString(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields << QString::fromStdString(field);
    return fields;
}
} // namespace

void TestReport::csvRoundTrip() {
    // RFC 4180, section 2: a field holding a comma, a quote or a line break
    // is quoted, and a quote inside it doubled.
    QCOMPARE(csvField("a,b"), std::string("\"a,b\""));
    QCOMPARE(csvField("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
    QCOMPARE(csvField("two\nlines"), std::string("\"two\nlines\""));
    QCOMPARE(csvField("cr\rhere"), std::string("\"cr\rhere\""));
    QCOMPARE(csvField("plain text"), std::string("plain text"));
    QCOMPARE(csvField(""), std::string());
    // Every field reads back as it was written (text that is not formula-like
    // is not changed by csvText).
    const std::vector<std::string> fields = {
        "Anytown, North", "The \"Frailty\" team", "line one\nline two", "£1,234 a head", "",
        "Ünïcödé, 北京"};
    std::string record;
    for (const std::string& f : fields)
        record += (record.empty() ? "" : ",") + csvText(f);
    QStringList expected;
    for (const std::string& f : fields)
        expected << QString::fromStdString(f);
    QCOMPARE(parseCsvRecord(record), expected);
}

void TestReport::csvInjection_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    // OWASP "CSV Injection": a cell starting with = + - @, a tab or a carriage
    // return gets a leading single quote, then RFC 4180 quoting as usual.
    QTest::newRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("+") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("- text") << QStringLiteral("-1 text") << QStringLiteral("'-1 text");
    QTest::newRow("@") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
    QTest::newRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
    // A carriage return also makes the field quoted (a line break).
    QTest::newRow("carriage return") << QStringLiteral("\r=1+1") << QStringLiteral("\"'\r=1+1\"");
    // The classic payload: its quotes doubled and its commas quoted as well.
    QTest::newRow("DDE") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                         << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("cmd") << QStringLiteral("=cmd|' /C calc'!A0")
                         << QStringLiteral("'=cmd|' /C calc'!A0");
    // Not formula-like: unchanged.
    QTest::newRow("inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("name") << QStringLiteral("Community frailty team")
                          << QStringLiteral("Community frailty team");
    QTest::newRow("empty") << QString() << QString();
}

void TestReport::csvInjection() {
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(QString::fromStdString(csvText(text.toStdString())), field);
    // Read back, the cell is the text with the quote in front when it was
    // formula-like (the first four characters of the rule), else the text:
    // shown as text, never run. The app's Copy (tab-separated) uses the same.
    const bool formulaLike = !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front());
    const QString shown = formulaLike ? QLatin1Char('\'') + text : text;
    QCOMPARE(parseCsvRecord(csvText(text.toStdString())), QStringList{shown});
    QCOMPARE(QString::fromStdString(spreadsheetText(text.toStdString())), shown);
}

void TestReport::csvFiguresStayNumbers() {
    // A figure is never neutralised: csvField leaves "-1234.50" as it is.
    QCOMPARE(csvField("-1234.50"), std::string("-1234.50"));
    QCOMPARE(csvField("+0.5"), std::string("+0.5"));
    // The providers' CSV with a hostile provider name: its label is
    // neutralised, its negative figures are not. The acute trust is paid for
    // all acute spend: its income falls with it, 700,000 -> 685,000 in
    // 2020/21 (csvByHand), -15,000.
    Project p = tinyWithFrailty();
    p.providers[0].name = "=1+1";
    const Appraisal a = appraise(p, p.scenarios[0]);
    std::ostringstream out;
    writeProviderCsv(out, p, a);
    const std::string csv = out.str();
    // The net saving of csvByHand: -4,750 in the first year.
    QVERIFY2(csv.find("\nImpact: Net saving,-4750.00,12550.00,14805.00,22605.00\n") !=
                 std::string::npos,
             csv.c_str());
    QVERIFY2(csv.find("\n'=1+1: Income change,-15000.00,") != std::string::npos, csv.c_str());
    QVERIFY2(csv.find("\n=1+1") == std::string::npos, csv.c_str());
}

QTEST_APPLESS_MAIN(TestReport)
#include "tst_report.moc"
