#include "store/jsonio.h"

#include "store/cohortjson.h"

#include "engine/describe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <optional>
#include <set>
#include <vector>

namespace careshift::store {

namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
std::string ss(const QString& s) {
    return s.toStdString();
}

/// Thrown inside the reader; turned into a LoadError with the source name.
struct FieldError {
    QString path;
    QString message;
};

/// A JSON object with its path, so every error says where it is.
class Obj {
public:
    Obj(QJsonObject o, QString path)
        : m_o(std::move(o))
        , m_path(std::move(path)) {}

    QString at(const QString& key) const {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    bool has(const QString& key) const { return m_o.contains(key); }
    QJsonValue value(const QString& key, bool required) const {
        QJsonValue v = m_o.value(key);
        if (required && v.isUndefined())
            throw FieldError{at(key), QStringLiteral("is missing")};
        return v;
    }
    double number(const QString& key) const {
        const QJsonValue v = value(key, true);
        if (!v.isDouble())
            throw FieldError{at(key), QStringLiteral("expected a number")};
        return v.toDouble();
    }
    std::string text(const QString& key) const {
        const QJsonValue v = value(key, true);
        if (!v.isString())
            throw FieldError{at(key), QStringLiteral("expected text")};
        return ss(v.toString());
    }
    template <typename F> void each(const QString& key, bool required, F&& f) const {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            throw FieldError{at(key), QStringLiteral("expected a list")};
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QString path = at(key) + QStringLiteral("[%1]").arg(i);
            // An object says which it is by its name (or id), when it has one:
            // "metrics[2] ('Falls admissions, 65+').lens: is missing".
            for (const char* naming : {"name", "id", "code"}) {
                const QJsonValue n = a[i].toObject().value(QLatin1String(naming));
                if (n.isString() && !n.toString().isEmpty()) {
                    path += QStringLiteral(" ('%1')").arg(n.toString().left(80));
                    break;
                }
            }
            if (!a[i].isObject())
                throw FieldError{path, QStringLiteral("expected an object")};
            f(Obj(a[i].toObject(), path));
        }
    }
    Obj object(const QString& key) const {
        const QJsonValue v = value(key, true);
        if (!v.isObject())
            throw FieldError{at(key), QStringLiteral("expected an object")};
        return Obj(v.toObject(), at(key));
    }

    /// Reads every described field of `x`: a required field must be present,
    /// an absent optional one keeps the struct's default, and a value of the
    /// wrong type is an error with its JSON path.
    template <typename T> void read(T& x) const {
        describe(x, [&](const Field& f, auto& member) {
            const QString key = qs(f.key);
            const QJsonValue v = value(key, f.required);
            if (!v.isUndefined())
                convert(key, v, member);
        });
    }

private:
    void convert(const QString& key, const QJsonValue& v, std::string& m) const {
        if (!v.isString())
            throw FieldError{at(key), QStringLiteral("expected text")};
        m = ss(v.toString());
    }
    void convert(const QString& key, const QJsonValue& v, double& m) const {
        if (!v.isDouble())
            throw FieldError{at(key), QStringLiteral("expected a number")};
        m = v.toDouble();
    }
    void convert(const QString& key, const QJsonValue& v, int& m) const {
        const double d = v.toDouble();
        if (!v.isDouble())
            throw FieldError{at(key), QStringLiteral("expected a number")};
        if (d != std::floor(d) || std::fabs(d) > 1e9)
            throw FieldError{at(key), QStringLiteral("expected a whole number")};
        m = static_cast<int>(d);
    }
    void convert(const QString& key, const QJsonValue& v, bool& m) const {
        if (!v.isBool())
            throw FieldError{at(key), QStringLiteral("expected true or false")};
        m = v.toBool();
    }
    void convert(const QString& key, const QJsonValue& v, std::vector<double>& m) const {
        if (!v.isArray())
            throw FieldError{at(key), QStringLiteral("expected a list of numbers")};
        const QJsonArray a = v.toArray();
        m.clear();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isDouble())
                throw FieldError{at(key) + QStringLiteral("[%1]").arg(i),
                                 QStringLiteral("expected a number")};
            m.push_back(a[i].toDouble());
        }
    }
    template <DescribedEnum E> void convert(const QString& key, const QJsonValue& v, E& m) const {
        if (!v.isString())
            throw FieldError{at(key), QStringLiteral("expected text")};
        const std::string k = ss(v.toString());
        const auto e = enumFromKey<E>(k);
        if (!e)
            throw FieldError{
                at(key), QStringLiteral("'%1' is not one of: %2").arg(qs(k), qs(enumKeyList<E>()))};
        m = *e;
    }

    QJsonObject m_o;
    QString m_path;
};

