"""The builder for a public step a named party has not taken, or refuses to take: "Since Mr. Trump hasn't released
any of his tax returns, …" → "Will Donald J. Trump release his tax returns?"; "Republicans have refused to vote on
President Obama's nominee" → "Will Republicans vote on President Obama's nominee?".

A step withheld is news because it is awaited: an endorsement in a campaign, a vote in Congress, the release of a
document. The verbs are the acts US political reporting tracks as pending (AP's and Politico's running lists: tax
returns not released, a nominee not voted on, a deal not signed; an endorsement is ``endorsements``'s); a
verb of opinion ("has not liked") or of a past moment ("refused to admit" at a press conference, "the IOC refused
to ban": a decision taken) is not one. Only the present perfect or present ("has not endorsed", "has refused to",
"refuses to") is asked: the step is still open when the story is told. An article that reports the step taken
after all, on the same object, closes it (``_taken_elsewhere``).
"""
from __future__ import annotations

import re

from ...model import Sentence
from ..regex_starts import word_starts
from .naming import person_name
from .wording import Context, Draft

# the step, its base form first: (base, other forms); an endorsement withheld is ``endorsements``'s
_STEPS = {
    "release": "released|releases",
    "disclose": "disclosed|discloses",
    "publish": "published|publishes",
    "concede": "conceded|concedes",
    "vote on": "voted on|votes on",
    "hold hearings on": "held hearings on",
    "sign": "signed|signs",
    "testify": "testified|testifies",
    "apologize for": "apologized for|apologizes for",
    "apologise for": "apologised for|apologises for",  # the British spelling, asked as the article spells it
    "condemn": "condemned|condemns",
    "disavow": "disavowed|disavows",
    "return": "returned|returns",
    "withdraw from": "withdrawn from|withdrew from",
    "drop out of": "dropped out of",
    "debate": "debated|debates",
    "commit to": "committed to|commits to",
    "sign on to": "signed on to|signs on to",
    "name": "named|names",
    "pick": "picked|picks",
    "choose": "chosen|chose|chooses",
    "rule on": "ruled on|rules on",
    "schedule a vote on": "scheduled a vote on|schedules a vote on",
}
_BASE = {f: base for base, forms in _STEPS.items() for f in [base, *forms.split("|")]}
_VERB = "|".join(sorted((re.escape(f).replace(r"\ ", r"\s") for f in _BASE), key=len, reverse=True))
KEYS = frozenset(f.split()[0] for f in _BASE)  # the step's first word, for ``patterns.cued``
_PERSON = r"(?P<who>\b(?:[Hh]e|[Ss]he)\b|[A-Z][\w.’'&-]*(?:\s(?:of\s)?[A-Z][\w.’'&-]*){0,3})"
# "Trump hasn't released any of his tax returns", "Republicans have refused to vote on President Obama's nominee",
# "Trump, who has yet to name a running mate,"
WITHHELD = re.compile(
    rf"{_PERSON}(?:,\s(?:who|which)|,[^,]{{3,60}},)?\s"
    r"(?:(?:has|have)\s(?:so\sfar\s|still\s|also\s)?(?:not|yet\sto|refused\sto|declined\sto)|hasn[’']t|haven[’']t|refuses\sto|refuse\sto|(?:has|have)\s(?:so\sfar\s)?repeatedly\srefused\sto|continues\sto\srefuse\sto)"
    r"\s(?:yet\s|publicly\s|formally\s|officially\s|fully\s)?"
    rf"(?P<verb>{_VERB})\s(?P<obj>(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|[A-Z])\.\s?|[^,;.:!?”\"]){{3,90}})"
)
# where the step's object ends: a new clause or a circumstance of the sentence, not the thing withheld
_BREAK = re.compile(
    r"\s(?:and|but|or|because|since|as|though|although|while|when|after|before|until|despite|even|amid|in\sspite|which|who|that|so|saying"
    r"|is|was|are|were|has|have|had|will|would|yet|including|instead|—|–|-)\b|\s[—–-]\s"
)
_OBJ_PRONOUN = re.compile(r"^(?:him|her|them|it|this|that|these|those|one|anything|any|everything)$|\b(?:he|she|they|him|them|it|we|us|you|i)\b", re.I)
_ANY_OF = re.compile(r"^(?:any|all|some)\sof\s")
# The common nouns that name the awaited thing well enough on their own: "has yet to name a running mate",
# "has not conceded the race" (the campaign's own words for what is pending)
_PENDING_NOUNS = {
    "name": re.compile(r"(?:a|his|her|their)\s(?:running\smate|vice[-\s]presidential\s(?:pick|candidate|nominee)|successor|replacement)"),
    "concede": re.compile(r"(?:defeat|the\s(?:race|election|nomination|primary|contest))"),
}
_PENDING_NOUNS["pick"] = _PENDING_NOUNS["choose"] = _PENDING_NOUNS["name"]
# Nouns a party releases, signs or returns that settle nothing on their own: "has not released a statement"
_LIGHT_OBJECTS = re.compile(r"^(?:a|any|the|his|her|their|its)?\s?(?:statement|comment|comments|details|response|word|call|calls|email|emails|message|messages|name|names)\b")
# the step reported taken: its past forms ("endorsed", "chose", "withdrew from")
_DONE_FORMS = {base: re.compile(r"\b(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s") for f in forms.split("|")
                                                     if f.split()[0].endswith(("ed", "en")) or f.split()[0] in {"chose", "withdrew", "held"}) + r")\b")
               for base, forms in _STEPS.items()}
