"""Rendering details a reader relies on, checked on the page Markdown (no build needed)."""
from __future__ import annotations

import html
from dataclasses import replace

import pytest

from generator.analysis import analyze
from generator.model import Actor, Article, Fact, Quote
from generator.render.briefing import render_briefing
from generator.render.chart import actors_chart
from generator.render.quality import render_quality

BODY = 'The vote was on Monday. "We won the vote today," Maria Keller said. Turnout was 61 percent.'


def briefing():
    return analyze(Article(id="t", body=BODY, path="t.txt"))


@pytest.mark.parametrize("value, shown", [
    ("2025-03-03", '(<time datetime="2025-03-03">3 March 2025</time>)'),  # a resolved date
    ("early 2025", "(early 2025)"),                                        # not ISO: shown as given
    (None, "**Monday** —"),                                                # unresolved: the text only
])
def test_dates_show_the_day_they_resolve_to(value, shown):
    start = BODY.index("Monday")
    b = replace(briefing(), facts=(Fact("Monday", start, start + 6, "date", sentence=0, value=value),))
    assert shown in render_briefing(b)


@pytest.mark.parametrize("quote, marks, absent", [
    # the comma that hands over to "Maria Keller said" is not shown: it is still verbatim
    (Quote("We won the vote today,", BODY.index("We"), BODY.index("We") + 22, sentence=1),
     ["“We won the vote today”", "✓ verbatim"], ["partial", "today,”"]),
    (Quote("We won the vote", 0, 15, sentence=1), ["✗ not verbatim"], ["✓ verbatim"]),
    (Quote("won the vote today", BODY.index("won"), BODY.index("won") + 18, sentence=1, partial=True),
     ["✓ verbatim", "partial quote"], []),
])
def test_each_quote_says_whether_it_is_verbatim_and_whether_it_is_partial(quote, marks, absent):
    page = render_briefing(replace(briefing(), quotes=(quote,)))
    section = page.split("## Key quotes", 1)[1].split("## ", 1)[0]
    for mark in marks:
        assert mark in section
    for mark in absent:
        assert mark not in section


def test_the_chart_escapes_names_and_needs_two_actors():
    actors = (Actor("<b>A</b>", "person", mentions=((0, 1, "x"),) * 3), Actor("B & C", "person", mentions=((0, 1, "x"),)))
    svg = actors_chart(actors)
    assert "<b>" not in svg and "&lt;b&gt;A&lt;/b&gt;" in svg and "B &amp; C" in svg
    assert svg.count("<rect") == 2 and 'data-search-exclude="true"' in svg
    assert actors_chart(actors[:1]) == ""


def test_the_quality_report_counts_speakerless_quotes_and_kindless_actors():
    b = replace(briefing(), quotes=(Quote("We won the vote today,", BODY.index("We"), BODY.index("We") + 22, sentence=1),),
                actors=(Actor("Maria Keller", ""),))
    page = render_quality([b], [])
    assert "| 1 | 1 | 0 |" in page


def dated(n: int, day: str | None = None):
    import datetime as dt

    b = briefing()
    published = dt.date.fromisoformat(day) if day else None
    return replace(b, article=replace(b.article, id=f"b{n:03}", published=published), title=f"Story {n:03}")


def test_an_actor_page_gathers_their_quotes_and_roles_across_briefings():
    from generator.directory import Directory
    from generator.render.actor_pages import render_actor_page

    one = replace(dated(1, "2025-01-02"), actors=(Actor("Maria Keller", "person", role="mayor"),),
                  quotes=(Quote("We won the vote today,", 25, 47, speaker="Maria Keller", sentence=1),))
    two = replace(dated(2, "2025-02-03"), actors=(Actor("Maria Keller", "person", aliases=("Keller",)),
                                                  Actor("Tom Berg", "person")),
                  quotes=(Quote("Turnout was good", 0, 5, speaker="Keller", sentence=2),))
    d = Directory([two, one])
    page = render_actor_page(d.entry_for("Maria Keller"), d, {e.slug for e in d.entries})
    assert "## Roles seen" in page and "- mayor" in page
    assert page.index("Turnout was good") < page.index("We won the vote today")  # newest first
    assert "](../briefings/b001.md#s2)" in page and "](../briefings/b002.md#s3)" in page
    assert "[Tom Berg](tom-berg.md) · 1 briefing" in page


