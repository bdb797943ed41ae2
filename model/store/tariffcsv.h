#pragma once

/// \file tariffcsv.h
/// Imports an HRG tariff table from CSV (RFC 4180), such as the "admitted
/// patient care" sheet of the National Tariff / NHS Payment Scheme saved as
/// CSV. Columns are found by their headings, whatever their order: the
/// published wordings ("Non-elective spell tariff (£)", "Non-elective long
/// stay trim point (days)", "Per day long stay payment (for days exceeding
/// trim point) (£)", ...) and CareShift's own keys (`nonElectivePrice`, ...)
/// both work; other columns are ignored and listed. A blank cell or "-" is
/// no price (0). Numbers may carry "£" and thousands separators.
///
/// All or nothing: a file with any bad row is refused whole, with every
/// problem by row and column, and the project is not touched.

#include "engine/project.h"
#include "store/fileerror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace careshift::store {

struct TariffImport {
    std::vector<HrgTariff> rows;
    QStringList ignoredColumns; ///< headings that are not a tariff field
};

/// The largest tariff file read: the national tariff has about 2,500 HRGs.
inline constexpr qint64 kMaxTariffBytes = qint64{16} * 1024 * 1024;
inline constexpr int kMaxTariffRows = 100000;

/// Parses and checks the rows (each field's range, codes given and unique).
/// `sourceName` (the file name) prefixes every message. Throws LoadError.
TariffImport readTariffCsv(const QByteArray& csv, const QString& sourceName);

/// The project with the imported rows: an HRG already in the tariff is
/// replaced where it stands, a new one added at the end. Throws LoadError,
/// naming the file, when the result would not be a valid project.
Project withTariff(const Project& project, const std::vector<HrgTariff>& rows,
                   const QString& sourceName);

/// Reads a CSV file (a regular file, at most kMaxTariffBytes) and imports it.
Project importTariffFile(const Project& project, const QString& path, int* imported = nullptr);

} // namespace careshift::store
