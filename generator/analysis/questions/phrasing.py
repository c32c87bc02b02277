"""A worded question's last touches that change no meaning: a ceiling asked as a count reached, no framing noun that
presupposes the answer."""
from __future__ import annotations

import re

from ..fact_patterns import UP_TO
from .inversion import AUXILIARIES

# "Will Mittal Steel cut up to 45,000 jobs?" asks nothing a smaller cut would not also answer yes to (a labelled tuning
# candidate judged vague: "'up to' carried over"); a ceiling asked as a yes/no reads "as many as" / "as much as" (the
# wording "Will Qantas transfer as many as 7,000 jobs …?" was judged good). A span of time ("up to 21 years in prison")
# stays: it is a sentence's limit, not a count reached.
_CEILING = rf"(?<=\s){UP_TO}\s"  # "add up to £5m" is a total
_UP_TO_COUNT = re.compile(_CEILING + r"(?=(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds|thousands)\s"
                          r"(?!(?:years|months|weeks|days|hours|minutes|seconds|times)\b)(?:[a-z-]+\s){0,2}?[a-z-]+s\b)")
_UP_TO_AMOUNT = re.compile(_CEILING + r"(?=[£$€]\d|\d[\d,.]*\s?(?:%|per\scent|percent)|\d[\d,.]*\s?(?:m|bn|million|billion)\b)")


def ceiling_reached(q: str) -> str:
    """``q`` with a yes/no question's 'up to 45,000 jobs' worded 'as many as 45,000 jobs' ('up to £5m': 'as much as')."""
    if " up to " not in q or q.split(" ", 1)[0].lower() not in AUXILIARIES:
        return q
    return _UP_TO_AMOUNT.sub("as much as ", _UP_TO_COUNT.sub("as many as ", q))


# "Will Sanders accept the reality that Clinton will become the nominee?": 'the reality that' is the urging side's framing,
# it presupposes what the question asks (a labelled tuning candidate judged loaded for it); "accept that …" asks it.
_PRESUPPOSED = re.compile(r"\b(?P<verb>accept|accepts|acknowledge|acknowledges|admit|admits|recognise|recognises|recognize|recognizes|face|faces)"
                          r"\s(?:the\s)?(?:reality|fact|truth)\sthat\s")


def neutral(q: str) -> str:
    """``q`` without a framing noun that presupposes its own answer ("accept the reality that X" → "accept that X")."""
    return _PRESUPPOSED.sub(lambda m: f"{m.group('verb')} that ", q) if " that " in q else q
