"""List the PolNeAR quotes whose gold speaker is a pronoun, with the speaker the analysis gives.

    python benchmarks/pronoun_speakers.py [--part tuning] [--labels FILE] [--show N]
                                          [--salt S --take N --half A|B]

The scorer cannot tell whether "he said" went to the right person (the gold speaker is
"he"), so this prints each such quote that the analysis found with the text before it, for
reading by hand. ``--labels`` is a JSON file kept outside the repository (it quotes eval
text) mapping "record id@quote start" to the right name, as a reader decided; with it, the
script counts right / total and prints only the quotes that are wrong or not yet labelled.
Quotes come in a fixed pseudo-random order (a hash of the key and ``--salt``), so the first N
read are a fair sample; a new salt draws a fresh sample. ``--take N`` keeps the first N, and
``--half A`` or ``B`` one of two halves by a second hash, so rules written after reading half A
can be measured on half B, which was not read while writing them.
A prediction is right when it shares a name word with the label.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
from pathlib import Path

from generator.analysis import analyze
from generator.evaluate import part_of
from generator.reader import read_jsonl

ROOT = Path(__file__).resolve().parents[1]
PRONOUNS = {"he", "she", "him", "her", "his", "hers"}


def _words(name: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'’\-]+", (name or "").lower()) if len(w) > 1}


def _hash(salt: str, key: str) -> str:
    return hashlib.sha256(f"{salt}{key}".encode("utf-8")).hexdigest()


def half_of(salt: str, key: str) -> str:
    return "A" if int(_hash(salt + "half:", key)[:8], 16) % 2 == 0 else "B"


def rows(gold: Path, part: str, salt: str = "") -> list[dict]:
    records = {}
    with gold.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                records[r["id"]] = r
    out = []
    for article in read_jsonl(gold):
        record = records[article.id]
        if part != "all" and part_of(article.id) != part:
            continue
        quotes = analyze(article).quotes
        for q in record["quotes"]:
            if (q.get("speaker") or "").strip().lower() not in PRONOUNS:
                continue
            found = [p for p in quotes if min(p.end, q["end"]) - max(p.start, q["start"]) > 0]
            if not found:
                continue
            at = q["speaker_start"] if q.get("speaker_start") is not None else q["start"]
            out.append({"key": f"{article.id}@{q['start']}", "pronoun": q["speaker"], "predicted": found[0].speaker,
                        "context": record["text"][max(0, at - 400):at + 40], "quote": q["quote"][:100]})
    # a fixed order that mixes the publishers, so the first N read make a fair sample
    return sorted(out, key=lambda r: _hash(salt, r["key"]))


def main() -> None:
    eval_dir = Path(os.environ.get("BRIEFING_EVAL_DIR") or ROOT.parent / "shared" / "eval")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=eval_dir / "quotes-polnear" / "dev.jsonl")
    ap.add_argument("--part", default="tuning", choices=("tuning", "checking", "all"))
    ap.add_argument("--labels", type=Path)
    ap.add_argument("--show", type=int, default=50)
    ap.add_argument("--salt", default="", help="a new salt draws a fresh sample")
    ap.add_argument("--take", type=int, help="keep only the first N quotes of the order")
    ap.add_argument("--half", choices=("A", "B"), help="keep one half of those, by a second hash")
    args = ap.parse_args()
    labels = json.loads(args.labels.read_text(encoding="utf-8")) if args.labels and args.labels.is_file() else {}
    found = rows(args.gold, args.part, args.salt)
    if args.take:
        found = found[:args.take]
    if args.half:
        found = [r for r in found if half_of(args.salt, r["key"]) == args.half]
    right = labelled = named = 0
    shown = 0
    for r in found:
        named += bool(r["predicted"])
        label = labels.get(r["key"])
        if label is not None:
            labelled += 1
            ok = bool(_words(label) & _words(r["predicted"])) if label else not r["predicted"]
            right += ok
            if ok:
                continue
        if shown < args.show:
            shown += 1
            context = r["context"].replace("\n", " ¶ ")
            print(f"{r['key']}\n  {r['pronoun']!r} → {r['predicted']!r} (label {label!r})\n  …{context}…\n")
    print(f"{len(found)} pronoun-speaker quotes found, {named} given a name; "
          f"labelled {labelled}, right {right}" + (f" ({right / labelled:.1%})" if labelled else ""))


if __name__ == "__main__":
    main()
