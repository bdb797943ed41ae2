#include "engine/projection.h"

#include "engine/format.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace careshift {

namespace {

void sized(std::vector<double>& v, std::size_t n) {
    v.resize(n);
    std::fill(v.begin(), v.end(), 0.0);
}

/// The NEL marginal-rate payment for non-elective income v: v up to the
/// threshold, the marginal rate above it.
double marginalRatePaid(double v, double threshold, double rate) {
    return v <= threshold ? v : threshold + rate * (v - threshold);
}

/// The average slope of marginalRatePaid() between a and b, worked piecewise
/// so that it stays exact however close a and b are (a difference quotient
/// would lose all precision); the slope at a when a == b.
double marginalRateSlope(double a, double b, double threshold, double rate) {
    const double lo = std::min(a, b);
    const double hi = std::max(a, b);
    if (hi <= threshold)
        return 1.0;
    if (lo >= threshold)
        return rate;
    return ((threshold - lo) + rate * (hi - threshold)) / (hi - lo);
}

/// The factor one intervention applies to its group's activity of PoD p in
/// year t: 1 + reach x activity ratio x change, never below 0 (DOMAIN.md step 3).
double effectFactor(const CompiledIntervention& iv, std::size_t p, std::size_t t, double scale) {
    const double change = iv.change[p] * scale;
    const double reach = iv.coverage * iv.ramp[t];
    if (change == 0 || reach <= 0)
        return 1.0;
    return std::max(0.0, 1.0 + reach * iv.activityRatio * change);
}

/// Whether a PoD's role is paid in `part`: the cells a fixed-plus-variable
/// element covers.
enum class Part { All, UrgentEmergency, NotUrgentEmergency };

// The compiled model keeps roles as ints.
bool isNonElective(int role) {
    return careshift::isNonElective(static_cast<PodRole>(role));
}

bool isUrgentEmergency(int role) {
    return careshift::isUrgentEmergency(static_cast<PodRole>(role));
}

bool inPart(Part part, int role) {
    switch (part) {
    case Part::All:
        return true;
    case Part::UrgentEmergency:
        return isUrgentEmergency(role);
    case Part::NotUrgentEmergency:
        return !isUrgentEmergency(role);
    }
    return true;
}

/// One contract's payment in one year, for the activity `act` (the scenario's,
/// or the plan's), into the cells of `out`.
struct Payer {
    const ProjectionResult& r;
    const Model& m;
    const CompiledContract& c;
    const PaymentTerms& terms;
    int t;
    double priceIndex;
    const std::vector<double>& act;
    std::vector<double>& out;
    std::vector<double>* withheld; ///< cells: money withheld (marginal rate, readmissions)

    int role(int p) const { return m.podRole[static_cast<std::size_t>(p)]; }

    /// Planned activity at price of the contract's cells in `part`.
    double plannedValue(Part part) const {
        double v = 0;
        for (int p : c.pods) {
            if (!inPart(part, role(p)))
                continue;
            const double price = r.priceAt(t, p);
            for (int g = 0; g < kGroupCount; ++g)
                v += r.baselineActivity[r.cell(t, g, p)] * price;
        }
        return v;
    }

    /// Shares `amount` over the cells in `part` pro rata to PLANNED (baseline)
    /// activity at price, equally when there is none. Planned, not scenario,
    /// activity: a fixed sum moves no money with activity, so a group that no
    /// intervention touches keeps its spend.
    void allocate(Part part, double amount) const {
        const double notional = plannedValue(part);
        double cells = 0;
        for (int p : c.pods)
            cells += inPart(part, role(p)) ? kGroupCount : 0;
        for (int p : c.pods) {
            if (!inPart(part, role(p)))
                continue;
            const double price = r.priceAt(t, p);
            for (int g = 0; g < kGroupCount; ++g) {
                const std::size_t x = r.cell(t, g, p);
                const double share =
                    notional > 0 ? r.baselineActivity[x] * price / notional : 1.0 / cells;
                out[x] += amount * share;
            }
        }
    }

    /// The fixed element of a block, blended or aligned payment over `part`:
    /// the planned activity at price, or the contract's value uplifted.
    double fixedElement(Part part) const {
        return terms.fixedFromPlan ? plannedValue(part) : terms.fixedValue * priceIndex;
    }

    /// A fixed element over `part` plus `rate(role)` of price on every unit
    /// above or below plan. The variable element may reduce the payment to
    /// zero, no further: when fixed + variable < 0 each cell's variable
    /// element is scaled by -fixed / variable. Returns the part's payment.
    template <class Rate> double fixedPlusVariable(Part part, double fixed, Rate rate) const {
        allocate(part, fixed);
        double variable = 0;
        for (int p : c.pods) {
            if (!inPart(part, role(p)))
                continue;
            const double price = r.priceAt(t, p);
            const double k = rate(role(p));
            for (int g = 0; g < kGroupCount; ++g) {
                const std::size_t x = r.cell(t, g, p);
                variable += k * (act[x] - r.baselineActivity[x]) * price;
            }
        }
        const bool floored = fixed + variable < 0;
        const double scale = floored ? -fixed / variable : 1.0;
        for (int p : c.pods) {
            if (!inPart(part, role(p)))
                continue;
            const double price = r.priceAt(t, p);
            const double k = rate(role(p));
            for (int g = 0; g < kGroupCount; ++g) {
                const std::size_t x = r.cell(t, g, p);
                out[x] += scale * k * (act[x] - r.baselineActivity[x]) * price;
            }
        }
        return floored ? 0.0 : fixed + variable;
    }

