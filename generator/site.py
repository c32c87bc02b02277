"""The site's generated pages: every seed's briefing, the home page and the indexes.

``build_pages`` is pure apart from reading seeds: it returns ``{src_uri: markdown}``, which
the MkDocs plugin serves from memory and ``briefing pages`` writes to a folder.
"""
from __future__ import annotations

import datetime as dt
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path

from .cache import BriefingCache
from .errors import SeedError
from .model import Article, Briefing
from .pipeline import analyze_all
from .reader import read_seed, seed_paths
from .render.briefing import render_briefing
from .render.indexes import render_actors_index, render_home


@dataclass(frozen=True, slots=True)
class SiteContent:
    briefings: tuple[Briefing, ...]  # newest first
    errors: tuple[SeedError, ...]
    pages: dict[str, str]


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
    briefings = analyze_all(articles, cache=cache, jobs=jobs, executor=executor)
    return newest_first(briefings), errors


def build_pages(seeds: Path, **analysis: object) -> SiteContent:
    """``analysis``: ``cache``, ``jobs``, ``executor``, passed to ``load_briefings``."""
    briefings, errors = load_briefings(seeds, **analysis)  # type: ignore[arg-type]
    pages = {f"briefings/{b.id}.md": render_briefing(b) for b in briefings}
    pages["index.md"] = render_home(briefings)
    pages["actors/index.md"] = render_actors_index(briefings)
    return SiteContent(tuple(briefings), tuple(errors), pages)
