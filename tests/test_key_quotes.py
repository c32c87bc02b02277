"""Key quotes on a briefing page: the ones that matter to the story, each shown once."""
from __future__ import annotations

from dataclasses import replace

import pytest

from generator.analysis import analyze
from generator.model import Actor, Article, Mention, Quote
from generator.render.briefing import quoted, render_briefing
from generator.render.quote_rank import key_quotes


def q(text, start, speaker=None, partial=False):
    return Quote(text, start, start + len(text), speaker, partial=partial)


def actor(name, n):
    return Actor(name, "person", mentions=tuple(Mention(i, i + 1, name) for i in range(n)))


def texts(quotes):
    return [x.text for x in quotes]


def test_a_short_whole_answer_from_the_main_speaker_is_kept():
    quotes = [q("Well, we'll see.", 10, "Joe Biden")]
    assert texts(key_quotes(quotes, [actor("Joe Biden", 6)], "Biden on the re-election race")) == ["Well, we'll see."]


def test_a_short_fragment_or_an_unattributed_scare_quote_is_not():
    quotes = [q("rigged", 10, "Donald Trump", partial=True), q("experts", 40)]
    assert key_quotes(quotes) == []


def test_a_partial_quote_inside_a_full_one_is_shown_once():
    full = q("The bridge will be repaired by the spring, and we will pay for it.", 100, "Jane Doe")
    part = q("will pay for it", 300, "Jane Doe", partial=True)
    assert texts(key_quotes([part, full])) == [full.text]


def test_a_partial_quote_with_a_word_changed_from_the_full_one_is_shown_once():
    full = q("And to call that a cut is at best a misrepresentation, at worst a downright lie.", 100, "Jane Doe")
    part = q("at best misrepresentation at worst a downright lie", 300, "Jane Doe", partial=True)
    assert texts(key_quotes([part, full])) == [full.text]


def test_two_quotes_that_share_a_few_words_are_both_shown():
    one = q("We did not disclose these adjustments to the board,", 100, "Jane Doe")
    two = q("We did not talk about these adjustments and the information was false.", 300, "Jane Doe")
    assert texts(key_quotes([one, two])) == [one.text, two.text]


def test_quotes_about_the_news_from_main_actors_come_first():
    news = "Council approves the harbour bridge repair budget"
    quotes = [q(f"I had a lovely lunch with my family on day {i} of the holidays this year.", i * 100, "Bystander")
              for i in range(6)]
    quotes.append(q("The harbour bridge repair budget is approved at last.", 900, "Jane Doe"))
    chosen = key_quotes(quotes, [actor("Jane Doe", 8), actor("Bystander", 1)], news, count=3)
    assert "The harbour bridge repair budget is approved at last." in texts(chosen)
    assert [x.start for x in chosen] == sorted(x.start for x in chosen)  # shown in reading order


def test_a_short_quote_that_is_not_a_sentence_is_not_a_key_quote():
    assert key_quotes([q("--><svg/onload=alert('x')>", 10, "the spokesman")]) == []


@pytest.mark.parametrize(("text", "shown"), [
    ("We are ready,", "We are ready"),
    ("than a white male,’", "than a white male’"),  # a quote inside it closes with the handover comma
    ("than a white male,'", "than a white male'"),
    ("We are ready, and so are they.", "We are ready, and so are they."),
    ("the ‘wise Latina’", "the ‘wise Latina’"),
])
def test_the_quote_as_shown(text, shown):
    assert quoted(q(text, 0)) == shown


def test_a_stray_mark_read_as_a_role_is_not_shown():
    body = "“We will build the wall on our southern border,’ she wrote. Phyllis Schlafly wrote it."
    text = "We will build the wall on our southern border,"
    b = analyze(Article(id="x", body=body))
    b = replace(b, quotes=(Quote(text, 1, 1 + len(text), "Phyllis Schlafly", "’", sentence=0),))
    page = render_briefing(b)
    assert "— Phyllis Schlafly<" in page or "— Phyllis Schlafly " in page
    assert "Phyllis Schlafly, ’" not in page
    b = replace(b, quotes=(Quote(text, 1, 1 + len(text), "Phyllis Schlafly", "columnist", sentence=0),))
    assert "Phyllis Schlafly, columnist" in render_briefing(b)


def test_the_same_words_from_two_speakers_are_both_shown():
    grassley = q("She was found saying, quote, ‘A wise Latina woman would more often than not reach a better "
                 "conclusion than a white male,’", 100, "Chuck Grassley")
    sotomayor = q("A wise Latina woman would more often than not reach a better conclusion", 400, "Sonia Sotomayor")
    assert texts(key_quotes([grassley, sotomayor])) == [grassley.text, sotomayor.text]
