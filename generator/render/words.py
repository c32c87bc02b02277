"""The words of the generated pages in the site's language (``theme.language``): one table.

Renderers write English and pass each phrase through ``t`` (``tn`` for a count), so English
is complete by construction and the table maps English to each other language;
``tests/test_languages.py`` checks that every phrase used in ``render/`` has an entry for
every language here. The language is set once per build by ``site_language`` (a context
variable, so that the renderers' signatures stay as they are). A language without a table
gives English. Seed text, actor names and the skip reasons of the quality report (messages
for the person fixing a seed, as in the build log) are not translated.
"""
from __future__ import annotations

import contextlib
import datetime as dt
from contextvars import ContextVar
from typing import Iterator

_LANGUAGE: ContextVar[str] = ContextVar("briefings_language", default="en")

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
}
DAY_MONTH_YEAR = {"en": "{day} {month} {year}", "de": "{day}. {month} {year}"}

# English phrase → its translation. Placeholders ({n}, {name}) are kept as they are.
TRANSLATIONS: dict[str, dict[str, str]] = {"de": {
    # briefing pages
    "Person": "Person", "Organisation": "Organisation", "Place": "Ort", "Group": "Gruppe", "Actor": "Akteur",
    "Edited by the editor: this section replaces or adjusts the generated one.":
        "Von der Redaktion bearbeitet: Dieser Abschnitt ersetzt oder ergänzt den erzeugten.",
    "Go to the sentence in the source text": "Zum Satz im Quelltext",
    "Date unknown": "Datum unbekannt",
    "Found word for word in the source text at this place": "Wörtlich an dieser Stelle im Quelltext gefunden",
    "✓ verbatim": "✓ wörtlich",
    "Not found word for word at this place": "Nicht wörtlich an dieser Stelle gefunden",
    "✗ not verbatim": "✗ nicht wörtlich",
    "Quoted words inside the writer's own sentence": "Zitierte Worte im eigenen Satz des Autors",
    "partial quote": "Teilzitat",
    "Speaker not identified": "Sprecher nicht erkannt",
    "Kind": "Art", "Role": "Rolle", "Mentions": "Nennungen",
    "and {n} more": "und {n} weitere",
    "Named:": "Genannt:",
    "Summary": "Zusammenfassung", "Key quotes": "Wichtige Zitate", "Actors": "Akteure",
    "Open questions": "Offene Fragen", "Facts & figures": "Fakten und Zahlen", "Source text": "Quelltext",
    "No summary: the article is too short.": "Keine Zusammenfassung: Der Artikel ist zu kurz.",
    "The TL;DR above is the summary.": "Die Zusammenfassung steht oben im TL;DR.",
    "No direct quotations.": "Keine direkten Zitate.",
    "No actors found.": "Keine Akteure gefunden.",
    "No open question found: only questions that can be stated precisely from the text are listed.":
        "Keine offene Frage gefunden: Aufgeführt werden nur Fragen, die sich aus dem Text genau stellen lassen.",
    "No figures or dates.": "Keine Zahlen oder Daten.",
    "Paragraph {n}": "Absatz {n}",
    "Source: paragraph {paragraph}, sentence {sentence}": "Quelle: Absatz {paragraph}, Satz {sentence}",
    "TL;DR": "Kurz gesagt",
    "Source": "Quelle", "Source unknown": "Quelle unbekannt", "by {name}": "von {name}",
    "{n} min read": "{n} Min. Lesezeit",
    "Mentions: {list}": "Nennungen: {list}",
    "Actors by number of mentions": "Akteure nach Zahl der Nennungen",
    # home page and timeline
    "Briefings": "Briefings",
    "Structured briefings generated from news articles: summary, key quotes, actors, open questions "
    "and facts, each linked to the sentence it came from.":
        "Aus Nachrichtenartikeln erzeugte Briefings: Zusammenfassung, wichtige Zitate, Akteure, offene "
        "Fragen und Fakten, jeweils verknüpft mit dem Satz, aus dem sie stammen.",
    "No briefings yet: add an article to `seeds/`.": "Noch keine Briefings: Legen Sie einen Artikel in `seeds/` ab.",
    "All {n} briefings by month": "Alle {n} Briefings nach Monat",
    "Topics": "Themen", "Feed": "Feed", "Data (JSON)": "Daten (JSON)",
    "Timeline": "Zeitleiste",
    "Briefings by the date their article was published, newest first.":
        "Briefings nach dem Erscheinungsdatum ihres Artikels, die neuesten zuerst.",
    "No briefings yet.": "Noch keine Briefings.",
    "{n} briefing": "{n} Briefing", "{n} briefings": "{n} Briefings",
    "page {n} of {count}": "Seite {n} von {count}",
    "All months": "Alle Monate", "← Newer": "← Neuer", "Older →": "Älter →",
    # actor pages
    "named in {n} briefing": "genannt in {n} Briefing", "named in {n} briefings": "genannt in {n} Briefings",
    "also written": "auch geschrieben",
    "Roles seen": "Gesehene Rollen", "Quotes": "Zitate",
    "and {n} more quotes": "und {n} weitere Zitate",
    "Appears most with": "Erscheint am häufigsten mit",
    "Other": "Andere",
    "People, organisations, places and groups named in the briefings.":
        "Personen, Organisationen, Orte und Gruppen, die in den Briefings genannt werden.",
    "No actors yet.": "Noch keine Akteure.",
    "All {n} actors by name:": "Alle {n} Akteure nach Namen:",
    "Most named": "Am häufigsten genannt",
    "The {n} actors named in the most briefings.": "Die {n} Akteure, die in den meisten Briefings genannt werden.",
    "Actors: {letter}": "Akteure: {letter}",
    "All actors": "Alle Akteure", "← Previous": "← Zurück", "Next →": "Weiter →",
    # quality report
    "Quality report": "Qualitätsbericht",
    "What the automatic analysis could not settle, for an editor to check.":
        "Was die automatische Analyse nicht klären konnte, zur Prüfung durch die Redaktion.",
    "Skipped seeds": "Übersprungene Seeds",
    "Seed": "Seed", "Line": "Zeile", "Why it was skipped": "Grund",
    "Every seed became a briefing.": "Jeder Seed wurde zu einem Briefing.",
    "Themes: {names}": "Themen: {names}",
    "← Newer": "← Neuere",
    "Older →": "Ältere →",
    "Pages:": "Seiten:",
    "(page {n} of {count})": "(Seite {n} von {count})",
    "{n} briefing, newest first (undated last)": "{n} Briefing, neueste zuerst (undatierte zuletzt)",
    "{n} briefings, newest first (undated last)": "{n} Briefings, neueste zuerst (undatierte zuletzt)",
    "showing {first}–{last}": "angezeigt {first}–{last}",
    "Themes": "Themen",
    "Story threads": "Handlungsstränge",
    "Not analysed: not in English": "Nicht analysiert: nicht auf Englisch",
    "The analysis supports English only; these pages show the title and text alone.":
        "Die Analyse unterstützt nur Englisch; diese Seiten zeigen nur Titel und Text.",
    "Language": "Sprache",
    "Every briefing is in English.": "Jedes Briefing ist auf Englisch.",
    "Briefings to check": "Zu prüfende Briefings",
    "Nothing to check: every quote has a speaker and every actor a kind.":
        "Nichts zu prüfen: Jedes Zitat hat einen Sprecher und jeder Akteur eine Art.",
    "{n} of {count} briefings.": "{n} von {count} Briefings.",
    "Briefing": "Briefing",
    "Quotes without a speaker": "Zitate ohne Sprecher",
    "Actors without a kind": "Akteure ohne Art",
    "Quotes not verbatim": "Nicht wörtliche Zitate",
    "And {n} more.": "Und {n} weitere.",
}}
LANGUAGES = ("en", *TRANSLATIONS)


