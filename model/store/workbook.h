#pragma once

/// \file workbook.h
/// The board pack's spreadsheet (issue 12): an Excel workbook (.xlsx) with
/// one sheet per table, written with libxlsxwriter. docs/exports.md lists
/// the sheets, their columns and formats.
///
/// - Options: compareScenarios()' figures for each chosen scenario;
/// - Years: yearlyReport() per scenario, one column per financial year;
/// - Providers: providerReport() per scenario, the same layout;
/// - Outcomes: each metric's baseline and scenario value and rating in the
///   last year of the horizon, per scenario;
/// - Assumptions: assumptionRegister() of the chosen scenarios.
///
/// Figures are number cells (never text) at full precision, shown with a
/// format: money "£"#,##0, fractions 0.0%, counts #,##0. Each sheet's header
/// row is bold and frozen, and columns are as wide as their longest entry
/// (long text wraps).
///
/// The file is written like every other export: the workbook is built in a
/// private temporary folder (libxlsxwriter 1.1.4, Debian 12's, cannot write
/// to memory), read back, and handed to writeFileAtomically(), so a failure
/// leaves the previous file as it was and no partial file behind.

#include "engine/project.h"
#include "store/atomicfile.h"

#include <QString>

#include <string>
#include <vector>

namespace careshift::store {

/// Writes the workbook for `scenarioIds` (ids or names, Project::findScenario;
/// every scenario when empty, in project order) to `path`. A scenario that
/// cannot be projected is listed on the Options sheet with the reason and
/// left out of the other sheets. Throws SaveError naming the path and what
/// failed (an id that names no scenario, libxlsxwriter's error, or the atomic
/// write's step); the previous file, if any, is untouched. `faults` are
/// passed to writeFileAtomically() (tests).
void writeWorkbook(const QString& path, const Project& project,
                   const std::vector<std::string>& scenarioIds = {},
                   const AtomicWriteFaults& faults = {});

/// The workbook's bytes, as writeWorkbook() would save them. Throws
/// SaveError (with `shownPath` in the message) when libxlsxwriter fails.
QByteArray workbookBytes(const Project& project, const std::vector<std::string>& scenarioIds = {},
                         const QString& shownPath = QStringLiteral("workbook"));

} // namespace careshift::store
