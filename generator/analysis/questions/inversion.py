"""Turn a declarative clause into a question by subject–auxiliary inversion.

Rule-based and deliberately conservative (a function returns ``None`` rather than risk an
ungrammatical question): English yes/no and wh-questions invert the subject and the first
auxiliary ("this could be X" → "could this be X"), or use do-support when there is none
("RT reaches X" → "does RT reach X"), following the standard description of question
formation (Quirk et al., *A Comprehensive Grammar of the English Language*, §11.5–11.14).
Only third-person present verbs get do-support; past-tense main verbs are left alone because
their base form cannot be recovered reliably without a lexicon.
"""
from __future__ import annotations

import re

from ..function_words import DETERMINERS

AUXILIARIES = frozenset(
    "will would could can should may might must shall is are was were has have had does do did".split()
)
_PRONOUN_SUBJECTS = frozenset("i we you he she they it there".split())
# Words that cannot sit inside a simple subject noun phrase: relatives, conjunctions, verbs of saying.
_NOT_IN_SUBJECT = frozenset(
    """who whom which that what when where why how whether if because since although though
    while and but or said says told not n't to""".split()
)
_LOWER_FIRST = frozenset(
    "he she it they we you there more most less fewer another former other some several both each every further".split()
)
_INNER_PRONOUNS = frozenset("i we you he she it they him them us me".split())
_WH_MODIFIERS = frozenset("many much long soon far often likely big large".split())
# A clause ends at a comma, dash, colon, semicolon or bracket: questions keep the main clause only.
# (The first character is read once, as one class the engine skips to in C, and each form tests it behind: "\s*,", "\s*;",
# … and the "\s+…" forms after a space, the marks alone after themselves, "\s[-–—]+\s" as the space's own dash.)
_CLAUSE_STOP = re.compile(
    r"[\s,;:(—–.?!](?:(?<=\s)(?:\s*(?:,(?!\d{3})|;|:|\(|\s[-–—]+\s|—|–|\.$|\?|!)|[-–—]+\s)"
    r"|(?<=,)(?!\d{3})|(?<=;)|(?<=:)|(?<=\()|(?<=—)|(?<=–)|(?<=\.)$|(?<=\?)|(?<=!)"
    r"|(?<=\s)\s*(?:according to|saying|but|because|despite)\s"
    r"|(?<=\s)\s*or\s+(?:if|whether|when|how|what|why|who)\s"
    r"|(?<=\s)\s*and\s+(?=(?:[\w'’-]+\s){1,3}(?:could|would|will|may|might|can)\s)"  # a second coordinated clause
    r"|(?<=\s)\s*and\s+(?=[a-z]+s\s(?:the|a|an|his|her|its|their|[A-Z]))"  # a second verb: "… and stars Hanks"
    r"|(?<=\s)\s*and\s+(?=(?:is|are|was|were|has|have|had|does|do|did|would|could|will|can|may|might|should)\s)"  # "… and are not …"
    r"|(?<=\s)\s*that\s+(?=(?:he|she|they|it|we|I|you)\s)"
    r"|(?<=\s)\s*and\s+that\s)"  # "plans to support the nominee and that …": a second reported clause  # "so worried that X could … that they are willing"
)
# (_PARENTHESIS and _TRAILING open on one character class, the tests of the first place after it ("\s*\(", "(?<!\b[A-Z])"):
# the engine then skips to those characters in C.)
_PARENTHESIS = re.compile(r"[\s(](?:(?<=\()|(?<=\s)\s*\()[^()]{1,60}\)")
# A relative aside the verb's complement resumes after: "amend the Children Bill, which passes through the Commons
# next week, to establish a national minimum payment" — the 'to …' is what the amending is for, the aside is not.
_ASIDE_BEFORE_TO = re.compile(r",\s(?:which|who)\s[^,;:()]{3,80}?,\s(?=to\s[a-z]{2,}\s)")
# An adjective by its ending (-al, -ful, -ous, -ble, -ive, -ent, -ant, -ic, -ty …) or one of the few a ruling gives
# ("void", "valid", "guilty"): not a verb ("said") nor a time ("today").
_ADJECTIVE = r"[a-z]{2,}(?:al|ful|ous|ble|ive|ent|ant|ic|ty|ary|ory|ile|ate)|(?:in)?valid|void|bankrupt|null|unfit|fit|safe|unsafe|free|liable"
# … or the object's complement after a verb that takes one (a complex-transitive verb, Quirk et al. 16.44): "declare
# Beijing's claim over the South China Sea, which stretches …, invalid" — one word or two, then the clause ends.
_ASIDE_BEFORE_COMPLEMENT = re.compile(
    r"\b(?:declare|declared|declares|rule|ruled|rules|deem|deemed|deems|find|found|finds|judge|judged|judges|pronounce|pronounced"
    r"|render|rendered|renders|hold|held|holds)\s[^,;:()]{3,80}?(?P<aside>,\s(?:which|who)\s[^,;:()]{3,80}?,\s)"
    rf"(?=(?:{_ADJECTIVE})(?:\s(?:and|or)\s(?:{_ADJECTIVE}))?(?:[.;,!?\"”’]|$))")