/// A list of described objects, each read in full.
template <typename T>
void readList(const Obj& parent, const QString& key, bool required, std::vector<T>& out) {
    parent.each(key, required, [&](const Obj& o) {
        T x;
        o.read(x);
        out.push_back(std::move(x));
    });
}

Project readProject(const Obj& root, const QString& sourceName) {
    const double version = root.number(QStringLiteral("version"));
    if (version != std::floor(version))
        throw FieldError{QStringLiteral("version"), QStringLiteral("expected a whole number")};
    if (root.text(QStringLiteral("format")) != "careshift-project")
        throw FieldError{QStringLiteral("format"),
                         QStringLiteral("this is not a CareShift project")};
    if (version > kJsonFormatVersion)
        throw FieldError{QStringLiteral("version"),
                         QStringLiteral("the file is format version %1, newer than this CareShift "
                                        "reads (%2): open it with a newer CareShift")
                             .arg(version)
                             .arg(kJsonFormatVersion)};
    if (version < 1)
        throw FieldError{QStringLiteral("version"), QStringLiteral("must be 1 or more")};

    Project p;
    root.object(QStringLiteral("commissioner")).read(p.commissioner);
    root.object(QStringLiteral("assumptions")).read(p.assumptions);
    // Format 1 uplifted intervention costs with the tariff: a file from then
    // keeps its figures unless it names a cost index of its own.
    if (version < 2 &&
        !root.object(QStringLiteral("assumptions")).has(QStringLiteral("costUplift")))
        p.assumptions.costUplift = p.assumptions.priceUplift;
    readList(root, QStringLiteral("population"), true, p.population);
    readList(root, QStringLiteral("providers"), true, p.providers);
    readList(root, QStringLiteral("contracts"), true, p.contracts);
    readList(root, QStringLiteral("tariff"), false, p.tariff);
    root.each(QStringLiteral("pods"), true, [&](const Obj& o) {
        Pod pod;
        o.read(pod);
        readList(o, QStringLiteral("hrgMix"), false, pod.hrgMix);
        p.pods.push_back(std::move(pod));
    });
    readList(root, QStringLiteral("activity"), true, p.activity);
    root.each(QStringLiteral("interventions"), false, [&](const Obj& o) {
        Intervention iv;
        o.read(iv);
        readList(o, QStringLiteral("effects"), false, iv.effects);
        readList(o, QStringLiteral("substitutions"), false, iv.substitutions);
        readList(o, QStringLiteral("metricEffects"), false, iv.metricEffects);
        p.interventions.push_back(std::move(iv));
    });
    root.each(QStringLiteral("scenarios"), false, [&](const Obj& o) {
        Scenario s;
        o.read(s);
        if (!o.has(QStringLiteral("name"))) // a scenario without a name is shown by its id
            s.name = s.id;
        readList(o, QStringLiteral("interventions"), false, s.items);
        readList(o, QStringLiteral("contractRules"), false, s.contractRules);
        p.scenarios.push_back(std::move(s));
    });
    readList(root, QStringLiteral("peers"), false, p.peers);
    root.each(QStringLiteral("metrics"), false, [&](const Obj& o) {
        Metric m;
        o.read(m);
        readList(o, QStringLiteral("peerValues"), false, m.peerValues);
        p.metrics.push_back(std::move(m));
    });
    readList(root, QStringLiteral("outcomeWeights"), false, p.weights);
    if (root.has(QStringLiteral("cohortModels"))) {
        const QJsonValue v = root.value(QStringLiteral("cohortModels"), true);
        if (!v.isArray())
            throw FieldError{QStringLiteral("cohortModels"), QStringLiteral("expected a list")};
        const QJsonArray a = v.toArray();
        if (static_cast<std::size_t>(a.size()) > kMaxListRows)
            throw FieldError{QStringLiteral("cohortModels"),
                             QStringLiteral("has more than %1 entries").arg(kMaxListRows)};
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = QStringLiteral("cohortModels[%1]").arg(i);
            if (!a[i].isObject())
                throw FieldError{path, QStringLiteral("expected an object")};
            // Its LoadError already names the file and the JSON path.
            p.cohorts.push_back(cohortFromJson(a[i].toObject(), sourceName, path));
        }
    }
    return p;
}

