"""Cues and speakers: the reporting verb next to a quote and the subject of that verb.

The patterns are the "sieves" of rule-based quote attribution (Pareti et al. 2013,
"Automatically Detecting and Attributing Indirect Quotations", EMNLP; Muzny et al. 2017,
"A Two-stage Sieve Approach for Quote Attribution", EACL): quote–subject–verb
("…,” Barkley said), quote–verb–subject ("…,” said Barkley), subject–verb–quote
("Barkley said: “…", "X told reporters “…"), "according to X", and an appositive
between subject and verb ("X, a former aide, said"). Names are found in the text itself
(capitalised runs, titles split off as the role), not taken from the actor list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..actors.clubs import PLAYER_POSTS
from ..actors.lexicon import gazetteer
from ..names import GENDERED_HONORIFICS as _HONORIFIC
from ..names import RELATION_NOUNS, ROLE_HEADS, SPOKESPERSON_NOUNS, first_name_gender
from .lexicon import (ADVERBS, DETERMINERS, OBJECT_PREPOSITIONS, PARTICIPLES, PREPOSITIONS, PRONOUNS, REPORTING_VERBS,
                      SPEAKER_NOUNS, TITLES, speaking_description)

_ROLE_WORDS = SPEAKER_NOUNS | TITLES  # a noun that ends a role before a name
# a post or trade written between an organisation and a person's name: "Sideways producer Michael London",
# "Newcastle boss Graeme Souness", "the Sale full-back"
_POSTS = _ROLE_WORDS | ROLE_HEADS | PLAYER_POSTS
_S = r"[^\S\n]"  # a space, not a line break (news text is full of U+00A0)
# A name word: initials ("G.K."), an abbreviated title ("Sen."), or a capitalised word; a full stop
# after any other word ends the sentence ("Brown University. His father…").
# The capital every form opens on is read once, first (each title's first letter then tested behind it): a pattern that
# opens on a name then opens on one character class, which the engine skips to in C. The titles: Mr, Mrs, Ms, Maj, Dr, Det,
# Sen, Sgt, St, Sr, Supt, Sens, Rep, Rev, Reps, Gov, Gen, Govs, Lt, Col, Capt, Adm, Atty, Prof, Pres, Jr, Hon.
_TITLES = (r"(?<=M)(?:r|rs|s|aj)|(?<=D)(?:r|et)|(?<=S)(?:en|gt|t|r|upt|ens)|(?<=R)(?:ep|ev|eps)"
           r"|(?<=G)(?:ov|en|ovs)|(?<=L)(?:t)|(?<=C)(?:ol|apt)|(?<=A)(?:dm|tty)|(?<=P)(?:rof|res)|(?<=J)(?:r)|(?<=H)(?:on)")
_TOKEN_TAIL = rf"(?:\.(?:[A-Z]\.)*|(?:{_TITLES})\.|[\w’'\-]*)"
TOKEN = rf"(?:[A-Z]{_TOKEN_TAIL})"
# TOKEN as written before: the same matches, compiled faster; for the words after a name's first, where the pattern
# does not open
_INNER_TOKEN = (r"(?:[A-Z]\.(?:[A-Z]\.)*|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Rev|Prof|St|Jr|Sr|"
                r"Pres|Atty|Supt|Det|Hon|Sens|Reps|Govs)\.|[A-Z][\w’'\-]*)")
# The same where no word character, apostrophe, dot or hyphen comes before it ("(?<![\w’'.\-])" before TOKEN), tested
# after the capital
_EDGE_TOKEN = rf"(?:[A-Z](?<=(?<![\w’'.\-])[A-Z]){_TOKEN_TAIL})"
_PARTICLE = r"(?:de|van|von|der|den|al|bin|da|di|du|la|le|del|dos|el)"
# A bracketed note after the name ("(R-Texas)"): curly quotes are kept out by a lookahead, as a class holding
# them compiles to a table over all of Unicode, once in each of the ~40 patterns holding NAME (start-up time).
_NAME_REST = rf"(?:{_S}+(?:{_PARTICLE}{_S}+)?{_INNER_TOKEN}){{0,5}}(?:,?{_S}+Jr\.?)?(?:{_S}*\((?:(?![“”])[^()\"\n]){{1,30}}\))?"
NAME = rf"{TOKEN}{_NAME_REST}"
# a name at a word's edge: "(?<![\w’'.\-])" then NAME, written so that the pattern opens on the capital
EDGE_NAME = rf"{_EDGE_TOKEN}{_NAME_REST}"
_DETS = r"[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]everal|[Mm]any|[Ss]ome|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ther"
_DET = rf"(?:{_DETS}|[A-Z][\w.\-]*[’']s|[A-Z][\w.\-]*s[’']|\d[\d,.]*|(?:[Hh]undreds|[Tt]housands|[Dd]ozens|[Ss]cores){_S}+of)"  # "14 percent"
_FUNCTION = (r"(?:said|says|told|saying|telling|adding|who|whom|whose|which|that|and|or|but|as|of|in|on|at|to|for|with|by|from|"
             r"is|was|are|were|be|been|has|have|had|will|would|can|could|did|does|do|not|it|he|she|they|"
             r"himself|herself|itself|themselves|although|though|while|because|if|when|where|after|before|"
             r"since|until|unless|also|then|now|still|just|only|even|already|later|again)")
_WORD = rf"(?!(?:{_DETS}|{_FUNCTION}){_S}|\w+[’']t\b)[\w’'\-.&]+"
# only the plurals: ``(?<=s)`` after the alternation rejects the others (and they cost compile time)
# Longest first; words of one length alphabetically, so the pattern is the same string in every run (the
# output does not hang on a set's order); two words of one length never match at one place.
_NOUNS = "|".join(sorted((n for n in SPEAKER_NOUNS if n.endswith("s")), key=lambda w: (-len(w), w)))
# "a spokeswoman", "the Clinton campaign’s communications director", "officials"
_WORDS = rf"(?:(?:of|for|at|from|with|in|on)(?:{_S}+(?:{_DETS}))?{_S}+|{_WORD}{_S}+){{0,5}}"  # "for the campaign"
DESC = rf"{_DET}{_S}+{_WORDS}(?!(?:{_FUNCTION}|{_DETS})(?![\w’']))[a-z][\w\-]*(?<!ly)(?![\w’'])|(?:{_NOUNS})(?<=s)(?![\w’'])"
_PRON = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ww]ho)"
_SUBJ = rf"(?P<subj>{DESC}|{NAME}|{_PRON})"
_ADV = "|".join(sorted(ADVERBS, key=lambda w: (-len(w), w)))  # as _NOUNS


def _trie(words: frozenset[str]) -> str:
    """One regex alternation nested by shared prefixes: far faster to scan than a flat list."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return walk(tree)


