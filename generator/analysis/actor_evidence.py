"""Evidence about a name from the words around each of its mentions, and spans that are no name.

A name's shape ("Pernod Ricard" looks like a first name and a surname, "Neath" is a town in
the gazetteer) is the same at every mention, so it should count once; what the article says
around each mention can differ and adds up over the article. The cues are those of
hand-written NER grammars (Mikheev et al. 1998; McDonald 1996, "internal and external
evidence"): a firm's shares, profits and owners, "X said it", ", which"; a person's family,
", who", "said he"; a club's manager, players, opponents and scores.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from . import actor_lexicon as lx
from .actor_spans import Span, Token

ORG, PER, TEAM = "ORG", "PER", "TEAM"

_S = r"(?:[ \t]?['’]s?)?"  # an optional possessive ("Petofi 's" in tokenised text)
# after a mention: what only an organisation has or does
_ORG_AFTER = re.compile(
    _S + r"[ \t]+(?:(?:said|says|added|announced|reported|confirmed|told[ \t]+\w+)[ \t]+(?:its\b|it[ \t]+(?!(?:is|was|"
    r"were|seemed|seems|felt|feels|made|makes|(?:would|will|could|might|may)[ \t]+be)\b)[a-z])|(?:shares?|stock|"
    r"profits?|revenues?|turnover|sales|earnings|shareholders|subsidiary|subsidiaries|brands?|stores|outlets|"
    r"customers|workforce|employees|headquarters|chief[ \t]+executive|board[ \t]+of[ \t]+directors|market[ \t]+share|"
    r"general[ \t]+manager|"
    r"share[ \t]+price|takeover|magazine|newspaper|website|network)\b)|,[ \t]+which[ \t]")
# before a mention: "shares in X", "chairman of X", "state-owned X", "a takeover of X"
_ORG_BEFORE = re.compile(
    r"(?:(?:shares|stake|stakes|holding|investors?)[ \t]+in|(?:takeover|acquisition|owners?|shareholders?|"
    r"chief[ \t]+executive|executive[ \t]+officer|chairman|chairwoman|general[ \t]+manager|board|directors|"
    r"customers|subsidiary|employees)[ \t]+(?:of|at)|-owned|(?:bid|offer)[ \t]+for)"
    r"[ \t]+(?:the[ \t]+)?$")
# after a mention: what only a person has or does ("the Obama administration", "the Dole campaign")
_PER_AFTER = re.compile(
    r",[ \t]+who[ \t]|['’]s[ \t]+(?:wife|husband|son|daughter|father|mother|brother|sister|family|girlfriend|"
    r"boyfriend|widow|parents|children|birthday|funeral|death|career)\b|[ \t]+(?:said|says|told)[ \t]+(?:he|she)\b"
    r"|[ \t]+(?:administration|presidency|campaign)\b")
# after a mention: a club's staff, players, supporters, results, a plural verb ("Neath coach", "Narbonne beat",
# "Leeds 2-1", "Chelsea have")
_TEAM_AFTER = re.compile(
    _S + r"[ \t]+(?:manager|boss|coach|striker|midfielder|defender|goalkeeper|keeper|captain|skipper|winger|"
    r"fly-half|scrum-half|full-back|flanker|hooker|prop|lock|squad|side|fans|supporters|team-mate|v|vs|"
    r"(?:have|are|were)(?![ \t]+(?:to|been[ \t]+(?:told|asked)))|"
    r"beat|drew|thrashed|edged|trounced|overcame|\d+-\d+|(?:home|away)[ \t]+(?:defeat|win|victory|draw|game|match|"
    r"fixture|form|record)|(?:defeat|win|victory|draw)[ \t]+(?:over|against|at|to|with))\b")
# before a mention: an opponent, a transfer, a score, a side ("against Neath", "signed for Narbonne", "French side Nice")
_TEAM_BEFORE = re.compile(
    r"\b(?:(?:against|beat|beating|v|vs|versus|joined|joins|joining|side|club|outfit|champions|leaders|hosts|visitors)"
    r"|beaten[ \t]+by|(?:signed|sign|signing)[ \t]+"
    r"(?:for|from|by|with)|(?:transfer|loan|loaned)[ \t]+(?:to|from)|(?:played|plays|playing|"
    r"scored|debut)[ \t]+(?:for|against)|\d+-\d+)[ \t]+(?:the[ \t]+)?$")
_WINDOW = 32
_LARGE = frozenset("ck")
_SURNAME = frozenset("sp")


# the word just before a mention that can end one of the "before" cues (a cheap test first)
_ORG_LAST = frozenset("in of at for the".split())
_TEAM_LAST = frozenset("""against beat beating v vs versus joined joins joining by for from with to the side club outfit
    champions leaders hosts visitors""".split())


def mention_cue(span: Span, text: str, team: bool) -> str | None:
    """ORG, PER or TEAM from the words around one mention, or None. ``team``: look for a
    club's cues (the name is a town)."""
    start, end = span.start, span.end
    prev = span.prev.lower if span.prev is not None else ""
    if team:
        if _TEAM_AFTER.match(text, end) or (prev in _TEAM_LAST or prev[:1].isdigit()) and _TEAM_BEFORE.search(
                text, max(0, start - _WINDOW), start):
            return TEAM
        return None
    if _ORG_AFTER.match(text, end) or (prev in _ORG_LAST or prev.endswith("-owned")) and _ORG_BEFORE.search(
            text, max(0, start - _WINDOW), start):
        return ORG
    if _PER_AFTER.match(text, end):
        return PER
    return None


