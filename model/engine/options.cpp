#include "engine/options.h"

#include "engine/validate.h"
#include "engine/words.h"

#include <algorithm>
#include <exception>

namespace careshift {

OptionSummary summarise(const Project& project, const Scenario& scenario, const Appraisal& a) {
    OptionSummary o;
    const Impact& im = a.impact;
    o.investment = im.investment;
    o.netSaving = im.netSaving;
    o.npv = im.npv;
    o.npvCash = im.npvCash;
    o.roi = im.roi;
    o.paybackYear = im.paybackYear;
    o.admissionsAvoided = im.admissionsAvoided;
    o.bedDaysAvoided = im.bedDaysAvoided;
    if (!a.cohorts.empty()) {
        o.qalysGained = a.cohorts.front().qalysGained;
        o.incrementalCost = a.cohorts.front().incrementalCost;
    }
    for (std::size_t k = 0; k < im.providers.size(); ++k) {
        if (im.providers[k].marginChange < o.worstMarginChange) {
            o.worstMarginChange = im.providers[k].marginChange;
            o.worstProvider = project.providers[k].name.empty() ? project.providers[k].id
                                                                : project.providers[k].name;
        }
    }
    for (const YearImpact& y : im.years)
        o.netSavingByYear.push_back(y.netSaving);
    const OutcomeResult outcomes = projectOutcomes(project, scenario, a.baseline, a.scenario);
    if (outcomes.years > 0) {
        const auto last = static_cast<std::size_t>(outcomes.years - 1);
        o.baselineOutcomeScore = outcomes.baselineScore[last];
        o.outcomeScore = outcomes.scenarioScore[last];
        o.cellsChangingRating = outcomes.cellsChangingRating(outcomes.years - 1);
        for (const CellOutcome& c : outcomes.cells) {
            const Rag before = ragOfScore(c.baselineScore[last]);
            const Rag after = ragOfScore(c.scenarioScore[last]);
            if (before == Rag::None || after == Rag::None || before == after)
                continue;
            (after > before ? o.cellsBetter : o.cellsWorse) += 1;
        }
    }
    return o;
}

namespace {
OptionSummary option(const Project& project, const Scenario& scenario, std::string id,
                     std::string name) {
    OptionSummary o;
    try {
        o = summarise(project, scenario, appraise(project, scenario));
    } catch (const InvalidProjectError& e) {
        o.error = e.problems().empty() ? std::string("cannot be projected")
                                       : e.problems().front().toString();
    } catch (const std::exception& e) {
        o.error = e.what();
    }
    o.id = std::move(id);
    o.name = std::move(name);
    return o;
}
} // namespace

std::vector<OptionSummary> compareScenarios(const Project& project) {
    std::vector<OptionSummary> out;
    for (const Scenario& s : project.scenarios)
        out.push_back(option(project, s, s.id, s.name));
    return out;
}

std::vector<int> regimeContracts(const Project& project) {
    std::vector<int> national;
    std::vector<int> tariff;
    for (std::size_t c = 0; c < project.contracts.size(); ++c) {
        const Contract& x = project.contracts[c];
        if (x.regime != Regime::Custom || (x.changeYear > 0 && x.laterRegime != Regime::Custom)) {
            national.push_back(static_cast<int>(c));
            continue;
        }
        // A hospital contract: paid by tariff for activity the national rules
        // name (emergency, excess bed days, A&E, elective). Care homes and
        // prescribing are paid by tariff too, but never under these rules.
        const bool hospital =
            std::any_of(project.pods.begin(), project.pods.end(), [&](const Pod& pod) {
                return pod.contractId == x.id && pod.role != PodRole::Other;
            });
        if (x.mechanism == Mechanism::ActivityTariff && hospital)
            tariff.push_back(static_cast<int>(c));
    }
    return national.empty() ? tariff : national;
}

Project underRegime(const Project& project, Regime regime) {
    Project p = project;
    for (int c : regimeContracts(project)) {
        Contract& x = p.contracts[static_cast<std::size_t>(c)];
        x.regime = regime;
        x.changeYear = 0;
    }
    return p;
}

std::vector<OptionSummary> compareRegimes(const Project& project, const Scenario& scenario) {
    std::vector<OptionSummary> out;
    out.push_back(
        option(project, scenario, "project", CARESHIFT_WORD("As the project's contracts say")));
    // The scenario's own rules for a re-ruled contract would hide the regime.
    Scenario s = scenario;
    const std::vector<int> ruled = regimeContracts(project);
    std::erase_if(s.contractRules, [&](const ContractRule& r) {
        const int c = project.contractIndex(r.contractId);
        return std::find(ruled.begin(), ruled.end(), c) != ruled.end();
    });
    for (Regime r : kPresets)
        out.push_back(option(underRegime(project, r), s, std::string(regimeKey(r)),
                             std::string(regimeName(r))));
    out.push_back(option(underRegime(project, Regime::National), s,
                         std::string(regimeKey(Regime::National)),
                         std::string(regimeName(Regime::National))));
    return out;
}

std::vector<cohort::FrontierEntry> optionsFrontier(const std::vector<OptionSummary>& options) {
    std::vector<cohort::FrontierInput> in;
    for (const OptionSummary& o : options)
        if (o.error.empty() && o.qalysGained)
            in.push_back({o.id, o.incrementalCost, *o.qalysGained});
    return in.size() >= 2 ? cohort::frontier(in) : std::vector<cohort::FrontierEntry>{};
}

} // namespace careshift
