"""Rows: the actors of an article from its resolved spans (one row per name and kind, with its
aliases, mentions and role), less headline-only and quoted-only names, ordered by salience."""
from __future__ import annotations

import datetime as dt
import re

from ...model import Actor, Mention
from . import lexicon as lx
from .identity import acronyms_apart, joined_forms
from .joins import (acronym_expansions_joined, bracketed_cities_joined, countries_joined, kinds_joined, regrouped,
                    short_forms_joined, spellings_joined)
from .clubs import POSTS
from .kinds import DATELINE, EUROPEAN_ROYAL_TITLES, KINDS, POST_AT, final_kind, typo_surnames
from .namesakes import Namesakes
from .kin_owners import kin_owned
from .offices import settled_roles
from .roles import PEER_TITLES, ROLE_QUALIFIERS, fullest_role, peer_title
from .spans import POSSESSIVE_S, Span
from .neighbours import BODY_NOUNS, KIN
from .word_tests import PERSON_FIRST, firms_product, owns_its_s, thing_in_capitals
from ..names import ROLE_HEADS, first_name_gender

_NAME_GOES_ON = frozenset("for of and on in to".split())  # a body's name cut before its small words
# finite verbs a subject stands right before ("Trump said", "Trump would"): a common word capitalised there, and a
# surname too, is the person's name
_FINITE_AFTER = frozenset("""said says told added argued wrote would will could can should might may must has had
    is was did does""".split())


# the styles a royal is named by with a given name alone (the Court Circular's usage: "The Prince of Wales",
# "Prince Charles", "Queen Rania")
_ROYAL_STYLES = EUROPEAN_ROYAL_TITLES


def _common_word(members: list[Span], kind: str, table: dict[str, str], text: str,
                 kinds: dict[str, str | None]) -> bool:
    """'Record', 'League', 'Star' once, with nothing but a weak cue: a common word, no actor."""
    if len(members) > 1 or len(members[0].tokens) > 1:
        return False
    sp = members[0]
    tags = table.get(sp.key, "")
    if kind == "PER" and "s" in tags and sp.prev is not None and not sp.tokens[0].initial and (
            sp.next is not None and sp.next.lower in _FINITE_AFTER and sp.prev.text.islower() and (
            text[sp.prev.end:sp.start] == " " and text[sp.end:sp.next.start] == " ")
            or sp.prev.lower in _VERSUS and (sp.next is None or not sp.next.cap) and _person_before(
                text, sp.prev.start, kinds)):
        return False  # "a voter said Trump would win": a surname capitalised inside its sentence, between a word in
        # lower case and its verb (not "The All Black is", "Fathers 4 Justice, said", "... not. People will"), or
        # joined to a person's name ("Clinton or Trump", "Clinton vs. Trump"; not "Trump and House Speaker ..."):
        # conjuncts share their kind
    return "w" in tags and not (sp.hint == kind and sp.strength >= 3) and sp.role is None and not (
        kind == "ORG" and sp.prev is not None and sp.prev.lower in BODY_NOUNS and sp.prev.text.islower() and (
            sp.next is None or sp.next.lower not in _NAME_GOES_ON)  # "studio Fox"; not "group Campaign for an ..."
        or kind == "ORG" and sp.hint == "ORG" and sp.strength >= 2 and (sp.next is not None and sp.next.lower in POSTS
                                                                       or sp.prev is not None and sp.prev.text in lx.TEAM_NOUNS))
    # ("... and Arsenal boss Arsene Wenger": a club before its manager's post; "Championship side Wolves": after its noun)


_VERSUS = frozenset(("or", "and", "vs", "vs.", "versus", "v", "v."))
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]+)[ \t]+$")


def _person_before(text: str, at: int, kinds: dict[str, str | None]) -> bool:
    """Whether the word right before ``at`` is a name the article reads as a person's ("Clinton" of "Clinton or")."""
    m = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return m is not None and kinds.get(m.group(1).lower()) == "PER"


def _headline_end(text: str) -> int:
    """Where a headline written in mixed case on a line of its own, before the body, ends (0 if none)."""
    end = text.find("\n")
    return end if 0 < end < 160 and text[end + 1:end + 2] == "\n" and not text[:end].isupper() else 0


