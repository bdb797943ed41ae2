// The board pack's workbook (store/workbook.h) as a spreadsheet program
// reads it: the .xlsx is unzipped (unzip -p) and its sheet XML read cell by
// cell. Every figure is checked against the engine function the sheet says
// it shows (compareScenarios, yearlyReport), to the penny, as a number cell
// with the right number format; and a failed write leaves nothing behind.

#include "engine/appraisal.h"
#include "engine/options.h"
#include "engine/outcomes.h"
#include "engine/register.h"
#include "engine/report.h"
#include "store/sample.h"
#include "store/workbook.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cerrno>
#include <cmath>

using namespace careshift;

class TestWorkbook : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void hasTheFiveSheets();
    void optionsAreCompareScenariosFigures();
    void yearsHaveFinancialYearsAndFigures();
    void outcomesAreTheLastYears();
    void assumptionsAreTheRegister();
    void chosenScenariosOnly();
    void unknownScenarioRefused();
    void hostileNamesStayText();
    void missingFolderLeavesNoFile();
    void failedWriteKeepsPreviousFile();

private:
    QTemporaryDir m_dir;
    QString m_file; ///< the sample's workbook, every scenario
    Project m_sample;
};

namespace {

/// One member of the zip, as `unzip -p` prints it.
QByteArray unzipEntry(const QString& zip, const QString& entry) {
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

struct CellXml {
    QString type;  ///< t="s" for a shared string; empty for a number
    int style = 0; ///< s="", the index into styles.xml's cellXfs
    QString value; ///< <v>
};

/// A sheet's cells by reference ("D3"), and its frozen pane.
struct SheetXml {
    QHash<QString, CellXml> cells;
    QString paneState;
    int ySplit = 0;
    int xSplit = 0;
    QString dimension;
};

SheetXml readSheet(const QByteArray& xml) {
    SheetXml sheet;
    QXmlStreamReader r(xml);
    QString ref;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == QStringLiteral("c")) {
            ref = a.value(QStringLiteral("r")).toString();
            CellXml c;
            c.type = a.value(QStringLiteral("t")).toString();
            c.style = a.value(QStringLiteral("s")).toInt();
            sheet.cells.insert(ref, c);
        } else if (r.name() == QStringLiteral("v")) {
            sheet.cells[ref].value = r.readElementText();
        } else if (r.name() == QStringLiteral("pane")) {
            sheet.paneState = a.value(QStringLiteral("state")).toString();
            sheet.ySplit = a.value(QStringLiteral("ySplit")).toInt();
            sheet.xSplit = a.value(QStringLiteral("xSplit")).toInt();
        } else if (r.name() == QStringLiteral("dimension")) {
            sheet.dimension = a.value(QStringLiteral("ref")).toString();
        }
    }
    return sheet;
}

QStringList readSharedStrings(const QByteArray& xml) {
    QStringList strings;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QStringLiteral("si"))
            strings << QString();
        else if (r.isStartElement() && r.name() == QStringLiteral("t"))
            strings.last() += r.readElementText();
    }
    return strings;
}

/// styles.xml: each cellXfs entry's number format code ("General" for the built-in 0).
QStringList readCellFormats(const QByteArray& xml) {
    QHash<int, QString> codes{{0, QStringLiteral("General")}};
    QStringList formats;
    bool inCellXfs = false;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement() && r.name() == QStringLiteral("cellXfs"))
            inCellXfs = false;
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == QStringLiteral("numFmt"))
            codes.insert(a.value(QStringLiteral("numFmtId")).toInt(),
                         a.value(QStringLiteral("formatCode")).toString());
        else if (r.name() == QStringLiteral("cellXfs"))
            inCellXfs = true;
        else if (inCellXfs && r.name() == QStringLiteral("xf"))
            formats << codes.value(a.value(QStringLiteral("numFmtId")).toInt(),
                                   QStringLiteral("built-in"));
    }
    return formats;
}

/// A whole unzipped workbook: its sheets in order, strings and formats.
struct Book {
    QList<SheetXml> sheets;
    QStringList sheetNames;
    QStringList strings;
    QStringList formats;

