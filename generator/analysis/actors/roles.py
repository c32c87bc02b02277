"""Roles: a person's role read from the words before a name or in an appositive after it; the office's
owner written before it; a peer's title; the fullest form of a role one actor is given."""
from __future__ import annotations

import re

from . import lexicon as lx
from .neighbours import KIN
from .spans import Span, Token
from ..names import PRONOUNS, is_role
from ..quotes.lexicon import REPORTING_VERBS

_IN_WORD_GAP = " \t\xa0'’s\xad"  # between words of one role: a space, a no-break space, a possessive's "'s", a soft hyphen
# ", chief executive of Gazprom," / ", a spokeswoman for ...": an appositive after the name
_CAPS = r"[A-Z](?:[\w&'’-]|\.(?=[\w-]))*\.?"  # "U.S.", "Bros."
# "Zionist Organization of America"; a word ending in a dot ends it ("Warner Bros. However")
_NAMED_BODY = rf"{_CAPS}(?:(?<![a-z]\.)[ \t]+(?:(?:of|and|for|&)[ \t]+)?{_CAPS}){{0,5}}"
# then a stop (not a domain's dot: "Computerandvideogames.com"), a reporting verb where the closing comma is
# missing, or a second appositive ("..., strategist for the U.S. Chamber of Commerce and a longtime friend")
_BODY_AFTER = rf"(?:[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?{_NAMED_BODY})?"
# a relative pronoun opens a clause after the post ("chief executive of BT Wholesale which provides ..."); an "and"
# before a second post the pattern cannot take whole ("a first lady historian and professor of communications at
# Rider University in ...") ends the first one
_RELATIVE = "(?:who|whom|whose|which|that)"  # the relative pronouns (Cambridge Grammar of English), which open a clause
# ("that" a determiner after a preposition: "head of that unit" is no post cut at "of")
_STOP = (r"[ \t]*(?:[,;)]|\.(?!\w))|[ \t]+and[ \t]+(?:a|an|the)\b|(?<![ \t]of)(?<![ \t]for)(?<![ \t]at)(?<![ \t]to)"
         rf"[ \t]+{_RELATIVE}\b|[ \t]+and[ \t]+(?=[a-z])")
_VERB_AFTER = r"(?=[ \t]+(?:said|says|told)\b)"  # only after a post in lower case: not "in the Echo, the Bishop said"
# "the former director of ...": a word saying the post is no longer, or not yet, held (as ROLE_QUALIFIERS below)
_APPOSITIVE_QUALIFIER = "(?:former|then|outgoing|acting|interim|presumptive|would-be|ex-[a-z]+)"
_LOWER = rf"(?!{_RELATIVE}\b)[a-z][\w-]*"  # a word of a post: no relative pronoun
# the post in lower case, after its owner ("S&N's chief executive", "the campaign's political director", "IBM
# senior vice president")
_APPOSITIVE = re.compile(rf",[ \t]+(?:(?P<the>the)[ \t]+|a[ \t]+|an[ \t]+)?(?P<role>(?:{_APPOSITIVE_QUALIFIER}[ \t]+)?"
                         rf"(?P<head>(?:(?:{_CAPS}|[a-z][\w-]*)['’]s[ \t]+)?"
                         rf"(?:[A-Z][\w&-]*[ \t]+){{0,3}}(?:{_LOWER}[ \t]+){{0,4}}{_LOWER})" + _BODY_AFTER
                         + f")(?:{_STOP}|{_VERB_AFTER})")
# or in capitals ("Chairman of Acme", "Texas Governor", "the former Attorney General of Delaware")
_APPOSITIVE_TITLED = re.compile(rf",[ \t]+(?:the[ \t]+)?(?P<role>(?:{_APPOSITIVE_QUALIFIER}[ \t]+)?"
                                rf"(?P<head>(?:[A-Z][\w&-]*[ \t]+){{0,2}}[A-Z][a-z]+)"
                                + _BODY_AFTER + f")(?:{_STOP})")
_DOTTED_END = re.compile(r"\b[A-Z]\.(?:[A-Z]\.|-)*[A-Z]$")  # "U.S", "A.F.L.-C.I.O": an abbreviation short of its dot
_CLAUSE_WORDS = frozenset("and but or not nor who whom whose which that where when".split())  # a clause, not a role
# a guess at a post, not a post held ("a perennial potential candidate for president", "a likely nominee")
_GUESSED = frozenset("potential possible likely probable inevitable".split())


