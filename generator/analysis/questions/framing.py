"""How a question frames what it asks: named penalties for shapes a reader judges not worth publishing,
though the question is well formed and names someone. Each shape is a class of the candidates a blind
labeller judged bad or borderline on tuning-part articles (``benchmarks/question_labels.py``): someone's hope for another's step, a talking point, an ability,
two questions in one, a forecast of a market's figure. Each reads the question and its own sentence only.
"""
from __future__ import annotations

import re

# "Can Bernie Sanders take a punch?": an ability, which no event settles.
_ABILITY = re.compile(r"^Can\s")
# "the administration's hopes that Burma will become …", "organisers are hoping that Chepkemei will take part":
# one side's hope for another's step (a hope for one's own step, "hoping to make the tour", is a plan).
_HOPE_THAT = re.compile(r"\bhop(?:e|es|ed|ing)\sthat\s")
# What someone will say in a speech or a debate: "Will Sanders remind voters of …?"
_TALKING_POINT = re.compile(
    r"^(?:Will|Would|Could|Might)\s[^?]*?\s(?:remind|mention|stress|emphasi[sz]e|highlight|tout|reiterate|invoke|boast|brag|talk\sabout|play\sup)\b"
)
# "Will Clinton cement her dominance and put the nomination out of reach?": a second verb with its own object.
_SECOND_PREDICATE = re.compile(
    r"^(?:Will|Would|Could|Can)\s[^?]*?\s(?:and|or)\s(?:put|make|take|give|bring|send|keep|hold|win|secure|seal|cement|force|push|raise|cut"
    r"|build|buy|sell|set|sign|seek|offer|reach|name|use|find|get|back|oppose|support|accept|reject|approve|introduce|allow|lose|end|close|open|launch)\s"
    r"(?:the|a|an|his|her|its|their)\s"
)
# A market, an economy or a rate as the subject: "Will the US consumer electronics market grow by 11%?",
# "Will 2005 see more than 30bn text messages sent?": someone's forecast of a figure recast as an open matter.
_MEASURE_SUBJECT = re.compile(
    r"(?:\b(?:market|economy|rates?|prices|growth|inflation|unemployment|sales|profits|spending|demand|exports|imports)|^(?:19|20)\d\d)$", re.I
)


def penalties(question: str, sentence: str, about: str) -> list[tuple[str, float]]:
    """The framing penalties of ``question`` (worded from ``sentence``, about ``about``)."""
    found = []
    if _ABILITY.match(question):
        found.append(("'can': an ability, no event settles it", 1.5))
    if (hope := _HOPE_THAT.search(sentence)) and (words := about.split()) and words[-1] in sentence[hope.end():hope.end() + 60]:
        found.append(("one side's hope for another's step", 1.0))
    if _TALKING_POINT.match(question):
        found.append(("what someone will say: a talking point", 1.5))
    if _SECOND_PREDICATE.match(question):
        found.append(("two questions in one ('… and put …')", 1.5))
    if _MEASURE_SUBJECT.search(about):
        found.append(("a forecast of a market's figure, not anyone's step", 0.5))
    return found
