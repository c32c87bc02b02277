"""Build ``generator/lexicon/first_name_gender_world.tsv``: given names the US Census 1990 files
lack ("Matteo", "Zeynep", "Jean-Claude"), from the name data of the ``nomquamgender`` package.

Usage: python tools/build_world_first_names.py NAME_DATA_JSON > generator/lexicon/first_name_gender_world.tsv
where NAME_DATA_JSON is ``nomquamgender/name_data.json`` from nomquamgender 0.1.4 on PyPI (MIT;
Van Buskirk, Clauset & Larremore 2023, "An open-source cultural consensus approach to
name-based gender classification", ICWSM). Each entry there is [sources, count, p(female), …].
A name is kept only when at least MIN_SOURCES of its sources and MIN_COUNT bearers agree, and
p(female) is at most P or at least 1 - P: names either sex bears ("Andrea", "Jean") are left out,
so that the Census answer, or none, stands; so are words the gazetteer knows as a common word,
place, people or organisation ("Fox", "Paris"), whose capital need not open a name. The package itself is not a dependency: its 22 MB
JSON takes over a second to load, this file a few milliseconds.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

MIN_SOURCES = 10
MIN_COUNT = 500
P = 0.05
_NAME = re.compile(r"[a-zà-öø-ÿ]{2,}(?:-[a-zà-öø-ÿ]{2,})?$")
_NOT_ONLY_A_NAME = set("wcrytkdoe")  # gazetteer tags: common word, place, demonym, organisation, team
_CENSUS = Path(__file__).resolve().parent.parent / "generator" / "lexicon" / "first_name_gender.tsv"


def main(path: str) -> None:
    sys.path.insert(0, str(_CENSUS.parents[2]))
    from generator.analysis.actors.lexicon import gazetteer

    table = gazetteer()
    census = set()
    for line in _CENSUS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            census.update(line.partition("\t")[2].split("|"))
    groups: dict[str, list[str]] = {"m": [], "f": []}
    for name, (sources, count, p_female, *_rest) in sorted(json.loads(Path(path).read_text(encoding="utf-8")).items()):
        if name in census or not _NAME.match(name) or sources < MIN_SOURCES or count < MIN_COUNT \
                or _NOT_ONLY_A_NAME & set(table.get(name, "")):
            continue
        if p_female <= P:
            groups["m"].append(name)
        elif p_female >= 1 - P:
            groups["f"].append(name)
    print("# Given names the Census files lack, by gender: m|f <TAB> lower-cased names joined by '|'. Made by")
    print("# tools/build_world_first_names.py from nomquamgender 0.1.4's name data (MIT); at least")
    print(f"# {MIN_SOURCES} sources and {MIN_COUNT} bearers, p(female) <= {P:g} or >= {1 - P:g}. Do not edit by hand.")
    for tag, names in groups.items():
        print(f"{tag}\t{'|'.join(names)}")


if __name__ == "__main__":
    main(sys.argv[1])
