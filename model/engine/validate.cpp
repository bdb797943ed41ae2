#include "engine/validate.h"

#include "engine/format.h"
#include "engine/regime.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <type_traits>

// How validation is organised. Every per-field check comes from the field's
// description (describe.h): each number must lie in its range (finite, whole
// where the unit is whole), each entry of a per-year series too, each id must
// be present and unique among its kind, and each reference must name an
// object that exists (an optional reference may be empty). Only the checks
// that need meaning are written here by hand: the commissioner's name, the
// five population groups once each, activity cells once each, coverage x
// activity ratio, an intervention's effects and substitutions once per PoD
// (pair), a scenario listing an intervention once, a ramp-up with at least
// one year, and a contract that pays with no PoD to pay through.
//
// Every problem names the object as a user knows it (by its name, by its id
// only when it has none), the field in words (fieldWords()), and carries the
// field's id-based FieldPath so the GUI can select the cell.

namespace careshift {

namespace {

/// A control character (C0 or DEL): never shown raw, and refused in text
/// but for tab and line breaks.
bool isControl(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7F;
}

std::string quoted(std::string_view kind, std::string_view name) {
    std::string s(kind);
    s += " '";
    // A name from a file may hold control characters (refused below): a
    // message shows them as \x1b, never raw to a terminal.
    for (const char c : name) {
        if (isControl(c)) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02x",
                          static_cast<unsigned>(static_cast<unsigned char>(c)));
            s += escaped;
        } else {
            s += c;
        }
    }
    s += "'";
    return s;
}

const std::string& nameOr(const std::string& name, const std::string& id) {
    return name.empty() ? id : name;
}

/// "a point of delivery", "an intervention": what a reference names.
std::string_view referredWords(Kind kind) {
    switch (kind) {
    case Kind::Provider:
        return "a provider";
    case Kind::Contract:
        return "a contract";
    case Kind::Pod:
        return "a point of delivery";
    case Kind::Intervention:
        return "an intervention";
    case Kind::Scenario:
        return "a scenario";
    case Kind::Hrg:
        return "an HRG of the tariff";
    case Kind::Peer:
        return "a peer";
    case Kind::Metric:
        return "an outcome metric";
    default:
        return "an object";
    }
}

/// One object being checked: where its problems point and how they name it.
struct Subject {
    Kind kind;
    std::string id;   ///< as FieldPath::object
    std::string text; ///< "Intervention 'Community frailty team'"
};

class Checker {
public:
    Checker(const Project& p, std::vector<Problem>& out)
        : m_p(p)
        , m_out(out) {
        for (const auto& x : p.providers)
            m_ids[Kind::Provider].insert(x.id);
        for (const auto& x : p.contracts)
            m_ids[Kind::Contract].insert(x.id);
        for (const auto& x : p.pods) {
            m_ids[Kind::Pod].insert(x.code);
            if (!x.name.empty())
                m_podNames.emplace(x.code, x.name);
        }
        for (const auto& x : p.interventions)
            m_ids[Kind::Intervention].insert(x.id);
        for (const auto& x : p.tariff)
            m_ids[Kind::Hrg].insert(x.code);
        for (const auto& x : p.peers)
            m_ids[Kind::Peer].insert(x.id);
        for (const auto& x : p.metrics)
            m_ids[Kind::Metric].insert(x.id);
    }

    void add(const Subject& s, std::string_view key, std::string message) {
        Problem problem;
        problem.object = s.text;
        problem.field = std::string(fieldWords(s.kind, key));
        problem.message = std::move(message);
        problem.path = FieldPath{s.kind, s.id, std::string(key)};
        m_out.push_back(std::move(problem));
    }

    /// A PoD as a user knows it: its name, or its code when it has none.
    const std::string& podName(const std::string& code) const {
        const auto it = m_podNames.find(code);
        return it == m_podNames.end() ? code : it->second;
    }

    /// The metric with this id, or null.
    const Metric* metric(const std::string& id) const {
        const int i = m_p.metricIndex(id);
        return i < 0 ? nullptr : &m_p.metrics[static_cast<std::size_t>(i)];
    }

