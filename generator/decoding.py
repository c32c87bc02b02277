"""Seed bytes → text: byte-order marks, UTF-8, the Windows-1252 fallback, binary files.

Offsets everywhere index the text this returns (line ends already made ``\\n``).
"""
from __future__ import annotations

import codecs

from .errors import SeedError

FALLBACK_ENCODING = "cp1252"  # Windows-1252: a superset of Latin-1's printable characters
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Bytes that plain text rarely holds: C0 controls other than tab, line and page breaks, ESC
# and DOS's end-of-file mark (Ctrl-Z). A few stray ones are tolerated (and never shown).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1a\x1b") + b"\x7f"


def _control_count(data: bytes) -> int:
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_seed(data: bytes, path: str) -> tuple[str, tuple[str, ...]]:
    """The text of a seed file and any warnings about how it was read.

    - A byte-order mark picks the encoding (UTF-8, UTF-16 or UTF-32) and is dropped.
    - Otherwise the bytes must be UTF-8; when they are not, they are read as Windows-1252
      (the usual encoding of text saved on Windows, with its curly quotes) with a warning
      naming the line of the first byte that is not UTF-8.
    - Empty files, and files with NUL or other control bytes (binary files, UTF-16 without
      a byte-order mark) are refused with a ``SeedError``.
    - Line ends become ``\\n`` (``\\r\\n`` and lone ``\\r`` alike); offsets index that text.
    """
    if not data:
        raise SeedError(path, "the file is empty")
    warnings: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                name = encoding.removesuffix("-sig").upper()
                raise SeedError(path, f"starts with a {name} byte-order mark but is not {name} text "
                                      f"(byte {exc.start})") from None
            break
    else:
        sample = data[:8192]
        if b"\x00" in sample or _control_count(sample) > max(2, len(sample) // 100):
            raise SeedError(path, "a binary file, not text (save the article as plain text)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = data.decode(FALLBACK_ENCODING, errors="replace")
            warnings.append(f"not UTF-8 (line {_line_of(data, exc.start)}, byte {exc.start}); "
                            f"read as Windows-1252: save it as UTF-8 to be sure of its characters")
    if "\x00" in text:
        raise SeedError(path, "a binary file, not text (it contains NUL characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n"), tuple(warnings)
