"""Whose kin: a kin role read alone ("husband" of "she and husband Marc Mezvinsky", "wife" of "George W. Bush and his
wife, Laura Bush") says nothing of whose; the person the sentence names before the possessive pronoun is the owner
("Chelsea Clinton's husband")."""
from __future__ import annotations

import re

from ...model import Actor
from .neighbours import KIN
from .roles import KIN_MODIFIERS

# a possessive pronoun right before the kin noun ("his wife", "her husband"), or a pronoun and "and" ("she and
# husband X"): the kin of someone named before it
_OWNED_BY_PRONOUN = re.compile(r"(?:\b(?:his|her|His|Her)|\b(?:he|she|He|She)[ \t]+and)[ \t]+$")
_SENTENCE_END = re.compile(r"(?:(?<!\b[A-Z])\.|[!?\n])[\"'”’)]*[ \t\n]")  # not an initial's dot ("George W. Bush")


def _bare_kin(role: str) -> bool:
    """'husband', 'late son', 'younger brother': a kin noun with no owner's words."""
    *mods, head = role.lower().split()
    return head in KIN and all(m in KIN_MODIFIERS for m in mods)


def kin_owned(actors: list[Actor], text: str) -> list[Actor]:
    """The rows with a bare kin role given its owner: the last person named before it in its sentence, where a
    possessive pronoun stands before the kin noun ("George W. Bush and his wife, Laura Bush": "George W. Bush's wife"),
    or the one person of the article who shares the kin's surname where that last person does not."""
    kin = [a for a in actors if a.kind == "person" and a.role and _bare_kin(a.role)]
    if not kin:
        return actors
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
        ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
        start = ends[-1] if ends else max(0, at - 400)
        before = [(s, name) for s, e, name in persons if start <= s and e <= at and name != a.name and not (
            name in owned and owned[name][1] == pronoun)]  # "his wife, Heidi, and his father, Rafael": one owner's
        # kin listed, neither the other's
        if not before:
            continue
        owner = max(before)[1]
        surname = a.name.rsplit(None, 1)[-1]
        kinsmen = {p.name for p in actors if p.kind == "person" and p is not a and " " in p.name and (
            p.name.rsplit(None, 1)[-1] == surname) and p.name not in owned}
        if " " in a.name and len(kinsmen) == 1 and not owner.endswith(" " + surname):
            owner = kinsmen.pop()  # "Trump had attacked his wife, Heidi Cruz" beside Ted Cruz: the one person who
            # shares her surname, not the sentence's last name
        changed[id(a)] = Actor(a.name, a.kind, role=f"{owner}'s {a.role}", aliases=a.aliases, mentions=a.mentions)
    return [changed.get(id(a), a) for a in actors] if changed else actors
