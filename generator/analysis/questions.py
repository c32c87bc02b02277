"""Open questions the article leaves unresolved.

Each question comes from one cue in one sentence and is made by transforming the clause the
cue governs into a question (subject–auxiliary inversion, see ``interrogative``), never by
wrapping the sentence in a template. The cue families follow the hedging and attribution
literature used in news analysis: hedges and uncertainty markers (Hyland, *Hedging in
Scientific Research Articles*, 1998; the CoNLL-2010 shared task on uncertainty cues), denials
of a reported claim (PARC/PolNeAR attribution relations), pending decisions and
expectations, and the "did not respond to a request for comment" convention of news writing.

Precision is preferred to recall: a cue whose clause cannot be turned into a grammatical
question with a clear subject yields nothing. Cue patterns live in ``question_cues``,
subject finding and pronoun resolution in ``question_subjects``, clause inversion in
``interrogative``.
"""
from __future__ import annotations

import re
from typing import Callable, NamedTuple, Sequence

from ..model import Actor, Question, Quote
from .document import Document
from .interrogative import lower_first, main_clause, wh_question, yes_no
from .question_cues import (
    PERSON_NAME,
    ANSWERED,
    CANNOT_SAY,
    DENIAL,
    EXPECTED,
    IT_UNCLEAR,
    NO_COMMENT,
    NP_UNCLEAR,
    PLANS,
    QUESTION_ABOUT,
    SAID_THAT,
    WHETHER_UNCLEAR,
    WILL_DECIDE,
    FORWARD,
    ALLEGATION,
    NO_GUARANTEE,
    NOT_KNOWN,
    PREDICT,
    WEIGHING,
    SAID_WILL,
)
from .question_subjects import (
    about,
    named_subject,
    person_subject,
    possessive,
    resolve_possessive,
    sentence_subject,
    specific_subject,
    subject,
    time_subject,
    while_subject,
)
from .title import title_line

MAX_QUESTIONS = 5
_TIER_CAP = (MAX_QUESTIONS, 3, 2)  # hedges/denials, pending decisions, other forward-looking clauses
_MAX_WORDS = 30
_STOP = frozenset(
    """the a an of to in on for and or but with by at from as is are was were be been will would
    could can should may might does did do has have had this that these those what how why who
    when whether which its their his her there it they he she about over into than more""".split()
)
_CONTENT = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_HISTORICAL = re.compile(r"\b(?:when|after|before|until|while|because|as)\s+it\s+(?:was|remained)\b")
_COUNTERFACTUAL = re.compile(r"\b(?:would|might|could|should)\shave\s")
_NOUN_THAT = re.compile(r"^(?:The|A|An)\s+\w+\s+that\s")


# --- cue handlers: (doc, sentence index, sentence text, match, context) -> (question, about, kind) | None ---

Result = tuple[str, str | None, str]


class _Context(NamedTuple):
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
    if _FIRST_PERSON.search(text, max(0, m.start() - 8), m.start()):
        return None  # "I don't know how that adds up": a speaker's doubt, not the article's
    if _HISTORICAL.search(text, 0, m.end()):
        return None  # "after that election, when it was unclear who would win": settled since
    wh = "wh" if m.group("wh") else "wh2"
    clause = text[m.end(wh):].strip()
    subj = while_subject(text) or sentence_subject(text)
    named = None
    if subj is None and re.match(r"(?:he|she)\b", clause):  # "Baros is uncertain whether he remains …"
        subj = named = subject(doc, i, text, m.start()) or resolve_possessive(
            doc, i, "his", ctx.actors, at=doc.sentences[i].start + m.start()
        )
    q = _clause_question(m.group(wh), clause, subj)
    if q and _PAST_UNKNOWN.search(m.group(0)):
        q = re.sub(r"^(\w+(?: \w+)?) would ", r"\1 will ", q)  # reported "had yet to decide how X would": still ahead
        q = re.sub(r"^Would ", "Will ", q)
    return (q, named, "uncertain") if q else None


_PAST_UNKNOWN = re.compile(r"\b(?:did\snot|didn[’']t|had)\s")


def _whether_unclear(doc, i, text, m, ctx) -> Result | None:
    subj = None
    if re.match(r"(?:he|she)\b", m.group("clause")):  # "“How she deals with it … is an open question”"
        subj = resolve_possessive(doc, i, "his", ctx.actors, at=doc.sentences[i].start)
    q = _clause_question(m.group("wh"), m.group("clause"), subj)
    return (q, None, "uncertain") if q else None


