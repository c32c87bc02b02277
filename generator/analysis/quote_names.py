"""Speaker names: a subject as written ("Putin", "he", "a spokeswoman") → the name a reader needs.

A surname or first name becomes the fullest form of that name written in the article or
given by the actor list ("Putin" → "Vladimir Putin"; the most frequent form, then the
first seen). A personal pronoun becomes the nearest earlier *subject* (the speaker of an
attribution, or a name that opens a sentence) whose gender does not clash, which is the
"prefer subjects, prefer recent" ranking of Lappin & Leass (1994), "An Algorithm for
Pronominal Anaphora Resolution", reduced to the two factors that matter for speakers.
Gender comes from the first name (hand lists, then the US Census first-name files), from
"Mr."/"Mrs."/"Ms." before a name, or from an earlier pronoun.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable, Sequence

from ..model import Actor
from .document import Document
from .quote_lexicon import PRONOUNS
from .quote_marks import Span
from .actor_lexicon import gazetteer
from .quote_lexicon import ADVERBS, SPEAKER_NOUNS
from .names import GENDERED_HONORIFICS as _HONORIFIC, first_name_gender, gender_of as _gender_of, honorific_genders
from .quote_speakers import TOKEN, VERB, Cue, clean_name

# Capitalised runs; a run starts with a capital so the regex engine can skip ahead fast. Full
# stops are allowed here and cut afterwards (``_split``): "Sen. Ted Cruz" is one run, "Brown
# University. His" two.
_RUN = re.compile(r"[A-Z][\w’'.\-]*(?:[^\S\n]+(?:(?:de|van|von|al|bin|del|da|la|le)[^\S\n]+)?[A-Z][\w’'.\-]*)*")
_WORD = re.compile(r"\S+")
_NAME_BEFORE = re.compile(rf"((?:{TOKEN}[^\S\n]+(?:(?:de|van|von|al|bin|del|da|la|le)[^\S\n]+)?){{1,3}})$")
_NAME_AFTER = re.compile(rf"[^\S\n]+((?:{TOKEN}[^\S\n]+){{0,2}}[A-Z][\w’'\-]+)(?![\w’'])")
_TOKEN = re.compile(TOKEN)
_COMMA_END = re.compile(r",[^\S\n]*$")
_OPENER = re.compile(r"(?:(?:But|And|Then|So|Yet|Still|Now|Meanwhile|However|Instead|Later|Earlier),?[^\S\n]+)?(?:(?P<pron>He|She)\b)?")
_ROLE_THEN_NAME = re.compile(r"(?:[’']s)?(?:[^\S\n]+[a-z]+){0,2}[^\S\n]+(?P<noun>[a-z]+)[^\S\n]+")
_CLAUSE_VERB = re.compile(r"[^\S\n]+(?:is|was|are|were|has|had|have|will|would|can|could|should|did|does|do)\b")
# A name: capitalised words, with particles ("Charles de Gaulle"); not "America’s leadership".
_NAME_LIKE = re.compile(r"[A-Z][\w.’'\-]*(?: (?:[A-Z][\w.’'\-]*|de|van|von|al|bin|del|da|la|le))*$")


class Speakers:
    """Per-article state for turning subjects into names; every table is built lazily."""

    def __init__(self, doc: Document, spans: Sequence[Span], actors: Sequence[Actor]) -> None:
        self.doc = doc
        self._spans = spans
        self._actors = actors
        self._book: dict[str, str] = {}
        self._gender: dict[str, str] | None = None
        self._subjects: list[tuple[int, str]] | None = None
        self._run_list: list[tuple[int, int, str, bool]] | None = None
        self._titled: set[str] | None = None
        self.attributions: list[tuple[int, str]] = []  # (offset, name) of every named speaker so far
        self.groups: list[str] = []  # descriptions and organisations that spoke, for "they"

    def resolve(self, cue: Cue) -> str | None:
        subject = cue.subject
        low = subject.lower()
        if low in {"he", "she"}:
            return self._pronoun(cue.start, "m" if low == "he" else "f")
        if low in {"they", "it"}:  # an organisation or a group said it before
            return self.groups[-1] if self.groups else None
        if low in PRONOUNS:
            return None  # "I", "we", "who": the writer, or nothing to go on
        if subject[0].isupper() and subject.split()[0] not in {"The", "A", "An"}:
            name = self.full(subject)
            if _NAME_LIKE.match(name):
                self.attributions.append((cue.start, name))
            else:
                self.groups.append(name)
            return name
        self.groups.append(subject)
        return subject

    def full(self, name: str) -> str:
        words = [w for w in name.split() if w.lower() not in _HONORIFIC]
        if len(words) != 1:
            return " ".join(words) or name
        return self._expand(words[0])

    def _pronoun(self, at: int, gender: str) -> str | None:
        """The latest subject before ``at`` that is a name of no clashing gender; pronoun subjects
        met on the way are resolved the same way, in reading order."""
        timeline = self._timeline()
        k = bisect.bisect_left(timeline, (at, ""))
        genders = self._genders()
        history: list[str] = []
        for where, name in sorted(self.attributions + timeline[max(0, k - 30):k]):
            if where >= at:
                break
            if name in ("m", "f"):
                name = _compatible(history, name, genders, self.full, self._is_person)
            if name:
                history.append(name)
        name = _compatible(history, gender, genders, self.full, self._is_person) or self._named_before(at, gender, genders)
        if name:
            self.attributions.append((at, name))
        return name

    def _named_before(self, at: int, gender: str, genders: dict[str, str]) -> str | None:
        """No subject fits: the latest person named (in any role) before ``at`` whose gender is
        known to match ("Porter met Desmond Achebe. … he said" → Achebe)."""
        runs = self._runs()
        k = bisect.bisect_left(runs, (at,))
        for start, _end, name, _titled in reversed(runs[max(0, k - 40):k]):
            if at - start > 2000:
                break
            if _NAME_LIKE.match(name) and _gender_of(self.full(name), genders) == gender:
                return self.full(name)
        return None

    def _is_person(self, name: str) -> bool:
        """Written after a title somewhere ("Secretary General Ban Ki-moon"), or a person by the gazetteer."""
        if self._titled is None:
            self._titled = {self.full(r[2]) for r in self._runs() if r[3] and r[2].count(" ") < 4}
        return name in self._titled or _is_person(name)

    def _runs(self) -> list[tuple[int, int, str, bool]]:
        """Every capitalised run as (start, end, name without titles, had a title), in reading order."""
        if self._run_list is None:
            self._run_list = []
            for start, end, run in _split(self.doc.text):
                role, words = clean_name(run.split())
                if words and not words[-1].endswith(("’s", "'s")):
                    self._run_list.append((start, end, " ".join(words), bool(role)))
        return self._run_list

    def _timeline(self) -> list[tuple[int, str]]:
        """Subjects in reading order: a name (or "m"/"f" for "he"/"she") right before a reporting
        verb, right after a ", said", or opening a sentence; quotations are skipped. A single
        name word needs a title or a second mention ("Eyebrows raised, he asked" is no name)."""
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
            if (" " in name or runs[k][3] or counts[name] > 1) and _NAME_LIKE.match(name):
                found.append((runs[k][0], name))  # expanded only when chosen

        gaps, at = [], 0
        for span in self._spans:
            gaps.append((at, span.open))
            at = max(at, span.close)
        gaps.append((at, len(text)))
        for m in (m for a, b in gaps if b > a for m in VERB.finditer(text, a, b)):
            word, at = _word_before(text, m.start())
            if word in ("he", "she", "He", "She"):
                found.append((at, "m" if word.lower() == "he" else "f"))
            elif word:
                k = bisect.bisect_left(ends, at + len(word))
                if k < len(runs) and runs[k][1] == at + len(word):
                    add(k)
            if _COMMA_END.search(text, max(0, m.start() - 3), m.start()):
                k = bisect.bisect_left(starts, m.end() + 1)
                if k < len(runs) and runs[k][0] <= m.end() + 2 and not _CLAUSE_VERB.match(text, runs[k][1]):
                    add(k)  # "…, noted NBC’s Dante Chinni."; not "…, says Hillsborough is …"
        for s in self.doc.sentences:
            if not outside(s.start):
                continue
            head = _OPENER.match(text, s.start, s.end)
            if head and head.group("pron"):
                found.append((s.start, "m" if head.group("pron").lower() == "he" else "f"))
            elif head:
                k = bisect.bisect_left(starts, head.end())
                if k < len(runs) and runs[k][0] == head.end():
                    role = _ROLE_THEN_NAME.match(text, runs[k][1])
                    if role and role.group("noun") in SPEAKER_NOUNS and k + 1 < len(runs) and runs[k + 1][0] == role.end():
                        k += 1  # "McConnell spokesman Don Stewart wouldn’t say": Stewart, not McConnell
                    add(k)
        self._subjects = sorted(set(found))
        return self._subjects

    def _expand(self, word: str) -> str:
        """The fullest written form of a one-word name: "Putin" → "Vladimir Putin" (the most
        frequent form, then the first seen), looked for around each mention of the word."""
        if word in self._book:
            return self._book[word]
        counts: dict[str, int] = {}
        for actor in self._actors:  # the actor list's full names with this first or last word
            if actor.kind == "person":
                for name in (actor.name, *actor.aliases):
                    if word in name and " " in name:
                        words = clean_name(name.split())[1]
                        if 2 <= len(words) <= 4 and word in (words[0], words[-1]):
                            counts[" ".join(words)] = counts.get(" ".join(words), 0) + 2
        text, first_name = self.doc.text, []
        at = text.find(word)
        while at >= 0 and not word.isupper():
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                before = _NAME_BEFORE.search(text, max(0, at - 60), at) if _may_follow_name(text, at) else None
                if before:
                    words = clean_name(before.group(1).split() + [word])[1]
                    if 2 <= len(words) <= 4 and not any(w.lower() in _HONORIFIC for w in words):
                        counts[" ".join(words)] = counts.get(" ".join(words), 0) + 1
                after = _NAME_AFTER.match(text, end)
                if after and not before:
                    first_name.append(word + " " + " ".join(after.group(1).split()))
            at = text.find(word, end)
        if not counts:  # "Hillary said" → "Hillary Clinton"
            for full in first_name:
                counts[full] = counts.get(full, 0) + 1
        best = max(counts, key=lambda f: counts[f]) if counts else word  # ties: the first seen
        self._book[word] = best
        return best

    def _genders(self) -> dict[str, str]:
        if self._gender is None:
            self._gender = honorific_genders(self.doc.text)
        return self._gender


def _split(text: str) -> list[tuple[int, int, str]]:
    """Capitalised runs cut after a word whose full stop ends a sentence (not "Sen.", not "J.")."""
    out = []
    for m in _RUN.finditer(text):
        run = m.group()
        if "." not in run:
            out.append((m.start(), m.end(), run))
            continue
        begin = -1
        for w in _WORD.finditer(run):
            if begin < 0:
                begin = w.start()
            if w.group().endswith(".") and not _TOKEN.fullmatch(w.group()):
                out.append((m.start() + begin, m.start() + w.end() - 1, run[begin:w.end() - 1]))
                begin = -1
        if begin >= 0:
            out.append((m.start() + begin, m.end(), run[begin:]))
    return [r for r in out if r[2]]


_PARTICLES = frozenset("de van von al bin del da la le".split())


def _may_follow_name(text: str, at: int) -> bool:
    """False when ``_NAME_BEFORE`` surely finds nothing before ``at``: the words it takes end
    in spaces (no line break), after a particle or a word with a capital in it. Most mentions
    follow a lower-case word ("said Smith"), and this spares the search over 60 characters."""
    if text[at - 1:at] == "\n":
        at -= 1  # ``$`` also matches before a final line break
    k = at
    while k > 0 and text[k - 1] != "\n" and text[k - 1].isspace():
        k -= 1
    if k == at:
        return False
    j = k
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    word = text[j:k]
    return word in _PARTICLES or any("A" <= c <= "Z" for c in word)


def _compatible(history: list[str], gender: str, genders: dict[str, str], full: Callable[[str], str],
                person: Callable[[str], bool]) -> str | None:
    """The latest name of that gender among the last few subjects, else the latest whose
    gender is not known to clash; ``full`` expands a name as written."""
    for name in reversed(history[-4:]):
        known = _gender_of(full(name), genders)
        if known == gender or known in (None, "u") and person(full(name)):
            return full(name)  # gender filters, recency ranks: "Lee Zeldin", "Obama" are not passed over
    for name in reversed(history):
        if _gender_of(full(name), genders) in (None, "u", gender):
            return full(name)
    return None


def _is_person(name: str) -> bool:
    """A person's name by the gazetteer: a Census first name, then up to three more words, or a
    lone surname ("Obama", "Christie"); not "Democratic", "California", "Fort Pierce"."""
    words = name.split()
    if len(words) > 1:
        return len(words) <= 4 and bool(first_name_gender(words[0]))  # not a headline's run
    tags = gazetteer().get(name.lower(), "")
    return any(t in tags for t in "spf") and not any(t in tags for t in "crykdoe")


def _word_before(text: str, at: int) -> tuple[str, int]:
    """The word before ``at``, skipping adverbs ("Trump also said"), and its offset."""
    for _ in range(4):
        end = at
        while end > 0 and text[end - 1] in " \t\xa0":
            end -= 1
        if end == at:
            return "", at
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        word = text[start:end]
        if word not in ADVERBS and not word.endswith("ly"):
            return word, start
        at = start
    return "", at
