"""The built site in headless Chromium: what a reader checks when searching.

Material's search UI with the briefings worker (generator/theme): every query word must be
in the briefing, as a word or the start of one, in any case and without accents; title
matches first; quotes and questions listed under their briefing; matches highlighted.
"""
from __future__ import annotations

import pytest

from sitebuild import make_project, mkdocs_build

pytestmark = pytest.mark.browser

REAL = "briefings/000-0b7a11e69ca9f520/"   # Putin, Ukraine's elections (seeds/000_...)
HARBOUR = "briefings/harbour-ferry/"
SCHOOL = "briefings/island-school/"

SEEDS = {
    "harbour-ferry.md": """---
title: "Harbour council delays the ferry contract"
published: 2024-03-02
---
The harbour council of Nordstad delayed the ferry contract on Tuesday after two bidders complained about the tender.

"We need more time to read every bid carefully," said Jürgen Müller, the chair of the council.

The contract is worth 40 million euros over ten years. It is unclear whether the council will reopen the tender.
""",
    # "ferry" only in a quote: ranked after the briefing with "ferry" in its title.
    "island-school.md": """---
title: "Island school reopens after the storm"
published: 2024-03-05
---
The primary school on Vastholm island reopened on Monday, three weeks after a storm damaged its roof.

"Pupils came in on the early ferry, posted #SchoolIsBack photos and were delighted to see their classrooms again," said Ingrid Dahl, the head teacher.

Repairs cost about 300,000 euros, paid by the regional government.
""",
}


@pytest.fixture(scope="module")
def built_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("search"), SEEDS)
    mkdocs_build(project)
    return project / "site"


def search(page, base: str, query: str, *, typed: bool = True) -> None:
    """Type a query into the search box (Material searches on key events, not on fill())."""
    page.goto(base + "/")
    box = page.locator("input.md-search__input")
    box.click()
    if typed:
        box.press_sequentially(query)
    else:
        box.fill(query)
        box.press("End")  # one key event: one query


def wait_for_result(page, path: str) -> None:
    """Until a result links to ``path`` (results link to ``path?h=words#section``)."""
    page.wait_for_function(
        """path => [...document.querySelectorAll('li.md-search-result__item a')].some(a => {
            const u = new URL(a.href); return u.pathname.slice(1) + u.hash === path })""",
        arg=path, timeout=10_000)


def results(page) -> list[list[str]]:
    """Per result (briefing), the paths its links go to, in order, without the query string."""
    return page.evaluate("""() => [...document.querySelectorAll('li.md-search-result__item')].map(li =>
        [...li.querySelectorAll('a')].map(a => { const u = new URL(a.href); return u.pathname.slice(1) + u.hash }))""")


@pytest.mark.parametrize(("what", "query", "briefing", "section"), [
    ("a quote's words", "ensure safety during the vote", REAL, "#key-quotes"),
    ("a speaker", "Ingrid Dahl", SCHOOL, "#key-quotes"),
    ("an actor's name", "Zarubin", REAL, None),
    ("another actor's name", "Berezovskaya", REAL, None),
    ("an open question's words", "de-escalation over confrontation", REAL, "#open-questions"),
    ("several words, anywhere in the briefing", "Putin elections Kyiv", REAL, None),
    ("a word being typed", "Berezov", REAL, None),
    ("with stop words", "the contract of the harbour", HARBOUR, None),
    ("without accents or capitals", "jurgen muller", HARBOUR, "#key-quotes"),
    ("with accents", "Jürgen Müller", HARBOUR, "#key-quotes"),
    ("a hashtag's word", "schoolisback", SCHOOL, "#key-quotes"),
])
def test_search_finds_the_briefing(built_site, serve_dir, page, what, query, briefing, section):
    search(page, serve_dir(built_site), query)
    wait_for_result(page, briefing + (section or ""))
    found = {links[0]: links for links in results(page)}
    assert briefing in found, (what, found)
    if section:  # the section is listed under its briefing, not as a result of its own
        assert briefing + section in found[briefing], (what, found)
    assert page.console_errors == []


def test_the_briefing_with_the_word_in_its_title_comes_first(built_site, serve_dir, page):
    search(page, serve_dir(built_site), "ferry")
    wait_for_result(page, SCHOOL)
    assert [links[0] for links in results(page)] == [HARBOUR, SCHOOL]
    assert page.locator("li.md-search-result__item").first.locator("h1 mark").all_inner_texts() == ["ferry"]


def test_matches_are_highlighted_whole_words(built_site, serve_dir, page):
    search(page, serve_dir(built_site), "Berezov")
    wait_for_result(page, REAL)
    marks = page.locator(".md-search-result mark").all_inner_texts()
    assert marks and set(marks) == {"Berezovskaya"}


@pytest.mark.parametrize("query", ["xylophonic", "Putin ferry", "zarubinx", "q"])
def test_no_result_when_a_word_is_nowhere(built_site, serve_dir, page, query):
    """Every word must be in the same briefing: Putin and the ferry are in different ones.
    A one-letter word is a word, not the start of every word with that letter."""
    search(page, serve_dir(built_site), query, typed=False)
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.startsWith('No ')",
                           timeout=10_000)
    assert meta.inner_text() == "No matching documents"
    assert page.locator("li.md-search-result__item").count() == 0
    assert page.console_errors == []



def test_a_briefing_found_by_its_quote_links_with_the_words_to_highlight(built_site, serve_dir, page):
    search(page, serve_dir(built_site), "early ferry")  # both words only in the school's quote
    wait_for_result(page, SCHOOL + "#key-quotes")
    first = page.evaluate("() => new URL(document.querySelector('li.md-search-result__item a').href).searchParams.get('h')")
    assert first == "early ferry"
