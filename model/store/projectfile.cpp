#include "store/projectfile.h"

#include "store/cohortjson.h"

#include "engine/validate.h"
#include "store/atomicfile.h"
#include "store/jsonio.h"
#include "store/tables.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <limits>

#include <sqlite3.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace careshift::store {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
std::string ss(const QString& s) {
    return s.toStdString();
}

QString thousands(qint64 n) {
    return QLocale(QLocale::English).toString(n);
}

/// The metadata key of the content's checksum.
constexpr const char* kChecksumKey = "content_sha256";

/// SHA-256 of the project's canonical JSON, in hex: what a save writes and
/// an open checks.
QByteArray contentChecksum(const Project& p) {
    return QCryptographicHash::hash(writeProjectJson(p), QCryptographicHash::Sha256).toHex();
}

/// A named QSqlDatabase connection that is removed when it goes out of scope.
class Connection {
public:
    Connection(const QString& path, bool readOnly)
        : m_name(QStringLiteral("careshift-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        // Absolute, so that a name like "file:x.careshift" is a file name,
        // never an SQLite URI (issue 11, defect 12).
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (readOnly) {
            // Reading: immutable, so SQLite neither creates a -shm beside the
            // file nor reads a journal or WAL someone left there (issue 11,
            // defect 11; loadProjectFile refuses a file that has one).
            db.setDatabaseName(QStringLiteral("file:") +
                               QString::fromLatin1(QUrl::toPercentEncoding(absolute, "/")) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(absolute);
        }
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~Connection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

/// How long SQLite may work on one file being opened before it is stopped
/// (issue 11, defect 2: a 24 KB file with a chain of generated columns took
/// 120 s of CPU). Set when a file is opened; checked by the progress handler.
thread_local std::chrono::steady_clock::time_point tLoadDeadline =
    std::chrono::steady_clock::time_point::max();
std::chrono::milliseconds gLoadWorkLimit{kLoadWorkLimitMs};
/// Whether the progress handler stopped SQLite during the current load.
thread_local bool tLoadStopped = false;
/// The most memory SQLite may hold for the process: far above any real
/// project (a 50-scenario project is a few MB), far below what hurts.
constexpr sqlite3_int64 kSqliteHeapLimit = sqlite3_int64(512) * 1024 * 1024;

int stopWhenLate(void*) {
    if (std::chrono::steady_clock::now() <= tLoadDeadline)
        return 0;
    tLoadStopped = true;
    return 1;
}

/// The connection's sqlite3 handle, or null if the driver is not SQLite's.
sqlite3* rawHandle(const QSqlDatabase& db) {
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

/// A database error on save, in words a user can act on: a full disk or a
/// failed write gives the system's reason ("No space left on device"), as the
/// JSON writer does; anything else is SQLite's own text.
QString saveErrorText(const QSqlDatabase& db, const QSqlError& e) {
    // Qt's commit error carries no code: the connection's last one is read.
    sqlite3* handle = rawHandle(db);
    bool numbered = false;
    int primary = e.nativeErrorCode().toInt(&numbered) & 0xff;
    if (!numbered && handle)
        primary = sqlite3_errcode(handle) & 0xff;
    if (primary == SQLITE_FULL || primary == SQLITE_IOERR) {
        int system = handle ? sqlite3_system_errno(handle) : 0;
        if (system == 0 && primary == SQLITE_FULL)
            system = ENOSPC;
        if (system != 0)
            return QStringLiteral("writing failed: %1 (SQLite: %2)")
                .arg(QString::fromLocal8Bit(std::strerror(system)), e.text());
    }
    return QStringLiteral("database error: %1").arg(e.text());
}

/// SQLite's own hardening for untrusted files, set on the raw handle.
void harden(QSqlDatabase& db) {
    tLoadDeadline = std::chrono::steady_clock::now() + gLoadWorkLimit;
    sqlite3_hard_heap_limit64(kSqliteHeapLimit);
    if (sqlite3* handle = rawHandle(db)) {
        sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
        sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 4 * kMaxTextLength);
        sqlite3_limit(handle, SQLITE_LIMIT_EXPR_DEPTH, 100);
        sqlite3_limit(handle, SQLITE_LIMIT_COLUMN, 200);
        sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
        sqlite3_limit(handle, SQLITE_LIMIT_TRIGGER_DEPTH, 0);
        // Every 10,000 virtual-machine steps: stop a file that takes too long.
        sqlite3_progress_handler(handle, 10000, &stopWhenLate, nullptr);
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
}

int pragmaInt(QSqlDatabase& db, const char* pragma, const QString& source) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) || !q.next())
        throw LoadError({QStringLiteral("%1: the file is damaged or not a database (%2)")
                             .arg(source, q.lastError().text())});
    return q.value(0).toInt();
}

void exec(QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw SaveError(
            {QStringLiteral("%1 (in: %2)").arg(saveErrorText(db, q.lastError()), sql.left(80))});
}

QString resourceText(const QString& name) {
    QFile f(QStringLiteral(":/careshift/schema/") + name);
    if (!f.open(QIODevice::ReadOnly))
        throw FileError(
            {QStringLiteral("The schema file %1 is missing from this build.").arg(name)});
    return QString::fromUtf8(f.readAll());
}

/// Runs each statement of one of our own schema scripts (never a file's SQL).
template <typename Error> void runScript(QSqlDatabase& db, const QString& script) {
    QString withoutComments;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        const qsizetype dash = line.indexOf(QStringLiteral("--"));
        withoutComments += (dash >= 0 ? line.left(dash) : line) + QLatin1Char('\n');
    }
    for (const QString& statement : withoutComments.split(QLatin1Char(';'))) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(statement))
            throw Error({saveErrorText(db, q.lastError())});
    }
}

// ---------------------------------------------------------------------------
// Reading

