// Time for one projection of each sample scenario.
//
//   evaluate  - the compiled model re-run into reused buffers: what PSA and
//               break-even search pay per iteration (target: under 50 us)
//   project   - validate + compile + evaluate from the Project: one GUI edit
//   appraise  - baseline + scenario + comparison + break-even search: what the
//               window recomputes when the scenario changes
//   outcomes  - the 15 outcome metrics, ratings, ranks and scores from an
//               appraisal's two projections: what the Outcomes tab adds to an
//               edit (target: well under 1 ms)
//
// Run: build/release/bench/bench_projection

#include "engine/appraisal.h"
#include "engine/outcomes.h"
#include "store/sample.h"

#include <benchmark/benchmark.h>

using namespace careshift;

namespace {
const Project& sample() {
    static const Project p = store::loadSample();
    return p;
}

const Scenario& scenarioAt(int i) {
    return sample().scenarios[static_cast<std::size_t>(i)];
}

void setLabel(benchmark::State& state) {
    state.SetLabel(scenarioAt(static_cast<int>(state.range(0))).name);
}

void BM_Evaluate(benchmark::State& state) {
    const Model model = Model::compile(sample(), scenarioAt(static_cast<int>(state.range(0))));
    ProjectionResult result;
    evaluate(model, result);
    for (auto _ : state) {
        evaluate(model, result);
        benchmark::DoNotOptimize(result.totalSpend.data());
    }
    setLabel(state);
}

void BM_Project(benchmark::State& state) {
    for (auto _ : state) {
        ProjectionResult r = project(sample(), scenarioAt(static_cast<int>(state.range(0))));
        benchmark::DoNotOptimize(r.totalSpend.data());
    }
    setLabel(state);
}

void BM_Appraise(benchmark::State& state) {
    for (auto _ : state) {
        Appraisal a = appraise(sample(), scenarioAt(static_cast<int>(state.range(0))));
        benchmark::DoNotOptimize(a.impact.npv);
    }
    setLabel(state);
}
void BM_Outcomes(benchmark::State& state) {
    const Scenario& s = scenarioAt(static_cast<int>(state.range(0)));
    const Appraisal a = appraise(sample(), s);
    for (auto _ : state) {
        OutcomeResult o = projectOutcomes(sample(), s, a.baseline, a.scenario);
        benchmark::DoNotOptimize(o.metrics.data());
    }
    setLabel(state);
}
} // namespace

BENCHMARK(BM_Outcomes)->DenseRange(0, 3)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Evaluate)->DenseRange(0, 3)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Project)->DenseRange(0, 3)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Appraise)->DenseRange(0, 3)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
