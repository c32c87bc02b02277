"""Facts and figures: amounts, counts, percentages, quantities, scores and dates, each with its sentence.

One pass of one compiled pattern finds every figure; the alternatives are ordered so that at
a given position the most specific reading wins (a date before a count, money before a
bare number). Dates are normalised to ISO 8601 against the article's publication date when
it is known, following the TimeML/TIMEX3 convention of anchoring relative expressions
("yesterday", "last Tuesday", "December 19") to the document creation time (Pustejovsky et
al., *TimeML*, 2003); without a publication date only fully specified dates get a value.
A relative date is a fact only when it can be shown as a date other than the article's own:
"today" and "this year" are the publication date and year, and "Saturday" or "next year"
without a publication date tells a reader nothing.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Iterator

from ..model import Fact
from .document import Document
from . import fact_patterns as P
from . import spelled_numbers as S
from .actors.lexicon import ENTITY_TAGS, gazetteer
from .clause_form import IRREGULAR_PAST
from .fact_patterns import MONTHS, WEEKDAYS
from .regex_starts import word_matches
from .title import title_line

_FUTURE = re.compile(
    r"\b(?:will|’ll|'ll|is due|are due|is set|are set|is expected|are expected|scheduled|plans?|to be held|upcoming|"
    r"going to|ahead of|next)\b"
)


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


def _month_day(month_name: str, day: str, year: str | None, published: dt.date | None) -> str | None:
    month = MONTHS[month_name[:3].lower()]
    try:
        if year:
            return dt.date(int(year), month, int(day)).isoformat()
        if published is None:
            return None
        d = _closest_year(month, int(day), published)
    except ValueError:
        return None
    return d.isoformat() if d else None


_WORD_BEFORE = re.compile(r"([A-Za-z][\w.’'-]*)\s+$")


def _after_name(text: str, start: int, sentence_start: int) -> bool:
    """True when the figure follows a capitalised word that is not the sentence's first
    ("Rover 25", "Section 2", "Windows 2000": a number inside a name)."""
    m = _WORD_BEFORE.search(text, max(sentence_start, start - 30), start)
    if not m:
        return False
    word = m.group(1)
    if word.endswith(("'", "’", "'s", "’s")) and _scaled(text, start):
        # a possessive before a figure written with a group comma, a hyphen or a scale word is no name's end ("Bernie
        # Sanders' 13 million voters", "Angola's 30-year war"); before plain digits it may be ("Porsche's 911 cars")
        return False
    if m.start(1) == sentence_start and not (_model_code(text, start) and "w" not in gazetteer().get(word.lower(), "")):
        return False  # ("About 3500 people", "Another 1500 troops": a common word opens the sentence, not a name)
    return word[:1].isupper() and word.rstrip(".")[:3].lower() not in MONTHS


def _scaled(text: str, start: int) -> bool:
    """True when the figure at ``start`` has a group comma or is followed by a hyphen or a scale word."""
    m = P.NUMBER_AT.match(text, start)
    end = m.end() if m else start
    return "," in text[start:end] or text[end:end + 1] == "-" or bool(P.SCALE_AFTER.match(text, end))


def _model_code(text: str, start: int) -> bool:
    """True for four or more digits with no thousands comma ("Nokia 7610 owners" opening a sentence): news style
    writes a count from 1,000 up with commas (AP and BBC style guides), so such digits after a name are a model's."""
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return end - start >= 4 and text[end:end + 1] not in (",", ".")


def _verb_like(word: str) -> bool:
    return word in IRREGULAR_PAST or word.endswith(("ed", "ly")) or word in P.AGE_NOUN_ENDS


def _whose_age(text: str, end: int) -> int:
    """End of an age with what it describes, when that is plain: "a 19-year-old man", "17-year-old
    Trayvon Martin", "a 29-year-old Berlin woman"; "The 34-year-old said" or "a 15-year-old
    part-time worker" keep the age alone (a phrase cut short would read worse than none)."""
    m = P.AGE_NOUN.match(text, end)
    name, noun = m.group("name"), m.group("noun")
    if noun is None or _verb_like(noun):
        return m.end("name") if name else end  # "17-year-old Trayvon Martin", "the 25-year-old Briton clocked"
    after = text[m.end("noun"):m.end("noun") + 1]
    follower = m.group("next")
    if noun.endswith("s") and not noun.endswith("ss") or after in "'’":
        return end  # "The 27-year-old believes", "the 22-year-old singer's"
    if follower is not None and not (follower.strip() in P.AGE_NOUN_ENDS or _verb_like(follower.strip())):
        return end  # another lower-case word: "a 15-year-old part-time worker"
    if follower is None and after.isspace():
        return end  # a capitalised word next: "the 31-year-old former France international"
    return m.end("noun")


