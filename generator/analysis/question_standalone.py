"""Checks that a question reads on its own, and that a "could" prospect is truly open (review 9).

An independent review (notes "questions-review-9") found that 10 of 14 weak questions lost context
when read without their sentence: an "other <noun>" with nothing to be other than ("What other
interrogation techniques …?"), a relative clause copied from the source ("the Office of Immigrant
Affairs Clinton had announced earlier": earlier than what?), an event left unnamed ("on Tuesday",
"best supporting actress" with no award), and a person named by a bare surname ("Shuster's district",
"Mr Jackson"). Three more echoed "could" where the article's own answer is "yes, it could": one option
among several ("The NSA could …. The State Department could also …"), the writer's judgement ("could be
a particularly effective bridge"), or a step the next sentence calls a formality. These follow the
context-dependence criterion of question-generation evaluation (Heilman & Smith 2010) and, for the
names, the first-mention convention of news style (full name and title, then the surname alone). A
"this merger" is named from the sentences before it, by nearest antecedent. The word lists are written by hand.
"""
from __future__ import annotations

import re

# "other <noun>" with no "than": other than what, only the sentence says ("each other" is reciprocal).
_OTHER = re.compile(r"(?<!each\s)\bother\s(?:[a-z]+\s){0,2}?[a-z]+s\b(?!.*\bthan\b)")
# A pluperfect copied from reported speech into a question that is not itself about the past order of
# events: "the Office … Clinton had announced earlier", "the deal that he had signed".
_PLUPERFECT = re.compile(r"^(?!Had\b).+\s(?:[A-Z][\w’'-]+|he|she|they|it|that|which|who)\shad\s(?:[a-z]+ly\s)?[a-z]+(?:ed|en|wn|ne|ld|ht|de|id|ot)\b")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "… on Tuesday?" with no event named: the sentence's context says what happens that day.
_BARE_DAY = re.compile(rf"\b(?:on|by|until)\s{_WEEKDAY}\?$")
_EVENT = re.compile(
    r"\b(?:meeting|vote|voting|election|primary|primaries|summit|hearing|ballot|referendum|match|game|final|"
    r"debate|caucus(?:es)?|conference|trial|talks|poll|race|launch|budget|announcement|ceremony|deadline|payment|"
    r"team|squad|line-?up|results?|decision|verdict|ruling|report|figures|contest|auction|sale|release|\d)\b"
    r"|\b[A-Z][a-z]+\s(?:Cup|Championships?|Open|Games|Awards?|Summit|Council)\b"
)
# "named best supporting actress" with no award named: several awards in a season give such prizes.
_PRIZE = re.compile(r"\bbest\s(?:supporting\s)?(?:actor|actress|film|picture|director|album|song|single|newcomer|"
                    r"screenplay|documentary|group|player|newcomer)\b")
_AWARD = re.compile(r"\b(?:Oscars?|Academy|Baftas?|Golden\sGlobes?|Grammys?|Emmys?|Brits?|Tonys?|Awards?|Prize|award|prize)\b")


def loses_context(question: str) -> bool:
    """The question holds wording only its sentence explains (review 9, pattern 1)."""
    if _OTHER.search(question) or _PLUPERFECT.search(question):
        return True
    if _BARE_DAY.search(question) and not _EVENT.search(question):
        return True
    return bool(_PRIZE.search(question)) and not _AWARD.search(question)


# A question ends at its only full stop: abbreviated titles are spelt out.
_ABBREVIATED = {"Rep.": "Representative", "Sen.": "Senator", "Gov.": "Governor", "Lt. Gov.": "Lieutenant Governor",
                "Gen.": "General", "Sec.": "Secretary", "Pres.": "President", "Supt.": "Superintendent"}
_TITLE = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?$")
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s$")
_SURNAME = re.compile(r"\b[A-Z][a-z][\w’'-]*\b")


def full_names(question: str, actors) -> str | None:
    """'Shuster’s district' → 'Rep. Bill Shuster’s district', 'Mr Jackson' → 'Michael Jackson': a person
    the question names by surname alone gets the full name (and a capitalised title) the article gives,
    at the first mention only, as news style writes it. A surname two people in the
    article share ("Clinton's administration"), or a titled one ("Mr Smith") it never names in full, is None."""
    people: dict[str, list] = {}
    for a in actors:
        words = a.name.split()
        if a.kind == "person" and len(words) >= 2 and words[0][:1].isupper():
            people.setdefault(words[-1], []).append(a)
    done: set[str] = set()
    out, last = [], 0
    for m in _SURNAME.finditer(question):
        word = re.sub(r"[’']s$", "", m.group(0))
        found = people.get(word)
        if (not found or len(found) > 1) and _TITLED.search(question, 0, m.start()):
            return None  # "Mr Smith", "Mr Clinton": a person the article never names in full, or one of two
        if not found or word in done or any(a.name in question for a in found):
            continue
        done.add(word)
        title = _TITLE.search(question, 0, m.start())
        previous = re.search(r"(?:^|\s)([\w.’'-]+)\s$", question[: title.start()])
        if previous and previous.start(1) > 0 and previous.group(1)[:1].isupper():
            continue  # a longer name: "Ivanka Trump", "Hillary Rodham Clinton"
        if re.match(r"[’']?s?\s(?:[A-Z]|\d)", question[m.end():]):
            continue  # part of an organisation's or a product's name: "the Clinton Foundation", "the Rover 25"
        if len(found) > 1:
            return None  # "Clinton's administration" in an article about Hillary and Bill Clinton: whose?
        actor = found[0]
        role = actor.role if actor.role and actor.role[:1].isupper() and len(actor.role.split()) <= 3 else None
        role = _ABBREVIATED.get(role, role)
        shown = f"{role} {actor.name}" if role and "." not in role else actor.name
        out.append(question[last: title.start()] + shown)
        last = m.start() + len(word)
    out.append(question[last:])
    return "".join(out)


