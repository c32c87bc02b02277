"""Actors: people, organisations, places and groups named in an article.

Rule-based named-entity recognition in three steps:

1. candidate spans: capitalised runs (``spans``), less sentence-initial common words,
   with titles, roles and demonyms before a name kept out of it ("Russian President
   Vladimir Putin" -> "Vladimir Putin", role "Russian President");
2. a type per span from the gazetteer (GeoNames places, Census names, compromise
   organisations), name shapes (first name + capitalised word, initials, acronyms,
   suffixes such as "Bank" or "Party") and cue words ("in X", "X said", "X spokesman"),
   each with a strength;
3. one type per name for the whole article (strengths add up; "one sense per discourse",
   Gale, Church & Yarowsky 1992), surnames alone joining the full name they belong to, and
   all-caps headlines read with the names the body already found.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from ...model import Actor, Mention
from . import lexicon as lx
from .evidence import awards, kinds_from_context, listed_products, quoted_titles, titles_of_works
from .credits import credit_spans
from .identity import joined_forms
from .classify import classify
from .namesakes import Namesakes
from .neighbours import KIN, market_index
from .context import Context
from .roles import appositive_role, qualified_role
from .seats import SEATS, seats_acting
from .sheets import sheet_spans
from .subtitles import glued_title, subtitled_works
from .trim import split_at_title, strip_span
from .clubs import clubs_by_words, staffed_clubs
from .word_tests import thing_in_capitals
from .teams import TEAM_SPORTS, team_spans
from .spans import (Span, Token, capitalised_runs, caps_starts, dateline, headline_matches, is_caps_line,
                          is_title_case_line, may_be_caps_line, tokenize, windows)
from ..document import Document
from ..names import country_key, is_role

_PLACE_OR_BODY = frozenset("crko")  # a country, a region, a continent or a body: no player on a team sheet
_SLASHED = re.compile(r"/{1,2}[A-Z]")
_LABEL = re.compile(r"[ \t]*:[ \t]*(?:\d|$)", re.M)
_COLON = re.compile(r"[ \t]*:")
_VENUE = re.compile(r"[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?:[ \t]*[A-Z]")  # a line opened by "X :" then a team
# A cue's weight in the article's vote grows faster than its strength: one "drinks firm X"
# (2) outweighs three "X said" (1 each), which people and organisations share.
_WEIGHT = (0, 1, 4, 9, 9)
_DATELINE = 4  # the strength of a dateline's place: as strong as 3, and known to be a dateline
_PLACE_VERBS = frozenset("visit visits visited visiting toured left leave reached entered invaded".split())
_SURNAME_TITLES = frozenset("president premier mr mr. mrs mrs. ms ms. dr dr. prof prof.".split())  # "Dr Khoo", "President Xi":
# before a surname written first (Khoo Kay Peng, Xi Jinping), when the word is no given name
_FIRST_NAME_TITLES = frozenset(("sir", "dame"))  # before a first name alone; "Prince Charles" is no Charles Kennedy
# a royal title, before the given name of a full name first written with it ("Crown Prince Abdullah bin Abdulaziz",
# then "Prince Abdullah"); the titles of Arab and European royalty (Wikipedia, "Royal and noble ranks")
_ROYAL_TITLES = frozenset("prince princess king queen sheikh sheikha emir sultan".split())
KINDS = {"PER": "person", "ORG": "organization", "LOC": "place", "GROUP": "group"}


def extract_actors(doc: Document) -> tuple[Actor, ...]:
    table = lx.gazetteer()
    text = doc.text
    lines = []
    mid_caps: set[str] = set()
    maybe_caps = caps_starts(text)
    for s in doc.sentences:
        caps = (may_be_caps_line(maybe_caps, s.start, s.end) and is_caps_line(text, s.start, s.end)
                or is_title_case_line(text, s.start, s.end))
        wins = tokenize(text, s.start, s.end) if caps else windows(text, s.start, s.end)
        lines.append((s, wins, caps))
        if not caps:
            mid_caps.update([t.lower for w, a, b in wins for t in w if t.cap and not t.initial and a <= t.start < b])
    sport = _sport(text, doc)
    clubs = None if sport else clubs_by_words(text)
    ctx = Context(table=table, mid_caps=mid_caps, sports=bool(sport), text=text,
                  team_sport=sport in TEAM_SPORTS or bool(clubs), clubs=clubs,
                  staffed=staffed_clubs(text) if clubs else frozenset())
    teams = dict(team_spans(text, sport)) if sport else {}

    spans: list[Span] = []
    works = quoted_titles(text) + credit_spans(text) + listed_products(text)  # a quoted title's words; a credit
    # line's staff and agencies; a list of brands or titles
    sheets = sheet_spans(text)  # a team sheet's players
    glued = _glued(text)  # a title's parts glued by a colon ("CSI:NY"): in few articles
    for s, wins, caps in lines:
        if caps:
            continue
        dl = dateline(text, s.start, s.end)
        lead = _caps_lead_end(text, s.start)
        for tokens, a, b in wins:
            words = tokens if lead == s.start else [t for t in tokens if t.start >= lead]  # a newsletter's headline
            for whole in capitalised_runs(text, words):
                if not a <= whole[0].start < b:
                    continue
                for run in split_at_title(whole, table):
                    span = strip_span(run, tokens, ctx, text, team=bool(teams) and teams.get(run[0].start, -1) >= run[-1].end)
                    if span is None or works and any(a <= span.start < b for a, b in works):
                        continue  # no name, a word of a quoted title ("Lawrence of Arabia") or of a credit line
                    if span.role and spans and spans[-1].sentence == s.index:
                        span.role = _owned_role(text, spans[-1], span)
                    if len(span.tokens) == 1 and text.startswith(" of the ", span.end) and _work_title(
                            text, span.end + 8, table):
                        continue  # "Shaun of the Dead", "Return of the Jedi": a work's title, no actor
                    end = span.tokens[-1].end
                    after = text[end:end + 3]
                    if after[:1] == "/" and after[1:2].isdigit():
                        continue  # "OS" of "OS/2", "PS" of "PS/2": a product's name cut at its slash
                    if span.role and _SLASHED.match(after):
                        span.role, span.hint, span.strength = None, "ORG", 3  # "analysts Nielsen//NetRatings": a body
                        # joined to another by a slash, no person with a role
                    start = span.tokens[0].start
                    if glued and glued_title(text, start, end):
                        continue  # "CSI:NY": a title's parts glued by a colon
                    if text[start - 2:start] == ", " and _in_portfolio(text, start, end):
                        continue  # "Minister for Children, Young People and Families": words of an office's name
                    after = after.strip()
                    span.comma_after = after[:1] == ","
                    if span.comma_after and (span.role is None or span.role.lower() in KIN):
                        span.role = appositive_role(text, end) or span.role  # "her husband, X, a money manager": his post
                    span.bracket_after = after[:1] == "("
                    span.sentence = s.index
                    if dl and dl[0] <= span.start < dl[1]:
                        span.hint, span.strength = "LOC", _DATELINE
                    elif len(span.tokens) == 1 and _LABEL.match(text, end):
                        continue  # "Attendance : 9,000": a field label, no name
                    elif span.tokens[0].caps and _COLON.match(text, end) and _form_label(span.tokens, table):
                        continue  # "ISSUER : Bay Co ...", "L.O. : ...": a form's field in capitals, no name
                    elif span.prev is not None and span.prev.lower == "at" and _COLON.match(text, end):
                        span.hint, span.strength = "LOC", 3  # "At Tunbridge Wells : Kent 300 ...": a venue
                    elif sport and _VENUE.match(text, end) and (
                            _label(span.key, table) or text[span.start - 1:span.start] in ("\n", "")):
                        if _label(span.key, table):
                            continue  # "Scorers : ...": a field label
                        span.hint, span.strength = "LOC", 3  # "Leicester : Leicestershire 296": a venue
                    classify(span, ctx)
                    if teams and teams.get(span.start, -1) >= span.end:
                        span.hint, span.strength = "ORG", 3  # a results table's team
                    elif sheets and any(a <= span.start < b for a, b in sheets) and not _PLACE_OR_BODY.intersection(
                            table.get(span.key, "")):
                        span.hint, span.strength = "PER", 3  # a team sheet's player ("Murphy", "Jackson"), no town
                    spans.append(span)

    spans = _nicknames_joined(spans, text, table)
    if "Our " in text:
        _owners_kept(spans)
    _share_roles(spans)
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for sp in spans:
        if sp.hint:
            votes[sp.key][sp.hint] += _WEIGHT[sp.strength]
    kinds = _resolve(votes)
    from_context = kinds_from_context(spans, kinds, text, table)
    from_context.update(titles_of_works(spans, kinds, text))
    from_context.update(awards(spans, kinds, text))
    from_context.update(_parties(spans, kinds))
    from_context.update(_schools(kinds))
    from_context.update(seats_acting(spans, kinds, text))
    from_context.update(subtitled_works(spans, kinds, text))
    kinds.update(from_context)
    surnames = _surnames(spans, kinds, from_context, text, table)
    headline_votes = False  # votes from all-caps lines; without any, the kinds stand

    for s, tokens, caps in lines:
        if not caps:
            continue
        dl = dateline(text, s.start, s.end)
        known = {**{k: v for k, v in kinds.items() if v}, **{k: "PER" for k in surnames if k[0] not in "@^!"}}
        for seg in headline_matches(tokens, known, table):
            span = Span(tokens=seg, sentence=s.index, caps_line=True)
            span.key = " ".join(t.lower for t in seg)
            if dl and dl[0] <= seg[0].start < dl[1]:
                span.hint, span.strength = "LOC", _DATELINE
            elif seg[0].i > 0 and tokens[seg[0].i - 1].lower == "at" and seg[-1].i == len(tokens) - 1:
                span.hint, span.strength = "LOC", 3  # "ATLANTA AT CHICAGO": the home team's city
                spans.append(span)
                continue  # a venue says nothing about the name elsewhere
            elif span.key not in known:
                classify(span, ctx)
            spans.append(span)
            if span.key not in kinds and span.hint:
                votes[span.key][span.hint] += _WEIGHT[span.strength]
                headline_votes = True
    if headline_votes:
        kinds = _resolve(votes)
        kinds.update(from_context)
    return _actors(spans, kinds, surnames, text, from_context, bool(sport) and sport not in TEAM_SPORTS,
                   Namesakes(spans, kinds, text))


# UK parties' one-word names, which are also towns' in the gazetteer ("Liberal", Kansas), and the nouns of their
# members and offices after them ("Liberal MPs", "the Labour leader"); from the parties in the House of Commons
_PARTY_WORDS = frozenset("liberal liberals labour conservative conservatives tory tories unionist unionists".split())
_MEMBER_AFTER = frozenset("""mp mps leader leaders party peer peers candidate candidates voters government councillor
    councillors minister ministers member members activists supporters""".split())


def _glued(text: str) -> bool:
    """Whether a colon stands between two capitals somewhere in ``text`` (most articles have few colons)."""
    at = text.find(":")
    while at >= 0:
        if text[at - 1:at].isupper() and text[at + 1:at + 2].isupper():
            return True
        at = text.find(":", at + 1)
    return False


def _parties(spans: list[Span], kinds: dict[str, str | None]) -> dict[str, str]:
    """A party's word read as a place, before its members' noun ("14 Liberal MPs"): the party."""
    if not any(kinds.get(w) == "LOC" for w in _PARTY_WORDS):
        return {}
    return {sp.key: "ORG" for sp in spans if kinds.get(sp.key) == "LOC" and sp.key in _PARTY_WORDS
            and sp.next is not None and sp.next.lower in _MEMBER_AFTER}


_SCHOOL_WORDS = frozenset("university college polytechnic".split())  # "Loyola University Maryland"


def _schools(kinds: dict[str, str | None]) -> dict[str, str]:
    """A university or a college read as a place for the place in its name ("University of the Highlands and
    Islands", "Loyola University Maryland"): the institution."""
    return {key: "ORG" for key, kind in kinds.items() if kind == "LOC" and " " in key
            and not _SCHOOL_WORDS.isdisjoint(key.split())}


# A paragraph opened by four words or more in capitals, then a sentence in mixed case ("HILLARY CLINTON IS
# FEELING THE BERN As the race tightens ..."): a newsletter's headline run into its text, no run of names.
_CAPS_LEAD = re.compile(r"[^\w\n]*(?:[A-Z][A-Z’'.&-]*[^\w\n]+|\d[\w-]*[^\w\n]+){2,}[A-Z][A-Z’'.&-]*\b[^\w\n]*(?=[A-Z][a-z])")
_CAPS_WORDS = re.compile(r"\b[A-Z]{2,}\b")


def _caps_lead_end(text: str, start: int) -> int:
    """Where a sentence's opening headline in capitals ends (``start`` if it has none)."""
    if not text[start + 1:start + 2].isupper():
        return start  # (most sentences: at once)
    m = _CAPS_LEAD.match(text, start)
    if m is None or len(_CAPS_WORDS.findall(text, start, m.end())) < 4:
        return start
    return m.end()


_NAME_TAGS = frozenset("crytkoepfs")  # the gazetteer's places, organisations, events, people and name words
_DOTTED = re.compile(r"(?:[A-Z]\.)+$")


_CAP_WORD = re.compile(r"[A-Z][a-z]+\b")
# an office named by its portfolio, a list of capitalised nouns ("Minister for Children, Young People and
# Families", "Secretary of State for Environment, Food and Rural Affairs"), up to the name inside the list
_OFFICES = frozenset("minister secretary ministry department commissioner spokesman spokeswoman spokesperson".split())
_PORTFOLIO_LIST = re.compile(r"(?:[A-Z][\w'’-]*(?:[ \t]+|,[ \t]+))+$")
_PORTFOLIO_AFTER = re.compile(r"[ \t]*(?:,[ \t]*|[ \t]and[ \t]+)[A-Z]")


def _in_portfolio(text: str, start: int, end: int) -> bool:
    """A span after a comma inside an office's list of portfolios, before another of them."""
    if _PORTFOLIO_AFTER.match(text, end) is None:
        return False
    seg = text[max(0, start - 80):start]
    at = max(seg.rfind(" for "), seg.rfind(" of "))
    if at < 0:
        return False
    office = seg[:at].removesuffix(" of State").rsplit(None, 1)
    return bool(office) and office[-1].lower() in _OFFICES and (
        _PORTFOLIO_LIST.match(seg, seg.index(" ", at + 1) + 1) is not None)


def _work_title(text: str, start: int, table: dict[str, str]) -> bool:
    """A capitalised common word at ``start``, after "X of the": the end of a work's title ("... of the Dead"),
    not a place or a body's name ("Queen of the Netherlands")."""
    m = _CAP_WORD.match(text, start)
    if m is None:
        return False
    tags = table.get(m.group().lower(), "")
    return "w" in tags and not lx.ENTITY_TAGS.intersection(tags) and "f" not in tags and "s" not in tags


def _form_label(tokens: list[Token], table: dict[str, str]) -> bool:
    """Capitals before a colon that the gazetteer knows as no name ("ISSUER", "TAX STAT",
    "L.O."): a field of a form or a data sheet. A name in capitals ("TRUMP :", a transcript's
    speaker; "NEW YORK :") is known and stays."""
    if not all(t.caps or _DOTTED.match(t.text) for t in tokens):
        return False
    key = " ".join([t.lower for t in tokens])
    return not _NAME_TAGS.intersection(table.get(key, "")) and not any(
        _NAME_TAGS.intersection(table.get(t.lower, "")) for t in tokens)


def _label(key: str, table: dict[str, str]) -> bool:
    """A common word ("Scorers", "Attendance") that names a field of a results report."""
    tags = table.get(key, "") or table.get(key[:-1], "")
    return "w" in tags and not lx.ENTITY_TAGS.intersection(tags)


_CLOSING = re.compile(r"[ \t]*\)[ \t]*")
_OPENING = re.compile(r"\([ \t]*$")
_GAP = re.compile(r"(?:\"[ \t]*[A-Z][^\"\n]{0,29}\"|“[A-Z][^”\n]{0,29}”|\))[ \t]*(?=[A-Z])")
_NOT_GIVEN = frozenset("crkoey")  # a first name that is also a country's, a city's or a body's: maybe no first name
_NOT_SURNAME = frozenset("crkoe")  # a country, region, continent, organisation or event: no surname (a town may be one)
# between a first name and a surname: a nickname in quotes or initials in brackets
_NICKNAME = re.compile(
    r"[ \t]*(?:\"[ \t]*[A-Z][^\"\n]{0,29}\"|“[A-Z][^”\n]{0,29}”|\([ \t]*(?:[A-Z]\.){2,}[ \t]*\))[ \t]*")


def _nicknames_joined(spans: list[Span], text: str, table: dict[str, str]) -> list[Span]:
    """'Hector " Macho " Camacho', 'Alan John Percivale ( A.J.P. ) Taylor': one person, the
    nickname inside the name, not a first name and a surname in two rows; "( Jerry ) Koosman":
    the surname's row, the first name in brackets no row of its own."""
    if '"' not in text and "“" not in text and ")" not in text:
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


_QUALIFIER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x|[Tt]hen|[Oo]utgoing|[Aa]cting|[Ii]nterim)[ \t]+$")  # as in roles