    QString text(int sheet, const QString& ref) const {
        const CellXml c = sheets[sheet].cells.value(ref);
        return c.type == QStringLiteral("s") ? strings.value(c.value.toInt()) : QString();
    }
    /// A number cell's value; NaN when the cell is missing or not a number.
    double number(int sheet, const QString& ref) const {
        const auto it = sheets[sheet].cells.constFind(ref);
        if (it == sheets[sheet].cells.constEnd() || !it->type.isEmpty())
            return std::nan("");
        bool ok = false;
        const double v = it->value.toDouble(&ok);
        return ok ? v : std::nan("");
    }
    QString format(int sheet, const QString& ref) const {
        return formats.value(sheets[sheet].cells.value(ref).style);
    }
};

Book readBook(const QString& zip) {
    Book b;
    QXmlStreamReader r(unzipEntry(zip, QStringLiteral("xl/workbook.xml")));
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QStringLiteral("sheet"))
            b.sheetNames << r.attributes().value(QStringLiteral("name")).toString();
    }
    for (int i = 1; i <= b.sheetNames.size(); ++i)
        b.sheets << readSheet(unzipEntry(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i)));
    b.strings = readSharedStrings(unzipEntry(zip, QStringLiteral("xl/sharedStrings.xml")));
    b.formats = readCellFormats(unzipEntry(zip, QStringLiteral("xl/styles.xml")));
    return b;
}

const QString kMoney = QStringLiteral("\"£\"#,##0;-\"£\"#,##0");
const QString kPercent = QStringLiteral("0.0%");
const QString kCount = QStringLiteral("#,##0");

} // namespace

void TestWorkbook::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_sample = store::loadSample();
    m_file = m_dir.filePath(QStringLiteral("anytown.xlsx"));
    store::writeWorkbook(m_file, m_sample);
    QVERIFY(QFile::exists(m_file));
    // The zip is whole: unzip tests every member's CRC.
    QProcess test;
    test.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), m_file});
    QVERIFY(test.waitForFinished(30000));
    QCOMPARE(test.exitCode(), 0);
}

void TestWorkbook::hasTheFiveSheets() {
    const Book b = readBook(m_file);
    // workbook.h: one sheet per table, in this order.
    QCOMPARE(b.sheetNames, (QStringList{QStringLiteral("Options"), QStringLiteral("Years"),
                                        QStringLiteral("Providers"), QStringLiteral("Outcomes"),
                                        QStringLiteral("Assumptions")}));
    for (const SheetXml& s : b.sheets) {
        // The header row frozen on every sheet, and bold (the header's style
        // is the first one added after the default: index 1, no number format).
        QCOMPARE(s.paneState, QStringLiteral("frozen"));
        QCOMPARE(s.ySplit, 1);
        QCOMPARE(s.cells.value(QStringLiteral("A1")).type, QStringLiteral("s"));
    }
    const QByteArray styles = unzipEntry(m_file, QStringLiteral("xl/styles.xml"));
    // The money, percent and count formats are defined once each.
    QVERIFY(b.formats.contains(kMoney));
    QVERIFY(b.formats.contains(kPercent));
    QVERIFY(b.formats.contains(kCount));
    QVERIFY(styles.contains("<b/>"));
}

