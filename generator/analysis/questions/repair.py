"""Repairs: a worded question that leans on its sentence, reworded to stand alone before it is judged.

A question is read without its article, so "its existing wine business", "the division" or "the
German suitor" must say whose or which. Each repair names one kind of reference from the article, or
leaves it (labelled tuning candidates: most judged 'vague' hold such a reference, the question sound):

- a possessive its/his/her no named subject binds: the one actor of its kind the text before names,
  besides those the question names ("Will her policies prove successful?" → "Will Janet Yellen’s …");
- "the deal", "the division", "the latest plan": the article's earlier mention of it with a name
  ("the Glazer plan"), or the story's own organisation's deal when the text around names it;
- "the Virginia-based firm", "the Dutch champions", "the two companies": the one (two) organisation(s)
  the text before names besides the question's own;
- "the country": the story's one country, when the text around names no other;
- "the pair", "the two men": the two people its sentence (or, naming none, the sentence before) names;
- "the church", "the school": the one such building the text before names ("the Mother Emanuel Church");
- "the investigators", "the prosecutors": the article's earlier mention with a name, or the one body whose inquiry
  the text before names ("the FBI investigators");
- a player named by his country and position ("the Denmark midfield man"): the person the article names most, the
  headline or lede too;
- a subject described, not named ("the 35-year-old Cobh runner", "the nominee"): the one person the
  sentence before names; for a role, only someone the article calls by it ("nominee Hillary Clinton").

What cannot be named is left, and the judge's penalty for it stays; a repaired question loses that
penalty and carries a small one for the naming (a guess, if a good one).
"""
from __future__ import annotations

import re

from ...model import Sentence
from ..actors.clubs import PLAYER_POSTS
from ..names import OTHER_TITLE, ROLE_HEADS
from .references import BUILDING_HEADS, DEMONYMS, POSSESSIVE_KIND, dangling_at, is_country, possessive
from .wording import Context, did_question, is_plural

_Span = tuple[int, int, str] | None  # the stretch of the question a repair replaces, and what replaces it
NAMED_COST = 0.3  # as a subject named after an earlier mention (forecasts.ask_forward)
# Words after "her" that make it an object, not a possessive ("told her that", "asked her to"); "in its own right".
_NOT_NOUN = frozenset("own to that the a an and or of in on at for by with from about as if when this these those".split())
# The people doing an inquiry or a prosecution: "the investigators", "the prosecutors" (not "the prosecutors in Boston",
# "the investigators from …": others, placed).
_INQUIRER_HEADS = r"(?P<inquirers>investigators|prosecutors|inspectors|detectives)\b(?![-’'])(?!\s(?:of|from|in|at|for|with|[A-Z])\b)"
# Heads that name a thing the article has named before (labelled tuning candidates judged 'vague':
# "the deal", "the division", "the latest plan", "the move", "the action"; "the party": "the Republican Party"), and the inquirers (named by an earlier
# mention, "FBI investigators": a labelled tuning candidate judged vague for "sit down with the investigators").
_REFERENCE = re.compile(  # ("\bthe", the word before its boundary test: found first)
    r"the(?<=\bthe)\s(?:(?P<mod>(?:latest|new|proposed|planned)\s)?(?P<head>deal|division|plan|accord|agreement|offer|bid|merger|takeover"
    r"|proposal|scheme|unit|talks|inquiry|investigation|review|lawsuit|contract|reforms?|strike|sale|party)\b"
    r"(?!\s(?:of|for|on|to|by|with|from|between|into|over|that|which|who)\b|[-’'])|" + _INQUIRER_HEADS + ")"
)


# A body named by an adjective (a demonym, a place, "X-based") and its kind: "the Virginia-based firm", "the Dutch
# champions’", "the Amsterdam club", "the German suitor"; or "the two companies" (labelled tuning candidates judged 'vague' for it; the heads
# are candidates._EPITHET's and references.GENERIC_ORG's).
_ORG_HEADS = (r"firm|company|group|club|champions|suitor|outfit|carrier|retailer|bank|lender|maker|chain|operator"
              r"|broadcaster|network|giant|watchdog|airline|carmaker")
