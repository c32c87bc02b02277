"""The kind the words around a name give it ("the town of X", "X newspaper", "shares in X"),
over what the name's own words said."""
from __future__ import annotations

import re

from ..names import ROLE_HEADS
from . import lexicon as lx
from .clubs import POSTS
from .context import Context
from .spans import POSSESSIVE_S, Span, times_standing
from .teams import player_marked
from .word_tests import (AFFIX, COMPASS_POINTS, FIRM_OF_FAMILY, GIVEN_OR_SURNAME, IN_A_TOWN, LEADER_BODIES,
                         PLACE_STRONG, TOWN, personal, plain_common, plural_noun)

_SETTLED = frozenset("yct")  # a city, a country or a town
_POLL_AFTER = frozenset("poll polls".split())  # not "survey": "the Tankan survey" is the survey's own name
# the end of an apposition after a name: a stop, a comma, a bracket, a dash ("his other band, Fightstar.")
_APPOSITION_END = re.compile(r"[ \t]*(?:[,.;:)!?\"”]|[-–—]|$)")
# the words after a founder's name that make it a firm's (the firm-of-family heads, "Co." of company names)
_AND_FIRM = frozenset(("and", "&"))
_AND_COMPANY = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:Company|Co\b|"
                          + "|".join(sorted(w.capitalize() for w in FIRM_OF_FAMILY)) + r")\b")
_GRADE_AFTER = frozenset("crude blend".split())  # a commodity's grade after its name (oil market usage)
POSSESSIVES = frozenset("her his its their my your our".split())
DETERMINERS = POSSESSIVES | {"the", "a", "an"}  # an article or a possessive pronoun
_NAME_POSSESSIVE = re.compile(r"\b[A-Z][\w-]*(?:['’]s|s['’])[ \t]+$")
_OF_NAME = re.compile(r"[ \t]+of[ \t]+[A-Z]")
_ARTICLES = frozenset(("a", "an"))  # no person's one-word name takes an indefinite article
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
# an animal's kind in lower case right before its name ("his guide dog Lucy", "the racehorse Best Mate"): pets and
# horses, the animals news names (Wikipedia, "List of domesticated animals"; horse racing's words for a horse; not
# "hurdler" or "chaser", an athlete's too; not "Cat Deeley", a given name; not "a Trojan horse," Joey Salceda said)
_ANIMALS = frozenset("dog dogs puppy cat kitten horse racehorse pony mare stallion gelding colt filly parrot".split())
# a constituency: the seat after its name ("the Sheffield Hallam seat"), or an MP's or a parliament's "for" before
# it ("entered Parliament for Sheffield Brightside"), as UK election reporting names constituencies
_SEAT_AFTER = frozenset(("seat", "constituency"))
_MEMBER_FOR = re.compile(r"\b(?:MP|MSP|MEP|Parliament|Commons)[ \t]+for[ \t]+$")
# a relative in apposition: "Reagan 's wife , Nancy"
KIN = frozenset(("brother", "daughter", "father", "husband", "mother", "sister", "son", "widow", "wife"))


# nouns before a name that only a body is ("investment firm Grant Samuel", "Film studio Fox"): the firm nouns of
# ``lexicon.ORG_PRECEDERS`` less those a person is called by too ("rival", "owner", "producer", "publisher",
# "developer", "operator", "distributor", "party", "club", "band", "orchestra": "the band Paul McCartney formed")
# and those written before a site's or a unit's own name rather than a firm's ("website", "subsidiary", "startup")
BODY_NOUNS = lx.ORG_PRECEDERS - frozenset("""rival owner producer publisher developer operator distributor party club
    band orchestra site website startup start-up subsidiary think-tank thinktank""".split())
# a professional firm named by its staff in the plural ("external auditors Arthur Andersen", "accountants Ernst
# Young"): the professional-services trades (Wikipedia, "Professional services")
_FIRM_STAFF = frozenset("auditors accountants consultants brokers bankers advisers advisors solicitors actuaries".split())
# after a body's name: the clause goes on with it as its subject or ends (not "the company John Smith founded":
# a relative clause, its subject a person)
_GOES_ON = lx.SPEECH_VERBS | frozenset("""has had have is was will would could can may might which that in on at
    for to of as with from by""".split())


