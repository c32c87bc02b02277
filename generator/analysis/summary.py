"""Extractive summary (the TL;DR is ``summary_tldr``'s).

Every summary sentence is a sentence of the article, kept in document order, so the summary
is faithful by construction. Which sentences: a score made of

* position: news puts the key facts first (the lead baseline that is hard to beat, See et
  al. 2017), as a prior ``1 / sqrt(1 + i)``;
* forward-looking centrality: how much of a sentence's vocabulary the *later* sentences take
  up again. PacSum (Zheng & Lapata 2019, "Sentence Centrality Revisited for Unsupervised
  Summarization") shows that a sentence is central when what follows builds on it; here the
  similarity is bag-of-words overlap, counted in one linear pass instead of over all pairs;
* title overlap, when there is a title (Edmundson 1969's title method);
* redundancy: a greedy, MMR-style pick (Carbonell & Goldstein 1998) that discounts a sentence
  by its overlap with those already chosen; Daily Mail style leads often repeat the first
  sentence as a picture caption;
* non-content lines (bylines, time stamps, "scroll down for video", photo credits), sentences
  in a paragraph of markup (an embedded post), team sheets, the title again, and sentences that
  only announce the words that follow ("… issued the following statement:") are never chosen,
  and very short sentences only when nothing else is left;
* a sentence that opens with a pronoun or demonstrative ("This is because …", "He said …"),
  or that is all quotation with no speaker ('"We will win."', or a later sentence of a quoted
  paragraph), or that opens with a phrase pointing back ("To this end, …", "As a result, …", "On
  Thursday, he …"), is chosen only after the sentence before it, which it leans on (otherwise the
  next best sentence takes its place); so is one whose subject is an epithet ("The Scot …", "The
  company said …") that neither the title nor a chosen sentence explains, and a "But …" that no
  chosen sentence comes before;
* a teaser ("…, with one notable exception.") and a sentence with no subject (a list's item "Ran a
  … business", an imperative "Tune in tonight …") rank with the short ones.

Weights were set on the CNN/DailyMail and BBC dev splits (see tests/test_summary.py for the
behaviour they must keep).
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import repeat
from typing import Sequence

from ..model import Sentence, SummarySentence
from .document import Document, archive_labels
from .clause_form import FINITE_AUXILIARIES, IRREGULAR_PAST, PREPOSITIONS, SUBORDINATORS, has_main_verb, is_statement
from .function_words import DETERMINERS
from .names import DAYS_MONTHS, first_name_gender
from .quote_marks import open_double_at, tokenised
from .summary_cohesion import POINTING, introduced_in, leans_back, named_by_kind
from .summary_lexicon import (CONNECTIVES, MARKUP, NON_CONTENT_ANY, NON_CONTENT_START, STOPWORDS, TIME_NOUNS,
                              dateline_end, epithet_subject, is_line_up, is_teaser)

POSITION_WEIGHT = 1.0
CENTRALITY_WEIGHT = 0.6
TITLE_WEIGHT = 1.0
REDUNDANCY_WEIGHT = 0.5
# Ranked below every full sentence, chosen only when nothing else is left: a very short sentence (a fragment, a
# caption); the writer's question ("If Trump were a woman, would you …?"), which asks rather than reports; a sentence
# that ends inside an open quotation ('He said: "I am committed.' going on in the next paragraph), half of someone's
# words; a teaser ("…, with one notable exception."), whose point is in the next sentence; a sentence with no subject
# (a list's item "Ran a fraudulent college business …", an imperative "Tune in tonight …"); and a text's first
# sentence that opens with a pronoun ("They may not know …"), with nothing before it to say who.
RANKED_LAST = 2.0
# A deck: a one-sentence first paragraph in headlinese ("Clinton campaign says long lines kept many from casting
# ballots.") over the lead that tells it in full. Ranked a little lower, not out: 9 of the 12 tuning first
# paragraphs that read so are decks or headlines, 3 are short leads ("Profits at Indian drugmaker Dr Reddy's fell
# 93% as …"), which still rank high enough to be chosen.
DECK_PENALTY = 0.5
CONNECTIVE_PENALTY = 0.2  # "But ..." leans on a sentence the summary may not have
MIN_WORDS = 10  # shorter sentences are mostly fragments, quotes or captions
ABSTRACT_OVERLAP = 0.5  # shared words over the smaller set: the abstract and the lead say one thing
MIN_TITLE_WORDS = 3  # a sentence of fewer content words, all in the title, may well be news ("Bell dies.")
CANDIDATES = 20  # sentences considered; news puts what matters in the top
HORIZON = 40  # sentences read for centrality: bounds the cost on very long articles

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_NORMAL: dict[str, str] = {}  # word → normal form ('' for stopwords); grows with the vocabulary


def _normal(word: str) -> str:
    """A cheap stemmer: possessive and plural ``s`` dropped, stopwords emptied."""
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 3 and w[-1] == "s" and w[-2] not in "su":
        w = w[:-1]
    return "" if w in STOPWORDS or len(w) < 2 else w


# Each Latin-1 character as itself when ``_WORD`` may hold it (a-z, 0-9, the apostrophe), else as a space.
_WORD_BYTES = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 or c == 39 else 32 for c in range(256))


def _words(text: str) -> list[str]:
    """``_WORD.findall(text.lower())`` with "’" as "'" (``_normal`` reads them alike): the words are split in C,
    and only a text with an apostrophe, which may join two words, is read by the regex."""
    low = text.lower()
    if "’" in low:
        low = low.replace("’", "'")
    # a character past Latin-1 becomes "?", a space after the translation, as it is no word character
    data = low.encode("latin-1", "replace").translate(_WORD_BYTES)
    return _WORD.findall(low) if b"'" in data else data.decode("ascii").split()


def content_words(text: str) -> set[str]:
    """The normalised content words of ``text`` (a set: centrality counts sentences, not words)."""
    words = _words(text)
    out = set(map(_NORMAL.get, words))
    if None in out:  # unseen words: normalise each once (found in C, not by a loop over every word)
        if len(_NORMAL) > 200_000:
            _NORMAL.clear()
        unseen = set(words).difference(_NORMAL)
        for w in unseen:
            _NORMAL[w] = _normal(w)
        out.discard(None)
        out.update(_NORMAL[w] for w in unseen)
    out.discard("")
    return out


_NON_CONTENT: dict[str, bool] = {}  # sentence → is_non_content: the summary and the TL;DR ask again


def is_non_content(text: str) -> bool:
    """Bylines, time stamps, video prompts, photo credits: page furniture, not news."""
    known = _NON_CONTENT.get(text)
    if known is None:
        if len(_NON_CONTENT) > 10_000:
            _NON_CONTENT.clear()
        low = text.lower()
        known = _NON_CONTENT[text] = NON_CONTENT_START.match(low) is not None or NON_CONTENT_ANY.search(low) is not None
    return known


def _forward_centrality(sets: Sequence[set[str]], limit: int) -> list[float]:
    """For each of the first ``limit`` sentences, sum over later sentences j of |S_i ∩ S_j|,
    normalised by sqrt|S_i| (cosine-like) and by (later sentences)^0.3 (long articles)."""
    n = len(sets)
    later: Counter[str] = Counter()
    out = [0.0] * limit
    for i in range(n - 1, -1, -1):
        if i < limit and sets[i]:
            shared = sum(map(later.get, sets[i], repeat(0)))
            out[i] = shared / (len(sets[i]) ** 0.5 * max(1, n - 1 - i) ** 0.3)
        later.update(sets[i])
    return out


def _trimmed(s: Sentence, *, first: bool) -> SummarySentence:
    """The sentence as a summary item without a leading dateline ("CASPER, Wyo. - " opens a later
    sentence after a deck) or agency tag (the first sentence's, or one opening a sentence:
    "TRENTON, N.J. (AP) — …" is split after "N.J.")."""
    skip = dateline_end(s.text, agency=first or s.text.startswith(("(", "[")))
    # keep the tag when what follows it is furniture itself ('(CNN) By.')
    if skip and (skip >= len(s.text) - 1 or is_non_content(s.text[skip:])):
        skip = 0
    return SummarySentence(s.text[skip:], s.start + skip, s.end, s.index)


def rank(doc: Document, sentences: Sequence[Sentence], *, title: str | None = None
         ) -> tuple[list[tuple[float, int]], list[set[str]]]:
    """(score, position) of the first ``CANDIDATES`` sentences, best first, and the content
    words of the first ``HORIZON`` sentences. Non-content lines are left in: callers skip
    them lazily (the check costs more than the scoring)."""
    sets = [content_words(s.text) for s in sentences[:HORIZON]]
    n = len(sets)
    limit = min(n, CANDIDATES)
    central = _forward_centrality(sets, limit)
    top = max(central, default=0.0) or 1.0
    title_words = content_words(title) if title else set()
    marks_pair = not tokenised(doc.text)  # (a tokenised copy's marks do not show where a quotation ends)
    ranked = []
    for i in range(limit):
        score = POSITION_WEIGHT / (1 + i) ** 0.5 + CENTRALITY_WEIGHT * central[i] / top
        if title_words and sets[i]:
            shared = len(sets[i] & title_words)
            score += TITLE_WEIGHT * shared / (len(sets[i]) * len(title_words)) ** 0.5
        text = sentences[i].text
        if text.count(" ") < MIN_WORDS - 1:
            score -= RANKED_LAST
        if first_word(text) in CONNECTIVES:
            score -= CONNECTIVE_PENALTY
        if _QUESTION_END.search(text, max(0, len(text) - 8)):
            score -= RANKED_LAST
        if marks_pair and _ends_in_open_quote(doc, sentences[i]):
            score -= RANKED_LAST
        if is_teaser(text):
            score -= RANKED_LAST
        if subjectless(text):
            score -= RANKED_LAST
        if i == 0 and first_word(text) in POINTING and leans_back(text):
            score -= RANKED_LAST
        if i == 0 and n > 1 and sentences[1].paragraph != sentences[0].paragraph:  # a first line alone in its paragraph
            if _deck(text):
                score -= DECK_PENALTY
            elif _verbless_line(text):
                score -= RANKED_LAST
        ranked.append((score, i))
    ranked.sort(key=lambda x: (-x[0], x[1]))
    return ranked, sets


# Subjectless sentences. A past form or an auxiliary opening a sentence and going straight on to its object ("Ran
# a fraudulent college business …", "Is the first candidate …"): a list's item whose subject is in the line above,
# unless a subject comes after a participle clause ("Asked about that, Mr. Trump said …"). The common imperatives
# of news furniture ("Tune in tonight …", "Click …"). Closed classes and time words that open a sentence before a
# determiner ("Meanwhile the …", "After the …") are no verbs.
_OBJECT_OPENERS = frozenset("the a an your our my his her their its these those every him them it me us".split())
_SOFTENERS = frozenset("perhaps maybe just simply please".split())
_IMPERATIVES = frozenset("tune watch read click join follow check visit imagine consider remember note let's don't".split())
_NOT_VERB_OPENERS = DETERMINERS | PREPOSITIONS | SUBORDINATORS | TIME_NOUNS | frozenset(
    """i you he she it we they there here now then today tonight yesterday tomorrow meanwhile still also again so thus
    instead yet last next earlier later once even already soon perhaps maybe overall together otherwise nationwide
    like unlike including and or but nor not only just what whatever who which where why how""".split()) | DAYS_MONTHS
_SUBJECT_START = re.compile(r"[\"“‘']?(?:[A-Z0-9]|(?:the|a|an|he|she|it|they|we|i|his|her|its|their|this|these)\b)")


_COMMA = re.compile(r", ")


def subjectless(text: str) -> bool:
    """No subject: a list's item opening with its past verb or an auxiliary, or an imperative (see above)."""
    words = text[:40].split(None, 2)
    if len(words) < 3 or not words[0][:1].isupper() or not words[0].isalpha():
        return False
    first = words[0].lower()
    if first in _IMPERATIVES:
        return True
    if not words[1].islower():
        return False  # (most sentences: a name or a capital after the first word)
    second = words[1].strip(",")
    if first in _SOFTENERS:
        # "Perhaps go a step further …": an imperative softened, its verb before an object
        after = words[2].split(None, 1)[0].lower()
        return (second.isalpha() and second not in _NOT_VERB_OPENERS and second not in FINITE_AUXILIARIES
                and after in _OBJECT_OPENERS and not second.endswith(("s", "ed", "ing", "ly")))
    if first in FINITE_AUXILIARIES:
        return not text.rstrip().endswith(("?", '?"', "?”"))  # "Is the first candidate in years to …" (not a question)
    if first in _NOT_VERB_OPENERS or not (second in _OBJECT_OPENERS or second in PREPOSITIONS):
        return False
    if not (first in IRREGULAR_PAST or len(first) > 4 and first.endswith("ed")) or first_name_gender(words[0]):
        return False  # no past form; a name ("Ahmed the baker said …")
    # a subject after one of its commas: "Based on a play by Tyler Perry, who also stars …, the film took …"
    return not any(_SUBJECT_START.match(text, m.end()) for m in _COMMA.finditer(text))


