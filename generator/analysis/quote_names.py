"""Speaker names: a subject as written ("Putin", "he", "a spokeswoman") → the name a reader needs.

A surname or first name becomes the fullest form of that name written in the article or
given by the actor list ("Putin" → "Vladimir Putin"; the most frequent form, then the
first seen). A personal pronoun becomes the nearest earlier *subject* (the speaker of an
attribution, or a name that opens a sentence) whose gender does not clash, which is the
"prefer subjects, prefer recent" ranking of Lappin & Leass (1994), "An Algorithm for
Pronominal Anaphora Resolution", reduced to the two factors that matter for speakers.
Gender is known only from "Mr."/"Mrs."/"Ms." before a name, or from an earlier pronoun.
"""
from __future__ import annotations

import bisect
import re
from typing import Sequence

from ..model import Actor
from .document import Document
from .quote_lexicon import PRONOUNS
from .quote_marks import Span
from .quote_speakers import NAME, Cue, clean_name

_RUN = re.compile(r"[A-Z][\w’'.\-]*(?:[^\S\n]+(?:(?:de|van|von|al|bin|del|da|la|le)[^\S\n]+)?[A-Z][\w’'.\-]*)+")
_HONORIFIC = frozenset("mr mr. mrs mrs. ms ms. miss".split())
_GENDERED = re.compile(r"\b(?:(?P<m>Mr)|(?P<f>Mrs|Ms|Miss))\.?[^\S\n]+(?:[A-Z]\.[^\S\n]+)*(?P<name>[A-Z][\w’'\-]+)")
_SENTENCE_SUBJECT = re.compile(rf"(?:(?:[A-Z]\w*|[Ii]n|[Oo]n|[Aa]t)[^,“”\"\n]{{0,40}},[^\S\n]+)?(?P<subj>{NAME})[^\S\n]+(?:\w+[^\S\n]+){{0,3}}?[a-z]")


class Speakers:
    """Per-article state for turning subjects into names; every table is built lazily."""

    def __init__(self, doc: Document, spans: Sequence[Span], actors: Sequence[Actor]) -> None:
        self.doc = doc
        self._spans = spans
        self._actors = actors
        self._book: dict[str, str] | None = None
        self._gender: dict[str, str] | None = None
        self._openers: list[tuple[int, str]] | None = None
        self.attributions: list[tuple[int, str]] = []  # (offset, name) of every named speaker so far

    def resolve(self, cue: Cue) -> str | None:
        subject = cue.subject
        low = subject.lower()
        if low in {"he", "she"}:
            return self._pronoun(cue.start, "m" if low == "he" else "f")
        if low in {"they", "it"}:  # an organisation or a group said it before
            return next((n for _, n in reversed(self.attributions) if not n[0].isupper()), None)
        if low in PRONOUNS:
            return None  # "I", "we", "who": the writer, or nothing to go on
        if subject[0].isupper() and subject.split()[0] not in {"The", "A", "An"}:
            name = self.full(subject)
            self.attributions.append((cue.start, name))
            return name
        self.attributions.append((cue.start, subject))
        return subject

    def full(self, name: str) -> str:
        words = [w for w in name.split() if w.lower() not in _HONORIFIC]
        if len(words) != 1:
            return " ".join(words) or name
        book = self._names()
        return book.get(words[0]) or book.get("first:" + words[0]) or words[0]

    def _pronoun(self, at: int, gender: str) -> str | None:
        openers = self._sentence_openers()
        k = bisect.bisect_left(openers, (at, ""))
        candidates = sorted(self.attributions + [(a, self.full(n)) for a, n in openers[max(0, k - 12):k]])
        genders = self._genders()
        for where, name in reversed(candidates):
            if where >= at or not name[0].isupper():
                continue
            known = genders.get(name.split()[-1])
            if known in (None, gender):
                genders.setdefault(name.split()[-1], gender)
                self.attributions.append((at, name))
                return name
        return None

    def _names(self) -> dict[str, str]:
        if self._book is not None:
            return self._book
        counts: dict[str, int] = {}
        runs = [m.group() for m in _RUN.finditer(self.doc.text)]
        runs += [n for a in self._actors if a.kind == "person" for n in (a.name, *a.aliases)]
        for run in runs:
            _, words = clean_name([w.replace("’s", "").replace("'s", "") for w in run.split()])
            if 2 <= len(words) <= 4 and not any(w.lower() in _HONORIFIC for w in words):
                full = " ".join(words)
                counts[full] = counts.get(full, 0) + 1
        book: dict[str, str] = {}
        ranked = sorted(counts, key=lambda f: -counts[f])  # stable: most frequent, then first seen
        for full in ranked:
            book.setdefault(full.split()[-1], full)
        for full in ranked:
            if not full.split()[0].isupper():
                book.setdefault("first:" + full.split()[0], full)
        self._book = book
        return book

    def _genders(self) -> dict[str, str]:
        if self._gender is None:
            self._gender = {}
            for m in _GENDERED.finditer(self.doc.text):
                self._gender.setdefault(m.group("name"), "m" if m.group("m") else "f")
        return self._gender

    def _sentence_openers(self) -> list[tuple[int, str]]:
        """Names that open a sentence outside quotation marks: "Jones, a Republican, disagreed."."""
        if self._openers is not None:
            return self._openers
        starts = [s.open for s in self._spans]
        found = []
        for s in self.doc.sentences:
            k = bisect.bisect_right(starts, s.start) - 1
            if k >= 0 and self._spans[k].close > s.start:
                continue
            m = _SENTENCE_SUBJECT.match(self.doc.text, s.start, s.end)
            if m:
                _, words = clean_name(m.group("subj").split())
                if words and words[0].lower() not in PRONOUNS and not words[-1].endswith(("’s", "'s")):
                    found.append((m.start("subj"), " ".join(words)))
        self._openers = found
        return found
