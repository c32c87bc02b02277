"""Regex alternations written to open on their first letters.

Python's ``re`` searches fast only when a pattern opens on a literal or one character class (or a branch whose
alternatives each open on a literal): it then skips in C to the places where those characters stand. A pattern that
opens on ``\\b``, a look-behind or a group of words is instead tried at every character of the text. So
``\\b(?:will|would|can)`` is written ``w(?<=\\bw)(?:ill|ould)|c(?<=\\bc)an``: each first letter, then the word
boundary tested behind it, then the rest of its words.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator


def boundary_words(alternatives: Iterable[str]) -> str:
    r"""``\b(?:alternatives)`` as a group that opens on the alternatives' first letters (the same matches).

    Each alternative is a regex that opens on a plain letter ("will", r"wants?\sto", "worr(?:y|ies)"). They are
    grouped by that letter, the groups in the order their letters first come, and each group keeps its alternatives'
    order: alternatives in different groups cannot match at the same place, so which alternative wins is unchanged
    (for a case-sensitive pattern: under ``re.I`` "I" and "it" would be two groups of one letter).
    """
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        first = alt[:1]
        if not first.isalpha() or not first.isascii() or alt[1:2] in ("*", "+", "?", "{") or _top_level_bar(alt):
            raise ValueError(f"an alternative must open on a plain letter: {alt!r}")
        groups.setdefault(first, []).append(alt[1:])
    parts = []
    for first, rests in groups.items():
        rest = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
        parts.append(rf"{first}(?<=\b{first}){rest}")
    return "(?:" + "|".join(parts) + ")"


def _top_level_bar(alt: str) -> bool:
    """Whether ``alt`` has a "|" outside its groups and classes ("is|are": two alternatives, each its own letter)."""
    depth, escaped, in_class = 0, False, False
    for c in alt:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            return True
    return False


def word_starts(word: str, text: str) -> Iterator[int]:
    r"""Where ``word`` stands in ``text`` as a word of its own: each place ``\b{word}\b`` matches, for a word that opens
    and ends on a letter or digit, found with ``str.find``. For a word known only at run time (a surname, a verb)
    compiling a pattern costs more than the search."""
    end_of_text = len(text)
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _word_char(text[at - 1])) and not (end < end_of_text and _word_char(text[end])):
            yield at
        at = text.find(word, at + 1)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # ``\w``


def word_matches(anchor: re.Pattern, words: tuple[str, ...]) -> Callable[[str, int], Iterable[re.Match]]:
    r"""``anchor.finditer`` for an alternation of ``words`` followed by ``\b``: each place one of
    the words is found is tried with ``anchor.match``, in text order. Words of letters only, none
    a suffix of another, cannot give overlapping matches, so the matches are the same."""
    def find(text: str, start: int) -> Iterator[re.Match]:
        spots = []
        for word in words:
            at = text.find(word, start)
            while at >= 0:
                spots.append(at)
                at = text.find(word, at + 1)
        for at in sorted(spots):
            m = anchor.match(text, at)
            if m:
                yield m
    return find
