"""The builder for an answer the news awaits: one named actor criticises, accuses or sues another, and
the article reports no word from the other ("The Lib Dems accused Mr Brown of ducking the issue of
council tax rises" → "How will Mr Brown respond to the Lib Dems’ charge of ducking the issue of council
tax rises?"). Only a person or organisation the story names twice or more is asked to answer, and
never one the article quotes or reports answering, itself or through someone of its side.
"""
from __future__ import annotations

import re

from ...model import Sentence
from .cues import EFFECT_VERBS
from .inversion import main_clause
from .references import COURTESY_TITLES, possessive
from .wording import Context, Draft

# The act named as a noun, for "How will Y respond to X's …?" (the verbs of ``cues.AGAINST``).
_ACT = {
    "criticised": "criticism", "criticized": "criticism", "attacked": "attack", "condemned": "condemnation",
    "slammed": "criticism", "blasted": "criticism", "lambasted": "criticism", "rebuked": "rebuke", "denounced": "criticism",
    "mocked": "mockery", "ridiculed": "mockery", "called out": "criticism", "sued": "lawsuit", "accused": "accusations",
    "ripped": "criticism", "bashed": "criticism", "hammered": "criticism", "took aim at": "criticism", "went after": "attack",
    "hit out at": "criticism", "lashed out at": "attack", "swiped at": "criticism", "taunted": "taunts", "insulted": "insults",
    "derided": "criticism",
}
_ING = {"criticising": "criticised", "criticizing": "criticized", "attacking": "attacked", "slamming": "slammed", "blasting": "blasted",
        "mocking": "mocked", "suing": "sued", "accusing": "accused", "bashing": "bashed", "hammering": "hammered",
        "taking aim at": "took aim at", "hitting out at": "hit out at"}
# Verbs that report an answer or a refusal to give one: "Blair said", "Labour hit back", "Brown declined to comment".
_ANSWERED = (
    r"\s(?:said|says|responded|replied|hit\sback|fired\sback|denied|denies|declined|refused|told|tweeted|wrote"
    r"|retorted|dismissed|countered|rejected|shot\sback|answered)\b"
)
# What follows a name that answered: "Trump said", "Trump’s campaign hit back", "Trump, in a statement, denied", an
# appositive's name ("Labour's election chief, Alan Milburn, denied").
_ANSWER_AFTER = re.compile(r"(?:[’']s\s(?:campaign|spokes\w+|office|team|lawyers?|aides?))?(?:,[^,]{3,80},|,)?" + _ANSWERED)
_BACKGROUND = re.compile(r"(?:^|,\s)(?:After|As|When|While|Since|Before|after|as|when|while|since|before)\s(?:[\w’'.-]+\s){0,4}$")
_NOT_ACTORS = frozenset("The A An This That It He She They But And In On At After".split())
_PRONOUN = re.compile(r"\b(?:him|her|them|it|this|that|he|she|they|his|their|its)\b")
_OF_DOING = re.compile(r"^\s(?:of|over)\s(?P<what>(?:[a-z]+ing|the|his|her|its|their|a|an)\s[^,;:.]+)")


def _actor_name(ctx: Context, words: str) -> str:
    """The actor's name at the end of a run of capitalised words: "Senator Bernie Sanders" → "Bernie Sanders"."""
    parts = words.split()
    for i in range(len(parts)):
        if ctx.refs.kind_of(" ".join(parts[i:])):
            return " ".join(parts[i:])
    return words


def _full(ctx: Context, name: str) -> str:
    """A person's full name for a surname or a title and surname ("Tur" → "Katy Tur", "Mr Brown" → "Gordon Brown"):
    the question stands without its article."""
    if " " in name and name.split(" ", 1)[0].rstrip(".") not in COURTESY_TITLES:
        return name
    return ctx.refs.full_person(name) or name


