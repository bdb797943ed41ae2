#pragma once

/// \file register.h
/// The assumptions register of a board paper (issue 12): every input the
/// chosen scenarios rely on, with its value, its source and what kind of
/// evidence the source is. The board paper, the XLSX workbook and the CLI
/// share it, so the register in every output is the same list.
/// Standard library only.

#include "engine/project.h"

#include <string>
#include <vector>

namespace careshift {

/// What a source says about a figure, read from its text (docs/board-paper.md):
/// - Illustrative: the source says the figure is illustrative or an
///   assumption ("Illustrative assumption for the sample, ...");
/// - Calibrated: set so that a total matches a published one ("Set so that
///   the all-ages rate is 405 per 1,000, close to England's");
/// - Published: any other source text (a publication, a dataset);
/// - Unsourced: no source text at all.
enum class Evidence { Published, Calibrated, Illustrative, Unsourced };

Evidence classifySource(const std::string& source);
/// "Published", "Calibrated", "Illustrative", "No source".
std::string evidenceName(Evidence evidence);

/// One input (or a group of inputs with one source) of the register.
struct RegisterEntry {
    std::string area;   ///< "Intervention", "Effect", "Point of delivery", "Activity", ...
    std::string item;   ///< what it belongs to: "Frailty MDT", "Emergency admissions"
    std::string inputs; ///< the values: "coverage 20%; cost per participant £1,200"
    std::string source;
    Evidence evidence = Evidence::Unsourced;
    /// Names of the scenarios (of those asked for) that rely on it, in
    /// project order; every one of them for the baseline's inputs.
    std::vector<std::string> scenarios;
    std::vector<std::string> scenarioIds; ///< the same scenarios by id
};

/// The register for `scenarioIds` (all scenarios when empty), in a fixed
/// order: the commissioner and the assumptions, then each enabled
/// intervention with its effects, substitutions and outcome effects, then
/// the baseline it changes (the group's population, the activity and the
/// points of delivery its effects and substitutions touch, their contracts
/// and providers, and the provider paid for it), then the outcome metrics it
/// moves and the cohort models. Each input appears once; `scenarios` lists
/// who relies on it. Ids that name no scenario are ignored.
std::vector<RegisterEntry> assumptionRegister(const Project& project,
                                              const std::vector<std::string>& scenarioIds = {});

/// How many entries of each kind of evidence: [Published, Calibrated,
/// Illustrative, Unsourced].
std::vector<int> evidenceCounts(const std::vector<RegisterEntry>& entries);

} // namespace careshift
