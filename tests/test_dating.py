"""Dates found in the text (generator/dating.py): datelines and full dates near the top, and
the dates that are not the article's own."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.dating import find_date, with_published
from generator.analysis import analyze
from generator.model import Article

D = dt.date


@pytest.mark.parametrize("body, day", [
    ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP .\nLONDON 1996-08-30\nWest Indian all-rounder Phil Simmons took four.", D(1996, 8, 30)),
    ("Title line\n\nAL-AIN 1996-12-06\n\nThe team won.", D(1996, 12, 6)),
    ("WASHINGTON, Dec. 6, 1996 - The president signed the bill.", D(1996, 12, 6)),
    ("VELDEN, 3 March 2025 - Schools will teach a new course.", D(2025, 3, 3)),
    ("NEW YORK (Reuters) - December 6, 1996 - Stocks fell.", D(1996, 12, 6)),
    ("The airline reported its results on 31 December 2004 in London.", D(2004, 12, 31)),
    ("On September 4th, 2019, the council met.", D(2019, 9, 4)),
    ("Talks ended on Friday.\n\nThe deal was signed on 2 May 2021 in Paris.", D(2021, 5, 2)),
])
def test_a_dateline_or_a_full_date_near_the_top_is_found(body, day):
    found = find_date(body)
    assert found is not None and found.day == day
    assert body[found.start:found.end]  # the date's own span


@pytest.mark.parametrize("body", [
    "NEW YORK, Nov. 19 (UPI) - Clinton spoke.",                    # no year: not a full date
    "The firm was founded in 1996 and sold in December.",          # a year or a month alone
    "She was born on 3 May 1950 in Lyon.",                          # another time than the article's
    "Prices have risen since 12 March 2020.",
    "The law applies from 1 January 2026.",
    "The meeting on 2025-02-30 was cancelled.",                     # a day that does not exist
    "The score was 12-10-2019 after extra time.",                   # not ISO
    "\n".join(["Filler sentence number %d goes on." % i for i in range(80)]) + "\nIt ended on 6 May 2020.",  # far down
])
def test_no_date_or_not_the_articles_date_is_not_found(body):
    assert find_date(body) is None


def test_front_matter_wins_and_a_found_date_is_marked_as_from_the_text():
    given = analyze(Article(id="a", body="LONDON 1996-08-30\nThe match was played.", published=D(2000, 1, 1)))
    assert with_published(given).article.published == D(2000, 1, 1)
    assert with_published(given).article.published_from == "front matter"
    found = with_published(analyze(Article(id="b", body="LONDON 1996-08-30\nThe match was played.")))
    assert (found.article.published, found.article.published_from) == (D(1996, 8, 30), "text")
    none = with_published(analyze(Article(id="c", body="The match was played on Friday.")))
    assert (none.article.published, none.article.published_from) == (None, None)
