"""Candidates: every worded question with the penalties and bonuses that rank it, and the reason
when it is dropped. Only an ungrammatical question, one that names no one, or one the article
answers is dropped outright (``dropped``); everything else is scored and left to the ranker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Sentence
from ..names import ROLE_HEADS, WEEKDAYS
from ..regex_starts import boundary_words
from . import cues, framing
from .references import ONE_HOLDER_OFFICES, dangling, jurisdiction

_STOP = frozenset(
    """will would could can may might should must does do did is are was were be been being has have had
    the a an of to in on at for by with from and or but that this these those its it his her their they
    what when who whom why how which whether if into over about than then also more most next new""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]{2,}")
_DANGLING_END = frozenset(
    "and or but by of to the a an with for in on at from that as than its their his her if when because whether after before while unless until so mr mrs ms dr st include includes is are was were".split()
)
# a date, a figure or a near time: a digit, and words found from their first letters (both skipped to in C)
_DIGIT = re.compile(r"\d")
_SPECIFIC_WORDS = re.compile(boundary_words(
    r"January February March April May June July August September October November December Monday Tuesday"
    r" Wednesday Thursday Friday Saturday Sunday next\s(?:week|month|year) this\s(?:week|month|year)"
    r" by\sthe\send".split()) + r"\b")


def _specific(text: str) -> bool:
    """A date, a figure or a near time in the question."""
    return _DIGIT.search(text) is not None or _SPECIFIC_WORDS.search(text) is not None
_GENERIC_NAMES = re.compile(r"\bthe\s(?:government|council|court|judge|jury|committee|board|union|police|army|party|prime\sminister|president|chancellor|regulator|senate|house)\b", re.I)
_CUT_SHORT = re.compile(
    r"^\w+\s[^?]*?\b(?:announce|say|reveal|confirm|decide|disclose|tell|report)(?:\s(?:on|by|at|in|later|next|this)\b[^?]{0,25})?\?$"
)
_PAST_TIME = re.compile(r"\b(?:yesterday|last\s(?:week|month|year|night)|ago|in\s(?:19|200)\d)\b")
# A figure's baseline is no time the question asks about: "… to £170m from £194m last year".
_BASELINE = re.compile(r"\bfrom\s[$£€]?\d[\d.,]*\s?(?:bn|m|billion|million|%|per\scent)?\s(?:last\syear|a\syear\s(?:earlier|ago))")
_VAGUE = re.compile(r"^\w+\s(?:the\sonly|both|another|other|such|some|the\s(?:move|deal|plan|decision|scheme|idea|change|changes|measures?|rules?|law|bill|two|latest|new))\b")  # (case kept: "the New York …" is a name, not "the new …")
# A noun phrase that points back into the article without naming: "the same role", "that support",
# "the issue", "other groups", "go further" (found in labelled tuning candidates).
_ANAPHORIC = re.compile(
    r"\b(?:the\s(?:same|two|three|latest|issue|problem|action|matter|division|idea)|in\sthe\scase\b|(?:that|those|these)\s(?!is\b|are\b|was\b|were\b|will\b|would\b|has\b|have\b|had\b)[a-z]{3,}"
    r"|other\s(?:groups|countries|companies|firms|players|candidates)|go\sfurther|think\sagain)\b(?!\s(?:of|for|on|over|about|into)\s)"
)
# A subject named by common nouns only: "Will the battle continue …?", "Will the checks on new arrivals help …?"
# (labelled tuning candidates: judged vague, its referent named only earlier in the article).
_UNNAMED_SUBJECT = re.compile(r"(?:the|this|that|these|those)\s[^A-Z]*$")
# An epithet a news story uses for a name it gave before: "the German suitor", "the Virginia-based firm",
# "the Dutch champions" (labelled tuning candidates: judged vague, the reader is not told who).
_EPITHET = re.compile(
    r"\bthe\s(?:[A-Z][a-z]+|[A-Za-z]+-(?:based|born|owned|listed))\s(?:suitor|club|firm|champions|company|group|giant|side|carrier"
    r"|retailer|bank|lender|maker|team|squad|outfit|chain|operator|broadcaster|network|tycoon|billionaire|developer|watchdog)\b"
)
# A quantity named by what it counts: a forecast of it is about a figure, not an actor left unnamed.
_MEASURE = re.compile(r"(?:the\s)?(?:number|price|prices|value|cost|share|amount|level|rate|size|volume|sales|market)\sof\s", re.I)
_OPINION = re.compile(r"\b(?:be\s(?:viewed|considered|understood|judged|read|expected)\s|do\swell\sto|be\sseen\sas|be\sable\sto|be\sa\s(?:good|great|big|huge|major)|be\s(?:better|worse|good|bad|great|difficult|hard|easy|important)|make\ssense|be\sthe\s(?:best|worst)|become\s(?:a|an)\s(?:[a-z]+(?:ing|al|ful|ive|ic|ous|ent|ant|ble)|major|real|true|big|great|good|serious)|prove\s(?:to\sbe\s)?(?:a\s|an\s)?(?:[a-z]+ful|effective|popular|decisive|right|wrong|costly|worthwhile))\b")


