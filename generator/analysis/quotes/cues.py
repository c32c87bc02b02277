"""Cues: the reporting verb next to a quote and the subject of that verb, as written.

The sieves of rule-based quote attribution (Pareti et al. 2013; Muzny et al. 2017), tried in
the order the punctuation suggests: after the quote ("…,” Barkley said), before it ("Barkley
said: “…"), a passive's agent ("was asked by X"), "as X put it", a signed pull quote, the
sentence before a quote that opens its own sentence, and, for quoted words inside a
sentence with no reporting verb, the subject of the clause that holds them or the
sentence's closing attribution (", he says."); failing all of them, the source the sentence is
credited to (", according to a report from …"). The subject patterns are ``subjects``'s.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from ..document import Document
from ...model import Sentence
from ..quote_marks import Span
from ..names import RELATION_NOUNS
from .lexicon import ADJACENT_ONLY, PREPOSITIONS, speaking_description
from .subjects import DESC, EDGE_NAME, NAME, POSSESSOR, PREPOSITION_END, STOP_WORDS, VERB, Cue, is_participle, sentence_subject, subject_after, subject_before

_LEAD = re.compile(r"[\s,—–\-]*")
_NAME_VERBED = re.compile(rf"(?P<subj>{NAME}|[Hh]e|[Ss]he)[^\S\n]+(?P<verb>[a-z]+ed)\b")
_VERBED_NAME = re.compile(rf"(?P<verb>[a-z]+ed)[^\S\n]+(?={NAME})")
_PAST = r"(?:[a-z]+(?:ed|es|s)|sent|made|took|gave|put|got|went|came|held|kept|brought|left|spoke|wrote|told|said|met|saw|began|ran|won|lost)\b"
_NAME_THEN_VERB = re.compile(rf"(?P<subj>{DESC}|{NAME})[^\S\n]+(?:\w+ly[^\S\n]+|also[^\S\n]+)?{_PAST}")
# a time between subject and verb: "Trump last week invited", "Reeves late Thursday night issued", "X then ruled"
_WHEN = (r"(?:then|later|(?:last|this)[^\S\n]+(?:week|month|year|night)|(?:on[^\S\n]+|late[^\S\n]+|early[^\S\n]+)?"
         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:[^\S\n]+(?:night|morning|afternoon|evening))?)")
_NAME_WHEN_VERB = re.compile(rf"(?P<subj>{DESC}|{NAME})[^\S\n]+{_WHEN}[^\S\n]+{_PAST}")
_BACK_REFERENCE = re.compile(r"(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s.*(?:analysis|website|site|count|data|figures|"
                             r"estimates?|tally|records|calculations|research)$")
# the source a whole sentence is credited to: after it (", according to X", ", reports X") or opening it
# ("According to X, …"; its comma ends X before the quote)
_OUTER_AFTER = re.compile(r"(?:,|(?<=,[”\"]))[^\S\n]+(?P<verb>according[^\S\n]+to|reports|reported)[^\S\n]+(?=[A-Za-z])")
_OUTER_BEFORE = re.compile(r"[^\S\n]*(?P<verb>According[^\S\n]+to)[^\S\n]+")
_OUTER_REACH = 400  # characters from a quote to its ", according to"
_OUTER_BEFORE_END = re.compile(r"[^,“”\"\n]{2,120},")
# the source's noun phrase; its head is the last word before a preposition ("a report from the inspector general")
_SOURCE_PHRASE = re.compile(r"(?P<head>[^,;:“”\"\n]*?)(?=[^\S\n]+(?:from|of|to|in|at|on|by|with|for)[^\S\n]|[,;:“”\"\n]|[.!?]?[^\S\n]*$)"
                            r"[^,;:“”\"\n]*")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_CONJUNCTION = re.compile(r"(?:and|but|while|as|or|when|because)\b")
# a clause's own subject inside the sentence: "… after she attacked", "… when Paul Ryan of Wisconsin lamented"
_CLAUSE_SUBJECT = re.compile(rf"(?:(?<![\w’'])(?:after|when|because|while|but|since|before|although|though|until|once|whereas|which)"
                             rf"|,[^\S\n]+(?:and|but))[^\S\n]+(?P<subj>{NAME}|[Hh]e|[Ss]he)(?:[^\S\n]+of[^\S\n]+[A-Z][\w.]*)?"
                             rf"[^\S\n]+(?:\w+ly[^\S\n]+|also[^\S\n]+)?[a-z]+(?:ed|es|s)\b")
_WORDS_NOUNS = (r"(?:claim|claims|statement|remarks?|comments?|promise|pledge|vow|warning|assertion|insistence|argument|"
                r"answer|response|reply|accusations?|allegations?|suggestion|contention|boast|admission|declaration|"
                r"prediction|description|characterization|characterisation)")
_WORDS_OF = re.compile(rf"(?P<who>{EDGE_NAME})[’'](?:s)?[^\S\n]+(?:[a-z\-]+[^\S\n]+)?{_WORDS_NOUNS}"
                       rf"[^\S\n]+(?:that|about|of)[^\S\n][^“”\"\n.;]{{0,100}}$")
# "Trump stood by his comment Monday that “…”": "his" is the nearest name before it, a verb or two back
_OWN_WORDS_OF = re.compile(rf"(?P<who>{EDGE_NAME})(?:[^\S\n]+[a-z]+){{1,3}}[^\S\n]+(?:his|her)[^\S\n]+"
                           rf"(?:[a-z\-]+[^\S\n]+)?{_WORDS_NOUNS}(?:[^\S\n]+[A-Z][a-z]+day)?"
                           rf"[^\S\n]+(?:that|about|of)[^\S\n][^“”\"\n.;]{{0,100}}$")  # not "Trump’s comments “are …”": words about them
# a noun for words, which both hold: a stretch without one is searched with neither (most stretches)
_WORDS_NOUN = re.compile(_WORDS_NOUNS)
# a possessor right before the quote and a noun for words right after it: "Romney’s “47 percent” comment",
# "her “basket of deplorables” remark" (not "slogan" or "show": a title, dropped as one)
_OWNER_BEFORE = re.compile(rf"(?:(?<![\w’'.\-])(?P<who>{NAME})[’']s?|(?<![\w’'])(?P<pron>[Hh]is|[Hh]er))[^\S\n]+$")
_WORDS_NOUN_AFTER = re.compile(r"[^\S\n]*(?:remarks?|comments?|claims?|quip|line|statement|pledge|promise|vow|warning|"
                               r"jibe|jab|insult|taunt|tweet|boast|assertion|retort|gaffe|answer|response|reply)\b")
# a passive with its agent: "was asked by X", "has been called “…” by X"
_BE_BEFORE = re.compile(r"(?<![\w’'])(?:was|were|is|are|been|being|be)[^\S\n]+(?:\w+ly[^\S\n]+)?$")
# a passive participle before the quote, after a form of "be" or opening an aside ("— often labeled as a “…” by X")
# (each first character before the test of what precedes it: the engine skips to those characters)
_BE_VERBED = re.compile(r"(?:w(?<![\w’']w)(?:as|ere)|i(?<![\w’']i)s|a(?<![\w’']a)re|b(?<![\w’']b)(?:een|eing|e)|—|–|,|\()[^\S\n]+(?:(?:\w+ly|often|also|once|later)[^\S\n]+)?[a-z]+ed"
                        r"(?:[^\S\n]+as(?:[^\S\n]+an?)?)?[^\S\n]*$")
_BY = re.compile(r"[,]?[^\S\n]+by[^\S\n]+(?P<phrase>[^,;:“”\"\n—–]{2,80}?)(?=[,;:“”\"\n—–]|[^\S\n]+(?:whether|if|that|about|to|on|in|at|who)\b|$)")
_NAME_RUN = re.compile(rf"{EDGE_NAME}")
# "a request she made to Abedin: “…”", "Hockney told the BBC: “…”": the name is the listener
_LISTENER_BEFORE = re.compile(rf"(?<![\w’'])(?:{PREPOSITIONS}|told|tell|tells|telling)[^\S\n]+(?:the[^\S\n]+)?$")
_WITH_END = re.compile(r"(?<![\w’'])with[^\S\n]+$")
# "with" + a noun phrase + a participle: an absolute clause whose subject is the phrase (even a coordinated one)
_WITH_ABSOLUTE = re.compile(r"(?<![\w’'])with[^\S\n]+(?P<subj>(?:[a-z][\w\-’']*[^\S\n]+){1,6}?[a-z][\w\-’']*)[^\S\n]+$")
_AS_PUT_TAIL = r"(?:(?:,[^,“”\"\n]{1,160}){1,3},)?[^\S\n]+(?:\w+ly[^\S\n]+)?(?:puts|put|says|said|noted|notes|wrote|writes)[^\S\n]+it\b"
_AS_PUT = re.compile(rf"[Aa]s[^\S\n]+(?P<subj>{NAME}){_AS_PUT_TAIL}")
_QUOTE_FROM = re.compile(rf"(?:That|The|This|Those|These)[^\S\n]+(?:quote|quotation|remark|remarks|line|words|comment|comments)"
                         rf"[^\S\n]+(?:from|by|of)[^\S\n]+(?P<subj>{NAME})(?![\w’'])(?![’']s)")
# ("(?<![\w’'])[Aa]s", the letter first)
_AS_PUT_BEFORE = re.compile(rf"[Aa](?<![\w’'][Aa])s[^\S\n]+(?P<subj>{NAME}){_AS_PUT_TAIL}[^\S\n]*[,:]?[^\S\n]*$")
_NAME_THEN_APPOSITIVE = re.compile(rf"(?P<subj>{NAME}),[^\S\n]+(?P<app>[^,;:“”\"\n]{{2,120}}?)[^\S\n]+")
_LINKING = frozenset("the a an of for at from with to in on by".split())  # "founder of the Simon Center": an object
_LEADING_DETERMINER = re.compile(r"(?:Another|One|A|An)[^\S\n]+")
_VERB_THEN_OBJECT = re.compile(r"(?<![\w’'])(?P<verb>[a-z]+)[^\S\n]*$")
_CLAUSE_START = re.compile(r"(?:[,:;—–\-(]|[”\"])[^\S\n]*$")  # an inverted verb opens its clause: "…,” said X"
# a reporting verb, then its clause's subject and auxiliary: "said he would “…”", "insisted it was “…”"
_COMPLEMENT_END = re.compile(r"(?<![\w’'])(?P<verb>[a-z]+)[^\S\n]+(?:that[^\S\n]+)?(?:he|she|they|it|we|I)[^\S\n]+"
                             r"(?:would|will|was|is|were|are|had|has|have|could|can|should|must|did)(?:[^\S\n]+[a-z]+){0,3}[^\S\n]*$")
_THAT_END = re.compile(r"(?<![\w’'])that[^\S\n]*$")
# ", he says." closing a sentence (nothing quoted after it)
# a role before the name may be lower case: "…, Justice Department senior trial counsel Caroline Wolverton wrote."
_CLOSING_ATTRIBUTION = re.compile(rf",[^\S\n]+(?P<subj>(?:(?:{NAME}|(?!(?:and|but|or|so|yet|while|as|because|which|who|that|when|if|"
                                  rf"then|now|the|a|an)\b)[a-z][\w\-]*)[^\S\n]+){{0,5}}?{NAME}|[Hh]e|[Ss]he)[^\S\n]+(?:also[^\S\n]+)?(?P<verb>[a-z]+)"
                                  rf"(?:[^\S\n]+[^,.;:“”\"\n]{{1,40}})?[.!?]?[^\S\n]*$")
# the verb first: "…, said the bureau’s director, James B. Comey, on Monday."
_CLOSING_INVERTED = re.compile(r",[^\S\n]+(?P<verb>said|says|added|adds|wrote|writes|noted|notes|explained|explains)"
                               r"[^\S\n]+(?=[A-Z]|the[^\S\n]|an?[^\S\n])[^;:“”\"\n]{2,160}[.!?]?[^\S\n]*$")
_NAME_SPACE = re.compile(rf"(?P<subj>{NAME})[^\S\n]+(?:\w+ly[^\S\n]+|also[^\S\n]+)?")
_ARTICLES = frozenset({"The", "A", "An", "This", "That", "These", "Those", "It", "There", "Here"})
_COLON_NAME = re.compile(rf"(?P<subj>{EDGE_NAME})[^\S\n]*:[^\S\n]*$")
_ANY_MARK = re.compile(r"[\"“”«»]")
_DETERMINER = re.compile(r"(?<![\w’'])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)[^\S\n]+$")
# "a friend of his said": there "his" is the friend's owner, not the determiner of a noun "said"
_RELATION_OF_HIS = re.compile(rf"(?<![\w’'])(?:{'|'.join(sorted(RELATION_NOUNS))})[^\S\n]+of[^\S\n]+his[^\S\n]+$")
_PARENTHETICAL = re.compile(rf"[^\S\n]+{NAME}[^\S\n]*,[^,“”\"]{{0,100}},[^\S\n]+(?:is|was|are|were|has|had)\b")
_COMMA_BEFORE = re.compile(r",[^\S\n]*$")
_INITIAL_END = re.compile(r"[A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.)*$")  # "(?<![\w.])(?:[A-Z]\.)+$", scanned faster
_COLON = re.compile(r":[^\S\n]*$")
_INTRODUCES = re.compile(r"[^\S\n]*[,:][^\S\n]*")
_COORDINATED = re.compile(r"(?:\band|\bbut|,)[^\S\n]+(?:(?:\w+ly|now|then|also|later|still)[^\S\n]+)?$")
_PREFIX = re.compile(r"(?:[\w’'\-.]+[^\S\n]+){1,5}")
_OBJECT_OF = re.compile(r"(?<![\w’'])(?:to|for|from|by|at|against|about|toward|towards)[^\S\n]+(?:[A-Z][\w.]*[^\S\n]+){0,3}$")
# "footage of Trump saying “…”", "a clip of Hillary Clinton telling …": the name after "of" says the words
# (a recording of someone; "a letter to the Department of Justice saying" is no such thing)
_OF_NAME = re.compile(r"(?<![\w’'])(?:footage|clips?|videos?|tapes?|recordings?|audio|images?|photos?|pictures?|montage)"
                      rf"[^\S\n]+of[^\S\n]+(?P<subj>{NAME})[^\S\n]+$")
_SIGNATURE = re.compile(rf"\s*(?P<name>{NAME}),[^\"“”\n]{{2,120}}[\"”]\s*")
_WHO_END = re.compile(r"(?<![\w’'])who[^\S\n]+$")
_QUOTED_AS = re.compile(rf"(?<![\w’'])quot(?:ed|es|ing)[^\S\n]+(?!by[^\S\n])(?P<who>[^,;:“”\"\n]{{2,80}}?)[^\S\n]+as[^\S\n]+$")
_ASKED = frozenset({"asked", "questioned"})
_SAID_BEFORE = re.compile(r"(?P<verb>\b[a-z]+)[^\S\n]*,[^\S\n]*$")


def find_cue(doc: Document, spans: Sequence[Span], k: int, para: tuple[int, int], lo: int,
             full: Callable[[str], str]) -> Cue | None:
    """The cue of quote ``k``, its subject as written: the speaker's cue (``_speaker_cue``), else
    the source its whole sentence is credited to (``relayed_source``)."""
    return _speaker_cue(doc, spans, k, para, lo, full) or relayed_source(doc, spans[k])


def relayed_source(doc: Document, span: Span) -> Cue | None:
    """'… the department gave an “inaccurate” response, according to a report from the inspector
    general.', 'According to the exit polls, voters want a candidate who would “…”': the source a
    sentence is credited to, for a quote whose speaker the sentence does not name (a named speaker
    comes first: "“…,” O’Malley said, according to the Las Vegas Sun" is O’Malley's, though
    PolNeAR's gold credits the Sun); not "according to its analysis", the speaker's own figures."""
    sentence = doc.sentence_at(span.open)
    if sentence is None:
        return None
    text = doc.text
    # the credit follows its quote closely; the bound keeps a sentence of thousands of quotes linear
    end = min(sentence.end, span.close + _OUTER_REACH)
    # most stretches hold neither verb of the credit, and two scans for the words cost less than the regex's
    m = _OUTER_AFTER.search(text, span.close, end) if end > span.close and (
        text.find("according", span.close, end) >= 0 or text.find("report", span.close, end) >= 0) else None
    if m is None:
        m = _OUTER_BEFORE.match(text, sentence.start, span.open)
        if m is None or not _OUTER_BEFORE_END.match(text, m.end(), span.open):
            return None
    phrase = _SOURCE_PHRASE.match(text, m.end(), sentence.end)
    head = phrase.group("head").split() if phrase else None
    if head and head[-1][:1].islower():  # "a White House pool report", "a letter to Facebook from …"
        described = speaking_description(phrase.group().rstrip(" ."))
        cue = Cue(described, m.end(), m.group("verb")) if described else None  # none: the speaker's cue stands
    else:  # "USA Today", "the Washington Examiner"
        cue = subject_after(text, m.end(), sentence.end, "according to")
    if cue is None or _BACK_REFERENCE.match(cue.subject) or cue.subject.lower() in ("he", "she", "they", "it", "him", "her", "them"):
        return None
    return Cue(cue.subject, cue.start, m.group("verb"), cue.role)


def _speaker_cue(doc: Document, spans: Sequence[Span], k: int, para: tuple[int, int], lo: int,
                 full: Callable[[str], str]) -> Cue | None:
    """The cue of quote ``k``, its subject as written: before or after the quote as the
    punctuation says, a signature line, the sentence before, the clause's own subject or the
    sentence's closing attribution; None when the text gives none. ``lo`` is where the
    quote's stretch of the paragraph starts (after the previous quote); ``full`` expands a
    one-word name."""
    text, span = doc.text, spans[k]
    hi = para[1]
    if span.closed and _WORDS_NOUN_AFTER.match(text, span.close):
        owner = _OWNER_BEFORE.search(text, max(lo, span.open - 80), span.open)
        if owner and owner.group("pron"):  # 'his “Islam hates us” remark': the pronoun's person
            return Cue("he" if owner.group("pron").lower() == "his" else "she", owner.start(), None)
        cue = subject_before(text, owner.start("who"), owner.end("who"), None) if owner else None
        if cue and cue.subject[0].isupper():  # 'Mitt Romney’s “47 percent” comment': the possessor's words
            return cue
    next_open = spans[k + 1].open if k + 1 < len(spans) and spans[k + 1].open < hi else hi
    if _COLON.search(text, lo, span.open) or _introduced(text, lo, span.open):
        # 'X responded: “…?” Her critics cited it…', 'He said, “…” – at which point the crowd …'
        # the cue that introduces the quote
        cue = _before_cue(doc, span, lo) or _after_cue(doc, span, lo, next_open, hi)
    else:
        cue = _after_cue(doc, span, lo, next_open, hi)
        if cue is None or (is_partial(text, span, lo) and (_detached(text, span, cue) or _verb_object(text, lo, span.open))) \
                or _that_clause(text, lo, span.open):
            # 'X called it “rigged,” and Y said…', 'X claimed that “…,” one of the prosecutors said …': X's words
            cue = _before_cue(doc, span, lo) or cue
    if cue is None and not span.closed:
        nxt = next((q for q in doc.paragraphs if q.start >= hi), None)
        cue = _signature(text, nxt.start, nxt.end) if nxt else None
    if cue is None and _opens_sentence(doc, span, lo):
        cue = _previous_sentence_cue(doc, span) if lo == para[0] else None
    elif cue is None:  # the sentence's closing attribution ("…, said X.") before its subject
        cue = _closing_cue(doc, span) or _narrator_subject(doc, span, lo)
        if cue and " " not in cue.subject and cue.subject.lower() not in ("he", "she") and full(cue.subject) == cue.subject \
                and not _ACRONYM.fullmatch(cue.subject):
            cue = None  # "Orlando was not far from …": one capitalised word with no full name (an acronym is a body: "CREW filed")
    if cue is None:
        cue = _closing_cue(doc, span)
    if cue is None:
        cue = _long_subject(doc, span, lo)
    return cue


def _long_subject(doc: Document, span: Span, lo: int) -> Cue | None:
    """'Another Muslim who worshiped here and who didn't want to be named said he heard Mateen
    talk of “…”': a reporting verb whose subject is too long for the patterns next to it has
    the sentence's subject (never the previous quote's speaker)."""
    sentence = doc.sentence_at(span.open)
    if sentence is None or sentence.start < lo:
        return None
    for m in VERB.finditer(doc.text, sentence.start, span.open):
        if m.group() in ADJACENT_ONLY or is_participle(m.group()) or m.start() - sentence.start <= 40:
            continue
        if not (_DETERMINER.search(doc.text, m.start() - 6, m.start()) or PREPOSITION_END.search(doc.text, m.start() - 8, m.start())):
            cue = sentence_subject(doc.text, sentence.start, m.start(), m.group())
            det = _LEADING_DETERMINER.match(doc.text, cue.start) if cue else None
            if det and not cue.subject.startswith(det.group()):  # "Another Muslim", not "Muslim"
                return Cue(f"{det.group().strip()} {cue.subject}", cue.start, cue.verb, cue.role)
            return cue
    return None


def _after_cue(doc: Document, span: Span, lo: int, next_open: int, hi: int) -> Cue | None:
    """'…,” Barkley said', '…,” former congressman Dan Maffei said', '…,” said Barkley',
    '…” for the EU, said Geert Wilders', '…,” according to Barkley'."""
    text = doc.text
    if span.closed and _BE_VERBED.search(text, max(lo, span.open - 40), span.open):
        cue = _agent(text, span.close, min(hi, span.close + 120), None)
        if cue:  # 'has been called “strategic ambiguity” by Joshua Hendrick': the agent's words
            return cue
    if not span.closed or (text[span.end - 1] == "." and is_partial(text, span, lo)):
        return None  # 'called the lines "unacceptable." Mayor X wrote…': the next sentence is not its cue
    at = _LEAD.match(text, span.close, next_open).end()
    if at >= next_open:
        return None
    put = _AS_PUT.match(text, at, next_open) or _QUOTE_FROM.match(text, at, next_open)
    if put:  # '…,” as Van Jackson, a professor, puts it.', '“…” That quote from Commissioner Thomas Krebs appeared …'
        return subject_before(text, put.start("subj"), put.end("subj"), None)
    sentence = doc.sentence_at(at)
    if sentence and _INITIAL_END.search(text, sentence.start, sentence.end) and sentence.index + 1 < len(doc.sentences):
        sentence = doc.sentences[sentence.index + 1]  # 'says J.J. MacNab': no sentence ends at an initial
    end = min(next_open, sentence.end if sentence else hi, at + 300)
    m = VERB.search(text, at, end)
    while m and m.start() > at and _DETERMINER.search(text, max(at, m.start() - 6), m.start()) \
            and not _RELATION_OF_HIS.search(text, max(at, m.start() - 20), m.start()):
        m = VERB.search(text, m.end(), end)  # "one of the states suing the EPA, said": a noun
    if not m:
        if text[span.end - 1] in ",!?—" or text[span.close:span.close + 1] == ",":
            return _unknown_verb_cue(text, at, end)  # "…,” Toomey fumed.", "…!” beamed Donald Hartley"
        return None
    if m.start() == at:
        if is_participle(m.group()) and m.group().lower() != "according to":  # '…,” saying X': not X
            sentence = doc.sentence_at(span.open)
            return sentence_subject(text, max(lo, sentence.start if sentence else lo), span.open, m.group())
        return subject_after(text, m.end(), end, m.group())
    if next_open < hi and _INTRODUCES.fullmatch(text, m.end(), next_open) and (
            text[span.end - 1] == "." or ":" in text[m.end():next_open]):
        return None  # "….” The candidate reiterated: “…": this cue belongs to the next quote
    quoted = _quoted_as(text, at, m.start()) if m.group() == "saying" else None
    if quoted:  # '…,” the newspaper quoted Qantas chief executive Geoff Dixon as saying': Dixon's words
        return quoted
    if m.group().lower() == "according to" or is_participle(m.group()) or _CONJUNCTION.match(text, at) \
            or _WHO_END.search(text, max(at, m.start() - 6), m.start()):
        cue = None  # '…,” a nod to the front-runner acknowledging', '…” and Trump calling it…', '…” Monday, Rubio …, who say': a relative clause's verb
    else:
        cue = subject_before(text, at, m.start(), m.group(), anchored=True)
    if cue:
        prefix = text[at:cue.start]
        if not prefix.strip(" ,\xa0") or prefix.count(",") >= 2:  # "…,” Smith, a former aide, said"
            return cue
        clause = prefix[prefix.rfind(",") + 1:]  # '…” than that of the CIA chief, Zuckoff said'
        if not clause.strip():
            return cue
        if prefix.strip(" ,\xa0") in ("the", "The"):  # '…,” the New York Times reported', '…,” the Republican said'
            if not text.startswith(cue.subject, cue.start):  # "the EPA’s Andrew Fanara": a person, the EPA his role
                return Cue(cue.subject, at, cue.verb, cue.role)
            return Cue(f"the {cue.subject}", at + prefix.find("he") - 1, cue.verb, cue.role)
        if _PREFIX.fullmatch(clause.lstrip()) and clause.split()[-1] not in _LINKING:  # "…,” former congressman Dan Maffei said"
            owner = POSSESSOR.fullmatch(clause.strip())  # "…,” eBay’s David Stern said": the role is eBay
            return Cue(cue.subject, at, cue.verb, cue.role or (owner.group("owner") if owner else clause.strip()))
    if text[at:m.start()].rstrip().endswith(","):
        return subject_after(text, m.end(), end, m.group())
    named = _NAME_THEN_APPOSITIVE.fullmatch(text, at, m.start())
    if named and not _CONJUNCTION.match(text, at):  # "…,” Rabbi Marvin Hier, founder of the Simon Wiesenthal Center said"
        cue = subject_before(text, at, named.end("subj"), m.group())
        if cue and cue.subject[0].isupper():
            return Cue(cue.subject, cue.start, cue.verb, cue.role or named.group("app").strip())
    return None


def _agent(text: str, at: int, hi: int, verb: str | None) -> Cue | None:
    """The agent of a passive: "[was asked] by Fox Business moderator Gerard Baker whether …",
    "[called “…”] by Joshua Hendrick, a professor" → the last name before the clause goes on."""
    m = _BY.match(text, at, hi)
    if m is None:
        return None
    names = list(_NAME_RUN.finditer(text, m.start("phrase"), m.end("phrase")))
    if not names:
        return None
    cue = subject_before(text, names[-1].start(), names[-1].end(), verb)
    return cue if cue and cue.subject[0].isupper() else None


def _quoted_as(text: str, lo: int, at: int) -> Cue | None:
    """'the newspaper quoted Qantas chief executive Geoff Dixon as saying': the one quoted, who
    ends right before "as saying" at ``at``, is the speaker (not the one who quoted him; in
    "Dixon was quoted by the newspaper as saying" the subject is, and the sentence's cue has him)."""
    m = _QUOTED_AS.search(text, max(lo, at - 120), at)
    if m is None:
        return None
    cue = subject_before(text, m.start("who"), m.end("who"), "saying")
    if cue is None or not cue.subject[0].isupper():
        return None
    named = text.find(cue.subject, cue.start, m.end("who"))
    role = text[m.start("who"):named].strip() if named >= 0 else None
    return Cue(cue.subject, cue.start, cue.verb, cue.role or role or None)


def _that_clause(text: str, lo: int, at: int) -> bool:
    """'Trump claimed on Tuesday that “…”': the quote is the object of a reporting verb before it."""
    m = _THAT_END.search(text, max(lo, at - 8), at)
    if m is not None and VERB.search(text, max(lo, m.start() - 40), m.start()) is not None:
        return True
    m = _COMPLEMENT_END.search(text, max(lo, at - 60), at)  # 'and said he would “protect …,” the crowd applauded'
    return m is not None and VERB.fullmatch(m.group("verb")) is not None and not is_participle(m.group("verb"))


def _verb_object(text: str, lo: int, at: int) -> bool:
    """'a clip that Judge Mosman called “distasteful,” Santilli expressed …': quoted words right after
    a reporting verb are that verb's complement, not the next clause's ('He called it “…,” Smith
    said' keeps Smith: the cue after the quote)."""
    m = _VERB_THEN_OBJECT.search(text, max(lo, at - 30), at)
    return m is not None and VERB.fullmatch(m.group("verb")) is not None and not is_participle(m.group("verb"))


def _introduced(text: str, lo: int, at: int) -> bool:
    """'He said, “…': a reporting verb and a comma right before the quote."""
    m = _SAID_BEFORE.search(text, max(lo, at - 30), at)
    return m is not None and VERB.fullmatch(m.group("verb")) is not None and not is_participle(m.group("verb"))


def _detached(text: str, span: Span, cue: Cue) -> bool:
    """Words of the writer's own stand between the quote and a cue after it ('“rigged” against
    him, a charge that leaders denied'), not just the cue ('…,” Smith said', '…,” said Smith')."""
    named = text.find(cue.subject, span.close, span.close + 300)  # cue.start may include a role before it
    gap = text[span.close:named if named >= 0 else cue.start].strip(" ,\xa0—–-")
    if cue.verb and gap.endswith(cue.verb):
        gap = gap[:-len(cue.verb)].rstrip(" ,\xa0")
    return any(c.isalnum() for c in gap)


def _signature(text: str, lo: int, hi: int) -> Cue | None:
    """A pull quote signed on its own line: '"I worry that …¶Dean Baker, Center for Economic
    and Policy Research."': the name that opens the closing paragraph."""
    m = _SIGNATURE.fullmatch(text, lo, hi)
    return subject_before(text, lo, m.end("name"), None) if m else None


def _unknown_verb_cue(text: str, at: int, end: int) -> Cue | None:
    m = _NAME_VERBED.match(text, at, end)
    if m:
        return subject_before(text, at, m.end("subj") + 1, m.group("verb"))
    m = _VERBED_NAME.match(text, at, end)
    return subject_after(text, m.end("verb"), end, m.group("verb")) if m else None


def _before_cue(doc: Document, span: Span, lo: int) -> Cue | None:
    """'Barkley said: “…', 'X told reporters that “…', 'according to X, “…'."""
    text = doc.text
    sentence = doc.sentence_at(span.open)
    if sentence and sentence.start > lo:
        lo = sentence.start
    clause = sentence.start if sentence else lo  # the clause subject may stand before an earlier quote
    fallback = None
    put = _AS_PUT_BEFORE.search(text, max(lo, span.open - 240), span.open)
    if put:  # 'As Steven Rosenthal, a tax lawyer, recently put it, “…'
        return subject_before(text, put.start("subj"), put.end("subj"), None)
    words_of = None
    if _WORDS_NOUN.search(text, max(lo, span.open - 200), span.open):  # the farther of the two searches' reaches
        words_of = _WORDS_OF.search(text, max(lo, span.open - 160), span.open) or _own_words_of(text, lo, span.open)
    for m in reversed(list(VERB.finditer(text, lo, span.open))):
        verb = m.group()
        if words_of and m.end() <= words_of.start():  # "X responded to Clinton’s remarks about the “…”"
            break
        if _BE_BEFORE.search(text, max(lo, m.start() - 12), m.start()):
            cue = _agent(text, m.end(), span.open, verb)
            if cue:  # "Rubio was asked by moderator Gerard Baker whether …“…”": the asker's words
                return cue
            if verb in _ASKED and _INTRODUCES.fullmatch(text, m.end(), span.open):
                return Cue("", m.start(), verb)  # "Trump was asked, “…?”": an unnamed asker's question, not Trump's
            if not verb.endswith("ing"):  # "is labeling it “…”" is no passive
                continue  # "Hopes and Fears was described as a “revelatory debut”": no speaker there
        if verb in ADJACENT_ONLY and not (_INTRODUCES.fullmatch(text, m.end(), span.open) or _COLON.search(text, lo, span.open)):
            continue  # "Rubio will continue to be “…”" is no cue; "He continued, “…" is
        if _DETERMINER.search(text, max(lo, m.start() - 6), m.start()) \
                and not _RELATION_OF_HIS.search(text, max(lo, m.start() - 20), m.start()):
            continue  # "a warning", "his claims": a noun
        if verb.lower() == "according to":
            cue = subject_after(text, m.end(), span.open, "according to")
            if cue and not _BACK_REFERENCE.match(cue.subject):  # not "according to its analysis"
                return cue
            continue
        if _COMMA_BEFORE.search(text, max(lo, m.start() - 3), m.start()) and _PARENTHETICAL.match(text, m.end(), span.open):
            cue = subject_after(text, m.end(), span.open, verb)  # "The paradox, says Carl Anthony, is “…”"
            if cue and cue.subject[0].isupper():
                return cue
        if is_participle(verb):  # "Cruz was critical, telling Breitbart: “…”"; "a statement saying “…”"
            quoted = _quoted_as(text, lo, m.start()) if verb == "saying" else None
            if quoted:  # "The paper quoted Geoff Dixon as saying: “…”": Dixon's words, not the paper's
                return quoted
            cue = _participle_subject(text, lo, m.start(), verb) or _chained_subject(text, lo, m.start(), verb)
            if cue is None and lo > clause:  # '“…,” Garner wrote, adding, “…”': the subject after the first quote
                start = _LEAD.match(text, lo, m.start()).end()
                said = VERB.match(text, start, m.start())
                cue = subject_after(text, said.end(), m.start(), said.group()) if said else None
                cue = Cue(cue.subject, cue.start, verb, cue.role) if cue and cue.subject[0].isupper() else None
                if cue is None:  # '“…,” said Ann Lee, a professor, adding': Ann Lee
                    cue = sentence_subject(text, start, m.start(), verb)
            if cue is None:  # the sentence's subject, unless an earlier verb has a nearer one ("with Gorka noting")
                fallback = fallback or sentence_subject(text, clause, m.start(), verb)
                if fallback:
                    continue
        else:
            cue = subject_before(text, lo, m.start(), verb)
            if cue and fallback and cue.subject[:1].islower() and " " in cue.subject \
                    and speaking_description(cue.subject) is None:
                continue  # "to discuss his recent remarks …, saying “…”": a noun, not a speaker; the sentence's subject is
            if cue is None and _COORDINATED.search(text, lo, m.start()):  # "McConnell … and said that “…”"
                cue = _clause_subject(text, clause, m.start()) or sentence_subject(text, clause, m.start(), verb)
        if cue:
            return cue
        if not _CLAUSE_START.search(text, max(lo - 2, m.start() - 4), m.start()) and m.start() > lo:
            continue  # "has previously dismissed the story about Clinton’s emails, “…": no inverted subject
        cue = subject_after(text, m.end(), span.open, verb)  # "Said Smith: “…", "…, says Carl Anthony, “…"
        if cue and cue.subject[0].isupper() and _INTRODUCES.fullmatch(text, cue.start + len(cue.subject), span.open):
            return cue
        if lo > clause and m.start() > lo and not text[lo:m.start()].strip(" ,\xa0"):
            # 'Kerry Washington, star of “Scandal,” thanked Obama for “…”': the subject stands before the earlier quote
            cue = _subject_before_quotes(text, clause, lo, m.end(), verb)
            if cue:
                return cue
    if fallback:
        return fallback
    m = _COLON_NAME.search(text, lo, span.open)
    if m and not span.single and not _LISTENER_BEFORE.search(text, max(lo, m.start() - 12), m.start()):
        cue = subject_before(text, lo, m.end("subj"), None)  # "The timing doesn’t surprise pollster Daron Shaw: “…”"
        if cue:  # (not "a request she made to Abedin: “…”")
            return cue
    if _INTRODUCES.fullmatch(text, span.open - 2, span.open) and text[span.start].isupper():
        return sentence_subject(text, lo, span.open, None)  # "Clinton shared her anxiety with donors, “…"
    if words_of:  # "a fact-check on Donald Trump’s claim that there have been “…”"
        return subject_before(text, words_of.start("who"), words_of.end("who"), None)
    return None


_QUOTED = re.compile(r"[“\"‘][^“”\"\n]*?(?P<comma>,)?[”\"’]")


_AND_END = re.compile(r"[A-Z][\w’'.\-]*[^\S\n]+(?:and|or)[^\S\n]+$")  # "Maryland and ", not "progressed and "


def _own_words_of(text: str, lo: int, at: int) -> re.Match | None:
    """'Trump stood by his comment that “…”': the name before "his", unless it is the object of a
    preposition or the second of two ("wins in Maryland and Pennsylvania … her argument")."""
    m = _OWN_WORDS_OF.search(text, max(lo, at - 200), at)
    if m is None or PREPOSITION_END.search(text, max(0, m.start() - 8), m.start()) \
            or _AND_END.search(text, max(0, m.start() - 40), m.start()):
        return None
    return m


def _subject_before_quotes(text: str, clause: int, lo: int, hi: int, verb: str) -> Cue | None:
    """The sentence's subject when quoted words stand between it and its verb: each quote read as
    one word, its closing comma kept ("Kerry Washington, star of “Scandal,” thanked …")."""
    masked = _QUOTED.sub(lambda q: "q" * (len(q.group()) - 1) + ("," if q.group("comma") else "q"), text[clause:lo])
    cue = sentence_subject(masked + text[lo:hi], 0, hi - clause, verb)
    if cue is None or "qq" in cue.subject or (cue.role and "qq" in cue.role):
        return None
    return Cue(cue.subject, cue.start + clause, cue.verb, cue.role)


def _chained_subject(text: str, lo: int, at: int, verb: str) -> Cue | None:
    """'…, Nefzi said, adding “…”': a participle right after a reporting clause shares its subject."""
    m = _SAID_BEFORE.search(text, max(lo, at - 60), at)
    if m is None or not VERB.fullmatch(m.group("verb")) or is_participle(m.group("verb")):
        return None
    return subject_before(text, lo, m.start("verb"), verb)


def _participle_subject(text: str, lo: int, at: int, verb: str) -> Cue | None:
    """'with Gorka noting “…”', 'Ryan saying he was “…”': a name right before the participle
    is its subject (an absolute clause); after a comma the participle goes with the sentence."""
    if verb.lower() == "according to" or _COMMA_BEFORE.search(text, max(lo, at - 3), at):
        return None
    named = _OF_NAME.search(text, max(lo, at - 60), at)
    if named and named.group("subj").split()[0] not in ("The", "A", "An", "This", "That"):
        return Cue(named.group("subj"), named.start("subj"), verb)
    cue = subject_before(text, lo, at, verb)
    if cue and not cue.subject[0].isupper() and _WITH_END.search(text, max(lo, cue.start - 6), cue.start):
        return cue  # "with many protesters chanting “…”"
    absolute = _WITH_ABSOLUTE.search(text, max(lo, at - 80), at)
    if absolute and speaking_description(absolute.group("subj")):  # "with many marchers and spectators chanting"
        return Cue(absolute.group("subj"), absolute.start("subj"), verb)
    if cue is None or not cue.subject[0].isupper() or cue.subject in ("He", "She", "They", "We", "I", "It"):
        return None
    return None if _OBJECT_OF.search(text, max(lo, cue.start - 12), cue.start) else cue  # "a letter to X asking"


def _narrator_subject(doc: Document, span: Span, lo: int) -> Cue | None:
    """'Rubio also bemoaned the climate in which people “literally hate each other”': quoted
    words inside a sentence whose subject is a name and whose verb is not in the list; after an
    earlier quote in the sentence, the clause that follows it ('“distasteful,” Santilli expressed a
    desire to “…”')."""
    sentence = doc.sentence_at(span.open)
    if sentence is None:
        return None
    if lo > sentence.start and "," in doc.text[lo - 2:_LEAD.match(doc.text, lo, span.open).end()]:
        # a comma closes the earlier quote's clause (not '“friend” Marco Rubio ran “…”': Rubio is its object)
        m = _NAME_THEN_VERB.match(doc.text, _LEAD.match(doc.text, lo, span.open).end(), span.open)
        if m and m.group("subj").split()[0] not in _ARTICLES:
            return subject_before(doc.text, m.start("subj"), m.end("subj") + 1, None)
    cue = _clause_subject(doc.text, sentence.start, span.open)
    if cue:
        return cue
    m = _name_then_verb(doc.text, sentence.start, span.open)
    if m is None:  # "At one point, Cruz coached Trump to “breathe”"
        comma = doc.text.find(", ", sentence.start, min(span.open, sentence.start + 120))
        m = _name_then_verb(doc.text, comma + 2, span.open) if comma > 0 else None
    return subject_before(doc.text, sentence.start, m.end("subj") + 1, None) if m else None


def _name_then_verb(text: str, at: int, hi: int) -> re.Match | None:
    """A subject and its verb at ``at``, perhaps with a time between them ("Trump last week invited
    Russia to …", "Reeves late Thursday night issued"; not "On Thursday night as …": no subject)."""
    m = _NAME_THEN_VERB.match(text, at, hi)
    if m is None:
        m = _NAME_WHEN_VERB.match(text, at, hi)
        if m and m.group("subj").split()[0] in STOP_WORDS:
            return None
    return m


def _closing_cue(doc: Document, span: Span) -> Cue | None:
    """'A developer can “make up something wild” and get away with it, he says.': a sentence
    that closes on its own attribution gives it to every quote in it."""
    sentence = doc.sentence_at(span.open)
    if sentence is None or sentence.end <= span.close:
        return None
    m = _CLOSING_ATTRIBUTION.search(doc.text, span.close, sentence.end)
    if m is None:
        m = _CLOSING_INVERTED.search(doc.text, span.close, sentence.end)
        return subject_after(doc.text, m.end("verb"), sentence.end, m.group("verb")) if m else None
    if not VERB.fullmatch(m.group("verb")) or is_participle(m.group("verb")):
        return None
    return subject_before(doc.text, m.start("subj"), m.start("verb"), m.group("verb"))


def _clause_subject(text: str, lo: int, at: int) -> Cue | None:
    """The subject of the last subordinate or coordinate clause before ``at``: "Christie called
    her a “disgrace” after she blamed it on “implicit bias”" → she, not Christie."""
    m = None
    for m in _CLAUSE_SUBJECT.finditer(text, lo, at):
        pass
    if m is None or "," in text[m.end():at]:
        return None  # "after Pence was picked, Podesta called him “…”": that clause has closed
    return subject_before(text, m.start("subj"), m.end("subj") + 1, None)


def _opens_sentence(doc: Document, span: Span, lo: int) -> bool:
    sentence = doc.sentence_at(span.open)
    return not doc.text[max(lo, sentence.start if sentence else lo):span.open].strip()


def _previous_sentence_cue(doc: Document, span: Span) -> Cue | None:
    """'Cruz tweeted a warning. “…”' and 'Trump said:¶“…”': the sentence before introduces it."""
    sentence = doc.sentence_at(span.open)
    if sentence is None or sentence.index == 0:
        return None
    before = doc.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph and not before.text.endswith(":"):
        return None
    return _introducing_cue(doc, before)


def list_item_cue(doc: Document, span: Span) -> Cue | None:
    """'Soerens argued that:¶• The situation is “entirely different” …': a quote in a list item is
    the words of whoever the sentence that introduces the list (ending in a colon) names."""
    sentence = doc.sentence_at(span.open)
    if sentence is None:
        return None
    k, items = sentence.index, 0
    while items < _LIST_ITEMS:
        para = doc.paragraphs[doc.sentences[k].paragraph]
        if not _BULLET.match(doc.text, para.start, para.end):
            return None
        while k > 0 and doc.sentences[k - 1].paragraph == doc.sentences[k].paragraph:
            k -= 1  # to the item's first sentence
        if k == 0:
            return None
        k, items = k - 1, items + 1
        if doc.text.endswith(":", doc.sentences[k].start, doc.sentences[k].end):
            return _introducing_cue(doc, doc.sentences[k])
    return None


def _introducing_cue(doc: Document, before: Sentence) -> Cue | None:
    """The speaker named by the sentence ``before`` a quote, which introduces it."""
    if _ANY_MARK.search(before.text):
        return None
    for m in reversed(list(VERB.finditer(doc.text, before.start, before.end))):
        if m.group() in ADJACENT_ONLY or _DETERMINER.search(doc.text, max(before.start, m.start() - 6), m.start()):
            continue
        if m.group().lower() == "according to":
            return subject_after(doc.text, m.end(), before.end, m.group())
        cue = subject_before(doc.text, before.start, m.start(), m.group())
        if cue is None and (is_participle(m.group()) or _COORDINATED.search(doc.text, before.start, m.start())):
            cue = sentence_subject(doc.text, before.start, m.start(), m.group())
        if cue:
            return cue
    if before.text.endswith(":"):  # "Trump issued the following statement:"
        return sentence_subject(doc.text, before.start, before.end, None)
    return None


# a list item's mark: "•", "-", "*", "·", and "l" (a Wingdings bullet that lost its font in a text export)
_BULLET = re.compile(r"[^\S\n]*(?:[•*·\-–]|l(?=[^\S\n]+[A-Z]))[^\S\n]+")
_LIST_ITEMS = 8  # list items looked back over for the sentence that introduces them


def previous_paragraph_cue(doc: Document, span: Span) -> Cue | None:
    """'Carter said that … would not happen.¶“That’s because …”', 'Viguerie is upbeat ….¶“Not
    only …”': a paragraph that is one quotation, after one whose last sentence opens with a name."""
    sentence = doc.sentence_at(span.open)
    if sentence is None or sentence.index == 0:
        return None
    before = doc.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph - 1 or _ANY_MARK.search(before.text):
        return None
    m = _NAME_THEN_VERB.match(doc.text, before.start, before.end)
    if m is None:  # "Carter said that …"
        m = _NAME_SPACE.match(doc.text, before.start, before.end)
        m = m if m and VERB.match(doc.text, m.end(), before.end) else None
    if m is None or not all(w[0].isupper() for w in m.group("subj").split()) or m.group("subj").split()[0] in _ARTICLES:
        return None  # a name, not "The weather was bad."
    return subject_before(doc.text, before.start, m.end("subj") + 1, None)


def is_partial(text: str, span: Span, lo: int) -> bool:
    """Quoted words inside the writer's own sentence, not a quotation standing on its own."""
    before = text[lo:span.open].rstrip()
    if before.endswith((",", ":")) and VERB.search(before[-30:]):
        return False  # “Part one,” he said, “and part two.”
    if text[span.start].islower():
        return True
    return not (not before or before[-1] in ",:.!?" or VERB.search(before[-30:]))
