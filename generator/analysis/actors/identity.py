"""One row per actor: forms of one name that an article uses side by side.

- the same letters spelled differently: "W.T.O." and "WTO", "TimeWarner" and "Time Warner";
- an acronym and the full name whose initials it is: "DNC" and "Democratic National
  Committee", "USADA" and "US Anti-Doping Agency", "Balco" and "Bay Area Lab Co-Operative"
  (the usual way a news text introduces an acronym; Schwartz & Hearst 2003 link the two
  forms the same way, letter by letter);
- an acronym in brackets right after a name whose letters it takes in order, whatever words it
  skips: "London International Financial Futures and Options Exchange ( LIFFE )"; a body's full name in
  brackets right after its short name, whatever its letters: "Cepes (Peruvian Centre for Social Studies)";
- an acronym or a head word that opens or ends the full name of one organisation: "PAC"
  after "Conservative Solutions PAC", "the Commission" after "the European Commission"; a
  head word alone with no such name is no row.
"""
from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

from ..names import HONORIFICS, country_key, first_name_gender
from .lexicon import CLUB_NICKNAMES, CLUB_OPENERS, GENERATIONAL, ORG_HEADS, ORG_OPENERS, gazetteer
from .spans import Span
from .word_tests import CHAMBERS, REGION_WORDS, one_edit

# Words an acronym leaves out ("Court of Arbitration for Sport" -> CAS)
_SKIPPED = frozenset("of and for the on in at to & de du des la le".split())
_NAMED = frozenset("oecy")  # gazetteer tags of a head word that names one body or place on its own
# Last words of an event's name, which an acronym of the same letters rarely means when a body shares them
_EVENT_HEADS = frozenset("convention conference summit games championship championships cup festival".split())
_TWO_CAPS = re.compile(r"[a-z][A-Z]")  # "TimKaine": a handle, the person's own name run together
_OWNER = frozenset("ocdky")  # gazetteer tags of words that place or own an organisation's name ("U.S.", "European")
# Abbreviated head words of bodies, written out (AP and Reuters style abbreviations)
_ABBREVIATED = {"dept": "department", "dept.": "department", "govt": "government", "govt.": "government",
                "univ": "university", "univ.": "university", "assn": "association", "assn.": "association",
                # and of football clubs' names, as fixture lists and headlines write them ("Man Utd", "Dundee Utd")
                "utd": "united", "man": "manchester", "nottm": "nottingham", "sheff": "sheffield"}
_OWNER_OR_COMMON = frozenset("ocdkytrew")  # a word that places, owns or describes a body: not part of one name
# Generational suffixes after a surname ("Leonard Dozier Hill III", "Harry B. Harris Jr."): no part of the name's forms
_SUFFIXES = GENERATIONAL
Groups = dict[tuple[str, str], list[Span]]


