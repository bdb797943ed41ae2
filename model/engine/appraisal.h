#pragma once

/// \file appraisal.h
/// A scenario against the baseline (DOMAIN.md step 7): savings, investment,
/// NPV, ROI, payback and break-even, per year and over the horizon.
///
/// Definitions (all money in cash pounds of each year, i.e. after uplift):
/// - investment(t)   = scenario intervention costs - baseline intervention costs
/// - gross saving(t) = baseline contract payments - scenario contract payments
/// - net saving(t)   = baseline total spend - scenario total spend
///                   = gross saving(t) - investment(t)
/// - NPV             = sum_t net saving(t) / (1 + r)^t, year 0 undiscounted
/// - ROI             = sum net saving / sum investment (undiscounted; none if
///                     there is no investment)
/// - payback year    = first year, from the first year with investment, whose
///                     cumulative (undiscounted) net saving is zero or more
/// - break-even      = the multiplier on every effect size at which NPV = 0,
///                     found by bisection (NPV rises with effect size unless
///                     substituted activity costs more than it saves)

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
    double discountFactor = 1;
    double discountedNetSaving = 0;
    double admissionsAvoided = 0;
    double bedDaysAvoided = 0;
};

struct Impact {
    std::vector<YearImpact> years;
    double baselineSpend = 0;
    double scenarioSpend = 0;
    double grossSaving = 0;
    double investment = 0;
    double netSaving = 0;
    double npv = 0;
    std::optional<double> roi;
    std::optional<int> paybackYear; ///< year index
    double admissionsAvoided = 0;
    double bedDaysAvoided = 0;
};

/// Scenario minus baseline, both projected over the same years.
Impact compare(const ProjectionResult& baseline, const ProjectionResult& scenario,
               double discountRate);

/// Multiplier on every effect size at which the scenario's NPV is zero; none
/// when the scenario has no investment or no multiplier up to 1,024 reaches it.
std::optional<double> breakEvenMultiplier(const Project& project, const Scenario& scenario,
                                          const ProjectionResult& baseline);

struct Appraisal {
    ProjectionResult baseline;
    ProjectionResult scenario;
    Impact impact;
    std::optional<double> breakEven;
};

/// Baseline ("do nothing") and scenario projections with their comparison.
/// Throws InvalidProjectError.
Appraisal appraise(const Project& project, const Scenario& scenario);

} // namespace careshift
