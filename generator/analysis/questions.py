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
from typing import Callable, Sequence

from ..model import Actor, Question, Quote
from .document import Document
from .interrogative import lower_first, main_clause, wh_question, yes_no
from .question_cues import (
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
)
from .question_subjects import about, possessive, sentence_subject, subject, while_subject
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
_HISTORICAL = re.compile(r"\b(?:when|after|before|until|while)\s+it\s+(?:was|remained)\b")
_COUNTERFACTUAL = re.compile(r"\b(?:would|might|could|should)\shave\s")
_NOUN_THAT = re.compile(r"^(?:The|A|An)\s+\w+\s+that\s")


# --- cue handlers: (doc, sentence index, sentence text, match) -> (question, about, kind) | None ---

Result = tuple[str, str | None, str]


def _clause_question(word: str, clause: str, subject: str | None = None) -> str | None:
    word = word.lower()
    if word in {"whether", "if", "that"}:
        if re.match(r"(?:or not\s+)?to\s", clause):
            return None
        clause = re.sub(r"^or not\s+", "", clause)
        clause = re.sub(r"\s+or not\b", "", clause)
        return yes_no(clause, subject=subject)
    return wh_question(word, clause, subject=subject)


def _uncertain(doc, i, text, m) -> Result | None:
    if _HISTORICAL.search(text, 0, m.end()):
        return None  # "after that election, when it was unclear who would win": settled since
    q = _clause_question(m.group("wh"), text[m.end("wh"):].strip(), while_subject(text) or sentence_subject(text))
    return (q, None, "uncertain") if q else None


def _whether_unclear(doc, i, text, m) -> Result | None:
    q = _clause_question(m.group("wh"), m.group("clause"))
    return (q, None, "uncertain") if q else None


def _np_unclear(doc, i, text, m) -> Result | None:
    np, verb = m.group("np"), m.group("verb").lower()
    words = np.split()
    if len(words) < 2 or len(words) > 10 or any(w.lower() in {"who", "which", "that", "said", "and"} for w in words):
        return None
    plural = verb in {"remain", "are", "were"}
    past = verb in {"remained", "was", "were"}
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    return f"What {be} {lower_first(np)}?", None, "uncertain"


def _cannot_say(doc, i, text, m) -> Result | None:
    subj = subject(doc, i, text, m.start())
    clause = text[m.end("wh"):].strip()
    wh = m.group("wh")
    pronoun = re.match(r"(he|she|it|they)\b", clause)
    if subj is None:
        return None
    q = _clause_question(wh, clause, subject=subj if pronoun else None)
    return (q, subj, "no-comment") if q else None


def _no_comment(doc, i, text, m) -> Result | None:
    subj = subject(doc, i, text, m.start())
    if subj is None:
        return None
    topic = m.group("topic") or m.group("topic2")
    if topic:
        topic = main_clause(topic)
        if re.match(r"(?:whether|if|how|why|what|who|when)\b", topic):
            return None
        if len(topic.split()) > 10:
            return None
        plural = " and " in subj or (subj[:1].islower() and subj.endswith("s"))
        return f"What {'do' if plural else 'does'} {lower_first(subj)} say about {lower_first(topic)}?", subj, "no-comment"
    return f"What is {possessive(lower_first(subj), text)} response?", subj, "no-comment"


def _denial(doc, i, text, m) -> Result | None:
    subj = subject(doc, i, text, m.start())
    if subj is None:
        return None
    obj = m.group("obj").lower()
    rest = text[m.end():].strip()
    if obj.endswith("wrongdoing") or obj.endswith("wrong-doing"):
        return f"Did {lower_first(subj)} do anything wrong?", subj, "disputed"
    if obj == "that":
        q = yes_no(rest, subject=subj)
        return (q, subj, "disputed") if q else None
    that = re.match(r"that\s+(.+)", rest)
    if that:
        q = yes_no(that.group(1), subject=subj)
        return (q, subj, "disputed") if q else None
    noun = obj.split()[-1]
    be = "Are" if noun.endswith("s") else "Is"
    return f"{be} the {noun} against {lower_first(subj)} true?", subj, "disputed"


def _allegation(doc, i, text, m) -> Result | None:
    q = yes_no(m.group("clause"), subject=sentence_subject(text))
    return (q, m.group("source"), "disputed") if q else None


