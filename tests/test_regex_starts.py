"""boundary_words: the same matches as the plain word-boundary alternation, written to open on first letters."""
import re

import pytest

from generator.analysis.regex_starts import boundary_words, word_starts

_WORDS = ["will", "would", r"wants?\sto", "could", "can", "it", "its", "itself", "I", "in", r"in\sthe\srun-up\sto",
          r"worr(?:y|ies|ied)"]
_TEXTS = [
    "It will rain; they would go and it wants to stay.",  # words at a boundary
    "Swill, towould, scan, bits, wit and skin: no word starts here.",  # the letters inside words
    "I think I can, in the run-up to it, and itself is its own; cannot, itsy, wanted to",
    "'will' (could) \u201cI\u201d I'm worried, worries, worrying, worry",
    "",
    "w i c I",
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("tail", ["", r"\b", r"\s\w+"])
def test_same_matches_as_the_plain_alternation(text, tail):
    plain = re.compile(r"\b(?:" + "|".join(_WORDS) + ")" + tail)
    fast = re.compile(boundary_words(_WORDS) + tail)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_groups_by_first_letter_keeping_order():
    assert boundary_words(["will", "could", "would", "can", "I"]) == (
        r"(?:w(?<=\bw)(?:ill|ould)|c(?<=\bc)(?:ould|an)|I(?<=\bI))")


def test_earlier_alternative_still_wins():
    # "in" before "in the run-up to": the shorter one wins, as in the plain alternation
    assert re.search(boundary_words(["in", r"in\sthe\srun-up\sto"]), "in the run-up to").group() == "in"
    assert re.search(boundary_words([r"in\sthe\srun-up\sto", "in"]), "in the run-up to").group() == "in the run-up to"


@pytest.mark.parametrize("text,found", [
    ("he will go", ["will"]),
    ("a swill of it", []),  # no boundary before the letter
    ("wills", ["will"]),  # the boundary after is the caller's
    ("Will", []),  # as written: case-sensitive
])
def test_word_boundary_before(text, found):
    assert re.findall(boundary_words(["will"]), text) == found


@pytest.mark.parametrize("alt", [r"\bwill", "(?:is|are)", "[a-z]+ed", "s?he", "", "é"])
def test_an_alternative_not_opening_on_a_letter_is_refused(alt):
    with pytest.raises(ValueError):
        boundary_words(["will", alt])


def test_an_alternative_of_two_branches_is_refused():
    # "is|are" as one alternative would lose "are"'s word boundary: give two alternatives
    with pytest.raises(ValueError):
        boundary_words(["is|are"])
    assert re.findall(boundary_words(["is", "are", r"worr(?:y|ies)"]), "bare facts are worries") == ["are", "worries"]


@pytest.mark.parametrize("word, text", [
    ("vote", "Will the Senate vote on it?"), ("re-vote", "Will they re-vote?"), ("vote", "vote"),
    ("vote", "Will they devote time?"), ("vote", "Will they vote_now?"), ("vote", "Will they votes? vote."),
    ("vote", ""), ("Bush", "Bushehr and Bush"), ("Lee", "Leeds, Lee's and Lee"), ("a a", "a a a"),
])
def test_word_starts_are_where_a_bounded_search_matches(word, text):
    expected = [m.start() for m in re.finditer(rf"(?=\b{re.escape(word)}\b)", text)]
    assert list(word_starts(word, text)) == expected
