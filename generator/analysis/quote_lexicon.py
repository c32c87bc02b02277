"""Word lists for quote attribution (compiled by hand for this project, MIT).

Reporting verbs live in ``generator/lexicon/reporting_verbs.txt``; here are the short
closed lists: titles that precede a name, nouns that head a speaker description, and
words that can stand between a subject and its verb.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_VERB_FILE = Path(__file__).resolve().parent.parent / "lexicon" / "reporting_verbs.txt"


def _load_verbs() -> tuple[frozenset[str], frozenset[str]]:
    forms: set[str] = set()
    for line in _VERB_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "," in line or line == "according to":  # forms of several words
            forms.update(f.strip() for f in line.split(","))
        else:
            forms.update(line.split())
    ing = {f for f in forms if f.split()[0].endswith("ing")}
    return frozenset(forms), frozenset(ing)


REPORTING_VERBS, PARTICIPLES = _load_verbs()

# Titles and offices written before a name ("Sen. Ted Cruz", "House Speaker Paul Ryan").
# Capitalised words before the last of them belong to the role, not the name.
TITLES = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor rev rev. reverend pastor father sister
sen sen. senator rep rep. representative gov gov. governor lt lt. gen gen. col col. capt capt.
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
""".split())

# Nouns that head a description standing for a speaker ("a spokeswoman", "the campaign").
SPEAKER_NOUNS = frozenset("""
spokesman spokeswoman spokesperson spokespeople official officials aide aides adviser advisers
advisor advisors source sources statement statements campaign analyst analysts expert experts
lawyer lawyers attorney attorneys strategist strategists voter voters critic critics supporter
supporters leader leaders member members resident residents report memo letter website release
organizers organisers protesters protestors police authorities officer officers observers
president senator governor candidate nominee secretary spokesmen representative congressman
congresswoman mayor chairman chairwoman director executive manager administration department
agency committee group organization organisation party team office ministry government
council court judge justice prosecutor prosecutors investigators agent agents activist activists
economist economists pollster pollsters author writer columnist editorial editor reporter
host anchor woman man people person friend friends worker workers student students parent
parents owner owners republicans democrats conservatives liberals lawmakers lawmaker legislator
legislators delegate delegates donor donors insiders insider operative operatives historian
professor scholar researcher researchers ad ads poster tweet post email emails speech
commentator commentators pundit pundits fellow founder chief ceo
""".split())

# Between a subject and its verb: "Trump also said", "she later told", "he has said".
ADVERBS = frozenset("""
also later then once again previously repeatedly recently earlier further still simply just
has had have will would could might may should did does do had already often frequently
quickly flatly bluntly famously first finally publicly privately initially only even never told
""".split()) - {"told"}

# Verbs that are cues only right before the quote ("He continued, “…"), not in "will continue to be “…”".
ADJACENT_ONLY = frozenset("continue continues continued continuing begin began begins read reads".split()
                          + ["go on", "goes on", "went on", "going on"])  # "once the Senate goes on recess, “…"

PRONOUNS = frozenset("he she they we i who it".split())

# Common given names whose bearers are overwhelmingly of one gender, compiled by hand for this
# project (MIT) from general knowledge of English-language news names; used only to stop "she"
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
Kyle Ethan Walter Noah Jeremy Keith Roger Terry Gerald Harold Sean Carl Arthur
Lawrence Dylan Jesse Bryan Billy Bruce Gabriel Albert Willie Alan Juan Wayne Elijah
Randy Roy Vincent Ralph Eugene Russell Bobby Philip Louis Vladimir Xi Recep Benjamin Bashar
Newt Rudy Reince Corey Jared Eric Rex Steve Jim Tim Tom Dick Rick Ron Hank Jon Josh Mitt Dan Sam
Al Howard Bob Doug Jeff Greg Pete Ken Fred Barry Nigel Boris Emmanuel Francois Justin Shinzo Narendra
Hassan Ali Mohammed Muhammad Ahmed Omar Abdullah Tayyip Xi Rodrigo Enrique Nicolas Evo Hugo
Sherrod Tim Harry Orrin Chuck Jerrold Adam Devin Trey Jason Kevin Rob Martin 
Bret Sean Chris Lester Jake Brit Ted Jorge Marco Julian Luis Carlos Antonio
""".split()) - FEMALE_NAMES

_GENDER_FILE = Path(__file__).resolve().parent.parent / "lexicon" / "first_name_gender.tsv"


@lru_cache(maxsize=1)
def _census_genders() -> dict[str, str]:
    """Lower-cased first name -> "m"/"f", from the US Census 1990 first-name files (public
    domain); made by ``tools/build_first_name_genders.py``."""
    table: dict[str, str] = {}
    for line in _GENDER_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            tag, _, names = line.partition("\t")
            table.update(zip(names.split("|"), [tag] * names.count("|") + [tag]))
    return table


def first_name_gender(word: str) -> str | None:
    """"m" or "f" for a given name, "u" for one given to either ("Lee"): the hand lists above
    first (news names the Census lacks, "Hillary" for her), then the Census files."""
    if word in FEMALE_NAMES:
        return "f"
    if word in MALE_NAMES:
        return "m"
    return _census_genders().get(word.lower())
