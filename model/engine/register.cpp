#include "engine/register.h"

#include "engine/describe.h"
#include "engine/format.h"
#include "engine/outcomes.h"
#include "engine/words.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <type_traits>

namespace careshift {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/// A field key as words: "costPerParticipant" -> "cost per participant",
/// with the names a commissioner uses for the abbreviated ones.
std::string keyWords(std::string_view key) {
    static const std::map<std::string_view, std::string_view> named = {
        {"mff", "market forces factor"},
        {"cquinRate", "CQUIN rate"},
        {"nelThreshold", "non-elective threshold"},
        {"nelMarginalRate", "non-elective marginal rate"},
        {"bptTopUp", "best practice tariff top-up"},
        {"bptCompliantShare", "best practice tariff compliant share"},
        {"ratePer1000", "rate per 1,000"},
        {"baseCount", "people in the base year"},
        {"qalyThreshold", "threshold per QALY"},
        {"startYear", "start year"},
        {"change", "change"},
    };
    if (auto it = named.find(key); it != named.end())
        return std::string(it->second);
    std::string words;
    for (char c : key) {
        if (std::isupper(static_cast<unsigned char>(c))) {
            words += ' ';
            words += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            words += c;
        }
    }
    return words;
}

/// A per-year series: "2.0%" when constant, else "2.0%, 1.5%, ... (last carried forward)".
std::string seriesText(const Field& f, const std::vector<double>& series) {
    if (series.empty())
        return "none";
    Field entry = f;
    entry.unit = Unit::Fraction;
    std::string text;
    for (std::size_t i = 0; i < series.size(); ++i) {
        if (i != 0)
            text += ", ";
        text += entry.valueText(series[i]);
    }
    return series.size() > 1 ? text + " (by year; the last carries forward)" : text;
}

/// One field's value as text, in the field's unit; empty for text fields.
/// A year of the projection is its financial year (`baseYear` + index);
/// money keeps its pence when it has any (£1,600.50).
template <class M> std::string valueText(const Field& f, const M& member, int baseYear) {
    if constexpr (std::is_same_v<M, std::string>) {
        return {};
    } else if constexpr (std::is_same_v<M, bool>) {
        return member ? "yes" : "no";
    } else if constexpr (std::is_same_v<M, std::vector<double>>) {
        return seriesText(f, member);
    } else if constexpr (std::is_enum_v<M>) {
        return std::string(EnumInfo<M>::name(member));
    } else {
        const auto v = static_cast<double>(member);
        if (f.unit == Unit::YearIndex)
            return formatFinancialYear(baseYear + static_cast<int>(v));
        if (f.unit == Unit::Money && std::isfinite(v) && v != std::round(v))
            return formatMoneyPence(v);
        return f.valueText(v);
    }
}

/// The numbers, series, choices and flags of an object as "key value; ...".
/// Names, ids, references, notes and sources are not inputs, and a field
/// left at its default (a contract's unused CQUIN rate, a threshold of 0 =
/// none) is not listed unless it is required or nothing else would be;
/// `skip` names a field listed elsewhere (a price with its own source).
template <class T>
std::string inputsText(const T& object, int baseYear, std::string_view skip = {}) {
    std::vector<std::string> defaults;
    describe(T{}, [&](const Field& f, const auto& member) {
        defaults.push_back(valueText(f, member, baseYear));
    });
    std::string all;
    std::string changed;
    std::size_t i = 0;
    describe(object, [&](const Field& f, const auto& member) {
        const std::string value = valueText(f, member, baseYear);
        const bool isDefault = i < defaults.size() && defaults[i] == value;
        ++i;
        if (value.empty() || f.key == skip)
            return;
        const std::string item = keyWords(f.key) + " " + value;
        all += (all.empty() ? "" : "; ") + item;
        if (!isDefault || f.required)
            changed += (changed.empty() ? "" : "; ") + item;
    });
    return changed.empty() ? all : changed;
}

std::string podLabel(const Project& p, const std::string& code) {
    const int i = p.podIndex(code);
    if (i < 0)
        return code;
    const Pod& pod = p.pods[static_cast<std::size_t>(i)];
    return pod.name.empty() ? code : pod.name + " (" + code + ")";
}

std::string metricName(const Project& p, const std::string& id) {
    for (const Metric& m : p.metrics)
        if (m.id == id)
            return m.name.empty() ? id : m.name;
    return id;
}

/// "relative change -10.0%" or "absolute change +2.0 pts" (in the metric's unit).
std::string metricEffectText(const Project& p, const MetricEffect& e) {
    if (e.mode == EffectMode::Relative)
        return "relative change " + formatPercent(e.change, 1);
    for (const Metric& m : p.metrics)
        if (m.id == e.metric)
            return "absolute change " + formatMetricChange(m.unit, e.change);
    return "absolute change " + formatDecimal(e.change, 2);
}

/// Entries in order, each input once: a second scenario relying on an input
/// is added to the entry's scenario list.
class Builder {
public:
    Builder(std::vector<std::string> allNames, std::vector<std::string> allIds)
        : m_all(std::move(allNames))
        , m_allIds(std::move(allIds)) {}

