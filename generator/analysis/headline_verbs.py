"""Past participle → present third person ("signaled" → "signals") for headline style.

Irregular forms are a hand-written list of common English irregular verbs (standard grammar
reference material). Regular forms follow the English spelling rules for -ed and -s (Quirk
et al. 1985, §3.5–3.7); where the base form is ambiguous ("voted": vot/vote, "hoped":
hop/hope) the function returns None and the caller keeps the original wording.
"""
from __future__ import annotations

_IRREGULAR = {
    "said": "says", "made": "makes", "won": "wins", "lost": "loses", "told": "tells", "hit": "hits", "cut": "cuts",
    "set": "sets", "put": "puts", "led": "leads", "left": "leaves", "taken": "takes", "given": "gives", "seen": "sees",
    "become": "becomes", "begun": "begins", "sold": "sells", "bought": "buys", "held": "holds", "paid": "pays",
    "found": "finds", "brought": "brings", "thrown": "throws", "fallen": "falls", "risen": "rises", "chosen": "chooses",
    "shown": "shows", "struck": "strikes", "spoken": "speaks", "written": "writes", "broken": "breaks",
    "frozen": "freezes", "withdrawn": "withdraws", "grown": "grows", "known": "knows", "run": "runs", "come": "comes",
    "gone": "goes", "done": "does", "kept": "keeps", "met": "meets", "sent": "sends", "spent": "spends",
    "built": "builds", "felt": "feels", "thought": "thinks", "sought": "seeks", "fought": "fights",
    "caught": "catches", "taught": "teaches", "got": "gets", "gotten": "gets", "had": "has", "been": "is",
    "drawn": "draws", "driven": "drives", "eaten": "eats", "forgiven": "forgives", "hidden": "hides", "laid": "lays",
    "lent": "lends", "read": "reads", "rung": "rings", "shot": "shoots", "shut": "shuts", "slid": "slides",
    "spread": "spreads", "stood": "stands", "stolen": "steals", "sworn": "swears", "sunk": "sinks", "swung": "swings",
    "torn": "tears", "understood": "understands", "woken": "wakes", "worn": "wears", "overtaken": "overtakes",
    "undertaken": "undertakes", "upheld": "upholds", "quit": "quits", "bid": "bids", "let": "lets", "dealt": "deals",
    "created": "creates", "meant": "means", "heard": "hears", "fled": "flees", "fed": "feeds", "bled": "bleeds", "sped": "speeds",
}
_VOWELS = set("aeiou")
_DIGRAPHS = frozenset("ai ea ee ei oa oo ou au oi".split())  # "claimed", "unveiled"; not "initiated"


def present_third_person(participle: str) -> str | None:
    """The present third-person form of a past participle, or None when unsure."""
    w = participle.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if not w.endswith("ed") or len(w) < 4:
        return None
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "ies"  # denied → denies
    if w.endswith("eed"):
        return w[:-1] + "s"  # agreed → agrees
    stem = w[:-2]
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
        return stem[:-1] + "s"  # planned → plans
    if stem.endswith(("ss", "sh", "ch", "x", "zz")):
        return stem + "es"  # passed → passes
    if stem[-1] in "csvz" or stem.endswith(("rg", "dg", "lg")) or (stem.endswith("ng") and stem[-3:-2] not in ("o", "i")):
        return stem + "es"  # announced → announces, raised → raises, charged → charges, changed → changes
    if stem[-1] in _VOWELS:
        return None
    before = stem[-2] if len(stem) > 1 else ""
    if before in _VOWELS and stem[-1] not in "wxy":
        double_vowel = stem[-3:-1] in _DIGRAPHS
        if double_vowel or (stem[-1] in "lrn" and len(stem) >= 5):
            return stem + "s"  # claimed → claims, signaled → signals, warned → warns
        return None  # voted/hoped/noted: the base may need an "e"
    if before in _VOWELS or before == "":
        return None
    if stem.endswith(("at", "ut")):
        return None
    return stem + "s"  # wanted → wants, reported → reports
