// careshift-cli: the CareShift engine headless. Prints a scenario's
// projection against the baseline as a table, CSV or JSON, so that figures
// can be checked by hand and piped into other tools.

#include "engine/appraisal.h"
#include "engine/format.h"
#include "engine/report.h"
#include "engine/validate.h"
#include "store/jsonio.h"
#include "store/projectfile.h"
#include "store/sample.h"

#include <QFileInfo>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

using namespace careshift;

namespace {

constexpr const char* kUsage =
    "Usage: careshift-cli run FILE [--scenario NAME] [--format table|csv|json]\n"
    "       careshift-cli --sample [--scenario NAME] [--format table|csv|json]\n"
    "       careshift-cli scenarios FILE        (or --sample --list-scenarios)\n"
    "       careshift-cli validate FILE\n"
    "       careshift-cli convert IN OUT\n"
    "       careshift-cli sample OUT\n"
    "\n"
    "Projects a scenario against its baseline and prints spend by setting per\n"
    "year, the impact and the summary figures. FILE is a .careshift project or\n"
    "its JSON export; --sample uses the embedded NHS Anytown CCG.\n"
    "\n"
    "  run FILE            project a scenario of FILE\n"
    "  --scenario NAME     scenario id or name (default: the first scenario\n"
    "                      that has interventions)\n"
    "  --format FORMAT     table (default), csv or json\n"
    "  scenarios FILE      list the scenarios\n"
    "  validate FILE       check FILE and print every problem (exit 1 if any)\n"
    "  convert IN OUT      .careshift <-> .json (by OUT's extension); an older\n"
    "                      file converted onto itself is backed up first\n"
    "  sample OUT          write the sample project to OUT (.careshift or .json)\n"
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
    const int labelWidth = 32;
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
        std::snprintf(buf, sizeof buf, "  %-30s %s\n", line.label.c_str(), line.value.c_str());
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

int runProjection(const Project& project, const std::string& scenarioName,
                  const std::string& format) {
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
        return 2;
    }
    for (const Problem& w : scenarioWarnings(project, *scenario))
        std::cerr << "careshift-cli: warning: " << w.toString() << "\n";
    const Appraisal appraisal = appraise(project, *scenario);
    if (format == "csv")
        writeResultsCsv(std::cout, project, appraisal);
    else if (format == "json")
        writeResultsJson(std::cout, project, *scenario, appraisal);
    else
        printTable(project, *scenario, appraisal);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> positional;
    bool sample = false;
    bool list = false;
    std::string scenarioName;
    std::string format = "table";
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
        } else if (arg == "--scenario") {
            if (i + 1 >= argc)
                return usageError("--scenario needs a scenario name");
            scenarioName = argv[++i];
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

    try {
        if (sample) {
            if (!positional.empty())
                return usageError("--sample takes no file; use 'run FILE' for a file");
            const Project project = store::loadSample();
            if (list) {
                for (const Scenario& s : project.scenarios)
                    std::cout << s.id << "\t" << s.name << "\n";
                return 0;
            }
            return runProjection(project, scenarioName, format);
        }
        if (positional.empty())
            return usageError("say which project to use: run FILE, or --sample");
        const std::string command = positional[0];
        auto expect = [&](std::size_t n) { return positional.size() == n + 1; };
        if (command == "run") {
            if (!expect(1))
                return usageError("run takes one FILE");
            return runProjection(store::loadAnyProject(qarg(positional[1])).project, scenarioName,
                                 format);
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
