"""One place for the words around people's names: titles, honorifics, days and months,
given names by gender, pronouns, and the helpers that read a person's gender from them.

Actors, quotes and questions all need these; keeping one copy means a title added for one
extractor is known to the others. The lists are written by hand for this project (MIT) from
general knowledge of English-language news; none comes from the evaluation data. Given names
beyond the hand lists come from the US Census 1990 files (``lexicon/first_name_gender.tsv``), and
those the Census lacks ("Matteo", "Zeynep") from nomquamgender's data (``first_name_gender_world.tsv``).
"""
from __future__ import annotations

import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Courtesy titles: they mark a person but are no role worth showing.
HONORIFICS = _words("mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame mme m.")
# A cleric's style before the name ("the Reverend Eldon Phillips", "Rev Jesse Jackson"): a form of address, as Mr
# is, not an office held (Debrett's, "The Clergy: forms of address"); it marks a person but is no role to show.
CLERICAL_STYLES = _words("rev rev. reverend revd")
# The gendered ones, which is all "Mr. Smith" tells about Smith.
GENDERED_HONORIFICS = _words("mr mr. mrs mrs. ms ms. miss")


def honorific_gender(title: str) -> str | None:
    """"m" for Mr, "f" for Mrs, Ms or Miss (with or without a full stop), else None ("Dr" says neither)."""
    title = title.lower()
    return None if title not in GENDERED_HONORIFICS else "m" if title.rstrip(".") == "mr" else "f"


# Abbreviated titles after which a full stop does not end a sentence ("Sgt. Smith").
ABBREVIATED_TITLES = _words("mr mrs ms dr prof gen sen rep gov lt col capt sgt cmdr adm maj st jr sr rev hon")

# The office an abbreviated title stands for, so "the senator" can be matched to "Sen. Marco Rubio"
# (AP Stylebook, "titles" and "abbreviations": the abbreviations used before a full name).
TITLE_ABBREVIATIONS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
                       "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant", "adm": "admiral",
                       "maj": "major", "prof": "professor", "rev": "reverend", "supt": "superintendent"}
# The abbreviations written in the plural before several names (AP style: "Sens. Marco Rubio and Ted Cruz").
PLURAL_TITLES = frozenset(("sen", "rep", "gov"))
# A member of the US House is "Rep. X" and "the congressman" or "the congresswoman" afterwards.
TITLE_SYNONYMS = {"congressman": "representative", "congresswoman": "representative"}
# US states as the AP Stylebook abbreviates them after a town or in a headline ("Tucson, Ariz.", "Democrats to sue
# Ariz."), its "state names" entry; not "La.", "Ind.", "Miss.", "Wash.", which stand for other things as often
# (Los Angeles, an independent, "Miss", Washington the capital).
AP_STATES = """Ala.=Alabama Ariz.=Arizona Ark.=Arkansas Calif.=California Colo.=Colorado Conn.=Connecticut
    Del.=Delaware Fla.=Florida Ga.=Georgia Ill.=Illinois Kan.=Kansas Ky.=Kentucky Md.=Maryland Mass.=Massachusetts
    Mich.=Michigan Minn.=Minnesota Mo.=Missouri Mont.=Montana Neb.=Nebraska Nev.=Nevada N.H.=New_Hampshire
    N.J.=New_Jersey N.M.=New_Mexico N.Y.=New_York N.C.=North_Carolina N.D.=North_Dakota Okla.=Oklahoma
    Ore.=Oregon Pa.=Pennsylvania R.I.=Rhode_Island S.C.=South_Carolina S.D.=South_Dakota Tenn.=Tennessee
    Vt.=Vermont Va.=Virginia W.Va.=West_Virginia Wis.=Wisconsin Wyo.=Wyoming"""
# The 50 states by name: the abbreviated ones above, the four left out there and the eight the AP never abbreviates
# (its "state names" entry: Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah).
US_STATE_NAMES = frozenset([pair.split("=")[1].replace("_", " ") for pair in AP_STATES.split()]
                           + "Louisiana Indiana Mississippi Washington Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah".split())


def title_forms(noun: str) -> frozenset[str]:
    """The words a title ``noun`` may be written as before a name: "senator" → senator, sen."""
    office = TITLE_SYNONYMS.get(noun, noun)
    short = {a for a, o in TITLE_ABBREVIATIONS.items() if o == office}
    return frozenset({noun, office} | short | {a + "s" for a in short if a in PLURAL_TITLES})


