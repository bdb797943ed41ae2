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

/// Shares `amount` over the contract's cells in year t pro rata to PLANNED
/// (baseline) activity at price, equally when the contract has no planned
/// activity. Planned, not scenario, activity: a block or capitation moves no
/// money with activity, so a group no intervention touches keeps its spend.
void allocate(ProjectionResult& r, const CompiledContract& c, int t, double amount) {
    double notional = 0;
    for (int p : c.pods) {
        const double price = r.priceAt(t, p);
        for (int g = 0; g < kGroupCount; ++g)
            notional += r.baselineActivity[r.cell(t, g, p)] * price;
    }
    const double cells = static_cast<double>(c.pods.size()) * kGroupCount;
    for (int p : c.pods) {
        const double price = r.priceAt(t, p);
        for (int g = 0; g < kGroupCount; ++g) {
            const double share =
                notional > 0 ? r.baselineActivity[r.cell(t, g, p)] * price / notional : 1.0 / cells;
            r.cellSpend[r.cell(t, g, p)] += amount * share;
        }
    }
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

bool isNonElective(int role) {
    return role == static_cast<int>(PodRole::EmergencyAdmission) ||
           role == static_cast<int>(PodRole::ExcessBedDay);
}

/// DOMAIN.md step 5, activity tariff: returns the contract payment.
///
/// The NEL marginal rate pays f(V) for non-elective income V, f(V) = V up to
/// the threshold T and T + rate x (V - T) above it. Each non-elective cell
/// gets its planned share of the planned payment, f(Vplan) x v_plan / Vplan,
/// plus its own change in income times the average slope of f between Vplan
/// and V, (v - v_plan) x (f(V) - f(Vplan)) / (V - Vplan). The cells add up to
/// f(V), and a cell whose activity did not change keeps its baseline spend.
double payActivityTariff(ProjectionResult& r, const Model& m, const CompiledContract& c, int t,
                         double priceIndex) {
    double nonElective = 0;
    double plannedNonElective = 0;
    for (int p : c.pods) {
        const double price = r.priceAt(t, p);
        const bool ne = isNonElective(m.podRole[static_cast<std::size_t>(p)]);
        const double paidShare = ne ? 1.0 - c.unpaidReadmissionShare : 1.0;
        for (int g = 0; g < kGroupCount; ++g) {
            const std::size_t x = r.cell(t, g, p);
            const double v = r.activity[x] * price * paidShare;
            r.cellSpend[x] = v;
            if (ne) {
                nonElective += v;
                plannedNonElective += r.baselineActivity[x] * price * paidShare;
            }
        }
    }
    // NEL marginal rate: income above the threshold (uplifted with prices, so
    // that it bites on volume, not inflation) is paid at the marginal rate.
    const double threshold = c.nelThreshold * priceIndex;
    if (c.nelThreshold > 0 && std::max(nonElective, plannedNonElective) > threshold) {
        const double rate = c.nelMarginalRate;
        const double plannedPaid = marginalRatePaid(plannedNonElective, threshold, rate);
        const double slope = marginalRateSlope(plannedNonElective, nonElective, threshold, rate);
        const double paidPerPlanned = plannedNonElective > 0 ? plannedPaid / plannedNonElective : 0;
        for (int p : c.pods) {
            if (!isNonElective(m.podRole[static_cast<std::size_t>(p)]))
                continue;
            const double price = r.priceAt(t, p);
            const double paidShare = 1.0 - c.unpaidReadmissionShare;
            for (int g = 0; g < kGroupCount; ++g) {
                const std::size_t x = r.cell(t, g, p);
                // The same expression as the cell's income above, so that an
                // untouched cell's change is exactly zero.
                const double planned = r.baselineActivity[x] * price * paidShare;
                r.cellSpend[x] = planned * paidPerPlanned + slope * (r.cellSpend[x] - planned);
            }
        }
    }
    double total = 0;
    for (int p : c.pods) {
        for (int g = 0; g < kGroupCount; ++g) {
            double& v = r.cellSpend[r.cell(t, g, p)];
            v *= 1.0 + c.cquinRate;
            total += v;
        }
    }
    return total;
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

    double priceIndex = 1.0; // prod(1 + uplift[u], u < t)
    for (int t = 0; t < T; ++t) {
        const auto ut = static_cast<std::size_t>(t);
        if (t > 0)
            priceIndex *= 1.0 + m.priceUplift[ut - 1];

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
            // Intervention costs, uplifted with prices.
            double cost = 0;
            if (t >= iv.startYear) {
                cost = iv.fixedCostPerYear + iv.costPerParticipant * participants;
                if (t == iv.startYear)
                    cost += iv.oneOffCost;
                cost *= priceIndex;
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

        // Step 5: payment per contract.
        for (int c = 0; c < C; ++c) {
            const CompiledContract& cc = m.contracts[static_cast<std::size_t>(c)];
            double payment = 0;
            switch (cc.mechanism) {
            case Mechanism::ActivityTariff:
                payment = payActivityTariff(r, m, cc, t, priceIndex);
                break;
            case Mechanism::Block:
                payment = cc.fixedValue * priceIndex;
                allocate(r, cc, t, payment);
                break;
            case Mechanism::Blended: {
                const double fixed = cc.fixedValue * priceIndex;
                allocate(r, cc, t, fixed);
                double variable = 0;
                for (int p : cc.pods) {
                    const double price = r.priceAt(t, p);
                    for (int g = 0; g < kGroupCount; ++g) {
                        const std::size_t x = r.cell(t, g, p);
                        variable +=
                            cc.variableRate * (r.activity[x] - r.baselineActivity[x]) * price;
                    }
                }
                // The variable element may reduce the payment to zero, no
                // further: a provider is never paid a negative amount.
                const bool floored = fixed + variable < 0;
                const double scale = floored ? -fixed / variable : 1.0;
                for (int p : cc.pods) {
                    const double price = r.priceAt(t, p);
                    for (int g = 0; g < kGroupCount; ++g) {
                        const std::size_t x = r.cell(t, g, p);
                        r.cellSpend[x] += scale * cc.variableRate *
                                          (r.activity[x] - r.baselineActivity[x]) * price;
                    }
                }
                payment = floored ? 0.0 : fixed + variable;
                break;
            }
            case Mechanism::Capitated: {
                double people = 0;
                for (int g = 0; g < kGroupCount; ++g)
                    people += r.population[ut * kGroupCount + static_cast<std::size_t>(g)];
                payment = cc.capitationPerHead * priceIndex * people;
                allocate(r, cc, t, payment);
                break;
            }
            }
            r.contractPayment[ut * static_cast<std::size_t>(C) + static_cast<std::size_t>(c)] =
                payment;
            r.spendByProvider[ut * static_cast<std::size_t>(K + 1) +
                              static_cast<std::size_t>(cc.provider)] += payment;
            r.contractSpend[ut] += payment;
        }

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
        r.totalSpend[ut] = r.contractSpend[ut] + r.interventionSpend[ut];
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
        const struct {
            double difference;
            const char* between;
        } checks[] = {
            {bySetting - total, "total spend and spend by setting"},
            {byProvider - total, "total spend and spend by provider"},
            {byGroup - total, "total spend and spend by patient group"},
            {byPod + interventions - total,
             "total spend and spend by point of delivery plus intervention costs"},
            {contracts + interventions - total,
             "total spend and contract spend plus intervention costs"},
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