def joined_forms(groups: Groups, text: str) -> Groups:
    """``groups`` (one per name and kind) with the groups of one actor's forms joined."""
    singles: list[tuple[tuple[str, str], str]] = []  # one-word names that may be another form
    multis: list[tuple[tuple[str, str], Span]] = []  # names of several words, with a mention of the name itself
    table = gazetteer()
    bracketed = {m.group(1) for m in _BRACKETS.finditer(text)} if "(" in text else set()  # "(Cochilco)", "( LIFFE )"
    spelling = False  # a name with a dot, a hyphen or a capital inside: another spelling may be in the article
    for g, members in groups.items():
        own = members[0]
        if own.key != g[0]:
            own = next((sp for sp in members if sp.key == g[0]), own)  # the name, not a surname's mention
        if len(own.tokens) > 1:
            multis.append((g, own))
            spelling = spelling or "-" in g[0] or "." in g[0]
            continue
        word = own.tokens[0].text
        if len(word) < 2 or word.istitle() and len(word) > 6 and g[0] not in ORG_HEADS and not (
                word in bracketed and g[0] not in table):
            continue  # "London", "Clinton": a plain name, no acronym nor another spelling
        if "." in word or "&" in word or not word.istitle():
            singles.append((g, word))  # "WTO", "W.T.O.", "TimeWarner", "J&J" (a title by Python's test)
            spelling = spelling or not word.isupper()
        elif g[0] in ORG_HEADS:
            if not _NAMED.intersection(table.get(g[0], "")):  # not "Parliament", "Treasury": a name of its own
                singles.append((g, word))
        elif 4 <= len(word) and g[0] not in table:
            singles.append((g, word))  # "Balco", "Apacs": a short unknown word may be an acronym; a longer one in
            # brackets too ("Chilean Copper Commission (Cochilco)": a body's acronym written as a word)
    into: dict[tuple[str, str], tuple[str, str]] = {}
    renames: set[tuple[str, str]] = set()  # joined groups whose kind (organisation, place) the full name takes
    dropped: set[tuple[str, str]] = set()
    spelled: dict[str, tuple[str, str]] = {}  # a name without spaces, dots and hyphens -> its group
    if spelling:
        for g, _ in multis:
            same = spelled.setdefault(g[0].replace(" ", "").replace(".", "").replace("-", ""), g)
            if same[0] != g[0]:
                into[g] = same  # "High-Speed Downlink ..." and "High Speed Downlink ..."
    if spelling:
        _joined_clipped(multis, singles, into, renames)
    _joined_tails(multis, groups, into)
    _joined_place_tails(multis, groups, into)
    _joined_club_towns(multis, groups, into)
    _joined_club_nicknames(groups, into)
    _joined_plural_tails(multis, groups, into)
    _joined_plural_words(multis, groups, into)
    _joined_couple_bodies(multis, groups, into)
    _joined_founders_bodies(multis, groups, into, table)
    _joined_short_forms(multis, into)
    _joined_group_names(multis, groups, into)
    _joined_people(multis, groups, into)
    if not singles:
        return _merged(groups, into, dropped, renames) if into else groups
    initials: dict[str, list[tuple[str, str]]] = {}
    heads: dict[str, list[tuple[str, str]]] = {}
    firsts = {word[0].upper() for g, word in singles if g[0] not in ORG_HEADS}  # an acronym's first letter
    need_heads = any(g[0] in ORG_HEADS or word.isupper() for g, word in singles)
    for g, own in multis:
        if g[1] == "PER" and len(own.tokens) < 3:
            continue  # "Peter Crouch" has no acronym
        words = [t.text for t in own.tokens]
        if words[0][0] in firsts or words[1][0] in firsts:
            for form in _initials(words):
                initials.setdefault(form, []).append(g)
        if g[1] == "ORG" and need_heads:
            for word in {words[0], words[-1]}:
                if word.lower() in ORG_HEADS or word is words[-1] and _acronym(word):
                    heads.setdefault(word.lower(), []).append(g)
    _joined_bracketed(multis, groups, singles, text, into, renames)
    if "(" in text:
        _joined_expansions(multis, groups, singles, text, into, renames)
    for g, word in sorted(singles, key=lambda gw: -len(groups[gw[0]])):
        if g in into:
            continue
        letters = word.replace(".", "")
        same = spelled.get(letters.replace("-", "").casefold())
        if same is not None and same[0] != g[0]:  # one key with two kinds: two senses
            into[g] = same
            continue
        if "." in word or word.isupper() or len(letters) >= 4:
            spelled.setdefault(letters.casefold(), g)  # "W.T.O." and "WTO"
        acronym = _acronym(word)
        full = initials.get(letters.replace("&", "").upper(), ())  # "J&J" for "Johnson & Johnson"
        if len(full) > 1 and into:
            full = [f for f in full if f not in into] or full  # two spellings of one body, joined above: the one left
        if len(full) > 1:  # "DNC" beside both the Democratic National Committee and its Convention: the body
            full = [f for f in full if f[0].rsplit(" ", 1)[-1] not in _EVENT_HEADS] or full
        if not full and (acronym or g[0] in ORG_HEADS):
            full = heads.get(g[0], ())
        if len(full) == 1 and full[0][0].rsplit(" ", 1)[-1] in _EVENT_HEADS and _staffed(groups[g], text):
            continue  # "DNC chair", "DNC emails" beside the "Democratic National Convention": the committee
        if len(full) == 1 and (acronym or len(letters) >= 4):
            into[g] = full[0]
            if acronym or not _TWO_CAPS.search(word):
                renames.add(g)  # an acronym's kind is its full name's ("Bay Area Lab Co-Operative" is Balco)
        elif g[0] in ORG_HEADS and g[1] == "ORG":
            dropped.add(g)  # "the Commission" with no one commission named in full: no row
    if not into and not dropped:
        return groups
    return _merged(groups, into, dropped, renames)


# a body's staff, officers and papers after its acronym ("DNC chair", "DNC staffers", "DNC emails"): a body's, which an
# event is not (news usage of the US parties' committees)
_STAFF_AFTER = frozenset("""chair chairman chairwoman chairs staff staffer staffers official officials emails email
    leadership members member spokesman spokeswoman""".split())


def _staffed(members: list[Span], text: str) -> bool:
    """Whether a body's staff or papers follow a mention among ``members`` ("DNC chair")."""
    for sp in members:
        after = text[sp.end:sp.end + 16].replace("'s ", " ").replace("’s ", " ").split(None, 1)
        if after and after[0].lower().strip(".,;:") in _STAFF_AFTER:
            return True
    return False


