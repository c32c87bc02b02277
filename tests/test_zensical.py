"""After Material: the Markdown that ``briefing pages --out`` writes builds with Zensical,
Material's successor (installed from PyPI by the test extra), with --strict link checks."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from reader_fixtures import SEEDS, TITLES
from sitebuild import BIN, briefing

CONFIG = """site_name: Briefings
site_url: https://example.org/
theme:
  name: material
markdown_extensions: [attr_list, tables, toc]
"""


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    zensical = BIN / "zensical"
    if not zensical.exists():
        pytest.fail(f"{zensical} missing: install the test extra (pip install -e '.[test]')")
    project = tmp_path_factory.mktemp("zensical")
    (project / "seeds").mkdir()
    for name, text in SEEDS.items():
        (project / "seeds" / name).write_text(text, "utf-8")
    done = briefing(["pages", "--seeds", "seeds", "--out", "docs"], cwd=project)
    assert done.returncode == 0, done.stderr
    (project / "mkdocs.yml").write_text(CONFIG, "utf-8")
    done = subprocess.run([str(zensical), "build", "--strict"], cwd=project, capture_output=True, text=True,
                          check=False, timeout=300, env={**os.environ, "NO_COLOR": "1"})
    assert done.returncode == 0, done.stdout + done.stderr
    return project / "site"


def test_every_briefing_and_list_page_is_built(zensical_site):
    home = (zensical_site / "index.html").read_text("utf-8")
    for slug, title in TITLES.items():
        page = (zensical_site / "briefings" / slug / "index.html").read_text("utf-8")
        assert f'href="./briefings/{slug}/"' in home
        assert 'class="briefing-sentence" id="s1"' in page and 'id="key-quotes"' in page
    assert (zensical_site / "actors" / "index.html").is_file() and (zensical_site / "timeline" / "index.html").is_file()
    assert (zensical_site / "feed.xml").is_file() and (zensical_site / "briefings.json").is_file()


def test_zensical_search_indexes_what_ours_indexes(zensical_site):
    items = json.loads((zensical_site / "search.json").read_text("utf-8"))["items"]
    locations = {i["location"] for i in items}
    assert {f"briefings/{slug}/" for slug in TITLES} <= locations  # the briefings, not the list pages
    assert not any(loc.startswith(("actors/", "timeline/")) for loc in locations)
    assert not any("source-text" in loc or "summary" in loc for loc in locations)  # data-search-exclude
