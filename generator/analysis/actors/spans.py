"""Candidate name spans for the actor extractor: tokens, capitalised runs, headline matches.

Rules after the classic capitalisation heuristics of rule-based NER (Mikheev, Moens & Grover
1999, "Named entity recognition without gazetteers"): a capitalised word that opens a
sentence is only a name when the article also capitalises it elsewhere or a word list
knows it as a name; all-caps headlines are matched against the gazetteer and the names
found in the article body instead of being taken whole.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from ..names import ROLE_HEADS, country_key
from ..regex_starts import word_starts

# A word: letters/digits, with inner apostrophes, dots, hyphens or "&" (U.S., O'Neill, AT&T).
_TOKEN = re.compile(r"[^\W_]+(?:[’'.&\-][^\W_]+)*\.?|&")
_POSSESSIVE = ("’s", "'s", "’S", "'S")
_OPENERS = frozenset("\"“‘'(«[—–")
_ENTITY_TAGS = frozenset("cryoekp")  # the gazetteer tags of a name (word_tests.ENTITY, which imports this module)
_DATELINE = re.compile(
    r"([A-Z][A-Z.'\- ]*[A-Z.](?:\s*,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)*)?)"
    r"\s+(?:\d{4}-\d\d-\d\d|\((?:Reuters|AP|AFP|UPI)\)|(?P<dash>[-–—]{1,2})(?=\s))")  # US papers: "CHICO, Calif. - "
_DATED_LINE = re.compile(r"^[A-Z][A-Z.'\- ]*[A-Z.][^\n]{0,40}?[ \t](?:\d{4}-\d\d-\d\d|\((?:Reuters|AP|AFP|UPI)\))", re.M)
_LETTERS = re.compile(r"(?<![\w’'])[^\W\d_]{2,}")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_CAP_STRETCH = re.compile(
    # one character class first, then the look-behind: the regex engine gets a first-character
    # set and skips lower-case text in C ("al-"/"el-" names start with their "a"/"e")
    rf"[{_UPPER}&ae](?:(?<=(?<![\w’'.&-])[{_UPPER}&])|(?<=(?<![\w’'.&-])[ae])l-[{_UPPER}])[\w’'.&-]*"
    rf"(?:[ \t\xa0]+(?:[a-z]{{1,4}}[ \t\xa0]+){{0,2}}(?:[{_UPPER}&]|(?:al|el)-[{_UPPER}])[\w’'.&-]*)*")
# The same without the "al-"/"el-" start, for the most lines, which hold no "l-": the engine then
# skips every lower-case letter, "a" and "e" included.
_CAP_STRETCH_UPPER = re.compile(
    rf"[{_UPPER}&](?<=(?<![\w’'.&-])[{_UPPER}&])[\w’'.&-]*"
    rf"(?:[ \t\xa0]+(?:[a-z]{{1,4}}[ \t\xa0]+){{0,2}}(?:[{_UPPER}&]|(?:al|el)-[{_UPPER}])[\w’'.&-]*)*")
_NEXT_WORD = re.compile(r"[^\w\n]*?[ \t]*[\w’'.&-]+")
# "The man ...", "But we ...": a function word opening the sentence before a lower-case word
# gives no name and no evidence for one (it is not a mid-sentence capital), so no window.
_OPENING_WORDS = frozenset(w.capitalize() for w in lx.FUNCTION_WORDS if w.isalpha())
_LOWER_NEXT = re.compile(r" [a-z]+(?![\w’'.&-])")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    initial: bool  # opens the sentence or a quotation
    cap: bool
    caps: bool  # all capitals, two letters or more
    i: int = 0  # position in the sentence's token list


@dataclass(slots=True)
class Span:
    tokens: list[Token]
    sentence: int
    caps_line: bool = False
    prev: Token | None = None  # the word before the span (after stripping)
    next: Token | None = None
    role: str | None = None  # a title or role kept out of the name
    hint: str | None = None  # PER / ORG / LOC / MISC decided by a cue
    strength: int = 0
    key: str = field(default="")
    comma_after: bool = False
    bracket_after: bool = False  # "Name ( Country )"
    surname: str = ""  # a given name's surname written after the next name ("David" of "David and Charles Koch")

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


def tokenize(text: str, start: int, end: int, *, initial: bool = True) -> list[Token]:
    """Words of ``text[start:end]``; ``initial`` says whether the first one opens its sentence."""
    out: list[Token] = []
    append = out.append
    prev_end = at = start
    i = 0
    find = text.find
    for word in _TOKEN.findall(text, start, end):  # (strings, then str.find: cheaper than match objects)
        # no letter, digit or "&" lies between two words (each would open one), so a word's first
        # place after the last one's end is where it was matched
        s = find(word, at)
        at = e = s + len(word)
        last = word[-1]
        if last == "s" or last == "S":
            if len(word) > 2 and word[-2] in "’'":
                word, e = word[:-2], e - 2
        elif last == "." and not _keeps_dot(word):  # a possessive never ends in a dot
            word, e = word[:-1], e - 1
        if i == 0 and initial:
            opens = True
        elif s - prev_end == 1 and text[prev_end] == " ":
            opens = False  # the usual gap: no quotation opens
        else:
            gap = text[prev_end:s]
            if gap[:2] in _POSSESSIVE:
                gap = gap[2:]  # "Pakistan's Inzamam": a possessive's apostrophe opens no quotation
            opens = not _OPENERS.isdisjoint(gap)
        cap = word[0].isupper() or word[2:3] == "-" and word[:2] in ("al", "el") and word[3:4].isupper()
        append(Token(s, e, word, word.lower(), opens, cap, len(word) > 1 and word.isupper(), i))
        prev_end = e
        i += 1
    return out


def _keeps_dot(word: str) -> bool:
    core = word[:-1]
    return len(core) == 1 or "." in core and core.rsplit(".", 1)[1] not in _DOMAINS or (
        core.lower() + "." in lx.PERSON_TITLES or core.lower() in _ABBR)


_ABBR = frozenset("inc corp co ltd jr sr st mt ft bros".split())
# a web address's last part ("Bankrate.com."): the sentence's full stop after it is no abbreviation's dot (the
# generic top-level domains of IANA's root zone database most used in news, and the UK's)
_DOMAINS = frozenset("com org net gov edu io info uk".split())


# Where an all-caps word may start: two ASCII capitals in a row, or any character from the
# ranges that hold every non-ASCII letter (none lies in U+0080–U+00A9 or in the General
# Punctuation block, so "’" and "—" are passed over). Most lines hold none, and one scan of
# the article (the character class first, for speed) spares ``is_caps_line`` on them. The class
# is written as its complement, which compiles ten times faster than ranges up to U+10FFFF.
_CAPS_START = re.compile("[^\\x00-@\\[-\u00a9\u2000-\u206f](?:(?<=[A-Z])(?=[A-Z])|(?<![A-Z]))")


def caps_starts(text: str) -> list[int]:
    return [m.start() for m in _CAPS_START.finditer(text)]


def may_be_caps_line(starts: list[int], start: int, end: int, text: str = "") -> bool:
    """False when ``text[start:end]`` surely is no caps line (``starts`` from ``caps_starts``).

    Given ``text``, also False when its lower-case words outnumber what a caps line allows: each all-caps
    word holds one of ``starts`` at least, so there are no more of them than those places, and a caps line
    has at most two other words for three all-caps ones. The count stops early: most lines with an acronym
    ("the BBC said") are ruled out within a few words, without reading them all as ``is_caps_line`` does."""
    k = bisect.bisect_left(starts, start)
    if k == len(starts) or starts[k] >= end:
        return False
    if not text:
        return True
    most_caps = bisect.bisect_left(starts, end, k) - k
    lower = 0
    for _ in _LOWER_WORD.finditer(text, start, end):
        lower += 1
        if 3 * lower > 2 * most_caps + 1:  # (one more than the bound, clear of the float test's edge)
            return False
    return True


# the start of a word of ``_LETTERS`` that opens in lower case: a word no caps line counts as all caps
_LOWER_WORD = re.compile(r"[a-z](?<=(?<![\w’'])[a-z])[^\W\d_]")


def is_caps_line(text: str, start: int, end: int) -> bool:
    """A headline or a line in capitals: most words of two letters or more are all caps."""
    words = _LETTERS.findall(text, start, end)
    return bool(words) and sum(map(str.isupper, words)) >= 0.6 * len(words)


_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def is_title_case_line(text: str, start: int, end: int) -> bool:
    """A headline in title case ("Gold Star Mom Corners Obama On His Refusal"): the first line
    of four words or more, or a subheading line of its own without a comma (a live blog's
    "Christie Says He Would Issue A Quarantine"), nearly all capitalised, function words too.
    Its capitals say nothing about names, so it is read like an all-caps line."""
    if text[end:end + 1] != "\n" or start > 0 and (text[start - 1] != "\n" or text[end - 1] in ".:;?!\"”'’"
                                                  or "," in text[start:end]):
        return False  # a line followed by more; after the first, a heading alone on its line, no list of names
    if not text[end:end + 200].strip() and not text[end:].strip():
        return False
    line = text[start:end]
    if any(map(str.isdigit, line)) and sum(any(map(str.isdigit, w)) for w in line.split()) > (0 if start > 0 else 1):
        return False  # no results table; a headline may hold one number ("Skips Collapse at 9/11 Ceremony")
        # (most lines have no digit: one pass in C before the words are counted)
    words = _TITLE_WORD.findall(text, start, end)
    if len(words) < 4:
        return False
    caps = [w for w in words if w[0].isupper()]
    return len(caps) >= 0.8 * len(words) and (len(words) >= 6 or any(w.lower() in lx.FUNCTION_WORDS for w in caps[1:]))


# a post, "of" and one word right before a stretch, with two words before the post ("Reagan chief of staff")
_POST_OF_BEFORE = re.compile(r"(?<!\S)(?:\S+ ){0,2}(?P<post>[a-z]+) of [a-z]+$")


def windows(text: str, start: int, end: int) -> list[tuple[list[Token], int, int]]:
    """Tokens of each stretch of capitalised words, with one word either side for context.

    Only these stretches are tokenised: most words of an article are lower case, and
    skipping them keeps the extractor well under a millisecond per article.
    """
    out = []
    stretches = _CAP_STRETCH if text.find("l-", start, end) >= 0 else _CAP_STRETCH_UPPER
    for m in stretches.finditer(text, start, end):
        a, b = m.span()
        if a == start and m.group() in _OPENING_WORDS and _LOWER_NEXT.match(text, b, end):
            continue
        lo = a - 40 if a - 40 > start else start
        before = text[lo:a].rstrip()
        if before:
            k = before.rfind(" ")
            if "\n" in before or "\t" in before:  # most stretches: spaces only before them
                k = max(k, before.rfind("\n"), before.rfind("\t"))
            word = before[k + 1:]
            if word[-1:] == ",":
                word = word[:-1]  # "Donald Trump's campaign manager, Corey Lewandowski": a role in apposition
            if k > 0 and (word in ROLE_HEADS or word[-1:] == "s" and word[:-1] in ROLE_HEADS):
                # a role word before the name: keep up to two more words
                # ("Gazprom's chief executive Alexei Miller")
                for _ in range(2):
                    k2 = max(before.rfind(" ", 0, k), before.rfind("\n", 0, k), before.rfind("\t", 0, k))
                    if k2 < 0 and lo != start:
                        break  # the 40-character cut may fall inside a word
                    k = k2
                    if k < 0:
                        break
            elif k > 0 and word.isalpha() and before.endswith(" of ", 0, len(before) - len(word)) and (
                    post := _POST_OF_BEFORE.search(before)) and (
                    post.group("post") in ROLE_HEADS) and (post.start() or lo == start):
                k = post.start() - 1  # "Reagan chief of staff Don Regan": a post and what it is of, before the name
            lo = lo + k + 1 if k >= 0 else lo
        else:
            lo = a
        nxt = _NEXT_WORD.match(text, b, end)
        hi = nxt.end() if nxt else b
        j = lo - 1
        while j >= start and text[j].isspace():
            j -= 1
        toks = tokenize(text, lo, hi, initial=j < start or text[j] in _OPENERS)
        if toks:
            out.append((toks, a, b))
    return out


def dateline(text: str, start: int, end: int) -> tuple[int, int] | None:
    m = _DATELINE.match(text, start, end)
    if m is None or m.group("dash") and (not 0 < text.count("\n", 0, start) <= 6 or _DATED_LINE.search(text, 0, start)):
        return None  # a dash after words in capitals in the headline ("IPO FILING -- Homegate"), further down or
        # below a dateline, a list's label ("LONDON 1996-08-30 ... GERMANY - Bunds extended ..."), is no dateline: a
        # dateline opens the body, below the headline and its subtitle
    city, comma, state = m.group(1).partition(",")
    state = state.strip().rstrip(".").lower()
    if comma and state in lx.STATE_ABBREVIATIONS and "w" in lx.gazetteer().get(state, ""):
        return m.start(1), m.start(1) + len(city.rstrip())  # "JACKSON, Miss.": the city; "Miss." a common word
    return m.span(1)


def _adjacent(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    return gap.isspace() and "\n" not in gap


_APOSTROPHES = frozenset("'’")
_ACRONYM_JOINERS = frozenset("and of in for".split())
_ACRONYM_AFTER = re.compile(r"[ \t]*\([ \t]*([A-Z](?:[A-Z]|&(?=[A-Z])){2,})[ \t]*\)")  # "(GPTA)", "(S&N)"


def _spelled_by_acronym(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Whether the small word ``tokens[j]`` is inside one name, because the acronym in brackets
    after the capitalised words that follow it spells the whole: "Guangdong Post and
    Telecommunications Administration ( GPTA )", "U.N. Interim Force in Lebanon ( UNIFIL )".
    The acronym must open and close with the first and last initials and take its letters
    in order from the initials, missing one at most ("London International Financial
    Futures and Options Exchange ( LIFFE )")."""
    k = j + 1
    while k + 1 < len(tokens) and tokens[k + 1].cap and _adjacent(text, tokens[k], tokens[k + 1]):
        k += 1
    m = _ACRONYM_AFTER.match(text, tokens[k].end)
    if not m:
        return acronym_elsewhere(text, tokens[i:k + 1])
    words = tokens[i:k + 1]
    if words[0].lower == "the" and m.group(1)[0] != "T":
        words = words[1:]  # "The Association of Directors of Social Services (ADSS)": a sentence's "The" before the name
    initials = "".join([t.text.replace(".", "") if _DOTTED_INITIALS.match(t.text) else t.text[0]
                        for t in words]).upper()
    acronym = m.group(1).replace("&", "")  # "Scottish and Newcastle (S&N)", "Marks and Spencer (M&S)"
    small = sum(1 for t in words if not t.cap)
    if acronym[0] != initials[0] or acronym[-1] != initials[-1] or len(acronym) < len(initials) - small - 1:
        return False
    rest = iter(initials)
    return all(c in rest for c in acronym)  # the acronym's letters in order among the initials


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}$")


