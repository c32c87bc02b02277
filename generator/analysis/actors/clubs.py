"""Football and rugby reports known by their words, and the names in them that cues show to be clubs.

BBC-style reports have no "SOCCER -" first line (that is ``actors._sport``, for CoNLL's headers): they are
told by their positions, competitions and match words, and a town's name in them is a club's after a club
cue ("Newcastle boss", "a move from Chelsea", "G Ross (Leeds)", "Chelsea, Everton and Arsenal") or in a
preview's fixture ("Leeds v Saracens").
"""
from __future__ import annotations

import re

from . import lexicon as lx


_LOWER_WORD = re.compile(r"[a-z][a-z-]+")  # a sport's words are lower case in running text
_SPORT_HEAD = 600  # a sports report says what it is in its headline and lead
_SPORT_HEAD_WORDS = lx.CLUB_SPORT_WORDS | frozenset("goal league coach match club clubs boss manager squad season".split())
_COMPETITION = re.compile("|".join(sorted(c.title().replace("Fa ", "FA ").replace("Uefa", "U[Ee][Ff][Aa]")
                                          for c in lx.COMPETITIONS)) + "|BBC Sport")  # as a lead writes them


# A town's name used as a club's: "Newcastle boss", "Chelsea's striker", "Chester have won", "against Barcelona"
_CLUB_CUE = re.compile(
    r"\b(?:against|beat|beaten by|joined|joins|join|to face|face|faces|host|hosts|meet|playing for|played for|leaders|"
    r"champions|rivals|club|take on|takes on|draw with|drew with|lost to|lose to|win over|victory over|away at|"
    r"at home to|away to|derby with|derby against|(?:consultant|coach|scout|director|player|manager)[ \t]+at|"
    r"(?:move|switch|transfer|loan)[ \t]+(?:from|to)|(?:joined|joins|signed|signs|arrived|arrives)[ \t]+from)"
    r"[ \t]+(?P<b>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b"
    r"|\b(?P<a>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:['’]s)?[ \t]+(?:boss|manager|striker|midfielder|defender|goalkeeper|"
    r"keeper|winger|forward|left-back|right-back|chairman|fans|team|side|squad|team-mate|skipper|captain|beat|drew|"
    r"lock|prop|wing|hooker|flanker|fly-half|scrum-half|full-back|"
    r"lost|have won|have lost|signed|scored|win|defeat|player|players|are|were|"
    r"director[ \t]+of[ \t]+(?:rugby|football)|"
    r"face|host|hosts|\d+-\d+[ \t](?:win|defeat|victory|draw)|(?:made|make|makes|have[ \t]+made|tabled)[ \t]+an?[ \t]+"
    r"(?:[\w£$.-]+[ \t]+)?bid[ \t]+for(?=[ \t]+[A-Z]))\b")  # "the Liverpool player", "Blackburn made a bid for Robbie Savage"


# A fixture's two sides, as a match preview's headline gives them: "Leeds v Saracens", "Chelsea vs. Everton"
_SIDE = r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?"
_FIXTURE = re.compile(rf"^(?P<a>{_SIDE})[ \t]+vs?\.?[ \t]+(?P<b>{_SIDE})\b", re.M)
# A line of nothing but a tie, either side possibly still one of two ("Derby v Watford or Fulham")
_DRAW_LINE = re.compile(rf"^({_SIDE}(?: or {_SIDE})?) v ({_SIDE}(?: or {_SIDE})?)[ \t]*$", re.M)
# A club's name right before its player's post ("Newcastle prop Ed Kalman", "Gloucester fly-half"): football's
# and rugby union's positions, and a club's staff
PLAYER_POSTS = frozenset("""striker midfielder defender goalkeeper keeper winger forward left-back right-back
    captain skipper lock prop wing centre hooker flanker fly-half scrum-half full-back""".split())
POSTS = PLAYER_POSTS | frozenset("boss manager chairman".split())


