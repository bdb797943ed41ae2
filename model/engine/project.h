#pragma once

/// \file project.h
/// The domain value types of a CareShift project (DOMAIN.md, "What a project
/// holds"). Plain structs with no behaviour beyond lookups: the calculation
/// lives in model.cpp / projection.cpp, the checks in validate.cpp.
///
/// Units are stated on every field: money is pounds in base-year prices,
/// rates are fractions (0.035 = 3.5%) unless the name says "per1000".
/// Every published or assumed figure carries a `source` string so that a
/// board paper can say where each number came from.

#include "engine/cohort.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careshift {

/// The five mutually exclusive patient groups, in order of precedence.
enum class Group { Older, LongTermConditions, MentalHealth, MothersChildren, Healthy };
inline constexpr int kGroupCount = 5;
inline constexpr std::array<Group, kGroupCount> kAllGroups = {
    Group::Older, Group::LongTermConditions, Group::MentalHealth, Group::MothersChildren,
    Group::Healthy};

enum class Setting { Acute, Community, MentalHealth, PrimaryCare, SocialCare, Other };
inline constexpr int kSettingCount = 6;

/// What a unit of a point of delivery counts as in the outcome figures and
/// which payment rules apply to it. Emergency admissions and excess bed days
/// are "non-elective": the NEL marginal rate and the unpaid readmission share
/// apply to both. Urgent and emergency care (the 2019/20 blended payment) is
/// the non-elective PoDs and A&E. Elective activity is what the aligned
/// payment and incentive's variable element pays for (2022/23 on).
enum class PodRole { Other, EmergencyAdmission, ExcessBedDay, Elective, AccidentEmergency };
inline constexpr int kPodRoleCount = 5;

/// Non-elective activity: the marginal rate and the readmissions rule apply.
constexpr bool isNonElective(PodRole r) {
    return r == PodRole::EmergencyAdmission || r == PodRole::ExcessBedDay;
}
/// Urgent and emergency care: non-elective activity and A&E (the 2019/20
/// blended payment's scope).
constexpr bool isUrgentEmergency(PodRole r) {
    return isNonElective(r) || r == PodRole::AccidentEmergency;
}

/// How a contract pays (DOMAIN.md step 5; docs/payment-regimes.md):
/// - ActivityTariff: price per unit, with the NEL marginal rate, unpaid
///   readmissions, best practice tariff top-ups and CQUIN;
/// - Block: a fixed sum, whatever the activity;
/// - Blended: a fixed sum plus a variable rate of price on every unit above
///   or below plan;
/// - Capitated: a rate per head of the whole population;
/// - BlendedEmergency: 2019/20: urgent and emergency care (emergency
///   admissions, excess bed days, A&E) paid a fixed element on planned
///   activity plus the variable rate of price on activity above or below
///   plan; everything else at price;
/// - AlignedPayment: aligned payment and incentive (2022/23 on): a fixed
///   element on planned activity plus the elective variable rate of price on
///   elective activity above or below plan; a relationship whose planned value
///   is below the low-volume threshold is paid its fixed element only.
enum class Mechanism {
    ActivityTariff,
    Block,
    Blended,
    Capitated,
    BlendedEmergency,
    AlignedPayment
};
inline constexpr int kMechanismCount = 6;

/// The national payment rules of a period, applied to a contract instead of
/// its own mechanism and rates (engine/regime.h lists each one's rules and
/// sources). Custom: the contract's own mechanism and rates. National: the
/// rules in force in each financial year of the projection.
enum class Regime {
    Custom,
    National,
    Pbr2010,
    Pbr2015,
    Pbr2016,
    Blended2019,
    Block2020,
    Api2022,
    Api2023,
    Api2025
};
inline constexpr int kRegimeCount = 10;

struct Commissioner {
    std::string name;
    std::string code;
    int baseYear = 2016; ///< first calendar year of the base financial year (2016 = 2016/17)
    std::string source;
};

