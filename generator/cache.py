"""Analysis cache: a seed that has not changed is not analysed again.

An entry is keyed by a hash of what the analysis reads (the article's text and the front
matter it uses), the options, ``ENGINE_VERSION`` and a fingerprint of the data model, so
an edited seed, a new extractor version or a changed dataclass all miss. Entries live in
memory (the MkDocs plugin keeps one cache across the rebuilds of ``mkdocs serve``) and, when
a folder is given, on disk, one file per entry.

An entry file is a header line (magic, format, engine version, model fingerprint, Python
version, SHA-256 of the payload) and a pickle of the briefing *without* its article (the
article is read from the seed on every build and attached again, so a renamed seed still
hits). Anything that does not check out (truncated file, other version, bad checksum, a
pickle that does not fit the model) is a miss: the seed is analysed again and the entry
overwritten atomically (write to a temporary file, then ``os.replace``). Nothing from the
cache is trusted that was not written by this version of the code. Like the seeds and
``mkdocs.yml``, the folder must only be writable by whoever builds the site: a pickle runs
code when loaded.
"""
from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import logging
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterable

from . import analysis as engine
from . import model
from .model import Article, Briefing
from .reader import read_seed

log = logging.getLogger(__name__)

FORMAT = "1"
_MAGIC = b"briefings-cache"
# The article fields the analysis reads (``analysis.analyze``). The others (path, slug,
# unknown front-matter keys, reader warnings) are attached again on a hit, never cached.
ANALYSED_FIELDS = ("body", "title", "published", "language", "source", "author", "url", "tags")


def _model_fingerprint() -> str:
    """Names and types of every field of every model class: a changed dataclass misses."""
    parts = []
    for name, cls in sorted(vars(model).items()):
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__:
            parts.append(name + "(" + ",".join(f"{f.name}:{f.type}" for f in dataclasses.fields(cls)) + ")")
    return hashlib.sha256(";".join(parts).encode()).hexdigest()[:16]


MODEL_FINGERPRINT = _model_fingerprint()
_MODEL_CLASSES = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in vars(model).values()
                  if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__}
_ANALYSIS_FIELDS = frozenset(f.name for f in dataclasses.fields(Briefing) if f.name != "article")
_PYTHON = f"{sys.version_info[0]}.{sys.version_info[1]}"


def _header() -> bytes:
    # engine.ENGINE_VERSION is read on every call, not bound at import (tests change it).
    return b" ".join([_MAGIC, FORMAT.encode(), engine.ENGINE_VERSION.encode(), MODEL_FINGERPRINT.encode(),
                      _PYTHON.encode()])


