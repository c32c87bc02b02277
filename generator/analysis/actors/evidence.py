"""Evidence about a name from the words around each of its mentions, and spans that are no name.

A name's shape ("Pernod Ricard" looks like a first name and a surname, "Neath" is a town in
the gazetteer) is the same at every mention, so it should count once; what the article says
around each mention can differ and adds up over the article. The cues are those of
hand-written NER grammars (Mikheev et al. 1998; McDonald 1996, "internal and external
evidence"): a firm's shares, profits and owners, "X said it", ", which"; a person's family,
", who", "said he"; a club's manager, players, opponents and scores. The word lists are
written by hand from general knowledge of news English; none comes from the evaluation data.
"""
from __future__ import annotations

import re

from ..names import ROLE_HEADS
from . import lexicon as lx
from .neighbours import BODY_NOUNS, DETERMINERS, KIN, PUBLICATION_NAMED
from .spans import NUMBERED_HEADS, Span, Token
from .word_tests import LEADER_BODIES

ORG, PER = "ORG", "PER"

_S = r"(?:[ \t]?['’]s?)?"  # an optional possessive ("Petofi 's" in tokenised text)
# after a mention: what only an organisation has or does
_ORG_AFTER = re.compile(
    _S + r"[ \t]+(?:(?:said|says|added|announced|reported|confirmed|told[ \t]+\w+)[ \t]+(?:its\b|it[ \t]+(?!(?:is|was|"
    r"were|seemed|seems|felt|feels|made|makes|(?:would|will|could|might|may)[ \t]+be)\b)[a-z])|(?:shares?|stock|"
    r"profits?|revenues?|turnover|sales|earnings|shareholders|subsidiary|subsidiaries|brands?|stores|outlets|"
    r"customers|workforce|employees|headquarters|chief[ \t]+executive|board[ \t]+of[ \t]+directors|market[ \t]+share|"
    r"general[ \t]+manager|software|products|"
    r"share[ \t]+price|takeover|magazine|newspaper|website|network)\b)|,[ \t]+which[ \t]")
# before a mention: "shares in X", "chairman of X", "state-owned X", "a takeover of X"
_ORG_BEFORE = re.compile(
    r"(?:(?:[Ss]hares|[Ss]takes?|holding|[Ii]nvestors?)[ \t]+in|(?:takeover|acquisition|owners?|shareholders?|"
    r"chief[ \t]+executive|executive[ \t]+officer|chairman|chairwoman|general[ \t]+manager|board|directors|"
    r"customers|subsidiary|employees)[ \t]+(?:of|at)|-owned|(?:bid|offer)[ \t]+(?:for|from)|"
    r"(?:reporter|correspondent|columnist|editor|photographer)[ \t]+(?:for|at))"  # "a reporter for Agence France-Presse"
    r"[ \t]+(?:the[ \t]+)?$")
# before a mention: a piece of writing it published ("an article from Politico", "an op-ed in the Post"): a
# publication; a post or a study at it ("a professor at Harvard", "educated at Eton"): a university or a school
_PIECE_IN = re.compile(r"\b(?:(?:article|op-ed|editorial|column)[ \t]+(?:from|in|for)|(?:professor|lecturer|researcher|"
                       r"student|students|fellow|scholar|dean|studied|educated|graduated)[ \t]+(?:at|from))"
                       r"[ \t]+(?:the[ \t]+)?$")
# the words _PIECE_IN ends on: it is searched only after one, over a short window (no scan of the article)
_PIECE_LAST = frozenset(("from", "in", "for", "the", "at"))
# before a mention: a post held at it ("an economist at Natexis", "a spokesman at X", "analysts at Gartner"): an
# employer. The posts are the role nouns of ``names.ROLE_HEADS`` and the staff nouns of firms it lacks (news usage),
# without the kin nouns ("his son at Eton": a school or a place as often), honours won at a place ("champion at
# Wimbledon") and workers, who work at a port, a site or a camp as often ("dock workers at Port Alma"); "at" alone
# is a ground or a town as often
_STAFF_NOUNS = (ROLE_HEADS - KIN - {"champion", "crown", "seal", "host", "worker"}) | {
    "trader", "banker", "broker", "dealer", "consultant", "engineer", "employee", "staffer"}