void TestWorkbook::optionsAreCompareScenariosFigures() {
    const Book b = readBook(m_file);
    const std::vector<OptionSummary> options = compareScenarios(m_sample);
    QCOMPARE(options.size(), std::size_t(4)); // the sample's four scenarios, in project order
    QCOMPARE(b.text(0, QStringLiteral("A1")), QStringLiteral("Option"));
    QCOMPARE(b.text(0, QStringLiteral("D1")), QStringLiteral("NPV, real terms (2016/17 prices)"));
    for (std::size_t i = 0; i < options.size(); ++i) {
        const OptionSummary& o = options[i];
        const QString row = QString::number(i + 2); // row 1 is the header
        auto at = [&](const char* column) { return QLatin1String(column) + row; };
        QCOMPARE(b.text(0, at("A")), QString::fromStdString(o.name));
        // Each figure is compareScenarios()' own, to the penny, in a number
        // cell (no t="s") with the money format.
        QVERIFY2(std::fabs(b.number(0, at("B")) - o.investment) < 0.005, qPrintable(row));
        QVERIFY2(std::fabs(b.number(0, at("C")) - o.netSaving) < 0.005, qPrintable(row));
        QVERIFY2(std::fabs(b.number(0, at("D")) - o.npv) < 0.005, qPrintable(row));
        QVERIFY2(std::fabs(b.number(0, at("E")) - o.npvCash) < 0.005, qPrintable(row));
        QCOMPARE(b.format(0, at("D")), kMoney);
        QCOMPARE(b.format(0, at("E")), kMoney);
        QVERIFY(std::fabs(b.number(0, at("H")) - o.admissionsAvoided) < 1e-9);
        QCOMPARE(b.format(0, at("H")), kCount);
        if (o.roi) {
            QVERIFY(std::fabs(b.number(0, at("F")) - *o.roi) < 1e-12);
            QCOMPARE(b.format(0, at("F")), kPercent);
        }
    }
    // By hand from the sample (careshift-cli --sample compare): the frailty
    // team's NPV in real terms is £2,873,674.66, ROI 152.8%, paid back in
    // 2016/17; the acute trust's margin falls by £1,577,990.67.
    QCOMPARE(std::round(b.number(0, QStringLiteral("D3")) * 100) / 100, 2873674.66);
    QCOMPARE(b.format(0, QStringLiteral("D3")), kMoney);
    QCOMPARE(std::round(b.number(0, QStringLiteral("F3")) * 1000) / 1000, 1.528);
    QCOMPARE(b.text(0, QStringLiteral("G3")), QStringLiteral("2016/17"));
    QCOMPARE(b.text(0, QStringLiteral("J3")),
             QStringLiteral("Anytown Hospitals NHS Foundation Trust"));
    QCOMPARE(std::round(b.number(0, QStringLiteral("K3")) * 100) / 100, -1577990.67);
    // Doing nothing has no ROI and no payback year: empty cells, not 0.
    QVERIFY(!b.sheets[0].cells.contains(QStringLiteral("F2")));
    QVERIFY(!b.sheets[0].cells.contains(QStringLiteral("G2")));
}

void TestWorkbook::yearsHaveFinancialYearsAndFigures() {
    const Book b = readBook(m_file);
    // The sample's base year is 2016/17 and its horizon 5 years
    // (resources/sample/anytown.json): D1 to H1, then the total.
    QCOMPARE(m_sample.commissioner.baseYear, 2016);
    QCOMPARE(m_sample.assumptions.horizon, 5);
    const QStringList years = {QStringLiteral("2016/17"), QStringLiteral("2017/18"),
                               QStringLiteral("2018/19"), QStringLiteral("2019/20"),
                               QStringLiteral("2020/21"), QStringLiteral("Total")};
    for (int sheet : {1, 2}) {
        QCOMPARE(b.text(sheet, QStringLiteral("A1")), QStringLiteral("Scenario"));
        for (int k = 0; k < years.size(); ++k)
            QCOMPARE(b.text(sheet, QChar(u'D' + k) + QStringLiteral("1")), years[k]);
        // Scenario, section and row frozen beside the figures.
        QCOMPARE(b.sheets[sheet].xSplit, 3);
    }
    // Row 2: the first scenario (do nothing), the first row of yearlyReport
    // after its heading: baseline acute spend, each year and the total.
    const Appraisal a = appraise(m_sample, m_sample.scenarios[0]);
    const std::vector<ReportRow> rows = yearlyReport(a);
    QCOMPARE(rows[1].label, std::string("  Acute"));
    QCOMPARE(b.text(1, QStringLiteral("A2")), QStringLiteral("Do nothing"));
    QCOMPARE(b.text(1, QStringLiteral("B2")), QStringLiteral("Baseline spend"));
    QCOMPARE(b.text(1, QStringLiteral("C2")), QStringLiteral("Acute"));
    for (int t = 0; t < 5; ++t) {
        const QString ref = QChar(u'D' + t) + QStringLiteral("2");
        QVERIFY2(std::fabs(b.number(1, ref) - rows[1].years[static_cast<std::size_t>(t)]) < 0.005,
                 qPrintable(ref));
        QCOMPARE(b.format(1, ref), kMoney);
    }
    QVERIFY(std::fabs(b.number(1, QStringLiteral("I2")) - *rows[1].total) < 0.005);
    // The frailty team's net saving row sums to compareScenarios()' net saving.
    const OptionSummary frailty = compareScenarios(m_sample)[1];
    bool found = false;
    for (auto it = b.sheets[1].cells.constBegin(); it != b.sheets[1].cells.constEnd(); ++it) {
        if (!it.key().startsWith(QLatin1Char('C')) || b.text(1, it.key()) != u"Net saving")
            continue;
        const QString row = it.key().mid(1);
        if (b.text(1, QStringLiteral("A") + row) != QString::fromStdString(frailty.name))
            continue;
        found = true;
        QVERIFY(std::fabs(b.number(1, QStringLiteral("I") + row) - frailty.netSaving) < 0.005);
    }
    QVERIFY(found);
}