def _closes(word: str, *, plural: bool = True) -> bool:
    """True when ``word``, after a noun, ends its phrase: a function word, a past form or an adverb in -ly, or
    (``plural``) a word in -s, a verb ("a 10-year plan includes")."""
    return word in P.MEASURED_NOUN_ENDS or _verb_like(word) or plural and word.endswith("s") and not word.endswith("ss")


def _ends_at(text: str, at: int, word: str | None = None, *, plainly: bool = False) -> bool:
    """True when the noun phrase ends at ``at``, before ``word`` (the lower-case word there when read already, "" when
    read and none is there): at the
    text's end, punctuation, a word that ``_closes`` it, a capitalised word, a figure or a quotation mark; ``plainly``,
    only at the end, punctuation or a function word (no capitalised word, verb or figure)."""
    if at >= len(text):
        return True
    if not text[at].isspace():
        return text[at] in ".,;:)!?" if plainly else not text[at].isalnum()
    if word is None:
        m = P.MEASURED_NOUN.match(text, at)
        word = m.group(1) if m else ""
    if not word:
        return not plainly  # a capitalised word, a figure, a quotation mark, a line break
    return word in P.MEASURED_NOUN_ENDS if plainly else _closes(word)


def _what_it_measures(text: str, end: int) -> int:
    """End of a hyphenated measure with the noun it describes: "a 10-month restructuring plan was", "the 25-second
    speech that", "an 18-month period due to"; the measure alone when the phrase's end is not plain ("a 29-day early
    voting period")."""
    m = P.MEASURED_NOUN.match(text, end)
    if m is None or _closes(m.group(1), plural=False):
        return end
    second = m.group(2) or ""
    if second == "of" and m.group(1) in P.OF_COMPOUNDS:
        last = " of " + P.OF_COMPOUNDS[m.group(1)]  # "a 2.2-point margin of error": one noun
        i = m.end(1) + len(last)
        if text.startswith(last, m.end(1)) and not text[i:i + 1].isalnum():
            return i
    if _ends_at(text, m.end(1), second):
        return m.end(1)
    if second and second.endswith(("ible", "able")):
        return m.end(1)  # "the 15-member committee responsible for": an adjective after the noun
    if second and _ends_at(text, m.end(2)):  # (a closing second word ended the phrase above)
        return m.end(2)
    return end


def _what_a_scale_counts(text: str, end: int) -> int:
    """End of a bare "N million" with the noun it describes, where that is plain: one word then punctuation or a
    preposition ("the seven million barrier for", "our five million target by"), or a hyphenated word and the phrase
    it starts ("an 11 million-person undocumented population."). A verb next ("24 million saw", "32 million getting
    hooked", "5 million browse the net": the noun elided) leaves the figure bare."""
    if text[end:end + 1] == "-":
        joined = P.HYPHENATED_WORD.match(text, end)
        if joined is None:
            return end
        m = P.MEASURED_NOUN.match(text, joined.end())
        if m and m.group(2) and not {m.group(1), m.group(2)} & P.MEASURED_NOUN_ENDS:
            return m.end(2) if _ends_at(text, m.end(2), plainly=True) else joined.end()
        return joined.end()
    m = P.MEASURED_NOUN.match(text, end)
    if m is None or _closes(m.group(1), plural=False) or m.group(1).endswith(("ing", "s")):
        return end
    return m.end(1) if _ends_at(text, m.end(1), m.group(2) or "", plainly=True) else end


class _SpanStart(str):
    """A span's value, its first year ("1971" for "from 1971 to 1987"), marked so that ``extract_facts`` lists each
    year of the span once; ``str`` again in the fact."""


_SCORE_NEXT = re.compile(r" ?[-–] ?\d")  # "3-1", "2 – 0" after the number: a score


_back = P.back