    /// Activity tariff over `part`: A x price, with the unpaid readmission
    /// share and the NEL marginal rate on the non-elective cells.
    ///
    /// The NEL marginal rate pays f(V) for non-elective income V, f(V) = V up
    /// to the threshold T and T + rate x (V - T) above it. Each non-elective
    /// cell gets its planned share of the planned payment, f(Vplan) x v_plan /
    /// Vplan, plus its own change in income times the average slope of f
    /// between Vplan and V, (v - v_plan) x (f(V) - f(Vplan)) / (V - Vplan).
    /// The cells add up to f(V), and a cell whose activity did not change
    /// keeps its baseline spend. What is not paid is withheld.
    double tariff(Part part) const {
        double nonElective = 0;
        double plannedNonElective = 0;
        double total = 0;
        for (int p : c.pods) {
            if (!inPart(part, role(p)))
                continue;
            const double price = r.priceAt(t, p);
            const bool ne = isNonElective(role(p));
            const double paidShare = ne ? 1.0 - terms.unpaidReadmissionShare : 1.0;
            for (int g = 0; g < kGroupCount; ++g) {
                const std::size_t x = r.cell(t, g, p);
                const double v = act[x] * price * paidShare;
                out[x] = v;
                if (ne) {
                    nonElective += v;
                    plannedNonElective += r.baselineActivity[x] * price * paidShare;
                }
            }
        }
        // Income above the threshold (uplifted with prices, so that it bites
        // on volume, not inflation) is paid at the marginal rate.
        const double threshold = terms.nelThreshold * priceIndex;
        if (terms.nelThreshold > 0 && std::max(nonElective, plannedNonElective) > threshold) {
            const double rate = terms.nelMarginalRate;
            const double plannedPaid = marginalRatePaid(plannedNonElective, threshold, rate);
            const double slope =
                marginalRateSlope(plannedNonElective, nonElective, threshold, rate);
            const double paidPerPlanned =
                plannedNonElective > 0 ? plannedPaid / plannedNonElective : 0;
            for (int p : c.pods) {
                if (!inPart(part, role(p)) || !isNonElective(role(p)))
                    continue;
                const double price = r.priceAt(t, p);
                const double paidShare = 1.0 - terms.unpaidReadmissionShare;
                for (int g = 0; g < kGroupCount; ++g) {
                    const std::size_t x = r.cell(t, g, p);
                    // The same expression as the cell's income above, so that
                    // an untouched cell's change is exactly zero.
                    const double planned = r.baselineActivity[x] * price * paidShare;
                    out[x] = planned * paidPerPlanned + slope * (out[x] - planned);
                }
            }
        }
        for (int p : c.pods) {
            if (!inPart(part, role(p)))
                continue;
            const double price = r.priceAt(t, p);
            for (int g = 0; g < kGroupCount; ++g) {
                const std::size_t x = r.cell(t, g, p);
                if (withheld && isNonElective(role(p)))
                    (*withheld)[x] = act[x] * price - out[x];
                total += out[x];
            }
        }
        return total;
    }

    /// Best practice tariff: the top-up (uplifted, with the provider's MFF)
    /// for each emergency admission that qualifies and meets the standard.
    double bestPracticeTariff() const {
        if (terms.bptTopUp <= 0 || terms.bptCompliantShare <= 0)
            return 0;
        const double topUp =
            terms.bptTopUp * priceIndex * m.mff[static_cast<std::size_t>(c.provider)];
        double total = 0;
        for (int p : c.pods) {
            if (role(p) != static_cast<int>(PodRole::EmergencyAdmission))
                continue;
            for (int g = 0; g < kGroupCount; ++g) {
                const std::size_t x = r.cell(t, g, p);
                const double v = act[x] * terms.bptCompliantShare * topUp;
                out[x] += v;
                total += v;
            }
        }
        return total;
    }

    /// CQUIN: its percentage on top of every cell.
    double cquin(double payment) const {
        if (terms.cquinRate == 0)
            return payment;
        for (int p : c.pods)
            for (int g = 0; g < kGroupCount; ++g)
                out[r.cell(t, g, p)] *= 1.0 + terms.cquinRate;
        return payment * (1.0 + terms.cquinRate);
    }

    /// Whether an aligned payment's relationship is low-volume (paid its fixed
    /// element only): planned value below the threshold, in cash.
    bool lowVolume() const {
        return terms.lowVolumeThreshold > 0 && plannedValue(Part::All) < terms.lowVolumeThreshold;
    }