/// The metadata table is key/value, not a described object.
const QStringList kMetadataColumns = {QStringLiteral("key"), QStringLiteral("value")};
/// Cohort models are JSON documents, one per row (docs/file-format.md).
const QString kCohortTable = QStringLiteral("cohort_model");
const QStringList kCohortColumns = {QStringLiteral("position"), QStringLiteral("id"),
                                    QStringLiteral("model")};

struct FieldError {
    QString message;
};

/// One row of a known table, with type-checked access that names the table,
/// the row, its key and the column in every error. Values are read by
/// position in the SELECT (its `columns`), so no column name is looked up per
/// value.
class Row {
public:
    Row(const QSqlQuery& q, const QStringList& columns, QString table, int number, QString key)
        : m_q(q)
        , m_columns(columns)
        , m_table(std::move(table))
        , m_number(number)
        , m_key(std::move(key)) {}

    int indexOf(const QString& column) const { return static_cast<int>(m_columns.indexOf(column)); }

    [[noreturn]] void fail(int i, const QString& what) const {
        QString s = QStringLiteral("table '%1', row %2").arg(m_table).arg(m_number);
        if (!m_key.isEmpty())
            s += QStringLiteral(" (%1)").arg(m_key);
        throw FieldError{s + QStringLiteral(", field '%1': %2").arg(m_columns.at(i), what)};
    }
    QVariant raw(int i) const {
        QVariant v = m_q.value(i);
        if (v.isNull())
            fail(i, QStringLiteral("is empty"));
        return v;
    }
    double number(int i) const {
        const QVariant v = raw(i);
        const int type = v.typeId();
        if (type != QMetaType::Double && type != QMetaType::LongLong && type != QMetaType::Int)
            fail(i, QStringLiteral("expected a number, found %1").arg(describeValue(v)));
        return v.toDouble();
    }
    int integer(int i) const {
        const QVariant v = raw(i);
        if (v.typeId() != QMetaType::LongLong && v.typeId() != QMetaType::Int)
            fail(i, QStringLiteral("expected a whole number, found %1").arg(describeValue(v)));
        const qlonglong n = v.toLongLong();
        if (n < -1000000000LL || n > 1000000000LL)
            fail(i, QStringLiteral("number out of range"));
        return static_cast<int>(n);
    }
    std::string text(int i) const {
        const QVariant v = raw(i);
        if (v.typeId() != QMetaType::QString)
            fail(i, QStringLiteral("expected text, found %1").arg(describeValue(v)));
        const QString s = v.toString();
        if (s.size() > kMaxTextLength)
            fail(
                i,
                QStringLiteral("text is longer than %1 characters").arg(thousands(kMaxTextLength)));
        return ss(s);
    }
    std::vector<double> numbers(int i) const {
        const std::string t = text(i);
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(t));
        if (!doc.isArray())
            fail(i, QStringLiteral("expected a list of numbers like [0.01, 0.02], found '%1'")
                        .arg(qs(t).left(40)));
        std::vector<double> out;
        const QJsonArray values = doc.array();
        for (const QJsonValue x : values) {
            if (!x.isDouble())
                fail(i,
                     QStringLiteral("expected a list of numbers, found '%1'").arg(qs(t).left(40)));
            out.push_back(x.toDouble());
        }
        return out;
    }
    bool boolean(int i) const {
        const int v = integer(i);
        if (v != 0 && v != 1)
            fail(i, QStringLiteral("expected 0 or 1, found %1").arg(v));
        return v == 1;
    }
    template <DescribedEnum E> E enumeration(int i) const {
        const std::string k = text(i);
        const auto e = enumFromKey<E>(k);
        if (!e)
            fail(
                i,
                QStringLiteral("'%1' is not one of: %2").arg(qs(k).left(40), qs(enumKeyList<E>())));
        return *e;
    }

    /// One described member from column i, by the member's type.
    void read(int i, std::string& m) const { m = text(i); }
    void read(int i, double& m) const { m = number(i); }
    void read(int i, int& m) const { m = integer(i); }
    void read(int i, bool& m) const { m = boolean(i); }
    void read(int i, std::vector<double>& m) const { m = numbers(i); }
    template <DescribedEnum E> void read(int i, E& m) const { m = enumeration<E>(i); }

private:
    static QString describeValue(const QVariant& v) {
        switch (v.typeId()) {
        case QMetaType::QString:
            return QStringLiteral("text '%1'").arg(v.toString().left(40));
        case QMetaType::QByteArray:
            return QStringLiteral("binary data");
        case QMetaType::Double:
            return QStringLiteral("the number %1").arg(v.toDouble());
        default:
            return v.toString();
        }
    }

    const QSqlQuery& m_q;
    const QStringList& m_columns;
    QString m_table;
    int m_number;
    QString m_key;
};

/// Checks that a table exists as a real table with the given columns and a
/// sane row count; appends a message per problem found.
void checkTable(QSqlDatabase& db, const std::map<QString, QString>& kinds, const QString& name,
                const QStringList& expected, const QString& source, QStringList& problems) {
    const auto it = kinds.find(name);
    if (it == kinds.end()) {
        problems << QStringLiteral("%1: table '%2' is missing").arg(source, name);
        return;
    }
    if (it->second != QLatin1String("table")) {
        problems << QStringLiteral("%1: '%2' is a %3, not a table").arg(source, name, it->second);
        return;
    }
    std::set<QString> columns;
    QSqlQuery info(db);
    info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(name));
    while (info.next())
        columns.insert(info.value(1).toString());
    bool complete = true;
    for (const QString& column : expected) {
        if (!columns.count(column)) {
            problems << QStringLiteral("%1: table '%2' is missing column '%3'")
                            .arg(source, name, column);
            complete = false;
        }
    }
    if (!complete)
        return;
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(name)) || !count.next()) {
        problems << QStringLiteral("%1: table '%2' cannot be read (%3)")
                        .arg(source, name, count.lastError().text());
        return;
    }
    const qlonglong rows = count.value(0).toLongLong();
    if (rows > kMaxRowsPerTable)
        problems << QStringLiteral("%1: table '%2' has %3 rows; at most %4 are allowed")
                        .arg(source, name, thousands(rows), thousands(kMaxRowsPerTable));
}

