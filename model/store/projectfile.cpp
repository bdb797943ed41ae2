#include "store/projectfile.h"

#include "engine/validate.h"
#include "store/jsonio.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>
#include <fcntl.h>
#include <map>
#include <set>
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

/// A named QSqlDatabase connection that is removed when it goes out of scope.
class Connection {
public:
    Connection(const QString& path, bool readOnly)
        : m_name(QStringLiteral("careshift-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
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

/// SQLite's own hardening for untrusted files, set on the raw handle.
void harden(QSqlDatabase& db) {
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        sqlite3* handle = *static_cast<sqlite3* const*>(v.data());
        if (handle) {
            sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
            sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
            sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
            sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 4 * kMaxTextLength);
        }
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
        throw SaveError({QStringLiteral("database error: %1 (in: %2)")
                             .arg(q.lastError().text(), sql.left(80))});
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
            throw Error({QStringLiteral("database error: %1").arg(q.lastError().text())});
    }
}

// ---------------------------------------------------------------------------
// Reading

/// The columns each table must have, in the order they are read.
struct TableSpec {
    const char* name;
    const char* orderBy;
    std::vector<const char*> columns;
};

const std::vector<TableSpec>& tableSpecs() {
    static const std::vector<TableSpec> specs = {
        {"metadata", "key", {"key", "value"}},
        {"commissioner", "id", {"name", "code", "base_year", "source"}},
        {"assumptions",
         "id",
         {"horizon", "discount_rate", "qaly_threshold", "price_uplift", "source"}},
        {"population", "position", {"group_key", "base_count", "growth", "source"}},
        {"provider", "position", {"id", "name", "mff", "source"}},
        {"contract",
         "position",
         {"id", "name", "provider_id", "mechanism", "cquin_rate", "nel_threshold",
          "nel_marginal_rate", "unpaid_readmission_share", "fixed_value", "variable_rate",
          "capitation_per_head", "source"}},
        {"pod",
         "position",
         {"code", "name", "unit", "setting", "role", "bed_days_per_unit", "price", "price_source",
          "non_demographic_growth", "contract_id", "source"}},
        {"activity", "position", {"group_key", "pod_code", "rate_per_1000", "source"}},
        {"intervention",
         "position",
         {"id", "name", "group_key", "coverage", "activity_ratio", "start_year", "ramp_up",
          "one_off_cost", "fixed_cost_per_year", "cost_per_participant", "cost_setting",
          "cost_provider_id", "notes", "source"}},
        {"intervention_effect",
         "intervention_id, position",
         {"intervention_id", "pod_code", "change", "source"}},
        {"intervention_substitution",
         "intervention_id, position",
         {"intervention_id", "from_pod", "to_pod", "units_per_avoided", "source"}},
        {"scenario", "position", {"id", "name", "notes"}},
        {"scenario_item", "scenario_id, position", {"scenario_id", "intervention_id", "enabled"}},
    };
    return specs;
}

struct FieldError {
    QString message;
};

/// One row of a known table, with type-checked access that names the field.
class Row {
public:
    Row(const QSqlQuery& q, QString table, int number, QString key)
        : m_q(q)
        , m_table(std::move(table))
        , m_number(number)
        , m_key(std::move(key)) {}

