"""A speaker written as a description, shown by the name the article gives it.

A reader of a quote list wants "Deutsche Bank", not "the bank", when the article named the
bank; "Mittal Steel spokesman", not "a spokesman"; "a colleague of Ann Smith", not "her
colleague". Three cases, each needing evidence in the text, and a description left as it is
when the evidence is missing or points two ways (no guessing):

- "the company", "the bank": the one organisation of the actor list called so ("Deutsche Bank",
  "oil company Rosneft", "Acme, the firm,") or, for a plain "company"/"firm", the one
  organisation named in the headline and first sentence;
- "a spokesman for Acme" → "Acme spokesman"; a bare "a spokesman" → the "X spokesman" written
  just before it, when no name follows that one;
- "his colleague", "a friend of hers" → "a colleague of X", X the person the pronoun refers to;
- "the 28-year-old" → the person the article last gave that age ("Ann Smith, 28,", "28-year-old Ann Smith"),
  else the person the sentences before it are about (as "she" would be);
- "the Liverpool player", "the columnist" → the one person the article states the post of ("columnist Ai Jun"),
  or for a place's or country's side the person a sports report turned to last.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from ...model import Actor
from ..actors.clubs import _CLUB_OF_PLAYER, PLAYER_POSTS, POSTS as CLUB_POSTS
from ..actors.identity import _CLUB_SUFFIXES as CLUB_SUFFIXES
from ..actors.lexicon import gazetteer
from .lexicon import PREPOSITIONS
from .subjects import NAME
from .timeline import NAME_LIKE, is_person_role
from ..names import (BUSINESS_NOUNS, ORGANISATION_NOUNS, OTHER_TITLE, RELATION_NOUNS, ROLE_HEADS, SPOKESPERSON_NOUNS,
                     TITLE_ABBREVIATIONS, title_forms)

if TYPE_CHECKING:
    from .speakers import Speakers

_SPOKES = "|".join(sorted(SPOKESPERSON_NOUNS))
# "a spokeswoman for the State Department", "A Mittal Steel spokesman", "the company's spokesman"
_SPOKESPERSON = re.compile(rf"(?i:an?|the|one)\s+(?:(?P<pre>[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){{0,3}})\s+)?"
                           rf"(?P<noun>(?i:{_SPOKES}))(?:\s+(?:for|of|at)\s+(?P<body>.+))?")
_OFFICE = re.compile(r"[Tt]he\s+(?:[\w\-]+\s+){0,2}(?P<noun>[a-z]+)")  # "the senator", "The Florida senator"
_ORGANISATION = re.compile(r"the\s+(?:[a-z][\w\-]*\s+)?(?P<noun>[a-z]+)")  # "the company", "the Swiss bank"
_RELATION = re.compile(r"(?:(?P<pron>his|her)\s+(?P<noun>\w+)|an?\s+(?P<noun2>\w+)\s+of\s+(?P<pron2>his|hers))", re.I)
_CAPITALISED = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w.&’'\-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w.&’'\-]*){0,5})")
# a name right after "… spokesman": "Acme spokesman John Smith" is one person, not the "a spokesman" after it
_NAME_NEXT = re.compile(r"[^\S\n]*,?[^\S\n]*[A-Z][a-z]")
# Words that make an organisation a public body, not a company: no plain "the company" means it.
_PUBLIC_BODY = frozenset("ministry department government party commission council parliament court police "
                         "agency authority union committee assembly senate congress".split())
_GENERIC_BUSINESS = frozenset(("company", "firm"))


def named_speaker(speakers: "Speakers", subject: str, at: int) -> str | None:
    """The name, or fuller attribution, the description ``subject`` (a speaker at ``at``) stands for."""
    low = subject.lower()
    spokes = _SPOKESPERSON.fullmatch(subject)
    if spokes:
        return _spokesperson(speakers, spokes, at)
    aged = _AGED.fullmatch(subject)
    if aged:
        return _person_aged(speakers, aged.group("age"), at)
    relation = _RELATION.fullmatch(subject)
    if relation:
        noun = (relation.group("noun") or relation.group("noun2")).lower()
        pronoun = (relation.group("pron") or relation.group("pron2")).lower()
        if noun in RELATION_NOUNS:
            person = speakers.pronoun_at(at, "m" if pronoun == "his" else "f")
            if person:
                return f"a {noun} of {person}"
            return f"a {noun}" if relation.group("noun2") else None  # "a friend of his", his unknown
        return None
    org = _ORGANISATION.fullmatch(low)
    if org and org.group("noun") in ORGANISATION_NOUNS:
        return _called(speakers, org.group("noun"))
    return None


def office_of(subject: str) -> str | None:
    """The office of "the senator", "The Florida senator": the person named with it before is who spoke,
    though the description is what the article wrote (and what is shown)."""
    office = _OFFICE.fullmatch(subject)
    return office.group("noun") if office and office.group("noun") in ROLE_HEADS else None


_AGED = re.compile(r"the\s+(?P<age>\d{1,3})-year-old", re.I)
_PERSON = rf"(?P<name>{NAME})"


def _person_aged(speakers: "Speakers", age: str, at: int) -> str | None:
    """The person last written with ``age`` before ``at``: "Ann Smith, 28,", "Ann Smith (28)",
    "28-year-old Ann Smith", "the 28-year-old singer Ann Smith"."""
    last = None
    lo, text = max(0, at - 3000), speakers.doc.text
    # the age as written with a name ("28," "28)" "28-year-old") must be in the stretch: else no pattern to compile
    if any(text.find(age + after, lo, at) >= 0 for after in (",", ")", "-year-old")):
        given = re.compile(rf"(?<![\w’'.\-]){_PERSON},?[^\S\n]+(?:\(|aged[^\S\n]+)?{age}(?:[,)]|-year-old)"
                           rf"|(?<![\w\-]){age}-year-old(?:[^\S\n]+[a-z][\w\-]*){{0,3}}[^\S\n]+(?P<name2>{NAME})")
        for m in given.finditer(text, lo, at):
            last = m.group("name") or m.group("name2")
    if last and last.split()[0] not in ("The", "A", "An"):
        return speakers.full(last)
    person = speakers.subject_between(max(0, at - 600), at)  # no age given: the person the text turned to last
    if person:
        surname = re.escape(person.split()[-1])
        other_age = re.compile(rf"{surname},?[^\S\n]+(?:\(|aged[^\S\n]+)?\d{{1,3}}[,)]"
                               rf"|\d{{1,3}}-year-old(?:[^\S\n]+[\w\-]+){{0,4}}[^\S\n]+{surname}")
        if other_age.search(speakers.doc.text, 0, at):
            return None  # "Ann Lee, 31,": not the 28-year-old
    return person


_SPOKESPERSON_FOR = re.compile(rf"(?:an?|the|one)\s+(?P<noun>{_SPOKES})\s+(?:for|of|at)(?:\s+the)?", re.I)


def spokesperson_for(role: str | None, name: str) -> str | None:
    """"said a spokesman for the Pentagon" (the name the subject, the rest its role) → "Pentagon spokesman"."""
    m = _SPOKESPERSON_FOR.fullmatch(role.strip()) if role else None
    return f"{name} {m.group('noun').lower()}" if m else None


def _spokesperson(speakers: "Speakers", m: re.Match[str], at: int) -> str | None:
    noun = m.group("noun").lower()
    body = m.group("body")
    if body:
        named = _CAPITALISED.fullmatch(body)
        if named:
            return f"{speakers.full(named.group('name'))} {noun}"
        org = _ORGANISATION.fullmatch(body.lower())
        if org and org.group("noun") in ORGANISATION_NOUNS:
            name = _called(speakers, org.group("noun"))
            return f"{name} {noun}" if name else None
        return None
    if m.group("pre"):
        return f"{m.group('pre')} {noun}"  # "A Mittal Steel spokesman" → "Mittal Steel spokesman"
    return _spokesperson_before(speakers.doc.text, at)


# "Acme spokesman", "a spokesman for the Acme Group": the body a spokesperson is written with
_SPOKESPERSON_WRITTEN = re.compile(rf"(?<![\w’'])(?:(?P<pre>[A-Z][\w.&’'\-]*(?:[^\S\n]+[A-Z][\w.&’'\-]*){{0,3}})[^\S\n]+)?"
                                   rf"(?P<noun>{_SPOKES})(?:[^\S\n]+(?:for|of|at)[^\S\n]+(?:the[^\S\n]+)?"
                                   rf"(?P<body>[A-Z][\w.&’'\-]*(?:[^\S\n]+[A-Z][\w.&’'\-]*){{0,3}}))?")


def _spokesperson_before(text: str, at: int) -> str | None:
    """The "X spokesman" (or "spokesman for X") written in the 600 characters before ``at``,
    the latest one, when no name follows it."""
    window_start = max(0, at - 600)
    found = None
    for m in _SPOKESPERSON_WRITTEN.finditer(text[window_start:at]):
        after = window_start + m.end()
        if _NAME_NEXT.match(text, after) and not text.startswith(("Said", "Says"), after + 1):
            found = None  # "Acme spokesman John Smith": a named one, whom "a spokesman" need not be
            continue
        owner = (m.group("body") or m.group("pre") or "").split()
        if owner and owner[0] in ("A", "An", "The", "One"):
            owner = owner[1:]  # "A Mittal Steel spokesman said"
        if owner:
            found = f"{' '.join(owner)} {m.group('noun').lower()}"
    return found


def _called(speakers: "Speakers", noun: str) -> str | None:
    """``organisation_called`` once per noun and article: it scans the text for every organisation."""
    if noun not in speakers.called:
        speakers.called[noun] = organisation_called(speakers.doc.text, speakers.actors, noun, speakers.lead_end)
    return speakers.called[noun]


def organisation_called(text: str, actors: Sequence[Actor], noun: str, lead_end: int) -> str | None:
    """The one organisation of the actor list the article calls a ``noun`` ("the bank" →
    "Deutsche Bank", "oil company Rosneft", "Acme, the firm,"); for "company" or "firm" with no such
    evidence, the one business named in the headline and first sentence; None when none or two fit."""
    orgs = [a for a in actors if a.kind == "organization" and " and " not in a.name]  # not "Acme and Beta" as one
    nouns = "|".join(sorted(BUSINESS_NOUNS)) if noun in _GENERIC_BUSINESS else noun  # "game maker Valve" is a company
    said = re.compile(rf"(?<![\w’'])(?:{nouns})s?(?![\w’'])", re.I)
    # "Acme, the US firm,", "the Acme company" (after the name); "game maker Acme" (before it); not "Acme sued the firm".
    # One pattern for each side, not one per name: compiling a pattern per name cost more than the search.
    after = re.compile(rf"(?:,[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w\-]+[^\S\n]+){{0,3}}|[^\S\n]+)(?:{nouns})\b")
    before = re.compile(rf"\b(?:{nouns})\Z")  # a noun ending where the search ends
    longest = max(map(len, nouns.split("|")))
    called = []
    for actor in orgs:
        names = (actor.name, *actor.aliases)
        if any(said.search(n) for n in names) or (actor.role and said.search(actor.role)):
            called.append(actor.name)
            continue
        if any(_in_apposition(text, name, after, before, longest) for name in names):
            called.append(actor.name)
    if len(called) == 1:
        return called[0]
    if called or noun not in _GENERIC_BUSINESS:
        return None
    lead = [a.name for a in orgs if any(m.start < lead_end for m in a.mentions)
            and not any(w.lower() in _PUBLIC_BODY for w in a.name.split())]
    return lead[0] if len(lead) == 1 else None


def _in_apposition(text: str, name: str, after: re.Pattern, before: re.Pattern, longest: int) -> bool:
    """Whether ``name`` is written with a noun: ``after`` matches right after it, or it follows ``before``'s noun
    and spaces (no newline) and no word character or apostrophe follows it."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if after.match(text, end):
            return True
        nxt = text[end:end + 1]
        if not nxt or not (nxt.isalnum() or nxt in "_’'"):  # a word character: alphanumeric or "_", as ``\w``
            k = at
            while k > 0 and text[k - 1] != "\n" and text[k - 1].isspace():
                k -= 1
            if k < at and before.search(text, max(0, k - longest), k):
                return True
        at = text.find(name, at + 1)
    return False