def _owned_role(text: str, owner: Span, span: Span) -> str:
    """'American Bridge President Jessica Mackler', 'Florida Gov. Jeb Bush', 'UKIP leader Nigel Farage':
    the title with the body, place or person written right before it, whose office it is, not "President"
    alone."""
    start = text.rfind(span.role, owner.end, span.start)
    if start < 0 or text[owner.end:start].strip(" \t") or owner.hint not in ("ORG", "LOC", "PER"):
        return span.role
    before = _QUALIFIER_BEFORE.search(text, max(0, owner.start - 12), owner.start)
    return text[before.start() if before else owner.start:start + len(span.role)]  # "Former Florida Gov."


def _fullest_role(text: str, members: list[Span]) -> str | None:
    """The first role the text gives a person, as written with its qualifier ("former President"), or a
    later mention's fuller form of that same role ("former President" over "President", "director of
    policy planning" over "director"): one role, never two that say different things."""
    role = None
    for sp in members:
        if sp.role and is_role(sp.role):
            form = qualified_role(text, sp.role, sp.start)
            if role is None:
                role = form
            elif len(form) > len(role) and _widens(role.lower(), form.lower()):
                role = form
    return role


def _widens(role: str, form: str) -> bool:
    """'former president' widens 'president', 'director of policy planning' widens 'director'; 'chair of
    the judges' does not widen 'judge'."""
    return form.endswith(" " + role) or form.startswith(role + " ")


