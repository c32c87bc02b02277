"""Analysis: ``Article`` → ``Briefing``. Each extractor is a pure function in its own module."""
from __future__ import annotations

import re

from ..model import Article, Briefing
from .actors import extract_actors
from .document import Document, parse
from .facts import extract_facts
from .language import detect_language, is_supported, language_code
from .questions import extract_questions
from .quotes import extract_quotes
from .summary import summarize
from .summary_tldr import pick_tldr
from .title import infer_title, title_line

__all__ = ["analyze", "parse", "Document", "ENGINE_VERSION"]

# Bump when any extractor changes its output: cached analyses of older versions are discarded.
ENGINE_VERSION = "71"

_WORD = re.compile(r"\w+")
# Each Latin-1 character as "a" when ``_WORD`` takes it as a word character, else as a space: a text
# that encodes to Latin-1 (most do) is then counted in C without a string per word.
_WORD_BYTES = bytes(97 if _WORD.match(chr(i)) else 32 for i in range(256))


def word_count(text: str) -> int:
    """How many words (runs of ``\\w``) ``text`` holds: ``len(_WORD.findall(text))``, faster."""
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return len(_WORD.findall(text))
    return (b" " + data.translate(_WORD_BYTES)).count(b" a")  # one word starts at each space-letter pair


def analyze(article: Article, *, summary_sentences: int = 3) -> Briefing:
    doc = parse(article.body)
    headline = title_line(doc)  # a first line that is the article's own title
    title = article.title or (headline.text if headline else None)
    language = language_code(article.language) or detect_language(article.body)
    if not is_supported(language):
        return _unanalysed(article, doc, title, headline is None, language)
    # the headline may span two lines (headline and deck); the body starts after it
    body_sentences = [s for s in doc.sentences if headline is None or s.start >= headline.end]
    actors = extract_actors(doc, article.published)
    quotes = extract_quotes(doc, actors, headline.end if headline else 0)
    summary = summarize(doc, body_sentences, title=title, count=summary_sentences)
    return Briefing(
        article=article,
        title=title or infer_title(doc, body_sentences),
        title_inferred=article.title is None and headline is None,
        sentences=doc.sentences,
        paragraphs=doc.paragraphs,
        tldr=pick_tldr(doc, body_sentences, summary),
        summary=summary,
        quotes=quotes,
        actors=actors,
        questions=extract_questions(doc, actors, quotes),
        facts=extract_facts(doc, published=article.published),
        word_count=word_count(article.body),
        language=language,
    )


def _unanalysed(article: Article, doc: Document, title: str | None, no_headline: bool, language: str) -> Briefing:
    """A seed in a language the rules do not read: its title and text, nothing extracted
    (English word lists on German text give "Land" as a person)."""
    first = doc.sentences[0].text if doc.sentences else ""
    return Briefing(
        article=article,
        title=title or first[:80] or "Untitled",
        title_inferred=article.title is None and no_headline,
        sentences=doc.sentences,
        paragraphs=doc.paragraphs,
        tldr=None, summary=(), quotes=(), actors=(), questions=(), facts=(),
        word_count=word_count(article.body),
        language=language,
        supported=False,
    )
