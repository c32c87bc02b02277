"""The builder for a party's nomination race an article reports under way: a candidate it calls the party's
front-runner is asked whether the race ends in the nomination ("Republican front-runner Donald Trump" → "Will
Donald Trump win the Republican nomination?").

A front-runner's lead is the news's own measure of an open race (AP Stylebook, "front-runner": a leading
candidate whose contest is not decided). A presumptive or presumed nominee (the AP's term for one who holds
enough delegates before the convention votes) closes the race: the race left open is the election, and stories
that name one were read mostly about someone else (tuning articles judged on split "qs27-half:"). Only a candidate
the article names three times or more, in an article that speaks of the race, is asked: one named once is an
aside of another story.
"""
from __future__ import annotations

import re

from ...model import Sentence
from .references import COURTESY_TITLES
from .wording import Context, Draft

_PARTY = r"(?P<party>Republican|Democratic|Democrat|GOP)"
_ROLE = r"(?:presidential\s)?(?:front-?\s?runner|frontrunner)"
# a name's words, not the day after it: "Republican front-runner Donald Trump Tuesday called for …"
_NOT_A_DAY = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
_PERSON = rf"(?P<who>[A-Z][\w’'-]*(?:\s{_NOT_A_DAY}(?:[A-Z]\.|[A-Z][\w’'-]*)){{1,3}})"
# "Republican front-runner Donald Trump", "Hillary Clinton, the Democratic front-runner"
LEADER = re.compile(
    rf"\b{_PARTY}\s{_ROLE}\s{_PERSON}"
    rf"|{_PERSON.replace('who', 'who2')},\s(?:the\s|a\s)?{_PARTY.replace('party', 'party2')}\s{_ROLE}\b"
)
_PARTIES = {"Republican": "Republican", "GOP": "Republican", "Democratic": "Democratic", "Democrat": "Democratic"}
# The article reporting the race decided: the nomination clinched or accepted, the election won or lost.
# The race spoken of: a vote, a contest, its campaign ("campaign trail", "primary debate", "delegates").
_RACE = re.compile(r"\b(?:primary|primaries|caucus(?:es)?|delegates?|nomination|nominee|polls?|voters|campaign(?:s|ing)?|rally|rallies|debate)\b")
_NOMINATION_DECIDED = re.compile(r"\b(?:clinch\w*|secured|won|accepted|wrapped\sup|locked\sup)\s(?:the\s|his\s|her\s)?(?:party['’]s\s)?(?:[A-Z]\w+\s)?(?:presidential\s)?nomination\b|\bpresumptive\b|\bpresumed\snominee\b")
_ELECTION_DECIDED = re.compile(r"\bpresident-elect\b|\b(?:won|lost|conceded)\s(?:the\s)?(?:presidential\s|general\s)?election\b|\belection\s(?:victory|defeat|win)\b|\bconceded\sthe\s(?:race|election|nomination)\b")


def _name(who: str) -> str:
    who = re.sub(r"(?:’s|'s|’)$", "", who)
    first, _, rest = who.partition(" ")
    return rest if first.rstrip(".") in COURTESY_TITLES and rest else who


def ask_nomination(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Republican front-runner Donald Trump is set to meet …' → 'Will Donald Trump win the Republican nomination?'"""
    who = _name(m.group("who") or m.group("who2"))
    party = _PARTIES[m.group("party") or m.group("party2")]
    if ctx.refs.mentions(who) < 3:
        return []  # named once or twice: not the story's candidate
    if not _RACE.search(ctx.text):
        return []  # no word of the race itself: the title is an epithet in a story on something else
    if _NOMINATION_DECIDED.search(ctx.text) or _ELECTION_DECIDED.search(ctx.text):
        return []  # the article reports the nomination settled: the front-runner's race is over
    presidential = " presidential" if "presidential" in m.group(0) else ""
    return [Draft(f"Will {who} win the {party}{presidential} nomination?", who)]
