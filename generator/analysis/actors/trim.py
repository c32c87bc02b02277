"""Cutting a run of capitalised words into a candidate name span, with its role kept apart.

The cues are the usual ones of hand-written NER grammars (e.g. the MUC-7 LTG system,
Mikheev et al. 1998): titles before names, organisation suffixes, place heads, first-name
lists, acronyms, and the words around the span.
"""
from __future__ import annotations

import functools
import re

from . import lexicon as lx
from .word_tests import GIVEN_OR_SURNAME
from .clubs import POSTS
from .context import Context
from .neighbours import KIN
from .roles import ROLE_QUALIFIERS, UK_PARTIES, role_before
from .spans import NUMBERED_HEADS, Span, Token
from .works import WORK_NOUNS
from ..names import CLERICAL_STYLES, is_role
from .word_tests import (AFFIX, COMPASS, ENTITY, NUMBER_WORDS, PLACE_NAMED, PLACE_STRONG, REGION_WORDS, REGNAL, TOWN,
                         ends_in_place, first_name, in_lower_case, initial, is_title, month_acronym, owns_its_s, person_like,
                         plural_acronym, table_row, title_case_abbreviation)

_APPOSITIVE = re.compile(r",[ \t]+(?:the|a|an)[ \t]")  # "Priorities USA, the leading pro-Clinton super PAC"
_BODY_EDGE = lx.ORG_OPENERS | lx.ORG_HEADS | REGION_WORDS  # words at a body's or a region's edge, not a person's

_NAMED_OR_PEOPLE = frozenset("croekd")  # a country, region, organisation, event, continent or people
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())  # "Sunday Times"
# a weekday's part opens a show's title ("Saturday Night Takeaway"): the parts of the day of Wikipedia's "Day"
_DAY_PARTS = frozenset("morning afternoon evening night".split())
# Plurals that name a team before its name in sports reports ("champions Arsenal", "hosts France")
_TEAM_PLURALS = frozenset("champions holders leaders hosts visitors rivals opponents neighbours".split())
# auxiliaries that open a question, before a word in lower case; not "May" or "Will", names as often
_AUXILIARIES = frozenset("can could would should shall might must does did".split())
_OWNERS = frozenset(("our",))  # not "My": a work's title more often ("My Left Foot")
_COMPASS_INITIALS = frozenset(("N.", "S."))  # "N. Korea", "S. Korea", "S. Africa": North, South as headlines shorten them
# a market's or an industry's leader: a firm, in business news's usage ("market leader Diageo", "industry leader Intel")
_FIRM_LEADS = ("market leader", "industry leader", "sector leader")
# the departments of a campaign's or an office's staff that name posts ("Communications Director", "Policy Director",
# "Press Secretary", "Finance Director", "Political Director"; the usual staff titles of US campaigns and offices)
_STAFF_DEPARTMENTS = frozenset("communications policy press finance political digital field research".split())
_GOVERNMENT_HEADS = frozenset("dept department ministry office".split())  # "State Dept.", "Defence Ministry"
# a US cabinet post's words before its department's word ("secretary of State", "Secretary of the Treasury")
_SECRETARY_OF = re.compile(r"(?i)\bsecretary\s+of\s+(?:the\s+)?$")


def word_before_country(run: list[Token], table: dict[str, str]) -> bool:
    """'Hotel Rwanda', 'Little Britain': a common word of no name's kind, then a country's name."""
    tags = table.get(run[0].lower, "")
    return "w" in tags and not _NAMED_OR_PEOPLE.intersection(tags) and "c" in table.get(run[-1].lower, "")


@functools.lru_cache(maxsize=16)  # asked for each mention of the pair in one article
def _capitalised_mid_sentence(text: str, word: str, country: str) -> bool:
    """'Hotel Rwanda' after a lower-case word, a comma between them or not, somewhere in ``text`` (not "and", "of":
    "Independent and Neutral Switzerland" is a longer name's end): the common word capitalised as a name's; and a
    second sign that the pair is one name: the pair twice, a work's, an award's or a body's noun right before it
    ("Oscar nominee Hotel Rwanda", "the film Hotel Rwanda") or an appositive after it ("Priorities USA, the super
    PAC"). One "in Modern Britain", "the campaign for Global Britain" is the country's mention."""
    pairs = _pairs(text, word, country)
    if not any(before not in (None, "and", "of") for before, _ in pairs):
        return False
    return len(pairs) > 1 or any(before in WORK_NOUNS or before in lx.ORG_PRECEDERS or _APPOSITIVE.match(text, end)
                                 for before, end in pairs)