# Titles before a name that make it a person (the actor extractor keeps them as the role).
PERSON_TITLES = _words(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady president premier
    chancellor king queen prince princess pope sheikh sheik gen gen. general col col. colonel lt
    lt. capt capt. captain maj maj. major sen sen. senator rep rep. representative gov gov.
    governor mayor judge justice cardinal archbishop bishop rev rev. reverend father ayatollah
    ambassador secretary minister chairman chief spokesman spokeswoman coach manager striker
    midfielder defender goalkeeper prosecutor commander marshal admiral adm. sgt sgt. sergeant
    officer director deputy vice emir crown mrs commissioner inspector detective lieutenant
    sultan dalai imam rabbi pastor brother sister mother mp mep msp speaker backbencher chair chairwoman
    chairperson dj treasurer sheriff seal
    recorder assessor comptroller coroner committeeman committeewoman counsel envoy"""  # "Navy SEAL Ty Woods"; US counties'
    # elected officers ("Maricopa County Recorder Helen Purcell": the National Association of Counties' list of
    # county officials); a party's elected member of its national or state committee ("Republican National
    # Committeeman": Merriam-Webster, "committeeman"); a lawyer's office ("FBI General Counsel James A. Baker",
    # "Special Counsel Robert Mueller": Merriam-Webster, "general counsel"); a diplomat's ("UN Special Envoy Kofi Annan":
    # Merriam-Webster, "envoy")
)

# Titles and offices written before a speaker's name ("Sen. Ted Cruz", "House Speaker Paul
# Ryan"), wider than PERSON_TITLES: political-news descriptions ("pollster", "GOP hopeful").
SPEAKER_TITLES = _words("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor rev rev. reverend pastor father sister rabbi imam
cardinal archbishop bishop boss coach skipper captain striker midfielder defender goalkeeper winger sir dame
lord lady baroness baron
sen sen. senator rep rep. representative gov gov. governor sens. reps. govs. lt lt. gen gen. col col. capt capt.
sgt sgt. adm adm. maj maj. president vice secretary speaker leader chairman chairwoman chair
mayor judge justice attorney general minister premier chancellor ambassador director
spokesman spokeswoman spokesperson commissioner sheriff chief ceo founder candidate nominee
congressman congresswoman councilman councilwoman councilor delegate pope king queen prince
princess sheikh emir ayatollah president-elect hopeful host anchor correspondent editor
economist strategist pollster analyst adviser advisor aide manager chairperson officer
democrat republican independent activist author columnist senior former journalist reporter
commentator blogger historian lawyer organizer organiser consultant surrogate supporter voter
state rear admiral marshal sergeant celebrities actor actress singer rapper star democratic
presidential gop front-runner frontrunner liberal conservative progressive
""")

# Titles and offices that the actor directory drops from a name before comparing names
# across briefings ("President Putin" = "Putin").
DIRECTORY_TITLES = _words("""
mr mrs ms miss dr prof professor sir dame lord lady rev reverend president vice deputy prime minister
chancellor senator sen rep representative governor gov mayor king queen prince princess pope general
gen judge justice secretary spokesman spokeswoman spokesperson chairman chairwoman chair ceo director
ambassador commissioner inspector detective officer captain capt col colonel sgt sergeant coach
manager leader archbishop bishop father sheikh emir foreign interior defence defense finance health
former acting chief head premier speaker mp
""")

WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# In calendar order, as written ("in November" → "in December").
MONTH_NAMES = tuple("January February March April May June July August September October November December".split())
MONTHS = frozenset(m.lower() for m in MONTH_NAMES) | _words("jan feb mar apr jun jul aug sep sept oct nov dec")
DAYS_MONTHS = WEEKDAYS | MONTHS

PRONOUNS = _words("he she they we i who it")
# Nouns for one person of a known sex: a description such as "a 29-year-old Berlin woman" can be
# what a later "she" refers to.
GENDERED_NOUNS = {
    **dict.fromkeys("""woman mother wife daughter girl sister grandmother widow businesswoman congresswoman
        spokeswoman chairwoman councilwoman policewoman actress queen princess nun mom grandma aunt niece
        bride lady girlfriend housewife""".split(), "f"),
    **dict.fromkeys("""man father husband son boy brother grandfather widower businessman congressman
        spokesman chairman councilman policeman king prince priest monk dad grandpa uncle nephew groom
        gentleman guy boyfriend""".split(), "m"),
}
PERSONAL_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

