"""A ``Briefing`` as a Markdown page: the analysis sections, then the source text.

Every item links to the sentence it came from (``#s<n>``, 1-based) in the source text at
the bottom of the page, where the reached sentence is highlighted (``:target``). Seed text
only ever passes through ``escape``.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from typing import Callable, Iterable, Sequence

from ..model import Actor, Briefing, Fact, Quote, SummarySentence
from ..text import slugify
from .chart import actors_chart
from .escape import esc, esc_inline, excerpt, safe_url
from .quote_rank import key_quotes  # noqa: F401  (also imported from here by callers)
from .topics import topics
from .words import day_month_year, t

NAMES_LINE = 12  # actors named under the TL;DR (and indexed by search), most mentioned first
WORDS_PER_MINUTE = 230
KIND_LABEL = {"person": "Person", "organization": "Organisation", "place": "Place", "group": "Group"}  # through t()
NO_SEARCH = "data-search-exclude"  # an element Material's search leaves out (attr_list or HTML attribute)
EDITED = "Edited by the editor: this section replaces or adjusts the generated one."

ActorLink = Callable[[str], "str | None"]  # an actor's name → its page (relative Markdown path)


def kind_label(kind: str) -> str:
    """The kind of an actor in words; an unknown kind as written (escaped), or "Actor"."""
    return t(KIND_LABEL[kind]) if kind in KIND_LABEL else (esc_inline(kind) if kind else t("Actor"))


def actor_slug(name: str) -> str:
    return slugify(name)


def quoted(q: Quote) -> str:
    """The quote as shown between quotation marks: without the comma that hands over to the
    attribution ("We are ready," Putin said → “We are ready”), also when a quote inside it
    closes there ("… a white male,’" Grassley said → “… a white male’”)."""
    text = q.text.rstrip()
    for inner in ("’", "'"):
        if text.endswith("," + inner):
            return text[:-2].rstrip() + inner
    return text.removesuffix(",").rstrip()


def source_name(b: Briefing, sentence: int) -> str | None:
    """What a ¶ link is called for a screen reader: "Source: paragraph 3, sentence 2" (the
    sentence's place in its paragraph); its text "¶3" alone would name several sentences alike."""
    if not 0 <= sentence < len(b.sentences):
        return None
    paragraph = b.sentences[sentence].paragraph
    first = sentence
    while first > 0 and b.sentences[first - 1].paragraph == paragraph:
        first -= 1
    return t("Source: paragraph {paragraph}, sentence {sentence}", paragraph=paragraph + 1, sentence=sentence - first + 1)


def sentence_link(b: Briefing, sentence: int) -> str:
    name = source_name(b, sentence)
    if name is None:
        return ""
    paragraph = b.sentences[sentence].paragraph + 1
    return (f'[¶{paragraph}](#s{sentence + 1} "{t("Go to the sentence in the source text")}")'
            f'{{ {NO_SEARCH} aria-label="{name}" }}')


def format_date(day: dt.date | None) -> str:
    return day_month_year(day) if day else t("Date unknown")


def is_verbatim(b: Briefing, q: Quote) -> bool:
    """The quote's text is in the article at its offsets, character for character."""
    return 0 <= q.start <= q.end <= len(b.article.body) and b.article.body[q.start:q.end] == q.text


def _role_of(speaker: str | None, actors: Iterable[Actor]) -> str | None:
    for a in actors:
        if speaker and (a.name == speaker or speaker in a.aliases):
            return a.role
    return None


def _name(name: str, link: ActorLink | None) -> str:
    href = link(name) if link else None
    return f"[{esc_inline(name)}]({href})" if href else esc_inline(name)


def _section(title: str, lines: list[str], empty: str, *, edited: bool = False, search: bool = True) -> list[str]:
    """A ``##`` section; ``search=False`` (or no items) leaves it out of the search index.
    ``title`` is English: its slug is the heading's id in every language (links say ``#actors``)."""
    anchor = "#" + re.sub(r"[^a-z]+", "-", title.lower()).strip("-")
    heading = f"## {t(title)} {{ {anchor}" + ("" if search and lines else f" {NO_SEARCH}") + " }"
    edited_line = [f"*{t(EDITED)}*{{ .briefing-edited }}", ""] if edited else []
    return [heading, "", *edited_line, *(lines or [f"*{t(empty)}*"]), ""]


def _check(b: Briefing, q: Quote) -> str:
    if is_verbatim(b, q):
        mark = (f'<span class="briefing-check" data-search-exclude="true" title="{_attr("Found word for word in the source text at this place")}">'
                f'{t("✓ verbatim")}</span>')
    else:
        mark = (f'<span class="briefing-check briefing-check--no" data-search-exclude="true" title="{_attr("Not found word for word at this place")}">'
                f'{t("✗ not verbatim")}</span>')
    if q.partial:
        mark += (f' · <span class="briefing-partial" data-search-exclude="true" title="{_attr(PARTIAL_TIP)}">'
                 f'{t("partial quote")}</span>')
    return mark


PARTIAL_TIP = "Quoted words inside the writer's own sentence"


def _attr(phrase: str) -> str:
    """A translated phrase for an HTML attribute (an apostrophe stays text)."""
    return t(phrase).replace('"', "&quot;")


def _quotes(b: Briefing, link: ActorLink | None) -> list[str]:
    out = []
    news = " ".join([b.title or "", *(s.text for s in b.summary)])
    for q in key_quotes(b.quotes, b.actors, news):
        who = _name(q.speaker, link) if q.speaker else f"*{t('Speaker not identified')}*"
        role = q.role or _role_of(q.speaker, b.actors)
        if role and any(c.isalpha() for c in role):  # not a stray mark ("’") read as a role
            who += f", {esc_inline(role)}"
        marks = f'<span {NO_SEARCH}="true"> · {_check(b, q)} {sentence_link(b, q.sentence)}</span>'
        out += [f"> “{esc_inline(quoted(q))}”", ">", f"> — {who}{marks}", ""]
    return out


def _actors(b: Briefing, link: ActorLink | None, canonical: Callable[[str], str] | None) -> list[str]:
    if not b.actors:
        return []
    rows = [f"| {t('Actor')} | {t('Kind')} | {t('Role')} | {t('Mentions')} |", "|---|---|---|---|"]
    for a in _one_row_each(_ranked(b.actors), canonical):
        aliases = f" (also {', '.join(esc_inline(x) for x in a.aliases)})" if a.aliases else ""
        role = esc_inline(a.role) if a.role else ""
        rows.append(f"| {_name(a.name, link)}{aliases} | {kind_label(a.kind)} | {role} "
                    f"| {len(a.mentions)} |")
    chart = actors_chart(b.actors, canonical)
    return rows + ([""] + [chart] if chart else []) + [""]


def _one_row_each(actors: list[Actor], canonical: Callable[[str], str] | None) -> list[Actor]:
    """Rows that the actor directory knows as one actor ("America" and "United States" by
    ``aliases.yml``) become one row, under the first (most salient) one's name."""
    if canonical is None:
        return actors
    rows: dict[str, Actor] = {}
    for a in actors:
        key = canonical(a.name)
        first = rows.get(key)
        if first is None:
            rows[key] = a
            continue
        extra = tuple(x for x in (a.name, *a.aliases) if x != first.name and x not in first.aliases)
        rows[key] = replace(first, aliases=first.aliases + extra, mentions=first.mentions + a.mentions,
                            role=first.role or a.role)
    return list(rows.values())


def _ranked(actors: Iterable[Actor]) -> list[Actor]:
    """Key actors first: the analysis lists them by salience (an editor's additions come last)."""
    return list(actors)


def _names_line(b: Briefing, link: ActorLink | None) -> list[str]:
    """The actors named most, in one line under the TL;DR: the names search indexes (the
    Actors table, with kinds, roles and counts, is left out of search)."""
    ranked = _ranked(b.actors)
    if not ranked:
        return []
    more = len(ranked) - NAMES_LINE
    tail = f" · [{t('and {n} more', n=more)}](#actors)" if more > 0 else ""
    label = f'<span {NO_SEARCH}="true">{t("Named:")}</span>'  # else "named" would find every briefing
    return [f"{label} {' · '.join(_name(a.name, link) for a in ranked[:NAMES_LINE])}{tail}", ""]


# A month written as a word ("7 March 2003", "Sept. 11, 2001"), English as the facts' patterns read it.
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


def _day_in_words(f: Fact) -> str | None:
    """The ISO day of a date fact whose text says it whole, its year and its month as a word ("7 March 2003"); a
    numeric date ("03/07/2003") does not say which day it is, month or day first."""
    if f.kind != "date" or not f.value or len(f.value) != 10:
        return None
    try:
        dt.date.fromisoformat(f.value)
    except ValueError:
        return None
    return f.value if f.value[:4] in f.text and _MONTH_WORD.search(f.text) else None


def fact_text(f: Fact) -> str:
    """The fact's words; a day said whole in words, as its ``<time>`` (its value shown again would repeat it)."""
    day = _day_in_words(f)
    return f'<time datetime="{day}">{esc_inline(f.text)}</time>' if day else esc_inline(f.text)


def fact_value(f: Fact) -> str:
    """The normalised value: a resolved date as a ``<time>``, other values as text; none where the text says it."""
    if not f.value or _day_in_words(f):
        return ""
    if f.kind == "date":
        try:
            day = dt.date.fromisoformat(f.value)
        except ValueError:
            # a year or a month: shown only when the text does not say its year ("2005 (2005)", "August 2015 (2015-08)")
            return "" if f.value[:4] in f.text else f" ({esc_inline(f.value)})"
        return f' (<time datetime="{day.isoformat()}">{format_date(day)}</time>)'
    return f" ({esc_inline(f.value)})" if f.value not in f.text else ""


def _facts(b: Briefing) -> list[str]:
    """One line a fact, with its sentence as context; a sentence already shown for the fact
    above is not repeated (one 2 MB sentence with 60,000 figures would be, each time)."""
    out = []
    for n, f in enumerate(b.facts):
        if n and b.facts[n - 1].sentence == f.sentence:
            context = "<em>the same sentence</em>"
        else:
            context = esc_inline(b.sentences[f.sentence].text) if 0 <= f.sentence < len(b.sentences) else ""
        out.append(f"- **{fact_text(f)}**{fact_value(f)} — {context} {sentence_link(b, f.sentence)}")
    return out


def _source(b: Briefing, *, searched: bool = False) -> list[str]:
    """The article text as raw HTML: numbered paragraphs, one anchor per sentence."""
    out = ['<div class="briefing-source">' if searched else '<div class="briefing-source" data-search-exclude="true">']
    by_paragraph: dict[int, list[str]] = {}
    for s in b.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(f'<span class="briefing-sentence" id="s{s.index + 1}">{esc(s.text)}</span>')
    for p in b.paragraphs:
        spans = " ".join(by_paragraph.get(p.index, [])) or esc(b.article.body[p.start:p.end])
        n = p.index + 1
        # The number links to its own paragraph (an address to share): out of the Tab order,
        # where 20 of them would come between a keyboard reader and the rest of the page.
        label = _attr("Paragraph {n}").format(n=n)
        out.append(f'<p id="p{n}"><a class="briefing-para" href="#p{n}" tabindex="-1" title="{label}" '
                   f'aria-label="{label}">{n}</a> {spans}</p>')
    out.append("</div>")
    return out


def front_matter(title: str, *, tags: Sequence[str] = (), search: bool = True) -> list[str]:
    """YAML front matter (JSON strings are YAML): the page's title, tags and search exclusion.

    The title is given escaped: MkDocs would otherwise take it from the heading as plain
    text and the theme writes it into ``<title>`` unescaped ("</title><script>…"). Tags are
    escaped too (``R&amp;D``): the tags plugin writes their names into the pages as given.
    """
    lines = ["---", f"title: {json.dumps(esc_inline(title), ensure_ascii=False)}"]
    if tags:
        # Material writes tag names into pages unescaped: they are seed text like any other.
        lines += ["tags:", *(f"  - {json.dumps(esc(t), ensure_ascii=False)}" for t in tags)]
    if not search:
        lines += ["search:", "  exclude: true"]
    return lines + ["---", ""]


def render_briefing(b: Briefing, *, actor_link: ActorLink | None = None, topic_names: Sequence[str] | None = None,
                    canonical: Callable[[str], str] | None = None, more: Sequence[str] = (),
                    full_text: bool = False) -> str:
    """``canonical`` names an actor across briefings (for the chart); ``topic_names`` are the tags;
    ``more`` are Markdown lines put before the source text (related briefings); ``full_text``
    lets search index the source text."""
    edited = set(b.edited)
    lines = front_matter(b.title, tags=topics(b) if topic_names is None else topic_names)
    lines += [f"# {esc_inline(b.title)}", "", f'<p class="briefing-meta" {NO_SEARCH}="true">{meta_line_html(b)}</p>', ""]
    if not b.supported:
        return "\n".join(lines + _unsupported(b))
    lead = _tldr_item(b)
    if b.tldr:
        lines += [_tldr_html(b, lead.text if lead else b.tldr.text), ""]
    lines += _names_line(b, actor_link)
    # Search indexes what a reader looks for: title, TL;DR, names, quotes and speakers, questions
    # (a few hundred bytes a briefing). Summary, actors table, facts and source text are left out.
    rest = [s for s in b.summary if s is not lead]
    lines += _section("Summary", [f"{i}. {esc_inline(s.text)} {sentence_link(b, s.sentence)}"
                                  for i, s in enumerate(rest, 1)],
                      "No summary: the article is too short." if lead is None else "The TL;DR above is the summary.",
                      edited="summary" in edited, search=False)
    lines += _section("Key quotes", _quotes(b, actor_link), "No direct quotations.", edited="quotes" in edited)
    lines += _section("Actors", _actors(b, actor_link, canonical), "No actors found.", edited="actors" in edited,
                      search=False)
    lines += _section("Open questions", [f"- {esc_inline(q.text)} {sentence_link(b, q.sentence)}" for q in b.questions],
                      "No open question found: only questions that can be stated precisely from the text are listed.", edited="questions" in edited)
    # Facts repeat their sentences for context: search leaves them, and the source text, out.
    lines += _section("Facts & figures", _facts(b), "No figures or dates.", search=False)
    heading = f"## {t('Source text')} {{ #source-text" + ("" if full_text else f" {NO_SEARCH}") + " }"
    lines += [*more, heading, "", *_source(b, searched=full_text), ""]
    return "\n".join(lines)


def language_name(code: str) -> str:
    """"German (de)" for "de"; the code alone when pycountry does not know it."""
    try:
        import pycountry  # ISO 639 names, kept with ISO 3166 (the actor directory uses it too)
    except ImportError:  # pragma: no cover -- a dependency; the code alone still says enough
        return code
    found = pycountry.languages.get(alpha_2=code)
    return f"{found.name} ({code})" if found else code


def _unsupported(b: Briefing) -> list[str]:
    """The page of a seed that was not analysed: what can be trusted is the title, the
    source details above and the text itself."""
    note = (f"This article is in {esc_inline(language_name(b.language))}. The analysis supports English only, "
            "so this page shows the article's title, source details and text, and no summary, quotes, "
            "actors, questions or facts. A language line in the seed's front matter (language: en) "
            "overrides the detected language.")
    return ['!!! warning "Not analysed: the analysis supports English only"', "", f"    {note}", "",
            "## Source text { data-search-exclude }", "", *_source(b), ""]


def _tldr_item(b: Briefing) -> SummarySentence | None:
    """The summary item the TL;DR is cut from. The page shows that sentence once, whole, in the TL;DR box,
    and the list goes on from the next item: the TL;DR is the lead's main clause, and what the cut leaves
    out is often the news (the cause after "after …", a figure, "saying …"), which a list without the lead
    would lose. The short line itself serves the pages that list many briefings (home, feeds, timeline)."""
    return next((s for s in b.summary if s.sentence == b.tldr.sentence), None) if b.tldr else None


def _tldr_html(b: Briefing, text: str) -> str:
    """The TL;DR box, as Material draws an ``abstract`` admonition, in raw HTML so that its
    label can be left out of search (else "dr" would find every briefing)."""
    s = b.sentences[b.tldr.sentence] if 0 <= b.tldr.sentence < len(b.sentences) else None
    link = (f' <a href="#s{b.tldr.sentence + 1}" title="{_attr("Go to the sentence in the source text")}" {NO_SEARCH}="true" '
            f'aria-label="{source_name(b, b.tldr.sentence)}">¶{s.paragraph + 1}</a>') if s is not None else ""
    return (f'<div class="admonition abstract"><p class="admonition-title" {NO_SEARCH}="true">{t("TL;DR")}</p>'
            f"<p>{esc(excerpt(text))}{link}</p></div>")


def meta_line_html(b: Briefing) -> str:
    """The meta line inside a raw HTML paragraph: Markdown links become HTML links."""
    a = b.article
    url = safe_url(a.url)
    source = esc(a.source) if a.source else (t("Source") if url else t("Source unknown"))
    parts = [f'<a href="{url}" rel="nofollow noopener">{source}</a>' if url else source]
    if a.author:
        parts.append(t("by {name}", name=esc(a.author)))
    parts.append(f'<time datetime="{a.published.isoformat()}">{format_date(a.published)}</time>{_found_in_text(b)}'
                 if a.published else t("Date unknown"))
    parts.append(t("{n} min read", n=max(1, round(b.word_count / WORDS_PER_MINUTE))))
    return " · ".join(parts)


def _found_in_text(b: Briefing) -> str:
    """For a date found in the article rather than given in front matter: the mark and the
    sentence it came from (a link to it in the source text)."""
    a = b.article
    if a.published_from != "text" or not a.published_span:
        return ""
    s = next((s for s in b.sentences if s.start <= a.published_span[0] < s.end), None)
    said = f"“{esc(s.text.strip())}”" if s else ""
    link = f' <a href="#s{s.index + 1}" title="Go to the sentence in the source text">¶{s.paragraph + 1}</a>' if s else ""
    return f' <span class="briefing-date-found">(found in the text: {said}{link})</span>'
