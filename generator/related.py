"""Briefings that belong together: the nearest ones to each briefing, and story threads.

Nearness is the cosine of two TF-IDF vectors (scikit-learn: words of the title and the
article, English stop words out, words in more than half the briefings out) blended with the
cosine of their salient actors (the most mentioned people, organisations and groups, under
their canonical names). Scores are computed a block of rows at a time and only each row's
best few are kept, so memory stays linear in the number of briefings.

A story thread joins briefings whose texts are close (``THREAD_MIN_TEXT``) and whose dates
are at most ``THREAD_DAYS`` apart: links between near neighbours only, grouped with a
union-find, so a thread never needs all pairs.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from .model import Briefing
from .themes import GENERIC

MAX_RELATED = 5
MIN_SCORE = 0.12  # below this, two briefings share little more than common words
TEXT_WEIGHT, ACTOR_WEIGHT = 0.65, 0.35
SALIENT_ACTORS = 6
SALIENT_KINDS = ("person", "organization", "group")
THREAD_MIN_TEXT = 0.35  # the cosine of the texts of two articles on one story (tests/browse_seeds)
THREAD_DAYS = 14
MAX_THREAD = 30
BLOCK = 512
SHARED_WORDS = 3


@dataclass(frozen=True, slots=True)
class Related:
    id: str
    score: float
    actors: tuple[str, ...]  # salient actors both name
    words: tuple[str, ...]  # the words that weigh most in both texts


@dataclass(frozen=True, slots=True)
class Links:
    related: dict[str, tuple[Related, ...]]  # briefing id → nearest first
    threads: dict[str, tuple[str, ...]]  # thread id → briefing ids, oldest first
    thread_of: dict[str, str]  # briefing id → thread id


def salient_actors(b: Briefing, canonical: Callable[[str], str]) -> list[str]:
    ranked = sorted((a for a in b.actors if a.kind in SALIENT_KINDS), key=lambda a: (-len(a.mentions), a.name))
    return list(dict.fromkeys(canonical(a.name) for a in ranked[:SALIENT_ACTORS]))


def _text_matrix(briefings: Sequence[Briefing]) -> tuple[sparse.csr_matrix, np.ndarray]:
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, max_df=0.5 if len(briefings) >= 10 else 1.0,
                                 dtype=np.float32,
                                 token_pattern=r"(?u)\b[^\W\d_]{3,}\b")
    try:
        matrix = vectorizer.fit_transform([f"{b.title}\n{b.article.body}" for b in briefings])
    except ValueError:  # no word left (tiny or empty collection)
        return sparse.csr_matrix((len(briefings), 0), dtype=np.float32), np.array([], dtype=object)
    return matrix.tocsr(), vectorizer.get_feature_names_out()


def _actor_matrix(actors: list[list[str]]) -> tuple[sparse.csr_matrix, list[str]]:
    names = sorted({n for row in actors for n in row})
    column = {n: i for i, n in enumerate(names)}
    rows = [i for i, row in enumerate(actors) for _ in row]
    cols = [column[n] for row in actors for n in row]
    m = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(actors), len(names)))
    return (normalize(m) if names else m), names


def _order(briefings: Sequence[Briefing]) -> list[int]:
    """Indices oldest first (undated last), ties by id: a thread's order and its id."""
    return sorted(range(len(briefings)), key=lambda i: (briefings[i].article.published is None,
                                                      briefings[i].article.published or 0, briefings[i].id))


def link_briefings(briefings: Sequence[Briefing],
                   canonical: Callable[[Briefing], Callable[[str], str]] = lambda b: lambda name: name) -> Links:
    """``canonical(b)`` names the actors of ``b`` as the actor directory does."""
    n = len(briefings)
    text, vocabulary = _text_matrix(briefings)
    actors = [salient_actors(b, canonical(b)) for b in briefings]
    people, _ = _actor_matrix(actors)
    parent, size = list(range(n)), [1] * n

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a != b and size[a] + size[b] <= MAX_THREAD:  # a chain of near-duplicates stays a page long
            parent[a] = b
            size[b] += size[a]

    related: dict[str, tuple[Related, ...]] = {}
    for start in range(0, n, BLOCK):
        rows = slice(start, min(n, start + BLOCK))
        text_sim = (text[rows] @ text.T).toarray()
        score = TEXT_WEIGHT * text_sim + ACTOR_WEIGHT * (people[rows] @ people.T).toarray()
        for k in range(score.shape[0]):
            i = start + k
            score[k, i] = -1.0
            best = _best(score[k])
            related[briefings[i].id] = tuple(_why(i, j, float(score[k, j]), text, vocabulary, actors, briefings)
                                            for j in best)
            for j in best:
                if text_sim[k, j] >= THREAD_MIN_TEXT and _close_in_time(briefings[i], briefings[j]):
                    join(i, j)
    return Links(related, *_threads(briefings, root))


def _best(row: np.ndarray) -> list[int]:
    top = min(MAX_RELATED, len(row))
    if top == 0:
        return []
    candidates = np.argpartition(-row, top - 1)[:top]
    # nearest first; ties by position, which is newest first: deterministic
    return [int(j) for j in sorted(candidates, key=lambda j: (-round(float(row[j]), 6), j)) if row[j] >= MIN_SCORE]


def _close_in_time(a: Briefing, b: Briefing) -> bool:
    x, y = a.article.published, b.article.published
    return x is None or y is None or abs((x - y).days) <= THREAD_DAYS


def _why(i: int, j: int, score: float, text, vocabulary, actors, briefings) -> Related:
    shared = tuple(a for a in actors[i] if a in set(actors[j]))
    named = {w.lower() for a in shared for w in a.split()}  # "berg" says less than "Tom Berg"
    both = text[i].multiply(text[j]).tocoo()
    ranked = (str(vocabulary[c]) for _, c in sorted(zip(-both.data, both.col)))
    words = tuple(w for w in ranked if w not in named and w not in GENERIC)[:SHARED_WORDS]
    return Related(briefings[j].id, round(score, 4), shared, words)


def _threads(briefings: Sequence[Briefing], root: Callable[[int], int]) -> tuple[dict, dict]:
    groups: dict[int, list[int]] = {}
    for i in _order(briefings):
        groups.setdefault(root(i), []).append(i)
    threads, thread_of = {}, {}
    for members in groups.values():
        if len(members) < 2:
            continue
        ids = tuple(briefings[i].id for i in members)
        thread_id = ids[0]  # its first briefing's id: stable while the story grows
        threads[thread_id] = ids
        thread_of.update({b: thread_id for b in ids})
    return dict(sorted(threads.items())), thread_of