def acronym_elsewhere(text: str, words: list[Token]) -> bool:
    """Whether the initials of the capitalised ``words`` (three or more, the small words left out) stand as a word
    of their own elsewhere in ``text``: "the Interactive Media in Retail Group ... director of the IMRG", an
    acronym the article uses without brackets."""
    caps = [t.text[0] for t in words if t.cap]
    return len(caps) >= 3 and times_standing("".join(caps), text) > 0


@functools.lru_cache(maxsize=64)  # asked per mention, and per run the capitalised words meet, of one article
def times_standing(word: str, text: str) -> int:
    """How often ``word`` stands in ``text`` as a word of its own, counted up to two: all the callers ask
    ("anywhere?", "twice?")."""
    return sum(1 for _ in itertools.islice(word_starts(word, text), 2))


def _titled(tokens: list[Token], i: int, j: int) -> bool:
    """A title four words or fewer before ``tokens[j]``: "Prime Minister Kengo wa Dondo"."""
    return j - i < 6 and any(t.lower in lx.PERSON_TITLES for t in tokens[max(i, j - 5):j - 1])  # "President Luiz Inacio Lula da"


POSSESSIVE_S = frozenset(("'s", "’s"))
# plurals without an "s" of their own, whose possessive opens a body's name ("People's Party", "Women's Institute")
_COLLECTIVE_PLURALS = frozenset("people women men children".split())
_OWNER_PLACE = frozenset("crky")  # "Germany's Siemens AG": a country's firm, not part of its name
_OWNER_PLACE_OR_BODY = _OWNER_PLACE | {"o"}  # "Britain's Prison Service", "Arsenal's Highbury": an owner