/// Checks that every known table is a real table with its columns and a sane
/// row count. Collects every such problem before giving up.
void checkStructure(QSqlDatabase& db, const QString& source) {
    std::map<QString, QString> kinds;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, type FROM sqlite_schema")))
        throw LoadError(
            {QStringLiteral("%1: the file is damaged (%2)").arg(source, q.lastError().text())});
    while (q.next())
        kinds[q.value(0).toString()] = q.value(1).toString();

    QStringList problems;
    checkTable(db, kinds, QStringLiteral("metadata"), kMetadataColumns, source, problems);
    checkTable(db, kinds, kCohortTable, kCohortColumns, source, problems);
    for (const TableLayout& t : tableLayouts())
        checkTable(db, kinds, t.table, t.columns(), source, problems);
    if (!problems.isEmpty())
        throw LoadError(problems);
}

/// Runs `f(row)` for each row of a known table, in order. `keyColumn` (may
/// be empty) is shown in errors to say which row.
template <typename F>
void eachRow(QSqlDatabase& db, const QString& table, const QStringList& columns,
             const QString& orderBy, const QString& keyColumn, F f) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                    .arg(columns.join(QStringLiteral(", ")), table, orderBy)))
        throw FieldError{
            QStringLiteral("table '%1' cannot be read (%2)").arg(table, q.lastError().text())};
    const int keyIndex = keyColumn.isEmpty() ? -1 : static_cast<int>(columns.indexOf(keyColumn));
    int number = 0;
    while (q.next()) {
        ++number;
        QString key;
        if (keyIndex >= 0)
            key = QStringLiteral("%1 '%2'").arg(keyColumn, q.value(keyIndex).toString().left(40));
        f(Row(q, columns, table, number, key));
    }
    if (q.lastError().isValid())
        throw FieldError{
            QStringLiteral("table '%1' cannot be read (%2)").arg(table, q.lastError().text())};
}

/// Reads every row of a kind's table into a new object, field by field as
/// described, and hands it to `add(row, object)`.
template <typename T, typename Add> void readObjects(QSqlDatabase& db, Kind kind, Add add) {
    const TableLayout& t = tableLayout(kind);
    const QStringList columns = t.columns();
    const int first = static_cast<int>(t.placeColumns.size());
    eachRow(db, t.table, columns, t.orderBy, t.keyColumn, [&](const Row& r) {
        T object;
        int i = first;
        describe(object, [&](const Field&, auto& member) { r.read(i++, member); });
        add(r, std::move(object));
    });
}

/// A list read in its order.
template <typename T> void readList(QSqlDatabase& db, Kind kind, std::vector<T>& out) {
    readObjects<T>(db, kind, [&](const Row&, T&& x) { out.push_back(std::move(x)); });
}

/// The commissioner and the assumptions: exactly one row.
template <typename T> void readSingle(QSqlDatabase& db, Kind kind, T& out) {
    int rows = 0;
    readObjects<T>(db, kind, [&](const Row&, T&& x) {
        ++rows;
        out = std::move(x);
    });
    if (rows != 1)
        throw FieldError{
            QStringLiteral("table '%1' must have exactly one row").arg(tableLayout(kind).table)};
}

/// Children (effects, substitutions, scenario items) go to the parent their
/// first place column names; a parent that does not exist is an error that
/// says `parentWords` ("an intervention").
/// A parent's id as its children's rows name it: a PoD by its code.
template <typename T> const std::string& parentId(const T& parent) {
    return parent.id;
}
template <> const std::string& parentId<Pod>(const Pod& parent) {
    return parent.code;
}

template <typename T, typename Parent, typename Member>
void readChildren(QSqlDatabase& db, Kind kind, std::vector<Parent>& parents, Member member,
                  const char* parentWords) {
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < parents.size(); ++i)
        index.emplace(parentId(parents[i]), i);
    const QString parentColumn = tableLayout(kind).placeColumns.front();
    readObjects<T>(db, kind, [&](const Row& r, T&& x) {
        const int column = r.indexOf(parentColumn);
        const std::string id = r.text(column);
        const auto it = index.find(id);
        if (it == index.end())
            r.fail(column, QStringLiteral("names %1 that does not exist: '%2'")
                               .arg(QLatin1String(parentWords), qs(id)));
        (parents[it->second].*member).push_back(std::move(x));
    });
}

/// Text that is not UTF-8 would be read with U+FFFD in its place, without a
/// word (issue 11, defect 12): every text value of the known tables is read
/// as bytes and checked first.
void checkTextIsUtf8(QSqlDatabase& db, const QString& source) {
    auto check = [&](const QString& table, const QStringList& columns) {
        QStringList parts;
        for (const QString& c : columns)
            parts << QStringLiteral("typeof(%1), CAST(%1 AS BLOB)").arg(c);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM \"%2\"")
                        .arg(parts.join(QStringLiteral(", ")), table)))
            return; // reading the table reports it
        int row = 0;
        while (q.next()) {
            ++row;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                if (q.value(static_cast<int>(2 * c)).toString() != QLatin1String("text"))
                    continue;
                if (invalidUtf8At(q.value(static_cast<int>(2 * c + 1)).toByteArray()) >= 0)
                    throw LoadError({QStringLiteral("%1: table '%2', row %3, field '%4': text that "
                                                    "is not UTF-8")
                                         .arg(source, table)
                                         .arg(row)
                                         .arg(columns[c])});
            }
        }
    };
    check(QStringLiteral("metadata"), kMetadataColumns);
    check(kCohortTable, kCohortColumns);
    for (const TableLayout& t : tableLayouts())
        check(t.table, t.columns());
}

