#include "engine/describe.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <sstream>

namespace careshift {

namespace {

template <class T> std::vector<Field> collect() {
    std::vector<Field> out;
    T object{};
    describe(object, [&](const Field& f, auto&) { out.push_back(f); });
    return out;
}

constexpr std::array<std::string_view, 12> kKindKeys = {
    "commissioner", "assumptions",  "population", "provider",     "contract", "pod",
    "activity",     "intervention", "effect",     "substitution", "scenario", "scenario-item"};

std::string shown(const Field& f, double v) {
    std::ostringstream out;
    if (f.unit == Unit::Fraction || f.unit == Unit::Series) {
        out << v * 100 << "%";
    } else if (f.unit == Unit::Money) {
        out.precision(15);
        out << (v < 0 ? "-£" : "£") << std::fabs(v);
    } else {
        out.precision(15);
        out << v;
    }
    return out.str();
}

} // namespace

const std::vector<Field>& fieldsOf(Kind kind) {
    static const std::array<std::vector<Field>, 12> all = {
        collect<Commissioner>(), collect<Assumptions>(),  collect<Population>(),
        collect<Provider>(),     collect<Contract>(),     collect<Pod>(),
        collect<Activity>(),     collect<Intervention>(), collect<ActivityEffect>(),
        collect<Substitution>(), collect<Scenario>(),     collect<ScenarioItem>()};
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

bool Field::inRange(double v) const {
    if (!std::isfinite(v))
        return false;
    if (v < min || (minOpen && v == min))
        return false;
    if (v > max || (maxOpen && v == max))
        return false;
    return !isWhole() || v == std::floor(v);
}

std::string Field::rangeText() const {
    const std::string lo = shown(*this, min);
    const std::string hi = shown(*this, max);
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

std::pair<std::string, std::string> splitId(std::string_view id) {
    const auto slash = id.find('/');
    if (slash == std::string_view::npos)
        return {std::string(id), std::string()};
    return {std::string(id.substr(0, slash)), std::string(id.substr(slash + 1))};
}

bool objectExists(const Project& p, const FieldPath& path) {
    const auto [a, b] = splitId(path.object);
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
    default:
        break;
    }
    return visitField(p, path.withField(fieldsOf(path.kind).front().key),
                      [](const Field&, const auto&) {});
}

} // namespace careshift
