#include "engine/describe.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace careshift {

namespace {

template <class T> std::vector<Field> collect() {
    std::vector<Field> out;
    T object{};
    describe(object, [&](const Field& f, auto&) { out.push_back(f); });
    return out;
}

constexpr std::array<std::string_view, kKindCount> kKindKeys = {
    "commissioner", "assumptions",   "population",    "provider", "contract",
    "pod",          "activity",      "intervention",  "effect",   "substitution",
    "scenario",     "scenario-item", "contract-rule", "hrg",      "hrg-share",
    "peer",         "metric",        "peer-value",    "weights",  "metric-effect"};

/// A finite number with thousands separators (when asked) and at most six
/// decimals, trailing zeros dropped: 1,234.5, 0.035, -3. Very large or very
/// small magnitudes in scientific notation: 1e+306.
std::string plainNumber(double v, bool separators) {
    const double a = std::fabs(v);
    if (a >= 1e15 || (a > 0 && a < 1e-6)) {
        std::ostringstream out;
        out.precision(6);
        out << v;
        return out.str();
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6f", a);
    std::string digits(buf);
    while (digits.back() == '0')
        digits.pop_back();
    if (digits.back() == '.')
        digits.pop_back();
    const auto dot = std::min(digits.find('.'), digits.size());
    std::string out;
    for (std::size_t i = 0; i < dot; ++i) {
        out += digits[i];
        const std::size_t left = dot - 1 - i;
        if (separators && left > 0 && left % 3 == 0)
            out += ',';
    }
    out += digits.substr(dot);
    return v < 0 && out != "0" ? "-" + out : out;
}

constexpr std::array<std::string_view, kKindCount> kKindWords = {
    "Commissioner", "Assumptions",   "Population",   "Provider", "Contract",
    "PoD",          "Activity",      "Intervention", "Effect",   "Substitution",
    "Scenario",     "Scenario item", "Payment rule", "HRG",      "HRG share",
    "Peer",         "Metric",        "Peer value",   "Weights",  "Effect on a metric"};

struct Words {
    Kind kind;
    std::string_view key;
    std::string_view words;
};

/// Every described field in words; tst_describe checks that none is missing.
/// "source", "name", "notes" and "id" are the same for every kind.
constexpr Words kWords[] = {
    {Kind::Commissioner, "code", "code"},
    {Kind::Commissioner, "baseYear", "base year"},
    {Kind::Assumptions, "horizon", "horizon"},
    {Kind::Assumptions, "discountRate", "discount rate"},
    {Kind::Assumptions, "qalyThreshold", "QALY threshold"},
    {Kind::Assumptions, "priceUplift", "price uplift"},
    {Kind::Assumptions, "costUplift", "intervention cost uplift"},
    {Kind::Assumptions, "reinvestWithheld", "withheld money reinvested"},
    {Kind::Population, "group", "group"},
    {Kind::Population, "baseCount", "people in the base year"},
    {Kind::Population, "growth", "growth"},
    {Kind::Provider, "mff", "MFF"},
    {Kind::Provider, "variableCostShare", "variable share of costs"},
    {Kind::Provider, "semiFixedCostShare", "semi-fixed share of costs"},
    {Kind::Provider, "wardBeds", "beds per ward"},
    {Kind::Provider, "wardOccupancy", "ward occupancy"},
    {Kind::Provider, "baselineMargin", "planned margin"},
    {Kind::Contract, "provider", "provider"},
    {Kind::Contract, "regime", "payment rules"},
    {Kind::Contract, "changeYear", "year the rules change"},
    {Kind::Contract, "laterRegime", "payment rules after the change"},
    {Kind::Contract, "mechanism", "payment mechanism"},
    {Kind::Contract, "bptTopUp", "best practice tariff top-up"},
    {Kind::Contract, "bptCompliantShare", "share meeting best practice"},
    {Kind::Contract, "fixedFromPlan", "fixed element from plan"},
    {Kind::Contract, "electiveVariableRate", "elective variable rate"},
    {Kind::Contract, "lowVolumeThreshold", "low-volume threshold"},
    {Kind::Contract, "riskShare", "risk share"},
    {Kind::Contract, "cquinRate", "CQUIN"},
    {Kind::Contract, "nelThreshold", "NEL threshold"},
    {Kind::Contract, "nelMarginalRate", "NEL marginal rate"},
    {Kind::Contract, "unpaidReadmissionShare", "unpaid readmission share"},
    {Kind::Contract, "fixedValue", "fixed value"},
    {Kind::Contract, "variableRate", "variable rate"},
    {Kind::Contract, "capitationPerHead", "capitation per head"},
    {Kind::Pod, "code", "code"},
    {Kind::Pod, "unit", "unit"},
    {Kind::Pod, "setting", "setting"},
    {Kind::Pod, "role", "counts as"},
    {Kind::Pod, "price", "price"},
    {Kind::Pod, "nonDemographicGrowth", "non-demographic growth"},
    {Kind::Pod, "bedDaysPerUnit", "bed days per unit"},
    {Kind::Pod, "contract", "contract"},
    {Kind::Pod, "priceSource", "price source"},
    {Kind::Activity, "group", "group"},
    {Kind::Activity, "pod", "PoD"},
    {Kind::Activity, "ratePer1000", "rate per 1,000"},
    {Kind::Intervention, "group", "group"},
    {Kind::Intervention, "coverage", "coverage"},
    {Kind::Intervention, "activityRatio", "activity ratio"},
    {Kind::Intervention, "startYear", "start year"},
    {Kind::Intervention, "rampUp", "ramp-up"},
    {Kind::Intervention, "oneOffCost", "one-off cost"},
    {Kind::Intervention, "fixedCostPerYear", "fixed cost per year"},
    {Kind::Intervention, "costPerParticipant", "cost per participant"},
    {Kind::Intervention, "costSetting", "cost setting"},
    {Kind::Intervention, "costProvider", "cost provider"},
    {Kind::Effect, "pod", "PoD"},
    {Kind::Effect, "change", "change in activity"},
    {Kind::Substitution, "fromPod", "PoD avoided"},
    {Kind::Substitution, "toPod", "PoD added"},
    {Kind::Substitution, "unitsPerAvoided", "units added per unit avoided"},
    {Kind::ScenarioItem, "id", "intervention"},
    {Kind::ScenarioItem, "enabled", "included"},
    {Kind::ContractRule, "contract", "contract"},
    {Kind::ContractRule, "regime", "payment rules"},
    {Kind::Hrg, "code", "HRG code"},
    {Kind::Hrg, "electivePrice", "elective spell price"},
    {Kind::Hrg, "nonElectivePrice", "non-elective spell price"},
    {Kind::Hrg, "dayCasePrice", "day case price"},
    {Kind::Hrg, "electiveTrimPoint", "elective trim point"},
    {Kind::Hrg, "nonElectiveTrimPoint", "non-elective trim point"},
    {Kind::Hrg, "excessBedDayPrice", "excess bed day price"},
    {Kind::HrgShare, "hrg", "HRG"},
    {Kind::HrgShare, "share", "share of the PoD's activity"},
    {Kind::HrgShare, "lengthOfStay", "length of stay"},
    {Kind::Peer, "benchmark", "benchmark"},
    {Kind::Metric, "group", "patient group"},
    {Kind::Metric, "lens", "lens"},
    {Kind::Metric, "unit", "unit"},
    {Kind::Metric, "direction", "direction"},
    {Kind::Metric, "baseValue", "base-year value"},
    {Kind::Metric, "trend", "trend per year"},
    {Kind::Metric, "weight", "weight within its cell"},
    {Kind::Metric, "rag", "RAG rule"},
    {Kind::Metric, "redThreshold", "red threshold"},
    {Kind::Metric, "greenThreshold", "green threshold"},
    {Kind::Metric, "basis", "basis"},
    {Kind::PeerValue, "peer", "peer"},
    {Kind::PeerValue, "value", "peer value"},
    {Kind::Weights, "group", "patient group"},
    {Kind::Weights, "weight", "group weight"},
    {Kind::Weights, "access", "access weight"},
    {Kind::Weights, "quality", "quality weight"},
    {Kind::Weights, "prevention", "prevention weight"},
    {Kind::MetricEffect, "metric", "metric"},
    {Kind::MetricEffect, "mode", "kind of change"},
    {Kind::MetricEffect, "change", "change"},
};

} // namespace

const std::vector<Field>& fieldsOf(Kind kind) {
    static const std::array<std::vector<Field>, kKindCount> all = {
        collect<Commissioner>(),   collect<Assumptions>(),  collect<Population>(),
        collect<Provider>(),       collect<Contract>(),     collect<Pod>(),
        collect<Activity>(),       collect<Intervention>(), collect<ActivityEffect>(),
        collect<Substitution>(),   collect<Scenario>(),     collect<ScenarioItem>(),
        collect<ContractRule>(),   collect<HrgTariff>(),    collect<HrgShare>(),
        collect<Peer>(),           collect<Metric>(),       collect<PeerValue>(),
        collect<OutcomeWeights>(), collect<MetricEffect>()};
    return all[static_cast<std::size_t>(kind)];
}

const Field* findField(Kind kind, std::string_view key) {
    for (const Field& f : fieldsOf(kind))
        if (f.key == key)
            return &f;
    return nullptr;
}

std::string_view kindKey(Kind kind) {
    return kKindKeys[static_cast<std::size_t>(kind)];
}

std::optional<Kind> kindFromKey(std::string_view key) {
    for (std::size_t i = 0; i < kKindKeys.size(); ++i)
        if (kKindKeys[i] == key)
            return static_cast<Kind>(i);
    return std::nullopt;
}

std::string_view fieldWords(Kind kind, std::string_view key) {
    if (!findField(kind, key))
        return {};
    for (const Words& w : kWords)
        if (w.kind == kind && w.key == key)
            return w.words;
    if (key == "id" || key == "name" || key == "notes" || key == "source")
        return key;
    return {};
}

std::string_view kindWords(Kind kind) {
    return kKindWords[static_cast<std::size_t>(kind)];
}

bool Field::inRange(double v) const {
    if (!std::isfinite(v))
        return false;
    if (v < min || (minOpen && v == min))
        return false;
    if (v > max || (maxOpen && v == max))
        return false;
    return !isWhole() || v == std::floor(v);
}

std::string Field::valueText(double v) const {
    if (std::isnan(v))
        return "not a number";
    if (std::isinf(v))
        return v > 0 ? "infinite" : "minus infinite";
    switch (unit) {
    case Unit::Fraction:
    case Unit::Series:
        return plainNumber(v * 100, true) + "%";
    case Unit::Money:
        return (v < 0 ? "-£" : "£") + plainNumber(std::fabs(v), true);
    case Unit::Year:
        return plainNumber(v, false);
    default:
        return plainNumber(v, true);
    }
}

std::string Field::rangeText() const {
    const std::string lo = valueText(min);
    const std::string hi = valueText(max);
    if (minOpen && maxOpen)
        return "above " + lo + " and below " + hi;
    if (minOpen)
        return "above " + lo + " and at most " + hi;
    if (maxOpen)
        return "from " + lo + " to below " + hi;
    return "from " + lo + " to " + hi;
}

std::string FieldPath::toString() const {
    std::string out(kindKey(kind));
    out += ':';
    out += object;
    if (!field.empty()) {
        out += '.';
        out += field;
    }
    return out;
}

std::string activityId(Group g, std::string_view pod) {
    return std::string(groupKey(g)) + "/" + std::string(pod);
}

std::string effectId(std::string_view intervention, std::string_view pod) {
    return std::string(intervention) + "/" + std::string(pod);
}

std::string substitutionId(std::string_view intervention, std::string_view from,
                           std::string_view to) {
    return std::string(intervention) + "/" + std::string(from) + ">" + std::string(to);
}

std::string scenarioItemId(std::string_view scenario, std::string_view intervention) {
    return std::string(scenario) + "/" + std::string(intervention);
}

std::string contractRuleId(std::string_view scenario, std::string_view contract) {
    return std::string(scenario) + "/" + std::string(contract);
}

std::string hrgShareId(std::string_view pod, std::string_view hrg) {
    return std::string(pod) + "/" + std::string(hrg);
}

std::string peerValueId(std::string_view metric, std::string_view peer) {
    return std::string(metric) + "/" + std::string(peer);
}

std::string metricEffectId(std::string_view intervention, std::string_view metric) {
    return std::string(intervention) + "/" + std::string(metric);
}

std::pair<std::string, std::string> splitId(std::string_view id) {
    const auto slash = id.find('/');
    if (slash == std::string_view::npos)
        return {std::string(id), std::string()};
    return {std::string(id.substr(0, slash)), std::string(id.substr(slash + 1))};
}

bool objectExists(const Project& p, const FieldPath& path) {
    const auto ids = splitId(path.object);
    const std::string& a = ids.first;
    const std::string& b = ids.second;
    switch (path.kind) {
    case Kind::Commissioner:
    case Kind::Assumptions:
        return true;
    case Kind::Activity:
        return groupFromKey(a).has_value() && p.podIndex(b) >= 0;
    case Kind::ScenarioItem:
        return std::any_of(p.scenarios.begin(), p.scenarios.end(),
                           [&](const Scenario& s) { return s.id == a; }) &&
               p.findIntervention(b) != nullptr;
    case Kind::PeerValue:
        // Like an activity cell: one for every metric and peer; "no value"
        // when the metric does not list the peer.
        return p.metricIndex(a) >= 0 && p.peerIndex(b) >= 0;
    case Kind::Weights:
        // One row per group; equal weights when the project has none for it.
        return groupFromKey(a).has_value();
    default:
        break;
    }
    return visitField(p, path.withField(fieldsOf(path.kind).front().key),
                      [](const Field&, const auto&) {});
}

} // namespace careshift
