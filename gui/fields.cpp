#include "gui/fields.h"

#include "engine/format.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace careshift {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
std::string ss(const QString& s) {
    return s.toStdString();
}

template <typename E, int N>
std::vector<Choice> enumChoices(std::string_view (*key)(E), std::string_view (*name)(E)) {
    std::vector<Choice> out;
    for (int i = 0; i < N; ++i)
        out.push_back({qs(key(static_cast<E>(i))), qs(name(static_cast<E>(i)))});
    return out;
}

std::string_view roleName(PodRole r) {
    switch (r) {
    case PodRole::EmergencyAdmission:
        return "Emergency admission";
    case PodRole::ExcessBedDay:
        return "Excess bed day";
    case PodRole::Other:
        break;
    }
    return "Other";
}

FieldInfo info(QString label, FieldKind kind, QString description = {}, double minimum = 0,
               double maximum = 1e12, int decimals = 2) {
    FieldInfo f;
    f.label = std::move(label);
    f.kind = kind;
    f.description = std::move(description);
    f.minimum = minimum;
    f.maximum = maximum;
    f.decimals = decimals;
    return f;
}

FieldInfo choice(QString label, std::vector<Choice> choices, QString description = {}) {
    FieldInfo f = info(std::move(label), FieldKind::Choice, std::move(description));
    f.choices = std::move(choices);
    return f;
}

std::vector<Choice> podChoices(const Project& p) {
    std::vector<Choice> out;
    for (const Pod& pod : p.pods)
        out.push_back({qs(pod.code), qs(pod.code) + QStringLiteral(" – ") + qs(pod.name)});
    return out;
}

std::vector<Choice> providerChoices(const Project& p, bool allowNone) {
    std::vector<Choice> out;
    if (allowNone)
        out.push_back({QString(), QObject::tr("(another provider)")});
    for (const Provider& x : p.providers)
        out.push_back({qs(x.id), qs(x.name.empty() ? x.id : x.name)});
    return out;
}

std::vector<Choice> contractChoices(const Project& p) {
    std::vector<Choice> out;
    for (const Contract& c : p.contracts)
        out.push_back({qs(c.id), qs(c.name.empty() ? c.id : c.name)});
    return out;
}

bool inRange(int i, std::size_t size) {
    return i >= 0 && static_cast<std::size_t>(i) < size;
}

const Activity* findActivity(const Project& p, int group, int pod) {
    if (!inRange(pod, p.pods.size()))
        return nullptr;
    for (const Activity& a : p.activity)
        if (static_cast<int>(a.group) == group &&
            a.pod == p.pods[static_cast<std::size_t>(pod)].code)
            return &a;
    return nullptr;
}

Population* findPopulation(Project& p, int group) {
    for (Population& x : p.population)
        if (static_cast<int>(x.group) == group)
            return &x;
    return nullptr;
}

QString percentText(double fraction) {
    // Up to three decimals, trailing zeros dropped: 2.5%, 33.33%, 0.125%.
    QString s = QString::number(fraction * 100, 'f', 3);
    while (s.contains(QLatin1Char('.')) &&
           (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return s + QLatin1Char('%');
}

QString moneyText(double pounds) {
    const bool pence = std::fabs(pounds - std::round(pounds)) > 0.004;
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QString body = en.toString(std::fabs(pounds), 'f', pence ? 2 : 0);
    return (pounds < 0 ? QStringLiteral("-£") : QStringLiteral("£")) + body;
}

} // namespace

QString seriesText(const std::vector<double>& series) {
    QStringList parts;
    for (double v : series)
        parts << percentText(v);
    return parts.join(QStringLiteral(", "));
}

bool parseSeries(const QString& text, std::vector<double>* out) {
    out->clear();
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part.remove(QLatin1Char('%'));
        bool ok = false;
        const double v = part.toDouble(&ok);
        if (!ok)
            return false;
        out->push_back(v / 100.0);
    }
    return !out->empty();
}

