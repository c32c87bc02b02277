"""Trimming and typing one candidate name span (see ``actors`` for the whole pipeline).

The cues are the usual ones of hand-written NER grammars (e.g. the MUC-7 LTG system,
Mikheev et al. 1998): titles before names, organisation suffixes, place heads, first-name
lists, acronyms, and the words around the span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import actor_lexicon as lx
from .actor_evidence import no_name
from .actor_spans import Span, Token
from .actor_teams import player_marked
from .names import is_role
from .quotes.lexicon import REPORTING_VERBS

_ENTITY = frozenset("crykoep")
_PLACE_STRONG = frozenset("crk")
_PLACE_NAMED = frozenset("crky")  # a country, region, continent or city
_AFFIX = frozenset("""based born led backed owned made run controlled held bound ruled speaking listed sponsored funded
    brokered financed dominated style themed""".split())
_PLACE_OF = frozenset("gulf bay isle sea cape strait lake mount port province state city islands island republic kingdom".split())
_PLACE_SUFFIXES = ("shire", "stan", "land", "burg", "bourg", "ville", "grad", "abad", "pur", "ia")
_ORG_SUFFIXES = ("bank", "tel", "com", "soft", "tech", "corp", "air", "net", "gaz", "chem")
_DEFAULT_SINGLE = "ORG"
_DEFAULT_COMMON = (None, 0)  # "Human Rights", "Gold Fields": common words, not a person
_TOWN = frozenset("yt")
# Tag sets the tests below ask about, built once (a set built per test cost more than the test)
_NAMED_OR_PEOPLE = frozenset("croekd")  # a country, region, organisation, event, continent or people
_PERSON_TAGS = frozenset("fsp")  # a first name, a surname or a known person
_GIVEN_OR_SURNAME = frozenset("fs")
_COUNTRY_OR_ORG = frozenset("co")
_CITY_OR_COUNTRY = frozenset("yc")
_SETTLED = frozenset("yct")  # a city, a country or a town
_SURNAME_OR_FIRST = frozenset("fsd")  # a surname, a first name or a demonym ("Georgia Republicans")
_FIRM_OF_FAMILY = frozenset("brothers bros sons partners associates".split())  # "Warner Brothers" is a firm
# Place heads that are also common surnames ("Wayne Bridge", "Damon Hill"; not "Hyde Park", "Regent Street")
_SURNAME_HEADS = frozenset("bridge hill hills lane lake bay beach hall".split())
# a capital inside one word, not after a surname's prefix (McDonald, MacArthur, O'Neill, DeSantis, LeBron)
_CAMEL = re.compile(r"(?!Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+[A-Z][a-z]+$")
_HANDLE = frozenset("@#/")  # "@TimKaine", "#SanBernardino", a link: no brand
# an event's or a ship's first word ("Hurricane Sandy", "RMS Titanic": Royal Mail Ship, His/Her Majesty's Ship,
# United States Ship, steam ship, motor vessel)
_MISC_OPENERS = frozenset("hurricane typhoon cyclone storm operation treaty war battle siege rms hms uss ss mv".split())
_PLACE_OPENERS = frozenset("mount mt mt. fort ft ft. lake cape isle river".split())
_COMPASS_ABBR = frozenset("n. s. e. w.".split())  # "S. Korea", "N. Ireland"
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())  # "Sunday Times"
_ROMAN = frozenset("i ii iii iv v vi".split())
_REGNAL = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())  # as written, in capitals
_AFTER_TOWN = re.compile(r"[A-Z][\w.’'-]*[ \t]?,[ \t]+$")  # "Tucson, Ariz.", tokenised "St. Petersburg , Fla."
_STATE_OPEN = re.compile(r".*\((?:[RDI]-)?$")  # "(Fla.)", "(R-Fla.)": a member of Congress's state after the name
_STATE_CLOSE = re.compile(r"\.?[ \t]*\)")
_STATE_HEADS = frozenset("republic kingdom principality emirate emirates sultanate".split())
# before capitals: an amount ("1.2 bln SKR", a currency) or a ticker's label ("symbol HMGT")
_CODE_BEFORE = re.compile(r"(?:\d[ \t]*(?:bln|mln|billion|million|thousand)|\b(?:symbol|ticker))[ \t]+$")
_COMMON_ONLY = frozenset("w")  # the gazetteer's tags of a common word and nothing else
# lower-case nouns after an unknown acronym that make it a security, an index, a statistic or a standard
# ("PIBOR futures", "BTP yields", "M3 data", "ISDN equipment"), not a body (written from market-report usage)
_INSTRUMENTS = frozenset("""futures future bonds bond yields yield losses gains data figures equipment rates rate
    contracts contract spread spreads paper issues""".split())
# one letter and digits, or a word, a hyphen and digits: a code ("M1", "H1 results", "C-4", "Under-21"), no name
# unless a cue says so; a longer name with its number ("BBC1", "MI5", "A320") is left to the other rules
_CODE = re.compile(r"(?:[A-Za-z]-?|[A-Za-z]+-)\d+$")
_NOT_ONLY_GIVEN = frozenset("wcrk")  # a first name that is also a common word or a country's, a region's name
# Plurals that name a team before its name in sports reports ("champions Arsenal", "hosts France")
_TEAM_PLURALS = frozenset("champions holders leaders hosts visitors rivals opponents neighbours".split())
_IN_WORD_GAP = " \t'’s\xad"  # between words of one role: a space, a possessive's "'s", a soft hyphen
_LEADER_AFTER = frozenset("administration campaign presidency".split())  # from US political news usage
_GRADE_AFTER = frozenset("crude blend".split())  # a commodity's grade after its name (oil market usage)
_GOVERNMENT_HEADS = frozenset("dept department ministry office".split())  # "State Dept.", "Defence Ministry"
_POSSESSIVES = frozenset("her his its their my your our".split())
_NAME_POSSESSIVE = re.compile(r"\b[A-Z][\w-]*(?:['’]s|s['’])[ \t]+$")
_OF_NAME = re.compile(r"[ \t]+of[ \t]+[A-Z]")
_ARTICLES = frozenset(("a", "an"))  # no person's one-word name takes an indefinite article
_COMPASS_POINTS = frozenset("north south east west midwest northeast northwest southeast southwest".split())
_COMPASS = frozenset("""north south east west northern southern eastern western new upper lower central greater northeast
    northwest southeast southwest""".split())


_IN_A_TOWN = frozenset({"in", "near", "outside", "inside", "around", "across"})


@dataclass(slots=True)
class Context:
    table: dict[str, str]
    mid_caps: set[str]
    sports: bool = False
    text: str = ""
    team_sport: bool = False  # a sport of clubs named after their towns (soccer, not tennis)
    clubs: frozenset[str] | None = None  # in a report known by its words only: the names shown to be clubs
    staffed: frozenset[str] = frozenset()  # of those, one-word names before a player's or manager's post


def _is_title(t: Token, table: dict[str, str]) -> bool:
    word = t.lower
    if "-" in word and not word.startswith("-"):  # "Major-General", "Lieutenant-Colonel"
        return all(p in lx.PERSON_TITLES or "h" in table.get(p, "") for p in word.split("-"))
    if word in lx.PERSON_TITLES:
        return True
    if word in lx.GENERIC_PEOPLE:
        return False
    tags = table.get(word, "")
    return "h" in tags or "j" in tags


def _ends_in_place(run: list[Token], table: dict[str, str]) -> bool:
    """'Former South Carolina' before "Gov": the words end in a place's name of three words or fewer."""
    for k in range(max(0, len(run) - 3), len(run)):
        tags = table.get(" ".join([t.lower for t in run[k:]]), "")
        if _PLACE_NAMED.intersection(tags) and (k < len(run) - 1 or "f" not in tags):
            return True  # not "Mary Queen (of Scots)": a first name that is also a town's
    return False