def _np_unclear(doc, i, text, m, ctx) -> Result | None:
    np, verb = m.group("np"), m.group("verb").lower()
    words = np.split()
    if len(words) < 2 or len(words) > 10 or any(w.lower() in {"who", "which", "that", "said", "and"} for w in words):
        return None
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
    return (q, subj, "no-comment") if q else None


def _no_comment(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start())
    if subj is None or not named_subject(subj, ctx.actors):
        return None  # "Some senators declined to comment": nobody to ask
    if _speaks_elsewhere(doc, i, subj, ctx.quotes):
        return None  # the article quotes them after all
    topic = m.group("topic") or m.group("topic2")
    if topic:
        topic = main_clause(topic)
        if re.match(r"(?:whether|if|how|why|what|who|when)\b", topic):
            return None
        if len(topic.split()) > 10:
            return None
        plural = " and " in subj or (subj[:1].islower() and subj.endswith("s"))
        return f"What {'do' if plural else 'does'} {lower_first(subj)} say about {lower_first(topic)}?", subj, "no-comment"
    if _SAYS_ANYWAY.search(text):
        return None  # "(X, who did not respond to a request for comment, has denied that …)"
    if " and " in subj or "'s " in subj or "’s " in subj or _CONCESSIVE.match(text):
        return None  # "What is Johnson's agency's response?", "Although X declined to comment, …" read wrong
    return f"What is {possessive(lower_first(subj), text)} response?", subj, "no-comment"


def _denial(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start())
    if subj is None:
        return None
    obj = m.group("obj").lower()
    rest = text[m.end():].strip()
    if obj.endswith("wrongdoing") or obj.endswith("wrong-doing"):
        return f"Did {lower_first(subj)} do anything wrong?", subj, "disputed"
    if obj == "that" or obj.endswith(" that"):
        q = yes_no(rest, subject=subj)
        return (q, subj, "disputed") if q else None
    that = re.match(r"that\s+(.+)", rest)
    if that:
        q = yes_no(that.group(1), subject=subj)
        return (q, subj, "disputed") if q else None
    if obj.endswith(" of"):  # "denied reports of a row with Benitez"
        np = main_clause(rest)
        if not 1 <= len(np.split()) <= 8:
            return None
        noun = obj.split()[-2]
        return f"{'Are' if noun.endswith('s') else 'Is'} the {noun} of {np} true?", subj, "disputed"
    noun = obj.split()[-1]
    be = "Are" if noun.endswith("s") else "Is"
    return f"{be} the {noun} against {lower_first(subj)} true?", subj, "disputed"


def _allegation(doc, i, text, m, ctx) -> Result | None:
    q = yes_no(m.group("clause"), subject=sentence_subject(text))
    return (q, m.group("source"), "disputed") if q else None


def _expected(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start())
    if subj is None and re.search(r"\bit\s*$", text[: m.start()]):
        subj = while_subject(text)
    if subj is None or _generic(subj):
        return None  # "A final salary scheme promises to pay …": a definition, not a pending event
    rel = _RELATIVE_BEFORE.search(text, 0, m.start())
    prev = text[: rel.start()].split()[-1:] if rel else []
    if rel and not (prev and prev[0].lower().strip(",") in _COMPLEMENT_TAKERS):
        return None  # "an agenda that he plans to roll out": the verb's object is the noun before "that"
    if text.lstrip().startswith(subj):
        subj = _positional_lower(subj, ctx.actors, doc.text)  # "Senior MPs are expected to" → "senior MPs"
    verb = m.group("verb")
    rest = main_clause(text[m.end("verb"):])
    if verb.lower() in {"be"} and not rest:
        return None
    rest = _PAST_COORD.split(rest)[0]
    if m.re is PLANS and _FINITE.search(rest):
        return None  # "U.S. plans to help rebuild Libya largely fell …": "plans" is a noun
    if verb.lower() in _REPORTING and re.search(r"\bthat\b", text[m.end("verb") + len(rest):]):
        return None  # "expected to announce on Wednesday, …, that …": the news is in the cut clause
    kind = "forward" if m.group("cue").lower() in {"likely", "unlikely"} else "pending"
    if m.group("cue").lower() == "unlikely" and re.search(r"\b(?:until|before)\b", rest):
        return None  # "unlikely to come until 2005" does not invert to a yes/no question
    return _finish(f"Will {lower_first(subj)} {verb} {rest}"), subj, kind


