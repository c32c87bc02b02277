"""One page per actor across all briefings, and the actors index.

Every list is bounded, whatever the number of briefings: an actor page lists at most
``MAX_BRIEFINGS`` briefings (then "and N more"), ``MAX_QUOTES`` quotes and ``MAX_PEERS``
co-occurring actors. Actor pages are left out of search: the briefings that name an actor
are found by the name already.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..directory import Directory, Entry
from .briefing import KIND_LABEL, format_date, front_matter
from .escape import esc_inline

MAX_BRIEFINGS = 50
MAX_QUOTES = 20
MAX_PEERS = 10
MAX_ROLES = 10
INDEX_LIMIT = 500
NO_SEARCH = ["---", "search:", "  exclude: true", "---", ""]


def _roles(entry: Entry, directory: Directory) -> list[str]:
    roles = Counter()
    for b in entry.briefings:
        roles.update(a.role for a in b.actors if a.role and directory.entry_for(a.name) is entry)
        roles.update(q.role for q in b.quotes if q.role and directory.entry_for(q.speaker) is entry)
    return [r for r, _ in sorted(roles.items(), key=lambda rc: (-rc[1], rc[0].lower()))[:MAX_ROLES]]


def peers(entry: Entry, directory: Directory) -> list[tuple[Entry, int]]:
    """The actors that share the most briefings with this one."""
    counts: Counter = Counter()
    by_slug = {}
    for b in entry.briefings:
        others = {e.slug: e for e in directory.entries_in(b) if e is not entry}
        counts.update(others.keys())
        by_slug.update(others)
    return [(by_slug[s], n) for s, n in sorted(counts.items(), key=lambda sn: (-sn[1], sn[0]))[:MAX_PEERS]]


def render_actor_page(entry: Entry, directory: Directory) -> str:
    n = len(entry.briefings)
    lines = [*front_matter(entry.name, search=False), f"# {esc_inline(entry.name)}", "",
             f"{KIND_LABEL.get(entry.kind, 'Actor')} · named in {n} briefing{'s' if n != 1 else ''}"]
    others = [x for x in entry.names if x != entry.name]
    if others:
        lines[-1] += " · also written " + ", ".join(f"“{esc_inline(x)}”" for x in others[:10])
    lines.append("")
    body: list[str] = []
    roles = _roles(entry, directory)
    if roles:
        body += ["## Roles seen", "", *(f"- {esc_inline(r)}" for r in roles), ""]
    body += ["## Briefings", ""]
    for b in entry.briefings[:MAX_BRIEFINGS]:
        body.append(f"- [{esc_inline(b.title)}](../briefings/{b.id}.md) · {format_date(b.article.published)}")
    if n > MAX_BRIEFINGS:
        body.append(f"- *and {n - MAX_BRIEFINGS} more*")
    quotes = [(b, q) for b in entry.briefings for q in b.quotes if directory.entry_for(q.speaker) is entry]
    if quotes:
        body += ["", "## Quotes", ""]
        for b, q in quotes[:MAX_QUOTES]:
            body += [f"> “{esc_inline(q.text)}”", ">",
                     f"> — [{esc_inline(b.title)}](../briefings/{b.id}.md#s{q.sentence + 1})", ""]
        if len(quotes) > MAX_QUOTES:
            body.append(f"*and {len(quotes) - MAX_QUOTES} more quotes*")
    together = peers(entry, directory)
    if together:
        body += ["", "## Appears most with", ""]
        body += [f"- [{esc_inline(e.name)}]({e.slug}.md) · {k} briefing{'s' if k != 1 else ''}" for e, k in together]
    return "\n".join(lines + body) + "\n"


def render_actors_index(entries: Sequence[Entry]) -> str:
    ranked = sorted(entries, key=lambda e: (-len(e.briefings), e.name.lower(), e.slug))
    lines = [*NO_SEARCH, "# Actors", "",
             "People, organisations, places and groups named in the briefings, most often named first.", ""]
    if not ranked:
        lines.append("*No actors yet.*")
        return "\n".join(lines)
    lines += ["| Actor | Kind | Briefings |", "|---|---|---|"]
    for e in ranked[:INDEX_LIMIT]:
        lines.append(f"| [{esc_inline(e.name)}]({e.slug}.md) | {KIND_LABEL.get(e.kind, 'Actor')} | {len(e.briefings)} |")
    if len(ranked) > INDEX_LIMIT:
        lines += ["", f"*And {len(ranked) - INDEX_LIMIT} more actors: each briefing links to its own.*"]
    return "\n".join(lines) + "\n"