# a name that is a preposition's object (up to four words of title or role between): "by chairman Tim Phillips"
OBJECT_OF = re.compile(rf"(?<![\w’'])(?:{PREPOSITIONS}|against)"
                       r"(?:[^\S\n]+[\w.\-]+){0,4}[^\S\n]+$")


# A player's position, which sports reports write for the player named before ("“…,” the prop said"): the clubs'
# player posts but those that also name a rank or a common thing ("the captain", "the lock", "the wing"), plus
# football's centre-halves and cricket's positions (general knowledge of football, rugby and cricket reporting).
PLAYING_POSITIONS = PLAYER_POSTS - frozenset("captain skipper lock wing centre forward".split()) | frozenset(
    "centre-back centre-half batsman bowler spinner wicketkeeper all-rounder".split())


# a definite description of one person by post, with a club, country or place before it: "the Liverpool player",
# "the former Scotland international", "the Old Trafford boss", "the columnist"
_EPITHET = re.compile(r"[Tt]he[^\S\n]+(?:former[^\S\n]+)?(?P<mods>(?:[A-Z][\w’'&.\-]*[^\S\n]+){0,3})"
                      r"(?P<adjs>(?:[a-z][a-z\-]+[^\S\n]+){0,2})(?P<head>[a-z][a-z\-]+)")
