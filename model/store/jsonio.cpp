#include "store/jsonio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <optional>

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
    QJsonValue value(const QString& key, bool required) const {
        QJsonValue v = m_o.value(key);
        if (required && v.isUndefined())
            throw FieldError{at(key), QStringLiteral("is missing")};
        return v;
    }
    double number(const QString& key, std::optional<double> fallback = std::nullopt) const {
        const QJsonValue v = value(key, !fallback);
        if (v.isUndefined())
            return *fallback;
        if (!v.isDouble())
            throw FieldError{at(key), QStringLiteral("expected a number")};
        return v.toDouble();
    }
    int integer(const QString& key, std::optional<int> fallback = std::nullopt) const {
        const double d = number(key, fallback ? std::optional<double>(*fallback) : std::nullopt);
        if (d != std::floor(d) || std::fabs(d) > 1e9)
            throw FieldError{at(key), QStringLiteral("expected a whole number")};
        return static_cast<int>(d);
    }
    std::string text(const QString& key, std::optional<QString> fallback = std::nullopt) const {
        const QJsonValue v = value(key, !fallback);
        if (v.isUndefined())
            return ss(*fallback);
        if (!v.isString())
            throw FieldError{at(key), QStringLiteral("expected text")};
        return ss(v.toString());
    }
    bool boolean(const QString& key, bool fallback) const {
        const QJsonValue v = value(key, false);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            throw FieldError{at(key), QStringLiteral("expected true or false")};
        return v.toBool();
    }
    std::vector<double> numbers(const QString& key, std::vector<double> fallback) const {
        const QJsonValue v = value(key, false);
        if (v.isUndefined())
            return fallback;
        if (!v.isArray())
            throw FieldError{at(key), QStringLiteral("expected a list of numbers")};
        std::vector<double> out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isDouble())
                throw FieldError{at(key) + QStringLiteral("[%1]").arg(i),
                                 QStringLiteral("expected a number")};
            out.push_back(a[i].toDouble());
        }
        return out;
    }
    template <typename F> void each(const QString& key, bool required, F&& f) const {
        const QJsonValue v = value(key, required);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            throw FieldError{at(key), QStringLiteral("expected a list")};
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = at(key) + QStringLiteral("[%1]").arg(i);
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
    template <typename E, typename FromKey>
    E enumeration(const QString& key, FromKey fromKey, const std::string& choices) const {
        const std::string k = text(key);
        const auto e = fromKey(k);
        if (!e)
            throw FieldError{at(key),
                             QStringLiteral("'%1' is not one of: %2").arg(qs(k), qs(choices))};
        return *e;
    }

private:
    QJsonObject m_o;
    QString m_path;
};

const std::string kGroupChoices = groupKeyList();
const std::string kSettingChoices = settingKeyList();
const std::string kMechanismChoices = mechanismKeyList();
const std::string kRoleChoices = podRoleKeyList();

Group readGroup(const Obj& o) {
    return o.enumeration<Group>(QStringLiteral("group"), groupFromKey, kGroupChoices);
}

