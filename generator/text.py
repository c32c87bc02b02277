"""Plain-text helpers shared by reading and rendering: page names and invisible characters.

Kept apart from ``reader`` and ``render`` so that neither imports the other.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

# Bidirectional controls can reorder what a reader sees; zero-width, format and tag
# characters hide text; C0/C1 controls (but tab and line feed) are never text. Zero-width
# joiners go too, at the cost of joined emoji and of some scripts' ligatures.
# Characters XML 1.0 and YAML do not allow in a document at all: C0 controls but tab, line
# feed and carriage return, lone surrogates, and the 66 noncharacters (U+FDD0-U+FDEF, U+FFFE
# and U+FFFF of every plane). One in feed.xml makes the whole feed unreadable (issue 13).
NONCHARACTERS = "\ufdd0-\ufdef" + "".join(chr(plane + 0xfffe) + chr(plane + 0xffff) for plane in range(0, 0x110000, 0x10000))
_FORBIDDEN = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff" + NONCHARACTERS
FORBIDDEN = re.compile(f"[{_FORBIDDEN}]")
_INVISIBLE = re.compile(f"[{_FORBIDDEN}\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]")


def clean(text: str) -> str:
    """Text with invisible and control characters removed (offsets are not kept); this
    includes every character ``well_formed`` removes."""
    return _INVISIBLE.sub("", text)


def well_formed(text: str) -> str:
    """Text without the characters XML 1.0 and YAML forbid (``FORBIDDEN``): safe in any
    XML or YAML output once escaped for it."""
    return FORBIDDEN.sub("", text)


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
