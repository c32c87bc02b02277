"""Open questions the article leaves unresolved: overgenerate, then rank.

The stages are the modules: ``cues`` (what in a sentence may raise a question), ``patterns``
(the registry: one record per kind of question, its cue, its builder and weight), ``wording``,
``forecasts`` (with ``forecast_kinds``: which forecasts and plans are worth asking), ``events`` (pending events), ``clauses`` (whether-clauses, withheld details) and
``speakers`` (a quoted speaker's own plans), ``reactions`` (an answer awaited from the actor
criticised or accused; an effort's intended effect) (the builders, by subject–auxiliary inversion in
``inversion``), ``references`` (pronouns and
generic descriptions → names), ``repair`` (a worded question's references named from the article
before it is judged; ``phrasing`` and ``full_names``: last touches that change no meaning), ``candidates`` (named penalties, and the few reasons to drop
one outright; ``framing``: how a question frames what it asks), ``ranking`` (the best few, never two on one point). ``explain`` lists, per
article, every candidate with its score and why it was dropped or kept.
"""
from __future__ import annotations

import re
from typing import Sequence

from ...model import Actor, Question, Quote, Sentence
from ..actors.clubs import POSTS
from ..document import Document, archive_labels
from ..title import title_line
from . import cues
from .candidates import SOURCED_TAIL, Candidate, Later, answered, content_words, judge
from .patterns import cued, words_of
from .ranking import MAX_QUESTIONS, rank
from .forecasts import DANGLING_OBJECT_NOTE, dangling_object
from .full_names import full_names_inside, full_subject
from .phrasing import ceiling_reached, neutral
from .references import References
from .repair import repaired
from .settled import Settled
from .wording import Context, Draft

__all__ = ["extract_questions", "explain", "funnel", "MAX_QUESTIONS"]

# Single quote marks around quoted words ("‘hitting deep …’"), not apostrophes ("Putin’s"): a question
# that keeps part of a quotation keeps its words, not its marks.
# (the mark first, as one class the engine skips to, the letter or space before it tested after it)
_QUOTE_MARKS = re.compile(r"[‘’'](?:(?<=‘)|(?<=[a-rt-z]’)(?=[\s?,.]|$)|(?<=\s')(?!s\b)|(?<=[a-rt-z]')(?=\?))")
_FUNDING = re.compile(r"\b(?:fund(?:ed|ing|s)?|paid\sfor|pay\sfor|financ\w+|borrow\w*|taxes|tax\srise|budget)\b", re.I)


# Where a long question may end without losing its point: before a trailing adjunct ("… with …",
# "… while …", "… in order to …"), never inside the verb phrase's object (at least 8 words kept).
_ADJUNCT = re.compile(r"(?<!\swell)\s(?:with|while|as(?!\swell)|after|before|despite|amid|including|following|because|since|in\sorder\sto|so\sthat|rather\sthan|through|via|by\s(?:[a-z]+ing))\s")
_LONG = 16
# Verbs whose "as …" is their complement, not an adjunct: "use X as a springboard", "see X as", "name X as captain"
# (labelled tuning candidate judged clipped: "Will Austin Healey use Sunday's clash with Wasps?").
_AS_COMPLEMENT = re.compile(r"\b(?:use|see|regard|treat|view|name|appoint|install|confirm|elect|re-elect|choose|pick|select|replace|describe|brand|hail|serve|act)\s")


def _shorter(q: str) -> str:
    """A question of more than ``_LONG`` words cut at its last adjunct that leaves 8 or more words."""
    if ", as " in q and (tail := SOURCED_TAIL.search(q)):  # "…, as Datamonitor predicts?": cut what comes before its source
        return _shorter(q[:tail.start()] + "?")[:-1] + q[tail.start():]
    if len(q.split()) <= _LONG:
        return q
    body = q[:-1]
    for m in reversed(list(_ADJUNCT.finditer(body))):
        kept = body[:m.start()]
        if m.group(0) == " as " and _AS_COMPLEMENT.search(kept):
            return q  # "use Sunday's clash as a springboard to an England recall": any cut before it loses the purpose
        if 8 <= len(kept.split()) <= _LONG and not kept.rstrip().endswith(","):
            return kept + "?"
    return q


