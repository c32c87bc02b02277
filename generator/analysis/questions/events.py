"""Builders for pending events whose outcome news reports leave open: an award nomination, a match
to come, a bid or takeover offer, talks under way, an outcome someone expects, a step an actor has
yet to take, and a race an actor is running in.

Each asks the outcome the event is for ("Will X win best actor?", "Will X's bid for Y succeed?"),
with who and what taken from the sentence. The event nouns and verbs are the ones the TimeML event
classes (Pustejovsky et al., 2003) call OCCURRENCE and I_ACTION for news, cut to those whose outcome
a reader waits for.
"""
from __future__ import annotations

import re

from ...model import Sentence
from ..names import MONTH_NAMES, US_STATE_NAMES
from . import cues
from .inversion import AUXILIARIES, lower_first, main_clause, yes_no
from .naming import subject_name
from .references import COURTESY_TITLES, POSSESSIVE_KIND, possessive
from .wording import COUNT, Context, Draft, base_form, charge_list

_PRONOUNS = frozenset("he she it they".split())
_THE = re.compile(r"^The\s")


def _phrase(text: str, limit: int = 12) -> str | None:
    """The noun phrase at the start of ``text``, cut at its clause's end; None when too long to ask."""
    phrase = main_clause(text)
    phrase = re.split(r"\s(?:after|before|when|while|which|who|as|since|because|amid|following|having)\s", phrase, maxsplit=1)[0]
    words = phrase.split()
    return phrase if 1 <= len(words) <= limit else None


_AWARD = re.compile(r"\b(?:best|award|awards|prize|Oscars?|Baftas?|Grammys?|Emmys?|Brits?|Golden\sGlobes?|trophy|medal|title|category|honour|honor)\b", re.I)
_WINNERS = re.compile(r"\b(?:won|wins|winners?|scooped|collected|picked\sup|triumphed|beat|beating)\b[^.]{0,80}\bbest\b|\bbest\b[^.]{0,80}\b(?:went\sto|won)\b")


_AFTER_PREPOSITION = re.compile(r"\b(?:by|of|from|with|for|to|and)\s$")
_COUNTED = re.compile(rf"^(?:{COUNT})\s(?P<what>.+s)$", re.I)


