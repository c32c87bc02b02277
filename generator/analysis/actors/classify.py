"""The kind decision for one candidate name span (see ``actors`` for the whole pipeline).

The name's own words are read first (the gazetteer's tags, heads, openers, shape); the words
around it may then overrule a weak reading (``neighbours``).
"""
from __future__ import annotations

import functools
import re

from . import lexicon as lx
from .evidence import TITLE_VERBS, no_name
from .neighbours import by_neighbours
from .context import Context
from .spans import POSSESSIVE_S, Span, acronym_elsewhere
from .trim import word_before_country
from .word_tests import (PERSON_FIRST, AFFIX, CHAMBERS, FIRM_OF_FAMILY, COMPASS, COMPASS_POINTS, ENTITY, GIVEN_OR_SURNAME, IN_A_TOWN, NUMBER_WORDS, REGION_WORDS,
                               PERSON_TAGS, PLACE_NAMED, PLACE_STRONG, REGNAL, SURNAME_OR_FIRST, TOWN, common_last,
                               first_name, initial, month_acronym, owns_its_s, plural_acronym, team_town,
                               title_case_abbreviation)

_PLACE_AFTER_COMPASS = PLACE_STRONG.union("ydt")  # "North Yorkshire", "South Dakota": a place after a compass word

_PLACE_OF = frozenset("gulf bay isle sea cape strait lake mount port province state city islands island republic kingdom".split())
_PLACE_SUFFIXES = ("shire", "stan", "land", "burg", "bourg", "ville", "grad", "abad", "pur", "ia")
_ORG_SUFFIXES = ("bank", "tel", "com", "soft", "tech", "corp", "air", "net", "gaz", "chem")
_DEFAULT_SINGLE = "ORG"
_DEFAULT_COMMON = (None, 0)  # "Human Rights", "Gold Fields": common words, not a person
_COUNTRY_OR_ORG = frozenset("co")
_CITY_OR_COUNTRY = frozenset("yc")
# Place heads that are also common surnames ("Wayne Bridge", "Damon Hill"; not "Hyde Park", "Regent Street")
# Events named by one word (the International Olympic Committee's names of its Games)
_ONE_WORD_EVENTS = frozenset("olympics paralympics olympiad".split())
# "of" in the Romance languages, as NAME_PARTICLES joins them into a run (not "do", "des": "Banco do Brasil" is two runs)
_PLACE_OF_PARTICLES = frozenset("de del da di du".split())
_SURNAME_HEADS = frozenset("bridge hill hills lane lake bay beach hall grove creek".split())
# a capital inside one word, not after a surname's prefix (McDonald, MacArthur, O'Neill, DeSantis, LeBron)
_CAMEL = re.compile(r"(?!Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+[A-Z][a-z]+$")
_CAPS_CAMEL = re.compile(r"[A-Z]{2,}[A-Z][a-z]{2,}$")  # "RIPMobile", "JPMorgan": initials glued to a word, a brand's
_ARTICLES = frozenset(("the", "a", "an"))
_HANDLE = frozenset("@#/")  # "@TimKaine", "#SanBernardino", a link: no brand
# an event's or a ship's first word ("Hurricane Sandy", "RMS Titanic": Royal Mail Ship, His/Her Majesty's Ship,
# United States Ship, steam ship, motor vessel)
_MISC_OPENERS = lx.STORM_WORDS | frozenset("operation treaty war battle siege rms hms uss ss mv".split())
_PLACE_OPENERS = frozenset("mount mt mt. fort ft ft. lake cape isle river stade".split())  # "Stade de France"
# the sides of a river that name a district with "Bank" (Wikipedia: London's "South Bank", Paris's "Rive Gauche" and
# "Rive Droite", the Left Bank and the Right Bank)
_RIVER_SIDES = COMPASS_POINTS | frozenset(("left", "right"))
_COMPASS_ABBR = frozenset("n. s. e. w.".split())  # "S. Korea", "N. Ireland"
_ROMAN = frozenset("i ii iii iv v vi".split())
_MODEL_NUMERALS = frozenset("ii iii iv vi vii viii".split())  # not "I", "V", "X": a pronoun, a letter
_AFTER_TOWN = re.compile(r"[A-Z][\w.’'-]*[ \t]?,[ \t]+$")  # "Tucson, Ariz.", tokenised "St. Petersburg , Fla."
_STATE_OPEN = re.compile(r".*\((?:[RDI]-)?$")  # "(Fla.)", "(R-Fla.)": a member of Congress's state after the name
_STATE_CLOSE = re.compile(r"\.?[ \t]*\)")
_STATE_HEADS = frozenset("republic republics kingdom principality emirate emirates sultanate".split())  # "Union of
# Soviet Socialist Republics"
# before capitals: an amount ("1.2 bln SKR", a currency) or a ticker's label ("symbol HMGT")
_CODE_BEFORE = re.compile(r"(?:\d[ \t]*(?:bln|mln|billion|million|thousand)|\b(?:symbol|ticker))[ \t]+$")
_COMMON_ONLY = frozenset("w")  # the gazetteer's tags of a common word and nothing else
# lower-case nouns after an unknown acronym that make it a security, an index, a statistic or a standard
# ("PIBOR futures", "BTP yields", "M3 data", "ISDN equipment"), not a body (written from market-report usage)
_INSTRUMENTS = frozenset("""futures future bonds bond yields yield losses gains data figures equipment rates rate
    contracts contract spread spreads paper issues""".split())
# one letter and digits, or a word, a hyphen and digits: a code ("M1", "H1 results", "C-4", "Under-21"), no name
# unless a cue says so; a longer name with its number ("BBC1", "MI5", "A320") is left to the other rules
_CODE = re.compile(r"(?:[A-Za-z]-?|[A-Za-z]+-)\d+$")
_NOT_ONLY_GIVEN = frozenset("wcrk")  # a first name that is also a common word or a country's, a region's name
_STATE_AFTER = re.compile(r",[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b")


