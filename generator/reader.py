"""Reading seeds: files → ``Article``. The only module that reads seed files.

Every file in the seeds folder either becomes an ``Article`` or raises a ``SeedError`` that
names it (and the line, where there is one); nothing is dropped without a word, except the
files listed in ``is_ignored`` (hidden files, editor backups, a README). The README's
"Bad input" section lists what happens to each kind of bad seed.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
import stat
from pathlib import Path
from types import MappingProxyType
from typing import Iterator

from .decoding import FALLBACK_ENCODING, decode_seed  # noqa: F401 -- part of the reader's API
from .errors import SeedError
from .model import Article
from .text import FORBIDDEN, NONCHARACTERS, clean, slugify  # noqa: F401 -- slugify is part of the reader's API
from .text import repair_mojibake

SEED_SUFFIXES = (".txt", ".md")  # compared case-insensitively
MAX_SEED_BYTES = 2 * 1024 * 1024  # 2 MiB: ten times a long feature article; larger files are refused
MAX_FRONT_MATTER_CHARS = 65_536  # front matter is a few lines; PyYAML is slow on huge or deep input
MAX_NESTING = 32  # lists and mappings inside each other, in flow style ([{...}])
KNOWN_KEYS = ("title", "source", "url", "author", "published", "tags", "language", "slug")
TEXT_KEYS = ("title", "source", "url", "author", "language", "slug")
RESERVED_SLUGS = frozenset({"index", "readme"})  # MkDocs makes these a folder's index page

# Matched with .match(text, pos): anchored where the front matter may start.
_FRONT_MATTER = re.compile(r"---[ \t]*\n(?:(.*?)\n)??(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_OPENS_FRONT_MATTER = re.compile(r"---[ \t]*(?:\n|\Z)")
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")
_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?\Z")
_WORD = re.compile(r"\w")
_UNENCODABLE = re.compile(f"[\ud800-\udfff{NONCHARACTERS}]")
# Every character _UNENCODABLE finds is U+D800 or above: one range test, much faster than the
# character set, clears most texts (a BBC dev file read 8× faster). Written as the complement,
# which compiles faster than a range up to U+10FFFF.
_HIGH = re.compile("[^\x00-\ud7ff]")
_YAML_DATE = re.compile(r"(?<![\w-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w-])")


def page_slug(text: str) -> str:
    """``slugify`` for a briefing page's address: ``index`` and ``readme`` get a suffix."""
    slug = slugify(text)
    return f"{slug}-briefing" if slug in RESERVED_SLUGS else slug


# --- text → Article --------------------------------------------------------------------------


def _key_line(front_matter: str, key: str) -> int:
    """The file line of ``key:`` in the front matter (which starts on line 2)."""
    for n, line in enumerate(front_matter.split("\n"), 2):
        if re.match(rf"{re.escape(key)}\s*:", line):
            return n
    return 1


def _bad_date_line(front_matter: str) -> int:
    """The file line of the first YAML date in the front matter that is no real date."""
    for n, line in enumerate(front_matter.split("\n"), 2):
        for m in _YAML_DATE.finditer(line):
            try:
                dt.date(*map(int, m.groups()))
            except ValueError:
                return n
    return 1


def _as_date(value: object, path: str, line: int) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _recent(value.date(), path, line)
    if isinstance(value, dt.date):
        return _recent(value, path, line)
    text, date = str(value).strip(), None
    try:
        if _DATE.match(text):
            if len(text) > 10:  # a time too: it must exist as well ("T25:61" is refused)
                dt.datetime.fromisoformat(text.replace(" ", "T", 1).replace("Z", "+00:00"))
            date = dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    if date is None:
        raise SeedError(path, f"'published' is not a date (YYYY-MM-DD): {clean(text)[:40]!r}", line)
    return _recent(date, path, line)


def _recent(date: dt.date, path: str, line: int) -> dt.date:
    """Years before 1000 are refused: surely a typo in a news article's date, and the
    timeline sorts and shows four-digit years."""
    if date.year < 1000:
        raise SeedError(path, f"'published' is before the year 1000 ({date.isoformat()}): is it a typo?", line)
    return date