NOUN_BEFORE = BODY_NOUNS | _FIRM_STAFF


# before "of" and a name: a body owning or owned ("the parent company of Yukos", "a subsidiary of X", "a unit of X")
_OWNED = frozenset("subsidiary unit division arm".split())
_PARENTS = frozenset("parent holding".split())
_PARENT_NOUNS = frozenset("company firm group".split())


def _owner_of(text: str, of_start: int) -> bool:
    """Whether the words before the "of" at ``of_start`` are a body's ("the parent company of", "a unit of"); a
    string split of the few characters before, no regular expression (the test runs at every "of" before a name)."""
    words = text[max(0, of_start - 24):of_start].split()
    if not words:
        return False
    last = words[-1]
    return last in _OWNED or last in _PARENT_NOUNS and len(words) > 1 and words[-2] in _PARENTS
_SHIRT_AFTER = re.compile(r"[ \t]+(?:\d{1,2}|eight|nine|ten)\b")  # "number 10", "number eight": a rugby shirt
# a body's posts after its name ("Yukos boss", "a Yukos spokesman"): the posts of news English's "X boss" usage
_BODY_POSTS = frozenset("boss chief chairman chairwoman spokesman spokeswoman executive executives director directors".split())


def named_by_body_noun(span: Span, text: str, table: dict[str, str]) -> bool:
    """A body's noun right before a name shaped like a person's ("investment firm Grant Samuel", "external auditors
    Arthur Andersen"), the name ending its clause or its subject: the body, not a person by a first name."""
    prev = span.prev
    if prev is None or not prev.text.islower() or text[prev.end:span.start] != " ":
        return False
    staff = prev.text in _FIRM_STAFF
    if not staff and prev.text not in BODY_NOUNS or "p" in table.get(span.key, ""):
        return False
    nxt = span.next
    after = text[span.end:span.end + 1]
    if staff and (after == "," or nxt is not None and nxt.lower in ("and", "&")):
        return False  # "team-mates John Terry and ...": persons listed
    return nxt is None or after in ",.;:)" or nxt.lower in _GOES_ON


def kin_role(role: str | None) -> bool:
    """'wife', "the couple's daughter", "Mr Begg's father": a relative's noun, with or without whose."""
    return bool(role) and role.lower().rsplit(None, 1)[-1] in KIN


_KIN_APPOSITION = re.compile(r"['’]s[ \t]+(?:" + "|".join(sorted(KIN)) + r")[ \t]*,[ \t]*$")
# the number of shares in an index, after its name: "Nikkei 225 index", or one of the sizes of the
# best-known indices (FTSE 100/250/350, S&P 500, Nikkei 225, CAC 40, DAX 30, Euro Stoxx 50, ASX 200;
# general knowledge of the markets), then no percentage, unit or count ("IBM 100 years ago")
_COUNTED = r"per|points|years?|days|jobs|staff|people|workers|employees|million|billion"
_INDEX_NUMBER = re.compile(r"[ \t]+(?:\d{2,4}[ \t]+(?:share[ \t]+)?(?P<index>index)\b|"
                           rf"(?:30|40|50|100|200|225|250|350|500)(?![\w%-]|[.,]\d|[ \t]*(?:[%-]|(?:{_COUNTED})\b)))")
# words around a name that open one of the cues of ``by_neighbours`` below (a cheap test first)
_AFTER_WORDS = frozenset("the by industrial industrials composite share stock index newspaper news magazine daily "
                         "weekly tabloid".split())