def _firm_ahead(text: str, tokens: list[Token], owner: int, k: int) -> bool:
    """Capitalised words from ``tokens[k]`` that end, within three words, in a company's legal
    form ("Corp.", "Inc", "Plc"), after an owner that is no place."""
    if _OWNER_PLACE.intersection(lx.gazetteer().get(tokens[owner].lower, "")):
        return False
    for m in range(k, min(k + 3, len(tokens))):
        t = tokens[m]
        if not t.cap or m > k and not _adjacent(text, tokens[m - 1], t):
            return False
        if t.lower in lx.LEGAL_FORMS:
            return True
    return False


_OF_BODIES = frozenset("department ministry secretary office institute board council academy".split())  # ("Department of X
# and Y", "Academy of Motion Picture Arts and Sciences")
# the head words a number ends a name after: a station's ("BBC Radio 4"), or a public school's in New York City's
# numbering ("Intermediate School 285", "Public School 41": NYC Department of Education)
NUMBERED_HEADS = frozenset(("radio", "channel", "school"))
# the last word of a law's short title ("Texas Electronic Mail and Solicitation Act", "Water Quality and
# Safety Bill"), as bills and acts are titled in the US and the UK
_LAW_HEADS = frozenset("act bill".split())


# Head words of a body that a couple gives its names to, hand-written from news usage ("Bill and Melinda Gates
# Foundation", "the Michael and Susan Dell Foundation", "Bill and Hillary Clinton Foundation")
_COUPLE_HEADS = frozenset("foundation trust fund charity institute center centre library school prize".split())


