#include "engine/report.h"

#include <cmath>

namespace careshift {

namespace {
ReportRow row(std::string label, RowKind kind, int years) {
    ReportRow r;
    r.label = std::move(label);
    r.kind = kind;
    r.years.assign(static_cast<std::size_t>(years), 0.0);
    return r;
}

void addTotal(ReportRow& r) {
    double sum = 0;
    for (double v : r.years)
        sum += v;
    r.total = sum;
}
} // namespace

std::vector<ReportRow> yearlyReport(const Appraisal& a) {
    const int T = a.baseline.years;
    std::vector<ReportRow> rows;
    auto settingBlock = [&](const char* heading, const ProjectionResult& r) {
        rows.push_back(row(heading, RowKind::Heading, 0)); // a heading has no figures
        for (int s = 0; s < kSettingCount; ++s) {
            const auto setting = static_cast<Setting>(s);
            double any = 0;
            for (int t = 0; t < T; ++t)
                any += std::fabs(a.baseline.settingSpend(t, setting)) +
                       std::fabs(a.scenario.settingSpend(t, setting));
            if (any == 0)
                continue;
            ReportRow x = row("  " + std::string(settingName(setting)), RowKind::Money, T);
            for (int t = 0; t < T; ++t)
                x.years[static_cast<std::size_t>(t)] = r.settingSpend(t, setting);
            addTotal(x);
            rows.push_back(std::move(x));
        }
        ReportRow total = row("  Total", RowKind::Money, T);
        for (int t = 0; t < T; ++t)
            total.years[static_cast<std::size_t>(t)] = r.totalSpend[static_cast<std::size_t>(t)];
        addTotal(total);
        rows.push_back(std::move(total));
    };
    settingBlock("Baseline spend", a.baseline);
    settingBlock("Scenario spend", a.scenario);

    rows.push_back(row("Impact", RowKind::Heading, 0));
    struct Line {
        const char* label;
        double YearImpact::*member;
        RowKind kind;
        bool summable;
    };
    const Line lines[] = {
        {"  Investment", &YearImpact::investment, RowKind::Money, true},
        {"  Gross saving", &YearImpact::grossSaving, RowKind::Money, true},
        {"  Net saving", &YearImpact::netSaving, RowKind::Money, true},
        {"  Cumulative net saving", &YearImpact::cumulativeNetSaving, RowKind::Money, false},
        {"  Discounted net saving", &YearImpact::discountedNetSaving, RowKind::Money, true},
        {"  Emergency admissions avoided", &YearImpact::admissionsAvoided, RowKind::Count, true},
        {"  Bed days avoided", &YearImpact::bedDaysAvoided, RowKind::Count, true},
    };
    for (const Line& line : lines) {
        ReportRow x = row(line.label, line.kind, T);
        for (int t = 0; t < T; ++t)
            x.years[static_cast<std::size_t>(t)] =
                a.impact.years[static_cast<std::size_t>(t)].*line.member;
        if (line.summable)
            addTotal(x);
        rows.push_back(std::move(x));
    }
    return rows;
}

} // namespace careshift
