import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
def G(key, *names, opt=False):
    d = {"key": key, "names": list(names)}
    if opt: d["optional"] = True
    return d
def P(country, *names, opt=False):
    d = {"names": list(names)}
    if country: d["country"] = country
    if opt: d["optional"] = True
    return d
def N(*names, opt=False):
    d = {"names": list(names)}
    if opt: d["optional"] = True
    return d
def E(types, status, date, place, groups, killed=None, arrested=None, opt=False, note=""):
    return {"types": types, "status": status, "date": date, "place": place, "groups": groups,
            "killed": killed, "arrested": arrested, "optional": opt, "note": note}
def F(group, value, approx, unit, speaker, opt=False):
    d = {"group": group, "value": value, "approximate": approx, "unit": unit, "speaker": speaker}
    if opt: d["optional"] = True
    return d
def C(speaker, channel, kind, content, opt=False):
    return {"speaker": speaker, "channel": channel, "kind": kind, "content": content, "optional": opt}
def write(slug, outlet, pub, title, body, groups=(), places=(), persons=(), events=(), fes=(), claims=()):
    body = body.strip("\n")
    url = f"https://example.org/rasd-written-t/{slug}"
    with open(os.path.join(OUT, slug + ".txt"), "w", encoding="utf-8") as f:
        f.write(f"url: {url}\noutlet: {outlet}\npublished: {pub}\ntitle: {title}\n---\n{body}\n")
    for c in claims:
        assert c["content"] in body, (slug, c["content"])
    g = {"article": slug, "groups": list(groups), "places": list(places), "persons": list(persons),
         "events": list(events), "forceEstimates": list(fes), "claims": list(claims)}
    with open(os.path.join(OUT, slug + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    print(slug, len(body.split()), "words")