def _headline_only(members: list[Span], head_end: int, table: dict[str, str]) -> bool:
    """A name only the headline has, which the gazetteer does not know ("S Korean", "UK TV channel", "Moyes U-turn"):
    a headline's clipped words, which the body never confirms. A person's full name ("Marco Rubio") stays."""
    if any(sp.end > head_end for sp in members):
        return False
    tokens = members[0].tokens
    return not lx.ENTITY_TAGS.intersection(table.get(members[0].key, "")) and not (
        2 <= len(tokens) <= 3 and "f" in table.get(tokens[0].lower, "") and members[0].hint != "ORG")


def _headline_short_forms_joined(groups: dict[tuple[str, str], list[Span]], head_end: int
                                 ) -> dict[tuple[str, str], list[Span]]:
    """A body's one-word name only the headline has, the last word of one longer body's name below it ("switch to
    Madrid" over "Atletico Madrid"): the headline's short form of that body, one row."""
    into: dict[tuple[str, str], tuple[str, str]] = {}
    for g, members in groups.items():
        if g[1] != "ORG" or " " in g[0] or any(sp.end > head_end for sp in members):
            continue
        longer = [h for h in groups if h[1] == "ORG" and h[0].endswith(" " + g[0])]
        if len(longer) == 1:  # not "Milan" over "Inter Milan" and "AC Milan"
            into[g] = longer[0]
    return regrouped(groups, into)


def actor_rows(spans: list[Span], kinds: dict[str, str | None], surnames: dict[str, str], text: str,
            from_context: dict[str, str], players: bool = False, namesakes: Namesakes | None = None,
            published: dt.date | None = None) -> tuple[Actor, ...]:
    """``players``: a report of a sport of players, not clubs (tennis, golf), whose one-word names are surnames;
    ``published``: the article's date, which tells a past office from a held one."""
    groups: dict[tuple[str, str], list[Span]] = {}
    typos = typo_surnames(surnames)
    for sp in spans:
        kind, canon = final_kind(sp, kinds, surnames, from_context, players, namesakes, typos, text)
        if kind in KINDS:
            groups.setdefault((canon, kind), []).append(sp)
    actors = []
    table = lx.gazetteer()
    groups = spellings_joined(short_forms_joined(kinds_joined(countries_joined(acronyms_apart(groups), text))))
    if "(" in text:
        groups = bracketed_cities_joined(groups, text)
    head_end = _headline_end(text)
    if head_end:
        groups = _headline_short_forms_joined(groups, head_end)
    keys = {g[0] for g in groups}
    firms = {g[0] for g in groups if g[1] == "ORG"}
    no_break = "\xa0" in text
    bracket = "]" in text
    for (canon, kind), members in acronym_expansions_joined(joined_forms(groups, text)).items():
        if _common_word(members, kind, table, text, kinds) or members[0].tokens[0].start < head_end and _headline_only(
                members, head_end, table) or kind == "ORG" and thing_in_capitals(members, text, table) or (
                kind in ("ORG", "PER") and firms_product(members, text, table, firms)):
            continue
        if len(members) > 1:
            members.sort(key=_first_start)
        full = [sp for sp in members if sp.key == canon and not sp.caps_line] or members
        full = [sp for sp in full if not sp.surname] or full
        if len(full) > 1:
            full = [sp for sp in full if sp.strength != DATELINE] or full  # "Manchester", not "MANCHESTER, N.H. -"
        saint = kind == "LOC" and members[0].tokens[0].lower in lx.SAINTS
        own_s = 2 if (kind == "ORG" or saint) and _owns_its_s(members, text, saint) else 0
        # "McDonald's"; "left St Mary's in February": a church's, a ground's name
        first = full[0]
        if kind == "PER" and _founders_firm(members, text, head_end):
            kind, own_s = "ORG", 2  # "McDonald's said", "Dr Reddy's fell": a founder's possessive names his firm
            first = next(sp for sp in members if sp.end > head_end and text[sp.end:sp.end + 2] in POSSESSIVE_S)
            # the body's "Dr Reddy's", not the headline's "Dr Reddy"
            doctor = first.prev is not None and first.prev.lower in _DOCTOR and first.prev.end + 1 == first.start
            name = text[first.prev.start if doctor else first.start:first.end + 2]
        else:
            name = text[first.start:first.end + own_s]
        if full[0].surname:
            name = f"{name} {full[0].surname}"  # "David" of "David and Charles Koch": David Koch
        if no_break:
            name = name.replace("\xa0", " ")  # a no-break space: a space to a reader
        if bracket and "]" in name:
            name = name.replace("] ", " ")  # "Chris] Christie": the editor's bracket inside a quotation, not the name's
        seen, aliases, mentions = {name}, [], {}
        for sp in members:
            start, end = sp.tokens[0].start, sp.tokens[-1].end
            end += own_s if own_s and text[end:end + 2] in POSSESSIVE_S else 0  # (a headline's "Dr Reddy" has none)
            surface = text[start:end]
            mentions[(start, end)] = Mention(start, end, surface)
            if no_break:
                surface = surface.replace("\xa0", " ")
            if bracket and "]" in surface:
                surface = surface.replace("] ", " ")
            if surface not in seen and not sp.caps_line and not (sp.strength == DATELINE and surface.lower() == name.lower()):
                # (a dateline's "MIAMI" beside "Miami": the same name in the dateline's capitals, no other form)
                seen.add(surface)
                aliases.append(surface)
        role = fullest_role(text, members) if kind == "PER" else None  # no "major" for a place
        if kind == "PER" and " " not in name and any(sp.caps_line for sp in members):
            given = _headline_given_name(members, text, keys)
            if given:
                aliases.insert(0, name)
                name = f"{given} {name}"  # "Chief Justice John Roberts" in the headline, "Roberts" below it
        if kind == "PER" and " " not in name:
            title = peer_title(text, members)
            if title:
                aliases.insert(0, name)  # the surname alone, as quotes may give the speaker
                name = f"{title} {name}"
                if role and role.rsplit(" ", 1)[-1].lower() in PEER_TITLES:
                    role = role.rpartition(" ")[0] or None  # "Attorney General Lord" -> "Attorney General"
        if kind == "PER" and role and " " not in name and role.rsplit(" ", 1)[-1].lower() in _ROYAL_STYLES and (
                "f" in table.get(name.lower(), "")):
            aliases.insert(0, name)  # the given name alone, as quotes may give it
            words = role.split()
            cut = 2 if len(words) > 1 and words[-2].lower() == "crown" else 1  # "Crown Prince Abdullah"
            style = " ".join(w[0].upper() + w[1:] for w in words[-cut:])
            name = f"{style} {name}"  # "Prince Charles": a royal is named by style and given name
            role = " ".join(words[:-cut]) or None
            if role and role.endswith(("'s", "’s")):
                role = None  # "Britain's Prince": the owner alone is no role
        ordered = tuple(mentions[k] for k in sorted(mentions)) if len(mentions) > 1 else tuple(mentions.values())
        actors.append(Actor(name, KINDS[kind], role=role, aliases=tuple(aliases), mentions=ordered))
    if "he former " in text:
        actors = _former_roles(actors, text)
    if any(a.role for a in actors):
        actors = kin_owned(settled_roles(actors, published), text)
    actors = _quoted_aliases_joined(actors, text)
    actors = _employers(actors, table)
    actors = [a for a in actors if not _only_quoted(a, text)]
    lead = _lead_end(text)
    actors.sort(key=lambda a: (-_salience(a, lead), a.mentions[0].start, a.name))
    return tuple(actors)