_SCHEDULED = re.compile(r"\b(?:meet|hold\stalks|visit|campaign|speak|deliver|host|attend|unveil|launch|publish|release|announce|name|reveal|present|be\sheld|start\sshipping|as\splanned|appear)\b")
_SOON = re.compile(r"\b(?:that\sday|tonight|tomorrow|later|this\sweek|next\sweek|on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")
_EXPECTED = re.compile(r"\b(?:is|are|was|were)\s(?:expected|scheduled|set|due|poised)\sto\s(?:be\s)?(?P<verb>[a-z]+)|\bnews\sthat\b|\blearned\sthat\b")


def _expected_step(sentence: str, question: str) -> bool:
    """The question asks the step its sentence expects or schedules ("He is expected to be transferred to a state prison"
    → "Will he be transferred …?"), not another matter the sentence raises ("… while a decision is made on whether he
    should be released")."""
    m = _EXPECTED.search(sentence)
    return m is not None and (m.group("verb") is None or f" {m.group('verb')}" in question)
# What an expectation is about when it is worth asking: an outcome, not a step on a calendar ("expected to rise", not "expected to meet");
# a deal's completion is one when the question names the deal ("Will Mittal Steel complete its $4.5bn acquisition of US
# firm ISG …?"; not "Will Verizon and MCI seal the deal …?", "Will the Inbev deal be completed …?": tuning candidates
# read on split "qs27-half:", where a bare "deal" leaves which deal to the sentence). The deal's noun heads the object
# ("its $4.5bn acquisition"), not a noun after "of" ("its review of the sale" is a step on the calendar).
_OUTCOME_VERB = re.compile(r"^\w+\s[^?]*?\b(?:rise|fall|grow|drop|increase|decrease|decline|double|reach|exceed|top|hit|win|lose|pass|approve|reject|beat|clear|return|recover|survive|succeed|fail|cut|raise|overtake|remain|stay|become"
                           r"|complete[sd]?\s(?!the\sdeal\b)(?:its|their|the)\s(?:(?!of\b)[^\s?]+\s){0,3}(?:acquisition|purchase|takeover|merger|sale|buy-?out)\b)")
# A condition in the sentence: "Kaine said he would support striking North Korea if …" ("wondering if the Clintons are
# going to return …" is a whether-clause, no condition: ``cues.whether_if``).
_CONDITIONAL = re.compile(r"\b(?:if|unless|provided\sthat|as\slong\sas)\b", re.I)


def _has_condition(sentence: str) -> bool:
    return any(not cues.whether_if(sentence, m.start()) for m in _CONDITIONAL.finditer(sentence))


_PAST_OR_UNREAL = re.compile(r"\b(?:were|was|had|did|would|could|[a-z]{3,}ed)\b")
# A worry, a fear or a poll finding: "55% said they were concerned that RFID tags would …", "Many fear Trump will …";
# not one denied ("he is not worried", "never feared", "not too concerned", "no fears"): a confidence, no worry.
_WORRY_WORDS = boundary_words(
    r"fears? feared fearing worr(?:y|ies|ied) concerned concerns? afraid anxious respondents survey polls? polled".split()
) + r"\b"
_WORRY = re.compile(r"(?<!\bnot\s)(?<!n[’']t\s)(?<!\bnever\s)(?<!\bno\s)(?<!\bnot\stoo\s)(?<!n[’']t\stoo\s)"
                    r"(?<!\bnot\soverly\s)(?<!\bnot\sat\sall\s)" + _WORRY_WORDS)
_WORRY_WORD = re.compile(_WORRY_WORDS)  # opens on the words' first letters (in C); the negations looked behind after


def _worry(text: str) -> bool:
    """``_WORRY.search(text)``: each worry word, then the negations before it (a pattern that opens on look-behinds is
    tried at every character)."""
    return any(_WORRY.match(text, m.start()) for m in _WORRY_WORD.finditer(text))
_CLAIMED = re.compile(boundary_words("claimed claims claiming alleged alleges".split()) + r"\b")
# A forecast asked with its source ("…, as Datamonitor predicts?", built in ``forecasts``): the tail is no claim
# recast, no list item, and no part of the question's length.
SOURCED_TAIL = re.compile(r",\sas\s[^,?]{2,70}\s(?:says?|predicts?|expects?|believes?|warns?|estimates?|claims?|pledged|promised|vowed)\?$")


