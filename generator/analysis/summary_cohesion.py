"""Cohesion tests of the summariser: whether a sentence leans on one before it.

A summary item is read without the sentences around it, so one that points back by reference or conjunction
(Halliday & Hasan 1976, *Cohesion in English*: "This is because …", "He said …", "As a result, …") or names
someone by surname alone before the sentence that introduces them (AP Stylebook, "names") waits for the sentence
it leans on (``summary.summarize``). Word lists and patterns of their own are ``summary_lexicon``'s.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Sentence
from .actors.lexicon import PLACE_CUES, gazetteer
from .clause_form import IRREGULAR_PAST, PREPOSITIONS
from .names import DAYS_MONTHS
from .quotes.lexicon import REPORTING_VERBS
from .regex_starts import word_starts
from .summary_lexicon import AFTER_PHRASE, CONJUNCTIVE, CONNECTIVES, NOT_SURNAMES, TIME_NOUNS

_LEANING = frozenset("this that these those he she they it his her their its".split())
# Words that may open a sentence before its subject: "Then she …", "But he …" lean back as "She …" does
# ("But that move …" may well point at the sentence before the one the summary holds, so it stays).
_OPENERS = CONNECTIVES | {"then"}
# The leaning words that point back at a person or at something said, "it" and "its" left out: "It takes 2,383
# delegates …" and "It was exactly the kind of …" open a text well (an "it" that points ahead).
POINTING = _LEANING - {"it", "its"}
_PERSONAL = frozenset("he she they".split())
_CONTRACTIONS = tuple(f"{q}{end}" for q in "'’" for end in ("s", "re", "ll", "d", "ve"))
# A closing attribution to a pronoun: "…, she added." names its speaker in the sentence before.
_PRONOUN_SPEAKER = re.compile(
    r",[\"”’']? (?:he|she|they) (?:said|added|says|adds|explained|continued|argued|insisted|noted|warned)\b[^.,]{0,40}[.!][\"”’']?$")


# "Clinton says it means Trump paid no tax": what "it" means is in the sentence before.
_SAYS_IT_MEANS = re.compile(r"(?:\S+\s){1,5}?(?:says|said|argues|argued|adds|added)\s(?:it|this|these|those)\s"
                            r"(?:means|meant|shows|showed|proves|proved|suggests|suggested)\b")
# A reply ('"Not included," Harris replied.'): its words answer the sentence before.
_REPLY = re.compile(r"\b(?:replied|retorted|responded|countered|answered)(?! to\b)[^.,!?]{0,24}[.!][\"”’']?$")


# A named speaker going on ("Moyes added: …", "Williams added about Carson: …", "Mr Kinnock added that …"): "added"
# to words in the sentence before ("Henry added the caption …" adds a thing, not words). "That" reports speech
# only before a clause's subject; a determiner "that" points at a thing ("Apple added that feature …").
_GOES_ON = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,3}(?:added|adds|continued|continues|went on)(?=(?: [\w’'-]+){0,3}:"
                      r"| that (?:(?:the|a|an|he|she|it|they|we|you|there|this|these|his|her|their|its|our)\b|[A-Z0-9])"
                      r"| [\"“‘])")


# An opening phrase that points back (Halliday & Hasan 1976, *Cohesion in English*, ch. 5, conjunction by a
# reference item): a demonstrative after a preposition ("To this end,", "In that case,", "Because of this,") or a
# conjunctive phrase that needs the sentence before ("As a result,", "In addition,", "As I mentioned above,");
# "In this year's …", "At that time" point at time. A pronoun right after a short phrase ("On Thursday, he'll …",
# "In an interview, she said …") leans back as one opening the sentence does, unless the phrase names someone: a
# capitalised word past its first that is no weekday or month, nor a place the gazetteer knows after a preposition
# of place ("In Washington, he said …", "At the White House, she …").
_PHRASE_END = re.compile(r",\s")


def _time_word(word: str) -> bool:
    """A time noun, its plural or its possessive ("year", "weeks", "season's"): "this year" points at time."""
    return (word in TIME_NOUNS or word[-1:] == "s" and word[:-1] in TIME_NOUNS
            or word[-2:] in ("'s", "’s") and word[:-2] in TIME_NOUNS)


def phrase_leans_back(text: str) -> bool:
    """Opens with a phrase that points back, or with a short phrase and then "he", "she", "they" or their
    possessives (see above)."""
    comma = _PHRASE_END.search(text, 0, 60)
    if comma is None:
        return False
    phrase = text[:comma.start()].strip("\"“‘'`(")
    words = phrase.split()
    if not 1 <= len(words) <= 6:
        return False
    low = [w.lower() for w in words]
    if CONJUNCTIVE.fullmatch(" ".join(low)):
        return True
    for k in range(1, len(low)):
        before = low[k - 2] if low[k - 1] == "all" and k > 1 else low[k - 1]  # "For all these reasons,"
        if low[k] in ("this", "that", "these", "those") and before in PREPOSITIONS:
            after = low[k + 1] if k + 1 < len(low) else ""
            if not (_time_word(after) or after in DAYS_MONTHS):
                return True
    after = text[comma.end():comma.end() + 12].split(None, 1)
    if not after:
        return False
    pronoun = re.split(r"['’]", after[0], maxsplit=1)[0]
    if pronoun not in AFTER_PHRASE or phrase.islower():
        return False  # (a lower-cased copy does not show whether the phrase names someone)
    return not _names_someone(words)


_PLACE_TAGS = frozenset("crytk")  # the gazetteer's countries, regions, cities, towns and other places


def _names_someone(words: list[str]) -> bool:
    """A capitalised word of the opening phrase ``words``, past its first, names someone (see above)."""
    k = 1
    while k < len(words):
        if not words[k][:1].isupper() or words[k].lower().strip(".") in DAYS_MONTHS:
            k += 1
            continue
        end = k + 1
        while end < len(words) and words[end][:1].isupper():
            end += 1
        before = words[k - 1].lower()
        if before == "the" and k > 1:
            before = words[k - 2].lower()  # "At the White House"
        place = " ".join(words[k:end]).lower().rstrip(".")
        if before not in PLACE_CUES or _PLACE_TAGS.isdisjoint(gazetteer().get(place, "")):
            return True
        k = end
    return False


_HIM = re.compile(r"\bhim\b")  # ("himself" is bound in its own clause)
_OPENING_POSSESSIVE = re.compile(r"(?:\S+\s){1,2}(?:his|her)\s")
_LATER_CAPITAL = re.compile(r"\s[\"“‘'(]?(?!I\b)[A-Z]")
_CAPITAL = re.compile(r"[A-Z]")


def leans_back(text: str) -> bool:
    """Opens with a pronoun or demonstrative that points at the sentence before ("This is
    because …", "He said …", "Then she …") or with "The same …", gives its words to "he" or
    "she" ("…, she added."), goes on from words before ("Moyes added: …") or is a reply ("…, Harris
    replied."); "This year", "this week's" point at time."""
    words = [w.lower().strip("\"“‘'`(,") for w in text[:60].split(None, 2)]
    if words and words[0].endswith(_CONTRACTIONS):  # "It’s about …", "That's the picture …": "it", "that"
        words[0] = re.split(r"['’]", words[0], maxsplit=1)[0]
    if len(words) > 2 and words[0] in _OPENERS and words[1] in _PERSONAL:
        return True
    if not words:
        return False
    if words[0] == "the" and len(words) > 2 and words[1] == "same":
        return True  # "The same could not be said for …": the same as what the sentence before says
    second = words[1] if len(words) > 1 else ""
    if words[0] in _LEANING and not (_time_word(second) or second.endswith(("'s", "’s"))):
        return True
    if _SAYS_IT_MEANS.match(text) or _GOES_ON.match(text) or phrase_leans_back(text):
        return True
    cased = _CAPITAL.search(text) is not None  # (lower-cased copies show no names)
    him = _HIM.search(text) if cased and " him" in text else None
    if him and not _LATER_CAPITAL.search(text, 1, him.start()):
        return True  # "More than 13 million people cast a vote for him …": no one named before "him"
    if cased and _OPENING_POSSESSIVE.match(text) and not _LATER_CAPITAL.search(text, 1):
        return True  # "With his campaign buffeted by criticism, 721 delegates …": no one named in it for "his"
    if not text.endswith((".", "!", '"', "”", "’", "'")):
        return False
    tail = max(0, len(text) - 70)
    return _PRONOUN_SPEAKER.search(text, tail) is not None or _REPLY.search(text, tail) is not None


# A person named by courtesy title and surname alone ("Ms. Gedrich", "Mr Fogg"): introduced earlier by full name
_TITLED_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.? ([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b")


def _names(surname: str, text: str) -> bool:
    """Whether ``text`` has the surname as a word of its own, not inside another ("Lee" in "Leeds", "Bush" in
    "Bushehr") nor a saint's or a place's name ("St. Paul"); case kept, so "Mrs. May" is not named by "may"."""
    return any(not _SAINT_BEFORE.search(text, max(0, i - 5), i) for i in word_starts(surname, text))


_SAINT_BEFORE = re.compile(r"(?<![\w])St\.? $")


# A speaker named by surname alone ("…,” Anthony says", "Mook further asserted …"): one capitalised word opening
# the sentence or after a comma and the quotation's end, then a verb of saying. Only a surname that an earlier
# sentence gives with a name before it ("Carl Anthony") waits for that sentence: news introduces a person by
# full name once and uses the surname after (AP Stylebook, "names"). The verb is a finite form (present or past)
# of one of ``quotes.lexicon``'s reporting verbs.
_BARE_SPEAKER = re.compile(
    r"(?:^[\"“‘']?|,[\"”’']{0,2} )([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?) (?:further |also |then )?([a-z]+)\b")
_SPEAKER_VERBS = frozenset(v for v in REPORTING_VERBS if v.isalpha() and (
    v in IRREGULAR_PAST or v.endswith("ed") or v.endswith("s") and not v.endswith("ss")))


def _full_name(surname: str, text: str) -> bool:
    """``text`` gives the surname after a capitalised name ("Carl Anthony", "Robby Mook")."""
    return any(i > 1 and text[i - 1] == " " and text[i - 2].isalpha() and _CAPITAL_BEFORE.search(text, 0, i - 1)
               for i in word_starts(surname, text))


_CAPITAL_BEFORE = re.compile(r"\b[A-Z][a-z]+\.?$")


def introduced_in(i: int, chosen: Sequence[int], sentences: Sequence[Sentence], title: str | None) -> int | None:
    """The earlier sentence that introduces someone sentence ``i`` names by title and surname alone (or by
    surname alone as a speaker, see above), when neither the title nor a chosen sentence before ``i`` names
    them; else None."""
    text = sentences[i].text
    for m in _BARE_SPEAKER.finditer(text):
        surname = m.group(1)
        if m.group(2) not in _SPEAKER_VERBS or surname in NOT_SURNAMES or title and _names(surname, title):
            continue
        intro = next((j for j in range(i) if _names(surname, sentences[j].text)), None)
        if intro is None or not _full_name(surname, sentences[intro].text):
            continue
        if not any(intro <= j < i and _names(surname, sentences[j].text) for j in chosen):
            return intro
    if "Mr" not in text and "Ms" not in text and "Dr" not in text:
        return None  # (the titles' letters looked for first: most sentences name no one so)
    for surname in dict.fromkeys(_TITLED_SURNAME.findall(text)):
        if title and _names(surname, title):
            continue
        intro = next((j for j in range(i) if _names(surname, sentences[j].text)), None)
        if intro is not None and not any(intro <= j < i and _names(surname, sentences[j].text) for j in chosen):
            return intro  # (no sentence before the first to name them does: a chosen one is looked for after it)
    return None


def named_by_kind(epithet: str, title: str | None, shown: Sequence[str]) -> bool:
    """A word of the epithet ("supermarket chain", "band") is in the title or a sentence the summary holds: the
    reader knows which one is meant."""
    texts = [t.lower() for t in ([title] if title else []) + list(shown)]
    return any(_names(word, t) for word in epithet.split() if len(word) > 2 for t in texts)
