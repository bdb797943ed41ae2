#pragma once

/// \file options.h
/// Options side by side: every scenario of a project against the baseline,
/// or one scenario under each payment regime. What the comparison view, the
/// board paper and `careshift-cli compare` show.

#include "engine/appraisal.h"
#include "engine/outcomes.h"

#include <optional>
#include <string>
#include <vector>

namespace careshift {

/// One option's figures over the horizon.
struct OptionSummary {
    std::string id;   ///< scenario id, or regime key
    std::string name; ///< scenario name, or regime name
    /// Why there are no figures (the scenario cannot be projected); empty when fine.
    std::string error;
    double investment = 0;
    double netSaving = 0; ///< cash
    double npv = 0;       ///< real terms (base-year prices)
    double npvCash = 0;
    std::optional<double> roi;
    std::optional<int> paybackYear; ///< year index
    double admissionsAvoided = 0;
    double bedDaysAvoided = 0;
    /// The provider whose margin falls most over the horizon, and by how much
    /// (none when no provider's margin falls).
    std::string worstProvider;
    double worstMarginChange = 0;
    std::vector<double> netSavingByYear; ///< cash, per year
    /// Outcomes in the last year of the horizon (engine/outcomes.h): the
    /// overall weighted score of the baseline and the scenario (none when no
    /// metric is scored) and the cells whose rating the scenario changes.
    std::optional<double> baselineOutcomeScore;
    std::optional<double> outcomeScore;
    int cellsChangingRating = 0;
    int cellsBetter = 0; ///< of those, rated better (red to amber or green, amber to green)
    int cellsWorse = 0;
    /// With a cohort model (the first): QALYs gained (discounted) and the
    /// incremental cost, the NPV of spend (docs/cohort-models.md).
    std::optional<double> qalysGained;
    double incrementalCost = 0;
};

/// The options on the cost-effectiveness plane: the frontier of those with
/// QALYs (engine/cohort.h), in the order given; empty when none has QALYs.
std::vector<cohort::FrontierEntry> optionsFrontier(const std::vector<OptionSummary>& options);

/// The figures of one appraisal of `scenario`.
OptionSummary summarise(const Project& project, const Scenario& scenario,
                        const Appraisal& appraisal);

/// Every scenario of the project, in project order. A scenario that cannot
/// be projected gets its error and no figures; the others are unaffected.
std::vector<OptionSummary> compareScenarios(const Project& project);

/// The contracts a regime comparison re-rules: those on national rules
/// (any regime but the contract's own terms), or, when there are none, the
/// hospital contracts: paid by activity tariff for a PoD that counts as
/// emergency, excess bed day, A&E or elective activity (not care homes or
/// prescribing, which the national rules never covered).
std::vector<int> regimeContracts(const Project& project);

/// The project with every contract of regimeContracts() under `regime` in
/// every year (no change of rules within the horizon).
Project underRegime(const Project& project, Regime regime);

/// One scenario under the project's own rules (id "project"), then under each
/// preset (kPresets), then under the national rules in force each year.
std::vector<OptionSummary> compareRegimes(const Project& project, const Scenario& scenario);

} // namespace careshift