def unsourced(q: str) -> str:
    """The question without the source a forecast is credited to."""
    return SOURCED_TAIL.sub("?", q) if ", as " in q else q


# An inquiry the article reports closed elsewhere (``settled.inquiry_closed``) may be the one asked about, or another:
# a penalty, not a drop.
_INQUIRY_CLOSED_COST = 2.0
_PAST_INQUIRY = re.compile(r"\b(?:after|following|since)\s(?:an?|the|its)\s[^.]{0,40}\b(?:inquiry|investigation|probe|review)\b")
_MOTIVE = re.compile(r"\b(?:deliberately|privately|secretly|really|motives?|intend|want|wants|have\sto|try\sto)\b")
_COPULA_JUDGEMENT = re.compile(r"\sbe\s[\"“‘]?(?:a|an|very|too|more|less|at\sall|similar|crooked|decisive|job|that|to|between|meeting|the\snext|the\sultimate|hoping|facing|looking|trying)\s|\sbe\sin\s[A-Z]|\sgo\sin\sas\b|\sprovide\sthe\s|\sdo\swell\b")


@dataclass
class Candidate:
    text: str
    pattern: str
    kind: str
    sentence: Sentence
    about: str
    score: float
    penalties: list[tuple[str, float]] = field(default_factory=list)
    dropped: str | None = None

    def why(self) -> str:
        notes = "; ".join(f"{r} ({c:+.1f})" for r, c in self.penalties)
        return f"{self.score:.2f} {self.pattern}: {self.text}" + (f" [{notes}]" if notes else "")


def content_words(text: str) -> set[str]:
    return {w.lower().strip("’'") for w in _WORD.findall(text)} - _STOP


# The judging functions' patterns, compiled once (they run on every candidate).
_STRAY = re.compile(r"\s[,.;:]|[,;:]\?|\b(\w+)\s\1\b|[~*#@<>|\\^_=+{}]")
_AND_OR = re.compile(r"\b(?:and|or)\b")
_CAPITAL = re.compile(r"\b[A-Z]")
_WILL_HAVE_DONE = re.compile(r"(?:Will|Would|Could)\s[^?]*?(?<!\sthat)(?<!\swhich)(?<!\swho)\shave\s(?:[a-z]+ly\s)?(?:been|[a-z]+(?:ed|en|wn|ne)|won|lost|made|had|got|left|put|set|hit|led|run)\b")
_VAGUE_END = re.compile(r"\s(?:either|too|reports|claims|allegations|speculation)\?$")
# A response with nothing it responds to: "Will the Obama administration work with European allies to develop a "concerted"
# response?" (a labelled tuning candidate judged vague: to Russia's hacking, only the article says).
_RESPONSE_TO_NOTHING = re.compile(r"\s(?:an?|the)\s(?:[\w“”\"-]+\s){0,2}(?:response|reply|solution|strategy|answer)\?$")
# A case made with nothing it argues: "Will Trump make the case to women?" (a labelled tuning candidate judged clipped: the
# sentence's "that he would be a better choice …" was cut).
_CASE_CUT = re.compile(r"\s(?:make|press|put)\s(?:the|a|his|her|its|their)\s(?:[a-z]+\s)?case(?:\sto\s[^?]{1,40})?\?$")
# A call dated by a year before its verb, in its clause: "a book which in the wake of the party's defeat in 2012 urged the
# GOP to focus on …", "In 2012, the group urged …" (a labelled tuning candidate judged misread: an old call recast as a
# forecast); not a year the sentence puts ahead ("who will stand in 2016, urged …", ``_FUTURE_YEAR``).
_DATED_CALL = re.compile(r"\b[Ii]n\s(?P<year>(?:19|20)\d\d)\b[^.;:]*?\b(?:urged|called\son|called\sfor|pressed|demanded)\b")
_CALLS = frozenset(("called-to-act", "demanded-act"))
# A sayer's confidence in its own targets or forecasts: "Cadbury said it was confident it would hit its targets for 2005"
# (a labelled tuning candidate judged misread: the firm's own forecast recast as an open question).
_OWN_TARGET = re.compile(r"\s(?:its|their|his|her)\s(?:own\s)?(?:[a-z-]+\s)?(?:targets?|forecasts?|guidance|goals?|expectations|projections)\b")
_WANT_TO = re.compile(r"(?:Could|Would|Might)\s[^?]*?\swant\sto\s")
# A charge's year, not a firm's founding year: "… a fraud at the company he co-founded in Alabama in 1984" is no old charge.
_LAST_CENTURY = re.compile(r"\bin\s19\d\d\b")
_FOUNDED = re.compile(r"\b(?:founded|co-founded|established|born|set\sup)(?:\sin\s[A-Z]\w+)?\sin\s19\d\d\b")
_INDEFINITE = re.compile(r"(?:(?:How|When|Where|Why)\s)?\w+\san?\s")  # "Will a fourth state …", "How will a heavily black electorate …"
_ALSO = re.compile(r"\s(?:also|still)\s")
_IF_CLAUSE = re.compile(r"\b(?:if|unless)\s(?P<clause>[^?]+)")
_MEANS = re.compile(r"\s(?:mean|amount\sto)\s")
_COMPARISON = re.compile(r"\b(?:better|worse|best|worst)\b")
_BE_DOING = re.compile(r"(?:Could|Will|Would|Can)\s[^?]*?\sbe\s(?![a-z]+ing\s(?:to|on)\b)[a-z]{3,}ing\b")


