"""The subjects of an article in reading order: whom each sentence, clause or attribution is about.

A pronoun speaker ("he said") is resolved against this timeline (``speakers``), and a quote
with no cue of its own goes to the person that a sentence between two quotes turns to. An
entry is a name as written (expanded only when chosen), "m"/"f" for "he"/"she", or a person
described, not named ("a 29-year-old Berlin woman"). A subject is a name right before a
reporting verb or right after ", said"; a name, pronoun or described person opening a
sentence, or after an opening phrase ("On Monday, X …", "As for X, he …") or a conjunction
("…, but X wasn't"). A single name word needs a title, a second mention or a fuller form
elsewhere. The headline and a byline are left out. Every entry is found from the text around
it, so a stretch of the article can be read without the rest.
"""
from __future__ import annotations

import bisect
import re
from typing import Sequence

from ..actors.lexicon import gazetteer
from ..document import Document
from ..names import GENDERED_NOUNS, ROLE_HEADS
from ..quote_marks import Span
from .lexicon import ADVERBS, GROUP_NOUNS, PERSON_NOUNS, SPEAKER_NOUNS, TITLES
from .subjects import OBJECT_VERBS, STOP_WORDS, TOKEN, VERB, clean_name

# The small words inside a name's run ("Charles de Gaulle", "Osama bin Laden")
NAME_PARTICLES = "de|van|von|al|bin|del|da|la|le"
# Capitalised runs; a run starts with a capital so the regex engine can skip ahead fast. Full
# stops are allowed here and cut afterwards (``_split``): "Sen. Ted Cruz" is one run, "Brown
# University. His" two.
# A nickname in quotation marks between two names is part of the run and left out of the name:
# 'Juan "Chico" Manriquez' → Juan Manriquez (AP Stylebook, "nicknames": in quotation marks, inside the name).
_RUN = re.compile(rf"[A-Z][\w’'.\-]*(?:[^\S\n]+(?:(?:{NAME_PARTICLES})[^\S\n]+)?"
                  r"(?:[\"“‘'][A-Z][\w.\-]*(?:[^\S\n]+[A-Z][\w.\-]*)?[\"”’'][^\S\n]+)?[A-Z][\w’'.\-]*)*")
_NICKNAME = re.compile(r"[^\S\n]+[\"“‘'][A-Z][^\"“”‘’'\n]*[\"”’'](?=[^\S\n])")
_WORD = re.compile(r"\S+")
# words that follow "’s" as "has" or "is", never after a possessive ("Christie’s been", "Trump’s not")
# a subordinate clause opening the sentence: its subject comes first, the main clause's after the comma
_SUBORDINATE = re.compile(r"(?:When|After|Because|If|While|Although|Though|Since|Before|Once|As|Until|Unless)[^\S\n]")
_AFTER_PREPOSITION = re.compile(r"(?<![\w’'])(?:for|of|at|from|with|by|to|in|on)[^\S\n]+$")  # "a reporter for AFP said"
_CONTRACTED = re.compile(r"[^\S\n]+(?:been|got|gotten|going|not|never|always|already|also|still|just|now|done|made|said|told)(?![\w\-’'])")
_TOKEN = re.compile(TOKEN)
_COMMA_END = re.compile(r",[^\S\n]*$")
# words that may open a sentence before its subject
_OPENING_ADVERBS = "But|And|Then|So|Yet|Still|Now|Meanwhile|However|Instead|Later|Earlier"
_OPENER = re.compile(rf"(?:(?:{_OPENING_ADVERBS}),?[^\S\n]+)?(?:(?P<pron>He|She)\b)?")
# a possessor and a noun before a name in commas: "Trump’s wife, Melania," "His wife, Jane,"
_POSSESSOR_APPOSITION = re.compile(r"(?:[A-Z][\w.\-]*(?:[’']s|s[’'])|[Hh]is|[Hh]er|[Tt]heir)(?:[^\S\n]+[A-Za-z][\w\-]*){1,3},[^\S\n]+(?=[A-Z])")
_APPOSITION_BEFORE = re.compile(r"(?:[’']s|(?<=s)[’']|(?<![\w’'])[Hh]is|(?<![\w’'])[Hh]er|(?<![\w’'])[Tt]heir)(?:[^\S\n]+[A-Za-z][\w\-]*){1,3},[^\S\n]+$")
_APPOSITION_AFTER = re.compile(r",[^\S\n]+(?:his|her|their|[A-Z][\w.\-]*(?:[’']s|s[’']))(?:[^\S\n]+[a-z][\w\-]*){1,3},")  # "Ivanka, his daughter,"
# An inverted subject after an opening phrase: "Joining him was Rudy Giuliani", "Then came Rudy Giuliani"
_INVERTED = re.compile(r"(?:[A-Z][a-z]+ing|Among|Also|Then|Next)\b[^.;:,“”\"\n]{0,60}?[^\S\n](?:was|were|came)[^\S\n]+(?=[A-Z])")
# A critic brought in after the subject, whose words most likely come next: "… drew fire from Paul Ryan",
# "… was criticized by Paul Ryan" (not "was praised by": the one praised may answer as well); the words
# before " from " or " by "
_DREW_BEFORE = re.compile(r"(?<![\w’'])(?:drew|draws|drawing|drawn)[^\S\n]+(?:a[^\S\n]+)?(?:[a-z]+[^\S\n]+)?(?:fire|criticism|"
                          r"rebuke|condemnation|response|rebuttal|retort|pushback|scorn|ire)$")
