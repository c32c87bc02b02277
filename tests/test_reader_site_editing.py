"""Editors' controls (front-matter overrides, aliases.yml), the actor merge, and page bounds."""
from __future__ import annotations

import re
from pathlib import Path
from types import MappingProxyType

import pytest

from generator.analysis import analyze
from generator.directory import Directory, plain_name, read_aliases
from generator.errors import SeedError
from generator.model import Actor, Article, Briefing
from generator.overrides import apply_overrides
from generator.site import build_pages
from reader_fixtures import BRIDGE, SEEDS
from sitebuild import make_project, mkdocs_build

BODY = ('The council met on Monday. "We will not raise taxes this year," Maria Keller said. '
        "Tom Berg disagreed. Nobody knows who will pay.")


def briefing(extra: dict | None = None, body: str = BODY) -> Briefing:
    return analyze(Article(id="t", body=body, path="t.md", extra=MappingProxyType(extra or {})))


def with_actors(names: list[str], id_: str = "x") -> Briefing:
    b = briefing(body=" ".join(f"{n} spoke." for n in names))
    from dataclasses import replace

    return replace(b, article=replace(b.article, id=id_), actors=tuple(Actor(n, "person") for n in names))


# --- overrides: a pure function ------------------------------------------------------

def test_without_override_fields_the_briefing_is_unchanged():
    b = briefing({"note": "kept"})
    assert apply_overrides(b) is b


@pytest.mark.parametrize("summary, expected", [
    ("One line from the editor.", ["One line from the editor."]),
    (["Tom Berg disagreed.", "A line not in the text."], ["Tom Berg disagreed.", "A line not in the text."]),
])
def test_summary_override_replaces_the_summary_and_keeps_links_to_text_it_finds(summary, expected):
    b = apply_overrides(briefing({"summary": summary}))
    assert [s.text for s in b.summary] == expected and "summary" in b.edited
    for s in b.summary:
        found = s.text in BODY
        assert (s.sentence >= 0) == found and (BODY[s.start:s.end] == s.text if found else s.start == -1)


def test_questions_and_excluded_quotes_and_actors_are_adjusted():
    b = apply_overrides(briefing({
        "questions": ["Who will pay for it?"],
        "exclude_quotes": ["RAISE TAXES"],
        "actors": {"Maria Keller": {"role": "council treasurer"}, "Tom Berg": None,
                   "City Council": {"kind": "organization"}},
    }))
    assert [q.text for q in b.questions] == ["Who will pay for it?"]
    assert not any("raise taxes" in q.text for q in b.quotes)
    actors = {a.name: a for a in b.actors}
    assert actors["Maria Keller"].role == "council treasurer"
    assert "Tom Berg" not in actors and actors["City Council"].kind == "organization"
    assert b.edited == ("actors", "questions", "quotes")


@pytest.mark.parametrize("extra", [
    {"summary": 3}, {"summary": [1, 2]}, {"summary": [""]}, {"questions": "Why?"},
    {"exclude_quotes": {"a": 1}}, {"actors": ["Maria Keller"]}, {"actors": {"X": "mayor"}},
    {"actors": {"X": {"kind": "robot"}}}, {"actors": {"X": {"role": 5}}}, {"actors": {"X": {"age": 5}}},
])
def test_bad_override_values_are_seed_errors_naming_the_field(extra):
    with pytest.raises(SeedError) as err:
        apply_overrides(briefing(extra))
    assert err.value.path == "t.md" and next(iter(extra)) in err.value.reason


# --- the actor directory --------------------------------------------------------------

@pytest.mark.parametrize("name, plain", [
    ("President Putin", "Putin"), ("Russian President Vladimir Putin", "Vladimir Putin"), ("Putin’s", "Putin"),
    ("Dr. Ann Lee", "Ann Lee"), ("Mayor", "Mayor"), ("Maria Keller", "Maria Keller"),
])
def test_plain_name_drops_titles_and_possessives(name, plain):
    assert plain_name(name) == plain