# A club before its player's full name or in brackets after it ("Everton's Thomas Gravesen", "G Ross (Leeds)"),
# before a post with a word between ("Portsmouth's new boss"), or after a score or a league table's "behind"
_CLUB_OF_PLAYER = re.compile(
    r"\b(?P<c>[A-Z][a-z]+)['’]s[ \t]+(?:[A-Z][a-z]+[ \t]+[A-Z][a-z]+|(?:new|former|[\w-]+-year-old)[ \t]+"
    r"(?:boss|manager|striker|midfielder|defender|goalkeeper|winger|centre|prop|lock|wing|captain)"
    r"|(?:[a-z-]+[ \t]+){0,2}(?:prospect|youngster|teenager)[ \t]+[A-Z][a-z]+)\b"
    r"|[A-Z][a-z]+[ \t]*\((?P<c2>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\)"
    r"|\b(?:\d+-\d+[ \t]+(?:to|against)|behind)[ \t]+(?P<c3>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b")
# A club's staff after its name ("Charlton midfielder Graham Stuart"): sure even of a word that is also a surname
# (the capital before its word-boundary test, "\b[A-Z]": the engine skips to capitals in C)
_STAFF_CUE = re.compile(r"([A-Z](?<=\b[A-Z])[a-z]+)(?:['’]s)?[ \t]+(?:boss|manager|striker|midfielder|defender|goalkeeper|winger|"
                        r"left-back|right-back|chairman|lock|prop|wing|centre|hooker|flanker|fly-half|scrum-half|"
                        r"full-back)[ \t]+[A-Z]")  # and a rugby team's positions ("Leicester lock Martin Johnson")


def staffed_clubs(text: str) -> frozenset[str]:
    """One-word names before a player's or manager's post: clubs, even when the word is also a surname."""
    return frozenset(m.group(1).lower() for m in _STAFF_CUE.finditer(text))


def _stands(low: str, word: str) -> bool:
    """Whether ``word`` stands in ``low`` as a whole word: no word character (alphanumeric or "_", as ``\\w``)
    or hyphen on either side; tested by hand, as compiling a pattern per word cost more than all the searches."""
    at = low.find(word)
    while at >= 0:
        before, after = low[at - 1:at] if at else "", low[at + len(word):at + len(word) + 1]
        if not _joins(before) and not _joins(after):
            return True
        at = low.find(word, at + 1)
    return False


def _joins(c: str) -> bool:
    return c.isalnum() or c == "_" or c == "-"  # ("" at either end of the text joins nothing)


def _words_in(low: str, words: frozenset[str], enough: int) -> int:
    """How many of ``words`` stand as whole words in ``low`` (counting stops at ``enough``)."""
    n = 0
    for w in words:
        if w in low and _stands(low, w):
            n += 1
            if n >= enough:
                break
    return n


