"""How many articles of each eval data set get an open question, and the questions of a fixed sample.

The reviews of open questions (notes "questions-review-*") rate the questions of articles chosen by
the first hex digit of ``sha1(text)``; this prints the coverage per data set and, with ``--prefixes``,
every question of the articles whose hash starts with one of the given digits, with its sentence and
the next one (what a reviewer needs to judge whether the article answers it). The eval texts are
read, never copied into the repository.

    python benchmarks/question_coverage.py [--eval-dir ../shared/eval] [--prefixes 01]
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
from generator.analysis.questions import extract_questions  # noqa: E402
from generator.analysis.quotes import extract_quotes  # noqa: E402

DATA_SETS = ("quotes-polnear", "summaries-bbc", "summaries-cnndm")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    ap.add_argument("--prefixes", default="", help="sha1(text) first hex digits whose questions to print")
    args = ap.parse_args()
    for name in DATA_SETS:
        path = args.eval_dir / name / "dev.jsonl"
        if not path.exists():
            continue
        articles = with_question = questions = 0
        shown = []
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            doc = parse(record["text"])
            actors = extract_actors(doc)
            found = extract_questions(doc, actors, extract_quotes(doc, actors))
            articles += 1
            with_question += bool(found)
            questions += len(found)
            digest = hashlib.sha1(record["text"].encode()).hexdigest()
            if args.prefixes and digest[0] in args.prefixes:
                for q in found:
                    nxt = doc.sentences[q.sentence + 1].text if q.sentence + 1 < len(doc.sentences) else ""
                    shown.append(f"  [{digest[:2]}] {record['id']} {q.kind} (about {q.about})\n    Q: {q.text}\n"
                                 f"    sentence: {doc.sentences[q.sentence].text}\n    next: {nxt}")
        print(f"{name}: {with_question}/{articles} articles with a question "
              f"({100 * with_question / max(1, articles):.1f}%), {questions} questions")
        for row in shown:
            print(row)


if __name__ == "__main__":
    main()
