"""The builder for a claim reported as a noun ("claims that …", "Bellamy's claim that …", "amid allegations that …")
in an article that also reports it denied, dismissed or rejected: "The commissioner was speaking amid claims that Mr
Campbell is part of a Labour 'dirty tricks' campaign" (Labour "denies engaging in personal campaigning") → "Is Mr
Campbell part of a Labour 'dirty tricks' campaign?".

A claim one side makes and another denies is the disputed fact the story leaves open (the brief's "X says, Y denies";
a claim no one denies is only a source's word, and not asked here). An "accusation" is not taken: mostly one side's
view of the other, not a fact a reader can have settled ("Trump's accusation that Clinton is playing the woman's
card"). The denial verbs ``denied-claim`` and ``disputed-claim`` take ("X denied claims that …") are left to them.
"""
from __future__ import annotations

import re

from ...model import Sentence
from .cues import DENIAL
from .disputes import DENIED_CLAIM, resolved_clause
from .inversion import yes_no
from .wording import Context, Draft

# the noun, not the verb: a determiner, a possessive or a preposition before it ("amid claims that …", "Bellamy's claim
# that …"), never a subject ("Bellamy claims that …")
CLAIM_THAT = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ny|[Nn]ew|[Aa]mid|[Oo]ver|[Oo]f|[Dd]espite|[Ff]ollowing|[Aa]fter|[Bb]y|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s|[’']s?\s)"
    r"(?P<noun>claims?|allegations?|suggestions?)\sthat\s"
    r"(?P<clause>(?:[Tt]he\s|[Hh]is\s|[Hh]er\s|[Tt]heir\s|[Ii]ts\s)?[\w’'-]+(?:\s[^\s,;:]+){0,10}?\s(?:was|were|is|are|had|has|have|would|will|could)\s[^;:]{3,200})"
)
# A denial of the claim: a denial word in a sentence naming someone or something the claim names.
_DENIED = re.compile(r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes|untrue|not\strue|nonsense|baseless|groundless)\b")
_NAMES = re.compile(r"\b[A-Z][\w’'-]+")
_AUX = re.compile(r"\s(?:was|were|is|are|had|has|have|would|will|could)\s")
# The claim's own denial after it: "Bellamy's claim that Souness had lied … was strongly denied by Shepherd".
_DENIAL_AFTER = re.compile(r"\s(?:was|were|has\sbeen|have\sbeen|had\sbeen|is|are)\s(?:strongly\s|flatly\s|firmly\s|angrily\s|also\s)?(?:denied|rejected|dismissed|disputed|refuted)\b|\s-\s")


def ask_claim(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'… amid claims that Mr Campbell is part of a Labour "dirty tricks" campaign' (denied in the article) →
    'Is Mr Campbell part of a Labour "dirty tricks" campaign?'"""
    named = {n.rstrip("’'") for n in _NAMES.findall(m.group("clause"))} - {"The", "His", "Her", "Their", "Its"}
    denied_later = any(_DENIED.search(t.text) and any(n in t.text for n in named) for t in ctx.sentences if t.index != s.index)
    denied_here = any("-" not in d.group(0) for d in _DENIAL_AFTER.finditer(s.text, m.start("clause")))
    if not denied_later and not denied_here:
        return []  # no one denies it: a source's word, not a dispute
    at = m.start()
    if any(d.start() <= at < d.end() for d in DENIAL.finditer(s.text)) or any(d.start() <= at < d.end() for d in DENIED_CLAIM.finditer(s.text)):
        return []  # "X denied claims that …": asked by the denial's own cue
    before = s.text[:at]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return []  # inside a quotation
    clause = resolved_clause(ctx, s, m, m.group("clause"))
    clause = _DENIAL_AFTER.split(clause, maxsplit=1)[0] if clause else clause
    if clause is None or clause.split(" ", 1)[0].lower() in {"there", "this", "that", "these", "those", "it"}:
        return []
    q = yes_no(clause)
    if q is None or not 5 <= len(q.split()) <= 22:
        return []
    if q.startswith("Would "):
        q = "Will " + q[6:]  # the reported claim's "would" is its "will"
    costs = [("a disputed claim: open only if nothing settles it", 0.2)]
    if re.search(r"\b(?:he|she|him|her)\b", q):
        costs.append(("a 'he' or 'she' inside the claim: whom it means, the question cannot say", 1.5))
    subject = _AUX.split(clause, maxsplit=1)[0]  # whom the claim is about: ``repair`` asks a reported "had" with "Did"
    return [Draft(q, subject, costs)]
