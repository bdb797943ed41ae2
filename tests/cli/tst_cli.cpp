// careshift-cli as a user runs it: bad arguments fail with usage, and the
// CSV output carries the hand-checked figures of docs/method.md.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void badArguments_data();
    void badArguments();
    void csvHasHandCheckedFigures();
    void versionFromCMake();
    void jsonSummary();
    void tableShowsSummary();
    void sampleValidateConvertRun();
    void validateReportsProblems();
    void convertUpgradesWithBackup();
    void lateStartWarnsAndRuns();
    void breakEvenNotAchievable();
    void tooLargeNeverPrintsNan();
    void goldenCsv_data();
    void goldenCsv();
    void providersJson();
    void cohortModelOnItsOwn();
    void cohortResultsInTheProjection();
    void importTariff();
    void compareRegimes();
    void outcomesJsonCarriesEveryCell();
    void outcomesCsvAndTable();
    void reportXlsx();
    void reportPdf();
    void reportArguments_data();
    void reportArguments();
    void optionsCsvNeutralisesNames();
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
    QTest::newRow("year outside the projection")
        << QStringList{QStringLiteral("--sample"), QStringLiteral("--outcomes"),
                       QStringLiteral("--year"), QStringLiteral("2030/31")}
        << 2
        << QStringLiteral("--year must be a year of the projection, 2016/17 to 2020/21 (not "
                          "'2030/31')");
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
    // docs/method.md, hand check of 2016/17: baseline £347,122,682.41; gross
    // saving £363,563.32 (acute, at the 70% marginal rate) + £151,174.69 (care
    // homes) = £514,738.01; net £64,738.01; 202.5 admissions avoided.
    QCOMPARE(find(QStringLiteral("Baseline spend: Total")).value(1),
             QStringLiteral("347122682.41"));
    QCOMPARE(find(QStringLiteral("Impact: Gross saving")).value(1), QStringLiteral("514738.01"));
    QCOMPARE(find(QStringLiteral("Impact: Investment")).value(1), QStringLiteral("450000.00"));
    QCOMPARE(find(QStringLiteral("Impact: Net saving")).value(1), QStringLiteral("64738.01"));
    QCOMPARE(find(QStringLiteral("Impact: Emergency admissions avoided")).value(1),
             QStringLiteral("202.50"));
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
    QVERIFY(r.out.contains(QStringLiteral("£64,738")));
}

void TestCli::sampleValidateConvertRun() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("anytown.careshift"));
    const QString json = dir.filePath(QStringLiteral("anytown.json"));
    const QString back = dir.filePath(QStringLiteral("back.careshift"));
    QCOMPARE(run({QStringLiteral("sample"), file}).exitCode, 0);
    const Run valid = run({QStringLiteral("validate"), file});
    QCOMPARE(valid.exitCode, 0);
    QCOMPARE(valid.out, file + QStringLiteral(": valid: 4 scenarios, 2 interventions\n"));
    QCOMPARE(run({QStringLiteral("convert"), file, json}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("convert"), json, back}).exitCode, 0);
    // The file, its JSON and the JSON converted back all give the sample's figures.
    const QStringList csv = {QStringLiteral("--format"), QStringLiteral("csv")};
    const QString expected = run(QStringList{QStringLiteral("--sample")} + csv).out;
    QCOMPARE(run(QStringList{QStringLiteral("run"), file} + csv).out, expected);
    QCOMPARE(run(QStringList{QStringLiteral("run"), json} + csv).out, expected);
    QCOMPARE(run(QStringList{QStringLiteral("run"), back} + csv).out, expected);
    const Run list = run({QStringLiteral("scenarios"), back});
    QVERIFY(list.out.contains(QStringLiteral("diabetes\tDiabetes device invest-to-save")));
}