def _word_before(pattern: re.Pattern, ends: frozenset[str], text: str, start: int, reach: int) -> re.Match | None:
    """``_back`` for a pattern of words then a space at the end of the text searched (or a space and a final line
    break there, as ``$`` allows): searched only if the word before ``start`` ends in one of ``ends`` (lower case,
    all of one length), which most words there do not. Not ASCII there: the regex engine's case folding decides
    ("ſ" matches "s" under re.IGNORECASE)."""
    n = len(next(iter(ends)))
    before = text[max(0, start - n - 2):start]
    if before.isascii():
        before = before.lower()
        if before[-n - 1:-1] not in ends and before[-n - 2:-2] not in ends:
            return None
    return _back(pattern, text, start, reach)


def _qualified(text: str, start: int) -> int:
    """Start of the figure including a qualifier before it ("more than", "up to")."""
    q = _word_before(P.QUALIFIER_BEFORE, P.QUALIFIER_ENDS, text, start, 30)
    return q.start() if q else start


def _ranged(text: str, start: int) -> int:
    """Start of the figure including the first number of its range ("8 to 10 percent", the first
    smaller; "between six and 12 months") and a qualifier before that: "10 percent" alone would
    misread "about 8 to 10 percent". After a verb of change the first number is the change, read from the verb
    ("fell 12 to 340 pence")."""
    near = text[max(0, start - 5):start]
    if "and" in near:
        b = _back(P.BETWEEN_BEFORE, text, start, 24)
        if b and P.SPELLED_SMALL.get(b.group(1), _number(b.group(1))) < _number(P.NUMBER_AT.match(text, start).group(0)):
            return b.start()  # "between 0 and 2 percent" too
        return _qualified(text, start)
    if "to" not in near:
        return _qualified(text, start)  # no "to" right before: no range (most figures), no regex search
    r = _back(P.RANGE_BEFORE, text, start, 20)
    if r and _number(r.group(1)) < _number(P.NUMBER_AT.match(text, start).group(0)):
        change = _back(P.CHANGE_RIGHT_BEFORE, text, r.start(), 16)
        return change.start() if change else _qualified(text, r.start())  # "fell 12 to 340 pence": a change
    return _qualified(text, start)  # none, or "2005 to 5.5 million", "35 to 12 percent": a year or a change


def _number(digits: str) -> float:
    try:
        return float(digits.replace(",", "").rstrip("."))
    except ValueError:
        return float("inf")


