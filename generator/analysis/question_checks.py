"""Checks every open question passes before it is kept: the reader of the question alone must know
who or what it is about (pronouns bound or resolved, no position-only capitals, no generic
subject), it must read as one well-formed English question, and it must not repeat another.

Pronoun handling follows the recency preference of simple anaphora resolvers (Hobbs 1978;
Lappin & Leass 1994): a possessive is resolved to the most recent compatible actor, any other
unbound pronoun drops the question.
"""
from __future__ import annotations

import re

from .question_subjects import person_subject, possessive, resolve_possessive, time_subject
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


def ground_pronouns(doc, index, at, text, subj, actors) -> tuple[str, str | None] | None:
    """The question with an unbound possessive resolved ("Could her aims …" → "Could Radcliffe's aims …"),
    or None when a pronoun is left that the question's own subject cannot bind: a reader of the
    question alone must know who it is about."""
    words = text.split()
    for k, w in enumerate(words[1:], 1):
        low = w.lower()
        if low not in _POSSESSIVE_WORDS or (k > 1 and binds(low, subj, actors)):
            continue
        if k > 3 and low == "their":
            return None  # an unbound "their" in the predicate ("… to buy a share in their homes")
        # in the predicate, only a person named earlier in the same sentence
        owner = resolve_possessive(doc, index, low, actors, at=at, back=0 if k > 3 else 2)
        if owner is None:
            return None
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
    text = " ".join(words)
    tokens = {w.lower() for w in _WORD.findall(text)}
    if tokens & _OBJECT or "it" in tokens:
        return None  # "Could MPs vote on it?", "Does it provide …?": what "it" is, the question alone cannot say
    binder = subj or " ".join(words[1:4])  # no subject given: the question's own first words
    if (tokens & _GENDERED and not binds("his", binder, actors)) or (tokens & _PLURAL and not binds("their", binder, actors)):
        return None  # "Could Muslim-American judges be biased against him?", "… people they like?"
    return text, subj


def _lede_org(doc, actors) -> str | None:
    """The one organisation the headline names, if only one is: what "the firm" means in its story."""
    headline = title_line(doc)
    if headline is None:
        return None
    names = {a.name for a in actors if a.kind == "organization" and any(m.start < headline.end for m in a.mentions)}
    return names.pop() if len(names) == 1 else None


_GENERIC_ORG = frozenset({"the firm", "the company", "the group", "the bank", "the retailer", "the airline"})


def repeats(text: str, found) -> bool:
    """A near-copy of a question already kept (the same claim restated later in the article)."""
    words = content_words(text)
    for _, _, q in found:
        other = content_words(q.text)
        if words and other and len(words & other) >= 0.7 * min(len(words), len(other)):
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


# --- references the question alone cannot resolve (review 2: "this", "those polls", "the move") ---

# Heads that stand for something said or done elsewhere in the article ("the move", "the reports"):
# with no modifier or complement of their own, a reader of the question cannot tell what they are.
_ANAPHORIC = frozenset(
    """move moves problem problems report reports issue issues matter matters plan plans deal deals decision
    decisions situation change changes proposal proposals measure measures idea ideas effort efforts scheme
    schemes claim claims allegation allegations accusation accusations rumour rumours rumor rumors speculation
    agreement offer offers bill bills case cases incident incidents practice practices policy policies vote
    voting process talks dispute row controversy announcement statement statements remark remarks comment
    comments news story stories event events project projects strategy approach system rule rules law
    lawsuit suit investigation inquiry probe review findings result results outcome step steps action actions
    attack attacks crisis scandal affair deadline trend figures figure numbers polls poll survey book film
    show episode payment payments transaction sale purchase takeover merger bid contract order orders one ones
    thing things fact nominee candidate chairman chairwoman leader minister chief coach manager spokesman spokeswoman
    official officials president governor senator player striker suspect victim author writer state country city
    region area district town""".split()
)
# Modifiers that do not say which one ("the new plan", "the latest reports").
_EMPTY_MODIFIERS = frozenset(
    """new latest recent current same proposed planned original first second third final last next whole entire
    other previous earlier later big bigger biggest main key major""".split()
)
_WEAK_COMPLEMENT = frozenset("to by from with into under".split())
_COMPLEMENT = frozenset("of for to on against between over about into from with by in at under that".split())
# Speech and act nouns a "this"/"these" can be resolved to, as the speaker's own ("Putin's statement").
_SPEECH_NOUNS = frozenset(
    """statement statements assertion assertions remark remarks comment comments claim claims offer pledge
    proposal promise announcement warning threat argument suggestion words""".split()
)
_DEMONSTRATIVE = re.compile(r"\b(?:[Tt]his|[Tt]hese|[Tt]hose)\b(?:\s([a-z][\w-]*))?|\bthat\b(?:\s([a-z][\w-]*))?")
_WHEN = re.compile(r"(?:\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|"
                   r"August|September|October|November|December|the|this|next|last)\b)")