# ``re.IGNORECASE`` matches these four with ASCII letters too (the ``re`` module's documentation); str.lower() does not
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_SENTENCE_END = frozenset('.!?"“\n')
_WHERE_AFTER = frozenset("on in near outside".split())
_POSSESSIVE = re.compile(r"[ \t]?['’]s?\b")
# around a mention: what is said of a publication, never of a place: it is told things, it reports, it runs items
# ("told POLITICO", "according to POLITICO", "wrote in Playbook", "POLITICO reported", "a Playbook item"); written by
# hand from the attribution phrases of news English (the reporting verbs of quotes/lexicon.py, Mikheev et al. 1998's
# external evidence); only for a name the gazetteer knows as no place (not "told Washington", "Georgia reported")
_NEWS_BEFORE = re.compile(r"\b(?:told|according[ \t]+to|wrote[ \t]+in|interviewed[ \t]+by|(?:article|story|report|"
                          r"item|interview|piece|column)[ \t]+in)[ \t]+(?:the[ \t]+)?$")
_NEWS_LAST = frozenset("told to in by the".split())
_NEWS_AFTER = re.compile(_S + r"[ \t]+(?:(?:first[ \t]+)?reported(?:[ \t]+(?:that|on|earlier)\b|[,.])|revealed[ \t]+that|"
                         r"(?:has|had)[ \t]+learned|item|items|story|scoop|reporters?|editors?|newsletter|podcast)\b")
# the name ends its noun phrase after "told X", "according to X" (not "told Tacambaro officials", a town's people)
_NAME_ENDS = re.compile(r"[ \t]*(?:[,.;:)!?\"”]|$|(?:that|on|in|last|this|earlier|about|when|and)\b)")
_NEWS_FIRST = frozenset("reported revealed has had first item items story scoop reporter reporters editor editors "
                        "newsletter podcast s".split())
_SETTLED = frozenset("yctrk")  # a city, a country, a town, a region: a place the gazetteer knows
# after a mention: what only a person has or does ("the Obama administration", "the Dole campaign")
_PER_AFTER = re.compile(
    r",[ \t]+who[ \t]|['’]s[ \t]+(?:wife|husband|son|daughter|father|mother|brother|sister|family|girlfriend|"
    r"boyfriend|widow|parents|children|birthday|funeral|death|career)\b|[ \t]+(?:said|says|told)[ \t]+(?:he|she)\b"
    r"|[ \t]+(?:" + "|".join(sorted(LEADER_BODIES - {"regime"})) + r")\b")  # not "regime": "the Communist regime"
# after a mention: a club's staff, players, supporters, results, a plural verb ("Neath coach", "Narbonne beat",
# "Leeds 2-1", "Chelsea have")
_TEAM_AFTER = re.compile(
    _S + r"[ \t]+(?:manager|boss|coach|striker|midfielder|defender|goalkeeper|keeper|captain|skipper|winger|"
    r"fly-half|scrum-half|full-back|flanker|hooker|prop|lock|squad|side|fans|supporters|team-mate|v|vs|players|stars|boys|"
    r"(?:have|are|were)(?![ \t]+(?:to|been[ \t]+(?:told|asked)))|"
    r"beat|drew|thrashed|edged|trounced|overcame|\d+-\d+|(?:home|away)[ \t]+(?:defeat|win|victory|draw|game|match|"
    r"fixture|form|record)|(?:defeat|win|victory|draw)[ \t]+(?:over|against|at|to|with))\b")