def split_at_title(run: list[Token], table: dict[str, str]) -> list[list[Token]]:
    """'Hong Kong Financial Secretary Donald Tsang' -> 'Hong Kong' | 'Financial Secretary Donald Tsang'.

    Also drops days and months at the end ("Insulza Monday") and a title at the end ("U.S.
    Assistant Secretary" -> "U.S."), and splits a country off the end ("OSCE Chechnya").
    """
    if len(run) == 1:  # most runs: nothing to split
        return [run]
    if run[-1].text[-2:-1].isupper() and _plural_acronym(run[-1], table):
        run = run[:-1]  # "Cofinec GDRs": the firm, then a kind of its securities
        if len(run) == 1 and run[0].caps and run[0].lower not in table:
            return []  # "HD DVDs": an acronym before another, a kind of thing
    if len(run) > 2 and "f" in table.get(run[1].lower, "") and "d" in table.get(run[0].lower + "s", "") and (
            "d" not in table.get(run[0].lower, "")):
        run = run[1:]  # "Scot Nick Smith": a people's noun whose plural the gazetteer knows ("Scots"), then a person
    if len(run) > 1 and "d" in table.get(run[0].lower, "") and _PLACE_NAMED.intersection(
            table.get(" ".join([t.lower for t in run[1:]]), "")) and not _ENTITY.intersection(
            table.get(" ".join([t.lower for t in run]), "")):
        return [run[1:]]  # "Jewish West Bank settlements": a people's adjective before a place, not its name
    while len(run) > 1 and (run[-1].lower in lx.DAYS_MONTHS or len(run) > 2 and "d" in table.get(run[-1].lower, "")
                            and not {"d", "c"} & set(table.get(run[-2].lower, "")) and run[-2].lower not in _COMPASS
                            and not _ENTITY.intersection(table.get(" ".join([t.lower for t in run]), ""))):
        run = run[:-1]  # "... Insulza Monday", "Tampa Bay Buccaneers American"
        while len(run) > 1 and not run[-1].cap:
            run = run[:-1]  # "Kansas City on" once "Monday" is gone
    n = len(run)
    if n > 1 and run[-2].lower != "of" and (run[-1].lower in lx.PERSON_TITLES or "h" in table.get(run[-1].lower, "")
                  or run[-1].text[:-1].isupper() and run[-1].lower[:-1] in lx.PERSON_TITLES) and (  # "Labour MPs"
            run[-1].lower not in lx.ORG_HEADS and ("f" not in table.get(run[-2].lower, "")  # not "John Major"
                                                    or _ends_in_place(run[:-1], table))
            and not (n > 2 and len(run[-2].text) == 2 and run[-2].text[1] == "." and "f" in table.get(run[-3].lower, ""))):
        # not "Peter T. King": a first name and a middle initial before a surname that is also a title
        if run[-1].text[:-1].isupper() and run[-1].lower[-1:] == "s":
            return [run[:-1]]  # "Labour MPs": the party
        r = n - 1
        while r > 0 and (run[r - 1].lower in lx.ROLE_MODIFIERS or _is_title(run[r - 1], table)):
            r -= 1
        return [run[:r]] if r > 0 else []
    if n > 1 and "c" in table.get(run[-1].lower, "") and not _ENTITY.intersection(
            table.get(" ".join([t.lower for t in run]), "")):
        left = run[:-1]
        if not ({left[0].lower, left[-1].lower} & (lx.ORG_OPENERS | lx.ORG_HEADS | _COMPASS)) and all(
                t.cap for t in left) and not _first_name(left[-1], table) and not (
                left[-1].lower in lx.PERSON_TITLES or _is_title(left[-1], table)):  # "Neil Jordan", "Baroness Scotland"
            return [left, run[-1:]]
    for k in range(1, n - 1):
        t = run[k]
        if not _is_title(t, table) or t.lower in lx.ORG_HEADS or not 1 <= n - k - 1 <= 3:
            continue
        rest = run[k + 1:]
        if all(x.lower in lx.GENERATIONS for x in rest):
            continue  # "Martin Luther King Jr.": a surname that is also a title, before "Jr."
        first_tags = table.get(rest[0].lower, "")
        if not (t.text.endswith(".") and len(rest) >= 2  # "Florida Gov. Jeb Bush": an abbreviated title
                or t.lower in lx.HONORIFICS  # "Foreign Policy Centre Mr Straw": whoever follows "Mr" is a person
                or t.caps and len(rest) >= 2  # "Lib Dem MP Parmjit Singh Gill": a title in capitals, then a full name
                or _initial(rest[0]) or "f" in first_tags and ("w" not in first_tags or len(rest) > 1 and "s" in table.get(
                    rest[-1].lower, ""))  # "Foreign Secretary Jack Straw": a first name and a surname, common words too
                or _person_like(rest[-1], table) and "w" not in table.get(rest[-1].lower, "")):
            continue
        r = k
        while r > 0 and (run[r - 1].lower in lx.ROLE_MODIFIERS or _is_title(run[r - 1], table)
                         or "d" in table.get(run[r - 1].lower, "")):
            r -= 1
        return [run[:r], run[r:]] if r > 0 else [run]
    return [run]