void TestCli::validateReportsProblems() {
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("p.json"));
    QCOMPARE(run({QStringLiteral("sample"), json}).exitCode, 0);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    // A negative price and a coverage above 100%: both are reported.
    text.replace("\"price\": 1590", "\"price\": -1590");
    text.replace("\"coverage\": 0.15", "\"coverage\": 1.15");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    const Run r = run({QStringLiteral("validate"), json});
    QCOMPARE(r.exitCode, 1);
    // Problems name objects by name since the validation became driven by the
    // field descriptions (393a257): the PoD 'NEL' is "Emergency admission".
    QVERIFY2(r.err.contains(QStringLiteral("p.json: PoD 'Emergency admission', price: must be "
                                           "from £0 to £1,000,000,000 (is -£1,590)")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("p.json: Intervention 'Community frailty team for the "
                                           "over-70s', coverage: must be from 0% to 100% (is "
                                           "115%)")),
             qPrintable(r.err));
    const Run missing =
        run({QStringLiteral("run"), dir.filePath(QStringLiteral("none.careshift"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("the file does not exist")));
}

void TestCli::convertUpgradesWithBackup() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.careshift"));
    QVERIFY(QFile::copy(QStringLiteral(CARESHIFT_TEST_DATA "/v1/anytown-v1.careshift"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const Run before = run({QStringLiteral("validate"), path});
    QVERIFY(before.out.contains(QStringLiteral("(file version 1: it will be upgraded to version 5 "
                                               "when saved)")));
    const Run r = run({QStringLiteral("convert"), path, path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("backed up the version 1 file to ")));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("old.v1-backup.careshift"))));
    QCOMPARE(run({QStringLiteral("validate"), path}).out,
             path + QStringLiteral(": valid: 4 scenarios, 2 interventions\n"));
}

void TestCli::lateStartWarnsAndRuns() {
    // Issue 7, item 14.4: the diabetes device starting in year 7 (2023/24) is
    // after the sample's last year (2016/17 + 4 = 2020/21). Every scenario
    // still runs; the ones using it warn on stderr, before the table.
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("late.json"));
    QCOMPARE(run({QStringLiteral("sample"), json}).exitCode, 0);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    QCOMPARE(text.count("\"startYear\": 1,"), 1); // the device is the only intervention from year 1
    text.replace("\"startYear\": 1,", "\"startYear\": 7,");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    const QString warning =
        QStringLiteral("careshift-cli: warning: Intervention 'Diabetes self-management device', "
                       "start year: starts in "
                       "2023/24, after the projection's last year 2020/21: it has no effect\n");
    const Run frailty =
        run({QStringLiteral("run"), json, QStringLiteral("--scenario"), QStringLiteral("frailty")});
    QCOMPARE(frailty.exitCode, 0);
    QVERIFY2(frailty.err.isEmpty(), qPrintable(frailty.err));
    const Run diabetes = run(
        {QStringLiteral("run"), json, QStringLiteral("--scenario"), QStringLiteral("diabetes")});
    QCOMPARE(diabetes.exitCode, 0);
    QCOMPARE(diabetes.err, warning);
    // With no effect and no cost in the horizon, the scenario is the baseline: a net saving of 0.
    QVERIFY2(diabetes.out.contains(QStringLiteral("\n  Net saving") +
                                   QString(35, QLatin1Char(' ')) + QStringLiteral("£0\n")),
             qPrintable(diabetes.out));
}

void TestCli::breakEvenNotAchievable() {
    // Issue 7, item 14.3. The frailty team costs £400,000 a year. At £40m a year it would need
    // effects far beyond -100% among the people reached: its largest effect,
    // -15% of excess bed days, allows a multiplier of 1 / 0.15 = 6.67 at most,
    // and every effect at x6.67 saves far less than £40m a year.
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("dear.json"));
    QCOMPARE(run({QStringLiteral("sample"), json}).exitCode, 0);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    QCOMPARE(text.count("\"fixedCostPerYear\": 400000"), 1);
    text.replace("\"fixedCostPerYear\": 400000", "\"fixedCostPerYear\": 40000000");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();
    const QStringList args = {QStringLiteral("run"), json, QStringLiteral("--scenario"),
                              QStringLiteral("frailty")};
    const Run table = run(args);
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QStringLiteral("Break-even effect multiplier") +
                                QString(17, QLatin1Char(' ')) + QStringLiteral("not achievable\n")),
             qPrintable(table.out));
    const Run json2 = run(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json2.out.contains(QStringLiteral("\"breakEvenAchievable\": false")),
             qPrintable(json2.out));
    QVERIFY(json2.out.contains(QStringLiteral("\"breakEvenMultiplier\": null")));
    const Run sample =
        run({QStringLiteral("--sample"), QStringLiteral("--scenario"), QStringLiteral("frailty")});
    // The real £400,000 team can break even within the limit: at x1 the
    // 2016/17 gross saving of docs/method.md's hand check is already
    // £514,738, more than the £450,000 invested in that year, and every later
    // year has the full ramp-up and no set-up cost; the break-even multiplier
    // is below 1. So a multiplier is printed, not "not achievable".
    QVERIFY2(sample.out.contains(QStringLiteral("Break-even effect multiplier   ")),
             qPrintable(sample.out));
    QVERIFY2(!sample.out.contains(QStringLiteral("not achievable")), qPrintable(sample.out));
}

