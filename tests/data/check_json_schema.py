#!/usr/bin/python3
"""The published JSON Schema (docs/careshift-project.schema.json) accepts the
sample project and rejects what CareShift rejects: run by ctest."""
import copy
import json
import sys

import jsonschema

root = sys.argv[1]
schema = json.load(open(f"{root}/docs/careshift-project.schema.json"))
sample = json.load(open(f"{root}/resources/sample/anytown.json"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

failures = []
errors = list(validator.iter_errors(sample))
if errors:
    failures.append("sample rejected: " + "; ".join(e.message for e in errors[:5]))


def rejects(name, mutate):
    bad = copy.deepcopy(sample)
    mutate(bad)
    if validator.is_valid(bad):
        failures.append(f"schema accepted: {name}")


rejects("coverage above 1", lambda p: p["interventions"][0].update(coverage=1.5))
rejects("negative price", lambda p: p["pods"][0].update(price=-1))
rejects("unknown setting", lambda p: p["pods"][0].update(setting="hospital"))
rejects("horizon 21", lambda p: p["assumptions"].update(horizon=21))
rejects("unknown field", lambda p: p["pods"][0].update(colour="blue"))
rejects("newer version", lambda p: p.update(version=4))
rejects("negative weight", lambda p: p["outcomeWeights"][0].update(weight=-1))
rejects("metric without a lens", lambda p: p["metrics"][0].pop("lens"))
rejects("unknown RAG rule", lambda p: p["metrics"][0].update(rag="quartiles"))

for f in failures:
    print(f)
print(f"{10 - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