_OWNER_WORDS = ("our ",)


def _owners_kept(spans: list[Span]) -> None:
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


def _share_roles(spans: list[Span]) -> None:
    """'journalists Pavel Zarubin and Katerina Berezovskaya': the role covers both names."""
    for a, b in zip(spans, spans[1:]):
        if (b.role is None and a.role and a.hint == "PER" and a.sentence == b.sentence and b.prev is not None
                and b.prev.lower == "and" and b.tokens[0].i == a.tokens[-1].i + 2):
            b.role = a.role
            if b.strength <= 2:
                b.hint, b.strength = a.hint, max(b.strength, 2)


def _sport(text: str, doc: Document) -> str:
    """The sport of a sports report, whose first line starts with it ("SOCCER - ..."), else ""."""
    if not doc.sentences:
        return ""
    first = doc.sentences[0]
    words = text[first.start:first.end].lower().replace("-", " ").split()[:4]  # "Baseball-Results of ..."
    return next((w for w in words if w in lx.SPORTS), "")


def _resolve(votes: dict[str, dict[str, int]]) -> dict[str, str | None]:
    out = {}
    for key, v in votes.items():
        if len(v) == 1:  # most names: one kind only
            [best] = v.items()
        else:
            best = max(v.items(), key=lambda kv: (kv[1], kv[0] == "PER", kv[0] == "LOC"))
        out[key] = best[0] if best[1] > 0 else None
    return out


