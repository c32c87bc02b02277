"""Works and awards: names that are a film's, a song's, a book's, a game's or a product's title, or an
award's, read from the words around them ("the film Vera Drake", "FIFA 2005", "Oscar nominee"), and the
spans of quoted titles and listed brands, whose words are no actor's name. MISC: no actor.

The cue words are written by hand from general knowledge of news English, as in ``evidence``.
"""
from __future__ import annotations

import functools
import re

from . import lexicon as lx
from .bracket_credits import channel_credit, player_before
from .evidence import ORG, PER, speaks_or_trades
from .neighbours import POSSESSIVES
from .spans import Span

# before a mention or in its appositive: a work's kind ("the film Sideways", "hit single Kokomo",
# "Sideways, a wine-tasting comedy,"): a title, not an actor. Magazines and newspapers are publishers (ORG).
# (No verbs among them: "to play Hanks", "polls show Clinton".)
_WORKS = frozenset("""film films movie movies song songs single singles album albums book novel novels
    musical musicals series sitcom sitcoms drama dramas comedy comedies documentary documentaries podcast
    podcasts programme programmes opera ballet epic thriller biopic anthem ballad memoir soap soaps serial flop flops
    blockbuster blockbusters""".split())
# "the game" is as often a match ("After the game Wenger said"): a game's title only after a kind of game ("video
# game", "rhythm game"; the platforms and genres of Wikipedia's "Video game genre" and "Board game"), or in an
# article about video games ("the game Manhunt" where "video games and consoles" are the subject)
_GAME_KINDS = ("video", "computer", "online", "console", "mobile", "arcade", "rhythm", "puzzle", "strategy", "racing",
               "dance", "platform", "shooter", "role-playing", "adventure", "board", "card")
_VIDEO_GAMES = re.compile(r"\b(?:video|computer)[\s-]games?\b|\bconsoles?\b", re.I)


def _game_title(sp: Span, text: str) -> bool:
    """Whether "game" before ``sp`` names a game's title, not a match."""
    before = text[max(0, sp.prev.start - 40):sp.prev.start].rstrip().lower()  # the kind's word, not the whole text
    return before.endswith(_GAME_KINDS) or _about_video_games(text)


@functools.lru_cache(maxsize=8)  # asked once per "the game X" in one article
def _about_video_games(text: str) -> bool:
    return _VIDEO_GAMES.search(text) is not None
# before a mention: a work's kind and the article of its title ("the movie A Little Princess"), or a maker's
# verb that takes a work, never a person ("directed Vera Drake", "starred in Friends"): the word just before
# the mention, and the word before that one
# (a player's part in a work, "her role in Vera Drake", "a major part in Les Sylphides": only where a name of two
# words or more ends its phrase, not "a role in the Ambani family", "took part in the London to Sydney Marathon")
_PARTS_IN = frozenset("role roles part".split())
_PHRASE_ENDS = re.compile(r"[ \t]*(?:[,.;:)!?]|$)")
# (a maker's verb right before the mention: "directed Gladiator", "sang Hey Jude", a film, a song)
_MAKING_VERBS = frozenset("directed co-directed sang sings singing".split())
_WORK_BEFORE_LAST = {"a": _WORKS, "an": _WORKS, "the": _WORKS,
                     "in": frozenset("starred stars starring star".split()) | _PARTS_IN,
                     "to": frozenset(("sequel", "prequel")), "of": frozenset(("remake",)),
                     **dict.fromkeys(_MAKING_VERBS, frozenset())}
