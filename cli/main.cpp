// careshift-cli: the CareShift engine headless. Prints a scenario's
// projection against the baseline as a table, CSV or JSON, so that figures
// can be checked by hand and piped into other tools.

#include "engine/appraisal.h"
#include "engine/format.h"
#include "engine/options.h"
#include "engine/outcomereport.h"
#include "engine/report.h"
#include "engine/validate.h"
#include "gui/paper/boardpaper.h"
#include "store/cohortjson.h"
#include "store/jsonio.h"
#include "store/projectfile.h"
#include "store/sample.h"
#include "store/tariffcsv.h"
#include "store/workbook.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

using namespace careshift;

namespace {

constexpr const char* kUsage =
    "Usage: careshift-cli run FILE [--scenario NAME] [--providers | --outcomes [--year Y]]\n"
    "                                 [--format table|csv|json]\n"
    "       careshift-cli --sample [--scenario NAME] [--providers | --outcomes [--year Y]]\n"
    "                              [--format table|csv|json]\n"
    "       careshift-cli compare FILE [--regimes [--scenario NAME]] [--format table|csv|json]\n"
    "       careshift-cli --sample compare [--regimes ...]\n"
    "       careshift-cli report FILE [--pdf OUT] [--xlsx OUT] [--scenarios A,B,...]\n"
    "                                 [--author NAME] [--title TEXT]\n"
    "       careshift-cli --sample report [--pdf OUT] [--xlsx OUT] [--scenarios ...]\n"
    "       careshift-cli scenarios FILE        (or --sample --list-scenarios)\n"
    "       careshift-cli validate FILE\n"
    "       careshift-cli convert IN OUT\n"
    "       careshift-cli import-tariff FILE TARIFF.csv [OUT]\n"
    "       careshift-cli sample OUT\n"
    "       careshift-cli cohort MODEL.json [--format table|csv|json]\n"
    "\n"
    "Projects a scenario against its baseline and prints spend by setting per\n"
    "year, the impact and the summary figures. FILE is a .careshift project or\n"
    "its JSON export; --sample uses the embedded NHS Anytown CCG.\n"
    "\n"
    "  run FILE            project a scenario of FILE\n"
    "  --scenario NAME     scenario id or name (default: the first scenario\n"
    "                      that has interventions)\n"
    "  --format FORMAT     table (default), csv or json\n"
    "  --providers         add who saves and who pays: the commissioner's spend\n"
    "                      change and each provider's income, cost and margin\n"
    "                      change per year\n"
    "  --outcomes          outcomes for the five patient groups instead: each\n"
    "                      metric baseline and scenario, its rating (red, amber,\n"
    "                      green) and rank among peers, the weighted scores per\n"
    "                      group and lens, per group and overall\n"
    "  --year Y            the year of the outcomes, e.g. 2018/19 or 2018\n"
    "                      (default: the last year of the horizon)\n"
    "  compare FILE        every scenario side by side: investment, net saving,\n"
    "                      NPV (real and cash), ROI, payback, activity avoided,\n"
    "                      the worst-hit provider's margin\n"
    "  --regimes           compare one scenario under each payment regime\n"
    "  report FILE         write the board pack's exports of FILE:\n"
    "  --pdf OUT           the board paper, an A4 PDF: cover, executive summary,\n"
    "                      a section per option, who saves and who pays,\n"
    "                      outcomes, uncertainty, method and the assumptions\n"
    "                      register (docs/board-paper.md)\n"
    "  --author NAME       the paper's author (cover); --title TEXT its title\n"
    "  --xlsx OUT          an Excel workbook: options, years, providers,\n"
    "                      outcomes and the assumptions register, numbers as\n"
    "                      numbers (docs/exports.md)\n"
    "  --scenarios A,B     the scenarios to report, ids or names separated by\n"
    "                      commas (default: every scenario)\n"
    "  scenarios FILE      list the scenarios\n"
    "  validate FILE       check FILE and print every problem (exit 1 if any)\n"
    "  convert IN OUT      .careshift <-> .json (by OUT's extension); an older\n"
    "                      file converted onto itself is backed up first\n"
    "  sample OUT          write the sample project to OUT (.careshift or .json)\n"
    "  cohort MODEL.json   run a cohort (Markov) model file on its own: cost,\n"
    "                      life-years and QALYs per strategy (discounted and\n"
    "                      not), deaths, the trace (csv, json) and the frontier\n"
    "                      with ICERs (docs/cohort-models.md)\n"
    "  import-tariff FILE TARIFF.csv [OUT]\n"
    "                      add an HRG tariff table from CSV (the National Tariff's\n"
    "                      admitted patient care sheet, or CareShift's own keys) to\n"
    "                      FILE, saved to OUT or to FILE; all rows or none\n"
    "  -h, --help          show this help\n"
    "  --version           print the version\n";

int usageError(const std::string& message) {
    std::cerr << "careshift-cli: " << message << "\n\n" << kUsage;
    return 2;
}

std::string cellText(const ReportRow& r, double v) {
    return r.kind == RowKind::Count ? formatCount(v) : formatMoneyExact(v);
}

void printTable(const Project& p, const Scenario& s, const Appraisal& a) {
    const int T = a.baseline.years;
    std::cout << p.commissioner.name << ": " << s.name << " against the baseline (do nothing)\n"
              << "Base year " << formatFinancialYear(p.commissioner.baseYear) << ", horizon "
              << p.assumptions.horizon << " years, cash pounds (prices uplifted each year)\n\n";
    const int labelWidth = 44;
    const int width = 16;
    std::cout << std::string(labelWidth, ' ');
    char buf[128];
    for (int t = 0; t < T; ++t) {
        std::snprintf(buf, sizeof buf, "%*s", width,
                      formatFinancialYear(p.commissioner.baseYear + t).c_str());
        std::cout << buf;
    }
    std::snprintf(buf, sizeof buf, "%*s\n", width, "Total");
    std::cout << buf;
    for (const ReportRow& r : yearlyReport(a)) {
        std::snprintf(buf, sizeof buf, "%-*s", labelWidth, r.label.c_str());
        std::cout << buf;
        if (r.kind != RowKind::Heading) {
            // Widths are in bytes; "£" is two bytes in UTF-8, hence +1.
            for (double v : r.years) {
                const std::string text = cellText(r, v);
                const int pad = width + (r.kind == RowKind::Money ? 1 : 0);
                std::snprintf(buf, sizeof buf, "%*s", pad, text.c_str());
                std::cout << buf;
            }
            if (r.total) {
                const int pad = width + (r.kind == RowKind::Money ? 1 : 0);
                std::snprintf(buf, sizeof buf, "%*s", pad, cellText(r, *r.total).c_str());
                std::cout << buf;
            }
        }
        std::cout << '\n';
    }
    std::cout << "\nSummary over " << T << " years\n";
    for (const SummaryLine& line : summaryLines(p, a)) {
        std::snprintf(buf, sizeof buf, "  %-44s %s\n", line.label.c_str(), line.value.c_str());
        std::cout << buf;
    }
}

int printErrors(const store::FileError& e) {
    for (const QString& m : e.messages())
        std::cerr << "careshift-cli: " << m.toStdString() << "\n";
    return 1;
}

QString qarg(const std::string& s) {
    return QString::fromLocal8Bit(s.c_str());
}

const Scenario* chooseScenario(const Project& project, const std::string& scenarioName) {
    const Scenario* scenario = nullptr;
    if (scenarioName.empty()) {
        for (const Scenario& s : project.scenarios) {
            if (!s.items.empty()) {
                scenario = &s;
                break;
            }
        }
        if (!scenario && !project.scenarios.empty())
            scenario = &project.scenarios.front();
    } else {
        scenario = project.findScenario(scenarioName);
    }
    if (!scenario) {
        std::string names;
        for (const Scenario& s : project.scenarios)
            names += "\n  " + s.id + " (" + s.name + ")";
        std::cerr << "careshift-cli: no scenario '" << scenarioName
                  << "'. Scenarios:" << (names.empty() ? std::string(" none") : names) << "\n";
    }
    return scenario;
}

struct Options {
    std::string scenario;
    std::string format = "table";
    bool providers = false;
    bool regimes = false;
    bool outcomes = false;
    std::string year; ///< --year, as typed
    // The report command's outputs (one or more) and its scenarios.
    std::string xlsxOut;      ///< --xlsx OUT
    std::string pdfOut;       ///< --pdf OUT
    std::string author;       ///< --author NAME (the paper's cover)
    std::string title;        ///< --title TEXT
    std::string scenarioList; ///< --scenarios, as typed: ids or names, comma-separated
    bool scenarioListGiven = false;
    bool anyReportOutput() const { return !xlsxOut.empty() || !pdfOut.empty(); }
};

void printProviderTable(const Project& p, const Appraisal& a) {
    const int labelWidth = 46;
    const int width = 16;
    char buf[256];
    std::cout << "\nWho saves, who pays (scenario minus baseline, cash)\n"
              << std::string(labelWidth, ' ');
    for (int t = 0; t < a.baseline.years; ++t) {
        std::snprintf(buf, sizeof buf, "%*s", width,
                      formatFinancialYear(p.commissioner.baseYear + t).c_str());
        std::cout << buf;
    }
    std::snprintf(buf, sizeof buf, "%*s\n", width, "Total");
    std::cout << buf;
    for (const ReportRow& r : providerReport(p, a)) {
        if (r.kind == RowKind::Heading) {
            std::cout << r.label << '\n';
            continue;
        }
        std::snprintf(buf, sizeof buf, "%-*.*s", labelWidth, labelWidth - 1, r.label.c_str());
        std::cout << buf;
        // Widths are in bytes; "£" is two bytes in UTF-8, hence +1 on money.
        const int pad = width + (r.kind == RowKind::Money ? 1 : 0);
        for (double v : r.years) {
            std::snprintf(buf, sizeof buf, "%*s", pad, cellText(r, v).c_str());
            std::cout << buf;
        }
        if (r.total) {
            std::snprintf(buf, sizeof buf, "%*s", pad, cellText(r, *r.total).c_str());
            std::cout << buf;
        }
        std::cout << '\n';
    }
}

/// An optional figure with `decimals`, or `none` when there is none.
std::string optionalText(const std::optional<double>& v, int decimals, const char* none = "") {
    return v ? formatDecimal(*v, decimals) : std::string(none);
}

std::string jsonNumberText(double v) {
    return formatDecimal(v, 2);
}

/// Options (or regimes) side by side.
void printOptions(const Project& p, const std::vector<OptionSummary>& options,
                  const std::string& title, const std::string& format) {
    const int base = p.commissioner.baseYear;
    auto payback = [&](const OptionSummary& o) {
        return o.paybackYear ? formatFinancialYear(base + *o.paybackYear)
                             : std::string(o.investment > 0 ? "not within horizon" : "n/a");
    };
    if (format == "csv") {
        std::cout << "id,option,investment,net saving,NPV real (" << formatFinancialYear(base)
                  << " prices),NPV cash,ROI,payback year,emergency admissions avoided,bed days "
                     "avoided,worst-hit provider,its margin change,outcome score baseline "
                     "(last year),outcome score,cells changing rating,error\n";
        for (const OptionSummary& o : options) {
            std::cout << csvText(o.id) << ',' << csvText(o.name) << ',';
            if (o.error.empty())
                std::cout << formatDecimal(o.investment, 2) << ',' << formatDecimal(o.netSaving, 2)
                          << ',' << formatDecimal(o.npv, 2) << ',' << formatDecimal(o.npvCash, 2)
                          << ',' << (o.roi ? formatDecimal(*o.roi, 6) : std::string()) << ','
                          << (o.paybackYear ? formatFinancialYear(base + *o.paybackYear)
                                            : std::string())
                          << ',' << formatDecimal(o.admissionsAvoided, 2) << ','
                          << formatDecimal(o.bedDaysAvoided, 2) << ',' << csvText(o.worstProvider)
                          << ',' << formatDecimal(o.worstMarginChange, 2) << ','
                          << optionalText(o.baselineOutcomeScore, 4) << ','
                          << optionalText(o.outcomeScore, 4) << ',' << o.cellsChangingRating
                          << ",\n";
            else
                std::cout << ",,,,,,,,,,,,," << csvText(o.error) << '\n';
        }
        return;
    }
    if (format == "json") {
        std::cout << "{\n    \"commissioner\": " << jsonString(p.commissioner.name)
                  << ",\n    \"title\": " << jsonString(title) << ",\n    \"options\": [";
        for (std::size_t i = 0; i < options.size(); ++i) {
            const OptionSummary& o = options[i];
            std::cout << (i == 0 ? "\n" : ",\n") << "        {\"id\": " << jsonString(o.id)
                      << ", \"name\": " << jsonString(o.name);
            if (!o.error.empty()) {
                std::cout << ", \"error\": " << jsonString(o.error) << "}";
                continue;
            }
            std::cout << ", \"investment\": " << jsonNumberText(o.investment)
                      << ", \"netSaving\": " << jsonNumberText(o.netSaving)
                      << ", \"npv\": " << jsonNumberText(o.npv)
                      << ", \"npvCash\": " << jsonNumberText(o.npvCash)
                      << ", \"roi\": " << (o.roi ? formatDecimal(*o.roi, 6) : std::string("null"))
                      << ", \"paybackYear\": "
                      << (o.paybackYear ? jsonString(formatFinancialYear(base + *o.paybackYear))
                                        : std::string("null"))
                      << ", \"emergencyAdmissionsAvoided\": " << jsonNumberText(o.admissionsAvoided)
                      << ", \"bedDaysAvoided\": " << jsonNumberText(o.bedDaysAvoided)
                      << ", \"worstProvider\": " << jsonString(o.worstProvider)
                      << ", \"worstMarginChange\": " << jsonNumberText(o.worstMarginChange)
                      << ", \"outcomeScoreBaseline\": "
                      << optionalText(o.baselineOutcomeScore, 4, "null")
                      << ", \"outcomeScore\": " << optionalText(o.outcomeScore, 4, "null")
                      << ", \"cellsChangingRating\": " << o.cellsChangingRating
                      << ", \"cellsBetter\": " << o.cellsBetter
                      << ", \"cellsWorse\": " << o.cellsWorse << "}";
        }
        std::cout << "\n    ]\n}\n";
        return;
    }
    std::cout << p.commissioner.name << ": " << title << "\n"
              << "NPV in real terms (" << formatFinancialYear(base)
              << " prices, the Green Book's) and in cash, at "
              << formatDecimal(p.assumptions.discountRate * 100, 2) << "%; other money in cash\n\n";
    char buf[512];
    std::snprintf(buf, sizeof buf, "%-44s %15s %15s %15s %15s %9s %19s %12s %11s %15s %8s  %s\n",
                  "Option", "Investment", "Net saving", "NPV (real)", "NPV (cash)", "ROI",
                  "Payback", "Admissions", "Bed days", "Outcome score", "Ratings",
                  "Worst-hit provider (margin change)");
    std::cout << buf;
    for (const OptionSummary& o : options) {
        if (!o.error.empty()) {
            std::snprintf(buf, sizeof buf, "%-44.44s cannot be projected: %s\n", o.name.c_str(),
                          o.error.c_str());
            std::cout << buf;
            continue;
        }
        const std::string worst =
            o.worstProvider.empty()
                ? std::string("none")
                : o.worstProvider + " (" + formatMoneyExact(o.worstMarginChange) + ")";
        // Widths are in bytes; "£" is two bytes in UTF-8, hence +1 on money.
        // The outcome score in the last year and its change; cells whose rating changes.
        std::string score = optionalText(o.outcomeScore, 1, "n/a");
        if (o.outcomeScore && o.baselineOutcomeScore) {
            const double d = *o.outcomeScore - *o.baselineOutcomeScore;
            score += " (" + std::string(d > 0 ? "+" : "") + formatDecimal(d, 1) + ")";
        }
        std::snprintf(
            buf, sizeof buf, "%-44.44s %16s %16s %16s %16s %9s %19s %12s %11s %15s %8d  %s\n",
            o.name.c_str(), formatMoneyExact(o.investment).c_str(),
            formatMoneyExact(o.netSaving).c_str(), formatMoneyExact(o.npv).c_str(),
            formatMoneyExact(o.npvCash).c_str(), o.roi ? formatPercent(*o.roi, 1).c_str() : "n/a",
            payback(o).c_str(), formatCount(o.admissionsAvoided).c_str(),
            formatCount(o.bedDaysAvoided).c_str(), score.c_str(), o.cellsChangingRating,
            worst.c_str());
        std::cout << buf;
    }
}

int runCompare(const Project& project, const Options& o) {
    if (!o.regimes) {
        printOptions(project, compareScenarios(project), "options side by side", o.format);
        return 0;
    }
    const Scenario* scenario = chooseScenario(project, o.scenario);
    if (!scenario)
        return 2;
    std::string contracts;
    for (int c : regimeContracts(project))
        contracts +=
            (contracts.empty() ? "" : ", ") + project.contracts[static_cast<std::size_t>(c)].name;
    if (o.format == "table")
        std::cout << "Payment regimes applied in every year to: "
                  << (contracts.empty() ? std::string("no contract") : contracts) << "\n";
    printOptions(project, compareRegimes(project, *scenario),
                 "'" + scenario->name + "' under each payment regime", o.format);
    return 0;
}

int runProjection(const Project& project, const Options& o) {
    const Scenario* scenario = chooseScenario(project, o.scenario);
    if (!scenario) {
        return 2;
    }
    for (const Problem& w : scenarioWarnings(project, *scenario))
        std::cerr << "careshift-cli: warning: " << w.toString() << "\n";
    const Appraisal appraisal = appraise(project, *scenario);
    if (o.outcomes) {
        const int base = project.commissioner.baseYear;
        const int last = project.assumptions.horizon - 1;
        int t = last;
        if (!o.year.empty()) {
            // "2018/19" or "2018": a financial year of the projection.
            const std::string first = o.year.substr(0, o.year.find('/'));
            char* end = nullptr;
            const long y = std::strtol(first.c_str(), &end, 10);
            if (first.empty() || *end != '\0' || y < base || y > base + last) {
                std::cerr << "careshift-cli: --year must be a year of the projection, "
                          << formatFinancialYear(base) << " to " << formatFinancialYear(base + last)
                          << " (not '" << o.year << "')\n";
                return 2;
            }
            t = static_cast<int>(y) - base;
        }
        const OutcomeResult outcomes =
            projectOutcomes(project, *scenario, appraisal.baseline, appraisal.scenario);
        if (o.format == "csv")
            writeOutcomesCsv(std::cout, project, outcomes, t);
        else if (o.format == "json")
            writeOutcomesJson(std::cout, project, *scenario, outcomes, t);
        else
            writeOutcomesTable(std::cout, project, *scenario, outcomes, t);
        return 0;
    }
    if (o.format == "csv") {
        if (o.providers)
            writeProviderCsv(std::cout, project, appraisal);
        else
            writeResultsCsv(std::cout, project, appraisal);
    } else if (o.format == "json") {
        writeResultsJson(std::cout, project, *scenario, appraisal, o.providers);
    } else {
        printTable(project, *scenario, appraisal);
        if (o.providers)
            printProviderTable(project, appraisal);
    }
    return 0;
}

/// The scenarios --scenarios names (ids or names, comma-separated) as ids,
/// in the order given; all of them (an empty list) without --scenarios.
/// Prints a usage error and returns nothing for a name that is no scenario.
std::optional<std::vector<std::string>> reportScenarios(const Project& project, const Options& o) {
    std::vector<std::string> ids;
    if (!o.scenarioListGiven)
        return ids;
    std::size_t from = 0;
    while (true) {
        const std::size_t comma = o.scenarioList.find(',', from);
        std::string name = o.scenarioList.substr(
            from, comma == std::string::npos ? std::string::npos : comma - from);
        name.erase(0, name.find_first_not_of(' '));
        name.erase(name.find_last_not_of(' ') + 1);
        if (name.empty()) {
            usageError("--scenarios needs scenario ids or names separated by commas");
            return std::nullopt;
        }
        const Scenario* s = project.findScenario(name);
        if (!s) {
            std::string names;
            for (const Scenario& x : project.scenarios)
                names += "\n  " + x.id + " (" + x.name + ")";
            usageError("--scenarios: no scenario '" + name +
                       "'. Scenarios:" + (names.empty() ? std::string(" none") : names));
            return std::nullopt;
        }
        ids.push_back(s->id);
        if (comma == std::string::npos)
            return ids;
        from = comma + 1;
    }
}

/// Fonts and QPdfWriter need a QGuiApplication; the CLI has no display,
/// so it runs offscreen unless told otherwise.
std::unique_ptr<QGuiApplication> guiApplication() {
    if (QCoreApplication::instance())
        return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "careshift-cli";
    static char* argv[] = {name, nullptr};
    // Without a desktop session Qt warns that XDG_RUNTIME_DIR is unset; the
    // CLI uses no runtime files, so that warning is noise here.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& msg) {
        if (type == QtWarningMsg && msg.startsWith(QStringLiteral("QStandardPaths:")))
            return;
        std::cerr << msg.toStdString() << "\n";
    });
    return std::make_unique<QGuiApplication>(argc, argv);
}