# Headlinese drops articles and auxiliaries (Mårdh 1980, *Headlinese*; Biber et al. 1999, *Longman Grammar*, on
# headline grammar); a lead sentence of up to 16 words almost always has one of them.
_DECK_WORDS = re.compile(r"\b(?:the|a|an|been|being|" + "|".join(sorted(map(re.escape, FINITE_AUXILIARIES), key=len, reverse=True))
                         + r")\b|[?\"“”]", re.I)


def _verbless_line(text: str) -> bool:
    """A short line with no main verb ("A petite powerhouse - with an undying devotion to her 'Ronnie.'"): a
    headline or a deck, not the lead."""
    if text.count(" ") + 1 > 16 or is_statement(text):
        return False
    # a main verb after an opening clause that ``is_statement`` does not know for one ("Now that it's game on
    # with Hillary Clinton, Donald Trump will try another pivot.")
    comma = text.find(", ")
    return comma < 0 or first_word(text) in SUBORDINATORS or not has_main_verb(text[comma:])


def _deck(text: str) -> bool:
    """A short line with no article, no auxiliary, no question or quotation: headlinese."""
    return 4 <= text.count(" ") + 1 <= 16 and _DECK_WORDS.search(text) is None


# The writer's own question; a quoted one ('“Why was he killed?” Erica Garner said.') is someone's words, news.
_QUESTION_END = re.compile(r"\?[\s)]*$")


