#include "engine/report.h"

#include "engine/format.h"
#include "engine/words.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <utility>

namespace careshift {

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string spreadsheetText(const std::string& s) {
    // OWASP, "CSV Injection": a cell starting with one of these is read as a
    // formula by Excel, LibreOffice and Google Sheets (the tab and the
    // carriage return because some of them strip them and read what follows).
    if (!s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos)
        return "'" + s;
    return s;
}

std::string csvText(const std::string& s) {
    return csvField(spreadsheetText(s));
}

std::string jsonString(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char esc[8];
                std::snprintf(esc, sizeof esc, "\\u%04x", static_cast<unsigned>(c));
                out += esc;
            } else {
                out += c; // UTF-8 passes through
            }
        }
    }
    return out + "\"";
}

namespace {
ReportRow row(std::string label, RowKind kind, int years) {
    ReportRow r;
    r.label = std::move(label);
    r.kind = kind;
    r.years.assign(static_cast<std::size_t>(years), 0.0);
    return r;
}
/// A row whose label is the engine's words (CARESHIFT_WORD), `indent` spaces in.
ReportRow row(std::string_view words, int indent, RowKind kind, int years) {
    ReportRow r =
        row(std::string(static_cast<std::size_t>(indent), ' ') + std::string(words), kind, years);
    r.words = words;
    r.indent = indent;
    return r;
}

void addTotal(ReportRow& r) {
    double sum = 0;
    for (double v : r.years)
        sum += v;
    r.total = sum;
}

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(' ');
    return b == std::string::npos ? std::string() : s.substr(b);
}

std::string yearLabel(const Project& p, int t) {
    return formatFinancialYear(p.commissioner.baseYear + t);
}

/// A JSON number: the shortest text that reads back as the same double, in
/// plain notation (450000, 228391060.92); null for what is not a number.
std::string jsonNumber(double v) {
    if (!std::isfinite(v))
        return "null";
    std::array<char, 400> buf{}; // plain notation of the largest double: 309 digits
    const auto [end, ec] =
        std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed);
    if (ec != std::errc())
        return "null";
    return std::string(buf.data(), end);
}

/// Writes one JSON object's members, each already rendered, at an indent.
class JsonObject {
public:
    JsonObject(std::ostream& out, int indent)
        : m_out(out)
        , m_indent(indent) {
        m_out << "{";
    }
    void member(const std::string& key, const std::string& rendered) {
        m_out << (m_first ? "\n" : ",\n")
              << std::string(static_cast<std::size_t>(m_indent + 4), ' ') << jsonString(key) << ": "
              << rendered;
        m_first = false;
    }
    /// Starts a member whose value the caller writes next.
    std::ostream& open(const std::string& key) {
        m_out << (m_first ? "\n" : ",\n")
              << std::string(static_cast<std::size_t>(m_indent + 4), ' ') << jsonString(key)
              << ": ";
        m_first = false;
        return m_out;
    }
    void close() {
        if (!m_first)
            m_out << "\n" << std::string(static_cast<std::size_t>(m_indent), ' ');
        m_out << "}";
    }

private:
    std::ostream& m_out;
    int m_indent;
    bool m_first = true;
};
void writeProvider(JsonObject& o, const Provider& provider, const ProviderImpact& x) {
    o.member("id", jsonString(provider.id));
    o.member("name", jsonString(provider.name));
    o.member("incomeChange", jsonNumber(x.incomeChange));
    o.member("costChange", jsonNumber(x.costChange));
    o.member("marginChange", jsonNumber(x.marginChange));
    o.member("strandedCost", jsonNumber(x.strandedCost));
    o.member("costReleased", jsonNumber(x.costReleased));
    o.member("capacityReleased", jsonNumber(x.capacityReleased));
    o.member("wardsChanged", jsonNumber(x.wardsChanged));
    o.member("unfundedUnits", jsonNumber(x.unfundedUnits));
    o.member("unfundedValue", jsonNumber(x.unfundedValue));
}
} // namespace

