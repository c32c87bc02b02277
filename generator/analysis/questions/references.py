"""Who a pronoun or a generic description stands for: the one place questions resolve references.

A question is read without its sentence, so "he", "it" or "the firm" must become a name. The
rule is the recency heuristic of centering theory (Grosz, Joshi & Weinstein 1995, in the simple
form of Hobbs' "naive" algorithm): the nearest person (for he/she/his/her) or organisation (for
it/its/the company) the actor list mentions before the pronoun, within a short window. What it
cannot resolve it returns as None, and the question is then dropped or ranked low.
"""
from __future__ import annotations

import bisect
import re
from typing import Sequence

from ...model import Actor
from ..actors.lexicon import gazetteer
from ..names import (MONTH_NAMES, OTHER_TITLE, ROLE_HEADS, WEEKDAYS, country_key, gender_of, honorific_gender,
                     honorific_genders, pronoun_gender, title_forms)
from ..regex_starts import boundary_words

_WINDOW = 600  # characters back: about three sentences of news prose
_NEAR = 300  # about the sentence before
_PERSON = frozenset("he she him his her hers".split())
_ORG = frozenset("it its".split())
# A generic head the nearest organisation named before may stand for ("the firm" → "Acme").
GENERIC_ORG = re.compile(r"^[Tt]he\s(?:[A-Za-z]+-based\s)?(?:firm|company|group|bank|carmaker|retailer|airline|business|giant|club|side|team|network|channel|studio|label|agency|regulator|watchdog|broadcaster)$")
UNRESOLVABLE = frozenset("they them their this that these those there we i you one".split())
COURTESY_TITLES = ("Mr", "Mrs", "Ms", "Dr")  # before a surname the article gives in full elsewhere ("Mr Jackson")
_ROLE_TITLES = re.compile(rf"^(?:{'|'.join(COURTESY_TITLES)}|Sir|Lord|Lady)\.?\s")


# A generic head the story's own organisation or country names: "the deal" → "the Barclays deal",
# "the economy" → "China's economy".
_DEAL = re.compile(r"^the\s(?P<head>deal|merger|takeover|bid|offer|sale|plan|plans|scheme|talks|move|restructuring|shares|share\sprice|results)$", re.I)
_ECONOMY = re.compile(r"^the\s(?P<head>economy|currency)$", re.I)
# A national figure or market with no owner named: "the country's economic growth", "house prices",
# "interest rates" (the generic subjects of forecast sentences in tuning-part business stories).
_NATIONAL = re.compile(
    r"^(?:the\s(?:country|nation)['’]s\s(?P<own>[a-z][a-z\s-]{2,30})"
    r"|(?P<bare>economic\sgrowth|house\sprices|interest\srates|inflation|unemployment|the\s(?:jobless|unemployment|inflation)\srate|the\srecovery|the\seconomic\srecovery))$",
    re.I,
)
# Demonym → country, for the lede that names a country only by its adjective ("The Japanese government …").
# Written by hand from the ISO 3166 short names of the larger economies; only adjectives that settle one country.
DEMONYMS = {
    "Japanese": "Japan", "Chinese": "China", "German": "Germany", "French": "France", "British": "UK", "American": "US",
    "Indian": "India", "Russian": "Russia", "Italian": "Italy", "Spanish": "Spain", "Brazilian": "Brazil", "Canadian": "Canada",
    "Australian": "Australia", "Mexican": "Mexico", "Dutch": "the Netherlands", "Irish": "Ireland", "Swiss": "Switzerland",
    "Swedish": "Sweden", "Turkish": "Turkey", "Argentine": "Argentina", "Argentinian": "Argentina", "Pakistani": "Pakistan",
    "Indonesian": "Indonesia", "Nigerian": "Nigeria", "Egyptian": "Egypt", "Israeli": "Israel", "Iranian": "Iran",
    "Iraqi": "Iraq", "Greek": "Greece", "Polish": "Poland", "Thai": "Thailand", "Malaysian": "Malaysia", "Norwegian": "Norway",
    "Danish": "Denmark", "Belgian": "Belgium", "Austrian": "Austria", "Portuguese": "Portugal", "Ukrainian": "Ukraine",
    "Vietnamese": "Vietnam", "Taiwanese": "Taiwan", "Kenyan": "Kenya", "Singaporean": "Singapore", "Filipino": "the Philippines",
}
_DEMONYM = re.compile(r"\b(?:" + "|".join(DEMONYMS) + r")\b")
# The spelling a question uses for a country news names several ways (ISO 3166 and its short
# forms, ``names.country_key``, tell them apart): "Britain", "U.K." → "UK"; other countries as written.
_SPELLING = {"country:gb": "UK", "country:us": "US", "country:nl": "the Netherlands"}


