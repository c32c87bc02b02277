"""Open-question handlers for doubt and dispute: hedges ("it is unclear whether"), unknowns ("has made no
decision on whether"), refusals to say or comment, denials and allegations.

Each handler takes ``(doc, sentence index, sentence text, match, context)`` and returns
``(question, about, kind)`` or None; the question is the cue clause transformed by ``interrogative``
(subject–auxiliary inversion), never a template around the sentence. Cue sources: Hyland (1998) and
the CoNLL-2010 uncertainty cues; PARC attribution relations (Pareti 2016) for denials.
"""
from __future__ import annotations

import re

from .interrogative import lower_first, main_clause, yes_no
from .question_checks import FIRST_PERSON, generic_subject, speaks_elsewhere
from .question_clauses import CONCESSIVE, Result, clause_question, whether_to
from .question_cues import INQUIRY_CLOSED, NOT_KNOWN, PERSON_NAME, QUESTION_ABOUT, VERDICT
from .question_pronouns import resolve_possessive
from .question_subjects import named_subject, possessive, sentence_subject, subject, while_subject
from .question_wording import present_plan

_HISTORICAL = re.compile(r"\b(?:when|after|before|until|while|because|as)\s+it\s+(?:was|remained)\b")


_VAGUE_HEADS = frozenset("fate future prospects outcome status situation position role".split())


_PUT_TO = re.compile(r"\b(?:with|asked|answer(?:ed|ing)?|fielded|fielding|dodged|dodging|took|taking)\s(?:\w+\s)?questions?\b", re.I)


_PAST_UNKNOWN = re.compile(r"\b(?:did\snot|didn[’']t|had)\s")


_CLAIM = re.compile(r"(?:the\s)?(?:reports?|claims?|speculation|suggestions?|rumou?rs?|allegations?)\s(?:that\s)(?P<clause>.+)")


_WHETHER_TOPIC = re.compile(r"(?:whether|if)\s(?!or\b|to\b)(?P<clause>.+)")


_VAGUE_TOPIC = re.compile(r"(?:the\s)?(?:reports?|claims?|speculation|suggestions?|rumou?rs?|matter|story|it)$")


_CLAIM_BEFORE = re.compile(
    r"\b(?:reports?|reported|claims?|claimed|speculation|suggested|rumou?rs?)\s(?:[\w’'-]+\s){0,4}?that\s(?P<clause>.+)"
)


# A denier's own choice ("denied reports that she has pulled out"): who decides has answered it.
_OWN_DECISION = re.compile(
    r"(?:that\s+)?(?:he|she|they|I|we)\s(?:has\s|have\s|had\s|was\s|is\s|were\s|are\s|would\s|will\s)?(?:\w+ly\s)?"
    r"(?:pulled\sout|pulling\sout|quit|quitting|resign|resigned|resigning|retire|retired|retiring|withdrawn|withdrew|"
    r"withdrawing|stepping\sdown|stepped\sdown|step\sdown|leave|leaving|left|planning|considering|going\sto\squit)\b"
)


