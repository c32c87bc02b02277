"""The analysis cache: unchanged seeds are not analysed again; a damaged, stale or foreign
cache is never trusted. Real seed files and cache files in tmp_path."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import generator.analysis
import generator.pipeline
from generator.cache import BriefingCache, encode, strip
from generator.site import build_pages, load_briefings

ROOT = Path(__file__).resolve().parents[1]
REAL_SEED = ROOT / "seeds" / "000_0b7a11e69ca9f520.txt"

SEEDS = {
    "bridge.md": "---\ntitle: Council approves the new bridge\npublished: 2025-03-02\n---\n"
                 "The city council approved the new bridge on Monday. \"It is a good day,\" Mayor Ann Lee said.\n",
    "strike.txt": "Rail workers will strike on Friday, the RMT union said. It is not clear whether talks will resume.\n",
    "budget.md": "---\nsource: The Daily Example\nlocal_desk: north\n---\n"
                 "The budget rose 4% to $12m in 2024. \"We had no choice,\" said Finance Minister Tom Hart.\n",
}


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(REAL_SEED, folder / REAL_SEED.name)
    for name, text in SEEDS.items():
        (folder / name).write_text(text, "utf-8")
    return folder


@pytest.fixture
def analysed(monkeypatch) -> list[str]:
    """The ids of the articles actually analysed (not served from the cache)."""
    calls: list[str] = []
    real = generator.pipeline.analyze

    def counting(article, **kw):
        calls.append(article.id)
        return real(article, **kw)

    monkeypatch.setattr(generator.pipeline, "analyze", counting)
    return calls


def entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob("*/*.pickle"))


def test_a_second_build_analyses_nothing_and_gives_the_same_briefings(seeds, tmp_path, analysed):
    first, _ = load_briefings(seeds, cache=BriefingCache(tmp_path / "cache"))
    assert len(analysed) == 4 and len(entries(tmp_path / "cache")) == 4
    analysed.clear()
    second, _ = load_briefings(seeds, cache=BriefingCache(tmp_path / "cache"))  # a new process: from disk
    assert analysed == []
    assert second == first
    assert second == load_briefings(seeds)[0]  # and the same as without a cache


def test_the_in_memory_cache_alone_serves_a_rebuild(seeds, analysed):
    cache = BriefingCache(None)
    first = build_pages(seeds, cache=cache)
    analysed.clear()
    assert build_pages(seeds, cache=cache).pages == first.pages
    assert analysed == []


@pytest.mark.parametrize("edit", [
    lambda text: text.replace("Monday", "Tuesday"),                                    # the text
    lambda text: text.replace("title: Council approves", "title: Council backs"),    # a title the analysis uses
    lambda text: text.replace("published: 2025-03-02", "published: 2025-03-09"),     # dates resolve against it
])
def test_an_edited_seed_is_analysed_again_and_only_it(seeds, tmp_path, analysed, edit):
    cache = BriefingCache(tmp_path / "cache")
    load_briefings(seeds, cache=cache)
    seed = seeds / "bridge.md"
    seed.write_text(edit(seed.read_text("utf-8")), "utf-8")
    analysed.clear()
    briefings, _ = load_briefings(seeds, cache=BriefingCache(tmp_path / "cache"))
    assert analysed == ["bridge"]
    fresh = {b.id: b for b in load_briefings(seeds)[0]}
    assert {b.id: b for b in briefings} == fresh
    assert len(entries(tmp_path / "cache")) == 4  # the old entry is gone


def test_a_renamed_seed_still_hits_and_gets_its_new_address(seeds, tmp_path, analysed):
    load_briefings(seeds, cache=BriefingCache(tmp_path / "cache"))
    (seeds / "strike.txt").rename(seeds / "rail-strike.txt")
    analysed.clear()
    briefings, _ = load_briefings(seeds, cache=BriefingCache(tmp_path / "cache"))
    assert analysed == []
    assert "rail-strike" in {b.id for b in briefings} and "strike" not in {b.id for b in briefings}


def test_unknown_front_matter_keys_come_from_the_seed_not_the_cache(seeds, tmp_path, analysed):
    load_briefings(seeds, cache=BriefingCache(tmp_path / "cache"))
    seed = seeds / "budget.md"
    seed.write_text(seed.read_text("utf-8").replace("local_desk: north", "local_desk: south"), "utf-8")
    analysed.clear()
    briefings, _ = load_briefings(seeds, cache=BriefingCache(tmp_path / "cache"))
    assert analysed == []
    assert {b.id: b for b in briefings}["budget"].article.extra["local_desk"] == "south"


def test_a_deleted_seed_leaves_no_entry_behind(seeds, tmp_path):
    load_briefings(seeds, cache=BriefingCache(tmp_path / "cache"))
    (seeds / "strike.txt").unlink()
    load_briefings(seeds, cache=BriefingCache(tmp_path / "cache"))
    assert len(entries(tmp_path / "cache")) == 3


CORRUPTIONS = {
    "empty": lambda data: b"",
    "truncated": lambda data: data[: len(data) // 2],
    "one byte flipped": lambda data: data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:],
    "no header": lambda data: data.partition(b"\n")[2],
    "not a cache file": lambda data: b"<html>502 Bad Gateway</html>\n",
    "binary noise": lambda data: bytes(range(256)) * 4,
}


@pytest.mark.parametrize("corrupt", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_a_damaged_entry_is_recomputed_and_rewritten(seeds, tmp_path, analysed, corrupt):
    cache_dir = tmp_path / "cache"
    expected, _ = load_briefings(seeds, cache=BriefingCache(cache_dir))
    for entry in entries(cache_dir):
        entry.write_bytes(corrupt(entry.read_bytes()))
    analysed.clear()
    briefings, _ = load_briefings(seeds, cache=BriefingCache(cache_dir))
    assert briefings == expected
    assert len(analysed) == 4
    analysed.clear()
    assert load_briefings(seeds, cache=BriefingCache(cache_dir))[0] == expected
    assert analysed == [], "the damaged entries were not overwritten with good ones"
    assert not list(cache_dir.rglob(".tmp-*"))


def test_a_new_engine_version_discards_every_entry(seeds, tmp_path, analysed, monkeypatch):
    cache_dir = tmp_path / "cache"
    expected, _ = load_briefings(seeds, cache=BriefingCache(cache_dir))
    old = entries(cache_dir)
    monkeypatch.setattr(generator.analysis, "ENGINE_VERSION", generator.analysis.ENGINE_VERSION + "-next")
    analysed.clear()
    assert load_briefings(seeds, cache=BriefingCache(cache_dir))[0] == expected
    assert len(analysed) == 4
    assert set(entries(cache_dir)).isdisjoint(old)  # the old version's entries are removed


def test_an_entry_of_another_version_under_a_current_key_is_not_trusted(seeds, tmp_path, analysed, monkeypatch):
    cache_dir = tmp_path / "cache"
    expected, _ = load_briefings(seeds, cache=BriefingCache(cache_dir))
    current = entries(cache_dir)
    wrong = {b.id: b for b in expected}["strike"]  # a valid entry, but another version's and another seed's
    with monkeypatch.context() as m:
        m.setattr(generator.analysis, "ENGINE_VERSION", "0-old")
        foreign = encode(strip(wrong))
    for entry in current:
        entry.write_bytes(foreign)
    analysed.clear()
    assert load_briefings(seeds, cache=BriefingCache(cache_dir))[0] == expected
    assert len(analysed) == 4


def test_a_pickle_that_does_not_fit_the_model_is_not_trusted(seeds, tmp_path, analysed):
    # Right header and checksum, but written by a model with other fields (a field was added since).
    cache_dir = tmp_path / "cache"
    expected, _ = load_briefings(seeds, cache=BriefingCache(cache_dir))
    for entry in entries(cache_dir):
        analysis = strip(expected[0])
        del analysis["facts"]
        entry.write_bytes(encode(analysis))
    analysed.clear()
    assert load_briefings(seeds, cache=BriefingCache(cache_dir))[0] == expected
    assert len(analysed) == 4


def test_an_unwritable_cache_costs_speed_not_the_build(seeds, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", "utf-8")
    briefings, errors = load_briefings(seeds, cache=BriefingCache(blocker))
    assert len(briefings) == 4 and errors == []


def test_mkdocs_serve_rebuilds_reuse_the_plugin_and_its_cache(seeds, tmp_path, analysed):
    # As in `mkdocs serve`: the config is loaded again for each rebuild, the plugin instance is kept.
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = seeds.parent
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")

    def rebuild():
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
        config.plugins["briefings"].config.cache_dir = ""  # memory only: what persists is the instance
        config.plugins.on_startup(command="serve", dirty=False)
        build(config)
        return config.plugins["briefings"]

    first = rebuild()
    assert sorted(analysed) == ["000-0b7a11e69ca9f520", "bridge", "budget", "strike"]
    analysed.clear()
    (seeds / "strike.txt").write_text("Rail workers called off the strike on Thursday.\n", "utf-8")
    second = rebuild()
    assert second is first
    assert analysed == ["strike"]
    assert "called off the strike" in (tmp_path / "site" / "briefings" / "strike" / "index.html").read_text("utf-8")


def test_one_cache_across_rebuilds_sees_edits_renames_and_deletions(seeds, analysed):
    cache = BriefingCache(None)
    load_briefings(seeds, cache=cache)
    seed = seeds / "bridge.md"
    seed.write_text(seed.read_text("utf-8").replace("title: Council approves", "title: Council rejects"), "utf-8")
    (seeds / "strike.txt").rename(seeds / "rail.txt")
    (seeds / "budget.md").unlink()
    analysed.clear()
    briefings = {b.id: b for b in load_briefings(seeds, cache=cache)[0]}
    assert analysed == ["bridge"]
    assert sorted(briefings) == ["000-0b7a11e69ca9f520", "bridge", "rail"]
    assert briefings["bridge"].title == "Council rejects the new bridge"
