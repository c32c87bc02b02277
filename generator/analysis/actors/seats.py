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
                   r"spokesman|spokeswoman|spokesperson|officials?|aides?|advisers?|staff|press[ \t]+secretary|"
                   r"press[ \t]+office|sources?)\b")
# seats that name a district or a street as much as a government ("Capitol Hill", "Whitehall", "Downing Street")
_PLACES_ALSO = frozenset("capitol hill|whitehall|downing street|foggy bottom".split("|"))
_AT = frozenset("at in into to from outside inside near visit visited visiting toward towards".split())
# a building's seat is the government "in" it as often as the building ("a Republican in the White House", "a second
# term in the White House", "returning to the White House"): only these put someone at the building itself
_AT_BUILDING = _AT - {"in", "to", "from", "toward", "towards"}
# before the seat, its owner's possessive: "Mr. Obama's White House": the government of a person
_OWNED = re.compile(r"[A-Za-z.][ \t]?['’]s[ \t]+$")


def seats_acting(spans: list[Span], kinds: dict[str, str | None], text: str) -> dict[str, str]:
    """The seats read as places that one mention at least shows acting as a body or owned by a person ("the White
    House said", "White House officials", "Mr. Obama's White House"), or that no mention puts anyone at or near ("the
    departments of State and Defense as well as the White House", "his candidacy for the White House", "a Democrat
    in the White House"): the government, one row whose every mention is read with the one that speaks."""
    acting: dict[str, int] = {}
    cued: dict[str, int] = {}
    for sp in spans:
        if sp.key in SEATS and kinds.get(sp.key) == "LOC":
            prev = sp.prev.lower if sp.prev is not None else ""
            at = _AT if sp.key in _PLACES_ALSO else _AT_BUILDING
            if _ACTS.match(text, sp.end) or _OWNED.search(text, max(0, sp.start - 6), sp.start):
                acting[sp.key] = acting.get(sp.key, 0) + 1
            elif prev in at or prev == "the" and text[max(0, sp.prev.start - 4):sp.prev.start].strip().lower() in at:
                cued[sp.key] = cued.get(sp.key, 0) + 1
    seats = {sp.key for sp in spans if sp.key in SEATS and kinds.get(sp.key) == "LOC"}
    # a street or a district stands for its place as much: it takes more acting mentions than placed ones
    return {key: "ORG" for key in seats if (acting.get(key, 0) > cued.get(key, 0) if key in _PLACES_ALSO else
                                            key in acting or key not in cued)}
