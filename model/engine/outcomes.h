#pragma once

/// \file outcomes.h
/// Outcomes for the five patient groups (DOMAIN.md step 9; docs/outcomes.md):
/// each metric's projected value per year in the baseline and the scenario,
/// its red/amber/green rating, its rank among the peers, and a score on one
/// scale, combined with the board's weights per cell (group x lens), per
/// group and overall.
///
/// The method, in brief (docs/outcomes.md has it worked by hand):
/// - Projected value. A typed metric: base value x prod(1 + trend[u], u < t);
///   in a scenario each enabled intervention that names it changes it among
///   the people reached, f_i(t) = coverage x ramp(t): relative effects
///   multiply, value x prod_i(1 + f_i(t) x k_i x change_i), with k_i the
///   activity ratio for a rate (per 1,000 or per 100,000) and 1 otherwise,
///   each factor at least 0; absolute effects then add f_i(t) x change_i. A
///   metric based on the projection: base value x (q(t) / pop(t)) /
///   (q0(0) / pop(0)), q the group's emergency admissions or bed days in that
///   projection, q0 in the baseline. Values stay within the unit: a share of
///   people from 0% to 100%, anything else at least 0.
/// - Peers are taken to follow the commissioner's baseline: a peer's value in
///   year t is its base-year value x baseline(t) / base value, so the
///   baseline keeps its rank and rating and only the scenario moves them.
/// - Rating. Red and green boundaries: the thresholds, or the peers'
///   quartiles (inclusive method, Excel QUARTILE.INC): for "higher is
///   better" red below the lower quartile and green at or above the upper;
///   mirrored for "lower is better". Benchmarks (England) are not peers here.
/// - Score: 100 x (value - red boundary) / (green boundary - red boundary):
///   0 at the red boundary, 100 at the green one, held from -100 to 200 so
///   that one metric far beyond its peers cannot outweigh its group; red is a
///   score below 0, green 100 or more, amber between, and a cell, group or
///   overall score is rated by the same rule.
/// - Rank: 1 + the number of peers strictly better, "of" the peers with a
///   value plus the commissioner (ties share the better rank).
/// - Weights: a cell's metrics by their weights, a group's cells by its lens
///   weights, the groups by the group weights, each normalised over the
///   parts that have a score; a note says when given weights did not add up
///   to 1.

#include "engine/projection.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace careshift {

enum class Rag { None, Red, Amber, Green };

/// A metric's score is held within these (one red-to-green band beyond either boundary).
inline constexpr double kLowestScore = -100;
inline constexpr double kHighestScore = 200;

std::string_view ragWord(Rag r);   ///< "Red", "Amber", "Green", "Not rated"
std::string_view ragSymbol(Rag r); ///< "▼", "■", "▲", "–": a shape as well as a colour
std::string_view ragKey(Rag r);    ///< "red", "amber", "green", "none"

/// The rating of a score on the red-to-green scale: red below 0, green at 100
/// or more, amber between; None for no score.
Rag ragOfScore(const std::optional<double>& score);

/// A quantile of sorted values by linear interpolation between closest ranks
/// (Hyndman and Fan type 7; Excel QUARTILE.INC, R's default).
double quantileInclusive(const std::vector<double>& sorted, double q);

/// One metric per year, t = 0 .. years-1.
struct MetricOutcome {
    std::string id;
    std::vector<double> baseline; ///< [t] in the metric's unit
    std::vector<double> scenario; ///< [t]
    /// [t] the boundaries the rating uses (peers' quartiles move with them);
    /// empty when the metric is not rated.
    std::vector<double> redBoundary;
    std::vector<double> greenBoundary;
    std::vector<Rag> baselineRag; ///< [t]
    std::vector<Rag> scenarioRag;
    std::vector<std::optional<double>> baselineScore; ///< [t]
    std::vector<std::optional<double>> scenarioScore;
    std::vector<int> baselineRank; ///< [t], 0 when there are no peer values
    std::vector<int> scenarioRank;
    int rankOf = 0; ///< peers with a value + the commissioner; 0 when none
    /// [t] the peers' (not benchmarks') lowest and highest values, for the chart.
    std::vector<double> peerLow;
    std::vector<double> peerHigh;
    bool clamped = false; ///< a projected value was held at the edge of its unit
};

/// A group and lens: its metrics' weighted score.
struct CellOutcome {
    Group group = Group::Older;
    Lens lens = Lens::Access;
    std::vector<int> metrics;    ///< indices into Project::metrics / OutcomeResult::metrics
    std::vector<double> weights; ///< normalised over the scored metrics; 0 for the others
    std::vector<std::optional<double>> baselineScore; ///< [t]
    std::vector<std::optional<double>> scenarioScore;
};

struct GroupOutcome {
    Group group = Group::Older;
    double weight = 0;                                ///< normalised over the scored groups
    std::array<double, kLensCount> lensWeights{};     ///< normalised over the scored lenses
    std::vector<std::optional<double>> baselineScore; ///< [t]
    std::vector<std::optional<double>> scenarioScore;
};

struct OutcomeResult {
    int years = 0;
    int baseYear = 2016;
    std::vector<MetricOutcome> metrics; ///< in project order
    std::array<CellOutcome, static_cast<std::size_t>(kGroupCount) * kLensCount>
        cells; ///< [g * 3 + lens]
    std::array<GroupOutcome, kGroupCount> groups;
    std::vector<std::optional<double>> baselineScore; ///< [t] overall
    std::vector<std::optional<double>> scenarioScore;
    /// What a reader must know: weights normalised, a metric held at the edge
    /// of its unit, a metric rated on too few peers.
    std::vector<std::string> notes;

    const CellOutcome& cell(Group g, Lens l) const {
        return cells[static_cast<std::size_t>(g) * kLensCount + static_cast<std::size_t>(l)];
    }
    /// Cells whose rating in year t differs between baseline and scenario.
    int cellsChangingRating(int t) const;
};

/// The outcomes of `scenario` against its baseline, from their projections
/// (appraise() gives both). The project must be valid.
OutcomeResult projectOutcomes(const Project& project, const Scenario& scenario,
                              const ProjectionResult& baseline, const ProjectionResult& projected);

/// A metric's value as a board reads it: "68.0%", "2,100 per 100,000", "370%".
std::string formatMetricValue(MetricUnit unit, double value);
/// The same without a rate's words: "68.0%", "2,100" (the GUI places the
/// words in a translated sentence).
std::string formatMetricNumber(MetricUnit unit, double value);
/// A change in a metric's unit: "+1.2 pts", "-35 per 100,000", "+5.0%" (ratio: pts).
std::string formatMetricChange(MetricUnit unit, double change);
/// The same without its unit's words: "+1.2", "-35".
std::string formatMetricChangeNumber(MetricUnit unit, double change);
/// "7th of 11"; "" when rankOf is 0.
std::string formatRank(int rank, int of);
/// The English ordinal's ending of n: "st", "nd", "rd" or "th" (11th, 22nd).
std::string_view ordinalSuffix(int n);

} // namespace careshift
