"""Word lists for quote attribution (compiled by hand for this project, MIT).

Reporting verbs live in ``generator/lexicon/reporting_verbs.txt``; here are the short
closed lists: titles that precede a name, nouns that head a speaker description (people,
offices, the documents that speak for someone), words that can stand between a subject and
its verb, and the test of whether a description can be a speaker at all.
"""
from __future__ import annotations

from pathlib import Path

from ..actors.clubs import PLAYER_POSTS
from ..actors.lexicon import gazetteer
from ..names import FEMALE_NAMES, MALE_NAMES, PRONOUNS  # noqa: F401 -- shared, re-exported
from ..names import GENDERED_NOUNS, SPOKESPERSON_NOUNS
from ..names import SPEAKER_TITLES as TITLES  # noqa: F401

_VERB_FILE = Path(__file__).resolve().parents[2] / "lexicon" / "reporting_verbs.txt"


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
lobbyist lobbyists diplomat diplomats scientist scientists executives senators negotiator negotiators
""".split())

# Between a subject and its verb: "Trump also said", "she later told", "he has said".
ADVERBS = frozenset("""
also later then once again previously repeatedly recently earlier further still simply just
has had have will would could might may should did does do had already often frequently
quickly flatly bluntly famously first finally publicly privately initially only even never told
meanwhile however
""".split()) - {"told"}

# Verbs that are cues only right before the quote ("He continued, “…"), not in "will continue to be “…”".
ADJACENT_ONLY = frozenset("continue continues continued continuing begin began begins beginning read reads".split()
                          + ["go on", "goes on", "went on", "going on"])  # "once the Senate goes on recess, “…"

# Heads of a description that can say something, beyond SPEAKER_NOUNS and titles: people
# ("a neighbour", "the narrator") and the things that speak for someone ("the lawsuit", "the ad").
PERSON_NOUNS = frozenset("""
neighbour neighbor resident witness worker student teacher parent owner person people friend
victim survivor farmer driver nurse doctor soldier veteran protester demonstrator volunteer
customer passenger tourist visitor fan player coach captain banker investor employee colleague
partner relative cousin narrator moderator questioner mogul staffer
participant attendee mourner patient local native member citizen user commenter presenter
defendant contestant backbencher promoter spectator crowd audience staff international
""".split())
# The prepositions that make a name their object in a description: "an adviser to Bill Clinton", "a friend of Jane
# Smith"
_OBJECT_PREPOSITIONS = ("to", "for", "with", "from", "at", "of")
OBJECT_PREPOSITIONS = frozenset(_OBJECT_PREPOSITIONS)
# The prepositions after which a name is an object, not a speaker ("told to Abedin", "a request from X"),
# as one regex alternation for the cue, subject and listener patterns.
PREPOSITIONS = "|".join(_OBJECT_PREPOSITIONS + ("on", "in", "by", "about"))
GROUP_NOUNS = frozenset("crowd audience staff people".split())  # they speak, but no "he" or "she" means them
DOCUMENT_NOUNS = frozenset("""
lawsuit suit complaint filing message note ad advert advertisement clip spot poster sign
study survey poll paper newspaper magazine tabloid journal publication book website blog tweet
post email statement release letter memo report document bill law ruling directive indictment
network station channel show programme program firm company group union club team council board
commission committee ministry department agency government authorities police court party
organization organisation foundation institute association alliance movement coalition network
nonprofit non-profit charity town city county village state country nation plan deal pitch proposal
platform measure amendment agreement treaty resolution exchange bourse bank fund regulator watchdog
bureau tribunal panel inquiry festival label studio
""".split())

# A member of a party or camp, written capitalised as a noun: "the Republican said" (a demonym-like
# word that the gazetteer reads as an adjective, unlike "The German exchange"); general English usage.
PARTY_MEMBERS = frozenset("republican democrat independent conservative liberal progressive libertarian socialist".split())

# the articles, demonstratives, possessive determiners, the numbers up to three and the quantifiers that open a
# description of a speaker (determiner classes as in Biber et al. 1999, Longman Grammar of Spoken and Written English);
# "hundreds", "thousands", "dozens", "scores" as in "Hundreds of demonstrators": no head on their own
DETERMINERS = frozenset("the a an one another two three several many some his her their its other this that these "
                        "those hundreds thousands dozens scores".split())
_NAME_JOINERS = frozenset("of for and the & de".split())


def speaking_description(subject: str) -> str | None:
    """A description as a speaker, cut after its last word that can speak: "the prime minister
    felt" → "the prime minister", "The town released" → "The town"; None for "a low voice",
    "his willingness", "of the main" (the rules took words that are no speaker)."""
    words = subject.split()
    first = 2 if words[0].lower() in DETERMINERS else 1
    for i, w in enumerate(words):
        if w.endswith(("’s", "'s", "’")):
            first = i + 2  # "The Florida senator’s answer": the head comes after the possessive
    for end in range(len(words), first - 1, -1):
        last = words[end - 1]
        if last[0].isupper():  # an organisation's name: "The Democratic National Convention", not "The German"
            if all(w[0].isupper() or w in _NAME_JOINERS for w in words[1:end]) and (
                    "d" not in gazetteer().get(last.lower(), "") or last.lower() in PARTY_MEMBERS):
                return " ".join(words[:end])
            k = end - 1
            while k > 0 and words[k - 1][0].isupper():
                k -= 1  # "A spokesman for Hillary Clinton": a speaker for a name
            if k >= 3 and words[k - 1] == "the" and words[k - 2] in _NAME_JOINERS and words[k - 3] in SPOKESPERSON_NOUNS:
                k -= 1  # "a spokeswoman for the State Department" (not "the nominee for the Nov. 8 election")
            if k >= 2 and (words[k - 1] in _NAME_JOINERS or words[k - 1] == "to") and _can_speak(words[k - 2]):
                return " ".join(words[:end])  # "a friend of Jane Smith", "an adviser to Bill Clinton"
        elif _can_speak(last) or last in _PLAYER_POSTS and end >= 2 and words[end - 2][:1].isupper() \
                and words[end - 2].lower() not in DETERMINERS:
            return " ".join(words[:end])  # a club's player: "the Sale full-back" (not "the prop", whom the text may name)
        elif end == len(words) >= 4 and last in ("his", "hers") and words[-2] == "of" and _can_speak(words[-3]):
            return subject  # "a friend of his": whose friend is told by the pronoun
    return None


# the player posts no common word shares: "forward", "lock", "wing", "centre", "keeper" also name things or other
# jobs (the gazetteer has them as common words); "captain", "skipper" are TITLES, which speak after any determiner
_PLAYER_POSTS = PLAYER_POSTS - frozenset("forward lock wing centre keeper captain skipper".split())


def _can_speak(word: str) -> bool:
    """A noun for someone or something that says things: a person (the gazetteer's role nouns,
    from the compromise lexicon), an office, a document."""
    w = word.lower().rstrip(",.;:")
    forms = (w, w[:-1], w[:-2]) if w.endswith("es") else (w, w[:-1]) if w.endswith("s") else (w,)
    if any(f in SPEAKER_NOUNS or f in TITLES or f in PERSON_NOUNS or f in DOCUMENT_NOUNS or f in GENDERED_NOUNS for f in forms):
        return True
    return w.endswith(("man", "men", "woman", "women", "person", "people")) or "j" in gazetteer().get(w, "")