def appositive_role(text: str, end: int) -> str | None:
    """The role in an appositive right after a name, when it reads as one."""
    m = _APPOSITIVE.match(text, end) or _APPOSITIVE_TITLED.match(text, end)
    if not m:
        return None
    head, role = m.group("head"), m.group("role")
    if " and " in head and not is_role(head) and is_role(head.split(" and ", 1)[0]):
        head = head.split(" and ", 1)[0]  # "an economist and author of ...", "a lawyer and her friend": the first
        role = role[:role.index(" and ")]  # post whole, whatever follows the "and"
    if m.group().endswith(("and ", "and\t")) and not is_role(head.rsplit(None, 1)[-1]):
        cut = _POST_OBJECT.search(head)  # "a vice president for public and governmental affairs": the "and" inside
        if cut is None:  # what the post is for, which is cut: the post alone
            return None
        head = head[:cut.start()]
        role = role[:m.start("head") - m.start("role") + cut.start()]
    if not is_role(head):
        return None  # "S&N's chief executive", "chief strategist for the Republican National Committee": the post's word
    words = head.split()
    if words[-1][0].isupper() and role == head and text[m.end() - 1] == ".":
        return None  # "Carly Fiorina, Ohio Gov. John Kasich": a list's next title
    if "and" in words and _two_posts(words):
        words = [w for w in words if w != "and"]  # "a tax lawyer and senior fellow at ...": two posts, one role
    if words[0] in lx.FUNCTION_WORDS or not _CLAUSE_WORDS.isdisjoint(words) or words[0].endswith("ing") or (
            not _GUESSED.isdisjoint(words)) or (
            role[-2:-1] == " " and role[-1].isupper()):
        return None  # "including best actor ...": a clause; "fellow at the Peter G. ...": an initial, no end
    if text[m.end() - 1] == "." and role.rsplit(None, 1)[-1].lower() in lx.HONORIFICS:
        return None  # "press secretary for Mr. Obama": the stop is the honorific's, the body goes on
    if text[m.end() - 1] == "." and _DOTTED_END.search(role):
        return role + "."  # "director of the A.F.L.-C.I.O.": the stop is the abbreviation's own last dot
    if words[0][:1].islower() and words[0].endswith(("'s", "’s")) and m.groupdict().get("the"):
        return "the " + role  # "the campaign's political director": a common noun's owner keeps its article
    return role


_POST_OBJECT = re.compile(r"[ \t]+(?:of|for|at)[ \t]")  # the word before what a post is of, for or at


def _two_posts(words: list[str]) -> bool:
    """Two posts joined by one "and", each a role ("economist and tax analyst", "lawyer and senior fellow")."""
    k = words.index("and")
    return words.count("and") == 1 and 0 < k < len(words) - 1 and is_role(" ".join(words[:k])) and is_role(
        " ".join(words[k + 1:]))


# "economist Gary Thayer of AG Edwards & Sons said": the body a role before the name is held at, written after the
# name; then a stop or a lower-case word
_BODY_AFTER_NAME = re.compile(rf"[ \t]+(?P<prep>of|at)[ \t]+(?P<body>{_NAMED_BODY})(?=[ \t]*[,.;:)]|[ \t]+[a-z])")
_PLACE_TAGS = frozenset("crkyt")  # a country, region, continent, city or town: "lawyer John Smith of London" lives there


def role_with_body_after(text: str, role: str, end: int) -> str:
    """A lower-case role before a name with the body written after the name ("analyst X of BNP Paribas" ->
    "analyst of BNP Paribas"); the role alone when none is, or a place is ("Senator X of Texas")."""
    if not role.islower() or not role[:1].isalpha() or " of " in role or " at " in role:
        return role
    m = _BODY_AFTER_NAME.match(text, end)
    body = m.group("body") if m else ""
    if not body or body.endswith(("'s", "’s", "'", "’")):
        return role  # "of Inbev's rival": a possessive goes on
    if _is_place(body):
        return role
    return f"{role} {m.group('prep')} {body}"


def _is_place(name: str) -> bool:
    """Whether a name after "of"/"from" is a place's ("Texas", "New York", "Ariz."), not a body's."""
    key = name.lower().rstrip(".")
    return bool(_PLACE_TAGS.intersection(lx.gazetteer().get(key, ""))) or key.replace(".", "") in lx.STATE_ABBREVIATIONS


