"""The RSS and Atom feeds, read with feedparser as a feed reader reads them: absolute links
from site_url, item links that exist under both use_directory_urls settings, rel=self."""
from __future__ import annotations

import re
from pathlib import Path

import feedparser
import pytest

from reader_fixtures import SEEDS, TITLES
from sitebuild import make_project, mkdocs_build

URL = "https://example.org/team/"


def project_with(tmp: Path, *, directory_urls: bool, site_url: str | None, folder: str = "") -> Path:
    project = make_project(tmp, SEEDS)
    config = (project / "mkdocs.yml").read_text("utf-8")
    config = re.sub(r"(?m)^site_url:.*$", f"site_url: {site_url}" if site_url else "", config)
    config += f"\nuse_directory_urls: {str(directory_urls).lower()}\n"
    if folder:
        config = config.replace("      seeds: seeds", f"      seeds: seeds\n      briefings_dir: {folder}")
        config = re.sub(r"(?ms)^nav:.*?\n(?=\S)", "", config)
        (project / "docs" / "about.md").unlink()  # its links point at the site root
    (project / "mkdocs.yml").write_text(config, "utf-8")
    return project


@pytest.mark.parametrize("directory_urls", [True, False])
def test_feeds_have_absolute_links_to_pages_that_exist(tmp_path, directory_urls):
    project = project_with(tmp_path, directory_urls=directory_urls, site_url=URL, folder="news")
    mkdocs_build(project)
    site = project / "site"
    for name, version in (("feed.xml", "rss20"), ("atom.xml", "atom10")):
        feed = feedparser.parse((site / "news" / name).read_bytes())
        assert not feed.bozo, feed.get("bozo_exception")
        assert feed.version == version
        assert {link.href for link in feed.feed.links if link.rel == "self"} == {f"{URL}news/{name}"}
        titles = {e.title for e in feed.entries}
        assert set(TITLES.values()) <= titles
        for entry in feed.entries:
            assert entry.link.startswith(f"{URL}news/briefings/")
            target = entry.link.removeprefix(URL)
            page = site / (target + "index.html" if target.endswith("/") else target)
            assert page.is_file(), entry.link
        bridge = next(e for e in feed.entries if e.title == TITLES["bridge"])
        assert bridge.published_parsed[:3] == (2025, 3, 2)


def test_without_site_url_the_build_warns_once_and_links_stay_relative(tmp_path):
    project = project_with(tmp_path, directory_urls=True, site_url=None)
    done = mkdocs_build(project, strict=False)
    assert done.stderr.count("site_url is not set") == 1
    feed = feedparser.parse((project / "site" / "feed.xml").read_bytes())
    assert not feed.bozo and all(e.link.startswith("briefings/") for e in feed.entries)
    assert mkdocs_build(project, strict=True, check=False).returncode == 1  # the warning counts in --strict


def test_seed_markup_is_literal_text_in_both_feeds():
    from dataclasses import replace

    from generator.layout import Layout
    from generator.model import SummarySentence
    from generator.render.feeds import atom_feed, rss_feed
    from test_reader_site_render import dated

    payload = "<b>bold</b> AT&T \ufffe\x0b end"
    b = replace(dated(1, "2025-01-02"), title=payload, tldr=SummarySentence(payload, 0, len(payload)))
    # RSS readers render title and description as HTML: they get escaped HTML; Atom says text/plain
    shown = {rss_feed: ("text/html", "&lt;b&gt;bold&lt;/b&gt; AT&amp;T  end"), atom_feed: ("text/plain", "<b>bold</b> AT&T  end")}
    for make, (kind, text) in shown.items():
        feed = feedparser.parse(make([b], site_name="B <i>", layout=Layout(site_url=URL)))
        assert not feed.bozo, feed.get("bozo_exception")  # U+FFFE and the control character are gone
        entry = feed.entries[0]
        assert (entry.title_detail.type, entry.title, entry.summary) == (kind, text, text)
        assert entry.link == f"{URL}briefings/b001/" and feed.feed.title == "B <i>"
