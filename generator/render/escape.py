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

_SPECIAL = {c: f"&#{ord(c)};" for c in "&<>\"'`*_[]{}#|\\~^:$"}
_SPECIAL["&"], _SPECIAL["<"], _SPECIAL[">"], _SPECIAL['"'] = "&amp;", "&lt;", "&gt;", "&quot;"
_SPECIAL["\n"], _SPECIAL["\r"] = "&#10;", "&#13;"
_TABLE = str.maketrans(_SPECIAL)
# Bidirectional controls can reorder what a reader sees; zero-width, format and tag
# characters hide text; C0/C1 controls (but tab and line feed) are never text. Zero-width
# joiners go too, at the cost of joined emoji and of some scripts' ligatures.
# Characters XML 1.0 and YAML do not allow in a document at all: C0 controls but tab, line
# feed and carriage return, lone surrogates, and the 66 noncharacters (U+FDD0-U+FDEF, U+FFFE
# and U+FFFF of every plane). One in feed.xml makes the whole feed unreadable (issue 13).
NONCHARACTERS = "\ufdd0-\ufdef" + "".join(chr(plane + 0xfffe) + chr(plane + 0xffff) for plane in range(0, 0x110000, 0x10000))
_FORBIDDEN = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff" + NONCHARACTERS
FORBIDDEN = re.compile(f"[{_FORBIDDEN}]")
_INVISIBLE = re.compile(f"[{_FORBIDDEN}\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]")
_SAFE_URL = re.compile(r"\A(?:https?://|mailto:)[^\s<>\"']+\Z", re.IGNORECASE)


def clean(text: str) -> str:
    """Text with invisible and control characters removed (offsets are not kept); this
    includes every character ``well_formed`` removes."""
    return _INVISIBLE.sub("", text)


def well_formed(text: str) -> str:
    """Text without the characters XML 1.0 and YAML forbid (``FORBIDDEN``): safe in any
    XML or YAML output once escaped for it."""
    return FORBIDDEN.sub("", text)


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
