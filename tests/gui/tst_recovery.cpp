// Never lose an afternoon's work (issue 13): a process that edits the
// sample and is then killed with SIGKILL leaves a recovery file; the next
// start finds it, says when it was saved and what changed, and restores
// exactly the edited project (modified, and undo goes back to the sample).
// Saving or discarding on purpose leaves no recovery file behind.
//
// The killed process is this test binary run with --child: it opens the
// sample in a window, makes two edits, lets the autosaver write, prints
// "ready" and waits to be killed.

#include "gui/document/autosave.h"
#include "gui/document/commands.h"
#include "gui/document/projectdocument.h"
#include "gui/mainwindow.h"
#include "gui/results/optionsview.h"
#include "gui/results/yearlytablemodel.h"
#include "gui/settingsdialog.h"
#include "gui/singleinstance.h"
#include "store/jsonio.h"
#include "store/sample.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <thread>

using namespace careshift;

namespace {

/// The two edits the child makes (a reach and a price), and what they give.
void edit(ProjectDocument* doc) {
    commands::setField(doc, {Kind::Intervention, "frailty-team", "coverage"}, 0.23);
    commands::setField(doc, {Kind::Commissioner, "", "name"}, QStringLiteral("NHS Anytown ICB"));
}

Project edited() {
    ProjectDocument doc(store::loadSample());
    edit(&doc);
    return doc.project();
}

int child() {
    MainWindow w(std::make_unique<ProjectDocument>(store::loadSample()));
    edit(w.document());
    if (!w.autosaver()->saveNow())
        return 3;
    std::printf("ready %s\n", qPrintable(w.autosaver()->projectPath()));
    std::fflush(stdout);
    return QApplication::exec(); // until killed
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void killedProcessIsRestoredExactly();
    void discardRemovesIt();
    void savingRemovesTheRecoveryFile();
    void quitAsksOnceForEveryWindow();
    void secondStartHandsItsFileOver();
    void aFileOpenInOneWindowIsNotOpenedInAnother();
    void preferencesAreKeptAndUsed();
    void moneyInTablesFollowsThePreference();
    void aRecoveryFileKnowsItsWriter();
    void restoredIntoTheWindowThatHasTheFile();

private:
    QString m_self;
    QStringList startKilledChild();
};

void TestRecovery::initTestCase() {
    m_self = QCoreApplication::applicationFilePath();
    // Each test's settings folder is the temporary one main() set up.
    QVERIFY(Autosaver::recoveryFolder().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")));
}

QStringList TestRecovery::startKilledChild() {
    QProcess p;
    p.start(m_self, {QStringLiteral("--child")});
    if (!p.waitForStarted(30000) || !p.waitForReadyRead(60000))
        return {};
    const QString line = QString::fromUtf8(p.readLine()).trimmed();
    ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
    p.waitForFinished(30000);
    return line.split(QLatin1Char(' '));
}

void TestRecovery::killedProcessIsRestoredExactly() {
    const QStringList ready = startKilledChild();
    QCOMPARE(ready.value(0), QStringLiteral("ready"));
    QVERIFY(QFileInfo::exists(ready.value(1)));
    // The next start: one recovery file of a process that is gone.
    const std::vector<Autosaver::Recovered> found = Autosaver::orphans();
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].projectPath, ready.value(1));
    QCOMPARE(found[0].name, QStringLiteral("Untitled"));
    QCOMPARE(found[0].changes.size(), 2); // the two edits, by their undo text
    QVERIFY(found[0].savedAt.secsTo(QDateTime::currentDateTime()) < 120);

    MainWindow w(std::make_unique<ProjectDocument>(store::loadSample()));
    QString asked;
    w.setQuestionPrompt([&](const QString& q) {
        asked = q;
        return QMessageBox::Yes; // Restore
    });
    QCOMPARE(w.offerRecovery(), 1);
    QVERIFY(asked.contains(QStringLiteral("Restore")));
    QVERIFY(asked.contains(found[0].changes.first()));
    // Exactly the edited project: the same canonical JSON.
    QCOMPARE(store::writeProjectJson(w.document()->project()), store::writeProjectJson(edited()));
    QCOMPARE(w.document()->project().interventions[0].coverage, 0.23);
    QVERIFY(w.document()->isModified());
    // Restored files are gone; undo goes back to what was saved: the child's
    // project was never saved, so a blank project, and no longer modified.
    QVERIFY(Autosaver::orphans().empty());
    QVERIFY(!QFileInfo::exists(ready.value(1)));
    w.document()->undoStack()->undo();
    QVERIFY(!w.document()->isModified());
}