def _number_fact(text: str, m: re.Match, published: dt.date | None, sentence) -> tuple[int, int, str, str | None] | None:
    """Classify the number at ``m``: (start, end, kind, value) or None."""
    m = P.NUMBER_AT.match(text, m.start())
    if m is None:
        return None
    start, end = m.span()
    if text[end:end + 1].isdigit():
        return None  # a misprinted figure ("$1,8923"): its groups of three end inside the digits
    if start and (text[start - 1].isalnum() or text[start - 1] in "._/-:"):
        if not (text[start] in "$€£¥" and _back(P.CURRENCY_PREFIX_BEFORE, text, start, 3)):
            return None  # inside a word, a code, a score or a range
    nxt = text[end:end + 4]
    if "-" in nxt[:2] or "–" in nxt[:2]:
        pr = P.PERCENT_RANGE_END.match(text, end)
        if pr:  # "2-3%", "an 8%-10% rise": one range
            return _qualified(text, start), pr.end(), "percent", None
        dr = P.DASH_RANGE_END.match(text, end)
        if dr and _number(m.group(0)) < _number(dr.group(1)):  # "11-14 euros", "10-20 million": one range
            return _dashed_range(text, start, dr.end())
    if _SCORE_NEXT.match(nxt) and text[start] not in "$€£¥":
        return _score(text, start, sentence)
    if nxt[:1] in ":/":
        return None  # a time, a fraction
    if _word_before(P.LABEL_BEFORE, P.LABEL_ENDS, text, start, 16):
        return None  # "chapter 11", "Section 2": a label, not a figure
    if text[start] in "$€£¥":
        prefix = _back(P.CURRENCY_PREFIX_BEFORE, text, start, 3)
        start = prefix.start() if prefix else start
        end = P.AFTER_AMOUNT.match(text, end).end()
        dash = P.AMOUNT_DASH_END.match(text, end) if text[end:end + 1] in ("-", "–") else None
        if dash and (dash.group("sign") or _number(m.group(0).lstrip("$€£¥ ")) < _number(dash.group("num"))):
            # "$24-$26", "$50-100,000": one range
            end = P.AFTER_AMOUNT.match(text, dash.end()).end()
        to = P.AMOUNT_RANGE_END.match(text, end) if text[end:end + 1].isspace() else None
        between = _back(P.AMOUNT_BETWEEN_BEFORE, text, start, 9) if to else None
        if between:  # "between $1,001 and $5,000": one range
            return between.start(), P.AFTER_AMOUNT.match(text, to.end()).end(), "amount", None
        return _qualified(text, start), end, "amount", None
    code = _back(P.CURRENCY_CODE_BEFORE, text, start, 5)
    if code:
        return _qualified(text, code.start()), P.AFTER_AMOUNT.match(text, end).end(), "amount", None
    digits = m.group(0)
    if start and text[start - 1] in "$€£¥":
        return None  # the anchor was a currency sign's figure, already read
    iso = P.ISO_DATE.match(text, start)
    if iso:
        return start, iso.end(), "date", iso.group(0)
    if len(digits) <= 2:
        month = _back(P.MONTH_BEFORE, text, start, 12)
        if month:
            after = P.AFTER_MONTH_DAY.match(text, end)
            if after:
                value = _month_day(month.group("mon"), digits, after.group("year"), published)
                return month.start(), after.end(), "date", value
        after = P.AFTER_DAY.match(text, end)
        if after:
            return start, after.end(), "date", _month_day(after.group("mon"), digits, after.group("year"), published)
    if len(digits) == 4 and digits.isdigit() and (digits[:1] == "1" or digits[:2] == "20"):  # "14.4", "1.33": no year
        month = _back(P.MONTH_BEFORE, text, start, 12)
        if month:
            return month.start(), end, "date", f"{digits}-{MONTHS[month.group('mon')[:3].lower()]:02d}"
        if P.DECADE_AFTER.match(text, end - 1):  # "the late 1990s": a decade, not the year 1990
            return (start, end + 1, "date", None) if _back(P.DECADE_BEFORE, text, start, 12) else None
        prep = _back(P.YEAR_PREPOSITION_BEFORE, text, start, 12)
        if prep and P.AFTER_YEAR_OK.match(text, end):
            word = prep.group(0)[:-1].lower()
            if word in ("from", "until") and _back(P.CLOCK_AFTER_DATE_BEFORE, text, start, 24):
                return None  # "on Wednesday 19 January, from 1930": a time of day
            span = P.YEAR_SPAN_END.match(text, end) if text[end:end + 1] == " " else None
            if span and P.AFTER_YEAR_OK.match(text, span.end()):  # "from 1971 to 1987", "in 2020 or 2024": one span
                return prep.start() if word == "between" else start, span.end(), "date", _SpanStart(digits)
            return start, end, "date", digits
        if digits[:2] in ("19", "20"):
            return None  # a year used as a modifier ("the 2016 candidates") or in a name
    for pattern, kind in ((P.AFTER_PERCENT, "percent"), (P.AFTER_MONEY_WORD, "amount"), (P.AFTER_QUANTITY, "quantity")):
        after = pattern.match(text, end)
        if after:
            if kind == "percent" and digits in P.WHOLE_PERCENTS and (whole := P.WHOLE_PERCENT_AFTER.match(text, end)) and (
                    _back(P.WHOLE_PERCENT_BEFORE if whole.group("word") else P.WHOLE_PERCENT_SAID_BEFORE, text, start, 40)):
                return None  # "has been 100%", "I'm 100 percent sure": a figure of speech
            if kind == "quantity" and (_after_name(text, start, sentence.start) or _trivial(text, start, end, after.end())):
                return None
            if kind == "quantity" and text.startswith(" times", end) and _back(P.MULTIPLE_ARTICLE_BEFORE, text, start, 5):
                return None  # "a 4 times winner": a modifier
            stop = after.end()
            if kind == "quantity" and text.endswith(("year", "-year-olds"), 0, stop):
                if text.endswith("olds", 0, stop) or text.startswith(" olds", stop):
                    return None  # "15 to 24-year-olds", "18 to 24 year olds": an age group names people, no figure
                if text.startswith(" old ", stop):
                    stop += 4  # "a 24 year old man": an age, read as "24-year-old" is
            if text.endswith(("-old", " old"), 0, stop):
                stop = _whose_age(text, stop)
            elif kind == "quantity" and (text[end] == "-" or text[end] == " " and _singular_unit(text, stop) and digits != "1"):
                # "a 10-month restructuring plan", "the 60 second ad": the measure is the noun's
                stop = _what_it_measures(text, stop)
            elif kind == "quantity" and text.startswith((" sec", " min"), end):
                larger = _back(P.TIME_BEFORE, text, start, 24)  # "one minute 47.97 seconds": one time
                if larger:
                    return larger.start(), stop, kind, None
            return _ranged(text, start), stop, kind, None
    if text.startswith((" point", " pts"), end) and P.POINTS_AFTER.match(text, end):
        return _points(text, start, end)  # (not "3 pointers": a count)
    if text.startswith(" to ", end) and (tally := P.VOTE_TALLY_END.match(text, end)) and (
            _back(P.VOTE_TALLY_BEFORE, text, start, 48)):
        return start, tally.end(), "score", None  # "confirmed 92 to 0", "trails Trump 458 to 359": a tally
    after = P.AFTER_COUNT.match(text, end)
    if after is None and " and " in text[end:end + 40]:
        after = P.AFTER_PAIRED_COUNT.match(text, end)  # "300,000 council and housing association tenants"
    if after and not _after_name(text, start, sentence.start) and not _named_by_word(text, end, after.end()):
        return _ranged(text, start), _count_end(text, after), "count", None
    if P.CHANGE_END.match(text, end) and text[start - 1:start] == " " and (change := _back(P.CHANGE_BEFORE, text, start, 40)):
        return change.start(), end, "count", None  # "rose 7,000 in November"
    if "," in digits and P.CHANGE_END.match(text, end) and text[start - 1:start] == " " and (
            level := _back(P.LEVEL_BEFORE, text, start, 40)):
        return level.start(), end, "count", None  # "unit sales totalled 1,751,000"
    return None


