"""Compare our sentence splitter with pysbd, nupunkt and syntok on the dev texts.

Not a project dependency: run it in a scratch environment that has the three packages and
this repository on its path, e.g.

    python -m venv /tmp/seg && /tmp/seg/bin/pip install pysbd nupunkt syntok
    PYTHONPATH=. /tmp/seg/bin/python benchmarks/segmenters.py --part tuning

Per splitter, over the PolNeAR and BBC dev texts of the chosen part (CNN/DailyMail is
lower-cased and tokenised, which none of the others expects), paragraph by paragraph:
boundaries inside a double-quoted span that closes in the same paragraph (a reader sees a
quotation cut in two), agreement of its boundaries with ours (F1), BBC reference summary
sentences (extractive, from the articles) that come out as exactly one sentence, and
paragraphs per CPU-second.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from generator.analysis.document import split_paragraphs, split_sentences
from generator.analysis.quote_marks import closed_double_spans
from generator.evaluate import part_of


def _ours(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return split_sentences(text, lo, hi)


def _located(text: str, lo: int, hi: int, pieces: list[str]) -> list[tuple[int, int]]:
    out, at = [], lo
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        i = text.find(piece, at, hi)
        if i < 0:
            continue
        out.append((i, i + len(piece)))
        at = i + len(piece)
    return out


def _splitters():
    import nupunkt
    import pysbd
    from syntok import segmenter

    sbd = pysbd.Segmenter(language="en", clean=False)

    def pysbd_split(text, lo, hi):
        return _located(text, lo, hi, sbd.segment(text[lo:hi]))

    def nupunkt_split(text, lo, hi):
        return _located(text, lo, hi, nupunkt.sent_tokenize(text[lo:hi]))

    def syntok_split(text, lo, hi):
        out = []
        for para in segmenter.analyze(text[lo:hi]):
            for sentence in para:
                a = sentence[0].offset
                last = sentence[-1]
                out.append((lo + a, lo + last.offset + len(last.value)))
        return out

    def ours_unprotected(text, lo, hi):  # engine 16: quotations not protected
        from generator.analysis import document
        keep, document.closed_double_spans = document.closed_double_spans, lambda *_: []
        try:
            return split_sentences(text, lo, hi)
        finally:
            document.closed_double_spans = keep

    return {"ours": _ours, "ours, engine 16": ours_unprotected, "pysbd": pysbd_split, "nupunkt": nupunkt_split,
            "syntok": syntok_split}


def _records(data: Path, part: str):
    for name in ("quotes-polnear", "summaries-bbc"):
        with (data / name / "dev.jsonl").open(encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if part == "all" or part_of(r["id"]) == part:
                    yield name, r


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--part", default="tuning", choices=("tuning", "checking", "all"))
    args = ap.parse_args()
    records = list(_records(args.data, args.part))
    paragraphs = [(r["text"], lo, hi) for _, r in records for lo, hi in split_paragraphs(r["text"])]
    refs = [(r["text"], s) for name, r in records if name == "summaries-bbc"
            for s in r.get("summary", "").split("\n") if s.strip()]
    splitters = _splitters()
    ours = {}
    for name, split in splitters.items():
        began = time.process_time()
        spans = [split(text, lo, hi) for text, lo, hi in paragraphs]
        seconds = time.process_time() - began
        inside = agree = theirs = 0
        whole = set()
        for k, ((text, lo, hi), ss) in enumerate(zip(paragraphs, spans)):
            bounds = {a for a, _ in ss[1:]}
            quoted = closed_double_spans(text, lo, hi)
            inside += sum(1 for b in bounds if any(o < b < c for o, c in quoted))
            if name == "ours":
                ours[k] = bounds
            agree += len(bounds & ours[k])
            theirs += len(bounds)
            whole.update(text[a:b].strip() for a, b in ss)
        mine = sum(len(b) for b in ours.values())
        f1 = 2 * agree / (theirs + mine) if theirs + mine else 1.0
        kept = sum(1 for _, s in refs if s.strip() in whole)
        print(f"| {name} | {theirs} | {inside} | {f1:.3f} | {kept}/{len(refs)} ({kept / len(refs):.1%}) "
              f"| {len(paragraphs) / seconds:,.0f} |")


if __name__ == "__main__":
    main()
