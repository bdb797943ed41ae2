#include "engine/format.h"

#include <cmath>
#include <cstdio>
#include <tuple>
#include <utility>

namespace careshift {

namespace {
/// Digits with a comma every three: "1234567" -> "1,234,567".
std::string withSeparators(const std::string& digits) {
    std::string out;
    const int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        out += digits[static_cast<std::size_t>(i)];
        const int left = n - 1 - i;
        if (left > 0 && left % 3 == 0)
            out += ',';
    }
    return out;
}

std::string withSeparators(long long whole) {
    const std::string out = withSeparators(std::to_string(whole < 0 ? -whole : whole));
    return whole < 0 ? "-" + out : out;
}

/// The whole digits of |v| for a v too large for llround().
std::string hugeDigits(double v) {
    char buf[400]; // the largest double has 309 digits
    std::snprintf(buf, sizeof buf, "%.0f", std::fabs(v));
    return buf;
}

/// Three significant figures with trailing zeros dropped: 1.2, 45.6, 456.
std::string threeSignificant(double v) {
    char buf[32];
    const int decimals = v >= 100 ? 0 : (v >= 10 ? 1 : 2);
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s(buf);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.')
            s.pop_back();
    }
    return s;
}
} // namespace

std::string formatMoney(double pounds) {
    if (!std::isfinite(pounds))
        return "n/a";
    const bool negative = pounds < 0;
    double v = std::fabs(pounds);
    std::string body;
    // Round first so that 999,999 becomes "£1m", not "£1000k".
    auto scaled = [&](double unit, const char* suffix) {
        double x = v / unit;
        const int decimals = x >= 100 ? 0 : (x >= 10 ? 1 : 2);
        const double p = std::pow(10.0, decimals);
        x = std::round(x * p) / p;
        return std::make_pair(x, suffix);
    };
    if (v < 1000) {
        body = "£" + withSeparators(std::llround(v));
    } else {
        auto [x, suffix] = scaled(1e3, "k");
        if (x >= 1000)
            std::tie(x, suffix) = scaled(1e6, "m");
        if (x >= 1000)
            std::tie(x, suffix) = scaled(1e9, "bn");
        body = "£" + threeSignificant(x) + suffix;
    }
    if (body == "£0")
        return body;
    return negative ? "-" + body : body;
}

/// Beyond this llround() would overflow; such figures are written from
/// printf's digits instead.
constexpr double kLargestRounded = 9e15;

std::string formatMoneyExact(double pounds) {
    if (!std::isfinite(pounds))
        return "n/a";
    if (std::fabs(pounds) >= kLargestRounded)
        return (pounds < 0 ? "-£" : "£") + withSeparators(hugeDigits(pounds));
    const long long whole = std::llround(pounds);
    if (whole < 0)
        return "-£" + withSeparators(-whole);
    return "£" + withSeparators(whole);
}

std::string formatMoneyPence(double pounds) {
    if (!std::isfinite(pounds))
        return "n/a";
    if (std::fabs(pounds) >= kLargestRounded / 100)
        return formatMoneyExact(pounds) + ".00";
    const long long pence = std::llround(pounds * 100);
    const long long magnitude = pence < 0 ? -pence : pence;
    char cents[4];
    std::snprintf(cents, sizeof cents, "%02lld", magnitude % 100);
    return std::string(pence < 0 ? "-£" : "£") + withSeparators(magnitude / 100) + "." + cents;
}

std::string formatDecimal(double value, int decimals) {
    if (!std::isfinite(value))
        return "n/a";
    char buf[400]; // up to 309 digits before the point for the largest double
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    // A value that rounds to zero is "0.00", never "-0.00" (a floored
    // payment can come out as -1e-11 after the sums).
    std::string out(buf);
    if (out.front() == '-' && out.find_first_not_of("-0.") == std::string::npos)
        out.erase(0, 1);
    return out;
}

std::string formatPercent(double fraction, int decimals) {
    if (!std::isfinite(fraction) || !std::isfinite(fraction * 100))
        return "n/a";
    return formatDecimal(fraction * 100, decimals) + "%";
}

std::string formatFinancialYear(int firstCalendarYear) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d/%02d", firstCalendarYear, (firstCalendarYear + 1) % 100);
    return buf;
}

std::string formatCount(double value) {
    if (!std::isfinite(value))
        return "n/a";
    if (std::fabs(value) >= kLargestRounded)
        return (value < 0 ? "-" : "") + withSeparators(hugeDigits(value));
    return withSeparators(std::llround(value));
}

} // namespace careshift
