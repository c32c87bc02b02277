"""The ``briefings`` MkDocs plugin: a thin adapter between MkDocs and ``site.build_pages``.

Pages exist only in memory (``File.generated``): the plugin never writes into ``docs/``,
which ``mkdocs serve`` watches (a write there would trigger a reload, forever).
"""
from __future__ import annotations

import hashlib
import html
import logging
import re
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from .cache import BriefingCache
from .page_cache import PageCache
from .render.home import BROWSE_SCRIPT
from .search_bounds import bound_entries
from .site import SiteContent, build_pages

log = logging.getLogger("mkdocs.plugins.briefings")
_TAG = re.compile(r"<[^>]*>")


NAV_PAGES = ("index.md", "timeline/index.md", "actors/index.md", "threads/index.md", "quality.md")
THEME = Path(__file__).parent / "theme"  # the search worker, for Material
OVERRIDES = Path(__file__).parent / "overrides"  # accessibility fixes to Material's templates (issue 16)
A11Y_SCRIPT = "assets/javascripts/briefings-a11y.js"  # keyboard access to Material's header (issue 16)
SEARCH_WORKER = "assets/javascripts/briefings-search.js"
INERT_TEXT = "generator.render.inert_text"  # converts escaped seed text in linear time
MATERIAL_WORKER = "assets/javascripts/workers/search.*.min.js"


