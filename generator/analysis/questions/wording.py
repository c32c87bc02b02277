"""Builders: each words the question one pattern's cue raises, from the clause the cue governs.

A builder returns ``Draft`` records (the question, who or what it is about, and any penalty its
wording earned) or nothing when the clause cannot be turned into a question at all. Questions
are made by subject–auxiliary inversion of the article's own clause (``inversion``), never by
filling an empty template, so who, what and when come from the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Quote, Sentence
from ..fact_patterns import SPELLED_SMALL
from ..names import DAYS_MONTHS, MONTH_NAMES, WEEKDAYS
from .framing import caller_penalties
from .inversion import decided_clause, lower_first, main_clause, wh_question, will_clause, yes_no
from .references import ONE_HOLDER_OFFICES, References, is_country, jurisdiction, possessive

# Words before a clause's subject that are not part of it: quote marks, connectives, a leading adverb,
# a subordinator before "the …" or a name.
_LEAD_JUNK = re.compile(
    r"^(?:[\"'“‘(]|(?:But|And|So|Now|However|Meanwhile|Instead|Still|Yet|yet|also|Also|then|Then|Eventually|eventually|Perhaps|perhaps"
    r"|Possibly|possibly|Ultimately|ultimately|Finally|finally|Soon|soon|Indeed|indeed)\s"
    r"|(?:While|If|When|Although|Though|As|After|Before|Because|Once|Unless|Until)\s(?=(?:the|a|an|[A-Z]\w*)\s))+"
)
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
    quotes: tuple[Quote, ...] = ()

    def speaker_at(self, offset: int) -> str | None:
        """The full name of the person whose quotation holds ``offset``, or None."""
        for q in self.quotes:
            if q.start <= offset < q.end and q.speaker and " " in q.speaker and self.refs.kind_of(q.speaker) == "person":
                return q.speaker
        return None


def ask_unclear(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'It is unclear whether the deal will go ahead' → 'Will the deal go ahead?'"""
    wh, clause = m.group("wh").lower(), m.group("clause")
    first = clause.split(" ", 1)[0]
    named = ctx.refs.subject(first, s.start + m.start("clause")) if first.lower() in {"he", "she", "it"} else None
    if named and " " in clause:
        clause = f"{named} {clause.split(' ', 1)[1]}"
    elif first.lower() in {"he", "she", "it", "they", "we", "i", "you"}:
        return []
    clause = named_lead(ctx, will_clause(clause), s.start)
    q = yes_no(clause) if wh in {"whether", "if"} else wh_question(wh, clause)
    past = [("unclear then, not now ('was unclear')", 2.0)] if re.search(r"\b(?:was|remained)\s", m.group(0)[:40]) else []
    return [Draft(q, named or first, past)] if q else []


# A clause led by a common noun phrase: "this merger is a success", "the bill will pass".
_COMMON_LEAD = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s[a-z-]+(?:\s[a-z-]+){0,2}?(?=\s(?:is|are|was|were|will|would|can|could|has|have|had|may|might)\b)")


def named_lead(ctx: Context, clause: str, offset: int) -> str:
    """``clause`` with a leading 'the bill' / 'this merger' named after its earlier mention, when there is one."""
    m = _COMMON_LEAD.match(clause)
    name = ctx.refs.earlier_mention(m.group(0), offset) if m else None
    return name + clause[m.end():] if m and name else clause


