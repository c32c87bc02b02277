"""Editorial overrides: front-matter fields that replace or adjust generated sections.

``apply_overrides`` is a pure function ``Briefing → Briefing``. The fields, read from
``Article.extra``:

- ``summary``: a string or a list of strings; replaces the summary.
- ``questions``: a list of strings; replaces the open questions.
- ``exclude_quotes``: a list of strings; drops every quote whose text contains one
  (case-insensitive).
- ``actors``: a mapping ``name → {role, kind}`` (either key optional) that sets an actor's
  role or kind, adds an actor the analysis missed, or ``name → null`` to remove one.

Editor text is located in the article when it occurs there word for word, so it keeps its
link to the source; otherwise its offsets are -1 and it has no link. Each changed section is
named in ``Briefing.edited``. A value of the wrong type raises ``SeedError``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from .errors import SeedError
from .model import Actor, Briefing, Question, SummarySentence

KINDS = ("person", "organization", "place", "group")
FIELDS = ("summary", "questions", "exclude_quotes", "actors")


def _fail(b: Briefing, reason: str) -> SeedError:
    return SeedError(b.article.path or b.id, f"front matter: {reason}")


def _strings(b: Briefing, key: str, value: Any, *, one_allowed: bool = False) -> list[str]:
    if one_allowed and isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
        shape = "a string or a list of strings" if one_allowed else "a list of strings"
        raise _fail(b, f"'{key}' must be {shape}, not {value!r}")
    return [x.strip() for x in value]


def _locate(b: Briefing, text: str) -> tuple[int, int, int]:
    """``(start, end, sentence)`` of ``text`` in the body, or ``(-1, -1, -1)``."""
    start = b.article.body.find(text)
    if start < 0:
        return -1, -1, -1
    for s in b.sentences:
        if s.start <= start < s.end:
            return start, start + len(text), s.index
    return start, start + len(text), -1


def _summary(b: Briefing, value: Any) -> tuple[SummarySentence, ...]:
    return tuple(SummarySentence(t, *_locate(b, t)) for t in _strings(b, "summary", value, one_allowed=True))


def _questions(b: Briefing, value: Any) -> tuple[Question, ...]:
    out = []
    for text in _strings(b, "questions", value):
        start, end, sentence = _locate(b, text)
        out.append(Question(text, start, end, sentence=sentence, kind="editor"))
    return tuple(out)


def _actors(b: Briefing, value: Any) -> tuple[Actor, ...]:
    if not isinstance(value, dict):
        raise _fail(b, f"'actors' must be a mapping of names to {{role, kind}}, not {value!r}")
    actors = {a.name: a for a in b.actors}
    for name, spec in value.items():
        if not isinstance(name, str) or not name.strip():
            raise _fail(b, f"'actors' has a name that is not text: {name!r}")
        name = name.strip()
        if spec is None:
            actors.pop(name, None)
            continue
        if not isinstance(spec, dict) or set(spec) - {"role", "kind"}:
            raise _fail(b, f"'actors: {name}' must be a mapping with 'role' and/or 'kind', not {spec!r}")
        role, kind = spec.get("role"), spec.get("kind")
        if role is not None and not isinstance(role, str):
            raise _fail(b, f"'actors: {name}: role' must be a string, not {role!r}")
        if kind is not None and kind not in KINDS:
            raise _fail(b, f"'actors: {name}: kind' must be one of {', '.join(KINDS)}, not {kind!r}")
        old = actors.get(name) or Actor(name, kind or "person")
        actors[name] = replace(old, role=(role.strip() or None) if role is not None else old.role,
                               kind=kind or old.kind)
    return tuple(actors[n] for n in sorted(actors, key=lambda n: (n.lower(), n)))


def apply_overrides(b: Briefing) -> Briefing:
    extra = b.article.extra
    if not any(k in extra for k in FIELDS):
        return b
    changes: dict[str, Any] = {}
    edited = []
    if "summary" in extra:
        changes["summary"] = _summary(b, extra["summary"])
        edited.append("summary")
    if "questions" in extra:
        changes["questions"] = _questions(b, extra["questions"])
        edited.append("questions")
    if "exclude_quotes" in extra:
        needles = [x.lower() for x in _strings(b, "exclude_quotes", extra["exclude_quotes"])]
        changes["quotes"] = tuple(q for q in b.quotes if not any(n in q.text.lower() for n in needles))
        edited.append("quotes")
    if "actors" in extra:
        changes["actors"] = _actors(b, extra["actors"])
        edited.append("actors")
    return replace(b, **changes, edited=tuple(sorted(set(b.edited) | set(edited))))
