"""Cue handlers for open questions: one function per cue family, and the table that says which
sentence words wake which handler.

Each handler takes ``(doc, sentence index, sentence text, match, context)`` and returns
``(question, about, kind)`` or None; the question is the cue clause transformed by
``interrogative`` (subject–auxiliary inversion), never a template around the sentence. Cue
patterns live in ``question_cues``; subjects and pronouns in ``question_subjects``; the checks
every question passes (grounding, well-formedness) in ``question_checks``.
"""
from __future__ import annotations

import re
from typing import Callable, NamedTuple, Sequence

from ..model import Actor, Quote
from .interrogative import lower_first, main_clause, wh_question, yes_no
from .question_checks import (
    FIRST_PERSON,
    binds,
    generic_subject,
    inside_quote,
    lower_positional,
    positional_capital,
    possessive_start,
    speaks_elsewhere,
)
from .question_cues import (
    ALLEGATION,
    BIG_QUESTION,
    CANNOT_SAY,
    DENIAL,
    EXPECTED,
    FORWARD,
    HEDGED,
    HEDGED_NEAR,
    IT_UNCLEAR,
    NO_COMMENT,
    NO_GUARANTEE,
    NOT_KNOWN,
    NP_UNCLEAR,
    PERSON_NAME,
    PLANS,
    PREDICT,
    QUESTION_ABOUT,
    SAID_THAT,
    SAID_WILL,
    WEIGHING,
    WHETHER_UNCLEAR,
    WILL_DECIDE,
)
from .question_prospects import (
    BARE_PASSIVE,
    CLAIMED,
    FIXED_FACT,
    IN_THEORY,
    MAX_FORWARD_WORDS,
    NAMED_SOURCE,
    PAST_PERFECT,
    SAID_AFTER,
    SUBORDINATE,
    cuts_qualifier,
    dismissed,
    lead_in,
    list_tail,
    named_forecast,
    verb_is_learning,
)
from .question_subjects import (
    named_subject,
    person_subject,
    possessive,
    resolve_possessive,
    sentence_subject,
    specific_subject,
    subject,
    while_subject,
)

_HISTORICAL = re.compile(r"\b(?:when|after|before|until|while|because|as)\s+it\s+(?:was|remained)\b")
_COUNTERFACTUAL = re.compile(r"\b(?:would|might|could|should)\shave\s")
_NOUN_THAT = re.compile(r"^(?:The|A|An)\s+\w+\s+that\s")


# --- cue handlers: (doc, sentence index, sentence text, match, context) -> (question, about, kind) | None ---

Result = tuple[str, str | None, str]


class Context(NamedTuple):
    actors: Sequence[Actor]
    quotes: Sequence[Quote]


def _clause_question(word: str, clause: str, subject: str | None = None) -> str | None:
    word = word.lower()
    if word in {"whether", "if", "that"}:
        if re.match(r"(?:or not\s+)?to\s", clause):
            return None
        clause = re.sub(r"^or not\s+", "", clause)
        clause = re.sub(r"\s+or not\b", "", clause)
        return yes_no(clause, subject=subject)
    return wh_question(word, clause, subject=subject)


