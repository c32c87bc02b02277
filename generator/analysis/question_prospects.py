"""Checks on a prospect ("X could …", "X is expected to …") before it becomes a question.

An independent review (notes "questions-review-3") failed most mechanical "Could X …?" rewrites: a
claim or suggestion someone made recast as the article's own question, a prospect the next sentence
dismisses ("a misconception"), a fixed legal fact ("faces up to 85 years if convicted"), a past or
hypothetical event, and a clause whose condition, qualifier or time frame the question would cut.
The attribution verbs follow the PARC scheme (Pareti 2016): only a warning or forecast by a source
the reader can see counts as the article's own prospect. Precision first: silence is better than a
question that misstates what the article says.
"""
from __future__ import annotations

import re

from .interrogative import _present_base, main_clause
from .question_cues import SAID_THAT

# Attribution verbs that make a could-clause an explicit forecast by a named source (review 3 passed
# "Peugeot warned that its profits may decline"); any other reporting verb makes it someone's claim.
_FORECAST = frozenset("warned warns predicted predicts".split())
_NAMED_FORECAST = frozenset("believes believe expects thinks".split())  # only with a named forecaster
# "…, according to tourism minister Sontaya Kunplome": a forecast whose named source the reader can see.
NAMED_SOURCE = re.compile(r",\saccording\sto\s(?:[a-z]+\s){0,4}[A-Z][\w.’'-]+(?:\s[A-Z][\w’'-]+)+\.?$")


def named_forecast(said, text: str, actors) -> bool:
    """'Peugeot warned that …', 'Wood believes Wales might …': a forecast by a named source; 'analysts
    said', 'commentators believe' or a bare 'said' make the clause someone's claim (review 3)."""
    verb = said.group(0).split()[0].lower()
    if verb in _FORECAST:
        return True
    if verb not in _NAMED_FORECAST:
        return False
    before = text[: said.start()].split()
    who = before[-1].strip(",") if before else ""
    return who[:1].isupper() and any(who in n.split() for a in actors for n in (a.name, *a.aliases))
CLAIMED = re.compile(
    r"\b(?:suggest(?:s|ed|ion)?|claim(?:s|ed)?|comments?|point|speculation|reports?|rumou?rs?|commentators|"
    r"according|accused|insist(?:s|ed)?|believed?|contend(?:s|ed)?|allege[sd]?|told|asked)\b"
)
SAID_AFTER = re.compile(r",\s(?:[\w’'.-]+\s){0,6}(?:has\s|had\s)?(?:said|says|say|added|told|argued|claims?|claimed|suggest|suggests|suggested|reported|reports?|believes?)\b|\baccording\sto\b")
FIXED_FACT = re.compile(
    r"\b(?:faces?|facing)\s(?:up\sto|a\smaximum|life|a\s(?:jail|prison)|jail|prison)|\bif\s(?:he\s|she\s|they\s)?(?:is\s|are\s)?"
    r"(?:convicted|found\sguilty)\b|\byears\sin\s(?:jail|prison)\b|\b(?:jail|prison)\s(?:sentence|term)\b|\bcould\sface\s(?:a\s)?(?:jail|prison|sentence|life|up\sto|\d|years|charges?|trial|extradition)"
)
IN_THEORY = re.compile(r"\b(?:[Ii]n\stheory|[Tt]heoretically|[Hh]ypothetically|[Ii]n\sprinciple)\b")
_DISMISS = re.compile(
    r"\b(?:misconception|myth|unlikely|no\sone(?:['’]s|\sis)|nobody|denied|dismissed|ruled\sout|more\slikely|"
    r"not\strue|in\sfact|actually|rejected|far-fetched|remote)\b",
    re.IGNORECASE,
)
BARE_PASSIVE = re.compile(r"\s(?:also\s)?be\s[a-z]+(?:ed|en)\b(?!\s(?:for|as|by|to|into|on|at)\b)")  # "could also be considered"
SUBORDINATE = re.compile(r"(?:,|\s[-–—])\s(?:when|where|which|who)\s(?:[\w’'.-]+\s){0,5}$")
_LEARNING = frozenset("find learn hear discover know".split())


def verb_is_learning(verb: str) -> bool:
    return verb.lower() in _LEARNING


PAST_PERFECT = re.compile(r"\s(?:\w+ly\s)?have\s(?!to\s)")
MAX_FORWARD_WORDS = 22
_DISCOURSE = re.compile(r"^(?:(?:And|But|Yet|So|However|Still|Now|Meanwhile|Indeed|Also|Already)\b,?\s*)*")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+\s[-–—]+\s")
_QUALIFIER = re.compile(
    r"^\s*(?:,|\s[-–—]+)\s*(?:for|if|unless|when|until|before|after|by|as|provided|depending|but|only|while|because|"
    r"so\slong|at\sleast|in\sthe\sevent|even|although|though|once|without|or|and)\b|^\s+(?:(?:and|or)\s(?=[a-z])|but\s)"
)