Project readProject(const Obj& root) {
    const int version = root.integer(QStringLiteral("version"));
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
    const Obj c = root.object(QStringLiteral("commissioner"));
    p.commissioner.name = c.text(QStringLiteral("name"));
    p.commissioner.code = c.text(QStringLiteral("code"), QString());
    p.commissioner.baseYear = c.integer(QStringLiteral("baseYear"));
    p.commissioner.source = c.text(QStringLiteral("source"), QString());

    const Obj a = root.object(QStringLiteral("assumptions"));
    p.assumptions.horizon = a.integer(QStringLiteral("horizon"));
    p.assumptions.discountRate = a.number(QStringLiteral("discountRate"));
    p.assumptions.qalyThreshold = a.number(QStringLiteral("qalyThreshold"), 20000.0);
    p.assumptions.priceUplift = a.numbers(QStringLiteral("priceUplift"), {0.0});
    p.assumptions.source = a.text(QStringLiteral("source"), QString());

    root.each(QStringLiteral("population"), true, [&](const Obj& o) {
        Population pop;
        pop.group = readGroup(o);
        pop.baseCount = o.number(QStringLiteral("baseCount"));
        pop.growth = o.numbers(QStringLiteral("growth"), {0.0});
        pop.source = o.text(QStringLiteral("source"), QString());
        p.population.push_back(std::move(pop));
    });
    root.each(QStringLiteral("providers"), true, [&](const Obj& o) {
        Provider pr;
        pr.id = o.text(QStringLiteral("id"));
        pr.name = o.text(QStringLiteral("name"), QString());
        pr.mff = o.number(QStringLiteral("mff"), 1.0);
        pr.source = o.text(QStringLiteral("source"), QString());
        p.providers.push_back(std::move(pr));
    });
    root.each(QStringLiteral("contracts"), true, [&](const Obj& o) {
        Contract k;
        k.id = o.text(QStringLiteral("id"));
        k.name = o.text(QStringLiteral("name"), QString());
        k.providerId = o.text(QStringLiteral("provider"));
        k.mechanism = o.enumeration<Mechanism>(QStringLiteral("mechanism"), mechanismFromKey,
                                               kMechanismChoices);
        k.cquinRate = o.number(QStringLiteral("cquinRate"), 0.0);
        k.nelThreshold = o.number(QStringLiteral("nelThreshold"), 0.0);
        k.nelMarginalRate = o.number(QStringLiteral("nelMarginalRate"), 1.0);
        k.unpaidReadmissionShare = o.number(QStringLiteral("unpaidReadmissionShare"), 0.0);
        k.fixedValue = o.number(QStringLiteral("fixedValue"), 0.0);
        k.variableRate = o.number(QStringLiteral("variableRate"), 0.0);
        k.capitationPerHead = o.number(QStringLiteral("capitationPerHead"), 0.0);
        k.source = o.text(QStringLiteral("source"), QString());
        p.contracts.push_back(std::move(k));
    });
    root.each(QStringLiteral("pods"), true, [&](const Obj& o) {
        Pod pod;
        pod.code = o.text(QStringLiteral("code"));
        pod.name = o.text(QStringLiteral("name"), QString());
        pod.unit = o.text(QStringLiteral("unit"), QString());
        pod.setting =
            o.enumeration<Setting>(QStringLiteral("setting"), settingFromKey, kSettingChoices);
        pod.role =
            o.value(QStringLiteral("role"), false).isUndefined()
                ? PodRole::Other
                : o.enumeration<PodRole>(QStringLiteral("role"), podRoleFromKey, kRoleChoices);
        pod.bedDaysPerUnit = o.number(QStringLiteral("bedDaysPerUnit"), 0.0);
        pod.price = o.number(QStringLiteral("price"));
        pod.priceSource = o.text(QStringLiteral("priceSource"), QString());
        pod.nonDemographicGrowth = o.numbers(QStringLiteral("nonDemographicGrowth"), {0.0});
        pod.contractId = o.text(QStringLiteral("contract"));
        pod.source = o.text(QStringLiteral("source"), QString());
        p.pods.push_back(std::move(pod));
    });
    root.each(QStringLiteral("activity"), true, [&](const Obj& o) {
        Activity act;
        act.group = readGroup(o);
        act.pod = o.text(QStringLiteral("pod"));
        act.ratePer1000 = o.number(QStringLiteral("ratePer1000"));
        act.source = o.text(QStringLiteral("source"), QString());
        p.activity.push_back(std::move(act));
    });
    root.each(QStringLiteral("interventions"), false, [&](const Obj& o) {
        Intervention iv;
        iv.id = o.text(QStringLiteral("id"));
        iv.name = o.text(QStringLiteral("name"), QString());
        iv.group = readGroup(o);
        iv.coverage = o.number(QStringLiteral("coverage"));
        iv.activityRatio = o.number(QStringLiteral("activityRatio"), 1.0);
        iv.startYear = o.integer(QStringLiteral("startYear"), 0);
        iv.rampUp = o.numbers(QStringLiteral("rampUp"), {1.0});
        iv.oneOffCost = o.number(QStringLiteral("oneOffCost"), 0.0);
        iv.fixedCostPerYear = o.number(QStringLiteral("fixedCostPerYear"), 0.0);
        iv.costPerParticipant = o.number(QStringLiteral("costPerParticipant"), 0.0);
        iv.costSetting =
            o.enumeration<Setting>(QStringLiteral("costSetting"), settingFromKey, kSettingChoices);
        iv.costProviderId = o.text(QStringLiteral("costProvider"), QString());
        o.each(QStringLiteral("effects"), false, [&](const Obj& e) {
            iv.effects.push_back({e.text(QStringLiteral("pod")), e.number(QStringLiteral("change")),
                                  e.text(QStringLiteral("source"), QString())});
        });
        o.each(QStringLiteral("substitutions"), false, [&](const Obj& s) {
            iv.substitutions.push_back({s.text(QStringLiteral("fromPod")),
                                        s.text(QStringLiteral("toPod")),
                                        s.number(QStringLiteral("unitsPerAvoided")),
                                        s.text(QStringLiteral("source"), QString())});
        });
        iv.notes = o.text(QStringLiteral("notes"), QString());
        iv.source = o.text(QStringLiteral("source"), QString());
        p.interventions.push_back(std::move(iv));
    });
    root.each(QStringLiteral("scenarios"), false, [&](const Obj& o) {
        Scenario s;
        s.id = o.text(QStringLiteral("id"));
        s.name = o.text(QStringLiteral("name"), qs(s.id));
        o.each(QStringLiteral("interventions"), false, [&](const Obj& item) {
            s.items.push_back(
                {item.text(QStringLiteral("id")), item.boolean(QStringLiteral("enabled"), true)});
        });
        s.notes = o.text(QStringLiteral("notes"), QString());
        p.scenarios.push_back(std::move(s));
    });
    return p;
}

