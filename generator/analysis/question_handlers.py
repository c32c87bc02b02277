"""The table of open-question cues: which sentence words wake which handler, and in which tier.

Handlers live by purpose in ``question_doubt`` (hedges, unknowns, refusals, denials) and
``question_plans`` (expectations, pending decisions, prospects); each takes ``(doc, sentence index,
sentence text, match, context)`` and returns ``(question, about, kind)`` or None. Cue patterns live in
``question_cues``.
"""
from __future__ import annotations

import re
from typing import Callable

from .question_clauses import Context, Result
from .question_cues import (
    ALLEGATION,
    BIG_QUESTION,
    CANNOT_SAY,
    CHARGE_DENIAL,
    DENIAL,
    EXPECTED,
    FORWARD,
    INQUIRY,
    IT_UNCLEAR,
    NO_COMMENT,
    NO_GUARANTEE,
    NOT_KNOWN,
    NP_UNCLEAR,
    PLANS,
    PREDICT,
    QUESTION_ABOUT,
    SAID_WILL,
    UNCERTAINTY_OVER,
    WEIGHING,
    WHETHER_UNCLEAR,
    WILL_DECIDE,
    YET_TO_CONFIRM,
)
from .question_doubt import (
    ask_allegation,
    ask_cannot_say,
    ask_charges,
    ask_denial,
    ask_inquiry,
    ask_no_comment,
    ask_no_guarantee,
    ask_np_unclear,
    ask_uncertain,
    ask_uncertainty_over,
    ask_whether_unclear,
)
from .question_plans import ask_expected, ask_forward, ask_predict, ask_said_will, ask_weighing, ask_will_decide

__all__ = ["ALSO_NEEDS", "HANDLERS", "TRIGGER_OWNERS", "TRIGGER_WORDS", "Context"]


# (pattern, handler, tier, trigger words): a handler's regex runs only on sentences holding
# one of its trigger words, found by set intersection, which costs far less than running
# every regex over every sentence.
_UNCLEAR = ("unclear", "clear", "uncertain", "unknown", "known", "seen", "unsure", "unsettled", "unresolved", "question", "say",
            "tell", "know")
HANDLERS: tuple[tuple[re.Pattern, Callable[..., Result | None], int, tuple[str, ...]], ...] = (
    (QUESTION_ABOUT, ask_uncertain, 0, ("question", "questions", "doubt", "doubts", "debate", "uncertainty", "speculation",
                                        "questioned", "questioning", "queried", "queries", "query", "doubted", "wondered",
                                        "wonder")),
    (IT_UNCLEAR, ask_uncertain, 0, _UNCLEAR),
    (BIG_QUESTION, ask_uncertain, 0, ("question", "issue")),
    (WHETHER_UNCLEAR, ask_whether_unclear, 0, _UNCLEAR + ("question",)),
    (NP_UNCLEAR, ask_np_unclear, 0, _UNCLEAR),
    (UNCERTAINTY_OVER, ask_uncertainty_over, 0, ("uncertainty", "doubt", "doubts", "question", "questions")),
    (CANNOT_SAY, ask_cannot_say, 0, ("say", "saying", "specify", "disclose", "reveal", "confirm", "explain", "discuss", "question", "questions",
                                      "said", "disclosed", "revealed", "confirmed", "explained", "specified", "indicated")),
    (DENIAL, ask_denial, 0, ("denied", "denies", "deny", "rejected", "rejects", "disputed", "disputes")),
    (CHARGE_DENIAL, ask_charges, 0, ("denied", "denies", "deny", "pleaded", "pleads")),
    (ALLEGATION, ask_allegation, 0, ("accusation", "accusations", "allegation", "allegations")),
    (YET_TO_CONFIRM, ask_cannot_say, 0, ("confirm", "say", "reveal", "disclose", "address", "explain", "specify", "determine",
                                         "confirmed", "said", "revealed", "disclosed", "addressed", "explained", "specified",
                                         "determined")),
    (NO_COMMENT, ask_no_comment, 0, ("comment", "respond", "reply", "return", "reached", "unavailable", "available")),
    (WILL_DECIDE, ask_will_decide, 1, ("decide", "rule", "vote", "determine", "decides", "rules", "votes")),
    (EXPECTED, ask_expected, 1, ("expected", "due", "set", "scheduled", "poised", "likely", "unlikely")),
    (PLANS, ask_expected, 1, ("plans", "intends", "aims", "vows", "promises", "threatens", "planning")),
    (NOT_KNOWN, ask_uncertain, 0, ("know", "decision", "decide", "decided", "determine", "announce", "undecided")),
    (WEIGHING, ask_weighing, 1, ("trying", "weighing", "considering", "deciding", "debating", "studying", "examining",
                              "investigating")),
    (NO_GUARANTEE, ask_no_guarantee, 0, ("guarantee",)),
    (INQUIRY, ask_inquiry, 0, ("investigation", "investigations", "inquiry", "inquiries", "probe", "probes", "looking",
                               "look", "investigate", "examine", "determine", "establish")),
    (SAID_WILL, ask_said_will, 1, ("said", "says", "announced", "announces", "confirmed", "confirms", "insisted", "insists",
                                "promised", "promises", "pledged", "pledges", "vowed", "vows")),
    (FORWARD, ask_forward, 2, ("could", "may", "might", "likely", "probably")),
    (PREDICT, ask_predict, 2, ("predict", "predicts", "predicted", "forecast", "forecasts", "expect", "expects")),
)
TRIGGER_OWNERS: dict[str, frozenset[int]] = {}
for _h, (_, _, _, _triggers) in enumerate(HANDLERS):
    for _t in _triggers:
        TRIGGER_OWNERS[_t] = TRIGGER_OWNERS.get(_t, frozenset()) | {_h}
# Words a handler needs besides its trigger, one of each set ("said" alone is everywhere, "said … he
# will" is not): a cheap set test that spares most regex runs on sentences that cannot match.
_WH_WORDS = frozenset("whether if how why what who when where which".split())
_NEGATED = frozenset(
    "declined refused not isn't isn’t aren't aren’t hasn't hasn’t haven't haven’t wouldn't wouldn’t won't won’t didn't didn’t couldn't couldn’t dodged sidestepped".split()
)


def _row(pattern: re.Pattern) -> int:
    return next(k for k, row in enumerate(HANDLERS) if row[0] is pattern)


ALSO_NEEDS: dict[int, tuple[frozenset[str], ...]] = {
    _row(SAID_WILL): (frozenset({"will", "would", "going"}), frozenset({"he", "she", "it", "they"})),
    _row(CANNOT_SAY): (_NEGATED, _WH_WORDS),
    _row(YET_TO_CONFIRM): (frozenset({"yet", "still"}), _WH_WORDS | {"that"}),
    _row(QUESTION_ABOUT): (_WH_WORDS,),
    _row(BIG_QUESTION): (_WH_WORDS,),
    _row(WHETHER_UNCLEAR): (_WH_WORDS,),
    _row(WILL_DECIDE): (frozenset({"will", "to", "whether"}),),
    _row(WEIGHING): (frozenset({"whether", "if", "how"}),),
    _row(INQUIRY): (frozenset({"whether", "if"}),),
}
TRIGGER_WORDS = frozenset(TRIGGER_OWNERS)