void TestCli::tooLargeNeverPrintsNan() {
    // Issue 7, item 14.6: a price of 1e306 printed "ROI -nan%". Now such a
    // project gives no table: a message on stderr and exit code 1.
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("big.json"));
    QCOMPARE(run({QStringLiteral("sample"), json}).exitCode, 0);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();
    QCOMPARE(original.count("\"price\": 1590"), 1);
    auto runWithPrice = [&](const char* price) {
        QByteArray text = original;
        text.replace("\"price\": 1590", QByteArray("\"price\": ") + price);
        QFile out(json);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Run{-1, QString(), QString()};
        out.write(text);
        out.close();
        return run(
            {QStringLiteral("run"), json, QStringLiteral("--scenario"), QStringLiteral("frailty")});
    };
    const Run huge = runWithPrice("1e306");
    QCOMPARE(huge.exitCode, 1);
    QVERIFY2(huge.out.isEmpty(), qPrintable(huge.out));
    QVERIFY(!huge.err.contains(QStringLiteral("nan")) && !huge.err.contains(QStringLiteral("inf")));
    // £500m an emergency admission: 30,000 x 300 / 1,000 = 9,000 older people's
    // admissions alone cost 9,000 x £500m x 1.05 (MFF) = £4.7 trillion in 2016/17.
    const Run big = runWithPrice("500000000");
    QCOMPARE(big.exitCode, 1);
    QVERIFY(big.out.isEmpty());
    QCOMPARE(big.err, QStringLiteral("careshift-cli: a figure is too large to compute: total spend "
                                     "in 2016/17 would be over £1 trillion. Check the inputs for a "
                                     "value in the wrong units or a misplaced digit\n"));
}