_DEICTIC_TIME = frozenset("year week month season time weekend morning afternoon evening summer winter spring autumn fall".split())
_NP_SLOT = frozenset(
    """of about on in for with to from by at over is are was were be been does do did could will would can may
    might should""".split()
)
_SPEAKER = re.compile(
    r"\b((?:(?:Mr|Mrs|Ms|Dr)\.?\s)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)*)\s(?:has\s|had\s)?(?:said|says|argued|argues|"
    r"emphasized|emphasised|stated|claimed|claims|announced|offered|pledged|proposed|warned|insisted|suggested|told|"
    r"signaled|signalled|added|declared|promised|asserted)\b"
)
_NON_NOUN = frozenset(
    """is are was were be been will would could can may might should does do did has have had and or but that who
    which than as if not""".split()
)


def _speaker_before(doc, index, at, actors) -> str | None:
    """The person whose words a 'this statement' points back to: the last named speaker in this
    sentence before ``at``, else in the previous sentence (recency, as in Hobbs 1978)."""
    s = doc.sentences[index]
    spans = [doc.text[s.start:at]] + ([doc.sentences[index - 1].text] if index else [])
    people = {n for a in actors if a.kind == "person" for n in (a.name, *a.aliases)}
    for span in spans:
        names = [m.group(1) for m in _SPEAKER.finditer(span) if m.group(1) in people]
        if names:
            return names[-1]
    return None


def resolve_demonstratives(doc, index, at, text, actors) -> str | None:
    """The question with 'this statement' (or a bare 'this' whose sentence opens with one) made the
    speaker's own ("Putin’s statement"), or None when a demonstrative is left that the question
    alone cannot resolve ("Will this shift those polls?")."""
    sentence = doc.sentences[index].text
    opener = re.match(r"(?:[A-Z][\w]*,?\s)?(?:This|These)\s([a-z]+)\b", sentence)
    out, last = [], 0
    for m in _DEMONSTRATIVE.finditer(text):
        word = m.group(0).split()[0].lower()
        if word == "that":
            before = text[: m.start()].split()
            noun = m.group(2)
            if not before or before[-1].lower() not in _NP_SLOT:
                continue  # "ensure that …": a complementiser
            if noun and (noun in _NON_NOUN or noun in {"the", "a", "an", "he", "she", "it", "they", "we"}):
                continue
        noun = m.group(1) or m.group(2)
        if noun and noun in _NON_NOUN:
            noun = None  # "this could be …": the demonstrative stands alone
        if noun in _DEICTIC_TIME:
            continue  # "this year", "this week": the time of writing, which the reader knows
        head = noun or (opener.group(1) if opener else None)
        if head not in _SPEECH_NOUNS:
            return None
        speaker = _speaker_before(doc, index, at, actors)
        if speaker is None:
            return None
        out.append(text[last:m.start()] + possessive(speaker, doc.text) + " " + head)
        last = m.end() if noun else m.start() + len(m.group(0).split()[0])
    return "".join(out) + text[last:]