std::vector<ReportRow> yearlyReport(const Appraisal& a) {
    const int T = a.baseline.years;
    std::vector<ReportRow> rows;
    auto settingBlock = [&](std::string_view heading, const ProjectionResult& r) {
        rows.push_back(row(heading, 0, RowKind::Heading, 0)); // a heading has no figures
        for (int s = 0; s < kSettingCount; ++s) {
            const auto setting = static_cast<Setting>(s);
            double any = 0;
            for (int t = 0; t < T; ++t)
                any += std::fabs(a.baseline.settingSpend(t, setting)) +
                       std::fabs(a.scenario.settingSpend(t, setting));
            if (any == 0)
                continue;
            ReportRow x = row(settingName(setting), 2, RowKind::Money, T);
            for (int t = 0; t < T; ++t)
                x.years[static_cast<std::size_t>(t)] = r.settingSpend(t, setting);
            addTotal(x);
            rows.push_back(std::move(x));
        }
        ReportRow total = row(CARESHIFT_WORD("Total"), 2, RowKind::Money, T);
        for (int t = 0; t < T; ++t)
            total.years[static_cast<std::size_t>(t)] = r.totalSpend[static_cast<std::size_t>(t)];
        addTotal(total);
        rows.push_back(std::move(total));
    };
    settingBlock(CARESHIFT_WORD("Baseline spend"), a.baseline);
    settingBlock(CARESHIFT_WORD("Scenario spend"), a.scenario);

    rows.push_back(row(CARESHIFT_WORD("Impact"), 0, RowKind::Heading, 0));
    struct Line {
        std::string_view label; ///< two spaces in
        double YearImpact::*member;
        RowKind kind;
        bool summable;
    };
    const Line lines[] = {
        {CARESHIFT_WORD("Investment"), &YearImpact::investment, RowKind::Money, true},
        {CARESHIFT_WORD("Gross saving"), &YearImpact::grossSaving, RowKind::Money, true},
        {CARESHIFT_WORD("Net saving"), &YearImpact::netSaving, RowKind::Money, true},
        {CARESHIFT_WORD("Cumulative net saving"), &YearImpact::cumulativeNetSaving, RowKind::Money,
         false},
        {CARESHIFT_WORD("Net saving in real terms"), &YearImpact::realNetSaving, RowKind::Money,
         true},
        {CARESHIFT_WORD("Discounted real net saving"), &YearImpact::discountedNetSaving,
         RowKind::Money, true},
        {CARESHIFT_WORD("Discounted cash net saving"), &YearImpact::discountedCashNetSaving,
         RowKind::Money, true},
        {CARESHIFT_WORD("Emergency admissions avoided"), &YearImpact::admissionsAvoided,
         RowKind::Count, true},
        {CARESHIFT_WORD("Bed days avoided"), &YearImpact::bedDaysAvoided, RowKind::Count, true},
    };
    for (const Line& line : lines) {
        ReportRow x = row(line.label, 2, line.kind, T);
        for (int t = 0; t < T; ++t)
            x.years[static_cast<std::size_t>(t)] =
                a.impact.years[static_cast<std::size_t>(t)].*line.member;
        if (line.summable)
            addTotal(x);
        rows.push_back(std::move(x));
    }
    // The people of a group with a cohort model: deaths each year.
    for (std::size_t k = 0; k < a.cohorts.size(); ++k) {
        const CohortImpact& c = a.cohorts[k];
        ReportRow deaths = row("Deaths, " + std::string(groupName(c.group)), RowKind::Heading, 0);
        deaths.words = CARESHIFT_WORD("Deaths, %1");
        deaths.argument = groupName(c.group);
        deaths.argumentIsWord = true;
        rows.push_back(std::move(deaths));
        ReportRow base = row(CARESHIFT_WORD("Baseline"), 2, RowKind::Count, T);
        ReportRow scen = row(CARESHIFT_WORD("Scenario"), 2, RowKind::Count, T);
        ReportRow averted = row(CARESHIFT_WORD("Averted"), 2, RowKind::Count, T);
        for (int t = 0; t < T; ++t) {
            const auto ut = static_cast<std::size_t>(t);
            base.years[ut] = a.baseline.cohorts[k].deaths[ut];
            scen.years[ut] = a.scenario.cohorts[k].deaths[ut];
            averted.years[ut] = base.years[ut] - scen.years[ut];
        }
        for (ReportRow* r : {&base, &scen, &averted}) {
            addTotal(*r);
            rows.push_back(std::move(*r));
        }
    }
    return rows;
}