def _will_decide(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start())
    if subj is None:
        return None
    verb, link = m.group("verb"), m.group("link").lower()
    rest = main_clause(text[m.end():])
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
    head = text[said.end():start] if said else text[:start]
    if _NOUN_THAT.search(head) or _COUNTERFACTUAL.search(text, 0, start):
        return None  # "The idea that X could …": the that-clause is itself a subject
    if _SETTLED.search(text, 0, start):
        return None  # "the court ruled that …", "voters saw that Obama could win": found, or past, not open
    subj_text = subject(doc, i, head, len(head), resolve=False, context=text[: start - len(head)]) if head.strip() else None
    if subj_text is None or subj_text.lower() in {"it", "they", "we", "i", "you", "this", "that", "there", "he", "she"}:
        return None
    if head.lstrip().startswith(subj_text) and not said:
        subj_text = _positional_lower(subj_text, ctx.actors, doc.text)  # "Terrorists might …" → "terrorists"
    if _CONCESSIVE.match(text) and "," not in text[:start]:
        return None  # "While the GOP moderates may feel …, they …": conceded, not asked
    if _ZERO_RELATIVE.match(subj_text):
        return None  # "the most important step Clinton could take": a relative clause, not a subject
    first, _, rest = subj_text.partition(" ")
    initial = text.lstrip(" \"“‘'").startswith(subj_text)
    named_as = f"{first.lower()} {rest}" if initial and _positional(first, ctx.actors, doc.text) else subj_text
    attributed = said is not None and not re.search(r"\b(?:I|we|you|they|some|many)\s*$", text[: said.start()])
    if not named_subject(named_as, ctx.actors) and not _possessive_start(subj_text) and not (
        attributed and specific_subject(named_as)  # "Beith warned that the deletion of e-mails could …"
    ):
        return None  # "A single mother could be fired", "The move could mean": speculation about no one
    if re.search(r"\b(?:that|which)\s*$", text[: start - len(subj_text) - 1]) and not said:
        rest = main_clause(text[m.end():])
        if not rest:
            return None  # "touches that Mr. Biden might appreciate": the object is the noun before "that"
    tail = text[start:].strip()
    if re.match(r"[^,;:]*:", tail) and len(main_clause(tail).split()) < len(tail.split()) // 2:
        return None  # "could keep out Labour in three ways: …": the substance follows the colon
    q = yes_no(subj_text + " " + tail)
    if q and m.group(0).lower().startswith(("may", "might")):
        q = "Could" + q[q.index(" "):]
    return (q, subj_text, "forward") if q else None


def _said_will(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start())
    if subj is None or not named_subject(subj, ctx.actors) or _generic(subj):
        return None
    pro, rest = m.group("pro"), main_clause(m.group("rest"))
    if pro in {"he", "she"} and not person_subject(subj, ctx.actors):
        return None
    if pro == "it" and person_subject(subj, ctx.actors):
        return None
    if pro == "they" and not _binds("their", subj, ctx.actors):
        return None
    if m.group("aux") == "would" and re.search(r"\b(?:if|unless)\b", m.group("rest")):
        return None  # "says she would break up banks if …": a hypothetical, not a plan
    rest = _PAST_COORD.split(rest)[0]  # "would order a review and warned against …"
    if len(rest.split()) < 2:
        return None
    return _finish(f"Will {lower_first(subj)} {rest}"), subj, "pending"


def _weighing(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start())
    if subj is None or not named_subject(subj, ctx.actors):
        return None
    clause = text[m.end("wh"):].strip()
    q = _clause_question(m.group("wh"), clause, subj if re.match(r"(?:he|she|it|they)\b", clause) else None)
    return (q, subj, "pending") if q else None


def _no_guarantee(doc, i, text, m, ctx) -> Result | None:
    clause = m.group("clause")
    subj = None
    if re.match(r"(?:he|she)\b", clause):
        subj = resolve_possessive(doc, i, "his", ctx.actors, at=doc.sentences[i].start + m.start())
        if subj is None:
            return None
    q = yes_no(clause, subject=subj)
    return (q, subj, "uncertain") if q else None


