"""Deterministic and atomic: the same seeds give the same bytes, wherever and whenever built.

Two real ``mkdocs build`` runs in different folders, with different hash seeds, compare
byte for byte (``SOURCE_DATE_EPOCH`` fixes the sitemap's date); ``briefing pages`` writes
atomically, only what changed, only inside its folder, and removes pages of removed seeds.
"""
from __future__ import annotations

import datetime as dt
import gzip
import os
import shutil
import struct
from pathlib import Path

import pytest

from generator.errors import BriefingError
from generator.site import build_pages
from generator.writer import MANIFEST, write_atomic, write_pages
from sitebuild import ROOT, briefing, make_project, mkdocs_build

CORPUS = Path(__file__).parent / "bad_seeds"
SEEDS = ["hostile-body.md", "same-title-a.md", "same-title-b.md", "Ünïcödé (copy 2).txt", "新闻.txt",
         "bidi-and-zero-width.md", "unbalanced-quotes.txt", "empty.txt", "page.html"]
EPOCH = 1_700_000_000  # 2023-11-14 22:13:20 UTC


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _project(tmp: Path) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    project = make_project(tmp)
    # with a site_url the sitemap lists every page with its date (none without one)
    with (project / "mkdocs.yml").open("a", encoding="utf-8") as f:
        f.write("\nsite_url: https://example.com/briefings/\n")
    for name in SEEDS:
        shutil.copy(CORPUS / name, project / "seeds" / name)
    return project


def test_two_builds_are_byte_identical(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    trees = []
    for n, hash_seed in enumerate(("1", "2")):
        monkeypatch.setenv("PYTHONHASHSEED", hash_seed)
        project = _project(tmp_path / f"build-{n}-{'x' * n}")
        mkdocs_build(project, strict=False)
        trees.append((project, _tree(project / "site")))
    (first, a), (second, b) = trees
    assert a.keys() == b.keys()
    assert [name for name in a if a[name] != b[name]] == []
    for project in (first, second):
        for name, data in a.items():
            for path in (str(project), str(ROOT), str(Path.home())):
                assert path.encode() not in data, (name, path)


def test_the_sitemap_dates_come_from_source_date_epoch(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    project = _project(tmp_path)
    mkdocs_build(project, strict=False)
    day = dt.datetime.fromtimestamp(EPOCH, dt.timezone.utc).date().isoformat()
    sitemap = (project / "site" / "sitemap.xml").read_text("utf-8")
    assert sitemap.count("<lastmod>") >= 3 and sitemap.count(f"<lastmod>{day}</lastmod>") == sitemap.count("<lastmod>")
    raw = (project / "site" / "sitemap.xml.gz").read_bytes()
    midnight = dt.datetime.fromisoformat(day).replace(tzinfo=dt.timezone.utc).timestamp()
    assert struct.unpack("<I", raw[4:8])[0] == midnight  # the gzip header's time stamp: MkDocs uses the day
    assert gzip.decompress(raw).decode("utf-8") == sitemap


def test_build_pages_does_not_depend_on_the_order_files_were_created(tmp_path):
    outputs = []
    for n, order in enumerate((SEEDS, SEEDS[::-1])):
        seeds = tmp_path / f"seeds{n}"
        seeds.mkdir()
        for name in order:
            shutil.copy(CORPUS / name, seeds / name)
        content = build_pages(seeds)
        outputs.append((content.pages, [str(e) for e in content.errors]))
    assert outputs[0] == outputs[1]


# --- briefing pages --out ---------------------------------------------------------------------


def test_briefing_pages_writes_only_what_changed_and_removes_pages_of_removed_seeds(tmp_path):
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    for name in ("same-title-a.md", "same-title-b.md"):
        shutil.copy(CORPUS / name, seeds / name)
    generated = build_pages(seeds)
    n = len(generated.pages) + len(generated.files)
    done = briefing(["pages", "--seeds", str(seeds), "--out", str(out)])
    assert done.returncode == 0, done.stderr
    assert f"{n} written, 0 unchanged, 0 removed, 0 seeds skipped" in done.stderr
    page = out / "briefings" / "same-title-b.md"
    first = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}
    (out / "mine.md").write_text("a page of my own", "utf-8")

    done = briefing(["pages", "--seeds", str(seeds), "--out", str(out)])
    assert f"0 written, {n} unchanged, 0 removed" in done.stderr
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in first} == first

    (seeds / "same-title-b.md").unlink()
    (seeds / "bad.md").write_text("---\ntitle: [\n---\nText.", "utf-8")
    done = briefing(["pages", "--seeds", str(seeds), "--out", str(out)])
    assert done.returncode == 1 and "error: bad.md:2: front matter is not valid YAML" in done.stderr
    assert "removed" in done.stderr and not page.exists()
    assert (out / "mine.md").read_text("utf-8") == "a page of my own"
    assert sorted(p.name for p in out.rglob("*") if p.name.endswith(".tmp")) == []
    (seeds / "bad.md").unlink()
    generated = build_pages(seeds)
    assert (out / MANIFEST).read_text("utf-8").splitlines() == sorted({**generated.pages, **generated.files})
    assert "briefings/same-title-a.md" in generated.pages


def test_briefing_pages_refuses_an_out_folder_inside_the_seeds(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    done = briefing(["pages", "--seeds", str(seeds), "--out", str(seeds / "pages")])
    assert done.returncode == 2 and "must not be inside the seeds folder" in done.stderr
    assert list(seeds.iterdir()) == []


@pytest.mark.parametrize("uri", ["../x.md", "/etc/x.md", "a/../../x.md", "a//b.md", "./x.md", "a\\..\\x.md", "C:x.md", ""])
def test_write_pages_never_writes_outside_its_folder(tmp_path, uri):
    out = tmp_path / "deep" / "out"
    with pytest.raises(BriefingError, match="not a plain relative path"):
        write_pages({"ok.md": "fine", uri: "evil"}, out)
    assert not out.exists()  # names are checked before anything is written


def test_a_tampered_manifest_is_not_followed_outside(tmp_path):
    out, victim = tmp_path / "out", tmp_path / "victim.md"
    victim.write_text("keep me", "utf-8")
    out.mkdir()
    (out / MANIFEST).write_text("../victim.md\n", "utf-8")
    write_pages({"index.md": "home"}, out)
    assert victim.read_text("utf-8") == "keep me"


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "page.md"
    path.write_bytes(b"old")

    def fail(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]