class BriefingsConfig(Config):
    seeds = c.Type(str, default="seeds")  # relative to mkdocs.yml
    aliases = c.Type(str, default="aliases.yml")  # optional, relative to mkdocs.yml
    cache_dir = c.Type(str, default=".cache/briefings")  # relative to mkdocs.yml; "" keeps the cache in memory only
    jobs = c.Type(int, default=0)  # analysis processes; 0: every core
    actor_page_min_briefings = c.Type(int, default=2)  # 1: a page for every actor
    search_worker = c.Type(bool, default=True)  # Material's search UI with our worker; false: Material's own
    search_full_text = c.Type(bool, default=False)  # search indexes the article text too (a larger index)


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    content: SiteContent | None = None
    cache: BriefingCache | None = None  # kept across the rebuilds of mkdocs serve
    pages: PageCache | None = None  # HTML of generated pages, kept across the rebuilds of mkdocs serve

    search_worker: dict[str, str] | None = None

    def on_startup(self, *, command, dirty) -> None:
        """Defined so that MkDocs keeps this instance, and so its cache, across the rebuilds of ``mkdocs serve``."""

    def on_config(self, config):
        """With Material, add ``generator/theme`` (our search worker) behind Material's
        templates and a user's ``custom_dir``; ``on_post_page`` points Material's search UI at
        it. It shows the first result in under a second at 10,000 briefings, where Material's
        worker spends seconds building a lunr index on every page load (RESULTS.md, "Scale")."""
        self.search_worker = None
        if BROWSE_SCRIPT not in [str(x) for x in config.extra_javascript]:
            script = ExtraScriptValue(BROWSE_SCRIPT)  # the filters of the home page and the timeline
            script.defer = True
            config.extra_javascript.append(script)
        if INERT_TEXT not in config.markdown_extensions:
            config.markdown_extensions.append(INERT_TEXT)
        theme = config.theme
        if theme.name == "material":
            self._add_accessibility(config)
        if not self.config.search_worker or theme.name != "material":
            return config
        material = next((p for d in theme.dirs for p in sorted(Path(d).glob(MATERIAL_WORKER))), None)
        if material is None:  # another Material layout: keep its worker
            log.warning("briefings: Material's search worker was not found; its own search is used")
            return config
        if str(THEME) not in theme.dirs:
            theme.dirs.append(str(THEME))  # only adds a file: every template stays the user's or Material's
        version = hashlib.sha256((THEME / SEARCH_WORKER).read_bytes()).hexdigest()[:8]
        self.search_worker = {"material": f"assets/javascripts/workers/{material.name}",
                              "ours": f"{SEARCH_WORKER}?v={version}"}  # a new file is fetched anew
        return config

    @staticmethod
    def _add_accessibility(config) -> None:
        """Put ``generator/overrides`` just before Material's own templates, so that its two
        small partials (``content.html``: the h1 before the topic tags; ``tags.html``: tag
        names for screen readers) replace Material's while a user's ``custom_dir`` still wins;
        and add its ``briefings-a11y.js`` (the small-screen menu and search buttons from the
        keyboard, the search dialog's name) to every page."""
        dirs = config.theme.dirs
        if str(OVERRIDES) not in dirs:
            # Material's folder is the last with the partial (a user's custom_dir comes first)
            with_partial = [i for i, d in enumerate(dirs) if (Path(d) / "partials" / "content.html").is_file()]
            dirs.insert(with_partial[-1] if with_partial else len(dirs), str(OVERRIDES))
        version = hashlib.sha256((OVERRIDES / A11Y_SCRIPT).read_bytes()).hexdigest()[:8]
        if not any(str(script).startswith(A11Y_SCRIPT) for script in config.extra_javascript):
            config.extra_javascript.append(f"{A11Y_SCRIPT}?v={version}")  # a new file is fetched anew

    def on_post_page(self, output: str, *, page, config) -> str:
        # Material's base.html names its worker once, in the page's JSON config: swapped in the
        # output rather than by overriding a template, which a user's own main.html would hide.
        if self.search_worker:
            output = output.replace(self.search_worker["material"], self.search_worker["ours"], 1)
        return output

    def on_post_template(self, output_content: str, *, template_name: str, config) -> str:
        return self.on_post_page(output_content, page=None, config=config)  # 404.html

    @staticmethod
    def _root(config) -> Path:
        return Path(config.config_file_path or ".").parent

    def _seeds_dir(self, config) -> Path:
        return self._root(config) / self.config.seeds

    def on_files(self, files: Files, *, config) -> Files:
        seeds = self._seeds_dir(config)
        if not seeds.is_dir():
            raise PluginError(f"briefings: the seeds folder {self.config.seeds!r} does not exist")
        directory = self._root(config) / self.config.cache_dir if self.config.cache_dir else None
        if self.cache is None or self.cache.directory != directory:
            self.cache = BriefingCache(directory)
        self.content = build_pages(seeds, aliases=self._root(config) / self.config.aliases,
                                   site_name=config.site_name, site_url=config.site_url or None,
                                   cache=self.cache, jobs=self.config.jobs or None,
                                   actor_page_min_briefings=self.config.actor_page_min_briefings,
                                   search_full_text=self.config.search_full_text)
        for error in self.content.errors:
            log.warning(f"briefings: skipped seed {error}")
        for b in self.content.briefings:  # notes that do not stop a --strict build
            for note in b.article.warnings:
                log.info(f"briefings: {b.article.path}: {note}")
        generated = {**self.content.pages, **self.content.files}
        for uri, text in sorted(generated.items()):
            if files.get_file_from_path(uri) is not None:
                raise PluginError(f"briefings: docs/{uri} would hide a generated page; rename it")
            inclusion = InclusionLevel.UNDEFINED if uri in NAV_PAGES else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, uri, content=text, inclusion=inclusion))
        pages_dir = directory / "pages" if directory is not None else None
        if self.pages is None or self.pages.directory != pages_dir:
            self.pages = PageCache(pages_dir)
        self.pages.start_build(config, files)
        return files

    def on_pre_page(self, page, *, config, files):
        if self.pages is not None and self.content is not None and page.file.src_uri in self.content.pages:
            self.pages.attach(page)
        return page

    def on_page_content(self, html_: str, *, page, config, files) -> str:
        # Material writes page.title into <title> through Jinja's `striptags`, which also
        # decodes character references: a seed's escaped "</title><script>" would come back
        # as markup. A meta title is written as is, so generated pages get one: the rendered
        # (escaped) title without tags, escaped again after decoding to be sure.
        if page.file.generated_by is not None and not page.is_homepage and page.title and "title" not in page.meta:
            page.meta["title"] = html.escape(html.unescape(_TAG.sub("", page.title)), quote=False)
        return html_

    def on_page_context(self, context, *, page, config, nav):
        # Runs after the search plugin indexed the page (it comes first in mkdocs.yml): one
        # huge seed must not make a huge search document (search_bounds).
        for plugin in config.plugins.values():
            entries = getattr(getattr(plugin, "search_index", None), "entries", None)
            if isinstance(entries, list):
                bound_entries(entries, page.url)
        return context

    def on_post_build(self, *, config) -> None:
        if self.pages is not None and self.pages.enabled:
            stale = f" ({self.pages.stale} cached with other package versions)" if self.pages.stale else ""
            log.info(f"briefings: {self.pages.hits} generated pages from the page cache, {self.pages.misses} converted{stale}")
            self.pages.end_build()

    def on_serve(self, server, *, config, builder):
        server.watch(str(self._seeds_dir(config)))
        aliases = self._root(config) / self.config.aliases
        if aliases.is_file():
            server.watch(str(aliases))
        return server
