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
from .dating import with_published
from .errors import SeedError
from .layout import Layout
from .model import Article, Briefing
from .overrides import apply_overrides
from .pipeline import Progress, analyze_all
from .reader import read_seed, seed_paths
from .render.actor_pages import render_actor_page, render_actors_index, render_letter_pages
from .render.briefing import render_briefing
from .render.browse_data import browse_json
from .render.feeds import atom_feed, briefings_json, rss_feed
from .render.home import render_home_pages
from .render.quality import render_quality
from .render.related import related_section
from .render.threads import render_thread, render_threads_index
from .render.timeline import by_month, render_month_pages, render_timeline
from .render.topics import clean_topic
from .render.words import site_language
from .related import Links, link_briefings
from .themes import choose_themes


@dataclass(frozen=True, slots=True)
class SiteContent:
    briefings: tuple[Briefing, ...]  # newest first
    errors: tuple[SeedError, ...]
    pages: dict[str, str]  # src_uri → Markdown
    files: dict[str, str] = field(default_factory=dict)  # src_uri → text of a static file (feed, JSON)


def newest_first(briefings: list[Briefing]) -> list[Briefing]:
    return sorted(briefings, key=lambda b: (-(b.article.published or dt.date.min).toordinal(), b.title.lower(), b.id))


def load_briefings(seeds: Path, *, cache: BriefingCache | None = None, jobs: int | None = None,
                   executor: Executor | None = None,
                   progress: Progress | None = None) -> tuple[list[Briefing], list[SeedError]]:
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
            if progress is not None:
                progress(1)
    briefings = []
    for item in analyze_all(articles, cache=cache, jobs=jobs, executor=executor, progress=progress):
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


def build_pages(seeds: Path, *, language: str | None = None, **options) -> SiteContent:
    """``_build_pages`` with the pages' words in ``language`` (``theme.language``; English
    when it has no table in ``render/words.py``)."""
    with site_language(language):
        return _build_pages(seeds, **options)


def _build_pages(seeds: Path, *, aliases: Path | None = None, site_name: str = "Briefings",
                 layout: Layout = Layout(), topics_page: str | None = None,
                 cache: BriefingCache | None = None, jobs: int | None = None,
                 executor: Executor | None = None, actor_page_min_briefings: int = 2,
                 progress: Progress | None = None, search_full_text: bool = False) -> SiteContent:
    """Every generated page and file, at their paths in the docs (``layout.folder``);
    ``aliases`` is the optional ``aliases.yml``; ``topics_page`` the docs path of the page
    that lists the topics (Material's tags plugin), if any; ``cache``, ``jobs`` and
    ``executor`` and ``progress`` are passed to ``load_briefings``; actors named in at least
    ``actor_page_min_briefings`` briefings get a page of their own; ``search_full_text``
    lets search index each article's text too."""
    briefings, errors = load_briefings(seeds, cache=cache, jobs=jobs, executor=executor, progress=progress)
    briefings = newest_first([with_published(b) for b in _with_overrides(briefings, errors)])
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

    links = link_briefings(briefings, canonical)
    themes = choose_themes(briefings)
    by_id = {b.id: b for b in briefings}

    def page_of(b: Briefing) -> str:
        thread = links.thread_of.get(b.id)
        more = related_section(b, links.related[b.id], by_id, (thread, links.threads[thread]) if thread else None)
        tags = list(dict.fromkeys(t for t in map(clean_topic, themes[b.id]) if t))
        return render_briefing(b, actor_link=actor_link(b), topic_names=tags, canonical=canonical(b), more=more,
                               full_text=search_full_text)

    pages = {f"briefings/{b.id}.md": page_of(b) for b in briefings}
    pages.update(render_home_pages(briefings, themes, threads=len(links.threads),
                                    topics_link=layout.link_from_home(topics_page) if topics_page else None,
                                    directory_urls=layout.use_directory_urls))
    pages.update(_thread_pages(links, by_id))
    pages["actors/index.md"] = render_actors_index(listed, paged)
    pages.update(render_letter_pages(listed, paged))
    pages.update({f"actors/{e.slug}.md": render_actor_page(e, directory, paged) for e in listed if e.slug in paged})
    months = by_month(briefings)
    pages["timeline/index.md"] = render_timeline(months)
    for key, items in months.items():
        pages.update(render_month_pages(key, items))
    pages["quality.md"] = render_quality(briefings, errors)
    files = {"feed.xml": rss_feed(briefings, site_name=site_name, layout=layout),
             "atom.xml": atom_feed(briefings, site_name=site_name, layout=layout),
             "briefings.json": briefings_json(briefings, _links_json(briefings, links, themes)),
             "browse.json": browse_json(briefings, themes, links.thread_of, canonical)}
    return SiteContent(tuple(briefings), tuple(errors), layout.place(pages), layout.place(files))


def _thread_pages(links: Links, by_id: dict[str, Briefing]) -> dict[str, str]:
    threads = {t: [by_id[i] for i in ids] for t, ids in links.threads.items()}
    pages = {f"threads/{t}.md": render_thread(t, members) for t, members in threads.items()}
    pages["threads/index.md"] = render_threads_index(threads)
    return pages


def _links_json(briefings: list[Briefing], links: Links, themes: dict[str, tuple[str, ...]]) -> dict[str, dict]:
    return {b.id: {"related": [r.id for r in links.related[b.id]], "thread": links.thread_of.get(b.id),
                   "themes": list(themes[b.id])} for b in briefings}
