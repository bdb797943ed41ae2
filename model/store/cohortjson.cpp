#include "store/cohortjson.h"

#include "store/atomicfile.h"
#include "store/jsonio.h"

#include <QFile>
#include <QFileInfo>

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <charconv>
#include <cmath>
#include <initializer_list>

namespace careshift::store {

using namespace careshift::cohort;

namespace {

struct PathError {
    QString path;
    QString message;
};

/// The shortest text that reads back as the same double.
std::string shortest(double v) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

/// A JSON object with its path; every key it holds must be one it knows.
class Node {
public:
    Node(QJsonObject o, QString path, std::initializer_list<const char*> known)
        : m_o(std::move(o))
        , m_path(std::move(path)) {
        QStringList knownKeys;
        for (const char* k : known)
            knownKeys << QString::fromLatin1(k);
        for (auto it = m_o.begin(); it != m_o.end(); ++it)
            if (!knownKeys.contains(it.key()))
                throw PathError{at(it.key()),
                                QStringLiteral("is not a key of this object (known: %1)")
                                    .arg(knownKeys.join(QStringLiteral(", ")))};
    }
    QString at(const QString& key) const {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    QJsonValue get(const char* key, bool required) const {
        QJsonValue v = m_o.value(QLatin1String(key));
        if (required && v.isUndefined())
            throw PathError{at(QLatin1String(key)), QStringLiteral("is missing")};
        return v;
    }
    void text(const char* key, std::string& out, bool required = false) const {
        const QJsonValue v = get(key, required);
        if (v.isUndefined())
            return;
        if (!v.isString())
            throw PathError{at(QLatin1String(key)), QStringLiteral("expected text")};
        out = v.toString().toStdString();
    }
    /// A number or a formula: a JSON number or a string.
    void expr(const char* key, std::string& out, bool required = false) const {
        const QJsonValue v = get(key, required);
        if (v.isUndefined())
            return;
        if (v.isDouble())
            out = shortest(v.toDouble());
        else if (v.isString())
            out = v.toString().toStdString();
        else
            throw PathError{at(QLatin1String(key)),
                            QStringLiteral("expected a number or a formula (text)")};
    }
    void number(const char* key, double& out) const {
        const QJsonValue v = get(key, false);
        if (v.isUndefined())
            return;
        if (!v.isDouble())
            throw PathError{at(QLatin1String(key)), QStringLiteral("expected a number")};
        out = v.toDouble();
    }
    void whole(const char* key, int& out, bool required = false) const {
        const QJsonValue v = get(key, required);
        if (v.isUndefined())
            return;
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > 1e6)
            throw PathError{at(QLatin1String(key)), QStringLiteral("expected a whole number")};
        out = static_cast<int>(d);
    }
    void flag(const char* key, bool& out) const {
        const QJsonValue v = get(key, false);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            throw PathError{at(QLatin1String(key)), QStringLiteral("expected true or false")};
        out = v.toBool();
    }
    template <typename F> void each(const char* key, F&& f) const {
        const QJsonValue v = get(key, false);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            throw PathError{at(QLatin1String(key)), QStringLiteral("expected a list")};
        const QJsonArray a = v.toArray();
        if (static_cast<std::size_t>(a.size()) > kMaxModelRows)
            throw PathError{at(QLatin1String(key)),
                            QStringLiteral("has more than %1 entries").arg(kMaxModelRows)};
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = at(QLatin1String(key)) + QStringLiteral("[%1]").arg(i);
            if (!a[i].isObject())
                throw PathError{path, QStringLiteral("expected an object")};
            f(a[i].toObject(), path);
        }
    }
    void numbers(const char* key, std::vector<double>& out) const {
        const QJsonValue v = get(key, false);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            throw PathError{at(QLatin1String(key)), QStringLiteral("expected a list of numbers")};
        const QJsonArray a = v.toArray();
        if (a.size() > qsizetype{kMaxCycles} * 2)
            throw PathError{at(QLatin1String(key)),
                            QStringLiteral("has more than %1 rows").arg(kMaxCycles * 2)};
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isDouble())
                throw PathError{at(QLatin1String(key)) + QStringLiteral("[%1]").arg(i),
                                QStringLiteral("expected a number")};
            out.push_back(a[i].toDouble());
        }
    }

private:
    QJsonObject m_o;
    QString m_path;
};

