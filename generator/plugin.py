"""The ``briefings`` MkDocs plugin: a thin adapter between MkDocs and ``site.build_pages``.

Pages exist only in memory (``File.generated``): the plugin never writes into ``docs/``,
which ``mkdocs serve`` watches (a write there would trigger a reload, forever).
"""
from __future__ import annotations

import hashlib
import html
import logging
import re
import time
from pathlib import Path

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url

from .cache import BriefingCache
from .layout import Layout
from .page_cache import PageCache
from .progress import plural
from .plugin_options import BriefingsConfig, add_needed_extensions, topics_page
from .render.feeds import FEEDS
from .render.words import LANGUAGES, has_table
from .render.home import BROWSE_SCRIPT
from .search_bounds import bound_entries
from .site import SiteContent, build_pages

log = logging.getLogger("mkdocs.plugins.briefings")
_TAG = re.compile(r"<[^>]*>")


NAV_PAGES = ("index.md", "timeline/index.md", "actors/index.md", "threads/index.md", "quality.md")
THEME = Path(__file__).parent / "theme"  # the search worker, for Material
OVERRIDES = Path(__file__).parent / "theme_overrides"  # accessibility fixes to Material's templates, the filter script
A11Y_SCRIPT = "assets/javascripts/briefings-a11y.js"  # keyboard access to Material's header (issue 16)
SEARCH_WORKER = "assets/javascripts/briefings-search.js"
INERT_TEXT = "generator.render.inert_text"  # converts escaped seed text in linear time
MATERIAL_WORKER = "assets/javascripts/workers/search.*.min.js"


def theme_language(theme) -> str:
    """Material's ``theme.language``; MkDocs' own themes call it ``locale``."""
    return str(theme.get("language") or theme.get("locale") or "en")


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    content: SiteContent | None = None
    cache: BriefingCache | None = None  # kept across the rebuilds of mkdocs serve
    pages: PageCache | None = None  # HTML of generated pages, kept across the rebuilds of mkdocs serve

    search_worker: dict[str, str] | None = None
    layout = Layout()
    language = "en"
    warned_site_url = False

    def on_startup(self, *, command, dirty) -> None:
        """Defined so that MkDocs keeps this instance, and so its cache, across the rebuilds of ``mkdocs serve``."""

    def on_config(self, config):
        self.search_worker = None
        if not self.config.enabled:
            return config
        added = add_needed_extensions(config)
        if added:
            log.info(f"briefings: turned on the Markdown extensions {', '.join(added)}: the generated pages use them")
        self.layout = Layout(self.config.briefings_dir, config.use_directory_urls, config.site_url or None)
        self.language = theme_language(config.theme)
        if not has_table(self.language):
            log.info(f"briefings: no translation for the theme's language {self.language!r}: the generated pages are "
                     f"in English (languages: {', '.join(LANGUAGES)})")
        if not config.site_url and not self.warned_site_url:  # once, not on every rebuild of mkdocs serve
            self.warned_site_url = True
            log.warning("briefings: site_url is not set in mkdocs.yml: the feeds' links are relative, "
                        "which many feed readers cannot follow")
        return self._use_search_worker(config)

    def _use_search_worker(self, config):
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
        if self.config.enabled:
            output = output.replace("</head>", self._feed_links(config, page.url if page else None) + "</head>", 1)
        return output

    def _feed_links(self, config, page_url: str | None) -> str:
        """``<link rel="alternate">`` to the feeds, so that browsers and readers find them.

        Relative, so that they resolve on whatever host serves the site: Material fetches
        ``sitemap.xml`` next to every alternate link (for its language selector), which
        fails when the link names another host (``site_url`` under a local test server)."""
        out = []
        for name, mime, label in FEEDS:
            href = get_relative_url(self.layout.url(name), page_url) if page_url is not None \
                else self.layout.absolute(name)
            if href is not None:  # the 404 page has no address of its own to be relative to
                title = html.escape(f"{config.site_name} ({label})")
                out.append(f'<link rel="alternate" type="{mime}" title="{title}" href="{html.escape(href)}">')
        return "".join(out)

    def on_post_template(self, output_content: str, *, template_name: str, config) -> str:
        return self.on_post_page(output_content, page=None, config=config)  # 404.html

    @staticmethod
    def _root(config) -> Path:
        return Path(config.config_file_path or ".").parent

    def _aliases(self, config) -> Path:
        return Path(self.config.aliases) if self.config.aliases else self._root(config) / "aliases.yml"

    def on_files(self, files: Files, *, config) -> Files:
        if not self.config.enabled:
            return files
        seeds = Path(self.config.seeds)
        if not seeds.is_dir():  # checked when mkdocs.yml is read; gone since (mkdocs serve)
            raise PluginError(f"briefings: the seeds folder {self.config.seeds} does not exist")
        directory = self._root(config) / self.config.cache_dir if self.config.cache_dir else None
        if self.cache is None or self.cache.directory != directory:
            self.cache = BriefingCache(directory)
        self.cache.hits = self.cache.misses = 0
        started = time.perf_counter()
        self.content = build_pages(seeds, language=self.language, aliases=self._aliases(config), site_name=config.site_name,
                                   layout=self.layout, topics_page=topics_page(config, files),
                                   cache=self.cache, jobs=self.config.jobs or None,
                                   actor_page_min_briefings=self.config.actor_page_min_briefings,
                                   search_full_text=self.config.search_full_text)
        log.info(f"briefings: {plural(len(self.content.briefings), 'briefing')} ({self.cache.hits} from the cache, "
                 f"{self.cache.misses} analysed, {len(self.content.errors)} seeds skipped), "
                 f"{len(self.content.pages)} pages and {len(self.content.files)} files "
                 f"in {time.perf_counter() - started:.1f} s")
        self.convert_started = time.perf_counter()
        for error in self.content.errors:
            log.warning(f"briefings: skipped seed {error}")
        for b in self.content.briefings:  # notes that do not stop a --strict build
            for note in b.article.warnings:
                log.info(f"briefings: {b.article.path}: {note}")
        generated = {**self.content.pages, **self.content.files}
        nav_pages = {self.layout.uri(p) for p in NAV_PAGES}
        for uri, text in sorted(generated.items()):
            if files.get_file_from_path(uri) is not None:
                raise PluginError(f"briefings: docs/{uri} would hide a generated page: rename it, or set "
                                  "the plugin's briefings_dir option to put the generated pages in a folder")
            inclusion = InclusionLevel.UNDEFINED if uri in nav_pages else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, uri, content=text, inclusion=inclusion))
        pages_dir = directory / "pages" if directory is not None else None
        if self.pages is None or self.pages.directory != pages_dir:
            self.pages = PageCache(pages_dir)
        self.pages.start_build(config, files)
        return files

    def on_pre_page(self, page, *, config, files):
        if self.config.enabled and self.pages is not None and self.content is not None and page.file.src_uri in self.content.pages:
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
            log.info(f"briefings: {self.pages.hits} generated pages from the page cache, {self.pages.misses} converted{stale}"
                     f"; pages converted and written in {time.perf_counter() - self.convert_started:.1f} s")
            self.pages.end_build()

    def on_serve(self, server, *, config, builder):
        if not self.config.enabled:
            return server
        server.watch(self.config.seeds)
        aliases = self._aliases(config)
        if aliases.is_file():
            server.watch(str(aliases))
        return server
