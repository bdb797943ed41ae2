#include "engine/appraisal.h"

#include <algorithm>
#include <cmath>

namespace careshift {

namespace {
double npvOf(const ProjectionResult& baseline, const ProjectionResult& scenario, double rate) {
    double npv = 0;
    double factor = 1;
    for (int t = 0; t < baseline.years; ++t) {
        const auto ut = static_cast<std::size_t>(t);
        npv +=
            (baseline.totalSpend[ut] - scenario.totalSpend[ut]) / baseline.priceIndex[ut] * factor;
        factor /= 1.0 + rate;
    }
    return npv;
}
} // namespace

Impact compare(const ProjectionResult& baseline, const ProjectionResult& scenario,
               double discountRate) {
    Impact impact;
    impact.years.resize(static_cast<std::size_t>(baseline.years));
    impact.providerYears.assign(
        static_cast<std::size_t>(baseline.years),
        std::vector<ProviderImpact>(static_cast<std::size_t>(baseline.providers)));
    impact.providers.resize(static_cast<std::size_t>(baseline.providers));
    double cumulative = 0;
    double factor = 1;
    for (int t = 0; t < baseline.years; ++t) {
        const auto ut = static_cast<std::size_t>(t);
        YearImpact& y = impact.years[ut];
        y.baselineSpend = baseline.totalSpend[ut];
        y.scenarioSpend = scenario.totalSpend[ut];
        y.investment = scenario.interventionSpend[ut] - baseline.interventionSpend[ut];
        y.grossSaving = baseline.contractSpend[ut] - scenario.contractSpend[ut];
        y.netSaving = y.baselineSpend - y.scenarioSpend;
        cumulative += y.netSaving;
        y.cumulativeNetSaving = cumulative;
        y.realNetSaving = y.netSaving / baseline.priceIndex[ut];
        y.discountFactor = factor;
        y.discountedNetSaving = y.realNetSaving * factor;
        y.discountedCashNetSaving = y.netSaving * factor;
        y.admissionsAvoided = baseline.emergencyAdmissions[ut] - scenario.emergencyAdmissions[ut];
        y.bedDaysAvoided = baseline.bedDays[ut] - scenario.bedDays[ut];
        factor /= 1.0 + discountRate;
        y.commissionerSpendChange = y.scenarioSpend - y.baselineSpend;
        y.otherProvidersChange = scenario.providerSpend(t, scenario.providers) -
                                 baseline.providerSpend(t, baseline.providers);
        y.reinvestedChange = scenario.reinvestedSpend[ut] - baseline.reinvestedSpend[ut];
        y.grossSaving -= y.reinvestedChange;

        auto& row = impact.providerYears[ut];
        for (int k = 0; k < baseline.providers; ++k) {
            const std::size_t x = baseline.providerCell(t, k);
            ProviderImpact& pi = row[static_cast<std::size_t>(k)];
            pi.incomeChange = scenario.providerIncome[x] - baseline.providerIncome[x];
            pi.costChange = scenario.providerCost[x] - baseline.providerCost[x];
            pi.marginChange = pi.incomeChange - pi.costChange;
            pi.strandedCost = pi.incomeChange < 0 ? std::max(0.0, -pi.marginChange) : 0.0;
            pi.costReleased = scenario.providerCostReleased[x] - baseline.providerCostReleased[x];
            pi.capacityReleased = baseline.providerActivityValue[x] -
                                  scenario.providerActivityValue[x] - pi.costReleased;
            pi.wardsChanged = scenario.wardsChanged[x] - baseline.wardsChanged[x];
            pi.unfundedUnits = scenario.unfundedUnits[x] - baseline.unfundedUnits[x];
            pi.unfundedValue = scenario.unfundedValue[x] - baseline.unfundedValue[x];
            y.cashReleasing += pi.costReleased;
            y.capacityReleasing += pi.capacityReleased;

            ProviderImpact& total = impact.providers[static_cast<std::size_t>(k)];
            total.incomeChange += pi.incomeChange;
            total.costChange += pi.costChange;
            total.marginChange += pi.marginChange;
            total.strandedCost += pi.strandedCost;
            total.costReleased += pi.costReleased;
            total.capacityReleased += pi.capacityReleased;
            if (std::fabs(pi.wardsChanged) > std::fabs(total.wardsChanged))
                total.wardsChanged = pi.wardsChanged;
            total.unfundedUnits += pi.unfundedUnits;
            total.unfundedValue += pi.unfundedValue;
        }

        impact.baselineSpend += y.baselineSpend;
        impact.scenarioSpend += y.scenarioSpend;
        impact.grossSaving += y.grossSaving;
        impact.investment += y.investment;
        impact.netSaving += y.netSaving;
        impact.realNetSaving += y.realNetSaving;
        impact.npv += y.discountedNetSaving;
        impact.npvCash += y.discountedCashNetSaving;
        impact.cashReleasing += y.cashReleasing;
        impact.capacityReleasing += y.capacityReleasing;
        impact.admissionsAvoided += y.admissionsAvoided;
        impact.bedDaysAvoided += y.bedDaysAvoided;
    }
    if (impact.investment > 0) {
        impact.roi = impact.netSaving / impact.investment;
        // Count from the first year with investment: a scheme that starts in
        // year 2 has not "paid back" in year 0 just because nothing has happened.
        int first = 0;
        while (impact.years[static_cast<std::size_t>(first)].investment <= 0)
            ++first;
        for (int t = first; t < baseline.years; ++t) {
            if (impact.years[static_cast<std::size_t>(t)].cumulativeNetSaving >= 0) {
                impact.paybackYear = t;
                break;
            }
        }
    }
    return impact;
}

namespace {
/// The largest multiplier m at which every reduction among the people reached
/// is at most 100%: min over -1 / change, for each effect that reduces
/// activity of an intervention that reaches anyone within the horizon.
std::optional<double> effectLimit(const Model& model) {
    std::optional<double> limit;
    for (const CompiledIntervention& iv : model.interventions) {
        const bool reaches =
            iv.coverage > 0 && iv.activityRatio > 0 &&
            std::any_of(iv.ramp.begin(), iv.ramp.end(), [](double r) { return r > 0; });
        if (!reaches)
            continue;
        for (double change : iv.change) {
            if (change < 0)
                limit = std::min(limit.value_or(-1.0 / change), -1.0 / change);
        }
    }
    return limit;
}
} // namespace

BreakEven findBreakEven(const Project& project, const Scenario& scenario,
                        const ProjectionResult& baseline) {
    Model model = Model::compile(project, scenario);
    ProjectionResult work;
    const double rate = project.assumptions.discountRate;
    auto npvAt = [&](double multiplier) {
        model.effectScale = multiplier;
        evaluate(model, work);
        return npvOf(baseline, work, rate);
    };
    BreakEven result;
    result.limit = effectLimit(model);
    double lo = 0;
    if (npvAt(lo) >= 0)
        return result; // nothing to recover: no investment, or it pays with no effect
    // Double from 1 up to the limit (or 1,024 when effects only raise activity).
    const double cap = result.limit.value_or(1024.0);
    double hi = std::min(1.0, cap);
    while (npvAt(hi) < 0) {
        if (hi >= cap) {
            result.achievable = !result.limit.has_value();
            return result;
        }
        lo = hi;
        hi = std::min(2 * hi, cap);
    }
    for (int i = 0; i < 60 && hi - lo > 1e-12 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (npvAt(mid) < 0 ? lo : hi) = mid;
    }
    result.multiplier = 0.5 * (lo + hi);
    return result;
}

std::optional<double> breakEvenMultiplier(const Project& project, const Scenario& scenario,
                                          const ProjectionResult& baseline) {
    return findBreakEven(project, scenario, baseline).multiplier;
}

namespace {
/// The impact's own figures (the projections are checked by project()): a
/// ratio such as the ROI can overflow although every spend figure is finite.
void checkImpact(const Impact& im, std::optional<double> breakEven) {
    auto finite = [](double v, const char* what) {
        if (!std::isfinite(v))
            throw ProjectionError(std::string("a figure is too large to compute: ") + what +
                                  ". Check the inputs for a value in the wrong units or a "
                                  "misplaced digit");
    };
    finite(im.npv, "the net present value");
    finite(im.netSaving, "the net saving");
    finite(im.grossSaving, "the gross saving");
    finite(im.investment, "the investment");
    finite(im.roi.value_or(0), "the return on investment");
    finite(breakEven.value_or(0), "the break-even effect");
    for (const YearImpact& y : im.years)
        finite(y.discountedNetSaving + y.cumulativeNetSaving + y.admissionsAvoided +
                   y.bedDaysAvoided,
               "a year's impact");
}
} // namespace

Scenario baselineFor(const Scenario& scenario) {
    Scenario base = doNothing();
    base.contractRules = scenario.contractRules;
    return base;
}

Appraisal appraise(const Project& project, const Scenario& scenario) {
    Appraisal a;
    // project() checks both projections (ProjectionError) before any comparison.
    // The baseline is doing nothing under the same payment rules as the
    // scenario: a scenario's own rules for a contract apply to both.
    a.baseline = careshift::project(project, baselineFor(scenario));
    a.scenario = careshift::project(project, scenario);
    a.impact = compare(a.baseline, a.scenario, project.assumptions.discountRate);
    const BreakEven breakEven = findBreakEven(project, scenario, a.baseline);
    a.breakEven = breakEven.multiplier;
    a.breakEvenAchievable = breakEven.achievable;
    checkImpact(a.impact, a.breakEven);
    a.cohorts = cohortImpacts(project, a.baseline, a.scenario, a.impact);
    return a;
}

std::vector<CohortImpact> cohortImpacts(const Project& project, const ProjectionResult& baseline,
                                        const ProjectionResult& scenario, const Impact& impact) {
    std::vector<CohortImpact> out;
    for (std::size_t k = 0;
         k < project.cohorts.size() && k < scenario.cohorts.size() && k < baseline.cohorts.size();
         ++k) {
        const cohort::Model& m = project.cohorts[k];
        const cohort::StrategyResult& b = baseline.cohorts[k];
        const cohort::StrategyResult& s = scenario.cohorts[k];
        CohortImpact c;
        c.model = m.id;
        c.name = m.name.empty() ? m.id : m.name;
        c.group = groupFromKey(m.group).value_or(Group::Older);
        c.baselineDeaths = b.totalDeaths;
        c.scenarioDeaths = s.totalDeaths;
        c.deathsAverted = b.totalDeaths - s.totalDeaths;
        c.baseline = b.discounted;
        c.scenario = s.discounted;
        c.baselineUndiscounted = b.undiscounted;
        c.scenarioUndiscounted = s.undiscounted;
        c.lifeYearsGained = s.discounted.lifeYears - b.discounted.lifeYears;
        c.qalysGained = s.discounted.qalys - b.discounted.qalys;
        c.incrementalCost = -impact.npv;
        if (c.qalysGained != 0)
            c.icer = c.incrementalCost / c.qalysGained;
        c.netMonetaryBenefit =
            project.assumptions.qalyThreshold * c.qalysGained - c.incrementalCost;
        // Dominant: gains QALYs at no extra cost. An option with no QALY
        // change (a scheme the model's group does not feel) has no ICER and
        // is not called dominant, however much it saves: "saves money and
        // gains QALYs" would not be true of it.
        c.dominant = c.incrementalCost <= 0 && c.qalysGained > 0;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace careshift
