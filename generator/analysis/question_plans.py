"""Open-question handlers for what lies ahead: expectations and plans ("is expected to", "plans to"),
pending decisions ("will decide whether", "is weighing whether"), stated intentions, forecasts and
"could"/"may" prospects, each checked in ``question_prospects`` before it becomes a question.

Same handler contract as ``question_doubt``: ``(doc, i, text, match, context)`` → ``(question, about,
kind)`` or None.
"""
from __future__ import annotations

import re

from .interrogative import lower_first, main_clause, yes_no
from .question_checks import (
    binds,
    generic_subject,
    inside_quote,
    lower_positional,
    positional_capital,
    possessive_start,
)
from .question_clauses import CONCESSIVE, PAST_COORD, Result, clause_question, finish, whether_to
from .question_cues import HEDGED, HEDGED_NEAR, PLANS, SAID_THAT
from .question_prospects import (
    BARE_PASSIVE,
    CLAIMED,
    FIXED_FACT,
    IN_THEORY,
    MAX_FORWARD_WORDS,
    NAMED_SOURCE,
    PAST_PERFECT,
    SAID_AFTER,
    SUBORDINATE,
    cuts_qualifier,
    dismissed,
    lead_in,
    list_tail,
    named_forecast,
    verb_is_learning,
)
from .question_subjects import named_subject, person_subject, specific_subject, subject, while_subject
from .question_wording import concrete, status_quo

_COUNTERFACTUAL = re.compile(r"\b(?:would|might|could|should)\shave\s")


_NOUN_THAT = re.compile(r"^(?:The|A|An)\s+\w+\s+that\s")


_ZERO_RELATIVE = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ee]very|[Aa]ny)\s(?:[a-z][\w-]*\s)*(?!(?:of|in|for|at|from|on|with|to|and|by)\s)[a-z][\w-]*\s[A-Z][\w.’'-]*$")


_THEN = re.compile(r"\b(?:[Bb]ack\sthen|[Aa]t\sthe\stime|[Aa]t\sthat\s(?:time|point|stage)|[Ii]n\sthose\sdays)\b")


_SETTLED = re.compile(
    r"\b(?:ruled|found|concluded|determined|saw|knew|realized|realised|showed|proved)\sthat\s"
)


_REPORTING = frozenset("announce say confirm reveal report tell disclose show state declare".split())


_UNVEIL = frozenset("announce unveil publish release reveal present outline".split())


_SPEECH = frozenset("stress emphasise emphasize insist argue warn urge underline highlight reiterate repeat outline".split())


_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|fell|failed|stalled|collapsed|came|went|remained|became)\b")


_RELATIVE_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:he|she|it|they|we|(?:the\s)?[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})\s+(?:is\s|are\s)?$"
)


# Words before "that" which take a that-clause ("said that he plans to …"), unlike a noun ("an agenda that …").
_COMPLEMENT_TAKERS = frozenset(
    """said says say believes believe believed thinks think thought reported reports announced hopes hope hoped
    expects expect expected warned argued claimed insisted noted added suggested know knows knew clear likely
    possible sure confident signalled signaled indicated confirmed revealed means shows showed so""".split()
)


_FIXED = frozenset({"due", "scheduled", "poised"})


def ask_expected(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start(), actors=ctx.actors)
    if subj is None and re.search(r"\bit\s*$", text[: m.start()]):
        subj = while_subject(text)
    if subj is None or generic_subject(subj) or list_tail(text, subj):
        return None  # "A final salary scheme promises to pay …": a definition, not a pending event
    rel = _RELATIVE_BEFORE.search(text, 0, m.start())
    prev = text[: rel.start()].split()[-1:] if rel else []
    if rel and not (prev and prev[0].lower().strip(",") in _COMPLEMENT_TAKERS):
        return None  # "an agenda that he plans to roll out": the verb's object is the noun before "that"
    if text.lstrip().startswith(subj):
        subj = lower_positional(subj, ctx.actors, doc.text)  # "Senior MPs are expected to" → "senior MPs"
    cue = m.group("cue").lower()
    if cue == "unlikely" or (CONCESSIVE.match(text) and "," not in text[: m.start()]):
        return None  # "While he is unlikely to turn against his party": the article settles it (review 3)
    if verb_is_learning(m.group("verb")):
        return None  # "expected to find out on Wednesday if they will be banned": the news is the if-clause
    if cue in _FIXED or ((m.re is PLANS or cue == "set") and not _hedged(doc, i)):
        return None  # "is due to end on 22 February", "plans to release in August": stated, not open
    verb = m.group("verb")
    rest = main_clause(text[m.end("verb"):])
    if verb.lower() in {"be"} and not rest:
        return None
    rest = PAST_COORD.split(rest)[0]
    if m.re is PLANS and _FINITE.search(rest):
        return None  # "U.S. plans to help rebuild Libya largely fell …": "plans" is a noun
    if cuts_qualifier(text[m.end("verb"):]):
        return None  # "expected to cut the £85 cost …, for the elderly …": the question would misstate it
    if verb.lower() in _UNVEIL:
        return None  # "expected to announce his line-up on Monday": what is open is the content, not the event
    if verb.lower() in _SPEECH:
        return None  # "He is expected to stress the importance of stability": what a speech will say
    if verb.lower() in _REPORTING and re.search(r"\bthat\b", text[m.end("verb") + len(rest):]):
        return None  # "expected to announce on Wednesday, …, that …": the news is in the cut clause
    if status_quo(verb, rest):
        return None  # "is likely to continue to hone its technology": the article treats it as given (review 5)
    kind = "forward" if m.group("cue").lower() in {"likely", "unlikely"} else "pending"
    if kind == "forward" and not concrete(rest):
        return None  # "is likely to need tech backers": no date, figure or deadline that could settle it
    if m.group("cue").lower() == "unlikely" and re.search(r"\b(?:until|before)\b", rest):
        return None  # "unlikely to come until 2005" does not invert to a yes/no question
    return finish(f"Will {lower_first(subj)} {verb} {rest}"), subj, kind


