"""Quoted spans: pair opening and closing quotation marks, paragraph by paragraph.

A mark opens when it follows a space (or an opening bracket or dash) and precedes a
non-space, and closes when it follows a non-space; typographic shape decides only when
the context does not (a stray mark between spaces). This follows the "flanking" rule
CommonMark uses for emphasis delimiters, which also copes with scraped text where ``“``
and ``”`` are swapped. Double quotes are paired first; single quotes are looked for only
outside double-quoted spans (so nested quotes stay part of their outer quote); a double quote
nested in the same style is part of the outer one when two closing marks follow it. A double
quote left open at the end of a paragraph runs to the paragraph's end: the news
convention for a quote over several paragraphs repeats the opening mark on each one and
closes only the last. Where such a break was lost in the text ('"… funny. "But it is serious …"': a
second opening mark after a whole sentence), the first part runs to the second mark, unclosed.

A right single mark inside a word (``Moscow’s``) never closes; one after a word ending in
"s" and before a lower-case word (``voters’ rights``) closes only when no better closing
mark follows before the next opening one. Two apostrophes (``''…''``, an archive convention
of some newspapers) and two grave accents (````…''``, tokenised text) are double marks.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator

# '' and `` are doubled apostrophes and grave accents standing for “ and ” (newspaper archives,
# tokenised corpora); in ''' the last two close ("'You weren't in line,'''")
_DOUBLE = re.compile(r"[\"“”«»„'`](?:(?<=')'(?!')|(?<=`)`|(?<=[\"“”«»„]))")  # one class first: scanned in C
_DOUBLE_ONLY = re.compile(r"[\"“”«»„]")  # most paragraphs have no '' or ``
# '' is a doubled apostrophe (see quoted_spans); the mark comes before the look-behind so
# that the regex engine skips to the next mark in C
_SINGLE = re.compile(r"['‘’](?<!'['‘’])(?!')")
_OPEN_BEFORE = frozenset("([{—–-/\"“‘«'>")  # '>': after a tag (<tweet …>“…)
# … unless the open part carries its own attribution: a closing mark forgotten ('"We are done, Smith said. "').
_SIGNED = re.compile(r", (?:[\w.’'-]+ ){1,5}(?:said|says|added|adds|told|tells|asked|asks|wrote|writes|explained|"
                     r"continued|insisted|warned|stated)\b[^.?!]{0,60}[.?!…][)\]]?[ \xa0]+$")
# Elisions that start with an apostrophe: 'em, ’til, ’90s, rock ’n’ roll.
_ELISION = re.compile(r"(?:em|til|cause|n|tis|twas|\d0s|\d\ds)\b", re.I)


@dataclass(frozen=True, slots=True)
class Span:
    open: int  # offset of the opening mark
    close: int  # offset just after the closing mark (the paragraph end when unclosed)
    start: int  # the quoted words, without marks or surrounding spaces
    end: int
    closed: bool
    single: bool


def _flanks(text: str, i: int, lo: int, hi: int, width: int = 1) -> tuple[bool, bool]:
    """(left side is open, right side is non-space) around the mark at ``i``."""
    before = text[i - 1] if i > lo else " "
    after = text[i + width] if i + width < hi else " "
    return before.isspace() or before in _OPEN_BEFORE, not after.isspace()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_TAG = re.compile(r"</?[a-z]+\b[^<>]{0,400}>")  # markup left in the text: its attribute values are no quotes


def _in_tag(tags: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` is inside one of ``tags`` (sorted spans that do not overlap)."""
    k = bisect.bisect_left(tags, (at, -1)) - 1  # the last tag that starts before ``at``
    return k >= 0 and at < tags[k][1]