QJsonArray numbersJson(const std::vector<double>& v) {
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return a;
}

} // namespace

QStringList problemMessages(const std::vector<Problem>& problems, const QString& sourceName) {
    QStringList out;
    for (const auto& pr : problems)
        out << sourceName + QStringLiteral(": ") + qs(pr.toString());
    return out;
}

Project readProjectJson(const QByteArray& json, const QString& sourceName) {
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
    Project project;
    try {
        project = readProject(Obj(doc.object(), QString()));
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

    root[QStringLiteral("commissioner")] =
        QJsonObject{{QStringLiteral("name"), qs(p.commissioner.name)},
                    {QStringLiteral("code"), qs(p.commissioner.code)},
                    {QStringLiteral("baseYear"), p.commissioner.baseYear},
                    {QStringLiteral("source"), qs(p.commissioner.source)}};
    root[QStringLiteral("assumptions")] =
        QJsonObject{{QStringLiteral("horizon"), p.assumptions.horizon},
                    {QStringLiteral("discountRate"), p.assumptions.discountRate},
                    {QStringLiteral("qalyThreshold"), p.assumptions.qalyThreshold},
                    {QStringLiteral("priceUplift"), numbersJson(p.assumptions.priceUplift)},
                    {QStringLiteral("source"), qs(p.assumptions.source)}};

    QJsonArray population;
    for (const auto& x : p.population)
        population.append(QJsonObject{{QStringLiteral("group"), qs(groupKey(x.group))},
                                      {QStringLiteral("baseCount"), x.baseCount},
                                      {QStringLiteral("growth"), numbersJson(x.growth)},
                                      {QStringLiteral("source"), qs(x.source)}});
    root[QStringLiteral("population")] = population;

    QJsonArray providers;
    for (const auto& x : p.providers)
        providers.append(QJsonObject{{QStringLiteral("id"), qs(x.id)},
                                     {QStringLiteral("name"), qs(x.name)},
                                     {QStringLiteral("mff"), x.mff},
                                     {QStringLiteral("source"), qs(x.source)}});
    root[QStringLiteral("providers")] = providers;

    QJsonArray contracts;
    for (const auto& x : p.contracts)
        contracts.append(
            QJsonObject{{QStringLiteral("id"), qs(x.id)},
                        {QStringLiteral("name"), qs(x.name)},
                        {QStringLiteral("provider"), qs(x.providerId)},
                        {QStringLiteral("mechanism"), qs(mechanismKey(x.mechanism))},
                        {QStringLiteral("cquinRate"), x.cquinRate},
                        {QStringLiteral("nelThreshold"), x.nelThreshold},
                        {QStringLiteral("nelMarginalRate"), x.nelMarginalRate},
                        {QStringLiteral("unpaidReadmissionShare"), x.unpaidReadmissionShare},
                        {QStringLiteral("fixedValue"), x.fixedValue},
                        {QStringLiteral("variableRate"), x.variableRate},
                        {QStringLiteral("capitationPerHead"), x.capitationPerHead},
                        {QStringLiteral("source"), qs(x.source)}});
    root[QStringLiteral("contracts")] = contracts;

    QJsonArray pods;
    for (const auto& x : p.pods)
        pods.append(QJsonObject{
            {QStringLiteral("code"), qs(x.code)},
            {QStringLiteral("name"), qs(x.name)},
            {QStringLiteral("unit"), qs(x.unit)},
            {QStringLiteral("setting"), qs(settingKey(x.setting))},
            {QStringLiteral("role"), qs(podRoleKey(x.role))},
            {QStringLiteral("bedDaysPerUnit"), x.bedDaysPerUnit},
            {QStringLiteral("price"), x.price},
            {QStringLiteral("priceSource"), qs(x.priceSource)},
            {QStringLiteral("nonDemographicGrowth"), numbersJson(x.nonDemographicGrowth)},
            {QStringLiteral("contract"), qs(x.contractId)},
            {QStringLiteral("source"), qs(x.source)}});
    root[QStringLiteral("pods")] = pods;

    QJsonArray activity;
    for (const auto& x : p.activity)
        activity.append(QJsonObject{{QStringLiteral("group"), qs(groupKey(x.group))},
                                    {QStringLiteral("pod"), qs(x.pod)},
                                    {QStringLiteral("ratePer1000"), x.ratePer1000},
                                    {QStringLiteral("source"), qs(x.source)}});
    root[QStringLiteral("activity")] = activity;

    QJsonArray interventions;
    for (const auto& x : p.interventions) {
        QJsonArray effects;
        for (const auto& e : x.effects)
            effects.append(QJsonObject{{QStringLiteral("pod"), qs(e.pod)},
                                       {QStringLiteral("change"), e.change},
                                       {QStringLiteral("source"), qs(e.source)}});
        QJsonArray subs;
        for (const auto& s : x.substitutions)
            subs.append(QJsonObject{{QStringLiteral("fromPod"), qs(s.fromPod)},
                                    {QStringLiteral("toPod"), qs(s.toPod)},
                                    {QStringLiteral("unitsPerAvoided"), s.unitsPerAvoided},
                                    {QStringLiteral("source"), qs(s.source)}});
        interventions.append(
            QJsonObject{{QStringLiteral("id"), qs(x.id)},
                        {QStringLiteral("name"), qs(x.name)},
                        {QStringLiteral("group"), qs(groupKey(x.group))},
                        {QStringLiteral("coverage"), x.coverage},
                        {QStringLiteral("activityRatio"), x.activityRatio},
                        {QStringLiteral("startYear"), x.startYear},
                        {QStringLiteral("rampUp"), numbersJson(x.rampUp)},
                        {QStringLiteral("oneOffCost"), x.oneOffCost},
                        {QStringLiteral("fixedCostPerYear"), x.fixedCostPerYear},
                        {QStringLiteral("costPerParticipant"), x.costPerParticipant},
                        {QStringLiteral("costSetting"), qs(settingKey(x.costSetting))},
                        {QStringLiteral("costProvider"), qs(x.costProviderId)},
                        {QStringLiteral("effects"), effects},
                        {QStringLiteral("substitutions"), subs},
                        {QStringLiteral("notes"), qs(x.notes)},
                        {QStringLiteral("source"), qs(x.source)}});
    }
    root[QStringLiteral("interventions")] = interventions;

    QJsonArray scenarios;
    for (const auto& s : p.scenarios) {
        QJsonArray items;
        for (const auto& item : s.items)
            items.append(QJsonObject{{QStringLiteral("id"), qs(item.interventionId)},
                                     {QStringLiteral("enabled"), item.enabled}});
        scenarios.append(QJsonObject{{QStringLiteral("id"), qs(s.id)},
                                     {QStringLiteral("name"), qs(s.name)},
                                     {QStringLiteral("interventions"), items},
                                     {QStringLiteral("notes"), qs(s.notes)}});
    }
    root[QStringLiteral("scenarios")] = scenarios;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace careshift::store
