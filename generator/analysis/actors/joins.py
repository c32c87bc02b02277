"""Joins: spans that are one name (a nickname inside it, a sentence's first word that was the
name's) and groups of one actor (a country's forms, one name read as two kinds, a short form and
its full name, a plural, two spellings) made one."""
from __future__ import annotations

import re
import unicodedata

from . import lexicon as lx
from .spans import Span
from ..names import country_key, first_name_gender

_CLOSING = re.compile(r"[ \t]*\)[ \t]*")
_OPENING = re.compile(r"\([ \t]*$")
# (the opening character first, as one class: the scan then skips the text between them fast)
_GAP = re.compile(r"[\"“)\]](?:(?<=\")[ \t]*[A-Z][^\"\n]{0,29}\"|(?<=“)[A-Z][^”\n]{0,29}”|(?<=[)\]]))[ \t]*(?=[A-Z])")
_NOT_GIVEN = frozenset("crkoey")  # a first name that is also a country's, a city's or a body's: maybe no first name
_NOT_SURNAME = frozenset("crkoe")  # a country, region, continent, organisation or event: no surname (a town may be one)
# between a first name and a surname: a nickname in quotes, initials in brackets, or the end of an editor's
# insertion in a quotation ("[New Jersey Gov. Chris] Christie": the first name added inside square brackets)
_NICKNAME = re.compile(
    r"[ \t]*(?:\"[ \t]*[A-Z][^\"\n]{0,29}\"|“[A-Z][^”\n]{0,29}”|\([ \t]*(?:[A-Z]\.){2,}[ \t]*\)|\])[ \t]*")


def nicknames_joined(spans: list[Span], text: str, table: dict[str, str]) -> list[Span]:
    """'Hector " Macho " Camacho', 'Alan John Percivale ( A.J.P. ) Taylor': one person, the
    nickname inside the name, not a first name and a surname in two rows; "( Jerry ) Koosman":
    the surname's row, the first name in brackets no row of its own."""
    if '"' not in text and "“" not in text and ")" not in text and "]" not in text:
        return spans
    after_gap = {m.end() for m in _GAP.finditer(text)}  # where a name may go on after a nickname or a bracket
    if not after_gap:
        return spans
    out: list[Span] = []
    for sp in spans:
        if sp.tokens[0].start not in after_gap:
            out.append(sp)
            continue
        inner = len(out) > 1 and out[-1].sentence == sp.sentence and out[-2].end < out[-1].start  # "A.J.P." itself
        for back in ((1, 2) if inner else (1,)):
            a = out[-back] if len(out) >= back else None
            if (a is not None and a.sentence == sp.sentence and len(sp.tokens) == 1
                    and "f" in table.get(a.tokens[0].lower, "") and not _NOT_SURNAME.intersection(table.get(sp.key, ""))
                    and _NICKNAME.fullmatch(text, a.end, sp.start)):
                joined = Span(tokens=a.tokens + sp.tokens, sentence=a.sentence, prev=a.prev, next=sp.next, role=a.role,
                              hint="PER", strength=3, key=a.key + " " + sp.key)
                joined.comma_after, joined.bracket_after = sp.comma_after, sp.bracket_after
                del out[-back:]
                out.append(joined)
                break
        else:
            a = out[-1] if out else None
            if (a is not None and a.sentence == sp.sentence and len(a.tokens) == 1 and len(sp.tokens) == 1
                    and "f" in table.get(a.key, "") and not _NOT_GIVEN.intersection(table.get(a.key, ""))
                    and _CLOSING.fullmatch(text, a.end, sp.start)
                    and _OPENING.search(text, max(0, a.start - 4), a.start)):
                sp.hint, sp.strength = "PER", 3  # "( Jerry ) Koosman": a first name the writer adds, one person
                out[-1] = sp
            else:
                out.append(sp)
    return out


def given_names_shared(spans: list[Span], text: str, table: dict[str, str]) -> None:
    """'David and Charles Koch', 'Bill and Hillary Clinton', 'Charles G. and David H. Koch': a given name alone (its
    middle initials after it) before "and" and a full name takes that name's surname (two of one family), as a
    person."""
    for a, b in zip(spans, spans[1:]):
        if (_initials_only(a.tokens[1:]) and len(b.tokens) >= 2 and _initials_only(b.tokens[1:-1])
                and not _initials_only(b.tokens[-1:]) and a.sentence == b.sentence and text[a.end:b.start] == " and "
                and not a.caps_line and text[a.start - 2:a.start] != ", " and _given(a.tokens[0].text, table)
                and _given(b.tokens[0].text, table)):  # not "Luis Figo, Dani and Patrick Kluivert": a list's names
            a.key = f"{a.key} {b.tokens[-1].lower}"
            a.surname = b.tokens[-1].text
            a.hint, a.strength = "PER", 3


