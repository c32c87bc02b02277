"""Credits in brackets in an awards or a cast list: a title after a player's full name ("Imelda Staunton (Vera
Drake)") and a channel after a programme ("Jonathan Creek (BBC One)").

The channels are the national ones of Wikipedia's "List of television channels in the United Kingdom" and the BBC's
national radio stations; the other words are written by hand from general knowledge of news English, as in
``evidence``.
"""
from __future__ import annotations

import re

from .spans import Span

# a programme credited with its channel in brackets, after its producer or alone ("Jonathan Creek (BBC One)", "Doc
# Martin (Buffalo Productions, ITV1)"). A person's credit names a title first ("Catherine Tate (The Catherine Tate
# Show, BBC Two)"): no programme's
_CHANNEL = (r"(?:BBC[ \t]?(?:One|Two|Three|Four|[1-4])|ITV[ \t]?[1-4]?|Channel[ \t](?:4|Four|5|Five)|Five|S4C|E4|More4|"
            r"Sky[ \t]?(?:One|1)|Radio[ \t][1-7])")
_CHANNEL_BRACKET = re.compile(rf"[ \t]*\((?:(?:[A-Z][\w'’&-]*[ \t]+)*(?:Productions|Films|Pictures),[ \t]*)?{_CHANNEL}"
                              rf"(?:[ \t]*/[ \t]*{_CHANNEL})*[ \t]*\)")
# after the channel's bracket: a pronoun within two words ("Ann Lee (ITV1), who said she", "Ann Lee (ITV1) and her")
_PRONOUN_AFTER = re.compile(r"[ \t]*,?(?:[ \t]+[a-z]+){0,2}[ \t]+(?:he|she|his|her)\b")
# a title's end inside a player's credit: the bracket's end, a slash before the next title, or the channel
# ("Eva Birthistle (Ae Fond Kiss... )", "Caroline Quentin (Life Begins/ Von Trapped, ITV1)")
_BRACKET_CLOSE = re.compile(rf"[ \t]*(?:\.\.\.[ \t]*)?(?:\)|/|,[ \t]*{_CHANNEL}[ \t]*\))")


def player_before(sp: Span, spans: list[Span], text: str) -> Span | None:
    """The name whose bracketed credit ``sp`` is a title of ("Imelda Staunton (Vera Drake)", "Caroline Quentin (Life
    Begins/ Von Trapped, ITV1)"): the span right before the bracket, when only earlier titles set apart by a slash
    stand between the bracket and ``sp`` and the bracket holds no more after it ("(Labour, Leeds)" is no credit)."""
    if _BRACKET_CLOSE.match(text, sp.end) is None:
        return None
    at = text.rfind("(", max(0, sp.start - 60), sp.start)
    inside = text[at + 1:sp.start]
    if at < 0 or ")" in inside or "\n" in inside or inside.strip() and not inside.rstrip().endswith("/"):
        return None
    end = at
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return next((o for o in spans if o.tokens[-1].end == end), None) if end < at else None


def channel_credit(sp: Span, text: str) -> str | None:
    """'Jonathan Creek (BBC One)': "programme", a channel in brackets after the name; "person" where a pronoun follows
    the bracket ("Ann Lee (ITV1), who said she"); None: no channel."""
    m = _CHANNEL_BRACKET.match(text, sp.end)
    if m is None:
        return None
    return "person" if _PRONOUN_AFTER.match(text, m.end()) else "programme"
