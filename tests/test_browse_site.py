"""Browsing a pile of briefings, in a real ``mkdocs build`` of tests/browse_seeds (14 articles
written for the tests: one story in three articles, people shared across stories, an
undated one, one with markup in its title and tags): dates, home pages, related briefings,
story threads, themes, briefings.json and browse.json."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.render import home
from generator.site import build_pages
from sitebuild import make_project, mkdocs_build, search_index

SEEDS = Path(__file__).parent / "browse_seeds"
STRIKE = ["strike-day1", "strike-day2", "strike-day3"]


def browse_seeds() -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in sorted(SEEDS.iterdir()) if p.name != "README.md"}


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("browse"), browse_seeds(), real_seed=False)
    mkdocs_build(project)
    return project


@pytest.fixture(scope="module")
def data(project) -> dict[str, dict]:
    return {b["id"]: b for b in json.loads((project / "site" / "briefings.json").read_text("utf-8"))}


def html(project: Path, path: str) -> str:
    return (project / "site" / path / "index.html").read_text("utf-8")


def test_dates_come_from_front_matter_or_the_text_and_never_the_file(data, project):
    assert (data["strike-day1"]["published"], data["strike-day1"]["published_from"]) == ("2025-05-05", "front matter")
    assert (data["strike-day3"]["published"], data["strike-day3"]["published_from"]) == ("2025-05-08", "text")
    assert (data["harbour-lease"]["published"], data["harbour-lease"]["published_from"]) == ("2025-04-22", "text")
    assert (data["museum"]["published"], data["museum"]["published_from"]) == (None, None)
    page = html(project, "briefings/strike-day3")
    assert "found in the text: “PORT ALMA, May 8, 2025 - The dock strike" in page
    assert 'href="#s2"' in page  # the sentence it came from, in the source text
    assert "Date unknown" in html(project, "briefings/museum")


def test_home_lists_every_briefing_newest_first_with_undated_last(project, data):
    page = html(project, ".").split('class="briefings-list-end"')[0]
    order = re.findall(r'<h2 [^>]*><a href="briefings/([^/]+)/"', page)
    assert len(order) == 14 and order[-1] == "museum"
    dates = [data[i]["published"] for i in order[:-1]]
    assert dates == sorted(dates, reverse=True)
    assert "14 briefings, newest first (undated last) · showing 1–14" in page


def test_home_is_split_into_pages_that_reach_every_briefing(tmp_path, monkeypatch):
    monkeypatch.setattr(home, "HOME_PAGE_SIZE", 5)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in browse_seeds().items():
        (seeds / name).write_text(text, "utf-8")
    pages = build_pages(seeds).pages
    assert sorted(k for k in pages if k == "index.md" or k.startswith("page/")) == ["index.md", "page/2.md", "page/3.md"]
    listed = [m for k in ("index.md", "page/2.md", "page/3.md") for m in re.findall(r"\]\((?:\.\./)?briefings/([^.]+)\.md\)", pages[k])]
    assert len(listed) == len(set(listed)) == 14
    assert "showing 11–14" in pages["page/3.md"] and "[← Newer](../page/2.md)" in pages["page/3.md"]
    assert "Pages: [1](../index.md) [2](../page/2.md) **3**" in pages["page/3.md"]
    # Markdown links resolve from page/3.md; the script's fetch from its address page/3/
    assert 'data-root="../../"' in pages["page/3.md"]


def test_related_briefings_are_nearest_first_and_say_what_they_share(data, project):
    assert data["strike-day1"]["related"][:2] == ["strike-day2", "strike-day3"]
    assert data["tennis-final"]["related"][0] == "tennis-ranking"
    assert data["museum"]["related"] == []  # nothing close: nothing padded in
    assert all(1 <= len(b["related"]) <= 5 for i, b in data.items() if i != "museum")
    page = html(project, "briefings/strike-day1")
    related = page.split('id="related-briefings"')[1].split('id="source-text"')[0]
    assert "Port Alma dock strike enters second day" in related
    assert "both name Sara Lind, Tom Berg" in related and "“dock”" in related
    # people shared across stories: the harbour lease names Sara Lind too
    assert "harbour-lease" in data["strike-day1"]["related"]


def test_one_story_is_one_thread_whose_entries_say_what_they_add(data, project):
    assert {data[i]["thread"] for i in STRIKE} == {"strike-day1"}
    assert data["budget"]["thread"] is None and data["museum"]["thread"] is None
    page = html(project, "threads/strike-day1")
    entries = page.split("<h2")[1:]
    assert [re.search(r'href="\.\./\.\./briefings/([^/]+)/"', e).group(1) for e in entries] == STRIKE
    assert "Starts the story" in entries[0]
    assert "What it adds" in entries[1] and "three container ships diverted" in entries[1]
    assert "walked out on Monday" not in entries[1]  # the repeated lead is not news
    assert "pay rise of six percent" in entries[2] and "Nobody wants a dock strike" not in entries[2]
    assert 'href="../../threads/strike-day1/"' in html(project, "briefings/strike-day2")
    assert "strike-day1/" in html(project, "threads")


def test_themes_are_shared_key_phrases_and_editor_tags_stay(data, project):
    assert "tennis" in data["tennis-final"]["themes"] and "tennis" in data["tennis-ranking"]["themes"]
    assert "climate change" in data["climate-plan"]["themes"] and "climate change" in data["climate-schools"]["themes"]
    assert data["library-cyber"]["themes"][0] == "cyber security"  # the editor's tag first
    counts: dict[str, int] = {}
    for b in data.values():
        assert len(b["themes"]) <= 3 + 2  # at most a handful (3 found, besides editor tags)
        for t in b["themes"]:
            counts[t] = counts.get(t, 0) + 1
    singles = {t for t, n in counts.items() if n == 1}
    assert singles <= {"<script>alert('tag')</script>"}  # only an editor's own tag may stand alone
    assert not {"said", "year", "people", "monday"} & set(counts), counts
    index = html(project, "tags")
    assert "climate change" in index and "tennis" in index
    assert "<script>alert" not in index


def test_browse_json_is_data_for_the_filters(project):
    rows = json.loads((project / "site" / "browse.json").read_text("utf-8"))
    assert [r["id"] for r in rows][-1] == "museum"
    row = next(r for r in rows if r["id"] == "strike-day2")
    assert row["source"] == "The Harbour Gazette" and "Sara Lind" in row["actors"] and row["thread"] == "strike-day1"
    markup = next(r for r in rows if r["id"] == "markup")
    assert markup["title"].startswith("<img src=x onerror=alert(1)>")  # data, kept as text for textContent
    assert (project / "site" / "assets" / "javascripts" / "briefings-browse.js").is_file()


def test_seed_markup_stays_text_on_the_new_pages(project):
    for path in (".", "briefings/markup", "briefings/library-cyber", "threads/markup", "threads"):
        page = html(project, path)
        assert "<img src=x" not in page and "<script>alert(" not in page and "<b>Velden" not in page, path


def test_search_leaves_the_article_text_out_unless_full_text_is_on(tmp_path, project):
    def indexed(p: Path) -> str:
        return " ".join(d["text"] for d in search_index(p) if d["location"].startswith("briefings/strike-day2/"))

    assert "Norda Lines said it would move its cargo" not in indexed(project)
    full = make_project(tmp_path, {"strike-day2.md": browse_seeds()["strike-day2.md"]}, real_seed=False)
    config = full / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("search_full_text: false", "search_full_text: true"), "utf-8")
    mkdocs_build(full)
    assert "Norda Lines said it would move its cargo" in indexed(full)
