"""Bounds on what one page puts into the search index (issue 13).

A seed of one word repeated over 2 MiB made a 2 MB TL;DR, a 2 MB search document, and a
result the browser took 40 s to draw. Each indexed document keeps at most
``MAX_TEXT`` characters of text (a briefing's text is about 1 KB: title, TL;DR, names,
quotes and questions) and ``MAX_TITLE`` of title; the search worker bounds what it shows
and highlights as well.
"""
from __future__ import annotations

MAX_TEXT = 8_000
MAX_TITLE = 1_000


def bounded(html: str, limit: int) -> str:
    """The start of ``html``, at most ``limit`` characters and never cut inside a tag or a
    character reference, followed by "…" when something was left out."""
    if len(html) <= limit:
        return html
    end = limit
    if html.rfind("<", 0, end) > html.rfind(">", 0, end):
        end = html.rfind("<", 0, end)
    if html.rfind("&", 0, end) > html.rfind(";", 0, end):
        end = html.rfind("&", 0, end)
    return html[:end] + "…"


def bound_entries(entries: list[dict], location: str) -> None:
    """Bound, in place, the index entries of the page at ``location`` (the last ones added)."""
    for entry in reversed(entries):
        if entry.get("location", "").split("#", 1)[0] != location:
            break
        entry["text"] = bounded(entry.get("text") or "", MAX_TEXT)
        entry["title"] = bounded(entry.get("title") or "", MAX_TITLE)
