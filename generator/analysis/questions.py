"""Open questions the article leaves unresolved.

Each question comes from one cue in one sentence and is made by transforming the clause the
cue governs into a question (subject–auxiliary inversion, see ``interrogative``), never by
wrapping the sentence in a template. The cue families follow the hedging and attribution
literature used in news analysis: hedges and uncertainty markers (Hyland, *Hedging in
Scientific Research Articles*, 1998; the CoNLL-2010 shared task on uncertainty cues), denials
of a reported claim (PARC/PolNeAR attribution relations), pending decisions and
expectations, and the "did not respond to a request for comment" convention of news writing.

Precision is preferred to recall: a cue whose clause cannot be turned into a grammatical
question with a clear subject yields nothing. Cue patterns live in ``question_cues``, the table of
cues in ``question_handlers``, one handler per cue family in ``question_doubt`` (hedges, refusals,
denials) and ``question_plans`` (expectations, decisions, prospects), shared clause helpers in
``question_clauses``, subject finding in ``question_subjects``, possessive resolution in
``question_pronouns``, who or what a question is about in ``question_about``, the checks every question passes (who or what it is about, well-formed,
not a repeat) in ``question_checks``, references the question alone cannot resolve ("this",
"the move") in ``question_references``, descriptions named from the article ("the chancellor" →
"Chancellor Gordon Brown"; "the double-Olympic champion" → the one person named before it, round 5) in ``question_naming``, the checks on a "could"/"expected" prospect (someone's
claim, a dismissed or fixed prospect, a cut condition; the condition a "could … if" asks instead) in
``question_prospects``, clause inversion in ``interrogative``, and wording only its sentence explains (a
dangling "also", a metaphor, a vague verb, a family name for a person, a legal step with no object, a hedge
about the present, an essay question), status-quo forecasts, macro forecasts outside an economic story, the
present tense of reported plans and the teaser lines before an abstract in ``question_wording``; what a
question needs to stand alone (no "other <noun>", copied pluperfect, bare weekday or unnamed award; a surname
spelt out with the article's full name and title; "this merger" named) and whether a "could" is open (not one
option of several, a judgement, or a formality) in ``question_standalone`` (review 9). Round 6 (review 13's
recall notes): an aside (", including X,") no longer cuts a clause, "the seventh actor to V" defines itself, a
trailing "and V it …" is cut, and a "his"/"her" binds to the one person a sentence names.

Two independent reviews set the bar a question must clear: it names who or what it is about
(``about`` is a name, not a description), holds no unresolved reference, and is genuinely open: a
plan or schedule stated as fact, or an outcome the headline or lede already reports, is not.
A third review added: every "the <common noun>" is named or defined in the question ("the firms",
"the Germans" are not), and "Could X …?" rewrites, the weakest kind, come at most twice, after the
others. A fifth review added: a question must be understandable without its sentence, and a "likely to"
forecast must name something that could settle it (a figure, a date, a named period). A seventh review
added: an owner with a generic head ("Clinton's unusual arrangement", "the ExxonMobil scheme") is no name,
a "could … if" the sentence asserts is answered by it (its condition is what is open), and a background
forecast ("South Korea's economy is expected to grow") is not the story's open issue.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Actor, Question, Quote
from .document import Document
from .question_about import about
from .question_checks import content_words, ground_pronouns, inside_quote, positional_capital, repeats, well_formed
from .question_cues import ANSWERED, HEDGED, NOT_KNOWN
from .question_handlers import ALSO_NEEDS, HANDLERS, TRIGGER_OWNERS, TRIGGER_WORDS, Context
from .question_naming import keep_article, name_bill, name_institution
from .question_references import (
    DEMONYM_ADJECTIVES,
    resolve_demonstratives,
    unnamed_reference,
    unresolved_definite,
    vague_possessive,
)
from .question_prospects import condition_question, will_for_could
from .question_standalone import full_names, loses_context, name_merger, not_open_prospect
from .question_wording import background_forecast, body_start, context_bound
from .title import title_line

MAX_QUESTIONS = 5
_TIER_CAP = (MAX_QUESTIONS, 3, 2)  # hedges/denials, pending decisions, other forward-looking clauses
_MAX_FORWARD = 2  # review 3: "Could X …?" rewrites are the weakest kind; at most two, ranked last
_OWN_NAME = re.compile(r"([A-Z][a-z]+)\s[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?\b(?!['’])")
_TITLES = frozenset("The Mr Mrs Ms Dr Sen Senator President Governor Gov Rep Sir Lord Lady Prime Chancellor".split())
_ANSWER_WORDS = frozenset("since later eventually end emerged turned ultimately".split())
# Punctuation → space, one character for one, so offsets into the lower-cased copy still hold.
_NEEDY = frozenset(ALSO_NEEDS)
_PUNCT = re.compile(r"[.,;:!?\"“”‘()\[\]—–-]")


def _hits(doc: Document, low: str) -> dict[int, set[int]]:
    """Sentence index → the handlers whose trigger words (and needed words) it holds."""
    todo: dict[int, set[int]] = {}
    for s in doc.sentences:
        tokens = low[s.start:s.end].split()
        words = TRIGGER_WORDS.intersection(tokens)
        if words:
            owners = set().union(*(TRIGGER_OWNERS[w] for w in words))
            for h in _NEEDY.intersection(owners):
                if any(n.isdisjoint(tokens) for n in ALSO_NEEDS[h]):
                    owners.discard(h)
            if owners:
                todo[s.index] = owners
    return todo


def _answered(doc: Document, index: int, question: str, outcomes: list[int]) -> bool:
    """A later sentence reports an outcome ("has since", "later confirmed") on the same matter."""
    words = content_words(question)
    for i in outcomes:
        if i > index and len(words & content_words(doc.sentences[i].text)) >= min(3, max(1, len(words) // 2)):
            return True
    return False


def _settled(doc: Document, index: int, question: str, subject: str | None, headline) -> bool:
    """A pending matter the headline or lede states as done or decided ("PBS edits …"): not open.
    The question's own sentence is skipped, and a hedged headline ("could", "expected") is no answer."""
    lede = [headline.text] if headline is not None else []
    first = next((t for t in doc.sentences if headline is None or t.start >= headline.end), None)
    if first is not None and first.index != index:
        lede.append(first.text)
    words = content_words(question.split(" ", 1)[-1]) - content_words(subject or "")
    for line in lede:
        if not HEDGED.search(line) and len(words & content_words(line)) >= 2:
            return True
    return False


