"""The builder for a candidate's lead in a poll the article reports before the vote: "A poll from Marquette Law
School released Wednesday found Clinton leading Trump by 15 points among likely voters in Wisconsin" (a general
election story) → "Will Hillary Clinton's lead over Donald Trump in Wisconsin last until Election Day?".

A poll is a reading taken before a vote; what a reader of a poll story wants to know is whether it holds when the
votes are cast (AP Stylebook, "polls and surveys": a poll is a snapshot, not a prediction). Only a lead of one
named candidate over another is asked, in a sentence that names a poll or survey, and only when the vote it must
last until is named: the vote the sentence names ("ahead of Tuesday's vote"), or Election Day when the two stand
for different parties or the article names the general election (never for two of one party: a primary). A
subgroup's lead ("among men") or a past reading ("last week", "had Clinton leading") is not the race now; an
article that reports the contest between the two decided (a win, a defeat, a concession) is past the question.
"""
from __future__ import annotations

import re

from ...model import Sentence
from ..names import MONTH_NAMES, WEEKDAYS
from ..regex_starts import word_starts
from .naming import person_name
from .references import possessive
from .wording import Context, Draft

_EPITHET = r"(?:(?:Democratic|Republican|GOP|Democrat)\s(?:(?:presidential\s)?(?:nominee|candidate|front-?runner|challenger|rival)\s)?)?"
_NAME = r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2}"
# "… found Clinton leading Trump by 15 points among likely voters in Wisconsin", "… shows Trump leading Clinton 44
# percent to 37 percent", "Clinton has bounced back in the polls and is now leading Republican Donald Trump"
POLL_LEAD = re.compile(
    rf"{_EPITHET}(?P<leader>{_NAME})(?:,[^,]{{3,60}},)?(?:\s(?:has|have)\s[^,.;]{{3,50}}?\sand)?\s(?:(?:is|was|remains)\s(?:now\s|still\s)?)?(?:leading|leads|ahead\sof)\s{_EPITHET}(?P<trailer>{_NAME})"
    r"(?:\s(?:among\s(?:likely\s|registered\s)?(?:\w+\s)?voters\s)?in\s(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
    r"(?P<margin>\s(?:by\s)?(?:an?\s)?[^,;.]{0,40}?(?:points?|percent|%|margin)(?:\sto\s\d+\s?(?:percent|%))?)?"
    r"(?:\s(?:among\s(?:likely\s|registered\s)?(?:\w+\s)?voters\s)?in\s(?P<place2>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
    # the trailer first: "Polls there show Trump is trailing Ted Cruz", "… found Sanders trailing Clinton by 7 points in Ohio"
    rf"|{_EPITHET}(?P<behind>{_NAME})\s(?:(?:is|was|remains)\s(?:now\s|still\s)?)?(?:trailing|trails|behind)\s{_EPITHET}(?P<ahead>{_NAME})"
    r"(?:\s(?:by\s)?(?:an?\s)?[^,;.]{0,40}?(?:points?|percent|%|margin))?"
    r"(?:\s(?:among\s(?:likely\s|registered\s)?(?:\w+\s)?voters\s)?in\s(?P<place3>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
)
_POLL = re.compile(r"\b(?:[Pp]olls?|[Ss]urveys?|[Pp]olling)\b")
# A count, not a poll: "Clinton led Sanders by roughly 20 points with over 95 percent of precincts reporting"
_RESULT = re.compile(r"\bprecincts?\b|\bvotes?\s(?:counted|cast)\b|\bresults?\b")
# The contest decided: "Hillary Clinton defeated Bernie Sanders in Delaware's primary", "Trump won the election"
_DECIDED = re.compile(
    r"\b(?:won|wins|defeated|defeats|beat|conceded|concedes|projected\sthe\swinner|victory\sin)\b[^.;]{0,60}\b(?:election|primary|caucus(?:es)?|presidency|White\sHouse|race|state|nomination|contest)\b"
    r"|\bpresident-elect\b")
