"""Facts and figures: amounts, counts, percentages and dates, each with its sentence."""
from __future__ import annotations

import datetime as dt
import re

from ..model import Fact
from .document import Document

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_PATTERNS = (
    ("date", re.compile(rf"\b(?:(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{4}})\b")),
    ("amount", re.compile(r"[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k)\b)?")),
    ("percent", re.compile(r"\b\d[\d,.]*\s?(?:%|per ?cent\b)")),
    ("count", re.compile(r"\b(?:over |more than |up to |about |nearly |almost )?\d[\d,.]*(?:\s(?:million|billion|thousand|hundred))?\s(?=[a-z])[a-z]+")),
)


def extract_facts(doc: Document, *, published: dt.date | None = None) -> tuple[Fact, ...]:
    facts, taken = [], []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(doc.text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            sentence = doc.sentence_at(m.start())
            if sentence is None:
                continue
            taken.append((m.start(), m.end()))
            facts.append(Fact(m.group(0), m.start(), m.end(), kind, sentence.index))
    return tuple(sorted(facts, key=lambda f: (f.start, f.end)))