_INITIAL = re.compile(r"[A-Z]\.$")


def _initials_only(tokens: list) -> bool:
    """Whether every token is a middle initial ("G.", "H."); true of none."""
    return all(_INITIAL.match(t.text) for t in tokens)


def _given(word: str, table: dict[str, str]) -> bool:
    """A given name the Census lists, no country's, region's, city's or continent's name ("Georgia", "Paris")."""
    tags = table.get(word.lower(), "")
    return "f" in tags and not lx.BIG_PLACE_TAGS.intersection(tags) and first_name_gender(word) is not None


_OWNER_WORDS = ("our ",)


def owners_kept(spans: list[Span]) -> None:
    """'Our Principles PAC was started ...' after 'a buy from Our Principles PAC': the sentence's first word,
    dropped as a common word, was the name's; the mention joins the name written whole inside a sentence."""
    owned = {sp.key for sp in spans if sp.key.startswith(_OWNER_WORDS)}
    if not owned:
        return
    for sp in spans:
        prev = sp.prev
        if prev is not None and prev.initial and prev.lower + " " + sp.key in owned and prev.end + 1 == sp.start:
            sp.key = prev.lower + " " + sp.key
            sp.tokens = [prev, *sp.tokens]
            sp.prev = None


def countries_joined(groups: dict[tuple[str, str], list[Span]], text: str) -> dict[tuple[str, str], list[Span]]:
    """'United States', 'U.S.', 'USA': one row per ISO 3166 country (names and codes from pycountry)."""
    first: dict[str, tuple[str, str]] = {}
    out: dict[tuple[str, str], list[Span]] = {}
    for (canon, kind), members in groups.items():
        first_word = members[0].tokens[0].text
        country = country_key(text[members[0].start:members[0].end]) if kind in ("LOC", "ORG") or (
            first_word in ("N.", "S.") and len(members[0].tokens) == 2) else None  # "N. Korea", read as an initial
        if country and kind == "ORG" and "c" not in lx.gazetteer().get(canon, "") and len(
                first_word.replace(".", "")) <= 3:
            country = None  # "BA", "GM": an airline and a carmaker, whatever ISO 3166 codes say; not "DPRK"
        if country is None:
            out[(canon, kind)] = members
        elif country in first and first[country][0][:3] in ("n. ", "s. ") and kind == "LOC" and "." not in canon:
            members = out.pop(first[country]) + members  # "N. Korea" first, "North Korea" later: the full name
            first[country] = (canon, "LOC")
            out[(canon, "LOC")] = members
        elif country in first:
            out[first[country]].extend(members)
        else:
            first[country] = (canon, "LOC")
            out[(canon, "LOC")] = list(members)
    for point in _HALVES.intersection(canon for canon, _ in out):
        if (point, "LOC") in out:
            whole = [g for g in first.values() if g[0].startswith(point + " ")]
            if len(whole) == 1:  # "the North" beside North Korea alone: that country
                out[whole[0]].extend(out.pop((point, "LOC")))
    return out


_OPEN_BRACKET = re.compile(r"[ \t]*\([ \t]*")


def bracketed_cities_joined(groups: dict[tuple[str, str], list[Span]], text: str) -> dict[tuple[str, str], list[Span]]:
    """'Mumbai (Bombay)', 'Chennai (Madras)': a city's other name in brackets right after it is the same city;
    not a region or a country that places it ("Cambridge (Massachusetts)", "London (Ontario)")."""
    table = lx.gazetteer()
    at: dict[int, tuple[tuple[str, str], Span]] = {}
    for g, members in groups.items():
        if g[1] == "LOC":
            for sp in members:
                at[sp.start] = (g, sp)
    into: dict[tuple[str, str], tuple[str, str]] = {}
    for start, (g, sp) in at.items():
        m = _OPEN_BRACKET.match(text, sp.end) if sp.bracket_after else None
        other = at.get(m.end()) if m else None
        if other is None or other[0] == g or not _CLOSING.match(text, other[1].end):
            continue
        tags, other_tags = table.get(g[0], ""), table.get(other[0][0], "")
        if "y" in tags and "y" in other_tags and not _REGION_OR_COUNTRY.intersection(other_tags):
            into[other[0]] = g
    return _merged(groups, into)


