#!/usr/bin/env bash
# Makes tests/data/v3/anytown-v3.careshift: the sample as a schema-version-3
# file. Schema 4 is schema 3 plus the outcome tables (migrate-v3-to-v4.sql
# adds them and changes nothing else), so a version-3 file is the sample saved
# by this CareShift with those tables dropped and user_version set to 3.
# Run from the repository root after a build.
set -euo pipefail
out=tests/data/v3/anytown-v3.careshift
rm -f "$out"
build/ci/cli/careshift-cli sample "$out"
sqlite3 "$out" <<'SQL'
DROP TABLE peer;
DROP TABLE metric;
DROP TABLE metric_peer_value;
DROP TABLE outcome_weights;
DROP TABLE intervention_metric_effect;
UPDATE metadata SET value = '0.1.0' WHERE key = 'app_version';
UPDATE metadata SET value = '2026-11-30T09:00:00Z' WHERE key IN ('created', 'modified');
PRAGMA user_version = 3;
VACUUM;
SQL
