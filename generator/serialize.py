"""The briefing JSON contract (``briefing analyze``, ``briefings.json``).

Fields may be added; the ones listed in the README are kept.
"""
from __future__ import annotations

from typing import Any

from .model import Briefing
from .render.escape import link_url


def _span(item: Any) -> dict[str, Any]:
    return {"text": item.text, "start": item.start, "end": item.end}


def briefing_to_dict(b: Briefing) -> dict[str, Any]:
    a = b.article
    return {
        "id": a.id,
        "title": b.title,
        "title_inferred": b.title_inferred,
        "source": a.source,
        "url": link_url(a.url),  # like the pages: no javascript:, data: or vbscript: URL
        "author": a.author,
        "published": a.published.isoformat() if a.published else None,
        "published_from": a.published_from or ("front matter" if a.published else None),
        "tags": list(a.tags),
        "language": b.language,
        "supported": b.supported,
        "tldr": _span(b.tldr) if b.tldr else None,
        "summary": [_span(s) for s in b.summary],
        "quotes": [
            {**_span(q), "speaker": q.speaker, "role": q.role, "partial": q.partial, "cue": q.cue}
            for q in b.quotes
        ],
        "actors": [
            {
                "name": x.name,
                "kind": x.kind,
                "role": x.role,
                "aliases": list(x.aliases),
                "mentions": [{"start": m.start, "end": m.end} for m in x.mentions],
            }
            for x in b.actors
        ],
        "questions": [{**_span(q), "kind": q.kind, "about": q.about} for q in b.questions],
        "facts": [
            {**_span(f), "kind": f.kind, "value": f.value,
             "sentence": {"start": b.sentences[f.sentence].start, "end": b.sentences[f.sentence].end}}
            for f in b.facts
        ],
        "word_count": b.word_count,
    }
