"""Headlinese: the compression rules that make a headline of a lead sentence (see ``title``), in a module of their
own: only an article without a title line needs them, so their patterns are compiled on its first use, not at
every start-up."""
from __future__ import annotations

import re

from .headline_verbs import present_third_person

_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .,'-]{2,40}(?:\s?\([^)]{1,30}\))?\s?[-–—:]+\s|[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2},?\s[–—-]\s(?=[A-Z]))"
)
_APPOSITION = re.compile(r"^([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}),\s(?:the|a|an|who|which)\b.{3,120}?,\s(?=[a-z])")
_PARENS = re.compile(r"\s*\([^)]*\)")
_CLAUSE_END = re.compile(
    r",\s+(?:stating|saying|adding|according|as|while|after|which|who|whose|with|amid|despite|following|prompting|"
    r"sparking|raising|leaving|making|giving|bringing|marking|putting|citing|claiming|insisting|arguing|warning|but|"
    r"and|although|though|because|where|when|in\sa|in\san|in\sthe|ending|capping|signalling|signaling)\b"
    r"|\s+(?:according\sto|amid|despite)\s|[;:—–]\s?|\s-\s|,\s+[a-z]+ing\b"
)
_LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:On|In|At|By|After|Before|Earlier|Late|Last|This|Speaking|Meanwhile|However|Yesterday|Today|Now|As|When|"
    r"While|Although|Though|Since|If|Because|Following|Despite|Amid|With|For|Yet|Still|But|And|So|Over|Under|During|"
    r"Unlike|Like|Once|Until|Already|Again|Ahead)\b(?:\s[^,\s]+){0,7},\s+)",
    re.IGNORECASE,
)
_TIME_ADVERBIAL = re.compile(
    r"(?:\s(?:on|late\son|early\son|last|this|earlier\sthis|next)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|week|month|year|weekend|morning|afternoon|evening|night)(?:\s(?:morning|afternoon|evening|night))?\b"
    r"|\s(?:yesterday|today|tonight)\b"
    r")(?![’'\w-])"  # not "this year's", "next month's"
)
_TITLED_NAME = re.compile(
    r"(?:\b[Ff]ormer\s|\b[Ee]x-|\b)(?:[A-Z][a-z]+\s)?(?:President|Prime\sMinister|Chancellor|Senator|Sen\.|Governor|Gov\.|Secretary|Minister|"
    r"Chairman|Chief\sExecutive|Rep\.|Representative|Mayor|Judge|Justice|Speaker|Leader|Pope|King|Queen|Prince|General|Gen\.)"
    r"(?:\s(?:of\s)?[A-Z][a-z]+)*?\s[A-Z][a-z]+(?:\s[A-Z]\.)?\s(?P<surname>[A-Z][\w’'-]+)\b"
)
_PERFECT = re.compile(r"\b(?:has|have)\s(?:(?:now|also|just|already|finally|reportedly)\s)?(?P<verb>[a-z]+)\b")
_FUTURE = re.compile(r"\b(?:will|is\sto|are\sto|is\sset\sto|are\sset\sto|is\sdue\sto|are\sdue\sto)\s(?=[a-z])")
_REPORTED = re.compile(r"\b(?:says?|said|that|it|he|she|they|who|which)\b")
_ARTICLE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s(?=\S)")
_PASSIVE_PERFECT = re.compile(r"\b(?:has|have)\sbeen\s(?=[a-z]+(?:ed|en)\b)")


def headlinese(text: str) -> str:
    """The lead sentence in headline style: its main clause, no dateline, asides or time adverbials, the present for the
    present perfect, "to" for the future, no leading article."""
    text = _DATELINE.sub("", text)
    text = _PARENS.sub("", text)
    text = _APPOSITION.sub(r"\1 ", text)  # "Schiff, the top Democrat on …, called" → "Schiff called"
    text = re.sub(r"\s*,(?:\s*,)+", ",", _TIME_ADVERBIAL.sub("", text))
    for _ in range(3):  # "After losing big, yet again, Democrats …"
        text = _LEADING_ADVERBIAL.sub("", text)
    m = _CLAUSE_END.search(text)
    if m and len(text[: m.start()].split()) >= 4:
        text = text[: m.start()]
    text = text.rstrip(" .!?\"'”’,")
    text = _TITLED_NAME.sub(lambda n: n.group("surname"), text, count=1)

    def perfect(m: re.Match) -> str:
        verb = present_third_person(m.group("verb"))
        return verb if verb and m.group(0).startswith("has") else m.group(0)

    text = _PASSIVE_PERFECT.sub("", text, count=1)  # "has been appointed" → "appointed"
    text = _PERFECT.sub(perfect, text, count=1)
    m = _FUTURE.search(text)
    if m and not _REPORTED.search(text, 0, m.start()):  # not inside "says it will …"
        text = text[: m.start()] + "to " + text[m.end():]
    text = _ARTICLE.sub("", text)
    return " ".join(text.split())