void TestRecovery::discardRemovesIt() {
    const QStringList ready = startKilledChild();
    QCOMPARE(ready.value(0), QStringLiteral("ready"));
    MainWindow w(std::make_unique<ProjectDocument>(store::loadSample()));
    w.setQuestionPrompt([](const QString&) { return QMessageBox::No; }); // Discard
    QCOMPARE(w.offerRecovery(), 0);
    QVERIFY(Autosaver::orphans().empty());
    QVERIFY(!QFileInfo::exists(ready.value(1)));
    // The open project is untouched.
    QVERIFY(!w.document()->isModified());
}

void TestRecovery::savingRemovesTheRecoveryFile() {
    QTemporaryDir dir;
    MainWindow w(std::make_unique<ProjectDocument>(store::loadSample()));
    w.setSavePrompt([] { return QMessageBox::Discard; });
    edit(w.document());
    QVERIFY(w.autosaver()->saveNow());
    const QString recovery = w.autosaver()->projectPath();
    QVERIFY(QFileInfo::exists(recovery));
    // A recovery file of this running process is not offered.
    QVERIFY(Autosaver::orphans().empty());
    QVERIFY(w.saveTo(dir.filePath(QStringLiteral("kept.careshift"))));
    QVERIFY(!QFileInfo::exists(recovery));
    // Nothing new to save: no recovery file is written.
    QVERIFY(!w.autosaver()->saveNow());
}

void TestRecovery::quitAsksOnceForEveryWindow() {
    // Two windows with unsaved changes and one without: File > Quit asks one
    // question naming both, and "Save All" saves each to its file.
    QTemporaryDir dir;
    auto open = [&](const QString& name) {
        auto* w = new MainWindow(std::make_unique<ProjectDocument>(store::loadSample()));
        w->setAttribute(Qt::WA_DeleteOnClose);
        w->setSavePrompt([] { return QMessageBox::Cancel; }); // never asked
        const QString path = dir.filePath(name);
        w->saveTo(path);
        w->show();
        return w;
    };
    QPointer<MainWindow> a = open(QStringLiteral("a.careshift"));
    QPointer<MainWindow> b = open(QStringLiteral("b.careshift"));
    QPointer<MainWindow> c = open(QStringLiteral("c.careshift"));
    edit(a->document());
    edit(b->document());
    int asked = 0;
    QString question;
    a->setQuestionPrompt([&](const QString& q) {
        ++asked;
        question = q;
        return QMessageBox::Yes; // Save All
    });
    QVERIFY(a->quitAll());
    QCOMPARE(asked, 1);
    QVERIFY(question.contains(QStringLiteral("2 projects")));
    QVERIFY(question.contains(QStringLiteral("a.careshift")));
    QVERIFY(question.contains(QStringLiteral("b.careshift")));
    QVERIFY(!question.contains(QStringLiteral("c.careshift")));
    QTRY_VERIFY(!a && !b && !c); // all closed
    // Saved: the edits are in the files.
    auto doc = ProjectDocument::open(dir.filePath(QStringLiteral("b.careshift")));
    QCOMPARE(doc->project().interventions[0].coverage, 0.23);
}

void TestRecovery::secondStartHandsItsFileOver() {
    // The protocol: a second start (here another thread, as a process
    // would) hands the file's path to the running one, which answers "ok".
    const QString name =
        QStringLiteral("careshift-test-%1").arg(QCoreApplication::applicationPid());
    SingleInstance running(name);
    QStringList received;
    QVERIFY(running.listen([&](const QString& path) { received << path; }));
    std::atomic<int> result{-1};
    std::thread second([&] {
        result = SingleInstance(name).sendToRunning(QStringLiteral("/x/a.careshift")) ? 1 : 0;
    });
    QTRY_VERIFY(result != -1);
    second.join();
    QCOMPARE(result.load(), 1);
    QCOMPARE(received, QStringList{QStringLiteral("/x/a.careshift")});
    // Nobody listening: the start goes on by itself.
    QVERIFY(!SingleInstance(name + QStringLiteral("-none")).sendToRunning(QString(), 300));
}

void TestRecovery::aFileOpenInOneWindowIsNotOpenedInAnother() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.careshift"));
    auto* a = new MainWindow(std::make_unique<ProjectDocument>(store::loadSample()));
    a->setAttribute(Qt::WA_DeleteOnClose);
    QVERIFY(a->saveTo(path));
    a->show();
    MainWindow b(std::make_unique<ProjectDocument>(store::loadSample()));
    b.show();
    QCOMPARE(MainWindow::windowFor(path), a);
    // File > Open of the same file in b: a comes forward, b keeps its project.
    QVERIFY(!b.openFile(path));
    QVERIFY(b.document()->filePath().isEmpty());
    QVERIFY(b.lastStatus().contains(QStringLiteral("open in another window")));
    // A file handed over by a second start: the same window, no new one.
    const int windows = static_cast<int>(QApplication::topLevelWidgets().size());
    QCOMPARE(MainWindow::openOrRaise(path), a);
    QCOMPARE(static_cast<int>(QApplication::topLevelWidgets().size()), windows);
    a->setSavePrompt([] { return QMessageBox::Discard; });
    a->close();
}