VERB = re.compile(rf"(?<![\w’'\-])(?:{_trie(REPORTING_VERBS | {'According to'})})(?![\w’'\-])")

_SUBJ_BEFORE = re.compile(rf"(?<![\w’'.\-]){_SUBJ}(?:{_S}+(?:{_ADV}|\w+ly)){{0,3}}{_S}*$")
# What can stand between a subject and its verb in commas: "Smith, a former aide, said",
# "Smith, R-Texas, said", "Blunt, after a long pause, said", "Clinton’s spokesman, Brian Fallon, said".
_NOT_APPOSITIVE = re.compile(rf"{_S}*[A-Z][\w’'\-]*{_S}+[a-z]+(?:ed|es|s)\b")  # "In Iowa, Sanders stepped up, saying"
# A sentence's own subject, after an optional opening phrase: "In Iowa, Sanders …", "Marking the end …, Trump …";
# lower-case words before a name are passed over ("former anchor Katie Couric"), a pronoun is not: "Eight years
# ago, he supported Barack Obama … and said": he said it.
_OPENING_TAIL = rf"(?:(?!(?:he|she|they|we)\b)[a-z]+{_S}+(?=[a-z]+{_S}+[A-Z]|[A-Z])){{0,3}}{_SUBJ}(?:{_S}*,[^,“”\"\n]{{1,80}},)?{_S}+(?:\w+{_S}+){{0,3}}?[a-z]"
_OPENING = re.compile(_OPENING_TAIL)
_OPENING_AFTER_PHRASE = re.compile(rf"[^,“”\"\n]{{0,120}},{_S}+{_OPENING_TAIL}")
_SECOND_PLACE = re.compile(rf"{_S}*,{_S}*")
_PLACE_BEFORE = re.compile(rf"(?:in|at|from|to|near|outside){_S}+[A-Z][\w.\-]*(?:{_S}+[A-Z][\w.\-]*)*{_S}*,{_S}*$")
# a preposition before a time ("Trump in the past has called"): the time is no subject
_PREPOSITION_BEFORE = re.compile(rf"(?<![\w’'])(?:in|on|at|for|of|from|with|by|to|during|after|before|since|over|under|"
                                 rf"about|into|through|than){_S}+$")
# the same at a sentence's start too: "After the match, Arsene Wenger, said" opens on a phrase, not on his post
_OPENING_PREPOSITION = re.compile(_PREPOSITION_BEFORE.pattern, re.I)
_OBJECT_DETERMINER = re.compile(r"(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)\s+(?:of|to|for|with|by|from|in|on|at|as|that)\b")
_TIME_HEAD = re.compile(r"\b(?:past|meantime|interim|end|beginning|time|days?|weeks?|months?|years?|morning|afternoon|"
                        r"evening|night|weekend|hours?)$")
PREPOSITION_END = re.compile(rf"(?<![\w’'])(?:{PREPOSITIONS}){_S}+$")
_NAME_APPOSED = re.compile(rf"(?P<subj>{EDGE_NAME}),{_S}+(?P<app>[^,;:“”\"\n]{{2,100}}{_S})$")
_DESCRIPTION_PREPOSITION = re.compile(rf"(?<![\w’'.\-])(?P<subj>{DESC})(?P<part>{_S}+[a-z]+ing)?{_S}+"
                                      rf"(?P<prep>{PREPOSITIONS}){_S}+$")
# an object relative clause with a name as its subject: "which President Obama on Friday declared", "that Judge
# Michael Mosman called" (not "who", whose clause has the antecedent as its subject)
_RELATIVE_NAME = re.compile(rf"(?<![\w’'])(?:which|that|whom){_S}+(?P<subj>{NAME})(?:{_S}+(?:on|last|this|earlier){_S}+[A-Z]?[a-z]+)?"
                            rf"(?:{_S}+(?:{_ADV}|\w+ly))*{_S}*$")
