"""Figures written in words (news style spells out the numbers under ten): a duration ("after six years"), a count
the writer marks with "only" or "just" ("only four arrests"), a percentage ("forty-five percent").

Each finder is found from a word a text holds rarely (a unit of a long time, "only"/"just", "cent") and returns
(start, end, kind, value) or None, as ``facts``' finders do; ``facts`` adds a qualifier before the figure ("about two
per cent"). Every number word comes from the one table of ``number_words``.
"""
from __future__ import annotations

import re
from typing import Iterator

from . import fact_patterns as P
from .number_words import spelled
from .regex_starts import word_matches

_ANY = spelled(1, 99)
# A unit of a long time, with a spelled-out number before it ("after six years", "Seven years of near-zero rates",
# "twenty-five years"): a duration. Not one placed in time or owned ("two years ago", "the past three months", "her
# four years in the job", "two weeks later"): those place another fact, no figure.
DURATION_WORDS = ("years", "months", "weeks", "decades")
DURATION = re.compile(rf"(?:{'|'.join(DURATION_WORDS)})\b")
NUMBER_BEFORE = re.compile(rf"(?<![\w-])(?i:{spelled(2, 99)})\s$")
_NUMBER_REACH = 16  # the longest number word and its space: "seventy-seven "
DURATION_SKIP_BEFORE = re.compile(
    r"\b(?:[Tt]he|past|last|next|previous|coming|first|final|other|those|these|his|her|their|its|our|my|your|every)\s$"
)
TIME_PLACED_AFTER = re.compile(r"\s(?:ago|later|earlier|before|after|old|older|younger|into|on|since)\b|-old")
# The first number of a spelled-out range ("five to six years", "two or three weeks", "between two and four years"), or
# the first end of a range of two units ("between six months and two years": either end alone misreads it).
RANGE_BEFORE = re.compile(rf"(?:\b[Bb]etween\s)?(?<![\w-])(?i:{_ANY})\s(?:to|or|and)\s$")
UNITS_RANGE_BEFORE = re.compile(rf"\b[Bb]etween\s(?i:{_ANY})\s(?:{'|'.join(DURATION_WORDS)}|year|month|week)\sand\s$")
# A spelled-out count after "only" or "just" ("only four arrests", "only two victories from 14 Tests", "just one win in
# 14 league games"): the writer marks it as the point; a single "one" only with the whole it is taken of.
_FOCUS_NUMBER = spelled(2, 12)
_OUT_OF = rf"\s(?:in|from|out\sof)\s(?:\d+|{_FOCUS_NUMBER})\s(?:{P.COUNT_MODIFIER}){{0,2}}?(?:{P.PLURAL}|[A-Z][a-z]+s)\b"
FOCUS_WORDS = ("only", "just", "Only", "Just")
FOCUSED_COUNT = re.compile(
    rf"(?<![A-Za-z])(?:[Oo]nly|[Jj]ust)\s(?:(?:one|a\ssingle)\s[a-z]+(?={_OUT_OF})|{_FOCUS_NUMBER}\s(?!{P.NOT_NOUN}){P.COUNT_NOUN})"
    rf"(?:{_OUT_OF})?"
)
# A spelled-out percentage ("about two per cent of India's population", "forty-five percent", "Fifty nine percent"),
# found from "cent".
CENT_WORD = re.compile(r"cent\b")
PERCENT_BEFORE = re.compile(rf"(?<![\w-])(?i:{_ANY})\sper\s?$")
UNIT_WORD = re.compile(P.UNIT)  # a unit's word: a count of it is a quantity ("only three hours")


def duration(text: str, m: re.Match) -> tuple[int, int, str, str | None] | None:
    """'after six years', 'Seven years of near-zero rates', 'five to six years', 'between six months and two years': a
    spelled-out number with a unit of a long time, and the first end of its range; not one placed in time or owned
    ("two years ago", "the past three months", ``DURATION_SKIP_BEFORE``)."""
    n = P.back(NUMBER_BEFORE, text, m.start(), _NUMBER_REACH)
    if n is None or TIME_PLACED_AFTER.match(text, m.end()):
        return None
    begin = n.start()
    r = P.back(RANGE_BEFORE, text, begin, 20) or P.back(UNITS_RANGE_BEFORE, text, begin, 40)
    if r and (text[r.end() - 4:r.end()] != "and " or text[r.start():r.start() + 1] in "Bb"):  # "and": "between … and"
        begin = r.start()
    if P.back(DURATION_SKIP_BEFORE, text, begin, 12):
        return None  # "the past three months", "the next two to three months"
    return begin, m.end(), "quantity", None


def focused_count(text: str, m: re.Match) -> tuple[int, int, str, str | None] | None:
    """'only four arrests', 'just one win in 14 league games': a spelled-out count the writer marks with "only" or
    "just"; not a time placing another fact ("just two minutes after", "only two games into the season") nor a match
    clock ("only three minutes left")."""
    if TIME_PLACED_AFTER.match(text, m.end()):
        return None
    kind = "quantity" if UNIT_WORD.fullmatch(text[m.start():m.end()].rsplit(None, 1)[-1]) else "count"
    if kind == "quantity" and P.CLOCK_AFTER.match(text, m.end()):
        return None  # a match clock: "with just three minutes left"
    return m.start(), m.end(), kind, None


def percent(text: str, m: re.Match) -> tuple[int, int, str, str | None] | None:
    """'two per cent', 'forty-five percent': a spelled-out percentage."""
    n = P.back(PERCENT_BEFORE, text, m.start(), 24)
    return (n.start(), m.end(), "percent", None) if n else None


_cent_matches = word_matches(CENT_WORD, ("cent",))


def percent_matches(text: str, start: int) -> Iterator[re.Match]:
    """The "cent" of "per cent" and "percent" (not "recent", "decent"), before their sentence is looked up."""
    for m in _cent_matches(text, start):
        if text.endswith(("per", "per "), start, m.start()):
            yield m


_unit_matches = word_matches(DURATION, DURATION_WORDS)


def duration_matches(text: str, start: int) -> Iterator[re.Match]:
    """The units of ``DURATION`` with a spelled-out number right before: most "years" of a text follow a figure or none,
    and are passed over before their sentence is looked up."""
    for m in _unit_matches(text, start):
        if text[m.start() - 1:m.start()] == " " and NUMBER_BEFORE.search(text, max(start, m.start() - _NUMBER_REACH), m.start()):
            yield m


focused_matches = word_matches(FOCUSED_COUNT, FOCUS_WORDS)