    /// Every check the description of `x` implies.
    template <class T> void fields(const Subject& s, const T& x) {
        describe(x, [&](const Field& f, const auto& member) {
            using M = std::decay_t<decltype(member)>;
            if constexpr (std::is_same_v<M, double> || std::is_same_v<M, int>) {
                if (f.isNumber())
                    number(s, f, static_cast<double>(member));
            } else if constexpr (std::is_same_v<M, std::vector<double>>) {
                series(s, f, member);
            } else if constexpr (std::is_same_v<M, std::string>) {
                // Control characters (NUL, ESC, ...) in text from a file would
                // reach a terminal or a report raw: tab and line breaks only.
                if (const auto bad = std::find_if(
                        member.begin(), member.end(),
                        [](char c) { return isControl(c) && c != '\t' && c != '\n' && c != '\r'; });
                    bad != member.end()) {
                    char code[8];
                    std::snprintf(code, sizeof code, "U+%04X",
                                  static_cast<unsigned>(static_cast<unsigned char>(*bad)));
                    add(s, f.key,
                        std::string("holds a control character (") + code +
                            "), which text may not hold");
                }
                if (member.size() > kMaxTextCharacters && characters(member) > kMaxTextCharacters)
                    add(s, f.key,
                        "is longer than " + f.valueText(static_cast<double>(kMaxTextCharacters)) +
                            " characters (is " +
                            f.valueText(static_cast<double>(characters(member))) + ")");
                if (f.unit == Unit::Id)
                    id(s, f, member);
                else if (f.unit == Unit::Ref)
                    reference(s, f, member);
            }
        });
    }

private:
    /// Characters (code points) of UTF-8 text: bytes that do not continue one.
    static std::size_t characters(const std::string& text) {
        return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }));
    }

    void number(const Subject& s, const Field& f, double v) {
        if (!f.inRange(v))
            add(s, f.key, mustBe(f) + " (is " + f.valueText(v) + ")");
    }

    /// Entry u of a series applies from year u to u+1; a ramp-up's entry u is
    /// year u+1 of the intervention.
    void series(const Subject& s, const Field& f, const std::vector<double>& values) {
        for (std::size_t u = 0; u < values.size(); ++u) {
            if (f.inRange(values[u]))
                continue;
            const int year = static_cast<int>(u);
            const int base = m_p.commissioner.baseYear;
            const std::string when =
                s.kind == Kind::Intervention && f.key == "rampUp"
                    ? "in year " + std::to_string(year + 1) + " of the intervention"
                    : "from " + formatFinancialYear(base + year) + " to " +
                          formatFinancialYear(base + year + 1);
            add(s, f.key, mustBe(f) + " (is " + f.valueText(values[u]) + " " + when + ")");
        }
    }

    void id(const Subject& s, const Field& f, const std::string& v) {
        if (v.empty())
            add(s, f.key, "must not be empty");
        else if (!m_seen[s.kind].insert(v).second)
            add(s, f.key, "is used more than once: '" + v + "'");
    }

    void reference(const Subject& s, const Field& f, const std::string& v) {
        if (v.empty() && !f.required)
            return; // an optional reference: none
        const auto it = m_ids.find(f.refers);
        if (it == m_ids.end() || !it->second.count(v))
            add(s, f.key,
                "names " + std::string(referredWords(f.refers)) + " that does not exist: '" + v +
                    "'");
    }

    static std::string mustBe(const Field& f) {
        return std::string(f.isWhole() ? "must be a whole number " : "must be ") + f.rangeText();
    }

    const Project& m_p;
    std::vector<Problem>& m_out;
    std::map<Kind, std::set<std::string>> m_ids;  ///< what references may name
    std::map<Kind, std::set<std::string>> m_seen; ///< ids met so far, for duplicates
    std::map<std::string, std::string> m_podNames;
};

std::string plainPercent(double v);