QJsonValue jsonValue(const std::string& v) {
    return qs(v);
}
QJsonValue jsonValue(double v) {
    return v;
}
QJsonValue jsonValue(int v) {
    return v;
}
QJsonValue jsonValue(bool v) {
    return v;
}
QJsonValue jsonValue(const std::vector<double>& v) {
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return a;
}
template <DescribedEnum E> QJsonValue jsonValue(E v) {
    return qs(EnumInfo<E>::key(v));
}

/// Every described field of `x`, under its key.
template <typename T> QJsonObject toJson(const T& x) {
    QJsonObject o;
    describe(x, [&](const Field& f, const auto& member) { o[qs(f.key)] = jsonValue(member); });
    return o;
}

template <typename T> QJsonArray toJson(const std::vector<T>& items) {
    QJsonArray a;
    for (const T& x : items)
        a.append(toJson(x));
    return a;
}

} // namespace

QStringList problemMessages(const std::vector<Problem>& problems, const QString& sourceName) {
    QStringList out;
    for (const auto& pr : problems)
        out << sourceName + QStringLiteral(": ") + qs(pr.toString());
    return out;
}

/// The byte offset of the first byte that is not valid UTF-8 (an overlong
/// form, a surrogate, a stray continuation, a cut sequence), or -1.
qsizetype invalidUtf8At(const QByteArray& bytes) {
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = b[i];
        int more = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n || (b[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        const unsigned int least[] = {0, 0x80, 0x800, 0x10000};
        if (cp < least[more] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += more + 1;
    }
    return -1;
}

namespace {

int lineAt(const QByteArray& json, qsizetype offset) {
    return static_cast<int>(json.left(offset).count('\n')) + 1;
}

} // namespace

void checkJsonText(const QByteArray& json, const QString& source) {
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0)
        throw LoadError({QStringLiteral("%1: line %2: a NUL byte: not a text file")
                             .arg(source)
                             .arg(lineAt(json, nul))});
    if (const qsizetype bad = invalidUtf8At(json); bad >= 0)
        throw LoadError({QStringLiteral("%1: line %2: text that is not UTF-8 (byte 0x%3)")
                             .arg(source)
                             .arg(lineAt(json, bad))
                             .arg(static_cast<unsigned char>(json[bad]), 2, 16, QLatin1Char('0'))});
    struct Frame {
        bool object;
        std::set<QByteArray> keys;
    };
    std::vector<Frame> stack;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (c == '{' || c == '[') {
            stack.push_back({c == '{', {}});
        } else if ((c == '}' || c == ']') && !stack.empty()) {
            stack.pop_back();
        } else if (c == '"') {
            qsizetype j = i + 1;
            while (j < n && json[j] != '"')
                j += json[j] == '\\' ? 2 : 1;
            const QByteArray text = json.mid(i + 1, j - i - 1);
            // A lone surrogate escape ("\ud800" with no low half after it,
            // or a low half alone) would become "?" without a word.
            for (qsizetype e = text.indexOf("\\u"); e >= 0 && e + 6 <= text.size();
                 e = text.indexOf("\\u", e + 2)) {
                if (e > 0 && text[e - 1] == '\\' && (e < 2 || text[e - 2] != '\\'))
                    continue; // an escaped backslash followed by "u"
                const unsigned int unit = text.mid(e + 2, 4).toUInt(nullptr, 16);
                const bool high = unit >= 0xD800 && unit <= 0xDBFF;
                const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
                const unsigned int next = e + 12 <= text.size() && text.mid(e + 6, 2) == "\\u"
                                              ? text.mid(e + 8, 4).toUInt(nullptr, 16)
                                              : 0;
                if (low || (high && !(next >= 0xDC00 && next <= 0xDFFF)))
                    throw LoadError({QStringLiteral("%1: line %2: a lone UTF-16 surrogate "
                                                    "(\\u%3): not a character")
                                         .arg(source)
                                         .arg(lineAt(json, i))
                                         .arg(QString::fromLatin1(text.mid(e + 2, 4)))});
                if (high)
                    e += 6; // skip its low half
            }
            qsizetype k = j + 1;
            while (k < n &&
                   (json[k] == ' ' || json[k] == '\t' || json[k] == '\n' || json[k] == '\r'))
                ++k;
            if (k < n && json[k] == ':' && !stack.empty() && stack.back().object &&
                !stack.back().keys.insert(text).second)
                throw LoadError({QStringLiteral("%1: line %2: the key \"%3\" is given twice in "
                                                "one object")
                                     .arg(source)
                                     .arg(lineAt(json, i))
                                     .arg(QString::fromUtf8(text.left(80)))});
            i = j;
        }
    }
}

