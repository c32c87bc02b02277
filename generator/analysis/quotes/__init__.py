"""Direct quotations and their speakers.

Three passes, in the usual order of rule-based quote attribution (Pareti et al. 2013;
Muzny et al. 2017): find the quoted spans (``quote_marks``); attach to each the reporting
verb next to it and that verb's subject (``cues``, with the subject patterns of
``subjects``); then turn the subject into a name (``speakers``: "he" → the person the
``timeline`` of subjects gives, "Putin" → "Vladimir Putin"). A quote with no cue carries on
the speaker of the previous quote in the same or the previous paragraph, unless a sentence
between them turns to someone else; the next part of one quotation whose paragraph break was
lost ('"… funny. "But …') always does. An embedded post is its author's quotation (``posts``). Spans that read as scare quotes, titles or nicknames (a
word or two with no speaker, a title after "titled", "the book", …) are dropped.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Sequence

from ...model import Actor, Quote
from ..document import Document
from ..quote_marks import Span, quoted_spans
from .posts import embedded_posts
from .cues import find_cue, is_partial, list_item_cue, previous_paragraph_cue, relayed_source
from .speakers import Speakers

_QUOTE_GAP = 3  # paragraphs from an attributed quote to a paragraph of quotation that still continues it
_MIN_WORDS = 2  # shorter quotes need a speaker to count as quotes: '"experts" were wrong'
_TITLE_CUE = re.compile(r"(?:titled|entitled|called|dubbed|named|nicknamed|billed|known as|slogan|hashtag|"
                        r"book|film|movie|show|program|programme|podcast|song|album|series|column|ad|op-ed|"
                        r"magazine|newspaper|video|documentary|memoir|novel|play|headline|article)[\s,]*$", re.I)
_TITLE_NOUN = re.compile(r"[\s,]*(?:ad|ads|campaign|initiative|feature|movement|T-shirts?|shirts?|podcast|show|"
                         r"program|segment|series|slogan|signs?|banner|bill|act|law|forum|tour|rally|event|"
                         r"headlines?|hashtag|app|song|album|book|film|movie)\b")
_POSSESSIVE = re.compile(r"[A-Z][\w.]*[’']s\s*$")
# a roundup's item opens with a heading in capitals ("UN: PEACEKEEPERS PAYING 13-YEAR-OLDS FOR SEX “…”", "TOP
# STORIES."): a new item, whose quotes carry on no earlier item's speaker
_ITEM_HEADING = re.compile(r"(?P<heading>(?:[A-Z0-9][A-Z0-9’'‘:,.&\-]*[^\S\n]+)+[A-Z0-9][A-Z0-9’'‘:,.&\-]*)"
                           r"(?:[^\S\n]+(?=[A-Z][a-z]|[“\"])|[^\S\n]*$)", re.M)
_HEADING_LETTERS = 8  # fewer capitals are an acronym or two ("US EPA Administrator …"), not a heading


def _opens_item(text: str, at: int) -> bool:
    """The paragraph at ``at`` opens with a heading in capitals."""
    m = _ITEM_HEADING.match(text, at)
    return m is not None and sum(c.isalpha() for c in m.group("heading")) >= _HEADING_LETTERS


_SO_CALLED = re.compile(r"(?:so-called|so called|quote-unquote|dubbed|nicknamed)[\s,]*$", re.I)


def extract_quotes(doc: Document, actors: Sequence[Actor], headline_end: int = 0) -> tuple[Quote, ...]:
    """Every quotation in reading order, with its speaker's name when the text gives one;
    the article's own headline ends at ``headline_end``."""
    text = doc.text
    paras = [(p.start, p.end) for p in doc.paragraphs]
    spans = quoted_spans(text, paras)
    if not spans:
        return tuple(embedded_posts(doc, actors, ()))
    para_starts = [p[0] for p in paras]
    speakers = Speakers(doc, spans, actors, headline_end)
    out: list[Quote] = []
    prev: tuple[int, str | None, str | None, str | None] | None = None  # paragraph, speaker, role, cue
    for k, span in enumerate(spans):
        if span.single and (span.end - span.start < 12 or text.count(" ", span.start, span.end) < 2):
            continue  # a single-quoted word or two: a scare quote or a title, never a quotation
        p = bisect.bisect_right(para_starts, span.open) - 1
        lo = paras[p][0]
        if k and spans[k - 1].close > lo:
            lo = spans[k - 1].close  # the text since the previous quote in this paragraph
        cue = find_cue(doc, spans, k, paras[p], lo, speakers.full)
        goes_on = k and out and out[-1].start == spans[k - 1].start and spans[k - 1].close == span.open
        if goes_on and out[-1].speaker:
            # the next part of one quotation (its paragraph break lost): the same speaker, whatever follows it
            speaker, role, verb = out[-1].speaker, out[-1].role, out[-1].cue
        elif cue:
            speaker, role, verb = speakers.resolve(cue), speakers.role(cue), cue.verb
            if speaker is None and (relayed := relayed_source(doc, span)) and relayed.start != cue.start:
                # 'what her business calls “…” …, reported the Washington Examiner': no one there, the relay
                cue, speaker, role, verb = relayed, speakers.resolve(relayed), speakers.role(relayed), relayed.verb
        elif prev and (prev[0] >= p - 1 or span.open == paras[p][0] and prev[0] >= p - _QUOTE_GAP
                       and not speakers.names_anyone(paras[bisect.bisect_right(para_starts, spans[k - 1].close) - 1][1],
                                                     span.open)) \
                and not any(_opens_item(text, paras[i][0]) for i in range(prev[0] + 1, p + 1)):
            # no cue: the previous quote's speaker goes on (to a paragraph that opens with the quote, past
            # paragraphs that name no one: "“…,” Smith said. ¶ The plan costs $5bn. ¶ “…”"),
            speaker, role, verb = prev[1:]
            before = doc.sentence_at(spans[k - 1].close - 1)
            after = before.end if before else spans[k - 1].close
            turned = speakers.subject_between(after, span.open) if text[after:span.open].strip() else None
            if turned and turned != speaker:  # unless a sentence between turns to someone else
                speaker, role, verb = turned, None, None
        elif p and span.open == paras[p][0] and (cue := previous_paragraph_cue(doc, span)):
            speaker, role, verb = speakers.resolve(cue), speakers.role(cue), cue.verb
        elif p and (cue := list_item_cue(doc, span)):
            speaker, role, verb = speakers.resolve(cue), speakers.role(cue), cue.verb
        else:
            speaker = role = verb = None
        if not _is_quote(text, span, own=cue is not None and speaker is not None, heard=speaker is not None, lo=lo):
            continue
        if speaker or cue:
            prev = (p, speaker, role, verb)
        if goes_on and speaker and not out[-1].speaker:  # its first part had no cue: the same speaker too
            out[-1] = replace(out[-1], speaker=speaker, role=role, cue=verb)
        sentence = doc.sentence_at(span.start)
        out.append(Quote(text[span.start:span.end], span.start, span.end, speaker, role,
                         sentence=sentence.index if sentence else 0,
                         partial=is_partial(text, span, lo), cue=verb))
    posts = embedded_posts(doc, actors, [(q.start, q.end) for q in out]) if "<tweet" in text else ()
    return tuple(sorted([*out, *posts], key=lambda q: q.start)) if posts else tuple(out)


def _is_quote(text: str, span: Span, *, own: bool, heard: bool, lo: int) -> bool:
    """Scare quotes, titles and nicknames are short and have no speaker; a title follows
    "titled", "the book" and the like. Single quotation marks are more often scare quotes
    than quotations, so they need a cue of their own or a whole sentence."""
    words = text[span.start:span.end].split()
    before = text[max(lo, span.open - 40):span.open]
    if _SO_CALLED.search(before):
        return False
    title_case = all(w[0].isupper() or not w[0].isalpha() or len(w) <= 3 for w in words)
    if title_case and len(words) <= 8 and (_TITLE_CUE.search(before) or not own and (
            _TITLE_NOUN.match(text, span.close) or _POSSESSIVE.search(before))):
        return False  # 'the “No Comparison” ad', 'NBC’s “Meet the Press”'
    if span.single:
        return (own and len(words) >= 3) or (len(words) >= 8 and text[span.end - 1] in ".?!,")
    return heard or len(words) >= _MIN_WORDS