_CLUB_POSTS = CLUB_POSTS - PLAYER_POSTS | {"coach"}  # a club's people besides its players
_PLACE_TAGS = frozenset("crytk")  # the gazetteer's countries, regions, cities, towns and continents


def _is_place(words: str) -> bool:
    """A place the gazetteer knows, written whole ("Old Trafford", "West Bromwich") or each word one ("Sale")."""
    table = gazetteer()
    return bool(_PLACE_TAGS.intersection(table.get(words, ""))) or all(
        _PLACE_TAGS.intersection(table.get(w, "")) for w in words.split())


def _player_like(post: str) -> bool:
    """A player's post ("striker", "international", "player"), not an office ("director", "coach")."""
    return post in PLAYING_POSITIONS or post in PLAYER_POSTS or post in ("player", "international", "star")


def person_described(speakers: Speakers, description: str, at: int) -> str | None:
    """The one person a definite description of one person stands for: the person the article states
    the post of ("columnist Ai Jun", "Lions coach Clive Woodward") when it states it of no one else;
    for a club's or country's man ("the Liverpool player", "the former Scotland international") with no
    one stated so, the person the text turned to last, as sports reports write it."""
    m = _EPITHET.fullmatch(description)
    if not m:
        return None
    head, mods = m.group("head"), frozenset(m.group("mods").split())
    adjectives = frozenset(m.group("adjs").split())  # "the foreign secretary": stated with the post, never guessed
    if not (is_person_role(head) or head in PLAYING_POSITIONS):
        return None  # "the statement", "the bank": no person's post
    stated = _stated_as(speakers, head, mods | adjectives, at)
    if len(stated) == 1:
        return next(iter(stated))
    if stated or adjectives or not mods or not (_player_like(head) or head in _CLUB_POSTS) \
            or not _is_place(m.group("mods").strip().lower()):
        return None  # an office outside sport ("the Texas senator", "the Tesco boss", "the Labour chairman") is
        # found only where stated; clubs are named for places, national sides for countries
    club_of = _club_of_player(speakers)
    text = speakers.doc.text
    lo = max(speakers.timeline.headline_end, at - 600)
    spoke = [(where, name) for where, name in speakers.attributions if lo <= where < at]
    written = [(where, name) for name, posts in posted(speakers).items() for where, _words in posts if lo <= where < at]
    for start, name in reversed(sorted(speakers.timeline.between(lo, at) + spoke + written)):  # "skipper Jason Robinson"
        if name in ("m", "f") or OBJECT_OF.search(text, max(0, start - 60), start):
            continue
        name = speakers.full(name)
        if not NAME_LIKE.match(name) or not speakers.is_person(name) or not_person(name):
            continue
        posts = _posts_of(speakers, name)
        if posts and not any(_player_like(p) == _player_like(head) for p in posts):
            continue  # "Club director Terry Brady": not "the former Scotland international"
        if name in mods or club_of.get(name.rsplit(" ", 1)[-1], "") not in mods | {""}:
            continue  # the club itself, or "Arsenal's Thierry Henry": not "the Chelsea player"
        return name
    return None


