"""Patterns behind ``facts``, compiled once.

Finding figures is two-stage for speed: cheap anchor patterns (a digit or currency sign, a
weekday or relative-day word, a spelled-out number) whose first character lets the regex
engine skip ahead, then small patterns tried with ``match`` right after (or ``search`` just
before) each anchor to decide what kind of figure it is.

Word lists (months, weekdays, currency names, units) are standard English vocabulary written
by hand for this project; nothing is derived from evaluation data.
"""
from __future__ import annotations

import re

from .clause_form import PREPOSITIONS, RELATIVES, SUBORDINATORS
from .function_words import DETERMINERS
from .names import MONTH_NAMES
from .number_words import NUMBER_WORDS, spelled
from .quotes.lexicon import PARTICIPLES, REPORTING_VERBS

MONTHS = {m[:3].lower(): i for i, m in enumerate(MONTH_NAMES, 1)}
WEEKDAYS = {d[:3].lower(): i for i, d in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())}

_MONTH = (
    r"(?:" + "|".join(MONTH_NAMES) + "|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# (and in a headline's capitals: "FOR $4.83 BILLION", read as $4.83 without it)
_SCALE = r"(?:\s?(?:million|billion|trillion|bn|tn|m|k)\b|\s(?:thousand|hundred|MILLION|BILLION|TRILLION)\b)"
# the words of scale a count may end on ("2 trillion", "five hundred")
SCALE_ENDS = ("million", "billion", "trillion", "thousand", "hundred")
_SCALE_WORD = rf"(?:{'|'.join(SCALE_ENDS)})\b"
_SPELLED = rf"(?:{spelled(2, 99)}|hundreds|several)"
# "up to" after "add" is the verb's particle ("added up to 22,201bn yen" is a total, not a cap). A share of a
# figure ("half of 1 percent") is part of it: the figure alone would read as the whole.
UP_TO = r"(?<!\badd\s)(?<!\badds\s)(?<!\badded\s)(?<!\badding\s)up\sto"  # a ceiling; after "add" a total (also questions.phrasing)
_QUALIFIER = (
    r"(?:(?:(?:more|fewer|less)\sthan\s)?(?:half|a\sthird|a\squarter|two\sthirds|three\squarters)\sof|"
    rf"(?:more|fewer|less)\sthan|over|under|{UP_TO}|about|around|nearly|near|almost|at\sleast|at\smost|some|roughly|"
    r"approximately|an\sestimated|as\smany\sas|as\smuch\sas)\s"
)
_CURRENCY_WORD = r"(?:cents|pence|dollars|euros|pounds|yen|yuan|rupees|baht|francs|roubles|rubles|pesos|won|rand|kronor|dinars)\b"
UNIT = (
    r"(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|(?:feet|foot)(?:-\d{1,2}(?!\d))?|ft|inches|cm|mm|kg|kilograms?|grams?|tonnes?|tons?|lbs?|"
    r"barrels?|lit(?:re|er)s?|gallons?|acres?|hectares?|square\s(?:miles|feet|met(?:re|er)s|kilomet(?:re|er)s)|mph|"
    r"degrees?|teraflops|kilobytes?|megabytes?|gigabytes?|terabytes?|kilobits?|megabits?|gigabits?|MB|GB|TB|Kbps|Mbps|"
    r"GHz|MHz|megawatts?|gigawatts?|watts?|MW|GW|kWh|hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?|"
    r"centuries)\b(?:-olds?)?"
)
# Words after a number that do not make it a count of something.
NOT_NOUN = (
    r"(?:of|to|and|or|in|on|at|per|a|an|the|for|from|as|by|with|is|are|was|were|be|has|have|had|will|would|pm|am|"
    r"percent|points?|times|than|that|which|who|after|before|until|over|under|into|against|last|next|this|earlier|"
    r"later|ago|each|short|more|less|fewer|higher|lower|up|down|out|left|ahead|behind|apiece|overall|alone|too|so|"
    r"respectively|not|no|all|both|when|where|if|but|million|billion|trillion|thousand|hundred|its|these|those)\b(?!-)"
)  # (joined by a hyphen, a modifier: "50,000 with-profits investors")
# A counted noun phrase: up to two modifiers, then a plural or a collective noun. A word in -ss or -ous is no plural
# ("40 business proposals", "47 continuous years": a modifier). A modifier may be in quotation
# marks ('100,000 new "affordable" homes': scare quotes, the noun still counted).
# Function words and adverbs in -s, neither a plural nor a modifier ("32,000 whereas rivals", "40 plus"): standard English.
_IN_S_NO_PLURAL = (
    "whereas|plus|minus|versus|nevertheless|regardless|afterwards|sometimes|nowadays|backwards|forwards|upwards|"
    "downwards|outwards"
)
COUNT_MODIFIER = (
    r"[\"“‘']?(?!(?:in|of|to|on|at|for|by|with|and|or|the|a|an|from|as|its|his|her|their|whose|which|who|that|"
    rf"{_IN_S_NO_PLURAL})\b(?!-))[a-z][a-z-]+[\"”’']?\s"  # joined by a hyphen, a modifier: "50,000 with-profits investors"
)
# A plural in -men ("1,000 fishermen", "12 gunmen"), but the singular nouns in -men (standard English, written by hand:
# "a 10 specimen deal").
_SINGULAR_IN_MEN = "speci|regi|abdo|o|acu|albu|bitu|se|sta|lu|hy|cycla|ra"
PLURAL = (
    rf"(?!(?:its|was|has|his|this|thus|as|is|us|always|perhaps|less|unless|across|towards|besides|does|goes|says|"
    rf"{_IN_S_NO_PLURAL})\b)"
    r"[a-z][a-z-]*[a-z](?<!s)(?<!ou)s|people|staff|police|personnel|aircraft|cattle|sheep|fish|crew|children|"
    rf"(?!(?:{_SINGULAR_IN_MEN})men\b)[a-z]*men|youth"
)
_COUNTED = (
    rf"(?:{PLURAL}|"
    r"(?:sold|killed|wounded|injured|arrested)\b(?!-|\s[a-z]+s\b))\b"  # "50,000 sold", "53 wounded"; not "12 wounded soldiers"
)
# A model's code may be a modifier too ("10 A320 aircraft", "20 F-16 fighters"): capitals and a digit. So may a
# capitalised word before a lower-case one, a people's or a brand's ("56,000 American deaths", "22,000 Twitter
# followers"), or an acronym ("3 US soldiers"), or a brand before a model's acronym ("19,924 Cadillac XLR coupes"); not a
# capitalised word that ends the phrase ("10 Downing Street").
COUNT_NOUN = (
    rf"(?:{COUNT_MODIFIER}|[A-Z][A-Z0-9-]*\d[A-Za-z0-9-]*\s|[A-Z][a-z]+\s(?=[a-z]|[A-Z]{{2,}}\s[a-z])|[A-Z]{{2,}}\s(?=[a-z]))"
    rf"{{0,2}}?{_COUNTED}"
)
# After a scale word the noun phrase may hold capitalised words ("120 million US adults", "1.8 million new California
# voters") or end in an acronym's plural ("575 million PCs").
_SCALE_COUNT_NOUN = rf"(?!{NOT_NOUN})(?:{COUNT_MODIFIER}|[A-Z][A-Za-z]*\s){{0,2}}?(?:{_COUNTED}|[A-Z]{{2,}}s\b)"
# Two modifiers joined by "and" ("300,000 council and housing association tenants", "200 uniformed and plainclothes
# police officers"): the first is no plural (else it is the noun: "42 aircraft and runs") nor an adverb in -ly.
_PAIRED_COUNT_NOUN = rf"(?![a-z]+ly\b)[a-z][a-z-]*[a-z](?<!s)\sand\s(?:{COUNT_MODIFIER}){{0,2}}{_COUNTED}"
# Time zones written after a 24-hour clock time ("1650 GMT", "0900 EST").
_TIME_ZONE = r"GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|JST"
# Words that may follow a year ("in 2005 and …"); another lower-case word makes it a modifier ("2016 candidates").
_FUNCTION = (
    r"(?:and|as|was|is|the|when|after|before|but|with|to|for|in|on|at|from|which|that|it|he|she|they|a|an|or|by|of|"
    r"compared|than|while|because|if|so|has|had|have|were|are|will|would|could|said|says|alone|already|onwards)\b"
)

# --- anchors ---
# (each starts with a character class or literal, so the engine can skip ahead quickly)
NUMBER = re.compile(r"[\d$€£¥][\d,.]*")
# The same in an ASCII text, whose only digits are 0-9: a range the engine tests faster than ``\d``
# (any Unicode decimal digit) at every character.
NUMBER_ASCII = re.compile(r"[0-9$][0-9,.]*")
# A proportion: "eight of 10 avocados", "one in five voters", "$4 of every $5". Read whole, its two
# numbers are one figure; read apart, "10 avocados" is a count the article never gave.
SMALL = rf"(?:\d+|{spelled(1, 10)})"
# A determiner before the second number, written in figures ("lost 12 of their 14 games": "14 games" alone misreads
# it); before a spelled one ("one of its two members") the figure is too small to list.
_WHOSE = r"(?:the|their|its|his|her|our)"
_SPAN = r"(?:last|first|past|previous|opening|final)"  # "won only two of their last 10 games"
# Not a proportion: "number one in three weeks" (a chart place), a number inside a longer one ("Twenty-three of the
# 53", "12 of the 80-odd resorts"), a second number that is a year ("45 in 2003", "BBC
# One in 1978") or runs on ("one of 1,466", "1912 in 38.07"), a first number that ends a longer one ("36,185 in
# 2003"). What it counts is a plural noun with up to two modifiers ("one in five US citizens", "4 in 10 Republican
# voters", "four out of five key issues"); a word of any other kind after it is left out ("Six in 10 say", "one in
# eight at"): read as the noun, it clipped a phrase ("One in 10 adult" Americans). A verb right after it is its
# predicate, no modifier: a reporting verb ("Six in 10 say voters want change"; its forms in ``quotes.lexicon``) or a
# verb of a poll's stance ("Four in 10 backed Democrats", "Two in three opposed tax rises"; standard English, written
# by hand). Not any past tense in -ed, nor a reporting verb's -ed or -ing form: mostly adjectives there ("registered
# voters", "executed drug convicts", "reported cases", "warning signs").
_STANCE_VERBS = (
    "back backed support supported oppose opposed favour favoured favor favored prefer preferred want wanted think "
    "thought believe believed vote voted approve disapprove disapproved"
).split()
_VERB_AFTER_PROPORTION = "(?-i:(?:{})\\b)".format("|".join(sorted(
    {v for v in REPORTING_VERBS - PARTICIPLES if " " not in v and not v.endswith("ed")} | set(_STANCE_VERBS),
    key=len, reverse=True)))
PROPORTION = re.compile(
    rf"(?<!number\s)(?<![\d,.-])\b{SMALL}\s(?:of|in|out\sof)\s(?:every\s|{_WHOSE}\s(?:{_SPAN}\s)?(?=\d))?(?!(?:1[89]|20)\d\d\b){SMALL}\b(?![,.]\d|[-–]\w)"
    rf"(?:\s(?:or|to)\s{SMALL}\b(?![,.]\d))?"  # "one of six or seven contenders": its second number a range
    rf"(?:\s(?-i:[A-Z][a-z]+\s[A-Z][a-z]+s\s(?:{PLURAL})\b"  # a name's plural a modifier ("Six Nations captains")
    rf"|(?!{NOT_NOUN})(?:(?!{_VERB_AFTER_PROPORTION})(?:{COUNT_MODIFIER}|[A-Z][A-Za-z-]*\s)){{0,2}}?"
    rf"(?:(?:{PLURAL})\b|[A-Z][a-z]+s\b|[A-Z]{{2,}}s\b)))?"
    r"|[$€£]\d[\d,.]*\s(?:of|in|out\sof)\severy\s[$€£]\d[\d,.]*",
    re.IGNORECASE,
)
# What a proportion without a noun counts, when it follows: the whole it is taken of ("one in 13 of the 48 million
# cards", "one in 10 of the US's internet users", "six in 10 of those polled"), or the verb "say" of a poll's answer
# ("Six in 10 say", "three in 10 saying"): the bare "Six in 10" leaves a reader asking of what.
PROPORTION_WHOLE = re.compile(
    rf"\sof\s(?:the|its|their|these|those|all|our)\s(?:(?:polled|surveyed|questioned|asked|interviewed)\b|"
    rf"(?:[^\s.,;:]+\s){{0,3}}?(?-i:{PLURAL})\b)|\s(?:say|says|said|saying)\b"
)
# What every proportion holds right after its first number: the engine finds it from its leading
# space far faster than it tries PROPORTION at every word (see ``facts._proportion_matches``). Only a link before
# what PROPORTION takes next ("every", a figure or its word) is one: most "of" and "in" of a text are passed over in C.
# (The next letter is tested before the look-behind, for speed.)
PROPORTION_LINK = re.compile(
    rf"\s(?=[oi])(?<=[\d,.eorxnt]\s)(?:of|in|out\sof)\s(?=every\s|{_WHOSE}\s(?:{_SPAN}\s)?\d|{SMALL})", re.IGNORECASE
)
NUMBER_AT = re.compile(rf"(?:[$€£¥][^\S\n]?)?{_NUM}")  # "$ 170 billion" is an amount too
# Words of letters only, none a suffix of another: the matches are found with ``str.find`` (see
# ``facts._word_matches``), much faster than the engine trying the pattern at every "d", "y" or "m".
DAY_OR_YEAR_WORDS = ("day", "year", "morrow")
DAY_OR_YEAR = re.compile(rf"(?:{'|'.join(DAY_OR_YEAR_WORDS)})\b")
DAY_WORD_BEFORE = re.compile(
    r"(?:\b(?:(?P<q>[Ll]ast|[Nn]ext|[Tt]his)\s)?(?P<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)|\b(?P<rel>[Yy]ester|[Tt]o))$"
)
YEAR_WORD_BEFORE = re.compile(r"\b(?P<q>[Ll]ast|[Nn]ext|[Tt]his)\s$")
SCALE_WORDS = ("million", "billion", "thousand")
SCALE_WORD = re.compile(rf"(?:{'|'.join(SCALE_WORDS)})\b")
SPELLED_BEFORE = re.compile(rf"\b{_SPELLED}\s$")

# --- tried right after a number ---
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\b")
AFTER_DAY = re.compile(rf"(?:st|nd|rd|th)?\s(?:of\s)?(?P<mon>{_MONTH})(?:,?\s(?P<year>1\d{{3}}|20\d{{2}})\b)?")
AFTER_MONTH_DAY = re.compile(r"(?:st|nd|rd|th)?\b(?!\d|,\d|\.\d|:)(?:,?\s(?P<year>1\d{3}|20\d{2})\b)?")
_PERCENT_WORD = r"(?:%|per\s?cent\b|percent\b|percentage\spoints?\b)"
AFTER_PERCENT = re.compile(rf"\s?{_PERCENT_WORD}")
AFTER_AMOUNT = re.compile(rf"{_SCALE}?(?:\s{_CURRENCY_WORD})?")
# Pence written joined, British style ("closed at 1130p", "533p a share"); not a video resolution ("720p", "1080p":
# the standard HD formats) nor "p.m.".
_PENCE = r"p\b(?![-'’]|\.\w)(?<!480p)(?<!576p)(?<!720p)(?<!1080p)(?<!2160p)"
AFTER_MONEY_WORD = re.compile(rf"{_SCALE}?\s{_CURRENCY_WORD}|{_PENCE}")
# Measures written only joined to their number ("a 10-point lead", "an 800-page report", "a 25-yard strike", "a
# 30-man squad", "a 161-strong majority", "the 1,237-delegate threshold"): standard English compounds, written by hand.
_HYPHEN_UNIT = r"(?:point|page|yard|man|member|strong|delegate|seat|seater)\b(?!-)"
# What a multiple is of ("20 times faster", "14 times as much", "1.9 times more likely"); not a preposition in -er ("10
# times over"), an adverb ("5 times together"), nor a function word after "more" ("10 times more than"). After an article a
# multiple is a modifier ("a 4 times winner", ``MULTIPLE_ARTICLE_BEFORE``): no figure.
_COMPARED = (
    r"(?:\s(?:(?:more|less|fewer)(?:\s(?!(?:than|of|to|and|or|in|on|at|for|by|the|a|an|is|was|are|were)\b)[a-z]+\b)?|"
    r"as\s(?:much|many)|(?!(?:over|under|after|ever|never|other|either|whether|her|later|per|together|altogether|"
    r"forever|however|whatever|whenever|wherever|rather|further|hither|thither)\b)[a-z]+er\b"
    r"(?=\sthan\b|[.,;:!?)\"”’]|\s*$))\b)?"  # a word in -er only before "than" or a clause's end: not "a 4 times winner of"
)
# A time in seconds is written joined too ("a world record of 6.39secs"). A multiple is a measure too ("oversubscribed
# 16.2 times"), and a unit's worth one ("12 hour's worth": "12 hour" alone misreads it).
# Units of data, power and speed are written joined too ("an 80GB hard drive", "2.9Mbps"); not distances, whose joined
# forms name races ("the 100m", "the 6km race"), but a mark in metres to the centimetre ("a personal best of 6.50m"),
# unless a plural follows (then "m" is a million's: "3.35m Euros").
_JOINED_UNIT = r"(?:GB|MB|TB|KB|Gb|Mb|GHz|MHz|Mbps|Kbps|kbps|kg|mph|kWh|kW|MW|GW)\b|(?<=\.\d\d)m\b(?![^\S\n]+[A-Za-z]+s\b)"
AFTER_QUANTITY = re.compile(
    rf"(?:\s|-){UNIT}(?:['’]s?\sworth\b)?|-{_HYPHEN_UNIT}|secs?\b|{_JOINED_UNIT}|\stimes\b{_COMPARED}"
)
# A scale word and the noun after it if any ("5 million-plus US voters", "3 million"), or a plain count ("50-odd people").
# After a scale word a unit ("1.4 billion cubic feet") or a multiple ("five million times faster") ends it too.
AFTER_COUNT = re.compile(
    rf"\s{_SCALE_WORD}(?:(?:-plus|-odd)?\s(?:(?:cubic\s)?{UNIT}|times\s(?:more|less|fewer|[a-z]+er)\b"
    rf"|{_SCALE_COUNT_NOUN}|[A-Z][a-z]+s\b))?"
    rf"|(?:-plus|-odd)?\s(?!{NOT_NOUN}){COUNT_NOUN}"
    # people or things by a capitalised plural ("2,200 Syrians", "31 Democrats", "11 Oscars", a brand's "17,815 Buick
    # Raniers"); a capitalised unit or
    # currency is a title's ("21 Grams", "60 Minutes", "98 Degrees")
    rf"|\s(?:[A-Z][a-z]+\s)?(?!(?i:{UNIT}|{_CURRENCY_WORD}))[A-Z][a-z]+[a-rt-z]s\b(?![^\S\n][A-Z0-9]|['’-])"
    r"|\s(?:barrier|mark|threshold|milestone)\b"  # a round figure passed: "broke the 100,000 barrier"
)
# A plural right after a counted plural is the noun, the first its modifier ("10 sales reps", "50,000 with-profits
# investors", "20 news outlets"): a plural subject takes no verb in -s, so the second is no verb.
NEXT_PLURAL = re.compile(rf"\s(?:{PLURAL})\b(?![-'’])")
# Which first plurals: a hyphenated one, or a noun used as a modifier in its plural (standard English, written by hand).
# Not any: a text's slip ("The 14 telecentres uses") would take the verb.
PLURAL_MODIFIERS = frozenset("sales news sports arms savings customs goods".split())
# Tried only where AFTER_COUNT finds nothing and "and" follows closely (``facts``): most numbers are no such count.
AFTER_PAIRED_COUNT = re.compile(rf"(?:\s{_SCALE_WORD})?\s(?!{NOT_NOUN}){_PAIRED_COUNT_NOUN}")
# A rate: a figure then what it is per ("$15 an hour", "25% a year", "0.30 euros per share", "384 kilobits per
# second", "30% or more per month", "$1,349 an ounce", "$2.86 per thousand cubic feet"); read without it, a rate reads
# as a total. "a" or "an" is followed only by units of time or of what is priced or counted per item (standard
# English), and not by a word that makes the unit a time point ("5% a day after", "a year ago").
RATE_AFTER = re.compile(
    r"\s(?:or\s(?:more|less)\s)?(?:per\s(?:(?:hundred|thousand|million)\s)?(?:cubic\s|square\s)?(?!(?:cent|the|a|an)\b)[a-z]+|"
    r"an?\s(?:year|month|week|day|night|hour|minute|second|head|share|barrel|season|game|match|lap|person|unit|tonne|"
    r"ton|litre|gallon|mile|episode|ounce|pound|kilo|kilogram|pint|bushel)\b"
    r"(?!\s(?:after|before|later|earlier|ago|since)\b))\b"
)
RATE_STARTS = (" per ", " a ", " an ", " or ")  # what RATE_AFTER starts with: tried only there
# The numbers up to twelve spelled out, with their values.
SPELLED_SMALL = {w: v for w, v in NUMBER_WORDS.items() if v <= 12}
# The larger units of a time written in two ("one minute 47.97 seconds", "two hours 45 minutes", "22 minutes and 45
# seconds"), searched before a figure in seconds or minutes: the seconds alone misread a race time.
TIME_BEFORE = re.compile(
    rf"\b(?:\d{{1,2}}|{'|'.join(SPELLED_SMALL)})\s(?:hours?|minutes?|mins?)"
    r",?\s(?:and\s)?$"
)
# Trivial noise (readers of briefings named these): a match clock ("after 19 minutes", "on 68 minutes", "with 11 minutes
# left", "30 minutes into the debate", "10 minutes later"), a stretch of a race or match ("the last 200 metres", "in the
# first 20 minutes") and a figure of speech ("a 360-degree view", "a 180-degree turn"). Dropped, not listed.
CLOCK_BEFORE = re.compile(r"\b(?:[Aa]fter|[Oo]n|[Ww]ith)\s(?:just\s|about\s|around\s|only\s)?$")
CLOCK_AFTER = re.compile(r"\s(?:left|remaining|to\sgo|to\splay|into|later|mark)\b")  # ("by the 30-minute mark")
STRETCH_BEFORE = re.compile(r"\b(?:first|second|last|final|opening|closing)\s$")
STRETCH_UNITS = ("minute", "min", "metre", "meter", "yard", "lap", "mile", "kilomet", "km")
FIGURES_OF_SPEECH = frozenset(("360-degree", "180-degree"))
# A percentage range written with a dash ("2-3%", "an 8%-10% rise", "72-75 percent"), tried after its first number:
# one figure (read apart, the first number has a score's shape and is lost, the second follows a dash and is lost).
PERCENT_RANGE_END = re.compile(rf"%?[-–]\d+(?:\.\d+)?\s?{_PERCENT_WORD}")
# Any other range written with a dash, where a currency word, a unit or a scale word follows its second number
# ("11-14 euros", "0.3-0.5 megabits", "10-20 million"); its second number, read with what follows (``facts``). A plain
# noun next is no sign ("737-800 planes": a model).
DASH_RANGE_END = re.compile(rf"[-–]({_NUM})(?=\s(?:{_CURRENCY_WORD}|{UNIT}|{_SCALE_WORD}))")
# A time of day where a year is expected: a figure right after a day's date and "from" or "until" ("on Wednesday 19
# January, from 1930 on BBC One"; ``facts`` searches it only after those words).
CLOCK_AFTER_DATE_BEFORE = re.compile(rf"(?:\d\s{_MONTH}|{_MONTH}\s\d{{1,2}}),?\s(?:from|until)\s$")
# A year not followed by a digit, a percent, a modifier's noun or a time zone ("by 1650 GMT" is a time of day), nor
# ending a span that has one ("between 2000 and 2100 GMT": times of day).
AFTER_YEAR_OK = re.compile(
    rf"(?![\d%-]|\s?(?:percent|per\scent)|\s(?!{_FUNCTION})[a-z]|\s?(?:{_TIME_ZONE})\b"
    rf"|\s(?:to|and)\s\d{{4}}\s?(?:{_TIME_ZONE})\b)"
)
# What an age describes: up to three capitalised words ("Trayvon Martin", "Cobh"), then a
# lower-case word and the word after it, which ``facts`` checks ("a 19-year-old man from").
AGE_NOUN = re.compile(
    r"(?P<name>(?:[^\S\n][A-Z][a-z][\w’-]*){1,3})?(?:[^\S\n](?P<noun>[a-z][a-z-]*[a-z])(?![\w-])(?P<next>[^\S\n][a-z]+)?)?"
)
# Words after which the noun phrase has ended: "a 19-year-old man from", "the 74-year-old comedian said".
AGE_NOUN_ENDS = frozenset(
    """of in on at to for from with by who whose which that and or but as than is was are were has had
    have will would can could may might must should also""".split()
)
# What a hyphenated measure describes ("a 10-month restructuring plan", "the 30-second spot"): one or two lower-case
# words, which ``facts`` keeps only where the noun phrase plainly ends after them.
MEASURED_NOUN = re.compile(r"[^\S\n]([a-z][a-z-]*[a-z])(?:[^\S\n]([a-z][a-z-]*[a-z]))?")
# A word joined to a scale word by a hyphen ("an 11 million-person undocumented population", "2 million-plus").
HYPHENATED_WORD = re.compile(r"-[a-z]+\b")
# Words that end such a phrase besides AGE_NOUN_ENDS: the project's prepositions, subordinators, relatives and
# determiners but the articles ("a 15-month probe into", "the 30-second speech where", "a 10-year plan this"; an article
# next marks a verb: "5 million browse the net"), and a few function words they lack ("an 18-month period due to");
# standard English.
_NOT_ARTICLES = DETERMINERS - {"the", "a", "an"}
MEASURED_NOUN_ENDS = AGE_NOUN_ENDS | PREPOSITIONS | SUBORDINATORS | RELATIVES | _NOT_ARTICLES | frozenset(
    """due so not been being ago later earlier then there here
    tall long wide deep thick""".split()  # and the dimensions a measure is said of ("5-foot-3 tall"): no noun
)
# Nouns written "X of Y" as one ("a 2.2-point margin of error", "a 10-year statute of limitations", "a 30-day state of
# emergency"): English open compounds (dictionary headwords, e.g. Merriam-Webster), written by hand; ``facts`` keeps
# the "of Y" after a measured noun X.
OF_COMPOUNDS = {
    "margin": "error", "state": "emergency", "statute": "limitations", "rate": "return", "vote": "confidence",
    "cost": "living", "standard": "living", "term": "office", "period": "grace", "change": "heart",
}
# --- searched for just before an anchor ---


def back(pattern: re.Pattern, text: str, start: int, reach: int = 30) -> re.Match | None:
    """``pattern`` searched in the ``reach`` characters before ``start`` (a pattern that ends with ``$``)."""
    return pattern.search(text, max(0, start - reach), start)


MONTH_BEFORE = re.compile(rf"\b(?P<mon>{_MONTH})\s$")
_YEAR_PREPOSITIONS = (r"[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Tt]o|[Bb]efore|[Aa]fter|[Dd]uring|[Bb]etween|and|[Tt]hrough|early|late|"
                      r"[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|of")
YEAR_PREPOSITION_BEFORE = re.compile(rf"\b(?:{_YEAR_PREPOSITIONS})\s$|mid-$")
# A decade's: the same words, "the" between ("since the 1970s", "before the 1990s", "in the late 1990s")
DECADE_BEFORE = re.compile(rf"\b(?:{_YEAR_PREPOSITIONS})\s(?:the\s)?$|mid-$")
# The first number of a range ("8 to 10 percent"), read with the second; "from 8 to 10" is a change, not a range.
RANGE_BEFORE = re.compile(r"(?<!\bfrom\s)(?<![\d,.])(\d[\d,.]*)\sto\s$")
# "between $1,001 and $5,000": an amount's range, read as one figure (each end alone would misread it).
AMOUNT_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s$")
AMOUNT_RANGE_END = re.compile(rf"\s(?:and|to)\s[$€£¥]{_NUM}")
# "$24-$26", "£40m-£50m", "$50-100,000": an amount's range written with a dash (one figure; "$24" alone reads as the
# price). Without a second sign ``facts`` takes it only when the second number is the larger.
AMOUNT_DASH_END = re.compile(rf"[-–](?P<sign>[$€£¥])?(?P<num>{_NUM})")
# "from 1971 to 1987", "in 2011 or 2012", "between 2008 and 2012": a span of years or a choice of two, one fact.
YEAR_SPAN_END = re.compile(r"\s(?:to|or|and)\s(?:1[89]|20)\d\d\b")
# "between six and 12 months", "between 100 million and 118 million": the first number of a range written with
# "between … and".
BETWEEN_BEFORE = re.compile(rf"\b[Bb]etween\s(\d[\d,.]*|{'|'.join(SPELLED_SMALL)})(?:\s{_SCALE_WORD})?\sand\s$")
# A decade after a year's preposition ("in the late 1990s", "since the 1970s").
DECADE_AFTER = re.compile(r"0s\b")
QUALIFIER_BEFORE = re.compile(rf"\b{_QUALIFIER}$", re.IGNORECASE)
QUALIFIER_START = re.compile(_QUALIFIER, re.IGNORECASE)  # (a figure's text in lower case: "as many as 7,000 jobs")
QUALIFIER_ENDS = frozenset("an er to ut nd ly st me ed as of ar".split())  # the last two letters of _QUALIFIER's words
CURRENCY_PREFIX_BEFORE = re.compile(r"\b(?:US|A|C|NZ|HK|S)$")
CURRENCY_CODE_BEFORE = re.compile(r"\b(?:Rs\.?|USD|EUR|GBP|JPY|CHF)\s?$")
WEEKDAY_QUALIFIER_BEFORE = re.compile(r"\b(?P<q>[Ll]ast|[Nn]ext|[Tt]his)\s$")
INDEFINITE_BEFORE = re.compile(r"\b(?:a|every|each)\s$")
MULTIPLE_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s$")
# A number that labels a thing rather than counting it: "chapter 11", "Section 2", "Route 66", "game 7".
LABEL_WORDS = (
    "chapter section article title rule clause amendment page route highway interstate level grade room flight gate "
    "platform row seat number no. item verse part phase stage round game episode season volume vol. class division "
    "tier category type model version district ward precinct exit pier terminal lane act form proposition prop. "
    "measure question bill schedule paragraph line channel").split()
LABEL_BEFORE = re.compile(rf"\b(?:{'|'.join(map(re.escape, LABEL_WORDS))})\s$", re.IGNORECASE)
# the last three characters of those words: ``facts`` searches LABEL_BEFORE only after a word ending so
LABEL_ENDS = frozenset(w[-3:] for w in LABEL_WORDS)
# --- scores: "won 24-18", "a 2–1 victory", "MPs voted 272-219"; a pair of numbers is a score only in a sentence about a
# result ---
SCORE = re.compile(r"\d{1,3}[^\S\n]?[-–][^\S\n]?\d{1,3}(?![\d,.]?\d|[-–:/%]|[^\S\n]?(?:percent|per\scent)\b)")
# The sets after a tennis score's first, and a tie-break's score in brackets ("won 1-6 6-3 6-4 6-4", "7-6 (8-6)", "7-6
# (7/5)"): one result; the sets read apart lose their order and a repeated set.
SCORE_RUN = re.compile(r"(?:[^\S\n]\(\d{1,2}[-–/]\d{1,2}\)|[^\S\n]\d{1,2}[-–]\d{1,2}(?!\d|[,.]\d|[-–:/%]))+")
# A running score ("From 4-1 down in the third set", "2-0 up at the break"): a moment of the match, not its result.
RUNNING_SCORE_AFTER = re.compile(r"[^\S\n](?:down|up)\b")
# A score in a clause of a condition ("If we lose 2-0 we are out", "unless they win 3-1"): not the match's.
HYPOTHETICAL_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless)\b[^.,;:!?\"“”]*$")
# Tennis scoring within a game (0, 15, 30, 40), and words only a tennis report uses (standard tennis terms).
TENNIS_POINTS = frozenset(("0", "15", "30", "40"))
TENNIS_WORDS = ("deuce", "break point", "tie-break", "tiebreak")
RESULT_WORD = re.compile(
    r"\b(?:voted|vote|votes|won|win|wins|winning|beat|beats|beaten|lost|lose|loses|losing|defeat(?:ed|s)?|victory|victories|draw|drew|"
    r"drawn|lead|led|leads|leading|trail(?:ed|ing|s)?|score[ds]?|scoreline|half-time|half-?time|full-time|thrash(?:ed)?|"
    r"edged|clinched|routed|triumph(?:ed)?|match|game|final|semi-final|quarter-final|tie|tied|result)\b",
    re.IGNORECASE,
)

