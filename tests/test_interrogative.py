"""Turning a declarative clause into a yes/no question (``questions.inversion.yes_no``)."""
from __future__ import annotations

import pytest

from generator.analysis.questions.inversion import yes_no


@pytest.mark.parametrize(("clause", "expected"), [
    ("this could be a rare instance of restraint.", "Could this be a rare instance of restraint?"),
    ("Unilever sells soap in Asia.", "Does Unilever sell soap in Asia?"),
    ("the proposed plan needs more work.", "Does the proposed plan need more work?"),  # "proposed": an adjective
    ("the board wants a vote in June.", "Does the board want a vote in June?"),
    ("the firm misled investors.", None),          # past tense: "investors" is no verb
    ("the council approved plans.", None),
    ("we will win.", None),                        # the writer's "we": whose, the question cannot say
    ("it could do nothing about it.", None),       # a past inability
])
def test_yes_no(clause, expected):
    assert yes_no(clause) == expected
