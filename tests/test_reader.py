"""The reader: bytes → text, text → Article, the seeds folder → the files to read.

Every row says what a user would see: the article's fields, or the error with its line.
"""
from __future__ import annotations

import codecs
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.errors import SeedError
from generator.reader import (MAX_SEED_BYTES, decode_seed, iter_articles, page_slug, parse_seed, read_seed,
                              seed_paths, slugify)
from generator.text import repair_mojibake

BODY = "The council met on Monday. It approved the plan."

# --- bytes → text -----------------------------------------------------------------------------

DECODED = [
    (BODY.encode(), BODY, ()),
    (codecs.BOM_UTF8 + BODY.encode(), BODY, ()),
    (codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"), BODY, ()),
    (codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"), BODY, ()),
    (codecs.BOM_UTF32_LE + BODY.encode("utf-32-le"), BODY, ()),
    (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n", ()),
    (b"tab\tform\x0cfeed and Ctrl-Z at the end\x1a", "tab\tform\x0cfeed and Ctrl-Z at the end\x1a", ()),
    ("“Curly” – café €5".encode("cp1252"), "“Curly” – café €5", ("not UTF-8 (line 1, byte 0)",)),
    (b"line one\nbad \x81 byte", "line one\nbad \ufffd byte", ("not UTF-8 (line 2, byte 13)",)),
]


@pytest.mark.parametrize(("data", "text", "warnings"), DECODED)
def test_decode(data, text, warnings):
    got, notes = decode_seed(data, "x.txt")
    assert got == text
    assert len(notes) == len(warnings)
    for note, fragment in zip(notes, warnings):
        assert note.startswith(fragment) and "Windows-1252" in note


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "the file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a binary file"),
    (BODY.encode("utf-16-le"), "a binary file"),  # UTF-16 without a byte-order mark
    (b"text with a NUL \x00 in it", "a binary file"),
    (b"\x01\x02\x03" + BODY.encode(), "a binary file"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16 byte-order mark but is not UTF-16"),
    (codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"), "NUL characters"),
])
def test_decode_refuses(data, reason):
    with pytest.raises(SeedError) as info:
        decode_seed(data, "x.txt")
    assert reason in info.value.reason and info.value.path == "x.txt"


def test_a_few_stray_control_bytes_are_tolerated():
    assert decode_seed(b"\x01" + BODY.encode(), "x.txt")[0] == "\x01" + BODY


# --- text → Article ---------------------------------------------------------------------------

ARTICLES = [
    ("plain.txt", BODY, {"id": "plain", "title": None, "body": BODY}),
    ("front-matter-is-text-in.txt", f"---\ntitle: T\n---\n{BODY}", {"title": None, "body": f"---\ntitle: T\n---\n{BODY}"}),
    ("full.md", f"---\ntitle: T\nsource: S\nurl: https://e.com/a\nauthor: A\npublished: 2025-03-02\ntags: [x, y, x]\n"
                f"language: fr\nslug: My Page\nextra: 1\n---\n{BODY}",
     {"id": "my-page", "title": "T", "source": "S", "url": "https://e.com/a", "author": "A",
      "published": dt.date(2025, 3, 2), "tags": ("x", "y"), "language": "fr", "body": BODY}),
    ("empty-front-matter.md", f"---\n---\n{BODY}", {"title": None, "body": BODY}),
    ("dots-close.md", f"---\ntitle: T\n...\n{BODY}", {"title": "T"}),
    ("no-front-matter.md", BODY, {"title": None, "body": BODY}),
    ("datetime.md", f"---\npublished: 2025-03-02T10:00:00Z\n---\n{BODY}", {"published": dt.date(2025, 3, 2)}),
    ("date-string.md", f"---\npublished: '2025-03-02'\n---\n{BODY}", {"published": dt.date(2025, 3, 2)}),
    ("time-string.md", f"---\npublished: '2025-03-02 10:30+01:00'\n---\n{BODY}", {"published": dt.date(2025, 3, 2)}),
    ("blank-date.md", f"---\npublished: ''\n---\n{BODY}", {"published": None}),
    ("tags-line.md", f"---\ntags: a, b ,, c\n---\n{BODY}", {"tags": ("a", "b", "c")}),
    ("number-title.md", f"---\ntitle: 2025\n---\n{BODY}", {"title": "2025"}),
    ("multi-line-title.md", f"---\ntitle: |\n  one\n  two\n---\n{BODY}", {"title": "one two"}),
    ("invisible-title.md", f"---\ntitle: \"\\u200b\\u202e\"\n---\n{BODY}", {"title": None}),
    ("bidi-title.md", f"---\ntitle: \"a\\u202eb\\u200bc\"\n---\n{BODY}", {"title": "abc"}),
    ("slug-escape.md", f"---\nslug: ../../../etc/passwd\n---\n{BODY}", {"id": "etc-passwd"}),
    ("index.md", BODY, {"id": "index-briefing"}),
    ("README-not-a-slug.md", f"---\nslug: ReadMe\n---\n{BODY}", {"id": "readme-briefing"}),
    ("File (Copy 2).txt", BODY, {"id": "file-copy-2"}),
    ("Ünïcödé.txt", BODY, {"id": "unicode"}),
    ("unbalanced.txt", 'He said "yes and “no.', {"body": 'He said "yes and “no.'}),
]


@pytest.mark.parametrize(("name", "text", "expected"), ARTICLES)
def test_parse(name, text, expected):
    article = parse_seed(text, name)
    assert article.path == name
    for key, value in expected.items():
        assert getattr(article, key) == value, key


@pytest.mark.parametrize(("line", "field", "expected"), [
    ("title: yes", "title", "yes"),          # YAML 1.1 would make it True
    ("title: 12:30", "title", "12:30"),      # ... 750 (base 60)
    ("source: 010", "source", "010"),        # ... 8 (octal)
    ("author: .inf", "author", ".inf"),
    ("title: ~", "title", None),
])
def test_front_matter_values_keep_the_text_the_editor_wrote(line, field, expected):
    assert getattr(parse_seed(f"---\n{line}\n---\n{BODY}", "x.md"), field) == expected


def test_unknown_keys_are_kept_and_warnings_carried():
    article = parse_seed(f"---\nextra: 1\nTitle: kept\n---\n{BODY}", "x.md", warnings=("note",))
    assert dict(article.extra) == {"extra": "1", "Title": "kept"} and article.warnings == ("note",)


ERRORS = [
    ("x.md", f"---\ntitle: [unclosed\n---\n{BODY}", 2, "front matter is not valid YAML"),
    # the line where the parser noticed, and where the unclosed bracket opened
    ("x.md", f"---\ntitle: x\ntags: [a, b\nsource: Nowhere\n---\n{BODY}", 4, "(while parsing a flow sequence on line 3)"),
    ("x.md", f"---\ntitle: a: b\n---\n{BODY}", 2, "front matter is not valid YAML"),
    ("x.md", f"---\n- a\n---\n{BODY}", 2, "front matter must be a mapping"),
    ("x.md", f"---\njust a line\n---\n{BODY}", 2, "front matter must be a mapping"),
    ("x.md", f"---\ntitle: T\n{BODY}", 1, "front matter is never closed"),
    ("x.md", "---\ntitle: T\n---\n", None, "no text after its front matter"),
    ("x.md", "---\ntitle: T\n---\n \n\t\n", None, "no text after its front matter"),
    ("x.txt", "", None, "the article has no text"),
    ("x.txt", " \n\t\u3000\n", None, "the article has no text"),
    ("x.txt", "... --- !!! ???", None, "no words"),
    ("x.md", f"---\ntitle: T\npublished: 2025-02-30\n---\n{BODY}", 3, "'published' is not a date"),
    ("x.md", f"---\ntitle: T\npublished: 2024-12-31T25:61:00\n---\n{BODY}", 3, "'published' is not a date"),
    ("x.md", f"---\ntitle: !!binary PHNjcmlwdD4=\n---\n{BODY}", 2, "front matter is not valid YAML"),
    ("x.md", f"---\ntitle: A\nsource: S\ntitle: B\n---\n{BODY}", 4, "the key 'title' is given twice"),
    ("x.md", f"---\ntitle: T\n\npublished: 2 March 2025\n---\n{BODY}", 4, "'published' is not a date"),
    ("x.md", f"---\npublished: 2025-03-02 and more\n---\n{BODY}", 2, "'published' is not a date"),
    ("x.md", f"---\npublished: 20250302\n---\n{BODY}", 2, "'published' is not a date"),
    ("x.md", f"---\ntitle: [a, b]\n---\n{BODY}", 2, "'title' must be a single line of text"),
    ("x.md", f"---\nsource: {{a: 1}}\n---\n{BODY}", 2, "'source' must be a single line of text"),
    ("x.md", f"---\ntags: {{a: 1}}\n---\n{BODY}", 2, "'tags' must be a list"),
    ("x.md", f"---\ntags: [[a]]\n---\n{BODY}", 2, "'tags' must be a list"),
    ("x.md", f"---\na: &x [1]\nb: *x\n---\n{BODY}", 2, "YAML aliases"),
    ("x.md", f"---\nx: !!python/object:os.system 1\n---\n{BODY}", 2, "front matter is not valid YAML"),
    ("x.md", "---\n" + "[" * 40 + "]" * 40 + f"\n---\n{BODY}", 2, "nested more than 32 levels"),
    ("x.md", "---\n" + "- " * 5000 + f"x\n---\n{BODY}", 2, "nested too deeply"),
    ("x.md", "---\nt: " + "x" * 70_000 + f"\n---\n{BODY}", 2, "front matter is longer than"),
]


@pytest.mark.parametrize(("name", "text", "line", "reason"), ERRORS)
def test_parse_refuses(name, text, line, reason):
    with pytest.raises(SeedError) as info:
        parse_seed(text, name)
    assert reason in info.value.reason
    assert info.value.line == line and info.value.path == name
    assert str(info.value).startswith(f"{name}:{line}: " if line else f"{name}: ")


@pytest.mark.parametrize(("text", "slug"), [
    ("Council Approves Bridge", "council-approves-bridge"),
    ("../../x", "x"),
    ("/etc/passwd", "etc-passwd"),
    ("C:\\Windows\\win.ini", "c-windows-win-ini"),
    ("Café – déjà vu", "cafe-deja-vu"),
    ("a" * 79 + " b", "a" * 79),
    ("---", "briefing-58b63e273b"),  # no letter or digit: a stable hash of the text
    ("", "briefing"),
    ("新闻", "briefing-76484b3b88"),
    ("新闻 2", "2"),
])
def test_slugify(text, slug):
    assert slugify(text) == slug


@pytest.mark.parametrize(("text", "slug"), [("index", "index-briefing"), ("README", "readme-briefing"), ("indexes", "indexes")])
def test_page_slug_avoids_names_mkdocs_reserves(text, slug):
    assert page_slug(text) == slug


# --- files and folders ------------------------------------------------------------------------


def test_seed_paths_lists_every_file_but_hidden_backup_and_readme_files(tmp_path):
    for name in ["b.txt", "a.md", "notes.docx", "sub/c.txt", ".gitkeep", ".hidden/d.txt", "e.txt~", "README.md",
                 "readme", "Readme.txt", "UPPER.TXT", "no-extension"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(BODY, "utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in seed_paths(tmp_path)]
    assert names == ["UPPER.TXT", "a.md", "b.txt", "no-extension", "notes.docx", "sub/c.txt"]


def test_links_inside_the_seeds_folder_are_read_and_links_outside_are_refused(tmp_path):
    seeds, outside = tmp_path / "seeds", tmp_path / "outside"
    seeds.mkdir(), outside.mkdir()
    (seeds / "real.txt").write_text(BODY, "utf-8")
    (outside / "secret.txt").write_text(BODY, "utf-8")
    (seeds / "inside.txt").symlink_to(seeds / "real.txt")
    (seeds / "outside.txt").symlink_to(outside / "secret.txt")
    (seeds / "dir-outside").symlink_to(outside, target_is_directory=True)
    (seeds / "dir-inside").symlink_to(seeds, target_is_directory=True)  # a loop: not followed
    paths = seed_paths(seeds)
    assert [p.name for p in paths] == ["dir-outside", "inside.txt", "outside.txt", "real.txt"]
    assert read_seed(seeds / "inside.txt", seeds).id == "inside"
    for name in ("outside.txt", "dir-outside"):
        with pytest.raises(SeedError, match="a link to outside the seeds folder"):
            read_seed(seeds / name, seeds)
    # named on the command line, a link is the user's choice: it is read
    [article] = list(iter_articles(seeds / "outside.txt"))
    assert article.body == BODY


def test_the_size_limit(tmp_path):
    at_limit, over = tmp_path / "at-limit.txt", tmp_path / "over.txt"
    at_limit.write_bytes(b"w" * MAX_SEED_BYTES)
    over.write_bytes(b"w" * (MAX_SEED_BYTES + 1))
    assert len(read_seed(at_limit, tmp_path).body) == MAX_SEED_BYTES
    with pytest.raises(SeedError, match=r"too large \(2\.0 MiB; the limit is 2 MiB\)"):
        read_seed(over, tmp_path)


def test_unknown_types_and_special_files_are_refused_before_reading(tmp_path):
    import os

    (tmp_path / "a.docx").write_bytes(b"PK\x03\x04")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    with pytest.raises(SeedError, match=r"only \.txt and \.md files become briefings \(this is a \.docx file\)"):
        read_seed(tmp_path / "a.docx", tmp_path)
    with pytest.raises(SeedError, match="not a regular file"):
        read_seed(tmp_path / "pipe.txt", tmp_path)


def test_iter_articles_reports_errors_in_place(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, "utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.md").write_text(BODY, "utf-8")
    items = list(iter_articles(tmp_path))
    assert [type(i).__name__ for i in items] == ["Article", "SeedError", "Article"]
    assert str(items[1]) == "b.txt: the file is empty"


def test_file_names_that_could_fool_a_log_are_refused_and_shown_escaped(tmp_path):
    (tmp_path / "a\nWARNING - fake.txt").write_text(BODY, "utf-8")
    (tmp_path / "b\x1b[31m.txt").write_text(BODY, "utf-8")
    errors = [str(e) for e in iter_articles(tmp_path)]
    assert errors == ["a\\x0aWARNING - fake.txt: the file name has control characters: rename the file",
                      "b\\x1b[31m.txt: the file name has control characters: rename the file"]


def test_jsonl_records_with_unpaired_surrogates_keep_their_offsets(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a\\udc80", "text": "Bad \\ud800 here."}\nnot json\n{"id": "b", "text": "Fine."}\n', "utf-8")
    a, error, b = iter_articles(path)
    assert a.body == "Bad \ufffd here." and a.id == "a\ufffd" and a.warnings
    assert str(error).startswith("in.jsonl:2: not a JSON record")
    assert b.body == "Fine." and b.warnings == ()


def test_blank_lines_above_the_front_matter_are_forgiven_and_lines_still_count():
    article = parse_seed(f"\n  \n---\ntitle: T\n---\n{BODY}", "x.md")
    assert article.title == "T" and article.body == BODY
    with pytest.raises(SeedError) as info:
        parse_seed(f"\n\n---\ntitle: T\npublished: soon\n---\n{BODY}", "x.md")
    assert info.value.line == 5
    with pytest.raises(SeedError) as info:
        parse_seed(f"\n\n---\n- a\n---\n{BODY}", "x.md")
    assert info.value.line == 4
    with pytest.raises(SeedError) as info:
        parse_seed(f"\n---\ntitle: [a\n---\n{BODY}", "x.md")
    assert info.value.line == 3


# --- mojibake (UTF-8 read as Windows-1252 or Latin-1) is repaired at read time -------------------

MOJIBAKE = [
    ("Stefan KÃ¶rner met Hugo ChÃ¡vez.", "Stefan Körner met Hugo Chávez."),
    ("Itâ€™s over â€” for now.", "It’s over — for now."),
    ("A “real” quote by JosÃ© and a real É.", "A “real” quote by José and a real É."),  # mixed in one line
    ("Ã‰cole Ã  Paris, Å‚Ã³dÅº, Â£5, â‚¬3.", "École à Paris, łódź, £5, €3."),
    ("line one\nDÃ¼sseldorf\nline three", "line one\nDüsseldorf\nline three"),
]
NOT_MOJIBAKE = [  # look-alikes a clean text has: each is kept byte for byte
    "Clean “text” – É, Ñ, × and ÷.",
    "O atlântico and SÃO PAULO and IRMÃ.",
    "A IRMÃ E O IRMÃO, MAÇÃ VERDE, 5 × 3.",  # Portuguese capitals: Ã before a space, kept
    "Señor Muñoz in Zürich.",
]


@pytest.mark.parametrize(("body", "repaired"), MOJIBAKE)
def test_mojibake_in_the_body_is_repaired_with_a_note(body, repaired):
    article = parse_seed(body, "x.txt")
    assert article.body == repaired
    [note] = article.warnings
    assert note.startswith("line ") and "mojibake" in note


@pytest.mark.parametrize("body", NOT_MOJIBAKE)
def test_clean_text_is_kept_byte_for_byte_without_a_note(body):
    article = parse_seed(body, "x.txt")
    assert article.body == body and article.warnings == ()


def test_mojibake_in_front_matter_is_repaired_and_line_numbers_stay_the_files():
    article = parse_seed(f"---\ntitle: Talks with KÃ¶rner\nauthor: JosÃ©\n---\nHugo ChÃ¡vez spoke.\n{BODY}", "x.md")
    assert (article.title, article.author, article.body) == ("Talks with Körner", "José", f"Hugo Chávez spoke.\n{BODY}")
    assert article.warnings[0].startswith("line 2 and 2 more lines: mojibake")
    with pytest.raises(SeedError) as info:
        parse_seed(f"---\ntitle: KÃ¶rner\nauthor: ChÃ¡vez\npublished: soon\n---\n{BODY}", "x.md")
    assert info.value.line == 4


def test_jsonl_records_keep_their_mojibake_since_offsets_index_the_text_as_given(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "One.\\nHugo Ch\\u00c3\\u00a1vez."}\n', "utf-8")
    [a] = iter_articles(path)
    assert a.body == "One.\nHugo ChÃ¡vez." and a.warnings == ()


@given(st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass").decode("latin-1")) | st.text(max_size=200))
def test_a_repair_keeps_every_line_where_it_was(text):
    repaired, changed, first = repair_mojibake(text)
    assert repaired.count("\n") == text.count("\n")
    assert (repaired == text) == (changed == 0) and (first == 0) == (changed == 0)