# A vote's or a count's tally written with "to" ("he was confirmed 92 to 0", "passed by a vote of 52 to 48", "Cruz trails
# Trump 458 to 359"): a score; after other words "92 to 0" is a change or a range. Verbs of a vote: standard English, written by hand.
VOTE_TALLY_BEFORE = re.compile(
    r"\b(?:(?:voted|confirmed|passed|approved|rejected|defeated|carried|backed|vote\sof|margin\sof)\s(?:by\s)?|"
    r"(?:trails?|trailed|trailing|leads?|led|leading|beat|beats|won)\s(?:[A-Z][\w.’'-]*\s){0,3})$"
)  # (a tally after whom it is against: "Cruz trails Trump 458 to 359")
VOTE_TALLY_END = re.compile(
    rf"\sto\s\d{{1,3}}\b(?![\d%-]|[,.]\d|\s?(?:percent|per\scent)\b|\s(?:{_CURRENCY_WORD}|{UNIT}))"
)
# "100 percent" or "110%" after a form of "be" or "give" is a figure of speech ("were not always 100 percent in his
# corner", "They are 100 percent wrong", "gave 110%"), no measure; standard English idiom, written by hand. Where the
# clause ends on it, only said of a person ("I'm 100%", "he has been 100%") or of what has been ("The support has been
# 100%"); else a figure ("The stake was 100%.", "Occupancy was 100% in August").
WHOLE_PERCENTS = frozenset(("100", "110"))
WHOLE_PERCENT_AFTER = re.compile(
    r"\s?(?:%|percent|per\scent)(?:[.,;:!?\"”’)]|$|\s(?P<word>in\s(?:his|her|their|my|our|your)|behind|sure|certain|right|"
    r"wrong|committed|confident|fit|focused|honest|clear|true|correct|convinced)\b)"
)  # (not "100% Nigerian-owned", a share; not "100% in favour", "100 percent in some villages")
_NOT_QUITE = r"(?:not\s)?(?:always\s|just\s|absolutely\s|totally\s|completely\s|only\s)?$"
WHOLE_PERCENT_BEFORE = re.compile(
    rf"(?:\b(?:is|was|are|were|be|been|being|am|give|gives|gave|giving|given)|['’](?:m|re|s))\s{_NOT_QUITE}"
)
WHOLE_PERCENT_SAID_BEFORE = re.compile(
    r"(?:\b(?:I|[Yy]ou|[Hh]e|[Ss]he|[Ww]e|[Tt]hey)\s(?:(?:am|is|are|was|were|will\sbe|would\sbe)\s)|['’](?:m|re)\s|"
    rf"\b(?:[Hh]e|[Ss]he)['’]s\s|\bbeen\s|\b(?:give|gives|gave|giving|given)\s){_NOT_QUITE}"
)
# A bare figure after a verb of change is its change or its new level ("unemployment rose 7,000 in November", "the index
# fell to 55.3 in February": what it counts is the subject); read with the verb, up to a preposition, a clause's end or
# "a"/"an" of a rate. Verbs of change: standard English, written by hand.
_CHANGE_VERB_WORDS = (
    "rose|risen|rising|fell|fallen|falling|increased|decreased|grew|grown|dropped|climbed|jumped|declined|"
    "slipped|slumped|gained|gaining|shed|slid|dipped|eased|soared|plunged|tumbled|surged"
)
_CHANGE_VERBS = rf"(?:{_CHANGE_VERB_WORDS})"
CHANGE_BEFORE = re.compile(rf"\b{_CHANGE_VERBS}\s(?:by\s|to\s)?(?:{_QUALIFIER})?$")
# The first number of a range after a verb of change is the change ("fell 12 to 340 pence", "lost 12 to 340 pence"): read
# from the verb.
CHANGE_RIGHT_BEFORE = re.compile(rf"\b(?:{_CHANGE_VERB_WORDS}|lost|added)\s(?:by\s)?$")
# Points are a figure with what won or moved them: a margin ("won by 30 points", "Clinton up by 10 points", "22 points
# behind", "almost 10 points lower"), an index's move or level ("closed down 24.11 points", "rose 225.79 points", "at
# 11,740.60 points") or a table's tally ("fourth on 31 points"); "kicked a total of 14 points" or "had 11 points" alone
# says nothing a reader can place. Standard English (sports and market reports), written by hand.
POINTS_AFTER = re.compile(r"\s(?:points?|pts)\b(?P<margin>\s(?:behind|ahead|clear|adrift|lower|higher)\b)?")
POINTS_BEFORE = re.compile(
    rf"\b(?:(?:up|down|won|win|wins|winning|lost|lose|loses|losing|led|lead|leads|leading|trailed|trailing|trails|beat|"
    rf"beaten|defeated|added|adding|{_CHANGE_VERB_WORDS})\s(?:by\s)?|by\s|(?:at|on)\s(?:just\s|only\s)?)(?:{_QUALIFIER})?$"
)
# A bare count after a verb of a total or level ("unit sales totalled 1,751,000", "sales in 2004 were 6,798,000"):
# read with the verb, as after a verb of change; only a figure with a group comma (a count; "was 3" may be anything).
LEVEL_BEFORE = re.compile(rf"\b(?:totalled|totaled|totalling|totaling|reached|numbered|were|was|stood\sat)\s(?:{_QUALIFIER})?$")
CHANGE_END = re.compile(r"[.,;]|\s(?:in|on|over|during|last|this|since|after|an?)\b")  # not "to": "fell 35 to 12 percent" is a unit's
# A capitalised word inside a count's noun phrase, before another word ("56,000 American deaths").
CAPITAL_MODIFIER = re.compile(r"(?<=\s)[A-Z][a-z]+(?=\s)")
SCALE_AFTER = re.compile(rf"\s?(?:{_SCALE_WORD}|bn|m)\b")
# A proportion's second number, in figures, after its link ("of the 800" in "one of the 800 metres favourites").
PROPORTION_SECOND = re.compile(rf"\s(?:of|in|out\sof)\s(?:every\s|{_WHOSE}\s(?:{_SPAN}\s)?)?\d+\b", re.IGNORECASE)
