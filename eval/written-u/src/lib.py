import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def G(key, *names, opt=False):
    d = {"key": key, "names": list(names)}
    if opt: d["optional"] = True
    return d
def PL(names, c=None, opt=False):
    d = {"names": names if isinstance(names, list) else [names]}
    if c: d["country"] = c
    if opt: d["optional"] = True
    return d
def PE(*names, opt=False):
    d = {"names": list(names)}
    if opt: d["optional"] = True
    return d
def EV(types, date, place, groups=(), killed=None, arrested=None, status="OCCURRED", opt=False, note=""):
    return {"types": types, "status": status, "date": date, "place": place, "groups": list(groups),
            "killed": killed, "arrested": arrested, "optional": opt, "note": note}
def FE(group, value, approx, unit, speaker):
    return {"group": group, "value": value, "approximate": approx, "unit": unit, "speaker": speaker}
def CL(speaker, channel, kind, content, opt=False):
    return {"speaker": speaker, "channel": channel, "kind": kind, "content": content, "optional": opt}
def write(slug, outlet, pub, title, body, groups, places, persons, events, fes, claims):
    body = body.strip("\n")
    with open(os.path.join(OUT, slug + ".txt"), "w", encoding="utf-8") as f:
        f.write(f"url: https://example.org/rasd-written-u/{slug}\noutlet: {outlet}\npublished: {pub}\ntitle: {title}\n---\n{body}\n")
    g = {"article": slug, "groups": groups, "places": places, "persons": persons, "events": events,
         "forceEstimates": fes, "claims": claims}
    with open(os.path.join(OUT, slug + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
ISIS = lambda opt=False: G("isis", "داعش", "تنظيم داعش", "الدولة الإسلامية", "تنظيم الدولة", "Islamic State", "ISIS", opt=opt)
