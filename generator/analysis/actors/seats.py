"""A seat of government named for the government that sits there ("the White House said", "Downing Street
officials"): the body, an organisation; where a visit or a speech takes place ("at the White House") it
stays a place. The seats are the metonyms of governments listed in Wikipedia's "List of metonyms"
(section "Places"), English spellings only."""
from __future__ import annotations

import re

from .spans import Span

SEATS = frozenset("""white house|downing street|number 10|no 10|no. 10|whitehall|kremlin|pentagon|elysee|élysée|
    elysee palace|élysée palace|capitol hill|foggy bottom|zhongnanhai|quai d'orsay|blue house|kantei""".replace(
    "\n", "").replace("    ", "").split("|"))
# after the seat, what a body does or has: a speech verb (maybe after "has", "also" or a day), or its staff
_ACTS = re.compile(r"[ \t]+(?:(?:has|have|had|also|on[ \t]+[A-Z]\w+|is|was)[ \t]+)*(?:said|says|saying|told|announced|"
                   r"urged|warned|insisted|denied|confirmed|declined|refused|believes|argued|responded|"
                   r"(spokesman|spokeswoman|spokesperson|officials?|aides?|advisers?|staff|press[ \t]+secretary|"
                   r"press[ \t]+office|sources?|(?:chief|deputy|political|communications)[ \t]+(?:of[ \t]+staff|"
                   r"director)|counsel|chief[ \t]+of[ \t]+staff|photographer|pool))\b")
# seats that name a district or a street as much as a government ("Capitol Hill", "Whitehall", "Downing Street")
_PLACES_ALSO = frozenset("capitol hill|whitehall|downing street|foggy bottom".split("|"))
_AT = frozenset("at in into to from outside inside near visit visited visiting toward towards".split())
# a building's seat is where someone is "at", "in" or "near"; "to" and "from" say as often where the government's
# business goes ("live phone calls to the White House", "a letter from the White House")
_AT_BUILDING = _AT - {"to", "from", "toward", "towards"}
# before the seat, its owner's possessive: "Mr. Obama's White House": the government of a person
_OWNED = re.compile(r"[A-Za-z.][ \t]?['’]s[ \t]+$")


def seats_acting(spans: list[Span], kinds: dict[str, str | None], text: str) -> dict[str, str]:
    """The seats read as places whose mentions act as a body or are owned by a person ("the White House said",
    "White House officials", "Mr. Obama's White House") more often than they put someone at, in or near it, or that
    no mention puts anyone there ("the departments of State and Defense as well as the White House", "his candidacy
    for the White House"): the government, not its building. A tie keeps the place (CoNLL-2003 tags "the White House
    said" a place beside "a term in the White House")."""
    score: dict[str, int] = {}
    cued: set[str] = set()
    for sp in spans:
        if sp.key in SEATS and kinds.get(sp.key) == "LOC":
            score.setdefault(sp.key, 0)
            at = _AT if sp.key in _PLACES_ALSO else _AT_BUILDING
            acts = _ACTS.match(text, sp.end)
            if acts or _OWNED.search(text, max(0, sp.start - 6), sp.start):
                # its staff ("White House officials", "a senior White House adviser") is only a body's: twice as sure
                # as a verb, which a building's name may take as a place's does ("the Capitol said" is rare)
                score[sp.key] += 2 if acts and acts.group(1) else 1
                cued.add(sp.key)
            elif sp.prev is not None and (sp.prev.lower in at or sp.prev.lower == "the" and text[
                    max(0, sp.prev.start - 4):sp.prev.start].strip().lower() in at):
                score[sp.key] -= 1
                cued.add(sp.key)
    return {key: "ORG" for key, n in score.items() if n > 0 or key not in cued and key not in _PLACES_ALSO}