# one to three capitalised words (a club's name, "Espanyol of Barcelona") in a transfer's phrase
_CLUB_WORDS = r"(?:[A-Z][\w'’.-]*[ \t]+(?:of[ \t]+)?){1,3}"
# before a mention: an opponent, a transfer, a score, a side ("against Neath", "signed for Narbonne", "French side Nice",
# "joined Espanyol of Barcelona from Nantes", "moved to Chelsea for £2.25m from Anderlecht": a fee, as anyone moves to
# a town from another)
_TEAM_BEFORE = re.compile(
    r"\b(?:(?:against|beat|beating|v|vs|versus|joined|joins|joining|side|club|outfit|champions|leaders|hosts|visitors)"
    r"|beaten[ \t]+by|(?:joined|joins|signed[ \t]+for)[ \t]+" + _CLUB_WORDS
    + r"from|(?:moved|moves|switched)[ \t]+to[ \t]+" + _CLUB_WORDS + r"for[ \t]+[£$€][\d.]+(?:m|bn)?[ \t]+from|(?:signed|sign|signing)[ \t]+"
    r"(?:for|from|by|with)|(?:transfer|loan|loaned)[ \t]+(?:to|from)|(?:played|plays|playing|"
    r"scored|debut)[ \t]+(?:for|against)|\d+-\d+)[ \t]+(?:the[ \t]+)?$")


# an appositive after a name whose noun is a firm's ("Sun Interbrew, Russia's second-largest brewer,", "Tesco, the
# UK's biggest supermarket,"): the nouns before a name that make it an organisation, and a brewer's
_ORG_APPOSITIVE = re.compile(
    r",[ \t]+(?:a|an|the|its|[A-Z][\w.-]*['’]s)[ \t]+(?:(?!(?:for|of|in|on|at|with|by|from|to|who|which)\b)[\w'’-]+[ \t]+)"
    r"{0,3}?(?P<noun>[a-z]+)(?:[ \t]*[,.;(]|[ \t]+(?:that|which)\b)")
# (and the nouns of a body or a service that news English puts in such an appositive: "Unosat, the UN satellite
# mapping organisation that", "Tinder, the mobile dating application,")
_FIRM_NOUNS = lx.ORG_PRECEDERS | {"brewer", "airline", "carmaker", "retailer", "insurer", "organisation", "organization",
                                  "consortium", "application", "app"}
# verbs of a purchase right before a name: what is bought outright, with no article, is a firm (business news usage)
_BOUGHT = frozenset("bought purchased acquired acquiring".split())
_DETERMINERS = DETERMINERS | {"some"}  # a thing bought for a person named before it
_WINDOW = 32
_AND_OR = frozenset(("and", "or"))
_SURNAME = frozenset("sp")
_MEDIA = frozenset("magazine newspaper website daily weekly".split())


# the word just after a mention (its possessive dropped) that can open one of the "after" cues (a cheap test first)
_ORG_FIRST = frozenset("""shares share stock profit profits revenue revenues turnover sales earnings shareholders
    subsidiary subsidiaries brand brands stores outlets customers workforce employees headquarters chief board market
    general takeover magazine newspaper website network software products s""".split())
_PER_FIRST = frozenset("""wife husband son daughter father mother brother sister family girlfriend boyfriend widow
    parents children birthday funeral death career administration presidency campaign s""".split())
# "X said it ...", "X said he ...": the speech verb is only a cue with the pronoun after it (a cheap test first)
_SPEECH = frozenset("said says added announced reported confirmed told".split())
_TEAM_FIRST = frozenset("""manager boss coach striker midfielder defender goalkeeper keeper captain skipper winger
    fly-half scrum-half full-back flanker hooker prop lock squad side fans supporters team-mate v vs players stars boys have are were beat
    drew thrashed edged trounced overcame home away defeat win victory draw s""".split())
# the word just before a mention that can end one of the "before" cues (a cheap test first)
_ORG_LAST = frozenset("in of at for from the".split())
_TEAM_LAST = frozenset("""against beat beating v vs versus joined joins joining by for from with to the side club outfit
    champions leaders hosts visitors""".split())