    /// `scenario` empty: an input every scenario relies on.
    void add(std::string area, std::string item, std::string inputs, const std::string& source,
             const Scenario* scenario) {
        const std::string key = area + '\x1f' + item + '\x1f' + inputs + '\x1f' + source;
        auto it = m_index.find(key);
        if (it == m_index.end()) {
            it = m_index.emplace(key, m_entries.size()).first;
            m_entries.push_back(RegisterEntry{std::move(area),
                                              std::move(item),
                                              std::move(inputs),
                                              source,
                                              classifySource(source),
                                              {},
                                              {}});
        }
        RegisterEntry& e = m_entries[it->second];
        if (!scenario) {
            e.scenarios = m_all;
            e.scenarioIds = m_allIds;
            return;
        }
        if (std::find(e.scenarioIds.begin(), e.scenarioIds.end(), scenario->id) ==
            e.scenarioIds.end()) {
            e.scenarioIds.push_back(scenario->id);
            e.scenarios.push_back(scenario->name.empty() ? scenario->id : scenario->name);
        }
    }
    std::vector<RegisterEntry> take() { return std::move(m_entries); }

private:
    std::vector<std::string> m_all;
    std::vector<std::string> m_allIds;
    std::vector<RegisterEntry> m_entries;
    std::map<std::string, std::size_t> m_index;
};

} // namespace

Evidence classifySource(const std::string& source) {
    const std::string s = lower(source);
    if (s.find_first_not_of(" \t\r\n") == std::string::npos)
        return Evidence::Unsourced;
    for (const char* word : {"illustrative", "assumption", "assumed", "made-up", "placeholder",
                             "not confirmed", "unconfirmed", "check before"})
        if (s.find(word) != std::string::npos)
            return Evidence::Illustrative;
    for (const char* word : {"set so that", "set with", "calibrated", "chosen so"})
        if (s.find(word) != std::string::npos)
            return Evidence::Calibrated;
    return Evidence::Published;
}

std::string evidenceName(Evidence evidence) {
    switch (evidence) {
    case Evidence::Published:
        return CARESHIFT_WORD("Published");
    case Evidence::Calibrated:
        return CARESHIFT_WORD("Calibrated");
    case Evidence::Illustrative:
        return CARESHIFT_WORD("Illustrative");
    case Evidence::Unsourced:
        break;
    }
    return CARESHIFT_WORD("No source");
}

std::vector<int> evidenceCounts(const std::vector<RegisterEntry>& entries) {
    std::vector<int> counts(4, 0);
    for (const RegisterEntry& e : entries)
        ++counts[static_cast<std::size_t>(e.evidence)];
    return counts;
}