# Common given names whose bearers are overwhelmingly of one gender; used only to stop "she"
# from resolving to "Bill Clinton" or "he" to "Nancy Pelosi". Ambiguous names are left out.
FEMALE_NAMES = frozenset("""
Hillary Nancy Elizabeth Mary Patricia Jennifer Linda Barbara Susan Jessica Sarah Karen Lisa Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca
Sharon Laura Cynthia Amy Kathleen Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha
Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce
Victoria Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline
Martha Gloria Teresa Ann Sara Frances Kathryn Janice Abigail Alice Judy Sophia Grace
Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie
Kayla Alexis Lori Huma Chelsea Ivanka Melania Michele Kamala Condoleezza Madeleine Sonia Ruth Elena
Dianne Kirsten Tammi Tammy Debbie Donna Loretta Valerie Jill Carly Sarah Nikki Kellyanne Katrina
Sheryl Oprah Beyonce Angela Theresa Christiane Federica Ursula Jacinda Gina Janet Susana Sally
Kelli Claire Heidi Jeanne Tulsi Maxine Nydia Barbara Ileana Marsha Joni Cathy Mazie Jeanne Patty
Ellen Gretchen Megyn Katy Mika Rachel Norah Katie Erin Kate Jane
""".split())
MALE_NAMES = frozenset("""
Donald Bernie Barack Bill Joe Mike Ted Marco Jeb Ben Chris John Paul Mitch Harry Chuck Rand Lindsey
James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
Mark Steven Andrew Kenneth Joshua Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob
Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander
Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter
Kyle Ethan Walter Noah Jeremy Keith Roger Gerald Harold Sean Carl Arthur
Lawrence Dylan Jesse Bryan Billy Bruce Gabriel Albert Willie Alan Juan Wayne Elijah
Randy Roy Vincent Ralph Eugene Russell Bobby Philip Louis Vladimir Xi Recep Benjamin Bashar
Newt Rudy Reince Corey Jared Eric Rex Steve Jim Tim Tom Dick Rick Ron Hank Jon Josh Mitt Dan Sam
Al Howard Bob Doug Jeff Greg Pete Ken Fred Barry Nigel Boris Emmanuel Francois Justin Shinzo Narendra
Hassan Ali Mohammed Muhammad Ahmed Omar Abdullah Tayyip Xi Rodrigo Enrique Nicolas Evo Hugo
Sherrod Tim Harry Orrin Chuck Jerrold Adam Devin Trey Jason Kevin Rob Martin
Bret Sean Chris Lester Jake Brit Ted Jorge Marco Julian Luis Carlos Antonio
""".split()) - FEMALE_NAMES

# "Mr. Smith", "Ms J. Doe": the honorific gives the gender of the surname after it.
_GENDERED = re.compile(r"M(?:(?P<m>r)|(?P<f>rs|s|iss))\.?[^\S\n]+(?:[A-Z]\.[^\S\n]+)*(?P<name>[A-Z][\w’'\-]+)")


def honorific_genders(text: str) -> dict[str, str]:
    """Surname → "m"/"f" from every "Mr."/"Mrs."/"Ms."/"Miss" before it in ``text`` (first wins)."""
    out: dict[str, str] = {}
    for m in _GENDERED.finditer(text):
        out.setdefault(m.group("name"), "m" if m.group("m") else "f")
    return out


# Nouns for one person of a known sex that stand right before a full name in apposition: "9/11 widow
# Terry Strada", "his brother Jeb Bush". They tell the person's sex even when the given name is ambiguous
# or mostly the other sex's. Not the plain nouns ("the woman Donald Trump insulted": no apposition).
APPOSED_GENDERED_NOUNS = frozenset(GENDERED_NOUNS) - _words("man woman boy girl guy lady gentleman mom dad")


_LEXICON = Path(__file__).resolve().parent.parent / "lexicon"