def _as_text(value: object, key: str, path: str, line: int) -> str | None:
    """A scalar front-matter value as one line of text; None when blank or invisible."""
    if value is None:
        return None
    if isinstance(value, (dict, list, tuple, set)):
        raise SeedError(path, f"'{key}' must be a single line of text, not a list or mapping", line)
    text = " ".join(clean(str(value)).split())
    return text or None


def _as_tags(value: object, path: str, line: int) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)) or any(isinstance(t, (dict, list, tuple, set)) for t in items):
        raise SeedError(path, "'tags' must be a list of words or a comma-separated line", line)
    tags = (" ".join(clean(str(t)).split()) for t in items if t is not None)
    return tuple(dict.fromkeys(t for t in tags if t))


def _too_deep(source: str) -> bool:
    """Whether flow collections (``[…]``, ``{…}``) nest more than ``MAX_NESTING`` deep, read
    by YAML's own scanner, so that brackets inside quoted strings do not count. It stops at
    the first level too deep: the scanner's cost grows with the depth."""
    import yaml

    opening = (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken)
    closing = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken)
    depth = 0
    for token in yaml.scan(source, Loader=yaml.SafeLoader):
        if isinstance(token, opening):
            depth += 1
            if depth > MAX_NESTING:
                return True
        elif isinstance(token, closing):
            depth -= 1
    return False


@functools.cache
def _text_loader() -> type:
    """PyYAML's safe loader, minus YAML 1.1's implicit typing: ``title: yes`` would become
    True, ``title: 12:30`` 750 and ``source: 010`` 8. Every plain scalar stays the text the
    editor wrote (``~`` and empty values stay None); ``!!binary`` and a key given twice are refused."""
    import yaml

    null = "tag:yaml.org,2002:null"

    class TextLoader(yaml.SafeLoader):
        yaml_implicit_resolvers = {
            first: [(tag, rx) for tag, rx in resolvers if tag == null]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }
        yaml_constructors = {tag: make for tag, make in yaml.SafeLoader.yaml_constructors.items()
                             if tag != "tag:yaml.org,2002:binary"}

        def construct_mapping(self, node, deep=False):
            # PyYAML keeps the last of two equal keys: one value would vanish without a word
            seen = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if not isinstance(key, str):
                    continue  # PyYAML itself refuses unhashable keys
                if key in seen:
                    raise yaml.constructor.ConstructorError(None, None, f"the key '{key}' is given twice",
                                                            key_node.start_mark)
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    return TextLoader


def _load_front_matter(source: str, path: str, first: int) -> dict:
    """The front matter's mapping. ``source`` is padded with one empty line per blank line
    above the opening ``---``, so YAML's line numbers are the file's; ``first`` is the
    file line of the front matter's first line."""
    # PyYAML takes seconds on deeply nested input: such front matter is refused unread.
    if len(source) > MAX_FRONT_MATTER_CHARS:
        raise SeedError(path, f"front matter is longer than {MAX_FRONT_MATTER_CHARS:,} characters", first)
    import yaml  # only front matter needs it: imported here to keep start-up short

    try:
        if _too_deep(source):
            raise SeedError(path, f"front matter is nested more than {MAX_NESTING} levels deep", first)
        # Aliases let a few bytes stand for a huge structure ("billion laughs"): refused.
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(source, Loader=yaml.SafeLoader)):
            raise SeedError(path, "front matter uses YAML aliases (*name), which are not supported", first)
        loaded = yaml.load(source, Loader=_text_loader())  # noqa: S506 -- a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "it cannot be parsed"
        context, opened = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and opened is not None:  # where the unclosed [ or " began
            problem += f" ({context} on line {opened.line + 2})"
        raise SeedError(path, f"front matter is not valid YAML: {problem}", line) from None
    except ValueError as exc:  # a YAML timestamp that is no date: 2025-13-45
        raise SeedError(path, f"front matter has a date that does not exist ({exc})", _bad_date_line(source)) from None
    except RecursionError:
        raise SeedError(path, "front matter is nested too deeply", first) from None
    if loaded is not None and not isinstance(loaded, dict):
        raise SeedError(path, "front matter must be a mapping of keys to values (key: value lines)", first)
    return loaded or {}


