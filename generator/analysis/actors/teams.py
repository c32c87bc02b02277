"""Teams in sports reports: the lines of a results table name teams, not people or places.

"Orrell 13 Bath 56", "Charlton 2 0 1 1 1 3 1", "Birmingham v Barnsley" and, in a team
sport, "Red Star ( Yugoslavia ) beat Dinamo ( Russia )": the names there are clubs, whatever
the gazetteer says about the words (Bath is a town, Charlton a surname). A name written
like a person's ("P. Johnson 84", "Alan Shearer 23") is left alone: cricket and goal
scorers are listed with their figures too.
"""
from __future__ import annotations

import re

from . import lexicon as lx

TEAM_SPORTS = frozenset("soccer football cricket rugby basketball baseball hockey volleyball handball nfl nba nhl".split())

# a name of up to four capitalised words, with "of" or a split possessive inside ("Queen of South", "Heriot 's F.P.")
_NAME = r"[A-Z][\w.'’&-]*(?:(?:[ \t]+(?:of|['’]s))?[ \t]+[A-Z][\w.'’&-]*){0,3}"
_TAG = r"(?:[ \t]+\([ \t]*[\w.' -]{1,20}?[ \t]*\))?"  # "( Z )", "( Russia )"
# a result: two names, each followed by its score, alone on a line
_RESULT = re.compile(rf"^[ \t]*(?P<a>{_NAME}){_TAG}[ \t]+\d+[ \t]+(?P<b>{_NAME}){_TAG}[ \t]+\d+\b[^\n]*$", re.M)
# a standings row: a name and four figures or more ("Lotte 46 6 54 .462 14 1/2")
_STANDING = re.compile(rf"^[ \t]*(?P<a>{_NAME}){_TAG}(?:[ \t]+-?\d*\.?\d+(?:/\d+)?){{4,}}[ \t]*$", re.M)
_VERSUS = re.compile(rf"(?P<a>{_NAME}) v\.? (?P<b>{_NAME})")
# "Red Star ( Yugoslavia )"; not "London ( The Oval ) :", a venue heading the line of its match
_COUNTRY_TAG = re.compile(rf"(?P<a>{_NAME})[ \t]+\([ \t]*[A-Z][\w.' -]*?[ \t]*\)(?![ \t]*:)")


def team_spans(text: str, sport: str) -> set[tuple[int, int]]:
    """(start, end) of the names that the layout of a sports report shows to be teams."""
    if not sport:
        return set()
    out: set[tuple[int, int]] = set()
    for pattern in (_RESULT, _STANDING, _VERSUS):
        for m in pattern.finditer(text):
            for group in ("a", "b"):
                if group in m.groupdict() and m.group(group) and not _person_shaped(m.group(group)):
                    out.add(m.span(group))
    if sport in TEAM_SPORTS:
        for m in _COUNTRY_TAG.finditer(text):
            if not _person_shaped(m.group("a")) and not player_marked(text, m.start("a"), m.end("a")):
                out.add(m.span("a"))
    return out


# a line-up's shirt number before a name ("9 - Hakan Sukur"), a minute after it ("Aunger ( 41st min", "Becerril 46th")
_SHIRT = re.compile(r"\b\d{1,2}[ \t]+-[ \t]+$")
_MINUTE = re.compile(r"[ \t]+(?:\([ \t]*)?\d{1,3}(?:st|nd|rd|th)\b")


def player_marked(text: str, start: int, end: int) -> bool:
    """A name that a report's layout shows to be a player's: a shirt number before it, a minute after it."""
    return bool(_SHIRT.search(text, max(0, start - 8), start) or _MINUTE.match(text, end))


def _person_shaped(name: str) -> bool:
    words = name.split()
    first = words[0]
    if len(first) <= 3 and first.endswith("."):
        return True  # an initial: "P. Johnson"
    return len(words) > 1 and "f" in lx.gazetteer().get(first.lower(), "") and "w" not in lx.gazetteer().get(first.lower(), "")
