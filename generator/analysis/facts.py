"""Facts and figures: amounts, counts, percentages, quantities and dates, each with its sentence.

One pass of one compiled pattern finds every figure; the alternatives are ordered so that at
a given position the most specific reading wins (a date before a count, money before a
bare number). Dates are normalised to ISO 8601 against the article's publication date when
it is known, following the TimeML/TIMEX3 convention of anchoring relative expressions
("yesterday", "last Tuesday", "December 19") to the document creation time (Pustejovsky et
al., *TimeML*, 2003); without a publication date only fully specified dates get a value.
"""
from __future__ import annotations

import datetime as dt
import re

from ..model import Fact
from .document import Document
from .fact_patterns import FIGURE, MONTHS, WEEKDAYS
from .title import title_line

_FUTURE = re.compile(r"\b(?:will|’ll|'ll|is due|are due|is set|are set|is expected|are expected|scheduled|plans?|to be held|upcoming)\b")


def _closest_year(month: int, day: int, published: dt.date) -> dt.date | None:
    """The month/day whose year puts it nearest the publication date (news rarely looks
    more than half a year away without naming the year)."""
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((d - published).days) < abs((best - published).days):
            best = d
    return best


def _weekday(name: str, qualifier: str | None, published: dt.date, future: bool) -> dt.date:
    """'last Tuesday' / 'on Tuesday' → the latest such day up to publication; 'next Tuesday',
    or a plain weekday in a sentence about the future, → the first one after it."""
    target = WEEKDAYS[name[:3].lower()]
    if qualifier == "next" or (qualifier is None and future):
        return published + dt.timedelta(days=(target - published.weekday() - 1) % 7 + 1)
    back = (published.weekday() - target) % 7
    if qualifier == "last" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _date_value(m: re.Match, published: dt.date | None, sentence: str) -> str | None:
    g = m.groupdict()
    if g["iso"]:
        return g["iso"]
    month_name = g["mon"] or g["mon2"] or g["mon3"]
    if month_name:
        month = MONTHS[month_name[:3].lower()]
        year = g["year"] or g["year2"] or g["year3"]
        day = g["day"] or g["day2"]
        if day is None:
            return f"{int(year):04d}-{month:02d}" if year else None
        try:
            if year:
                return dt.date(int(year), month, int(day)).isoformat()
        except ValueError:
            return None
        if published is None:
            return None
        d = _closest_year(month, int(day), published)
        return d.isoformat() if d else None
    if g["yr"]:
        return g["yr"]
    if published is None:
        return None
    if g["rel"]:
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["rel"].lower()]
        return (published + dt.timedelta(days=shift)).isoformat()
    if g["wd"]:
        q = (g["wdq"] or "").lower() or None
        future = bool(_FUTURE.search(sentence))
        return _weekday(g["wd"], q, published, future).isoformat()
    if g["ry"]:
        shift = {"last": -1, "this": 0, "next": 1}[g["ryq"].lower()]
        return str(published.year + shift)
    return None


_WORD_BEFORE = re.compile(r"([A-Za-z][\w.’'-]*)\s+$")
_QUALIFIER_WORDS = frozenset("more fewer less than over under up to about around nearly almost at least most some roughly approximately an estimated as many much".split())


def _after_name(text: str, start: int, sentence_start: int) -> bool:
    """True when the figure follows a capitalised word that is not the sentence's first."""
    m = _WORD_BEFORE.search(text, max(sentence_start, start - 30), start)
    if not m or m.start(1) == sentence_start:
        return False
    word = m.group(1)
    return word[:1].isupper() and word.lower().rstrip(".") not in _QUALIFIER_WORDS and word.rstrip(".")[:3].lower() not in MONTHS


def extract_facts(doc: Document, *, published: dt.date | None = None) -> tuple[Fact, ...]:
    """Every figure in the body (the headline line is skipped), in text order."""
    headline = title_line(doc)
    skip_to = doc.paragraphs[headline.paragraph].end if headline is not None else 0
    facts = []
    for m in FIGURE.finditer(doc.text, skip_to):
        kind = m.lastgroup
        if kind is None:
            continue
        span = m.span("yr") if m.group("yr") else m.span(kind)
        sentence = doc.sentence_at(span[0])
        if sentence is None:
            continue
        if kind in ("count", "quantity") and _after_name(doc.text, span[0], sentence.start):
            continue  # "Rover 25", "Section 2", "Windows 2000": a number inside a name
        text = doc.text[span[0]:span[1]]
        value = _date_value(m, published, sentence.text) if kind == "date" else None
        facts.append(Fact(text, span[0], span[1], kind, sentence.index, value))
    return tuple(facts)
