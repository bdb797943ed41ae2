// The .careshift project file: lossless round trips, a clear message for
// every kind of bad file, atomic saves under injected faults, and the
// upgrade of a committed version-1 file.

#include "engine/appraisal.h"
#include "store/everyfield.h"
#include "store/jsonio.h"
#include "store/projectfile.h"
#include "store/sample.h"
#include "store/tables.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>
#include <map>
#include <set>

using namespace careshift;
using namespace careshift::store;

using Corruption = std::function<void(const QString& path)>;
Q_DECLARE_METATYPE(Corruption)

namespace {

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

/// Runs SQL on a file with plain Qt SQL: how a test makes a bad file.
void runSql(const QString& path, const QStringList& statements) {
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// The columns of every table a schema script creates, run on an in-memory
/// database: {"pod": {"code", "name", ...}, ...}.
std::map<QString, QSet<QString>> schemaColumns(const QStringList& scripts) {
    std::map<QString, QSet<QString>> out;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return out;
        for (const QString& file : scripts) {
            QFile f(QStringLiteral(CARESHIFT_SOURCE_DIR "/resources/schema/") + file);
            if (!f.open(QIODevice::ReadOnly))
                return {};
            QString sql;
            for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
                sql += line.left(line.indexOf(QStringLiteral("--"))) + QLatin1Char('\n');
            for (const QString& statement : sql.split(QLatin1Char(';')))
                if (!statement.trimmed().isEmpty())
                    QSqlQuery(db).exec(statement);
        }
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery info(db);
            info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
            while (info.next())
                out[table].insert(info.value(1).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString unitText(const Field& f) {
    switch (f.unit) {
    case Unit::Text:
        return QStringLiteral("text");
    case Unit::Id:
        return QStringLiteral("id (unique)");
    case Unit::Ref:
        return QStringLiteral("reference to `") + qs(kindKey(f.refers)) + QStringLiteral("`");
    case Unit::Money:
        return QStringLiteral("£");
    case Unit::Fraction:
        return QStringLiteral("fraction");
    case Unit::Count:
        return QStringLiteral("count");
    case Unit::Number:
        return QStringLiteral("number");
    case Unit::Integer:
        return QStringLiteral("whole number");
    case Unit::Year:
        return QStringLiteral("calendar year");
    case Unit::YearIndex:
        return QStringLiteral("year index");
    case Unit::Series:
        return QStringLiteral("per-year fractions");
    case Unit::Choice:
        return QStringLiteral("choice");
    case Unit::Flag:
        return QStringLiteral("0 or 1");
    }
    return {};
}

/// One markdown table of a kind's fields, from its description.
template <class T> QString fieldTable(Kind kind) {
    const TableLayout& t = tableLayout(kind);
    QString out = QStringLiteral("### %1 (`%2`)\n\n").arg(qs(kindWords(kind)), t.table);
    out += QStringLiteral("| JSON key | column | unit | range | required | PSA |\n"
                          "| --- | --- | --- | --- | --- | --- |\n");
    int i = 0;
    describe(T{}, [&](const Field& f, const auto& member) {
        using M = std::decay_t<decltype(member)>;
        QString range;
        if constexpr (DescribedEnum<M>)
            range = QStringLiteral("`") +
                    qs(enumKeyList<M>()).replace(QStringLiteral(", "), QStringLiteral("`, `")) +
                    QStringLiteral("`");
        else if (f.isNumber() || f.unit == Unit::Series)
            range = qs(f.rangeText());
        out += QStringLiteral("| `%1` | `%2` | %3 | %4 | %5 | %6 |\n")
                   .arg(qs(f.key), t.fieldColumns.at(i++), unitText(f), range,
                        f.required ? QStringLiteral("yes") : QString(),
                        f.uncertain ? QStringLiteral("yes") : QString());
    });
    return out;
}

/// The field reference of docs/file-format.md, generated from describe.h.
QString fieldReference() {
    QStringList tables = {fieldTable<Commissioner>(Kind::Commissioner),
                          fieldTable<Assumptions>(Kind::Assumptions),
                          fieldTable<Population>(Kind::Population),
                          fieldTable<Provider>(Kind::Provider),
                          fieldTable<Contract>(Kind::Contract),
                          fieldTable<Pod>(Kind::Pod),
                          fieldTable<Activity>(Kind::Activity),
                          fieldTable<Intervention>(Kind::Intervention),
                          fieldTable<ActivityEffect>(Kind::Effect),
                          fieldTable<Substitution>(Kind::Substitution),
                          fieldTable<Scenario>(Kind::Scenario),
                          fieldTable<ScenarioItem>(Kind::ScenarioItem),
                          fieldTable<ContractRule>(Kind::ContractRule),
                          fieldTable<HrgTariff>(Kind::Hrg),
                          fieldTable<HrgShare>(Kind::HrgShare),
                          fieldTable<Peer>(Kind::Peer),
                          fieldTable<Metric>(Kind::Metric),
                          fieldTable<PeerValue>(Kind::PeerValue),
                          fieldTable<OutcomeWeights>(Kind::Weights),
                          fieldTable<MetricEffect>(Kind::MetricEffect)};
    // Every kind is listed (a new kind fails here until it is added above).
    if (tables.size() != kKindCount)
        return QStringLiteral("(the list misses a kind)");
    return tables.join(QLatin1Char('\n'));
}

QStringList leftovers(const QString& dir) {
    return QDir(dir).entryList({QStringLiteral(".*saving*"), QStringLiteral("*.partial")},
                               QDir::Files | QDir::Hidden);
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT
private slots:
    void roundTripIsLossless();
    void roundTripInMemory();
    void everyFieldRoundTrips();
    void schemaHasAColumnForEveryField();
    void workLimitStopsALongCheck();
    void fieldListInTheDocsIsCurrent();
    void metadataIsKept();
    void jsonThroughSaveAny();
    void badFiles_data();
    void badFiles();
    void missingFileAndFolder();
    void saveErrors();
    void faultInjectionLeavesOriginalIntact_data();
    void faultInjectionLeavesOriginalIntact();
    void staleTemporaryIsRemovedByNextSave();
    void upgradesVersion1File();
    void upgradesVersion3File();
    void backupNamesDoNotCollide();
};

void TestProjectFile::roundTripIsLossless() {
    QTemporaryDir dir;
    const Project sample = loadSample();
    const QString a = dir.filePath(QStringLiteral("a.careshift"));
    const QString b = dir.filePath(QStringLiteral("b.careshift"));
    saveProjectFile(a, sample);
    const LoadedProject once = loadProjectFile(a);
    QCOMPARE(once.fileVersion, kSchemaVersion);
    QVERIFY(!once.upgraded());
    saveProjectFile(b, once.project, {once.metadata, {}, {}});
    const LoadedProject twice = loadProjectFile(b);
    // Same data, field for field (the JSON form lists every field).
    QCOMPARE(writeProjectJson(once.project), writeProjectJson(sample));
    QCOMPARE(writeProjectJson(twice.project), writeProjectJson(sample));
    // Same numbers, to the last bit.
    for (const Scenario& s : sample.scenarios) {
        const Appraisal x = appraise(sample, s);
        const Appraisal y = appraise(twice.project, s);
        QCOMPARE(y.scenario.totalSpend, x.scenario.totalSpend);
        QCOMPARE(y.scenario.cellSpend, x.scenario.cellSpend);
        QCOMPARE(y.impact.npv, x.impact.npv);
    }
}

void TestProjectFile::roundTripInMemory() {
    const QString name = QStringLiteral("memory-roundtrip");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        const Project sample = loadSample();
        writeProject(db, sample,
                     {QStringLiteral("2020-01-01T00:00:00Z"),
                      QStringLiteral("2020-01-02T00:00:00Z"), QStringLiteral("tester"),
                      QStringLiteral("0.1.0")});
        const LoadedProject loaded = readProject(db, QStringLiteral("memory"));
        QCOMPARE(writeProjectJson(loaded.project), writeProjectJson(sample));
        QCOMPARE(loaded.metadata.author, QStringLiteral("tester"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestProjectFile::everyFieldRoundTrips() {
    const Project original = careshift::testing::everyFieldProject();
    QCOMPARE(careshift::testing::fieldsLeftAtDefault(original), QStringList());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("every.careshift"));
    saveProjectFile(path, original);
    const LoadedProject loaded = loadProjectFile(path);
    QCOMPARE(loaded.fileVersion, kSchemaVersion);
    QCOMPARE(careshift::testing::fieldDump(loaded.project),
             careshift::testing::fieldDump(original));
}

void TestProjectFile::workLimitStopsALongCheck() {
    // Issue 11, defect 2: SQLite's work on a file being opened is limited
    // (5 s; a 24 KB file with a chain of generated columns took 120 s). With
    // the limit at 0 the first 10,000 steps of checking a file stop it:
    // the file is refused with the reason, nothing half-loaded; with the
    // limit back, the same file opens.
    // The sample with 500 more interventions: reading them is well over
    // 10,000 steps of SQLite's machine, when the handler looks at the clock.
    Project p = loadSample();
    const Intervention copy = p.interventions[1];
    for (int i = 0; i < 500; ++i) {
        Intervention iv = copy;
        iv.id = "copy-" + std::to_string(i);
        iv.name = copy.name + " " + std::to_string(i);
        p.interventions.push_back(iv);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.careshift"));
    saveProjectFile(path, p, {});
    setLoadWorkLimitForTesting(std::chrono::milliseconds(0));
    QString message;
    try {
        loadProjectFile(path);
    } catch (const LoadError& e) {
        message = e.messages().join(QLatin1Char('\n'));
    }
    setLoadWorkLimitForTesting(std::chrono::milliseconds(kLoadWorkLimitMs));
    QCOMPARE(message,
             QStringLiteral("sample.careshift: checking the file took SQLite more than 0 s "
                            "of work: it is refused as damaged or hostile, and nothing "
                            "was opened"));
    QCOMPARE(loadProjectFile(path).project.interventions.size(), std::size_t{502});
}

void TestProjectFile::schemaHasAColumnForEveryField() {
    // The schema file is the source of truth for the tables; the descriptions
    // for the fields. Each described field has its column, and each column is
    // a described field or one that places a row (position, parent id).
    const auto v2 = schemaColumns({QStringLiteral("schema-v5.sql")});
    QVERIFY(!v2.empty());
    std::set<Kind> kinds;
    for (const TableLayout& t : tableLayouts()) {
        kinds.insert(t.kind);
        QVERIFY2(v2.count(t.table), qPrintable(t.table));
        QSet<QString> expected;
        for (const QString& c : t.columns())
            expected.insert(c);
        QCOMPARE(expected.size(), t.columns().size()); // no column used twice
        QCOMPARE(v2.at(t.table), expected);
        QCOMPARE(static_cast<std::size_t>(t.fieldColumns.size()), fieldsOf(t.kind).size());
    }
    QCOMPARE(kinds.size(), std::size_t{20}); // every kind has its table
    QSet<QString> tables;
    for (const auto& [table, columns] : v2)
        tables.insert(table);
    for (const TableLayout& t : tableLayouts())
        tables.remove(t.table);
    // Not described: key/value metadata, and cohort models as JSON documents.
    QCOMPARE(tables, (QSet<QString>{QStringLiteral("metadata"), QStringLiteral("cohort_model")}));
    QCOMPARE(columnName(Kind::Activity, "ratePer1000"), QStringLiteral("rate_per_1000"));
    QCOMPARE(columnName(Kind::Pod, "nonDemographicGrowth"),
             QStringLiteral("non_demographic_growth"));
    QCOMPARE(columnName(Kind::Contract, "provider"), QStringLiteral("provider_id"));
    // A version-1 file upgraded by the migrations has the same layout.
    QCOMPARE(schemaColumns({QStringLiteral("schema-v1.sql"), QStringLiteral("migrate-v1-to-v2.sql"),
                            QStringLiteral("migrate-v2-to-v3.sql"),
                            QStringLiteral("migrate-v3-to-v4.sql"),
                            QStringLiteral("migrate-v4-to-v5.sql")}),
             v2);
    QCOMPARE(schemaColumns({QStringLiteral("schema-v3.sql"), QStringLiteral("migrate-v3-to-v4.sql"),
                            QStringLiteral("migrate-v4-to-v5.sql")}),
             v2);
    QCOMPARE(schemaColumns({QStringLiteral("schema-v2.sql"), QStringLiteral("migrate-v2-to-v3.sql"),
                            QStringLiteral("migrate-v3-to-v4.sql"),
                            QStringLiteral("migrate-v4-to-v5.sql")}),
             v2);
    QCOMPARE(
        schemaColumns({QStringLiteral("schema-v4.sql"), QStringLiteral("migrate-v4-to-v5.sql")}),
        v2);
}

void TestProjectFile::fieldListInTheDocsIsCurrent() {
    // docs/file-format.md lists every field from describe.h between two
    // markers. To regenerate it after changing a description:
    //   CARESHIFT_UPDATE_DOCS=1 build/dev/tests/tst_projectfile fieldListInTheDocsIsCurrent
    const QString path = QStringLiteral(CARESHIFT_SOURCE_DIR "/docs/file-format.md");
    const QString begin = QStringLiteral("<!-- fields: begin (generated) -->\n");
    const QString end = QStringLiteral("<!-- fields: end -->");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    f.close();
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    QVERIFY2(from >= 0 && to > from, "docs/file-format.md has no field list markers");
    const QString current = text.mid(from + begin.size(), to - from - begin.size());
    const QString generated = QLatin1Char('\n') + fieldReference() + QLatin1Char('\n');
    if (current != generated && qEnvironmentVariableIsSet("CARESHIFT_UPDATE_DOCS")) {
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write((text.left(from + begin.size()) + generated + text.mid(to)).toUtf8());
        return;
    }
    QVERIFY2(current == generated, "docs/file-format.md: the field list is out of date; "
                                   "regenerate it with CARESHIFT_UPDATE_DOCS=1 (see this test)");
}

void TestProjectFile::metadataIsKept() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.careshift"));
    SaveOptions options;
    options.metadata.created = QStringLiteral("2017-03-01T09:00:00Z");
    options.metadata.author = QStringLiteral("A. Analyst");
    saveProjectFile(path, loadSample(), options);
    const LoadedProject loaded = loadProjectFile(path);
    QCOMPARE(loaded.metadata.created, QStringLiteral("2017-03-01T09:00:00Z"));
    QCOMPARE(loaded.metadata.author, QStringLiteral("A. Analyst"));
    QCOMPARE(loaded.metadata.appVersion, QStringLiteral("0.1.0"));
    QVERIFY(loaded.metadata.modified.startsWith(QStringLiteral("20")));
    QVERIFY(loaded.metadata.modified > loaded.metadata.created);
}

void TestProjectFile::jsonThroughSaveAny() {
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("p.json"));
    saveAnyProject(json, loadSample());
    QVERIFY(fileBytes(json).startsWith("{"));
    const LoadedProject loaded = loadAnyProject(json);
    QCOMPARE(writeProjectJson(loaded.project), writeProjectJson(loadSample()));
    // A .careshift file is found by content even under another name.
    const QString renamed = dir.filePath(QStringLiteral("p.dat"));
    saveProjectFile(renamed, loadSample());
    QCOMPARE(loadAnyProject(renamed).project.scenarios.size(), std::size_t{4});
}

void TestProjectFile::badFiles_data() {
    QTest::addColumn<Corruption>("corrupt");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* name, Corruption c, const QString& expected) {
        QTest::newRow(name) << c << expected;
    };
    auto sql = [](QStringList statements) {
        return Corruption([statements](const QString& p) { runSql(p, statements); });
    };

    row(
        "not SQLite", [](const QString& p) { writeBytes(p, "hello, board\n"); },
        QStringLiteral("f.careshift: is not a CareShift project file (it is not an SQLite "
                       "database)"));
    row(
        "empty file", [](const QString& p) { writeBytes(p, QByteArray()); },
        QStringLiteral("f.careshift: is not a CareShift project file (it is not an SQLite "
                       "database)"));
    row(
        "another SQLite file",
        [](const QString& p) {
            QFile::remove(p);
            runSql(p, {QStringLiteral("CREATE TABLE t (x)")});
        },
        QStringLiteral("f.careshift: is an SQLite database but not a CareShift project file"));
    row(
        "truncated", [](const QString& p) { writeBytes(p, fileBytes(p).left(20000)); },
        QStringLiteral("f.careshift: the file is truncated: it has 20,000 of the "));
    row(
        "damaged page",
        [](const QString& p) {
            // Zero the middle of the file: b-tree pages SQLite can no longer read.
            QByteArray bytes = fileBytes(p);
            const int page = 4096;
            for (int i = 5 * page; i < 8 * page; ++i)
                bytes[i] = 0;
            writeBytes(p, bytes);
        },
        QStringLiteral("f.careshift: the file is damaged"));
    row("newer version", sql({QStringLiteral("PRAGMA user_version = 99")}),
        QStringLiteral("f.careshift: was saved by a newer CareShift (file version 99; this "
                       "CareShift reads versions up to 5). Open it with a newer CareShift."));
    row("missing table", sql({QStringLiteral("DROP TABLE scenario_item")}),
        QStringLiteral("f.careshift: table 'scenario_item' is missing"));
    row("missing column", sql({QStringLiteral("ALTER TABLE pod DROP COLUMN price")}),
        QStringLiteral("f.careshift: table 'pod' is missing column 'price'"));
    row("view instead of table",
        sql({QStringLiteral("DROP TABLE scenario"),
             QStringLiteral("CREATE VIEW scenario AS SELECT 0 AS position, 'x' AS id, 'x' AS "
                            "name, '' AS notes")}),
        QStringLiteral("f.careshift: is not a CareShift project file as saved: it has a view "
                       "('scenario'), which CareShift never writes"));
    // Issue 11, defect 2: a chain of generated columns took 120 s and 9.7 GB
    // in SQLite's integrity check; such a schema is refused before any check
    // evaluates it. Likewise triggers, FTS virtual tables and indexes of its own.
    row("generated columns",
        sql({QStringLiteral("ALTER TABLE metadata ADD COLUMN g1 AS (length(value) * 2)"),
             QStringLiteral("ALTER TABLE metadata ADD COLUMN g2 AS (g1 * g1)")}),
        QStringLiteral("f.careshift: is not a CareShift project file as saved: table 'metadata' "
                       "has a generated or hidden column ('g1'), which CareShift never writes"));
    row("trigger",
        sql({QStringLiteral("CREATE TRIGGER t AFTER INSERT ON pod BEGIN SELECT 1; END")}),
        QStringLiteral("f.careshift: is not a CareShift project file as saved: it has a trigger "
                       "('t'), which CareShift never writes"));
    row("FTS virtual table", sql({QStringLiteral("CREATE VIRTUAL TABLE notes USING fts5(body)")}),
        QStringLiteral("f.careshift: is not a CareShift project file as saved: it has a virtual "
                       "table ('notes'), which CareShift never writes"));
    row("expression index", sql({QStringLiteral("CREATE INDEX i ON pod (price * 2)")}),
        QStringLiteral("f.careshift: is not a CareShift project file as saved: it has an index "
                       "of its own ('i'), which CareShift never writes"));
    row("text where a number belongs",
        sql({QStringLiteral("UPDATE pod SET price = 'cheap' WHERE code = 'OP'")}),
        QStringLiteral("f.careshift: table 'pod', row 5 (code 'OP'), field 'price': expected a "
                       "number, found text 'cheap'"));
    row("bad per-year series",
        sql({QStringLiteral("UPDATE pod SET non_demographic_growth = '[0.01,' WHERE code = "
                            "'NEL'")}),
        QStringLiteral("f.careshift: table 'pod', row 1 (code 'NEL'), field "
                       "'non_demographic_growth': expected a list of numbers like [0.01, 0.02], "
                       "found '[0.01,'"));
    row("unknown setting",
        sql({QStringLiteral("UPDATE pod SET setting = 'hospital' WHERE code = 'DC'")}),
        QStringLiteral("f.careshift: table 'pod', row 4 (code 'DC'), field 'setting': "
                       "'hospital' is not one of: acute, community, mental_health, "
                       "primary_care, social_care, other"));
    row("whole number expected",
        sql({QStringLiteral("UPDATE intervention SET start_year = 1.5 WHERE id = 'frailty-team'")}),
        QStringLiteral("f.careshift: table 'intervention', row 1 (id 'frailty-team'), field "
                       "'start_year': expected a whole number, found the number 1.5"));
    row("flag neither 0 nor 1", sql({QStringLiteral("UPDATE scenario_item SET enabled = 2")}),
        QStringLiteral("f.careshift: table 'scenario_item', row 1 (scenario_id "));
    row("effect of an unknown intervention",
        sql({QStringLiteral("UPDATE intervention_effect SET intervention_id = 'abandoned' WHERE "
                            "intervention_id = 'diabetes-device'")}),
        QStringLiteral("f.careshift: table 'intervention_effect', row 1 (intervention_id "
                       "'abandoned'), field 'intervention_id': names an intervention that does "
                       "not exist: 'abandoned'"));
    row("missing place column", sql({QStringLiteral("ALTER TABLE pod DROP COLUMN position")}),
        QStringLiteral("f.careshift: table 'pod' is missing column 'position'"));
    row("probability above 1",
        sql({QStringLiteral("UPDATE intervention SET coverage = 1.5 WHERE id = 'frailty-team'")}),
        QStringLiteral("f.careshift: Intervention 'Community frailty team for the over-70s', "
                       "coverage: must be from 0% to 100% (is 150%)"));
    row("negative price", sql({QStringLiteral("UPDATE pod SET price = -1 WHERE code = 'NEL'")}),
        QStringLiteral("f.careshift: PoD 'Emergency admission', price: must be from £0 to "
                       "£1,000,000,000 (is -£1)"));
    row("price too large to compute with",
        sql({QStringLiteral("UPDATE pod SET price = 1e306 WHERE code = 'NEL'")}),
        QStringLiteral("f.careshift: PoD 'Emergency admission', price: must be from £0 to "
                       "£1,000,000,000 (is £1e+306)"));
    row("item of an unknown scenario",
        // Rows are counted in reading order (scenario id, then position): 4 real items first.
        sql({QStringLiteral("INSERT INTO scenario_item VALUES ('ghost', 0, 'frailty-team', 1)")}),
        QStringLiteral("f.careshift: table 'scenario_item', row 5 (scenario_id 'ghost'), field "
                       "'scenario_id': names a scenario that does not exist: 'ghost'"));
    row("text too long",
        sql({QStringLiteral("UPDATE intervention SET notes = printf('%.70000c', 'x') WHERE id = "
                            "'frailty-team'")}),
        QStringLiteral("f.careshift: table 'intervention', row 1 (id 'frailty-team'), field "
                       "'notes': text is longer than 65,536 characters"));
    row("too many rows",
        sql({QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                            "WHERE x < 100001) INSERT INTO metadata SELECT 'k' || x, 'v' FROM c")}),
        QStringLiteral("f.careshift: table 'metadata' has 100,006 rows; at most 100,000 are "
                       "allowed"));
    row("two commissioners",
        sql({QStringLiteral("DROP TABLE commissioner"),
             QStringLiteral("CREATE TABLE commissioner (id, name, code, base_year, source)"),
             QStringLiteral("INSERT INTO commissioner VALUES (1, 'A', '', 2016, ''), "
                            "(2, 'B', '', 2016, '')")}),
        QStringLiteral("f.careshift: table 'commissioner' must have exactly one row"));
}

void TestProjectFile::badFiles() {
    QFETCH(Corruption, corrupt);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.careshift"));
    saveProjectFile(path, loadSample());
    corrupt(path);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = fileBytes(path);
    try {
        (void)loadAnyProject(path);
        QFAIL("a bad file was loaded");
    } catch (const LoadError& e) {
        bool found = false;
        for (const QString& m : e.messages())
            found = found || m.startsWith(expected);
        QVERIFY2(found, qPrintable(e.messages().join(QLatin1Char('\n'))));
    }
    // Opening never changes the file.
    QCOMPARE(fileBytes(path), before);
}

void TestProjectFile::missingFileAndFolder() {
    QTemporaryDir dir;
    try {
        (void)loadAnyProject(dir.filePath(QStringLiteral("none.careshift")));
        QFAIL("loaded a missing file");
    } catch (const LoadError& e) {
        QVERIFY(e.messages().first().endsWith(
            QStringLiteral("none.careshift: the file does not exist")));
    }
    try {
        (void)loadProjectFile(dir.path());
        QFAIL("loaded a folder");
    } catch (const LoadError& e) {
        QCOMPARE(e.messages().first(), dir.path() + QStringLiteral(": is a folder, not a file"));
    }
}

void TestProjectFile::saveErrors() {
    QTemporaryDir dir;
    const Project sample = loadSample();
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/x.careshift"));
    try {
        saveProjectFile(missing, sample);
        QFAIL("saved into a missing folder");
    } catch (const SaveError& e) {
        QCOMPARE(e.messages().first(), missing + QStringLiteral(": the folder ") +
                                           dir.filePath(QStringLiteral("no/such/folder")) +
                                           QStringLiteral(" does not exist"));
    }
    const QString folder = dir.filePath(QStringLiteral("folder.careshift"));
    QVERIFY(QDir().mkdir(folder));
    try {
        saveProjectFile(folder, sample);
        QFAIL("saved over a folder");
    } catch (const SaveError& e) {
        QCOMPARE(e.messages().first(), folder + QStringLiteral(": is a folder, not a file"));
    }
    const QString readOnly = dir.filePath(QStringLiteral("ro.careshift"));
    saveProjectFile(readOnly, sample);
    QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = fileBytes(readOnly);
    try {
        saveProjectFile(readOnly, sample);
        QFAIL("saved over a read-only file");
    } catch (const SaveError& e) {
        QCOMPARE(e.messages().first(), readOnly + QStringLiteral(": the file is read-only"));
    }
    QCOMPARE(fileBytes(readOnly), before);
    // An invalid project is never written.
    Project bad = sample;
    bad.pods[0].price = -1;
    try {
        saveProjectFile(dir.filePath(QStringLiteral("bad.careshift")), bad);
        QFAIL("saved an invalid project");
    } catch (const SaveError& e) {
        QCOMPARE(e.messages().first(),
                 QStringLiteral("bad.careshift: PoD 'Emergency admission', price: must be from £0 "
                                "to £1,000,000,000 (is -£1)"));
    }
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bad.careshift"))));
    QVERIFY(leftovers(dir.path()).isEmpty());
}

void TestProjectFile::faultInjectionLeavesOriginalIntact_data() {
    QTest::addColumn<int>("step");
    QTest::newRow("before write") << static_cast<int>(SaveStep::BeforeWrite);
    QTest::newRow("mid-write") << static_cast<int>(SaveStep::MidWrite);
    QTest::newRow("before rename") << static_cast<int>(SaveStep::BeforeRename);
}

void TestProjectFile::faultInjectionLeavesOriginalIntact() {
    QFETCH(int, step);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.careshift"));
    Project original = loadSample();
    saveProjectFile(path, original);
    const QByteArray before = fileBytes(path);

    Project changed = original;
    changed.interventions[0].coverage = 0.2;
    SaveOptions options;
    options.backupPath = dir.filePath(QStringLiteral("plan.backup.careshift"));
    options.faultHook = [step](SaveStep s) {
        if (static_cast<int>(s) == step)
            throw std::runtime_error("disk full (injected)");
    };
    try {
        saveProjectFile(path, changed, options);
        QFAIL("the injected fault did not stop the save");
    } catch (const SaveError& e) {
        QCOMPARE(e.messages().first(), path + QStringLiteral(": not saved: disk full (injected)"));
    }
    QCOMPARE(fileBytes(path), before);
    QVERIFY2(leftovers(dir.path()).isEmpty(),
             qPrintable(leftovers(dir.path()).join(QLatin1Char(' '))));
    QCOMPARE(loadProjectFile(path).project.interventions[0].coverage,
             original.interventions[0].coverage);
}

void TestProjectFile::staleTemporaryIsRemovedByNextSave() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.careshift"));
    // What a save killed mid-way leaves behind.
    // An hour old: abandoned.
    const QString stale = dir.filePath(QStringLiteral(".plan.careshift.saving-crashed"));
    writeBytes(stale, "half a database");
    {
        QFile f(stale);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-2 * 3600),
                              QFileDevice::FileModificationTime));
    }
    // A fresh one: another process saving the same file right now (issue 11,
    // defect 4) keeps it.
    const QString other = dir.filePath(QStringLiteral(".plan.careshift.saving-otherprocess"));
    writeBytes(other, "another save in progress");
    saveProjectFile(path, loadSample());
    QVERIFY(!QFile::exists(stale));
    QVERIFY(QFile::exists(other));
    QFile::remove(other);
    QVERIFY(leftovers(dir.path()).isEmpty());
}

