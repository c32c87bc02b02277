"""Direct quotations and their speakers (first version: double-quoted spans, "X said")."""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Actor, Quote
from .document import Document

_QUOTED = re.compile(r"[\"“]([^\"“”\n]{2,}?)[\"”]")


def extract_quotes(doc: Document, actors: Sequence[Actor]) -> tuple[Quote, ...]:
    out = []
    for m in _QUOTED.finditer(doc.text):
        sentence = doc.sentence_at(m.start(1))
        out.append(Quote(m.group(1), m.start(1), m.end(1), None, sentence=sentence.index if sentence else 0))
    return tuple(out)