_CRITICIZED_BEFORE = re.compile(r"(?<![\w’'])(?:was|were|been|being)[^\S\n]+(?:\w+ly[^\S\n]+)?(?:criticized|criticised|"
                                r"condemned|slammed|blasted|attacked|mocked|rebuked|denounced|ridiculed|chided|challenged)$")
_SAID_NEXT = re.compile(r"[^\S\n]+(?:\w+ly[^\S\n]+)?(?:said|says|added|adds|wrote|writes|explained|noted|argued|insisted)\b")
_APPOSED_VERB = re.compile(r",[^\S\n]+(?:(?:\w+ly|also|then|later)[^\S\n]+)?(?:[a-z]+(?:ed|es|s)|said|told|wrote|spoke|"
                           r"made|took|gave|went|came|held|kept|sent|met|saw|began|ran|won|lost)\b")
_POSSESSOR_OPENING = re.compile(r"(?P<name>[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,3})[’']s[^\S\n]+[a-z]")
# "…, but she said": a pronoun subject of a clause coordinated with the possessor's (not "…, he said" closing it)
_PRONOUN_SUBJECT = re.compile(r"[,;][^\S\n]+(?:but|and|yet|so)[^\S\n]+(?:he|she)(?![\w’'])")
# "Tuttle’s article", "FBI Director James Comey’s statement": whose words a sentence is about, the person a
# "he"/"she" opening the next one most likely means (the words' author, not a person they name)
_AUTHOR_OF = re.compile(r"(?P<name>[A-Z][\w\-]*(?:[^\S\n]+[A-Z][\w\-]*){0,3})(?:[’']s|(?<=s)[’'])[^\S\n]+(?:[a-z\-]+[^\S\n]+)?"
                        r"(?:article|column|op-ed|essay|letter|book|statement|remarks|comments|speech|testimony|"
                        r"interview|tweets?|post|memo|answer|response|reply|message|words)(?![\w\-])")
# A possessor and one person's office or trade opening a sentence, a verb next: "Mr. Trump’s lawyer said …"
_POSSESSOR_ROLE = re.compile(r"(?P<name>(?:[A-Z][\w.\-]*[^\S\n]+){0,3}[A-Z][\w\-]*)(?:[’']s|(?<=s)[’'])[^\S\n]+"
                             r"(?P<role>(?:[a-z][\w\-]*[^\S\n]+){0,2}(?P<noun>[a-z]+))(?=[^\S\n]+(?:\w+ly[^\S\n]+)?"
                             r"(?:said|says|told|wrote|[a-z]+ed|[a-z]+s)\b)")