def _pairs(text: str, word: str, country: str) -> list[tuple[str | None, int]]:
    r"""Each "WORD COUNTRY" in ``text`` with the lower-case word right before it, a comma between them or not (None
    when there is none), and where the pair ends: ``re.finditer(rf"(?<![\w'’-])(?:(?P<before>[a-z]+),?[ \t]+)?WORD[ \t]+
    COUNTRY\b", text)`` read from each place the word stands (that pattern, opening on a look-behind, is tried at every
    character of the text and compiled for each pair)."""
    out = []
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        gap = after
        while gap < len(text) and text[gap] in " \t":
            gap += 1
        end = gap + len(country)
        if gap > after and text.startswith(country, gap) and (
                _word_char(country[-1]) != (end < len(text) and _word_char(text[end]))) and (
                at == 0 or not (_word_char(text[at - 1]) or text[at - 1] in "'’-")):
            out.append((_lower_word_before(text, at), end))
        at = text.find(word, at + 1)
    return out


def _lower_word_before(text: str, at: int) -> str | None:
    r"""The word of ``[a-z]+,?[ \t]+`` that ends at ``at``, when it is a whole word (nothing of a word before it)."""
    gap = at
    while gap > 0 and text[gap - 1] in " \t":
        gap -= 1
    if gap == at:
        return None
    if gap > 0 and text[gap - 1] == ",":
        gap -= 1
    start = gap
    while start > 0 and "a" <= text[start - 1] <= "z":
        start -= 1
    if start == gap or start > 0 and (_word_char(text[start - 1]) or text[start - 1] in "'’-"):
        return None
    return text[start:gap]


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # ``\w``


def _club_weekday(run: list[Token], after: str) -> bool:
    """A town and a club's last word that is a weekday, before a club's post ("Sheffield Wednesday manager Paul
    Sturrock"; lexicon.ORG_HEADS has the one weekday that ends a club's name)."""
    return len(run) == 2 and run[1].lower in _WEEKDAYS and run[1].lower in lx.ORG_HEADS and after in POSTS


# a member of a service, a common noun that AP style capitalises ("a Marine", "a Coast Guardsman"; AP Stylebook,
# "Marine", "Coast Guardsman"): after a country's name no name of its own ("a U.S. Marine barracks")
_SERVICE_MEMBERS = frozenset(("marine", "guardsman", "guardsmen"))


def _full_name_before(left: list[Token], table: dict[str, str]) -> bool:
    """Whether ``left``, its titles aside ("Judge"), is a given name and one more name of the Census lists."""
    k = 0
    while k < len(left) and (left[k].lower in lx.PERSON_TITLES or is_title(left[k], table)):
        k += 1
    return len(left) - k >= 2 and first_name(left[k], table) and bool(
        GIVEN_OR_SURNAME & set(table.get(left[-1].lower, "")))


