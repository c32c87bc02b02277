"""Bad seeds, end to end: a real ``mkdocs build`` of the corpus in ``tests/bad_seeds/`` plus
seeds made here (encodings, binary, large, links, a pipe), next to the real seed.

Every file is a page or a reported error, never lost in silence (README: "Bad input"); the
other seeds still build; ``--strict`` fails after listing every bad seed at once.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.reader import MAX_SEED_BYTES
from generator.render.escape import FORBIDDEN
from sitebuild import SEED, briefing, make_project, mkdocs_build

CORPUS = Path(__file__).parent / "bad_seeds"
REAL = SEED.name

BRIDGE = "The council met on Monday. It approved the plan for the new bridge."
GENERATED: dict[str, bytes] = {
    "windows-1252.txt": "The mayor said: \u201cWe\u2019ll build it\u201d \u2013 for \u20ac4m. Caf\u00e9 owners agreed.".encode("cp1252"),
    "utf-16-le-bom.txt": codecs.BOM_UTF16_LE + f"Zo\u00eb Lefebvre spoke. {BRIDGE}".encode("utf-16-le"),
    "utf-16-be-bom.md": codecs.BOM_UTF16_BE + f"---\ntitle: Big-endian title\n---\n{BRIDGE}".encode("utf-16-be"),
    "utf-8-bom.md": codecs.BOM_UTF8 + f"---\ntitle: Title after a BOM\n---\n{BRIDGE}".encode(),
    "utf-16-no-bom.txt": BRIDGE.encode("utf-16-le"),
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "control-bytes.txt": b"\x01\x02\x03\x04\x05\x06" + BRIDGE.encode(),
    "crlf-and-cr.md": b"---\r\ntitle: Old line ends\r\n---\r\nLine one ends here.\rLine two ends here.\r\n",
    "too-large.txt": (BRIDGE + "\n").encode() * (MAX_SEED_BYTES // (len(BRIDGE) + 1) + 1),
    "long-line.txt": ("word " * 40_000 + "and no full stop at all").encode(),
    "hundreds-of-quotes.txt": " ".join(f'"Quote number {i} is here," Jane Doe said. ' for i in range(400)).encode(),
    "article.docx": b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 64,
    "UPPER-CASE.TXT": BRIDGE.encode(),
    "no-extension": BRIDGE.encode(),
    "drafts/nested.txt": BRIDGE.encode(),
    ".hidden/secret.txt": BRIDGE.encode(),
    # characters XML 1.0 and YAML forbid (issue 13: they broke feed.xml and the page's front matter)
    "noncharacters.txt": f"The council\ufffe met on Monday.\uffff It approved\x0b the plan.\ufdd0 {BRIDGE}".encode(),
    "noncharacters-front-matter.md": f"---\ntitle: Bridge \ufffe vote\ntags: [a\uffffb]\n---\n{BRIDGE}".encode(),
    # the costliest seeds to convert (issue 13): each character reference was one inline match
    "colon-quote.txt": ('The council met on Monday. "' + ":" * 40_000 + '," Mayor Ann Lee said.\n').encode(),
    "ampersands.txt": ("Ampersands follow. " + "&" * 80_000 + "\n").encode(),
    "one-word.txt": ("council " * 32_768).encode(),
}
NON_UTF8_NAME = b"latin1-caf\xe9.txt"

# name → ("page", slug) | ("error", line or None, reason fragment) | ("ignored",)
EXPECTED: dict[str, tuple] = {
    REAL: ("page", "000-0b7a11e69ca9f520"),
    # committed corpus
    "empty.txt": ("error", None, "the file is empty"),
    "whitespace-only.txt": ("error", None, "the article has no text"),
    "no-words.txt": ("error", None, "no words"),
    "malformed-front-matter.md": ("error", 3, "front matter is not valid YAML"),
    "front-matter-not-a-mapping.md": ("error", 2, "front matter must be a mapping"),
    "front-matter-only.md": ("error", None, "no text after its front matter"),
    "front-matter-unclosed.md": ("error", 1, "front matter is never closed"),
    "date-does-not-exist.md": ("error", 3, "'published' is not a date"),
    "date-in-words.md": ("error", 4, "'published' is not a date"),
    "title-is-a-list.md": ("error", 2, "'title' must be a single line of text"),
    "yaml-aliases.md": ("error", 2, "YAML aliases"),
    "slug-taken.md": ("error", None, "page name 'same-title-a' is taken by same-title-a.md"),
    "page.html": ("error", None, "not a seed: only .txt and .md files"),
    "no-sentence-stops.txt": ("page", "no-sentence-stops"),
    "unbalanced-quotes.txt": ("page", "unbalanced-quotes"),
    "file with spaces.txt": ("page", "file-with-spaces"),
    "Ünïcödé (copy 2).txt": ("page", "unicode-copy-2"),
    "新闻.txt": ("page", "briefing-76484b3b88"),
    "same-title-a.md": ("page", "same-title-a"),
    "same-title-b.md": ("page", "same-title-b"),
    "slug-escape.md": ("page", "escaped"),
    "index.md": ("page", "index-briefing"),
    "hostile-front-matter.md": ("page", "hostile-front-matter"),
    "hostile-body.md": ("page", "hostile-body"),
    "hostile-title-breakout.md": ("page", "hostile-title-breakout"),
    "hostile-tooltip-title.md": ("page", "hostile-tooltip-title"),
    "hostile-tooltip-actors.md": ("page", "hostile-tooltip-actors"),
    "bidi-and-zero-width.md": ("page", "bidi-and-zero-width"),
    "year-before-1000.md": ("error", 3, "'published' is before the year 1000"),
    "brackets-in-quoted-title.md": ("page", "brackets-in-quoted-title"),
    "url-data.md": ("page", "url-data"),
    "url-javascript.md": ("page", "url-javascript"),
    "url-vbscript.md": ("page", "url-vbscript"),
    "README.md": ("ignored",),
    ".gitkeep": ("ignored",),
    "notes.txt~": ("ignored",),
    # made here
    "windows-1252.txt": ("page", "windows-1252"),
    "utf-16-le-bom.txt": ("page", "utf-16-le-bom"),
    "utf-16-be-bom.md": ("page", "utf-16-be-bom"),
    "utf-8-bom.md": ("page", "utf-8-bom"),
    "utf-16-no-bom.txt": ("error", None, "a binary file"),
    "binary.txt": ("error", None, "a binary file"),
    "control-bytes.txt": ("error", None, "a binary file"),
    "crlf-and-cr.md": ("page", "crlf-and-cr"),
    "too-large.txt": ("error", None, "too large"),
    "long-line.txt": ("page", "long-line"),
    "hundreds-of-quotes.txt": ("page", "hundreds-of-quotes"),
    "article.docx": ("error", None, "this is a .docx file"),
    "UPPER-CASE.TXT": ("page", "upper-case"),
    "no-extension": ("error", None, "a file without an extension"),
    "drafts/nested.txt": ("page", "nested"),
    ".hidden/secret.txt": ("ignored",),
    "link-inside.txt": ("page", "link-inside"),
    "link-outside.txt": ("error", None, "a link to outside the seeds folder"),
    "folder-outside": ("error", None, "a link to outside the seeds folder"),
    "broken-link.txt": ("error", None, "a broken link"),
    "pipe.txt": ("error", None, "not a regular file"),
    "latin1-caf\ufffd.txt": ("error", None, "the file name is not valid UTF-8"),
    "noncharacters.txt": ("page", "noncharacters"),
    "noncharacters-front-matter.md": ("page", "noncharacters-front-matter"),
    "colon-quote.txt": ("page", "colon-quote"),
    "ampersands.txt": ("page", "ampersands"),
    "one-word.txt": ("page", "one-word"),
}
ERRORS = {name: e for name, e in EXPECTED.items() if e[0] == "error"}
PAGES = {name: e[1] for name, e in EXPECTED.items() if e[0] == "page"}


def _make_corpus(tmp: Path) -> Path:
    project = make_project(tmp, GENERATED)
    seeds = project / "seeds"
    for path in CORPUS.iterdir():
        shutil.copy(path, seeds / path.name)
    outside = tmp / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("A private file outside the seeds folder. It must not be published.", "utf-8")
    (seeds / "link-outside.txt").symlink_to(outside / "secret.txt")
    (seeds / "folder-outside").symlink_to(outside, target_is_directory=True)
    (seeds / "link-inside.txt").symlink_to("file with spaces.txt")
    (seeds / "broken-link.txt").symlink_to(tmp / "missing.txt")
    os.mkfifo(seeds / "pipe.txt")
    with open(os.path.join(os.fsencode(seeds), NON_UTF8_NAME), "wb") as f:
        f.write(BRIDGE.encode())
    return project


def _snapshot(tmp: Path) -> dict[str, bytes | str]:
    """Every path under ``tmp`` but the output folders (the built site and the analysis
    cache), with its bytes (or link target)."""
    out: dict[str, bytes | str] = {}
    for dirpath, dirnames, filenames in os.walk(tmp):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            rel = path.relative_to(tmp).as_posix()
            if rel.split("/")[:2] in (["project", "site"], ["project", ".cache"]):
                continue
            if path.is_symlink():
                out[rel] = os.readlink(path)
            elif path.is_file() and not name.startswith("pipe"):
                out[rel] = path.read_bytes()
            else:
                out[rel] = "(folder or pipe)"
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad")
    project = _make_corpus(tmp)
    before = _snapshot(tmp)
    done = mkdocs_build(project, strict=False, check=False)
    assert _snapshot(tmp) == before, "the build wrote outside site/ and .cache/"
    return project, done


def text_of(html: str) -> str:
    """The page's text as a reader sees it (character references decoded)."""
    parts: list[str] = []
    parser = HTMLParser(convert_charrefs=True)
    parser.handle_data = parts.append
    parser.feed(html)
    parser.close()
    return "".join(parts)


