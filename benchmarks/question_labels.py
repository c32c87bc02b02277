"""Open questions against human labels: how many of the questions the ranker keeps were judged good.

Labelling (once): ``--export DIR`` writes, for N tuning-part articles chosen by a hash, every
candidate a reader could be shown (score ≥ 0) with its article to ``DIR/batch*.md`` and the
candidates' features to ``DIR/candidates.json``; a reviewer who did not write the rules labels each
``G`` (good), ``B`` (borderline) or ``X`` (bad) in ``DIR/labels*.tsv`` (``qid<TAB>label<TAB>code<TAB>note``).
The labels stay outside the repository, beside the eval data they quote.

Scoring (after every rule change): the questions the ranker keeps now, looked up by article and
text; a question whose wording changed since labelling counts as unlabelled.

    python benchmarks/question_labels.py --export DIR [--articles 120] [--salt label1]
    python benchmarks/question_labels.py DIR [--floor 1.8 --floor 2.0] [--half A] [--half-salt qforecast-half]
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.analysis.actors import extract_actors  # noqa: E402
from generator.analysis.document import parse  # noqa: E402
from generator.analysis.questions import candidates, ranking  # noqa: E402
from generator.analysis.quotes import extract_quotes  # noqa: E402
from generator.evaluate import part_of  # noqa: E402

DATA_SETS = ("quotes-polnear", "summaries-bbc")


def _records(eval_dir: Path) -> list[dict]:
    found = []
    for name in DATA_SETS:
        for line in (eval_dir / name / "dev.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            if part_of(record["id"]) == "tuning":
                found.append(record)
    return found


def _candidates(text: str):
    doc = parse(text)
    actors = extract_actors(doc)
    return candidates(doc, actors, extract_quotes(doc, actors))[0]


def export(eval_dir: Path, out: Path, articles: int, salt: str = "label1") -> None:
    out.mkdir(parents=True, exist_ok=True)
    records = sorted(_records(eval_dir), key=lambda r: hashlib.sha256(f"{salt}:{r['id']}".encode()).hexdigest())
    batches: list[list[str]] = [[], [], []]
    rows, k = [], 0
    for r in records:
        shown = {}
        for c in sorted(_candidates(r["text"]), key=lambda c: -c.score):
            if (c.dropped is None or c.dropped.startswith(("ranked", "same point"))) and c.score >= 0 and c.text not in shown:
                shown[c.text] = c
        if not shown:
            continue
        pid, lines = f"L{k:03d}", []
        for j, c in enumerate(sorted(list(shown.values())[:6], key=lambda c: c.sentence.index)):
            lines.append(f"- **{pid}.{j}** (from sentence {c.sentence.index + 1}: “{c.sentence.text[:300]}”)\n  QUESTION: {c.text}\n")
            rows.append({"qid": f"{pid}.{j}", "id": r["id"], "pattern": c.pattern, "score": round(c.score, 3), "text": c.text})
        k += 1
        batches[k % 3].append(f"# {pid}\n\n## ARTICLE\n\n{r['text']}\n\n## CANDIDATE QUESTIONS\n\n" + "\n".join(lines))
        if k >= articles:
            break
    for i, batch in enumerate(batches):
        (out / f"batch{i}.md").write_text("\n\n---\n\n".join(batch), encoding="utf-8")
    (out / "candidates.json").write_text(json.dumps(rows, indent=0), encoding="utf-8")
    print(f"{k} articles, {len(rows)} candidates in {out}")


def half_of(record_id: str, salt: str = "qrank-half") -> str:
    """'A' or 'B': a fixed split of a labelled sample, rules written on half A and only scored on half B
    (each piece of work its own split: ``--half-salt``)."""
    return "AB"[int(hashlib.sha256(f"{salt}:{record_id}".encode()).hexdigest(), 16) % 2]


def score(eval_dir: Path, labels_dir: Path, floors: list[float], half: str | None = None, salt: str = "qrank-half") -> None:
    rows = json.loads((labels_dir / "candidates.json").read_text(encoding="utf-8"))
    if half:
        rows = [r for r in rows if half_of(r["id"], salt) == half]
    label = {}
    for f in sorted(labels_dir.glob("labels*.tsv")):
        for line in f.open(encoding="utf-8"):
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 2:
                label[cells[0]] = cells[1].strip().upper()[:1]
    by_text = {(r["id"], r["text"]): label.get(r["qid"], "?") for r in rows}
    ids = {r["id"] for r in rows}
    texts = {r["id"]: r["text"] for r in _records(eval_dir) if r["id"] in ids}
    found = {i: _candidates(t) for i, t in sorted(texts.items())}
    print("| floor | articles | 1+ questions | 2+ | kept | good | borderline | bad | unlabelled | good share |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for floor in floors:
        ranking.FLOOR = floor
        counts, one, two = collections.Counter(), 0, 0
        for i, cands in found.items():
            for c in cands:  # rank() writes its reasons into candidates: start each floor afresh
                if c.dropped and c.dropped.startswith(("ranked", "same point")):
                    c.dropped = None
            kept = ranking.rank(cands)
            one, two = one + bool(kept), two + (len(kept) >= 2)
            counts.update(by_text.get((i, k.text), "?") for k in kept)
        known = counts["G"] + counts["B"] + counts["X"]
        print(f"| {floor} | {len(found)} | {one} | {two} | {sum(counts.values())} | {counts['G']} | {counts['B']} | {counts['X']} "
              f"| {counts['?']} | {counts['G'] / max(1, known):.0%} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", type=Path, nargs="?", help="folder with candidates.json and labels*.tsv")
    ap.add_argument("--export", type=Path, help="write labelling batches for tuning-part articles into this folder")
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--salt", default="label1", help="hash salt choosing the articles: a new salt gives a fresh sample")
    ap.add_argument("--floor", type=float, action="append", help="ranking floor(s) to score (default: the engine's)")
    ap.add_argument("--half", choices=("A", "B"), help="score only the articles of one half (sha256 of SALT + ':' + id, even → A)")
    ap.add_argument("--half-salt", default="qrank-half", help="the salt of the half split (e.g. qforecast-half)")
    ap.add_argument("--eval-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")
    args = ap.parse_args()
    if args.export:
        export(args.eval_dir, args.export, args.articles, args.salt)
    elif args.labels:
        score(args.eval_dir, args.labels, args.floor or [ranking.FLOOR], args.half, args.half_salt)
    else:
        ap.error("give a labels folder, or --export DIR")


if __name__ == "__main__":
    main()