# after a firm's name and its "'s": a stop or a verb, where a possessive would have its noun ("fast-food giant
# McDonald's, has died", "Standard & Poor's, which ..."): the "'s" is the name's own
_NO_OWNED_NOUN = re.compile(r"[ \t]*(?:[,.;:)!?\n]|$|(?:has|had|is|was|said|says|which|announced|reported)\b)")


# verbs after a name and its "'s" that make the name their subject ("McDonald's said", "Dr Reddy's fell 93%"), where a
# possessive would have its owned noun; no noun's twin ("shares", "plans", "reported views"); from business news usage
_DOCTOR = frozenset(("dr", "dr."))  # the one courtesy title a firm's name keeps ("Dr Reddy's", "Dr Martens")
_SUBJECT_VERB = re.compile(r"[ \t]+(?:has|had|is|was|said|says|announced|fell|rose|posted|added|expects)\b")


def _founders_firm(members: list[Span], text: str, head_end: int) -> bool:
    """A one-word person's name every mention of which below the headline ends in "'s" (or follows "Dr"), one of them
    the subject of a verb, with no post nor courtesy title but a doctor's: a firm named after its founder
    ("McDonald's said", "Dr Reddy's fell"; a headline drops the "'s"), not a person's possessive ("Clinton's fell"
    beside "Clinton said", "Mr Blair's")."""
    if any(len(sp.tokens) > 1 or sp.role or sp.prev is not None and sp.prev.lower in lx.HONORIFICS and (
            sp.prev.lower not in _DOCTOR) for sp in members):
        return False
    body = [sp for sp in members if sp.end > head_end]
    ends = [sp.tokens[-1].end for sp in body]
    doctor = all(sp.prev is not None and sp.prev.lower in _DOCTOR for sp in body)  # "Dr Reddy's", "Dr Reddy, whose"
    bare = [end for end in ends if text[end:end + 2] not in POSSESSIVE_S]
    if not ends or bare and not doctor or any(_SUBJECT_VERB.match(text, end) for end in bare):
        return False  # (not "Dr Smith said": a doctor who speaks)
    return any(text[end:end + 2] in POSSESSIVE_S and _SUBJECT_VERB.match(text, end + 2) for end in ends)