# a publisher's kind after its name, or "published by" before it
_MEDIA_FIRST = frozenset("newspaper news magazine daily weekly tabloid".split())
# a publication's noun and its own name after a place ("the Paris daily Libération", "the London newspaper The
# Times"): the place is where it is published, no publisher
PUBLICATION_NAMED = re.compile(r"[ \t]+(?:newspaper|magazine|daily|weekly|tabloid)[ \t]+[A-Z]")
_MEDIA_AFTER = re.compile(r"[ \t]+(?:newspaper|news[ \t]+(?:agency|service)|magazine|daily|weekly|tabloid)\b")
_PUBLISHED_BY = re.compile(r"\bpublished[ \t]+by[ \t]+(?:the[ \t]+)?$")
# "a study by the X", "a poll by X": a pollster or a research body (weaker: "Jupiter" joins "Jupiter Research")
_STUDY_BY = re.compile(r"\b(?:study|studies|poll|polls|survey|surveys|report|analysis)[ \t]+by[ \t]+(?:the[ \t]+)?$")
# after "the" + name: a verb of saying or the end of a clause (not "the Dutroux case", a name as a modifier)
_THE_NAME_THEN = re.compile(r"[ \t]*(?:[,.;:)]|(?:said|says|reported|reports|quoted|added|wrote)\b)")
# common words that "say" something: a publication's name ("told the Daily Star:", "the Daily Caller reported")
_THE_NAME_SAYS = re.compile(r"[ \t]*(?::|(?:said|says|reported|reports|quoted|wrote)\b)")
# a goal's noun, or a lead taken, before the scorer's name: football's and rugby's match-report phrases
_SCORER_CUES = frozenset(("from", "through"))
_SCORED_BY = re.compile(r"\b(?:strikes?|goals?|headers?|shot|effort|volley|brace|try|tries|lead(?:[ \t]+in[ \t]+the"
                        r"[ \t]+\d+(?:st|nd|rd|th)[ \t]+minute)?)[ \t]+(?:from|through)[ \t]+$")


# a sponsor's deal before the name of its partner ("sponsorship deals with Chelsea", "a shirt sponsorship agreement with")
_SPONSORED = re.compile(r"\bsponsorship[ \t]+(?:deals?|agreements?|contracts?)[ \t]+with[ \t]+$")


# money and what is paid, before "from" and its payer ("a payment from Chelsea", "a bid from Leeds"): a body or a
# person pays, no town (the noun's object, as "shares in" of _SHARES_IN)
_PAID_FROM = re.compile(r"\b(?:payments?|fees?|bids?|offers?|money|cash|funding|donations?|compensation)[ \t]+from[ \t]+$")


# a club's noun after its country's adjective or its league's name, before the club's own ("Scottish club Rangers",
# "Championship side Wolves"; not "the other side Tuesday")
_TEAM_OF = re.compile(rf"\b[A-Z][\w-]+[ \t]+(?:{'|'.join(sorted(lx.TEAM_NOUNS))})[ \t]+$")


# phrasal verbs that take a newcomer with "in" ("brought in Velimir Zajec", "called in Smith"), and his post after him
_BROUGHT_IN = re.compile(r"\b(?:bring|brings|brought|bringing|call|calls|called|calling|draft|drafts|drafted|drafting|"
                         r"rope|roped)[ \t]+in[ \t]+$")
_AS_POST = re.compile(r"[ \t]+as[ \t]+(?:(?:the|an?|his|her|its|their)[ \t]+)?([a-z-]+(?:[ \t]+[a-z-]+){0,2})")
_POSTS_AFTER_AS = ROLE_HEADS | {"consultant"}  # the role heads, and a hired adviser's word ("as a consultant")


def _as_post(text: str, end: int) -> bool:
    """Whether "as" and a post follow a name ("as executive director", "as their new coach"): one of the next three
    words is a role's head."""
    m = _AS_POST.match(text, end)
    return m is not None and not _POSTS_AFTER_AS.isdisjoint(m.group(1).split())


# what a firm issues, after its name as a modifier ("trade in Gazprom shares": "in" governs the shares, not the name;
# from the market usage of news English, as _ORG_AFTER of ``evidence``)
_ISSUED = frozenset("shares stock stocks bonds".split())
_CLAUSE_ENDS = frozenset(",.;:")
_DASHED = frozenset((" -", " –", " —"))