def list_tail(text: str, subj: str) -> bool:
    """The subject found is the end of a list ("The United States, Europe and Asia-Pacific are …" →
    "Europe and Asia-Pacific"): the question would drop its first members."""
    at = text.find(subj)
    before = _DATELINE.sub("", _DISCOURSE.sub("", text[:at].strip()))
    if not before.rstrip().endswith(",") or SAID_THAT.search(before):
        return False
    member = before.rstrip(" ,").split(",")[-1].split()
    return 0 < len(member) <= 4 and member[0][:1].isupper() and member[0] not in {"If", "As", "When", "While", "After"}


def lead_in(before: str) -> bool:
    """Words before the subject that condition or frame the clause ("If …, ", "Yet even if …, ",
    "And with Vickery sidelined, "): the question would cut them, so it must not be asked."""
    before = _DATELINE.sub("", _DISCOURSE.sub("", before.strip(" \"“‘'")))
    return bool(before.strip(" ,"))


def cuts_qualifier(tail: str) -> bool:
    """The clause's break is followed by a qualifier, condition or time frame the question would drop
    ("cut the £85 cost, for the elderly …"): emit nothing rather than misstate it (review 3)."""
    kept = main_clause(tail)
    at = tail.find(kept[-12:]) + len(kept[-12:]) if kept else -1
    return at > 0 and bool(_QUALIFIER.match(tail[at:]))


def dismissed(doc, i: int) -> bool:
    """The next sentence or two answers or dismisses the prospect ("a misconception", "no one is talking
    about pursuing either"): not open."""
    return any(_DISMISS.search(t.text) for t in doc.sentences[i + 1:i + 3])


# "Could X's strategy be in danger if he fails to win Florida or Ohio?": the sentence asserts the conditional,
# so the question's answer is "yes"; what is open is its condition (review 7). The condition is asked instead
# ("Will Mr. Rubio win Florida or Ohio?"), or nothing when it cannot be turned into a question.
_CONDITIONAL = re.compile(r"^(?:Could|May|Might)\s(?P<main>.+?)\sif\s(?P<cond>.+)\?$")
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s)?[A-Z][\w-]*(?:['’][A-Z][\w-]*)?(?:\s[A-Z][\w-]*(?:['’][A-Z][\w-]*)?)*"
_OWNER = re.compile(rf"^(?P<name>{_NAME})(?:['’]s)?\b")
_CONDITION = re.compile(
    rf"^(?P<subj>he|she|they|it|{_NAME})\s"
    r"(?:(?P<neg>fails\sto|fail\sto|does\snot|doesn['’]t|do\snot|don['’]t)\s(?P<base>[a-z]+)|(?P<be>is|are)|(?P<verb>[a-z]+s))\s(?P<rest>.+)$"
)


def condition_question(question: str) -> tuple[str, str] | None:
    """The condition of a 'could … if' question as its own question with its subject, the question
    unchanged when it holds no 'if', or None when the condition cannot be asked."""
    m = _CONDITIONAL.match(question)
    if m is None:
        return question, ""
    c = _CONDITION.match(m.group("cond"))
    if c is None:
        return None
    subj = c.group("subj")
    if subj.islower():
        owner = _OWNER.match(m.group("main"))
        if owner is None or owner.group("name") in {"The", "This", "That", "It"}:
            return None
        subj = owner.group("name")
    if c.group("be"):
        return f"{'Are' if c.group('be') == 'are' else 'Will'} {subj} {'' if c.group('be') == 'are' else 'be '}{c.group('rest')}?", subj
    base = c.group("base") or _present_base(c.group("verb") or "")
    if not base or base in {"be", "have", "do"}:
        return None
    return f"Will {subj} {base} {c.group('rest')}?", subj


# Review 11: "Could Wayne Bridge miss the rest of the season?" echoes its sentence ("could miss"), which
# the briefing shows beside it, so its answer reads "yes"; what is open is whether it will happen. An
# event is asked with "Will"; a state or judgement ("Could X be a rare instance of …?") keeps "Could".
_MODAL = re.compile(r"^(?:Could|May|Might)\s")
_ADVERBS = frozenset("still also even well soon yet now eventually ultimately easily possibly then further".split())


def will_for_could(question: str, subject: str) -> str:
    """A forward 'Could X <verb> …?' as 'Will X <verb> …?', unless the verb is 'be' or 'have'."""
    m = _MODAL.match(question)
    if m is None or not question[m.end():].startswith(subject):
        return question
    words = question[m.end() + len(subject):].split()
    verb = next((w for w in words if w not in _ADVERBS), "")
    if verb in {"be", "have", ""} or not verb.isalpha() or not verb.islower():
        return question
    return "Will " + question[m.end():]