# the rest of a list of names after one of them: ", Google and eBay", ", Amazon, eBay or Yahoo"
_LIST_TAIL = re.compile(r"(?:,[ \t]+(?:[A-Z]|[a-z]{1,2}[A-Z])[\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3})*,?[ \t]+(?:and|or)"
                        r"[ \t]+[A-Za-z]")  # (a brand may open with a small letter: "eBay", "iTunes")


def _firm_left(sp: Span, text: str, firm_ends: set[int]) -> bool:
    """An organisation's name right before ``sp``, joined by "and" / "or" ("Siemens and Ericsson") or by a comma in a
    list that goes on to "and" or "or" ("Amazon, Google and eBay"; not "Cook, Apple's boss")."""
    if sp.prev is not None and sp.prev.lower in _AND_OR and sp.prev.start - 1 in firm_ends:
        return True
    return text[sp.start - 2:sp.start] == ", " and sp.start - 2 in firm_ends and _LIST_TAIL.match(text, sp.end) is not None


def _firm_right(sp: Span, text: str, firm_starts: set[int]) -> bool:
    """An organisation's name right after ``sp``, joined as in ``_firm_left`` ("Google, Amazon, eBay and Yahoo")."""
    if sp.next is not None and sp.next.lower in _AND_OR and sp.next.end + 1 in firm_starts:
        return True
    return text[sp.end:sp.end + 2] == ", " and sp.end + 2 in firm_starts and _LIST_TAIL.match(text, sp.end) is not None