void TestRecovery::preferencesAreKeptAndUsed() {
    SettingsDialog dialog;
    // The defaults before anything is set: the Green Book's 3.5%, NICE's
    // £20,000, 8 recent files, a minute.
    QCOMPARE(dialog.preferences().discountRate, 0.035);
    QCOMPARE(dialog.preferences().qalyThreshold, 20000.0);
    QCOMPARE(dialog.preferences().recentFiles, 8);
    QCOMPARE(dialog.preferences().autosaveSeconds, 60);
    Preferences p;
    p.discountRate = 0.015;
    p.qalyThreshold = 30000;
    p.recentFiles = 3;
    p.autosaveSeconds = 30;
    dialog.setPreferences(p);
    dialog.preferences().save(); // what OK does
    QCOMPARE(Preferences::load().discountRate, 0.015);
    QCOMPARE(Autosaver::intervalSeconds(), 30);

    // A new blank project starts with them; the sample keeps its own.
    MainWindow w(std::make_unique<ProjectDocument>(store::loadSample()));
    w.setSavePrompt([] { return QMessageBox::Discard; });
    QAction* blank = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == QStringLiteral("&Blank Project"))
            blank = a;
    QVERIFY(blank);
    blank->trigger();
    QCOMPARE(w.document()->project().assumptions.discountRate, 0.015);
    QCOMPARE(w.document()->project().assumptions.qalyThreshold, 30000.0);
    // File > Open Recent keeps 3.
    QTemporaryDir dir;
    for (int i = 0; i < 5; ++i)
        QVERIFY(w.saveTo(dir.filePath(QStringLiteral("p%1.careshift").arg(i))));
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().size(), 3);
    QVERIFY(QSettings()
                .value(QStringLiteral("recentFiles"))
                .toStringList()
                .first()
                .endsWith(QStringLiteral("p4.careshift")));
    Preferences{}.save(); // back to the defaults for the other tests
}

void TestRecovery::aRecoveryFileKnowsItsWriter() {
    // This process, as a description names it: running.
    const QJsonObject me = Autosaver::processIdentity(QCoreApplication::applicationPid());
    QVERIFY(!me.value(QStringLiteral("started")).toString().isEmpty());
    QVERIFY(!me.value(QStringLiteral("boot")).toString().isEmpty());
    QVERIFY(Autosaver::ownerMayBeRunning(me));
    // The same pid started at another moment: the pid was reused after a
    // crash, so the file is offered.
    QJsonObject reused = me;
    reused.insert(QStringLiteral("started"), QStringLiteral("1"));
    QVERIFY(!Autosaver::ownerMayBeRunning(reused));
    // Written before a reboot (a power cut): offered, whatever runs now.
    QJsonObject rebooted = me;
    rebooted.insert(QStringLiteral("boot"), QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QVERIFY(!Autosaver::ownerMayBeRunning(rebooted));
    // Another machine sharing the home folder: its session may be live.
    QJsonObject elsewhere = me;
    elsewhere.insert(QStringLiteral("host"), QStringLiteral("another-machine.example"));
    elsewhere.insert(QStringLiteral("boot"), QStringLiteral("another boot"));
    QVERIFY(Autosaver::ownerMayBeRunning(elsewhere));
    // A process that has ended.
    QProcess done;
    done.start(QStringLiteral("/bin/true"));
    QVERIFY(done.waitForStarted());
    const qint64 pid = done.processId();
    QVERIFY(done.waitForFinished());
    QJsonObject ended = me;
    ended.insert(QStringLiteral("pid"), pid);
    ended.insert(QStringLiteral("started"), QString());
    QVERIFY(!Autosaver::ownerMayBeRunning(ended));
}

void TestRecovery::moneyInTablesFollowsThePreference() {
    // By hand: £183,912,345.67 is 183,912.34567 thousands, rounded to 183,912;
    // in whole pounds 183,912,346; in board format three figures, £184m.
    // A loss keeps its sign before the pound sign; £400 is 0.4 thousand,
    // which rounds to nothing and has no sign.
    QCOMPARE(tableMoneyText(183912345.67, TableMoney::Thousands), QStringLiteral("£183,912k"));
    QCOMPARE(tableMoneyText(183912345.67, TableMoney::Pounds), QStringLiteral("£183,912,346"));
    QCOMPARE(tableMoneyText(183912345.67, TableMoney::Board), QStringLiteral("£184m"));
    QCOMPARE(tableMoneyText(-2500, TableMoney::Thousands), QStringLiteral("-£3k"));
    QCOMPARE(tableMoneyText(-400, TableMoney::Thousands), QStringLiteral("£0k"));

    // Chosen in Preferences, kept, and applied to an open window's yearly
    // table and to the options table at once.
    MainWindow w(std::make_unique<ProjectDocument>(store::loadSample()));
    w.setSavePrompt([] { return QMessageBox::Discard; });
    QVERIFY(w.selectScenario(QStringLiteral("frailty")));
    auto* table = w.findChild<QTableView*>(QStringLiteral("yearlyTable"));
    QVERIFY(table);
    QAbstractItemModel* m = table->model();
    QModelIndex cell; // the first money figure: the baseline's acute spend in 2016/17
    for (int r = 0; r < m->rowCount() && !cell.isValid(); ++r)
        if (m->data(m->index(r, 0), YearlyTableModel::ValueRole).isValid())
            cell = m->index(r, 0);
    QVERIFY(cell.isValid());
    const double pounds = m->data(cell, YearlyTableModel::ValueRole).toDouble();
    QCOMPARE(m->data(cell).toString(), tableMoneyText(pounds, TableMoney::Board));

    SettingsDialog dialog;
    Preferences p = dialog.preferences();
    QCOMPARE(p.tableMoney, TableMoney::Board); // the default
    p.tableMoney = TableMoney::Thousands;
    dialog.setPreferences(p);
    dialog.preferences().save();
    QCOMPARE(Preferences::load().tableMoney, TableMoney::Thousands);
    w.applyPreferences();
    // The figure in thousands, worked from the exact value shown in the tooltip.
    const QString expected =
        QStringLiteral("£%1k").arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                                       .toString(std::round(pounds / 1000), 'f', 0));
    QCOMPARE(m->data(cell).toString(), expected);
    w.showNode(QStringLiteral("options"));
    QVERIFY(w.optionsView());
    bool thousands = false;
    for (QTableView* v : w.optionsView()->findChildren<QTableView*>())
        for (int r = 0; r < v->model()->rowCount(); ++r)
            for (int c = 0; c < v->model()->columnCount(); ++c)
                thousands = thousands ||
                            v->model()->index(r, c).data().toString().endsWith(QLatin1Char('k'));
    QVERIFY(thousands);

    Preferences{}.save(); // back to the defaults for the other tests
    w.applyPreferences();
    QCOMPARE(m->data(cell).toString(), tableMoneyText(pounds, TableMoney::Board));
}

