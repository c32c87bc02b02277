"""The figure pattern behind ``facts``: one compiled regex whose named outer group says the kind.

Word lists (months, weekdays, currency names, units) are standard English vocabulary written
by hand for this project; nothing is derived from evaluation data.
"""
from __future__ import annotations

import re

MONTHS = {m[:3].lower(): i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
WEEKDAYS = {d[:3].lower(): i for i, d in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?:million|billion|trillion|bn|tn|m|k)\b|\s(?:thousand|hundred)\b)"
_SPELLED = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|a few|several)"
_QUALIFIER = (
    r"(?:(?:more|fewer|less)\sthan|over|under|up\sto|about|around|nearly|almost|at\sleast|at\smost|some|roughly|"
    r"approximately|an\sestimated|as\smany\sas|as\smuch\sas)\s"
)
_SCALE_WORD = r"(?:million|billion|trillion|thousand|hundred)\b"
# A counted noun phrase: up to two modifiers, then a plural or a collective noun.
_COUNT_NOUN = (
    r"(?:(?!(?:in|of|to|on|at|for|by|with|and|or|the|a|an|from|as|its|his|her|their)\b)[a-z][a-z-]+\s){0,2}?"
    r"(?:(?!(?:its|was|has|his|this|thus|as|is|us|always|perhaps|less|unless|across|towards|besides|does|goes)\b)"
    r"[a-z][a-z-]*[a-z]s|people|staff|police|personnel|aircraft|cattle|sheep|fish|crew|"
    r"children|men|women|youth)\b"
)
_CURRENCY_WORD = r"(?:cents|pence|dollars|euros|pounds|yen|yuan|rupees|baht|francs|roubles|rubles|pesos|won|rand|krona|kronor|dinars)"
_UNIT = (
    r"(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|ft|inches|cm|mm|kg|kilograms?|grams?|tonnes?|tons?|lbs?|"
    r"barrels?|lit(?:re|er)s?|gallons?|acres?|hectares?|square\s(?:miles|feet|met(?:re|er)s|kilomet(?:re|er)s)|mph|km/h|"
    r"degrees?|teraflops|kilobytes?|megabytes?|gigabytes?|terabytes?|kilobits?|megabits?|gigabits?|MB|GB|TB|Kbps|Mbps|GHz|MHz|megawatts?|gigawatts?|watts?|MW|GW|kWh|"
    r"hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?|centuries)"
)
# Words after a number that do not make it a count of something.
_NOT_NOUN = (
    r"(?:of|to|and|or|in|on|at|per|a|an|the|for|from|as|by|with|is|are|was|were|be|has|have|had|will|would|p\.?m|a\.?m|"
    r"pm|am|percent|per|points?|times|votes?\s(?:to|in)|than|that|which|who|after|before|until|over|under|into|against|"
    r"vs?|GMT|BST|EST|ET|PT|UTC|st|nd|rd|th|last|next|this|earlier|later|ago|each|short|more|less|fewer|higher|lower|"
    r"up|down|out|left|ahead|behind|apiece|overall|alone|too|so|respectively|not|no|all|both|when|where|if|but|"
    r"million|billion|trillion|thousand|hundred|was|has|its|this|these|those)\b"
)

# Words that may follow a year ("in 2005 and …"); any other lower-case word makes it a count.
_FUNCTION = (
    r"(?:and|as|was|is|the|when|after|before|but|with|to|for|in|on|at|from|which|that|it|he|she|they|a|an|or|by|of|"
    r"compared|than|while|because|if|so|has|had|have|were|are|will|would|could|said|says|alone|already|onwards)"
)

FIGURE = re.compile(
    # dates
    r"(?P<date>"
    r"(?P<iso>\b\d{4}-\d{2}-\d{2}\b)"
    rf"|\b(?P<mon>{_MONTH})\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\d|,\d|\.\d|:)(?:,?\s(?P<year>1\d{{3}}|20\d{{2}})\b)?"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?(?P<mon2>{_MONTH})(?:,?\s(?P<year2>1\d{{3}}|20\d{{2}})\b)?"
    rf"|\b(?P<mon3>{_MONTH})\s(?P<year3>(?:1[89]|20)\d{{2}})\b"
    r"|\b(?P<rel>[Yy]esterday|[Tt]oday|[Tt]omorrow)\b"
    rf"|(?<!\ba\s)(?<!every\s)\b(?:(?P<wdq>last|next|this|[Ll]ast|[Nn]ext|[Tt]his)\s)?(?P<wd>{_WEEKDAY})\b(?!s)"
    r"|\b(?P<ryq>last|next|this)\s(?P<ry>year)\b"
    r"|\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Tt]o|[Bb]efore|[Aa]fter|[Dd]uring|[Bb]etween|and|through|early|mid-|late)\s?"
    r"(?P<yr>(?:19|20)\d{2})\b(?![\d%-]|\s?(?:percent|per\scent)|\s(?!" + _FUNCTION + r"\b)[a-z])"
    r")"
    # money
    rf"|(?P<amount>(?:{_QUALIFIER})?(?:"
    rf"(?:\b(?:US|A|C|NZ|HK|S)|\B)[$€£¥](?:{_NUM}){_SCALE}?"
    rf"|\b(?:Rs\.?|USD|EUR|GBP|JPY|CHF)\s?(?:{_NUM}){_SCALE}?"
    rf"|\b(?:{_NUM}){_SCALE}?\s{_CURRENCY_WORD}\b"
    r"))"
    # percentages
    rf"|(?P<percent>(?:{_QUALIFIER})?\b(?:{_NUM})\s?(?:%|per\s?cent\b|percent\b|percentage\spoints?\b))"
    # measured quantities and durations (ages included: "55-year-old")
    rf"|(?P<quantity>(?:{_QUALIFIER})?(?:\b(?:{_NUM})|\b{_SPELLED})(?:\s|-){_UNIT}\b(?:-old)?)"
    # counts of things: a number before a plural noun phrase, or a number with a scale word
    rf"|(?P<count>(?:{_QUALIFIER})?(?<![\d.,:/$€£¥-])\b(?!(?:19|20)\d\d\b)"
    rf"(?:(?:{_NUM})(?:\s{_SCALE_WORD})?\s(?!{_NOT_NOUN}){_COUNT_NOUN}"
    rf"|(?:{_NUM}|{_SPELLED})\s{_SCALE_WORD}(?:\s[A-Z][a-z]+s\b)?))"
)
