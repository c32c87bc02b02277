"""Rendering details a reader relies on, checked on the page Markdown (no build needed)."""
from __future__ import annotations

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
    (Quote("We won the vote today,", BODY.index("We"), BODY.index("We") + 22, sentence=1), ["✓ verbatim"], ["partial"]),
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
