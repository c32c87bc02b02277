"""How a question names the person or body a builder's pattern caught: one normaliser for every family.

``subject_name`` keeps a clause subject as the sentence gives it ("the Fed", "Ireland") and names a "he"/"she" only
when the article leaves one person to mean; ``person_name`` is for a party a question asks about by name: a leading
conjunction and a title dropped ("Mr. Kasich" → "John Kasich", the full name when the article gives one), a pronoun
named as ``subject_name`` names it, and a word no name starts with (``references.NOT_NAMES``) refused.
"""
from __future__ import annotations

import re

from ...model import Sentence
from .references import COURTESY_TITLES, NOT_NAMES
from .wording import Context

_PRONOUNS = frozenset("he she it they".split())
_THE = re.compile(r"^The\s")
# a conjunction a pattern's capitalised run takes in at a sentence's start: "But Trump …"
_LEADS = frozenset("But And Since So If When While Although Though Because As Yet Still Now".split())
# the titles before a surname a question drops for the full name (AP style: a title on first reference only)
_TITLES = frozenset(COURTESY_TITLES) | {"Sen", "Gov", "Rep", "Speaker", "President", "Senator", "Governor"}


def subject_name(ctx: Context, s: Sentence, who: str, at: int) -> str | None:
    """A named subject, or the person or organisation a 'he'/'she'/'it' stands for; None if unnamed."""
    who = who.strip()
    if ctx.text.endswith(("the ", "The "), 0, s.start + at) and who[:1].isupper() and " " not in who:
        who = "the " + who  # "the Fed has yet to move": keep the article
    if who.lower() in _PRONOUNS:
        return ctx.refs.subject(who, s.start + at)
    if not who[:1].isupper() or who.split()[0] in {"The", "A", "An", "This", "That", "But", "And", "If", "When"} and len(who.split()) < 2:
        return None
    return _THE.sub("the ", who) if who.split()[0] == "The" and who.split()[1][:1].islower() else who


def person_name(ctx: Context, s: Sentence, name: str, at: int) -> str | None:
    """``name`` (at ``at`` in ``s``) as a question names it, or None when it names no one."""
    name = name.strip()
    if name.lower() in {"he", "she"}:
        name = subject_name(ctx, s, name, at) or ""
    first, _, rest = name.partition(" ")
    if first in _LEADS and rest:
        name = rest
        first, _, rest = name.partition(" ")
    if first.rstrip(".") in _TITLES and rest:
        name = rest
    if not name or name.split()[0] in NOT_NAMES:
        if name.split()[:1] == ["The"] and " " in name and name.split()[1][:1].isupper():
            return "the " + name.split(" ", 1)[1]  # "The Trump Organization"
        return None
    return ctx.refs.full_person(name) or name
