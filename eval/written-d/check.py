#!/usr/bin/env python3
"""Sanity checks of the written-d gold (no extractor involved): run `python3 eval/written-d/check.py`.

Errors: a missing file or field, a name / content / speaker that is not a substring of the body,
an event place that is not a gold place, a date after publication, an event or force estimate
in a `-neg-` article. Warnings: article length outside 150-400 words, claim content outside 4-10 words."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"ARMED_CLASH", "ATTACK", "AMBUSH", "KILLING", "SUICIDE_BOMBING", "BOMBING", "AIR_STRIKE", "SHELLING",
         "KIDNAPPING", "ARREST", "RAID", "SEIZURE", "EXECUTION", "PLOT", "OTHER"}
STATUS = {"OCCURRED", "ATTEMPTED", "FOILED", "PLANNED", "THREATENED"}
KINDS = {"DIRECT_QUOTE", "REPORTED_SPEECH", "ACCORDING_TO"}
KEYS = ["groups", "places", "persons", "events", "forceEstimates", "claims"]


def read(path):
    raw = open(path, encoding="utf-8").read()
    head, sep, body = raw.partition("\n---\n")
    meta = dict(l.split(":", 1) for l in head.splitlines() if ":" in l)
    return {k.strip(): v.strip() for k, v in meta.items()}, body.strip("\n"), bool(sep)


def main():
    errors, warnings, totals = [], [], {k: 0 for k in KEYS}
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    golds = sorted(f for f in os.listdir(HERE) if f.endswith(".gold.json"))
    for g in golds:
        if g[:-len(".gold.json")] + ".txt" not in files:
            errors.append(f"{g}: no article file")
    neg = 0
    for f in files:
        slug = f[:-4]
        err = lambda m: errors.append(f"{slug}: {m}")
        meta, body, sep = read(os.path.join(HERE, f))
        if not sep:
            err("no '---' line")
        for k in ("url", "outlet", "published", "title"):
            if not meta.get(k):
                err(f"header field {k} missing")
        pub = meta.get("published", "")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
            err(f"published not YYYY-MM-DD: {pub}")
        words = len(body.split())
        if not 150 <= words <= 400:
            warnings.append(f"{slug}: {words} words")
        gp = os.path.join(HERE, slug + ".gold.json")
        if not os.path.exists(gp):
            err("no gold file")
            continue
        try:
            gold = json.load(open(gp, encoding="utf-8"))
        except json.JSONDecodeError as e:
            err(f"gold not JSON: {e}")
            continue
        if gold.get("article") != slug:
            err(f"article field {gold.get('article')!r} != slug")
        for k in KEYS:
            if not isinstance(gold.get(k), list):
                err(f"list {k} missing")
                gold[k] = []
            totals[k] += sum(1 for x in gold[k] if not x.get("optional"))
        inbody = lambda names: any(n and n in body for n in names)
        gkeys = set()
        for x in gold["groups"]:
            if not x.get("key") or not x.get("names"):
                err(f"group without key/names: {x}")
                continue
            gkeys.add(x["key"])
            if not inbody(x["names"]):
                err(f"group {x['key']}: no name in the body")
        place_names = set()
        for kind in ("places", "persons"):
            for x in gold[kind]:
                if not x.get("names"):
                    err(f"{kind} entry without names")
                    continue
                if not inbody(x["names"]):
                    err(f"{kind[:-1]} {x['names'][0]}: no name in the body")
                if kind == "places":
                    place_names.update(x["names"])
                    if "country" not in x and not x.get("optional"):
                        err(f"place {x['names'][0]}: no country")
        if "-neg-" in slug:
            neg += 1
            if gold["events"] or gold["forceEstimates"]:
                err("non-conflict article with events or force estimates")
        for i, e in enumerate(gold["events"]):
            tag = f"event {i}"
            if not e.get("types") or not set(e["types"]) <= TYPES:
                err(f"{tag}: bad types {e.get('types')}")
            if e.get("status") and e["status"] not in STATUS:
                err(f"{tag}: bad status {e['status']}")
            d = e.get("date")
            if d:
                if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                    err(f"{tag}: bad date {d}")
                elif d > pub[:len(d)]:
                    err(f"{tag}: date {d} after publication {pub}")
            if not d and not e.get("place"):
                err(f"{tag}: neither date nor place (cannot be paired)")
            for p in e.get("place") or []:
                if p not in body:
                    err(f"{tag}: place {p} not in body")
                if p not in place_names:
                    err(f"{tag}: place {p} not among the gold places")
            for k in e.get("groups") or []:
                if k not in gkeys:
                    err(f"{tag}: unknown group key {k}")
            for c in ("killed", "arrested"):
                if c in e and e[c] is not None and not isinstance(e[c], int):
                    err(f"{tag}: {c} not int/null")
            if "optional" not in e or "note" not in e:
                err(f"{tag}: optional/note missing")
        for i, x in enumerate(gold["forceEstimates"]):
            tag = f"force estimate {i}"
            if x.get("group") and x["group"] not in gkeys:
                err(f"{tag}: unknown group {x['group']}")
            if not isinstance(x.get("value"), int):
                err(f"{tag}: value not int")
            if not re.fullmatch(r"[A-Z]+", x.get("unit") or ""):
                err(f"{tag}: bad unit")
            if "approximate" not in x:
                err(f"{tag}: approximate missing")
            if x.get("speaker") and not inbody(x["speaker"]):
                err(f"{tag}: speaker not in body")
        for i, c in enumerate(gold["claims"]):
            tag = f"claim {i}"
            if not c.get("content") or c["content"] not in body:
                err(f"{tag}: content not in body: {c.get('content')}")
            elif not 4 <= len(c["content"].split()) <= 10:
                warnings.append(f"{slug}: {tag}: content of {len(c['content'].split())} words")
            if not c.get("speaker") or not inbody(c["speaker"]):
                err(f"{tag}: speaker not in body: {c.get('speaker')}")
            if c.get("kind") not in KINDS:
                err(f"{tag}: bad kind {c.get('kind')}")
            if "channel" not in c:
                err(f"{tag}: channel missing (null when none)")
            elif c["channel"] and not any(n in body or n in meta.get("outlet", "") for n in c["channel"]):
                err(f"{tag}: channel not in body or outlet: {c['channel']}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(files)} articles ({len(files) - neg} conflict, {neg} non-conflict); required gold items: "
          + ", ".join(f"{k} {v}" for k, v in totals.items()))
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
