#pragma once

/// \file model.h
/// A project and one scenario compiled into dense arrays for the projection.
///
/// Why a compiled form: the projection runs once per edit in the GUI, but
/// probabilistic analysis (PSA) and break-even search run it thousands of
/// times. Compiling resolves every name (PoD code, provider id, ...) to an
/// index once, expands per-year series to the horizon, and leaves a flat set
/// of numbers that a sampler can overwrite by ParamId between runs. The
/// evaluation (projection.h) then allocates nothing once its result buffers
/// have their size.

#include "engine/project.h"
#include "engine/regime.h"

#include <memory>
#include <vector>

namespace careshift {

struct CompiledContract {
    int provider = 0;
    std::vector<PaymentTerms> terms; ///< [year]: the rules in force (engine/regime.h)
    std::vector<int> pods;           ///< PoD indices this contract pays for
};

/// A provider's cost structure (Provider).
struct CompiledProvider {
    double variableCostShare = 1;
    double semiFixedCostShare = 0;
    double wardBeds = 0;
    double wardOccupancy = 0.85;
    double baselineMargin = 0;
};

struct CompiledSubstitution {
    int fromPod = 0;
    int toPod = 0;
    double unitsPerAvoided = 0;
};

struct CompiledIntervention {
    int group = 0;
    double coverage = 0;
    double activityRatio = 1;
    int startYear = 0;
    std::vector<double> ramp; ///< [year], 0 before the start year
    double oneOffCost = 0;
    double fixedCostPerYear = 0;
    double costPerParticipant = 0;
    int costSetting = 0;
    int costProvider = -1;      ///< -1 = outside the contracts ("other providers")
    std::vector<double> change; ///< [pod], fraction; 0 where no effect
    std::vector<CompiledSubstitution> substitutions;
};

/// A cohort model tied to a group, compiled with the scenario
/// (docs/cohort-models.md, "Tied to the projection"). Its values per cycle
/// do not depend on the scenario's numbers, so they are evaluated once here.
struct CompiledCohort {
    int group = 0;
    std::shared_ptr<const cohort::CompiledModel> model;
    cohort::CycleValues base;              ///< the base model, one cycle per year
    std::vector<cohort::CycleValues> arms; ///< [intervention]: its strategy; cycles 0 = none
    std::vector<int> pods;                 ///< [model activity pod] project PoD index
};

/// Which scalar input a ParamId names. Indices: a = first, b = second index.
enum class ParamKind {
    PopulationBase,        ///< a = group
    PopulationGrowth,      ///< a = group, b = year
    ActivityRatePerCapita, ///< a = group, b = pod; units per person per year
    Price,                 ///< a = pod; base-year pounds before MFF
    NonDemographicGrowth,  ///< a = pod, b = year
    PriceUplift,           ///< a = year
    CostUplift,            ///< a = year
    Mff,                   ///< a = provider
    Coverage,              ///< a = intervention (index in the scenario's enabled list)
    ActivityRatio,         ///< a = intervention
    EffectChange,          ///< a = intervention, b = pod
    OneOffCost,            ///< a = intervention
    FixedCostPerYear,      ///< a = intervention
    CostPerParticipant,    ///< a = intervention
    EffectScale,           ///< multiplier on every effect size (break-even search)
};

struct ParamId {
    ParamKind kind;
    int a = 0;
    int b = 0;
};

/// A PoD's base-year price (before MFF) and bed days per unit: its own, or,
/// when it has an HRG mix, from the tariff: per HRG share, the spell price
/// (non-elective for an emergency admission; elective, or day case for a
/// stay of 0 days) plus the excess bed day price for each day of the mean
/// stay beyond the trim point; bed days are the mean stays.
struct PodTariff {
    double price = 0;
    double bedDaysPerUnit = 0;
};
PodTariff podTariff(const Project& project, const Pod& pod);

class Model {
public:
    /// Validates and compiles. Throws InvalidProjectError listing every problem.
    static Model compile(const Project& project, const Scenario& scenario);

    int years() const { return m_years; }
    int podCount() const { return m_pods; }
    int providerCount() const { return m_providers; }
    int contractCount() const { return static_cast<int>(contracts.size()); }
    int interventionCount() const { return static_cast<int>(interventions.size()); }

    /// The scalar a ParamId names, for a sampler to read or overwrite.
    double& param(const ParamId& id);

    // Inputs, dense. Indices: g = group, p = pod, t = year.
    std::vector<double> populationBase;   ///< [g]
    std::vector<double> populationGrowth; ///< [g][t]
    std::vector<double> ratePerCapita;    ///< [g][p], units per person per year
    std::vector<double> price;            ///< [p], base-year pounds before MFF
    std::vector<double> ndg;              ///< [p][t]
    std::vector<double> priceUplift;      ///< [t]
    std::vector<double> costUplift;       ///< [t], intervention costs
    bool reinvestWithheld = false;
    std::vector<double> mff;                     ///< [provider]
    std::vector<CompiledProvider> providerCosts; ///< [provider]
    std::vector<int> podSetting;                 ///< [p]
    std::vector<int> podContract;                ///< [p]
    std::vector<int> podRole;                    ///< [p], PodRole as int
    std::vector<double> bedDaysPerUnit;          ///< [p]
    std::vector<CompiledContract> contracts;
    std::vector<CompiledIntervention> interventions;
    std::vector<CompiledCohort> cohorts;
    double effectScale = 1.0;

private:
    int m_years = 0;
    int m_pods = 0;
    int m_providers = 0;
};

} // namespace careshift
