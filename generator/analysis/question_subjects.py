"""The subject of a cue verb: the noun phrase before it, pronouns resolved to names. (Which actor a
finished question is about is ``question_about``; possessives in it, ``question_pronouns``.)

Heuristics: a subject is the bare noun phrase after the last clause break before the verb
(a verb, modal or pronoun inside the stretch means the real subject lies elsewhere);
"he"/"she" resolve to the nearest person-like name (a title, or a surname the article also
uses alone), following the recency preference of simple anaphora resolvers (Hobbs 1978;
Lappin & Leass 1994) without their syntax; "its"/"his" resolve to the nearest name earlier
in the same sentence.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Actor
from .document import Document
from .interrogative import DETERMINERS, lower_first
from .question_cues import PERSON_NAME, SUBJECT_CUT

_CAP_RUN = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.?\s)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*")
_SUBJECT_HEAD = re.compile(
    r"^(?:an?|the|two|three|several)\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|representatives?|lawyers?|attorneys?|aides?|officials?|"
    r"press secretary|publicist)\s+(?:for|of|at|with)\s+",
    re.IGNORECASE,
)
_SPOKESMAN_OF = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*)\s+(?:spokes(?:man|woman|person)|representative|official|lawyer)$")
_POSSESSOR = re.compile(r"^(.+?)['’]s\s+(?:spokes(?:man|woman|person)|representatives?|lawyers?|attorneys?|office|aides?|press office)$", re.IGNORECASE)


_SUBJECT_BAN = frozenset(
    """who which that said says when if because cannot can't won't not never nor to also will would could
    can should may might must is are was were be been being do does did he she they it we i you him them
    has have had no neither none nobody on by with about against than like one say think claim""".split()
)


def clean_subject(text: str) -> str | None:
    """The noun phrase right before a cue verb: after the last clause break, without fillers.

    None when the stretch does not look like a bare noun phrase (a verb, a modal or a
    pronoun inside it means the cue verb's real subject lies elsewhere).
    """
    text = SUBJECT_CUT.split(text)[-1].strip(" ,\"'“”‘’")
    text = _FILLER_START.sub("", text)
    text = _FILLER_END.sub("", text)
    words = text.split()
    if len(words) == 1 and words[0].lower() in {"he", "she", "it", "they", "we", "i", "you", "this", "that", "there"}:
        return words[0]
    if not words or len(words) > 7 or not (words[0][:1].isupper() or words[0].lower() in DETERMINERS):
        return None
    if words[0].lower() in _PREPOSITIONS or words[0].lower().endswith("ing") or words[-1].lower() in DETERMINERS:
        return None
    if words[-1].endswith(("'s", "’s", "s'", "s’")):
        return None  # "Labour's plans to …": the cue word is a noun, not a verb
    for k, w in enumerate(words):
        lw = w.lower()
        if lw in _SUBJECT_BAN or (k and w[:1].islower() and (lw.endswith("ly") or (lw.endswith("ed") and k >= 2))):
            return None
        if k and lw.endswith("ed") and words[k - 1][:1].isupper() and w[:1].islower():
            return None  # "Mr Brown announced"
        if k and w[:1].islower() and lw not in _LINKING and k + 1 < len(words) and words[k + 1].lower() in DETERMINERS:
            return None  # "Analysts predict the firm": a verb and its object
    return text


_LINKING = frozenset("of for at in from and or to into".split())
_FILLER_START = re.compile(
    r"^(?:But|And|Yet|So|Still|However|Meanwhile|Instead|Now|Previously|Separately|Although|Though|While|If|When|As|"
    r"Because|Since|Even|Thus|Also|Eventually|Ultimately|Soon|Perhaps|Maybe|Possibly|Indeed|Currently|Today|Later|"
    r"Already|Increasingly|Clearly|Certainly|Probably|Hopefully)\b,?\s*"
)
_PREPOSITIONS = frozenset(
    """in on at by for from with after before during since until under over into through without within among
    beyond across amid amidst despite unlike like against toward towards behind along around via upon inside
    outside between throughout besides except given following""".split()
)
_FILLER_END = re.compile(
    r"(?:\s+(?:has|have|had|also|previously|repeatedly|strongly|vehemently|flatly|again|already|always|both|all|"
    r"firmly|publicly|consistently|immediately|yet))+$"
)


# A sentence opener set off by a comma ("In 2004,", "However,"), after which the subject starts.
_INTRODUCTORY = re.compile(
    r"^(?:(?:" + "|".join(sorted(_PREPOSITIONS)) + r"|however|meanwhile|but|and|yet|so|still|now|instead|separately|"
    r"if|when|while|although|though|as|because|since|even)\b[^,]*,|[A-Z]?[a-z]+ly,)$",
    re.IGNORECASE,
)

_INITIAL_NAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s)?[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)*(?=,|\s(?:has|had|is|was|said|says|told)\b)")
_NOT_NAMES = frozenset("The A An It He She They We This That There But And Yet So In On At For If When While As After".split())


def _resolve_pronoun(doc: Document, index: int, before: str, people: frozenset[str] = frozenset()) -> str | None:
    """The person a sentence's 'he'/'she' most likely names: a title+surname or full name nearby.

    Looks in the sentence text before the pronoun, then the previous sentence, preferring the
    sentence's own grammatical subject (its first name-like run).
    """
    m = _INITIAL_NAME.match(before)
    if m and m.group(0).split()[0] not in _NOT_NAMES and _person_like(m.group(0), doc.text, people):
        return m.group(0)
    runs = [r.group(0) for r in PERSON_NAME.finditer(before) if _person_like(r.group(0), doc.text, people)]
    if runs:
        return runs[-1]
    if index > 0:
        prev = doc.sentences[index - 1].text
        m = PERSON_NAME.match(prev)
        if m and _person_like(m.group(0), doc.text, people):
            return m.group(0)
        runs = [r.group(0) for r in PERSON_NAME.finditer(prev) if _person_like(r.group(0), doc.text, people)]
        if len(runs) == 1:
            return runs[0]
    return None


def _person_like(name: str, text: str, people: frozenset[str] = frozenset()) -> bool:
    """A title ("Mr", "Sen."), a person the actor list names, or a surname the article also uses on its
    own marks a person; "Boxing Day" or "Labour Party" never recur as a bare last word."""
    words = name.split()
    if name in people:
        return True
    if words[0].rstrip(".") in {"Mr", "Mrs", "Ms", "Dr", "Sen", "Gov", "Rep"}:
        return True
    if len(words) == 1:
        return True
    surname = re.escape(words[-1])
    first = re.escape(words[-2])
    return re.search(rf"(?<!{first}\s)\b{surname}\b", text) is not None


def subject(
    doc: Document, index: int, text: str, at: int, *, resolve: bool = True, context: str | None = None,
    actors: Sequence[Actor] = (),
) -> str | None:
    """The subject of the cue verb at ``at``; ``context`` is the earlier text a possessive may point to."""
    before = text[:at]
    # "Mr. X, who …, has denied": skip a relative clause or apposition between subject and verb
    before = re.sub(r",\s*who\s*$", "", before)
    subj = clean_subject(before)
    if subj is None and before.rstrip().endswith(","):
        # "Air Deccan, set up by …, plans to": the subject precedes an apposition
        at = before.find(",")
        while subj is None and at != -1 and len(before) - at < 200:
            subj = clean_subject(before[:at])
            lead = before[: at - len(subj)].strip() if subj else ""
            if subj and lead and not _INTRODUCTORY.match(lead) and (" of " in lead or not subj[:1].isupper()):
                # the appositive of an of-object ("executives of the airline, Aer Lingus,") or the
                # tail of a list ("Vera Drake, Calendar Girls and …") is not the subject; a name
                # renaming the head ("An inquiry into it, the Lyons review,") is
                subj = None
            at = before.find(",", at + 1)
    if subj is None:
        return None
    if subj.lower() in {"he", "she"}:
        people = frozenset(n for a in actors if a.kind == "person" for n in (a.name, *a.aliases))
        return _resolve_pronoun(doc, index, text[:at], people) if resolve else None
    if subj.lower() == "it" and resolve and actors:
        return _opening_org(text, actors)  # "Macrovision said …, but it did not specify …": the sentence's own subject
    if subj.lower() in {"it", "they", "we", "i", "you", "this", "that", "there"}:
        return None
    m = _SUBJECT_HEAD.match(subj)
    if m and len(subj) > m.end():
        subj = subj[m.end():]
    m = _POSSESSOR.match(subj) or _SPOKESMAN_OF.match(subj)
    if m:
        subj = m.group(1)
    first = subj.split()[0]
    if first.lower() in {"its", "his", "her"} and len(subj.split()) > 1:
        owner = _owner(context if context is not None else before[: before.rfind(subj)], first.lower())
        if owner:
            owner = re.sub(r"^.+['’]s\s(?=[A-Z])", "", owner)  # "France's Peugeot" → "Peugeot"
            return possessive(owner, text) + subj[len(first):]
    if before.lstrip().startswith(subj) and first.isalpha() and first[1:].islower():
        if re.search(rf"\b{first.lower()}\b", doc.text):  # a common noun capitalised only by position
            subj = first.lower() + subj[len(first):]
    return subj


def _opening_org(text: str, actors: Sequence[Actor]) -> str | None:
    """The organisation a sentence opens with, when it is the subject of a reporting verb ("Macrovision
    said …"): what a later "it" in the same sentence most likely is (Hobbs's preference for the subject)."""
    for a in actors:
        if a.kind != "organization":
            continue
        for n in (a.name, *a.aliases):
            if len(n) > 2 and re.match(rf"(?:The\s)?{re.escape(n)}\s(?:has\s|had\s)?(?:said|says|told|announced|confirmed)\b", text):
                return n
    return None


def _owner(text: str, pronoun: str) -> str | None:
    """The name a possessive 'its'/'his'/'her' points back to, from earlier in the same sentence."""
    if pronoun == "its":
        runs = [r for r in (_POSSESSIVE_END.sub("", m.group(0)) for m in _CAP_RUN.finditer(text)) if r.split()[0] not in _NOT_NAMES]
    else:
        runs = [m.group(0) for m in PERSON_NAME.finditer(text)]
    return runs[-1] if runs else None


def possessive(name: str, text: str) -> str:
    mark = "’" if "’" in text else "'"
    return name + (mark if name.endswith("s") else mark + "s")


def while_subject(text: str) -> str | None:
    """'While the offer … may represent X, it …' → 'the offer …' (what 'it' stands for)."""
    m = re.match(r"(?:While|Although|Though|Even though)\s+((?:the|this|that|its|his|her|their)\s[^,]{2,60}?)\s+(?:may|might|could|would|will|is|was|has)\b", text)
    return m.group(1) if m else None


def sentence_subject(text: str) -> str | None:
    """'This assertion, while …, has been met …' → 'this assertion'."""
    m = re.match(r"((?:The|This|That|These|Those|Its|His|Her|Their)\s[\w’'-]+(?:\s[\w’'-]+)?)\s*(?:,|\s(?:has|have|is|was|were|are)\b)", text)
    return lower_first(m.group(1)) if m else None


_POSSESSIVE_END = re.compile(r"['’]s?$")


# Head nouns of institutions that name an actor even without a capital ("the central bank").
_INSTITUTIONS = frozenset(
    """administration government bank court department agency committee council company firm party campaign
    board ministry regulator regulators police army union senate congress parliament league club team
    commission authorities authority judge jury group airline watchdog prosecutors lawmakers legislature""".split()
)
# Subjects that are times, not actors: "this year could be different" names no one.
_TIME_HEADS = frozenset(
    """year years month months week weeks day days future decade decades time times season seasons summer
    winter spring autumn fall weekend morning evening night period era term""".split()
)


def time_subject(subj: str) -> bool:
    """'the coming months', 'this year', 'next week': a time phrase in the subject slot."""
    words = subj.split()
    return bool(words) and words[-1].strip(".,") in _TIME_HEADS  # lower case only: "The New York Times" is a name


def named_subject(subj: str, actors: Sequence[Actor]) -> bool:
    """The subject names someone: an actor's name, a capitalised name after its first word, a
    capitalised first word that is not a determiner, or an institution's head noun."""
    if time_subject(subj):
        return False
    for a in actors:
        for name in (a.name, *a.aliases):
            if len(name) > 2 and name in subj:
                return True
    words = subj.split()
    if any((w[:1].isupper() and w != "I") or re.search(r"-[A-Z]", w) for w in words[1:]):
        return True  # "the anti-EU parties" names the EU
    if words[0][:1].isupper() and words[0].lower() not in DETERMINERS and words[0].lower() not in _NOT_NAME_WORDS:
        return True
    return words[-1].lower() in _INSTITUTIONS


_NOT_NAME_WORDS = frozenset("some many most few several other others another more less each every all both".split())


def person_subject(subj: str, actors: Sequence[Actor]) -> bool:
    """The subject names a person (an actor of kind person, or a titled / two-word name)."""
    for a in actors:
        if a.kind == "person" and any(len(n) > 2 and n in subj for n in (a.name, *a.aliases)):
            return True
    return PERSON_NAME.search(subj) is not None and subj.split()[0].lower() not in DETERMINERS


# Heads too vague to say what a question is about ("the same effect", "the move", "the question").
_VAGUE_HEADS = frozenset(
    """question questions move moves effect effects idea ideas thing things decision issue issues situation
    result results case way ways one ones kind sort lot number part side point fact""".split()
)


def specific_subject(subj: str) -> bool:
    """A definite noun phrase of three or more words whose head is no placeholder: 'the deletion of
    millions of government e-mails' says what a question is about even without a name."""
    words = subj.split()
    if len(words) < 3 or words[0].lower() not in {"the", "this", "these"} or time_subject(subj):
        return False
    if words[1].lower() in {"same", "other", "latest", "next", "first", "last"}:
        return False
    head = next((w for w in words[1:] if w.lower() in {"of", "for", "in", "on", "at", "to", "with", "from"}), None)
    head_word = words[words.index(head) - 1] if head else words[-1]
    return head_word.lower().strip(",.") not in _VAGUE_HEADS