def _ends_in_open_quote(doc: Document, s: Sentence) -> bool:
    """Ends inside a quotation it opens, whose words go on after it ('Williams said: "I am committed to Scottish
    rugby.' with the next sentence or paragraph of the quotation after it)."""
    if not _has_double_mark(s.text, 0, len(s.text)) or not 0 <= s.paragraph < len(doc.paragraphs):
        return False
    p = doc.paragraphs[s.paragraph]
    return open_double_at(doc.text, p.start, p.end, s.end) >= s.start


def first_word(text: str) -> str:
    """The first word, lower-cased, without the quote mark or bracket before it."""
    head = text[:20].split(None, 1)
    return head[0].lower().strip("\"“‘'`(,") if head else ""


def _first_content(sentences: Sequence[Sentence]) -> int:
    return next((i for i, s in enumerate(sentences) if not is_non_content(s.text)), -1)


_OPENING = ('"', "“", "''", "``", "‘")
_CLOSING = ('"', "”", "''", "’")
QUOTE_MARK = re.compile(r"''|``|\"|“|”")  # each branch opens on a literal, which the engine skips to; also the TL;DR's
_DOUBLE_CHAR = re.compile(r"[\"“”«»„]")  # the one-character marks ``quote_marks`` pairs as double


def _has_double_mark(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a mark ``quote_marks`` pairs as double (one of ``_DOUBLE_CHAR``, "''", "``"). A
    class alone is found in C; in one pattern with the two-mark alternatives, the engine would try every character."""
    return _DOUBLE_CHAR.search(text, lo, hi) is not None or text.find("''", lo, hi) >= 0 or text.find("``", lo, hi) >= 0


def bare_quote(text: str) -> bool:
    """The whole sentence is someone's quoted words, with no attribution in it ('"We will win."',
    '"A. "B."' with a lost paragraph break, '"We will win.' going on in the next sentence): it
    says nothing of who speaks."""
    t = text.strip()
    if not t.startswith(_OPENING):
        return False
    first = QUOTE_MARK.match(t)
    if not t.rstrip(")").endswith(_CLOSING):  # unclosed: the quotation goes on in the next sentence
        if first is None:
            return False
        rest = t[first.end():]
        if first.group() == '"' and '"' not in rest:
            # curly marks that pair up inside a straight quotation quote within it ('"… its “Bathroom Bill,” …')
            return rest.count("“") == rest.count("”")
        return QUOTE_MARK.search(t, first.end()) is None
    for m in QUOTE_MARK.finditer(t, first.end() if first else 1):
        after = t[m.end():m.end() + 1]
        if after and after.isspace() and m.end() < len(t.rstrip()) - 1:
            return False  # a closing mark with the writer's words after it: '"…," she said, "…"'
    return True


# A sentence that only announces the words that follow it ("… issued the following statement:",
# "He added:"); one that states something before its colon ("X called for action:") stays.
# "From J. F. writing at Mediaite:" announces a columnist's excerpt the same way.
_ANNOUNCES = re.compile(r"\b(?:said|says|added|adds|wrote|writes|tweeted|tweets|told(?: [\w.]+){1,3}|stated|declared|"
                        r"explained|saying|statements?|following|this|reads?|as follows"
                        r"|(?:writing|reporting) (?:at|for|in) [^.!?:]{1,60})\s*:\s*$", re.I)


def _in_markup(doc: Document, s: Sentence) -> bool:
    """In a paragraph of markup ('<tweet author="…">… very bad. Good luck …</tweet>'): an
    embedded post, whose sentences have no author in the text."""
    if not 0 <= s.paragraph < len(doc.paragraphs):
        return False
    p = doc.paragraphs[s.paragraph]
    return doc.text.find("<", p.start, p.end) >= 0 and MARKUP.search(doc.text, p.start, p.end) is not None


def _inside_quotation(doc: Document, s: Sentence) -> bool:
    """Inside a quotation opened earlier in its paragraph and not closed before it ('"The solution is … Let
    owners decide. Either way, …'; 'He added: "To win titles … | If we stagnate …', where a quotation of
    several paragraphs, run into one, opens each of them again and closes only the last): someone's words,
    whose speaker is named before. The marks are paired as ``quote_marks`` pairs them."""
    if not 0 <= s.paragraph < len(doc.paragraphs):
        return False
    p = doc.paragraphs[s.paragraph]
    if s.start <= p.start or doc.text.startswith(_OPENING, s.start):
        return False  # (a sentence that opens with a mark is ``bare_quote``'s)
    if not _has_double_mark(doc.text, p.start, s.start):
        return False  # (most paragraphs: no mark before the sentence)
    return open_double_at(doc.text, p.start, p.end, s.start) >= 0


def _abstract_span(doc: Document) -> tuple[int, int]:
    """Where an abstract stands before the full text ("ABSTRACT." … "FULL TEXT.", as archive copies of
    NYT articles have it): the full text's lead says what the abstract does. (0, 0) when there is none."""
    labels = archive_labels(doc)
    start, end = labels.get("ABSTRACT", -1), labels.get("FULL TEXT", -1)
    return (start, end) if 0 <= start < end else (0, 0)