FieldInfo fieldInfo(const Project& p, Table table, int column) {
    const QString perYear = QObject::tr(
        "Per year; a list such as \"2%, 1.5%\" gives year by year, the last carrying forward.");
    switch (table) {
    case Table::Commissioner:
        switch (column) {
        case CommissionerName:
            return info(QObject::tr("Name"), FieldKind::Text);
        case CommissionerCode:
            return info(QObject::tr("Code"), FieldKind::Text);
        case CommissionerBaseYear:
            return info(
                QObject::tr("Base year"), FieldKind::Integer,
                QObject::tr("First calendar year of the base financial year: 2016 = 2016/17."),
                1990, 2100, 0);
        }
        break;
    case Table::Assumptions:
        switch (column) {
        case AssumptionHorizon:
            return info(QObject::tr("Horizon (years)"), FieldKind::Integer,
                        QObject::tr("Years projected, 1 to 20."), 1, 20, 0);
        case AssumptionDiscountRate:
            return info(QObject::tr("Discount rate"), FieldKind::Percent,
                        QObject::tr("Per year (HM Treasury Green Book: 3.5%)."), 0, 0.99, 2);
        case AssumptionQalyThreshold:
            return info(QObject::tr("QALY threshold"), FieldKind::Money,
                        QObject::tr("Pounds per QALY (NICE: £20,000-£30,000)."), 0, 1e7, 0);
        case AssumptionPriceUplift:
            return info(QObject::tr("Price uplift"), FieldKind::Series,
                        QObject::tr("Cost uplift minus efficiency. ") + perYear, -0.99, 10);
        }
        break;
    case Table::Population:
        switch (column) {
        case PopulationBaseCount:
            return info(QObject::tr("People (base year)"), FieldKind::Count, {}, 0, 1e9, 0);
        case PopulationGrowth:
            return info(QObject::tr("Growth"), FieldKind::Series, perYear, -0.99, 10);
        case PopulationSource:
            return info(QObject::tr("Source"), FieldKind::Text);
        }
        break;
    case Table::Activity:
        if (inRange(column, p.pods.size())) {
            const Pod& pod = p.pods[static_cast<std::size_t>(column)];
            return info(qs(pod.code), FieldKind::Number,
                        QObject::tr("%1: %2s per 1,000 people a year, base year")
                            .arg(qs(pod.name), qs(pod.unit)),
                        0, 1e7, 2);
        }
        break;
    case Table::Pod:
        switch (column) {
        case PodCode:
            return info(QObject::tr("Code"), FieldKind::Text);
        case PodName:
            return info(QObject::tr("Name"), FieldKind::Text);
        case PodUnit:
            return info(QObject::tr("Unit"), FieldKind::Text);
        case PodSetting:
            return choice(QObject::tr("Setting"),
                          enumChoices<Setting, kSettingCount>(settingKey, settingName));
        case PodRoleColumn: {
            std::vector<Choice> roles;
            for (int i = 0; i < 3; ++i)
                roles.push_back({qs(podRoleKey(static_cast<PodRole>(i))),
                                 qs(roleName(static_cast<PodRole>(i)))});
            return choice(QObject::tr("Counts as"), roles,
                          QObject::tr("Emergency admissions and excess bed days are non-elective: "
                                      "the marginal rate and readmission rule apply."));
        }
        case PodPrice:
            return info(QObject::tr("Price"), FieldKind::Money,
                        QObject::tr("Base-year pounds per unit, before MFF."), 0, 1e9, 2);
        case PodGrowth:
            return info(QObject::tr("Non-demographic growth"), FieldKind::Series, perYear, -0.99,
                        10);
        case PodBedDays:
            return info(QObject::tr("Bed days per unit"), FieldKind::Number, {}, 0, 1000, 2);
        case PodContract:
            return choice(QObject::tr("Contract"), contractChoices(p));
        case PodPriceSource:
            return info(QObject::tr("Price source"), FieldKind::Text);
        }
        break;
    case Table::Provider:
        switch (column) {
        case ProviderName:
            return info(QObject::tr("Provider"), FieldKind::Text);
        case ProviderMff:
            return info(
                QObject::tr("MFF"), FieldKind::Number,
                QObject::tr("Market forces factor: multiplies tariff prices (about 0.9-1.3)."),
                0.01, 5, 4);
        case ProviderSource:
            return info(QObject::tr("Source"), FieldKind::Text);
        }
        break;
    case Table::Contract:
        switch (column) {
        case ContractName:
            return info(QObject::tr("Contract"), FieldKind::Text);
        case ContractProvider:
            return choice(QObject::tr("Provider"), providerChoices(p, false));
        case ContractMechanism:
            return choice(QObject::tr("Payment"),
                          enumChoices<Mechanism, 4>(mechanismKey, mechanismName));
        case ContractCquin:
            return info(QObject::tr("CQUIN"), FieldKind::Percent,
                        QObject::tr("Added to contract value (1.5%-2.5%)."), 0, 1);
        case ContractNelThreshold:
            return info(QObject::tr("NEL threshold"), FieldKind::Money,
                        QObject::tr("Base-year non-elective income above which the marginal rate "
                                    "applies; 0 = none."),
                        0, 1e12, 0);
        case ContractNelMarginalRate:
            return info(QObject::tr("NEL marginal rate"), FieldKind::Percent,
                        QObject::tr("Share of tariff paid above the threshold (30% from 2010/11)."),
                        0, 1);
        case ContractUnpaidReadmissions:
            return info(QObject::tr("Unpaid readmissions"), FieldKind::Percent,
                        QObject::tr("Share of non-elective activity not paid."), 0, 1);
        case ContractFixedValue:
            return info(QObject::tr("Fixed value"), FieldKind::Money,
                        QObject::tr("Block value, or the fixed part of a blended contract; "
                                    "base-year pounds a year."),
                        0, 1e12, 0);
        case ContractVariableRate:
            return info(QObject::tr("Variable rate"), FieldKind::Percent,
                        QObject::tr("Blended: share of price paid per unit above or below plan."),
                        0, 1);
        case ContractCapitation:
            return info(QObject::tr("Capitation"), FieldKind::Money,
                        QObject::tr("Pounds per head a year."), 0, 1e6, 2);
        }
        break;
    case Table::Intervention:
        switch (column) {
        case InterventionName:
            return info(QObject::tr("Name"), FieldKind::Text);
        case InterventionGroup:
            return choice(QObject::tr("Patient group"),
                          enumChoices<Group, kGroupCount>(groupKey, groupName));
        case InterventionCoverage:
            return info(QObject::tr("Coverage"), FieldKind::Percent,
                        QObject::tr("Share of the group reached at full roll-out."), 0, 1);
        case InterventionActivityRatio:
            return info(QObject::tr("Activity ratio"), FieldKind::Number,
                        QObject::tr("How much more than the group's average the people reached use "
                                    "(3 = three times). Coverage x ratio may not exceed 100%."),
                        0, 100, 3);
        case InterventionStartYear: {
            // Offered as financial years ("2017/18"); stored as the year index.
            std::vector<Choice> years;
            for (int t = 0; t < p.assumptions.horizon; ++t)
                years.push_back(
                    {QString::number(t), qs(formatFinancialYear(p.commissioner.baseYear + t))});
            return choice(QObject::tr("Start year"), years,
                          QObject::tr("The financial year the intervention starts."));
        }
        case InterventionRampUp:
            return info(
                QObject::tr("Ramp-up"), FieldKind::Series,
                QObject::tr(
                    "Share of full effect in each year from the start, e.g. \"50%, 80%, 100%\"."),
                0, 1);
        case InterventionOneOffCost:
            return info(QObject::tr("One-off cost"), FieldKind::Money,
                        QObject::tr("Base-year pounds, in the start year."), 0, 1e12, 0);
        case InterventionFixedCost:
            return info(QObject::tr("Fixed cost a year"), FieldKind::Money,
                        QObject::tr("Base-year pounds a year from the start year."), 0, 1e12, 0);
        case InterventionCostPerParticipant:
            return info(QObject::tr("Cost per participant"), FieldKind::Money,
                        QObject::tr("Base-year pounds per person reached per year."), 0, 1e9, 2);
        case InterventionCostSetting:
            return choice(QObject::tr("Cost falls in"),
                          enumChoices<Setting, kSettingCount>(settingKey, settingName));
        case InterventionCostProvider:
            return choice(QObject::tr("Paid to"), providerChoices(p, true));
        case InterventionNotes:
            return info(QObject::tr("Notes"), FieldKind::Text);
        }
        break;
    case Table::Effect:
        switch (column) {
        case EffectPod:
            return choice(QObject::tr("Point of delivery"), podChoices(p));
        case EffectChange:
            return info(QObject::tr("Change among those reached"), FieldKind::Percent,
                        QObject::tr("-20% = a fifth fewer units."), -1, 10);
        }
        break;
    case Table::Substitution:
        switch (column) {
        case SubstitutionFrom:
            return choice(QObject::tr("Each unit avoided in"), podChoices(p));
        case SubstitutionTo:
            return choice(QObject::tr("adds units in"), podChoices(p));
        case SubstitutionUnits:
            return info(QObject::tr("Units added"), FieldKind::Number, {}, 0, 1000, 2);
        }
        break;
    case Table::Scenario:
        switch (column) {
        case ScenarioName:
            return info(QObject::tr("Name"), FieldKind::Text);
        case ScenarioNotes:
            return info(QObject::tr("Notes"), FieldKind::Text);
        }
        break;
    case Table::ScenarioItem:
        return info(QObject::tr("In this scenario"), FieldKind::Bool);
    }
    return info(QString(), FieldKind::Text);
}

