"""One identity per person and per country across briefings (real analysis, real aliases.yml)."""
from __future__ import annotations

import shutil

from generator.site import build_pages
from sitebuild import ROOT

SEEDS = {
    "bush-2005.md": """---
title: Climate talks open in Montreal
published: 2005-11-28
---
President George W. Bush said on Monday that the United States would not sign a new climate treaty. Bush told
reporters in Washington that U.S. industry could not bear the cost. Officials from America and the European Union
met in Montreal.
""",
    "jeb-2015.md": """---
title: Jeb Bush joins the race
published: 2015-06-15
---
Former Florida governor Jeb Bush said on Monday that he would run for president. Bush told supporters in Miami
that the US economy needed reform. "The USA can do better," he said.
""",
    "allies-2005.md": """---
title: Allies react to the speech
published: 2005-12-01
---
President Bush said the talks had failed. Bush spoke in Texas. The United Kingdom and Britain's allies at the
United Nations asked for more time. The UN secretary-general said the UK would host the next round.
""",
    "white-house-2005.md": """---
title: White House defends climate stance
published: 2005-12-02
---
George W. Bush defended his climate policy on Friday. The UN and the U.S. disagreed about the targets, and
Britain stayed neutral.
""",
}


def _site(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in SEEDS.items():
        (seeds / name).write_text(text, "utf-8")
    shutil.copy(ROOT / "aliases.yml", tmp_path / "aliases.yml")
    return build_pages(seeds, aliases=tmp_path / "aliases.yml")


def _briefings_of(content, slug):
    page = content.pages[f"actors/{slug}.md"]
    return sorted(b for b in SEEDS if f"(../briefings/{b[:-3]}.md)" in page)


def test_full_names_merge_and_a_surname_never_joins_another_briefings_person(tmp_path):
    content = _site(tmp_path)
    # the full name joins its two briefings; "Bush" in the same briefing is resolved to it
    assert _briefings_of(content, "george-w-bush") == ["bush-2005.md", "white-house-2005.md"]
    # Jeb Bush has no page of his own (one briefing) and is not George W. Bush
    assert "jeb-2015.md" not in _briefings_of(content, "george-w-bush")
    # "President Bush" of a briefing that names no full name stays that briefing's own
    assert "allies-2005.md" not in _briefings_of(content, "george-w-bush")
    index = content.pages["actors/index.md"]
    assert "Jeb Bush" in index and "George W. Bush" in index
    jeb_page = content.pages["briefings/jeb-2015.md"]
    assert "george-w-bush" not in jeb_page  # "Bush" there links to no other briefing's person


def test_country_and_organisation_variants_are_one_actor(tmp_path):
    content = _site(tmp_path)
    # ISO 3166 names and codes (pycountry) and aliases.yml (America, Britain, UK, UN)
    assert _briefings_of(content, "united-states") == ["bush-2005.md", "jeb-2015.md", "white-house-2005.md"]
    assert _briefings_of(content, "united-kingdom") == ["allies-2005.md", "white-house-2005.md"]
    assert _briefings_of(content, "united-nations") == ["allies-2005.md", "white-house-2005.md"]
    us_page = content.pages["actors/united-states.md"]
    for spelling in ("U.S.", "US", "USA", "America"):
        assert f"“{spelling}”" in us_page
    assert not any(k in content.pages for k in ("actors/us.md", "actors/u-s.md", "actors/usa.md", "actors/america.md",
                                                "actors/uk.md", "actors/britain.md", "actors/un.md"))


def test_a_briefing_lists_one_row_per_country(tmp_path):
    content = _site(tmp_path)
    (b,) = [b for b in content.briefings if b.id == "bush-2005"]
    places = [a for a in b.actors if a.kind == "place"]
    us = [a for a in places if a.name in ("United States", "U.S.")]
    assert len(us) == 1 and "U.S." in us[0].aliases  # ISO 3166 variants: one row in the analysis


def test_the_briefing_page_shows_one_row_for_the_united_states(tmp_path):
    content = _site(tmp_path)
    page = content.pages["briefings/bush-2005.md"]
    table = page.split("## Actors")[1].split("##")[0]
    rows = [r for r in table.splitlines() if r.startswith("| [United States]") or "America" in r or "U.S." in r]
    assert len(rows) == 1 and "America" in rows[0] and "U.S." in rows[0]


CODES = {
    "gm.md": """---
title: Carmaker recalls cars
published: 2014-03-01
---
GM recalled 1.6 million cars on Friday. GM said the fault was linked to 13 deaths.
""",
    "gambia.md": """---
title: Gambia holds a vote
published: 2016-12-01
---
Voters in Gambia went to the polls on Thursday. Officials in Banjul said turnout was high in Gambia.
""",
}


def test_an_organisations_capitals_are_no_country_code(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in CODES.items():
        (seeds / name).write_text(text, "utf-8")
    content = build_pages(seeds)
    letter = content.pages["actors/by-letter/g.md"]
    rows = [r for r in letter.splitlines() if r.startswith("| [G")]
    # "GM" is ISO 3166's code for the Gambia, but here it is a carmaker: two actors, not one
    assert any(r.startswith("| [GM](") and "Organisation" in r for r in rows)
    assert any(r.startswith("| [Gambia](") and "Place" in r and "gambia.md" in r for r in rows)
    assert "gm.md" not in next(r for r in rows if r.startswith("| [Gambia]("))


def _mentions(text: str) -> dict[str, list[int]]:
    """Person name -> the start of each mention, for one article."""
    from generator.analysis.actors import extract_actors
    from generator.analysis.document import parse
    return {a.name: [m.start for m in a.mentions] for a in extract_actors(parse(text)) if a.kind == "person"}


def test_a_shared_surname_goes_to_the_person_named_last_nearby():
    text = ("Hillary Clinton spoke in Ohio on Monday. Clinton said the economy was growing.\n\n"
            "In 2000, Al Gore distanced himself from President Bill Clinton. Clinton had a high approval rating.\n\n"
            "Voters met in Toledo.\n\nVoters met in Akron.\n\nClinton thanked them.")
    got = _mentions(text)
    bill, hillary = got["Bill Clinton"], got["Hillary Clinton"]
    assert text.index("Clinton had") in bill  # Bill named in the sentence before
    assert text.index("Clinton said") in hillary
    assert text.index("Clinton thanked") in hillary  # no one named in this or the previous paragraph: the first


def test_an_honorific_a_pronoun_or_a_possessive_picks_the_namesake():
    text = ("Hillary Clinton met donors. Her husband, Bill Clinton, spoke first. Mrs. Clinton thanked them.\n\n"
            "The Clinton campaign raised money. Dorothy Woods, whose husband Ty Woods died, spoke. Woods said she "
            "was angry. The Clintons left.")
    got = _mentions(text)
    assert text.index("Clinton thanked") in got["Hillary Clinton"]  # "Mrs." after Bill was named
    assert text.index("Clinton campaign") in got["Hillary Clinton"]  # a modifier: the article's first bearer
    assert text.index("Woods said") in got["Dorothy Woods"]  # "she"
    assert text.index("Clintons") not in got["Hillary Clinton"] + got["Bill Clinton"]  # both: no one's row


def test_a_shared_surname_as_a_modifier_is_the_bearer_named_clearly_most():
    text = ("Clinton Campaign Under Fire\n\nAn adviser to President Bill Clinton gave Clinton's aides a question. "
            "Hillary's campaign denied it. Hillary's staff said so. Hillary's aides left. Hillary Clinton spoke.")
    got = _mentions(text)
    assert text.index("Clinton's aides") in got["Hillary Clinton"]  # Bill once, Hillary four times: hers
    assert got["Bill Clinton"] == [text.index("Bill Clinton")]
    text = ("An adviser to President Bill Clinton gave Clinton's aides a question. Hillary's campaign denied it. "
            "Hillary Clinton spoke.")
    got = _mentions(text)
    assert text.index("Clinton's aides") in got["Bill Clinton"]  # two to one: not clearly more, the first named


def test_a_shared_surname_with_no_one_named_nearby_is_the_first_named_not_the_most_named():
    text = ("Yeltsin visits wife Naina in hospital.\n\nPresident Boris Yeltsin visited his wife Naina on Friday. "
            "Naina Yeltsin had an operation.\n\nNaina Yeltsin looks well.\n\nNaina Yeltsin is recovering.\n\n"
            "Doctors met.\n\nDoctors met again.\n\nA spokesman said Yeltsin had travelled home.")
    got = _mentions(text)
    assert text.index("Yeltsin had travelled") in got["Boris Yeltsin"]  # no modifier: the first named, as before
    assert 0 in got["Boris Yeltsin"]


def test_mr_before_a_shared_surname_is_not_the_knights():
    text = ("Sir Ian Blair said terror groups would strike. Sir Ian told the police so.\n\n"
            "The comments come after Tony Blair defended his plans.\n\nThe Commons approved them.\n\n"
            "But Mr Blair insisted it was right. Blair said so again.")
    got = _mentions(text)
    assert text.index("Blair insisted") in got["Tony Blair"]  # "Mr": not "Sir Ian", whatever the distance
    assert text.index("Blair said so") in got["Ian Blair"]  # nothing says: the first bearer, as before


def test_one_bearer_or_one_persons_name_forms_keep_every_surname():
    text = "Pete Santilli filmed it. Peter Santilli was charged. Santilli denied it. Hillary Clinton won. Clinton smiled."
    got = _mentions(text)
    assert text.index("Clinton smiled") in got["Hillary Clinton"]
    assert sum(text.index("Santilli denied") in v for v in got.values()) == 1  # "Pete"/"Peter": one man, no split
    text = "The Clintons, Hillary Clinton and her staff, left."  # one bearer: the plural is hers
    assert text.index("Clintons") in _mentions(text)["Hillary Clinton"]
