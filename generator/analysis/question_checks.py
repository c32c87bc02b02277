"""Checks every open question passes before it is kept: the reader of the question alone must know
who or what it is about (pronouns bound or resolved, no position-only capitals, no generic
subject), it must read as one well-formed English question, and it must not repeat another.

Pronoun handling follows the recency preference of simple anaphora resolvers (Hobbs 1978;
Lappin & Leass 1994): a possessive is resolved to the most recent compatible actor, any other
unbound pronoun drops the question.
"""
from __future__ import annotations

import re

from .question_pronouns import resolve_possessive
from .question_subjects import person_subject, possessive, time_subject
from .title import title_line

_MAX_WORDS = 30
_STOP = frozenset(
    """the a an of to in on for and or but with by at from as is are was were be been will would
    could can should may might does did do has have had this that these those what how why who
    when whether which its their his her there it they he she about over into than more""".split()
)
_CONTENT = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
def positional_capital(first: str, actors, text: str) -> bool:
    """Whether a sentence-initial word owes its capital to its position only: it is no part of an
    actor's name and the article never capitalises it inside a sentence ("Productivity may …")."""
    if not first[:1].isupper() or first[1:2].isupper() or first.rstrip(".") in {"Mr", "Mrs", "Ms", "Dr"}:
        return False
    bare = re.sub(r"['’]s?$", "", first)
    if any(bare in n.split() for a in actors for n in (a.name, *a.aliases)):
        return False
    at = text.find(" " + first + " ")
    while at > 0:
        if text[at - 1].islower() or text[at - 1] in ",;":
            return False  # "Republican", "Greek": capitalised mid-sentence too
        at = text.find(" " + first + " ", at + 1)
    return True


def lower_positional(subj: str, actors, text: str) -> str:
    """The subject with a position-only capital lowered, when the word is plausibly common: written in
    lower case elsewhere, or a plural ("Terrorists might …"); "Cooper and …" keeps its capital."""
    first, _, rest = subj.partition(" ")
    if not positional_capital(first, actors, text):
        return subj
    if not first.endswith("s") and not re.search(rf"\b{re.escape(first.lower())}\b", text):
        return subj
    return f"{first.lower()} {rest}".strip()


def generic_subject(subj: str) -> bool:
    """'a final salary scheme', 'other groups', 'the coming months': a kind of thing, an unnamed
    set, or a time, not an actor."""
    first = subj.split()[0].lower()
    return first in {"a", "an", "any", "every", "each", "other", "others", "some", "many", "several", "such", "various",
                     "most", "much"} or time_subject(subj)


def possessive_start(subj: str) -> bool:
    return subj.split()[0].lower() in {"his", "her", "its", "their"}


def speaks_elsewhere(doc, i, subj: str, quotes) -> bool:
    """The actor who 'declined to comment' is quoted, or said something, elsewhere in the article."""
    key = [w for w in re.findall(r"[A-Z][\w’'-]+", subj) if w not in {"The", "A", "An", "Mr", "Mrs", "Ms", "Dr"}]
    if not key:
        return False
    name = key[-1]
    for q in quotes:
        if q.speaker and name in q.speaker:
            return True
    for t in doc.sentences[i + 1:i + 4]:
        if name in t.text and _REPORTED.search(t.text):
            return True
    return False


_REPORTED = re.compile(r"\b(?:said|says|told|added|explained|wrote|tweeted)\b")


def content_words(text: str) -> set[str]:
    return {w.lower() for w in _CONTENT.findall(text) if w.lower() not in _STOP}


_VP_ANAPHOR = re.compile(r"\b(?:do|doing|did|does)\s(?:so|that|this)\?")
FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our|you|your)\b")


def inside_quote(text: str, at: int) -> bool:
    """True when ``at`` falls between an opening and a closing quotation mark."""
    before, after = text[:at], text[at:]
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1 or before.count("''") % 2 == 1:
        return True
    # the sentence continues a quotation opened earlier: a closing mark with no opening one
    return ("”" in after and "“" not in text[: after.index("”") + at]) or (
        '"' not in before and after.count('"') % 2 == 1
    )


