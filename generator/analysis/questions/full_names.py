"""A person a question names by surname only given the full name the article gives that one person: the question is
read without the article (labelled tuning candidates judged vague for "Will Calleri beat …?", "Mr Jackson")."""
from __future__ import annotations

from ..function_words import DETERMINERS
from .candidates import Candidate
from .references import COURTESY_TITLES
from .wording import Context, Draft


def _named_alone(text: str, name: str) -> bool:
    """Whether the text gives ``name`` once as a person's, not only inside a noun phrase ("the Skype Voip service")."""
    at = text.find(name)
    while at >= 0:
        if not text[max(0, at - 4):at].endswith(("the ", " a ", "The ")):
            return True
        at = text.find(name, at + 1)
    return False


def _full_person(ctx: Context, surname: str) -> str | None:
    """The one full name the article gives a person of this surname ("Clinton" is Hillary Clinton beside the Clinton
    Foundation), or None."""
    name = ctx.refs.full_person(surname)
    return name if name and name.endswith(" " + surname) and _named_alone(ctx.text, name) else None


def _surname_like(word: str) -> bool:
    """A capitalised word that may be a surname: "Clinton", "McGraw", "O'Sullivan"; not "UK", "and", "5pm"."""
    return word[:1].isupper() and word[1:2].islower() and word.replace("'", "").replace("’", "").replace("-", "").isalpha()


def full_subject(ctx: Context, d: Draft | Candidate) -> None:
    """A subject named by surname only ("Will Calleri beat …?") given the full name the article gives that one person
    ("Agustin Calleri"): the question is read without the article (labelled tuning candidates judged vague for it)."""
    words = d.text.split(" ")
    titled = len(words) > 4 and words[1].rstrip(".") in COURTESY_TITLES  # "Will Mr Jackson be convicted …": Michael Jackson
    subject = " ".join(words[1:3]) if titled else words[1]
    surname = words[2] if titled else words[1]
    if len(words) < 4 or words[2 + titled][:1].isupper() or not _surname_like(surname):
        return
    name = _full_person(ctx, surname)
    if name:
        d.text = " ".join([words[0], name, *words[2 + titled:]])
        d.about = name if d.about in {subject, surname} else d.about


_QUOTE_ENDS = ('"', "”", "’")  # '"fake" Trump literature': a name used as a modifier
_MODIFIER_BEFORE = DETERMINERS - {"that"}  # "the Trump campaign"; but "the reality that Clinton will …" is a clause


def full_names_inside(ctx: Context, d: Draft | Candidate) -> None:
    """A person named by surname only after the subject ("… accept the reality that Clinton will become the nominee",
    "question Clinton") given the full name the article gives that one person, as the subject is (``full_subject``)."""
    words = d.text.split(" ")
    for i in range(3, len(words)):
        word = words[i].rstrip("?,")
        bare = word.removesuffix("’s").removesuffix("'s")
        if bare not in ctx.names or not _surname_like(bare) or words[i - 1][:1].isupper() or words[i - 1].lower() in _MODIFIER_BEFORE \
                or words[i - 1].endswith(_QUOTE_ENDS):
            continue
        if i + 1 < len(words) and words[i + 1][:1].isupper() and bare == word:
            continue  # "Clinton Foundation": part of a longer name
        name = _full_person(ctx, bare)
        if name and name not in " ".join(words):
            words[i] = name + words[i][len(bare):]  # the first mention only: "beat Donald Trump … edge over Trump"
    d.text = " ".join(words)