/// The default index for intervention costs (pay and prices), per year from
/// the base year: see kDefaultCostUpliftSource.
std::vector<double> defaultCostUplift();
/// Where defaultCostUplift() comes from, for a new project's source text.
extern const char* const kDefaultCostUpliftSource;

struct Assumptions {
    int horizon = 5;              ///< years projected, 1-20
    double discountRate = 0.035;  ///< per year, fraction (HM Treasury Green Book)
    double qalyThreshold = 20000; ///< pounds per QALY (NICE)
    /// Tariff price uplift per year (cost uplift minus efficiency), fraction.
    /// Entry u applies from year u to year u+1; the last entry carries forward.
    /// Also the deflator of the real-terms figures (NPV in base-year prices).
    std::vector<double> priceUplift{0.0};
    /// Uplift of intervention costs (pay and prices) per year, fraction: the
    /// cost of staff and supplies rises with pay and prices, not with the
    /// tariff, which is net of the efficiency factor.
    std::vector<double> costUplift = defaultCostUplift();
    /// Money withheld under the NEL marginal rate and the readmissions rule
    /// was to be reinvested by the commissioner (reablement, demand
    /// management): true counts it as spent, false as saved.
    bool reinvestWithheld = false;
    std::string source;
};

struct Population {
    Group group = Group::Healthy;
    double baseCount = 0; ///< people in the base year
    /// Growth per year, fraction; entry u applies from year u to u+1, last carries forward.
    std::vector<double> growth{0.0};
    std::string source;
};

struct Provider {
    std::string id;
    std::string name;
    double mff = 1.0; ///< market forces factor, multiplies tariff prices
    /// The provider's costs (docs/method.md, "The providers' side"): the share
    /// that moves with activity, the share that moves in whole wards, the rest
    /// fixed. Costs in the plan are the planned income less the margin.
    double variableCostShare = 1.0;
    double semiFixedCostShare = 0.0;
    double wardBeds = 0;         ///< beds a ward that closes or opens has; 0 = no steps
    double wardOccupancy = 0.85; ///< occupancy at which a ward's bed days count as full
    double baselineMargin = 0.0; ///< surplus as a fraction of planned income
    std::string source;
};

struct Contract {
    std::string id;
    std::string name;
    std::string providerId;
    /// The payment rules: Custom uses the mechanism and rates below; a preset
    /// or National sets the mechanism and the national rates (marginal rate,
    /// CQUIN, variable rates, low-volume threshold) and keeps the local terms
    /// (threshold, readmission share, BPT, risk share).
    Regime regime = Regime::Custom;
    /// From this calendar year (2019 = 2019/20) the rules of `laterRegime`
    /// apply instead; 0 = no change.
    int changeYear = 0;
    Regime laterRegime = Regime::Custom;
    Mechanism mechanism = Mechanism::ActivityTariff;
    // Activity tariff
    double cquinRate = 0;         ///< fraction of contract value added (CQUIN)
    double nelThreshold = 0;      ///< base-year pounds of non-elective income; 0 = no threshold
    double nelMarginalRate = 1.0; ///< fraction of tariff paid above the threshold
    double unpaidReadmissionShare = 0; ///< fraction of non-elective activity not paid
    /// Best practice tariff: base-year pounds added per emergency admission
    /// that qualifies and meets the standard, and the share that does.
    double bptTopUp = 0;
    double bptCompliantShare = 0;
    // Block, blended and aligned payment
    double fixedValue = 0;      ///< base-year pounds a year: block value, or blended fixed element
    bool fixedFromPlan = false; ///< the fixed element is the planned activity at price instead
    double variableRate = 0;    ///< blended: fraction of price paid per unit above/below plan
    double electiveVariableRate = 0; ///< aligned payment: fraction of price, elective units
    double lowVolumeThreshold = 0;   ///< aligned payment: base-year pounds of planned value
    // Capitated
    double capitationPerHead = 0; ///< base-year pounds per person per year
    /// Share of the change in the provider's income from plan that the
    /// commissioner absorbs (a risk share): the payment moves by (1 - share)
    /// of what the rules give, for a fall and for a rise alike.
    double riskShare = 0;
    std::string source;
};

