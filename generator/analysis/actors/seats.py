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


def seats_acting(spans: list[Span], kinds: dict[str, str | None], text: str) -> dict[str, str]:
    """The seats read as places whose mentions act as a body more often than they stand for a place, or that
    no mention puts anyone at, in or near ("the departments of State and Defense as well as the White House",
    "his candidacy for the White House", "the Obama White House"): the government, not its building."""
    score: dict[str, int] = {}
    cued: set[str] = set()
    for sp in spans:
        if sp.key in SEATS and kinds.get(sp.key) == "LOC":
            score.setdefault(sp.key, 0)
            if _ACTS.match(text, sp.end):
                score[sp.key] += 1
                cued.add(sp.key)
            elif sp.prev is not None and (sp.prev.lower in _AT or sp.prev.lower == "the" and text[
                    max(0, sp.prev.start - 4):sp.prev.start].strip().lower() in _AT):
                score[sp.key] -= 1
                cued.add(sp.key)
    return {key: "ORG" for key, n in score.items() if n > 0 or key not in cued and key not in _PLACES_ALSO}