void checkIntervention(Checker& check, const Intervention& iv) {
    const Subject s{Kind::Intervention, iv.id, quoted("Intervention", nameOr(iv.name, iv.id))};
    check.fields(s, iv);
    const Field* coverage = findField(Kind::Intervention, "coverage");
    const Field* ratio = findField(Kind::Intervention, "activityRatio");
    if (coverage->inRange(iv.coverage) && ratio->inRange(iv.activityRatio) &&
        iv.coverage * iv.activityRatio > 1 + 1e-12)
        check.add(s, "activityRatio",
                  "coverage x activity ratio must not exceed 100%: the people reached cannot "
                  "use more than all of the group's activity (is " +
                      coverage->valueText(iv.coverage * iv.activityRatio) + ")");
    if (iv.rampUp.empty())
        check.add(s, "rampUp", "needs at least one year");

    std::set<std::string> effectPods;
    for (const auto& e : iv.effects) {
        const Subject es{Kind::Effect, effectId(iv.id, e.pod),
                         s.text + ", effect on '" + check.podName(e.pod) + "'"};
        check.fields(es, e);
        if (!effectPods.insert(e.pod).second)
            check.add(es, "pod", "is given more than once for this intervention");
    }
    // A substitution is addressed by its pair of PoDs, so a pair may appear once.
    std::set<std::pair<std::string, std::string>> pairs;
    for (const auto& sub : iv.substitutions) {
        const Subject ss{Kind::Substitution, substitutionId(iv.id, sub.fromPod, sub.toPod),
                         s.text + ", substitution '" + check.podName(sub.fromPod) + "' -> '" +
                             check.podName(sub.toPod) + "'"};
        check.fields(ss, sub);
        if (!pairs.insert({sub.fromPod, sub.toPod}).second)
            check.add(ss, "toPod", "is given more than once for this intervention");
    }
    std::set<std::string> metrics;
    for (const auto& e : iv.metricEffects) {
        const Metric* m = check.metric(e.metric);
        const Subject es{Kind::MetricEffect, metricEffectId(iv.id, e.metric),
                         s.text + ", effect on metric '" + (m ? nameOr(m->name, m->id) : e.metric) +
                             "'"};
        check.fields(es, e);
        if (!metrics.insert(e.metric).second)
            check.add(es, "metric", "is given more than once for this intervention");
        if (e.mode == EffectMode::Relative && std::isfinite(e.change) && e.change < -1)
            check.add(es, "change",
                      "a relative change must be -100% or more: a metric cannot fall by more "
                      "than all of it (is " +
                          plainPercent(e.change) + ")");
        if (!m)
            continue;
        if (e.mode == EffectMode::Absolute && m->unit == MetricUnit::Percent &&
            std::isfinite(e.change) && std::fabs(e.change) > 1)
            check.add(es, "change",
                      "an absolute change in a share of people must be from -100 to +100 "
                      "points (is " +
                          plainPercent(e.change) + ")");
        if (m->group != iv.group)
            check.add(es, "metric",
                      "is a metric of " + std::string(groupName(m->group)) +
                          ", but the intervention reaches " + std::string(groupName(iv.group)) +
                          ": its coverage is not a share of that group");
        if (m->basis != MetricBasis::Typed)
            check.add(es, "metric",
                      "follows the projection (" + std::string(metricBasisName(m->basis)) +
                          "): it moves with the intervention's effects on activity, so give "
                          "the effect there, not here");
    }
}

/// "150%" for a fraction 1.5, for messages.
std::string plainPercent(double v) {
    return findField(Kind::Assumptions, "discountRate")->valueText(v);
}

void checkScenario(Checker& check, const Scenario& sc) {
    const Subject s{Kind::Scenario, sc.id, quoted("Scenario", nameOr(sc.name, sc.id))};
    check.fields(s, sc);
    std::set<std::string> listed;
    for (const auto& item : sc.items) {
        const Subject is{Kind::ScenarioItem, scenarioItemId(sc.id, item.interventionId), s.text};
        check.fields(is, item);
        if (!listed.insert(item.interventionId).second)
            check.add(is, "id", "is listed more than once: '" + item.interventionId + "'");
    }
    std::set<std::string> ruled;
    for (const auto& rule : sc.contractRules) {
        const Subject rs{Kind::ContractRule, contractRuleId(sc.id, rule.contractId),
                         s.text + ", payment rules for contract '" + rule.contractId + "'"};
        check.fields(rs, rule);
        if (!ruled.insert(rule.contractId).second)
            check.add(rs, "contract", "is given its own rules more than once in this scenario");
    }
}