# ("the" before its word-boundary test, "\bthe": the engine finds the word first)
_ORG_EPITHET = re.compile(
    r"the(?<=\bthe)\s(?:(?P<two>two)\s(?P<plural>companies|firms|clubs|banks|groups|sides|carriers|airlines)"
    r"|(?P<adjective>(?:[A-Z][a-z]+|[A-Za-z]+-(?:based|born|owned|listed))\s)?(?P<head>" + _ORG_HEADS + r"))"
    r"(?P<own>’s|'s|’|')?(?![-\w’'])(?!\s(?:of|for|[A-Z])\b)"
)
# The country a story is about, named by its kind: "Will Trump be banned from the country?"
_COUNTRY = re.compile(r"the(?<=\bthe)\s(?:country|nation)\b(?![-’'])(?!\s(?:of|that|which|where)\b)")  # (the word before its boundary test: found first)
# A person named by a description in the subject: "Will the 35-year-old Cobh runner …", "Will the nominee …".
_DESCRIPTIONS = frozenset("runner front-runner frontrunner star veteran youngster teenager rider driver striker winger".split())
_NEAR = 300  # about the sentence before: where a description's name was given


def _past_act(s: Sentence, question: str, about: str) -> str:
    """A reported past act asked in the simple past, as an editor asks it: "denied it had lost a bidding war" → 'Did the BBC
    lose a bidding war?' (not 'Had …'), "dismissed the claim he had reneged on a promise" → 'Did Tony Blair renege …?'
    (not 'Has …': the sentence's 'had' dates the act); a present perfect its sentence holds ('has led to') is left."""
    aux = question.split(" ", 1)[0]
    subject = question[len(aux) + 1:len(aux) + 1 + len(about)]
    if aux not in ("Had", "Has", "Have") or not about or subject.lower() != about.lower() or question[len(aux) + 1 + len(about):][:1] != " ":
        return question  # ("The BBC" is the question's "the BBC")
    participle, _, rest = question[len(aux) + len(subject) + 2:].partition(" ")
    if aux != "Had" and not re.search(rf"\bhad\s(?:not\s|never\s)?{re.escape(participle)}\b", s.text):
        return question
    return did_question(subject, participle, f" {rest}" if rest else "?", is_plural(subject)) or question




def repaired(ctx: Context, s: Sentence, question: str, about: str) -> tuple[str, str, list[tuple[str, float]]]:
    """``question`` and who it is ``about`` with their references named where the article allows, and the
    notes for what was named; a reported past act asked in the simple past (``_past_act``)."""
    asked = _past_act(s, question, about)
    notes: list[tuple[str, float]] = [] if asked == question else [("a reported past act asked in the simple past", 0.0)]
    question = asked
    for repair, note in _REPAIRS:
        named = repair(ctx, s, question)
        if named is not None:
            start, end, name = named
            who = name.removesuffix("’s")  # "Janet Yellen’s" is about Janet Yellen
            if about and about in question[start:end] or question[start:end] in about:
                about = about.replace(question[start:end], who) if question[start:end] in about else who
            question = question[:start] + name + question[end:]
            notes.append((note, NAMED_COST))
    return question, about, notes


def _offset(s: Sentence, phrase: str) -> int:
    """Where ``phrase`` stands in the article (the sentence's start when the sentence does not hold it)."""
    return s.start + max(0, s.text.find(phrase))


def _name_org_epithet(ctx: Context, s: Sentence, question: str) -> _Span:
    m = _ORG_EPITHET.search(question, 4)
    if m is None:
        return None
    others = question[:m.start()] + question[m.end():]  # "the Madrid club" is Real Madrid: its own words are no other name
    acronyms = {w.strip("’'s?,") for w in others.split() if len(w.strip("’'s?,")) > 1 and w.strip("’'s?,").isupper()}
    found = [o for o in ctx.refs.named_before(_offset(s, m.group(0)), "organization", besides=others)
             if "".join(w[0] for w in o.split() if w[:1].isupper()) not in acronyms]  # "the LSE" is the London Stock Exchange
    if m.group("two"):
        return (m.start(), m.end(), " and ".join(reversed(found))) if len(found) == 2 else None
    adjective = (m.group("adjective") or "").strip()
    if len(found) != 1 or not adjective:
        return None  # a bare "the company" is as often any company ("the strain on the company"); a subject's is named before
    if adjective[:1].isupper() and "-" not in adjective and adjective not in DEMONYMS and ctx.refs.kind_of(adjective) != "place":
        return None  # "the Dutch champions", "the Amsterdam club" are epithets; "the Labour group" is a name
    return m.start(), m.end(), possessive(found[0]) if m.group("own") else found[0]


def _name_country(ctx: Context, s: Sentence, question: str) -> _Span:
    m = _COUNTRY.search(question, 4)
    country = ctx.refs.country_near(_offset(s, m.group(0))) if m else None
    if m is None or country is None or country in question:
        return None
    return m.start(), m.end(), country