def _points(text: str, start: int, end: int) -> tuple[int, int, str, str | None] | None:
    """Points with what won or moved them ("won by 30 points", "22 points behind", "closed down 24.11 points"); points
    with no such word are left out (``POINTS_BEFORE``)."""
    pts = P.POINTS_AFTER.match(text, end)
    if pts is None:
        return None
    if pts.group("margin"):
        return _qualified(text, start), pts.end(), "quantity", None
    cue = _back(P.POINTS_BEFORE, text, start, 40)
    return (cue.start(), pts.end(), "quantity", None) if cue else None


def _named_by_word(text: str, end: int, stop: int) -> bool:
    """True when a count's capitalised modifier is only a common word ("6 Music listeners", "19 Management runs"): the
    figure and the word are a name. A people's, a company's or a party's word is a modifier ("56,000 American deaths",
    "22,000 Twitter followers", "62 Labour rebels"; the actor gazetteer's tags)."""
    if text[end:stop].islower():
        return False
    for m in P.CAPITAL_MODIFIER.finditer(text, end, stop):
        tags = gazetteer().get(m.group(0).lower(), "")
        if "w" in tags and not set(tags) & _NAME_TAGS:
            return True
    return False


_NAME_TAGS = ENTITY_TAGS | {"d"}  # the gazetteer's tags of a name (places, bodies, people), and of a people


def _singular_unit(text: str, stop: int) -> bool:
    """True when the unit ending at ``stop`` is a word in the singular ("the 60 second ad", "a 5 minute walk"): after a
    number above one it describes the noun next, as a hyphenated measure does."""
    return text[stop - 1:stop].isalpha() and text[stop - 1] != "s" and text[stop:stop + 1] == " " and (
        not text.endswith("feet", 0, stop))  # (an irregular plural: "6 feet high")


def _count_end(text: str, after: re.Match) -> int:
    """End of a count whose noun ``after`` matched (``AFTER_COUNT``): past what a scale word it ends on counts."""
    stop = after.end()
    if text[stop - 1:stop] == "s" and text[stop:stop + 1] == " " and (noun := P.NEXT_PLURAL.match(text, stop)):
        last = text[:stop].rsplit(None, 1)[-1]
        if "-" in last or last in P.PLURAL_MODIFIERS:
            return noun.end()  # "10 sales reps", "50,000 with-profits investors"
    if text.endswith(P.SCALE_ENDS, 0, stop):
        stop = _what_a_scale_counts(text, stop)  # "the seven million barrier", "11 million-person"
    return stop


def _dashed_range(text: str, start: int, end: int) -> tuple[int, int, str, str | None]:
    """A range "11-14 euros", "0.3-0.5 megabits", "10-20 million people" from ``start`` to its second number's
    ``end``, with what follows that number (which ``DASH_RANGE_END`` has seen)."""
    money = P.AFTER_MONEY_WORD.match(text, end)
    if money:
        return _qualified(text, start), money.end(), "amount", None
    unit = P.AFTER_QUANTITY.match(text, end)
    if unit:
        return _qualified(text, start), unit.end(), "quantity", None
    return _qualified(text, start), _count_end(text, P.AFTER_COUNT.match(text, end)), "count", None