def analysis_key(article: Article, **options: object) -> str:
    """Hash of everything the analysis of ``article`` depends on."""
    fields = {name: getattr(article, name) for name in ANALYSED_FIELDS}
    fields["published"] = fields["published"].isoformat() if fields["published"] else None
    fields["tags"] = list(fields["tags"])
    blob = json.dumps([FORMAT, engine.ENGINE_VERSION, MODEL_FINGERPRINT, options, fields],
                      ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.blake2b(blob.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def strip(briefing: Briefing) -> dict[str, object]:
    """The analysis part of a briefing: every field but the article."""
    return {f.name: getattr(briefing, f.name) for f in dataclasses.fields(Briefing) if f.name != "article"}


def attach(analysis: dict[str, object], article: Article) -> Briefing:
    return Briefing(article=article, **analysis)


class _Pickler(pickle.Pickler):
    """Model objects as ``cls(*fields)``: loads twice as fast as the dataclass default
    (``__setstate__`` calls ``dataclasses.fields`` for every object), and a field added to
    or removed from the model makes loading fail instead of shifting values."""

    def reducer_override(self, obj):
        names = _MODEL_CLASSES.get(type(obj))
        if names is None:
            return NotImplemented
        return type(obj), tuple([getattr(obj, name) for name in names])


def encode(analysis: dict[str, object]) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(analysis)
    payload = buffer.getvalue()
    return _header() + b" " + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload


def decode(data: bytes) -> dict[str, object]:
    """The analysis in an entry file; ``ValueError`` unless it was written by this version."""
    header, sep, payload = data.partition(b"\n")
    prefix, _, digest = header.rpartition(b" ")
    if not sep or prefix != _header():
        raise ValueError("not an entry of this version")
    if hashlib.sha256(payload).hexdigest().encode() != digest:
        raise ValueError("checksum mismatch")
    analysis = pickle.loads(payload)
    if not isinstance(analysis, dict) or set(analysis) != _ANALYSIS_FIELDS:
        raise ValueError("entry does not fit the model")
    return analysis


def write_entry(path: Path, data: bytes, cache: str) -> None:
    """Write a cache entry atomically (a temporary file, then ``os.replace``); a read-only or
    full disk costs speed, never the build. A crash leaves a ``.tmp-`` file, removed later."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:
        log.warning(f"briefings: could not write the {cache} ({exc})")


class BriefingCache:
    """Analyses by key, in memory and (when ``directory`` is set) on disk."""

    def __init__(self, directory: Path | str | None = None) -> None:
        self.directory = Path(directory) if directory is not None else None
        self._memory: dict[str, dict[str, object]] = {}
        self._articles: dict[Path, tuple[tuple[int, int, int], Article]] = {}
        self.hits = self.misses = 0

    def read_seed(self, path: Path, root: Path) -> Article:
        """``reader.read_seed``, remembered while the file's size, time and inode stay the same
        (``mkdocs serve`` reads only the edited seeds again). Errors are not remembered."""
        try:
            st = path.stat()
        except OSError:
            return read_seed(path, root)  # the reader reports it
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        known = self._articles.get(path)
        if known is not None and known[0] == stamp:
            return known[1]
        article = read_seed(path, root)
        self._articles[path] = (stamp, article)
        return article

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, key: str, article: Article) -> Briefing | None:
        analysis = self._memory.get(key)
        if analysis is None and self.directory is not None:
            analysis = self._load(key)
        if analysis is None:
            self.misses += 1
            return None
        try:
            briefing = attach(analysis, article)
        except TypeError:  # cannot happen after decode's check; recompute rather than fail
            self._memory.pop(key, None)
            self.misses += 1
            return None
        self._memory[key] = analysis
        self.hits += 1
        return briefing

    def _load(self, key: str) -> dict[str, object] | None:
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            return decode(data)
        except Exception as exc:  # any damage or mismatch: recompute, the entry is overwritten
            log.info(f"briefings: cache entry {path.name} ignored ({type(exc).__name__}: {exc})")
            return None

    def put(self, key: str, briefing: Briefing) -> None:
        analysis = strip(briefing)
        self._memory[key] = analysis
        if self.directory is None:
            return
        write_entry(self._path(key), encode(analysis), "analysis cache")

    def retain(self, keys: Iterable[str]) -> int:
        """Forget every entry not in ``keys`` (seeds deleted or edited); returns how many."""
        keep = set(keys)
        removed = 0
        for key in [k for k in self._memory if k not in keep]:
            del self._memory[key]
        for path in [p for p in self._articles if not p.exists()]:
            del self._articles[path]
        if self.directory is None or not self.directory.is_dir():
            return removed
        for shard in self.directory.iterdir():
            if not shard.is_dir() or len(shard.name) != 2:
                continue
            for entry in shard.iterdir():
                try:
                    if entry.name.startswith(".tmp-"):  # left by a crash; another build may be writing it
                        stale = entry.stat().st_mtime < time.time() - 600
                    else:
                        stale = entry.suffix == ".pickle" and entry.stem not in keep
                    if stale:
                        entry.unlink()
                        removed += 1
                except OSError:
                    pass
        return removed
