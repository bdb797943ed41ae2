#pragma once

/// \file appraisal.h
/// A scenario against the baseline (DOMAIN.md step 7): savings, investment,
/// NPV, ROI, payback and break-even, per year and over the horizon.
///
/// Definitions (money in cash pounds of each year, i.e. after uplift, unless
/// it says "real"):
/// - investment(t)   = scenario intervention costs - baseline intervention costs
/// - gross saving(t) = baseline contract payments - scenario contract payments
///                     (+ the change in withheld money reinvested, when it is)
/// - net saving(t)   = baseline total spend - scenario total spend
///                   = gross saving(t) - investment(t)
/// - real net saving(t) = net saving(t) / price index(t): base-year prices,
///                     deflated by the tariff price index (DOMAIN.md step 7)
/// - NPV (real)      = sum_t real net saving(t) / (1 + r)^t, year 0
///                     undiscounted: the HM Treasury Green Book discounts real
///                     flows. The default figure everywhere.
/// - NPV (cash)      = sum_t net saving(t) / (1 + r)^t, shown beside it
/// - ROI             = sum net saving / sum investment (undiscounted; none if
///                     there is no investment)
/// - payback year    = first year, from the first year with investment, whose
///                     cumulative (undiscounted) net saving is zero or more
/// - break-even      = the multiplier on every effect size at which NPV = 0,
///                     found by bisection (NPV rises with effect size unless
///                     substituted activity costs more than it saves), and
///                     only among multipliers that keep every effect among
///                     the people reached at -100% or more (see BreakEven)

#include "engine/projection.h"

#include <optional>
#include <vector>

