"""Property-based tests: no text, front matter or bytes can break the reader, the analysis
or the pages.

- The reader raises nothing but ``SeedError`` (the documented error), whatever the bytes.
- The analysis raises nothing, on any text, and every offset it returns lies inside the
  text (spans the JSON contract promises are exact slices of it).
- The generated pages, converted with the site's Markdown extensions, hold no element,
  event handler or URL that could act, whatever the seed says.
- Pathological long inputs are analysed in bounded time (no quadratic extractor).

Quick by default (200 examples per test); ``make fuzz`` (``HYPOTHESIS_PROFILE=fuzz``) runs
10,000 per test and the long inputs at the seed size limit. ``FUZZ_EXAMPLES=N`` overrides.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.analysis import analyze
from generator.errors import SeedError
from generator.model import Article
from generator.reader import KNOWN_KEYS, MAX_SEED_BYTES, decode_seed, parse_seed
from generator.serialize import briefing_to_dict
from generator.site import build_pages

pytestmark = pytest.mark.fuzz

BIG = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES") or (10_000 if BIG else 200))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces of news text and of trouble: names, reporting verbs, abbreviations, figures, every
# kind of quotation mark, line breaks, markup, template syntax, invisible characters, scripts.
TOKENS = [
    "The", "council", "said", "says", "told", "Mr.", "Dr.", "U.S.", "Jane", "Doe", "Ann Lee", "Mayor", "BBC", "he", "she",
    "who", "whether", "why", "?", ".", "!", "...", "…", ",", ";", ":", "—", "-", "(", ")", "[", "]",
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "``", "''",
    " ", " ", " ", "  ", "\t", "\n", "\n\n", "\n \n", "\r\n", "\u00a0", "\u3000", "\u2028", "\u2029", "\x85", "\x0c",
    "$4.5m", "£1bn", "12%", "1,000", "3.5", "2025", "March 3, 2025", "3 March", "Monday", "per cent",
    "<script>", "</p>", "<b onclick=x>", "&amp;", "&#60;", "javascript:", "{{", "}}", "{%", "%}", "{:", "|", "#", "*", "_",
    "`", "~", "^", "$", "\\", "---", "===", "> ", "1. ", "- ", "    ",
    "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\x00", "\x02", "\x03", "\x1b", "\U000e0041",
    "é", "e\u0301", "ß", "İ", "ﬁ", "新闻", "مرحبا", "שלום", "👍", "👨‍👩‍👧", "\ufffd",
]
news_text = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)), max_size=80).map(" ".join)
any_text = st.one_of(st.text(), news_text, news_text.map(lambda t: t.replace(" ", "")))

scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30),
                   st.dates().map(str), st.sampled_from(["2025-02-30", "2025-13-01", "0000-01-01", "last Tuesday", ""]))
yaml_value = st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                          st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                          max_leaves=8)
front_matter_dict = st.dictionaries(st.one_of(st.sampled_from(KNOWN_KEYS), st.text(max_size=10)), yaml_value, max_size=6)
YAML_BITS = ["title:", "published:", "tags:", "slug:", "url:", " ", "\n", "  ", "- ", "[", "]", "{", "}", ",", ":", "&a",
             "*a", "!!binary", "!!python/object:os.system", "? ", "|", ">", "'", '"', "#", "%YAML 1.2", "---", "...",
             "2025-02-30", "2025-03-02", "12", "~", "null", "yes", "\t", "\\", "@", "`"]
front_matter_text = st.one_of(
    front_matter_dict.map(lambda d: yaml.safe_dump(d, allow_unicode=True, sort_keys=False)),
    st.lists(st.one_of(st.sampled_from(YAML_BITS), st.text(max_size=5)), max_size=30).map("".join),
)


def _check_span(item, body: str, *, exact: bool) -> None:
    assert 0 <= item.start <= item.end <= len(body), (item, len(body))
    if exact:
        assert body[item.start:item.end] == item.text, item


def check_briefing(b, body: str) -> None:
    """The invariants every briefing keeps, whatever its text."""
    n = len(b.sentences)
    for i, s in enumerate(b.sentences):
        assert s.index == i and 0 <= s.paragraph < len(b.paragraphs)
        _check_span(s, body, exact=True)
    for p in b.paragraphs:
        assert 0 <= p.start <= p.end <= len(body)
    for s in b.summary:
        _check_span(s, body, exact=True)
        assert 0 <= s.sentence < n
    if b.tldr:  # the lead's main clause: its words come from the sentence it links to
        _check_span(b.tldr, body, exact=False)
        assert 0 <= b.tldr.sentence < n
        assert all(len(b.tldr.text) < len(s.text) for s in b.summary)
    for q in b.quotes:
        _check_span(q, body, exact=True)
        assert 0 <= q.sentence < n
    for q in b.questions:
        _check_span(q, body, exact=False)
        assert 0 <= q.sentence < n
    for f in b.facts:
        _check_span(f, body, exact=False)
        assert 0 <= f.sentence < n
    for a in b.actors:
        assert a.kind in ("person", "organization", "place", "group") and a.name.strip()
        for m in a.mentions:
            _check_span(m, body, exact=False)
    assert isinstance(b.title, str)
    json.dumps(briefing_to_dict(b))


@FUZZ
@given(body=any_text)
@example(body="")
@example(body='"' * 50)
@example(body="“" + "a " * 40)
@example(body="Mr. " * 30)
@example(body="\n\n\n")
def test_analysis_never_raises_and_offsets_stay_inside_the_text(body):
    check_briefing(analyze(Article(id="x", body=body)), body)


@FUZZ
@given(data=st.one_of(st.binary(), any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      any_text.map(lambda t: t.encode("utf-16")), any_text.map(lambda t: t.encode("cp1252", "replace"))),
       suffix=st.sampled_from([".txt", ".md"]))
def test_any_bytes_become_an_article_or_a_seed_error(data, suffix):
    try:
        text, warnings = decode_seed(data, "x" + suffix)
        article = parse_seed(text, "x" + suffix, warnings=warnings)
    except SeedError as exc:
        assert exc.path == "x" + suffix and exc.reason
        return
    assert "\r" not in article.body and re.search(r"\w", article.body)
    check_briefing(analyze(article), article.body)


@FUZZ
@given(front_matter=front_matter_text, body=any_text, name=st.text(min_size=1, max_size=20))
@example(front_matter="a: &a [1]\nb: *a", body="Text.", name="x")
@example(front_matter="[" * 2000 + "]" * 2000, body="Text.", name="x")
@example(front_matter="published: 2025-02-30", body="Text.", name="x")
@example(front_matter="slug: ../../etc/passwd", body="Text.", name="x")
def test_any_front_matter_becomes_an_article_or_a_seed_error(front_matter, body, name):
    text = f"---\n{front_matter}\n---\n{body}"
    try:
        article = parse_seed(text, f"{name}.md")
    except SeedError as exc:
        assert exc.reason and (exc.line is None or exc.line >= 1)
        return
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", article.id) and len(article.id) <= 90
    for value in (article.title, article.source, article.author, article.url):
        assert value is None or (value.strip() == value and value and "\n" not in value)
    assert all(isinstance(t, str) and t for t in article.tags)


# --- pages ---------------------------------------------------------------------------------

MD_EXTENSIONS = ["admonition", "attr_list", "tables", "toc",  # as in mkdocs.yml
                 "generator.render.inert_text"]  # added by the plugin
# svg is left out: the actors chart is an SVG of our own; scripts, handlers and URLs in it are still caught
ACTIVE_TAGS = {"script", "iframe", "frame", "object", "embed", "base", "meta", "link", "form", "math", "img",
               "style", "details", "template", "video", "audio", "source", "input", "button", "textarea", "select"}
SAFE_HREF = re.compile(r"(?:https?://|mailto:|#|\.\./|[a-z0-9-]+/|[a-z0-9-]+\.(?:md|xml|json))", re.IGNORECASE)


class _Tags(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag in ACTIVE_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in ("style", "srcdoc", "formaction"):
                self.problems.append(f"<{tag} {name}>")
            if name in ("href", "src", "action") and not SAFE_HREF.match((value or "").strip()):
                self.problems.append(f"<{tag} {name}={value!r}>")

    handle_startendtag = handle_starttag


@FUZZ
@given(body=any_text, title=st.one_of(st.none(), any_text), source=any_text, url=any_text, suffix=st.sampled_from([".md", ".txt"]))
@example(body="<script>alert(1)</script>\n\n\u00a0\n<img src=x onerror=alert(2)>", title="</title><script>", source="x",
         url="javascript:alert(1)", suffix=".md")
def test_generated_pages_hold_nothing_that_could_act(body, title, source, url, suffix):
    meta = {"title": title, "source": source, "url": url, "author": source}
    seed = f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n{body}" if suffix == ".md" else body
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "seed" + suffix).write_bytes(seed.encode("utf-8", "surrogatepass"))
        content = build_pages(Path(tmp))
    assert len(content.briefings) + len(content.errors) == 1
    for uri, page in content.pages.items():
        if uri.endswith(".md"):
            html = markdown.markdown(page, extensions=MD_EXTENSIONS)
            assert _Tags(html).problems == [], uri


# --- long inputs -----------------------------------------------------------------------------

LONG_SIZE = MAX_SEED_BYTES if BIG else 100_000
LONG_BUDGET = 60.0 if BIG else 5.0  # seconds; linear extractors need well under a tenth of it
PATTERNS = {
    "sentences": "The mayor said it. ", "initials": "A. ", "abbreviations": "Mr. ", "one-word": "x",
    "lines": "word\n", "paragraphs": "w\n\n", "straight-quotes": '"', "curly-quotes": "“a” ", "open-quotes": "“word ",
    "numbers": "1,000 ", "figures": "$4.5m and 12% on 3 March 2025. ", "capitals": "Big Name ", "questions": "Why? ",
    "attributions": '"Yes," said Jane Doe. ', "markup": "<b>{{x}}</b> | # ",
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_long_pathological_text_is_analysed_in_bounded_time(name):
    unit = PATTERNS[name]
    body = unit * (LONG_SIZE // len(unit.encode()))
    started = time.perf_counter()
    b = analyze(Article(id="x", body=body))
    elapsed = time.perf_counter() - started
    check_briefing(b, body)
    assert elapsed < LONG_BUDGET, f"{name}: {len(body)} characters took {elapsed:.1f}s"
