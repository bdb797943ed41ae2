#include "engine/format.h"

#include <cmath>
#include <cstdio>
#include <tuple>
#include <utility>

namespace careshift {

namespace {
std::string withSeparators(long long whole) {
    std::string digits = std::to_string(whole < 0 ? -whole : whole);
    std::string out;
    const int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        out += digits[static_cast<std::size_t>(i)];
        const int left = n - 1 - i;
        if (left > 0 && left % 3 == 0)
            out += ',';
    }
    return whole < 0 ? "-" + out : out;
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

std::string formatMoneyExact(double pounds) {
    if (!std::isfinite(pounds))
        return "n/a";
    const long long whole = std::llround(pounds);
    if (whole < 0)
        return "-£" + withSeparators(-whole);
    return "£" + withSeparators(whole);
}

std::string formatFinancialYear(int firstCalendarYear) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d/%02d", firstCalendarYear, (firstCalendarYear + 1) % 100);
    return buf;
}

std::string formatCount(double value) {
    if (!std::isfinite(value))
        return "n/a";
    return withSeparators(std::llround(value));
}

} // namespace careshift
