"""Theme candidates (generator/themes.py): lower-case key phrases, never names, stop words,
words of any news story or a past-tense verb alone."""
from __future__ import annotations

import pytest

from generator.analysis import analyze
from generator.model import Article
from generator.themes import candidates, choose_themes


@pytest.mark.parametrize("text, phrase", [
    ("The climate change plan was adopted.", "climate change"),
    ("Fans of tennis came.", "tennis"),
    ("Polls before the 2016 election closed.", "2016 election"),
    ("The dock strike ended.", "dock strike"),
])
def test_a_key_phrase_is_a_candidate(text, phrase):
    assert phrase in candidates(text)


@pytest.mark.parametrize("text, phrase", [
    ("Vladimir Putin spoke in Moscow.", "putin"),       # names are actors
    ("Vladimir Putin spoke in Moscow.", "Putin"),
    ("She said it on Monday.", "said"),                 # words of any story
    ("She said it on Monday.", "monday"),
    ("The plan was quickly adopted.", "quickly"),
    ("The election 2016 was close.", "election 2016"),  # a year ends no phrase
    ("The strike. Dock workers left.", "strike dock"),  # no phrase across a sentence stop
])
def test_not_a_candidate(text, phrase):
    assert phrase not in candidates(text)


def test_a_theme_needs_two_briefings_and_editor_tags_come_first():
    texts = {"a": "Tennis fans love tennis. The tennis final was long.",
             "b": "The tennis ranking changed. Players of tennis travel.",
             "c": "The museum opened. The museum is old. The museum has a garden garden."}
    briefings = [analyze(Article(id=k, body=v, tags=("sport",) if k == "a" else ())) for k, v in texts.items()]
    themes = choose_themes(briefings)
    assert themes["a"] == ("sport", "tennis") and themes["b"] == ("tennis",)
    assert themes["c"] == ()  # "museum" is its own: no theme of one briefing


def test_one_past_tense_word_is_no_theme():
    texts = ["He played well and played on. Others played too.", "She played and played again."]
    briefings = [analyze(Article(id=str(i), body=t)) for i, t in enumerate(texts)]
    assert choose_themes(briefings) == {"0": (), "1": ()}
