"""Builders for clauses that state a matter as open by their grammar: a whether-clause ("a test of
whether the generals will loosen their grip"), a detail a source would not give ("did not say where
the job losses would fall") and a question the writer names ("the question of how …").
"""
from __future__ import annotations

import re

from ...model import Sentence
from .cues import ASKED_NOTE
from .inversion import decided_clause, main_clause, wh_question, will_clause, without_ability, yes_no
from .wording import Context, Draft

_PERSONS = frozenset("he she".split())
_UNNAMED = frozenset("i we you they it this that there".split())


# A doubt the writer tells in the past: "It was clear even before they knew what the results in South Carolina would be -
# whether Mr. Rubio would finish second or third - …" (a labelled tuning candidate judged answered: the result was in).
# A decision put off or a question asked in the past stays open ("put off deciding whether …", "asked whether …").
_WOULD = re.compile(r"(?:\S+\s){1,4}?would\s")
# (what was known or wondered then; "no decision had been taken yet over whether …" is a decision still pending)
_PAST_VERB = re.compile(r"\b(?:knew|wondered|wondering|was\s(?:not\s)?(?:clear|sure|known))\b")
_PRESENT_VERB = re.compile(r"\b(?:is|are|will|remains?|now|yet)\b")
_PAST_DOUBT = ("a doubt told in the past ('… knew whether X would …'): since settled", 2.0)


def _past_frame(before: str) -> bool:
    return bool(_PAST_VERB.search(before)) and not _PRESENT_VERB.search(before)


def _named_clause(ctx: Context, s: Sentence, clause: str, at: int) -> str | None:
    """``clause`` with a leading 'he'/'she' named, or None when its subject names no one."""
    first, _, rest = clause.partition(" ")
    low = first.lower()
    if low in _PERSONS:
        name = ctx.refs.subject(first, s.start + at)
        return f"{name} {rest}" if name and rest else None
    if low in _UNNAMED:
        return None
    return clause


