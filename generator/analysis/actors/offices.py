"""Offices: a title read as the text's own time has it. A president the text names beside a later one called
"President" held the office before ("former President"), as does a president or a Secretary of State whose term had
ended by the article's date; a secretary's or minister's title with no portfolio
says no office a reader can place ("Secretary" of what?), so the row gives none; a title read up to the name's own
title ("Chair Rep.") ends before it."""
from __future__ import annotations

import dataclasses
import datetime as dt

from ...model import Actor
from .roles import PORTFOLIO_HEADS, ROLE_QUALIFIERS
from ..names import is_role

# Presidents of the United States since Franklin D. Roosevelt and the years of their terms (from the January 20 that
# opens one to the January 20 that ends it), as the press writes their names (whitehouse.gov, "The Presidents"). A
# surname stands alone where no other president bore it; "Bush" alone is the younger (the name most news since 2001
# means); "Clinton" alone may be Hillary, never one. The last term is open: the president in office when this list
# was written, whom a predecessor named beside him never makes "former".
_TERMS = {
    ("franklin d roosevelt", "franklin roosevelt", "fdr", "roosevelt"): ((1933, 1945),),
    ("harry truman", "harry s truman", "truman"): ((1945, 1953),),
    ("dwight eisenhower", "dwight d eisenhower", "eisenhower"): ((1953, 1961),),
    ("john f kennedy", "john kennedy", "jfk"): ((1961, 1963),),
    ("lyndon johnson", "lyndon b johnson", "lbj"): ((1963, 1969),),
    ("richard nixon", "richard m nixon", "nixon"): ((1969, 1974),),
    ("gerald ford", "gerald r ford"): ((1974, 1977),),
    ("jimmy carter", "carter"): ((1977, 1981),),
    ("ronald reagan", "reagan"): ((1981, 1989),),
    ("george h w bush", "george hw bush"): ((1989, 1993),),
    ("bill clinton", "william jefferson clinton", "william j clinton"): ((1993, 2001),),
    ("george w bush", "george bush", "bush"): ((2001, 2009),),
    ("barack obama", "obama"): ((2009, 2017),),
    ("joe biden", "joseph r biden", "joseph r biden jr", "biden"): ((2021, 2025),),
    ("donald trump", "donald j trump", "trump"): ((2017, 2021), (2025, None)),
}
_INAUGURATION = (1, 20)  # a term opens and ends on January 20
_Day = tuple[int, int, int]
_TERMS_OF: dict[str, tuple[tuple[_Day, _Day | None], ...]] = {
    name: tuple(((start, *_INAUGURATION), end and (end, *_INAUGURATION)) for start, end in terms)
    for names, terms in _TERMS.items() for name in names}  # as days, the form of the Secretaries' terms below
# US Secretaries of State since 1997 and the days their terms opened and ended (state.gov, Office of the Historian,
# "Biographies of the Secretaries of State"), by the full names the press writes; the last term is open
_SECRETARY_TERMS = {
    ("madeleine albright", "madeleine k albright"): (((1997, 1, 23), (2001, 1, 20)),),
    ("colin powell", "colin l powell"): (((2001, 1, 20), (2005, 1, 26)),),
    ("condoleezza rice",): (((2005, 1, 26), (2009, 1, 20)),),
    ("hillary clinton", "hillary rodham clinton"): (((2009, 1, 21), (2013, 2, 1)),),
    ("john kerry", "john f kerry"): (((2013, 2, 1), (2017, 1, 20)),),
    ("rex tillerson", "rex w tillerson"): (((2017, 2, 1), (2018, 3, 31)),),
    ("mike pompeo", "michael r pompeo"): (((2018, 4, 26), (2021, 1, 20)),),
    ("antony blinken", "antony j blinken"): (((2021, 1, 26), (2025, 1, 20)),),
    ("marco rubio",): (((2025, 1, 21), None),),
}
_SECRETARY_TERMS_OF = {name: terms for names, terms in _SECRETARY_TERMS.items() for name in names}
_SECRETARY = frozenset(("secretary of state", "us secretary of state", "u.s. secretary of state"))
# An article with no date is read as news written since January 2001 (what a briefing site is fed): a president
# whose term had ended by then is former, the later ones are left to the text ("President Bush" may be current)
_UNDATED = dt.date(2001, 1, 20)
_PRESIDENT = frozenset(("president", "us president", "u.s. president", "american president"))


