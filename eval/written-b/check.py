#!/usr/bin/env python3
"""Consistency check for the heldout2 set (standard library only)."""
import json, re, sys, glob, os

TYPES = {"ARMED_CLASH","ATTACK","AMBUSH","KILLING","SUICIDE_BOMBING","BOMBING","AIR_STRIKE",
         "SHELLING","KIDNAPPING","ARREST","RAID","SEIZURE","EXECUTION","PLOT","OTHER"}
STATUS = {"OCCURRED","ATTEMPTED","FOILED","PLANNED","THREATENED"}
KINDS = {"DIRECT_QUOTE","REPORTED_SPEECH","ACCORDING_TO"}
TOP = ["article","groups","places","persons","events","forceEstimates","claims"]
here = os.path.dirname(os.path.abspath(__file__))
errors, warns = [], []
def err(f, m): errors.append(f"{f}: {m}")
def warn(f, m): warns.append(f"{f}: {m}")

def read_article(path):
    raw = open(path, encoding="utf-8").read()
    head, sep, body = raw.partition("\n---\n")
    if not sep: raise ValueError("no --- line")
    hdr = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        hdr[k.strip()] = v.strip()
    return hdr, body.strip("\n")

txts = sorted(glob.glob(os.path.join(here, "[0-9][0-9]-*.txt")))
print(len(txts), "articles")
for tp in txts:
    name = os.path.basename(tp)[:-4]
    gp = tp[:-4] + ".gold.json"
    try:
        hdr, body = read_article(tp)
    except Exception as e:
        err(name, f"article: {e}"); continue
    for k in ["url","outlet","published","title"]:
        if not hdr.get(k): err(name, f"header {k} missing")
    pub = hdr.get("published","")
    if pub != "unknown" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
        err(name, f"bad published {pub!r}")
    words = len(body.split())
    neg = "-neg-" in name
    lo, hi = (150, 350) if neg else (150, 450)
    if not (lo <= words <= hi): warn(name, f"{words} words (want {lo}-{hi})")
    if not os.path.exists(gp): err(name, "gold missing"); continue
    try:
        g = json.load(open(gp, encoding="utf-8"))
    except Exception as e:
        err(name, f"gold JSON: {e}"); continue
    for k in TOP:
        if k not in g: err(name, f"gold field {k} missing")
    if g.get("article") != name: err(name, "article id mismatch")
    keys = set()
    for gr in g.get("groups", []):
        if not gr.get("key") or not gr.get("names"): err(name, f"bad group {gr}")
        keys.add(gr.get("key"))
    placenames = set()
    for pl in g.get("places", []):
        if not pl.get("names"): err(name, f"bad place {pl}")
        placenames.update(pl.get("names", []))
        c = pl.get("country")
        if c is None and not pl.get("optional"): err(name, f"place without country not optional {pl['names']}")
        if c is not None and not re.fullmatch(r"[A-Z]{2}", c): err(name, f"bad country {c}")
        if not any(n in body for n in pl["names"]): err(name, f"place not in body {pl['names']}")
    for pe in g.get("persons", []):
        if not pe.get("names"): err(name, f"bad person {pe}")
        if not any(n in body for n in pe["names"]): err(name, f"person not in body {pe['names']}")
    for gr in g.get("groups", []):
        if not any(n in body for n in gr["names"]): err(name, f"group not in body {gr['names']}")
    for i, ev in enumerate(g.get("events", [])):
        for k in ["types","status","place","groups","killed","arrested"]:
            if k not in ev: err(name, f"event {i} lacks {k}")
        if not ev.get("types") or not set(ev["types"]) <= TYPES: err(name, f"event {i} bad types {ev.get('types')}")
        if ev.get("status") not in STATUS: err(name, f"event {i} bad status")
        d = ev.get("date")
        if d is not None:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d): err(name, f"event {i} bad date {d}")
            if pub == "unknown" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d): warn(name, f"event {i} day date with unknown published")
        for p in ev.get("place", []):
            if p not in placenames: err(name, f"event {i} place {p} not among places")
        for k2 in ev.get("groups", []):
            if k2 not in keys: err(name, f"event {i} group {k2} unknown")
        for k2 in ["killed","arrested"]:
            v = ev.get(k2)
            if v is not None and not isinstance(v, int): err(name, f"event {i} {k2} not int")
    for i, fe in enumerate(g.get("forceEstimates", [])):
        if fe.get("group") not in keys: err(name, f"force {i} group unknown")
        if not isinstance(fe.get("value"), int): err(name, f"force {i} value")
        if not isinstance(fe.get("approximate"), bool): err(name, f"force {i} approximate")
        if not re.fullmatch(r"[A-Z]+", fe.get("unit","")): err(name, f"force {i} unit")
        if not fe.get("speaker"): warn(name, f"force {i} no speaker")
    for i, c in enumerate(g.get("claims", [])):
        if not c.get("speaker"): err(name, f"claim {i} no speaker")
        if c.get("kind") not in KINDS: err(name, f"claim {i} bad kind")
        ch = c.get("channel")
        if ch is not None and not (isinstance(ch, list) and ch): err(name, f"claim {i} bad channel")
        ct = c.get("content", "")
        if ct not in body: err(name, f"claim {i} content not in body: {ct!r}")
        elif body.count(ct) > 1: warn(name, f"claim {i} content occurs {body.count(ct)} times")
        n = len(ct.split())
        if not (4 <= n <= 10): warn(name, f"claim {i} content has {n} words: {ct!r}")
        if ch:
            if not any(x in body for x in ch): warn(name, f"claim {i} channel not literally in body (prefixed form?) {ch}")
    if neg:
        if g.get("events"): err(name, "neg article has events")
        if g.get("forceEstimates"): err(name, "neg article has force estimates")
        if g.get("groups"): warn(name, "neg article has groups")
    print(f"{name}: {words} words, {len(g.get('events',[]))} events, {len(g.get('forceEstimates',[]))} force, {len(g.get('claims',[]))} claims, {len(g.get('places',[]))} places, {len(g.get('persons',[]))} persons")
for w in warns: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
