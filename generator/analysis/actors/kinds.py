"""Kinds: one kind per name for the whole article, and the short forms that name a person or body
given in full.

Strengths of the cues a name gets add up ("one sense per discourse", Gale, Church & Yarowsky
1992); surnames, first names and an organisation's first word alone join the full name they
belong to.
"""
from __future__ import annotations

import re

from . import lexicon as lx
from .namesakes import Namesakes
from .neighbours import DETERMINERS, KIN, NOUN_BEFORE, POSSESSIVES, kin_role, market_index, named_by_body_noun
from .seats import SEATS
from .spans import Span
from .word_tests import (CHAMBERS, LEADER_BODIES, PERSON_FIRST, PLACE_STRONG, common_last, in_lower_case, one_edit,
                         plain_common)
from ..names import ROLE_HEADS

DATELINE = 4  # the strength of a dateline's place: as strong as 3, and known to be a dateline
_PLACE_VERBS = frozenset("visit visits visited visiting toured left leave reached entered invaded".split())
_SURNAME_TITLES = frozenset("president premier mr mr. mrs mrs. ms ms. dr dr. prof prof.".split())  # "Dr Khoo", "President Xi":
# before a surname written first (Khoo Kay Peng, Xi Jinping), when the word is no given name
_FIRST_NAME_TITLES = frozenset(("sir", "dame"))  # before a first name alone; "Prince Charles" is no Charles Kennedy
# a royal title, before the given name of a full name first written with it ("Crown Prince Abdullah bin Abdulaziz",
# then "Prince Abdullah"); the titles of Arab and European royalty (Wikipedia, "Royal and noble ranks")
EUROPEAN_ROYAL_TITLES = frozenset("prince princess king queen".split())
_ROYAL_TITLES = EUROPEAN_ROYAL_TITLES | frozenset("sheikh sheikha emir sultan".split())
KINDS = {"PER": "person", "ORG": "organization", "LOC": "place", "GROUP": "group"}


# UK parties' one-word names, which are also towns' in the gazetteer ("Liberal", Kansas), and the nouns of their
# members and offices after them ("Liberal MPs", "the Labour leader"); from the parties in the House of Commons
_PARTY_WORDS = frozenset("liberal liberals labour conservative conservatives tory tories unionist unionists".split())
_MEMBER_AFTER = frozenset("""mp mps leader leaders party peer peers candidate candidates voters government councillor
    councillors minister ministers member members activists supporters""".split())


def parties(spans: list[Span], kinds: dict[str, str | None]) -> dict[str, str]:
    """A party's word read as a place, before its members' noun ("14 Liberal MPs"): the party."""
    if not any(kinds.get(w) == "LOC" for w in _PARTY_WORDS):
        return {}
    return {sp.key: "ORG" for sp in spans if kinds.get(sp.key) == "LOC" and sp.key in _PARTY_WORDS
            and sp.next is not None and sp.next.lower in _MEMBER_AFTER}


_SCHOOL_WORDS = frozenset("university college polytechnic".split())  # "Loyola University Maryland"


def schools(kinds: dict[str, str | None]) -> dict[str, str]:
    """A university or a college read as a place for the place in its name ("University of the Highlands and
    Islands", "Loyola University Maryland"): the institution."""
    return {key: "ORG" for key, kind in kinds.items() if kind == "LOC" and " " in key
            and not _SCHOOL_WORDS.isdisjoint(key.split())}


def _untitled(out: dict, spans: list[Span]) -> dict:
    """``out`` without the names a role or a person's title stands before at some mention ("Mr Samuel"): a person's."""
    if out:
        for sp in spans:
            if sp.key in out and (sp.role or sp.prev is not None and sp.prev.lower in lx.PERSON_TITLES):
                out.pop(sp.key, None)
    return out


def storms_by_name(kinds: dict[str, str | None]) -> dict[str, str]:
    """A storm's given name alone after its full name ("Hurricane Mitch. Mitch killed about 10,000 people"): the
    storm's, an event, no person."""
    out = {}
    for key, kind in kinds.items():
        first, _, name = key.partition(" ")
        if kind == "MISC" and first in lx.STORM_WORDS and name and " " not in name and kinds.get(name) == "PER":
            out[name] = "MISC"
    return out


