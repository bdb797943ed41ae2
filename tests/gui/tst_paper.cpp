// The board paper (issue 12): the sample's paper is produced, pdftotext of
// it holds each option's figures as compareScenarios() gives them (the
// numbers `careshift-cli compare` prints), every section starts a page and
// no page is empty, long tables repeat their header on each page, and a
// project with hostile names still lays out.
#include "engine/format.h"
#include "engine/options.h"
#include "engine/register.h"
#include "gui/paper/boardpaper.h"
#include "store/fileerror.h"
#include "store/sample.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace careshift;

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

/// pdftotext (poppler-utils) of pages first..last (0: to the end); with
/// `layout`, in the page's physical layout (a table row on one line).
QString pdfText(const QString& pdf, int first = 0, int last = 0, bool layout = false) {
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        args << QStringLiteral("-l") << QString::number(last);
    args << pdf << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The page count pdfinfo reads from the file.
int pdfPages(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(60000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// Text with the layout's line breaks and hyphen-free wraps folded to spaces.
QString folded(QString s) {
    return s.replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}

} // namespace

class TestPaper : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void samplePaperHoldsEachOptionsFigures();
    void everySectionStartsAPageAndNoPageIsEmpty();
    void longTablesRepeatTheirHeader();
    void chosenScenariosOnly();
    void longHorizonSplitsTheYearTables();
    void noScenariosIsRefused();
    void registerHasTheInterventionsCohortEffect();
    void unknownScenarioIsRefused();
    void hostileNamesStillLayOut();
    void aFailedWriteKeepsTheOldFile();

private:
    QTemporaryDir m_dir;
    QString samplePdf();
    QString m_sample;
    int m_samplePages = 0;
};

QString TestPaper::samplePdf() {
    if (m_sample.isEmpty()) {
        m_sample = m_dir.filePath(QStringLiteral("sample.pdf"));
        PaperOptions o;
        o.author = QStringLiteral("A. Analyst");
        o.date = QDate(2026, 12, 3);
        o.fileName = QStringLiteral("anytown.careshift");
        m_samplePages = writeBoardPaper(m_sample, store::loadSample(), o);
        if (qEnvironmentVariableIsSet("CARESHIFT_KEEP_PAPER"))
            QFile::copy(m_sample, qEnvironmentVariable("CARESHIFT_KEEP_PAPER"));
    }
    return m_sample;
}

void TestPaper::samplePaperHoldsEachOptionsFigures() {
    const Project p = store::loadSample();
    const QString text = folded(pdfText(samplePdf()));
    // The cover: commissioner, date in en-GB, author, the file and its checksum.
    QVERIFY(text.contains(QStringLiteral("NHS Anytown CCG")));
    QVERIFY(text.contains(QStringLiteral("3 December 2026")));
    QVERIFY(text.contains(QStringLiteral("A. Analyst")));
    QVERIFY(text.contains(QStringLiteral("anytown.careshift")));
    QVERIFY(text.contains(projectChecksum(p)));
    QCOMPARE(projectChecksum(p).size(), 16);
    // The period: the sample's base year is 2016/17 and its horizon 5 years.
    QVERIFY(text.contains(QStringLiteral("2016/17 to 2020/21")));
    // Each option's name and its figures as the options table gives them:
    // compareScenarios() is what `careshift-cli compare` prints (exact
    // figures there, "£2.87m" style here).
    const std::vector<OptionSummary> options = compareScenarios(p);
    QVERIFY(options.size() >= 4);
    for (const OptionSummary& o : options) {
        QVERIFY2(text.contains(qs(o.name)), qPrintable(qs(o.name)));
        for (double figure : {o.investment, o.netSaving, o.npv})
            QVERIFY2(text.contains(qs(formatMoney(figure))),
                     qPrintable(qs(o.name) + QStringLiteral(": ") + qs(formatMoney(figure))));
    }
    // The frailty team's NPV, hand-checked against the CLI's summary
    // (`careshift-cli --sample`: NPV, real terms £2,873,675 -> £2.87m).
    QVERIFY(text.contains(QStringLiteral("£2.87m")));
    // The recommendation is left for the author.
    QVERIFY(text.contains(QStringLiteral("To be written by the author")));
}

void TestPaper::everySectionStartsAPageAndNoPageIsEmpty() {
    const QString pdf = samplePdf();
    QCOMPARE(pdfPages(pdf), m_samplePages);
    const Project p = store::loadSample();
    // Cover, summary, one section per option, who pays, outcomes,
    // uncertainty (with the method after it), register: each starts a page,
    // so at least 2 + options + 4 pages; each page has text besides its footer.
    const int sections = 2 + static_cast<int>(p.scenarios.size()) + 4;
    QVERIFY2(m_samplePages >= sections, qPrintable(QString::number(m_samplePages)));
    QVERIFY2(m_samplePages <= sections * 3, qPrintable(QString::number(m_samplePages)));
    for (int page = 1; page <= m_samplePages; ++page) {
        const QString text = pdfText(pdf, page, page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(m_samplePages)),
                 qPrintable(QString::number(page)));
        QString body = text;
        body.remove(QStringLiteral("Page %1 of %2").arg(page).arg(m_samplePages));
        body.remove(QStringLiteral("NHS Anytown CCG \u2014 Shifting care: options for the board"));
        QVERIFY2(body.simplified().size() > 20, qPrintable(QStringLiteral("page %1").arg(page)));
    }
    // The numbered sections start a page: "7. Outcomes" at the top of one.
    int found = 0;
    for (int page = 1; page <= m_samplePages; ++page) {
        const QString first = pdfText(pdf, page, page).trimmed().section(QLatin1Char('\n'), 0, 0);
        if (first.contains(QStringLiteral(". Outcomes")) ||
            first.contains(QStringLiteral(". Assumptions register")) ||
            first.contains(QStringLiteral(". Executive summary")))
            ++found;
    }
    QCOMPARE(found, 3);
}