def _mended_quotes(q: str) -> str:
    """A question that kept one of a quotation's marks but not the other loses both: the words stay."""
    if q.count("“") != q.count("”") or q.count('"') % 2:
        return re.sub(r'["“”]', "", q)
    return q


_THE_NAME = re.compile(r"the(?<=\sthe)\s(?=[A-Z])")  # (opens on its literal, found in C; the space looked behind)


def _lower_word_before(text: str, at: int) -> bool:
    before = text[max(0, at - 20):at].split()
    return bool(before) and before[-1].rstrip(",").isalpha() and before[-1].islower()


def _titled(text: str, q: str) -> str:
    """``q`` with 'the' written 'The' before a name whose article the text capitalises inside a sentence: a work's title
    ("the Oscar-nominated film The Chorus" → "Will The Chorus win …?", not "the Chorus"; a paper's, "The Times")."""
    for m in reversed(list(_THE_NAME.finditer(q))):
        name = " The " + q[m.end():].split(" ", 1)[0].rstrip("?,").removesuffix("’s").removesuffix("'s")
        at = text.find(name)
        while at > 0 and not (_lower_word_before(text, at) and not text[at + len(name):at + len(name) + 1].isalpha()):
            at = text.find(name, at + 1)  # not a sentence's start, nor a headline's "At The GOP Debate"
        if at > 0:
            q = q[:m.start()] + "The" + q[m.start() + 3:]
    return q


# A title carried over without the body it heads: "part of boss Rafa Benitez's plans" (a labelled tuning candidate judged
# vague: Liverpool unnamed) takes the body its sentence names for another's title ("Liverpool forward Milan Baros").
_BARE_TITLE = re.compile(r"(\s(?:of|to|by|for|with|from|at|on)\s)(?P<title>boss|coach|manager|chairman|captain|skipper)\s(?=[A-Z][\w’'-]+\s[A-Z])")
_TITLED = re.compile(r"(?:^|\s)(?P<body>[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){0,2})\s(?:%s)\s[A-Z]" % "|".join(sorted(POSTS | {"player", "coach"})))


def _titled_body(ctx: Context, sentence: str, q: str) -> str:
    """``q`` with a bare title ("boss Rafa Benitez") given the body its sentence names ("Liverpool boss Rafa Benitez"):
    the club or body that ends the capitalised words before another's title, not a sentence's first words nor a
    country ("Former England captain")."""
    bare = _BARE_TITLE.search(q)
    found = _TITLED.search(sentence) if bare else None
    if found is None:
        return q
    words = found.group("body").split()
    body = next((" ".join(words[i:]) for i in range(len(words)) if ctx.refs.kind_of(" ".join(words[i:])) == "organization"), None)
    if body is None or body in q:
        return q
    return q[:bare.start("title")] + body + " " + q[bare.start("title"):]


def _repair(ctx: Context, s: Sentence, d: Draft) -> None:
    """The draft with its references named (``repair``), without the builder's penalty for a reference it named."""
    named, about, notes = repaired(ctx, s, d.text, d.about)
    if notes:
        kept = [p for p in d.penalties if not (p[0] == DANGLING_OBJECT_NOTE and not dangling_object(named))]
        d.text, d.about, d.penalties = named, about, kept + notes


def _body(doc: Document) -> tuple[list[Sentence], str]:
    """The sentences a question may come from (not the headline, nor a teaser before 'ABSTRACT.'),
    and the lead: headline and first body sentence, what the story is about."""
    headline = title_line(doc)
    begin = headline.end if headline is not None else 0
    begin = max([begin, *archive_labels(doc).values()])  # the full text after an archive copy's abstract
    body = [s for s in doc.sentences if s.start >= begin]
    head = body[:12]
    if sum(s.text[:1].islower() for s in head) * 2 > len(head):
        return [], ""  # lower-cased, tokenised text (CNN/DailyMail): names cannot be told from words
    lead = (headline.text + " " if headline else "") + " ".join(s.text for s in body[:2])
    return body, lead


def _whole_article_holds(name: str, doc: Document, s: Sentence) -> str | None:
    """Why a pattern that needs the whole article does not hold, or None."""
    if name == "unfunded-plan" and _FUNDING.search(doc.text):
        return "the article speaks of funding"
    if name == "unsourced-figure":
        near = " ".join(t.text for t in doc.sentences[max(0, s.index - 1): s.index + 2])
        if cues.SOURCED.search(near):
            return "a source is named next to the figure"
    return None