void TestWorkbook::outcomesAreTheLastYears() {
    const Book b = readBook(m_file);
    // Row 2: doing nothing, the sample's first metric in the last year of
    // the horizon (2020/21), as projectOutcomes() has it; a percentage metric
    // is a fraction shown with the percent format.
    const Appraisal a = appraise(m_sample, m_sample.scenarios[0]);
    const OutcomeResult o =
        projectOutcomes(m_sample, m_sample.scenarios[0], a.baseline, a.scenario);
    const Metric& m = m_sample.metrics[0];
    QCOMPARE(m.unit, MetricUnit::Percent);
    QCOMPARE(b.text(3, QStringLiteral("A2")), QStringLiteral("Do nothing"));
    QCOMPARE(b.text(3, QStringLiteral("B2")), QStringLiteral("2020/21"));
    QCOMPARE(b.text(3, QStringLiteral("C2")),
             QString::fromStdString(std::string(groupName(m.group))));
    QCOMPARE(b.text(3, QStringLiteral("E2")), QString::fromStdString(m.name));
    QVERIFY(std::fabs(b.number(3, QStringLiteral("G2")) - o.metrics[0].baseline[4]) < 1e-12);
    QVERIFY(std::fabs(b.number(3, QStringLiteral("H2")) - o.metrics[0].scenario[4]) < 1e-12);
    QCOMPARE(b.format(3, QStringLiteral("G2")), kPercent);
    QCOMPARE(b.text(3, QStringLiteral("J2")),
             QString::fromStdString(std::string(ragWord(o.metrics[0].baselineRag[4]))));
    // One row per metric per scenario: 4 scenarios x the sample's metrics.
    QCOMPARE(b.sheets[3].dimension, QStringLiteral("A1:P%1").arg(4 * m_sample.metrics.size() + 1));
}

void TestWorkbook::assumptionsAreTheRegister() {
    const Book b = readBook(m_file);
    const std::vector<RegisterEntry> entries = assumptionRegister(m_sample);
    // One row per entry after the header: the dimension runs to row entries + 1.
    QCOMPARE(b.sheets[4].dimension, QStringLiteral("A1:F%1").arg(entries.size() + 1));
    QCOMPARE(b.text(4, QStringLiteral("A2")), QString::fromStdString(entries[0].area));
    QCOMPARE(b.text(4, QStringLiteral("D2")), QString::fromStdString(entries[0].source));
    QCOMPARE(b.text(4, QStringLiteral("E2")),
             QString::fromStdString(evidenceName(entries[0].evidence)));
    // The commissioner's entry holds for every scenario, joined with "; ".
    QCOMPARE(b.text(4, QStringLiteral("F2")),
             QStringLiteral("Do nothing; Community frailty team; Diabetes device invest-to-save; "
                            "Frailty team and diabetes device"));
}

