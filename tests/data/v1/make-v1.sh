#!/usr/bin/env bash
# How anytown-v1.careshift was made (kept for the record; the .careshift file
# is committed, so tests do not need the sqlite3 command).
# A version-1 file has no intervention.activity_ratio column. This copies the
# sample, saved by the current CareShift, into the version-1 schema.
# Usage: make-v1.sh CURRENT.careshift OUT.careshift
set -euo pipefail
in="$1"; out="$2"; here="$(cd "$(dirname "$0")" && pwd)"
rm -f "$out"
sqlite3 "$out" < "$here/../../../resources/schema/schema-v1.sql"
sqlite3 "$out" <<SQL
ATTACH '$in' AS cur;
INSERT INTO metadata SELECT * FROM cur.metadata;
UPDATE metadata SET value = '0.0.9' WHERE key = 'app_version';
UPDATE metadata SET value = '2017-03-01T09:00:00Z' WHERE key IN ('created', 'modified');
INSERT INTO commissioner SELECT * FROM cur.commissioner;
INSERT INTO assumptions SELECT * FROM cur.assumptions;
INSERT INTO population SELECT * FROM cur.population;
INSERT INTO provider SELECT * FROM cur.provider;
INSERT INTO contract SELECT * FROM cur.contract;
INSERT INTO pod SELECT * FROM cur.pod;
INSERT INTO activity SELECT * FROM cur.activity;
INSERT INTO intervention SELECT position, id, name, group_key, coverage, start_year, ramp_up,
  one_off_cost, fixed_cost_per_year, cost_per_participant, cost_setting, cost_provider_id,
  notes, source FROM cur.intervention;
INSERT INTO intervention_effect SELECT * FROM cur.intervention_effect;
INSERT INTO intervention_substitution SELECT * FROM cur.intervention_substitution;
INSERT INTO scenario SELECT * FROM cur.scenario;
INSERT INTO scenario_item SELECT * FROM cur.scenario_item;
DETACH cur;
PRAGMA application_id = 1129531462;
PRAGMA user_version = 1;
VACUUM;
SQL