/// A contract that would pay money while no PoD is paid through it: its
/// payment has no cell to go to, so spend by setting, group and PoD would not
/// add up to the total. An activity-tariff contract with no PoDs pays nothing
/// and is fine.
void checkContractsPayWithPods(Checker& check, const Project& p) {
    for (const auto& c : p.contracts) {
        const bool hasPod = std::any_of(p.pods.begin(), p.pods.end(),
                                        [&](const Pod& pod) { return pod.contractId == c.id; });
        // A blended payment for urgent and emergency care pays its fixed value
        // over the urgent and emergency PoDs: it needs one.
        const bool hasUrgentPod = std::any_of(p.pods.begin(), p.pods.end(), [&](const Pod& pod) {
            return pod.contractId == c.id && isUrgentEmergency(pod.role);
        });
        const bool ownTermsUsed =
            c.regime == Regime::Custom || (c.changeYear > 0 && c.laterRegime == Regime::Custom);
        if (hasPod && !hasUrgentPod && ownTermsUsed && c.mechanism == Mechanism::BlendedEmergency &&
            !c.fixedFromPlan && c.fixedValue > 0) {
            check.add(
                {Kind::Contract, c.id, quoted("Contract", nameOr(c.name, c.id))}, "fixedValue",
                "no urgent and emergency care (an emergency admission, excess bed day or "
                "A&E PoD) is paid through this contract, so its fixed element has nothing "
                "to pay for: set it to 0, take it from the plan, or choose another mechanism");
            continue;
        }
        if (hasPod)
            continue;
        // Under a preset the fixed element is the planned activity at price:
        // nothing without a PoD. The contract's own terms may pay a sum.
        const bool ownTerms =
            c.regime == Regime::Custom || (c.changeYear > 0 && c.laterRegime == Regime::Custom);
        const bool fixedSum =
            c.mechanism == Mechanism::Block || c.mechanism == Mechanism::Blended ||
            c.mechanism == Mechanism::BlendedEmergency || c.mechanism == Mechanism::AlignedPayment;
        const char* key = nullptr;
        if (!ownTerms)
            continue;
        if (fixedSum && !c.fixedFromPlan && c.fixedValue > 0)
            key = "fixedValue";
        else if (c.mechanism == Mechanism::Capitated && c.capitationPerHead > 0)
            key = "capitationPerHead";
        if (!key)
            continue;
        check.add({Kind::Contract, c.id, quoted("Contract", nameOr(c.name, c.id))}, key,
                  "no point of delivery is paid through this contract: assign one to it or set "
                  "its " +
                      std::string(fieldWords(Kind::Contract, key)) + " to 0");
    }
}

/// The largest value a unit allows: a share of people is at most 100%.
double unitMaximum(MetricUnit u) {
    return u == MetricUnit::Percent ? 1.0 : kMaxMetricValue;
}

/// A value in a metric's unit, for messages: "68%", "2,100 per 100,000".
std::string metricValueText(MetricUnit u, double v) {
    const Field number{.key = "value", .unit = Unit::Number};
    switch (u) {
    case MetricUnit::Percent:
    case MetricUnit::Ratio:
        return plainPercent(v);
    case MetricUnit::Per1000:
        return number.valueText(v) + " per 1,000";
    case MetricUnit::Per100k:
        return number.valueText(v) + " per 100,000";
    case MetricUnit::Number:
        break;
    }
    return number.valueText(v);
}

