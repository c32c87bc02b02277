"""The gazetteer's tag sets and the tests of one word that trimming and typing a name share.

Tags are the gazetteer's one-letter kinds (see ``lexicon``): c country, r region, k continent,
y city, t town, o organisation, e event, p known person, f first name, s surname, d people's name,
h/j title, w common word.
"""
from __future__ import annotations

import re

from . import lexicon as lx
from .context import Context
from .spans import Span, Token
from ..names import not_yet_held
from ..regex_starts import word_starts

# Tag sets the tests ask about, built once (a set built per test cost more than the test)
ENTITY = frozenset("crykoep")
PLACE_STRONG = frozenset("crk")
PLACE_NAMED = frozenset("crky")  # a country, region, continent or city
# the second word of a compound modifier glued to a name, a description ("Washington-based", "a Trump-only campaign",
# "Apollo Project-type"; English hyphenation of compound adjectives)
AFFIX = frozenset("""based born led backed owned made run controlled held bound ruled speaking listed sponsored funded
    brokered financed dominated style themed only type like free""".split())
TOWN = frozenset("yt")
PERSON_TAGS = frozenset("fsp")  # a first name, a surname or a known person
GIVEN_OR_SURNAME = frozenset("fs")
PERSON_FIRST = frozenset("fp")  # a first name or a known person's: "Jack London" stays a person
SURNAME_OR_FIRST = frozenset("fsd")  # a surname, a first name or a demonym ("Georgia Republicans")
REGNAL = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())  # as written, in capitals
COMPASS_POINTS = frozenset("north south east west midwest northeast northwest southeast southwest".split())
COMPASS = frozenset("""north south east west northern southern eastern western new upper lower central greater northeast
    northwest southeast southwest""".split())
# words before a place's name that make a region of it ("South Wales", "Mid Wales", "Central Asia"): the compass words,
# and "Mid" of Wales' regions (Wikipedia, "Mid Wales")
REGION_WORDS = COMPASS | {"mid"}
IN_A_TOWN = frozenset({"in", "near", "outside", "inside", "around", "across"})
_SCORE = re.compile(r"\d{1,3}-\d{1,3}$")
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten twenty hundred".split())
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s$")
# verbs after a name's "'s" that no contracted "is" or "has" stands before ("Sainsbury's has cut", "Boots's fell"; not
# "'s said", "'s announced": "has said"), so the "'s" is the name's own (English finite forms, no past participle)
_OWN_S_VERB = re.compile(r"[ \t]+(?:has|is|was|fell|rose|says|expects)\b")


def owns_its_s(text: str, end: int) -> bool:
    """A name ending at ``end`` whose "'s" is its own, the name the subject of the verb after it: a firm named with
    its founder's possessive ("Sainsbury's has cut prices")."""
    return text[end:end + 2] in ("'s", "’s") and _OWN_S_VERB.match(text, end + 2) is not None


def is_title(t: Token, table: dict[str, str]) -> bool:
    """A title before a name: the lexicon's, or a word the gazetteer tags as one ("Gov.", "Major-General")."""
    word = not_yet_held(t.lower)  # "President-elect": a title still
    if "-" in word and not word.startswith("-"):  # "Major-General", "Lieutenant-Colonel"
        return all(p in lx.PERSON_TITLES or "h" in table.get(p, "") for p in word.split("-"))
    if word in lx.PERSON_TITLES:
        return True
    if word in lx.GENERIC_PEOPLE:
        return False
    tags = table.get(word, "")
    return "h" in tags or "j" in tags


def ends_in_place(run: list[Token], table: dict[str, str]) -> bool:
    """'Former South Carolina' before "Gov": the words end in a place's name of three words or fewer."""
    for k in range(max(0, len(run) - 3), len(run)):
        tags = table.get(" ".join([t.lower for t in run[k:]]), "")
        if PLACE_NAMED.intersection(tags) and (k < len(run) - 1 or "f" not in tags):
            return True  # not "Mary Queen (of Scots)": a first name that is also a town's
    return False


def plain_common(tags: str) -> bool:
    """A common word of no name's kind in the gazetteer ("hotel"; not "brown", also a surname)."""
    return "w" in tags and not PERSON_TAGS.intersection(tags) and not ENTITY.intersection(tags)