# capitalised words that open a description, not a name: "The spokesman", "Hundreds of demonstrators"
DESCRIPTION_STARTS = frozenset("The A An Hundreds Thousands Dozens Scores".split())
_TITLE_THEN_NAME = re.compile(rf"(?:{_S}+[a-z][\w\-]*){{0,2}}{_S}+(?P<subj>{NAME})")  # "Former [TV] anchor Katie Couric"
_AND_ROLE = re.compile(rf"{_S}+and{_S}+(?=[a-z])")  # a second subject: "Yahoo News and former … anchor Katie Couric"
_ROLE_NOUN = re.compile(rf"(?<![\w’'])(?P<noun>[a-z]+){_S}+(?=[A-Z])")
_QUANTITY_OF = re.compile(rf"(?:Hundreds|Thousands|Dozens|Scores){_S}+of{_S}")  # "Hundreds of demonstrators marched"
_NAME_AT_END = re.compile(rf"(?P<subj>{EDGE_NAME}){_S}+$")
_NAME_OF_PLACE = re.compile(rf"(?P<subj>{EDGE_NAME}){_S}+of{_S}+$")
# A description that ends in a name or a pronoun, which DESC (ending in a lower-case noun) leaves out:
# "a spokeswoman for the State Department said", "a friend of his said"; described.py names them.
_OWNED_NOUNS = tuple(sorted(SPOKESPERSON_NOUNS | RELATION_NOUNS))
_OWNED = "|".join(_OWNED_NOUNS)
_DESC_OF_OWNER = re.compile(rf"(?<![\w’'.\-])(?P<subj>(?:[Aa]n?|[Tt]he|[Oo]ne){_S}+(?:{_OWNED}){_S}+(?:for|of|at){_S}+"
                            rf"(?:his|hers|(?:the{_S}+)?[A-Z][\w.&’'\-]*(?:{_S}+[A-Z][\w.&’'\-]*){{0,3}})){_S}*$")
# "the 28-year-old said": an age standing for the person (DESC wants a lower-case word last)
_AGED = r"[Tt]he[^\S\n]+\d{1,3}-year-old(?![\w’'\-])"
_AGED_BEFORE = re.compile(rf"(?<![\w’'.\-])(?P<subj>{_AGED}){_S}*$")
_AGED_AFTER = re.compile(rf"{_S}*(?P<subj>{_AGED})")
_OWNER_DET = re.compile(rf"(?:His|Her|Their|Its|Our|My){_S}+[a-z]")  # "Their lawyer": a relation, no name
_SUBJ_COMMA = re.compile(rf"(?<![\w’'.\-]){_SUBJ}{_S}*,{_S}*$")
_SUBJ_END = re.compile(rf"(?<![\w’'.\-]){_SUBJ}{_S}*$")
_NAME_ONLY = re.compile(rf"{NAME}$")
_PLACE_OF = re.compile(rf"(?<![\w’'])(?:of|from|in){_S}+$")
_NAME_NEXT = re.compile(rf"{_S}+(?P<subj>{NAME})")
_SUBJ_AFTER = re.compile(rf"{_S}*(?P<pre>(?:[a-z0-9][\w/\-]*{_S}+){{1,4}}(?={NAME}))?{_SUBJ}(?:{_S}*,{_S}*(?P<app>[^,;:“”\"\n]{{2,90}}))?")
# an office, then a person's name in commas after an inverted verb: "said the Home Secretary, Charles Clarke.",
# "said Britain's ambassador to the UN, Emyr Jones Parry, …"
_OFFICE_THEN_PERSON = re.compile(rf"(?P<office>[^,;:“”\"\n]{{2,80}}?),{_S}+(?P<name>{NAME})(?={_S}*(?:[,.;]|$))")
# a rank with an ordinal, which no name word matches: "Air Force 1st Lt. Tyler Livingston"
_RANK_THEN_NAME = re.compile(rf"{_S}+(?P<rank>[1-9](?:st|nd|rd|th){_S}+(?:Lt|Sgt|Lieutenant|Sergeant)\.?){_S}+(?P<name>{NAME})")
_ROLE_NAME_AFTER = re.compile(rf"(?:{_S}+[a-z]+){{0,2}}{_S}+(?P<noun>[a-z]+){_S}+(?P<name>{NAME})")
# a role noun, a name and the clause's verb, all taken into one description by DESC's free words
_ROLE_NAME_VERB = re.compile(rf"(?P<noun>[a-z][\w\-]*){_S}+(?P<name>[A-Z][\w’'\-]*(?:{_S}+[A-Z][\w’'\-.]*){{0,3}}){_S}+"
                             r"(?P<verb>[a-z][\w\-]*)$")
# an owner, a title and a name, then the clause's verb: "Australia's Prime Minister John Howard offered"
_OWNER_TITLE_NAME_VERB = re.compile(rf"(?P<named>[A-Z][\w.&\-]*[’']s(?:{_S}+[A-Z][\w’'\-.]*){{2,5}}){_S}+(?P<verb>[a-z][\w\-]*)")
# the noun a name modifies: " aide", " administration official"; no function word ("the Rev. Al Sharpton in a statement")
_NOUN_AFTER_NAME = re.compile(rf"(?:{_S}+(?!{_FUNCTION}(?![\w’'\-]))[a-z][\w\-]*){{1,3}}(?![\w’'\-])")
_CLAUSE_OPENING = re.compile(r"[.;:“”\"\n]")  # where the phrase before an apposition starts
NAME_LIKE_SUBJECT = re.compile(r"[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)*")  # capitalised words, no possessive
_NOT_AFTER = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
                        r"last|this|in|on|at|during|earlier|later|of|that|to|the\s+(?:day|week|month|year))\b")