def split_at_title(run: list[Token], table: dict[str, str], after: str = "", text: str = "") -> list[list[Token]]:
    """'Hong Kong Financial Secretary Donald Tsang' -> 'Hong Kong' | 'Financial Secretary Donald Tsang'.

    Also drops days and months at the end ("Insulza Monday") and a title at the end ("U.S.
    Assistant Secretary" -> "U.S."), and splits a country off the end ("OSCE Chechnya"). ``after`` is the
    word after the run: a club's post there keeps a weekday as a word of the club's name ("Sheffield Wednesday
    manager").
    """
    if len(run) == 1:  # most runs: nothing to split
        return [run]
    if run[-1].text[-2:-1].isupper() and plural_acronym(run[-1], table):
        run = run[:-1]  # "Cofinec GDRs": the firm, then a kind of its securities
        if len(run) == 1 and run[0].caps and run[0].lower not in table:
            return []  # "HD DVDs": an acronym before another, a kind of thing
    if len(run) > 2 and "f" in table.get(run[1].lower, "") and "d" in table.get(run[0].lower + "s", "") and (
            "d" not in table.get(run[0].lower, "")):
        run = run[1:]  # "Scot Nick Smith": a people's noun whose plural the gazetteer knows ("Scots"), then a person
    if len(run) > 1 and "d" in table.get(run[0].lower, "") and PLACE_NAMED.intersection(
            table.get(" ".join([t.lower for t in run[1:]]), "")) and not ENTITY.intersection(
            table.get(" ".join([t.lower for t in run]), "")):
        return [run[1:]]  # "Jewish West Bank settlements": a people's adjective before a place, not its name
    while len(run) > 1 and (run[-1].lower in lx.DAYS_MONTHS and not _club_weekday(run, after) or len(run) > 2 and "d" in table.get(run[-1].lower, "")
                            and not {"d", "c"} & set(table.get(run[-2].lower, "")) and run[-2].lower not in COMPASS
                            and not ENTITY.intersection(table.get(" ".join([t.lower for t in run]), ""))):
        run = run[:-1]  # "... Insulza Monday", "Tampa Bay Buccaneers American"
        while len(run) > 1 and not run[-1].cap:
            run = run[:-1]  # "Kansas City on" once "Monday" is gone
    if len(run) > 1 and run[-1].lower in _SERVICE_MEMBERS and PLACE_NAMED.intersection(
            table.get(" ".join([t.lower for t in run[:-1]]), "")):
        run = run[:-1]  # "a U.S. Marine barracks": the country, then a member of its forces, no name
    if len(run) > 1 and run[-1].lower in lx.NOT_NAMES_IN_CAPITALS and title_case_abbreviation(
            run[-1], table.get(run[-1].lower, "")):
        run = run[:-1]  # "the Skype Voip service": the firm, then the technology of its service
    if len(run) > 1 and run[-1].text == "I" and lx.BIG_PLACE_TAGS.intersection(
            table.get(" ".join([t.lower for t in run[:-1]]), "")):
        run = run[:-1]  # "the America I know": the speaker after a place, no regnal number ("Elizabeth I")
    n = len(run)
    # (a kin or religious title is written before a name, never after one: "Big Brother", "Wolf Brother" are a title's
    # words, not a name and a title)
    # (after "of"/"for" a title's word is the body's field, "Brennan Center for Justice", "Department of Justice")
    if n > 1 and run[-2].lower not in ("of", "for") and run[-1].lower not in KIN and (
            run[-1].lower in lx.PERSON_TITLES or "h" in table.get(run[-1].lower, "")
            or run[-1].text[:-1].isupper() and run[-1].lower[:-1] in lx.PERSON_TITLES) and (  # "Labour MPs"
            run[-1].lower not in lx.ORG_HEADS and ("f" not in table.get(run[-2].lower, "")  # not "John Major"
                                                    or ends_in_place(run[:-1], table))
            and not (n > 2 and len(run[-2].text) == 2 and run[-2].text[1] == "." and "f" in table.get(run[-3].lower, ""))):
        # not "Peter T. King": a first name and a middle initial before a surname that is also a title
        if run[-1].text[:-1].isupper() and run[-1].lower[-1:] == "s":
            return [run[:-1]]  # "Labour MPs": the party
        r = n - 1
        while r > 0 and (run[r - 1].lower in lx.ROLE_MODIFIERS or is_title(run[r - 1], table)) and (
                run[r - 1].lower != "counsel"):  # "Office of Special Counsel Director": the office's own word
            r -= 1
        if r > 1 and run[r - 1].lower in ("of", "for"):
            return [run]  # "European Court of Human Justice", "Office of Special Counsel": a post's words after "of"
            # name the body's field
        return [run[:r]] if r > 0 else []
    if n > 1 and "c" in table.get(run[-1].lower, "") and not ENTITY.intersection(
            table.get(" ".join([t.lower for t in run]), "")):
        left = run[:-1]
        if len(left) == 1 and left[0].text in _COMPASS_INITIALS:
            return [run]  # "N. Korea", "S. Korea": a headline's short form of the country's name
        if len(left) == 1 and text and word_before_country(run, table) and _capitalised_mid_sentence(
                text, left[0].text, run[-1].text):
            return [run]  # "Hotel Rwanda", "Little Britain", "Team GB": a common word the article capitalises
            # mid-sentence before a country, a title's or a body's name whole, no mention of the country
        if len(left) == 1 and left[0].lower in lx.SPORTS:
            return [run]  # "Athletics Ireland", "Swimming Australia": a sport's national governing body, named by the
            # sport and its country (Wikipedia, "National governing body")
        if not ({left[0].lower, left[-1].lower} & _BODY_EDGE) and all(
                t.cap for t in left) and not first_name(left[-1], table) and not (
                left[-1].lower in lx.PERSON_TITLES or is_title(left[-1], table)) and not (  # "Neil Jordan", "Baroness Scotland"
                len(left) > 1 and initial(left[-1]) and first_name(left[-2], table)) and not (  # "Lisa O. Monaco": a middle initial
                _full_name_before(left, table) and "s" in table.get(run[-1].lower, "")):  # "Judge Daniel Porter
            # Jordan": a given name and another name before it, the country's name a surname too
            return [left, run[-1:]]
    if n > 4:
        pair = _two_bodies(run)
        if pair:
            return pair
    if n > 2:
        body = _body_before_person(run, table)
        if body:
            return [run[:body], run[body:]]
    for k in range(1, n - 1):
        t = run[k]
        rest = run[k + 1:]
        named = len(rest) - (len(rest) > 1 and rest[-1].lower in lx.GENERATIONS)  # "Daniel Porter Jordan III"
        if not is_title(t, table) or t.lower in lx.ORG_HEADS or not 1 <= named <= 3:
            continue
        if not rest[0].cap:
            continue  # "Brennan Center for Justice in New York": a place after the body's "in", no person's name
        if all(x.lower in lx.GENERATIONS for x in rest):
            continue  # "Martin Luther King Jr.": a surname that is also a title, before "Jr."
        first_tags = table.get(rest[0].lower, "")
        if not (t.text.endswith(".") and len(rest) >= 2  # "Florida Gov. Jeb Bush": an abbreviated title
                or t.lower in lx.HONORIFICS  # "Foreign Policy Centre Mr Straw": whoever follows "Mr" is a person
                or t.caps and len(rest) >= 2  # "Lib Dem MP Parmjit Singh Gill": a title in capitals, then a full name
                or initial(rest[0]) or "f" in first_tags and ("w" not in first_tags or len(rest) > 1 and "s" in table.get(
                    rest[-1].lower, ""))  # "Foreign Secretary Jack Straw": a first name and a surname, common words too
                or person_like(rest[-1], table) and "w" not in table.get(rest[-1].lower, "")):
            continue
        r = k
        while r > 0 and (run[r - 1].lower in lx.ROLE_MODIFIERS or is_title(run[r - 1], table)
                         or "d" in table.get(run[r - 1].lower, "")):
            r -= 1
        if 1 < k < 4 and "p" in table.get(run[0].lower, "") and all(x.lower in _STAFF_DEPARTMENTS for x in run[1:k]):
            return [run[max(r, 1):]]  # "Clinton Communications Director Jennifer Palmieri", "Clinton Press
            # Secretary Brian Fallon": a known person's campaign department in the title, no body of its own and no
            # mention of that person (not "Clinton Foundation": a body's head word)
        return [run[:r], run[r:]] if r > 0 else [run]
    return [run]