def branches(kinds: dict[str, str | None], table: dict[str, str]) -> dict[str, str]:
    """A body's first word before a place, read as a person ("Breitbart London's Raheem Kassam", "Breitbart
    Texas editor Brandon Darby" beside "Breitbart News"): the body's office or edition there, no person."""
    firsts = {key.split(" ", 1)[0] for key, kind in kinds.items() if kind == "ORG" and " " in key}
    if not firsts:
        return {}
    out = {}
    for key, kind in kinds.items():
        if kind == "PER" and key.count(" ") == 1:
            first, last = key.split(" ")
            if first in firsts and lx.BIG_PLACE_TAGS.intersection(table.get(last, "")) and not PERSON_FIRST.intersection(
                    table.get(first, "")):
                out[key] = "ORG"
    return out


def common_words_bodies(spans: list[Span], kinds: dict[str, str | None], table: dict[str, str]) -> dict[str, str]:
    """A name of several words read as a person's, each a common word of no name's kind ("says Age Concern", "from
    Families Need Fathers", "Sky Networks' Sophie Turner Laing"): no given name, no surname, so a body's name, unless
    a title or a role stands before a mention ("Judge Learned Hand")."""
    out = {}
    for key, kind in kinds.items():
        if kind == "PER" and " " in key and all(plain_common(table.get(w, "")) for w in key.split()):
            out[key] = "ORG"
    if out:
        for sp in spans:
            if sp.key in out and (sp.role or sp.hint == "PER" and sp.strength >= 3):
                out.pop(sp.key, None)
    return out


def bodies_by_noun(spans: list[Span], kinds: dict[str, str | None], text: str, table: dict[str, str]) -> dict[str, str]:
    """A name shaped like a person's that a body's noun stands right before at one mention ("investment firm Grant
    Samuel", then "Grant Samuel said"): the body, its last word alone too ("Andersen" after "auditors Arthur
    Andersen"), unless a title or a role stands before a mention ("Mr Samuel")."""
    out = {}
    for sp in spans:
        if sp.hint == "ORG" and sp.strength == 3 and sp.prev is not None and sp.prev.lower in NOUN_BEFORE and kinds.get(
                sp.key) in ("PER", "ORG") and len(sp.tokens) > 1 and "f" in table.get(sp.tokens[0].lower, "") and (
                named_by_body_noun(sp, text, table)):
            out[sp.key] = "ORG"  # (opened by a given name: "supporters' group Shareholders United" is a body's anyway)
    return _untitled(out, spans)


# the market commentators business news quotes by their employer after "at" ("Group Economist at Halifax", "an analyst
# at Nomura"): each works for a bank, a broker or a firm, never for a town
_FIRMS_STAFF_AT = re.compile(r"\b(?i:economists?|analysts?|strategists?|dealers?|traders?|brokers?)[ \t]+$")


def employers_at_posts(spans: list[Span], kinds: dict[str, str | None], text: str, table: dict[str, str]) -> dict[str, str]:
    """A town's name after a market commentator's post and "at" ("Tim Crawford, Group Economist at Halifax"): the
    firm named after the town (the bank), wherever the article names it; no country or region is one."""
    out = {}
    for sp in spans:
        if sp.prev is not None and sp.prev.lower == "at" and kinds.get(sp.key) == "LOC" and _FIRMS_STAFF_AT.search(
                text, max(0, sp.prev.start - 16), sp.prev.start) and text[sp.end:sp.end + 2] not in ("'s", "’s") and (
                not PLACE_STRONG.intersection(table.get(sp.key, ""))):  # (not "an analyst at London's X")
            out[sp.key] = "ORG"
    return out


def things_by_determiner(spans: list[Span], kinds: dict[str, str | None], table: dict[str, str]) -> dict[str, None]:
    """A given name and a common word that is no surname ("Mac Mini", "Mac Format") read as a person's, after an
    article or a possessive at a mention ("the Mac Mini is", "his Mac Mini"), with no role nor title anywhere: a
    product's or a title's name, no actor (a person's name takes no article of its own)."""
    out: dict[str, None] = {}
    for sp in spans:
        if len(sp.tokens) == 2 and sp.prev is not None and sp.prev.lower in DETERMINERS and kinds.get(
                sp.key) == "PER" and "f" in table.get(sp.tokens[0].lower, "") and common_last(sp.tokens, table):
            out[sp.key] = None
    return _untitled(out, spans)