def _double_spans(text: str, lo: int, hi: int) -> Iterator[Span]:
    opened = -1
    width = 1  # of the open mark: two for '' and ``
    nested = False  # inside a quote within the open one, marked in the other style
    marks = _DOUBLE if text.find("''", lo, hi) >= 0 or text.find("``", lo, hi) >= 0 else _DOUBLE_ONLY
    tags = [t.span() for t in _TAG.finditer(text, lo, hi)] if text.find("<", lo, hi) >= 0 else []
    found = [(m.start(), m.group()) for m in marks.finditer(text, lo, hi)  # not an attribute's (<tweet author="...">)
             if (m.start() == lo or text[m.start() - 1] != "=") and not (tags and _in_tag(tags, m.start()))]
    same = 0  # closing marks still to skip: a quote inside the open one, in the same style
    for n, (i, mark) in enumerate(found):
        left_open, right_word = _flanks(text, i, lo, hi, len(mark))
        if left_open and right_word:
            is_open = True
        elif not left_open:
            is_open = False
        else:  # spaces on both sides: trust the shape, or toggle for a straight mark
            is_open = mark in ("“", "«", "„", "``") or (mark == '"' and opened < 0)
        if opened >= 0 and _style(text, opened) != _style(text, i):
            if nested or (is_open and mark != "»"):  # '"… “Equal Justice Under Law” anymore…"'
                nested = is_open
                continue
        if same and not is_open:
            same -= 1
            continue
        if is_open and opened >= 0 and _closes_twice(text, found, n + 1, lo, hi):
            same = 1  # '“He said “no way” and left,” Smith said': the inner pair is part of the outer quote
            continue
        if is_open:
            if opened >= 0 and _lost_break(text, opened + width, i) and not _SIGNED.search(text, opened + width, i):
                # '"… funny. "But it is serious …"': a paragraph break lost in the text; the first
                # part ran to it, as a paragraph of quotation does, and the next part goes on
                start, end = _trimmed(text, opened + width, i)
                if end > start:
                    yield Span(opened, i, start, end, False, False)
            opened, width = i, len(mark)  # a second opening mark: the first one was never closed
        elif opened >= 0:
            start, end = _trimmed(text, opened + width, i)
            if end > start:
                yield Span(opened, i + len(mark), start, end, True, False)
            opened, nested = -1, False
    if opened >= 0:
        start, end = _trimmed(text, opened + width, hi)
        if end > start:
            yield Span(opened, hi, start, end, False, False)


def _lost_break(text: str, lo: int, i: int) -> bool:
    """A second opening mark at ``i`` after a whole sentence ('"… funny. "But …'): where a paragraph
    of quotation ended, its break lost (the news convention leaves such a paragraph unclosed)."""
    j = i
    while j > lo and text[j - 1] in " \xa0":
        j -= 1
    if j == i:
        return False
    if j > lo and text[j - 1] in ")]'’":  # a bracket or a single quotation closed with the sentence
        j -= 1
    return j > lo and text[j - 1] in ".?!…"


def _closes_twice(text: str, found: list[tuple[int, str]], n: int, lo: int, hi: int) -> bool:
    """Whether two closing marks follow ``found[n - 1]`` before any other opening one: then it opens
    a quote nested in the open one, not a new quote after one left unclosed."""
    closes = 0
    for j in range(n, len(found)):  # indices, not a slice: no copy of the rest for each opening mark
        i, mark = found[j]
        left_open, _right_word = _flanks(text, i, lo, hi, len(mark))
        if left_open:
            return False  # an opening mark, or one between spaces (tokenised text): no telling
        closes += 1
        if closes == 2:
            return True
    return False


def _style(text: str, i: int) -> str:
    """Straight, doubled apostrophes or typographic: a quote inside another is in the other style."""
    c = text[i]
    return "straight" if c == '"' else "apostrophes" if c in "'`" else "typographic"