std::vector<ReportRow> providerReport(const Project& p, const Appraisal& a) {
    const int T = a.baseline.years;
    const Impact& im = a.impact;
    std::vector<ReportRow> rows;
    auto yearly = [&](std::string_view words, auto value) {
        ReportRow x = row(words, 2, RowKind::Money, T);
        for (int t = 0; t < T; ++t)
            x.years[static_cast<std::size_t>(t)] = value(static_cast<std::size_t>(t));
        addTotal(x);
        rows.push_back(std::move(x));
    };
    rows.push_back(row(CARESHIFT_WORD("Commissioner"), 0, RowKind::Heading, 0));
    // A saving, as everywhere in CareShift: baseline minus scenario spend,
    // minus the spend change (careshift-cli --format json has the change itself).
    yearly(CARESHIFT_WORD("Saving (less spent)"),
           [&](std::size_t t) { return -im.years[t].commissionerSpendChange; });
    std::size_t quiet = 0;
    for (std::size_t k = 0; k < p.providers.size(); ++k) {
        // A provider whose figures do not move in any year is left out (and counted).
        bool moves = false;
        for (const auto& year : im.providerYears) {
            const ProviderImpact& x = year[k];
            moves = moves || x.incomeChange != 0 || x.costChange != 0 || x.unfundedValue != 0;
        }
        if (!moves) {
            ++quiet;
            continue;
        }
        const Provider& pr = p.providers[k];
        rows.push_back(row(pr.name.empty() ? pr.id : pr.name, RowKind::Heading, 0));
        yearly(CARESHIFT_WORD("Income change"),
               [&](std::size_t t) { return im.providerYears[t][k].incomeChange; });
        yearly(CARESHIFT_WORD("Cost change"),
               [&](std::size_t t) { return im.providerYears[t][k].costChange; });
        yearly(CARESHIFT_WORD("Margin change"),
               [&](std::size_t t) { return im.providerYears[t][k].marginChange; });
        if (im.providers[k].strandedCost != 0)
            yearly(CARESHIFT_WORD("Stranded cost"),
                   [&](std::size_t t) { return im.providerYears[t][k].strandedCost; });
        if (im.providers[k].unfundedValue != 0) {
            yearly(CARESHIFT_WORD("Unfunded activity at price"),
                   [&](std::size_t t) { return im.providerYears[t][k].unfundedValue; });
            // The units themselves: replacement care a block-funded provider
            // absorbs is not free.
            ReportRow units = row(CARESHIFT_WORD("Unfunded units"), 2, RowKind::Count, T);
            for (int t = 0; t < T; ++t)
                units.years[static_cast<std::size_t>(t)] =
                    im.providerYears[static_cast<std::size_t>(t)][k].unfundedUnits;
            addTotal(units);
            rows.push_back(std::move(units));
        }
        bool wards = false;
        for (const auto& year : im.providerYears)
            wards = wards || year[k].wardsChanged != 0;
        if (wards) {
            // Wards open (+) or close (-) in whole steps: the year a cost jumps.
            ReportRow x =
                row(CARESHIFT_WORD("Wards opened (+) or closed (-)"), 2, RowKind::Count, T);
            for (int t = 0; t < T; ++t)
                x.years[static_cast<std::size_t>(t)] =
                    im.providerYears[static_cast<std::size_t>(t)][k].wardsChanged;
            rows.push_back(std::move(x));
        }
    }
    rows.push_back(row(CARESHIFT_WORD("Other"), 0, RowKind::Heading, 0));
    yearly(CARESHIFT_WORD("Intervention costs with no provider: change"), [&](std::size_t t) {
        return im.years[t].otherProvidersChange - im.years[t].reinvestedChange;
    });
    bool reinvested = false;
    for (const YearImpact& y : im.years)
        reinvested = reinvested || y.reinvestedChange != 0;
    if (reinvested)
        yearly(CARESHIFT_WORD("Withheld money reinvested: change"),
               [&](std::size_t t) { return im.years[t].reinvestedChange; });
    rows.push_back(row(CARESHIFT_WORD("System"), 0, RowKind::Heading, 0));
    yearly(CARESHIFT_WORD("Cash released (costs shed)"),
           [&](std::size_t t) { return im.years[t].cashReleasing; });
    yearly(CARESHIFT_WORD("Capacity released (cost stays; - absorbed)"),
           [&](std::size_t t) { return im.years[t].capacityReleasing; });
    if (quiet > 0) {
        ReportRow x = row(std::to_string(quiet) + (quiet == 1 ? " provider" : " providers") +
                              " with no change left out",
                          RowKind::Heading, 0);
        x.words = CARESHIFT_WORD_N("%n provider(s) with no change left out");
        x.count = static_cast<int>(quiet);
        rows.push_back(std::move(x));
    }
    return rows;
}

