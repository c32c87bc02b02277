"""A briefing's topics: its front-matter tags plus the places and organisations it names most.

Topics become the page's ``tags`` for Material's tags plugin, which writes tag names into
the pages as given: a topic keeps only letters, digits, spaces and ``-.&`` (``_`` reads as a
space), and the page's front matter escapes it like all seed text (``&`` as ``&amp;``).
"""
from __future__ import annotations

import re
from typing import Callable

from ..model import Briefing

MAX_ACTOR_TOPICS = 3
MIN_MENTIONS = 2
_UNSAFE = re.compile(r"[^\w\s.&-]+")


def clean_topic(text: str) -> str:
    return re.sub(r"[\s_]+", " ", _UNSAFE.sub("", text)).strip()[:40]


def topics(b: Briefing, canonical: Callable[[str], str] | None = None) -> list[str]:
    """Front-matter tags first, then the main places and organisations, without repeats."""
    names = list(b.article.tags)
    ranked = sorted((a for a in b.actors if a.kind in ("place", "organization") and len(a.mentions) >= MIN_MENTIONS),
                    key=lambda a: (-len(a.mentions), a.name))
    names += [canonical(a.name) if canonical else a.name for a in ranked[:MAX_ACTOR_TOPICS]]
    out, seen = [], set()
    for name in names:
        topic = clean_topic(name)
        if topic and topic.casefold() not in seen:
            seen.add(topic.casefold())
            out.append(topic)
    return out