def _employers(actors: list[Actor], table: dict[str, str]) -> list[Actor]:
    """A person's row with no post of its own, named at the end of another person's post after "of", "at" or "for"
    ("analyst Mike Powell of Dresdner Kleinwort Wasserstein"): the post holder's employer, a body; not a relative's
    ("daughter of Bill Clinton") nor a name opened by a given name ("biographer of Winston Churchill"; "editor of Mac
    Format" is decided with the kinds, ``kinds.employers_named_like_people``)."""
    held = set()
    for a in actors:
        m = POST_AT.search(a.role) if a.kind == "person" and a.role else None
        if m and m.group(1).lower() in ROLE_HEADS and m.group(1).lower() not in KIN:
            held.add(m.group(2))
    if not held:
        return actors
    return [Actor(a.name, KINDS["ORG"], role=None, aliases=a.aliases, mentions=a.mentions)
            if a.kind == "person" and not a.role and a.name in held and PERSON_FIRST.isdisjoint(
                table.get(a.name.split(" ", 1)[0].lower(), "")) else a for a in actors]


_GIVEN_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+)[ \xa0]$")


def _headline_given_name(members: list[Span], text: str, keys: set[str]) -> str | None:
    """The given name right before a surname in a title-case or capitals headline, where the text below
    uses the surname alone: a word the name lists know as a given name, and no other actor's name."""
    for sp in members:
        if sp.caps_line:
            m = _GIVEN_BEFORE.search(text, max(0, sp.start - 20), sp.start)
            if m and m.group(1).lower() not in keys and first_name_gender(m.group(1)) and (
                    m.group(1).lower() not in lx.FUNCTION_WORDS):
                return m.group(1)
    return None


def _former_roles(actors: list[Actor], text: str) -> list[Actor]:
    """A title the text gives one person alone ("Secretary Clinton"), whom it also calls "the former secretary of
    State" with no name after it: the title was, not is ("former Secretary"). Not where another person holds a post
    of that name ("the former senator from Minnesota" beside three senators)."""
    starts = [m.end() for m in _THE_FORMER.finditer(text)]  # where a description "the former ..." goes on
    if not starts:
        return actors
    heads: dict[str, int] = {}
    for a in actors:
        if a.kind == "person" and a.role:
            head = a.role.rsplit(" ", 1)[-1].lower()
            heads[head] = heads.get(head, 0) + 1
    out = []
    for a in actors:
        role = a.role
        at = None
        if (a.kind == "person" and role and len(role.split()) <= 2 and heads[role.rsplit(" ", 1)[-1].lower()] == 1
                and role.split(" ", 1)[0].lower() not in ROLE_QUALIFIERS):
            at = next((p for p in starts if _described(text, p, role.lower())), None)
        if at is not None:
            at += len(role)
            of = _OF_PORTFOLIO.match(text, at)  # "the former secretary of state": the office's whole title
            if of:
                role += " of " + (of.group(1).title() if role[:1].isupper() else of.group(1))
            a = Actor(a.name, a.kind, role=f"former {role}", aliases=a.aliases, mentions=a.mentions)
        out.append(a)
    return out


_THE_FORMER = re.compile(r"\b[Tt]he former ")
_OF_PORTFOLIO = re.compile(r" of ([Ss]tate|[Dd]efen[cs]e|[Ee]nergy|[Ll]abor|[Tt]reasury|[Hh]omeland [Ss]ecurity)\b")
# the US cabinet's departments a secretary is "of" (usa.gov, "Executive departments"), in the words the press uses
_NAME_NEXT = re.compile(r"[ \xa0][A-Z][a-z]")


def _described(text: str, at: int, role: str) -> bool:
    """Whether ``role`` is written at ``at`` as a whole word with no name after it ("secretary of State?")."""
    end = at + len(role)
    return text.startswith(role, at) and not text[end:end + 1].isalnum() and not _NAME_NEXT.match(text, end)