def _town_of_state(span: Span, ctx: Context) -> bool:
    """'in Beverly Hills, California', 'near Wayne Hill, Ohio': a town in its state or country, no person."""
    if span.prev is None or span.prev.lower not in IN_A_TOWN:
        return False
    m = _STATE_AFTER.match(ctx.text, span.end)
    return m is not None and bool(PLACE_STRONG.intersection(ctx.table.get(m.group(1).lower(), "")))


_PARTICLE_NAME = re.compile(r"[A-Z][a-z]+-(?:ur|ul|ud|uz|us|un|e|i)-[A-Z][a-z]+$")
# a Korean given name as romanised (McCune-Reischauer and Revised Romanisation, as news English writes them): two
# syllables joined by a hyphen, the second in small letters ("Ki-moon", "Geun-hye", "Chong-gyu"); a syllable is an
# optional initial consonant, a vowel group and an optional final (not "Wi-fi", "Hi-fi": no "f" in either system;
# not "Co-op")
_SYLLABLE = r"(?:ch|kk|tt|pp|ss|jj|sh|[bcdghjklmnprstwy])?(?:[aeiou]|[wy][aeiou])[aeiou]?(?:ng|[nklmptbg])?"
_HYPHENED_GIVEN = re.compile(rf"(?=[A-Z][a-z]*-[a-z]+$)(?!Co-op)(?i:{_SYLLABLE}-{_SYLLABLE})$")
# adjectives that open a body's or an event's noun ("National Committee", "Federal Reserve"), and those nouns as a
# writer may leave them in lower case ("the Democratic National convention"): a name cut before its head
_NAME_ADJECTIVES = frozenset("national federal central royal".split())
_LOWER_HEADS = frozenset("convention committee conference congress assembly council party".split())
# the party words that are an adjective only, unlike "Republican", "Labour", "Liberal" (a name's own word: "New
# Labour", "Bureau of Labor"); "National Socialist", "Democratic Socialist" before a lower-case word: a creed's
# adjective (a party's name ends in "Party": "National Socialist German Workers' Party")
_PARTY_ADJECTIVES = lx.PARTY_WORDS - frozenset("republican liberal conservative labour labor".split())
_CLAN = re.compile(r"[A-Z][a-z]{1,4}$")  # a clan name: one short word ("Kim", "Park", "Laah")


# what a center named for its work studies (not "Lincoln Center", "Media Center"): hand list
_RESEARCH = frozenset("research policy studies study polling survey data management".split())


# Head words of bodies that news English puts before the body's own name ("Russian News Agency Interfax", "Rymer
# International Seafood"): a subset of lexicon.ORG_HEADS (not "Army", "Commission": "Swiss Army Knife")
_KIND_BEFORE_NAME = frozenset("agency bank group news international".split())


# after an eponymous disease's "'s": its noun, its sufferers, or a list of diseases going on (no other owned noun)
_DISEASE_AFTER = re.compile(r"[ \t]*(?:[,.;:)]|and\b|or\b|(?:disease|syndrome|sufferers|patients|research)\b)")


def _hyphened_participle(word: str) -> bool:
    """'Oscar-winning', 'Indian-administered': a name and a lower-case participle, a description (as the AFFIX words,
    "-based", "-only"); not 'Ki-moon', 'Punggye-ri' (a given name's, a place's syllables)."""
    end = word.rsplit("-", 1)[-1]
    return end.islower() and len(end) > 4 and end.endswith(("ing", "ed"))


@functools.lru_cache(maxsize=32)  # asked once per mention of the same initials in one article
def _spelled_out(initials: str, text: str) -> bool:
    """Whether capitalised words with these initials are in ``text`` ("Budapest Stock Exchange" for "bse")."""
    return re.search(r"\b" + r"[\w'’-]*[ \t]+".join(c.upper() for c in initials) + r"[\w'’-]*", text) is not None


def _firms_product(span: Span, text: str, table: dict[str, str]) -> bool:
    """A name of common words only after a firm's possessive, its last word no body's head: the firm's product
    or service ("Microsoft's Media Centre", "Apple's Music Store"), not its unit ("Sony's Music Division", a body's
    head word in it) nor a person ("Microsoft's Bill Gates": a given name) nor a place's ("Britain's Prison
    Service": no firm). The caller has checked the gap: a possessive's two characters and a space."""
    owner = span.prev
    if not owner.cap or text[owner.end:owner.end + 2] not in POSSESSIVE_S:
        return False
    if "o" not in table.get(owner.lower, "") or span.tokens[-1].lower in lx.ORG_HEADS:
        return False
    return all(table.get(t.lower, "") == "w" and t.lower not in lx.FUNCTION_WORDS for t in span.tokens)  # (not
    # "the FDA's Office of Drug Safety": a unit's name, a body's head before its "of")


def _thing_before(acronym: str, text: str, bracket: int) -> bool:
    """Whether the words before the bracket at ``bracket`` are capitalised, their initials ``acronym``'s letters,
    the last an illness's head word: "Essential Tremor (ET)", "Motor Neurone Disease (MND)" (not "National Football
    League (NFL)", a body's, nor an event's: "Consumer Electronics Show (CES)" names its organiser as often)."""
    words = text[max(0, bracket - 12 * len(acronym)):bracket].split()[-len(acronym):]
    return len(words) == len(acronym) and words[-1].lower() in lx.ILLNESS_HEADS and all(
        w[:1] == c for w, c in zip(words, acronym))


_PARTY_PLURALS = frozenset(("democrats", "republicans"))  # the US parties' members
_PLACE_OR_BODY = lx.ENTITY_TAGS - {"p", "t"}  # an entity's tags but a known person's and a small town's
_COMPASS_ADJECTIVES = frozenset("northern southern eastern western midwestern".split())
# words of a text about a legislature, where "the House" is a chamber (the US Congress's and the UK Parliament's)
_LEGISLATURE_WORDS = re.compile("Senate|Congress|Representatives|Lords|Commons|Parliament|lawmakers|MPs")
_TITLE_OF = re.compile(r"[A-Z][a-z]+ of $")  # "Man of the House", "Speaker of the House": a title's or a post's words
_CHAMBER_RACES = frozenset("candidate candidates race races seat seats".split())
_ORDINAL_ENDS = frozenset(("st", "nd", "rd", "th"))  # "1st", "22nd", "3rd", "11th"