def ask_uncertain(doc, i, text, m, ctx) -> Result | None:
    if FIRST_PERSON.search(text, max(0, m.start() - 8), m.start()):
        return None  # "I don't know how that adds up": a speaker's doubt, not the article's
    if _HISTORICAL.search(text, 0, m.end()):
        return None  # "after that election, when it was unclear who would win": settled since
    if m.re is QUESTION_ABOUT and _PUT_TO.search(text, 0, m.start() + 12):
        return None  # "peppered with direct questions about whether …": a reporter's challenge, not an open matter
    wh = next(g for g in ("wh", "wh2", "wh3") if g in m.re.groupindex and m.group(g))
    if wh == "wh2" and m.group(wh).lower() == "how" and m.group(0).lower().startswith("debate"):
        return None  # "a fresh debate over how the US responds to …": a policy argument, not a matter to be settled
    clause = text[m.end(wh):].strip()
    if m.re is NOT_KNOWN and "know" in m.group(0) and re.match(r"(?:he|she|they)\b", clause):
        return None  # "did not know what he was talking about": a jibe at the knower, not an open matter
    if m.re is NOT_KNOWN and m.group("wh").lower() == "whether" and clause.startswith("to "):
        return whether_to(doc, i, text, m, clause, "uncertain", ctx.actors)  # "has made no decision on whether to appeal"
    subj = while_subject(text) or sentence_subject(text)
    named = None
    pronoun = re.match(r"(?:he|she)\b", clause)
    if subj is None and pronoun:  # "Baros is uncertain whether he remains …"
        subj = named = subject(doc, i, text, m.start(), actors=ctx.actors) or resolve_possessive(
            doc, i, pronoun.group(0), ctx.actors, at=doc.sentences[i].start + m.start()
        )
    q = clause_question(m.group(wh), clause, subj)
    past_doubt = bool(re.search(r"\b(?:questioned|queried|doubted|wondered)\b", m.group(0)))
    if q and past_doubt:
        q = _unshift(q)  # "analysts queried whether Standard Chartered had overpaid" asks "Has … overpaid?"
    if q and (past_doubt or _PAST_UNKNOWN.search(m.group(0))):
        q = re.sub(r"^(\w+(?: \w+)?) would ", r"\1 will ", q)  # reported "had yet to decide how X would": still ahead
        q = re.sub(r"^Would ", "Will ", q)
    return (q, named, "uncertain") if q else None


def ask_whether_unclear(doc, i, text, m, ctx) -> Result | None:
    subj = None
    pronoun = re.match(r"(?:he|she)\b", m.group("clause"))
    if pronoun:  # "“How she deals with it … is an open question”"
        subj = resolve_possessive(doc, i, pronoun.group(0), ctx.actors, at=doc.sentences[i].start)
    clause = m.group("clause")
    if m.group("wh") == "Whether" and re.search(r"\bto\sbe\sseen\b", m.group(0)):
        # "Whether this merger is a success remains to be seen": yet to be seen, so asked of the future (review 13)
        clause = re.sub(r"^((?:[\w’'.-]+\s){1,8}?)(?:is|are)\s(?!(?:not|being|going)\b)", r"\1will be ", clause, count=1)
    q = clause_question(m.group("wh"), clause, subj)
    return (q, None, "uncertain") if q else None


def ask_np_unclear(doc, i, text, m, ctx) -> Result | None:
    np, verb = m.group("np"), m.group("verb").lower()
    words = np.split()
    if len(words) < 2 or len(words) > 10 or any(w.lower() in {"who", "which", "that", "said", "and"} for w in words):
        return None
    if words[-1].lower() in _VAGUE_HEADS:
        return None  # "What is Suu Kyi's fate?": what about it is open, the question does not say (review 3)
    plural = verb in {"remain", "are", "were"}
    past = verb in {"remained", "was", "were"}
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    return f"What {be} {lower_first(np)}?", None, "uncertain"


def ask_uncertainty_over(doc, i, text, m, ctx) -> Result | None:
    """'Uncertainty remains over the future of Perrier' → 'What is the future of Perrier?': the same test as
    a noun phrase that "remains unclear" (``ask_np_unclear``), the noun phrase after the doubt."""
    np = m.group("np")
    words = np.split()
    if len(words) > 10 or any(w.lower() in {"who", "which", "that", "said", "and", "whether", "how"} for w in words):
        return None
    head = np.split(" of ")[0].split()[-1].lower()
    if words[-1].lower() in _VAGUE_HEADS or head in {"implications", "consequences", "impact", "effects", "effect"}:
        return None  # "What is its fate?", "What are the implications of …?": nothing settles an essay question
    be = "are" if head.endswith("s") and not head.endswith("ss") else "is"
    return f"What {be} {lower_first(np)}?", None, "uncertain"


