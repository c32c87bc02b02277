"""References a question alone cannot resolve, and the rewrites that resolve some of them.

An independent review (notes "questions-review-2") failed questions that copied "this", "those
polls", "the move" or "the reports" from their sentence: a reader of the question alone cannot
tell what they are. Definite descriptions and demonstratives point back to earlier discourse
(Prince 1981, "Toward a taxonomy of given-new information"; Poesio & Vieira 1998 on bare definite
descriptions); without a resolver, a question holding one is dropped, unless a simple rule names
it: "this statement" after a named speaker is that speaker's (here), and "the central bank", "the
department", "the chancellor", "the bill" take the article's one name for them (``question_naming``).
"""
from __future__ import annotations

import re

from .question_subjects import possessive

# Heads that stand for something said or done elsewhere in the article ("the move", "the reports"):
# with no modifier or complement of their own, a reader of the question cannot tell what they are.
_ANAPHORIC = frozenset(
    """move moves problem problems report reports issue issues matter matters plan plans deal deals decision
    decisions situation change changes proposal proposals measure measures idea ideas effort efforts scheme
    schemes claim claims allegation allegations accusation accusations rumour rumours rumor rumors speculation
    agreement offer offers bill bills case cases incident incidents practice practices policy policies vote
    voting process talks dispute row controversy announcement statement statements remark remarks comment
    comments news story stories event events project projects strategy approach system rule rules law
    lawsuit suit investigation inquiry probe review findings result results outcome step steps action actions
    attack attacks crisis scandal affair deadline trend figures figure numbers polls poll survey book film
    show episode payment payments transaction sale purchase takeover merger bid contract order orders one ones
    thing things fact nominee candidate chairman chairwoman leader minister chief coach manager spokesman spokeswoman
    official officials president governor senator player striker suspect victim author writer state country city
    region area district town""".split()
)
# Modifiers that do not say which one ("the new plan", "the latest reports").
_EMPTY_MODIFIERS = frozenset(
    """new latest recent current same proposed planned original first second third final last next whole entire
    other previous earlier later big bigger biggest main key major""".split()
)
_WEAK_COMPLEMENT = frozenset("to by from with into under".split())
_COMPLEMENT = frozenset(
    "of for to on against between over about into from with by in at under that related relating linked concerning involving".split()
)
# A number word is a figure: "the three to four percentage points enjoyed by Trump" says which.
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozen hundred thousand million".split())
# Speech and act nouns a "this"/"these" can be resolved to, as the speaker's own ("Putin's statement").
_SPEECH_NOUNS = frozenset(
    """statement statements assertion assertions remark remarks comment comments claim claims offer pledge
    proposal promise announcement warning threat argument suggestion words""".split()
)
_DEMONSTRATIVE = re.compile(r"\b(?:[Tt]his|[Tt]hese|[Tt]hose)\b(?:\s([a-z][\w-]*))?|\bthat\b(?:\s([a-z][\w-]*))?")
_WHEN = re.compile(r"(?:\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|"
                   r"August|September|October|November|December|the|this|next|last)\b)")
_DEICTIC_TIME = frozenset("year week month season time weekend morning afternoon evening summer winter spring autumn fall".split())
_NP_SLOT = frozenset(
    """of about on in for with to from by at over is are was were be been does do did could will would can may
    might should""".split()
)
_SPEAKER = re.compile(
    r"\b((?:(?:Mr|Mrs|Ms|Dr)\.?\s)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)*)\s(?:has\s|had\s)?(?:said|says|argued|argues|"
    r"emphasized|emphasised|stated|claimed|claims|announced|offered|pledged|proposed|warned|insisted|suggested|told|"
    r"signaled|signalled|added|declared|promised|asserted)\b"
)
_NON_NOUN = frozenset(
    """is are was were be been will would could can may might should does do did has have had and or but that who
    which than as if not""".split()
)


def _speaker_before(doc, index, at, actors) -> str | None:
    """The person whose words a 'this statement' points back to: the last named speaker in this
    sentence before ``at``, else in the previous sentence (recency, as in Hobbs 1978)."""
    s = doc.sentences[index]
    spans = [doc.text[s.start:at]] + ([doc.sentences[index - 1].text] if index else [])
    people = {n for a in actors if a.kind == "person" for n in (a.name, *a.aliases)}
    for span in spans:
        names = [m.group(1) for m in _SPEAKER.finditer(span) if m.group(1) in people]
        if names:
            return names[-1]
    return None