# idioms whose first word is a proper name's or adjective, the next word in lower case (Merriam-Webster's entries; a
# possessive's idiom, "Pandora's box", cannot match: its span's next token is the "'s")
_EPONYMOUS_IDIOMS = frozenset(("trojan horse", "achilles heel", "pyrrhic victory", "freudian slip", "herculean task",
                               "faustian bargain", "sisyphean task", "midas touch"))
_IDIOM_OPENERS = frozenset(idiom.split()[0] for idiom in _EPONYMOUS_IDIOMS)


@functools.lru_cache(maxsize=8)  # asked once per "the House" / "the Senate" in one article
def _speaks_of_a_legislature(text: str) -> bool:
    """Whether ``text`` has a word of a legislature ("Congress", "lawmakers"), where "the House" is a chamber."""
    return _LEGISLATURE_WORDS.search(text) is not None


# the first words of French, German, Italian, Spanish and Portuguese bodies' names (bank, company, society, group,
# agency, fund; "Deutsche" as in Deutsche Bank, Deutsche Telekom, Deutsche Boerse): no person's given name
_FOREIGN_BODY_OPENERS = frozenset("""deutsche banca banco banque societe société compagnie compañía companhia groupe
    grupo gruppo agence agencia caisse caixa""".split())
_TITLE_PREPOSITIONS = frozenset("In On At For With From Into Under Over Without".split())
_STAGES = frozenset(("theatre", "theater"))
_AT_VENUE = (" at", " outside", " at the", " outside the")


def _at_venue(span: Span, text: str) -> bool:
    """'at the Kodak Theatre', 'outside the Palace Theatre': a place's preposition before a building's name."""
    return text[max(0, span.start - 13):span.start].rstrip().endswith(_AT_VENUE)