_DANGLING = frozenset("and or but by of to the a an with for in on at from that as than its their his her".split())
_INNER_STOP = re.compile(r"[a-z]{2}\.\s+['\"“‘A-Z]|''|``")


def well_formed(q: str) -> bool:
    words = q.split()
    if words[-1].rstrip("?").lower() in _DANGLING or _INNER_STOP.search(q):
        return False  # a clause cut short, or a second sentence run into the question
    if _VP_ANAPHOR.search(q):
        return False  # "Is it appropriate to do so?": what "so" stands for is in another clause
    if FIRST_PERSON.search(q):
        return False  # "could no one relate to me?": a speaker's words, not the article's question
    if not 4 <= len(words) <= _MAX_WORDS or not q.endswith("?") or "??" in q:
        return False
    for a, b in (("(", ")"), ("“", "”"), ("[", "]")):
        if q.count(a) != q.count(b):
            return False
    return q.count('"') % 2 == 0


_GENDERED = frozenset("he him his she her hers himself herself".split())
_PLURAL = frozenset("they them their theirs themselves".split())
# An object pronoun never refers to its own clause's subject ("Could Mr. Trump eclipse him?" is about
# someone else), so the question alone cannot say who.
_OBJECT = frozenset("him them".split())
_WORD = re.compile(r"[A-Za-z’']+")


_LEAD_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s){1,3}")


def _sole_person(words: list[str], sentence, actors) -> str | None:
    """The person whose name opens the question ("Has Ken Livingstone brought his office into disrepute?"),
    when the sentence mentions no other person: the one a "his" or "her" in the predicate can mean."""
    m = _LEAD_NAME.match(" ".join(words[1:5]) + " ")
    name = m.group(0).strip() if m else ""
    if not name or not person_subject(name, actors):
        return None
    others = {a.name for a in actors if a.kind == "person" and any(sentence.start <= x.start < sentence.end for x in a.mentions)}
    return name if all(o in name or name.split()[-1] in o.split() for o in others) else None


# "… shift production of the Rover 25 to China and export it to the UK?": a second verb whose "it" is the
# first verb's object; the first act alone is the question (review 13 recall: SAIC and Rover).
_TRAILING_IT = re.compile(r",?\s(?:and|then)\s[a-z]+\sit\b(?![’'])[^,;?]*\?$")


def ground_pronouns(doc, index, at, text, subj, actors) -> tuple[str, str | None] | None:
    """The question with an unbound possessive resolved ("Could her aims …" → "Could Radcliffe's aims …"),
    or None when a pronoun is left that the question's own subject cannot bind: a reader of the
    question alone must know who it is about."""
    words = text.split()
    lead = subj or _sole_person(words, doc.sentences[index], actors)
    for k, w in enumerate(words[1:], 1):
        low = w.lower()
        if low not in _POSSESSIVE_WORDS or (k > 1 and binds(low, lead, actors) and not (low == "its" and _person_head(subj or " ".join(words[1:3]), actors))):
            continue  # a person's "its" ("Will Martin Jol be its new coach?") points to someone else
        if k > 3 and low == "their":
            return None  # an unbound "their" in the predicate ("… to buy a share in their homes")
        # in the predicate, only a person named earlier in the same sentence
        owner = resolve_possessive(doc, index, low, actors, at=at, back=0 if k > 3 else 2)
        if owner is None:
            return None
        owner = re.sub(r"^.+['’]s\s(?=[A-Z])", "", owner)  # "France's Peugeot" → "Peugeot", not "France's Peugeot's"
        mark = possessive(owner, doc.text)
        if k == 1 or not subj or subj.split()[0].lower() == low:
            subj = owner
        words[k] = mark
        break
    for k in range(1, len(words) - 1):
        if " ".join(words[k:k + 2]).lower().strip("?") in _GENERIC_ORG and (
            k > 1 or subj is None or subj.lower().startswith("the ")
        ):
            # "the firm" → "Wal-Mart"; in the predicate, only the organisation the lede is about
            owner = _lede_org(doc, actors)
            if owner is None:
                return None
            words[k:k + 2] = [owner + ("?" if words[k + 1].endswith("?") else "")]
            if k == 1:
                subj = owner
            break
    pair = _PLURAL_ORG.match(" ".join(words[1:]))
    if pair:
        # "Are the firms about to link up?" → the two organisations the lede names, else nothing to ask
        owners = _lede_orgs(doc, actors)
        if len(owners) != 2:
            return None
        subj = " and ".join(owners)
        words[1:len(pair.group(0).split()) + 1] = [subj]
    text = _TRAILING_IT.sub("?", " ".join(words))
    tokens = {w.lower() for w in _WORD.findall(text)}
    if tokens & _OBJECT or "it" in tokens:
        return None  # "Could MPs vote on it?", "Does it provide …?": what "it" is, the question alone cannot say
    binder = subj or " ".join(words[1:4])  # no subject given: the question's own first words
    if (tokens & _GENDERED and not binds("his", binder, actors)) or (tokens & _PLURAL and not binds("their", binder, actors)):
        return None  # "Could Muslim-American judges be biased against him?", "… people they like?"
    return text, subj