_TRAILING = re.compile(r"[\s.,;:!?\"'”’»)\]](?<!\b[A-Z][\s\S])[\s.,;:!?\"'”’»)\]]*$")
_LEADING = re.compile(r"^[\s\"'“‘«(\[]+")
_ADVERB = re.compile(r"^(?:[a-z]+ly|also|still|now|ever|even|never|already|actually|finally|ultimately|really)$")


_ITEM = r"(?!(?:and|or|but|he|she|it|they|we|I|you)\b)[\w'’-]+(?:\s[\w'’-]+)?"
_LIST_GOES_ON = re.compile(rf",\s+{_ITEM}(?:,\s+{_ITEM})*,?\s(?:and|or)\s")


# "… at right-back with X in midfield and Micah Hyde is expected …": a second clause with its own
# subject; only after a lower-case word, so "Clinton and Sanders are" stays one subject.
# (the space first, the letter before it tested after it: the engine skips to spaces)
_COORDINATED = re.compile(r"\s(?<=[a-z]\s)\s*and\s+(?=(?:[\w'’-]+\s){1,3}(?:is|are|was|were|has|have|had)\s)")


def main_clause(text: str) -> str:
    """The text up to the first clause break, without surrounding quotes or punctuation.

    A comma that continues a list ("higher steel, plastic and commodity prices") is no break.
    """
    text = _LEADING.sub("", text)
    text = _PARENTHESIS.sub("", text)  # "its $102.6bn (£53.51bn) debt offer": an aside, not a break
    if ", wh" in text:
        text = _ASIDE_BEFORE_TO.sub(" ", text)
        if (m := _ASIDE_BEFORE_COMPLEMENT.search(text)) is not None:
            text = text[:m.start("aside")] + " " + text[m.end("aside"):]
    for m in _CLAUSE_STOP.finditer(text):
        if text[m.start():m.end()].strip() == "," and _LIST_GOES_ON.match(text, m.start()):
            continue
        text = text[: m.start()]
        break
    for m in _COORDINATED.finditer(text):
        before = text[: m.start()].split()
        if before and before[-1][:1].islower():
            text = text[: m.start()]
            break
    return _TRAILING.sub("", text).strip()


def _present_base(verb: str) -> str | None:
    """'reaches' → 'reach', 'tries' → 'try', 'means' → 'mean'; None when not a present -s form."""
    if not verb.isalpha() or not verb.islower() or not verb.endswith("s") or verb.endswith(("ss", "us", "is")):
        return None
    if verb in {"has", "is", "does", "was", "this", "yes", "news", "always", "perhaps", "towards", "across"}:
        return None
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1]


def _plausible_subject(words: list[str]) -> bool:
    if not words or len(words) > 9:
        return False
    low = [w.lower().strip("\"'“”‘’") for w in words]
    if low in (["this"], ["that"]):
        return True
    if low[0] in _PRONOUN_SUBJECTS and len(low) > 1:
        return False
    if any(w in _NOT_IN_SUBJECT or w in AUXILIARIES for w in low):
        return False
    first = words[0]
    return low[0] in DETERMINERS or low[0] in _PRONOUN_SUBJECTS or first[:1].isupper() or first[:1].isdigit() or len(words) <= 3


_IRREGULAR_PAST = frozenset("""
misled led said told took made paid sold bought won lost kept held ran gave got left met brought thought
found sent spent built fell rose grew knew saw began became came went wrote broke chose drove spoke stole
fought caught taught sought struck hid quit overtook undercut withheld
""".split())


def _past_verb(word: str, before: str) -> bool:
    """A lower-case past-tense verb, not an adjective after a determiner ("the proposed plan")."""
    if not word.isalpha() or not word.islower() or before.lower() in DETERMINERS or before.endswith(("'s", "’s")):
        return False
    return word in _IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed"))