_LEAD_CONJUNCTION = re.compile(rf"(?:{_OPENING_ADVERBS})[^\S\n]+")
_ROLE_THEN_NAME = re.compile(r"(?:[’']s)?(?:[^\S\n]+[a-z]+){0,2}[^\S\n]+(?P<noun>[a-z]+)[^\S\n]+")
_CLAUSE_VERB = re.compile(r"[^\S\n]+(?:is|was|are|were|has|had|have|will|would|can|could|should|did|does|do)\b")
# Words that open a phrase before a sentence's subject ("On Monday, Trump said …"); participles
# ("Asked about it, …", "Speaking in Iowa, …") are caught by their ending.
_OPENING_WORDS = frozenset("""on in at after before during when while as since although though despite
following for from with without under over amid among later earlier meanwhile however still instead
yet then now once by because if unlike like""".split())
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_VERB_NEXT = re.compile(r"(?:,[^,“”\"\n]{1,140},)?(?:[^\S\n]+(?:also|later|then|again|first|quickly|\w+ly))?[^\S\n]+(?:[a-z]+ed|[a-z]+s|said|told|wrote|spoke|"
                        r"has|had|was|is|will|would|could|can|did|does|gave|took|made|went|came|met|saw|got|put|"
                        r"sent|brought|led|ran|won|lost|struck|stood|kept|held|began|told|thought|felt|knew|hit|fought|left|sought|drew|threw|broke|rose|fell|swore|shot|spent|paid|sold)(?:n[’']t)?\b")
_PRONOUN_NEXT = re.compile(r",[^\S\n]+(?:he|she)\b")
# "Reid, who endorsed Clinton in February, reiterated": an appositive between subject and verb
_APPOSED = re.compile(r"(?:,|[^\S\n]+of[^\S\n]+[A-Z])")
_PERSON_NOUN_SET = frozenset(GENDERED_NOUNS) | PERSON_NOUNS - GROUP_NOUNS
# A person described, not named, opening a sentence: "A 29-year-old Berlin woman …", "The farmer, 62, …"
_DESCRIBED_SUBJECT = re.compile(r"(?P<desc>(?:A|An|The|Another|One)(?:[^\S\n]+(?!(?:is|was|has|had|and|or|of|who|that|with|by|"
                                r"for|to|in|on|at|said|told|met)\b)(?![\w\-]*ed\b)[\w’'\-]+){0,3}?[^\S\n]+"
                                rf"(?P<noun>{'|'.join(sorted(_PERSON_NOUN_SET))}))(?=[\s,])"
                                r"(?![^\S\n]+(?:and|or)\b)")  # not "The veteran and the upstart": two of them
# One person in an office or trade, unnamed, after "A"/"An"/"Another"/"One": "A reporter for Agence France-Presse
# called it …", whom a later "he"/"she" may mean when no one of known sex was a subject just before. Not "The
# senator …" (``_office_subject``: someone named before), nor words that are seldom a person after "a" ("a host of").
_ROLE_PERSONS = frozenset(n for n in SPEAKER_NOUNS if n in ROLE_HEADS) - _PERSON_NOUN_SET \
    - frozenset("chief executive fellow host justice president governor leader".split()) | {"official"}
_INDEFINITE_ROLE = re.compile(r"(?P<desc>(?:A|An|Another|One)(?:[^\S\n]+(?!(?:is|was|has|had|and|or|of|who|that|with|by|"
                              r"for|to|in|on|at|said|told|met)\b)(?![\w\-]*ed\b)[\w’'\-]+){0,3}?[^\S\n]+"
                              rf"(?P<noun>{'|'.join(sorted(_ROLE_PERSONS))}))(?=[\s,])(?![^\S\n]+(?:and|or)\b)")
# An office or trade after "the", opening a sentence with a verb next: "The senator has insisted …",
# "Instead, the businessman said …": someone named before, whom a later "he"/"she" may mean.
_OFFICES = frozenset(w for w in ROLE_HEADS if "." not in w) | {"businessman", "businesswoman", "billionaire"}
_THE_WORDS = re.compile(r"[Tt]he((?:[^\S\n]+[a-z][\w\-]*){1,3})(?![\w’'])")
_LOWER_WORD = re.compile(r"[a-z][\w\-]*")
_KIN_THEN_NAME = re.compile(r"(?:His|Her|Their|Its|[A-Z][\w\-]*(?:[’']s|s[’']))(?:[^\S\n]+[a-z][\w\-’']*){1,3}[^\S\n]+(?=[A-Z])")
_BYLINE = re.compile(r"(?:By|BY|Written by|Reporting by)[^\S\n]+[A-Z][^\n]{0,60}$")
_DESCRIPTION_OPENERS = frozenset("A An The Another One".split())  # "Another superdelegate, Michael Brown, …"
# A clause's subject after a conjunction inside a sentence: "…, but Christie wasn’t having it",
# "because Trump has not always …" (a bare "and" is left out: "Trump and Ryan issued")
_CONJUNCTIONS = frozenset("and but while yet so because although though since whereas after before when until unless".split())
_CONJUNCTION_BEFORE = re.compile(r"(?:,[^\S\n]+(?:and|but|while|yet|so)|(?<![\w’'])(?:but|while|because|although|though|since|"
                                 r"whereas|after|before|when|until|unless))[^\S\n]+$")  # not "which" or "where": "for which Blair apologised"