def _person_head(subj: str, actors) -> bool:
    """'Martin Jol' is a person, 'the Clinton campaign' is not, though it holds a person's name."""
    words = subj.split()
    return words[0].lower() not in {"the", "a", "an"} and person_subject(subj, actors) and words[-1][:1].isupper()


def _lede_org(doc, actors) -> str | None:
    """The one organisation the headline names, if only one is: what "the firm" means in its story."""
    headline = title_line(doc)
    if headline is None:
        return None
    names = {a.name for a in actors if a.kind == "organization" and any(m.start < headline.end for m in a.mentions)}
    return names.pop() if len(names) == 1 else None


def _lede_orgs(doc, actors) -> list[str]:
    """The organisations named in the headline and the first body sentence, in order of mention."""
    headline = title_line(doc)
    body = [t for t in doc.sentences if headline is None or t.start >= headline.end]
    if not body:
        return []
    end = body[0].end
    orgs = [a for a in actors if a.kind == "organization" and a.mentions]
    ends = {m.end for a in orgs for m in a.mentions}
    firsts = sorted((min(m.start for m in a.mentions), a.name) for a in orgs)
    # "Sumitomo Mitsui Financial Group (SMFG)": the acronym in brackets is the same organisation
    return [name for at, name in firsts if at < end and not (doc.text[at - 2:at] == " (" and at - 2 in ends)]


_PLURAL_ORG = re.compile(r"the (?:two )?(?:firms|companies|banks|carmakers|groups|airlines|retailers)\b(?![’'])")
_GENERIC_ORG = frozenset({"the firm", "the company", "the group", "the bank", "the retailer", "the airline"})


def repeats(text: str, found, about: str | None = None) -> bool:
    """A near-copy of a question already kept (the same claim restated later in the article); about
    the same actor, half the content words in common is enough (review 3's near-duplicates)."""
    words = content_words(text)
    for _, _, q in found:
        other = content_words(q.text)
        share = 0.5 if about and q.about == about else 0.7
        if words and other and len(words & other) >= share * min(len(words), len(other)):
            return True
    return False


def binds(pronoun: str, subj: str | None, actors) -> bool:
    """Whether the question's subject can be what a later pronoun refers to."""
    if not subj or pronoun == "its":
        return bool(subj) or pronoun == "its"
    if pronoun in _GENDERED:
        return person_subject(subj, actors)
    words = subj.split()
    return " and " in subj or any(w.endswith("s") and not w.endswith(("'s", "’s")) or w.lower() in _COLLECTIVE for w in words)


_POSSESSIVE_WORDS = frozenset("his her its their".split())
_COLLECTIVE = frozenset("campaign party government administration team club committee board police public".split())