def _surnames(spans: list[Span], kinds: dict[str, str | None], from_context: dict[str, str], text: str,
              table: dict[str, str]) -> dict[str, str]:
    """Last word of each full personal name -> that name's key; first word of an organisation's
    name -> its key ("Ruch" for "Ruch SA"), marked with a leading "@"."""
    out: dict[str, str] = {}
    for sp in spans:
        n = len(sp.tokens)
        if n < 2:
            continue  # one word: no full name to take a part of
        kind = kinds.get(sp.key)
        if n > 2 and kind == "PER" and sp.tokens[-1].lower in lx.GENERATIONS:
            out.setdefault(sp.tokens[-2].lower, sp.key)  # "Harris" after "Harry B. Harris Jr."
        if kind == "PER":
            out.setdefault(sp.tokens[-1].lower, sp.key)
            out.setdefault("^" + sp.tokens[0].lower, sp.key)
            if sp.role and sp.role.rsplit(None, 1)[-1].lower() in _ROYAL_TITLES:
                out.setdefault("!" + sp.tokens[0].lower, sp.key)  # "Prince Saud Al-Faisal": "Prince Saud" later
            if n > 2 and "f" not in table.get(sp.tokens[-2].lower, "f") and (
                    sp.tokens[-2].lower not in lx.NAME_PARTICLES):
                out.setdefault(sp.tokens[-2].lower, sp.key)  # "Acosta" after "Melba Acosta Febo": a father's surname
            if n > 3 and sp.tokens[-2].lower in lx.NAME_PARTICLES:
                out.setdefault(sp.tokens[-3].lower, sp.key)  # "Lula" after "Luiz Inacio Lula da Silva": the name before "da"
            if n > 2:  # "Le Pen", "van Gaal", "Wasserman Schultz", "Peña Nieto": a two-word surname
                out.setdefault(sp.tokens[-2].lower + " " + sp.tokens[-1].lower, sp.key)
                if not (n == 3 and sp.tokens[-1].lower in lx.GENERATIONS):  # "Donald Trump" is not "Donald Trump Jr."
                    out.setdefault("^" + sp.tokens[0].lower + " " + sp.tokens[1].lower, sp.key)  # "Juan Carlos" (Ferrero)
            k = next((k for k, t in enumerate(sp.tokens[1:-1], 1) if t.lower in lx.NAME_PARTICLES), 0)
            if k and n - k > 2:  # "Van der Westhuizen" after "Joost van der Westhuizen"
                out.setdefault(" ".join([t.lower for t in sp.tokens[k:]]), sp.key)
        elif kind == "MISC" and sp.tokens[-1].lower in lx.MISC_HEADS:
            out.setdefault(sp.tokens[-1].lower, sp.key)  # "the Bill" after "the Terrorism Bill": no actor either
        elif kind == "MISC" and market_index(sp, text, table):
            out.setdefault("%" + sp.tokens[0].lower, sp.key)  # "the Dow" after "the Dow Jones industrial average"
        elif kind == "ORG" and (sp.strength >= 2 or sp.key in from_context):
            out.setdefault("@" + sp.tokens[0].lower, sp.key)
            if sp.key in from_context and sp.key not in SEATS:  # not "House" after "White House"
                out.setdefault("@" + sp.tokens[-1].lower, sp.key)  # "Rover" after "MG Rover", a firm by its context
    return out


