"""The new pages keep seed text inert and the output deterministic."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from generator.site import build_pages
from reader_fixtures import SEEDS
from sitebuild import make_project, mkdocs_build

HOSTILE = """---
title: "Mayor </title><script>alert(1)</script> speaks"
published: 2025-05-01
tags: ["<b>bold</b>", "x\\" onmouseover=\\"alert(2)"]
---
Maria <img src=x onerror=alert(3)> Keller opened the bridge.

"We <script>alert(4)</script> did it," Tom Berg said on Friday.

Tom Berg and Maria Keller met again in June.
"""


def test_hostile_seed_text_never_becomes_markup_on_any_page(tmp_path):
    project = make_project(tmp_path, {**SEEDS, "hostile.md": HOSTILE}, real_seed=False)
    mkdocs_build(project)
    site = project / "site"
    for page in site.rglob("*.html"):
        html = page.read_text("utf-8")
        for bad in ("<script>alert", "<img src=x", "<b>bold", 'onmouseover="alert'):
            assert bad not in html, (page, bad)
    ET.parse(site / "feed.xml")  # still well-formed XML
    data = json.loads((site / "briefings.json").read_text("utf-8"))
    assert any(d["title"] == "Mayor </title><script>alert(1)</script> speaks" for d in data)  # data keeps the text as is


def test_build_pages_is_deterministic(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in SEEDS.items():
        (seeds / name).write_text(text, "utf-8")
    first, second = build_pages(seeds), build_pages(seeds)
    assert first.pages == second.pages and first.files == second.files
    assert list(first.pages) == list(second.pages)
