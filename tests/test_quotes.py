"""Quotes: what a reader checks on a briefing page — the quoted words, who said them, and
that scare quotes, titles and apostrophes are not shown as quotes."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.analysis.document import parse
from generator.analysis.quote_marks import open_double_at
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
    # a noun that looks like a verb ("his recent remarks") is no cue when the sentence's subject says the words
    ("Sen. Bernie Sanders visited NBC to discuss his recent remarks about Hillary Clinton, saying “on her worst day” "
     "she would be better.", [("on her worst day", "Bernie Sanders")]),
    ("A spokeswoman for the campaign defended the plan on Monday, saying “we will fight for it.”",
     [("we will fight for it.", "A spokeswoman for the campaign")]),
    # a possessor, the quote, a noun for words: the possessor's words ("Romney’s “47 percent” comment")
    ("Paul Ryan called it “a hammock that lulls people.” Mitt Romney’s “47 percent” comment was as dismissive.",
     [("a hammock that lulls people.", "Paul Ryan"), ("47 percent", "Mitt Romney")]),
    ("Donald Trump spoke on Monday. His “Islam hates us” remark drew criticism.", [("Islam hates us", "Donald Trump")]),
    ("Paul Ryan spoke first. NBC’s “Meet the Press” show was a gift to Democrats.", []),
    # a verb that needs an object never inverts: the name after it is the object, the subject stands
    # before an earlier quote in the sentence
    ("Kerry Washington, star of television’s “Scandal,” thanked Obama for “taking these steps to make us safer.”",
     [("taking these steps to make us safer.", "Kerry Washington")]),
    ("“Where is the money for the plan?” asked Jane Smith.", [("Where is the money for the plan?", "Jane Smith")]),
    ("The show’s “Scandal,” thanked Obama for “taking these steps to make us safer.”",
     [("taking these steps to make us safer.", None)]),
    # a quote nested in the same style: two closing marks follow, so it is part of the outer quote
    ("“He said “no way” and left the room,” Smith said.", [("He said “no way” and left the room,", "Smith")]),
    ('"He said "no way" and left the room," Smith said.', [('He said "no way" and left the room,', "Smith")]),
    # one closing mark follows: the first quote was left unclosed, a new one opens
    ("“We are done, Smith said. “We will fight on,” Jones added.", [("We will fight on,", "Jones")]),
    # a paragraph break lost inside one quotation ('"… funny. "But …'): both parts, one speaker,
    # whatever attribution follows the second part (it introduces the next quote)
    ('Mr Cameron added: "If it were not so serious it would be funny. "But it is serious - they fight each other." '
     'Jane Walker, a correspondent, added: "There is real concern."',
     [("If it were not so serious it would be funny.", "Cameron"),
      ("But it is serious - they fight each other.", "Cameron"), ("There is real concern.", "Jane Walker")]),
    ('"We are ready for this. "The plan is simple and it will work," Smith said.',
     [("We are ready for this.", "Smith"), ("The plan is simple and it will work,", "Smith")]),
    # a paragraph of quotation goes on with the previous speaker past paragraphs that name no one
    ('"We are ready," Smith said.\n\nThe plan would cost $5 billion over ten years.\n\n"It will work for everyone here."',
     [("We are ready,", "Smith"), ("It will work for everyone here.", "Smith")]),
    ('"We are ready," Smith said.\n\nMary Jones, a senator from Ohio, disagreed.\n\n"It will work for no one here."',
     [("We are ready,", "Smith"), ("It will work for no one here.", None)]),
    ('"We are ready," Smith said.\n\nThe plan would cost $5 billion.\n\nIts price is "a waste of money and time" to many.',
     [("We are ready,", "Smith"), ("a waste of money and time", None)]),
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
    # the person who said the words, not the outlet that relays them (PolNeAR's gold credits the outlet)
    ("“It is a priority,” O’Malley said at a press conference, according to the Las Vegas Sun.",
     [("It is a priority,", "O’Malley")]),
    ("According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that “she would sign this bill.”",
     [("she would sign this bill.", "Jesse Lehrich")]),
    # a capitalised noun for a party member or an outlet's name after "the" is a speaker; a nationality is not
    ("Ben Carson spoke. “It might surprise you, but it works,” the Republican said this week.",
     [("It might surprise you, but it works,", "the Republican")]),
    ("“Obama argued that the scorn stems from race,” the New York Times reported Monday.",
     [("Obama argued that the scorn stems from race,", "the New York Times")]),
    # an attribution that names only an outlet credits the outlet, by its whole name ("USA Today", not "USA");
    # one that names a person credits the person, whatever outlet relays the words
    ("“The platform is radical,” reports USA Today.", [("The platform is radical,", "USA Today")]),
    ("According to the New York Times, “the plan is dead.”", [("the plan is dead.", "New York Times")]),
    ("The Times reported: “The plan is dead and buried.”", [("The plan is dead and buried.", "The Times")]),
    ("“The platform is radical,” said Kristen Day, executive director of Democrats for Life, reports USA Today.",
     [("The platform is radical,", "Kristen Day")]),
    ("According to GMA News, Salceda said the “ugliness of utterances, largely unprompted,” was new.",
     [("ugliness of utterances, largely unprompted,", "Salceda")]),
    # a sentence whose quote has no speaker credits the source it names ("according to", "reported")
    ("Two years ago, the agency gave an “inaccurate and incomplete” reply, according to a report from the inspector general.",
     [("inaccurate and incomplete", "a report from the inspector general")]),
    ("Jane Roe noted that abortion – what her business calls “essential health care” – is on the rise, reported "
     "the Washington Examiner.", [("essential health care", "Washington Examiner")]),
    ("The plan was “inaccurate and incomplete” by any measure, according to its own analysis.",
     [("inaccurate and incomplete", None)]),
    ("“We will win this state,” said Jim Barkley Today.", [("We will win this state,", "Jim Barkley")]),
    ("Shares slid. “The market fell sharply today,” the German said.", [("The market fell sharply today,", None)]),
    # an object relative clause has its own subject; a "who" clause has the antecedent as subject
    ("The chants were strong at the Stonewall Inn, which President Obama on Friday declared a monument "
     "“to tell the story of the struggle.”", [("to tell the story of the struggle.", "Obama")]),
    ("Hillary Clinton was busy. She gave an interview on Wednesday, in which Clinton expressed confidence "
     "that it would not be an issue “that is going to affect the campaign.”",
     [("that is going to affect the campaign.", "Hillary Clinton")]),
    ("Harry Reid, who endorsed Clinton in February, declared that “we will win this thing.”",
     [("we will win this thing.", "Harry Reid")]),
    # "beginning" is a cue only right before the quote, like "began"
    ("There were ads on the airwaves beginning Wednesday night “to set the record straight on everything.”",
     [("to set the record straight on everything.", None)]),
    # "Another" leaves out the noun of the description before it
    ("“It is great fun,” one user wrote. Another tweeted, “Clinton thinks she is above the rules.”",
     [("It is great fun,", "one user"), ("Clinton thinks she is above the rules.", "another user")]),
    ("Another tweeted, “Clinton thinks she is above the rules.”", [("Clinton thinks she is above the rules.", "another")]),
    # "as X puts it" with appositives; a sentence closing on its attribution, verb first or a lower-case role first
    ("North Korea is “racing towards the finish line,” as Van Jackson, a professor at the Center for Security "
     "Studies, a think tank in Hawaii, puts it.", [("racing towards the finish line,", "Van Jackson")]),
    ("The FBI did not find “ties of any consequence,” aside from the men knowing each other, said the bureau’s "
     "director, James B. Comey, on Monday.", [("ties of any consequence,", "James B. Comey")]),
    ("“If State obtains more records, it intends to search them” for the plaintiffs, Justice Department senior "
     "trial counsel Caroline Lewis Wolverton wrote in a court filing.",
     [("If State obtains more records, it intends to search them", "Caroline Lewis Wolverton")]),
    ("Ron Smith, the mayor, called the plan “a disaster for the city,” and said nothing else.",
     [("a disaster for the city,", "Ron Smith")]),
    # a sentence's subject for quoted words with no reporting verb: an acronym is a body; one plain word is not enough
    ("CREW filed a request with the department that month for “records sufficient to show the email accounts of the secretary.”",
     [("records sufficient to show the email accounts of the secretary.", "CREW")]),
    ("Orlando filed a request with the department that month for “records sufficient to show the email accounts of the secretary.”",
     [("records sufficient to show the email accounts of the secretary.", None)]),
    # a time between the subject and its verb ("Trump last week invited"); "On Thursday night as …" has no subject there
    ("Donald Trump spoke. Trump last week invited Russia to find the “missing” emails.", [("missing", "Donald Trump")]),
    ("Donald Trump spoke. On Thursday night as the rivals took the stage, Trump opened with a call to “embrace” him.",
     [("embrace", "Donald Trump")]),
    # "with" + a noun phrase + a participle: the phrase is the subject, if it can speak
    ("Orlando was not far from the thoughts of celebrants, with many marchers and spectators chanting “We are Orlando” "
     "at the parade.", [("We are Orlando", "many marchers and spectators")]),
    ("Orlando was not far from the thoughts of celebrants, with flags and banners reading “We are Orlando” at the parade.",
     [("We are Orlando", None)]),
    # "sang" reports words; "Hundreds of …" opens a description, not a phrase before the subject
    ("As the Rainmakers sang back in the 1980s, “They will turn us all into beggars.”",
     [("They will turn us all into beggars.", "Rainmakers")]),
    ("Hundreds of pro-Sanders demonstrators marched through Center City on Monday, chanting “Bernie or Jill, No Hill,” "
     "all day long.", [("Bernie or Jill, No Hill,", "Hundreds of pro-Sanders demonstrators")]),
    ("Trump’s campaign manager Kellyanne Conway did not answer, saying “we are winning this race.”",
     [("we are winning this race.", "Kellyanne Conway")]),
    # quoted words right after a reporting verb are its complement, not the next clause's;
    # the clause after them speaks the sentence's next quote
    ("Pete Santilli was in court. And, in a clip that U.S. District Judge Michael W. Mosman called “distasteful,” "
     "Santilli expressed a desire to “try, convict and shoot her in the street.”",
     [("distasteful,", "Michael W. Mosman"), ("try, convict and shoot her in the street.", "Pete Santilli")]),
    ("Trump called it “rigged and corrupt,” Clinton said on Monday.", [("rigged and corrupt,", "Clinton")]),
    ("Trump spoke first. “It is rigged and corrupt,” Clinton said on Monday.", [("It is rigged and corrupt,", "Clinton")]),
    # a verb before its subject opens its clause ("Said Smith:"); mid-clause, the name after it is an object
    ("Bernie Sanders was asked by host Bill Maher, who has previously dismissed the story about Clinton’s emails, "
     "“Has it not moved a little bit?”", [("Has it not moved a little bit?", "Bill Maher")]),
    ("It was late. Said Smith: “We are done here.”", [("We are done here.", "Smith")]),
    # quoted words in the clause a reporting verb governs ("said he would “…”") are that verb's subject's
    ("Donald Trump spoke. When Trump later referred to the massacre and said he would “protect our LGBTQ citizens,” "
     "the crowd applauded loudly.", [("protect our LGBTQ citizens,", "Donald Trump")]),
    ("Jones spoke. He would not “protect our citizens,” Smith said.", [("protect our citizens,", "Smith")]),
    # a passive participle in an aside has its agent after the quote, up to the dash that closes the aside
    ("Republicans faced criticism for the investigation — often labeled as a “witch hunt” by Democrats — but Trey "
     "Gowdy is right.", [("witch hunt", "Democrats")]),
    ("Republicans faced criticism for the investigation — a long “witch hunt” by any measure — but Trey Gowdy is right.",
     [("witch hunt", None)]),
    # plural speaker nouns: lobbyists, diplomats …
    ("Corporate lobbyists describe such work as “a different cup of tea” than the usual.",
     [("a different cup of tea", "lobbyists")]),
    ("Corporate budgets describe such work as “a different cup of tea” than the usual.", [("a different cup of tea", None)]),
    # the sentence's subject with an irregular past verb speaks quoted words with no cue; a name after an earlier
    # quote with no comma between is that quote's object, not a new speaker
    ("Ted Cruz is protesting. The GOP presidential candidate sent out an email to supporters Tuesday inviting them "
     "to enter the contest, to “win my engraved shotgun!”", [("win my engraved shotgun!", "The GOP presidential candidate")]),
    ("Ted Cruz says his “friend and colleague” Marco Rubio ran “an optimistic campaign focused on the future.”",
     [("friend and colleague", "Ted Cruz"), ("an optimistic campaign focused on the future.", "Ted Cruz")]),
    # "advising" reports words; a title opening the sentence ("Former anchor …") is the role of the name after it
    ("Former anchor Katie Couric has promoted humility in speeches, advising graduates in 2007 to “become members "
     "of the two-H club.”", [("become members of the two-H club.", "Katie Couric")]),
    ("Drivers took the advised route, which was “closed for repairs all week.”", [("closed for repairs all week.", None)]),
    # "That quote from X" after a quotation names its speaker; a possessive ("from Krebs’s book") does not
    ('With Clinton, the bad rep grows.\n\n"I would rather have a sister in jail than a brother in the FBI." That quote '
     'from Alabama Securities Commissioner Thomas Krebs appeared in 1980.',
     [("I would rather have a sister in jail than a brother in the FBI.", "Thomas Krebs")]),
    ('With Clinton, the bad rep grows.\n\n"I would rather have a sister in jail than a brother in the FBI." That quote '
     'from Krebs’s book appeared in 1980.', [("I would rather have a sister in jail than a brother in the FBI.", None)]),
    # a possessor is no topic for "…, he said" closing its own sentence; "the" before a cue's subject only right after
    # the quote; "Hundreds of ballot papers" is no speaker
    ("Liberal Democrat leader Charles Kennedy welcomed it. Mr Bush's first task was to \"rebuild a sense of domestic "
     "purpose\" within the US, he said.", [("rebuild a sense of domestic purpose", "Charles Kennedy")]),
    ('But Edu was highly critical. "Reyes was being kicked all over the park." Following the game, the Football '
     'Association said it would look into events.', [("Reyes was being kicked all over the park.", None)]),
    ('Hundreds of ballot papers for the referendum have "disappeared from the depot."', [("disappeared from the depot.", None)]),
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
    # doubled apostrophes and grave accents stand for double marks; a single quote inside stays in
    ("''We may be seeing wage growth,'' the economist Jared Bernstein wrote.",
     [("We may be seeing wage growth,", "Jared Bernstein")]),
    ("''Bush said, 'You weren't in line,''' Ms. Compton recalled.", [("Bush said, 'You weren't in line,'", "Compton")]),
    ("`` we are ready to go , '' smith said .", [("we are ready to go ,", None)]),
    ("The guard is 6'2'' tall and the wall is 8'' thick.", []),
    # an opening "Thanks to …" or "Due to …" phrase is no speaker: the name after its comma is
    ("Thanks to his new show, Norbert Leo Butz can add a line to his resume: “I am a singer now.”",
     [("I am a singer now.", "Norbert Leo Butz")]),
    ("Due to the storm, Mayor Bill de Blasio told residents: “Stay at home tonight.”",
     [("Stay at home tonight.", "Bill de Blasio")]),
    ("Dave Duerson said: “The team is ready.”", [("The team is ready.", "Dave Duerson")]),
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
    # a surname two people of either sex share is the one of the pronoun's sex, though the other is written more
    ("Jennifer Palmieri said the plan worked. Bill Clinton spoke in Ohio, where Hillary Clinton was waiting. Bill Clinton "
     'praised the crowd.\n\nClinton, speaking on Monday, remembered the debate. "I was thinking of the voters," she said.',
     "Hillary Clinton"),
    ("Jennifer Palmieri said the plan worked. Bill Clinton spoke in Ohio, where Hillary Clinton was waiting. Bill Clinton "
     'praised the crowd.\n\nClinton, speaking on Monday, remembered the debate. "I was thinking of the voters," he said.',
     "Bill Clinton"),
    ('Jennifer Palmieri said the plan worked. Bill Clinton spoke in Ohio.\n\nClinton, speaking on Monday, remembered the '
     'debate. "I was thinking of the voters," she said.', "Jennifer Palmieri"),  # no woman of that name: not Clinton
    ("Senator Grassley Compares Trump To Judge.\n\nChuck Grassley met Donald Trump. Grassley said, “It is fine.”",
     "Chuck Grassley"),  # a headline's run of capitals is no second person called Grassley
    # two people named: "he added" goes to the man, not to the latest speaker
    ('Mark Udall met Susan Collins. "It was good," Collins said. "We agreed," he added.', "Mark Udall"),
    ('Mark Udall met Susan Collins. "It was good," Udall said. "We agreed," he added.', "Mark Udall"),
    # "X’s been": "has", so X is a subject ("’s" before a noun is a possessive, no subject)
    ('Chris Christie spoke. Marco Rubio spoke too. Christie’s been saying that Rubio is not ready. '
     '“You have not been involved in a decision,” he said.', "Chris Christie"),
    ('Chris Christie spoke. Marco Rubio spoke too. Christie’s made-up claim was that Rubio is not ready. '
     '“You have not been involved in a decision,” he said.', "Marco Rubio"),
    # ", praised X" after an appositive: X is the object, not an inverted subject
    ("Sheriff Joe Arpaio, 84, praised Donald Trump. “He will build the wall,” he said.", "Joe Arpaio"),
    ("Sheriff Joe Arpaio, 84, spoke next. “It is over,” said Donald Trump. “He will build the wall,” he added.",
     "Donald Trump"),
    # a possessor and a kin or role noun before a name: the name, even one word, is the subject
    ("Trump’s daughter Ivanka spoke on Monday. “My father is a fighter,” she said.", "Ivanka"),
    ("Ivanka Trump spoke on Monday. Trump’s campaign chairman Paul Manafort was not there. “My father is a fighter,” "
     "she said.", "Ivanka Trump"),
    # a subordinate clause opens the sentence: the main clause's subject is the later one
    ('Donald Trump spoke in Iowa. When Ted Cruz attacked him, Trump was quick to respond. “He is a liar,” he said.',
     "Donald Trump"),
    ('Donald Trump spoke in Iowa. Because Ted Cruz had attacked him, Trump hit back. “He is a liar,” he said.',
     "Donald Trump"),
    ('Donald Trump spoke in Iowa. When Ted Cruz spoke, the crowd cheered loudly. “He is a liar,” he said.', "Ted Cruz"),
    # no subject before: the latest person of that gender, but an object's sentence gives its subject first
    ('Gingrich attacked Paul Ryan. “That man has failed us,” he said.', "Gingrich"),
    ('Asked about Paul Ryan, Gingrich was blunt. “That man has failed us,” he said.', "Gingrich"),
    ('Gingrich was praised by Paul Ryan. “That man has failed us,” he said.', "Gingrich"),
    ('Mary Gingrich attacked Paul Ryan. “That man has failed us,” he said.', "Paul Ryan"),
    ('Congress attacked Paul Ryan. “That man has failed us,” he said.', "Paul Ryan"),
    # a role, a name and a verb before a participle: the subject stops at its verb
    ('Trump’s campaign manager Kellyanne Conway went on TV on Sunday, saying “We are winning this race.”',
     "Kellyanne Conway"),
    ('A spokesman for Kellyanne Conway went on TV on Sunday, saying “We are winning this race.”',
     "Kellyanne Conway spokesman"),
    ('The Clinton campaign manager went on TV on Sunday, saying “We are winning this race.”', "The Clinton campaign manager"),
    # an owner, a title, a name and a verb: the name, with owner and title its role
    ("Australia's Prime Minister John Howard offered his congratulations, calling it “a great win”.", "John Howard"),
    # (no title past the owner: not split)
    ("Britain's Supreme Court ruled on Monday, calling it “a great win”.", "Britain's Supreme Court ruled"),
    # a recording of a named person saying the words: that person, not the ad that shows it
    ("The spot concludes with footage of Trump saying during the debate, “That makes me smart,” when Clinton spoke.",
     "Trump"),
    ("The ad shows a clip of Hillary Clinton saying “We are going to put coal miners out of business.”", "Hillary Clinton"),
    ("The ad ends with a poll of voters saying “We are going to put coal miners out of business.”", "a poll of voters"),
    # a given name the Census lacks ("Zeynep", "Matteo") has a gender from the world name list
    ('Maria Violet saw it. Zeynep Akar told CNN that it hit people. "I heard the crash," she said.', "Zeynep Akar"),
    ('Matteo Renzi met Angela Merkel. Merkel spoke first. "We agree on most of it," he said.', "Matteo Renzi"),
    # a full name that a reporting verb had as subject is a person, even with a given name no list knows
    ('Maria Violet saw it. Xochiquetzal Akar told CNN that it hit people. "I heard the crash," she said.',
     "Xochiquetzal Akar"),
    ('Maria Violet saw it. CNN found Xochiquetzal Akar near the scene. "I heard the crash," she said.', "Maria Violet"),
    ('Maria Violet saw it. Crowds of Xochiquetzal Akar shouted for help. "I heard the crash," she said.', "Maria Violet"),
    # a word that is also a place or a common word ("Fox") gets no gender from that list
    ('Maria Violet saw it. Fox Akar told CNN that it hit people. "I heard the crash," she said.', "Maria Violet"),
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
    # a surname alone is a subject when the article gives the full name elsewhere
    ('Chris Christie met Joe Biden. Joe Biden spoke first, but Christie was not having it. "No," he said.', "Chris Christie"),
    ('Chris Christie met Joe Biden. Joe Biden spoke first, but Ohio was not having it. "No," he said.', "Joe Biden"),
    # the subject after an opening phrase ("On …, X …"), past a "City, State," pair or an appositive
    ('Jane Fox spoke. On the eve of the talks, Mary Keller eased her tone. "I would say Paul," she said.', "Mary Keller"),
    ('Jane Fox spoke. At a rally in Portland, Maine, on Thursday, Mary Keller named the list. "No," she said.',
     "Mary Keller"),
    ('Mary Fox spoke. In the interview, Keller, who endorsed Clinton, reiterated it. "We must," she said.', "Mary Fox"),
    ('Joe Fox spoke. In the interview, Harry Reid, who endorsed Clinton, reiterated it. "We must," he said.', "Harry Reid"),
    ('Jane Fox spoke. On the eve of the talks, the weather in Mary Keller was bad. "No," she said.', "Jane Fox"),
    # "As for X, he …": the topic is the pronoun's person
    ('Ted Cruz warned against it. As for Donald Trump, he said he is not worried. "I will win," he said.', "Donald Trump"),
    ('Ted Cruz warned against it. As for the weather, he said he is not worried. "I will win," he said.', "Ted Cruz"),
    # a description that opens the sentence, then the name in apposition
    ('Bernie Sanders spoke. Another superdelegate, Michael Brown of Washington, explained it. "Time to unite," he declared.',
     "Michael Brown"),
    ('Bernie Sanders spoke. Another superdelegate, in Washington, explained it. "Time to unite," he declared.',
     "Bernie Sanders"),
    # a clause subject after a conjunction inside the sentence
    ('Bill Smith was ready to move on, but Chris Christie was not having it. "You see," he said.', "Chris Christie"),
    ('Bill Smith was ready to move on, and Christie Street was closed. "You see," he said.', "Bill Smith"),
    ('Bill Smith was ready to move on, but Chris Christie’s team was not. "You see," he said.', "Bill Smith"),
    # a relative clause's subject is no sentence subject: "for which Tony Blair apologised"
    ('David Davis warned of the Guildford Four, for which Tony Blair recently apologised. "Those pressures," he said.',
     "David Davis"),
    # a role noun between an organisation and the name: the name ("Clinton campaign manager Robby Mook")
    ('Bill Smith spoke. On Monday, Clinton campaign manager Robby Mook released a memo. "We lead," he wrote.', "Robby Mook"),
    # a possessive before a name is no part of it
    ('Sean Spicer spoke. The debates matter little, noted NBC’s Dante Chinni. "Debates come late," he wrote.',
     "Dante Chinni"),
    # a name of unknown gender whose last word is a known surname is a person; an acronym or a people is not
    ('Joe Podesta spoke. Republican pollster Whit Ayres is skeptical. "His better bet is elsewhere," he said.',
     "Whit Ayres"),
    ('The senator met Hillary Clinton. "It is a disaster," NRA said. "It is a step forward," she said.', "Hillary Clinton"),
    ('The senator met Hillary Clinton. "It is a disaster," Mary Lee said. "It is a step forward," she said.', "Mary Lee"),
    ('Bernie Sanders spoke. Young Latinos registered in huge numbers. "Anyone been there?" he asked.', "Bernie Sanders"),
    # a woman or man described, not named, is what the pronoun takes up
    ('Volker Beck spoke. A 29-year-old Berlin woman received probation after she posted comments. "Out!" she wrote.',
     "a 29-year-old Berlin woman"),
    ('Volker Beck spoke. A 29-year-old Berlin teacher received probation after he posted comments. "Out!" he wrote.',
     "a 29-year-old Berlin teacher"),
    ('Volker Beck spoke. A 29-year-old Berlin company was fined after he posted comments. "Out!" he wrote.',
     "Volker Beck"),
    # an interviewee described, not named, is not passed over for a name further back (a reporter's)
    ('Sarah Lyall reports from Iowa.\n\nThe farmer, 62, has worked this land for 40 years. "It is dry," she said.',
     "the farmer"),
    ('Sarah Lyall reports from Iowa.\n\nThe farm, 62 acres, has been dry for 40 years. "It is dry," she said.',
     "Sarah Lyall"),
    # a title or office before a name is no part of it, and makes it a person: "Boss Steve Bruce", "Sir Ian"
    ('The club sold him. Boss Steve Bruce had said he would let him go. He added: "It did not work out."',
     "Steve Bruce"),
    ('Tony Blair spoke first. Sir Ian Blair spoke later. Sir Ian told a meeting it was "unwise" to guess. But he said: '
     '"Terrorists have long memories."', "Ian Blair"),
    ('Yahoo is big. For Jupiter analyst Olivier Beauvillain, it was an error. "Yahoo was busy," he said.',
     "Olivier Beauvillain"),
    ('Bill Gates is big. The veteran and the upstart have much in common. "Yahoo was busy," he said.', "Bill Gates"),
    # the writer's byline is nobody the article quotes
    ('By Sarah Lyall\n\nThe farm, 62 acres, has been dry for 40 years. "It is dry," she said.', None),
    ('Sarah Lyall, 62, runs the farm.\n\nThe farm has been dry for 40 years. "It is dry," she said.', "Sarah Lyall"),
    # a sentence that closes on its own attribution gives it to the quote inside it
    ('Kevin Rogers spoke. A developer can "make up something wild and crazy" and get away with it, he says.',
     "Kevin Rogers"),
    ('Kevin Rogers spoke. A developer can "make up something wild and crazy" and get away with it, and it fails.', None),
    # no reporting verb: the subject of the clause that holds the quote, not the sentence's
    ("Gov. Chris Christie called Hillary Clinton a “disgrace” after she attacked officers and blamed the police for "
     "“implicit bias” today.", "Hillary Clinton"),
    ("Gov. Chris Christie called Hillary Clinton a “disgrace” after officers were attacked and he blamed the police for "
     "“implicit bias” today.", "Chris Christie"),
    ("The anxiety grew on Wednesday when Speaker Paul Ryan of Wisconsin lamented the “disheartened” state of things.",
     "Paul Ryan"),
    # a quote right after "X said," is X's, whatever follows it
    ('Joe Arpaio spoke. He said, "Donald Trump will build the wall" - at which point the crowd chanted.', "Joe Arpaio"),
    ('Joe Arpaio spoke. "Donald Trump will build the wall," the crowd chanted.', "the crowd"),
    ('But as Trump claimed on Tuesday that “Petraeus got in trouble for far less,” one of the prosecutors said no.',
     "Trump"),
    ('But as the plan that “Petraeus got in trouble for far less,” one of the prosecutors said, is weak.',
     "one of the prosecutors"),
    # a description is cut after its last word that can speak, or is no speaker at all
    ('Police chief John Smith arrived. "I heard a bang," a low voice said from the back.', None),
    ('Police chief John Smith arrived. "I heard a bang," a neighbour said from the back.', "a neighbour"),
    ("His comments come as the economy slows and the “big society” plan stalls.", None),
    ("The documents released on Monday described the “friendly and easy” first meeting.", "The documents"),
    # "X’s answer was …", "X’s claim that …": X's words
    ("The Florida senator’s answer was that “the family is the most important institution.”", "The Florida senator"),
    ("Politifact did a fact-check on Donald Trump’s claim that there were “thousands of shootings” this year.",
     "Donald Trump"),
    ("The town responded, saying Donald Trump’s comments “are based on his opinion, not facts.”", "The town"),
    ("Donald Trump’s accusation that Hillary Clinton is playing the “woman’s card” touched off a debate.", "Donald Trump"),
    ("Critics rejected Trump’s description of Mexican immigrants as “rapists” on Monday.", "Trump"),
    ("The court heard the allegation that the firm hid “billions in losses” from investors.", None),  # no one's
    # "X stood by his comment that “…”": the nearest name before "his", not one after a preposition or an "and"
    ('As the debate went on and Trump stood by his comment Monday that "Islam hates us," refusing to budge, Rubio '
     'tried to rebuke him.', "Trump"),
    ("Clinton attacked Trump over his claim that “the election is rigged” on Monday.", "Trump"),
    ("Clinton’s wins in Maryland and Pennsylvania solidify her argument that she is not just a “regional” candidate, "
     "as Sanders’ campaign manager suggested.", "Sanders’ campaign"),
    # a quote with no cue after a sentence that turns to someone else is that person's
    ('"We are ready," John Smith said. Mary Jones, the mayor, disagreed. "The plan is simple and will not work."',
     "Mary Jones"),
    ('"We are ready," John Smith said.\n\nMary Jones, the mayor, was less sure. "The plan is simple and will not work."',
     "Mary Jones"),
    ('"We are ready," John Smith said. The plan was unveiled on Monday. "It is simple and it will work."', "John Smith"),
    ('"We are ready," Prince Saud said. Women now make up half of all graduates. "We have a new generation."',
     "Saud"),
    # a reporting verb whose subject is too long for the patterns: the sentence's subject, not the last speaker
    ('"He was not religious," Nefzi said.\n\nAnother Muslim who worshiped at the center here and who did not want to '
     'be named said he heard Mateen talk of "immorality" in the country.', "Another Muslim"),
    ('"He was not religious," Nefzi said.\n\nThe director at the center said he heard Mateen talk of "immorality" there.',
     "The director"),
    ('"We are ready," John Smith said. His neighbour Mary Jones is less sure. "It is simple and it will not work."',
     "Mary Jones"),
    ('"We are ready," John Smith said. His neighbour in Ohio is less sure. "It is simple and it will not work."',
     "John Smith"),
    # ", told X": X listens, and is no subject for the next quote
    ('“It is all about women,” Norbert Butz, 49, told The Huffington Post. “I found myself wanting more.”',
     "Norbert Butz"),
    # a name after a preposition is no subject: the phrase's head, or the name before its appositive
    ('Another intelligence source speaking to Fox News said, "The agents are investigating."',
     "Another intelligence source"),
    ('A spokesman for Hillary Clinton said: "We disagree with the report."', "Hillary Clinton spokesman"),
    ('Christoph Caselitz, president of the mobile networks division at the firm says that: "By 2015 the need will rise."',
     "Christoph Caselitz"),
    ('In an interview on Monday Hillary Clinton said: "We will win."', "Hillary Clinton"),
    # a passive's agent is the speaker: the one who asks, the one who calls it so
    ('Rubio was asked by Fox Business moderator Gerard Baker whether his plan would risk "adding an entitlement."',
     "Gerard Baker"),
    ('This has been called "strategic ambiguity" by Joshua Hendrick, a professor at Loyola University.',
     "Joshua Hendrick"),
    ('Smith was told by his doctor to rest, and said: "I will be back."', "Smith"),
    # a name right before the colon that introduces the quote, unless it is a preposition's object
    ("The timing of the surge doesn’t surprise Republican pollster Daron Shaw: “Lesser-known candidates gain most.”",
     "Daron Shaw"),
    ("Hillary Clinton forwarded a message with a request she often made to Huma Abedin: “Pls print.”", "Hillary Clinton"),
    # "said L2 president Bruce Willsie": an organisation and a role noun before the name
    ("“It was a sizable purchase of data,” said L2 president Bruce Willsie, who declined to give a price.",
     "Bruce Willsie"),
    ("“It was a sizable purchase of data,” said L2 on Monday.", "L2"),
    ('"We will meet his representative," said Atletico sporting director Toni Munoz.', "Toni Munoz"),
    # "X meanwhile told the BBC:": the listener before the colon is no speaker
    ('Mr Hockney meanwhile told the BBC: "I believe Robert Kilroy-Silk can deliver better."', "Hockney"),
    # a name and its appositive before the verb, with no comma before the verb
    ('Harry should see "the results of the symbol he chose to wear", Rabbi Marvin Hier, founder of the Simon '
     'Wiesenthal Center said.', "Marvin Hier"),
    # a passive reporting verb with no agent: its subject was described, it did not speak
    ('Q Magazine praised the runners-up. Keane’s Hopes and Fears was described as a "revelatory debut" in the poll.',
     None),
    ("Former Gov. Mike Huckabee, for his part, is labeling the actions “a blatant, belligerent abuse of power.”",
     "Mike Huckabee"),
    # "The German exchange said": an organisation, never "The German"
    ('The German exchange said it had held "constructive, professional and friendly" talks.', "The German exchange"),
    # a subject after "And" and an aside in dashes; a name in apposition to a possessor's noun ("Trump’s wife,
    # Melania,"), not a title in apposition ("Trump’s new book, Crippled America,"); the subject after an opening phrase
    ("James Comey spoke first. And Clinton campaign Chairman John Podesta — Bill Clinton’s former chief of staff — "
     "offered a slogan. “She will fight for families,” he said.", "John Podesta"),
    ("Hillary Clinton spoke in Ohio. Trump’s wife, Melania, defended him on Monday. “He is a good man,” she said.", "Melania"),
    ("Hillary Clinton spoke in Ohio. Trump’s new book, Crippled America, sold well on Monday. “It is a good book,” she said.",
     "Hillary Clinton"),
    ("Bernie Sanders spoke in Ohio. On CNN Tuesday, his wife, Jane, called for an open primary process. "
     "“Shutting people out is not smart,” she said.", "Jane"),
    ("Ted Cruz spoke first. In Iowa, Donald Trump stepped up his attacks. “He is a liar,” he said.", "Donald Trump"),
    # a described speaker of known sex ("said the woman") is what a later "she" refers to, but not a later "he"
    ('Donna Lages runs the shop. "One guy came in and said it," said the woman, who did not want to be named. '
     '"Too much hate," she said.', "the woman"),
    ('Donna Lages runs the shop. "One guy came in and said it," said the man, who did not want to be named. '
     '"Too much hate," she said.', "Donna Lages"),
    # a long "who" clause between the subject and its verb
    ('Volker Beck spoke first. In her New Year speech, Chancellor Angela Merkel, who has adopted one of the most open '
     'policies in Europe toward asylum seekers fleeing war in the Middle East, warned against hate. Her countrymen, she '
     'said, should not listen to "those with coldness in their hearts."', "Angela Merkel"),
    # a possessor opening a sentence is the topic a "he"/"she" in that sentence refers to, not a later one's
    ("Barack Obama met Aung San Suu Kyi on Monday. Suu Kyi’s fate is unclear, but she said: “We will win this election.”",
     "Suu Kyi"),
    ("Hillary Clinton lost. Ivanka Trump spoke on Monday. Clinton’s campaign answered at once. “We will win this "
     "election,” she said.", "Ivanka Trump"),
    ("Hillary Clinton spoke. Clinton’s campaign chairman, John Podesta, said on Monday it was over. “We will win this "
     "election,” he said.", "John Podesta"),
    # "For X," names whose view the sentence gives, and a later "he" takes X up
    ("For Rick Dean, director of business development at THX, a high-definition future is an exciting prospect. He has "
     "worked on Finding Nemo. “There was a time when the two worlds were apart,” he told the BBC.", "Rick Dean"),
    # "as X puts it", after the quote or before it
    ('North Korea is "racing towards the finish line," as Van Jackson, a professor at the Center, puts it.', "Van Jackson"),
    ('As Steven M. Rosenthal, a tax lawyer, recently put it, "Did Trump lower his taxes?"', "Steven M. Rosenthal"),
    ('It is "racing towards the finish line," as Van Jackson knows.', None),
    # a nickname in quotation marks inside a name does not split it: the person is the subject a "he" takes up
    ('Obama spoke on Monday. Juan "Chico" Manriquez of Oakland carried a photo. "I cried the whole parade," he said.',
     "Juan Manriquez"),
    ("Obama spoke on Monday. Juan ‘Chico’ Manriquez of Oakland carried a photo. “I cried the whole parade,” he said.",
     "Juan Manriquez"),
    ('Obama spoke on Monday. Smith called it "Obama" Tuesday. "I cried the whole parade," he said.', "Smith"),
    # "the senator" opening a sentence stands for the person named with that title ("Sen.") or in apposition,
    # not for the last subject; a description that matches no one named stays a description
    ("Donald Trump attacked Sen. Marco Rubio on Monday.\n\n“He is a lightweight,” Trump said.\n\nThe senator has "
     "insisted that he will stay. “I am not going anywhere,” he said.", "Marco Rubio"),
    ("“It was offensive,” said Ari Fleischer.\n\nChris Christie, the New Jersey governor, spoke next. The governor "
     "insisted that he will wait. “I want to wait,” he said.", "Chris Christie"),
    ("“It was offensive,” said Ari Fleischer.\n\nMore troubling was Trump’s refusal. Instead, the businessman "
     "has insisted that he will wait. “I want to wait,” he said.", "the businessman"),
    ("“It was offensive,” said Ari Fleischer, a former press secretary.\n\nThe governor, Chris Christie, disagreed. "
     "“I want to wait,” he said.", "Chris Christie"),
    ("Gov. Chris Christie spoke first.\n\n“We will win,” said Ari Fleischer, a former press secretary.\n\nThe "
     "senator agreed with him. “I want to wait,” he said.", "Ari Fleischer"),  # a governor is no "the senator"
    # a plural title ("Govs.") ends no sentence: the names after it are objects, not a new subject
    ("Speaking to CBS Monday, Marco Rubio refrained from attacking his rivals, particularly Govs. Jeb Bush and Chris "
     "Christie, who say he is too young. He dismissed it, saying “it was our greatest night.”", "Marco Rubio"),
    # a sex-marked noun before a name tells the person's sex, over a given name read as the other's
    ("“It is wrong,” said Josh Earnest. “They are 100 percent wrong,” said 9/11 widow Terry Strada.\n\nShe "
     "continued, “All we are asking for is a courtroom.”", "Terry Strada"),
    ("“It is wrong,” said Josh Earnest. “They are 100 percent wrong,” said 9/11 widow Jordan Strada.\n\nShe "
     "continued, “All we are asking for is a courtroom.”", "Jordan Strada"),  # "Jordan": a man's name by the Census
    ("“It is wrong,” said Josh Earnest. “They are 100 percent wrong,” said Terry Strada.\n\nHe "
     "continued, “All we are asking for is a courtroom.”", "Terry Strada"),  # "Terry": either sex
    ("Hillary Clinton spoke. “They are wrong,” said Navy veteran Tim Strada.\n\nShe continued, “All we are asking "
     "for is a courtroom.”", "Hillary Clinton"),
    # a possessive written with the apostrophe alone ("Sanders’ apology") is no name "Sanders’"
    ("Sen. Bernie Sanders (I-Vt.) apologized to Hillary Clinton. But Sanders’ apology overshadowed an attack he "
     "leveled earlier. “It bothers me very much,” he said.", "Bernie Sanders"),
    # one person in a trade, unnamed, opening a sentence ("A reporter for AFP"), when no one of known sex was a
    # subject just before; "Police", also written "police", is a common word, no surname
    ("Police said people should stay home. Police urged calm, as the police do. A reporter at the scene called it "
     "chaos. “We saw people hit,” he said.", "a reporter"),
    ("Donald Trump spoke on Monday. A reporter for Agence France-Presse asked him about it. “We will win,” he said.",
     "Donald Trump"),
    # whose words a sentence is about ("Comey’s statement", "Tuttle’s article") is whom the next "he" means
    ("“It was a long shot,” said Stephen Vladeck of the University of Texas.\n\nThat might sound strange to anyone "
     "listening to FBI Director James Comey’s statement on Tuesday. He called her handling “extremely careless.”",
     "James Comey"),
    ("“It was a long shot,” said Stephen Vladeck of the University of Texas.\n\nThat might sound strange to anyone "
     "who saw FBI Director James Comey’s car on Tuesday. He called her handling “extremely careless.”",
     "Stephen Vladeck"),
    ("Ian Tuttle wrote on Monday. Gov. Chris Christie endorsed Trump. Tuttle’s article also attacked Christie. He "
     "calls the endorsement “the most transparent display of affection.”", "Ian Tuttle"),
    # a pronoun after an opening phrase is the subject of a second verb: not the name after it
    ("Al Sharpton spoke. Eight years ago, he supported Barack Obama over Clinton and said, “Clinton has never done "
     "nothing for us.”", "Al Sharpton"),
    ("Al Sharpton spoke. In 2008, former anchor Katie Couric backed Obama and said, “Clinton has never done nothing "
     "for us.”", "Katie Couric"),
    # "The Florida senator" who spoke is the one named "Sens. … Marco Rubio" before, for a later "he" (the
    # description itself is shown as written); no one so titled: the moderator stays the last speaker
    ("Sens. Rand Paul and Marco Rubio debated on Tuesday.\n\nRubio was asked by moderator Gerard Baker whether it "
     "would risk “adding another entitlement.”\n\nThe Florida senator’s answer was that “the family matters.” But he "
     "had a slip.\n\n“The most important job is being a parent,” he said.", "Marco Rubio"),
    ("Gov. Jeb Bush and Sen. Marco Rubio debated on Tuesday.\n\nRubio was asked by moderator Gerard Baker whether "
     "it would risk “adding another entitlement.”\n\nThe Florida governor’s answer was that “the family matters.” But "
     "he had a slip.\n\n“The most important job is being a parent,” he said.", "Jeb Bush"),
    # the possessor before a name, with "’s" or a bare apostrophe, is no part of it
    ("CNN barely mentioned it. Fox News’ Bret Baier noticed that none of the networks cut away. He said his network "
     "“held on” Trump.", "Bret Baier"),
    ("Bret Baier hosted. CNN barely mentioned it. Fox News’ Baier noticed that none of the networks cut away. He said "
     "his network “held on” Trump.", "Bret Baier"),  # one word after it: a surname, expanded
    # "He", opening a sentence, is the subject of its participle ("…, saying"), as a name is
    ("Jonathan Sobin spoke first. He often breaks for Democrats, saying, \"I don't relate to the pro-gun people.\"",
     "Jonathan Sobin"),
    ("Mary Jones spoke first. He often breaks for Democrats, saying, \"I don't relate to the pro-gun people.\"",
     None),  # no "he" before it
    # a name in commas after a description opening a sentence is its subject: not the description
    ("“We will win,” Trump said.\n\nA Clinton spokesman, Brian Fallon, said the remarks were false. “It is a lie,” he "
     "said.", "Brian Fallon"),
    ("Ted Cruz spoke on Monday.\n\nA spokesman for Trump, Jason Miller, said the race was close. “It is close,” he "
     "said.", "Jason Miller"),
    ("Ted Cruz spoke on Monday.\n\nSanders’ campaign manager, Jeff Weaver, said the race was close. “It is close,” he "
     "said.", "Jeff Weaver"),
    # a possessor's lawyer or spokeswoman, unnamed, opening a sentence: whom the next "he"/"she" means; not the
    # possessor's speech or campaign, which is no one
    ("Ted Cruz spoke on Monday.\n\nMr. Trump’s lawyer said the claim was false. “It is false,” he said.",
     "Trump’s lawyer"),
    ("Ted Cruz spoke on Monday.\n\nTrump’s spokeswoman said the claim was false. “It is false,” she said.",
     "Trump’s spokeswoman"),
    ("Ted Cruz spoke on Monday.\n\nTrump’s campaign said the claim was false. “It is false,” he said.", "Ted Cruz"),
    # "King" after a given name is a surname, not a title cut off the name
    ("Donald Trump and Hillary Clinton spoke on Monday.\n\n“We will win,” Trump said.\n\nPeter King disagreed, and he "
     "said so. “It is over,” he said.", "Peter King"),
    ("Donald Trump spoke on Monday.\n\n“We will win,” Trump said.\n\nVirginia Gov. Terry McAuliffe disagreed. “It is "
     "over,” he said.", "Terry McAuliffe"),
    # an interviewer asking someone: the one asked answers; anyone else asking is the subject still
    ("Donald Trump and Hillary Clinton spoke on Monday.\n\n“We will win,” Clinton said.\n\nWhen CNN’s Jake Tapper asked "
     "Trump about Clinton, he laughed. “She is weak,” he said.", "Donald Trump"),
    ("Donald Trump and Hillary Clinton spoke on Monday.\n\n“We will win,” Clinton said.\n\nWhen Barack Obama asked "
     "Trump about Clinton, he laughed. “She is strong,” he said.", "Barack Obama"),
    # a month that is also a given name, before another name word, is a person's ("Jan Brewer"); a date is not
    ("Donald Trump spoke on Monday.\n\n“We will win,” Trump said.\n\nThe former governor of Arizona, Jan Brewer, said "
     "the race was close. “It is close,” she said.", "Jan Brewer"),
    ("Donald Trump and Hillary Clinton spoke on Monday.\n\n“We will win,” Clinton said.\n\nIn June Trump said the race "
     "was close. “It is close,” he said.", "Donald Trump"),
    ("Donald Trump and Hillary Clinton spoke on Monday.\n\n“We will win,” Trump said.\n\nBut April Ryan said the race "
     "was close. “It is close,” she said.", "April Ryan"),
    # an inverted subject after an opening phrase ("Joining him was X") is the one a later "he" means
    ("Donald Trump spoke on Monday.\n\n“We will win,” Trump said.\n\nJoining him was Rudy Giuliani, who said the race was "
     "close. “It is close,” he said.", "Rudy Giuliani"),
    ("Donald Trump spoke on Monday.\n\n“We will win,” Trump said.\n\nAmong those who spoke was Rudy Giuliani. “It is "
     "close,” he said.", "Rudy Giuliani"),
    ("Donald Trump spoke on Monday.\n\n“We will win,” Trump said.\n\nThen came the vote in Ohio. “It is close,” he "
     "said.", "Donald Trump"),
    # a name known once, with a kin noun in apposition after it ("Ivanka, his daughter,"), is a person
    ("Donald Trump and Hillary Clinton spoke on Monday.\n\n“We will win,” Trump said.\n\nIvanka, his daughter, defended "
     "him. “He is kind,” she said.", "Ivanka"),
    # a critic brought in after the subject ("drew fire from", "was criticized by") is whose words come next; one
    # who praised is not
    ("Donald Trump spoke on Monday.\n\n“We will win,” Trump said.\n\nTrump’s comments drew fire from House Speaker Paul "
     "Ryan. “It is wrong,” he said.", "Paul Ryan"),
    ("Donald Trump spoke on Monday.\n\n“We will win,” Trump said.\n\nThe comments were criticized by House Speaker Paul "
     "Ryan. “It is wrong,” he said.", "Paul Ryan"),
    ("Donald Trump spoke on Monday.\n\n“We will win,” Trump said.\n\nTrump was praised by House Speaker Paul Ryan. “I am "
     "honored,” he said.", "Donald Trump"),
    # an unnamed person who said something ("A senior administration official said") is whom the next "he" means;
    # one who asked is not (the one asked answers)
    ("Donald Trump spoke on Monday.\n\n“We will win,” Trump said.\n\nA senior administration official said the race was "
     "close. “It is close,” he said.", "a senior administration official"),
    ("Donald Trump spoke on Monday.\n\n“We will win,” Trump said.\n\nA senior administration official asked about the "
     "race. “It is close,” he said.", "Donald Trump"),
    # a paragraph that brings in a new person, opening a clause with a verb next, is about that person: its "he"
    # or "she" is that person, not the previous paragraph's speaker (even one with the same first name)
    ("“We will fight on,” said Mary Bruno, a voter.\n\nIn Louisville on Monday, Ms. Mary Jones was shocked by the "
     "crowd. “It cannot happen,” she said.", "Mary Jones"),
    ("“We will fight on,” said George Bruno, a voter.\n\nAnna Smith stayed home, but their neighbor Benjamin Green, 83, "
     "knows what he wants. “Build the wall,” he said.", "Benjamin Green"),
    ("“We will fight on,” said George Bruno, a voter.\n\nIreland have been boosted by the return of star skipper "
     "Brian O'Driscoll, who missed the last game. “It helped,” he said.", "Brian O'Driscoll"),
    # not a name in any other place (an object, a noun's modifier, after a verb), nor when the paragraph names
    # the previous speaker too
    ("“We will fight on,” said George Bruno, a voter.\n\nHe portrayed Mr. Benjamin Green as obsessed with costs. "
     "“Build the wall,” he said.", "George Bruno"),
    ("“We will fight on,” said George Bruno, a voter.\n\nAn early goal and a Benjamin Green strike won it. “Build the "
     "wall,” he said.", "George Bruno"),
    ("“We will fight on,” said George Bruno, a voter.\n\nThe voter believes Benjamin Green is right. “Build the wall,” "
     "he said.", "George Bruno"),
    ("“We will fight on,” said George Bruno, a voter.\n\nBenjamin Green spoke before Bruno did. “Build the wall,” he "
     "said.", "George Bruno"),
    ("“We will fight on,” said George Bruno, a voter.\n\nThe Brazilian confirmed tempers had flared near United boss "
     "Sir Alex Ferguson. “I saw people pushing,” he said.", "George Bruno"),
    # a nationality as an epithet ("the Dutchman", "the American") is the person of that nationality named before,
    # else the person the text is about; not one named as a preposition's object, not a party ("the Republican")
    ('Robin van Persie scored twice for Arsenal on Sunday.\n\n"It was a great day for us," the Dutchman said.',
     "Robin van Persie"),
    ('Dutch striker Robin van Persie scored. Boss Arsene Wenger was pleased.\n\n"It was a great day," the Dutchman '
     'said.', "Robin van Persie"),
    ('World number one Lindsay Davenport has criticised Wimbledon.\n\nReacting to a comment by All England Club '
     'chairman Tim Phillips, the American said: "I think it is insulting."', "Lindsay Davenport"),
    ('When Lleyton Hewitt shook his hand after another thrashing, the Australian said: "You are the best."',
     "Lleyton Hewitt"),
    ('Bill Smith spoke. "It is wrong," the Republican said.', "the Republican"),
    ('Arsenal won on Sunday.\n\n"It was a great day," the Dutchman said.', None),
    # a player's position as an epithet, likewise
    ('Adam Jones says the Wales forwards are ready.\n\nThe prop said: "If we get stuffed up front, we have had it."',
     "Adam Jones"),
    ('Wales were ready on Sunday.\n\nThe prop said: "If we get stuffed up front, we have had it."', None),
    ('Petr Cech kept a clean sheet on Sunday.\n\nThe keeper said: "We defended well as a team."', "Petr Cech"),
    # a post that is also a rank is no epithet: the captain may be another player
    ('Petr Cech kept a clean sheet on Sunday.\n\nThe captain said: "We defended well as a team."', "The captain"),
    # a quote in a list item is the words of whoever the sentence introducing the list (ending in ":") names
    ('"We are shocked," said Matthew Soerens, a spokesman.\n\nSoerens argued that:\n\nl Only 2,200 Syrians came.\n\n'
     'l The situation here is "entirely different" than in Europe.', "Matthew Soerens"),
    ('"We are shocked," said Matthew Soerens, a spokesman.\n\nSoerens argued that:\n\n• The situation here is '
     '"entirely different" than in Europe.', "Matthew Soerens"),
    ('"We are shocked," said Matthew Soerens, a spokesman.\n\nThe plan has three parts.\n\nThe vote was close.\n\n'
     '• The situation here is "entirely different" than in Europe.', None),
])
def test_pronoun_narrator_and_listener_speakers(text, speaker):
    assert extract_quotes(parse(text), ())[-1].speaker == speaker  # the last quote's speaker


def test_headline_words_are_no_speaker():
    """A title-case headline ("… Explains Why She Sees …") is no one a later "she" can mean."""
    text = ("Schlafly’s Final Column Explains Why She Sees Qualities In Trump\n\n"
            "The activist, who died Monday, used her final column to praise him.\n\n"
            "“Trump reminds me of Reagan,” she wrote.")
    headline_end = text.index("\n")
    assert extract_quotes(parse(text), (), headline_end)[-1].speaker is None
    assert extract_quotes(parse(text), ())[-1].speaker is not None  # read as body text, the run is taken


def test_scoring_leaves_out_quotes_in_marks_the_gold_never_read(tmp_path):
    """PolNeAR's gold quotes come from “…” and "…" only: a quote in '' … '' is read for the page
    but left out of the score (and counted), while one in double marks is kept."""
    import json

    from generator.evaluate import _in_gold_marks

    text = "Intro.\n\n''We are ready,'' Smith said. \"We won,\" Jones said."
    gold, pred, out = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl", tmp_path / "out.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": text, "quotes": []}) + "\n", encoding="utf-8")
    quotes = [{"text": q.text, "start": q.start, "end": q.end} for q in extract_quotes(parse(text), ())]
    assert [q["text"] for q in quotes] == ["We are ready,", "We won,"]
    pred.write_text(json.dumps({"id": "a", "quotes": quotes}) + "\n", encoding="utf-8")
    assert _in_gold_marks(gold, pred, out) == 1
    assert [q["text"] for q in json.loads(out.read_text(encoding="utf-8"))["quotes"]] == ["We won,"]


def test_a_pronoun_never_takes_an_organisation():
    from generator.analysis.actors import extract_actors

    """'she said' goes to a person, never to a publication or an office the actor list reads as one."""
    text = ("Merkel speech\n\nDer Spiegel reported on Monday that the chancellor spoke. "
            "Chancellor Angela Merkel warned against hate. Der Spiegel said it was a turn. "
            "“Do not listen to them,” she said.")
    doc = parse(text)
    speaker = extract_quotes(doc, extract_actors(doc))[-1].speaker
    assert speaker == "Angela Merkel"


@pytest.mark.parametrize(("text", "speaker"), [
    # a spokesperson for a named body or person is shown as that body's spokesperson
    ("“We will appeal,” a spokeswoman for Barclays said.", "Barclays spokeswoman"),
    ("“We will appeal,” said a spokesman for the Pentagon.", "Pentagon spokesman"),
    ("“We will appeal,” a Mittal Steel spokesman said.", "Mittal Steel spokesman"),
    # a bare "a spokesman" takes the "X spokesman" written just before it, unless that one was named
    ("A Mittal Steel spokesman said no decision was made. “We will invest,” a spokesman said.",
     "Mittal Steel spokesman"),
    ("Mittal spokesman John Smith said no decision was made. “We will invest,” a spokesman said.", "a spokesman"),
    ("“We will invest,” a spokesman said.", "a spokesman"),
    ("“We will invest,” a campaign spokesman said.", "a campaign spokesman"),  # no name in it: as written
    # a named spokesperson keeps the name
    ("“We will appeal,” said Brian Fallon, a spokesman for Hillary Clinton.", "Brian Fallon"),
    # a body that is only a description stays as written
    ("“It is over,” a spokeswoman for the campaign said.", "a spokeswoman for the campaign"),
    # "the" before a date is no body's name: the nominee stays as written
    ("“It is over,” the Republican nominee for the Nov. 8 election said.", "the Republican nominee"),
    # "his claims" is a noun, not "a friend of his" saying
    ("Tom Hill denied the claims of his rivals. “No,” he said.", "Tom Hill"),
    # "his colleague" is someone's colleague: the person the pronoun refers to
    ("Ann Smith resigned on Monday. “She was very brave to do this,” her colleague said.", "a colleague of Ann Smith"),
    ("“She was very brave to do this,” her colleague said.", "her colleague"),  # no one to refer to
    ("Ann Smith resigned on Monday. “She was brave,” a colleague said.", "a colleague"),
    # a spokesperson for a body of capitalised words, "the" before it or not
    ("Aid was sent. “We are watching closely,” a spokeswoman for the State Department said.",
     "State Department spokeswoman"),
    # "a friend of his": the person "his" refers to, else just "a friend"
    ("John Smith died on Monday. “He was a kind man,” a friend of his said.", "a friend of John Smith"),
    ("John Smith died on Monday. A friend of his said: “He was a kind man.”", "a friend of John Smith"),
    ("“He was a kind man,” a friend of his said.", "a friend"),
    # "the 28-year-old": the person the article gave that age, else the one the sentences before are about
    ("Kate Deeley, 28, is leaving the show. “I had great years,” said the 28-year-old.", "Kate Deeley"),
    ("Police held 28-year-old builder Tom Hill. “No,” the 28-year-old added.", "Tom Hill"),
    ("Ivo Minar was forced to pull out. “It was a big success,” said the 20-year-old.", "Ivo Minar"),
    ("“It was a big success,” said the 20-year-old.", "the 20-year-old"),
    ("Ann Lee, 31, was freed on Monday. “No,” said the 28-year-old.", "the 28-year-old"),  # another age
    # "said X, a professor, adding that … “…”": X, not the appositive
    ("The court ruled. “It is clear,” said Anthony Sebok, a professor at Brooklyn Law School, adding that "
     "the appeal was what the government “would be expected to ask for”.", "Anthony Sebok"),
])
def test_description_speakers_take_the_name_the_article_gives(text, speaker):
    assert extract_quotes(parse(text), ())[-1].speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # "the bank" is the one organisation the article calls a bank
    ("Deutsche Bank cut its forecast on Monday. “Demand was weak,” the bank said.", "Deutsche Bank"),
    ("Shares in oil company Rosneft fell on Monday. “Demand was weak,” the company said.", "Rosneft"),
    ("Shares in oil company Rosneft fell on Monday. “Demand was weak,” a spokesman for the company said.",
     "Rosneft spokesman"),
    # two banks: no telling which
    ("Deutsche Bank and Barclays Bank cut forecasts on Monday. “Demand was weak,” the bank said.", "the bank"),
    # no organisation called a bank: left as written
    ("Shares in Rosneft fell on Monday. “Demand was weak,” the bank said.", "the bank"),
])
def test_the_company_is_the_organisation_named(text, speaker):
    from generator.analysis.actors import extract_actors

    doc = parse(text)
    assert extract_quotes(doc, extract_actors(doc))[-1].speaker == speaker


@pytest.mark.parametrize(("text", "found"), [
    ("Acme, the US firm, said", True), ("the Acme firm", True), ("game maker Acme said", True),
    ("maker  Acme’s", False),  # an apostrophe after the name: not the noun's apposition
    ("maker\nAcme said", False), ("Acme sued the firm", False), ("gamemaker Acme", False),
])
def test_organisation_in_apposition_with_its_noun(text, found):
    import re

    from generator.analysis.quotes.described import _in_apposition
    nouns = "company|firm|maker"
    after = re.compile(rf"(?:,[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w\-]+[^\S\n]+){{0,3}}|[^\S\n]+)(?:{nouns})\b")
    assert _in_apposition(text, "Acme", after, re.compile(rf"\b(?:{nouns})\Z"), 7) is found


@pytest.mark.parametrize(("text", "speaker", "role"), [
    # a relation noun after a possessive, then the name in apposition: the name speaks
    ("Their lawyer, Majeed Memon, said: “We had argued the case.”", "Majeed Memon", "their lawyer"),
    ("Their lawyer said: “We had argued the case.”", None, None),  # no name: no one to credit
    # "X quoted Y as saying": Y's words, not X's
    ("“We need lower costs,” the newspaper quoted Qantas chief executive Geoff Dixon as saying.", "Geoff Dixon",
     "Qantas chief executive"),
    ("The Times quoted John Reid as saying: “We will not leave.”", "John Reid", None),
    ("“We need lower costs,” the newspaper said, saying it had seen the memo.", "the newspaper", None),  # no one quoted
    # a military rank with an ordinal is part of the role
    ("“I was hoping for more,” said Air Force 1st Lt. Tyler Livingston.", "Tyler Livingston", "Air Force 1st Lt."),
    ("“I was hoping for more,” said the 2nd Circuit.", "Circuit", "the 2nd"),  # no rank: no name either
    # a possessor before a name is the role, not part of the name
    ("Intel’s Allen Wilson told the BBC: “We are lead free now.”", "Allen Wilson", "Intel"),
    ("“We are lead free now,” eBay’s David Stern told the BBC.", "David Stern", "eBay"),
    ("Trump’s claims drew fire. “We are lead free now,” Jones said.", "Jones", None),
    # a coordinated subject, an organisation and a person with a role: the person speaks
    ("Yahoo News and former TV network anchor Katie Couric has promoted humility, advising graduates to “become "
     "members of the two-H club.”", "Katie Couric", "former TV network anchor"),
    ("Yahoo News and the network have promoted humility, advising graduates to “become members of the two-H club.”",
     "Yahoo News", None),  # no person in the second subject
    # after an inverted verb, a description with a name inside is the speaker, not the name
    ("Clinton spoke. “She didn’t like that,” said a senior Clinton aide.", "a senior Clinton aide", None),
    ("Clinton spoke. “She didn’t like that,” said the Trump campaign in a statement.", "the Trump campaign", None),
    ("Clinton spoke. “She didn’t like that,” said a friend of Jane Smith.", "a friend of Jane Smith", None),
    ("Clinton spoke. “She didn’t like that,” said an adviser to Bill Clinton.", "an adviser to Bill Clinton",
     None),
    # a modifier after the description's noun is left out; a no-break space is a space
    ("Clinton spoke. “She didn’t like that,” said a senior Clinton aide familiar with the talks.",
     "a senior Clinton aide", None),
    ("Clinton spoke. “She didn’t like that,” said a senior Clinton aide traveling with her.",
     "a senior Clinton aide", None),
    ("Clinton spoke. “She didn’t like that,” said a senior Clinton\xa0aide.", "a senior Clinton aide", None),
    ("Clinton spoke. “She didn’t like that,” said two Obama administration officials.",
     "two Obama administration officials", None),
    ("Clinton spoke. “She didn’t like that,” said the Rev. Al Sharpton in a statement.", "Al Sharpton", "Rev."),
    ("Clinton spoke. “She didn’t like that,” said former Rep. George Miller.", "George Miller", "Rep."),
    ("Clinton spoke. “She didn’t like that,” said a spokesman for Hillary Clinton.", "Hillary Clinton spokesman",
     "a spokesman for"),
    # an organisation, a post and a person's name: the person speaks, the organisation and post are the role
    ("“These awards mean everything,” said Sideways producer Michael London.", "Michael London", "Sideways producer"),
    ("Newcastle boss Graeme Souness reopened the row after claiming the Welshman was “not good enough” for them.",
     "Graeme Souness", "Newcastle boss"),
    ("Shadow home secretary David Davis said it mattered and urged ministers to move “as fast as possible” now.",
     "David Davis", "Shadow home secretary"),
    ("Eddie Jones met France boss Fabien Galthie on Saturday, calling the draw “a fair result” for both.", "Eddie Jones",
     None),  # the post and name after a verb: an object, not the subject
    # an office, then a person's full name in commas: the person speaks, the office is the role
    ("The Shadow Secretary of State for the Family, Theresa May, said: “These plans were announced in December.”",
     "Theresa May", "The Shadow Secretary of State for the Family"),
    ("The Mayor of London, Ken Livingstone, said: “These plans were announced in December.”", "Ken Livingstone",
     "The Mayor of London"),
    ("Tony Blair, the Prime Minister, said: “These plans were announced in December.”", "Tony Blair", "the Prime Minister"),
    ("Tony Blair, New Labour, said: “These plans were announced in December.”", "Tony Blair", "New Labour"),
    ("After the match, Arsene Wenger, said: “We were poor.”", "Arsene Wenger", None),  # a phrase, no office
    ("After the end of the match, Arsene Wenger, said: “We were poor.”", "Arsene Wenger", None),
    ("On Wednesday, however, the director of the agency, James Comey, said “it was a private message”.",
     "James Comey", "the director of the agency"),
    ("“We're anxious,” said another Twitter user, Johanna Bayer.", "Johanna Bayer", "another Twitter user"),
    ("After the match, the manager, Arsene Wenger, said: “We were poor.”", "Arsene Wenger", "the manager"),
    ("The head of the unit, Acting Detective Chief Superintendent, Mick Deats, said: “We were poor.”", "Mick Deats",
     "The head of the unit, Acting Detective Chief Superintendent"),
    ("“He deserved it,” the assailant, John McGraw, told the program.", "John McGraw", "the assailant"),
    ("The Home Secretary, Charles Clarke, said: “We were poor.”", "Charles Clarke", "The Home Secretary"),
    # a player's position is a person: the club before it is not the speaker
    ("“There is no lack of confidence in the team,” said the Sale full-back.", "the Sale full-back", None),
    ("“There is no lack of confidence in the team,” said the Sale captain.", "the Sale captain", None),
])
def test_speaker_and_role_around_names(text, speaker, role):
    (quote,) = extract_quotes(parse(text), ())
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(("text", "speakers"), [
    # a question put to someone by an unnamed asker is not the words of the one asked
    ("Trump spoke to the Times.\n\nTrump was asked, “What is the most dangerous place?”\n\nTrump joked that it "
     "was Brooklyn, but went on to say, “There are places in America.”", [None, "Trump"]),
    ("Trump was asked by moderator Gerard Baker, “What is the most dangerous place?”", ["Gerard Baker"]),
    ("Trump was asked about it and answered, “It is Brooklyn, of course.”", ["Trump"]),
])
def test_a_question_put_to_someone(text, speakers):
    assert [q.speaker for q in extract_quotes(parse(text), ())] == speakers


@pytest.mark.parametrize(("text", "speaker", "role"), [
    ("Chief executive Geoff Dixon was quoted by The Australian newspaper as saying the airline must remain "
     "“all-Australian”.", "Geoff Dixon", "Chief executive"),  # a passive "quoted by": the subject speaks
    ("“We want neat devices,” the EPA’s Andrew Fanara said.", "Andrew Fanara", "EPA"),
    ("“We want neat devices,” the Republican said.", "the Republican", None),
    ("“We want neat devices,” Labour’s Mr Livingstone said.", "Livingstone", "Labour"),  # an honorific is no role
    ("Australia’s Prime Minister John Howard also offered his congratulations, adding that their decision was a "
     "“sensible and a good thing”.", "John Howard", "Australia’s Prime Minister"),
])
def test_possessors_and_passive_quoting(text, speaker, role):
    (quote,) = extract_quotes(parse(text), ())
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(("text", "expected"), [
    # an embedded post is its author's quotation: the footer's name, else a name whose letters the handle holds
    ('Martin O’Malley spoke.\n\n<tweet pic="" author="MartinOMalley" tweet_id="1">Enough is enough: it’s time to act '
     'https://t.co/x</tweet>.', [("Enough is enough: it’s time to act", "Martin O’Malley")]),
    ('<tweet id="1" author="@HillaryClinton">I am thrilled to announce my running mate. pic.twitter.com/l — Hillary '
     'Clinton (@HillaryClinton) July 23, 2016</tweet>', [("I am thrilled to announce my running mate.", "Hillary Clinton")]),
    ('<tweet author="@tedcruz" id="2">Our prayers are with the victims.</tweet>', [("Our prayers are with the victims.", "@tedcruz")]),
    ('<tweet author="@someone" id="12345">Text</tweet>', []),  # too short to be a quotation
    ('<tweet author="@TheLloydGrove" id="3">“Very good reporter, this guy”–@realDonaldTrump taking a question</tweet>',
     [("Very good reporter, this guy", None)]),  # a post that quotes someone: the marks' quotation only
])
def test_embedded_posts(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(("text", "opens"), [
    ("He spoke to the crowd, and then said this,\nSmith went on", True),  # a hard-wrapped line after a comma
    ("He spoke to the crowd. Smith went on", True),
    ("the crowd cheered as Smith went on", False),  # after a conjunction's clause: no clause of his own
])
def test_a_name_opens_its_clause_across_a_wrapped_line(text, opens):
    from generator.analysis.quotes.speakers import _opens_clause
    assert _opens_clause(text, 0, text.index("Smith")) is opens


@pytest.mark.parametrize(("text", "expected"), [
    ('He added: "To win titles you need players. If we stagnate', True),
    # a quotation of several paragraphs run into one, each part opened again
    ('"I either win titles. "I think I will always choose football." He added: "To win. If we', True),
    ("“The solution is not politics. Let owners decide. Either way", True),
    ("Le ministre a dit : « Nous allons gagner. Puis", True),
    # closed before the point
    ('"I either win titles. "I think I will always choose football." Anelka has', False),
    ("He called the deal “a disaster” and left. Then", False),
    ('He measured it at 6" and left. Then', False),
    ('He said it costs "$10 million a year.“ Then', False),  # a swapped closing mark after a word closes
])
def test_open_double_at_the_end(text, expected):
    assert (open_double_at(text, 0, len(text), len(text)) >= 0) is expected


def test_a_lost_break_after_a_closed_single_quotation():
    # '… my day.' "But …": a paragraph of quotation ends with a single quotation closed after its stop
    text = 'He said: "You start to think: \'This is not my day.\' "But then you find a way out of there."'
    assert open_double_at(text, 0, len(text), text.index("This")) == text.index('"You')
    assert open_double_at(text, 0, len(text), text.index("then")) == text.index('"But')


@pytest.mark.parametrize(("text", "speaker", "role"), [
    # a description of one person the article names: the person, the description the role
    ("Steve Finnan believes Ireland can win. The versatile Finnan starred against France. “There is a chance for us "
     "now to win the group,” said the Liverpool player.", "Steve Finnan", "the Liverpool player"),
    ("“Many of his ideas are far from heartwarming,” columnist Ai Jun wrote. But Trump has one thing in common with "
     "the Chinese, the columnist suggested: “His winning streak is solid proof.”", "Ai Jun", "the columnist"),
    ("Wales coach Mike Ruddock spoke after the game. “We created more chances than they did,” said the coach.",
     "Mike Ruddock", "the coach"),
    ("Gordon Strachan has rejected the job. Club director Terry Brady held talks with Strachan on Saturday. “It is a "
     "fantastic job for anybody,” said the former Scotland international.", "Gordon Strachan",
     "the former Scotland international"),
    ("The pressure is on coach Andy Robinson. But Robinson was bullish. And skipper Jason Robinson believes the mood "
     "is good. “There is no lack of confidence in the team,” said the Sale full-back.", "Jason Robinson",
     "the Sale full-back"),
    ("Chester have won two games but Chairman Steve Vaughan cannot afford to sack him. But the Chester chairman "
     "added: “They decided to withdraw the verbal agreement.”", "Steve Vaughan", "the Chester chairman"),
    ("Foreign Secretary Jack Straw said the UK would veto it. Home Secretary Charles Clarke agreed. The foreign "
     "secretary said: “We have one of the lowest net receipts.”", "Jack Straw", "The foreign secretary"),
    # the person a "he" after the description means
    ("Former Southampton manager Gordon Strachan has rejected the job. Club director Terry Brady held talks with "
     "Strachan. The former Scotland international added that it was not wise. “I have too many memories,” he said.",
     "Gordon Strachan", None),
    # two people hold the post, another post is stated, or no one is named: the description as written
    ("Wales coach Mike Ruddock met England coach Andy Robinson. “We created more chances than they did,” said the "
     "coach.", "the coach", None),
    ("Shadow chancellor Oliver Letwin spoke first. “The plans are affordable,” the chancellor insisted.",
     "the chancellor", None),
    ("Home Secretary Charles Clarke spoke first. The foreign secretary said: “We have one of the lowest net "
     "receipts.”", "The foreign secretary", None),
    ("Ireland lost in Paris on Saturday. “There is a chance for us now to win the group,” said the Liverpool player.",
     "the Liverpool player", None),
    ("Steve Finnan was hurt. “There is a chance for us now to win the group,” said the man.", "the man", None),
    # outside sport no one is guessed (a firm's or a party's post); a player the article ties to another club
    ("Tesco is under pressure. Justin King criticised the plan. “It is a bad plan,” said the Tesco boss.",
     "the Tesco boss", None),
    ("Gordon Brown then met Tom Smith. “It is a bad plan,” said the Labour chairman.", "the Labour chairman", None),
    ("Arsenal beat Chelsea. Arsenal’s Thierry Henry scored twice. “It is a bad result,” said the Chelsea player.",
     "the Chelsea player", None),
    ("Manchester United's Alex Ferguson praised his players. “It was our hardest away game,” said the Old Trafford "
     "boss.", "Alex Ferguson", "the Old Trafford boss"),  # a ground the gazetteer knows; "United" half a club's name
    ("Arsenal beat Chelsea. Frank Lampard scored twice. “It is a bad result,” said the Chelsea player.",
     "Frank Lampard", "the Chelsea player"),
])
def test_a_description_credits_the_one_person_it_names(text, speaker, role):
    quote = extract_quotes(parse(text), ())[-1]
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(("text", "speaker", "role"), [
    # an office, then a person's name in commas, after the verb or before it after a quote: the person speaks
    ("“We will not give way to terror,” said the Home Secretary, Charles Clarke.", "Charles Clarke", "the Home Secretary"),
    ("“We will not give way to terror,” the Home Secretary, Charles Clarke, said.", "Charles Clarke", "the Home Secretary"),
    ("“We will not give way to terror,” said Britain's ambassador to the UN, Emyr Jones Parry.", "Emyr Jones Parry",
     "Britain's ambassador to the UN"),
    ("“We will not give way to terror,” Britain's ambassador to the UN, Emyr Jones Parry, said.", "Emyr Jones Parry",
     "Britain's ambassador to the UN"),
    ("Britain's ambassador to the UN, Emyr Jones Parry, said: “We will not give way to terror.”", "Emyr Jones Parry",
     "Britain's ambassador to the UN"),
    ("“It is over,” Scott Pruitt, the attorney general of Oklahoma, one of the states, said.", "Scott Pruitt", None),
])
def test_an_office_then_a_name_after_a_quote(text, speaker, role):
    (quote,) = extract_quotes(parse(text), ())
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize(("text", "speaker"), [
    # no person's name in the commas: the subject as before
    ("“We will not give way to terror,” said the Home Secretary, who spoke in London.", "Home Secretary"),
    ("“We will not give way to terror,” said the company, Acme Corp.", "the company"),
    # an office held for someone else: the name in commas is the other one's, not the speaker's
    ("“We will not give way,” an aide to the Prime Minister, Tony Blair, said.", None),
    ("“We will not give way,” said a friend of the President, Barack Obama.", "a friend"),
    ("A spokesman for the Mayor of London, Boris Johnson, said: “We will not give way.”", "Mayor of London spokesman"),
    ("“We will not give way,” said a spokesman for the Mayor of London, Boris Johnson.", "Mayor of London spokesman"),
    ("An aide to the Prime Minister, Tony Blair, said: “We will not give way.”", "An aide"),
    # a place in commas is no one: "the capital, Kuala Lumpur"
    ("“We will not give way,” said a UN spokesman in the capital, Kuala Lumpur.", "UN spokesman"),
])
def test_no_speaker_in_the_commas_after_an_office(text, speaker):
    (quote,) = extract_quotes(parse(text), ())
    assert quote.speaker == speaker


_RATES = ("Trump was wrong about rates. But Trump has at least seemed to understand that low rates are needed, he "
          "said. That is more than you can say for other Republicans. ")
_RYAN = "He has said he gets his ideas from a novel. In 2010, he warned that buying bonds “risks higher inflation.”"


@pytest.mark.parametrize(("text", "speaker"), [
    # a pronoun opening the sentence after one that brings in a new person, and no one else, is that person
    (_RATES + "Just look at House Speaker Paul D. Ryan. " + _RYAN, "Paul D. Ryan"),
    # a pronoun in that sentence, or two people there: the subject still
    (_RATES + "He looked at House Speaker Paul D. Ryan. " + _RYAN, "Trump"),
    (_RATES + "Just look at Paul D. Ryan and Mitch McConnell. " + _RYAN, "Trump"),
])
def test_a_pronoun_after_a_newly_introduced_person(text, speaker):
    assert extract_quotes(parse(text), ())[-1].speaker == speaker


@pytest.mark.parametrize(("text", "speakers"), [
    # a roundup: an item opening with a heading in capitals does not carry on the previous item's speaker
    ("TOP STORIES.\n\nCLINTON IS FEELING THE BERN As the race tightens, Bernie Sanders said his rival is in “serious "
     "trouble.”\n\nUN: PEACEKEEPERS PAYING FOR SEX “The allegations are extremely serious and shocking to all of us.”",
     ["Bernie Sanders", None]),
    # a paragraph opening with an acronym or two is no heading
    ("Bernie Sanders said his rival is in “serious trouble.”\n\nUS EPA rules are in court. “The allegations are "
     "extremely serious and shocking to all of us.”", ["Bernie Sanders", "Bernie Sanders"]),
])
def test_a_roundup_item_has_its_own_speakers(text, speakers):
    assert [q.speaker for q in extract_quotes(parse(text), ())] == speakers
