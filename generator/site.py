"""The site's generated pages: every seed's briefing, the home page and the indexes.

``build_pages`` is pure apart from reading seeds: it returns ``{src_uri: markdown}``, which
the MkDocs plugin serves from memory and ``briefing pages`` writes to a folder.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .analysis import analyze
from .errors import SeedError, analysis_failed
from .model import Briefing
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


def load_briefings(seeds: Path) -> tuple[list[Briefing], list[SeedError]]:
    briefings, errors, slugs = [], [], {}
    for path in seed_paths(seeds):
        try:
            article = read_seed(path, seeds)
            if article.id in slugs:
                raise SeedError(article.path or path.name, f"its page name '{article.id}' is taken by {slugs[article.id]}")
            slugs[article.id] = article.path
        except SeedError as exc:
            errors.append(exc)
            continue
        try:
            briefings.append(analyze(article))
        except Exception as exc:  # noqa: BLE001 -- last line of defence: one seed's bug never stops the site
            errors.append(analysis_failed(article.path or path.name, exc))
    return newest_first(briefings), errors


def build_pages(seeds: Path) -> SiteContent:
    briefings, errors = load_briefings(seeds)
    pages = {f"briefings/{b.id}.md": render_briefing(b) for b in briefings}
    pages["index.md"] = render_home(briefings)
    pages["actors/index.md"] = render_actors_index(briefings)
    return SiteContent(tuple(briefings), tuple(errors), pages)
