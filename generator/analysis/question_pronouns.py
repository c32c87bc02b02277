"""Possessive and personal pronouns in a question resolved to the actor they most likely point to.

Recency with agreement, as in simple anaphora resolvers (Hobbs 1978; Lappin & Leass 1994) without
their syntax: the most recent actor of a compatible kind ("his"/"her" a person of that gender, "its"
an organisation, "their" a group) mentioned in the sentence or the few before it; a person's gender
is guessed from titles (Mr, Mrs, Ms) and the he/she pronouns that follow their mentions. Two people
in reach make "her" ambiguous, and nothing is returned.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Actor
from .document import Document


_POSSESSIVES = {"his": "person", "her": "person", "he": "person", "she": "person", "its": "organization", "their": "group"}
_MALE = frozenset("he his him himself".split())
_FEMALE = frozenset("she her hers herself".split())
# "her" and "him" are left out: as objects they mostly point to someone else ("Trump attacked her").
_NEXT_PRONOUN = re.compile(r"\b(he|his|himself|she|herself)\b", re.IGNORECASE)


def _gender(actor: Actor, text: str) -> str | None:
    """'m', 'f' or None: from titles (Mr, Mrs, Ms) and the first he/she pronoun after each mention."""
    votes = 0
    for m in actor.mentions[:8]:
        before = text[max(0, m.start - 5):m.start] + m.text
        if re.search(r"\bMr\b\.?", before):
            votes += 2
        elif re.search(r"\bM(?:r)?s\b\.?", before):
            votes -= 2
        p = _NEXT_PRONOUN.search(text, m.end, m.end + 80)
        if p:
            votes += 1 if p.group(1).lower() in _MALE else -1
    return "m" if votes > 0 else "f" if votes < 0 else None


def resolve_possessive(
    doc: Document, index: int, word: str, actors: Sequence[Actor], *, at: int, back: int = 2
) -> str | None:
    """The actor a 'his'/'her'/'its'/'their' (or 'he'/'she') most likely points to: the most recent
    compatible actor mentioned in this or the previous ``back`` sentences (recency, as in Hobbs 1978),
    a person's gender guessed from titles and the pronouns that follow their mentions."""
    kind = _POSSESSIVES.get(word.lower())
    if kind is None:
        return None
    kinds = {"person"} if kind == "person" else {"organization", "group"} if kind == "group" else {"organization"}
    want = "m" if word.lower() in _MALE else "f" if word.lower() in _FEMALE else None
    floor = doc.sentences[max(0, index - back)].start
    best: tuple[int, str] | None = None
    for a in actors:
        if a.kind not in kinds:
            continue
        if want and not any(floor <= m.start < at for m in a.mentions):
            continue
        if want and _gender(a, doc.text) not in (want, None):
            continue  # "her easiest challenge" is not Mr. Trump's
        if kind == "person" and best is not None and best[1] != _shown(a):
            if any(floor <= m.start < at for m in a.mentions):
                return None  # two people in reach: which one "her" means, recency alone cannot tell
        for m in a.mentions:
            if floor <= m.start < at and (best is None or m.start > best[0]):
                best = (m.start, _shown(a))
    return best[1] if best else None


def _shown(a: Actor) -> str:
    return a.aliases[0] if a.kind == "person" and a.aliases else a.name