def _demonyms_body(text: str, tokens: list[Token], j: int) -> bool:
    """Two peoples' adjectives joined by "and" (``tokens[j]``) before a capitalised noun: one side's or body's name
    ("British and Irish Lions"), not two names."""
    if j + 2 >= len(tokens) or not tokens[j + 2].cap or not _adjacent(text, tokens[j + 1], tokens[j + 2]):
        return False
    table = lx.gazetteer()
    return "d" in table.get(tokens[j - 1].lower, "") and "d" in table.get(tokens[j + 1].lower, "") and (
        "d" not in table.get(tokens[j + 2].lower, "")) and _adjacent(text, tokens[j - 1], tokens[j])


def _couple_body(text: str, tokens: list[Token], j: int) -> bool:
    """Two first names joined by "and" (``tokens[j]``) before one surname and a body's head word: one body's name."""
    if j + 3 >= len(tokens) or not tokens[j + 2].cap:
        return False
    table = lx.gazetteer()
    if "f" not in table.get(tokens[j - 1].lower, "") or "f" not in table.get(tokens[j + 1].lower, ""):
        return False
    for m in range(j + 3, min(j + 5, len(tokens))):
        if not tokens[m].cap or not _adjacent(text, tokens[m - 1], tokens[m]):
            return False
        if tokens[m].lower in _COUPLE_HEADS:
            return _adjacent(text, tokens[j - 1], tokens[j]) and _adjacent(text, tokens[j + 1], tokens[j + 2])
    return False


