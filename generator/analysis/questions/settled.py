"""Events the article reports as done, anywhere in it: "Will Ebbers plead guilty?" is no open question
when the lead says "Ebbers pleaded guilty on Wednesday". One pass per article indexes, for each
sentence that reports an event in a completed or result form ("pleaded", "won", "his resignation")
without a hedge ("is expected to plead", "could win"), the event's stem and the sentence's words;
a question whose main verb is that event, asked of an actor the sentence names, is settled. So is one
whose event the article reports called off: "the case against him was dropped", "the announcement never came".
"""
from __future__ import annotations

import re
from typing import Sequence

from ...model import Actor, Sentence
from ..names import PERSON_TITLES

# stem: (the verb a question asks with, active or passive; the completed forms; nominalisations).
# Verbs of a pending outcome read in the blind reviews of questions judged "the article already answers it"
# (plead, win, approve, charge, resign, sign) and the outcome verbs of ``cues.OUTCOME``.
_TABLE = {
    "plead": ("plead", "pleaded pled", "plea"),
    "win": ("win", "won", "victory"),
    "approve": ("approve approved", "approved", "approval"),
    "charge": ("charge charged", "charged", ""),
    "resign": ("resign", "resigned", "resignation"),
    "sign": ("sign signed", "signed", ""),
    "convict": ("convict convicted", "convicted", "conviction"),
    "acquit": ("acquit acquitted", "acquitted", "acquittal"),
    "sentence": ("sentenced", "sentenced", ""),
    "elect": ("elected", "elected", ""),
    "appoint": ("appoint appointed", "appointed", "appointment"),
    "reject": ("reject rejected", "rejected", "rejection"),
    "accept": ("accept accepted", "accepted", "acceptance"),
    "endorse": ("endorse endorsed", "endorsed", "endorsement"),
    "arrest": ("arrest arrested", "arrested", ""),
    "indict": ("indict indicted", "indicted", "indictment"),
    "quit": ("quit", "quit", ""),
    "pass": ("pass passed", "passed", "passage"),
    "agree": ("agree agreed", "agreed", ""),
    "complete": ("complete completed", "completed", "completion"),
    "withdraw": ("withdraw withdrawn", "withdrew withdrawn", "withdrawal"),
    "abandon": ("abandon abandoned", "abandoned", ""),
    "join": ("join", "joined", ""),
    "sell": ("sell sold", "sold", "sale"),
    "buy": ("buy bought", "bought", "purchase"),
    "launch": ("launch launched", "launched", "launch"),
    "announce": ("announce announced", "announced", "announcement"),
    # asked of a step the article reports taken: "Will Kelly seek an interview with Trump?" / "Kelly requested a meeting with Mr. Trump"
    "seek": ("seek", "sought requested", ""),
    "meet": ("meet", "met", ""),
}
_ASKED = {w: stem for stem, (asked, _, _) in _TABLE.items() for w in asked.split()}
_DONE = {w: stem for stem, (_, done, _) in _TABLE.items() for w in done.split()}
_NOUN = {w: stem for stem, (_, _, noun) in _TABLE.items() for w in noun.split()}
# A hedge or a negation in the few words before a completed form: "is expected to be charged", "has not signed".
_HEDGE = frozenset("""could may might would will should expected likely if whether unless not never yet hope hopes hoped
    plan plans planned set due poised potential possible possibly once when until before bid seeking sought seek aims aim want wants wanted try tried trying refused""".split())