QJsonObject parseJsonObject(const QByteArray& json, const QString& sourceName) {
    checkJsonText(json, sourceName);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line number: easier to find in an editor than a byte offset.
        const int line = static_cast<int>(json.left(parseError.offset).count('\n')) + 1;
        throw LoadError({QStringLiteral("%1: line %2: not valid JSON: %3")
                             .arg(sourceName)
                             .arg(line)
                             .arg(parseError.errorString())});
    }
    if (!doc.isObject())
        throw LoadError({sourceName + QStringLiteral(": expected a JSON object at the top")});
    return doc.object();
}

Project readProjectJson(const QByteArray& json, const QString& sourceName) {
    const QJsonObject root = parseJsonObject(json, sourceName);
    Project project;
    try {
        project = readProject(Obj(root, QString()), sourceName);
    } catch (const FieldError& e) {
        throw LoadError({QStringLiteral("%1: %2: %3").arg(sourceName, e.path, e.message)});
    }
    const auto problems = validate(project);
    if (!problems.empty())
        throw LoadError(problemMessages(problems, sourceName));
    return project;
}

QByteArray writeProjectJson(const Project& p) {
    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("careshift-project");
    root[QStringLiteral("version")] = kJsonFormatVersion;
    root[QStringLiteral("commissioner")] = toJson(p.commissioner);
    root[QStringLiteral("assumptions")] = toJson(p.assumptions);
    root[QStringLiteral("population")] = toJson(p.population);
    root[QStringLiteral("providers")] = toJson(p.providers);
    root[QStringLiteral("contracts")] = toJson(p.contracts);
    if (!p.tariff.empty())
        root[QStringLiteral("tariff")] = toJson(p.tariff);
    QJsonArray pods;
    for (const auto& x : p.pods) {
        QJsonObject o = toJson(x);
        if (!x.hrgMix.empty())
            o[QStringLiteral("hrgMix")] = toJson(x.hrgMix);
        pods.append(o);
    }
    root[QStringLiteral("pods")] = pods;
    root[QStringLiteral("activity")] = toJson(p.activity);
    QJsonArray interventions;
    for (const auto& x : p.interventions) {
        QJsonObject o = toJson(x);
        o[QStringLiteral("effects")] = toJson(x.effects);
        o[QStringLiteral("substitutions")] = toJson(x.substitutions);
        if (!x.metricEffects.empty())
            o[QStringLiteral("metricEffects")] = toJson(x.metricEffects);
        interventions.append(o);
    }
    root[QStringLiteral("interventions")] = interventions;
    QJsonArray scenarios;
    for (const auto& s : p.scenarios) {
        QJsonObject o = toJson(s);
        o[QStringLiteral("interventions")] = toJson(s.items);
        if (!s.contractRules.empty())
            o[QStringLiteral("contractRules")] = toJson(s.contractRules);
        scenarios.append(o);
    }
    root[QStringLiteral("scenarios")] = scenarios;
    if (!p.peers.empty())
        root[QStringLiteral("peers")] = toJson(p.peers);
    if (!p.metrics.empty()) {
        QJsonArray metrics;
        for (const auto& m : p.metrics) {
            QJsonObject o = toJson(m);
            o[QStringLiteral("peerValues")] = toJson(m.peerValues);
            metrics.append(o);
        }
        root[QStringLiteral("metrics")] = metrics;
    }
    if (!p.weights.empty())
        root[QStringLiteral("outcomeWeights")] = toJson(p.weights);
    if (!p.cohorts.empty()) {
        QJsonArray cohorts;
        for (const auto& m : p.cohorts)
            cohorts.append(cohortToJson(m));
        root[QStringLiteral("cohortModels")] = cohorts;
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace careshift::store
