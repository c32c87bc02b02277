"""Is a shortened sentence still a complete statement? Checks on the surface, no parser.

A TL;DR cut out of a sentence must keep a finite verb of its own (not only one inside a
relative clause: "Angolan families who are attempting to track each other down" has none),
balanced quotation marks and brackets, and must not end on a word that announces more
("… in.", "… simply.", "… the.") or open with a subordinate clause whose main clause was cut
("Because of her ties to special interest groups."). The word classes are the closed classes
of English grammar (Quirk et al., *A Comprehensive Grammar of the English Language*, ch. 2–3,
9, 14), written by hand for this project; the past forms are the common irregular verbs.
"""
from __future__ import annotations

import re

from .function_words import DETERMINERS

# Finite auxiliaries and modals, with their negative contractions.
FINITE_AUXILIARIES = frozenset(
    """is are was were am has have had do does did will would can could shall should may might must
    isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't can't cannot
    couldn't shouldn't mustn't isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t doesn’t don’t didn’t
    won’t wouldn’t can’t couldn’t shouldn’t""".split()
)
IRREGULAR_PAST = frozenset(
    """led said told took made paid sold bought won lost kept held ran gave got left met brought thought
    found sent spent built fell rose grew knew saw began became came went wrote broke chose drove spoke
    stole fought caught taught sought struck hid quit shot hit put set cut let beat bore drew flew threw
    wore swore tore froze rode rang sang sank shook stood understood withdrew overtook upheld withheld""".split()
)
SUBORDINATORS = frozenset(
    """because if as although though while whilst when whenever after before since unless until till
    once whether whereas""".split()
)
RELATIVES = frozenset("who whom whose which that where".split())
PREPOSITIONS = frozenset(
    """in on at of to for from with by into onto about over under after before during since until
    across through against among amongst between toward towards without within upon near throughout
    via per despite amid beyond behind beside below above""".split()
)
_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred".split()
)
# Words a statement cannot end on: they announce what the cut took away. Prepositions that
# also serve as adverbs ("and beyond", "fell behind") may end one.
_DANGLING_END = (
    PREPOSITIONS - frozenset("beyond behind beside below above over across through throughout near within".split())
    | DETERMINERS | RELATIVES | SUBORDINATORS
    | frozenset("""is was are were has have had will would can could
    and or but nor so yet than not very simply just only even also partly mainly largely
    solely merely purely mostly chiefly precisely especially particularly his her their our my your""".split())
)
_FUNCTION_WORDS = PREPOSITIONS | DETERMINERS | SUBORDINATORS | RELATIVES | frozenset(
    "and or but nor so yet than not also only even just still".split())
# Words inside a verb group: "has not yet been", "was famously".
_GROUP_WORDS = frozenset("not n't never yet been being be also still just already".split())
# Words that open an object or a reported clause: "shows that", "wins the", "urges his".
_OBJECT_STARTS = DETERMINERS | frozenset("that he she it they we him them his her its their".split())
# Words that follow a plural noun, rarely a verb: "families who", "shares of".
_NOUN_FOLLOWERS = frozenset("who whose which of and or".split())
# Words ending in -s/-ed that are rarely verbs in news leads.
_NOT_VERBS = frozenset(
    """this thus its has is was as us yes news always perhaps towards across less unless does goes
    series species politics economics hundred red bed speed seed deed feed reed weed greed""".split()
)
_WORD = re.compile(r"[\w'’-]+")


def is_verb(word: str, before: str, after: str = "") -> bool:
    """A lower-case finite verb: an auxiliary, a past form, or a present form after its subject
    ("Ben Carson says", "banks face", "a new poll shows that"), never a participle used as an
    adjective ("the proposed deal")."""
    if word in FINITE_AUXILIARIES:
        return True
    if not word.islower() or word in _NOT_VERBS or word in _FUNCTION_WORDS:
        return False
    b = before.lower()
    if b in DETERMINERS or b in PREPOSITIONS or b in _NUMBERS or before.endswith(("'s", "’s")):
        return False
    if word in IRREGULAR_PAST or (len(word) > 3 and word.endswith("ed")):
        return True
    if not word.isalpha() or word.endswith(("ly", "ing")) or b in FINITE_AUXILIARIES or b in SUBORDINATORS or b in RELATIVES:
        return False
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and (
            before[:1].isupper() and after.lower() not in _NOUN_FOLLOWERS or after.lower() in _OBJECT_STARTS):
        return True  # "Ben Carson says", "The festival opens", "a new poll shows that"; not "Angolan families who"
    # "banks face", "Tories say": a base form right after a plural noun
    return b.endswith("s") and not b.endswith(("ss", "us", "is")) and b not in _NOT_VERBS and not word.endswith("s")


def has_main_verb(text: str) -> bool:
    """A finite verb of the main clause: one before any subordinate word, or a second one after a
    relative pronoun ("a man who survived a hit| has been banned"; the first is the relative's)."""
    words = _WORD.findall(text)
    needed, in_group = 1, False
    for i in range(1, len(words)):
        low = words[i].lower()
        if words[i - 1].lower() in ("such", "so"):  # "such as", "so that"
            continue
        if low in SUBORDINATORS:
            return False
        if low in RELATIVES:
            needed = 2
        elif is_verb(words[i], words[i - 1], words[i + 1] if i + 1 < len(words) else ""):
            if in_group:
                continue  # "was famously pictured": one verb group
            needed -= 1
            if needed == 0:
                return True
            in_group = True
            continue
        in_group = in_group and (low.endswith("ly") or low in _GROUP_WORDS)
    return False


def _balanced(text: str) -> bool:
    return (text.count('"') % 2 == 0 and text.count("''") % 2 == 0 and text.count("“") == text.count("”")
            and text.count("(") == text.count(")") and text.count("[") == text.count("]"))


def is_statement(line: str) -> bool:
    """``line`` reads as a complete statement: a main verb, balanced marks, no dangling end,
    and no opening subordinate clause left without its main clause."""
    words = _WORD.findall(line)
    if len(words) < 3 or not _balanced(line):
        return False
    if words[-1].lower() in _DANGLING_END:
        return False
    if words[0].lower() in SUBORDINATORS:
        return "," in line and has_main_verb(line[line.index(","):])
    return has_main_verb(line)