def _expected(doc, i, text, m) -> Result | None:
    subj = subject(doc, i, text, m.start())
    if subj is None and re.search(r"\bit\s*$", text[: m.start()]):
        subj = while_subject(text)
    if subj is None:
        return None
    verb = m.group("verb")
    rest = main_clause(text[m.end("verb"):])
    if verb.lower() in {"be"} and not rest:
        return None
    kind = "forward" if m.group("cue").lower() in {"likely", "unlikely"} else "pending"
    if m.group("cue").lower() == "unlikely" and re.search(r"\b(?:until|before)\b", rest):
        return None  # "unlikely to come until 2005" does not invert to a yes/no question
    return _finish(f"Will {lower_first(subj)} {verb} {rest}"), subj, kind


def _will_decide(doc, i, text, m) -> Result | None:
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


def _forward(doc, i, text, m) -> Result | None:
    start = m.start()
    said = None
    for said in SAID_THAT.finditer(text, 0, start):
        pass
    head = text[said.end():start] if said else text[:start]
    if _NOUN_THAT.search(head) or _COUNTERFACTUAL.search(text, 0, start):
        return None  # "The idea that X could …": the that-clause is itself a subject
    subj_text = subject(doc, i, head, len(head), resolve=False, context=text[: start - len(head)]) if head.strip() else None
    if subj_text is None or subj_text.lower() in {"it", "they", "we", "i", "you", "this", "that", "there", "he", "she"}:
        return None
    if re.search(r"\b(?:that|which)\s*$", text[: start - len(subj_text) - 1]) and not said:
        rest = main_clause(text[m.end():])
        if not rest:
            return None  # "touches that Mr. Biden might appreciate": the object is the noun before "that"
    q = yes_no(subj_text + " " + text[start:].strip())
    if q and m.group(0).lower().startswith(("may", "might")):
        q = "Could" + q[q.index(" "):]
    return (q, subj_text, "forward") if q else None


def _finish(text: str) -> str:
    return " ".join(main_clause(text).split()) + "?"


# (pattern, handler, tier, trigger words): a handler's regex runs only on sentences holding
# one of its trigger words, found by set intersection, which costs far less than running
# every regex over every sentence.
_UNCLEAR = ("unclear", "clear", "uncertain", "unknown", "known", "seen", "unsure")
_HANDLERS: tuple[tuple[re.Pattern, Callable[..., Result | None], int, tuple[str, ...]], ...] = (
    (QUESTION_ABOUT, _uncertain, 0, ("question", "questions")),
    (IT_UNCLEAR, _uncertain, 0, _UNCLEAR),
    (WHETHER_UNCLEAR, _whether_unclear, 0, _UNCLEAR + ("question",)),
    (NP_UNCLEAR, _np_unclear, 0, _UNCLEAR),
    (CANNOT_SAY, _cannot_say, 0, ("say", "specify", "disclose", "reveal", "confirm", "explain")),
    (DENIAL, _denial, 0, ("denied", "denies", "deny", "rejected", "rejects", "disputed", "disputes")),
    (ALLEGATION, _allegation, 0, ("accusation", "accusations", "allegation", "allegations")),
    (NO_COMMENT, _no_comment, 0, ("comment", "respond", "reply", "return", "reached")),
    (WILL_DECIDE, _will_decide, 1, ("decide", "rule", "vote", "determine")),
    (EXPECTED, _expected, 1, ("expected", "due", "set", "scheduled", "poised", "likely", "unlikely")),
    (PLANS, _expected, 1, ("plans", "intends", "aims", "vows", "promises", "threatens", "planning")),
    (FORWARD, _forward, 2, ("could", "may", "might", "likely", "probably")),
)
_TRIGGER_OWNERS: dict[str, frozenset[int]] = {}
for _h, (_, _, _, _triggers) in enumerate(_HANDLERS):
    for _t in _triggers:
        _TRIGGER_OWNERS[_t] = _TRIGGER_OWNERS.get(_t, frozenset()) | {_h}
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
            todo[s.index] = set().union(*(_TRIGGER_OWNERS[w] for w in words))
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
    if _FIRST_PERSON.search(q):
        return False  # "could no one relate to me?": a speaker's words, not the article's question
    if not 4 <= len(words) <= _MAX_WORDS or not q.endswith("?") or "??" in q:
        return False
    for a, b in (("(", ")"), ("“", "”"), ("[", "]")):
        if q.count(a) != q.count(b):
            return False
    return q.count('"') % 2 == 0


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
    for index in sorted(todo):
        s = doc.sentences[index]
        if headline is not None and s.start < headline.end:
            continue
        for h in sorted(todo[index]):
            pattern, handler, tier, _ = _HANDLERS[h]
            m = pattern.search(s.text)
            if m is None or (tier and _inside_quote(s.text, m.start())):
                continue
            result = handler(doc, s.index, s.text, m)
            if result is None:
                continue
            text, subject, kind = result
            if not _well_formed(text) or text.lower() in seen:
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
