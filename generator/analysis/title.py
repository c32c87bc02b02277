"""Titles: the article's own headline line, or a headline made from its first sentence."""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Sentence
from .document import Document

_CLAUSE_END = re.compile(r",\s+(?:stating|saying|adding|according|as|while|after|which|who)\b|[,;:—–]\s")
_MAX_WORDS = 16


def title_line(doc: Document) -> Sentence | None:
    """A short first paragraph with no closing full stop, followed by more text, is a headline."""
    if len(doc.paragraphs) < 2 or not doc.sentences:
        return None
    first = doc.sentences[0]
    para = doc.paragraphs[0]
    text = doc.text[para.start:para.end]
    if len(text.split()) > 20 or text.rstrip().endswith((".", "!", ",", ";", ":")):
        return None
    if sum(1 for s in doc.sentences if s.paragraph == 0) != 1:
        return None
    return first


def infer_title(doc: Document, sentences: Sequence[Sentence]) -> str:
    """A headline from the lead sentence: its main clause, cut at a word boundary."""
    if not sentences:
        return "Untitled briefing"
    text = " ".join(sentences[0].text.split())
    m = _CLAUSE_END.search(text)
    if m and len(text[: m.start()].split()) >= 5:
        text = text[: m.start()]
    words = text.rstrip(".!?").split()
    if len(words) > _MAX_WORDS:
        words = words[:_MAX_WORDS]
        while words and words[-1].lower() in {"a", "an", "the", "of", "to", "in", "on", "and", "for", "with", "by", "at"}:
            words.pop()
        return " ".join(words) + " …"
    return " ".join(words)