/// Peers, metrics, their peers' values and the board's weights. A value in
/// the wrong unit is caught where the unit bounds it (a share of people typed
/// as 68 instead of 68%); RAG thresholds must be in the order the direction
/// implies, or the amber band would be empty or inverted.
void checkOutcomes(Checker& check, const Project& p) {
    std::map<std::string, const Peer*> peerById;
    for (const auto& x : p.peers) {
        check.fields({Kind::Peer, x.id, quoted("Peer", nameOr(x.name, x.id))}, x);
        peerById.emplace(x.id, &x);
    }
    // RightCare compares a CCG with its 10 most similar of about 200; a file
    // with thousands of peers is a mistake (or hostile), and is refused at
    // once rather than rated slowly.
    if (p.peers.size() > kMaxPeers) {
        const Peer& extra = p.peers[kMaxPeers];
        check.add({Kind::Peer, extra.id, quoted("Peer", nameOr(extra.name, extra.id))}, "id",
                  "is one peer too many: a project may compare with at most " +
                      std::to_string(kMaxPeers) + " peers (this one has " +
                      std::to_string(p.peers.size()) + ")");
        return;
    }
    for (const auto& m : p.metrics) {
        const Subject s{Kind::Metric, m.id, quoted("Metric", nameOr(m.name, m.id))};
        check.fields(s, m);
        const double most = unitMaximum(m.unit);
        const std::string unitWords = m.unit == MetricUnit::Percent
                                          ? "a percentage of people from 0% to 100%"
                                          : std::string(metricUnitName(m.unit));
        const std::string fileHint =
            m.unit == MetricUnit::Percent ? "; a file stores 68% as 0.68" : "";
        // "is not in the metric's unit, a percentage of people ... (is 150%; ...)"
        const auto wrongUnit = [&](double v) {
            std::string text = "is not in the metric's unit, ";
            text += unitWords;
            text += " (is ";
            text += metricValueText(m.unit, v);
            text += fileHint;
            text += ")";
            return text;
        };
        for (const char* key : {"baseValue", "redThreshold", "greenThreshold"}) {
            const double v = std::string_view(key) == "baseValue"      ? m.baseValue
                             : std::string_view(key) == "redThreshold" ? m.redThreshold
                                                                       : m.greenThreshold;
            if (std::isfinite(v) && v > most && v <= kMaxMetricValue &&
                (std::string_view(key) == "baseValue" || m.rag == RagRule::Thresholds))
                check.add(s, key, wrongUnit(v));
        }
        if (m.rag == RagRule::Thresholds && std::isfinite(m.redThreshold) &&
            std::isfinite(m.greenThreshold)) {
            const bool higher = m.direction == Direction::Higher;
            const bool ordered =
                higher ? m.greenThreshold > m.redThreshold : m.greenThreshold < m.redThreshold;
            if (!ordered)
                check.add(s, "greenThreshold",
                          std::string("the green threshold must be ") +
                              (higher ? "above" : "below") + " the red one, as " +
                              (higher ? "higher" : "lower") + " is better for this metric (green " +
                              metricValueText(m.unit, m.greenThreshold) + ", red " +
                              metricValueText(m.unit, m.redThreshold) + ")");
        }
        std::set<std::string> peers;
        for (const auto& v : m.peerValues) {
            const int pi = p.peerIndex(v.peer);
            const std::string peerName = pi < 0 ? v.peer
                                                : nameOr(p.peers[static_cast<std::size_t>(pi)].name,
                                                         p.peers[static_cast<std::size_t>(pi)].id);
            const Subject vs{Kind::PeerValue, peerValueId(m.id, v.peer),
                             s.text + ", value of peer '" + peerName + "'"};
            check.fields(vs, v);
            if (!peers.insert(v.peer).second)
                check.add(vs, "peer", "is given more than once for this metric");
            if (std::isfinite(v.value) && v.value > most && v.value <= kMaxMetricValue)
                check.add(vs, "value", wrongUnit(v.value));
        }
    }
    std::array<int, kGroupCount> seen{};
    for (const auto& w : p.weights) {
        const Subject s{Kind::Weights, std::string(groupKey(w.group)),
                        quoted("Weights", groupName(w.group))};
        check.fields(s, w);
        if (++seen[static_cast<std::size_t>(w.group)] > 1)
            check.add(s, "group", "is given more than once");
    }
}

/// A board reads scenarios by name: two options called "Do nothing" would put
/// one's figures under the other's name. So scenario names are given and
/// unique; intervention names, shown beside the ticks, are unique too.
void checkNamesAreUnique(Checker& check, const Project& p) {
    std::set<std::string> scenarios;
    for (const auto& sc : p.scenarios) {
        const Subject s{Kind::Scenario, sc.id, quoted("Scenario", nameOr(sc.name, sc.id))};
        if (sc.name.empty())
            check.add(s, "name", "must not be empty");
        else if (!scenarios.insert(sc.name).second)
            check.add(s, "name", "is the name of another scenario: give each option its own name");
    }
    std::set<std::string> interventions;
    for (const auto& iv : p.interventions) {
        if (!iv.name.empty() && !interventions.insert(iv.name).second)
            check.add({Kind::Intervention, iv.id, quoted("Intervention", iv.name)}, "name",
                      "is the name of another intervention");
    }
}

} // namespace

std::string Problem::toString() const {
    return object + ", " + field + ": " + message;
}

InvalidProjectError::InvalidProjectError(std::vector<Problem> problems)
    : std::runtime_error(problems.empty() ? std::string("invalid project")
                                          : "invalid project: " + problems.front().toString())
    , m_problems(std::move(problems)) {}