def test_topics_are_tags_then_the_places_and_organisations_named_most():
    from generator.render.topics import topics

    m = ((0, 1, "x"),)
    b = replace(briefing(), actors=(Actor("Paris", "place", mentions=m * 3), Actor("UN", "organization", mentions=m * 2),
                                    Actor("Maria Keller", "person", mentions=m * 9), Actor("Lyon", "place", mentions=m)))
    b = replace(b, article=replace(b.article, tags=("Elections", "elections", "<b>x</b>")))
    assert topics(b) == ["Elections", "bxb", "Paris", "UN"]  # markup characters are dropped


def test_month_pages_are_paginated_and_link_to_each_other():
    from generator.render.timeline import PAGE_SIZE, render_month_pages

    items = [dated(n, "2025-03-01") for n in range(PAGE_SIZE * 2 + 5)]
    pages = render_month_pages("2025-03", items)
    assert list(pages) == ["timeline/2025-03.md", "timeline/2025-03-2.md", "timeline/2025-03-3.md"]
    assert "[Older →](2025-03-2.md)" in pages["timeline/2025-03.md"]
    assert "[← Newer](2025-03-2.md)" in pages["timeline/2025-03-3.md"]
    assert sum(p.count("\n## [") for p in pages.values()) == len(items)


def test_the_feed_has_absolute_links_when_the_site_url_is_known():
    import xml.etree.ElementTree as ET

    from generator.layout import Layout
    from generator.render.feeds import rss_feed

    feed = rss_feed([dated(1, "2025-01-02"), dated(2)], site_name="B & B", layout=Layout(site_url="https://example.org/site"))
    channel = ET.fromstring(feed).find("channel")
    assert channel.findtext("title") == "B & B"
    items = channel.findall("item")
    assert [i.findtext("link") for i in items] == ["https://example.org/site/briefings/b001/",
                                                   "https://example.org/site/briefings/b002/"]
    assert items[0].find("guid").get("isPermaLink") == "true" and items[1].find("pubDate") is None


def test_the_chart_adds_up_the_mentions_of_one_actor_under_its_page_name():
    m = ((0, 1, "x"),)
    actors = (Actor("Putin", "person", mentions=m * 2), Actor("Putin’s", "person", mentions=m),
              Actor("Kyiv", "place", mentions=m * 2))
    pages = {"Putin": "Vladimir Putin", "Putin’s": "Vladimir Putin"}
    svg = actors_chart(actors, lambda name: pages.get(name, name))
    assert svg.count("<rect") == 2 and "Mentions&#58; Vladimir Putin 3, Kyiv 2" in svg


def test_feed_readers_see_seed_markup_as_literal_text():
    """RSS readers render title and description as HTML: after XML parsing they must still
    hold escaped text, never a tag."""
    import xml.etree.ElementTree as ET

    from generator.model import SummarySentence
    from generator.render.feeds import rss_feed

    payload = "<img src=x onerror=alert(1)> AT&T <script>alert(2)</script>"
    b = replace(dated(1), title=payload, tldr=SummarySentence(payload, 0, len(payload)))
    item = ET.fromstring(rss_feed([b], site_name="B")).find("channel/item")
    for field in ("title", "description"):
        text = item.findtext(field)
        assert "<" not in text and "&lt;img src=x onerror=alert(1)&gt; AT&amp;T &lt;script&gt;" in text


def _entries(names):
    from generator.directory import Entry
    from generator.text import slugify

    return [Entry(name=name, slug=slugify(name), kind="person", names=(name,)) for name in names]


def test_the_actors_index_is_split_into_bounded_pages_without_headings_per_actor():
    from generator.render.actor_pages import INDEX_LIMIT, PAGE_SIZE, render_actors_index, render_letter_pages

    # 700 actors: 600 under "M" (three pages), 60 under "É" → "E", 40 that start with no letter
    names = [f"Maria Keller {n:03}" for n in range(600)] + [f"Élise Berg {n:02}" for n in range(60)] \
        + [f"1MDB unit {n:02}" for n in range(40)]
    entries = _entries(names)
    paged = {e.slug for e in entries}
    index = render_actors_index(entries, paged)
    pages = render_letter_pages(entries, paged)
    assert sorted(pages) == ["actors/by-letter/e.md", "actors/by-letter/m-2.md", "actors/by-letter/m-3.md",
                             "actors/by-letter/m.md", "actors/by-letter/other.md"]
    listed = []
    for uri, page in {"actors/index.md": index, **pages}.items():
        rows = [line for line in page.splitlines() if line.startswith("| [")]
        assert len(rows) <= (INDEX_LIMIT if uri == "actors/index.md" else PAGE_SIZE), uri
        assert "\n### " not in page and "search:\n  exclude: true" in page, uri
        if uri != "actors/index.md":
            listed += [html.unescape(row.split("](")[0].removeprefix("| [")) for row in rows]
    assert sorted(listed) == sorted(names)  # every actor on exactly one letter page
    assert "[M](by-letter/m.md) (600)" in index and "[Other](by-letter/other.md) (40)" in index
    assert "[Next →](m-3.md)" in pages["actors/by-letter/m-2.md"]
    assert "[← Previous](m.md)" in pages["actors/by-letter/m-2.md"]


