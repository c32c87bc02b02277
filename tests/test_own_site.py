"""The plugin in a site of its own (tests/own_site): its home page, nav and pages stay its
own, the briefings go under news/, and every option is checked with a clear message."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reader_fixtures import SEEDS, TITLES
from sitebuild import BIN, ROOT
from test_serve import _free_port, _wait_for

OWN_SITE = Path(__file__).parent / "own_site"


def own_site(tmp: Path) -> Path:
    project = tmp / "own"
    shutil.copytree(OWN_SITE, project)
    (project / "seeds").mkdir()
    for name, text in SEEDS.items():
        (project / "seeds" / name).write_text(text, "utf-8")
    return project


def mkdocs(project: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run([str(BIN / "mkdocs"), *args], cwd=project, env=env, capture_output=True, text=True,
                          check=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    project = own_site(tmp_path_factory.mktemp("own"))
    done = mkdocs(project, "build", "--strict")
    assert done.returncode == 0, done.stderr
    assert "turned on the Markdown extensions attr_list:" in done.stderr
    return project


def test_the_site_keeps_its_own_pages_and_gets_the_briefings_under_news(built):
    site = built / "site"
    home = (site / "index.html").read_text("utf-8")
    assert "Welcome to the council's own home page" in home and 'href="news/index.html"' in home
    assert "Welcome" in home and (site / "minutes.html").is_file()
    news = (site / "news" / "index.html").read_text("utf-8")
    for slug in TITLES:
        assert f'href="briefings/{slug}.html"' in news
        assert (site / "news" / "briefings" / f"{slug}.html").is_file()
    assert (site / "news" / "actors" / "index.html").is_file() and (site / "news" / "timeline" / "index.html").is_file()
    for name in ("feed.xml", "atom.xml", "briefings.json", "quality.html"):
        assert (site / "news" / name).is_file(), name
    assert not (site / "briefings").exists() and not (site / "feed.xml").exists()
    assert "Topics" not in news  # no tags plugin: no link to a topics page


def test_no_attribute_list_is_shown_as_text(built):
    page = (built / "site" / "news" / "briefings" / "bridge.html").read_text("utf-8")
    assert "{ data-search-exclude }" not in page and "{:" not in page
    assert re.search(r'<h2 data-search-exclude id="source-text"|<h2 id="source-text" data-search-exclude', page)


def test_the_site_serves_with_the_briefings_under_news(tmp_path):
    project = own_site(tmp_path)
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([str(BIN / "mkdocs"), "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}/council"
        _wait_for(f"{base}/", lambda page: "Welcome to the council" in page)
        _wait_for(f"{base}/news/briefings/bridge.html", lambda page: TITLES["bridge"] in page)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert sorted(p.name for p in (project / "docs").iterdir()) == ["index.md", "minutes.md"]


OPTION_ERRORS = [
    ("seeds: seeds", "seeds: missing", "option 'seeds'"),
    ("cache_dir: \"\"", "cache_dir: \"\"\n      jobs: -3", "option 'jobs': Expected a whole number from 0 to 1024, got -3"),
    ("cache_dir: \"\"", "cache_dir: \"\"\n      jobs: yes", "option 'jobs': Expected a whole number"),
    ("cache_dir: \"\"", "cache_dir: \"\"\n      actor_page_min_briefings: 0",
     "option 'actor_page_min_briefings': Expected a whole number from 1 or more, got 0"),
    ("cache_dir: \"\"", "cache_dir: \"\"\n      aliases: aliases.yml", "option 'aliases'"),
    ("briefings_dir: news", "briefings_dir: ../outside", "option 'briefings_dir': Expected a folder inside the docs"),
    ("briefings_dir: news", "briefings_dir: news\n      colour: blue", "option 'colour'"),
]


@pytest.mark.parametrize("old, new, message", OPTION_ERRORS)
def test_a_bad_option_stops_the_build_with_a_message_naming_it(tmp_path, old, new, message):
    project = own_site(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert old in text
    config.write_text(text.replace(old, new), "utf-8")
    done = mkdocs(project, "build", "--strict")
    assert done.returncode == 1 and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_without_briefings_dir_a_page_of_the_site_is_named_in_the_error(tmp_path):
    project = own_site(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("      briefings_dir: news\n", ""), "utf-8")
    done = mkdocs(project, "build")
    assert done.returncode == 1 and "docs/index.md would hide a generated page" in done.stderr
    assert "briefings_dir" in done.stderr


def test_enabled_false_leaves_the_site_alone(tmp_path):
    project = own_site(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8").replace("briefings_dir: news", "briefings_dir: news\n      enabled: false")
    config.write_text(text.replace("  - News: news/index.md\n", ""), "utf-8")
    done = mkdocs(project, "build")
    assert done.returncode == 0 and "briefings" not in done.stderr, done.stderr
    assert (project / "site" / "index.html").is_file() and not (project / "site" / "news").exists()


@pytest.mark.browser
def test_a_browser_finds_both_feeds_from_any_page(built, serve_dir, page):
    base = serve_dir(built / "site")
    for address in ("index.html", "minutes.html", "news/briefings/bridge.html"):
        page.goto(f"{base}/{address}")
        feeds = page.eval_on_selector_all('link[rel="alternate"]', "els => els.map(e => [e.type, e.href])")
        assert feeds == [["application/rss+xml", f"{base}/news/feed.xml"],
                         ["application/atom+xml", f"{base}/news/atom.xml"]]