def clubs_by_words(text: str) -> frozenset[str] | None:
    """In a football or rugby report known by its words (two sure ones, or one and three hints), the names
    that a club cue shows to be clubs; None for any other report."""
    scored = _SCORE_HEADLINE.match(text) is not None  # "Dundee Utd 4-1 Aberdeen": a match report, whatever its words
    if not scored and _SPORT_HEAD_WORDS.isdisjoint(_LOWER_WORD.findall(text, 0, _SPORT_HEAD)) and not _COMPETITION.search(
            text, 0, _SPORT_HEAD):
        return None  # most reports: no club sport's word nor competition in the headline and lead
    low = text.lower()
    sure = 2 if scored else _words_in(low, lx.CLUB_SPORT_WORDS, 2)
    if not (sure >= 2 or sure == 1 and _words_in(low, lx.CLUB_SPORT_HINTS, 3) >= 3
            or sure == 0 and _words_in(low, lx.CLUB_SPORT_HINTS, _HINTS_ALONE) >= _HINTS_ALONE):
        return None  # (a transfer story or a preview may have no sure word: five hints make it one)
    clubs = {_without_opener((m.group("a") or m.group("b")).lower()) for m in _CLUB_CUE.finditer(text)}
    for m in _FIXTURE.finditer(text, 0, _SPORT_HEAD):
        clubs.update((m.group("a").lower(), m.group("b").lower()))
    if " v " in text:
        for m in _DRAW_LINE.finditer(text):  # a cup draw's lines ("Reading or Swansea v Leicester or Blackpool")
            clubs.update(side.lower() for side in m.group(1).split(" or ") + m.group(2).split(" or "))
    table = lx.gazetteer()
    for m in _CLUB_OF_PLAYER.finditer(text):
        name = (m.group("c") or m.group("c2") or m.group("c3")).lower()
        if not lx.BIG_PLACE_TAGS.intersection(table.get(name, "")) or "y" in table.get(name, ""):
            clubs.add(name)  # not "A Wiley (Staffordshire)": a referee's county
    for m in _NAME_LIST.finditer(text):  # "Chelsea, Everton and Arsenal": one club in a list makes all clubs
        names = [n.lower() for n in _LIST_ITEM.findall(m.group())]
        if any(n in clubs or n.rsplit(" ", 1)[-1] in lx.ORG_HEADS or n.split(" ", 1)[0] in lx.ORG_OPENERS
               for n in names):
            clubs.update(names)
    for m in _COMMA_LINE.finditer(text):  # "AC Milan, Bayer Leverkusen, Internazionale, Juventus, Lyon.": a line of
        # names and commas only, two of them clubs already or opened by a club's word ("AC"), lists clubs (a group's
        # table)
        names = [n.lower().rstrip(".") for n in re.split(r",[ \t]+", m.group(1))]
        if sum(n in clubs or n.split(" ", 1)[0] in lx.ORG_OPENERS for n in names) >= 2:
            clubs.update(names)
    for nickname in clubs.intersection(lx.CLUB_NICKNAMES):  # "Spurs boss Martin Jol": Tottenham is a club here
        clubs.update(lx.CLUB_NICKNAMES[nickname])
    if "and other " in text:
        for m in _OTHER_CLUBS.finditer(text):  # "Luton, Preston, Queens Park Rangers and other clubs": the list says so
            clubs.update(n.lower() for n in re.split(r",[ \t]+", m.group(1)))
    return frozenset(clubs)


def _without_opener(name: str) -> str:
    """A cue's two words less a sentence's capitalised function word ("But Newcastle director of rugby")."""
    first, _, rest = name.partition(" ")
    return rest if rest and first in lx.FUNCTION_WORDS else name


_NAME = r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?"
_WHOLE_NAME = r"[A-Z][\w'.-]*(?:[ \t][A-Z][\w'.-]*)*"  # each word of the name ("AC Milan", not "Milan")
_COMMA_LINE = re.compile(rf"^({_WHOLE_NAME}(?:,[ \t]+{_WHOLE_NAME}){{2,}})[ \t]*$", re.M)  # (a line's stop: its last name's, cut below)
_NAME_LIST = re.compile(rf"{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+and[ \t]+{_NAME}")
_LIST_ITEM = re.compile(rf"{_NAME}")
_CLUB_WORDS = r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}"  # one way to match "Queens Park Rangers": no backtracking blow-up
_OTHER_CLUBS = re.compile(rf"((?:{_CLUB_WORDS},[ \t]+)*{_CLUB_WORDS})[ \t]+and[ \t]+other[ \t]+"
                          r"(?:clubs|teams|sides)\b")
_HINTS_ALONE = 5
# a match report's headline: two sides and the score between them, alone on the first line ("Borders 19-20 Ulster")
_SCORE_HEADLINE = re.compile(r"[A-Z][\w'’ .&-]{1,40}? \d{1,3}-\d{1,3} [A-Z][\w'’ .&-]{1,40}\n")
