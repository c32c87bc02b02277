"""A small inline SVG bar chart: the actors a briefing names most, by mentions.

Plain SVG in the page (no script, no external file); every label passes through ``esc``.
"""
from __future__ import annotations

from typing import Sequence

from ..model import Actor
from .escape import esc

BARS = 8
ROW, LABEL, WIDTH = 22, 190, 560


def actors_chart(actors: Sequence[Actor]) -> str:
    """One raw HTML line (a ``<figure>``), or "" when fewer than two actors have mentions."""
    ranked = sorted((a for a in actors if a.mentions), key=lambda a: (-len(a.mentions), a.name))[:BARS]
    if len(ranked) < 2:
        return ""
    top = len(ranked[0].mentions)
    height = ROW * len(ranked) + 4
    rows = []
    for i, a in enumerate(ranked):
        y, n = i * ROW + 2, len(a.mentions)
        bar = max(2, round((WIDTH - LABEL - 40) * n / top))
        label = a.name if len(a.name) <= 26 else a.name[:25] + "…"
        rows.append(f'<text x="{LABEL - 8}" y="{y + 15}" text-anchor="end">{esc(label)}</text>'
                    f'<rect x="{LABEL}" y="{y + 3}" width="{bar}" height="{ROW - 6}" rx="2"></rect>'
                    f'<text x="{LABEL + bar + 6}" y="{y + 15}">{n}</text>')
    summary = ", ".join(f"{a.name} {len(a.mentions)}" for a in ranked)
    return (f'<figure class="briefing-chart" data-search-exclude="true">'
            f'<svg viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{esc("Mentions: " + summary)}">'
            f'{"".join(rows)}</svg><figcaption>Actors by number of mentions</figcaption></figure>')
