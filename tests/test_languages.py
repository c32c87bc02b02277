"""Generated words follow theme.language through one table (generator/render/words.py):
English and German complete, heading ids the same in both, other languages in English."""
from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from reader_fixtures import SEEDS, TITLES
from test_own_site import mkdocs, own_site

RENDER = Path(__file__).resolve().parents[1] / "generator" / "render"
WRAPPERS = {"t": (0,), "tn": (1, 2), "_attr": (0,), "_section": (0, 2)}  # positions of phrases


def phrases_in_render() -> set[str]:
    """Every English phrase the renderers pass through the table (literal arguments of t, tn,
    _attr and _section, the kind labels and the module constants they translate)."""
    found = set()
    for path in RENDER.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in WRAPPERS:
                for i in WRAPPERS[node.func.id]:
                    if i < len(node.args) and isinstance(node.args[i], ast.Constant):
                        found.add(node.args[i].value)
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") in ("KIND_LABEL", "EDITED", "PARTIAL_TIP"):
                value = ast.literal_eval(node.value)
                found.update(value.values() if isinstance(value, dict) else [value])
    return found


def test_every_phrase_has_a_translation_with_the_same_placeholders():
    from generator.render.words import TRANSLATIONS

    phrases = phrases_in_render()
    assert len(phrases) > 70 and "Key quotes" in phrases and "{n} min read" in phrases
    for language, table in TRANSLATIONS.items():
        missing = sorted(p for p in phrases if p not in table)
        assert not missing, f"{language}: no translation for {missing}"
        for english, translated in table.items():
            assert set(re.findall(r"{\w+}", english)) == set(re.findall(r"{\w+}", translated)), english


@pytest.mark.parametrize("code, expected", [("de", "de"), ("de-AT", "de"), ("de_DE", "de"), ("en", "en"),
                                            ("fr", "en"), ("", "en"), (None, "en")])
def test_language_codes(code, expected):
    from generator.render.words import language_code

    assert language_code(code) == expected


def german_site(tmp: Path, language: str) -> tuple[Path, str]:
    project = own_site(tmp)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("  font: false\n", f"  font: false\n  language: {language}\n"),
                      "utf-8")
    done = mkdocs(project, "build", "--strict")
    assert done.returncode == 0, done.stderr
    return project / "site" / "news", done.stderr


def test_a_german_site_says_everything_in_german_with_the_same_anchors(tmp_path):
    news, _ = german_site(tmp_path, "de")
    page = (news / "briefings" / "bridge.html").read_text("utf-8")
    article = page[page.index("<article"):page.index("</article>")]
    for heading, anchor in [("Zusammenfassung", "summary"), ("Wichtige Zitate", "key-quotes"),
                            ("Akteure", "actors"), ("Offene Fragen", "open-questions"),
                            ("Fakten und Zahlen", "facts-figures"), ("Quelltext", "source-text")]:
        assert re.search(rf'<h2 [^>]*id="{anchor}"[^>]*>{heading}', article), heading
    assert "2. März 2025" in article and "Min. Lesezeit" in article and "Kurz gesagt" in article
    for english in ("Summary", "Key quotes", "Open questions", "min read", "verbatim", "Named:", "March"):
        assert english not in article, english
    home = (news / "index.html").read_text("utf-8")
    assert f"Alle {len(TITLES)} Briefings nach Monat" in home and ">Akteure<" in home
    actor = (news / "actors" / "maria-keller.html").read_text("utf-8")
    assert "genannt in 3 Briefings" in actor and "auch geschrieben" in actor and "Erscheint am häufigsten mit" in actor
    timeline = (news / "timeline" / "index.html").read_text("utf-8")
    assert "Zeitleiste" in timeline and "März 2025" in timeline
    assert "Qualitätsbericht" in (news / "quality.html").read_text("utf-8")


def test_a_language_without_a_table_gives_english_and_says_so(tmp_path):
    news, log = german_site(tmp_path, "fr")
    assert "no translation for the theme's language 'fr'" in log
    page = (news / "briefings" / "bridge.html").read_text("utf-8")
    assert "Key quotes" in page and "2 March 2025" in page
