"""The actor directory: one entry per actor across all briefings.

Names are compared after dropping titles and possessives ("President Putin", "Putin’s" →
"Putin"). One identity per person, the rule of cross-document coreference in news (e.g.
Bagga & Baldwin 1998; Stanford CoreNLP's string-match sieves within a document):

- full names (two words or more) merge across briefings when they are the same name;
- a surname or first name alone merges only as its own briefing resolved it: the briefing's
  analysis lists it as an alias of a full name, or the briefing names exactly one person
  whose name ends (or starts) with it. It is never matched to another briefing's person:
  "Bush" in a 2005 article is not Jeb Bush of a 2015 one. Unresolved, it stays that
  briefing's own entry;
- places and organisations merge on the name, on their briefing's aliases, and on ISO 3166
  country names and codes (pycountry: "United States", "United States of America", "USA",
  "US"/"U.S." written in capitals are one country); other variants ("America", "Britain",
  "UN") come from ``aliases.yml``.

``aliases.yml`` (next to mkdocs.yml) wins over the automatic merge::

    merge:                      # canonical name: other names of the same actor
      Vladimir Putin: [Putin, President Putin]
    split: [Lee]                # names that are never merged automatically
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import yaml

from .analysis.names import DIRECTORY_TITLES, country_key
from .errors import SeedError
from .model import Briefing
from .text import slugify

_TITLES = DIRECTORY_TITLES
_POSSESSIVE = re.compile(r"(?:['’]s|['’])\Z")
_SPACE = re.compile(r"\s+")


def plain_name(name: str) -> str:
    """The name without leading titles (and the words before them) or a possessive ending."""
    tokens = _SPACE.sub(" ", _POSSESSIVE.sub("", name.strip())).split(" ")
    cut = 0
    for i, token in enumerate(tokens[:-1]):
        if token.lower().strip(".") in _TITLES:
            cut = i + 1
    return " ".join(tokens[cut:]) or name.strip()


@lru_cache(maxsize=1 << 16)
def _key(name: str, kind: str | None = None) -> str:
    """The name's global key: an ISO 3166 country's code, else the plain name case-folded. A
    code stands for a country only on a row read as a place: "GM" the carmaker is not the
    Gambia, nor "BA" the airline Bosnia and Herzegovina."""
    plain = plain_name(name)
    country = country_key(plain)
    if country and kind not in (None, "place") and plain.replace(".", "").isupper():
        country = None
    return country or plain.casefold()


@dataclass
class Entry:
    name: str
    slug: str
    kind: str
    names: tuple[str, ...]  # every name seen, sorted
    briefings: list[Briefing] = field(default_factory=list)  # newest first


@dataclass(frozen=True)
class Aliases:
    merge: dict[str, tuple[str, ...]] = field(default_factory=dict)
    split: frozenset[str] = frozenset()


def read_aliases(path: Path | None) -> Aliases:
    """``aliases.yml``, or no aliases when the file does not exist."""
    if path is None or not path.is_file():
        return Aliases()
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SeedError(path.name, f"not valid YAML: {getattr(exc, 'problem', exc)}",
                        mark.line + 1 if mark is not None else None) from None
    if not isinstance(data, dict) or set(data) - {"merge", "split"}:
        raise SeedError(path.name, "must be a mapping with 'merge' and/or 'split'")
    merge, split = data.get("merge") or {}, data.get("split") or []
    if not isinstance(merge, dict) or not all(isinstance(k, str) and isinstance(v, list)
                                              and all(isinstance(x, str) for x in v) for k, v in merge.items()):
        raise SeedError(path.name, "'merge' must map each canonical name to a list of names")
    if not isinstance(split, list) or not all(isinstance(x, str) for x in split):
        raise SeedError(path.name, "'split' must be a list of names")
    return Aliases({k.strip(): tuple(x.strip() for x in v) for k, v in merge.items()},
                   frozenset(_key(x) for x in split))


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class Directory:
    """Actors across briefings; ``entry_for(name, briefing)`` finds a briefing actor's entry."""

    def __init__(self, briefings: Sequence[Briefing], aliases: Aliases = Aliases()) -> None:
        spelled: dict[str, Counter] = {}  # node → plain spellings seen
        kinds: dict[str, Counter] = {}
        union = _Union()
        manual: dict[str, str] = {}  # key → canonical spelling
        self._aliases = aliases
        for canonical, names in sorted(aliases.merge.items()):
            for n in (canonical, *names):
                union.union(_key(canonical), _key(n))
                manual[_key(n)] = plain_name(canonical)
        self._manual = manual
        self._local: dict[tuple[str, str], str] = {}  # (briefing id, key) → node
        self._kind_in: dict[tuple[str, str], str] = {}  # (briefing id, plain name) → the row's kind
        for b in briefings:
            # a one-word alias two rows of one briefing carry ("Clinton" of Hillary's and of Bill's row) joins
            # neither: through it the two people would become one entry. Counted once a row (keys, not
            # spellings: "Sharption" and "Sharption's" are one); the alias stays on its row's own node, so no
            # briefing-less entry takes a slug
            shared = Counter(k for a in b.actors for k in {_key(n, a.kind) for n in a.aliases})
            for a in b.actors:
                names = (a.name, *a.aliases)
                keys = [_key(n, a.kind) for n in names]
                nodes = [self._node(b, n, a.kind) for n in names]
                nodes[1:] = [nodes[0] if "\x1f" in node and shared[key] > 1 and key not in aliases.split else node
                             for node, key in zip(nodes[1:], keys[1:])]
                for node, n, key in zip(nodes, names, keys):
                    spelled.setdefault(node, Counter())[plain_name(n)] += 1
                    kinds.setdefault(node, Counter())[a.kind] += 1
                    self._local[(b.id, key)] = nodes[0] if key not in aliases.split else node
                    self._kind_in.setdefault((b.id, plain_name(n).casefold()), a.kind)
                if keys[0] not in aliases.split:
                    for node, key in zip(nodes[1:], keys[1:]):
                        if key not in aliases.split:
                            union.union(nodes[0], node)
        groups: dict[str, list[str]] = {}
        for k in sorted(spelled):
            groups.setdefault(union.find(k), []).append(k)
        self._by_key: dict[str, Entry] = {}
        taken: set[str] = {"index"}  # actors/index.md is the actors index
        for root in sorted(groups):
            keys = groups[root]
            name = next((manual[k] for k in keys if k in manual), None) or self._best_name(keys, spelled)
            kind = sum((kinds[k] for k in keys), Counter()).most_common()
            slug = base = slugify(name)
            n = 2
            while slug in taken:
                slug, n = f"{base}-{n}", n + 1
            taken.add(slug)
            entry = Entry(name, slug, sorted(kind, key=lambda kc: (-kc[1], kc[0]))[0][0],
                          tuple(sorted({s for k in keys for s in spelled[k]}, key=str.lower)))
            for k in keys:
                self._by_key[k] = entry
        self._in: dict[str, list[Entry]] = {}
        for b in briefings:
            self._in[b.id] = sorted({e.slug: e for e in (self.entry_for(a.name, b) for a in b.actors) if e}.values(),
                                    key=lambda e: e.slug)
            for entry in self._in[b.id]:
                entry.briefings.append(b)

    def _node(self, b: Briefing, name: str, kind: str) -> str:
        """Where a name of briefing ``b`` belongs: a global key, or the briefing's own one for
        a one-word person name that the briefing does not resolve to one full name."""
        key = _key(name, kind)
        if kind != "person" or " " in key or key.startswith("country:") or key in self._manual:
            return key
        if key not in self._aliases.split:
            full = {_key(a.name) for a in b.actors if a.kind == "person" and " " in _key(a.name)
                    and key in (_key(a.name).split(" ")[-1], _key(a.name).split(" ")[0])}
            if len(full) == 1:
                return full.pop()
        return f"{key}\x1f{b.id}"

    @staticmethod
    def _best_name(keys: Iterable[str], spelled: dict[str, Counter]) -> str:
        """The fullest of the frequent spellings: "Vladimir Putin" over "Putin", but "UK" over a
        one-off "Six UK" (a capitalised run that swallowed a word)."""
        options: Counter = Counter()
        for k in keys:
            options.update(spelled[k])
        top = max(options.values())
        frequent = [s for s in options if 2 * options[s] >= top]
        return sorted(frequent, key=lambda s: (-len(s.split()), -options[s], s))[0]

    def entries_in(self, b: Briefing) -> list[Entry]:
        """The entries of a briefing's actors, one each, by slug."""
        return self._in.get(b.id, [])

    def entry_for(self, name: str | None, b: Briefing | None = None) -> Entry | None:
        """The entry of ``name`` as briefing ``b`` uses it (a speaker "Putin" is that briefing's
        Putin); without a briefing, only names that mean the same everywhere are found."""
        if not name:
            return None
        key = _key(name, self._kind_in.get((b.id, plain_name(name).casefold())) if b is not None else None)
        if b is not None:
            node = self._local.get((b.id, key))
            if node is None and " " not in key and key not in self._manual:
                node = self._node(b, name, "person")  # a speaker who is no listed actor
            if node is not None:
                return self._by_key.get(node)
        return self._by_key.get(key)

    @property
    def entries(self) -> list[Entry]:
        unique = {e.slug: e for e in self._by_key.values()}
        return [unique[s] for s in sorted(unique)]
