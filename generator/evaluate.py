"""``briefing eval``: run the analysis over each dev set and score it with the shared scorer."""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .errors import BriefingError

DATASETS = ("quotes-polnear", "summaries-cnndm", "summaries-bbc", "ner-conll2003")
HEADLINE = {
    "quotes": ("f1", "precision", "recall", "speaker_recall", "speaker_accuracy", "pronoun_gold_resolved_to_name",
               "f1_gold_marks"),
    "summary": ("rouge1", "rouge2", "leadk_rouge1", "ratio_rouge1_vs_leadk", "ratio_rouge1_vs_leadwords"),
    "entities": ("f1", "precision", "recall", "PER", "ORG", "LOC"),
}


PARTS = ("all", "tuning", "checking")


def part_of(record_id: str) -> str:
    """The dev part a record belongs to: a third of each set, chosen by a hash of its id,
    is the checking part, never read or tuned on; the rest is the tuning part."""
    digest = hashlib.sha256(f"briefing-split:{record_id}".encode("utf-8")).hexdigest()
    return "checking" if int(digest[:8], 16) % 3 == 0 else "tuning"


def _select(gold: Path, part: str, tmp: Path) -> Path:
    if part == "all":
        return gold
    chosen = tmp / f"{gold.parent.name}-{part}.jsonl"
    with gold.open(encoding="utf-8") as src, chosen.open("w", encoding="utf-8") as dst:
        for line in src:
            if line.strip() and part_of(json.loads(line)["id"]) == part:
                dst.write(line)
    return chosen


def default_data_dir() -> Path:
    return Path(os.environ.get("BRIEFING_EVAL_DIR") or Path.cwd().parent / "shared" / "eval")


def _predict(gold: Path, out: Path) -> tuple[int, float]:
    from .analysis import analyze
    from .reader import read_jsonl
    from .serialize import briefing_to_dict

    began = time.perf_counter()
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for article in read_jsonl(gold):
            if isinstance(article, BriefingError):
                raise article
            f.write(json.dumps(briefing_to_dict(analyze(article)), ensure_ascii=False) + "\n")
            n += 1
    return n, time.perf_counter() - began


_POST_OPENS = re.compile(r"<tweet\b[^>]*>\s*$")  # an embedded post's words follow


def _in_gold_marks(gold: Path, pred: Path, out: Path) -> int:
    """Copy ``pred`` without the quotes set in doubled apostrophes or grave accents ('' … '',
    `` … '') and without embedded posts read as quotes (no marks at all): PolNeAR's quotes were
    taken from “…”, "…" and «…» only (its README), so its gold says nothing about the others,
    neither that they are quotes nor that they are not.
    Returns how many were left out."""
    texts = {}
    with gold.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                texts[record["id"]] = record.get("text", "")
    left_out = 0
    with pred.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            record = json.loads(line)
            text = texts.get(record.get("id"), "")
            kept = [q for q in record.get("quotes", []) if text[:q["start"]].rstrip()[-2:] not in ("''", "``")
                    and not _POST_OPENS.search(text, max(0, q["start"] - 500), q["start"])]
            left_out += len(record.get("quotes", [])) - len(kept)
            record["quotes"] = kept
            dst.write(json.dumps(record, ensure_ascii=False) + "\n")
    return left_out


def _score(scorer: Path, gold: Path, pred: Path, name: str) -> dict:
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--json"],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        raise BriefingError(f"score.py failed on {name}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def run_eval(data_dir: Path, *, only: tuple[str, ...] = (), part: str = "all") -> dict[str, dict]:
    scorer = data_dir / "score.py"
    if not scorer.is_file():
        raise BriefingError(f"no scorer at {scorer}: pass --data or set BRIEFING_EVAL_DIR")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in DATASETS:
            gold = data_dir / name / "dev.jsonl"
            if (only and name not in only) or not gold.is_file():
                continue
            gold = _select(gold, part, Path(tmp))
            pred = Path(tmp) / f"{name}.jsonl"
            n, seconds = _predict(gold, pred)
            if name == "quotes-polnear":  # score.py on the whole output; beside it, on the gold's own marks
                scores = _score(scorer, gold, pred, name)
                scored = Path(tmp) / f"{name}-gold-marks.jsonl"
                left_out = _in_gold_marks(gold, pred, scored)
                marks = _score(scorer, gold, scored, name)
                scores.update({"quotes_in_other_marks": left_out, "f1_gold_marks": marks["f1"],
                               "precision_gold_marks": marks["precision"],
                               "speaker_accuracy_gold_marks": marks["speaker_accuracy"]})
            else:
                scores = _score(scorer, gold, pred, name)
            scores["articles_per_second"] = round(n / seconds, 1) if seconds else 0.0
            results[name] = scores
    return results


def _cell(scores: dict, key: str) -> str:
    if key in scores.get("per_label", {}):
        return f"{key} {scores['per_label'][key]['f1']:.3f}"
    value = scores.get(key)
    return f"{key} {value:.3f}" if isinstance(value, float) and value < 2 else f"{key} {value}"


def format_table(results: dict[str, dict]) -> str:
    lines = ["| data set | scores | articles/s |", "|---|---|---|"]
    for name, scores in results.items():
        cells = ", ".join(_cell(scores, k) for k in HEADLINE[scores["task"]])
        lines.append(f"| {name} | {cells} | {scores['articles_per_second']} |")
    return "\n".join(lines)
