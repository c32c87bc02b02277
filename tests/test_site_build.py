"""A real ``mkdocs build --strict`` of a temporary project built from seeds."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitebuild import make_project, mkdocs_build, search_index

SEED_PAGE = Path("site/briefings/000-0b7a11e69ca9f520/index.html")
SECTIONS = ("TL;DR", "Summary", "Key quotes", "Actors", "Open questions", "Facts &amp; figures", "Source text")


def test_the_seed_becomes_a_page_with_every_section(tmp_path):
    project = make_project(tmp_path)
    mkdocs_build(project)
    html = (project / SEED_PAGE).read_text("utf-8")
    for section in SECTIONS:
        assert section in html, section
    assert "Date unknown" in html
    # every paragraph of the article is there, numbered, with sentence anchors the items link to
    assert len(re.findall(r'<p id="p\d+">', html)) == 22
    for target in set(re.findall(r'href="#(s\d+)"', html)):
        assert f'id="{target}"' in html


def test_home_lists_the_briefing_and_search_indexes_it_without_the_source_text(tmp_path):
    project = make_project(tmp_path)
    mkdocs_build(project)
    home = (project / "site" / "index.html").read_text("utf-8")
    assert "briefings/000-0b7a11e69ca9f520/" in home
    docs = [d for d in search_index(project) if d["location"].startswith("briefings/000-0b7a11e69ca9f520/")]
    assert docs, "the briefing is not in the search index"
    text = " ".join(d["title"] + " " + d["text"] for d in docs)
    assert "Zarubin" in text
    # the closing paragraph is only in the source text, which is not indexed a second time
    assert "distant dream" not in text


def test_adding_and_deleting_a_seed_adds_and_removes_its_page(tmp_path):
    project = make_project(tmp_path)
    mkdocs_build(project)
    seed = project / "seeds" / "council-vote.md"
    seed.write_text("---\ntitle: Council approves the new bridge\npublished: 2025-03-02\n---\n"
                    "The city council approved the new bridge on Monday. \"It is a good day,\" Mayor Ann Lee said.\n",
                    "utf-8")
    mkdocs_build(project)
    page = project / "site" / "briefings" / "council-vote" / "index.html"
    assert "Council approves the new bridge" in page.read_text("utf-8")
    assert "2 March 2025" in page.read_text("utf-8")
    seed.unlink()
    mkdocs_build(project)
    assert not page.exists()
    assert "council-vote" not in (project / "site" / "index.html").read_text("utf-8")


def test_the_plugin_never_writes_into_docs(tmp_path):
    project = make_project(tmp_path)
    before = sorted(p.relative_to(project) for p in (project / "docs").rglob("*"))
    mkdocs_build(project)
    assert sorted(p.relative_to(project) for p in (project / "docs").rglob("*")) == before


SEARCH_WORKER = re.compile(r'"search": "([^"]*)"')
OURS = r"assets/javascripts/briefings-search\.js\?v=[0-9a-f]{8}"
MATERIALS = r"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"


@pytest.mark.parametrize(("plugin_option", "custom_dir", "worker"), [
    ("", False, OURS),
    ("", True, OURS),  # a user's own main.html stays, and so does our worker
    ("      search_worker: false\n", False, MATERIALS),
])
def test_pages_start_the_briefings_search_worker_unless_told_not_to(tmp_path, plugin_option, custom_dir, worker):
    project = make_project(tmp_path)
    config = (project / "mkdocs.yml").read_text("utf-8")
    config = config.replace("      seeds: seeds", plugin_option + "      seeds: seeds", 1)
    if custom_dir:
        config = config.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n", 1)
        (project / "overrides").mkdir()  # the usual Material override: a main.html of one's own
        (project / "overrides" / "main.html").write_text(
            '{% extends "base.html" %}\n{% block announce %}<p>USER-COPYRIGHT</p>{% endblock %}\n', "utf-8")
    (project / "mkdocs.yml").write_text(config, "utf-8")
    mkdocs_build(project)
    for page, prefix in (("index.html", ""), ("briefings/000-0b7a11e69ca9f520/index.html", "../../"), ("404.html", "/")):
        html = (project / "site" / page).read_text("utf-8")
        assert re.fullmatch(re.escape(prefix) + worker, SEARCH_WORKER.search(html).group(1)), page
        assert ("USER-COPYRIGHT" in html) == custom_dir
    worker_file = project / "site" / "assets" / "javascripts" / "briefings-search.js"
    assert worker_file.is_file() == (worker == OURS)