    QString where(const char* field) const {
        QString s = QStringLiteral("table '%1', row %2").arg(m_table).arg(m_number);
        if (!m_key.isEmpty())
            s += QStringLiteral(" (%1)").arg(m_key);
        return s + QStringLiteral(", field '%1'").arg(QLatin1String(field));
    }
    [[noreturn]] void fail(const char* field, const QString& what) const {
        throw FieldError{where(field) + QStringLiteral(": ") + what};
    }
    QVariant raw(const char* field) const {
        QVariant v = m_q.value(QLatin1String(field));
        if (v.isNull())
            fail(field, QStringLiteral("is empty"));
        return v;
    }
    double number(const char* field) const {
        const QVariant v = raw(field);
        const int type = v.typeId();
        if (type != QMetaType::Double && type != QMetaType::LongLong && type != QMetaType::Int)
            fail(field, QStringLiteral("expected a number, found %1").arg(describe(v)));
        return v.toDouble();
    }
    int integer(const char* field) const {
        const QVariant v = raw(field);
        if (v.typeId() != QMetaType::LongLong && v.typeId() != QMetaType::Int)
            fail(field, QStringLiteral("expected a whole number, found %1").arg(describe(v)));
        const qlonglong n = v.toLongLong();
        if (n < -1000000000LL || n > 1000000000LL)
            fail(field, QStringLiteral("number out of range"));
        return static_cast<int>(n);
    }
    std::string text(const char* field) const {
        const QVariant v = raw(field);
        if (v.typeId() != QMetaType::QString)
            fail(field, QStringLiteral("expected text, found %1").arg(describe(v)));
        const QString s = v.toString();
        if (s.size() > kMaxTextLength)
            fail(
                field,
                QStringLiteral("text is longer than %1 characters").arg(thousands(kMaxTextLength)));
        return ss(s);
    }
    std::vector<double> numbers(const char* field) const {
        const std::string t = text(field);
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(t));
        if (!doc.isArray())
            fail(field, QStringLiteral("expected a list of numbers like [0.01, 0.02], found '%1'")
                            .arg(qs(t).left(40)));
        std::vector<double> out;
        const QJsonArray values = doc.array();
        for (const QJsonValue x : values) {
            if (!x.isDouble())
                fail(field,
                     QStringLiteral("expected a list of numbers, found '%1'").arg(qs(t).left(40)));
            out.push_back(x.toDouble());
        }
        return out;
    }
    template <typename E, typename FromKey>
    E enumeration(const char* field, FromKey fromKey, const std::string& choices) const {
        const std::string k = text(field);
        const auto e = fromKey(k);
        if (!e)
            fail(field, QStringLiteral("'%1' is not one of: %2").arg(qs(k).left(40), qs(choices)));
        return *e;
    }
    bool boolean(const char* field) const {
        const int v = integer(field);
        if (v != 0 && v != 1)
            fail(field, QStringLiteral("expected 0 or 1, found %1").arg(v));
        return v == 1;
    }

private:
    static QString describe(const QVariant& v) {
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
    QString m_table;
    int m_number;
    QString m_key;
};

const std::string kGroupChoices = groupKeyList();
const std::string kSettingChoices = settingKeyList();
const std::string kMechanismChoices = mechanismKeyList();
const std::string kRoleChoices = podRoleKeyList();

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
    for (const TableSpec& spec : tableSpecs()) {
        const QString name = QLatin1String(spec.name);
        const auto it = kinds.find(name);
        if (it == kinds.end()) {
            problems << QStringLiteral("%1: table '%2' is missing").arg(source, name);
            continue;
        }
        if (it->second != QLatin1String("table")) {
            problems
                << QStringLiteral("%1: '%2' is a %3, not a table").arg(source, name, it->second);
            continue;
        }
        std::set<QString> columns;
        QSqlQuery info(db);
        info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(name));
        while (info.next())
            columns.insert(info.value(1).toString());
        bool complete = true;
        for (const char* column : spec.columns) {
            if (!columns.count(QLatin1String(column))) {
                problems << QStringLiteral("%1: table '%2' is missing column '%3'")
                                .arg(source, name, QLatin1String(column));
                complete = false;
            }
        }
        if (!complete)
            continue;
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(name)) || !count.next()) {
            problems << QStringLiteral("%1: table '%2' cannot be read (%3)")
                            .arg(source, name, count.lastError().text());
            continue;
        }
        const qlonglong rows = count.value(0).toLongLong();
        if (rows > kMaxRowsPerTable)
            problems << QStringLiteral("%1: table '%2' has %3 rows; at most %4 are allowed")
                            .arg(source, name, thousands(rows), thousands(kMaxRowsPerTable));
    }
    if (!problems.isEmpty())
        throw LoadError(problems);
}

