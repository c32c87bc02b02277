"""Where the generated pages and files go in a site, and their addresses.

The one place that knows the ``briefings_dir`` folder: the renderers write paths relative to
the generated tree (``briefings/x.md``, ``actors/index.md``) and link between its pages
relatively, so the whole tree moves under a folder by prefixing every path here.
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass


def clean_folder(folder: str) -> str:
    """``/news/`` → ``news``; ``""`` and ``.`` → the site root. Raises ``ValueError`` for a
    folder that leaves the docs (``..``) or is not a plain relative path."""
    text = folder.replace("\\", "/").strip().strip("/")
    parts = [p for p in text.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise ValueError(f"{folder!r} leaves the docs folder")
    return "/".join(parts)


def page_url(src_uri: str, use_directory_urls: bool) -> str:
    """The site-relative URL MkDocs gives a file: ``a/b.md`` → ``a/b/`` (or ``a/b.html``),
    ``a/index.md`` → ``a/`` (or ``a/index.html``); other files keep their path."""
    if not src_uri.endswith(".md"):
        return src_uri
    stem = src_uri[:-3]
    name = posixpath.basename(stem)
    if not use_directory_urls:
        return f"{stem}.html"
    if name in ("index", "README"):
        return stem[: -len(name)]
    return f"{stem}/"


@dataclass(frozen=True, slots=True)
class Layout:
    folder: str = ""  # briefings_dir, cleaned; "" is the site root
    use_directory_urls: bool = True
    site_url: str | None = None

    def uri(self, src_uri: str) -> str:
        """A generated path (``briefings/x.md``) → its path in the docs (``news/briefings/x.md``)."""
        return f"{self.folder}/{src_uri}" if self.folder else src_uri

    def place(self, generated: dict[str, str]) -> dict[str, str]:
        return {self.uri(k): v for k, v in generated.items()}

    def url(self, src_uri: str) -> str:
        """Site-relative URL of a generated page or file."""
        return page_url(self.uri(src_uri), self.use_directory_urls)

    def absolute(self, src_uri: str) -> str | None:
        """Absolute URL from ``site_url``; ``None`` when the site URL is unknown."""
        if not self.site_url:
            return None
        return self.site_url.rstrip("/") + "/" + self.url(src_uri)

    def link_from_home(self, docs_uri: str) -> str:
        """A Markdown link from the generated home page to a page elsewhere in the docs."""
        return posixpath.relpath(docs_uri, self.folder or ".")