_PREPOSITION_NEXT = re.compile(r"[ \t]+(?:in|on|at|for|to|with|after|before|until|since|and|or|but)\b")


def _owns_its_s(members: list[Span], text: str, saint: bool = False) -> bool:
    """A body every mention of which ends in "'s", one of them before no noun: "McDonald's", not "Apple's"; a
    saint's place before a preposition too ("left St Mary's in February": no "is" contracted after a saint)."""
    ends = [sp.tokens[-1].end for sp in members]
    if any(text[end:end + 2] not in POSSESSIVE_S for end in ends):
        return False
    return any(_NO_OWNED_NOUN.match(text, end + 2) or saint and _PREPOSITION_NEXT.match(text, end + 2)
               or owns_its_s(text, end) for end in ends)


_OPEN_QUOTES = "\"“‘'"
# Words just before a nickname in quotes ("as", "dubbed", "alias", "her", an open bracket); from news usage
_NICKNAME_CUE = re.compile(r"(?:\(|--|—|\b(?:as|dubbed|alias|called|nicknamed|aka|her|his|goes[ \t]+by|went[ \t]+by))[ \t]*$")
_NICKNAMED = re.compile(r"\b(?:nicknamed|dubbed)[ \t]+$")  # no quotes needed: "Moya, nicknamed Charly,"
_NICKNAME_REACH = 60  # "Ted Cruz (“Lyin Ted”)", "Elizabeth Warren (D-Mass.) as "Pocahontas""


def _quoted_aliases_joined(actors: list[Actor], text: str) -> list[Actor]:
    """A person named only by a nickname or alias in quotes just after another person's name ("Ted Cruz
    (“Lyin Ted”)", "Ronald Reagan -- her "Ronnie"") or after "nicknamed" there ("Moya, nicknamed Charly,") is that
    person: the nickname joins their row."""
    people = [a for a in actors if a.kind == "person"]
    if len(people) < 2:
        return actors
    out = list(actors)
    for a in people:
        ms = a.mentions
        m = ms[0]
        if len(ms) > 2 or not (m.start > 0 and text[m.start - 1] in _OPEN_QUOTES and _QUOTE_CLOSED.match(text, m.end)
                               or _NICKNAMED.search(text, max(0, m.start - 12), m.start)):
            continue  # the first mention is the nickname in quotes ("who goes by “Vito,”"); a later one may open a quote
        first = ms[0].start
        owner, near = None, -1
        for b in people:
            if b is a:
                continue
            for m in b.mentions:
                if first - _NICKNAME_REACH <= m.end < first and m.end > near and "." not in text[m.end:first].replace(
                        ".)", "").replace("Mass.", ""):
                    owner, near = b, m.end
        if owner is None or not _NICKNAME_CUE.search(text, max(0, first - 30), first - 1):
            continue
        i = out.index(owner)
        mentions = tuple(sorted((*owner.mentions, *ms), key=lambda m: m.start))
        aliases = (*owner.aliases, *(x for x in (a.name, *a.aliases) if x not in owner.aliases))
        out[i] = Actor(owner.name, owner.kind, role=owner.role, aliases=aliases, mentions=mentions)
        out.remove(a)
        people[people.index(owner)] = out[i]
    return out


_QUOTE_CLOSED = re.compile(r"[,.!?]?(?:[\"”]|['’](?!s\b))")  # not "Hillary Clinton's


def _only_quoted(a: Actor, text: str) -> bool:
    """A person named only inside quotes, each time the whole quotation ("a new “Marshall Plan”", a song
    "La Gozadera", a show “Sherlock.”): the title of a work or a plan, or a nickname no name owns; no actor."""
    return a.kind == "person" and len(a.mentions) <= 2 and all(
        m.start > 0 and text[m.start - 1] in _OPEN_QUOTES and _QUOTE_CLOSED.match(text, m.end) for m in a.mentions)


def _first_start(sp: Span) -> int:
    return sp.tokens[0].start


def _lead_end(text: str) -> int:
    """The end of the headline and first paragraph: names there are what the story is about."""
    cut = text.find("\n", text.find("\n", text.find("\n") + 1) + 1)
    return len(text) if cut < 0 else cut


def _salience(a: Actor, lead: int) -> float:
    """Mentions, more for a name in the headline or lead and for a role the text gives."""
    return len(a.mentions) + 2 * (a.mentions[0].start < lead) + (a.role is not None)