/// Runs `f(row)` for each row of a known table, in order.
template <typename F>
void eachRow(QSqlDatabase& db, const char* table, const char* keyColumn, F f) {
    const TableSpec* spec = nullptr;
    for (const TableSpec& s : tableSpecs())
        if (qstrcmp(s.name, table) == 0)
            spec = &s;
    QStringList columns;
    for (const char* c : spec->columns)
        columns << QLatin1String(c);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                    .arg(columns.join(QStringLiteral(", ")), QLatin1String(table),
                         QLatin1String(spec->orderBy))))
        throw FieldError{QStringLiteral("table '%1' cannot be read (%2)")
                             .arg(QLatin1String(table), q.lastError().text())};
    int number = 0;
    while (q.next()) {
        ++number;
        QString key;
        if (keyColumn) {
            const QVariant k = q.value(QLatin1String(keyColumn));
            key = QStringLiteral("%1 '%2'").arg(QLatin1String(keyColumn), k.toString().left(40));
        }
        f(Row(q, QLatin1String(table), number, key));
    }
    if (q.lastError().isValid())
        throw FieldError{QStringLiteral("table '%1' cannot be read (%2)")
                             .arg(QLatin1String(table), q.lastError().text())};
}

LoadedProject readTables(QSqlDatabase& db, const QString& source, int fileVersion) {
    checkStructure(db, source);
    LoadedProject loaded;
    loaded.fileVersion = fileVersion;
    Project& p = loaded.project;
    try {
        eachRow(db, "metadata", "key", [&](const Row& r) {
            const std::string key = r.text("key");
            const QString value = qs(r.text("value"));
            if (key == "created")
                loaded.metadata.created = value;
            else if (key == "modified")
                loaded.metadata.modified = value;
            else if (key == "author")
                loaded.metadata.author = value;
            else if (key == "app_version")
                loaded.metadata.appVersion = value;
        });
        int commissioners = 0;
        eachRow(db, "commissioner", nullptr, [&](const Row& r) {
            ++commissioners;
            p.commissioner.name = r.text("name");
            p.commissioner.code = r.text("code");
            p.commissioner.baseYear = r.integer("base_year");
            p.commissioner.source = r.text("source");
        });
        if (commissioners != 1)
            throw FieldError{QStringLiteral("table 'commissioner' must have exactly one row")};
        int assumptions = 0;
        eachRow(db, "assumptions", nullptr, [&](const Row& r) {
            ++assumptions;
            p.assumptions.horizon = r.integer("horizon");
            p.assumptions.discountRate = r.number("discount_rate");
            p.assumptions.qalyThreshold = r.number("qaly_threshold");
            p.assumptions.priceUplift = r.numbers("price_uplift");
            p.assumptions.source = r.text("source");
        });
        if (assumptions != 1)
            throw FieldError{QStringLiteral("table 'assumptions' must have exactly one row")};
        eachRow(db, "population", "group_key", [&](const Row& r) {
            Population x;
            x.group = r.enumeration<Group>("group_key", groupFromKey, kGroupChoices);
            x.baseCount = r.number("base_count");
            x.growth = r.numbers("growth");
            x.source = r.text("source");
            p.population.push_back(std::move(x));
        });
        eachRow(db, "provider", "id", [&](const Row& r) {
            p.providers.push_back(
                {r.text("id"), r.text("name"), r.number("mff"), r.text("source")});
        });
        eachRow(db, "contract", "id", [&](const Row& r) {
            Contract c;
            c.id = r.text("id");
            c.name = r.text("name");
            c.providerId = r.text("provider_id");
            c.mechanism =
                r.enumeration<Mechanism>("mechanism", mechanismFromKey, kMechanismChoices);
            c.cquinRate = r.number("cquin_rate");
            c.nelThreshold = r.number("nel_threshold");
            c.nelMarginalRate = r.number("nel_marginal_rate");
            c.unpaidReadmissionShare = r.number("unpaid_readmission_share");
            c.fixedValue = r.number("fixed_value");
            c.variableRate = r.number("variable_rate");
            c.capitationPerHead = r.number("capitation_per_head");
            c.source = r.text("source");
            p.contracts.push_back(std::move(c));
        });
        eachRow(db, "pod", "code", [&](const Row& r) {
            Pod x;
            x.code = r.text("code");
            x.name = r.text("name");
            x.unit = r.text("unit");
            x.setting = r.enumeration<Setting>("setting", settingFromKey, kSettingChoices);
            x.role = r.enumeration<PodRole>("role", podRoleFromKey, kRoleChoices);
            x.bedDaysPerUnit = r.number("bed_days_per_unit");
            x.price = r.number("price");
            x.priceSource = r.text("price_source");
            x.nonDemographicGrowth = r.numbers("non_demographic_growth");
            x.contractId = r.text("contract_id");
            x.source = r.text("source");
            p.pods.push_back(std::move(x));
        });
        eachRow(db, "activity", "pod_code", [&](const Row& r) {
            p.activity.push_back({r.enumeration<Group>("group_key", groupFromKey, kGroupChoices),
                                  r.text("pod_code"), r.number("rate_per_1000"), r.text("source")});
        });
        std::map<std::string, std::size_t> interventionIndex;
        eachRow(db, "intervention", "id", [&](const Row& r) {
            Intervention x;
            x.id = r.text("id");
            x.name = r.text("name");
            x.group = r.enumeration<Group>("group_key", groupFromKey, kGroupChoices);
            x.coverage = r.number("coverage");
            x.activityRatio = r.number("activity_ratio");
            x.startYear = r.integer("start_year");
            x.rampUp = r.numbers("ramp_up");
            x.oneOffCost = r.number("one_off_cost");
            x.fixedCostPerYear = r.number("fixed_cost_per_year");
            x.costPerParticipant = r.number("cost_per_participant");
            x.costSetting = r.enumeration<Setting>("cost_setting", settingFromKey, kSettingChoices);
            x.costProviderId = r.text("cost_provider_id");
            x.notes = r.text("notes");
            x.source = r.text("source");
            interventionIndex[x.id] = p.interventions.size();
            p.interventions.push_back(std::move(x));
        });
        auto owner = [&](const Row& r) -> Intervention& {
            const std::string id = r.text("intervention_id");
            const auto it = interventionIndex.find(id);
            if (it == interventionIndex.end())
                r.fail(
                    "intervention_id",
                    QStringLiteral("names an intervention that does not exist: '%1'").arg(qs(id)));
            return p.interventions[it->second];
        };
        eachRow(db, "intervention_effect", "intervention_id", [&](const Row& r) {
            owner(r).effects.push_back({r.text("pod_code"), r.number("change"), r.text("source")});
        });
        eachRow(db, "intervention_substitution", "intervention_id", [&](const Row& r) {
            owner(r).substitutions.push_back({r.text("from_pod"), r.text("to_pod"),
                                              r.number("units_per_avoided"), r.text("source")});
        });
        std::map<std::string, std::size_t> scenarioIndex;
        eachRow(db, "scenario", "id", [&](const Row& r) {
            Scenario s;
            s.id = r.text("id");
            s.name = r.text("name");
            s.notes = r.text("notes");
            scenarioIndex[s.id] = p.scenarios.size();
            p.scenarios.push_back(std::move(s));
        });
        eachRow(db, "scenario_item", "scenario_id", [&](const Row& r) {
            const std::string id = r.text("scenario_id");
            const auto it = scenarioIndex.find(id);
            if (it == scenarioIndex.end())
                r.fail("scenario_id",
                       QStringLiteral("names a scenario that does not exist: '%1'").arg(qs(id)));
            p.scenarios[it->second].items.push_back(
                {r.text("intervention_id"), r.boolean("enabled")});
        });
    } catch (const FieldError& e) {
        throw LoadError({source + QStringLiteral(": ") + e.message});
    }
    const auto problems = validate(p);
    if (!problems.empty())
        throw LoadError(problemMessages(problems, source));
    return loaded;
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
    const quint32 changeCounter = be32(24);
    const quint32 pages = be32(28);
    const quint32 validFor = be32(92);
    // The in-header page count is trusted only when valid-for matches the change counter.
    if (pages > 0 && validFor == changeCounter) {
        const qint64 expected = qint64(pages) * pageSize;
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

/// A prepared INSERT with named values, executed once per row.
class Insert {
public:
    Insert(QSqlDatabase& db, const char* table, std::initializer_list<const char*> columns)
        : m_q(db) {
        QStringList names;
        QStringList marks;
        for (const char* c : columns) {
            names << QLatin1String(c);
            marks << QStringLiteral("?");
        }
        if (!m_q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(QLatin1String(table), names.join(QStringLiteral(", ")),
                                  marks.join(QStringLiteral(", ")))))
            throw SaveError({QStringLiteral("database error: %1").arg(m_q.lastError().text())});
    }
    void run(std::initializer_list<QVariant> values) {
        int i = 0;
        for (const QVariant& v : values)
            m_q.bindValue(i++, v);
        if (!m_q.exec())
            throw SaveError({QStringLiteral("database error: %1").arg(m_q.lastError().text())});
    }

private:
    QSqlQuery m_q;
};

QString nowIso() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

void fsyncPath(const QString& path, bool directory) {
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY : O_RDWR);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

QString tempPrefix(const QFileInfo& target) {
    return QStringLiteral(".") + target.fileName() + QStringLiteral(".saving-");
}

void removeStaleTemporaries(const QFileInfo& target, const QString& keep) {
    QDir dir = target.absoluteDir();
    const QStringList stale =
        dir.entryList({tempPrefix(target) + QStringLiteral("*")}, QDir::Files | QDir::Hidden);
    for (const QString& name : stale) {
        const QString path = dir.filePath(name);
        if (path != keep)
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

LoadedProject loadProjectFile(const QString& path) {
    const QString source = QFileInfo(path).fileName();
    checkRawFile(path, source);
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

void writeProject(QSqlDatabase& db, const Project& p, const FileMetadata& meta,
                  const std::function<void()>& midWrite) {
    if (!db.transaction())
        throw SaveError({QStringLiteral("database error: %1").arg(db.lastError().text())});
    try {
        runScript<SaveError>(db,
                             resourceText(QStringLiteral("schema-v%1.sql").arg(kSchemaVersion)));
        exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
        if (midWrite)
            midWrite();

        Insert metadata(db, "metadata", {"key", "value"});
        metadata.run({QStringLiteral("created"), meta.created});
        metadata.run({QStringLiteral("modified"), meta.modified});
        metadata.run({QStringLiteral("author"), meta.author});
        metadata.run({QStringLiteral("app_version"), meta.appVersion});

        Insert(db, "commissioner", {"id", "name", "code", "base_year", "source"})
            .run({1, qs(p.commissioner.name), qs(p.commissioner.code), p.commissioner.baseYear,
                  qs(p.commissioner.source)});
        Insert(db, "assumptions",
               {"id", "horizon", "discount_rate", "qaly_threshold", "price_uplift", "source"})
            .run({1, p.assumptions.horizon, p.assumptions.discountRate, p.assumptions.qalyThreshold,
                  jsonNumbers(p.assumptions.priceUplift), qs(p.assumptions.source)});

        Insert population(db, "population",
                          {"position", "group_key", "base_count", "growth", "source"});
        int i = 0;
        for (const auto& x : p.population)
            population.run({i++, qs(std::string(groupKey(x.group))), x.baseCount,
                            jsonNumbers(x.growth), qs(x.source)});
        Insert providers(db, "provider", {"position", "id", "name", "mff", "source"});
        i = 0;
        for (const auto& x : p.providers)
            providers.run({i++, qs(x.id), qs(x.name), x.mff, qs(x.source)});
        Insert contracts(db, "contract",
                         {"position", "id", "name", "provider_id", "mechanism", "cquin_rate",
                          "nel_threshold", "nel_marginal_rate", "unpaid_readmission_share",
                          "fixed_value", "variable_rate", "capitation_per_head", "source"});
        i = 0;
        for (const auto& x : p.contracts)
            contracts.run({i++, qs(x.id), qs(x.name), qs(x.providerId),
                           qs(std::string(mechanismKey(x.mechanism))), x.cquinRate, x.nelThreshold,
                           x.nelMarginalRate, x.unpaidReadmissionShare, x.fixedValue,
                           x.variableRate, x.capitationPerHead, qs(x.source)});
        Insert pods(db, "pod",
                    {"position", "code", "name", "unit", "setting", "role", "bed_days_per_unit",
                     "price", "price_source", "non_demographic_growth", "contract_id", "source"});
        i = 0;
        for (const auto& x : p.pods)
            pods.run({i++, qs(x.code), qs(x.name), qs(x.unit),
                      qs(std::string(settingKey(x.setting))), qs(std::string(podRoleKey(x.role))),
                      x.bedDaysPerUnit, x.price, qs(x.priceSource),
                      jsonNumbers(x.nonDemographicGrowth), qs(x.contractId), qs(x.source)});
        Insert activity(db, "activity",
                        {"position", "group_key", "pod_code", "rate_per_1000", "source"});
        i = 0;
        for (const auto& x : p.activity)
            activity.run(
                {i++, qs(std::string(groupKey(x.group))), qs(x.pod), x.ratePer1000, qs(x.source)});
        Insert interventions(db, "intervention",
                             {"position", "id", "name", "group_key", "coverage", "activity_ratio",
                              "start_year", "ramp_up", "one_off_cost", "fixed_cost_per_year",
                              "cost_per_participant", "cost_setting", "cost_provider_id", "notes",
                              "source"});
        Insert effects(db, "intervention_effect",
                       {"intervention_id", "position", "pod_code", "change", "source"});
        Insert substitutions(
            db, "intervention_substitution",
            {"intervention_id", "position", "from_pod", "to_pod", "units_per_avoided", "source"});
        i = 0;
        for (const auto& x : p.interventions) {
            interventions.run({i++, qs(x.id), qs(x.name), qs(std::string(groupKey(x.group))),
                               x.coverage, x.activityRatio, x.startYear, jsonNumbers(x.rampUp),
                               x.oneOffCost, x.fixedCostPerYear, x.costPerParticipant,
                               qs(std::string(settingKey(x.costSetting))), qs(x.costProviderId),
                               qs(x.notes), qs(x.source)});
            int j = 0;
            for (const auto& e : x.effects)
                effects.run({qs(x.id), j++, qs(e.pod), e.change, qs(e.source)});
            j = 0;
            for (const auto& s : x.substitutions)
                substitutions.run(
                    {qs(x.id), j++, qs(s.fromPod), qs(s.toPod), s.unitsPerAvoided, qs(s.source)});
        }
        Insert scenarios(db, "scenario", {"position", "id", "name", "notes"});
        Insert items(db, "scenario_item",
                     {"scenario_id", "position", "intervention_id", "enabled"});
        i = 0;
        for (const auto& s : p.scenarios) {
            scenarios.run({i++, qs(s.id), qs(s.name), qs(s.notes)});
            int j = 0;
            for (const auto& item : s.items)
                items.run({qs(s.id), j++, qs(item.interventionId), item.enabled ? 1 : 0});
        }
        if (!db.commit())
            throw SaveError({QStringLiteral("database error: %1").arg(db.lastError().text())});
    } catch (...) {
        db.rollback();
        throw;
    }
}

void saveProjectFile(const QString& path, const Project& project, const SaveOptions& options) {
    const QFileInfo target(path);
    const QString& shown = path;
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
        if (target.exists()) // keep the file's permissions (a private file stays private)
            QFile::setPermissions(temp, target.permissions());
        fsyncPath(temp, false);
        step(SaveStep::BeforeRename);
        if (!options.backupPath.isEmpty() && target.exists()) {
            QFile::remove(options.backupPath + QStringLiteral(".partial"));
            if (!QFile::copy(path, options.backupPath + QStringLiteral(".partial")) ||
                !QFile::rename(options.backupPath + QStringLiteral(".partial"), options.backupPath))
                throw SaveError({QStringLiteral("cannot back up %1 to %2 before replacing it")
                                     .arg(shown, options.backupPath)});
        }
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
    if (!info.exists())
        throw LoadError({QStringLiteral("%1: the file does not exist").arg(path)});
    if (info.isDir())
        throw LoadError({QStringLiteral("%1: is a folder, not a file").arg(path)});
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writeProjectJson(project)) < 0 ||
        !file.commit())
        throw SaveError({QStringLiteral("%1: not saved: %2").arg(path, file.errorString())});
}

} // namespace careshift::store