_STOP = frozenset("""But And Then So Yet Still Now Meanwhile When If As In On At For The A An This That
These Those Asked Speaking Later Earlier Today Tonight Instead However Also Even Though Although
While After Before Since Because Indeed Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December Jan Feb
Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Jan. Feb. Mar. Apr. Aug. Sept. Oct. Nov. Dec. Here There
Of By With From To Not No Yes Said Told Most Many Some All Both Each Other Several Few Every Such Only
He She It They We I You His Her Its Their Our My Your Is Was Are Were Did Does Do Has Have Would Can
Could Should Why What Who How Where Which Whether One Like Unlike Just Alongside Amid Among Despite During
Following Under Over Through Without Within Against Around Across Beyond Inside Outside Another Two Three
Four Five Six Seven Eight Nine Ten Eleven Twelve Fifteen Twenty Hundreds Thousands Dozens Millions Once
Twice Thanks Due Owing""".split())
STOP_WORDS = _STOP
_HYPHENATED_ADJECTIVE = re.compile(r"-[a-z]+$")
_TITLE_CASE_FUNCTION = frozenset("In Of The And For To With At On By From A An Is Are Why How What".split())
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?|[A-Z]{1,2}")  # "N.C.", "U.S.", "DC": a place, not a speaker
_TELL = frozenset({"told", "tell", "tells", "telling"})  # "told X": X is the listener
# Reporting verbs that need a direct object, so a name right after them is the object, never an
# inverted subject: '“…,” said Smith' inverts, '…“Scandal,” thanked Obama for' does not. Quotative
# inversion is limited to "say" and verbs used without an object (Biber et al. 1999, Longman Grammar
# of Spoken and Written English, §11.2.2); the list is the reporting verbs here that always take one.
OBJECT_VERBS = frozenset("""thank thanked thanks praise praised praises urge urged urges accuse accused accuses
blast blasted blasts slam slammed slams criticize criticized criticizes criticise criticised criticises blame blamed
blames assure assured assures call called calls applaud applauded applauds hail hailed hails label labeled labelled
labels dub dubbed dubs brand branded brands describe described describes cite cited cites""".split())
_ROLE_START = re.compile(r"(?:(?:an?|the|then|now|former|who\s+(?:is|was)|one)\b|[A-Za-z])")


@dataclass(frozen=True, slots=True)
class Cue:
    subject: str  # a name without its titles ("Gwen Moore"), a pronoun or a description
    start: int  # offset where the subject phrase begins
    verb: str | None
    role: str | None = None


def _organisation(words: list[str]) -> bool:
    """A whole organisation's name in the actor gazetteer ("USA Today"), whose last word is
    also a stop word or a title."""
    return len(words) > 1 and "o" in gazetteer().get(" ".join(words).lower(), "")


# Month names that are also given names (US Census 1990 first-name files): before another name word,
# a person ("Jan Brewer", "April Ryan"), not a date
_GIVEN_MONTHS = frozenset("Jan April May June August".split())
_DATE_PREPOSITIONS = frozenset("in on since by until before after during from through last next early late".split())


