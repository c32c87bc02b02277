"""The open-question funnel on two halves of the tuning part, and a dump of each article's questions.

Half A (sha256(SALT+id) even, SALT "qrepair-half:" unless ``--salt`` gives another) is read to find why candidates fall below the floor; half B is
only counted, and its questions are dumped for a blind judge of what changed. ``--dump FILE`` writes
every tuning-part article's kept questions (JSON lines: id, half, questions with their sentence index);
``--explain A`` prints, for each half-A article with no question, its best three candidates and penalties.

    python benchmarks/question_halves.py [--salt qdomains-half:] [--dump FILE] [--explain A] [--eval-dir ../shared/eval]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.analysis.actors import extract_actors  # noqa: E402
from generator.analysis.document import parse  # noqa: E402
from generator.analysis.questions import candidates  # noqa: E402
from generator.analysis.questions.ranking import rank  # noqa: E402
from generator.analysis.quotes import extract_quotes  # noqa: E402
from generator.evaluate import part_of  # noqa: E402

DATA_SETS = ("quotes-polnear", "summaries-bbc", "summaries-cnndm")


def half_of(record_id: str, salt: str = "qrepair-half:") -> str:
    return "A" if int(hashlib.sha256(f"{salt}{record_id}".encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--explain", choices=("A",))
    ap.add_argument("--salt", default="qrepair-half:", help="the prefix hashed with a record's id to pick its half")
    args = ap.parse_args()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    print("| data set | half | articles | with a candidate | 1+ questions | 2+ questions | questions/article |")
    print("|---|---|---|---|---|---|---|")
    for name in DATA_SETS:
        path = args.eval_dir / name / "dev.jsonl"
        if not path.exists():
            continue
        counts = {h: [0, 0, 0, 0, 0] for h in "AB"}
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            if part_of(record["id"]) != "tuning":
                continue
            half = half_of(record["id"], args.salt)
            doc = parse(record["text"])
            actors = extract_actors(doc)
            found, _ = candidates(doc, actors, extract_quotes(doc, actors))
            kept = rank(found)
            row = counts[half]
            row[0] += 1
            row[1] += any(c.dropped is None or c.dropped.startswith(("ranked", "same")) for c in found)
            row[2] += len(kept) >= 1
            row[3] += len(kept) >= 2
            row[4] += len(kept)
            if dump:
                dump.write(json.dumps({"set": name, "id": record["id"], "half": half,
                                       "questions": [[c.sentence.index, c.text] for c in kept]}) + "\n")
            if args.explain == half and not kept:
                alive = sorted((c for c in found if c.dropped and c.dropped.startswith("ranked")), key=lambda c: -c.score)[:3]
                if alive:
                    print(f"## [{name}] {record['id']}")
                    for c in alive:
                        print(f"  s{c.sentence.index + 1} {c.why()}\n      S: {c.sentence.text[:300]}")
        for h in "AB":
            n, alive, one, two, total = counts[h]
            pct = lambda k: f"{k} ({100 * k / max(1, n):.1f}%)"  # noqa: E731
            print(f"| {name} | {h} | {n} | {pct(alive)} | {pct(one)} | {pct(two)} | {total / max(1, n):.2f} |")
    if dump:
        dump.close()


if __name__ == "__main__":
    main()