# What the article reports elsewhere may answer a question, or another matter like it: a penalty, not a drop.
_REPORTED_COST = 2.0


def _reported_elsewhere(settled: Settled, c: Candidate) -> list[tuple[str, float]]:
    """Penalties for an answer the article reports in another sentence: a verdict that cleared the one a question asks
    will be convicted."""
    if " convicted" in c.text and (i := settled.cleared(c.text, c.about, c.sentence.index)) is not None:
        return [(f"sentence {i + 1} reports {c.about} cleared", _REPORTED_COST)]
    return []


def candidates(doc: Document, actors: Sequence[Actor], quotes: Sequence[Quote] = ()) -> tuple[list[Candidate], int]:
    """Every candidate question, judged; and how many body sentences hold a cue."""
    body, lead_text = _body(doc)
    if not body:
        return [], 0
    names = frozenset(" ".join(n for a in actors for n in (a.name, *a.aliases)).split())
    people = frozenset(" ".join(n for a in actors if a.kind == "person" for n in (a.name, *a.aliases)).split())
    quoted = [(q.start, q.end, q.speaker) for q in quotes]
    ctx = Context(doc.text, names, doc.sentences, References(actors, lead_text, doc.text, quoted), tuple(quotes))
    lead = content_words(lead_text)
    found: list[Candidate] = []
    n_cued = 0
    words = words_of(doc.text)
    later = Later(doc.sentences, words)
    settled = Settled(doc.sentences, actors)
    for s in body:
        position = (s.index - body[0].index) / max(1, len(body))
        any_cue = False
        for p in cued(words[s.start:s.end]):
            for m in p.cue.finditer(s.text):
                any_cue = True
                for d in p.build(ctx, s, m):
                    d.text = _mended_quotes(_shorter(_QUOTE_MARKS.sub("", d.text)))
                    if d.dropped is None:
                        _repair(ctx, s, d)
                        d.text = _titled(ctx.text, d.text) if " the " in d.text else d.text
                        d.text = neutral(ceiling_reached(_titled_body(ctx, s.text, d.text)))
                    c = Candidate(d.text, p.name, p.kind, s, d.about, p.weight, list(d.penalties), d.dropped)
                    if p.whole_article and c.dropped is None:
                        c.dropped = _whole_article_holds(p.name, doc, s)
                    if c.dropped is None:
                        c.penalties.extend(_reported_elsewhere(settled, c))
                        closed = settled.inquiry_closed() if p.name == "inquiry-finding" else None
                        judge(c, lead, position, people, closed)
                    if c.dropped is None and (later_index := answered(c, later)) is not None:
                        c.dropped = f"answered by sentence {later_index + 1}"
                    if c.dropped is None and (done_index := settled.answer(c.text, c.about, s.index)) is not None:
                        c.dropped = f"settled by sentence {done_index + 1}"
                    if c.dropped is None:
                        full_subject(ctx, c)  # after judging: a first name is no new word of the story's to score
                        full_names_inside(ctx, c)
                    found.append(c)
        n_cued += any_cue
    return found, n_cued


def extract_questions(doc: Document, actors: Sequence[Actor], quotes: Sequence[Quote] = ()) -> tuple[Question, ...]:
    found, _ = candidates(doc, actors, quotes)
    return tuple(Question(c.text, c.sentence.start, c.sentence.end, c.sentence.index, c.about, c.kind) for c in rank(found))


def funnel(doc: Document, actors: Sequence[Actor], quotes: Sequence[Quote] = ()) -> tuple[int, int, int]:
    """(sentences with a cue, candidates not dropped before ranking, questions kept)."""
    found, cued = candidates(doc, actors, quotes)
    alive = sum(c.dropped is None for c in found)
    return cued, alive, len(rank(found))


def explain(doc: Document, actors: Sequence[Actor], quotes: Sequence[Quote] = ()) -> list[str]:
    """One line per candidate: kept or why not, with its score and penalties."""
    found, _ = candidates(doc, actors, quotes)
    kept = {id(c) for c in rank(found)}
    lines = []
    for c in sorted(found, key=lambda c: (c.sentence.index, -c.score)):
        verdict = "KEPT" if id(c) in kept else f"dropped ({c.dropped})"
        lines.append(f"  s{c.sentence.index + 1} {verdict}: {c.why()}")
    return lines