QVariant fieldValue(const Project& p, const FieldRef& r) {
    const auto row = static_cast<std::size_t>(std::max(0, r.row));
    switch (r.table) {
    case Table::Commissioner:
        switch (r.column) {
        case CommissionerName:
            return qs(p.commissioner.name);
        case CommissionerCode:
            return qs(p.commissioner.code);
        case CommissionerBaseYear:
            return double(p.commissioner.baseYear);
        }
        break;
    case Table::Assumptions:
        switch (r.column) {
        case AssumptionHorizon:
            return double(p.assumptions.horizon);
        case AssumptionDiscountRate:
            return p.assumptions.discountRate;
        case AssumptionQalyThreshold:
            return p.assumptions.qalyThreshold;
        case AssumptionPriceUplift:
            return seriesText(p.assumptions.priceUplift);
        }
        break;
    case Table::Population:
        for (const Population& x : p.population) {
            if (static_cast<int>(x.group) != r.row)
                continue;
            switch (r.column) {
            case PopulationBaseCount:
                return x.baseCount;
            case PopulationGrowth:
                return seriesText(x.growth);
            case PopulationSource:
                return qs(x.source);
            }
        }
        break;
    case Table::Activity: {
        if (!inRange(r.column, p.pods.size()) || r.row < 0 || r.row >= kGroupCount)
            return {};
        const Activity* a = findActivity(p, r.row, r.column);
        return a ? a->ratePer1000 : 0.0;
    }
    case Table::Pod:
        if (!inRange(r.row, p.pods.size()))
            return {};
        {
            const Pod& x = p.pods[row];
            switch (r.column) {
            case PodCode:
                return qs(x.code);
            case PodName:
                return qs(x.name);
            case PodUnit:
                return qs(x.unit);
            case PodSetting:
                return qs(settingKey(x.setting));
            case PodRoleColumn:
                return qs(podRoleKey(x.role));
            case PodPrice:
                return x.price;
            case PodGrowth:
                return seriesText(x.nonDemographicGrowth);
            case PodBedDays:
                return x.bedDaysPerUnit;
            case PodContract:
                return qs(x.contractId);
            case PodPriceSource:
                return qs(x.priceSource);
            }
        }
        break;
    case Table::Provider:
        if (!inRange(r.row, p.providers.size()))
            return {};
        switch (r.column) {
        case ProviderName:
            return qs(p.providers[row].name);
        case ProviderMff:
            return p.providers[row].mff;
        case ProviderSource:
            return qs(p.providers[row].source);
        }
        break;
    case Table::Contract:
        if (!inRange(r.row, p.contracts.size()))
            return {};
        {
            const Contract& c = p.contracts[row];
            switch (r.column) {
            case ContractName:
                return qs(c.name);
            case ContractProvider:
                return qs(c.providerId);
            case ContractMechanism:
                return qs(mechanismKey(c.mechanism));
            case ContractCquin:
                return c.cquinRate;
            case ContractNelThreshold:
                return c.nelThreshold;
            case ContractNelMarginalRate:
                return c.nelMarginalRate;
            case ContractUnpaidReadmissions:
                return c.unpaidReadmissionShare;
            case ContractFixedValue:
                return c.fixedValue;
            case ContractVariableRate:
                return c.variableRate;
            case ContractCapitation:
                return c.capitationPerHead;
            }
        }
        break;
    case Table::Intervention:
        if (!inRange(r.row, p.interventions.size()))
            return {};
        {
            const Intervention& x = p.interventions[row];
            switch (r.column) {
            case InterventionName:
                return qs(x.name);
            case InterventionGroup:
                return qs(groupKey(x.group));
            case InterventionCoverage:
                return x.coverage;
            case InterventionActivityRatio:
                return x.activityRatio;
            case InterventionStartYear:
                return QString::number(x.startYear);
            case InterventionRampUp:
                return seriesText(x.rampUp);
            case InterventionOneOffCost:
                return x.oneOffCost;
            case InterventionFixedCost:
                return x.fixedCostPerYear;
            case InterventionCostPerParticipant:
                return x.costPerParticipant;
            case InterventionCostSetting:
                return qs(settingKey(x.costSetting));
            case InterventionCostProvider:
                return qs(x.costProviderId);
            case InterventionNotes:
                return qs(x.notes);
            }
        }
        break;
    case Table::Effect:
        if (!inRange(r.parent, p.interventions.size()) ||
            !inRange(r.row, p.interventions[static_cast<std::size_t>(r.parent)].effects.size()))
            return {};
        {
            const ActivityEffect& e =
                p.interventions[static_cast<std::size_t>(r.parent)].effects[row];
            return r.column == EffectPod ? QVariant(qs(e.pod)) : QVariant(e.change);
        }
    case Table::Substitution:
        if (!inRange(r.parent, p.interventions.size()) ||
            !inRange(r.row,
                     p.interventions[static_cast<std::size_t>(r.parent)].substitutions.size()))
            return {};
        {
            const Substitution& s =
                p.interventions[static_cast<std::size_t>(r.parent)].substitutions[row];
            switch (r.column) {
            case SubstitutionFrom:
                return qs(s.fromPod);
            case SubstitutionTo:
                return qs(s.toPod);
            case SubstitutionUnits:
                return s.unitsPerAvoided;
            }
        }
        break;
    case Table::Scenario:
        if (!inRange(r.row, p.scenarios.size()))
            return {};
        return r.column == ScenarioName ? qs(p.scenarios[row].name) : qs(p.scenarios[row].notes);
    case Table::ScenarioItem:
        if (!inRange(r.parent, p.scenarios.size()) || !inRange(r.row, p.interventions.size()))
            return {};
        for (const ScenarioItem& item : p.scenarios[static_cast<std::size_t>(r.parent)].items)
            if (item.interventionId == p.interventions[row].id)
                return item.enabled;
        return false;
    }
    return {};
}

