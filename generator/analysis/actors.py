"""Actors: people, organisations, places and groups (first version: capitalised runs)."""
from __future__ import annotations

import re

from ..model import Actor, Mention
from .document import Document

_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_STOP = frozenset("The A An In On At For And But Yet As While This That These However It He She They We".split())


def extract_actors(doc: Document) -> tuple[Actor, ...]:
    found: dict[str, list[Mention]] = {}
    for s in doc.sentences:
        for m in _RUN.finditer(doc.text, s.start, s.end):
            words = m.group(0).split()
            start = m.start()
            while words and words[0] in _STOP:
                start = doc.text.index(words[1], start) if len(words) > 1 else m.end()
                words = words[1:]
            if not words:
                continue
            name = " ".join(words)
            found.setdefault(name, []).append(Mention(start, m.end(), doc.text[start:m.end()]))
    return tuple(Actor(name, "person", mentions=tuple(ms)) for name, ms in sorted(found.items()))
