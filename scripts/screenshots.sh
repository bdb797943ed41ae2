#!/usr/bin/env bash
# Regenerates the screenshots in docs/screenshots/ from the release build,
# offscreen at 1280x800: one per main view of the window.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh release >/dev/null
export QT_QPA_PLATFORM=offscreen
# A fresh settings folder: a developer's saved window layout is not the default.
export XDG_CONFIG_HOME="$(mktemp -d)"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
mkdir -p docs/screenshots
shoot() { # name view
    build/release/gui/app/careshift --sample --view "$2" --screenshot "docs/screenshots/$1.png" 2>/dev/null
    echo "docs/screenshots/$1.png"
}
# Chart tabs, in ResultsView::ChartTab order: #0 net saving, #1 saving by
# setting, #2 waterfall, #3 activity shifted, #4 spend per year, #5 who pays.
# "options" is the options side by side window; "options:frailty" the
# frailty team under each payment regime.
shoot results-frailty "scenario:frailty#0"
shoot results-change "scenario:frailty#1"
shoot results-waterfall "scenario:diabetes#2"
shoot results-activity "scenario:combined#3"
shoot results-spend "scenario:frailty#4"
shoot results-who-pays "scenario:frailty#5"
# #6 is the outcomes grid; "#6/METRIC" opens that metric's chart window.
shoot outcomes-frailty "scenario:frailty#6"
shoot outcomes-diabetes "scenario:diabetes#6"
shoot outcomes-combined "scenario:combined#6"
shoot outcome-chart "scenario:frailty#6/falls-admissions-65"
shoot outcomes-page "outcomes"
# #7 is the People tab (a group with a cohort model); "options#1" the
# cost-effectiveness plane beside the options; "cohorts" the model's page.
shoot people-frailty "scenario:frailty#7"
shoot plane "options#1"
shoot cohort-model "cohorts"
shoot options "options"
shoot regimes "options:frailty"
shoot intervention "intervention:frailty-team"
shoot assumptions "assumptions"
shoot population "population"
shoot activity "activity"
shoot prices "pods"
shoot contracts "contracts"
# Presentation mode (View > Present) at 1920x1080, on the combined option.
shoot presentation "present:combined"
# The board paper's cover, executive summary and the frailty team's section,
# as pages of the PDF the CLI writes (pdftoppm, poppler-utils).
paper="$(mktemp -d)/paper.pdf"
build/release/cli/careshift-cli --sample report --pdf "$paper" --author "Director of Finance" >/dev/null
for page in 1 2 5; do
    pdftoppm -r 80 -png -singlefile -f "$page" -l "$page" "$paper" "docs/screenshots/paper-$page"
    echo "docs/screenshots/paper-$page.png"
done
# The net saving chart is now the first tab, in results-frailty.png.
rm -f docs/screenshots/main-frailty.png docs/screenshots/main-diabetes.png \
    docs/screenshots/results-net-saving.png