void TestPaper::longTablesRepeatTheirHeader() {
    // The sample's register has more rows than a page holds; each page it
    // runs onto has its header row at the top: the word "Evidence" of the
    // header is the highest word on the page (pdftotext -bbox gives each
    // word's box; text order in a PDF need not follow the layout).
    const QString pdf = samplePdf();
    int registerStart = 0;
    for (int page = 1; page <= m_samplePages; ++page)
        if (pdfText(pdf, page, page).contains(QStringLiteral(". Assumptions register")))
            registerStart = page;
    QVERIFY(registerStart > 0);
    QVERIFY2(registerStart < m_samplePages, "the register fits one page: no break to test");
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"[^\"]+\" yMin=\"([^\"]+)\"[^>]*>([^<]*)</word>"));
    for (int page = registerStart + 1; page <= m_samplePages; ++page) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString html = QString::fromUtf8(p.readAllStandardOutput());
        double top = 1e9;
        double evidence = -1;
        auto it = word.globalMatch(html);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const double y = m.captured(1).toDouble();
            // Words in the top margin (18 mm = 51 pt) are the clipped-away
            // part of a row split across pages (Qt draws the whole row; the
            // page's clip hides it), not on the visible page.
            if (y < 51)
                continue;
            top = std::min(top, y);
            if (m.captured(2) == QStringLiteral("Evidence") && evidence < 0)
                evidence = y;
        }
        QVERIFY2(evidence >= 0, qPrintable(QStringLiteral("page %1 has no header").arg(page)));
        QVERIFY2(evidence - top < 1.0,
                 qPrintable(QStringLiteral("page %1: header at %2, text at %3")
                                .arg(page)
                                .arg(evidence)
                                .arg(top)));
    }
    const std::vector<RegisterEntry> reg = assumptionRegister(store::loadSample());
    QVERIFY(reg.size() > 30);
}

void TestPaper::chosenScenariosOnly() {
    const Project p = store::loadSample();
    PaperOptions o;
    o.scenarioIds = {p.scenarios[1].id};
    const QString path = m_dir.filePath(QStringLiteral("one.pdf"));
    const int pages = writeBoardPaper(path, p, o);
    const QString text = folded(pdfText(path));
    QVERIFY(text.contains(QStringLiteral("Option 1: ") + qs(p.scenarios[1].name)));
    QVERIFY(!text.contains(QStringLiteral("Option 2:")));
    // Cover, summary, the option, who pays, outcomes, uncertainty, method,
    // register: 8 sections at least.
    QVERIFY(pages >= 8);
    QVERIFY(pages < m_samplePages || m_samplePages == 0);
}