/// One row of a national tariff (HRG level): spell prices, trim points and
/// the excess bed day price, base-year pounds (NHS Payment Scheme / National
/// Tariff Payment System "admitted patient care" tariff).
struct HrgTariff {
    std::string code; ///< HRG code, e.g. "NZ11A"
    std::string name;
    double electivePrice = 0;    ///< ordinary elective spell
    double nonElectivePrice = 0; ///< non-elective spell
    double dayCasePrice = 0;     ///< day case (elective, same day)
    int electiveTrimPoint = 0;   ///< days; an elective spell longer is paid excess bed days
    int nonElectiveTrimPoint = 0;
    double excessBedDayPrice = 0; ///< per day beyond the trim point
    std::string source;
};

/// A share of a PoD's activity in one HRG, with its mean length of stay.
/// Elective PoDs: a length of stay of 0 is a day case.
struct HrgShare {
    std::string hrg;
    double share = 0;        ///< fraction of the PoD's units
    double lengthOfStay = 0; ///< days, mean of the spells in this HRG
};

struct Pod {
    std::string code;
    std::string name;
    std::string unit;
    Setting setting = Setting::Other;
    PodRole role = PodRole::Other;
    double bedDaysPerUnit = 0; ///< hospital bed days one unit stands for
    double price = 0;          ///< base-year pounds per unit, before MFF
    std::string priceSource;
    /// Non-demographic growth per year, fraction; entry u applies from u to u+1.
    std::vector<double> nonDemographicGrowth{0.0};
    std::string contractId;
    std::string source;
    /// The HRGs its activity is made of (shares adding up to 100%). When
    /// given, the PoD's price and bed days per unit come from the tariff
    /// (Project::tariff) instead of `price` and `bedDaysPerUnit`.
    std::vector<HrgShare> hrgMix = {};
};

struct Activity {
    Group group = Group::Healthy;
    std::string pod;
    double ratePer1000 = 0; ///< units per 1,000 people of the group per year, base year
    std::string source;
};

/// % change in the activity rate of one PoD among the people an intervention reaches.
struct ActivityEffect {
    std::string pod;
    double change = 0; ///< fraction: -0.2 = 20% fewer units; at least -1
    std::string source;
};

/// Each unit avoided in `fromPod` adds `unitsPerAvoided` units in `toPod`.
struct Substitution {
    std::string fromPod;
    std::string toPod;
    double unitsPerAvoided = 0;
    std::string source;
};

// ---------------------------------------------------------------------------
// Outcomes (DOMAIN.md step 9; docs/outcomes.md): metrics for each patient
// group and lens, compared with peer commissioners, rated red/amber/green and
// scored with the board's weights.

/// The three lenses through which care for a patient group is rated.
enum class Lens { Access, Quality, Prevention };
inline constexpr int kLensCount = 3;
inline constexpr std::array<Lens, kLensCount> kAllLenses = {Lens::Access, Lens::Quality,
                                                            Lens::Prevention};

/// What a metric's values are, which also bounds them:
/// - Percent: a share of people, stored as a fraction from 0 to 1 (68% = 0.68);
/// - Ratio: a ratio shown as a percentage that may exceed 100% (370% = 3.7);
/// - Per1000, Per100k: a rate per 1,000 or per 100,000 people (2100 = 2,100);
/// - Number: any other non-negative figure.
enum class MetricUnit { Percent, Ratio, Per1000, Per100k, Number };
inline constexpr int kMetricUnitCount = 5;

/// Whether a higher or a lower value is better.
enum class Direction { Higher, Lower };
inline constexpr int kDirectionCount = 2;

