"""The builder for a step that speculation, rumours or reports say is coming, reported as such by the
article: "Shares … jumped amid speculation that two of Japan's biggest financial companies will merge" →
"Will two of Japan's biggest financial companies merge?". News attributes an unconfirmed report this way
(the Reuters Handbook of Journalism, "speculation" and "rumour": say whose, and that it is unconfirmed); the
step is open until someone confirms it, which the pipeline checks the rest of the article for.
Only a step ahead is asked (will, would, could, is to, is set to …): "reports that he had told …" is a
claim about the past.
"""
from __future__ import annotations

import re

from ...model import Sentence
from .inversion import without_ability, yes_no
from .wording import Context, Draft

SPECULATION = re.compile(
    r"\b(?:speculation|rumou?rs?|(?:press|media|newspaper)\sreports|talk)\s(?:\w+\s){0,3}?that\s"
    r"(?P<subject>(?:[\w’'.&-]+\s){1,7}?)(?P<aux>will|would|could|might|may|(?:is|are|was|were)\s(?:set\s|poised\s|about\s|going\s|due\s)?to)\s(?P<rest>[a-z][^;:]{3,})"
)
_PRONOUNS = frozenset("he she they it".split())
_BACKGROUND = re.compile(r"\b(?:in\srecent\s(?:days|weeks|months|years)|for\s(?:weeks|months|years)|last\s(?:week|month|year)|earlier\sthis\s(?:week|month|year))\b")
_NAME_RUN = re.compile(r"[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*)*")


def _owner_before(ctx: Context, before: str) -> str | None:
    """The organisation the sentence names last before an 'it': "Southcorp's shares have risen on speculation that it
    could …" is Southcorp's speculation, not the story's other firm's."""
    for m in reversed(list(_NAME_RUN.finditer(before))):
        name = m.group(0).removesuffix("’s").removesuffix("'s")
        if ctx.refs.kind_of(name) == "organization":
            return name
    return None


def ask_speculation(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'amid speculation that SMFG and Daiwa will merge' → 'Will SMFG and Daiwa merge?'"""
    if _BACKGROUND.search(s.text, 0, m.start()):
        return []  # "shares have risen in recent months on speculation …": the story's past, which its news may have overtaken
    subject = m.group("subject").strip()
    named = None
    if subject.lower() in _PRONOUNS:
        if subject.lower() == "it":
            named = _owner_before(ctx, s.text[:m.start()])
        else:
            named = ctx.refs.subject(subject, s.start + m.start("subject"))
        if not named:
            return []
    # the report's step asked as a step: "would merge", "could become", "is set to leave" → "will …"; a doubt asked as
    # the step it doubts ("that he will be unable to secure the delegates" → "Will he secure the delegates?")
    q = yes_no(f"{subject} will {without_ability(m.group('rest'))}", subject=named)
    if q is None:
        return []
    return [Draft(q, named or subject)]