void TestPaper::longHorizonSplitsTheYearTables() {
    // 20 years (the most a project may have): the year tables come in
    // tables of 8, 8 and 4 years plus the total, so every year label and
    // figure stays whole.
    Project p = store::loadSample();
    p.assumptions.horizon = 20;
    PaperOptions o;
    o.scenarioIds = {"frailty"};
    const QString path = m_dir.filePath(QStringLiteral("h20.pdf"));
    writeBoardPaper(path, p, o);
    const QString text = pdfText(path, 0, 0, true);
    // The base year is 2016/17, so year 20 is 2035/36; each year heads a
    // column whole, and the tables start at years 1, 9 and 17.
    for (int y = 2016; y <= 2035; ++y)
        QVERIFY2(text.contains(qs(formatFinancialYear(y))), qPrintable(QString::number(y)));
    const QRegularExpression startsTable(QStringLiteral("^\\s*(2016/17|2024/25|2032/33)\\s"),
                                         QRegularExpression::MultilineOption);
    QSet<QString> starts;
    auto it = startsTable.globalMatch(text);
    while (it.hasNext())
        starts.insert(it.next().captured(1));
    QCOMPARE(starts.size(), 3);
}

void TestPaper::noScenariosIsRefused() {
    Project p = store::loadSample();
    p.scenarios.clear();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, boardPaperPdf(p, PaperOptions{}));
}

void TestPaper::registerHasTheInterventionsCohortEffect() {
    // The frailty team's effect inside the frailty cohort model (its
    // strategy: rr_progress 0.8, rr_carehome 0.9, from the sample) is an
    // input the frailty options rely on, and the diabetes option does not.
    const Project p = store::loadSample();
    const std::vector<RegisterEntry> reg = assumptionRegister(p);
    bool found = false;
    for (const RegisterEntry& e : reg)
        if (e.area == "Cohort strategy" && e.inputs == "rr_progress = 0.8") {
            found = true;
            QCOMPARE(e.scenarioIds, (std::vector<std::string>{"frailty", "combined"}));
        }
    QVERIFY(found);
    const QString text = folded(pdfText(samplePdf()));
    QVERIFY(text.contains(QStringLiteral("rr_progress = 0.8")));
}

void TestPaper::unknownScenarioIsRefused() {
    PaperOptions o;
    o.scenarioIds = {"no-such-option"};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, boardPaperPdf(store::loadSample(), o));
}

void TestPaper::hostileNamesStillLayOut() {
    Project p = store::loadSample();
    const QString longName = QStringLiteral("Frailty").repeated(60); // 420 letters, no space
    p.commissioner.name = "<b>NHS</b> & <script>alert(1)</script> CCG";
    p.scenarios[1].name = longName.toStdString();
    p.scenarios[2].name = "\u0645\u0633\u062a\u0634\u0641\u0649 \u05d1\u05d9\u05ea "
                          "\u05d7\u05d5\u05dc\u05d9\u05dd option"; // Arabic and Hebrew
    p.scenarios[3].name = "Care \U0001F3E5 at home \U0001F475";
    p.interventions[0].name = "<table><tr><td>x</td></tr></table>";
    p.providers[0].name = std::string(300, 'W');
    int pages = 0;
    const QByteArray pdf = boardPaperPdf(p, PaperOptions{}, &pages);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString path = m_dir.filePath(QStringLiteral("hostile.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    if (qEnvironmentVariableIsSet("CARESHIFT_KEEP_PAPER"))
        QFile::copy(path,
                    qEnvironmentVariable("CARESHIFT_KEEP_PAPER") + QStringLiteral(".hostile.pdf"));
    QCOMPARE(pdfPages(path), pages);
    // The sample's layout plus the long name's wrapping: not hundreds of pages.
    QVERIFY2(pages < 60, qPrintable(QString::number(pages)));
    const QString text = folded(pdfText(path));
    // HTML-like names are text, not markup.
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(text.contains(QStringLiteral("<table><tr><td>x</td></tr></table>")));
    // The long name wraps (anywhere) instead of running off the page: all
    // its letters are in the text, across lines.
    QVERIFY(QString(text).remove(QLatin1Char(' ')).contains(longName));
    QVERIFY(text.contains(QStringLiteral("option")));
}

void TestPaper::aFailedWriteKeepsTheOldFile() {
    const QString path = m_dir.filePath(QStringLiteral("kept.pdf"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    // A folder that does not exist: the write fails with a SaveError, and
    // the existing file elsewhere is not touched.
    QVERIFY_THROWS_EXCEPTION(store::SaveError,
                             writeBoardPaper(m_dir.filePath(QStringLiteral("no/such/x.pdf")),
                                             store::loadSample(), PaperOptions{}));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old"));
}

QTEST_MAIN(TestPaper)
#include "tst_paper.moc"