def kinds_from_context(spans: list[Span], kinds: dict[str, str | None], text: str,
                       table: dict[str, str], sports: bool = False) -> dict[str, str]:
    """Corrections to ``kinds`` from the cues around every mention of a name, its first word
    and its last word counting for the full name ("Pernod Ricard" ... "Pernod said it"):
    a name with only a shape's weak evidence for a person becomes an organisation when the
    organisation cues outnumber the person cues (or a club, in an article with two club cues
    or more; a word no list knows needs two club cues of its own and ``sports``, a sports
    report); a town (not a country) becomes a club when club cues outnumber place cues ("in
    Neath"), and a person when a title stands before one of its mentions ("President Obama")."""
    owners: dict[str, list[str]] = {}  # a name's first or last word -> the names of several words it is in
    open_: dict[str, str] = {}  # a name whose kind the cues may change -> the name its cues count for
    towns: set[str] = set()  # the open names that are places
    person_ends = {o.end for o in spans if kinds.get(o.key) == PER}  # "Jeff Bezos at Amazon": a person before "at"
    for key, kind in kinds.items():
        if kind == "LOC":
            tags = table.get(key, "")
            if "c" in tags or "k" in tags or "r" in tags:
                continue  # a country stands for its national team
            if " " in key:
                tags = table.get(key[key.rfind(" ") + 1:], "")
                if "c" in tags or "k" in tags or "r" in tags:
                    continue  # "Republic of Georgia"
            open_[key] = key
            towns.add(key)
        elif kind == PER or kind is None:
            if " " in key:
                first, _, rest = key.partition(" ")
                owners.setdefault(first, []).append(key)
                owners.setdefault(rest.rpartition(" ")[2], []).append(key)
                if "f" in table.get(first, ""):
                    continue  # "Donald Trump", "Bill Clinton": a first name, a person
            else:
                tags = table.get(key, "")
                if "p" in tags or kind is None and "w" in tags:
                    continue  # "Clinton": a person the gazetteer knows; "Shoes": a common word of no kind
            open_[key] = key
    for part, keys in owners.items():
        if len(keys) == 1 and part in kinds:
            key = keys[0]
            if key in open_:
                open_[part] = key
            elif kinds[key] == PER:
                open_.pop(part, None)  # "Trump" counts for "Donald Trump", a person
    if not open_:
        return {}
    cues: dict[str, list[int]] = {}  # name -> counts of [ORG, PER, TEAM, LOC] cues
    titled: set[str] = set()  # a title or role before a mention: a person, whatever the cues
    clubs: dict[str, bool] = {}  # open names a club may bear (see _club), decided when needed
    get = open_.get
    # where the article's organisations start and end: a name joined to one by "and" / "or" is another
    # ("Siemens and Ericsson"; conjuncts share their kind, as in the NER grammars above)
    # (an organisation by its own evidence: a strong cue or the gazetteer, not a vote of weak shapes)
    firm_starts: set[int] = set()
    firm_ends: set[int] = set()
    if any(sp.prev is not None and sp.prev.lower in _AND_OR or sp.next is not None and sp.next.lower in _AND_OR
           or sp.comma_after for sp in spans if sp.key in open_):
        for sp in spans:
            if kinds.get(sp.key) == ORG and (sp.strength >= 2 or "o" in table.get(sp.key, "")):
                firm_starts.add(sp.start)
                firm_ends.add(sp.end)
    for sp in spans:
        target = get(sp.key)
        if target is None or sp.caps_line:
            continue
        if sp.hint == PER and sp.strength >= 3:
            titled.add(target)
            continue
        prev = sp.prev.lower if sp.prev is not None else ""
        nxt = sp.next.lower if sp.next is not None else ""
        if target in towns:
            if prev in BODY_NOUNS and text[sp.prev.end:sp.start] == " ":
                cues.setdefault(target, [0, 0, 0, 0])[0] += 2  # "public relations firm Brunswick", "drinks group
                continue  # Whitbread": a firm's noun right before a town's name, as sure as "told POLITICO"
            if not table.get(target) and _firm_cue(sp, text, prev, nxt, firm_starts, firm_ends, False):
                cues.setdefault(target, [0, 0, 0, 0])[0] += 1  # "shares in Alitalia", "Alitalia said it": a place by
                continue  # its ending alone ("-ia") or by a cue, the gazetteer knowing no such place, is a firm here
            if prev in _PIECE_LAST and _PIECE_IN.search(
                    text, max(0, sp.tokens[0].start - _WINDOW), sp.tokens[0].start) and (
                    not _POSSESSIVE.match(text, sp.end)):  # not "a lecturer at London's Imperial College"
                cues.setdefault(target, [0, 0, 0, 0])[0] += 1  # "an article from Politico", "a professor at Harvard":
                continue  # a publication, a university, not the town
            if (prev in _NEWS_LAST or nxt in _NEWS_FIRST) and _publication(text, sp, table.get(target, "")):
                cues.setdefault(target, [0, 0, 0, 0])[0] += 2  # "told POLITICO", "a Playbook item": a publication,
                continue  # as sure as "an article from": no place is told things or runs items
            if prev == "at":
                if not table.get(target) and _employer(text, sp, person_ends):
                    cues.setdefault(target, [0, 0, 0, 0])[0] += 1  # "an economist at Natexis", "Bezos at Amazon"
                continue  # "at Chelsea", "at Wembley": a club or a ground as often as a town
            if prev == "the" and nxt in lx.CLUB_NOUNS and lx.town_of_a_named_club(text, sp.start, sp.end):
                continue  # "the Volgograd side" beside "Rotor Volgograd": the club's town
            if prev == "from" and _team_before(text, sp.tokens[0].start):
                counts = cues.setdefault(target, [0, 0, 0, 0])
                counts[2] += 2  # "joined Espanyol of Barcelona from Nantes": a transfer between clubs, as sure as a score
                continue
            if sp.comma_after and not table.get(target) and _org_appositive(text, sp.tokens[-1].end):
                cues.setdefault(target, [0, 0, 0, 0])[0] += 2  # "from Unosat, the UN satellite mapping organisation":
                continue  # a body, whatever "from" made of a name the gazetteer does not know
            if prev in lx.PLACE_CUES:
                if _POSSESSIVE.match(text, sp.end):
                    continue  # "from Amazon's experience": the cue is the owned thing's
                cue = 3  # "in Leeds"
            elif (nxt in _TEAM_FIRST or nxt[:1].isdigit()) and _TEAM_AFTER.match(text, sp.tokens[-1].end) or (
                    prev in _TEAM_LAST or prev[:1].isdigit()) and _team_before(text, sp.tokens[0].start):
                cue = 2
            elif (nxt in _PER_FIRST or sp.comma_after) and _PER_AFTER.match(text, sp.tokens[-1].end) and _SURNAME.intersection(
                    table.get(target, "")):
                cue = 1  # "the Obama administration": a town in the gazetteer, a surname here
            elif nxt in _MEDIA and not PUBLICATION_NAMED.match(text, sp.end):
                cue = 0  # "Time magazine": a town in the gazetteer, a title here
            else:
                continue
        elif prev == "at" and sp.strength <= 1 and _employer(text, sp, person_ends):
            cue = 0  # "Timothy D. Cook at Apple", "an analyst at Bankrate.com": its staff, whatever "at" made of it
        elif sp.strength <= 2 and sp.hint != "LOC":
            said = nxt in _SPEECH
            if _firm_cue(sp, text, prev, nxt, firm_starts, firm_ends):
                cue = 0  # "computer firm Apple", "Apple said it", "shares in Apple", "Siemens and Ericsson"
                if _firm_left(sp, text, firm_ends) and _firm_right(sp, text, firm_starts):
                    cues.setdefault(target, [0, 0, 0, 0])[0] += 1  # "Sony, Philips, Matsushita and Samsung": a
                    # firm on either side in one list, twice as sure
            elif sp.comma_after and _org_appositive(text, sp.tokens[-1].end):
                cue = 0  # "Sun Interbrew, Russia's second-largest brewer,": a firm's noun in its appositive
            elif prev in _BOUGHT and not sports and nxt not in _DETERMINERS and not _POSSESSIVE.match(text, sp.end) and (
                    text[sp.prev.end:sp.tokens[0].start] == " "):
                cue = 0  # "having bought Amey in 2003": a firm changes hands (not "bought Amey's shares", "bought
                # Jones a drink", nor a player in a sports report)
            elif (nxt in _PER_FIRST or sp.comma_after or said and text.startswith((" he ", " she "), sp.next.end)
                  ) and _PER_AFTER.match(text, sp.tokens[-1].end):
                cue = 1
            elif ((nxt in _TEAM_FIRST or nxt[:1].isdigit()) and _TEAM_AFTER.match(text, sp.tokens[-1].end) or (
                    prev in _TEAM_LAST or prev[:1].isdigit()) and _team_before(text, sp.tokens[0].start)) and _club(
                    target, clubs, table):
                cue = 2  # "Narbonne beat", "the Ospreys coach": a club read as a person
            else:
                continue
        else:
            continue
        counts = cues.get(target)
        if counts is None:
            counts = cues[target] = [0, 0, 0, 0]
        counts[cue] += 2 if cue == 2 and _scored(text, sp) else 1  # a score beside a name: a match, twice as sure
    teams = sum(c[2] for c in cues.values()) >= 2  # one "against X" makes no sports report
    out = {}
    for key, (org, per, team, loc) in cues.items():
        kind = kinds[key]
        if kind is None and org < 2 and not (sports and teams and team >= 2 and not per):
            continue  # one cue alone does not make a name of a word with no evidence of its own; two club cues in a
            # match report do ("Saracens beat ...", "against Saracens": a club's name no list knows)
        if kind in (PER, None) and key not in titled and (org > per or teams and team > per) or (
                teams and kind == "LOC" and team > loc) or kind == "LOC" and org > loc:
            out[key] = ORG
        elif kind == "LOC" and per >= 2 and per > loc + team:
            out[key] = PER
    for key in titled:
        if kinds[key] == "LOC" and key not in out:
            out[key] = PER  # "President Obama" once, "Obama" 20 times: a town's name in the gazetteer, a person here
    return out