_SMALL_TOWN = frozenset("wyt")  # a common word the gazetteer also has as a town's or a city's name, and no more


def _body_of_nouns(text: str, tokens: list[Token], j: int) -> bool:
    """'and' at ``tokens[j]`` between common nouns, the words after it ending, within five, in an
    organisation's head ("Food and Drug Administration", "Entertainment and Leisure Software Publishers
    Association") or a law's ("Electronic Mail and Solicitation Act"), or after a body's "of" with one noun on each side ("Department of Trade and Industry");
    not between two names."""
    table = lx.gazetteer()
    law = any(t.lower in _LAW_HEADS for t in tokens[j + 2:j + 6])
    for near in (tokens[j - 1], tokens[j + 1]):  # a common noun on each side: not "Kansai ... and Kansai ..."
        tags = table.get(near.lower, "")
        if lx.ENTITY_TAGS.intersection(tags) and not ("w" in tags and _SMALL_TOWN.issuperset(tags)) or (
                "w" not in tags and not (law and not tags and near is tokens[j + 1])):
            return False  # (a law's word the word list lacks, "Solicitation", is no name either; a common noun some
            # town bears, "Commonwealth", is a noun: "Foreign and Commonwealth Office")
    k = next((k for k in range(j - 2, max(j - 5, 0), -1) if tokens[k].lower == "of"), 0)  # "of" one to three nouns back
    if k and tokens[k - 1].lower in _OF_BODIES and (k == j - 2 or all(
            _common_noun(t) and _adjacent(text, p, t) for p, t in zip(tokens[k:j - 1], tokens[k + 1:j]))) and (
            _run_ends(text, tokens, j + 2) or k == j - 2 and tokens[j + 2].lower not in lx.ORG_HEADS and "w" in (
                tags := table.get(tokens[j + 2].lower, "")) and not lx.ENTITY_TAGS.intersection(tags)
            and _run_ends(text, tokens, j + 3)):
        return True  # the name ends one noun after the "and" ("Academy of Motion Picture Arts and Sciences"), or two
        # common words after it where one noun stands after "of" ("Department of Housing and Urban Development")
    for m in range(j + 1, min(j + 6, len(tokens))):
        t = tokens[m]
        if not t.cap or not _adjacent(text, tokens[m - 1], t):
            return False
        if (t.lower in lx.ORG_HEADS or law and t.lower in _LAW_HEADS) and m > j + 1:
            return True
    return False