def _two_bodies(run: list[Token]) -> list[list[Token]]:
    """'Fox Business Network and Fox News', 'British Bankers Association and Building Societies Association':
    two bodies' names joined by "and", each ending in a body's head word, the second of two words at least and
    opening with none ("Bank and Trust Company" is one name; "Texas Electronic Mail and Solicitation Act" a
    law's); [] where the run is one name."""
    for k in range(2, len(run) - 2):
        if run[k].lower == "and" and run[k - 1].lower in lx.ORG_HEADS and run[k + 1].lower not in lx.ORG_HEADS and (
                run[k + 1].cap and run[-1].lower in lx.ORG_HEADS):
            return [run[:k], run[k + 1:]]
    return []


def _body_before_person(run: list[Token], table: dict[str, str]) -> int:
    """How many words open ``run`` that name a body the gazetteer knows, before a given name and a surname:
    "told the BBC Michael Howard has ...", "Lib Dems David Laws said": two names side by side, the body's an
    acronym in capitals or two words ("Lib Dems"); 0 when none does (not "BBC World Service")."""
    for k in (1, 2):
        rest = run[k:]
        if not 2 <= len(rest) <= 3:
            continue
        head = run[:k]
        if k == 1 and not (head[0].caps and len(head[0].text) > 1):
            continue  # "Labour", "Apple": a one-word body in capitals only ("BBC", "CNN")
        if "o" not in table.get(" ".join([t.lower for t in head]), "") or not first_name(rest[0], table):
            continue
        if person_like(rest[-1], table) and rest[-1].cap and not ENTITY.intersection(
                table.get(" ".join([t.lower for t in run]), "")):
            return k
    return 0


