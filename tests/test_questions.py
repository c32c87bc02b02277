"""Open questions: each is a transformed cue clause, ends in "?", and cites its sentence."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis import parse
from generator.analysis.actors import extract_actors
from generator.analysis.questions import MAX_QUESTIONS, extract_questions

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_0b7a11e69ca9f520.txt"


def questions(text: str):
    doc = parse(text)
    return extract_questions(doc, extract_actors(doc), ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This statement raises questions about whether this could be a rare instance of Russia "
            "prioritizing de-escalation over confrontation.",
            ["Could this be a rare instance of Russia prioritizing de-escalation over confrontation?"],
        ),
        ("It is unclear how many viewers RT actually reaches.", ["How many viewers does RT actually reach?"]),
        ("It is not clear how long her brand of magic can continue.", ["How long can her brand of magic continue?"]),
        ("Whether this merger is a success remains to be seen.", ["Is this merger a success?"]),
        ("The cause of the fire remains unknown.", ["What is the cause of the fire?"]),
        ("The implications of Putin’s statements remain uncertain.", ["What are the implications of Putin’s statements?"]),
        ("HP, the world's biggest printer firm, declined to comment on the lawsuit.", ["What does HP say about the lawsuit?"]),
        ("The Clinton campaign did not respond to a request for comment.", ["What is the Clinton campaign's response?"]),
        ("An FBI spokesman did not immediately respond to a request for comment.", ["What is FBI's response?"]),
        ("Gazprom has denied that it is behind the purchase.", ["Is Gazprom behind the purchase?"]),
        ("The Clinton campaign denies any wrongdoing.", ["Did the Clinton campaign do anything wrong?"]),
        ("Trump has denied the charge.", ["Is the charge against Trump true?"]),
        ("The Senate is expected to vote on the bill next week.", ["Will the Senate vote on the bill next week?"]),
        ("Analysts said Unilever could launch the new products in 2007.", ["Could Unilever launch the new products in 2007?"]),
        (
            "Peugeot warned that its profits may decline this year as a result of higher steel, plastic and commodity prices.",
            ["Could Peugeot's profits decline this year as a result of higher steel, plastic and commodity prices?"],
        ),
        # no hedge, no question
        ("The company reported a profit of $5m on Tuesday.", []),
        ("Sales rose 7% in the year to March, the firm said.", []),
        # a speaker's own words are not the article's question
        ('"We could win this," he said.', []),
        # an unresolved pronoun names nobody
        ("He could not be reached.", []),
        ("It is unclear whether to proceed.", []),
        ("The idea that taxes could rise came up in the debate.", []),
        ("Labour's plans to raise taxes were dropped.", []),
        # answered later in the article
        (
            "It is unclear whether the board will approve the merger. "
            "The board later approved the merger on Friday.",
            [],
        ),
    ],
)
def test_question_text(text, expected):
    assert [q.text for q in questions(text)] == expected


@pytest.mark.parametrize(
    ("text", "kind", "about"),
    [
        ("HP declined to comment on the lawsuit.", "no-comment", "HP"),
        ("Gazprom has denied that it is behind the purchase.", "disputed", "Gazprom"),
        ("It is unclear whether Clinton could block the release of records.", "uncertain", "Clinton"),
        ("Scotland coach Matt Williams is due to name his team on Thursday.", "pending", "Scotland coach Matt Williams"),
        ("Analysts said Unilever could launch the new products in 2007.", "forward", "Unilever"),
    ],
)
def test_kind_and_about(text, kind, about):
    (q,) = questions(text)
    assert (q.kind, q.about) == (kind, about)


def test_seed_has_three_open_questions_tied_to_their_sentences():
    text = SEED.read_text(encoding="utf-8")
    doc = parse(text)
    found = extract_questions(doc, extract_actors(doc), ())
    assert len(found) >= 3
    for q in found:
        s = doc.sentences[q.sentence]
        assert q.text.endswith("?") and q.text[0].isupper()
        assert (q.start, q.end) == (s.start, s.end)
        assert "What follows from this" not in q.text
    assert "Could this be a rare instance of Russia prioritizing de-escalation over confrontation?" in [q.text for q in found]


def test_at_most_five_in_text_order():
    text = " ".join(f"It is unclear whether the {n} plan will pass." for n in "first second third fourth fifth sixth seventh".split())
    found = questions(text)
    assert len(found) == MAX_QUESTIONS
    assert [q.start for q in found] == sorted(q.start for q in found)


def test_headline_line_raises_no_question():
    assert questions("Election 'could be terror target'\n\nThe vote went ahead on Thursday.") == ()
