"""Build ``generator/lexicon/first_name_gender.tsv`` from the US Census 1990 first-name files.

Usage: python tools/build_first_name_genders.py NAMES_DIR > generator/lexicon/first_name_gender.tsv
where NAMES_DIR holds ``dist.male.first`` and ``dist.female.first`` (public domain; shipped in
the ``names`` 0.3.0 sdist on PyPI, MIT). A name gets a gender only when its frequency among
that sex is at least RATIO times its frequency among the other; the rest are "u" ("Leslie", "Lee").
"""
from __future__ import annotations

import sys
from pathlib import Path

RATIO = 4.0


def _freqs(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text().splitlines():
        name, freq, *_ = line.split()
        out[name.lower()] = float(freq)
    return out


def main(names_dir: str) -> None:
    male = _freqs(Path(names_dir) / "dist.male.first")
    female = _freqs(Path(names_dir) / "dist.female.first")
    groups: dict[str, list[str]] = {"m": [], "f": [], "u": []}
    for name in sorted(male.keys() | female.keys()):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= RATIO * f:
            groups["m"].append(name)
        elif f >= RATIO * m:
            groups["f"].append(name)
        else:
            groups["u"].append(name)  # either
    print("# First names by gender: m|f|u (either) <TAB> lower-cased names joined by '|'. Made by")
    print("# tools/build_first_name_genders.py from the US Census Bureau 1990 first-name files")
    print(f"# (public domain, via the names 0.3.0 package, MIT); ratio {RATIO:g}. Do not edit by hand.")
    for tag, names in groups.items():
        print(f"{tag}\t{'|'.join(names)}")


if __name__ == "__main__":
    main(sys.argv[1])
