#!/usr/bin/env python3
"""Validate a written set: header format, word counts, gold JSON fields, claim substrings.

Usage: check.py [SET_FOLDER]   (default: written-a, the folder above this script)."""
import json, glob, os, re, sys
D = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = set("ARMED_CLASH ATTACK AMBUSH KILLING SUICIDE_BOMBING BOMBING AIR_STRIKE SHELLING KIDNAPPING ARREST RAID SEIZURE EXECUTION PLOT OTHER".split())
STATUS = set("OCCURRED ATTEMPTED FOILED PLANNED THREATENED".split())
KINDS = {"DIRECT_QUOTE", "REPORTED_SPEECH", "ACCORDING_TO"}
bad = 0
def err(f, m):
    global bad; bad += 1; print(f"ERROR {f}: {m}")
for txt in sorted(glob.glob(os.path.join(D, "[0-9][0-9]-*.txt"))):
    name = os.path.basename(txt)[:-4]
    raw = open(txt, encoding="utf-8").read()
    head, sep, body = raw.partition("\n---\n")
    if not sep: err(name, "no --- line"); continue
    body = body.strip("\n")
    keys = [l.split(":", 1)[0] for l in head.split("\n")]
    if keys[:4] != ["url", "outlet", "published", "title"]: err(name, f"header keys {keys}")
    pub = head.split("\n")[2].split(":", 1)[1].strip()
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", pub): err(name, "published")
    words = len(body.split())
    neg = "-neg-" in name
    lo, hi = (150, 350) if neg else (150, 400)
    if not lo <= words <= hi: err(name, f"{words} words")
    gp = os.path.join(D, name + ".gold.json")
    try: g = json.load(open(gp, encoding="utf-8"))
    except Exception as e: err(name, f"gold json: {e}"); continue
    if g.get("article") != name: err(name, "article id")
    for k in ["groups", "places", "persons", "events", "forceEstimates", "claims"]:
        if not isinstance(g.get(k), list): err(name, f"missing {k}")
    keys_g = {x["key"] for x in g["groups"]}
    for x in g["groups"]:
        if not x.get("names"): err(name, "group names")
    for x in g["places"]:
        if not x.get("names"): err(name, "place names")
        if "country" not in x and not x.get("optional"): err(name, f"place without country {x['names']}")
    for x in g["persons"]:
        if not x.get("names"): err(name, "person names")
    for e in g["events"]:
        if not e["types"] or set(e["types"]) - TYPES: err(name, f"types {e['types']}")
        if e["status"] not in STATUS: err(name, "status")
        if "date" in e and e["date"] is not None and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", e["date"]): err(name, "date")
        for gk in e.get("groups", []):
            if gk not in keys_g: err(name, f"event group {gk}")
        for k in ("killed", "arrested"):
            if e.get(k) is not None and not isinstance(e[k], int): err(name, k)
    for f in g["forceEstimates"]:
        if f["group"] not in keys_g: err(name, f"fe group {f['group']}")
        if not isinstance(f["value"], int) or f["unit"] not in ("FIGHTERS", "MEMBERS"): err(name, "fe value/unit")
        if not f.get("speaker"): err(name, "fe speaker")
    if neg and (g["events"] or g["forceEstimates"]): err(name, "neg article with events/force estimates")
    for c in g["claims"]:
        if c["kind"] not in KINDS: err(name, "kind")
        if not c.get("speaker"): err(name, "speaker")
        n = len(c["content"].split())
        if c["content"] not in body: err(name, f"content not in body: {c['content']}")
        elif body.count(c["content"]) > 1: print(f"warn {name}: content occurs twice: {c['content']}")
        if not 3 <= n <= 10: err(name, f"content length {n}: {c['content']}")
        if c.get("channel") is not None:
            for ch in c["channel"]:
                if ch not in body: print(f"warn {name}: channel not in body: {ch}")
    for p in g["persons"]:
        if not any(nm in body for nm in p["names"]): err(name, f"person not in body {p['names']}")
    for p in g["places"]:
        if not any(nm in body for nm in p["names"]): err(name, f"place not in body {p['names']}")
    for x in g["groups"]:
        if not any(nm in body for nm in x["names"]): print(f"warn {name}: group not in body {x['names']}")
    print(f"ok {name}: {words} words, {len(g['events'])} ev, {len(g['forceEstimates'])} fe, {len(g['claims'])} cl")
print("errors:", bad)
sys.exit(1 if bad else 0)
