"""Pages that list briefings by date: the home page, the timeline and its month pages.

The home page (``home``) lists every briefing, a page at a time; the timeline lists the
months with their counts; a month page lists that month's briefings, ``PAGE_SIZE`` a page.
"""
from __future__ import annotations

from typing import Sequence

from ..model import Briefing
from .briefing import format_date
from .escape import esc_inline
from .home import browse_box
from .pager import pager_links
from .words import month_year, t, tn

PAGE_SIZE = 100
NO_SEARCH = ["---", "search:", "  exclude: true", "---", ""]


def month_key(b: Briefing) -> str:
    return f"{b.article.published:%Y-%m}" if b.article.published else "undated"


def month_label(key: str) -> str:
    if key == "undated":
        return t("Date unknown")
    year, month = key.split("-")
    return month_year(int(year), int(month))


def _item(b: Briefing, prefix: str) -> list[str]:
    tldr = esc_inline(b.tldr.text) if b.tldr else ""
    # h2 under the page's h1 (headings in order), drawn at the size of an h3 (briefings.css)
    return [f"## [{esc_inline(b.title)}]({prefix}briefings/{b.id}.md) {{ .briefing-item }}", "",
            f"*{format_date(b.article.published)}* · {tldr}", ""]


def by_month(briefings: Sequence[Briefing]) -> dict[str, list[Briefing]]:
    """Month key → briefings newest first; keys newest first, "undated" last."""
    months: dict[str, list[Briefing]] = {}
    for b in briefings:
        months.setdefault(month_key(b), []).append(b)
    keys = sorted((k for k in months if k != "undated"), reverse=True) + (["undated"] if "undated" in months else [])
    return {k: months[k] for k in keys}


def page_uri(key: str, page: int) -> str:
    return f"timeline/{key}.md" if page == 1 else f"timeline/{key}-{page}.md"


def render_timeline(months: dict[str, list[Briefing]]) -> str:
    lines = [*NO_SEARCH, f"# {t('Timeline')}", "", t("Briefings by the date their article was published, newest first."), ""]
    if not months:
        lines.append(f"*{t('No briefings yet.')}*")
    else:
        lines += browse_box("../", what="months")
    year = None
    for key, items in months.items():
        label = key[:4] if key != "undated" else t("Date unknown")
        if label != year:
            lines += [f"## {label}", ""]
            year = label
        lines.append(f"- [{month_label(key)}]({key}.md) · {tn(len(items), '{n} briefing', '{n} briefings')}")
    if months:
        lines += ["", '<div class="briefings-list-end"></div>']
    return "\n".join(lines) + "\n"


def render_month_pages(key: str, items: Sequence[Briefing]) -> dict[str, str]:
    """``{src_uri: markdown}`` for one month, split into pages of ``PAGE_SIZE``."""
    pages = {}
    count = max(1, -(-len(items) // PAGE_SIZE))
    for n in range(1, count + 1):
        chunk = items[(n - 1) * PAGE_SIZE:n * PAGE_SIZE]
        title = month_label(key) + (f" ({t('page {n} of {count}', n=n, count=count)})" if count > 1 else "")
        lines = [*NO_SEARCH, f"# {title}", "", f"[{t('All months')}](index.md)", ""]
        for b in chunk:
            lines += _item(b, "../")
        lines += pager_links(n, count, lambda k: page_uri(key, k), folder="timeline/", back=t("← Newer"), forward=t("Older →"))
        pages[page_uri(key, n)] = "\n".join(lines)
    return pages
