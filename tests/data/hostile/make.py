#!/usr/bin/env python3
"""Makes the catalogue of hostile project files (issue 11): each one a way a
file arriving by e-mail can be wrong, with the words CareShift must refuse it
with. tst_hostile opens every file and checks its message.

Run from the repository root after a build (it needs a .careshift file of the
sample, made by the CLI):

    python3 tests/data/hostile/make.py build/ci/cli/careshift-cli

Writes tests/data/hostile/files/* and tests/data/hostile/expected.tsv
(file, then the text the refusal must contain)."""
import copy
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SAMPLE = json.load(open(os.path.join(ROOT, "resources", "sample", "anytown.json")))
expected = []


def emit(name, data, message):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    expected.append((name, message))


def js(name, mutate, message):
    p = copy.deepcopy(SAMPLE)
    mutate(p)
    emit(name, json.dumps(p, separators=(",", ":"), ensure_ascii=False).encode("utf-8"), message)


def pod(p, code):
    return next(x for x in p["pods"] if x["code"] == code)


def main():
    cli = sys.argv[1]
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    raw = json.dumps(SAMPLE, separators=(",", ": "), ensure_ascii=False).encode("utf-8")

    # --- JSON: not JSON, or not a project --------------------------------
    emit("empty.json", b"", "not valid JSON")
    emit("hello.json", b"hello", "not valid JSON")
    emit("array.json", b"[]", "expected a JSON object at the top")
    emit("half.json", raw[: len(raw) // 2], "not valid JSON")
    emit("deep.json", b"[" * 20000 + b"]" * 20000, "not valid JSON")
    emit("nul.json", raw.replace(b"NHS Anytown CCG", b"NHS Anytown\0CCG", 1), "a NUL byte")
    emit("latin1.json", raw.replace(b"Anytown CCG", b"Anytown \xe9CG", 1), "not UTF-8")
    emit("overlong.json", raw.replace(b"Anytown CCG", b"Anytown \xc0\xafCG", 1), "not UTF-8")
    emit("twice.json", raw.replace(b'"horizon": 5,', b'"horizon": 5, "horizon": 20,', 1),
         'the key "horizon" is given twice')
    emit("infinite.json", raw.replace(b'"horizon": 5', b'"horizon": 1e999', 1), "illegal number")
    emit("escaped-nul.json", raw.replace(b'"NHS Anytown CCG"', b'"NHS Anytown\\u0000CCG"', 1),
         "holds a control character (U+0000)")
    emit("terminal-escape.json",
         raw.replace(b'"Do nothing"', b'"Do nothing\\u001b[2J\\u001b[31mRED"', 1),
         "holds a control character (U+001B)")
    emit("lone-surrogate.json", raw.replace(b'"NHS Anytown CCG"', b'"NHS Anytown \\ud800CCG"', 1),
         "a lone UTF-16 surrogate")
    # --- JSON: version and identity ----------------------------------------
    js("version-99.json", lambda p: p.update(version=99), "newer than this CareShift reads")
    js("version-text.json", lambda p: p.update(version="3"), "version: expected a number")
    js("version-0.json", lambda p: p.update(version=0), "version: must be 1 or more")
    js("no-commissioner.json", lambda p: p.pop("commissioner"), "commissioner: is missing")
    # --- JSON: fields out of range ----------------------------------------
    js("base-year-1800.json", lambda p: p["commissioner"].update(baseYear=1800),
       "base year: must be a whole number from 1990 to 2100")
    js("horizon-0.json", lambda p: p["assumptions"].update(horizon=0), "horizon")
    js("horizon-21.json", lambda p: p["assumptions"].update(horizon=21), "horizon")
    js("horizon-2.5.json", lambda p: p["assumptions"].update(horizon=2.5), "whole number")
    js("discount-100.json", lambda p: p["assumptions"].update(discountRate=1.0), "discount rate")
    js("group-missing.json", lambda p: p["population"].pop(), "is missing")
    js("group-unknown.json", lambda p: p["population"][0].update(group="elderly"),
       "'elderly' is not one of")
    js("people-negative.json", lambda p: p["population"][0].update(baseCount=-1),
       "must be from 0 to 1,000,000,000")
    js("people-1e308.json", lambda p: p["population"][0].update(baseCount=1e308),
       "must be from 0 to 1,000,000,000")
    js("growth-text.json", lambda p: p["population"][0].update(growth="abc"), "growth")
    js("price-negative.json", lambda p: pod(p, "NEL").update(price=-1),
       "price: must be from £0 to £1,000,000,000 (is -£1)")
    js("price-1e20.json", lambda p: pod(p, "NEL").update(price=1e20),
       "price: must be from £0 to £1,000,000,000")
    js("price-text.json", lambda p: pod(p, "NEL").update(price="cheap"),
       "price: expected a number")
    js("setting-unknown.json", lambda p: pod(p, "NEL").update(setting="hospital"),
       "'hospital' is not one of")
    js("contract-missing.json", lambda p: pod(p, "NEL").update(contract="nowhere"),
       "names a contract that does not exist: 'nowhere'")
    js("pod-twice.json", lambda p: p["pods"].append(copy.deepcopy(pod(p, "NEL"))),
       "is used more than once: 'NEL'")
    js("activity-unknown-pod.json", lambda p: p["activity"][0].update(pod="ZZZ"),
       "names a point of delivery that does not exist: 'ZZZ'")
    js("mechanism-unknown.json", lambda p: p["contracts"][0].update(mechanism="barter"),
       "'barter' is not one of")
    js("change-year-early.json", lambda p: p["contracts"][0].update(changeYear=2010),
       "a year after the base year")
    js("coverage-150.json", lambda p: p["interventions"][0].update(coverage=1.5),
       "coverage: must be from 0% to 100% (is 150%)")
    js("reach-over-all.json", lambda p: p["interventions"][0].update(coverage=0.5),
       "coverage x activity ratio must not exceed 100%")
    js("effect-minus-200.json", lambda p: p["interventions"][0]["effects"][0].update(change=-2),
       "must be from -100%")
    js("substitution-unknown.json",
       lambda p: p["interventions"][0]["substitutions"][0].update(toPod="ZZZ"),
       "names a point of delivery that does not exist: 'ZZZ'")
    js("ramp-empty.json", lambda p: p["interventions"][0].update(rampUp=[]), "needs at least one year")
    js("start-negative.json", lambda p: p["interventions"][0].update(startYear=-1), "start year")
    js("scenario-unknown-intervention.json",
       lambda p: p["scenarios"][1]["interventions"][0].update(id="ghost"),
       "names an intervention that does not exist: 'ghost'")
    js("scenario-names-twice.json", lambda p: p["scenarios"][1].update(name="Do nothing"),
       "is the name of another scenario")
    js("notes-70000.json", lambda p: p["interventions"][0].update(notes="n" * 70000),
       "is longer than 65,536 characters (is 70,000)")

    def many_interventions(p):
        base = p["interventions"][0]
        for i in range(1001):
            x = copy.deepcopy(base)
            x.update(id="iv%d" % i, name="Intervention %d" % i, effects=[], substitutions=[],
                     metricEffects=[], notes="", source="")
            p["interventions"].append(x)
    js("interventions-1003.json", many_interventions,
       "interventions: there are 1,003; CareShift works with at most 1,000")

    def many_peers(p):
        for i in range(1001):
            p["peers"].append({"id": "p%d" % i, "name": "", "benchmark": False, "source": ""})
    js("peers-1012.json", many_peers, "a project may compare with at most 1000 peers")
    # --- JSON: outcomes ---------------------------------------------------
    js("metric-no-lens.json", lambda p: p["metrics"][0].pop("lens"),
       "metrics[0] ('Dementia diagnosis rate, 65+').lens: is missing")
    js("metric-percent-68.json", lambda p: p["metrics"][0].update(baseValue=64.2),
       "is not in the metric's unit")
    js("peer-value-unknown-peer.json",
       lambda p: p["metrics"][0]["peerValues"].append({"peer": "ghost", "value": 0.5}),
       "names a peer that does not exist: 'ghost'")
    js("thresholds-out-of-order.json", lambda p: p["metrics"][0].update(greenThreshold=0.5),
       "the green threshold must be above the red one")
    js("weight-negative.json", lambda p: p["outcomeWeights"][0].update(weight=-0.1),
       "group weight: must be from 0%")
    js("metric-effect-minus-150.json",
       lambda p: p["interventions"][0]["metricEffects"][0].update(change=-1.5),
       "a relative change must be -100% or more")
    js("metric-effect-other-group.json",
       lambda p: p["interventions"][0]["metricEffects"].append(
           {"metric": "iapt-access", "mode": "relative", "change": 0.1, "source": ""}),
       "is a metric of Mental health, but the intervention reaches Older people (70+)")
    js("hrg-shares-not-100.json", lambda p: (p.setdefault("tariff", []).append(
        {"code": "AA01A", "name": "x", "electivePrice": 1, "nonElectivePrice": 1, "dayCasePrice": 1,
         "electiveTrimPoint": 1, "nonElectiveTrimPoint": 1, "excessBedDayPrice": 1, "source": ""}),
        pod(p, "NEL").update(hrgMix=[{"hrg": "AA01A", "share": 0.5, "lengthOfStay": 2}])),
       "the HRG shares of a PoD must add up to 100% (is 50%)")

    # --- .careshift files ------------------------------------------------
    tmp = tempfile.mkdtemp()
    base = os.path.join(tmp, "base.careshift")
    subprocess.run([cli, "sample", base], check=True, stdout=subprocess.DEVNULL)
    # Small pages keep the catalogue small (58 tables of one page each).
    con = sqlite3.connect(base)
    con.execute("PRAGMA page_size = 512")
    con.execute("VACUUM")
    con.close()
    good = open(base, "rb").read()

    def db(name, statements, message):
        path = os.path.join(OUT, name)
        shutil.copy(base, path)
        con = sqlite3.connect(path)
        for s in statements:
            con.execute(s)
        con.commit()
        con.close()
        with open(path, "rb") as f:
            data = f.read()
        os.remove(path)
        emit(name, data, message)

    def header(name, offset, value, message):
        data = bytearray(good)
        data[offset:offset + len(value)] = value
        emit(name, bytes(data), message)

    emit("random.careshift", bytes((i * 7919) % 251 for i in range(20000)),
         "is not a CareShift project file (it is not an SQLite database)")
    emit("truncated.careshift", good[:4096], "truncated")
    emit("header-only.careshift", good[:60], "truncated")
    header("page-size-3.careshift", 16, struct.pack(">H", 3), "a page size of 3 bytes is impossible")
    header("page-count-huge.careshift", 28, struct.pack(">I", 0x7FFFFFFF),
           "the file's header is damaged (it claims")
    db("not-careshift.careshift", ["PRAGMA application_id = 0"],
       "is an SQLite database but not a CareShift project file")
    db("version-99.careshift", ["PRAGMA user_version = 99"], "was saved by a newer CareShift")
    db("version-0.careshift", ["PRAGMA user_version = 0"], "has no valid file version")
    db("view.careshift", ["DROP TABLE scenario",
                          "CREATE VIEW scenario AS SELECT 0 AS position, 'x' AS id"],
       "it has a view ('scenario')")
    db("trigger.careshift", ["CREATE TRIGGER t AFTER INSERT ON pod BEGIN SELECT 1; END"],
       "it has a trigger ('t')")
    db("generated.careshift", ["ALTER TABLE metadata ADD COLUMN g1 AS (length(value) * 2)",
                               "ALTER TABLE metadata ADD COLUMN g2 AS (g1 * g1)"],
       "has a generated or hidden column ('g1')")
    db("fts.careshift", ["CREATE VIRTUAL TABLE notes USING fts5(body)"],
       "it has a virtual table ('notes')")
    db("index.careshift", ["CREATE INDEX i ON pod (price * 2)"], "an index of its own ('i')")
    db("no-pod-table.careshift", ["DROP TABLE pod"], "pod")
    db("price-text.careshift", ["UPDATE pod SET price = 'cheap' WHERE code = 'OP'"],
       "expected a number")
    db("price-negative.careshift", ["UPDATE pod SET price = -1 WHERE code = 'OP'"],
       "must be from £0 to £1,000,000,000 (is -£1)")
    db("price-changed.careshift", ["UPDATE pod SET price = price + 1 WHERE code = 'OP'"],
       "does not match the checksum")
    db("group-unknown.careshift", ["UPDATE population SET group_key = 'elderly' WHERE position = 0"],
       "'elderly'")
    db("orphan-effect.careshift",
       ["UPDATE intervention_effect SET intervention_id = 'ghost' WHERE position = 0 "
        "AND intervention_id = 'frailty-team'"], "ghost")
    db("metric-lens-unknown.careshift", ["UPDATE metric SET lens = 'vision' WHERE position = 0"],
       "'vision'")
    db("peer-value-68.careshift",
       ["UPDATE metric_peer_value SET value = 68 WHERE metric_id = 'dementia-diagnosis' "
        "AND position = 0"], "is not in the metric's unit")
    db("notes-huge.careshift",
       ["UPDATE intervention SET notes = printf('%.*c', 70000, 'n') WHERE position = 0"],
       "65,536")
    db("latin1-name.careshift",
       ["UPDATE commissioner SET name = CAST(X'4e485320416e79746f776e20e9' AS TEXT)"],
       "table 'commissioner', row 1, field 'name': text that is not UTF-8")
    shutil.rmtree(tmp)

    with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
        f.write("# file\ttext its refusal must contain (made by make.py)\n")
        for name, message in expected:
            f.write("%s\t%s\n" % (name, message))
    print("%d hostile files in %s" % (len(expected), OUT))


main()
