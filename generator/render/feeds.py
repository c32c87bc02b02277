"""Machine-readable outputs: RSS 2.0 and Atom feeds of the newest briefings, ``briefings.json``.

The feeds are written by ``feedgen`` (XML through lxml: well-formed whatever the seed text).
Links are absolute when the site's URL is known, else relative to the feed's folder (the
plugin warns once). Deterministic: no clock. An RSS item's ``pubDate`` is its article's
published date and is left out when unknown; Atom requires an ``updated`` date for the feed
and every entry, so it is the article's date, else the newest date in the feed (else
1970-01-01): feedgen's default, the build time, would change the file on every build.
"""
from __future__ import annotations

import datetime as dt
import html
import json
from typing import Sequence

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator

from ..layout import Layout, page_url
from ..model import Briefing
from ..serialize import briefing_to_dict
from ..text import clean, well_formed
from .escape import excerpt

FEED_LIMIT = 50
RSS_FILE, ATOM_FILE = "feed.xml", "atom.xml"
FEEDS = ((RSS_FILE, "application/rss+xml", "RSS"), (ATOM_FILE, "application/atom+xml", "Atom"))
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def _text(text: str) -> str:
    """Seed text for XML: without invisible characters and those XML 1.0 forbids (lxml refuses
    them: a lone surrogate, U+FFFE)."""
    return well_formed(clean(text))


def _html(text: str) -> str:
    """Seed text for an RSS element that readers render as HTML (``title``, ``description``):
    escaped for HTML here, for XML by the writer, so that it stays literal text."""
    return html.escape(_text(text), quote=False)


def _day(b: Briefing) -> dt.datetime | None:
    return dt.datetime.combine(b.article.published, dt.time(), dt.timezone.utc) if b.article.published else None


def _link(layout: Layout, src_uri: str) -> str:
    """Absolute from ``site_url``; else relative to the feed, which sits in the generated folder."""
    return layout.absolute(src_uri) or page_url(src_uri, layout.use_directory_urls) or "./"


Entries = list[tuple[FeedEntry, Briefing]]


def _generator(briefings: Sequence[Briefing], *, site_name: str, layout: Layout, feed: str,
               description: str, language: str | None) -> tuple[FeedGenerator, Entries]:
    """The feed with what RSS and Atom share; titles and summaries differ per format."""
    fg = FeedGenerator()
    fg.generator("briefing-site")  # no version: the file does not change with an upgrade
    fg.id(layout.absolute("index.md") or "urn:briefings:home")
    fg.title(_text(site_name))
    fg.description(_text(description or site_name))
    if layout.absolute(feed):
        fg.link(href=layout.absolute(feed), rel="self")
    fg.link(href=_link(layout, "index.md"), rel="alternate")  # last: feedgen takes RSS's <link> from it
    if language:
        fg.language(language)
    items = briefings[:FEED_LIMIT]
    newest = max((d for d in map(_day, items) if d), default=_EPOCH)
    fg.updated(newest)
    entries = []
    for b in items:
        link = _link(layout, f"briefings/{b.id}.md")
        fe = fg.add_entry(order="append")
        fe.link(href=link)
        fe.updated(_day(b) or newest)
        if _day(b):
            fe.published(_day(b))
        entries.append((fe, b))
    return fg, entries


def rss_feed(briefings: Sequence[Briefing], *, site_name: str, layout: Layout = Layout(),
             description: str = "", language: str | None = None) -> str:
    """``briefings`` newest first; RSS readers render titles and descriptions as HTML."""
    fg, entries = _generator(briefings, site_name=site_name, layout=layout, feed=RSS_FILE,
                             description=description, language=language)
    for fe, b in entries:
        fe.guid(fe.link()[0]["href"], permalink=layout.site_url is not None)
        fe.title(_html(b.title) or b.id)  # feedgen leaves out an empty title: the page name stands in
        if b.tldr:
            fe.description(_html(excerpt(b.tldr.text)))
    return fg.rss_str(pretty=True).decode("utf-8")


def atom_feed(briefings: Sequence[Briefing], *, site_name: str, layout: Layout = Layout(),
              description: str = "", language: str | None = None) -> str:
    """``briefings`` newest first; Atom's default ``type="text"`` keeps seed text literal."""
    fg, entries = _generator(briefings, site_name=site_name, layout=layout, feed=ATOM_FILE,
                             description=description, language=language)
    for fe, b in entries:
        fe.id(layout.absolute(f"briefings/{b.id}.md") or f"urn:briefings:{b.id}")  # an Atom id is an IRI
        fe.title(_text(b.title) or b.id)
        if b.tldr:
            fe.summary(_text(excerpt(b.tldr.text)))
    return fg.atom_str(pretty=True).decode("utf-8")


def briefings_json(briefings: Sequence[Briefing], extra: dict[str, dict] | None = None) -> str:
    """Every briefing in the ``briefing analyze`` shape, as one JSON array (without the
    characters no UTF-8 file can hold, such as a lone surrogate from a YAML escape); ``extra``
    adds fields by briefing id (``related``, ``thread``, ``themes``)."""
    extra = extra or {}
    data = [{**briefing_to_dict(b), **extra.get(b.id, {})} for b in briefings]
    return well_formed(json.dumps(data, ensure_ascii=False, separators=(",", ":"))) + "\n"