def _skipped(stderr: str) -> dict[str, str]:
    """``{seed: "line: reason"}`` from the plugin's "skipped seed" warnings."""
    out = {}
    for line in stderr.splitlines():
        m = re.match(r"WARNING\s+-\s+briefings: skipped seed (.*)$", line)
        if m:
            where = m.group(1)
            name = next((n for n in sorted(EXPECTED, key=len, reverse=True) if where.startswith(n + ":")), where)
            out[name] = where[len(name) + 1:].strip()
    return out


def test_every_corpus_file_has_an_expected_outcome():
    committed = {p.name for p in CORPUS.iterdir()}
    assert committed - EXPECTED.keys() == set(), "add the new bad seed to EXPECTED"
    assert set(GENERATED) <= EXPECTED.keys()


def test_the_build_succeeds_and_reports_each_bad_seed_once_with_reason_and_line(built):
    project, done = built
    assert done.returncode == 0, done.stderr
    skipped = _skipped(done.stderr)
    assert skipped.keys() == ERRORS.keys()
    for name, (_, line, reason) in ERRORS.items():
        expected = f"{line}: " if line else ""
        assert skipped[name].startswith(expected) and reason in skipped[name], (name, skipped[name])
    assert "Traceback" not in done.stderr


def test_every_other_seed_is_a_page_and_nothing_else_is(built):
    project, _ = built
    pages = {p.name for p in (project / "site" / "briefings").iterdir()}
    assert pages == set(PAGES.values())
    # the home page shows only the newest few; briefings.json lists every briefing
    listed = {b["id"] for b in json.loads((project / "site" / "briefings.json").read_text("utf-8"))}
    assert listed == set(PAGES.values())


