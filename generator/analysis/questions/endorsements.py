"""The builder for an endorsement withheld: "Mr. Kasich, a Republican, has not endorsed Mr. Trump" → "Will John
Kasich endorse Donald Trump?"; "Ryan declined to endorse Trump" → "Will Paul Ryan endorse Donald Trump?".

An endorsement a party figure withholds from the party's candidate is one of the open questions US campaign reporting
follows to its end (AP and Politico keep running lists of who has and has not endorsed). An endorsement the article
reports given after the sentence closes it.
"""
from __future__ import annotations

import re

from ...model import Sentence
from .events import _who
from .references import COURTESY_TITLES
from .wording import Context, Draft

_NAME = r"(?:(?:Mr|Mrs|Ms|Sen|Gov|Rep|Speaker|President|Senator|Governor)\.?\s)?[A-Z][\w’'-]*(?:\s(?:[A-Z]\.|[A-Z][\w’'-]*)){0,2}"
WITHHELD = re.compile(
    rf"(?P<who>{_NAME})(?:,[^,]{{3,60}},)?\s(?:"
    r"(?:has|have)\s(?:still\s)?(?:not|yet\sto)\s(?:yet\s)?(?:formally\s)?(?:endorsed|endorse)"
    r"|(?:refused|declined|refuses|declines|has\srefused|has\sdeclined)\sto\s(?:formally\s)?endorse"
    r"|(?:is|was)\snot\s(?:yet\s)?ready\sto\s(?:endorse|back)"
    rf")\s(?P<whom>{_NAME})"
)
_ENDORSED = re.compile(r"\b(?:endorsed|endorses|endorsing|endorsement\sof|threw\s(?:his|her)\ssupport\sbehind|backed)\b")


_TITLES = frozenset(COURTESY_TITLES) | {"Sen", "Gov", "Rep", "Speaker", "President", "Senator", "Governor"}


def _bare(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if first.rstrip(".") in _TITLES and rest else name


def ask_endorsement(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Mr. Kasich, a Republican, has not endorsed Mr. Trump' → 'Will John Kasich endorse Donald Trump?'"""
    who = _who(ctx, s, _bare(m.group("who")), m.start("who"))
    whom = _bare(m.group("whom").rstrip("."))
    if not who or who.split()[0] in {"The", "But", "And", "He", "She", "It", "They"} or whom.split()[0] in {"The", "A", "An", "Him", "Her"}:
        return []
    who = ctx.refs.full_person(who) or who
    whom = ctx.refs.full_person(whom) or whom
    if who == whom:
        return []
    last = who.split()[-1]
    if any(t.index > s.index and last in t.text and _ENDORSED.search(t.text) and " not " not in t.text for t in ctx.sentences):
        return []  # the endorsement told given later
    return [Draft(f"Will {who} endorse {whom}?", who)]