def team_town(tags: str) -> bool:
    """A state or a city that is no first name: "Florida", "Chicago" (not "George", a city too)."""
    return "c" in tags or "r" in tags or "y" in tags and "f" not in tags


def first_name(t: Token, table: dict[str, str]) -> bool:
    """A given name that is no common word ("Neil", "Christian"; not "Grace")."""
    tags = table.get(t.lower, "")
    return "f" in tags and "w" not in tags or "f" in tags and "d" in tags


def table_row(t: Token, tokens: list[Token], ctx: Context) -> bool:
    """'Reading 3 1 0 2 ...': in a sports report a name opening a row of figures is a team."""
    if t.i + 1 >= len(tokens) or not tokens[t.i + 1].text[0].isdigit():
        return False
    return ctx.sports or _SCORE.match(tokens[t.i + 1].text) is not None  # "Arsenal 2-1 Chelsea" in any report


def person_like(t: Token, table: dict[str, str]) -> bool:
    """The last word of a name that a title may precede: not a plain common word."""
    tags = table.get(t.lower, "")
    return t.lower not in lx.MISC_HEADS and (not tags or not PERSON_TAGS.isdisjoint(tags) or "w" not in tags)



def plural_acronym(t: Token, table: dict[str, str]) -> bool:
    """'GDRs', 'NGOs', 'ADRs': an acronym in the plural that the gazetteer does not know, no title ("MPs")."""
    return t.text[-1] == "s" and _PLURAL_ACRONYM.match(t.text) is not None and t.lower not in table and (
        t.lower[:-1] not in lx.PERSON_TITLES)


def plural_noun(t: Token, table: dict[str, str]) -> bool:
    """'Managers', 'Traders': the plural of a common word, no surname ("Jones")."""
    return t.lower.endswith("s") and "w" in table.get(t.lower[:-1], "") and not SURNAME_OR_FIRST.intersection(
        table.get(t.lower, ""))


def personal(span: Span, table: dict[str, str]) -> bool:
    """A name the gazetteer gives to people: a known person, a first name opening it, or one
    surname ("a Rupert Murdoch newspaper", "the Murdoch newspaper": the owner, no title)."""
    toks = span.tokens
    return "p" in table.get(span.key, "") or len(toks) > 1 and first_name(toks[0], table) or (
        len(toks) == 1 and "s" in table.get(span.key, ""))


def common_last(toks: list[Token], table: dict[str, str]) -> bool:
    """A common word that is no surname or first name ends the name: a thing's or a place's name
    (before a regnal number: "World Group II", not "Pedro I"; not after a particle: "Le Pen")."""
    if toks[-1].text in REGNAL or len(toks[-1].text) == 1 and toks[-1].text.isupper():
        toks = toks[:-1]  # "Pedro I", "World Group II", "Group B": the word before the number or letter
    tags = table.get(toks[-1].lower, "")
    return "w" in tags and not GIVEN_OR_SURNAME.intersection(tags) and (len(toks) < 2 or toks[-2].lower not in lx.NAME_PARTICLES)


def month_acronym(t: Token, after: Token | None) -> bool:
    """'DEC' (the Disasters Emergency Committee) in capitals, no figure ``after`` it: an acronym, not "Dec"
    (December), which a date's day or year follows ("DEC 28")."""
    return t.caps and len(t.text) == 3 and t.lower in lx.DAYS_MONTHS and (after is None or not after.text[:1].isdigit())


def initial(t: Token) -> bool:
    """'J.', 'J.R.', and hyphenated initials of a compound given name, the French style ("J-P Grandclaude"; "J.-P."
    has its dot)."""
    x = t.text
    return len(x) == 2 and x[1] == "." or (len(x) > 2 and x[1] == "." and x[0].isupper()) or (
        len(x) == 3 and x[1] == "-" and x[0].isupper() and x[2].isupper())


# Nouns after an abbreviation that make it a thing's ("an MP3 player", "DRM technology", "HD format"), and verbs before
# it that use one ("downloaded MP3s", "watched HD"): a body is no player, format or device, nor used or watched
_THING_AFTER = re.compile(r"[ \t]*(?:players?|technolog(?:y|ies)|formats?|files?|discs?|disks?|devices?|consoles?|"
                          r"chips?|standards?|software|signals?|recorders?|handsets?|cameras?|broadband|tracks?)\b")
