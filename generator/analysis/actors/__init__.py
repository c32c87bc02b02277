"""Actors: people, organisations, places and groups named in an article.

Rule-based named-entity recognition in three steps, one module or more each:

1. candidate spans: capitalised runs (``spans``), less sentence-initial common words and
   words that are no name (``filters``, ``trim``), with titles, roles and demonyms before a
   name kept out of it ("Russian President Vladimir Putin" -> "Vladimir Putin", role
   "Russian President"; ``roles``);
2. a type per span from the gazetteer (``lexicon``: GeoNames places, Census names, compromise
   organisations), name shapes (first name + capitalised word, initials, acronyms,
   suffixes such as "Bank" or "Party") and cue words ("in X", "X said", "X spokesman"),
   each with a strength (``classify``, ``neighbours``, ``evidence``);
3. one type per name for the whole article (``kinds``: strengths add up; "one sense per
   discourse", Gale, Church & Yarowsky 1992), surnames alone joining the full name they
   belong to, and all-caps headlines read with the names the body already found; then one
   row per actor, ordered by salience (``joins``, ``identity``, ``rows``).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from ...model import Actor
from . import lexicon as lx
from .classify import classify
from .clubs import clubs_by_words, staffed_clubs
from .context import Context
from .credits import credit_spans
from .evidence import kinds_from_context
from .filters import (TITLE_JOINERS, caps_lead_end, common_words_joined, field_label, form_label, glued_colon,
                      in_portfolio, named_outside, possessive_title, subhead_end, work_title)
from .joins import given_names_shared, nicknames_joined, owners_kept
from .kinds import (DATELINE, EUROPEAN_ROYAL_TITLES, bodies_by_capitals, bodies_by_last_word, bodies_by_noun,
                    bodies_by_plural_last, bodies_called, branches, championships_by_people, common_words_bodies,
                    employers_at_posts, employers_named_like_people, modifiers_by_possessive, parties, people_by_kin,
                    pollsters, resolve, schools, storms_by_name, surname_keys, things_by_determiner)
from .namesakes import Namesakes
from .neighbours import kin_role
from .roles import appositive_role, owned_role, role_with_body_after, share_roles, with_owner_words
from .rows import actor_rows
from .seats import seats_acting
from .sheets import sheet_spans
from .spans import (Span, capitalised_runs, caps_starts, dateline, headline_matches, is_caps_line,
                    is_title_case_line, may_be_caps_line, tokenize, windows)
from .subtitles import glued_title, subtitled_works
from .teams import TEAM_SPORTS, team_spans
from .trim import word_before_country, split_at_title, strip_span
from .works import awards, bill_numbers, case_names, listed_products, quoted_titles, titles_of_works
from .word_tests import COMPASS, PLACE_STRONG
from ..document import Document

__all__ = ["extract_actors"]

_SLASHED = re.compile(r"/{1,2}[A-Z]")
_PART_OF_A_COUNTRY = COMPASS | {"mid"}  # a word before a country that names a region of it ("Mid Wales")
# a royal's style that also names a pub or a theatre after "the" ("the Queen Vic", "the Prince Edward")
_ROYAL_STYLES = EUROPEAN_ROYAL_TITLES | {"duke", "duchess"}
_NATIONS_AFTER = re.compile(r"[ \t]+\d[ \t]+Nations\b")  # "RBS 6 Nations": a sponsor before rugby's championship
_LABEL = re.compile(r"[ \t]*:[ \t]*(?:\d|$)", re.M)
_COLON = re.compile(r"[ \t]*:")
_VENUE = re.compile(r"[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?:[ \t]*[A-Z]")  # a line opened by "X :" then a team
# A cue's weight in the article's vote grows faster than its strength: one "drinks firm X"
# (2) outweighs three "X said" (1 each), which people and organisations share.
_WEIGHT = (0, 1, 4, 9, 9)


def _sheet_player(tags: str) -> bool:
    """A team sheet's name may be a player's: no place's name, and no body's unless a surname too."""
    # a country, a region, a continent: no player on a team sheet
    return not PLACE_STRONG.intersection(tags) and ("o" not in tags or "s" in tags)


def _openers(first: list[str], table: dict[str, str]) -> frozenset[str]:
    """Words that open two sentences or more and that no word list knows (no common word, place or name): a name
    the article writes at the start of its sentences only ("Federer had been ... Federer admitted ..."), not an
    adverb ("Meanwhile", a common word)."""
    seen: set[str] = set()
    twice = {w for w in first if w in seen or seen.add(w)}
    return frozenset(w for w in twice if w.isalpha() and w not in table)


def extract_actors(doc: Document, published: dt.date | None = None) -> tuple[Actor, ...]:
    table = lx.gazetteer()
    text = doc.text
    lines = []
    mid_caps: set[str] = set()
    first: list[str] = []  # each sentence's first word
    maybe_caps = caps_starts(text)
    for s in doc.sentences:
        caps = (may_be_caps_line(maybe_caps, s.start, s.end, text) and is_caps_line(text, s.start, s.end)
                or is_title_case_line(text, s.start, s.end))
        wins = tokenize(text, s.start, s.end) if caps else windows(text, s.start, s.end)
        lines.append((s, wins, caps))
        if not caps:
            mid_caps.update([t.lower for w, a, b in wins for t in w if t.cap and not t.initial and a <= t.start < b])
            if wins and wins[0][0] and wins[0][0][0].initial:
                first.append(wins[0][0][0].lower)
    sport = _sport(text, doc)
    clubs = None if sport else clubs_by_words(text)
    ctx = Context(table=table, mid_caps=mid_caps, sports=bool(sport), text=text,
                  team_sport=sport in TEAM_SPORTS or bool(clubs), clubs=clubs,
                  staffed=staffed_clubs(text) if clubs else frozenset(), openers=_openers(first, table))
    teams = dict(team_spans(text, sport)) if sport else {}

    spans: list[Span] = []
    products = listed_products(text)  # a list of brands or titles
    # a quoted title's words; a credit line's staff and agencies; a list of brands or titles; outside a sports
    # report, a court case's parties ("Roe v. Wade") and a bill's number ("HB 1523")
    works = quoted_titles(text) + credit_spans(text) + products + (
        [] if sport else case_names(text) + bill_numbers(text))
    product_keys: set[str] = set()
    sheets = sheet_spans(text)  # a team sheet's players
    glued = glued_colon(text)  # a title's parts glued by a colon ("CSI:NY"): in few articles
    subheads: list[tuple[int, int]] = []  # a paragraph's opening subheading before a colon
    for s, wins, caps in lines:
        if caps:
            continue
        dl = dateline(text, s.start, s.end)
        lead = caps_lead_end(text, s.start)
        sub = subhead_end(text, s.start) if lead == s.start else s.start
        if sub > s.start:
            subheads.append((s.start, sub))
        for tokens, a, b in wins:
            words = tokens if lead == s.start else [t for t in tokens if t.start >= lead]  # a newsletter's headline
            for whole in capitalised_runs(text, words):
                if not a <= whole[0].start < b:
                    continue
                if possessive_title(whole, s.start):
                    continue  # "roles in My Beautiful Launderette": a work's title
                after = tokens[whole[-1].i + 1].lower if whole[-1].i + 1 < len(tokens) else ""
                for run in split_at_title(whole, table, after, text):
                    span = strip_span(run, tokens, ctx, text, team=bool(teams) and teams.get(run[0].start, -1) >= run[-1].end)
                    if span is None:
                        continue
                    if works and any(a <= span.start < b for a, b in works):
                        if products and any(a <= span.start < b for a, b in products):
                            product_keys.add(span.key)
                        continue  # a word of a quoted title ("Lawrence of Arabia") or of a credit line
                    if span.role:
                        if spans and spans[-1].sentence == s.index:
                            span.role = owned_role(text, spans[-1], span)
                        span.role = with_owner_words(text, span.role, span.start, s.start, mid_caps)
                        span.role = role_with_body_after(text, span.role, span.tokens[-1].end)
                        if span.role[:1].isupper():
                            span.role = _numbered_title(text, span.role, span.start)
                    if span.role and span.role.lower() in _ROYAL_STYLES and len(span.tokens) == 1 and (
                            span.prev is not None and span.prev.i > 0 and tokens[span.prev.i - 1].text == "the"):
                        continue  # "in the Queen Vic", "at the Prince Edward": a pub's or a theatre's name after
                        # "the", never a royal's (who is "Prince Edward", "the Prince of Wales")
                    if span.role and len(span.tokens) == 1 and span.role.lower() in _ROYAL_STYLES and _quoted_style(
                            text, span.role, span.start, span.end):
                        span.role = None  # "from \"Queen Nancy\" to \"Bag Lady\"": a nickname in quotes, no royal
                    if len(span.tokens) == 1 and not span.role and not ctx.sports and not ctx.team_sport and (
                            span.prev is not None and span.prev.lower in TITLE_JOINERS or span.next is not None
                            and span.next.lower in TITLE_JOINERS) and common_words_joined(
                            tokens, span.tokens[0].i, table, text):
                        continue  # "Will and Grace", "Hope and Fears": a title's common words, no actors (but in a
                        # sports report: "the Braves and Cubs split a doubleheader", clubs named by common words)
                    if len(span.tokens) == 1 and text.startswith(" of the ", span.end) and work_title(
                            text, span.end + 8, table):
                        continue  # "Shaun of the Dead", "Return of the Jedi": a work's title, no actor
                    end = span.tokens[-1].end
                    after = text[end:end + 3]
                    if after[:1] == "/" and (after[1:2].isdigit() or after[1:2].isupper() and not after[2:3].isalnum()):
                        continue  # "OS" of "OS/2", "PS" of "PS/2", "Blue Gene" of "Blue Gene/L": a product's name
                        # cut at its slash (a model's number or letter)
                    if after[:1] == " " and after[1:2].isdigit() and _NATIONS_AFTER.match(text, end):
                        continue  # "RBS 6 Nations": the sponsor's name in the competition's, no actor (as "RBS Six
                        # Nations", ``classify``)
                    if span.role and _SLASHED.match(after):
                        span.role, span.hint, span.strength = None, "ORG", 3  # "analysts Nielsen//NetRatings": a body
                        # joined to another by a slash, no person with a role
                    start = span.tokens[0].start
                    if glued and glued_title(text, start, end):
                        continue  # "CSI:NY": a title's parts glued by a colon
                    if text[start - 2:start] == ", " and in_portfolio(text, start, end):
                        continue  # "Minister for Children, Young People and Families": words of an office's name
                    after = after.strip()
                    span.comma_after = after[:1] == ","
                    if span.comma_after and (span.role is None or kin_role(span.role)):
                        span.role = appositive_role(text, end) or span.role  # "her husband, X, a money manager": his post
                    span.bracket_after = after[:1] == "("
                    span.sentence = s.index
                    if dl and dl[0] <= span.start < dl[1]:
                        span.hint, span.strength = "LOC", DATELINE
                    elif len(span.tokens) == 1 and (not (rest := text[end:end + 8].lstrip(" \t")) or rest[0] == ":") and (
                            _LABEL.match(text, end)):  # (a colon next looked for first: most names have none)
                        continue  # "Attendance : 9,000": a field label, no name
                    elif span.tokens[0].caps and _COLON.match(text, end) and form_label(span.tokens, table):
                        continue  # "ISSUER : Bay Co ...", "L.O. : ...": a form's field in capitals, no name
                    elif span.prev is not None and span.prev.lower == "at" and _COLON.match(text, end):
                        span.hint, span.strength = "LOC", 3  # "At Tunbridge Wells : Kent 300 ...": a venue
                    elif sport and _VENUE.match(text, end) and (
                            field_label(span.key, table) or text[span.start - 1:span.start] in ("\n", "")):
                        if field_label(span.key, table):
                            continue  # "Scorers : ...": a field label
                        span.hint, span.strength = "LOC", 3  # "Leicester : Leicestershire 296": a venue
                    classify(span, ctx)
                    if (span.hint is None or span.hint == "PER" and span.strength <= 2) and len(span.tokens) == 2 and (
                            word_before_country(span.tokens, table)):
                        span.hint, span.strength = None, 0  # "Hotel Rwanda": a title's or a body's name, no person's
                        # by its shape; the words around it decide ("Priorities USA, the super PAC")
                        if span.tokens[0].lower in _PART_OF_A_COUNTRY:
                            span.hint, span.strength = "LOC", 3  # "Mid Wales", "Central Wales": a region of it
                    if teams and teams.get(span.start, -1) >= span.end:
                        span.hint, span.strength = "ORG", 3  # a results table's team
                    elif sheets and any(a <= span.start < b for a, b in sheets) and _sheet_player(table.get(span.key, "")):
                        span.hint, span.strength = "PER", 3  # a team sheet's player ("Murphy", "Jackson"), no town
                    spans.append(span)

    if subheads:  # a name only a subheading holds is a word of its title ("... Trumped by National Interests:")
        spans = [sp for sp in spans if not any(a <= sp.start < b for a, b in subheads)
                 or named_outside(text, sp.tokens[-1].text, subheads)]
    if product_keys:  # a brand listed as one ("brands such as Dr Pepper") is one wherever no role makes it a person;
        # a firm's name stays ("tech products like Twitter", "said on Twitter")
        spans = [sp for sp in spans if sp.key not in product_keys or sp.role or sp.hint == "ORG"]
    spans = nicknames_joined(spans, text, table)
    if "Our " in text:
        owners_kept(spans)
    share_roles(spans, text)
    if " and " in text:
        given_names_shared(spans, text, table)
    votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for sp in spans:
        if sp.hint:
            votes[sp.key][sp.hint] += _WEIGHT[sp.strength]
    kinds = resolve(votes)
    from_context = kinds_from_context(spans, kinds, text, table, bool(sport) or clubs is not None)
    from_context.update(titles_of_works(spans, kinds, text))
    from_context.update(awards(spans, kinds, text))
    from_context.update(parties(spans, kinds))
    from_context.update(schools(kinds))
    from_context.update(storms_by_name(kinds))
    from_context.update(seats_acting(spans, kinds, text))
    from_context.update(branches(kinds, table))
    from_context.update(common_words_bodies(spans, kinds, table))
    from_context.update(bodies_by_noun(spans, kinds, text, table))
    from_context.update(employers_at_posts(spans, kinds, text, table))
    from_context.update(pollsters(spans, kinds, text, table))
    from_context.update(people_by_kin(spans, kinds, text, table))
    from_context.update(bodies_by_plural_last(spans, kinds, table))
    from_context.update(bodies_called(spans, kinds, text))
    from_context.update(things_by_determiner(spans, kinds, table))
    from_context.update(modifiers_by_possessive(spans, kinds, table))
    from_context.update(employers_named_like_people(spans, kinds, table))
    from_context.update(bodies_by_capitals(spans, kinds, table))
    from_context.update(bodies_by_last_word(spans, kinds, table))
    from_context.update(championships_by_people(spans, kinds, text))
    from_context.update(subtitled_works(spans, kinds, text))
    kinds.update(from_context)
    surnames = surname_keys(spans, kinds, from_context, text, table)
    headline_votes = False  # votes from all-caps lines; without any, the kinds stand

    known = {**{k: v for k, v in kinds.items() if v}, **{k: "PER" for k in surnames if k[0] not in "@^!?"}}
    for s, tokens, caps in lines:
        if not caps:
            continue
        dl = dateline(text, s.start, s.end)
        for seg in headline_matches(tokens, known, table, surnames):
            span = Span(tokens=seg, sentence=s.index, caps_line=True)
            span.key = " ".join(t.lower for t in seg)
            if dl and dl[0] <= seg[0].start < dl[1]:
                span.hint, span.strength = "LOC", DATELINE
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
        kinds = resolve(votes)
        kinds.update(from_context)
    return actor_rows(spans, kinds, surnames, text, from_context, bool(sport) and sport not in TEAM_SPORTS,
                   Namesakes(spans, kinds, text), published)


_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d{1,4}[ \t]$")
# the words before a date's day or a year ("On March 21 Hollywood actress", "By 2004 Labour MP"): the number is the
# date's, not the title's
_DATE_BEFORE = lx.DAYS_MONTHS | frozenset("in on by since until till from to during before after through".split())


def _numbered_title(text: str, role: str, start: int) -> str:
    """'21 Grams actress' for the role 'Grams actress' right before the name: a title opened by a number keeps it."""
    at = start - 1 - len(role)
    if at > 2 and text[at:start - 1] == role and _NUMBER_BEFORE.search(text, max(0, at - 6), at):
        words = text[max(0, at - 16):at].split()  # [..., the word before the number, the number]
        if len(words) > 1 and words[-2].lower() in _DATE_BEFORE:
            return role
        return words[-1] + " " + role
    return role


_QUOTES = frozenset('"“‘\'')


def _quoted_style(text: str, role: str, start: int, end: int) -> bool:
    """Whether a royal style and one name stand alone in quotation marks ("from \"Queen Nancy\" to ..."): a nickname."""
    at = start - 1 - len(role)
    return at > 0 and text[at:start - 1] == role and text[at - 1] in _QUOTES and text[end:end + 1] in '"”’\''


def _sport(text: str, doc: Document) -> str:
    """The sport of a sports report, whose first line starts with it ("SOCCER - ..."), else ""."""
    if not doc.sentences:
        return ""
    first = doc.sentences[0]
    words = text[first.start:first.end].lower().replace("-", " ").split()[:4]  # "Baseball-Results of ..."
    return next((w for w in words if w in lx.SPORTS), "")
