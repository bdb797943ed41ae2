#pragma once

/// \file format.h
/// How CareShift writes money and years for a board: "£1.23m", "£456k",
/// "-£12k", "2025/26". Pure functions so the CLI, the GUI and the report agree.
/// None of them ever writes "nan" or "inf": a figure that is not a finite
/// number is written "n/a".

#include <string>

namespace careshift {

/// Money in pounds, three significant figures, with k/m/bn: £1.23m, £456k,
/// £789, -£12.3k. Zero is "£0".
std::string formatMoney(double pounds);

/// Money with thousands separators and no rounding beyond pence dropped: £1,234,567.
std::string formatMoneyExact(double pounds);

/// Money to the penny with thousands separators: £1,234.56, -£0.37.
std::string formatMoneyPence(double pounds);

/// A plain number with a fixed number of decimals and no separators, for
/// files other programs read: 1234.57, -0.50.
std::string formatDecimal(double value, int decimals);

/// A fraction as a percentage: 0.4609 -> "46.09%" with 2 decimals.
std::string formatPercent(double fraction, int decimals);

/// A financial year from its first calendar year: 2025 -> "2025/26".
std::string formatFinancialYear(int firstCalendarYear);

/// A whole number with thousands separators: 12,345.
std::string formatCount(double value);

} // namespace careshift
