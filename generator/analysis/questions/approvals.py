"""The builder for an approval still to come, in the forms ``awaiting-approval`` ("subject to …") and
``approval-pending`` ("X is awaiting approval") do not take: "the deal needs the approval of shareholders" → "Will
shareholders approve the deal?"; "the merger must still be cleared by the European Commission" → "Will the European
Commission clear the merger?"; "MPs will vote on the bill next week" → "Will MPs back the bill next week?".

A step a named body must still take is the open decision the story leaves (the BBC's business and politics desks
report a deal or a bill "subject to" or "needing" a vote or a regulator's approval). "The deal" is named from an
earlier mention when the article gives one ("the Sirius-XM merger"); a later sentence telling the approval given or
refused drops the question (``settled``).
"""
from __future__ import annotations

import re

from ...model import Sentence
from .inversion import lower_first
from .references import DEMONYMS
from .wording import Context, Draft

_THING = (
    r"(?P<np>(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*){0,2}(?:’s|'s))\s(?:[a-z$£€\d.,-]+\s){0,2}?"
    r"(?:deal|merger|takeover|acquisition|sale|bid|offer|bill|plan|plans|proposal|proposals|agreement|treaty|scheme|budget|nomination|appointment|purchase|move|law|reform|reforms|legislation))"
)
_BODY = (
    r"(?P<body>(?:the\s)?(?:[A-Z][\w.’'&-]*(?:\s(?:of\s)?[A-Z][\w.’'&-]*){0,4}|shareholders|investors|regulators|competition\sregulators|"
    r"(?:US|UK|EU|European|federal|" + "|".join(DEMONYMS) + r")\s(?:regulators|competition\sauthorities|authorities|shareholders)|the\s(?:board|court|courts|government|regulator|regulators|parliament|competition\sauthorities)))"
)
_APPROVE = r"(?:approval|backing|consent|go-ahead|clearance|green\slight|sign-off|blessing)"
APPROVAL_NEEDED = re.compile(
    rf"{_THING}\s(?:still\s|also\s|now\s)?(?:"
    rf"(?:needs|need|requires|require|must\s(?:still\s)?(?:win|get|receive|gain|secure)|has\syet\sto\s(?:win|receive|get|gain)|is\syet\sto\s(?:win|receive|get|gain)|will\sneed)\s(?:the\s)?(?:final\s|formal\s)?{_APPROVE}\s(?:of|from)\s{_BODY}"
    rf"|(?:must|has\sto|have\sto|needs\sto|need\sto|will\shave\sto)\s(?:still\s|also\s|first\s)?be\s(?P<verb>approved|ratified|cleared|passed|rubber-stamped|backed|endorsed)\sby\s{_BODY.replace('body', 'bodyb')}"
    r")"
    r"|(?P<body2>MPs|Peers|Senators|Shareholders|Lawmakers|Legislators|The\sSenate|The\sHouse|The\sCommons|The\sLords|Congress|Parliament|the\sSenate|the\sHouse|the\sCommons|the\sLords|shareholders|MPs|peers)"
    r"\s(?:will|are\sdue\sto|are\sexpected\sto|are\sset\sto|is\sdue\sto|is\sexpected\sto|is\sset\sto|are\sto|is\sto)\svote\son\s"
    rf"{_THING.replace('np', 'np2')}(?P<when>\s(?:next\s(?:week|month)|later\sthis\s(?:week|month|year)|on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this\s(?:week|month)|tomorrow))?"
)
_VERBS = {"approved": "approve", "ratified": "ratify", "cleared": "clear", "passed": "pass", "rubber-stamped": "rubber-stamp",
          "backed": "back", "endorsed": "endorse"}
_BODY_CUT = re.compile(r"\s(?:before|after|by|in|on|for|and|if|which|who|as|to|at)\b.*$")


def _named(ctx: Context, np: str, at: int) -> tuple[str, list[tuple[str, float]]]:
    """'the deal' named from an earlier mention ('the Sirius-XM merger'), or kept with a penalty when none names it."""
    if np.split()[0].lower() not in {"the", "this", "that", "its", "their"}:
        return np, []
    named = ctx.refs.earlier_mention(np, at)
    if named:
        return named, []
    return "the " + np.split(" ", 1)[1], [("an approval of 'the deal' or 'the bill': which one, named only earlier", 2.5)]


def ask_approval_needed(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'the deal needs the approval of shareholders' → 'Will shareholders approve the deal?'"""
    if m.group("body2"):
        body, np, at = m.group("body2"), m.group("np2"), m.start("np2")
        verb, when = "back", (m.group("when") or "")
    else:
        body, np, at = m.group("body") or m.group("bodyb"), m.group("np"), m.start("np")
        verb, when = _VERBS.get(m.group("verb") or "", "approve"), ""
    body = _BODY_CUT.sub("", body).strip().rstrip(".")
    if not body or body.split()[0] in {"He", "She", "It", "They", "But", "And"}:
        return []
    body = body[0].lower() + body[1:] if body.split()[0] in {"The", "Shareholders", "Peers", "Senators", "Lawmakers", "Legislators"} else body
    named, costs = _named(ctx, np, s.start + at)
    return [Draft(f"Will {lower_first(body)} {verb} {lower_first(named)}{when}?", body, costs)]