def _final_kind(sp: Span, kinds: dict[str, str | None], surnames: dict[str, str],
                from_context: dict[str, str], players: bool = False,
                namesakes: Namesakes | None = None) -> tuple[str | None, str]:
    key = sp.key
    own = kinds.get(key)
    if len(key) < 2:
        return None, key
    n = len(sp.tokens)  # (asked at every test below: once)
    if 1 < n <= 3 and key in surnames and (sp.tokens[0].lower in lx.NAME_PARTICLES or n == 2 and own in (None, "PER")):
        return "PER", surnames[key]  # "Le Pen" after "Marine Le Pen", "Wasserman Schultz" after "Debbie Wasserman Schultz"
    if n == 2 and "^" + key in surnames and own in (None, "PER") and not sp.role:
        return "PER", surnames["^" + key]  # "Juan Carlos" after "Juan Carlos Ferrero": two given names
    if n == 1 and key in surnames and _surname_of(sp, own, surnames[key], players):
        full = namesakes.owner(sp, surnames[key]) if namesakes and key in namesakes else surnames[key]
        return ("MISC" if kinds.get(full) == "MISC" else "PER"), full
    if n == 1 and "%" + key in surnames and own in (None, "PER", "ORG"):
        return "MISC", surnames["%" + key]  # an index's first word alone: no actor either
    if n == 1 and key.endswith("s") and key[:-1] in surnames and own != "LOC":
        if namesakes and key[:-1] in namesakes:
            return None, key  # "the Clintons" beside Bill and Hillary Clinton: both, no one's row
        return "PER", surnames[key[:-1]]  # "the Clintons"
    if n == 1 and "@" + key in surnames and sp.strength < 3:
        if sp.tokens[0].initial and key[-1] == "s" and "w" in lx.gazetteer().get(key[:-1], ""):
            return None, key  # "Investors are concerned" beside "Investors Bank and Trust": a common plural
        return "ORG", surnames["@" + key]
    if n == 1 and "^" + key in surnames and (
            sp.strength < 3 or sp.hint == "PER" and (not sp.role or sp.role.lower() in KIN)  # "the couple's daughter, Chelsea"
            or sp.prev is not None and (sp.prev.lower in _FIRST_NAME_TITLES or sp.prev.lower in _SURNAME_TITLES
                                                        and "f" not in lx.gazetteer().get(key, ""))):
        return "PER", surnames["^" + key]  # a first name alone ("Jansher" for Jansher Khan, "Sir Menzies")
    if n == 1 and sp.prev is not None and sp.prev.lower in _ROYAL_TITLES and "!" + key in surnames:
        return "PER", surnames["!" + key]  # "Prince Saud" after "Foreign Minister Prince Saud Al-Faisal"
    if len(key) < 2:
        return None, key
    if key in from_context and not (sp.hint == "LOC" and sp.prev is not None and sp.prev.lower == "in"
                                    and key not in SEATS):
        return own, key  # the words around all mentions beat a shape ("Barcelona" the club; but "in Barcelona";
        # a government's seat is one body, "in Downing Street" too)
    if sp.strength >= 3 and sp.hint != own and sp.hint in KINDS:
        return sp.hint, key  # strong local evidence (a dateline, a title) beats the article's vote
    return own, key


