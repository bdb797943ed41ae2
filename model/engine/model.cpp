#include "engine/model.h"

#include "engine/validate.h"

#include <algorithm>
#include <stdexcept>

namespace careshift {

PodTariff podTariff(const Project& project, const Pod& pod) {
    if (pod.hrgMix.empty())
        return {pod.price, pod.bedDaysPerUnit};
    PodTariff out{0, 0};
    for (const HrgShare& s : pod.hrgMix) {
        const auto it = std::find_if(project.tariff.begin(), project.tariff.end(),
                                     [&](const HrgTariff& t) { return t.code == s.hrg; });
        if (it == project.tariff.end())
            continue; // validation refuses it before any projection
        double spell = 0;
        int trim = 0;
        if (pod.role == PodRole::EmergencyAdmission) {
            spell = it->nonElectivePrice;
            trim = it->nonElectiveTrimPoint;
        } else if (s.lengthOfStay == 0) {
            spell = it->dayCasePrice; // an elective stay of 0 days: a day case
            trim = 0;
        } else {
            spell = it->electivePrice;
            trim = it->electiveTrimPoint;
        }
        const double excessDays = std::max(0.0, s.lengthOfStay - trim);
        out.price += s.share * (spell + excessDays * it->excessBedDayPrice);
        out.bedDaysPerUnit += s.share * s.lengthOfStay;
    }
    return out;
}

namespace {

/// The project's cohort models, with the values of the base model and of
/// each enabled intervention's strategy for every year of the horizon (and
/// one more, for the end of the last year). validate() has compiled each.
void compileCohorts(const Project& project, const Scenario& scenario, Model& m) {
    for (const auto& model : project.cohorts) {
        CompiledCohort c;
        c.group = static_cast<int>(*groupFromKey(model.group));
        std::vector<cohort::CohortError> errors;
        c.model = cohort::compileCached(model, errors);
        if (!c.model)
            throw std::logic_error("a validated cohort model did not compile");
        const int cycles = m.years();
        cohort::CohortError error;
        if (!c.model->values(-1, cycles, c.base, error))
            throw InvalidProjectError(
                {Problem{"Cohort model '" + (model.name.empty() ? model.id : model.name) + "'", "",
                         error.text(), FieldPath{Kind::Population, model.group, ""}}});
        for (const auto& item : scenario.items) {
            if (!item.enabled)
                continue;
            cohort::CycleValues arm;
            for (std::size_t s = 0; s < model.strategies.size(); ++s)
                if (model.strategies[s].intervention == item.interventionId &&
                    !c.model->values(static_cast<int>(s), cycles, arm, error))
                    throw InvalidProjectError({Problem{
                        "Cohort model '" + (model.name.empty() ? model.id : model.name) + "'", "",
                        error.text(), FieldPath{Kind::Population, model.group, ""}}});
            c.arms.push_back(std::move(arm));
        }
        for (const auto& pod : c.model->activityPods())
            c.pods.push_back(project.podIndex(pod));
        m.cohorts.push_back(std::move(c));
    }
}

} // namespace

Model Model::compile(const Project& project, const Scenario& scenario) {
    auto problems = validate(project);
    auto scenarioProblems = validateScenario(project, scenario);
    problems.insert(problems.end(), scenarioProblems.begin(), scenarioProblems.end());
    if (!problems.empty())
        throw InvalidProjectError(std::move(problems));

    Model m;
    const int T = project.assumptions.horizon;
    const int P = static_cast<int>(project.pods.size());
    const auto uT = static_cast<std::size_t>(T);
    const auto uP = static_cast<std::size_t>(P);
    m.m_years = T;
    m.m_pods = P;
    m.m_providers = static_cast<int>(project.providers.size());

    m.populationBase.assign(kGroupCount, 0.0);
    m.populationGrowth.assign(kGroupCount * uT, 0.0);
    for (const auto& pop : project.population) {
        const auto g = static_cast<std::size_t>(pop.group);
        m.populationBase[g] = pop.baseCount;
        for (int t = 0; t < T; ++t)
            m.populationGrowth[g * uT + static_cast<std::size_t>(t)] = seriesAt(pop.growth, t);
    }

    m.ratePerCapita.assign(kGroupCount * uP, 0.0);
    for (const auto& a : project.activity) {
        const auto g = static_cast<std::size_t>(a.group);
        const auto p = static_cast<std::size_t>(project.podIndex(a.pod));
        m.ratePerCapita[g * uP + p] = a.ratePer1000 / 1000.0;
    }

    m.price.resize(uP);
    m.ndg.resize(uP * uT);
    m.podSetting.resize(uP);
    m.podContract.resize(uP);
    m.podRole.resize(uP);
    m.bedDaysPerUnit.resize(uP);
    for (std::size_t p = 0; p < uP; ++p) {
        const Pod& pod = project.pods[p];
        const PodTariff priced = podTariff(project, pod);
        m.price[p] = priced.price;
        for (std::size_t t = 0; t < uT; ++t)
            m.ndg[p * uT + t] = seriesAt(pod.nonDemographicGrowth, static_cast<int>(t));
        m.podSetting[p] = static_cast<int>(pod.setting);
        m.podContract[p] = project.contractIndex(pod.contractId);
        m.podRole[p] = static_cast<int>(pod.role);
        m.bedDaysPerUnit[p] = priced.bedDaysPerUnit;
    }

    m.priceUplift.resize(uT);
    for (int t = 0; t < T; ++t)
        m.priceUplift[static_cast<std::size_t>(t)] = seriesAt(project.assumptions.priceUplift, t);

    m.costUplift.resize(uT);
    for (int t = 0; t < T; ++t)
        m.costUplift[static_cast<std::size_t>(t)] = seriesAt(project.assumptions.costUplift, t);
    m.reinvestWithheld = project.assumptions.reinvestWithheld;

    m.mff.resize(project.providers.size());
    for (std::size_t k = 0; k < project.providers.size(); ++k) {
        const Provider& pr = project.providers[k];
        m.mff[k] = pr.mff;
        m.providerCosts.push_back({pr.variableCostShare, pr.semiFixedCostShare, pr.wardBeds,
                                   pr.wardOccupancy, pr.baselineMargin});
    }

    for (const auto& c : project.contracts) {
        CompiledContract cc;
        cc.provider = project.providerIndex(c.providerId);
        // A scenario's own rules for the contract apply in every year.
        Contract ruled = c;
        for (const ContractRule& rule : scenario.contractRules) {
            if (rule.contractId == c.id) {
                ruled.regime = rule.regime;
                ruled.changeYear = 0;
            }
        }
        for (int t = 0; t < T; ++t)
            cc.terms.push_back(termsFor(ruled, project.commissioner.baseYear + t));
        m.contracts.push_back(std::move(cc));
    }
    for (int p = 0; p < P; ++p)
        m.contracts[static_cast<std::size_t>(m.podContract[static_cast<std::size_t>(p)])]
            .pods.push_back(p);

    for (const auto& item : scenario.items) {
        if (!item.enabled)
            continue;
        const Intervention& iv = *project.findIntervention(item.interventionId);
        CompiledIntervention ci;
        ci.group = static_cast<int>(iv.group);
        ci.coverage = iv.coverage;
        ci.activityRatio = iv.activityRatio;
        ci.startYear = iv.startYear;
        ci.ramp.assign(uT, 0.0);
        for (int t = iv.startYear; t < T; ++t)
            ci.ramp[static_cast<std::size_t>(t)] = seriesAt(iv.rampUp, t - iv.startYear);
        ci.oneOffCost = iv.oneOffCost;
        ci.fixedCostPerYear = iv.fixedCostPerYear;
        ci.costPerParticipant = iv.costPerParticipant;
        ci.costSetting = static_cast<int>(iv.costSetting);
        ci.costProvider = iv.costProviderId.empty() ? -1 : project.providerIndex(iv.costProviderId);
        ci.change.assign(uP, 0.0);
        for (const auto& e : iv.effects)
            ci.change[static_cast<std::size_t>(project.podIndex(e.pod))] = e.change;
        for (const auto& s : iv.substitutions)
            ci.substitutions.push_back(
                {project.podIndex(s.fromPod), project.podIndex(s.toPod), s.unitsPerAvoided});
        m.interventions.push_back(std::move(ci));
    }
    compileCohorts(project, scenario, m);
    return m;
}

double& Model::param(const ParamId& id) {
    const auto a = static_cast<std::size_t>(id.a);
    const auto b = static_cast<std::size_t>(id.b);
    const auto uT = static_cast<std::size_t>(m_years);
    const auto uP = static_cast<std::size_t>(m_pods);
    switch (id.kind) {
    case ParamKind::PopulationBase:
        return populationBase.at(a);
    case ParamKind::PopulationGrowth:
        return populationGrowth.at(a * uT + b);
    case ParamKind::ActivityRatePerCapita:
        return ratePerCapita.at(a * uP + b);
    case ParamKind::Price:
        return price.at(a);
    case ParamKind::NonDemographicGrowth:
        return ndg.at(a * uT + b);
    case ParamKind::PriceUplift:
        return priceUplift.at(a);
    case ParamKind::CostUplift:
        return costUplift.at(a);
    case ParamKind::Mff:
        return mff.at(a);
    case ParamKind::Coverage:
        return interventions.at(a).coverage;
    case ParamKind::ActivityRatio:
        return interventions.at(a).activityRatio;
    case ParamKind::EffectChange:
        return interventions.at(a).change.at(b);
    case ParamKind::OneOffCost:
        return interventions.at(a).oneOffCost;
    case ParamKind::FixedCostPerYear:
        return interventions.at(a).fixedCostPerYear;
    case ParamKind::CostPerParticipant:
        return interventions.at(a).costPerParticipant;
    case ParamKind::EffectScale:
        return effectScale;
    }
    throw std::out_of_range("unknown parameter kind");
}

} // namespace careshift
