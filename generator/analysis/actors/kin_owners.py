"""Whose kin: a kin role read alone ("husband" of "she and husband Marc Mezvinsky", "wife" of "George W. Bush and his
wife, Laura Bush") says nothing of whose; the person the sentence names before the possessive pronoun is the owner
("Chelsea Clinton's husband")."""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Sequence

from ...model import Actor, Sentence
from ..names import first_name_gender
from .neighbours import KIN
from .roles import KIN_MODIFIERS

# a possessive pronoun right before the kin noun ("his wife", "her husband"), or a pronoun and "and" ("she and
# husband X"): the kin of someone named before it (U+00A0 is a space in news text)
_OWNED_BY_PRONOUN = re.compile(r"(?:\b(?:his|her|His|Her)|\b(?:he|she|He|She)[ \t\xa0]+and)[ \t\xa0]+$")
_AND_BEFORE = re.compile(r"[ \t\xa0]+and[ \t\xa0]+(?:his|her)[ \t\xa0]+")  # "Tom Brown and his wife": the grammar sure
_PRONOUN_GENDER = {"his": "m", "he": "m", "her": "f", "she": "f"}
# a pronoun after a form of "be" is not its subject's: "William F. Buckley, Jr. was his uncle and his father, X"
_BE_PRONOUN = re.compile(r"\b(?:is|was|are|were|be|been|became|becomes)[ \t\xa0]+(?:his|her)\b")


def _bare_kin(role: str) -> bool:
    """'husband', 'late son', 'younger brother': a kin noun with no owner's words."""
    *mods, head = role.lower().split()
    return head in KIN and all(m in KIN_MODIFIERS for m in mods)


def kin_owned(actors: list[Actor], text: str, sentences: Sequence[Sentence] = ()) -> list[Actor]:
    """The rows with a bare kin role given its owner: the last person named before it in its sentence, where a
    possessive pronoun stands before the kin noun ("George W. Bush and his wife, Laura Bush": "George W. Bush's wife"),
    whose given name's sex does not contradict the pronoun ("Melinda French met Bill Gates and her husband") and
    who is no subject of a "be" the pronoun follows; or the one person who shares the kin's surname, named in that
    paragraph or the one before, where that last person does not share it and is not joined to the pronoun by "and"
    ("Tom Brown and his wife, Anna Lee" is Tom Brown's wife, whoever Richard Lee is)."""
    kin = [a for a in actors if a.kind == "person" and a.role and _bare_kin(a.role)]
    if not kin:
        return actors
    starts = [s.start for s in sentences]
    persons = [(m.start, m.end, p.name) for p in actors if p.kind == "person" for m in p.mentions]
    owned = {}  # kin row -> (where its kin noun is, the pronoun before it)
    for a in kin:
        for m in a.mentions:
            at = text.rfind(a.role, max(0, m.start - len(a.role) - 3), m.start)
            if at < 0 or text[at + len(a.role):m.start].strip(" \t,\xa0"):
                continue
            pronoun = _OWNED_BY_PRONOUN.search(text, max(0, at - 12), at)
            if pronoun:  # (else "daughter Chelsea Clinton", "and daughter X": whose, the row cannot say)
                owned[a.name] = (at, pronoun.group().split()[0].lower())
            break
    changed = {}
    for a in kin:
        if a.name not in owned:
            continue
        at, pronoun = owned[a.name]
        k = bisect.bisect_right(starts, at) - 1
        start = starts[k] if k >= 0 else 0
        near = next((s.start for s in sentences if s.paragraph >= sentences[k].paragraph - 1), 0) if k >= 0 else 0
        gender = _PRONOUN_GENDER[pronoun]
        before = [(s, e, name) for s, e, name in persons if start <= s and e <= at and name != a.name and not (
            name in owned and owned[name][1] == pronoun)  # "his wife, Heidi, and his father, Rafael": one owner's
            # kin listed, neither the other's
            and first_name_gender(name.split()[0]) in (None, gender)  # not "Bill Gates and her husband"
            and not _BE_PRONOUN.search(text, e, at)]
        if not before:
            continue
        _, end, owner = max(before)
        surname = a.name.rsplit(None, 1)[-1]
        kinsmen = {name for s, e, name in persons if near <= s and e <= at and " " in name and name != a.name and (
            name.rsplit(None, 1)[-1] == surname) and name not in owned}
        if " " in a.name and len(kinsmen) == 1 and not owner.endswith(" " + surname) and not _AND_BEFORE.fullmatch(
                text, end, at):
            owner = kinsmen.pop()  # "Trump had attacked his wife, Heidi Cruz" beside Ted Cruz: the one person who
            # shares her surname, not the sentence's last name
        changed[id(a)] = dataclasses.replace(a, role=f"{owner}'s {a.role}")
    return [changed.get(id(a), a) for a in actors] if changed else actors