def _trivial(text: str, start: int, end: int, stop: int) -> bool:
    """True for a quantity that is noise to a reader: a match clock ("after 19 minutes", "with 11 minutes left"; not
    "after 90 minutes of talks", a duration), a stretch of a race ("the last 200 metres"), a figure of speech ("a
    360-degree view"). ``end`` is the number's end, ``stop`` the unit's."""
    if not text.startswith(P.STRETCH_UNITS, end + 1):
        return text[end] == "-" and text[start:stop] in P.FIGURES_OF_SPEECH
    if text[end] == " " and _back(P.STRETCH_BEFORE, text, start, 10):  # ("the first 30-minute comedy": a kind)
        return True
    if not text.startswith("min", end + 1):
        return False
    if P.CLOCK_AFTER.match(text, stop):
        return True
    return bool(_back(P.CLOCK_BEFORE, text, start, 14)) and not text.startswith(" of ", stop)


def _score(text: str, start: int, sentence) -> tuple[int, int, str, str | None] | None:
    """'won 24-18', 'a 2-1 victory': two numbers joined by a dash in a sentence about a result
    (a range "10-15 people", a season "2004-05" or a fraction is not one)."""
    m = P.SCORE.match(text, start)
    if m is None or P.AFTER_COUNT.match(text, m.end()) or P.AFTER_QUANTITY.match(text, m.end()) or (
            P.AFTER_DAY.match(text, m.end())):  # "27-28 November": days
        return None
    if not P.RESULT_WORD.search(sentence.text):
        return None
    if _back(P.HYPOTHETICAL_BEFORE, text, start, 40):
        return None  # "If we lose 2-0 we are out": a score that may come, not the match's
    if _game_points(text, m.group(0)) or P.RUNNING_SCORE_AFTER.match(text, m.end()):
        return None  # a game's points, a running score ("from 4-1 down")
    run = P.SCORE_RUN.match(text, m.end())
    return start, run.end() if run else m.end(), "score", None  # "won 1-6 6-3 6-4 6-4": the sets as one result


def _game_points(text: str, score: str) -> bool:
    """True for a tennis game's points ("40-15", "0-30 down") in a tennis report (one that speaks of a break point,
    deuce or a tie-break): the running count inside one game, noise beside the sets' scores."""
    sides = {s.strip() for s in re.split("[-–]", score)}
    if not sides <= P.TENNIS_POINTS or sides == {"0"}:
        return False
    return any(w in text for w in P.TENNIS_WORDS)


def _day_or_year(text: str, m: re.Match, published: dt.date | None, sentence) -> tuple[int, int, str, str | None] | None:
    """'yesterday', 'last Tuesday', 'next year' … found from their last syllable, as dates."""
    if published is None:
        return None  # no date to show: "Saturday", "next year" alone are not facts
    end = m.end()
    word = m.group(0)
    if word == "year":
        q = _back(P.YEAR_WORD_BEFORE, text, m.start(), 6)
        shift = {"last": -1, "this": 0, "next": 1}[q.group("q").lower()] if q else 0
        return (q.start(), end, "date", str(published.year + shift)) if shift else None
    if word == "morrow":
        if not text[max(0, m.start() - 2):m.start()].lower() == "to" or (m.start() > 2 and text[m.start() - 3].isalpha()):
            return None
        if text[m.start() - 2] == "T" and m.start() - 2 != sentence.start:
            return None  # "Tomorrow" inside a sentence: a name or a title ("Tomorrow's World")
        start = m.start() - 2
        return start, end, "date", (published + dt.timedelta(days=1)).isoformat()
    d = _back(P.DAY_WORD_BEFORE, text, m.start(), 12)
    if d is None:
        return None
    if d.group("rel"):
        if d.group("rel").lower() != "yester":
            return None  # "today": the publication date itself
        return d.start(), end, "date", (published - dt.timedelta(days=1)).isoformat()
    start = d.start()
    if text[end:end + 1] == "s" or _back(P.INDEFINITE_BEFORE, text, start, 8):
        return None  # "on a Sunday", "on Sundays": no particular day
    if re.match(r"\s[A-Z]", text[end:end + 2]) and re.search(r"(?:\b[Tt]he\s|[“\"‘])$", text[max(0, start - 4):start]):
        return None  # "the Sunday Telegraph", "“Sunday Morning Futures”": a name
    qualifier = d.group("q").lower() if d.group("q") else None
    future = bool(_FUTURE.search(sentence.text))
    return start, end, "date", _weekday(d.group("wd"), qualifier, published, future).isoformat()


