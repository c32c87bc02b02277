"""The pattern registry: one record per kind of question an article may raise.

A record names the pattern, the cue that finds it (``cues``), the builder that words the
question (``wording``), the ``kind`` shown on the page, a base weight the ranker starts from
(how often such a question is worth asking, from reading tuning-part articles), and what the
builder needs from the document. To add a pattern: write a cue, a builder, and a row here,
with positive and negative rows in ``tests/test_question_patterns.py``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Pattern as Regex

from . import cues, wording


@dataclass(frozen=True, slots=True)
class Pattern:
    name: str
    cue: Regex
    build: Callable
    kind: str  # uncertain | disputed | pending | no-comment | forward | legal | unsourced | response
    weight: float
    needs: str  # what the builder reads besides the sentence
    whole_article: bool = False  # the cue holds only when the rest of the article lacks something


REGISTRY: tuple[Pattern, ...] = (
    Pattern("explicit-uncertainty", cues.UNCLEAR, wording.ask_unclear, "uncertain", 3.0, "nearest person or organisation for a pronoun"),
    Pattern("whether-open", cues.WHETHER_OPEN, wording.ask_whether_open, "uncertain", 3.0, "nothing"),
    Pattern("unknown-detail", cues.NP_UNCLEAR, wording.ask_np_unclear, "uncertain", 2.6, "nothing"),
    Pattern("disputed-claim", cues.DENIAL, wording.ask_denied, "disputed", 2.6, "nothing"),
    Pattern("accusation", cues.ACCUSED, wording.ask_accused, "disputed", 2.2, "nearest person or organisation for a pronoun"),
    Pattern("no-comment", cues.NO_COMMENT, wording.ask_no_comment, "no-comment", 2.4, "nothing"),
    Pattern("charge-outcome", cues.CHARGED, wording.ask_charged, "legal", 2.6, "nearest person for he/she"),
    Pattern("appeal-or-lawsuit", cues.APPEAL, wording.ask_appeal, "legal", 2.4, "nothing"),
    Pattern("inquiry-finding", cues.INQUIRY, wording.ask_inquiry, "legal", 2.2, "nothing"),
    Pattern("called-to-act", cues.URGED, wording.ask_urged, "response", 2.4, "nearest organisation for 'the firm'"),
    Pattern("forecast-or-plan", cues.MODAL, wording.ask_forward, "forward", 2.0, "nearest person or organisation for a pronoun"),
    Pattern("unfunded-plan", cues.MONEY_PLAN, wording.ask_funding, "pending", 2.0, "no word on funding anywhere in the article", True),
    Pattern("unsourced-figure", cues.ROUGH_FIGURE, wording.ask_rough_figure, "unsourced", 1.6, "no source named in or next to the sentence", True),
)
BY_NAME = {p.name: p for p in REGISTRY}