def test_search_skips_what_a_reader_does_not_type_and_keeps_quotes_speakers_and_names():
    """Material indexes one document per heading and skips elements marked data-search-exclude."""
    page = render_briefing(briefing())
    quotes = page.split("## Key quotes", 1)[1].split("\n## ", 1)[0]
    assert "We won the vote today" in quotes and "Maria Keller" in quotes
    assert 'class="briefing-check" data-search-exclude="true"' in quotes  # "✓ verbatim" is not indexed
    assert '{ data-search-exclude ' in quotes.split("¶", 1)[1][:80]  # nor the ¶ link text
    top = page.split("## Summary", 1)[0]
    assert '<span data-search-exclude="true">Named:</span> Maria Keller' in top  # names are indexed, the label not
    assert "## Actors { #actors data-search-exclude }" in page  # the table of kinds, roles and counts is not
    assert "## Summary { #summary data-search-exclude }" in page
    assert '<p class="briefing-meta" data-search-exclude="true">' in page


def test_a_surname_two_rows_of_one_briefing_carry_joins_neither_entry():
    from generator.directory import Directory

    b = replace(dated(1, "2025-01-02"), actors=(Actor("Hillary Clinton", "person", aliases=("Clinton",)),
                                                Actor("Bill Clinton", "person", aliases=("Clinton",))))
    d = Directory([b])
    assert d.entry_for("Hillary Clinton", b).slug != d.entry_for("Bill Clinton", b).slug
    # one row's surname alone still joins its full name
    one = replace(dated(2, "2025-02-03"), actors=(Actor("Maria Keller", "person", aliases=("Keller",)),))
    d = Directory([one])
    assert d.entry_for("Keller", one).slug == d.entry_for("Maria Keller", one).slug


def test_a_skipped_shared_alias_takes_no_slug():
    from generator.directory import Directory

    b = replace(dated(1, "2025-01-02"), actors=(Actor("Hillary Clinton", "person", aliases=("Clinton",)),
                                                Actor("Bill Clinton", "person", aliases=("Clinton",))))
    lone = replace(dated(2, "2025-02-03"), actors=(Actor("Clinton", "person"),))
    d = Directory([b, lone])
    assert d.entry_for("Clinton", lone).slug == "clinton"  # no briefing-less entry holds the slug
    assert all(e.briefings for e in d._by_key.values())


def test_two_spellings_of_one_alias_on_one_row_are_not_shared():
    from generator.directory import Directory

    b = replace(dated(1, "2025-01-02"), actors=(Actor("Al Sharpton", "person", aliases=("Sharption", "Sharption's")),
                                                Actor("Maria Keller", "person")))
    d = Directory([b])
    assert d.entry_for("Sharption", b).slug == d.entry_for("Al Sharpton", b).slug
    assert "Sharption" in d.entry_for("Al Sharpton", b).names  # joined, not a briefing-less entry of its own
    assert all(e.briefings for e in d._by_key.values())


_LEAD_BODY = ("Harbour workers returned to work on Friday after a two-week strike over pay that closed the port. "
              "The union said its members had accepted a pay rise of four percent over two years. "
              "Shipping firms said the backlog of containers would take a month to clear.")


def test_the_tldr_box_shows_its_lead_sentence_once_and_the_list_goes_on_from_the_next():
    from generator.model import SummarySentence
    b = analyze(Article(id="h", body=_LEAD_BODY, path="h.txt"))
    lead = b.summary[0]
    b = replace(b, tldr=SummarySentence("Harbour workers returned to work on Friday.", lead.start, lead.end, lead.sentence))
    page = render_briefing(b)
    box, rest = page.split("## Summary", 1)
    assert "after a two-week strike over pay" in box  # the whole sentence: what the cut left out is kept
    assert "Harbour workers returned" not in rest.split("## Key quotes", 1)[0]  # and not again in the list
    assert "1. The union said its members" in rest


def test_without_a_tldr_the_list_starts_with_the_lead():
    b = replace(analyze(Article(id="h", body=_LEAD_BODY, path="h.txt")), tldr=None)
    page = render_briefing(b)
    assert "TL;DR" not in page
    assert "1. Harbour workers returned to work on Friday after" in page.split("## Summary", 1)[1]