def test_nothing_from_outside_the_seeds_folder_is_published(built):
    project, _ = built
    for path in (project / "site").rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml"):
            assert "must not be published" not in path.read_text("utf-8", errors="replace"), path


def test_windows_1252_is_read_with_a_note_that_does_not_fail_strict(built):
    project, done = built
    assert re.search(r"INFO\s+-\s+briefings: windows-1252.txt: not UTF-8 \(line 1, byte \d+\); read as Windows-1252",
                     done.stderr)
    html = (project / "site" / "briefings" / "windows-1252" / "index.html").read_text("utf-8")
    assert "The mayor said: \u201cWe\u2019ll build it\u201d \u2013 for \u20ac4m. Caf\u00e9" in text_of(html)


@pytest.mark.parametrize(("slug", "title"), [("utf-8-bom", "Title after a BOM"), ("utf-16-be-bom", "Big-endian title"),
                                             ("crlf-and-cr", "Old line ends")])
def test_byte_order_marks_and_old_line_ends_keep_the_front_matter(built, slug, title):
    project, _ = built
    html = (project / "site" / "briefings" / slug / "index.html").read_text("utf-8")
    assert f">{title}</h1>" in html


def test_utf16_text_is_read(built):
    project, _ = built
    html = (project / "site" / "briefings" / "utf-16-le-bom" / "index.html").read_text("utf-8")
    assert "Zo\u00eb Lefebvre spoke." in html


def test_invisible_and_bidi_characters_never_reach_the_page(built):
    project, _ = built
    html = (project / "site" / "briefings" / "bidi-and-zero-width" / "index.html").read_text("utf-8")
    assert ">Bidi evil.exe and zerowidth title</h1>" in html
    assert not re.search("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\U000e0000-\U000e007f]", html)
    assert "The council met on Monday." in html


def test_two_seeds_with_one_title_are_two_pages_named_after_their_files(built):
    project, _ = built
    a = (project / "site" / "briefings" / "same-title-a" / "index.html").read_text("utf-8")
    b = (project / "site" / "briefings" / "same-title-b" / "index.html").read_text("utf-8")
    assert ">Council approves the bridge</h1>" in a and ">Council approves the bridge</h1>" in b
    assert "Twice is better" in b and "Twice is better" not in a