def _club_of_player(speakers: Speakers) -> dict[str, str]:
    """Surname → the club the article ties its player to ("Everton's Thomas Gravesen", "G Ross (Leeds)")."""
    if speakers.player_clubs is None:
        speakers.player_clubs = {}
        for m in _CLUB_OF_PLAYER.finditer(speakers.doc.text):
            club = m.group("c") or m.group("c2") or m.group("c3")
            named = m.group().rsplit(None, 1)[-1] if m.group("c") else m.group().split(None, 1)[0].split("(")[0]
            if named[:1].isupper() and not m.group("c3") and club.lower() not in CLUB_SUFFIXES:
                # (not "Manchester United's Alex Ferguson": "United" is half a name, as "Old Trafford" may be)
                speakers.player_clubs.setdefault(named, club)
    return speakers.player_clubs


def _stated_as(speakers: Speakers, head: str, mods: frozenset[str], at: int) -> set[str]:
    """The people the article writes, before ``at``, with the post ``head`` right before their name ("Lions
    coach Clive Woodward", "columnist Ai Jun") or ending an apposition ("Marco Rubio, the Florida senator,"),
    with the description's club or country there too ("England coach Andy Robinson" is not "the Wales
    coach") and no qualifier that makes it another post ("shadow chancellor", "former president")."""
    forms = title_forms(head)
    low = {m.lower() for m in mods}
    found: set[str] = set()
    for name, posts in posted(speakers).items():
        for where, words in posts:
            if where < at and words[-1] in forms and not OTHER_TITLE.intersection(words) \
                    and low <= {w.removesuffix("’s").removesuffix("'s") for w in words}:
                found.add(name)
    return found


