"""Offices: a title read as the text's own time has it. A president the text names beside a later one called
"President" held the office before ("former President"); a secretary's or minister's title with no portfolio
says no office a reader can place ("Secretary" of what?), so the row gives none; a title read up to the name's own
title ("Chair Rep.") ends before it."""
from __future__ import annotations

from ...model import Actor
from .roles import ROLE_QUALIFIERS
from ..names import is_role

# Presidents of the United States since Franklin D. Roosevelt and the year each first took office, as the press
# writes their names (whitehouse.gov, "The Presidents"). A surname stands alone where no other president bore it;
# "Bush" alone is the younger (the name most news since 2001 means); "Clinton" alone may be Hillary, never one.
_FIRST_YEAR = {
    "franklin d roosevelt": 1933, "franklin roosevelt": 1933, "fdr": 1933, "roosevelt": 1933,
    "harry truman": 1945, "harry s truman": 1945, "truman": 1945,
    "dwight eisenhower": 1953, "dwight d eisenhower": 1953, "eisenhower": 1953,
    "john f kennedy": 1961, "john kennedy": 1961, "jfk": 1961,
    "lyndon johnson": 1963, "lyndon b johnson": 1963, "lbj": 1963,
    "richard nixon": 1969, "richard m nixon": 1969, "nixon": 1969,
    "gerald ford": 1974, "gerald r ford": 1974,
    "jimmy carter": 1977, "carter": 1977,
    "ronald reagan": 1981, "reagan": 1981,
    "george h w bush": 1989, "george hw bush": 1989,
    "bill clinton": 1993, "william jefferson clinton": 1993, "william j clinton": 1993,
    "george w bush": 2001, "george bush": 2001, "bush": 2001,
    "barack obama": 2009, "obama": 2009,
    "donald trump": 2017, "donald j trump": 2017, "trump": 2017,
    "joe biden": 2021, "joseph r biden": 2021, "joseph r biden jr": 2021, "biden": 2021,
}
# The president in office when this list was written, never made "former" by a predecessor named beside him
_IN_OFFICE = 2017
# Presidents who took office by 1993 had all left it by January 2001: in news written since, "President Reagan" is a
# past office
_LEFT_BY_2001 = 1993
_PRESIDENT = frozenset(("president", "us president", "u.s. president", "american president"))

# Titles that name an office only with their department ("Secretary of State", "Home Secretary", "Economy
# minister"): alone they are a truncation (US cabinet and UK ministerial titles, gov.uk "Ministers")
_PORTFOLIO_HEADS = frozenset(("secretary", "minister"))


# Titles written right before a name, that a role read up to the name may end in after a whole title of its own
# ("Democratic National Committee Chair Rep. X", "Foreign Minister Prince X"): the AP Stylebook's abbreviated
# titles before a name ("Rep.", "Sen.", "Gov.", "Gen.", "Dr.", "Rev.") and royal ones
_NAME_TITLES = frozenset("rep. rep sen. sen gov. gov gen. gen dr. dr rev. rev prince princess sheikh".split())


_LAST_WORDS = _PORTFOLIO_HEADS | _NAME_TITLES | {"president"}  # the last words of the roles settled here


def _first_year(a: Actor) -> int | None:
    return _FIRST_YEAR.get(a.name.lower().replace(".", "").replace(",", ""))


def settled_roles(actors: list[Actor]) -> list[Actor]:
    """The rows with each president's title made "former" where a later president is named "President" in the
    same text or the term ended before 2001, a portfolio title without its portfolio dropped, and a title read up
    to the name's own title ended before it."""
    held = [a for a in actors if a.role and a.kind == "person" and a.role.rsplit(None, 1)[-1].lower() in _LAST_WORDS]
    if not held:
        return actors
    years = {id(a): _first_year(a) for a in held if a.role.lower() in _PRESIDENT}
    latest = max((y for y in years.values() if y), default=0)
    settled = {}
    for a in held:
        role, year, words = a.role, years.get(id(a)), a.role.lower().split()
        if year and (year <= _LEFT_BY_2001 or year < latest and year != _IN_OFFICE):
            role = f"former {role}"  # "President George W. Bush" in a text about "President Barack Obama"
        elif words[-1] in _PORTFOLIO_HEADS and (len(words) == 1 or role.split()[-1][0].isupper() and all(
                w in ROLE_QUALIFIERS for w in words[:-1])):
            role = None  # "Secretary Clinton", "former Secretary": of what, the row cannot say (a "former
            # minister" is a description whole)
        elif len(words) > 2 and words[-1] in _NAME_TITLES and not words[-2].endswith(".") and is_role(
                role.rsplit(" ", 1)[0]):
            role = role.rsplit(" ", 1)[0]  # "Speaker of the House Rep.": the title before the name's own
        if role != a.role:
            settled[id(a)] = Actor(a.name, a.kind, role=role, aliases=a.aliases, mentions=a.mentions)
    return [settled.get(id(a), a) for a in actors] if settled else actors