def ungrammatical(q: str) -> str | None:
    words = q[:-1].split()
    if not q.endswith("?") or not 4 <= len(words) <= 30:
        return "too short or too long"
    if words[-1].lower().strip(",.") in _DANGLING_END or q.endswith(" in order?"):
        return f"ends on '{words[-1]}'"
    if q.count("(") != q.count(")") or q.count("“") != q.count("”") or q.count('"') % 2 or "''" in q or "``" in q:
        return "unbalanced quote marks or brackets"
    if _STRAY.search(q):
        return "stray punctuation or a doubled word"
    return malformed(q)


# Well-formedness: the shapes a question takes when a clause is cut or pasted from its sentence
# (found reading tuning-part questions; each has test rows in tests/test_questions.py).
_CONTRACTION = re.compile(r"\w(?:n['’]t|['’](?:re|ve|ll|d|m))\b|\b(?:There|It|That|Here|What|Who|He|She)['’]s\b")
_PASTED_START = re.compile(r"^\w+\s(?:There|But|And|So|Yes|No|Well|Now|However|Still|Then|Because|If|When|This|These|Those|It|no\s(?:doubt|longer))\b")
_SENTENCE_BREAK = re.compile(r"[a-z]{3,}[.!]\s+[A-Z]")
_FRAGMENT_END = re.compile(r"(?:\s[A-Z]\.?|\.['’]|['’]s['’]?|\s(?:most|behind|up|off|(?<!\sdrop\s)(?<!\spull\s)(?<!\sbow\s)(?<!\sopt\s)out|away|anyone|ways|way|between\s\S+|the\sfact)|\sbe\s(?:viewed|seen|considered|regarded|judged|read|understood))\?$")
# "… as a separate?" (of "a separate, state-owned oil firm"): a question that ends on "a"/"an" and one word is cut short
# when its sentence goes on with the noun phrase there; it is whole when the sentence stops after the word too, or goes on
# with a new clause ("eke out a win.", "between a man and a woman.", "a debate - with", "to a halt, Mr. Smith shot back",
# "a bid, analysts said"), a time ("a vote Tuesday", "a deal soon"), "worth" or a participle ("a deal worth $5bn",
# "a deal struck last week"). A comma goes on with the phrase only before a hyphenated word or a further adjective and comma.
_INDEFINITE_END = re.compile(r"\s(an?\s[\w-]+)\?$", re.IGNORECASE)
_RATE_WORDS = frozenset("year month week day head".split())  # "£6m a year?": a rate, not a noun phrase cut short
_PHRASE_ENDS = re.compile(
    r"(?:\s*(?:[.!?;:)\"”’']|$)|,(?!\s+[a-z]+-[a-z]|\s+[a-z]+,)|\s+[-–—]+\s|\s+(?:and|or|but|to|in|on|at|for|from|with|by|of|that|which|who"
    r"|if|when|as|after|before|over|than|into|about|against|because|while|since|until|unless|this|next|last|so|is|was|are|were|has|had"
    r"|will|would|worth|soon|now|today|tomorrow|yesterday|" + "|".join(sorted(WEEKDAYS)) + r"|[a-z]+ed|struck|made|won|held|given|taken|brought|sought|built|paid)\b)",
    re.IGNORECASE,
)
_CUT_INDEFINITE_COST = ("ends on 'a'/'an' and a word its sentence goes on from", 2.5)


def cut_indefinite(question: str, sentence: str) -> bool:
    """Whether ``question`` ends on "a"/"an" and a word that its sentence follows with more of the noun phrase ("a year",
    "a day": a rate ends a question well; a phrase the sentence does not hold is no evidence of a cut)."""
    m = _INDEFINITE_END.search(question)
    if not m or m.group(1).split()[1].lower() in _RATE_WORDS:
        return False
    uses = list(re.finditer(rf"\b{re.escape(m.group(1))}\b", sentence, re.IGNORECASE))
    return bool(uses) and not any(_PHRASE_ENDS.match(sentence, use.end()) for use in uses)


