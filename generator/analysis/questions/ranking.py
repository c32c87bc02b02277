"""Ranking: keep the best few candidates, never two on the same point, in text order.

The shape is sumy's Edmundson summariser and Heilman & Smith's overgenerate-and-rank question
generator ("Good Question! Statistical Ranking for Question Generation", NAACL 2010): every
candidate carries a weighted score; take the best N, skipping near-duplicates; restore
document order.
"""
from __future__ import annotations

import re
from typing import Sequence

from .candidates import Candidate, content_words, unsourced

MAX_QUESTIONS = 4
FLOOR = 1.8  # precision first: a question must be one an editor publishes unchanged; below this a candidate's penalties outweigh what its pattern is worth
_SAME_POINT = 0.35  # share of content words two questions on one point have in common


def _stems(text: str) -> set[str]:
    """Content words cut to a crude stem, so that 'attacks'/'attack', 'raised'/'raise' count as one."""
    return {re.sub(r"(?:ing|ed|es|s|e)$", "", w.strip("’'")) for w in content_words(text)}


def _last_word(text: str) -> str:
    return text.rstrip("?").rsplit(None, 1)[-1].strip("\"“”'’")


def same_point(a: Candidate, b: Candidate) -> bool:
    if a.sentence.index == b.sentence.index:
        return True
    last = _last_word(a.text)
    if last.islower() and last == _last_word(b.text) and (a.about in b.about or b.about in a.about):
        return True  # "Will Xstrata increase its takeover offer?", "Will Xstrata look at sweetening its offer?": one actor, one object
    # the actor both ask about is no evidence of one point: 'Russia' in two questions on two matters
    wa = _stems(unsourced(a.text)) - _stems(a.about)  # a source's name is no point of the question
    wb = _stems(unsourced(b.text)) - _stems(b.about)
    if len(wa & wb) < 2 and not (a.about in b.about or b.about in a.about):
        return False  # "Will Mr Tsutsumi be convicted?", "Will Mitsubishi Motors be convicted of …?": two actors, one verb
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= _SAME_POINT


def rank(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The kept candidates in text order; the others get their reason in ``dropped``."""
    kept: list[Candidate] = []
    for c in sorted((c for c in candidates if c.dropped is None), key=lambda c: (-c.score, c.sentence.index, c.text)):
        if c.score < FLOOR:
            c.dropped = f"ranked low ({c.score:.2f} < {FLOOR})"
        elif len(kept) >= MAX_QUESTIONS:
            c.dropped = f"ranked low (not in the best {MAX_QUESTIONS})"
        else:
            twin = next((k for k in kept if same_point(k, c)), None)
            if twin is not None:
                c.dropped = f"same point as: {twin.text}"
            else:
                kept.append(c)
    return sorted(kept, key=lambda c: (c.sentence.index, c.text))
