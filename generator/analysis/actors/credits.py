"""Credit lines: a photo's credit, a byline, a reporter's contact line or a note of who contributed. The
names in them are the newspaper's staff and agencies, no actors of the story. The shapes are the usual
credit and byline forms of US and UK wire copy (AP Stylebook, "Photo credits" and "Bylines"; Getty Images'
and Reuters' credit lines), none taken from the evaluation data."""
from __future__ import annotations

import re

_WORD = r"(?:[A-Z]\.|[A-Z][\w'’-]*)"  # "J.", "O'Neil"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_WORD}|de|van|von|la|le|da|di|del|bin|al-?\w*)){{0,4}}"
_AGENCY = r"(?:Getty[ \t]+Images|AP|AFP|Reuters|EPA|Bloomberg|Corbis|Shutterstock|Rex[ \t]+Features|PA|Alamy)"
_NAMES = rf"{_NAME}(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+in[ \t]+){_NAME}){{0,5}}"  # "Jane Doe and John Roe in Kabul"
_BY = r"(?:Additional[ \t]+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)[ \t]+by[ \t]+"  # "Reporting by", "editing by"
_STAFF = rf"{_BY}{_NAMES}(?:[ \t]*;[ \t]*{_BY}{_NAMES})*"
_PAPER = (r"(?:[Tt]he[ \t]+)?(?:\([^()\n]{1,40}\)[ \t]*)?[A-Z][\w.&'’-]*"  # "The (Fort Myers, Fla.) News-Press"
          r"(?:[ \t]+(?:\([^()\n]{1,40}\)|[A-Z][\w.&'’-]*|of|&)){0,6}")
_WRITES = rf"{_NAME}[ \t]+(?:reports|writes)[ \t]+for[ \t]+{_PAPER}"
_CREDIT = re.compile("|".join((
    # "(AP Photo/Jane Doe)", "(Photo: Jane Doe, USA TODAY)", "[Photo by Jane Doe/Getty Images]"
    rf"[(\[][ \t]*(?:{_AGENCY}[ \t]+)?(?:Photo|Photograph|Picture|Image|Credit)s?[ \t]*(?:/|:|by\b)[^)\]\n]{{1,80}}[)\]]",
    # "(JANE DOE/AFP/Getty Images.)", "[Reuters.]": an agency's credit in brackets
    rf"[(\[][^()\[\]\n]{{1,60}}/[ \t]*{_AGENCY}(?:[ \t]*/[ \t]*{_AGENCY})*\.?[)\]]",
    rf"\[{_AGENCY}\.?\]",  # not "WASHINGTON (AP)", a dateline's agency
    # a line of its own: "Photo: Jane Doe", "Photo by Jane Doe/Getty Images", "Credit: Reuters"
    rf"^[ \t]*(?:Photo|Photograph|Picture|Image|Credit)s?[ \t]*(?:by\b|:)[^\n]{{1,80}}$",
    # "Jane Doe via Getty Images", "Jane Doe/AFP/Getty Images" (a line of its own)
    rf"^[ \t]*{_NAME}[ \t]*(?:via[ \t]+|/[ \t]*)(?:{_AGENCY}[ \t]*/?[ \t]*)+\.?[ \t]*$",
    # a byline: "By Jane Doe, USA TODAY", "By Jane Doe and John Roe" (a line of its own)
    rf"^[ \t]*By[ \t]+{_NAME}(?:(?:,[ \t]+|[ \t]+and[ \t]+){_NAME})*[ \t]*(?:,[ \t]*(?:[A-Z][\w.&'’-]*[ \t]*){{1,5}})?$",
    # a byline as a news archive's field (LexisNexis: "BYLINE: Jane Doe.")
    rf"^[ \t]*BYLINE[ \t]*:[ \t]*(?:By[ \t]+)?{_NAMES}\.?[ \t]*$",
    # "Follow Jane Doe on Twitter @jdoe", "Contact Jane Doe at ...", "Reach Jane Doe at ..."
    rf"^[ \t]*(?:Follow|Contact|Reach|Email)[ \t]+{_NAME}[ \t]+(?:on[ \t]+Twitter|at)\b[^\n]*$",
    # "Jane Doe contributed to this report.", "Additional reporting by Jane Doe"
    rf"(?:(?<=[.!?”\"][ \t])|^[ \t]*){_NAME}(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+in[ \t]+|[ \t]+from[ \t]+){_NAME}){{0,4}}"
    r"[ \t]+contributed(?:[ \t]+(?:reporting|research))?(?:[ \t]+to[ \t]+this[ \t]+(?:report|story|article))?[ \t]*\.",
    rf"^[ \t]*(?:Additional|Further)[ \t]+reporting[ \t]+by[ \t]+[^\n]{{1,120}}$",
    # a wire story's closing credit: "(Reporting by Jane Doe in Kabul; Editing by John Roe)" in brackets or
    # a line of its own
    rf"[(\[]{_STAFF}[)\]]|^[ \t]*{_STAFF}\.?[ \t]*$",
    # a contributor's note closing a syndicated story, a line of its own: "Jane Doe reports for The (Naples,
    # Fla.) Daily News; John Roe writes for The News-Press."
    rf"^[ \t]*{_WRITES}(?:[ \t]*;[ \t]*{_WRITES})*[ \t]*\.?[ \t]*$",
)), re.M)
# a word every credit form holds: only the lines with one are searched (most articles have none)
_CUES = ("Getty", "Reuters", "Photo", "contributed", "reporting by", "Reporting by", "Editing by", "Writing by",
         "reports for", "writes for")  # "AFP/Getty Images", "(AP Photo/...)", "(Reporting by ...; Editing by ...)"