def unresolved_definite(text: str) -> bool:
    """A 'the <noun>' that points back to something the question does not define: the question's
    own subject as a bare common noun ("Will the voting end …?"), or anywhere a placeholder head
    with no modifier or complement of its own ("When would the move take place?")."""
    words = text.rstrip("?").split()
    for k, w in enumerate(words):
        if w.lower() != "the" or k + 1 >= len(words):
            continue
        run = []
        j = k + 1
        while j < len(words) and words[j][:1].islower() and words[j].lower() not in _NON_NOUN and words[j] not in _COMPLEMENT:
            run.append(words[j].strip(",.’'\"").lower())
            j += 1
        if not run:
            continue  # "the Government Development Bank", "the $354m payment" (a figure defines it)
        if any(c.isdigit() or c == "$" or c == "£" for c in words[k + 1]):
            continue
        defined = j < len(words) and (words[j] in _COMPLEMENT or words[j][:1].isupper())
        if defined and words[j] in {"in", "at", "on", "by"} and j + 1 < len(words) and _WHEN.match(words[j + 1]):
            defined = False  # "the new products in 2007": a time says when, not which
        if run[0] in {"same", "other"} and not (j < len(words) and words[j] == "as"):
            return True  # "the same campaign points": the same as what the article said before
        for n in range(1, len(run) + 1):  # without a tagger, each prefix may be the noun phrase
            if not all(m in _EMPTY_MODIFIERS for m in run[: n - 1]):
                break
            weak = defined and words[j] in _WEAK_COMPLEMENT  # "losing the state to Sanders": "to" says not which
            if run[n - 1] in _ANAPHORIC and (n < len(run) or not defined or weak):
                return True
            if n > 1 and n == len(run) and not defined:
                return True  # "the new products": new after what the article said before
    return False


# Central banks an article may call "the central bank"; the name it uses is what the question shows.
_CENTRAL_BANKS = ("the Fed", "the Federal Reserve", "the European Central Bank", "the ECB", "the Bank of England",
                  "the Bank of Japan", "the People's Bank of China", "the Reserve Bank")
_INSTITUTION_HEADS = frozenset(
    "government administration campaign party club team council committee board union court ministry department agency".split()
)


def name_institution(text: str, subj: str | None, doc_text: str) -> tuple[str, str | None]:
    """'Could the central bank …' → 'Could the Fed …' when the article calls it so; 'the government' →
    'the Greek government' when the article names exactly one. Left alone otherwise."""
    m = re.match(r"(\w+(?: \w+)?? )the (central bank|[a-z]+)\b", text)
    if m is None:
        return text, subj
    head, name = m.group(2), None
    if head == "central bank":
        low = doc_text.lower()
        name = next((b for b in _CENTRAL_BANKS if re.search(rf"\b{re.escape(b[4:].lower())}\b", low)), None)
    elif head in _INSTITUTION_HEADS:
        found = {f.strip() for f in re.findall(rf"\bthe ((?:[A-Z][\w.’'-]*\s){{1,3}}){head}\b", doc_text)}
        name = f"the {found.pop()} {head}" if len(found) == 1 else None
    if name is None:
        return text, subj
    return text[: m.end(1)] + name + text[m.end():], name


def keep_article(text: str, subj: str | None, doc_text: str) -> str:
    """'Will Government Development Bank make …' → 'Will the Government Development Bank make …' when the
    article itself writes the name after 'the'."""
    if not subj or len(subj.split()) < 2 or not subj[:1].isupper() or subj.split()[0].lower() in {"the", "a", "an"}:
        return text
    at = text.find(subj)
    if at <= 0 or text[:at].endswith(("the ", "The ")):
        return text
    with_the = len(re.findall(rf"\b[Tt]he {re.escape(subj)}", doc_text))
    if with_the and with_the * 2 >= doc_text.count(subj):
        return text[:at] + "the " + text[at:]
    return text