/// A cohort model stored as JSON in a cell: the same checks as a file.
cohort::Model readCohortCell(const QByteArray& json, const QString& source, const QString& where) {
    const QString name = source + QStringLiteral(": ") + where;
    return cohortFromJson(parseJsonObject(json, name), name, QString());
}

LoadedProject readTables(QSqlDatabase& db, const QString& source, int fileVersion) {
    checkStructure(db, source);
    checkTextIsUtf8(db, source);
    LoadedProject loaded;
    loaded.fileVersion = fileVersion;
    Project& p = loaded.project;
    QByteArray checksum; // of the content, as saved (none in files before it was kept)
    try {
        eachRow(db, QStringLiteral("metadata"), kMetadataColumns, QStringLiteral("key"),
                QStringLiteral("key"), [&](const Row& r) {
                    const std::string key = r.text(0);
                    const QString value = qs(r.text(1));
                    if (key == "created")
                        loaded.metadata.created = value;
                    else if (key == "modified")
                        loaded.metadata.modified = value;
                    else if (key == "author")
                        loaded.metadata.author = value;
                    else if (key == "app_version")
                        loaded.metadata.appVersion = value;
                    else if (key == kChecksumKey)
                        checksum = value.toLatin1();
                });
        readSingle(db, Kind::Commissioner, p.commissioner);
        readSingle(db, Kind::Assumptions, p.assumptions);
        readList(db, Kind::Population, p.population);
        readList(db, Kind::Provider, p.providers);
        readList(db, Kind::Contract, p.contracts);
        readList(db, Kind::Hrg, p.tariff);
        readList(db, Kind::Pod, p.pods);
        readChildren<HrgShare>(db, Kind::HrgShare, p.pods, &Pod::hrgMix, "a point of delivery");
        readList(db, Kind::Activity, p.activity);
        readList(db, Kind::Intervention, p.interventions);
        readChildren<MetricEffect>(db, Kind::MetricEffect, p.interventions,
                                   &Intervention::metricEffects, "an intervention");
        readChildren<ActivityEffect>(db, Kind::Effect, p.interventions, &Intervention::effects,
                                     "an intervention");
        readChildren<Substitution>(db, Kind::Substitution, p.interventions,
                                   &Intervention::substitutions, "an intervention");
        readList(db, Kind::Scenario, p.scenarios);
        readChildren<ScenarioItem>(db, Kind::ScenarioItem, p.scenarios, &Scenario::items,
                                   "a scenario");
        readChildren<ContractRule>(db, Kind::ContractRule, p.scenarios, &Scenario::contractRules,
                                   "a scenario");
        readList(db, Kind::Peer, p.peers);
        readList(db, Kind::Metric, p.metrics);
        readChildren<PeerValue>(db, Kind::PeerValue, p.metrics, &Metric::peerValues,
                                "an outcome metric");
        readList(db, Kind::Weights, p.weights);
        int cohortRow = 0;
        eachRow(db, kCohortTable, kCohortColumns, QStringLiteral("position"), QStringLiteral("id"),
                [&](const Row& r) {
                    ++cohortRow;
                    const QString where = QStringLiteral("table '%1', row %2 (id '%3'), model")
                                              .arg(kCohortTable)
                                              .arg(cohortRow)
                                              .arg(qs(r.text(1)));
                    p.cohorts.push_back(
                        readCohortCell(QByteArray::fromStdString(r.text(2)), source, where));
                });
    } catch (const FieldError& e) {
        throw LoadError({source + QStringLiteral(": ") + e.message});
    }
    const auto problems = validate(p);
    if (!problems.empty())
        throw LoadError(problemMessages(problems, source));
    // A bit flipped inside a row reads as a valid, different figure: the
    // checksum of the content written at save time catches it (issue 11,
    // defect 12).
    if (!checksum.isEmpty() && checksum != contentChecksum(p))
        throw LoadError({QStringLiteral("%1: the file's content does not match the checksum "
                                        "CareShift saved with it: it was damaged, or changed "
                                        "outside CareShift; nothing was opened")
                             .arg(source)});
    return loaded;
}

/// CareShift's files hold plain tables and their automatic indexes only. A
/// view, trigger, virtual table (FTS), explicit index or generated column
/// is something a file made elsewhere put there; some make SQLite compute
/// without end when the file is checked (issue 11, defect 2). Reading
/// sqlite_schema and table_xinfo evaluates nothing.
void checkSchemaIsPlain(QSqlDatabase& db, const QString& source) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema")))
        throw LoadError(
            {QStringLiteral("%1: the file is damaged (%2)").arg(source, q.lastError().text())});
    QStringList tables;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString name = q.value(1).toString().left(60);
        const QString sql = q.value(2).toString();
        QString what;
        if (type == QLatin1String("view") || type == QLatin1String("trigger"))
            what = QStringLiteral("a %1").arg(type);
        else if (type == QLatin1String("index") && !q.value(2).isNull())
            what = QStringLiteral("an index of its own");
        else if (type == QLatin1String("table") &&
                 sql.contains(QLatin1String("VIRTUAL"), Qt::CaseInsensitive) &&
                 sql.trimmed().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
            what = QStringLiteral("a virtual table");
        if (!what.isEmpty())
            throw LoadError({QStringLiteral("%1: is not a CareShift project file as saved: it has "
                                            "%2 ('%3'), which CareShift never writes")
                                 .arg(source, what, name)});
        if (type == QLatin1String("table"))
            tables << q.value(1).toString();
    }
    for (const QString& table : tables) {
        QSqlQuery info(db);
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!info.exec(QStringLiteral("PRAGMA table_xinfo(\"%1\")").arg(quoted)))
            throw LoadError({QStringLiteral("%1: the file is damaged (%2)")
                                 .arg(source, info.lastError().text())});
        while (info.next()) {
            // hidden: 0 normal, 1 hidden (virtual tables), 2 and 3 generated.
            if (info.value(6).toInt() != 0)
                throw LoadError(
                    {QStringLiteral("%1: is not a CareShift project file as saved: table '%2' has "
                                    "a generated or hidden column ('%3'), which CareShift never "
                                    "writes")
                         .arg(source, table.left(60), info.value(1).toString().left(60))});
        }
    }
}