def classify(span: Span, ctx: Context) -> None:
    """Set ``span.hint`` (PER/ORG/LOC/MISC/GROUP) and ``span.strength`` (0-3)."""
    if span.hint:
        return
    table = ctx.table
    toks = span.tokens
    key = span.key
    tags = table.get(key, "")
    first, last = toks[0].lower, toks[-1].lower
    n = len(toks)
    if n > 2 and last.isdigit():
        last = toks[-2].lower  # "Intermediate School 285", "BBC Radio 4": the head before the number
    hint, strength = None, 0
    why = None if toks[0].text.isalpha() and (n == 1 or n == 2 and toks[1].text.isalpha()) else no_name(
        toks, span.caps_line)  # most names: one or two plain words
    if why or n == 2 and toks[1].lower in TITLE_VERBS and not toks[1].caps and not span.caps_line:
        span.hint, span.strength = ("MISC", 3) if why != "word" else (None, 0)  # (a title: "Orange Is the New Black")
        return
    if n >= 3 and toks[1].lower == "of" and ctx.text[toks[0].end:toks[0].end + 2] in ("'s", "’s"):
        span.hint, span.strength = "ORG", 3  # "Lloyd's of London": a possessive with no owned thing, a firm's name
        return
    if n == 1 and (key in lx.RELIGIONS or key[-6:] == "phobia" or key[-3:] == "ism" and _named_doctrine(key, table)):
        span.hint, span.strength = "MISC", 3  # "Islam", "Islamophobia", "Thatcherism": a faith or an idea
        return
    if n == 1 and key in _IDIOM_OPENERS and span.next is not None and key + " " + span.next.text in _EPONYMOUS_IDIOMS:
        span.hint, span.strength = "MISC", 3  # "a Trojan horse", "his Achilles heel": an idiom's proper word
        return
    if n == 2 and first in lx.SPORTS and lx.BIG_PLACE_TAGS.intersection(table.get(last, "")) and "w" in table.get(first, ""):
        span.hint, span.strength = "ORG", 3  # "Athletics Ireland", "Swimming Australia": a sport's national governing
        return  # body (Wikipedia, "National governing body"), kept whole by ``trim``
    if key in lx.TRADE_STREETS:
        span.hint, span.strength = None, 0  # "in High Street stores": the retail trade, no street (a town's name
        return  # before it would be in the span: "Kensington High Street")
    if first in lx.PRODUCT_LINES or last in lx.PRODUCT_LINES or first in lx.CAR_MARQUES and _car_model(toks, table):
        span.hint, span.strength = "MISC", 3  # "Windows XP", "Sony Walkman": a product line's name opens or ends it;
        # "Subaru Impreza": a car maker's model
        return
    if n > 1 and span.prev is not None and span.prev.end + 3 == toks[0].start and _firms_product(span, ctx.text, table):
        # (the gap's width first: a possessive's two characters and a space, before most names none)
        span.hint, span.strength = "MISC", 3  # "Microsoft's Media Centre": a firm's product or service
        return
    if n == 1 and toks[0].caps and ctx.text[span.start - 1:span.start] == "(" and _thing_before(
            toks[0].text, ctx.text, span.start - 1):
        span.hint, span.strength = "MISC", 3  # "Essential Tremor (ET)": an illness's short form, no body
        return
    if n == 1 and key in lx.DISEASES_AND_DRUGS and not _spelled_out(key, ctx.text):
        span.hint, span.strength = "MISC", 3  # "mad cow disease (BSE)", "the steroid THG": a disease, a drug
        return
    if n == 1 and key in lx.EPONYMOUS_DISEASES and ctx.text[span.end:span.end + 2] in ("'s", "’s") and (
            _DISEASE_AFTER.match(ctx.text, span.end + 2)):
        span.hint, span.strength = "MISC", 3  # "Parkinson's disease", "Parkinson's and Motor Neurone disease": an
        return  # illness (not "Parkinson's chat show": a presenter's)
    word = toks[0].text
    if word[1:2].isupper() or not word.isalpha():  # capitals or digits: a code, a currency, a ticker?
        coded = _coded(span, ctx, tags)
        if coded is not None:
            span.hint, span.strength = coded
            return
    if n <= 2 and key.replace(".", "").replace(" ", "") in lx.STATE_ABBREVIATIONS and (_AFTER_TOWN.search(
            ctx.text, max(0, toks[0].start - 40), toks[0].start) or _STATE_OPEN.match(
            ctx.text[max(0, toks[0].start - 3):toks[0].start]) and _STATE_CLOSE.match(ctx.text, toks[-1].end)):
        span.hint, span.strength = None, 0  # "Tucson, Ariz.", "Marco Rubio (R-Fla.)": a town's or a member's state
        return
    if n == 1 and key in lx.POSTAL_STATES and toks[0].caps and ctx.text[span.start - 1:span.start] != "(" and (
            span.prev is None or span.prev.lower not in _ARTICLES):
        span.hint, span.strength = "LOC", 2  # "a nutty VT socialist", "in DC": a state (not "the VA", "(NC)")
        return
    if first in lx.OFFICE_ADJECTIVES and span.prev is not None and span.prev.text[-2:] in _ORDINAL_ENDS and (
            span.prev.text[:1].isdigit()):
        span.hint, span.strength = None, 0  # "South Carolina's 1st Congressional District": a state's numbered
        return  # seat, cut from its state; no body or place of its own
    if n == 1 and key in _COMPASS_ADJECTIVES and span.next is not None and span.next.text.islower():
        span.hint, span.strength = None, 0  # "Southern states", "the Southern campaign schedule": a region's adjective
        return  # before a common noun, no name
    if n == 1 and key in CHAMBERS and (span.next is not None and span.next.lower in _CHAMBER_RACES
                                       or span.prev is not None and span.prev.lower == "the" and not _TITLE_OF.search(
                                           ctx.text, max(0, span.prev.start - 24), span.prev.start)
                                       and _speaks_of_a_legislature(ctx.text)):
        span.hint, span.strength = "ORG", 3  # "three House candidates", "his Senate seat", "in the House" where the
        return  # text speaks of a legislature: the chamber, no person (not "Man of the House", "the House to Home
        # Prize": a title's words)
    if (key in lx.FUNCTION_WORDS and not (n == 1 and month_acronym(toks[0], span.next))  # (days and months too)
            or key in lx.NOT_NAMES or key in lx.PLACEHOLDER_NAMES
            or n == 1 and "." in key and len(key) > 5 and key.replace(".", "") in lx.NOT_NAMES
            # (the New York Times' dotted initials, "H.I.V.", "C.E.O."; not two letters, "A.D." may be a body's)
            # the plural of one ("CEOs", "PCs"), or a word the gazetteer knows one letter off one ("Pez", "AMA"); not
            # initials no word list knows ("AMR", "GMTV", "USDP"; "Edu"): a body's, a person's name
            or key[:-1] in lx.NOT_NAMES and (key[-1:] == "s" or tags)
            or n == 1 and key in lx.NOT_NAMES_IN_CAPITALS and (toks[0].caps or title_case_abbreviation(toks[0], tags))
            # "Voip allows PC users": BBC's style for "VoIP"
            or n == 1 and not ctx.sports and span.next is not None and span.next.text[0].isdigit()
            and "w" in tags and not ENTITY.intersection(tags)  # "Number 10", "Channel 4": the name has its number
            or (len(toks[0].text.rstrip(".")) == 1 if n == 1 else all(len(t.text) == 1 for t in toks))
            or n == 1 and (toks[0].caps and key in lx.PERSON_TITLES or key[-1:] == "s" and key[:-1] in lx.PERSON_TITLES)):
        # a title alone names nobody: "MP", "MPs", "Senators"
        span.hint, span.strength = None, 0
        return
    if n == 2 and first == "group" and len(toks[1].text) == 1 or n == 1 and "-" in key and all(
            p in lx.DAYS_MONTHS for p in key.split("-")):
        span.hint, span.strength = None, 0  # "Group A": a competition's pool; "July-September": a span of months
        return
    if span.prev is not None and span.prev.text in _TITLE_PREPOSITIONS and not span.prev.initial and not span.caps_line and (
            ctx.text[span.prev.start - 2:span.prev.start - 1].isalpha()):  # (a word before it: no sentence a splitter missed)
        span.hint, span.strength = "MISC", 3  # "were In Good Company", "Dancer In The Dark": a preposition written
        return  # with a capital inside a sentence opens a title; the words after it name no actor
    if "-" in last and (last.rsplit("-", 1)[-1] in AFFIX or _hyphened_participle(toks[-1].text)):
        hint, strength = "MISC", 3  # "Washington-based", "Bellevue, Washington-based firm": a description
    elif n == 1 and key in _ONE_WORD_EVENTS:
        hint, strength = "MISC", 3  # "the 2004 Olympics": an event, though the word list has it with peoples
    elif n > 1 and (last in lx.MISC_HEADS and not _named_with_a_post(span, first, last, table) or first in NUMBER_WORDS
                  or n > 2 and toks[-2].lower in NUMBER_WORDS and last == "nations"  # "RBS Six Nations"
                  or last in lx.NOT_NAMES and (last not in lx.ORG_HEADS or n == 2 and "d" in table.get(first, ""))):
        hint, strength = "MISC", 3  # an event, a "-based" word, "Six Nations", a product ("Star Wars DVD"), a
        # people's medium ("British TV"; "Sky TV" is a broadcaster); a sponsor before the "Six Nations"
    elif n > 1 and not span.caps_line and (last in _PARTY_ADJECTIVES or last in _NAME_ADJECTIVES and (
            span.next is not None and (span.next.lower in _LOWER_HEADS and span.next.text.islower()
                                       or span.next.lower in lx.PERSON_TITLES))):
        hint, strength = "MISC", 3  # an adjective ends the run, the body's noun is lower-case or missing: no name of
        # its own ("the Democratic National convention", "the Massachusetts Democratic state party", "Senate
        # Democratic aides"); a title after it ("Republican National Committeeman"): a post, no body
    elif n == 2 and "d" in table.get(last, "") and (first in COMPASS or first in _COMPASS_ABBR or "d" in table.get(first, "")
                                                     or "c" in table.get(first, "")):
        # "South Korean", "Bosnian Serb", "U.S. Republican": an adjective; "Bosnian Serbs": a people
        hint, strength = ("GROUP" if last.endswith("s") else "MISC"), 3
    elif n == 2 and table.get(last, "") == "d" and "w" in (fw := table.get(first, "")) and (
            "f" not in fw and span.next is not None and span.next.text.islower()):
        hint, strength = "MISC", 3  # "Native American communities": a common word and a people's adjective (no other
        # word's) before a common noun, no name (not "Mark Cuban said": a given name; not "Dawn French", "Liberal
        # Democrat": "french" a surname's and a word's too, "democrat" a word's)
    elif n == 2 and last in _PARTY_PLURALS and PERSON_TAGS.intersection(first_tags := table.get(first, "")) and (
            "w" not in first_tags and not _PLACE_OR_BODY.intersection(first_tags)):
        hint, strength = "GROUP", 3  # "Reagan Democrats": voters named after a leader, no person (not "Oklahoma
        # Democrats", "House Republicans": a state's or a chamber's members)
    elif n == 1 and "-" in key and all("d" in table.get(part, "") for part in key.split("-")):
        hint, strength = "MISC", 3  # "Arab-Israeli", "Anglo-Irish": an adjective of two peoples
    elif n == 2 and last in ("tv", "television") and "c" in table.get(first, ""):
        hint, strength = "MISC", 3  # "US TV network", "bad language on US TV": a country's television, no one body
    elif n == 2 and toks[1].text in ("A", "B") and "c" in table.get(first, ""):
        hint, strength = "ORG", 3  # "England A beat France A": a country's second team
    elif n > 1 and toks[-2].lower in lx.MISC_HEADS and (last in NUMBER_WORDS or last in _ROMAN):
        hint, strength = "MISC", 3  # "World War Two", "World War II"
    elif n == 2 and toks[0].caps and len(toks[0].text) > 1 and last in _MODEL_NUMERALS and toks[1].caps:
        hint, strength = "MISC", 3  # "MDA IV", "GTA III": initials and a model's or an edition's numeral, a product
        # (a person's regnal or family numeral follows a given name and a surname: "Andre Nzame III")
    elif n > 1 and (last in _STATE_HEADS or "c" in table.get(last, "") and any(t.lower in _STATE_HEADS for t in toks)):
        # "Slovak Republic", "Federal Republic of Yugoslavia": a state; after a capital "The" inside a sentence, a
        # publication's title ("The New Republic's Jeet Heer", "The Arizona Republic")
        the = span.prev is not None and span.prev.text == "The" and not span.prev.initial
        hint, strength = ("ORG", 3) if the else ("LOC", 3)
    elif n == 1 and "-" in key and _PARTICLE_NAME.match(toks[0].text):
        hint, strength = "PER", 3  # "Inzamam-ul-Haq", "Ata-ur-Rehman"
    elif n == 2 and "-" in last and _HYPHENED_GIVEN.match(toks[1].text) and _CLAN.match(toks[0].text):
        hint, strength = "PER", 3  # "Laah Chong-gyu", "Ban Ki-moon": a clan name, then a given name of two syllables
    elif key[-3:] == "ers" and not ctx.sports and PLACE_NAMED.intersection(table.get(key[:-3], "")) and (
            span.prev is None or span.prev.lower != "the"):
        hint, strength = "GROUP", 3  # "Wall Streeters", "New Yorkers", "Londoners": the people of a place (not "the
        # Londoners", a club's nickname as often)
    elif key[-2:] == "er" and span.prev is not None and span.prev.lower in ("a", "an") and PLACE_NAMED.intersection(
            table.get(key[:-2], "")):
        hint, strength = None, 0  # "to be a New Yorker", "a Londoner": one of a place's people, no actor (not "The
        # New Yorker", a magazine)
    elif "&" in key and any(t.text == "&" for t in toks):
        hint, strength = ("MISC", 3) if first in lx.NOT_NAMES else ("ORG", 3)  # not "Christmas & New Year's Day"
    elif "d" in tags and not _COUNTRY_OR_ORG.intersection(tags):
        hint, strength = ("GROUP" if key.endswith("s") and n == 1 else "MISC"), 3
    elif n == 1 and not tags and key[-1:] == "s" and "d" in table.get(key[:-1], ""):
        hint, strength = "GROUP", 3  # "Latinos", "Hispanics": the plural of a people's name, a group
    elif "o" in tags or "e" in tags:
        hint, strength = "ORG", 3
    elif PLACE_STRONG.intersection(tags):
        hint, strength = "LOC", 3
    elif n > 1 and last in CHAMBERS and ("r" in table.get(" ".join([t.lower for t in toks[:-1]]), "") or n > 2 and (
            "k" in table.get(toks[-2].lower + " " + last, "") and "p" in table.get(first, ""))):
        hint, strength = "ORG", 3  # "South Dakota House", "Maryland Senate": a state's chamber; "the Obama White
        # House": a president's administration, no person whose surname is House
    elif "p" in tags and n > 1:
        hint, strength = "PER", 3
    elif n > 1 and last in ("city", "town") and TOWN.intersection(tags):
        hint, strength = "LOC", 3  # "Kansas City", "Cape Town": the gazetteer's town, not a club ("Stoke City")
    elif n == 2 and last in COMPASS_POINTS and PLACE_NAMED.intersection(table.get(first, "")):
        hint, strength = "LOC", 3  # "Leicester South", "Bristol East": a constituency or a district
    elif n > 1 and first in lx.HONORIFICS:
        hint, strength = "PER", 3  # "Ms Hill", "Mr Field": a courtesy title opens a person's name
    elif n > 2 and last in lx.SAINTS_SITES and first in lx.SAINTS:
        hint, strength = "LOC", 3  # "St James's Palace", "St George's Chapel": a saint's building (not "Crystal Palace")
    elif n > 1 and (last == "county" or last == "city" and not table.get(toks[-2].lower)) and not (
            ctx.sports or ctx.clubs is not None):
        hint, strength = "LOC", 3  # "Loudoun County", "Maricopa County", "Yazoo City": a county, or a city named by a
        # word no list knows, outside a sports report, where "Derby County" is a club (a club report with no club cue
        # too); not "Manchester City", "Man City", named by a town or a common word: the club's name
    elif n > 1 and last in _STAGES and _at_venue(span, ctx.text):
        hint, strength = "LOC", 3  # "at the Alex Theater", "outside the Kodak Theatre": the building, no company
    elif n == 2 and last == "bank" and first in _RIVER_SIDES:
        hint, strength = "LOC", 3  # "the South Bank", "the Left Bank": a river's side, a district (as "West Bank")
    elif n > 1 and last in lx.ORG_HEADS and not (n <= 3 and "f" in table.get(first, "") and "s" in table.get(last, "")
                                                 and last not in FIRM_OF_FAMILY):
        hint, strength = "ORG", 3  # not "Cheryl Mills", "Mike Mills": a first name before a surname that is also a head
    elif n == 2 and last in _SURNAME_HEADS and first_name(toks[0], table) and not _town_of_state(span, ctx):
        hint, strength = "PER", 2  # "Wayne Bridge", "Darryn Hill": a first name before a surname, not a bridge
    elif n > 2 and last in ("center", "centre") and toks[-2].lower in _RESEARCH:
        hint, strength = "ORG", 3  # "Pew Research Center", "Bipartisan Policy Center": a research body, no building
    elif n > 1 and last in lx.PLACE_HEADS:
        hint, strength = "LOC", 3
    elif n > 2 and toks[-2].lower in lx.PLACE_HEADS and TOWN.intersection(table.get(last, "")):
        hint, strength = "LOC", 2  # "Trump Tower Manila", "Hilton Hotel Chicago": a building and the town it stands in
    elif n > 1 and first in _MISC_OPENERS:
        hint, strength = "MISC", 3  # "Hurricane Sandy", "Operation Desert Storm"
    elif n > 1 and first[-3:] == "ing" and len(first) > 5 and table.get(first) == "w" and not tags:
        hint, strength = "MISC", 3  # "Finding Neverland", "Racing Stripes": a title opened by a verb's -ing form (no
        # body's or place's head word ends it: those are tested first)
    elif n > 1 and first in _PLACE_OPENERS:
        hint, strength = "LOC", 3  # "Mount Everest", "Fort Hood", "Lake Geneva"
    elif "y" in tags:
        hint, strength = "LOC", 1 if PERSON_TAGS.intersection(tags) else 3
    elif n > 1 and (first in lx.SAINTS or first in ("ste", "san", "santa", "sao")):
        hint, strength = "LOC", 2  # "St Louis"; "St Mirren" in a sports report becomes a team below
    elif n == 1 and ctx.sports and key.endswith("s") and "w" in table.get(key[:-1], "") + tags:
        hint, strength = "ORG", 2  # "the Braves", "Eagles": a team's nickname
    elif n > 1 and "o" in table.get(first, "") and not (first_name(toks[0], table) and (
            initial(toks[1]) or "s" in table.get(last, "") or n == 2 and last not in table) and last not in lx.PERSON_TITLES):
        hint, strength = "ORG", 2  # "BBC Radio Five Live"; not "Stanford White", "Ira C. Magaziner", "Petra Langrova": a
        # given name that is a body's too, before a surname, an initial or one word no list knows (not "Tory MP")
    elif n > 1 and first in lx.ORG_OPENERS:
        hint, strength = "ORG", 2
    elif n > 1 and first in _FOREIGN_BODY_OPENERS:
        hint, strength = "ORG", 2  # "Deutsche Boerse", "Agence France Presse", "Banca Nazionale del Lavoro"
    elif n > 2 and any(t.lower in ("for", "on") for t in toks[1:-1]):
        hint, strength = "ORG", 3  # "Organisation for Security and ...", "Commission on Presidential Debates"
    elif n > 2 and any(t.lower == "of" and toks[k - 1].lower in lx.ORG_HEADS for k, t in enumerate(toks[1:], 1)):
        hint, strength = "ORG", 3  # "Chicago Board of Trade", "News Agency of Nigeria"
    elif n > 2 and toks[-2].lower in _KIND_BEFORE_NAME and not toks[-1].caps and toks[-1].text not in REGNAL:
        hint, strength = "ORG", 2  # "Russian News Agency Interfax": a body's kind before its own name
    elif n > 2 and first in lx.OF_HEADS and toks[1].lower == "of":
        hint, strength = ("LOC", 2) if first in _PLACE_OF else ("ORG", 2)
    elif n == 1 and toks[0].caps and len(key.replace(".", "")) <= 6:
        hint, strength = "ORG", 2
    elif n > 1 and first == "old" and PLACE_NAMED.intersection(table.get(" ".join([t.lower for t in toks[1:]]), "")):
        hint, strength = "LOC", 3  # "Old San Juan", "Old Delhi": a city's old quarter, a place
    elif n > 1 and first in REGION_WORDS and _PLACE_AFTER_COMPASS.intersection(table.get(" ".join([t.lower for t in toks[1:]]), "")) and not (
            first == "new" and n == 2 and "w" in table.get(last, "")):
        hint, strength = "LOC", 3  # not "the New Deal": "new" before a common word that is also a town's name ("Deal")
    elif n == 2 and last[-1:] == "s" and team_town(table.get(first, "")) and not SURNAME_OR_FIRST.intersection(
            table.get(last, "")):
        hint, strength = "ORG", 2  # "Florida Marlins", "Chicago Bulls": a place and a plural, a team
    elif n == 1 and key in lx.ORG_OPENERS and "w" not in tags:
        hint, strength = "ORG", 2  # "Dinamo", "Spartak": a club's first word alone
    elif n == 3 and toks[1].lower in _PLACE_OF_PARTICLES and _CITY_OR_COUNTRY.intersection(table.get(last, "")) and not (
            PERSON_FIRST.intersection(table.get(first, "")) or first in lx.MISC_HEADS):
        hint, strength = "ORG", 2  # "Aguas de Barcelona", "Electricite de France": a body named after its place, no
        # person's "de" (whose first word is a given name: "Charles de Gaulle"), nor an event ("Tour de France")
    elif n > 1 and "f" in table.get(first, "") and any(t.caps and t.lower in lx.NOT_NAMES_IN_CAPITALS for t in toks[1:]):
        hint, strength = "MISC", 3  # "Mac OS X": technology's common noun in a name opened by a given name, a product's
    elif n > 2 and "p" in table.get(first, "") and not _NOT_ONLY_GIVEN.intersection(table.get(first, "")) and (
            common_last(toks, table) and all(table.get(t.lower) == "w" for t in toks[1:-1])):
        hint, strength = "ORG", 2  # "Clinton Global Initiative", "Clinton Health Access Initiative": a known person's
        # name, then common words only (no given name nor surname among them), a body named after its founder
    elif n > 1 and (initial(toks[0]) and not PLACE_STRONG.intersection(table.get(first, ""))
                    or "f" in table.get(first, "")) and not (
            common_last(toks, table) and _NOT_ONLY_GIVEN.intersection(table.get(first, ""))):
        hint, strength = "PER", 3  # "Jim Courier"; not "Sunshine State": a word that is not only a first name
    elif n > 1 and (ctx.sports or ctx.clubs is not None and toks[0].caps) and TOWN.intersection(
            table.get(last, "")) and "s" not in table.get(last, "") and not PLACE_STRONG.intersection(table.get(first, "")):
        hint, strength = "ORG", 2  # "Hansa Rostock"; "PSV Eindhoven" in a club report too: a club named after its town
        # (not "KP Robertson": a surname; "Aiyegbeni Yakubu": a player in a club report; "RAF Northolt" outside sport)
    elif n > 1 and TOWN.intersection(tags) and "s" in table.get(last, "") and not table.get(first, "").strip("ty"):
        hint, strength = "LOC", 2  # "Palo Alto": a town's name whose first word is only a town's, before a surname
    elif n > 1 and "s" in table.get(last, ""):
        common = table.get(first, "")
        # "Great Wall", "Rust Belt": a common word before a word that is also a surname is no first name
        if "w" not in common or "f" in common or "s" in common and "w" not in table.get(last, "") or len(
                toks[0].text.rstrip(".")) == 1:
            hint, strength = "PER", 2  # "A Foley"
        elif n > 2 and all("w" in table.get(t.lower, "") for t in toks[1:]):
            # "Black Lives Matter" beside "BLM": common words a body takes the initials of; else a title ("Shall We Dance")
            hint, strength = ("ORG", 1) if acronym_elsewhere(ctx.text, toks) else _DEFAULT_COMMON
        else:
            hint, strength = ("PER", 2) if "s" in common and n > 2 else _DEFAULT_COMMON
    elif n == 1 and "p" in tags and "t" in tags:
        hint, strength = "PER", 1  # "Clinton", "Obama": a known person's name before a small town's
    elif "t" in tags:
        # "told Harvey" after "The Steve Harvey Morning Show": a surname a given name stands before elsewhere is the
        # person's, not the small town's
        hint, strength = ("PER", 1) if n == 1 and "s" in tags and _after_a_given_name(toks[0].text, ctx) else (
            "LOC", 1)
    elif n == 1 and PERSON_TAGS.intersection(tags):
        hint, strength = "PER", 1
    elif n > 1 and all("w" in table.get(t.lower, "") for t in toks):
        hint, strength = _DEFAULT_COMMON
    elif n > 1 and last.endswith("s") and "w" in table.get(last[:-1], "") and not GIVEN_OR_SURNAME.intersection(
            table.get(last, "")) and not (n == 2 and "s" in table.get(last[:-1], "") and (
            not table.get(first) or "f" in table.get(first, ""))):
        # (not "Geert Wilders": a given name or a word no list knows, then a surname's "s", a patronymic)
        hint, strength = "ORG", 2  # "Chicago Purchasing Managers", "Bombay Commodities": a plural noun ends no person's name
    elif n > 1 and _CITY_OR_COUNTRY.intersection(table.get(first, "")) and not GIVEN_OR_SURNAME.intersection(
            table.get(first, "") + table.get(last, "")):
        hint, strength = "ORG", 1  # "Chicago PMI", "Aerodrom Beograd": a place's name in front
    elif n > 1 and common_last(toks, table):
        hint, strength = _DEFAULT_COMMON  # "Da Vinci Code", "Scarborough Shoal": no person ends in a common noun
    elif n == 2 and "k" in table.get(last, "") and not table.get(first):
        hint, strength = "ORG", 2  # "Lycos Europe", "Zorbex Asia": a firm's arm named by its continent or region after
        # a word no list knows (no person's surname is a continent; "AOL Europe" is a firm's by the gazetteer)
    elif n > 1:
        # "Decode DC", "USC Dornsife": an acronym opening or closing a name makes no person's (not "Ian Smith QC")
        acronym = toks[-1].caps and len(toks[-1].text) > 1 and last not in lx.GENERATIONS and toks[-1].text not in REGNAL
        if acronym and n == 2 and "." in toks[-1].text and TOWN.intersection(table.get(first, "")):
            hint, strength = "LOC", 1  # "Washington D.C.": a town and its state or district
        else:
            hint, strength = ("ORG", 1) if acronym or toks[0].caps and len(toks[0].text) > 2 else ("PER", 1)
    elif n == 1 and not tags:
        hint, strength = _by_suffix(key)
        if (_CAMEL.match(toks[0].text) or _CAPS_CAMEL.match(toks[0].text)) and ctx.text[span.start - 1:span.start] not in _HANDLE:
            hint, strength = "ORG", 2  # "HuffPost", "PepsiCo": a capital inside a word is a brand's, not a surname's
        elif ctx.sports and not strength:
            hint, strength = "ORG", 1  # an unknown word in a sports report is most often a team
        elif owns_its_s(ctx.text, span.end):
            hint, strength = "ORG", 2  # "Sainsbury's has cut prices": the "'s" is a firm's own, its name the subject
    hint, strength = by_neighbours(span, ctx, hint, strength)
    if (hint is None or hint == "PER" and strength <= 2) and n == 2 and word_before_country(toks, table):
        hint, strength = None, 0  # "Hotel Rwanda": a title's or a body's name, no person's by its shape; the words
        # around it decide ("Priorities USA, the super PAC")
    span.hint, span.strength = hint, strength