# after a mention: a product's or an event's noun that no maker's name stands before ("the OS/2 operating system",
# "the Boston marathon", "the Glastonbury festival"); not "film" or "album" ("the Spielberg film")
_WORK_AFTER = re.compile(r"[ \t]+(?:operating[ \t]+systems?|software|browser|console|franchise|trilogy|soundtrack|"
                         r"marathon|festival|sitcom|video[ \t]?game|pipeline|spin-?off|worm|virus|trojan)\b|[ \t]*(?:[-–—,][ \t]*)?starring[ \t]+[A-Z]"  # "X starring Depp", "X - starring
                         # Depp", "X, starring Depp": a work
                         rf"|(?:['’]s)?[ \t]+(?:{'|'.join(sorted(lx.DRINKS))})\b"  # "Malibu rum", "Ballantine's whisky": a brand
                         r"|[ \t]+(?:is|was)[ \t]+(?:the|a)[ \t]+(?:(?:sequel|prequel)[ \t]+to|remake[ \t]+of)\b")
# ("X is the sequel to Y", "X is a remake of Y"; not "X was the sequel's director")
# a year or a version glued to a name by one space ("FIFA 2005", "NBA Live 2005", "NHL 2K5"): a game's, a product's
# or an event's edition, no actor; not a season ("2004-05"), a range or a figure ("2005.5")
_EDITION = re.compile(r"[ \t](?:19|20)\d\d(?![\w/.,-]\d|\w)|[ \t]\dK\d{1,2}\b")
_NOT_A_WORK = frozenset("crko")
_WORK_AFTER_FIRST = frozenset("""operating software browser console franchise trilogy soundtrack marathon festival sitcom
    video starring pipeline spin-off spinoff worm virus trojan is was""".split()) | lx.DRINKS
# after a title and before a person's name: a performer's or a maker's credit ("Friends actress Lisa Kudrow", "Cold
# Mountain director Anthony Minghella", "Harry Potter author JK Rowling"); a name that is a body's ("Arsenal director"),
# a place's ("Hollywood star") or a person's is no title. The credits are the cast's and the makers' of a film's
# credits (Wikipedia, "Closing credits"; "Film crew")
_CREDITS = frozenset("""star stars co-star actress actor director producer author creator co-creator writer
    co-writer""".split())
_PLAYERS = frozenset(("actor", "actress"))
_NO_TITLE_TAGS = lx.ENTITY_TAGS | {"d"}  # the gazetteer's places, towns, bodies, demonyms and known people
# before "in" and a title: a player of a part in it ("Kudrow, who played Phoebe in Friends")
_PLAYED_PART = re.compile(r"\b(?:played|plays|playing)[ \t]+(?:[A-Z][\w'’-]*|(?:a|an)(?:[ \t]+[a-z][\w'’-]*){1,5})[ \t]+$")
# ("played Phoebe in Friends", "playing a gutsy female boxer in Million Dollar Baby")
_MAY_BE_A_WORK = frozenset((PER, None, ORG, "LOC"))
# "the sequel to X", "a remake of X": as sure as an appositive
_SEQUEL_PREV = frozenset(("to", "of"))
# the word before a mention that may open a work's cue, as written (a capitalised article opens a title)
_WORK_PREV = _WORKS | {w.capitalize() for w in _WORKS} | _MAKING_VERBS | frozenset(
    "A An The in to of game Game".split())
_ARTICLES = ("A", "An")  # the gazetteer's country, region, continent or organisation
_WORK_APPOSITIVE = re.compile(
    r",[ \t]+(?:a|an|the|his|her|their)[ \t]+(?:(?!(?:for|of|in|on|at|with|by|from|to|who|which)\b)[\w-]+[ \t]+){0,3}?"
    r"(?P<noun>[a-z]+)(?:[ \t]*[,.;(]|[ \t]+(?:that|which|starring|featuring)\b)")  # ("Sideways, a wine-tasting
# comedy starring Paul Giamatti")


# A quotation of nothing but capitalised words and the small words of a title ("Ice Cold in
# Alex", "Anne of a Thousand Days", "Schindler 's List"): the title of a work, whose words are
# no actors ("Alex" no place). A small word inside is required: a quoted "Hillary Clinton" is a name.
_TITLE_SMALL = r"(?:of|in|a|an|the|and|on|at|to|for|from|with|['’]s)"
# A song's subtitle in brackets inside the quotation ("Madre Tierra (Oye)", "Satisfaction (Live)") marks a title too.
_QUOTED_TITLE = re.compile(
    rf"[\"“][ \t]*(?=[A-Z])((?:[A-Z][\w'’.-]*[ \t]+(?:{_TITLE_SMALL}[ \t]+)*){{1,6}}[A-Z][\w'’.-]*)"
    r"[ \t]*(?P<sub>\([A-Z][^()\n]{0,30}\)[.,]?)?[ \t]*[\"”]")