def strip_span(run: list[Token], tokens: list[Token], ctx: Context, text: str, *, team: bool = False) -> Span | None:
    """Drop sentence-initial common words and leading titles/demonyms (kept as the role);
    a ``team`` (a results table's name, "Red Star") is kept whole."""
    table = ctx.table
    run = list(run)
    while len(run) > 1 and not run[-1].cap:
        run.pop()  # "Brennan Center for" once the title "Justice" is split off
    joined = " ".join([t.lower for t in run])
    if "-" in joined:
        for k in range(len(run) - 1, -1, -1):  # "St. Louis-based Mercantile Bancorp": keep what follows
            low = run[k].lower
            if "-" in low and low.rsplit("-", 1)[1] in _AFFIX:
                if k < len(run) - 1:
                    run = run[k + 1:]
                    joined = " ".join([t.lower for t in run])
                break
        tail = run[0].text.rsplit("-", 1)[-1]
        if len(run) > 1 and tail.isalpha() and tail.islower() and "w" in table.get(tail, ""):
            run = run[1:]  # "Oscar-winner Andrea Arnold", "Bafta-nominee X": a description before the name
            joined = " ".join([t.lower for t in run])
    whole_length = len(run)  # from here the run is only ever cut at the front: same length, same words
    whole = table.get(joined, "")
    t = run[0]
    if (len(run) == 1 and t.initial and not team and not t.caps and t.lower not in ctx.mid_caps and "w" in whole
            and not _NAMED_OR_PEOPLE.intersection(whole) and not _table_row(t, tokens, ctx)):
        return None  # "Can poverty end?", "Has everyone ...": a common word opening a sentence, not the town
    if not _ENTITY.intersection(whole) or run[0].lower in lx.FUNCTION_WORDS:
        while run:
            t = run[0]
            if t.text == "A" and len(run) == 2 and not t.initial and text[max(0, t.start - 3):t.start].rstrip()[-1:] in (",", ";"):
                break  # "J O'Connor, A Foley": in a list of names a capital "A" is an initial, no article
            if t.lower in lx.FUNCTION_WORDS and not (t.caps and len(run) == 1 and "o" in table.get(t.lower, "")) and not (
                    t.lower in _NUMBER_WORDS and not t.initial and len(run) > 1) and not (  # "Six Nations" stays whole
            len(run) == 2 and t.lower in _WEEKDAYS and run[1].lower in lx.ORG_HEADS):  # "Sunday Times" too
                run.pop(0)
                continue
            if not team and t.initial and t.lower not in ctx.mid_caps and not _table_row(t, tokens, ctx) and not (
                    len(run) > 1 and (t.lower in lx.ROLE_MODIFIERS or _is_title(t, table))):
                tags = table.get(t.lower, "") or table.get(t.lower[:-1], "") * t.lower.endswith("s")
                if "f" in tags and len(run) > 1 and _person_like(run[1], table):
                    break  # "Mark McNulty ..." at the start of a line
                if len(run) > 2 and _ENTITY.intersection(table.get(t.lower + " " + run[1].lower, "")):
                    break  # "New York Energy Desk": a place's name opens the name
                if len(run) > 1 and t.lower in _COMPASS and "d" in table.get(run[1].lower, ""):
                    break  # "South African Airways", "North Korean state media": the compass word belongs to the name
                if len(run) == 2 and run[1].lower.rstrip(".") in _GOVERNMENT_HEADS:
                    break  # "State Dept.", "Justice Department": the word names the department
                if len(run) > 2 and run[1].lower == "of" and t.lower in lx.OF_HEADS and t.lower in lx.ORG_HEADS:
                    break  # "Bank of America said ...", "Department of Health figures ...": a body's head opens its name
                if ("w" in tags and not _NAMED_OR_PEOPLE.intersection(tags)) or (
                        not tags and len(run) == 1 and not t.caps and not ctx.sports):
                    run.pop(0)
                    continue
            break
    if not run:
        return None
    role_end = 0
    person = False
    # the name's last word, before a regnal number ("Queen Elizabeth I", "King Baudouin I")
    end = len(run) - 2 if len(run) > 2 and run[-1].text in _REGNAL else len(run) - 1
    last = run[end].lower
    if (end > 0 and _person_like(run[end], table) and last not in lx.ORG_HEADS and last not in lx.PLACE_HEADS
            and last not in _GOVERNMENT_HEADS
            and "d" not in table.get(last, "")):  # "Bosnian Serbs": a people, no title before a name
        while role_end < end:
            t = run[role_end]
            tags = table.get(t.lower, "")
            rest = " ".join([x.lower for x in run[role_end:]])
            if _ENTITY.intersection(table.get(rest, "")):
                break
            if _is_title(t, table):
                person = True
            elif role_end < end - 1 and tags == "w" and not t.caps and _first_name(run[role_end + 1], table):
                pass  # "Libertarian Gary Johnson", "Democrat Hillary Clinton": a word of description, dropped
            elif not ("d" in tags or t.lower in lx.ROLE_MODIFIERS) or role_end == end - 1 and _first_name(t, table):
                break  # "Christian Cullen": a first name that is also a demonym, before a surname
            role_end += 1
    if role_end and not person and (run[role_end].lower in ("and", "&", "of") or any(
            t.lower in lx.ORG_HEADS for t in run[role_end:])):
        role_end = 0  # "American Civil Liberties Union of Ohio", "Scottish and Newcastle": a people's adjective opens a body's name
    role_tokens, run = run[:role_end], run[role_end:]
    if not person:
        role_tokens = []  # "Russian President" is a role; "Russian" alone is not (a demonym, dropped)
    if not run:
        return None
    span = Span(run, 0)  # positional: keyword arguments cost a third of the construction
    span.key = joined if len(run) == whole_length else " ".join([t.lower for t in run])
    if role_tokens:
        while role_tokens and role_tokens[0].lower in lx.HONORIFICS:
            role_tokens.pop(0)
        if role_tokens:
            first = role_tokens[0].i
            start = tokens[first - 1].start if first > 0 and tokens[first - 1].lower in _ROLE_QUALIFIERS else role_tokens[0].start
            span.role = text[start:role_tokens[-1].end]  # "former President Bill Clinton": the role was, not is
        else:
            span.role = None
        span.hint, span.strength = "PER", 3
    i, j = run[0].i, run[-1].i
    span.prev = tokens[i - 1] if i > 0 else None
    span.next = tokens[j + 1] if j + 1 < len(tokens) else None
    prev = span.prev
    if not span.role and prev is not None and not prev.cap and prev.lower not in lx.FUNCTION_WORDS and prev.lower.isalpha():
        span.role = _role_before(tokens, i, text)  # (the tests after "not cap" are its own first ones, made here for speed)
        if span.role and prev.lower in _TEAM_PLURALS and not (span.next is not None and (
                span.next.lower == "and" or span.next.cap and text[span.end:span.end + 2].strip()[:1] == ",")):
            span.role = None  # "champions Arsenal", "holders Porto": a plural before one name, a team
            span.hint, span.strength = "ORG", 3
    return span


_STATE_AFTER = re.compile(r",[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b")


def _town_of_state(span: Span, ctx: Context) -> bool:
    """'in Beverly Hills, California', 'near Wayne Hill, Ohio': a town in its state or country, no person."""
    if span.prev is None or span.prev.lower not in _IN_A_TOWN:
        return False
    m = _STATE_AFTER.match(ctx.text, span.end)
    return m is not None and bool(_PLACE_STRONG.intersection(ctx.table.get(m.group(1).lower(), "")))


def _team_town(tags: str) -> bool:
    """A state or a city that is no first name: "Florida", "Chicago" (not "George", a city too)."""
    return "c" in tags or "r" in tags or "y" in tags and "f" not in tags


def _first_name(t: Token, table: dict[str, str]) -> bool:
    """A given name that is no common word ("Neil", "Christian"; not "Grace")."""
    tags = table.get(t.lower, "")
    return "f" in tags and "w" not in tags or "f" in tags and "d" in tags


def _table_row(t: Token, tokens: list[Token], ctx: Context) -> bool:
    """'Reading 3 1 0 2 ...': in a sports report a name opening a row of figures is a team."""
    if t.i + 1 >= len(tokens) or not tokens[t.i + 1].text[0].isdigit():
        return False
    return ctx.sports or _SCORE.match(tokens[t.i + 1].text) is not None  # "Arsenal 2-1 Chelsea" in any report


