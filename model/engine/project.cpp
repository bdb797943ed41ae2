#include "engine/project.h"
#include "engine/words.h"

#include <algorithm>

namespace careshift {

namespace {
template <typename T, typename Pred> int indexOf(const std::vector<T>& items, Pred pred) {
    const auto it = std::find_if(items.begin(), items.end(), pred);
    return it == items.end() ? -1 : static_cast<int>(it - items.begin());
}

constexpr std::array<std::string_view, kGroupCount> kGroupNames = {
    CARESHIFT_WORD("Older people (70+)"), CARESHIFT_WORD("Long-term conditions"),
    CARESHIFT_WORD("Mental health"), CARESHIFT_WORD("Mothers and children"),
    CARESHIFT_WORD("Generally healthy")};
constexpr std::array<std::string_view, kGroupCount> kGroupKeys = {"older", "ltc", "mh",
                                                                  "mothers_children", "healthy"};
constexpr std::array<std::string_view, kSettingCount> kSettingNames = {
    CARESHIFT_WORD("Acute"),        CARESHIFT_WORD("Community"),   CARESHIFT_WORD("Mental health"),
    CARESHIFT_WORD("Primary care"), CARESHIFT_WORD("Social care"), CARESHIFT_WORD("Other")};
constexpr std::array<std::string_view, kSettingCount> kSettingKeys = {
    "acute", "community", "mental_health", "primary_care", "social_care", "other"};
constexpr std::array<std::string_view, kMechanismCount> kMechanismNames = {
    CARESHIFT_WORD("Activity tariff"),
    CARESHIFT_WORD("Block"),
    CARESHIFT_WORD("Blended"),
    CARESHIFT_WORD("Capitated"),
    CARESHIFT_WORD("Blended (urgent and emergency care)"),
    CARESHIFT_WORD("Aligned payment and incentive")};
constexpr std::array<std::string_view, kMechanismCount> kMechanismKeys = {
    "activity", "block", "blended", "capitated", "blended_emergency", "aligned_payment"};
constexpr std::array<std::string_view, kPodRoleCount> kRoleKeys = {
    "other", "emergency_admission", "excess_bed_day", "elective", "accident_emergency"};
constexpr std::array<std::string_view, kPodRoleCount> kRoleNames = {
    CARESHIFT_WORD("Other"), CARESHIFT_WORD("Emergency admission"),
    CARESHIFT_WORD("Excess bed day"), CARESHIFT_WORD("Elective"), CARESHIFT_WORD("A&E attendance")};
constexpr std::array<std::string_view, kRegimeCount> kRegimeKeys = {
    "custom",       "national",   "pbr_2010", "pbr_2015", "pbr_2016",
    "blended_2019", "block_2020", "api_2022", "api_2023", "api_2025"};
constexpr std::array<std::string_view, kRegimeCount> kRegimeNames = {
    CARESHIFT_WORD("Contract's own terms"),
    CARESHIFT_WORD("National rules in force each year"),
    CARESHIFT_WORD("PbR 2010/11-2014/15 (marginal rate 30%)"),
    CARESHIFT_WORD("PbR 2015/16 (enhanced tariff option, 70%)"),
    CARESHIFT_WORD("PbR 2016/17-2018/19 (marginal rate 70%)"),
    CARESHIFT_WORD("Blended payment 2019/20"),
    CARESHIFT_WORD("Block 2020/21-2021/22 (COVID)"),
    CARESHIFT_WORD("Aligned payment 2022/23 (elective 75%)"),
    CARESHIFT_WORD("Aligned payment 2023/24-2024/25"),
    CARESHIFT_WORD("Aligned payment 2025/26 on")};

constexpr std::array<std::string_view, kLensCount> kLensKeys = {"access", "quality", "prevention"};
constexpr std::array<std::string_view, kLensCount> kLensNames = {
    CARESHIFT_WORD("Access"), CARESHIFT_WORD("Quality"), CARESHIFT_WORD("Prevention")};
constexpr std::array<std::string_view, kMetricUnitCount> kMetricUnitKeys = {
    "percent", "ratio", "per1000", "per100k", "number"};
constexpr std::array<std::string_view, kMetricUnitCount> kMetricUnitNames = {
    CARESHIFT_WORD("Percent of people"), CARESHIFT_WORD("Ratio (%)"), CARESHIFT_WORD("Per 1,000"),
    CARESHIFT_WORD("Per 100,000"), CARESHIFT_WORD("Number")};
constexpr std::array<std::string_view, kDirectionCount> kDirectionKeys = {"higher", "lower"};
constexpr std::array<std::string_view, kDirectionCount> kDirectionNames = {
    CARESHIFT_WORD("Higher is better"), CARESHIFT_WORD("Lower is better")};
constexpr std::array<std::string_view, kRagRuleCount> kRagRuleKeys = {"peers", "thresholds",
                                                                      "none"};
constexpr std::array<std::string_view, kRagRuleCount> kRagRuleNames = {
    CARESHIFT_WORD("Peer quartiles"), CARESHIFT_WORD("Fixed thresholds"),
    CARESHIFT_WORD("Not rated")};
constexpr std::array<std::string_view, kMetricBasisCount> kMetricBasisKeys = {
    "typed", "emergency_admissions", "bed_days"};
constexpr std::array<std::string_view, kMetricBasisCount> kMetricBasisNames = {
    CARESHIFT_WORD("Typed (base value and trend)"),
    CARESHIFT_WORD("Emergency admissions per head (projected)"),
    CARESHIFT_WORD("Bed days per head (projected)")};
constexpr std::array<std::string_view, kEffectModeCount> kEffectModeKeys = {"relative", "absolute"};
constexpr std::array<std::string_view, kEffectModeCount> kEffectModeNames = {
    CARESHIFT_WORD("Relative (%)"), CARESHIFT_WORD("Absolute (metric's unit)")};

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

int Project::metricIndex(std::string_view id) const {
    return indexOf(metrics, [&](const Metric& m) { return m.id == id; });
}
int Project::peerIndex(std::string_view id) const {
    return indexOf(peers, [&](const Peer& x) { return x.id == id; });
}
OutcomeWeights Project::weightsFor(Group g) const {
    for (const OutcomeWeights& w : weights)
        if (w.group == g)
            return w;
    OutcomeWeights equal;
    equal.group = g;
    return equal;
}

std::string_view lensKey(Lens v) {
    return kLensKeys[static_cast<std::size_t>(v)];
}
std::string_view lensName(Lens v) {
    return kLensNames[static_cast<std::size_t>(v)];
}
std::string_view metricUnitKey(MetricUnit v) {
    return kMetricUnitKeys[static_cast<std::size_t>(v)];
}
std::string_view metricUnitName(MetricUnit v) {
    return kMetricUnitNames[static_cast<std::size_t>(v)];
}
std::string_view directionKey(Direction v) {
    return kDirectionKeys[static_cast<std::size_t>(v)];
}
std::string_view directionName(Direction v) {
    return kDirectionNames[static_cast<std::size_t>(v)];
}
std::string_view ragRuleKey(RagRule v) {
    return kRagRuleKeys[static_cast<std::size_t>(v)];
}
std::string_view ragRuleName(RagRule v) {
    return kRagRuleNames[static_cast<std::size_t>(v)];
}
std::string_view metricBasisKey(MetricBasis v) {
    return kMetricBasisKeys[static_cast<std::size_t>(v)];
}
std::string_view metricBasisName(MetricBasis v) {
    return kMetricBasisNames[static_cast<std::size_t>(v)];
}
std::string_view effectModeKey(EffectMode v) {
    return kEffectModeKeys[static_cast<std::size_t>(v)];
}
std::string_view effectModeName(EffectMode v) {
    return kEffectModeNames[static_cast<std::size_t>(v)];
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
    return kRoleNames[static_cast<std::size_t>(r)];
}
std::string_view regimeKey(Regime r) {
    return kRegimeKeys[static_cast<std::size_t>(r)];
}
std::string_view regimeName(Regime r) {
    return kRegimeNames[static_cast<std::size_t>(r)];
}
std::optional<Regime> regimeFromKey(std::string_view key) {
    return fromKey<Regime>(kRegimeKeys, key);
}
std::optional<PodRole> podRoleFromKey(std::string_view key) {
    return fromKey<PodRole>(kRoleKeys, key);
}

const char* const kDefaultCostUpliftSource =
    "Intervention costs uplifted by the NHS Cost Inflation Index (pay and prices), annual "
    "change 2017/18 1.24%, 2018/19 1.60%, 2019/20 2.14%, 2020/21 2.49%, 2021/22 2.58%, "
    "2022/23 7.32%, 2023/24 2.47%, 2024/25 4.02% (provisional), the last carrying forward: "
    "PSSRU Unit Costs of Health and Social Care 2025 (Jones et al.), which replaced the "
    "discontinued HCHS pay and prices index after 2015/16";

std::vector<double> defaultCostUplift() {
    // Entry u: from 2016/17 + u to the next year (docs/payment-regimes.md, (a)).
    return {0.0124, 0.0160, 0.0214, 0.0249, 0.0258, 0.0732, 0.0247, 0.0402};
}

double seriesAt(const std::vector<double>& series, int year) {
    if (series.empty())
        return 0.0;
    const auto i = static_cast<std::size_t>(std::max(0, year));
    return series[std::min(i, series.size() - 1)];
}

} // namespace careshift
