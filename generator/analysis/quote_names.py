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
from .quote_lexicon import ADVERBS, GROUP_NOUNS, PERSON_NOUNS, SPEAKER_NOUNS, TITLES, speaking_description
from .names import GENDERED_HONORIFICS as _HONORIFIC, GENDERED_NOUNS, first_name_gender, gender_of as _gender_of, honorific_genders
from .quote_speakers import STOP_WORDS, TOKEN, VERB, Cue, clean_name

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
# Words that open a phrase before a sentence's subject ("On Monday, Trump said …"); participles
# ("Asked about it, …", "Speaking in Iowa, …") are caught by their ending.
_OPENING_WORDS = frozenset("""on in at after before during when while as since although though despite
following for from with without under over amid among later earlier meanwhile however still instead
yet then now once by because if unlike like""".split())
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_VERB_NEXT = re.compile(r"(?:,[^,“”\"\n]{1,80},)?(?:[^\S\n]+(?:also|later|then|again|first|quickly|\w+ly))?[^\S\n]+(?:[a-z]+ed|[a-z]+s|said|told|wrote|spoke|"
                        r"has|had|was|is|will|would|could|can|did|does|gave|took|made|went|came|met|saw|got|put|"
                        r"sent|brought|led|ran|won|lost|struck|stood|kept|held|began|told|thought|felt|knew)(?:n[’']t)?\b")
_PRONOUN_NEXT = re.compile(r",[^\S\n]+(?:he|she)\b")
# "Reid, who endorsed Clinton in February, reiterated": an appositive between subject and verb
_APPOSED = re.compile(r"(?:,|[^\S\n]+of[^\S\n]+[A-Z])")
# A person described, not named, opening a sentence: "A 29-year-old Berlin woman …", "The farmer, 62, …"
_DESCRIBED_SUBJECT = re.compile(r"(?P<desc>(?:A|An|The|Another|One)(?:[^\S\n]+(?!(?:is|was|has|had|and|or|of|who|that|with|by|"
                                r"for|to|in|on|at|said|told|met)\b)(?![\w\-]*ed\b)[\w’'\-]+){0,3}?[^\S\n]+"
                                rf"(?P<noun>{'|'.join(sorted(set(GENDERED_NOUNS) | PERSON_NOUNS - GROUP_NOUNS))}))(?=[\s,])")
_KIN_THEN_NAME = re.compile(r"(?:His|Her|Their|Its)(?:[^\S\n]+[a-z][\w\-’']*){1,3}[^\S\n]+(?=[A-Z])")
_BYLINE = re.compile(r"(?:By|BY|Written by|Reporting by)[^\S\n]+[A-Z][^\n]{0,60}$")
_DESCRIPTION_OPENERS = frozenset("A An The Another One".split())  # "Another superdelegate, Michael Brown, …"
# A clause's subject after a conjunction inside a sentence: "…, but Christie wasn’t having it",
# "because Trump has not always …" (a bare "and" is left out: "Trump and Ryan issued")
_CONJUNCTION_BEFORE = re.compile(r"(?:,[^\S\n]+(?:and|but|while|yet|so)|(?<![\w’'])(?:but|while|because|although|though|since|"
                                 r"whereas|after|before|when|until|unless|which|where|whom))[^\S\n]+$")
# "X’s answer", "Trump’s claim": the possessor said the words
_SPEECH_OF = re.compile(r"(?P<who>.+?)[’']s?(?:[^\S\n]+[a-z\-]+)?[^\S\n]+(?:answer|response|reply|statement|remarks?|comments?|"
                        r"message|claims?|words|promise|pledge|vow|warning|argument|question|tweet|post|slogan|speech)")
_TELL = frozenset("told tell tells telling".split())  # ", told The Huffington Post": the listener
# A name: capitalised words, with particles ("Charles de Gaulle"); not "America’s leadership".
_NAME_LIKE = re.compile(r"[A-Z][\w.’'\-]*(?: (?:[A-Z][\w.’'\-]*|de|van|von|al|bin|del|da|la|le))*$")


