#!/usr/bin/env bash
# The translation catalogue is complete (issue 13):
#  1. lupdate over today's sources (the same project the build's
#     update_translations target uses) finds no message the committed
#     resources/translations/careshift_en_GB.ts lacks, and none it holds
#     that the sources no longer have: a string added to the code without
#     `scripts/update-translations.sh` fails here, naming the string;
#  2. every plural message ("%n year(s)") has its two British English forms,
#     and no form still says "(s)".
# Usage: catalogue_test.sh LUPDATE PROJECT_CMAKE GENERATOR_SCRIPT TS_FILE LUPDATE_OPTIONS...
set -euo pipefail
lupdate=$1 project_in=$2 generator=$3 ts=$4
shift 4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$ts" "$work/fresh.ts"
cmake -DIN_FILE="$project_in" -DOUT_FILE="$work/project.json" -P "$generator"
python3 - "$work/project.json" "$work/fresh.ts" <<'PY'
import json, sys
path, ts = sys.argv[1], sys.argv[2]
with open(path) as f:
    project = json.load(f)
for p in project if isinstance(project, list) else [project]:
    p["translations"] = [ts]
with open(path, "w") as f:
    json.dump(project, f)
PY
"$lupdate" -project "$work/project.json" "$@" >"$work/lupdate.log" 2>&1 || {
    cat "$work/lupdate.log"
    exit 1
}
grep -E "Found|Removed" "$work/lupdate.log" || true

python3 - "$ts" "$work/fresh.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

def messages(path):
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for m in context.iter("message"):
            out[(name, m.find("source").text)] = m
    return out

committed, fresh = messages(sys.argv[1]), messages(sys.argv[2])
failures = []
for key in sorted(set(fresh) - set(committed)):
    failures.append("not in the catalogue: [%s] %r" % key)
for key in sorted(set(committed) - set(fresh)):
    failures.append("no longer in the sources: [%s] %r" % key)
plurals = 0
for (context, source), m in committed.items():
    if m.get("numerus") != "yes":
        continue
    plurals += 1
    forms = [f.text or "" for f in m.find("translation").findall("numerusform")]
    if len(forms) != 2 or not all(forms) or any("(s)" in f for f in forms):
        failures.append("plural forms missing: [%s] %r -> %r" % (context, source, forms))
    elif "%n" in source and not all("%n" in f for f in forms):
        failures.append("a form drops %%n: [%s] %r -> %r" % (context, source, forms))
print("%d messages, %d plural" % (len(committed), plurals))
if failures:
    print("\n".join(failures))
    print("Run scripts/update-translations.sh and check the plural forms it gives.")
    sys.exit(1)
if len(committed) < 500 or plurals < 20:
    print("the catalogue is smaller than expected: was it read?")
    sys.exit(1)
PY
echo "catalogue: up to date"