# Head words of a body's organs, which the body's acronym opens ("U.N. Security Council", "EU Commission",
# "IOC Executive Committee"): the UN Charter's principal organs (art. 7) and a legislature's committees
_ORGANS = frozenset("council assembly secretariat court commission committee subcommittee".split())


def acronyms_apart(groups: Groups) -> Groups:
    """An acronym that opens a longer name ("U.N." of "U.N. Women") was read as that name's short form; when
    the article also writes out the body whose initials it is ("United Nations"; not a place's name of those
    initials, a dateline's "UNITED NATIONS"), or the longer name is one of
    its parts ("U.N. Security Council", ending in a body's head word, not a legal form), the acronym is the
    whole body: its mentions leave the longer name for a row of their own, which ``joined_forms`` joins to the
    full name where there is one."""
    moved: dict[tuple[str, str], list[Span]] = {}
    for g, members in groups.items():
        if " " not in g[0]:
            continue
        for sp in members:
            if len(sp.tokens) == 1 and sp.key != g[0] and g[0].startswith(sp.key + " ") and _acronym(
                    sp.tokens[0].text) and len(sp.key.replace(".", "")) <= 5 and country_key(sp.tokens[0].text) is None:
                # not a dateline's "ORLANDO", nor "U.S." of "U.S. Agriculture Department" (a country's forms join
                # by their own rules)
                moved.setdefault(g, []).append(sp)
    if not moved:
        return groups
    named: set[str] = set()  # the initials of the article's bodies' names of several words
    other: set[str] = set()  # and of its other names (a dateline's "UNITED NATIONS", a place)
    for g, members in groups.items():
        if " " in g[0]:
            own = next((sp for sp in members if sp.key == g[0]), members[0])
            (named if g[1] == "ORG" else other).update(_initials([t.text for t in own.tokens]))
    out: Groups = {}
    for g, members in groups.items():
        away = moved.get(g)
        if away:
            body = g[0].rsplit(" ", 1)[1] in _ORGANS  # "U.N. Security Council": a body's organ, not the body
            away = [sp for sp in away if sp.tokens[0].text.replace(".", "").upper() in named or body and sp.tokens[
                0].text.replace(".", "").upper() not in other]
        if away:
            gone = {id(sp) for sp in away}
            members = [sp for sp in members if id(sp) not in gone]
            for sp in away:
                out.setdefault((sp.key, "ORG"), []).append(sp)
        if members:
            out.setdefault(g, []).extend(members)
    return out


_BRACKET_WORD = r"\([ \t]*([A-Z][\w.&-]{1,9})[ \t]*\)"  # "(Cochilco)", "( LIFFE )"
_BRACKETED = re.compile(r"[ \t]*" + _BRACKET_WORD)  # right after a name
_BRACKETS = re.compile(_BRACKET_WORD)  # anywhere: searched from its bracket, not from every place a space may open


def _joined_bracketed(multis: list[tuple[tuple[str, str], Span]], groups: Groups,
                      singles: list[tuple[tuple[str, str], str]], text: str,
                      into: dict[tuple[str, str], tuple[str, str]], renames: set[tuple[str, str]]) -> None:
    """An acronym in brackets right after a name, its letters found in order in the name
    ("London International Financial Futures and Options Exchange ( LIFFE )", "U.N. Interim
    Force in Lebanon ( UNIFIL )"): the short form of that name, whatever words it skips; a body's acronym in
    its own language too (see ``_glossed``); a British acronym written as a word, its letters found the same way
    ("Association for Payment Clearing Services (Apacs)", "Office of Communications (Ofcom)")."""
    by_word = {word: g for g, word in singles}  # "LIFFE", "Apacs", and "BoE": a small "of" inside
    if not by_word:
        return
    for g, _ in multis:
        for sp in groups[g]:
            m = _BRACKETED.match(text, sp.tokens[-1].end)
            short = by_word.get(m.group(1)) if m else None
            if short is not None and short not in into and (_defines(m.group(1), g[0]) or (
                    _acronym(m.group(1)) or m.group(1).isalpha()) and _glossed(m.group(1), g, sp)):
                into[short] = g
                renames.add(short)
                break


_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")


def _joined_clipped(multis: list[tuple[tuple[str, str], Span]], singles: list[tuple[tuple[str, str], str]],
                    into: dict[tuple[str, str], tuple[str, str]], renames: set[tuple[str, str]]) -> None:
    """A word of capitalised clippings, each opening one word of a body's name of as many words ("HuffPost" of
    "Huffington Post", "WaPo" of "Washington Post"): the body's clipped short form."""
    for g, word in singles:
        if g in into or word.isupper():
            continue
        parts = _CAMEL_PARTS.findall(word)
        if len(parts) < 2 or "".join(parts) != word:
            continue
        full = [h for h, own in multis if h[1] == "ORG" and len(own.tokens) == len(parts) and all(
            t.text.startswith(p) for t, p in zip(own.tokens, parts)) and h[0].replace(" ", "") != g[0]]
        if len(full) == 1:
            into[g] = full[0]
            renames.add(g)