def _after_getting(text: str, start: int) -> bool:
    """Whether the word before ``start`` says something was got from what follows ("rented from", "a venture
    from"): a firm's, where "flew home from X", "moved here from X" or "Tom Ward from X" say a place."""
    words = text[max(0, start - 30):start].split()
    return bool(words) and words[-1] in _GOT_FROM


# what is got from a firm: English verbs of getting and obtaining (Levin 1993, classes 13.5.1-2) in the past
# participle, and what a firm offers
_GOT_FROM = frozenset("""bought purchased rented leased hired ordered obtained acquired received collected borrowed
    downloaded licensed sourced venture service services offer deal""".split())


# a holding's noun before "in" ("a stake in X"): what is held in a firm, never in a town (_STAKE_IN); with "holding",
# "investment" (a town's regeneration as often), in a firm when the name is no known place's (_SHARES_IN)
_STAKE_NOUNS = "shares|stake|stakes"
_STAKE_IN = re.compile(rf"\b(?:{_STAKE_NOUNS})[ \t]+in[ \t]+$", re.I)
_SHARES_IN = re.compile(rf"\b(?:{_STAKE_NOUNS}|holding|holdings|investment)[ \t]+in[ \t]+$", re.I)
# the nouns after a malicious program's name in computer-security news ("the Sasser virus", "Netsky and Sasser virus
# families", "the Skulls Trojan")
_MALWARE_AFTER = frozenset("virus viruses worm worms trojan trojans".split())
_TOWN_ONLY = frozenset("tws")


def _town_only(tags: str) -> bool:
    """A town's tags, maybe a common word's or a surname's too ("Reading"), and no city's, country's or given name's."""
    return "t" in tags and _TOWN_ONLY.issuperset(tags)
_FOUNDED = re.compile(r",[ \t]+(?:which[ \t]+was[ \t]+)?(?:co-)?founded[ \t]+(?:by|in)\b")
_ORG_APPOSITIVE = re.compile(r",[ \t]+(?:the|a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,5}?(?:"
                             + "|".join(sorted(lx.ORG_PRECEDERS)) + r")\b")
def _body_appositive(text: str, end: int) -> bool:
    """", the world's biggest drinks firm", ", a former unit of Russian gas monopoly": a body's noun in the appositive
    after a name; not after a person's post and "of" ("Lajos Kosa, the parliamentary leader of the governing party")."""
    m = _ORG_APPOSITIVE.match(text, end)
    if m is None:
        return False
    words = m.group().lower().split()
    return "of" not in words or ROLE_HEADS.isdisjoint(words[:words.index("of")])


# Nouns after a name that make it an award's or a speech's (from news usage: "Bafta awards", "Nobel
# prize", "State of the Union address"); not "ceremony": "a London ceremony"
_MISC_AFTER = frozenset("""award awards prize prizes trophy address finalist finalists semifinalist semi-finalist
    quarterfinalist quarter-finalist disease syndrome""".split())  # "Wimbledon finalist": a tournament's; "Motor
# Neurone disease", "Lyme disease": an illness's (ICD-10's head nouns, as lexicon.MISC_HEADS); "the Mercury Montego
# sedans", "a Ford Focus hatchback": a car model's (body styles, Wikipedia "Car body style")
_MISC_AFTER |= frozenset("""sedan sedans saloon saloons hatchback hatchbacks coupe coupes roadster roadsters""".split())


# a building's head word that also heads a body's name (lexicon.PLACE_HEADS, as "Pew Research Center")
_SPEAKING_HEADS = frozenset("center centre museum".split())


def _publisher(span: Span, table: dict[str, str]) -> bool:
    """A name a media cue may make a publisher's: not a person's, a country's, nor "UK-based"."""
    last = span.tokens[-1].lower
    return not personal(span, table) and not PLACE_STRONG.intersection(table.get(span.key, "")) and not (
        "-" in last and last.rsplit("-", 1)[1] in AFFIX)


def market_index(span: Span, text: str, table: dict[str, str]) -> bool:
    """Whether the words after ``span`` make it a stock market index (see ``_INDEX_AFTER``)."""
    nxt = span.next.lower if span.next else ""
    if nxt in _INDEX_FIRST:
        return _INDEX_AFTER.match(text, span.end) is not None
    return nxt == "index" and not plural_noun(span.tokens[-1], table) and span.tokens[-1].lower not in lx.ORG_HEADS


