#!/usr/bin/env python3
"""Checks of the written-e gold: span texts are substrings of their article, required fields are
present and well formed, -neg- articles hold no events or force estimates, bodies 120-300 words."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"ARMED_CLASH", "ATTACK", "AMBUSH", "KILLING", "SUICIDE_BOMBING", "BOMBING", "AIR_STRIKE", "SHELLING",
         "KIDNAPPING", "ARREST", "RAID", "SEIZURE", "EXECUTION", "PLOT", "OTHER"}
STATUS = {"OCCURRED", "ATTEMPTED", "FOILED", "PLANNED", "THREATENED"}
KINDS = {"DIRECT_QUOTE", "REPORTED_SPEECH", "ACCORDING_TO"}
errors = []


def err(slug, msg):
    errors.append(f"{slug}: {msg}")


def body_of(path):
    raw = open(path, encoding="utf-8").read()
    head, sep, body = raw.partition("\n---\n")
    meta = dict(l.split(":", 1) for l in head.splitlines() if ":" in l)
    return {k.strip(): v.strip() for k, v in meta.items()}, body.strip("\n"), bool(sep)


def any_in(names, text):
    return any(n and n in text for n in names)


slugs = sorted(f[:-len(".gold.json")] for f in os.listdir(HERE) if f.endswith(".gold.json"))
for slug in slugs:
    txt = os.path.join(HERE, slug + ".txt")
    if not os.path.exists(txt):
        err(slug, "no .txt")
        continue
    meta, text, sep = body_of(txt)
    if not sep:
        err(slug, "no --- line")
    for k in ("url", "outlet", "published", "title"):
        if not meta.get(k):
            err(slug, f"header {k} missing")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", meta.get("published", "")):
        err(slug, "published not YYYY-MM-DD")
    n = len(text.split())
    if not 120 <= n <= 300:
        err(slug, f"body has {n} words")
    g = json.load(open(os.path.join(HERE, slug + ".gold.json"), encoding="utf-8"))
    if g.get("article") != slug:
        err(slug, "article field differs from file name")
    for k in ("groups", "places", "persons", "events", "forceEstimates", "claims"):
        if not isinstance(g.get(k), list):
            err(slug, f"{k} missing or not a list")
            g[k] = []
    keys = set()
    for x in g["groups"]:
        if not x.get("key") or not x.get("names"):
            err(slug, f"group without key/names: {x}")
        keys.add(x.get("key"))
        if not any_in(x.get("names", []), text):
            err(slug, f"group {x.get('key')}: no name in text")
    for x in g["places"]:
        if not x.get("names") or "country" not in x:
            err(slug, f"place without names/country: {x}")
        elif x["names"][0] not in text:
            err(slug, f"place {x['names'][0]} not in text")
        if x.get("country") is None and not x.get("optional"):
            err(slug, f"place {x['names'][0]} without country must be optional")
    for x in g["persons"]:
        if not x.get("names") or x["names"][0] not in text:
            err(slug, f"person {x.get('names')} not in text")
    for e in g["events"]:
        for k in ("types", "status", "date", "place", "groups", "killed", "arrested", "optional"):
            if k not in e:
                err(slug, f"event field {k} missing")
        if not e.get("types") or not set(e["types"]) <= TYPES:
            err(slug, f"event types bad: {e.get('types')}")
        if e.get("status") not in STATUS:
            err(slug, f"event status bad: {e.get('status')}")
        if e.get("date") and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", e["date"]):
            err(slug, f"event date bad: {e['date']}")
        if not e.get("date") and not e.get("place"):
            err(slug, "event with neither date nor place")
        if e.get("place") and e["place"][0] not in text:
            err(slug, f"event place {e['place'][0]} not in text")
        for k in e.get("groups") or []:
            if k not in keys:
                err(slug, f"event group {k} not among groups")
    for f in g["forceEstimates"]:
        for k in ("group", "value", "approximate", "unit", "speaker"):
            if k not in f:
                err(slug, f"force estimate field {k} missing")
        if f.get("group") and f["group"] not in keys:
            err(slug, f"force estimate group {f['group']} not among groups")
        if not isinstance(f.get("value"), int):
            err(slug, "force estimate value not int")
        if f.get("speaker") and not any_in(f["speaker"], text):
            err(slug, f"force estimate speaker {f['speaker']} not in text")
    for c in g["claims"]:
        for k in ("speaker", "kind", "content", "optional"):
            if k not in c:
                err(slug, f"claim field {k} missing")
        if c.get("kind") not in KINDS:
            err(slug, f"claim kind bad: {c.get('kind')}")
        if c.get("content", "") not in text or not c.get("content"):
            err(slug, f"claim content not in text: {c.get('content')}")
        nw = len(c.get("content", "").split())
        if not 3 <= nw <= 10:
            err(slug, f"claim content has {nw} words: {c.get('content')}")
        if not any_in(c.get("speaker") or [], text):
            err(slug, f"claim speaker not in text: {c.get('speaker')}")
        if c.get("channel") and not any_in(c["channel"], text):
            err(slug, f"claim channel not in text: {c['channel']}")
    if "-neg-" in slug and (g["events"] or g["forceEstimates"]):
        err(slug, "non-conflict article with events or force estimates")

for e in errors:
    print(e)
print(f"{len(slugs)} articles, {len(errors)} errors")
sys.exit(1 if errors else 0)