# A peer's title is part of the name: "Lord Falconer", "Baroness Scotland" (not the country). From the ranks
# of the UK peerage and their female forms.
_PEER_TITLES = frozenset("lord lady baroness baron earl countess viscount viscountess duke duchess marquess".split())


_PEER_BEFORE = re.compile(r"\b(Lord|Lady|Baroness|Baron|Earl|Countess|Viscount|Viscountess|Duke|Duchess|Marquess)[ \t]+$")


# UK parties' words before a peer ("Tory Lord Campbell"), from the parties in the House of Lords
_UK_PARTIES = frozenset("tory conservative labour liberal lib dem democrat crossbench crossbencher unionist".split())
_CAP_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)[ \t]+$")


def _peer_title(text: str, members: list[Span]) -> str:
    """The peer's title written before a one-word name ("Lord" for "Lord Falconer"), else ""."""
    for sp in members:
        m = _PEER_BEFORE.search(text, max(0, sp.start - 12), sp.start)
        before = _CAP_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) if m else None
        if m and (before is None or is_role(before.group(1).lower()) or before.group(1).lower() in _UK_PARTIES):
            return m.group(1)  # "Attorney General Lord Goldsmith", "Tory Lord Campbell"; not "Sacha Baron Cohen"
    return ""


def _surname_of(sp: Span, own: str | None, full: str, players: bool = False) -> bool:
    """Whether a one-word mention is the last word of the name ``full`` that the article gives
    in full ("Clinton" after "Hillary Clinton"), although the gazetteer knows the word as a place.
    In a report of a sport of players (``players``: tennis, golf) it is, but at a dateline or a place cue."""
    table = lx.gazetteer()
    if not lx.BIG_PLACE_TAGS.intersection(table.get(sp.key, "")):
        return True  # at most a small town: "trust in Clinton"
    if sp.strength == _DATELINE or sp.caps_line or sp.prev is not None and (
            sp.prev.lower in lx.PLACE_CUES or sp.prev.lower in _PLACE_VERBS):
        return False  # "WASHINGTON (AP)", "in Jordan", "visited Jordan"
    if players or not (sp.hint == "LOC" and sp.strength >= 3 and own == "LOC"):
        return True  # "the 11th-seeded Washington" after "MaliVai Washington" in a tennis report
    first = table.get(full[:full.find(" ")], "")
    return "f" in first and "w" not in first  # "Jordan defends his film" after "Neil Jordan"; not "Stade de France"


