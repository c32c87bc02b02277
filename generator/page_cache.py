"""Markdown → HTML of the generated pages, kept between the rebuilds of ``mkdocs serve``.

MkDocs converts every page to HTML on every rebuild, and that conversion is the largest
part of a build. An edited seed changes a handful of generated pages (its briefing, the
pages of its actors, its month, the home page), so ``mkdocs serve`` converts those and takes
the others from here. Written-by-hand pages in ``docs/`` are always converted.

An entry is keyed by the page's Markdown, its source and destination paths, the Markdown
options and the list of hand-written files (a generated page's links to other generated
pages resolve the same way whenever the Markdown is the same, since the generator writes
both; links to hand-written pages depend on which exist). Entries not used by a build are
dropped after it.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

_Toc = tuple[tuple[str, str, int, "_Toc"], ...]  # (title, id, level, children)


@dataclass(frozen=True, slots=True)
class _Rendered:
    content: str
    toc: _Toc
    title: str | None
    anchors: frozenset[str] | None
    links: dict[str, dict[str, str]] | None  # linked file's src_uri → {anchor: link as written}


def _toc_tuple(links) -> _Toc:
    return tuple((a.title, a.id, a.level, _toc_tuple(a.children)) for a in links)


def _toc_links(toc: _Toc) -> list[AnchorLink]:
    out = []
    for title, id_, level, children in toc:
        link = AnchorLink(title, id_, level)
        link.children = _toc_links(children)
        out.append(link)
    return out


class PageCache:
    def __init__(self) -> None:
        self._entries: dict[bytes, _Rendered] = {}
        self._used: set[bytes] = set()
        self._context = b""
        self.hits = self.misses = 0

    def start_build(self, config, files: Files) -> None:
        """Called once a build's files are known (``on_files``, after the generated pages)."""
        hand_written = sorted(f.src_uri for f in files if f.generated_by is None)
        self._context = repr((config.markdown_extensions, config.mdx_configs, config.use_directory_urls,
                              hand_written)).encode()
        self._used = set()
        self.hits = self.misses = 0

    def end_build(self) -> None:
        self._entries = {k: v for k, v in self._entries.items() if k in self._used}

    def attach(self, page: Page) -> None:
        """Make ``page.render`` use the cache (MkDocs calls it right after ``on_page_markdown``)."""
        page.render = lambda config, files: self._render(page, config, files)  # type: ignore[method-assign]

    def _key(self, page: Page) -> bytes:
        h = hashlib.blake2b(digest_size=20)
        for part in (page.markdown or "", page.file.src_uri, page.file.dest_uri):
            h.update(part.encode("utf-8", "surrogatepass") + b"\0")
        h.update(self._context)
        return h.digest()

    def _render(self, page: Page, config, files: Files) -> None:
        key = self._key(page)
        self._used.add(key)
        done = self._entries.get(key)
        if done is None:
            self.misses += 1
            Page.render(page, config, files)
            links = None if page.links_to_anchors is None else \
                {f.src_uri: dict(anchors) for f, anchors in page.links_to_anchors.items()}
            self._entries[key] = _Rendered(page.content or "", _toc_tuple(page.toc), page._title_from_render,
                                           None if page.present_anchor_ids is None else frozenset(page.present_anchor_ids),
                                           links)
            return
        self.hits += 1
        page.content = done.content
        toc = _toc_links(done.toc)
        if toc:
            toc[0].active = True  # as mkdocs.structure.toc.get_toc does
        page.toc = TableOfContents(toc)
        page._title_from_render = done.title
        page.present_anchor_ids = None if done.anchors is None else set(done.anchors)
        if done.links is not None:
            found = {uri: files.get_file_from_path(uri) for uri in done.links}
            page.links_to_anchors = {f: dict(done.links[uri]) for uri, f in found.items() if f is not None}
