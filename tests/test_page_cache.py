"""The page cache of ``mkdocs serve``: a rebuild after an edit converts only the pages that
changed, and gives the same bytes as a fresh ``mkdocs build`` of the same seeds."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reader_fixtures import SEEDS
from sitebuild import ROOT, make_project

EPOCH = 1_700_000_000

# What mkdocs serve does on each change: load the config again (the plugin instance is kept,
# since it defines on_startup) and build; here into a folder of our choosing.
REBUILDS = r"""
import json, logging, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

logging.basicConfig(level=logging.WARNING)
project = Path(sys.argv[1])
seed = project / "seeds" / "budget.md"
counts = []
for n, edit in enumerate([None, ("Transport budget doubles", "Transport budget triples")]):
    if edit:
        seed.write_text(seed.read_text("utf-8").replace(*edit), "utf-8")
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / f"served-{n}"))
    if n == 0:
        config.plugins.on_startup(command="serve", dirty=False)
    build(config)
    cache = config.plugins["briefings"].pages
    counts.append([cache.hits, cache.misses])
print(json.dumps(counts))
"""


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_rebuild_after_an_edit_converts_only_what_changed_and_matches_a_fresh_build(tmp_path):
    project = make_project(tmp_path, SEEDS, real_seed=False)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": str(EPOCH)}
    done = subprocess.run([sys.executable, "-c", REBUILDS, str(project)], cwd=project, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    (first_hits, first_misses), (hits, misses) = json.loads(done.stdout)
    assert first_hits == 0 and first_misses > 10
    # the edit renames one briefing: its page, the home and timeline pages and the pages that
    # list it are converted again; the briefings and actor pages that do not name it are not
    assert hits >= 2 and 0 < misses < first_misses
    assert hits + misses == first_misses

    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir", "fresh"], cwd=project, env=env,
                   capture_output=True, check=True)
    served, fresh = _tree(project / "served-1"), _tree(project / "fresh")
    assert "Transport budget triples" in served["briefings/budget/index.html"].decode()
    assert served.keys() == fresh.keys()
    assert [name for name in served if served[name] != fresh[name]] == []


def test_a_second_build_takes_pages_from_the_cache_folder_and_a_damaged_entry_is_converted_again(tmp_path):
    project = make_project(tmp_path, SEEDS, real_seed=False)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": str(EPOCH)}

    def build(site: str) -> str:
        done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site], cwd=project,
                              env=env, capture_output=True, text=True, check=True)
        return done.stderr

    first = build("first")
    entries = sorted((project / ".cache" / "briefings" / "pages").rglob("*.pickle"))
    assert "0 generated pages from the page cache" in first and len(entries) > 10
    entries[0].write_bytes(entries[0].read_bytes()[:100])  # damaged: truncated
    header, rest = entries[1].read_bytes().split(b" ", 3)[:3], entries[1].read_bytes().split(b" ", 3)[3]
    entries[1].write_bytes(b" ".join([*header[:2], b"0123456789abcdef", rest]))  # other package versions
    second = build("second")
    assert (f"{len(entries) - 2} generated pages from the page cache, 2 converted "
            "(1 cached with other package versions)") in second
    assert _tree(project / "first") == _tree(project / "second")


def _configure(project: Path, extensions: str) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("markdown_extensions:\n", "markdown_extensions:\n" + extensions, 1),
                      "utf-8")


def test_material_s_emoji_recipe_keeps_the_cache_and_a_snippet_file_turns_it_off(tmp_path):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}

    def build(project: Path) -> str:
        return subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=project, env=env,
                              capture_output=True, text=True, check=True).stderr

    (tmp_path / "emoji").mkdir()
    (tmp_path / "glossary").mkdir()
    emoji = make_project(tmp_path / "emoji", SEEDS, real_seed=False)
    _configure(emoji, "  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
                      "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n")
    build(emoji)
    assert " 0 converted" in build(emoji)  # the options name functions: the same key in every process

    glossary = make_project(tmp_path / "glossary", SEEDS, real_seed=False)
    _configure(glossary, "  - abbr\n  - pymdownx.snippets:\n      auto_append: [glossary.md]\n")
    (glossary / "glossary.md").write_text("*[council]: City council of Example\n", "utf-8")
    assert "no page cache: the Markdown extension pymdownx.snippets" in build(glossary)
    (glossary / "glossary.md").write_text("*[council]: Town council of Example\n", "utf-8")
    build(glossary)
    page = (glossary / "site" / "briefings" / "bridge" / "index.html").read_text("utf-8")
    assert 'title="Town council of Example"' in page