    /// DOMAIN.md step 5: the contract payment.
    double pay() const {
        for (int p : c.pods)
            for (int g = 0; g < kGroupCount; ++g)
                out[r.cell(t, g, p)] = 0;
        switch (terms.mechanism) {
        case Mechanism::ActivityTariff:
            return cquin(tariff(Part::All) + bestPracticeTariff());
        case Mechanism::Block: {
            const double fixed = fixedElement(Part::All);
            allocate(Part::All, fixed);
            return fixed;
        }
        case Mechanism::Blended:
            return fixedPlusVariable(Part::All, fixedElement(Part::All),
                                     [&](int) { return terms.variableRate; });
        case Mechanism::Capitated: {
            double people = 0;
            for (int g = 0; g < kGroupCount; ++g)
                people += r.population[static_cast<std::size_t>(t) * kGroupCount +
                                       static_cast<std::size_t>(g)];
            const double payment = terms.capitationPerHead * priceIndex * people;
            allocate(Part::All, payment);
            return payment;
        }
        case Mechanism::BlendedEmergency: {
            const double other = tariff(Part::NotUrgentEmergency);
            const double urgent =
                fixedPlusVariable(Part::UrgentEmergency, fixedElement(Part::UrgentEmergency),
                                  [&](int) { return terms.variableRate; });
            return cquin(other + urgent + bestPracticeTariff());
        }
        case Mechanism::AlignedPayment: {
            const double rate = lowVolume() ? 0.0 : terms.electiveVariableRate;
            return cquin(fixedPlusVariable(Part::All, fixedElement(Part::All), [&](int role) {
                return role == static_cast<int>(PodRole::Elective) ? rate : 0.0;
            }));
        }
        }
        return 0;
    }

    /// The share of price paid for a unit above plan of a PoD with `role`
    /// (before the marginal rate and CQUIN): 1 for a tariff, the variable rate
    /// for a variable element, 0 for a fixed sum. What is not paid is
    /// unfunded capacity. `lowVolume` is lowVolume(), worked out once per contract.
    double paidShareOfExtraUnit(int role, bool lowVolume) const {
        double share = 1.0;
        switch (terms.mechanism) {
        case Mechanism::ActivityTariff:
            break;
        case Mechanism::Block:
        case Mechanism::Capitated:
            share = 0;
            break;
        case Mechanism::Blended:
            share = terms.variableRate;
            break;
        case Mechanism::BlendedEmergency:
            share = isUrgentEmergency(role) ? terms.variableRate : 1.0;
            break;
        case Mechanism::AlignedPayment:
            share = role == static_cast<int>(PodRole::Elective) && !lowVolume
                        ? terms.electiveVariableRate
                        : 0.0;
            break;
        }
        return share * (1.0 - terms.riskShare);
    }
};

/// The providers' costs in year t (docs/method.md, "Who saves, who pays").
/// Planned cost C0 = (1 - margin) x V0, the planned activity at price. The
/// variable share moves with activity at price, (1 - margin) x share x
/// (V - V0). The semi-fixed share of the activity that uses beds moves in
/// whole wards: a ward's worth of bed days is beds x 365 x occupancy, a ward
/// closes only when bed days fall by a whole ward (and opens as soon as they
/// rise above one), and each ward costs C0 x semi-fixed share x (planned
/// value of bed-using PoDs / V0) x ward bed days / planned bed days. The rest
/// is fixed. Intervention costs paid to a provider are its cost too (the work
/// is done at cost).
void providerCosts(ProjectionResult& r, const Model& m, int t) {
    const int K = m.providerCount();
    for (int k = 0; k < K; ++k) {
        const CompiledProvider& pc = m.providerCosts[static_cast<std::size_t>(k)];
        const std::size_t pk = r.providerCell(t, k);
        double bedDays = 0;
        double plannedBedDays = 0;
        double plannedBedValue = 0; // planned activity at price of the PoDs that use beds
        for (const CompiledContract& cc : m.contracts) {
            if (cc.provider != k)
                continue;
            for (int p : cc.pods) {
                const double perUnit = m.bedDaysPerUnit[static_cast<std::size_t>(p)];
                if (perUnit == 0)
                    continue;
                const double price = r.priceAt(t, p);
                for (int g = 0; g < kGroupCount; ++g) {
                    const std::size_t x = r.cell(t, g, p);
                    bedDays += r.activity[x] * perUnit;
                    plannedBedDays += r.baselineActivity[x] * perUnit;
                    plannedBedValue += r.baselineActivity[x] * price;
                }
            }
        }
        // The cost of the planned activity is its price less the margin
        // (tariff prices are set at average cost): the same whatever the
        // payment rules, and for a block as for a tariff.
        const double v0 = r.providerPlannedValue[pk];
        const double planned = (1.0 - pc.baselineMargin) * v0;
        const double variable =
            (1.0 - pc.baselineMargin) * pc.variableCostShare * (r.providerActivityValue[pk] - v0);
        double wards = 0;
        double semiFixed = 0;
        const double wardBedDays = pc.wardBeds * 365.0 * pc.wardOccupancy;
        if (wardBedDays > 0 && plannedBedDays > 0 && pc.semiFixedCostShare > 0 && v0 > 0) {
            // A whole ward's worth, with a margin for rounding in the sums.
            const double change = (bedDays - plannedBedDays) / wardBedDays;
            wards = change < 0 ? -std::floor(-change + 1e-9) : std::ceil(change - 1e-9);
            // The semi-fixed costs of the activity that uses beds, per planned
            // bed day: outpatients and day cases do not pay for wards.
            const double pool = planned * pc.semiFixedCostShare * plannedBedValue / v0;
            semiFixed = wards * pool * wardBedDays / plannedBedDays;
        }
        r.wardsChanged[pk] = wards;
        r.providerCostReleased[pk] = -(variable + semiFixed);
        // Intervention costs paid to the provider: income less contract payments.
        double contracts = 0;
        for (int c = 0; c < m.contractCount(); ++c)
            if (m.contracts[static_cast<std::size_t>(c)].provider == k)
                contracts += r.contractPaymentAt(t, c);
        const double interventionWork = r.providerIncome[pk] - contracts;
        r.providerCost[pk] = planned + variable + semiFixed + interventionWork;
    }
}

} // namespace

