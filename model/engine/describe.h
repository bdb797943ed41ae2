#pragma once

/// \file describe.h
/// One description per domain struct: each field's stable key, unit, valid
/// range, whether it may carry uncertainty (PSA), and the member itself.
///
/// Why: a field used to be written out in a dozen places (the GUI's field
/// registry, table models, the JSON and SQLite readers and writers,
/// validation). Now every layer walks the description instead:
///
///     describe(contract, [&](const Field& f, auto& member) { ... });
///
/// The visitor is called once per field, in a fixed order, with the member
/// by reference (const when the object is const). Member types are
/// std::string, double, int, bool, std::vector<double> (a per-year series)
/// and the enumerations of project.h. Child lists (an intervention's effects
/// and substitutions, a scenario's items) are not fields: each child struct
/// has its own description.
///
/// A field anywhere in a project is addressed by a FieldPath: the kind of
/// object, the object's id and the field's key, never by position, so an
/// address stays right when rows are added, removed or reordered.

#include "engine/project.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace careshift {

/// What a field holds, which decides how it is read, written, shown and checked.
enum class Unit {
    Text,      ///< free text: names, notes, sources
    Id,        ///< the object's own id or code: unique, referred to by others
    Ref,       ///< the id of another object; Field::refers says which kind
    Money,     ///< base-year pounds
    Fraction,  ///< 0.035 = 3.5%, shown as a percentage
    Count,     ///< people or units
    Number,    ///< a plain decimal: MFF, ratios, bed days
    Integer,   ///< a whole number: the horizon
    Year,      ///< a calendar year, 2016 = 2016/17; never shown with a thousands separator
    YearIndex, ///< a year of the projection counted from the base year (0 = base year)
    Series,    ///< per-year fractions, entry u from year u to u+1, the last carrying forward
    Choice,    ///< an enumeration, stored by its key
    Flag,      ///< yes or no
};

/// The kinds of object in a project, each with its own description.
enum class Kind {
    Commissioner,
    Assumptions,
    Population,
    Provider,
    Contract,
    Pod,
    Activity,
    Intervention,
    Effect,
    Substitution,
    Scenario,
    ScenarioItem,
    ContractRule,
    Hrg,
    HrgShare,
    Peer,
    Metric,
    PeerValue,
    Weights,
    MetricEffect,
};
inline constexpr int kKindCount = 20;

struct Field {
    std::string_view key; ///< stable key: the JSON member and the GUI's lookup
    Unit unit = Unit::Text;
    double min = 0; ///< numbers and every entry of a series
    double max = 0;
    bool minOpen = false;             ///< the minimum itself is not allowed (MFF > 0)
    bool maxOpen = false;             ///< the maximum itself is not allowed (discount rate < 100%)
    bool uncertain = false;           ///< may carry a distribution for PSA
    bool required = false;            ///< must be present in a file (else the struct's default)
    Kind refers = Kind::Commissioner; ///< for Unit::Ref: the kind referred to

    bool isNumber() const {
        return unit == Unit::Money || unit == Unit::Fraction || unit == Unit::Count ||
               unit == Unit::Number || unit == Unit::Integer || unit == Unit::Year ||
               unit == Unit::YearIndex;
    }
    bool isWhole() const {
        return unit == Unit::Integer || unit == Unit::Year || unit == Unit::YearIndex;
    }
    /// Whether `v` is a finite number inside the field's range.
    bool inRange(double v) const;
    /// "from 0% to 100%", "above 0 and at most 5", "from £0 to £1,000,000,000".
    std::string rangeText() const;
    /// A value as a user reads it in this field's unit: "150%", "-£5", "1,000", "2016";
    /// "not a number" and "infinite" for values that are not finite.
    std::string valueText(double v) const;
};

// ---------------------------------------------------------------------------
// The descriptions. Ranges are the physically or administratively possible
// values; they also keep every figure small enough to compute (a price of
// 1e306 would overflow the sums).

inline constexpr double kMaxMoney = 1e12;  ///< £1 trillion: above any commissioner's budget
inline constexpr double kMaxPrice = 1e9;   ///< per unit of activity
inline constexpr double kMaxPeople = 1e9;  ///< people in a group
inline constexpr double kMaxGrowth = 10.0; ///< +1,000% a year
/// The longest text a field may hold, in characters: the same limit on every
/// path in and out (a JSON file with longer notes used to convert to a
/// .careshift file that could not be opened; issue 11, defect 5).
inline constexpr std::size_t kMaxTextCharacters = 65536;
/// The most objects of one kind a project may hold (validate.cpp): lists a
/// board works with (providers, contracts, interventions, scenarios,
/// metrics), points of delivery, and the long tables (an HRG tariff has
/// about 2,500 rows; the CSV import takes up to 100,000).
inline constexpr std::size_t kMaxListRows = 1000;
inline constexpr std::size_t kMaxPods = 2000;
inline constexpr std::size_t kMaxTariffRows = 100000;

