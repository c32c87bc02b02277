"""Titles: the article's own headline line, or one made from the lead sentence."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis import parse
from generator.analysis.headline_verbs import present_third_person
from generator.analysis.title import infer_title, title_line

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_0b7a11e69ca9f520.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%.", "Ad sales boost Time Warner profit"),
        ("Who scares Americans the most?\n\nVoters fear policies from either party.", "Who scares Americans the most?"),
        (
            "Families of mass shooting victims sound off on Sanders.\n\nFamily members of victims are not through with him.",
            "Families of mass shooting victims sound off on Sanders",
        ),
        ("The Latest: Cruz to give away shotgun.\n\nThe latest on the campaign.", "The Latest: Cruz to give away shotgun"),
        (
            "Ryan wages campaign to counter Trump; \nHouse speaker lays out an agenda.\n\nPaul Ryan is working on it.",
            "Ryan wages campaign to counter Trump; House speaker lays out an agenda",
        ),
        ("Bolton Slams ‘Neocons For Hillary.’\n\nFormer ambassador John Bolton spoke.", "Bolton Slams ‘Neocons For Hillary’"),
        # a short one-line headline with an article or auxiliary, set apart by a blank line
        ("The Trump-GOP feud lives on.\n\nIt was exactly the kind of photo-op that he loves.", "The Trump-GOP feud lives on"),
        (
            "Criminal charges against Clinton could have set new legal standard.\n\nExtreme carelessness is not criminal.",
            "Criminal charges against Clinton could have set new legal standard",
        ),
        # no headline line
        ("The mayor opened a new library on Monday.\n\nShe said it cost three million pounds.", None),
        ("\u201cWe will win this,\u201d the senator told voters.\n\nThe campaign goes on in Iowa.", None),
        ("The first children's commissioner for England has been appointed.\n\nHe starts in March.", None),
        ("Jonny Wilkinson looks set to miss the whole of the 2005 RBS Six Nations.\n\nHe is injured.", None),
        ("6:01 p.m.\n\nThe polls closed.", None),
        ("One paragraph only, with no title line", None),
    ],
)
def test_title_line(text, expected):
    found = title_line(parse(text))
    assert (found.text if found else None) == expected


def test_seed_has_no_title_line():
    assert title_line(parse(SEED.read_text(encoding="utf-8"))) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SEED.read_text(encoding="utf-8"), "Putin signals a potential shift in Moscow’s approach to Ukraine’s upcoming elections"),
        ("The Tories are to back controversial government plans to introduce ID cards.", "Tories to back controversial government plans to introduce ID cards"),
        (
            "Home Secretary Charles Clarke has announced new powers for the police, saying they are needed.",
            "Clarke announces new powers for the police",
        ),
        ("The first children's commissioner for England has been appointed.", "First children's commissioner for England appointed"),
        ("BERLIN - Donald Trump may be testing the boundaries of tolerance.", "Donald Trump may be testing the boundaries of tolerance"),
        ("On Monday, the company said profits fell 5%.", "Company said profits fell 5%"),
        ("", "Untitled briefing"),
    ],
)
def test_infer_title(text, expected):
    doc = parse(text)
    assert infer_title(doc, doc.sentences) == expected


def test_inferred_title_reads_as_a_headline():
    text = (
        "Ocean's Twelve, the crime caper sequel starring George Clooney, Brad Pitt and Julia Roberts, "
        "has gone straight to number one in the US box office chart, taking $40.8m in ticket sales "
        "over its opening weekend, according to studio estimates released on Sunday."
    )
    doc = parse(text)
    title = infer_title(doc, doc.sentences)
    assert len(title.split()) <= 14
    assert "…" not in title and not title.endswith((".", ",", " the", " and"))
    assert title == "Ocean's Twelve goes straight to number one in the US box office chart"


@pytest.mark.parametrize(
    ("participle", "expected"),
    [
        ("signaled", "signals"), ("announced", "announces"), ("agreed", "agrees"), ("denied", "denies"),
        ("planned", "plans"), ("passed", "passes"), ("claimed", "claims"), ("wanted", "wants"),
        ("changed", "changes"), ("said", "says"), ("won", "wins"),
        ("voted", None), ("initiated", None), ("hoped", None), ("table", None),
    ],
)
def test_present_third_person(participle, expected):
    assert present_third_person(participle) == expected