namespace {

/// Lists longer than CareShift computes with at the speed of an edit: a
/// hostile or mistaken file (60,000 PoDs took 6-8 s to check and 50 s to
/// run; issue 11, defect 7) is refused at once, before anything is checked
/// one by one. The same caps hold for JSON and .careshift files and for
/// edits.
std::vector<Problem> sizeProblems(const Project& p) {
    struct Cap {
        Kind kind;
        const char* words;
        std::size_t count;
        std::size_t most;
    };
    std::size_t effects = 0;
    std::size_t substitutions = 0;
    std::size_t metricEffects = 0;
    for (const Intervention& iv : p.interventions) {
        effects += iv.effects.size();
        substitutions += iv.substitutions.size();
        metricEffects += iv.metricEffects.size();
    }
    std::size_t items = 0;
    for (const Scenario& s : p.scenarios)
        items += s.items.size() + s.contractRules.size();
    std::size_t mixes = 0;
    for (const Pod& pod : p.pods)
        mixes += pod.hrgMix.size();
    std::size_t peerValues = 0;
    for (const Metric& m : p.metrics)
        peerValues += m.peerValues.size();
    const Cap caps[] = {
        {Kind::Population, "population groups", p.population.size(), kMaxListRows},
        {Kind::Provider, "providers", p.providers.size(), kMaxListRows},
        {Kind::Contract, "contracts", p.contracts.size(), kMaxListRows},
        {Kind::Pod, "points of delivery", p.pods.size(), kMaxPods},
        {Kind::Activity, "activity cells", p.activity.size(), kMaxPods * kGroupCount},
        {Kind::Hrg, "HRGs in the tariff", p.tariff.size(), kMaxTariffRows},
        {Kind::HrgShare, "HRG shares", mixes, kMaxTariffRows},
        {Kind::Intervention, "interventions", p.interventions.size(), kMaxListRows},
        {Kind::Effect, "effects on activity", effects, kMaxTariffRows},
        {Kind::Substitution, "substitutions", substitutions, kMaxTariffRows},
        {Kind::MetricEffect, "effects on metrics", metricEffects, kMaxTariffRows},
        {Kind::Scenario, "scenarios", p.scenarios.size(), kMaxListRows},
        {Kind::ScenarioItem, "scenario items and rules", items, kMaxTariffRows},
        {Kind::Metric, "outcome metrics", p.metrics.size(), kMaxListRows},
        {Kind::PeerValue, "peers' values", peerValues, kMaxTariffRows},
        {Kind::Weights, "weights rows", p.weights.size(), kMaxListRows},
    };
    std::vector<Problem> out;
    for (const Cap& c : caps) {
        if (c.count <= c.most)
            continue;
        Problem problem;
        problem.object = "Project";
        problem.field = c.words;
        problem.message = "there are " + formatCount(static_cast<double>(c.count)) +
                          "; CareShift works with at most " +
                          formatCount(static_cast<double>(c.most));
        problem.path = FieldPath{c.kind, "", ""};
        out.push_back(std::move(problem));
    }
    return out;
}

} // namespace

/// Cohort models tied to the projection (docs/cohort-models.md): each
/// compiles; one per group; yearly cycles; every PoD it names exists; a
/// strategy that names an intervention names one of its group. A problem
/// points at the group's population row, where the model is shown.
void checkCohorts(std::vector<Problem>& out, const Project& p) {
    if (p.cohorts.size() > kGroupCount) {
        out.push_back(
            {"Cohort models", "",
             "at most one per patient group (5); there are " + std::to_string(p.cohorts.size()),
             FieldPath{Kind::Population, "", ""}});
        return;
    }
    std::set<std::string> groups;
    for (const auto& m : p.cohorts) {
        const std::string object = quoted("Cohort model", nameOr(m.name, m.id));
        const auto g = groupFromKey(m.group);
        const FieldPath at{Kind::Population, g ? std::string(groupKey(*g)) : std::string(), ""};
        const auto add = [&](std::string field, std::string message) {
            out.push_back({object, std::move(field), std::move(message), at});
        };
        if (!g) {
            add("group",
                "'" + m.group + "' is not a patient group (one of: " + groupKeyList() + ")");
            continue;
        }
        if (!groups.insert(m.group).second)
            add("group", "another cohort model is tied to " + std::string(groupName(*g)) +
                             ": one model per group");
        if (m.cycleLength != 1)
            add("cycle length", "a model tied to the projection has one-year cycles, like the "
                                "projection (is " +
                                    formatDecimal(m.cycleLength, 2) + " years)");
        std::vector<cohort::CohortError> errors;
        const auto compiled = cohort::compileCached(m, errors);
        if (!compiled) {
            for (const auto& e : errors)
                add("model", e.text());
            continue;
        }
        // Every cycle of the projection, for the base model and each
        // strategy: a probability that goes wrong in year 4 is refused now.
        cohort::CycleValues values;
        cohort::CohortError error;
        for (int s = -1; s < static_cast<int>(m.strategies.size()); ++s)
            if (!compiled->values(s, p.assumptions.horizon, values, error)) {
                add("model", error.text());
                break;
            }
        for (const auto& s : m.states)
            for (const auto& a : s.activity)
                if (p.podIndex(a.pod) < 0)
                    add("activity", "state '" + s.id + "' names the point of delivery '" + a.pod +
                                        "', which the project does not have");
        for (const auto& st : m.strategies) {
            if (st.intervention.empty())
                continue;
            const Intervention* iv = p.findIntervention(st.intervention);
            if (!iv)
                add("strategy", "'" + st.id + "' names the intervention '" + st.intervention +
                                    "', which the project does not have");
            else if (iv->group != *g)
                add("strategy", "'" + st.id + "' names the intervention '" +
                                    nameOr(iv->name, iv->id) + "', which is for " +
                                    std::string(groupName(iv->group)) + ", not " +
                                    std::string(groupName(*g)));
        }
    }
}

