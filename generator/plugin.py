"""The ``briefings`` MkDocs plugin: a thin adapter between MkDocs and ``site.build_pages``.

Pages exist only in memory (``File.generated``): the plugin never writes into ``docs/``,
which ``mkdocs serve`` watches (a write there would trigger a reload, forever).
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from .cache import BriefingCache
from .site import SiteContent, build_pages

log = logging.getLogger("mkdocs.plugins.briefings")


class BriefingsConfig(Config):
    seeds = c.Type(str, default="seeds")  # relative to mkdocs.yml
    cache_dir = c.Type(str, default=".cache/briefings")  # relative to mkdocs.yml; "" keeps the cache in memory only
    jobs = c.Type(int, default=0)  # analysis processes; 0: every core


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    content: SiteContent | None = None
    cache: BriefingCache | None = None  # kept across the rebuilds of mkdocs serve

    def on_startup(self, *, command, dirty) -> None:
        """Defined so that MkDocs keeps this instance, and so its cache, across the rebuilds of ``mkdocs serve``."""

    def _seeds_dir(self, config) -> Path:
        return Path(config.config_file_path or ".").parent / self.config.seeds

    def on_files(self, files: Files, *, config) -> Files:
        seeds = self._seeds_dir(config)
        if not seeds.is_dir():
            raise PluginError(f"briefings: the seeds folder {self.config.seeds!r} does not exist")
        root = Path(config.config_file_path or ".").parent
        directory = root / self.config.cache_dir if self.config.cache_dir else None
        if self.cache is None or self.cache.directory != directory:
            self.cache = BriefingCache(directory)
        self.content = build_pages(seeds, cache=self.cache, jobs=self.config.jobs or None)
        for error in self.content.errors:
            log.warning(f"briefings: skipped seed {error}")
        for uri, markdown in sorted(self.content.pages.items()):
            if files.get_file_from_path(uri) is not None:
                raise PluginError(f"briefings: docs/{uri} would hide a generated page; rename it")
            in_nav = uri in ("index.md", "actors/index.md")
            inclusion = InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, uri, content=markdown, inclusion=inclusion))
        return files

    def on_serve(self, server, *, config, builder):
        server.watch(str(self._seeds_dir(config)))
        return server