@lru_cache(maxsize=1)
def _census_genders() -> dict[str, str]:
    """Lower-cased first name -> "m"/"f"/"u": the US Census 1990 first-name files (public domain;
    ``tools/build_first_name_genders.py``), then, for names they lack, nomquamgender's name data
    (MIT; ``tools/build_world_first_names.py``): "Matteo", "Zeynep", "Jean-Claude"."""
    table: dict[str, str] = {}
    for file in ("first_name_gender_world.tsv", "first_name_gender.tsv"):  # the Census last: it wins
        for line in (_LEXICON / file).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                tag, _, names = line.partition("\t")
                table.update(dict.fromkeys(names.split("|"), tag))
    return table


def first_name_gender(word: str) -> str | None:
    """"m" or "f" for a given name, "u" for one given to either ("Lee"): the hand lists above
    first (news names the Census lacks, "Hillary" for her), then the Census files, then names
    from elsewhere that the Census lacks."""
    if word in FEMALE_NAMES:
        return "f"
    if word in MALE_NAMES:
        return "m"
    return _census_genders().get(word.lower())


def gender_of(name: str, genders: dict[str, str]) -> str | None:
    """The sex a noun gave the full name, else a given name's gender ("u" for either sex, unless an
    honorific settles it), else an honorific seen before the surname (``honorific_genders``)."""
    if name in genders:  # a full name a noun before it gave the sex of ("widow Terry Strada")
        return genders[name]
    words = name.split()
    if len(words) > 1 and words[0][0].isupper():
        given = first_name_gender(words[0])
        if given:
            return genders.get(words[-1], given) if given == "u" else given
    return genders.get(words[-1])


def pronoun_gender(word: str) -> str | None:
    """"m" for he/him/his, "f" for she/her/hers, else None."""
    return PERSONAL_PRONOUNS.get(word.lower())


def country_key(name: str) -> str | None:
    """"country:us" for any ISO 3166 name or code of the United States ("United States",
    "United States of America", "USA", "US", "U.S."), likewise for every country; None for
    other names. Codes count only when written in capitals ("US", not "us")."""
    bare = name.replace(".", "").strip()
    form = "#" + bare if bare.isupper() and 2 <= len(bare) <= 3 else bare.casefold()
    return _countries().get(form)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """ISO 3166 country names (official and common too) and codes, from pycountry's database
    file (read directly: importing pycountry and walking its lazy objects costs 0.15 s)."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None or spec.origin is None:
        raise RuntimeError("pycountry is not installed: it ships the ISO 3166 country names")
    data = json.loads((Path(spec.origin).parent / "databases" / "iso3166-1.json").read_text("utf-8"))
    out: dict[str, str] = {}
    for c in data["3166-1"]:
        node = "country:" + c["alpha_2"].lower()
        for key in ("name", "official_name", "common_name"):
            if c.get(key):
                out[c[key].casefold()] = node
        out["#" + c["alpha_2"]] = out["#" + c["alpha_3"]] = node
    out.update(_SHORT_FORMS)
    return out


# Short forms English news uses that ISO 3166 does not list (the "conventional short form" of the
# CIA World Factbook, and "UK"/"Britain" of the UK government's style guide). England, Scotland and
# Wales are not the United Kingdom; "America" alone is the United States, "Latin America" is no key.
_SHORT_FORMS = {
    # the Koreas as headlines shorten them ("N. Korea", AP and Reuters headline style) and North Korea's own
    # initials (the Democratic People's Republic of Korea: "DPRK")
    "n korea": "country:kp", "s korea": "country:kr", "dprk": "country:kp", "s africa": "country:za",
    "#UK": "country:gb", "uk": "country:gb", "britain": "country:gb", "great britain": "country:gb",
    "america": "country:us", "russia": "country:ru", "ivory coast": "country:ci", "burma": "country:mm",
    "turkey": "country:tr", "holland": "country:nl", "macedonia": "country:mk", "palestine": "country:ps",
    "vatican": "country:va", "bosnia": "country:ba", "east timor": "country:tl", "cape verde": "country:cv", "swaziland": "country:sz",
    # Ireland's description in its Republic of Ireland Act 1948, and its football team's name (FAI)
    "republic of ireland": "country:ie", "irish republic": "country:ie",
}


# Heads of a role worth showing next to a name: offices, ranks and occupations. A role whose
# last word is none of these ("But", "and", "baby", "mate", "radical") is not shown.
ROLE_HEADS = PERSON_TITLES - HONORIFICS | _words("""
    speaker leader whip chair chairwoman chairperson spokesperson executive ceo cfo founder
    co-founder owner president-elect nominee candidate hopeful adviser advisor aide strategist
    pollster analyst economist editor reporter correspondent journalist columnist anchor host
    producer writer author historian professor lecturer researcher scientist doctor surgeon
    nurse lawyer attorney barrister solicitor counsel congressman congresswoman councilman
    councilwoman councillor councilor delegate legislator lawmaker sheriff constable
    superintendent chancellor treasurer trustee partner head boss manager coach captain
    player striker forward winger playmaker defender goalkeeper batsman bowler pitcher
    quarterback champion singer actor actress director musician rapper comedian presenter
    husband wife son daughter father mother brother sister widow spokesman spokeswoman
    campaigner activist organiser organizer negotiator envoy diplomat consul governor-general
    secretary-general under-secretary administrator regulator investigator inspector officer
    chief premier monarch emperor empress president vice-president founder-chairman
    contributor commentator blogger fellow pundit expert front-runner frontrunner
    businessman businesswoman entrepreneur mogul tycoon magnate employee staffer
