"""The builder for a match preview: a headline "Scotland v Italy (Sat)" over a fixture block ("Murrayfield,
Edinburgh" / "Saturday, 26 February" / "1400 GMT") → "Will Scotland beat Italy at Murrayfield on Saturday 26
February?", cited to the date line. A preview exists to ask who will win (BBC Sport's previews carry this headline
and block: the home side first, the day in brackets); the question is asked only when the headline names both sides
and a day, so a match report ("England 17-18 France") is never taken.
"""
from __future__ import annotations

import re

from ...model import Sentence
from ..names import MONTH_NAMES, WEEKDAYS
from .wording import Context, Draft

# "Saturday, 26 February" alone on its line: the fixture block's date.
_MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"
DATE_LINE = re.compile(
    r"^(?P<day>" + "|".join(d.title() for d in sorted(WEEKDAYS)) + r"),?\s(?P<date>\d{1,2}\s" + _MONTH + "|" + _MONTH + r"\s\d{1,2})\.?$"
)
_HEADLINE = re.compile(
    r"^(?:Preview:\s)?(?P<home>[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*){0,3})\sv\s(?P<away>[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*){0,3})"
    r"\s\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\)$"
)
# A ground on its own line: a few capitalised words, no verb ("Murrayfield, Edinburgh", "Lansdowne Road, Dublin").
_GROUND = re.compile(r"^(?P<ground>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3})(?:,\s[A-Z][\w\s.’'-]{1,30})?$")


def ask_preview(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Scotland v Italy (Sat)' / 'Murrayfield, Edinburgh' / 'Saturday, 26 February' →
    'Will Scotland beat Italy at Murrayfield on Saturday 26 February?'"""
    before = ctx.sentences[max(0, s.index - 3): s.index]
    head = next((h for t in before if (h := _HEADLINE.match(t.text))), None)
    if head is None:
        return []
    ground = _GROUND.match(before[-1].text) if before and not _HEADLINE.match(before[-1].text) else None
    at = f" at {ground.group('ground')}" if ground else ""
    home, away = head.group("home"), head.group("away")
    return [Draft(f"Will {home} beat {away}{at} on {m.group('day')} {m.group('date')}?", home)]