QString displayText(const Project& p, const FieldRef& r) {
    const QVariant v = fieldValue(p, r);
    if (!v.isValid())
        return {};
    const FieldInfo f = fieldInfo(p, r.table, r.column);
    switch (f.kind) {
    case FieldKind::Money:
        return moneyText(v.toDouble());
    case FieldKind::Percent:
        return percentText(v.toDouble());
    case FieldKind::Count:
        return QString::fromStdString(formatCount(v.toDouble()));
    case FieldKind::Integer:
        return QString::number(std::llround(v.toDouble()));
    case FieldKind::Number:
        return QLocale(QLocale::English).toString(v.toDouble(), 'g', 8);
    case FieldKind::Choice:
        for (const Choice& c : f.choices)
            if (c.key == v.toString())
                return c.label;
        return v.toString();
    case FieldKind::Bool:
        return v.toBool() ? QObject::tr("Yes") : QObject::tr("No");
    case FieldKind::Text:
    case FieldKind::Series:
        break;
    }
    if (r.table == Table::Commissioner && r.column == CommissionerBaseYear)
        return QString::fromStdString(formatFinancialYear(v.toInt()));
    return v.toString();
}

QVariant parseInput(const Project& p, const FieldRef& r, const QString& input, QString* error) {
    const FieldInfo f = fieldInfo(p, r.table, r.column);
    QString text = input.trimmed();
    error->clear();
    switch (f.kind) {
    case FieldKind::Text:
        return input;
    case FieldKind::Series: {
        std::vector<double> series;
        if (!parseSeries(text, &series)) {
            *error = QObject::tr("%1: expected percentages such as \"2%, 1.5%\"").arg(f.label);
            return {};
        }
        return seriesText(series);
    }
    case FieldKind::Choice:
        for (const Choice& c : f.choices)
            if (c.key.compare(text, Qt::CaseInsensitive) == 0 ||
                c.label.compare(text, Qt::CaseInsensitive) == 0)
                return c.key;
        *error = QObject::tr("%1: '%2' is not one of the choices").arg(f.label, text);
        return {};
    case FieldKind::Bool: {
        const QString t = text.toLower();
        if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
            return true;
        if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
            return false;
        *error = QObject::tr("%1: expected yes or no").arg(f.label);
        return {};
    }
    default:
        break;
    }
    // Numbers as a spreadsheet copies them: "£1,234.50", "12.5%", "-3".
    text.remove(QLatin1Char('%'))
        .remove(QStringLiteral("£"))
        .remove(QLatin1Char(','))
        .remove(QLatin1Char(' '));
    bool ok = false;
    double v = text.toDouble(&ok);
    if (!ok) {
        *error = QObject::tr("%1: '%2' is not a number").arg(f.label, input.trimmed());
        return {};
    }
    // A percentage is typed as a percentage, with or without the sign ("12.5%",
    // "12.5"), as in the spin boxes: a plain "1" is 1%, never 100%.
    if (f.kind == FieldKind::Percent)
        v /= 100.0;
    if (v < f.minimum - 1e-12 || v > f.maximum + 1e-12) {
        const auto shown = [&](double x) {
            return f.kind == FieldKind::Percent ? percentText(x)
                                                : QLocale(QLocale::English).toString(x, 'g', 10);
        };
        *error = QObject::tr("%1 must be from %2 to %3 (not %4)")
                     .arg(f.label, shown(f.minimum), shown(f.maximum), input.trimmed());
        return {};
    }
    if ((f.kind == FieldKind::Integer) && v != std::floor(v)) {
        *error = QObject::tr("%1 must be a whole number").arg(f.label);
        return {};
    }
    return v;
}

