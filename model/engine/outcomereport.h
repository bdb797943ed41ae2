#pragma once

/// \file outcomereport.h
/// The outcomes grid as text, CSV and JSON (`careshift-cli run --outcomes`),
/// from an OutcomeResult (engine/outcomes.h). Standard library only.

#include "engine/outcomes.h"

#include <ostream>

namespace careshift {

/// The 5 x 3 grid in year `t`: per cell its metrics (value before and after,
/// the change, the rating before and after as word and symbol, the rank
/// among peers), the cell's score; then each group's and the overall score
/// with their weights; then the notes (weights normalised, ...).
void writeOutcomesTable(std::ostream& out, const Project& project, const Scenario& scenario,
                        const OutcomeResult& outcomes, int t);

/// One line per metric in year `t`: group, lens, metric, unit, direction,
/// baseline, scenario, change, ratings, ranks, scores, weight within the
/// cell; then one line per cell, per group and overall (metric empty).
void writeOutcomesCsv(std::ostream& out, const Project& project, const OutcomeResult& outcomes,
                      int t);

/// Every cell with its metrics in year `t` (and each metric's values per
/// year), the groups with their weights, the overall score and the notes.
void writeOutcomesJson(std::ostream& out, const Project& project, const Scenario& scenario,
                       const OutcomeResult& outcomes, int t);

} // namespace careshift