def _lead(doc: Document, headline) -> str:
    """The headline and the first body sentence: what the story is about."""
    first = next((t.text for t in doc.sentences if headline is None or t.start >= headline.end), "")
    return (headline.text + " " if headline is not None else "") + first


def extract_questions(doc: Document, actors: Sequence[Actor], quotes: Sequence[Quote]) -> tuple[Question, ...]:
    low = _PUNCT.sub(" ", doc.text.lower())
    todo = _hits(doc, low)
    if not todo:
        return ()
    headline = title_line(doc)
    body = body_start(doc) if "TEXT" in doc.text else 0  # a subtitle before "ABSTRACT." is a teaser
    outcomes: list[int] | None = None  # sentences reporting an outcome, found on first need
    found: list[tuple[int, int, Question]] = []
    seen: set[str] = set()
    per_tier = [0, 0, 0]
    forward = 0
    ctx = Context(actors, quotes)
    for index in sorted(todo):
        s = doc.sentences[index]
        if headline is not None and s.start < headline.end or s.start < body:
            continue
        for h in sorted(todo[index]):
            pattern, handler, tier, _ = HANDLERS[h]
            m = pattern.search(s.text)
            if m is None or ((tier or pattern is NOT_KNOWN) and inside_quote(s.text, m.start())):
                continue
            result = handler(doc, s.index, s.text, m, ctx)
            if result is None:
                continue
            text, subject, kind = result
            if kind == "forward":
                asked = condition_question(text)  # "Could X … if he fails to win Y?" asks "Will X win Y?"
                if asked is None:
                    continue
                text, subject = asked[0], asked[1] or subject
            event = kind == "forward" and will_for_could(text, subject) != text  # asked with "Will" once checked
            resolved = ground_pronouns(doc, s.index, s.start + m.start(), text, subject, actors)
            if resolved is None:
                continue
            text, subject = resolved
            text = resolve_demonstratives(doc, s.index, s.start + m.start(), name_merger(doc, s.index, text), actors)
            if text is None:
                continue  # "Will this shift those polls?": what "this" is, the question alone cannot say
            text, subject = name_institution(text, subject, doc.text)
            text, subject = name_bill(text, subject, doc.text)
            if unresolved_definite(text) or unnamed_reference(text) or vague_possessive(text):
                continue  # "When would the move take place?", "Could the Germans raise their bid?"
            if context_bound(text, actors):
                continue  # "Could Turkey also help …?", "Will the Fed act …?": the sentence says what it means
            if loses_context(text) or kind in {"forward", "pending"} and not_open_prospect(doc, s.index, text):
                continue  # "What other techniques …?", "… on Tuesday?"; "Could the NSA …?" as one option of several
            text = keep_article(text, subject, doc.text)
            named = about(text, subject, actors)
            own = _OWN_NAME.match(subject or "")
            if own and named and own.group(1) not in named and own.group(1) not in _TITLES:
                named = own.group(0)  # "Ivanka Trump" is not Donald Trump, whom the actor list matched
            lead = text.split()[1] if len(text.split()) > 1 else ""
            if named and lead in DEMONYM_ADJECTIVES and not named.startswith(lead) and named not in " ".join(text.split()[2:5]):
                continue  # "Have Chinese interests hacked into U.S. computers?" is not about the U.S.
                # ("Is Italian airline Alitalia …?" is about Alitalia)
            if (
                named and named == subject and len(named.split()) > 1 and named.endswith("s") and s.text.startswith(named)
                and positional_capital(named.split()[0], actors, doc.text)
            ):
                continue  # "Senior MPs": a description capitalised by its place in the sentence, not a name
            if named is None or named[:1].islower() or named in DEMONYM_ADJECTIVES:
                continue  # about no one, or only a description ("the voting", "voters")
            if kind == "pending" and _settled(doc, s.index, text, subject, headline):
                continue
            if kind in {"pending", "forward"} and background_forecast(text, _lead(doc, headline)):
                continue  # "Will South Korea's economy grow by 4.5%?" in a bank-takeover story
            if not well_formed(text) or text.lower() in seen or repeats(text, found, named):
                continue
            if outcomes is None:
                outcomes = [
                    t.index for t in doc.sentences
                    if not _ANSWER_WORDS.isdisjoint(low[t.start:t.end].split()) and ANSWERED.search(t.text)
                ]
            if _answered(doc, s.index, text, outcomes):
                continue
            if per_tier[tier] >= _TIER_CAP[tier] or (kind == "forward" and forward >= _MAX_FORWARD):
                continue
            renamed = full_names(text, actors)  # "Shuster's district" → "Representative Bill Shuster's district"
            if renamed is None:
                continue  # "Is Mr Smith …?": who Mr Smith is, the article never says
            text = renamed if well_formed(renamed) else text
            if event and text.startswith(("Could ", "May ", "Might ")):
                text = "Will " + text.split(" ", 1)[1]
            per_tier[tier] += 1
            forward += kind == "forward"
            seen.add(text.lower())
            found.append((tier, s.index, Question(text, s.start, s.end, s.index, named, kind)))
            break
    found.sort(key=lambda t: (t[2].kind == "forward", t[0], t[1]))
    return tuple(q for _, _, q in found[:MAX_QUESTIONS])
