"""Events the article reports as done, anywhere in it: "Will Ebbers plead guilty?" is no open question
when the lead says "Ebbers pleaded guilty on Wednesday". One pass per article indexes, for each
sentence that reports an event in a completed or result form ("pleaded", "won", "his resignation")
without a hedge ("is expected to plead", "could win"), the event's stem and the sentence's words;
a question whose main verb is that event, asked of an actor the sentence names, is settled.
"""
from __future__ import annotations

import re
from typing import Sequence

from ...model import Actor, Sentence

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
}
_ASKED = {w: stem for stem, (asked, _, _) in _TABLE.items() for w in asked.split()}
_DONE = {w: stem for stem, (_, done, _) in _TABLE.items() for w in done.split()}
_NOUN = {w: stem for stem, (_, _, noun) in _TABLE.items() for w in noun.split()}
# A hedge or a negation in the few words before a completed form: "is expected to be charged", "has not signed".
_HEDGE = frozenset("""could may might would will should expected likely if whether unless not never yet hope hopes hoped
    plan plans planned set due poised bid seeking sought seek aims aim want wants wanted try tried trying refused""".split())
# A nominalisation is a result only in a sentence with no hedge and nothing awaited: "awaiting approval", "calls for his resignation".
_AWAITED = _HEDGE | frozenset("await awaits awaiting awaited pending need needs require requires required call calls called demand demands demanded urged seeks chance hopes".split())
_WINDOW = 4
_TITLES = frozenset("Mr Mrs Ms Dr Sir The A An Lord Lady President Senator Judge".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*|n[’']t")
_SKIP = frozenset("be been formally finally also actually eventually ultimately then now".split())
_FILLER = frozenset("""the a an of to in on at for by with from and or his her its their this that guilty not
    into over about as be next last this week month year today tomorrow later soon monday tuesday wednesday thursday
    friday saturday sunday""".split())


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def _key(word: str) -> str:
    return word.lower().strip("’'")[:5]


class Settled:
    """Per article, the sentences that report an event done: (sentence index, stem, its words), built on first use."""

    def __init__(self, sentences: Sequence[Sentence], actors: Sequence[Actor]):
        self._sentences = sentences
        self._actors = actors
        self._rows: dict[str, list[tuple[int, frozenset[str]]]] | None = None

    def _index(self) -> dict[str, list[tuple[int, frozenset[str]]]]:
        rows: dict[str, list[tuple[int, frozenset[str]]]] = {}
        for s in self._sentences:
            words = _tokens(s.text)
            lower = [w.lower() for w in words]
            stems = set()
            for i, w in enumerate(lower):
                if w in _DONE and _HEDGE.isdisjoint(lower[max(0, i - _WINDOW):i]) and "n't" not in lower[max(0, i - _WINDOW):i]:
                    stems.add(_DONE[w])
                elif w in _NOUN and _AWAITED.isdisjoint(lower):
                    stems.add(_NOUN[w])
            for stem in stems:
                rows.setdefault(stem, []).append((s.index, frozenset(words) | frozenset(_key(w) for w in words)))
        return rows

    def _names(self, about: str) -> list[set[str]]:
        """The words any of which names the actor: its own name words, and those of the actor it is an alias of."""
        own = {w for w in _tokens(about) if w[:1].isupper() and w not in _TITLES and len(w) > 2}
        if not own:
            return [{_key(w) for w in _tokens(about) if w.lower() not in _FILLER}]
        names = set(own)
        for a in self._actors:
            forms = [a.name, *a.aliases]
            if any(own & set(_tokens(f)) for f in forms):
                names |= {w for f in forms for w in _tokens(f) if w[:1].isupper() and w not in _TITLES and len(w) > 2}
        return [names]

    def answer(self, question: str, about: str, cited: int) -> int | None:
        """The index of a sentence, other than the cited one, that reports done the event ``question`` asks ``about`` happens."""
        if not about or about not in question:
            return None
        rest = _tokens(question[question.index(about) + len(about):])
        verb = next((w for w in rest if w.lower() not in _SKIP and not w.endswith("ly")), "")
        stem = _ASKED.get(verb.lower())
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
        for index, found in rows:
            if index == cited:
                continue
            named = bool(names & found) if any(w[:1].isupper() for w in names) else names <= found
            if named and (not others or others & found):
                return index
        return None
