// The board pack in the desktop app (issue 12): the board paper and the
// workbook from the window hold the figures of the project as edited; a
// chart exports as PNG at twice its size and as SVG; the table in view
// copies as tab-separated text; the current view prints; and presentation
// mode's sliders change the figures shown, undo restores them, and leaving
// says how many edits were made.

#include "engine/appraisal.h"
#include "engine/format.h"
#include "engine/options.h"
#include "gui/document/commands.h"
#include "gui/document/projectdocument.h"
#include "gui/export/paperdialog.h"
#include "gui/export/viewexport.h"
#include "gui/mainwindow.h"
#include "gui/paper/boardpaper.h"
#include "gui/present/presentation.h"
#include "store/sample.h"

#include <QImage>
#include <QListWidget>
#include <QPdfWriter>
#include <QProcess>
#include <QSlider>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

using namespace careshift;

namespace {

std::unique_ptr<ProjectDocument> sampleDocument() {
    return std::make_unique<ProjectDocument>(store::loadSample());
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

/// The summary the engine gives for a scenario of the window's project.
OptionSummary summaryOf(MainWindow& w, const std::string& id) {
    const Project& p = w.document()->project();
    return summarise(p, *p.findScenario(id), w.document()->appraisal(id));
}

} // namespace

class TestBoardPack : public QObject {
    Q_OBJECT
private slots:
    void paperFromTheWindowHasTheEditedFigures();
    void paperDialogTakesTheTickedOptions();
    void workbookFromTheWindow();
    void chartExportsAsPngAndSvg();
    void copyTableGivesTheTableInView();
    void tableInViewAsCsv();
    void printDrawsTheCurrentView();
    void presentationSliderChangesFiguresAndUndoRestores();
    void presentationEffectSliderIsOneUndoStepPerDrag();
    void presentationRefusesAnImpossibleEffect();
    void aboutNamesVersionCommitDocsAndLicences();
    void helpListsShortcutsAndOpensTheGuide();
    void presentationPagesAndLeaving();
};

void TestBoardPack::paperFromTheWindowHasTheEditedFigures() {
    QTemporaryDir dir;
    MainWindow w(sampleDocument());
    w.setSavePrompt([] { return QMessageBox::Cancel; });
    // An edit first: the paper must show the project as it now is.
    QCOMPARE(
        commands::setField(w.document(), {Kind::Intervention, "frailty-team", "coverage"}, 0.2),
        QString());
    const OptionSummary frailty = summaryOf(w, "frailty");
    // Hand check of the direction: more reach, more saving than the sample's
    // £2.87m NPV at 15% coverage.
    QVERIFY(frailty.npv > 2873675);
    const QString path = dir.filePath(QStringLiteral("paper.pdf"));
    PaperOptions o;
    o.scenarioIds = {"frailty"};
    o.author = QStringLiteral("Board secretary");
    QVERIFY(w.exportBoardPaper(path, o));
    QVERIFY(w.lastStatus().contains(QStringLiteral("Board paper written")));
    const QString text = pdfText(path);
    QVERIFY(text.contains(qs(formatMoney(frailty.npv))));
    QVERIFY(text.contains(qs(formatMoney(frailty.investment))));
    QVERIFY(text.contains(QStringLiteral("Board secretary")));
    // A folder that does not exist: refused with the reason, nothing written.
    QVERIFY(!w.exportBoardPaper(dir.filePath(QStringLiteral("no/such/paper.pdf")), o));
    QVERIFY(w.lastProblem().contains(QStringLiteral("paper.pdf")));
}

void TestBoardPack::paperDialogTakesTheTickedOptions() {
    const Project p = store::loadSample();
    PaperDialog dialog(p, QStringLiteral("anytown.careshift"));
    PaperOptions o = dialog.options();
    QCOMPARE(o.scenarioIds.size(), p.scenarios.size());
    QCOMPARE(o.fileName, QStringLiteral("anytown.careshift"));
    dialog.optionList()->item(0)->setCheckState(Qt::Unchecked);
    o = dialog.options();
    QCOMPARE(o.scenarioIds.size(), p.scenarios.size() - 1);
    QCOMPARE(o.scenarioIds.front(), p.scenarios[1].id);
}

void TestBoardPack::workbookFromTheWindow() {
    QTemporaryDir dir;
    MainWindow w(sampleDocument());
    const QString path = dir.filePath(QStringLiteral("results.xlsx"));
    QVERIFY(w.exportWorkbook(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(2), QByteArray("PK")); // a zip, as every .xlsx is
}

void TestBoardPack::chartExportsAsPngAndSvg() {
    QTemporaryDir dir;
    MainWindow w(sampleDocument());
    w.resize(1200, 800);
    w.show();
    QVERIFY(w.showNode(QStringLiteral("scenario:frailty")));
    QWidget* chart = w.currentChart();
    QVERIFY(chart);
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(w.exportChart(png));
    const QImage image(png);
    // Twice the chart's size on screen.
    QCOMPARE(image.size(), chart->size() * 2);
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(w.exportChart(svg));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    bool sawSvg = false;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QStringLiteral("svg"))
            sawSvg = true;
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawSvg);
    // A view without a chart: refused with the reason.
    QVERIFY(w.showNode(QStringLiteral("assumptions")));
    QVERIFY(!w.currentChart());
    QVERIFY(!w.exportChart(dir.filePath(QStringLiteral("none.png"))));
    QVERIFY(w.lastProblem().contains(QStringLiteral("no chart")));
}

