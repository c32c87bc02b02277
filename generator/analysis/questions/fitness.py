"""The builder for a player's fitness in doubt before a named match: "Lewis Moody is a doubt for Saturday's game
against Wales" → "Will Lewis Moody be fit for Saturday's game against Wales?"; "Brian O'Driscoll faces a fitness test
before Sunday's match" → "Will Brian O'Driscoll be fit for Sunday's match?".

A fitness doubt is BBC Sport's standing form for an outcome its reader waits on (team news: "a doubt", "faces a race
against time", "a late fitness test"). The article telling the player ruled out, passed fit or named to play
closes it.
"""
from __future__ import annotations

import re

from ...model import Sentence
from .naming import subject_name
from .wording import Context, Draft

_NAME = r"[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}"
_MATCH = r"(?P<match>(?:[A-Z][\w’'-]*['’]s\s|the\s|next\s|this\s|Saturday['’]s\s|Sunday['’]s\s)[^,;.]{3,70})"
# "Moody is a doubt for Saturday's game against Wales" ("a major concern", "a worry": team news's other words), "Moody, 26, is struggling to be fit for …", "Moody faces a race
# against time to be fit for …", "Moody will have a late fitness test before …", "Moody is hoping to recover in time for …"
DOUBT = re.compile(
    rf"(?P<who>{_NAME})(?:,[^,]{{2,60}},)?\s(?:"
    r"(?:is|are|remains|remain|looks|look)\s(?:now\s|also\s|still\s)?(?:a\s|an\s)?(?:major\s|big\s|serious\s|slight\s|fresh\s|late\s)?(?:injury\s|fitness\s)?(?:doubt|doubtful|concern|worry|struggling\sto\sbe\sfit|racing\sagainst\stime\sto\sbe\sfit|in\sa\srace\sagainst\stime\sto\sbe\sfit)\sfor"
    r"|(?:faces|face)\sa\s(?:race\sagainst\stime\sto\sbe\sfit\sfor|(?:late\s)?fitness\stest\s(?:before|ahead\sof))"
    r"|(?:will|must|is\sto)\s(?:have|undergo)\sa\s(?:late\s)?fitness\stest\s(?:before|ahead\sof)"
    r"|(?:is|are|was|were)\s(?:hoping|expected|racing)\sto\s(?:recover|be\sfit)\sin\stime\sfor"
    rf")\s{_MATCH}"
)
# The player told ruled out, passed fit or picked after the sentence.
_DECIDED = re.compile(r"\b(?:ruled\sout|will\smiss|misses|has\sbeen\spassed\sfit|was\spassed\sfit|passed\sa\sfitness\stest|failed\sa\sfitness\stest|withdrawn|will\sstart|starts|named\sin\sthe\sside)\b")
# what a player is fit for is a fixture: "a doubt for Saturday's game", not "a concern for the England coach"
_FIXTURE = re.compile(r"\b(?:game|match|test|Test|clash|tie|final|semi-final|fixture|opener|decider|meeting|derby|race|trip|visit|showdown|encounter)\b|[’']s\s(?:game|match|clash|tie|final)")
_MATCH_BREAK = re.compile(r"\s(?:after|because|but|which|who|while|as|and\s(?:is|are|will|has))\s")


def ask_fitness(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Lewis Moody is a doubt for Saturday's game against Wales' → 'Will Lewis Moody be fit for Saturday's game against Wales?'"""
    who = subject_name(ctx, s, m.group("who"), m.start("who"))
    if not who or who.split()[0] in {"The", "But", "And", "He", "She"}:
        return []
    match = _MATCH_BREAK.split(m.group("match"), maxsplit=1)[0].strip()
    if not 2 <= len(match.split()) <= 12 or not _FIXTURE.search(match):
        return []
    last = who.split()[-1]
    if any(t.index > s.index and last in t.text and _DECIDED.search(t.text) for t in ctx.sentences):
        return []
    return [Draft(f"Will {who} be fit for {match[0].lower() + match[1:] if match.startswith('The ') else match}?", who)]