bool withheldAny(const Appraisal& a) {
    for (const ProjectionResult* r : {&a.baseline, &a.scenario})
        for (double v : r->withheld)
            if (v != 0)
                return true;
    return false;
}

std::vector<SummaryLine> summaryLines(const Project& p, const Appraisal& a) {
    const Impact& im = a.impact;
    const int base = p.commissioner.baseYear;
    std::vector<SummaryLine> s;
    s.push_back({"Investment", formatMoneyExact(im.investment)});
    s.push_back({"Gross saving", formatMoneyExact(im.grossSaving)});
    s.push_back({"Net saving", formatMoneyExact(im.netSaving)});
    const std::string rate = formatDecimal(p.assumptions.discountRate * 100, 2) + "%";
    s.push_back({"NPV, real terms (" + formatFinancialYear(base) + " prices) at " + rate,
                 formatMoneyExact(im.npv)});
    s.push_back({"NPV, cash at " + rate, formatMoneyExact(im.npvCash)});
    s.push_back({"ROI", im.roi ? formatPercent(*im.roi, 2) : "n/a (no investment)"});
    s.push_back({"Payback year", im.paybackYear ? formatFinancialYear(base + *im.paybackYear)
                                                : (im.investment > 0 ? "not within the horizon"
                                                                     : "n/a (no investment)")});
    s.push_back({"Break-even effect multiplier", a.breakEven ? formatDecimal(*a.breakEven, 2)
                                                 : !a.breakEvenAchievable
                                                     ? "not achievable"
                                                     : "none (see docs/method.md)"});
    s.push_back({"Emergency admissions avoided", formatCount(im.admissionsAvoided)});
    s.push_back({"Bed days avoided", formatCount(im.bedDaysAvoided)});
    for (const CohortImpact& c : a.cohorts) {
        const cohort::Model* m = nullptr;
        for (const auto& x : p.cohorts)
            if (x.id == c.model)
                m = &x;
        const std::string outcomeRate =
            m ? formatDecimal(m->outcomeDiscount * 100, 2) + "%" : std::string("?");
        const std::string group = std::string(groupName(c.group));
        s.push_back({"Deaths averted, " + group, formatDecimal(c.deathsAverted, 1)});
        // The group is named on the deaths line; the rest are its too.
        const std::string at = ", discounted at " + outcomeRate;
        s.push_back({"Life-years gained" + at, formatDecimal(c.lifeYearsGained, 1)});
        s.push_back({"QALYs gained" + at, formatDecimal(c.qalysGained, 1)});
        s.push_back(
            {"Incremental cost (NPV of commissioner spend)", formatMoneyExact(c.incrementalCost)});
        std::string icer;
        if (c.dominant)
            icer = "dominant: saves money and gains QALYs";
        else if (!c.icer)
            icer = "n/a (no QALYs gained or lost)";
        else if (c.qalysGained < 0)
            icer = formatMoneyExact(*c.icer) + " saved per QALY lost";
        else
            icer = formatMoneyExact(*c.icer) + " per QALY gained";
        s.push_back({"ICER", icer});
        s.push_back({"Net monetary benefit at " + formatMoneyExact(p.assumptions.qalyThreshold) +
                         " per QALY",
                     formatMoneyExact(c.netMonetaryBenefit)});
    }
    if (withheldAny(a))
        s.push_back({"Money withheld (marginal rate, readmissions)",
                     p.assumptions.reinvestWithheld ? "counted as reinvested by the commissioner"
                                                    : "counted as saved by the commissioner"});
    return s;
}

