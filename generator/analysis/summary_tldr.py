"""The TL;DR: one line that adds something to the summary under it.

It is the main clause of the first summary sentence that reads alone (the lead, in news),
with what hangs after that clause cut off: a relative clause (", which …"), a participle
(", saying …"), a subordinate clause (" after …", " because …"), a second coordinated clause
(", and …") or a dash aside; a closing attribution (", the IMF said.", ", according to BT.")
is kept, and an aside before the verb (in commas or dashes) goes. Sentence compression by
deleting such constituents is the classic extractive approach (Knight & Marcu 2002; Clarke &
Lapata 2008, whose constraints keep a clause's subject and verb together). A cut is made only
where what is left is a complete statement (``clause_form.is_statement``) that keeps the
sentence's point: not before a "but" clause, which carries the news, not through a restrictive
relative ("in a move which …") or an aside that the verb follows, not inside an opening
subordinate clause. The line must be shorter than every summary sentence and leave out more of
the lead than a bracket; when no sentence gives one, there is no TL;DR rather than a copy of
summary sentence 1.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Sentence, SummarySentence
from .document import Document
from .clause_form import PREPOSITIONS, SUBORDINATORS, has_main_verb, is_statement, is_verb
from .names import first_name_gender, pronoun_gender
from .summary import QUOTE_MARK, is_non_content, subjectless
from .summary_lexicon import DEPENDENT_OPENERS, SHELL_NOUNS, TIME_NOUNS, dateline_end, is_teaser

_OPEN_QUOTE = re.compile(r"^\s*(?:``|''|[\"“”‘’']|-{1,2}\s)")
# A picture caption's label: "Weight gain: Pope Francis has been told ...", "revealed : the ..."
_CAPTION = re.compile(r"^(?:[\w'’-]+ ){0,2}[\w'’-]+ ?: ")
# Where the main clause ends: before a relative, participial, subordinate or coordinated
# clause, an aside in dashes, or a second clause after a semicolon. A restrictive relative
# ("a move which …", no comma) is no cut: it says which thing is meant. "According to X"
# is no cut either: it is the attribution, kept like ", the IMF said".
_CLAUSE_AFTER_COMMA = (r"(?:which|who|whose|where|while|as|after|before|but|although|though|because|amid|despite|"
                       r"following|(?:[a-z]+ly )?(?!according\b)[a-z]+ing|with|and|so|yet)\b")
# (" ?, X| (?:after|…)\b| ?; | [—–―]+ | -- | - ", written to open on its first characters, which the engine
# skips to in C, each branch then checking the character it opened on, in the same order)
_CUT = re.compile(
    rf"[ ,;](?:(?<= ), {_CLAUSE_AFTER_COMMA}|(?<=,) {_CLAUSE_AFTER_COMMA}"
    r"|(?<= )(?:after|because|amid|despite|following|although|though|whereas|while|as part of|in a bid to)\b"
    r"|(?<= ); |(?<=;) |(?<= )[—–―]+ |(?<= )-- |(?<= )- )")
# In "X, but Y" the point is Y: cutting there keeps the set-up and loses the news.
_CONTRAST = re.compile(r"\b(?:but|yet)\b")
# Asides that can go wherever they stand: a bracket ("General Motors (GM)", "$1.13bn (£600m)").
_BRACKET = re.compile(r" \([^()]{0,60}\)")  # after a space: "General Motors (GM)", not "alert(x)"
# An appositive or relative clause after the subject, closed by a comma and followed by the
# subject's verb: "Mittal Steel, one of the largest producers, could cut" (the verb is checked).
_SUBJECT_ASIDE = re.compile(
    r"^([^,]{2,80}?) ?, (?:(who|which|whose)|a|an|the|one of|now|then|formerly)\b[^,]{2,100}? ?, (?=([\w'’-]+))")
# An aside in a pair of dashes, followed by the subject's verb or by a preposition that goes on
# with the clause: "Two airlines - American and Southwest - have blamed", "the mall – one of … – in Munich".
_DASH_ASIDE = re.compile(r"[ \xa0](?:-{1,2}|[—–―])[ \xa0][^\n]{2,100}?[ \xa0](?:-{1,2}|[—–―])[ \xa0](?=([\w'’-]+))")
# An appositive or relative clause opened in the kept part and not closed: the cut fell inside it.
_OPEN_ASIDE = re.compile(r" ?, (?:who|which|whose|where|a|an|the)\b[^,]*$")
# A closing attribution, kept with the clause: ", the IMF said.", ", says a report.", ", according to BT."
_ATTRIBUTION = re.compile(
    r" ?, (?:(?:[\w.'’-]+ ){1,6}?(?:said|says|told reporters|reported|announced|warned|suggests|indicates|shows?)"
    r"(?: [\w'’-]+){0,3}|(?:said|says|according to)(?: [\w.'’&-]+){1,8}) ?[.!]$")
MIN_WORDS = 5
MIN_CUT_WORDS = 3  # what the TL;DR leaves out of the lead: fewer words is a copy with a bracket dropped
# "the accord adopted| after two weeks": a cut after a participle that modifies a noun leaves it dangling
_AUXILIARIES = frozenset("is was are were be been being has had have get gets got".split())
# "Benitez was satisfied| after his team's 3-1 win": a bare predicate adjective whose reason is the news.
_COPULAS = frozenset("is was are were be remain remains remained seems seemed feel feels felt".split())
_REASON_CUTS = frozenset("after because following despite amid as".split())
# A cut before a whole clause with its own subject and verb ("after Japan denied …") drops another
# party's act, mostly the cause the lead reports; a cut before a phrase ("after six years") does not
# ("found| after he disappeared", "filed for bankruptcy| after succumbing to …": the lead's own subject
# again, which the cut may drop). "he"/"she" is another party when a person of that sex is named after
# the lead's subject ("Christie described Hillary Clinton as a disgrace| after she attacked …").
_CAUSE_CUTS = frozenset("after because".split())
_SAME_PARTY = frozenset("he she it they his her its their".split())
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)[^\S\n]+[A-Z][\w’'-]+")
_LOWER_WORD = re.compile(r"(?<!\S)[a-z]")
_SPANS = frozenset("second minute hour day week month year decade moment".split())
_TIME_ADVERBS = frozenset("shortly soon just immediately long later earlier".split())


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
    if len(QUOTE_MARK.findall(text)) % 2:  # an unbalanced quote: part of a longer quotation
        return False
    if text.rstrip().endswith(("?", ":", ",", ";")) or is_teaser(text):
        return False  # a question, an announcement, a teaser ("…, with one notable exception.")
    if subjectless(text):
        return False  # "Perhaps go a step further …", "Ran a fraudulent college business …"
    first, second, third = (w.lower().strip("\"“‘'`(,") for w in words[:3])
    if first == "the" and second in SHELL_NOUNS and third not in PREPOSITIONS and third != "that":
        return False  # "The issue has taken on new urgency": which issue is in the sentence before
    if first in ("this", "that", "these", "those") and (
            second.endswith(("'s", "’s")) or second in TIME_NOUNS or second[:-1] in TIME_NOUNS):
        return True
    return first not in DEPENDENT_OPENERS


def _dangling(head: str) -> bool:
    """'the accord adopted| after two weeks': a cut after a participle that modifies a noun."""
    words = head.split()
    return words[-1].endswith("ed") and words[-2].lower() not in _AUXILIARIES


def _measures_time(word: str) -> bool:
    """'weeks', 'seconds', 'shortly': a span or adverb that measures from the event after it
    ("this week" or "of the year" does not)."""
    w = word.lower()
    return w in _TIME_ADVERBS or w.endswith("s") and w[:-1] in _SPANS


_CLAUSE_END = re.compile(r",| [-—–]+ |\.$")


def _clause_after(text: str, start: int) -> str:
    """The words from ``start`` to the next comma, dash or the end: a clause that hangs on the cut."""
    end = _CLAUSE_END.search(text, start)
    return text[start:end.start() if end else len(text)]


def _names_other(head: str, pronoun: str) -> bool:
    """``head`` names a person of the pronoun's sex after its subject (which ends at the first
    lower-case word): "he"/"she" may stand for that person."""
    sex = pronoun_gender(pronoun)
    verb = _LOWER_WORD.search(head)
    if sex is None or verb is None:
        return False
    return any(first_name_gender(m.group(1)) == sex for m in _FULL_NAME.finditer(head, verb.start()))


def _another_party_acts(text: str, start: int, first: str, head: str) -> bool:
    """The clause from ``start`` has a subject other than the lead's ("South Korea and Japan
    denied …"), not a participle ("succumbing to …") or a pronoun for the lead's subject."""
    low = first.lower()
    if low.endswith("ing") or low in _SAME_PARTY and not _names_other(head, low):
        return False
    return has_main_verb(_clause_after(text, start))


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1] if words else ""


