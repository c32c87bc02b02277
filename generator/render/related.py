"""The "Related briefings" section of a briefing page: its nearest briefings, each with what
the two share, and the story thread it belongs to."""
from __future__ import annotations

from typing import Mapping, Sequence

from ..model import Briefing
from ..related import Related
from .briefing import format_date
from .escape import esc_inline


def related_section(b: Briefing, related: Sequence[Related], by_id: Mapping[str, Briefing],
                    thread: tuple[str, Sequence[str]] | None) -> list[str]:
    """Markdown lines; ``thread`` is (thread id, its briefing ids oldest first) or None."""
    lines = ["## Related briefings { data-search-exclude }", ""]
    if thread:
        thread_id, ids = thread
        lines += [f"Part of a story thread of {len(ids)} briefings (this is {ids.index(b.id) + 1} of {len(ids)}): "
                  f"[what each one adds](../threads/{thread_id}.md){{ .briefing-thread }}", ""]
    if not related:
        return lines + ["*No other briefing is close to this one.*", ""]
    for r in related:
        other = by_id[r.id]
        shares = []
        if r.actors:
            shares.append("both name " + ", ".join(esc_inline(a) for a in r.actors))
        if r.words:
            shares.append("words " + ", ".join(f"“{esc_inline(w)}”" for w in r.words))
        lines.append(f"- [{esc_inline(other.title)}](../briefings/{other.id}.md) · "
                     f"{format_date(other.article.published)}" + (f" · shares: {'; '.join(shares)}" if shares else ""))
    return lines + [""]