_DOUBLED_POSSESSIVE = re.compile(r"['’]s['’]s?\b|s['’]['’]s\b|\w['’]s['’]\s")
# "Could China use to threaten …" (the arms it could use): the object stayed in the relative clause.
# (the words first, then the tests of their start, "(?<!\bbe\s)(?<!\bbeen\s)\buse": the engine finds "use" first)
_OBJECT_GAP = re.compile(r"use(?<=\buse)(?<!\bbe\suse)(?<!\bbeen\suse)\sto\s")
# "Will Trump moderate his rhetoric and … polishes his pragmatism": the condition's second verb kept its -s.
_SECOND_FINITE = re.compile(r"^(?:Will|Could|Can|Would|Should|Might|May)\s[^?]*\s(?:and|or)\s(?:[^?\s]+\s){0,6}?[a-z]{3,}[^s’'\s]s\s(?:his|her|its|their|the|a|an)\s")
# Verbs that need an object: a question ending on one lost it ("Will Mrs. Clinton choose?").
_NEEDS_OBJECT = frozenset(
    """choose make take give put bring send use find offer get set keep hold buy sell build include reach raise
    seek announce appoint name pick select replace sign file consider support back oppose accept reject approve
    endorse nominate propose introduce tell urge force allow let cut""".split()
)


# "Will Ryan roll out right before the convention?" (of "an agenda that he plans to roll out right before …"), "Will Sanders
# make between now and the convention?": a verb that needs an object followed straight by a time or place adjunct; the
# object stayed in the relative clause's noun. Only the sentence shows the gap ("that he plans to roll out right before"):
# "Will the ceasefire hold after the deadline?", "Will Rooney sign before the window closes?" are whole.
_OBJECT_LEFT_BEHIND = re.compile(
    r"^(?:Will|Would|Could|Can|Should|Might|May)\s[^?]*?\s(?P<gap>(?:" + "|".join(sorted(_NEEDS_OBJECT)) + r"|roll\sout|carry\sout|set\sout|put\sforward)"
    r"\s(?:right\s|just\s)?(?:between|before|after|by|next|later|soon)\b)"
)


def object_left_behind(question: str, sentence: str) -> bool:
    """Whether ``question`` puts a verb straight before a time adjunct whose object its sentence left in a relative clause
    (a noun phrase, then "that"/"which": "an agenda that he plans to roll out right before …"; not "doubt that …")."""
    m = _OBJECT_LEFT_BEHIND.search(question)
    return bool(m) and re.search(
        rf"\b(?:an?|the|its|his|her|their|this)\s(?:[\w-]+\s){{0,2}}(?:that|which)\s[^,.;:?!]*?\b{re.escape(m.group('gap'))}", sentence, re.I) is not None


# A word after one of these is a noun, not a verb that lost its object ("increase its offer", "a second bid").
_DETERMINERS = frozenset("its his her their our my your the a an this that any another".split())
# "drop out", "pull out", "bow out", "opt out": a verb whose particle ends it, no fragment (kept out of _FRAGMENT_END above).


def malformed(q: str) -> str | None:
    """Why a question is not well formed English, or None: the first shape in ``_MALFORMED`` it has."""
    q = unsourced(q)
    if q.count(", ") >= 2 and not _AND_OR.search(q.rsplit(", ", 1)[1]):
        return "a list with no 'and'"
    words = q[:-1].split()
    if not q.startswith(("What", "Who", "Which", "How")) and words[-1].lower() in _NEEDS_OBJECT and _DETERMINERS.isdisjoint(w.lower() for w in words[-3:-1]):
        return "a verb with no object"
    if len(q.split()) > 28:
        return "over 28 words"
    return next((reason for shape, reason in _MALFORMED if shape.search(q)), None)


_MALFORMED = (
    (_CONTRACTION, "a contraction pasted from its sentence"),
    (_PASTED_START, "a sentence's first word pasted inside"),
    (re.compile(r"no(?<=\bno)\slonger\b"), "'no longer' kept from a statement"),  # ("\bno\slonger\b", the word first)
    (re.compile(r"\b(\w+\s\w+)\s\1\b|\bas\sto\s\d"), "a doubled phrase"),
    (_SENTENCE_BREAK, "two sentences in one"),
    (_DOUBLED_POSSESSIVE, "a doubled possessive"),
    (_FRAGMENT_END, "ends on a fragment"),
    (re.compile(r"\b(?:of|in|for|to|with|at|on|from)\s(?:does|do|did|is|are|will|was|were)\b"), "a preposition before a verb"),
    (_OBJECT_GAP, "a verb whose object was left in its sentence"),
    (_SECOND_FINITE, "a second verb in the present tense after 'and'"),
)