# An interviewer asking someone: the one asked answers, and the quote after it is that person's
_ASK = frozenset("asked asks pressed questioned".split())
_JOURNALIST_BEFORE = re.compile(r"(?:[’']s|(?<=s)[’']|(?<![\w’'])(?:moderator|host|anchor|reporter|correspondent|interviewer|"
                                r"journalist|columnist))[^\S\n]+$")
_TELL = frozenset("told tell tells telling".split())  # ", told The Huffington Post": the listener
# A name: capitalised words, with particles ("Charles de Gaulle"); not "America’s leadership".
NAME_LIKE = re.compile(rf"[A-Z][\w.’'\-]*(?: (?:[A-Z][\w.’'\-]*|{NAME_PARTICLES}))*$")


class Timeline:
    """Per article; the runs and the entries are built lazily, once."""

    def __init__(self, doc: Document, spans: Sequence[Span], headline_end: int = 0) -> None:
        self.doc = doc
        self.headline_end = headline_end  # a headline's capitalised words are no subjects
        self.described: dict[str, str] = {}  # a described person's noun → gender: "woman" → "f"
        self.spoke: set[str] = set()  # names of two words or more right before a reporting verb
        self._spans = spans
        self._opens = [s.open for s in spans]
        self._bylines: list[tuple[int, int]] | None = None
        self._run_list: list[tuple[int, int, str, bool]] | None = None
        self._index: tuple[list[int], list[int], dict[str, int], set[str]] | None = None  # runs' offsets, counts
        self._entries: list[tuple[int, str]] | None = None

    def runs(self) -> list[tuple[int, int, str, bool]]:
        """Every capitalised run as (start, end, name without titles, had a title), in reading order."""
        if self._run_list is None:
            self._run_list = []
            for start, end, run in _split(self.doc.text):
                if '"' in run or "“" in run or "‘" in run or " '" in run:  # not every "Trump's"
                    run = _NICKNAME.sub("", run)
                lead = _LEAD_CONJUNCTION.match(run)
                if lead and lead.end() < len(run):  # "And Clinton campaign …": the run starts after "And"
                    start, run = start + lead.end(), run[lead.end():]
                if run.endswith(("’s", "'s")) and _CONTRACTED.match(self.doc.text, end):
                    end, run = end - 2, run[:-2]  # "Christie’s been making the case": "has", not a possessive
                elif run.endswith(("s’", "s'")):
                    run += "s"  # "Sanders’ apology": a possessive, as "Sanders’s" would be
                if " " not in run:  # most runs: one word ("The", "Trump"), the same test as clean_name's
                    if run not in STOP_WORDS and not run.endswith(("’s", "'s")):
                        self._run_list.append((start, end, run, False))
                    continue
                role, words = clean_name(run.split())
                if len(words) > 2 and ("’" in run or "'" in run):  # "NBC’s Dante Chinni", "Fox News’ Bret Baier": the name after the possessor
                    owner = next((i for i in range(len(words) - 3, -1, -1) if words[i].endswith(("’s", "'s", "s’", "s'"))), -1)
                    if owner >= 0:
                        role, words = [*role, *words[:owner + 1]], words[owner + 1:]
                if words and not words[-1].endswith(("’s", "'s")):
                    self._run_list.append((start, end, " ".join(words), bool(role)))
        return self._run_list

    def entries(self) -> list[tuple[int, str]]:
        """Subjects in reading order: a name (or "m"/"f" for "he"/"she") right before a reporting
        verb, right after a ", said", opening a sentence or its clause; quotations are skipped. A
        single name word needs a title, a second mention or a fuller form ("Eyebrows raised, he
        asked" is no name)."""
        if self._entries is None:
            self._entries = self.between(0, len(self.doc.text))
        return self._entries

    def between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The timeline's entries in ``text[lo:hi]``: each is found from the text around it,
        so a stretch between two quotes is read without the whole article."""
        text, runs = self.doc.text, self.runs()
        if self._index is None:
            counts: dict[str, int] = {}
            for r in runs:
                counts[r[2]] = counts.get(r[2], 0) + 1
            # a lone word that ends a full name written elsewhere is that person's surname
            surnames = {r[2].rsplit(" ", 1)[1] for r in runs if " " in r[2]}
            self._index = ([r[0] for r in runs], [r[1] for r in runs], counts, surnames)
        starts, ends, counts, surnames = self._index
        opens = self._opens
        found: list[tuple[int, str]] = []

        def add(k: int) -> None:
            name = runs[k][2]
            if runs[k][0] < self.headline_end or self.in_byline(runs[k][0]):
                return
            if (" " in name or runs[k][3] or counts[name] > 1 or name in surnames or _APPOSITION_BEFORE.search(
                    text, max(0, runs[k][0] - 60), runs[k][0]) or _APPOSITION_AFTER.match(text, runs[k][1])) \
                    and NAME_LIKE.match(name):
                found.append((runs[k][0], name))  # expanded only when chosen; "his wife, Jane," is a person

        gaps, at = [], lo
        for span in self._spans[max(0, bisect.bisect_right(opens, lo) - 1):bisect.bisect_left(opens, hi)]:
            if span.close > lo:
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
                    if " " in runs[k][2] and not _AFTER_PREPOSITION.search(text, max(0, runs[k][0] - 6), runs[k][0]):
                        self.spoke.add(runs[k][2])  # "Zeynep Akar told CNN": a person, whatever her first name
                    own = runs[k][1] - len(runs[k][2])  # where the name itself starts ("When CNN’s Jake Tapper")
                    if m.group() in _ASK and _JOURNALIST_BEFORE.search(text, max(0, own - 30), own):
                        j = bisect.bisect_left(starts, m.end() + 1)  # "CNN’s Jake Tapper asked Trump …": Trump answers
                        if j < len(runs) and runs[j][0] == m.end() + 1:
                            add(j)
            if _COMMA_END.search(text, max(0, m.start() - 3), m.start()) and m.group() not in _TELL \
                    and m.group().lower() not in OBJECT_VERBS:  # "Joe Arpaio, 84, praised Donald Trump": the object
                k = bisect.bisect_left(starts, m.end() + 1)
                if k < len(runs) and runs[k][0] <= m.end() + 2 and not _CLAUSE_VERB.match(text, runs[k][1]):
                    add(k)  # "…, noted NBC’s Dante Chinni."; not "…, says Hillsborough is …"
        sentences = self.doc.sentences
        first = bisect.bisect_left(sentences, lo, key=lambda s: s.start)
        for s in sentences[first:]:
            if s.start >= hi:
                break
            if self.in_quote(s.start) or s.start < self.headline_end:
                continue
            head = _OPENER.match(text, s.start, s.end)
            if head.group("pron"):
                found.append((s.start, "m" if head.group("pron").lower() == "he" else "f"))
                continue
            k = bisect.bisect_left(starts, head.end())
            described = None
            if text.startswith(("A", "O", "T"), head.end()):
                next_words = text[head.end():head.end() + 80].lower().replace(",", " ").split()[1:6]
                if not _PERSON_NOUN_SET.isdisjoint(next_words):
                    described = _DESCRIBED_SUBJECT.match(text, head.end(), s.end)
                if described is None and text[head.end()] != "T" and not _ROLE_PERSONS.isdisjoint(next_words[:4]):
                    described = _INDEFINITE_ROLE.match(text, head.end(), s.end)
            if described is None and (text.startswith("The ", head.end()) or head.end() > s.start
                                      and text.startswith("the ", head.end())):
                office = _office_subject(text, head.end(), s.end)
                if office:
                    found.append((head.end(), office))
                    continue
            apposed = _POSSESSOR_APPOSITION.match(text, head.end(), s.end) if text[head.end():head.end() + 1].isupper() else None
            if apposed:  # "Brazile’s CNN colleague, Jake Tapper, insists …": the name in apposition, not the possessor
                j = bisect.bisect_left(starts, apposed.end())
                if j < len(runs) and runs[j][0] == apposed.end() and _APPOSED_VERB.match(text, runs[j][1]):
                    add(j)
                    continue
            if described and (j := self._apposed_name(described.end(), s.end, starts)) is not None:
                add(j)  # "A Clinton spokesman, Brian Fallon, said", "A spokesman for Trump, Jason Miller, said": the name
            elif described:  # "A 29-year-old Berlin woman … received probation": a later "she"
                desc = described.group("desc")
                found.append((head.end(), desc[0].lower() + desc[1:]))
                if _SAID_NEXT.match(text, described.end()):
                    self.spoke.add(desc[0].lower() + desc[1:])  # "A senior administration official said …": one who speaks
                if described.group("noun") in GENDERED_NOUNS:
                    self.described[described.group("noun")] = GENDERED_NOUNS[described.group("noun")]
            elif _inverted_opener(text, s.start) and (inverted := _INVERTED.match(text, s.start, s.end)) is not None and \
                    (j := bisect.bisect_left(starts, inverted.end())) < len(runs) and runs[j][0] == inverted.end():
                add(j)  # "Among those who spoke was Rudy Giuliani.", "Joining him was Rudy Giuliani, who said"
            elif k < len(runs) and runs[k][0] == head.end() and not _opens_phrase(text, runs[k]):
                add(self._role_then_name(k))  # not "On CNN Tuesday, his wife …": a phrase before the subject
                if _SUBORDINATE.match(text, head.end()) and s.end - s.start > 30:
                    main = self._subject_after_opening(s.start, s.end, starts)
                    if main is not None:  # "When Ted Cruz attacked him, Trump hit back": the main clause's subject, later
                        add(main)
            elif (kin := _KIN_THEN_NAME.match(text, head.end(), s.end)) is not None and \
                    (k := bisect.bisect_left(starts, kin.end())) < len(runs) and runs[k][0] == kin.end() and \
                    _VERB_NEXT.match(text, runs[k][1]) and NAME_LIKE.match(runs[k][2]):
                # "His neighbour Mary Jones is less sure", "Trump’s daughter Ivanka spoke": a person, even in one word
                if runs[k][0] >= self.headline_end and not self.in_byline(runs[k][0]):
                    found.append((runs[k][0], runs[k][2]))
            elif ("’" in text[head.end():head.end() + 50] or "'" in text[head.end():head.end() + 50]) and \
                    (owned := _POSSESSOR_ROLE.match(text, head.end(), s.end)) is not None and is_person_role(owned.group("noun")) \
                    and (who := clean_name(owned.group("name").split())[1]):
                # "Mr. Trump’s lawyer said …": the lawyer, unnamed, whom a later "he" means
                found.append((head.end(), f"{' '.join(who)}’s {' '.join(owned.group('role').split())}"))
                if owned.group("noun") in GENDERED_NOUNS:
                    self.described[owned.group("noun")] = GENDERED_NOUNS[owned.group("noun")]
            elif (owner := _POSSESSOR_OPENING.match(text, head.end(), s.end)) is not None:
                name = owner.group("name")  # "Suu Kyi’s fate is unclear, but she said": the possessor is the topic
                if name.split()[0] not in STOP_WORDS and (" " in name or counts.get(name, 0) or name in surnames) \
                        and (_PRONOUN_SUBJECT.search(text, owner.end(), s.end)  # only for a "he"/"she" in its sentence
                             or _AUTHOR_OF.match(text, head.end(), s.end)):  # or whose words open it
                    found.append((head.end(), name))
            elif s.end - s.start > 30:
                k = self._subject_after_opening(s.start, s.end, starts)
                if k is not None:
                    add(k)
                elif (author := self._author(s.start, s.end)) is not None:
                    found.append(author)  # "That might sound strange to anyone listening to James Comey’s statement."
        for k in range(bisect.bisect_left(starts, max(lo, self.headline_end + 1)), bisect.bisect_left(starts, hi)):
            start = starts[k]  # "…, but Christie wasn’t having it"
            space = text.rfind(" ", start - 10, start - 1)
            if text[start - 1] == " " and text[space + 1:start - 1] in _CONJUNCTIONS and \
                    _CONJUNCTION_BEFORE.search(text, max(0, start - 10), start):
                j = self._role_then_name(k)
                if _VERB_NEXT.match(text, runs[j][1]) and not self.in_quote(start):
                    add(j)
        for a, b in gaps:  # "Trump’s comments drew fire from House Speaker Paul Ryan.", "… was criticized by …"
            for word, critic in ((" from ", _DREW_BEFORE), (" by ", _CRITICIZED_BEFORE)):
                at = text.find(word, a, b)  # the words found fast; the regex only reads the few words before them
                while at >= 0:
                    j = bisect.bisect_left(starts, at + len(word))
                    if j < len(runs) and runs[j][0] == at + len(word) and critic.search(text, max(a, at - 40), at):
                        add(j)
                    at = text.find(word, at + len(word), b)
        return sorted({f for f in found if lo <= f[0] < hi})

    def _author(self, lo: int, hi: int) -> tuple[int, str] | None:
        """The last person of two names or more whose words ``text[lo:hi]`` names ("Comey’s
        statement"), outside quotations, when the sentence has no subject of its own."""
        m = None
        if self.doc.text.find("’", lo, hi) < 0 and self.doc.text.find("'", lo, hi) < 0:
            return None  # no possessive: most sentences, found without the regex
        for m in _AUTHOR_OF.finditer(self.doc.text, lo, hi):
            pass
        if m is None or self.in_quote(m.start()):
            return None
        words = clean_name(m.group("name").split())[1]
        name = " ".join(words)
        return (m.start() + m.group("name").rfind(words[0]), name) if len(words) > 1 and NAME_LIKE.match(name) \
            and words[0] not in STOP_WORDS else None

    def _apposed_name(self, at: int, hi: int, starts: list[int]) -> int | None:
        """The run of a name in commas right after a description ending at ``at`` (or after its "for X"),
        with the verb next: "A Clinton spokesman, Brian Fallon, said …"."""
        text, runs = self.doc.text, self.runs()
        comma = text.find(", ", at, min(hi, at + 40))
        if comma < 0 or "“" in text[at:comma] or '"' in text[at:comma]:
            return None
        j = bisect.bisect_left(starts, comma + 2)
        if j < len(runs) and runs[j][0] == comma + 2 and " " in runs[j][2] and NAME_LIKE.match(runs[j][2]) \
                and _APPOSED_VERB.match(text, runs[j][1]):
            return j
        return None

    def sentence_subject(self, at: int, before: int) -> str | None:
        """The name that is the subject of the sentence holding ``at``, written before ``before``:
        a run opening it, or after its opening phrase, with a verb next ("Gingrich attacked Paul
        Ryan." → Gingrich)."""
        sentence = self.doc.sentence_at(at)
        if sentence is None or sentence.start < self.headline_end:
            return None
        text, runs = self.doc.text, self.runs()
        starts = self._index[0] if self._index else [r[0] for r in runs]
        head = _OPENER.match(text, sentence.start, sentence.end)
        if head.group("pron"):
            return None
        k = bisect.bisect_left(starts, head.end())
        if not (k < len(runs) and runs[k][0] == head.end() and not _opens_phrase(text, runs[k])):
            k = self._subject_after_opening(sentence.start, sentence.end, starts) if sentence.end - sentence.start > 30 else None
        elif not _VERB_NEXT.match(text, runs[self._role_then_name(k)][1]):
            return None
        if k is None:
            return None
        k = self._role_then_name(k)
        return runs[k][2] if runs[k][1] < before and NAME_LIKE.match(runs[k][2]) and not self.in_byline(runs[k][0]) else None

    def in_quote(self, at: int) -> bool:
        """Inside one of the article's quotations."""
        k = bisect.bisect_right(self._opens, at) - 1
        return k >= 0 and self._spans[k].close > at

    def in_byline(self, at: int) -> bool:
        """In the writer's byline ("By Sarah Lyall"): the reporter is not the one quoted."""
        if self._bylines is None:
            self._bylines = [(p.start, p.end) for p in self.doc.paragraphs if _BYLINE.match(self.doc.text, p.start, p.end)]
        return any(lo <= at < hi for lo, hi in self._bylines)

    def _role_then_name(self, k: int) -> int:
        """"McConnell spokesman Don Stewart wouldn’t say": Stewart, not McConnell."""
        runs = self.runs()
        if k + 1 == len(runs) or runs[k + 1][0] - runs[k][1] > 40:
            return k
        role = _ROLE_THEN_NAME.match(self.doc.text, runs[k][1])
        if role and runs[k + 1][0] == role.end() and is_role(role.group("noun")):
            return k + 1
        return k

    def _subject_after_opening(self, lo: int, hi: int, starts: list[int]) -> int | None:
        """The run that is the subject after an opening phrase: "On the eve of the meetings,
        Trump eased …", "At a rally in Portland, Maine, on Thursday, Reid, who …, said …",
        "Another superdelegate, Michael Brown of Washington, explained …", and "As for Trump,
        he said …" (the topic that the pronoun takes up)."""
        text, runs = self.doc.text, self.runs()
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
            apposed = _POSSESSOR_APPOSITION.match(text, at + 2, hi)
            k = bisect.bisect_left(starts, apposed.end() if apposed else at + 2)
            if apposed and k < len(runs) and runs[k][0] == apposed.end() and _APPOSED_VERB.match(text, runs[k][1]):
                return k  # "On CNN Tuesday, his wife, Jane, called for …"
            if k < len(runs) and runs[k][0] == at + 2:
                k = self._role_then_name(k)
                if _VERB_NEXT.match(text, runs[k][1]) or (described and _APPOSED.match(text, runs[k][1])):
                    return k
            at = text.find(", ", at + 2, min(hi, lo + 160))
        return None


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




def _office_subject(text: str, at: int, end: int) -> str | None:
    """"the senator" when "The senator" (up to two words before the noun) opens the clause at ``at``
    with a verb next; not "The governor, Chris Christie, said": the name in apposition is the subject."""
    if _OFFICES.isdisjoint(text[at + 4:at + 48].split(None, 3)[:3]):
        return None  # most sentences: no office among the three words after "The"
    m = _THE_WORDS.match(text, at, end)
    if m is None:
        return None
    for word in _LOWER_WORD.finditer(text, m.start(1), m.end(1)):
        if word.group() in _OFFICES:
            if text.startswith(",", word.end()) or not _VERB_NEXT.match(text, word.end()):
                return None
            return "the " + " ".join(text[m.start(1):word.end()].split())
    return None


def is_role(noun: str) -> bool:
    """A noun that names a speaker's office or trade: "spokesman", "contender", "pollster"."""
    return noun in SPEAKER_NOUNS or noun in TITLES or "j" in gazetteer().get(noun, "")




def _inverted_opener(text: str, at: int) -> bool:
    """The sentence at ``at`` opens with a participle or "Among", "Also", "Then", "Next" (``_INVERTED``)."""
    space = text.find(" ", at, at + 20)
    return space > at and (text[space - 3:space] == "ing" or text[at:space] in ("Among", "Also", "Then", "Next"))


def is_person_role(noun: str) -> bool:
    """A noun for one person by office, trade or sex: "lawyer", "campaign manager", "spokeswoman";
    not "speech" or "campaign", which speak for someone too."""
    return noun in _OFFICES or noun in _PERSON_NOUN_SET or noun in _ROLE_PERSONS


def _opens_phrase(text: str, run: tuple[int, int, str, bool]) -> bool:
    """A capitalised run that starts with a preposition and ends in a comma: an opening phrase
    ("On CNN Tuesday, …", "In Iowa, …"), not a name ("In 't Veld sees"); "For X," and "To X,"
    name the person whose view the sentence gives, whom a later pronoun takes up."""
    first = _FIRST_WORD.match(text, run[0])
    return first is not None and first.group().lower() in _OPENING_WORDS and text.startswith(",", run[1]) \
        and first.group() not in ("Once", "Still", "Then", "For", "To")  # "For Rick Dean, … is a prospect": his view


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


def verb_follows(text: str, at: int) -> bool:
    """A verb right after ``at``, or after an apposition in commas ("Benjamin Green, 83, knows"): the
    name ending at ``at`` is its clause's subject."""
    return _VERB_NEXT.match(text, at) is not None