def kinds_from_context(spans: list[Span], kinds: dict[str, str | None], text: str,
                       table: dict[str, str]) -> dict[str, str]:
    """Corrections to ``kinds`` from the cues around every mention of a name, its first word
    and its last word counting for the full name ("Pernod Ricard" ... "Pernod said it"):
    a name with only a shape's weak evidence for a person becomes an organisation when the
    organisation cues outnumber the person cues; a town (not a country) becomes a club when
    club cues outnumber place cues ("in Neath")."""
    owners: dict[str, list[str]] = {}  # a name's first or last word -> the names of several words it is in
    open_: dict[str, str] = {}  # a name whose kind the cues may change -> the name its cues count for
    for key, kind in kinds.items():
        if " " in key:
            first, last = key[:key.index(" ")], key[key.rindex(" ") + 1:]
            owners.setdefault(first, []).append(key)
            owners.setdefault(last, []).append(key)
        if kind == "LOC":
            if not _LARGE.intersection(table.get(key, "")):  # countries and continents stand for national teams
                open_[key] = key
        elif kind == PER or kind is None and "w" not in table.get(key, ""):
            if " " in key:
                tags = table.get(first, "")
                if "f" in tags and "w" not in tags:
                    continue  # "Donald Trump": a first name, a person
            open_[key] = key
    for part, keys in owners.items():
        if len(keys) == 1 and part in kinds:
            key = keys[0]
            if key in open_ and kinds[key] != "LOC":
                open_[part] = key
            elif kinds[key] == PER and kinds[part] != "LOC":
                open_.pop(part, None)  # "Trump" counts for "Donald Trump", a person
    if not open_:
        return {}
    cues: dict[str, Counter] = defaultdict(Counter)
    titled: set[str] = set()  # a title or role before a mention: a person, whatever the cues
    for sp in spans:
        target = open_.get(sp.key)
        if target is None or sp.caps_line:
            continue
        if sp.hint == PER and sp.strength >= 3:
            titled.add(target)
            continue
        if kinds.get(target) == "LOC":
            if sp.prev is not None and sp.prev.lower in lx.PLACE_CUES:
                cues[target]["LOC"] += 1
                continue
            cue = mention_cue(sp, text, team=True)
            if cue is None and _PER_AFTER.match(text, sp.end) and _SURNAME.intersection(table.get(target, "")):
                cue = PER  # "the Obama administration": a town in the gazetteer, a surname here
        elif sp.strength <= 2 and sp.hint != "LOC":
            cue = mention_cue(sp, text, team=False)
        else:
            continue
        if cue:
            cues[target][cue] += 1
    teams = sum(c[TEAM] for c in cues.values()) >= 2  # one "against X" makes no sports report
    out = {}
    for key, c in cues.items():
        kind = kinds.get(key)
        if kind is None and c[ORG] < 2:
            continue  # one cue alone does not make a name of a word with no evidence of its own
        if kind in (PER, None) and key not in titled and c[ORG] > c[PER] or teams and kind == "LOC" and c[TEAM] > c["LOC"]:
            out[key] = ORG
        elif kind == "LOC" and c[PER] >= 2 and c[PER] > c["LOC"] + c[TEAM]:
            out[key] = PER
    return out


# "I've", "We're", "Don't": a pronoun or a negation with its verb, never a name
_CONTRACTION = re.compile(r"(?:n['’]t|['’](?:m|ve|re|ll|d))$", re.I)
# "D-N.Y.", "R-SC", "I-Vt.": a US politician's party and state, after the name
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z]?\.?(?:[A-Z]\.?)?$")
# Function words that only a title of a work capitalises inside a name ("Gangs Of New York")
_TITLE_INNER = frozenset("of and the in for with to on at is that from by or an it you my your are was be not".split())


def no_name(tokens: list[Token], caps_line: bool) -> str | None:
    """Why a span names no actor: "word" (a contraction or a party-and-state tag: no name at
    all), "misc" (a title of a work, "Gangs Of New York", or a product with a model number,
    "Airbus A380"), else None."""
    n = len(tokens)
    for t in tokens:
        w = t.text
        if w.isalpha():
            continue
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
