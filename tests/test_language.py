"""Seeds not in English: detected, flagged, not analysed as English; English never flagged."""
from __future__ import annotations

import json

import pytest

from generator.analysis.language import detect_language, language_code
from sitebuild import SEED, briefing, make_project, mkdocs_build

GERMAN = ("Bundestag streitet über das Heizungsgesetz\n\n"
          "Ob der Bundestag dem Gesetz noch vor der Sommerpause zustimmt, ist offen. Die Regierung will "
          "das Land bis 2045 klimaneutral machen, doch die Opposition hält den Zeitplan für unrealistisch. "
          "„Wir brauchen mehr Zeit“, sagte die Abgeordnete Anna Schmidt am Dienstag in Berlin.\n")
FRENCH = ("Le gouvernement présente sa réforme des retraites\n\n"
          "Le gouvernement a annoncé mardi une réforme des retraites qui suscite la colère des syndicats. "
          "« Nous irons jusqu'au bout », a déclaré la Première ministre devant l'Assemblée nationale.\n")
SPANISH = ("El Gobierno aprueba nuevas medidas contra la inflación\n\n"
           "El presidente del Gobierno anunció el martes nuevas medidas para frenar la subida de los precios. "
           "«Vamos a proteger a las familias», dijo el ministro de Economía en Madrid.\n")
ENGLISH = ("Council approves the new bridge\n\n"
           "The city council approved the new bridge on Monday. \"It will open next spring,\" said "
           "Maria Keller, who chairs the transport committee.\n")


@pytest.mark.parametrize("text, code", [
    (GERMAN, "de"), (FRENCH, "fr"), (SPANISH, "es"),
    ("Ob der Bundestag zustimmt, ist offen.", "de"),  # short texts too
    ("Grève générale à Paris", "fr"),
    ("Elecciones en Madrid", "es"),
    (ENGLISH, "en"),
    ("BUSH TO VISIT IRAQ ON MONDAY", "en"),  # all capitals read as another language unless lower-cased
    ("SOCCER - ENGLISH LEAGUE RESULTS .\nLONDON 1996-08-30\nResults of English league matches :\n"
     "Division one\nBarnsley 2 Oxford 0\nCrystal Palace 1 Reading 1\n", "en"),  # a table of results
    ("", "en"), ("12 34", "en"),  # nothing to read: English, the default
])
def test_detect_language(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("value, code", [("en", "en"), ("en-GB", "en"), ("DE", "de"), ("pt_BR", "pt"),
                                         ("", None), (None, None),
                                         ("en\"><script>alert('xss", None), ("English", None), ("e1", None)])
def test_front_matter_language_values(value, code):
    assert language_code(value) == code


def test_analyze_flags_non_english_and_extracts_nothing_from_them(tmp_path):
    seeds = {"de.txt": GERMAN, "fr.txt": FRENCH, "es.txt": SPANISH, "en.txt": ENGLISH,
             # the front matter overrides detection either way
             "forced-en.md": "---\nlanguage: en\n---\n" + GERMAN,
             "forced-de.md": "---\nlanguage: de-AT\n---\n" + ENGLISH}
    for name, text in seeds.items():
        (tmp_path / name).write_text(text, "utf-8")
    done = briefing(["analyze", *(str(tmp_path / n) for n in seeds)])
    assert done.returncode == 0, done.stderr
    out = {r["id"]: r for r in map(json.loads, done.stdout.splitlines())}
    got = {k: (r["language"], r["supported"]) for k, r in out.items()}
    assert got == {"de": ("de", False), "fr": ("fr", False), "es": ("es", False), "en": ("en", True),
                   "forced-en": ("en", True), "forced-de": ("de", False)}
    for key in ("de", "fr", "es", "forced-de"):
        assert out[key]["actors"] == [] and out[key]["quotes"] == [] and out[key]["summary"] == []
    assert not any(a["name"] in ("Land", "Ob der Bundestag") for a in out["de"]["actors"])
    assert out["en"]["actors"] and out["en"]["quotes"]
    assert out["de"]["title"] == "Bundestag streitet über das Heizungsgesetz"


def test_a_german_seed_page_says_the_analysis_supports_english_and_the_quality_page_lists_it(tmp_path):
    project = make_project(tmp_path, {"bundestag.txt": GERMAN})
    mkdocs_build(project)
    page = (project / "site" / "briefings" / "bundestag" / "index.html").read_text("utf-8")
    assert "The analysis supports English only" in page
    assert "German (de)" in page
    assert "Heizungsgesetz" in page and "klimaneutral" in page  # title and text are there
    assert "Key quotes" not in page and "Anna Schmidt" not in page.split("Source text")[0]
    quality = (project / "site" / "quality" / "index.html").read_text("utf-8")
    section = quality.split('id="not-analysed-not-in-english"')[1].split('id="briefings-to-check"')[0]
    assert "Bundestag streitet" in section and "German" in section
    english = (project / "site" / "briefings" / SEED.stem.replace("_", "-") / "index.html").read_text("utf-8")
    assert "supports English only" not in english
    data = json.loads((project / "site" / "briefings.json").read_text("utf-8"))
    assert {(b["id"], b["language"], b["supported"]) for b in data} == {
        ("bundestag", "de", False), (SEED.stem.replace("_", "-"), "en", True)}


@pytest.mark.parametrize("text", ["the cat’s 3 hats", "İstanbul naïve café—done “q” K", "", "abc\ndef\td"])
def test_ascii_words_are_the_regex_words(text):
    from generator.analysis.language import _WORD, _ascii_words
    assert _ascii_words(text.lower()) == _WORD.findall(text.lower())