template <class V> void describe(Commissioner& x, V&& v) {
    v(Field{.key = "name", .unit = Unit::Text, .required = true}, x.name);
    v(Field{.key = "code", .unit = Unit::Text}, x.code);
    v(Field{.key = "baseYear", .unit = Unit::Year, .min = 1990, .max = 2100, .required = true},
      x.baseYear);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(Assumptions& x, V&& v) {
    v(Field{.key = "horizon", .unit = Unit::Integer, .min = 1, .max = 20, .required = true},
      x.horizon);
    v(Field{.key = "discountRate",
            .unit = Unit::Fraction,
            .min = 0,
            .max = 1,
            .maxOpen = true,
            .uncertain = true,
            .required = true},
      x.discountRate);
    v(Field{.key = "qalyThreshold", .unit = Unit::Money, .min = 0, .max = 1e7}, x.qalyThreshold);
    v(Field{.key = "priceUplift",
            .unit = Unit::Series,
            .min = -1,
            .max = kMaxGrowth,
            .minOpen = true,
            .uncertain = true},
      x.priceUplift);
    v(Field{.key = "costUplift",
            .unit = Unit::Series,
            .min = -1,
            .max = kMaxGrowth,
            .minOpen = true,
            .uncertain = true},
      x.costUplift);
    v(Field{.key = "reinvestWithheld", .unit = Unit::Flag}, x.reinvestWithheld);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(Population& x, V&& v) {
    v(Field{.key = "group", .unit = Unit::Choice, .required = true}, x.group);
    v(Field{.key = "baseCount",
            .unit = Unit::Count,
            .min = 0,
            .max = kMaxPeople,
            .uncertain = true,
            .required = true},
      x.baseCount);
    v(Field{.key = "growth",
            .unit = Unit::Series,
            .min = -1,
            .max = kMaxGrowth,
            .minOpen = true,
            .uncertain = true},
      x.growth);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(Provider& x, V&& v) {
    v(Field{.key = "id", .unit = Unit::Id, .required = true}, x.id);
    v(Field{.key = "name", .unit = Unit::Text}, x.name);
    v(Field{.key = "mff",
            .unit = Unit::Number,
            .min = 0,
            .max = 5,
            .minOpen = true,
            .uncertain = true},
      x.mff);
    v(Field{.key = "variableCostShare",
            .unit = Unit::Fraction,
            .min = 0,
            .max = 1,
            .uncertain = true},
      x.variableCostShare);
    v(Field{.key = "semiFixedCostShare",
            .unit = Unit::Fraction,
            .min = 0,
            .max = 1,
            .uncertain = true},
      x.semiFixedCostShare);
    v(Field{.key = "wardBeds", .unit = Unit::Number, .min = 0, .max = 1000}, x.wardBeds);
    v(Field{.key = "wardOccupancy", .unit = Unit::Fraction, .min = 0.5, .max = 1}, x.wardOccupancy);
    v(Field{.key = "baselineMargin", .unit = Unit::Fraction, .min = -1, .max = 1, .maxOpen = true},
      x.baselineMargin);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(Contract& x, V&& v) {
    v(Field{.key = "id", .unit = Unit::Id, .required = true}, x.id);
    v(Field{.key = "name", .unit = Unit::Text}, x.name);
    v(Field{.key = "provider", .unit = Unit::Ref, .required = true, .refers = Kind::Provider},
      x.providerId);
    v(Field{.key = "regime", .unit = Unit::Choice}, x.regime);
    v(Field{.key = "changeYear", .unit = Unit::Year, .min = 0, .max = 2100}, x.changeYear);
    v(Field{.key = "laterRegime", .unit = Unit::Choice}, x.laterRegime);
    v(Field{.key = "mechanism", .unit = Unit::Choice, .required = true}, x.mechanism);
    v(Field{.key = "cquinRate", .unit = Unit::Fraction, .min = 0, .max = 1, .uncertain = true},
      x.cquinRate);
    v(Field{.key = "nelThreshold", .unit = Unit::Money, .min = 0, .max = kMaxMoney},
      x.nelThreshold);
    v(Field{.key = "nelMarginalRate",
            .unit = Unit::Fraction,
            .min = 0,
            .max = 1,
            .uncertain = true},
      x.nelMarginalRate);
    v(Field{.key = "unpaidReadmissionShare",
            .unit = Unit::Fraction,
            .min = 0,
            .max = 1,
            .uncertain = true},
      x.unpaidReadmissionShare);
    v(Field{.key = "bptTopUp", .unit = Unit::Money, .min = 0, .max = 1e5, .uncertain = true},
      x.bptTopUp);
    v(Field{.key = "bptCompliantShare",
            .unit = Unit::Fraction,
            .min = 0,
            .max = 1,
            .uncertain = true},
      x.bptCompliantShare);
    v(Field{.key = "fixedValue", .unit = Unit::Money, .min = 0, .max = kMaxMoney}, x.fixedValue);
    v(Field{.key = "fixedFromPlan", .unit = Unit::Flag}, x.fixedFromPlan);
    v(Field{.key = "variableRate", .unit = Unit::Fraction, .min = 0, .max = 1, .uncertain = true},
      x.variableRate);
    v(Field{.key = "electiveVariableRate",
            .unit = Unit::Fraction,
            .min = 0,
            .max = 1,
            .uncertain = true},
      x.electiveVariableRate);
    v(Field{.key = "lowVolumeThreshold", .unit = Unit::Money, .min = 0, .max = kMaxMoney},
      x.lowVolumeThreshold);
    v(Field{.key = "capitationPerHead",
            .unit = Unit::Money,
            .min = 0,
            .max = 1e6,
            .uncertain = true},
      x.capitationPerHead);
    v(Field{.key = "riskShare", .unit = Unit::Fraction, .min = 0, .max = 1, .uncertain = true},
      x.riskShare);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(Pod& x, V&& v) {
    v(Field{.key = "code", .unit = Unit::Id, .required = true}, x.code);
    v(Field{.key = "name", .unit = Unit::Text}, x.name);
    v(Field{.key = "unit", .unit = Unit::Text}, x.unit);
    v(Field{.key = "setting", .unit = Unit::Choice, .required = true}, x.setting);
    v(Field{.key = "role", .unit = Unit::Choice}, x.role);
    v(Field{.key = "price",
            .unit = Unit::Money,
            .min = 0,
            .max = kMaxPrice,
            .uncertain = true,
            .required = true},
      x.price);
    v(Field{.key = "nonDemographicGrowth",
            .unit = Unit::Series,
            .min = -1,
            .max = kMaxGrowth,
            .minOpen = true,
            .uncertain = true},
      x.nonDemographicGrowth);
    v(Field{.key = "bedDaysPerUnit", .unit = Unit::Number, .min = 0, .max = 1000},
      x.bedDaysPerUnit);
    v(Field{.key = "contract", .unit = Unit::Ref, .required = true, .refers = Kind::Contract},
      x.contractId);
    v(Field{.key = "priceSource", .unit = Unit::Text}, x.priceSource);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(HrgTariff& x, V&& v) {
    v(Field{.key = "code", .unit = Unit::Id, .required = true}, x.code);
    v(Field{.key = "name", .unit = Unit::Text}, x.name);
    for (auto [key, member] :
         {std::pair<std::string_view, double*>{"electivePrice", &x.electivePrice},
          {"nonElectivePrice", &x.nonElectivePrice},
          {"dayCasePrice", &x.dayCasePrice}})
        v(Field{.key = key, .unit = Unit::Money, .min = 0, .max = kMaxPrice, .uncertain = true},
          *member);
    v(Field{.key = "electiveTrimPoint", .unit = Unit::Integer, .min = 0, .max = 1000},
      x.electiveTrimPoint);
    v(Field{.key = "nonElectiveTrimPoint", .unit = Unit::Integer, .min = 0, .max = 1000},
      x.nonElectiveTrimPoint);
    v(Field{.key = "excessBedDayPrice",
            .unit = Unit::Money,
            .min = 0,
            .max = 1e6,
            .uncertain = true},
      x.excessBedDayPrice);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(HrgShare& x, V&& v) {
    v(Field{.key = "hrg", .unit = Unit::Ref, .required = true, .refers = Kind::Hrg}, x.hrg);
    v(Field{.key = "share", .unit = Unit::Fraction, .min = 0, .max = 1, .required = true}, x.share);
    v(Field{.key = "lengthOfStay", .unit = Unit::Number, .min = 0, .max = 1000}, x.lengthOfStay);
}

template <class V> void describe(Activity& x, V&& v) {
    v(Field{.key = "group", .unit = Unit::Choice, .required = true}, x.group);
    v(Field{.key = "pod", .unit = Unit::Ref, .required = true, .refers = Kind::Pod}, x.pod);
    v(Field{.key = "ratePer1000",
            .unit = Unit::Number,
            .min = 0,
            .max = 1e7,
            .uncertain = true,
            .required = true},
      x.ratePer1000);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(Intervention& x, V&& v) {
    v(Field{.key = "id", .unit = Unit::Id, .required = true}, x.id);
    v(Field{.key = "name", .unit = Unit::Text}, x.name);
    v(Field{.key = "group", .unit = Unit::Choice, .required = true}, x.group);
    v(Field{.key = "coverage",
            .unit = Unit::Fraction,
            .min = 0,
            .max = 1,
            .uncertain = true,
            .required = true},
      x.coverage);
    v(Field{.key = "activityRatio", .unit = Unit::Number, .min = 0, .max = 100, .uncertain = true},
      x.activityRatio);
    v(Field{.key = "startYear", .unit = Unit::YearIndex, .min = 0, .max = 100}, x.startYear);
    v(Field{.key = "rampUp", .unit = Unit::Series, .min = 0, .max = 1}, x.rampUp);
    v(Field{.key = "oneOffCost",
            .unit = Unit::Money,
            .min = 0,
            .max = kMaxMoney,
            .uncertain = true},
      x.oneOffCost);
    v(Field{.key = "fixedCostPerYear",
            .unit = Unit::Money,
            .min = 0,
            .max = kMaxMoney,
            .uncertain = true},
      x.fixedCostPerYear);
    v(Field{.key = "costPerParticipant",
            .unit = Unit::Money,
            .min = 0,
            .max = 1e7,
            .uncertain = true},
      x.costPerParticipant);
    v(Field{.key = "costSetting", .unit = Unit::Choice, .required = true}, x.costSetting);
    v(Field{.key = "costProvider", .unit = Unit::Ref, .refers = Kind::Provider}, x.costProviderId);
    v(Field{.key = "notes", .unit = Unit::Text}, x.notes);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(ActivityEffect& x, V&& v) {
    v(Field{.key = "pod", .unit = Unit::Ref, .required = true, .refers = Kind::Pod}, x.pod);
    v(Field{.key = "change",
            .unit = Unit::Fraction,
            .min = -1,
            .max = kMaxGrowth,
            .uncertain = true,
            .required = true},
      x.change);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(Substitution& x, V&& v) {
    v(Field{.key = "fromPod", .unit = Unit::Ref, .required = true, .refers = Kind::Pod}, x.fromPod);
    v(Field{.key = "toPod", .unit = Unit::Ref, .required = true, .refers = Kind::Pod}, x.toPod);
    v(Field{.key = "unitsPerAvoided",
            .unit = Unit::Number,
            .min = 0,
            .max = 1000,
            .uncertain = true,
            .required = true},
      x.unitsPerAvoided);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(Scenario& x, V&& v) {
    v(Field{.key = "id", .unit = Unit::Id, .required = true}, x.id);
    v(Field{.key = "name", .unit = Unit::Text}, x.name);
    v(Field{.key = "notes", .unit = Unit::Text}, x.notes);
}

template <class V> void describe(ScenarioItem& x, V&& v) {
    v(Field{.key = "id", .unit = Unit::Ref, .required = true, .refers = Kind::Intervention},
      x.interventionId);
    v(Field{.key = "enabled", .unit = Unit::Flag}, x.enabled);
}

template <class V> void describe(ContractRule& x, V&& v) {
    v(Field{.key = "contract", .unit = Unit::Ref, .required = true, .refers = Kind::Contract},
      x.contractId);
    v(Field{.key = "regime", .unit = Unit::Choice, .required = true}, x.regime);
}

/// The largest value of an outcome metric, a peer's value or a threshold, in
/// any unit (a rate per 100,000 is at most 100,000,000 when each person
/// counts 1,000 times); the unit's own bound is checked by hand (validate.cpp).
inline constexpr double kMaxMetricValue = 1e8;
/// The most peers a project may compare with (about 200 CCGs; RightCare's
/// comparison groups have 10).
inline constexpr std::size_t kMaxPeers = 1000;
/// A weight is a share, typed as a percentage (30% = 0.3); weights are
/// normalised, so one above 100% is allowed up to this (1,000%).
inline constexpr double kMaxWeight = 10;

template <class V> void describe(Peer& x, V&& v) {
    v(Field{.key = "id", .unit = Unit::Id, .required = true}, x.id);
    v(Field{.key = "name", .unit = Unit::Text}, x.name);
    v(Field{.key = "benchmark", .unit = Unit::Flag}, x.benchmark);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(Metric& x, V&& v) {
    v(Field{.key = "id", .unit = Unit::Id, .required = true}, x.id);
    v(Field{.key = "name", .unit = Unit::Text}, x.name);
    v(Field{.key = "group", .unit = Unit::Choice, .required = true}, x.group);
    v(Field{.key = "lens", .unit = Unit::Choice, .required = true}, x.lens);
    v(Field{.key = "unit", .unit = Unit::Choice, .required = true}, x.unit);
    v(Field{.key = "direction", .unit = Unit::Choice, .required = true}, x.direction);
    v(Field{.key = "baseValue",
            .unit = Unit::Number,
            .min = 0,
            .max = kMaxMetricValue,
            .uncertain = true,
            .required = true},
      x.baseValue);
    v(Field{.key = "trend", .unit = Unit::Series, .min = -1, .max = 1, .minOpen = true}, x.trend);
    v(Field{.key = "weight", .unit = Unit::Fraction, .min = 0, .max = kMaxWeight}, x.weight);
    v(Field{.key = "rag", .unit = Unit::Choice}, x.rag);
    v(Field{.key = "redThreshold", .unit = Unit::Number, .min = 0, .max = kMaxMetricValue},
      x.redThreshold);
    v(Field{.key = "greenThreshold", .unit = Unit::Number, .min = 0, .max = kMaxMetricValue},
      x.greenThreshold);
    v(Field{.key = "basis", .unit = Unit::Choice}, x.basis);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(PeerValue& x, V&& v) {
    v(Field{.key = "peer", .unit = Unit::Ref, .required = true, .refers = Kind::Peer}, x.peer);
    v(Field{.key = "value",
            .unit = Unit::Number,
            .min = 0,
            .max = kMaxMetricValue,
            .required = true},
      x.value);
}

template <class V> void describe(OutcomeWeights& x, V&& v) {
    v(Field{.key = "group", .unit = Unit::Choice, .required = true}, x.group);
    for (auto [key, member] : {std::pair<std::string_view, double*>{"weight", &x.weight},
                               {"access", &x.access},
                               {"quality", &x.quality},
                               {"prevention", &x.prevention}})
        v(Field{.key = key, .unit = Unit::Fraction, .min = 0, .max = kMaxWeight}, *member);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

template <class V> void describe(MetricEffect& x, V&& v) {
    v(Field{.key = "metric", .unit = Unit::Ref, .required = true, .refers = Kind::Metric},
      x.metric);
    v(Field{.key = "mode", .unit = Unit::Choice, .required = true}, x.mode);
    v(Field{.key = "change",
            .unit = Unit::Number,
            .min = -kMaxMetricValue,
            .max = kMaxMetricValue,
            .uncertain = true,
            .required = true},
      x.change);
    v(Field{.key = "source", .unit = Unit::Text}, x.source);
}

/// The same walk over a const object: the visitor gets const members.
template <class T, class V> void describe(const T& x, V&& v) {
    describe(const_cast<T&>(x), [&](const Field& f, auto& member) { v(f, std::as_const(member)); });
}

/// The fields of a kind, in description order.
const std::vector<Field>& fieldsOf(Kind kind);
/// The field `key` of a kind, or null.
const Field* findField(Kind kind, std::string_view key);

std::string_view kindKey(Kind kind); ///< "contract", "pod", ...
std::optional<Kind> kindFromKey(std::string_view key);

/// A field in words a user understands, for messages: (Contract, "nelMarginalRate")
/// -> "NEL marginal rate", (Intervention, "oneOffCost") -> "one-off cost". Empty
/// for a key the kind does not have. The GUI keeps its own labels; these are
/// the engine's (validation problems, file errors).
std::string_view fieldWords(Kind kind, std::string_view key);
/// A kind as messages name it: "Contract", "PoD", "Scenario item".
std::string_view kindWords(Kind kind);

// ---------------------------------------------------------------------------
// Enumerations, generically: keys as stored, names as shown.

template <class E> struct EnumInfo;
template <> struct EnumInfo<Group> {
    static constexpr int count = kGroupCount;
    static std::string_view key(Group g) { return groupKey(g); }
    static std::string_view name(Group g) { return groupName(g); }
};
template <> struct EnumInfo<Setting> {
    static constexpr int count = kSettingCount;
    static std::string_view key(Setting s) { return settingKey(s); }
    static std::string_view name(Setting s) { return settingName(s); }
};
template <> struct EnumInfo<Mechanism> {
    static constexpr int count = kMechanismCount;
    static std::string_view key(Mechanism m) { return mechanismKey(m); }
    static std::string_view name(Mechanism m) { return mechanismName(m); }
};
template <> struct EnumInfo<PodRole> {
    static constexpr int count = kPodRoleCount;
    static std::string_view key(PodRole r) { return podRoleKey(r); }
    static std::string_view name(PodRole r) { return podRoleName(r); }
};
template <> struct EnumInfo<Regime> {
    static constexpr int count = kRegimeCount;
    static std::string_view key(Regime r) { return regimeKey(r); }
    static std::string_view name(Regime r) { return regimeName(r); }
};
template <> struct EnumInfo<Lens> {
    static constexpr int count = kLensCount;
    static std::string_view key(Lens x) { return lensKey(x); }
    static std::string_view name(Lens x) { return lensName(x); }
};
template <> struct EnumInfo<MetricUnit> {
    static constexpr int count = kMetricUnitCount;
    static std::string_view key(MetricUnit x) { return metricUnitKey(x); }
    static std::string_view name(MetricUnit x) { return metricUnitName(x); }
};
template <> struct EnumInfo<Direction> {
    static constexpr int count = kDirectionCount;
    static std::string_view key(Direction x) { return directionKey(x); }
    static std::string_view name(Direction x) { return directionName(x); }
};
template <> struct EnumInfo<RagRule> {
    static constexpr int count = kRagRuleCount;
    static std::string_view key(RagRule x) { return ragRuleKey(x); }
    static std::string_view name(RagRule x) { return ragRuleName(x); }
};
template <> struct EnumInfo<MetricBasis> {
    static constexpr int count = kMetricBasisCount;
    static std::string_view key(MetricBasis x) { return metricBasisKey(x); }
    static std::string_view name(MetricBasis x) { return metricBasisName(x); }
};
template <> struct EnumInfo<EffectMode> {
    static constexpr int count = kEffectModeCount;
    static std::string_view key(EffectMode x) { return effectModeKey(x); }
    static std::string_view name(EffectMode x) { return effectModeName(x); }
};
template <class T>
concept DescribedEnum = requires {
    EnumInfo<T>::count;
};

template <DescribedEnum E> std::optional<E> enumFromKey(std::string_view key) {
    for (int i = 0; i < EnumInfo<E>::count; ++i)
        if (EnumInfo<E>::key(static_cast<E>(i)) == key)
            return static_cast<E>(i);
    return std::nullopt;
}
template <DescribedEnum E> std::string enumKeyList() {
    std::string out;
    for (int i = 0; i < EnumInfo<E>::count; ++i) {
        if (i > 0)
            out += ", ";
        out += EnumInfo<E>::key(static_cast<E>(i));
    }
    return out;
}

// ---------------------------------------------------------------------------
// Addresses.

/// One field of one object of a project, by id:
/// - Commissioner, Assumptions: object ""
/// - Population: the group key ("older")
/// - Provider, Contract, Intervention, Scenario: the id; Pod: the code
/// - Activity: "group/pod" ("older/NEL")
/// - Effect: "intervention/pod" ("frailty-team/NEL")
/// - Substitution: "intervention/from>to" ("frailty-team/NEL>COMM")
/// - ScenarioItem: "scenario/intervention"
/// - ContractRule: "scenario/contract"
/// - Hrg: the HRG code; HrgShare: "pod/hrg" ("NEL/NZ11A")
/// - Peer, Metric: the id; PeerValue: "metric/peer" ("falls/peer-a")
/// - Weights: the group key ("older")
/// - MetricEffect: "intervention/metric" ("frailty-team/falls")
/// A field of "" addresses the object itself (a tree node, a row).
struct FieldPath {
    Kind kind = Kind::Commissioner;
    std::string object;
    std::string field;

    bool operator==(const FieldPath&) const = default;
    /// "contract:acute-trust/cquinRate"-like text for logs and tests.
    std::string toString() const;
    FieldPath withField(std::string_view key) const { return {kind, object, std::string(key)}; }
};

std::string activityId(Group g, std::string_view pod);
std::string effectId(std::string_view intervention, std::string_view pod);
std::string substitutionId(std::string_view intervention, std::string_view from,
                           std::string_view to);
std::string scenarioItemId(std::string_view scenario, std::string_view intervention);
std::string contractRuleId(std::string_view scenario, std::string_view contract);
std::string hrgShareId(std::string_view pod, std::string_view hrg);
std::string peerValueId(std::string_view metric, std::string_view peer);
std::string metricEffectId(std::string_view intervention, std::string_view metric);

/// The parts of a two-part object id ("a/b" -> {"a", "b"}); the whole id and
/// "" when there is no slash.
std::pair<std::string, std::string> splitId(std::string_view id);

/// Whether the object a path names exists in the project (Activity cells
/// exist for every group and PoD; ScenarioItem for every scenario and
/// intervention, "not included" when the scenario does not list it).
bool objectExists(const Project& project, const FieldPath& path);

/// Calls `visit(kind, id, object)` for every object of a project, with the id
/// a FieldPath uses for it: the commissioner and assumptions, then each list
/// in project order, an intervention's effects and substitutions right after
/// it, a scenario's items right after it. The object is const when the
/// project is.
template <class P, class V> void visitObjects(P& project, V&& visit);

/// Calls `visit(field, member)` for the field a path names; returns false when
/// the object or the field does not exist. Activity cells and scenario items
/// that are not stored yet are not visited (see objectExists()).
template <class P, class V> bool visitField(P& project, const FieldPath& path, V&& visit);

// --- implementation of visitField ------------------------------------------

namespace detail {
template <class T, class V> bool visitKey(T& object, std::string_view key, V& visit) {
    bool found = false;
    describe(object, [&](const Field& f, auto& member) {
        if (!found && f.key == key) {
            found = true;
            visit(f, member);
        }
    });
    return found;
}
template <class Vec, class Pred> auto* findIn(Vec& items, Pred pred) {
    for (auto& item : items)
        if (pred(item))
            return &item;
    return static_cast<decltype(&items.front())>(nullptr);
}
} // namespace detail

template <class P, class V> bool visitField(P& p, const FieldPath& path, V&& visit) {
    const std::string& id = path.object;
    auto with = [&](auto* object) {
        return object && detail::visitKey(*object, path.field, visit);
    };
    switch (path.kind) {
    case Kind::Commissioner:
        return with(&p.commissioner);
    case Kind::Assumptions:
        return with(&p.assumptions);
    case Kind::Population:
        return with(detail::findIn(p.population,
                                   [&](const Population& x) { return groupKey(x.group) == id; }));
    case Kind::Provider:
        return with(detail::findIn(p.providers, [&](const Provider& x) { return x.id == id; }));
    case Kind::Contract:
        return with(detail::findIn(p.contracts, [&](const Contract& x) { return x.id == id; }));
    case Kind::Pod:
        return with(detail::findIn(p.pods, [&](const Pod& x) { return x.code == id; }));
    case Kind::Hrg:
        return with(detail::findIn(p.tariff, [&](const HrgTariff& x) { return x.code == id; }));
    case Kind::HrgShare: {
        const auto ids = splitId(id);
        const std::string& podCode = ids.first;
        const std::string& hrg = ids.second;
        auto* pod = detail::findIn(p.pods, [&](const Pod& x) { return x.code == podCode; });
        if (!pod)
            return false;
        return with(detail::findIn(pod->hrgMix, [&](const HrgShare& s) { return s.hrg == hrg; }));
    }
    case Kind::Peer:
        return with(detail::findIn(p.peers, [&](const Peer& x) { return x.id == id; }));
    case Kind::Metric:
        return with(detail::findIn(p.metrics, [&](const Metric& x) { return x.id == id; }));
    case Kind::PeerValue: {
        const auto ids = splitId(id);
        const std::string& metricId = ids.first;
        const std::string& peerId = ids.second;
        auto* m = detail::findIn(p.metrics, [&](const Metric& x) { return x.id == metricId; });
        if (!m)
            return false;
        return with(
            detail::findIn(m->peerValues, [&](const PeerValue& x) { return x.peer == peerId; }));
    }
    case Kind::Weights:
        return with(detail::findIn(
            p.weights, [&](const OutcomeWeights& x) { return groupKey(x.group) == id; }));
    case Kind::MetricEffect: {
        const auto ids = splitId(id);
        const std::string& ivId = ids.first;
        const std::string& metricId = ids.second;
        auto* iv =
            detail::findIn(p.interventions, [&](const Intervention& x) { return x.id == ivId; });
        if (!iv)
            return false;
        return with(detail::findIn(iv->metricEffects,
                                   [&](const MetricEffect& e) { return e.metric == metricId; }));
    }
    case Kind::Activity: {
        // No structured bindings here: clang before 16 cannot capture them in lambdas.
        const auto ids = splitId(id);
        const std::string& group = ids.first;
        const std::string& pod = ids.second;
        return with(detail::findIn(p.activity, [&](const Activity& x) {
            return groupKey(x.group) == group && x.pod == pod;
        }));
    }
    case Kind::Intervention:
        return with(
            detail::findIn(p.interventions, [&](const Intervention& x) { return x.id == id; }));
    case Kind::Effect:
    case Kind::Substitution: {
        const auto ids = splitId(id);
        const std::string& ivId = ids.first;
        const std::string& rest = ids.second;
        auto* iv =
            detail::findIn(p.interventions, [&](const Intervention& x) { return x.id == ivId; });
        if (!iv)
            return false;
        if (path.kind == Kind::Effect)
            return with(detail::findIn(iv->effects,
                                       [&](const ActivityEffect& e) { return e.pod == rest; }));
        return with(detail::findIn(iv->substitutions, [&](const Substitution& s) {
            return s.fromPod + ">" + s.toPod == rest;
        }));
    }
    case Kind::Scenario:
        return with(detail::findIn(p.scenarios, [&](const Scenario& x) { return x.id == id; }));
    case Kind::ScenarioItem: {
        const auto ids = splitId(id);
        const std::string& sId = ids.first;
        const std::string& ivId = ids.second;
        auto* s = detail::findIn(p.scenarios, [&](const Scenario& x) { return x.id == sId; });
        if (!s)
            return false;
        return with(detail::findIn(
            s->items, [&](const ScenarioItem& item) { return item.interventionId == ivId; }));
    }
    case Kind::ContractRule: {
        const auto ids = splitId(id);
        const std::string& sId = ids.first;
        const std::string& cId = ids.second;
        auto* s = detail::findIn(p.scenarios, [&](const Scenario& x) { return x.id == sId; });
        if (!s)
            return false;
        return with(detail::findIn(s->contractRules,
                                   [&](const ContractRule& r) { return r.contractId == cId; }));
    }
    }
    return false;
}

template <class P, class V> void visitObjects(P& p, V&& visit) {
    visit(Kind::Commissioner, std::string(), p.commissioner);
    visit(Kind::Assumptions, std::string(), p.assumptions);
    for (auto& x : p.population)
        visit(Kind::Population, std::string(groupKey(x.group)), x);
    for (auto& x : p.providers)
        visit(Kind::Provider, x.id, x);
    for (auto& x : p.contracts)
        visit(Kind::Contract, x.id, x);
    for (auto& x : p.tariff)
        visit(Kind::Hrg, x.code, x);
    for (auto& x : p.pods) {
        visit(Kind::Pod, x.code, x);
        for (auto& s : x.hrgMix)
            visit(Kind::HrgShare, hrgShareId(x.code, s.hrg), s);
    }
    for (auto& x : p.activity)
        visit(Kind::Activity, activityId(x.group, x.pod), x);
    for (auto& x : p.interventions) {
        visit(Kind::Intervention, x.id, x);
        for (auto& e : x.effects)
            visit(Kind::Effect, effectId(x.id, e.pod), e);
        for (auto& s : x.substitutions)
            visit(Kind::Substitution, substitutionId(x.id, s.fromPod, s.toPod), s);
        for (auto& e : x.metricEffects)
            visit(Kind::MetricEffect, metricEffectId(x.id, e.metric), e);
    }
    for (auto& x : p.scenarios) {
        visit(Kind::Scenario, x.id, x);
        for (auto& item : x.items)
            visit(Kind::ScenarioItem, scenarioItemId(x.id, item.interventionId), item);
        for (auto& rule : x.contractRules)
            visit(Kind::ContractRule, contractRuleId(x.id, rule.contractId), rule);
    }
    for (auto& x : p.peers)
        visit(Kind::Peer, x.id, x);
    for (auto& x : p.metrics) {
        visit(Kind::Metric, x.id, x);
        for (auto& v : x.peerValues)
            visit(Kind::PeerValue, peerValueId(x.id, v.peer), v);
    }
    for (auto& x : p.weights)
        visit(Kind::Weights, std::string(groupKey(x.group)), x);
}

} // namespace careshift
