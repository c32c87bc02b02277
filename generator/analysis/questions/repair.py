"""Repairs: a worded question that leans on its sentence, reworded to stand alone before it is judged.

A question is read without its article, so "its existing wine business" or "the division" must name
whose or which. Two repairs, each general (labelled tuning candidates: most 'vague' ones are such a
reference, the question itself sound):

- a possessive its/his/her the question's subject does not bind is named after the one actor of its
  kind the text before it names, besides those the question names ("It said Chalone would be
  integrated into its existing US wine business" → "… into Diageo’s existing US wine business?");
- a definite "the deal", "the division", "the latest plan" is named after the article's earlier
  mention of it with a name ("the Glazer plan"), or after the story's own organisation for a deal.

What cannot be named is left as it was, and the judge's penalty for it stays; a repaired question
loses that penalty and carries a small one for the naming (a guess, if a good one).
"""
from __future__ import annotations

import re

from ...model import Sentence
from .references import dangling_at, possessive
from .wording import Context

NAMED_COST = 0.3  # as a subject named after an earlier mention (forecasts.ask_forward)
_POSSESSIVE_KIND = {"its": "organization", "his": "person", "her": "person"}
# Words after "her" that make it an object, not a possessive: "told her that", "asked her to".
_NOT_NOUN = frozenset("to that the a an and or of in on at for by with from about as if when this these those".split())
# Heads that name a thing the article has named before (labelled tuning candidates judged 'vague':
# "the deal", "the division", "the latest plan", "the move", "the action").
_REFERENCE = re.compile(
    r"\bthe\s(?P<mod>(?:latest|new|proposed|planned)\s)?(?P<head>deal|division|plan|accord|agreement|offer|bid|merger|takeover"
    r"|proposal|scheme|unit|talks|inquiry|investigation|review|lawsuit|contract|reforms?|strike|sale)\b"
    r"(?!\s(?:of|for|on|to|by|with|from|between|into|over|that|which|who)\b|[-’'])"
)


def repaired(ctx: Context, s: Sentence, question: str) -> tuple[str, list[tuple[str, float]]]:
    """``question`` with its references named where the article allows, and the notes for what was named."""
    notes: list[tuple[str, float]] = []
    named = _name_possessive(ctx, s, question)
    if named != question:
        notes.append(("a possessive named after the one actor it can be", NAMED_COST))
        question = named
    named = _name_reference(ctx, s, question)
    if named != question:
        notes.append(("a reference named after the article's earlier mention", NAMED_COST))
        question = named
    return question, notes


def _name_possessive(ctx: Context, s: Sentence, question: str) -> str:
    m = dangling_at(question)
    if m is None or m.group(0) not in _POSSESSIVE_KIND:
        return question
    following = question[m.end():].split(maxsplit=1)
    if not following or not following[0][:1].isalpha() or following[0].lower() in _NOT_NOUN:
        return question
    at = s.text.find(f" {m.group(0)} ")
    if at < 0:
        return question
    name = ctx.refs.only(s.start + at, _POSSESSIVE_KIND[m.group(0)], besides=question)
    if name is None or (m.group(0) != "its" and " " not in name):
        return question  # a person by one word only ("HuffPost") is no name to give
    return question[:m.start()] + possessive(name) + question[m.end():]


def _name_reference(ctx: Context, s: Sentence, question: str) -> str:
    m = _REFERENCE.search(question, 5)
    if m is None:
        return question
    at = s.text.find(f" {m.group('head')}")
    offset = s.start + max(0, at)
    bare = f"the {m.group('head')}"
    name = ctx.refs.earlier_mention(bare, offset) or ctx.refs.story_name(bare)
    if not name or name.lower() == bare or _in_question(name, question):
        return question
    if m.group("mod"):  # "the latest plan" → "the latest Glazer plan", "Glazer’s latest plan"
        name = name.replace("the ", f"the {m.group('mod')}", 1) if name.startswith("the ") else name.replace(" ", f" {m.group('mod')}", 1)
    return question[:m.start()] + name + question[m.end():]


def _in_question(name: str, question: str) -> bool:
    """Whether the name adds nothing: its proper words are already the question's ("Will Acme sell the Acme unit?")."""
    words = {w.strip("’'s") for w in name.split() if w[:1].isupper()}
    return bool(words) and all(w in question for w in words)
