#pragma once

/// \file report.h
/// The yearly table a board sees, as plain rows: the CLI prints it, the GUI
/// shows it and copies it, so both always agree on labels and figures.

#include "engine/appraisal.h"

#include <optional>
#include <string>
#include <vector>

namespace careshift {

enum class RowKind { Money, Count, Heading };

struct ReportRow {
    std::string label;
    RowKind kind = RowKind::Money;
    std::vector<double> years;   ///< one value per projection year
    std::optional<double> total; ///< none where a total means nothing (running sums)
};

/// Spend by setting (baseline and scenario), the impact lines and the activity
/// avoided, year by year. Settings with no spend in either projection are left out.
std::vector<ReportRow> yearlyReport(const Appraisal& appraisal);

} // namespace careshift