# Words before a title that say the office is not held now: "former President Bill Clinton".
_NO_LONGER = frozenset("former ex then late outgoing retired".split())
# Words before a role that change what it says: an office no longer held, held in opposition, for now or not yet.
# The AP Stylebook's title modifiers, kept with the title they modify: its entries "former", "ex-", "then-",
# "acting", "-elect", "presumptive nominee" and "titles" ("former President Bill Clinton", "then-Gov.").
ROLE_QUALIFIERS = _NO_LONGER | frozenset("shadow acting interim presumptive would-be designate".split())
# A qualifier that takes the next word by a hyphen ("ex-finance chief", "then-Fed Chair", "Ex-Home Secretary")
_HYPHENED = "ex|then|former"
# A qualifier that may stand a word or two from its role ("former campaign manager", "Presumptive Republican
# presidential nominee"); "then" and "late" only right before it ("then President", not "then met party leader")
_SPACED = "former|outgoing|retired|shadow|acting|interim|presumptive|would-be"
_QUALIFIER_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?i:{_HYPHENED})-[\w.&'’]+(?:[ ][A-Z][\w.&'’-]*)?"  # "ex-Downing Street media chief"
    rf"|(?<![\w-])(?i:{_SPACED})(?:[ ](?:[A-Z][\w.&'’-]*|[a-z][\w&'’-]*)){{0,2}}"  # no sentence's end between
    rf"|(?<![\w-])(?i:then|late|ex))[ ]$")


# A minister's title named by a portfolio of two or more words joined by "and" ("Trade and Industry Secretary",
# "Culture, Media and Sport Secretary", "Work and Pensions Secretary"): the UK government's departments as the
# press shortens them (the Secretary of State for Trade and Industry). The words before "and" are the title's.
# Titles that name their office only with a portfolio ("Secretary of State", "Home Secretary", "Economy minister"):
# alone they are a truncation (US cabinet and UK ministerial titles, gov.uk "Ministers"); a sentence's first word may be
# the portfolio
PORTFOLIO_HEADS = frozenset(("secretary", "minister"))
# After a lower-case word, "The" or a line's start, not after a name ("Mr Howard and Home Secretary X").
_PORTFOLIO_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=\b[Tt]he )|(?<=\b[a-z]{2} )|(?<=[a-z]{3} ))"
                               r"(?P<portfolio>(?:(?!The )[A-Z][a-z]+,? ){1,3}(?:and|&) (?:[A-Z][a-z]+ ){1,2})$")


def qualified_role(text: str, role: str, name_start: int) -> str:
    """The role with the word before it that says when it is held: 'former President', 'then-Fed Chair',
    'Presumptive Republican presidential nominee', as written; the role alone where none stands there."""
    if role.split(None, 1)[0].lower().split("-", 1)[0] in ROLE_QUALIFIERS:
        return role
    start = text.rfind(role, max(0, name_start - len(role) - 4), name_start)
    if start < 0:
        return role
    first = role.split(None, 1)[0]
    if first[:1].isupper() and first.lower() in PORTFOLIO_HEADS:
        m = _PORTFOLIO_BEFORE.search(text, max(0, start - 60), start)
        if m:
            role, start = text[m.start("portfolio"):start + len(role)], m.start("portfolio")
    m = _QUALIFIER_BEFORE.search(text, max(0, start - 40), start)
    if not m or "\n" in m.group() or any(w.lower() in lx.FUNCTION_WORDS or is_role(w) for w in m.group().split()[1:]):
        if " of " in text[max(0, start - 30):start] and _DEATH_BEFORE.search(text, max(0, start - 30), start):
            return f"late {role}"  # "the death of Justice Antonin Scalia": the office held until then
        return role  # "former adviser to President X", "former programmer and analyst X": "former" is another's
    return text[m.start():start + len(role)]


# the death of the person named next, with one word of description between ("the death of conservative Justice X")
_DEATH_BEFORE = re.compile(r"\b(?:death|funeral|assassination|murder|killing) of (?:the )?(?:[a-z]+ )?$")

_MODALS = frozenset("will would shall should can could may might must".split())
_HAVE = frozenset("has have had".split())
_BE = frozenset("is are was were be been being become becomes became remain remains remained".split())
# A reporting verb ("said", "told"), a modal, a form of "be" or "have" or "whose" ends a role read leftwards from a
# name; "It stars actress X": a cast's verb; "The trio are chief executive Willie Walsh, ...": the verb before the role;
# not a title's own word that is a verb too ("press secretary")
_NOT_IN_ROLE = REPORTING_VERBS - lx.ROLE_MODIFIERS | _MODALS | _HAVE | _BE | frozenset("whose stars starring features featuring".split(
)) | frozenset("including excluding regarding concerning per".split())  # prepositions in -ing
# ("candidates, including front-runner X") and "per", a given name too ("Per Zetterquist") and so in no function word
# list; the others ("a reply via staffer X") are lx.FUNCTION_WORDS, which end a role before this is read


# words after which the next word is a verb: a modal, a perfect's auxiliary, "already" ("will discipline striker X",
# "has already lost winger X"); not "to" nor "which", before a noun as often ("according to tourism minister X")
_VERB_OPENERS = _MODALS | _HAVE | {"already"}