def test_a_surname_joins_a_full_name_only_as_its_own_briefing_resolved_it():
    a = with_actors(["Vladimir Putin", "Putin"], "a")  # the briefing names one Putin: resolved
    b, c = with_actors(["President Vladimir Putin"], "b"), with_actors(["President Putin"], "c")
    d = Directory([a, b, c])
    putin = d.entry_for("Vladimir Putin")
    assert putin.name == "Vladimir Putin" and [x.id for x in putin.briefings] == ["a", "b"]
    assert d.entry_for("Putin", a) is putin
    assert d.entry_for("Putin", c) is not putin  # never matched to another briefing's person
    assert d.entry_for("Putin") is None  # a surname alone means nothing without its briefing


def test_a_surname_shared_by_two_people_stays_apart():
    a = with_actors(["Ann Lee", "Lee"], "a")  # one Lee in the briefing: "Lee" is Ann Lee
    both = with_actors(["Ann Lee", "Bob Lee", "Lee"], "both")  # two: "Lee" stays apart
    d = Directory([a, both, with_actors(["Bob Lee"], "b")])
    assert sorted(e.name for e in d.entries) == ["Ann Lee", "Bob Lee", "Lee"]
    assert d.entry_for("Lee", a) is d.entry_for("Ann Lee")
    assert d.entry_for("Lee", both) not in (d.entry_for("Ann Lee"), d.entry_for("Bob Lee"))


def test_aliases_yml_merges_and_splits_by_hand(tmp_path):
    path = tmp_path / "aliases.yml"
    path.write_text("merge:\n  Maria Keller: [The Treasurer]\nsplit: [Keller]\n", "utf-8")
    d = Directory([with_actors(["Maria Keller", "Keller"], "a"), with_actors(["The Treasurer"], "b")], read_aliases(path))
    assert d.entry_for("The Treasurer") is d.entry_for("Maria Keller")
    assert d.entry_for("Keller") is not d.entry_for("Maria Keller")


@pytest.mark.parametrize("text", ["- a list", "merge: [x]", "split: Keller", "other: 1", "merge: {A: B}", "a: [b"])
def test_a_bad_aliases_yml_is_an_error_naming_the_file(tmp_path, text):
    path = tmp_path / "aliases.yml"
    path.write_text(text, "utf-8")
    with pytest.raises(SeedError) as err:
        read_aliases(path)
    assert err.value.path == "aliases.yml"


# --- bounds at scale (in process: the analysis is the real one) ----------------------

