// careshift-cli as a user runs it: bad arguments fail with usage, and the
// CSV output carries the hand-checked figures of docs/method.md.

#include <QProcess>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void badArguments_data();
    void badArguments();
    void csvHasHandCheckedFigures();
    void jsonSummary();
    void tableShowsSummary();
};

namespace {
struct Run {
    int exitCode;
    QString out;
    QString err;
};

Run run(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(CARESHIFT_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

void TestCli::badArguments_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList{} << 2 << QStringLiteral("say which project to use");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2
                                    << QStringLiteral("unknown argument '--frobnicate'");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--sample"),
                                               QStringLiteral("--format"), QStringLiteral("xml")}
                                << 2 << QStringLiteral("unknown format 'xml'");
    QTest::newRow("missing value")
        << QStringList{QStringLiteral("--sample"), QStringLiteral("--scenario")} << 2
        << QStringLiteral("--scenario needs a scenario name");
    QTest::newRow("unknown scenario")
        << QStringList{QStringLiteral("--sample"), QStringLiteral("--scenario"),
                       QStringLiteral("moonshot")}
        << 2 << QStringLiteral("no scenario 'moonshot'");
}

void TestCli::badArguments() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::csvHasHandCheckedFigures() {
    const Run r =
        run({QStringLiteral("--sample"), QStringLiteral("--scenario"), QStringLiteral("frailty"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines[0], QStringLiteral("row,2016/17,2017/18,2018/19,2019/20,2020/21,total"));
    auto find = [&](const QString& prefix) {
        for (const QString& l : lines)
            if (l.startsWith(prefix + QLatin1Char(',')))
                return l.split(QLatin1Char(','));
        return QStringList{};
    };
    // docs/method.md, hand check of 2016/17.
    QCOMPARE(find(QStringLiteral("Baseline spend: Total")).value(1),
             QStringLiteral("228391060.92"));
    QCOMPARE(find(QStringLiteral("Impact: Gross saving")).value(1), QStringLiteral("258932.78"));
    QCOMPARE(find(QStringLiteral("Impact: Investment")).value(1), QStringLiteral("450000.00"));
    QCOMPARE(find(QStringLiteral("Impact: Net saving")).value(1), QStringLiteral("-191067.22"));
    QCOMPARE(find(QStringLiteral("Impact: Emergency admissions avoided")).value(1),
             QStringLiteral("165.38"));
}

void TestCli::jsonSummary() {
    const Run r =
        run({QStringLiteral("--sample"), QStringLiteral("--scenario"), QStringLiteral("Do nothing"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    // Doing nothing against the baseline: no saving, no investment, no ROI.
    QVERIFY2(r.out.contains(QStringLiteral("\"netSaving\": 0")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("\"roi\": null")));
    QVERIFY(r.out.contains(QStringLiteral("\"year\": \"2020/21\"")));
}

void TestCli::tableShowsSummary() {
    const Run r =
        run({QStringLiteral("--sample"), QStringLiteral("--scenario"), QStringLiteral("frailty")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("NHS Anytown CCG: Community frailty team")));
    QVERIFY(r.out.contains(QStringLiteral("-£191,067")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
