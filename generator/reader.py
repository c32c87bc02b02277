"""Reading seeds: files → ``Article``. The only module that reads seed files."""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path
from types import MappingProxyType
from typing import Iterator

from .errors import SeedError
from .model import Article

SEED_SUFFIXES = (".txt", ".md")
KNOWN_KEYS = ("title", "source", "url", "author", "published", "tags", "language", "slug")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "briefing"


def _as_date(value: object, path: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise SeedError(path, f"'published' is not a date (YYYY-MM-DD): {value!r}", 1) from None


def _as_text(value: object) -> str | None:
    return None if value is None else str(value).strip() or None


def parse_seed(text: str, path: str) -> Article:
    """Front matter (optional, ``.md``) and body of one seed's text."""
    meta: dict = {}
    body = text
    m = _FRONT_MATTER.match(text)
    if m and path.endswith(".md"):
        import yaml  # only front matter needs it: imported here to keep start-up short

        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark is not None else 1
            raise SeedError(path, f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}", line) from None
        if loaded is not None and not isinstance(loaded, dict):
            raise SeedError(path, "front matter must be a mapping of keys to values", 2)
        meta = loaded or {}
        body = text[m.end():]
    if not body.strip():
        raise SeedError(path, "the article has no text")
    tags = meta.get("tags") or ()
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    stem = Path(path).stem
    return Article(
        id=slugify(str(meta.get("slug") or stem)),
        body=body,
        title=_as_text(meta.get("title")),
        source=_as_text(meta.get("source")),
        url=_as_text(meta.get("url")),
        author=_as_text(meta.get("author")),
        published=_as_date(meta.get("published"), path),
        tags=tuple(str(t) for t in tags if str(t).strip()),
        language=_as_text(meta.get("language")) or "en",
        path=path,
        extra=MappingProxyType({str(k): v for k, v in meta.items() if k not in KNOWN_KEYS}),
    )


def read_seed(path: Path, root: Path | None = None) -> Article:
    rel = path.relative_to(root).as_posix() if root else path.name
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SeedError(rel, f"not UTF-8 text (byte {exc.start})") from None
    return parse_seed(text.replace("\r\n", "\n"), rel)


def seed_paths(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in SEED_SUFFIXES and p.is_file())


def read_jsonl(path: Path) -> Iterator[Article | SeedError]:
    """Records with ``id`` and ``text`` (the eval data format): offsets index ``text``.

    A bad line is yielded as a ``SeedError`` so that the records after it still come.
    """
    with path.open(encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                yield Article(id=str(record["id"]), body=str(record["text"]), path=path.name)
            except (ValueError, KeyError, TypeError) as exc:
                yield SeedError(path.name, f"not a JSON record with 'id' and 'text' ({exc})", n)


def iter_articles(path: Path) -> Iterator[Article | SeedError]:
    """The articles of a seed file, a folder of seeds or a ``.jsonl`` file, errors in place."""
    if path.suffix == ".jsonl" and path.is_file():
        yield from read_jsonl(path)
        return
    root, paths = (path, seed_paths(path)) if path.is_dir() else (path.parent, [path])
    for p in paths:
        try:
            yield read_seed(p, root)
        except SeedError as exc:
            yield exc