def _predict(doc, i, text, m, ctx) -> Result | None:
    if _inside_quote(text, m.start()):
        return None
    q = yes_no(m.group("clause"))
    if q is None:
        return None
    subj = q.split(" ", 1)[1]
    hits = [(subj.find(n), a.name) for a in ctx.actors for n in (a.name, *a.aliases) if len(n) > 2 and 0 <= subj.find(n) < 60]
    if not hits:
        return None
    return q, min(hits)[1], "forward"


_SAYS_ANYWAY = re.compile(r"\b(?:has|have|had)\s(?:\w+\s)?(?:denied|said|insisted|maintained|rejected)\b")
_CONCESSIVE = re.compile(r"(?:But\s|And\s)?(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Ee]ven\sthough)\b")
_ZERO_RELATIVE = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ee]very|[Aa]ny)\s(?:[a-z][\w-]*\s)*(?!(?:of|in|for|at|from|on|with|to|and|by)\s)[a-z][\w-]*\s[A-Z][\w.’'-]*$")
_SETTLED = re.compile(
    r"\b(?:ruled|found|concluded|determined|saw|knew|realized|realised|showed|proved)\sthat\s"
)


def _positional(first: str, actors, text: str) -> bool:
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


def _positional_lower(subj: str, actors, text: str) -> str:
    """The subject with a position-only capital lowered, when the word is plausibly common: written in
    lower case elsewhere, or a plural ("Terrorists might …"); "Cooper and …" keeps its capital."""
    first, _, rest = subj.partition(" ")
    if not _positional(first, actors, text):
        return subj
    if not first.endswith("s") and not re.search(rf"\b{re.escape(first.lower())}\b", text):
        return subj
    return f"{first.lower()} {rest}".strip()


_REPORTING = frozenset("announce say confirm reveal report tell disclose show state declare".split())


def _generic(subj: str) -> bool:
    """'a final salary scheme', 'other groups', 'the coming months': a kind of thing, an unnamed
    set, or a time, not an actor."""
    first = subj.split()[0].lower()
    return first in {"a", "an", "any", "every", "each", "other", "others", "some", "many", "several", "such", "various",
                     "most", "much"} or time_subject(subj)


_PAST_COORD = re.compile(r"\s+and\s+(?=[a-z]+ed\b)")
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|fell|failed|stalled|collapsed|came|went|remained|became)\b")
_RELATIVE_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:he|she|it|they|we|[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})\s+(?:is\s|are\s)?$"
)
# Words before "that" which take a that-clause ("said that he plans to …"), unlike a noun ("an agenda that …").
_COMPLEMENT_TAKERS = frozenset(
    """said says say believes believe believed thinks think thought reported reports announced hopes hope hoped
    expects expect expected warned argued claimed insisted noted added suggested know knows knew clear likely
    possible sure confident signalled signaled indicated confirmed revealed means shows showed so""".split()
)


def _possessive_start(subj: str) -> bool:
    return subj.split()[0].lower() in {"his", "her", "its", "their"}


def _speaks_elsewhere(doc, i, subj: str, quotes) -> bool:
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


def _finish(text: str) -> str:
    return " ".join(main_clause(text).split()) + "?"