std::vector<RegisterEntry> assumptionRegister(const Project& p,
                                              const std::vector<std::string>& scenarioIds) {
    std::vector<const Scenario*> chosen;
    for (const Scenario& s : p.scenarios)
        if (scenarioIds.empty() ||
            std::find(scenarioIds.begin(), scenarioIds.end(), s.id) != scenarioIds.end())
            chosen.push_back(&s);
    std::vector<std::string> names;
    std::vector<std::string> ids;
    for (const Scenario* s : chosen) {
        names.push_back(s->name.empty() ? s->id : s->name);
        ids.push_back(s->id);
    }
    Builder b(names, ids);
    const int base = p.commissioner.baseYear;

    // What every scenario relies on: the base year and the appraisal's rules.
    b.add("Commissioner", p.commissioner.name,
          "base year " + formatFinancialYear(p.commissioner.baseYear), p.commissioner.source,
          nullptr);
    b.add("Assumptions", "Appraisal", inputsText(p.assumptions, base), p.assumptions.source,
          nullptr);

    for (const Scenario* scenario : chosen) {
        for (const ScenarioItem& item : scenario->items) {
            const Intervention* iv =
                item.enabled ? p.findIntervention(item.interventionId) : nullptr;
            if (!iv)
                continue;
            const std::string ivName = iv->name.empty() ? iv->id : iv->name;
            b.add("Intervention", ivName, inputsText(*iv, base), iv->source, scenario);
            std::set<std::string> pods;
            for (const ActivityEffect& e : iv->effects) {
                b.add("Effect", ivName + ": " + podLabel(p, e.pod), inputsText(e, base), e.source,
                      scenario);
                pods.insert(e.pod);
            }
            for (const Substitution& sub : iv->substitutions) {
                b.add("Substitution",
                      ivName + ": " + podLabel(p, sub.fromPod) + " to " + podLabel(p, sub.toPod),
                      inputsText(sub, base), sub.source, scenario);
                pods.insert(sub.fromPod);
                pods.insert(sub.toPod);
            }
            for (const MetricEffect& m : iv->metricEffects)
                b.add("Outcome effect", ivName + ": " + metricName(p, m.metric),
                      metricEffectText(p, m), m.source, scenario);

            // The baseline the intervention changes.
            for (const Population& pop : p.population)
                if (pop.group == iv->group)
                    b.add("Population", std::string(groupName(pop.group)), inputsText(pop, base),
                          pop.source, scenario);
            std::set<std::string> contracts;
            std::set<std::string> providers;
            if (!iv->costProviderId.empty())
                providers.insert(iv->costProviderId);
            for (const std::string& code : pods) {
                for (const Activity& a : p.activity)
                    if (a.pod == code && a.group == iv->group)
                        b.add("Activity",
                              podLabel(p, code) + ", " + std::string(groupName(a.group)),
                              inputsText(a, base), a.source, scenario);
                const int pi = p.podIndex(code);
                if (pi < 0)
                    continue;
                const Pod& pod = p.pods[static_cast<std::size_t>(pi)];
                if (!pod.priceSource.empty() && pod.priceSource != pod.source)
                    b.add("Price", podLabel(p, code),
                          "price " +
                              Field{.key = "price", .unit = Unit::Money}.valueText(pod.price),
                          pod.priceSource, scenario);
                // A price with its own source has its own row, not repeated here.
                const bool ownPrice = !pod.priceSource.empty() && pod.priceSource != pod.source;
                b.add("Point of delivery", podLabel(p, code),
                      inputsText(pod, base, ownPrice ? "price" : ""), pod.source, scenario);
                contracts.insert(pod.contractId);
            }
            for (const std::string& id : contracts) {
                const int ci = p.contractIndex(id);
                if (ci < 0)
                    continue;
                const Contract& c = p.contracts[static_cast<std::size_t>(ci)];
                b.add("Contract", c.name.empty() ? c.id : c.name, inputsText(c, base), c.source,
                      scenario);
                providers.insert(c.providerId);
            }
            for (const std::string& id : providers) {
                const int pi = p.providerIndex(id);
                if (pi < 0)
                    continue;
                const Provider& pr = p.providers[static_cast<std::size_t>(pi)];
                b.add("Provider", pr.name.empty() ? pr.id : pr.name, inputsText(pr, base),
                      pr.source, scenario);
            }
            for (const MetricEffect& m : iv->metricEffects)
                for (const Metric& metric : p.metrics)
                    if (metric.id == m.metric)
                        b.add("Outcome metric", metric.name.empty() ? metric.id : metric.name,
                              inputsText(metric, base), metric.source, scenario);
        }
    }

    // Cohort models run for every scenario that has them (the first is tied
    // to the options' QALYs): the model and each sourced parameter.
    for (const cohort::Model& m : p.cohorts) {
        const std::string mName = m.name.empty() ? m.id : m.name;
        b.add("Cohort model", mName,
              "cycle " + formatDecimal(m.cycleLength, 2) + " years; cost discount " +
                  formatPercent(m.costDiscount, 1) + "; outcome discount " +
                  formatPercent(m.outcomeDiscount, 1),
              m.source, nullptr);
        auto parameterText = [](const cohort::Parameter& par) {
            return par.table.empty()
                       ? par.name + " = " + par.value
                       : par.name + ": a table of " + std::to_string(par.table.size()) + " rows";
        };
        auto changedByStrategy = [&m](const std::string& name) {
            for (const cohort::Strategy& st : m.strategies)
                for (const cohort::Parameter& par : st.parameters)
                    if (par.name == name)
                        return true;
            return false;
        };
        for (const cohort::Parameter& par : m.parameters)
            b.add("Cohort parameter", mName + ": " + par.name,
                  parameterText(par) +
                      (changedByStrategy(par.name) ? " (without an intervention)" : ""),
                  par.source, nullptr);
        // A strategy's parameters are its intervention's effect in the model
        // (the frailty team's slower progression): relied on by the options
        // that switch that intervention on.
        for (const cohort::Strategy& st : m.strategies) {
            std::vector<const Scenario*> users;
            for (const Scenario* scenario : chosen)
                for (const ScenarioItem& item : scenario->items)
                    if (item.enabled && item.interventionId == st.intervention)
                        users.push_back(scenario);
            if (!st.intervention.empty() && users.empty())
                continue;
            const std::string sName = st.name.empty() ? st.id : st.name;
            for (const cohort::Parameter& par : st.parameters) {
                const std::string& source = par.source.empty() ? st.source : par.source;
                std::string item = mName;
                item += ": " + sName + ": " + par.name;
                if (st.intervention.empty())
                    b.add("Cohort strategy", item, parameterText(par), source, nullptr);
                for (const Scenario* scenario : users)
                    b.add("Cohort strategy", item, parameterText(par), source, scenario);
            }
        }
        for (const cohort::State& st : m.states)
            if (!st.source.empty())
                b.add("Cohort state", mName + ": " + (st.name.empty() ? st.id : st.name),
                      "cost " + st.cost + "; utility " + st.utility, st.source, nullptr);
        for (const cohort::Transition& t : m.transitions)
            if (!t.source.empty())
                b.add("Cohort transition", mName + ": " + t.from + " to " + t.to,
                      "probability " + t.probability, t.source, nullptr);
    }
    return b.take();
}

} // namespace careshift