def split_subject(clause: str) -> tuple[str, str, str] | None:
    """``(subject, auxiliary, rest)`` of a declarative clause, or None.

    With no usable auxiliary, a third-person present verb is split into ``does`` + its base
    form. A subject that would contain a pronoun after its first word ("the bill means it")
    has swallowed a verb, so the auxiliary reading is rejected.
    """
    words = clause.split()
    aux_at = verb_at = None
    for i in range(1, min(len(words), 11)):
        lw = words[i].lower()
        if lw in AUXILIARIES:
            aux_at = i
            break
        if lw in _NOT_IN_SUBJECT:
            break
        prev = words[i - 1]
        if verb_at is None and _present_base(words[i]) and (
            (i == 1 and prev.lower() in {"this", "that"})
            or (prev.lower() not in DETERMINERS and not prev.endswith(("'s", "’s")))
        ):
            verb_at = i
    if aux_at is not None:
        subj = words[:aux_at]
        # case-sensitive: "the US Federal Reserve" holds no pronoun "us"
        if _plausible_subject(subj) and not any(w in _INNER_PRONOUNS or w == "I" for w in subj[1:]):
            return " ".join(subj), words[aux_at].lower(), " ".join(words[aux_at + 1:])
    if verb_at is None:
        return None
    j = verb_at
    while j > 1 and _ADVERB.match(words[j - 1].lower()):  # "RT actually reaches"
        j -= 1
    subj = words[:j]
    if not _plausible_subject(subj) or len(subj) > 3:  # longer stretches often hide a past-tense verb
        return None
    if any(_past_verb(w, before) for before, w in zip(subj, subj[1:])):
        return None  # "the firm misled investors": "investors" is no verb ("Does the firm misled investor?")
    rest = words[j:verb_at] + [_present_base(words[verb_at]) or ""] + words[verb_at + 1:]
    return " ".join(subj), "does", " ".join(rest)


# A named party's leave to act, in a decider's open matter: "deciding whether Judicial Watch could question Clinton".
_LEAVE = re.compile(r"^((?:[A-Z][\w.’'-]*\s){1,4}?)(?:could|can|may)(?=\s[a-z]+\s)(?!\sbe\s)")
_WOULD = re.compile(r"^(\S+(?:\s\S+){0,6}?)\swould\b")
_SHOULD = re.compile(r"^(\S+(?:\s\S+){0,6}?)\sshould\b")


# "whether he is to be offered a new deal": an arrangement ahead, asked "Will he be offered …?", not "Is he to be offered …?"
# (a labelled tuning candidate judged clipped for it). Only a passive: "the aim is to be competitive" is no arrangement.
_BE_TO = re.compile(r"^(\S+(?:\s\S+){0,6}?)\s(?:is|are)\sto\sbe\s(?=[a-z]+(?:ed|en|wn)\b)")


def will_clause(clause: str) -> str:
    """A reported "would" as the "will" a question asks ("… whether the generals would loosen" → "will loosen"); an
    arrangement "is to be offered" as "will be offered"."""
    if " to be " in clause:
        clause = _BE_TO.sub(r"\1 will be ", clause, count=1)
    return _WOULD.sub(r"\1 will", clause, count=1)


def decided_clause(clause: str) -> str:
    """An open matter someone decides, asked as what will happen: "would"/"should" → "will", and a named party's
    "could" → "will be allowed to" (the decider's leave, not a capacity; not an opinion on what should be)."""
    clause = _SHOULD.sub(r"\1 will", will_clause(clause), count=1)
    return _LEAVE.sub(r"\1 will be allowed to", clause, count=1)


# A capacity ahead is the step itself: "whether Marsh will be able to maintain its record" asks "Will Marsh maintain …?",
# "speculation that he will be unable to secure the delegates" asks "Will he secure the delegates?" (a judgement of an
# ability is an opinion: ``candidates``' "be able to" cue).
_ABILITY = re.compile(r"^(?:be\s)?(?:un)?able\sto\s(?=[a-z])")


def without_ability(rest: str) -> str:
    """The words after a modal without a leading capacity ("be able to maintain its record" → "maintain its record")."""
    return _ABILITY.sub("", rest, count=1)


def lower_first(subject: str) -> str:
    """Lower-case a sentence-initial determiner or pronoun, never a name ("This deal" → "this deal")."""
    first, _, rest = subject.partition(" ")
    if first.lower() in DETERMINERS or first.lower() in _LOWER_FIRST:
        first = first.lower()
    return f"{first} {rest}".strip()


def _finish(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:] + "?"


