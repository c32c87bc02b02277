"""The built site in headless Chromium: search finds the seed's briefing."""
from __future__ import annotations

import pytest

from sitebuild import make_project, mkdocs_build

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def built_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("search"))
    mkdocs_build(project)
    return project / "site"


@pytest.mark.parametrize("query", ["Zarubin", "Berezovskaya"])
def test_searching_a_journalists_name_finds_the_briefing(built_site, serve_dir, page, query):
    page.goto(serve_dir(built_site) + "/")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query)  # Material searches on key events, not on fill()
    results = page.locator("li.md-search-result__item")
    results.first.wait_for(timeout=10_000)
    hrefs = [a.get_attribute("href") for a in page.locator("li.md-search-result__item a").all()]
    assert any("briefings/000-0b7a11e69ca9f520" in (h or "") for h in hrefs), hrefs
    assert page.console_errors == []