Parameter readParameter(const QJsonObject& o, const QString& path) {
    const Node n(o, path,
                 {"name", "value", "table", "tableBy", "tableFirst", "tableStep", "source"});
    Parameter p;
    n.text("name", p.name, true);
    n.expr("value", p.value);
    n.numbers("table", p.table);
    if (p.value.empty() && p.table.empty())
        throw PathError{
            n.at(QStringLiteral("value")),
            QStringLiteral("is missing: give a value (a number or a formula) or a table")};
    if (!p.value.empty() && !p.table.empty())
        throw PathError{n.at(QStringLiteral("table")),
                        QStringLiteral("a parameter has a value or a table, not both")};
    std::string by;
    n.text("tableBy", by);
    if (!by.empty()) {
        const auto t = tableIndexFromKey(by);
        if (!t)
            throw PathError{
                n.at(QStringLiteral("tableBy")),
                QStringLiteral("'%1' is not one of: cycle, age").arg(QString::fromStdString(by))};
        p.tableBy = *t;
    }
    n.number("tableFirst", p.tableFirst);
    n.number("tableStep", p.tableStep);
    n.text("source", p.source);
    return p;
}

Model readModel(const QJsonObject& o, const QString& path, bool file) {
    std::initializer_list<const char*> keys = {"id",
                                               "name",
                                               "group",
                                               "cycleLength",
                                               "horizon",
                                               "startAge",
                                               "cohortSize",
                                               "counting",
                                               "costDiscount",
                                               "outcomeDiscount",
                                               "discountStart",
                                               "parameters",
                                               "states",
                                               "transitions",
                                               "strategies",
                                               "notes",
                                               "source"};
    std::initializer_list<const char*> fileKeys = {
        "format",        "version",     "id",           "name",
        "group",         "cycleLength", "horizon",      "startAge",
        "cohortSize",    "counting",    "costDiscount", "outcomeDiscount",
        "discountStart", "parameters",  "states",       "transitions",
        "strategies",    "notes",       "source"};
    const Node n(o, path, file ? fileKeys : keys);
    Model m;
    n.text("id", m.id, true);
    n.text("name", m.name);
    n.text("group", m.group);
    n.number("cycleLength", m.cycleLength);
    n.whole("horizon", m.horizon, true);
    n.number("startAge", m.startAge);
    n.number("cohortSize", m.cohortSize);
    std::string counting;
    n.text("counting", counting);
    if (!counting.empty()) {
        const auto c = countingFromKey(counting);
        if (!c)
            throw PathError{n.at(QStringLiteral("counting")),
                            QStringLiteral("'%1' is not one of: start, end, half-cycle, "
                                           "life-table, simpson")
                                .arg(QString::fromStdString(counting))};
        m.counting = *c;
    }
    n.number("costDiscount", m.costDiscount);
    n.number("outcomeDiscount", m.outcomeDiscount);
    n.whole("discountStart", m.discountStart);
    n.each("parameters", [&](const QJsonObject& x, const QString& p) {
        m.parameters.push_back(readParameter(x, p));
    });
    if (!o.contains(QStringLiteral("states")))
        throw PathError{n.at(QStringLiteral("states")), QStringLiteral("is missing")};
    n.each("states", [&](const QJsonObject& x, const QString& p) {
        const Node s(x, p,
                     {"id", "name", "tunnel", "dead", "start", "entry", "cost", "utility",
                      "entryCost", "entryUtility", "activity", "source"});
        State st;
        s.text("id", st.id, true);
        s.text("name", st.name);
        s.whole("tunnel", st.tunnel);
        s.flag("dead", st.dead);
        s.expr("start", st.start);
        s.expr("entry", st.entry);
        s.expr("cost", st.cost);
        s.expr("utility", st.utility);
        s.expr("entryCost", st.entryCost);
        s.expr("entryUtility", st.entryUtility);
        s.each("activity", [&](const QJsonObject& y, const QString& q) {
            const Node a(y, q, {"pod", "units"});
            StateActivity act;
            a.text("pod", act.pod, true);
            a.expr("units", act.units, true);
            st.activity.push_back(std::move(act));
        });
        s.text("source", st.source);
        m.states.push_back(std::move(st));
    });
    n.each("transitions", [&](const QJsonObject& x, const QString& p) {
        const Node t(x, p, {"from", "to", "probability", "cost", "utility", "source"});
        Transition tr;
        t.text("from", tr.from, true);
        t.text("to", tr.to, true);
        t.expr("probability", tr.probability, true);
        t.expr("cost", tr.cost);
        t.expr("utility", tr.utility);
        t.text("source", tr.source);
        m.transitions.push_back(std::move(tr));
    });
    n.each("strategies", [&](const QJsonObject& x, const QString& p) {
        const Node s(x, p, {"id", "name", "parameters", "intervention", "source"});
        Strategy st;
        s.text("id", st.id, true);
        s.text("name", st.name);
        s.each("parameters", [&](const QJsonObject& y, const QString& q) {
            st.parameters.push_back(readParameter(y, q));
        });
        s.text("intervention", st.intervention);
        s.text("source", st.source);
        m.strategies.push_back(std::move(st));
    });
    n.text("notes", m.notes);
    n.text("source", m.source);
    return m;
}

