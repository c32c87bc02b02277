"""The built site in headless Chromium: search, actor links, provenance links, no console
errors, and pages that fit a 400 px phone. Screenshots go to /tmp/shots/ for a human look."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader_fixtures import SEEDS, TITLES
from sitebuild import make_project, mkdocs_build

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/shots/site")  # other checkouts save theirs in /tmp/shots too


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("browser"), SEEDS)
    mkdocs_build(project)
    return project / "site"


def search(page, words: str) -> list[str]:
    """Type into Material's search box and return the result links."""
    box = page.locator("input.md-search__input")
    box.click()  # the box is in the header on a desktop-wide screen
    # Material searches on key events once its worker has loaded the index: type like a reader
    page.wait_for_function("!document.querySelector('.md-search-result__meta').textContent.includes('Initializing')")
    box.press_sequentially(words, delay=20)
    last = words.split()[-1].lower()
    # results follow the typing: wait for the ones that highlight the last word
    page.wait_for_function("w => [...document.querySelectorAll('.md-search-result__item a')]"
                           ".some(a => a.href.includes(w))", arg=last, timeout=10_000)
    return page.eval_on_selector_all(".md-search-result__item > a:first-child", "els => els.map(e => e.href)")


@pytest.mark.parametrize("words, slug", [
    ("Nobody wins a strike", "harbour"),            # words of a quote
    ("buses of the last century", "budget"),
    ("Sara Lind", "harbour"),                       # a name
])
def test_search_finds_the_briefing_of_a_quote_or_a_name(site, serve_dir, page, words, slug):
    base = serve_dir(site)
    page.goto(f"{base}/index.html")
    links = search(page, words)
    assert any(f"/briefings/{slug}/" in link for link in links[:3]), links
    assert page.console_errors == []


def test_clicking_an_actor_opens_their_page_which_lists_the_briefing(site, serve_dir, page):
    base = serve_dir(site)
    page.goto(f"{base}/briefings/bridge/")
    page.locator("article table a", has_text="Maria Keller").first.click()
    page.wait_for_url(re.compile(r"/actors/maria-keller/$"))
    assert page.locator("h1").inner_text() == "Maria Keller"
    listed = page.locator("li a", has_text=TITLES["bridge"])
    assert listed.count() == 1
    listed.click()
    page.wait_for_url(re.compile(r"/briefings/bridge/$"))
    assert page.console_errors == []


def test_a_summary_link_lands_on_its_highlighted_sentence(site, serve_dir, page):
    base = serve_dir(site)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{base}/briefings/harbour/")
    link = page.locator("#summary + ol li a[href^='#s']").last
    target = link.get_attribute("href")
    sentence_text = page.locator(target).inner_text()
    link.click()
    page.wait_for_function(f"location.hash === '{target}'")
    sentence = page.locator(target)
    assert sentence.is_visible() and sentence.inner_text() == sentence_text
    box = sentence.bounding_box()
    assert 0 <= box["y"] < 800  # scrolled into view, below nothing
    styles = page.evaluate("""t => {
        const s = getComputedStyle(document.querySelector(t));
        const other = [...document.querySelectorAll('.briefing-sentence')].find(e => '#' + e.id !== t);
        return [s.outlineStyle, s.backgroundColor, getComputedStyle(other).backgroundColor];
    }""", target)
    assert styles[0] == "solid" and styles[1] != styles[2]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "target-sentence-1280.png"))
    assert page.console_errors == []


def all_pages(site: Path) -> list[str]:
    return sorted("/" + p.parent.relative_to(site).as_posix().replace(".", "").strip("/") + "/"
                  for p in site.rglob("index.html") if "search" not in p.parts)


def test_no_page_logs_a_console_error(site, serve_dir, page):
    base = serve_dir(site)
    pages = [p.replace("//", "/") for p in all_pages(site)]
    assert len(pages) > 15
    for path in pages:
        page.goto(f"{base}{path}")
        page.wait_for_load_state("load")
    assert page.console_errors == []


SHOT_PAGES = {"home": "/", "briefing": "/briefings/bridge/", "actor": "/actors/maria-keller/",
              "actors": "/actors/", "timeline": "/timeline/", "month": "/timeline/2025-03/",
              "quality": "/quality/", "tags": "/tags/"}


@pytest.mark.parametrize("width", [1280, 400])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pages_fit_the_screen_and_are_saved_as_screenshots(site, serve_dir, browser, width, scheme):
    base = serve_dir(site)
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        for name, path in SHOT_PAGES.items():
            page.goto(f"{base}{path}")
            page.wait_for_load_state("load")
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{path} is {overflow}px wider than a {width}px screen"
            page.screenshot(path=str(SHOTS / f"{name}-{width}-{scheme}.png"), full_page=True)
    finally:
        context.close()
    assert errors == []
