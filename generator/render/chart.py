"""A small inline SVG bar chart: the actors a briefing names most, by mentions.

Plain SVG in the page (no script, no external file); every label passes through ``esc``.
"""
from __future__ import annotations

from typing import Callable, Sequence

from ..model import Actor
from .escape import esc
from .words import t

BARS = 8
ROW, LABEL, WIDTH = 22, 190, 560


def actors_chart(actors: Sequence[Actor], canonical: Callable[[str], str] | None = None) -> str:
    """One raw HTML line (a ``<figure>``), or "" when fewer than two actors have mentions.

    ``canonical`` names an actor as its actor page does, so "Putin" and "Putin’s" make one bar.
    """
    counts: dict[str, int] = {}
    for a in actors:
        if a.mentions:
            name = canonical(a.name) if canonical else a.name
            counts[name] = counts.get(name, 0) + len(a.mentions)
    ranked = sorted(counts.items(), key=lambda nc: (-nc[1], nc[0]))[:BARS]
    if len(ranked) < 2:
        return ""
    top = ranked[0][1]
    height = ROW * len(ranked) + 4
    rows = []
    for i, (name, n) in enumerate(ranked):
        y = i * ROW + 2
        bar = max(2, round((WIDTH - LABEL - 40) * n / top))
        label = name if len(name) <= 26 else name[:25] + "…"
        rows.append(f'<text x="{LABEL - 8}" y="{y + 15}" text-anchor="end">{esc(label)}</text>'
                    f'<rect x="{LABEL}" y="{y + 3}" width="{bar}" height="{ROW - 6}" rx="2"></rect>'
                    f'<text x="{LABEL + bar + 6}" y="{y + 15}">{n}</text>')
    summary = ", ".join(f"{name} {n}" for name, n in ranked)
    return (f'<figure class="briefing-chart" data-search-exclude="true">'
            f'<svg viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{esc(t("Mentions: {list}", list=summary))}">'
            f'{"".join(rows)}</svg><figcaption>{t("Actors by number of mentions")}</figcaption></figure>')