def language_code(language: str | None) -> str:
    """``de``, ``de-AT``, ``de_DE`` → ``de``; a language without a table → ``en``."""
    code = (language or "en").replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def has_table(language: str | None) -> bool:
    return (language or "en").replace("_", "-").split("-")[0].lower() in LANGUAGES


@contextlib.contextmanager
def site_language(language: str | None) -> Iterator[str]:
    token = _LANGUAGE.set(language_code(language))
    try:
        yield _LANGUAGE.get()
    finally:
        _LANGUAGE.reset(token)


def t(phrase: str, **values: object) -> str:
    """The phrase in the site's language, with its placeholders filled."""
    table = TRANSLATIONS.get(_LANGUAGE.get())
    text = table.get(phrase, phrase) if table else phrase
    return text.format(**values) if values else text


def tn(n: int, one: str, many: str, **values: object) -> str:
    """A phrase with a count: ``one`` for 1, else ``many`` (the rule of English and German)."""
    return t(one if n == 1 else many, n=n, **values)


def month_year(year: int, month: int) -> str:
    return f"{MONTHS[_LANGUAGE.get()][month - 1]} {year}"


def day_month_year(day: dt.date) -> str:
    lang = _LANGUAGE.get()
    return DAY_MONTH_YEAR[lang].format(day=day.day, month=MONTHS[lang][day.month - 1], year=day.year)