std::vector<Problem> validate(const Project& p) {
    if (std::vector<Problem> sizes = sizeProblems(p); !sizes.empty())
        return sizes;
    std::vector<Problem> out;
    Checker check(p, out);

    const Subject commissioner{Kind::Commissioner, "", "Commissioner"};
    check.fields(commissioner, p.commissioner);
    if (p.commissioner.name.empty())
        check.add(commissioner, "name", "must not be empty");
    check.fields({Kind::Assumptions, "", "Assumptions"}, p.assumptions);

    std::array<int, kGroupCount> groupSeen{};
    for (const auto& pop : p.population) {
        const Subject s{Kind::Population, std::string(groupKey(pop.group)),
                        quoted("Population", groupName(pop.group))};
        check.fields(s, pop);
        if (++groupSeen[static_cast<std::size_t>(pop.group)] > 1)
            check.add(s, "group", "is given more than once");
    }
    for (Group g : kAllGroups)
        if (groupSeen[static_cast<std::size_t>(g)] == 0)
            check.add(
                {Kind::Population, std::string(groupKey(g)), quoted("Population", groupName(g))},
                "group", "is missing");

    for (const auto& x : p.providers) {
        const Subject s{Kind::Provider, x.id, quoted("Provider", nameOr(x.name, x.id))};
        check.fields(s, x);
        const Field* variable = findField(Kind::Provider, "variableCostShare");
        const Field* semiFixed = findField(Kind::Provider, "semiFixedCostShare");
        if (variable->inRange(x.variableCostShare) && semiFixed->inRange(x.semiFixedCostShare) &&
            x.variableCostShare + x.semiFixedCostShare > 1 + 1e-12)
            check.add(s, "semiFixedCostShare",
                      "variable and semi-fixed shares of costs together must not exceed 100% "
                      "(the rest is fixed; is " +
                          variable->valueText(x.variableCostShare + x.semiFixedCostShare) + ")");
        const Field* beds = findField(Kind::Provider, "wardBeds");
        if (beds->inRange(x.wardBeds) && x.wardBeds > 0 && x.wardBeds < 1)
            check.add(s, "wardBeds",
                      "must be 0 (semi-fixed costs do not move) or at least 1 bed (is " +
                          beds->valueText(x.wardBeds) + ")");
    }
    for (const auto& x : p.contracts) {
        const Subject s{Kind::Contract, x.id, quoted("Contract", nameOr(x.name, x.id))};
        check.fields(s, x);
        const int base = p.commissioner.baseYear;
        if (x.changeYear > 0 && x.changeYear <= base)
            check.add(s, "changeYear",
                      "must be 0 (the rules do not change) or a year after the base year " +
                          formatFinancialYear(base) + " (2019 = 2019/20; is " +
                          std::to_string(x.changeYear) + ")");
    }
    checkContractsPayWithPods(check, p);
    for (const auto& x : p.tariff)
        check.fields({Kind::Hrg, x.code, quoted("HRG", nameOr(x.name, x.code))}, x);
    for (const auto& x : p.pods) {
        const Subject s{Kind::Pod, x.code, quoted("PoD", nameOr(x.name, x.code))};
        check.fields(s, x);
        if (x.hrgMix.empty())
            continue;
        // Priced from the tariff: an emergency admission (non-elective spell
        // price and trim point) or elective activity (elective, or day case
        // when the stay is 0 days).
        if (x.role != PodRole::EmergencyAdmission && x.role != PodRole::Elective)
            check.add(s, "role",
                      "must count as an emergency admission or elective activity to be priced "
                      "from the HRG tariff (its HRG mix is given)");
        double total = 0;
        std::set<std::string> hrgs;
        for (const auto& share : x.hrgMix) {
            const Subject ss{Kind::HrgShare, hrgShareId(x.code, share.hrg),
                             s.text + ", HRG '" + share.hrg + "'"};
            check.fields(ss, share);
            if (!hrgs.insert(share.hrg).second)
                check.add(ss, "hrg", "is given more than once for this PoD");
            total += share.share;
        }
        if (std::fabs(total - 1.0) > 1e-6) {
            const Field* f = findField(Kind::HrgShare, "share");
            check.add({Kind::HrgShare, hrgShareId(x.code, x.hrgMix.front().hrg), s.text}, "share",
                      "the HRG shares of a PoD must add up to 100% (is " + f->valueText(total) +
                          ")");
        }
    }

    std::set<std::pair<Group, std::string>> cells;
    for (const auto& a : p.activity) {
        const Subject s{Kind::Activity, activityId(a.group, a.pod),
                        "Activity '" + std::string(groupName(a.group)) + " / " +
                            check.podName(a.pod) + "'"};
        check.fields(s, a);
        if (!cells.insert({a.group, a.pod}).second)
            check.add(s, "pod", "is given more than once for this group");
    }

    checkOutcomes(check, p);
    for (const auto& iv : p.interventions)
        checkIntervention(check, iv);
    for (const auto& s : p.scenarios)
        checkScenario(check, s);
    checkNamesAreUnique(check, p);
    checkCohorts(out, p);
    return out;
}

