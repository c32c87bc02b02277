"""Wording a question copies from its sentence that does not stand alone, and the article lines that are
no source of questions.

An independent review (notes "questions-review-5") failed or doubted 7 of 9 questions for wording that
only its own sentence explains: a dangling "also" ("Could Turkey also help …?": also besides what?), a
metaphor ("Acosta's particular brand of magic"), a vague verb ("Will the Fed act …?" for "raise rates"),
a description in place of a name ("the newest Clinton"); and for weak targets: a hedged forecast of
something the article treats as given ("is likely to continue to hone its technology"), a reported plan
put in the past ("Was Mr Brown considering …?"), and a question taken from a teaser line. Definite and figurative reference follow Prince (1981) and the "context-dependent
expression" notion of question-generation evaluation (Heilman & Smith 2010, "Good Question!"), where a
question that needs its source sentence to be understood counts as ill-formed. The lists are written by
hand.
"""
from __future__ import annotations

import re

# "also", "too", "as well", "either": each says "besides something else", which the question does not hold;
# "either of the Democrats' proposals": which two, the question does not say.
_ADDITIVE = re.compile(r"\balso\b|\s(?:too|as\swell|either)\?$|\b(?:either|neither|both)\sof\s(?:the|these|those)\b", re.I)
# Head nouns used as metaphors in news prose: what they stand for is in the writer's sentence, not the question.
_FIGURATIVE = re.compile(
    r"\b(?:brand|kind|sort)\sof\s(?:magic|alchemy|wizardry|genius|politics|leadership|diplomacy|populism)\b"
    r"|\b(?:magic|miracle|miracles|alchemy|wizardry|voodoo|mojo|spell|honeymoon|juggling\sact|balancing\sact|tightrope|"
    r"charm\soffensive|roller\s?coaster|perfect\sstorm|house\sof\scards|sleight\sof\shand|smoke\sand\smirrors|"
    r"silver\sbullet|elephant\sin\sthe\sroom|lame\sduck|poisoned\schalice|holy\sgrail)\b",
    re.IGNORECASE,
)
# Verbs that stand for an action only the sentence's context names ("act" = raise interest rates), used
# without a complement (only a time, place or manner follows); "act on interest rates", "move to raise
# rates", "deliver a budget" say what the action is.
_VAGUE_VERB = re.compile(
    r"^(?:Will|Would|Could|Can|May|Might|Should|Does|Do|Did)\s(?:[\w.’'-]+\s){1,6}?"
    r"(?:act|move|respond|react|intervene|deliver|proceed|follow\ssuit|step\sin|go\sahead|do\sso|do\sit|comply)"
    r"(?:\?$|\s(?:at|in|before|after|by|this|next|soon|quickly|again|later|until|within|when|if|during|now|today|"
    r"tomorrow|early|swiftly|decisively|first|alone|too)\b)"
)
# "the newest Clinton", "the younger Bush": a family name standing for a person the question does not name.
_DESCRIBED = re.compile(
    r"\bthe\s(?:[a-z]+est|new|next|latest|younger|elder|older|other|late)\s(?P<name>[A-Z][a-z]+)\b"
    r"(?!['’]|\s(?:[A-Z]|administration|campaign|family|foundation|era|years|government|presidency|camp|team|estate|"
    r"dynasty|brothers|sisters|e-?mails?|scandal|speech|debate|rally|aides?|supporters|voters|ticket|book|plan|"
    r"proposal|policy|policies|interview|ad|ads|video|memo|tweets?)\b)"
)


# "Is Cruz aware that …?", "Does Trump understand …?": what someone privately knows or feels is a writer's jibe,
# no matter a later report could settle (self-review 6 rated it borderline).
_PRIVATE_STATE = re.compile(
    r"^(?:Is|Are|Was|Were)\s(?:[\w.’'-]+\s){1,5}?(?:aware|conscious|mindful)\b"
    r"|^(?:Does|Do|Did)\s(?:[\w.’'-]+\s){1,5}?(?:know|understand|reali[sz]e|care|appreciate|grasp)\b"
)


