"""A briefing's date when its front matter gives none: a dateline or a full date near the top.

Only what the article says counts, never the file's time. Two kinds of evidence, in this
order: a dateline (a line that is a place in capitals and a date, "LONDON 1996-08-30",
"AL-AIN, Dec. 6, 1996"), then the first full date (day, month and year) in the first
paragraphs. A date after "since", "born", "from", "until" or "between" names another time
than the article's and is passed over. The sentence it came from is kept, so that the page
can show it and the reader can judge.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .model import Briefing

TOP_PARAGRAPHS = 3  # a headline line, a dateline, the lead paragraph
TOP_CHARS = 1200

_MONTHS = {name: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], 1) for name in names}
_MONTH = r"(?P<{0}>(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?)"
_ISO = r"(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)"
_DMY = r"(?P<dd>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.format("dm") + r",?\s+(?P<dy>(?:19|20)\d\d)"
_MDY = _MONTH.format("mm") + r"\s+(?P<md>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<my>(?:19|20)\d\d)"
FULL_DATE = re.compile(rf"\b(?:{_ISO}|{_DMY}|{_MDY})\b", re.IGNORECASE)
# A dateline: a line that starts with a place in capitals ("LONDON", "AL-AIN", "NEW YORK,"),
# maybe a news agency in brackets, then a full date, and little else.
DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,[ \t]*[A-Za-z][A-Za-z .'’-]{1,30})?,?[ \t]*(?:\([A-Za-z ]{1,20}\)[ \t]*)?"
                      r"[-–—,]?[ \t]*(?=\S)", re.MULTILINE)
_OTHER_TIME = re.compile(r"\b(?:since|born|from|until|till|between|before|after)\s+(?:on\s+)?\Z", re.IGNORECASE)


@dataclasses.dataclass(frozen=True, slots=True)
class FoundDate:
    day: dt.date
    start: int  # the date's span in the body
    end: int


def _as_date(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    try:
        if g["iy"]:
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["dy"]:
            return dt.date(int(g["dy"]), _MONTHS[g["dm"].lower().rstrip(".")], int(g["dd"]))
        return dt.date(int(g["my"]), _MONTHS[g["mm"].lower().rstrip(".")], int(g["md"]))
    except ValueError:  # 1996-02-30
        return None


def _dateline(top: str) -> FoundDate | None:
    for line in DATELINE.finditer(top):
        m = FULL_DATE.match(top, line.end())
        if m and (day := _as_date(m)):
            return FoundDate(day, m.start(), m.end())
    return None


def find_date(body: str, paragraph_ends: list[int] | None = None) -> FoundDate | None:
    """The article's own date, from a dateline or the first full date near the top; None
    when the text gives none. ``paragraph_ends`` bounds "the top" (else ``TOP_CHARS``)."""
    limit = TOP_CHARS
    if paragraph_ends:
        limit = min(TOP_CHARS, max(paragraph_ends[:TOP_PARAGRAPHS]))
    top = body[:limit]
    found = _dateline(top)
    if found:
        return found
    for m in FULL_DATE.finditer(top):
        day = _as_date(m)
        if day and not _OTHER_TIME.search(top[max(0, m.start() - 20):m.start()]):
            return FoundDate(day, m.start(), m.end())
    return None


def sentence_at(b: Briefing, offset: int) -> int | None:
    for s in b.sentences:
        if s.start <= offset < s.end:
            return s.index
    return None


def with_published(b: Briefing) -> Briefing:
    """``b`` with ``published_from`` set: the front matter's date, else one found in the text."""
    a = b.article
    if a.published is not None:
        return b if a.published_from else dataclasses.replace(b, article=dataclasses.replace(a, published_from="front matter"))
    found = find_date(a.body, [p.end for p in b.paragraphs])
    if found is None:
        return b
    article = dataclasses.replace(a, published=found.day, published_from="text", published_span=(found.start, found.end))
    return dataclasses.replace(b, article=article)