def _numbered_index(span: Span, text: str) -> bool:
    """A name before the number of shares in its index ("Nikkei 225 index"); an acronym before
    one of the usual such numbers needs no "index" ("FTSE 100", "S&P 500"; not "Channel 4")."""
    m = _INDEX_NUMBER.match(text, span.end)
    return m is not None and (m.group("index") is not None or span.tokens[-1].caps)


def by_neighbours(span: Span, ctx: Context, hint: str | None, strength: int) -> tuple[str | None, int]:
    """The kind of ``span`` once the words around it are read, given what its own words said (``hint``,
    ``strength``): some cues win outright ("X airport"), others only over a weak reading ("shares in X")."""
    prev = span.prev.lower if span.prev else ""
    nxt = span.next.lower if span.next else ""
    if hint in ("MISC", "GROUP"):
        return hint, strength
    if prev in _ANIMALS and span.prev.text == prev and len(span.tokens) <= 2 and ctx.text[
            span.prev.end:span.tokens[0].start] == " ":
        return "MISC", 3  # "his guide dog Lucy", "the racehorse Best Mate": an animal's name, no actor
    if nxt in _AND_FIRM and _AND_COMPANY.match(ctx.text, span.tokens[-1].end):
        return "ORG", 3  # "Henry Holt and Company", "Smith & Sons": a firm named after its founders
    if nxt in _MISC_AFTER and not span.comma_after and not span.bracket_after:
        return "MISC", 3  # "the Interactive Bafta awards", "a Pulitzer prize": an award, no actor
    start = span.tokens[0].start
    if prev == "of" and _SETTLEMENT_OF.search(ctx.text, max(0, start - 16), start) or (
            (nxt in _SITE_AFTER or nxt in _SEAT_AFTER and hint != "ORG") and not span.comma_after
            and not span.bracket_after):
        return "LOC", 3  # "the town of Tacambaro", "Charles de Gaulle airport": a place, whoever it is named after;
        # "the Sheffield Hallam seat": a constituency (not "the Labour seat": a party's)
    if hint == "LOC" and span.tokens[-1].lower in _SPEAKING_HEADS and (
            nxt in lx.SPEECH_VERBS and not span.comma_after or _body_appositive(ctx.text, span.end)):
        return "ORG", 3  # "the Simon Wiesenthal Center said", "the Media Center, a US-based think-tank": a body that
        # speaks or is named as one, no building
    if hint != "ORG" and prev == "for" and _MEMBER_FOR.search(ctx.text, max(0, start - 20), start):
        return "LOC", 3  # "MP for Sheffield Brightside": a constituency
    if prev in _AFTER_WORDS:
        if prev == "the" and hint in ("PER", None) and len(span.tokens) > 1 and not span.role and "p" not in ctx.table.get(
                span.key, "") and (_THE_NAME_THEN if hint else _THE_NAME_SAYS).match(ctx.text, span.tokens[-1].end):
            return "ORG", 2  # "the Hong Kong Standard said", "told the Daily Star:": no person's name takes "the"
        if prev == "by" and _PUBLISHED_BY.search(ctx.text, max(0, start - 16), start) and _publisher(span, ctx.table):
            return "ORG", 3  # "published by Prensa Latina": a publisher
        if prev == "by" and _STUDY_BY.search(ctx.text, max(0, start - 20), start) and _publisher(
                span, ctx.table):
            return "ORG", max(strength, 2)  # "a study by the Pew Research Center", "a poll by Quinnipiac": its author
    elif ctx.text[start - 2:start] == ", " and _KIN_APPOSITION.search(ctx.text, max(0, start - 24), start):
        return "PER", 3  # "Ronald Reagan 's wife , Nancy ,": a relative, not the French town
    if nxt[:1].isdigit() and _numbered_index(span, ctx.text):
        return "MISC", 3  # "the FTSE 100", "the Nikkei 225 index": a stock market index, no actor
    if nxt in _AFTER_WORDS:
        if market_index(span, ctx.text, ctx.table):
            return "MISC", 3  # "the Dow Jones industrial average", "the Nasdaq composite index": a market index
        if nxt in _MEDIA_FIRST and _MEDIA_AFTER.match(ctx.text, span.tokens[-1].end) and _publisher(span, ctx.table):
            return "ORG", 3  # "Le Matin newspaper", "PAP news agency": a publisher
    if prev in lx.TEAM_NOUNS and strength <= 2 and _TEAM_OF.search(ctx.text, max(0, start - 40), start):
        return "ORG", 2  # "Scottish club Rangers", "Championship side Wolves", "Tunisian side Esperance": a club
    if hint == "PER" and strength == 3 and not span.role and prev in NOUN_BEFORE and named_by_body_noun(
            span, ctx.text, ctx.table):
        return "ORG", 3  # "investment firm Grant Samuel": a body's noun before a name shaped like a person's
    if hint == "LOC" and span.role and not kin_role(span.role) and len(span.tokens) == 2 and "f" in ctx.table.get(
            span.tokens[0].lower, ""):
        return "PER", 3  # "said Mike Lake, a Yukos spokesman": a post after a given name and a lake's name
    if strength <= 2 and hint != "LOC" and not span.role:  # beats a surname's shape ("Pernod Ricard")
        placed = _SETTLED.intersection(ctx.table.get(span.key, ""))
        if prev in lx.ORG_PRECEDERS and ctx.text[span.start - 3:span.start - 1] not in POSSESSIVE_S and (
                ctx.text[span.start - 2:span.start] != ", " or _APPOSITION_END.match(ctx.text, span.end)) or (
                not placed and prev == "in" and _SHARES_IN.search(
                ctx.text, max(0, span.start - 24), span.start)):
            return "ORG", 2  # "drinks firm X", "shares in X" (not "shares in London", nor "the website's Sound of 2005",
            # nor "with the wireless network, Cuyo as well as": a clause's end before a name the sentence goes on from)
        if prev.endswith("-based") and prev[:1].isalpha() or prev == "of" and _owner_of(ctx.text, span.prev.start):
            return "ORG", 2  # "Madrid-based Ferrovial", "the parent company of Yukos": a body based somewhere, owned
        if strength == 0 and nxt in _BODY_POSTS and span.key not in ctx.table and len(span.tokens) == 1:
            return "ORG", 1  # "former Yukos boss": a word no list knows before a body's post
        if not placed and span.comma_after and _body_appositive(ctx.text, span.end):
            return "ORG", 2  # "X, the world's biggest drinks firm,"
        if span.comma_after and _FOUNDED.match(ctx.text, span.end):
            return "ORG", 2  # "NextGen Climate, founded by Tom Steyer,": only a body is founded
    if ctx.clubs and (hint == "LOC" or strength <= 1) and span.key in ctx.clubs and prev in lx.PLACE_CUES and prev not in IN_A_TOWN and (
            not PLACE_STRONG.intersection(ctx.table.get(span.key, ""))):
        return "ORG", 2  # "five points back from Chelsea", "lost 3-0 away at Fenerbahce": a club, by the report's cues
    if strength <= 1:
        if span.role and len(span.tokens) == 1 and plain_common(ctx.table.get(span.key, "")):
            return None, 0  # "Oscar nominee Hotel Rwanda": a title's first word, no person's name after a role
        if span.role and len(span.tokens) == 1 and prev[-1:] == "s" and prev[:-1] in ROLE_HEADS and prev[:-1] not in KIN and (
                nxt not in _AND_FIRM and not span.comma_after):
            return "ORG", 2  # "a report from analysts Gartner": a post in the plural before one name, a firm of them
        if span.role and len(span.tokens) == 1 and span.role.rsplit(None, 1)[-1].lower() == "partner" and not (
                GIVEN_OR_SURNAME.intersection(ctx.table.get(span.key, ""))):
            return "ORG", 1  # "Respond's Belgian partner Keyobs": a partner named by one word no person bears, a firm
        if span.role:
            return "PER", 2
        if nxt in LEADER_BODIES and len(span.tokens) == 1 and (nxt != "regime" or GIVEN_OR_SURNAME.intersection(
                ctx.table.get(span.key, ""))):  # (not "the Nazi regime": a regime is named after a person by surname)
            return "PER", 2  # "the Obama administration", "the Castro regime": a leader's, not the small town's
        if hint == "PER" and len(span.tokens) == 1 and "w" in (tags := ctx.table.get(span.key, "")) and (
                "f" in tags and "s" not in tags and "p" not in tags and _NAME_POSSESSIVE.search(
                    ctx.text, max(0, start - 24), start)  # "New Year's Eve": a common first name owned by a name
                or "f" not in tags and nxt == "of" and _OF_NAME.match(ctx.text, span.end)):  # "Medal of Honor"
            return None, 0  # a common word in a thing's name, no person
        if (prev in POSSESSIVES or prev in _ARTICLES) and hint == "PER" and len(span.tokens) == 1:
            return None, 0  # "her Oscar", "his Jaguar", "an Emmy": a thing someone has, not a person by a first name
        if nxt in _GRADE_AFTER:
            return "MISC", 3  # "Brent crude", "Urals blend": an oil benchmark named after a field or a region
        if nxt in _MALWARE_AFTER and not PLACE_STRONG.intersection(ctx.table.get(span.key, "")):
            return "MISC", 3  # "the Sasser virus", "the Spybot worm": a program's name (not "the China virus")
        if prev == "the" and hint == "LOC" and len(span.tokens) == 1 and span.key not in ctx.table:
            return None, 0  # "the Mafia": a place only by its ending ("-ia"), after "the" no better
        if prev == "the" and hint == "PER" and len(span.tokens) == 1:
            # "the South", "the Guardian": no person's name takes "the"; a compass point is a region
            return ("LOC", 2) if span.key in COMPASS_POINTS else (None, 0)
        if prev == "the" and hint == "PER" and "p" not in ctx.table.get(span.key, "") and (
                span.tokens[0].caps or "w" in ctx.table.get(span.tokens[0].lower, "")):
            return None, 0  # "the Rust Belt", "the USC Dornsife poll": nor a name of two words opened by a common word
        if prev == "the" and span.key in lx.ORG_HEADS and len(span.tokens) == 1:
            return "ORG", 2  # "the Bank said", "the Commission": an organisation named by its head
        if prev == "in" and _town_only(ctx.table.get(span.key, "")) and _STAKE_IN.search(
                ctx.text, max(0, start - 16), start):
            return "ORG", 2  # "a 22% stake in Wembley", "Shares in Wembley were up": a firm named after its town (not
            # "shares in London rose": a city's market; not a country's or a region's)
        if prev in lx.PLACE_CUES and TOWN.intersection(ctx.table.get(span.key, "")) and not (
                prev == "from" and _PAID_FROM.search(ctx.text, max(0, start - 24), start)):
            return "LOC", 3  # "in Hull": a town the gazetteer knows, after a place cue (not "a payment from X": a payer)
        if nxt in _POLL_AFTER and not PLACE_STRONG.intersection(ctx.table.get(span.key, "")):
            return "ORG", 2  # "a Gallup poll", "a Monmouth survey": its pollster, not the small town (not "an Iowa poll")
        if nxt in lx.SPEECH_VERBS or prev == "said":
            return "PER", 1
        if prev == "in" and _BROUGHT_IN.search(ctx.text, max(0, start - 16), start):
            # "bring in X as executive director": "in" is the verb's, a newcomer's name after it, no place
            return ("PER", 2) if _as_post(ctx.text, span.end) else (hint, strength)
        if prev == "with" and hint == "LOC" and _SPONSORED.search(ctx.text, max(0, start - 40), start) and (
                PLACE_STRONG.isdisjoint(ctx.table.get(span.key, ""))):
            return "ORG", 2  # "sponsorship deals with Chelsea": a sponsor's partner is a club or a body, no town (a
            # country keeps its kind)
        if prev in _SCORER_CUES and (ctx.sports or ctx.clubs is not None) and _SCORED_BY.search(
                ctx.text, max(0, start - 40), start):
            return "PER", 2  # "strikes from Rivaldo (2)", "took the lead in the 35th minute through Kemadjou": a scorer
        if prev in lx.PLACE_CUES and span.key not in ctx.table and ctx.text[span.end:span.end + 2] in POSSESSIVE_S and (
                ctx.text[span.end + 2:span.end + 3] == " " and ctx.text[span.end + 3:span.end + 4].islower()):
            return "ORG", 1  # "a manager in Symantec's security group", "from Easyjet's founder": the cue is the owned
            # thing's; the owner of a common noun, a word no list knows (no Census name, no GeoNames place), a body's
            # (not "from Martika's 1980s hit", "at Fratello's Italian Grille": a work's or a venue's name goes on)
        if prev == "from" and len(span.tokens) == 1 and not span.tokens[0].caps and span.key not in ctx.table and (
                span.key[-2:] not in POSSESSIVE_S) and _after_getting(ctx.text, span.prev.start) and (
                ctx.text[span.end:span.end + 1] in _CLAUSE_ENDS or ctx.text[span.end:span.end + 2] in _DASHED):
            return "ORG", 1  # "rented from T-Mobile -", "a venture from Easygroup, which", "data collected from
            # Eventbrite, the online service": after "from", a word no list knows (GeoNames has the towns) ending
            # the clause is more often a firm's than a place's; not one before a noun ("from Qalandia refugee camp")
            # nor a route's end ("from Heathrow to Jeddah"); "Tom Ward from X" may be his town
        if prev in lx.PLACE_CUES:
            return ("ORG", 1) if nxt in _ISSUED else ("LOC", 1)  # "in Gazprom shares": a firm's shares
        if span.next is not None and "c" in ctx.table.get(nxt, "") and span.comma_after:
            return "LOC", 2  # "Lockerbie, Scotland"
        if nxt in lx.PLACE_FOLLOWERS and not span.bracket_after and not span.comma_after:
            return "LOC", 2  # "Sharqiyah province", "Mindanao island"
        if nxt in lx.ORG_FOLLOWERS and not span.bracket_after and not (
                nxt in _MEDIA_FIRST and PUBLICATION_NAMED.match(ctx.text, span.end)):
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
    if ctx.clubs is not None and hint == "LOC" and (nxt in POSTS or nxt == "number" and _SHIRT_AFTER.match(
            ctx.text, span.next.end)) and len(span.tokens) == 1 and "c" not in ctx.table.get(span.key, ""):
        return "ORG", 3  # "brought in Newcastle prop Ed Kalman": a club before its player's post, even after "in";
        # "the Munster number 10": before a player's shirt number, which names his post in rugby
    if ctx.clubs and strength == 0 and span.key in ctx.clubs and span.key not in ctx.table and times_standing(
            ctx.text[span.start:span.end], ctx.text) > 1:
        return "ORG", 2  # "the 2-0 Uefa Cup win against Lazio" and "Lazio are favourites": a word no list knows that
        # the report's cues make a club, named twice at least (once, one cue is thin: "quitting Anfield are ...")
    if hint == "PER" and strength <= 2 and len(span.tokens) == 1 and span.key in ctx.staffed:
        return "ORG", 2  # "Charlton midfielder Graham Stuart": a club, not a surname
    if ctx.team_sport and hint == "LOC" and (ctx.clubs is None and prev not in lx.PLACE_CUES or ctx.clubs is not None and (
            span.key in ctx.clubs and prev not in IN_A_TOWN)):  # a known club "at Chester" too: one row, not two
        if _VENUE_IN_BRACKETS.match(ctx.text, span.end) and ctx.text[:span.start].rstrip().endswith("("):
            return "LOC", 3  # "At The Oval ( London ) : Surrey beat ...": the ground's town
        tags = ctx.table.get(span.key, "")
        if "c" not in tags and "k" not in tags and span.key.rsplit(" ", 1)[-1] not in lx.VENUE_NOUNS:
            return "ORG", 2
    return hint, strength