/// How a metric is rated red, amber or green (docs/outcomes.md):
/// - Peers: against the peers' quartiles (red = worse than the worst quartile's
///   boundary, green = at or better than the best quartile's);
/// - Thresholds: against the metric's own red and green thresholds;
/// - None: not rated and not scored.
enum class RagRule { Peers, Thresholds, None };
inline constexpr int kRagRuleCount = 3;

/// Where a metric's projected values come from: typed (its base value, trend
/// and the interventions' effects on it), or the projection itself: the
/// group's emergency admissions or bed days per head, indexed to the base
/// value, so the metric moves with the activity it counts.
enum class MetricBasis { Typed, EmergencyAdmissions, BedDays };
inline constexpr int kMetricBasisCount = 3;

/// An intervention's effect on a metric among the people it reaches: a
/// relative change (-0.1 = 10% lower) or an absolute one in the metric's unit.
enum class EffectMode { Relative, Absolute };
inline constexpr int kEffectModeCount = 2;

/// A peer commissioner ("10 most similar CCGs", NHS RightCare), or a
/// benchmark such as England: shown beside the peers, but not ranked against
/// and not in the quartiles.
struct Peer {
    std::string id;
    std::string name;
    bool benchmark = false;
    std::string source;
};

/// A peer's value of a metric, in the metric's unit, base year.
struct PeerValue {
    std::string peer;
    double value = 0;
};

struct Metric {
    std::string id;
    std::string name;
    Group group = Group::Older;
    Lens lens = Lens::Access;
    MetricUnit unit = MetricUnit::Percent;
    Direction direction = Direction::Higher;
    double baseValue = 0; ///< the commissioner's value in the base year, in `unit`
    /// Relative change per year of a typed metric, fraction; entry u applies
    /// from year u to u+1, the last carrying forward. Not used by a metric
    /// whose basis is the projection.
    std::vector<double> trend{0.0};
    double weight = 1; ///< within its group and lens; normalised over the cell's metrics
    RagRule rag = RagRule::Peers;
    double redThreshold = 0;   ///< Thresholds: worse than this is red
    double greenThreshold = 0; ///< Thresholds: this or better is green
    MetricBasis basis = MetricBasis::Typed;
    std::string source;
    std::vector<PeerValue> peerValues = {};
};

/// The board's weights for one patient group: the group's weight overall and
/// each lens's weight within the group. Any non-negative numbers: they are
/// normalised to add up to 1, and the results say so when they did not.
struct OutcomeWeights {
    Group group = Group::Older;
    double weight = 1;
    double access = 1;
    double quality = 1;
    double prevention = 1;
    std::string source;
};

/// An intervention's effect on a typed metric among the people it reaches.
struct MetricEffect {
    std::string metric;
    EffectMode mode = EffectMode::Relative;
    double change = 0; ///< Relative: fraction, at least -1; Absolute: the metric's unit
    std::string source;
};

struct Intervention {
    std::string id;
    std::string name;
    Group group = Group::Older;
    double coverage = 0; ///< fraction of the group reached at full roll-out
    /// Activity of the people reached relative to their group's average (case
    /// finding reaches heavy users: 3 = three times the average). coverage *
    /// activityRatio may not exceed 1: the reached cannot use more than all.
    double activityRatio = 1.0;
    int startYear = 0; ///< year index (0 = base year) the intervention starts
    /// Share of full effect reached in each year since the start; last carries forward.
    std::vector<double> rampUp{1.0};
    double oneOffCost = 0;         ///< base-year pounds, in the start year
    double fixedCostPerYear = 0;   ///< base-year pounds a year from the start year
    double costPerParticipant = 0; ///< base-year pounds per participant per year
    Setting costSetting = Setting::Community;
    std::string costProviderId; ///< empty = a provider outside the contracts
    std::vector<ActivityEffect> effects;
    std::vector<Substitution> substitutions;
    std::vector<MetricEffect> metricEffects = {};
    std::string notes;
    std::string source;
};

