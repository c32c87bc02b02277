"""Pages that list briefings: the home page and the actors index."""
from __future__ import annotations

from typing import Sequence

from ..model import Briefing
from .briefing import KIND_LABEL, actor_slug, format_date
from .escape import esc_inline

HOME_LIMIT = 50


def render_home(briefings: Sequence[Briefing]) -> str:
    lines = ["# Briefings", "",
             "Structured briefings generated from news articles: summary, key quotes, actors, "
             "open questions and facts, each linked to the sentence it came from.", ""]
    if not briefings:
        lines.append("*No briefings yet: add an article to `seeds/`.*")
    for b in briefings[:HOME_LIMIT]:
        tldr = esc_inline(b.tldr.text) if b.tldr else ""
        lines += [f"### [{esc_inline(b.title)}](briefings/{b.id}.md)", "",
                  f"*{format_date(b.article.published)}* · {tldr}", ""]
    return "\n".join(lines)


def render_actors_index(briefings: Sequence[Briefing]) -> str:
    by_name: dict[str, dict] = {}
    for b in briefings:
        for a in b.actors:
            entry = by_name.setdefault(a.name, {"kind": a.kind, "briefings": []})
            entry["briefings"].append(b)
    lines = ["# Actors", "", "People, organisations, places and groups named in the briefings.", ""]
    if not by_name:
        lines.append("*No actors yet.*")
    for name in sorted(by_name, key=str.lower):
        entry = by_name[name]
        links = ", ".join(f"[{esc_inline(b.title)}](../briefings/{b.id}.md)" for b in entry["briefings"])
        lines += [f"### {esc_inline(name)} {{ #{actor_slug(name)} }}", "",
                  f"{KIND_LABEL.get(entry['kind'], 'Actor')} · {links}", ""]
    return "\n".join(lines)