# "the church", "the school": a building the article named before (``references.BUILDING_HEADS``).
_BUILDING = re.compile(r"the(?<=\bthe)\s(?P<head>" + "|".join(BUILDING_HEADS) + r")\b(?![-’'])(?!\s(?:of|that|which|where|[A-Z])\b)")


def _name_building(ctx: Context, s: Sentence, question: str) -> _Span:
    """'… inside the church …' → '… inside the Mother Emanuel Church …': the one such building the text before names."""
    m = _BUILDING.search(question, 4)
    name = ctx.refs.named_building(m.group("head"), _offset(s, m.group(0))) if m else None
    if m is None or name is None or _in_question(name, question):
        return None
    return m.start(), m.end(), name


_INQUIRERS = re.compile(r"the(?<=\bthe)\s" + _INQUIRER_HEADS)


def _name_inquirers(ctx: Context, s: Sentence, question: str) -> _Span:
    """'… sit down with the investigators?' → '… with the FBI investigators?': those no earlier mention names
    (``_name_reference``), for investigators, after the one body whose inquiry the text before names ("The FBI investigation")."""
    m = _INQUIRERS.search(question, 4)
    if m is None or m.group("inquirers") == "prosecutors":
        return None
    owner = ctx.refs.inquiry_owner(_offset(s, m.group("inquirers")))
    name = f"the {owner} {m.group('inquirers')}" if owner else None
    if name is None or _in_question(name, question):
        return None
    return m.start(), m.end(), name


def _name_described_person(ctx: Context, s: Sentence, question: str) -> _Span:
    """'Will the 35-year-old Cobh runner …' → 'Will Sonia O'Sullivan …': the one person the text just before names;
    for a role ('the nominee'), only one the article also calls by that role ('nominee Hillary Clinton')."""
    if question[question.find(" "):question.find(" ") + 5] != " the ":
        return None
    words = question.split()
    if len(words) < 4:
        return None
    for i, w in enumerate(words[2:7], 2):
        role = w.lower() in ROLE_HEADS
        if role or w.lower() in _DESCRIPTIONS:
            break
        if w[:1].islower() and i > 2 and not w.endswith(("al", "ive", "ic", "-old", "ed", "ing")):
            return None  # past the subject
    else:
        return None
    if i + 1 < len(words) and words[i + 1][:1].isupper():
        return None  # "the nominee Hillary Clinton": named already
    phrase = " ".join(words[1:i + 1])
    span = len(words[0]) + 1, len(words[0]) + 1 + len(phrase)
    holder = ctx.refs.role_holder(w.lower()) if role and i == 2 else None
    if holder is not None and not _in_question(holder, question):
        return *span, holder  # "the governor": the one person the article titles so ("Gov. Alejandro García Padilla"), however far
    at = s.text.lower().find(phrase.lower())
    name = ctx.refs.only(s.start + max(0, at), "person", _NEAR, besides=question)
    if name is None or " " not in name or ctx.refs.mentions_of(name) < 2:
        return None
    titled = re.finditer(rf"\b{re.escape(w)}\s(?:[A-Z][\w.’'-]*\s){{0,2}}{re.escape(name.split()[-1])}\b", ctx.text, re.I)
    if role and not any(OTHER_TITLE.isdisjoint(ctx.text[max(0, t.start() - 12):t.start()].lower().replace("-", " ").split()[-1:])
                        for t in titled):
        return None  # "the president" is not whoever spoke last; "the chancellor" is not "shadow chancellor Oliver Letwin"
    return *span, name


# A player named by his country and position, in a question's object: "cash in now on the Denmark midfield man", "the
# England man", "the England lock" (sports prose's epithet for the story's player; a labelled tuning candidate judged vague
# for it): a player's post (``clubs.PLAYER_POSTS``) or a word for any player.
_PLAYER = re.compile(
    r"the(?<=\bthe)\s(?P<country>[A-Z][a-z]+)\s(?:[a-z-]+\s){0,2}(?:%s)\b(?![-’'])(?!\s(?:of|who|[A-Z])\b)"
    % "|".join(sorted(PLAYER_POSTS | {"man", "player", "international"}, key=lambda w: (-len(w), w)))
)


def _name_national_player(ctx: Context, s: Sentence, question: str) -> _Span:
    """'… cash in now on the Denmark midfield man?' → '… on Thomas Gravesen?': the story's person, named most and in the
    headline or lede (an epithet stands for the story's own player)."""
    m = _PLAYER.search(question, 4)
    if m is None or not (m.group("country") in DEMONYMS or is_country(m.group("country"))):
        return None
    name = ctx.refs.story_actor("person")
    if name is None or " " not in name or not set(name.split()).isdisjoint(question.replace("’s", " ").split()):
        return None  # no full name, or the question names the person already
    return m.start(), m.end(), name


