"""The builder for a claim one side denies or dismisses when the denial names no one before its verb, or the claim
follows a noun without "that": "Lawyers for the pair denied allegations they had planted the device", "He also
dismissed claims government plans to get 50% of young people into university would devalue degrees", "A Labour
spokesman denied the campaign was anti-Semitic". The claim, recast as a yes/no question, is the matter in dispute
("Would government plans … devalue degrees?"); a later sentence that settles it drops the question (``settled``).

A denial is news's own mark of a disputed fact (the BBC's and the AP's style: "denied" reports one side's answer,
not a finding). The denial forms the older ``disputed-claim`` cue takes (a capitalised denier, then "that" or a
pronoun) are left to it, so that one claim is not asked twice.
"""
from __future__ import annotations

import re

from ...model import Sentence
from .cues import DENIAL
from .inversion import lower_first, main_clause
from .wording import Context, Draft

_CLAIM_NOUN = r"(?:allegations?|claims?|charges?|accusations?|reports?|suggestions?|suspicions?)"
# "denied allegations they had …", "dismissed the claim he had …", "dismissed Bernie Sanders’ accusations that …",
# "denied the campaign was …", "denied there was …": a finite clause after the verb, its noun or "that".
DENIED_CLAIM = re.compile(
    r"\b(?:(?:has|have|had)\s)?(?:also\s|strongly\s|flatly\s|repeatedly\s|firmly\s|angrily\s)?"
    r"(?P<verb>denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|refutes|disputed|disputes)\s"
    rf"(?:(?P<noun>(?:the\s|any\s|(?:[A-Z][\w.-]*\s){{1,3}}?[A-Z][\w-]*(?:’s|'s|’|')\s)?{_CLAIM_NOUN})\s)?(?:that\s)?"
    r"(?P<clause>(?:[Tt]he\s|[Tt]his\s|[Hh]is\s|[Hh]er\s|[Tt]heir\s|[Ii]ts\s)?[\w’'-]+(?:\s[^\s,;:]+){0,12}?\s"
    r"(?P<aux>was|were|is|are|had|has|have|would|will|could)\s[^;:]{3,200})"
)
# "dismissed" and "rejected" take many objects that are no claim ("rejected the offer", "dismissed critics"): without a
# claim noun, only "denied" reads its object as a claim.
_DENY = frozenset("denied denies deny".split())
_PRONOUNS = frozenset("he she they it".split())
_AS_VERDICT = re.compile(r"\sas\s(?:an?\s|the\s)?[\w\s“”\"'‘’-]{3,30}$")
# The reported claim's "would" is its "will" ("claims plans would devalue degrees").
_REPORTED = {"would": "will"}
_PERSONAL = re.compile(r"\b(?:he|she|him|her)\b")
_PRONOUN_DENIER = re.compile(r"\b(?:he|she|He|She)\s(?:has\s|had\s|have\s)?(?:also\s|strongly\s|flatly\s|repeatedly\s|firmly\s|angrily\s)?$")
_DANGLING = re.compile(r"\s(?:it|them|this|that)$")  # "would seriously consider it": what "it" is, the question cannot say
_COMMON_SUBJECT = re.compile(r"^[Tt]he\s[a-z]+$")
_PRONOUN_IN = re.compile(r"\b(?:he|she|it|they|him|her|them|his|its|their|I|we|you)\b")


def resolved_clause(ctx: Context, s: Sentence, m: re.Match, clause: str) -> str | None:
    """The clause with a pronoun subject named: 'they' for the lawyers' clients is too far to name, so not asked."""
    first = clause.split(" ", 1)[0].lower()
    if first not in _PRONOUNS:
        return clause
    if first == "it":
        who = ctx.refs.nearest(s.start + m.start("clause"), "organization")
    elif first in {"he", "she"}:
        if _PRONOUN_DENIER.search(s.text, 0, m.start()):
            return None  # "… though he has denied that he would …": the denier is a pronoun too, the nearest name a guess
        who = ctx.refs.nearest(s.start + m.start("clause"), "person")
        who = (ctx.refs.full_person(who) or who) if who else None
    else:
        return None
    return f"{who} {clause.split(' ', 1)[1]}" if who else None


def ask_denied_claim(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Lawyers for the pair denied allegations they had planted the device' (they: not named) → nothing;
    'He also dismissed claims government plans … would devalue degrees' → 'Would government plans … devalue degrees?'"""
    if m.group("noun") is None and m.group("verb") not in _DENY:
        return []
    if any(d.start() <= m.start() < d.end() or m.start() <= d.start() < m.end() for d in DENIAL.finditer(s.text)):
        return []  # the older cue asks it
    before = s.text[: m.start()]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return []  # a denial inside a quotation: the speaker's words, not the news's report
    clause = resolved_clause(ctx, s, m, m.group("clause"))
    if clause is None or clause.split(" ", 1)[0].lower() in {"there", "this", "that", "these", "those"}:
        return []  # "denied there was any intimidation": no one named in the claim
    aux = m.group("aux")
    at = m.start("aux") - m.start("clause") + len(clause) - len(m.group("clause"))  # a named pronoun moves it
    subject, rest = clause[:at].strip(), main_clause(clause[at + len(aux):].rstrip(" ."))
    if m.group("verb").startswith(("dismiss", "reject")):
        rest = _AS_VERDICT.sub("", rest)  # "dismissed the claim he had reneged … as old news": the dismissal's words
    if not subject or not rest or rest.split()[0] in {"not", "never", "no"} or _PRONOUN_IN.search(subject) or _DANGLING.search(rest):
        return []
    aux = _REPORTED.get(aux, aux)  # a reported "had" stays: ``repair`` asks the past act with "Did"
    q = f"{aux.capitalize()} {lower_first(subject)} {rest}?"
    if not 5 <= len(q.split()) <= 24:
        return []
    costs = [("a denied claim: open only if nothing settles it", 0.2)]
    if _PERSONAL.search(rest):
        costs.append(("a 'he' or 'she' inside the claim: whom it means, the question cannot say", 1.5))
    if _COMMON_SUBJECT.match(subject):
        costs.append(("a claim about 'the party' or 'the campaign': its referent named only earlier", 1.0))
    return [Draft(q, subject, costs)]
