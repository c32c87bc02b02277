"""Actors: who and what an article names, with their kinds, roles, aliases and mentions."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis.actors import extract_actors
from generator.analysis.document import parse

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_0b7a11e69ca9f520.txt"


def actors_of(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in extract_actors(parse(text))}


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return text, {a.name: a for a in extract_actors(parse(text))}


def test_seed_putin_is_one_person_with_role_and_alias(seed):
    text, actors = seed
    putin = actors["Vladimir Putin"]
    assert putin.kind == "person"
    assert "president" in (putin.role or "").lower()
    assert "Putin" in putin.aliases
    bare = [m for m in putin.mentions if m.text == "Putin"]
    assert len(bare) >= 5
    assert all(text[m.start:m.end] == m.text for m in putin.mentions)
    assert "Russian President" not in {m.text for m in putin.mentions}


def test_seed_journalists(seed):
    _, actors = seed
    for name in ("Pavel Zarubin", "Katerina Berezovskaya"):
        assert actors[name].kind == "person"
        assert actors[name].role == "journalist"


def test_seed_places(seed):
    text, actors = seed
    for name in ("Russia", "Ukraine", "Kyiv", "Moscow"):
        assert actors[name].kind == "place", name
    assert all(m.text == "Moscow" for m in actors["Moscow"].mentions)  # "Moscow’s" -> "Moscow"
    assert "Moscow’s" in text


def test_seed_no_junk_from_sentence_openers(seed):
    _, actors = seed
    for junk in ("However", "The", "Yet", "For", "While", "As", "This", "Year-End", "December"):
        assert junk not in actors


def test_seed_actors_are_ranked_key_actors_first(seed):
    text = seed[0]
    found = extract_actors(parse(text))
    assert {a.name for a in found[:3]} == {"Russia", "Vladimir Putin", "Ukraine"}  # named most, and in the lead
    counts = [len(a.mentions) for a in found]
    assert counts[:3] == sorted(counts, reverse=True)[:3]
    assert found[-1].mentions[0].start > 1000 and len(found[-1].mentions) == 1  # a name in passing comes last
    assert found == extract_actors(parse(text))  # deterministic


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Angela Merkel met officials in Berlin on Monday.",
         {"Angela Merkel": "person", "Berlin": "place"}),
        ("Shares of General Motors Corp. rose after the Federal Reserve cut rates.",
         {"General Motors Corp.": "organization", "Federal Reserve": "organization"}),
        ("The United Nations said aid had reached Somalia.",
         {"United Nations": "organization", "Somalia": "place"}),
        ("Mr Smith told reporters in Paris that Smith & Wesson Inc. would appeal.",
         {"Smith": "person", "Paris": "place", "Smith & Wesson Inc.": "organization"}),
        ("Russian President Vladimir Putin met Ukrainians in Kyiv.",
         {"Vladimir Putin": "person", "Ukrainians": "group", "Kyiv": "place"}),
        ("MOSCOW 1996-08-30\nTalks resumed on Friday .", {"MOSCOW": "place"}),  # a dateline
        ("Hong Kong Financial Secretary Donald Tsang spoke.", {"Hong Kong": "place", "Donald Tsang": "person"}),
        ("German and French ministers met.", {}),  # demonyms are not places
        ("However, the talks failed. Yet nobody left.", {}),
        ("It rained all day.", {}),
        ("", {}),
    ],
)
def test_actor_table(text, expected):
    got = actors_of(text)
    for name, kind in expected.items():
        assert got.get(name) == kind, (name, got)
    if not expected:
        assert got == {}


def test_surname_joins_full_name_and_role_is_kept_out():
    text = "Foreign Minister Yevgeny Primakov arrived on Tuesday. Primakov said talks would go on."
    (actor,) = [a for a in extract_actors(parse(text)) if a.kind == "person"]
    assert actor.name == "Yevgeny Primakov"
    assert actor.role == "Foreign Minister"
    assert actor.aliases == ("Primakov",)
    assert [m.text for m in actor.mentions] == ["Yevgeny Primakov", "Primakov"]


def test_all_caps_headline_uses_the_names_of_the_body():
    text = "CLINTON VISITS OHIO .\nPresident Bill Clinton flew to Ohio on Monday ."
    got = {a.name: a for a in extract_actors(parse(text))}
    assert got["Bill Clinton"].kind == "person"
    assert any(m.text == "CLINTON" for m in got["Bill Clinton"].mentions)
    assert got["Ohio"].kind == "place"