def ask_whether_open(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    q = yes_no(named_lead(ctx, m.group("clause"), s.start))
    return [Draft(q, m.group("clause").split(" ", 1)[0])] if q else []


# An act named only by whose it is: "the source of Rubio's attack" (which attack, on what, only the sentences before say;
# a labelled tuning candidate judged vague). "the cause of the Grenfell fire" names its matter.
_BARE_ACT = re.compile(r"[’']s\s(?:attacks?|claims?|remarks|comments?|criticism|statements?|charges?|accusations?|allegations?|move)$")
_BARE_ACT_NOTE = ("an act named only by whose it is ('Rubio's attack')", 2.0)


def ask_np_unclear(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'The cause of the fire remains unknown.' → 'What is the cause of the fire?'"""
    np = m.group("np")
    verb = "are" if np.split()[1].endswith("s") and not np.split()[1].endswith("ss") else "is"
    bare = [_BARE_ACT_NOTE] if _BARE_ACT.search(np) else []
    return [Draft(f"What {verb} {np[0].lower()}{np[1:]}?", np, bare)]


def ask_denied(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Gazprom has denied that it is behind the purchase' → 'Is Gazprom behind the purchase?'"""
    who, clause = m.group("who"), m.group("clause")
    if who.split()[0] in {"The", "A", "An", "But", "And", "He", "She", "It", "They"} and len(who.split()) == 1:
        return []
    first = clause.split(" ", 1)[0]
    if first.lower() in {"he", "she", "it", "they"} and (first.lower() == "they") != (" and " in who):
        return []  # "they" stands for a plural subject ("South Korea and Japan denied they …"), he/she/it for a single one
    if first.lower() == "they":
        q = yes_no(clause, subject=who)  # a subject with "and" is not split from its clause: the pronoun holds the place
        return [Draft(q, who, [("a denied claim: open only if nothing settles it", 0.2)])] if q else []
    if first.lower() in {"he", "she", "it"} and " " in clause:
        clause = f"{who} {clause.split(' ', 1)[1]}"
    q = yes_no(clause)
    return [Draft(q, who, [("a denied claim: open only if nothing settles it", 0.2)])] if q else []


def base_form(gerund: str) -> str:
    """'running' → 'run', 'making' → 'make', 'raising' → 'raise'."""
    stem = gerund[:-3]
    if stem == "ly":
        return "lie"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # running → run
    if stem.endswith("u"):
        return stem + "e"  # issuing → issue, continuing → continue
    vowels = re.findall(r"[aeiouy]+", stem)
    if len(vowels) == 1 and re.search(r"[^aeiou][aeiouy][^aeiouwxy]$", stem):
        return stem + "e"  # making → make
    if re.search(r"(?:v|z|uc|ic|rc|nc|rg|dg|rs|ps|ns|[^aeiou]at|iz|is|ur|ag|eg|as|os|(?<!foc)us|id|ud|[bcdfgkpstz]l|creat"
                 r"|(?<!a)ir|chang|rang|leng|[lp]et)$", stem):  # not "focus", "repair", "target"
        return stem + "e"  # receiving → receive, violating → violate, alleging → allege, creating → create (not cheating),
        # retiring → retire, requiring → require, changing → change, arranging → arrange, competing → compete
    return stem


# Participles a reported past act takes ("had misled", "had told") and their base forms; a regular one is cut ("lied" → "lie").
_IRREGULAR_PARTICIPLES = dict(p.split(":") for p in """misled:mislead told:tell known:know taken:take given:give made:make
    paid:pay said:say sold:sell hidden:hide stolen:steal broken:break written:write kept:keep met:meet lost:lose seen:see
    spent:spend bought:buy sought:seek brought:bring thought:think held:hold left:leave led:lead sent:send""".split())


def base_of_participle(word: str) -> str | None:
    """'lied' → 'lie', 'denied' → 'deny', 'cheated' → 'cheat', 'misled' → 'mislead'; None for a word no participle."""
    if word in _IRREGULAR_PARTICIPLES:
        return _IRREGULAR_PARTICIPLES[word]
    if not word.endswith("ed") or len(word) < 4 or not word.isalpha() or not word.islower():
        return None
    if word.endswith("ied"):
        return word[:-1] if len(word) <= 4 else word[:-3] + "y"  # lied, died; denied, applied
    if word.endswith("eed"):
        return word[:-1]  # agreed
    return base_form(word[:-2] + "ing")


_PLURAL_NOUN = re.compile(r"[a-z][^s’']s['’]?$")  # "the directors", not "the boss"


def is_plural(subject: str) -> bool:
    """A clause subject is plural: joined by "and" ("Fawcett and McDonald"), "they", or a common noun's plural ("the
    directors"); a capitalised last word is a name, singular whatever its ending ("Charles Haynes", "Andrew Evans")."""
    if " and " in subject or subject.lower() == "they":
        return True
    last = subject.split()[-1] if subject.split() else ""
    return not last[:1].isupper() and _PLURAL_NOUN.search(last) is not None


def did_question(subject: str, participle: str, rest: str, plural: bool = False) -> str | None:
    """A reported past act ("Souness had lied about …", "had been paid") asked in the simple past, as an editor asks a
    disputed act: 'Did Graeme Souness lie about …?', 'Was Graeme Souness paid …?'; None when ``participle`` is no participle."""
    if participle == "been":
        return f"{'Were' if plural else 'Was'} {subject}{rest}"
    base = base_of_participle(participle)
    return f"Did {subject} {base}{rest}" if base else None


def ask_accused(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'accused Acme of misleading investors' → 'Did Acme mislead investors?'"""
    who = m.group("who")
    if who in {"him", "her"}:
        who = ctx.refs.nearest(s.start + m.start("who"), "person")
    elif who in {"it", "them"}:
        who = ctx.refs.nearest(s.start + m.start("who"), "organization") if who == "it" else None
    if not who:
        return []
    rest = main_clause(re.split(r"\s(?:and|or|but)\s", m.group("rest"))[0])
    if _LAWSUIT_BEFORE.search(s.text, max(0, m.start() - 40), m.start()):
        costs = []  # a court will settle the past act
    else:
        costs = [("an accusation in the past tense", 0.4)]
        if not _NOT_YET_ACCUSED.search(s.text[: m.start()]):
            costs.append(("one side's charge asked as a fact: loaded", 1.0))
    if m.group("verb") == "being":
        return [Draft(f"Was {who} {rest}?", who, costs)]
    return [Draft(f"Did {who} {base_form(m.group('verb'))} {rest}?", who, costs)]


# "The United States has not publicly accused Russia of …": a charge no one has made yet, the fact open (labelled
# half A: the one accusation judged good); a charge made ("Clinton accused Trump of using divisive rhetoric",
# "Tuttle's article accuses Trump of …") is one side's view, judged loaded in 10 of 12 labelled half-A candidates.
# A charge a lawsuit makes is the court's to settle, not one side's view asked as a fact, nor a guess about the past:
# "Wal-Mart is also fighting two lawsuits - one accusing it of discriminating against women" (a labelled tuning
# candidate, "Did Wal-Mart discriminate against women?", judged good).
# The suit named as one at law ("a suit" alone may be clothing), a few words of the same clause between it and the
# participle ("a lawsuit filed in California accusing …").
_LAWSUIT_BEFORE = re.compile(r"\b(?:law\s?suits?|legal\s(?:actions?|suits?)|class[\s-]actions?)\b(?:[^,.;]{0,20})?\s(?:which\s|that\s)?$")
_NOT_YET_ACCUSED = re.compile(r"(?:\bnot|\bnever|n[’']t)\s(?:[a-z]+ly\s|yet\s|been\s)?$")


def ask_no_comment(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'HP declined to comment on the Compaq lawsuit' → 'How will HP respond to the Compaq lawsuit?';
    'HP could not be reached for comment on the Compaq lawsuit' → 'What is HP's response to the Compaq lawsuit?'"""
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
    # A comment refused, not one not yet had: "What is HP's response …?" the article answers (it declined); the response
    # ahead is open (a labelled tuning candidate judged half answered). One not reached in time may still answer: its response now.
    if m.group("declined"):
        return [Draft(f"How will {who} respond to {topic}?", who, [("a response not given", 0.3)])]
    return [Draft(f"What is {possessive(who)} response to {topic}?", who, [("a response not given", 0.3)])]


# A charge ends at a clause joined by "and" ("… and was released on bail"), not at a second charge: "10 charges of child
# abuse and false imprisonment", "fraud and tax evasion", "assault and battery" (labelled tuning candidates judged clipped
# for the list cut after its first item).
# a time the charge was brought is no part of the charge: "with fraud on Monday", "in March", "in 2004"
TIME_ADJUNCT = (r"\s(?:on|in|at|last|this|since|by)\s(?:(?:early|late|mid-?)\s?)?(?:" + "|".join(sorted(d.title() for d in DAYS_MONTHS))
                + r")\b\.?|\s(?:on|in|at|since|by)\s(?:\d{4}|\d{1,2}\s[A-Z][a-z]+)\b")
_CHARGE_BREAK = re.compile(r"\s(?:after|in|while|but)\s|" + TIME_ADJUNCT)
_AND = re.compile(r"\s(?:and|or)\s")
_NOT_A_CHARGE = re.compile(r"(?:\b(?:is|are|was|were|has|have|had|will|would|could|can|may|faces?|denies|he|she|it|they|his|her|their|to|sent|held|kept|freed|given|told)\b|[a-z]{2,}ed\b)")


# A count of two or more, in figures or spelled out.
COUNT = r"\d+|" + "|".join(w for w in SPELLED_SMALL if w != "one")
# A name that is the object of a preposition is not the one charged (labelled tuning candidate judged misread).
_OF_WHOM = re.compile(r"\b(?:from|of|at|for|with|by)\s$")
_GROUP_OF = re.compile(rf"(?<![\w-])(?P<np>(?:the\s)?(?:{COUNT}|several|senior|former|top)\s"
                       r"(?:[a-z]+\s)?[a-z]+s\s(?:from|of|at)\s)$")


_COUNTED = re.compile(rf"(?:{COUNT}|several|multiple)\s(?:[a-z]+\s)?(?:charges|counts)\sof\s")


def charge_list(charge: str, breaks: re.Pattern) -> str:
    """``charge`` up to its first break, or its first "and" that joins no second charge (at most four words, no verb)."""
    cut = breaks.search(charge)
    charge = charge[: cut.start()] if cut else charge
    for m in _AND.finditer(charge):
        nxt = _AND.search(charge, m.end())
        item = charge[m.end(): nxt.start() if nxt else len(charge)]
        if len(item.split()) > 4 or _NOT_A_CHARGE.search(item):
            return charge[: m.start()]
    return charge


def ask_charged(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Smith was charged with fraud' → 'Will Smith be convicted of fraud?'"""
    who = m.group("who")
    if _OF_WHOM.search(s.text, max(0, m.start("who") - 12), m.start("who")):
        group = _GROUP_OF.search(s.text, max(0, m.start("who") - 60), m.start("who"))
        if group is None:
            return []
        who = group.group("np") + who  # "twelve managers from Mitsubishi Motors were charged": the managers, not the firm
    if who in {"He", "She"}:
        who = ctx.refs.nearest(s.start, "person")
    if not who or who in {"They", "The", "A"}:
        return []
    charge = main_clause(charge_list(m.group("charge"), _CHARGE_BREAK))
    charge = re.sub(r"^(?:charges\sof|the\scharges?\sof)\s", "", charge)
    prep = "on" if _COUNTED.match(charge) else "of"  # "convicted on 10 charges of child abuse", "convicted of fraud"
    return [Draft(f"Will {who} be convicted {prep} {charge}?", who)]


# An office named by its place after "of": "The attorney general of the state of New York is suing …" (the suit is the
# office's, "New York" alone a vague plaintiff: a labelled tuning candidate judged vague).
_OFFICE_OF = re.compile(r"(?:^|\s)[Tt]he\s(?P<role>[a-z]+(?:\s[a-z]+)?)\sof\s(?:the\s(?:state|city|county|commonwealth|province)\sof\s)?$")


def office_of(sentence: str, at: int, place: str) -> str | None:
    """The office whose place ``place`` (standing at ``at``) names: 'the New York attorney general' ('the attorney general of
    France' for a country), or None when no role word stands before it."""
    m = _OFFICE_OF.search(sentence, max(0, at - 60), at)
    if m is None or ONE_HOLDER_OFFICES.isdisjoint(m.group("role").split()) or not jurisdiction(place):
        return None
    return f"the {m.group('role')} of {place}" if is_country(place) else f"the {place} {m.group('role')}"


# When the suit or appeal was filed or will be: "sued Vivendi on Monday", "will appeal the ruling next week" (the filing's
# date, not the outcome's: "Will X win the lawsuit against Y on Monday?" reads as a verdict due on Monday).
_WEEKDAY = "|".join(sorted(d.capitalize() for d in WEEKDAYS))
_MONTH = "|".join(MONTH_NAMES)
_FILING_TIME = re.compile(
    rf"\s(?:(?:on|last|this|next|by)\s(?:{_WEEKDAY})(?:\s(?:morning|afternoon|evening|night))?|on\s\d{{1,2}}\s(?:{_MONTH})"
    rf"|on\s(?:{_MONTH})\s\d{{1,2}}|yesterday|today|tonight|(?:earlier\s|later\s)?(?:this|last|next)\s(?:week|month|year|morning|afternoon))\b"
)
# A time that dates the thing appealed, not the filing: "the ruling handed down on Monday", "the verdict given last week"
# (a participle: lower case, "-ed"/"-en" or one of these; "the ruling filed on Monday" dates the filing).
_DATED_THING = ("ed", "en", "down", "out", "made", "held", "given", "set")
_FILING_PARTICIPLES = frozenset("filed lodged launched submitted brought".split())


def _dates_the_thing(word: str) -> bool:
    return word.islower() and word not in _FILING_PARTICIPLES and word.endswith(_DATED_THING)


def _without_filing_time(obj: str) -> str:
    """``obj`` without a time that dates the filing ("Vivendi on Monday" → "Vivendi")."""
    for m in reversed(list(_FILING_TIME.finditer(obj))):
        head, _, last = obj[:m.start()].rpartition(" ")
        if last in _FILING_PARTICIPLES:  # "a lawsuit filed on Monday" → "a lawsuit"
            obj = head + obj[m.end():]
        elif not _dates_the_thing(last):
            obj = obj[:m.start()] + obj[m.end():]
    return obj.strip()


def ask_appeal(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    who, act, obj = m.group("who"), m.group("act"), _without_filing_time(main_clause(m.group("object")))
    if who.split()[0] in {"The", "A", "But", "And", "It", "He", "She"} and len(who.split()) == 1:
        return []
    who = office_of(s.text, m.start("who"), who) or who
    if act.startswith("su"):
        return [Draft(f"Will {who} win the lawsuit against {obj}?", who, [("a lawsuit's outcome", 0.2)])] if obj[:1].isupper() else []
    if act.endswith(" against") and not act.startswith(("appeal", "lodged an appeal")):  # "begun proceedings against Vivendi"
        return [Draft(f"Will {who} win the case against {obj}?", who, [("a lawsuit's outcome", 0.2)])] if obj[:1].isupper() else []
    obj = re.sub(r"^against\s", "", obj)
    return [Draft(f"Will {possessive(lower_first(who))} appeal against {obj} succeed?", who)]


def ask_inquiry(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'a police investigation into the crash' → 'What will the police investigation into the crash find?'"""
    obj = main_clause(re.split(r"\s(?:that|which|who|while|whether|after|before)\s", m.group("object"))[0])
    by = (m.group("by") or "").strip()
    if not any(w[:1].isupper() for w in (by + " " + obj).split()):
        return [] if not by else []
    return [Draft(f"What will the {by + ' ' if by else ''}{m.group('kind')} into {obj} find?", by or obj)]


# How soon the caller wants it done is the caller's manner, not the matter: "urged Parliament to approve the amnesty as
# soon as possible" asks "Will the Georgian Parliament approve the amnesty?" (labelled tuning candidates: kept manner noted).
_CALLERS_MANNER = re.compile(r"\s(?:as\ssoon\sas\s(?:possible|it\scan|they\scan)|immediately|urgently|without\s(?:further\s)?delay|at\sonce|forthwith|swiftly|quickly|promptly)$")
_NEXT_CLAUSE = re.compile(r"\sand\s(?=[a-z]+(?:ed|s)\s)")  # "… and said …": the call's act ends there


def _called_act(rest: str) -> str:
    """What a caller asks done, without the clause after it or the caller's manner ("as soon as possible")."""
    return _CALLERS_MANNER.sub("", main_clause(_NEXT_CLAUSE.split(rest)[0]))


def ask_urged(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Critics urged the BBC to drop the show' → 'Will the BBC drop the show?'"""
    who = m.group("who")
    if who.startswith("the "):
        who = ctx.refs.subject(who, s.start + m.start("who"))  # "the governor" → "the Puerto Rico governor"
        if not who:
            return []
    if m.group("verb") in _NOT_VERBS:
        return []
    rest = _called_act(m.group("rest"))
    return [Draft(f"Will {who} {m.group('verb')} {rest}?", who, [("the answer of someone called on to act", 0.1), *caller_penalties(s.text[: m.start()])])]


def ask_funding(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Labour pledged a £2bn plan' in an article that never says who pays → 'How will Labour’s £2bn plan be funded?'"""
    owner = _PLAN_OWNER.match(s.text[: m.start()])
    whose = possessive(owner.group("who")) if owner else "the"
    return [Draft(f"How will {whose} {m.group('amount')} {m.group('noun')} be funded?", owner.group("who") if owner else m.group("noun"), [("cost stated, funding not", 0.5)])]


# Who a plan is: the name that opens its sentence and pledges or unveils it ("Labour pledged a £2bn …").
_PLAN_OWNER = re.compile(
    r"^(?P<who>[A-Z][\w.’'&-]*(?:\s[A-Z][\w.’'&-]*){0,3})\s(?:has\s|have\s)?(?:pledged|promised|announced|unveiled|proposed|launched|set\sout|outlined|unveils|announces|pledges)\s(?:an?\s|its\s|their\s)?$"
)


def ask_rough_figure(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'the rights of up to 10 million Ukrainians living in Russia' with no source for the figure."""
    noun = main_clause(re.split(r"\s(?:to|who|that|which|and)\s", m.group("noun"))[0])
    if not any(w[:1].isupper() for w in noun.split()) or len(noun.split()) > 7:
        return []
    return [Draft(f"What is the source of the figure of {m.group('figure')} {noun}?", noun, [("an unsourced figure", 1.2)])]


def ask_demanded(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'MPs demanded that the BBC drop the show' / 'Mr Smith is under pressure to resign' → 'Will the BBC drop the show?'"""
    who = m.group("who") or m.group("who2")
    verb, rest = (m.group("verb") or m.group("verb_to"), m.group("rest")) if m.group("who") else (m.group("verb2"), m.group("rest2"))
    if verb in _NOT_VERBS or verb.endswith(("ed", "ing", "s")) or who.split()[0] in {"The", "A", "But", "He", "She", "It", "They"}:
        return []  # "demanded that X resigned/resigns" is no call to act
    rest = _called_act(rest or "")
    # "Mr Blair was being urged to …": no one is named making the call ("under pressure to resign" is a matter of its own)
    unnamed = not m.group("who") and " being " in m.group(0)
    caller = caller_penalties(s.text[: m.start()] if m.group("who") else "") if m.group("who") or unnamed else []
    return [Draft(f"Will {lower_first(who)} {verb}{' ' + rest if rest else ''}?", who, [("the answer of someone called on to act", 0.1), *caller])]


def ask_considering(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Ford is considering whether to close the plant' → 'Will Ford close the plant?'; 'Ford is considering closing
    the plant' → the same; 'Ford is considering a cut in prices' → 'Will Ford go ahead with a cut in prices?'"""
    if m.group("by"):
        return _considered_step(ctx, s, m)
    who = m.group("who")
    if who.split()[0] in {"The", "A", "But", "He", "She", "It", "They", "And"} and len(who.split()) == 1:
        return []
    if m.group("to"):
        q = yes_no(f"{who} will {m.group('rest')}")
    else:
        q = yes_no(decided_clause(m.group("rest")))
    return [Draft(q, who, [("an undecided matter", -0.5)])] if q else []


# "Lavagna told the French media that the government was considering …": a past "was" is open only in reported speech.
_REPORTED_PAST = re.compile(r"\b(?:said|says|told\s[\w\s]{1,40}?|reported|understood|believed)\s(?:that\s)?$")


def _considered_step(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    who = m.group("by")
    if who in {"The", "A", "But", "He", "She", "It", "They", "And", "We", "I"}:
        return []
    if m.group("be") in {"was", "were"} and not _REPORTED_PAST.search(s.text, 0, m.start("by")):
        return []  # "X was considering Y" in the writer's voice: a past moment, since settled or not
    if who == "the government":
        who = ctx.refs.story_name(who, s.start + m.start("by")) or who  # "the Argentine government"
    if m.group("doing"):
        verb = base_form(m.group("doing"))
        if verb in _NOT_VERBS or verb == "be":
            return []
        q = yes_no(f"{who} will {verb} {main_clause(m.group('step'))}")
    else:
        np = main_clause(m.group("np"))
        q = f"Will {lower_first(who)} go ahead with {np}?" if len(np.split()) >= 2 else None
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