def ask_will_decide(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start(), actors=ctx.actors)
    if subj is None or SUBORDINATE.search(text, 0, m.start()):
        return None  # "ahead of 17 December, when the EU will decide whether to start talks": with whom, cut
    verb, link = m.group("verb") or m.group("verb2")[:-1], (m.group("link") or m.group("link2")).lower()
    rest = main_clause(text[m.end():])
    when = re.match(r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})\s+whether\s+(.+)", rest)
    if link == "on" and when:  # "will decide on Friday whether to …": the matter is the whether-clause
        link, rest = "whether", when.group(1)
    elif link == "on" and rest.startswith("whether "):  # "is due to rule on whether the ban is lawful"
        link, rest = "whether", rest[len("whether "):]
    if not rest:
        return None
    if link == "whether":
        if rest.startswith("to "):
            return finish(f"Will {lower_first(subj)} {rest[3:]}"), subj, "pending"
        q = yes_no(rest)
        return (q, subj, "pending") if q else None
    return finish(f"How will {lower_first(subj)} {verb} {link} {rest}"), subj, "pending"


def ask_forward(doc, i, text, m, ctx) -> Result | None:
    start = m.start()
    said = None
    for said in SAID_THAT.finditer(text, 0, start):
        pass
    if said and not named_forecast(said, text, ctx.actors) or CLAIMED.search(text, 0, start):
        return None  # review 3: someone's claim or suggestion recast as the article's own question
    if said and SAID_THAT.search(text, 0, said.start()) or (SAID_AFTER.search(text, m.end()) and not NAMED_SOURCE.search(text, m.end())):
        return None  # "He also says Goldsmith warned that …", "…, its chief executive has said": a report
    if FIXED_FACT.search(text) or IN_THEORY.search(text, 0, start) or dismissed(doc, i):
        return None  # "faces up to 85 years if convicted"; "In theory …, but no one is talking about it"
    head = text[said.end():start] if said else text[:start]
    if _NOUN_THAT.search(head) or _COUNTERFACTUAL.search(text, 0, start):
        return None  # "The idea that X could …": the that-clause is itself a subject
    if re.search(r"(?:^|\s)(?:[Ii]f|[Uu]nless)\s(?:[\w’'.-]+\s){1,5}$", text[:start]):
        return None  # "If Gavi could increase its funding …, then …": a condition, not a prospect
    if _THEN.search(text, 0, start):
        return None  # "Back then, a doctor feared that her career may be over": a fear since overtaken
    if said and re.search(r"\bthe\s(?:place|way|reason|point|moment|time|area|one|thing)\s(?:[\w’'.-]+\s){0,4}$", text[: said.start()]):
        return None  # "the place officials say the US might take a stand": the place is in the cut relative
    if _SETTLED.search(text, 0, start):
        return None  # "the court ruled that …", "voters saw that Obama could win": found, or past, not open
    subj_text = subject(doc, i, head, len(head), resolve=False, context=text[: start - len(head)]) if head.strip() else None
    if subj_text is None or subj_text.lower() in {"it", "they", "we", "i", "you", "this", "that", "there", "he", "she"}:
        return None
    if head.lstrip().startswith(subj_text) and not said:
        subj_text = lower_positional(subj_text, ctx.actors, doc.text)  # "Terrorists might …" → "terrorists"
    if CONCESSIVE.match(text) and "," not in text[:start]:
        return None  # "While the GOP moderates may feel …, they …": conceded, not asked
    if _ZERO_RELATIVE.match(subj_text):
        return None  # "the most important step Clinton could take": a relative clause, not a subject
    first, _, rest = subj_text.partition(" ")
    initial = text.lstrip(" \"“‘'").startswith(subj_text)
    named_as = f"{first.lower()} {rest}" if initial and positional_capital(first, ctx.actors, doc.text) else subj_text
    attributed = said is not None and not re.search(r"\b(?:I|we|you|they|some|many)\s*$", text[: said.start()])
    if not named_subject(named_as, ctx.actors) and not possessive_start(subj_text) and not (
        attributed and specific_subject(named_as)  # "Beith warned that the deletion of e-mails could …"
    ):
        return None  # "A single mother could be fired", "The move could mean": speculation about no one
    if re.search(r"\b(?:that|which)\s*$", text[: start - len(subj_text) - 1]) and not said:
        rest = main_clause(text[m.end():])
        if not rest:
            return None  # "touches that Mr. Biden might appreciate": the object is the noun before "that"
    tail = text[start:].strip()
    if re.search(r",\s*[A-Z][\w’'-]+\.?$", tail) and not re.search(r"\b(?:said|says)\b", tail):
        return None  # "peace between Clinton, Sanders.": a headline's list, cut mid-way
    if re.match(r"[^,;:]*:", tail) and len(main_clause(tail).split()) < len(tail.split()) // 2:
        return None  # "could keep out Labour in three ways: …": the substance follows the colon
    if generic_subject(subj_text) or list_tail(text, subj_text) or (not said and lead_in(text[: max(0, text.find(subj_text))])):
        return None  # "A Justice Department investigation could …"; "If …, Sanders could …": a cut condition
    if cuts_qualifier(tail) or PAST_PERFECT.match(text, m.end()) or BARE_PASSIVE.match(text, m.end()):
        return None  # "…, for the elderly": a qualifier the question would drop; "could genuinely have …"
    q = yes_no(subj_text + " " + tail)
    if q and len(q.split()) > MAX_FORWARD_WORDS:
        return None  # a long verbatim lift of the sentence, not a question a reader would ask
    if q and re.search(r"\sbe\s(?:(?:more|less|very|so|too|quite)\s)?[a-z-]+\?$", q):
        return None  # "Could GOP moderates be pliable?": to what, or than what, the question cannot say
    if q and re.search(r"\sbe\sto\s[a-z]+", q):
        return None  # "Will the objective for Ryan be to find …?": the writer's framing, not an event
    if q and m.group(0).lower().startswith("will") and not concrete(tail):
        return None  # "will likely win support": a hedged forecast with nothing that could settle it (review 5)
    if q and m.group(0).lower().startswith(("may", "might")):
        q = "Could" + q[q.index(" "):]
    return (q, subj_text, "forward") if q else None


