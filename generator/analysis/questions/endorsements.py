"""The builder for an endorsement the article expects but does not report given: "Bernie Sanders will throw his
support behind Hillary Clinton before the Democratic Party's nominating convention, predicted Madeleine Kunin" →
"Will Bernie Sanders endorse Hillary Clinton before the Democratic Party's nominating convention?"; "Ryan's
endorsement of Trump, many think, is only a matter of time" → "Will Paul Ryan endorse Donald Trump?".

A party figure's endorsement of a candidate is a step campaign reporting follows until it comes (AP Stylebook,
"endorse"); a forecast of it, or its noun with a word of time to come, is the article saying it has not come.
The generic forecast builder asks such sentences as "someone's word on what another will do" and ranks them
low; an endorsement is the one such step whose asking is nearly always worth it. The article reporting the
endorsement given closes it (``settled``: "endorsed").
"""
from __future__ import annotations

import re

from ...model import Sentence
from .withheld import _plain
from .wording import Context, Draft

_WHO = r"(?P<who>[A-Z][\w.’'&-]*(?:\s(?:of\s)?[A-Z][\w.’'&-]*){0,3})"
_WHOM = r"(?P<whom>(?:(?:Mr|Mrs|Ms|Sen|Gov|Rep)\.\s)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2})"
# "Sanders will throw his support behind Clinton", "Sharpton is expected to endorse Clinton",
# "Ryan's endorsement of Trump, many think, is only a matter of time", "… is likely to endorse Mr. Trump"
ENDORSEMENT_AHEAD = re.compile(
    rf"{_WHO}(?:,[^,]{{3,60}},)?\s(?:will|is\s(?:widely\s|now\s)?expected\sto|is\s(?:still\s)?likely\sto|is\s(?:probably\s)?inclined\sto|is\spoised\sto|plans\sto|intends\sto)\s"
    r"(?:eventually\s|soon\s|ultimately\s|formally\s|officially\s)?(?:endorse|back|throw\s(?:his|her|their)\s(?:full\s)?support\sbehind)\s"
    rf"{_WHOM}(?P<when>\s(?:before|by|at|after)\s(?:the\s)?[^,;.]{{3,60}})?"
    rf"|{_WHO.replace('who', 'owner')}(?:’s|'s)\sendorsement\sof\s{_WHOM.replace('whom', 'whom2')}(?=[^.;]{{0,40}}\b(?:matter\sof\stime|expected|likely|coming|inevitable|will\scome)\b)"
)
_WHEN_OK = re.compile(r"^\s(?:before|by|at)\s(?:the\s)?(?:[A-Z]|(?:party|Democratic|Republican)\b|(?:nominating\s|national\s)?convention\b|(?:next|this)\s(?:week|month))")


def ask_endorsement(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Sanders will throw his support behind Clinton before the convention, predicted Kunin' → 'Will Bernie Sanders
    endorse Hillary Clinton before the convention?'"""
    if s.text[: m.start()].count("“") > s.text[: m.start()].count("”") or s.text[: m.start()].count('"') % 2:
        return []  # inside a quotation: "I will back Clinton", a stance in the speaker's words
    who = _plain(ctx, m.group("who") or m.group("owner"))
    whom = _plain(ctx, m.group("whom") or m.group("whom2"))
    if not who or not whom or who == whom or whom.split()[0].lower() in {"the", "his", "her", "their"}:
        return []
    when = m.group("when") or "" if m.group("who") else ""
    when = when if when and _WHEN_OK.match(when) and len(when.split()) <= 9 else ""
    return [Draft(f"Will {who} endorse {whom}{when}?", who)]