_NEGATED = re.compile(r"\b(?:not|n[’']t|never|yet|refused|declined|whether|if|would|could|may|might|will|expected|likely)\b")


def _taken_elsewhere(ctx: Context, s: Sentence, who: str, verb: str, obj: str) -> bool:
    """Another sentence of the article reports ``who`` taking the step on its object: "Trump named Mike Pence as his
    running mate" (not "Trump released a second ad", for "release his tax returns")."""
    surname = who.split()[-1]
    head = obj.split()[-1].lower()
    for t in ctx.sentences:
        if t.index == s.index:
            continue
        for at in word_starts(surname, t.text):
            after = t.text[at + len(surname): at + len(surname) + 80]
            done = _DONE_FORMS[verb].search(after)
            if done and not _NEGATED.search(after[: done.start()]) and head in after[done.end():].lower():
                return True
    return False


def ask_withheld(ctx: Context, s: Sentence, m: re.Match) -> list[Draft]:
    """'Since Mr. Trump hasn't released any of his tax returns, …' → 'Will Donald J. Trump release his tax returns?'"""
    who = person_name(ctx, s, m.group("who"), m.start("who"))
    if not who:
        return []
    if ctx.speaker_at(s.start + m.start("who")) or s.text[: m.start()].count("“") > s.text[: m.start()].count("”"):
        return []  # a speaker's own words: "I haven't endorsed anyone"
    verb = _BASE[re.sub(r"\s+", " ", m.group("verb"))]
    obj = m.group("obj")
    if (cut := _BREAK.search(obj)) is not None:
        obj = obj[: cut.start()]
    obj = _ANY_OF.sub("", obj.strip())
    if not obj or _LIGHT_OBJECTS.match(obj) or _OBJ_PRONOUN.search(obj.split(" ", 1)[1] if obj.split()[0].lower() in {"his", "her", "their", "its"} and " " in obj else obj):
        return []
    if not 1 <= len(obj.split()) <= 9:
        return []
    if re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s)?[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2}", obj):
        obj = person_name(ctx, s, obj, m.start("obj")) or obj  # "Mr. Obama" → "Barack Obama"
    elif verb in _PENDING_NOUNS and _PENDING_NOUNS[verb].fullmatch(obj):
        pass  # "has yet to name a running mate"
    elif not any(w[:1].isupper() for w in obj.split()) and not obj.split()[0].lower() in {"his", "her", "their", "its"}:
        return []  # "has not signed the bill": which bill, only the article says
    if obj.split()[0].lower() in {"his", "her", "their", "its"} and not any(w[:1].isupper() for w in obj.split()[1:]) and verb not in {"release", "disclose", "publish", *_PENDING_NOUNS}:
        return []  # "has not returned her calls": a light object, the party's own
    if _taken_elsewhere(ctx, s, who, verb, obj):
        return []
    return [Draft(f"Will {who} {verb} {obj}?", who)]