_REGION_OR_COUNTRY = frozenset("crk")


# the compass words a country's name opens with and which stand for it alone ("the North" for North Korea,
# "the South" for South Korea)
_HALVES = frozenset(("north", "south"))


def kinds_joined(groups: dict[tuple[str, str], list[Span]]) -> dict[tuple[str, str], list[Span]]:
    """One name read as a person and as something else in one article ("Obama" a person and a place, "Le
    Figaro" a paper and a person) is one actor: a person given a title ("President Obama"), else the kind
    most of its mentions got (the first read on a tie).
    A place and a body may share a name ("New York" the city and the club): those stay apart."""
    best: dict[str, tuple[str, str]] = {}
    into: dict[tuple[str, str], tuple[str, str]] = {}
    for g, members in groups.items():
        other = best.get(g[0])
        if other is None:
            best[g[0]] = g
        elif "PER" in (g[1], other[1]):
            keep, drop = (g, other) if _weight(g, members) > _weight(other, groups[other]) else (other, g)
            best[g[0]], into[drop] = keep, keep
    return _merged(groups, into)


def _merged(groups: dict[tuple[str, str], list[Span]],
            into: dict[tuple[str, str], tuple[str, str]]) -> dict[tuple[str, str], list[Span]]:
    """``groups`` with each group in ``into`` folded into the one it points to (following chains)."""
    if not into:
        return groups
    out: dict[tuple[str, str], list[Span]] = {}
    for g, members in groups.items():
        while g in into:
            g = into[g]
        out.setdefault(g, []).extend(members)
    return out


def _weight(g: tuple[str, str], members: list[Span]) -> tuple[bool, int]:
    """A person's title outweighs any count ("President Obama"), but not a country's name ("U.S. Attorney")."""
    titled = g[1] == "PER" and any(sp.role for sp in members)
    return titled and country_key(" ".join([t.text for t in members[0].tokens])) is None, len(members)


def short_forms_joined(groups: dict[tuple[str, str], list[Span]]) -> dict[tuple[str, str], list[Span]]:
    """'GOP' and 'Republican Party', 'Fed' and 'Federal Reserve' in one article: one row, under the full name."""
    groups = _plurals_joined(groups)
    full = {g[0]: g for g in groups if g[0] in _FULL_FORMS}
    for g, members in groups.items():
        _, _, rest = g[0].partition(" ")
        if rest in _FULL_FORMS and country_key(members[0].tokens[0].text):
            full.setdefault(rest, g)  # "US Federal Reserve" is the full name "Fed" stands for
    if not full:
        return groups
    out: dict[tuple[str, str], list[Span]] = {}
    for g, members in groups.items():
        forms = lx.SHORT_FORMS.get(g[0]) or (lx.STATE_SHORT_FORMS.get(g[0], ()) if g[1] == "LOC" else ())
        into = next((full[f] for f in forms if f in full), None)
        out.setdefault(into or g, []).extend(members)
    return out


_FULL_FORMS = frozenset(f for table in (lx.SHORT_FORMS, lx.STATE_SHORT_FORMS) for forms in table.values() for f in forms)


def _plurals_joined(groups: dict[tuple[str, str], list[Span]]) -> dict[tuple[str, str], list[Span]]:
    """'Conservative' and 'Conservatives', 'Lib Dem' and 'Lib Dems' as organisations in one article: one body
    (a party's member and its members), one row under the form most mentions use (the plural on a tie); a plural
    beside the party's full name ("Conservatives", "Conservative Party") joins that."""
    into: dict[tuple[str, str], tuple[str, str]] = {}
    holder: dict[str, tuple[str, str]] | None = None  # a one-word form -> the group of a longer name it joined
    for g in groups:
        if g[1] != "ORG" or g[0][-1:] != "s":
            continue
        one = (g[0][:-1], "ORG")
        if g[0][-3:] == "ies" and " " not in g[0]:
            one = (g[0][:-3] + "y", "ORG")  # "Tory" and "Tories"; not "U.S. Treasuries", bonds
        if one not in groups and " " not in g[0]:
            if holder is None:
                holders: dict[str, set[tuple[str, str]]] = {}
                for h, members in groups.items():
                    if h[1] == "ORG" and " " in h[0]:
                        for sp in members:
                            if " " not in sp.key:
                                holders.setdefault(sp.key, set()).add(h)
                holder = {key: next(iter(hs)) for key, hs in holders.items() if len(hs) == 1}  # one longer name only
            if one[0] in holder:  # "Conservatives" beside "Conservative Party", whose "Conservative" it wrote
                into[g] = holder[one[0]]
                continue
            if (one[0] + " party", "ORG") in groups:  # "Conservatives" beside "Conservative Party" alone
                into[g] = (one[0] + " party", "ORG")
                continue
        if one in groups:
            keep, drop = (one, g) if len(groups[one]) > len(groups[g]) else (g, one)
            into[drop] = keep
    return regrouped(groups, into)


