"""A ``Briefing`` as a Markdown page: the analysis sections, then the source text.

Every item links to the sentence it came from (``#s<n>``, 1-based) in the source text at
the bottom of the page. Seed text only ever passes through ``escape``.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Sequence

from ..model import Actor, Briefing, Quote
from .escape import esc, esc_inline, safe_url

KEY_QUOTES = 5
WORDS_PER_MINUTE = 230
KIND_LABEL = {"person": "Person", "organization": "Organisation", "place": "Place", "group": "Group"}


def actor_slug(name: str) -> str:
    from ..reader import slugify

    return slugify(name)


def sentence_link(b: Briefing, sentence: int) -> str:
    s = b.sentences[sentence] if 0 <= sentence < len(b.sentences) else None
    if s is None:
        return ""
    return f'[¶{s.paragraph + 1}](#s{sentence + 1} "Go to the sentence in the source text")'


def format_date(day: dt.date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else "Date unknown"


def key_quotes(quotes: Sequence[Quote]) -> list[Quote]:
    """The strongest quotes: attributed, whole rather than partial, substantial, one per text."""
    seen, ranked = set(), []
    for q in sorted(quotes, key=lambda q: (q.speaker is None, q.partial, -min(len(q.text.split()), 40), q.start)):
        if q.text in seen or len(q.text.split()) < 4:
            continue
        seen.add(q.text)
        ranked.append(q)
    return sorted(ranked[:KEY_QUOTES], key=lambda q: q.start)


def _role_of(speaker: str | None, actors: Iterable[Actor]) -> str | None:
    for a in actors:
        if speaker and (a.name == speaker or speaker in a.aliases):
            return a.role
    return None


def _section(title: str, lines: list[str], empty: str) -> list[str]:
    return [f"## {title}", "", *(lines or [f"*{empty}*"]), ""]


def _quotes(b: Briefing) -> list[str]:
    out = []
    for q in key_quotes(b.quotes):
        who = esc_inline(q.speaker) if q.speaker else "*Speaker not identified*"
        role = q.role or _role_of(q.speaker, b.actors)
        if role:
            who += f", {esc_inline(role)}"
        partial = " · partial quote" if q.partial else ""
        out += [f"> “{esc_inline(q.text)}”", ">", f"> — {who}{partial} {sentence_link(b, q.sentence)}", ""]
    return out


def _actors(b: Briefing, actors_page: str) -> list[str]:
    if not b.actors:
        return []
    rows = ["| Actor | Kind | Role | Mentions |", "|---|---|---|---|"]
    for a in sorted(b.actors, key=lambda a: (-len(a.mentions), a.name)):
        name = f"[{esc_inline(a.name)}]({actors_page}#{actor_slug(a.name)})"
        aliases = f" (also {', '.join(esc_inline(x) for x in a.aliases)})" if a.aliases else ""
        role = esc_inline(a.role) if a.role else ""
        rows.append(f"| {name}{aliases} | {KIND_LABEL.get(a.kind, esc_inline(a.kind))} | {role} | {len(a.mentions)} |")
    return rows + [""]


def _source(b: Briefing) -> list[str]:
    """The article text as raw HTML: numbered paragraphs, one anchor per sentence."""
    out = ['<div class="briefing-source" data-search-exclude="true">']
    by_paragraph: dict[int, list[str]] = {}
    for s in b.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(f'<span class="briefing-sentence" id="s{s.index + 1}">{esc(s.text)}</span>')
    for p in b.paragraphs:
        spans = " ".join(by_paragraph.get(p.index, [])) or esc(b.article.body[p.start:p.end])
        n = p.index + 1
        out.append(f'<p id="p{n}"><a class="briefing-para" href="#p{n}" title="Paragraph {n}">{n}</a> {spans}</p>')
    out.append("</div>")
    return out


def render_briefing(b: Briefing, *, actors_page: str = "../actors/index.md") -> str:
    lines = [f"# {esc_inline(b.title)}", "", f'<p class="briefing-meta">{meta_line_html(b)}</p>', ""]
    if b.tldr:
        lines += ["!!! abstract \"TL;DR\"", "", f"    {esc_inline(b.tldr.text)} {sentence_link(b, b.tldr.sentence)}", ""]
    lines += _section("Summary", [f"{i}. {esc_inline(s.text)} {sentence_link(b, s.sentence)}"
                                  for i, s in enumerate(b.summary, 1)], "No summary: the article is too short.")
    lines += _section("Key quotes", _quotes(b), "No direct quotations.")
    lines += _section("Actors", _actors(b, actors_page), "No actors found.")
    lines += _section("Open questions", [f"- {esc_inline(q.text)} {sentence_link(b, q.sentence)}" for q in b.questions],
                      "The article leaves no open question.")
    lines += _section("Facts & figures", [f"- **{esc_inline(f.text)}** — {esc_inline(b.sentences[f.sentence].text)} "
                                          f"{sentence_link(b, f.sentence)}" for f in b.facts], "No figures or dates.")
    lines += ["## Source text", "", *_source(b), ""]
    return "\n".join(lines)


def meta_line_html(b: Briefing) -> str:
    """The meta line inside a raw HTML paragraph: Markdown links become HTML links."""
    a = b.article
    url = safe_url(a.url)
    source = esc(a.source) if a.source else ("Source" if url else "Source unknown")
    parts = [f'<a href="{url}" rel="nofollow noopener">{source}</a>' if url else source]
    if a.author:
        parts.append(f"by {esc(a.author)}")
    parts.append(f'<time datetime="{a.published.isoformat()}">{format_date(a.published)}</time>'
                 if a.published else "Date unknown")
    parts.append(f"{max(1, round(b.word_count / WORDS_PER_MINUTE))} min read")
    return " · ".join(parts)
