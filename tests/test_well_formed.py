"""Every output is well-formed whatever the seed holds: ``feed.xml`` parses as XML 1.0 and
a page's generated front matter parses as YAML (issue 13: one U+FFFE broke both).

Characters XML 1.0 or YAML forbid (C0 controls but tab and line feed, lone surrogates,
noncharacters such as U+FFFE) are removed from a seed when it is read, with a note, and
from every value that reaches an output. ``make fuzz`` runs 10,000 texts per property.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import xml.etree.ElementTree as ET

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from generator.analysis import analyze
from generator.errors import SeedError
from generator.reader import parse_seed
from generator.render.briefing import front_matter, render_briefing
from generator.render.escape import FORBIDDEN, well_formed
from generator.render.feeds import briefings_json, rss_feed
from test_fuzz import FUZZ, TOKENS

pytestmark = pytest.mark.fuzz

# Any code point at all, lone surrogates and noncharacters included, and the troublemakers often.
TROUBLE = ["\ufffe", "\uffff", "\ufdd0", "\U0001fffe", "\U0010ffff", "\ud800", "\udfff", "\x00", "\x01", "\x0b",
           "\x1f", "\x7f", "\x85", "\x9f", "]]>", "<![CDATA[", "&", "<", "\r", "\t"]
every_char = st.characters(codec=None, exclude_categories=())
arbitrary = st.one_of(
    st.text(every_char),
    st.lists(st.one_of(st.sampled_from(TROUBLE + TOKENS), st.text(every_char, max_size=4)), max_size=40).map("".join),
)


def _front_matter(page: str) -> dict:
    assert page.startswith("---\n")
    return yaml.safe_load(page[4:page.index("\n---\n", 4)])


def _parse_feed(feed: str) -> ET.Element:
    # UTF-8 bytes, as a feed reader gets them: a lone surrogate could not even be written.
    return ET.fromstring(feed.encode("utf-8"))


def _briefing(body: str, title: str | None):
    try:
        article = parse_seed(f"Word. {body}", "seed.txt")
    except SeedError:
        return None
    b = analyze(article)
    return b if title is None else dataclasses.replace(b, title=title)  # a title no reader would keep


@FUZZ
@given(body=arbitrary, title=st.one_of(st.none(), arbitrary))
@example(body="Text with \ufffe and \uffff in it.", title="A \ufffe title \ud800")
@example(body="\x0b\x0c\x1f text", title="]]><script>")
def test_the_feed_and_the_front_matter_parse_whatever_the_text(body, title):
    b = _briefing(body, title)
    if b is None:
        return
    root = _parse_feed(rss_feed([b], site_name="Site \ufffe", site_url="https://example.com/"))
    assert root.find("channel/item/title") is not None
    page = render_briefing(b)
    meta = _front_matter(page)
    assert isinstance(meta["title"], str) and not FORBIDDEN.search(meta["title"])
    assert not FORBIDDEN.search(page)
    json.loads(briefings_json([b]).encode("utf-8"))


@FUZZ
@given(title=arbitrary, tags=st.lists(arbitrary, max_size=4))
def test_generated_front_matter_parses_for_any_title_and_tags(title, tags):
    meta = _front_matter("\n".join(front_matter(title, tags=tags)) + "\n")
    assert isinstance(meta.get("title"), str)
    assert all(isinstance(t, str) for t in meta.get("tags") or [])


@pytest.mark.parametrize("escape", ["\\uFFFE", "\\uFFFF", "\\uD800", "\\x01", "\\U0010FFFF", "\\uFDD0"])
def test_a_yaml_escape_cannot_bring_a_forbidden_character_into_the_outputs(escape):
    seed = f'---\ntitle: "Bridge {escape} vote"\ntags: ["a{escape}b"]\npublished: 2025-03-02\n---\nThe council voted.\n'
    b = analyze(parse_seed(seed, "seed.md"))
    assert b.title == "Bridge vote" and b.article.tags == ("ab",)
    _parse_feed(rss_feed([b], site_name="S", site_url=None))
    assert _front_matter(render_briefing(b))["title"] == "Bridge vote"


def test_forbidden_characters_in_a_seed_are_removed_with_a_note():
    article = parse_seed("---\ntitle: Bridge \ufffe vote\n---\nThe council\uffff voted.\n\x0bOn Monday.\n", "seed.md")
    assert article.title == "Bridge vote"
    assert article.body == "The council voted.\nOn Monday.\n"
    assert article.warnings == ("line 2: 3 characters that XML and YAML do not allow (U+FFFE, …) removed",)


@pytest.mark.parametrize(("text", "kept"), [
    ("a\ufffeb\uffff\ufdd0\ufdef\U0001fffe\U0010ffffc", "abc"),
    ("\x00\x08\x0b\x0c\x0e\x1f", ""),
    ("tab\tnew\nline\rcr", "tab\tnew\nline\rcr"),          # XML and YAML allow these
    ("\ufdcf\ufdf0\ufffd\U0001fffd\u00e9\U0001f44d", "\ufdcf\ufdf0\ufffd\U0001fffd\u00e9\U0001f44d"),
    ("lone \ud800 and \udfff", "lone  and "),
])
def test_well_formed_removes_exactly_what_xml_and_yaml_forbid(text, kept):
    assert well_formed(text) == kept


def test_a_date_before_the_year_1000_is_refused_with_its_line():
    with pytest.raises(SeedError) as err:
        parse_seed("---\ntitle: Old\npublished: 0999-12-31\n---\nText.\n", "old.md")
    assert err.value.line == 3 and "before the year 1000" in err.value.reason
    assert parse_seed("---\npublished: 1000-01-01\n---\nText.\n", "ok.md").published == dt.date(1000, 1, 1)