def ask_said_will(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start(), actors=ctx.actors)
    if subj is None or not named_subject(subj, ctx.actors) or generic_subject(subj):
        return None
    pro, rest = m.group("pro"), main_clause(m.group("rest"))
    if pro in {"he", "she"} and not person_subject(subj, ctx.actors):
        return None
    if pro == "it" and person_subject(subj, ctx.actors):
        return None
    if pro == "they" and not binds("their", subj, ctx.actors):
        return None
    if m.group("aux") == "would" and re.search(r"\b(?:if|unless)\b", m.group("rest")):
        return None  # "says she would break up banks if …": a hypothetical, not a plan
    rest = PAST_COORD.split(rest)[0]  # "would order a review and warned against …"
    if len(rest.split()) < 2 or not _hedged(doc, i):
        return None
    return finish(f"Will {lower_first(subj)} {rest}"), subj, "pending"


def ask_weighing(doc, i, text, m, ctx) -> Result | None:
    subj = subject(doc, i, text, m.start(), actors=ctx.actors)
    if subj is None or not named_subject(subj, ctx.actors):
        return None
    clause = text[m.end("wh"):].strip()
    if m.group("wh").lower() == "whether" and clause.startswith("to "):
        return whether_to(doc, i, text, m, clause, "pending", ctx.actors)  # "is deciding whether to appeal"
    q = clause_question(m.group("wh"), clause, subj if re.match(r"(?:he|she|it|they)\b", clause) else None)
    return (q, subj, "pending") if q else None


def ask_predict(doc, i, text, m, ctx) -> Result | None:
    if inside_quote(text, m.start()):
        return None
    q = yes_no(m.group("clause"))
    if q is None:
        return None
    subj = q.split(" ", 1)[1]
    hits = [(subj.find(n), a.name) for a in ctx.actors for n in (a.name, *a.aliases) if len(n) > 2 and 0 <= subj.find(n) < 60]
    if not hits:
        return None
    return q, min(hits)[1], "forward"


def _hedged(doc, i: int) -> bool:
    """Real uncertainty about a stated plan: a hedge in its sentence, or a plain statement of doubt
    next to it (review 2: "said it will" and "plans to" alone are firm statements)."""
    if HEDGED.search(doc.sentences[i].text):
        return True
    return any(HEDGED_NEAR.search(t.text) for t in doc.sentences[max(0, i - 1):i + 2] if t.index != i)