def _posts_of(speakers: Speakers, name: str) -> set[str]:
    """The posts the article writes right before ``name`` or ending an apposition with it, but past
    ones ("former Southampton manager Gordon Strachan" may be "the former Scotland international")."""
    return {words[-1] for _where, words in posted(speakers).get(name, ()) if not OTHER_TITLE.intersection(words)}


def posted(speakers: Speakers) -> dict[str, list[tuple[int, list[str]]]]:
    """Each person's name → the lower-cased words that state a post of theirs: the words before the name
    in its clause ending in a role noun ("Wales coach Mike Ruddock"), and an apposition after it ending
    in one ("Marco Rubio, the Florida senator,")."""
    if speakers.post_words is None:
        speakers.post_words = {}
        text = speakers.doc.text
        for start, end, name, _titled in speakers.timeline.runs():
            if start < speakers.timeline.headline_end or not NAME_LIKE.match(name):
                continue
            before, cut, apposed = speakers.post_window(start, end, len(text))
            run = text[start:end].split()
            title = run[:run.index(name.split()[0])] if name.split()[0] in run else []  # "President Saakashvili"
            stated = [w.lower().rstrip(".") for w in before[cut + 1:].split() + title][-4:]
            apposed = [w.lower().rstrip(".") for w in apposed.split()]
            stated = [stated, apposed] if apposed and apposed[0] in ("the", "a", "an") else [stated]
            stated = [w for w in stated if w and (is_person_role(w[-1]) or w[-1] in PLAYER_POSTS
                                                  or w[-1] in PLAYING_POSITIONS or w[-1] in TITLE_ABBREVIATIONS)]
            if not stated or not_person(name) or speakers.timeline.in_quote(start):
                continue  # the name tests last: most names are written with no post
            full = speakers.full(name)
            if speakers.is_person(full):
                speakers.post_words.setdefault(full, []).extend((start, words) for words in stated)
    return speakers.post_words


def not_person(name: str) -> bool:
    """Known not to be one person: an acronym ("NRA"), a place, organisation or team by the
    gazetteer, or a people ("German", "Young Latinos", "Asian Americans")."""
    words = name.split()
    last = words[-1]
    if len(words) == 1 and last.isalpha() and last.isupper() and len(last) > 1:
        return True
    table = gazetteer()
    tags = table.get(last.lower(), "")
    if "d" in tags or (last.endswith("s") and "d" in table.get(last[:-1].lower(), "")):
        return True
    if len(words) == 1 and "w" in tags and not any(t in tags for t in "spf"):
        return True  # a common word: "Women", "Gamers" opening a sentence
    return len(words) == 1 and any(t in tags for t in "crykoe") and "p" not in tags
