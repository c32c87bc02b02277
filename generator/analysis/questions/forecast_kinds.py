"""Which forecasts and plans are worth asking: named bonuses and penalties by the kind of matter.

The forecast pattern weighs less than most (``patterns``): a blind reader judged most of its yes/no questions
misread or trivial (blind labels of tuning-part candidates, ``benchmarks/question_labels.py``: a speaker's
announced plan, a pledge, a belief, a routine step on the calendar recast as "Will X …?"). Its good questions were of a few
kinds, each given back what the lower weight took: a contest or vote ahead, a player's fitness or place in a
side, and a plan the article reports as undecided or unconfirmed. Each reads the sentence, the cue and the verb.
"""
from __future__ import annotations

import re

from ..regex_starts import boundary_words
GOOD_KIND = 0.5  # what a good kind gets back: as much as the pattern's weight is below the usual 2.0
CONTEST = ("a contest, a ruling or a manner ahead, not a yes/no recast", -GOOD_KIND)

# An outcome the writer expects of a contest: "The government is expected to win Wednesday's vote",
# "The House is expected to pass a bipartisan bill", "Lael Brainard is poised to win another round".
_EXPECTING = re.compile(r"^(?:is|are)\s(?:now\s|still\s|also\s)?(?:expected|likely|poised|set|on\scourse|on\strack|in\sline)\sto$")
_CONTESTED = frozenset("win lose beat defeat pass approve reject qualify clinch retain overturn".split())
# A player's fitness or place: "Solskjaer said he hoped to return next season", "Wilkinson is still hoping to make
# the Lions tour", "Wayne Bridge could miss the rest of the season" (the labeller's good forecasts: selection, fitness).
_FITNESS_VERBS = frozenset("return miss make play start feature recover".split())
_SPORT = re.compile(r"\b(?:season|match|game|tour|squad|injury|injured|ankle|knee|hamstring|groin|fitness|cup|final|finals"
                    r"|tournament|championship|league|debut|line-up|side)\b", re.I)
# The article says the matter is not settled: "… but it has not yet set a date", "…, according to newspaper reports",
# "no decision had been taken", "a spokesman refused to comment on speculation that …" (the labeller's good plans:
# those the article reports as undecided).
_UNDECIDED = re.compile(boundary_words([
    r"not\s(?:yet\s)?(?:set|decided|confirmed|finali[sz]ed|agreed)", r"has\syet\sto", r"have\syet\sto", r"had\syet\sto",
    r"no\s(?:final\s)?decision", "undecided", r"according\sto\s(?:\w+\s)?(?:reports|newspapers?|sources)", "reportedly",
    r"it\s(?:is|was)\sunderstood", r"refused\sto\s(?:comment|confirm)", r"declined\sto\s(?:comment|confirm)",
    r"would\snot\s(?:comment|confirm)", r"did\snot\s(?:comment|confirm)"]) + r"\b")
# A plan its maker states: "Obama said he planned to stay active …", "Mr Taylor's group plans to demand …" (misread:
# the plan is news only as what was said; whether it happens is rarely in doubt or rarely of interest).
_PLAN_AUX = re.compile(r"^(?:plans?|planned)\sto$")
_PLAN_COST = 0.8
# A step whose doing is a formality: what is announced, named or published is the matter, not that it is
# ("Will the Conservatives announce their proposals …?", "Will Matt Williams name his match-day 22 on Thursday?").
_FORMALITIES = frozenset("announce unveil publish name host present reveal".split())
_FORMALITY_COST = 1.0
# Someone's word on what another will do, recast as the writer's forecast: "McConnell stressed that Mr. Trump would sign
# laws …", "She said the Conservatives would announce …" (misread); an outcome a sayer forecasts is a claim to check.
# 1.7, not 1.2: of 35 such candidates labelled on half A (split "qrank6-half:") 4 were judged good, all scored far below
# the floor, and the one the ranker kept was judged misread ("Will Labour raise taxes …?", the Tories' claim recast).
_WORD_COST = 1.7
# … and the same asked with its source: "Will Labour's media effort focus more on local newspapers, as Mr Milburn says?",
# "…, as Forrester Research predicts?", "…, as Steve Finnan believes?" (misread, all 14 such candidates of the four
# blind label sets: a party's plan, an analyst's forecast or a player's belief, which the question only repeats).
_SOURCED_COST = 2.0


def kind_notes(sentence: str, aux: str, verb: str, reported: bool, own_word: bool, outcome: bool, shape: str = "yes-no",
               source: str = "") -> list[tuple[str, float]]:
    """Bonuses (negative) and penalties for a forecast-pattern question of ``shape`` ("yes-no", "how", "contest");
    ``outcome``: the verb is an outcome a forecaster names (rise, win, remain), ``own_word``: already penalised as the sayer's own,
    ``source``: whom the question credits ("Mr Milburn says")."""
    if shape != "yes-no":  # "How will Russia ensure …?"
        return [CONTEST]
    found = []
    if not reported and _EXPECTING.match(aux) and verb in _CONTESTED:
        found.append(("an outcome of a contest the writer expects", -GOOD_KIND))
    elif verb in _FITNESS_VERBS and _SPORT.search(sentence):
        found.append(("a player's fitness or place in a side", -GOOD_KIND))
    if _UNDECIDED.search(sentence):
        found.append(("the article reports it undecided or unconfirmed", -GOOD_KIND))
    if _PLAN_AUX.match(aux):
        found.append(("a plan its maker states", _PLAN_COST))
    if verb in _FORMALITIES:
        found.append(("a formality: what is announced or named is the matter", _FORMALITY_COST))
    if reported and not own_word and not outcome and aux in {"will", "would"} and verb not in _CONTESTED:
        found.append(("someone's word on what another will do", _WORD_COST))
    if source:
        found.append(("a claim, plan or forecast on its source's word ('…, as X says')", _SOURCED_COST))
    return found