_THING_BEFORE = re.compile(r"\b(?:use[sd]?|using|watch(?:ed|es|ing)?|download(?:ed|s|ing)?|play(?:ed|s|ing)?|"
                           r"bought|buy(?:ing)?)[ \t]+(?:the[ \t]+|an?[ \t]+)?$")


def thing_in_capitals(members: list[Span], text: str, table: dict[str, str]) -> bool:
    """An abbreviation in capitals that the gazetteer knows as no body ("DRM", "HD"), every mention of which is a thing's:
    before "player", "technology", "format", or after "used", "watched", "downloaded". One said or at, no thing."""
    tok = members[0].tokens
    if len(tok) > 1 or not tok[0].caps or "o" in table.get(members[0].key, ""):
        return False
    return all(_THING_AFTER.match(text, sp.tokens[-1].end) or _THING_BEFORE.search(
        text, max(0, sp.tokens[0].start - 30), sp.tokens[0].start) for sp in members)


# a product in use: a document or an application made with it, software of it, a phone of it ("a Microsoft Word
# document", "your Microsoft Office application", "the Microsoft Mobile phone"), or a machine running it ("Apple
# machines running Word"); what is used, never the body that makes it (technology news usage)
_IN_USE_AFTER = re.compile(r"[ \t]+(?:documents?|applications?|software|phones?|handsets?)\b")
_IN_USE_BEFORE = re.compile(r"\b(?:using|running)[ \t]+$")


def _in_use(sp: Span, text: str) -> bool:
    start = sp.tokens[0].start
    return _IN_USE_AFTER.match(text, sp.tokens[-1].end) is not None or (
        _IN_USE_BEFORE.search(text, max(0, start - 10), start) is not None)


def firms_product(members: list[Span], text: str, table: dict[str, str], firms: set[str]) -> bool:
    """A product in use, no actor: a name that a firm of the article opens ("Microsoft Word", "Microsoft Office",
    ``firms``: the article's organisations' keys), one mention of which is in use (see ``_IN_USE_AFTER``), every one
    if its last word is a body's head ("Microsoft Office application"; "Microsoft Research said" stays); or a common
    word of no name's kind alone every mention of which is ("any Word document", "running Word"), with no role or
    courtesy title."""
    tok = members[0].tokens
    if len(tok) > 1:
        if tok[0].lower not in firms:
            return False
        if tok[-1].lower in lx.ORG_HEADS:  # "Microsoft Office application" once; not "Sony Music said"
            return all(_in_use(sp, text) for sp in members)
        return any(_in_use(sp, text) for sp in members)
    tags = table.get(members[0].key, "")
    return "w" in tags and not ENTITY.intersection(tags) and all(
        not sp.role and not sp.caps_line and _in_use(sp, text) for sp in members)


# The heads of a firm named after a family or its partners: "Warner Brothers", "Smith and Sons"
# a legislature's chambers: of the US Congress (and a state's) and of the UK Parliament
CHAMBERS = frozenset(("house", "senate", "commons", "lords"))
# the heads of a body named after its leader ("the Obama administration", "Trump campaign"; US political news usage)
LEADER_BODIES = frozenset("administration campaign presidency regime".split())
FIRM_OF_FAMILY = frozenset("brothers bros sons partners associates".split())


def one_edit(a: str, b: str) -> bool:
    """One letter changed, added or dropped (Levenshtein distance 1), not the first."""
    if a == b or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else (a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:])


def title_case_abbreviation(tok: Token, tags: str) -> bool:
    """A technology's or condition's abbreviation in title case ("Voip", "Gprs", "Mrsa": BBC house style writes an
    abbreviation of four letters or more, or one of three said as a word, so), when no word list has it as a name or
    word."""
    return not tok.caps and len(tok.lower) >= 3 and tok.lower in lx.NOT_NAMES_IN_CAPITALS and not tags


def in_lower_case(word: str, text: str) -> bool:
    """Whether ``word`` (in lower case) is a word of ``text`` somewhere, not after a hyphen."""
    return any(not at or text[at - 1] != "-" for at in word_starts(word, text))