def _drop_asides(text: str) -> str:
    """``text`` without a subject's appositive and a dash aside when the clause goes on after them."""
    m = _SUBJECT_ASIDE.match(text)
    # an appositive follows a noun phrase ("French consumers spent more in January, a figure which …" has none)
    if m and is_verb(m.group(3), _last_word(m.group(1))) and (m.group(2) or not has_main_verb(m.group(1))):
        text = m.group(1) + " " + text[m.end():]
    m = _DASH_ASIDE.search(text)
    if m and (m.group(1) in PREPOSITIONS or is_verb(m.group(1), _last_word(text[:m.start()]))):
        text = text[:m.start()] + " " + text[m.end():]
    return text


def _main_clause_from(text: str) -> int | None:
    """Where cuts may start: after an opening subordinate clause ("Although X, | Y"), which has
    no main clause to keep; None when that clause never closes."""
    first = text.split(None, 1)[0].strip("\"“‘'`").lower() if text.strip() else ""
    if first not in SUBORDINATORS:
        return 0
    comma = text.find(", ")
    return comma + 2 if comma >= 0 else None


def _cut_here(text: str, m: re.Match, head: str, start: int) -> bool:
    """A cut at ``m`` leaves ``head`` as a whole clause with its point (its main clause from ``start``)."""
    if _OPEN_ASIDE.search(head, start) or len(QUOTE_MARK.findall(head)) % 2:
        return False
    cut = m.group().strip(" ,;").split()
    following = text[m.end():].split(None, 1)
    words = head.split()
    if "," not in m.group() and cut and cut[0].isalpha():
        if _dangling(head) or not following or following[0] == "all" or (
                following[0].lower() in PREPOSITIONS and m.group().split() != ["because"]):
            return False  # "a cult following| throughout 2004", "after all": no clause starts here
    if cut and cut[0] in _REASON_CUTS and words[-2].lower() in _COPULAS:
        return False
    if cut and cut[0] in ("after", "following") and _measures_time(words[-1]):
        return False  # "found three weeks| after he went missing": the span belongs to the clause cut
    if cut and cut[0] in _CAUSE_CUTS and "," not in m.group() and _another_party_acts(text, m.end(), following[0], head):
        return False  # "regained ground| after South Korea and Japan denied a sell-off": the cause is the news
    if "," in m.group():
        close = text.find(", ", m.end())
        after = text[close + 2:].split(None, 1) if close > 0 else []
        if after and is_verb(after[0], words[-1]):
            return False  # "none of his rivals|, despite their desperation, are punching up": an aside
    if cut and cut[0] in ("and", "or"):
        if ", " in head:
            return False  # the last item of a list ("joked …, declined …, and told …")
        aside_end = text.find(", ", m.end())
        if aside_end > 0 and text[aside_end + 2:].split(None, 1)[0] in PREPOSITIONS:
            return False  # "frustration, and even trepidation, about …": one object, two nouns
    return True


