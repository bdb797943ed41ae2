#pragma once

/// \file projection.h
/// The deterministic projection, DOMAIN.md steps 1-6, for one compiled model.
///
/// Arrays are flat and indexed year-major: [t][g][p] is ((t * G) + g) * P + p.
/// Use the accessor functions rather than computing offsets by hand.
///
/// Spend under a contract is allocated to (group, PoD) cells so that spend by
/// group and by PoD add up to the contract payment exactly:
/// - activity tariff: each cell is paid A x price; non-elective cells are
///   reduced by the unpaid readmission share; under the NEL marginal rate,
///   f(V) = T + rate x (V - T) above the threshold T, each non-elective cell
///   gets its planned share of f(Vplan) plus its own change in income
///   (v - v_plan) times the average slope of f between Vplan and V; then
///   every cell gets the CQUIN percentage on top;
/// - block, the fixed part of blended, and capitated: the payment is shared
///   over the contract's cells in proportion to their PLANNED (baseline)
///   activity at price (equally when there is none); blended's variable part
///   is paid to the cell whose activity differs from plan, and may reduce
///   the payment to zero, no further: when fixed + variable < 0 the variable
///   element of every cell is scaled by -fixed / variable so that the
///   contract is paid 0.
/// So a group that no intervention touches has the same spend in the
/// baseline and in every scenario. "Plan" is always the baseline activity.

#include "engine/model.h"

#include <stdexcept>
#include <vector>

namespace careshift {

struct ProjectionResult {
    int years = 0;
    int pods = 0;
    int providers = 0; ///< contract providers; index `providers` is "other providers"
    int contracts = 0;
    int interventions = 0;

    std::vector<double> population;          ///< [t][g] people
    std::vector<double> baselineActivity;    ///< [t][g][p] units with no interventions (plan)
    std::vector<double> activity;            ///< [t][g][p] units after interventions
    std::vector<double> substitutedActivity; ///< [t][g][p] units added by substitution
    std::vector<double> price;               ///< [t][p] pounds per unit incl. uplift and MFF
    std::vector<double> cellSpend;           ///< [t][g][p] contract payments allocated
    std::vector<double> plannedCellSpend;    ///< [t][g][p] the payments for planned activity
    std::vector<double> withheld;   ///< [t][g][p] not paid under the marginal rate and readmissions
    std::vector<double> priceIndex; ///< [t] prod(1 + price uplift), 1 in year 0
    std::vector<double> costIndex;  ///< [t] prod(1 + cost uplift), 1 in year 0
    std::vector<double> contractPayment;        ///< [t][c]
    std::vector<double> interventionCost;       ///< [t][i]
    std::vector<double> participants;           ///< [t][i]
    std::vector<double> spendBySetting;         ///< [t][s] contracts + intervention costs
    std::vector<double> contractSpendBySetting; ///< [t][s] contract payments only
    std::vector<double> spendByProvider;        ///< [t][k], k = providers for "other"
    std::vector<double> spendByGroup;           ///< [t][g] contracts + intervention costs
    std::vector<double> spendByPod;             ///< [t][p] contract payments only
    std::vector<double> contractSpend;          ///< [t]
    std::vector<double> interventionSpend;      ///< [t]
    /// [t] withheld money the commissioner reinvests (Assumptions::reinvestWithheld),
    /// counted under social care, "other providers" and the cells' groups
    std::vector<double> reinvestedSpend;
    // The providers' side, [t][k] for k < providers (docs/method.md).
    std::vector<double> providerIncome;        ///< contract payments + intervention costs paid
    std::vector<double> providerPlannedIncome; ///< the same for planned activity
    std::vector<double> providerCost;          ///< costs: planned, moved by activity and wards
    std::vector<double> providerCostReleased;  ///< planned cost less cost, activity part
    std::vector<double> providerActivityValue; ///< activity at price
    std::vector<double> providerPlannedValue;  ///< planned activity at price
    std::vector<double> wardsChanged;          ///< wards opened (+) or closed (-)
    std::vector<double> unfundedUnits;         ///< units above plan not paid in full
    std::vector<double> unfundedValue;         ///< their unpaid value at price
    std::vector<double> totalSpend;            ///< [t]
    std::vector<double> emergencyAdmissions;   ///< [t] units of emergency-admission PoDs
    std::vector<double> bedDays;               ///< [t] sum of activity x bed days per unit
    /// One per cohort model tied to a group (Model::cohorts): the group's
    /// people through the model's states in this projection (with the
    /// interventions' strategies mixed in by their reach), with deaths,
    /// life-years and QALYs (docs/cohort-models.md). Costs in it are the
    /// model's own, not commissioner spend.
    std::vector<cohort::StrategyResult> cohorts;