# the heads of a body's name that go on with "for the" ("Florida School for the Deaf", "Campaign for the Protection
# of Rural England" is cut before its "of"): ``lexicon.OF_HEADS`` less places and offices ("Secretary of State for
# the Family": a post)
_FOR_THE_HEADS = frozenset("""university ministry department church court council board institute college school museum
    federation association union chamber organisation organization league office bureau academy society commission
    committee fund foundation coalition alliance campaign center centre institution agency authority""".split())


def _run_ends(text: str, tokens: list[Token], m: int) -> bool:
    """Whether the capitalised words end before ``tokens[m]`` (none, or no capital right after the one before it)."""
    return m >= len(tokens) or not (tokens[m].cap and _adjacent(text, tokens[m - 1], tokens[m]))


def _common_noun(t: Token) -> bool:
    """A capitalised common word of no name's kind ("Arbitration"; not "Michigan", "Brown")."""
    tags = lx.gazetteer().get(t.lower, "")
    return "w" in tags and not lx.ENTITY_TAGS.intersection(tags) and "s" not in tags and "f" not in tags


# what is named after a saint with his possessive: houses of worship, of learning, of care and royal houses (the Church
# of England's dedications, "St George's Chapel"; NHS and school names, "St Mary's Hospital", "St. Anselm's College")
_SAINTS_HOUSES = lx.SAINTS_SITES | frozenset("hospital school college university academy infirmary".split())


def _owner_named(t: Token) -> bool:
    """A possessive's owner that may be a person or a saint in a place's name ("St James' Park", "Queen's Park"):
    no place's or body's name ("Britain's Prison Service", "London's Hyde Park" are an owner and its thing)."""
    return _OWNER_PLACE_OR_BODY.isdisjoint(lx.gazetteer().get(t.lower, ""))


def _elided_g(text: str, tokens: list[Token], j: int) -> bool:
    """An apostrophe for a dropped "g" ("Dunkin'") between two words of one name: no quotation closes there (no
    quote mark before the first word) and the next word is no first name ("Lyin' Ted": a nickname before a name)."""
    before = text[tokens[j - 1].start - 1:tokens[j - 1].start]
    return before not in _APOSTROPHES and "f" not in lx.gazetteer().get(tokens[j].lower, "")


def _last_of_list(text: str, tokens: list[Token], i: int) -> bool:
    """One word, "and", one word (``tokens[i:i + 3]``), after a list of bodies' own "and" ("Liggett Group and Brown
    and Williamson."): the list's last item, one firm's name of two words joined ("Brown and Williamson"); not places
    ("France and Spain and Italy"), a longer name after it, nor after a name of no body ("Belle and Sebastian and
    Travis": which "and" is the list's, the words do not say)."""
    if i < 2 or tokens[i - 1].lower != "and" or tokens[i - 2].lower not in lx.ORG_HEADS:
        return False  # (the caller has seen the second word capitalised and next to its "and")
    k = i + 3
    if k < len(tokens) and tokens[k].cap or not text[tokens[i + 2].end:tokens[i + 2].end + 1] in ".,;":
        return False
    table = lx.gazetteer()
    return not any(_OWNER_PLACE.intersection(table.get(tokens[m].lower, "")) for m in (i, i + 2)) and _adjacent(
        text, tokens[i - 1], tokens[i])