/// Identity, version and integrity; returns the file's schema version.
int checkIdentity(QSqlDatabase& db, const QString& source) {
    const int applicationId = pragmaInt(db, "application_id", source);
    if (applicationId != kApplicationId)
        throw LoadError({QStringLiteral("%1: is an SQLite database but not a CareShift project "
                                        "file")
                             .arg(source)});
    const int version = pragmaInt(db, "user_version", source);
    if (version > kSchemaVersion)
        throw LoadError({QStringLiteral("%1: was saved by a newer CareShift (file version %2; this "
                                        "CareShift reads versions up to %3). Open it with a newer "
                                        "CareShift.")
                             .arg(source)
                             .arg(version)
                             .arg(kSchemaVersion)});
    if (version < 1)
        throw LoadError(
            {QStringLiteral("%1: has no valid file version (%2)").arg(source).arg(version)});
    // Before anything evaluates the file's own schema (the integrity check
    // computes generated columns and expression indexes): plain tables only.
    checkSchemaIsPlain(db, source);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(20)")))
        throw LoadError(
            {QStringLiteral("%1: the file is damaged (%2)").arg(source, q.lastError().text())});
    QStringList faults;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            faults << line;
    }
    if (!faults.isEmpty())
        throw LoadError({QStringLiteral("%1: the file is damaged: SQLite's integrity check found: "
                                        "%2")
                             .arg(source, faults.join(QStringLiteral("; ")).left(400))});
    return version;
}

void migrate(QSqlDatabase& db, int fromVersion, const QString& source) {
    for (int v = fromVersion; v < kSchemaVersion; ++v) {
        const QString script =
            resourceText(QStringLiteral("migrate-v%1-to-v%2.sql").arg(v).arg(v + 1));
        try {
            db.transaction();
            runScript<LoadError>(db, script);
            exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
            db.commit();
        } catch (const FileError& e) {
            db.rollback();
            throw LoadError({QStringLiteral("%1: cannot upgrade from version %2 to %3: %4")
                                 .arg(source)
                                 .arg(v)
                                 .arg(v + 1)
                                 .arg(e.messages().join(QStringLiteral("; ")))});
        }
    }
}

/// Checks the raw file before SQLite sees it: size, SQLite magic, truncation.
void checkRawFile(const QString& path, const QString& source) {
    const QFileInfo info(path);
    if (!info.exists())
        throw LoadError({QStringLiteral("%1: the file does not exist").arg(path)});
    if (info.isDir())
        throw LoadError({QStringLiteral("%1: is a folder, not a file").arg(path)});
    // A FIFO, device or socket (or a link to one) is refused before it is read.
    requireRegularFile(path, std::numeric_limits<qint64>::max());
    if (info.size() > kMaxFileSize)
        throw LoadError({QStringLiteral("%1: the file is %2 bytes; CareShift opens files of up to "
                                        "%3 bytes")
                             .arg(source, thousands(info.size()), thousands(kMaxFileSize))});
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw LoadError({QStringLiteral("%1: cannot be read: %2").arg(source, f.errorString())});
    const QByteArray header = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        throw LoadError({QStringLiteral("%1: is not a CareShift project file (it is not an SQLite "
                                        "database)")
                             .arg(source)});
    if (header.size() < 100)
        throw LoadError({QStringLiteral("%1: the file is truncated (%2 bytes)")
                             .arg(source)
                             .arg(header.size())});
    auto u8 = [&](int i) { return static_cast<quint32>(static_cast<unsigned char>(header[i])); };
    auto be32 = [&](int i) {
        return (u8(i) << 24) | (u8(i + 1) << 16) | (u8(i + 2) << 8) | u8(i + 3);
    };
    quint32 pageSize = (u8(16) << 8) | u8(17);
    if (pageSize == 1)
        pageSize = 65536;
    // A page size is a power of two from 512 to 65,536: anything else is a
    // damaged header, not a file of some other size.
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        throw LoadError({QStringLiteral("%1: the file's header is damaged (a page size of %2 "
                                        "bytes is impossible)")
                             .arg(source)
                             .arg(pageSize)});
    const quint32 changeCounter = be32(24);
    const quint32 pages = be32(28);
    const quint32 validFor = be32(92);
    // The in-header page count is trusted only when valid-for matches the change counter.
    if (pages > 0 && validFor == changeCounter) {
        const qint64 expected = qint64(pages) * pageSize;
        // More than CareShift ever writes or opens: a flipped bit in the
        // header, not a file cut short (it said "truncated: ... of
        // 8,796,093,140,992 bytes"; issue 11, defect 12).
        if (expected > kMaxFileSize)
            throw LoadError({QStringLiteral("%1: the file's header is damaged (it claims %2 "
                                            "bytes; the file has %3)")
                                 .arg(source, thousands(expected), thousands(info.size()))});
        if (info.size() < expected)
            throw LoadError({QStringLiteral("%1: the file is truncated: it has %2 of the %3 bytes "
                                            "it should have")
                                 .arg(source, thousands(info.size()), thousands(expected))});
    }
}

// ---------------------------------------------------------------------------
// Writing

