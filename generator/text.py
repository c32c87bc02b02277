"""Plain-text helpers shared by reading and rendering: page names, invisible characters, mojibake.

Kept apart from ``reader`` and ``render`` so that neither imports the other.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

# Characters XML 1.0 and YAML do not allow in a document at all: C0 controls but tab, line
# feed and carriage return, lone surrogates, and the 66 noncharacters (U+FDD0-U+FDEF, U+FFFE
# and U+FFFF of every plane). One in feed.xml makes the whole feed unreadable (issue 13).
_ASTRAL = "".join(chr(plane + 0xfffe) + chr(plane + 0xffff) for plane in range(0x10000, 0x110000, 0x10000))
NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + _ASTRAL
FORBIDDEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff{NONCHARACTERS}]")
# Bidirectional controls can reorder what a reader sees; zero-width, format and tag
# characters hide text; C0/C1 controls (but tab and line feed) are never text. Zero-width
# joiners go too, at the cost of joined emoji and of some scripts' ligatures. With them go
# the characters FORBIDDEN finds; the noncharacters have a pattern of their own, used only
# on text that reaches U+FDD0 (in one class they made every clean() four times slower).
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\x7f-\x9f\u061c\u180e\u200b-\u200f"
                        "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]")
_NONCHARACTERS = re.compile(f"[{NONCHARACTERS}]")
# Mojibake: UTF-8 read as Windows-1252 or Latin-1 ("KÃ¶rner", "itâ€™s", "ðŸ˜€"). Each UTF-8 lead
# byte (C2-F4) then shows as one character of U+00C2-U+00F4 and each continuation byte (80-BF)
# as one of _CONTINUATION, a pair real text hardly ever has. "Â " and "Ã " are the same with a
# no-break space (A0) turned into a plain one ("Ã  Paris" for "à Paris"). Only a line this finds
# goes to ftfy, so clean text costs a regex search or two.
_CONTINUATION = "".join(sorted({chr(b) for b in range(0x80, 0xC0)}
                               | {bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xC0)}))
_MOJIBAKE = re.compile(f"[\xc2-\xf4][{re.escape(_CONTINUATION)}]|[\xc2\xc3] ")
_LEAD = re.compile("[\xc2-\xf4]")  # one range is found 3-4 times faster than _MOJIBAKE's pairs


def _has_mojibake(text: str) -> bool:
    """Whether ``text`` has a mojibake pair. ASCII text and text without a lead character
    (nearly every clean article) are told apart without the slower pair search."""
    if text.isascii():
        return False
    lead = _LEAD.search(text)
    return lead is not None and _MOJIBAKE.search(text, lead.start()) is not None


def clean(text: str) -> str:
    """Text with invisible and control characters removed (offsets are not kept); this
    includes every character ``well_formed`` removes."""
    text = _INVISIBLE.sub("", text)
    return _NONCHARACTERS.sub("", text) if text and max(text) >= "\ufdd0" else text


def well_formed(text: str) -> str:
    """Text without the characters XML 1.0 and YAML forbid (``FORBIDDEN``): safe in any
    XML or YAML output once escaped for it."""
    return FORBIDDEN.sub("", text)


def repair_mojibake(text: str) -> tuple[str, int, int]:
    """Text with mojibake repaired by ftfy (``fix_encoding`` only: quotes, widths, ligatures and
    everything else stay as written), the number of lines it changed and the first of them
    (1-based; 0 when none). Lines are repaired one by one and a repair never adds a line
    break, so line numbers stay the file's. Text without a mojibake pair is returned as it is."""
    if not _has_mojibake(text):
        return text, 0, 0
    from ftfy import fix_encoding  # imported only for text that needs it

    lines = text.split("\n")
    changed, first = 0, 0
    for n, line in enumerate(lines):
        if _MOJIBAKE.search(line) is None:
            continue
        fixed = fix_encoding(line)
        if fixed != line and "\n" not in fixed:
            lines[n] = fixed
            changed += 1
            first = first or n + 1
    return ("\n".join(lines) if changed else text), changed, first


def slugify(text: str) -> str:
    """The ASCII page name of a text: lower case, runs of anything else become one ``-``.

    Path separators and dots become ``-`` too, so a slug never leaves its folder
    (``../../x`` → ``x``). A text with no ASCII letter or digit (``新闻``) gets a short
    stable hash of itself (``briefing-1f0c…``) rather than an empty name.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80].rstrip("-")
    if slug:
        return slug
    digest = hashlib.sha1(text.strip().encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"briefing-{digest}" if text.strip() else "briefing"
