"""Open questions the article leaves unresolved (first version: hedge cues)."""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Actor, Question, Quote
from .document import Document

_CUES = re.compile(
    r"\b(?:raises? questions? about whether|it is unclear (?:whether|if|how|why|what)|remains? to be seen|"
    r"remains? uncertain|remain unclear|did not respond to requests? for comment|declined to comment|"
    r"is not without its risks|unlikely to resolve)\b",
    re.IGNORECASE,
)
MAX_QUESTIONS = 5


def extract_questions(doc: Document, actors: Sequence[Actor], quotes: Sequence[Quote]) -> tuple[Question, ...]:
    out = []
    for s in doc.sentences:
        m = _CUES.search(s.text)
        if m:
            out.append(Question(f"What follows from this: {s.text.rstrip('.')}?", s.start, s.end, s.index))
        if len(out) == MAX_QUESTIONS:
            break
    return tuple(out)