# A nominalisation is a result only in a sentence with no hedge and nothing awaited: "awaiting approval", "calls for his resignation".
_AWAITED = _HEDGE | frozenset("await awaits awaiting awaited pending need needs require requires required call calls called demand demands demanded urged seeks chance hopes".split())
# A question asked with a light verb and the event's noun: "Will Blunkett make the official announcement?"
_LIGHT = frozenset("make give issue deliver complete".split())
# An event called off: its noun (or a case's) followed closely by one of these ("the charges were dropped").
_CALLED_OFF = frozenset("dropped dismissed scrapped cancelled canceled abandoned withdrawn collapsed shelved".split())
_NEVER = frozenset("came happened materialised materialized".split())  # "never came"
_CASE = {w: "convict" for w in "case charges prosecution trial".split()}
_WINDOW = 4
# An inquiry the article reports closed: "the FBI and Justice Department last week closed out a criminal probe without
# charges", "the inquiry ended in March", "after the closeout of the probe" (labelled tuning candidate "What will the
# investigation into … find?" judged answered: the probe had closed). "concluded in a 2002 report that …" is a finding, not a close.
_INQUIRY_CLOSED = re.compile(
    r"\b(?:(?:closed(?:\sout)?|concluded|ended|wrapped\sup|completed|dropped|shut\sdown)\s(?:(?:an?|the|its|their|his|her)\s)?(?:[\w-]+\s){0,3}?(?:inquiry|investigation|probe)"
    r"|(?:inquiry|investigation|probe)(?:\sinto\s[^,.;]{3,60}?)?\s(?:was\s|has\sbeen\s|had\sbeen\s|is\s)?(?:closed|concluded|ended|completed|dropped|over)\b"
    r"|closeout\sof\s(?:the\s)?(?:[\w-]+\s){0,4}?(?:inquiry|investigation|probe))"
)
# A verdict that clears someone settles whether they will be convicted: "Kenteris and Thanou have been cleared of doping
# offences" (labelled tuning candidate "Will Katerina Thanou be convicted of avoiding drug tests?" judged answered).
_CLEARED = frozenset("cleared acquitted exonerated".split())
_EVENT_WORDS = frozenset(_NOUN) | frozenset(_CASE) | frozenset(_DONE) | _CLEARED  # the words the index stops at
# The actor is the event's subject: named in the few words before its form ("Ebbers, 63, pleaded"), not
# elsewhere in the sentence ("Bogdanov won at the same venue … but McIlroy is unfazed").
_SUBJECT = 8
_ARTICLES = frozenset("The A An".split())
# Words many organisations' names share: "Mittal Steel" is not named by "International Steel Group".
_SHARED = frozenset("""Steel Group International National United Bank Party Company Corporation Corp Inc Ltd Plc Holdings
    Council Union Association Federation Trust Motors Airlines Airways Energy Oil Gas Telecom Systems Services Media News
    Democratic Republican Labour Conservative Liberal State States House Senate Court Department Ministry Office""".split())