def _answers(text: str, name: str) -> bool:
    """Whether ``text`` reports ``name`` (a word, at a word's start) answering: one pattern for every name, tried
    after each place the name stands (no pattern compiled per name)."""
    at = text.find(name)
    while at >= 0:
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")) and _ANSWER_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _side_answers(ctx: Context, s: Sentence, target: str, accuser: str) -> bool:
    """Whether someone of the target's side answers: one whose role names the target ("Labour election chief Alan
    Milburn denied …" when Labour is charged), the body the target's role names, or else a body the charge's sentence
    names beside the accuser ("The Tories accused Tony Blair … after Labour unveiled …"); not one of the accuser's side
    ("Tory co-chairman Liam Fox denied …" is the accuser's own word)."""
    theirs = ctx.refs.side(accuser.removeprefix("the "))
    side = ctx.refs.side(target)
    if not side and ctx.refs.kind_of(target) == "person":
        side = frozenset().union(*(ctx.refs.side(body) for body in ctx.refs.named_before(s.end, "organization", s.end - s.start))) - theirs
    return bool(side) and any(_answers(ctx.text, member.split()[-1]) for member in ctx.refs.members(side, theirs))


def _one_actor(ctx: Context, who: str) -> bool:
    """A person, or an organisation named as one: not a plural side ("Democrats", "Republicans")."""
    kind = ctx.refs.kind_of(who)
    if who.split()[0] in _NOT_ACTORS:
        return False
    return kind == "person" or kind == "organization" and not re.search(r"(?:[^s]s|ans)$", who.split()[-1])