_NAME_WORD = frozenset("fpcrytkoe")  # the gazetteer's tags of first names, people, places and bodies (a common
# word that is also a surname, "Morning", may open a title)
_SMALL_INSIDE = re.compile(rf"(?:[ \t]{_TITLE_SMALL}|\w['’]s)[ \t]")


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted title of a work in ``text`` (see ``_QUOTED_TITLE``)."""
    if '"' not in text and "“" not in text:
        return []
    table = lx.gazetteer()
    return [m.span(1) for m in _QUOTED_TITLE.finditer(text) if m.group("sub") or _SMALL_INSIDE.search(m.group(1))
            or _common_first(m.group(1), table)]


# a court case's name, the legal citation style "Party v. Party" (The Bluebook, rule 10.2): "Obergefell v.
# Hodges", "Roe v. Wade". Up to four capitalised words a side ("Citizens United v. Federal Election Commission");
# the parties' names there are the case's, no actors (a party named elsewhere keeps its other mentions). Sports
# fixtures are written "Leeds v Saracens": ``team_spans`` reads those, in sports reports only.
_CASE_WORD = r"[A-Z][\w.&-]*(?:['’](?!s\b)[\w.&-]+)?"  # "O'Connor", not "Court's": a possessive opens no case
_CASE_SIDE = rf"{_CASE_WORD}(?:[ \t]+(?:of[ \t]+)?{_CASE_WORD}){{0,3}}"
_CASE = re.compile(rf"(?<![\w'’]){_CASE_SIDE}[ \t]+v\.[ \t]+{_CASE_SIDE}")


# a bill's number in a US legislature, its chamber's prefix then its number ("HB 1523", "H.R. 3590", "SB 4"): the
# prefixes of the National Conference of State Legislatures' bill types (House/Senate/Assembly Bill, House/Senate
# File, Legislative Bill; "H.R." and "S." of Congress)
_BILL = re.compile(r"\b(?:HB|SB|AB|HF|SF|LB|H\.R\.|H\.B\.|S\.B\.)[ \t]?\d{1,5}\b")


_BILL_PREFIXES = ("HB", "SB", "AB", "HF", "SF", "LB", "H.R.", "H.B.", "S.B.")  # a cheap test first: most articles have none


def bill_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of each bill's number in ``text`` (see ``_BILL``): a law's, no actor's."""
    return [m.span() for m in _BILL.finditer(text)] if any(p in text for p in _BILL_PREFIXES) else []


def case_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each court case's name in ``text`` (see ``_CASE``)."""
    return [m.span() for m in _CASE.finditer(text)] if " v. " in text else []


def _common_first(title: str, table: dict[str, str]) -> bool:
    """A quotation opened by a common word of no name's kind ("Morning Joe", "Hardball With ..."): a show's title."""
    words = title.lower().split()
    tags = table.get(words[0], "")
    return "w" in tags and not _NAME_WORD.intersection(tags) and not any(w in lx.ORG_HEADS for w in words)
    # (not "Fox News Sunday": a show named after its network, whose name stays)


# a list of brands or titles after their kind ("brands include Bass, Stella Artois and Hoegaarden", "films such as
# Troy and Minority Report"): products and works, none an actor
# (each name may be followed by its product's kind in one small word: "Havana Club rum and Jacob's Creek wine")
_NAMED_PRODUCTS = re.compile(
    r"\b(?:brands|labels|titles|games|products|models|beers|drinks|films|albums|shows|programmes)[ \t]+(?:include|includes|"
    r"included|including|such[ \t]+as|like)[ \t]+((?:[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z0-9]|&)[\w'’&-]*)*(?:[ \t]+[a-z]+)?"
    r"(?:,[ \t]+|[ \t]+(?:and|or)[ \t]+))*[A-Z][\w'’&-]*(?:[ \t]+[A-Z0-9][\w'’&-]*)*)")