double ProjectionResult::podActivity(int t, int p) const {
    double sum = 0;
    for (int g = 0; g < kGroupCount; ++g)
        sum += activity[cell(t, g, p)];
    return sum;
}

double ProjectionResult::podBaselineActivity(int t, int p) const {
    double sum = 0;
    for (int g = 0; g < kGroupCount; ++g)
        sum += baselineActivity[cell(t, g, p)];
    return sum;
}

void evaluate(const Model& m, ProjectionResult& r) {
    const int T = m.years();
    const int P = m.podCount();
    const int K = m.providerCount();
    const int C = m.contractCount();
    const int I = m.interventionCount();
    const auto uT = static_cast<std::size_t>(T);
    const auto uP = static_cast<std::size_t>(P);
    const std::size_t cells = uT * kGroupCount * uP;

    r.years = T;
    r.pods = P;
    r.providers = K;
    r.contracts = C;
    r.interventions = I;
    sized(r.population, uT * kGroupCount);
    sized(r.baselineActivity, cells);
    sized(r.activity, cells);
    sized(r.substitutedActivity, cells);
    sized(r.price, uT * uP);
    sized(r.cellSpend, cells);
    sized(r.contractPayment, uT * static_cast<std::size_t>(C));
    sized(r.interventionCost, uT * static_cast<std::size_t>(I));
    sized(r.participants, uT * static_cast<std::size_t>(I));
    sized(r.spendBySetting, uT * kSettingCount);
    sized(r.contractSpendBySetting, uT * kSettingCount);
    sized(r.spendByProvider, uT * static_cast<std::size_t>(K + 1));
    sized(r.spendByGroup, uT * kGroupCount);
    sized(r.spendByPod, uT * uP);
    sized(r.contractSpend, uT);
    sized(r.interventionSpend, uT);
    sized(r.totalSpend, uT);
    sized(r.emergencyAdmissions, uT);
    sized(r.bedDays, uT);
    sized(r.plannedCellSpend, cells);
    sized(r.withheld, cells);
    sized(r.priceIndex, uT);
    sized(r.costIndex, uT);
    sized(r.reinvestedSpend, uT);
    const std::size_t providerCells = uT * static_cast<std::size_t>(K);
    for (auto* v : {&r.providerIncome, &r.providerPlannedIncome, &r.providerCost,
                    &r.providerCostReleased, &r.providerActivityValue, &r.providerPlannedValue,
                    &r.wardsChanged, &r.unfundedUnits, &r.unfundedValue})
        sized(*v, providerCells);

    // Cohort models (docs/cohort-models.md, "Tied to the projection"): the
    // group's projected people, at the start of each year and at the end of
    // the last, through the model's states: the plan with the base model,
    // the scenario with the interventions' strategies mixed in by their
    // reach. Their activity replaces pop x rate at the PoDs a state names.
    struct CohortRun {
        std::vector<double> planTrace, trace; // [t][expanded state], t = 0..T
        cohort::CycleValues mixedStorage;
        const cohort::CycleValues* mixed = nullptr; ///< the base model's, or mixedStorage
    };
    std::vector<CohortRun> cohortRuns(m.cohorts.size());
    r.cohorts.resize(m.cohorts.size());
    for (std::size_t k = 0; k < m.cohorts.size(); ++k) {
        const CompiledCohort& cc = m.cohorts[k];
        const auto g = static_cast<std::size_t>(cc.group);
        cohort::PopulationDriver driver;
        driver.alive.resize(uT + 1);
        driver.alive[0] = m.populationBase[g];
        for (std::size_t t = 1; t <= uT; ++t)
            driver.alive[t] = driver.alive[t - 1] * (1.0 + m.populationGrowth[g * uT + t - 1]);
        CohortRun& run = cohortRuns[k];
        run.planTrace = cc.model->expandedTrace(cc.base, driver.alive[0], &driver, nullptr);
        std::vector<const cohort::CycleValues*> arms;
        std::vector<double> reach;
        for (std::size_t i = 0; i < cc.arms.size(); ++i) {
            if (cc.arms[i].cycles == 0)
                continue;
            const CompiledIntervention& iv = m.interventions[i];
            arms.push_back(&cc.arms[i]);
            for (std::size_t t = 0; t < uT; ++t)
                reach.push_back(iv.coverage * iv.ramp[t] * m.effectScale);
        }
        // No intervention acts on the model: its own values, not a copy.
        run.mixed = &cc.base;
        if (!arms.empty()) {
            cohort::mixValues(*cc.model, cc.base, arms, reach, run.mixedStorage);
            run.mixed = &run.mixedStorage;
        }
        // The scenario's people: the plan's joiners join, so those an
        // intervention keeps alive add to the group.
        driver.replay = true;
        r.cohorts[k] = cc.model->run(*run.mixed, driver.alive[0], &driver, &run.trace);
    }

    double priceIndex = 1.0; // prod(1 + uplift[u], u < t)
    double costIndex = 1.0;  // prod(1 + cost uplift[u], u < t)
    for (int t = 0; t < T; ++t) {
        const auto ut = static_cast<std::size_t>(t);
        if (t > 0) {
            priceIndex *= 1.0 + m.priceUplift[ut - 1];
            costIndex *= 1.0 + m.costUplift[ut - 1];
        }
        r.priceIndex[ut] = priceIndex;
        r.costIndex[ut] = costIndex;

        // Step 1: population.
        for (int g = 0; g < kGroupCount; ++g) {
            const auto ug = static_cast<std::size_t>(g);
            r.population[ut * kGroupCount + ug] =
                t == 0 ? m.populationBase[ug]
                       : r.population[(ut - 1) * kGroupCount + ug] *
                             (1.0 + m.populationGrowth[ug * uT + ut - 1]);
        }

        // Step 2: baseline activity, pop x rate x prod(1 + ndg).
        for (int p = 0; p < P; ++p) {
            const auto up = static_cast<std::size_t>(p);
            double ndgIndex = 1.0;
            for (std::size_t u = 0; u < ut; ++u)
                ndgIndex *= 1.0 + m.ndg[up * uT + u];
            for (int g = 0; g < kGroupCount; ++g) {
                const double a = r.population[ut * kGroupCount + static_cast<std::size_t>(g)] *
                                 m.ratePerCapita[static_cast<std::size_t>(g) * uP + up] * ndgIndex;
                r.baselineActivity[r.cell(t, g, p)] = a;
                r.activity[r.cell(t, g, p)] = a;
            }
            // A cohort model's PoDs: occupancy at the start of the year times
            // each state's units per person-year (no non-demographic growth:
            // the model's transitions are the change beyond demography).
            for (std::size_t k = 0; k < m.cohorts.size(); ++k) {
                const CompiledCohort& cc = m.cohorts[k];
                const auto j = std::find(cc.pods.begin(), cc.pods.end(), p) - cc.pods.begin();
                if (j == static_cast<std::ptrdiff_t>(cc.pods.size()))
                    continue;
                const auto ns = static_cast<std::size_t>(cc.model->stateCount());
                const std::size_t np = cc.pods.size();
                const auto uj = static_cast<std::size_t>(j);
                double plan = 0, scenario = 0;
                for (std::size_t i = 0; i < ns; ++i) {
                    plan += cohortRuns[k].planTrace[ut * ns + i] *
                            cc.base.units[(ut * ns + i) * np + uj];
                    scenario += cohortRuns[k].trace[ut * ns + i] *
                                cohortRuns[k].mixed->units[(ut * ns + i) * np + uj];
                }
                r.baselineActivity[r.cell(t, cc.group, p)] = plan;
                r.activity[r.cell(t, cc.group, p)] = scenario;
            }
            // Step 4: price with uplift and MFF.
            const int contract = m.podContract[up];
            const int provider = m.contracts[static_cast<std::size_t>(contract)].provider;
            r.price[ut * uP + up] =
                m.price[up] * priceIndex * m.mff[static_cast<std::size_t>(provider)];
        }

        // Step 3: interventions, combined multiplicatively. A scenario is a
        // set, so nothing here depends on the order of its interventions: in
        // each (group, PoD) cell the factors multiply, and the units avoided
        // are shared among the interventions that reduce the cell in
        // proportion to each one's own reduction (1 - factor). Substituted
        // units are added after all effects.
        for (int p = 0; p < P && I > 0; ++p) {
            const auto up = static_cast<std::size_t>(p);
            // Most PoDs no intervention touches: skip them cheaply.
            bool touched = false;
            for (int i = 0; i < I && !touched; ++i)
                touched = effectFactor(m.interventions[static_cast<std::size_t>(i)], up, ut,
                                       m.effectScale) != 1.0;
            if (!touched)
                continue;
            std::array<double, kGroupCount> reducing{}; // product of factors below 1
            std::array<double, kGroupCount> raising{};  // product of factors above 1
            std::array<double, kGroupCount> reductionSum{};
            reducing.fill(1.0);
            raising.fill(1.0);
            for (int i = 0; i < I; ++i) {
                const CompiledIntervention& iv = m.interventions[static_cast<std::size_t>(i)];
                const double f = effectFactor(iv, up, ut, m.effectScale);
                const auto g = static_cast<std::size_t>(iv.group);
                if (f < 1.0) {
                    reducing[g] *= f;
                    reductionSum[g] += 1.0 - f;
                } else if (f > 1.0) {
                    raising[g] *= f;
                }
            }
            std::array<double, kGroupCount> avoided{};
            for (int g = 0; g < kGroupCount; ++g) {
                const auto ug = static_cast<std::size_t>(g);
                if (raising[ug] == 1.0 && reducing[ug] == 1.0)
                    continue; // untouched: avoided stays 0, activity A0
                double& a = r.activity[r.cell(t, g, p)];
                // Units avoided: what the reducing interventions remove from the
                // activity there would be without them, A0 x raising x (1 - reducing).
                avoided[ug] = a * raising[ug] * (1.0 - reducing[ug]);
                a *= raising[ug] * reducing[ug];
            }
            for (int i = 0; i < I; ++i) {
                const CompiledIntervention& iv = m.interventions[static_cast<std::size_t>(i)];
                const auto g = static_cast<std::size_t>(iv.group);
                if (iv.substitutions.empty() || avoided[g] <= 0)
                    continue;
                const double f = effectFactor(iv, up, ut, m.effectScale);
                if (f >= 1.0)
                    continue;
                const double own = avoided[g] * (1.0 - f) / reductionSum[g];
                for (const auto& sub : iv.substitutions) {
                    if (sub.fromPod == p)
                        r.substitutedActivity[r.cell(t, iv.group, sub.toPod)] +=
                            own * sub.unitsPerAvoided;
                }
            }
        }

        for (int i = 0; i < I; ++i) {
            const CompiledIntervention& iv = m.interventions[static_cast<std::size_t>(i)];
            const double reach = iv.coverage * iv.ramp[ut];
            const double pop = r.population[ut * kGroupCount + static_cast<std::size_t>(iv.group)];
            const double participants = reach * pop;
            r.participants[ut * static_cast<std::size_t>(I) + static_cast<std::size_t>(i)] =
                participants;
            // Intervention costs, uplifted with pay and prices (the cost
            // index), not with the tariff.
            double cost = 0;
            if (t >= iv.startYear) {
                cost = iv.fixedCostPerYear + iv.costPerParticipant * participants;
                if (t == iv.startYear)
                    cost += iv.oneOffCost;
                cost *= costIndex;
            }
            r.interventionCost[ut * static_cast<std::size_t>(I) + static_cast<std::size_t>(i)] =
                cost;
            r.interventionSpend[ut] += cost;
            r.spendBySetting[ut * kSettingCount + static_cast<std::size_t>(iv.costSetting)] += cost;
            const int k = iv.costProvider < 0 ? K : iv.costProvider;
            r.spendByProvider[ut * static_cast<std::size_t>(K + 1) + static_cast<std::size_t>(k)] +=
                cost;
            r.spendByGroup[ut * kGroupCount + static_cast<std::size_t>(iv.group)] += cost;
        }
        for (int g = 0; g < kGroupCount; ++g) {
            for (int p = 0; p < P; ++p)
                r.activity[r.cell(t, g, p)] += r.substitutedActivity[r.cell(t, g, p)];
        }

        // Step 5: payment per contract, for the plan and for the scenario's
        // activity; a risk share then keeps part of the change from plan.
        for (int c = 0; c < C; ++c) {
            const CompiledContract& cc = m.contracts[static_cast<std::size_t>(c)];
            const PaymentTerms& terms = cc.terms[ut];
            const Payer plan{
                r, m, cc, terms, t, priceIndex, r.baselineActivity, r.plannedCellSpend, nullptr};
            const double planned = plan.pay();
            const Payer actual{r,          m,          cc,          terms,      t,
                               priceIndex, r.activity, r.cellSpend, &r.withheld};
            double payment = actual.pay();
            if (terms.riskShare > 0) {
                payment = 0;
                for (int p : cc.pods) {
                    for (int g = 0; g < kGroupCount; ++g) {
                        const std::size_t x = r.cell(t, g, p);
                        double& v = r.cellSpend[x];
                        v = r.plannedCellSpend[x] +
                            (1.0 - terms.riskShare) * (v - r.plannedCellSpend[x]);
                        payment += v;
                    }
                }
            }
            r.contractPayment[ut * static_cast<std::size_t>(C) + static_cast<std::size_t>(c)] =
                payment;
            r.spendByProvider[ut * static_cast<std::size_t>(K + 1) +
                              static_cast<std::size_t>(cc.provider)] += payment;
            r.contractSpend[ut] += payment;

            // The provider's side: income, activity at price, bed days, and
            // units above plan that are not paid in full.
            const std::size_t pk = r.providerCell(t, cc.provider);
            r.providerIncome[pk] += payment;
            r.providerPlannedIncome[pk] += planned;
            const bool lowVolume = terms.mechanism == Mechanism::AlignedPayment &&
                                   actual.lowVolume(); // one pass over the plan, not one per PoD
            for (int p : cc.pods) {
                const auto up = static_cast<std::size_t>(p);
                const double price = r.priceAt(t, p);
                const double unpaid = 1.0 - actual.paidShareOfExtraUnit(m.podRole[up], lowVolume);
                for (int g = 0; g < kGroupCount; ++g) {
                    const std::size_t x = r.cell(t, g, p);
                    r.providerActivityValue[pk] += r.activity[x] * price;
                    r.providerPlannedValue[pk] += r.baselineActivity[x] * price;
                    const double extra = r.activity[x] - r.baselineActivity[x];
                    if (extra > 0 && unpaid > 0) {
                        r.unfundedUnits[pk] += extra;
                        r.unfundedValue[pk] += extra * price * unpaid;
                    }
                }
            }
        }
        for (int i = 0; i < I; ++i) {
            const int k = m.interventions[static_cast<std::size_t>(i)].costProvider;
            if (k >= 0)
                r.providerIncome[r.providerCell(t, k)] +=
                    r.interventionCost[ut * static_cast<std::size_t>(I) +
                                       static_cast<std::size_t>(i)];
        }
        providerCosts(r, m, t);

        // Step 6: breakdowns of contract spend, and the activity outcomes
        // (summed in locals: through memory, each += waits for the last store).
        double emergencyAdmissions = 0;
        double bedDays = 0;
        for (int p = 0; p < P; ++p) {
            const auto up = static_cast<std::size_t>(p);
            const bool emergency = m.podRole[up] == static_cast<int>(PodRole::EmergencyAdmission);
            double podSpend = 0;
            for (int g = 0; g < kGroupCount; ++g) {
                const double v = r.cellSpend[r.cell(t, g, p)];
                podSpend += v;
                r.spendByGroup[ut * kGroupCount + static_cast<std::size_t>(g)] += v;
                const double a = r.activity[r.cell(t, g, p)];
                if (emergency)
                    emergencyAdmissions += a;
                bedDays += a * m.bedDaysPerUnit[up];
            }
            r.spendByPod[ut * uP + up] = podSpend;
            r.spendBySetting[ut * kSettingCount + static_cast<std::size_t>(m.podSetting[up])] +=
                podSpend;
            r.contractSpendBySetting[ut * kSettingCount +
                                     static_cast<std::size_t>(m.podSetting[up])] += podSpend;
        }
        r.emergencyAdmissions[ut] = emergencyAdmissions;
        r.bedDays[ut] = bedDays;

        // Withheld money reinvested by the commissioner (reablement, demand
        // management): spend under social care and "other providers", in the
        // groups whose activity it was withheld on.
        if (m.reinvestWithheld) {
            double reinvested = 0;
            for (int g = 0; g < kGroupCount; ++g) {
                double group = 0;
                for (int p = 0; p < P; ++p)
                    group += r.withheld[r.cell(t, g, p)];
                r.spendByGroup[ut * kGroupCount + static_cast<std::size_t>(g)] += group;
                reinvested += group;
            }
            r.reinvestedSpend[ut] = reinvested;
            r.spendBySetting[ut * kSettingCount + static_cast<std::size_t>(Setting::SocialCare)] +=
                reinvested;
            r.spendByProvider[ut * static_cast<std::size_t>(K + 1) + static_cast<std::size_t>(K)] +=
                reinvested;
        }
        r.totalSpend[ut] = r.contractSpend[ut] + r.interventionSpend[ut] + r.reinvestedSpend[ut];
    }
}

