"""The builder for an endorsement withheld: "Mr. Kasich, a Republican, has not endorsed Mr. Trump" → "Will John
Kasich endorse Donald Trump?"; "Ryan declined to endorse Trump" → "Will Paul Ryan endorse Donald Trump?".

An endorsement a party figure withholds from the party's candidate is one of the open questions US campaign reporting
follows to its end (AP and Politico keep running lists of who has and has not endorsed). An endorsement the article
reports given after the sentence closes it (``settled``: the endorser and the endorsed together, not "Ryan backed the
tax bill"). "Back" is an endorsement only between two people ("Britain will back France in the talks" is not one).

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
from .naming import person_name
from .wording import Context, Draft

_NAME = r"(?:(?:Mr|Mrs|Ms|Sen|Gov|Rep|Speaker|President|Senator|Governor)\.?\s)?[A-Z][\w’'-]*(?:\s(?:[A-Z]\.|[A-Z][\w’'-]*)){0,2}"
WITHHELD = re.compile(
    rf"(?P<who>{_NAME})(?:,[^,]{{3,60}},)?\s(?:"
    r"(?:has|have)\s(?:still\s)?(?:not|yet\sto)\s(?:yet\s)?(?:formally\s)?(?:endorsed|endorse)"
    r"|(?:refused|declined|refuses|declines|has\srefused|has\sdeclined)\sto\s(?:formally\s)?endorse"
    r"|(?:is|was)\snot\s(?:yet\s)?ready\sto\s(?:endorse|back)"
    rf")\s(?P<whom>{_NAME})"
)


def ask_endorsement(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Mr. Kasich, a Republican, has not endorsed Mr. Trump' → 'Will John Kasich endorse Donald Trump?'"""
    who = person_name(ctx, s, m.group("who"), m.start("who"))
    whom = person_name(ctx, s, m.group("whom").rstrip("."), m.start("whom"))
    if not who or not whom or who.startswith("the ") or who == whom:
        return []
    return [Draft(f"Will {who} endorse {whom}?", who)]


_WHO = r"(?P<who>[A-Z][\w.’'&-]*(?:\s(?:of\s)?[A-Z][\w.’'&-]*){0,3})"
_WHOM = r"(?P<whom>(?:(?:Mr|Mrs|Ms|Sen|Gov|Rep)\.\s)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2})(?![\w’'-])(?![’']s\b)"
# "Sanders will throw his support behind Clinton", "Sharpton is expected to endorse Clinton",
# "Ryan's endorsement of Trump, many think, is only a matter of time", "… is likely to endorse Mr. Trump"
ENDORSEMENT_AHEAD = re.compile(
    rf"{_WHO}(?:,[^,]{{3,60}},)?\s(?:will|is\s(?:widely\s|now\s)?expected\sto|is\s(?:still\s)?likely\sto|is\s(?:probably\s)?inclined\sto|is\spoised\sto|plans\sto|intends\sto)\s"
    r"(?:eventually\s|soon\s|ultimately\s|formally\s|officially\s)?(?P<verb>endorse|back|throw\s(?:his|her|their)\s(?:full\s)?support\sbehind)\s"
    rf"{_WHOM}(?P<when>\s(?:before|by|at|after)\s(?:the\s)?[^,;.]{{3,60}})?"
    rf"|{_WHO.replace('who', 'owner')}(?:’s|'s)\sendorsement\sof\s{_WHOM.replace('whom', 'whom2')}(?=[^.;]{{0,40}}\b(?:matter\sof\stime|expected|likely|coming|inevitable|will\scome)\b)"
)
_WHEN_OK = re.compile(r"^\s(?:before|by|at)\s(?:the\s)?(?:[A-Z]|(?:party|Democratic|Republican)\b|(?:nominating\s|national\s)?convention\b|(?:next|this)\s(?:week|month))")


def ask_endorsement_ahead(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Sanders will throw his support behind Clinton before the convention, predicted Kunin' → 'Will Bernie Sanders
    endorse Hillary Clinton before the convention?'"""
    if s.text[: m.start()].count("“") > s.text[: m.start()].count("”") or s.text[: m.start()].count('"') % 2:
        return []  # inside a quotation: "I will back Clinton", a stance in the speaker's words
    who = person_name(ctx, s, m.group("who") or m.group("owner"), m.start("who") if m.group("who") else m.start("owner"))
    whom = person_name(ctx, s, m.group("whom") or m.group("whom2"), m.start())
    if not who or not whom or who == whom or whom.split()[0].lower() in {"the", "his", "her", "their"}:
        return []
    if m.group("verb") == "back" and not ctx.refs.kind_of(whom) == ctx.refs.kind_of(who) == "person":
        return []  # "Britain will back France in the talks": "back" is an endorsement only between two people
    when = m.group("when") or "" if m.group("who") else ""
    when = when if when and _WHEN_OK.match(when) and len(when.split()) <= 9 else ""
    return [Draft(f"Will {who} endorse {whom}{when}?", who)]