# "Will the Democratic nominee …", "Could the 35-year-old Cobh runner …": who it is, only the sentence says.
_DESCRIPTIONS = frozenset("runner front-runner frontrunner man woman star veteran youngster teenager boy girl pair duo trio rider driver".split())


_ROLE_ONLY = ("a person named only by a role ('the nominee')", 1.5)
# An office its place names ("the New York attorney general"): the reader knows the office, if not the holder's name.
_OFFICE_ONLY = ("a person named by an office and its place ('the New York attorney general')", 0.5)


def _role_subject(q: str) -> tuple[str, float] | None:
    """'Will the presumptive Republican presidential nominee …': a role word in the subject, no name after it (its penalty)."""
    words = q.split()
    if len(words) < 4 or words[1] != "the":
        return None
    for i, w in enumerate(words[2:7], 2):
        if w.lower() in ROLE_HEADS or w.lower() in _DESCRIPTIONS:
            if i + 1 < len(words) and words[i + 1][:1].isupper():
                return None
            return _OFFICE_ONLY if i > 2 and w.lower() in ONE_HOLDER_OFFICES and jurisdiction(" ".join(words[2:i])) else _ROLE_ONLY
        if w[:1].islower() and i > 2 and not w.endswith(("al", "ive", "ic", "-old", "ed", "ing")):
            return None  # past the subject
    return None


# A subject that is a body named only by its kind, the name left in an earlier sentence: "Will the party lose the White
# House this fall?", "Can the club afford …" (``repair`` names "the party" after the article's "Republican Party" when it can).
_BARE_BODY = re.compile(r"\w+\sthe\s(?:party|club|firm|company|group|union|board|committee)(?:['’]s?)?\s(?![A-Z]|of\s)")
_BARE_BODY_COST = ("a body named only by its kind ('the party')", 1.2)


# Verbs that say nothing alone: "Will Marat Safin play?", "Will Donald Trump change?"
_VAGUE_VERBS = frozenset("do be have play go come change lie happen work continue help move get stay say act try".split())


# Kinds whose question waits on an event (a bid, a charge, a nomination): a worry or poll says nothing
# of them, and any sentence of the article, the headline's too, may report the outcome.
_PENDING = frozenset("pending legal".split())


CALENDAR = frozenset(
    """January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday I""".split()
)


def names_someone(q: str) -> bool:
    return any((w[:1].isupper() and w.strip("?,’'s") not in CALENDAR) or w[:1] in "$£€" for w in q.split()[1:]) or bool(_GENERIC_NAMES.search(q))