def _person_like(t: Token, table: dict[str, str]) -> bool:
    """The last word of a name that a title may precede: not a plain common word."""
    tags = table.get(t.lower, "")
    return t.lower not in lx.MISC_HEADS and (not tags or not _PERSON_TAGS.isdisjoint(tags) or "w" not in tags)


# ", chief executive of Gazprom," / ", a spokeswoman for ...": an appositive after the name
_CAPS = r"[A-Z](?:[\w&'’-]|\.(?=[\w-]))*\.?"  # "U.S.", "Bros."
# "Zionist Organization of America"; a word ending in a dot ends it ("Warner Bros. However")
_NAMED_BODY = rf"{_CAPS}(?:(?<![a-z]\.)[ \t]+(?:(?:of|and|for|&)[ \t]+)?{_CAPS}){{0,5}}"
# then a stop, or a second appositive ("..., strategist for the U.S. Chamber of Commerce and a longtime friend")
_BODY_AFTER = rf"(?:[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?{_NAMED_BODY})?)(?:[ \t]*[,.;)]|[ \t]+and[ \t]+(?:a|an|the)\b)"
# the post in lower case, after its owner ("S&N's chief executive", "IBM senior vice president")
_APPOSITIVE = re.compile(rf",[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?P<role>(?P<head>(?:{_CAPS}['’]s[ \t]+)?"
                         r"(?:[A-Z][\w&-]*[ \t]+){0,2}(?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)" + _BODY_AFTER)
# or in capitals ("Chairman of Acme", "Texas Governor")
_APPOSITIVE_TITLED = re.compile(rf",[ \t]+(?:the[ \t]+)?(?P<role>(?P<head>(?:[A-Z][\w&-]*[ \t]+){{0,2}}[A-Z][a-z]+)"
                                + _BODY_AFTER)


_SCORE = re.compile(r"\d{1,3}-\d{1,3}$")
_VENUE_IN_BRACKETS = re.compile(r"[ \t]*\)[ \t]*:")
# a stock market index after its name ("Dow Jones industrial average", "Nasdaq composite index",
# "the Dow Jones index"); after a plural or a body's head word, "index" is the body's own, and a bare
# "average" is a pollster's ("the Real Clear Politics average")
# ("the Chicago Purchasing Managers index", "the American Stock Exchange index")
_INDEX_FIRST = frozenset("industrial industrials composite share stock".split())
_INDEX_AFTER = re.compile(r"[ \t]+(?:industrials?|composite|share|stock)[ \t]+(?:average|index)\b")
# a place's kind before it ("the town of X") or a site's after it ("X airport"): a place
_SETTLEMENT_OF = re.compile(r"\b(?:town|city|village|port|province|district|region|capital)[ \t]+of[ \t]+$")
# a club's name and "of" before its town ("Espanyol of Barcelona"), the name not opening a sentence
_CLUB_OF = re.compile(r"(?<![.!?:\n][ \t])\b[A-Z][\w'’.-]+[ \t]+of[ \t]+$")
_SITE_AFTER = frozenset("airport airfield stadium".split())
# a relative in apposition: "Reagan 's wife , Nancy"
KIN = frozenset(("brother", "daughter", "father", "husband", "mother", "sister", "son", "widow", "wife"))
_KIN_APPOSITION = re.compile(r"['’]s[ \t]+(?:" + "|".join(sorted(KIN)) + r")[ \t]*,[ \t]*$")
# the number of shares in an index, after its name: "Nikkei 225 index", or one of the sizes of the
# best-known indices (FTSE 100/250/350, S&P 500, Nikkei 225, CAC 40, DAX 30, Euro Stoxx 50, ASX 200;
# general knowledge of the markets), then no percentage, unit or count ("IBM 100 years ago")
_COUNTED = r"per|points|years?|days|jobs|staff|people|workers|employees|million|billion"
_INDEX_NUMBER = re.compile(r"[ \t]+(?:\d{2,4}[ \t]+(?:share[ \t]+)?(?P<index>index)\b|"
                           rf"(?:30|40|50|100|200|225|250|350|500)(?![\w%-]|[.,]\d|[ \t]*(?:[%-]|(?:{_COUNTED})\b)))")
# words around a name that open one of the cues of ``_context`` below (a cheap test first)
_AFTER_WORDS = frozenset("the by industrial industrials composite share stock index newspaper news magazine daily "
                         "weekly tabloid".split())
# a publisher's kind after its name, or "published by" before it
_MEDIA_FIRST = frozenset("newspaper news magazine daily weekly tabloid".split())
_MEDIA_AFTER = re.compile(r"[ \t]+(?:newspaper|news[ \t]+(?:agency|service)|magazine|daily|weekly|tabloid)\b")
_PUBLISHED_BY = re.compile(r"\bpublished[ \t]+by[ \t]+(?:the[ \t]+)?$")
# after "the" + name: a verb of saying or the end of a clause (not "the Dutroux case", a name as a modifier)
_THE_NAME_THEN = re.compile(r"[ \t]*(?:[,.;:)]|(?:said|says|reported|reports|quoted|added|wrote)\b)")
# common words that "say" something: a publication's name ("told the Daily Star:", "the Daily Caller reported")
_THE_NAME_SAYS = re.compile(r"[ \t]*(?::|(?:said|says|reported|reports|quoted|wrote)\b)")
_PARTICLE_NAME = re.compile(r"[A-Z][a-z]+-(?:ur|ul|ud|uz|us|un|e|i)-[A-Z][a-z]+$")
_SHARES_IN = re.compile(r"\b(?:shares|stake|stakes|holding|holdings|investment)[ \t]+in[ \t]+$", re.I)
_ORG_APPOSITIVE = re.compile(r",[ \t]+(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,5}?(?:"
                             + "|".join(sorted(lx.ORG_PRECEDERS)) + r")\b")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten twenty hundred".split())
_CLAUSE_WORDS = frozenset("and but or not nor who which that".split())  # a clause, not a role


def appositive_role(text: str, end: int) -> str | None:
    """The role in an appositive right after a name, when it reads as one."""
    m = _APPOSITIVE.match(text, end) or _APPOSITIVE_TITLED.match(text, end)
    if not m or not is_role(m.group("head")):
        return None  # "S&N's chief executive", "chief strategist for the Republican National Committee": the post's word
    words = m.group("head").split()
    role = m.group("role")
    if words[-1][0].isupper() and role == m.group("head") and text[m.end() - 1] == ".":
        return None  # "Carly Fiorina, Ohio Gov. John Kasich": a list's next title
    if words[0] in lx.FUNCTION_WORDS or not _CLAUSE_WORDS.isdisjoint(words) or words[0].endswith("ing") or (
            role[-2:-1] == " " and role[-1].isupper()):
        return None  # "including best actor ...": a clause; "fellow at the Peter G. ...": an initial, no end
    return role


# Words before a title that say the office is not held now: "former President Bill Clinton".
_NO_LONGER = frozenset("former ex then late outgoing retired".split())
# Words before a role that change what it says: an office no longer held, or held in opposition or for now
_ROLE_QUALIFIERS = _NO_LONGER | frozenset(("shadow", "acting", "interim"))


