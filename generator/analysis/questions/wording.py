"""Builders: each words the question one pattern's cue raises, from the clause the cue governs.

A builder returns ``Draft`` records (the question, who or what it is about, and any penalty its
wording earned) or nothing when the clause cannot be turned into a question at all. Questions
are made by subject–auxiliary inversion of the article's own clause (``inversion``), never by
filling an empty template, so who, what and when come from the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Sentence
from .inversion import AUXILIARIES, lower_first, main_clause, wh_question, yes_no
from .references import References, possessive

# Where a clause may begin: punctuation, a conjunction, or a verb of saying or thinking (whose clause is
# reported speech). Found with ``str.rfind``, much faster than a regex over the sentence.
_OPENERS = tuple(", ; : ( “ \" ‘ — –".split()) + ("- ",)
_CONJUNCTIONS = tuple(f" {w} " for w in "but because if when while as although though so where after before until unless whether once now".split())
_REACH = 90
_REPORTING = tuple(
    f" {w} " for w in """that said says told warned believe believes believed think thinks thought expect expects expected
    suggested suggests argued argues insisted insists noted notes claimed claims predicted predicts fears feared
    added stated announced concluded concludes acknowledged admitted hoped worried predict predicts say fear hope warn
    argue insist claim suggest suspect suspects reckon reckons estimate estimates forecast forecasts""".split()
)
_BOUNDARY = re.compile(
    "[" + "".join(re.escape(t) for t in _OPENERS if len(t) == 1) + "]|- |"
    + r"\s(?:" + "|".join(t.strip() for t in _CONJUNCTIONS + _REPORTING) + r")(?=\s)"
)
# A lower-case word ending in -ed or a verb of saying inside a subject: the stretch holds a verb, it is no subject.
_VERB_IN_SUBJECT = re.compile(
    r"(?<![Tt]he\s)(?<![Aa]\s)\b[a-z]{3,}ed\b|\b(?:says|insists|argues|notes|claims|thinks|believes|admits|concedes|reckons|warns"
    r"|feels|accepts|hopes|fears|predicts|expects|knows|agrees|adds)\b"
)
_LEAD_JUNK = re.compile(
    r"^(?:[\"'“‘(]|(?:But|And|So|Now|However|Meanwhile|Instead|Still|Yet|yet|also|Also|then|Then|Eventually|eventually|Perhaps|perhaps"
    r"|Possibly|possibly|Ultimately|ultimately|Finally|finally|Soon|soon|Indeed|indeed)\s"
    r"|(?:While|If|When|Although|Though|As|After|Before|Because|Once|Unless|Until)\s(?=(?:the|a|an|[A-Z]\w*)\s))+"
)
# "is ready to think about how to ensure …" asks how; "is prepared to consider measures that would prevent …" asks which.
_HOW = re.compile(r"^\s(?:think|thinking)\sabout\show\sto\s|^\s(?:consider|discuss|look\sat|study|explore)\show\sto\s")
_MEASURES = re.compile(r"^\s(?:consider|take|discuss|introduce)\s(?:new\s|further\s)?measures\s(?:that\swould|to)\s")
_PHRASE_AUX = re.compile(r"^(?:is|are)\s(?:now\s|still\s|also\s)?unlikely\sto$")
_LOWER_SUBJECT = frozenset("he she it they the a an this that these those his her its their some many most few several all both each every no other another".split())
# "… would order a review and warned against …": a second verb of the sayer's, not of the question.
_SECOND_VERB = re.compile(r"\s(?:and|but)\s(?=[a-z]+ed\s)")
_LEAD_THE = re.compile(r"^The\s")
_LINKS = frozenset("of in for at on from with to by and or under over between among against about".split())


def _two_phrases(words: list[str]) -> bool:
    """'a Los Angeles court the residue', 'MPs their offices': a determiner right after a noun starts a second phrase."""
    return any(
        w.lower() in {"the", "a", "an", "their", "his", "her", "its", "our"} and words[i - 1].lower() not in _LINKS
        for i, w in enumerate(words) if i
    )


_NOBODY = frozenset("nobody no-one none everyone everybody somebody someone anyone anybody few many most all some".split())
_BEFORE_NOUN = frozenset("""the a an any its their his her our my your these those such new further latest controversial
ambitious existing original revised initial future earlier previous expansion investment spending reform government""".split())
_TITLES = frozenset("Mr Mrs Ms Dr Sir Lord Lady Dame Prof Sen Rep Gov President Prime Chancellor".split())
# A match to come: "England will face Wales in Cardiff on Saturday" asks who wins.
_FIXTURE = re.compile(r"^\s(?:face|play|meet|take\son)\s(?P<rest>(?:the\s)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*(?:\s(?:in|at|on|next)\s[^,;]+)?)")
_SENTENCED = re.compile(r"^\sbe\ssentenced(?:\s(?P<rest>(?:on|in|at|next|later)\s[^,;]+))?")
_WISH = re.compile(r"^\s(?:like|love|prefer)\sto\s")
_NOUN_CUES = frozenset("plan plans aim aims hope hopes want wants".split())
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|fell|came|went|remain|remained|seem|seemed)\b")
_BARE_VERB_SKIP = frozenset("be have".split())
_NOT_VERBS = frozenset("the a an his her its their this that these those not also little only never still soon then now even just cannot".split())


@dataclass
class Draft:
    text: str
    about: str
    penalties: list[tuple[str, float]] = field(default_factory=list)
    dropped: str | None = None  # shown by ``explain``: worded, but the article answers it


@dataclass
class Context:
    text: str
    names: frozenset[str]  # every word of every actor's name
    sentences: tuple[Sentence, ...]
    refs: References


def clause_subject(text: str, at: int) -> tuple[str, bool]:
    """The words between the last clause boundary before ``at`` and ``at``, and whether a
    verb of saying or thinking introduced them (reported speech)."""
    subject, opener = _clause_start(text, at)
    return subject, opener in _REPORTING


def _clause_start(text: str, at: int) -> tuple[str, str]:
    """The subject stretch before ``at`` and the token that opens its clause ("" at the sentence start).

    Only the last ``_REACH`` characters are searched: a longer stretch is no subject of eight words."""
    window = text[max(0, at - _REACH):at]
    last = None
    for last in _BOUNDARY.finditer(window):
        pass
    if last is None:
        if at > _REACH:
            return "", "too far"
        start, opener = 0, ""
    else:
        start, opener = last.end() + (last.group(0)[-1:].isalpha()), last.group(0).strip()
        opener = f" {opener} " if opener.isalpha() else opener
    subject = _LEAD_JUNK.sub("", window[start:].strip())
    return subject.strip(" \"'“”‘’"), opener


def _aux_word(aux: str, reported: bool) -> tuple[str, list[tuple[str, float]]]:
    a = " ".join(aux.split())
    if a in {"will", "can", "could", "may", "might"}:
        return ("will" if a == "will" else "could"), ([("ability or possibility, weaker than a forecast", 0.6)] if a != "will" else [])
    if a == "would":
        return ("will", []) if reported else ("would", [("hypothetical 'would': its sentence answers it", 2.5)])
    if a in {"should", "must"}:
        return "will", [("obligation asked as a forecast", 0.8)]
    if _PHRASE_AUX.match(a):
        return "will", [("asks a forecast the article doubts", 0.3)]
    return "will", []


def ask_forward(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'The Senate is expected to vote on the bill next week' → 'Will the Senate vote on the bill next week?'"""
    verb = m.group("verb")
    if verb in _NOT_VERBS or verb.endswith(("ed", "ing")) and verb not in {"need", "succeed", "proceed", "bring", "feed", "exceed"}:
        return []
    subject, opener = _clause_start(s.text, m.start("aux"))
    reported = opener in _REPORTING
    words = subject.split()
    if not 1 <= len(words) <= 8 or words[0].lower() in {"who", "which", "what", "that", "there"}:
        return []
    if (
        any(w.lower() in AUXILIARIES for w in words) or _VERB_IN_SUBJECT.search(subject) or _two_phrases(words)
        or words[0][:1].islower() and words[0] not in _LOWER_SUBJECT or (len(words) == 1 and words[0].lower() in _NOBODY)
        or words[0].lower() in _NOBODY - _LOWER_SUBJECT
    ):
        return []  # "Rank could unveil plans to …", "Clinton suggested the US should …": the stretch holds a verb
    sayer = _sayer(s.text, m.start("aux"), subject) if reported else None
    story = ctx.refs.story_name(_LEAD_THE.sub("the ", subject))
    named = sayer or story or ctx.refs.subject(subject, s.start + m.start("aux"))
    if named is None:
        return []
    aux, penalties = _aux_word(m.group("aux"), reported)
    rest = s.text[m.end("aux"):]
    if rest.startswith(" do well to "):
        return []  # "could do well to reassess": advice, not a forecast
    rest = _WISH.sub(" ", rest, count=1)  # "would like to run in …" asks "Will X run in …?"
    if m.group("aux") != "will" and (decided := _DECISION.match(rest)) and decided.group("how") != "on":
        return _ask_decision(named if named != subject else subject, decided)
    if m.group("aux").split()[0] in _NOUN_CUES and (
        subject.endswith(("'s", "’s")) or _FINITE.search(main_clause(rest)) or words[-1].lower() in _BEFORE_NOUN
    ):
        return []  # "Labour's plans to raise taxes were dropped": "plans" is a noun
    if " not " in f" {rest.split(' ', 2)[0]} " or rest.lstrip().startswith("not "):
        return []  # "will not stand": the question would ask the opposite of the article
    first = named.split()
    if (
        named == subject and first[0][:1].isupper() and not first[0].isupper() and first[0] not in ctx.names
        and not first[0].endswith(".") and first[0] not in _TITLES
        and not first[0].endswith(("'s", "’s"))
        and s.text.lstrip("\"“‘' ").startswith(named)
        and (len(first) > 1 or f" {first[0].lower()} " in ctx.text or first[0].endswith(("s", "ing")))
    ):
        named = named[0].lower() + named[1:]  # "Patents on …", "Founder Stelios …" at the start of the sentence: common nouns
    if (match := _FIXTURE.match(rest)) and named[:1].isupper():
        return [Draft(f"Will {named} beat {main_clause(match.group('rest'))}?", named)]  # "X face Wales on Saturday"
    if (match := _SENTENCED.match(rest)):
        when = main_clause(match.group("rest") or "")
        return [Draft(f"What sentence will {lower_first(named)} receive{' ' + when if when else ''}?", named)]
    if opener in {" whether ", " if "}:
        penalties.append(("an undecided matter ('whether …')", -0.5))
    elif not reported and m.group("aux") == "will":
        decision = _DECISION.match(rest)
        if decision is None:
            return [Draft(yes_no(f"{named} will{rest}") or f"Will {named} …?", named, dropped="its sentence states it as fact")]
        return _ask_decision(named, decision)
    how, measures = _HOW.match(rest), _MEASURES.match(rest)
    if how or measures:
        lead = "How will" if how else "What measures will"
        verb_phrase = main_clause(rest[(how or measures).end():])
        question = f"{lead} {lower_first(named)} {'' if how else 'take to '}{verb_phrase}?" if verb_phrase else None
    else:
        question = yes_no(f"{named} {aux}{_SECOND_VERB.split(rest)[0]}")
    if question is None or not (how or measures) and (question.split()[0].lower() != aux or not re.search(rf"\b{verb}\b", question)):
        return []  # the inversion found another verb than the cue's ("Does Budget carrier …?")
    if story:
        penalties.append(("named after the story's organisation or country", 0.4))
    elif named.lower() != subject.lower() and not sayer:
        penalties.append(("pronoun resolved by recency", 0.8))
    return [Draft(question, named, penalties)]