def _two_people(tokens: list[Token], i: int, j: int) -> bool:
    """'Matt Lucas & David Walliams': a given name and a surname on either side of the ampersand at ``j``, two
    people credited together; a firm's ampersand joins single names ("Marks & Spencer", "Procter & Gamble")."""
    if j - i != 2 or j + 2 >= len(tokens) or not tokens[j + 2].cap:
        return False
    table = lx.gazetteer()
    return "f" in table.get(tokens[i].lower, "") and "f" in table.get(tokens[j + 1].lower, "")


def capitalised_runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalised words, with "of", "&" and name particles inside."""
    runs = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].cap or tokens[i].text[0].isdigit():
            i += 1
            continue
        j = i + 1
        while j < n:
            t = tokens[j]
            gap = text[tokens[j - 1].end:t.start]  # _adjacent, inlined: the loop's hottest test
            if not gap.isspace() or "\n" in gap:
                mark = gap.strip()
                if mark in _APOSTROPHES and tokens[j - 1].lower[-1:] == "s" and t.lower in lx.ORG_HEADS:
                    j += 1  # "Toronto Bond Traders' Association", "Teachers' Union": a plural possessive inside
                    continue
                if (mark in _APOSTROPHES or mark in POSSESSIVE_S) and t.lower in lx.PLACE_HEADS and _owner_named(
                        tokens[j - 1]):
                    j += 1  # "St James' Park", "Queen's Park", "Jacob's Creek": a person's possessive in a place's name
                    continue
                if (mark in _APOSTROPHES or mark in POSSESSIVE_S) and t.lower in _SAINTS_HOUSES and j - i >= 2 and (
                        tokens[j - 2].lower in lx.SAINTS):
                    j += 1  # "St Mary's Hospital", "St James's Palace": a saint's house, the saint's name its own
                    continue
                if mark in _APOSTROPHES and tokens[j - 1].lower[-2:] == "in" and t.cap and _elided_g(text, tokens, j):
                    j += 1  # "Dunkin' Donuts", "Blazin' Squad": a word's dropped "g" inside a name
                    continue
                if mark in POSSESSIVE_S and t.cap and (tokens[j - 1].lower in _COLLECTIVE_PLURALS or _firm_ahead(
                        text, tokens, j - 1, j)):
                    j += 1  # "McDonald's Corp.", "Boatmen's Bancshares Inc.": a founder's possessive in a firm's name;
                    continue  # "Pakistan People's Party": an irregular plural's, as "Teachers' Union" above
                if mark in POSSESSIVE_S and t.lower == "of" and j + 1 < n and tokens[j + 1].cap and _adjacent(
                        text, t, tokens[j + 1]):
                    j += 2  # "Lloyd's of London": no owned thing after the possessive, which is the name's own
                    continue
                break
            if t.cap:
                j += 1
                continue
            if j + 1 < n and tokens[j + 1].cap and _adjacent(text, t, tokens[j + 1]) and (
                (t.lower == "of" and tokens[j - 1].lower in lx.OF_HEADS)
                # "Office of the Director of National Intelligence": a body named "Office of" a post, the post's "of"
                or (t.lower == "of" and j - i == 4 and tokens[i + 1].lower == "of" and tokens[i].lower in lx.OF_HEADS
                    and tokens[j - 1].lower in lx.PERSON_TITLES)
                # "Organisation for Security and Cooperation in Europe", "Commission on Presidential Debates"
                or (t.lower in ("for", "on") and tokens[j - 1].lower in lx.OF_HEADS)
                # "Court of Arbitration for Sport": a body's head, its "of" and one common noun before the "for"
                or (t.lower == "for" and j - i >= 3 and tokens[j - 2].lower == "of" and tokens[j - 3].lower in
                    lx.OF_HEADS and _common_noun(tokens[j - 1]))
                or (t.lower in ("and", "in") and any(x.lower in ("for", "on") for x in tokens[i:j]))
                or t.text == "&" and not _two_people(tokens, i, j)
                or (t.lower in lx.NAME_PARTICLES and (j - i < 4 or _titled(tokens, i, j)))  # "Luiz Inacio Lula da Silva"
                # ISO 3166 names with "and" in them: "Bosnia and Herzegovina", "Trinidad and Tobago"
                or (t.lower == "and" and country_key(text[tokens[i].start:tokens[j + 1].end]) is not None)
                # "Securities and Exchange Commission", "Food and Drug Administration": common nouns joined
                # before an organisation's head word
                or (t.lower == "and" and _body_of_nouns(text, tokens, j))
                or (t.lower == "and" and (j == i + 1 or j == i + 2 and tokens[i].lower == "the") and (_couple_body(
                    text, tokens, j) or _demonyms_body(text, tokens, j)))
                or (t.lower in _ACRONYM_JOINERS and _spelled_by_acronym(text, tokens, i, j))
                or (t.lower == "and" and j == i + 1 and _last_of_list(text, tokens, i))
            ):
                j += 2
                continue
            if (j + 2 < n and j - i < 3 and t.lower in lx.NAME_PARTICLES and tokens[j + 1].lower in lx.NAME_PARTICLES
                    and tokens[j + 2].cap and _adjacent(text, t, tokens[j + 1]) and _adjacent(text, tokens[j + 1], tokens[j + 2])):
                j += 3  # "Joost van der Westhuizen"
                continue
            if (j + 2 < n and (t.lower == "of" or t.lower == "for" and tokens[j - 1].lower in _FOR_THE_HEADS and (
                    j + 3 >= n or tokens[j + 3].lower != "of")) and tokens[j + 1].lower == "the" and tokens[j + 2].cap
                    and tokens[j - 1].lower in lx.OF_HEADS and tokens[j + 1].text == "the"
                    and _adjacent(text, t, tokens[j + 1]) and _adjacent(text, tokens[j + 1], tokens[j + 2])):
                j += 3  # "International Committee of the Red Cross", "Republic of the Congo", "School for the Deaf"
                continue
            if j - i >= 2 and tokens[j - 1].lower in NUMBERED_HEADS and t.text.isdigit() and len(t.text) <= 2 + (
                    tokens[j - 1].lower == "school"):
                j += 1  # "BBC Radio 4", "BBC Radio 5 Live": a network's numbered station ("Radio 4" alone is
                # left to the rules for a word and its number)
                if j < n and tokens[j].lower == "live" and _adjacent(text, t, tokens[j]):
                    j += 1
            break
        runs.append(tokens[i:j])
        i = j
    return runs


def headline_matches(tokens: list[Token], known: dict[str, str], table: dict[str, str],
                     surnames: dict[str, str] | None = None) -> list[list[Token]]:
    """Names in an all-caps line: longest phrases that the body or the gazetteer knows (``surnames``: the last word
    of each full personal name of the body -> that name)."""
    surnames = surnames or {}
    out = []
    i, n = 0, len(tokens)
    while i < n:
        hit = 0
        for k in range(min(4, n - i), 0, -1):
            seg = tokens[i:i + k]
            if not all(t.cap for t in seg):
                continue
            key = " ".join(t.lower for t in seg)
            if key in known or k == 2 and surnames.get(seg[1].lower, key) != key and seg[0].lower not in known and (
                    "f" in table.get(seg[0].lower, "") and seg[0].lower not in lx.FUNCTION_WORDS):
                hit = k  # (a given name before the surname of another person's full name below: "Hillary Clinton"
                break  # in the headline over "Bill Clinton" and "the Clinton campaign": a full name of its own)
            tags = table.get(key, "")
            if _ENTITY_TAGS.intersection(tags) and (k > 1 or "w" not in tags or seg[0].caps and len(key) <= 4):
                if k == 1 and key in lx.FUNCTION_WORDS:
                    continue
                hit = k
                break
        if hit:
            out.append(tokens[i:i + hit])
            i += hit
        else:
            i += 1
    return out