QString jsonNumbers(const std::vector<double>& v) {
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

/// A described member as an SQL value: enumerations by key, series as JSON
/// text, flags as 0 or 1.
QVariant sqlValue(const std::string& v) {
    return qs(v);
}
QVariant sqlValue(double v) {
    return v;
}
QVariant sqlValue(int v) {
    return v;
}
QVariant sqlValue(bool v) {
    return v ? 1 : 0;
}
QVariant sqlValue(const std::vector<double>& v) {
    return jsonNumbers(v);
}
template <DescribedEnum E> QVariant sqlValue(E v) {
    return qs(std::string(EnumInfo<E>::key(v)));
}

/// A prepared INSERT into one table, executed once per row.
class Insert {
public:
    Insert(QSqlDatabase& db, const QString& table, const QStringList& columns)
        : m_db(db)
        , m_q(db) {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        if (!m_q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(table, columns.join(QStringLiteral(", ")),
                                  marks.join(QStringLiteral(", ")))))
            throw SaveError({saveErrorText(m_db, m_q.lastError())});
    }
    /// The INSERT of a kind's table: its place columns, then one per field.
    explicit Insert(QSqlDatabase& db, Kind kind)
        : Insert(db, tableLayout(kind).table, tableLayout(kind).columns()) {}

    void run(std::initializer_list<QVariant> values) {
        int i = 0;
        for (const QVariant& v : values)
            m_q.bindValue(i++, v);
        exec();
    }
    /// One object: the values of its place columns, then each described field.
    template <typename T> void run(std::initializer_list<QVariant> place, const T& object) {
        int i = 0;
        for (const QVariant& v : place)
            m_q.bindValue(i++, v);
        describe(object,
                 [&](const Field&, const auto& member) { m_q.bindValue(i++, sqlValue(member)); });
        exec();
    }

private:
    void exec() {
        if (!m_q.exec())
            throw SaveError({saveErrorText(m_db, m_q.lastError())});
    }

    QSqlDatabase m_db;
    QSqlQuery m_q;
};

/// A list in its order, each row placed by its position.
template <typename T> void writeList(QSqlDatabase& db, Kind kind, const std::vector<T>& items) {
    Insert insert(db, kind);
    int position = 0;
    for (const T& x : items)
        insert.run({position++}, x);
}

QString nowIso() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