def ask_cannot_say(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start(), actors=ctx.actors)
    clause = text[m.end():].strip()  # after "when, or if,"
    wh = m.group("wh")
    pronoun = re.match(r"(?:(?:[a-z]+\s){1,3}(?=(?:he|she|it|they)\s(?:would|will|might|could|can|should)\b))?(he|she|it|they)\b", clause)
    if subj is None:
        return None
    if pronoun and len({p.group(0) for p in PERSON_NAME.finditer(text, 0, m.start())}) > 1:
        return None  # "An aide for Mr. L, who financed Mr. M's work, declined to say whether he …": which one?
    q = present_plan(clause_question(wh, clause, subject=subj if pronoun else None))
    # "Stephenson would not confirm whether the system will be built into …": the question is about the
    # clause's own subject, not the person who kept quiet (review 3: not the spokesman)
    return (q, subj if pronoun else None, "no-comment") if q else None


def ask_no_comment(doc, i, text, m, ctx) -> Result | None:
    """Declining to comment leaves the reported claim open: "LVMH declined to comment on reports that it
    is selling Lacroix" asks "Is LVMH selling Lacroix?". With no claim to invert, nothing (review 2:
    "What does LVMH say about the reports?" is answered by the sentence itself)."""
    subj = subject(doc, i, text, m.start(), actors=ctx.actors)
    topic = m.group("topic") or m.group("topic2") or m.group("topic3")
    if not topic:
        return _claim_before(doc, i, subj, ctx)
    claim = _CLAIM.match(topic.strip()) or _WHETHER_TOPIC.match(topic.strip())
    if claim is not None and not re.match(r"(?:he|she|it|they|its|his|her|their)\b", claim.group("clause")):
        # "a spokesman refused to comment on speculation that Mitsubishi could …": the claim names its
        # own subject, so who kept quiet need not be named
        q = yes_no(claim.group("clause"))
        if q and claim.re is _WHETHER_TOPIC:
            q = re.sub(r"^Would ", "Will ", q)  # "declined to comment on whether Globex would buy …": still ahead
        return (q, None, "no-comment") if q else None
    if subj is None or not named_subject(subj, ctx.actors):
        return None  # "Some senators declined to comment": nobody to ask
    if speaks_elsewhere(doc, i, subj, ctx.quotes):
        return None  # the article quotes them after all
    topic = main_clause(topic)
    vague = _VAGUE_TOPIC.match(topic)
    if claim is None and vague and i > 0:
        claim = _CLAIM_BEFORE.search(doc.sentences[i - 1].text)
    if claim is not None:
        q = yes_no(claim.group("clause"), subject=subj)
        return (q, subj, "no-comment") if q else None
    if vague:
        return None  # "declined to comment on the reports", and no report to point back to
    if re.match(r"(?:whether|if|how|why|what|who|when|it|this|that|these|those|its|his|her|their)\b", topic) or len(topic.split()) > 10:
        return None
    if " and " in subj or CONCESSIVE.match(text):
        return None
    return f"What is {possessive(lower_first(subj), text)} response to {lower_first(topic)}?", subj, "no-comment"


def _claim_before(doc, i, subj: str | None, ctx) -> Result | None:
    """'The Times reported that Acme is selling Globex. Acme declined to comment.': the refusal answers the
    report just before it, in the same paragraph, so the report's claim stays open (review 5's "declined to
    comment" misses); with no such report, nothing."""
    if i == 0 or subj is None or not named_subject(subj, ctx.actors) or speaks_elsewhere(doc, i, subj, ctx.quotes):
        return None
    prev = doc.sentences[i - 1]
    claim = _CLAIM_BEFORE.search(prev.text) if prev.paragraph == doc.sentences[i].paragraph else None
    if claim is None:
        return None
    q = yes_no(claim.group("clause"), subject=subj)
    return (q, subj, "no-comment") if q else None