def ask_whether(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Experts see the vote as a test of whether the generals will loosen their grip' → 'Will the generals loosen their grip?'"""
    clause = re.sub(r"^or\snot\s", "", m.group("clause"))
    clause = _named_clause(ctx, s, main_clause(clause), m.start("clause"))
    if clause is None:
        return []
    # "a decision is made on whether he should be released", "put off deciding whether Judicial Watch could question
    # Clinton": the decider's choice and leave, no opinion and no capacity
    clause = decided_clause(clause) if m.group("decided") else will_clause(clause)
    head, will, ahead = clause.partition(" will ")
    if will:
        clause = f"{head}{will}{without_ability(ahead)}"  # "whether Marsh will be able to maintain …" asks whether it will
    q = yes_no(clause)
    if q is None:
        return []
    penalties = []
    if q.split()[0] in {"Was", "Were", "Did", "Had"}:
        penalties.append(("asks about the past", 1.0))
    if q.startswith("Should "):
        penalties.append(("'should': a matter of opinion", 2.0))
    if not m.group("decided") and not m.group("asked") and _WOULD.match(m.group("clause")) and _past_frame(s.text[:m.start()]):
        penalties.append(_PAST_DOUBT)
    if m.group("asked"):
        penalties.append(ASKED_NOTE)
    elif m.group("doubted"):
        penalties.append(("one side's doubt, not a matter awaiting an outcome", 1.0))
    return [Draft(q, clause.split(" ", 1)[0], penalties)]


def ask_unsaid(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Mittal did not say where the job losses would fall' → 'Where will the job losses fall at Mittal Steel?'"""
    who = m.group("who")
    named_who = ctx.refs.subject(who, s.start + m.start("who")) if who.split()[0].lower() in {"he", "she", "the"} else who
    clause = _named_clause(ctx, s, main_clause(m.group("clause")), m.start("clause"))
    if clause is None:
        return []
    clause = will_clause(clause)
    wh = m.group("wh").lower()
    if wh in {"whether", "if"}:
        q = yes_no(clause)
    else:
        head, _, rest = wh.partition(" ")
        q = wh_question(head, f"{rest} {clause}".strip())
    if q is None:
        return []
    if named_who and not any(w[:1].isupper() for w in q.split()[1:]) and ctx.refs.kind_of(named_who) == "organization":
        q = f"{q[:-1]} at {named_who}?"
    if not any(w[:1].isupper() for w in q.split()[1:]):
        return []  # "How will the party prioritize …": whose party, only the sentence says
    return [Draft(q, named_who or who, [("a detail a source withheld", 0.2)])]


def ask_wh_named(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'… the question of how the nation will reckon with its first election between a man and a woman' →
    'How will the nation reckon with its first election between a man and a woman?'"""
    clause = _named_clause(ctx, s, main_clause(m.group("clause")), m.start("clause"))
    if clause is None:
        return []
    if not re.search(r"\b(?:will|would|could|can|might|may|should)\b", clause):
        return []  # "a debate over how the US responds to …": a standing matter, not one awaiting an outcome
    clause = will_clause(clause)
    q = wh_question(m.group("wh"), clause)
    return [Draft(q, clause.split(" ", 1)[0])] if q else []


def ask_likely(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'… made it more likely that the US Federal Reserve would increase interest rates when it meets next week' →
    'Will the US Federal Reserve increase interest rates when it meets next week?'"""
    clause = main_clause(m.group("clause"))
    if not re.search(r"\b(?:will|would)\b", clause):
        return []  # "likely that millions of under-18s have MP3 players": a state now, not an outcome ahead
    clause = will_clause(clause)
    q = yes_no(clause)
    if q is None or not q.startswith("Will "):
        return []
    penalties = [("rated unlikely: asks what the article doubts", 0.3)] if m.group("how") == "unlikely" else []
    return [Draft(q, clause.split(" ", 1)[0], penalties)]


_PRONOUN_KIND = {"he": "person", "she": "person", "it": "organization"}


def ask_confident(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'James McIlroy is confident he can win his first major title at this weekend's European Indoor Championships' →
    'Will James McIlroy win his first major title at this weekend's European Indoor Championships?' The pronoun must
    agree with the actor's kind: "X is confident it will pass" is about a bill, not about X."""
    who = m.group("who")
    if who.split()[0] in {"He", "She", "It", "They", "The", "A", "An", "But", "And", "This", "That", "Some", "Many", "Most", "All", "Several", "Few", "Both", "Other"}:
        return []
    kind = ctx.refs.kind_of(who)
    pro = m.group("pro")
    if pro in _PRONOUN_KIND and kind != _PRONOUN_KIND[pro] or pro == "they" and kind == "person":
        return []
    rest = re.sub(r"^(?:even|still|also|now|easily|really)\s", "", main_clause(without_ability(m.group("rest"))))
    if len(rest.split()) < 2:
        return []
    return [Draft(f"Will {who} {rest}?", who, [("one side's own confidence", 0.2)])]



def ask_find_out(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Kostas Kenteris and Katerina Thanou are expected to find out on Wednesday if they will be banned for missing
    drugs tests' → 'Will Kostas Kenteris and Katerina Thanou be banned for missing drugs tests?'"""
    who = m.group("who")
    if who.split()[0] in {"He", "She", "It", "They", "The", "A", "An", "But", "And", "This", "That"}:
        return []
    if (m.group("pro") == "they") != (" and " in who or ctx.refs.kind_of(who) in {"organization", "group"}):
        return []  # the pronoun must be the one who waits to hear
    rest = main_clause(m.group("rest"))
    if len(rest.split()) < 3:
        return []  # "Will Kenteris and Thanou be banned?": banned for what, only the article says
    aux = "will" if m.group("aux") in {"will", "would"} else m.group("aux")
    return [Draft(f"{aux.capitalize()} {who} {rest}?", who)]


# A sentence whose term hangs on a verdict: "Mr Ebbers could face a jail sentence of 85 years if convicted of all the
# charges he is facing". The verdict is the pending matter ("Will Bernie Ebbers be convicted of the charges he is
# facing?"), not the term a what-if names.
CONVICTION = re.compile(r"\bif\s(?:convicted|found\sguilty)(?P<of>\s(?:of|on)\s[^,;:.!?\"“”()—–]{3,80})?")
_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s)"
_TERM_SUBJECT = re.compile(
    rf"^(?P<who>{_TITLE}?[A-Z][\w.’'-]*(?:\s(?:and\s)?{_TITLE}?[A-Z][\w.’'-]*){{0,4}})"
    r"(?:,\s[^,]{3,80},)?\s(?:\w+\s)?(?:could|would|will|may|might|faces?|risks?)\b")


def _full_party(ctx: Context, part: str, at: int) -> str:
    """One party a term threatens, by the full name the article gives it ("Mr Khodorkovsky" → "Mikhail Khodorkovsky")."""
    return ctx.refs.full_person(part) or ctx.refs.subject(part, at) or part


def ask_convicted(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Mr Ebbers could face a jail sentence of 85 years if convicted of all the charges he is facing' →
    'Will Bernie Ebbers be convicted of the charges he is facing?'"""
    who = _TERM_SUBJECT.match(s.text)
    if who is None:
        return []
    parts = who.group("who").split(" and ")
    if any(ctx.refs.kind_of(part) != "person" for part in parts):
        return []  # "Both men could face …", "The Enron founder could face …": a capitalised first word names no one
    named = " and ".join(_full_party(ctx, part, s.start) for part in parts)
    of = re.sub(r"^(of|on)\sall\s", r"\1 ", main_clause(m.group("of") or "").strip())
    return [Draft(f"Will {named} be convicted{' ' + of if of else ''}?", named)]