def clean_name(words: list[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into (role words, name words): titles go to the role."""
    if len(words) == 1:
        return ([], []) if words[0] in _STOP else ([], words)
    dated = False  # after "In", "Since", …: "In June Trump said" is a date
    while words and (words[0].rstrip(",") in _STOP and (dated or not (len(words) > 1 and words[0] in _GIVEN_MONTHS))
                     or len(words) > 1 and words[0].endswith("ing")):
        dated = words[0].lower() in _DATE_PREPOSITIONS
        words = words[1:]  # "But", "Struggling Donald Trump"; not the given names "Jan Brewer", "April Ryan"
    while words and (words[-1] in _STOP or words[-1].startswith("(") or words[-1].lower() in TITLES
                     and (words[-1].endswith(".") or not first_name_gender(words[0]))) and not _organisation(words):
        words = words[:-1]  # "Trump Tuesday", "Virginia Gov."; not "USA Today", an outlet's whole name, nor "Peter King"
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.lower() in TITLES or w.lower().rstrip(".") in TITLES:
            cut = i + 1
    name = words[cut:]
    if name and len(name[-1]) > 3 and name[-1].endswith(".") and name[-1] != "Jr." and not _ABBREVIATION.fullmatch(name[-1]):
        name = name[:-1] + [name[-1][:-1]]
    return words[:cut], name


POSSESSOR = re.compile(r"(?P<owner>[A-Za-z][\w.&\-]*)[’']s")  # "Intel’s", "eBay’s"
_WHO_IS = re.compile(r"^who\s+(?:is|was)\s+")


def _role_of(app: str | None) -> str | None:
    if not app:
        return None
    app = app.strip().rstrip(",")
    if app.endswith(".") and len(app.rsplit(" ", 1)[-1]) > 5:  # a sentence's stop, not "Gov."
        app = app[:-1]
    if not app or not _ROLE_START.match(app) or len(app.split()) > 14 or VERB.search(app):
        return None
    app = _WHO_IS.sub("", app)
    owner = POSSESSOR.fullmatch(app)
    if owner:  # "eBay’s David Stern said": the role is eBay, not "eBay’s"
        app = owner.group("owner")
    return None if app.lower() in _HONORIFIC else app


def _make(subj: str, start: int, verb: str | None, app: str | None = None) -> Cue | None:
    if subj.endswith(("’s", "'s", "’", "s'")):
        return None  # a possessive is never the subject: "Trump’s claims"
    if subj == "Another":  # "Another tweeted, “…”": one more of the people just quoted
        return Cue("another", start, verb)
    first = subj.split()[0]
    owner = POSSESSOR.fullmatch(first)
    if owner and len(subj.split()) >= 3 and all(w[0].isupper() for w in subj.split()[1:]):
        # "Intel’s Allen Wilson told": the person, the possessor as the role ("Australia’s Prime Minister" whole)
        subj, first = subj.split(None, 1)[1], subj.split()[1]
        titles = [w for w in clean_name(subj.split())[0] if w.lower().rstrip(".") not in _HONORIFIC]  # not "Labour’s Mr"
        app = app or (f"{owner.group()} {' '.join(titles)}" if titles else owner.group("owner"))
    if subj[0].isupper() and first not in DESCRIPTION_STARTS and subj.lower() not in PRONOUNS and not first.endswith(("’s", "'s")):
        role, name = clean_name(subj.split())
        if not name or (len(name) == 1 and _ABBREVIATION.fullmatch(name[0])):
            return None
        while len(name) > 2 and _HYPHENATED_ADJECTIVE.search(name[0]):
            role, name = role + name[:1], name[1:]  # "Texas-based Matt Mackowiak": the name follows
        if any(_HYPHENATED_ADJECTIVE.search(w) for w in name):
            return None  # "Sheffield-based", "Texas-born"
        if any(w in _TITLE_CASE_FUNCTION for w in name[1:]):
            return None  # a headline in title case, not a name
        subj = " ".join(name)
        if role and not app:
            app = " ".join(role)
    return Cue(subj, start, verb, _role_of(app))


def subject_before(text: str, lo: int, verb_at: int, verb: str | None, *, anchored: bool = False) -> Cue | None:
    """The subject that ends right before ``verb_at``, looking back no further than ``lo``;
    ``anchored``: the subject (with its appositives) must start at ``lo``."""
    lo = max(lo, verb_at - 240)
    window = text[lo:verb_at]
    rel = _RELATIVE_NAME.search(window) if "th" in window or "wh" in window else None
    if rel:  # "the Stonewall Inn, which President Obama on Friday declared": the clause's own subject
        cue = _make(rel.group("subj"), lo + rel.start("subj"), verb)
        if cue:
            return cue
    m = _SUBJ_BEFORE.search(window)
    if m and " " not in m.group("subj") and m.group("subj")[0].isupper():
        of = _NAME_OF_PLACE.search(window, 0, m.start("subj"))
        cue = _make(of.group("subj"), lo + of.start("subj"), verb) if of else None
        if cue:  # "Gov. Mike Pence of Indiana said": the name, not the place
            return cue
    if m and _TIME_HEAD.search(m.group("subj")) and _PREPOSITION_BEFORE.search(window, 0, m.start("subj")):
        named = _NAME_AT_END.search(window, 0, _PREPOSITION_BEFORE.search(window, 0, m.start("subj")).start())
        cue = _make(named.group("subj"), lo + named.start("subj"), verb) if named else None
        return cue  # "Trump in the past has called" → Trump: a time is never the speaker
    if m and _OBJECT_DETERMINER.match(m.group("subj")):
        return None  # "accused her of making racist remarks": "her" is an object, not a determiner
    if not m and "-year-old" in window:
        aged = _AGED_BEFORE.search(window)
        if aged:
            return Cue(aged.group("subj"), lo + aged.start("subj"), verb)
    if (not m or m.group("subj")[0].isupper()) and any(n in window for n in _OWNED_NOUNS):
        owned = _DESC_OF_OWNER.search(window)
        if owned:  # "a spokeswoman for the State Department": not "State Department" alone
            return _make(owned.group("subj"), lo + owned.start("subj"), verb)
    if m and PREPOSITION_END.search(window, 0, m.start("subj")):
        cue = _head_before_preposition(window, lo, m, verb)
        if cue:  # "a source speaking to Fox News said", "Caselitz, president of the division at the firm, says"
            return cue
    if m:
        cue = _make(m.group("subj"), lo + m.start("subj"), verb)
        if cue and cue.subject.lower() == "who":
            return _antecedent(text, lo, cue.start, verb)
        if cue:
            return cue
    # "X, a former aide, said": one to three comma-separated segments back.
    parts = window.rstrip().split(",")
    if len(parts) < 3 or parts[-1].strip():
        return None
    for n in range(2, min(7, len(parts))):
        if _NOT_APPOSITIVE.match(parts[-n]):
            return None
        head = ",".join(parts[:-n])
        m = _SUBJ_END.search(head)
        named = _person_in_apposition(head, parts[-2].strip(), m.group("subj")) \
            if m and n == 2 and _NAME_ONLY.match(parts[-2].strip()) else None
        if m and anchored and head[:m.start("subj")].strip() not in ("", "the", "The") and not (
                named and _CLAUSE_OPENING.split(head)[-1].strip() == head.strip()):
            continue  # "…,” Scott Pruitt, the attorney general of Oklahoma, one of the states, said"
        if named:  # "The Home Secretary, Charles Clarke, said": the person, the office the role
            at = lo + len(head) + 1 + len(parts[-2]) - len(parts[-2].lstrip())
            cue = _make(named[0], at, verb)
            if cue:
                return Cue(cue.subject, at, verb, named[1])
        opening = _CLAUSE_OPENING.split(head)[-1]
        if n == 2 and _NAME_ONLY.match(parts[-2].strip()) and _held_for_another(opening):
            # "An aide to the Prime Minister, Tony Blair, said": the aide, whoever holds the office
            return Cue(opening.strip(), lo + len(head) - len(opening.lstrip()), verb)
        if m and _PLACE_OF.search(head, 0, m.start("subj")):
            continue  # "Cory James, 22, of Flint, Mich., said": a home town, not the speaker
        if m and _OWNER_DET.match(m.group("subj")) and _NAME_ONLY.match(parts[-2].strip()) and n == 2:
            named = _make(parts[-2].strip(), lo + len(head) + 1 + len(parts[-2]) - len(parts[-2].lstrip()), verb)
            if named:  # "Their lawyer, Majeed Memon, said": the name in apposition, the relation its role
                return Cue(named.subject, named.start, verb, m.group("subj").lower())
        if m and _make(m.group("subj"), 0, verb):
            app = ",".join(parts[-n:-1])
            cue = _make(m.group("subj"), lo + m.start("subj"), verb, app)
            if cue and cue.subject.lower() == "who":
                return _antecedent(text, lo, cue.start, verb)
            if cue and _is_description(cue.subject) and _NAME_ONLY.match(app.strip()):
                named = _make(app.strip(), cue.start, verb)  # "Clinton’s spokesman, Brian Fallon, said"
                # not "After the match, Arsene Wenger, said": a preposition's object is no role
                role = None if _OPENING_PREPOSITION.search(head, 0, m.start("subj")) else _role_of(m.group("subj"))
                return Cue(named.subject, cue.start, verb, role) if named else cue
            return cue
    return None


def _person_in_apposition(head: str, name: str, subject: str) -> tuple[str, str] | None:
    """A person's full name in commas after an office or a description that is no person's name:
    "The Shadow Secretary of State for the Family, Theresa May," → (Theresa May, the office); not
    "Tony Blair, the Prime Minister," nor "Smith, New York Democrat,"."""
    given = subject.split()[0]
    if " " not in name or first_name_gender(given) and not given.isupper() or _OWNER_DET.match(subject):
        return None  # "Their lawyer, Majeed Memon,": the relation is read where the owner is
    # the comma-separated posts before the name, back to a phrase that is none ("After the match, the manager, X,")
    posts: list[str] = []
    for part in reversed(_CLAUSE_OPENING.split(head)[-1].split(",")):
        if not _is_post(part.split()):
            break
        posts.insert(0, part.strip())
    role = ", ".join(posts)
    if not first_name_gender(name.split()[0]) and not any(w.lower() in _ROLE_WORDS for w in role.split()):
        return None  # a given name no list knows ("Emyr Jones Parry") after an office: "Britain's ambassador to the UN"
    if _serves_a_post(role) or set(gazetteer().get(name.lower(), "")) & _PLACE_OR_BODY_TAGS:
        return None  # "a spokesman for the Mayor of London, Boris Johnson": the name is the mayor's; "…, Kuala Lumpur"
    return (name, role) if 0 < len(role) <= 80 else None


_PLACE_OR_BODY_TAGS = frozenset("crytkoe")  # the gazetteer's places, organisations and teams
_OF_A_POST = re.compile(rf"(?<![\w’'])(?:of|for|to){_S}+(?:(?:the|a|an|his|her|their|its|[A-Z][\w.\-]*[’']s){_S}+)?"
                        rf"(?P<head>[\w\-]+(?:{_S}+[\w\-]+)*?)(?={_S}+(?:of|for|to|at|in){_S}|$)")


def _held_for_another(office: str) -> bool:
    """A description opening on a determiner, of an office held for someone else ("a spokesman for the Mayor of
    London", "an aide to the Prime Minister"): the speaker, whoever the name in commas after it is."""
    words = office.split()
    return len(words) > 2 and words[0].lower() in DETERMINERS and "," not in office and _serves_a_post(office)


def _serves_a_post(role: str) -> bool:
    """An office held for someone else, whose name the commas then give: "a spokesman for the Mayor of London",
    "an aide to the Prime Minister", "a friend of the President"; not "Britain's ambassador to the UN"."""
    m = _OF_A_POST.search(role)
    return m is not None and m.group("head").rsplit(None, 1)[-1].lower() in ROLE_HEADS


def _is_post(words: list[str]) -> bool:
    """Words that end on a post's noun ("the manager"), hold one before what it is of ("The Mayor of London",
    "Britain's ambassador to the UN") or describe a speaker by a common noun ("another Twitter user", "the play's
    organiser in Uganda"); not "After the match", "After the end of the match", "On Wednesday"."""
    if not words:
        return False
    if words[-1].lower() in _POSTS or any(
            w.lower() in _POSTS and after in _POST_OBJECT for w, after in zip(words, words[1:])):
        return True
    described = speaking_description(" ".join(words))
    return described is not None and described.rsplit(" ", 1)[-1][:1].islower()  # a noun, not "After" nor "Wednesday"


_POST_OBJECT = frozenset(("of", "to", "for", "at"))  # "Mayor of London", "ambassador to the UN", "professor at Yale"


def _head_before_preposition(window: str, lo: int, m: re.Match, verb: str | None) -> Cue | None:
    """The subject whose phrase ends in a preposition's object: "Christoph Caselitz, president
    of the mobile networks division" → Caselitz; "Another source speaking to Fox News",
    "A spokesman for Hillary Clinton" → the description (with "for …" kept)."""
    named = _NAME_APPOSED.search(window, 0, m.start("subj"))
    if named:
        cue = _make(named.group("subj"), lo + named.start("subj"), verb)
        if cue and cue.subject[0].isupper() and " " in cue.subject:
            return Cue(cue.subject, cue.start, verb, _role_of(named.group("app") + m.group("subj")))
    described = _DESCRIPTION_PREPOSITION.search(window, 0, m.start("subj"))
    head = speaking_description(described.group("subj")) if described else None
    if head:
        if head == described.group("subj") and not described.group("part"):
            head += f" {described.group('prep')} {m.group('subj')}"  # "A spokesman for Hillary Clinton"
        return Cue(head, lo + described.start("subj"), verb)
    return None


def _antecedent(text: str, lo: int, at: int, verb: str | None) -> Cue | None:
    """The noun phrase before ", who said": "Katelynn Lamoreaux, a Penn State freshman, who said"."""
    m = _SUBJ_COMMA.search(text, lo, at)
    if not m:
        return None
    cue = _make(m.group("subj"), m.start("subj"), verb)
    if cue and not cue.subject[0].isupper():
        named = _SUBJ_COMMA.search(text, max(lo, m.start() - 80), m.start())
        if named and named.group("subj")[0].isupper() and named.group("subj").split()[0] not in _STOP:
            return _make(named.group("subj"), named.start("subj"), verb, cue.subject) or cue
    return cue


def _is_description(subject: str) -> bool:
    return any(w[0].islower() for w in subject.split())


def subject_after(text: str, at: int, hi: int, verb: str | None) -> Cue | None:
    """The subject right after an inverted verb: "said Jim Clyburn, a Democratic congressman"."""
    m = _SUBJ_AFTER.match(text, at, hi)
    if not m and text.startswith("-year-old", text.find("-", at, at + 9)):
        aged = _AGED_AFTER.match(text, at, hi)
        return Cue(aged.group("subj"), aged.start("subj"), verb) if aged else None
    if not m or _NOT_AFTER.match(m.group("subj")) or m.group("subj").lower() in {"who", "we", "i"} or verb in _TELL \
            or (verb or "").lower() in OBJECT_VERBS:
        return None
    office = _OFFICE_THEN_PERSON.match(text, m.start("pre") if m.group("pre") else m.start("subj"), hi)
    if office and not _NOT_AFTER.match(office.group("office")):
        named = _person_in_apposition(office.group("office"), office.group("name"), m.group("subj"))
        if named:  # "said the Home Secretary, Charles Clarke.": the person, the office the role
            cue = _make(named[0], office.start("name"), verb)
            if cue:
                return Cue(cue.subject, cue.start, verb, named[1])
        if _held_for_another(office.group("office")):  # "said a spokesman for the Mayor of London, Boris Johnson."
            return Cue(office.group("office").strip(), office.start("office"), verb)
    described = _described_around(text, m, hi)
    if described:  # "said a senior Clinton aide", "said an adviser to Bill Clinton": the aide spoke, not Clinton
        return Cue(described, m.start("pre"), verb)
    ranked = _RANK_THEN_NAME.match(text, m.end("subj"), hi) if text.startswith(" ", m.end("subj")) else None
    if ranked and m.group("subj")[0].isupper():  # "said Air Force 1st Lt. Tyler Livingston": the name after the rank
        cue = _make(ranked.group("name"), ranked.start("name"), verb)
        if cue:
            return Cue(cue.subject, cue.start, verb, f"{m.group('subj')} {ranked.group('rank')}")
    named = _ROLE_NAME_AFTER.match(text, m.end("subj"), hi) if m.group("subj")[0].isupper() else None
    if named and named.group("noun") in _POSTS:  # "said L2 president Bruce Willsie"
        cue = _make(named.group("name"), named.start("name"), verb)
        if cue:
            return Cue(cue.subject, cue.start, verb, f"{m.group('subj')} {named.group('noun')}")
    cue = _make(m.group("subj"), m.start("subj"), verb, m.group("app"))
    if cue and m.group("pre") and not cue.role:  # "said former Rep. George Miller"
        return Cue(cue.subject, cue.start, verb, _role_of(m.group("pre")) or m.group("pre").strip())
    return cue


def _described_around(text: str, m: re.Match[str], hi: int) -> str | None:
    """A description with a name inside, after an inverted verb: the name modifies a noun after it
    ("a senior Clinton aide", "two Obama administration officials") or is the object of a preposition
    ("an adviser to Bill Clinton", "a friend of Jane Smith"). A description opens on a determiner
    ("said former Rep. George Miller" is Miller); "a spokesman for X" is left to ``spokesperson_for``."""
    pre = m.group("pre")
    before = pre.split() if pre else []
    if not before or before[0] not in DETERMINERS or not m.group("subj")[:1].isupper():
        return None
    words = before + m.group("subj").split()  # one space between words, as U+00A0 is one too
    if len(before) > 3 and before[-1] == "the" and before[-2] in OBJECT_PREPOSITIONS \
            and before[-3] not in SPOKESPERSON_NOUNS and m.group("subj").split()[-1].lower() in ROLE_HEADS:
        holder = " ".join(before[:-2])  # "a friend of the President", "an aide to the Prime Minister": the friend
        return " ".join(words) if speaking_description(holder) == holder else None
    if before[-1] in OBJECT_PREPOSITIONS:
        if before[-2] in SPOKESPERSON_NOUNS:
            return None
        return speaking_description(" ".join(words))
    head = _NOUN_AFTER_NAME.match(text, m.end("subj"), hi)
    nouns = head.group().split() if head else []
    for n in range(len(nouns), 0, -1):  # the longest run first ("two Obama administration officials"), then shorter
        # ones: "a senior Clinton aide familiar with the talks" is "a senior Clinton aide"
        phrase = " ".join(words + nouns[:n])
        if nouns[n - 1] in _POSTS or speaking_description(phrase) == phrase:  # the noun last: "a senior Clinton aide"
            return phrase
    return None


def sentence_subject(text: str, lo: int, hi: int, verb: str | None) -> Cue | None:
    """The subject that opens the clause from ``lo``: the speaker of a participle or a second verb."""
    first = text[lo:lo + 40].split(" ", 1)[0].rstrip(",")
    if first[:1].isupper() and (first not in _STOP or _QUANTITY_OF.match(text, lo)) and not first.endswith(("ing", "ly")):
        # a sentence that opens with a name: "Tracy Martin, Trayvon's father, issued …, saying"
        m = _OPENING.match(text, lo, hi) or _OPENING_AFTER_PHRASE.match(text, lo, hi)
    else:  # an opening phrase first: "In Iowa, Sanders …"
        m = _OPENING_AFTER_PHRASE.match(text, lo, hi) or _OPENING.match(text, lo, hi)
    if (m is None and not first[:1].isupper()) or (m and m.group("subj").split()[0].endswith("ing")):
        # "Speaking at a town hall in Salem, New Hampshire, Trump went …": the phrase runs to a later comma
        m, at = None, text.find(", ", lo, hi)
        while m is None and 0 <= at < lo + 160:
            m = _OPENING.match(text, at + 2, hi)
            if m and _SECOND_PLACE.match(text, m.end("subj")) and _PLACE_BEFORE.search(text, lo, m.start("subj")):
                m = None  # the state of a "City, State" pair
            at = text.find(", ", at + 2, hi)
    if not m or m.group("subj").lower() in {"who", "it"} or m.group("subj") in _STOP and m.group("subj") not in ("He", "She"):
        return None  # not "But", "When"; "He often breaks for Democrats, saying": he said it
    if m.group("subj").split()[0].endswith("ing"):
        return None  # "Marking the end of the primaries -- Trump told…": a participle, not a name
    office = _OFFICE_THEN_PERSON.match(text, m.start("subj"), hi)
    if office and text.startswith(",", office.end("name")):
        named = _person_in_apposition(office.group("office"), office.group("name"), m.group("subj"))
        if named:  # "Britain's ambassador to the UN, Emyr Jones Parry, said": the person, the office the role
            cue = _make(named[0], office.start("name"), verb)
            if cue:
                return Cue(cue.subject, cue.start, verb, named[1])
        whole = text[lo:office.end("office")]  # the clause's opening: "An aide to the Prime Minister"
        if _held_for_another(whole):  # "A spokesman for the Mayor of London, Boris Johnson, said"
            return Cue(whole.strip(), lo + len(whole) - len(whole.lstrip()), verb)
    if " " not in m.group("subj") and m.group("subj").lower() in TITLES:  # "Former anchor Katie Couric has …"
        named = _TITLE_THEN_NAME.match(text, m.end("subj"), hi)
        cue = _make(named.group("subj"), named.start("subj"), verb, text[m.start("subj"):named.start("subj")]) if named else None
        if cue:
            return cue
    also = _AND_ROLE.match(text, m.end("subj"), hi) if m.group("subj")[0].isupper() else None
    if also:  # "Yahoo News and former TV network anchor Katie Couric has promoted …, advising": the person speaks
        cue = _role_then_name(text, also.end(), min(hi, also.end() + 60), verb)
        if cue:
            return cue
    named = _ROLE_NAME_AFTER.match(text, m.end("subj"), hi) if NAME_LIKE_SUBJECT.fullmatch(m.group("subj")) else None
    if named and named.group("noun") in _POSTS and named.group("name").split()[0] not in _STOP:
        # "Newcastle boss Graeme Souness has …, claiming": the person after the organisation and the post
        cue = _make(named.group("name"), named.start("name"), verb, text[m.start("subj"):named.start("name")].strip())
        if cue:
            return cue
    named = _ROLE_NAME_VERB.search(m.group("subj")) if _is_description(m.group("subj")) else None
    if named and named.group("noun").lower() in _ROLE_WORDS and not _can_speak_word(named.group("verb")):
        # "Trump’s campaign manager Kellyanne Conway went on TV, saying": the subject stops at its verb
        at = m.start("subj") + named.start("name")
        cue = _make(named.group("name"), at, verb, m.group("subj")[:named.start("name")].strip())
        if cue:
            return cue
    owned = _OWNER_TITLE_NAME_VERB.fullmatch(m.group("subj"))
    if owned and not _can_speak_word(owned.group("verb")):
        cue = _make(owned.group("named"), m.start("subj"), verb)
        if cue and cue.role and " " in cue.role:  # a title past the owner ("Australia's Prime Minister"), not "Intel"
            return cue
    if _is_description(m.group("subj")) and speaking_description(m.group("subj")) == m.group("subj"):
        # "Trump’s campaign manager Kellyanne Conway did not …" (not "Hundreds of demonstrators marched through X")
        named = _NAME_NEXT.match(text, m.end("subj"), hi)
        cue = _make(named.group("subj"), named.start("subj"), verb, m.group("subj")) if named else None
        if cue and " " in cue.subject:
            return cue
    return _make(m.group("subj"), m.start("subj"), verb)


def _role_then_name(text: str, lo: int, hi: int, verb: str | None) -> Cue | None:
    """A role ending in a speaker noun or title, then a name, within four words of ``lo``:
    "former TV network anchor Katie Couric" → Katie Couric, the words before her the role."""
    for noun in _ROLE_NOUN.finditer(text, lo, hi):
        if text.count(" ", lo, noun.start()) >= 4:
            break
        if noun.group("noun") in _ROLE_WORDS:  # ("former TV" is no name: "TV" an acronym)
            named = _NAME_NEXT.match(text, noun.end() - 1, hi)
            cue = _make(named.group("subj"), named.start("subj"), verb, text[lo:noun.end()].strip()) if named else None
            if cue and " " in cue.subject:
                return cue
    return None


def _can_speak_word(word: str) -> bool:
    """A last word that is itself a speaker ("the campaign manager Kellyanne Conway aide"): no verb."""
    return speaking_description(f"the {word}") is not None


def is_participle(verb: str) -> bool:
    return verb in PARTICIPLES or verb.lower() == "according to"
