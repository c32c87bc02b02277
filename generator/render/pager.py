"""Links between the pages of a list split into pages (timeline months, actor letters)."""
from __future__ import annotations

from typing import Callable


def pager_links(n: int, count: int, uri: Callable[[int], str], *, folder: str,
                back: str, forward: str) -> list[str]:
    """The 'back · forward' line of page ``n`` of ``count`` (1-based), as Markdown lines;
    none when the list fits on one page. ``uri(k)`` is page k's path; links are made
    relative to ``folder``."""
    links = []
    if n > 1:
        links.append(f"[{back}]({uri(n - 1).removeprefix(folder)})")
    if n < count:
        links.append(f"[{forward}]({uri(n + 1).removeprefix(folder)})")
    return [" · ".join(links), ""] if links else []