_LINE_CUES = ("By ", "Follow ", "BYLINE")  # at a line's start
# the author's sign-off under a column's item, a line of its own ("- Jane Doe."): a credit where a byline names her
_SIGN_OFF = r"(?m)^[ \t]*[-–—][ \t]*{}\.?[ \t]*$"
_BYLINE_FIELD = re.compile(rf"^[ \t]*BYLINE[ \t]*:[ \t]*(?:By[ \t]+)?({_NAME})", re.M)
_CUE_STRINGS = _CUES + tuple("\n" + c for c in _LINE_CUES)


# a wire dateline's agency ("WASHINGTON (AP) -", "BEDFORD, N.H. (Reuters) -"): who filed the story, no actor of it
# (the city before it stays a place; the agency named in the story's own sentences stays an actor)
_DATELINE_AGENCY = re.compile(r"^[ \t]*[A-Z][A-Z.'\- ]*[A-Z.](?:[ \t]*,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)*)?"
                              r"[ \t]+\((Reuters|AP|AFP|UPI)\)", re.M)
_AGENCY_CUES = ("(AP)", "(Reuters)", "(AFP)", "(UPI)")


def credit_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each credit line or credit note in ``text``."""
    # every cue's places (most articles have none), found by str.find: faster than one regex scan for them all.
    # A line cue's place is after its line break. Two cues overlap only on one line, which is searched once.
    agencies = [m.span(1) for m in _DATELINE_AGENCY.finditer(text)] if any(c in text for c in _AGENCY_CUES) else []
    cues = [0] * text.startswith(_LINE_CUES)
    for cue in _CUE_STRINGS:
        at = text.find(cue)
        while at >= 0:
            cues.append(at + (cue[0] == "\n"))
            at = text.find(cue, at + len(cue))
    if not cues:
        return agencies
    out: list[tuple[int, int]] = agencies
    searched = -1  # the end of the last line searched
    for at in sorted(cues):
        if at < searched:
            continue
        start = text.rfind("\n", 0, at) + 1
        searched = text.find("\n", at)
        if searched < 0:
            searched = len(text)
        out.extend(m.span() for m in _CREDIT.finditer(text, start, searched))
    if "BYLINE" in text:
        for m in _BYLINE_FIELD.finditer(text):
            out.extend(s.span() for s in re.finditer(_SIGN_OFF.format(re.escape(m.group(1))), text))
    return out