void TestProjectFile::upgradesVersion1File() {
    // tests/data/v1/anytown-v1.careshift: the sample in schema version 1, which
    // had no activity ratio (made by tests/data/v1/make-v1.sh).
    QTemporaryDir dir;
    const QString committed = QStringLiteral(CARESHIFT_TEST_DATA "/v1/anytown-v1.careshift");
    const QString path = dir.filePath(QStringLiteral("old.careshift"));
    QVERIFY(QFile::copy(committed, path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QByteArray original = fileBytes(path);

    const LoadedProject loaded = loadProjectFile(path);
    QCOMPARE(loaded.fileVersion, 1);
    QVERIFY(loaded.upgraded());
    QCOMPARE(loaded.metadata.appVersion, QStringLiteral("0.0.9"));
    // Version 1 people reached were average users: the migration sets ratio 1.
    for (const Intervention& iv : loaded.project.interventions)
        QCOMPARE(iv.activityRatio, 1.0);
    // Everything else is the sample's as it was then (tests/data/v1/anytown-v1.json,
    // the sample's JSON at the time, format 1: intervention costs uplifted
    // with the tariff, as the version 2 -> 3 migration keeps them).
    QFile json(QStringLiteral(CARESHIFT_TEST_DATA "/v1/anytown-v1.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    Project expected = readProjectJson(json.readAll(), QStringLiteral("anytown-v1.json"));
    QCOMPARE(expected.assumptions.costUplift, expected.assumptions.priceUplift);
    for (Intervention& iv : expected.interventions)
        iv.activityRatio = 1.0;
    QCOMPARE(writeProjectJson(loaded.project), writeProjectJson(expected));
    // Opening did not touch the original.
    QCOMPARE(fileBytes(path), original);

    // First save over it: the original is backed up, byte for byte.
    const QString backup = upgradeBackupPath(path, loaded.fileVersion);
    QCOMPARE(QFileInfo(backup).fileName(), QStringLiteral("old.v1-backup.careshift"));
    saveProjectFile(path, loaded.project, {loaded.metadata, backup, {}});
    QCOMPARE(fileBytes(backup), original);
    const LoadedProject reopened = loadProjectFile(path);
    QCOMPARE(reopened.fileVersion, 5);
    QVERIFY(!reopened.upgraded());
    QCOMPARE(reopened.metadata.created, QStringLiteral("2017-03-01T09:00:00Z"));
}

void TestProjectFile::upgradesVersion3File() {
    // tests/data/v3/anytown-v3.careshift: the sample in schema version 3, from
    // before outcomes (made by tests/data/v3/make-v3.sh). The migration adds
    // the outcome tables, empty: every other figure is the sample's, and the
    // money results are unchanged.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.careshift"));
    QVERIFY(QFile::copy(QStringLiteral(CARESHIFT_TEST_DATA "/v3/anytown-v3.careshift"), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QByteArray original = fileBytes(path);
    const LoadedProject loaded = loadProjectFile(path);
    QCOMPARE(loaded.fileVersion, 3);
    QVERIFY(loaded.upgraded());
    QVERIFY(loaded.project.metrics.empty());
    QVERIFY(loaded.project.peers.empty());
    QVERIFY(loaded.project.weights.empty());
    Project expected = loadSample();
    expected.metrics.clear();
    expected.peers.clear();
    expected.weights.clear();
    expected.cohorts.clear();
    for (Intervention& iv : expected.interventions)
        iv.metricEffects.clear();
    QCOMPARE(writeProjectJson(loaded.project), writeProjectJson(expected));
    QCOMPARE(fileBytes(path), original); // opening did not touch it
    // Saved over, it is version 5 and the version 3 file is backed up.
    const QString backup = upgradeBackupPath(path, loaded.fileVersion);
    QCOMPARE(QFileInfo(backup).fileName(), QStringLiteral("old.v3-backup.careshift"));
    saveProjectFile(path, loaded.project, {loaded.metadata, backup, {}});
    QCOMPARE(fileBytes(backup), original);
    QCOMPARE(loadProjectFile(path).fileVersion, 5);
}

void TestProjectFile::backupNamesDoNotCollide() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.careshift"));
    const QString first = upgradeBackupPath(path, 1);
    QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("x.v1-backup.careshift"));
    writeBytes(first, "taken");
    QCOMPARE(QFileInfo(upgradeBackupPath(path, 1)).fileName(),
             QStringLiteral("x.v1-backup-2.careshift"));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