def _common_word(members: list[Span], kind: str, table: dict[str, str]) -> bool:
    """'Record', 'League', 'Star' once, with nothing but a weak cue: a common word, no actor."""
    if len(members) > 1 or len(members[0].tokens) > 1:
        return False
    sp = members[0]
    return "w" in table.get(sp.key, "") and not (sp.hint == kind and sp.strength >= 3) and sp.role is None


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


def _actors(spans: list[Span], kinds: dict[str, str | None], surnames: dict[str, str], text: str,
            from_context: dict[str, str], players: bool = False, namesakes: Namesakes | None = None) -> tuple[Actor, ...]:
    """``players``: a report of a sport of players, not clubs (tennis, golf), whose one-word names are surnames."""
    groups: dict[tuple[str, str], list[Span]] = {}
    for sp in spans:
        kind, canon = _final_kind(sp, kinds, surnames, from_context, players, namesakes)
        if kind in KINDS:
            groups.setdefault((canon, kind), []).append(sp)
    actors = []
    table = lx.gazetteer()
    groups = _spellings_joined(_short_forms_joined(_kinds_joined(_countries_joined(groups, text))))
    head_end = _headline_end(text)
    no_break = "\xa0" in text
    for (canon, kind), members in joined_forms(groups, text).items():
        if _common_word(members, kind, table) or members[0].tokens[0].start < head_end and _headline_only(
                members, head_end, table) or kind == "ORG" and thing_in_capitals(members, text, table):
            continue
        if len(members) > 1:
            members.sort(key=_first_start)
        full = [sp for sp in members if sp.key == canon and not sp.caps_line] or members
        own_s = 2 if kind == "ORG" and _owns_its_s(members, text) else 0
        name = text[full[0].start:full[0].end + own_s]
        if no_break:
            name = name.replace("\xa0", " ")  # a no-break space: a space to a reader
        seen, aliases, mentions = {name}, [], {}
        for sp in members:
            start, end = sp.tokens[0].start, sp.tokens[-1].end + own_s
            surface = text[start:end]
            mentions[(start, end)] = Mention(start, end, surface)
            if no_break:
                surface = surface.replace("\xa0", " ")
            if surface not in seen and not sp.caps_line:
                seen.add(surface)
                aliases.append(surface)
        role = _fullest_role(text, members) if kind == "PER" else None  # no "major" for a place
        if kind == "PER" and " " not in name:
            title = _peer_title(text, members)
            if title:
                aliases.insert(0, name)  # the surname alone, as quotes may give the speaker
                name = f"{title} {name}"
                if role and role.rsplit(" ", 1)[-1].lower() in _PEER_TITLES:
                    role = role.rpartition(" ")[0] or None  # "Attorney General Lord" -> "Attorney General"
        ordered = tuple(mentions[k] for k in sorted(mentions)) if len(mentions) > 1 else tuple(mentions.values())
        actors.append(Actor(name, KINDS[kind], role=role, aliases=tuple(aliases), mentions=ordered))
    actors = _quoted_aliases_joined(actors, text)
    actors = [a for a in actors if not _only_quoted(a, text)]
    lead = _lead_end(text)
    actors.sort(key=lambda a: (-_salience(a, lead), a.mentions[0].start, a.name))
    return tuple(actors)


# after a firm's name and its "'s": a stop or a verb, where a possessive would have its noun ("fast-food giant
# McDonald's, has died", "Standard & Poor's, which ..."): the "'s" is the name's own
_NO_OWNED_NOUN = re.compile(r"[ \t]*(?:[,.;:)!?\n]|$|(?:has|had|is|was|said|says|which|announced|reported)\b)")


