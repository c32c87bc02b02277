"""The builders for a competitor's goal still ahead: a title or win sought ("Ireland are going for their first Grand
Slam since 1948" → "Will Ireland win their first Grand Slam since 1948?"), a title to defend ("he is to defend his
European title in Madrid" → "Will Jason Gardener defend his European title in Madrid?"), and a favourite's prize
when the favourite is not the sentence's subject ("Kim Gevaert, who will be one of the favourites for next month's
European title" → "Will Kim Gevaert win next month's European title?"; ``favourite-to-win`` takes "X is favourite
to win …").

A sports story's own word for what a side or an athlete is after is the open outcome its reader waits on (BBC
Sport's previews are built on it). The article reporting the prize won or lost closes it: the win sought told in the
past ("won", "clinched", "lifted"), or a later sentence that settles it (``settled``).
"""
from __future__ import annotations

import re

from ...model import Sentence
from .inversion import lower_first, main_clause
from .naming import subject_name
from .wording import Context, Draft

_SIDE = r"(?P<who>[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey)"
_SEEK = r"(?:chasing|chase|chases|going\sfor|go\sfor|goes\sfor|seeking|seeks|seek|bidding\sfor|bid\sfor|hunting\sfor|in\ssearch\sof|aiming\sfor|targeting)"
_PRIZE_HEAD = r"(?:title|titles|crown|gold|medal|Grand\sSlam|Slam|cup|Cup|trophy|championship|victory|win|league|double|treble|hat-trick|place|spot)"
# "Ireland are going for their first Grand Slam since 1948", a state and then the aim ("X is included and will be
# chasing …"), "he seeks a first Six Nations victory at the eighth attempt", "he is to defend his European title in Madrid".
GOAL = re.compile(
    rf"\b{_SIDE}(?:,[^,]{{3,80}},)?\s(?:(?:is|are|has\sbeen|have\sbeen)\s[a-z]+\sand\s)?(?:(?:is|are|will\sbe|was|were)\s(?:now\s|also\s)?)?(?:(?P<seek>{_SEEK})|(?:is|are)\sto\s(?P<defend>defend)|(?:(?:will|hopes?\sto|aims?\sto|bids?\sto|tries\sto)\s)(?P<defend2>defend))\s"
    rf"(?P<prize>(?:a|an|his|her|their|its|the)\s(?:[\w’'-]+\s){{0,5}}?{_PRIZE_HEAD}\b[^,;.]{{0,60}})"
)
# "Kim Gevaert, who will be one of the favourites for next month's European title"; "Ireland were happy to handle the
# pressure of being considered favourites to win the Six Nations title".
FAVOURED = re.compile(
    rf"\b(?:Both\s)?(?P<who>[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*){{0,3}}(?:\sand\s[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*){{0,2}})?)"
    r"(?:,\s(?:who|which)\s(?:will\sbe|is|are)\s|\s(?:is|are|was|were)\s[^,;.]{0,60}?\bbeing\s(?:considered|seen\sas|rated|named)\s"
    r"|\s(?:is|are)\s(?:now\s)?(?:considered|seen|rated|tipped)\s(?:to\sbe\s|as\s)?(?=among\s|one\s|the\s))"
    r"(?:one\sof\s|among\s)?(?:the\s)?(?:big\s|hot\s|clear\s|strong\s)?(?:favourites?|favorites?)\s(?:to\s(?:win|get|take)\s|for\s)(?P<prize>(?:the|next|this|a|[A-Z])[^,;.]{2,60})"
)
_PAST_SEEK = re.compile(r"\b(?:was|were)\s$")
# A prize's phrase ends at a clause; "since 1948" stays ("their first Grand Slam since 1948": without it, a false "first").
_PRIZE_BREAK = re.compile(r"\s(?:after|before|when|while|which|who|as|but|because|amid|following|having|and\s(?:is|are|was|were|will))\s")


def _prize(text: str) -> str | None:
    prize = _PRIZE_BREAK.split(main_clause(text), maxsplit=1)[0]
    words = prize.split()
    return prize if 2 <= len(words) <= 10 or len(words) == 1 and prize[:1].isupper() else None  # "Oscars"


def _named(ctx: Context, s: Sentence, m: re.Match) -> str | None:
    """The subject named, without a demonym or title before the name ("Belgian Kim Gevaert" → "Kim Gevaert")."""
    who = m.group("who")
    words = who.split()
    if len(words) > 2 and words[0] not in ctx.names and words[1] in ctx.names:
        who = " ".join(words[1:])
    return subject_name(ctx, s, who, m.start("who") + len(m.group("who")) - len(who))


def ask_goal(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Ireland are going for their first Grand Slam since 1948' → 'Will Ireland win their first Grand Slam since 1948?'"""
    if _PAST_SEEK.search(s.text, 0, m.start("seek") if m.group("seek") else m.start("prize")) or " was " in m.group(0)[: 60] and m.group("seek"):
        return []  # "they were chasing a first title": a past match's aim, its outcome told
    who = _named(ctx, s, m)
    prize = _prize(m.group("prize"))
    if not who or not prize or who.split()[0] in {"The", "the"} and len(who.split()) < 3:
        return []
    verb = "defend" if m.group("defend") or m.group("defend2") else "win"
    if verb == "win" and re.search(r"\b(?:place|spot|victory|win)\b", prize):
        verb = "get"  # "win a first victory" says it twice
    return [Draft(f"Will {lower_first(who)} {verb} {prize}?", who)]


def ask_favoured(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Kim Gevaert, who will be one of the favourites for next month's European title' → 'Will Kim Gevaert win next
    month's European title?'"""
    who = _named(ctx, s, m)
    prize = _prize(m.group("prize"))
    if not who or not prize or who.split()[0] in {"The", "But", "And"}:
        return []
    return [Draft(f"Will {lower_first(who)} win {prize}?", who)]
