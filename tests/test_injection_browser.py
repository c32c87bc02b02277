"""Seed text is data, never markup: hostile seeds built with a real ``mkdocs build``.

Every payload in ``tests/bad_seeds/hostile-*.md`` carries an ``XSS-`` marker. The built site
is read with ``html.parser`` and compared with a build without the hostile seeds: no
script, element, event handler or ``javascript:`` URL comes from a seed, and the payloads
show as their literal text. Headless Chromium then opens the pages and searches for the
payloads: no dialog may open.
"""
from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sitebuild import make_project, mkdocs_build

CORPUS = Path(__file__).parent / "bad_seeds"
HOSTILE = sorted(CORPUS.glob("hostile-*.md"))
MARKER = "XSS-"
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc", "content", "background"}
BAD_SCHEME = re.compile(r"\A(?:javascript|vbscript|data):", re.IGNORECASE)
ACTIVE_TAGS = {"script", "iframe", "frame", "object", "embed", "base", "meta", "link", "form", "svg", "math", "img",
               "style", "details", "template", "video", "audio", "source", "input", "button", "textarea", "select"}


class Page(HTMLParser):
    """What could act in a page: tags with their attributes, script and style bodies, text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str], ...]]] = []
        self.code: list[tuple[str, str]] = []  # (script|style, body)
        self.text: list[str] = []
        self._in: str | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple((k, v or "") for k, v in attrs)))
        if tag in ("script", "style"):
            self._in = tag
            self.code.append((tag, ""))

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in:
            kind, body = self.code[-1]
            self.code[-1] = (kind, body + data)
        else:
            self.text.append(data)

    @property
    def plain(self) -> str:
        return " ".join("".join(self.text).split())


def _pages(site: Path) -> dict[str, Page]:
    return {p.relative_to(site).as_posix(): Page(p.read_text("utf-8")) for p in sorted(site.rglob("*.html"))}


def _is_chart(tag: str, attrs) -> bool:
    """The actors chart: an SVG of the generator's own, whose only seed text is its escaped label."""
    return tag == "svg" and {name for name, _ in attrs} <= {"viewbox", "role", "aria-label", "class"}


def _problems(page: Page, allowed_tags: set, allowed_code: set) -> list[str]:
    problems = []
    for tag, attrs in page.tags:
        for name, value in attrs:
            squeezed = re.sub(r"[\s\x00-\x1f]", "", value)
            if name.startswith("on") and (tag, attrs) not in allowed_tags:
                problems.append(f"event handler <{tag} {name}={value!r}>")
            if name in URL_ATTRS and BAD_SCHEME.match(squeezed) and (tag, attrs) not in allowed_tags:
                problems.append(f"active URL <{tag} {name}={value!r}>")
            if MARKER in value and not (name == "href" and re.match(r"(?:https?://|mailto:)", value)):
                problems.append(f"seed text inside a tag <{tag} {name}={value!r}>")
            if MARKER in name:
                problems.append(f"seed text as an attribute name <{tag} {name}>")
        if tag in ACTIVE_TAGS and (tag, attrs) not in allowed_tags and not _is_chart(tag, attrs):
            problems.append(f"element not in the clean build <{tag} {attrs}>")
        if MARKER in tag:
            problems.append(f"seed text as a tag name <{tag}>")
    for kind, body in page.code:
        if body.strip() and (kind, body) not in allowed_code:
            problems.append(f"{kind} not in the clean build: {body[:80]!r}")
    return problems


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    clean = make_project(tmp_path_factory.mktemp("clean"))
    hostile = make_project(tmp_path_factory.mktemp("hostile"))
    for path in HOSTILE:
        shutil.copy(path, hostile / "seeds" / path.name)
    for project in (clean, hostile):
        mkdocs_build(project, strict=True)
    return clean / "site", hostile / "site"


def test_the_corpus_has_hostile_seeds():
    assert len(HOSTILE) >= 2
    assert all(MARKER in p.read_text("utf-8") for p in HOSTILE)


def test_no_script_handler_element_or_javascript_url_comes_from_a_seed(sites):
    clean, hostile = sites
    clean_pages = _pages(clean)
    allowed_tags = {t for p in clean_pages.values() for t in p.tags}
    allowed_code = {c for p in clean_pages.values() for c in p.code}
    pages = _pages(hostile)
    assert any(MARKER in p.plain for p in pages.values()), "the payloads did not reach the pages"
    problems = {uri: found for uri, page in pages.items() if (found := _problems(page, allowed_tags, allowed_code))}
    assert problems == {}


def test_the_search_index_holds_payloads_only_as_text(sites):
    _, hostile = sites
    docs = json.loads((hostile / "search" / "search_index.json").read_text("utf-8"))["docs"]
    assert any(MARKER in d["title"] + d["text"] for d in docs)
    for d in docs:
        for field in ("title", "text"):
            # Material shows these as HTML: a payload must be escaped in them too.
            page = Page(d[field])
            assert _problems(page, set(), set()) == [], (d["location"], field)
            assert not {tag for tag, _ in page.tags} & ACTIVE_TAGS, (d["location"], field)


def _page_text(site: Path, slug: str) -> str:
    return Page((site / "briefings" / slug / "index.html").read_text("utf-8")).plain