def _people(word: str, table: dict[str, str]) -> bool:
    """A people's name in the plural: "Latinos", "Americans"."""
    return word.endswith("s") and "d" in table.get(word[:-1], "")


def strip_span(run: list[Token], tokens: list[Token], ctx: Context, text: str, *, team: bool = False) -> Span | None:
    """Drop sentence-initial common words and leading titles/demonyms (kept as the role);
    a ``team`` (a results table's name, "Red Star") is kept whole."""
    table = ctx.table
    run = list(run)
    while len(run) > 1 and not run[-1].cap and not (run[-1].text.isdigit() and run[-2].lower in NUMBERED_HEADS):
        run.pop()  # "Brennan Center for" once the title "Justice" is split off; not the number of "BBC Radio 4",
        # "Intermediate School 285"
    if len(run) > 1 and run[-1].lower in lx.OFFICE_ADJECTIVES:
        run.pop()  # "US Congressional elections", "the Republican Presidential debate": an adjective of an office
        # ends no name ("Commission on Presidential Debates" holds it inside)
    if len(run) > 1 and run[-1].lower in lx.STATE_ABBREVIATIONS and run[-1].text.istitle() and TOWN.intersection(
            table.get(" ".join([t.lower for t in run[:-1]]), "")):
        run.pop()  # "Staunton Va" under a reader's letter: a town and its state's abbreviation, the town
    joined = run[0].lower if len(run) == 1 else " ".join([t.lower for t in run])
    if "-" in joined:
        for k in range(len(run) - 1, -1, -1):  # "St. Louis-based Mercantile Bancorp": keep what follows
            low = run[k].lower
            if "-" in low and low.rsplit("-", 1)[1] in AFFIX:
                if k < len(run) - 1:
                    run = run[k + 1:]
                    joined = " ".join([t.lower for t in run])
                break
        tail = run[0].text.rsplit("-", 1)[-1]
        if len(run) > 1 and tail.isalpha() and tail.islower() and ("w" in table.get(tail, "") or _common_head(
                run[0].text, run[1], table)) and not is_title(
                run[0], table):  # but "President-elect Donald Trump": a title
            run = run[1:]  # "Oscar-winner Andrea Arnold", "Bafta-nominee X", "Goal-kickers Charlie Hodgson and ...":
            # a description before the name, in the singular or the plural
            joined = " ".join([t.lower for t in run])
    whole_length = len(run)  # from here the run is only ever cut at the front: same length, same words
    whole = table.get(joined, "")
    t = run[0]
    paired = ctx.clubs and len(run) == 1 and t.initial and t.lower in ctx.clubs and _paired_club(t, tokens, ctx.clubs)
    if paired:
        team = True  # kept whole, as a results table's team, and a club
    if len(run) == 1 and t.initial and not team and not t.caps and t.lower not in ctx.mid_caps and "w" in whole:
        if not _NAMED_OR_PEOPLE.intersection(whole) and not table_row(t, tokens, ctx):
            return None  # "Can poverty end?", "Has everyone ...": a common word opening a sentence, not the town
        if "o" in whole and in_lower_case(t.lower, text):
            return None  # "Visa screening missed ..." beside "her visa application": the firm's word in its common
            # sense, capitalised only where it opens a sentence
    if len(run) == 1 and "ecretary" in text[max(0, t.start - 24):t.start].lower() and _SECRETARY_OF.search(
            text, max(0, t.start - 24), t.start):  # (the word looked for first: a search per one-word span costs)
        return None  # "secretary of State", "Secretary of Defense", "Secretary of the Treasury": a post's words, not
        # the department's mention
    if t.lower in _AUXILIARIES and len(run) == 1 and t.i + 1 < len(tokens) and not tokens[t.i + 1].cap:
        return None  # "... for himself. Can conservatives trust him?": a question's verb inside a quotation
    if len(run) > 1 and (
            t.lower in _AUXILIARIES  # "... Does Iowa really want ...": a question's verb before a name
            or len(run) > 2 and t.i > 1 and tokens[t.i - 1].lower == "of" and is_title(tokens[t.i - 2], table)
            and "w" in table.get(t.lower, "") and person_like(run[1], table)) and "f" not in table.get(t.lower, ""):
        of_title = None if t.lower in _AUXILIARIES else _title_before_of(tokens, t.i, text)
        run = run[1:]  # "Chief of Staff Jeremy Bash": a title's last word cut from it at "of"; neither is the name's
        t = run[0]
        joined = " ".join([x.lower for x in run])
        whole_length, whole = len(run), table.get(joined, "")
    else:
        of_title = None

    if not ENTITY.intersection(whole) or run[0].lower in lx.FUNCTION_WORDS:
        while run:
            t = run[0]
            if t.text == "A" and len(run) == 2 and not t.initial and text[max(0, t.start - 3):t.start].rstrip()[-1:] in (",", ";"):
                break  # "J O'Connor, A Foley": in a list of names a capital "A" is an initial, no article
            if t.lower in _OWNERS and not t.initial and len(run) > 2:
                break  # "a buy from Our Principles PAC", "Our Lady of Lourdes": a mid-sentence "Our" opens a name
            if len(run) > 2 and t.lower in _WEEKDAYS and run[1].lower in _DAY_PARTS:
                if run[-1].lower in lx.ORG_HEADS:
                    break  # "the Sunday Morning Post": a paper's name, as "Sunday Times"
                return None  # "Saturday Night Takeaway", "Monday Night Football": a show's title, no name after a day
            if t.lower in lx.FUNCTION_WORDS and not (t.caps and len(run) == 1 and (
                    "o" in table.get(t.lower, "") or month_acronym(
                        t, tokens[t.i + 1] if t.i + 1 < len(tokens) else None))) and not (
                    t.lower in NUMBER_WORDS and not t.initial and len(run) > 1) and not (  # "Six Nations" stays whole
            len(run) == 2 and t.lower in _WEEKDAYS and run[1].lower in lx.ORG_HEADS):  # "Sunday Times" too
                run.pop(0)
                continue
            if not team and t.initial and t.lower not in ctx.mid_caps and not table_row(t, tokens, ctx) and not (
                    len(run) > 1 and (t.lower in lx.ROLE_MODIFIERS or is_title(t, table))):
                tags = table.get(t.lower, "") or table.get(t.lower[:-1], "") * t.lower.endswith("s")
                if len(run) == 2 and "w" in tags and _people(run[1].lower, table):
                    run.pop(0)  # "Young Latinos voted": a common word before a people's plural, no given name
                    continue
                if "f" in tags and len(run) > 1 and person_like(run[1], table):
                    break  # "Mark McNulty ..." at the start of a line
                if len(run) > 2 and ENTITY.intersection(table.get(t.lower + " " + run[1].lower, "")):
                    break  # "New York Energy Desk": a place's name opens the name
                if len(run) > 1 and t.lower in COMPASS and "d" in table.get(run[1].lower, ""):
                    break  # "South African Airways", "North Korean state media": the compass word belongs to the name
                if len(run) == 2 and run[1].lower.rstrip(".") in _GOVERNMENT_HEADS:
                    break  # "State Dept.", "Justice Department": the word names the department
                if len(run) > 2 and t.lower in lx.ORG_OPENERS and t.lower not in lx.PARTY_WORDS and (
                        run[-1].lower in lx.ORG_HEADS or t.lower == "united"):
                    break  # "United Gun Group said ...", "National Rifle Association said ...": the word opens the
                    # body's name (no description, unlike a creed's "Conservative"); "United Auto Workers" too
                if len(run) == 2 and t.lower in lx.SPORTS and PLACE_STRONG.intersection(table.get(run[1].lower, "")):
                    break  # "Athletics Ireland have hinted": the sport opens its governing body's name (as above)
                if len(run) > 2 and run[1].text == "&":
                    break  # "Cable & Wireless and NTL ...": an ampersand joins the opening word to the name
                if len(run) > 2 and run[1].lower == "of" and t.lower in lx.OF_HEADS and t.lower in lx.ORG_HEADS:
                    break  # "Bank of America said ...", "Department of Health figures ...": a body's head opens its name
                if ("w" in tags and not _NAMED_OR_PEOPLE.intersection(tags)) or (
                        not tags and len(run) == 1 and not t.caps and not ctx.sports and t.lower not in ctx.openers
                        and not owns_its_s(text, t.end)):  # (not "Sainsbury's has cut prices": a firm's name)
                    run.pop(0)
                    continue
            break
    if not run:
        return None
    if len(run) == 1 and run[0].lower in lx.ORG_HEADS and not run[0].caps and (
            whole_length > 1 and tokens[run[0].i - 1].lower not in lx.FUNCTION_WORDS
            or run[0].i > 0 and tokens[run[0].i - 1].text.isdigit() and "o" not in table.get(run[0].lower, "")):
        return None  # "Spooks Interactive took ..." less its opening word, "his 19 Entertainment company": a body's
        # head word cut from its name, no name of its own (not "the Bank said": a body named by its head; not "the
        # 2000 Senate debate", "34 Senate seats": a body the gazetteer knows, after a year or a count)
    role_end = 0
    person = False
    # the name's last word, before a regnal number ("Queen Elizabeth I", "King Baudouin I")
    end = len(run) - 2 if len(run) > 2 and run[-1].text in REGNAL else len(run) - 1
    last = run[end].lower
    if (end > 0 and person_like(run[end], table) and last not in lx.ORG_HEADS and last not in lx.PLACE_HEADS
            and last not in _GOVERNMENT_HEADS
            and "d" not in table.get(last, "")):  # "Bosnian Serbs": a people, no title before a name
        while role_end < end:
            t = run[role_end]
            tags = table.get(t.lower, "")
            rest = " ".join([x.lower for x in run[role_end:]])
            if ENTITY.intersection(table.get(rest, "")):
                break
            if is_title(t, table):
                person = True
            elif role_end < end - 1 and (tags == "w" or t.lower in UK_PARTIES) and not t.caps and first_name(
                    run[role_end + 1], table):
                pass  # "Libertarian Gary Johnson", "Democrat Hillary Clinton", "Tory Edward Turnour": a word of
                # description, dropped
            elif not ("d" in tags or t.lower in lx.ROLE_MODIFIERS) or role_end == end - 1 and first_name(t, table):
                break  # "Christian Cullen": a first name that is also a demonym, before a surname
            role_end += 1
    if role_end and not person and (run[role_end].lower in ("and", "&", "of") or run[role_end].lower in ("for", "on") and (
            run[role_end - 1].lower in lx.ORG_HEADS) or any(
            t.lower in lx.ORG_HEADS for t in run[role_end:])):
        role_end = 0  # "American Civil Liberties Union of Ohio", "Scottish and Newcastle": a people's adjective opens a body's name;
        # "Union for Reform Judaism": a body's head word read as a modifier, before the "for" of its name
    role_tokens, run = run[:role_end], run[role_end:]
    if not person:
        role_tokens = []  # "Russian President" is a role; "Russian" alone is not (a demonym, dropped)
    if not run or role_tokens and len(run) == 1 and run[0].lower in lx.NOT_NAMES:
        return None  # (and "Baby Boomers": a word that names no one after a title's word, no person)
    span = Span(run, 0)  # positional: keyword arguments cost a third of the construction
    span.key = joined if len(run) == whole_length else " ".join([t.lower for t in run])
    if paired:
        span.hint, span.strength = "ORG", 3  # two cues: the report's club cues, and a club after "and"
    if role_tokens:
        while role_tokens and (role_tokens[0].lower in lx.HONORIFICS or role_tokens[0].lower in CLERICAL_STYLES):
            role_tokens.pop(0)
        if role_tokens:
            first = role_tokens[0].i
            start = tokens[first - 1].start if first > 0 and tokens[first - 1].lower in ROLE_QUALIFIERS else role_tokens[0].start
            if start == role_tokens[0].start and len(role_tokens) == 1:
                start = _post_before_title(tokens, first, text, start)
            span.role = text[start:role_tokens[-1].end]  # "former President Bill Clinton": the role was, not is
        else:
            span.role = None
        span.hint, span.strength = "PER", 3
    if of_title and not span.role and run[0].i == of_title[1]:
        span.role = of_title[0]  # "former Secretary of State Hillary Clinton": the title whole, cut at its "of"
        span.hint, span.strength = "PER", 3
    i, j = run[0].i, run[-1].i
    span.prev = tokens[i - 1] if i > 0 else None
    span.next = tokens[j + 1] if j + 1 < len(tokens) else None
    prev = span.prev
    if not span.role and prev is not None and prev.lower in lx.HONORIFICS and i > 1 and (
            span.hint == "PER" or text[prev.end:prev.end + 1] in ". "):
        prev = tokens[i - 2]  # "ex-chatshow host Mr Kilroy-Silk": the role before the honorific, in the singular and
        # no comma between ("friends and advisers, Mrs. Clinton and former President Bill Clinton": others)
        if not prev.cap and is_role(prev.lower) and text[prev.end:tokens[i - 1].start] == " ":
            span.role = role_before(tokens, i - 1, text)
    elif not span.role and prev is not None and not prev.cap and prev.lower not in lx.FUNCTION_WORDS and (
            prev.lower.isalpha() or prev.lower.replace("-", "").isalpha()):  # "front-runner X", "co-host X"
        span.role = role_before(tokens, i, text)  # (the tests after "not cap" are its own first ones, made here for speed)
        if span.role and prev.lower in _TEAM_PLURALS and not (span.next is not None and (
                span.next.lower == "and" or span.next.cap and text[span.end:span.end + 2].strip()[:1] == ",")):
            span.role = None  # "champions Arsenal", "holders Porto": a plural before one name, a team
            span.hint, span.strength = "ORG", 3
        elif span.role and (span.role == "fellow" or span.role.endswith(" fellow")) and span.next is not None and (
                span.next.lower.isalpha() and not span.next.cap and is_role(span.next.lower)):
            span.role = None  # "Pugh's fellow Neath-Swansea Ospreys player X": "fellow" qualifies the post after the
            # name (a club's or a party's member), no fellow's post of the name's own
        elif span.role and span.role.endswith(_FIRM_LEADS):
            span.role = None  # "bought by market leader Diageo": a firm that leads its market, no person's post
            span.hint, span.strength = "ORG", 3
    return span