def main_clause(text: str) -> str | None:
    """``text`` without its asides and what hangs after its main clause, or None when nothing
    can go safely or what is left is not a complete statement."""
    original = text
    text = _drop_asides(_BRACKET.sub("", text)).strip()
    start = _main_clause_from(text)
    if start is None:
        return None
    stop = " ." if text.endswith(" .") else "."  # CNN/DailyMail's tokenised text keeps its spacing
    for m in _CUT.finditer(text, start):
        head = text[:m.start()].rstrip(" ,")
        if len(head.split()) < MIN_WORDS:
            if "," not in m.group() and m.group().split()[0] in SUBORDINATORS:  # "Thirteen years after X, Y"
                comma = text.find(", ", m.end())
                if comma < 0:
                    return None
                start = comma + 2
            continue
        if m.start() < start or not _cut_here(text, m, head, start):
            continue
        if _CONTRAST.search(m.group()) or _CONTRAST.match(text, m.end()):
            return None
        tail = _ATTRIBUTION.search(text, m.start())
        line = head + (tail.group().rstrip(" .!") + stop if tail and tail.start() >= m.end() else stop)
        if is_statement(head + stop) and is_statement(line):
            return line if len(line) < len(original) else None
    return text if len(text) < len(original) and len(text.split()) >= MIN_WORDS and is_statement(text) else None


def _undated(text: str) -> str:
    """Without a leading dateline or agency tag ("PORTSMOUTH, N.H. — ", "(CNN) -- ")."""
    end = dateline_end(text)
    return text[end:] if end < len(text) - 1 else text


def pick_tldr(doc: Document, sentences: Sequence[Sentence],
              summary: Sequence[SummarySentence]) -> SummarySentence | None:
    """The main clause of the first summary sentence that reads alone, when it is shorter
    than every summary sentence; else no TL;DR (a later sentence would not be the news)."""
    shortest = min((len(s.text) for s in summary), default=0)
    lead = next((s for s in summary if reads_alone(_undated(s.text))), None)
    undated = _undated(lead.text) if lead else ""
    line = main_clause(undated) if lead else None
    # shorter than each summary sentence, so a copy of none; and by more than a bracket
    # ("a $1.5m (£799,000) fine", "radio frequency ID (RFID) tags"), else it reads as the lead again
    if line and len(line) < shortest and len(line.split()) <= len(undated.split()) - MIN_CUT_WORDS:
        return SummarySentence(line, lead.start, lead.end, lead.sentence)
    return None
