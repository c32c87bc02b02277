"""The one place where seed text becomes page text.

Seed text is data, never markup: every character that HTML, Markdown, attribute lists or a
template engine could read as syntax is written as an HTML character reference. Browsers
and MkDocs' search show the same characters; nothing in them can act.

Line breaks are references too (``&#10;``), so escaped text is always one line of Markdown
source: a line that only looks blank (no-break spaces) cannot end a raw HTML block and let
the rest of a paragraph be read as Markdown. Only ``http(s)`` and ``mailto`` URLs are ever
made into links (``safe_url``).
"""
from __future__ import annotations

import re

from ..text import FORBIDDEN, NONCHARACTERS, clean, well_formed  # noqa: F401 -- escape's API

_SPECIAL = {c: f"&#{ord(c)};" for c in "&<>\"'`*_[]{}#|\\~^:$"}
_SPECIAL["&"], _SPECIAL["<"], _SPECIAL[">"], _SPECIAL['"'] = "&amp;", "&lt;", "&gt;", "&quot;"
_SPECIAL["\n"], _SPECIAL["\r"] = "&#10;", "&#13;"
_TABLE = str.maketrans(_SPECIAL)
_SAFE_URL = re.compile(r"\A(?:https?://|mailto:)[^\s<>\"']+\Z", re.IGNORECASE)


def esc(text: str) -> str:
    """Seed text as inert HTML/Markdown: safe in element content and in quoted attributes."""
    return clean(text).translate(_TABLE)


def link_url(url: str | None) -> str | None:
    """The ``http(s)``/``mailto`` URL as written (unescaped), or None for anything else
    (``javascript:``, ``data:``…): the one rule for every output that carries a URL."""
    if not url or not _SAFE_URL.match(url.strip()):
        return None
    return url.strip()


def safe_url(url: str | None) -> str | None:
    """An escaped ``http(s)``/``mailto`` URL, or None for anything else (``javascript:``…)."""
    url = link_url(url)
    return esc(url) if url else None


# Characters of seed text in one line of a page (a quote, a summary sentence, a TL;DR, a
# name): a seed without sentence stops is one 2 MB "sentence", which the TL;DR, the summary,
# each fact's context and the search index would otherwise each repeat in full (issue 13).
# Only the source text at the bottom of a briefing shows the whole text.
MAX_INLINE = 1_000
_WHITESPACE = re.compile(r"\s+")


def excerpt(text: str, limit: int = MAX_INLINE) -> str:
    """The text, or its first ``limit`` characters cut at a space where there is one, and "…"."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[:cut if cut > 0 else limit].rstrip() + "…"


_BLOCK_START = re.compile(r"\A[-+0-9=!?]")  # lists, setext underlines, admonitions (!!!, ???)


def esc_inline(text: str) -> str:
    """Seed text for one line of Markdown (a list item, a table cell, a heading).

    Whitespace is collapsed, the text is cut after ``MAX_INLINE`` characters (``excerpt``),
    and a first character that could open a list, a heading underline or an admonition
    (``!!! note``) is written as a character reference too.
    """
    text = excerpt(_WHITESPACE.sub(" ", clean(text)).strip()).translate(_TABLE)
    if _BLOCK_START.match(text):
        text = f"&#{ord(text[0])};{text[1:]}"
    return text