# Two people named as a pair: "Lawyers for Mr Fawcett and Mr McDonald denied that the pair were involved in the chase".
_PAIR = re.compile(r"the(?<=\bthe)\s(?:pair|duo|two\s(?:men|women))\b(?![-’'])(?!\s(?:of|who|[A-Z])\b)")


def _name_pair(ctx: Context, s: Sentence, question: str) -> _Span:
    """'Were the pair involved in the chase?' → 'Were Jamie Fawcett and Ben McDonald involved …?': the two people its own
    sentence names before it or, when it names none, the two the sentence before names."""
    m = _PAIR.search(question, 4)
    if m is None:
        return None
    at = _offset(s, m.group(0))
    found = ctx.refs.named_before(at, "person", window=at - s.start, besides=question)
    if not found and s.index > 0:
        found = ctx.refs.named_before(at, "person", window=at - ctx.sentences[s.index - 1].start, besides=question)
    if len(found) != 2 or any(" " not in name for name in found):
        return None
    return m.start(), m.end(), " and ".join(reversed(found))


def _name_possessive(ctx: Context, s: Sentence, question: str) -> _Span:
    m = dangling_at(question)
    if m is None or m.group(0) not in POSSESSIVE_KIND:
        return None
    words = question.split()
    if m.start() != len(words[0]) + 1 and not words[1][:1].isupper():
        return None  # "Will a single mother be fired from her job?": a subject with no name binds it
    following = question[m.end():].split(maxsplit=1)
    if not following or not following[0][:1].isalpha() or following[0].lower() in _NOT_NOUN:
        return None
    at = s.text.find(f" {m.group(0)} ")
    if at < 0:
        return None
    name = ctx.refs.only(s.start + at, POSSESSIVE_KIND[m.group(0)], besides=question)
    if name is None or (m.group(0) != "its" and " " not in name):
        return None  # a person by one word only ("HuffPost") is no name to give
    return m.start(), m.end(), possessive(name)


def _name_reference(ctx: Context, s: Sentence, question: str) -> _Span:
    m = _REFERENCE.search(question, 5)
    if m is None:
        return None
    head = m.group("head") or m.group("inquirers")
    offset = _offset(s, f" {head}")
    bare = f"the {head}"
    name = ctx.refs.earlier_mention(bare, offset) or _story_deal(ctx, s, bare)
    if not name or name.lower() == bare or _in_question(name, question):
        return None
    if m.group("mod"):  # "the latest plan" → "the latest Glazer plan", "Glazer’s latest plan"
        name = name.replace("the ", f"the {m.group('mod')}", 1) if name.startswith("the ") else name.replace(" ", f" {m.group('mod')}", 1)
    return m.start(), m.end(), name


def _story_deal(ctx: Context, s: Sentence, bare: str) -> str | None:
    """'the deal' → 'the Barclays deal' when the story's organisation is named in this sentence or the one before
    (not "Does Israel want to make the deal?" in a story whose most named body is Hamas)."""
    org = ctx.refs.story_org()
    near = ctx.text[ctx.sentences[max(0, s.index - 1)].start:s.end]
    return ctx.refs.story_name(bare) if org and org in near else None


def _in_question(name: str, question: str) -> bool:
    """Whether the name adds nothing: its proper words are already the question's ("Will Acme sell the Acme unit?")."""
    words = {w.strip("’'s") for w in name.split() if w[:1].isupper()}
    return bool(words) and all(w in question for w in words)


_REPAIRS = (
    (_name_possessive, "a possessive named after the one actor it can be"),
    (_name_reference, "a reference named after the article's earlier mention"),
    (_name_org_epithet, "a body named after the one the text before names"),
    (_name_country, "'the country' named after the story's country"),
    (_name_building, "a building named after the one the text before names"),
    (_name_inquirers, "the people doing an inquiry named after its body"),
    (_name_described_person, "a person's description named after the one the text before names"),
    (_name_pair, "a pair named after the two people the text just before names"),
    (_name_national_player, "a player's epithet named after the story's most named person"),
    # an epithet or a reference once more: a question may hold two ("the Dutch champions’ … the Amsterdam club’s",
    # "the investigators … the deal")
    (_name_org_epithet, "a body named after the one the text before names"),
    (_name_reference, "a reference named after the article's earlier mention"),
)
