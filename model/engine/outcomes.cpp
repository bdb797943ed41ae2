#include "engine/outcomes.h"

#include "engine/format.h"
#include "engine/model.h"
#include "engine/words.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

namespace careshift {

namespace {

constexpr double kWeightSumTolerance = 1e-6;

/// The group's emergency admissions or bed days in year t of a projection.
double basisQuantity(const Project& project, const ProjectionResult& r, MetricBasis basis, int g,
                     int t, const std::vector<double>& bedDaysPerUnit) {
    double q = 0;
    for (int p = 0; p < r.pods; ++p) {
        const double a = r.activityAt(t, g, p);
        if (basis == MetricBasis::EmergencyAdmissions) {
            if (project.pods[static_cast<std::size_t>(p)].role == PodRole::EmergencyAdmission)
                q += a;
        } else {
            q += a * bedDaysPerUnit[static_cast<std::size_t>(p)];
        }
    }
    return q;
}

/// Holds a value within its unit: a share of people from 0 to 1, anything
/// else at least 0.
double withinUnit(MetricUnit unit, double v, bool& clamped) {
    const double hi = unit == MetricUnit::Percent ? 1.0 : std::numeric_limits<double>::max();
    if (v < 0 || v > hi) {
        clamped = true;
        return std::clamp(v, 0.0, hi);
    }
    return v;
}

bool isRate(MetricUnit u) {
    return u == MetricUnit::Per1000 || u == MetricUnit::Per100k;
}

/// Whether a is strictly better than b.
bool better(Direction d, double a, double b) {
    return d == Direction::Higher ? a > b : a < b;
}

/// A metric's score, held from -100 to 200 (one red-to-green band beyond
/// either boundary) so that no one metric far beyond its peers outweighs the
/// rest of its group; the rating is unchanged by the cap.
std::optional<double> score(double value, double red, double green) {
    if (!(std::fabs(green - red) > 0))
        return std::nullopt;
    return std::clamp(100.0 * (value - red) / (green - red), kLowestScore, kHighestScore);
}

Rag rate(Direction d, double value, double red, double green) {
    if (better(d, red, value))
        return Rag::Red;
    if (!better(d, green, value))
        return Rag::Green;
    return Rag::Amber;
}

/// Weighted mean of the scores that exist; the weights used, normalised, go
/// to `used` (0 where there is no score). None when no score has weight.
std::optional<double> weightedMean(const std::vector<std::optional<double>>& scores,
                                   const std::vector<double>& weights, std::vector<double>* used,
                                   double* sum) {
    double total = 0;
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (scores[i])
            total += weights[i];
    if (sum)
        *sum = total;
    if (used)
        used->assign(scores.size(), 0.0);
    if (!(total > 0))
        return std::nullopt;
    double mean = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (!scores[i])
            continue;
        mean += weights[i] / total * *scores[i];
        if (used)
            (*used)[i] = weights[i] / total;
    }
    return mean;
}

std::string number(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

bool anyScore(const std::vector<std::optional<double>>& scores) {
    return std::any_of(scores.begin(), scores.end(),
                       [](const std::optional<double>& s) { return s.has_value(); });
}

/// Says when weights were normalised: `sum` is the sum of the weights of the
/// parts that have a score, `scored` whether any part has one.
void noteWeights(std::vector<std::string>& notes, double sum, const std::string& what,
                 bool scored = true) {
    if (scored && sum == 0)
        notes.push_back("The weights of " + what + " are all 0 where there is a score: no " +
                        "score can be weighted from them.");
    if (sum > 0 && std::fabs(sum - 1.0) > kWeightSumTolerance)
        notes.push_back("The weights of " + what + " add up to " + number(sum, 3) +
                        ", not 1: each is divided by " + number(sum, 3) + ".");
}

} // namespace

namespace {
/// A rating's words: its key in files, its word and its symbol (a shape as
/// well as a colour), in Rag order.
struct RagText {
    std::string_view key;
    std::string_view word;
    std::string_view symbol;
};
constexpr std::array<RagText, 4> kRagText = {{{"none", CARESHIFT_WORD("Not rated"), "\u2013"},
                                              {"red", CARESHIFT_WORD("Red"), "\u25BC"},
                                              {"amber", CARESHIFT_WORD("Amber"), "\u25A0"},
                                              {"green", CARESHIFT_WORD("Green"), "\u25B2"}}};
} // namespace

std::string_view ragWord(Rag r) {
    return kRagText[static_cast<std::size_t>(r)].word;
}

std::string_view ragSymbol(Rag r) {
    return kRagText[static_cast<std::size_t>(r)].symbol;
}

std::string_view ragKey(Rag r) {
    return kRagText[static_cast<std::size_t>(r)].key;
}

Rag ragOfScore(const std::optional<double>& s) {
    if (!s)
        return Rag::None;
    if (*s < 0)
        return Rag::Red;
    if (*s >= 100)
        return Rag::Green;
    return Rag::Amber;
}

double quantileInclusive(const std::vector<double>& sorted, double q) {
    if (sorted.empty())
        return 0;
    const double h = q * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

int OutcomeResult::cellsChangingRating(int t) const {
    int n = 0;
    for (const CellOutcome& c : cells) {
        const auto ut = static_cast<std::size_t>(t);
        if (ut < c.baselineScore.size() &&
            ragOfScore(c.baselineScore[ut]) != ragOfScore(c.scenarioScore[ut]))
            ++n;
    }
    return n;
}

OutcomeResult projectOutcomes(const Project& project, const Scenario& scenario,
                              const ProjectionResult& baseline, const ProjectionResult& projected) {
    OutcomeResult out;
    const int T = baseline.years;
    const auto uT = static_cast<std::size_t>(T);
    out.years = T;
    out.baseYear = project.commissioner.baseYear;

    std::vector<double> bedDaysPerUnit;
    for (const Pod& pod : project.pods)
        bedDaysPerUnit.push_back(podTariff(project, pod).bedDaysPerUnit);

    // The interventions this scenario enables, with their reach per year.
    struct Reach {
        const Intervention* iv;
        std::vector<double> reach; ///< [t] coverage x ramp
    };
    std::vector<Reach> reaches;
    for (const ScenarioItem& item : scenario.items) {
        const Intervention* iv =
            item.enabled ? project.findIntervention(item.interventionId) : nullptr;
        if (!iv || iv->metricEffects.empty())
            continue;
        Reach r{iv, std::vector<double>(uT, 0.0)};
        for (int t = iv->startYear; t < T; ++t)
            r.reach[static_cast<std::size_t>(t)] =
                iv->coverage * seriesAt(iv->rampUp, t - iv->startYear);
        reaches.push_back(std::move(r));
    }

    std::map<std::string_view, bool> benchmarkOf; // peer id -> benchmark
    for (const Peer& peer : project.peers)
        benchmarkOf.emplace(peer.id, peer.benchmark);

    for (const Metric& m : project.metrics) {
        MetricOutcome mo;
        mo.id = m.id;
        const int g = static_cast<int>(m.group);
        // Projected values.
        if (m.basis == MetricBasis::Typed) {
            double trend = 1;
            for (int t = 0; t < T; ++t) {
                if (t > 0)
                    trend *= 1 + seriesAt(m.trend, t - 1);
                const double base = withinUnit(m.unit, m.baseValue * trend, mo.clamped);
                double relative = 1;
                double absolute = 0;
                for (const Reach& r : reaches) {
                    for (const MetricEffect& e : r.iv->metricEffects) {
                        if (e.metric != m.id)
                            continue;
                        const double f = r.reach[static_cast<std::size_t>(t)];
                        if (e.mode == EffectMode::Relative) {
                            const double k = isRate(m.unit) ? r.iv->activityRatio : 1.0;
                            relative *= std::max(0.0, 1 + f * k * e.change);
                        } else {
                            absolute += f * e.change;
                        }
                    }
                }
                mo.baseline.push_back(base);
                mo.scenario.push_back(withinUnit(m.unit, base * relative + absolute, mo.clamped));
            }
        } else {
            const double q0 = basisQuantity(project, baseline, m.basis, g, 0, bedDaysPerUnit);
            const double pop0 = baseline.populationAt(0, g);
            const double perHead0 = pop0 > 0 ? q0 / pop0 : 0;
            for (int t = 0; t < T; ++t) {
                const double pop = baseline.populationAt(t, g);
                auto index = [&](const ProjectionResult& r) {
                    if (!(perHead0 > 0) || !(pop > 0))
                        return 1.0;
                    return basisQuantity(project, r, m.basis, g, t, bedDaysPerUnit) / pop /
                           perHead0;
                };
                mo.baseline.push_back(
                    withinUnit(m.unit, m.baseValue * index(baseline), mo.clamped));
                mo.scenario.push_back(
                    withinUnit(m.unit, m.baseValue * index(projected), mo.clamped));
            }
            if (!(perHead0 > 0))
                out.notes.push_back(
                    "Metric '" + m.name + "' is based on the projection, but " +
                    std::string(groupName(m.group)) + " have no " +
                    (m.basis == MetricBasis::BedDays ? "bed days" : "emergency admissions") +
                    " in the base year: it is held at its base value.");
        }
        if (mo.clamped)
            out.notes.push_back("Metric '" + m.name +
                                "' reaches the edge of its unit and is held there.");

        // Peers (not benchmarks), following the baseline.
        std::vector<double> peers;
        for (const PeerValue& v : m.peerValues) {
            const auto found = benchmarkOf.find(v.peer);
            if (found != benchmarkOf.end() && !found->second)
                peers.push_back(v.value);
        }
        std::sort(peers.begin(), peers.end());
        mo.rankOf = peers.empty() ? 0 : static_cast<int>(peers.size()) + 1;
        const bool rated =
            m.rag == RagRule::Thresholds || (m.rag == RagRule::Peers && peers.size() >= 2);
        if (m.rag == RagRule::Peers && peers.size() < 2)
            out.notes.push_back("Metric '" + m.name +
                                "' is rated on its peers' quartiles but has fewer than 2 "
                                "peer values: it is not rated.");
        for (int t = 0; t < T; ++t) {
            const auto ut = static_cast<std::size_t>(t);
            const double follow = m.baseValue > 0 ? mo.baseline[ut] / m.baseValue : 1.0;
            std::vector<double> now;
            now.reserve(peers.size());
            for (double v : peers)
                now.push_back(v * follow);
            mo.peerLow.push_back(now.empty() ? 0 : now.front());
            mo.peerHigh.push_back(now.empty() ? 0 : now.back());
            auto rank = [&](double value) {
                if (now.empty())
                    return 0;
                int r = 1;
                for (double v : now)
                    if (better(m.direction, v, value))
                        ++r;
                return r;
            };
            mo.baselineRank.push_back(rank(mo.baseline[ut]));
            mo.scenarioRank.push_back(rank(mo.scenario[ut]));
            if (!rated) {
                mo.baselineRag.push_back(Rag::None);
                mo.scenarioRag.push_back(Rag::None);
                mo.baselineScore.emplace_back();
                mo.scenarioScore.emplace_back();
                continue;
            }
            double red = m.redThreshold;
            double green = m.greenThreshold;
            if (m.rag == RagRule::Peers) {
                const double lower = quantileInclusive(now, 0.25);
                const double upper = quantileInclusive(now, 0.75);
                red = m.direction == Direction::Higher ? lower : upper;
                green = m.direction == Direction::Higher ? upper : lower;
            }
            mo.redBoundary.push_back(red);
            mo.greenBoundary.push_back(green);
            mo.baselineRag.push_back(rate(m.direction, mo.baseline[ut], red, green));
            mo.scenarioRag.push_back(rate(m.direction, mo.scenario[ut], red, green));
            mo.baselineScore.push_back(score(mo.baseline[ut], red, green));
            mo.scenarioScore.push_back(score(mo.scenario[ut], red, green));
        }
        out.metrics.push_back(std::move(mo));
    }

    // Cells: the metrics of each group and lens by their weights.
    for (Group grp : kAllGroups) {
        for (Lens lens : kAllLenses) {
            CellOutcome& c = out.cells[static_cast<std::size_t>(grp) * kLensCount +
                                       static_cast<std::size_t>(lens)];
            c.group = grp;
            c.lens = lens;
            std::vector<double> weights;
            for (std::size_t i = 0; i < project.metrics.size(); ++i) {
                if (project.metrics[i].group == grp && project.metrics[i].lens == lens) {
                    c.metrics.push_back(static_cast<int>(i));
                    weights.push_back(project.metrics[i].weight);
                }
            }
            for (int t = 0; t < T; ++t) {
                const auto ut = static_cast<std::size_t>(t);
                std::vector<std::optional<double>> b;
                std::vector<std::optional<double>> s;
                for (int i : c.metrics) {
                    b.push_back(out.metrics[static_cast<std::size_t>(i)].baselineScore[ut]);
                    s.push_back(out.metrics[static_cast<std::size_t>(i)].scenarioScore[ut]);
                }
                double sum = 0;
                c.baselineScore.push_back(
                    weightedMean(b, weights, t == 0 ? &c.weights : nullptr, &sum));
                c.scenarioScore.push_back(weightedMean(s, weights, nullptr, nullptr));
                if (t == 0)
                    noteWeights(out.notes, sum,
                                "the metrics of " + std::string(groupName(grp)) + ", " +
                                    std::string(lensName(lens)),
                                anyScore(b));
            }
        }
    }

    // Groups: the cells by the lens weights; overall: the groups by theirs.
    std::vector<double> groupWeights;
    for (Group grp : kAllGroups) {
        GroupOutcome& go = out.groups[static_cast<std::size_t>(grp)];
        go.group = grp;
        const OutcomeWeights w = project.weightsFor(grp);
        const std::vector<double> lensWeights{w.access, w.quality, w.prevention};
        groupWeights.push_back(w.weight);
        for (int t = 0; t < T; ++t) {
            std::vector<std::optional<double>> b;
            std::vector<std::optional<double>> s;
            for (Lens lens : kAllLenses) {
                b.push_back(out.cell(grp, lens).baselineScore[static_cast<std::size_t>(t)]);
                s.push_back(out.cell(grp, lens).scenarioScore[static_cast<std::size_t>(t)]);
            }
            std::vector<double> used;
            double sum = 0;
            go.baselineScore.push_back(weightedMean(b, lensWeights, &used, &sum));
            go.scenarioScore.push_back(weightedMean(s, lensWeights, nullptr, nullptr));
            if (t == 0) {
                for (std::size_t l = 0; l < used.size(); ++l)
                    go.lensWeights[l] = used[l];
                noteWeights(out.notes, sum, "the lenses of " + std::string(groupName(grp)),
                            anyScore(b));
            }
        }
    }
    for (int t = 0; t < T; ++t) {
        std::vector<std::optional<double>> b;
        std::vector<std::optional<double>> s;
        for (const GroupOutcome& go : out.groups) {
            b.push_back(go.baselineScore[static_cast<std::size_t>(t)]);
            s.push_back(go.scenarioScore[static_cast<std::size_t>(t)]);
        }
        std::vector<double> used;
        double sum = 0;
        out.baselineScore.push_back(weightedMean(b, groupWeights, &used, &sum));
        out.scenarioScore.push_back(weightedMean(s, groupWeights, nullptr, nullptr));
        if (t == 0) {
            for (std::size_t g = 0; g < used.size(); ++g)
                out.groups[g].weight = used[g];
            noteWeights(out.notes, sum, "the patient groups", anyScore(b));
        }
    }
    return out;
}

namespace {
/// The words after a rate's figure: " per 1,000", " per 100,000"; "" for others.
std::string_view rateWords(MetricUnit unit) {
    switch (unit) {
    case MetricUnit::Per1000:
        return " per 1,000";
    case MetricUnit::Per100k:
        return " per 100,000";
    default:
        return "";
    }
}
} // namespace

std::string formatMetricNumber(MetricUnit unit, double v) {
    if (!std::isfinite(v))
        return "n/a";
    switch (unit) {
    case MetricUnit::Percent:
    case MetricUnit::Ratio:
        return formatPercent(v, 1);
    case MetricUnit::Per1000:
        return number(v, 1);
    case MetricUnit::Per100k:
        return formatCount(v);
    case MetricUnit::Number:
        break;
    }
    return number(v, 2);
}

std::string formatMetricValue(MetricUnit unit, double v) {
    if (!std::isfinite(v))
        return "n/a";
    return formatMetricNumber(unit, v) + std::string(rateWords(unit));
}

std::string formatMetricChangeNumber(MetricUnit unit, double change) {
    if (!std::isfinite(change))
        return "n/a";
    const char* sign = change > 0 ? "+" : (change < 0 ? "-" : "");
    const double a = std::fabs(change);
    switch (unit) {
    case MetricUnit::Percent:
    case MetricUnit::Ratio:
        return sign + number(a * 100, 1);
    case MetricUnit::Per1000:
        return sign + number(a, 1);
    case MetricUnit::Per100k:
        return sign + number(a, 0);
    case MetricUnit::Number:
        break;
    }
    return sign + number(a, 2);
}

std::string formatMetricChange(MetricUnit unit, double change) {
    if (!std::isfinite(change))
        return "n/a";
    const bool points = unit == MetricUnit::Percent || unit == MetricUnit::Ratio;
    return formatMetricChangeNumber(unit, change) + std::string(points ? " pts" : rateWords(unit));
}

std::string_view ordinalSuffix(int n) {
    const int tens = n % 100;
    if (tens < 11 || tens > 13) {
        if (n % 10 == 1)
            return "st";
        if (n % 10 == 2)
            return "nd";
        if (n % 10 == 3)
            return "rd";
    }
    return "th";
}

std::string formatRank(int rank, int of) {
    if (of <= 0 || rank <= 0)
        return {};
    return std::to_string(rank) + std::string(ordinalSuffix(rank)) + " of " + std::to_string(of);
}

} // namespace careshift