namespace careshift {

struct YearImpact {
    double baselineSpend = 0;
    double scenarioSpend = 0;
    double investment = 0;
    double grossSaving = 0;
    double netSaving = 0;
    double cumulativeNetSaving = 0;
    double realNetSaving = 0; ///< base-year prices
    double discountFactor = 1;
    double discountedNetSaving = 0;     ///< real, discounted: adds up to the NPV
    double discountedCashNetSaving = 0; ///< cash, discounted: adds up to npvCash
    double admissionsAvoided = 0;
    double bedDaysAvoided = 0;
    /// Scenario minus baseline commissioner spend: -net saving. It equals the
    /// providers' income changes plus the change in spend with "other
    /// providers" (intervention costs paid to no provider, withheld money
    /// reinvested): tests check it every year.
    double commissionerSpendChange = 0;
    double otherProvidersChange = 0;
    double reinvestedChange = 0;
    /// The system's view: costs that leave the providers (cash-releasing),
    /// and activity freed whose cost stays (capacity-releasing; negative
    /// when providers absorb more activity than they shed).
    double cashReleasing = 0;
    double capacityReleasing = 0;
};

/// One provider's side in one year (or over the horizon): scenario minus baseline.
struct ProviderImpact {
    double incomeChange = 0; ///< contract payments + intervention costs paid to it
    double costChange = 0;
    double marginChange = 0; ///< incomeChange - costChange
    /// Income lost that its costs do not shed: max(0, -margin change) when
    /// income falls.
    double strandedCost = 0;
    double costReleased = 0;     ///< activity-driven costs shed (variable, whole wards)
    double capacityReleased = 0; ///< activity at price freed, less costReleased
    double wardsChanged = 0;     ///< wards opened (+) or closed (-); the largest in a year
    double unfundedUnits = 0;    ///< units above plan not paid in full
    double unfundedValue = 0;    ///< their unpaid value at price
};

struct Impact {
    std::vector<YearImpact> years;
    double baselineSpend = 0;
    double scenarioSpend = 0;
    double grossSaving = 0;
    double investment = 0;
    double netSaving = 0;
    double realNetSaving = 0;
    double npv = 0;     ///< real terms (base-year prices), discounted
    double npvCash = 0; ///< cash, discounted
    double cashReleasing = 0;
    double capacityReleasing = 0;
    std::optional<double> roi;
    std::optional<int> paybackYear; ///< year index
    double admissionsAvoided = 0;
    double bedDaysAvoided = 0;
    /// [t][k]: each contract provider's side per year, and over the horizon [k].
    std::vector<std::vector<ProviderImpact>> providerYears;
    std::vector<ProviderImpact> providers;
};

/// Scenario minus baseline, both projected over the same years.
Impact compare(const ProjectionResult& baseline, const ProjectionResult& scenario,
               double discountRate);

/// The break-even search. An effect `change` (say -10%) is the change in the
/// activity of the people an intervention reaches, so with a multiplier m it
/// is m x change among them, whatever the activity ratio: the ratio says how
/// much of the group's activity those people hold (reach x ratio), not how
/// much of their own activity the intervention removes. m x change below -1
/// would have the people reached use less than nothing, so the search stops
/// at `limit` = min over the scenario's reductions of -1 / change. (The
/// projection's clamp at zero, 1 + reach x ratio x m x change >= 0, bites
/// only later, since reach x ratio <= 1.)
struct BreakEven {
    /// m at which NPV = 0, within the limit; none when there is nothing to
    /// recover (no investment, or NPV >= 0 with no effect at all), when it is
    /// not achievable, or when no m up to 1,024 reaches it (effects that
    /// only raise activity have no limit).
    std::optional<double> multiplier;
    /// False when NPV is still below zero at the limit: breaking even would
    /// take an effect below -100% among the people reached.
    bool achievable = true;
    /// The largest m with every effect among the people reached at -100% or
    /// more; none when no effect reduces activity.
    std::optional<double> limit;
};

BreakEven findBreakEven(const Project& project, const Scenario& scenario,
                        const ProjectionResult& baseline);

/// findBreakEven(...).multiplier: none when there is nothing to recover, or
/// when no achievable multiplier (up to 1,024) reaches NPV = 0.
std::optional<double> breakEvenMultiplier(const Project& project, const Scenario& scenario,
                                          const ProjectionResult& baseline);

/// What a scenario does to the people of a group with a cohort model
/// (docs/cohort-models.md, "Results"): scenario against baseline over the
/// horizon. Life-years and QALYs are discounted at the model's outcome rate
/// (undiscounted beside them); the cost is the whole commissioner spend, as
/// everywhere: the NPV of scenario minus baseline spend (-Impact::npv).
struct CohortImpact {
    std::string model; ///< the model's id
    std::string name;
    Group group = Group::Older;
    double baselineDeaths = 0;
    double scenarioDeaths = 0;
    double deathsAverted = 0; ///< baseline - scenario
    cohort::Totals baseline;  ///< discounted (cost: the model's own costs)
    cohort::Totals scenario;
    cohort::Totals baselineUndiscounted;
    cohort::Totals scenarioUndiscounted;
    double lifeYearsGained = 0; ///< discounted
    double qalysGained = 0;     ///< discounted
    double incrementalCost = 0; ///< -Impact::npv: real terms, discounted
    /// incrementalCost / qalysGained; none when no QALY is gained or lost.
    std::optional<double> icer;
    /// At the project's QALY threshold: threshold x qalysGained - incrementalCost.
    double netMonetaryBenefit = 0;
    /// The scenario gains QALYs at no extra cost: it dominates. One with no
    /// QALY change is not dominant (it has no ICER), however much it saves.
    bool dominant = false;
};

std::vector<CohortImpact> cohortImpacts(const Project& project, const ProjectionResult& baseline,
                                        const ProjectionResult& scenario, const Impact& impact);

struct Appraisal {
    ProjectionResult baseline;
    ProjectionResult scenario;
    Impact impact;
    /// The break-even multiplier, only when achievable (BreakEven::multiplier).
    std::optional<double> breakEven;
    /// False when breaking even would take an effect below -100% among the
    /// people reached (BreakEven::achievable): show "not achievable".
    bool breakEvenAchievable = true;
    /// One per cohort model tied to a group (empty without one).
    std::vector<CohortImpact> cohorts;
};

/// The baseline a scenario is compared with: doing nothing, under the
/// scenario's own payment rules for contracts (Scenario::contractRules).
Scenario baselineFor(const Scenario& scenario);

/// Baseline ("do nothing") and scenario projections with their comparison.
/// Throws InvalidProjectError, or ProjectionError (a user-readable what())
/// when a figure is not finite or the breakdowns do not add up (projection.h).
Appraisal appraise(const Project& project, const Scenario& scenario);

} // namespace careshift
