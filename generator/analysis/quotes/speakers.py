"""Speaker names: a subject as written ("Putin", "he", "a spokeswoman") → the name a reader needs.

A surname or first name becomes the fullest form of that name written in the article or
given by the actor list ("Putin" → "Vladimir Putin"; the most frequent form, then the
first seen). A personal pronoun becomes the nearest earlier *subject* (the speaker of an
attribution, or a name that opens a sentence) whose gender does not clash, which is the
"prefer subjects, prefer recent" ranking of Lappin & Leass (1994), "An Algorithm for
Pronominal Anaphora Resolution", reduced to the two factors that matter for speakers.
Gender comes from the first name (hand lists, then the US Census first-name files), from
"Mr."/"Mrs."/"Ms." before a name, from the noun of a person described ("a Berlin woman"), or
from an earlier pronoun. The subjects are the ``timeline``'s. A description as a speaker is
cut after its last word that can speak ("the prime minister felt" → "the prime minister"),
or is none ("a low voice").
"""
from __future__ import annotations

import bisect
import re
from typing import Callable, Sequence

from ...model import Actor
from ..actors.lexicon import gazetteer
from ..document import Document
from ..names import GENDERED_HONORIFICS as _HONORIFIC, GENDERED_NOUNS, PLURAL_TITLES, first_name_gender, gender_of as _gender_of, honorific_genders, \
    APPOSED_GENDERED_NOUNS, title_forms
from ..quote_marks import Span
from .lexicon import GROUP_NOUNS, PERSON_NOUNS, PRONOUNS, SPEAKER_NOUNS, speaking_description
from .described import OBJECT_OF, PLAYING_POSITIONS, named_speaker, not_person, office_of, person_described, spokesperson_for
from .subjects import DESCRIPTION_STARTS, TOKEN, Cue, clean_name
from .timeline import NAME_LIKE, NAME_PARTICLES, Timeline, is_person_role, is_role, verb_follows

_NAME_WORD = rf"(?:{TOKEN}[^\S\n]+(?:(?:{NAME_PARTICLES})[^\S\n]+)?)"
_NAME_BEFORE = re.compile(rf"({_NAME_WORD}{_NAME_WORD}{{0,2}})$")  # one to three words: the first written out, so that the
# pattern opens on TOKEN's capital
_NAME_AFTER = re.compile(rf"[^\S\n]+((?:{TOKEN}[^\S\n]+){{0,2}}[A-Z][\w’'\-]+)(?![\w’'])")
_WORD_BEFORE = re.compile(r"(?<![\w’'])([a-z]+)[^\S\n]+$")
_CLAUSE_END = re.compile(r"[,.;\n]")  # where an apposition after a name ends
# "X’s answer", "Trump’s claim": the possessor said the words
_SPEECH_OF = re.compile(r"(?P<who>.+?)[’']s?(?:[^\S\n]+[a-z\-]+)?[^\S\n]+(?:answer|response|reply|statement|remarks?|comments?|"
                        r"message|claims?|words|promise|pledge|vow|warning|argument|question|tweet|post|slogan|speech)")


_PLURAL_TITLE = re.compile(rf"(?<![\w’'])(?:{'|'.join(sorted(t.capitalize() + 's' for t in PLURAL_TITLES))})\.")  # AP style before several names: "Sens."
_PERSONAL_PRONOUN = re.compile(r"(?<![\w’'])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)(?![\w’'])")