# "Will Ms Villalba appeal?", "… file a lawsuit under Section 2 …": a legal step whose object (which ruling,
# against whom) only the sentence's context gives (review 7).
_NO_OBJECT = re.compile(
    r"(?<!the\s)(?<!an\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!their\s)\b(?:appeal|sue)"
    r"(?:\?$|\s(?=(?:in|on|at|before|after|by|within|soon|again|or|and|if|when|under)\b))|\b(?:contest|challenge)\?$"
    r"|\b(?:file|bring|launch)\s(?:a\s|an\s)?(?:new\s)?(?:lawsuit|suit|legal\schallenge|complaint|appeal)\b(?!\s(?:against|over|to))"
    # "Could the Justice Department bring indictments for hacking?": whose hacking, of what, the question does not say
    r"|\b(?:indictments?|charges?|charged|indicted|prosecuted|sued|fined|sanctions?|sanctioned|punished)\sfor\s[a-z]+ing\?$"
)
# "Could Cruz be taking much of his new support from Carson?": a reporter's hedged aside about the present,
# which no later event settles (review 7); "could be V-ing" with a date or figure is a prospect.
_PRESENT_HEDGE = re.compile(r"^(?:Could|May|Might)\s(?:[\w.’'-]+\s){1,6}?be\s[a-z]+ing\b")
# "What are the implications of X?": an essay question, not a matter a later report can settle.
_OPEN_ENDED = re.compile(
    r"^What\s(?:are|were|will\sbe|would\sbe|is|was)\s(?:the\s)?(?:implications|consequences|ramifications|effects?|"
    r"impact|significance|meaning)\s(?:of|for)\b"
)


def context_bound(question: str, actors) -> bool:
    """The question copies wording whose meaning lies in its sentence's context (review 5), names a
    legal step without its object, hedges about the present, or asks what someone privately knows."""
    if _ADDITIVE.search(question) or _FIGURATIVE.search(question) or _VAGUE_VERB.search(question):
        return True
    if _PRIVATE_STATE.search(question) or _NO_OBJECT.search(question) or _OPEN_ENDED.search(question):
        return True
    if _PRESENT_HEDGE.search(question) and not concrete(question):
        return True
    for m in _DESCRIBED.finditer(question):
        name = m.group("name")
        if any(name in a.name.split()[1:] for a in actors if a.kind == "person"):
            return True  # a surname: "the newest Clinton" is a person the question does not name
    return False


# A forecast that the article's status quo goes on ("is likely to continue to hone its technology",
# "looks set to continue at right-back"): the article treats it as given, so it is no open question.
_STATUS_QUO = frozenset("continue remain stay keep persist carry".split())


def status_quo(verb: str, rest: str = "") -> bool:
    return verb.lower() in _STATUS_QUO or bool(re.match(r"(?:to\s)?(?:continue|remain|keep)\b", rest))


# What makes a "likely to" forecast a concrete matter a later report can settle: a figure, a date, a named
# period ("this year", "next season"), or a deadline.
_CONCRETE = re.compile(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:this|next)\s(?:week|month|year|season|weekend|summer|winter|"
    r"spring|autumn|fall|term|quarter)\b|\bthe\s(?:year|season)\b|\bby\sthe\send\sof\b|\bbefore\sthe\b"
)


def concrete(rest: str) -> bool:
    return bool(_CONCRETE.search(rest))


# Reported speech backshifts a present plan into the past ("rejected speculation that Mr Brown was
# considering becoming Foreign Secretary"); the plan is current, so the question keeps the present tense.
_PLAN_ING = re.compile(
    r"^(Was|Were)\s(.{1,60}?)\s((?:still\s|now\s|actively\s|seriously\s)?(?:considering|planning|hoping|seeking|preparing|"
    r"weighing|thinking\sof|thinking\sabout|looking\sto|looking\sfor|negotiating|going\sto|trying|aiming|intending|"
    r"about\sto|in\stalks)\b)"
)


def present_plan(question: str | None) -> str | None:
    if not question:
        return question
    m = _PLAN_ING.match(question)
    if m is None:
        return question
    return ("Is" if m.group(1) == "Was" else "Are") + question[3 if m.group(1) == "Was" else 4:]


# A LexisNexis-style export writes the headline and a subtitle, then "ABSTRACT.", the abstract and "FULL
# TEXT.". The subtitle is a teaser the title repeats ("Candidate is expected to need Silicon Valley's help"):
# no source of questions. The abstract is the paper's own summary and is kept, because its pending
# matters are real ones ("The Fed is expected to again pass on an opportunity to raise its rate").
_ABSTRACT = re.compile(r"^\s*(?:ABSTRACT|FULL\s+TEXT)\s*[.:]?\s*$")


def body_start(doc) -> int:
    """The offset where the article's own text begins: at its "ABSTRACT." or "FULL TEXT." line, else 0."""
    for p in doc.paragraphs:
        if _ABSTRACT.match(doc.text[p.start:p.end]):
            return p.start
    return 0


# A macro forecast ("South Korea's economy is expected to grow by 4.5%") in a story about something else (a
# bank takeover) is background, not an issue the article raises (review 7). It counts only when the
# headline or first sentence is itself about the economy.
_MACRO = re.compile(r"\b(?:economy|economies|GDP|gross\sdomestic\sproduct|inflation|growth\srate)\b")
_ECONOMIC_STORY = re.compile(r"\b(?:econom\w*|growth|GDP|inflation|recession|forecasts?|slowdown|downturn)\b", re.I)


def background_forecast(question: str, lead: str) -> bool:
    return bool(_MACRO.search(question)) and not _ECONOMIC_STORY.search(lead)