_PRODUCT_KINDS = ("brands", "labels", "titles", "games", "products", "models", "beers", "drinks", "films", "albums",
                  "shows", "programmes")


def listed_products(text: str) -> list[tuple[int, int]]:
    """(start, end) of each list of products or works after their kind (see ``_NAMED_PRODUCTS``).

    As ``_NAMED_PRODUCTS.finditer``, faster: a match starts where a kind's word does, so only those
    places are tried, in text order, skipping any inside the last match."""
    starts = []
    for w in _PRODUCT_KINDS:
        at = text.find(w)
        while at >= 0:
            starts.append(at)
            at = text.find(w, at + 1)
    out: list[tuple[int, int]] = []
    end = 0
    for at in sorted(starts):
        if at >= end and (m := _NAMED_PRODUCTS.match(text, at)) is not None:
            out.append(m.span(1))
            end = m.end()
    return out


def titles_of_works(spans: list[Span], kinds: dict[str, str | None], text: str) -> dict[str, str]:
    """Names a work's kind stands before ("the film Vera Drake", "the movie A Little Princess"), that a maker's
    verb takes ("directed Vera Drake", "starred in Friends"), that a product's or an event's noun follows ("the
    OS/2 operating system", "the Glastonbury festival") or in whose appositive a work's kind is ("Sideways, a
    wine-tasting comedy,"), and that no title or role marks as a person anywhere: MISC, a title and no actor,
    whatever their shape says. A country, a region or a continent ("the film Chicago" aside) stays."""
    table = lx.gazetteer()
    works: dict[str, int] = {}
    said: set[str] = set()  # named a work in an appositive ("Grange Hill, the drama serial which"): as sure as a shape
    channelled: set[str] = set()  # credited with a channel: a programme unless the surname stands alone elsewhere
    credited: set[str] = set()  # ... or a pronoun follows ("Ann Lee (ITV1), who said she"): a person
    next_to: dict[str, int] = {}  # mentions a work's kind stands right by ("her book Small Island"): as sure, at
    # every mention of a town's name the gazetteer knows ("the film Chicago" beside "a trip to Chicago" is the film's)
    for sp in spans:  # the cues first: most articles have none
        prev = sp.prev.text if sp.prev is not None else ""
        if (prev in _WORK_PREV or sp.comma_after or sp.next is not None and sp.next.lower in _WORK_AFTER_FIRST
                or sp.tokens[0].text in _ARTICLES) and _work_cue(sp, text, table) and not sp.caps_line and (
                kinds.get(sp.key) in _MAY_BE_A_WORK) or _edition(sp, kinds, text):
            works[sp.key] = works.get(sp.key, 0) + 1
            if sp.comma_after and _work_appositive(text, sp.tokens[-1].end):
                said.add(sp.key)
            elif _kind_next_to(sp, text):
                next_to[sp.key] = next_to.get(sp.key, 0) + 1
        elif (sp.next is not None and sp.next.lower in _CREDITS or prev == "in") and _credited(sp, kinds, text, table):
            works[sp.key] = works.get(sp.key, 0) + 1
            said.add(sp.key)  # as sure as an appositive: a title, whatever its shape ("Cold Mountain")
        elif text[sp.start - 2:sp.start].rstrip()[-1:] in ("(", "/") and _bracket_credit(sp, spans, kinds, text, table):
            works[sp.key] = works.get(sp.key, 0) + 1
        elif sp.bracket_after and not sp.caps_line and kinds.get(sp.key) in _MAY_BE_A_WORK and (
                kinds.get(sp.key) != PER or sp.strength < 3) and (credit := channel_credit(sp, text)):
            works[sp.key] = works.get(sp.key, 0) + 1  # "Jonathan Creek (BBC One)": a programme and its channel; not
            # "Jeremy Paxman (BBC Two)", a given name's sure person, nor a name a pronoun follows
            (credited if credit == "person" else channelled).add(sp.key)
        if sp.key in works and prev in _SEQUEL_PREV and _work_before(sp, prev, text, table):
            said.add(sp.key)  # "the sequel to Grand Theft Auto Vice City": a title, whatever its shape
    if not works:
        return {}
    if next_to:
        for sp in spans:
            if sp.key in next_to and not sp.caps_line:
                next_to[sp.key] -= 1
        said.update(key for key, left in next_to.items() if left == 0 or not lx.BIG_PLACE_TAGS.intersection(
            table.get(key, "")))
    mentions: dict[str, int] = {}
    persons: set[str] = set()  # and the names surely a body's or a place's
    for sp in spans:
        if sp.key not in works or sp.caps_line:
            continue
        mentions[sp.key] = mentions.get(sp.key, 0) + 1
        kind = kinds.get(sp.key)
        if sp.role or sp.prev is not None and sp.prev.lower in lx.HONORIFICS or sp.key in credited:
            persons.add(sp.key)  # "director Mike Leigh", "Mr Leigh": a person, whatever else is said
        elif kind is not PER and kind is not None and (
                sp.strength >= 3 and sp.key not in said or _NOT_A_WORK.intersection(table.get(sp.key, ""))):
            persons.add(sp.key)  # a body or a place its shape or the gazetteer makes sure of ("Warner Brothers")
    if channelled:
        alone = {sp.key for sp in spans if len(sp.tokens) == 1}
        persons.update(key for key in channelled if kinds.get(key) == PER and key.rsplit(" ", 1)[-1] in alone)
    # half the mentions at least: one "the Trump show" does not make a title of a man named twenty times
    titles = {key: "MISC" for key, n in works.items() if key not in persons and 2 * n >= mentions[key]}
    if titles:
        titles.update(_initials_of_titles(spans, titles, table, text))
    return titles