# A pending decision the article announces: "the court will rule on …", "MPs will vote on …".
_DECISION = re.compile(
    r"^\s(?P<verb>vote|rule|decide)\s(?:(?:on|by|in|at)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d[^\s,]*)\s)?"
    r"(?P<how>on|whether\sto|whether)\s(?P<rest>.+)"
)


def _ask_decision(named: str, m: re.Match) -> list[Draft]:
    rest = main_clause(m.group("rest"))
    if not rest:
        return []
    who = lower_first(named)
    if m.group("how") == "on":
        lead = "What will" if m.group("verb") == "decide" else "How will"
        return [Draft(f"{lead} {who} {m.group('verb')} on {rest}?", named)]
    q = yes_no(f"{named} will {rest}") if m.group("how") == "whether to" else yes_no(rest)
    return [Draft(q, named)] if q else []


_SAYER = re.compile(r"(?P<who>(?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w.’'-]*)(?:,[^,]{3,90},)?\s(?:has\s|had\s)?(?:said|says|told\s\w+|warned|believes|expects|predicted|announced)\s(?:that\s)?$")


def _sayer(text: str, at: int, subject: str) -> str | None:
    """'Yukos said it would …': the pronoun is the one who said it."""
    if subject.lower() not in {"it", "he", "she"}:
        return None
    before = text[:at].rstrip()
    before = before[: len(before) - len(subject)]
    m = _SAYER.search(before)
    return m.group("who") if m and m.group("who").split()[0] not in {"The", "A", "But", "He", "She", "It"} else None