def _firm_cue(sp: Span, text: str, prev: str, nxt: str, firm_starts: set[int], firm_ends: set[int],
              which: bool = True) -> bool:
    """Whether the words around ``sp`` are said only of an organisation: "computer firm Apple", "Apple said it",
    "shares in Apple", "an article from Politico", "Siemens and Ericsson" (", which" too unless not ``which``: it
    follows a place as often, "Thurso, which")."""
    start = sp.tokens[0].start
    after = (nxt in _ORG_FIRST or sp.comma_after or nxt in _SPEECH and text.startswith(" it", sp.next.end)
             ) and _ORG_AFTER.match(text, sp.tokens[-1].end)
    return prev in lx.ORG_PRECEDERS or bool(after) and (which or text[after.start()] != ",") or (
        prev in _ORG_LAST or prev.endswith("-owned")) and _ORG_BEFORE.search(text, max(0, start - _WINDOW), start) or (
        prev in _PIECE_LAST and _PIECE_IN.search(text, max(0, start - _WINDOW), start)) or (
        _firm_left(sp, text, firm_ends) or _firm_right(sp, text, firm_starts))


def speaks_or_trades(sp: Span, text: str) -> bool:
    """A cue said only of an organisation around ``sp`` ("WWE shares", "shares in WWE", "WWE said it"), or a speech
    verb right after it ("WWE said"): a body that acts, no work's name."""
    prev = sp.prev.lower if sp.prev is not None else ""
    nxt = sp.next.lower if sp.next is not None else ""
    return nxt in _SPEECH or _firm_cue(sp, text, prev, nxt, set(), set())


