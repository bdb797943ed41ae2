#pragma once

/// \file report.h
/// The yearly table a board sees, as plain rows: the CLI prints it, the GUI
/// shows it and copies it, so both always agree on labels and figures. And
/// the results writers (CSV, JSON) that the CLI and the desktop app share.
/// Standard library only.

#include "engine/appraisal.h"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace careshift {

enum class RowKind { Money, Count, Heading };

struct ReportRow {
    std::string label; ///< as the CLI and the CSV give it: "  Net saving", "Deaths, Mental health"
    /// The label for a translation (issue 13): its English words, marked
    /// with CARESHIFT_WORD, with %1 for `argument` and %n for `count`, after
    /// `indent` spaces. Empty when the label is the project's own text (a
    /// provider's name).
    std::string_view words;
    std::string argument;
    bool argumentIsWord = false; ///< the argument is an engine word too (a group's name)
    int count = -1;
    int indent = 0;
    RowKind kind = RowKind::Money;
    std::vector<double> years;   ///< one value per projection year
    std::optional<double> total; ///< none where a total means nothing (running sums)
};

/// Spend by setting (baseline and scenario), the impact lines and the activity
/// avoided, year by year. Settings with no spend in either projection are left out.
std::vector<ReportRow> yearlyReport(const Appraisal& appraisal);

/// Who saves, who pays, year by year: the commissioner's saving (minus its
/// spend change), then
/// each contract provider's income, cost and margin change, stranded cost and
/// unfunded activity, other spend, and the system's cash- and
/// capacity-releasing savings. The commissioner's spend change is the sum of
/// the providers' income changes and the other spend (docs/method.md).
/// Changes are signed as gains to the party: + more income, more margin.
std::vector<ReportRow> providerReport(const Project& project, const Appraisal& appraisal);

/// The yearly CSV with the providers' rows after the impact (--providers).
void writeProviderCsv(std::ostream& out, const Project& project, const Appraisal& appraisal);

/// A CSV field (RFC 4180): quoted, quotes doubled, when it holds a comma,
/// a quote or a line break (LF or CR). Nothing else is changed, so a figure
/// such as "-1234.50" stays a number. For figures and CareShift's own words;
/// text that can come from a user's file (names, labels) goes through csvText().
std::string csvField(const std::string& s);
/// Text for a spreadsheet cell (CSV or tab-separated): text that starts with
/// = + - @, a tab or a carriage return gets a leading single quote, so a
/// spreadsheet shows it as text instead of running it as a formula (OWASP's
/// rule against CSV injection: names come from files others wrote).
/// Everything else is returned as it is. Only for text, never for figures.
std::string spreadsheetText(const std::string& s);
/// A CSV text field: spreadsheetText(), then csvField(). For every cell of
/// text that can come from a project (scenario, provider and metric names,
/// row labels that carry them, error messages that quote them).
std::string csvText(const std::string& s);
/// A JSON string literal, with quotes, backslashes and control characters escaped.
std::string jsonString(const std::string& s);
/// Whether either projection withheld money under the marginal rate or the
/// readmissions rule (the results then say whether it is saved or reinvested).
bool withheldAny(const Appraisal& appraisal);

/// One line of the summary over the horizon: "ROI", "46.09%".
struct SummaryLine {
    std::string label;
    std::string value;
};

/// Investment, savings, NPV, ROI, payback year, break-even ("not achievable"
/// when it would take an effect below -100% among the people reached) and
/// activity avoided, as words and figures for a board.
std::vector<SummaryLine> summaryLines(const Project& project, const Appraisal& appraisal);

/// The yearly report as CSV: a header "row,2016/17,...,total", then one line
/// per row, "Section: label", figures with 2 decimals and no separators, the
/// total empty where it means nothing. What `careshift-cli --format csv` prints.
void writeResultsCsv(std::ostream& out, const Project& project, const Appraisal& appraisal);

/// A scenario's results as JSON (UTF-8, 4-space indent): per year the spend
/// by setting of both projections and the impact, then the summary. Money in
/// pounds, numbers in plain notation, null where there is no figure (no ROI,
/// no payback, no break-even). What `careshift-cli --format json` prints.
/// With `withProviders`, each year also has commissionerSpendChange and a
/// "providers" list (id, incomeChange, costChange, marginChange, ...), and the
/// summary the same over the horizon (`careshift-cli --providers`).
void writeResultsJson(std::ostream& out, const Project& project, const Scenario& scenario,
                      const Appraisal& appraisal, bool withProviders = false);

} // namespace careshift