def _glossed(short: str, g: tuple[str, str], sp: Span) -> bool:
    """A body's full name of three words or more with an acronym of other letters in brackets after it ("The Legal
    Affairs Committee (JURI)", "The National Statistic Institute (INSEE)": its own language's acronym): the
    writer names its short form, as "Cepes (Peruvian Centre ...)" the other way round; not a place's code. Such an
    acronym written as a word ("Chilean Copper Commission (Cochilco)", Comisión Chilena del Cobre) is one too when no
    word list knows it."""
    if g[1] != "ORG" or len(sp.tokens) < 3 or len(short) < 3:
        return False
    tags = gazetteer().get(short.lower(), "")
    return short.isupper() and not _OWNER.intersection(tags) or short.istitle() and not tags


_OPENS = re.compile(r"[ \t]*\([ \t]*")
_CLOSES = re.compile(r"[ \t]*\)")


def _joined_expansions(multis: list[tuple[tuple[str, str], Span]], groups: Groups,
                       singles: list[tuple[tuple[str, str], str]], text: str,
                       into: dict[tuple[str, str], tuple[str, str]], renames: set[tuple[str, str]]) -> None:
    """A short name with a body's full name in brackets right after it ("Cepes (Peruvian Centre for Social
    Studies)", its letters another language's): the body's short form, as the writer glosses it."""
    bodies = {sp.start: g for g, _ in multis if g[1] == "ORG" for sp in groups[g]}
    for g, _ in singles:
        if g in into:
            continue
        for sp in groups[g]:
            m = _OPENS.match(text, sp.tokens[-1].end)
            long = bodies.get(m.end()) if m else None
            if long is not None and any(_CLOSES.match(text, x.tokens[-1].end) for x in groups[long]):
                into[g] = long
                renames.add(g)
                break


def _defines(short: str, long: str) -> bool:
    """Schwartz & Hearst's test (2003, "A simple algorithm for identifying abbreviation
    definitions in biomedical text"): each letter of the short form, right to left, is found
    in the long form in order, the first one opening a word of it."""
    s, ln = short.lower(), long.lower()
    li = len(ln) - 1
    for si in range(len(s) - 1, -1, -1):
        c = s[si]
        if not c.isalnum():
            continue
        while li >= 0 and (ln[li] != c or si == 0 and li > 0 and ln[li - 1].isalnum()):
            li -= 1
        if li < 0:
            return False
        li -= 1
    return True


def _merged(groups: Groups, into: dict[tuple[str, str], tuple[str, str]], dropped: set[tuple[str, str]],
            renames: set[tuple[str, str]]) -> Groups:
    final = {}
    for g in groups:
        target = g
        while target in into:
            target = into[target]
        final[g] = target
    # a full name read as a person, whose other form is an organisation or a place, is that
    kind_of = {t: g[1] for g, t in final.items() if g in renames and t[1] == "PER" and g[1] in ("ORG", "LOC")}
    out: Groups = {}
    for g, members in groups.items():
        if g in dropped:
            continue
        target = final[g]
        out.setdefault((target[0], kind_of.get(target, target[1])), []).extend(members)
    return out


_LEGAL = frozenset("llc inc inc. corp corp. corporation ltd ltd. plc co co. limited ag sa gmbh".split())