# A list of options ("could X, Y or Z"), or a parallel "could also" in a sentence next to it: the article
# names one option among several, and its answer to "Could X …?" is "yes, it could".
_LIST = re.compile(r"\b(?:could|might|may)\s[^.;]*?\w,\s[^,.;]+,?\sor\s")
_ALSO = re.compile(r"\b(?:could|might|may)\salso\b|\balso\s(?:could|might)\b|\b(?:other\s)?options?\s(?:include|are|range)\b")
_SAME_SUBJECT = frozenset("he she it they this that these those its his her their".split())
# "could be a particularly effective bridge": the writer's judgement, not a matter a report settles.
# A degree adverb, or an evaluative adjective, before the noun marks the judgement ("a takeover target" is a prospect).
_JUDGEMENT = re.compile(
    r"^(?:Could|Might|May)\s.+?\sbe\s(?:a|an)\s(?:[a-z]+ly\s[a-z]+|(?:effective|good|great|major|big|huge|strong|powerful|"
    r"useful|valuable|important|key|serious|real|welcome|significant|perfect|ideal|better|formidable|potent|attractive|"
    r"natural|obvious|smart|wise|compelling|credible|viable|crucial|vital)\b)\s[a-z]+"
)
# The next sentences say the prospect is all but settled.
_CERTAIN = re.compile(
    r"\bformality\b|\bforegone\sconclusion\b|\b(?:all\sbut|virtually|almost|near(?:ly)?)\s(?:certain|guaranteed|assured|inevitable)\b"
    r"|\brubber[\s-]stamp\b"
)


def not_open_prospect(doc, index: int, question: str) -> bool:
    """A "could" question that names one option of several, echoes a judgement, or that the next
    sentences call a formality (review 9, pattern 2)."""
    sentences = doc.sentences
    text = sentences[index].text
    if question.startswith(("Could", "Might", "May")):
        if _LIST.search(text) or _JUDGEMENT.search(question):
            return True
        near = [sentences[i].text for i in (index - 1, index + 1) if 0 <= i < len(sentences)]
        for t in near:
            also = _ALSO.search(t)
            who = t[: also.start()].split() if also else []
            if also and who and who[0].lower() not in _SAME_SUBJECT and " ".join(who) not in question:
                return True  # "The State Department could also …": another actor's option, not more of the same
    after = " ".join(sentences[i].text for i in range(index, min(index + 3, len(sentences))))
    return bool(_CERTAIN.search(after))


# "Whether this merger is a success …" after "DuPont … announced plans to merge with Dow Chemical": the merger the
# article has just named (nearest antecedent in the previous sentences, as in Poesio & Vieira 1998).
_THIS_MERGER = re.compile(r"\b(?:this|that|the)\s(?:proposed\s|planned\s)?(?:merger|tie-up|combination)\b(?!\s(?:of|between|with)\b)")
_NAME = r"(?:[A-Z][\w&.’'-]*(?:\s(?:of\s)?[A-Z][\w&.’'-]*){0,3})"
_MERGER_SOURCE = re.compile(
    rf"(?:merger|tie-up|combination)\s(?:of|between)\s(?P<a>{_NAME})\sand\s(?P<b>{_NAME})"
    rf"|\b(?P<c>{_NAME})(?:,\s[^,]{{1,40}},)?\s(?:(?:announced|agreed|plans?|planned|proposed|set|is|was|will|would|has|had|to)\s){{0,4}}"
    rf"(?:merge|combine|merging|combining|merged|combined|(?:did|struck|signed|sealed|agreed)\s(?:the|a|its)\s(?:deal|merger))"
    rf"\swith\s(?P<d>{_NAME})"
)
_NOT_FIRM = frozenset("The A An Then But And Now So Yet Meanwhile Instead".split())


def name_merger(doc, index: int, question: str) -> str:
    """'Is this merger a success?' → 'Is the merger of DuPont and Dow Chemical a success?' when one of the
    three sentences before names who merges with whom; unchanged otherwise (the reference checks drop it)."""
    m = _THIS_MERGER.search(question)
    if m is None:
        return question
    for i in range(index - 1, max(-1, index - 4), -1):
        found = list(_MERGER_SOURCE.finditer(doc.sentences[i].text))
        if not found:
            continue
        f = found[-1]
        a, b = ((f.group("a"), f.group("b")) if f.group("a") else (f.group("c"), f.group("d")))
        a, b = a.rstrip("."), b.rstrip(".")
        a = " ".join(w for w in a.split() if w not in _NOT_FIRM) if a.split()[0] in _NOT_FIRM else a
        if not a or a == b:
            return question
        return question[: m.start()] + f"the merger of {a} and {b}" + question[m.end():]
    return question
