"""The actor directory: one entry per actor across all briefings.

Names merge when they are the same after dropping titles and possessives ("President
Putin", "Putin’s" → "Putin"), when one briefing's analysis lists them as aliases, and when
a one-word or shorter person name is the tail of exactly one longer person name ("Putin" →
"Vladimir Putin"; "Lee" stays apart when both "Ann Lee" and "Bob Lee" exist). This is the
usual surname-coreference heuristic of news NER pipelines (e.g. Stanford CoreNLP's
"dcoref" string-match sieves), applied across documents.

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

from .analysis.names import DIRECTORY_TITLES
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
def _key(name: str) -> str:
    return plain_name(name).casefold()


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
    """Actors across briefings; ``entry_for(name)`` finds a briefing actor's entry."""

    def __init__(self, briefings: Sequence[Briefing], aliases: Aliases = Aliases()) -> None:
        spelled: dict[str, Counter] = {}  # key → plain spellings seen
        kinds: dict[str, Counter] = {}
        union = _Union()
        manual: dict[str, str] = {}  # key → canonical spelling
        for canonical, names in sorted(aliases.merge.items()):
            for n in (canonical, *names):
                union.union(_key(canonical), _key(n))
                manual[_key(n)] = plain_name(canonical)
        for b in briefings:
            for a in b.actors:
                keys = [_key(n) for n in (a.name, *a.aliases)]
                for k, n in zip(keys, (a.name, *a.aliases)):
                    spelled.setdefault(k, Counter())[plain_name(n)] += 1
                    kinds.setdefault(k, Counter())[a.kind] += 1
                for k in keys[1:]:
                    if k not in aliases.split and keys[0] not in aliases.split:
                        union.union(keys[0], k)
        self._tails(spelled, kinds, union, aliases, manual)
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
            self._in[b.id] = sorted({e.slug: e for e in (self.entry_for(a.name) for a in b.actors) if e}.values(),
                                    key=lambda e: e.slug)
            for entry in self._in[b.id]:
                entry.briefings.append(b)

    @staticmethod
    def _tails(spelled, kinds, union, aliases, manual) -> None:
        people = sorted(k for k in spelled if kinds[k].most_common(1)[0][0] == "person")
        tails: dict[tuple[str, ...], list[str]] = {}  # the last words of a name → longer names ending so
        for k in people:
            words = tuple(k.split(" "))
            for i in range(1, len(words)):
                tails.setdefault(words[i:], []).append(k)
        for short in people:
            if short in aliases.split or short in manual:
                continue
            longer = {union.find(k) for k in tails.get(tuple(short.split(" ")), ())}
            if len(longer) == 1:
                union.union(short, longer.pop())

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

    def entry_for(self, name: str | None) -> Entry | None:
        return self._by_key.get(_key(name)) if name else None

    @property
    def entries(self) -> list[Entry]:
        unique = {e.slug: e for e in self._by_key.values()}
        return [unique[s] for s in sorted(unique)]