def _uncertain(doc, i, text, m, ctx) -> Result | None:
    if FIRST_PERSON.search(text, max(0, m.start() - 8), m.start()):
        return None  # "I don't know how that adds up": a speaker's doubt, not the article's
    if _HISTORICAL.search(text, 0, m.end()):
        return None  # "after that election, when it was unclear who would win": settled since
    if m.re is QUESTION_ABOUT and _PUT_TO.search(text, 0, m.start() + 12):
        return None  # "peppered with direct questions about whether …": a reporter's challenge, not an open matter
    wh = "wh" if m.group("wh") else "wh2"
    if wh == "wh2" and m.group(wh).lower() == "how" and m.group(0).lower().startswith("debate"):
        return None  # "a fresh debate over how the US responds to …": a policy argument, not a matter to be settled
    clause = text[m.end(wh):].strip()
    if m.re is NOT_KNOWN and "know" in m.group(0) and re.match(r"(?:he|she|they)\b", clause):
        return None  # "did not know what he was talking about": a jibe at the knower, not an open matter
    if m.re is NOT_KNOWN and m.group("wh").lower() == "whether" and clause.startswith("to "):
        return _whether_to(doc, i, text, m, clause, "uncertain")  # "has made no decision on whether to appeal"
    subj = while_subject(text) or sentence_subject(text)
    named = None
    pronoun = re.match(r"(?:he|she)\b", clause)
    if subj is None and pronoun:  # "Baros is uncertain whether he remains …"
        subj = named = subject(doc, i, text, m.start()) or resolve_possessive(
            doc, i, pronoun.group(0), ctx.actors, at=doc.sentences[i].start + m.start()
        )
    q = _clause_question(m.group(wh), clause, subj)
    if q and _PAST_UNKNOWN.search(m.group(0)):
        q = re.sub(r"^(\w+(?: \w+)?) would ", r"\1 will ", q)  # reported "had yet to decide how X would": still ahead
        q = re.sub(r"^Would ", "Will ", q)
    return (q, named, "uncertain") if q else None


_VAGUE_HEADS = frozenset("fate future prospects outcome status situation position role".split())
_PUT_TO = re.compile(r"\b(?:with|asked|answer(?:ed|ing)?|fielded|fielding|dodged|dodging|took|taking)\s(?:\w+\s)?questions?\b", re.I)
_PAST_UNKNOWN = re.compile(r"\b(?:did\snot|didn[’']t|had)\s")


def _whether_unclear(doc, i, text, m, ctx) -> Result | None:
    subj = None
    pronoun = re.match(r"(?:he|she)\b", m.group("clause"))
    if pronoun:  # "“How she deals with it … is an open question”"
        subj = resolve_possessive(doc, i, pronoun.group(0), ctx.actors, at=doc.sentences[i].start)
    q = _clause_question(m.group("wh"), m.group("clause"), subj)
    return (q, None, "uncertain") if q else None


def _np_unclear(doc, i, text, m, ctx) -> Result | None:
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


def _cannot_say(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start())
    clause = text[m.end():].strip()  # after "when, or if,"
    wh = m.group("wh")
    pronoun = re.match(r"(he|she|it|they)\b", clause)
    if subj is None:
        return None
    if pronoun and len({p.group(0) for p in PERSON_NAME.finditer(text, 0, m.start())}) > 1:
        return None  # "An aide for Mr. L, who financed Mr. M's work, declined to say whether he …": which one?
    q = _clause_question(wh, clause, subject=subj if pronoun else None)
    # "Stephenson would not confirm whether the system will be built into …": the question is about the
    # clause's own subject, not the person who kept quiet (review 3: not the spokesman)
    return (q, subj if pronoun else None, "no-comment") if q else None


def _no_comment(doc, i, text, m, ctx) -> Result | None:
    """Declining to comment leaves the reported claim open: "LVMH declined to comment on reports that it
    is selling Lacroix" asks "Is LVMH selling Lacroix?". With no claim to invert, nothing (review 2:
    "What does LVMH say about the reports?" is answered by the sentence itself)."""
    subj = subject(doc, i, text, m.start())
    topic = m.group("topic") or m.group("topic2")
    if not topic:
        return None
    claim = _CLAIM.match(topic.strip()) or _WHETHER_TOPIC.match(topic.strip())
    if claim is not None and not re.match(r"(?:he|she|it|they|its|his|her|their)\b", claim.group("clause")):
        # "a spokesman refused to comment on speculation that Mitsubishi could …": the claim names its
        # own subject, so who kept quiet need not be named
        q = yes_no(claim.group("clause"))
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
    if re.match(r"(?:whether|if|how|why|what|who|when|it|this|that|these|those)\b", topic) or len(topic.split()) > 10:
        return None
    if " and " in subj or _CONCESSIVE.match(text):
        return None
    return f"What is {possessive(lower_first(subj), text)} response to {lower_first(topic)}?", subj, "no-comment"


