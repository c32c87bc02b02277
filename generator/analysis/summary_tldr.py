"""The TL;DR: one line that adds something to the summary under it.

It is the main clause of the first summary sentence that reads alone (the lead, in news),
with what hangs after that clause cut off: a relative clause (", which …"), a participle
(", saying …"), a subordinate clause (" after …", " because …"), a second coordinated clause
(", but …") or a dash aside; a closing attribution (", the IMF said.") is kept. Sentence
compression by deleting such constituents is the classic extractive approach (Knight & Marcu
2002; Clarke & Lapata 2008, whose constraints keep a clause's subject and verb together).
The line must be shorter than every summary sentence and differ from each of them; when no
sentence gives one, there is no TL;DR rather than a copy of summary sentence 1.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Sentence, SummarySentence
from .document import Document
from .summary import is_non_content
from .summary_lexicon import AGENCY_TAG, CAPS_DATELINE, DEPENDENT_OPENERS, TIME_NOUNS

_OPEN_QUOTE = re.compile(r"^\s*(?:``|''|[\"“”‘’']|-{1,2}\s)")
_QUOTE_MARKS = re.compile(r"``|''|[\"“”]")
# A picture caption's label: "Weight gain: Pope Francis has been told ...", "revealed : the ..."
_CAPTION = re.compile(r"^(?:[\w'’-]+ ){0,2}[\w'’-]+ ?: ")
# Where the main clause ends: before a relative, participial, subordinate or coordinated
# clause, an aside in dashes or brackets, or a second clause after a semicolon.
_CUT = re.compile(
    r" ?, (?:which|who|whose|where|while|as|after|before|but|although|though|because|amid|despite|following|"
    r"[a-z]+ing|with|and|so|yet|according to)\b"
    r"| (?:after|because|amid|despite|following|although|though|whereas|while|which|as part of|in a bid to)\b"
    r"| ?; | [—–]+ | -- | - ")
# Asides that can go wherever they stand: a bracket ("General Motors (GM)", "$1.13bn (£600m)")
# and an appositive after the sentence's subject ("Mittal Steel, one of the largest producers, could").
_BRACKET = re.compile(r" \([^()]{0,60}\)")  # after a space: "General Motors (GM)", not "alert(x)"
_SUBJECT_APPOSITIVE = re.compile(r"^([A-Z][^,]{1,50}?) ?, (?:a|an|the|one of|who|which|whose)\b[^,]{2,90}, (?=[a-z])")
# An appositive or relative clause opened in the kept part and not closed: the cut fell inside it.
_OPEN_ASIDE = re.compile(r" ?, (?:who|which|whose|where|a|an|the)\b[^,]*$")
# A closing attribution, kept with the clause: ", the IMF said.", ", police said on Monday ."
_ATTRIBUTION = re.compile(r" ?, (?:[\w.'’-]+ ){1,6}?(?:said|says|told reporters|reported|announced)(?: [\w'’-]+){0,3} ?[.!]$")
MIN_WORDS = 5
# "the accord adopted| after two weeks": a cut after a participle that modifies a noun leaves it dangling
_AUXILIARIES = frozenset("is was are were be been being has had have get gets got".split())


def reads_alone(text: str) -> bool:
    """One sentence that makes sense on its own: content, a statement, not a quote fragment,
    not leaning on the sentence before ("But he ..."), on one line, of a readable length."""
    words = text.split()
    if not 6 <= len(words) <= 60 or "\n" in text or is_non_content(text):
        return False
    if _OPEN_QUOTE.match(text) or _CAPTION.match(text):
        return False
    if text[0].islower() and text.lower() != text:  # a fragment (unless all text is lower case)
        return False
    if len(_QUOTE_MARKS.findall(text)) % 2:  # an unbalanced quote: part of a longer quotation
        return False
    if text.rstrip().endswith(("?", ":", ",", ";")):
        return False
    first, second = (w.lower().strip("\"“‘'`(,") for w in words[:2])
    if first in ("this", "that", "these", "those") and (
            second.endswith(("'s", "’s")) or second in TIME_NOUNS or second[:-1] in TIME_NOUNS):
        return True
    return first not in DEPENDENT_OPENERS


def _dangling(head: str) -> bool:
    """'the accord adopted| after two weeks': a cut after a participle that modifies a noun."""
    words = head.split()
    return words[-1].endswith("ed") and words[-2].lower() not in _AUXILIARIES


def main_clause(text: str) -> str | None:
    """``text`` without its asides and what hangs after its main clause, or None when nothing can go."""
    original = text
    text = _SUBJECT_APPOSITIVE.sub(r"\1 ", _BRACKET.sub("", text), count=1).strip()
    for m in _CUT.finditer(text):
        head = text[:m.start()].rstrip(" ,")
        if (len(head.split()) < MIN_WORDS or _OPEN_ASIDE.search(head) or len(_QUOTE_MARKS.findall(head)) % 2
                or ("," not in m.group() and _dangling(head))):
            continue
        tail = _ATTRIBUTION.search(text, m.start())
        stop = " ." if text.endswith(" .") else "."  # CNN/DailyMail's tokenised text keeps its spacing
        line = head + (tail.group().rstrip(" .!") + stop if tail and tail.start() >= m.end() else stop)
        return line if len(line) < len(original) else None
    return text if len(text) < len(original) and len(text.split()) >= MIN_WORDS else None


def _undated(text: str) -> str:
    """Without a leading dateline or agency tag ("PORTSMOUTH, N.H. — ", "(CNN) -- ")."""
    m = AGENCY_TAG.match(text) or CAPS_DATELINE.match(text)
    return text[m.end():] if m and m.end() < len(text) - 1 else text


def pick_tldr(doc: Document, sentences: Sequence[Sentence],
              summary: Sequence[SummarySentence]) -> SummarySentence | None:
    """The main clause of the first summary sentence that reads alone, when it is shorter
    than every summary sentence; else no TL;DR (a later sentence would not be the news)."""
    shortest = min((len(s.text) for s in summary), default=0)
    lead = next((s for s in summary if reads_alone(_undated(s.text))), None)
    line = main_clause(_undated(lead.text)) if lead else None
    if line and len(line) < shortest:  # shorter than each summary sentence, so a copy of none
        return SummarySentence(line, lead.start, lead.end, lead.sentence)
    return None
