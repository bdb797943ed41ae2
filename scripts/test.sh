#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors, runs every test,
# then checks formatting and clang-tidy.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh ci
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
ctest --preset ci -j "$(nproc)"
# House style: clang-format and clang-tidy clean (scripts/lint.sh).
./scripts/lint.sh build/ci
