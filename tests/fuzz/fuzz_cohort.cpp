// libFuzzer target for cohort model files (issue 10): any bytes must give a
// model that compiles and runs, or a LoadError; never a crash, a hang, a
// sanitizer report or a result that is not finite. What loads is run (every
// strategy over its horizon, the frontier) and written as the CLI's JSON.
// Build and run: scripts/fuzz.sh SECONDS fuzz_cohort (seeded with
// tests/data/cohort/*.json).

#include "engine/cohort.h"
#include "store/cohortjson.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace {
QCoreApplication* app = nullptr; // never destroyed (see fuzz_projectfile.cpp)
int appArgc = 1;
char appName[] = "fuzz_cohort";
char* appArgv[] = {appName, nullptr};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!app)
        app = new QCoreApplication(appArgc, appArgv);
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        const auto model = careshift::store::readCohortJson(bytes, QStringLiteral("fuzz.json"));
        std::vector<careshift::cohort::CohortError> errors;
        const auto result = careshift::cohort::runModel(model, errors);
        if (!result)
            std::abort(); // it was read, so it runs
        for (const auto& r : result->strategies)
            if (!std::isfinite(r.discounted.cost) || !std::isfinite(r.discounted.qalys))
                std::abort();
        (void)QJsonDocument(careshift::store::cohortResultJson(model, *result)).toJson();
    } catch (const careshift::store::LoadError&) {
        // refused: fine
    }
    return 0;
}
