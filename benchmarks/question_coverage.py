"""The open-question funnel per eval data set: articles with a cue, with a candidate, with a question.

For each data set and dev part (``--part tuning`` or ``checking``, chosen by
``generator.evaluate.part_of``): how many articles have a sentence with a cue, a candidate that
survives to the ranker, one question or more, two or more; questions per article. Counts only:
on the checking part nothing is printed but these counts. ``--show N`` prints the questions
(with their sentences) of the first N tuning-part articles of each set, for reading by eye.
The eval texts are read, never copied into the repository.

    python benchmarks/question_coverage.py [--part tuning|checking|all] [--show N] [--eval-dir ../shared/eval]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.analysis.actors import extract_actors  # noqa: E402
from generator.analysis.document import parse  # noqa: E402
from generator.analysis.questions import candidates  # noqa: E402
from generator.analysis.quotes import extract_quotes  # noqa: E402
from generator.analysis.questions.ranking import rank  # noqa: E402
from generator.evaluate import part_of  # noqa: E402

DATA_SETS = ("quotes-polnear", "summaries-bbc", "summaries-cnndm")


def _pct(n: int, total: int) -> str:
    return f"{n} ({100 * n / max(1, total):.1f}%)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    ap.add_argument("--part", choices=("tuning", "checking", "all"), default="tuning")
    ap.add_argument("--show", type=int, default=0, help="print the questions of the first N tuning-part articles")
    args = ap.parse_args()
    print("| data set | part | articles | with a cue | with a candidate | 1+ questions | 2+ questions | questions/article |")
    print("|---|---|---|---|---|---|---|---|")
    shown: list[str] = []
    for name in DATA_SETS:
        path = args.eval_dir / name / "dev.jsonl"
        if not path.exists():
            continue
        n = cued = alive = one = two = total = 0
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            if args.part != "all" and part_of(record["id"]) != args.part:
                continue
            doc = parse(record["text"])
            actors = extract_actors(doc)
            found, cue_count = candidates(doc, actors, extract_quotes(doc, actors))
            kept = rank(found)
            n += 1
            cued += cue_count > 0
            alive += any(c.dropped is None or c.dropped.startswith(("ranked", "same")) for c in found)
            one += len(kept) >= 1
            two += len(kept) >= 2
            total += len(kept)
            if args.show and part_of(record["id"]) == "tuning" and sum(r.startswith(f"[{name}") for r in shown) < args.show:
                for c in kept:
                    shown.append(f"[{name}] {record['id']} ({c.pattern})\n  Q: {c.text}\n  s: {c.sentence.text}")
        print(f"| {name} | {args.part} | {n} | {_pct(cued, n)} | {_pct(alive, n)} | {_pct(one, n)} | {_pct(two, n)} | {total / max(1, n):.2f} |")
    for row in shown:
        print(row)


if __name__ == "__main__":
    main()