def modifiers_by_possessive(spans: list[Span], kinds: dict[str, str | None], table: dict[str, str]) -> dict[str, None]:
    """A name read as a person's by its shape alone, opened by no given name, named once between a possessive
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
                and "f" not in table.get(sp.tokens[0].lower, "")):
            out[sp.key] = None
    return _untitled(out, spans)


# a post, then the body it is held at ("editor of Mac Format", "analyst Mike Powell of Dresdner Kleinwort Wasserstein")
POST_AT = re.compile(r"\b([\w-]+)[ \t]+(?:of|at|for)[ \t]+(?:the[ \t]+)?(.+)$")


def employers_named_like_people(spans: list[Span], kinds: dict[str, str | None], table: dict[str, str]) -> dict[str, str]:
    """A given name and a common word that is no surname nor given name ("Mac Format") read as a person's, named at
    the end of another person's post after "of", "at" or "for" ("Graham Barlow, editor of Mac Format"): the post
    holder's employer, a publication or a firm, decided before the given name alone could join it as a person's (the
    names no given name opens are turned with the rows, ``rows._employers``)."""
    out = {}
    for sp in spans:
        role = sp.role
        if role and (" of " in role or " at " in role or " for " in role):
            m = POST_AT.search(role)
            if m is None or m.group(1).lower() not in ROLE_HEADS or m.group(1).lower() in KIN:
                continue
            words = m.group(2).lower().split()
            if len(words) == 2 and kinds.get(m.group(2).lower()) == "PER" and "f" in table.get(words[0], "") and (
                    plain_common(table.get(words[1], ""))):
                out[m.group(2).lower()] = "ORG"
    return _untitled(out, spans)


# capitals after a surname: postnominal letters and honours, a person's (Debrett's, "Forms of address": MBE, OBE ...)
_POSTNOMINALS = frozenset("mbe obe cbe kbe dbe gbe qc kc mp mep msp am pm jr sr phd md".split())


def _surname_only(tags: str) -> bool:
    return "s" in tags and "w" not in tags  # "Hawkins", not "World" nor "Morning"


def bodies_by_capitals(spans: list[Span], kinds: dict[str, str | None], table: dict[str, str]) -> dict[str, str]:
    """A name read as a person's with a word of three capitals or more before its last word ("Exane BNP Paribas",
    "ABN Amro"): a firm's name built on another firm's acronym; no person's name holds one (a person's
    capitals are initials, "JP", or letters after the surname, "OBE"), but for initials run together before a
    surname ("AWR Hawkins")."""
    out = {}
    for sp in spans:
        if len(sp.tokens) > 1 and kinds.get(sp.key) == "PER" and not sp.role and any(
                len(t.text) >= 3 and t.text.isupper() and t.text.isalpha() and t.lower not in _POSTNOMINALS
                and (t is not sp.tokens[0] or not _surname_only(table.get(sp.tokens[-1].lower, ""))) for t in sp.tokens[:-1]):
            out[sp.key] = "ORG"
    return out


def bodies_by_last_word(spans: list[Span], kinds: dict[str, str | None], table: dict[str, str]) -> dict[str, str]:
    """A name read as a person's by its shape alone, opened by no given name ("MG Rover"), whose last word alone the
    article makes a body by its own cues ("Rover's investors", "Neither Rover nor Shanghai Automotive"): the body's
    full name, not a person whose surname the body's short form would be (one sense per discourse, as ``resolve``)."""
    orgs = {sp.key for sp in spans if len(sp.tokens) == 1 and sp.hint == "ORG" and sp.strength >= 2
            and kinds.get(sp.key) == "ORG" and not sp.caps_line}
    if not orgs:
        return {}
    out = {}
    for sp in spans:
        if len(sp.tokens) > 1 and sp.tokens[-1].lower in orgs and kinds.get(sp.key) == "PER" and not (
                sp.hint == "PER" and sp.strength >= 2) and "f" not in table.get(sp.tokens[0].lower, ""):
            out[sp.key] = "ORG"
    return _untitled(out, spans)


# a people's championships or games named by its adjective ("the European Indoor Championships", "the Commonwealth
# Games"): the people's plural alone then names the event ("at the Europeans"; BBC sport usage)
_CHAMPIONSHIPS = re.compile(r"\b((?:[A-Z][a-z]+[ \t]+){1,3})(?:Championships|Games)\b")