void TestWorkbook::chosenScenariosOnly() {
    // By id and by name (Project::findScenario), in the order asked.
    const QString file = m_dir.filePath(QStringLiteral("two.xlsx"));
    store::writeWorkbook(file, m_sample, {"diabetes", "Community frailty team"});
    const Book b = readBook(file);
    QCOMPARE(b.sheets[0].dimension.section(QLatin1Char(':'), 1).mid(1), QStringLiteral("3"));
    QCOMPARE(b.text(0, QStringLiteral("A2")), QStringLiteral("Diabetes device invest-to-save"));
    QCOMPARE(b.text(0, QStringLiteral("A3")), QStringLiteral("Community frailty team"));
    // The diabetes device's NPV (real), as compareScenarios() has it.
    QVERIFY(std::fabs(b.number(0, QStringLiteral("D2")) - compareScenarios(m_sample)[2].npv) <
            0.005);
    // No other scenario anywhere in the years.
    for (auto it = b.sheets[1].cells.constBegin(); it != b.sheets[1].cells.constEnd(); ++it)
        if (it.key().startsWith(QLatin1Char('A')) && it.key() != u"A1")
            QVERIFY2(b.text(1, it.key()) == u"Diabetes device invest-to-save" ||
                         b.text(1, it.key()) == u"Community frailty team",
                     qPrintable(b.text(1, it.key())));
}

void TestWorkbook::unknownScenarioRefused() {
    const QString file = m_dir.filePath(QStringLiteral("none.xlsx"));
    try {
        store::writeWorkbook(file, m_sample, {"frailty", "moonshot"});
        QFAIL("an unknown scenario was accepted");
    } catch (const store::SaveError& e) {
        QVERIFY2(e.messages().first().contains(QStringLiteral("no scenario 'moonshot'")),
                 qPrintable(e.messages().first()));
    }
    QVERIFY(!QFile::exists(file));
}

void TestWorkbook::hostileNamesStayText() {
    // A name that would be a formula in CSV is a text cell in a workbook, as
    // it is (a shared string, t="s": never evaluated), and one longer than
    // Excel's 32,767 characters is cut to fit rather than failing the export.
    Project p = m_sample;
    p.scenarios[1].name = "=HYPERLINK(\"http://example.invalid\",\"x\")";
    p.scenarios[2].name = std::string(40000, 'x') + " \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d 🚑";
    const QString file = m_dir.filePath(QStringLiteral("hostile.xlsx"));
    store::writeWorkbook(file, p, {p.scenarios[1].id, p.scenarios[2].id});
    const Book b = readBook(file);
    QCOMPARE(b.sheets[0].cells.value(QStringLiteral("A2")).type, QStringLiteral("s"));
    QCOMPARE(b.text(0, QStringLiteral("A2")),
             QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")"));
    QCOMPARE(b.text(0, QStringLiteral("A3")).size(), 32767);
    QVERIFY(b.text(0, QStringLiteral("A3")).endsWith(QChar(0x2026)));
}

void TestWorkbook::missingFolderLeavesNoFile() {
    // As root a read-only folder is still writable, so the failure here is a
    // folder that does not exist: SaveError, and no file anywhere.
    const QString file = m_dir.filePath(QStringLiteral("missing/board.xlsx"));
    try {
        store::writeWorkbook(file, m_sample);
        QFAIL("a workbook was written into a folder that does not exist");
    } catch (const store::SaveError& e) {
        QVERIFY2(e.messages().first().contains(QStringLiteral("does not exist")),
                 qPrintable(e.messages().first()));
    }
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QDir(m_dir.filePath(QStringLiteral("missing"))).exists());
}

void TestWorkbook::failedWriteKeepsPreviousFile() {
    // The workbook goes through writeFileAtomically(): a disk that fills
    // half-way (ENOSPC on write) throws SaveError, leaves the previous file
    // byte for byte, and no temporary file beside it.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("board.xlsx"));
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous board pack");
    }
    store::AtomicWriteFaults faults;
    faults.fails = [](store::WriteStep step) {
        return step == store::WriteStep::Write ? ENOSPC : 0;
    };
    try {
        store::writeWorkbook(file, m_sample, {}, faults);
        QFAIL("a failed write was not reported");
    } catch (const store::SaveError& e) {
        QVERIFY2(e.messages().first().contains(QStringLiteral("No space left on device")),
                 qPrintable(e.messages().first()));
    }
    QFile old(file);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("previous board pack"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("board.xlsx")});
}

QTEST_GUILESS_MAIN(TestWorkbook)
#include "tst_workbook.moc"