/// The board pack's exports: each output asked for, of the same scenarios.
/// `fileName` is the project file's name for the paper's cover.
int runReport(const Project& project, const Options& o, const QString& fileName) {
    if (!o.anyReportOutput())
        return usageError("report needs an output: --pdf OUT or --xlsx OUT");
    const auto ids = reportScenarios(project, o);
    if (!ids)
        return 2;
    if (!o.pdfOut.empty()) {
        const auto app = guiApplication();
        PaperOptions paper;
        paper.scenarioIds = *ids;
        paper.fileName = fileName;
        paper.author = QString::fromStdString(o.author);
        paper.title = QString::fromStdString(o.title);
        if (project.scenarios.empty()) {
            std::cerr << "careshift-cli: " << o.pdfOut
                      << ": not written: the project has no scenarios, so the paper would "
                         "compare nothing\n";
            return 1;
        }
        const int pages = writeBoardPaper(qarg(o.pdfOut), project, paper);
        std::cout << "wrote " << o.pdfOut << " (" << pages << " pages)\n";
    }
    if (!o.xlsxOut.empty()) {
        store::writeWorkbook(qarg(o.xlsxOut), project, *ids);
        std::cout << "wrote " << o.xlsxOut << "\n";
    }
    return 0;
}

/// A cohort model file run on its own (issue 10).
int runCohort(const cohort::Model& model, const std::string& format, const std::string& file) {
    std::vector<cohort::CohortError> errors;
    const auto result = cohort::runModel(model, errors);
    if (!result) {
        for (const auto& e : errors)
            std::cerr << "careshift-cli: " << file << ": " << e.text() << "\n";
        return 1;
    }
    if (format == "json") {
        std::cout << QJsonDocument(store::cohortResultJson(model, *result))
                         .toJson(QJsonDocument::Indented)
                         .toStdString();
        return 0;
    }
    const auto icerText = [](const cohort::FrontierEntry& f) {
        return f.icer ? formatDecimal(*f.icer, 2) : std::string();
    };
    if (format == "csv") {
        std::cout << "section,strategy,cost,life_years,qalys,undiscounted_cost,"
                     "undiscounted_life_years,undiscounted_qalys,deaths\n";
        for (const auto& r : result->strategies)
            std::cout << "result," << csvText(r.id) << "," << formatDecimal(r.discounted.cost, 6)
                      << "," << formatDecimal(r.discounted.lifeYears, 9) << ","
                      << formatDecimal(r.discounted.qalys, 9) << ","
                      << formatDecimal(r.undiscounted.cost, 6) << ","
                      << formatDecimal(r.undiscounted.lifeYears, 9) << ","
                      << formatDecimal(r.undiscounted.qalys, 9) << ","
                      << formatDecimal(r.totalDeaths, 9) << "\n";
        std::cout << "\nsection,strategy,incremental_cost,incremental_qalys,icer,status\n";
        for (const auto& f : result->frontier)
            std::cout << "frontier," << csvText(f.id) << "," << formatDecimal(f.incrementalCost, 6)
                      << "," << formatDecimal(f.incrementalQalys, 9) << ","
                      << (f.icer ? formatDecimal(*f.icer, 6) : std::string()) << ","
                      << cohort::frontierStatusKey(f.status) << "\n";
        std::cout << "\nsection,strategy,cycle";
        for (const auto& st : model.states)
            std::cout << "," << csvText(st.id);
        std::cout << "\n";
        for (const auto& r : result->strategies)
            for (std::size_t k = 0; k < r.points(); ++k) {
                std::cout << "trace," << csvText(r.id) << "," << k;
                for (std::size_t st = 0; st < r.states; ++st)
                    std::cout << "," << formatDecimal(r.occupancy(k, st), 9);
                std::cout << "\n";
            }
        return 0;
    }
    std::cout << (model.name.empty() ? model.id : model.name) << "\n"
              << model.horizon << " cycles of " << formatDecimal(model.cycleLength, 2)
              << " years, counted " << cohort::countingName(model.counting) << "; costs discounted "
              << formatPercent(model.costDiscount, 1) << ", outcomes "
              << formatPercent(model.outcomeDiscount, 1) << "; cohort of "
              << formatCount(model.cohortSize) << "\n\n";
    std::printf("%-28s %16s %12s %12s   %16s %12s %12s %12s\n", "strategy", "cost", "life-years",
                "QALYs", "cost (undisc.)", "life-years", "QALYs", "deaths");
    for (const auto& r : result->strategies)
        std::printf("%-28s %16s %12s %12s   %16s %12s %12s %12s\n", r.id.c_str(),
                    formatDecimal(r.discounted.cost, 2).c_str(),
                    formatDecimal(r.discounted.lifeYears, 6).c_str(),
                    formatDecimal(r.discounted.qalys, 6).c_str(),
                    formatDecimal(r.undiscounted.cost, 2).c_str(),
                    formatDecimal(r.undiscounted.lifeYears, 6).c_str(),
                    formatDecimal(r.undiscounted.qalys, 6).c_str(),
                    formatDecimal(r.totalDeaths, 6).c_str());
    if (!result->frontier.empty()) {
        std::printf("\n%-28s %16s %12s %14s   %s\n", "frontier", "incr. cost", "incr. QALYs",
                    "ICER", "status");
        for (const auto& f : result->frontier)
            std::printf("%-28s %16s %12s %14s   %s\n", f.id.c_str(),
                        formatDecimal(f.incrementalCost, 2).c_str(),
                        formatDecimal(f.incrementalQalys, 6).c_str(), icerText(f).c_str(),
                        std::string(cohort::frontierStatusKey(f.status)).c_str());
    }
    std::printf("\nDiscounted figures first; ICERs are pounds per QALY against the next cheaper\n"
                "option on the frontier.\n");
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> positional;
    bool sample = false;
    bool list = false;
    Options options;
    std::string& scenarioName = options.scenario;
    std::string& format = options.format;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "-h" || arg == "--help") {
            std::cout << kUsage;
            return 0;
        } else if (arg == "--version") {
            std::cout << "careshift-cli " << CARESHIFT_VERSION << "\n";
            return 0;
        } else if (arg == "--sample") {
            sample = true;
        } else if (arg == "--list-scenarios") {
            list = true;
        } else if (arg == "--providers") {
            options.providers = true;
        } else if (arg == "--outcomes") {
            options.outcomes = true;
        } else if (arg == "--year") {
            if (i + 1 >= argc)
                return usageError("--year needs a year such as 2018/19");
            options.year = argv[++i];
        } else if (arg == "--regimes") {
            options.regimes = true;
        } else if (arg == "--scenario") {
            if (i + 1 >= argc)
                return usageError("--scenario needs a scenario name");
            scenarioName = argv[++i];
        } else if (arg == "--xlsx") {
            if (i + 1 >= argc)
                return usageError("--xlsx needs the workbook's file name");
            options.xlsxOut = argv[++i];
        } else if (arg == "--pdf" || arg == "--author" || arg == "--title") {
            if (i + 1 >= argc)
                return usageError(arg + (arg == "--pdf"      ? " needs the paper's file name"
                                         : arg == "--author" ? " needs a name"
                                                             : " needs a title"));
            (arg == "--pdf"      ? options.pdfOut
             : arg == "--author" ? options.author
                                 : options.title) = argv[++i];
        } else if (arg == "--scenarios") {
            if (i + 1 >= argc)
                return usageError("--scenarios needs scenario ids or names separated by commas");
            options.scenarioList = argv[++i];
            options.scenarioListGiven = true;
        } else if (arg == "--format") {
            if (i + 1 >= argc)
                return usageError("--format needs table, csv or json");
            format = argv[++i];
            if (format != "table" && format != "csv" && format != "json")
                return usageError("unknown format '" + format + "': use table, csv or json");
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usageError("unknown argument '" + arg + "'");
        } else {
            positional.push_back(arg);
        }
    }

    const bool report = sample ? positional == std::vector<std::string>{"report"}
                               : !positional.empty() && positional[0] == "report";
    if (!report && (options.anyReportOutput() || options.scenarioListGiven ||
                    !options.author.empty() || !options.title.empty()))
        return usageError(
            "--pdf, --xlsx, --scenarios, --author and --title belong to the report command");

    try {
        if (sample) {
            if (report)
                return runReport(store::loadSample(), options, QStringLiteral("embedded sample"));
            if (positional == std::vector<std::string>{"compare"})
                return runCompare(store::loadSample(), options);
            if (!positional.empty())
                return usageError("--sample takes no file; use 'run FILE' for a file");
            const Project project = store::loadSample();
            if (list) {
                for (const Scenario& s : project.scenarios)
                    std::cout << s.id << "\t" << s.name << "\n";
                return 0;
            }
            return runProjection(project, options);
        }
        if (positional.empty())
            return usageError("say which project to use: run FILE, or --sample");
        const std::string command = positional[0];
        auto expect = [&](std::size_t n) { return positional.size() == n + 1; };
        if (command == "cohort") {
            if (!expect(1))
                return usageError("cohort takes one MODEL.json");
            return runCohort(store::loadCohortFile(qarg(positional[1])), format,
                             QFileInfo(qarg(positional[1])).fileName().toStdString());
        }
        if (command == "run") {
            if (!expect(1))
                return usageError("run takes one FILE");
            return runProjection(store::loadAnyProject(qarg(positional[1])).project, options);
        }
        if (command == "compare") {
            if (!expect(1))
                return usageError("compare takes one FILE");
            return runCompare(store::loadAnyProject(qarg(positional[1])).project, options);
        }
        if (command == "report") {
            if (!expect(1))
                return usageError("report takes one FILE");
            return runReport(store::loadAnyProject(qarg(positional[1])).project, options,
                             QFileInfo(qarg(positional[1])).fileName());
        }
        if (command == "scenarios") {
            if (!expect(1))
                return usageError("scenarios takes one FILE");
            for (const Scenario& s : store::loadAnyProject(qarg(positional[1])).project.scenarios)
                std::cout << s.id << "\t" << s.name << "\n";
            return 0;
        }
        if (command == "validate") {
            if (!expect(1))
                return usageError("validate takes one FILE");
            const store::LoadedProject loaded = store::loadAnyProject(qarg(positional[1]));
            std::cout << positional[1] << ": valid: " << loaded.project.scenarios.size()
                      << " scenarios, " << loaded.project.interventions.size() << " interventions";
            if (loaded.upgraded())
                std::cout << " (file version " << loaded.fileVersion
                          << ": it will be upgraded to version " << store::kSchemaVersion
                          << " when saved)";
            std::cout << "\n";
            return 0;
        }
        if (command == "convert") {
            if (!expect(2))
                return usageError("convert takes IN and OUT");
            const QString in = qarg(positional[1]);
            const QString out = qarg(positional[2]);
            const store::LoadedProject loaded = store::loadAnyProject(in);
            store::SaveOptions options;
            options.metadata = loaded.metadata;
            options.metadata.appVersion.clear();
            if (loaded.upgraded() &&
                QFileInfo(in).canonicalFilePath() == QFileInfo(out).canonicalFilePath()) {
                options.backupPath = store::upgradeBackupPath(in, loaded.fileVersion);
                std::cout << "backed up the version " << loaded.fileVersion << " file to "
                          << options.backupPath.toStdString() << "\n";
            }
            store::saveAnyProject(out, loaded.project, options);
            std::cout << "wrote " << positional[2] << "\n";
            return 0;
        }
        if (command == "import-tariff") {
            if (positional.size() != 3 && positional.size() != 4)
                return usageError("import-tariff takes FILE, TARIFF.csv and an optional OUT");
            const QString in = qarg(positional[1]);
            const store::LoadedProject loaded = store::loadAnyProject(in);
            int rows = 0;
            const Project merged =
                store::importTariffFile(loaded.project, qarg(positional[2]), &rows);
            const QString out = positional.size() == 4 ? qarg(positional[3]) : in;
            store::SaveOptions options;
            options.metadata = loaded.metadata;
            options.metadata.appVersion.clear();
            if (loaded.upgraded() &&
                QFileInfo(in).canonicalFilePath() == QFileInfo(out).canonicalFilePath())
                options.backupPath = store::upgradeBackupPath(in, loaded.fileVersion);
            store::saveAnyProject(out, merged, options);
            std::cout << "imported " << rows << " HRGs; the tariff now has " << merged.tariff.size()
                      << "; wrote " << out.toStdString() << "\n";
            return 0;
        }
        if (command == "sample") {
            if (!expect(1))
                return usageError("sample takes OUT");
            store::saveAnyProject(qarg(positional[1]), store::loadSample());
            std::cout << "wrote " << positional[1] << "\n";
            return 0;
        }
        return usageError("unknown command '" + command + "'");
    } catch (const store::FileError& e) {
        return printErrors(e);
    } catch (const InvalidProjectError& e) {
        for (const Problem& pr : e.problems())
            std::cerr << "careshift-cli: " << pr.toString() << "\n";
        return 1;
    } catch (const ProjectionError& e) {
        std::cerr << "careshift-cli: " << e.what() << "\n";
        return 1;
    }
}
