// One CareShift per user, with real processes (issue 13). The careshift
// executable is started as a user would start it (offscreen, with its own
// runtime and settings folders), and a second start is made while it runs:
// - with another project: the second start exits 0 at once and the running
//   copy opens that project;
// - with the project the running copy has: the second exits 0 and the
//   running copy shows it, without opening it a second time;
// - with no file: the second exits 0 and the running copy comes forward.
// Then the running copy is killed (SIGKILL, so its socket file stays
// behind) and the next start, finding nobody answering on it, takes its
// place and becomes the running copy. What the copies do is read from their log
// (QT_LOGGING_RULES="careshift.instance.debug=true").

#include "store/jsonio.h"
#include "store/sample.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <unistd.h>

using namespace careshift;

class TestInstances : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aSecondStartHandsItsFileOver();
    void aBusyCopyDoesNotOpenItLater();
    void aStaleSocketIsReplaced();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_a, m_b;
    QProcess m_first;
    QString m_firstLog;

    QProcessEnvironment environment() const;
    void start(QProcess& p, const QStringList& args) const;
    /// Reads the running copy's log until it holds `text` (or 30 s pass).
    bool waitForLog(QProcess& p, QString& log, const QString& text) const;
    /// A second start: its exit code, or -1 if it did not exit in 30 s.
    int secondStart(const QStringList& args, QString* log = nullptr) const;
};

QProcessEnvironment TestInstances::environment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("careshift.instance.debug=true"));
    // The user's private folders: the socket, the settings and recovery files.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return env;
}

void TestInstances::start(QProcess& p, const QStringList& args) const {
    p.setProcessEnvironment(environment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(CARESHIFT_APP), args);
}

bool TestInstances::waitForLog(QProcess& p, QString& log, const QString& text) const {
    QElapsedTimer clock;
    clock.start();
    while (!log.contains(text) && clock.elapsed() < 30000) {
        p.waitForReadyRead(200);
        log += QString::fromUtf8(p.readAll());
        if (p.state() == QProcess::NotRunning)
            break;
    }
    return log.contains(text);
}

int TestInstances::secondStart(const QStringList& args, QString* log) const {
    QProcess second;
    start(second, args);
    if (!second.waitForFinished(30000)) {
        second.kill();
        second.waitForFinished();
        return -1;
    }
    if (log)
        *log = QString::fromUtf8(second.readAll());
    return second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -1;
}

void TestInstances::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("runtime")));
    QVERIFY(QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    // Two projects, as JSON files a user was sent.
    const QByteArray json = store::writeProjectJson(store::loadSample());
    m_a = m_dir.filePath(QStringLiteral("a.json"));
    m_b = m_dir.filePath(QStringLiteral("b.json"));
    for (const QString& path : {m_a, m_b}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(json), json.size());
    }
}

void TestInstances::aSecondStartHandsItsFileOver() {
    start(m_first, {m_a});
    QVERIFY2(waitForLog(m_first, m_firstLog, QStringLiteral("listening on")),
             qPrintable(m_firstLog));

    // Another project: handed over, opened by the running copy.
    QString log;
    QCOMPARE(secondStart({m_b}, &log), 0);
    QVERIFY2(
        log.contains(QStringLiteral("handed over to the running copy: \"%1\" (taken)").arg(m_b)),
        qPrintable(log));
    QVERIFY2(waitForLog(m_first, m_firstLog, QStringLiteral("shown (opened): \"%1\"").arg(m_b)),
             qPrintable(m_firstLog));

    // The project it already has: shown, not opened twice (a second window
    // would have been refused its lock and said "not opened").
    QCOMPARE(secondStart({m_a}), 0);
    QVERIFY2(
        waitForLog(m_first, m_firstLog, QStringLiteral("shown (already open): \"%1\"").arg(m_a)),
        qPrintable(m_firstLog));
    // By another name: a link to it is the same file, already open.
    const QString link = m_dir.filePath(QStringLiteral("link to a.json"));
    QVERIFY(QFile::link(m_a, link));
    QCOMPARE(secondStart({link}), 0);
    QVERIFY2(
        waitForLog(m_first, m_firstLog, QStringLiteral("shown (already open): \"%1\"").arg(link)),
        qPrintable(m_firstLog));
    QVERIFY(!m_firstLog.contains(QStringLiteral("not opened")));

    // No file: the running copy comes forward, and the start exits.
    QCOMPARE(secondStart({}), 0);
    QVERIFY2(waitForLog(m_first, m_firstLog, QStringLiteral("received: \"\"")),
             qPrintable(m_firstLog));
    QCOMPARE(m_first.state(), QProcess::Running);
}

void TestInstances::aBusyCopyDoesNotOpenItLater() {
    // The running copy cannot answer (stopped here, as a long board paper
    // would keep it busy): the second start waits its 3 s, gives up and
    // opens the file itself. When the first can read again, the message is
    // too old: it must not open the file too (two copies editing it).
    const QString c = m_dir.filePath(QStringLiteral("c.json"));
    QVERIFY(QFile::copy(m_a, c));
    QVERIFY(::kill(static_cast<pid_t>(m_first.processId()), SIGSTOP) == 0);
    QProcess second;
    QString secondLog;
    start(second, {c});
    const bool listened = waitForLog(second, secondLog, QStringLiteral("does not listen"));
    ::kill(static_cast<pid_t>(m_first.processId()), SIGCONT);
    QVERIFY2(listened, qPrintable(secondLog));
    QCOMPARE(second.state(), QProcess::Running); // it has the file itself
    QVERIFY2(waitForLog(m_first, m_firstLog, QStringLiteral("too late, ignored: \"%1\"").arg(c)),
             qPrintable(m_firstLog));
    // Give a wrongly queued open the time it would take, then check.
    QTest::qWait(500);
    m_firstLog += QString::fromUtf8(m_first.readAll());
    QVERIFY2(!m_firstLog.contains(QStringLiteral("shown (opened): \"%1\"").arg(c)),
             qPrintable(m_firstLog));
    second.kill();
    QVERIFY(second.waitForFinished(10000));
}

void TestInstances::aStaleSocketIsReplaced() {
    // A crash: the socket file stays behind, nobody answers on it.
    m_first.kill();
    QVERIFY(m_first.waitForFinished(10000));
    const QString socket =
        m_dir.filePath(QStringLiteral("runtime/careshift-%1.socket").arg(::getuid()));
    QVERIFY2(QFileInfo::exists(socket), qPrintable(socket));

    QProcess next;
    QString log;
    start(next, {m_b});
    QVERIFY2(waitForLog(next, log, QStringLiteral("listening on")), qPrintable(log));
    // And it is the running copy now: a further start hands over to it.
    QCOMPARE(secondStart({m_a}), 0);
    QVERIFY2(waitForLog(next, log, QStringLiteral("shown (opened): \"%1\"").arg(m_a)),
             qPrintable(log));
    next.kill();
    next.waitForFinished(10000);
}

void TestInstances::cleanupTestCase() {
    if (m_first.state() != QProcess::NotRunning) {
        m_first.kill();
        m_first.waitForFinished(10000);
    }
}

QTEST_GUILESS_MAIN(TestInstances)
#include "tst_instances.moc"