def _owns_its_s(members: list[Span], text: str) -> bool:
    """A body every mention of which ends in "'s", one of them before no noun: "McDonald's", not "Apple's"."""
    ends = [sp.tokens[-1].end for sp in members]
    if any(text[end:end + 2] not in ("'s", "’s") for end in ends):
        return False
    return any(_NO_OWNED_NOUN.match(text, end + 2) for end in ends)


_OPEN_QUOTES = "\"“‘'"
# Words just before a nickname in quotes ("as", "dubbed", "alias", "her", an open bracket); from news usage
_NICKNAME_CUE = re.compile(r"(?:\(|--|—|\b(?:as|dubbed|alias|called|nicknamed|aka|her|his|goes[ \t]+by|went[ \t]+by))[ \t]*$")
_NICKNAME_REACH = 60  # "Ted Cruz (“Lyin Ted”)", "Elizabeth Warren (D-Mass.) as "Pocahontas""


def _quoted_aliases_joined(actors: list[Actor], text: str) -> list[Actor]:
    """A person named only by a nickname or alias in quotes just after another person's name ("Ted Cruz
    (“Lyin Ted”)", "Ronald Reagan -- her "Ronnie"") is that person: the nickname joins their row."""
    people = [a for a in actors if a.kind == "person"]
    if len(people) < 2:
        return actors
    out = list(actors)
    for a in people:
        ms = a.mentions
        m = ms[0]
        if len(ms) > 2 or not (m.start > 0 and text[m.start - 1] in _OPEN_QUOTES and _QUOTE_CLOSED.match(text, m.end)):
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


def _countries_joined(groups: dict[tuple[str, str], list[Span]], text: str) -> dict[tuple[str, str], list[Span]]:
    """'United States', 'U.S.', 'USA': one row per ISO 3166 country (names and codes from pycountry)."""
    first: dict[str, tuple[str, str]] = {}
    out: dict[tuple[str, str], list[Span]] = {}
    for (canon, kind), members in groups.items():
        country = country_key(text[members[0].start:members[0].end]) if kind in ("LOC", "ORG") else None
        if country and kind == "ORG" and "c" not in lx.gazetteer().get(canon, ""):
            country = None  # "BA", "GM": an airline and a carmaker, whatever ISO 3166 codes say
        if country is None:
            out[(canon, kind)] = members
        elif country in first:
            out[first[country]].extend(members)
        else:
            first[country] = (canon, "LOC")
            out[(canon, "LOC")] = list(members)
    return out


def _kinds_joined(groups: dict[tuple[str, str], list[Span]]) -> dict[tuple[str, str], list[Span]]:
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


def _short_forms_joined(groups: dict[tuple[str, str], list[Span]]) -> dict[tuple[str, str], list[Span]]:
    """'GOP' and 'Republican Party', 'Fed' and 'Federal Reserve' in one article: one row, under the full name."""
    groups = _plurals_joined(groups)
    full = {g[0]: g for g in groups if g[0] in _FULL_FORMS}
    if not full:
        return groups
    out: dict[tuple[str, str], list[Span]] = {}
    for g, members in groups.items():
        into = next((full[f] for f in lx.SHORT_FORMS.get(g[0], ()) if f in full), None)
        out.setdefault(into or g, []).extend(members)
    return out


_FULL_FORMS = frozenset(f for forms in lx.SHORT_FORMS.values() for f in forms)


def _plurals_joined(groups: dict[tuple[str, str], list[Span]]) -> dict[tuple[str, str], list[Span]]:
    """'Conservative' and 'Conservatives', 'Lib Dem' and 'Lib Dems' as organisations in one article: one body
    (a party's member and its members), one row under the form most mentions use (the plural on a tie)."""
    into: dict[tuple[str, str], tuple[str, str]] = {}
    for g in groups:
        if g[1] != "ORG" or g[0][-1:] != "s":
            continue
        one = (g[0][:-1], "ORG")
        if g[0][-3:] == "ies" and " " not in g[0]:
            one = (g[0][:-3] + "y", "ORG")  # "Tory" and "Tories"; not "U.S. Treasuries", bonds
        if one in groups:
            keep, drop = (one, g) if len(groups[one]) > len(groups[g]) else (g, one)
            into[drop] = keep
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


def _spellings_joined(groups: dict[tuple[str, str], list[Span]]) -> dict[tuple[str, str], list[Span]]:
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


def _lead_end(text: str) -> int:
    """The end of the headline and first paragraph: names there are what the story is about."""
    cut = text.find("\n", text.find("\n", text.find("\n") + 1) + 1)
    return len(text) if cut < 0 else cut


def _salience(a: Actor, lead: int) -> float:
    """Mentions, more for a name in the headline or lead and for a role the text gives."""
    return len(a.mentions) + 2 * (a.mentions[0].start < lead) + (a.role is not None)