ReconciliationGap findReconciliationGap(const ProjectionResult& r) {
    ReconciliationGap largest;
    for (int t = 0; t < r.years; ++t) {
        const auto ut = static_cast<std::size_t>(t);
        double bySetting = 0, byProvider = 0, byGroup = 0, byPod = 0, byContract = 0, byCell = 0;
        for (int s = 0; s < kSettingCount; ++s)
            bySetting += r.settingSpend(t, static_cast<Setting>(s));
        for (int k = 0; k <= r.providers; ++k)
            byProvider += r.providerSpend(t, k);
        for (Group g : kAllGroups)
            byGroup += r.groupSpend(t, g);
        for (int p = 0; p < r.pods; ++p) {
            byPod += r.podSpend(t, p);
            for (int g = 0; g < kGroupCount; ++g)
                byCell += r.cellSpend[r.cell(t, g, p)];
        }
        for (int c = 0; c < r.contracts; ++c)
            byContract += r.contractPaymentAt(t, c);
        double contractBySetting = 0;
        for (int s = 0; s < kSettingCount; ++s)
            contractBySetting += r.settingContractSpend(t, static_cast<Setting>(s));
        const double total = r.totalSpend[ut];
        const double contracts = r.contractSpend[ut];
        const double interventions = r.interventionSpend[ut];
        const double reinvested = r.reinvestedSpend[ut];
        double providerIncome = r.providerSpend(t, r.providers); // "other providers"
        for (int k = 0; k < r.providers; ++k)
            providerIncome += r.providerIncome[r.providerCell(t, k)];
        const struct {
            double difference;
            const char* between;
        } checks[] = {
            {bySetting - total, "total spend and spend by setting"},
            {byProvider - total, "total spend and spend by provider"},
            {byGroup - total, "total spend and spend by patient group"},
            {byPod + interventions + reinvested - total,
             "total spend and spend by point of delivery plus intervention costs"},
            {contracts + interventions + reinvested - total,
             "total spend and contract spend plus intervention costs"},
            {providerIncome - total, "total spend and the providers' income"},
            {byContract - contracts, "contract spend and the payments of each contract"},
            {byCell - contracts, "contract spend and spend by patient group and point of delivery"},
            {contractBySetting - contracts, "contract spend and contract spend by setting"},
        };
        for (const auto& check : checks) {
            // A NaN difference is the largest gap of all: !(x <= largest).
            const double gap = std::fabs(check.difference);
            if (!(gap <= largest.amount))
                largest = {gap, t, check.between};
            if (std::isnan(largest.amount))
                return largest;
        }
    }
    return largest;
}

