"""``briefing eval``: run the analysis over each dev set and score it with the shared scorer."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .errors import BriefingError

DATASETS = ("quotes-polnear", "summaries-cnndm", "summaries-bbc", "ner-conll2003")
HEADLINE = {
    "quotes": ("f1", "precision", "recall", "speaker_recall", "speaker_accuracy", "pronoun_gold_resolved_to_name"),
    "summary": ("rouge1", "rouge2", "leadk_rouge1", "ratio_rouge1_vs_leadk", "ratio_rouge1_vs_leadwords"),
    "entities": ("f1", "precision", "recall", "PER", "ORG", "LOC"),
}


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


def run_eval(data_dir: Path, *, only: tuple[str, ...] = ()) -> dict[str, dict]:
    scorer = data_dir / "score.py"
    if not scorer.is_file():
        raise BriefingError(f"no scorer at {scorer}: pass --data or set BRIEFING_EVAL_DIR")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in DATASETS:
            gold = data_dir / name / "dev.jsonl"
            if (only and name not in only) or not gold.is_file():
                continue
            pred = Path(tmp) / f"{name}.jsonl"
            n, seconds = _predict(gold, pred)
            done = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--json"],
                                  capture_output=True, text=True, check=False)
            if done.returncode:
                raise BriefingError(f"score.py failed on {name}: {done.stderr.strip()}")
            scores = json.loads(done.stdout)
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