def ask_award(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Hilary Swank is nominated for best actress at the Oscars' → 'Will Hilary Swank win best actress at the Oscars?'"""
    who = subject_name(ctx, s, m.group("who"), m.start("who"))
    award = _phrase(m.group("award"))
    if not who or not award or not _AWARD.search(award):
        return []  # "nominated for Endgame": the work, not the award
    if _WINNERS.search(ctx.text):
        return []  # the article reports who won: the ceremony is over
    if _AFTER_PREPOSITION.search(s.text, 0, m.start("who")):
        return []  # "a feature by Raoul Peck competing for …": the name is not what competes
    penalties = [("a nomination reported in the past tense", 1.0)] if m.group("aux") in {"was", "were"} else []
    if (count := _COUNTED.match(award)):
        return [Draft(f"How many {count.group('what')} will {lower_first(who)} win?", who, penalties)]
    return [Draft(f"Will {lower_first(who)} win {award}?", who, penalties)]


def ask_fixture(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'England face Wales in Cardiff on Saturday' → 'Will England beat Wales in Cardiff on Saturday?'"""
    if not cues.MATCH_AHEAD.search(s.text, m.start()):
        return []  # no day or round ahead: a match already played, or a rivalry, not a fixture
    who = subject_name(ctx, s, m.group("who"), m.start("who"))
    rival = _phrase(m.group("rival"), 10)
    if not who or not rival or not rival[:1].isupper() or rival.split()[0] in {"The", "A"} and len(rival.split()) == 1:
        return []
    if s.text.endswith(" the ", 0, m.start("rival")):
        rival = "the " + rival  # "face minnows the Faroe Islands": the name keeps its article
    return [Draft(f"Will {lower_first(who)} beat {rival}?", who)]


_NAME_RUN = re.compile(r"[A-Z][\w.’'&-]*(?:\s(?:of\s|the\s|&\s|de\s)?[A-Z][\w.’'&-]*)*(?:\s\d{1,2}\b(?![,.]?\d))?")  # a name may end on a small number: "Channel 4"


_GAMES = re.compile(r"the\s(?:19|20)\d\d\s[A-Z].*")
_SETTLED = re.compile(r"\b(?:rejected|accepted|agreed|withdrawn|withdrew|abandoned|dropped|snubbed|turned\sdown|completed|failed|collapsed)\b")


def ask_bid(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Glazer's bid for Manchester United' → 'Will Glazer's bid for Manchester United succeed?'"""
    who = subject_name(ctx, s, m.group("who"), m.start("who"))
    target = _NAME_RUN.match(m.group("target")) or _GAMES.match(m.group("target"))  # "London's bid for the 2012 Games"
    if not who or not target or _SETTLED.search(s.text):
        return []
    target = target.group(0)
    return [Draft(f"Will {possessive(who)} {m.group('noun').lower()} for {target} succeed?", who)]


def ask_talks(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Yahoo is in talks to buy Flickr' → 'Will Yahoo buy Flickr?'; '… talks with EMI over a merger' → 'Will X and EMI agree a merger?'"""
    who = subject_name(ctx, s, m.group("who"), m.start("who"))
    if not who:
        return []
    if m.group("verb"):
        q = yes_no(f"{who} will {m.group('verb')} {main_clause(m.group('rest'))}")
        return [Draft(q, who)] if q else []
    other = _phrase(m.group("other") or "", 6)
    topic = _phrase(m.group("topic") or "", 10)
    if not other or not other[:1].isupper() or not topic:
        return []
    return [Draft(f"Will {lower_first(who)} and {other} reach agreement on {topic}?", who, [("talks: the deal is the news, not the talks", 0.4)])]




def ask_expected(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Analysts expect the Bank of England to raise rates next month' → 'Will the Bank of England raise rates next month?'"""
    sayer = subject_name(ctx, s, m.group("who"), m.start("who")) if m.group("who") else None
    thing = re.sub(r"\s(?:is|are)\s(?:likely|set|due|expected|poised|going)$", "", m.group("thing"))  # "predict Rank is likely to report"
    if re.search(r"\b(?:is|are|was|were|has|have|had|be|been)\b", thing):
        return []  # the stretch holds a verb: no noun phrase to ask about
    if thing.lower() in _PRONOUNS or thing.split()[0].lower() in {"him", "her", "them", "us", "me", "you", "it"}:
        return []
    if thing[:1].islower() and not thing.startswith(("the ", "its ", "his ", "her ", "their ")):
        if sayer is None or ctx.refs.kind_of(sayer) != "organization":
            return []
        thing = f"{possessive(sayer)} {thing}"  # "Acme expects profits to rise": Acme's profits
    elif thing.startswith(("its ", "his ", "her ", "their ")):
        if sayer is None:
            return []
        if POSSESSIVE_KIND.get(thing.split()[0], ctx.refs.kind_of(sayer)) == ctx.refs.kind_of(sayer):
            thing = f"{possessive(sayer)} {thing.split(' ', 1)[1]}"
        # else: "Analysts expect its latest round of cuts …": 'its' is not the analysts'; the repair names it or it stays
    if thing.startswith("the "):  # "predict the firm is likely to report …": the firm named before ("Rank")
        thing = ctx.refs.subject(thing, s.start + m.start("thing")) or thing
    q = yes_no(f"{thing} will {m.group('verb')} {main_clause(m.group('rest'))}")
    return [Draft(q, sayer or thing)] if q else []


def ask_not_yet(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Mr Trump has yet to release his tax returns' → 'Will Mr Trump release his tax returns?';
    'A replacement guitarist has yet to be named by Korn' → 'Will Korn name a replacement guitarist?'"""
    if m.group("agent"):
        agent, verb = subject_name(ctx, s, m.group("agent"), m.start("agent")), _CHOSEN.get(m.group("done"))
        if not agent or not verb or agent.split()[0] in {"The", "A", "An"}:
            return []
        return [Draft(f"Will {agent} {verb} {lower_first(m.group('np'))}?", agent)]
    who = subject_name(ctx, s, m.group("who"), m.start("who"))
    if not who or m.group("rest").startswith(("whether ", "if ", "when ", "how ", "what ", "who ")):
        return []  # "has yet to decide whether …": the whether-clause is the question
    q = yes_no(f"{who} will {m.group('verb')} {main_clause(m.group('rest'))}")
    return [Draft(q, who)] if q else []


# The choices an actor makes whose passive "has yet to be … by X" leaves one open (the participle → its verb).
_CHOSEN = {"named": "name", "appointed": "appoint", "chosen": "choose", "selected": "select", "picked": "pick", "found": "find",
           "announced": "announce", "confirmed": "confirm", "approved": "approve", "signed": "sign", "set": "set", "decided": "decide"}


def ask_race(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Ted Cruz is seeking the Republican nomination' → 'Will Ted Cruz win the Republican nomination?'"""
    who = subject_name(ctx, s, m.group("who"), m.start("who"))
    prize = _phrase(m.group("prize"), 8)
    if not who or not prize:
        return []
    return [Draft(f"Will {lower_first(who)} win {prize}?", who)]


def ask_awards_count(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Vera Drake has scooped seven nominations at this year's British Independent Film Awards' →
    'How many awards will Vera Drake win at this year's British Independent Film Awards?'"""
    who = subject_name(ctx, s, m.group("who"), m.start("who"))
    if not who:
        return []
    if m.group("event"):
        event = _phrase(m.group("event"), 10)
        return [Draft(f"How many awards will {lower_first(who)} win at {event}?", who)] if event else []
    if m.group("award"):
        award = m.group("award").strip()
        plural = award if award.endswith("s") else award + "s"
        return [Draft(f"How many {plural} will {lower_first(who)} win?", who)]
    return []


_SANCTION_VERB = {
    "prosecution": "be prosecuted", "jail": "go to jail", "prison": "go to prison", "trial": "stand trial",
    "extradition": "be extradited", "deportation": "be deported", "impeachment": "be impeached",
    "disqualification": "be disqualified", "expulsion": "be expelled", "suspension": "be suspended", "a ban": "be banned",
    "ban": "be banned", "dismissal": "be dismissed", "the sack": "be sacked", "disciplinary action": "be disciplined",
    "a fine": "be fined", "fines": "be fined", "charges": "be convicted", "penalties": "be penalised", "sanctions": "face sanctions",
}


# A ban whose length the sentence gives as a range is all but certain; its length is what is open: "Mutu faces a ban of
# between six months and two years" asks "How long will Adrian Mutu be banned?" (a labelled tuning candidate asked
# "Will Adrian Mutu be banned?", judged trivial: the open question is its length).
_SPELLS = {what: _SANCTION_VERB[what].removeprefix("be ") for what in ("a ban", "ban", "suspension")}
_SPAN = re.compile(r"\sof\s(?:between\s)?(?:up\sto\s)?[\w-]+\s(?:days?|weeks?|months?|years?|matches|games|races)\s(?:and|to|or)\s")


def ask_sanction(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'The bank faces lawsuits and possible prosecution' → 'Will Bank of America be prosecuted?'"""
    who = subject_name(ctx, s, _OPENING_ADVERB.sub("", m.group("who")), m.start("who"))
    if not who:
        return []
    what = " ".join(m.group("what").split())
    if what == "charges":  # "facing charges relating to the murder of …"; "Will X be convicted?" of what, unsaid
        over = main_clause(m.group("over")) if m.group("over") else ""
        if not over:
            return []
        prep = "of" if m.group("prep") in {"of", "relating to"} else m.group("prep")
        return [Draft(f"Will {lower_first(who)} be convicted {prep} {over}?", who)]
    if what in _SPELLS and _SPAN.match(s.text, m.end("what")):
        return [Draft(f"How long will {lower_first(who)} be {_SPELLS[what]}?", who)]
    return [Draft(f"Will {lower_first(who)} {_SANCTION_VERB[what]}?", who)]


_OPENING_ADVERB = re.compile(r"^(?:Now|Then|But|And|So|Meanwhile|Instead)\s(?=[A-Z])")


def ask_postponed(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'The court postponed the film's launch until 3 February' → 'Will the film's launch go ahead on 3 February?'"""
    what = m.group("what")
    first = what.split()[0].lower()
    if first in {"its", "their", "his", "her"}:
        return []  # whose, only the sentence says
    named = ctx.refs.story_name(what) or ctx.refs.earlier_mention(what, s.start + m.start("what")) or what
    when = m.group("when")
    on = "" if when.split()[0] in {"next", "the"} else "on " if when[:1].isdigit() or when.endswith("day") else "in "
    return [Draft(f"Will {named} go ahead {on}{when}?", named)]


def ask_approval(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'BLB will pay $339m for the unit, although the deal is subject to certain conditions' → 'Will the Wembley deal go through?'"""
    np = m.group("np")
    named = ctx.refs.story_name(_THE.sub("the ", np)) or ctx.refs.earlier_mention(_THE.sub("the ", np), s.start + m.start("np"))
    if not named:
        return []
    return [Draft(f"Will {named} go through?", named)]


def ask_not_ruled_out(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'The Fed did not rule out raising rates again in December' → 'Will the Fed raise rates again in December?'"""
    who = subject_name(ctx, s, m.group("who"), m.start("who"))
    if not who:
        return []
    q = yes_no(f"{who} will {base_form(m.group('verb'))} {main_clause(m.group('rest'))}")
    return [Draft(q, who)] if q else []


# Contests whose winner is a person or side ("Who will win …?"); a vote or referendum on a measure asks how it goes.
_WON_BY_SOMEONE = frozenset("primary primaries caucus caucuses election by-election run-off runoff final semi-final ballot".split())
_RESULT = re.compile(r"\b(?:won|wins|winner|winners|victory|victories|beat|defeated|results?|passed|approved|rejected|backed)\b")


_PARTIES = frozenset("Democratic Republican GOP Labour Tory Conservative Liberal Democrat Democrats Republicans Party".split())
# A party's primary: the party as an adjective ("Republican debate", "GOP candidates", "Democratic
# establishment"), not a noun ("sided with Republicans"), which names members rather than the contest.
_PARTY_ADJECTIVE = re.compile(r"\b(?:(?P<r>Republican|GOP)|(?P<d>Democratic))(?![-\w’'])")
_PARTY_PRIMARIES = frozenset("primary primaries caucus caucuses".split())
_MORE_NOUN = re.compile(r"\s(?:contests?|campaigns?|races?|debates?|season|results?|night|polls?|day)\b")
_FUTURE = re.compile(r"\b(?:will|would|(?:is|are)\s(?:expected|set|due|poised|going|hoping|likely)\sto|hopes?\sto|aims?\sto|plans?\sto)\b|[’']ll\b")


_IN_PLACE = re.compile(r"\bin\s([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
# a contest named with no day ("the Wisconsin primary") is ahead only in a sentence told in the present or future
_PRESENT = re.compile(r"\b(?:is|are|will|am)\b|[’']s\s\w+ing\b")
_PAST_AUX = re.compile(r"\b(?:was|were|had|did)\b")


def ask_contest(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'… ahead of Tuesday's New Hampshire primary' → 'Who will win Tuesday's New Hampshire primary?';
    '… ahead of next week's Commons vote on a bill to introduce compulsory ID' →
    'How will the Commons vote on the bill to introduce compulsory ID next week?'"""
    name = m.group("name").strip()
    day = ""
    if m.group("date"):  # "ahead of the Feb. 1 caucus" in a sentence naming the state: "… race in Iowa days ahead of …"
        if not name:  # "… race in Iowa days ahead of the Feb. 1 caucus": the state the sentence names, never a city
            states = [p for p in [m.group("state") or "", *_IN_PLACE.findall(s.text, 0, m.start())] if p in US_STATE_NAMES]
            name = states[0] if m.group("state") in US_STATE_NAMES else (states[-1] if states else "")
        day = f" on {m.group('date')}"
    if not any(w[:1].isupper() and w not in _PARTIES for w in name.split()):
        return []  # "Tuesday's first-in-the-nation primary", "Tuesday's Democratic primary": which one, only the article says
    if _MORE_NOUN.match(s.text, m.end("contest")):
        return []  # "Tuesday's Democratic primary contests in Connecticut, Delaware …": several contests

    if re.search(r"\b(?:had|was|were)\b", s.text[:m.start()]) and not re.search(r"\b(?:will|is|are)\b", s.text[:m.start()]):
        return []  # "polls in the run-up to Tuesday's election had shown …": told after the event
    if m.group("when") == "the" or m.group("date"):
        if re.sub(r"\s+", " ", m.group("lead").lower()) not in {"ahead of", "on the eve of", "in the run-up to", "in the build-up to"}:
            return []  # "in the Iowa caucus", "before the New Hampshire primary": no day ahead, the contest may be past
        if not _PRESENT.search(s.text) or _PAST_AUX.search(s.text):
            return []  # "Cruz apologized for … on the eve of the Iowa caucus": told after the event
    if m.group("lead").lower() in {"in", "at", "for"} and not m.group("when").startswith(("next", "the")) and not _FUTURE.search(s.text, 0, m.start()):
        return []  # "… beat Argentina in Saturday's final": a match just played
    when, contest = m.group("when"), m.group("contest")
    when = "the" if when in {"the upcoming", "the forthcoming"} else when
    if contest in _WON_BY_SOMEONE:
        name = " ".join(w for w in name.split() if w[:1].isupper())  # "next week's competitive New York primary"
        party = _party(ctx, s) if contest in _PARTY_PRIMARIES and not _PARTIES & set(name.split()) else ""
        when = "the" if m.group("date") else when
        event = f"{when} {name} {party + ' ' if party else ''}{contest}{day}"
        if _settled(ctx, name, contest):
            return []
        return [Draft(f"Who will win {event}?", name)]
    obj = _phrase(m.group("object") or "", 10)
    if contest != "vote" or not obj:
        return []
    obj = re.sub(r"^(?:a|an)\s", "the ", obj)
    voters = name if name.split()[0] in {"Senate", "House", "Commons", "Lords", "Parliament", "Congress"} else None
    if voters is None or _settled(ctx, name, contest):
        return []
    day = when[:-2] if when.endswith(("’s", "'s")) else ""
    day = f" {'on ' if day[:1].isupper() else ''}{day}" if day else ""
    return [Draft(f"How will the {voters} vote on {obj}{day}?", voters)]


def _party_counts(text: str) -> tuple[int, int]:
    """How often ``text`` names the Republican and the Democratic party as adjectives."""
    found = [m.group("r") is not None for m in _PARTY_ADJECTIVE.finditer(text)]
    return sum(found), len(found) - sum(found)


def _party(ctx: Context, s: Sentence) -> str:
    """Which party's primary: 'Tuesday's New Hampshire primary' holds two. The one its sentence names, else the
    one the article names at least three times as often as the other (a campaign story mentions its rivals)."""
    r, d = _party_counts(s.text)
    if r or d:
        return "" if r and d else ("Republican" if r else "Democratic")
    ar, ad = _party_counts(ctx.text)
    if ar >= 2 and ar >= 3 * ad:
        return "Republican"
    if ad >= 2 and ad >= 3 * ar:
        return "Democratic"
    return ""


def _settled(ctx: Context, name: str, contest: str) -> bool:
    """Whether a sentence of the article reports the contest's result: its name and 'won', 'results' …"""
    key = name.split()[-1]
    for t in ctx.sentences:
        if key in t.text and contest in t.text and _RESULT.search(t.text):
            return True
    return False


def ask_favourite(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Novelist Andrea Levy is favourite to win the Whitbread book of the year award' →
    'Will Andrea Levy win the Whitbread book of the year award?'"""
    who = m.group("who")
    words = who.split()
    if len(words) > 1 and words[0] not in ctx.names and words[0].lower() not in {"the"} and words[1] in ctx.names:
        who = " ".join(words[1:])  # "Novelist Andrea Levy": the description is no part of the name
    who = subject_name(ctx, s, who, m.start("who"))
    prize = _phrase(m.group("prize"), 12)
    if not who or not prize:
        return []
    if _WINNERS.search(ctx.text) or re.search(rf"\b{re.escape(who.split()[-1])}\b[^.]{{0,60}}\b(?:won|scooped|lifted|claimed)\b", ctx.text):
        return []  # the article reports who won
    return [Draft(f"Will {lower_first(who)} win {prize}?", who)]


_COURTESY = f"(?:{'|'.join(COURTESY_TITLES)})"
_VERDICT = re.compile(r"\b(?:convicted|acquitted|found\sguilty|found\snot\sguilty|cleared\sof|pleaded\sguilty|sentenced)\b")


_ACCUSED_BREAK = re.compile(r"\s(?:after|while|but|which|who)\s")


def ask_accused_of(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Bernie Ebbers is currently on trial, accused of overseeing an $11bn fraud' →
    'Will Bernie Ebbers be convicted of overseeing an $11bn fraud?' (a criminal charge only, and no verdict in the article)."""
    who = subject_name(ctx, s, m.group("who"), m.start("who"))
    charge = main_clause(charge_list(m.group("charge"), _ACCUSED_BREAK))
    if not who or len(charge.split()) < 2 or not cues.CRIMINAL.search(charge + " " + s.text):
        return []  # "accused of anti-Semitism over a poster": a row, not a charge a court will settle
    if (pronoun := _PRONOUN_IN.search(charge)) is not None:
        cut = list(_PREPOSITION.finditer(charge, 0, pronoun.start()))
        charge = charge[:cut[-1].start()] if cut else ""  # "… fraud at the company he co-founded": the fraud
    if len(charge.split()) < 2:
        return []
    surname = who.split()[-1]
    if any(verdict_on(surname, t.text) for t in ctx.sentences):
        return []  # the article reports the verdict
    return [Draft(f"Will {lower_first(who)} be convicted of {charge}?", who)]


def verdict_on(surname: str, text: str) -> bool:
    """A verdict on ``surname`` in ``text``: the name in the verdict's clause before it ("Ebbers was convicted") or its
    object after it ("the jury acquitted Ebbers"); not one on others in the same sentence ("Several former employees
    have pleaded guilty and will give evidence against Mr Scrushy")."""
    if surname not in text:
        return False
    named_after = None
    for m in _VERDICT.finditer(text):
        clause = re.split(r"[;:]\s|\s(?:and|but|while|whereas)\s", text[:m.start()])[-1]
        if surname in clause:
            return True
        named_after = named_after or re.compile(rf"\s(?:{_COURTESY}\.?\s)?(?:[A-Z][\w’'-]*\s){{0,2}}{re.escape(surname)}\b")
        if named_after.match(text, m.end()):
            return True
    return False


_PRONOUN_IN = re.compile(r"\b(?:he|she|they|it|his|her|their|its|him|them)\b")
_PREPOSITION = re.compile(r"\s(?:at|in|on|from|with|to|for|inside|during|against)\s")



def ask_tournament(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Dundee United eased into the semi-final of the Scottish Cup' → 'Will Dundee United win the Scottish Cup?'"""
    who = subject_name(ctx, s, m.group("who"), m.start("who"))
    event = (m.group("post") or m.group("pre") or "").strip()
    if not who or not event or not re.search(r"\b(?:Cup|Open|Championships?|Trophy|Shield|Masters|Classic|Series|League|Games|Tournament)$", event):
        return []  # a round of what, only the article says
    if who.split()[0] in {"The", "A", "An"}:
        return []
    return [Draft(f"Will {lower_first(who)} win the {event}?", who)]



def ask_approval_pending(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Shanghai Automotive's proposed £1bn investment in Rover is awaiting approval' →
    'Will Shanghai Automotive's proposed £1bn investment in Rover be approved?'"""
    np = m.group("np")
    first = np.split()[0]
    if first in {"He", "She", "It", "They", "This", "That", "These", "Those", "But", "And"}:
        return []
    np = "the " + np[4:] if first == "The" else np
    if not any(w[:1].isupper() for w in np.split()[1:]) and not first.endswith(("’s", "'s")):
        return []  # "the deal is awaiting approval": whose deal, only the article says
    return [Draft(f"Will {np} be approved?", np)]


# The -ing form of each trend verb (past or base form, as the cue found it).
_TREND_ING = {
    **dict.fromkeys(("rose", "rise"), "rising"), **dict.fromkeys(("fell", "fall"), "falling"), **dict.fromkeys(("dropped", "drop"), "dropping"),
    **dict.fromkeys(("climbed", "climb"), "climbing"), **dict.fromkeys(("declined", "decline"), "declining"),
    **dict.fromkeys(("slipped", "slip"), "slipping"), **dict.fromkeys(("grew", "grow"), "growing"),
    **dict.fromkeys(("increased", "increase"), "increasing"), **dict.fromkeys(("decreased", "decrease"), "decreasing"),
    **dict.fromkeys(("gained", "gain"), "gaining"), **dict.fromkeys(("slid", "slide"), "sliding"), **dict.fromkeys(("eased", "ease"), "easing"),
    **dict.fromkeys(("shrank", "shrink"), "shrinking"), **dict.fromkeys(("improved", "improve"), "improving"),
    **dict.fromkeys(("worsened", "worsen"), "worsening"),
}
_TREND_SUBJECT = re.compile(r"^(?:(?:the|The)\s)?(?:[A-Z][\w.’'&-]*\s){0,3}(?:[a-z][\w-]*\s){0,3}[a-z][\w-]*$|^(?:(?:the|The)\s)?(?:[A-Z][\w.’'&-]*\s?){1,4}$")


_IN_MONTH = re.compile(r"\b(?:in|during)\s(?P<month>" + "|".join(MONTH_NAMES) + r")\b(?!\s\d)")
_QUARTERS = "first second third fourth".split()
_IN_QUARTER = re.compile(r"\b(?:in|during)\sthe\s(?P<quarter>first|second|third)\squarter\b")
_RUN_UNIT = re.compile(r"\s(?P<unit>month|quarter|year)(?:\s(?:running|in\sa\srow))?$")


def _next_period(sentence: str, cue: re.Match) -> str:
    """When the trend is asked to go on: the month or quarter after the one its sentence reports ("rose in November" →
    " in December"), else the next of the run's unit ("for the 21st month in a row" → " next month"), else nothing
    (labelled tuning candidates "Will US industrial production keep rising?" judged vague: no time)."""
    month = _IN_MONTH.search(sentence, cue.start())
    if month:
        return " in " + MONTH_NAMES[(MONTH_NAMES.index(month.group("month")) + 1) % 12]
    quarter = _IN_QUARTER.search(sentence, cue.start())
    if quarter:
        return f" in the {_QUARTERS[_QUARTERS.index(quarter.group('quarter')) + 1]} quarter"
    unit = _RUN_UNIT.search(cue.group(0))
    return f" next {unit.group('unit')}" if unit else ""


def ask_trend(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'US industrial production increased for the 21st month in a row in February' → 'Will US industrial production keep
    increasing in March?'"""
    from .forecasts import _clause_start  # the forecast builder's subject finder (a late import: forecasts imports wording too)

    subject, _ = _clause_start(s.text, m.start())
    subject = re.sub(r"^(?:has|have)\s|\s(?:has|have|had)$", "", subject)
    words = subject.lower().split()
    if not subject or not _TREND_SUBJECT.match(subject) or words[0] in {"it", "they", "this", "that", "he", "she", "which", "who"} or not AUXILIARIES.isdisjoint(words):
        return []
    named = ctx.refs.national(subject, s.start + m.start())
    if named is None:
        first = re.sub(r"['’]s$", "", subject.split()[0])
        # "House prices fell …" at the sentence start: a common noun, no name ("US", "Acme's" are names)
        named = subject[:1].lower() + subject[1:] if first not in ctx.names and not first.isupper() else subject
    verb = _TREND_ING[m.group("past") or m.group("base")]
    return [Draft(f"Will {named} keep {verb}{_next_period(s.text, m)}?", named)]


_PLAYED = re.compile(r"\b(?:beat|beaten|won|lost|drew|defeated|thrashed|crushed|held)\b")


def ask_named_match(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Simon Taylor has been named in the Scotland squad for Saturday's Six Nations clash with Italy' →
    'Will Scotland beat Italy in Saturday's Six Nations match?' (a match ahead whose result the article does not report)."""
    rival = m.group("rival").rstrip(".’'")
    comp = m.group("comp").strip()
    if m.group("team"):
        side, when = m.group("team"), m.group("when")
        if side.split()[0] in {"The", "A"}:
            return []
        tail = f" in {when} {comp + ' ' if comp else ''}match"
    else:
        side = m.group("owner")
        ahead = cues.MATCH_AHEAD.search(s.text, m.end())
        if side.split()[0] in _DAY_NAMES or not ahead or not ahead.group(0).startswith(("on ", "next ", "this ")):
            return []  # "Sunday's clash with Wasps": whose side, only the article says; no day ahead: a match played
        if re.search(r"\b(?:was|were|had)\b", s.text[:m.start()]) and not re.search(r"\b(?:will|is|are)\b", s.text[:m.start()]):
            return []  # told after the match
        tail = f" in the {comp + ' ' if comp else ''}match {ahead.group(0)}"
    if any(_reports_result(rival, t.text) for t in ctx.sentences if t.start > s.start):
        return []  # a later sentence may report the result
    return [Draft(f"Will {side} beat {rival}{tail}?", side)]


# An earlier meeting or a run so far is no result of the match ahead: "Both Scotland and Italy have lost their opening
# two games and, just like last season's encounter which Italy won, …" (BBC sport, tuning part).
_EARLIER_MEETING = re.compile(r"\b(?:last\s(?:season|year|time)[’']?s?|previous|in\s(?:19|20)\d\d)\b")


def _reports_result(rival: str, text: str) -> bool:
    if rival.split()[-1] not in text or _EARLIER_MEETING.search(text):
        return False
    return any(not text[:m.start()].endswith(("has ", "have ", "had ")) for m in _PLAYED.finditer(text))


_DAY_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tomorrow Yesterday Last Next This".split())


def ask_keep_post(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'the pressure is mounting on coach Bernard Laporte' → 'Will Bernard Laporte stay on as France coach?'"""
    who = m.group("who").rstrip(".’'")
    if who.split()[0] in {"The", "A", "An"} or ctx.refs.kind_of(who) not in {None, "person"}:
        return []
    role = (m.group("role") or "").strip()
    if not role:
        return []  # which post, the sentence does not say
    if not role[:1].isupper():  # "coach Bernard Laporte": whose coach, an earlier or later "France coach" may say
        surname = re.escape(who.split()[-1])
        whose = re.search(rf"\b([A-Z][\w-]*)\s{re.escape(role)}\s(?:[A-Z][\w.’'-]*\s)?{surname}\b|{surname},\s(?:the\s)?([A-Z][\w-]*)\s{re.escape(role)}\b", ctx.text)
        if not whose:
            return []  # "stay on as coach": which side's, the question must say
        role = f"{whose.group(1) or whose.group(2)} {role}"
    if re.search(rf"\b{re.escape(who.split()[-1])}\b[^.]{{0,60}}\b(?:resigned|quit|was\ssacked|stepped\sdown|was\sdismissed)\b", ctx.text):
        return []  # the article reports the departure
    return [Draft(f"Will {who} stay on as {role}?", who)]


_CHARGED_OR_TRIED = re.compile(r"\b(?:charged|charges|charging|indicted|convicted|acquitted|sentenced|pleaded|released\swithout|freed\swithout|no\sfurther\saction)\b")


def ask_charged_after_arrest(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Those arrested are accused of operating Shadowcrew.com' → 'Will anyone be charged with operating Shadowcrew.com?'
    (only when the article reports no charge, release or verdict)."""
    if _CHARGED_OR_TRIED.search(ctx.text):
        return []
    if m.group("held"):
        charge = _phrase(m.group("charge"), 10)
        return [Draft(f"Will anyone be charged with {charge}?", charge)] if charge else []  # "those arrested" names no one
    who = subject_name(ctx, s, m.group("who"), m.start("who"))
    charge = _phrase(re.split(r"\s(?:on|in|at|by|last|this|earlier|during)\s", m.group("charge2"))[0], 10)  # "fraud on Monday": the charge only
    if not who or not charge or who.split()[0] in {"The", "A", "An", "Two", "Three", "Four", "Five"}:
        return []
    link = "with" if m.group("link") == "on suspicion of" else "over"
    return [Draft(f"Will {lower_first(who)} be charged {link} {charge}?", who)]

