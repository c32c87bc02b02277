"""The builder for a veto ahead: "As President Obama appears set to veto legislation that would allow 9/11 families to
sue Saudi Arabia, …" → "Will Congress override President Obama's veto of the Justice Against Sponsors of Terrorism
Act?" when the article speaks of an override, "Will President Obama veto the Justice Against Sponsors of Terrorism
Act?" when it does not.

A veto threatened or expected is the step a bill's story waits on, and once it is cast, the override vote is
(U.S. Constitution, Art. I, §7: a two-thirds vote of each house). The bill is named by the act the cue's
sentence names, else the nearest one before it, else the first after; an article that names none ("the bill") is not asked, since which bill only the article says. The veto
or the override reported done closes it.
"""
from __future__ import annotations

import re

from ...model import Sentence
from .naming import person_name
from .references import possessive
from .wording import Context, Draft

_WHO = r"(?P<who>(?:President\s)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})"
# "Obama appears set to veto legislation …", "the Obama administration has promised a veto", "Mr. Bush threatened to
# veto the bill", "… is expected to veto …", "Obama's veto is expected to come before the deadline"
VETO_AHEAD = re.compile(
    rf"{_WHO}(?:\s(?:administration|White\sHouse))?\s(?:(?:has|have|had)\s)?(?:appears\s|is\s|was\s|are\s)?(?:widely\s|now\s)?"
    r"(?:set\sto|expected\sto|likely\sto|poised\sto|going\sto|threatened\sto|threatens\sto|vowed\sto|vows\sto|promised\sto|pledged\sto|plans\sto|will)\sveto\b"
    rf"|{_WHO.replace('who', 'who2')}(?:\s(?:administration|White\sHouse))?\s(?:has\s|have\s)?(?:promised|threatened|vowed|pledged)\sa\sveto\b"
    rf"|{_WHO.replace('who', 'who3')}(?:’s|'s)\sveto\s(?:is|was)\s(?:widely\s)?(?:expected|likely|due)\b"
)
# "the “Justice Against Sponsors of Terrorism Act”", "the Affordable Care Act"
_ACT = re.compile(r"\bthe\s[“\"]?(?P<act>[A-Z][\w’'-]*(?:\s(?:[A-Z][\w’'-]*|of|for|and|the|to|in|on)){1,9}\s(?:Act|Bill))\b")
_OVERRIDE = re.compile(r"\boverrid(?:e|es|den|ing)\b|\boverrode\b")
_OVERRIDDEN = re.compile(r"\b(?:overrode|voted\sto\soverride|(?:was|were|has\sbeen|had\sbeen)\soverridden)\b")
_VETOED = re.compile(r"\bvetoed\b")
_HEDGED = re.compile(r"\b(?:if|would|could|may|might|expected|likely|assumption|whether|set\sto)\b")


def ask_veto(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'As President Obama appears set to veto legislation …' → 'Will Congress override President Obama's veto of the … Act?'"""
    group = next((g for g in ("who", "who2", "who3") if m.group(g)), None)
    if group is None:
        return []
    who = m.group(group)
    title = "President " if re.search(r"\bPresident\s", who) else ""
    person = person_name(ctx, s, who, m.start(group))
    if not person or person.split()[0] in {"Congress", "Senate", "House", "Republicans", "Democrats"}:
        return []
    # the act the cue's sentence names, else the nearest one before it, else the first the story names after it
    act = _ACT.search(ctx.text, s.start, s.end) or ([*_ACT.finditer(ctx.text, 0, s.start)] or [None])[-1] or _ACT.search(ctx.text, s.end)
    if not act:
        return []  # "the bill": which bill, only the article says
    bill = f"the {act.group('act')}"
    done = [t for t in ctx.sentences if not _HEDGED.search(t.text)]
    if _OVERRIDE.search(ctx.text):
        if any(_OVERRIDDEN.search(t.text) for t in done):
            return []
        # about the act: its name is no outcome a later sentence reports ("the … Act was passed by Congress")
        return [Draft(f"Will Congress override {possessive(title + person, ctx.text)} veto of {bill}?", act.group("act"))]
    if any(_VETOED.search(t.text) for t in done):
        return []
    return [Draft(f"Will {title}{person} veto {bill}?", person)]
