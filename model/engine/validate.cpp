#include "engine/validate.h"

#include "engine/format.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

namespace careshift {

namespace {

std::string number(double v) {
    std::ostringstream out;
    out << v;
    return out.str();
}

std::string quoted(std::string_view kind, std::string_view id) {
    std::string s(kind);
    s += " '";
    s += id;
    s += "'";
    return s;
}

/// Collects problems with a little vocabulary for the common range checks.
class Checker {
public:
    explicit Checker(std::vector<Problem>& out)
        : m_out(out) {}

    void add(std::string object, std::string field, std::string message) {
        m_out.push_back({std::move(object), std::move(field), std::move(message)});
    }
    bool finite(const std::string& object, const std::string& field, double v) {
        if (std::isfinite(v))
            return true;
        add(object, field, "must be a number");
        return false;
    }
    void nonNegative(const std::string& object, const std::string& field, double v) {
        if (finite(object, field, v) && v < 0)
            add(object, field, "must not be negative (is " + number(v) + ")");
    }
    void fraction(const std::string& object, const std::string& field, double v) {
        if (finite(object, field, v) && (v < 0 || v > 1))
            add(object, field, "must be between 0% and 100% (is " + number(v * 100) + "%)");
    }
    void growthRates(const std::string& object, const std::string& field,
                     const std::vector<double>& rates) {
        for (std::size_t i = 0; i < rates.size(); ++i) {
            const std::string f = field + " [year " + std::to_string(i) + "]";
            if (finite(object, f, rates[i]) && rates[i] <= -1)
                add(object, f, "must be above -100% a year (is " + number(rates[i] * 100) + "%)");
        }
    }
    void nonEmpty(const std::string& object, const std::string& field, const std::string& v) {
        if (v.empty())
            add(object, field, "must not be empty");
    }

private:
    std::vector<Problem>& m_out;
};

template <typename T, typename Key>
void uniqueIds(Checker& check, const std::vector<T>& items, std::string_view kind, Key key) {
    std::set<std::string> seen;
    for (const auto& item : items) {
        const std::string& id = key(item);
        if (!seen.insert(id).second)
            check.add(quoted(kind, id), "id", "is used more than once");
    }
}

void validateIntervention(Checker& check, const Project& p, const Intervention& iv) {
    const std::string obj = quoted("Intervention", iv.id);
    check.nonEmpty(obj, "id", iv.id);
    check.fraction(obj, "coverage", iv.coverage);
    check.nonNegative(obj, "activity ratio", iv.activityRatio);
    if (std::isfinite(iv.coverage) && std::isfinite(iv.activityRatio) &&
        iv.coverage * iv.activityRatio > 1 + 1e-12)
        check.add(obj, "activity ratio",
                  "coverage x activity ratio must not exceed 100%: the people reached cannot "
                  "use more than all of the group's activity (is " +
                      number(iv.coverage * iv.activityRatio * 100) + "%)");
    // A start after the horizon is allowed: the intervention then has no
    // effect and no cost within it (scenarioWarnings() says so). Refusing it
    // would stop every scenario from running, including those without it.
    if (iv.startYear < 0)
        check.add(obj, "start year",
                  "must be the base year or later, 0 or more (is " + std::to_string(iv.startYear) +
                      ")");
    if (iv.rampUp.empty())
        check.add(obj, "ramp-up", "needs at least one year");
    for (std::size_t i = 0; i < iv.rampUp.size(); ++i)
        check.fraction(obj, "ramp-up [year " + std::to_string(i + 1) + "]", iv.rampUp[i]);
    check.nonNegative(obj, "one-off cost", iv.oneOffCost);
    check.nonNegative(obj, "fixed cost per year", iv.fixedCostPerYear);
    check.nonNegative(obj, "cost per participant", iv.costPerParticipant);
    if (!iv.costProviderId.empty() && p.providerIndex(iv.costProviderId) < 0)
        check.add(obj, "cost provider",
                  "names a provider that does not exist: '" + iv.costProviderId + "'");
    std::set<std::string> effectPods;
    for (const auto& e : iv.effects) {
        const std::string field = "effect on '" + e.pod + "'";
        if (p.podIndex(e.pod) < 0)
            check.add(obj, field, "names a point of delivery that does not exist");
        if (!effectPods.insert(e.pod).second)
            check.add(obj, field, "is given more than once");
        if (check.finite(obj, field, e.change) && e.change < -1)
            check.add(obj, field,
                      "cannot remove more than 100% of activity (is " + number(e.change * 100) +
                          "%)");
    }
    for (const auto& s : iv.substitutions) {
        const std::string field = "substitution '" + s.fromPod + "' -> '" + s.toPod + "'";
        if (p.podIndex(s.fromPod) < 0)
            check.add(obj, field,
                      "names a point of delivery that does not exist: '" + s.fromPod + "'");
        if (p.podIndex(s.toPod) < 0)
            check.add(obj, field,
                      "names a point of delivery that does not exist: '" + s.toPod + "'");
        check.nonNegative(obj, field, s.unitsPerAvoided);
    }
}

/// A contract that would pay money while no PoD is paid through it: its
/// payment has no cell to go to, so spend by setting, group and PoD would not
/// add up to the total. An activity-tariff contract with no PoDs pays nothing
/// and is fine.
std::vector<Problem> contractsPayingWithoutPods(const Project& p) {
    std::vector<Problem> out;
    for (const auto& c : p.contracts) {
        const bool hasPod = std::any_of(p.pods.begin(), p.pods.end(),
                                        [&](const Pod& pod) { return pod.contractId == c.id; });
        if (hasPod)
            continue;
        const char* field = nullptr;
        const char* key = nullptr;
        if ((c.mechanism == Mechanism::Block || c.mechanism == Mechanism::Blended) &&
            c.fixedValue > 0) {
            field = "fixed value";
            key = "fixedValue";
        } else if (c.mechanism == Mechanism::Capitated && c.capitationPerHead > 0) {
            field = "capitation per head";
            key = "capitationPerHead";
        }
        if (!field)
            continue;
        Problem problem;
        problem.object = quoted("Contract", c.name.empty() ? c.id : c.name);
        problem.field = field;
        problem.message = "no point of delivery is paid through this contract: assign one to it "
                          "or set its " +
                          std::string(field) + " to 0";
        problem.path = FieldPath{Kind::Contract, c.id, key};
        out.push_back(std::move(problem));
    }
    return out;
}

} // namespace

std::string Problem::toString() const {
    return object + ", " + field + ": " + message;
}

InvalidProjectError::InvalidProjectError(std::vector<Problem> problems)
    : std::runtime_error(problems.empty() ? std::string("invalid project")
                                          : "invalid project: " + problems.front().toString())
    , m_problems(std::move(problems)) {}

std::vector<Problem> validate(const Project& p) {
    std::vector<Problem> out;
    Checker check(out);

    const std::string comm = "Commissioner";
    check.nonEmpty(comm, "name", p.commissioner.name);
    if (p.commissioner.baseYear < 1990 || p.commissioner.baseYear > 2100)
        check.add(comm, "base year",
                  "must be a year from 1990 to 2100 (is " +
                      std::to_string(p.commissioner.baseYear) + ")");

    const std::string as = "Assumptions";
    if (p.assumptions.horizon < 1 || p.assumptions.horizon > 20)
        check.add(as, "horizon",
                  "must be 1 to 20 years (is " + std::to_string(p.assumptions.horizon) + ")");
    if (check.finite(as, "discount rate", p.assumptions.discountRate) &&
        (p.assumptions.discountRate < 0 || p.assumptions.discountRate >= 1))
        check.add(as, "discount rate",
                  "must be from 0% to under 100% a year (is " +
                      number(p.assumptions.discountRate * 100) + "%)");
    check.nonNegative(as, "QALY threshold", p.assumptions.qalyThreshold);
    check.growthRates(as, "price uplift", p.assumptions.priceUplift);

    std::array<int, kGroupCount> groupSeen{};
    for (const auto& pop : p.population) {
        const auto g = static_cast<std::size_t>(pop.group);
        const std::string obj = quoted("Population", groupName(pop.group));
        if (++groupSeen[g] > 1)
            check.add(obj, "group", "is given more than once");
        check.nonNegative(obj, "base count", pop.baseCount);
        check.growthRates(obj, "growth", pop.growth);
    }
    for (Group g : kAllGroups) {
        if (groupSeen[static_cast<std::size_t>(g)] == 0)
            check.add(quoted("Population", groupName(g)), "group", "is missing");
    }

    uniqueIds(check, p.providers, "Provider", [](const Provider& x) { return x.id; });
    for (const auto& pr : p.providers) {
        const std::string obj = quoted("Provider", pr.id);
        check.nonEmpty(obj, "id", pr.id);
        if (check.finite(obj, "MFF", pr.mff) && pr.mff <= 0)
            check.add(obj, "MFF", "must be above 0 (is " + number(pr.mff) + ")");
    }

    uniqueIds(check, p.contracts, "Contract", [](const Contract& x) { return x.id; });
    for (const auto& c : p.contracts) {
        const std::string obj = quoted("Contract", c.id);
        check.nonEmpty(obj, "id", c.id);
        if (p.providerIndex(c.providerId) < 0)
            check.add(obj, "provider",
                      "names a provider that does not exist: '" + c.providerId + "'");
        check.fraction(obj, "CQUIN", c.cquinRate);
        check.nonNegative(obj, "NEL threshold", c.nelThreshold);
        check.fraction(obj, "NEL marginal rate", c.nelMarginalRate);
        check.fraction(obj, "unpaid readmission share", c.unpaidReadmissionShare);
        check.nonNegative(obj, "fixed value", c.fixedValue);
        check.fraction(obj, "variable rate", c.variableRate);
        check.nonNegative(obj, "capitation per head", c.capitationPerHead);
    }

    const auto unpaid = contractsPayingWithoutPods(p);
    out.insert(out.end(), unpaid.begin(), unpaid.end());

    uniqueIds(check, p.pods, "PoD", [](const Pod& x) { return x.code; });
    for (const auto& pod : p.pods) {
        const std::string obj = quoted("PoD", pod.code);
        check.nonEmpty(obj, "code", pod.code);
        check.nonNegative(obj, "price", pod.price);
        check.nonNegative(obj, "bed days per unit", pod.bedDaysPerUnit);
        check.growthRates(obj, "non-demographic growth", pod.nonDemographicGrowth);
        if (p.contractIndex(pod.contractId) < 0)
            check.add(obj, "contract",
                      "names a contract that does not exist: '" + pod.contractId + "'");
    }

    std::set<std::pair<int, std::string>> cells;
    for (const auto& a : p.activity) {
        const std::string obj =
            "Activity '" + std::string(groupName(a.group)) + " / " + a.pod + "'";
        if (p.podIndex(a.pod) < 0)
            check.add(obj, "PoD", "names a point of delivery that does not exist");
        if (!cells.insert({static_cast<int>(a.group), a.pod}).second)
            check.add(obj, "PoD", "is given more than once for this group");
        check.nonNegative(obj, "rate per 1,000", a.ratePer1000);
    }

    uniqueIds(check, p.interventions, "Intervention", [](const Intervention& x) { return x.id; });
    for (const auto& iv : p.interventions)
        validateIntervention(check, p, iv);

    uniqueIds(check, p.scenarios, "Scenario", [](const Scenario& x) { return x.id; });
    for (const auto& s : p.scenarios) {
        auto problems = validateScenario(p, s);
        out.insert(out.end(), problems.begin(), problems.end());
    }
    return out;
}

std::vector<Problem> validateScenario(const Project& p, const Scenario& s) {
    std::vector<Problem> out;
    Checker check(out);
    const std::string obj = quoted("Scenario", s.name.empty() ? s.id : s.name);
    check.nonEmpty(obj, "id", s.id);
    std::set<std::string> seen;
    for (const auto& item : s.items) {
        if (!p.findIntervention(item.interventionId))
            check.add(obj, "interventions",
                      "names an intervention that does not exist: '" + item.interventionId + "'");
        if (!seen.insert(item.interventionId).second)
            check.add(obj, "interventions",
                      "lists intervention '" + item.interventionId + "' more than once");
    }
    return out;
}

std::vector<Problem> scenarioWarnings(const Project& p, const Scenario& s) {
    std::vector<Problem> out;
    const int lastYear = p.assumptions.horizon - 1;
    for (const auto& item : s.items) {
        const Intervention* iv = p.findIntervention(item.interventionId);
        if (!item.enabled || !iv || iv->startYear <= lastYear)
            continue;
        const int base = p.commissioner.baseYear;
        Problem warning;
        warning.object = quoted("Intervention", iv->name.empty() ? iv->id : iv->name);
        warning.field = "start year";
        warning.message = "starts in " + formatFinancialYear(base + iv->startYear) +
                          ", after the projection's last year " +
                          formatFinancialYear(base + lastYear) + ": it has no effect";
        warning.path = FieldPath{Kind::Intervention, iv->id, "startYear"};
        out.push_back(std::move(warning));
    }
    return out;
}

} // namespace careshift