void TestBoardPack::copyTableGivesTheTableInView() {
    MainWindow w(sampleDocument());
    w.resize(1200, 800);
    w.show();
    QVERIFY(w.showNode(QStringLiteral("scenario:frailty")));
    // The results table: a header with the years, from 2016/17.
    const QString results = w.currentTableTsv();
    QVERIFY(results.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("2016/17")));
    QVERIFY(results.section(QLatin1Char('\n'), 0, 0).contains(QLatin1Char('\t')));
    // The points of delivery: every PoD a row, its code in it.
    QVERIFY(w.showNode(QStringLiteral("pods")));
    const QString pods = w.currentTableTsv();
    const Project& p = w.document()->project();
    for (const Pod& pod : p.pods)
        QVERIFY2(pods.contains(qs(pod.name)), qPrintable(qs(pod.name)));
    // The model's TSV keeps one line per row plus the header.
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("a"), QStringLiteral("b\tc")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("x\ny")));
    QCOMPARE(viewexport::modelTsv(&model).count(QLatin1Char('\n')), 3);
    QVERIFY(viewexport::modelTsv(&model).startsWith(QStringLiteral("a\tb c\n")));
}

void TestBoardPack::tableInViewAsCsv() {
    MainWindow w(sampleDocument());
    w.resize(1200, 800);
    w.show();
    const Pod first = w.document()->project().pods[0];
    // A name from a hostile file, and a price to find as a plain number.
    QCOMPARE(commands::setField(w.document(), {Kind::Pod, first.code, "name"},
                                QStringLiteral("=HYPERLINK(\"http://x\")")),
             QString());
    QVERIFY(w.showNode(QStringLiteral("pods")));
    const QString csv = w.currentTableCsv();
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // A header and one line per point of delivery (RFC 4180 line ends).
    QCOMPARE(lines.size(), static_cast<int>(w.document()->project().pods.size()) + 1);
    // The formula is text: a leading ' and the quotes doubled inside quotes.
    QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")),
             qPrintable(lines.value(1)));
    // The price is a number with no £ or separators: the sample's first PoD.
    QVERIFY2(lines.value(1).contains(QLatin1Char(',') + QString::number(first.price, 'g', 15)),
             qPrintable(lines.value(1)));
    // ... not its display text ("£148"; a source text may still hold a £).
    QVERIFY(!lines.value(1).contains(QLatin1Char(',') + qs(formatMoneyPence(first.price)) +
                                     QLatin1Char(',')));
}

void TestBoardPack::printDrawsTheCurrentView() {
    QTemporaryDir dir;
    MainWindow w(sampleDocument());
    w.resize(1200, 800);
    w.show();
    QVERIFY(w.showNode(QStringLiteral("scenario:frailty")));
    const QString path = dir.filePath(QStringLiteral("print.pdf"));
    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        w.printCurrentView(&pdf);
    }
    // The page has the window's title and the view's own text (a tile's title).
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("NHS Anytown CCG")), qPrintable(text.left(200)));
    QVERIFY2(text.contains(QStringLiteral("Net saving")), qPrintable(text.left(200)));
}

