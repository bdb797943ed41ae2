#!/usr/bin/python3
"""The published JSON Schema (docs/careshift-project.schema.json) accepts the
sample project and rejects what CareShift rejects: run by ctest."""
import copy
import json
import sys

import jsonschema

root = sys.argv[1]
schema = json.load(open(f"{root}/docs/careshift-project.schema.json"))
cohort_schema = json.load(open(f"{root}/docs/careshift-cohort.schema.json"))
sample = json.load(open(f"{root}/resources/sample/anytown.json"))
jsonschema.Draft202012Validator.check_schema(schema)
jsonschema.Draft202012Validator.check_schema(cohort_schema)
validator = jsonschema.Draft202012Validator(schema)
cohort_validator = jsonschema.Draft202012Validator(cohort_schema)

failures = []


def renamed(x):
    """The cohort schema's definitions as the project schema holds them:
    "model" as "cohortModel", its references likewise."""
    if isinstance(x, dict):
        return {k: ("#/$defs/cohort" + v[8].upper() + v[9:]
                    if k == "$ref" and v.startswith("#/$defs/") else renamed(v))
                for k, v in x.items()}
    if isinstance(x, list):
        return [renamed(v) for v in x]
    return x


for name, definition in cohort_schema["$defs"].items():
    key = "cohort" + name[0].upper() + name[1:]
    if schema["$defs"].get(key) != renamed(definition):
        failures.append(f"the project schema's {key} is not the cohort schema's {name}")
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
rejects("newer version", lambda p: p.update(version=5))
rejects("negative weight", lambda p: p["outcomeWeights"][0].update(weight=-1))
rejects("metric without a lens", lambda p: p["metrics"][0].pop("lens"))
rejects("unknown RAG rule", lambda p: p["metrics"][0].update(rag="quartiles"))

rejects("cohort state with an unknown key",
        lambda p: p["cohortModels"][0]["states"][0].update(colour="blue"))
rejects("cohort counting unknown",
        lambda p: p["cohortModels"][0].update(counting="middle"))

# The published models (tests/data/cohort) against the cohort schema.
checked = 12
for name in ["hiv-chancellor-1997.json", "thr-briggs.json"]:
    checked += 1
    model = json.load(open(f"{root}/tests/data/cohort/{name}"))
    errors = list(cohort_validator.iter_errors(model))
    if errors:
        failures.append(f"{name} rejected: " + "; ".join(e.message for e in errors[:5]))
    bad = copy.deepcopy(model)
    bad["transitions"][0]["probabilty"] = 0.5
    checked += 1
    if cohort_validator.is_valid(bad):
        failures.append(f"cohort schema accepted a misspelt key in {name}")

for f in failures:
    print(f)
print(f"{checked - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
