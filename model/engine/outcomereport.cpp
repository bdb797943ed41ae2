#include "engine/outcomereport.h"

#include "engine/format.h"
#include "engine/report.h"

#include <cmath>
#include <cstdio>

namespace careshift {

namespace {

std::string scoreText(const std::optional<double>& s) {
    return s ? formatDecimal(*s, 1) : std::string("n/a");
}

std::string ragText(Rag r) {
    return std::string(ragSymbol(r)) + " " + std::string(ragWord(r));
}

std::string jsonNumber(double v, int decimals) {
    return std::isfinite(v) ? formatDecimal(v, decimals) : std::string("null");
}

std::string jsonScore(const std::optional<double>& s) {
    return s ? formatDecimal(*s, 4) : std::string("null");
}

std::string scoreChange(const std::optional<double>& b, const std::optional<double>& s) {
    if (!b || !s)
        return "n/a";
    const double d = *s - *b;
    return (d > 0 ? "+" : "") + formatDecimal(d, 1);
}

std::string csvScore(const std::optional<double>& s) {
    return s ? formatDecimal(*s, 4) : std::string();
}

/// Enough decimals to carry a metric's value exactly as the engine has it.
constexpr int kValueDecimals = 6;

} // namespace

void writeOutcomesTable(std::ostream& out, const Project& p, const Scenario& scenario,
                        const OutcomeResult& o, int t) {
    const auto ut = static_cast<std::size_t>(t);
    out << p.commissioner.name << ": outcomes of " << scenario.name << " against the baseline in "
        << formatFinancialYear(p.commissioner.baseYear + t) << "\n"
        << "Score: 0 at the red boundary, 100 at the green one (red below 0, green 100 or more)\n";
    for (Group g : kAllGroups) {
        const GroupOutcome& go = o.groups[static_cast<std::size_t>(g)];
        out << "\n"
            << groupName(g) << " (weight " << formatPercent(go.weight, 1) << "): score "
            << scoreText(go.baselineScore[ut]) << " -> " << scoreText(go.scenarioScore[ut]) << " ("
            << scoreChange(go.baselineScore[ut], go.scenarioScore[ut]) << ")\n";
        for (Lens l : kAllLenses) {
            const CellOutcome& c = o.cell(g, l);
            out << "  " << lensName(l) << " (weight "
                << formatPercent(go.lensWeights[static_cast<std::size_t>(l)], 1) << "): score "
                << scoreText(c.baselineScore[ut]) << " -> " << scoreText(c.scenarioScore[ut])
                << ", " << ragText(ragOfScore(c.baselineScore[ut])) << " -> "
                << ragText(ragOfScore(c.scenarioScore[ut])) << "\n";
            if (c.metrics.empty())
                out << "    no metric\n";
            for (int i : c.metrics) {
                const Metric& m = p.metrics[static_cast<std::size_t>(i)];
                const MetricOutcome& mo = o.metrics[static_cast<std::size_t>(i)];
                out << "    " << m.name << ": " << formatMetricValue(m.unit, mo.baseline[ut])
                    << " -> " << formatMetricValue(m.unit, mo.scenario[ut]) << " ("
                    << formatMetricChange(m.unit, mo.scenario[ut] - mo.baseline[ut]) << "), "
                    << ragText(mo.baselineRag[ut]) << " -> " << ragText(mo.scenarioRag[ut]);
                if (mo.rankOf > 0)
                    out << ", " << formatRank(mo.baselineRank[ut], mo.rankOf) << " -> "
                        << formatRank(mo.scenarioRank[ut], mo.rankOf);
                out << "\n";
            }
        }
    }
    out << "\nOverall score: " << scoreText(o.baselineScore[ut]) << " -> "
        << scoreText(o.scenarioScore[ut]) << " ("
        << scoreChange(o.baselineScore[ut], o.scenarioScore[ut])
        << "); cells changing rating: " << o.cellsChangingRating(t) << " of "
        << kGroupCount * kLensCount << "\n";
    for (const std::string& note : o.notes)
        out << "Note: " << note << "\n";
}

void writeOutcomesCsv(std::ostream& out, const Project& p, const OutcomeResult& o, int t) {
    const auto ut = static_cast<std::size_t>(t);
    out << "year,group,lens,metric,unit,direction,baseline,scenario,change,rating baseline,"
           "rating scenario,rank baseline,rank scenario,of,score baseline,score scenario,"
           "weight\n";
    const std::string year = formatFinancialYear(p.commissioner.baseYear + t);
    for (std::size_t i = 0; i < p.metrics.size(); ++i) {
        const Metric& m = p.metrics[i];
        const MetricOutcome& mo = o.metrics[i];
        const CellOutcome& c = o.cell(m.group, m.lens);
        double weight = 0;
        for (std::size_t k = 0; k < c.metrics.size(); ++k)
            if (c.metrics[k] == static_cast<int>(i))
                weight = c.weights[k];
        out << year << ',' << groupKey(m.group) << ',' << lensKey(m.lens) << ',' << csvText(m.name)
            << ',' << metricUnitKey(m.unit) << ',' << directionKey(m.direction) << ','
            << formatDecimal(mo.baseline[ut], kValueDecimals) << ','
            << formatDecimal(mo.scenario[ut], kValueDecimals) << ','
            << formatDecimal(mo.scenario[ut] - mo.baseline[ut], kValueDecimals) << ','
            << ragKey(mo.baselineRag[ut]) << ',' << ragKey(mo.scenarioRag[ut]) << ','
            << (mo.rankOf ? std::to_string(mo.baselineRank[ut]) : std::string()) << ','
            << (mo.rankOf ? std::to_string(mo.scenarioRank[ut]) : std::string()) << ','
            << (mo.rankOf ? std::to_string(mo.rankOf) : std::string()) << ','
            << csvScore(mo.baselineScore[ut]) << ',' << csvScore(mo.scenarioScore[ut]) << ','
            << formatDecimal(weight, 6) << '\n';
    }
    auto scoreLine = [&](const std::string& group, const std::string& lens,
                         const std::optional<double>& b, const std::optional<double>& s,
                         double weight) {
        out << year << ',' << group << ',' << lens << ",,,,,,," << ragKey(ragOfScore(b)) << ','
            << ragKey(ragOfScore(s)) << ",,,," << csvScore(b) << ',' << csvScore(s) << ','
            << formatDecimal(weight, 6) << '\n';
    };
    for (Group g : kAllGroups) {
        const GroupOutcome& go = o.groups[static_cast<std::size_t>(g)];
        for (Lens l : kAllLenses) {
            const CellOutcome& c = o.cell(g, l);
            scoreLine(std::string(groupKey(g)), std::string(lensKey(l)), c.baselineScore[ut],
                      c.scenarioScore[ut], go.lensWeights[static_cast<std::size_t>(l)]);
        }
        scoreLine(std::string(groupKey(g)), "all", go.baselineScore[ut], go.scenarioScore[ut],
                  go.weight);
    }
    scoreLine("all", "all", o.baselineScore[ut], o.scenarioScore[ut], 1.0);
}

void writeOutcomesJson(std::ostream& out, const Project& p, const Scenario& scenario,
                       const OutcomeResult& o, int t) {
    const auto ut = static_cast<std::size_t>(t);
    auto series = [&](const std::vector<double>& v) {
        std::string s = "[";
        for (std::size_t i = 0; i < v.size(); ++i)
            s += (i ? ", " : "") + jsonNumber(v[i], kValueDecimals);
        return s + "]";
    };
    out << "{\n"
        << "    \"scenario\": " << jsonString(scenario.id) << ",\n"
        << "    \"name\": " << jsonString(scenario.name) << ",\n"
        << "    \"year\": " << jsonString(formatFinancialYear(p.commissioner.baseYear + t)) << ",\n"
        << "    \"years\": [";
    for (int y = 0; y < o.years; ++y)
        out << (y ? ", " : "") << jsonString(formatFinancialYear(p.commissioner.baseYear + y));
    out << "],\n    \"cells\": [\n";
    bool firstCell = true;
    for (Group g : kAllGroups) {
        for (Lens l : kAllLenses) {
            const CellOutcome& c = o.cell(g, l);
            out << (firstCell ? "" : ",\n") << "        {\n"
                << "            \"group\": " << jsonString(std::string(groupKey(g))) << ",\n"
                << "            \"lens\": " << jsonString(std::string(lensKey(l))) << ",\n"
                << "            \"weight\": "
                << formatDecimal(o.groups[static_cast<std::size_t>(g)]
                                     .lensWeights[static_cast<std::size_t>(l)],
                                 6)
                << ",\n"
                << "            \"score\": {\"baseline\": " << jsonScore(c.baselineScore[ut])
                << ", \"scenario\": " << jsonScore(c.scenarioScore[ut]) << "},\n"
                << "            \"rating\": {\"baseline\": "
                << jsonString(std::string(ragKey(ragOfScore(c.baselineScore[ut]))))
                << ", \"scenario\": "
                << jsonString(std::string(ragKey(ragOfScore(c.scenarioScore[ut])))) << "},\n"
                << "            \"metrics\": [";
            firstCell = false;
            for (std::size_t k = 0; k < c.metrics.size(); ++k) {
                const auto i = static_cast<std::size_t>(c.metrics[k]);
                const Metric& m = p.metrics[i];
                const MetricOutcome& mo = o.metrics[i];
                out << (k ? "," : "") << "\n                {\n"
                    << "                    \"id\": " << jsonString(m.id) << ",\n"
                    << "                    \"name\": " << jsonString(m.name) << ",\n"
                    << "                    \"unit\": "
                    << jsonString(std::string(metricUnitKey(m.unit))) << ",\n"
                    << "                    \"direction\": "
                    << jsonString(std::string(directionKey(m.direction))) << ",\n"
                    << "                    \"weight\": " << formatDecimal(c.weights[k], 6) << ",\n"
                    << "                    \"baseline\": "
                    << jsonNumber(mo.baseline[ut], kValueDecimals) << ",\n"
                    << "                    \"scenario\": "
                    << jsonNumber(mo.scenario[ut], kValueDecimals) << ",\n"
                    << "                    \"change\": "
                    << jsonNumber(mo.scenario[ut] - mo.baseline[ut], kValueDecimals) << ",\n"
                    << "                    \"rating\": {\"baseline\": "
                    << jsonString(std::string(ragKey(mo.baselineRag[ut])))
                    << ", \"scenario\": " << jsonString(std::string(ragKey(mo.scenarioRag[ut])))
                    << "},\n"
                    << "                    \"rank\": ";
                if (mo.rankOf > 0)
                    out << "{\"baseline\": " << mo.baselineRank[ut]
                        << ", \"scenario\": " << mo.scenarioRank[ut] << ", \"of\": " << mo.rankOf
                        << "}";
                else
                    out << "null";
                out << ",\n"
                    << "                    \"score\": {\"baseline\": "
                    << jsonScore(mo.baselineScore[ut])
                    << ", \"scenario\": " << jsonScore(mo.scenarioScore[ut]) << "},\n"
                    << "                    \"byYear\": {\"baseline\": " << series(mo.baseline)
                    << ", \"scenario\": " << series(mo.scenario) << "}\n"
                    << "                }";
            }
            out << (c.metrics.empty() ? "]\n" : "\n            ]\n") << "        }";
        }
    }
    out << "\n    ],\n    \"groups\": [\n";
    for (Group g : kAllGroups) {
        const GroupOutcome& go = o.groups[static_cast<std::size_t>(g)];
        out << (g == Group::Older ? "" : ",\n")
            << "        {\"group\": " << jsonString(std::string(groupKey(g)))
            << ", \"weight\": " << formatDecimal(go.weight, 6)
            << ", \"score\": {\"baseline\": " << jsonScore(go.baselineScore[ut])
            << ", \"scenario\": " << jsonScore(go.scenarioScore[ut]) << "}}";
    }
    out << "\n    ],\n    \"overall\": {\"baseline\": " << jsonScore(o.baselineScore[ut])
        << ", \"scenario\": " << jsonScore(o.scenarioScore[ut])
        << "},\n    \"cellsChangingRating\": " << o.cellsChangingRating(t) << ",\n    \"notes\": [";
    for (std::size_t i = 0; i < o.notes.size(); ++i)
        out << (i ? ", " : "") << jsonString(o.notes[i]);
    out << "]\n}\n";
}

} // namespace careshift
