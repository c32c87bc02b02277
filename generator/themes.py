"""Themes: key phrases over the whole collection ("climate change", "tennis", "dock strike").

Candidates are runs of one to three lower-case words of an article (names are capitalised,
so they are actors, not themes), none a stop word or a word that fits any news story. A
candidate scores by how often its article uses it and how few other articles do (TF-IDF
over the collection), longer phrases a little more. An article's themes are its best few
candidates that it uses at least twice and that at least one other article uses too; a
theme that only one briefing ends up with is dropped, so every theme on the index groups
briefings. Editors' front-matter ``tags`` come first and are kept as written.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Sequence

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .model import Briefing

MAX_THEMES = 3
MIN_USES = 2  # times the article uses a phrase
MAX_SHARE = 0.25  # a phrase in more than this share of the articles is too common to group them
MAX_WORDS = 3
MIN_LENGTH = 3
# Words of any news story (our list, from reading the test collection's candidates): they
# group nothing. Reporting verbs and time words are the bulk.
GENERIC = frozenset("""
said says say told tell asked added according called made make makes including include
year years month months week weeks day days today yesterday tomorrow time times morning night
monday tuesday wednesday thursday friday saturday sunday
people person number percent cent million billion thousand hundred per
new old last next first second third just also many much more most less well
way part lot end ago still even back like going want wants think know
""".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*|[0-9]{4}\b|[.,;:!?()\"“”]")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_STOP = ENGLISH_STOP_WORDS | GENERIC


def _usable(word: str) -> bool:
    if word.isdigit():
        return bool(_YEAR.fullmatch(word))  # a year, as in "2016 election"
    return word.islower() and len(word) >= MIN_LENGTH and word not in _STOP and not word.endswith(("ly", "'s", "’s"))


def _singular(counts: list[Counter], df: Counter) -> None:
    """"films" and "film" count as one, the form more articles use (in place)."""
    pairs = [(p, p[:-1]) for p in df if p.endswith("s") and not p.endswith("ss") and p[:-1] in df]
    plural = dict((a, b) if df[b] >= df[a] else (b, a) for a, b in pairs)
    for c in counts:
        for p in [p for p in c if p in plural]:
            c[plural[p]] += c.pop(p)
    for p, one in plural.items():
        df[one] += df.pop(p, 0)  # an over-count where an article has both: only the ranking uses it


def _past_tense(phrase: str) -> bool:
    """One word in "-ed" ("played", "beat" aside) is an event, not a theme."""
    return " " not in phrase and len(phrase) > 4 and phrase.endswith("ed")


def candidates(text: str) -> Counter:
    """Counts of the candidate phrases of a text (runs of usable words, 1 to 3 long)."""
    counts: Counter = Counter()
    run: list[str] = []
    for token in [*_WORD.findall(text), "."]:
        if _usable(token):
            run.append(token)
            continue
        for size in range(1, MAX_WORDS + 1):
            for k in range(len(run) - size + 1):
                phrase = run[k:k + size]
                if not _YEAR.fullmatch(phrase[-1]):  # "election 2016" reads worse than "2016 election"
                    counts[" ".join(phrase)] += 1
        run = []
    return counts


def choose_themes(briefings: Sequence[Briefing]) -> dict[str, tuple[str, ...]]:
    """Briefing id → its themes (editor tags first), each theme shared by two or more.

    Two rounds: each briefing picks its best candidates; then each picks again among every
    briefing's picks, so that two articles on a story agree on its phrase."""
    counts = [candidates(f"{b.title}.\n{b.article.body}") for b in briefings]
    df = Counter(p for c in counts for p in c)
    _singular(counts, df)
    n = len(briefings)
    pool = {p for c in counts for p in _best(c, df, n)}
    picked = {b.id: _best(c, df, n, pool) for b, c in zip(briefings, counts)}
    uses = Counter(t for ts in picked.values() for t in ts)
    out = {}
    for b in briefings:
        tags = [t for t in b.article.tags if t.strip()]
        folded = {x.casefold() for x in tags}
        out[b.id] = tuple(tags + [t for t in picked[b.id] if uses[t] >= 2 and t not in folded])
    return out


def _best(counts: Counter, df: Counter, n: int, pool: set[str] | None = None) -> list[str]:
    limit = max(2, MAX_SHARE * n)
    scored = sorted(((k * math.log(1 + n / df[p]) * (1 + 0.5 * p.count(" ")), p) for p, k in counts.items()
                     if k >= MIN_USES and 2 <= df[p] <= limit and (pool is None or p in pool) and not _past_tense(p)),
                    key=lambda x: (-x[0], x[1]))
    chosen: list[str] = []
    for _, phrase in scored:
        if any(f" {phrase} " in f" {c} " or f" {c} " in f" {phrase} " for c in chosen):  # "climate" in "climate change"
            continue
        chosen.append(phrase)
        if len(chosen) == MAX_THEMES:
            break
    return chosen