void TestBoardPack::presentationSliderChangesFiguresAndUndoRestores() {
    MainWindow w(sampleDocument());
    QVERIFY(w.showNode(QStringLiteral("scenario:frailty")));
    PresentationWindow* present = w.startPresentation();
    QVERIFY(present);
    QCOMPARE(present->scenarioId(), std::string("frailty"));
    const OptionSummary before = summaryOf(w, "frailty");
    QCOMPARE(present->figure("npv"), qs(formatMoney(before.npv)));
    QCOMPARE(present->figure("npv"), QStringLiteral("£2.87m")); // the CLI's £2,873,675
    QSlider* reach = present->reachSlider("frailty-team");
    QVERIFY(reach);
    QCOMPARE(reach->value(), 150);       // 15.0% in tenths of a percent
    for (int v = 160; v <= 300; v += 20) // a drag to 30%
        reach->setValue(v);
    QCOMPARE(w.document()->project().interventions[0].coverage, 0.30);
    const OptionSummary after = summaryOf(w, "frailty");
    QVERIFY(after.npv != before.npv);
    QTRY_COMPARE(present->figure("npv"), qs(formatMoney(after.npv)));
    QCOMPARE(present->editsMade(), 1); // a drag is one undo step
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->project().interventions[0].coverage, 0.15);
    QTRY_COMPARE(present->figure("npv"), QStringLiteral("£2.87m"));
    QCOMPARE(reach->value(), 150);
    present->close();
}

void TestBoardPack::presentationEffectSliderIsOneUndoStepPerDrag() {
    MainWindow w(sampleDocument());
    QVERIFY(w.showNode(QStringLiteral("scenario:frailty")));
    PresentationWindow* present = w.startPresentation();
    QSlider* effect = present->effectSlider("frailty-team");
    QVERIFY(effect);
    QCOMPARE(effect->value(), 100);
    const std::vector<ActivityEffect> assumed = w.document()->project().interventions[0].effects;
    QVERIFY(!assumed.empty());
    // "What if the effect were half that?": a drag from 100% to 50%.
    const int start = w.document()->undoStack()->index();
    emit effect->sliderPressed();
    effect->setSliderDown(true);
    for (int v = 95; v >= 50; v -= 5)
        effect->setValue(v);
    effect->setSliderDown(false);
    emit effect->sliderReleased();
    QCOMPARE(w.document()->undoStack()->index(), start + 1);
    const auto& halved = w.document()->project().interventions[0].effects;
    for (std::size_t i = 0; i < assumed.size(); ++i)
        QVERIFY(qFuzzyCompare(1 + halved[i].change, 1 + assumed[i].change / 2));
    // The figures follow: half the effect saves less.
    const OptionSummary half = summaryOf(w, "frailty");
    QTRY_COMPARE(present->figure("npv"), qs(formatMoney(half.npv)));
    QVERIFY(half.npv < 2873675);
    w.document()->undoStack()->undo();
    for (std::size_t i = 0; i < assumed.size(); ++i)
        QCOMPARE(w.document()->project().interventions[0].effects[i].change, assumed[i].change);
    QTRY_COMPARE(effect->value(), 100);
    QTRY_COMPARE(present->figure("npv"), QStringLiteral("£2.87m"));
    present->close();
}

void TestBoardPack::presentationRefusesAnImpossibleEffect() {
    MainWindow w(sampleDocument());
    const auto& frailty = w.document()->project().interventions[0];
    QVERIFY(!frailty.effects.empty());
    const std::string pod = frailty.effects[0].pod;
    // An assumed 80% fall: twice that would be a fall of 160%, which no
    // activity can have (an effect is at least -100%).
    QCOMPARE(commands::setField(w.document(),
                                {Kind::Effect, effectId("frailty-team", pod), "change"}, -0.8),
             QString());
    QVERIFY(w.showNode(QStringLiteral("scenario:frailty")));
    PresentationWindow* present = w.startPresentation();
    QSlider* effect = present->effectSlider("frailty-team");
    const int steps = w.document()->undoStack()->index();
    effect->setValue(200);
    QVERIFY(!present->lastProblem().isEmpty());
    QCOMPARE(effect->value(), 100); // snapped back
    QCOMPARE(w.document()->undoStack()->index(), steps);
    QCOMPARE(w.document()->project().interventions[0].effects[0].change, -0.8);
    // 120% is possible (-96%): taken.
    effect->setValue(120);
    QVERIFY(present->lastProblem().isEmpty());
    QVERIFY(qFuzzyCompare(w.document()->project().interventions[0].effects[0].change, -0.96));
    present->close();
}