# (pattern, handler, tier, trigger words): a handler's regex runs only on sentences holding
# one of its trigger words, found by set intersection, which costs far less than running
# every regex over every sentence.
_UNCLEAR = ("unclear", "clear", "uncertain", "unknown", "known", "seen", "unsure")
_HANDLERS: tuple[tuple[re.Pattern, Callable[..., Result | None], int, tuple[str, ...]], ...] = (
    (QUESTION_ABOUT, _uncertain, 0, ("question", "questions", "doubt", "doubts", "debate", "uncertainty", "speculation")),
    (IT_UNCLEAR, _uncertain, 0, _UNCLEAR),
    (WHETHER_UNCLEAR, _whether_unclear, 0, _UNCLEAR + ("question",)),
    (NP_UNCLEAR, _np_unclear, 0, _UNCLEAR),
    (CANNOT_SAY, _cannot_say, 0, ("say", "specify", "disclose", "reveal", "confirm", "explain", "discuss", "question", "questions")),
    (DENIAL, _denial, 0, ("denied", "denies", "deny", "rejected", "rejects", "disputed", "disputes")),
    (ALLEGATION, _allegation, 0, ("accusation", "accusations", "allegation", "allegations")),
    (NO_COMMENT, _no_comment, 0, ("comment", "respond", "reply", "return", "reached")),
    (WILL_DECIDE, _will_decide, 1, ("decide", "rule", "vote", "determine")),
    (EXPECTED, _expected, 1, ("expected", "due", "set", "scheduled", "poised", "likely", "unlikely")),
    (PLANS, _expected, 1, ("plans", "intends", "aims", "vows", "promises", "threatens", "planning")),
    (NOT_KNOWN, _uncertain, 0, ("know", "decision", "decide", "determine", "announce")),
    (WEIGHING, _weighing, 1, ("trying", "weighing", "considering", "deciding", "debating", "studying", "examining",
                              "investigating")),
    (NO_GUARANTEE, _no_guarantee, 0, ("guarantee",)),
    (SAID_WILL, _said_will, 1, ("said", "says", "announced", "announces", "confirmed", "confirms", "insisted", "insists",
                                "promised", "promises", "pledged", "pledges", "vowed", "vows")),
    (FORWARD, _forward, 2, ("could", "may", "might", "likely", "probably")),
    (PREDICT, _predict, 2, ("predict", "predicts", "predicted", "forecast", "forecasts", "expect", "expects")),
)
_TRIGGER_OWNERS: dict[str, frozenset[int]] = {}
for _h, (_, _, _, _triggers) in enumerate(_HANDLERS):
    for _t in _triggers:
        _TRIGGER_OWNERS[_t] = _TRIGGER_OWNERS.get(_t, frozenset()) | {_h}
# A second word a handler needs besides its trigger: "said" alone is everywhere, "said … will" is not.
_ALSO_NEEDS: dict[int, frozenset[str]] = {
    next(k for k, row in enumerate(_HANDLERS) if row[0] is SAID_WILL): frozenset({"will", "would", "going"}),
}
for _words in _ALSO_NEEDS.values():
    for _t in _words:
        _TRIGGER_OWNERS.setdefault(_t, frozenset())
_TRIGGER_WORDS = frozenset(_TRIGGER_OWNERS)
_ANSWER_WORDS = frozenset("since later eventually end emerged turned ultimately".split())
# Punctuation → space, one character for one, so offsets into the lower-cased copy still hold.
_PUNCT = re.compile(r"[.,;:!?\"“”‘()\[\]—–-]")


def _hits(doc: Document, low: str) -> dict[int, set[int]]:
    """Sentence index → the handlers whose trigger words it holds."""
    todo: dict[int, set[int]] = {}
    for s in doc.sentences:
        words = _TRIGGER_WORDS.intersection(low[s.start:s.end].split())
        if words:
            owners = set().union(*(_TRIGGER_OWNERS[w] for w in words))
            for h, needs in _ALSO_NEEDS.items():
                if h in owners and needs.isdisjoint(words):
                    owners.discard(h)
            if owners:
                todo[s.index] = owners
    return todo


def _content(text: str) -> set[str]:
    return {w.lower() for w in _CONTENT.findall(text) if w.lower() not in _STOP}


