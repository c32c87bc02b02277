"""Filters: capitalised words that are no actor's name (a form's field label, an office's list of
portfolios, the end of a work's title, a newsletter's headline in capitals)."""
from __future__ import annotations

import re

from ..regex_starts import word_starts
from . import lexicon as lx
from .spans import Token

def glued_colon(text: str) -> bool:
    """Whether a colon stands between two capitals somewhere in ``text`` (most articles have few colons)."""
    at = text.find(":")
    while at >= 0:
        if text[at - 1:at].isupper() and text[at + 1:at + 2].isupper():
            return True
        at = text.find(":", at + 1)
    return False


# A paragraph opened by four words or more in capitals, then a sentence in mixed case ("HILLARY CLINTON IS
# FEELING THE BERN As the race tightens ..."): a newsletter's headline run into its text, no run of names.
_CAPS_LEAD = re.compile(r"[^\w\n]*(?:[A-Z][A-Z’'.&-]*[^\w\n]+|\d[\w-]*[^\w\n]+){2,}[A-Z][A-Z’'.&-]*\b[^\w\n]*(?=[A-Z][a-z])")
_CAPS_WORDS = re.compile(r"\b[A-Z]{2,}\b")


def caps_lead_end(text: str, start: int) -> int:
    """Where a sentence's opening headline in capitals ends (``start`` if it has none)."""
    if not text[start + 1:start + 2].isupper():
        return start  # (most sentences: at once)
    m = _CAPS_LEAD.match(text, start)
    if m is None or len(_CAPS_WORDS.findall(text, start, m.end())) < 4:
        return start
    return m.end()


# A paragraph opened by a subheading in title case, then a colon and its text ("Individual Rights Trumped by National
# Interests: The Human Rights Council is ..."): three words or more, capitalised but for function words, no initials
# nor brackets (not "Sen. Marco Rubio (R-Fla.): ..."), three capitalised; no source of a quotation before its colon
_QUOTE_OPENERS = (lx.FUNCTION_WORDS - {"the", "a", "an"}) | {"according"}
_SUBHEAD = re.compile(r"[A-Z][\w’'-]*(?: [\w’'-]+){2,9}(?=: [A-Z\"“])")


def subhead_end(text: str, start: int) -> int:
    """Where a paragraph's opening subheading ends, its colon included (``start`` if it has none); see ``_SUBHEAD``."""
    if start > 0 and text[start - 1] != "\n" or text.find(": ", start, start + 90) < 0:
        return start  # (most sentences: at once)
    m = _SUBHEAD.match(text, start)
    if m is None:
        return start
    words = m.group().split()
    if words[0].lower() in _QUOTE_OPENERS or sum(w[0].isupper() for w in words) < 3 or any(
            w[0].islower() and w not in lx.FUNCTION_WORDS for w in words):
        return start  # "According to HuffPo: ...", "As Politico reported: ...": a quotation's source
    return m.end() + 1


def named_outside(text: str, word: str, leads: list[tuple[int, int]]) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word outside the stretches ``leads``."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (text[at - 1:at].isalnum() or text[end:end + 1].isalnum()) and not any(a <= at < b for a, b in leads):
            return True
        at = text.find(word, end)
    return False


# First- and second-person possessives: capitalised inside a sentence, they open a work's title ("roles in My
# Beautiful Launderette", "Our Town", "Your Move"), unless a body's head word ends it; "His" and "Her" also open
# honorifics ("Her Majesty"), left alone
_TITLE_OPENERS = frozenset(("My", "Your", "Our"))


def possessive_title(run: list[Token], sentence_start: int) -> bool:
    """Whether ``run`` is a work's title opened by "My", "Your" or "Our" inside a sentence."""
    return len(run) > 1 and run[0].text in _TITLE_OPENERS and run[0].start > sentence_start and not (
        run[-1].caps or run[-1].lower in lx.ORG_HEADS)  # not "Our Principles PAC", a body


_NAME_TAGS = frozenset("crytkoepfs")  # the gazetteer's places, organisations, events, people and name words
_DOTTED = re.compile(r"(?:[A-Z]\.)+$")


_CAP_WORD = re.compile(r"[A-Z][a-z]+\b")
# an office named by its portfolio, a list of capitalised nouns ("Minister for Children, Young People and
# Families", "Secretary of State for Environment, Food and Rural Affairs"), up to the name inside the list
_OFFICES = frozenset("minister secretary ministry department commissioner spokesman spokeswoman spokesperson".split())
_PORTFOLIO_LIST = re.compile(r"(?:[A-Z][\w'’-]*(?:[ \t]+|,[ \t]+))+$")
_PORTFOLIO_AFTER = re.compile(r"[ \t]*(?:,[ \t]*|[ \t]and[ \t]+)[A-Z]")