def _after_a_given_name(word: str, ctx: Context) -> bool:
    """Whether a capitalised given name stands right before ``word`` (a whole word) somewhere in the text
    ("Steve Harvey", not "Tom Harveyson"); one scan a word a text."""
    found = ctx.after_given.get(word)
    if found is None:
        found = ctx.after_given[word] = any(_given_before(ctx.text, m.start(), ctx.table)
                                            for m in re.finditer(" " + re.escape(word) + r"(?!\w)", ctx.text))
    return found


def _given_before(text: str, at: int, table: dict[str, str]) -> bool:
    before = text[text.rfind(" ", 0, at) + 1:at]
    return at > 0 and before[:1].isupper() and before.isalpha() and "f" in table.get(before.lower(), "")


def _named_doctrine(key: str, table: dict[str, str]) -> bool:
    """'Thatcherism', 'Islamism', 'Zionism': a doctrine named after a person, a faith or a place (English
    word-formation, the suffix -ism), not 'Tourism'."""
    stem = key[:-3]
    return stem in lx.RELIGIONS or bool(PERSON_TAGS.intersection(table.get(stem, "")) or ENTITY.intersection(
        table.get(stem, "")))



def _coded(span: Span, ctx: Context, tags: str) -> tuple[str | None, int] | None:
    """The kind of a name in capitals or with digits that is no actor's, or None when it may be one."""
    toks, table = span.tokens, ctx.table
    n, first = len(toks), toks[0]
    if n == 1 and plural_acronym(first, table):
        return None, 0  # "GDRs", "NGOs": many things of a kind, no one actor
    if first.caps and (n == 1 and _CODE_BEFORE.search(ctx.text, max(0, first.start - 16), first.start)
                       or n > 1 and all(t.caps and _COMMON_ONLY.issuperset(table.get(t.lower, "x")) for t in toks)
                       or n >= 3 and _common_words_in_capitals(toks, table)):
        return None, 0  # "1.2 bln SKR", "symbol HMGT": a currency, a ticker; "CRUDE OIL": words; "SIGN UP FOR OUR
        # NEWSLETTER": a page's call in capitals
    if n == 1 and tags == "y" and len(first.text) == 3 and first.caps and not span.caps_line and first.lower not in (
            lx.NOT_NAMES) and (
            span.prev is None or span.prev.lower not in lx.PLACE_CUES):
        return "ORG", 2  # "run by the TUC", "Cable & Wireless and NTL": three capitals a city's name only by the
        # gazetteer's codes (a city in running text is written in small letters, "Ufa"), outside a place cue a body's
    nxt = span.next.lower if span.next is not None else ""
    if n == 1 and first.caps and nxt in _INSTRUMENTS and not ENTITY.intersection(tags):
        return "MISC", 2  # "PIBOR futures", "BTP losses", "MO data": a market's instrument, no actor
    if n == 1 and first.text[-1].isdigit() and not tags and _CODE.match(first.text):
        if nxt in lx.SPEECH_VERBS:
            return "ORG", 2  # "O2 said": a firm that speaks
        return None, 0  # "M1", "H1 results", "C-4", "Under-21": a code
    return None