def test_a_slug_cannot_leave_the_output_folder(built):
    project, _ = built
    assert (project / "site" / "briefings" / "escaped" / "index.html").is_file()
    assert not (project / "escaped").exists() and not (project.parent / "escaped").exists()


def test_strict_build_fails_after_listing_every_bad_seed(built):
    project, _ = built
    done = mkdocs_build(project, strict=True, check=False)
    assert done.returncode != 0
    assert _skipped(done.stderr).keys() == ERRORS.keys()
    assert "Traceback" not in done.stderr


def test_an_analysis_bug_in_one_seed_is_that_seeds_error(tmp_path, monkeypatch):
    import generator.pipeline as pipeline
    import generator.site as site

    real = pipeline.analyze

    def flaky(article, **kw):
        if article.path == "bug.txt":
            raise ZeroDivisionError("division by zero")
        return real(article, **kw)

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bug.txt").write_text(BRIDGE, "utf-8")
    (seeds / "fine.txt").write_text(BRIDGE, "utf-8")
    monkeypatch.setattr(pipeline, "analyze", flaky)
    content = site.build_pages(seeds)
    assert [b.id for b in content.briefings] == ["fine"]
    [error] = content.errors
    assert error.path == "bug.txt" and "analysis failed (ZeroDivisionError: division by zero)" in error.reason


def test_briefing_analyze_reports_the_same_seeds_and_prints_the_others(built):
    project, _ = built
    done = briefing(["analyze", str(project / "seeds")])
    assert done.returncode == 1
    reported = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(reported) == len(ERRORS) - 1  # a taken page name is a site matter, not analyze's
    for name in ERRORS.keys() - {"slug-taken.md"}:
        assert any(line.startswith(f"error: {name}:") for line in reported), name
    assert "warning: windows-1252.txt: not UTF-8" in done.stderr
    ids = [json.loads(line)["id"] for line in done.stdout.splitlines()]
    assert sorted(ids) == sorted([*PAGES.values(), "same-title-a"])  # slug-taken.md reuses that id


# --- issue 13: well-formed outputs, URLs, bounded search documents ---------------------------


def test_the_feed_and_every_generated_front_matter_parse(built):
    import xml.etree.ElementTree as ET

    project, _ = built
    root = ET.fromstring((project / "site" / "feed.xml").read_bytes())
    titles = [t.text for t in root.iter("title")]
    assert "Bridge vote" in titles and not any(FORBIDDEN.search(t or "") for t in titles)
    for slug in PAGES.values():  # a front matter that failed shows as a "title: ..." heading
        html = (project / "site" / "briefings" / slug / "index.html").read_text("utf-8")
        assert "<h1" in html and "title: " not in text_of(html), slug
    html = (project / "site" / "briefings" / "noncharacters-front-matter" / "index.html").read_text("utf-8")
    assert ">Bridge vote</h1>" in html and not FORBIDDEN.search(html)
    for path in (project / "site").rglob("*"):
        if path.suffix in (".html", ".xml", ".json"):
            assert not FORBIDDEN.search(path.read_text("utf-8")), path


def test_forbidden_characters_are_removed_with_a_note(built):
    _, done = built
    assert re.search(r"INFO\s+-\s+briefings: noncharacters.txt: line 1: 4 characters that XML and YAML do not allow "
                     r"\(U\+FFFE, …\) removed", done.stderr)


def test_brackets_inside_a_quoted_title_are_text(built):
    project, _ = built
    html = (project / "site" / "briefings" / "brackets-in-quoted-title" / "index.html").read_text("utf-8")
    assert "[" * 33 + " Bridge " + "{" * 33 + " vote" in text_of(html)


def test_briefings_json_keeps_only_http_and_mailto_urls(built):
    project, _ = built
    urls = {b["id"]: b["url"] for b in json.loads((project / "site" / "briefings.json").read_text("utf-8"))}
    assert urls["url-data"] is None and urls["url-javascript"] is None and urls["url-vbscript"] is None
    assert urls["hostile-front-matter"] is None  # javascript:alert(...)
    assert urls["hostile-body"] == "https://example.com/story?a=1&b=XSS-2"
    assert all(u is None or re.match(r"(?:https?://|mailto:)", u) for u in urls.values())


def test_search_documents_are_bounded_whatever_the_seed(built):
    from generator.search_bounds import MAX_TEXT, MAX_TITLE

    project, _ = built
    docs = json.loads((project / "site" / "search" / "search_index.json").read_text("utf-8"))["docs"]
    assert any(d["location"].startswith("briefings/one-word/") for d in docs)
    for d in docs:
        assert len(d["text"]) <= MAX_TEXT + 1 and len(d["title"]) <= MAX_TITLE + 1, d["location"]
