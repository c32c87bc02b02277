"""The site's generated pages: every seed's briefing, the home page and the indexes.

``build_pages`` is pure apart from reading seeds: it returns ``{src_uri: markdown}``, which
the MkDocs plugin serves from memory and ``briefing pages`` writes to a folder.
"""
from __future__ import annotations

import datetime as dt
from concurrent.futures import Executor
from typing import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .cache import BriefingCache
from .directory import Aliases, Directory, read_aliases
from .errors import SeedError
from .model import Article, Briefing
from .overrides import apply_overrides
from .pipeline import analyze_all
from .reader import read_seed, seed_paths
from .render.actor_pages import render_actor_page, render_actors_index, render_letter_pages
from .render.briefing import render_briefing
from .render.feeds import briefings_json, rss_feed
from .render.quality import render_quality
from .render.timeline import by_month, render_home, render_month_pages, render_timeline
from .render.topics import topics


@dataclass(frozen=True, slots=True)
class SiteContent:
    briefings: tuple[Briefing, ...]  # newest first
    errors: tuple[SeedError, ...]
    pages: dict[str, str]  # src_uri → Markdown
    files: dict[str, str] = field(default_factory=dict)  # src_uri → text of a static file (feed, JSON)


def newest_first(briefings: list[Briefing]) -> list[Briefing]:
    return sorted(briefings, key=lambda b: (-(b.article.published or dt.date.min).toordinal(), b.title.lower(), b.id))


def load_briefings(seeds: Path, *, cache: BriefingCache | None = None, jobs: int | None = None,
                   executor: Executor | None = None) -> tuple[list[Briefing], list[SeedError]]:
    """Every seed's briefing (newest first) and the seeds that could not be read.

    Seeds are read in this process; their analysis comes from ``cache`` when the seed is
    unchanged, else runs on ``executor`` or on ``jobs`` processes (see ``pipeline``).
    """
    articles: list[Article] = []
    errors, slugs = [], {}
    for path in seed_paths(seeds):
        try:
            article = cache.read_seed(path, seeds) if cache is not None else read_seed(path, seeds)
            if article.id in slugs:
                raise SeedError(article.path or path.name, f"its page name '{article.id}' is taken by {slugs[article.id]}")
            slugs[article.id] = article.path
            articles.append(article)
        except SeedError as exc:
            errors.append(exc)
    briefings = []
    for item in analyze_all(articles, cache=cache, jobs=jobs, executor=executor):
        (errors if isinstance(item, SeedError) else briefings).append(item)
    return newest_first(briefings), errors


def _with_overrides(briefings: list[Briefing], errors: list[SeedError]) -> list[Briefing]:
    out = []
    for b in briefings:
        try:
            out.append(apply_overrides(b))
        except SeedError as exc:
            errors.append(exc)
    return out


def build_pages(seeds: Path, *, aliases: Path | None = None, site_name: str = "Briefings",
                site_url: str | None = None, cache: BriefingCache | None = None, jobs: int | None = None,
                executor: Executor | None = None, actor_page_min_briefings: int = 2) -> SiteContent:
    """Every generated page and file; ``aliases`` is the optional ``aliases.yml``; ``cache``,
    ``jobs`` and ``executor`` are passed to ``load_briefings``; actors named in at least
    ``actor_page_min_briefings`` briefings get a page of their own."""
    briefings, errors = load_briefings(seeds, cache=cache, jobs=jobs, executor=executor)
    briefings = _with_overrides(briefings, errors)
    try:
        manual = read_aliases(aliases)
    except SeedError as exc:
        errors.append(exc)
        manual = Aliases()
    directory = Directory(briefings, manual)
    listed = [e for e in directory.entries if e.briefings]  # not names only aliases.yml knows
    paged = {e.slug for e in listed if len(e.briefings) >= actor_page_min_briefings}

    def actor_link(b: Briefing) -> Callable[[str], str | None]:
        def link(name: str) -> str | None:
            entry = directory.entry_for(name, b)
            return f"../actors/{entry.slug}.md" if entry and entry.slug in paged else None
        return link

    def canonical(b: Briefing) -> Callable[[str], str]:
        def name_of(name: str) -> str:
            entry = directory.entry_for(name, b)
            return entry.name if entry else name
        return name_of

    pages = {f"briefings/{b.id}.md": render_briefing(b, actor_link=actor_link(b), topic_names=topics(b, canonical(b)),
                                                     canonical=canonical(b)) for b in briefings}
    pages["index.md"] = render_home(briefings)
    pages["actors/index.md"] = render_actors_index(listed, paged)
    pages.update(render_letter_pages(listed, paged))
    pages.update({f"actors/{e.slug}.md": render_actor_page(e, directory, paged) for e in listed if e.slug in paged})
    months = by_month(briefings)
    pages["timeline/index.md"] = render_timeline(months)
    for key, items in months.items():
        pages.update(render_month_pages(key, items))
    pages["quality.md"] = render_quality(briefings, errors)
    files = {"feed.xml": rss_feed(briefings, site_name=site_name, site_url=site_url),
             "briefings.json": briefings_json(briefings)}
    return SiteContent(tuple(briefings), tuple(errors), pages, files)
