"""What the kind tests know of the whole report a candidate name is read in."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Context:
    table: dict[str, str]
    mid_caps: set[str]
    sports: bool = False
    text: str = ""
    team_sport: bool = False  # a sport of clubs named after their towns (soccer, not tennis)
    clubs: frozenset[str] | None = None  # in a report known by its words only: the names shown to be clubs
    staffed: frozenset[str] = frozenset()  # of those, one-word names before a player's or manager's post
    openers: frozenset[str] = frozenset()  # words no dictionary knows that open two sentences or more ("Federer")
    after_given: dict[str, bool] = field(default_factory=dict)  # word → whether a given name stands before it
