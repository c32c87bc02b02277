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
_HOPE_THAT = re.compile(r"hop(?<=\bhop)(?:e|es|ed|ing)\sthat\s")  # ("\bhop…": the word before its boundary test, found first)
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
        found.append(("a forecast of a market's figure, not anyone's step", 1.2))
    return found


# Who makes a call to act: the subject that opens its sentence (after a leading "But"/"And" and a fronted
# "Even before …," clause), up to its verb.
_LEAD_WORD = re.compile(r"^(?:But|And|So|Yet|Now|Meanwhile|However),?\s")
_FRONTED = re.compile(r"^(?:After|As|When|While|Since|Before|Even|Following|In|On|At|With|Despite|Amid|During)\b[^,]{0,120},\s")
_SUBJECT_END = re.compile(
    r"[,(]|\s(?:is|are|was|were|has|have|had|will|would|also|now|again|gently|repeatedly|privately|publicly|urged?|urges|urging"
    r"|called|calls|calling|asked|pressed|demanded|demands|demanding|renewed|renews|appealed|challenged|said|says)\b"
)
# Plural heads that are one body, not a side: "the United States", "the United Nations".
_ONE_BODY = frozenset("States Nations Emirates Netherlands Philippines Olympics Airways Motors Industries News Times".split())


def caller_penalties(before: str) -> list[tuple[str, float]]:
    """Penalties for a call to act made by someone with no power over the step: the sentence's text up to the
    call (``before``). Labelled half-A calls by a side ("Catholics have urged Mr Pande to withdraw the film",
    "Fellow Republicans are urging Trump to …", "I urged Ted Cruz to run") or by someone unnamed ("A lawmaker in the
    Philippines is calling for …") were judged misread, loaded or
    answered: a side's wish recast as an open matter; a named body's call ("Washington … renew its calls for Silicon
    Valley to …") was judged good."""
    text = _FRONTED.sub("", _LEAD_WORD.sub("", before.lstrip("“\"‘' ")), count=1)
    end = _SUBJECT_END.search(text)
    subject = (text[: end.start()] if end else text).split()
    if not subject:
        return [("a call whose caller is not named", 2.0)]
    head, first = subject[-1].strip("’'"), subject[0]
    if head in {"I", "we", "We"} or first in {"It", "it", "They", "they", "A", "An"}:
        return [("a call by the speaker or by someone unnamed", 2.0)]
    capitals = [w for w in subject[1:] if w[:1].isupper()]
    if head.endswith("s") and not head.endswith(("ss", "us", "is")) and head not in _ONE_BODY and len(capitals) < 2:
        return [("a side's call to act ('Catholics urged …'), not a named body's", 2.0)]
    return []
