"""Word lists and patterns for the summariser (``summary.py``, ``summary_cohesion.py``).

``STOPWORDS`` is a short English function-word list written for this project (in the spirit of
the SMART and Snowball lists), plus news boiler words ("said", "told", "year") that every
sentence shares and that would otherwise make all sentences look central. The non-content
patterns were written from the page furniture that news sites put into article bodies
(bylines, time stamps, video and photo lines, share/follow prompts, wire copyright lines).
"""
from __future__ import annotations

import re

from .actors.lexicon import NAME_PARTICLES
from .names import PRONOUNS
from .quotes.lexicon import SPEAKER_NOUNS

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each even ever few for
    from further had has have having he her here hers herself him himself his how i if in into is it
    its itself just like made make many may me might more most much must my myself no nor not now of
    off on once one only or other our ours ourselves out over own per same she should since so some
    still such than that the their theirs them themselves then there these they this those through
    to too under until up upon us very was we were what when where whether which while who whom whose
    why will with would yet you your yours yourself
    n't 's 'll 're 've 'd 'm mr mrs ms dr
    said say says saying told tell new year years two three first last time week day today yesterday
    """.split()
)

# A sentence that is page furniture, not content: never summarised, never a TL;DR.
# Matched at the start of the lower-cased sentence...
NON_CONTENT_START = re.compile(
    r"""\s*(?:
      by\s*\.?\s*$ | by\s+(?:[\w.'’-]+,?\s*){1,5}\.?\s*$                        # a byline alone
    | \d{1,2}\s*[:.]\s*\d{2}\s*(?:[ap]\.?m\.?|est|edt|gmt|bst|cet|pst|utc)\b[^a-z]*\w*[^a-z]*\d{4}\W*$
    | (?:photo|picture|image)s?\s*(?:credit|copyright|courtesy)?\s*: | video\s*:
    | follow\s+(?:[\w.'’-]+\s+){1,4}on\s+(?:twitter|facebook|instagram)\b   # "Follow Pam Key on Twitter @pamkeyNEN."
    | (?:watch|see)\s+(?:a|the|this|our)\s+(?:\w+\s+)?(?:clip|video|segment)\b  # "Watch a clip of the interview above."
    | (?:abstract|full\s+text)\s*\.?\s*$                                   # an archive copy's section labels
    | (?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?\s*$  # a fixture's date line
    | \d{4}\s*(?:gmt|bst|utc|cet)\.?\s*$                                 # its kick-off time ("2000 GMT")
    | \W*$ )""",
    re.VERBOSE,
)
# Markup left in the text ('<tweet author="…">', '</tweet>'); "x<y and a > b" is none.
_MARKUP_TAG = r"</?[a-z][a-z0-9]*(?:\s+[a-z_:-]+=[^<>]*)?\s*/?>"
MARKUP = re.compile(_MARKUP_TAG)
# ... and anywhere in it (every alternative starts with a literal, no group: the regex engine then skips
# ahead to the letters that open one).
NON_CONTENT_ANY = re.compile(
    r"""scroll\s+down\b | click\s+here\b | read\s+more\s*(?::|$) | watch\s+(?:the\s+)?video\b
    | media\s+playback | published\s*: | updated\s*: | posted\s*: | daily\s+mail\s+reporter | mailonline\s+reporter
    | getty\s+images | image\s+(?:copyright|caption) | all\s+rights\s+reserved
    | may\s+not\s+be\s+(?:published|reproduced|redistributed) | follow\s+(?:us\b|@)
    | sign\s+up\s+for\b | subscribe\s+to\b | pic\.twitter\.com
    | \(all\s+times\s+[a-z]{1,5}\)                                   # a live page's clock note (AP's "The Latest")
    | """ + _MARKUP_TAG,
    re.VERBOSE,
)

# A dateline or agency tag in front of the first sentence: "( cnn ) ", "London (Reuters) - ",
# "WASHINGTON — ". Trimmed from the first sentence so that it reads as a plain sentence.
AGENCY_TAG = re.compile(
    r"^(?:[^\W\d][\w.'’ ,-]{0,40}?\s*)?"  # a place ("duhok , iraqi kurdistan ")
    r"[(\[]\s*(?:cnn|reuters|ap|afp|upi|ew\.com|rolling\s+stone|mashable)\s*[)\]]\s*(?:[-–—:]+\s*)?",
    re.IGNORECASE,
)
CAPS_DATELINE = re.compile(
    r"^(?=[A-Z.,' ]*[A-Z]{3})[A-Z][A-Z.,' ]{2,40}"  # a place in capitals ("NEW YORK", "WASHINGTON")
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # a date ("March 3")
    r"\s*(?:\([A-Za-z]+\)\s*)?"  # an agency ("(AP)")
    r"[-–—]+\s+(?=[\"“‘']?[A-Z0-9])"
)

# A dateline with a state or country: "CASPER, Wyo. - ", "RANGOON, Burma - ", "WASHINGTON ― " (not "U.S. - China").
STATE_DATELINE = re.compile(r"^(?=[A-Z.' ]*[A-Z]{3})[A-Z][A-Z.' ]{2,30}(?:, [A-Z][A-Za-z.]{1,15}(?: [A-Z][A-Za-z.]{1,15})?)? (?:-{1,2}|[—–―]) (?=[\"“‘']?[A-Z0-9])")


# A newsletter's headline in capitals run into its item's first sentence: "AT LEAST 10 KILLED IN DEADLY ISTANBUL
# EXPLOSION Turkish President Recep Tayyip Erdogan said …", "OBAMA’S LAST STATE OF THE UNION “President …"
# (four words in capitals or more, the first two with two capital letters each, then a word in lower case
# after its capital; three are often a name's or an index's own: "NEW YORK CITY Mayor …", "UK FTSE 100 Index …").
CAPS_HEADLINE = re.compile(r"(?=(?:[^\s]*[A-Z]{2}[^\s]*\s+){2})(?:[A-Z0-9][A-Z0-9’'.,:&%$-]*[ \xa0]+){4,}(?=[\"“‘]?[A-Z][a-z])")


def dateline_end(text: str, *, agency: bool = True) -> int:
    """End of a dateline, (``agency``) an agency tag or a headline in capitals opening ``text``; 0 when there
    is none."""
    m = ((agency and AGENCY_TAG.match(text)) or CAPS_DATELINE.match(text) or STATE_DATELINE.match(text)
         or text[:1].isupper() and text[1:2].isupper() and CAPS_HEADLINE.match(text))
    return m.end() if m else 0

# First words after which a sentence leans on the one before (or is someone's quoted words):
# poor as a stand-alone TL;DR. "It" and "there" are left out: mostly "It could cost ...",
# "There are fears ...", which stand alone well.
DEPENDENT_OPENERS = frozenset(
    """but and or so yet also however meanwhile instead still then thus hence therefore moreover
    furthermore nevertheless nonetheless besides otherwise this that these those he she they his
    her their him them its such here now later i we you my our""".split()
)
# Connectives that open a sentence answering the one before ("But ...", "However, ..."): a
# summary sentence that starts so reads as a non sequitur, so it is ranked a little lower.
CONNECTIVES = frozenset("but and so yet however meanwhile also still instead nevertheless".split())

# "This year", "this week's": a demonstrative that points at time, not at the sentence before.
TIME_NOUNS = frozenset(
    """year week month weekend morning afternoon evening night season summer spring autumn fall
    winter time century decade""".split()
)

# Abstract nouns that stand for something said before ("The issue has taken on new urgency",
# "The move follows …"): the "shell nouns" of Schmid (2000, English Abstract Nouns as Conceptual
# Shells), the ones frequent in news. After "the" and before the verb they lean on the sentence
# before; with their content after them ("The decision to close the plant …") they do not.
SHELL_NOUNS = frozenset(
    """issue move decision matter problem idea plan step change news situation claim announcement
    development incident case proposal measure""".split()
)

# A teaser: the sentence withholds its point for the next one to give ("Trump isn't saying much about debate
# preparation, with one notable exception."; "Here's why."). Cataphora, reference forward (Halliday & Hasan 1976,
# *Cohesion in English*, 2.4): it does not stand alone as a summary item or a TL;DR.
TEASER = re.compile(
    r"\b(?:(?:with|but for|except for|save for) (?:one|a single|a) (?:\w+ )?exception"
    r"|(?:one|a) (?:notable|big|major|key|glaring|important|crucial) (?:exception|catch|caveat|twist|difference)"
    r"|(?:here|this)(?: is|['’]s) (?:why|how|what|the (?:catch|reason|thing))"
    r")\W*$|\bthe (?:answer|reason|catch|problem|twist)(?: is| was)?\s*:\s*$",  # "The answer:", not "drafting the answer."
    re.IGNORECASE,
)
# The last words a teaser ends on: only a sentence that ends so is matched against ``TEASER``.
_TEASER_ENDS = frozenset("exception catch caveat twist difference why how what reason thing answer problem".split())
_TAIL_MARKS = " .!:;\"”’'"


def is_teaser(text: str) -> bool:
    """A teaser ("…, with one notable exception.", "Here's why."), found by its last word first."""
    tail = text[-24:].rstrip(_TAIL_MARKS)
    last = tail[tail.rfind(" ") + 1:].lower()
    return last in _TEASER_ENDS and TEASER.search(text, max(0, len(text) - 70)) is not None


# Epithets: a definite noun phrase that names someone or something by kind or trait instead of by name ("The Scot
# initially defended …", "The company said …", "The 24-year-old delivered …"), the elegant variation of news
# writing (Fowler 1926, *Modern English Usage*, "elegant variation"). It points at the sentence that names them.
# Nouns of the kind news uses so, written for this project; nationality nouns for a person ("The Scot").
EPITHET_NOUNS = frozenset(
    """company firm group university school college club side team bank lender insurer carrier airline retailer
    chain maker manufacturer broadcaster network newspaper magazine website charity union band
    star singer actor actress player striker midfielder defender goalkeeper keeper veteran youngster teenager
    winner champion coach manager boss chief chairman chairwoman executive minister spokesman spokeswoman
    man woman boy girl couple pair duo trio mogul tycoon billionaire businessman businesswoman entrepreneur
    rapper musician comedian director author writer presenter host senator congressman congresswoman lawmaker
    governor candidate nominee hopeful front-runner frontrunner hacker suspect victim rider driver runner
    jumper sprinter golfer bowler batsman captain skipper winger flanker fly-half latter""".split()
)
DEMONYMS = frozenset(
    """scot scotsman welshman irishman englishman briton frenchman dutchman spaniard german italian american
    australian argentine argentinian brazilian canadian kenyan ethiopian russian swede dane norwegian finn swiss
    belgian croat serb czech pole portuguese mexican japanese chinese kiwi aussie frenchwoman""".split()
)
# "The 24-year-old", "the 19-year-old's"
AGE_EPITHET = re.compile(r"\d{1,3}-year-old(?:['’]s)?$")


def epithet_subject(text: str) -> str | None:
    """The epithet that opens ``text`` as its subject ("The company said …", "The Scot initially defended …", "The
    24-year-old …", "But the band have …", "The chief, Paul Manafort, …"), lower-cased without "the", else None. Up to two
    lower-case words may stand before the noun ("The football club", "The defending champion"); the word after it
    must be a verb ("said", "has", "initially …") or open an aside, so that a noun phrase that goes on ("The company
    that makes …", "The club website …", "The union Usdaw …") or a single office ("The prime minister …") is none."""
    words = text[:90].split(None, 5)
    if words and words[0].lower() in CONNECTIVES:
        words = words[1:]
    if len(words) < 3 or words[0] not in ("The", "the"):
        return None
    for k in (1, 2, 3):
        if k + 1 >= len(words):
            return None
        noun = words[k].rstrip(",")
        low = noun.lower()
        if low in EPITHET_NOUNS and not (k > 1 and words[k - 1].lower() == "prime") or (
                low in DEMONYMS and noun[:1].isupper()) or AGE_EPITHET.match(low):
            after = words[k + 1]
            if after in _CLITIC_POSSESSIVE:
                return None  # a tokenised possessive ("the 47-year-old 's body was …"): the subject is what follows
            if words[k].endswith(",") or after in ("-", "–", "—") or _VERB_AFTER.match(after):
                return " ".join(words[1:k + 1]).rstrip(",").lower()
            continue  # "The 25-year-old fly-half will …": the head noun comes next
        if not noun.islower() or not noun.isalpha() and "-" not in noun:
            return None
    return None


# The possessive split off as a word of its own in tokenised copies ("the company 's profits"): joined, as
# "company's" it makes the noun a modifier, not the subject.
_CLITIC_POSSESSIVE = frozenset(("'s", "’s"))
# A word that may be the subject's verb: an auxiliary, a past or present form, an adverb before the verb.
_VERB_AFTER = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says|told|made|won|lost|took|"
    r"led|left|beat|ran|gave|got|went|came|saw|became|began|[a-z]{2,}(?:ed|es|ly)|[a-z]*[^s]s)$")


# Words after a noun that go on to say which one is meant: a preposition, a relative, "that", "behind"
_NOUN_GOES_ON = frozenset(
    """of in on at for from with by into about over under behind between among who whom whose which that where
    named called known""".split()
)


# Conjunctive phrases that open a sentence and need the one before ("As a result,", "In addition,", "As I mentioned
# above,"): Halliday & Hasan (1976, *Cohesion in English*, ch. 5), the ones frequent in news; matched against the
# whole lower-cased opening phrase.
CONJUNCTIVE = re.compile(
    r"(?:as a (?:result|consequence)|in (?:addition|turn|contrast|response|short|other words)|by contrast|even so"
    r"|as such|on top of (?:that|this|it)|on the other hand|either way|after all|similarly"
    r"|likewise|moreover|furthermore|besides|worse(?: still)?|worst of all|that said|to be sure|by the same token"
    r"|as (?:i|we|noted|mentioned|said|stated)\b.*|.*\b(?:above|earlier)),?$")
# Pronouns that, straight after a short opening phrase, lean back ("On Thursday, he'll …", "In his speech, …").
AFTER_PHRASE = frozenset("he she they his her their".split())
# Capitalised words that open a sentence before "said" and name no one ("Officials said", "Police said"): the
# pronouns and the speakers that are groups, the plural nouns among ``quotes.lexicon.SPEAKER_NOUNS``.
NOT_SURNAMES = frozenset(w.capitalize() for w in PRONOUNS | {"you", "others"} | {
    n for n in SPEAKER_NOUNS if n.endswith(("s", "men", "people", "police")) and not n.endswith("ss")})

# A team sheet ("Hanley; Mayor, Payne, Rhys Jones, Wigglesworth; Hercus, Redpath (capt); …"): names in groups
# split by semicolons, no verb; the line-ups closing sports reports. A surname may open on a lower-case particle
# ("du Plessis", "van der Merwe").
_LINE_UP_WORD = re.compile(r"[A-Z][\w.'’-]*|\((?:capt|c|vc|gk)\)|-")
_LINE_UP_LABEL = re.compile(r"[A-Z][a-z]+(?: \([a-z]+\))?:\s")


def is_line_up(text: str) -> bool:
    """Names only, in at least three groups split by semicolons, or five or more after a label ("Replacements
    (from): Bozzi, Coutts, …"); or one word alone ("Sixways", a venue line)."""
    if " " not in text.strip():
        return True
    label = _LINE_UP_LABEL.match(text)
    names = text[label.end():] if label else text
    if names.count(";") < 2 and not (label and names.count(",") >= 4):
        return False
    words = names.split()
    return all(_LINE_UP_WORD.fullmatch(w.strip(",;.")) or not w.strip(",;.") or _particle_before_name(words, k)
               for k, w in enumerate(words))


def _particle_before_name(words: list[str], k: int) -> bool:
    """``words[k]`` is a name's particle with the rest of the name after it ("de Villiers", "van der Merwe")."""
    while k + 1 < len(words) and words[k] in NAME_PARTICLES:
        k += 1
        if words[k][:1].isupper():
            return True
    return False
