import json, os, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def write(slug, outlet, pub, title, body, gold):
    body = body.strip("\n")
    open(os.path.join(D, slug + ".txt"), "w", encoding="utf-8").write(
        f"url: https://example.org/rasd-written-r/{slug}\noutlet: {outlet}\npublished: {pub}\ntitle: {title}\n---\n{body}\n")
    g = {"article": slug}
    for k in ["groups", "places", "persons", "events", "forceEstimates", "claims"]:
        g[k] = gold.get(k, [])
    json.dump(g, open(os.path.join(D, slug + ".gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
def P(names, c=None, opt=False):
    d = {"names": names}
    if c: d["country"] = c
    if opt: d["optional"] = True
    return d
def E(types, status, date, place, groups, killed=None, arrested=None, opt=False, note=""):
    d = {"types": types, "status": status}
    if date: d["date"] = date
    d.update({"place": place, "groups": groups, "killed": killed, "arrested": arrested, "optional": opt, "note": note})
    return d
NOCH = object()
def C(speaker, kind, content, channel=NOCH, opt=False):
    d = {"speaker": speaker}
    if channel is not NOCH: d["channel"] = channel
    d.update({"kind": kind, "content": content, "optional": opt})
    return d
def F(group, value, approx, unit, speaker, opt=False):
    d = {"group": group, "value": value, "approximate": approx, "unit": unit, "speaker": speaker}
    if opt: d["optional"] = True
    return d
