"""The builder for what a quoted speaker says of their own next step: "I hope to be back for the Six
Nations," said Jonny Wilkinson → "Will Jonny Wilkinson be back for the Six Nations?". The "I" is the
speaker the quotation is credited to; without one, or with first-person words left in the clause,
nothing is asked.
"""
from __future__ import annotations

import re

from ...model import Sentence
from .inversion import main_clause
from .wording import Context, Draft

# First-person words the question cannot carry, and pronouns only the quotation explains ("define that tomorrow").
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself|we|us|our|ours|ourselves|you|your|it|that|this|these|those|them|they|their|there|him|his|her|she|he)\b")
# Before the "I": a clause that is not the speaker's plan ("what I want to do", "if I am going to",
# "I don't think I will"), or one that says it is settled ("I have decided that I will").
_NOT_A_PLAN = re.compile(r"(?:\b(?:what|whatever|if|unless|when|whether|how|where|which|who|as|not|never|decided|announced|confirmed)|n[’']t)\s+(?:[\w,’']+\s+){0,4}$", re.I)
# Verbs of saying and thinking: "I'd like to stress …", "I'd like to think …" state no step.
_SPEECH = frozenset("""say tell stress add thank point make emphasise emphasize reiterate congratulate apologise apologize
think believe know see wish hope remind ask answer take put highlight express welcome praise mention pay""".split())


def ask_own_plan(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    if s.text.rstrip(" \"”’'").endswith("?") or _NOT_A_PLAN.search(s.text[: m.start("subj")]):
        return []
    speaker = ctx.speaker_at(s.start + m.start("subj"))
    if speaker is None:
        return []
    rest = main_clause(m.group("rest"))
    words = rest.split()
    if len(words) < 2 or _FIRST_PERSON.search(rest) or words[0] in _SPEECH or words[0] in {"not", "never"}:
        return []
    return [Draft(f"Will {speaker} {rest}?", speaker)]
