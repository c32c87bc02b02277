"""Key quotes: the few quotations a briefing shows, ranked by what they say about the news.

A quote counts more when its speaker is known and is a main actor of the story (mentioned
often), when it shares words with the story's lead (title and summary: what the news is
about), when it is a whole quotation rather than a few words inside the writer's sentence,
and a little with its length (a longer quote says more, up to a point). No 4-word floor for
a whole sentence from a named speaker: a short answer ("Well, we'll see.") can be the quote
the story is about; other quotes under four words are fragments or scare quotes. A quote whose
words are (nearly: 70% of its word pairs) inside a quote of the same speaker shown is not shown
again: a partial quote and the full one, or the same words quoted twice.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..model import Actor, Quote

KEY_QUOTES = 6
_WORD = re.compile(r"[a-z][a-z'’]{3,}")
# Frequent words of four letters or more that say nothing about a story (function words, "said").
_COMMON = frozenset("""that this with have from they were been will would there their what when which about
into more than them then also just like some could should said says very only over such even most much many
your here well because while where after before being does doing done these those other""".split())


def content_words(text: str) -> set[str]:
    """Lower-cased words of four letters or more, less the common ones: enough to compare a
    quote with the lead (the analysis has a finer version; rendering keeps to the model)."""
    return {w.rstrip("s") for w in _WORD.findall(text.lower()) if w not in _COMMON}
_WHOLE_STOP = (".", "!", "?", "…")


def _mentions(actors: Iterable[Actor]) -> dict[str, int]:
    out: dict[str, int] = {}
    for a in actors:
        for name in (a.name, *a.aliases):
            out[name] = max(out.get(name, 0), len(a.mentions))
    return out


def _score(q: Quote, mentions: dict[str, int], top: int, news: set[str]) -> float:
    words = q.text.split()
    if len(words) < 4 and (q.speaker is None or q.partial or not q.text.rstrip(" ,").endswith(_WHOLE_STOP)):
        return float("-inf")  # a scare quote or a fragment ("rigged", "a total stiff"); a short quote must be a sentence
    score = 0.0
    if q.speaker:
        score += 2.0 + mentions.get(q.speaker, 0) / top  # who speaks: a main actor counts most
    if q.partial:
        score -= 1.0
    if news:
        shared = content_words(q.text) & news
        score += 1.5 * len(shared) / max(1, len(news)) ** 0.5  # what it says about the news
    return score + min(len(words), 30) / 30  # a little for length


def key_quotes(quotes: Sequence[Quote], actors: Iterable[Actor] = (), news: str = "",
               count: int = KEY_QUOTES) -> list[Quote]:
    """Up to ``count`` quotes, the most important first chosen, shown in reading order."""
    mentions = _mentions(actors)
    top = max(mentions.values(), default=1) or 1
    news_words = content_words(news) if news else set()
    ranked = sorted(((_score(q, mentions, top, news_words), q) for q in quotes), key=lambda x: (-x[0], x[1].start))
    chosen: list[Quote] = []
    shown: list[set[tuple[str, str]]] = []
    for score, q in ranked:
        if score == float("-inf") or len(chosen) >= count:
            break
        pairs = word_pairs(q.text)
        if any(_one_voice(q, c) and (_repeats(pairs, other) or _repeats(other, pairs)) for c, other in zip(chosen, shown)):
            continue  # the same words, or a part of a quote already shown (a word or two apart)
        chosen.append(q)
        shown.append(pairs)
    return sorted(chosen, key=lambda q: q.start)


_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
SAME_SHARE = 0.7  # of a quote's word pairs found in another: the same quote, quoted twice


def word_pairs(text: str) -> set[tuple[str, str]]:
    """Adjacent word pairs, lower-cased, punctuation left out; a one-word quote is its own pair."""
    words = _TOKEN.findall(text.lower().replace("’", "'"))
    return set(zip(words, words[1:])) or {(w, "") for w in words}


def _one_voice(a: Quote, b: Quote) -> bool:
    """The same speaker, or one not known: one speaker quoting another's words is two quotes."""
    return a.speaker == b.speaker or not a.speaker or not b.speaker


def _repeats(part: set[tuple[str, str]], whole: set[tuple[str, str]]) -> bool:
    """``part`` is (nearly) inside ``whole``: a partial quote that the article quotes again in
    full with a word changed ("at best misrepresentation" in "at best a misrepresentation")."""
    return bool(part) and len(part & whole) >= SAME_SHARE * len(part)
