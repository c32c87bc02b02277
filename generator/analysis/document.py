"""The shared document model every extractor reads: paragraphs and sentences with offsets.

Splitting is rule-based and fast: a sentence ends at ``.``, ``!`` or ``?`` (plus any closing
quotation marks or brackets) followed by space and something that can open a sentence,
unless the word before the stop is a known abbreviation or an initial, or the stop falls
inside a double-quoted span that closes in the same paragraph (a quotation of several
sentences stays one sentence, so no summary or link cuts it in half; the pairing of marks is
``quote_marks``'s).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Paragraph, Sentence
from .function_words import DETERMINERS
from .names import ABBREVIATED_TITLES, AP_STATES, PRONOUNS, first_name_gender
from .quote_marks import closed_double_spans

# Titles and abbreviations after which a full stop rarely ends a sentence; the plural titles are AP
# style before several names ("Sens. Marco Rubio and Ted Cruz", "Govs. Jeb Bush and Chris Christie").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen sen rep gov lt col capt sgt cmdr adm maj st jr sr rev hon pres sens reps govs
    supt insp det messrs mt ft no nos vs etc inc corp co ltd bros dept univ approx est fig
    jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m e.g i.e u.s u.k u.n u.s.a""".split()
)
# One character class first (the look-behind after it): the regex engine then skips to the
# next stop in C instead of trying the pattern at every character.
_BOUNDARY = re.compile(
    r"[.!?…](?:[.!?…]*[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9À-Þ])"  # stop, then a capital or digit
    r"|(?<= [.!?])(?: (?:''|”)(?= ))?(?= +\S))"  # tokenised text (" . ''") as in CNN/DailyMail
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_GLUED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")  # "H.W" of "George H.W. Bush"
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_SURNAME_AFTER = re.compile(r" ((?:Mc|Mac|O')?[A-Z][a-z]+)\b")  # (with inner capitals too: "MacNab", "O'Brien")
# places and bodies written in dotted capitals, whose stop may end a sentence: the AP Stylebook's dotted state
# abbreviations ("N.C."), "D.C.", "L.A.", "E.U.", "P.R." ("U.S.", "U.K.", "U.N." are ABBREVIATIONS above)
_STATE_SHORTS = [pair.split("=")[0].lower().rstrip(".") for pair in AP_STATES.split()]  # "n.c", "ariz"
_DOTTED_PLACES = frozenset([short for short in _STATE_SHORTS if "." in short] + "d.c l.a e.u p.r".split())
_OPENERS = DETERMINERS | PRONOUNS | frozenset("in on at but and yet so if as for after when while".split())  # "D.C. The ..."

_TOKEN_BEFORE = re.compile(r"([A-Za-z]+) \.$")
# In tokenised text a title before a spaced full stop ("sgt . smith") does not end a sentence.
TITLES = ABBREVIATED_TITLES
_SINGLE_CLOSE = re.compile(r" ['’](?= |$)")
_HAS_DOUBLE = re.compile(r"[\"“”«»„'`](?:(?<=')'|(?<=`)`|(?<=[\"“”«»„]))")  # also '' and ``
_LINE = re.compile(r"[^\n]+")
_BLOCK = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


def _is_hard_wrapped(text: str) -> bool:
    """Blank-line paragraphs made of several short lines (e-mail style), not one line each."""
    if "\n\n" not in text:
        return False
    lines = [ln for ln in text.split("\n") if ln.strip()]
    unterminated = sum(1 for ln in lines if not ln.rstrip().endswith((".", "!", "?", '"', "”", ":")))
    return len(lines) > 3 and unterminated > len(lines) * 0.6


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    pattern = _BLOCK if _is_hard_wrapped(text) else _LINE
    spans = []
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            spans.append((start, end))
    return spans


def _ends_sentence(text: str, stop: int) -> bool:
    """False when the full stop at ``stop`` closes an abbreviation or an initial."""
    if text[stop] != ".":
        return True
    if stop and text[stop - 1] == " ":
        m = _TOKEN_BEFORE.search(text, max(0, stop - 12), stop + 1)
        return not (m and m.group(1).lower() in TITLES)
    m = _WORD_BEFORE.search(text, max(0, stop - 12), stop + 1)
    if not m:
        return True
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. K. Rowling"
    if "." in word and _GLUED_INITIALS.fullmatch(word):
        given = _GIVEN_BEFORE.search(text, max(0, m.start() - 20), m.start())
        after = _SURNAME_AFTER.match(text, stop + 1)
        if given and after and after.group(1).lower() not in _OPENERS and first_name_gender(given.group(1)):
            return False  # a given name's middle initials before a surname: "George H.W. Bush"
        if len(word) <= 5 and word.lower() not in _DOTTED_PLACES and after and after.group(1).lower() not in _OPENERS:
            return False  # a person's initials before a surname: "J.K. Rowling", "Rep. G.K. Butterfield"
    return word.lower().rstrip(".") not in ABBREVIATIONS


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, begin = [], start
    quoted: list[tuple[int, int]] | None = None  # paired on the first stop after a quotation mark
    q = 0
    mark = _HAS_DOUBLE.search(text, start, end)
    first_mark = mark.start() if mark else end
    for m in _BOUNDARY.finditer(text, start, end):
        if quoted is None and first_mark < m.start():
            quoted = closed_double_spans(text, start, end)
        while quoted and q < len(quoted) and quoted[q][1] <= m.end():
            q += 1
        if quoted and q < len(quoted) and quoted[q][0] < m.start():
            continue  # inside a quotation that closes later in the paragraph
        if not _ends_sentence(text, m.start()):
            continue
        stop = m.end()
        if text[m.start() - 1:m.start()] == " ":
            # a lone closing single quote after a tokenised stop belongs to this sentence
            # when the sentence has opened one (an odd count so far)
            close = _SINGLE_CLOSE.match(text, stop, end)
            if close and len(_SINGLE_CLOSE.findall(text, begin, stop)) % 2 == 1:
                stop = close.end()
        if stop > begin:
            spans.append((begin, stop))
        begin = stop
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end:
        spans.append((begin, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# An archive copy's section labels, each a paragraph of its own ("ABSTRACT." then "FULL TEXT.", as NYT archive
# copies have them): the full text's lead says again what the abstract says
_ARCHIVE_LABEL = re.compile(r"\s*(ABSTRACT|FULL\s+TEXT)\s*[.:]?\s*$")  # matched from a paragraph's start


def archive_labels(doc: Document) -> dict[str, int]:
    """Where each archive section label's paragraph starts, by label ("ABSTRACT", "FULL TEXT"); {} for most texts."""
    found = {}
    if "ABSTRACT" not in doc.text and "FULL" not in doc.text:
        return found  # (the labels' words looked for first, in C: most texts have neither)
    for p in doc.paragraphs:
        if p.end - p.start < 32:
            m = _ARCHIVE_LABEL.match(doc.text, p.start, p.end)
            if m:
                found[" ".join(m.group(1).split())] = p.start
    return found


def parse(text: str) -> Document:
    paragraphs, sentences = [], []
    for p_index, (p_start, p_end) in enumerate(split_paragraphs(text)):
        paragraphs.append(Paragraph(p_index, p_start, p_end))
        for s_start, s_end in split_sentences(text, p_start, p_end):
            sentences.append(Sentence(len(sentences), s_start, s_end, p_index, text[s_start:s_end]))
    return Document(text, tuple(paragraphs), tuple(sentences))
