"""A work's title written with its subtitle after a colon ("greeted Star Wars: Battlefront", "the CSI: Crime
Scene Investigation series", "crime show CSI:NY"): both parts name the work, no actor. A sentence that opens
with a name and a colon ("Trey Gowdy: Benghazi ...", a headline's speaker) is not read so: the title must
follow a word in lower case, inside its sentence. Tokenised text (" : ") has no such colon."""
from __future__ import annotations

from . import lexicon as lx
from .spans import Span
from ..quotes.lexicon import REPORTING_VERBS


def glued_title(text: str, start: int, end: int) -> bool:
    """Capitals glued to capitals by a colon, no space ("CSI:NY"): one title, neither part a name."""
    return (text[end:end + 1] == ":" and text[end + 1:end + 2].isupper()) or (
        start > 1 and text[start - 1] == ":" and text[start - 2].isupper())


def subtitled_works(spans: list[Span], kinds: dict[str, str | None], text: str) -> dict[str, str]:
    """The names read as a title and its subtitle (see the module's note): MISC, whatever their shape says.
    A person's name (a role or a title before it) is never a work's, nor a name the gazetteer knows ("told Fox
    News: ..."), nor a name after a reporting verb."""
    colons = set()  # where a colon and a space stand
    at = text.find(": ")
    while at >= 0:
        colons.add(at)
        at = text.find(": ", at + 2)
    if not colons:
        return {}
    table = lx.gazetteer()
    out: dict[str, str] = {}
    for a, b in zip(spans, spans[1:]):
        end = a.tokens[-1].end
        if (end in colons and a.sentence == b.sentence and b.tokens[0].start == end + 2 and a.prev is not None
                and not a.prev.cap and a.prev.lower.isalpha() and a.prev.lower not in REPORTING_VERBS
                and not a.role and not b.role and kinds.get(a.key) != "PER" and kinds.get(b.key) != "PER"
                and not lx.ENTITY_TAGS.intersection(table.get(a.key, ""))):
            out[a.key] = out[b.key] = "MISC"
    return out
