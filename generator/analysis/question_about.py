"""Who or what an open question is about: the actor its subject names, shown by its canonical name.

The subject found by ``question_subjects`` may be a description holding a name ("Oscar host Chris
Rock", "the Clean Power Plan", "GB captain Jeremy Bates"); the question is about the person it names,
else the name it starts with, else any actor in it. A calendar word or an adjectival compound
("Netherlands-based") is no name to show.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Actor
from .interrogative import DETERMINERS, lower_first
from .question_cues import PERSON_NAME

_CAP_RUN = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.?\s)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _whole(name: str, text: str) -> int:
    """Where ``name`` occurs in ``text`` as whole words ("Europe" is not in "European"), else -1."""
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalpha()):
            return at
        at = text.find(name, at + 1)
    return -1


def _actor_in(text: str, actors: Sequence[Actor], kinds: frozenset[str] | None = None, *, last: bool = False) -> str | None:
    """The actor named earliest (or ``last``) in ``text``, longest name first on a tie, by its canonical name."""
    hits = []
    for a in actors:
        if kinds is not None and a.kind not in kinds:
            continue
        for n in (a.name, *a.aliases):
            if len(n) > 2 and n.split()[0] not in _CALENDAR and not _ADJECTIVAL.search(n):
                at = _whole(n, text)
                if at != -1 and a.kind == "person" and re.match(r" [A-Z]", text[at + len(n):]):
                    continue  # "Koch" in "Koch Industries": part of a longer name
                if at != -1:
                    # a canonical name that reads like a headline is no name to show; the words matched are
                    canon = a.name if len(a.name.split()) <= 4 and not re.search(r"\b(?:Could|Is|Isn’t|Isn't|The|For|To)\b", a.name) else n
                    hits.append((at, -len(n), canon))
    if not hits:
        return None
    return max(hits, key=lambda h: (h[0], -h[1]))[2] if last else min(hits)[2]


_ADJECTIVAL = re.compile(r"-(?:based|born|led|backed|owned|run)$")


def _cap_run(text: str) -> str | None:
    """The first run of capitalised words in ``text`` after a leading determiner, without a possessive."""
    for m in _CAP_RUN.finditer(text):
        words = _POSSESSIVE_END.sub("", m.group(0)).split()
        while words and (words[0].lower() in DETERMINERS or words[0] in _CALENDAR or words[0] == "I"):
            words.pop(0)
        if words and not _ADJECTIVAL.search(words[-1]):  # "Netherlands-based"
            return " ".join(words)
    return None


_PEOPLE = frozenset({"person"})


def about(question: str, subject: str | None, actors: Sequence[Actor]) -> str | None:
    """Who or what the question is about: a person its subject names ("GB captain Jeremy Bates" →
    Jeremy Bates), else the name the subject starts with ("the Clean Power Plan"), else any actor
    in it, else the subject itself; with no subject, the first actor or name the question holds."""
    if subject:
        person = _actor_in(subject, actors, _PEOPLE, last=True)  # "Oscar host Chris Rock": the name ends the phrase
        if person:
            return person
        named = PERSON_NAME.search(subject)
        if named and named.start():  # "Oscar host Chris Rock"
            return _POSSESSIVE_END.sub("", named.group(0))
        words = subject.split()
        head = words[1:] if words[0].lower() in DETERMINERS else words
        if head and head[0][:1].isupper():
            named = _cap_run(" ".join(head))
            if named:
                return named
        return _actor_in(subject, actors) or lower_first(subject)
    body = question.split(" ", 1)[-1]  # past the question's first word, capitalised by position
    return _actor_in(body, actors) or _cap_run(body)


_CALENDAR = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December""".split()
)