def test_no_page_lists_every_briefing_and_actor_pages_are_bounded(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(60):
        (seeds / f"s{n:02}.md").write_text(
            f"---\ntitle: Story {n:02}\npublished: 2025-{1 + n % 3:02}-{1 + n % 28:02}\n---\n"
            f"Maria Keller opened bridge number {n} on a sunny day.\n", "utf-8")
    content = build_pages(seeds)
    assert len(content.briefings) == 60
    assert content.pages["index.md"].count("\n## [") == 50 and content.pages["page/2.md"].count("\n## [") == 10
    assert "60 briefings, newest first" in content.pages["page/2.md"]
    keller = content.pages["actors/maria-keller.md"]
    assert keller.count("](../briefings/") == 50 and "*and 10 more*" in keller
    for uri, page in content.pages.items():
        if uri.startswith("threads/") and uri != "threads/index.md":
            assert page.count("\n## ") <= 30, uri  # a thread of near-duplicates is cut at 30
        elif not uri.startswith("briefings/"):
            assert page.count("](") < 60 or uri == "actors/index.md", uri
    assert sum(k.startswith("timeline/2025-") for k in content.pages) == 3


# --- real builds ---------------------------------------------------------------------

EDITED = BRIDGE.replace("tags: [infrastructure, city council]\n", """tags: [infrastructure, city council]
summary: The council approved the bridge; Maria Keller backs it.
questions: ["Will the region pay its share?"]
exclude_quotes: [two halves]
actors:
  Maria Keller: {role: chair of the transport committee}
""")


def test_editor_overrides_change_the_page_and_say_so(tmp_path):
    project = make_project(tmp_path, {**SEEDS, "bridge.md": EDITED}, real_seed=False)
    mkdocs_build(project)
    page = (project / "site" / "briefings" / "bridge" / "index.html").read_text("utf-8")
    sections = {m[0]: m[1] for m in re.findall(r'<h2[^>]* id="([a-z-]+)">.*?</h2>(.*?)(?=<h2)', page, re.S)}
    for name in ("summary", "key-quotes", "actors", "open-questions"):
        assert "Edited by the editor" in sections[name], name
    assert "Edited by the editor" not in sections["facts-figures"]
    assert "Maria Keller backs it" in sections["summary"]
    assert "Will the region pay its share?" in sections["open-questions"]
    assert "two halves" not in sections["key-quotes"]
    assert "chair of the transport committee" in sections["actors"]
    keller = (project / "site" / "actors" / "maria-keller" / "index.html").read_text("utf-8")
    assert "chair of the transport committee" in keller  # roles seen


def test_a_bad_override_skips_the_seed_with_its_reason_and_fails_a_strict_build(tmp_path):
    bad = BRIDGE.replace("tags:", "summary: {not: text}\ntags:")
    project = make_project(tmp_path, {**SEEDS, "bridge.md": bad}, real_seed=False)
    strict = mkdocs_build(project, check=False)
    assert strict.returncode != 0 and "bridge.md" in strict.stderr and "'summary'" in strict.stderr
    mkdocs_build(project, strict=False)
    quality = (project / "site" / "quality" / "index.html").read_text("utf-8")
    assert "bridge.md" in quality and "must be a string or a list of strings" in quality
    assert (project / "site" / "briefings" / "budget" / "index.html").exists()


def test_aliases_yml_next_to_mkdocs_yml_wins_over_the_automatic_merge(tmp_path):
    project = make_project(tmp_path, SEEDS, real_seed=False)
    (project / "aliases.yml").write_text("merge:\n  Tom Berg: [Sara Lind]\nsplit: [Keller]\n", "utf-8")
    mkdocs_build(project)
    actors = project / "site" / "actors"
    assert not (actors / "sara-lind").exists()
    berg = (actors / "tom-berg" / "index.html").read_text("utf-8")
    assert "Sara Lind" in berg
    # "Keller" stays apart from Maria Keller; the analysis saw it only as her alias, so it
    # names no actor of any briefing and is listed nowhere
    assert "also written" not in (actors / "maria-keller" / "index.html").read_text("utf-8")
    assert not (actors / "by-letter" / "k").exists()


def test_only_actors_named_in_two_briefings_get_a_page_unless_configured(tmp_path):
    project = make_project(tmp_path, SEEDS, real_seed=False)
    mkdocs_build(project)
    site = project / "site"
    # Sara Lind is named in the harbour article only: listed, linked to that briefing, no page
    assert not (site / "actors" / "sara-lind").exists()
    assert (site / "actors" / "maria-keller" / "index.html").is_file()
    letter = (site / "actors" / "by-letter" / "s" / "index.html").read_text("utf-8")
    assert '<a href="../../../briefings/harbour/#actors">Sara Lind</a>' in letter
    harbour = (site / "briefings" / "harbour" / "index.html").read_text("utf-8")
    assert '<a href="../../actors/maria-keller/">Maria Keller</a>' in harbour
    assert "Sara Lind" in harbour and "actors/sara-lind" not in harbour

    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("actor_page_min_briefings: 2", "actor_page_min_briefings: 1"), "utf-8")
    mkdocs_build(project)
    assert (site / "actors" / "sara-lind" / "index.html").is_file()