class Speakers:
    """Per-article state for turning subjects into names; every table is built lazily."""

    def __init__(self, doc: Document, spans: Sequence[Span], actors: Sequence[Actor], headline_end: int = 0) -> None:
        self.doc = doc
        self._headline_end = headline_end  # a headline's capitalised words are no subjects
        # nor is the writer's byline ("By Sarah Lyall"): the reporter is not the one quoted
        self._bylines = [(p.start, p.end) for p in doc.paragraphs if _BYLINE.match(doc.text, p.start, p.end)]
        self._spans = spans
        self._actors = actors
        self._book: dict[str, str] = {}
        self._gender: dict[str, str] | None = None
        self._subjects: list[tuple[int, str]] | None = None
        self._index: tuple[list[int], list[int], dict[str, int], set[str]] | None = None  # runs' offsets, counts
        self._run_list: list[tuple[int, int, str, bool]] | None = None
        self._titled: set[str] | None = None
        self.attributions: list[tuple[int, str]] = []  # (offset, name) of every named speaker so far
        self.groups: list[str] = []  # descriptions and organisations that spoke, for "they"

    def resolve(self, cue: Cue) -> str | None:
        subject = cue.subject
        said = _SPEECH_OF.fullmatch(subject)
        if said:  # "The Florida senator’s answer was that “…”": the senator's words
            subject = said.group("who")
            cue = Cue(subject, cue.start, cue.verb, cue.role)
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
        subject = speaking_description(subject)
        if subject:
            self.groups.append(subject)
        return subject

    def subject_between(self, lo: int, hi: int) -> str | None:
        """The latest subject written in ``text[lo:hi]``, as a name: the person a sentence
        between two quotes turns to ("“…,” Smith said. Mary Jones was less sure. “…”")."""
        timeline = self._subjects if self._subjects is not None else self._subjects_in(lo, hi)
        k = bisect.bisect_left(timeline, (hi, "")) - 1
        if k < 0 or timeline[k][0] < lo:
            return None
        at, name = timeline[k]
        if name in ("m", "f"):
            return self._pronoun(at, name)
        return self.full(name)

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
            if at - start > 2000 or start < self._headline_end:
                break
            if self._in_byline(start):
                continue
            if _NAME_LIKE.match(name) and _gender_of(self.full(name), genders) == gender and not _not_person(name):
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
                if " " not in run:  # most runs: one word ("The", "Trump"), the same test as clean_name's
                    if run not in STOP_WORDS and not run.endswith(("’s", "'s")):
                        self._run_list.append((start, end, run, False))
                    continue
                role, words = clean_name(run.split())
                if len(words) > 2 and words[0].endswith(("’s", "'s")):
                    role, words = [*role, words[0]], words[1:]  # "NBC’s Dante Chinni": Dante Chinni
                if words and not words[-1].endswith(("’s", "'s")):
                    self._run_list.append((start, end, " ".join(words), bool(role)))
        return self._run_list

    def _timeline(self) -> list[tuple[int, str]]:
        """Subjects in reading order: a name (or "m"/"f" for "he"/"she") right before a reporting
        verb, right after a ", said", opening a sentence or its clause; quotations are skipped. A
        single name word needs a title, a second mention or a fuller form ("Eyebrows raised, he
        asked" is no name)."""
        if self._subjects is None:
            self._subjects = self._subjects_in(0, len(self.doc.text))
        return self._subjects

    def _subjects_in(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The timeline's entries in ``text[lo:hi]``: each is found from the text around it,
        so a stretch between two quotes is read without the whole article."""
        text, runs = self.doc.text, self._runs()
        if self._index is None:
            counts: dict[str, int] = {}
            for r in runs:
                counts[r[2]] = counts.get(r[2], 0) + 1
            # a lone word that ends a full name written elsewhere is that person's surname
            surnames = {r[2].rsplit(" ", 1)[1] for r in runs if " " in r[2]}
            self._index = ([r[0] for r in runs], [r[1] for r in runs], counts, surnames)
        starts, ends, counts, surnames = self._index
        opens = [s.open for s in self._spans]
        found: list[tuple[int, str]] = []

        def outside(at: int) -> bool:
            k = bisect.bisect_right(opens, at) - 1
            return k < 0 or self._spans[k].close <= at

        def add(k: int) -> None:
            name = runs[k][2]
            if runs[k][0] < self._headline_end or self._in_byline(runs[k][0]):
                return
            if (" " in name or runs[k][3] or counts[name] > 1 or name in surnames) and _NAME_LIKE.match(name):
                found.append((runs[k][0], name))  # expanded only when chosen

        gaps, at = [], lo
        for span in self._spans:
            if span.close > lo and span.open < hi:
                gaps.append((at, span.open))
                at = max(at, span.close)
        gaps.append((at, hi))
        for m in (m for a, b in gaps if b > a for m in VERB.finditer(text, a, b)):
            word, at = _word_before(text, m.start())
            if word in ("he", "she", "He", "She"):
                found.append((at, "m" if word.lower() == "he" else "f"))
            elif word:
                k = bisect.bisect_left(ends, at + len(word))
                if k < len(runs) and runs[k][1] == at + len(word):
                    add(k)
            if _COMMA_END.search(text, max(0, m.start() - 3), m.start()) and m.group() not in _TELL:
                k = bisect.bisect_left(starts, m.end() + 1)
                if k < len(runs) and runs[k][0] <= m.end() + 2 and not _CLAUSE_VERB.match(text, runs[k][1]):
                    add(k)  # "…, noted NBC’s Dante Chinni."; not "…, says Hillsborough is …"
        sentences = self.doc.sentences
        first = bisect.bisect_left(sentences, lo, key=lambda s: s.start)
        for s in sentences[first:]:
            if s.start >= hi:
                break
            if not outside(s.start) or s.start < self._headline_end:
                continue
            head = _OPENER.match(text, s.start, s.end)
            if head.group("pron"):
                found.append((s.start, "m" if head.group("pron").lower() == "he" else "f"))
                continue
            k = bisect.bisect_left(starts, head.end())
            described = _DESCRIBED_SUBJECT.match(text, head.end(), s.end) if text.startswith(("A", "O", "T"), head.end()) else None
            if described:  # "A 29-year-old Berlin woman … received probation": a later "she"
                desc = described.group("desc")
                found.append((head.end(), desc[0].lower() + desc[1:]))
                if described.group("noun") in GENDERED_NOUNS:
                    self._genders()[described.group("noun")] = GENDERED_NOUNS[described.group("noun")]
            elif k < len(runs) and runs[k][0] == head.end():
                add(self._role_then_name(k))
            elif (kin := _KIN_THEN_NAME.match(text, head.end(), s.end)) is not None:
                k = bisect.bisect_left(starts, kin.end())  # "His neighbour Mary Jones is less sure"
                if k < len(runs) and runs[k][0] == kin.end() and _VERB_NEXT.match(text, runs[k][1]):
                    add(k)
            elif s.end - s.start > 30:
                k = self._subject_after_opening(s.start, s.end, starts)
                if k is not None:
                    add(k)
        for k in range(bisect.bisect_left(starts, max(lo, self._headline_end + 1)), bisect.bisect_left(starts, hi)):
            start = starts[k]  # "…, but Christie wasn’t having it"
            if text[start - 1] == " " and _CONJUNCTION_BEFORE.search(text, max(0, start - 10), start):
                j = self._role_then_name(k)
                if _VERB_NEXT.match(text, runs[j][1]) and outside(start):
                    add(j)
        return sorted({f for f in found if lo <= f[0] < hi})

    def _in_byline(self, at: int) -> bool:
        return any(lo <= at < hi for lo, hi in self._bylines)

    def _role_then_name(self, k: int) -> int:
        """"McConnell spokesman Don Stewart wouldn’t say": Stewart, not McConnell."""
        runs = self._runs()
        role = _ROLE_THEN_NAME.match(self.doc.text, runs[k][1])
        if role and k + 1 < len(runs) and runs[k + 1][0] == role.end() and _is_role(role.group("noun")):
            return k + 1
        return k

    def _subject_after_opening(self, lo: int, hi: int, starts: list[int]) -> int | None:
        """The run that is the subject after an opening phrase: "On the eve of the meetings,
        Trump eased …", "At a rally in Portland, Maine, on Thursday, Reid, who …, said …",
        "Another superdelegate, Michael Brown of Washington, explained …", and "As for Trump,
        he said …" (the topic that the pronoun takes up)."""
        text, runs = self.doc.text, self._runs()
        first = _FIRST_WORD.match(text, lo, hi)
        if first is None:
            return None
        word = first.group()
        described = word in _DESCRIPTION_OPENERS
        if not (described or word.lower() in _OPENING_WORDS or word.endswith(("ing", "ed"))):
            return None
        topic = text.startswith("As for ", lo)
        if topic:
            k = bisect.bisect_left(starts, lo + 7)
            if k < len(runs) and runs[k][0] == lo + 7 and _PRONOUN_NEXT.match(text, runs[k][1]):
                return k
            return None
        at = text.find(", ", lo, min(hi, lo + 160))
        for _ in range(4):
            if at < 0:
                return None
            k = bisect.bisect_left(starts, at + 2)
            if k < len(runs) and runs[k][0] == at + 2:
                k = self._role_then_name(k)
                if _VERB_NEXT.match(text, runs[k][1]) or (described and _APPOSED.match(text, runs[k][1])):
                    return k
            at = text.find(", ", at + 2, min(hi, lo + 160))
        return None

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
                # the regex only when a capitalised word stands right before (it is tried at 60 offsets)
                space = max(text.rfind(" ", max(0, at - 60), at - 1), text.rfind("\xa0", max(0, at - 60), at - 1))
                capital = at > 1 and text[at - 1] in " \xa0\t" and text[space + 1:space + 2].isupper()
                before = _NAME_BEFORE.search(text, max(0, at - 60), at) if capital else None
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


def _compatible(history: list[str], gender: str, genders: dict[str, str], full: Callable[[str], str],
                person: Callable[[str], bool]) -> str | None:
    """The latest name of that gender among the last few subjects, else the latest whose
    gender is not known to clash; ``full`` expands a name as written."""
    for name in reversed(history[-4:]):
        known = _gender_of(full(name), genders)
        if known == gender or known in (None, "u") and person(full(name)):
            return full(name)  # gender filters, recency ranks: "Lee Zeldin", "Obama" are not passed over
    for name in reversed(history):
        if _gender_of(full(name), genders) in (None, "u", gender) and not _not_person(full(name)):
            return full(name)
    return None


def _is_person(name: str) -> bool:
    """A person's name by the gazetteer: a Census first name, then up to three more words, or a
    known surname after one unknown word ("Whit Ayres"), or a lone surname ("Obama",
    "Christie"); not "Democratic", "California", "Fort Pierce", "Young Latinos"."""
    words = name.split()
    if name[:1].islower():  # a description: "a farmer", "the 29-year-old woman"
        return words[-1] in GENDERED_NOUNS or words[-1] in PERSON_NOUNS and words[-1] not in GROUP_NOUNS
    if _not_person(name):
        return False
    if len(words) > 1:
        if len(words) > 4:
            return False  # a headline's run
        if first_name_gender(words[0]):
            return True
        table = gazetteer()
        return "s" in table.get(words[-1].lower(), "") and not table.get(words[0].lower(), "")
    tags = gazetteer().get(name.lower(), "")
    return any(t in tags for t in "spf") and not any(t in tags for t in "crykdoe")


def _not_person(name: str) -> bool:
    """Known not to be one person: an acronym ("NRA"), a place, organisation or team by the
    gazetteer, or a people ("German", "Young Latinos", "Asian Americans")."""
    words = name.split()
    last = words[-1]
    if len(words) == 1 and last.isalpha() and last.isupper() and len(last) > 1:
        return True
    table = gazetteer()
    tags = table.get(last.lower(), "")
    if "d" in tags or (last.endswith("s") and "d" in table.get(last[:-1].lower(), "")):
        return True
    return len(words) == 1 and any(t in tags for t in "crykoe") and "p" not in tags


def _is_role(noun: str) -> bool:
    """A noun that names a speaker's office or trade: "spokesman", "contender", "pollster"."""
    return noun in SPEAKER_NOUNS or noun in TITLES or "j" in gazetteer().get(noun, "")


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