class Speakers:
    """Per-article state for turning subjects into names; every table is built lazily."""

    def __init__(self, doc: Document, spans: Sequence[Span], actors: Sequence[Actor], headline_end: int = 0) -> None:
        self.doc = doc
        self.timeline = Timeline(doc, spans, headline_end)
        self.actors = actors
        first = next((s for s in doc.sentences if s.start >= headline_end), None)
        self.lead_end = first.end if first else 0  # the headline and first sentence: what the story is about
        self._book: dict[str, str] = {}
        self._forms: dict[str, dict[str, int]] = {}  # one-word name → its full forms written, with their counts
        self._gender: dict[str, str] | None = None
        self._titled: set[str] | None = None
        self._lower: dict[str, bool] = {}  # one-word name → written in lower case too
        # names of two words or more the actor list reads as organisations or places ("White House", "Der
        # Spiegel"): no "he" or "she". One word is not enough: "Obama" is a town in the gazetteer.
        people = {n.lower() for a in actors if a.kind == "person" for n in (a.name, *a.aliases)}
        self._no_one = frozenset(n.lower() for a in actors if a.kind in ("organization", "place")
                                 for n in (a.name, *a.aliases) if " " in n) - people
        self.attributions: list[tuple[int, str]] = []  # (offset, name) of every named speaker so far
        self._offices: list[tuple[int, str]] = []  # (offset, office) of speakers written "the senator"
        self.groups: list[str] = []  # descriptions and organisations that spoke, for "they"
        self.called: dict[str, str | None] = {}  # noun → the one organisation the article calls so ("the bank")
        self.post_words: dict[str, list[tuple[int, list[str]]]] | None = None  # person → (offset, words stating a post)
        self._described: dict[tuple[str, int], str | None] = {}  # (description, offset) → the person it names
        self._introduced: dict[tuple[int, str], str | None] = {}  # (pronoun offset, gender) → the person just brought in
        self.player_clubs: dict[str, str] | None = None  # surname → the club the article names its player with
        self.roles: dict[int, str] = {}  # cue offset → the description shown as the role of the person it names

    def resolve(self, cue: Cue) -> str | None:
        subject = cue.subject
        if not subject:
            return None  # a question put to someone by an unnamed asker: no one's words here
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
        if low == "another":  # "One user wrote … Another said": the noun left out is the last description's
            last = self.groups[-1].split() if self.groups else []
            return f"another {last[-1]}" if len(last) > 1 and last[-1].isalpha() and last[-1].islower() \
                and not last[-1].endswith("s") else "another"
        demonym = _demonym_epithet(subject, self.doc.text, cue.start)
        if demonym:  # "…,” the Dutchman said": the Dutch person the text is about, not "Dutchman"; "the prop"
            person = self._person_of(demonym, cue.start)
            if person:
                self.attributions.append((cue.start, person))
                return person
        if subject[0].isupper() and subject.split()[0] not in DESCRIPTION_STARTS:
            name = self.full(subject)
            spokesperson = spokesperson_for(cue.role, name)
            if spokesperson:  # "said a spokesman for the Pentagon": the Pentagon's spokesman, not the Pentagon
                self.groups.append(spokesperson)
                return spokesperson
            if NAME_LIKE.match(name):
                self.attributions.append((cue.start, name))
                if cue.verb and " " in name:
                    self.timeline.spoke.add(name)  # "Suu Kyi said": a person, whatever her given name
            else:
                self.groups.append(name)
            return name
        subject = speaking_description(subject) or (subject if subject.endswith("-year-old") else None)
        if subject:
            office = office_of(subject)
            if office:  # "The Florida senator’s answer": shown as written, but a later "he" is Marco Rubio
                self._offices.append((cue.start, office))  # looked up only if a pronoun needs it
            named = named_speaker(self, subject, cue.start)
            person = None if named else self._described_person(subject, cue.start)
            if person:  # "said the Liverpool player": Steve Finnan, the description his role
                self.roles[cue.start] = subject
                self.attributions.append((cue.start, person))
                return person
            subject = named or subject
            self.groups.append(subject)
            noun = subject.rsplit(" ", 1)[-1]
            if noun in GENDERED_NOUNS:  # "…,” said the woman. … “…,” she said": a person of known sex
                self.timeline.described[noun] = GENDERED_NOUNS[noun]
                self.attributions.append((cue.start, subject))
        return subject

    def role(self, cue: Cue) -> str | None:
        """The role shown with the speaker ``resolve`` gave for ``cue``: the description a person was
        credited from ("the Liverpool player"), else the cue's own."""
        return self.roles.get(cue.start, cue.role)

    def _described_person(self, description: str, at: int) -> str | None:
        if (description, at) not in self._described:  # asked again for each later pronoun
            self._described[description, at] = person_described(self, description, at)
        return self._described[description, at]

    def post_window(self, start: int, end: int, limit: int) -> tuple[str, int, str]:
        """Where a post of the name at ``start:end`` is written: the 60 characters before it in its sentence, with
        where its clause opens there (the last comma, "and", bracket or line break; -1 for none), and an apposition
        after it up to its clause's end ("Marco Rubio, the Florida senator, …") but not past ``limit``."""
        text = self.doc.text
        sentence = self.doc.sentence_at(start)
        before = text[max(start - 60, sentence.start if sentence else 0):start]
        cut = max(before.rfind(" and "), before.rfind(","), before.rfind("("), before.rfind("\n"))
        apposed = ""
        if text.startswith(",", end):
            stop = _CLAUSE_END.search(text, end + 1, end + 100)
            apposed = text[end + 1:min(stop.start() if stop else end + 100, limit)]
        return before, cut, apposed

    def subject_between(self, lo: int, hi: int) -> str | None:
        """The latest subject written in ``text[lo:hi]``, as a name: the person a sentence
        between two quotes turns to ("“…,” Smith said. Mary Jones was less sure. “…”")."""
        entries = self.timeline.between(lo, hi)
        if not entries:
            return None
        at, name = entries[-1]
        if name in ("m", "f"):
            return self._pronoun(at, name)
        name = self.full(name)
        return name if self.is_person(name) else None  # a person, not "Women", "Europe", "Siemens"

    def names_anyone(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` names a person or says "he"/"she": then a quote after it need not
        be the previous speaker's."""
        runs = self.timeline.runs()
        k = bisect.bisect_left(runs, (lo,))
        while k < len(runs) and runs[k][0] < hi:
            name = runs[k][2]
            if NAME_LIKE.match(name) and (runs[k][3] or self.is_person(self.full(name))):
                return True
            k += 1
        return _PERSONAL_PRONOUN.search(self.doc.text, lo, hi) is not None

    def full(self, name: str) -> str:
        words = [w for w in name.split() if w.lower() not in _HONORIFIC]
        if len(words) != 1:
            return " ".join(words) or name
        return self._expand(words[0])

    def _full_as(self, gender: str, genders: dict[str, str]) -> Callable[[str], str]:
        """``full`` for a "he" or "she": a surname two people of either sex share ("Clinton" for
        Bill Clinton and Hillary Clinton) stands for the one of the pronoun's sex, whichever is
        written more often."""
        def full(name: str) -> str:
            fullest = self.full(name)
            if _gender_of(fullest, genders) in (None, "u", gender) or " " in name.strip():
                return fullest
            forms = self._forms.get(name.strip(), {})
            return next((f for f in sorted(forms, key=lambda f: -forms[f]) if _gender_of(f, genders) == gender), fullest)
        return full

    def _pronoun(self, at: int, gender: str) -> str | None:
        """The latest subject before ``at`` that is a name of no clashing gender; pronoun subjects
        met on the way are resolved the same way, in reading order."""
        for where, office in self._offices:  # the person each "the senator" who spoke was
            named = self._named_as("the " + office, where)
            if named:
                self.attributions.append((where, named))
        self._offices.clear()
        timeline = self.timeline.entries()
        k = bisect.bisect_left(timeline, (at, ""))
        genders = self._genders()
        history: list[str] = []
        for where, name in sorted(self.attributions + timeline[max(0, k - 30):k]):
            if where >= at:
                break
            if name in ("m", "f"):
                name = self._just_introduced(where, name, genders) \
                    or _compatible(history, name, genders, self._full_as(name, genders), self.is_person, self._no_one)
            elif name.startswith("the "):  # "The senator insisted …": the senator named before, if one is
                name = self._named_as(name, where) or self._described_person(name, where) \
                    or (name if _is_person(name) else None)
            if name:
                history.append(name)
        name = _compatible(history, gender, genders, self._full_as(gender, genders), self.is_person, self._no_one) \
            or self._named_before(at, gender, genders)
        if name:  # "“…,” Smith said. ¶ Later, Mr. Jones was shocked, he said": the paragraph's own person
            name = self._introduced_in_paragraph(at, gender, genders, name) or self._just_introduced(at, gender, genders) \
                or name
        if name:
            self.attributions.append((at, name))
        return name

    def _just_introduced(self, at: int, gender: str, genders: dict[str, str]) -> str | None:
        """A "he" or "she" opening the sentence right after one that brings in a new person and no one else
        ("Just look at House Speaker Paul D. Ryan. He's said …"): that person, named there for the first time,
        is whom the reader takes the pronoun for, though no subject."""
        if (at, gender) not in self._introduced:
            self._introduced[at, gender] = self._new_person_before(at, gender, genders)
        return self._introduced[at, gender]

    def _new_person_before(self, at: int, gender: str, genders: dict[str, str]) -> str | None:
        text = self.doc.text
        sentence = self.doc.sentence_at(at)
        if sentence is None or sentence.index == 0 or text[sentence.start:at].strip(" \"“'‘(") \
                or self.doc.sentences[sentence.index - 1].paragraph != sentence.paragraph:
            return None
        before = self.doc.sentences[sentence.index - 1]
        if before.start < self.timeline.headline_end or _PERSONAL_PRONOUN.search(text, before.start, before.end):
            return None  # "He met Paul Ryan.": the sentence is still about the one before
        runs = self.timeline.runs()
        people = set()
        for start, _end, run, _titled in runs[bisect.bisect_left(runs, (before.start,)):bisect.bisect_left(runs, (before.end,))]:
            if self.timeline.in_quote(start):
                continue
            full = self.full(run)
            if NAME_LIKE.match(run) and not not_person(full) and self.is_person(full):
                people.add(full)
        if len(people) != 1:
            return None
        person = people.pop()
        surname = person.split()[-1]
        if " " not in person or _gender_of(person, genders) not in (gender, None, "u"):
            return None
        seen = text.find(surname, self.timeline.headline_end, before.start)
        while seen >= 0:  # a person met before: the ranking of subjects has him
            end = seen + len(surname)
            if not text[seen - 1:seen].isalnum() and not text[end:end + 1].isalnum():
                return None
            seen = text.find(surname, end, before.start)
        return person

    def _introduced_in_paragraph(self, at: int, gender: str, genders: dict[str, str], name: str) -> str | None:
        """The latest person of the pronoun's gender who opens a clause in the pronoun's own paragraph,
        before it ("In Louisville, Ms. Nwanguma was shocked …, she said"; "…, but their neighbor Benjamin
        Green, 83, knows …: “…,” he said"; "Director, David Caldwell, said …"), when that paragraph does
        not mention ``name``, the subject found before it: a paragraph that brings in a new person is
        about that person (the "prefer the same segment" factor of Lappin & Leass 1994). A name after a
        verb or a determiner ("portrayed Mr Ebbers", "an Alan Shearer strike") is passed over, and one
        with no verb next too when its sentence opens with a person described ("The Brazilian
        confirmed … thrown at United boss Sir Alex Ferguson"): that is the earlier person again."""
        text = self.doc.text
        sentence = self.doc.sentence_at(at)  # a paragraph, not a line: e-mail style text wraps its lines
        para_lo = self.doc.paragraphs[sentence.paragraph].start if sentence else text.rfind("\n", 0, at) + 1
        words = name.split()
        at_name = text.find(words[-1], para_lo, at)
        while at_name >= 0:  # the surname written in the paragraph: it is about that person still
            end = at_name + len(words[-1])
            if (at_name == 0 or not text[at_name - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                return None
            at_name = text.find(words[-1], end, at)
        runs, timeline = self.timeline.runs(), self.timeline
        mine = runs[bisect.bisect_left(runs, (para_lo,)):bisect.bisect_left(runs, (at,))]
        if any(r[2] == words[0] for r in mine):  # "Hillary" for Hillary Clinton
            return None
        for start, end, run, _titled in reversed(mine):
            if not _opens_clause(text, para_lo, start) or not NAME_LIKE.match(run) or timeline.in_quote(start) \
                    or timeline.in_byline(start):
                continue
            full = self.full(run)
            if full != name and _gender_of(full, genders) == gender and not not_person(full) and (
                    verb_follows(text, end) or not self._about_described(start)):
                return full
        return None

    def _about_described(self, at: int) -> bool:
        """The sentence holding ``at`` opens with a person described, not named ("The Brazilian confirmed
        …", "The 34-year-old midfielder is …"): a person named before, whom a later "he" goes on meaning."""
        sentence = self.doc.sentence_at(at)
        if sentence is None:
            return False
        words = self.doc.text[sentence.start:min(sentence.end, sentence.start + 60)].split()[:4]
        return bool(words) and words[0] in ("The", "A", "An") and any(
            is_person_role(w) or "d" in gazetteer().get(w, "") for w in (w.strip(",").lower() for w in words[1:]))

    def pronoun_at(self, at: int, gender: str) -> str | None:
        """The person "he" (gender "m") or "she" ("f") at ``at`` refers to."""
        return self._pronoun(at, gender)

    def _person_of(self, demonym: str, at: int) -> str | None:
        """The person "the Dutchman", "the American" or "the prop" refers back to: the latest person named
        with that nationality or position ("Dutch striker Robin van Persie"), else the person the text turned to last
        (as for "the 28-year-old")."""
        forms = frozenset({demonym, demonym[:-3]} if demonym.endswith("man") else {demonym})
        named = self._named_as(demonym, at, forms)
        if named:
            return named
        text = self.doc.text
        for start, name in reversed(self.timeline.between(max(0, at - 600), at)):
            if name in ("m", "f") or _demonym(name) or OBJECT_OF.search(text, max(0, start - 60), start):
                continue  # past "he", "The Russian"; "by chairman Tim Phillips, the American said": not Phillips
            name = self.full(name)
            return name if self.is_person(name) else None
        return None

    def _named_as(self, description: str, at: int, forms: frozenset[str] | None = None) -> str | None:
        """The latest person named before ``at`` with the description's noun as a title or in
        apposition ("Sen. Marco Rubio", "Trump, the businessman,", "Florida senator Marco Rubio"):
        the one "the senator" or "the businessman" refers back to."""
        forms = forms or title_forms(description.rsplit(" ", 1)[-1])
        text, runs = self.doc.text, self.timeline.runs()
        k = bisect.bisect_left(runs, (at,))
        for start, end, name, _titled in reversed(runs[max(0, k - 40):k]):
            if at - start > 3000 or start < self.timeline.headline_end:
                break
            if not NAME_LIKE.match(name) or not_person(name):
                continue
            before, cut, apposed = self.post_window(start, end, at)  # not the subject at ``at``
            if cut >= 0:  # "Gov. Jeb Bush and Sen. Marco Rubio": a title before another name is not his …
                listed = _PLURAL_TITLE.search(before, 0, cut)  # … unless a plural one: "Sens. Rand Paul and Marco Rubio"
                before = (listed.group() + " " if listed else "") + before[cut:]
            window = f"{before}{text[start:end]} {apposed}"
            if forms.intersection(w.lower().rstrip(".") for w in window.split()) and self.is_person(self.full(name)):
                return self.full(name)
        return None

    def _named_before(self, at: int, gender: str, genders: dict[str, str]) -> str | None:
        """No subject fits: the latest person named (in any role) before ``at`` whose gender is
        known to match ("Porter met Desmond Achebe. … he said" → Achebe)."""
        runs = self.timeline.runs()
        k = bisect.bisect_left(runs, (at,))
        for start, _end, name, _titled in reversed(runs[max(0, k - 40):k]):
            if at - start > 2000 or start < self.timeline.headline_end:
                break
            if self.timeline.in_byline(start):
                continue
            if NAME_LIKE.match(name) and _gender_of(self.full(name), genders) == gender and not not_person(name):
                # an object or agent ("Gingrich attacked Paul Ryan.", "… was praised by X"): the clause's subject first
                subject = self.timeline.sentence_subject(start, at)
                if subject and subject != name and _gender_of(self.full(subject), genders) in (None, "u", gender) \
                        and not not_person(subject) and self.is_person(self.full(subject)):
                    return self.full(subject)
                return self.full(name)
        return None

    def is_person(self, name: str) -> bool:
        """Written after a title somewhere ("Secretary General Ban Ki-moon"), or a person by the gazetteer."""
        if self._titled is None:
            self._titled = {self.full(r[2]) for r in self.timeline.runs() if r[3] and r[2].count(" ") < 4}
        if name in self._titled or self._spoke(name) or name[:1].islower() and name in self.timeline.spoke:
            return True  # a description that said something: "a senior administration official"
        return (_is_person(name) or self._after_role(name)) and not self._lower_case_word(name)

    def _lower_case_word(self, name: str) -> bool:
        """One word the article also writes in lower case: a common word that opened a sentence
        ("Police said …" where "police" is written too), not a surname, whatever the gazetteer says."""
        if " " in name or not name[:1].isupper():
            return False
        if name not in self._lower:
            text, low = self.doc.text, name.lower()
            at, found = text.find(low), False
            while at >= 0 and not found:
                end = at + len(low)
                found = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                at = text.find(low, end)
            self._lower[name] = found
        return self._lower[name]

    def _spoke(self, name: str) -> bool:
        """The subject of a reporting verb, in two words or more, whose first word is no common word
        ("Zeynep Akar told CNN"; not "White House said") and that the actor list has as no organisation."""
        return name in self.timeline.spoke and name.lower() not in self._no_one \
            and "w" not in gazetteer().get(name.split()[0].lower(), "")

    def _after_role(self, name: str) -> bool:
        """Written right after a role noun: "Jupiter analyst Olivier Beauvillain"."""
        at = self.doc.text.find(name)
        while at > 0:
            m = _WORD_BEFORE.search(self.doc.text, max(0, at - 30), at)
            if m and (m.group(1) in SPEAKER_NOUNS or "j" in gazetteer().get(m.group(1), "")):  # a noun, not "former"
                return True
            at = self.doc.text.find(name, at + len(name))
        return False

    def _expand(self, word: str) -> str:
        """The fullest written form of a one-word name: "Putin" → "Vladimir Putin" (the most
        frequent form, then the first seen), looked for around each mention of the word."""
        if word in self._book:
            return self._book[word]
        counts: dict[str, int] = {}
        for actor in self.actors:  # the actor list's full names with this first or last word
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
                gap = at  # the spaces before the word, then the first letter of the word before them
                while gap > 0 and text[gap - 1] in " \xa0\t":
                    gap -= 1
                first = gap
                while first > 0 and not text[first - 1].isspace():
                    first -= 1
                capital = gap < at and first < gap and text[first].isupper()
                before = _NAME_BEFORE.search(text, max(0, at - 60), at) if capital else None
                if before:
                    words = clean_name(before.group(1).split() + [word])[1]
                    if 2 <= len(words) <= 4 and not any(w.lower() in _HONORIFIC for w in words):
                        counts[" ".join(words)] = counts.get(" ".join(words), 0) + 1
                    elif len(words) < 2:
                        before = None  # only a title before it ("Sir Ian Blair"): the words after count
                after = _NAME_AFTER.match(text, end)
                if after and not before:
                    first_name.append(word + " " + " ".join(after.group(1).split()))
            at = text.find(word, end)
        if not counts:  # "Hillary said" → "Hillary Clinton"
            for full in first_name:
                counts[full] = counts.get(full, 0) + 1
        best = max(counts, key=lambda f: counts[f]) if counts else word  # ties: the first seen
        self._book[word] = best
        self._forms[word] = counts
        return best

    def _genders(self) -> dict[str, str]:
        if self._gender is None:
            self._gender = honorific_genders(self.doc.text)
            text = self.doc.text
            for start, _end, name, _titled in self.timeline.runs():  # "9/11 widow Terry Strada": full names, no clash
                if start > 1 and text[start - 1] == " " and " " in name:
                    noun = text[text.rfind(" ", max(0, start - 20), start - 1) + 1:start - 1]
                    if noun in APPOSED_GENDERED_NOUNS:
                        self._gender.setdefault(name, GENDERED_NOUNS[noun])
        self._gender.update(self.timeline.described)
        return self._gender


_THE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he[^\S\n]+$")  # "the" before a subject cut to its last word


def _demonym_epithet(subject: str, text: str, at: int) -> str | None:
    """The lower-cased nationality of a subject written "the Dutchman", "the American" (the article
    may be cut off the subject), or the position of "the prop": a person's epithet, not a name.
    Demonyms are the gazetteer's "d" words that are no common English word ("Republican", "Catholic" are parties and faiths)."""
    words = subject.split()
    if not (len(words) == 1 or len(words) == 2 and words[0].lower() == "the"):
        return None
    word = words[-1]
    if not (word in PLAYING_POSITIONS or _demonym(word)):
        return None  # the word test first: cheaper than the look back for "the"
    if len(words) == 1 and not _THE_BEFORE.search(text[max(0, at - 5):at]):
        return None
    return word.lower()


def _demonym(word: str) -> bool:
    tags = gazetteer().get(word.lower(), "")
    return word[:1].isupper() and "d" in tags and "w" not in tags


def _compatible(history: list[str], gender: str, genders: dict[str, str], full: Callable[[str], str],
                person: Callable[[str], bool], no_one: frozenset[str]) -> str | None:
    """The latest name of that gender among the last few subjects, else the latest whose
    gender is not known to clash; ``full`` expands a name as written."""
    for name in reversed(history[-4:]):
        if full(name).lower() in no_one:
            continue  # "Der Spiegel said it …": the actor list's organisation is no "he" or "she", whatever its first word
        known = _gender_of(full(name), genders)
        if known == gender or known in (None, "u") and person(full(name)):
            return full(name)  # gender filters, recency ranks: "Lee Zeldin", "Obama" are not passed over
    for name in reversed(history):
        if _gender_of(full(name), genders) in (None, "u", gender) and not not_person(full(name)) and full(name).lower() not in no_one:
            return full(name)
    return None




def _is_person(name: str) -> bool:
    """A person's name by the gazetteer: a Census first name, then up to three more words, or a
    known surname after one unknown word ("Whit Ayres"), or a lone surname ("Obama",
    "Christie"); not "Democratic", "California", "Fort Pierce", "Young Latinos"."""
    words = name.split()
    if name[:1].islower():  # a description: "a farmer", "the 29-year-old woman"
        return words[-1] in GENDERED_NOUNS or words[-1] in PERSON_NOUNS and words[-1] not in GROUP_NOUNS
    if len(words) > 1 and words[-2].endswith(("’s", "'s", "s’", "s'")) or len(words) > 2 and words[-3].endswith(("’s", "s’")):
        return is_person_role(words[-1])  # "Trump’s lawyer", "Sanders’ campaign manager"
    if not_person(name):
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




def _opens_clause(text: str, lo: int, at: int) -> bool:
    """A name at ``at`` opens its clause: first in its paragraph (from ``lo``) or sentence, after a comma,
    or after a role noun ("their neighbor Benjamin Green"); not after a verb or a preposition."""
    before = text[max(lo, at - 40):at].rstrip()  # the word before the name is all that counts (lines may wrap)
    if not before or before.endswith((",", ".", ";", ":")):
        return True
    word = before.rsplit(None, 1)[-1]
    return word.islower() and is_role(word)