# Nouns after a name that make it an award's or a speech's (from news usage: "Bafta awards", "Nobel
# prize", "State of the Union address"); not "ceremony": "a London ceremony"
_MISC_AFTER = frozenset("""award awards prize prizes trophy address finalist finalists semifinalist semi-finalist
    quarterfinalist quarter-finalist""".split())  # "Wimbledon finalist": a tournament's
# A reporting verb ("said", "told"), a modal or "whose" ends a role read leftwards from a name
_NOT_IN_ROLE = REPORTING_VERBS | frozenset("""will would shall should can could may might must whose
    stars starring features featuring""".split())  # "It stars actress X": a cast's verb


def _role_in_apposition(tokens: list[Token], i: int) -> bool:
    """'party leader, Marine Le Pen': a role noun before a comma and a name; a plural one
    only before a list ("data strategists, Matt Braynard and Witold Chrabaszcz"), not
    "370 delegates, Marco Rubio has 163"."""
    head = tokens[i - 1].lower
    if is_role(head):
        return True
    if head[-1:] != "s" or not is_role(head[:-1]):
        return False
    k = i
    while k < len(tokens) and tokens[k].cap:
        k += 1
    return k < len(tokens) and tokens[k].lower == "and"


def _role_before(tokens: list[Token], i: int, text: str) -> str | None:
    """The lower-case role just before a name, with the organisation whose it is:
    'journalists Pavel Zarubin' -> 'journalist'; "Gazprom's chief executive Alexei Miller" ->
    "Gazprom's chief executive"."""
    j = i
    while j > 0 and i - j < 3 and not tokens[j - 1].cap and tokens[j - 1].lower not in lx.FUNCTION_WORDS \
            and tokens[j - 1].lower.isalpha() and (j == i or tokens[j - 1].lower not in _NOT_IN_ROLE) \
            and (not text[tokens[j - 1].end:tokens[j].start].strip(_IN_WORD_GAP) or j == i
                 and text[tokens[j - 1].end:tokens[j].start].strip() == "," and _role_in_apposition(tokens, i)):
        j -= 1  # not "said economy minister X", "departure, executive director X": a verb or a comma ends a role,
        # but for "his wife, Sarah Brady", "party leader, Marine Le Pen": a role noun in apposition
    if j == i:
        return None
    head = tokens[i - 1].lower
    if not is_role(head):
        if head.endswith("s") and is_role(head[:-1]):
            return head[:-1]  # "journalists Pavel Zarubin and ...": each one is a journalist
        return None
    while j < i - 1 and not is_role(" ".join(t.lower for t in tokens[j:i])):
        j += 1
    start = tokens[j].start
    if j > 0 and tokens[j - 1].lower in _ROLE_QUALIFIERS and text[tokens[j - 1].end:tokens[j].start] == " ":
        return text[tokens[j - 1].start:tokens[i - 1].end]  # "former chief executive", "Shadow home secretary"
    if j > 0 and tokens[j - 1].cap and text[tokens[j - 1].end:tokens[j - 1].end + 2] in ("'s", "’s"):
        start = tokens[j - 1].start  # "Gazprom's chief executive"
    return text[start:tokens[i - 1].end]