def judge(c: Candidate, lead: set[str], position: float, people: frozenset[str] = frozenset(), inquiry_closed: int | None = None) -> None:
    """Score ``c`` in place: the pattern's weight, then named penalties and bonuses. ``people``: the words of the article's
    people's names; ``inquiry_closed``: the index of the sentence that reports an inquiry closed, if any."""
    reason = ungrammatical(c.text)
    if reason:
        c.dropped = f"ungrammatical: {reason}"
        return
    if object_left_behind(c.text, c.sentence.text):
        c.dropped = "ungrammatical: a verb with no object"
        return
    body = unsourced(c.text)  # the question without its source's name
    sourced = body != c.text
    if not names_someone(c.text):  # "…, as Jane Hutt says?": the source is named
        c.dropped = "names no one"
        return
    pronoun = dangling(body, people)  # "…, as it expects?": the source's pronoun is the named subject's
    if pronoun:
        c.penalties.append((f"dangling '{pronoun}'", 3.0))
    measure = sourced and bool(_MEASURE.match(c.about))  # "the number of PCs worldwide …, as Forrester predicts?": a figure, fully named
    if not _CAPITAL.search(body[1:]) and not measure:
        c.penalties.append(("only a generic name ('the government')", 1.2))
    if " such " in c.text or " so-called " in c.text:
        c.penalties.append(("'such': only its sentence says what", 0.8))
    if _VAGUE.search(c.text):
        c.penalties.append(("a subject only its sentence explains", 1.8))
    elif _UNNAMED_SUBJECT.match(c.about) and not _GENERIC_NAMES.fullmatch(c.about) and not measure:
        c.penalties.append(("a subject with no name ('the battle', 'the two companies')", 1.2))
    elif _BARE_BODY.match(c.text):
        c.penalties.append(_BARE_BODY_COST)
    elif _ANAPHORIC.search(c.text, 4):
        c.penalties.append(("a reference only its sentence explains ('the same role', 'that support')", 1.2))
    if cut_indefinite(unsourced(c.text), c.sentence.text):
        c.penalties.append(_CUT_INDEFINITE_COST)
    if _EPITHET.search(c.text):
        c.penalties.append(("an epithet for a name given earlier ('the German suitor')", 1.0))
    if _WILL_HAVE_DONE.match(c.text):
        c.penalties.append(("'will have done': a guess about the past", 2.5))
    if _VAGUE_END.search(c.text):
        c.penalties.append(("ends on a word only its sentence explains", 2.0))
    elif _RESPONSE_TO_NOTHING.search(c.text):
        c.penalties.append(("a response to nothing named", 2.0))
    elif _CASE_CUT.search(c.text):
        c.penalties.append(("a case with nothing it argues", 2.0))
    if _CUT_SHORT.match(body) and not c.text.startswith(("When", "How", "What", "Who", "Which")):
        c.penalties.append(("what is announced or decided was cut off", 2.0))
    if _PAST_TIME.search(_future_years(c.sentence.text, _BASELINE.sub("", c.text))):
        c.penalties.append(("asks about the past", 1.5))
    if _WANT_TO.match(c.text):
        c.penalties.append(("'could want to': advice, not a forecast", 2.5))
    if _SCHEDULED.search(c.text) and (_specific(c.text) or _SOON.search(c.text)):
        c.penalties.append(("a scheduled event: it will simply happen", 2.0))
    # "expected to find out if they will be banned": what is expected is the verdict's date, not the verdict
    if _expected_step(c.sentence.text, c.text) and c.kind != "legal" and c.pattern != "verdict-awaited" and not _OUTCOME_VERB.search(c.text):
        c.penalties.append(("a step the article expects or schedules", 2.0))
    if c.kind not in ("disputed", "legal") and _CLAIMED.search(c.sentence.text) and not sourced:
        c.penalties.append(("one side's claim asked as a forecast", 1.9))
    if c.sentence.text.lstrip()[:1] in "-–•*":
        c.penalties.append(("a list item: its subject is a heading", 2.0))
    if c.pattern == "stated-confidence" and _OWN_TARGET.search(c.text):
        c.penalties.append(("one side's confidence in its own targets: its own forecast", 2.0))
    if c.pattern in _CALLS and _dated_call(c.sentence.text):
        c.penalties.append(("a call made in a year gone by", 2.0))
    if c.pattern == "inquiry-finding" and _PAST_INQUIRY.search(c.sentence.text):
        c.penalties.append(("the inquiry is over", 2.5))
    if c.pattern == "inquiry-finding" and inquiry_closed is not None:
        c.penalties.append((f"sentence {inquiry_closed + 1} reports an inquiry closed", _INQUIRY_CLOSED_COST))
    if c.kind == "legal" and _LAST_CENTURY.search(_FOUNDED.sub("", c.sentence.text)):
        c.penalties.append(("a charge from decades ago", 2.5))
    if role := _role_subject(c.text):
        c.penalties.append(role)
    if _INDEFINITE.match(c.text):
        c.penalties.append(("an indefinite subject ('a fourth state')", 1.8))
    if _MOTIVE.search(c.text):
        c.penalties.append(("asks about private motives", 2.0))
    if _COPULA_JUDGEMENT.search(c.text):
        c.penalties.append(("'will X be a …': a judgement", 1.9))
    if c.kind == "accusation":
        c.penalties.append(("a disputed claim reworded from one side", 1.5 if _inside_quote(c.sentence.text) else 0.8))
    if " whether " in c.text:
        c.penalties.append(("a question inside a question", 1.0))
    if _ALSO.search(c.text):
        c.penalties.append(("'also': a step the article already reports", 1.6))
    kept_if = _IF_CLAUSE.search(c.text)
    if c.kind == "forward" and _has_condition(c.sentence.text) and (not kept_if or _PAST_OR_UNREAL.search(kept_if.group("clause"))):
        c.penalties.append(("a conditional stance: its outcome hangs on an 'if' dropped or unreal", 2.0))
    elif c.kind == "forward" and kept_if and c.pattern == "forecast-or-plan":
        # "Will Republicans take every state if Sanders wins the nomination?": a boast or a what-if recast (labelled
        # tuning candidates: all four forecasts that kept their 'if' judged misread or answered)
        c.penalties.append(("an outcome on a condition the question keeps ('… if X wins')", 1.0))
    if _MEANS.search(c.text):
        c.penalties.append(("what something would mean: one side's claim", 2.0))
    if c.kind not in _PENDING and _worry(c.sentence.text):
        c.penalties.append(("a worry or a poll reported, not a forecast", 1.5))
    if _COMPARISON.search(c.text):
        c.penalties.append(("a comparison: a judgement", 1.0))
    c.penalties.extend(framing.penalties(c.text, c.sentence.text, c.about))
    if _OPINION.search(c.text):
        c.penalties.append(("a judgement, not a fact to settle", 1.5))
    n = len(body.split())
    if n <= 5 and body.split()[0] in {"Will", "Could", "Can", "Would"} and body[:-1].split()[-1] in _VAGUE_VERBS:
        c.penalties.append(("too bare to say what is at stake", 1.2))
    if _BE_DOING.match(c.text) and not _specific(c.text):
        c.penalties.append(("a guess about what is happening now ('be taking')", 1.5))
    if n > 18:
        c.penalties.append(("long", 0.15 * (n - 18)))
    if _inside_quote(c.sentence.text):
        c.penalties.append(("inside a quotation", 1.0))
    overlap = len(content_words(body) & lead)  # the source's name is no overlap with the story
    bonus = min(1.2, 0.3 * overlap) + (0.3 if _specific(c.text) else 0.0) + 0.4 * (1 - position)
    c.score += bonus - sum(cost for _, cost in c.penalties)