namespace {
void writeCsv(std::ostream& out, const Project& p, const Appraisal& a,
              const std::vector<ReportRow>& rows) {
    const int T = a.baseline.years;
    out << "row";
    for (int t = 0; t < T; ++t)
        out << ',' << yearLabel(p, t);
    out << ",total\n";
    std::string section;
    for (const ReportRow& r : rows) {
        if (r.kind == RowKind::Heading) {
            section = trimmed(r.label);
            continue;
        }
        out << csvText(section + ": " + trimmed(r.label));
        for (double v : r.years)
            out << ',' << formatDecimal(v, 2);
        out << ',' << (r.total ? formatDecimal(*r.total, 2) : std::string()) << '\n';
    }
}
} // namespace

void writeResultsCsv(std::ostream& out, const Project& p, const Appraisal& a) {
    writeCsv(out, p, a, yearlyReport(a));
}

void writeProviderCsv(std::ostream& out, const Project& p, const Appraisal& a) {
    std::vector<ReportRow> rows = yearlyReport(a);
    for (ReportRow& r : providerReport(p, a))
        rows.push_back(std::move(r));
    writeCsv(out, p, a, rows);
}

void writeResultsJson(std::ostream& out, const Project& p, const Scenario& s, const Appraisal& a,
                      bool withProviders) {
    const Impact& im = a.impact;
    JsonObject root(out, 0);
    root.member("commissioner", jsonString(p.commissioner.name));
    root.member("scenario", jsonString(s.name));
    root.member("discountRate", jsonNumber(p.assumptions.discountRate));
    std::ostream& years = root.open("years");
    years << "[";
    for (int t = 0; t < a.baseline.years; ++t) {
        const YearImpact& y = im.years[static_cast<std::size_t>(t)];
        years << (t == 0 ? "\n" : ",\n") << "        ";
        JsonObject year(out, 8);
        year.member("year", jsonString(yearLabel(p, t)));
        for (const auto& [key, result] : {std::pair<const char*, const ProjectionResult*>{
                                              "baselineSpendBySetting", &a.baseline},
                                          std::pair<const char*, const ProjectionResult*>{
                                              "scenarioSpendBySetting", &a.scenario}}) {
            std::ostream& o = year.open(key);
            JsonObject bySetting(o, 12);
            for (int k = 0; k < kSettingCount; ++k) {
                const auto setting = static_cast<Setting>(k);
                bySetting.member(std::string(settingKey(setting)),
                                 jsonNumber(result->settingSpend(t, setting)));
            }
            bySetting.close();
        }
        year.member("baselineSpend", jsonNumber(y.baselineSpend));
        year.member("scenarioSpend", jsonNumber(y.scenarioSpend));
        year.member("investment", jsonNumber(y.investment));
        year.member("grossSaving", jsonNumber(y.grossSaving));
        year.member("netSaving", jsonNumber(y.netSaving));
        year.member("cumulativeNetSaving", jsonNumber(y.cumulativeNetSaving));
        year.member("realNetSaving", jsonNumber(y.realNetSaving));
        year.member("discountedNetSaving", jsonNumber(y.discountedNetSaving));
        year.member("discountedCashNetSaving", jsonNumber(y.discountedCashNetSaving));
        year.member("emergencyAdmissionsAvoided", jsonNumber(y.admissionsAvoided));
        year.member("bedDaysAvoided", jsonNumber(y.bedDaysAvoided));
        if (withProviders) {
            year.member("commissionerSpendChange", jsonNumber(y.commissionerSpendChange));
            year.member("otherProvidersChange", jsonNumber(y.otherProvidersChange));
            year.member("reinvestedChange", jsonNumber(y.reinvestedChange));
            year.member("cashReleasing", jsonNumber(y.cashReleasing));
            year.member("capacityReleasing", jsonNumber(y.capacityReleasing));
            std::ostream& list = year.open("providers");
            list << "[";
            const auto& row = im.providerYears[static_cast<std::size_t>(t)];
            for (std::size_t k = 0; k < row.size(); ++k) {
                list << (k == 0 ? "\n" : ",\n") << "            ";
                JsonObject provider(out, 12);
                writeProvider(provider, p.providers[k], row[k]);
                provider.close();
            }
            list << (row.empty() ? "]" : "\n        ]");
        }
        year.close();
    }
    years << (a.baseline.years > 0 ? "\n    ]" : "]");
    std::ostream& summaryOut = root.open("summary");
    JsonObject summary(summaryOut, 4);
    summary.member("investment", jsonNumber(im.investment));
    summary.member("grossSaving", jsonNumber(im.grossSaving));
    summary.member("netSaving", jsonNumber(im.netSaving));
    summary.member("realNetSaving", jsonNumber(im.realNetSaving));
    summary.member("npv", jsonNumber(im.npv));
    summary.member("npvCash", jsonNumber(im.npvCash));
    summary.member("prices", jsonString("npv and real figures: " +
                                        formatFinancialYear(p.commissioner.baseYear) +
                                        " prices, deflated by the tariff price index; other "
                                        "money in cash of each year"));
    summary.member("withheldMoney",
                   jsonString(p.assumptions.reinvestWithheld ? "reinvested" : "saved"));
    summary.member("roi", im.roi ? jsonNumber(*im.roi) : "null");
    summary.member("paybackYear",
                   im.paybackYear ? jsonString(yearLabel(p, *im.paybackYear)) : "null");
    summary.member("breakEvenMultiplier", a.breakEven ? jsonNumber(*a.breakEven) : "null");
    summary.member("breakEvenAchievable", a.breakEvenAchievable ? "true" : "false");
    summary.member("emergencyAdmissionsAvoided", jsonNumber(im.admissionsAvoided));
    summary.member("bedDaysAvoided", jsonNumber(im.bedDaysAvoided));
    if (withProviders) {
        summary.member("cashReleasing", jsonNumber(im.cashReleasing));
        summary.member("capacityReleasing", jsonNumber(im.capacityReleasing));
        std::ostream& list = summary.open("providers");
        list << "[";
        for (std::size_t k = 0; k < im.providers.size(); ++k) {
            list << (k == 0 ? "\n" : ",\n") << "            ";
            JsonObject provider(out, 8);
            writeProvider(provider, p.providers[k], im.providers[k]);
            provider.close();
        }
        list << (im.providers.empty() ? "]" : "\n        ]");
    }
    summary.close();
    // The people of groups with a cohort model (docs/cohort-models.md).
    if (!a.cohorts.empty()) {
        std::ostream& list = root.open("cohorts");
        list << "[";
        for (std::size_t k = 0; k < a.cohorts.size(); ++k) {
            const CohortImpact& c = a.cohorts[k];
            list << (k == 0 ? "\n" : ",\n") << "        ";
            JsonObject o(out, 8);
            o.member("model", jsonString(c.model));
            o.member("group", jsonString(std::string(groupKey(c.group))));
            std::ostream& deaths = o.open("deaths");
            deaths << "[";
            for (int t = 0; t < a.baseline.years; ++t) {
                const auto ut = static_cast<std::size_t>(t);
                deaths << (t == 0 ? "" : ", ") << "{\"year\": " << jsonString(yearLabel(p, t))
                       << ", \"baseline\": " << jsonNumber(a.baseline.cohorts[k].deaths[ut])
                       << ", \"scenario\": " << jsonNumber(a.scenario.cohorts[k].deaths[ut]) << "}";
            }
            deaths << "]";
            o.member("deathsAverted", jsonNumber(c.deathsAverted));
            for (const auto& [key, totals] :
                 {std::pair<const char*, const cohort::Totals*>{"baseline", &c.baseline},
                  {"scenario", &c.scenario},
                  {"baselineUndiscounted", &c.baselineUndiscounted},
                  {"scenarioUndiscounted", &c.scenarioUndiscounted}}) {
                std::ostream& t = o.open(key);
                t << "{\"lifeYears\": " << jsonNumber(totals->lifeYears)
                  << ", \"qalys\": " << jsonNumber(totals->qalys) << "}";
            }
            o.member("lifeYearsGained", jsonNumber(c.lifeYearsGained));
            o.member("qalysGained", jsonNumber(c.qalysGained));
            o.member("incrementalCost", jsonNumber(c.incrementalCost));
            o.member("icer", c.icer && !c.dominant ? jsonNumber(*c.icer) : "null");
            o.member("dominant", c.dominant ? "true" : "false");
            o.member("qalyThreshold", jsonNumber(p.assumptions.qalyThreshold));
            o.member("netMonetaryBenefit", jsonNumber(c.netMonetaryBenefit));
            o.close();
        }
        list << "\n    ]";
    }
    root.close();
    out << "\n";
}

} // namespace careshift