def classify(span: Span, ctx: Context) -> None:
    """Set ``span.hint`` (PER/ORG/LOC/MISC/GROUP) and ``span.strength`` (0-3)."""
    if span.hint:
        return
    table = ctx.table
    toks = span.tokens
    key = span.key
    tags = table.get(key, "")
    first, last = toks[0].lower, toks[-1].lower
    n = len(toks)
    hint, strength = None, 0
    why = None if toks[0].text.isalpha() and (n == 1 or n == 2 and toks[1].text.isalpha()) else no_name(
        toks, span.caps_line)  # most names: one or two plain words
    if why:
        span.hint, span.strength = ("MISC", 3) if why == "misc" else (None, 0)
        return
    word = toks[0].text
    if word[1:2].isupper() or not word.isalpha():  # capitals or digits: a code, a currency, a ticker?
        coded = _coded(span, ctx, tags)
        if coded is not None:
            span.hint, span.strength = coded
            return
    if n <= 2 and key.replace(".", "").replace(" ", "") in lx.STATE_ABBREVIATIONS and (_AFTER_TOWN.search(
            ctx.text, max(0, toks[0].start - 40), toks[0].start) or _STATE_OPEN.match(
            ctx.text[max(0, toks[0].start - 3):toks[0].start]) and _STATE_CLOSE.match(ctx.text, toks[-1].end)):
        span.hint, span.strength = None, 0  # "Tucson, Ariz.", "Marco Rubio (R-Fla.)": a town's or a member's state
        return
    if (key in lx.DAYS_MONTHS or key in lx.FUNCTION_WORDS or key in lx.NOT_NAMES or key[:-1] in lx.NOT_NAMES
            or n == 1 and not ctx.sports and span.next is not None and span.next.text[0].isdigit()
            and "w" in tags and not _ENTITY.intersection(tags)  # "Number 10", "Channel 4": the name has its number
            or (len(toks[0].text.rstrip(".")) == 1 if n == 1 else all(len(t.text) == 1 for t in toks))
            or n == 1 and (toks[0].caps and key in lx.PERSON_TITLES or key[-1:] == "s" and key[:-1] in lx.PERSON_TITLES)):
        # a title alone names nobody: "MP", "MPs", "Senators"
        span.hint, span.strength = None, 0
        return
    if "-" in last and last.rsplit("-", 1)[-1] in _AFFIX:
        hint, strength = "MISC", 3  # "Washington-based", "Bellevue, Washington-based firm": a description
    elif n > 1 and (last in lx.MISC_HEADS or first in _NUMBER_WORDS
                  or last in lx.NOT_NAMES and last not in lx.ORG_HEADS):
        hint, strength = "MISC", 3  # an event, a "-based" word, "Six Nations", a product ("Star Wars DVD")
    elif n == 2 and "d" in table.get(last, "") and (first in _COMPASS or first in _COMPASS_ABBR or "d" in table.get(first, "")
                                                     or "c" in table.get(first, "")):
        # "South Korean", "Bosnian Serb", "U.S. Republican": an adjective; "Bosnian Serbs": a people
        hint, strength = ("GROUP" if last.endswith("s") else "MISC"), 3
    elif n == 1 and "-" in key and all("d" in table.get(part, "") for part in key.split("-")):
        hint, strength = "MISC", 3  # "Arab-Israeli", "Anglo-Irish": an adjective of two peoples
    elif n > 1 and toks[-2].lower in lx.MISC_HEADS and (last in _NUMBER_WORDS or last in _ROMAN):
        hint, strength = "MISC", 3  # "World War Two", "World War II"
    elif n > 1 and (last in _STATE_HEADS or "c" in table.get(last, "") and any(t.lower in _STATE_HEADS for t in toks)):
        hint, strength = "LOC", 3  # "Slovak Republic", "Federal Republic of Yugoslavia": a state
    elif n == 1 and "-" in key and _PARTICLE_NAME.match(toks[0].text):
        hint, strength = "PER", 3  # "Inzamam-ul-Haq", "Ata-ur-Rehman"
    elif "&" in key and any(t.text == "&" for t in toks):
        hint, strength = "ORG", 3
    elif "d" in tags and not _COUNTRY_OR_ORG.intersection(tags):
        hint, strength = ("GROUP" if key.endswith("s") and n == 1 else "MISC"), 3
    elif n == 1 and not tags and key[-1:] == "s" and "d" in table.get(key[:-1], ""):
        hint, strength = "GROUP", 3  # "Latinos", "Hispanics": the plural of a people's name, a group
    elif "o" in tags or "e" in tags:
        hint, strength = "ORG", 3
    elif _PLACE_STRONG.intersection(tags):
        hint, strength = "LOC", 3
    elif "p" in tags and n > 1:
        hint, strength = "PER", 3
    elif n > 1 and last in ("city", "town") and _TOWN.intersection(tags):
        hint, strength = "LOC", 3  # "Kansas City", "Cape Town": the gazetteer's town, not a club ("Stoke City")
    elif n == 2 and last in _COMPASS_POINTS and _PLACE_NAMED.intersection(table.get(first, "")):
        hint, strength = "LOC", 3  # "Leicester South", "Bristol East": a constituency or a district
    elif n > 1 and first in lx.HONORIFICS:
        hint, strength = "PER", 3  # "Ms Hill", "Mr Field": a courtesy title opens a person's name
    elif n > 1 and last in lx.ORG_HEADS and not (n <= 3 and "f" in table.get(first, "") and "s" in table.get(last, "")
                                                 and last not in _FIRM_OF_FAMILY):
        hint, strength = "ORG", 3  # not "Cheryl Mills", "Mike Mills": a first name before a surname that is also a head
    elif n == 2 and last in _SURNAME_HEADS and _first_name(toks[0], table) and not _town_of_state(span, ctx):
        hint, strength = "PER", 2  # "Wayne Bridge", "Darryn Hill": a first name before a surname, not a bridge
    elif n > 1 and last in lx.PLACE_HEADS:
        hint, strength = "LOC", 3
    elif n > 1 and first in _MISC_OPENERS:
        hint, strength = "MISC", 3  # "Hurricane Sandy", "Operation Desert Storm"
    elif n > 1 and first in _PLACE_OPENERS:
        hint, strength = "LOC", 3  # "Mount Everest", "Fort Hood", "Lake Geneva"
    elif "y" in tags:
        hint, strength = "LOC", 1 if _PERSON_TAGS.intersection(tags) else 3
    elif n > 1 and first in ("st", "st.", "saint", "ste", "san", "santa", "sao"):
        hint, strength = "LOC", 2  # "St Louis"; "St Mirren" in a sports report becomes a team below
    elif n == 1 and ctx.sports and key.endswith("s") and "w" in table.get(key[:-1], "") + tags:
        hint, strength = "ORG", 2  # "the Braves", "Eagles": a team's nickname
    elif n > 1 and "o" in table.get(first, ""):
        hint, strength = "ORG", 2  # "BBC Radio Five Live"
    elif n > 1 and first in lx.ORG_OPENERS:
        hint, strength = "ORG", 2
    elif n > 2 and any(t.lower in ("for", "on") for t in toks[1:-1]):
        hint, strength = "ORG", 3  # "Organisation for Security and ...", "Commission on Presidential Debates"
    elif n > 2 and any(t.lower == "of" and toks[k - 1].lower in lx.ORG_HEADS for k, t in enumerate(toks[1:], 1)):
        hint, strength = "ORG", 3  # "Chicago Board of Trade", "News Agency of Nigeria"
    elif n > 2 and first in lx.OF_HEADS and toks[1].lower == "of":
        hint, strength = ("LOC", 2) if first in _PLACE_OF else ("ORG", 2)
    elif n == 1 and toks[0].caps and len(key.replace(".", "")) <= 6:
        hint, strength = "ORG", 2
    elif n > 1 and first in _COMPASS and _PLACE_STRONG.union("ydt").intersection(table.get(" ".join([t.lower for t in toks[1:]]), "")):
        hint, strength = "LOC", 3
    elif n == 2 and last[-1:] == "s" and _team_town(table.get(first, "")) and not _SURNAME_OR_FIRST.intersection(
            table.get(last, "")):
        hint, strength = "ORG", 2  # "Florida Marlins", "Chicago Bulls": a place and a plural, a team
    elif n == 1 and key in lx.ORG_OPENERS and "w" not in tags:
        hint, strength = "ORG", 2  # "Dinamo", "Spartak": a club's first word alone
    elif n > 1 and (_initial(toks[0]) and not _PLACE_STRONG.intersection(table.get(first, ""))
                    or "f" in table.get(first, "")) and not (
            _common_last(toks, table) and _NOT_ONLY_GIVEN.intersection(table.get(first, ""))):
        hint, strength = "PER", 3  # "Jim Courier"; not "Sunshine State": a word that is not only a first name
    elif n > 1 and ctx.sports and _TOWN.intersection(table.get(last, "")) and "s" not in table.get(last, "") and (
            not _PLACE_STRONG.intersection(table.get(first, ""))):
        hint, strength = "ORG", 2  # "Hansa Rostock", "Standard Liege": a club named after its town
    elif n > 1 and "s" in table.get(last, ""):
        common = table.get(first, "")
        # "Great Wall", "Rust Belt": a common word before a word that is also a surname is no first name
        if "w" not in common or "f" in common or "s" in common and "w" not in table.get(last, "") or len(
                toks[0].text.rstrip(".")) == 1:
            hint, strength = "PER", 2  # "A Foley"
        elif n > 2 and all("w" in table.get(t.lower, "") for t in toks[1:]):
            # "Black Lives Matter" beside "BLM": common words a body takes the initials of; else a title ("Shall We Dance")
            initials = "".join([t.text[0] for t in toks])
            hint, strength = ("ORG", 1) if re.search(rf"\b{initials}\b", ctx.text) else _DEFAULT_COMMON
        else:
            hint, strength = ("PER", 2) if "s" in common and n > 2 else _DEFAULT_COMMON
    elif n == 1 and "p" in tags and "t" in tags:
        hint, strength = "PER", 1  # "Clinton", "Obama": a known person's name before a small town's
    elif "t" in tags:
        hint, strength = "LOC", 1
    elif n == 1 and _PERSON_TAGS.intersection(tags):
        hint, strength = "PER", 1
    elif n > 1 and all("w" in table.get(t.lower, "") for t in toks):
        hint, strength = _DEFAULT_COMMON
    elif n > 1 and last.endswith("s") and "w" in table.get(last[:-1], "") and not _GIVEN_OR_SURNAME.intersection(table.get(last, "")):
        hint, strength = "ORG", 2  # "Chicago Purchasing Managers", "Bombay Commodities": a plural noun ends no person's name
    elif n > 1 and _CITY_OR_COUNTRY.intersection(table.get(first, "")) and not _GIVEN_OR_SURNAME.intersection(
            table.get(first, "") + table.get(last, "")):
        hint, strength = "ORG", 1  # "Chicago PMI", "Aerodrom Beograd": a place's name in front
    elif n > 1 and _common_last(toks, table):
        hint, strength = _DEFAULT_COMMON  # "Da Vinci Code", "Scarborough Shoal": no person ends in a common noun
    elif n > 1:
        # "Decode DC", "USC Dornsife": an acronym opening or closing a name makes no person's (not "Ian Smith QC")
        acronym = toks[-1].caps and len(toks[-1].text) > 1 and last not in lx.GENERATIONS and toks[-1].text not in _REGNAL
        if acronym and n == 2 and "." in toks[-1].text and _TOWN.intersection(table.get(first, "")):
            hint, strength = "LOC", 1  # "Washington D.C.": a town and its state or district
        else:
            hint, strength = ("ORG", 1) if acronym or toks[0].caps and len(toks[0].text) > 2 else ("PER", 1)
    elif n == 1 and not tags:
        hint, strength = _by_suffix(key)
        if _CAMEL.match(toks[0].text) and ctx.text[span.start - 1:span.start] not in _HANDLE:
            hint, strength = "ORG", 2  # "HuffPost", "PepsiCo": a capital inside a word is a brand's, not a surname's
        elif ctx.sports and not strength:
            hint, strength = "ORG", 1  # an unknown word in a sports report is most often a team
    hint, strength = _context(span, ctx, hint, strength)
    span.hint, span.strength = hint, strength


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s$")