def championships_by_people(spans: list[Span], kinds: dict[str, str | None], text: str) -> dict[str, str]:
    """A people's plural ("Europeans") in an article that names the championships of its adjective ("European
    Championships"), after "the" at every mention: the championships, an event, no group."""
    groups = {key for key, kind in kinds.items() if kind == "GROUP" and key.endswith("s") and " " not in key}
    if not groups or "Championships" not in text and "Games" not in text:
        return {}
    # each word of the run: "The European Indoor Championships" opening a sentence is the Europeans'
    named = {w.lower() + "s" for m in _CHAMPIONSHIPS.finditer(text) for w in m.group(1).split()} & groups
    if not named:
        return {}
    out = {key: "MISC" for key in named}
    for sp in spans:
        if sp.key in out and (sp.prev is None or sp.prev.lower != "the" or sp.caps_line):
            out.pop(sp.key)  # "Europeans have long ..." : the people
    return out


def resolve(votes: dict[str, dict[str, int]]) -> dict[str, str | None]:
    out = {}
    for key, v in votes.items():
        if len(v) == 1:  # most names: one kind only
            [best] = v.items()
        else:
            best = max(v.items(), key=lambda kv: (kv[1], kv[0] == "PER", kv[0] == "LOC"))
        out[key] = best[0] if best[1] > 0 else None
    return out


# the heads of a body named after its leader ("the Obama Administration", "the Obama White House", "Trump campaign")
_LEADERS_BODIES = LEADER_BODIES | {"house", "government", "cabinet"}


def surname_keys(spans: list[Span], kinds: dict[str, str | None], from_context: dict[str, str], text: str,
              table: dict[str, str]) -> dict[str, str]:
    """Last word of each full personal name -> that name's key; first word of an organisation's
    name -> its key ("Ruch" for "Ruch SA"), marked with a leading "@"."""
    out: dict[str, str] = {}
    two_chambers: set[str] = set()
    bodies = None  # one-word names a band's noun stands before ("band Kasabian"): asked for when needed
    dated: set[str] | None = None  # the dateline's city, asked for when needed
    for sp in spans:
        n = len(sp.tokens)
        if n < 2:
            continue  # one word: no full name to take a part of
        kind = kinds.get(sp.key)
        if n > 2 and kind == "PER" and sp.tokens[-1].lower in lx.GENERATIONS:
            out.setdefault(sp.tokens[-2].lower, sp.key)  # "Harris" after "Harry B. Harris Jr."
        if kind == "PER":
            last = sp.tokens[-1].lower
            if kinds.get(last) == "ORG":
                if bodies is None:
                    bodies = _cued_bodies(spans)
                if last in bodies:
                    last = ""  # "band Kasabian" beside "Linda Kasabian", whom the band is named after: the band's own
            if last:
                out.setdefault(last, sp.key)
            if out.setdefault("^" + sp.tokens[0].lower, sp.key) != sp.key:
                out["?" + sp.tokens[0].lower] = sp.key  # a first name two people bear ("Bill Cosby", "Bill Clinton")
            if sp.role and sp.role.rsplit(None, 1)[-1].lower() in _ROYAL_TITLES:
                out.setdefault("!" + sp.tokens[0].lower, sp.key)  # "Prince Saud Al-Faisal": "Prince Saud" later
            if n > 2 and "f" not in table.get(sp.tokens[-2].lower, "f") and (
                    sp.tokens[-2].lower not in lx.NAME_PARTICLES):
                out.setdefault(sp.tokens[-2].lower, sp.key)  # "Acosta" after "Melba Acosta Febo": a father's surname
            if n > 3 and sp.tokens[-2].lower in lx.NAME_PARTICLES:
                out.setdefault(sp.tokens[-3].lower, sp.key)  # "Lula" after "Luiz Inacio Lula da Silva": the name before "da"
            if n > 2:  # "Le Pen", "van Gaal", "Wasserman Schultz", "Peña Nieto": a two-word surname
                out.setdefault(sp.tokens[-2].lower + " " + sp.tokens[-1].lower, sp.key)
                if not (n == 3 and sp.tokens[-1].lower in lx.GENERATIONS):  # "Donald Trump" is not "Donald Trump Jr."
                    out.setdefault("^" + sp.tokens[0].lower + " " + sp.tokens[1].lower, sp.key)  # "Juan Carlos" (Ferrero)
            k = next((k for k, t in enumerate(sp.tokens[1:-1], 1) if t.lower in lx.NAME_PARTICLES), 0)
            if k and n - k > 2:  # "Van der Westhuizen" after "Joost van der Westhuizen"
                out.setdefault(" ".join([t.lower for t in sp.tokens[k:]]), sp.key)
        elif kind == "MISC" and sp.tokens[-1].lower in lx.MISC_HEADS:
            out.setdefault(sp.tokens[-1].lower, sp.key)  # "the Bill" after "the Terrorism Bill": no actor either
        elif kind == "MISC" and market_index(sp, text, table):
            out.setdefault("%" + sp.tokens[0].lower, sp.key)  # "the Dow" after "the Dow Jones industrial average"
        elif kind == "ORG" and (sp.strength >= 2 or sp.key in from_context):
            if dated is None:
                dated = {x.key for x in spans if x.strength == DATELINE}
            if sp.tokens[0].lower not in CHAMBERS and sp.tokens[0].lower not in dated:
                # (not "Jackson" for "Jackson State University" where the dateline is JACKSON: the word is the city's)
                out.setdefault("@" + sp.tokens[0].lower, sp.key)
            elif sp.tokens[1].lower == "of":  # "the House": no "House Republicans", "House Intelligence Committee"; its
                # own full name ("House of Representatives") takes it, however strongly "the House" was read as a
                # chamber, but not one of two ("House of Lords", "House of Commons")
                if out.setdefault("@" + sp.tokens[0].lower, sp.key) != sp.key:
                    two_chambers.add("@" + sp.tokens[0].lower)
            if sp.key in from_context and sp.key not in SEATS:  # not "House" after "White House"
                out.setdefault("@" + sp.tokens[-1].lower, sp.key)  # "Rover" after "MG Rover", a firm by its context
        if kind == "MISC" and sp.tokens[-1].lower == "festival" and sp.tokens[0].lower not in table:
            out.setdefault("%" + sp.tokens[0].lower, sp.key)  # "at Sundance" after "the Sundance Film Festival" (not
            # "Cannes": a town the gazetteer knows)
    for key in two_chambers:
        del out[key]
    _short_forms(spans, kinds, table, out)
    return out


