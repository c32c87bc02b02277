"""The builders for a case brought whose outcome the article does not report, in the forms the older legal cues
(``charge-outcome``: "X has been charged with …"; ``appeal-or-lawsuit``: "X is suing Y") do not take:

- a charge told in the active voice: "US prosecutors have charged nine food suppliers with helping Dutch retailer Ahold
  inflate earnings" → "Will the nine food suppliers be convicted of helping Dutch retailer Ahold inflate earnings?";
- charges filed against someone: "The SEC filed civil fraud charges in a Boston Federal court against James Tambone"
  → "Will James Tambone be found liable on the civil fraud charges?" (a civil charge is not "convicted");
- a suit told from the defendant's side: "Mick Mars is being sued by his ex-girlfriend for $10 million" → "Will Mick
  Mars lose the $10 million lawsuit brought by his ex-girlfriend?".

A charge or a suit is a question a court exists to settle (the AP's style: "charged" reports an accusation, not
guilt). A verdict, a settlement or a dismissal anywhere after the sentence closes it.
"""
from __future__ import annotations

import re

from ...model import Sentence
from ..regex_starts import word_starts
from .inversion import main_clause
from .naming import subject_name
from .wording import TIME_ADJUNCT, Context, Draft, charge_list

_NAME = r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}"
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)"
# "prosecutors have charged nine food suppliers with …", "the SEC has charged Bernie Ebbers with …"
CHARGED_BY = re.compile(
    rf"\b(?:[Pp]rosecutors|[Rr]egulators|[Pp]olice|the\s(?:SEC|FBI|FSA|Serious\sFraud\sOffice|Justice\sDepartment|Department\sof\sJustice|attorney[\s-]general)|{_NAME})"
    r"\s(?:have\s|has\s|had\s)?(?:formally\s|now\s|also\s)?(?:charged|indicted)\s"
    rf"(?P<who>{_COUNT}\s(?:[a-z]+\s){{0,2}}?[a-z]+s|{_NAME})\s(?:with|on\scharges\sof)\s(?P<charge>[^,;.]{{3,80}})"
    rf"|\b(?:filed|brought|laid)\s(?P<kind>(?:civil\s|criminal\s)?(?:[a-z]+\s){{0,2}}charges)\s(?:[^,;.]{{3,50}}?\s)?against\s(?P<who2>{_NAME})"
)
# "Mick Mars is being sued by his ex-girlfriend for $10 million (£5.4 million)"
SUED_BY = re.compile(
    rf"(?P<who>{_NAME})(?:,[^,]{{3,60}},)?\s(?:is|are|has\sbeen|have\sbeen|was|were)\s(?:now\s|also\s)?(?:being\s)?sued\sby\s"
    r"(?P<plaintiff>(?:his|her|their|its|the|a|an|[A-Z])[^,;.()]{2,50}?)(?:\sfor\s(?P<sum>[$£€][\d.,]+\s?(?:m|bn|million|billion)?))?(?=\s?[,;.(]|\s(?:over|after|claiming|alleging|who|which|in)\b)"
)
# The case told decided: a verdict, a settlement, a dismissal, an award.
_DECIDED = re.compile(
    r"\b(?:convicted|acquitted|found\s(?:not\s)?guilty|cleared|pleaded\sguilty|settled|settlement|dismissed|thrown\sout|awarded|ruled\sin\sfavour|lost\sthe\scase|won\sthe\scase)\b"
)
_CHARGE_BREAK = re.compile(r"\s(?:after|in\s(?:a|an|the)|while|but|which|who)\s|" + TIME_ADJUNCT)
_PRONOUN_IN = re.compile(r"\b(?:he|she|it|they|him|her|them|his|its|their)\b")


def _decided_after(ctx: Context, s: Sentence, name: str) -> bool:
    """A verdict told in another sentence, before or after the charge's, that names the party (or the next sentence's)."""
    last = name.split()[-1]
    return any(t.index != s.index and _DECIDED.search(t.text) and (any(word_starts(last, t.text)) or t.index == s.index + 1) for t in ctx.sentences)


def ask_charged_by(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'US prosecutors have charged nine food suppliers with helping Ahold inflate earnings' →
    'Will the nine food suppliers be convicted of helping Ahold inflate earnings?'"""
    if m.group("who2"):
        who = subject_name(ctx, s, m.group("who2").rstrip("."), m.start("who2"))
        if not who or _decided_after(ctx, s, who):
            return []
        kind = m.group("kind")
        verdict = "found liable on" if kind.startswith("civil") else "convicted on"
        costs = [] if " " in kind else [("'the charges' with nothing said of them: which charges, the question cannot say", 1.5)]
        return [Draft(f"Will {who} be {verdict} the {kind}?", who, costs)]
    who = m.group("who")
    if who[:1].islower():
        who = "the " + who  # "nine food suppliers" asked as the ones the article names
    elif not (who := subject_name(ctx, s, who, m.start("who"))):
        return []
    charge = main_clause(charge_list(m.group("charge"), _CHARGE_BREAK))
    if not charge or _PRONOUN_IN.search(charge) or not 2 <= len(charge.split()) <= 14 or _decided_after(ctx, s, who):
        return []
    return [Draft(f"Will {who} be convicted of {charge}?", who)]


def ask_sued_by(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Mick Mars is being sued by his ex-girlfriend for $10 million' → 'Will Mick Mars lose the $10 million lawsuit
    brought by his ex-girlfriend?'"""
    who = subject_name(ctx, s, m.group("who"), m.start("who"))
    plaintiff = m.group("plaintiff").strip()
    if not who or plaintiff.split()[0] in {"He", "She", "It", "They"} or _decided_after(ctx, s, who):
        return []
    if plaintiff.split()[0] in {"The", "A", "An"}:
        plaintiff = plaintiff[0].lower() + plaintiff[1:]
    sum_ = f"{m.group('sum')} " if m.group("sum") else ""
    return [Draft(f"Will {who} lose the {sum_}lawsuit brought by {plaintiff}?", who)]
