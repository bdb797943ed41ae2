#include "engine/project.h"

#include <algorithm>

namespace careshift {

namespace {
template <typename T, typename Pred> int indexOf(const std::vector<T>& items, Pred pred) {
    const auto it = std::find_if(items.begin(), items.end(), pred);
    return it == items.end() ? -1 : static_cast<int>(it - items.begin());
}

constexpr std::array<std::string_view, kGroupCount> kGroupNames = {
    "Older people (70+)", "Long-term conditions", "Mental health", "Mothers and children",
    "Generally healthy"};
constexpr std::array<std::string_view, kGroupCount> kGroupKeys = {"older", "ltc", "mh",
                                                                  "mothers_children", "healthy"};
constexpr std::array<std::string_view, kSettingCount> kSettingNames = {
    "Acute", "Community", "Mental health", "Primary care", "Social care", "Other"};
constexpr std::array<std::string_view, kSettingCount> kSettingKeys = {
    "acute", "community", "mental_health", "primary_care", "social_care", "other"};
constexpr std::array<std::string_view, 4> kMechanismNames = {"Activity tariff", "Block", "Blended",
                                                             "Capitated"};
constexpr std::array<std::string_view, 4> kMechanismKeys = {"activity", "block", "blended",
                                                            "capitated"};
constexpr std::array<std::string_view, 3> kRoleKeys = {"other", "emergency_admission",
                                                       "excess_bed_day"};

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::array<std::string_view, N>& keys, std::string_view key) {
    for (std::size_t i = 0; i < N; ++i) {
        if (keys[i] == key)
            return static_cast<E>(i);
    }
    return std::nullopt;
}
template <std::size_t N> std::string joined(const std::array<std::string_view, N>& keys) {
    std::string out;
    for (std::string_view k : keys) {
        if (!out.empty())
            out += ", ";
        out += k;
    }
    return out;
}
} // namespace

std::string groupKeyList() {
    return joined(kGroupKeys);
}
std::string settingKeyList() {
    return joined(kSettingKeys);
}
std::string mechanismKeyList() {
    return joined(kMechanismKeys);
}
std::string podRoleKeyList() {
    return joined(kRoleKeys);
}

const Scenario* Project::findScenario(std::string_view idOrName) const {
    for (const auto& s : scenarios) {
        if (s.id == idOrName || s.name == idOrName)
            return &s;
    }
    return nullptr;
}

const Intervention* Project::findIntervention(std::string_view id) const {
    const int i = indexOf(interventions, [&](const Intervention& x) { return x.id == id; });
    return i < 0 ? nullptr : &interventions[static_cast<std::size_t>(i)];
}

int Project::podIndex(std::string_view code) const {
    return indexOf(pods, [&](const Pod& p) { return p.code == code; });
}
int Project::providerIndex(std::string_view id) const {
    return indexOf(providers, [&](const Provider& p) { return p.id == id; });
}
int Project::contractIndex(std::string_view id) const {
    return indexOf(contracts, [&](const Contract& c) { return c.id == id; });
}

Scenario doNothing() {
    Scenario s;
    s.id = "do-nothing";
    s.name = "Do nothing";
    return s;
}

std::string_view groupName(Group g) {
    return kGroupNames[static_cast<std::size_t>(g)];
}
std::string_view groupKey(Group g) {
    return kGroupKeys[static_cast<std::size_t>(g)];
}
std::optional<Group> groupFromKey(std::string_view key) {
    return fromKey<Group>(kGroupKeys, key);
}
std::string_view settingName(Setting s) {
    return kSettingNames[static_cast<std::size_t>(s)];
}
std::string_view settingKey(Setting s) {
    return kSettingKeys[static_cast<std::size_t>(s)];
}
std::optional<Setting> settingFromKey(std::string_view key) {
    return fromKey<Setting>(kSettingKeys, key);
}
std::string_view mechanismName(Mechanism m) {
    return kMechanismNames[static_cast<std::size_t>(m)];
}
std::string_view mechanismKey(Mechanism m) {
    return kMechanismKeys[static_cast<std::size_t>(m)];
}
std::optional<Mechanism> mechanismFromKey(std::string_view key) {
    return fromKey<Mechanism>(kMechanismKeys, key);
}
std::string_view podRoleKey(PodRole r) {
    return kRoleKeys[static_cast<std::size_t>(r)];
}
std::string_view podRoleName(PodRole r) {
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
std::optional<PodRole> podRoleFromKey(std::string_view key) {
    return fromKey<PodRole>(kRoleKeys, key);
}

double seriesAt(const std::vector<double>& series, int year) {
    if (series.empty())
        return 0.0;
    const auto i = static_cast<std::size_t>(std::max(0, year));
    return series[std::min(i, series.size() - 1)];
}

} // namespace careshift
