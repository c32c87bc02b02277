"""The quality report: skipped seeds with the reason, then the briefings to check by hand.

A briefing is listed when a quote has no speaker, an actor has no known kind or a quote is
not found word for word at its offsets. At most ``LIMIT`` briefings are listed.
"""
from __future__ import annotations

from typing import Sequence

from ..errors import SeedError
from ..model import Briefing
from .briefing import KIND_LABEL, is_verbatim, language_name
from .escape import esc_inline

LIMIT = 200
NO_SEARCH = ["---", "search:", "  exclude: true", "---", ""]


def issues(b: Briefing) -> tuple[int, int, int]:
    """(quotes without a speaker, actors without a kind, quotes not verbatim)."""
    return (sum(q.speaker is None for q in b.quotes),
            sum(a.kind not in KIND_LABEL for a in b.actors),
            sum(not is_verbatim(b, q) for q in b.quotes))


def render_quality(briefings: Sequence[Briefing], errors: Sequence[SeedError]) -> str:
    lines = [*NO_SEARCH, "# Quality report", "",
             "What the automatic analysis could not settle, for an editor to check.", "", "## Skipped seeds", ""]
    if errors:
        lines += ["| Seed | Line | Why it was skipped |", "|---|---|---|"]
        for e in sorted(errors, key=lambda e: (e.path, e.line or 0, e.reason)):
            lines.append(f"| {esc_inline(e.path)} | {e.line or ''} | {esc_inline(e.reason)} |")
    else:
        lines.append("*Every seed became a briefing.*")
    lines += ["", "## Not analysed: not in English", ""]
    foreign = [b for b in briefings if not b.supported]
    if foreign:
        lines += ["The analysis supports English only; these pages show the title and text alone.", "",
                  "| Briefing | Language |", "|---|---|"]
        lines += [f"| [{esc_inline(b.title)}](briefings/{b.id}.md) | {esc_inline(language_name(b.language))} |"
                  for b in foreign[:LIMIT]]
    else:
        lines.append("*Every briefing is in English.*")
    lines += ["", "## Briefings to check", ""]
    flagged = [(b, issues(b)) for b in briefings]
    flagged = [(b, i) for b, i in flagged if any(i)]
    if not flagged:
        lines.append("*Nothing to check: every quote has a speaker and every actor a kind.*")
        return "\n".join(lines) + "\n"
    lines += [f"{len(flagged)} of {len(briefings)} briefings.", "",
              "| Briefing | Quotes without a speaker | Actors without a kind | Quotes not verbatim |",
              "|---|---|---|---|"]
    for b, (speakerless, kindless, moved) in flagged[:LIMIT]:
        lines.append(f"| [{esc_inline(b.title)}](briefings/{b.id}.md) | {speakerless} | {kindless} | {moved} |")
    if len(flagged) > LIMIT:
        lines += ["", f"*And {len(flagged) - LIMIT} more.*"]
    return "\n".join(lines) + "\n"