QString applyField(Project& p, const FieldRef& r, const QVariant& v) {
    const auto row = static_cast<std::size_t>(std::max(0, r.row));
    QString wrongRow = QObject::tr("no such row");
    auto series = [&](std::vector<double>& out) -> QString {
        std::vector<double> parsed;
        if (!parseSeries(v.toString(), &parsed))
            return QObject::tr("expected percentages such as \"2%, 1.5%\"");
        out = parsed;
        return {};
    };
    switch (r.table) {
    case Table::Commissioner:
        switch (r.column) {
        case CommissionerName:
            p.commissioner.name = ss(v.toString());
            return {};
        case CommissionerCode:
            p.commissioner.code = ss(v.toString());
            return {};
        case CommissionerBaseYear:
            p.commissioner.baseYear = static_cast<int>(std::lround(v.toDouble()));
            return {};
        }
        break;
    case Table::Assumptions:
        switch (r.column) {
        case AssumptionHorizon:
            p.assumptions.horizon = static_cast<int>(std::lround(v.toDouble()));
            return {};
        case AssumptionDiscountRate:
            p.assumptions.discountRate = v.toDouble();
            return {};
        case AssumptionQalyThreshold:
            p.assumptions.qalyThreshold = v.toDouble();
            return {};
        case AssumptionPriceUplift:
            return series(p.assumptions.priceUplift);
        }
        break;
    case Table::Population: {
        Population* x = findPopulation(p, r.row);
        if (!x)
            return wrongRow;
        switch (r.column) {
        case PopulationBaseCount:
            x->baseCount = v.toDouble();
            return {};
        case PopulationGrowth:
            return series(x->growth);
        case PopulationSource:
            x->source = ss(v.toString());
            return {};
        }
        break;
    }
    case Table::Activity: {
        if (!inRange(r.column, p.pods.size()) || r.row < 0 || r.row >= kGroupCount)
            return wrongRow;
        for (Activity& a : p.activity) {
            if (static_cast<int>(a.group) == r.row &&
                a.pod == p.pods[static_cast<std::size_t>(r.column)].code) {
                a.ratePer1000 = v.toDouble();
                return {};
            }
        }
        p.activity.push_back({static_cast<Group>(r.row),
                              p.pods[static_cast<std::size_t>(r.column)].code, v.toDouble(),
                              ss(QObject::tr("Entered in CareShift"))});
        return {};
    }
    case Table::Pod: {
        if (!inRange(r.row, p.pods.size()))
            return wrongRow;
        Pod& x = p.pods[row];
        switch (r.column) {
        case PodCode: {
            const std::string old = x.code;
            const std::string code = ss(v.toString().trimmed());
            if (code.empty())
                return QObject::tr("a code cannot be empty");
            if (code != old && p.podIndex(code) >= 0)
                return QObject::tr("the code %1 is already used").arg(qs(code));
            x.code = code;
            // Keep every reference to the PoD pointing at it.
            for (Activity& a : p.activity)
                if (a.pod == old)
                    a.pod = code;
            for (Intervention& iv : p.interventions) {
                for (ActivityEffect& e : iv.effects)
                    if (e.pod == old)
                        e.pod = code;
                for (Substitution& s : iv.substitutions) {
                    if (s.fromPod == old)
                        s.fromPod = code;
                    if (s.toPod == old)
                        s.toPod = code;
                }
            }
            return {};
        }
        case PodName:
            x.name = ss(v.toString());
            return {};
        case PodUnit:
            x.unit = ss(v.toString());
            return {};
        case PodSetting:
            x.setting = settingFromKey(ss(v.toString())).value_or(x.setting);
            return {};
        case PodRoleColumn:
            x.role = podRoleFromKey(ss(v.toString())).value_or(x.role);
            return {};
        case PodPrice:
            x.price = v.toDouble();
            return {};
        case PodGrowth:
            return series(x.nonDemographicGrowth);
        case PodBedDays:
            x.bedDaysPerUnit = v.toDouble();
            return {};
        case PodContract:
            x.contractId = ss(v.toString());
            return {};
        case PodPriceSource:
            x.priceSource = ss(v.toString());
            return {};
        }
        break;
    }
    case Table::Provider:
        if (!inRange(r.row, p.providers.size()))
            return wrongRow;
        switch (r.column) {
        case ProviderName:
            p.providers[row].name = ss(v.toString());
            return {};
        case ProviderMff:
            p.providers[row].mff = v.toDouble();
            return {};
        case ProviderSource:
            p.providers[row].source = ss(v.toString());
            return {};
        }
        break;
    case Table::Contract: {
        if (!inRange(r.row, p.contracts.size()))
            return wrongRow;
        Contract& c = p.contracts[row];
        switch (r.column) {
        case ContractName:
            c.name = ss(v.toString());
            return {};
        case ContractProvider:
            c.providerId = ss(v.toString());
            return {};
        case ContractMechanism:
            c.mechanism = mechanismFromKey(ss(v.toString())).value_or(c.mechanism);
            return {};
        case ContractCquin:
            c.cquinRate = v.toDouble();
            return {};
        case ContractNelThreshold:
            c.nelThreshold = v.toDouble();
            return {};
        case ContractNelMarginalRate:
            c.nelMarginalRate = v.toDouble();
            return {};
        case ContractUnpaidReadmissions:
            c.unpaidReadmissionShare = v.toDouble();
            return {};
        case ContractFixedValue:
            c.fixedValue = v.toDouble();
            return {};
        case ContractVariableRate:
            c.variableRate = v.toDouble();
            return {};
        case ContractCapitation:
            c.capitationPerHead = v.toDouble();
            return {};
        }
        break;
    }
    case Table::Intervention: {
        if (!inRange(r.row, p.interventions.size()))
            return wrongRow;
        Intervention& x = p.interventions[row];
        switch (r.column) {
        case InterventionName:
            x.name = ss(v.toString());
            return {};
        case InterventionGroup:
            x.group = groupFromKey(ss(v.toString())).value_or(x.group);
            return {};
        case InterventionCoverage:
            x.coverage = v.toDouble();
            return {};
        case InterventionActivityRatio:
            x.activityRatio = v.toDouble();
            return {};
        case InterventionStartYear: {
            bool ok = false;
            const double year = v.toString().toDouble(&ok);
            if (!ok || year != std::floor(year))
                return QObject::tr("expected a year of the projection");
            x.startYear = static_cast<int>(year);
            return {};
        }
        case InterventionRampUp:
            return series(x.rampUp);
        case InterventionOneOffCost:
            x.oneOffCost = v.toDouble();
            return {};
        case InterventionFixedCost:
            x.fixedCostPerYear = v.toDouble();
            return {};
        case InterventionCostPerParticipant:
            x.costPerParticipant = v.toDouble();
            return {};
        case InterventionCostSetting:
            x.costSetting = settingFromKey(ss(v.toString())).value_or(x.costSetting);
            return {};
        case InterventionCostProvider:
            x.costProviderId = ss(v.toString());
            return {};
        case InterventionNotes:
            x.notes = ss(v.toString());
            return {};
        }
        break;
    }
    case Table::Effect: {
        if (!inRange(r.parent, p.interventions.size()))
            return wrongRow;
        auto& effects = p.interventions[static_cast<std::size_t>(r.parent)].effects;
        if (!inRange(r.row, effects.size()))
            return wrongRow;
        if (r.column == EffectPod)
            effects[row].pod = ss(v.toString());
        else
            effects[row].change = v.toDouble();
        return {};
    }
    case Table::Substitution: {
        if (!inRange(r.parent, p.interventions.size()))
            return wrongRow;
        auto& subs = p.interventions[static_cast<std::size_t>(r.parent)].substitutions;
        if (!inRange(r.row, subs.size()))
            return wrongRow;
        switch (r.column) {
        case SubstitutionFrom:
            subs[row].fromPod = ss(v.toString());
            return {};
        case SubstitutionTo:
            subs[row].toPod = ss(v.toString());
            return {};
        case SubstitutionUnits:
            subs[row].unitsPerAvoided = v.toDouble();
            return {};
        }
        break;
    }
    case Table::Scenario:
        if (!inRange(r.row, p.scenarios.size()))
            return wrongRow;
        if (r.column == ScenarioName)
            p.scenarios[row].name = ss(v.toString());
        else
            p.scenarios[row].notes = ss(v.toString());
        return {};
    case Table::ScenarioItem: {
        if (!inRange(r.parent, p.scenarios.size()) || !inRange(r.row, p.interventions.size()))
            return wrongRow;
        Scenario& s = p.scenarios[static_cast<std::size_t>(r.parent)];
        const std::string& id = p.interventions[row].id;
        for (ScenarioItem& item : s.items) {
            if (item.interventionId == id) {
                item.enabled = v.toBool();
                return {};
            }
        }
        if (v.toBool())
            s.items.push_back({id, true});
        return {};
    }
    }
    return QObject::tr("no such field");
}