void TestCli::goldenCsv_data() {
    QTest::addColumn<QString>("scenario");
    for (const char* id : {"do-nothing", "frailty", "diabetes", "combined"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestCli::goldenCsv() {
    // Issue 7, item 14.8: the sample's four scenarios, byte for byte, against
    // tests/data/golden/<scenario>.csv. How they were made and checked (the
    // frailty scenario's 2016/17 gross saving of £514,738.01 re-derived from
    // docs/method.md's hand check, among others): tests/data/golden/README.md.
    QFETCH(QString, scenario);
    QFile golden(QStringLiteral(CARESHIFT_TEST_DATA "/golden/") + scenario +
                 QStringLiteral(".csv"));
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    const QByteArray expected = golden.readAll();
    QProcess p;
    p.start(QStringLiteral(CARESHIFT_CLI),
            {QStringLiteral("--sample"), QStringLiteral("--scenario"), scenario,
             QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(p.readAllStandardError(), QByteArray());
    QCOMPARE(p.readAllStandardOutput(), expected);
}

void TestCli::providersJson() {
    // --providers adds who saves and who pays. 2016/17, frailty (docs/method.md):
    // the commissioner spends £64,738.01 less; the acute trust's income falls
    // by the acute saving, £363,563.32; the community trust is paid the team's
    // £450,000; the care homes lose £151,174.69. The commissioner's change is
    // the sum of the providers' (-363,563.32 + 450,000 - 151,174.69 = -64,738.01).
    const Run r =
        run({QStringLiteral("--sample"), QStringLiteral("--scenario"), QStringLiteral("frailty"),
             QStringLiteral("--providers"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject y0 = QJsonDocument::fromJson(r.out.toUtf8())
                               .object()
                               .value(QStringLiteral("years"))
                               .toArray()[0]
                               .toObject();
    QVERIFY(qAbs(y0.value(QStringLiteral("commissionerSpendChange")).toDouble() - -64738.01) <
            0.01);
    QHash<QString, QJsonObject> providers;
    double sum = y0.value(QStringLiteral("otherProvidersChange")).toDouble();
    for (const auto& v : y0.value(QStringLiteral("providers")).toArray()) {
        providers.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        sum += v.toObject().value(QStringLiteral("incomeChange")).toDouble();
    }
    QCOMPARE(providers.size(), 7);
    QVERIFY(
        qAbs(providers[QStringLiteral("acute")].value(QStringLiteral("incomeChange")).toDouble() -
             -363563.32) < 0.01);
    QVERIFY(qAbs(providers[QStringLiteral("community")]
                     .value(QStringLiteral("incomeChange"))
                     .toDouble() -
                 450000.0) < 0.01);
    QVERIFY(qAbs(providers[QStringLiteral("carehomes")]
                     .value(QStringLiteral("incomeChange"))
                     .toDouble() -
                 -151174.69) < 0.01);
    for (const QString& key : {QStringLiteral("costChange"), QStringLiteral("marginChange")})
        QVERIFY(providers[QStringLiteral("acute")].contains(key));
    QVERIFY(qAbs(sum - -64738.01) < 0.01);
}

void TestCli::importTariff() {
    // tests/data/tariff/good.csv: three HRGs in the National Tariff's layout
    // (illustrative figures). FD01A: day case "£1,010", ordinary elective "-"
    // (none: 0), non-elective "£2,702" with a trim point of 12 days, £305 an
    // excess bed day. The outpatient and combined columns are not tariff
    // fields and are ignored.
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.careshift"));
    const QString json = dir.filePath(QStringLiteral("p.json"));
    QCOMPARE(run({QStringLiteral("sample"), project}).exitCode, 0);
    const Run ok = run({QStringLiteral("import-tariff"), project,
                        QStringLiteral(CARESHIFT_TEST_DATA "/tariff/good.csv"), json});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.out.startsWith(QStringLiteral("imported 3 HRGs; the tariff now has 3")),
             qPrintable(ok.out));
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray tariff =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("tariff")).toArray();
    QCOMPARE(tariff.size(), 3);
    const QJsonObject fd = tariff[0].toObject();
    QCOMPARE(fd.value(QStringLiteral("code")).toString(), QStringLiteral("FD01A"));
    QCOMPARE(fd.value(QStringLiteral("name")).toString(),
             QStringLiteral("Gastrointestinal Infections with Interventions, with CC Score 5+"));
    QCOMPARE(fd.value(QStringLiteral("dayCasePrice")).toDouble(), 1010.0);
    QCOMPARE(fd.value(QStringLiteral("electivePrice")).toDouble(), 0.0);
    QCOMPARE(fd.value(QStringLiteral("nonElectivePrice")).toDouble(), 2702.0);
    QCOMPARE(fd.value(QStringLiteral("nonElectiveTrimPoint")).toInt(), 12);
    QCOMPARE(fd.value(QStringLiteral("excessBedDayPrice")).toDouble(), 305.0);

    // bad.csv: every problem by line and column, and nothing written.
    QFile original(project);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    const Run bad = run({QStringLiteral("import-tariff"), project,
                         QStringLiteral(CARESHIFT_TEST_DATA "/tariff/bad.csv")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral(
                 "bad.csv: line 2, column 'Non-elective spell tariff (£)' (non-elective spell "
                 "price): 'two thousand' is not a number")),
             qPrintable(bad.err));
    QVERIFY(bad.err.contains(QStringLiteral("line 3, column 'Non-elective spell tariff (£)'")));
    QVERIFY(bad.err.contains(QStringLiteral("(is -£1,969)")));
    QVERIFY(bad.err.contains(QStringLiteral("must be a whole number from 0 to 1,000 (is 12.5)")));
    QVERIFY(
        bad.err.contains(QStringLiteral("line 4: HRG 'FD01A' is given again (first on line 2)")));
    QVERIFY(bad.err.contains(QStringLiteral("line 5: no HRG code")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
}

void TestCli::compareRegimes() {
    // careshift-cli compare --regimes: the frailty team under each payment
    // regime (worked in docs/method.md; tst_sample checks the 2016/17 figures).
    // Under a block the acute trust is paid its plan: the only saving is the
    // care homes' £1,819,488 over five years against £2,117,352 invested.
    const Run r =
        run({QStringLiteral("--sample"), QStringLiteral("compare"), QStringLiteral("--regimes"),
             QStringLiteral("--scenario"), QStringLiteral("frailty"), QStringLiteral("--format"),
             QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 11); // header, the project's own rules, 8 presets, national
    QVERIFY(lines[0].startsWith(QStringLiteral("id,option,investment,net saving,NPV real")));
    QString block;
    for (const QString& l : lines)
        if (l.startsWith(QStringLiteral("block_2020,")))
            block = l;
    QCOMPARE(block.split(QLatin1Char(','))[2], QStringLiteral("2117351.76"));
    QCOMPARE(block.split(QLatin1Char(','))[3],
             QStringLiteral("-297864.19")); // 1,819,487.58 - 2,117,351.76 (golden CSV: social care
                                            // saving 75,637,842.80 - 73,818,355.22, less
                                            // investment; -297,864.18 from the rounded figures)
    // Options side by side: one row per scenario.
    const Run options = run({QStringLiteral("--sample"), QStringLiteral("compare")});
    QCOMPARE(options.exitCode, 0);
    QVERIFY(options.out.contains(QStringLiteral("Frailty team and diabetes device")));
    QVERIFY(options.out.contains(QStringLiteral("NPV (real)")));
}

void TestCli::outcomesJsonCarriesEveryCell() {
    // careshift-cli run --outcomes --format json on the sample's frailty team
    // in 2020/21 (the last year: ramp-up 100%). By hand, from the sample:
    // falls admissions 2,240 per 100,000, the team cuts them by 10% among the
    // 15% it reaches, who use 3 times the group's activity (a rate, so the
    // activity ratio applies): 2,240 x (1 - 0.15 x 3 x 0.1) = 2,139.2.
    // Still at home after 91 days: 86.1% + 0.15 x 2 points = 86.4%.
    const Run r =
        run({QStringLiteral("--sample"), QStringLiteral("--scenario"), QStringLiteral("frailty"),
             QStringLiteral("--outcomes"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root[QStringLiteral("year")].toString(), QStringLiteral("2020/21"));
    const QJsonArray cells = root[QStringLiteral("cells")].toArray();
    QCOMPARE(cells.size(), 15); // 5 groups x 3 lenses
    QSet<QString> seen;
    QJsonObject falls;
    QJsonObject reablement;
    for (const QJsonValue c : cells) {
        const QJsonObject cell = c.toObject();
        seen.insert(cell[QStringLiteral("group")].toString() + QLatin1Char('/') +
                    cell[QStringLiteral("lens")].toString());
        const QJsonArray metrics = cell[QStringLiteral("metrics")].toArray();
        QCOMPARE(metrics.size(), 1); // one indicator per cell in the sample
        QVERIFY(cell[QStringLiteral("score")].toObject()[QStringLiteral("baseline")].isDouble());
        for (const QJsonValue m : metrics) {
            const QJsonObject o = m.toObject();
            QCOMPARE(o[QStringLiteral("rank")].toObject()[QStringLiteral("of")].toInt(), 11);
            QCOMPARE(
                o[QStringLiteral("byYear")].toObject()[QStringLiteral("scenario")].toArray().size(),
                5);
            if (o[QStringLiteral("id")] == QStringLiteral("falls-admissions-65"))
                falls = o;
            if (o[QStringLiteral("id")] == QStringLiteral("reablement-91-days"))
                reablement = o;
        }
    }
    QCOMPARE(seen.size(), 15);
    QCOMPARE(falls[QStringLiteral("baseline")].toDouble(), 2240.0);
    QVERIFY(qAbs(falls[QStringLiteral("scenario")].toDouble() - 2139.2) < 1e-6);
    QVERIFY(qAbs(reablement[QStringLiteral("scenario")].toDouble() - 0.864) < 1e-6);
    QCOMPARE(root[QStringLiteral("groups")].toArray().size(), 5);
    QVERIFY(root[QStringLiteral("overall")].toObject()[QStringLiteral("scenario")].isDouble());

    // 2017/18, ramp-up 80%: 2,240 x (1 - 0.15 x 0.8 x 3 x 0.1) = 2,159.36.
    const Run y =
        run({QStringLiteral("--sample"), QStringLiteral("--scenario"), QStringLiteral("frailty"),
             QStringLiteral("--outcomes"), QStringLiteral("--year"), QStringLiteral("2017/18"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(y.exitCode, 0);
    QString line;
    for (const QString& l : y.out.split(QLatin1Char('\n')))
        if (l.contains(QStringLiteral("Falls admissions")))
            line = l;
    QVERIFY2(line.startsWith(QStringLiteral("2017/18,older,prevention,")), qPrintable(line));
    // The name holds commas (quoted): count the scenario's value from the end.
    const QStringList fields = line.split(QLatin1Char(','));
    QCOMPARE(fields[fields.size() - 10], QStringLiteral("2159.360000"));
}

void TestCli::outcomesCsvAndTable() {
    const Run csv =
        run({QStringLiteral("--sample"), QStringLiteral("--scenario"), QStringLiteral("diabetes"),
             QStringLiteral("--outcomes"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Header, 15 metrics, 15 cells, 5 groups and the overall score.
    QCOMPARE(lines.size(), 1 + 15 + 15 + 5 + 1);
    QVERIFY(lines.last().startsWith(QStringLiteral("2020/21,all,all,")));
    const Run table = run({QStringLiteral("--sample"), QStringLiteral("--scenario"),
                           QStringLiteral("frailty"), QStringLiteral("--outcomes")});
    QCOMPARE(table.exitCode, 0);
    // A rating is a word and a symbol, never a colour alone; a rank is "nth of 11".
    QVERIFY(table.out.contains(QStringLiteral("\u25A0 Amber")));
    QVERIFY(table.out.contains(QStringLiteral("of 11")));
    QVERIFY(table.out.contains(QStringLiteral("Overall score: ")));
    // Options side by side: the outcome score and the cells changing rating.
    const Run options = run({QStringLiteral("--sample"), QStringLiteral("compare"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(options.out.split(QLatin1Char('\n'))[0].contains(
        QStringLiteral("outcome score,cells changing rating")));
}

void TestCli::versionFromCMake() {
    // The one version, from project(CareShift VERSION ...) in CMakeLists.txt.
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("careshift-cli " CARESHIFT_VERSION "\n"));
    QCOMPARE(QStringLiteral(CARESHIFT_VERSION), QStringLiteral("0.1.0"));
}

namespace {
QByteArray unzipEntry(const QString& zip, const QString& entry) {
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    p.waitForFinished(30000);
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}
} // namespace

void TestCli::reportXlsx() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("anytown.careshift"));
    QCOMPARE(run({QStringLiteral("sample"), file}).exitCode, 0);
    // The sample's every scenario: five sheets (tests/store/tst_workbook checks the cells).
    const QString all = dir.filePath(QStringLiteral("all.xlsx"));
    const Run r = run({QStringLiteral("report"), file, QStringLiteral("--xlsx"), all});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("wrote ") + all + QLatin1Char('\n'));
    const QByteArray book = unzipEntry(all, QStringLiteral("xl/workbook.xml"));
    for (const char* sheet : {"Options", "Years", "Providers", "Outcomes", "Assumptions"})
        QVERIFY2(book.contains(QByteArray("<sheet name=\"") + sheet + '"'), sheet);
    // The sample's four scenarios: the Options sheet runs to row 5.
    QVERIFY(unzipEntry(all, QStringLiteral("xl/worksheets/sheet1.xml"))
                .contains("<dimension ref=\"A1:O5\"/>"));
    // --scenarios by id and by name: two rows; the same from --sample.
    const QString two = dir.filePath(QStringLiteral("two.xlsx"));
    QCOMPARE(run({QStringLiteral("--sample"), QStringLiteral("report"), QStringLiteral("--xlsx"),
                  two, QStringLiteral("--scenarios"),
                  QStringLiteral("frailty,Diabetes device invest-to-save")})
                 .exitCode,
             0);
    const QByteArray options = unzipEntry(two, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(options.contains("<dimension ref=\"A1:O3\"/>"), options.left(300).constData());
    const QByteArray strings = unzipEntry(two, QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY(strings.contains("<t>Community frailty team</t>"));
    QVERIFY(strings.contains("<t>Diabetes device invest-to-save</t>"));
    QVERIFY(!strings.contains("<t>Frailty team and diabetes device</t>"));
}

void TestCli::reportPdf() {
    // The board paper from the CLI: the same writer as the app's File >
    // Export > Board Paper. Its options table holds each chosen option's NPV
    // as `compare` prints it (hand check: the frailty team's £2,873,675 is
    // "£2.87m" in the paper's format), and only the options asked for.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("anytown.careshift"));
    QCOMPARE(run({QStringLiteral("sample"), file}).exitCode, 0);
    const QString pdf = dir.filePath(QStringLiteral("paper.pdf"));
    const Run r = run({QStringLiteral("report"), file, QStringLiteral("--pdf"), pdf,
                       QStringLiteral("--scenarios"), QStringLiteral("frailty,diabetes"),
                       QStringLiteral("--author"), QStringLiteral("J. Bloggs")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("wrote ") + pdf + QStringLiteral(" (")),
             qPrintable(r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString t = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(t.contains(QStringLiteral("£2.87m")));
    QVERIFY(t.contains(QStringLiteral("J. Bloggs")));
    QVERIFY(t.contains(QStringLiteral("anytown.careshift")));
    QVERIFY(t.contains(QStringLiteral("Option 1: Community frailty team")));
    QVERIFY(t.contains(QStringLiteral("Option 2: Diabetes device invest-to-save")));
    QVERIFY(!t.contains(QStringLiteral("Option 3:")));
    // The page count it printed is the file's.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(60000));
    const QString pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                              .match(QString::fromUtf8(info.readAllStandardOutput()))
                              .captured(1);
    QVERIFY(r.out.contains(QStringLiteral("(") + pages + QStringLiteral(" pages)")));
}

void TestCli::reportArguments_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString report = QStringLiteral("report");
    const QString sample = QStringLiteral("--sample");
    const QString xlsx = QStringLiteral("--xlsx");
    QTest::newRow("no output") << QStringList{sample, report}
                               << QStringLiteral("report needs an output: --pdf OUT or --xlsx OUT");
    QTest::newRow("unknown scenario") << QStringList{sample,
                                                     report,
                                                     xlsx,
                                                     QStringLiteral("OUT.xlsx"),
                                                     QStringLiteral("--scenarios"),
                                                     QStringLiteral("frailty,moonshot")}
                                      << QStringLiteral("--scenarios: no scenario 'moonshot'");
    QTest::newRow("empty name")
        << QStringList{sample,
                       report,
                       xlsx,
                       QStringLiteral("OUT.xlsx"),
                       QStringLiteral("--scenarios"),
                       QStringLiteral("frailty,,diabetes")}
        << QStringLiteral("--scenarios needs scenario ids or names separated by commas");
    QTest::newRow("xlsx elsewhere") << QStringList{sample, xlsx, QStringLiteral("OUT.xlsx")}
                                    << QStringLiteral("--pdf, --xlsx, --scenarios, --author and "
                                                      "--title belong to the report command");
    QTest::newRow("pdf elsewhere")
        << QStringList{sample, QStringLiteral("--pdf"), QStringLiteral("OUT.xlsx")}
        << QStringLiteral("belong to the report command");
    QTest::newRow("no pdf name") << QStringList{sample, report, QStringLiteral("--pdf")}
                                 << QStringLiteral("--pdf needs the paper's file name");
    QTest::newRow("no file name") << QStringList{sample, report, xlsx}
                                  << QStringLiteral("--xlsx needs the workbook's file name");
}

void TestCli::reportArguments() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    for (QString& a : args)
        if (a == u"OUT.xlsx")
            a = dir.filePath(a);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2); // a usage error
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(QDir(dir.path()).isEmpty()); // nothing written
}

void TestCli::optionsCsvNeutralisesNames() {
    // A project whose scenario name is a formula: compare --format csv writes
    // it as text (a leading '), and its negative figures as plain numbers.
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("hostile.json"));
    QCOMPARE(run({QStringLiteral("sample"), json}).exitCode, 0);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray scenarios = root.value(QStringLiteral("scenarios")).toArray();
    QJsonObject frailty = scenarios[1].toObject();
    QCOMPARE(frailty.value(QStringLiteral("id")).toString(), QStringLiteral("frailty"));
    frailty.insert(QStringLiteral("name"), QStringLiteral("=1+1"));
    scenarios[1] = frailty;
    root.insert(QStringLiteral("scenarios"), scenarios);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(root).toJson());
    f.close();
    const Run r =
        run({QStringLiteral("compare"), json, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    // The frailty team's figures as careshift-cli --sample compare prints them
    // (tests/store/tst_workbook: NPV £2,873,674.66; the trust's margin -£1,577,990.67).
    QVERIFY2(r.out.contains(QStringLiteral("\nfrailty,'=1+1,2117351.76,3234809.16,2873674.66,")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral(",Anytown Hospitals NHS Foundation Trust,-1577990.67,")));
}

QTEST_GUILESS_MAIN(TestCli)
void TestCli::cohortModelOnItsOwn() {
    // careshift-cli cohort: the HIV model of Chancellor et al. (1997) as in
    // Briggs et al. exercise 2.5, figures as printed by heemod
    // (docs/cohort-models.md): monotherapy 44663.45, combination 50601.65,
    // ICER 6275.956 per life-year.
    const QString model = QStringLiteral(CARESHIFT_TEST_DATA "/cohort/hiv-chancellor-1997.json");
    const Run json =
        run({QStringLiteral("cohort"), model, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray strategies = root.value(QStringLiteral("strategies")).toArray();
    QCOMPARE(strategies.size(), 2);
    const QJsonObject mono = strategies[0].toObject();
    QCOMPARE(mono.value(QStringLiteral("id")).toString(), QStringLiteral("mono"));
    QVERIFY(std::fabs(mono.value(QStringLiteral("cost")).toDouble() - 44663.45) < 0.005);
    QVERIFY(std::fabs(mono.value(QStringLiteral("lifeYears")).toDouble() - 7.991207) < 5e-7);
    QVERIFY(
        mono.value(QStringLiteral("undiscounted")).toObject().contains(QStringLiteral("qalys")));
    QCOMPARE(mono.value(QStringLiteral("trace")).toArray().size(), 21); // cycles 0..20
    const QJsonArray frontier = root.value(QStringLiteral("frontier")).toArray();
    QCOMPARE(frontier.size(), 2);
    QVERIFY(frontier[0].toObject().value(QStringLiteral("icer")).isNull());
    const QJsonObject comb = frontier[1].toObject();
    QCOMPARE(comb.value(QStringLiteral("status")).toString(), QStringLiteral("frontier"));
    QVERIFY(std::fabs(comb.value(QStringLiteral("icer")).toDouble() - 6275.956) < 5e-4);
    // The table and the CSV say the same.
    const Run table = run({QStringLiteral("cohort"), model});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(QStringLiteral("6275.96")), qPrintable(table.out));
    const Run csv =
        run({QStringLiteral("cohort"), model, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(csv.out.contains(QStringLiteral("frontier,comb,5938.19")) &&
                 csv.out.contains(QStringLiteral(",6275.95")),
             qPrintable(csv.out));
    // A bad model: an error naming where, exit 1, nothing on stdout.
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    QFile good(model);
    QVERIFY(good.open(QIODevice::ReadOnly));
    bad.write(good.readAll().replace("\"rr * pAB\"", "\"rr * pAB + 0.95\""));
    bad.close();
    const Run broken = run({QStringLiteral("cohort"), bad.fileName()});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(broken.out.isEmpty());
    QVERIFY2(broken.err.contains(QStringLiteral(
                 "bad.json: cohort model \"hiv\", transition A -> B, probability, cycle 1: is "
                 "1.1518")),
             qPrintable(broken.err));
}

void TestCli::cohortResultsInTheProjection() {
    // The sample's frailty scenario: deaths, life-years and QALYs of the
    // over-70s in the JSON; the QALYs gained agree with the NMB and the
    // incremental cost (NMB = 20,000 x QALYs - cost).
    const Run r =
        run({QStringLiteral("--sample"), QStringLiteral("--scenario"), QStringLiteral("frailty"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject c = root.value(QStringLiteral("cohorts")).toArray().at(0).toObject();
    QCOMPARE(c.value(QStringLiteral("group")).toString(), QStringLiteral("older"));
    QCOMPARE(c.value(QStringLiteral("deaths")).toArray().size(), 5);
    const double qalys = c.value(QStringLiteral("qalysGained")).toDouble();
    const double cost = c.value(QStringLiteral("incrementalCost")).toDouble();
    QVERIFY(qalys > 0);
    QVERIFY(std::fabs(c.value(QStringLiteral("netMonetaryBenefit")).toDouble() -
                      (20000 * qalys - cost)) < 1e-6);
    // The incremental cost is minus the NPV of the net saving.
    QVERIFY(std::fabs(cost + root.value(QStringLiteral("summary"))
                                 .toObject()
                                 .value(QStringLiteral("npv"))
                                 .toDouble()) < 1e-6);
    QCOMPARE(c.value(QStringLiteral("dominant")).toBool(), true);
}

#include "tst_cli.moc"