def _short_forms(spans: list[Span], kinds: dict[str, str | None], table: dict[str, str], out: dict[str, str]) -> None:
    """A one-word name of no kind, five letters or more, that opens a longer one-word body's name by three letters
    or more: the body's short form ("Yugansk" for "Yuganskneftegas"), "@"-marked. (Only a word no list knows is left
    with no kind, classify's weak default; the table test keeps it so should that change.)"""
    long = [k for k, v in kinds.items() if v == "ORG" and len(k) >= 8 and " " not in k]
    if not long:
        return
    for key, kind in kinds.items():
        if kind is None and len(key) >= 5 and " " not in key and key not in table:
            full = [k for k in long if k.startswith(key) and len(k) - len(key) >= 3]
            if len(full) == 1:
                out.setdefault("@" + key, full[0])


# a band's noun right before its name (Wikipedia "Musical ensemble": band, group, duo, trio, quartet, quintet)
_BANDS = frozenset("band group duo trio quartet quintet".split())


def _cued_bodies(spans: list[Span]) -> set[str]:
    """One-word names a band's noun stands right before once at least ("band Kasabian")."""
    return {sp.key for sp in spans if len(sp.tokens) == 1 and sp.prev is not None and sp.prev.lower in _BANDS}


def typo_surnames(surnames: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The one-word surnames of six letters or more (no marked given name, body or index key) a typo may miss:
    (surname, full name), once a text."""
    return tuple((s, full) for s, full in surnames.items() if len(s) > 5 and s[0] not in "^?@%!" and " " not in s)


def _misspelt_surname(word: str, candidates: tuple[tuple[str, str], ...]) -> str | None:
    """The full name whose surname is ``word`` with one letter more, less or changed, not the first nor the last:
    a last letter makes another name ("Samokhvalov" and "Samokhvalova", a man and a woman) or a plural ("the
    Clintons")."""
    for surname, full in candidates:
        if one_edit(word, surname) and word[-1] == surname[-1]:
            return full
    return None


# verbs that follow a subject: after a body's first word, that word is the body ("State has been reviewing"); the
# primary auxiliaries' and the central modals' finite forms (Quirk et al. 1985, A Comprehensive Grammar of the English
# Language, ch. 3) and "said"/"says", news English's commonest verb after a subject
_FINITE = frozenset("has had have is was are were will would can could may might must should said says did does do".split())


def final_kind(sp: Span, kinds: dict[str, str | None], surnames: dict[str, str],
                from_context: dict[str, str], players: bool = False,
                namesakes: Namesakes | None = None,
                typos: tuple[tuple[str, str], ...] = (), text: str = "") -> tuple[str | None, str]:
    """``typos``: ``typo_surnames(surnames)``, listed once per text by the caller; ``text``: the article's."""
    key = sp.key
    own = kinds.get(key)
    if len(key) < 2:
        return None, key
    n = len(sp.tokens)  # (asked at every test below: once)
    if 1 < n <= 3 and key in surnames and (sp.tokens[0].lower in lx.NAME_PARTICLES or n == 2 and own in (None, "PER")):
        return "PER", surnames[key]  # "Le Pen" after "Marine Le Pen", "Wasserman Schultz" after "Debbie Wasserman Schultz"
    if n == 2 and "^" + key in surnames and own in (None, "PER") and not sp.role:
        return "PER", surnames["^" + key]  # "Juan Carlos" after "Juan Carlos Ferrero": two given names
    if n == 1 and key in surnames and _surname_of(sp, own, surnames[key], players):
        full = namesakes.owner(sp, surnames[key]) if namesakes and key in namesakes else surnames[key]
        return ("MISC" if kinds.get(full) == "MISC" else "PER"), full
    if n == 1 and own == "PER" and len(key) > 5 and key not in surnames and not lx.gazetteer().get(key):
        full = _misspelt_surname(key, typos)
        if full:
            return "PER", full  # "Sharption" beside "Al Sharpton", "Daveport" beside "Lindsay Davenport": a typo
    if n == 1 and "%" + key in surnames and (own in (None, "PER", "ORG") or own == "LOC" and key not in lx.gazetteer()):
        return "MISC", surnames["%" + key]  # an index's first word alone: no actor either
    if n == 1 and key.endswith("s") and key[:-1] in surnames and own != "LOC":
        if namesakes and key[:-1] in namesakes:
            return None, key  # "the Clintons" beside Bill and Hillary Clinton: both, no one's row
        return "PER", surnames[key[:-1]]  # "the Clintons"
    if n == 1 and "@" + key in surnames and (sp.strength < 3 or _town_code_of_body(sp) or key in CHAMBERS) and not (
            _town_gone_to(sp, text)) and not (
            sp.hint == "PER" and ("^" + key in surnames and "?" + key not in surnames or "p" in lx.gazetteer().get(key, "")
                                  and surnames["@" + key].rsplit(" ", 1)[-1] in _LEADERS_BODIES)):
        # ("Bernie's campaign" beside "Bernie Sanders" and the "Bernie Delegates Network": a person's cue makes the
        # first name the one person's who bears it, not the body's first word; "Hillary And Obama Hid It" beside "the
        # Obama Administration": a known person's name read as a person's is the person's, not the body's named
        # after the person's office)
        if sp.tokens[0].initial and key[-1] == "s" and "w" in lx.gazetteer().get(key[:-1], ""):
            return None, key  # "Investors are concerned" beside "Investors Bank and Trust": a common plural
        if sp.tokens[0].initial and text and sp.next is not None and sp.next.text.isalpha() and sp.next.text.islower(
                ) and sp.next.lower not in _FINITE and "w" in lx.gazetteer().get(key, "") and in_lower_case(key, text):
            return None, key  # "Open source software is ..." beside "Open Source Development Labs" and "open-source
            # projects": a common word opening its sentence before a noun, which the article also writes in lower
            # case (not "State has been reviewing ...", the department as its subject)
        return "ORG", surnames["@" + key]
    if n == 1 and "^" + key in surnames and (
            sp.strength < 3 or sp.hint == "PER" and (not sp.role or kin_role(sp.role))  # "the couple's daughter, Chelsea"
            or sp.prev is not None and (sp.prev.lower in _FIRST_NAME_TITLES or sp.prev.lower in _SURNAME_TITLES
                                                        and "f" not in lx.gazetteer().get(key, ""))):
        return "PER", surnames["^" + key]  # a first name alone ("Jansher" for Jansher Khan, "Sir Menzies")
    if n == 1 and sp.prev is not None and sp.prev.lower in _ROYAL_TITLES and "!" + key in surnames:
        return "PER", surnames["!" + key]  # "Prince Saud" after "Foreign Minister Prince Saud Al-Faisal"
    if key in from_context and not (sp.hint == "LOC" and sp.prev is not None and sp.prev.lower == "in"
                                    and key not in SEATS):
        return own, key  # the words around all mentions beat a shape ("Barcelona" the club; but "in Barcelona";
        # a government's seat is one body, "in Downing Street" too)
    if sp.strength >= 3 and sp.hint != own and sp.hint in KINDS:
        return sp.hint, key  # strong local evidence (a dateline, a title) beats the article's vote
    return own, key


# the words before a town's name that make it the town, not the body named after it that the article also names
# ("came to Manchester" beside "Manchester Memorial High School"): "in" and its like (not "at" or "from": "taught at
# Lincoln", "graduated from Lincoln" name the school as often), and "to" after a verb of motion
_IN_TOWN = frozenset("in near into outside inside across around through towards toward".split())
_MOTION = re.compile(r"\b(?:came|come|comes|coming|moved|move|moves|moving|went|go|goes|going|returned|returning|"
                     r"travelled|traveled|flew|fled|headed|relocated)[ \t]+to[ \t]+$")


def _town_gone_to(sp: Span, text: str) -> bool:
    """Whether a one-word mention the gazetteer knows as a city, a region or a country stands after "in" or a verb of
    motion and "to" ("came to Manchester"): the place."""
    prev = sp.prev
    if prev is None or not lx.BIG_PLACE_TAGS.intersection(lx.gazetteer().get(sp.key, "")):
        return False
    return prev.lower in _IN_TOWN or prev.lower == "to" and _MOTION.search(text, max(0, prev.start - 14), sp.start) is not None


def _town_code_of_body(sp: Span) -> bool:
    """An acronym the gazetteer has as a town's alone ("SBC", a GeoNames code), that opens a body's name in the
    article ("SBC Communications"): the body's short form, but after a place's cue ("in LA" beside "LA Galaxy")."""
    return sp.tokens[0].caps and sp.hint == "LOC" and len(sp.key) <= 5 and lx.gazetteer().get(sp.key) in ("y", "t") and (
        sp.prev is None or sp.prev.lower not in lx.PLACE_CUES)


def _surname_of(sp: Span, own: str | None, full: str, players: bool = False) -> bool:
    """Whether a one-word mention is the last word of the name ``full`` that the article gives
    in full ("Clinton" after "Hillary Clinton"), although the gazetteer knows the word as a place.
    In a report of a sport of players (``players``: tennis, golf) it is, but at a dateline or a place cue."""
    table = lx.gazetteer()
    if not lx.BIG_PLACE_TAGS.intersection(table.get(sp.key, "")):
        return True  # at most a small town: "trust in Clinton"
    if sp.strength == DATELINE or sp.caps_line or sp.prev is not None and (
            sp.prev.lower in lx.PLACE_CUES or sp.prev.lower in _PLACE_VERBS):
        return False  # "WASHINGTON (AP)", "in Jordan", "visited Jordan"
    if players or not (sp.hint == "LOC" and sp.strength >= 3 and own == "LOC"):
        return True  # "the 11th-seeded Washington" after "MaliVai Washington" in a tennis report
    first = table.get(full[:full.find(" ")], "")
    return "f" in first and "w" not in first  # "Jordan defends his film" after "Neil Jordan"; not "Stade de France"


# a poll or a survey named by its pollster ("a national Gallup Poll", "Gallup's survey", "a Monmouth poll"): the
# pollster's name (AP Stylebook, "polls and surveys": name the organisation that conducted the poll)
_POLL_AFTER = re.compile(r"(?:[ \t]?['’]s)?[ \t]+(?:[Pp]oll|survey)\b")


def pollsters(spans: list[Span], kinds: dict[str, str | None], text: str, table: dict[str, str]) -> dict[str, str]:
    """A town's name right before "poll" or "survey": the pollster named after it, a firm or a university ("Gallup",
    "Monmouth", "Suffolk"); a state's or a country's poll is still the place's ("a Florida poll"), a person's name is
    left alone (a campaign's own poll), and so is a name of no kind (a survey's own: "the Tankan survey")."""
    out = {}
    for sp in spans:
        if kinds.get(sp.key) == "LOC" and not sp.caps_line and (
                sp.next is not None and sp.next.lower in _POLL_FIRST and _POLL_AFTER.match(text, sp.end)
                or sp.prev is not None and sp.prev.lower == "to" and text.endswith("according to ", 0, sp.start)
                ) and not PLACE_STRONG.intersection(table.get(sp.key, "")):
            out[sp.key] = "ORG"  # (and a town a figure is "according to": its source, "according to Gallup")
    return out


_POLL_FIRST = frozenset(("poll", "survey", "s", "'s", "’s"))


# the plural nouns of people that end a body's name written like a person's ("U.N. Women", "Mothers Against Drunk
# Driving" ends otherwise): no person's surname is one
_PEOPLE_PLURALS = frozenset("women men children people workers families parents mothers fathers veterans".split())


def bodies_by_plural_last(spans: list[Span], kinds: dict[str, str | None], table: dict[str, str]) -> dict[str, str]:
    """A name of several words read as a person's whose last word is a plural noun of people ("U.N. Women"): a body's
    name, unless a role or a title stands before a mention."""
    out = {}
    for key, kind in kinds.items():
        if kind == "PER" and " " in key and key[key.rfind(" ") + 1:] in _PEOPLE_PLURALS:
            out[key] = "ORG"
    return _untitled(out, spans)


# a body's noun, then "called" or "named" right before a name ("a Pakistan-based group called Lashkar-e-Taiba", "a
# charity named Kids Company"): the body's name
_CALLED_BEFORE = re.compile(r"\b(?:group|organi[sz]ation|movement|faction|militia|network|charity|company|firm|party|"
                            r"band|outfit|coalition|campaign)[ \t]+(?:called|named|known[ \t]+as)[ \t]+$")


def bodies_called(spans: list[Span], kinds: dict[str, str | None], text: str) -> dict[str, str]:
    """A name after "group called", "a firm named" and the like: an organisation's, whatever its shape said."""
    out = {}
    for sp in spans:
        if sp.prev is not None and sp.prev.lower in ("called", "named", "as") and kinds.get(sp.key) != "ORG" and (
                _CALLED_BEFORE.search(text, max(0, sp.start - 40), sp.start)):
            out[sp.key] = "ORG"
    return _untitled(out, spans)


# a name said to be someone's kin ("Charlotte is going to be a big sister", "Sydney was his daughter"): a person, no
# town, whatever the gazetteer says (the kin nouns of ``neighbours.KIN`` news writes after "is a")
_KIN_PREDICATE = re.compile(
    r"[ \t]+(?:is|was|will[ \t]+be|is[ \t]+going[ \t]+to[ \t]+be|became|becomes)[ \t]+(?:a|an|the|his|her|their|my|our)"
    r"[ \t]+(?:(?:big|little|older|younger|elder|baby|twin|new|proud)[ \t]+)?(?:sister|brother|daughter|son|mother|"
    r"father|grandmother|grandfather|granddaughter|grandson|aunt|uncle|niece|nephew|cousin|wife|husband|widow|mom|"
    r"dad|mum)\b")


def people_by_kin(spans: list[Span], kinds: dict[str, str | None], text: str, table: dict[str, str]) -> dict[str, str]:
    """A town's name (no country's, region's or continent's: "Britain is a big brother" is a figure of speech) that
    the article says is someone's kin: a person's name."""
    out = {}
    for sp in spans:
        if kinds.get(sp.key) == "LOC" and sp.next is not None and sp.next.lower in _KIN_VERBS and (
                _KIN_PREDICATE.match(text, sp.end)) and not PLACE_STRONG.intersection(table.get(sp.key, "")):
            out[sp.key] = "PER"
    return out


_KIN_VERBS = frozenset("is was will became becomes".split())