def _initials_of_titles(spans: list[Span], titles: dict[str, str], table: dict[str, str], text: str
                        ) -> dict[str, str]:
    """A word in capitals that opens a title and that no list knows ("GTA" of "GTA San Andreas", "the GTA titles"):
    the series' short name, a title too (not "FIFA" of "FIFA 2005", a body's; not "WWE" of "WWE SmackDown" where
    "WWE said", a firm that speaks)."""
    openers = {key.split(" ", 1)[0] for key in titles if " " in key}
    alone = [sp for sp in spans if len(sp.tokens) == 1 and sp.tokens[0].caps and sp.key in openers]
    acting = {sp.key for sp in alone if sp.role or speaks_or_trades(sp, text)}
    return {sp.key: "MISC" for sp in alone if sp.key not in acting and not table.get(sp.key)}


def _bracket_credit(sp: Span, spans: list[Span], kinds: dict[str, str | None], text: str, table: dict[str, str]
                    ) -> bool:
    """A title in brackets after a player's full name, the credit of a cast or a nominees' list ("Imelda Staunton
    (Vera Drake)", "Eva Birthistle (Ae Fond Kiss... )"), in an article that speaks of works; not a place, a body or a
    person the gazetteer knows ("Paddy O'Brien (New Zealand)"), nor a name of a kind already decided."""
    if sp.caps_line or kinds.get(sp.key) not in (PER, None) or _NO_TITLE_TAGS.intersection(table.get(sp.key, "")):
        return False
    player = player_before(sp, spans, text)
    return player is not None and len(player.tokens) > 1 and kinds.get(player.key) == PER and _about_works(text)


@functools.lru_cache(maxsize=8)  # asked once per bracketed name in one article
def _about_works(text: str) -> bool:
    """An article that speaks of works (a work's kind, an award's nomination): a credit in brackets there is a
    title's; in a results list it is a club's ("J Smith (Woodford Green)")."""
    return _WORK_WORDS.search(text) is not None