def _inside_quotation(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _what(verb: str, after: str) -> str:
    """The act, with what it is about when the sentence says it briefly: 'accused X of ducking the issue of
    council tax rises' → 'charge of ducking the issue of council tax rises'."""
    m = _OF_DOING.match(after)
    what = main_clause(m.group("what")) if m else ""
    if not what or len(what.split()) > 9 or _PRONOUN.search(what):
        return _ACT[verb]
    if verb == "accused" and after.startswith(" of "):
        return f"charge of {what}"
    return f"{_ACT[verb]} over {what}" if after.startswith(" over ") else _ACT[verb]


def ask_reaction(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Lindsey Graham called out his rival Donald Trump' (no word from Trump in the article) →
    'How will Donald Trump respond to Lindsey Graham’s criticism?'"""
    who, target = m.group("who"), m.group("target")
    verb = " ".join(m.group("verb").split())
    verb = _ING.get(verb, verb)
    side = who.startswith("The ") and ctx.refs.kind_of(who[4:]) in {"organization", "group"} and who.endswith("s")
    if side:
        who = "the " + who[4:]  # "The Lib Dems accused …": a party, named as the article names it
    elif who in {"He", "She"}:
        who = ctx.refs.subject(who, s.start + m.start("who")) or who
    else:
        who = _actor_name(ctx, who)
    target = _actor_name(ctx, target)
    if not (side or _one_actor(ctx, who)) or not _one_actor(ctx, target) or target in who or who in target:
        return []
    if ctx.refs.mentions(target) < 2:
        return []  # named once: an aside of the story, not a party to it
    if _BACKGROUND.search(s.text, 0, m.start("verb")):
        return []  # "As Trump attacked Clinton, the crowd chanted …": the act is background to the news
    if _inside_quotation(s.text, m.start()):
        return []  # a speaker's charge inside a quotation: the speaker's words, not the news
    last = target.split()[-1]
    if any(q.speaker and last in q.speaker for q in ctx.quotes):
        return []  # the article quotes the target: it gives its side
    if _answers(ctx.text, last) or _side_answers(ctx, s, target, who):
        return []
    if s.text.endswith("the ", 0, m.start("target")) and target == m.group("target"):
        target = "the " + target  # "accused the Democratic National Committee"
    target, who = _full(ctx, target), who if side else _full(ctx, who)
    whose = who + "’" if side else possessive(who)
    return [Draft(f"How will {target} respond to {whose} {_what(verb, s.text[m.end():])}?", target)]


# Who an effort is: a name with a possessive right before the noun ("China's efforts", "GSK's new scheme"), or
# the subject that launches it ("GlaxoSmithKline has launched an initiative").
_OWNER = re.compile(
    r"(?:(?P<owner>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}|[Hh]is|[Hh]er|[Ii]ts)(?:[’']s?)?\s(?:[a-z-]+\s){0,2}"
    r"|(?P<subject>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})(?:\s\([A-Z]+\))?\s(?:has\s|have\s)?(?:also\s)?(?:launched|introduced|unveiled|announced|set\sup|taken"
    r"|adopted|stepped\sup|imposed|tightened|began|started|promised|pledged)"
    r"\s(?:an?\s|its\s|new\s|further\s|fresh\s|tough\s|tougher\s|series\sof\s|raft\sof\s|range\sof\s|package\sof\s)*(?:[a-z-]+\s){0,2})$"
)
# The article judging the effort: "the curbs have worked", "the scheme proved a failure", "… is not working".
_JUDGED = re.compile(
    r"\b(?:(?:has|have|had)\s(?:already\s)?(?:worked|succeeded|failed|backfired|paid\soff)|(?:proved|proven|been)\s(?:effective|ineffective|successful|a\ssuccess|a\sfailure)"
    r"|(?:is|are|was|were)\s(?:not\s)?working)\b"
)


def ask_effect(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'China's efforts to stop the economy from overheating …' → 'Will China's efforts stop the economy from overheating?'"""
    verb = m.group("verb")
    if verb not in EFFECT_VERBS:
        return []
    found = _OWNER.search(s.text, max(0, m.start() - 90), m.start())
    if not found:
        return []
    owner = found.group("owner") or found.group("subject")
    if owner.lower() in {"his", "her", "its"}:
        named = ctx.refs.subject(f"{owner.lower()} {m.group('noun')}", s.start + m.start())
        owner = named.rsplit("’s ", 1)[0] if named and "’s " in named else None
        if owner is None:
            return []
    if owner.split()[0] in _NOT_ACTORS or ctx.refs.kind_of(owner) not in {"person", "organization", "place", "group"}:
        return []
    rest = main_clause(m.group("rest"))
    rest = re.split(r"\s(?:by|with|through|while|as|and\sto)\s", rest, maxsplit=1)[0]
    rest = re.sub(r"\s(?:in|of|at|to|for|from)\s(?:the\s)?[A-Z]$", "", rest)  # "… in the U.S.": the sentence split at the abbreviation
    if not 1 <= len(rest.split()) <= 9 or _PRONOUN.search(rest) or _JUDGED.search(ctx.text):
        return []  # "… have worked": the article judges the effort
    noun = m.group("noun")
    return [Draft(f"Will {possessive(owner)} {noun} {verb} {rest}?", owner)]


# The sanction as the noun an appeal is against.
_SANCTION = {"fined": "the fine", "banned": "the ban", "suspended": "the suspension", "disqualified": "the disqualification",
             "expelled": "the expulsion", "jailed": "the sentence", "sentenced": "the sentence"}
_PAST_TIME = re.compile(r"\b(?:(?:19|20)\d\d|last\s(?:year|season|month|June|July|August|September|October|November|December|January|February|March|April|May)"
                        r"|previously|earlier\sin\shis|earlier\sin\sher|in\sthe\spast|once|former)\b", re.I)


def ask_appeal_ahead(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Mr Sayeed was suspended from the parliamentary party' (no word of an appeal in the article) →
    'Will Jonathan Sayeed appeal against the suspension?'"""
    who = _actor_name(ctx, m.group("who"))
    if ctx.refs.kind_of(who) not in {"person", "organization"} or who.split()[0] in _NOT_ACTORS:
        return []
    if s.index > 3 or re.search(r"\bappeal", ctx.text, re.I) or _inside_quotation(s.text, m.start()):
        return []  # a sanction that is not the news the lead reports, or an appeal the article speaks of
    if _PAST_TIME.search(s.text, 0, m.end() + 30) or re.search(r"\blast\s(?:week|month)\b", s.text):
        return []  # a sanction of the past: served, or long since appealed
    who = _full(ctx, who)
    return [Draft(f"Will {who} appeal against {_SANCTION[m.group('what')]}?", who)]