QString fieldDescription(const Project& p, const FieldRef& r) {
    QString field = fieldInfo(p, r.table, r.column).label.toLower();
    const auto row = static_cast<std::size_t>(std::max(0, r.row));
    switch (r.table) {
    case Table::Commissioner:
        return QObject::tr("commissioner %1").arg(field);
    case Table::Assumptions:
        return field;
    case Table::Population:
        return QObject::tr("%1 of %2").arg(field, qs(groupName(static_cast<Group>(r.row))));
    case Table::Activity:
        return QObject::tr("%1 activity of %2")
            .arg(fieldInfo(p, r.table, r.column).label, qs(groupName(static_cast<Group>(r.row))));
    case Table::Pod:
        return inRange(r.row, p.pods.size())
                   ? QObject::tr("%1 of %2").arg(field, qs(p.pods[row].code))
                   : field;
    case Table::Provider:
        return inRange(r.row, p.providers.size())
                   ? QObject::tr("%1 of %2").arg(field, qs(p.providers[row].name))
                   : field;
    case Table::Contract:
        return inRange(r.row, p.contracts.size())
                   ? QObject::tr("%1 of %2").arg(field, qs(p.contracts[row].name))
                   : field;
    case Table::Intervention:
        return inRange(r.row, p.interventions.size())
                   ? QObject::tr("%1 of %2").arg(field, qs(p.interventions[row].name))
                   : field;
    case Table::Effect:
        return QObject::tr("effect");
    case Table::Substitution:
        return QObject::tr("substitution");
    case Table::Scenario:
        return inRange(r.row, p.scenarios.size())
                   ? QObject::tr("%1 of scenario %2").arg(field, qs(p.scenarios[row].name))
                   : field;
    case Table::ScenarioItem:
        return QObject::tr("intervention in scenario");
    }
    return field;
}

} // namespace careshift
