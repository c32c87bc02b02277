"""Machine-readable outputs: an RSS 2.0 feed of the newest briefings and ``briefings.json``.

Deterministic: no clock. An item's ``pubDate`` is its article's published date and is
left out when the date is unknown; the channel carries no build date.
"""
from __future__ import annotations

import datetime as dt
import html
import json
from email.utils import format_datetime
from typing import Sequence
from xml.sax.saxutils import escape, quoteattr

from ..model import Briefing
from ..serialize import briefing_to_dict
from ..text import clean, well_formed
from .escape import excerpt

FEED_LIMIT = 50


def _x(text: str) -> str:
    """Text for XML element content (control characters are not allowed in XML 1.0)."""
    return escape(clean(text))


def _html(text: str) -> str:
    """Seed text for an element that feed readers render as HTML (RSS ``description``, and
    ``title`` in many readers): escaped for HTML, then for XML, so it stays literal text."""
    return _x(html.escape(text, quote=False))


def rss_feed(briefings: Sequence[Briefing], *, site_name: str, site_url: str | None,
             description: str = "") -> str:
    """``briefings`` newest first; links are absolute when ``site_url`` is known."""
    base = (site_url or "").rstrip("/") + "/" if site_url else ""
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0">', "<channel>",
           f"<title>{_x(site_name)}</title>", f"<link>{_x(base or './')}</link>",
           f"<description>{_x(description or site_name)}</description>"]
    for b in briefings[:FEED_LIMIT]:
        link = f"{base}briefings/{b.id}/"
        out += ["<item>", f"<title>{_html(b.title)}</title>", f"<link>{_x(link)}</link>",
                f"<guid isPermaLink={quoteattr('true' if base else 'false')}>{_x(link)}</guid>"]
        if b.article.published:
            day = dt.datetime.combine(b.article.published, dt.time(), dt.timezone.utc)
            out.append(f"<pubDate>{format_datetime(day)}</pubDate>")
        if b.tldr:
            out.append(f"<description>{_html(excerpt(b.tldr.text))}</description>")
        out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def briefings_json(briefings: Sequence[Briefing], extra: dict[str, dict] | None = None) -> str:
    """Every briefing in the ``briefing analyze`` shape, as one JSON array (without the
    characters no UTF-8 file can hold, such as a lone surrogate from a YAML escape); ``extra``
    adds fields by briefing id (``related``, ``thread``, ``themes``)."""
    extra = extra or {}
    data = [{**briefing_to_dict(b), **extra.get(b.id, {})} for b in briefings]
    return well_formed(json.dumps(data, ensure_ascii=False, separators=(",", ":"))) + "\n"