/// A number or formula as JSON: a number when it is one.
QJsonValue exprJson(const std::string& text) {
    double v = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (!text.empty() && ec == std::errc() && ptr == text.data() + text.size() && std::isfinite(v))
        return v;
    return QString::fromStdString(text);
}

QJsonObject parameterJson(const Parameter& p) {
    QJsonObject o;
    o[QStringLiteral("name")] = QString::fromStdString(p.name);
    if (p.table.empty()) {
        o[QStringLiteral("value")] = exprJson(p.value);
    } else {
        QJsonArray t;
        for (double v : p.table)
            t.append(v);
        o[QStringLiteral("table")] = t;
        o[QStringLiteral("tableBy")] = QString::fromLatin1(tableIndexKey(p.tableBy).data());
        o[QStringLiteral("tableFirst")] = p.tableFirst;
        o[QStringLiteral("tableStep")] = p.tableStep;
    }
    if (!p.source.empty())
        o[QStringLiteral("source")] = QString::fromStdString(p.source);
    return o;
}

void putText(QJsonObject& o, const char* key, const std::string& v) {
    if (!v.empty())
        o[QLatin1String(key)] = QString::fromStdString(v);
}
void putExpr(QJsonObject& o, const char* key, const std::string& v, const char* dflt) {
    if (v != dflt)
        o[QLatin1String(key)] = exprJson(v);
}

} // namespace

QJsonObject cohortToJson(const Model& m) {
    QJsonObject o;
    o[QStringLiteral("id")] = QString::fromStdString(m.id);
    putText(o, "name", m.name);
    putText(o, "group", m.group);
    o[QStringLiteral("cycleLength")] = m.cycleLength;
    o[QStringLiteral("horizon")] = m.horizon;
    o[QStringLiteral("startAge")] = m.startAge;
    o[QStringLiteral("cohortSize")] = m.cohortSize;
    o[QStringLiteral("counting")] = QString::fromLatin1(countingKey(m.counting).data());
    o[QStringLiteral("costDiscount")] = m.costDiscount;
    o[QStringLiteral("outcomeDiscount")] = m.outcomeDiscount;
    o[QStringLiteral("discountStart")] = m.discountStart;
    QJsonArray params;
    for (const auto& p : m.parameters)
        params.append(parameterJson(p));
    o[QStringLiteral("parameters")] = params;
    QJsonArray states;
    for (const auto& s : m.states) {
        QJsonObject x;
        x[QStringLiteral("id")] = QString::fromStdString(s.id);
        putText(x, "name", s.name);
        if (s.tunnel > 1)
            x[QStringLiteral("tunnel")] = s.tunnel;
        if (s.dead)
            x[QStringLiteral("dead")] = true;
        putExpr(x, "start", s.start, "0");
        if (!s.entry.empty())
            x[QStringLiteral("entry")] = exprJson(s.entry);
        putExpr(x, "cost", s.cost, "0");
        putExpr(x, "utility", s.utility, "0");
        putExpr(x, "entryCost", s.entryCost, "0");
        putExpr(x, "entryUtility", s.entryUtility, "0");
        if (!s.activity.empty()) {
            QJsonArray a;
            for (const auto& act : s.activity)
                a.append(QJsonObject{{QStringLiteral("pod"), QString::fromStdString(act.pod)},
                                     {QStringLiteral("units"), exprJson(act.units)}});
            x[QStringLiteral("activity")] = a;
        }
        putText(x, "source", s.source);
        states.append(x);
    }
    o[QStringLiteral("states")] = states;
    QJsonArray transitions;
    for (const auto& t : m.transitions) {
        QJsonObject x;
        x[QStringLiteral("from")] = QString::fromStdString(t.from);
        x[QStringLiteral("to")] = QString::fromStdString(t.to);
        x[QStringLiteral("probability")] = exprJson(t.probability);
        putExpr(x, "cost", t.cost, "0");
        putExpr(x, "utility", t.utility, "0");
        putText(x, "source", t.source);
        transitions.append(x);
    }
    o[QStringLiteral("transitions")] = transitions;
    if (!m.strategies.empty()) {
        QJsonArray strategies;
        for (const auto& s : m.strategies) {
            QJsonObject x;
            x[QStringLiteral("id")] = QString::fromStdString(s.id);
            putText(x, "name", s.name);
            QJsonArray ps;
            for (const auto& p : s.parameters)
                ps.append(parameterJson(p));
            x[QStringLiteral("parameters")] = ps;
            putText(x, "intervention", s.intervention);
            putText(x, "source", s.source);
            strategies.append(x);
        }
        o[QStringLiteral("strategies")] = strategies;
    }
    putText(o, "notes", m.notes);
    putText(o, "source", m.source);
    return o;
}