    std::size_t cell(int t, int g, int p) const {
        return (static_cast<std::size_t>(t) * kGroupCount + static_cast<std::size_t>(g)) *
                   static_cast<std::size_t>(pods) +
               static_cast<std::size_t>(p);
    }
    double activityAt(int t, int g, int p) const { return activity[cell(t, g, p)]; }
    double priceAt(int t, int p) const {
        return price[static_cast<std::size_t>(t) * static_cast<std::size_t>(pods) +
                     static_cast<std::size_t>(p)];
    }
    double baselineActivityAt(int t, int g, int p) const { return baselineActivity[cell(t, g, p)]; }
    double populationAt(int t, int g) const {
        return population[static_cast<std::size_t>(t) * kGroupCount + static_cast<std::size_t>(g)];
    }
    double settingSpend(int t, Setting s) const {
        return spendBySetting[static_cast<std::size_t>(t) * kSettingCount +
                              static_cast<std::size_t>(s)];
    }
    double settingContractSpend(int t, Setting s) const {
        return contractSpendBySetting[static_cast<std::size_t>(t) * kSettingCount +
                                      static_cast<std::size_t>(s)];
    }
    double podSpend(int t, int p) const {
        return spendByPod[static_cast<std::size_t>(t) * static_cast<std::size_t>(pods) +
                          static_cast<std::size_t>(p)];
    }
    double providerSpend(int t, int k) const {
        return spendByProvider[static_cast<std::size_t>(t) *
                                   static_cast<std::size_t>(providers + 1) +
                               static_cast<std::size_t>(k)];
    }
    double groupSpend(int t, Group g) const {
        return spendByGroup[static_cast<std::size_t>(t) * kGroupCount +
                            static_cast<std::size_t>(g)];
    }
    std::size_t providerCell(int t, int k) const {
        return static_cast<std::size_t>(t) * static_cast<std::size_t>(providers) +
               static_cast<std::size_t>(k);
    }
    double contractPaymentAt(int t, int c) const {
        return contractPayment[static_cast<std::size_t>(t) * static_cast<std::size_t>(contracts) +
                               static_cast<std::size_t>(c)];
    }
    /// Units of a PoD in year t, all groups.
    double podActivity(int t, int p) const;
    double podBaselineActivity(int t, int p) const;
};

/// Runs the projection into `out`, reusing its buffers: after the first call
/// with a model of the same shape it allocates nothing.
void evaluate(const Model& model, ProjectionResult& out);

/// The largest difference, over the years, between the total spend and each
/// of its breakdowns (by setting, provider, group, PoD plus intervention
/// costs, contract, cell): zero up to rounding when no money is lost.
double largestReconciliationGap(const ProjectionResult& result);

/// Where the largest reconciliation gap is.
struct ReconciliationGap {
    double amount = 0;        ///< pounds, never negative
    int year = 0;             ///< year index
    const char* between = ""; ///< "total spend and spend by setting", ...
};
ReconciliationGap findReconciliationGap(const ProjectionResult& result);

/// The largest figure, in pounds a year, a projection may hold: beyond a
/// trillion pounds (several times the whole NHS budget) the figures cannot be
/// added up to the penny in double precision, and an input is certainly wrong.
inline constexpr double kLargestFigure = 1e12;
/// The most by which a breakdown may differ from its total: one penny.
inline constexpr double kReconciliationTolerance = 0.01;

/// A projection whose figures cannot be shown: a figure is not a finite
/// number or is too large, or the breakdowns do not add up to the total.
/// what() is written for a user, e.g. "the figures do not add up: a gap of
/// £0.50 in 2018/19 between total spend and spend by setting".
class ProjectionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Throws ProjectionError unless every figure of `result` is finite (money at
/// most kLargestFigure) and every breakdown adds up to its total within
/// kReconciliationTolerance. `baseYear` labels the year in the message.
void checkProjection(const ProjectionResult& result, int baseYear);

/// Validates, compiles, projects and checks the result (checkProjection).
/// Throws InvalidProjectError or ProjectionError.
ProjectionResult project(const Project& project, const Scenario& scenario);

} // namespace careshift