_OFF = "<called off>"  # marks a row that reports the event called off
_Row = tuple[int, frozenset[str], frozenset[str], frozenset[str]]
# Where the clause of a reported event ends: "won the SAG Awards, boosting their Oscars hopes" (its object: "the SAG Awards").
_CLAUSE_END = re.compile(r"[,;:()—–]|\s(?:but|while|as|after|before)\s")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*|n[’']t")
_SKIP = frozenset("be been formally finally also actually eventually ultimately then now".split())
_FILLER = frozenset("""the a an of to in on at for by with from and or his her its their this that guilty not
    into over about as be next last this week month year today tomorrow later soon monday tuesday wednesday thursday
    friday saturday sunday""".split())


def _asked_verb(question: str, about: str) -> tuple[str, list[str]] | None:
    """The verb ``question`` asks of ``about``, lower-cased (past "be", "formally", words in -ly), and the words after
    ``about``; None when the question does not name ``about``."""
    if not about or about not in question:
        return None
    rest = _tokens(question[question.index(about) + len(about):])
    return next((w for w in rest if w.lower() not in _SKIP and not w.endswith("ly")), "").lower(), rest


_CLAUSE_WORDS = frozenset("but while whereas although though".split())  # a new clause: its own subject follows


def _nearest_names(window: list[str]) -> list[str]:
    """The names nearest before an event's word, its doer: after the last word in ``window`` that opens a clause, the last
    run of capitalised words (joined by "and"), or all the words when none is capitalised ("the twins have won").
    "Spain lead 2-1 but the Bryan twins have won all four of their Davis Cup matches" reports the Bryans' wins, not Spain's."""
    window = window[next((k for k in range(len(window), 0, -1) if window[k - 1] in _CLAUSE_WORDS), 0):]
    end = next((k for k in range(len(window), 0, -1) if window[k - 1][:1].isupper()), 0)
    if not end:
        return window
    start = end
    while start > 0 and (window[start - 1][:1].isupper() or window[start - 1] in ("and", "&")):
        start -= 1
    return window[start:end]


def _title(word: str) -> bool:
    """A title or an article before a name ("Mr", "President", "The"): no word of the name."""
    return word in _ARTICLES or word.lower() in PERSON_TITLES


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def _key(word: str) -> str:
    return word.lower().strip("’'")[:5]


class Settled:
    """Per article, the sentences that report an event done: (sentence index, stem, its words), built on first use."""

    def __init__(self, sentences: Sequence[Sentence], actors: Sequence[Actor]):
        self._sentences = sentences
        self._actors = actors
        self._rows: dict[str, list[tuple[int, frozenset[str], frozenset[str]]]] | None = None
        self._closed: int | None | bool = False  # False: not yet looked for

    def inquiry_closed(self) -> int | None:
        """The index of the first sentence that reports an inquiry closed, looked for once per article."""
        if self._closed is False:
            self._closed = next((s.index for s in self._sentences if _INQUIRY_CLOSED.search(s.text)), None)
        return self._closed

    def cleared(self, question: str, about: str, cited: int) -> int | None:
        """The index of a sentence, other than the cited one, that reports cleared the actor a conviction question asks about."""
        asked = _asked_verb(question, about)
        if asked is None or _ASKED.get(asked[0]) != "convict":
            return None
        if self._rows is None:
            self._rows = self._index()
        (names,) = self._names(about)
        if not any(w[:1].isupper() for w in names):
            return None
        return next((index for index, subject, _, _ in self._rows.get("clear", ()) if index != cited and names & subject), None)

    def _index(self) -> dict[str, list[_Row]]:
        """stem → (sentence index, the words naming its subject, the sentence's words, the words of its clause after the
        event: "won the SAG Awards") per report of it done or called off."""
        rows: dict[str, list[_Row]] = {}
        for s in self._sentences:
            words = _tokens(s.text)
            spans = None  # the words' ends, found for the few sentences that report something done
            lower = [w.lower() if w != "May" or not i else w for i, w in enumerate(words)]  # "on May 23. Kelly requested": the month, no hedge
            whole = None  # the sentence's words, built for the few sentences that report something done
            for i, w in enumerate(lower):
                if w not in _EVENT_WORDS:
                    continue  # most words: nothing done or called off
                before = lower[max(0, i - _WINDOW):i]
                after = lower[i + 1:i + 1 + _WINDOW]
                if (w in _NOUN or w in _CASE) and (not _CALLED_OFF.isdisjoint(after) or "never" in after[:2] and not _NEVER.isdisjoint(after)):
                    if whole is None:
                        whole = frozenset(words) | frozenset(_key(w) for w in words)
                    rows.setdefault(_NOUN.get(w) or _CASE[w], []).append((s.index, whole | {_OFF}, whole, whole))  # whoever it names
                    continue
                unhedged = _HEDGE.isdisjoint(before) and "n't" not in before
                cleared = w in _CLEARED and unhedged  # (an "acquitted" is also the "acquit" stem: "Will X be acquitted?" asks it)
                if w in _DONE and unhedged:
                    stem = _DONE[w]
                elif w in _NOUN and _AWAITED.isdisjoint(lower):
                    stem = _NOUN[w]
                elif not cleared:
                    continue
                else:
                    stem = None
                named = _nearest_names(words[max(0, i - _SUBJECT):i])
                subject = frozenset(named) | frozenset(_key(w) for w in named)
                if cleared:
                    rows.setdefault("clear", []).append((s.index, subject, frozenset(), frozenset()))
                if stem is None:
                    continue
                if whole is None:
                    whole = frozenset(words) | frozenset(_key(w) for w in words)
                if spans is None:
                    spans = [m.end() for m in _WORD.finditer(s.text)]
                clause = _CLAUSE_END.split(s.text[spans[i]:], maxsplit=1)[0]
                rows.setdefault(stem, []).append((s.index, subject, whole, frozenset(_key(w) for w in _tokens(clause))))
        return rows

    def _names(self, about: str) -> list[set[str]]:
        """The words any of which names the actor: its own name words, and those of the actor it is an alias of."""
        own = {w for w in _tokens(about) if w[:1].isupper() and not _title(w) and w not in _SHARED and len(w) > 2}
        if not own:
            return [{_key(w) for w in _tokens(about) if w.lower() not in _FILLER}]
        names = set(own)
        for a in self._actors:
            forms = [a.name, *a.aliases]
            if any(own & set(_tokens(f)) for f in forms):
                names |= {w for f in forms for w in _tokens(f) if w[:1].isupper() and not _title(w) and w not in _SHARED and len(w) > 2}
        return [names]

    def answer(self, question: str, about: str, cited: int) -> int | None:
        """The index of a sentence, other than the cited one, that reports done the event ``question`` asks ``about`` happens."""
        asked = _asked_verb(question, about)
        if asked is None:
            return None
        verb, rest = asked
        stem = _ASKED.get(verb)
        light = None
        if stem is None and verb in _LIGHT:
            light = next((w.lower() for w in rest[1:5] if w.lower() in _NOUN), None)
            stem = _NOUN.get(light or "")
        if stem is None:
            return None
        if self._rows is None:
            self._rows = self._index()
        rows = self._rows.get(stem)
        if not rows:
            return None
        (names,) = self._names(about)
        aboutwords = set(_tokens(about))
        others = {_key(w) for w in rest if w.lower() not in _FILLER and w.lower() not in _ASKED and w not in aboutwords and len(w) > 2}
        for index, subject, found, clause in rows:
            if index == cited:
                continue
            if index < cited:
                found = clause  # an earlier report answers only of its own object: "have won the SAG Awards, boosting their Oscars hopes"
            named = bool(names & subject) if any(w[:1].isupper() for w in names) else names <= subject
            if _OFF in subject and (named or light in found):  # the event called off: "the announcement never came"
                return index
            if named and (not others or others & found):
                return index
        return None
