"""The project's first real article gives what the "End-to-end" issue promises a reader."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis import analyze
from generator.reader import read_seed
from generator.render.briefing import key_quotes
from sitebuild import SEED

PUTIN_SAID = (
    "ready to think about how to ensure safety during the vote on Ukraine",
    "hitting deep into the territory on the day of voting",
    "the right to demand that elections be organized on its territory",
)
NOT_QUOTES = ("Year-End with Vladimir Putin", "direct line", "fascist", "protecting citizens")


@pytest.fixture(scope="module")
def briefing():
    return analyze(read_seed(SEED, SEED.parent))


def test_seed_is_copied_unchanged_from_the_shared_folder():
    shared = Path(__file__).resolve().parents[2] / "shared" / "seeds" / SEED.name
    if not shared.exists():
        pytest.skip("no shared/ folder beside the repository")
    assert SEED.read_bytes() == shared.read_bytes()


@pytest.mark.parametrize("words", PUTIN_SAID)
def test_what_putin_said_is_a_key_quote_attributed_to_him(briefing, words):
    [quote] = [q for q in key_quotes(briefing.quotes) if words in q.text]
    assert quote.speaker == "Vladimir Putin"


@pytest.mark.parametrize("words", NOT_QUOTES)
def test_titles_formats_and_scare_quotes_are_not_quotes(briefing, words):
    assert not [q for q in briefing.quotes if words in q.text]


@pytest.mark.parametrize(("name", "kind"), [("Vladimir Putin", "person"), ("Pavel Zarubin", "person"),
                                             ("Katerina Berezovskaya", "person"), ("Russia", "place"),
                                             ("Ukraine", "place")])
def test_actors(briefing, name, kind):
    [actor] = [a for a in briefing.actors if a.name == name]
    assert actor.kind == kind


def test_putin_is_the_president_and_putin_is_his_alias(briefing):
    [putin] = [a for a in briefing.actors if a.name == "Vladimir Putin"]
    assert "president" in (putin.role or "").lower()
    assert "Putin" in putin.aliases


def test_at_least_two_open_questions_each_tied_to_its_sentence(briefing):
    assert len(briefing.questions) >= 2  # the third, "What are the implications of …?", is an essay question (review 7)
    starts = {s.start: s for s in briefing.sentences}
    for q in briefing.questions:
        assert q.text.endswith("?")
        assert q.start in starts and starts[q.start].end == q.end


def test_the_title_says_what_happened(briefing):
    assert briefing.title_inferred
    assert "Putin" in briefing.title and "signal" in briefing.title
    assert "000_" not in briefing.title and len(briefing.title.split()) <= 16
