"""Quotes: what a reader checks on a briefing page — the quoted words, who said them, and
that scare quotes, titles and apostrophes are not shown as quotes."""
from __future__ import annotations

import timeit
from pathlib import Path

import pytest

from generator.analysis.document import parse
from generator.analysis.quotes import extract_quotes

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_0b7a11e69ca9f520.txt"


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(parse(text), ())]


@pytest.mark.parametrize(("text", "expected"), [
    # quote, then subject and verb, in either order
    ('"We will win this state," Barkley said.', [("We will win this state,", "Barkley")]),
    ("“We will win this state,” said Barkley.", [("We will win this state,", "Barkley")]),
    ("“It is over,” Smith, a former aide, said on Monday.", [("It is over,", "Smith")]),
    ("“It is over,” former congressman Dan Maffei said.", [("It is over,", "Dan Maffei")]),
    ("“It is over,” said Rep. Gwen Moore (D-Wis.).", [("It is over,", "Gwen Moore")]),
    ("“It is over,” a spokeswoman for the campaign said.", [("It is over,", "a spokeswoman for the campaign")]),
    # subject and verb before the quote
    ("Smith told reporters: “We are done here.”", [("We are done here.", "Smith")]),
    ("According to Smith, “the plan is dead.”", [("the plan is dead.", "Smith")]),
    ("Clinton’s spokesman, Brian Fallon, said: “We disagree.”", [("We disagree.", "Brian Fallon")]),
    # a sandwich: both halves belong to the same speaker
    ("“Part one,” he said, “and part two.”", [("Part one,", None), ("and part two.", None)]),
    ("Mary Jones spoke first. “Part one,” she said, “and part two.”",
     [("Part one,", "Mary Jones"), ("and part two.", "Mary Jones")]),
    # typographic single quotes; apostrophes inside and at the end of words are not marks
    ("Putin said Russia was ‘ready to talk about the vote.’", [("ready to talk about the vote.", "Putin")]),
    ("Sen. Jones spoke on Monday. ‘The voters’ choice matters here,’ he said.",
     [("The voters’ choice matters here,", "Jones")]),
    # a quote over two paragraphs: the first one is left open
    ('Smith said: "This is the first part.\n\n"And this is the second," she added.',
     [("This is the first part.", "Smith"), ("And this is the second,", "Smith")]),
    # a quote with no cue continues the previous speaker
    ('"We are ready," Smith said.\n\n"The plan is simple and it will work."',
     [("We are ready,", "Smith"), ("The plan is simple and it will work.", "Smith")]),
    # pronouns and surnames resolve to the full name written in the article
    ('Senator Jane Doe spoke in Ohio. "We will fight," she said.', [("We will fight,", "Jane Doe")]),
    ("Vladimir Putin spoke on Thursday. “We are ready,” Putin said.", [("We are ready,", "Vladimir Putin")]),
    ('Mr. Smith and Mrs. Jones met. Mrs. Jones left. "No comment," he said.', [("No comment,", "Smith")]),
    # no reporting verb: the quote stays, the speaker stays unknown
    ('The crowd was loud. "This is the best day of my whole life and I mean it."',
     [("This is the best day of my whole life and I mean it.", None)]),
    # rows that must return nothing: scare quotes, titles, apostrophes, attribute values
    ('The so-called "experts" were wrong again.', []),
    ('She wrote a memoir titled "Hard Choices" in 2014.', []),
    ("The broadcast, titled ‘Year-End with Vladimir Putin,’ took place on December 19.", []),
    ("It was part of a ‘direct line’ format.", []),
    ("Moscow’s approach to the voters’ rights is Russia’s own.", []),
    ("what he describes as the ‘fascist’ policies of Kyiv", []),
    ('<tweet author="@someone" id="12345">Text</tweet>', []),
    ("It's a rock 'n' roll show from the '90s.", []),
])
def test_quotes_and_speakers(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(("text", "partial"), [
    ("Trump called the deal “a disaster” on Monday.", True),
    ("Barkley said CNN has done an “awful” job.", True),
    ("“CNN has done an awful job this election,” Barkley said.", False),
    ("Barkley said: “CNN has done an awful job this election.”", False),
])
def test_partial_quotes(text, partial):
    (quote,) = extract_quotes(parse(text), ())
    assert quote.partial is partial


def test_role_and_cue():
    (quote,) = extract_quotes(parse("“It is over,” said Jim Clyburn, a Democratic congressman."), ())
    assert (quote.speaker, quote.role, quote.cue) == ("Jim Clyburn", "a Democratic congressman", "said")


def test_offsets_point_at_the_quoted_words():
    text = "Intro.\n\n“We are ready,” Putin said."
    (quote,) = extract_quotes(parse(text), ())
    assert text[quote.start:quote.end] == quote.text == "We are ready,"
    assert parse(text).sentences[quote.sentence].start <= quote.start


def test_seed_putin_quotes():
    found = {q.text: q.speaker for q in extract_quotes(parse(SEED.read_text(encoding="utf-8")), ())}
    assert found == {
        "ready to think about how to ensure safety during the vote on Ukraine.": "Vladimir Putin",
        "hitting deep into the territory on the day of voting.": "Vladimir Putin",
        "the right to demand that elections be organized on its territory so that all citizens of "
        "the republic can vote.": "Vladimir Putin",
    }


def test_speed_well_under_a_millisecond_per_article():
    doc = parse(SEED.read_text(encoding="utf-8"))  # 800 words, longer than most articles
    best = min(timeit.repeat(lambda: extract_quotes(doc, ()), number=20, repeat=5)) / 20
    assert best < 0.001