def _plural_acronym(t: Token, table: dict[str, str]) -> bool:
    """'GDRs', 'NGOs', 'ADRs': an acronym in the plural that the gazetteer does not know, no title ("MPs")."""
    return t.text[-1] == "s" and _PLURAL_ACRONYM.match(t.text) is not None and t.lower not in table and (
        t.lower[:-1] not in lx.PERSON_TITLES)


def _publisher(span: Span, table: dict[str, str]) -> bool:
    """A name a media cue may make a publisher's: not a person's, a country's, nor "UK-based"."""
    last = span.tokens[-1].lower
    return not _personal(span, table) and not _PLACE_STRONG.intersection(table.get(span.key, "")) and not (
        "-" in last and last.rsplit("-", 1)[1] in _AFFIX)


def market_index(span: Span, text: str, table: dict[str, str]) -> bool:
    """Whether the words after ``span`` make it a stock market index (see ``_INDEX_AFTER``)."""
    nxt = span.next.lower if span.next else ""
    if nxt in _INDEX_FIRST:
        return _INDEX_AFTER.match(text, span.end) is not None
    return nxt == "index" and not _plural_noun(span.tokens[-1], table) and span.tokens[-1].lower not in lx.ORG_HEADS


def _numbered_index(span: Span, text: str) -> bool:
    """A name before the number of shares in its index ("Nikkei 225 index"); an acronym before
    one of the usual such numbers needs no "index" ("FTSE 100", "S&P 500"; not "Channel 4")."""
    m = _INDEX_NUMBER.match(text, span.end)
    return m is not None and (m.group("index") is not None or span.tokens[-1].caps)


def _plural_noun(t: Token, table: dict[str, str]) -> bool:
    """'Managers', 'Traders': the plural of a common word, no surname ("Jones")."""
    return t.lower.endswith("s") and "w" in table.get(t.lower[:-1], "") and not _SURNAME_OR_FIRST.intersection(
        table.get(t.lower, ""))


def _personal(span: Span, table: dict[str, str]) -> bool:
    """A name the gazetteer gives to people: a known person, a first name opening it, or one
    surname ("a Rupert Murdoch newspaper", "the Murdoch newspaper": the owner, no title)."""
    toks = span.tokens
    return "p" in table.get(span.key, "") or len(toks) > 1 and _first_name(toks[0], table) or (
        len(toks) == 1 and "s" in table.get(span.key, ""))


def _coded(span: Span, ctx: Context, tags: str) -> tuple[str | None, int] | None:
    """The kind of a name in capitals or with digits that is no actor's, or None when it may be one."""
    toks, table = span.tokens, ctx.table
    n, first = len(toks), toks[0]
    if n == 1 and _plural_acronym(first, table):
        return None, 0  # "GDRs", "NGOs": many things of a kind, no one actor
    if first.caps and (n == 1 and _CODE_BEFORE.search(ctx.text, max(0, first.start - 16), first.start)
                       or n > 1 and all(t.caps and _COMMON_ONLY.issuperset(table.get(t.lower, "x")) for t in toks)):
        return None, 0  # "1.2 bln SKR", "symbol HMGT": a currency, a ticker; "CRUDE OIL": words
    nxt = span.next.lower if span.next is not None else ""
    if n == 1 and first.caps and nxt in _INSTRUMENTS and not _ENTITY.intersection(tags):
        return "MISC", 2  # "PIBOR futures", "BTP losses", "MO data": a market's instrument, no actor
    if n == 1 and first.text[-1].isdigit() and not tags and _CODE.match(first.text):
        if nxt in lx.SPEECH_VERBS:
            return "ORG", 2  # "O2 said": a firm that speaks
        return None, 0  # "M1", "H1 results", "C-4", "Under-21": a code
    return None


def _by_suffix(word: str) -> tuple[str | None, int]:
    """Unknown single words: place and company endings, else a weak default."""
    if word.endswith(_PLACE_SUFFIXES):
        return "LOC", 1
    if word.endswith(_ORG_SUFFIXES):
        return "ORG", 1
    return _DEFAULT_SINGLE, 0


def _common_last(toks: list[Token], table: dict[str, str]) -> bool:
    """A common word that is no surname or first name ends the name: a thing's or a place's name
    (before a regnal number: "World Group II", not "Pedro I"; not after a particle: "Le Pen")."""
    if toks[-1].text in _REGNAL or len(toks[-1].text) == 1 and toks[-1].text.isupper():
        toks = toks[:-1]  # "Pedro I", "World Group II", "Group B": the word before the number or letter
    tags = table.get(toks[-1].lower, "")
    return "w" in tags and not _GIVEN_OR_SURNAME.intersection(tags) and (len(toks) < 2 or toks[-2].lower not in lx.NAME_PARTICLES)


def _initial(t: Token) -> bool:
    return len(t.text) == 2 and t.text[1] == "." or (len(t.text) > 2 and t.text[1] == "." and t.text[0].isupper())


