"""A page for each actor named in enough briefings, and the actors index.

Every list is bounded, whatever the number of briefings: an actor page lists at most
``MAX_BRIEFINGS`` briefings (then "and N more"), ``MAX_QUOTES`` quotes and ``MAX_PEERS``
co-occurring actors; the actors index lists the ``INDEX_LIMIT`` most named and links to one
list per initial letter, split into pages of ``PAGE_SIZE``. Only actors named in at least
``min_briefings`` briefings get a page (``site.build_pages`` decides): most actors are named
once, and their page would repeat the one briefing's row; the lists link those to their briefing. Rows are table rows, never
headings (Material's search looks each heading up in a linear walk of the page's table of
contents: thousands of headings on one page cost quadratic time). Actor and index pages are
left out of search: the briefings that name an actor are found by the name already.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Container, Sequence

from ..directory import Directory, Entry
from .briefing import KIND_LABEL, format_date, front_matter, quoted
from .escape import esc_inline
from .pager import pager_links

MAX_BRIEFINGS = 50
MAX_QUOTES = 20
MAX_PEERS = 10
MAX_ROLES = 10
INDEX_LIMIT = 200
PAGE_SIZE = 250
OTHER = "other"  # names that do not start with a letter a-z (after removing accents)
NO_SEARCH = ["---", "search:", "  exclude: true", "---", ""]


def _roles(entry: Entry, directory: Directory) -> list[str]:
    roles = Counter()
    for b in entry.briefings:
        roles.update(a.role for a in b.actors if a.role and directory.entry_for(a.name, b) is entry)
        roles.update(q.role for q in b.quotes if q.role and directory.entry_for(q.speaker, b) is entry)
    return [r for r, _ in sorted(roles.items(), key=lambda rc: (-rc[1], rc[0].lower()))[:MAX_ROLES]]


def peers(entry: Entry, directory: Directory, paged: Container[str]) -> list[tuple[Entry, int]]:
    """The actors with a page (slug in ``paged``) that share the most briefings with this one."""
    counts: Counter = Counter()
    by_slug = {}
    for b in entry.briefings:
        others = {e.slug: e for e in directory.entries_in(b) if e is not entry and e.slug in paged}
        counts.update(others.keys())
        by_slug.update(others)
    return [(by_slug[s], n) for s, n in sorted(counts.items(), key=lambda sn: (-sn[1], sn[0]))[:MAX_PEERS]]


def render_actor_page(entry: Entry, directory: Directory, paged: Container[str]) -> str:
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
    quotes = [(b, q) for b in entry.briefings for q in b.quotes if directory.entry_for(q.speaker, b) is entry]
    if quotes:
        body += ["", "## Quotes", ""]
        for b, q in quotes[:MAX_QUOTES]:
            body += [f"> “{esc_inline(quoted(q))}”", ">",
                     f"> — [{esc_inline(b.title)}](../briefings/{b.id}.md#s{q.sentence + 1})", ""]
        if len(quotes) > MAX_QUOTES:
            body.append(f"*and {len(quotes) - MAX_QUOTES} more quotes*")
    together = peers(entry, directory, paged)
    if together:
        body += ["", "## Appears most with", ""]
        body += [f"- [{esc_inline(e.name)}]({e.slug}.md) · {k} briefing{'s' if k != 1 else ''}" for e, k in together]
    return "\n".join(lines + body) + "\n"


def initial(name: str) -> str:
    """The letter an actor is listed under: ``Élysée`` → ``e``; ``1MDB``, ``新华社`` → ``other``."""
    for ch in unicodedata.normalize("NFKD", name):
        if ch.isalnum():
            ch = ch.lower()
            return ch if "a" <= ch <= "z" else OTHER
    return OTHER


def _label(letter: str) -> str:
    return "Other" if letter == OTHER else letter.upper()


def letter_uri(letter: str, page: int = 1) -> str:
    return f"actors/by-letter/{letter}.md" if page == 1 else f"actors/by-letter/{letter}-{page}.md"


def by_letter(entries: Sequence[Entry]) -> dict[str, list[Entry]]:
    """Letter → entries by name; letters a-z in order, then ``other``."""
    groups: dict[str, list[Entry]] = {}
    for e in entries:
        groups.setdefault(initial(e.name), []).append(e)
    keys = sorted(k for k in groups if k != OTHER) + ([OTHER] if OTHER in groups else [])
    return {k: sorted(groups[k], key=lambda e: (e.name.casefold(), e.slug)) for k in keys}


def _name_cell(e: Entry, prefix: str, paged: Container[str]) -> str:
    """The name linked to the actor's page, or else to the newest briefing that names them."""
    if e.slug in paged:
        return f"[{esc_inline(e.name)}]({prefix}{e.slug}.md)"
    if e.briefings:
        return f"[{esc_inline(e.name)}]({prefix}../briefings/{e.briefings[0].id}.md#actors)"
    return esc_inline(e.name)


def _table(entries: Sequence[Entry], prefix: str, paged: Container[str]) -> list[str]:
    lines = ["| Actor | Kind | Briefings |", "|---|---|---|"]
    lines += [f"| {_name_cell(e, prefix, paged)} | {KIND_LABEL.get(e.kind, 'Actor')} "
              f"| {len(e.briefings)} |" for e in entries]
    return lines + [""]


def _letter_bar(groups: dict[str, list[Entry]], prefix: str) -> str:
    return " · ".join(f"[{_label(k)}]({prefix}{letter_uri(k).removeprefix('actors/by-letter/')}) ({len(v)})"
                      for k, v in groups.items())


def render_actors_index(entries: Sequence[Entry], paged: Container[str]) -> str:
    ranked = sorted(entries, key=lambda e: (-len(e.briefings), e.name.lower(), e.slug))
    lines = [*NO_SEARCH, "# Actors", "",
             "People, organisations, places and groups named in the briefings.", ""]
    if not ranked:
        lines.append("*No actors yet.*")
        return "\n".join(lines) + "\n"
    lines += [f"All {len(ranked)} actors by name: " + _letter_bar(by_letter(ranked), "by-letter/"), "",
              "## Most named", ""]
    if len(ranked) > INDEX_LIMIT:
        lines += [f"The {INDEX_LIMIT} actors named in the most briefings.", ""]
    lines += _table(ranked[:INDEX_LIMIT], "", paged)
    return "\n".join(lines)


def render_letter_pages(entries: Sequence[Entry], paged: Container[str]) -> dict[str, str]:
    """``{src_uri: markdown}``: the actors of each initial letter, ``PAGE_SIZE`` a page."""
    groups = by_letter(entries)
    pages = {}
    for letter, items in groups.items():
        count = -(-len(items) // PAGE_SIZE)
        for n in range(1, count + 1):
            title = f"Actors: {_label(letter)}" + (f" (page {n} of {count})" if count > 1 else "")
            lines = [*NO_SEARCH, f"# {title}", "", "[All actors](../index.md) · " + _letter_bar(groups, ""), ""]
            lines += _table(items[(n - 1) * PAGE_SIZE:n * PAGE_SIZE], "../", paged)
            lines += pager_links(n, count, lambda k: letter_uri(letter, k), folder="actors/by-letter/",
                                 back="← Previous", forward="Next →")
            pages[letter_uri(letter, n)] = "\n".join(lines)
    return pages