def _answered(doc: Document, index: int, question: str, outcomes: list[int]) -> bool:
    """A later sentence reports an outcome ("has since", "later confirmed") on the same matter."""
    words = _content(question)
    for i in outcomes:
        if i > index and len(words & _content(doc.sentences[i].text)) >= min(3, max(1, len(words) // 2)):
            return True
    return False


_VP_ANAPHOR = re.compile(r"\b(?:do|doing|did|does)\s(?:so|that|this)\?")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our|you|your)\b")


def _inside_quote(text: str, at: int) -> bool:
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


def _well_formed(q: str) -> bool:
    words = q.split()
    if words[-1].rstrip("?").lower() in _DANGLING or _INNER_STOP.search(q):
        return False  # a clause cut short, or a second sentence run into the question
    if _VP_ANAPHOR.search(q):
        return False  # "Is it appropriate to do so?": what "so" stands for is in another clause
    if _FIRST_PERSON.search(q):
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


def _ground_pronouns(doc, index, at, text, subj, actors) -> tuple[str, str | None] | None:
    """The question with an unbound possessive resolved ("Could her aims …" → "Could Radcliffe's aims …"),
    or None when a pronoun is left that the question's own subject cannot bind: a reader of the
    question alone must know who it is about."""
    words = text.split()
    for k, w in enumerate(words[1:], 1):
        low = w.lower()
        if low not in _POSSESSIVE_WORDS or (k > 1 and _binds(low, subj, actors)):
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
    if " ".join(words[1:3]).lower() in _GENERIC_ORG and (subj is None or subj.lower().startswith("the ")):
        owner = resolve_possessive(doc, index, "its", actors, at=at)  # "the firm" → "Wal-Mart"
        if owner is None:
            return None
        words[1:3] = [owner]
        subj = owner
    text = " ".join(words)
    tokens = {w.lower() for w in _WORD.findall(text)}
    if tokens & _OBJECT or "it" in tokens:
        return None  # "Could MPs vote on it?", "Does it provide …?": what "it" is, the question alone cannot say
    binder = subj or " ".join(words[1:4])  # no subject given: the question's own first words
    if (tokens & _GENDERED and not _binds("his", binder, actors)) or (tokens & _PLURAL and not _binds("their", binder, actors)):
        return None  # "Could Muslim-American judges be biased against him?", "… people they like?"
    return text, subj


_GENERIC_ORG = frozenset({"the firm", "the company", "the group", "the bank", "the retailer", "the airline"})


def _repeats(text: str, found) -> bool:
    """A near-copy of a question already kept (the same claim restated later in the article)."""
    words = _content(text)
    for _, _, q in found:
        other = _content(q.text)
        if words and other and len(words & other) >= 0.7 * min(len(words), len(other)):
            return True
    return False


def _binds(pronoun: str, subj: str | None, actors) -> bool:
    """Whether the question's subject can be what a later pronoun refers to."""
    if not subj or pronoun == "its":
        return bool(subj) or pronoun == "its"
    if pronoun in _GENDERED:
        return person_subject(subj, actors)
    words = subj.split()
    return " and " in subj or any(w.endswith("s") and not w.endswith(("'s", "’s")) or w.lower() in _COLLECTIVE for w in words)


_POSSESSIVE_WORDS = frozenset("his her its their".split())
_COLLECTIVE = frozenset("campaign party government administration team club committee board police public".split())


def extract_questions(doc: Document, actors: Sequence[Actor], quotes: Sequence[Quote]) -> tuple[Question, ...]:
    low = _PUNCT.sub(" ", doc.text.lower())
    todo = _hits(doc, low)
    if not todo:
        return ()
    headline = title_line(doc)
    outcomes: list[int] | None = None  # sentences reporting an outcome, found on first need
    found: list[tuple[int, int, Question]] = []
    seen: set[str] = set()
    per_tier = [0, 0, 0]
    ctx = _Context(actors, quotes)
    for index in sorted(todo):
        s = doc.sentences[index]
        if headline is not None and s.start < headline.end:
            continue
        for h in sorted(todo[index]):
            pattern, handler, tier, _ = _HANDLERS[h]
            m = pattern.search(s.text)
            if m is None or ((tier or pattern is NOT_KNOWN) and _inside_quote(s.text, m.start())):
                continue
            result = handler(doc, s.index, s.text, m, ctx)
            if result is None:
                continue
            text, subject, kind = result
            resolved = _ground_pronouns(doc, s.index, s.start + m.start(), text, subject, actors)
            if resolved is None:
                continue
            text, subject = resolved
            if not _well_formed(text) or text.lower() in seen or _repeats(text, found):
                continue
            if outcomes is None:
                outcomes = [
                    t.index for t in doc.sentences
                    if not _ANSWER_WORDS.isdisjoint(low[t.start:t.end].split()) and ANSWERED.search(t.text)
                ]
            if _answered(doc, s.index, text, outcomes):
                continue
            if per_tier[tier] >= _TIER_CAP[tier]:
                continue
            per_tier[tier] += 1
            seen.add(text.lower())
            found.append((tier, s.index, Question(text, s.start, s.end, s.index, about(text, subject, actors), kind)))
            break
    found.sort(key=lambda t: (t[0], t[1]))
    return tuple(q for _, _, q in sorted(found[:MAX_QUESTIONS], key=lambda t: t[1]))