def _work_cue(sp: Span, text: str, table: dict[str, str]) -> bool:
    """A work's cue around one mention (see ``titles_of_works``)."""
    prev = sp.prev.lower if sp.prev is not None else ""
    return (prev in _WORKS or prev == "game" and _game_title(sp, text)) and (
        text[sp.prev.end:sp.tokens[0].start].isspace()) or (
        sp.comma_after and _work_appositive(text, sp.tokens[-1].end)) or (  # "the film Sideways", not "the film, Vinod Pande"
        prev in _WORK_BEFORE_LAST and _work_before(sp, prev, text, table)) or (
        sp.next is not None and sp.next.lower in _WORK_AFTER_FIRST and _WORK_AFTER.match(text, sp.end) is not None) or (
        len(sp.tokens) > 1 and sp.tokens[0].text in _ARTICLES and "w" in table.get(sp.tokens[1].lower, ""))
    # ("A Little Princess", "An Ideal Husband"; not "A Foley", an initial)


def _kind_next_to(sp: Span, text: str) -> bool:
    """A work's kind right before the name ("her book Small Island", "the series Holby City") or a product's noun
    right after it ("the Zar worm"): as sure as an appositive, whatever a place's or a body's head word says."""
    prev = sp.prev.lower if sp.prev is not None else ""
    return prev in _WORKS and text[sp.prev.end:sp.tokens[0].start] == " " or (
        sp.next is not None and sp.next.lower in _WORK_AFTER_FIRST and _WORK_AFTER.match(text, sp.end) is not None)


def _credited(sp: Span, kinds: dict[str, str | None], text: str, table: dict[str, str]) -> bool:
    """A title that a credit follows ("Friends actress Lisa Kudrow") or that a player of a part is in ("played Phoebe
    in Friends"), when no kind says organisation and the gazetteer knows it as no place, body or person."""
    nxt = sp.next
    if sp.caps_line or kinds.get(sp.key) not in _MAY_BE_A_WORK or kinds.get(sp.key) == ORG and (
            nxt is None or nxt.lower not in _PLAYERS) or sp.tokens[0].caps or (
            _NO_TITLE_TAGS.intersection(table.get(sp.key, ""))):
        return False  # (a body has a star or a director, "Arsenal director", but no actor: "Holby City actor")
    if nxt is not None and nxt.lower in _CREDITS:
        after = text[nxt.end:nxt.end + 2]
        return text[sp.end:nxt.start] == " " and after[:1] == " " and after[1:].isupper()
    at = sp.prev.start
    return "play" in text[max(0, at - 60):at] and _PLAYED_PART.search(text, max(0, at - 60), at) is not None


def _edition(sp: Span, kinds: dict[str, str | None], text: str) -> bool:
    """'FIFA 2005', 'NHL 2K5': a year or a version after a name that is no person's ("Smith 2005" may cite a paper);
    'the Harry Potter series': a series named after no organisation ("the HuffPost series" is the publisher's)."""
    if sp.next is None or sp.caps_line or not text[sp.tokens[-1].end:sp.next.start].isspace():
        return False
    if sp.next.lower == "series":
        return kinds.get(sp.key) != ORG and sp.prev is not None and sp.prev.text == "the"
    return (sp.next.text[:1].isdigit() and kinds.get(sp.key) != PER
            and _EDITION.match(text, sp.tokens[-1].end) is not None)


def _work_before(sp: Span, prev: str, text: str, table: dict[str, str]) -> bool:
    """'the movie A Little Princess', 'starred in Friends', 'directed Gladiator' (not 'directed Jim Broadbent')."""
    if prev in _MAKING_VERBS:
        return "f" not in table.get(sp.tokens[0].lower, "")
    if sp.prev.text in ("a", "an", "the"):
        return False  # "the film": a small "the" is no title's
    seg = text[max(0, sp.prev.start - 16):sp.prev.start].rstrip()
    word = seg[seg.rfind(" ") + 1:].lower()
    if word in _PARTS_IN and prev == "in":  # (two words at least: "a key role in Rodway," is a firm's as often)
        return len(sp.tokens) > 1 and _PHRASE_ENDS.match(text, sp.end) is not None
    return word in _WORK_BEFORE_LAST[prev]