# A subject that is a common noun phrase: "the bill", "this merger", "the new tax plan".
_HEAD_NP = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s(?P<tail>(?:[a-z-]+\s){0,2}(?P<head>[a-z-]{3,}))$")
# Heads that are no thing to name after a proper noun ("the Clinton way"), and words no name starts with.
_NOT_HEADS = frozenset("way thing things time times year years day days week month people man woman one ones kind sort lot end fact case point".split())
NOT_NAMES = frozenset("""The A An This That These Those But And Or So If When While As In On At For By With From To Of It He She They We
I You His Her Its Their Our My Your Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
June July August September October November December Last Next Every Each Some Many Most All No Any After Before Under Over""".split())
_NAMES_BEFORE = re.compile(r"(?<![\w’'&.-])(?:[A-Z][\w’'&.-]*\s){1,4}$")  # the capitalised words right before a mention
_SENTENCE_START = re.compile(r"(?:^|[.!?”\"]\s|\n)\S$")  # the char before a word is a sentence's end
_MENTION_WINDOW = 3000  # characters back: the story so far, in most news pieces


# A building named by its proper name and its kind: "the Mother Emanuel Church", "Sandy Hook Elementary School" (a question
# that says "the church" leans on its sentence: a labelled tuning candidate judged vague for "inside the church").
BUILDING_HEADS = "church cathedral mosque synagogue temple school college hospital stadium prison airport".split()
_NAMED_BUILDING = re.compile(
    r"(?<![\w’'-])(?!The\s)(?P<name>(?:[A-Z][\w’'.-]*\s){1,4})(?P<head>" + "|".join(h.capitalize() for h in BUILDING_HEADS) + r")\b(?!\s[A-Z])")  # not a title-cased headline's "Charleston Church Shooting …"


# An inquiry named by whose it is: "the FBI investigation", "an FBI probe", "Scotland Yard's inquiry" (the people doing
# it, "the investigators", are its owner's: a labelled tuning candidate judged vague for "sit down with the investigators").
_OWNED_INQUIRY = re.compile(
    r"(?<![\w’'-])(?P<owner>(?:[A-Z][\w.&’'-]*\s){0,2}[A-Z][\w.&-]*?)(?:[’']s)?\s(?:criminal\s|federal\s|own\s|internal\s)?"
    r"(?:investigation|inquiry|probe)\b")


def _names_in(name: str, role: str) -> bool:
    """Whether ``role`` names the body ``name`` as a word ("Labour election chief", "Tory co-chairman")."""
    at = role.find(name)
    return at >= 0 and (at == 0 or not role[at - 1].isalnum()) and not role[at + len(name):at + len(name) + 1].isalnum()




