"""The home page: every briefing, newest first (undated last), ``HOME_PAGE_SIZE`` a page.

Page 1 is ``index.md``, page k is ``page/k.md``; each says how many briefings there are and
which of them it shows, and links to every other page. The filter box (actor, theme, source,
date, new since) is drawn in the browser by ``briefings-browse.js`` (shipped in ``theme_overrides/``; the plugin adds it to
``extra_javascript``: pages hold no script tag) from ``browse.json``; without JavaScript the
pages still list everything.
"""
from __future__ import annotations

from typing import Sequence

from ..model import Briefing
from .briefing import format_date
from .escape import esc, esc_inline
from .words import t, tn

HOME_PAGE_SIZE = 50
BROWSE_SCRIPT = "assets/javascripts/briefings-browse.js"
NO_SEARCH = ["---", "search:", "  exclude: true", "---", ""]


def home_uri(page: int) -> str:
    return "index.md" if page == 1 else f"page/{page}.md"


def _root(page: int) -> str:
    """From the page's Markdown file to the generated tree's root (links MkDocs resolves)."""
    return "" if page == 1 else "../"


def _url_root(page: int, directory_urls: bool) -> str:
    """From the page's address to the generated tree's root, for the script's fetch
    (with directory URLs page/2.md is page/2/, else page/2.html)."""
    return "" if page == 1 else ("../../" if directory_urls else "../")


def browse_box(root: str, *, what: str) -> list[str]:
    """The placeholder the script fills with filters; ``what`` names the list it filters."""
    return [f'<div class="briefings-browse" data-root="{esc(root)}" data-what="{esc(what)}"></div>', ""]


def _item(b: Briefing, root: str, themes: Sequence[str]) -> list[str]:
    tldr = esc_inline(b.tldr.text) if b.tldr else ""
    meta = [f"*{format_date(b.article.published)}*"]
    if b.article.source:
        meta.append(esc_inline(b.article.source))
    if themes:
        meta.append(t("Themes: {names}", names=", ".join(esc_inline(x) for x in themes)))
    # h2 under the page's h1 (headings in order), drawn at the size of an h3 (briefings.css)
    return [f"## [{esc_inline(b.title)}]({root}briefings/{b.id}.md) {{ .briefing-item }}", "", " · ".join(meta), "",
            *([tldr, ""] if tldr else [])]


def _page_links(n: int, count: int, root: str) -> list[str]:
    if count == 1:
        return []
    links = []
    for k in range(1, count + 1):
        target = root + home_uri(k)
        links.append(f"**{k}**" if k == n else f"[{k}]({target})")
    nav = []
    if n > 1:
        nav.append(f"[{t('← Newer')}]({root}{home_uri(n - 1)})")
    if n < count:
        nav.append(f"[{t('Older →')}]({root}{home_uri(n + 1)})")
    return [" · ".join(nav), "", t("Pages:") + " " + " ".join(links), ""]


def render_home_pages(briefings: Sequence[Briefing], themes: dict[str, tuple[str, ...]] | None = None,
                      *, threads: int = 0, topics_link: str | None = None,
                      directory_urls: bool = True) -> dict[str, str]:
    """``{src_uri: markdown}``: ``briefings`` newest first, split into pages; ``topics_link``
    (relative to the first page) is the page listing the themes, if the site has one."""
    themes = themes or {}
    total = len(briefings)
    count = max(1, -(-total // HOME_PAGE_SIZE))
    pages = {}
    for n in range(1, count + 1):
        root = _root(n)
        chunk = briefings[(n - 1) * HOME_PAGE_SIZE:n * HOME_PAGE_SIZE]
        title = t("Briefings") + (" " + t("(page {n} of {count})", n=n, count=count) if count > 1 else "")
        lines = [*NO_SEARCH, f"# {title}", "",
                 t("Structured briefings generated from news articles: summary, key quotes, actors, open questions "
                   "and facts, each linked to the sentence it came from."), ""]
        if not briefings:
            lines.append(f"*{t('No briefings yet: add an article to `seeds/`.')}*")
        else:
            first = (n - 1) * HOME_PAGE_SIZE + 1
            count_line = tn(total, "{n} briefing, newest first (undated last)",
                            "{n} briefings, newest first (undated last)")
            lines += [f'<p class="briefings-count">{count_line} · '
                      f"{t('showing {first}–{last}', first=first, last=first + len(chunk) - 1)}</p>", ""]
            lines += browse_box(_url_root(n, directory_urls), what="briefings")
        for b in chunk:
            lines += _item(b, root, themes.get(b.id, ()))
        lines += ['<div class="briefings-list-end"></div>', ""]  # the script hides the list up to here when filtering
        lines += _page_links(n, count, root)
        if briefings:
            lines += [f"[{t('All {n} briefings by month', n=total)}]({root}timeline/index.md) · "
                      f"[{t('Actors')}]({root}actors/index.md) · "
                      + (f"[{t('Themes')}]({root}{topics_link}) · " if topics_link else "")
                      + (f"[{t('Story threads')}]({root}threads/index.md) · " if threads else "")
                      + f"[{t('Feed')}]({root}feed.xml) · [{t('Data (JSON)')}]({root}briefings.json)", ""]
        pages[home_uri(n)] = "\n".join(lines)
    return pages
