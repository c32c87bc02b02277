"""Browsing tests/browse_seeds in headless Chromium at 1280 and 400 px: the filters on the
home page and the timeline, "New" marks, related briefings and a story thread. Screenshots
go to /tmp/shots/browse/ for a human look."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitebuild import make_project, mkdocs_build
from test_browse_site import browse_seeds

pytestmark = pytest.mark.browser
SHOTS = Path("/tmp/shots/browse")
WIDTHS = [1280, 400]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("browse-browser"), browse_seeds(), real_seed=False)
    mkdocs_build(project)
    return project / "site"


def open_home(page, base: str, width: int, path: str = "index.html"):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{base}/{path}")
    page.wait_for_selector(".briefings-browse__form")


def results(page) -> list[str]:
    return page.eval_on_selector_all(".briefings-browse__results li > a", "els => els.map(e => e.textContent)")


def hrefs(page) -> list[str]:
    return page.eval_on_selector_all(".briefings-browse__results li > a", "els => els.map(e => e.getAttribute('href'))")


def fits(page, width: int) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    for box in page.locator(".briefings-browse__form input, .briefings-browse__form select").all():
        b = box.bounding_box()
        assert b["x"] >= 0 and b["x"] + b["width"] <= width and b["height"] >= 24


@pytest.mark.parametrize("width", WIDTHS)
def test_filters_by_actor_theme_source_and_date(site, serve_dir, page, width):
    base = serve_dir(site)
    open_home(page, base, width)
    fits(page, width)
    own = page.locator("h2 a[href='briefings/budget/']")
    assert own.is_visible()
    page.fill("input[name=actor]", "Sara Lind")
    assert sorted(hrefs(page)) == sorted(f"briefings/{i}/" for i in ("strike-day1", "strike-day2", "strike-day3", "harbour-lease"))
    assert not own.is_visible()  # the page's own list gives way to the matches
    assert page.locator(".briefings-browse__status").inner_text() == "4 of 14 briefings match"
    page.screenshot(path=str(SHOTS / f"home-actor-{width}.png"), full_page=True)
    page.fill("input[name=actor]", "")
    page.select_option("select[name=theme]", "tennis")
    assert results(page) == ["Ortiz climbs to third in the world tennis ranking", "Lena Ortiz wins the Velden Open tennis final"]
    page.select_option("select[name=theme]", "")
    page.select_option("select[name=source]", "Valley Radio")
    assert len(results(page)) == 2 and all("River Mesta" in t for t in results(page))
    page.select_option("select[name=source]", "")
    page.fill("input[name=from]", "2025-05-01")
    page.fill("input[name=to]", "2025-05-31")
    assert hrefs(page) == [f"briefings/{i}/" for i in ("strike-day3", "strike-day2", "strike-day1")]
    page.click(".briefings-browse__form button[type=reset]")
    page.wait_for_function("document.querySelectorAll('.briefings-browse__results li').length === 0")
    assert own.is_visible() and page.locator(".briefings-browse__status").inner_text() == ""
    assert page.console_errors == []


def test_a_filter_result_opens_its_briefing_and_seed_markup_stays_text(site, serve_dir, page):
    base = serve_dir(site)
    open_home(page, base, 1280)
    page.fill("input[name=actor]", "olga")
    titles = results(page)
    assert "<img src=x onerror=alert(1)> Hackers target the <b>Velden</b> library" in titles
    assert page.locator(".briefings-browse__results img, .briefings-browse__results b, .briefings-browse__results script").count() == 0
    options = page.eval_on_selector_all("select[name=source] option", "els => els.map(e => e.textContent)")
    assert "<script>alert('source')</script> (1)" in options
    page.locator(".briefings-browse__results a", has_text="Velden library restores").click()
    page.wait_for_url(re.compile(r"/briefings/library-cyber/$"))
    assert page.console_errors == []


def test_new_since_a_chosen_date_is_marked_and_remembered(site, serve_dir, page):
    base = serve_dir(site)
    open_home(page, base, 1280)
    assert page.locator(".briefing-new").count() == 0  # first visit: nothing is new yet
    page.fill("input[name=since]", "2025-06-01")
    page.locator("input[name=since]").dispatch_event("change")
    marked = page.eval_on_selector_all("h2:has(.briefing-new) a", "els => els.map(e => e.getAttribute('href'))")
    assert marked == ["briefings/tennis-ranking/", "briefings/tennis-final/"]
    page.reload()
    page.wait_for_selector(".briefings-browse__form")
    assert page.locator("input[name=since]").input_value() == "2025-06-01"  # kept in this browser
    assert page.locator("h2 .briefing-new").count() == 2
    page.check("input[name=new]")
    assert len(results(page)) == 2
    assert page.console_errors == []


def test_briefings_not_seen_on_the_last_visit_are_new(site, serve_dir, page):
    base = serve_dir(site)
    open_home(page, base, 1280)
    page.evaluate("localStorage.setItem('briefings-seen', JSON.stringify(['budget', 'museum']))")
    page.reload()
    page.wait_for_selector(".briefings-browse__form")
    assert page.locator("h2 .briefing-new").count() == 12  # all but the two seen before
    assert page.locator("h2:has(a[href='briefings/budget/']) .briefing-new").count() == 0


@pytest.mark.parametrize("width", WIDTHS)
def test_the_timeline_filters_too(site, serve_dir, page, width):
    base = serve_dir(site)
    open_home(page, base, width, "timeline/index.html")
    fits(page, width)
    page.fill("input[name=actor]", "Anna Varga")
    assert hrefs(page) == ["../briefings/flood-crest/", "../briefings/flood-warning/"]
    assert not page.locator("article a[href='2025-05/']").is_visible()
    page.screenshot(path=str(SHOTS / f"timeline-{width}.png"), full_page=True)
    assert page.console_errors == []


@pytest.mark.parametrize("width", WIDTHS)
def test_related_briefings_and_the_thread_page(site, serve_dir, page, width):
    base = serve_dir(site)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{base}/briefings/strike-day2/")
    related = page.locator("#related-briefings ~ ul").first
    assert related.is_visible()
    first = related.locator("li").first
    assert "Port Alma dock strike ends with a pay deal" in first.inner_text()
    assert "both name" in first.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(SHOTS / f"related-{width}.png"), full_page=True)
    page.locator("a", has_text="what each one adds").click()
    page.wait_for_url(re.compile(r"/threads/strike-day1/$"))
    headings = page.locator("article h2").all_inner_texts()
    assert [h.split(". ", 1)[1] for h in headings] == ["Dock workers at Port Alma walk out over pay",
                                                       "Port Alma dock strike enters second day as ships divert",
                                                       "Port Alma dock strike ends with a pay deal"]
    assert page.locator("article ul").nth(0).locator("li").first.inner_text().startswith("The dock strike entered its second day")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(SHOTS / f"thread-{width}.png"), full_page=True)
    assert page.console_errors == []