def ask_denial(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start(), actors=ctx.actors)
    if subj is None:
        return None
    obj = m.group("obj").lower()
    rest = text[m.end():].strip()
    if obj.endswith("wrongdoing") or obj.endswith("wrong-doing"):
        return f"Did {lower_first(subj)} do anything wrong?", subj, "disputed"
    if _OWN_DECISION.match(rest) or obj.endswith(" of"):
        return None  # "Clijsters denied reports that she has pulled out": her own word answers it (review 3);
        # "denied reports of a row": which reports, and the denial is the article's answer
    if re.match(r"(?:that\s)?(?!(?:he|she|it|they)\b|the\s[A-Z])[a-z]", rest):
        return None  # "Cruz denied that waterboarding constitutes torture": a general claim, not about a named actor
    clause = rest if obj == "that" or obj.endswith(" that") else (re.match(r"that\s+(.+)", rest) or [None, None])[1]
    if clause:
        q = present_plan(_unshift(yes_no(clause, subject=subj)))
        own = re.match(r"(?:he|she|it|they)\b", clause)
        # the question is about the denied clause's subject ("Was Mr Brown considering …?"), not the denier
        return (q, subj if own else None, "disputed") if q else None
    return None  # "Is the allegation against Clinton true?": which allegation, the question cannot say (review 4)


def _unshift(q: str | None) -> str | None:
    """Undo reported speech's backshift: 'rejected the allegation that Mr Brown had been sidelined' asks
    'Has Mr Brown been sidelined?', a claim about now, not about an earlier past."""
    if not q or not q.startswith("Had "):
        return q
    subj = q[4:].split(" been ")[0] if " been " in q else re.match(r"(?:\S+\s)*?(?=[a-z]+(?:ed|en|id|ht|wn|ne|un|ot)\b)", q[4:]).group(0).strip()
    plural = " and " in subj or (subj.endswith("s") and not re.search(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr)\.?\s", subj))
    return ("Have " if plural else "Has ") + q[4:]


def ask_allegation(doc, i, text, m, ctx) -> Result | None:
    q = present_plan(_unshift(yes_no(m.group("clause"), subject=sentence_subject(text))))
    return (q, m.group("source"), "disputed") if q else None


def ask_charges(doc, i, text, m, ctx) -> Result | None:
    """'Mr Jackson denies 10 charges of child abuse and false imprisonment' → 'Is Mr Jackson guilty of child
    abuse and false imprisonment?': a contested charge, open until the article reports a verdict."""
    subj = subject(doc, i, text, m.start(), actors=ctx.actors)
    if subj is None or not named_subject(subj, ctx.actors) or generic_subject(subj):
        return None
    if any(VERDICT.search(t.text) for t in doc.sentences):
        return None  # "was found not guilty", "sentenced to": settled in the article itself
    return f"Is {lower_first(subj)} guilty of {m.group('crime')}?", subj, "disputed"


_UNKNOWN = "\0"  # a 'he'/'she' whose person is not found


def _person(doc, i, clause, ctx, at) -> str | None:
    """The person a clause's opening 'he'/'she' refers to, None for a clause that opens
    otherwise, ``_UNKNOWN`` when the pronoun's person is not found."""
    pronoun = re.match(r"(?:he|she)\b", clause)
    if pronoun is None:
        return None
    return resolve_possessive(doc, i, pronoun.group(0), ctx.actors, at=at) or _UNKNOWN


def ask_inquiry(doc, i, text, m, ctx) -> Result | None:
    """'The Commission launched an investigation into whether Alitalia is receiving illegal state aid' →
    'Is Alitalia receiving illegal state aid?': the inquiry's open matter, asked of its own subject, unless
    this or the next two sentences report the inquiry closed or its finding."""
    if any(INQUIRY_CLOSED.search(t.text) for t in doc.sentences[i:i + 3]):
        return None
    clause = text[m.end("wh"):].strip()
    if re.match(r"(?:or\s+not\s+)?to\s", clause):
        return None
    subj = _person(doc, i, clause, ctx, doc.sentences[i].start + m.start())
    if subj is _UNKNOWN:
        return None
    q = _unshift(clause_question(m.group("wh"), clause, subj))
    return (q, subj, "uncertain") if q else None


def ask_no_guarantee(doc, i, text, m, ctx) -> Result | None:
    clause = m.group("clause")
    subj = _person(doc, i, clause, ctx, doc.sentences[i].start + m.start())
    if subj is _UNKNOWN:
        return None
    q = yes_no(clause, subject=subj)
    return (q, subj, "uncertain") if q else None