def resolve_demonstratives(doc, index, at, text, actors) -> str | None:
    """The question with 'this statement' (or a bare 'this' whose sentence opens with one) made the
    speaker's own ("Putin’s statement"), or None when a demonstrative is left that the question
    alone cannot resolve ("Will this shift those polls?")."""
    sentence = doc.sentences[index].text
    opener = re.match(r"(?:[A-Z][\w]*,?\s)?(?:This|These)\s([a-z]+)\b", sentence)
    out, last = [], 0
    for m in _DEMONSTRATIVE.finditer(text):
        word = m.group(0).split()[0].lower()
        if word == "that":
            before = text[: m.start()].split()
            noun = m.group(2)
            if not before or before[-1].lower() not in _NP_SLOT:
                continue  # "ensure that …": a complementiser
            if noun and (noun in _NON_NOUN or noun in {"the", "a", "an", "he", "she", "it", "they", "we"}):
                continue
        noun = m.group(1) or m.group(2)
        if noun and noun in _NON_NOUN:
            noun = None  # "this could be …": the demonstrative stands alone
        if noun in _DEICTIC_TIME:
            continue  # "this year", "this week": the time of writing, which the reader knows
        head = noun or (opener.group(1) if opener else None)
        if head not in _SPEECH_NOUNS:
            return None
        speaker = _speaker_before(doc, index, at, actors)
        if speaker is None:
            return None
        out.append(text[last:m.start()] + possessive(speaker, doc.text) + " " + head)
        last = m.end() if noun else m.start() + len(m.group(0).split()[0])
    return "".join(out) + text[last:]


def _compound_acronym(words: list[str], j: int) -> bool:
    """'ID' in "the new info cards ID system": a short acronym inside a common-noun compound, no name."""
    w = words[j]
    return j > 0 and words[j - 1][:1].islower() and 2 <= len(w) <= 3 and w.isupper() and j + 1 < len(words) and words[j + 1][:1].islower()


def unresolved_definite(text: str) -> bool:
    """A 'the <noun>' that points back to something the question does not define: the question's
    own subject as a bare common noun ("Will the voting end …?"), or anywhere a placeholder head
    with no modifier or complement of its own ("When would the move take place?")."""
    words = text.rstrip("?").split()
    for k, w in enumerate(words):
        if w.lower() != "the" or k + 1 >= len(words):
            continue
        run = []
        j = k + 1
        while j < len(words) and (words[j][:1].islower() or _compound_acronym(words, j)) and words[j].lower() not in _NON_NOUN and words[j] not in _COMPLEMENT:
            run.append(words[j].strip(",.’'\"").lower())
            j += 1
        if not run:
            continue  # "the Government Development Bank", "the $354m payment" (a figure defines it)
        if any(c.isdigit() or c == "$" or c == "£" for c in words[k + 1]) or words[k + 1] in _NUMBER_WORDS:
            continue
        defined = j < len(words) and (words[j] in _COMPLEMENT or words[j][:1].isupper())
        if defined and words[j] in {"in", "at", "on", "by"} and j + 1 < len(words) and _WHEN.match(words[j + 1]):
            defined = False  # "the new products in 2007": a time says when, not which
        if run[0] in {"new", "latest", "proposed", "planned"} and len(run) > 1 and not defined:
            return True  # "the new info cards ID system": new, whose? the article said so earlier (review 4)
        if run[0] in {"same", "other"} and not (j < len(words) and words[j] == "as"):
            return True  # "the same campaign points": the same as what the article said before
        for n in range(1, len(run) + 1):  # without a tagger, each prefix may be the noun phrase
            if not all(m in _EMPTY_MODIFIERS for m in run[: n - 1]):
                break
            weak = defined and words[j] in _WEAK_COMPLEMENT  # "losing the state to Sanders": "to" says not which
            if run[n - 1] in _ANAPHORIC and (n < len(run) or not defined or weak):
                return True
            if n > 1 and n == len(run) and not defined:
                return True  # "the new products": new after what the article said before
    return False


# Review 3 failed every question holding a "the <common noun>" its reader cannot identify, in the
# subject or the object ("the program", "the firms", "the unit's future", "the mysterious costume
# shop owner"). Only heads that name one thing for any reader pass without a definition of their own.
_UNIQUE_HEADS = frozenset(
    """world year years month months week weeks day days time times past future economy public nomination
    election elections presidency minister president chancellor pope queen king weekend season summer winter
    spring autumn end start beginning middle rest first second third last top bottom next moment way
    country's nation market markets""".split()
)
# Plural demonyms stand for a people, or for a company or team of that country ("the Germans" for
# Deutsche Boerse): the question must use the name (review 3).
_DEMONYMS = frozenset(
    """Germans Americans French British Chinese Japanese Russians Italians Spanish Dutch Swiss Swedes Danes
    Greeks Turks Israelis Palestinians Iraqis Iranians Koreans Indians Australians Canadians Mexicans
    Brazilians Europeans Asians Africans Scots Irish Welsh English Belgians Poles Norwegians Finns Saudis
    Syrians Egyptians Pakistanis Afghans Ukrainians Argentines Argentinians Spaniards Portuguese""".split()
)
DEMONYM_ADJECTIVES = frozenset(
    """American Asian British European German French Chinese Japanese Russian Italian Spanish Dutch Swiss
    Swedish Danish Greek Turkish Israeli Palestinian Iraqi Iranian Korean Indian Australian Canadian Mexican
    Brazilian African Scottish Irish Welsh English Belgian Polish Norwegian Saudi Syrian Egyptian Pakistani
    Afghan Ukrainian Western Eastern Arab Latin Muslim Christian Jewish""".split()
) | _DEMONYMS
# "the election campaign", "the election result": the coming or current election, which the reader knows.
_ELECTION = frozenset({"election", "general"})
_TO_COMPLEMENT = frozenset("evidence power right ability authority votes money funds means capacity strength support".split())
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last only".split())
_POSS = re.compile(r"['’]s?$")


