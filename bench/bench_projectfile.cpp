// Open and save a large project: the sample with 50 scenarios of 20
// interventions each (1,000 interventions). Target: under 100 ms each.
//
// Run: build/release/bench/bench_projectfile

#include "store/projectfile.h"
#include "store/sample.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace careshift;

namespace {
Project largeProject() {
    Project p = store::loadSample();
    const Intervention frailty = p.interventions[0];
    p.interventions.clear();
    p.scenarios.clear();
    for (int s = 0; s < 50; ++s) {
        Scenario scenario;
        scenario.id = "scenario-" + std::to_string(s);
        scenario.name = "Option " + std::to_string(s + 1);
        for (int i = 0; i < 20; ++i) {
            Intervention iv = frailty;
            iv.id = scenario.id + "-intervention-" + std::to_string(i);
            iv.name = frailty.name + " (" + iv.id + ")"; // names are unique in a project
            iv.coverage = 0.001 * (i + 1);
            p.interventions.push_back(iv);
            scenario.items.push_back({iv.id, i % 3 != 0});
        }
        p.scenarios.push_back(scenario);
    }
    // The frailty model's strategy follows the first copy of the team.
    for (auto& m : p.cohorts)
        for (auto& st : m.strategies)
            if (st.intervention == frailty.id)
                st.intervention = "scenario-0-intervention-0";
    return p;
}

void BM_SaveLarge(benchmark::State& state) {
    const Project p = largeProject();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.careshift"));
    for (auto _ : state)
        store::saveProjectFile(path, p);
    state.SetLabel("50 scenarios x 20 interventions");
}

void BM_OpenLarge(benchmark::State& state) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.careshift"));
    store::saveProjectFile(path, largeProject());
    for (auto _ : state) {
        store::LoadedProject loaded = store::loadProjectFile(path);
        benchmark::DoNotOptimize(loaded.project.interventions.data());
    }
    state.SetLabel("50 scenarios x 20 interventions");
}

void BM_OpenSample(benchmark::State& state) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.careshift"));
    store::saveProjectFile(path, store::loadSample());
    for (auto _ : state) {
        store::LoadedProject loaded = store::loadProjectFile(path);
        benchmark::DoNotOptimize(loaded.project.pods.data());
    }
}
} // namespace

BENCHMARK(BM_SaveLarge)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenLarge)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenSample)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv); // Qt SQL loads its driver through the application
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