def _post_before_title(tokens: list[Token], first: int, text: str, start: int) -> int:
    """Where a post in lower case starts that stands right before a name's own title ("Democratic presidential
    candidate Sen. Bernie Sanders", "the party's leader Sen. X"): the role is the post with the title; ``start`` (the
    title's) where none does. A post in the singular only ("told reporters Sen. X": the reporters are others)."""
    if first == 0 or tokens[first - 1].cap or not is_role(tokens[first - 1].lower):
        return start
    post = role_before(tokens, first, text)
    if not post:
        return start
    at = text.rfind(post, max(0, start - len(post) - 2), start)
    return at if at >= 0 and not text[at + len(post):start].strip() else start


def _title_before_of(tokens: list[Token], k: int, text: str) -> tuple[str, int] | None:
    """The title a name's run opens with the last word of, cut from it at "of" ("Secretary of State John Kerry",
    "Chief of Staff Jeremy Bash"): the title's words from its capitalised head (and the capitalised modifiers and
    the qualifier before it: "former Deputy Chief of Staff"), with the index of the name's first token after it."""
    head = k - 2
    while head > 0 and tokens[head - 1].cap and tokens[head - 1].lower in lx.ROLE_MODIFIERS and (
            text[tokens[head - 1].end:tokens[head].start] == " "):
        head -= 1
    if head > 0 and tokens[head - 1].lower in ROLE_QUALIFIERS and text[tokens[head - 1].end:tokens[head].start] == " ":
        head -= 1
    return text[tokens[head].start:tokens[k].end], k + 1


def _paired_club(t: Token, tokens: list[Token], clubs: frozenset[str]) -> bool:
    """'Arsenal and Chelsea are seeded': a word opening the sentence that the report's club cues make a club, "and"
    and another such club after it: the club, not the common word ("Borders" alone opens a sentence as a word)."""
    k = t.i
    return k + 2 < len(tokens) and tokens[k + 1].lower == "and" and tokens[k + 2].cap and tokens[k + 2].lower in clubs


def _common_head(word: str, after: Token, table: dict[str, str]) -> bool:
    """'Goal-kickers' before 'Charlie Hodgson': a hyphenated word opening on a common word, a given name after it."""
    head = word.split("-", 1)[0].lower()
    tags = table.get(head, "")
    return "w" in tags and not ENTITY.intersection(tags) and "f" in table.get(after.lower, "")