def ask_unclear(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'It is unclear whether the deal will go ahead' → 'Will the deal go ahead?'"""
    wh, clause = m.group("wh").lower(), m.group("clause")
    first = clause.split(" ", 1)[0]
    named = ctx.refs.subject(first, s.start + m.start("clause")) if first.lower() in {"he", "she", "it"} else None
    if named and " " in clause:
        clause = f"{named} {clause.split(' ', 1)[1]}"
    elif first.lower() in {"he", "she", "it", "they", "we", "i", "you"}:
        return []
    clause = re.sub(r"^(\S+(?:\s\S+){0,6}?)\swould\b", r"\1 will", clause, count=1)
    q = yes_no(clause) if wh in {"whether", "if"} else wh_question(wh, clause)
    past = [("unclear then, not now ('was unclear')", 2.0)] if re.search(r"\b(?:was|remained)\s", m.group(0)[:40]) else []
    return [Draft(q, named or first, past)] if q else []


def ask_whether_open(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    q = yes_no(m.group("clause"))
    return [Draft(q, m.group("clause").split(" ", 1)[0])] if q else []


def ask_np_unclear(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'The cause of the fire remains unknown.' → 'What is the cause of the fire?'"""
    np = m.group("np")
    verb = "are" if np.split()[1].endswith("s") and not np.split()[1].endswith("ss") else "is"
    return [Draft(f"What {verb} {np[0].lower()}{np[1:]}?", np)]


def ask_denied(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Gazprom has denied that it is behind the purchase' → 'Is Gazprom behind the purchase?'"""
    who, clause = m.group("who"), m.group("clause")
    if who.split()[0] in {"The", "A", "An", "But", "And", "He", "She", "It", "They"} and len(who.split()) == 1:
        return []
    first = clause.split(" ", 1)[0]
    if first.lower() in {"he", "she", "it", "they"} and " " in clause:
        clause = f"{who} {clause.split(' ', 1)[1]}"
    q = yes_no(clause)
    return [Draft(q, who, [("a denied claim: open only if nothing settles it", 0.2)])] if q else []


def _base(gerund: str) -> str:
    stem = gerund[:-3]
    if stem == "ly":
        return "lie"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # running → run
    vowels = re.findall(r"[aeiouy]+", stem)
    if len(vowels) == 1 and re.search(r"[^aeiou][aeiouy][^aeiouwxy]$", stem):
        return stem + "e"  # making → make
    if re.search(r"(?:v|z|uc|ic|[^aeiou]at|iz|is|ur|ag|as|os|us|id|ud|[bcdfgkpstz]l)$", stem):
        return stem + "e"  # receiving → receive, creating → create
    return stem


def ask_accused(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'accused Acme of misleading investors' → 'Did Acme mislead investors?'"""
    who = m.group("who")
    if who in {"him", "her"}:
        who = ctx.refs.nearest(s.start + m.start("who"), "person")
    elif who in {"it", "them"}:
        who = ctx.refs.nearest(s.start + m.start("who"), "organization") if who == "it" else None
    if not who:
        return []
    rest = main_clause(m.group("rest"))
    if m.group("verb") == "being":
        return [Draft(f"Was {who} {rest}?", who, [("an accusation in the past tense", 0.4)])]
    return [Draft(f"Did {who} {_base(m.group('verb'))} {rest}?", who, [("an accusation in the past tense", 0.4)])]


def ask_no_comment(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'HP declined to comment on the Compaq lawsuit' → 'What is HP's response to the Compaq lawsuit?'"""
    who, topic = m.group("who"), m.group("topic")
    if topic is None or who.split()[0] in {"He", "She", "They", "It", "But", "And"}:
        return []
    topic = main_clause(topic)
    claim = re.match(r"(?:reports?|claims?|suggestions?|speculation|allegations?)\sthat\s(?P<clause>.+)", topic)
    if claim:
        q = yes_no(claim.group("clause"))
        return [Draft(q, who)] if q else []
    if not re.match(r"(?:the|a|an|his|her|its|their|[A-Z])", topic) or re.match(
        r"(?:the\s|these\s|such\s)?(?:matter|story|reports?|issue|case|claims?|speculation|rumou?rs?|allegations?|situation)$", topic
    ):
        return []
    who = re.sub(r"^(?:A|An)\s", "a ", who) if not who.startswith("The ") else "the " + who[4:]
    return [Draft(f"What is {possessive(who)} response to {topic}?", who, [("a response not given", 0.3)])]


def ask_charged(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Smith was charged with fraud' → 'Will Smith be convicted of fraud?'"""
    who = m.group("who")
    if who in {"He", "She"}:
        who = ctx.refs.nearest(s.start, "person")
    if not who or who in {"They", "The", "A"}:
        return []
    charge = main_clause(re.split(r"\s(?:and|after|in|while|but)\s", m.group("charge"))[0])
    charge = re.sub(r"^(?:charges\sof|the\scharges?\sof)\s", "", charge)
    return [Draft(f"Will {who} be convicted of {charge}?", who)]


def ask_appeal(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    who, act, obj = m.group("who"), m.group("act"), main_clause(m.group("object"))
    if who.split()[0] in {"The", "A", "But", "And", "It", "He", "She"} and len(who.split()) == 1:
        return []
    if act.startswith("su"):
        return [Draft(f"Will {who} win the lawsuit against {obj}?", who, [("a lawsuit's outcome", 0.2)])] if obj[:1].isupper() else []
    obj = re.sub(r"^against\s", "", obj)
    return [Draft(f"Will {possessive(who)} appeal against {obj} succeed?", who)]


def ask_inquiry(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'a police investigation into the crash' → 'What will the police investigation into the crash find?'"""
    obj = main_clause(m.group("object"))
    by = (m.group("by") or "").strip()
    if not any(w[:1].isupper() for w in (by + " " + obj).split()):
        return [] if not by else []
    return [Draft(f"What will the {by + ' ' if by else ''}{m.group('kind')} into {obj} find?", by or obj)]


def ask_urged(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Critics urged the BBC to drop the show' → 'Will the BBC drop the show?'"""
    who = m.group("who")
    if who.startswith("the ") and not ctx.refs.subject(who, s.start + m.start("who")):
        return []
    if m.group("verb") in _NOT_VERBS:
        return []
    rest = main_clause(re.split(r"\sand\s(?=[a-z]+(?:ed|s)\s)", m.group("rest"))[0])
    return [Draft(f"Will {who} {m.group('verb')} {rest}?", who, [("the answer of someone called on to act", 0.1)])]


def ask_funding(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'a £2bn plan' in an article that never says who pays → 'How will the £2bn plan be funded?'"""
    return [Draft(f"How will the {m.group('amount')} {m.group('noun')} be funded?", m.group("noun"), [("cost stated, funding not", 0.5)])]


def ask_rough_figure(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'the rights of up to 10 million Ukrainians living in Russia' with no source for the figure."""
    noun = main_clause(re.split(r"\s(?:to|who|that|which|and)\s", m.group("noun"))[0])
    if not any(w[:1].isupper() for w in noun.split()) or len(noun.split()) > 7:
        return []
    return [Draft(f"What is the source of the figure of {m.group('figure')} {noun}?", noun, [("an unsourced figure", 1.2)])]


def ask_demanded(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'MPs demanded that the BBC drop the show' / 'Mr Smith is under pressure to resign' → 'Will the BBC drop the show?'"""
    who = m.group("who") or m.group("who2")
    verb, rest = (m.group("verb"), m.group("rest")) if m.group("who") else (m.group("verb2"), m.group("rest2"))
    if verb in _NOT_VERBS or verb.endswith(("ed", "ing", "s")) or who.split()[0] in {"The", "A", "But", "He", "She", "It", "They"}:
        return []  # "demanded that X resigned/resigns" is no call to act
    rest = main_clause(re.split(r"\sand\s(?=[a-z]+(?:ed|s)\s)", rest or "")[0])
    return [Draft(f"Will {lower_first(who)} {verb}{' ' + rest if rest else ''}?", who, [("the answer of someone called on to act", 0.1)])]


def ask_considering(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Ford is considering whether to close the plant' → 'Will Ford close the plant?'"""
    who = m.group("who")
    if who.split()[0] in {"The", "A", "But", "He", "She", "It", "They", "And"} and len(who.split()) == 1:
        return []
    if m.group("to"):
        q = yes_no(f"{who} will {m.group('rest')}")
    else:
        q = yes_no(re.sub(r"^(\S+(?:\s\S+){0,6}?)\swould\b", r"\1 will", m.group("rest"), count=1))
    return [Draft(q, who, [("an undecided matter", -0.5)])] if q else []


_DEMONSTRATIVE = re.compile(r"^(?:This|That|The|These)\s(?P<head>statement|remark|remarks|comment|comments|move|decision|announcement|offer|proposal|claim|admission)$")


def ask_raises_questions(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'This statement raises questions about whether this could be a rare instance of …' →
    'Could Vladimir Putin’s statement be a rare instance of …?' (the statement of the one person just named)."""
    subject = _LEAD_JUNK.sub("", m.group("subj").strip())
    named = None
    head = _DEMONSTRATIVE.match(subject)
    if head:
        person = ctx.refs.only(s.start, "person")
        named = f"{possessive(person)} {head.group('head')}" if person else None
    clause = m.group("clause")
    first, _, rest = clause.partition(" ")
    if first.lower() in {"this", "it", "that"}:
        if named is None:
            return []
        clause = f"{named} {rest}"
    elif first.lower() in {"he", "she", "they", "we", "i", "you"}:
        return []
    wh = m.group("wh")
    q = yes_no(clause) if wh == "whether" else wh_question(wh, clause)
    return [Draft(q, named or subject)] if q else []