def _spelled_count(text: str, m: re.Match, published: dt.date | None, sentence) -> tuple[int, int, str, str | None] | None:
    """'three million people': a spelled-out number with a scale word (small ones are noise)."""
    n = _back(P.SPELLED_BEFORE, text, m.start(), 16)  # (the longest number word: "seventy-seven ")
    if n is None:
        return None
    after = P.AFTER_COUNT.match(text, n.end() - 1)
    end = after.end() if after else m.end()
    if text.endswith(P.SCALE_ENDS, 0, end):
        end = _what_a_scale_counts(text, end)  # "the seven million barrier"
    return _qualified(text, n.start()), end, "count", None


def _proportion_matches(text: str, start: int) -> Iterator[re.Match]:
    """``PROPORTION.finditer``: its first number ends where a ``PROPORTION_LINK`` starts, so
    it starts where the word before the link does ("eight of"), or at the currency sign before
    the figure ("$4 of"). Those places are tried with ``PROPORTION.match`` in text order,
    skipping any inside the last match, as ``finditer`` would."""
    spots = set()
    for link in P.PROPORTION_LINK.finditer(text, start):
        word = at = link.start()
        while word > start and (text[word - 1].isalnum() or text[word - 1] == "_"):  # ``\w``
            word -= 1
        spots.add(word)
        while at > start and (text[at - 1].isdecimal() or text[at - 1] in ",."):  # ``[\d,.]``
            at -= 1
        if at > start and text[at - 1] in "$€£":
            spots.add(at - 1)
    end = start
    for at in sorted(spots):
        if at >= end and (m := P.PROPORTION.match(text, at)):
            end = m.end()
            yield m


def _proportion(text: str, m: re.Match, published: dt.date | None, sentence) -> tuple[int, int, str, str | None] | None:
    """'eight of 10 avocados': one figure, not a count of 10 avocados; not a label ("part 3 of 3": an editor's note)
    nor a name's "One" ("Uranium One in talks")."""
    start = m.start()
    if _word_before(P.LABEL_BEFORE, P.LABEL_ENDS, text, start, 16):
        return None
    if text.startswith("One", start) and _after_name(text, start, sentence.start):
        return None
    end = m.end()
    second = P.PROPORTION_SECOND.search(text, start, end)
    if second and P.AFTER_QUANTITY.match(text, second.end()):
        return None  # "one of the 800 metres favourites": a measure, an event's name, not what is counted
    if text[end - 1].isdigit() or text[end - 3:end].lower() in _SMALL_ENDS:  # no noun read
        whole = P.PROPORTION_WHOLE.match(text, end) if text.startswith((" of ", " sa"), end) else None
        end = whole.end() if whole else end
    return _qualified(text, start), end, "proportion", None  # "more than six in 10", "about eight out of 10"


_SMALL_ENDS = frozenset(w[-3:] for w in P.SPELLED_SMALL)  # a proportion that ends on its number: "one in ten"


def _spelled(find: Callable[[str, re.Match], tuple | None]) -> Callable:
    """A finder of ``spelled_numbers`` as a finder of this module (which is given the date and the sentence too)."""
    return lambda text, m, published, sentence: find(text, m)


def _with_qualifier(find: Callable[[str, re.Match], tuple | None]) -> Callable:
    """``_spelled``, the figure with a qualifier before it ("about two per cent", "Nearly two decades")."""
    def classify(text: str, m: re.Match, published, sentence):
        fact = find(text, m)
        return (_qualified(text, fact[0]), *fact[1:]) if fact else None
    return classify




def _number_matches(text: str, start: int) -> Iterator[re.Match]:
    """``NUMBER``'s matches from ``start``; in an ASCII text (``isascii`` is read from a flag) ``NUMBER_ASCII``'s, the same."""
    return (P.NUMBER_ASCII if text.isascii() else P.NUMBER).finditer(text, start)