struct ScenarioItem {
    std::string interventionId;
    bool enabled = true;
};

/// A scenario's own payment rules for one contract ("what if the acute
/// contract were on API?"), without copying the project: in this scenario,
/// and in the baseline it is compared with, the contract pays under `regime`
/// in every year (engine/regime.h).
struct ContractRule {
    std::string contractId;
    Regime regime = Regime::National;
};

struct Scenario {
    std::string id;
    std::string name;
    std::vector<ScenarioItem> items;
    std::string notes;
    std::vector<ContractRule> contractRules = {};
};

struct Project {
    Commissioner commissioner;
    Assumptions assumptions;
    std::vector<Population> population;
    std::vector<Provider> providers;
    std::vector<Contract> contracts;
    std::vector<HrgTariff> tariff = {};
    std::vector<Pod> pods;
    std::vector<Activity> activity;
    std::vector<Intervention> interventions;
    std::vector<Scenario> scenarios;
    std::vector<Peer> peers = {};
    std::vector<Metric> metrics = {};
    std::vector<OutcomeWeights> weights = {};
    /// Cohort (Markov) models tied to a patient group (engine/cohort.h;
    /// docs/cohort-models.md, "Tied to the projection"): at most one per group.
    std::vector<cohort::Model> cohorts = {};

    const Scenario* findScenario(std::string_view idOrName) const;
    const Intervention* findIntervention(std::string_view id) const;
    int podIndex(std::string_view code) const; ///< -1 when absent
    int providerIndex(std::string_view id) const;
    int contractIndex(std::string_view id) const;
    int metricIndex(std::string_view id) const;
    int peerIndex(std::string_view id) const;
    /// The board's weights for a group: its row, or equal weights (all 1).
    OutcomeWeights weightsFor(Group g) const;
};

/// The "do nothing" scenario: no interventions.
Scenario doNothing();

std::string_view groupName(Group g);
std::string_view groupKey(Group g); ///< stable key used in files: "older", "ltc", ...
std::optional<Group> groupFromKey(std::string_view key);
std::string_view settingName(Setting s);
std::string_view settingKey(Setting s);
std::optional<Setting> settingFromKey(std::string_view key);
std::string_view mechanismName(Mechanism m);
std::string_view mechanismKey(Mechanism m);
std::optional<Mechanism> mechanismFromKey(std::string_view key);
std::string_view regimeKey(Regime r);
std::string_view regimeName(Regime r);
std::optional<Regime> regimeFromKey(std::string_view key);
std::string_view podRoleKey(PodRole r);
std::string_view podRoleName(PodRole r); ///< "Emergency admission", ...
std::optional<PodRole> podRoleFromKey(std::string_view key);
std::string_view lensKey(Lens l);
std::string_view lensName(Lens l); ///< "Access", "Quality", "Prevention"
std::string_view metricUnitKey(MetricUnit u);
std::string_view metricUnitName(MetricUnit u);
std::string_view directionKey(Direction d);
std::string_view directionName(Direction d);
std::string_view ragRuleKey(RagRule r);
std::string_view ragRuleName(RagRule r);
std::string_view metricBasisKey(MetricBasis b);
std::string_view metricBasisName(MetricBasis b);
std::string_view effectModeKey(EffectMode m);
std::string_view effectModeName(EffectMode m);

/// The keys accepted for each enumeration, comma-separated, for error messages:
/// "older, ltc, mh, mothers_children, healthy".
std::string groupKeyList();
std::string settingKeyList();
std::string mechanismKeyList();
std::string podRoleKeyList();

/// Value of a per-year series at year index `year`, the last entry carrying
/// forward; 0 for an empty series.
double seriesAt(const std::vector<double>& series, int year);

} // namespace careshift