def _by_suffix(word: str) -> tuple[str | None, int]:
    """Unknown single words: place and company endings, else a weak default."""
    if word.endswith(_PLACE_SUFFIXES):
        return "LOC", 1
    if word.endswith(_ORG_SUFFIXES):
        return "ORG", 1
    return _DEFAULT_SINGLE, 0


def _named_with_a_post(span: Span, first: str, last: str, table: dict[str, str]) -> bool:
    """A given name and a surname that is also an event's last word, with a post in apposition ("said Kristen
    Day, executive director of Democrats for Life"; "Lisa Masters, a lawyer"): a person, not "Labor Day"."""
    return span.role is not None and len(span.tokens) == 2 and "s" in table.get(last, "") and (
        "f" in table.get(first, "") and "w" not in table.get(first, ""))


def _common_words_in_capitals(toks: list, table: dict[str, str]) -> bool:
    """Three words or more in capitals, each a common or a function word that no name list has ("SIGN UP FOR OUR
    NEWSLETTER", "READ MORE ABOUT"): a web page's call or a shouted phrase, not a name ("BANK OF AMERICA" has one)."""
    return all(t.caps and (t.lower in lx.FUNCTION_WORDS or "w" in table.get(t.lower, "") and not
                           ENTITY.intersection(table.get(t.lower, ""))) for t in toks)


def _car_model(toks: list, table: dict[str, str]) -> bool:
    """After a car maker's name, a model's words: no body's head, no team's word, no place's or person's name
    ("Subaru Impreza", not "Ford Motor", "BMW Williams", "Nissan Europe")."""
    if len(toks) < 2:
        return False
    for t in toks[1:]:
        w = t.lower
        tags = table.get(w, "")
        if w in lx.ORG_HEADS or w in lx.LEGAL_FORMS or w in lx.MARQUE_BODY or ENTITY.intersection(tags) or (
                ("f" in tags or "s" in tags) and "w" not in tags):
            return False
    return True

