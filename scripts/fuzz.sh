#!/usr/bin/env bash
# Builds the project-file fuzzer with clang (libFuzzer + ASan + UBSan) and runs
# it for a while, seeded with the sample as .careshift and JSON.
# Usage: scripts/fuzz.sh [seconds] [target]    (default 60 s, fuzz_projectfile;
# fuzz_json fuzzes the JSON reader alone, faster). Not part of the CI run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
target="${2:-fuzz_projectfile}"
./scripts/setup.sh
if ! command -v clang++-14 >/dev/null || ! dpkg -s libclang-rt-14-dev >/dev/null 2>&1; then
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends clang-14 libclang-rt-14-dev
fi
./scripts/build.sh dev >/dev/null
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "$target"
corpus=build/fuzz/corpus
mkdir -p "$corpus"
build/dev/cli/careshift-cli sample "$corpus/sample.careshift" >/dev/null
build/dev/cli/careshift-cli sample "$corpus/sample.json" >/dev/null
cp tests/data/v1/anytown-v1.careshift "$corpus/v1.careshift"
cp tests/data/cohort/*.json "$corpus/"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
ASAN_OPTIONS=detect_leaks=0 "build/fuzz/tests/fuzz/$target" "$corpus" \
    -max_total_time="$seconds" -max_len=262144 -timeout=10 -print_final_stats=1 \
    -artifact_prefix=build/fuzz/
