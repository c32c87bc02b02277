"""Titles: the article's own headline line, or a headline made from its lead sentence.

A missing title is made by rule-based compression of the lead sentence in the manner of
headline style guides (AP Stylebook "headlines"; Mårdh, *Headlinese*, 1980): keep the main
clause, drop trailing participial and subordinate clauses, datelines, parentheses and
time adverbials, present perfect becomes present simple ("has signaled" → "signals"),
future and "is to" become the infinitive ("will back" → "to back"), a title before a full
name is reduced to the surname, and lower-case articles are dropped. Words are never cut.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Sentence
from .document import Document
from .summary import first_word
from .summary_lexicon import DEPENDENT_OPENERS

_MAX_WORDS = 12  # the target length
_HARD_MAX = 14  # a little over the target is better than a headline cut short
_AUX = re.compile(r"\b(?:is|are|was|were|has|have|had|will|been|would|said|says)\b")
_TIME_LINE = re.compile(r"\d(?::\d\d)?\s?[ap]\.?m\b|^[_\W]*$|^[A-Z .]+$|\s/\s")
_CLOSING_STOP = re.compile(r"\.[\"'”’]?$")  # a full stop at the end, maybe before a closing quote
_END_STOP = re.compile(r"\.(?=[\"'”’]?$)")
_END_SEMICOLON = re.compile(r"\s*;\s*$")

_DANGLING = frozenset(
    "a an the of to in on at for and or but with by from as that which who whose its his her their our my into over "
    "than about after before during against between is are was were has have had will would could should may might".split()
)
_PREPOSITIONS = frozenset("in on at for over after with to from of about against amid during into by as".split())


# The last document's title line: the analysis, the facts and the questions all ask for it.
# One tuple, replaced whole, so that a thread reading another document cannot mix the two.
_LAST: tuple[Document | None, Sentence | None] = (None, None)


def title_line(doc: Document) -> Sentence | None:
    """The article's own headline (``_title_line``), remembered for the last document."""
    global _LAST
    last = _LAST
    if last[0] is not doc:
        last = _LAST = (doc, _title_line(doc))
    return last[1]


def _title_line(doc: Document) -> Sentence | None:
    """The article's own headline: a short first paragraph, as in "title, blank line, body".

    A first paragraph without a closing full stop is a headline. One that ends in
    a full stop (some scraped sources add one) counts only when a blank line follows and it
    reads as headlinese: no auxiliary verb, no leading article, mostly capitalised words or
    very short. "Headline; " with a deck on the next line is taken whole. The returned
    sentence spans the title's paragraphs (``paragraph`` is the last of them); its text is
    the cleaned title (one line, no closing full stop). Body text starts at its ``end``.
    """
    if len(doc.paragraphs) < 2 or not doc.sentences:
        return None
    para = doc.paragraphs[0]
    last = 0
    if doc.text[para.end - 1] == ";" and len(doc.paragraphs) > 2:
        # "Headline; \nDeck line.": a headline and its deck on two consecutive lines
        if doc.text[para.end:doc.paragraphs[1].start].count("\n") == 1:
            last = 1
    end = doc.paragraphs[last].end
    text = doc.text[para.start:end]
    words = text.split()
    if not words or len(words) > 25:
        return None
    first = doc.sentences[0]
    stripped = text.rstrip()
    if stripped.endswith((",", ";", ":")):
        return None
    closes = _CLOSING_STOP.search(stripped) is not None
    if closes and not _reads_as_headline(doc, text):
        return None
    if not closes and (len(words) > 20 or sum(1 for s in doc.sentences if s.paragraph == 0) > 1) and not last:
        return None
    title = " ".join(words)
    title = _END_SEMICOLON.sub("", _END_STOP.sub("", title))
    return Sentence(first.index, para.start, end, last, title)


def _reads_as_headline(doc: Document, text: str) -> bool:
    last = next(i for i, p in enumerate(doc.paragraphs) if p.end >= doc.paragraphs[0].start + len(text.rstrip()))
    if last + 1 >= len(doc.paragraphs):
        return False
    gap = doc.text[doc.paragraphs[last].end:doc.paragraphs[last + 1].start]
    if gap.count("\n") < 2 or _TIME_LINE.search(text):
        return False
    if re.match(r"^[^:]{2,30}:\s", text) or re.search(r";\s*\n", text):
        return True  # a kicker ("The Latest: …") or a headline with its deck on the next line
    words = text.split()
    if (len(words) <= _SHORT_HEADLINE and not _DOUBLE_QUOTE.search(text) and _one_sentence(doc, last)
            and not _next_leans_back(doc, last)):
        # a short one-sentence line set apart by a blank line, the next paragraph not going on from it
        # ("He starts in March."), is the headline whatever its grammar ("The Trump-GOP feud lives on."):
        # all 15 such tuning-part first lines are headlines (PolNeAR), no CNN/DM or BBC lead is this short
        return True
    if len(words) > 20 or _AUX.search(text) or words[0] in ("The", "A", "An"):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper()) / len(words)
    # headlinese drops articles; a lead sentence of this length almost always has one
    return capitalised >= 0.5 or len(words) <= 8 or (len(words) <= 16 and not _LOWER_ARTICLE.search(text))


_LOWER_ARTICLE = re.compile(r"\b(?:a|an|the)\b")
_SHORT_HEADLINE = 16  # words; lead sentences on their own line run longer
_DOUBLE_QUOTE = re.compile(r"[\"“”]")  # quoted words with their speaker: a lead's quote, not a headline


def _one_sentence(doc: Document, last: int) -> bool:
    """Whether the paragraphs up to ``last`` hold one sentence (the first is in them)."""
    return len(doc.sentences) < 2 or doc.sentences[1].paragraph > last


def _next_leans_back(doc: Document, last: int) -> bool:
    """Whether the sentence after paragraph ``last`` opens with a word pointing back ("He", "But", "That")."""
    after = next((s for s in doc.sentences if s.paragraph > last), None)
    return after is not None and first_word(after.text) in DEPENDENT_OPENERS


def _lead(sentences: Sequence[Sentence]) -> str | None:
    """The first sentence that reads as prose (not a byline, dateline fragment or label)."""
    for s in sentences[:4]:
        text = " ".join(s.text.split())
        if len(text.split()) >= 6 and not _TIME_LINE.search(text):
            return text
    return " ".join(sentences[0].text.split()) if sentences else None


def _shorten(words: list[str]) -> list[str]:
    """At most ``_MAX_WORDS`` words, cut before a preposition when possible, never mid-word."""
    if len(words) > _HARD_MAX:
        cut = max((i for i in range(5, _HARD_MAX + 1) if words[i].lower() in _PREPOSITIONS), default=_MAX_WORDS)
        words = words[:cut]
    while len(words) > 3 and words[-1].lower().strip(",") in _DANGLING:
        words.pop()
    words[-1] = words[-1].rstrip(",;:")
    return words


def infer_title(doc: Document, sentences: Sequence[Sentence]) -> str:
    """A headline from the lead sentence: its main clause in headline style, ≤ ~12 words."""
    lead = _lead(sentences)
    if not lead:
        return "Untitled briefing"
    from .headlinese import headlinese  # (imported here: its patterns are compiled on first use)

    words = headlinese(lead).split() or lead.split()
    words = _shorten(words)
    title = " ".join(words)
    return title[:1].upper() + title[1:]
