"""Parallel analysis gives exactly the serial output, on any executor. Real seed files in tmp_path."""
from __future__ import annotations

import shutil
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest

import generator.pipeline
from generator.cache import BriefingCache
from generator.pipeline import SERIAL_BELOW, analyze_articles
from generator.reader import iter_articles
from generator.site import build_pages, load_briefings

ROOT = Path(__file__).resolve().parents[1]
REAL_SEED = ROOT / "seeds" / "000_0b7a11e69ca9f520.txt"
COUNT = 2 * SERIAL_BELOW + 10  # enough for two workers


def write_seeds(folder: Path, count: int) -> Path:
    """``count`` distinct seeds: the real seed's paragraphs rotated, with and without front matter."""
    folder.mkdir()
    paragraphs = [p for p in REAL_SEED.read_text("utf-8").split("\n") if p.strip()]
    for i in range(count):
        k = i % len(paragraphs)
        body = "\n\n".join(paragraphs[k:] + paragraphs[:k])
        if i % 3 == 0:
            front = f"---\ntitle: Briefing number {i}\npublished: 2025-01-{1 + i % 28:02d}\ndesk: d{i % 4}\n---\n"
            (folder / f"b{i:03d}.md").write_text(front + body + f"\n\nUpdate {i}: the talks resume on Monday.\n", "utf-8")
        else:
            (folder / f"b{i:03d}.txt").write_text(body + f"\nNote {i}.\n", "utf-8")
    shutil.copy(REAL_SEED, folder / REAL_SEED.name)
    return folder


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    return write_seeds(tmp_path_factory.mktemp("parallel") / "seeds", COUNT)


@pytest.fixture(scope="module")
def serial(seeds):
    return load_briefings(seeds, jobs=1)


def test_a_process_pool_gives_the_serial_briefings(seeds, serial):
    briefings, errors = load_briefings(seeds, jobs=2)
    assert len(briefings) == COUNT + 1 and errors == serial[1] == []
    assert briefings == serial[0]
    assert {b.id: b.article.extra for b in briefings}["b000"]["desk"] == "d0"  # front matter survives the trip


def test_parallel_and_serial_builds_give_the_same_pages(seeds, tmp_path):
    assert build_pages(seeds, jobs=2, cache=BriefingCache(tmp_path / "cache")).pages == build_pages(seeds, jobs=1).pages


@pytest.mark.parametrize("make_executor", [
    lambda: ThreadPoolExecutor(max_workers=3),
    lambda: ProcessPoolExecutor(max_workers=2),
], ids=["threads", "processes"])
def test_any_executor_gives_the_serial_briefings(seeds, serial, make_executor):
    with make_executor() as executor:
        briefings, _ = load_briefings(seeds, executor=executor)
    assert briefings == serial[0]


def test_an_executor_keeps_the_input_order_of_articles(seeds):
    articles = [a for a in iter_articles(seeds)][::-1]
    with ThreadPoolExecutor(max_workers=4) as executor:
        briefings = analyze_articles(articles, executor=executor)
    assert [b.article for b in briefings] == articles


def test_a_few_seeds_stay_in_one_process(tmp_path, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a process pool was started")

    monkeypatch.setattr(generator.pipeline, "ProcessPoolExecutor", no_pool)
    seeds = write_seeds(tmp_path / "seeds", SERIAL_BELOW - 2)
    briefings, _ = load_briefings(seeds, jobs=4)
    assert len(briefings) == SERIAL_BELOW - 1


def test_only_the_seeds_missing_from_the_cache_go_to_the_executor(tmp_path):
    seeds = write_seeds(tmp_path / "seeds", SERIAL_BELOW + 5)
    load_briefings(seeds, cache=BriefingCache(tmp_path / "cache"), jobs=1)
    (seeds / "b001.txt").write_text("The mayor resigned on Tuesday.\n", "utf-8")
    sent: list[int] = []

    class Counting(ThreadPoolExecutor):
        def submit(self, fn, batch, *args):
            sent.append(len(batch))
            return super().submit(fn, batch, *args)

    with Counting(max_workers=2) as executor:
        briefings, _ = load_briefings(seeds, cache=BriefingCache(tmp_path / "cache"), executor=executor)
    assert sent == [1]
    assert {b.id: b for b in briefings}["b001"].sentences[0].text == "The mayor resigned on Tuesday."


def test_a_pool_that_cannot_start_falls_back_to_one_process(seeds, serial, monkeypatch):
    def refused(*args, **kwargs):
        raise OSError("no semaphores here")

    monkeypatch.setattr(generator.pipeline, "ProcessPoolExecutor", refused)
    assert load_briefings(seeds, jobs=2)[0] == serial[0]