def regrouped(groups: dict[tuple[str, str], list[Span]], into: dict[tuple[str, str], tuple[str, str]]
              ) -> dict[tuple[str, str], list[Span]]:
    """``groups`` with the mentions of each group that ``into`` names moved to the group it maps to."""
    if not into:
        return groups
    out: dict[tuple[str, str], list[Span]] = {}
    for g, members in groups.items():
        out.setdefault(into.get(g, g), []).extend(members)
    return out


# Romanisations of one Arabic name word that one article may mix ("Abu"/"Abou", "Mohammed"/"Muhammad"), after
# Wikipedia's "Romanization of Arabic" and "Muhammad (name)": each to one spelling
_ROMANISED = {"abou": "abu", "abo": "abu", "mohamed": "mohammed", "mohammad": "mohammed", "muhammad": "mohammed",
              "muhammed": "mohammed", "mohamad": "mohammed", "el": "al", "el-": "al-"}


_ROMANISED_WORD = re.compile(r"(?:^|[ \n])(?:" + "|".join(sorted(_ROMANISED)) + r")(?:$|[ \n])|(?:^|[ \n])el-", re.M)


def _spelling(key: str) -> str:
    """A name's key without its accents and with one romanisation of each Arabic name word."""
    if not key.isascii():
        key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    words = key.split(" ")
    if any(w in _ROMANISED or w[:3] == "el-" for w in words):
        key = " ".join(_ROMANISED.get(w, "al-" + w[3:] if w[:3] == "el-" else w) for w in words)
    return key


def spellings_joined(groups: dict[tuple[str, str], list[Span]]) -> dict[tuple[str, str], list[Span]]:
    """'Supré' and 'Supre', 'Abu Bakr' and 'Abou Bakr' of one kind in one article: one row, under the spelling
    most mentions use (the first on a tie)."""
    keys = "\n".join([g[0] for g in groups])
    if keys.isascii() and _ROMANISED_WORD.search(keys) is None:
        return groups  # most articles: no accent, no Arabic name word
    first: dict[tuple[str, str], tuple[str, str]] = {}
    into: dict[tuple[str, str], tuple[str, str]] = {}
    for g, members in groups.items():
        folded = (_spelling(g[0]), g[1])
        other = first.setdefault(folded, g)
        if other != g:
            keep, drop = (g, other) if len(members) > len(groups[other]) else (other, g)
            first[folded], into[drop] = keep, keep
    return _merged(groups, into)


def acronym_expansions_joined(groups: dict[tuple[str, str], list[Span]]) -> dict[tuple[str, str], list[Span]]:
    """'EU Commission' beside 'European Commission' where 'EU' is a mention of 'European Union': a body's name opened
    by an acronym the article spells out, read with the acronym spelled out (whole, or its first word as an adjective:
    "European Commission"), joins the body of that name: one row."""
    short: dict[str, str] = {}  # an acronym -> the body's name the article gives it for
    for (canon, kind), members in groups.items():
        if kind == "ORG" and " " in canon:
            for sp in members:
                if len(sp.tokens) == 1 and sp.tokens[0].caps and sp.key != canon:
                    short.setdefault(sp.key, canon)
    if not short:
        return groups
    into: dict[tuple[str, str], tuple[str, str]] = {}
    for g in groups:
        canon, kind = g
        first, _, rest = canon.partition(" ")
        if kind != "ORG" or not rest or first not in short:
            continue
        full = short[first]
        for spelled in (f"{full} {rest}", f"{full.partition(' ')[0]} {rest}"):
            if spelled != canon and (spelled, "ORG") in groups:
                into[g] = (spelled, "ORG")
                break
    return regrouped(groups, into)
