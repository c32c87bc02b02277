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
from .quote_speakers import ADVERB, TOKEN, VERB, Cue, clean_name

_RUN = re.compile(rf"{TOKEN}(?:[^\S\n]+(?:(?:de|van|von|al|bin|del|da|la|le)[^\S\n]+)?{TOKEN})*")
_BEFORE_VERB = re.compile(rf"(?:(?<![\w’'])(?P<pron>[Hh]e|[Ss]he)|(?P<name>[\w’'.)]))(?:[^\S\n]+{ADVERB})*[^\S\n]+$")
_COMMA_END = re.compile(r",[^\S\n]*$")
_OPENER = re.compile(r"(?:(?:But|And|Then|So|Yet|Still|Now|Meanwhile|However|Instead|Later|Earlier),?[^\S\n]+)?(?:(?P<pron>He|She)\b)?")
_HONORIFIC = frozenset("mr mr. mrs mrs. ms ms. miss".split())
_GENDERED = re.compile(r"\b(?:(?P<m>Mr)|(?P<f>Mrs|Ms|Miss))\.?[^\S\n]+(?:[A-Z]\.[^\S\n]+)*(?P<name>[A-Z][\w’'\-]+)")
# A name: capitalised words, with particles ("Charles de Gaulle"); not "America’s leadership".
_NAME_LIKE = re.compile(r"[A-Z][\w.’'\-]*(?: (?:[A-Z][\w.’'\-]*|de|van|von|al|bin|del|da|la|le))*$")


class Speakers:
    """Per-article state for turning subjects into names; every table is built lazily."""

    def __init__(self, doc: Document, spans: Sequence[Span], actors: Sequence[Actor]) -> None:
        self.doc = doc
        self._spans = spans
        self._actors = actors
        self._book: dict[str, str] | None = None
        self._gender: dict[str, str] | None = None
        self._subjects: list[tuple[int, str]] | None = None
        self._run_list: list[tuple[int, int, str]] | None = None
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
        """The latest subject before ``at`` that is a name of no clashing gender."""
        timeline = self._timeline()
        k = bisect.bisect_left(timeline, (at, ""))
        candidates = sorted(self.attributions + timeline[max(0, k - 30):k])
        genders = self._genders()
        resolved: list[tuple[int, str]] = []  # pronoun subjects met on the way, resolved in turn
        for where, name in candidates:
            if where >= at:
                break
            if name in ("m", "f"):
                named = self._latest(candidates, where, resolved, name, genders)
                if named:
                    resolved.append((where, named))
        name = self._latest(candidates, at, resolved, gender, genders)
        if name:
            self.attributions.append((at, name))
        return name

    @staticmethod
    def _latest(candidates: list[tuple[int, str]], at: int, resolved: list[tuple[int, str]],
                gender: str, genders: dict[str, str]) -> str | None:
        best = None
        for where, name in candidates + resolved:
            if where >= at or name in ("m", "f") or not _NAME_LIKE.match(name):
                continue
            if genders.get(name.split()[-1], gender) == gender and (best is None or where >= best[0]):
                best = (where, name)
        return best[1] if best else None

    def _runs(self) -> list[tuple[int, int, str]]:
        """Every capitalised run as (start, end, name without titles), in reading order."""
        if self._run_list is None:
            self._run_list = []
            for m in _RUN.finditer(self.doc.text):
                _, words = clean_name(m.group().split())
                if words and not words[-1].endswith(("’s", "'s")):
                    self._run_list.append((m.start(), m.end(), " ".join(words)))
        return self._run_list

    def _timeline(self) -> list[tuple[int, str]]:
        """Subjects in reading order: a name (or "m"/"f" for "he"/"she") right before a reporting
        verb, right after a ", said", or opening a sentence; quotations are skipped. A single
        name word must occur twice in the article ("Eyebrows raised, he asked" is no name)."""
        if self._subjects is not None:
            return self._subjects
        text, runs = self.doc.text, self._runs()
        ends = [r[1] for r in runs]
        starts = [r[0] for r in runs]
        opens = [s.open for s in self._spans]
        counts: dict[str, int] = {}
        for r in runs:
            counts[r[2]] = counts.get(r[2], 0) + 1
        found: list[tuple[int, str]] = []

        def outside(at: int) -> bool:
            k = bisect.bisect_right(opens, at) - 1
            return k < 0 or self._spans[k].close <= at

        def add(k: int) -> None:
            name = runs[k][2]
            if (" " in name or counts[name] > 1) and _NAME_LIKE.match(name):
                found.append((runs[k][0], self.full(name)))

        for m in VERB.finditer(text):
            if not outside(m.start()):
                continue
            before = _BEFORE_VERB.search(text, max(0, m.start() - 40), m.start())
            if before and before.group("pron"):
                found.append((before.start(), "m" if before.group("pron").lower() == "he" else "f"))
            elif before:
                k = bisect.bisect_left(ends, before.end("name"))
                if k < len(runs) and runs[k][1] == before.end("name"):
                    add(k)
            if _COMMA_END.search(text, max(0, m.start() - 3), m.start()):
                k = bisect.bisect_left(starts, m.end() + 1)
                if k < len(runs) and runs[k][0] <= m.end() + 2:
                    add(k)  # "…, noted NBC’s Dante Chinni."
        for s in self.doc.sentences:
            if not outside(s.start):
                continue
            head = _OPENER.match(text, s.start, s.end)
            if head and head.group("pron"):
                found.append((s.start, "m" if head.group("pron").lower() == "he" else "f"))
            elif head:
                k = bisect.bisect_left(starts, head.end())
                if k < len(runs) and runs[k][0] == head.end():
                    add(k)
        self._subjects = sorted(set(found))
        return self._subjects

    def _names(self) -> dict[str, str]:
        if self._book is not None:
            return self._book
        counts: dict[str, float] = {}
        named = [(n, 1.0) for _, _, n in self._runs()]
        named += [(" ".join(clean_name(n.split())[1]), 1.0) for a in self._actors if a.kind == "person"
                  for n in (a.name, *a.aliases)]
        for full, weight in named:
            words = full.split()
            if 2 <= len(words) <= 4 and not any(w.lower() in _HONORIFIC for w in words):
                counts[full] = counts.get(full, 0) + weight
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