def _well_formed(text: str, warnings: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The text without the characters XML and YAML forbid (U+FFFE, C0 controls…), noted:
    they would break the feed and the page's front matter, and show as nothing anyway."""
    first = FORBIDDEN.search(text)
    if first is None:
        return text, warnings
    line = text.count("\n", 0, first.start()) + 1
    count = len(FORBIDDEN.findall(text))
    note = (f"line {line}: {count} character{'s' if count > 1 else ''} that XML and YAML do not allow "
            f"(U+{ord(first.group()):04X}{', …' if count > 1 else ''}) removed")
    return FORBIDDEN.sub("", text), (*warnings, note)


def _repaired(text: str, warnings: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The text with its mojibake repaired (``repair_mojibake``), noted: the file itself is
    still wrong, and the editor may want to save it again from its source."""
    text, changed, first = repair_mojibake(text)
    if not changed:
        return text, warnings
    lines = f" and {changed - 1} more line{'s' if changed > 2 else ''}" if changed > 1 else ""
    note = (f"line {first}{lines}: mojibake (UTF-8 read as Windows-1252, 'Ã©' for 'é') repaired; "
            f"save the text again from its source as UTF-8")
    return text, (*warnings, note)


def parse_seed(text: str, path: str, *, warnings: tuple[str, ...] = ()) -> Article:
    """The article of one seed's text: front matter (``.md`` only) and body.

    Raises ``SeedError`` (with the line where there is one) for front matter that is not
    valid YAML, not a mapping, never closed, or whose known keys have values of the wrong
    kind (``published`` not a date; ``title`` a list), and for a body with no words.
    Title, source and author are cleaned of invisible characters and kept on one line.
    Mojibake ("KÃ¶rner") is repaired first, line by line, so line numbers stay the file's.
    """
    text, warnings = _repaired(text, warnings)
    text, warnings = _well_formed(text, warnings)
    meta: dict = {}
    body, fm_source = text, ""
    if path.lower().endswith(".md"):
        lead = _BLANK_LINES.match(text).end()  # blank lines above the front matter are forgiven
        skip = text.count("\n", 0, lead)
        m = _FRONT_MATTER.match(text, lead)
        if m:
            fm_source = "\n" * skip + (m.group(1) or "")
            meta = _load_front_matter(fm_source, path, first=skip + 2)
            body = text[m.end():]
        elif _OPENS_FRONT_MATTER.match(text, lead):
            raise SeedError(path, "front matter is never closed: add a line '---' after it", skip + 1)
    if not body.strip():
        raise SeedError(path, "the article has no text" + (" after its front matter" if meta else ""))
    if not _WORD.search(body):
        raise SeedError(path, "the article has no words (no letters or digits)")
    keys = {str(k): k for k in meta}
    line = {k: _key_line(fm_source, k) for k in KNOWN_KEYS}
    values = {k: meta.get(keys[k]) if k in keys else None for k in KNOWN_KEYS}
    text_values = {k: _as_text(values[k], k, path, line[k]) for k in TEXT_KEYS}
    name = text_values["slug"] or Path(path).stem
    return Article(
        id=page_slug(name),
        body=body,
        title=text_values["title"],
        source=text_values["source"],
        url=text_values["url"],
        author=text_values["author"],
        published=_as_date(values["published"], path, line["published"]),
        tags=_as_tags(values["tags"], path, line["tags"]),
        language=text_values["language"] or None,
        path=path,
        extra=MappingProxyType({str(k): v for k, v in meta.items() if str(k) not in KNOWN_KEYS}),
        warnings=warnings,
    )


# --- files -----------------------------------------------------------------------------------


_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def display_name(path: str) -> str:
    """A path as printable text: bytes that are not UTF-8 show as U+FFFD and control
    characters (a newline or terminal escape in a file name) as ``\\xNN``."""
    text = path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return _CONTROL_CHARS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def read_seed(path: Path, root: Path | None = None) -> Article:
    """The article of one seed file; ``SeedError`` names the file (relative to ``root``).

    With ``root`` (the seeds folder) a link that leads outside it is refused. Files whose
    type is not ``.txt``/``.md``, that are not regular files, or that are larger than
    ``MAX_SEED_BYTES`` are refused before they are read.
    """
    rel = path.relative_to(root).as_posix() if root else path.name
    shown = display_name(rel)
    if shown != rel:
        problem = "is not valid UTF-8" if "\ufffd" in shown else "has control characters"
        raise SeedError(shown, f"the file name {problem}: rename the file")
    if path.is_symlink() and not path.exists():
        raise SeedError(rel, "a broken link")
    if root is not None and path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root.resolve()):
            raise SeedError(rel, "a link to outside the seeds folder: not read (copy the file instead)")
    try:
        info = path.stat()
    except OSError as exc:
        raise SeedError(rel, f"cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise SeedError(rel, "a link to a folder: not read")
    if path.suffix.lower() not in SEED_SUFFIXES:
        kind = f"a {path.suffix.lower()} file" if path.suffix else "a file without an extension"
        raise SeedError(rel, f"not a seed: only .txt and .md files become briefings (this is {kind})")
    if not stat.S_ISREG(info.st_mode):
        raise SeedError(rel, "not a regular file")
    if info.st_size > MAX_SEED_BYTES:
        raise SeedError(rel, f"too large ({info.st_size / 1048576:.1f} MiB; the limit is "
                             f"{MAX_SEED_BYTES // 1048576} MiB): split it into several articles")
    try:
        with path.open("rb") as f:
            data = f.read(MAX_SEED_BYTES + 1)
    except OSError as exc:
        raise SeedError(rel, f"cannot be read ({exc.strerror})") from None
    if len(data) > MAX_SEED_BYTES:  # it grew after stat()
        raise SeedError(rel, f"too large (over {MAX_SEED_BYTES // 1048576} MiB)")
    text, warnings = decode_seed(data, rel)
    return parse_seed(text, rel, warnings=warnings)


def is_ignored(name: str) -> bool:
    """Files in the seeds folder that are silently not seeds: hidden files (``.gitkeep``,
    ``.DS_Store``), editor backups (``name~``) and a README (``README``, ``README.md``…)."""
    return name.startswith(".") or name.endswith("~") or name.split(".")[0].lower() == "readme"


def seed_paths(folder: Path) -> list[Path]:
    """Every file under ``folder`` that is a seed or must be reported, in a stable order.

    Hidden folders are not entered and links to folders are not followed; links that
    lead outside ``folder`` are listed so that ``read_seed`` reports them. Files of other
    types (``.docx``, ``.html``…) are listed too: ``read_seed`` reports them as skipped.
    """
    root = folder.resolve()
    found = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        here = Path(dirpath)
        for d in dirnames:
            if (here / d).is_symlink() and not (here / d).resolve().is_relative_to(root):
                found.append(here / d)
        found.extend(here / f for f in filenames if not is_ignored(f))
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def read_jsonl(path: Path) -> Iterator[Article | SeedError]:
    """Records with ``id`` and ``text`` (the eval data format): offsets index ``text``.

    A bad line is yielded as a ``SeedError`` so that the records after it still come. Mojibake
    is not repaired here, unlike in seeds: a repair shortens the text, and the offsets (and the
    gold names of the eval data) index the text as given.
    """
    with path.open(encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                record_id, text = str(record["id"]), str(record["text"])
            except (ValueError, KeyError, TypeError) as exc:
                yield SeedError(path.name, f"not a JSON record with 'id' and 'text' ({exc})", n)
                continue
            # JSON can spell unpaired surrogates ("\ud800") and noncharacters (U+FFFE), which no
            # output can carry: each becomes U+FFFD, one for one, so offsets still index "text".
            # (Control characters stay: they are only removed from the pages and the feed.)
            warnings: tuple[str, ...] = ()
            both = record_id + text
            if _HIGH.search(both) and _UNENCODABLE.search(both):
                warnings = (f"line {n}: unpaired surrogates or noncharacters replaced by U+FFFD",)
                record_id, text = _UNENCODABLE.sub("\ufffd", record_id), _UNENCODABLE.sub("\ufffd", text)
            yield Article(id=record_id, body=text, path=path.name, warnings=warnings)


def iter_articles(path: Path) -> Iterator[Article | SeedError]:
    """The articles of a seed file, a folder of seeds or a ``.jsonl`` file, errors in place."""
    if path.suffix == ".jsonl" and path.is_file():
        yield from read_jsonl(path)
        return
    root, paths = (path, seed_paths(path)) if path.is_dir() else (None, [path])
    for p in paths:
        try:
            yield read_seed(p, root)
        except SeedError as exc:
            yield exc