cohort::Model cohortFromJson(const QJsonObject& object, const QString& sourceName,
                             const QString& path) {
    try {
        return readModel(object, path, false);
    } catch (const PathError& e) {
        throw LoadError({QStringLiteral("%1: %2: %3").arg(sourceName, e.path, e.message)});
    }
}

cohort::Model readCohortJson(const QByteArray& json, const QString& sourceName) {
    const QJsonObject root = parseJsonObject(json, sourceName);
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("careshift-cohort"))
        throw LoadError({sourceName + QStringLiteral(": format: expected \"careshift-cohort\" (a "
                                                     "CareShift cohort model file)")});
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()))
        throw LoadError({sourceName + QStringLiteral(": version: expected a whole number")});
    if (version.toDouble() > kCohortFormatVersion)
        throw LoadError({QStringLiteral("%1: version %2 is newer than this CareShift reads "
                                        "(version %3): open it with a newer CareShift")
                             .arg(sourceName)
                             .arg(version.toDouble())
                             .arg(kCohortFormatVersion)});
    if (version.toDouble() < 1)
        throw LoadError({sourceName + QStringLiteral(": version: must be 1 or more")});
    Model m;
    try {
        m = readModel(root, QString(), true);
    } catch (const PathError& e) {
        throw LoadError({QStringLiteral("%1: %2: %3").arg(sourceName, e.path, e.message)});
    }
    std::vector<CohortError> errors;
    // Compiled, and run over its horizon: a probability that goes wrong in a
    // late cycle is refused when the file is read.
    const auto compiled = compileCached(m, errors);
    if (!compiled || !runModel(*compiled, errors)) {
        QStringList messages;
        for (const auto& e : errors)
            messages << sourceName + QStringLiteral(": ") + QString::fromStdString(e.text());
        throw LoadError(messages);
    }
    return m;
}

cohort::Model loadCohortFile(const QString& path) {
    const QString source = QFileInfo(path).fileName();
    requireRegularFile(path, kMaxCohortFileSize);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw LoadError({QStringLiteral("%1: cannot be read: %2").arg(source, f.errorString())});
    const QByteArray bytes = f.read(kMaxCohortFileSize + 1);
    if (bytes.size() > kMaxCohortFileSize)
        throw LoadError({QStringLiteral("%1: the file is too large to open").arg(source)});
    return readCohortJson(bytes, source);
}

QByteArray writeCohortJson(const Model& model) {
    QJsonObject o;
    o[QStringLiteral("format")] = QStringLiteral("careshift-cohort");
    o[QStringLiteral("version")] = kCohortFormatVersion;
    const QJsonObject body = cohortToJson(model);
    for (auto it = body.begin(); it != body.end(); ++it)
        o[it.key()] = it.value();
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QJsonObject cohortResultJson(const Model& model, const ModelResult& result) {
    QJsonObject root;
    root[QStringLiteral("model")] = QString::fromStdString(model.id);
    QJsonArray states;
    for (const auto& s : model.states)
        states.append(QString::fromStdString(s.id));
    root[QStringLiteral("states")] = states;
    QJsonArray strategies;
    for (const auto& r : result.strategies) {
        QJsonObject o;
        o[QStringLiteral("id")] = QString::fromStdString(r.id);
        o[QStringLiteral("name")] = QString::fromStdString(r.name);
        o[QStringLiteral("cost")] = r.discounted.cost;
        o[QStringLiteral("lifeYears")] = r.discounted.lifeYears;
        o[QStringLiteral("qalys")] = r.discounted.qalys;
        o[QStringLiteral("undiscounted")] =
            QJsonObject{{QStringLiteral("cost"), r.undiscounted.cost},
                        {QStringLiteral("lifeYears"), r.undiscounted.lifeYears},
                        {QStringLiteral("qalys"), r.undiscounted.qalys}};
        o[QStringLiteral("deaths")] = r.totalDeaths;
        QJsonArray trace;
        for (std::size_t k = 0; k < r.points(); ++k) {
            QJsonArray a;
            for (std::size_t st = 0; st < r.states; ++st)
                a.append(r.occupancy(k, st));
            trace.append(a);
        }
        o[QStringLiteral("trace")] = trace;
        strategies.append(o);
    }
    root[QStringLiteral("strategies")] = strategies;
    QJsonArray frontier;
    for (const auto& f : result.frontier) {
        QJsonObject o;
        o[QStringLiteral("id")] = QString::fromStdString(f.id);
        o[QStringLiteral("incrementalCost")] = f.incrementalCost;
        o[QStringLiteral("incrementalQalys")] = f.incrementalQalys;
        o[QStringLiteral("icer")] = f.icer ? QJsonValue(*f.icer) : QJsonValue();
        o[QStringLiteral("status")] = QString::fromLatin1(frontierStatusKey(f.status).data());
        frontier.append(o);
    }
    root[QStringLiteral("frontier")] = frontier;
    return root;
}

} // namespace careshift::store