/// Syncs a file (or folder) to disk; every step checked (issue 11, defect 8):
/// a failed fsync or close of the new file means it may not be on disk, so
/// the save fails before the old file is replaced. A folder that cannot be
/// synced at all (EINVAL on some file systems) is not an error.
void fsyncPath(const QString& path, bool directory, const AtomicWriteFaults* faults = nullptr) {
    const int fd = ::open(QFile::encodeName(path).constData(),
                          directory ? (O_RDONLY | O_DIRECTORY | O_CLOEXEC) : (O_RDWR | O_CLOEXEC));
    if (fd < 0) {
        if (directory)
            return;
        throw SaveError({QStringLiteral("cannot open the new file to sync it: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)))});
    }
    // A test may make the fsync or the close fail as the system would.
    const int injectedSync = faults && faults->fails ? faults->fails(WriteStep::Sync) : 0;
    const int injectedClose = faults && faults->fails ? faults->fails(WriteStep::Close) : 0;
    int synced = ::fsync(fd);
    int syncError = errno;
    if (injectedSync) {
        synced = -1;
        syncError = injectedSync;
    }
    int closed = ::close(fd);
    int closeError = errno;
    if (injectedClose) {
        closed = -1;
        closeError = injectedClose;
    }
    if (synced != 0 && !(directory && syncError == EINVAL))
        throw SaveError(
            {QStringLiteral("syncing %1 to disk failed: %2")
                 .arg(directory ? QStringLiteral("the folder") : QStringLiteral("the new file"),
                      QString::fromLocal8Bit(std::strerror(syncError)))});
    if (closed != 0 && !directory)
        throw SaveError({QStringLiteral("closing the new file failed: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(closeError)))});
}

/// Creates the temporary file empty, with the target's permissions from the
/// start (issue 11, defect 9: a private project was world-readable while it
/// was written), and never over another process's temporary file (O_EXCL).
void createPrivately(const QString& temp, const QString& target) {
    const auto mode = static_cast<mode_t>(permissionsFor(target));
    const int fd =
        ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        throw SaveError({QStringLiteral("cannot create %1: %2")
                             .arg(temp, QString::fromLocal8Bit(std::strerror(errno)))});
    ::fchmod(fd, mode);
    if (::close(fd) != 0)
        throw SaveError({QStringLiteral("cannot create %1: %2")
                             .arg(temp, QString::fromLocal8Bit(std::strerror(errno)))});
}

/// A temporary file untouched for this long belongs to a save that died.
constexpr qint64 kAbandonedSeconds = 3600;

QString tempPrefix(const QFileInfo& target) {
    return QStringLiteral(".") + target.fileName() + QStringLiteral(".saving-");
}

/// Removes temporary files of this target left by a save that died (a
/// crash, a power cut): only those untouched for an hour, so that another
/// process saving the same file at the same time keeps its own (issue 11,
/// defect 4: one save in seven failed when each deleted the other's).
void removeStaleTemporaries(const QFileInfo& target, const QString& keep) {
    QDir dir = target.absoluteDir();
    const QStringList stale =
        dir.entryList({tempPrefix(target) + QStringLiteral("*")}, QDir::Files | QDir::Hidden);
    const QDateTime abandoned = QDateTime::currentDateTimeUtc().addSecs(-kAbandonedSeconds);
    for (const QString& name : stale) {
        const QString path = dir.filePath(name);
        if (path != keep && QFileInfo(path).lastModified().toUTC() < abandoned)
            QFile::remove(path);
    }
}

} // namespace

LoadedProject readProject(QSqlDatabase& db, const QString& sourceName) {
    harden(db);
    const int version = checkIdentity(db, sourceName);
    if (version < kSchemaVersion)
        migrate(db, version, sourceName);
    return readTables(db, sourceName, version);
}

void setLoadWorkLimitForTesting(std::chrono::milliseconds limit) {
    gLoadWorkLimit = limit;
}

namespace {
LoadedProject loadProjectFileUnguarded(const QString& path);
} // namespace

LoadedProject loadProjectFile(const QString& path) {
    // Whatever query SQLite was in when the work limit stopped it, the user
    // is told why, not that a query was "interrupted".
    tLoadStopped = false;
    try {
        return loadProjectFileUnguarded(path);
    } catch (const LoadError&) {
        if (!tLoadStopped)
            throw;
        throw LoadError(
            {QStringLiteral("%1: checking the file took SQLite more than %2 s of work: "
                            "it is refused as damaged or hostile, and nothing was opened")
                 .arg(QFileInfo(path).fileName())
                 .arg(static_cast<double>(gLoadWorkLimit.count()) / 1000.0)});
    }
}

namespace {
LoadedProject loadProjectFileUnguarded(const QString& path) {
    const QString source = QFileInfo(path).fileName();
    checkRawFile(path, source);
    // A journal or WAL beside the file is not CareShift's (it writes neither
    // for a saved file): another program was writing it, or crashed doing so.
    // Its content is not read; the user is told (issue 11, defect 11).
    for (const char* suffix : {"-journal", "-wal"}) {
        const QString stray = path + QLatin1String(suffix);
        if (QFileInfo::exists(stray))
            throw LoadError({QStringLiteral("%1: another program left %2 beside it (it was "
                                            "writing the file, or crashed doing so); CareShift "
                                            "does not read it. Close that program, or move %2 "
                                            "away, and open the project again")
                                 .arg(source, QFileInfo(stray).fileName())});
    }
    int version = 0;
    {
        Connection c(path, true);
        if (!c.isOpen())
            throw LoadError({QStringLiteral("%1: cannot be opened: %2").arg(source, c.error())});
        QSqlDatabase db = c.db();
        harden(db);
        version = checkIdentity(db, source);
        if (version == kSchemaVersion)
            return readTables(db, source, version);
    }
    // An older version: upgrade a copy, never the original.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("upgrade.careshift"));
    if (!dir.isValid() || !QFile::copy(path, copy))
        throw LoadError(
            {QStringLiteral("%1: cannot make a working copy to upgrade it").arg(source)});
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Connection c(copy, false);
    if (!c.isOpen())
        throw LoadError({QStringLiteral("%1: cannot be opened: %2").arg(source, c.error())});
    QSqlDatabase db = c.db();
    LoadedProject loaded = readProject(db, source);
    loaded.fileVersion = version;
    return loaded;
}
} // namespace

void writeProject(QSqlDatabase& db, const Project& p, const FileMetadata& meta,
                  const std::function<void()>& midWrite) {
    if (!db.transaction())
        throw SaveError({saveErrorText(db, db.lastError())});
    try {
        runScript<SaveError>(db,
                             resourceText(QStringLiteral("schema-v%1.sql").arg(kSchemaVersion)));
        exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
        if (midWrite)
            midWrite();

        Insert metadata(db, QStringLiteral("metadata"), kMetadataColumns);
        metadata.run({QStringLiteral("created"), meta.created});
        metadata.run({QStringLiteral("modified"), meta.modified});
        metadata.run({QStringLiteral("author"), meta.author});
        metadata.run({QStringLiteral("app_version"), meta.appVersion});
        metadata.run({QString::fromLatin1(kChecksumKey), QString::fromLatin1(contentChecksum(p))});

        Insert(db, Kind::Commissioner).run({1}, p.commissioner);
        Insert(db, Kind::Assumptions).run({1}, p.assumptions);
        writeList(db, Kind::Population, p.population);
        writeList(db, Kind::Provider, p.providers);
        writeList(db, Kind::Contract, p.contracts);
        writeList(db, Kind::Hrg, p.tariff);
        writeList(db, Kind::Pod, p.pods);
        Insert shares(db, Kind::HrgShare);
        for (const auto& pod : p.pods) {
            int position = 0;
            for (const auto& share : pod.hrgMix)
                shares.run({qs(pod.code), position++}, share);
        }
        writeList(db, Kind::Activity, p.activity);
        writeList(db, Kind::Intervention, p.interventions);
        Insert effects(db, Kind::Effect);
        Insert substitutions(db, Kind::Substitution);
        for (const auto& x : p.interventions) {
            int position = 0;
            for (const auto& e : x.effects)
                effects.run({qs(x.id), position++}, e);
            position = 0;
            for (const auto& s : x.substitutions)
                substitutions.run({qs(x.id), position++}, s);
        }
        Insert metricEffects(db, Kind::MetricEffect);
        for (const auto& x : p.interventions) {
            int position = 0;
            for (const auto& e : x.metricEffects)
                metricEffects.run({qs(x.id), position++}, e);
        }
        writeList(db, Kind::Scenario, p.scenarios);
        Insert items(db, Kind::ScenarioItem);
        for (const auto& s : p.scenarios) {
            int position = 0;
            for (const auto& item : s.items)
                items.run({qs(s.id), position++}, item);
        }
        Insert rules(db, Kind::ContractRule);
        for (const auto& s : p.scenarios) {
            int position = 0;
            for (const auto& rule : s.contractRules)
                rules.run({qs(s.id), position++}, rule);
        }
        writeList(db, Kind::Peer, p.peers);
        writeList(db, Kind::Metric, p.metrics);
        Insert peerValues(db, Kind::PeerValue);
        for (const auto& m : p.metrics) {
            int position = 0;
            for (const auto& v : m.peerValues)
                peerValues.run({qs(m.id), position++}, v);
        }
        writeList(db, Kind::Weights, p.weights);
        Insert cohorts(db, kCohortTable, kCohortColumns);
        int cohortPosition = 0;
        for (const auto& m : p.cohorts)
            cohorts.run(
                {cohortPosition++, qs(m.id),
                 QString::fromUtf8(QJsonDocument(cohortToJson(m)).toJson(QJsonDocument::Compact))});
        if (!db.commit())
            throw SaveError({saveErrorText(db, db.lastError())});
    } catch (...) {
        db.rollback();
        throw;
    }
}

void saveProjectFile(const QString& requested, const Project& project, const SaveOptions& options) {
    // Through a symbolic link, the file it points to is replaced and the
    // link stays (issue 11, defect 10).
    const QString path = resolvedWritePath(requested);
    const QFileInfo target(path);
    const QString& shown = requested;
    const auto problems = validate(project);
    if (!problems.empty())
        throw SaveError(problemMessages(problems, target.fileName()));
    if (target.fileName().isEmpty())
        throw SaveError({QStringLiteral("%1: no file name given").arg(shown)});
    if (!target.absoluteDir().exists())
        throw SaveError(
            {QStringLiteral("%1: the folder %2 does not exist").arg(shown, target.absolutePath())});
    if (target.isDir())
        throw SaveError({QStringLiteral("%1: is a folder, not a file").arg(shown)});
    requireReplaceable(path, shown);
    // Respect the read-only mark even for root, who could write anyway.
    const auto writeBits =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (target.exists() && (!target.isWritable() || !(target.permissions() & writeBits)))
        throw SaveError({QStringLiteral("%1: the file is read-only").arg(shown)});
    if (!QFileInfo(target.absolutePath()).isWritable())
        throw SaveError({QStringLiteral("%1: cannot write in the folder %2 (permission denied)")
                             .arg(shown, target.absolutePath())});

    FileMetadata meta = options.metadata;
    if (meta.created.isEmpty())
        meta.created = nowIso();
    meta.modified = nowIso();
    if (meta.author.isEmpty())
        meta.author = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    if (meta.appVersion.isEmpty())
        meta.appVersion = QStringLiteral(CARESHIFT_VERSION);

    auto step = [&](SaveStep s) {
        if (options.faultHook)
            options.faultHook(s);
    };
    const QString temp = target.absoluteDir().filePath(
        tempPrefix(target) + QString::number(QRandomGenerator::global()->generate64(), 36));
    try {
        step(SaveStep::BeforeWrite);
        createPrivately(temp, path);
        {
            Connection c(temp, false);
            if (!c.isOpen())
                throw SaveError({QStringLiteral("cannot create %1: %2").arg(temp, c.error())});
            QSqlDatabase db = c.db();
            // The new file is invisible until renamed, so no journal is needed;
            // durability comes from the fsync below.
            exec(db, QStringLiteral("PRAGMA journal_mode = OFF"));
            exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
            writeProject(db, project, meta, [&] { step(SaveStep::MidWrite); });
        }
        fsyncPath(temp, false, &options.writeFaults);
        step(SaveStep::BeforeRename);
        if (!options.backupPath.isEmpty() && target.exists()) {
            QFile::remove(options.backupPath + QStringLiteral(".partial"));
            if (!QFile::copy(path, options.backupPath + QStringLiteral(".partial")) ||
                !QFile::rename(options.backupPath + QStringLiteral(".partial"), options.backupPath))
                throw SaveError({QStringLiteral("cannot back up %1 to %2 before replacing it")
                                     .arg(shown, options.backupPath)});
        }
        // A journal or WAL left beside the old file would be applied to the
        // new one when it is next opened: it belongs to the file being replaced.
        for (const char* suffix : {"-journal", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) !=
            0)
            throw SaveError({QStringLiteral("cannot replace %1 with the new file").arg(shown)});
        fsyncPath(target.absolutePath(), true);
    } catch (const SaveError& e) {
        QFile::remove(temp);
        QStringList messages;
        for (const QString& m : e.messages())
            messages << QStringLiteral("%1: not saved: %2").arg(shown, m);
        throw SaveError(messages);
    } catch (const std::exception& e) {
        QFile::remove(temp);
        throw SaveError(
            {QStringLiteral("%1: not saved: %2").arg(shown, QString::fromUtf8(e.what()))});
    }
    removeStaleTemporaries(target, path);
}

QString upgradeBackupPath(const QString& path, int fromVersion) {
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    const QString suffix =
        info.suffix().isEmpty() ? QString() : QStringLiteral(".") + info.suffix();
    QString candidate = info.dir().filePath(
        QStringLiteral("%1.v%2-backup%3").arg(base).arg(fromVersion).arg(suffix));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = info.dir().filePath(
            QStringLiteral("%1.v%2-backup-%3%4").arg(base).arg(fromVersion).arg(n).arg(suffix));
    return candidate;
}

LoadedProject loadAnyProject(const QString& path) {
    const QString source = QFileInfo(path).fileName();
    const QFileInfo info(path);
    // Only a regular file of a sane size: a FIFO or /dev/zero would hang or
    // flood the reader (issue 11, defect 3).
    requireRegularFile(path, kMaxFileSize);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw LoadError({QStringLiteral("%1: cannot be read: %2").arg(source, f.errorString())});
    // By content, not name: a renamed file still opens. Only text that looks
    // like JSON (or a .json name) goes to the JSON reader, so a damaged
    // .careshift file is reported as such rather than as bad JSON.
    const QByteArray head = f.peek(64).trimmed();
    const bool json = head.startsWith('{') ||
                      info.suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0;
    if (!json)
        return loadProjectFile(path);
    if (info.size() > kMaxFileSize)
        throw LoadError({QStringLiteral("%1: the file is too large to open").arg(source)});
    LoadedProject loaded;
    loaded.project = readProjectJson(f.readAll(), source);
    return loaded;
}

void saveAnyProject(const QString& path, const Project& project, const SaveOptions& options) {
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        saveProjectFile(path, project, options);
        return;
    }
    const QFileInfo target(path);
    const auto problems = validate(project);
    if (!problems.empty())
        throw SaveError(problemMessages(problems, target.fileName()));
    if (!target.absoluteDir().exists())
        throw SaveError(
            {QStringLiteral("%1: the folder %2 does not exist").arg(path, target.absolutePath())});
    if (target.isDir())
        throw SaveError({QStringLiteral("%1: is a folder, not a file").arg(path)});
    writeFileAtomically(path, writeProjectJson(project), options.writeFaults);
}

} // namespace careshift::store
