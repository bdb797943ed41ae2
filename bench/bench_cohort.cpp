// Time for cohort (Markov) models (issue 10).
//
//   hiv_run      - the HIV model of Chancellor et al. (1997), deterministic,
//                  both strategies, on the compiled model: formulas evaluated
//                  per cycle, trace, counting, discounting and the frontier
//                  (target: under 10 us)
//   hiv_compile  - the same from the Model: checks and parses every formula
//   thr_run      - the time-varying hip replacement model (Briggs et al.,
//                  60 cycles, a Weibull revision hazard, a life table)
//
// Run: build/release/bench/bench_cohort

#include "engine/cohort.h"
#include "store/cohortjson.h"

#include <benchmark/benchmark.h>

#include <map>
#include <stdexcept>

using namespace careshift;

namespace {

const cohort::Model& modelFile(const char* name) {
    static std::map<std::string, cohort::Model> models;
    auto it = models.find(name);
    if (it == models.end())
        it = models
                 .emplace(name, store::loadCohortFile(
                                    QStringLiteral(CARESHIFT_SOURCE_DIR "/tests/data/cohort/") +
                                    QLatin1String(name)))
                 .first;
    return it->second;
}

void runCompiled(benchmark::State& state, const char* file) {
    std::vector<cohort::CohortError> errors;
    const auto compiled = cohort::compile(modelFile(file), errors);
    if (!compiled)
        throw std::runtime_error("the model does not compile");
    for (auto _ : state) {
        auto r = cohort::runModel(*compiled, errors);
        benchmark::DoNotOptimize(r->frontier.data());
    }
}

void BM_HivRun(benchmark::State& state) {
    runCompiled(state, "hiv-chancellor-1997.json");
}
void BM_ThrRun(benchmark::State& state) {
    runCompiled(state, "thr-briggs.json");
}

void BM_HivCompile(benchmark::State& state) {
    const auto& model = modelFile("hiv-chancellor-1997.json");
    std::vector<cohort::CohortError> errors;
    for (auto _ : state) {
        auto r = cohort::runModel(model, errors);
        benchmark::DoNotOptimize(r->frontier.data());
    }
}

} // namespace

BENCHMARK(BM_HivRun)->Name("hiv_run")->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_HivCompile)->Name("hiv_compile")->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ThrRun)->Name("thr_run")->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