def in_portfolio(text: str, start: int, end: int) -> bool:
    """A span after a comma inside an office's list of portfolios, before another of them."""
    if _PORTFOLIO_AFTER.match(text, end) is None:
        return False
    seg = text[max(0, start - 80):start]
    at = max(seg.rfind(" for "), seg.rfind(" of "))
    if at < 0:
        return False
    office = seg[:at].removesuffix(" of State").rsplit(None, 1)
    return bool(office) and office[-1].lower() in _OFFICES and (
        _PORTFOLIO_LIST.match(seg, seg.index(" ", at + 1) + 1) is not None)


def work_title(text: str, start: int, table: dict[str, str]) -> bool:
    """A capitalised common word at ``start``, after "X of the": the end of a work's title ("... of the Dead"),
    not a place or a body's name ("Queen of the Netherlands")."""
    m = _CAP_WORD.match(text, start)
    if m is None:
        return False
    tags = table.get(m.group().lower(), "")
    return "w" in tags and not lx.ENTITY_TAGS.intersection(tags) and "f" not in tags and "s" not in tags


def form_label(tokens: list[Token], table: dict[str, str]) -> bool:
    """Capitals before a colon that the gazetteer knows as no name ("ISSUER", "TAX STAT",
    "L.O."): a field of a form or a data sheet. A name in capitals ("TRUMP :", a transcript's
    speaker; "NEW YORK :") is known and stays."""
    if not all(t.caps or _DOTTED.match(t.text) for t in tokens):
        return False
    key = " ".join([t.lower for t in tokens])
    return not _NAME_TAGS.intersection(table.get(key, "")) and not any(
        _NAME_TAGS.intersection(table.get(t.lower, "")) for t in tokens)


def field_label(key: str, table: dict[str, str]) -> bool:
    """A common word ("Scorers", "Attendance") that names a field of a results report."""
    tags = table.get(key, "") or table.get(key[:-1], "")
    return "w" in tags and not lx.ENTITY_TAGS.intersection(tags)


# small words that join a title's capitalised words ("Will and Grace", "My Summer of Love", "Come for Free"): of the
# words headline-style capitalisation leaves in lower case (Chicago Manual of Style, 17th ed., 8.159), the
# conjunction and the prepositions that join two nouns
TITLE_JOINERS = frozenset(("and", "of", "for"))
_NAME_TAGS_OR_PEOPLE = frozenset("crykoepd")  # the gazetteer's places, bodies, events, people and peoples


def _plain_word(t: Token, table: dict[str, str]) -> bool:
    """A capitalised word the gazetteer has as a common word and as no place, body, event, person or people."""
    tags = table.get(t.lower, "")
    return t.cap and not t.caps and "w" in tags and not _NAME_TAGS_OR_PEOPLE.intersection(tags)


def common_words_joined(tokens: list[Token], i: int, table: dict[str, str], text: str) -> bool:
    """Whether the one-word name at ``tokens[i]``, a common word, is joined by "and", "of" or "for" to another
    capitalised common word ("Will and Grace", "Keane's Hope and Fears", "My Summer of Love"): a work's title
    or a band's name, no two actors. Names of places or bodies stay ("Kensington and Chelsea", "Marks and
    Spencer": a word of them the gazetteer knows as a name), surnames the article writes after a given name
    ("Smith and Woods" beside "Charles Woods") and a longer name's first word ("Mercantile and Commerce" beside
    "Commerce Bancshares"): a short form."""
    t = tokens[i]
    if not _plain_word(t, table):
        return False
    if i + 2 < len(tokens) and tokens[i + 1].lower in TITLE_JOINERS and not tokens[i + 1].cap and (
            i + 3 == len(tokens) or not tokens[i + 3].cap) and _plain_word(tokens[i + 2], table):
        other = tokens[i + 2]
    elif i >= 2 and tokens[i - 1].lower in TITLE_JOINERS and not tokens[i - 1].cap and _plain_word(
            tokens[i - 2], table) and (i + 1 == len(tokens) or not tokens[i + 1].cap):
        other = tokens[i - 2]
    else:
        return False
    return not any(_after_given_name(w.text, text, table) or _before_a_name(w.text, text) for w in (t, other))


# a capitalised word and spaces ending where a search ends; a capital after spaces
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)[ \t]+\Z")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def _after_given_name(word: str, text: str, table: dict[str, str]) -> bool:
    """Whether ``word`` is written somewhere right after a given name ("Charles Woods"): a surname."""
    return any((m := _CAPITALISED_BEFORE.search(text, max(0, at - 60), at)) and "f" in table.get(m.group(1).lower(), "")
               for at in word_starts(word, text))


def _before_a_name(word: str, text: str) -> bool:
    """Whether ``word`` is written somewhere before a capitalised word ("Commerce Bancshares"): a longer name's."""
    return any(_CAPITAL_AFTER.match(text, at + len(word)) for at in word_starts(word, text))