def _title_case(text: str) -> bool:
    """Every word capitalised, articles and prepositions too ("A Meaningful Exchange Happened Between Rubio
    And Paul At The Debate."): a headline left at the top of the text, which the page's title shows."""
    head = text[:60].split(None, 2)  # (a second word that starts within the first 60 characters starts so in the text)
    if len(head) > 1 and head[1][0].isalpha() and not head[1][0].isupper():
        return False  # the second word in lower case: most sentences (tested before the whole split)
    words = text.split()
    return len(words) >= 5 and all(not w[0].isalpha() or w[0].isupper() for w in words) and any(
        w.lower() in STOPWORDS for w in words[1:])


_EPITHET_STARTS = ("The ", "the ")


def summarize(doc: Document, sentences: Sequence[Sentence], *, title: str | None = None,
              count: int = 3) -> tuple[SummarySentence, ...]:
    """``count`` body sentences (fewer if the article is shorter), in document order."""
    if count <= 0 or not sentences:
        return ()
    ranked, sets = rank(doc, sentences, title=title)
    pool = {i: score for score, i in ranked}
    deck = _abstract_span(doc)
    lead = _first_content(sentences)
    scores, waiting = dict(pool), {}
    redundancy = dict.fromkeys(pool, 0.0)  # overlap with the closest sentence chosen so far
    repeats: set[int] = set()  # across an abstract's end, a chosen sentence's words again
    chosen: list[int] = []
    title_words = content_words(title) if title else set()
    marks_pair = not tokenised(doc.text)  # (a tokenised copy's marks do not show where a quotation runs)
    while pool and len(chosen) < count:
        best = max(pool, key=lambda i: pool[i] - REDUNDANCY_WEIGHT * redundancy[i])
        del pool[best]
        text = sentences[best].text
        announces = text.rstrip().endswith(":") and _ANNOUNCES.search(text) is not None
        if (is_non_content(text) or announces or _in_markup(doc, sentences[best]) or _title_case(text) or is_line_up(text)
                or len(sets[best]) >= MIN_TITLE_WORDS and sets[best] <= title_words):
            continue  # page furniture; "… issued the following statement:"; an embedded post; a headline (the
            # title again: "A petite powerhouse - with …" under "Petite powerhouse - with …")
        if best in repeats:
            continue  # the abstract's sentence again in the full text's lead, or the other way round
        intro = introduced_in(best, chosen, sentences, title)
        if intro is not None:
            waiting[intro] = best  # "Ms. Gedrich said …" with no one of that name before: not before her introduction
            continue
        epithet = epithet_subject(text) if text[:4] in _EPITHET_STARTS or first_word(text) in CONNECTIVES else None
        if epithet and named_by_kind(epithet, title, [sentences[j].text for j in chosen]):
            epithet = None  # "The band have had …" under "Pop band Busted have …": the summary says which band
        elif best == lead and not deck[0] <= sentences[best].start < deck[1]:
            epithet = None  # the text's lead ("The minister resigned …" under a byline); an abstract's lead is none
        if best - 1 not in chosen and (best and leans_back(text) or bare_quote(text) or best and epithet
                                       or marks_pair and _inside_quotation(doc, sentences[best])
                                       or best and first_word(text) in CONNECTIVES and not any(j < best for j in chosen)):
            if best:  # "This is because …" with nothing for "This", a quote with no speaker: not before what it leans on
                waiting[best - 1] = best
            continue
        chosen.append(best)
        if best in waiting:
            back = waiting.pop(best)
            pool[back] = scores[back]
        picked = sets[best]
        n_picked = len(picked)
        inside = deck[0] <= sentences[best].start < deck[1]
        for i in (*pool, *waiting.values()):
            words = sets[i]  # overlap: shared words over the smaller set's size
            overlap = len(words & picked) / max(1, min(len(words), n_picked))
            if overlap > redundancy[i]:
                redundancy[i] = overlap
            if deck[1] and overlap >= ABSTRACT_OVERLAP and (deck[0] <= sentences[i].start < deck[1]) != inside:
                repeats.add(i)
    chosen.sort()
    items: list[SummarySentence] = []
    for i in chosen:
        if items and items[-1].end == sentences[i].end:
            continue  # the speaker's own sentence, already joined to the quotation before it
        items.append(_with_speaker(sentences, i, _trimmed(sentences[i], first=i == lead)))
    return tuple(items)


# A sentence that only names who spoke ("Erica Garner said."): a quotation ending in "?" or "!"
# is split from it, and the quotation alone says nothing of who speaks.
_SPEAKER_ONLY = re.compile(r"(?:[A-Z][\w.’'-]*[^\S\n]+){1,4}(?:said|says|added|adds|wrote|writes|tweeted|asked)[.!]")


def _with_speaker(sentences: Sequence[Sentence], i: int, item: SummarySentence) -> SummarySentence:
    """``item`` with the sentence after it when that only names the speaker of its bare quotation."""
    after = sentences[i + 1] if i + 1 < len(sentences) else None
    if after is None or after.text[:1].islower() or not bare_quote(item.text):
        return item
    if _SPEAKER_ONLY.fullmatch(after.text.strip()) is None:
        return item
    return SummarySentence(f"{item.text} {after.text.strip()}", item.start, after.end, item.sentence)