void TestRecovery::restoredIntoTheWindowThatHasTheFile() {
    // After a crash the user starts CareShift with the file itself: the
    // recovered changes go into that window (its lock kept), not a second one.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crashed.careshift"));
    QString recovery;
    {
        MainWindow before(std::make_unique<ProjectDocument>(store::loadSample()));
        QVERIFY(before.saveTo(path));
        edit(before.document());
        QVERIFY(before.autosaver()->saveNow());
        recovery = before.autosaver()->projectPath();
        // The crash: the description now names a process that is gone.
        QString info = recovery;
        info.replace(QStringLiteral(".careshift"), QStringLiteral(".json"));
        QFile f(info);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        o.insert(QStringLiteral("pid"), 2147483000);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
        f.close();
        QFile::copy(recovery, recovery + QStringLiteral(".keep"));
        QFile::copy(info, info + QStringLiteral(".keep"));
        before.setSavePrompt([] { return QMessageBox::Discard; });
    } // closing removed them: put them back as a crash would have left them
    QString info = recovery;
    info.replace(QStringLiteral(".careshift"), QStringLiteral(".json"));
    QVERIFY(QFile::rename(recovery + QStringLiteral(".keep"), recovery));
    QVERIFY(QFile::rename(info + QStringLiteral(".keep"), info));

    auto* w = new MainWindow(ProjectDocument::open(path));
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
    w->setQuestionPrompt([](const QString&) { return QMessageBox::Yes; });
    const int windows = static_cast<int>(QApplication::topLevelWidgets().size());
    QCOMPARE(w->offerRecovery(), 1);
    QCOMPARE(static_cast<int>(QApplication::topLevelWidgets().size()), windows);
    QCOMPARE(w->document()->filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(w->document()->project().interventions[0].coverage, 0.23);
    QVERIFY(w->document()->isModified());
    w->setSavePrompt([] { return QMessageBox::Discard; });
    w->close();
}

int main(int argc, char** argv) {
    // A private settings folder for the test and its child.
    static QTemporaryDir config;
    if (!qEnvironmentVariableIsSet("CARESHIFT_RECOVERY_CHILD")) {
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        qputenv("CARESHIFT_RECOVERY_CHILD", "1");
    }
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("CareShift"));
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return child();
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
