"""The data model: one article in, one briefing out.

Every record is frozen and carries the character offsets (Python string indices into
``Article.body``, end-exclusive) of the text it came from, so each item on a page can
link back to its sentence.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True, slots=True)
class Article:
    """A seed as read from disk (or a record of a ``.jsonl`` file)."""

    id: str  # slug for seeds, the record's id for JSON Lines
    body: str
    title: str | None = None  # None: to be inferred from the text
    source: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_from: str | None = None  # "front matter" | "text" (a dateline or a date near the top): set by ``dating``
    published_span: tuple[int, int] | None = None  # where in the body a date found in the text is
    tags: tuple[str, ...] = ()
    language: str | None = None  # the front matter's ``language``; None: detected by the analysis
    path: str | None = None  # the seed's path relative to the seeds folder
    extra: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))  # front-matter keys we do not interpret
    warnings: tuple[str, ...] = ()  # reader notes (encoding fallback, ...)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: str  # person | organization | place | group
    role: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # the quoted words, without the marks
    start: int
    end: int
    speaker: str | None = None  # a resolved name; None when no speaker was found
    role: str | None = None
    sentence: int = 0
    partial: bool = False  # quoted words inside a sentence of the writer's own
    cue: str | None = None  # the reporting verb or phrase, e.g. "said"


@dataclass(frozen=True, slots=True)
class Question:
    text: str  # a well-formed question ending in "?"
    start: int  # the span of the sentence that raises it
    end: int
    sentence: int = 0
    about: str | None = None
    kind: str = "uncertain"  # uncertain | disputed | pending | no-comment | legal | response | unsourced | forward


@dataclass(frozen=True, slots=True)
class Fact:
    text: str  # the figure or date as written
    start: int
    end: int
    kind: str  # amount | count | percent | proportion | date | quantity | score
    sentence: int = 0
    value: str | None = None  # normalised value, e.g. an ISO date


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    start: int
    end: int
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class Briefing:
    article: Article
    title: str
    title_inferred: bool
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[Paragraph, ...]
    tldr: SummarySentence | None
    summary: tuple[SummarySentence, ...]
    quotes: tuple[Quote, ...]
    actors: tuple[Actor, ...]
    questions: tuple[Question, ...]
    facts: tuple[Fact, ...]
    word_count: int = 0
    notes: tuple[str, ...] = field(default=())
    edited: tuple[str, ...] = ()  # sections an editor changed in front matter: summary, questions, quotes, actors
    language: str = "en"  # ISO 639-1, from the front matter or detected
    supported: bool = True  # False: not English, so not analysed (only title and text are shown)

    @property
    def id(self) -> str:
        return self.article.id
