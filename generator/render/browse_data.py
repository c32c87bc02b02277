"""``browse.json``: what the filters on the home page and the timeline need, one short record
per briefing (newest first). It is data: the script puts it on the page as text only."""
from __future__ import annotations

import json
from typing import Callable, Mapping, Sequence

from ..model import Briefing

BROWSE_ACTORS = 8


def browse_json(briefings: Sequence[Briefing], themes: Mapping[str, Sequence[str]],
                thread_of: Mapping[str, str], canonical: Callable[[Briefing], Callable[[str], str]]) -> str:
    rows = []
    for b in briefings:
        ranked = sorted(b.actors, key=lambda a: (-len(a.mentions), a.name))[:BROWSE_ACTORS]
        rows.append({"id": b.id, "title": b.title,
                     "date": b.article.published.isoformat() if b.article.published else None,
                     "source": b.article.source,
                     "actors": list(dict.fromkeys(canonical(b)(a.name) for a in ranked)),
                     "themes": list(themes.get(b.id, ())),
                     "thread": thread_of.get(b.id)})
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")) + "\n"