_RATED = frozenset(("amount", "percent", "quantity", "count"))  # kinds of figure that may be a rate
_FINDERS = ((_proportion_matches, _proportion), (_number_matches, _number_fact), (word_matches(P.DAY_OR_YEAR, P.DAY_OR_YEAR_WORDS), _day_or_year),
            (word_matches(P.SCALE_WORD, P.SCALE_WORDS), _spelled_count),
            (S.duration_matches, _with_qualifier(S.duration)),
            (S.focused_matches, _spelled(S.focused_count)),
            (S.percent_matches, _with_qualifier(S.percent)))


def extract_facts(doc: Document, *, published: dt.date | None = None) -> tuple[Fact, ...]:
    """Every figure in the body (the headline line is skipped), in text order."""
    headline = title_line(doc)
    skip_to = headline.end if headline is not None else 0
    text = doc.text
    found: list[tuple[int, int, str, str | None, int]] = []
    for matches, classify in _FINDERS:
        for m in matches(text, skip_to):
            sentence = doc.sentence_at(m.start())
            if sentence is None:
                continue
            fact = classify(text, m, published, sentence)
            if fact is not None:
                if fact[2] in _RATED and text.startswith(P.RATE_STARTS, fact[1]):
                    rate = P.RATE_AFTER.match(text, fact[1])  # "$15 an hour": the figure with what it is per
                    if rate:
                        fact = (fact[0], rate.end(), *fact[2:])
                found.append((*fact, sentence.index))
    found.sort(key=lambda f: (f[0], -f[1]))
    facts, last_end, seen, seen_days = [], -1, {}, set()
    for start, end, kind, value, index in found:
        if start < last_end:
            continue  # overlaps a figure already taken ("5 May" found as a number and a month)
        last_end = end
        said = " ".join(text[start:end].lower().split())
        # "7,000 jobs" after "as many as 7,000 jobs" is the same count of the same thing; "less than 50%" after "more
        # than 50%" is not the same, nor "about 4%" after "4%" (a figure without its noun may be of anything)
        q = P.QUALIFIER_START.match(said)
        qualifier, figure = (q.group(0), said[q.end():]) if q and kind == "count" else ("", said)
        # an age again with other words ("the 24-year-old mother" after "a 24-year-old woman") is one person's
        key = (kind, value or (figure.partition("-old")[0] if kind == "quantity" else figure))
        span = isinstance(value, _SpanStart)  # "1971 to 1987": known by its years, not by the first
        if span:
            key, value = (kind, said), str(value)
        before = seen.setdefault(key, set())
        if before and (not qualifier or "" in before or qualifier in before):
            continue  # the same date or figure again: listed once, where it first appears
        before.add(qualifier)
        if span:  # each year of a span printed once: "1987" alone after "1971 to 1987" is not listed again
            for y in said.split():
                if len(y) == 4 and y.isdigit():
                    seen.setdefault((kind, y), set()).add("")
        dm = _day_month(kind, value, said)
        if dm is not None:
            if dm in seen_days and not _HAS_YEAR.search(said):
                continue  # "7 March" after "7 March 2003": the same day again, its year left out
            seen_days.add(dm)
        facts.append(Fact(text[start:end], start, end, kind, index, value))
    return _without_context_years(facts)


_HAS_YEAR = re.compile(r"\b(?:1\d|20)\d\d\b")
_DAY_MONTH = re.compile(r"(?:(\d{1,2})\D*?\s([a-z]{3})[a-z]*|([a-z]{3})[a-z]*\.?\s(\d{1,2}))\b")


def _day_month(kind: str, value: str | None, said: str) -> tuple[int, int] | None:
    """(month, day) of a date naming a day, from its ISO value or its words ("7 march", "sept. 11"); else None."""
    if kind != "date":
        return None
    if value and len(value) == 10 and value[4] == "-":
        return int(value[5:7]), int(value[8:10])
    m = _DAY_MONTH.match(said)
    if m is None:
        return None
    day, mon = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return (MONTHS[mon], int(day)) if mon in MONTHS else None


def _without_context_years(facts: list[Fact]) -> tuple[Fact, ...]:
    """The facts but a bare year ("2004") in a sentence listed already for another figure: the sentence is shown with
    that figure, year and all, and the year again on a line of its own reads as a fact of its own (readers named it
    noise). A sentence whose only figures are years keeps them."""
    other = {f.sentence for f in facts if not _bare_year(f)}
    return tuple(f for f in facts if not (_bare_year(f) and f.sentence in other))


def _bare_year(f: Fact) -> bool:
    return f.kind == "date" and len(f.text) == 4 and f.text.isdigit()
