"""A speaker written as a description, shown by the name the article gives it.

A reader of a quote list wants "Deutsche Bank", not "the bank", when the article named the
bank; "Mittal Steel spokesman", not "a spokesman"; "a colleague of Ann Smith", not "her
colleague". Three cases, each needing evidence in the text, and a description left as it is
when the evidence is missing or points two ways (no guessing):

- "the company", "the bank": the one organisation of the actor list called so ("Deutsche Bank",
  "oil company Rosneft", "Acme, the firm,") or, for a plain "company"/"firm", the one
  organisation named in the headline and first sentence;
- "a spokesman for Acme" → "Acme spokesman"; a bare "a spokesman" → the "X spokesman" written
  just before it, when no name follows that one;
- "his colleague", "a friend of hers" → "a colleague of X", X the person the pronoun refers to;
- "the 28-year-old" → the person the article last gave that age ("Ann Smith, 28,", "28-year-old Ann Smith"),
  else the person the sentences before it are about (as "she" would be).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from ...model import Actor
from .subjects import NAME
from ..names import BUSINESS_NOUNS, ORGANISATION_NOUNS, RELATION_NOUNS, ROLE_HEADS, SPOKESPERSON_NOUNS

if TYPE_CHECKING:
    from .speakers import Speakers

_SPOKES = "|".join(sorted(SPOKESPERSON_NOUNS))
# "a spokeswoman for the State Department", "A Mittal Steel spokesman", "the company's spokesman"
_SPOKESPERSON = re.compile(rf"(?i:an?|the|one)\s+(?:(?P<pre>[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){{0,3}})\s+)?"
                           rf"(?P<noun>(?i:{_SPOKES}))(?:\s+(?:for|of|at)\s+(?P<body>.+))?")
_OFFICE = re.compile(r"[Tt]he\s+(?:[\w\-]+\s+){0,2}(?P<noun>[a-z]+)")  # "the senator", "The Florida senator"
_ORGANISATION = re.compile(r"the\s+(?:[a-z][\w\-]*\s+)?(?P<noun>[a-z]+)")  # "the company", "the Swiss bank"
_RELATION = re.compile(r"(?:(?P<pron>his|her)\s+(?P<noun>\w+)|an?\s+(?P<noun2>\w+)\s+of\s+(?P<pron2>his|hers))", re.I)
_CAPITALISED = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w.&’'\-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w.&’'\-]*){0,5})")
# a name right after "… spokesman": "Acme spokesman John Smith" is one person, not the "a spokesman" after it
_NAME_NEXT = re.compile(r"[^\S\n]*,?[^\S\n]*[A-Z][a-z]")
# Words that make an organisation a public body, not a company: no plain "the company" means it.
_PUBLIC_BODY = frozenset("ministry department government party commission council parliament court police "
                         "agency authority union committee assembly senate congress".split())
_GENERIC_BUSINESS = frozenset(("company", "firm"))


def named_speaker(speakers: "Speakers", subject: str, at: int) -> str | None:
    """The name, or fuller attribution, the description ``subject`` (a speaker at ``at``) stands for."""
    low = subject.lower()
    spokes = _SPOKESPERSON.fullmatch(subject)
    if spokes:
        return _spokesperson(speakers, spokes, at)
    aged = _AGED.fullmatch(subject)
    if aged:
        return _person_aged(speakers, aged.group("age"), at)
    relation = _RELATION.fullmatch(subject)
    if relation:
        noun = (relation.group("noun") or relation.group("noun2")).lower()
        pronoun = (relation.group("pron") or relation.group("pron2")).lower()
        if noun in RELATION_NOUNS:
            person = speakers.pronoun_at(at, "m" if pronoun == "his" else "f")
            if person:
                return f"a {noun} of {person}"
            return f"a {noun}" if relation.group("noun2") else None  # "a friend of his", his unknown
        return None
    org = _ORGANISATION.fullmatch(low)
    if org and org.group("noun") in ORGANISATION_NOUNS:
        return _called(speakers, org.group("noun"))
    return None


def office_of(subject: str) -> str | None:
    """The office of "the senator", "The Florida senator": the person named with it before is who spoke,
    though the description is what the article wrote (and what is shown)."""
    office = _OFFICE.fullmatch(subject)
    return office.group("noun") if office and office.group("noun") in ROLE_HEADS else None


_AGED = re.compile(r"the\s+(?P<age>\d{1,3})-year-old", re.I)
_PERSON = rf"(?P<name>{NAME})"


def _person_aged(speakers: "Speakers", age: str, at: int) -> str | None:
    """The person last written with ``age`` before ``at``: "Ann Smith, 28,", "Ann Smith (28)",
    "28-year-old Ann Smith", "the 28-year-old singer Ann Smith"."""
    last = None
    lo, text = max(0, at - 3000), speakers.doc.text
    # the age as written with a name ("28," "28)" "28-year-old") must be in the stretch: else no pattern to compile
    if any(text.find(age + after, lo, at) >= 0 for after in (",", ")", "-year-old")):
        given = re.compile(rf"(?<![\w’'.\-]){_PERSON},?[^\S\n]+(?:\(|aged[^\S\n]+)?{age}(?:[,)]|-year-old)"
                           rf"|(?<![\w\-]){age}-year-old(?:[^\S\n]+[a-z][\w\-]*){{0,3}}[^\S\n]+(?P<name2>{NAME})")
        for m in given.finditer(text, lo, at):
            last = m.group("name") or m.group("name2")
    if last and last.split()[0] not in ("The", "A", "An"):
        return speakers.full(last)
    person = speakers.subject_between(max(0, at - 600), at)  # no age given: the person the text turned to last
    if person:
        surname = re.escape(person.split()[-1])
        other_age = re.compile(rf"{surname},?[^\S\n]+(?:\(|aged[^\S\n]+)?\d{{1,3}}[,)]"
                               rf"|\d{{1,3}}-year-old(?:[^\S\n]+[\w\-]+){{0,4}}[^\S\n]+{surname}")
        if other_age.search(speakers.doc.text, 0, at):
            return None  # "Ann Lee, 31,": not the 28-year-old
    return person


_SPOKESPERSON_FOR = re.compile(rf"(?:an?|the|one)\s+(?P<noun>{_SPOKES})\s+(?:for|of|at)(?:\s+the)?", re.I)


def spokesperson_for(role: str | None, name: str) -> str | None:
    """"said a spokesman for the Pentagon" (the name the subject, the rest its role) → "Pentagon spokesman"."""
    m = _SPOKESPERSON_FOR.fullmatch(role.strip()) if role else None
    return f"{name} {m.group('noun').lower()}" if m else None


def _spokesperson(speakers: "Speakers", m: re.Match[str], at: int) -> str | None:
    noun = m.group("noun").lower()
    body = m.group("body")
    if body:
        named = _CAPITALISED.fullmatch(body)
        if named:
            return f"{speakers.full(named.group('name'))} {noun}"
        org = _ORGANISATION.fullmatch(body.lower())
        if org and org.group("noun") in ORGANISATION_NOUNS:
            name = _called(speakers, org.group("noun"))
            return f"{name} {noun}" if name else None
        return None
    if m.group("pre"):
        return f"{m.group('pre')} {noun}"  # "A Mittal Steel spokesman" → "Mittal Steel spokesman"
    return _spokesperson_before(speakers.doc.text, at)


# "Acme spokesman", "a spokesman for the Acme Group": the body a spokesperson is written with
_SPOKESPERSON_WRITTEN = re.compile(rf"(?<![\w’'])(?:(?P<pre>[A-Z][\w.&’'\-]*(?:[^\S\n]+[A-Z][\w.&’'\-]*){{0,3}})[^\S\n]+)?"
                                   rf"(?P<noun>{_SPOKES})(?:[^\S\n]+(?:for|of|at)[^\S\n]+(?:the[^\S\n]+)?"
                                   rf"(?P<body>[A-Z][\w.&’'\-]*(?:[^\S\n]+[A-Z][\w.&’'\-]*){{0,3}}))?")


def _spokesperson_before(text: str, at: int) -> str | None:
    """The "X spokesman" (or "spokesman for X") written in the 600 characters before ``at``,
    the latest one, when no name follows it."""
    window_start = max(0, at - 600)
    found = None
    for m in _SPOKESPERSON_WRITTEN.finditer(text[window_start:at]):
        after = window_start + m.end()
        if _NAME_NEXT.match(text, after) and not text.startswith(("Said", "Says"), after + 1):
            found = None  # "Acme spokesman John Smith": a named one, whom "a spokesman" need not be
            continue
        owner = (m.group("body") or m.group("pre") or "").split()
        if owner and owner[0] in ("A", "An", "The", "One"):
            owner = owner[1:]  # "A Mittal Steel spokesman said"
        if owner:
            found = f"{' '.join(owner)} {m.group('noun').lower()}"
    return found


def _called(speakers: "Speakers", noun: str) -> str | None:
    """``organisation_called`` once per noun and article: it scans the text for every organisation."""
    if noun not in speakers.called:
        speakers.called[noun] = organisation_called(speakers.doc.text, speakers.actors, noun, speakers.lead_end)
    return speakers.called[noun]


def organisation_called(text: str, actors: Sequence[Actor], noun: str, lead_end: int) -> str | None:
    """The one organisation of the actor list the article calls a ``noun`` ("the bank" →
    "Deutsche Bank", "oil company Rosneft", "Acme, the firm,"); for "company" or "firm" with no such
    evidence, the one business named in the headline and first sentence; None when none or two fit."""
    orgs = [a for a in actors if a.kind == "organization" and " and " not in a.name]  # not "Acme and Beta" as one
    nouns = "|".join(sorted(BUSINESS_NOUNS)) if noun in _GENERIC_BUSINESS else noun  # "game maker Valve" is a company
    said = re.compile(rf"(?<![\w’'])(?:{nouns})s?(?![\w’'])", re.I)
    # "Acme, the US firm,", "the Acme company" (after the name); "game maker Acme" (before it); not "Acme sued the firm".
    # One pattern for each side, not one per name: compiling a pattern per name cost more than the search.
    after = re.compile(rf"(?:,[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w\-]+[^\S\n]+){{0,3}}|[^\S\n]+)(?:{nouns})\b")
    before = re.compile(rf"\b(?:{nouns})\Z")  # a noun ending where the search ends
    longest = max(map(len, nouns.split("|")))
    called = []
    for actor in orgs:
        names = (actor.name, *actor.aliases)
        if any(said.search(n) for n in names) or (actor.role and said.search(actor.role)):
            called.append(actor.name)
            continue
        if any(_in_apposition(text, name, after, before, longest) for name in names):
            called.append(actor.name)
    if len(called) == 1:
        return called[0]
    if called or noun not in _GENERIC_BUSINESS:
        return None
    lead = [a.name for a in orgs if any(m.start < lead_end for m in a.mentions)
            and not any(w.lower() in _PUBLIC_BODY for w in a.name.split())]
    return lead[0] if len(lead) == 1 else None


def _in_apposition(text: str, name: str, after: re.Pattern, before: re.Pattern, longest: int) -> bool:
    """Whether ``name`` is written with a noun: ``after`` matches right after it, or it follows ``before``'s noun
    and spaces (no newline) and no word character or apostrophe follows it."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if after.match(text, end):
            return True
        nxt = text[end:end + 1]
        if not nxt or not (nxt.isalnum() or nxt in "_’'"):  # a word character: alphanumeric or "_", as ``\w``
            k = at
            while k > 0 and text[k - 1] != "\n" and text[k - 1].isspace():
                k -= 1
            if k < at and before.search(text, max(0, k - longest), k):
                return True
        at = text.find(name, at + 1)
    return False