def test_payloads_in_front_matter_show_as_their_literal_text(sites):
    _, hostile = sites
    html = (hostile / "briefings" / "hostile-front-matter" / "index.html").read_text("utf-8")
    page = Page(html)
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.DOTALL).group(1)
    assert Page(h1).plain == ("<script>alert('XSS-title')</script> | ## {{ config.site_name }} "
                              "{% if 1 %}*bold*{% endif %} [x](javascript:alert('XSS-tlink'))")
    assert "<img src=x onerror=alert('XSS-source')>" in page.plain
    assert "by \"><svg onload=alert('XSS-author')>" in page.plain
    # the javascript: URL is not a link: the source name is shown without one
    assert not any(name == "href" and "XSS" in value for _, attrs in page.tags for name, value in attrs)



@pytest.mark.parametrize("page", ["tags/index.html", "briefings/hostile-tooltip-title/index.html"])
def test_tag_names_show_as_their_literal_text(sites, page):
    """Material writes tag names into the page unescaped: ``&ltimg&gt`` must stay those characters."""
    _, hostile = sites
    text = Page((hostile / page).read_text("utf-8")).plain
    assert "&ltimg&gtXSS-WIDE-" in text
    assert "<img>XSS-WIDE" not in text

@pytest.mark.parametrize("line", [
    "# A heading mark that must stay text",
    "<script>alert('XSS-script')</script> The mayor spoke on Monday.",
    "Click [here](javascript:alert('XSS-mdlink')) or <a href=\"javascript:alert('XSS-a')\">here</a>",
    "| a | b | table pipes | and **bold** and _em_ and `code` and ![img](x\" onerror=\"alert('XSS-img'))",
    "{{ config.extra }} {% include 'x' %} ${alert('XSS-template')} {: onclick=\"alert('XSS-attrlist')\" }",
    "&lt;script&gt;alert('XSS-entity')&lt;/script&gt; &#60;img src=x onerror=alert('XSS-charref')&#62;",
    "</div></p><script>alert('XSS-close')</script><p>",
])
def test_payloads_in_the_body_show_as_their_literal_text(sites, line):
    _, hostile = sites
    assert line in _page_text(hostile, "hostile-body")


def test_only_http_links_are_made_from_seed_urls(sites):
    _, hostile = sites
    page = Page((hostile / "briefings" / "hostile-body" / "index.html").read_text("utf-8"))
    hrefs = [v for _, attrs in page.tags for k, v in attrs if k == "href" and "example.com" in v]
    assert hrefs == ["https://example.com/story?a=1&b=XSS-2"]


@pytest.mark.browser
def test_no_dialog_opens_on_any_page_or_search(sites, serve_dir, page):
    _, hostile = sites
    base = serve_dir(hostile)
    dialogs: list[str] = []

    def on_dialog(dialog):
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    urls = ["/", "/actors/"] + [f"/briefings/{p.stem}/" for p in HOSTILE]
    for url in urls:
        response = page.goto(base + url)
        assert response is not None and response.ok, url
        page.wait_for_load_state("load")
        page.mouse.move(200, 200)
        page.mouse.move(400, 300)
    found = 0
    for query in ("XSS", "script", "breakout", "title"):
        page.goto(base + "/")
        page.click("input.md-search__input")
        page.keyboard.type(query, delay=30)  # Material searches on key events, not on fill()
        page.wait_for_function("/matching|No /.test(document.querySelector('.md-search-result__meta').textContent)",
                               timeout=10_000)
        page.wait_for_timeout(300)
        found += page.locator(".md-search-result__item").count()
    assert found, "no search showed a result: the payloads were not rendered in results"
    assert dialogs == []
    assert page.evaluate("typeof window.__pwned") == "undefined"


RESULT_TAGS = {"li", "a", "article", "div", "h1", "h2", "p", "ul", "mark", "nav", "span", "details", "summary"}


@pytest.mark.browser
@pytest.mark.parametrize(("query", "shown"), [
    ("onerror", "<img src=x onerror=alert('XSS-quote')> is what we will build"),   # a key quote
    ("script alert", "<script>alert('XSS-title')</script>"),                          # a title
    ("pwned", "</title><script>window.__pwned=1;alert('XSS-breakout')</script><title>"),
    ("lt gt", None),  # names of character references ("&lt;") are not words: nothing to find
])
def test_a_searched_payload_shows_as_its_text_in_the_results(sites, serve_dir, page, query, shown):
    """Results are inserted as HTML: the search worker only wraps words of text in <mark>."""
    _, hostile = sites
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(serve_dir(hostile) + "/")
    page.click("input.md-search__input")
    page.keyboard.type(query, delay=30)
    page.wait_for_function("/matching|No /.test(document.querySelector('.md-search-result__meta').textContent)",
                           timeout=10_000)
    page.wait_for_timeout(300)  # the last key's result
    results = page.locator(".md-search-result__list")
    text = results.text_content()
    if shown is None:
        assert page.locator(".md-search-result__item").count() == 0
    else:
        assert shown in text
        words = set(query.split())
        assert {m.lower() for m in page.locator(".md-search-result__list mark").all_text_contents()} == words
    assert "&lt" not in text and "&gt" not in text and "&amp" not in text
    tags = page.evaluate("[...document.querySelectorAll('.md-search-result__list *')].map(e => e.localName)")
    assert set(tags) <= RESULT_TAGS
    assert dialogs == [] and page.console_errors == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
