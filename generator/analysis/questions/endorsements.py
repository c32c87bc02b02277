"""The builder for an endorsement withheld: "Mr. Kasich, a Republican, has not endorsed Mr. Trump" → "Will John
Kasich endorse Donald Trump?"; "Ryan declined to endorse Trump" → "Will Paul Ryan endorse Donald Trump?".

An endorsement a party figure withholds from the party's candidate is one of the open questions US campaign reporting
follows to its end (AP and Politico keep running lists of who has and has not endorsed). An endorsement the article
reports given after the sentence closes it.

An endorsement forecast or awaited is the same open step seen from the other side: "Bernie Sanders will throw his
support behind Hillary Clinton before the Democratic Party's nominating convention, predicted Madeleine Kunin" →
"Will Bernie Sanders endorse Hillary Clinton before the Democratic Party's nominating convention?"; "Ryan's
endorsement of Trump, many think, is only a matter of time" → "Will Paul Ryan endorse Donald Trump?". The generic
forecast builder asks such sentences as "someone's word on what another will do" and ranks them low; an
endorsement is the one such step whose asking is nearly always worth it.
"""
from __future__ import annotations

import re

from ...model import Sentence
from .events import _who
from .references import COURTESY_TITLES
from .withheld import _plain
from .wording import Context, Draft

_NAME = r"(?:(?:Mr|Mrs|Ms|Sen|Gov|Rep|Speaker|President|Senator|Governor)\.?\s)?[A-Z][\w’'-]*(?:\s(?:[A-Z]\.|[A-Z][\w’'-]*)){0,2}"
WITHHELD = re.compile(
    rf"(?P<who>{_NAME})(?:,[^,]{{3,60}},)?\s(?:"
    r"(?:has|have)\s(?:still\s)?(?:not|yet\sto)\s(?:yet\s)?(?:formally\s)?(?:endorsed|endorse)"
    r"|(?:refused|declined|refuses|declines|has\srefused|has\sdeclined)\sto\s(?:formally\s)?endorse"
    r"|(?:is|was)\snot\s(?:yet\s)?ready\sto\s(?:endorse|back)"
    rf")\s(?P<whom>{_NAME})"
)
_ENDORSED = re.compile(r"\b(?:endorsed|endorses|endorsing|endorsement\sof|threw\s(?:his|her)\ssupport\sbehind|backed)\b")


_TITLES = frozenset(COURTESY_TITLES) | {"Sen", "Gov", "Rep", "Speaker", "President", "Senator", "Governor"}


def _bare(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if first.rstrip(".") in _TITLES and rest else name


def ask_endorsement(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Mr. Kasich, a Republican, has not endorsed Mr. Trump' → 'Will John Kasich endorse Donald Trump?'"""
    who = _who(ctx, s, _bare(m.group("who")), m.start("who"))
    whom = _bare(m.group("whom").rstrip("."))
    if not who or who.split()[0] in {"The", "But", "And", "He", "She", "It", "They"} or whom.split()[0] in {"The", "A", "An", "Him", "Her"}:
        return []
    who = ctx.refs.full_person(who) or who
    whom = ctx.refs.full_person(whom) or whom
    if who == whom:
        return []
    last = who.split()[-1]
    if any(t.index > s.index and last in t.text and _ENDORSED.search(t.text) and " not " not in t.text for t in ctx.sentences):
        return []  # the endorsement told given later
    return [Draft(f"Will {who} endorse {whom}?", who)]


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


def ask_endorsement_ahead(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
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