def unnamed_reference(text: str) -> bool:
    """Any 'the <common noun phrase>' the question does not define by a name or a complement, or a
    people named by its demonym ("the Germans"): the reader of the question alone cannot say who."""
    words = text.rstrip("?").replace(",", " ,").split()
    for k, w in enumerate(words):
        if w.lower() != "the" or k + 1 >= len(words):
            continue
        nxt = words[k + 1]
        if nxt.strip("’'") in _DEMONYMS:
            return True
        if not nxt[:1].islower() or any(c.isdigit() or c in "$£€%" for c in nxt) or nxt in _NUMBER_WORDS:
            continue  # "the Fed", "the £85 cost"
        run, j, owned = [], k + 1, False
        while j < len(words) and words[j][:1].islower() and words[j] not in _COMPLEMENT and words[j] not in _NON_NOUN:
            run.append(_POSS.sub("", words[j].lower()))
            j += 1
            if _POSS.search(words[j - 1]):
                owned = True  # "the party's efforts": the owner is itself 'the party'
                break
            if j + 1 < len(words) and words[j] in {"and", "or"} and words[j + 1][:1].islower() and words[j + 1] not in _NON_NOUN:
                j += 1  # "the handover or release of records": one phrase
        if not run:
            continue
        if run[-1] in _UNIQUE_HEADS or run[0] in _UNIQUE_HEADS and len(run) == 1 or run[0] in _ELECTION:
            continue
        if owned:
            return True
        if words[j:j + 1] == ["of"] and len(words) == j + 2 and words[-1].islower() and words[-1].endswith("s"):
            return True  # "the handover or release of records": which records, a bare plural does not say (review 3)
        if j < len(words) and (words[j] in _COMPLEMENT or words[j][:1].isupper()) and words[j] not in _WEAK_COMPLEMENT:
            continue  # "the boundaries of tolerance", "the evidence to …" is weak, see below
        if j < len(words) and words[j] == "to" and run[-1] in _TO_COMPLEMENT:
            continue
        if len(run) == 2 and run[0] in _ORDINALS and words[j:j + 1] == ["to"] and j + 1 < len(words) and words[j + 1][:1].islower():
            continue  # "the seventh actor to play Bond": an ordinal and an infinitive say which one  # "the evidence to file a lawsuit": an infinitive says which ("use the program to …" does not)
        return True
    return False


# Heads naming an act or utterance that happened elsewhere in the article: "Rubio's attack", "G20's message"
# say whose but not which one, unless a complement follows ("Rubio's attack on Cruz") (review 3).
# Review 7 added generic heads for an arrangement or outcome the sentence's context names ("Clinton's unusual
# arrangement" = her private e-mail server, "Villalba's partial victory" = in what, "the ExxonMobil scheme" =
# which one), also after a pronoun owner or a name used as a modifier, and with evaluative modifiers between.
# Speech nouns ("Putin's statement") are left alone: "this statement" is resolved to them on purpose.
_EVENT_HEADS = frozenset(
    """attack attacks move moves message messages decision decisions response reaction criticism arrangement
    arrangements scheme schemes plan deal deals victory defeat win loss setback proposal proposals idea ideas
    project gamble initiative offer comments remarks""".split()
)
_EVALUATIVE = frozenset(
    """unusual partial controversial surprise surprising bold ambitious risky radical unprecedented shock sudden
    apparent narrow stunning big huge historic landmark entire whole latest new recent so-called proposed planned
    dramatic major key""".split()
)
_OWNED = re.compile(r"(?:\b[A-Z][\w.’'-]*?['’]s?|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|\bthe(?:\s[A-Z][\w.’'-]*)+)\s((?:[a-z-]+\s?){1,4})")


def vague_possessive(text: str) -> bool:
    """'What is the source of Rubio's attack?', 'Has Clinton's unusual arrangement …?', 'Will Total join the
    ExxonMobil scheme?': an owner and a generic head with no complement to say which one."""
    for m in _OWNED.finditer(text.rstrip("?")):
        words = m.group(1).split()
        for k, w in enumerate(words[:3]):
            if w in _EVENT_HEADS and (k + 1 >= len(words) or words[k + 1] not in _COMPLEMENT or words[k + 1:k + 3] == ["in", "order"]):
                return True
            if w not in _EVALUATIVE:
                break
    return False
