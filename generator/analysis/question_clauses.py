"""Clause-to-question helpers the open-question handlers share: the handler result and context types,
a wh- or whether-clause turned into a question (``interrogative``), and "whether to V" asked of its
named subject.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from ..model import Actor, Quote
from .interrogative import lower_first, main_clause, wh_question, yes_no
from .question_checks import generic_subject
from .question_naming import described_person
from .question_subjects import subject

Result = tuple[str, str | None, str]


class Context(NamedTuple):
    actors: Sequence[Actor]
    quotes: Sequence[Quote]


PAST_COORD = re.compile(r"\s+and\s+(?=[a-z]+ed\b)")


# "who will become the seventh actor, including Niven, to play Bond": an aside that would otherwise cut
# the clause at its first comma, leaving "Who will become the seventh actor?" (review 13 recall)
ASIDE = re.compile(r",\s(?:including|such\sas|excluding)\s[^,;:\"“”()]{1,40},\s(?=[a-z])")


CONCESSIVE = re.compile(r"(?:But\s|And\s)?(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Ee]ven\sthough)\b")


def clause_question(word: str, clause: str, subject: str | None = None) -> str | None:
    word = word.lower()
    clause = ASIDE.sub(" ", clause)
    if word in {"whether", "if", "that"}:
        if re.match(r"(?:or not\s+)?to\s", clause):
            return None
        clause = re.sub(r"^or not\s+", "", clause)
        clause = re.sub(r"\s+or not\b", "", clause)
        return yes_no(clause, subject=subject)
    return wh_question(word, clause, subject=subject)


def finish(text: str) -> str:
    return " ".join(main_clause(text).split()) + "?"


def whether_to(doc, i, text, m, clause: str, kind: str, actors: Sequence[Actor] = ()) -> Result | None:
    """'Ms Villalba has made no decision on whether to appeal' → 'Will Ms Villalba appeal?': the undecided
    party's own choice, asked of its named subject."""
    subj = subject(doc, i, text, m.start(), actors=actors)
    if subj is None or subj.lower().startswith("the "):
        subj = described_person(doc, i, text[: m.start()], actors) or subj  # "The double-Olympic champion"
    if subj is None or generic_subject(subj) or not re.match(r"(?:[A-Z]|the\s[A-Z])", subj):
        return None
    rest = PAST_COORD.split(main_clause(clause[3:]))[0]
    if not rest or re.match(r"(?:or\b|not\b|be\b)", rest):
        return None
    return finish(f"Will {lower_first(subj)} {rest}"), subj, kind
