"""What one seed costs a page: bounded, whatever the seed holds (issue 13). No timing here:
the tests count what made the old conversion quadratic (one Python-Markdown inline match,
and one stash entry, per escaped character) and measure the generated text.
``benchmarks/bad_seed_cost.py`` times real builds (benchmarks/RESULTS.md).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import markdown
import pytest

from generator.reader import MAX_SEED_BYTES
from generator.render.escape import MAX_INLINE, esc_inline, excerpt
from generator.site import build_pages
from test_fuzz import BIG

SITE_EXTENSIONS = ["admonition", "attr_list", "tables", "toc"]  # as in mkdocs.yml
INERT = "generator.render.inert_text"  # added by the plugin

COLON_QUOTE = 'The council met on Monday. "' + ":" * 40_000 + '," Mayor Ann Lee said on Tuesday.\n'
AMPERSANDS = "Ampersands follow. " + "&" * 80_000 + "\n"
ONE_WORD = "council " * 40_000


def _pages(text: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "seed.txt").write_text(text, "utf-8")
        content = build_pages(Path(tmp))
    assert len(content.briefings) == 1, content.errors
    return {uri: page for uri, page in content.pages.items() if uri.endswith(".md")}


def _convert(page: str, extensions: list[str]) -> tuple[str, int]:
    """The page's HTML and how many inline matches and raw blocks were stashed for it."""
    md = markdown.Markdown(extensions=extensions)
    html = md.convert(page)
    return html, md.htmlStash.html_counter


@pytest.mark.parametrize("seed", [COLON_QUOTE, AMPERSANDS], ids=["colon-quote", "ampersands"])
def test_escaped_seed_text_is_a_few_inline_matches_not_one_per_character(seed):
    for uri, page in _pages(seed).items():
        html, stashed = _convert(page, SITE_EXTENSIONS + [INERT])
        assert stashed < 200, (uri, stashed)
    # Without the extension each character reference is a match of its own: the count measures that
    # (hundreds on this page, where the extension needs a handful).
    briefing = _pages(seed)["briefings/seed.md"]
    assert _convert(briefing, SITE_EXTENSIONS)[1] > 500


@pytest.mark.parametrize("text", [
    "Plain words only",
    "R&D: <b>bold</b> [not a link](x) *not em* `not code` {: .x} a_b_c \\ | ~ ^ $ # ' \"",
    "&amp; &#60; &lt;script&gt; (:(:( ) ! = %",
    ":" * 300 + " and " + "&" * 300,
])
def test_the_extension_changes_no_byte_of_the_html(text):
    """Whatever the text, and next to links, emphasis and attribute lists of the generator."""
    page = "\n".join([
        f"# {esc_inline(text)}", "",
        f"1. {esc_inline(text)} [¶1](#s1 \"Go to the sentence\"){{ data-search-exclude }}", "",
        f"> “{esc_inline(text)}”", ">", f"> — [{esc_inline(text)}](../actors/x.md) · *{esc_inline(text)}*", "",
        f"| {esc_inline(text)} | **{esc_inline(text)}** |", "|---|---|", f"| {esc_inline(text)} | x |", "",
    ])
    assert _convert(page, SITE_EXTENSIONS + [INERT])[0] == _convert(page, SITE_EXTENSIONS)[0]


def test_a_sentence_without_stops_is_shown_whole_only_in_the_source_text():
    pages = _pages(ONE_WORD)
    briefing = pages["briefings/seed.md"]
    # the source text once, in full; the TL;DR, the summary and the home page cut
    assert len(ONE_WORD) < len(briefing) < 1.2 * len(ONE_WORD)
    assert all(len(line) < len(ONE_WORD) // 10 for line in briefing.splitlines() if "briefing-sentence" not in line)
    assert all(len(page) < 20 * MAX_INLINE for uri, page in pages.items() if uri != "briefings/seed.md")


@pytest.mark.parametrize(("text", "expected"), [
    ("short", "short"),
    ("word " * 300, ("word " * 200).rstrip() + "…"),
    ("x" * 1500, "x" * 1000 + "…"),
])
def test_excerpt(text, expected):
    assert excerpt(text) == expected


@pytest.mark.fuzz
@pytest.mark.parametrize("unit", ["&", ":", "council ", "[x]{y}<z>|_*#`\\ ", '"::&&" said Ann Lee. ', "(:"])
def test_a_seed_at_the_size_limit_is_a_few_inline_matches(unit):
    """``make fuzz``: every kind of seed at the 2 MiB limit (50 KB in ``make test``)."""
    size = MAX_SEED_BYTES if BIG else 50_000
    text = "Words first. " + unit * (size // len(unit.encode()) - 20)
    for uri, page in _pages(text).items():
        assert _convert(page, SITE_EXTENSIONS + [INERT])[1] < 200, uri


def test_a_sentence_with_many_figures_is_shown_once_in_the_facts():
    figures = "".join(f"${i}.5m and {i}% on {i % 28 + 1} March 2025, " for i in range(1, 201))  # one sentence
    briefing = _pages(f"Figures follow. {figures}.\n")["briefings/seed.md"]
    facts = briefing[briefing.index("## Facts"):briefing.index("## Source text")]
    assert facts.count("the same sentence") > 100
    assert len(facts) < len(figures) * 30  # each fact repeating its 6 KB sentence: 100 times as long
