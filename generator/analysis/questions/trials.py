"""The builder for a trial under way or ahead whose verdict the article does not report: "former Yukos boss
Mikhail Khodorkovsky began testimony on Friday in his trial for fraud and tax evasion" → "Will Mikhail
Khodorkovsky be convicted of fraud and tax evasion?". A verdict is the outcome a trial exists for; the
article's own word for the charge says what it is about. A verdict anywhere in the article closes it
(``events.verdict_on``).
"""
from __future__ import annotations

import re

from ...model import Sentence
from .events import verdict_on
from .inversion import main_clause
from .wording import Context, Draft, charge_list

# "Ebbers' trial for fraud", "his trial on charges of fraud", "the trial of Bernie Ebbers on fraud charges" is not
# taken (its charge is a noun before "charges").
TRIAL = re.compile(
    r"(?P<who>\b[Hh]is|\b[Hh]er|\b[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}(?:’s|'s|’|'))\s(?:(?:criminal|fraud|murder|corruption|retrial|re-trial|jury|federal)\s)?"
    r"(?:re-?)?trial\s(?:for|over|on\scharges\sof|on\scharges\sthat)\s(?P<charge>[^,;.]{3,80})"
)
_BREAK = re.compile(
    r"\s(?:after|while|but|which|who|when|on|in|at|last|this|next|is|was|are|were|has|had|will|began|begins|opened|opens|resumed"
    r"|resumes|continued|continues|ended|ends|heard|hears|retired|retires|said|says|told)\b|\s-\s"
)
# A verdict told of a pronoun ("He was later acquitted of all charges"): the one on trial, in a story of one trial.
_PRONOUN_VERDICT = re.compile(r"\b(?:He|She|he|she)\s(?:was|were|has\sbeen|had\sbeen)\s(?:later\s|eventually\s|also\s)?(?:convicted|acquitted|found\s(?:not\s)?guilty|cleared|jailed|sentenced)\b")
_PRONOUN_IN = re.compile(r"\b(?:he|she|they|it|his|her|their|its|him|them)\b")


def ask_trial(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'… in his trial for fraud and tax evasion' (no verdict in the article) → 'Will X be convicted of fraud and tax evasion?'"""
    who = m.group("who")
    if who.lower() in {"his", "her"}:
        who = ctx.refs.nearest(s.start + m.start("who"), "person")
        if not who:
            return []
        who = ctx.refs.full_person(who) or who
    else:
        who = re.sub(r"(?:’s|'s|’|')$", "", who)
        if ctx.refs.kind_of(who) != "person":
            return []  # "Enron's trial" (a firm's trial is its bosses'), "Yesterday's trial", "The company's trial"
        who = ctx.refs.full_person(who) or who
    charge = main_clause(charge_list(m.group("charge"), _BREAK))
    if not charge or _PRONOUN_IN.search(charge) or not 1 <= len(charge.split()) <= 10:
        return []
    surname = who.split()[-1]
    if any(verdict_on(surname, t.text) or t.index > s.index and _PRONOUN_VERDICT.search(t.text) for t in ctx.sentences):
        return []
    return [Draft(f"Will {who} be convicted of {charge}?", who)]
