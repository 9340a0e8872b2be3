import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def G(key, *names, optional=False):
    d = {"key": key, "names": list(names)}
    if optional: d["optional"] = True
    return d
def P(country, *names, optional=False):
    d = {"names": list(names)}
    if country: d["country"] = country
    if optional: d["optional"] = True
    return d
def N(*names, optional=False):
    d = {"names": list(names)}
    if optional: d["optional"] = True
    return d
def E(types, date, place, groups, killed=None, arrested=None, status="OCCURRED", optional=False, note=""):
    d = {"types": types, "status": status}
    if date: d["date"] = date
    d.update({"place": place, "groups": groups, "killed": killed, "arrested": arrested, "optional": optional, "note": note})
    return d
def F(group, value, approx, unit, speaker, optional=False):
    d = {"group": group, "value": value, "approximate": approx, "unit": unit, "speaker": speaker}
    if optional: d["optional"] = True
    return d
def C(speaker, channel, kind, content, optional=False):
    return {"speaker": speaker, "channel": channel, "kind": kind, "content": content, "optional": optional}
def write(slug, outlet, published, title, body, groups, places, persons, events, forces, claims):
    body = body.strip()
    with open(os.path.join(OUT, slug + ".txt"), "w", encoding="utf-8") as f:
        f.write(f"url: https://example.org/rasd-written-v/{slug}\noutlet: {outlet}\npublished: {published}\ntitle: {title}\n---\n{body}\n")
    g = {"article": slug, "groups": groups, "places": places, "persons": persons, "events": events,
         "forceEstimates": forces, "claims": claims}
    with open(os.path.join(OUT, slug + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    for c in claims:
        if c["content"] not in body: print("MISSING", slug, c["content"])
    print(slug, len(body.split()), "words")