def _context(span: Span, ctx: Context, hint: str | None, strength: int) -> tuple[str | None, int]:
    prev = span.prev.lower if span.prev else ""
    nxt = span.next.lower if span.next else ""
    if hint in ("MISC", "GROUP"):
        return hint, strength
    if nxt in _MISC_AFTER and not span.comma_after and not span.bracket_after:
        return "MISC", 3  # "the Interactive Bafta awards", "a Pulitzer prize": an award, no actor
    start = span.tokens[0].start
    if prev == "of" and _SETTLEMENT_OF.search(ctx.text, max(0, start - 16), start) or (
            nxt in _SITE_AFTER and not span.comma_after and not span.bracket_after):
        return "LOC", 3  # "the town of Tacambaro", "Charles de Gaulle airport": a place, whoever it is named after
    if prev in _AFTER_WORDS:
        if prev == "the" and hint in ("PER", None) and len(span.tokens) > 1 and not span.role and "p" not in ctx.table.get(
                span.key, "") and (_THE_NAME_THEN if hint else _THE_NAME_SAYS).match(ctx.text, span.tokens[-1].end):
            return "ORG", 2  # "the Hong Kong Standard said", "told the Daily Star:": no person's name takes "the"
        if prev == "by" and _PUBLISHED_BY.search(ctx.text, max(0, start - 16), start) and _publisher(span, ctx.table):
            return "ORG", 3  # "published by Prensa Latina": a publisher
    elif ctx.text[start - 2:start] == ", " and _KIN_APPOSITION.search(ctx.text, max(0, start - 24), start):
        return "PER", 3  # "Ronald Reagan 's wife , Nancy ,": a relative, not the French town
    if nxt[:1].isdigit() and _numbered_index(span, ctx.text):
        return "MISC", 3  # "the FTSE 100", "the Nikkei 225 index": a stock market index, no actor
    if nxt in _AFTER_WORDS:
        if market_index(span, ctx.text, ctx.table):
            return "MISC", 3  # "the Dow Jones industrial average", "the Nasdaq composite index": a market index
        if nxt in _MEDIA_FIRST and _MEDIA_AFTER.match(ctx.text, span.tokens[-1].end) and _publisher(span, ctx.table):
            return "ORG", 3  # "Le Matin newspaper", "PAP news agency": a publisher
    if strength <= 2 and hint != "LOC" and not span.role:  # beats a surname's shape ("Pernod Ricard")
        placed = _SETTLED.intersection(ctx.table.get(span.key, ""))
        if prev in lx.ORG_PRECEDERS or not placed and prev == "in" and _SHARES_IN.search(
                ctx.text, max(0, span.start - 24), span.start):
            return "ORG", 2  # "drinks firm X", "shares in X" (not "shares in London")
        if not placed and span.comma_after and _ORG_APPOSITIVE.match(ctx.text, span.end):
            return "ORG", 2  # "X, the world's biggest drinks firm,"
    if ctx.clubs and hint == "LOC" and span.key in ctx.clubs and prev in lx.PLACE_CUES and prev not in _IN_A_TOWN and (
            not _PLACE_STRONG.intersection(ctx.table.get(span.key, ""))):
        return "ORG", 2  # "five points back from Chelsea", "at Everton": a club, in a report that shows it is one
    if strength <= 1:
        if span.role:
            return "PER", 2
        if nxt in _LEADER_AFTER and len(span.tokens) == 1:
            return "PER", 2  # "the Obama administration", "the Clinton campaign": a leader's, not the small town's
        if hint == "PER" and len(span.tokens) == 1 and "w" in (tags := ctx.table.get(span.key, "")) and (
                "f" in tags and "s" not in tags and "p" not in tags and _NAME_POSSESSIVE.search(
                    ctx.text, max(0, start - 24), start)  # "New Year's Eve": a common first name owned by a name
                or "f" not in tags and nxt == "of" and _OF_NAME.match(ctx.text, span.end)):  # "Medal of Honor"
            return None, 0  # a common word in a thing's name, no person
        if (prev in _POSSESSIVES or prev in _ARTICLES) and hint == "PER" and len(span.tokens) == 1:
            return None, 0  # "her Oscar", "his Jaguar", "an Emmy": a thing someone has, not a person by a first name
        if nxt in _GRADE_AFTER:
            return "MISC", 3  # "Brent crude", "Urals blend": an oil benchmark named after a field or a region
        if prev == "the" and hint == "LOC" and len(span.tokens) == 1 and span.key not in ctx.table:
            return None, 0  # "the Mafia": a place only by its ending ("-ia"), after "the" no better
        if prev == "the" and hint == "PER" and len(span.tokens) == 1:
            # "the South", "the Guardian": no person's name takes "the"; a compass point is a region
            return ("LOC", 2) if span.key in _COMPASS_POINTS else (None, 0)
        if prev == "the" and hint == "PER" and "p" not in ctx.table.get(span.key, "") and (
                span.tokens[0].caps or "w" in ctx.table.get(span.tokens[0].lower, "")):
            return None, 0  # "the Rust Belt", "the USC Dornsife poll": nor a name of two words opened by a common word
        if prev == "the" and span.key in lx.ORG_HEADS and len(span.tokens) == 1:
            return "ORG", 2  # "the Bank said", "the Commission": an organisation named by its head
        if prev in lx.PLACE_CUES and _TOWN.intersection(ctx.table.get(span.key, "")):
            return "LOC", 3  # "in Hull": a town the gazetteer knows, after a place cue
        if nxt in lx.SPEECH_VERBS or prev == "said":
            return "PER", 1
        if prev in lx.PLACE_CUES:
            return "LOC", 1
        if span.next is not None and "c" in ctx.table.get(nxt, "") and span.comma_after:
            return "LOC", 2  # "Lockerbie, Scotland"
        if nxt in lx.PLACE_FOLLOWERS and not span.bracket_after and not span.comma_after:
            return "LOC", 2  # "Sharqiyah province", "Mindanao island"
        if nxt in lx.ORG_FOLLOWERS and not span.bracket_after:
            return "ORG", 1
    if span.bracket_after and strength <= 2 and hint != "PER" and span.next is not None and "c" in ctx.table.get(nxt, ""):
        return "PER", 2  # "Samokhvalova ( Russia ) 3:45.011", "Lisa Raymond (U.S.)"
    if ctx.sports and strength <= 2 and player_marked(ctx.text, span.start, span.end):
        return "PER", 2  # "9 - Hakan Sukur", "Becerril 46th": a player in a line-up or among the scorers
    if ctx.sports and hint == "LOC" and prev == "the" and nxt in lx.CLUB_NOUNS and not span.comma_after and (
            lx.town_of_a_named_club(ctx.text, span.start, span.end)):
        return "LOC", 3  # "the Moscow club", "the Volgograd side": the town a club is from, named as a place
    if ctx.sports and hint == "LOC" and prev == "of" and _CLUB_OF.search(ctx.text, max(0, span.start - 40), span.start):
        return "LOC", 3  # "Espanyol of Barcelona": a club's town after its name
    if hint == "PER" and strength <= 2 and len(span.tokens) == 1 and span.key in ctx.staffed:
        return "ORG", 2  # "Charlton midfielder Graham Stuart": a club, not a surname
    if ctx.team_sport and hint == "LOC" and (ctx.clubs is None and prev not in lx.PLACE_CUES or ctx.clubs is not None and (
            span.key in ctx.clubs and prev not in _IN_A_TOWN)):  # a known club "at Chester" too: one row, not two
        if _VENUE_IN_BRACKETS.match(ctx.text, span.end) and ctx.text[:span.start].rstrip().endswith("("):
            return "LOC", 3  # "At The Oval ( London ) : Surrey beat ...": the ground's town
        tags = ctx.table.get(span.key, "")
        if "c" not in tags and "k" not in tags and span.key.rsplit(" ", 1)[-1] not in lx.VENUE_NOUNS:
            return "ORG", 2
    return hint, strength