_CLAIM = re.compile(r"(?:the\s)?(?:reports?|claims?|speculation|suggestions?|rumou?rs?|allegations?)\s(?:that\s)(?P<clause>.+)")
_WHETHER_TOPIC = re.compile(r"(?:whether|if)\s(?!or\b|to\b)(?P<clause>.+)")
_VAGUE_TOPIC = re.compile(r"(?:the\s)?(?:reports?|claims?|speculation|suggestions?|rumou?rs?|matter|story|it)$")
_CLAIM_BEFORE = re.compile(
    r"\b(?:reports?|reported|claims?|claimed|speculation|suggested|rumou?rs?)\s(?:[\w’'-]+\s){0,4}?that\s(?P<clause>.+)"
)


def _denial(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start())
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
        q = _unshift(yes_no(clause, subject=subj))
        own = re.match(r"(?:he|she|it|they)\b", clause)
        # the question is about the denied clause's subject ("Was Mr Brown considering …?"), not the denier
        return (q, subj if own else None, "disputed") if q else None
    return None  # "Is the allegation against Clinton true?": which allegation, the question cannot say (review 4)


def _unshift(q: str | None) -> str | None:
    """Undo reported speech's backshift: 'rejected the allegation that Mr Brown had been sidelined' asks
    'Has Mr Brown been sidelined?', a claim about now, not about an earlier past."""
    if not q or not q.startswith("Had "):
        return q
    subj = q[4:].split(" been ")[0] if " been " in q else ""
    plural = " and " in subj or (subj.endswith("s") and not re.search(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr)\.?\s", subj))
    return ("Have " if plural else "Has ") + q[4:]


def _allegation(doc, i, text, m, ctx) -> Result | None:
    q = _unshift(yes_no(m.group("clause"), subject=sentence_subject(text)))
    return (q, m.group("source"), "disputed") if q else None


def _expected(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start())
    if subj is None and re.search(r"\bit\s*$", text[: m.start()]):
        subj = while_subject(text)
    if subj is None or generic_subject(subj) or list_tail(text, subj):
        return None  # "A final salary scheme promises to pay …": a definition, not a pending event
    rel = _RELATIVE_BEFORE.search(text, 0, m.start())
    prev = text[: rel.start()].split()[-1:] if rel else []
    if rel and not (prev and prev[0].lower().strip(",") in _COMPLEMENT_TAKERS):
        return None  # "an agenda that he plans to roll out": the verb's object is the noun before "that"
    if text.lstrip().startswith(subj):
        subj = lower_positional(subj, ctx.actors, doc.text)  # "Senior MPs are expected to" → "senior MPs"
    cue = m.group("cue").lower()
    if cue == "unlikely" or (_CONCESSIVE.match(text) and "," not in text[: m.start()]):
        return None  # "While he is unlikely to turn against his party": the article settles it (review 3)
    if verb_is_learning(m.group("verb")):
        return None  # "expected to find out on Wednesday if they will be banned": the news is the if-clause
    if cue in _FIXED or ((m.re is PLANS or cue == "set") and not _hedged(doc, i)):
        return None  # "is due to end on 22 February", "plans to release in August": stated, not open
    verb = m.group("verb")
    rest = main_clause(text[m.end("verb"):])
    if verb.lower() in {"be"} and not rest:
        return None
    rest = _PAST_COORD.split(rest)[0]
    if m.re is PLANS and _FINITE.search(rest):
        return None  # "U.S. plans to help rebuild Libya largely fell …": "plans" is a noun
    if cuts_qualifier(text[m.end("verb"):]):
        return None  # "expected to cut the £85 cost …, for the elderly …": the question would misstate it
    if verb.lower() in _UNVEIL:
        return None  # "expected to announce his line-up on Monday": what is open is the content, not the event
    if verb.lower() in _SPEECH:
        return None  # "He is expected to stress the importance of stability": what a speech will say
    if verb.lower() in _REPORTING and re.search(r"\bthat\b", text[m.end("verb") + len(rest):]):
        return None  # "expected to announce on Wednesday, …, that …": the news is in the cut clause
    kind = "forward" if m.group("cue").lower() in {"likely", "unlikely"} else "pending"
    if m.group("cue").lower() == "unlikely" and re.search(r"\b(?:until|before)\b", rest):
        return None  # "unlikely to come until 2005" does not invert to a yes/no question
    return _finish(f"Will {lower_first(subj)} {verb} {rest}"), subj, kind


def _will_decide(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start())
    if subj is None or SUBORDINATE.search(text, 0, m.start()):
        return None  # "ahead of 17 December, when the EU will decide whether to start talks": with whom, cut
    verb, link = m.group("verb"), m.group("link").lower()
    rest = main_clause(text[m.end():])
    when = re.match(r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\d{1,2} [A-Z][a-z]+)\s+whether\s+(.+)", rest)
    if link == "on" and when:  # "will decide on Friday whether to …": the matter is the whether-clause
        link, rest = "whether", when.group(1)
    if not rest:
        return None
    if link == "whether":
        if rest.startswith("to "):
            return _finish(f"Will {lower_first(subj)} {rest[3:]}"), subj, "pending"
        q = yes_no(rest)
        return (q, subj, "pending") if q else None
    return _finish(f"How will {lower_first(subj)} {verb} {link} {rest}"), subj, "pending"


def _forward(doc, i, text, m, ctx) -> Result | None:
    start = m.start()
    said = None
    for said in SAID_THAT.finditer(text, 0, start):
        pass
    if said and not named_forecast(said, text, ctx.actors) or CLAIMED.search(text, 0, start):
        return None  # review 3: someone's claim or suggestion recast as the article's own question
    if said and SAID_THAT.search(text, 0, said.start()) or (SAID_AFTER.search(text, m.end()) and not NAMED_SOURCE.search(text, m.end())):
        return None  # "He also says Goldsmith warned that …", "…, its chief executive has said": a report
    if FIXED_FACT.search(text) or IN_THEORY.search(text, 0, start) or dismissed(doc, i):
        return None  # "faces up to 85 years if convicted"; "In theory …, but no one is talking about it"
    head = text[said.end():start] if said else text[:start]
    if _NOUN_THAT.search(head) or _COUNTERFACTUAL.search(text, 0, start):
        return None  # "The idea that X could …": the that-clause is itself a subject
    if re.search(r"(?:^|\s)(?:[Ii]f|[Uu]nless)\s(?:[\w’'.-]+\s){1,5}$", text[:start]):
        return None  # "If Gavi could increase its funding …, then …": a condition, not a prospect
    if _THEN.search(text, 0, start):
        return None  # "Back then, a doctor feared that her career may be over": a fear since overtaken
    if said and re.search(r"\bthe\s(?:place|way|reason|point|moment|time|area|one|thing)\s(?:[\w’'.-]+\s){0,4}$", text[: said.start()]):
        return None  # "the place officials say the US might take a stand": the place is in the cut relative
    if _SETTLED.search(text, 0, start):
        return None  # "the court ruled that …", "voters saw that Obama could win": found, or past, not open
    subj_text = subject(doc, i, head, len(head), resolve=False, context=text[: start - len(head)]) if head.strip() else None
    if subj_text is None or subj_text.lower() in {"it", "they", "we", "i", "you", "this", "that", "there", "he", "she"}:
        return None
    if head.lstrip().startswith(subj_text) and not said:
        subj_text = lower_positional(subj_text, ctx.actors, doc.text)  # "Terrorists might …" → "terrorists"
    if _CONCESSIVE.match(text) and "," not in text[:start]:
        return None  # "While the GOP moderates may feel …, they …": conceded, not asked
    if _ZERO_RELATIVE.match(subj_text):
        return None  # "the most important step Clinton could take": a relative clause, not a subject
    first, _, rest = subj_text.partition(" ")
    initial = text.lstrip(" \"“‘'").startswith(subj_text)
    named_as = f"{first.lower()} {rest}" if initial and positional_capital(first, ctx.actors, doc.text) else subj_text
    attributed = said is not None and not re.search(r"\b(?:I|we|you|they|some|many)\s*$", text[: said.start()])
    if not named_subject(named_as, ctx.actors) and not possessive_start(subj_text) and not (
        attributed and specific_subject(named_as)  # "Beith warned that the deletion of e-mails could …"
    ):
        return None  # "A single mother could be fired", "The move could mean": speculation about no one
    if re.search(r"\b(?:that|which)\s*$", text[: start - len(subj_text) - 1]) and not said:
        rest = main_clause(text[m.end():])
        if not rest:
            return None  # "touches that Mr. Biden might appreciate": the object is the noun before "that"
    tail = text[start:].strip()
    if re.search(r",\s*[A-Z][\w’'-]+\.?$", tail) and not re.search(r"\b(?:said|says)\b", tail):
        return None  # "peace between Clinton, Sanders.": a headline's list, cut mid-way
    if re.match(r"[^,;:]*:", tail) and len(main_clause(tail).split()) < len(tail.split()) // 2:
        return None  # "could keep out Labour in three ways: …": the substance follows the colon
    if generic_subject(subj_text) or list_tail(text, subj_text) or (not said and lead_in(text[: max(0, text.find(subj_text))])):
        return None  # "A Justice Department investigation could …"; "If …, Sanders could …": a cut condition
    if cuts_qualifier(tail) or PAST_PERFECT.match(text, m.end()) or BARE_PASSIVE.match(text, m.end()):
        return None  # "…, for the elderly": a qualifier the question would drop; "could genuinely have …"
    q = yes_no(subj_text + " " + tail)
    if q and len(q.split()) > MAX_FORWARD_WORDS:
        return None  # a long verbatim lift of the sentence, not a question a reader would ask
    if q and re.search(r"\sbe\s(?:(?:more|less|very|so|too|quite)\s)?[a-z-]+\?$", q):
        return None  # "Could GOP moderates be pliable?": to what, or than what, the question cannot say
    if q and re.search(r"\sbe\sto\s[a-z]+", q):
        return None  # "Will the objective for Ryan be to find …?": the writer's framing, not an event
    if q and m.group(0).lower().startswith(("may", "might")):
        q = "Could" + q[q.index(" "):]
    return (q, subj_text, "forward") if q else None


def _said_will(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start())
    if subj is None or not named_subject(subj, ctx.actors) or generic_subject(subj):
        return None
    pro, rest = m.group("pro"), main_clause(m.group("rest"))
    if pro in {"he", "she"} and not person_subject(subj, ctx.actors):
        return None
    if pro == "it" and person_subject(subj, ctx.actors):
        return None
    if pro == "they" and not binds("their", subj, ctx.actors):
        return None
    if m.group("aux") == "would" and re.search(r"\b(?:if|unless)\b", m.group("rest")):
        return None  # "says she would break up banks if …": a hypothetical, not a plan
    rest = _PAST_COORD.split(rest)[0]  # "would order a review and warned against …"
    if len(rest.split()) < 2 or not _hedged(doc, i):
        return None
    return _finish(f"Will {lower_first(subj)} {rest}"), subj, "pending"


def _whether_to(doc, i, text, m, clause: str, kind: str) -> Result | None:
    """'Ms Villalba has made no decision on whether to appeal' → 'Will Ms Villalba appeal?': the undecided
    party's own choice, asked of its named subject."""
    subj = subject(doc, i, text, m.start())
    if subj is None or generic_subject(subj) or not re.match(r"(?:[A-Z]|the\s[A-Z])", subj):
        return None
    rest = _PAST_COORD.split(main_clause(clause[3:]))[0]
    if not rest or re.match(r"(?:or\b|not\b|be\b)", rest):
        return None
    return _finish(f"Will {lower_first(subj)} {rest}"), subj, kind


def _weighing(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start())
    if subj is None or not named_subject(subj, ctx.actors):
        return None
    clause = text[m.end("wh"):].strip()
    if m.group("wh").lower() == "whether" and clause.startswith("to "):
        return _whether_to(doc, i, text, m, clause, "pending")  # "is deciding whether to appeal"
    q = _clause_question(m.group("wh"), clause, subj if re.match(r"(?:he|she|it|they)\b", clause) else None)
    return (q, subj, "pending") if q else None


def _no_guarantee(doc, i, text, m, ctx) -> Result | None:
    clause = m.group("clause")
    subj = None
    pronoun = re.match(r"(?:he|she)\b", clause)
    if pronoun:
        subj = resolve_possessive(doc, i, pronoun.group(0), ctx.actors, at=doc.sentences[i].start + m.start())
        if subj is None:
            return None
    q = yes_no(clause, subject=subj)
    return (q, subj, "uncertain") if q else None


def _predict(doc, i, text, m, ctx) -> Result | None:
    if inside_quote(text, m.start()):
        return None
    q = yes_no(m.group("clause"))
    if q is None:
        return None
    subj = q.split(" ", 1)[1]
    hits = [(subj.find(n), a.name) for a in ctx.actors for n in (a.name, *a.aliases) if len(n) > 2 and 0 <= subj.find(n) < 60]
    if not hits:
        return None
    return q, min(hits)[1], "forward"


# A denier's own choice ("denied reports that she has pulled out"): who decides has answered it.
_OWN_DECISION = re.compile(
    r"(?:that\s+)?(?:he|she|they|I|we)\s(?:has\s|have\s|had\s|was\s|is\s|were\s|are\s|would\s|will\s)?(?:\w+ly\s)?"
    r"(?:pulled\sout|pulling\sout|quit|quitting|resign|resigned|resigning|retire|retired|retiring|withdrawn|withdrew|"
    r"withdrawing|stepping\sdown|stepped\sdown|step\sdown|leave|leaving|left|planning|considering|going\sto\squit)\b"
)
_SAYS_ANYWAY = re.compile(r"\b(?:has|have|had)\s(?:\w+\s)?(?:denied|said|insisted|maintained|rejected)\b")
_CONCESSIVE = re.compile(r"(?:But\s|And\s)?(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Ee]ven\sthough)\b")
_ZERO_RELATIVE = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ee]very|[Aa]ny)\s(?:[a-z][\w-]*\s)*(?!(?:of|in|for|at|from|on|with|to|and|by)\s)[a-z][\w-]*\s[A-Z][\w.’'-]*$")
_THEN = re.compile(r"\b(?:[Bb]ack\sthen|[Aa]t\sthe\stime|[Aa]t\sthat\s(?:time|point|stage)|[Ii]n\sthose\sdays)\b")
_SETTLED = re.compile(
    r"\b(?:ruled|found|concluded|determined|saw|knew|realized|realised|showed|proved)\sthat\s"
)


_REPORTING = frozenset("announce say confirm reveal report tell disclose show state declare".split())


_UNVEIL = frozenset("announce unveil publish release reveal present outline".split())
_SPEECH = frozenset("stress emphasise emphasize insist argue warn urge underline highlight reiterate repeat outline".split())
_PAST_COORD = re.compile(r"\s+and\s+(?=[a-z]+ed\b)")
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|fell|failed|stalled|collapsed|came|went|remained|became)\b")
_RELATIVE_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:he|she|it|they|we|(?:the\s)?[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})\s+(?:is\s|are\s)?$"
)
# Words before "that" which take a that-clause ("said that he plans to …"), unlike a noun ("an agenda that …").
_COMPLEMENT_TAKERS = frozenset(
    """said says say believes believe believed thinks think thought reported reports announced hopes hope hoped
    expects expect expected warned argued claimed insisted noted added suggested know knows knew clear likely
    possible sure confident signalled signaled indicated confirmed revealed means shows showed so""".split()
)


