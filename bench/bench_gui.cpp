// From an edit to repainted results, in the real window (offscreen):
// commands::setField on the frailty team's coverage, the document's one
// recalculation per event-loop turn, the tiles, four charts and the table
// updated, and the scenario page painted into a pixmap. Target: under 50 ms.
//
// Run: QT_QPA_PLATFORM=offscreen build/release/bench/bench_gui

#include "gui/document/commands.h"
#include "gui/document/projectdocument.h"
#include "gui/editors/editorpages.h"
#include "gui/mainwindow.h"
#include "gui/results/resultsview.h"
#include "store/sample.h"

#include <QApplication>
#include <QPixmap>

#include <benchmark/benchmark.h>

using namespace careshift;

namespace {
void BM_EditToRepaintedResults(benchmark::State& state) {
    MainWindow window(std::make_unique<ProjectDocument>(store::loadSample()));
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    const FieldPath coverage{Kind::Intervention, "frailty-team", "coverage"};
    int step = 0;
    for (auto _ : state) {
        // Alternate values so every iteration really changes the project.
        commands::setField(window.document(), coverage, (step++ % 2) ? 0.15 : 0.16);
        QCoreApplication::processEvents(); // recalculation and refresh
        QPixmap pixmap = window.scenarioPage()->grab();
        benchmark::DoNotOptimize(pixmap.cacheKey());
    }
    state.counters["refresh_ms"] = window.scenarioPage()->results()->lastRefreshMilliseconds();
    state.SetLabel("sample, frailty scenario, 1280x800");
}
} // namespace

BENCHMARK(BM_EditToRepaintedResults)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
