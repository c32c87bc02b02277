"""Markdown → HTML of the generated pages, kept between builds.

MkDocs converts every page to HTML on every build, and that conversion is the largest part
of a build. An edited seed changes a handful of generated pages (its briefing, the pages of
its actors, its month, the home page), so a rebuild converts those and takes the others
from here: from memory between the rebuilds of ``mkdocs serve``, from the cache folder in a
new ``mkdocs build``. Written-by-hand pages in ``docs/`` are always converted.

An entry is keyed by the page's Markdown, its source and destination paths, the Markdown
options and the list of hand-written files (a generated page's links to other generated
pages resolve the same way whenever the Markdown is the same, since the generator writes
both; links to hand-written pages depend on which exist). On disk an entry is a header line
(magic, format, a fingerprint of Python and every installed package's version, SHA-256 of
the payload) and a pickle of plain values; anything that does not check out is converted
again and overwritten, as in ``cache``. Entries not used by a build are dropped after it.
A page taken from the cache does not repeat the link warnings of its first conversion
(generated pages link only to pages the generator writes, so they have none). The cache is
off when a configured Markdown extension is not known to read only the page (snippets, a
glossary appended from a file, a local extension): its output could change with no change
to the key. Options that name a Python function count by its name; an option whose text
holds an object's address keeps the cache in memory only.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import pickle
import re
import sys
from dataclasses import astuple, dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from .cache import write_entry

log = logging.getLogger("mkdocs.plugins.briefings")  # shown by MkDocs, like the plugin's own

FORMAT = "1"
_MAGIC = b"briefings-pages"
_Toc = tuple[tuple[str, str, int, "_Toc"], ...]  # (title, id, level, children)


@lru_cache(maxsize=1)
def _environment() -> bytes:
    """Python and every installed distribution with its version: an upgraded MkDocs, Markdown
    or Markdown extension misses."""
    names = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    return hashlib.sha256("\n".join([sys.version, *names]).encode()).hexdigest()[:16].encode()


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


# Extensions whose output depends on the page's Markdown and their options alone. Any other
# (pymdownx.snippets, a local extension, ...) may read files the key does not cover: no cache.
_PURE = frozenset("""
abbr admonition attr_list def_list fenced_code footnotes legacy_attrs legacy_em md_in_html meta nl2br
sane_lists smarty tables toc wikilinks codehilite
pymdownx.arithmatex pymdownx.betterem pymdownx.blocks.admonition pymdownx.blocks.details
pymdownx.blocks.html pymdownx.blocks.tab pymdownx.caret pymdownx.critic pymdownx.details pymdownx.emoji
pymdownx.escapeall pymdownx.highlight pymdownx.inlinehilite pymdownx.keys pymdownx.magiclink pymdownx.mark
pymdownx.progressbar pymdownx.saneheaders pymdownx.smartsymbols pymdownx.superfences pymdownx.tabbed
pymdownx.tasklist pymdownx.tilde material.extensions.emoji
generator.render.inert_text
""".split())
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def reads_other_files(extensions) -> str | None:
    """The first configured Markdown extension not known to read only the page, if any."""
    for ext in extensions:
        name = ext if isinstance(ext, str) else f"{type(ext).__module__}.{type(ext).__qualname__}"
        if name.removeprefix("markdown.extensions.") not in _PURE:
            return name
    return None


def _stable(value) -> str:
    """A text of the options that is the same in every process: functions by their name (the
    YAML ``!!python/name:`` of Material's emoji recipe), not by their address."""
    if isinstance(value, dict):
        return "{" + ",".join(f"{_stable(k)}:{_stable(v)}" for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_stable(v) for v in value) + "]"
    if isinstance(value, functools.partial):
        return f"partial({_stable(value.func)},{_stable(value.args)},{_stable(value.keywords)})"
    if callable(value) and hasattr(value, "__qualname__"):
        return f"{getattr(value, '__module__', '')}.{value.__qualname__}"
    return repr(value)


class _OtherVersion(ValueError):
    """An entry written with other package versions (or another format)."""


def _encode(done: _Rendered) -> bytes:
    payload = pickle.dumps(astuple(done), protocol=pickle.HIGHEST_PROTOCOL)
    return b" ".join([_MAGIC, FORMAT.encode(), _environment(), hashlib.sha256(payload).hexdigest().encode()]) \
        + b"\n" + payload


def _decode(data: bytes) -> _Rendered:
    header, sep, payload = data.partition(b"\n")
    prefix, _, digest = header.rpartition(b" ")
    if not sep or prefix != b" ".join([_MAGIC, FORMAT.encode(), _environment()]):
        raise _OtherVersion("not an entry of this version")
    if hashlib.sha256(payload).hexdigest().encode() != digest:
        raise ValueError("checksum mismatch")
    values = pickle.loads(payload)
    if not isinstance(values, tuple) or len(values) != 5 or not isinstance(values[0], str):
        raise ValueError("entry does not fit")
    return _Rendered(*values)


class PageCache:
    """``directory``: where entries are kept between builds (``None``: in memory only)."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory
        self._entries: dict[bytes, _Rendered] = {}
        self._used: set[bytes] = set()
        self._context = b""
        self.enabled = True
        self._persist = True
        self.hits = self.misses = self.stale = 0

    def start_build(self, config, files: Files) -> None:
        """Called once a build's files are known (``on_files``, after the generated pages)."""
        self._used = set()
        self.hits = self.misses = self.stale = 0
        self.enabled = not (unsafe := reads_other_files(config.markdown_extensions))
        if unsafe:
            log.info(f"briefings: no page cache: the Markdown extension {unsafe} may read other files")
            return
        hand_written = sorted(f.src_uri for f in files if f.generated_by is None)
        context = _stable((config.markdown_extensions, config.mdx_configs, config.use_directory_urls, hand_written))
        self._context = context.encode()
        self._persist = _ADDRESS.search(context) is None  # an object's repr with its address differs per process

    def end_build(self) -> None:
        self._entries = {k: v for k, v in self._entries.items() if k in self._used}
        if self.directory is None or not self.directory.is_dir() or not self.enabled:
            return
        keep = {k.hex() for k in self._used}
        for shard in self.directory.iterdir():
            for entry in shard.iterdir() if shard.is_dir() else ():
                try:
                    if entry.name.startswith(".tmp-") or (entry.suffix == ".pickle" and entry.stem not in keep):
                        entry.unlink()
                except OSError:
                    pass

    def _path(self, key: bytes) -> Path:
        assert self.directory is not None
        name = key.hex()
        return self.directory / name[:2] / f"{name}.pickle"

    def _load(self, key: bytes) -> _Rendered | None:
        if self.directory is None or not self._persist:
            return None
        path = self._path(key)
        try:
            return _decode(path.read_bytes())
        except OSError:
            return None
        except _OtherVersion:  # after an upgrade every entry is one: counted, not logged one by one
            self.stale += 1
            return None
        except Exception as exc:  # any damage: convert again, the entry is overwritten
            log.info(f"briefings: page cache entry {path.name} ignored ({type(exc).__name__}: {exc})")
            return None

    def _save(self, key: bytes, done: _Rendered) -> None:
        if self.directory is None or not self._persist:
            return
        write_entry(self._path(key), _encode(done), "page cache")

    def attach(self, page: Page) -> None:
        """Make ``page.render`` use the cache (MkDocs calls it right after ``on_page_markdown``)."""
        if not self.enabled:
            return
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
        done = self._entries.get(key) or self._load(key)
        if done is None:
            self.misses += 1
            Page.render(page, config, files)
            links = None if page.links_to_anchors is None else \
                {f.src_uri: dict(anchors) for f, anchors in page.links_to_anchors.items()}
            done = _Rendered(page.content or "", _toc_tuple(page.toc), page._title_from_render,
                             None if page.present_anchor_ids is None else frozenset(page.present_anchor_ids), links)
            self._entries[key] = done
            self._save(key, done)
            return
        self._entries[key] = done
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
