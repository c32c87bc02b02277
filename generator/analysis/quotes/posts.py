"""Embedded posts: a tweet the article shows ('<tweet author="@HillaryClinton">I refuse to accept this
as normal.</tweet>') is its author's own words, a direct quotation without quotation marks.

The author is the name the embed's footer gives ("— Hillary Clinton (@HillaryClinton) July 23,
2016"), else a person of the actor list or a name in the text whose letters the handle holds
("GovMikeHuckabee" → Mike Huckabee), else the handle itself ("@tedcruz").
"""
from __future__ import annotations

import re
from typing import Sequence

from ...model import Actor, Quote
from ..document import Document

_POST = re.compile(r"<tweet\b(?P<attrs>[^>]{0,400})>(?P<body>[^<]{1,1500})</tweet>")
_AUTHOR = re.compile(r"""\bauthor=["']@?(?P<handle>[\w.]{1,40})["']""")
# the embed's own furniture after the words: a picture link, a web link, the footer with the date
_TAIL = re.compile(r"(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+)|\s+[—–-]+\s*(?P<name>[A-Z][^()\n]{1,60}?)\s*\(@\w+\).*|"
                   r"\s+SIGN UP FOR OUR NEWSLETTER)+\s*$", re.S)
_NAME = re.compile(r"(?<![\w’'])[A-Z][a-z]+(?:[^\S\n]+[A-Z][’']?[A-Za-z]+){1,2}(?![\w’'])")  # "Mike Huckabee"
_MIN_WORDS = 3
_NOT_LETTER = re.compile(r"[^a-z]")
_MARK = re.compile(r"[“”\"«»]")


def embedded_posts(doc: Document, actors: Sequence[Actor], quoted: Sequence[tuple[int, int]]) -> list[Quote]:
    """A quote for each embedded post of three words or more that holds no quotation of its own
    (``quoted``: the (start, end) of the quotes found in marks)."""
    text = doc.text
    if "<tweet" not in text:
        return []
    names: list[str] | None = None
    out = []
    for m in _POST.finditer(text):
        author = _AUTHOR.search(m.group("attrs"))
        start = m.start("body") + len(m.group("body")) - len(m.group("body").lstrip())
        tail = _TAIL.search(text, start, m.end("body"))
        end = tail.start() if tail else m.end("body")
        end = start + len(text[start:end].rstrip())
        words = text[start:end].split()
        if author is None or len(words) < _MIN_WORDS or _MARK.search(text, start, end) \
                or any(start <= q < m.end("body") for q, _ in quoted):
            continue  # a post that quotes someone: the quotation is theirs, read from its marks
        if tail and tail.group("name"):
            speaker = tail.group("name").strip()
        else:
            if names is None:
                names = [a.name for a in actors if a.kind == "person"] + _NAME.findall(text)
            speaker = _owner(author.group("handle"), names) or "@" + author.group("handle")
        sentence = doc.sentence_at(start)
        out.append(Quote(text[start:end], start, end, speaker, None,
                         sentence=sentence.index if sentence else 0, partial=False, cue="tweeted"))
    return out


def _owner(handle: str, names: Sequence[str]) -> str | None:
    """The longest name whose letters the handle holds: "realDonaldTrump" → Donald Trump."""
    low = handle.lower()
    best = None
    for name in names:
        letters = _NOT_LETTER.sub("", name.lower())  # "Martin O’Malley" → martinomalley
        if " " in name and letters in low and (best is None or len(name) > len(best)):
            best = name
    return best
