#!/usr/bin/env bash
# Installs what is needed, builds, and opens CareShift on the embedded sample.
# With no display it runs under Xvfb, saves a screenshot and says where.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh release
app=build/release/gui/app/careshift
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" --sample "$@"
fi
shot="$PWD/build/careshift-screenshot.png"
echo "run: no display found; running under Xvfb and saving a screenshot"
xvfb-run -a -s "-screen 0 1440x900x24" "$app" --sample --screenshot "$shot" "$@"
echo "run: screenshot written to $shot"