def _single_spans(text: str, lo: int, hi: int) -> Iterator[Span]:
    marks = list(_SINGLE.finditer(text, lo, hi))
    k = 0
    while k < len(marks):
        i = marks[k].start()
        left_open, right_word = _flanks(text, i, lo, hi)
        k += 1
        if not (left_open and right_word and marks[k - 1].group() != "’") or _ELISION.match(text, i + 1):
            continue
        best = weak = -1
        while k < len(marks):
            j = marks[k].start()
            j_left_open, j_right_word = _flanks(text, j, lo, hi)
            if j_left_open and j_right_word and marks[k].group() != "’":
                break  # the next opening mark
            k += 1
            if j_left_open or (j + 1 < hi and text[j + 1].isalnum()):
                continue  # an apostrophe inside a word
            rest = text[j + 1:j + 3]
            if text[j - 1] == "s" and rest[:1] == " " and rest[1:2].islower():
                weak = j if weak < 0 else weak  # voters’ rights: maybe a possessive
                continue
            best = j
            break
        close = best if best >= 0 else weak
        if close < 0:
            continue
        start, end = _trimmed(text, i + 1, close)
        if end > start:
            yield Span(i, close + 1, start, end, True, True)


# The double-quoted spans of the last text's paragraphs: sentence splitting (``document``) and
# quotation finding pair the marks of the same paragraphs. A new tuple per text, never changed
# in place, so that a thread reading another text cannot mix the two.
_PAIRED: tuple[str, dict[tuple[int, int], list[Span]]] = ("", {})


def _paired_doubles(text: str, lo: int, hi: int) -> list[Span]:
    global _PAIRED
    paired = _PAIRED
    if paired[0] is not text:
        paired = _PAIRED = (text, {})
    spans = paired[1].get((lo, hi))
    if spans is None:
        spans = paired[1][lo, hi] = list(_double_spans(text, lo, hi))
    return spans


def closed_double_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(opening mark, after closing mark) of each double-quoted span closed in ``text[lo:hi]``."""
    return [(s.open, s.close) for s in _paired_doubles(text, lo, hi) if s.closed]


def open_double_at(text: str, lo: int, hi: int, at: int) -> int:
    """The opening mark of the double quotation open at offset ``at`` of the paragraph ``text[lo:hi]``: opened
    before ``at`` and not closed by then (one left unclosed runs to the paragraph's end, or to the mark that
    opens its next part after a lost break); -1 when none is."""
    for s in _paired_doubles(text, lo, hi):
        if s.open >= at:
            break
        if at < s.close or not s.closed and at == s.close:
            return s.open
    return -1


def quoted_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[Span]:
    """Every quoted span in reading order; ``paragraphs`` are (start, end) offsets."""
    spans: list[Span] = []
    for lo, hi in paragraphs:
        doubles = _paired_doubles(text, lo, hi)
        gaps, at = [], lo
        for s in doubles:
            gaps.append((at, s.open))
            at = s.close
        gaps.append((at, hi))
        if text.find("‘", lo, hi) < 0 and text.find("'", lo, hi) < 0:
            singles = []  # most paragraphs: no opening single mark at all
        else:
            singles = [s for a, b in gaps if b > a for s in _single_spans(text, a, b)]
        spans.extend(sorted(doubles + singles, key=lambda s: s.open))
    return spans



# A tokenised text (the Penn Treebank convention of CNN/DailyMail and other corpora: "`` i still believe ... . ''",
# "ca n't", "-lrb-"): every mark stands between spaces, so the flanking rule above cannot tell opening from closing,
# and such copies mix their sources' marks (a `` that closes, a “ closed by a single '). Its commas and full stops
# stand between words and spaces too ("news , and", "deal . but"), which edited prose does only by a slip; an
# ellipsis (". . .") is no sign.
_SPACED_STOP = re.compile(r"\w [,.] [\w`']")
_TOKENISED_STOPS = 3
_FORM_SPAN = 3000  # characters read: the form shows in the first paragraphs


def tokenised(text: str) -> bool:
    """``text`` is a tokenised copy (marks and stops split off as words): its quotation marks pair unreliably."""
    head = text[:_FORM_SPAN]
    return "-lrb-" in head or len(_SPACED_STOP.findall(head)) >= _TOKENISED_STOPS