# "the court has jurisdiction": 'has' is the main verb when a noun follows it, not a participle.
_ABSTRACT_NOUN = re.compile(r"^[a-z]+(?:ion|ity|ment|ance|ence|ship|ness)$")


# adverbs left out between the auxiliary and the verb, compiled once (every yes/no question passes here)
_HEDGE = re.compile(r"^(?:likely|probably|almost certainly|certainly)\s+")
_WELL = re.compile(r"^(?:very\s+)?well\s+(?=[a-z]+\s)")
_EVEN = re.compile(r"^even\s+(?=[a-z]+\s)")


def yes_no(clause: str, *, subject: str | None = None) -> str | None:
    """'this could be a rare instance' → 'Could this be a rare instance?'.

    ``subject`` replaces a pronoun subject (he, she, it, they) when the caller resolved it.
    """
    clause = main_clause(clause)
    parts = split_subject(clause)
    if parts is None:
        return None
    subj, aux, rest = parts
    if subj.lower() in _PRONOUN_SUBJECTS and subj.lower() != "it":
        if subject is None or subj.lower() in {"i", "we", "you", "there"}:
            return None
        subj = subject
    elif subj.lower() == "it" and subject is not None:
        subj = subject
    if not rest or rest.split()[0].lower() in {"not", "n't", "never", "hardly", "barely", "only"}:
        return None
    if rest.startswith(("do nothing", "do little", "do no ")):
        return None  # "could do nothing about it": a past inability, not an open question
    first = rest.split()[0]
    if aux in {"has", "have", "had"} and (first.lower() in DETERMINERS or first[:1].isdigit() or _ABSTRACT_NOUN.search(first)):
        aux, rest = {"has": "does", "have": "do", "had": "did"}[aux], "have " + rest  # "has the evidence"
    if subj.lower() in {"this", "that", "it"} and len(rest.split()) < 4:
        return None  # "Was that the case?" names nothing
    if aux == "will":  # "will likely see" asks "will … see"
        rest = _HEDGE.sub("", rest)
    rest = _WELL.sub("", rest)
    rest = _EVEN.sub("", rest)  # "might even consider" asks "might … consider"  # "could very well blow" asks "could … blow"
    return _finish(f"{aux} {lower_first(subj)} {rest}")


def _how_modifier(word: str) -> bool:
    if word in _WH_MODIFIERS:
        return True
    return word.isalpha() and word.islower() and word not in DETERMINERS and word not in _PRONOUN_SUBJECTS and not word.endswith("s")


def _phrase_word(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in AUXILIARIES and word not in DETERMINERS and word not in _PRONOUN_SUBJECTS


def wh_question(wh: str, clause: str, *, subject: str | None = None) -> str | None:
    """'how many viewers' + 'RT actually reaches' → 'How many viewers does RT actually reach?'.

    ``clause`` is the text after the wh-word itself (e.g. 'many viewers RT actually reaches').
    """
    clause = main_clause(clause)
    words = clause.split()
    head = [wh.lower()]
    if wh.lower() == "how" and len(words) > 1 and _how_modifier(words[0]):  # "how long", "how aggressive"
        head.append(words.pop(0).lower())
        if (
            head[-1] in {"many", "much"} and words and words[0].lower() not in AUXILIARIES
            and words[0].lower() not in DETERMINERS and words[0].lower() not in _PRONOUN_SUBJECTS and not words[0][:1].isupper()
        ):  # "how many viewers RT reaches", not "how much the company may pay"
            head.append(words.pop(0))
    if wh.lower() in {"what", "which"}:  # "what date the poll would take place": "what date" is the wh-phrase
        n = 0  # "what other interrogation techniques he would support": a phrase of up to three words
        while n < 3 and len(words) > n + 2 and _phrase_word(words[n]):
            n += 1
            if words[n].lower() in DETERMINERS or words[n].lower() in _PRONOUN_SUBJECTS or words[n][:1].isupper():
                head.extend(words[:n])
                del words[:n]
                break
    if not words:
        return None
    if words[0].lower() in AUXILIARIES:  # the wh-phrase is the subject: no inversion
        if head[-1] in {"many", "much"}:
            return None  # "How many may be relevant …?": how many what, the cut noun said
        if words[0].lower() in {"is", "are", "was", "were"} and len(words) == 1:
            return None
        return _finish(" ".join(head + words))
    inverted = yes_no(" ".join(words), subject=subject)
    if inverted is None:
        return None
    return _finish(" ".join(head) + " " + inverted[0].lower() + inverted[1:-1])