def _staff_before(text: str, start: int) -> int | None:
    """Where a staff noun starts that ends the 40 characters before ``start`` as "<noun>[s] at [the] " (any case,
    a line break after is allowed): "an economist at Natexis", "Analysts at the". The noun is the whole word
    before "at" (letters, dots and hyphens: "vice-president", "gen."), looked up in ``_STAFF_NOUNS``."""
    lo = max(0, start - 40)
    end = start - 1 if text[start - 1:start] == "\n" else start
    before = text[lo:end]
    rest = before.rstrip(" \t")
    if len(rest) == len(before):
        return None
    if rest[-3:].lower() == "the" and rest[-4:-3] in (" ", "\t"):
        rest = rest[:-3].rstrip(" \t")
    if rest[-2:].lower() != "at" or rest[-3:-2] not in (" ", "\t"):
        return None
    rest = rest[:-2].rstrip(" \t")
    i = len(rest)
    while i and (rest[i - 1].isalnum() or rest[i - 1] in "_.-"):
        i -= 1
    if i == 0 and lo and (text[lo - 1].isalnum() or text[lo - 1] in "_.-"):
        return None  # the word begins before the 40 characters
    word = rest[i:].translate(_FOLD).lower()
    if word in _STAFF_NOUNS or word[-1:] == "s" and word[:-1] in _STAFF_NOUNS:
        return lo + i
    return None


def _employer(text: str, sp: Span, person_ends: set[int]) -> bool:
    """Whether the words before "at" and ``sp`` name its staff: a post ("an economist at Natexis") or a person
    ("Jeff Bezos at Amazon", "Timothy D. Cook at Apple"; ``person_ends``: where persons' mentions end)."""
    start = sp.tokens[0].start
    staff = _staff_before(text, start)
    if staff is not None and (text[staff].islower() or text[:staff].rstrip()[-1:] in _SENTENCE_END):
        return True  # (a capital only where a sentence opens: "Analysts at Gartner", not "The Producers at X")
    if sp.next is not None and sp.next.lower in _WHERE_AFTER:
        return False  # "Simon Hall at Postbridge on Dartmoor", "Borders at Netherdale on Friday": a place visited
    return sp.prev.start - 1 in person_ends