def _verb_after_opener(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` follows a word that opens a verb and is itself no word of a role ("will discipline",
    not "has chief executive")."""
    word = tokens[k].lower
    if k > 0 and tokens[k - 1].cap and word.endswith("ed") and tokens[k].start == tokens[k - 1].end + 1 and (
            word not in lx.ROLE_MODIFIERS) and not is_role(word):
        return True  # "Benitez defended goalkeeper X": a name, then a verb in the past; not "Chelsea injured striker"
    if k > 0 and word.endswith(("ed", "ing")) and not tokens[k - 1].cap and (
            word.endswith("ing") and tokens[k - 1].lower in _BE or len(word) > 4 and word.endswith("ed") and (
                not word.endswith("eed") and not tokens[k - 1].lower.endswith("ly"))) and tokens[k].start == tokens[k - 1].end + 1 and (
            word not in lx.ROLE_MODIFIERS and word not in ROLE_QUALIFIERS and not is_role(word)):
        # not "recently elected president", "newly appointed chief", "top seed"
        return True  # "dedication impressed manager X", "is replacing actor X": a verb, the name its object
    return k > 0 and tokens[k - 1].lower in _VERB_OPENERS and (
        word not in lx.ROLE_MODIFIERS or word in REPORTING_VERBS) and not is_role(word)  # "will press chairman X"


def _role_in_apposition(tokens: list[Token], i: int) -> bool:
    """'party leader, Marine Le Pen': a role noun before a comma and a name; a plural one
    only before a list ("data strategists, Matt Braynard and Witold Chrabaszcz"), not
    "370 delegates, Marco Rubio has 163"."""
    head = tokens[i - 1].lower
    if is_role(head):
        return True
    if head[-1:] != "s" or not is_role(head[:-1]):
        return False
    k = i
    while k < len(tokens) and tokens[k].cap:
        k += 1
    return k < len(tokens) and tokens[k].lower == "and"


# Words that say which of a person's kin is meant ("younger brother", "late son", "estranged wife"); a hyphened
# word ("ex-model wife") too. General English kinship modifiers.
KIN_MODIFIERS = frozenset("""elder eldest older oldest younger youngest late twin adopted estranged former
    only first second third baby infant teenage adult""".split())


# "native son", "favorite son" (Merriam-Webster): one born in, or backed by, a place; a figure of speech, no kin
_PLACE_KIN_FIGURES = frozenset("native favorite favourite".split())


# a subject pronoun or a form of "be" or "become" before a role noun and a comma: a clause ends there
# ("If he became king, Charles would ..."), the noun is no apposition to the name after it
_CLAUSE_BEFORE = PRONOUNS - {"who"} | {"you"} | _BE


def _be_before(text: str, at: int) -> bool:
    """Whether the word before ``at`` is a form of "be" ("is the brooding king, X"; the tokens here may not reach it)."""
    words = text[max(0, at - 9):at].split()
    return bool(words) and words[-1].lower() in _BE


# degree adverbs before an adjective (Merriam-Webster): "most able candidate" compares, it names no post
_DEGREE_WORDS = frozenset("most least more less very".split())


def _distance(word: str) -> bool:
    """A race's distance in metres ("400m", "10,000m"), which a champion's title names ("world 400m champion")."""
    return len(word) > 1 and word[-1] == "m" and word[:-1].replace(",", "").isdigit()


def role_before(tokens: list[Token], i: int, text: str) -> str | None:
    """The lower-case role just before a name, with the organisation whose it is:
    'journalists Pavel Zarubin' -> 'journalist'; "Gazprom's chief executive Alexei Miller" ->
    "Gazprom's chief executive"."""
    if i > 2 and tokens[i - 2].lower == "of" and not tokens[i - 1].cap and not is_role(tokens[i - 1].lower) and (
            text[tokens[i - 3].end:tokens[i - 1].start] == " of ") and is_role(tokens[i - 3].lower) \
            and tokens[i - 3].lower not in KIN:  # "the brother of victim Tom Brown": the victim's kin, no post of his
        post = role_before(tokens, i - 2, text)  # "Reagan chief of staff Don Regan", "secretary of state John Kerry":
        return post and post + text[tokens[i - 3].end:tokens[i - 1].end]  # the post, then what it is of
    j = i
    while j > 0 and i - j < 3 and not tokens[j - 1].cap and tokens[j - 1].lower not in lx.FUNCTION_WORDS \
            and (tokens[j - 1].lower.isalpha() or tokens[j - 1].lower.replace("-", "").isalpha() or _distance(
                tokens[j - 1].lower)) and (
                j == i or tokens[j - 1].lower not in _NOT_IN_ROLE
                                                   and not _verb_after_opener(tokens, j - 1)) \
            and (not text[tokens[j - 1].end:tokens[j].start].strip(_IN_WORD_GAP) or j == i
                 and text[tokens[j - 1].end:tokens[j].start].strip() == "," and _role_in_apposition(tokens, i)):
        j -= 1  # not "said economy minister X", "departure, executive director X": a verb or a comma ends a role,
        # but for "his wife, Sarah Brady", "party leader, Marine Le Pen": a role noun in apposition
    if j == i:
        return None
    head = tokens[i - 1].lower
    if j < i - 1 and tokens[i - 2].lower in _PLACE_KIN_FIGURES and head.rstrip("s") in ("son", "daughter"):
        return None  # "must-win contests for native sons John Kasich and Rubio": no one's sons
    if not is_role(head):
        if head.endswith("s") and is_role(head[:-1]):
            return head[:-1]  # "journalists Pavel Zarubin and ...": each one is a journalist
        return None
    while j < i - 1 and not is_role(" ".join(t.lower for t in tokens[j:i])):
        j += 1
    if head in KIN:
        while j < i - 1 and tokens[j].lower not in KIN_MODIFIERS and "-" not in tokens[j].lower and (
                text[tokens[j].end:tokens[j].end + 2] not in ("'s", "’s")):  # "the couple's daughter" stays whole
            j += 1  # "let daughter Ivanka", "spotlight daughter Ivanka": a verb before the kin word, no modifier of it
    if j > 0 and tokens[j - 1].lower in _DEGREE_WORDS:
        return None  # "the most able candidate Viguerie argues": a comparison, the name a new clause's subject
    start = tokens[j].start
    while start > 1 and text[start - 1] == "," and text[start - 2].isdigit() and _distance(tokens[j].lower):
        start = len(text[:start - 1].rstrip("0123456789"))  # "10,000m champion": the tokens split the number
    apposed = text[tokens[i - 1].end:tokens[i].start].strip() == ","
    if apposed and j > 0 and (tokens[j - 1].lower in _CLAUSE_BEFORE or tokens[j - 1].lower in ("the", "a", "an") and (
            _be_before(text, tokens[j - 1].start))):
        return None  # "If he became king, Charles would ...", "Owen is the brooding king, Knightly rises": a clause's
        # end before the name, no apposition
    if j > 0 and tokens[j - 1].lower in ROLE_QUALIFIERS and text[tokens[j - 1].end:tokens[j].start] == " ":
        return text[tokens[j - 1].start:tokens[i - 1].end]  # "former chief executive", "Shadow home secretary"
    if j > 0 and tokens[j - 1].cap and text[tokens[j - 1].end:tokens[j - 1].end + 2] in ("'s", "’s") and not (
            apposed and head in KIN):  # "Mr Begg's father, Azmat": kin alone, as a first name's row joins by it
        start = tokens[j - 1].start  # "Gazprom's chief executive"
    return text[start:tokens[i - 1].end]


# a qualifier before the body or place that owns a title ("Former Florida Gov."): the words of ROLE_QUALIFIERS
# that stand apart from the role
_OWNER_QUALIFIER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x|[Tt]hen|[Oo]utgoing|[Aa]cting|[Ii]nterim)[ \t]+$")


_OWNER_GAP = ("", "'", "’", "'s", "’s")  # "the Liberal Democrats' President Simon Hughes": nothing or the owner's mark


def owned_role(text: str, owner: Span, span: Span) -> str:
    """'American Bridge President Jessica Mackler', 'Florida Gov. Jeb Bush', 'UKIP leader Nigel Farage':
    the title with the body, place or person written right before it, whose office it is, not "President"
    alone."""
    start = text.rfind(span.role, owner.end, span.start)
    if start < 0 or text[owner.end:start].strip(" \t") not in _OWNER_GAP or owner.hint not in ("ORG", "LOC", "PER"):
        return span.role
    before = _OWNER_QUALIFIER_BEFORE.search(text, max(0, owner.start - 12), owner.start)
    return text[before.start() if before else owner.start:start + len(span.role)]  # "Former Florida Gov."


# The capitalised words of a body, place or person right before a role ("Liberal Democrat leader", "Fox News
# Chairman and CEO", "Constitutional Affairs Minister", "Planned Parenthood's president"): words joined by "of"
# or "&", or by "and" after a title ("Chairman and CEO"), each word preceded by a space only
_CAPS_BEFORE_ROLE = re.compile(r"(?<![\w&'’.-])(?:[A-Z][\w&'’.-]*[ \xa0](?:(?:of|and|&)[ \xa0])?)+$")


def with_owner_words(text: str, role: str, name_start: int, sentence_start: int, mid_caps: set[str]) -> str:
    """The role with the capitalised words right before it that say whose office it is ("Liberal Democrat
    leader" for "leader", "Fox News Chairman and CEO" for "CEO"); the role alone where none stand there."""
    start = text.rfind(role, max(sentence_start, name_start - len(role) - 4), name_start)
    if start <= sentence_start + 1 or text[start - 1] not in " \xa0" or not text[start - 2].isalnum():
        return role
    m = _CAPS_BEFORE_ROLE.search(text, max(sentence_start, start - 60), start)
    if not m:
        return role
    if _title_case_line(text, sentence_start, start):
        return role  # "Mike Huckabee Makes Sexist Wife Joke To Bash Fed Chair Janet Yellen": a headline's words
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
    if _NAME_GOES_ON.search(text, max(sentence_start, m.start() - 30), m.start()):
        return role  # "Top of the Pops presenter": the name's start is behind a lower-case word
    keep = 0
    for k, (_, w) in enumerate(words):
        low = w.lower()
        if low in lx.FUNCTION_WORDS and w not in ("of", "and") or low in lx.HONORIFICS or low.endswith("-old") or (
                w == "of" and not (is_role(words[k - 1][1]) or words[k - 1][1].lower() in lx.ORG_HEADS)) or (
                len(w) > 3 and w.isupper() and lx.gazetteer().get(low, "") == "w"):
            keep = k + 1  # "But", "The", "Mr", "Nineteen-year-old", "Herbert Hansen of", "DEADLY ... EXPLOSION":
            # the owner's words start after it (not "Bank of England", "Secretary of State")
    words = words[keep:]
    while words and words[0][1] in ("of", "and", "&"):
        words = words[1:]
    if not words or words[-1][1] == "of":
        return role
    titles = [is_role(w) for _, w in words]
    if words[-1][1] == "and" and (len(words) < 3 or not titles[-2] or all(titles[:-1])):
        return role  # "Smith and Chancellor Gordon Brown", "the Queen and Prince Philip": a list's "and"
    if any(w == "and" and not titles[k - 1] for k, (_, w) in enumerate(words[:-1])):
        return role  # "Trade and Industry Secretary" (a portfolio, read elsewhere), "Senate and House Speaker"
    if len(words) == 1 and not text[sentence_start:m.start() + words[0][0]].strip() and _sentence_opener(
            words[0][1], mid_caps) and role.split(None, 1)[0].lower() not in PORTFOLIO_HEADS and (
            words[0][1].lower() not in lx.ROLE_MODIFIERS and words[0][1].lower() not in _RACE_WORDS and (
                words[0][1].lower() not in _SERVED_BODIES)) and _stands_alone(role):
        # "Chief executive X", "Foreign minister X", "Presidential candidate X" stay whole; "Real estate mogul X"
        # too, "estate" no post nor a post's word alone
        return role  # "Like fellow actor X", "Veteran presenter X": a common word capitalised as the sentence's first
    own = m.start() + words[0][0]
    before = _BODY_BEFORE_RANK.search(text, max(sentence_start, own - 60), own)
    if before and not _sentence_opener_only(text, sentence_start, before.start(), mid_caps):
        own = before.start()  # "ABN Amro chief Asian strategist": the body, a rank, then the post's region
    return text[own:start] + role


# a body's capitalised words, then a rank in lower case, right before a role's capitalised words ("ABN Amro chief
# Asian strategist", "Lehman Brothers senior European economist")
_BODY_BEFORE_RANK = re.compile(
    r"(?<![\w&'’.-])[A-Z][\w&'’.-]*(?:[ \xa0][A-Z][\w&'’.-]*)*[ \xa0](?:chief|senior|deputy|global|regional|acting|principal)[ \xa0]$")


def _stands_alone(role: str) -> bool:
    """Whether a role read after a sentence's first word may start without it: one word, or a first word that is a
    post's word, a post or a post's modifier ("fellow actor", "chief executive"), not a compound's second noun
    ("estate mogul")."""
    first, _, rest = role.partition(" ")
    return not rest or first[:1].isupper() or is_role(first) or first in lx.ROLE_MODIFIERS or first in ROLE_QUALIFIERS or (
        first.endswith(("'s", "’s")))  # ("Vermont Sen.", "Tory candidate": a name's word, the owner)


# the common nouns of a body a post serves, written before the post at a sentence's start ("Campaign spokesman X",
# "Police spokesman X", "Government minister X"; news usage): the post's owner, not a capitalised common word
_SERVED_BODIES = frozenset("campaign government administration company police palace".split())
# the adjectives of the office a candidate runs for, and the third US party whose candidates the press names so
# ("Presidential candidate X", "Libertarian candidate X"; Merriam-Webster; the Libertarian Party)
_RACE_WORDS = frozenset("presidential vice-presidential congressional gubernatorial senatorial mayoral parliamentary "
                        "libertarian".split())


def _sentence_opener_only(text: str, sentence_start: int, at: int, mid_caps: set[str]) -> bool:
    """Whether the word at ``at`` opens the sentence and is only a common word there ("Its chief ...")."""
    if text[sentence_start:at].strip():
        return False
    word = text[at:].split(None, 1)[0]
    return word.lower() in lx.FUNCTION_WORDS or _sentence_opener(word, mid_caps)


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are a headline in title case: five words at least, each
    capitalised, small words after the first too ("Joke To Bash"), which running text writes in lower case."""
    words = text[start:end].split()
    return len(words) >= 5 and all(w[0].isupper() or not w[0].isalpha() for w in words) and any(
        w.lower() in _HEADLINE_SMALL_WORDS and w[0].isupper() for w in words[1:])


# Prepositions and conjunctions a title-case headline capitalises and running text does not; no article, which
# opens a sentence a missing stop runs on into ("Cheers, Ms. Yellen The Federal Reserve chairwoman")
_HEADLINE_SMALL_WORDS = frozenset("to in of for on with at by from and or as into over after about against".split())


# a capitalised word and a lower-case joiner right before the owner's words: the name began before them
_NAME_GOES_ON = re.compile(r"[A-Z][\w.'’-]*[ \xa0](?:of[ \xa0]the|of|the|de|du|la|von|van)[ \xa0]$")


def _sentence_opener(word: str, mid_caps: set[str]) -> bool:
    """Whether a capitalised first word of a sentence is only a common word there ("Like", "Asked"), not a
    name's or a body's ("Committee", "Planned" of "Planned Parenthood" written so elsewhere)."""
    low = word.lower()
    return low not in mid_caps and low not in lx.ORG_HEADS and not _NAME_TAGS.intersection(lx.gazetteer().get(low, ""))


_NAME_TAGS = lx.ENTITY_TAGS | {"d"}  # a name's or a demonym's gazetteer tags


def fullest_role(text: str, members: list[Span]) -> str | None:
    """The first role the text gives a person, as written with its qualifier ("former President"), or a
    later mention's fuller form of that same role ("former President" over "President", "director of
    policy planning" over "director"): one role, never two that say different things."""
    role = None
    for sp in members:
        if sp.role and is_role(sp.role) and not _siblings(text, sp.role, sp.start):
            form = qualified_role(text, sp.role, sp.start)
            if _guessed_before(text, form, sp.start):
                continue  # "the seemingly inevitable Republican nominee, X", "prospective Republican candidate X"
            if role is None:
                role = form
            elif len(form) > len(role) and _widens(role.lower(), form.lower()):
                role = form
    return role


def _siblings(text: str, role: str, start: int) -> bool:
    """'brother' where the text writes "brothers John and Brian Meza" before the name at ``start``: relatives of each
    other named together, whose kin noun in the singular says nothing to a reader of the actors' table (not "his
    wife, Sarah Brady": whose; nor "His brother, Tom Smith," in an article that names some brothers elsewhere)."""
    m = _KIN_PLURAL_BEFORE.search(text, max(0, start - 60), start) if role in KIN else None
    return m is not None and m.group("kin") == role


# a kin noun in the plural, then the names before this one: "brothers John and ", "sisters Venus and "
_KIN_PLURAL_BEFORE = re.compile(rf"(?<![\w'’-])(?P<kin>{'|'.join(sorted(KIN))})s[ \t\xa0]+"
                                r"(?:[A-Z][\w'’.-]*,?[ \t\xa0]+(?:and[ \t\xa0]+)?)*\Z")


def _guessed_before(text: str, form: str, name_start: int) -> bool:
    """Whether the role's first word or the word right before it guesses at the post ("likely nominee"); not
    "prospective", the title of a party's chosen candidate before an election is called in the UK."""
    if form.split(None, 1)[0].lower() in _GUESSED:
        return True  # "Likely Republican nominee X" at a sentence's start
    start = text.rfind(form, max(0, name_start - len(form) - 4), name_start)
    if start < 2:
        return False
    before = text[max(0, start - 14):start].rsplit(None, 1)
    return bool(before) and text[start - 1] == " " and before[-1].lower() in _GUESSED


def _widens(role: str, form: str) -> bool:
    """'former president' widens 'president', 'director of policy planning' widens 'director'; 'chair of
    the judges' does not widen 'judge'."""
    return form.endswith(" " + role) or form.startswith(role + " ")


# ", the club's entertainment manager": the second name's own post in apposition after it
_OWN_APPOSITIVE = re.compile(r"[ \t]*,[ \t]+(?:the|a|an|his|her|its|their)[ \t]")


def share_roles(spans: list[Span], text: str) -> None:
    """'journalists Pavel Zarubin and Katerina Berezovskaya': the role covers both names; not "Pulse owner
    Barbara Poma and Neema Bahrami, the club's entertainment manager", where the second has a post of its own
    (a person all the same)."""
    for a, b, c in zip(spans, spans[1:], spans[2:] + [None]):
        if (b.role is None and a.role and a.hint == "PER" and a.sentence == b.sentence and b.prev is not None
                and b.prev.lower == "and" and b.tokens[0].i == a.tokens[-1].i + 2
                and b.key.rstrip(".") not in lx.PERSON_TITLES and b.key[:-1] not in lx.PERSON_TITLES
                and not b.key[-1:].isdigit()):
            if _owns_next_role(text, b, c):
                if b.strength <= 2:
                    b.hint, b.strength = "ORG", max(b.strength, 2)  # the party or club of the next name's post
                if c.role == text[b.end:c.start].strip():
                    c.role = text[b.start:b.end] + " " + c.role  # "Arsenal boss", as "Chelsea manager" before it
                continue
            # not "Gov. Jack Markell and Sens. Tom Carper": a plural title of the names after it; nor "organiser
            # Emily Eavis and BBC Radio 2 music editor Colin Martin": a station
            if _singular_title(a, text):
                continue  # "Prince Charles and Camilla Parker Bowles", "President Bush and Tony Blair": a title in
                # the singular names the first one only (a plural, "Sens. Tom Carper and Chris Coons", covers both)
            if not (b.comma_after and _OWN_APPOSITIVE.match(text, b.end) or text.startswith(" of ", b.end) and (
                    text[b.end + 4:b.end + 5].isupper()) or _from_a_body(text, b.end)):
                b.role = a.role  # not "Australia coach Eddie Jones and Jake White of South Africa": his own side;
                # not "presenter Carol Smillie and Jessica Taylor from Liberty-X": her own band
            if b.strength <= 2:
                b.hint, b.strength = a.hint, max(b.strength, 2)


def _singular_title(a: Span, text: str) -> bool:
    """Whether the role of ``a`` is a capitalised title written in the singular right before the name ("Prince
    Charles"), not a plural ("Sens.", "journalists") nor a post in lower case."""
    if not a.role[:1].isupper() or a.prev is None:
        return False
    word = a.prev.text.rstrip(".")
    plural = word.endswith("s") and not word.endswith("ss")  # "Sens.", not "Princess" nor "Baroness"
    return text[a.prev.end:a.tokens[0].start] == " " and word[:1].isupper() and not plural and (
        a.role.endswith(a.prev.text))


_FROM_BODY = re.compile(rf"[ \t]+from[ \t]+(?P<body>{_NAMED_BODY})")


def _from_a_body(text: str, end: int) -> bool:
    """Whether a name is followed by "from" and a body's name, not a place's ("Jessica Taylor from Liberty-X", not
    "X and Y from Moscow")."""
    m = _FROM_BODY.match(text, end)
    return m is not None and not _is_place(m.group("body"))


def _owns_next_role(text: str, b: Span, c: Span | None) -> bool:
    """Whether ``b`` opens the next name's role ("Conservative leader Michael Howard and Liberal Democrat leader
    Charles Kennedy", "Chelsea boss X and Arsenal manager Y"): a party's or club's name, no second person."""
    if c is None or c.sentence != b.sentence or c.role is None or c.start - b.end > 40:
        return False
    between = text[b.end:c.start].strip()
    return c.role.startswith(text[b.start:b.end] + " ") or bool(between) and c.role.endswith(between)


# A peer's title is part of the name: "Lord Falconer", "Baroness Scotland" (not the country). From the ranks
# of the UK peerage and their female forms.
PEER_TITLES = frozenset("lord lady baroness baron earl countess viscount viscountess duke duchess marquess".split())


_PEER_BEFORE = re.compile(r"\b(Lord|Lady|Baroness|Baron|Earl|Countess|Viscount|Viscountess|Duke|Duchess|Marquess)[ \t]+$")


# UK parties' words before a peer ("Tory Lord Campbell"), from the parties in the House of Lords
UK_PARTIES = frozenset("tory conservative labour liberal lib dem democrat crossbench crossbencher unionist".split())
_CAP_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)[ \t]+$")


def peer_title(text: str, members: list[Span]) -> str:
    """The peer's title written before a one-word name ("Lord" for "Lord Falconer"), else ""."""
    for sp in members:
        m = _PEER_BEFORE.search(text, max(0, sp.start - 12), sp.start)
        before = _CAP_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) if m else None
        if m and (before is None or is_role(before.group(1).lower()) or before.group(1).lower() in UK_PARTIES):
            return m.group(1)  # "Attorney General Lord Goldsmith", "Tory Lord Campbell"; not "Sacha Baron Cohen"
    return ""