# Titles written right before a name, that a role read up to the name may end in after a whole title of its own
# ("Democratic National Committee Chair Rep. X", "Foreign Minister Prince X"): the AP Stylebook's abbreviated
# titles before a name ("Rep.", "Sen.", "Gov.", "Gen.", "Dr.", "Rev."), "Senator" written out, and royal ones
_NAME_TITLES = frozenset("rep. rep sen. sen senator gov. gov gen. gen dr. dr rev. rev prince princess sheikh".split())


_LAST_WORDS = PORTFOLIO_HEADS | _NAME_TITLES | {"president", "state"}  # the last words of the roles settled here


def _key(a: Actor) -> str:
    return a.name.lower().replace(".", "").replace(",", "")


def _out_of_office(terms: tuple[tuple[_Day, _Day | None], ...], published: dt.date) -> bool:
    """Whether a term had ended by the article's date and none was running ("President Trump" is former in 2022,
    not in 2026; "President Obama" in 2005 held no office yet, so no former one either; "Secretary of State Hillary
    Clinton" in 2016 is former, "Secretary of State John Kerry" in 2016 is not)."""
    day = (published.year, published.month, published.day)
    return any(end is not None and end <= day for _, end in terms) and not any(
        start <= day and (end is None or day < end) for start, end in terms)


def settled_roles(actors: list[Actor], published: dt.date | None = None) -> list[Actor]:
    """The rows with each president's title made "former" whose term had ended by the article's date or, with no
    date, by January 2001 or where a later president is named "President" in the same text (a Secretary of State's
    by the date alone); a portfolio title without its
    portfolio dropped; and a title read up to the name's own title ended before it."""
    held = [a for a in actors if a.role and a.kind == "person" and a.role.rsplit(None, 1)[-1].lower() in _LAST_WORDS]
    if not held:
        return actors
    terms = {id(a): _TERMS_OF.get(_key(a), ()) for a in held if a.role.lower() in _PRESIDENT}
    latest = max((t[0][0] for t in terms.values() if t), default=(0, 0, 0))
    settled = {}
    for a in held:
        role, span, words = a.role, terms.get(id(a)), a.role.lower().split()
        if span and (_out_of_office(span, published) if published else _out_of_office(span, _UNDATED) or (
                span[0][0] < latest and span[-1][1] is not None)):  # a date settles it; "Under a President Trump" need not
            role = f"former {role}"  # "President George W. Bush" in a text about "President Barack Obama"
        elif role.lower() in _SECRETARY and _out_of_office(_SECRETARY_TERMS_OF.get(_key(a), ()), published or _UNDATED):
            role = f"former {role}"  # "adviser to Secretary of State Hillary Clinton" in 2016
        elif words[-1] in PORTFOLIO_HEADS and (len(words) == 1 or role.split()[-1][0].isupper() and all(
                w in ROLE_QUALIFIERS for w in words[:-1])):
            role = None  # "Secretary Clinton", "former Secretary": of what, the row cannot say (a "former
            # minister" is a description whole)
        elif len(words) > 2 and words[-1] in _NAME_TITLES and not words[-2].endswith(".") and words[-2] not in (
                "and", "or") and is_role(
                role.rsplit(" ", 1)[0]):
            role = role.rsplit(" ", 1)[0]  # "Speaker of the House Rep.": the title before the name's own
        if role != a.role:
            settled[id(a)] = dataclasses.replace(a, role=role)
    return [settled.get(id(a), a) for a in actors] if settled else actors