# nouns after an award's name ("Oscar nominations", "the Oscar ceremony", "Bafta hopefuls"); written from
# general knowledge of entertainment news, none from the evaluation data
_AWARD_AFTER = frozenset("""nomination nominations nominee nominees ceremony ceremonies winner winners hopeful
    hopefuls telecast statuette statuettes""".split())
# awards called by their statuette's own name (Wikipedia "Academy Awards": the Oscar; "Grammy Award", "Emmy Award"):
# one of them alone is the award, no person's first name; and a name glued to an award's adjective ("Oscar-winning
# director", "Bafta-nominated") is no name at all
_AWARD_NAMES = frozenset("oscar oscars grammy grammys emmy emmys".split())
WORK_NOUNS = _WORKS | _AWARD_AFTER  # a work's kind or an award's noun right before a name: a title's cue
_WORK_WORDS = re.compile(r"\b(?:" + "|".join(sorted(_WORKS | {w for w in _AWARD_AFTER if w.startswith("nomin")})) + r")\b")
_AWARD_ADJECTIVES = ("-winning", "-nominated")


def awards(spans: list[Span], kinds: dict[str, str | None], text: str) -> dict[str, str]:
    """One-word names that are an award's, not a person's or a firm's: the noun of an award after
    half their mentions at least ("Oscar nominations"), and two such mentions, one after "an", their
    plural among the names ("the Oscars") or a compound in the text ("Oscar-winning"); no title, no
    honorific before any mention, no person the gazetteer knows ("Clinton"). MISC: no actor."""
    if not any(sp.next is not None and sp.next.lower in _AWARD_AFTER or sp.key in _AWARD_NAMES
               or "-" in sp.key and sp.key.endswith(_AWARD_ADJECTIVES) for sp in spans):
        return {}  # most articles: no award's noun after any name, no award's name
    table = lx.gazetteer()
    cues: dict[str, int] = {}
    mentions: dict[str, int] = {}
    persons: set[str] = set()
    articled: set[str] = set()
    owned: set[str] = set()
    plurals = {sp.key for sp in spans if len(sp.tokens) == 1 and sp.key[-1:] == "s"}
    for sp in spans:
        key = sp.key
        if len(sp.tokens) != 1 or sp.caps_line or kinds.get(key) not in (PER, ORG, None) or "p" in table.get(key, ""):
            continue
        mentions[key] = mentions.get(key, 0) + 1
        prev = sp.prev.lower if sp.prev is not None else ""
        if sp.role or prev in lx.HONORIFICS or sp.strength >= 3:
            persons.add(key)
        elif sp.next is not None and sp.next.lower in _AWARD_AFTER and text[sp.end:sp.next.start].isspace():
            cues[key] = cues.get(key, 0) + 1
            if prev == "an" and not sp.tokens[0].caps:
                articled.add(key)  # "an Oscar nomination": no person's name takes "an"
        if prev in POSSESSIVES:
            owned.add(key)  # "her Oscar": a thing's name, no person's
    named = {key: "MISC" for key in mentions if key not in persons and (key.endswith(_AWARD_ADJECTIVES) or key in (
        _AWARD_NAMES) and (key in owned or _award_compound(text, key)))}  # ("Oscar said he ...": a person)
    return named | {key: "MISC" for key, n in cues.items() if key not in persons and 2 * n >= mentions[key] and (
        n >= 2 or key in articled or key + "s" in plurals or _award_compound(text, key))}


def _award_compound(text: str, key: str) -> bool:
    """'Oscar-winning', 'Bafta-nominated' in the text: the name of an award."""
    return re.search(rf"\b{re.escape(key)}-(?:winning|winner|nominated|nominee)\b", text, re.I) is not None


def _work_appositive(text: str, end: int) -> bool:
    m = _WORK_APPOSITIVE.match(text, end, end + 60)
    return m is not None and m.group("noun") in _WORKS
