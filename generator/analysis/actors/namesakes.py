"""Namesakes: people of one article who share a surname ("Bill Clinton" and "Hillary Clinton").

A surname alone then names the one the text is about there. As a possessive or a modifier ("Clinton's
strategy", "the Clinton campaign", a headline's "Clinton Campaign") it is the article's principal bearer: the
first one named, unless another is named clearly more often by full name or by first name alone ("Bill Clinton"
once, "Hillary" three times). Else, of those of the gender that
"Mr."/"Mrs."/"Ms." before it or a pronoun just after it ("Woods said she") gives, it is the one named in
full most recently before it, in the same or the previous paragraph; with none there, the first one
the article names (as for a surname one person bears). "The Clintons" is all of them: no one's row.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from .spans import Span
from ..names import GENDERED_HONORIFICS, first_name_gender, honorific_gender, pronoun_gender

_PARAGRAPH_BREAK = re.compile(r"\n\n*")  # ("\n+", its first character a literal the engine skips to)
# a surname as a possessive or before a noun it qualifies ("Trump's outreach", "the Clinton campaign", "the Biden
# family"): the article's principal bearer more often than the one last named; the nouns are a hand list of those
# a family name qualifies in news text
_ATTRIBUTIVE = re.compile(r"['’]|[ \t]+(?i:campaign|campaigns|family|families|name|presidency|administration|camp|"
                          r"supporters|allies|aides|team|era|brand|dynasty|household|empire|machine)\b")
# "Woods said she", "Clinton told reporters he", "defamation by Clinton over her statements": a pronoun two words
# at most after the name, most often of the name's bearer
# A knight or dame is "Sir Ian" again, never "Mr Blair" (British style: Debrett's, "Forms of address"): "Mr"
# before the surname is the other bearer's
_KNIGHTS = frozenset(("sir", "dame"))
_PRONOUN_AFTER = re.compile(r"(?:[ \t]+[a-z]+){1,2}[ \t]+(he|she|his|her)\b")


class Namesakes:
    """The full names (start, key) of each surname borne by two people or more in one article."""

    def __init__(self, spans: list[Span], kinds: dict[str, str | None], text: str) -> None:
        by: dict[str, list[tuple[int, str, str]]] = {}
        self.knighted: set[str] = set()
        for sp in spans:
            if len(sp.tokens) >= 2 and kinds.get(sp.key) == "PER":
                by.setdefault(sp.tokens[-1].lower, []).append((sp.start, sp.key, sp.tokens[0].text.rstrip(".")))
                if sp.prev is not None and sp.prev.lower in _KNIGHTS:
                    self.knighted.add(sp.key)
        self.names = {k: sorted(v) for k, v in by.items() if _two_people([given for _, _, given in v])}
        self._principal: dict[str, str] = {}
        if self.names:
            self._principals(spans)
        self._text = text
        self._starts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)] if self.names else []

    def _principals(self, spans: list[Span]) -> None:
        """Each shared surname's principal bearer: most mentions by full name or by first name alone."""
        alone = Counter(sp.key for sp in spans if len(sp.tokens) == 1)  # "Hillary" alone: her first name
        for surname, named in self.names.items():
            full = Counter(key for _, key, _ in named)
            named_by = {key: full[key] + alone[g.lower()] for _, key, g in named}
            first = named[0][1]
            top = max(named_by, key=named_by.__getitem__)
            # the first named unless another is named at least twice as often and two times more: the surname
            # alone is most often the principal's, so these counts leave out most of its mentions
            self._principal[surname] = top if named_by[top] >= 2 * named_by[first] and (
                named_by[top] - named_by[first] >= 2) else first

    def __contains__(self, surname: str) -> bool:
        return surname in self.names

    def owner(self, sp: Span, default: str) -> str:
        """The key of the person a one-word surname ``sp`` names (``default`` when nothing says)."""
        named = self.names[sp.key]
        gender = None
        if sp.prev is not None and sp.prev.lower in GENDERED_HONORIFICS:
            gender = honorific_gender(sp.prev.lower)
        elif _ATTRIBUTIVE.match(self._text, sp.end):
            return self._principal.get(sp.key, default)  # "Clinton's strategy", "the Clinton campaign": the
            # article's principal bearer, its subject
        else:
            m = _PRONOUN_AFTER.match(self._text, sp.end)
            gender = pronoun_gender(m.group(1)) if m else None
        if gender:
            fits = [n for n in named if first_name_gender(n[2]) == gender and n[1] not in self.knighted]
            if fits:  # "Mrs. Clinton" beside Bill and Hillary Clinton: one of the women
                named = fits
                if default not in {key for _, key, _ in fits}:
                    default = fits[0][1]
        before = [(start, key) for start, key, _ in named if start < sp.start]
        if before:
            start, key = before[-1]
            if self._paragraph(sp.start) - self._paragraph(start) <= 1:
                return key
        return default

    def _paragraph(self, at: int) -> int:
        return bisect_right(self._starts, at)


def _two_people(given: list[str]) -> bool:
    """Whether the first names are two people's: they differ in their first letter ("Bill" and "Hillary"; "Pete" and
    "Peter", "Chuck" and "Charles", "C" and "Charlie" may be one man's)."""
    return len({g[:1].lower() for g in given}) > 1
