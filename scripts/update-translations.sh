#!/usr/bin/env bash
# Brings the translation catalogue up to date with the sources (lupdate) and
# gives each new plural message its British English forms, by rule:
# "%n year(s)" -> "1 year" / "2 years", with the verbs of a singular subject
# ("project(s) have" -> "project has"). Check the diff of
# resources/translations/careshift_en_GB.ts before committing it; the ctest
# `translations` fails while a plural message has no forms.
# Usage: scripts/update-translations.sh [build-dir]   (default build/ci)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
cmake --build "$build" --target update_translations 2>&1 |
    grep -v -e "Qualifying with unknown namespace" -e "lacks Q_OBJECT macro" || true
python3 scripts/plural-forms.py resources/translations/careshift_en_GB.ts
# lupdate again: the file in lupdate's own layout, so the next run's diff is small.
cmake --build "$build" --target update_translations 2>&1 | grep -e "Found" || true
