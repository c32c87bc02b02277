"""Sentences as a reader sees them: a quotation is never cut in two."""
from __future__ import annotations

import pytest

from generator.analysis.document import parse


@pytest.mark.parametrize(("text", "expected"), [
    ('He said: “It is bad. We must act.” Then he left.', ['He said: “It is bad. We must act.”', "Then he left."]),
    ('"We won. We deserved it," Smith said. The crowd cheered.', ['"We won. We deserved it," Smith said.', "The crowd cheered."]),
    # no quotation: every stop before a capital ends a sentence; abbreviations and initials do not
    ("The vote was close. Mr. Smith won. J. K. Rowling wrote.", ["The vote was close.", "Mr. Smith won.", "J. K. Rowling wrote."]),
    # a given name's glued middle initials before a surname do not end one; a place's before "The" do
    ("It was George H.W. Bush who won. He left.", ["It was George H.W. Bush who won.", "He left."]),
    ("He flew to Washington D.C. The next day he left.", ["He flew to Washington D.C.", "The next day he left."]),
    # a person's glued initials before a surname do not end one (no given name before them); a state's do
    ("The book was written by J.K. Rowling in Edinburgh.", ["The book was written by J.K. Rowling in Edinburgh."]),
    ('"Bad," says J.J. MacNab, an expert.', ['"Bad," says J.J. MacNab, an expert.']),
    ("He lives in Raleigh, N.C. Smith said so.", ["He lives in Raleigh, N.C.", "Smith said so."]),
    # plural titles before several names (AP style) do not end one either; a plural noun does
    ("Rubio attacked Govs. Jeb Bush and Chris Christie. They replied.",
     ["Rubio attacked Govs. Jeb Bush and Chris Christie.", "They replied."]),
    ("Rubio attacked the Govs pushing it. Bush replied.", ["Rubio attacked the Govs pushing it.", "Bush replied."]),
    ("Rubio attacked two Democrats. Bush replied.", ["Rubio attacked two Democrats.", "Bush replied."]),
    # a quotation left open runs over paragraphs: its sentences still split (nothing closes it here)
    ('“It is bad. We must act.\n“And we will.”', ["“It is bad.", "We must act.", "“And we will.”"]),
    # tokenised CNN/DailyMail text
    ("the vote was close . smith won .", ["the vote was close .", "smith won ."]),
    # quotations in doubled apostrophes (newspaper archives) or grave accents (tokenised) are not cut either
    ("''It is bad. We must act,'' he said. Then he left.", ["''It is bad. We must act,'' he said.", "Then he left."]),
    ("`` it is bad . we must act , '' he said . then he left .",
     ["`` it is bad . we must act , '' he said .", "then he left ."]),
])
def test_sentences(text, expected):
    assert [s.text for s in parse(text).sentences] == expected


@pytest.mark.parametrize("text", [
    "", "Plain words, 12 of them_too.", "Café ²³ ª º µ ×÷ «quoted»",  # Latin-1: counted from bytes
    "It’s “curly” — and Ünïcode 北京 too",  # beyond Latin-1: the regex itself
    "tab\tnew\nline\x0bvertical\x0cfeed\rreturn",
])
def test_word_count_is_the_regex_count(text):
    import re

    from generator.analysis import word_count
    assert word_count(text) == len(re.findall(r"\w+", text))