double largestReconciliationGap(const ProjectionResult& r) {
    return findReconciliationGap(r).amount;
}

namespace {
/// A user's name for a figure, and whether it is money.
struct Figure {
    const std::vector<double>* values;
    const char* name;
    bool money;
};
} // namespace

void checkProjection(const ProjectionResult& r, int baseYear) {
    // The totals first, so that a user hears about the figure they see.
    const Figure figures[] = {
        {&r.totalSpend, "total spend", true},
        {&r.contractSpend, "contract spend", true},
        {&r.interventionSpend, "intervention costs", true},
        {&r.spendBySetting, "spend by setting", true},
        {&r.contractSpendBySetting, "contract spend by setting", true},
        {&r.spendByProvider, "spend by provider", true},
        {&r.spendByGroup, "spend by patient group", true},
        {&r.spendByPod, "spend by point of delivery", true},
        {&r.contractPayment, "a contract payment", true},
        {&r.cellSpend, "spend by patient group and point of delivery", true},
        {&r.interventionCost, "an intervention's cost", true},
        {&r.reinvestedSpend, "withheld money reinvested", true},
        {&r.plannedCellSpend, "planned spend", true},
        {&r.providerIncome, "a provider's income", true},
        {&r.providerCost, "a provider's costs", true},
        {&r.unfundedValue, "a provider's unfunded activity", true},
        {&r.price, "a price", true},
        {&r.population, "the population", false},
        {&r.baselineActivity, "planned activity", false},
        {&r.activity, "activity", false},
        {&r.substitutedActivity, "substituted activity", false},
        {&r.participants, "the participants of an intervention", false},
        {&r.emergencyAdmissions, "emergency admissions", false},
        {&r.bedDays, "bed days", false},
    };
    for (const Figure& f : figures) {
        const std::vector<double>& v = *f.values;
        const std::size_t perYear = r.years > 0 ? v.size() / static_cast<std::size_t>(r.years) : 1;
        for (std::size_t x = 0; x < v.size(); ++x) {
            if (std::isfinite(v[x]) && (!f.money || std::fabs(v[x]) <= kLargestFigure))
                continue;
            const int year = perYear > 0 ? static_cast<int>(x / perYear) : 0;
            throw ProjectionError(
                std::string("a figure is too large to compute: ") + f.name + " in " +
                formatFinancialYear(baseYear + year) +
                (std::isfinite(v[x]) ? std::string(" would be over £1 trillion")
                                     : std::string(" cannot be represented")) +
                ". Check the inputs for a value in the wrong units or a misplaced digit");
        }
    }
    const ReconciliationGap gap = findReconciliationGap(r);
    if (!(gap.amount <= kReconciliationTolerance))
        throw ProjectionError("the figures do not add up: a gap of " +
                              formatMoneyPence(gap.amount) + " in " +
                              formatFinancialYear(baseYear + gap.year) + " between " + gap.between);
}

ProjectionResult project(const Project& project, const Scenario& scenario) {
    const Model model = Model::compile(project, scenario);
    ProjectionResult result;
    evaluate(model, result);
    checkProjection(result, project.commissioner.baseYear);
    return result;
}

} // namespace careshift