class References:
    """The actors' mentions in text order, to find the nearest one before an offset."""

    def __init__(self, actors: Sequence[Actor], lead: str = "", text: str = "", quoted: Sequence[tuple[int, int, str | None]] = ()):
        self._text = text
        self._quoted = sorted(quoted, key=lambda q: q[:2])  # (start, end, speaker) of each quotation: a person named inside one is no antecedent
        self._quote_starts = [q[0] for q in self._quoted]
        self._sex_found: dict[tuple[int, str, bool], str | None] = {}  # one_of_sex's answers: subject() and forecasts ask twice
        self._genders: dict[str, str] | None = None  # surname → sex from the honorifics, found when first asked
        rows = []
        for a in actors:
            if a.kind in {"person", "organization", "group"}:
                for m in a.mentions:
                    rows.append((m.start, a.kind, a.name))
        rows.sort()
        self._starts = [r[0] for r in rows]
        self._rows = rows
        self._counts = {a.name: len(a.mentions) for a in actors}
        self._sides: tuple[dict[str, tuple[str, ...]], dict[str, str]] | None = None  # bodies' forms, people's roles:
        # found when first asked (few articles ask)
        self._kinds = {n: a.kind for a in actors for n in (a.name, *a.aliases, *(m.text for m in a.mentions))}
        self._actors = actors
        self._main = {kind: self._story(actors, kind, lead) for kind in ("organization", "place")}  # a person's, found when first asked
        self._places = [a for a in actors if a.kind == "place"]
        self._lead = lead
        self._country_rows: list[tuple[int, str]] | None = None  # (offset, country) of each mention, found when first asked
        self._building_rows: list[tuple[int, str, str]] | None = None  # (offset, head, name) of each named building, found when first asked
        self._inquiry_rows: list[tuple[int, str]] | None = None  # (offset, owner) of each inquiry named by its owner, found when first asked

    def named_building(self, head: str, offset: int) -> str | None:
        """The one building of kind ``head`` ("church") the text before ``offset`` names ("the Mother Emanuel Church"), or None
        when it names none or several."""
        if self._building_rows is None:
            self._building_rows = [(m.start(), m.group("head").lower(), f"the {m.group('name')}{m.group('head')}")
                                   for m in _NAMED_BUILDING.finditer(self._text)]
        found = {name for at, kind, name in self._building_rows if kind == head and at < offset}
        return found.pop() if len(found) == 1 else None

    def inquiry_owner(self, offset: int) -> str | None:
        """The one organisation whose inquiry the text before ``offset`` names ("the FBI investigation" → "FBI"), or None
        when it names none or several."""
        if self._inquiry_rows is None:
            self._inquiry_rows = [(m.start(), owner) for m in _OWNED_INQUIRY.finditer(self._text)
                                  if self.kind_of(owner := m.group("owner").removeprefix("The ").removeprefix("An ")) == "organization"]
        found = {owner for at, owner in self._inquiry_rows if at < offset}
        return found.pop() if len(found) == 1 else None

    def kind_of(self, name: str) -> str | None:
        """The kind of the actor ``name`` is (with or without a title: "Mr Smith" is "Smith")."""
        return self._kinds.get(name) or self._kinds.get(_ROLE_TITLES.sub("", name))

    def full_name(self, name: str, kind: str | None = None) -> str | None:
        """The actor ``name`` names ("Tur" → "Katy Tur", "Mr Brown" → "Gordon Brown"), when exactly one actor (of ``kind``) fits."""
        key = _ROLE_TITLES.sub("", name)
        found = [actor for actor in self._counts if (key == actor or key in actor.split()) and (kind is None or self._kinds.get(actor) == kind)]
        return found[0] if len(found) == 1 else None

    def full_person(self, name: str) -> str | None:
        """The one person's full name ``name`` stands for ("Clinton" → "Hillary Clinton" beside the Clinton Foundation,
        "Mr Brown" → "Gordon Brown"), or None when no one person, or no name of two words, fits."""
        found = self.full_name(name, "person")
        return found if found and " " in found else None

    def _forms_and_roles(self) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
        """Each body's names by each of them, and each person's role ("Labour election chief")."""
        if self._sides is None:
            actors = self._actors
            self._sides = ({n: (a.name, *a.aliases) for a in actors if a.kind in {"organization", "group"}
                            for n in (a.name, *a.aliases)},
                           {a.name: a.role for a in actors if a.kind == "person" and a.role})
        return self._sides

    def side(self, name: str) -> frozenset[str]:
        """The names of the body ``name`` speaks for: a body's own ("Tories", "Tory"); a person's, the bodies its role names
        ("Labour election chief Alan Milburn" → "Labour"); none when its role names none."""
        forms, roles = self._forms_and_roles()
        if name in forms:
            return frozenset(forms[name])
        role = roles.get(self.full_name(name, "person") or name, "")
        return frozenset(form for body in forms for form in forms[body] if _names_in(form, role))

    def members(self, side: frozenset[str], besides: frozenset[str] = frozenset()) -> list[str]:
        """The people whose role names a body of ``side`` and none of ``besides`` ("Tory co-chairman Liam Fox" is no
        member of Labour's side, nor of a side both name)."""
        return [name for name, role in self._forms_and_roles()[1].items()
                if any(_names_in(form, role) for form in side) and not any(_names_in(form, role) for form in besides)]

    def role_holder(self, role: str) -> str | None:
        """The one person, of a full name, whose title is ``role`` or its abbreviation ("the governor": "Gov. Alejandro
        García Padilla"), or None when the article gives that title to no one or to several."""
        forms = title_forms(role)
        found = [name for name, title in self._forms_and_roles()[1].items()
                 if " " in name and title.split()[-1].lower().rstrip(".") in forms and OTHER_TITLE.isdisjoint(title.lower().replace('-', ' ').split())]
        return found[0] if len(found) == 1 else None

    def mentions(self, name: str) -> int:
        """How often the article names the actor ``name`` (0 when it is no actor, or several fit)."""
        actor = self.full_name(name)
        return self._counts[actor] if actor else 0

    @staticmethod
    def _story(actors: Sequence[Actor], kind: str, lead: str) -> str | None:
        """The actor of ``kind`` the article names most, no other as often, if the headline or lede names it too."""
        ranked = sorted((a for a in actors if a.kind == kind), key=lambda a: (-len(a.mentions), a.name))
        if ranked and len(ranked[0].mentions) >= 2 and ranked[0].name in lead and (len(ranked) == 1 or len(ranked[1].mentions) < len(ranked[0].mentions)):
            return ranked[0].name
        return None

    @property
    def _countries(self) -> list[tuple[int, str]]:
        if self._country_rows is None:
            self._country_rows = sorted((m.start, c) for a in self._places if (c := _country(a.name)) for m in a.mentions)
        return self._country_rows

    def _story_country(self, lead: str) -> str | None:
        """The one country the headline and lede name (by name or by adjective), or None when they name none or several."""
        found = {_country(w) for w in _DEMONYM.findall(lead)}
        found.update(c for _, c in self._countries if re.search(rf"(?<!\w){re.escape(c)}(?!\w)", lead))
        found.update(_country(w) for w in re.findall(r"\b(?:Britain|United Kingdom|United States|America)\b", lead))
        return found.pop() if len(found) == 1 else None

    def _countries_near(self, offset: int) -> set[str]:
        """The countries named in the ``_NEAR`` characters before ``offset`` (by name or by adjective)."""
        begin = max(0, offset - _NEAR)
        found = {c for at, c in self._countries if begin <= at < offset}
        return found | {_country(w) for w in _DEMONYM.findall(self._text, begin, offset)}

    def _dominant(self, country: str) -> bool:
        """Whether the article names ``country`` (by name or adjective) more often than all other countries together."""
        named = [c for _, c in self._countries] + [_country(w) for w in _DEMONYM.findall(self._text)]
        return 2 * named.count(country) > len(named)

    def national(self, subject: str, offset: int) -> str | None:
        """'the economy', 'house prices', 'the country's growth' named after the story's one country, when the
        sentence and the one before name no other ("Japan's economic growth", "UK house prices"), or None."""
        m = _NATIONAL.match(subject)
        if not (m or _ECONOMY.match(subject)):
            return None
        country = self._story_country(self._lead)
        if country is None or not self._countries_near(offset) <= {country}:
            return None
        if not self._dominant(country):
            return None  # "Japanese carmaker Nissan" in the lede of a story on the UK: the article's countries outvote it
        owner = f"the {country}" if country.isupper() else country
        owner = owner + "’" if owner.endswith("s") else possessive(owner)
        if m is not None and m.group("own"):
            return f"{owner} {m.group('own').lower()}"
        head = _ECONOMY.match(subject).group("head") if m is None else re.sub(r"^the\s", "", m.group("bare"))
        if country.isupper():
            return f"the {country} {head.lower()}" if subject.lower().startswith("the ") else f"{country} {head.lower()}"
        return f"{owner} {head.lower()}"

    def story_name(self, subject: str, offset: int | None = None) -> str | None:
        """A generic subject named after the story's organisation or country, or None."""
        if offset is not None and (named := self.national(subject, offset)):
            return named
        m = _DEAL.match(subject)
        if m and self._main["organization"]:
            return f"the {self._main['organization']} {m.group('head').lower()}"
        m = _ECONOMY.match(subject)
        place = self._main["place"]
        if m and place:
            return f"the {place} {m.group('head').lower()}" if place.isupper() else f"{possessive(place)} {m.group('head').lower()}"
        return None

    def nearest(self, offset: int, kind: str) -> str | None:
        """The person nearest before ``offset``; for an organisation, the one the article names most
        often among those in the window (an "it" is far likelier the story's firm than a rival
        named in an aside)."""
        i = bisect.bisect_left(self._starts, offset) - 1
        seen: list[str] = []
        while i >= 0 and offset - self._rows[i][0] <= _WINDOW:
            if self._rows[i][1] == kind:
                if kind == "person":
                    return self._rows[i][2]
                seen.append(self._rows[i][2])
            i -= 1
        return max(seen, key=lambda n: (self._counts[n], -seen.index(n))) if seen else None

    def story_actor(self, kind: str) -> str | None:
        """The actor of ``kind`` the article names most, if its headline or lede names it too."""
        if kind not in self._main:
            self._main[kind] = self._story(self._actors, kind, self._lead)
        return self._main[kind]

    def story_org(self) -> str | None:
        """The organisation the article names most, if its headline or lede names it too."""
        return self._main["organization"]

    def opening(self, start: int, kind: str) -> str | None:
        """The actor of ``kind`` a sentence starting at ``start`` opens with ("Acme", "The Acme group"), or None."""
        i = bisect.bisect_left(self._starts, start)
        if i < len(self._rows) and self._rows[i][0] - start <= 4 and self._rows[i][1] == kind:
            return self._rows[i][2]
        return None

    def one_of_sex(self, offset: int, pronoun: str, in_paragraph: bool = False) -> str | None:
        """The one person 'he' or 'she' at ``offset`` can be: of the people named before it (in its paragraph, or within
        ``_NEAR`` characters), those not of the other sex (``names.gender_of``); a person named inside a quotation counts
        as its speaker ("“It's wrong for Trump,” he told the Post. He said he is willing …": the speaker, not Trump),
        unless the pronoun is inside a quotation of the same speaker, who is then no antecedent.
        In its paragraph the one must be of the pronoun's known sex."""
        key = (offset, pronoun.lower(), in_paragraph)
        if key not in self._sex_found:
            self._sex_found[key] = self._one_of_sex(offset, pronoun, in_paragraph)
        return self._sex_found[key]

    def _quote_at(self, offset: int) -> tuple[int, int, str | None] | None:
        """The quotation that holds ``offset`` (the last to open before it), or None."""
        k = bisect.bisect_right(self._quote_starts, offset) - 1
        return self._quoted[k] if k >= 0 and offset < self._quoted[k][1] else None

    def _one_of_sex(self, offset: int, pronoun: str, in_paragraph: bool) -> str | None:
        sex = pronoun_gender(pronoun)
        start = self._text.rfind("\n", 0, offset) + 1 if in_paragraph else offset - _NEAR
        if sex is None or start >= offset:
            return None
        seen: set[str] = set()
        # the speaker of a quotation that holds the pronoun says "I", not "he"; the names in his quotations are his antecedents
        holder = self._quote_at(offset)
        own = holder[2] if holder is not None else None  # (a quotation with no speaker: no one's own)
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0 and self._rows[i][0] >= start:
            at, kind, name = self._rows[i]
            quote = self._quote_at(at)
            if quote is not None and (quote[0] <= offset < quote[1] or own is not None and quote[2] == own):
                quote = None
            if quote is not None:
                name = quote[2] if quote[2] and self._kinds.get(quote[2]) == "person" else None
            if name and (kind == "person" or quote is not None):
                seen.add(name)
            i -= 1
        if not in_paragraph:
            seen |= {q[2] for q in self._quoted if start <= q[1] <= offset and q[2] and self._kinds.get(q[2]) == "person"}
        seen.discard(own)
        if self._genders is None:
            self._genders = honorific_genders(self._text)
        fits = [n for n in seen if gender_of(n, self._genders) in ((sex,) if in_paragraph else (sex, "u", None))]
        others = [n for n in seen if n not in fits and gender_of(n, self._genders) in (None, "u")]
        return fits[0] if len(fits) == 1 and not (in_paragraph and others) else None

    def only(self, offset: int, kind: str, window: int = _WINDOW, besides: str = "") -> str | None:
        """The one actor of ``kind`` the window names, or None when it names none or several."""
        seen = self.named_before(offset, kind, window, besides)
        return seen[0] if len(seen) == 1 else None

    def named_before(self, offset: int, kind: str, window: int = _WINDOW, besides: str = "") -> list[str]:
        """The actors of ``kind`` the ``window`` characters before ``offset`` name, nearest first; an actor
        with a word of its name in ``besides`` (the question's own names) is left out."""
        i = bisect.bisect_left(self._starts, offset) - 1
        seen: list[str] = []
        own = set(besides.replace("’s", " ").replace("'s", " ").split())
        while i >= 0 and offset - self._rows[i][0] <= window:
            name = self._rows[i][2]
            if self._rows[i][1] == kind and name not in seen and (not own or own.isdisjoint(name.split())):
                seen.append(name)
            i -= 1
        return seen

    def mentions_of(self, name: str) -> int:
        """How often the article names the actor called exactly ``name``."""
        return self._counts.get(name, 0)

    def country_near(self, offset: int) -> str | None:
        """The story's one country ("the country" in a question), when the text just before names no other
        and the article names it more than all others together; as a question writes it ("the Philippines")."""
        country = self._story_country(self._lead)
        if country is None or not self._countries_near(offset) <= {country} or not self._dominant(country):
            return None
        return f"the {country}" if country.isupper() or country.endswith("s") and not country.startswith("the ") else country

    def subject(self, subject: str, offset: int) -> str | None:
        """The name a clause subject stands for, the subject itself when it names something, or None."""
        low = subject.lower()
        if low in {"he", "she"}:
            name = self.one_of_sex(offset, low, in_paragraph=True) or self.one_of_sex(offset, low)  # else a guess between two
            return name if name and (" " in name or _ROLE_TITLES.match(name)) else None  # "HuffPost" is no full name
        if low == "it":
            return None  # a subject "it" is as often the deal or the sale as a firm: only a sayer resolves it
        if GENERIC_ORG.match(subject):
            name = self.only(offset, "organization")
            return name if name and self._counts.get(name, 0) >= 2 else self._main["organization"]  # the story's firm
        first = low.split()[0] if low else ""
        if first in UNRESOLVABLE or first in _PERSON or first in _ORG:
            if first not in {"his", "her", "its"} or " " not in subject:
                return None  # "it cannot", "they": no possessive to name
            name = self.only(offset, "organization" if first == "its" else "person")
            return f"{possessive(name)} {subject.split(' ', 1)[1]}" if name else None
        return self.earlier_mention(subject, offset) or subject

    def earlier_mention(self, subject: str, offset: int) -> str | None:
        """'the bill' → 'the Senate bill', 'this merger' → 'the Sirius-XM merger': the nearest earlier
        mention of the same head noun with a proper name before it (within ``_MENTION_WINDOW``), or None."""
        m = _HEAD_NP.match(subject)
        if not m or not self._text or m.group("head").lower() in _NOT_HEADS:
            return None
        tail = m.group("tail")
        titled = " ".join(w[:1].upper() + w[1:] for w in tail.split())  # "the department": "the Justice Department"
        begin, end = max(0, offset - _MENTION_WINDOW), offset
        while (at := max(self._text.rfind(" " + tail, begin, end), self._text.rfind(" " + titled, begin, end))) >= 0:
            end = at
            word = self._text[at + 1: at + 1 + len(tail)]  # the text's own spelling, lower- or title-case
            after = self._text[at + 1 + len(tail): at + 2 + len(tail)]
            found = _NAMES_BEFORE.search(self._text, max(0, at - 60), at + 1)
            if found is None or after.isalpha():
                continue
            names = found.group(0).split()
            if (len(names) == 1 and self.kind_of(names[0].removesuffix("’s").removesuffix("'s")) is None
                    and self.kind_of(f"{names[0]} {word}") is None
                    and _SENTENCE_START.search(self._text, max(0, found.start() - 3), found.start() + 1)):
                continue  # "Senior administration officials …": a sentence's first word is capitalised, no name
            while names and (names[0] in NOT_NAMES or names[0].endswith(".") and len(names[0]) > 4):
                names.pop(0)
            if names and not any(n in NOT_NAMES for n in names):
                words = " ".join(names)
                return f"{words} {word}" if words.endswith(("’s", "'s")) else f"the {words} {word}"
        return None



