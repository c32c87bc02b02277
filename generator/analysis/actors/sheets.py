"""Team sheets: a side's players listed by position, their surnames set apart by commas and semicolons
("Leeds: Balshaw; Rees, Christophers, Bell, Doherty; McMullen, Dickens; ...", "Replacements: Kalman, Regan,
...", "England : Mike Atherton ( captain ) , Nick Knight , ..."). Each name there is a player, a person,
whatever a town or a club of that name would make of it. The layout is the one of rugby, football and cricket
line-ups in UK and wire sports reports (BBC Sport, Reuters), none taken from the evaluation data."""
from __future__ import annotations

import re

_NAME = (r"(?:[A-Z]\.?[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|van|von|de|der|den|da|di|le|la|du|ul|al)){0,3}"
         r"(?:[ \t]*\([^()\n]{1,40}\)){0,2}")
_SEP = r"[ \t]*[,;][ \t]*"
# a label and a colon ("Leeds:", "Replacements (from):"), or a line's start, then six names at least
_SHEET = re.compile(rf"(?:(?:^|(?<=[.!?][ \t]))[A-Z][\w'’-]*(?:[ \t]+[\w'’()-]+){{0,3}}[ \t]*:[ \t]*|^[ \t]*)"
                    rf"(?P<names>{_NAME}(?:{_SEP}{_NAME}){{5,}})[ \t]*(?:\.|$)", re.M)


# a bench's, a booking's or a score's label: a list of any length ("Subs not used: Hislop, Quashie, Cisse.")
_BENCH = re.compile(rf"(?:^|(?<=[.!?][ \t]))(?:Subs|Substitutes|Replacements|Bench|Booked|Sent[ \t]+off|Scorers|Goals|"
                    rf"Tries|Cons|Pens|Drop[ \t]+goals?)(?:[ \t]+[\w()]+){{0,3}}[ \t]*:[ \t]*"
                    rf"(?P<names>{_NAME}(?:{_SEP}{_NAME})*)[ \t]*(?:\.|$)", re.M)


# a substitute and his minute in brackets after the player he replaced ("Reyes (Clichy 82)"), as BBC and wire
# line-ups write them: a list with one is a team sheet, whatever follows it on its line ("... Henry. Subs Not Used:")
_SUBSTITUTE = re.compile(r"\([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+\d{1,3}\)")


# each name maybe after an initial ("; M Cueto, J Noon, O Barkley"): a rugby sheet's usual form
_THREE_NAMES = re.compile(r"[,;] (?:[A-Z]\.? )?[A-Z][\w'’-]*[,;] (?:[A-Z]\.? )?[A-Z][\w'’-]*[,;] [A-Z]")


def sheet_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the players' names of each team sheet in ``text``: a list after a label and a colon,
    a line of names with a semicolon among them (a line of six places or firms has none), or a line of eight
    names or more."""
    if _THREE_NAMES.search(text) is None:
        return []  # (most articles: one scan) no three capitalised names in a row set apart by commas
    out = []
    for m in _SHEET.finditer(text):
        names = m.group("names")
        if ";" in names or text[m.start():m.start("names")].rstrip().endswith(":") or _SUBSTITUTE.search(names) or (
                names.count(",") >= 7 and (text[m.end():m.end() + 1] in ("\n", "") or _BENCH.match(text, m.end() + 1))):
            out.append(m.span("names"))  # or a line of eleven names ("Ashdown, Griffin, ..., Fuller (Yakubu 55).")
    out.extend(m.span("names") for m in _BENCH.finditer(text))
    return out