# the general election named without its date (a date is the one election's only: the article's own words for it)
_GENERAL = re.compile(r"\b(?:general\selection|Election\sDay|presidential\selection|in\sNovember|this\sfall)\b")
# the vote the sentence names ahead: "… just ahead of Tuesday's vote"
_VOTE_AHEAD = re.compile(r"\b(?:ahead\sof|before)\s(?P<vote>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[’']s\s(?:[A-Z]\w+\s){0,3}(?:vote|primary|caucus(?:es)?|election))\b")
_NOT_CANDIDATES = frozenset("Democrats Republicans Democratic Republican GOP Poll Polls Survey The A An Among In".split()) | {d.title() for d in WEEKDAYS}
# A reading that is not the race now: a subgroup's ("leads Clinton among men", not "among likely voters"), a past
# one ("Last week, Trump was trailing …", "A Sept. 22 poll had Clinton leading …", "Polls had shown …")
_SUBGROUP = re.compile(r"[^,;.]{0,50}?\bamong\s(?!(?:likely\s|registered\s)?voters\b)")
_PAST_READING = re.compile(r"\b(?:was|were)\s(?:now\s|still\s)?(?:leading|trailing|ahead|behind)\b|\bhad\s(?:shown\s|found\s)?$|\blast\s(?:week|month)\b", re.I)


# a party word before a name ("Republican Donald Trump", "Democratic front-runner Hillary Clinton") or after it
# ("Clinton, the Democratic nominee"): read at each place the surname stands
_PARTY_BEFORE = re.compile(r"\b(?P<p>Democratic|Democrat|Republican|GOP)\s(?:(?:presidential|presumptive|nominee|candidate|front-?runner|challenger|rival|Sen\.|Gov\.)\s){0,3}(?:[A-Z][\w’'-]+\s){0,2}$")
_PARTY_AFTER = re.compile(r",\s(?:the\s|a\s)?(?:presumptive\s)?(?P<p>Democratic|Democrat|Republican|GOP)\b")


def _party(text: str, surname: str) -> str | None:
    """The party the article gives ``surname`` ("Republican Donald Trump", "Clinton, the Democratic nominee"), or None."""
    for at in word_starts(surname, text):
        m = _PARTY_BEFORE.search(text, max(0, at - 90), at) or _PARTY_AFTER.match(text, at + len(surname))
        if m:
            return "R" if m.group("p") in {"Republican", "GOP"} else "D"
    return None


def ask_poll_lead(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'A poll found Clinton leading Trump by 15 points among likely voters in Wisconsin' → 'Will Hillary Clinton's
    lead over Donald Trump in Wisconsin last until Election Day?'"""
    if not _POLL.search(s.text) or _RESULT.search(s.text):
        return []
    if s.text[: m.start()].count("“") > s.text[: m.start()].count("”"):
        return []  # a speaker's claim of a lead
    leader, trailer = (m.group("leader"), m.group("trailer")) if m.group("leader") else (m.group("ahead"), m.group("behind"))
    if {leader.split()[0], trailer.split()[0]} & _NOT_CANDIDATES:
        return []
    first, second = ("leader", "trailer") if m.group("leader") else ("behind", "ahead")
    if _SUBGROUP.match(s.text, m.end(second)) or _PAST_READING.search(s.text, 0, m.start(first)) or _PAST_READING.search(m.group(0)):
        return []
    leader, trailer = person_name(ctx, s, leader, m.start()), person_name(ctx, s, trailer, m.start())
    if not leader or not trailer or leader == trailer:
        return []
    surnames = (leader.split()[-1], trailer.split()[-1])
    parties = (_party(ctx.text, surnames[0]), _party(ctx.text, surnames[1]))
    when = ""
    if (vote := _VOTE_AHEAD.search(s.text)) is not None:
        when = f" until {vote.group('vote')}"
    elif None not in parties and parties[0] != parties[1] or None in parties and _GENERAL.search(ctx.text):
        when = " until Election Day"  # two parties' candidates, or the general election named: never one party's two
    if not when:
        return []  # "… lead in Wisconsin last?": until when, the article does not say
    for t in ctx.sentences:
        if t.index != s.index and not _POLL.search(t.text) and _DECIDED.search(t.text) and all(any(word_starts(n, t.text)) for n in surnames):
            return []  # the vote between the two is reported: the poll is history
    where = m.group("place") or m.group("place2") or m.group("place3")
    place = f" in {where}" if where and where not in MONTH_NAMES else ""
    owner = possessive(leader, ctx.text)
    owner = owner[:-1] if leader.endswith("s") else owner  # "Sanders'"
    return [Draft(f"Will {owner} lead over {trailer}{place} last{when}?", leader)]