def is_country(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a country (its kind "c")."""
    return "c" in gazetteer().get(name.lower(), "")


# Offices one person holds for a place ("the New York attorney general", "the London mayor"), unlike a senator, an MP or
# a player (general knowledge of public offices; "attorney" as in "attorney general", "district attorney").
ONE_HOLDER_OFFICES = frozenset("attorney governor mayor president premier chancellor treasurer comptroller sheriff".split())


def jurisdiction(words: str) -> bool:
    """Whether capitalised ``words`` are a country, a state or region, or a city (the gazetteer's c, r, y): the place
    whose office a role is ("the New York attorney general", "the London mayor"), not a party ("the Democratic nominee")."""
    return words[:1].isupper() and all(w[:1].isupper() for w in words.split()) and not set(gazetteer().get(words.lower(), "")).isdisjoint("cry")


def _country(name: str) -> str | None:
    """The country ``name`` is, in one spelling per country ("Britain" → "UK"), or None for a city, a region or no country."""
    if name in DEMONYMS:
        return DEMONYMS[name]
    key = country_key(name)
    if key in _SPELLING:
        return _SPELLING[key]
    return name if is_country(name) else None


# The kind of actor a possessive can stand for: "its plans" a body's, "his plans" a person's.
POSSESSIVE_KIND = {"its": "organization", "his": "person", "her": "person"}


def possessive(name: str, text: str = "") -> str:
    """``name``'s, with the apostrophe ``text`` (the article) uses most."""
    return name + ("’s" if not text or text.count("’") > text.count("'") else "'s")


DANGLING = re.compile(boundary_words("it its this these those they them their he she him his her we our us I me my you your himself "
                                     "herself themselves itself".split()) + r"\b")


_PASSIVE = re.compile(r"\sbe\s(?:\w+ly\s)?[a-z]+(?:ed|en|wn|ld|ght)\s")
_BOUND = frozenset("his her its their itself himself herself themselves".split())  # bound by the named subject
# "this fall" (American autumn; not "this fall in sales"), "this quarter", "this Sunday", "this March": times, like "this year"
_THIS_TIME = re.compile(
    r"\s(?:year|week|month|morning|afternoon|evening|weekend|season|spring|summer|autumn|fall(?!\sin\b)|winter|time|term|decade|century|quarter"
    r"|" + "|".join(sorted(d.title() for d in WEEKDAYS) + list(MONTH_NAMES)) + r")\b"
)


def dangling(question: str, people: frozenset[str] = frozenset()) -> str | None:
    """A pronoun the question holds that only its sentence can explain; a possessive after a name
    ("Will Acme cut its prices?") binds to that name, and so does he/she after a person's name (``people``:
    the words of the article's people's names) with no other person between ("Will Michael Howard … when he …?")."""
    m = dangling_at(question, people)
    return m.group(0) if m else None


_SUBJECT_PERSON = re.compile(rf"^\S+\s(?P<title>(?:{'|'.join(COURTESY_TITLES)}|Miss)\.?\s)?(?P<name>(?:[A-Z][\w.-]*\s){{0,3}}[A-Z][\w-]*)(?P<own>[’']s)?\s")
_SUBJECT_PRONOUNS = frozenset("he him she".split())  # (his, her: bound by any name before, ``_BOUND``)
# A possessor's noun that is itself a person: "Mrs. Clinton's opponent … if he …" ('he' is the opponent).
_PERSON_HEADS = ROLE_HEADS | frozenset("opponent opponents rival rivals successor predecessor challenger replacement".split())


def _bound_to_subject(question: str, m: re.Match, people: frozenset[str]) -> bool:
    """Whether he/she (or him, after a possessor) stands for the person the question's subject names: one of the article's
    people ("Will Michael Howard …", "Will Mr. Rubio's entire strategy …"), no other named between, a title that agrees.
    An object 'him' in the subject's own clause is never the subject ("Will Chelsea sign him?")."""
    s = _SUBJECT_PERSON.match(question)
    pronoun = m.group(0)
    if s is None or pronoun not in _SUBJECT_PRONOUNS or s.group("name").split()[-1] not in people:
        return False
    if pronoun == "him" and not s.group("own"):
        return False
    title_sex = honorific_gender(s.group("title").strip()) if s.group("title") else None
    if title_sex is not None and title_sex != pronoun_gender(pronoun):
        return False
    between = question[s.end():m.start()].split()
    if s.group("own") and not _PERSON_HEADS.isdisjoint(w.lower() for w in between[:3]):
        return False
    return not any(w.rstrip(",.").removesuffix("’s").removesuffix("'s") in people for w in between)


def dangling_at(question: str, people: frozenset[str] = frozenset()) -> re.Match | None:
    """The first pronoun ``dangling`` finds, as a match (where it stands in the question)."""
    words = question.split()
    # "Will Acme cut its prices?", "Will the Conservatives announce their …?", "Will the FSA force brokers to … their …?"
    # (a name, or a capitalised name or acronym after 'the')
    # ("the American people …", "the Germans" are no name: a demonym is an adjective or a people)
    named = len(words) > 2 and (words[1][:1].isupper() or words[1] == "the" and words[2][:1].isupper() and words[2] not in DEMONYMS and words[2][:-1] not in DEMONYMS)
    named = named and not _PASSIVE.search(question)  # "Will Chalone be integrated into its …": 'its' is the buyer's
    for m in DANGLING.finditer(question, 1):
        if named and m.group(0) in _BOUND:
            continue
        if m.group(0) == "this" and _THIS_TIME.match(question, m.end()):
            continue  # "this year": a time, not a reference
        if people and _bound_to_subject(question, m, people):
            continue
        return m
    return None