def _joined_short_forms(multis: list[tuple[tuple[str, str], Span]], into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """An organisation's name without its legal form ("Breitbart News" and "Breitbart News LLC"),
    without what it is for ("Peterson Institute" and "Peterson Institute for International
    Economics") or without its first words ("Bnei Sakhnin", "Hapoel Bnei Sakhnin"): one
    organisation, when just one longer name fits."""
    orgs = [g for g, _ in multis if g[1] == "ORG" and g not in into]
    keys = {g[0] for g in orgs}
    table = gazetteer()
    for g in orgs:
        full = " ".join(_ABBREVIATED.get(w, w) for w in g[0].split())
        if full != g[0] and full in keys:
            into[g] = (full, "ORG")  # "State Dept" and "State Department"
    for g in orgs:
        words = g[0].split()
        if len(words) > 2 and words[-1] in _LEGAL and " ".join(words[:-1]) in keys:
            into[g] = (" ".join(words[:-1]), "ORG")  # the legal form joins the name used in the text
    for g in orgs:
        if g in into:
            continue
        longer = [h for h in orgs if h != g and h not in into and h[0].startswith(g[0] + " ")
                  and h[0][len(g[0]) + 1:].split(" ", 1)[0] in ("for", "of", "on", "in")]
        if len(longer) == 1 and len(g[0].split()) >= 2:
            into[g] = longer[0]
            continue
        longer = [h for h in orgs if h != g and h not in into and h[0].endswith(" " + g[0])]
        if len(longer) == 1 and len(g[0].split()) >= 2 and not any(
                _OWNER_OR_COMMON.intersection(table.get(w, "")) for w in longer[0][0][:-len(g[0])].split()):
            # "Bnei Sakhnin" in "Hapoel Bnei Sakhnin"; not "Security Council" in "National Security
            # Council", nor "Democratic Party" in "Arizona Democratic Party": another body
            into[g] = longer[0]


# A company's legal form or the word for its corporate group, which its later mentions drop ("Lenovo Group" then
# "Lenovo", "Sports Entertainment Enterprises" then "Sports Entertainment"): the legal forms above and the
# corporate-structure words of lexicon.ORG_HEADS
_CORPORATE = _LEGAL | frozenset("group holdings holding enterprises".split())


def _joined_group_names(multis: list[tuple[tuple[str, str], Span]], groups: Groups,
                        into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """'Lenovo Group' and 'Lenovo', 'Tory Party' and 'Tory', both organisations: one, under the full name."""
    for g, _ in multis:
        if g[1] == "ORG" and g not in into:
            short, _, last = g[0].rpartition(" ")
            if (last in _CORPORATE or last == "party") and (short, "ORG") in groups and (short, "ORG") not in into:
                into[(short, "ORG")] = g


def _joined_tails(multis: list[tuple[tuple[str, str], Span]], groups: Groups,
                  into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """'U.N. Security Council', 'United Nations Security Council' and 'Security Council': one
    organisation, when the words before the shared tail are one owner's forms (an acronym and
    its full name), a legislature's chamber or a country, city or body the gazetteer knows."""
    table = gazetteer()
    tails: dict[tuple[str, ...], list[tuple[tuple[str, str], str]]] = {}
    for g, own in multis:
        if g[1] != "ORG" or len(own.tokens) < 3 or g in into:
            continue  # an owner and a tail of two words at least
        words = [t.text for t in own.tokens]
        for k in (1, 2):
            if len(words) - k < 2:
                break
            lead = words[:k]
            # (a chamber owns its committees: "House Select Committee on Benghazi", then "the Select Committee")
            if k == 1 and (_acronym(lead[0]) or lead[0].lower() in CHAMBERS) or _OWNER.intersection(
                    table.get(" ".join(lead).lower(), "")):
                letters = lead[0].replace(".", "").upper() if k == 1 and _acronym(lead[0]) else "".join(
                    w[0] for w in lead).upper()
                tails.setdefault(tuple(g[0].split()[k:]), []).append((g, letters))
    if not tails:
        return
    for g, own in multis:
        if g[1] == "ORG" and g not in into and tuple(g[0].split()) in tails:
            owners = tails[tuple(g[0].split())]
            if len({letters for _, letters in owners}) == 1:  # one owner, however spelled
                best = max((og for og, _ in owners), key=lambda og: len(groups[og]))
                into[g] = best
                for og, _ in owners:
                    if og != best:
                        into[og] = best


# Words that make a place's name another place's ("South Sudan", "New Labour", "Old San Juan", "Greater
# Manchester"): compass points and the usual qualifiers of place names
_PLACE_QUALIFIERS = REGION_WORDS | frozenset("old little great inner outer".split())


def _joined_place_tails(multis: list[tuple[tuple[str, str], Span]], groups: Groups,
                        into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """'Heathrow' beside 'London Heathrow', 'D.C.' beside 'Washington D.C.', 'Vegas' beside 'Las Vegas': a
    place's name without the word that opens it, when just one place of the article ends so; not a country,
    continent or region in its own right ("Australia" beside "South Australia"), nor a common word ("House"
    beside "White House"), nor after a qualifier ("South Tampa", "Old San Juan": another place)."""
    table = gazetteer()
    longer: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for g, _ in multis:
        if g[1] == "LOC" and g not in into:
            lead, _, tail = g[0].partition(" ")
            if lead not in _PLACE_QUALIFIERS and (tail, "LOC") in groups and "d" not in table.get(lead, ""):
                longer.setdefault((tail, "LOC"), []).append(g)
    for short, full in longer.items():
        if len(full) == 1 and short not in into and not set("ckrw").intersection(table.get(short[0], "")):
            into[short] = full[0]


# Last words of a football club's name after its town ("Sunderland FC", "Exeter City", "Bristol Rovers"): the usual
# suffixes of English and Scottish league clubs' names; a bare "FC" or "AFC" names nothing but a club
_CLUB_SUFFIXES = frozenset("fc afc f.c. city united rovers athletic wanderers albion".split())
_CLUB_ONLY = frozenset(("fc", "afc", "f.c."))


def _joined_club_towns(multis: list[tuple[tuple[str, str], Span]], groups: Groups,
                       into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """'Exeter' beside 'Exeter City', 'Sunderland' beside 'Sunderland FC', 'Madrid' beside 'Real Madrid': the town
    alone, read as a body, is the article's one club of that town; read as a place it is the club only beside an "FC" name ("Leicester" beside
    "Leicester City football club" may be the city: "grew up in Leicester")."""
    clubs: dict[str, list[tuple[str, str]]] = {}
    for g, _ in multis:
        if g[1] != "ORG" or g in into:
            continue
        town, _, suffix = g[0].rpartition(" ")
        if suffix in _CLUB_SUFFIXES and town:
            clubs.setdefault(town, []).append(g)
        prefix, _, town = g[0].partition(" ")
        if prefix in CLUB_OPENERS and town and " " not in town:
            clubs.setdefault(town, []).append(g)  # "Madrid" beside "Real Madrid", "Milan" beside "AC Milan"
    for town, named in clubs.items():
        if len(named) != 1:
            continue  # "Manchester" beside United and City, "Milan" beside AC and Inter Milan: either
        club = named[0]
        for short in ((town, "ORG"), (town, "LOC")):
            if short in groups and short not in into and (short[1] == "ORG" or club[0].rsplit(" ", 1)[1] in _CLUB_ONLY):
                into[short] = club


def _joined_club_nicknames(groups: Groups, into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """'Pompey' beside 'Portsmouth', 'Boro' beside 'Middlesbrough': a club's nickname and the club's name are one
    club, whatever kind each form was read as; a town read as a place beside its club's nickname is the club."""
    for g in list(groups):
        clubs = CLUB_NICKNAMES.get(g[0])
        if clubs is None or g in into:
            continue
        named = [(c, k) for c in clubs for k in ("ORG", "LOC") if (c, k) in groups]
        if len(named) != 1:
            continue  # the club not named, or named in two forms: the nickname stays as read
        club = (named[0][0], "ORG")
        into[g] = club
        if named[0] != club:
            into[named[0]] = club


def _joined_plural_tails(multis: list[tuple[tuple[str, str], Span]], groups: Groups,
                         into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """'Lions' beside 'British and Irish Lions', 'Wanderers' beside 'Bolton Wanderers': a plural that ends one body's
    name of several words, read as a body alone, is that body (a side's or a party's short name)."""
    ending: dict[str, list[tuple[str, str]]] = {}  # a body's last word → the bodies of several words it ends
    for h, _ in multis:
        if h[1] == "ORG" and h not in into:
            ending.setdefault(h[0].rsplit(" ", 1)[-1], []).append(h)
    for g in groups:
        if g[1] != "ORG" or " " in g[0] or g[0][-1:] != "s" or g in into:
            continue
        full = ending.get(g[0], ())
        if len(full) == 1:
            into[g] = full[0]


def _joined_plural_words(multis: list[tuple[tuple[str, str], Span]], groups: Groups,
                         into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """'Disaster Emergency Committee' beside 'Disasters Emergency Committee': one body's name of three words or more,
    written with and without a plural's "s", is one body (one row, under the form written more often)."""
    seen: dict[str, tuple[str, str]] = {}
    for g, _ in multis:
        if g[1] != "ORG" or g in into or g[0].count(" ") < 2:
            continue
        bare = " ".join(w[:-1] if w[-1:] == "s" and len(w) > 3 else w for w in g[0].split())
        other = seen.setdefault(bare, g)
        if other != g:
            small, big = (g, other) if len(groups[g]) <= len(groups[other]) else (other, g)
            into[small] = big
            seen[bare] = big


def _joined_couple_bodies(multis: list[tuple[tuple[str, str], Span]], groups: Groups,
                          into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """'Clinton Foundation' beside 'Bill and Hillary Clinton Foundation': a couple's body named by the surname
    alone is the one body of that couple's names in the article (one row, under the form written more often)."""
    longer: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for g, own in multis:
        words = g[0].split()
        if g[1] == "ORG" and len(words) > 4 and words[1] == "and" and g not in into:
            longer.setdefault((" ".join(words[3:]), "ORG"), []).append(g)
    _join_sole_longer(longer, groups, into)


def _joined_founders_bodies(multis: list[tuple[tuple[str, str], Span]], groups: Groups,
                            into: dict[tuple[str, str], tuple[str, str]], table: dict[str, str]) -> None:
    """'Peterson Foundation' beside 'Peter G. Peterson Foundation': a body named by a person's full name (a given
    name, then initials or given names) is the one body of the article that its surname and tail name."""
    longer: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for g, own in multis:
        if g[1] != "ORG" or len(own.tokens) < 3 or g in into:
            continue  # (the cheap tests first: most names are no body's of three words)
        words = [t.text for t in own.tokens]
        if "f" not in table.get(words[0].lower(), "") or words[0].lower() in ORG_OPENERS:
            continue  # a given name that opens no body's name ("Peter", not "Royal" of "Royal Bank of Scotland")
        for k in range(1, min(len(words) - 2, 3) + 1):  # the surname after the given name and up to two more
            if k > 1 and not (len(words[k - 1].rstrip(".")) == 1 or "f" in table.get(words[k - 1].lower(), "")):
                break  # "Peter G.", "Henry J.", "Robert Wood": a given name's initials or given names
            if "s" in table.get(words[k].lower(), "") and words[k].lower() not in ORG_HEADS:  # not "Bank"
                longer.setdefault((" ".join(w.lower() for w in words[k:]), "ORG"), []).append(g)
    _join_sole_longer(longer, groups, into)


def _join_sole_longer(longer: dict[tuple[str, str], list[tuple[str, str]]], groups: Groups,
                      into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """A short name the article writes, with one longer name in ``longer`` (neither joined yet): one row, under the
    form the article uses more."""
    for short, full in longer.items():
        if len(full) == 1 and short in groups and short not in into and full[0] not in into:
            if len(groups[short]) > len(groups[full[0]]):
                into[full[0]] = short
            else:
                into[short] = full[0]


def _person_forms(words: list[str]) -> list[tuple[str, ...]]:
    """The shorter forms of a person's full name: "C Hodgson" and "C. Hodgson" for "Charlie
    Hodgson"; "Hillary Clinton" for "Hillary Rodham Clinton" (a middle name left out); "Leonard
    Hill" for "Leonard Dozier Hill III" (the suffix left out too)."""
    first, last = words[0], words[-1]
    forms = [(first[0], last), (first[0] + ".", last)]
    if len(words) == 3:
        forms.append((first, last))
    elif len(words) == 4 and last.lower() in _SUFFIXES:
        forms.append((first, words[2]))  # with a middle name only: "Donald Trump" beside "Donald Trump Jr." is his father
    return forms


def _joined_people(multis: list[tuple[tuple[str, str], Span]], groups: Groups,
                   into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """A person's initial and surname ("C Hodgson", a line-up's form) or first name and surname
    without the middle name ("Hillary Clinton"): the one full name of the article it fits."""
    people = [(g, [t.text for t in own.tokens]) for g, own in multis if g[1] == "PER" and g not in into]
    _joined_misspelt(multis, people, groups, into)
    if len(people) < 2:
        return
    _joined_courtesy_forms(people, into)
    keys = {tuple(words): g for g, words in people}
    fits: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for g, words in people:
        if 2 <= len(words) <= 3 + (words[-1].lower() in _SUFFIXES) and len(words[0].rstrip(".")) > 1:
            for form in _person_forms(words):
                short = keys.get(form)
                if short is not None and short != g:
                    fits.setdefault(short, []).append(g)
    for short, full in fits.items():
        if len(full) == 1:  # two full names that fit ("Jason" and "Jonny Robinson"): neither
            into[short] = full[0]
    _joined_nicknames([(g, w) for g, w in people if g not in into], groups, into)


def _joined_courtesy_forms(people: list[tuple[tuple[str, str], list[str]]],
                           into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """'Ms. Mills' beside 'Cheryl Mills', 'Mr. Ban' beside 'Ban Ki-moon': a courtesy title and a surname kept as one
    name (the surname is also a common word) are the one full name of the article that ends in that surname, or,
    failing that, that opens with it before one given name (East Asian order: "Ban Ki-moon", "Hu Jintao"); a
    gendered title passes over a full name whose first name is the other sex's ("Mr Mills" is not Cheryl Mills)."""
    full = [(g, words[:-1] if words[-1].lower() in _SUFFIXES else words) for g, words in people
            if words[0].lower() not in HONORIFICS and g not in into]
    for g, words in people:
        if len(words) != 2 or words[0].lower() not in HONORIFICS or g in into:
            continue
        title, surname = words[0].lower().rstrip("."), words[1]
        if len(title) < 2:
            continue  # "M. Bicknell": an initial as likely as "Monsieur"
        gender = None if title not in ("mr", "mrs", "ms", "miss") else "m" if title == "mr" else "f"
        fits = [f for f, w in full if len(w) > 1 and w[-1] == surname and len(w[0].rstrip(".")) > 1
                and (gender is None or first_name_gender(w[0]) != ("f" if gender == "m" else "m"))]  # a given name, no initial ("D. Bicknell")
        if not fits:
            fits = [f for f, w in full if len(w) == 2 and w[0] == surname]
        if len(fits) == 1:
            into[g] = fits[0]


def _joined_nicknames(people: list[tuple[tuple[str, str], list[str]]], groups: Groups,
                      into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """"Chuck Grassley" beside "Charles Grassley", "Pat Kennedy" beside "Patrick J. Kennedy": one surname and first
    names that are a name and its nickname are one person, when no third row of that surname could be either ("Hillary
    Clinton" beside "Bill" and "William Clinton" could be neither)."""
    by_surname: dict[str, list[tuple[tuple[str, str], str]]] = {}
    for g, words in people:
        if len(words) > 2 and words[-1].lower() in _SUFFIXES:
            words = words[:-1]
        if 2 <= len(words) <= 3 and len(words[0]) > 1 and words[0].isalpha():
            by_surname.setdefault(words[-1], []).append((g, words[0].lower()))
    for named in by_surname.values():
        if len(named) < 2:
            continue
        pairs = [(a, b) for i, (a, first_a) in enumerate(named) for b, first_b in named[i + 1:]
                 if first_a != first_b and first_b in _nicknames(first_a)]
        seen = [g for pair in pairs for g in pair]
        for a, b in pairs:
            if seen.count(a) == 1 and seen.count(b) == 1:  # no third row that either could be ("Bill", "Billy", "Will")
                short, full = (a, b) if len(groups[a]) < len(groups[b]) else (b, a)
                into[short] = full  # the form the article uses more names the row


def _nicknames(first: str) -> frozenset[str]:
    """A first name's nicknames and the names it is a nickname of ("bill": "william"; "charles": "chuck")."""
    return _nickname_table().get(first, frozenset())


@functools.lru_cache(maxsize=1)
def _nickname_table() -> dict[str, frozenset[str]]:
    """The `nicknames` package's hand-curated pairs (Carlton Northern's, from a genealogy list of English names), both
    ways. Its file is read as data, the package not imported (its import costs ten times the reading); loaded only
    for an article with two first names before one surname."""
    spec = importlib.util.find_spec("nicknames")
    if spec is None or spec.origin is None:
        return {}
    table: dict[str, set[str]] = {}
    with open(Path(spec.origin).with_name("names.csv"), encoding="utf-8") as rows:
        next(rows)  # name1,relationship,name2
        for row in rows:
            name, _, nickname = row.strip().split(",")
            table.setdefault(name, set()).add(nickname)
            table.setdefault(nickname, set()).add(name)
    return {name: frozenset(others) for name, others in table.items()}


def _joined_misspelt(multis: list[tuple[tuple[str, str], Span]], people: list[tuple[tuple[str, str], list[str]]],
                     groups: Groups, into: dict[tuple[str, str], tuple[str, str]]) -> None:
    """'Rahm Emanual' beside 'Rahm Emanuel': a name of two words that is a person's full name but for one letter of
    a long surname (a typing error), whatever kind it was read as, is that person."""
    pairs: dict[str, list[tuple[tuple[str, str], list[str]]]] = {}  # two-word names by first word, in order
    for p, words in people:
        if len(words) == 2:
            pairs.setdefault(words[0], []).append((p, words))
    if not pairs:
        return
    for g, own in multis:
        if len(own.tokens) != 2 or g in into or len(own.tokens[1].text) < 6:
            continue
        first, last = own.tokens[0].text, own.tokens[1].text
        for p, words in pairs.get(first, ()):
            if p != g and p not in into and one_edit(last, words[1]) and len(groups[p]) >= len(groups[g]):
                into[g] = p  # the form written more often is the right one
                break


def _acronym(word: str) -> bool:
    """'DNC', 'W.T.O.', 'USATF', 'J&J': two to seven capitals, dots and ampersands allowed."""
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 7 and letters.isalpha() and letters.isupper()


def _initials(words: list[str]) -> set[str]:
    """The acronyms a name may have: the initials of its words (a hyphenated word gives one
    per part, an acronym in it all its letters), also without a first word that places it
    ("US Securities and Exchange Commission" -> SEC)."""
    letters = []
    kept = []  # with the small words too: "Bank of America" -> BOA
    for word in words:
        if word.lower() in _SKIPPED:
            if word[0].isalpha() and letters:
                kept.append(word[0])
            continue
        for part in word.split("-"):
            core = part.replace(".", "")
            if not core or not core[0].isupper():
                return set()
            letters.append(core if core.isupper() and len(core) <= 4 else core[0])
            kept.append(letters[-1])
    out = {"".join(letters).upper(), "".join(kept).upper()}
    if len(letters) > 2:
        out.add("".join(letters[1:]).upper())
    return out
