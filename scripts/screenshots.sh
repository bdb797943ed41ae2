#!/usr/bin/env bash
# Regenerates the screenshots in docs/ from the release build (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh release >/dev/null
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
mkdir -p docs/screenshots
for s in frailty diabetes; do
    build/release/gui/app/careshift --sample --scenario "$s" \
        --screenshot "docs/screenshots/main-$s.png"
    echo "docs/screenshots/main-$s.png"
done
