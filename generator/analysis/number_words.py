"""The English number words one to ninety-nine, with their values: the one table every spelled-out number pattern of
``facts`` is built from (standard English, written by hand)."""
from __future__ import annotations

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

NUMBER_WORDS = {w: v for v, w in enumerate(_UNITS + _TEENS, 1)} | dict(zip(_TENS, range(20, 100, 10)))


def spelled(low: int, high: int) -> str:
    """A pattern (no group, no flags) of the numbers ``low`` to ``high`` spelled out, the longer words first ("seventeen"
    before "seven"); up to 99, with the compounds ("twenty-five", "Fifty nine": a tens word, a hyphen or a space, a
    unit)."""
    words = "|".join(sorted((w for w, v in NUMBER_WORDS.items() if low <= v <= high), key=len, reverse=True))
    if high < 99:
        return f"(?:{words})"
    return rf"(?:(?:{'|'.join(_TENS)})[- ](?:{'|'.join(_UNITS)})\b|{words})"