void TestBoardPack::aboutNamesVersionCommitDocsAndLicences() {
    // Issue 13's About box: the CMake version, the build's commit, the docs
    // folder (the source tree's in a build folder) and the licences.
    const QString about = MainWindow::aboutText();
    QVERIFY(about.contains(QStringLiteral(CARESHIFT_VERSION)));
    QVERIFY(about.contains(QStringLiteral("0.1.0")));
    QVERIFY(!about.contains(QStringLiteral("commit unknown")));
    QVERIFY(QFileInfo::exists(MainWindow::docsFolder() + QStringLiteral("/method.md")));
    for (const char* part : {"LGPL v3", "GPL v3", "SQLite", "muparser: MIT", "libxlsxwriter"})
        QVERIFY2(about.contains(QLatin1String(part)), part);
}

void TestBoardPack::helpListsShortcutsAndOpensTheGuide() {
    MainWindow w(sampleDocument());
    // Read from the menus: the presentation's F5 and the paper's Ctrl+Shift+B.
    const QString keys = w.shortcutsHtml();
    QVERIFY(keys.contains(QStringLiteral("<b>F5</b></td><td>View &gt; Present")));
    QVERIFY(keys.contains(QStringLiteral("File &gt; Export &gt; Board Paper (PDF)…")));
    QVERIFY(keys.contains(QStringLiteral("Ctrl+Shift+B")));
    // The guide: the README and the docs, rendered offline.
    w.showGuide();
    auto* tabs = w.findChild<QTabWidget*>();
    QVERIFY(tabs);
    QTabWidget* guide = nullptr;
    for (QDialog* d : w.findChildren<QDialog*>())
        if (d->windowTitle() == QStringLiteral("CareShift User Guide"))
            guide = d->findChild<QTabWidget*>();
    QVERIFY(guide);
    QVERIFY(guide->count() >= 6);
    QCOMPARE(guide->tabText(0), QStringLiteral("Overview"));
    auto* overview = qobject_cast<QTextBrowser*>(guide->widget(0));
    QVERIFY(overview && overview->toPlainText().contains(QStringLiteral("CareShift")));
}

void TestBoardPack::presentationPagesAndLeaving() {
    MainWindow w(sampleDocument());
    QVERIFY(w.showNode(QStringLiteral("scenario:combined")));
    PresentationWindow* present = w.startPresentation();
    const Project& p = w.document()->project();
    QCOMPARE(present->pageCount(), static_cast<int>(p.scenarios.size()));
    QCOMPARE(present->scenarioId(), std::string("combined"));
    QTest::keyClick(present, Qt::Key_Home);
    QCOMPARE(present->page(), 0);
    QTest::keyClick(present, Qt::Key_Right);
    QCOMPARE(present->scenarioId(), p.scenarios[1].id);
    // Each page shows its own option's figures.
    QCOMPARE(present->figure("npv"), qs(formatMoney(summaryOf(w, p.scenarios[1].id).npv)));
    // A second F5 raises the same window.
    QCOMPARE(w.startPresentation(), present);
    QSlider* reach = present->reachSlider("frailty-team");
    QVERIFY(reach);
    reach->setValue(200);
    QVERIFY(w.isWindowModified());
    QTest::keyClick(present, Qt::Key_Escape);
    QTRY_VERIFY(!w.presentation());
    // Leaving says what was changed; the change is still in the project.
    QVERIFY2(w.lastStatus().contains(QStringLiteral("1 change")), qPrintable(w.lastStatus()));
    QCOMPARE(w.document()->project().interventions[0].coverage, 0.2);
}

QTEST_MAIN(TestBoardPack)
#include "tst_boardpack.moc"
