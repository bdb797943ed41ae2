// libFuzzer target for the project loaders: any bytes, as a .careshift file
// and as JSON, must give a project that validates or a LoadError, never a
// crash, a hang or a sanitizer report. What loads is also projected,
// appraised, rated on its outcomes and written out as the CLI writes it, so
// undefined behaviour in the engine and the formatters is found too (issue
// 11). Build and run: scripts/fuzz.sh. With CARESHIFT_FUZZ_JSON_ONLY
// defined (the fuzz_json target) only the JSON reader is fuzzed: faster.

#include "engine/appraisal.h"
#include "engine/outcomereport.h"
#include "engine/outcomes.h"
#include "engine/report.h"
#include "engine/validate.h"
#include "store/jsonio.h"
#include "store/projectfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <sstream>

namespace {
// Deliberately never destroyed: libFuzzer exits through exit(), after which
// Qt's own globals are gone and ~QCoreApplication would crash (the first
// fuzz run found exactly that, in this harness, not in the loaders).
QCoreApplication* app = nullptr;
QTemporaryDir* dir = nullptr;
int appArgc = 1;
char appName[] = "fuzz_projectfile";
char* appArgv[] = {appName, nullptr};
} // namespace

/// Everything the CLI does with a project, for each scenario (at most a few):
/// a projection error is a refusal, anything else must not happen.
void exercise(const careshift::Project& p) {
    int n = 0;
    for (const careshift::Scenario& s : p.scenarios) {
        if (++n > 3)
            break;
        try {
            const careshift::Appraisal a = careshift::appraise(p, s);
            std::ostringstream out;
            careshift::writeResultsCsv(out, p, a);
            careshift::writeResultsJson(out, p, s, a, true);
            const careshift::OutcomeResult o =
                careshift::projectOutcomes(p, s, a.baseline, a.scenario);
            careshift::writeOutcomesJson(out, p, s, o, o.years - 1);
            careshift::writeOutcomesTable(out, p, s, o, 0);
        } catch (const careshift::ProjectionError&) {
        }
    }
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    app = new QCoreApplication(appArgc, appArgv); // Qt SQL needs an application
    dir = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
#ifndef CARESHIFT_FUZZ_JSON_ONLY
    const QString path = dir->filePath(QStringLiteral("input.careshift"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(bytes);
    }
    try {
        const careshift::store::LoadedProject loaded = careshift::store::loadProjectFile(path);
        // A project that loads must be one the engine accepts.
        if (!careshift::validate(loaded.project).empty())
            std::abort();
        exercise(loaded.project);
    } catch (const careshift::store::LoadError&) {
    }
#endif
    try {
        const careshift::Project p = careshift::store::readProjectJson(bytes, QStringLiteral("f"));
        if (!careshift::validate(p).empty())
            std::abort();
        exercise(p);
    } catch (const careshift::store::LoadError&) {
    }
    return 0;
}
