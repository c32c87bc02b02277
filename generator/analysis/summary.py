"""Extractive summary and TL;DR (first version: the lead)."""
from __future__ import annotations

from typing import Sequence

from ..model import Sentence, SummarySentence
from .document import Document


def _as_summary(s: Sentence) -> SummarySentence:
    return SummarySentence(s.text, s.start, s.end, s.index)


def summarize(doc: Document, sentences: Sequence[Sentence], *, title: str | None = None,
              count: int = 3) -> tuple[SummarySentence, ...]:
    return tuple(_as_summary(s) for s in sentences[:count])


def pick_tldr(doc: Document, sentences: Sequence[Sentence],
              summary: Sequence[SummarySentence]) -> SummarySentence | None:
    return summary[0] if summary else None