_FIXED = frozenset({"due", "scheduled", "poised"})


def _hedged(doc, i: int) -> bool:
    """Real uncertainty about a stated plan: a hedge in its sentence, or a plain statement of doubt
    next to it (review 2: "said it will" and "plans to" alone are firm statements)."""
    if HEDGED.search(doc.sentences[i].text):
        return True
    return any(HEDGED_NEAR.search(t.text) for t in doc.sentences[max(0, i - 1):i + 2] if t.index != i)


def _finish(text: str) -> str:
    return " ".join(main_clause(text).split()) + "?"


# (pattern, handler, tier, trigger words): a handler's regex runs only on sentences holding
# one of its trigger words, found by set intersection, which costs far less than running
# every regex over every sentence.
_UNCLEAR = ("unclear", "clear", "uncertain", "unknown", "known", "seen", "unsure")
HANDLERS: tuple[tuple[re.Pattern, Callable[..., Result | None], int, tuple[str, ...]], ...] = (
    (QUESTION_ABOUT, _uncertain, 0, ("question", "questions", "doubt", "doubts", "debate", "uncertainty", "speculation")),
    (IT_UNCLEAR, _uncertain, 0, _UNCLEAR),
    (BIG_QUESTION, _uncertain, 0, ("question",)),
    (WHETHER_UNCLEAR, _whether_unclear, 0, _UNCLEAR + ("question",)),
    (NP_UNCLEAR, _np_unclear, 0, _UNCLEAR),
    (CANNOT_SAY, _cannot_say, 0, ("say", "specify", "disclose", "reveal", "confirm", "explain", "discuss", "question", "questions")),
    (DENIAL, _denial, 0, ("denied", "denies", "deny", "rejected", "rejects", "disputed", "disputes")),
    (ALLEGATION, _allegation, 0, ("accusation", "accusations", "allegation", "allegations")),
    (NO_COMMENT, _no_comment, 0, ("comment", "respond", "reply", "return", "reached")),
    (WILL_DECIDE, _will_decide, 1, ("decide", "rule", "vote", "determine")),
    (EXPECTED, _expected, 1, ("expected", "due", "set", "scheduled", "poised", "likely", "unlikely")),
    (PLANS, _expected, 1, ("plans", "intends", "aims", "vows", "promises", "threatens", "planning")),
    (NOT_KNOWN, _uncertain, 0, ("know", "decision", "decide", "decided", "determine", "announce")),
    (WEIGHING, _weighing, 1, ("trying", "weighing", "considering", "deciding", "debating", "studying", "examining",
                              "investigating")),
    (NO_GUARANTEE, _no_guarantee, 0, ("guarantee",)),
    (SAID_WILL, _said_will, 1, ("said", "says", "announced", "announces", "confirmed", "confirms", "insisted", "insists",
                                "promised", "promises", "pledged", "pledges", "vowed", "vows")),
    (FORWARD, _forward, 2, ("could", "may", "might", "likely", "probably")),
    (PREDICT, _predict, 2, ("predict", "predicts", "predicted", "forecast", "forecasts", "expect", "expects")),
)
TRIGGER_OWNERS: dict[str, frozenset[int]] = {}
for _h, (_, _, _, _triggers) in enumerate(HANDLERS):
    for _t in _triggers:
        TRIGGER_OWNERS[_t] = TRIGGER_OWNERS.get(_t, frozenset()) | {_h}
# Words a handler needs besides its trigger, one of each set ("said" alone is everywhere, "said … he
# will" is not): a cheap set test that spares most regex runs on sentences that cannot match.
_WH_WORDS = frozenset("whether if how why what who when where which".split())
_NEGATED = frozenset(
    "declined refused not wouldn't wouldn’t didn't didn’t couldn't couldn’t dodged sidestepped".split()
)


def _row(pattern: re.Pattern) -> int:
    return next(k for k, row in enumerate(HANDLERS) if row[0] is pattern)


ALSO_NEEDS: dict[int, tuple[frozenset[str], ...]] = {
    _row(SAID_WILL): (frozenset({"will", "would", "going"}), frozenset({"he", "she", "it", "they"})),
    _row(CANNOT_SAY): (_NEGATED, _WH_WORDS),
    _row(QUESTION_ABOUT): (_WH_WORDS,),
    _row(BIG_QUESTION): (_WH_WORDS,),
    _row(WHETHER_UNCLEAR): (_WH_WORDS,),
    _row(WILL_DECIDE): (frozenset({"will"}),),
    _row(WEIGHING): (frozenset({"whether", "if", "how"}),),
}
TRIGGER_WORDS = frozenset(TRIGGER_OWNERS)