def _publication(text: str, sp: Span, tags: str) -> bool:
    """Whether the words around ``sp`` show a publication (see ``_NEWS_BEFORE``), the name being no known place."""
    if _SETTLED.intersection(tags):
        return False
    start = sp.tokens[0].start
    end = sp.tokens[-1].end
    return _NEWS_BEFORE.search(text, max(0, start - 24), start) is not None and _NAME_ENDS.match(
        text, end) is not None or _NEWS_AFTER.match(text, end) is not None


def _org_appositive(text: str, end: int) -> bool:
    m = _ORG_APPOSITIVE.match(text, end, end + 60)
    return m is not None and m.group("noun") in _FIRM_NOUNS


_SCORE_AFTER = re.compile(r"[ \t]*\d{1,3}-\d{1,3}(?![\d-])")  # not a bowler's figures, "9-0-54-1"
_SCORE_BEFORE = re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}[ \t]*$")


def _scored(text: str, sp: Span) -> bool:
    """'Arsenal 2-1 Chelsea', 'beat Chelsea 3-0': a score right beside the name."""
    start = sp.tokens[0].start
    return bool(_SCORE_AFTER.match(text, sp.tokens[-1].end) or _SCORE_BEFORE.search(text, max(0, start - 10), start))


def _team_before(text: str, start: int) -> bool:
    return _TEAM_BEFORE.search(text, max(0, start - 56), start) is not None  # "joined Espanyol of Barcelona from "


def _club(name: str, clubs: dict[str, bool], table: dict[str, str]) -> bool:
    """A name a club may bear: it ends in a town ("Narbonne", "Maccabi Tel Aviv") or a plural ("Ospreys"), not in
    a surname (players are no clubs, whatever they beat)."""
    if name not in clubs:
        last = name[name.rfind(" ") + 1:]
        tags = table.get(last, "")
        clubs[name] = "s" not in tags and "p" not in tags and (
            "t" in tags or "y" in tags or len(last) > 4 and last[-1] == "s")
    return clubs[name]


# "I've", "We're", "Don't": a pronoun or a negation with its verb, never a name
_CONTRACTION = re.compile(r"(?:n['’]t|['’](?:m|ve|re|ll|d))$", re.I)
# "D-N.Y.", "R-SC", "I-Vt.": a US politician's party and state, after the name
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z]?\.?(?:[A-Z]\.?)?$")
# Function words that only a title of a work capitalises inside a name ("Gangs Of New York")
_TITLE_INNER = frozenset("of and the in for with to on at is that from by or an it you my your are was be not we our us"
                         .split())
# a verb that only a title capitalises after a name's first word ("Orange Is the New Black", "Hell Was Empty")
TITLE_VERBS = frozenset("is are was were".split())


def no_name(tokens: list[Token], caps_line: bool) -> str | None:
    """Why a span names no actor: "word" (a contraction or a party-and-state tag: no name at
    all), "misc" (a title of a work, "Gangs Of New York", or a product with a model number,
    "Airbus A380"), else None."""
    n = len(tokens)
    for k, t in enumerate(tokens):
        w = t.text
        if w.isalpha() or k and w.isdigit() and tokens[k - 1].lower in NUMBERED_HEADS:
            continue  # (and "BBC Radio 4", "Intermediate School 285": a station's or a school's number)
        if ("'" in w or "’" in w) and _CONTRACTION.search(w):
            return "word"
        if n == 1:
            return "word" if "-" in w and _PARTY_STATE.match(w) else None
        core = w.replace(".", "").replace("-", "").replace("'", "").replace("’", "")
        if core and core != "&" and not core.isalpha():
            return "misc"  # a digit in a name of several words: a model, an edition ("Airbus A380")
    if n > 2 and not caps_line and any(t.lower in _TITLE_INNER and t.text[0].isupper() and not t.caps for t in tokens[1:]):
        return "misc"
    return None
