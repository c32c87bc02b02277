"""Writing generated pages to a folder (``briefing pages --out DIR``): atomic and confined.

- Every file is written to a temporary file next to it, then moved into place with
  ``os.replace``: a reader (or ``mkdocs serve``) never sees half a page.
- A file whose bytes would not change is not touched (its time stamp stays).
- Nothing is written outside ``out``: page names are checked before anything is written.
- A page written by an earlier run that is no longer generated (its seed was removed) is
  deleted; the list of pages written is kept in ``out/.briefing-pages``. Files this command
  did not write are never touched.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Mapping

from .errors import BriefingError

MANIFEST = ".briefing-pages"


@dataclass(frozen=True, slots=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]


def _target(out: Path, uri: str) -> Path:
    """The file for a page name, refusing names that could leave ``out``."""
    pure = PurePosixPath(uri)
    if (not uri or pure.is_absolute() or "\\" in uri or ":" in uri
            or any(part in ("", ".", "..") for part in uri.split("/"))):
        raise BriefingError(f"refusing to write the page {uri!r}: not a plain relative path")
    return out.joinpath(*pure.parts)


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` atomically; False (and no write) when it already holds it."""
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _previous(out: Path) -> list[str]:
    try:
        return [line for line in (out / MANIFEST).read_text("utf-8").splitlines() if line]
    except FileNotFoundError:
        return []


def write_pages(pages: Mapping[str, str], out: Path) -> WriteReport:
    """Write ``{page name: markdown}`` under ``out`` and remove pages of earlier runs that
    are gone. Page names are ``/``-separated relative paths (``briefings/x.md``)."""
    targets = {uri: _target(out, uri) for uri in sorted(pages)}  # all checked before any write
    out.mkdir(parents=True, exist_ok=True)
    written, unchanged, removed = [], [], []
    for uri, path in targets.items():
        (written if write_atomic(path, pages[uri].encode("utf-8")) else unchanged).append(uri)
    for uri in _previous(out):
        if uri in targets:
            continue
        try:
            path = _target(out, uri)
        except BriefingError:
            continue  # a tampered manifest: never follow it outside ``out``
        if path.is_file() and not path.is_symlink():
            path.unlink()
            removed.append(uri)
            _prune_empty(path.parent, out)
    write_atomic(out / MANIFEST, "".join(f"{uri}\n" for uri in targets).encode("utf-8"))
    return WriteReport(tuple(written), tuple(unchanged), tuple(removed))


def _prune_empty(folder: Path, out: Path) -> None:
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