# A year the sentence puts after a modal is ahead of its writer: "the market is set to grow by 11% in 2005".
_FUTURE_YEAR = re.compile(r"\b(?:will|would|could|may|might|set\sto|due\sto|expected\sto|likely\sto|forecast\sto)\b[^.;:]*?\bin\s(?P<year>(?:19|20)\d\d)\b")


def _dated_call(sentence: str) -> bool:
    """Whether ``sentence`` dates its call by a year gone by: a year before the call's verb, not one put ahead."""
    m = _DATED_CALL.search(sentence)
    return m is not None and all(f.start("year") != m.start("year") for f in _FUTURE_YEAR.finditer(sentence, 0, m.end()))


def _future_years(sentence: str, question: str) -> str:
    """``question`` without the 'in <year>' its sentence puts in the future."""
    if " in 19" not in question and " in 20" not in question:
        return question
    for m in _FUTURE_YEAR.finditer(sentence):
        question = question.replace(f"in {m.group('year')}", "")
    return question


# A quoted word or title ("accused of "directing" a fraud") is no quotation: a quotation runs to three words or more.
_QUOTED_WORDS = re.compile(r"[“\"][^”\"\s]*\s[^”\"\s]+\s[^”\"]*[”\"]")  # spaceless runs: no backtracking on a long text


def _inside_quote(text: str) -> bool:
    return text.lstrip()[:1] in "\"“‘'" or (text.count("“") + text.count('"') >= 2 and bool(_QUOTED_WORDS.search(text)))


class Later:
    """The sentences that report an outcome without a hedge, with their content words, found once per article."""

    def __init__(self, sentences: tuple[Sentence, ...], words: str):
        self._sentences = sentences
        self._words = words  # the article as ``patterns.words_of`` gives it
        self._rows: list[tuple[int, set[str]]] | None = None

    def words(self, index: int) -> set[str]:
        """The words of sentence ``index``, as ``patterns.words_of`` gives them."""
        s = self._sentences[index]
        return set(self._words[s.start:s.end].split())

    def rows(self) -> list[tuple[int, set[str]]]:
        if self._rows is None:
            self._rows = []
            for s in self._sentences:
                words = self._words[s.start:s.end].split()
                if not cues.OUTCOME.isdisjoint(words) and cues.HEDGE.isdisjoint(words):
                    self._rows.append((s.index, content_words(s.text)))
        return self._rows


def answered(c: Candidate, later: Later) -> int | None:
    """The index of a later sentence that reports the outcome the question asks about (read to the end);
    for a pending event (a bid, a charge, a nomination) any other sentence, the headline's too: "bid rejected"."""
    words = content_words(unsourced(c.text)) - content_words(c.about)
    if len(words) < 2:
        return None
    need = max(2, round(0.6 * len(words)))
    settling = next((outcomes for asked, outcomes in _SETTLES.items() if asked in c.text), None)
    for index, found in later.rows():
        if (index > c.sentence.index or index < c.sentence.index and c.kind in _PENDING) and len(words & found) >= need:
            if settling is None or not settling.isdisjoint(later.words(index)):
                return index
    return None


# An outcome asked with one of these verbs is told only by one of its own outcome words: "Lynch announced the DOJ lawsuit"
# tells no one won it (``cues.OUTCOME`` words a filing, a launch, an announcement as outcomes too).
_SETTLES = {
    " win ": frozenset("won lost beat beaten defeated dismissed ruled settled".split()),
    " be convicted": frozenset("convicted acquitted guilty cleared jailed sentenced dismissed dropped".split()),
    " be approved": frozenset("approved rejected passed blocked cleared".split()),
}