""")
_ROLE_WORD = re.compile(r"[\w’'.-]+")
_ROLE_OBJECT = frozenset(("of", "for", "at"))  # the body or place a post is of, for or at


def is_role(text: str | None) -> bool:
    """Whether ``text`` reads as a role: it ends in an office or occupation ("chief executive",
    "Russian President", "chairman of Gazprom"), and is no conjunction or stray word."""
    if not text:
        return False
    if text.isalpha():  # one word of letters (most calls): the regex would find it whole, with no dot nor "-elect"
        w = text.lower()
        return w not in _ROLE_OBJECT and (w in ROLE_HEADS or w + "." in ROLE_HEADS)
    words = [w.lower().rstrip(".") for w in _ROLE_WORD.findall(text)]
    cut = next((k for k, w in enumerate(words) if w in _ROLE_OBJECT), None)
    if cut is not None:
        words = words[:cut]  # "chairman of Gazprom", "strategist for the RNC": the head comes before "of"
    if not words:
        return False
    head = not_yet_held(words[-1])
    if head.startswith("co-"):
        head = head[3:]  # "co-director", "co-host", "co-chairman": a post shared, the post's own head after "co-"
    return head in ROLE_HEADS or head + "." in ROLE_HEADS


# A title's ending that says the office is not held yet, kept with it ("President-elect", "secretary-designate"):
# the AP Stylebook's entry "-elect"
_NOT_YET_SUFFIXES = ("-elect", "-designate")


def not_yet_held(word: str) -> str:
    """'president-elect' -> 'president': the title an '-elect' or '-designate' ending is of."""
    return word.rsplit("-", 1)[0] if word.endswith(_NOT_YET_SUFFIXES) else word


# The nouns for someone who speaks for a body: "a spokesman for Acme" is shown as "Acme spokesman".
# Words that make a title another office than its head's: "former President Franklin D. Roosevelt" holds it no more,
# "shadow chancellor Oliver Letwin", "deputy governor" never did.
OTHER_TITLE = _words("former ex ex- late then onetime one-time shadow deputy vice assistant associate junior acting interim")

SPOKESPERSON_NOUNS = _words("spokesman spokeswoman spokesperson")
# Nouns for a person known through someone else: "her colleague" → "a colleague of Ann Smith"
# (general English; the relations news reports quote people by when it does not name them).
RELATION_NOUNS = _words("colleague friend neighbour neighbor relative cousin classmate teammate")
# Nouns "the …" uses for an organisation named before ("the company" → "Acme"): general business and
# public-life English, the kinds of organisation news writes about.
ORGANISATION_NOUNS = _words("""company firm bank group carmaker airline retailer insurer lender broadcaster
    network club chain giant operator manufacturer maker supplier publisher newspaper magazine agency charity
    union watchdog regulator studio label exchange""")
# The ones that name a business: "game maker Valve" is what a later "the company" or "the firm" means.
BUSINESS_NOUNS = _words("""company firm carmaker airline retailer insurer lender broadcaster chain giant
    operator manufacturer maker supplier publisher""")