std::vector<Problem> validateScenario(const Project& p, const Scenario& s) {
    std::vector<Problem> out;
    Checker check(p, out);
    checkScenario(check, s);
    return out;
}

std::vector<Problem> scenarioWarnings(const Project& p, const Scenario& s) {
    std::vector<Problem> out;
    // Rules that a contract's figures make dead: a marginal rate with no
    // threshold to pay it above, later rules with no year of change.
    for (const Contract& c : p.contracts) {
        const std::string name = quoted("Contract", nameOr(c.name, c.id));
        const bool emergency = std::any_of(p.pods.begin(), p.pods.end(), [&](const Pod& pod) {
            return pod.contractId == c.id && isNonElective(pod.role);
        });
        bool marginalRate = false;
        for (int t = 0; t < p.assumptions.horizon && emergency && c.nelThreshold == 0; ++t) {
            const PaymentTerms terms = termsFor(c, p.commissioner.baseYear + t);
            marginalRate = marginalRate || (terms.mechanism == Mechanism::ActivityTariff &&
                                            terms.nelMarginalRate < 1);
        }
        if (marginalRate) {
            Problem w;
            w.object = name;
            w.field = std::string(fieldWords(Kind::Contract, "nelThreshold"));
            w.message = "is £0, so the marginal rate of its payment rules never applies and "
                        "emergency activity is paid in full: set the threshold (the baseline "
                        "value above which the marginal rate is paid)";
            w.path = FieldPath{Kind::Contract, c.id, "nelThreshold"};
            out.push_back(std::move(w));
        }
        if (c.changeYear == 0 && c.laterRegime != Regime::Custom) {
            Problem w;
            w.object = name;
            w.field = std::string(fieldWords(Kind::Contract, "laterRegime"));
            w.message = "are set but no year of change is: they never apply";
            w.path = FieldPath{Kind::Contract, c.id, "changeYear"};
            out.push_back(std::move(w));
        }
    }
    const int lastYear = p.assumptions.horizon - 1;
    for (const auto& item : s.items) {
        const Intervention* iv = p.findIntervention(item.interventionId);
        if (!item.enabled || !iv || iv->startYear <= lastYear)
            continue;
        const int base = p.commissioner.baseYear;
        Problem warning;
        warning.object = quoted("Intervention", nameOr(iv->name, iv->id));
        warning.field = std::string(fieldWords(Kind::Intervention, "startYear"));
        warning.message = "starts in " + formatFinancialYear(base + iv->startYear) +
                          ", after the projection's last year " +
                          formatFinancialYear(base + lastYear) + ": it has no effect";
        warning.path = FieldPath{Kind::Intervention, iv->id, "startYear"};
        out.push_back(std::move(warning));
    }
    return out;
}

} // namespace careshift
