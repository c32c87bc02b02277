"""Quotes: what a reader checks on a briefing page — the quoted words, who said them, and
that scare quotes, titles and apostrophes are not shown as quotes."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis.document import parse
from generator.analysis.quotes import extract_quotes

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_0b7a11e69ca9f520.txt"


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(parse(text), ())]


@pytest.mark.parametrize(("text", "expected"), [
    # quote, then subject and verb, in either order
    ('"We will win this state," Barkley said.', [("We will win this state,", "Barkley")]),
    ("“We will win this state,” said Barkley.", [("We will win this state,", "Barkley")]),
    ("“It is over,” Smith, a former aide, said on Monday.", [("It is over,", "Smith")]),
    ("“It is over,” former congressman Dan Maffei said.", [("It is over,", "Dan Maffei")]),
    ("“It is over,” said Rep. Gwen Moore (D-Wis.).", [("It is over,", "Gwen Moore")]),
    ("“It is over,” a spokeswoman for the campaign said.", [("It is over,", "a spokeswoman for the campaign")]),
    # subject and verb before the quote
    ("Smith told reporters: “We are done here.”", [("We are done here.", "Smith")]),
    ("According to Smith, “the plan is dead.”", [("the plan is dead.", "Smith")]),
    ("Clinton’s spokesman, Brian Fallon, said: “We disagree.”", [("We disagree.", "Brian Fallon")]),
    # a sandwich: both halves belong to the same speaker
    ("“Part one,” he said, “and part two.”", [("Part one,", None), ("and part two.", None)]),
    ("Mary Jones spoke first. “Part one,” she said, “and part two.”",
     [("Part one,", "Mary Jones"), ("and part two.", "Mary Jones")]),
    # typographic single quotes; apostrophes inside and at the end of words are not marks
    ("Putin said Russia was ‘ready to talk about the vote.’", [("ready to talk about the vote.", "Putin")]),
    ("Sen. Jones spoke on Monday. ‘The voters’ choice matters here,’ he said.",
     [("The voters’ choice matters here,", "Jones")]),
    # a quote over two paragraphs: the first one is left open
    ('Smith said: "This is the first part.\n\n"And this is the second," she added.',
     [("This is the first part.", "Smith"), ("And this is the second,", "Smith")]),
    # a quote with no cue continues the previous speaker
    ('"We are ready," Smith said.\n\n"The plan is simple and it will work."',
     [("We are ready,", "Smith"), ("The plan is simple and it will work.", "Smith")]),
    # pronouns and surnames resolve to the full name written in the article
    ('Senator Jane Doe spoke in Ohio. "We will fight," she said.', [("We will fight,", "Jane Doe")]),
    ("Vladimir Putin spoke on Thursday. “We are ready,” Putin said.", [("We are ready,", "Vladimir Putin")]),
    ('Mr. Smith and Mrs. Jones met. Mrs. Jones left. "No comment," he said.', [("No comment,", "Smith")]),
    # no reporting verb: the quote stays, the speaker stays unknown
    ('The crowd was loud. "This is the best day of my whole life and I mean it."',
     [("This is the best day of my whole life and I mean it.", None)]),
    # a hyphenated adjective before the name is not part of it
    ("“Carson is cratering,” Texas-based Matt Mackowiak said.", [("Carson is cratering,", "Matt Mackowiak")]),
    # "go on" is a cue only next to the quote; a noun after "the" is no verb ("the states")
    ("By contrast, Sen. Marco Rubio said that once the Senate goes on recess, “I intend to do as much as I can.”",
     [("I intend to do as much as I can.", "Marco Rubio")]),
    ("“It’s an invasion,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said.",
     [("It’s an invasion,", "Scott Pruitt")]),
    # the source that relays the words is credited
    # the person who said the words, not the outlet that relays them (PolNeAR's gold credits the outlet)
    ("“It is a priority,” O’Malley said at a press conference, according to the Las Vegas Sun.",
     [("It is a priority,", "O’Malley")]),
    ("According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that “she would sign this bill.”",
     [("she would sign this bill.", "Jesse Lehrich")]),
    # a home town between commas is not the speaker
    ("“We are done,” Cory James, 22, of Flint, Mich., said.", [("We are done,", "Cory James")]),
    # a name right before a participle is its subject, unless it is an object ("a letter to X asking")
    ("Bolton spoke first, with Gorka noting the absurdity of posting “a couple of hundred SF guys here” in the city.",
     [("a couple of hundred SF guys here", "Gorka")]),
    ("Mayor Greg Stanton wrote a letter to Attorney General Loretta Lynch asking her to look into the “fiasco at the polls.”",
     [("fiasco at the polls.", "Greg Stanton")]),
    ("She spoke out. “I am glad you had Maya on your team. Black woman saved you,” Garner wrote, adding, "
     "“These people will co-opt anything.”",
     [("I am glad you had Maya on your team. Black woman saved you,", "Garner"),
      ("These people will co-opt anything.", "Garner")]),
    # a description followed by a name: the name
    ("Asked about it, Trump’s campaign manager Kellyanne Conway did not apologize, but said: “It’s pretty rattling.”",
     [("It’s pretty rattling.", "Kellyanne Conway")]),
    # a quote in the other style inside an open quote is nested in it
    ('Dr. Kelli Ward stated:\n\n"The department isn’t about “Equal Justice Under Law” anymore. It is about politics."',
     [("The department isn’t about “Equal Justice Under Law” anymore. It is about politics.", "Kelli Ward")]),
    # a pull quote signed on its closing line
    ('"I worry that we may see a resurgence of balanced budgets.\n\nDean Baker, Center for Economic and Policy Research."',
     [("I worry that we may see a resurgence of balanced budgets.", "Dean Baker")]),
    # a paragraph that is one quotation, after a paragraph whose last sentence opens with a name
    ("Carter said that the U.S. would not withdraw from the region.\n\n“That’s because this region matters most to America.”",
     [("That’s because this region matters most to America.", "Carter")]),
    ("Viguerie is upbeat about Cruz’s chances.\n\n“Not only can Ted Cruz win, he’s the one with the best chance.”",
     [("Not only can Ted Cruz win, he’s the one with the best chance.", "Viguerie")]),
    ("The weather was bad on Monday.\n\n“Not only can Ted Cruz win, he’s the one with the best chance.”",
     [("Not only can Ted Cruz win, he’s the one with the best chance.", None)]),
    # "says Hillsborough is …": Hillsborough is no speaker for a later "she"
    ("Ana Cruz, a former party chair, says Hillsborough is “a microcosm of the state.”\n\n"
     "“That diversity makes it a purple county,” she says.",
     [("a microcosm of the state.", "Ana Cruz"), ("That diversity makes it a purple county,", "Ana Cruz")]),
    # a partial quote whose only later cue is someone else's clause: the sentence's own speaker
    ("Trump called the system “rigged” in a tweet Tuesday, and a few Republican lawmakers have called for a prosecutor.",
     [("rigged", "Trump")]),
    ("The front-runner complained that the contest was “rigged” against him, a charge that party leaders denied.",
     [("rigged", "The front-runner")]),
    # ...but a cue right after the quote still wins
    ("He called it “a total disgrace,” Smith said, and Jones agreed.", [("a total disgrace,", "Smith")]),
    # a sentence that opens with a name and an appositive, then a participle
    ("Tracy Martin, Trayvon's father, issued a statement Thursday, saying the foundation “has no comment on the sale.”",
     [("has no comment on the sale.", "Tracy Martin")]),
    ("Speaking in Iowa, Sanders went after Clinton, calling her plan “a total fraud.”", [("a total fraud.", "Sanders")]),
    # a time after a preposition is never the subject; "her" before "of" is an object, not a determiner
    ("Trump in the past has called out Tur by name, and has referred to her as “Little Katy, third-rate journalist.”",
     [("Little Katy, third-rate journalist.", "Trump")]),
    ('Sanders accused her of making racist remarks by using the term "superpredator" in the 1990s.',
     [("superpredator", "Sanders")]),
    # "City, State," inside an opening phrase: the subject comes after it
    ("Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
     [("a total stiff.", "Trump")]),
    # "X said, adding": the participle shares the reporting verb's subject, not the sentence's
    ('Mateen left as soon as prayers were finished, Nefzi said, adding, "He was not very religious."',
     [("He was not very religious.", "Nefzi")]),
    # rows that must return nothing: scare quotes, titles, apostrophes, attribute values
    ('The so-called "experts" were wrong again.', []),
    ('She wrote a memoir titled "Hard Choices" in 2014.', []),
    ("The broadcast, titled ‘Year-End with Vladimir Putin,’ took place on December 19.", []),
    ("It was part of a ‘direct line’ format.", []),
    ("Moscow’s approach to the voters’ rights is Russia’s own.", []),
    ("what he describes as the ‘fascist’ policies of Kyiv", []),
    ('<tweet author="@someone" id="12345">Text</tweet>', []),
    ("It's a rock 'n' roll show from the '90s.", []),
])
def test_quotes_and_speakers(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(("text", "partial"), [
    ("Trump called the deal “a disaster” on Monday.", True),
    ("Barkley said CNN has done an “awful” job.", True),
    ("“CNN has done an awful job this election,” Barkley said.", False),
    ("Barkley said: “CNN has done an awful job this election.”", False),
])
def test_partial_quotes(text, partial):
    (quote,) = extract_quotes(parse(text), ())
    assert quote.partial is partial


def test_role_and_cue():
    (quote,) = extract_quotes(parse("“It is over,” said Jim Clyburn, a Democratic congressman."), ())
    assert (quote.speaker, quote.role, quote.cue) == ("Jim Clyburn", "a Democratic congressman", "said")


def test_offsets_point_at_the_quoted_words():
    text = "Intro.\n\n“We are ready,” Putin said."
    (quote,) = extract_quotes(parse(text), ())
    assert text[quote.start:quote.end] == quote.text == "We are ready,"
    assert parse(text).sentences[quote.sentence].start <= quote.start


def test_seed_putin_quotes():
    found = {q.text: q.speaker for q in extract_quotes(parse(SEED.read_text(encoding="utf-8")), ())}
    assert found == {
        "ready to think about how to ensure safety during the vote on Ukraine.": "Vladimir Putin",
        "hitting deep into the territory on the day of voting.": "Vladimir Putin",
        "the right to demand that elections be organized on its territory so that all citizens of "
        "the republic can vote.": "Vladimir Putin",
    }



@pytest.mark.parametrize(("text", "speaker"), [
    # a pronoun takes the latest subject of its gender; gender from a Census first name
    ('Kellyanne Porter met Desmond Achebe on Monday. Achebe spoke first. "We will win," she said.', "Kellyanne Porter"),
    ('Kellyanne Porter met Desmond Achebe on Monday. Achebe spoke first. "We will win," he said.', "Desmond Achebe"),
    # no subject of that gender: the latest named person of that gender, even as an object
    ('Kellyanne Porter met Desmond Achebe on Monday. Porter spoke first. "We will win," he said.', "Desmond Achebe"),
    ('Kellyanne Porter met Desmond Achebe on Monday. Porter spoke first. "We will win," she said.', "Kellyanne Porter"),
    # two people named: "he added" goes to the man, not to the latest speaker
    ('Mark Udall met Susan Collins. "It was good," Collins said. "We agreed," he added.', "Mark Udall"),
    ('Mark Udall met Susan Collins. "It was good," Udall said. "We agreed," he added.', "Mark Udall"),
    # a name given to either sex ("Lee") as the latest subject is not passed over for an older man
    ('Paul Ryan met Trump. Rep. Lee Zeldin, a supporter, spoke next. "It is not do or die," he said.', "Lee Zeldin"),
    ('Paul Ryan met Trump. Rep. Mary Zeldin, a supporter, spoke next. "It is not do or die," he said.', "Paul Ryan"),
    # a surname alone or a titled name, gender unknown, is still the latest person: not passed over
    ('John Soerens met Obama. Obama raised it himself. "It is shameful," he said.', "Obama"),
    ('John Soerens met California. California raised it. "It is shameful," he said.', "John Soerens"),
    # a sentence opening "X spokesman Y" has Y for its subject, not X
    ('Mitch McConnell spoke. McConnell spokesman Don Stewart would not say. "We will see," he said.', "Don Stewart"),
    ('Mitch McConnell spoke. McConnell met Don Stewart on Monday. "We will see," he said.', "Mitch McConnell"),
    # a first-person narrator is nobody we can name (never a place)
    ('In Paris, "I was there," I said to the guard.', None),
    ('In Paris, "I was there," Jean Dupont said to the guard.', "Jean Dupont"),
    # "X told Y that …": X speaks, never Y
    ('Senator Mary Keller told John Smith that "the vote is lost."', "Mary Keller"),
    ('John Smith told Senator Mary Keller that "the vote is lost."', "John Smith"),
    ('The plan is "dead on arrival," according to Senator John Smith.', "John Smith"),
    ('The plan is "dead on arrival," Senator John Smith said, according to aides.', "John Smith"),
])
def test_pronoun_narrator_and_listener_speakers(text, speaker):
    assert extract_quotes(parse(text), ())[-1].speaker == speaker  # the last quote's speaker


@pytest.mark.parametrize("before, may", [
    ("said Barack Obama ", True), ("Ludwig van ", True), ("the iPhone ", True), ("Mr. ", True),
    ("Smith \n", True),  # a final line break: the regex's ``$`` matches before it
    ("said ", False), ("Smith\n", False), ("Smith", False), ("the (new) ", False),
])
def test_name_before_prefilter_never_hides_a_name(before, may):
    from generator.analysis.quote_names import _NAME_BEFORE, _may_follow_name

    text = before + "Putin said."
    at = len(before)
    assert _may_follow_name(text, at) is may
    assert may or not _NAME_BEFORE.search(text, max(0, at - 60), at)
