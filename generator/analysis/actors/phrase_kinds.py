"""Kinds a phrase around a name decides whatever the name's shape said: a pollster before "poll" ("a Gallup poll"), a
body after "a group called", a town said to be someone's kin, a body's name ending in a plural of people ("U.N.
Women"), words between a possessive and its noun ("her New Plutocrat pals")."""
from __future__ import annotations

import re

from .kinds import untitled
from .neighbours import BODY_NOUNS, DETERMINERS, KIN, POSSESSIVES
from .spans import Span
from .word_tests import PLACE_STRONG
from ..names import first_name_gender


# a poll or a survey named by its pollster ("a national Gallup Poll", "Gallup's survey", "a Monmouth poll"): the
# pollster's name (AP Stylebook, "polls and surveys": name the organisation that conducted the poll)
_POLL_AFTER = re.compile(r"(?:[ \t]?['’]s)?[ \t]+(?:[Pp]olls?|[Ss]urveys?)\b")
_POLL_FIRST = frozenset(("poll", "polls", "survey", "surveys", "s", "'s", "’s"))


def pollsters(spans: list[Span], kinds: dict[str, str | None], text: str, table: dict[str, str]) -> dict[str, str]:
    """A town's name right before "poll" or "survey": the pollster named after it, a firm or a university ("Gallup",
    "Monmouth", "Suffolk"); a state's or a country's poll is still the place's ("a Florida poll"), a person's name is
    left alone (a campaign's own poll), and so is a name of no kind (a survey's own: "the Tankan survey"). A town
    a figure is "according to" is its source ("according to Gallup"), but a city's name there is its government's
    ("according to Moscow") unless the article names the city's poll too."""
    polls, sources = set(), set()
    for sp in spans:
        if kinds.get(sp.key) == "LOC" and not sp.caps_line and not PLACE_STRONG.intersection(table.get(sp.key, "")):
            if sp.next is not None and sp.next.lower in _POLL_FIRST and _POLL_AFTER.match(text, sp.end):
                polls.add(sp.key)
            elif sp.prev is not None and sp.prev.lower == "to" and text.endswith("according to ", 0, sp.start):
                sources.add(sp.key)
    return {key: "ORG" for key in polls | {k for k in sources if "y" not in table.get(k, "")}}


# the plural nouns of people that end a body's name written like a person's ("U.N. Women", "Mothers Against Drunk
# Driving" ends otherwise), as bodies named for whom they serve are (UN Women, Save the Children, National Union of
# Mineworkers); "people" is left out, a surname too ("John People")
_PEOPLE_PLURALS = frozenset("women men children workers families parents mothers fathers veterans".split())


def bodies_by_plural_last(spans: list[Span], kinds: dict[str, str | None], table: dict[str, str]) -> dict[str, str]:
    """A name of several words read as a person's whose last word is a plural noun of people ("U.N. Women"): a body's
    name, unless a role or a title stands before a mention."""
    out = {}
    for key, kind in kinds.items():
        if kind == "PER" and " " in key and key[key.rfind(" ") + 1:] in _PEOPLE_PLURALS:
            out[key] = "ORG"
    return untitled(out, spans)


# "a"/"an", a body's noun, then "called" or "named" right before a name ("a Pakistan-based group called Lashkar-e-Taiba",
# "a charity named Kids Company"): the body's name; "the company named John Smith chief executive" is the verb. The
# nouns: ``BODY_NOUNS`` and the political bodies and bands (a name after "called" is no holder of the noun)
_CALLED_NOUNS = BODY_NOUNS | frozenset("""organisation organization movement faction militia party band outfit coalition
    campaign""".split())
_CALLED_BEFORE = re.compile(r"\ban?[ \t]+(?:[\w-]+[ \t]+){0,3}(?:" + "|".join(sorted(_CALLED_NOUNS))
                            + r")[ \t]+(?:called|named|known[ \t]+as)[ \t]+$", re.IGNORECASE)


def bodies_called(spans: list[Span], kinds: dict[str, str | None], text: str) -> dict[str, str]:
    """A name after "a group called", "a firm named" and the like: an organisation's, whatever its shape said, but
    one opened by a given name ("a group called Kevin Cole")."""
    out = {}
    for sp in spans:
        if sp.prev is not None and sp.prev.lower in ("called", "named", "as") and kinds.get(sp.key) != "ORG" and (
                _CALLED_BEFORE.search(text, max(0, sp.start - 60), sp.start)) and (
                len(sp.tokens) == 1 or first_name_gender(sp.tokens[0].text) is None):
            out[sp.key] = "ORG"
    return untitled(out, spans)


# a name said to be someone's kin ("Charlotte is going to be a big sister", "Sydney was his daughter"): a person, no
# town, whatever the gazetteer says. The kin nouns: ``neighbours.KIN`` and the other English kinship terms (Wikipedia,
# "Kinship terminology") with their familiar forms; the noun ends its phrase ("a sister city of Lyon" is a town's)
_KIN_NOUNS = KIN | frozenset("""grandmother grandfather granddaughter grandson aunt uncle niece nephew cousin mom dad
    mum""".split())
_KIN_PREDICATE = re.compile(
    r"[ \t]+(?:is|was|will[ \t]+be|is[ \t]+going[ \t]+to[ \t]+be|became|becomes)[ \t]+(?:" + "|".join(sorted(DETERMINERS))
    + r")[ \t]+(?:(?:big|little|older|younger|elder|baby|twin|new|proud)[ \t]+)?(?:" + "|".join(sorted(_KIN_NOUNS))
    + r")(?=[ \t]*(?:[,.;:!?\"”)\n]|$)|[ \t]+(?:of|to|for|who|and)\b)")
_KIN_VERBS = frozenset("is was will became becomes".split())


def people_by_kin(spans: list[Span], kinds: dict[str, str | None], text: str, table: dict[str, str]) -> dict[str, str]:
    """A town's name (no country's, region's or continent's: "Britain is a big brother" is a figure of speech) that
    the article says is someone's kin: a person's name."""
    out = {}
    for sp in spans:
        if kinds.get(sp.key) == "LOC" and sp.next is not None and sp.next.lower in _KIN_VERBS and (
                _KIN_PREDICATE.match(text, sp.end)) and not PLACE_STRONG.intersection(table.get(sp.key, "")):
            out[sp.key] = "PER"
    return out


def modifiers_by_possessive(spans: list[Span], kinds: dict[str, str | None], table: dict[str, str]) -> dict[str, None]:
    """A name read as a person's by its shape alone, opened by no given name (the gazetteer's nor the names lists':
    "his Jeb Bush donors"), no famous person's, named once between a possessive
    pronoun and a noun in lower case ("her New Plutocrat pals"): words qualifying the noun, no one's name (a person
    is "her friend Ann Smith", a name after the noun)."""
    out: dict[str, None] = {}
    seen: dict[str, int] = {}
    for sp in spans:
        seen[sp.key] = seen.get(sp.key, 0) + 1
    for sp in spans:
        if (len(sp.tokens) > 1 and seen[sp.key] == 1 and sp.prev is not None and sp.prev.lower in POSSESSIVES
                and sp.prev.text.islower() and kinds.get(sp.key) == "PER" and sp.strength < 3
                and sp.next is not None and sp.next.text.isalpha() and sp.next.text.islower()
                and "f" not in table.get(sp.tokens[0].lower, "") and first_name_gender(sp.tokens[0].text) is None
                and "p" not in table.get(sp.key, "")):
            out[sp.key] = None
    return untitled(out, spans)
