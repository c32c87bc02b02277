"""Open questions: one table of positive and negative rows per pattern of the registry, the rows
carried over from the rule rounds of the old engine, and the funnel (``explain``, ``--explain``)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.analysis import parse
from generator.analysis.actors import extract_actors
from generator.analysis.questions import MAX_QUESTIONS, candidates, explain, extract_questions
from generator.analysis.questions.patterns import REGISTRY
from generator.analysis.questions.ranking import rank
from generator.analysis.questions.candidates import cut_indefinite, malformed
from generator.analysis.questions.references import dangling
from generator.analysis.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_0b7a11e69ca9f520.txt"


def questions(text: str):
    doc = parse(text)
    return extract_questions(doc, extract_actors(doc), ())


def kept(text: str) -> list[tuple[str, str]]:
    doc = parse(text)
    actors = extract_actors(doc)
    found, _ = candidates(doc, actors, extract_quotes(doc, actors))
    return [(c.pattern, c.text) for c in rank(found)]


MALFORMED = [
    ("Could There's no question Clinton will win?", "a contraction pasted from its sentence"),
    ("Will Mr Smith say it won't happen?", "a contraction pasted from its sentence"),
    ("Could But the council raise taxes?", "a sentence's first word pasted inside"),
    ("Will no doubt require the help of Sanders?", "a sentence's first word pasted inside"),
    ("Will Britain leave the E.U.' camp?", None),
    ("Will Britain quit the U?", "ends on a fragment"),
    ("Could the attacks strengthen the leave the E.U.'?", "ends on a fragment"),
    ("Could Warren broker peace between Clinton?", "ends on a fragment"),
    ("Will the party put the discord behind?", "ends on a fragment"),
    ("Will Bernie Sanders's's campaign end?", "a doubled possessive"),
    ("Will Mrs. Clinton choose?", "a verb with no object"),
    ("Will Mrs. Clinton choose a running mate?", None),
    # a needs-an-object word after a determiner is a noun: "its takeover offer"
    ("Will Xstrata increase its takeover offer?", None),
    ("Will Xstrata offer?", "a verb with no object"),
    # "drop out" ends on its particle; "sort out" still lost its object
    ("Will Trump drop out?", None),
    ("Will the council sort out?", "ends on a fragment"),
    ("What will the inquiry find?", None),
    ("Will the nominating process send a commander to Washington. This might?", "two sentences in one"),
    ("Will Mr. Trump sign the bill?", None),
    ("Will Sanders remind voters of his record by mentioning the fact?", "ends on a fragment"),
    ("Will X take a bribe?", None),  # "a"/"an" and a word: judged against its sentence (``cut_indefinite``)
    ("Will Gordon Brown axe jobs to free up money for education, health, defence, housing?", "a list with no 'and'"),
    ("Will Europe insist on stricter passport, visa and luggage checks?", None),
    ("Will the German deficit fall to fall to 2.9% of GDP next year?", "a doubled phrase"),
    ("Will the organization no longer accept foreign donations?", "'no longer' kept from a statement"),
    ("Will Donald J. Trump campaign in Louisville?", None),
    ("Will " + "the council and " * 9 + "Labour agree?", "over 28 words"),
]


# A question ending on "a"/"an" and a word is cut short only where its sentence goes on with the noun phrase.
@pytest.mark.parametrize(("question", "sentence", "cut"), [
    ("Will Yugansk operate as a separate?", "Yugansk will operate as a separate, state-owned oil firm.", True),
    ("Will Acme become a major?", "Acme could become a major player in Asia.", True),
    ("Will Sanders eke out a win?", "He thought Sanders would eke out a win.", False),
    ("How will the nation reckon with its first election between a man and a woman?",
     "It raised the question of how the nation will reckon with its first election between a man and a woman.", False),
    ("Will Clinton be easy to defeat in a debate?", "He said Clinton would be easy to defeat in a debate - with a comment.", False),
    ("Will the campaign bring questions to a halt?", "Asked whether the campaign would bring questions to a halt, Mr. Smith said no.", False),
    ("Will X take a bribe?", "Nobody thinks X would take a bribe to vote.", False),
    ("Will Acme raise £6m a year?", "Acme hopes to raise £6m a year from the plan.", False),  # a rate
    ("Will Acme hire a chief?", "Acme said it would appoint a new boss.", False),  # not in its sentence: no evidence of a cut
    ("Will Acme make a bid?", "Acme may make a “bid” for Beta.", False),
    ("Will Acme make a bid?", "Acme may make a bid, analysts said.", False),  # a comma and a new clause
    ("Will Acme sign a deal?", "Acme will sign a deal worth $5bn.", False),
    ("Will the board hold a vote?", "The board will hold a vote Tuesday.", False),
    ("Will Acme reach a deal?", "Acme hopes to reach a deal soon.", False),
    ("Will Acme honour a deal?", "Acme will honour a deal struck last week.", False),
    ("Will Acme become a leading?", "Acme could become a leading, cheap, modern carrier.", True),  # a further adjective and comma
])
def test_an_indefinite_end_is_cut_where_its_sentence_goes_on(question, sentence, cut):
    assert cut_indefinite(question, sentence) == cut


# A noun phrase cut after "a"/"an" and a word is ranked low, not dropped (its source's name aside).
@pytest.mark.parametrize(("text", "question"), [
    ("Oil deal\n\nAnalysts spoke on Friday. Acme hopes to become a major, profitable, global player in Asia next year.",
     "Will Acme become a major?"),
    ("Oil deal\n\nAnalysts spoke on Friday. Yukos said Yugansk will operate as a separate, state-owned oil firm next year.",
     "Will Yugansk operate as a separate, as Yukos says?"),
])
def test_an_indefinite_end_cut_short_is_penalised_not_dropped(text, question):
    found = [c for c in _candidates(text) if c.text == question]
    assert found and found[0].dropped is None and any(r.startswith("ends on 'a'/'an'") for r, _ in found[0].penalties), [c.why() for c in found]


# A verb straight before a time adjunct lost its object only where its sentence shows the relative clause's gap.
@pytest.mark.parametrize(("question", "sentence", "cut"), [
    ("Will Paul Ryan roll out right before the convention?", "Ryan has an agenda that he plans to roll out right before the convention.", True),
    ("Will Bernie Sanders make between now and the convention?",
     "The gains that Bernie Sanders must make between now and the convention are large.", True),
    ("Will Paul Ryan roll out his agenda right before the convention?", "Ryan plans to roll out his agenda right before the convention.", False),
    ("Will the ceasefire hold after the deadline?", "Diplomats hope the ceasefire will hold after the deadline.", False),
    ("Will Rooney sign before the window closes?", "United expect Rooney to sign before the window closes.", False),
    ("Will families get by next year?", "Charities doubt that families will get by next year.", False),
    ("Will he take after his father?", "Friends say he will take after his father.", False),
])
def test_a_verb_lost_its_object_only_where_its_sentence_shows_the_gap(question, sentence, cut):
    from generator.analysis.questions.candidates import object_left_behind
    assert object_left_behind(question, sentence) == cut


@pytest.mark.parametrize(("question", "reason"), MALFORMED)
def test_malformed_questions_are_rejected(question, reason):
    assert malformed(question) == reason


WEAK = [
    ("Labour said Gordon Brown would play the same role in the campaign as he did in 2001.", "a reference only its sentence explains"),
    ("Tim Kaine said he would support striking North Korea if Pyongyang prepared a nuclear attack.", "a conditional stance"),
    ("The Tories said the Liberal Democrats would mean higher taxes for families.", "what something would mean"),
    ("Joe Biden will visit Ohio on Friday.", "a scheduled event"),
    ("Analysts said Scotland coach Matt Williams would name his side for the match on Thursday.", "a scheduled event"),  # a formality with its day
    ("The White House is expected to sign the education bill.", "a step the article expects or schedules"),
    ("The Conservatives claimed the Liberal Democrat plans would amount to an extra tax on every new house.", "one side's claim"),
    ("- Parenting plans to give advice on access arrangements", "a list item"),
    ("Boeing lost a $23bn government contract after a Pentagon inquiry into the case.", "the inquiry is over"),
    ("Christoph Blocher was charged with anti-Semitic libel in 1999.", "a charge from decades ago"),
    ("Nevada is a newcomer in the early calendar. Iowa gets more publicity, but it is a good bet that a fourth state will play a pivotal role in the Republican race.", "an indefinite subject"),
    ("Analysts said Congress will have successfully overridden an Obama veto by Friday.", "a guess about the past"),
    ("Analysts said Mr Brown would deliberately try to keep the pound low.", "private motives"),
    ("Analysts said Jeb Bush would be a tough guy in the debate.", "a judgement"),
    ('Analysts said Jeb Bush would be "a tough guy" in the debate.', "a judgement"),  # the same judgement, quoted
    ("Analysts said John Kirwan's side would be hoping to exploit the slump.", "a judgement"),
    ("UK Muslims should accept that people of Islamic appearance are more likely to be stopped, a Home Office minister has said.", "obligation asked as a forecast"),
]


@pytest.mark.parametrize(("text", "cut"), [
    ("Convention is Trump's chance\n\nDonald Trump will speak on Thursday. Donald Trump hopes to make the case to women that he "
     "would be a better choice both to provide economic security at home and protect Americans from the threat of terrorism.", True),
    ("Convention is Trump's chance\n\nDonald Trump will speak on Thursday. Donald Trump hopes to make the case for tax cuts "
     "at the convention in Cleveland.", False),
])
def test_a_case_with_nothing_it_argues_is_penalised(text, cut):
    found = [c for c in _candidates(text) if " case " in c.text]
    assert found and any(r == "a case with nothing it argues" for c in found for r, _ in c.penalties) == cut, [c.why() for c in found]


@pytest.mark.parametrize(("text", "dated"), [
    ("Trump seeks women's votes\n\nDonald Trump will speak on Thursday. Whit Ayres wrote a book which in the wake of the party's "
     "defeat in 2012 urged the Republican Party to focus on appealing to the nation's diverse electorate.", True),
    ("Trump seeks women's votes\n\nDonald Trump will speak on Thursday. In 2012, the Republican National Committee urged the "
     "Republican Party to focus on appealing to the nation's diverse electorate.", True),
    ("Trump seeks women's votes\n\nDonald Trump will speak on Thursday. Whit Ayres, who lost in 2012. Whit Ayres urged the Republican "
     "Party to focus on appealing to the nation's diverse electorate.", False),  # the year in another sentence
    ("Trump seeks women's votes\n\nDonald Trump will speak on Thursday. Whit Ayres, who will run in 2020, urged the Republican "
     "Party to focus on appealing to the nation's diverse electorate.", False),  # a year ahead
    ("Trump seeks women's votes\n\nDonald Trump will speak on Thursday. Whit Ayres urged the Republican Party to focus on "
     "appealing to the nation's diverse electorate in 2020.", False),  # the year after the call: what it is for
])
def test_a_call_made_in_a_year_gone_by_is_penalised(text, dated):
    found = [c for c in _candidates(text) if c.pattern == "called-to-act"]
    assert found and any(r == "a call made in a year gone by" for c in found for r, _ in c.penalties) == dated, [c.why() for c in found]


@pytest.mark.parametrize(("text", "own"), [
    ("Cadbury cuts jobs\n\nCadbury Schweppes will close factories. Cadbury Schweppes said it was confident it would hit its "
     "targets for 2005.", True),
    ("McIlroy eyes title\n\nJames McIlroy ran in Birmingham. James McIlroy is confident he can win his first major title at "
     "this weekend's championships in Madrid.", False),
])
def test_confidence_in_its_own_targets_is_penalised(text, own):
    found = [c for c in _candidates(text) if c.pattern == "stated-confidence"]
    assert found and any(r.startswith("one side's confidence in its own targets") for c in found for r, _ in c.penalties) == own, [c.why() for c in found]


@pytest.mark.parametrize(("text", "loaded"), [
    ("Wal-Mart fights back\n\nWal-Mart took out adverts. Wal-Mart is also fighting two lawsuits - one accusing it of "
     "discriminating against women.", False),
    ("Wal-Mart fights back\n\nWal-Mart took out adverts. Wal-Mart faces a lawsuit filed in California accusing it of "
     "discriminating against women.", False),
    ("Wal-Mart fights back\n\nWal-Mart took out adverts. Unions accused Wal-Mart of discriminating against women.", True),
    ("Wal-Mart fights back\n\nWal-Mart took out adverts. The lawsuit was dropped. Unions accused Wal-Mart of discriminating "
     "against women.", True),  # a suit in another sentence
    ("Wal-Mart fights back\n\nWal-Mart took out adverts. A speaker in a grey suit accused Wal-Mart of discriminating "
     "against women.", True),  # clothing
])
def test_a_lawsuits_charge_is_no_loaded_question(text, loaded):
    found = [c for c in _candidates(text) if c.pattern == "accusation"]
    assert found and any(r.endswith("loaded") for c in found for r, _ in c.penalties) == loaded, [c.why() for c in found]


@pytest.mark.parametrize(("text", "to_nothing"), [
    ('US condemns Russia\n\nThe Obama administration accused Russia of hacking. Rep. Adam Schiff urged the administration to '
     'work with European allies to develop a "concerted" response.', True),
    ("US condemns Russia\n\nThe Obama administration accused Russia of hacking. Rep. Adam Schiff urged the administration to "
     "develop a response to the hacking.", False),
])
def test_a_response_to_nothing_named_is_penalised(text, to_nothing):
    found = [c for c in _candidates(text) if c.pattern == "called-to-act"]
    assert found and any(r == "a response to nothing named" for c in found for r, _ in c.penalties) == to_nothing


@pytest.mark.parametrize(("text", "past"), [
    ("It was clear even before they knew what the results would be - whether Marco Rubio would finish second or third - that his aides were upbeat.", True),
    ("Nobody knows yet whether Marco Rubio would finish second or third in Nevada.", False),  # a doubt the writer holds now
    ("Judge Emmet Sullivan put off deciding whether Judicial Watch would question Hillary Clinton.", False),  # a decision put off
    ("Mr Milburn said no decision had been taken yet over whether David Blunkett would have a prominent role in the election.", False),
])
def test_a_doubt_told_in_the_past_is_penalised(text, past):
    doc = parse(text)
    found, _ = candidates(doc, extract_actors(doc))
    notes = [r for c in found if c.pattern == "whether-clause" for r, _ in c.penalties]
    assert any(r.startswith("a doubt told in the past") for r in notes) == past, notes


@pytest.mark.parametrize(("text", "penalty"), WEAK)
def test_weak_kinds_are_penalised_and_ranked_out(text, penalty):
    doc = parse(text)
    found, _ = candidates(doc, extract_actors(doc))
    assert any(penalty in r for c in found for r, _ in c.penalties), [c.why() for c in found]
    assert rank(found) == []


# Stances and beliefs recast as forecasts (labelled tuning candidates): penalised, left to the ranker;
# a hope, a plan, a forecast by a third party or a named subject keeps its full weight.
STANCES = [
    # a worry reported is no forecast; a worry denied is no worry
    ("Analysts fear Acme Corp will cut 500 jobs next year.", "a worry or a poll", True),
    ("Analysts are not worried that Acme Corp will cut 500 jobs next year.", "a worry or a poll", False),
    ("Analysts say they aren't too concerned that Acme Corp will cut 500 jobs next year.", "a worry or a poll", False),
    ("Following the game, the Football Association said it would look into events in the tunnel.", "the sayer's own plan", True),
    ("Sanders has said he will work to prevent a Republican from becoming president.", "the sayer's own plan", True),
    ("Analysts said Southwest Airlines would remain profitable despite high fuel prices.", "the sayer's own plan", False),
    ("Manchester United striker Ole Gunnar Solskjaer said he hoped to return next season.", "the sayer's own plan", False),
    ("Hillary Clinton has vowed to work to repeal the Hyde Amendment.", "a pledge or aim", True),
    ("Microsoft has said it plans to offer its own paid-for anti-virus software.", "a pledge or aim", False),
    ("Mr Weaver said the battle will continue until the party's nominating convention in July.", "a subject with no name", True),
    ("The government is expected to win Wednesday's vote in the Commons.", "a subject with no name", False),
    ("Commentators believe Deutsche Boerse may offer to sell Clearstream to gain shareholder approval.", "a belief or speculation", True),
    ("A separate report by Jupiter forecasts that the European digital music market will grow to 836m euros by 2009.", "a belief or speculation", False),
    ("Reuters said the German suitor will offer to run the combined market out of London.", "an epithet for a name", True),
    ("Mr Saakashvili has urged the Georgian Parliament to approve the amnesty as soon as possible.", "an epithet for a name", False),
    ("Chelsea left-back Wayne Bridge could miss the rest of the season with a broken ankle.", "ability or possibility", True),
    ("Chelsea left-back Wayne Bridge will miss the rest of the season with a broken ankle, the club said.", "ability or possibility", False),
    ("Clive Woodward says he is unlikely to select any players not involved in the Six Nations.", "the sayer's own plan", True),
    ("Analysts say Clive Woodward is unlikely to select any players not involved in the Six Nations.", "the sayer's own plan", False),
    ("Clive Woodward says he is hoping to select players from the Six Nations.", "the sayer's own plan", False),
    ("Yukos said it would consider its options.", "a light step", True),
    ("Yukos said it would consider selling its stake in Yugansk by March.", "a light step", False),
    ("Analysts said Southwest Airlines would remain profitable despite high fuel prices.", "a light step", False),
    ("Officials said the White House would sign the measure.", "ends on a thing only the article names", True),
    ("Officials said the White House would sign the Energy Bill.", "ends on a thing only the article names", False),
    # the kinds of forecast (``forecast_kinds``): a contest the writer expects, a player's fitness or place, a plan reported
    # undecided (bonuses); a plan its maker states, a formality, someone's word on another's step or asked with its sayer,
    # a question put in a debate, a condition kept (penalties)
    ("The government is expected to win Wednesday's vote in the Commons.", "an outcome of a contest the writer expects", True),
    ("The government is expected to amend the Children Bill on Wednesday.", "an outcome of a contest the writer expects", False),
    ("Analysts said the government would win Wednesday's vote in the Commons.", "an outcome of a contest the writer expects", False),
    ("Ole Gunnar Solskjaer said he hoped to return next season after a knee injury.", "a player's fitness or place", True),
    ("Gordon Brown said he hoped to return to the Treasury after the election.", "a player's fitness or place", False),
    ("Microsoft has said it plans to offer its own anti-virus software but it has not yet set a date.", "reports it undecided", True),
    ("Microsoft has said it plans to offer its own anti-virus software in June.", "reports it undecided", False),
    ("Barack Obama said he planned to stay active in fighting climate change.", "a plan its maker states", True),
    ("Barack Obama said he hoped to stay active in fighting climate change.", "a plan its maker states", False),
    ("Theresa May said the Conservatives would announce their proposals closer to the election.", "a formality", True),
    ("Theresa May said the Conservatives would cut council tax closer to the election.", "a formality", False),
    ("Mitch McConnell stressed that Donald Trump would sign laws passed by the Senate.", "someone's word on what another will do", True),
    ("Analysts said Southwest Airlines would remain profitable despite high fuel prices.", "someone's word on what another will do", False),
    ("Alan Milburn said Labour's campaign would focus more on local newspapers.", "on its source's word", True),
    ("Datamonitor predicts that British children will top the earnings table in 2008.", "on its source's word", True),
    ("British children will top the earnings table in 2008.", "on its source's word", False),
    ("Mr Hill said he asked whether the Liberal Democrats would match Labour's promise to spend £42bn.", "a question put to someone", True),
    ("Mr Hill said it was unclear whether the Liberal Democrats would match Labour's promise to spend £42bn.", "a question put to someone", False),
    ("John Kasich predicted that Republicans will take every state if Bernie Sanders wins the nomination.", "a condition the question keeps", True),
    ("Many watchers are wondering if the Clintons are going to return the thousands Bill Cosby donated.", "a condition the question keeps", False),
    # an 'if' after a verb of asking opens a whether-clause, no condition (``cues.whether_if``)
    ("Mr Hill said Britain will join the euro next year, if Labour wins.", "a conditional stance", True),
    ("Mr Hill asked the minister if Britain will join the euro next year.", "a conditional stance", False),
    # a firm's founding year is no old charge; a quoted word is no quotation
    ("Richard Scrushy, 52, is accused of directing a $2.7bn fraud at the company he co-founded in Alabama in 1984.", "a charge from decades ago", False),
    ('Richard Scrushy is accused of "directing" a $2.7bn accounting fraud.', "inside a quotation", False),
    ('It is unclear whether Arsenal will seek what Mr Dein called "a full listing for its shares" next year.', "inside a quotation", True),
    # a relative clause's 'that have been' is neither a pointer back nor a guess about the past
    ("Analysts said Congress will have overridden the veto by Friday.", "a guess about the past", True),
    ("Regulators will decide on Friday whether to recommend the sale of Celebrex, a painkiller that has been linked to strokes.", "a guess about the past", False),
    ("Labour said Gordon Brown would keep that support in the campaign.", "a reference only its sentence explains", True),
    ("Regulators will decide on Friday whether to recommend the sale of Celebrex, a painkiller that has been linked to strokes.", "a reference only its sentence explains", False),
]


def test_kinds_never_judged_good_weigh_less_than_pending_events():
    """Labelled tuning candidates: own plans, accusations, inquiry findings, awaited reactions, demands and
    "X has yet to …" were never judged good; a contest, a bid, a charge or an approval ahead mostly were. The forecast pattern is compared at
    what its good kinds weigh (its weight is cut, and given back to those kinds: ``forecast_kinds``)."""
    from generator.analysis.questions.forecast_kinds import GOOD_KIND
    weight = {p.name: p.weight for p in REGISTRY}
    weight["forecast-or-plan"] += GOOD_KIND
    events = min(weight[n] for n in ("contest-ahead", "bid-outcome", "charge-outcome", "approval-pending", "match-ahead"))
    for name in ("own-plan", "accusation", "inquiry-finding", "reaction-awaited", "demanded-act", "not-yet"):
        assert weight[name] < min(events, weight["forecast-or-plan"] + 0.2), name


# Weights fitted on half A of the four blind label sets (split "qrank6-half:"): someone's word on another's step
# (``forecast_kinds._WORD_COST``) and "X has yet to …" (the not-yet weight) now rank out where they were kept; the same
# step forecast by the writer, or undecided by its actor, is still kept.
RANKED_BY_FITTED_WEIGHTS = [
    ("Mitch McConnell stressed that Donald Trump would sign laws passed by the Senate.", []),
    ("Donald Trump is likely to sign laws passed by the Senate.", ["Will Donald Trump sign laws passed by the Senate?"]),
    ("Nu-metal band Korn are at work on their eighth album. Guitarist Brian Welch quit the band last month. "
     "A replacement guitarist has yet to be named by Korn.", []),
    ("Nu-metal band Korn are at work on their eighth album. Guitarist Brian Welch quit the band last month. "
     "Korn is still considering whether to name a replacement guitarist.", ["Will Korn name a replacement guitarist?"]),
]


@pytest.mark.parametrize(("text", "kept"), RANKED_BY_FITTED_WEIGHTS)
def test_fitted_weights_rank_out_someones_word_and_not_yet(text, kept):
    doc = parse(text)
    found, _ = candidates(doc, extract_actors(doc))
    assert found, "the candidate is still worded; only its rank changes"
    assert [c.text for c in rank(found)] == kept, [c.why() for c in found]


def test_a_sayer_keeps_the_article_of_its_name():
    doc = parse("Following the game, the Football Association said it would look into events in the tunnel.")
    found, _ = candidates(doc, extract_actors(doc))
    assert [c.text for c in found] == ["Will the Football Association look into events in the tunnel?"]


def test_same_point_is_by_meaning_not_wording():
    doc = parse("Euronext may raise its bid for the LSE. Analysts expect Euronext to raise the bid for LSE again.")
    assert len(rank(candidates(doc, extract_actors(doc))[0])) <= 1


def _point_pair(a: str, about_a: str, b: str, about_b: str) -> bool:
    from generator.analysis.questions.candidates import Candidate
    from generator.analysis.questions.ranking import same_point
    doc = parse("One sentence here. Another sentence there.")
    first, second = doc.sentences[0], doc.sentences[1]
    return same_point(Candidate(a, "p", "forward", first, about_a, 3.0), Candidate(b, "p", "forward", second, about_b, 3.0))


def test_one_actor_and_one_object_are_one_point():
    assert _point_pair("Will Swiss-based Xstrata increase its takeover offer?", "Swiss-based Xstrata",
                       "Will Xstrata look at sweetening its offer?", "Xstrata")
    # a proper name at the end is no shared object: two steps against one foe are two points
    assert not _point_pair("Will the United States send more special forces into Syria to combat the Islamic State?", "the United States",
                           "Will the United States attack the oil that funds the Islamic State?", "the United States")
    # one object of two actors: two points
    assert not _point_pair("Will Acme cut prices at its stores in the north by the summer?", "Acme", "Will Beta open three new stores?", "Beta")
    # one verb shared by two actors is two points; two words shared by them, one
    assert not _point_pair("Will Mr Tsutsumi be convicted?", "Mr Tsutsumi", "Will Mitsubishi Motors be convicted of covering up safety defects?", "Mitsubishi Motors")
    assert _point_pair("Will Chelsea win the Premiership title?", "Chelsea", "Will Arsenal win the Premiership title?", "Arsenal")


# (pattern, text, the question it asks or None). A negative row must yield no question of its pattern.
PATTERN_ROWS = [
    ("explicit-uncertainty", "It is unclear whether Sony will cut the price of the PSP.", "Will Sony cut the price of the PSP?"),
    ("explicit-uncertainty", "It is not yet known when the Treasury will publish the report.", "When will the Treasury publish the report?"),
    ("explicit-uncertainty", "It is unclear whether it will work.", None),  # what "it" is, the question cannot say
    ("explicit-uncertainty", "It remains to be seen whether they will agree.", None),
    ("questions-raised", "Vladimir Putin spoke on Friday. This statement raises questions about whether this could be a rare instance of Russia "
     "prioritizing de-escalation.", "Could Vladimir Putin’s statement be a rare instance of Russia prioritizing de-escalation?"),
    ("questions-raised", "Vladimir Putin met Joe Biden. This statement raises questions about whether this could be a turn.", None),  # whose?
    ("whether-open", "Whether the Sirius-XM merger will succeed remains to be seen.", "Will the Sirius-XM merger succeed?"),
    ("whether-open", "Whether this helps remains to be seen.", None),
    ("unknown-detail", "The cause of the Grenfell fire remains unknown.", "What is the cause of the Grenfell fire?"),
    ("unknown-detail", "The cause remains unknown.", None),
    ("unknown-detail", "Marco Rubio attacked Hillary Clinton in the debate. The source of Rubio's attack is unclear.", None),  # which attack
    ("unknown-detail", "Marco Rubio attacked Hillary Clinton in the debate. The source of Rubio's attack on Clinton's abortion record is unclear.",
     "What is the source of Marco Rubio's attack on Hillary Clinton's abortion record?"),
    ("disputed-claim", "Gazprom has denied that it is behind the purchase of Rosneft shares.", "Is Gazprom behind the purchase of Rosneft shares?"),
    ("disputed-claim", "He denied that it was true.", None),
    ("disputed-claim", "Gazprom denied it was behind the purchase of Rosneft shares.", "Was Gazprom behind the purchase of Rosneft shares?"),
    ("disputed-claim", "The firm denied its staff were to blame.", None),
    ("disputed-claim", "The dollar fell after South Korea and Japan denied they were planning a sell-off.",
     "Were South Korea and Japan planning a sell-off?"),
    ("disputed-claim", "Mr Walsh denied they had been forced out early.", None),  # "they" is not Mr Walsh  # no "that" and no pronoun subject: no claim read
    ("accusation", "The United States has not publicly accused Russia of being behind the hack of Democratic Party computers.",
     "Was Russia behind the hack of Democratic Party computers?"),
    ("accusation", "Critics had accused Mr Hariri of using Lebanon's reconstruction drive for personal gain.", None),  # one side's charge: loaded
    ("accusation", "They accused him of lying.", None),
    ("no-comment", "HP, the world's biggest printer firm, declined to comment on the Compaq lawsuit.", "How will HP respond to the Compaq lawsuit?"),
    ("no-comment", "HP, the world's biggest printer firm, could not be reached for comment on the Compaq lawsuit.", "What is HP’s response to the Compaq lawsuit?"),
    # "refused" in the topic is no refusal: the verb slot says whether a comment was declined
    ("no-comment", "Acme Corp could not be reached for comment on the lawsuit over refused payments.", "What is Acme Corp’s response to the lawsuit over refused payments?"),
    ("no-comment", "Acme Corp, which refused the offer, could not be reached for comment on the lawsuit.", "What is Acme Corp’s response to the lawsuit?"),
    ("no-comment", "An FBI spokesman did not immediately respond to a request for comment.", None),  # on what?
    ("charge-outcome", "Bernard Ebbers has been charged with fraud over the WorldCom collapse.",
     "Will Bernard Ebbers be convicted of fraud over the WorldCom collapse?"),
    ("charge-outcome", "He was charged with fraud.", None),
    ("charge-outcome", "Victor Conte faces a federal trial next year on charges of distributing steroids.", "Will Victor Conte be convicted of distributing steroids?"),
    ("charge-outcome", "Victor Conte faces a federal trial next year.", None),  # no charge named
    # a list of charges is kept whole; a clause joined by "and" is not a charge
    ("charge-outcome", "Mr Jackson denies 10 charges of child abuse and false imprisonment.",
     "Will Mr Jackson be convicted on 10 charges of child abuse and false imprisonment?"),
    ("charge-outcome", "Mr Khodorkovsky is on trial for fraud and tax evasion.", "Will Mr Khodorkovsky be convicted of fraud and tax evasion?"),
    ("charge-outcome", "Last year, twelve managers from Mitsubishi Motors were charged with covering up safety defects.",
     "Will twelve managers from Mitsubishi Motors be convicted of covering up safety defects?"),  # the managers, not the firm
    ("charge-outcome", "Officials from Mitsubishi Motors were charged with covering up safety defects.", None),  # who, unsaid
    ("charge-outcome", "Bernard Ebbers was charged with fraud and was released on bail.", "Will Bernard Ebbers be convicted of fraud?"),
    ("charge-outcome", "Bernard Ebbers denies nine counts of fraud.", "Will Bernard Ebbers be convicted on nine counts of fraud?"),
    ("charge-outcome", "Bernard Ebbers was charged with fraud and remanded in custody until March.", "Will Bernard Ebbers be convicted of fraud?"),
    ("charge-outcome", "Bernard Ebbers has been charged with fraud. Ebbers was convicted of fraud in March.", None),  # answered later
    ("appeal-or-lawsuit", "Yukos has appealed against the Moscow court ruling.", "Will Yukos’s appeal against the Moscow court ruling succeed?"),
    ("appeal-or-lawsuit", "The firm has appealed.", None),
    ("appeal-or-lawsuit", "The Department of Justice is appealing against the ruling by Judge Amy Berman.",
     "Will the Department of Justice’s appeal against the ruling by Judge Amy Berman succeed?"),
    ("appeal-or-lawsuit", "Gazprom will appeal the Moscow court ruling.", "Will Gazprom’s appeal against the Moscow court ruling succeed?"),
    ("appeal-or-lawsuit", "The court will deliver its ruling on the Yukos appeal next week.", None),  # "appeal" a noun here
    ("appeal-or-lawsuit", "AMF has begun proceedings against Vivendi, its chief executive and another executive.", "Will AMF win the case against Vivendi?"),
    ("appeal-or-lawsuit", "Orange launched action against a new mobile venture from Easyjet's founder.", None),  # against whom, unnamed
    # the filing's date is no date of the outcome; a date of the thing appealed stays
    ("appeal-or-lawsuit", "AMF began proceedings against Vivendi on Monday.", "Will AMF win the case against Vivendi?"),
    ("appeal-or-lawsuit", "Acme sued Vivendi last week for breach of contract.", "Will Acme win the lawsuit against Vivendi for breach of contract?"),
    ("appeal-or-lawsuit", "Gazprom will appeal the Moscow court ruling next week.", "Will Gazprom’s appeal against the Moscow court ruling succeed?"),
    ("appeal-or-lawsuit", "Yukos has appealed against the ruling handed down on Monday.", "Will Yukos’s appeal against the ruling handed down on Monday succeed?"),
    # a proper noun before the date is no participle, a numbered thing no date, and a filing's date is the filing's
    ("appeal-or-lawsuit", "Acme sued Globex over the crash on Flight 17.", "Will Acme win the lawsuit against Globex over the crash on Flight 17?"),
    ("appeal-or-lawsuit", "Acme sued Sweden over a complaint filed on Monday.", "Will Acme win the lawsuit against Sweden over a complaint?"),
    ("appeal-or-lawsuit", "Acme sued Sweden on Monday.", "Will Acme win the lawsuit against Sweden?"),
    ("inquiry-finding", "The FA has launched an investigation into the Arsenal brawl.", "What will the investigation into the Arsenal brawl find?"),
    ("inquiry-finding", "There will be an inquiry into what happened.", None),
    ("called-to-act", "MPs urged the BBC to drop the Jerry Springer opera.", "Will the BBC drop the Jerry Springer opera?"),
    ("called-to-act", "They urged him to go.", None),
    # the caller's manner ("as soon as possible") is no part of the matter; a time the act is tied to is
    ("called-to-act", "MPs urged the BBC to drop the Jerry Springer opera as soon as possible.", "Will the BBC drop the Jerry Springer opera?"),
    ("called-to-act", "MPs urged the BBC to drop the Jerry Springer opera immediately after the vote.",
     "Will the BBC drop the Jerry Springer opera immediately after the vote?"),
    ("demanded-act", "The Church of England demanded that the BBC drop the Jerry Springer opera immediately.", "Will the BBC drop the Jerry Springer opera?"),
    ("demanded-act", "The Church of England demanded that the BBC drop the Jerry Springer opera.", "Will the BBC drop the Jerry Springer opera?"),
    ("demanded-act", "Campaigners demanded that the BBC drop the Jerry Springer opera.", None),  # a side's wish, not a named body's call
    ("demanded-act", "A lawmaker in the Philippines is calling for the airline to be fined.", None),  # an unnamed caller
    ("demanded-act", "Even before the result became clear, Mr Blair was being urged to push for action on climate change.", None),  # no caller
    ("demanded-act", "Home Secretary David Blunkett is under growing pressure to resign.", "Will Home Secretary David Blunkett resign?"),
    ("demanded-act", "Campaigners demanded that the BBC dropped the opera.", None),  # a claim about the past, no call to act
    ("considering", "Ford is considering whether to close the Dagenham plant.", "Will Ford close the Dagenham plant?"),
    ("considering", "He is considering whether to close it.", None),
    # a step itself under consideration (editor's questions on half-A tuning articles)
    ("considering", "Philadelphia is considering issuing summonses to marchers who block highways.",
     "Will Philadelphia issue summonses to marchers who block highways?"),
    ("considering", "Congressional Republicans may get a boost from the Koch network, which is strongly considering focusing solely on Senate races.",
     "Will the Koch network focus solely on Senate races?"),
    ("considering", "The Home Office is considering a ban on Pakistani fighters.", "Will the Home Office go ahead with a ban on Pakistani fighters?"),
    ("considering", "Lavagna told the French media that the government was considering allowing a 16% rise in Aguas Argentinas tariffs.",
     "Will the government allow a 16% rise in Aguas Argentinas tariffs?"),
    ("considering", "Ford is considering its options.", None),  # no step named
    ("considering", "Ford was considering closing the Dagenham plant in 2003.", None),  # the writer's past: no longer open
    ("considering", "He is considering quitting.", None),  # who, unnamed
    ("considering", "The Home Office is considering something similar for Pakistani fighters.", None),  # "something" is no step
    ("forecast-or-plan", "The Senate is expected to pass the Zadroga bill next week.", "Will the Senate pass the Zadroga bill next week?"),
    ("forecast-or-plan", "The Senate is expected to vote on the Zadroga bill next week.", None),  # a step on the calendar
    ("forecast-or-plan", "Mr Smith said he would appeal.", None),  # the sayer's own plan: ranked out
    ("forecast-or-plan", "Putin said Russia is ‘ready to think about how to ensure safety during the vote.’",
     "How will Russia ensure safety during the vote?"),
    ("forecast-or-plan", "The court will rule on the Microsoft appeal on 6 January.", "How will the court rule on the Microsoft appeal on 6 January?"),
    ("forecast-or-plan", "England will face Wales in Cardiff on Saturday.", "Will England beat Wales in Cardiff on Saturday?"),
    ("forecast-or-plan", "Tautou will play Hanks' code-cracking partner.", None),  # a role, not a match
    ("forecast-or-plan", "Lord Archer will be sentenced on 12 March.", "What sentence will Lord Archer receive on 12 March?"),
    ("forecast-or-plan", "The winners will be announced at a ceremony in London on 30 November.", None),  # stated as fact
    ("forecast-or-plan", "Labour's plans to raise taxes were dropped.", None),  # "plans" is a noun
    ("forecast-or-plan", "We will win, he said.", None),
    ("forecast-or-plan", "It could be very profitable for the Chinese, Mr Lukashov said.", None),  # "it" is the deal, not a firm
    ("forecast-or-plan", "The United States, Europe and Asia-Pacific are expected to add 150 million new PCs by 2010.", None),
    ("unfunded-plan", "Labour pledged a £2bn programme for new schools in Wales.", "How will Labour’s £2bn programme be funded?"),
    ("unfunded-plan", "Labour pledged a £2bn programme for new schools, to be funded by higher taxes.", None),
    ("unsourced-figure", "Putin spoke on Friday. He stressed the right of up to 10 million Ukrainians living in Russia to vote.",
     "What is the source of the figure of up to 10 million Ukrainians living in Russia?"),
    ("unsourced-figure", "Putin spoke on Friday. He stressed the right of up to 10 million Ukrainians living in Russia to vote, "
     "according to the UN.", None),
    # a next step the article announces with its date: asked whether it happens as planned
    ("forecast-or-plan", "Joe Biden will visit Ohio on Friday.", None),  # a scheduled event: ranked out
    ("forecast-or-plan", "Senator John Smith proposed the Dream Act bill in March. The bill will be debated in the Senate on 3 May.",
     None),  # a scheduled event: ranked out
    ("forecast-or-plan", "Joe Biden will visit Ohio.", None),  # no date: its sentence states it as fact
    ("forecast-or-plan", "Joe Biden will enjoy the food in Ohio on Friday.", None),  # no step whose doing is news
    ("forecast-or-plan", "The winners will be announced on 30 November.", None),  # names no one
    # a common noun phrase named after its earlier mention with a proper name
    ("whether-open", "The Sirius-XM merger was agreed in 2007. Whether this merger is a success remains to be seen.",
     None),  # 'is X a success': a judgement, ranked out
    ("whether-open", "The two firms agreed in 2007. Whether this merger is a success remains to be seen.", None),  # no earlier name
    # … a name the text capitalises with its head ("the Justice Department" for "the department")
    ("explicit-uncertainty", "Justice Department officials opened an inquiry in April. It is unclear whether the department will file a "
     "lawsuit under the Voting Rights Act.", "Will the Justice Department file a lawsuit under the Voting Rights Act?"),
    ("called-to-act", "Alejandro Garcia Padilla is the Puerto Rico governor. Treasury Secretary Jack Lew is urging the governor to default on the debt.",
     "Will the Puerto Rico governor default on the debt?"),
    ("called-to-act", "Advisers are urging the governor to default on the debt.", None),  # which governor?
    ("called-to-act", "Alejandro Garcia Padilla is the Puerto Rico governor. Advisers are urging the governor to default on the debt.",
     None),  # a side's wish ('Advisers are urging'), not a named body's call
    ("called-to-act", "The European Commission urged Italy to cut its budget deficit.", "Will Italy cut its budget deficit?"),
    ("called-to-act", "In a speech, Mr Prettejohn urged the FSA to force brokers to disclose the size of their commissions.",
     "Will the FSA force brokers to disclose the size of their commissions?"),
    ("forecast-or-plan", "Preview performances of The Glass Menagerie will begin at the Ethel Barrymore Theatre on Thursday.", None),
    # a sentence-initial 'it' continues the organisation the sentence before opens with
    ("forecast-or-plan", "Acme Corp posted a loss of £5m. It hopes to sell its stake in Beta Ltd.", "Will Acme Corp sell its stake in Beta Ltd?"),
    ("forecast-or-plan", "Shares fell by 5% on Monday. It hopes to sell its stake in Beta Ltd.", None),  # what is 'it'?
    # 'this year' is a time, a reflexive or possessive after a named subject binds to it; 'whether … would' asks 'Will …?'
    ("forecast-or-plan", "South Korea's economy is expected to grow by 4.5% this year.", "Will South Korea's economy grow by 4.5% this year?"),
    # a third party's forecast or pledge is asked with its source; an obligation, the sayer's own plan or a place is not a source
    ("forecast-or-plan", "MPs debated the Energy Bill and the Water Act. Officials said Tony Blair would sign the measure.", None),  # which?
    ("forecast-or-plan", "He pledged Labour would encourage more people to achieve their aspirations.", None),  # whose pledge?
    ("forecast-or-plan", "In 2000, EU leaders at a summit in Lisbon pledged the European economy would outstrip that of the US by 2010.",
     None),  # Lisbon is a place, no source: the leaders pledged
    ("forecast-or-plan", "Forecasts predict that British shoppers will spend £4bn online in the festive season. Such forecasts vary.",
     None),  # someone's word on another's step: worded with no source ('Forecasts' is a common noun), then ranked out
    ("forecast-or-plan", "Mr Milburn said no decision had been taken over whether David Blunkett would have a role in the election.",
     "Will David Blunkett have a role in the election?"),
    ("forecast-or-plan", "Liverpool boss Rafael Benitez said he hoped to sign Fernando Morientes in January.",
     "Will Rafael Benitez sign Fernando Morientes in January?"),  # a hope reported in the past tense
    ("forecast-or-plan", "Benitez had hoped to win the league.", None),  # a past hope, not reported speech
    # a relative aside is skipped when the verb's 'to …' resumes after it, a break otherwise
    ("forecast-or-plan", "The government is seeking to amend the Children Bill, which passes through the Commons next week, to establish a "
     "national minimum payment.", "Will the government amend the Children Bill to establish a national minimum payment?"),
    ("forecast-or-plan", "The government is seeking to amend the Children Bill, which passes through the Commons next week, but critics object.",
     "Will the government amend the Children Bill?"),
    ("forecast-or-plan", "Wales are hopeful that openside flanker Martyn Williams could be fit for Saturday's match against England.",
     "Will Martyn Williams be fit for Saturday's match against England?"),  # the role before the name is no part of the subject
    ("award-nomination", "Hilary Swank is nominated for best actress at the Oscars.", "Will Hilary Swank win best actress at the Oscars?"),
    ("award-nomination", "Michael Gambon was nominated for Endgame.", None),  # the work, not the award
    ("award-nomination", "Marc Anthony is nominated this year for best Latin pop album.", "Will Marc Anthony win best Latin pop album?"),
    ("award-nomination", "Sideways, a wine-tasting comedy, is up for six Independent Spirit Awards.", "How many Independent Spirit Awards will Sideways win?"),
    ("award-nomination", "Sometimes in April is a feature by Raoul Peck competing for the Golden Bear award.", None),  # Peck is not what competes
    ("award-nomination", "Jamie Foxx won best actor. Clint Eastwood was nominated for best director.", None),  # the winners are out
    ("award-count", "Vera Drake has scooped seven nominations at this year's British Independent Film Awards.",
     "How many awards will Vera Drake win at this year's British Independent Film Awards?"),
    ("award-count", "Shrek 2, which had seven nominations, went home empty-handed.", None),
    ("match-ahead", "England face Wales in Cardiff on Saturday.", "Will England beat Wales in Cardiff on Saturday?"),
    ("match-ahead", "England played Wales in Cardiff.", None),
    ("match-ahead", "Chelsea face Barcelona at home on 8 March having lost 2-1 in the first leg.", "Will Chelsea beat Barcelona at home on 8 March?"),
    ("match-ahead", "Chelsea beat Barcelona at home on 8 March.", None),  # a result, not a fixture
    ("contest-ahead", "Cruz spoke in Manchester ahead of Tuesday's New Hampshire primary.", "Who will win Tuesday's New Hampshire primary?"),
    ("contest-ahead", "Sanders holds a solid lead ahead of Tuesday's first-in-the-nation primary.", None),  # which primary, only the article says
    ("contest-ahead", "Polls in the run-up to Tuesday's Ohio election had shown a tie. Mr Kasich won the Ohio election.", None),  # the result is out
    ("contest-ahead", "The Tories revealed their support ahead of next week's Commons vote on a bill to introduce compulsory ID.",
     "How will the Commons vote on the bill to introduce compulsory ID next week?"),
    ("contest-ahead", "Slovakia beat Argentina 3-0 in Saturday's Hopman Cup final.", None),  # a match just played
    ("contest-ahead", "On the eve of the critical Wisconsin primary, an anti-Trump super PAC is releasing a robocall.", "Who will win the Wisconsin primary?"),
    ("contest-ahead", "Ted Cruz apologized for telling supporters on the eve of the Iowa caucus that Ben Carson had dropped out.", None),  # told after the event
    ("contest-ahead", "Cruz was the favourite in the Iowa caucus.", None),  # no day and no "ahead": the contest may be past
    ("contest-ahead", "With an uncomfortably tight race in Iowa days ahead of the Feb. 1 caucus, the super PAC backing Hillary Clinton is running an ad.",
     "Who will win the Iowa caucus on Feb. 1?"),
    ("contest-ahead", "Polls in Iowa ahead of the Feb. 1 caucus had shown a tie, and the race is close.", None),  # told after the event (its "had" after the contest)
    ("contest-ahead", "Marco Rubio is optimistic that he will do well in Tuesday's New Hampshire primary.", "Who will win Tuesday's New Hampshire primary?"),
    ("contest-ahead", "Clinton is poised to shore up her lead in Tuesday's Democratic primary contests in five states.", None),  # several contests
    # a primary is a party's: the one its sentence names, else the one the article names far more often
    ("contest-ahead", "Marco Rubio did well in the last Republican debate and hopes to do well in Tuesday's New Hampshire primary.",
     "Who will win Tuesday's New Hampshire Republican primary?"),
    ("contest-ahead", "Trump leads the GOP field. The Republican race is tight. Cruz spoke in Manchester ahead of Tuesday's New Hampshire primary.",
     "Who will win Tuesday's New Hampshire Republican primary?"),
    ("contest-ahead", "Republican and Democratic candidates spoke in Manchester ahead of Tuesday's New Hampshire primary.",
     "Who will win Tuesday's New Hampshire primary?"),  # both parties: which one, unsaid
    ("contest-ahead", "Sanders sided with Republicans on the bill. He spoke ahead of next week's New York primary. Republicans objected.",
     "Who will win next week's New York primary?"),  # 'Republicans' names members, not the contest
    ("favourite-to-win", "Novelist Andrea Levy is favourite to win the main Whitbread Prize book of the year award, after winning novel of the year.",
     "Will Andrea Levy win the main Whitbread Prize book of the year award?"),
    ("favourite-to-win", "Kenzie is currently favourite to win the £50,000 charity prize.", "Will Kenzie win the £50,000 charity prize?"),
    ("favourite-to-win", "Kenzie was favourite to win the charity prize. Kenzie won the charity prize on Friday.", None),  # the article reports who won
    ("favourite-to-win", "Dummy was a critics' favourite in 1994.", None),
    ("reaction-awaited", "The Lib Dems accused Gordon Brown of ducking the issue of council tax rises. Mr Brown is expected to set out his plans next week.",
     "How will Gordon Brown respond to the Lib Dems’ charge of ducking the issue of council tax rises?"),
    ("reaction-awaited", "Senator Bernie Sanders criticized Hillary Clinton on two fronts. Clinton is leading in the polls.",
     "How will Hillary Clinton respond to Bernie Sanders’s criticism?"),
    ("reaction-awaited", "Gordon Brown is the chancellor. The Lib Dems accused Mr. Brown of ducking the issue of council tax rises. "
     "Mr. Brown is expected to set out his plans next week.",
     "How will Gordon Brown respond to the Lib Dems’ charge of ducking the issue of council tax rises?"),  # a title's full stop
    ("reaction-awaited", "Senator Bernie Sanders criticized Hillary Clinton on two fronts. Clinton said she would not debate.", None),  # she answers
    ("reaction-awaited", "Lindsay Davenport criticised Wimbledon over equal prize money.", None),  # named once: an aside
    ("reaction-awaited", "Senator Bernie Sanders criticized Hillary Clinton on two fronts. Clinton, speaking in Iowa on Monday, denied it.",
     None),  # she answers, an aside between her name and her answer
    ("reaction-awaited", "Senator Bernie Sanders criticized Hillary Clinton on two fronts. Clinton’s campaign hit back.", None),  # her team answers
    ("reaction-awaited", "Senator Bernie Sanders criticized Hillary Clinton on two fronts. Clinton leads. The McClinton family "
     "replied by letter.", "How will Hillary Clinton respond to Bernie Sanders’s criticism?"),  # a name ending in hers answers
    # someone of the target's side answers (a role naming the target, or the body the target's role names); not the accuser's side
    ("reaction-awaited", "The Tories accused Labour of hiding Tony Blair. Labour unveiled its plans on Monday. Labour election chief "
     "Alan Milburn denied the party was trying to hide the prime minister.", None),
    ("reaction-awaited", "The Tories accused Labour of hiding Tony Blair. Labour unveiled its plans on Monday. Labour's election "
     "chief, Alan Milburn, denied the party was trying to hide the prime minister.", None),
    ("reaction-awaited", "The Tories accused Tony Blair of hiding from voters. Labour leader Tony Blair toured Leeds on Monday. "
     "Labour election chief Alan Milburn denied the party was trying to hide the prime minister.", None),
    ("reaction-awaited", "The Tories accused Labour of hiding Tony Blair. Labour unveiled its plans on Monday. Tory co-chairman "
     "Liam Fox denied the party was running a negative campaign.", "How will Labour respond to the Tories’ charge of hiding Tony Blair?"),
    ("reaction-awaited", "The Tories accused Tony Blair of hiding from voters. Labour leader Tony Blair toured Leeds on Monday. "
     "Tory co-chairman Liam Fox denied the party was running a negative campaign.",
     "How will Tony Blair respond to the Tories’ charge of hiding from voters?"),
    ("reaction-awaited", "Democrats accused Republicans of stoking the fire. Republicans have a majority.", None),  # sides, not actors
    ("reaction-awaited", "As Donald Trump attacked Hillary Clinton, the crowd chanted. Clinton is leading.", None),  # background to the news
    ("effort-effect", "China's efforts to stop the economy from overheating by clamping down on credit will continue into 2005, state media report.",
     "Will China’s efforts stop the economy from overheating?"),
    ("effort-effect", "China's efforts to stop the economy from overheating will continue. The curbs have worked, analysts said.", None),  # judged
    ("effort-effect", "Barack Obama announced a series of steps to tighten firearms sales.", None),  # the steps are the tightening
    ("appeal-ahead", "Kenyan runner Susan Chepkemei was suspended from all competition until the end of the year by Athletics Kenya.",
     "Will Susan Chepkemei appeal against the suspension?"),
    ("appeal-ahead", "Kenyan runner Susan Chepkemei was suspended from all competition until the end of the year by Athletics Kenya. "
     "She will appeal, her agent said.", None),  # the article speaks of the appeal
    ("appeal-ahead", "Athletics had a year of highs and lows. Holmes won gold. Radcliffe dropped out. Kelli White was suspended in 2003.",
     None),  # a sanction of the past, and not the lead's news
    ("likely-outcome", "Analysts say that attacks like Paris and Brussels make it far more likely that European governments will insist on stricter border checks.",
     "Will European governments insist on stricter border checks?"),
    ("likely-outcome", "The survey did not interview teenagers but it is likely that millions of under-18s also have MP3 players.", None),  # a state, not an outcome
    ("likely-outcome", "It is possible that hostile actors gained access to the account.", None),  # the past
    ("stated-confidence", "Northern Ireland man James McIlroy is confident he can win his first major title at this weekend's European Indoor Championships.",
     "Will James McIlroy win his first major title at this weekend's European Indoor Championships?"),
    ("stated-confidence", "Cadbury Schweppes said it was confident it would hit its targets for 2005.", "Will Cadbury Schweppes hit its targets for 2005?"),
    ("stated-confidence", "Sonia O'Sullivan has indicated that she would like to run in next month's World Cross Country Championships.",
     "Will Sonia O'Sullivan run in next month's World Cross Country Championships?"),
    ("stated-confidence", "Some Democrats are hopeful they can even threaten the GOP's lead in the House.", None),  # who, only the sentence says
    ("stated-confidence", "Senator John Smith is confident it will pass the Senate.", None),  # 'it' is the bill, not Smith
    ("stated-confidence", "Lindsay Lohan hinted she might be pregnant.", None),
    ("verdict-awaited", "Greek sprinters Kostas Kenteris and Katerina Thanou are expected to find out on Wednesday if they will be banned for missing drugs tests.",
     "Will Kostas Kenteris and Katerina Thanou be banned for missing drugs tests?"),
    ("verdict-awaited", "Tim Henman will learn on Friday whether he will be seeded at Wimbledon.", "Will Tim Henman be seeded at Wimbledon?"),
    ("verdict-awaited", "Tim Henman will learn on Friday whether they will be seeded at Wimbledon.", None),  # 'they' is not Henman
    ("verdict-awaited", "Voters want to know if he will run.", None),
    ("tournament-run", "Dundee United eased into the semi-final of the Scottish Cup with an emphatic win over Aberdeen.", "Will Dundee United win the Scottish Cup?"),
    ("tournament-run", "Andre Agassi struggled before edging into the fourth round of the Australian Open.", "Will Andre Agassi win the Australian Open?"),
    ("tournament-run", "An early own goal followed by an Alan Shearer strike earned them a place in the Uefa Cup last 16.", None),  # who, only the sentence says
    ("tournament-run", "The Croatian eighth seed booked his place in the last four.", None),
    ("approval-pending", "Shanghai Automotive's proposed £1bn investment in Rover is awaiting approval by the Shanghai city government.",
     "Will Shanghai Automotive's proposed £1bn investment in Rover be approved?"),
    ("approval-pending", "The deal is awaiting approval.", None),  # whose deal, only the article says
    ("bid-outcome", "Blackburn made a bid for Robbie Savage.", "Will Blackburn’s bid for Robbie Savage succeed?"),
    ("bid-outcome", "Malcolm Glazer's bid for Manchester United has been rejected by the board. Malcolm Glazer's bid for Manchester United was his third.", None),
    ("bid-outcome", "The bid for the company was made in May.", None),
    ("bid-outcome", "An inspection team began a tour to assess London's bid for the 2012 Games.", "Will London’s bid for the 2012 Games succeed?"),
    ("bid-outcome", "London's bid for the 2012 Games was rejected.", None),
    ("accused-of-crime", "Former Worldcom boss Bernie Ebbers is currently on trial, accused of overseeing an $11bn fraud.",
     "Will Bernie Ebbers be convicted of overseeing an $11bn fraud?"),
    ("accused-of-crime", "Richard Scrushy, 52, is accused of directing a $2.7bn accounting fraud at the company he co-founded.",
     "Will Richard Scrushy be convicted of directing a $2.7bn accounting fraud?"),
    ("accused-of-crime", "The Labour Party is accused of anti-Semitism over a poster.", None),  # a row, not a criminal charge
    # others' guilty pleas are no verdict on the accused
    ("accused-of-crime", "Richard Scrushy is accused of directing a $2.7bn accounting fraud. Several former employees have pleaded guilty and will give evidence against Mr Scrushy.",
     "Will Richard Scrushy be convicted of directing a $2.7bn accounting fraud?"),
    ("accused-of-crime", "Richard Scrushy is accused of directing a $2.7bn accounting fraud. The jury acquitted Mr Scrushy in June.", None),  # the verdict is out
    ("accused-of-crime", "Bernie Ebbers is accused of overseeing an $11bn fraud. Bernie Ebbers was convicted in March.", None),  # the verdict is out
    ("talks-outcome", "Yahoo is in talks to buy the photo-sharing site Flickr.", "Will Yahoo buy the photo-sharing site Flickr?"),
    ("talks-outcome", "They are in talks about the future.", None),
    ("expected-outcome", "Analysts expect the Bank of England to raise interest rates next month.", "Will the Bank of England raise interest rates next month?"),
    ("expected-outcome", "He expected them to win.", None),
    # a possessive is the sayer's only if it can be: 'its' an organisation's, not the analysts'
    ("expected-outcome", "Ryanair expects its annual profits to rise by 10% in 2005.", "Will Ryanair’s annual profits rise by 10% in 2005?"),
    ("expected-outcome", "Analysts expect its latest round of cuts to focus on its brokerage unit.", None),
    # "the firm" is the one the story names before; with none named it stays
    ("expected-outcome", "Rank to sell film unit\n\nLeisure group Rank could sell its film unit, reports claim. Rank will report its results "
     "on Friday. Analysts predict the firm is likely to report a drop in annual profits to £170m.", "Will Rank report a drop in annual profits to £170m?"),
    ("expected-outcome", "Analysts predict the firm is likely to report a drop in annual profits to £170m.",
     "Will the firm report a drop in annual profits to £170m?"),
    ("not-yet", "The Treasury has yet to announce a buyer for Northern Rock.", "Will the Treasury announce a buyer for Northern Rock?"),
    ("not-yet", "The Treasury has yet to decide whether Northern Rock will be sold.", None),  # the whether-clause asks it
    ("not-yet", "A replacement guitarist has yet to be named by Korn, who are at work on their eighth album.", "Will Korn name a replacement guitarist?"),
    ("not-yet", "A date has yet to be set.", None),  # by whom, unsaid
    ("not-yet", "The report has yet to be published by The Guardian.", None),  # not a choice an actor makes
    ("race-outcome", "Ted Cruz is seeking the Republican nomination for president.", "Will Ted Cruz win the Republican nomination for president?"),
    ("race-outcome", "He is seeking a new job.", None),
    ("forecast-or-plan", "Analysts see the vote as a test of whether Aung San Suu Kyi will lead the government.", "Will Aung San Suu Kyi lead the government?"),
    ("whether-clause", "The team will play regardless of whether it rains.", None),
    # a capacity ahead in a whether-clause is asked as the outcome; a past capacity is no open matter
    ("whether-clause", "Marsh is under investigation. Insurance analysts are now questioning whether Marsh will be able to maintain its strong "
     "record of earnings growth.", "Will Marsh maintain its strong record of earnings growth?"),
    ("whether-clause", "Marsh & McLennan is under investigation. Analysts are questioning whether Marsh & McLennan will be able to recover.",
     "Will Marsh & McLennan recover?"),  # one word after the capacity
    ("whether-clause", "Marsh is under investigation. Insurance analysts are now questioning whether Marsh was able to maintain its strong "
     "record of earnings growth last year.", None),
    # a decision on whether someone 'should' be freed is the decider's choice; a debate on it stays an opinion
    ("whether-clause", "Marion Knight will stay in a state prison while a decision is made on whether Marion Knight should be released on parole.",
     "Will Marion Knight be released on parole?"),
    ("whether-clause", "There is a debate on whether Marion Knight should be released on parole.", None),  # "should": an opinion (labelled tuning candidates), below the floor
    # deciding whether a named party 'could' act: the decider's leave; a capacity nobody decides stays 'Could'
    ("whether-clause", "Judge Emmet Sullivan put off deciding whether Judicial Watch could question Hillary Clinton under oath.",
     "Will Judicial Watch be allowed to question Hillary Clinton under oath?"),
    ("considering", "Judge Emmet Sullivan is deciding whether Judicial Watch could question Hillary Clinton under oath.",
     "Will Judicial Watch be allowed to question Hillary Clinton under oath?"),  # the decider's leave, as the whether-clause asks it
    ("whether-clause", "It was not clear whether Hillary Clinton could block the release of the records.",
     "Could Hillary Clinton block the release of the records?"),
    # an arrangement ahead ("is to be offered") asked with "will"; "is to be" before no participle stays
    ("whether-clause", 'Manchester City\'s Paul Bosvelt will find out "within a month" whether he is to be offered a new one-year deal.',
     "Will Paul Bosvelt be offered a new one-year deal?"),
    ("whether-clause", "Analysts wonder whether Acme's aim is to be competitive in Asia.", "Is Acme's aim to be competitive in Asia?"),
    # a doubt told in the past ("before they knew … whether X would …") is settled since; one the writer holds now is open
    ("whether-clause", "It was clear even before they knew what the results would be on Saturday night - whether Marco Rubio would finish second or third - that his aides were upbeat.", None),
    ("named-question", "The vote crystallized the question of how Britain will leave the European Union.", "How will Britain leave the European Union?"),
    ("not-ruled-out", "The Federal Reserve did not rule out raising rates again in December.", "Will the Federal Reserve raise rates again in December?"),
    ("not-ruled-out", "He did not rule out running.", None),  # who, only the sentence before says
    ("named-question", "The attack sparked a fresh debate over how the United States responds to militant violence.", None),  # a standing matter
    ("own-plan", 'Manchester United striker Ole Gunnar Solskjaer is recovering from knee surgery. "I\'m in no doubt that I\'ll play for Manchester United again in March," Ole Gunnar Solskjaer told Aftenposten Daily.',
     "Will Ole Gunnar Solskjaer play for Manchester United again in March?"),
    ("own-plan", 'Manchester United striker Ole Gunnar Solskjaer is recovering. "I\'m in no doubt that I\'ll play again," Ole Gunnar Solskjaer told Aftenposten Daily.',
     None),  # a bare plan of the speaker's own, with no date or object from the story: below the floor
    ("own-plan", '"I don\'t think I will live again," said Carlos Moya.', None),  # negated before the "I"
    ("own-plan", '"I\'d like to thank the fans," said Carlos Moya.', None),  # a speech act, not a step
    ("withheld-detail", "Senate leader Mitch McConnell let a nominee get a vote. His spokesman Don Stewart wouldn’t say when, or if, the Senate will vote to confirm the next judicial nominees.",
     "When will the Senate vote to confirm the next judicial nominees?"),
    ("withheld-detail", "Insurance broker Marsh & McLennan is moving its headquarters. Marsh & McLennan did not say when the move would take place.",
     "When will the move take place at Marsh & McLennan?"),
    ("withheld-detail", "Schumer would not say how the party would prioritize gun control.", None),  # whose party?
    ("sanction-ahead", "Bank of America faces possible prosecution in Italy.", "Will Bank of America be prosecuted?"),
    ("sanction-ahead", "They face a ban.", None),
    # a ban whose length is given as a range: its length is the open matter; a ban with no range stays yes or no
    ("sanction-ahead", "Adrian Mutu faces a ban of between six months and two years when the Football Association decides on his punishment.",
     "How long will Adrian Mutu be banned?"),
    ("sanction-ahead", "Adrian Mutu faces a ban of at least six months.", "Will Adrian Mutu be banned?"),
    ("sanction-ahead", "Mr Khodorkovsky, who faces a possible 10 year jail sentence if convicted, will be questioned by a judge.", "Will Mr Khodorkovsky go to jail?"),
    ("sanction-ahead", "Mr Khodorkovsky served 10 years in prison.", None),
    ("sanction-ahead", "Augusto Pinochet is now facing charges relating to the murder of one Chilean.", "Will Augusto Pinochet be convicted of the murder of one Chilean?"),
    ("sanction-ahead", "Now Mr Tsutsumi faces charges of fraud.", "Will Mr Tsutsumi be convicted of fraud?"),
    ("sanction-ahead", "Now Mr Tsutsumi faces criminal charges.", None),  # of what, unsaid
    ("sanction-ahead", "Deutsche Bank could face penalties if the complaint is upheld.", "Will Deutsche Bank be penalised?"),
    ("sanction-ahead", "Among those facing charges are John Nettle and Mark Bailin.", None),  # who, a list after the verb
    ("postponed-step", "Sony has postponed the PSP launch in Europe until next year.", "Will the PSP launch in Europe go ahead next year?"),
    ("postponed-step", "The court postponed its ruling until May.", None),  # whose ruling?
    ("awaiting-approval", "Mittal Steel will buy ISG. The deal is subject to shareholder approval. Mittal Steel is big.", "Will the Mittal Steel deal go through?"),
    ("awaiting-approval", "The deal is subject to shareholder approval.", None),  # whose deal?
    ("forecast-or-plan", "Analysts said many voters could turn against themselves.", None),
    ("forecast-or-plan", "Diageo bought Chalone. It said Chalone would be integrated into its existing US wine business.", None),  # whose 'its'?
    ("forecast-or-plan", "Donald Trump might want to check his stats.", None),  # a judgement, not a fact to settle
    ("forecast-or-plan", "Yahoo is seeking to sell its Asian assets to Alibaba.", "Will Yahoo sell its Asian assets to Alibaba?"),  # an effort under way
    ("forecast-or-plan", "Tottenham are primed to snap up Iceland Under-21 international Emil Hallfredsson.",
     "Will Tottenham snap up Iceland Under-21 international Emil Hallfredsson?"),
    ("forecast-or-plan", "Chelsea are on course to win the Premiership title.", "Will Chelsea win the Premiership title?"),
    ("forecast-or-plan", "The Clinton campaign is trying to make Trump's outreach to women more difficult.", None),  # a writer's gloss
    ("forecast-or-plan", "Critics said the firm was seeking to buy time.", None),  # no one named, and past
    ("forecast-or-plan", "Many watchers are wondering if the Clintons are going to return the thousands Cosby donated.",
     "Will the Clintons return the thousands Cosby donated?"),  # 'wondering if' is no condition
    ("expected-outcome", "Analysts predict Rank is likely to report a drop in annual profits to £170m from £194m last year.",
     "Will Rank report a drop in annual profits to £170m from £194m last year?"),  # a baseline, not the past
    ("expected-outcome", "Analysts predict the firm was about to collapse.", None),
    ("forecast-or-plan", "The United States would reduce its patrols in the region and said any attempts to isolate China would fail.", None),
    # a national subject ('the economy', 'interest rates') is named after the one country the headline and lede name (REPAIRS);
    # two countries in the lede, or another country just before: no name is sure
    ("forecast-or-plan", "Japan and China trade grows\n\nThe Japanese government has forecast that the country's economic growth will slow to 1.6% next year.", None),
    ("forecast-or-plan", "UK retail sales slow\n\nShop sales in the UK rose slowly in March. In Germany, analysts believe that interest rates will fall to 4% by the end of the year.", None),
    # the lede's one country ("Japanese carmaker") is outvoted by the article's other countries
    ("forecast-or-plan", "Nissan to build new model\n\nJapanese carmaker Nissan is to build a new model at its plant in Sunderland. The plant employs 4,000 people. "
     "The UK car industry had a good year. Britain is Europe's biggest car exporter, and UK makers expect more growth. "
     "Output at the plant rose sharply in the last twelve months, with new shifts added at the start of the summer and a new paint shop opened in the autumn after a long delay caused by building work and by a shortage of skilled staff across the north east. "
     "Analysts believe that interest rates will fall to 4% by the end of the year.", None),
    # a run of rises or falls the writer reports: will it go on?
    ("trend-continues", "US industrial production increased for the 21st month in a row in February, official figures show.",
     "Will US industrial production keep increasing in March?"),  # asked of the month after the one reported
    ("trend-continues", "UK house prices slow\n\nHouse prices in the UK slowed in March, the Halifax said. House prices fell 0.5% for a third consecutive month.",
     "Will UK house prices keep falling next month?"),  # no month in its sentence: the run's unit
    ("trend-continues", "US industrial production continued to rise in November, albeit at a slower pace.", "Will US industrial production keep rising in December?"),
    ("trend-continues", "Japan's economy continued to grow in the third quarter.", "Will Japan's economy keep growing in the fourth quarter?"),
    ("trend-continues", "US industrial production continued to rise, albeit at a slower pace.", "Will US industrial production keep rising?"),  # no time named
    ("trend-continues", "US industrial production continued to rise in December 2004.", "Will US industrial production keep rising?"),  # a month and year: no next month guessed
    ("trend-continues", "No bid emerged, but Mr Glazer continued to increase his holding in the club.", None),  # a verb with an object: his act, no trend
    ("trend-continues", "The presidential election will continue to grow as an issue for markets.", None),  # a forecast, not a run reported
    ("trend-continues", "Acme raised its dividend for the tenth year running.", None),  # no trend verb of its own
    ("trend-continues", "Prices slow in UK and Spain\n\nHouse prices in the UK and Spain slowed in March. House prices fell 0.5% for a third consecutive month.", None),  # whose?
    ("named-match", "Simon Taylor has been named in the Scotland squad for Saturday's Six Nations clash with Italy.",
     "Will Scotland beat Italy in Saturday's Six Nations match?"),
    ("named-match", "Vahid Hashemian will not travel to Israel for Bayern Munich's Champions League match against Maccabi Tel Aviv on Wednesday.",
     "Will Bayern Munich beat Maccabi Tel Aviv in the Champions League match on Wednesday?"),
    ("named-match", "Healey hopes to use Sunday's Heineken Cup clash with Wasps as a springboard.", None),  # whose side?
    # last season's meeting is no result of this one; a later sentence with the result is
    ("named-match", "Simon Taylor has been named in the Scotland squad for Saturday's Six Nations clash with Italy. "
     "Just like last season's encounter which Italy won, the game could decide the wooden spoon.", "Will Scotland beat Italy in Saturday's Six Nations match?"),
    ("named-match", "Simon Taylor has been named in the Scotland squad for Saturday's Six Nations clash with Italy. In the end Italy won 20-15.", None),
    ("named-match", "Grewcock was banned for a stamp in England's match against New Zealand.", None),  # no day ahead: played
    ("keep-post", "France coach Bernard Laporte named his side. Thomas Castaignede has warned the pressure is mounting on coach Bernard Laporte.",
     "Will Bernard Laporte stay on as France coach?"),
    ("keep-post", "The pressure is mounting on Bernard Laporte after the defeat.", None),  # which post, unsaid
    ("keep-post", "The pressure is mounting on coach Bernard Laporte after the defeat.", None),  # coach of which side, unsaid
    ("keep-post", "Pressure is mounting on coach Bernard Laporte. Laporte resigned on Monday.", None),  # he has gone
    ("charge-after-arrest", "Twenty-eight people have been arrested. Those arrested are accused of operating Shadowcrew.com, a fraud site.",
     "Will anyone be charged with operating Shadowcrew.com?"),
    ("charge-after-arrest", "John Smith was arrested on suspicion of fraud on Monday.", "Will John Smith be charged with fraud?"),
    ("charge-after-arrest", "John Smith was arrested on suspicion of fraud. He was later charged.", None),  # the charge is reported
    ("charge-after-arrest", "Police arrested four men on Monday.", None),  # for what, unsaid
    # a rate ("£6m a year") ends a question well; "the move" alone names nothing
    ("forecast-or-plan", "Mr Straw said the move would save £6m a year.", None),
    ("bid-outcome", "Phil Redmond will make an offer to buy Channel 4 next month.", "Will Phil Redmond’s offer for Channel 4 succeed?"),
    ("bid-outcome", "Acme will make an offer to buy another 20% stake.", None),  # in what, unsaid
    # a decision ahead whose subject the inversion could not find ("food and drug regulators") is asked with it
    ("forecast-or-plan", "US food and drug regulators will decide on Friday whether to recommend the sale of Celebrex.",
     "Will US food and drug regulators recommend the sale of Celebrex?"),
    ("forecast-or-plan", "They will decide on Friday whether to recommend the sale of Celebrex.", None),  # who, only the article says
    # a step credited to unnamed reports is worded (``test_a_common_noun_is_no_source``), then ranked out as
    # someone's word on another's step (``forecast_kinds._WORD_COST``); the writer's own statement of it is not worded
    ("forecast-or-plan", "Audrey Tautou will play the female lead in the film adaptation of The Da Vinci Code, it has been reported.", None),
    ("forecast-or-plan", "Audrey Tautou will play the female lead in the film adaptation of The Da Vinci Code, the studio said.", None),
    # a forecast whose named source follows it is asked with its source; a firm's own word on its plan is not
    ("forecast-or-plan", "Acme will cut 500 jobs next year, Acme predicts.", None),
    ("forecast-or-plan", "The number of personal computers worldwide is expected to double by 2010.", None),  # whose forecast, unsaid
    # a result a named source believes a side can achieve is asked with its source; an ability is not
    ("forecast-or-plan", "Steve Finnan believes the Republic of Ireland can play football.", None),
    ("forecast-or-plan", "Wales coach Mike Ruddock believes his side can beat England at Twickenham.", None),  # the side is its source's own
    # a year the sentence puts after its modal is ahead, not past
    ("forecast-or-plan", "The US consumer electronics market is set to grow by over 11% in 2005.", "Will the US consumer electronics market grow by over 11% in 2005?"),
    # a "should"/"must" that is no advice: a decision debated, a term an agreement sets; advice stays ranked out
    ("forecast-or-plan", "After the terrorist attacks in Paris last month, a furor arose over whether the United States should accept Syrian refugees.",
     "Will the United States accept Syrian refugees?"),
    ("forecast-or-plan", "Peter Mandelson said the United States should accept Syrian refugees.", None),  # advice
    ("forecast-or-plan", "Turkey won a date for EU talks. Under the agreement, Turkey must issue a written statement promising to sign an accord "
     "recognising the Cypriot government.", "Will Turkey issue a written statement promising to sign an accord recognising the Cypriot government?"),
    ("forecast-or-plan", "Turkey won a date for EU talks. Turkey must issue a written statement promising to sign an accord recognising the "
     "Cypriot government, the Greek minister said.", None),  # one side's demand
    # a step a party may weigh: the decision asked, not the weighing
    ("forecast-or-plan", "Ford could consider selling its Jaguar unit, analysts said.", "Will Ford sell its Jaguar unit?"),
    ("forecast-or-plan", "Ford could consider anything that would cut its costs in Europe, analysts said.", None),  # nothing weighed
    ("forecast-or-plan", "Ford could weigh selling its Jaguar unit, analysts said.", "Will Ford sell its Jaguar unit?"),
    # a deal's completion the article expects is an outcome (it may fail), not a step on a calendar
    ("forecast-or-plan", "Mittal Steel will cut jobs. Mittal Steel is expected to complete its $4.5bn acquisition of US firm ISG next month.",
     "Will Mittal Steel complete its $4.5bn acquisition of US firm ISG next month?"),
    ("forecast-or-plan", "Mittal Steel will cut jobs. Mittal Steel is expected to announce its $4.5bn acquisition of US firm ISG next month.", None),
    # the bare "deal" names no deal; a review of a sale is a step on the calendar, not the sale's completion
    ("forecast-or-plan", "Mittal Steel will cut jobs. Mittal Steel is expected to complete the deal for its purchase of ISG next month.", None),
    ("forecast-or-plan", "The deal is pending. The CMA is expected to complete its review of the sale next month.", None),
    # a "should" or "must" that is no advice asks an open outcome (a term an agreement sets, a decision debated, an
    # expectation with its time); advice, and a decider's choice (the whether-clause's), are not asked as forecasts
    ("forecast-or-plan", "Under the agreement, Turkey must issue a written statement.", "Will Turkey issue a written statement?"),
    ("forecast-or-plan", "Turkey must issue a written statement.", None),
    ("forecast-or-plan", "A furor arose over whether the United States should accept Syrian refugees.", "Will the United States accept Syrian refugees?"),
    ("forecast-or-plan", "Mittal Steel will buy ISG. According to reports, Mittal Steel's deal with ISG should go through in the next two to three months.",
     "Will Mittal Steel's deal with ISG go through in the next two to three months?"),
    ("forecast-or-plan", "Mittal Steel will buy ISG. Mittal Steel's deal with ISG should go through.", None),  # no time: as likely advice
    ("forecast-or-plan", "The BBC should steer away from demonising Alastair Campbell.", None),  # advice
    ("forecast-or-plan", "A decision is due on whether Knight should be released on parole.", None),
    ("forecast-or-plan", "Verizon has won a takeover battle for MCI. Verizon and MCI are expected to seal the deal on Monday morning.", None),  # 'the deal'
    # a term that hangs on a verdict: the verdict asked, for the named party the term threatens
    ("conviction-ahead", "Mr Lebedev and Mr Khodorkovsky, who each face a possible 10 year jail sentence if convicted, will be questioned by a judge.",
     "Will Mr Lebedev and Mr Khodorkovsky be convicted?"),
    ("conviction-ahead", "If the men are found guilty, the two men could face a damages bill running into millions.", None),  # no one named
    ("conviction-ahead", "He could face 20 years if convicted of fraud.", None),  # whom, only the article says
    ("conviction-ahead", "Both men could face up to 20 years in jail if convicted of fraud.", None),  # a capitalised word is no person
    ("conviction-ahead", "The Enron founder could face life in prison if convicted of fraud and conspiracy.", None),
    # a side's epithet before its rival's name is no part of the name; the name keeps its article
    ("match-ahead", "Ireland face minnows the Faroe Islands in Dublin on Wednesday. Ireland were held in Paris.", "Will Ireland beat the Faroe Islands in Dublin on Wednesday?"),
    ("match-ahead", "Ireland beat minnows the Faroe Islands in Dublin last year. Ireland were held in Paris.", None),
    # a trial whose verdict the article does not report
    ("trial-verdict", "Former Yukos boss Mikhail Khodorkovsky began testimony on Friday in his trial for fraud and tax evasion. He denies the charges.",
     "Will Mikhail Khodorkovsky be convicted of fraud and tax evasion?"),
    ("trial-verdict", "Former Yukos boss Mikhail Khodorkovsky began testimony on Friday in his trial for fraud and tax evasion. Khodorkovsky was convicted on Monday.", None),
    ("trial-verdict", "The jury in Bernie Ebbers' trial for fraud retired on Monday. He was later acquitted of all charges. Ebbers was freed.", None),
    ("trial-verdict", "Bernie Ebbers is a former WorldCom boss. Bernie Ebbers' trial for fraud resumed on Monday.", "Will Bernie Ebbers be convicted of fraud?"),
    ("trial-verdict", "Yesterday's trial for fraud and tax evasion was adjourned.", None),  # a time word, no person
    # a public step a named party has not taken or refuses to take, still open when the story is told
    ("withheld-step", "Donald Trump reported a loss. Since Mr. Trump hasn't released any of his tax returns, it's impossible to know the source of the loss.",
     "Will Donald Trump release his tax returns?"),
    ("withheld-step", "There is an opening on the court, and Republicans have refused to vote on President Obama's nominee.", "Will Republicans vote on President Obama's nominee?"),
    ("withheld-step", "Ohio Gov. John Kasich spoke on Tuesday. Mr. Kasich has not endorsed Mr. Trump.", None),  # an endorsement: the endorsement-withheld pattern's
    ("withheld-step", "The International Olympic Committee refused to ban all the country's athletes from the Games in Rio.", None),  # a decision taken, not a step awaited
    ("withheld-step", "Mr. Kasich has not released a statement on the Iowa vote.", None),  # a light object: nothing awaited
    ("withheld-step", "“Donald Trump has not released his tax returns,” Hillary Clinton said.", None),  # a speaker's own words
    ("withheld-step", "Donald Trump spoke. Trump has not signed his pledge.", None),  # the party's own light object
    ("withheld-step", "Bernie Sanders spoke in Vermont. Sanders has not conceded the race.", "Will Bernie Sanders concede the race?"),  # the awaited noun
    ("withheld-step", "Bernie Sanders spoke in Vermont. Sanders has not conceded the point.", None),
    ("withheld-step", "Senate Republicans have not signed the bill.", None),  # which bill, only the article says
    ("withheld-step", "Donald Trump spoke in Ohio. Donald Trump has yet to name a running mate.", "Will Donald Trump name a running mate?"),
    ("withheld-step", "Donald Trump spoke. Trump has not named his running mate. Trump named Mike Pence as his running mate on Friday.", None),  # named after all
    ("withheld-step", "Donald Trump spoke. Since Trump hasn't released his tax returns, nobody knows. Trump released a second ad on Thursday.",
     "Will Donald Trump release his tax returns?"),  # another release is no answer
    ("withheld-step", "The club has not named a successor to Sir Alex Ferguson.", None),  # "the club": which, only the article says
    ("withheld-step", "Tony Blair spoke on Monday. Mr Blair has refused to apologise for the Iraq war.", "Will Tony Blair apologise for the Iraq war?"),  # the article's spelling
    # an endorsement forecast or awaited, not reported given
    ("endorsement-ahead", "Bernie Sanders will throw his support behind Hillary Clinton before the Democratic Party's nominating convention, predicted Madeleine Kunin.",
     "Will Bernie Sanders endorse Hillary Clinton before the Democratic Party's nominating convention?"),
    ("endorsement-ahead", "House Speaker Paul Ryan met Donald Trump. Ryan's endorsement of Trump, many think, is only a matter of time.", "Will Paul Ryan endorse Donald Trump?"),
    ("endorsement-ahead", "Jeff Sessions endorsed Donald Trump on Sunday. Sessions's endorsement of Trump is not good news for Ted Cruz.", None),  # given, not awaited
    ("endorsement-ahead", "Bernie Sanders will throw his support behind Hillary Clinton, predicted Madeleine Kunin. Sanders endorsed Clinton on Tuesday.", None),  # reported given
    ("endorsement-ahead", "“Bernie Sanders will endorse Hillary Clinton,” Ted Kennedy said.", None),  # a speaker's word on it, inside the quotation
    # a time the endorsement is due by is kept only when it names an occasion
    ("endorsement-ahead", "Bernie Sanders will throw his support behind Hillary Clinton by the time the polls close, predicted Madeleine Kunin.",
     "Will Bernie Sanders endorse Hillary Clinton?"),
    # a named candidate's lead in a poll, the vote not reported and named: Election Day for a general election
    ("poll-lead", "Pence spoke in Wisconsin. A poll from Marquette Law School released Wednesday found Clinton leading Trump by 15 points among likely voters in Wisconsin.",
     None),  # no vote named: until when, the article does not say
    ("poll-lead", "Pence spoke in Wisconsin. A poll from Marquette Law School released Wednesday found Clinton leading Trump by 15 points among likely voters in Wisconsin "
     "ahead of the general election.", "Will Clinton's lead over Trump in Wisconsin last until Election Day?"),
    ("poll-lead", "Democrat Hillary Clinton spoke. Republican Donald Trump spoke. The latest Rasmussen Reports poll shows Trump leading Clinton 44 percent to 37 percent.",
     "Will Donald Trump's lead over Hillary Clinton last until Election Day?"),
    ("poll-lead", "Hillary Clinton defeated Bernie Sanders in Delaware's primary on Tuesday. The April survey found Clinton leading Sanders by seven points.", None),  # the vote is reported
    ("poll-lead", "Democrat Hillary Clinton spoke. Republican Donald Trump spoke. Clinton is leading Trump by 3 points with 95 percent of precincts reporting in the Florida poll.",
     None),  # a count, not a poll
    ("poll-lead", "Clinton is leading Sanders by seven points in Delaware.", None),  # no poll named
    ("poll-lead", "Ted Cruz spoke in Milwaukee. Polls there show Trump is trailing Ted Cruz just ahead of Tuesday's vote.",
     "Will Ted Cruz's lead over Trump last until Tuesday's vote?"),  # the trailer named first
    ("poll-lead", "Ted Cruz won the Wisconsin primary on Tuesday. Polls had shown Trump trailing Ted Cruz.", None),  # the vote is reported
    # a veto threatened or expected: the override asked when the article speaks of one; the act must be named
    ("veto-ahead", "As President Obama appears set to veto the Justice Against Sponsors of Terrorism Act, Hillary Clinton disagrees. Republicans say they can override him.",
     "Will Congress override President Obama's veto of the Justice Against Sponsors of Terrorism Act?"),
    ("veto-ahead", "President Bush has threatened to veto the Stem Cell Research Enhancement Act, which passed the House on Tuesday.",
     "Will President Bush veto the Stem Cell Research Enhancement Act?"),
    ("veto-ahead", "President Obama appears set to veto the bill, which passed the Senate on Friday.", None),  # which bill, only the article says
    ("veto-ahead", "President Bush has threatened to veto the Stem Cell Research Enhancement Act. On Wednesday Bush vetoed the bill.", None),  # cast
    ("veto-ahead", "President Bush has threatened to veto the Stem Cell Research Enhancement Act. If Bush vetoed the bill, the House would vote again.",
     "Will President Bush veto the Stem Cell Research Enhancement Act?"),  # a veto supposed, not cast
    # a step speculation or reports say is coming; not a claim about the past
    ("speculated-step", "Shares in Euronext rose. The offer follows widespread media speculation that Euronext would make a bid for the London Stock Exchange.",
     "Will Euronext make a bid for the London Stock Exchange?"),
    ("speculated-step", "Wine maker Southcorp said profits rose 10%. Southcorp's shares rose on speculation that it could become a takeover target.", "Will Southcorp become a takeover target?"),
    ("speculated-step", "Wine maker Southcorp said profits rose 10%. Southcorp's shares have risen in recent months on speculation that it could become a takeover target.", None),
    ("speculated-step", "Lord Campbell-Savours challenged Mr Brown to deny reports that he had told the prime minister he did not believe him.", None),
    # a claim denied or dismissed with no capitalised denier before the verb, or with no "that" after its noun
    ("denied-claim", "Party chair Debbie Wasserman Schultz dismissed Bernie Sanders’ accusations that the Clinton campaign is violating federal election law. Sanders spoke on Monday.",
     "Is the Clinton campaign violating federal election law?"),
    ("denied-claim", "Prime Minister Tony Blair spoke on Monday. Mr Blair earlier dismissed the claim he had reneged on a promise to stand aside for Gordon Brown as old news.",
     "Did Tony Blair renege on a promise to stand aside for Gordon Brown?"),
    ("denied-claim", "Shadow minister Alan Duncan spoke. He also dismissed claims government plans to raise fees would devalue degrees at Oxford University.",
     "Will government plans to raise fees devalue degrees at Oxford University?"),
    ("denied-claim", "Lawyers for the pair denied allegations they had planted the device.", None),  # "they": the pair, not named
    ("denied-claim", "Joe Scarborough has flirted with being Donald Trump's running mate, though he has denied that he would seriously consider the job.", None),  # whose "he"
    ("denied-claim", "Mr Jackson, who had been at the Bicester Hunt, denied there was any intimidation.", None),  # names no one
    ("denied-claim", "Party chair Debbie Wasserman Schultz dismissed critics who said the Clinton campaign was reckless.", None),  # no claim noun: a person dismissed
    ("denied-claim", "Party chair Debbie Wasserman Schultz dismissed Bernie Sanders’ accusations that the Clinton campaign is violating federal election law. The Clinton campaign was cleared of violating federal election law by the FEC.", None),
    # a match preview: the headline's sides, the fixture block's ground and date
    ("match-preview", "Scotland v Italy (Sat)\n\nMurrayfield, Edinburgh\n\nSaturday, 26 February\n\n1400 GMT\n\nItaly have lost both their opening games.",
     "Will Scotland beat Italy at Murrayfield on Saturday 26 February?"),
    ("match-preview", "England 17-18 France\n\nTwickenham, London\n\nSaturday, 5 February\n\nFrance held on for their first win at Twickenham since 1997.", None),  # a result
    # a title or win a side goes for; a favourite's prize named after "who will be"
    ("goal-ahead", "Ireland coach Eddie O'Sullivan spoke on Monday. Ireland are going for their first Grand Slam since 1948 after two opening wins.", "Will Ireland win their first Grand Slam since 1948?"),
    ("goal-ahead", "Ireland coach Eddie O'Sullivan spoke on Monday. Ireland are going for their first Grand Slam since 1948. Ireland won the Grand Slam with a 20-10 win in Cardiff.", None),
    ("goal-ahead", "Ireland coach Eddie O'Sullivan spoke on Monday. Ireland were going for their first Grand Slam since 1948 when they lost in Cardiff.", None),  # a past aim
    ("goal-ahead", "Defending 60m champion Jason Gardener is included and will be chasing his third successive gold medal.", "Will Jason Gardener win his third successive gold medal?"),
    ("favoured-for", "Belgian Kim Gevaert, who will be one of the favourites for next month's European title, took second.", "Will Kim Gevaert win next month's European title?"),
    ("favoured-for", "Belgian Kim Gevaert, who will be one of the favourites for next month's European title, took second. Kim Gevaert won the European title in Madrid.", None),
    # a charge told in the active voice, charges filed against someone, a suit told from the defendant's side
    ("charged-by", "US prosecutors have charged nine food suppliers with helping Dutch retailer Ahold inflate earnings by more than $800m.",
     "Will the nine food suppliers be convicted of helping Dutch retailer Ahold inflate earnings by more than $800m?"),
    ("charged-by", "The SEC filed civil fraud charges in a Boston court against James Tambone.", "Will James Tambone be found liable on the civil fraud charges?"),
    ("charged-by", "US prosecutors have charged nine food suppliers with helping Dutch retailer Ahold inflate earnings. All nine were convicted in May.", None),
    ("charged-by", "The SEC filed civil fraud charges in a Boston court against James Tambone. Tambone settled the case for $1m.", None),
    ("sued-by", "Motley Crue guitarist Mick Mars is being sued by his ex-girlfriend for $10 million (£5.4 million), claiming he broke a promise.",
     "Will Mick Mars lose the $10 million lawsuit brought by his ex-girlfriend?"),
    ("sued-by", "Motley Crue guitarist Mick Mars was sued by his ex-girlfriend for $10 million. A judge dismissed the claim in May.", None),
    # a player's fitness in doubt before a named match, unless the article tells him ruled out or passed fit
    ("fitness-doubt", "England flanker Lewis Moody is a doubt for Saturday's game against Wales after hurting his knee.", "Will Lewis Moody be fit for Saturday's game against Wales?"),
    ("fitness-doubt", "Brian O'Driscoll faces a fitness test before Sunday's match against England.", "Will Brian O'Driscoll be fit for Sunday's match against England?"),
    ("fitness-doubt", "England flanker Lewis Moody is a doubt for Saturday's game against Wales. On Friday Moody was ruled out with a knee injury.", None),
    ("fitness-doubt", "There is no doubt for Saturday's game against Wales that England will start well.", None),
    ("fitness-doubt", "Blind-side flanker Lewis Moody is a major concern for Saturday's game against Wales.", "Will Lewis Moody be fit for Saturday's game against Wales?"),
    ("fitness-doubt", "Lewis Moody is a major concern for the England coach.", None),  # no match named
    # an approval still to come, its thing named from an earlier mention; not when the article tells it given
    ("approval-needed", "The government published the Disability Bill on Monday. MPs will vote on the bill next week.", "Will MPs back the Disability Bill next week?"),
    ("approval-needed", "Shares in Gazprom rose on news of the Gazprom-Rosneft merger. The merger must still be cleared by the European Commission.",
     "Will the European Commission clear the Gazprom-Rosneft merger?"),
    ("approval-needed", "Sirius agreed to buy XM for $5bn on Monday. The deal needs the approval of shareholders.", None),  # which deal: not named
    ("approval-needed", "The government published the Disability Bill on Monday. MPs will vote on the bill next week. The Disability Bill was passed by 300 votes to 200.", None),
    ("favoured-for", "Both Foxx and Swank are now considered to be among the favourites to get Oscars.", "Will Foxx and Swank win Oscars?"),
    # a claim reported as a noun, in an article that reports a denial; not a claim no one denies, nor an accusation
    ("claim-disputed", "Newcastle striker Craig Bellamy spoke out. Bellamy's claim that Graeme Souness had lied about the bust-up was strongly denied by Freddy Shepherd.",
     "Did Graeme Souness lie about the bust-up?"),  # a reported past act asked in the simple past
    ("claim-disputed", "Newcastle striker Craig Bellamy spoke out. Bellamy's claim that Graeme Souness had been paid by the club was strongly denied by Freddy Shepherd.",
     "Was Graeme Souness paid by the club?"),
    ("claim-disputed", "Bellamy spoke out. Bellamy's claim that the Newcastle directors had misled fans about the sale was strongly denied by Freddy Shepherd.",
     "Did the Newcastle directors mislead fans about the sale?"),
    ("claim-disputed", "Peter Mandelson spoke amid claims that Alastair Campbell is part of a Labour dirty tricks campaign. Labour denies engaging in personal campaigning.",
     "Is Alastair Campbell part of a Labour dirty tricks campaign?"),
    ("claim-disputed", "Peter Mandelson spoke amid claims that Alastair Campbell is part of a Labour dirty tricks campaign. Labour said it would fight the election.", None),
    ("claim-disputed", "Donald Trump's accusation that Hillary Clinton is playing the woman's card drew criticism. Clinton denied it.", None),
    # an endorsement withheld, unless the article tells it given later
    ("endorsement-withheld", "Ohio Gov. John Kasich spoke in Cleveland. Mr. Kasich, a Republican, has not endorsed Mr. Trump and has been a pointed critic. Donald Trump was nominated.",
     "Will John Kasich endorse Donald Trump?"),
    ("endorsement-withheld", "House Speaker Paul Ryan declined to endorse Donald Trump on Thursday. A week later Ryan endorsed Trump.", None),
    ("endorsement-withheld", "Elizabeth Warren, who has not endorsed a candidate, spoke on Monday.", None),  # no one named to endorse
    # the review of the new families: each row failed before its fix
    # the act vetoed is the one the cue's sentence names, not the article's first
    ("veto-ahead", "Democrats passed the Affordable Care Act in 2010. President Obama has threatened to veto the Keystone XL Pipeline Act.",
     "Will President Obama veto the Keystone XL Pipeline Act?"),
    # a pronoun vetoer is named or not asked
    ("veto-ahead", "Republicans sent the bill to the White House. He has threatened to veto the Stem Cell Research Enhancement Act.", None),
    # "back" with an object that is no candidate is no endorsement; a possessive is no one endorsed
    ("endorsement-ahead", "Britain will back France in the talks.", None),
    ("endorsement-ahead", "Congress will back Obama's plan on trade.", None),
    # an endorsement of something else is no endorsement given
    ("endorsement-withheld", "House Speaker Paul Ryan declined to endorse Donald Trump on Thursday. Ryan backed the tax bill on Friday.",
     "Will Paul Ryan endorse Donald Trump?"),
    # a primary poll: no Election Day between two candidates of one party, and no vote named is no question
    ("poll-lead", "Democratic front-runner Hillary Clinton spoke. Democratic challenger Bernie Sanders spoke. A Quinnipiac poll found Clinton leading Sanders "
     "by 7 points in Ohio. The winner faces Donald Trump in the general election.", None),
    # a month is no place
    ("poll-lead", "Democrat Hillary Clinton spoke. Republican Donald Trump spoke. A Quinnipiac poll found Clinton leading Trump in August.",
     "Will Hillary Clinton's lead over Donald Trump last until Election Day?"),
    # a subgroup's lead and a past reading are no race lead now
    ("poll-lead", "Democrat Hillary Clinton spoke. Republican Donald Trump spoke. A CNN poll found Trump leads Clinton among men by 8 percentage points.", None),
    ("poll-lead", "Democrat Hillary Clinton spoke. Republican Donald Trump spoke. Last week, Trump was trailing Clinton by 6 points in a Fox poll.", None),
    ("poll-lead", "Democrat Hillary Clinton spoke. Republican Donald Trump spoke. A Sept. 22 poll had Clinton leading Trump by 4 points.", None),
    # a contest decided that names one of the two is another contest
    ("poll-lead", "Democrat Hillary Clinton spoke. Republican Donald Trump spoke. A Quinnipiac poll found Clinton leading Trump by 4 points in Ohio. "
     "Clinton won Ohio in the primary.", "Will Hillary Clinton's lead over Donald Trump in Ohio last until Election Day?"),
    # a surname ending in -s is one person
    ("denied-claim", "Charles Haynes joined the club in May. A club spokesman denied Charles Haynes had been paid by the agents.",
     "Was Charles Haynes paid by the agents?"),
    # a dated contest's place is a state the sentence names, never a city, and never twice
    ("contest-ahead", "Hillary Clinton spoke in Des Moines days ahead of the Feb. 1 caucus, and she is confident.", None),
    ("contest-ahead", "Hillary Clinton is campaigning in Iowa days ahead of the Feb. 1 Iowa caucus.", "Who will win the Iowa caucus on Feb. 1?"),
    # a claim made in speech and a toss lost decide no prize
    ("goal-ahead", "Ireland coach Eddie O'Sullivan spoke on Monday. Ireland are going for their first Grand Slam since 1948 after two opening wins. "
     "O'Sullivan claims the Ireland pack is the best.", "Will Ireland win their first Grand Slam since 1948?"),
    # another approval given is not this one
    ("approval-needed", "Shares in Gazprom rose on news of the Gazprom-Rosneft merger. The merger must still be cleared by the European Commission. "
     "Shareholders approved a dividend. Analysts said the merger would create a giant.", "Will the European Commission clear the Gazprom-Rosneft merger?"),
    # a charge's time is no part of it; a verdict told before the charge closes it too
    ("charged-by", "The SEC has charged Bernie Ebbers with securities fraud on Monday.", "Will Bernie Ebbers be convicted of securities fraud?"),
    ("charged-by", "Bernie Ebbers was convicted in March. Prosecutors had charged Bernie Ebbers with fraud.", None),
    # a denial of something else disputes no claim; "claims that" as a verb is no claim reported
    ("claim-disputed", "Peter Mandelson spoke amid claims that Alastair Campbell is part of a Labour dirty tricks campaign. The court dismissed an unrelated case.", None),
    ("claim-disputed", "Craig Bellamy claims that Graeme Souness had lied about the bust-up. Freddy Shepherd denied Souness lied.", None),
]


# A third party's forecast, pledge or belief is worded with its source ("…, as X predicts?") but ranked below the
# floor: blind labellers judged all 14 such candidates of the four tuning label sets bad (the question only repeats
# the forecast). (text, the question built)
SOURCED = [
    ("Peter Lynch said Winn-Dixie would use the breathing space to turn itself around.",
     "Will Winn-Dixie use the breathing space to turn itself around, as Peter Lynch says?"),
    ("Datamonitor predicts that British children will top the earnings table in 2008.",
     "Will British children top the earnings table in 2008, as Datamonitor predicts?"),
    ("Economists predict that China will become a more important trading partner of Japan in the coming years.",
     "Will China become a more important trading partner of Japan in the coming years, as economists predict?"),
    ("Mr Straw said the Foreign Office's embassy closures would save £6m a year.", "Will the Foreign Office's embassy closures save £6m a year, as Mr Straw says?"),
    ("The number of personal computers worldwide is expected to double by 2010 to 1.3 billion machines, according to a report by analysts Forrester Research.",
     "Will the number of personal computers worldwide double by 2010 to 1.3 billion machines, as Forrester Research predicts?"),
    ("The UK market will rise by 11% next year, Gartner predicts.", "Will the UK market rise by 11% next year, as Gartner predicts?"),
    ("Steve Finnan believes the Republic of Ireland can qualify directly for the World Cup finals.",
     "Will the Republic of Ireland qualify directly for the World Cup finals, as Steve Finnan believes?"),
]


@pytest.mark.parametrize(("text", "question"), [
    ("Forecasts predict that British shoppers will spend £4bn online in the festive season. Such forecasts vary.",
     "Will British shoppers spend £4bn online in the festive season?"),  # 'Forecasts' is a common noun: no source
    ("Audrey Tautou will play the female lead in the film adaptation of The Da Vinci Code, it has been reported.",
     "Will Audrey Tautou play the female lead in the film adaptation of The Da Vinci Code?"),  # unnamed reports: no source
])
def test_a_forecast_with_no_named_source_is_worded_alone(text, question):
    assert question in {c.text for c in _candidates(text)}


@pytest.mark.parametrize(("text", "question"), [
    ("Mittal Steel could cut up to 45,000 jobs over the next five years.", "Will Mittal Steel cut as many as 45,000 jobs over the next five years?"),
    ("Acme is expected to raise prices by up to 10% next year.", "Will Acme raise prices by as much as 10% next year?"),
    ("Acme is expected to fine its suppliers up to £5m next year.", "Will Acme fine its suppliers as much as £5m next year?"),
    # a span of time is a limit, not a count reached; a phrasal 'up to' is no ceiling
    ("Mr Smith is expected to serve up to 21 years in prison.", "Will Mr Smith serve up to 21 years in prison?"),
    ("The England team is expected to live up to expectations at the World Cup.", "Will the England team live up to expectations at the World Cup?"),
    ("The cuts are expected to add up to £5m next year.", "Will the cuts add up to £5m next year?"),  # a total, no ceiling
])
def test_a_ceiling_asked_yes_or_no_is_as_many_as(text, question):
    assert question in {c.text for c in _candidates(text)}


@pytest.mark.parametrize(("text", "question"), [
    ("Democrats are urging Bernie Sanders to accept the reality that Hillary Clinton will become the nominee.",
     "Will Bernie Sanders accept that Hillary Clinton will become the nominee?"),
    # 'the reality' as the object, not a framing of a clause, stays
    ("Democrats are urging Bernie Sanders to accept the reality of the delegate count.",
     "Will Bernie Sanders accept the reality of the delegate count?"),
])
def test_a_framing_that_presupposes_the_answer_is_dropped(text, question):
    assert question in {c.text for c in _candidates(text)}


@pytest.mark.parametrize(("text", "question"), SOURCED)
def test_a_forecast_on_its_sources_word_is_built_but_not_kept(text, question):
    found = {c.text: [p for p, _ in c.penalties] for c in _candidates(text)}
    assert any(p.startswith("a claim, plan or forecast on its source's word") for p in found[question])
    assert question not in [q for _, q in kept(text)]


@pytest.mark.parametrize(("sentence", "place", "office"), [
    ("The attorney general of the state of New York is suing Trump University.", "New York", "the New York attorney general"),
    ("The president of France is suing Total.", "France", "the president of France"),  # a country's office
    ("The senator of Vermont is suing Total.", "Vermont", None),  # one of several holders
    ("The chairman of Acme Corp is suing Boeing.", "Acme Corp", None),  # no place: a firm
    ("The people of New York are suing Trump University.", "New York", None),  # no role
])
def test_an_office_is_named_with_its_place(sentence, place, office):
    from generator.analysis.questions.wording import office_of
    assert office_of(sentence, sentence.index(place), place) == office


@pytest.mark.parametrize(("text", "clause"), [
    # the object's complement after a relative aside stays ("declare … invalid"); the aside goes
    ("declare Beijing's claim over the South China Sea, which stretches to Southeast Asia, invalid.",
     "declare Beijing's claim over the South China Sea invalid"),
    ("rule the ban, which came into force in May, unlawful, lawyers say.", "rule the ban unlawful"),
    ("declare the contract, which was signed in 2004, null and void.", "declare the contract null and void"),
    ("find the company, which makes cars, said.", "find the company"),  # a verb after the aside: no complement
    ("declare its support for Labour, which won the election, today.", "declare its support for Labour"),  # a time
    ("buy the company, which makes cars, outright.", "buy the company"),  # 'buy' takes no complement
])
def test_a_complement_after_a_relative_aside_is_kept(text, clause):
    from generator.analysis.questions.inversion import main_clause
    assert main_clause(text) == clause


@pytest.mark.parametrize(("pattern", "text", "expected"), PATTERN_ROWS)
def test_pattern(pattern, text, expected):
    asked = [q for p, q in kept(text) if p == pattern]
    assert asked == ([expected] if expected else [])


def test_every_pattern_has_positive_and_negative_rows():
    for p in REGISTRY:
        rows = [expected for name, _, expected in PATTERN_ROWS if name == p.name]
        assert any(rows) and None in rows, p.name


# Rows of the old engine's rule rounds that the new engine still meets (the others asked for
# wording the ranker now leaves to penalties).
CARRIED_OVER = [
    ('This statement raises questions about whether this could be a rare instance of Russia prioritizing de-escalation over confrontation.', []),
    ('It is unclear how many viewers RT actually reaches.', ['How many viewers does RT actually reach?']),
    ('Taylor Swift sold out again. It is not clear how long her brand of magic can continue.', []),
    ('Whether the Sirius-XM merger is being challenged remains to be seen.', ['Is the Sirius-XM merger being challenged?']),
    ('The cause of the Grenfell fire remains unknown.', ['What is the cause of the Grenfell fire?']),
    ('The implications of Putin’s statements remain uncertain.', []),
    ('The cause of the Grenfell fire remains unclear.', ['What is the cause of the Grenfell fire?']),
    ('Doubts persist over its fate.', []),
    ('Uncertainty remains over the implications of the ruling.', []),
    ('Uncertainty hangs over the talks.', []),
    ('The Clinton campaign did not respond to a request for comment.', []),
    ('An FBI spokesman did not immediately respond to a request for comment.', []),
    ('Gazprom has denied that it is behind the purchase of Rosneft shares.', ['Is Gazprom behind the purchase of Rosneft shares?']),
    ('Trump has denied the charge.', []),
    ('Schumer would not say how the party would prioritize gun control.', []),
    ('Speculation is mounting that the Germans may raise their bid to £1.5bn.', []),
    ('Deutsche Boerse has bid for the LSE. The Germans may raise their bid to £1.5bn.', []),
    ('J&J and Guidant could let the firms keep their stents on the market.', []),
    ('Trump suggested that the United States could simply default on its debt.', []),
    ('Mr Ebbers faces up to 85 years in jail if convicted.', ['Will Mr Ebbers go to jail?']),  # the term is fixed; the sentence is pending
    ('Robinson may even have to apologise for his comments about referee Kaplan.', []),
    ('The United States, Europe and Asia-Pacific are expected to add 150 million new PCs by 2010.', []),
    ('The big question is whether Sony will cut the price of the PSP.', ['Will Sony cut the price of the PSP?']),
    ('The Treasury has yet to decide whether Northern Rock will be sold.', ['Will Northern Rock be sold?']),
    ('Mr Blair said a decision had yet to be taken over how the Iraqi election would be run.', []),
    ('The prime minister insisted he did not know what date the poll would take place despite speculation.', []),
    ('The clash raised serious doubts about whether Congress will fund the fight against Zika.', ['Will Congress fund the fight against Zika?']),
    ('Bookmakers predict Cate Blanchett will be named best supporting actress.', []),  # which award, unsaid
    ('Michael Duff looks set to continue at right-back.', []),
    ('Baros denied reports of a row with Benitez.', []),
    ('Cruz denied that waterboarding constitutes torture.', []),
    ('The attack sparked a fresh debate over how the United States responds to militant violence.', []),
    ('Wasserman Schultz denied that the Clinton campaign is violating election law.', ['Is the Clinton campaign violating election law?']),
    ("Flynn was peppered with questions about whether Trump's campaign boosts Putin.", []),
    ('There are allegations that Chinese interests have hacked into U.S. computers.', []),
    ('While he is unlikely to turn against his party on important votes, he is proud of his record.', []),
    ('Kenteris and Thanou are expected to find out on Wednesday if they will be banned.', []),
    ('Ahead of 17 December, when the European Union will decide whether to start entry talks, Turkey is busy.',
     ['Will the European Union start entry talks?']),  # the old engine asked nothing here
    ('Bernie Sanders said he will release broader immigration policies, though he has not decided when.', ['Will Bernie Sanders release broader immigration policies?']),
    ('The American Action Network says it will spend $150,000 on a TV ad.', []),
    ('Hillary Clinton says she would order regulators to break up banks if they fail.', []),
    ("But Doyle said it's unclear to him how either of the Democrats' proposals would work in practice.", []),
    ('Alan Beith warned that the deletion of millions of government e-mails could harm key inquiries.', []),
    ('Some analysts say the power of the anti-EU parties may be overstated.', []),
    ('Stuart Cohen said the move could mean a change in the way companies deal with patents.', []),
    ('Marco Rubio has endured relentless questions about whether he will drop out before the Florida primary.', ['Will Marco Rubio drop out before the Florida primary?']),
    ('Michael Duff looks set to continue at right-back with John Oster in midfield and Micah Hyde is expected to recover.', []),
    ('U.S. plans to help rebuild Libya largely fell to the wayside.', []),
    ("An aide for Mr. Lyovochkin, who financed Mr. Manafort's work, declined to say whether he was still on retainer.", []),
    ('The reference is important because it was unclear whether the prosecution would be able to raise the case.', []),
    ('Much of this online shopping is likely to be done during work time.', []),
    ('Doubts also exist over how much the company may have to pay regulators to put the scandal behind.', []),
    ('That impact suggests Washington officialdom might do well to reassess its approach to trade.', []),
    ('Beyond New York, one former lawmaker said, the scandal could disrupt the election.', []),
    ('This year could be different.', []),
    ('The coming months will likely see continued tensions.', []),
    ('A single mother could be fired from her job.', []),
    ('A final salary scheme promises to pay a pension related to the salary.', []),
    ('Her easiest challenge could be on the emails.', []),
    ('Donald Trump attacked the plan. Bernie Sanders defended it. Her easiest challenge might be on the emails.', []),
    ('Muslim-American judges might be biased against him too.', []),
    ('Mr. Rubio faces a tough week in states where Mr. Trump could again eclipse him.', []),
    ('MPs could vote on it later on Tuesday.', []),
    ("Three senior executives of Ireland's state-owned airline, Aer Lingus, are set to leave early on 28 January.", []),
    ('Some senators declined to comment.', []),
    ('The Sanders and Clinton campaigns declined to comment.', []),
    ('The Trump campaign did not respond to several questions about the aircraft. Mr. Trump said in an interview that the plane was a great luxury.', []),
    ("I don't know how that adds up to domination, he said.", []),
    ('Nigel Farage said the President did not know what he was talking about.', []),
    ('The company reported a profit of $5m on Tuesday.', []),
    ('Sales rose 7% in the year to March, the firm said.', []),
    ('"We could win this," he said.', []),
    ('He could not be reached.', []),
    ('It is unclear whether to proceed.', []),
    ('The idea that taxes could rise came up in the debate.', []),
    ("Labour's plans to raise taxes were dropped.", []),
    ('This could finally be enough to shift those polls, analysts said.', []),
    ('Marsh did not say when the move would take place.', []),
    ('It is unclear whether the nominee will adhere to the platform.', []),
    ('Christie repeated accusations that Rubio recites the same campaign points.', []),
    ('Our Principles PAC plans to target Indiana voters via mail.', []),
    ('If Gavi could increase its funding by £4bn, then five million lives could be saved, Mr Brown argued.', []),
    ('NCLB’s replacement, which the Senate is expected to vote on next week, returns power to the states.', []),
    ('It is unclear how many may be relevant to the Clinton email server investigation.', []),
    # the sayer's own step ranks out (its cost, ``forecasts._OWN_WORD_COST``); 'not subject to appeal' is still not read as settled
    ('NatWest said that it would stop serving RT on Dec. 12 and that it was not subject to appeal.', []),
    ('HP declined to comment on reports.', []),
    ('The firms denied that they are about to link up.', []),
    ("Marco Rubio attacked Chris Christie. It is unclear what the source of Rubio's attack is.", []),
    ('It is unclear whether Congress will change the law related to classified information.', ['Will Congress change the law related to classified information?']),
    ("It is unclear whether Clinton's bounce will be larger than the three points enjoyed by Trump.", ["Will Clinton's bounce be larger than the three points enjoyed by Trump?"]),
    ('But a spokesman refused to comment on speculation that Mitsubishi could end up building cars for PSA.', ['Will Mitsubishi end up building cars for PSA?']),
    ('Sunderland are close to a deal. Larne boss Jimmy McGeough has yet to confirm whether Robbie Weir will join Sunderland.', ['Will Robbie Weir join Sunderland?']),
    ('Police have not yet determined whether any of the assailants were asylum seekers.', []),
    ("Merrill Lynch lost the case. Ms Villalba, the former head of Merrill's private client business, has made no decision on whether to appeal.", []),
    ('John Smith spoke. Mr Smith has not decided whether he will stand again.', ['Will John Smith stand again?']),
    ('Some fans have not decided whether to travel.', []),
    ('Mr Ebbers has denied charges of conspiracy and fraud. He was found guilty in March.', []),
    ('Some players denied the charges.', []),
    ('The FBI is looking into whether Acme broke export rules. The inquiry ended in March with no charges.', []),
    # an inquiry the article reports closed: its finding is no open question; one still open is asked
    ('The FBI will hand over emails recovered in the investigation into Hillary Clinton’s use of a private server. '
     'Last week the FBI closed out a criminal probe without charges.', []),
    ('The FA has launched an investigation into the Arsenal brawl. The inquiry into the brawl was closed on Friday.', []),
    ('The FA has launched an investigation into the Arsenal brawl. The OFT investigation by the regulator concluded in a 2002 report that prices were high.',
     ['What will the investigation into the Arsenal brawl find?']),
    ('Officials are looking into whether to extend the scheme.', []),
    # 'the Fed' binds 'its' (a name after 'the'); a pending decision with its date
    ('The Fed is expected to act at its final meeting of the year in December.', []),  # a step on the calendar, ranked out since the forecast weight was cut
    ('Gordon Brown is expected to deliver a pre-election Budget in March.', []),
    ("Morgan Stanley has forecast that India's mobile market is likely to grow by about 40% a year until 2007.", ["Will India's mobile market grow by about 40% a year until 2007?"]),
    ('Denise Turner Roth has not made a decision on whether to appeal.', []),
    ('The double-Olympic champion is still undecided about whether to compete in Madrid.', []),
    ('Kelly Holmes beat Maria Mutola. The double-Olympic champion is still undecided about whether to compete in Madrid.', []),
    ('Kelly Holmes won. The committee is still undecided about whether to meet in Madrid.', []),
    ('It is an unsettled question whether Acme Corp will survive the year.', ['Will Acme Corp survive the year?']),
    ('The key issue is whether Gazprom will buy Yukos.', ['Will Gazprom buy Yukos?']),
    ('Ian Gibson said there was a "question mark" as to whether David Blunkett could serve at cabinet level again.', ['Could David Blunkett serve at cabinet level again?']),
    ('The Financial Times reported that Acme Corp is buying Globex.\n\nAcme Corp declined to comment.', []),
    ('Intel said the event was cancelled. A spokeswoman for Donald Trump did not return a message for comment.', []),
    ('Trump isn’t saying what other interrogation techniques he would support.', []),
    ('Labour representatives were unavailable for comment.', []),
    ('Sanders’ campaign didn’t immediately return a request seeking comment.', []),
    ('Rival Democrats queried whether Trump had the temperament.', []),
    ("Acme's shares could fall sharply if the deal collapses.", []),  # an outcome on a condition the question keeps
    ('Mark-Viverito declined a question about whether she would lead the Office of Immigrant Affairs Clinton had announced earlier.', []),
    ('Clinton is likely to win the New York primary on Tuesday.', ['Will Clinton win the New York primary on Tuesday?']),
    ('The National Security Agency could take a covert action in cyberspace against Russia.', []),  # a writer's 'could': ranked out
    ('Ivanka Trump, 34, could be a particularly effective bridge to female voters.', []),
    ('Unilever could be a takeover target in 2006.', []),
    ('The full economic costs of the disaster remain unclear.', []),
    ('Nelson Peltz pressured the board to oust Ms. Kullman and combine with Dow. Whether this merger is a success remains to be seen.', []),
    ('Whether this merger is a success remains to be seen.', []),
    ('The Trump campaign did not respond to questions about its Zika policy.', []),
    ("GW Pharma's Sativex mouth spray could be legally available in Canada within the next few months.", []),  # a writer's 'could': ranked out
    ('Cruz, who leads Trump in polls out of Iowa, may be taking much of his new support from Ben Carson.', []),
    ('Cruz may be taking the lead in Iowa by March 1.', ['Will Cruz be taking the lead in Iowa by March 1?']),
    ("Clinton's use of a private email system led to an FBI investigation into whether her unusual arrangement had compromised national secrets.", []),
    ('Her partial victory is likely to cap her compensation to about £55,000.', []),
    ('Film studio picks next Bond novel\n\nThe studio said on Monday that no decision has yet been made on who will become the new actor, including Niven, to play Bond.', []),
    ('Probe launched into mayor\n\nAn investigation is under way following allegations that Ken Livingstone, a rival of Tony Blair, has brought his office into disrepute.', []),
    ('Probe launched into mayor\n\nAn investigation is under way following allegations that Ken Livingstone insulted Jane Smith and her staff.', []),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED_OVER)
def test_carried_over(text, expected):
    assert [q.text for q in questions(text)] == expected


def test_seed_has_three_open_questions_tied_to_their_sentences():
    doc = parse(SEED.read_text(encoding="utf-8"))
    found = extract_questions(doc, extract_actors(doc), ())
    assert 3 <= len(found) <= MAX_QUESTIONS
    for q in found:
        s = doc.sentences[q.sentence]
        assert q.text.endswith("?") and q.text[0].isupper()
        assert (q.start, q.end) == (s.start, s.end)
    assert "How will Russia ensure safety during the vote on Ukraine?" in [q.text for q in found]


def test_at_most_four_in_text_order_never_two_on_one_point():
    text = " ".join(
        f"It is unclear whether {n}." for n in (
            "the Boston stadium plan will pass", "Denver will raise its sales tax", "Austin will host the 2030 games",
            "Seattle will build a new bridge", "Portland will ban cars downtown", "Chicago will cut bus fares",
        )
    )
    found = questions(text)
    assert len(found) == MAX_QUESTIONS == 4
    assert [q.start for q in found] == sorted(q.start for q in found)
    twice = questions("It is unclear whether Sony will cut the price of the PSP. Sony could cut the price of the PSP.")
    assert len(twice) == 1


def test_headline_line_raises_no_question():
    assert questions("Election 'could be terror target'\n\nThe vote went ahead on Thursday.") == ()


def test_lower_cased_tokenised_text_raises_none():
    assert questions("real madrid could end up paying iker casillas £10million . the club will decide on monday .") == ()


def test_explain_lists_every_candidate_with_its_verdict():
    doc = parse("Bernard Ebbers has been charged with fraud. It is unclear whether it will work. Ebbers was convicted of fraud in March.")
    lines = explain(doc, extract_actors(doc))
    assert any("dropped (answered by sentence 3)" in line and "charge-outcome" in line for line in lines)


@pytest.mark.parametrize(("text", "answered"), [
    # a 'win' is told by a result ('won', 'lost'), not by the suit announced
    ("Loretta Lynch sued North Carolina over its bathroom law, and Lynch could win the lawsuit against North Carolina. "
     "Lynch announced the lawsuit against North Carolina at a news conference.", False),
    ("Loretta Lynch sued North Carolina over its bathroom law, and Lynch could win the lawsuit against North Carolina. "
     "The judge ruled and Lynch won the lawsuit against North Carolina in June.", True),
])
def test_a_win_is_answered_only_by_a_result(text, answered):
    doc = parse(text)
    lines = explain(doc, extract_actors(doc))
    assert any("dropped (answered by sentence" in line or "dropped (settled by sentence" in line for line in lines) == answered, lines


def test_cli_explain_prints_the_funnel_on_stderr(tmp_path):
    seed = tmp_path / "story.txt"
    seed.write_text("Yukos has appealed against the Moscow court ruling.\n\nThey urged him to go.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "generator", "analyze", "--explain", str(seed)],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    record = json.loads(run.stdout)
    assert [q["text"] for q in record["questions"]] == ["Will Yukos’s appeal against the Moscow court ruling succeed?"]
    assert "story" in run.stderr and "KEPT" in run.stderr and "appeal-or-lawsuit" in run.stderr


@pytest.mark.parametrize(("clause", "question"), [
    ("the US Federal Reserve will raise rates", "Will the US Federal Reserve raise rates?"),  # "US" is no pronoun "us"
    ("the firm and us will raise rates", None),
    ("the US court has jurisdiction in the case", "Does the US court have jurisdiction in the case?"),  # 'has' the main verb
    ("the council has mentioned the plan", "Has the council mentioned the plan?"),
])
def test_inversion_reads_case_and_main_verb_have(clause, question):
    from generator.analysis.questions.inversion import yes_no
    assert yes_no(clause) == question



def test_in_the_case_is_a_reference_only_its_sentence_explains():
    doc = parse("A hearing will rule on whether the US court has jurisdiction in the case.")
    found, _ = candidates(doc, extract_actors(doc))
    asked = [c for c in found if c.text == "Does the US court have jurisdiction in the case?"]
    assert asked and any("a reference only its sentence explains" in r for r, _ in asked[0].penalties)


def test_cued_needs_a_second_word_when_the_cue_does():
    from generator.analysis.questions.patterns import cued, words_of
    names = lambda text: {p.name for p in cued(words_of(text))}
    assert "withheld-detail" in names("The firm did not say how many jobs would go.")
    assert "withheld-detail" in names("The firm didn’t say how many jobs would go.")
    assert "withheld-detail" not in names("The firm said how many jobs would go.")
    assert "own-plan" in names("“I’ll be back next year,” he said.")
    assert "own-plan" not in names("“We will be back next year,” he said.")


def _candidates(text: str) -> list:
    doc = parse(text)
    actors = extract_actors(doc)
    return candidates(doc, actors, extract_quotes(doc, actors))[0]


# Repairs (questions/repair.py and forecasts): a question that leans on its sentence reworded to stand alone,
# and the reference it cannot name left as it was. (text, a question it must raise, a question it must not)
REPAIRS = [
    # a reported past act ('had lost', 'had reneged') asked in the simple past; a present perfect its sentence holds is left
    ("The BBC denied it had lost a bidding war for the rights.", "Did the BBC lose a bidding war for the rights?",
     "Had the BBC lost a bidding war for the rights?"),
    ("Mr Blair dismissed the claim he had reneged on a promise to stand aside for Gordon Brown.",
     "Did Blair renege on a promise to stand aside for Gordon Brown?", "Has Blair reneged on a promise to stand aside for Gordon Brown?"),
    ("Mr Michael denied the hunting ban has led to a breakdown of trust between Labour and rural communities.",
     "Has the hunting ban led to a breakdown of trust between Labour and rural communities?",
     "Did the hunting ban lead to a breakdown of trust between Labour and rural communities?"),
    # a role named after the one person the article titles so, however far back; not a shadow's or a former holder's title
    ("Puerto Rico faces a deadline\n\nPeople briefed on the situation say that Gov. Alejandro García Padilla, who must make the final "
     "decision, has revealed little. Melba Acosta, the bank's president, spoke on Monday. Other advisers to the island's government "
     "have been urging the governor to default on the debt.", "Will Alejandro García Padilla default on the debt?", "Will the governor default on the debt?"),
    ("Puerto Rico faces a deadline\n\nPeople briefed on the situation say that former Gov. Alejandro García Padilla has revealed "
     "little. Melba Acosta, the bank's president, spoke on Monday. Other advisers to the island's government have been urging the "
     "governor to default on the debt.", None, "Will Alejandro García Padilla default on the debt?"),
    ("Tories unveil tax plan\n\nShadow chancellor Oliver Letwin set out the plans on Monday. Labour said the plans were not costed. "
     "Business leaders have been urging the chancellor to freeze petrol duty in the Budget.", None, "Will Oliver Letwin freeze petrol duty in the Budget?"),
    # "the party" named after the article's earlier mention of one ("the Republican Party"); none, left
    ("Republicans fear defeat\n\nThe Republican Party met in Cleveland on Monday. Party officials said the party could lose the "
     "White House this fall.", "Will the Republican Party lose the White House this fall?", "Will the party lose the White House this fall?"),
    ("Republicans fear defeat\n\nDonald Trump met donors in Cleveland on Monday. Party officials said the party could lose the "
     "White House this fall.", "Will the party lose the White House this fall?", None),
    # a pair: the two people its sentence names (or, naming none, the sentence before); not one of three
    ("Kidman wins order\n\nThe star took action against Jamie Fawcett and Ben McDonald. Lawyers for Mr Fawcett and Mr McDonald "
     "denied that the pair were involved in the chase.", "Were Jamie Fawcett and Ben McDonald involved in the chase?",
     "Were the pair involved in the chase?"),
    ("Kidman wins order\n\nNicole Kidman took action against Jamie Fawcett and Ben McDonald. Lawyers denied that the pair were "
     "involved in the chase.", None, "Were Jamie Fawcett and Ben McDonald involved in the chase?"),
    # the people doing an inquiry: the one body whose inquiry the article names, or their earlier mention with a name
    ("FBI nears end of inquiry\n\nThe FBI is investigating Hillary Clinton's use of a private server. The FBI investigation is "
     "focused on federal law. Hillary Clinton said this week that she is willing to sit down with the investigators.",
     "Will Hillary Clinton sit down with the FBI investigators?", "Will Hillary Clinton sit down with the investigators?"),
    ("FBI nears end of inquiry\n\nThe FBI is investigating Hillary Clinton's use of a private server. The FBI investigation and a "
     "Senate inquiry are focused on federal law. Hillary Clinton said this week that she is willing to sit down with the investigators.",
     "Will Hillary Clinton sit down with the investigators?", "Will Hillary Clinton sit down with the FBI investigators?"),  # two bodies
    ("Banker charged\n\nManhattan prosecutors charged John Smith with fraud on Monday. John Smith said he would meet the prosecutors "
     "next week.", "Will John Smith meet the Manhattan prosecutors next week, as he expects?", None),
    ("Banker charged\n\nJohn Smith was charged with fraud on Monday. The FBI investigation is over. John Smith said he would meet the "
     "prosecutors in Boston.", "Will John Smith meet the prosecutors in Boston, as he expects?", None),  # prosecutors are no FBI's
    # two references in one question: both named
    ("Banker charged\n\nManhattan prosecutors charged John Smith with fraud on Monday over the Globex deal. John Smith said he would "
     "show the prosecutors the deal next week.", "Will John Smith show the Manhattan prosecutors the Globex deal next week?",
     "Will John Smith show the Manhattan prosecutors the deal next week?"),
    # a pledge, officials' word on another's step or a forecast of a figure, worded (then ranked low: ``forecast_kinds``,
    # framing's market figure); "the measure" is the one Bill the article names
    ("MPs debated the Energy Bill on Monday. Officials said Tony Blair would sign the measure.", "Will Tony Blair sign the Energy Bill?", None),
    ("Trade and Industry Secretary Patricia Hewitt pledged the government would raise maternity pay to nine months by 2007.",
     "Will the government raise maternity pay to nine months by 2007, as Patricia Hewitt pledged?", None),
    ("Tokyo cuts forecast\n\nThe Japanese government has forecast that the country's economic growth will slow to 1.6% next year.",
     "Will Japan’s economic growth slow to 1.6% next year?", None),
    ("UK retail sales slow\n\nShop sales in the UK rose slowly in March. Analysts at Deloitte believe that interest rates will fall to 4% by the end of the year.",
     "Will UK interest rates fall to 4% by the end of the year?", None),
    # a possessive no named subject binds → the one person the text before names
    ("Fed chief puts up rates\n\nJanet Yellen raised rates on Wednesday. Janet Yellen held firm for months. "
     "It is too soon to say whether her policies will prove successful.",
     "Will Janet Yellen’s policies prove successful?", "Will her policies prove successful?"),
    # … but an unnamed subject binds it ("her job" is the mother's)
    ("Judge blocks law\n\nGovernor Phil Bryant signed the bill in April. Phil Bryant said it protects belief. "
     "A single mother could be fired from her job in Mississippi.",
     "Will a single mother be fired from her job in Mississippi?", "Will a single mother be fired from Phil Bryant’s job in Mississippi?"),
    # "the plan" → its earlier mention with a name
    ("Glazer makes new offer\n\nMalcolm Glazer sent Manchester United the Glazer plan on Monday. Shareholders criticised the "
     "Glazer plan. The board is expected to decide whether to accept the plan next week.",
     "Will the board accept the Glazer plan next week?", "Will the board accept the plan next week?"),
    # … and left when the article names no plan
    ("Board to meet\n\nManchester United met on Monday. Shareholders criticised the move. The board is expected to decide "
     "whether to accept the plan next week.", "Will the board accept the plan next week?", None),
    # an epithet → the one other organisation the text before names
    ("Highfield eyes Circuit City\n\nHighfield Capital offered to buy Circuit City on Monday. Circuit City has 600 stores. "
     "Highfield Capital could take the Virginia-based firm private next year.",
     "Will Highfield Capital take Circuit City private next year?", None),
    # … never a bare "the firm" (as often any firm)
    ("Highfield eyes Circuit City\n\nHighfield Capital offered to buy Circuit City on Monday. Circuit City has 600 stores. "
     "Highfield Capital could take the firm private next year.",
     "Will Highfield Capital take the firm private next year?", "Will Highfield Capital take Circuit City private next year?"),
    # a possessive epithet ("the German champions’ shortlist") → the body's possessive
    ("Bayern Munich want Jol\n\nBayern Munich sacked coach Felix Magath on Monday. Bayern Munich want Martin Jol of Tottenham "
     "Hotspur. Tottenham Hotspur boss Martin Jol could be on the German champions' shortlist next week.",
     "Will Tottenham Hotspur boss Martin Jol be on Bayern Munich’s shortlist next week?", None),
    # … never the body the question names by its initials ("the LSE" is the London Stock Exchange): the other one
    ("Deutsche Boerse eyes LSE\n\nDeutsche Boerse made a bid for the London Stock Exchange in December. Deutsche Boerse chief "
     "Werner Seifert met investors. The LSE could reject the German suitor's offer next week.",
     "Will the LSE reject Deutsche Boerse’s offer next week?", "Will the LSE reject London Stock Exchange’s offer next week?"),
    # "the two companies" → the two the text before names; not when it names three
    ("Nokia and Siemens team up\n\nNokia has signed a deal with Siemens. Analysts said the two companies could market the "
     "cards to operators in 2005.", "Will Nokia and Siemens market the cards to operators in 2005, as analysts say?", None),
    ("Nokia signs deal\n\nNokia has signed a deal with Siemens. Nokia had talks with Vodafone too. Analysts said the two "
     "companies could market the cards to operators in 2005.",
     "Will the two companies market the cards to operators in 2005, as analysts say?", None),
    # "the country" → the story's one country
    ("Philippines may ban Trump\n\nPhilippines lawmakers want Donald Trump barred from the Philippines over his remarks. "
     "Donald Trump is a candidate. Lawmakers in the Philippines will vote on whether Donald Trump should be banned from "
     "the country next week.", "Will Donald Trump be banned from the Philippines next week?",
     "Will Donald Trump be banned from the country next week?"),
    # "the church" → the one church the text before names; not when it names two, nor one named only after
    ("Charleston Church Shooting Survivors Speak\n\nFelicia Sanders survived a shooting at the Mother Emanuel Church in Charleston last year. Dylann Roof "
     "is accused of killing nine people inside the church in June 2015.",
     "Will Dylann Roof be convicted of killing nine people inside the Mother Emanuel Church in June 2015?",
     "Will Dylann Roof be convicted of killing nine people inside the church in June 2015?"),
    ("Survivors speak\n\nFelicia Sanders prayed at Grace Church and at St Paul's Church last year. Dylann Roof is accused of "
     "killing nine people inside the church in June 2015.",
     "Will Dylann Roof be convicted of killing nine people inside the church in June 2015?", None),
    ("Survivors speak\n\nThe Mother Emanuel Church reopened. Dylann Roof is accused of killing nine people inside the church in June 2015.",
     "Will Dylann Roof be convicted of killing nine people inside the Mother Emanuel Church in June 2015?", None),  # 'The' starts a sentence, no name
    ("Survivors speak\n\nDylann Roof is accused of killing nine people inside the church in June 2015. The Mother Emanuel "
     "Church reopened.", "Will Dylann Roof be convicted of killing nine people inside the church in June 2015?", None),
    # a described subject → the one person the sentence before names
    ("O'Sullivan back for cross-country\n\nSonia O'Sullivan will run in France. Sonia O'Sullivan won two titles in 1998. "
     "The 35-year-old Cobh runner may be included in the official line-up for the event in France on 19-20 March.",
     "Will Sonia O'Sullivan be included in the official line-up for the event in France on 19-20 March?", None),
    # … a role only after someone the article calls by it, not whoever spoke last
    ("Obama to pick judge\n\nJohn Smith, a lawyer, said on Monday the choice was hard. John Smith has argued many cases. "
     "The president may name a new judge to the Supreme Court in March.",
     "Will the president name a new judge to the Supreme Court in March?",
     "Will John Smith name a new judge to the Supreme Court in March?"),
    # a player's epithet in the object → the person the story so far names most, the lede too; not one the lede does not name
    ("Real in talks over Gravesen move\n\nReal Madrid are closing in on a deal for Everton's Thomas Gravesen. John Sivabaek "
     "told reporters Thomas Gravesen was keen. Everton must decide whether to cash in now on the Denmark midfield man.",
     "Will Everton cash in now on Thomas Gravesen?", "Will Everton cash in now on the Denmark midfield man?"),
    ("Real in talks\n\nReal Madrid are closing in on a deal for Everton's Thomas Gravesen. The deal is worth £2m. John Sivabaek "
     "spoke to John Sivabaek's lawyers. Everton must decide whether to cash in now on the Denmark midfield man.",
     "Will Everton cash in now on the Denmark midfield man?", "Will Everton cash in now on Thomas Gravesen?"),
    ("Real in talks over Gravesen and Sivabaek\n\nReal Madrid want Everton's Thomas Gravesen and Everton's John Sivabaek. "
     "Thomas Gravesen and John Sivabaek were keen. Everton must decide whether to cash in now on the Denmark midfield man.",
     "Will Everton cash in now on the Denmark midfield man?", "Will Everton cash in now on Thomas Gravesen?"),  # two named as often
    ("Wasps in talks over Shaw move\n\nWasps are closing in on a deal for Gloucester's Simon Shaw. John Smith told reporters "
     "Simon Shaw was keen. Gloucester must decide whether to cash in now on the England lock.",
     "Will Gloucester cash in now on Simon Shaw?", "Will Gloucester cash in now on the England lock?"),  # a rugby post
    ("Wasps in talks over Shaw move\n\nWasps are closing in on a deal for Gloucester's Simon Shaw. John Smith told reporters "
     "Simon Shaw was keen. Gloucester must decide whether to cash in now on the England manager.",
     "Will Gloucester cash in now on the England manager?", "Will Gloucester cash in now on Simon Shaw?"),  # staff, no player
    # a sayer's forecast of an outcome asked with its source; a sayer's own plan is not
    ("Ryanair posts profit\n\nRyanair chief Michael O'Leary spoke in Dublin. Ryanair made a profit in 2004. Ryanair said it "
     "would remain profitable in 2005 despite high fuel prices.", "Will Ryanair remain profitable in 2005, as it expects?", None),
    ("PBS cuts scene\n\nPBS cut a scene from Dirty War. PBS said it would use extra footage for its broadcast next month.",
     "Will PBS use extra footage for its broadcast next month?", "Will PBS use extra footage for its broadcast next month, as it expects?"),
    # a demonym before a name stays capitalised (and the name binds 'its')
    ("Qantas may cut jobs\n\nAustralian airline Qantas could transfer as many as 7,000 jobs out of its home country as it "
     "seeks to save costs.", "Will Australian airline Qantas transfer as many as 7,000 jobs out of its home country?", None),
]


@pytest.mark.parametrize(("text", "raised", "not_raised"), REPAIRS)
def test_repairs_name_what_the_article_names(text, raised, not_raised):
    texts = [c.text for c in _candidates(text)]
    if raised:
        assert raised in texts
    if not_raised:
        assert not_raised not in texts


@pytest.mark.parametrize(("text", "bound"), [
    ("Tories to unveil plans\n\nThe Conservatives are preparing a policy on child care. Theresa May said the Conservatives "
     "would announce their proposals closer to the General Election.", True),  # 'the Conservatives' is a name
    ("Voters tire\n\nThe American people will decide the election in November. Polls suggest the American people will "
     "reject their leaders in 2016.", False),  # 'the American people' is not
])
def test_a_named_subject_after_the_binds_its_possessive(text, bound):
    found = [c for c in _candidates(text) if " their " in c.text]
    assert found and all(any(p.startswith("dangling") for p, _ in c.penalties) != bound for c in found)


_PEOPLE = frozenset("Marco Rubio Michael Howard Hillary Clinton Paul Bosvelt Victor Conte Marion Jones".split())


@pytest.mark.parametrize(("question", "pronoun"), [
    ("Will Michael Howard want to capitalise on the spat when he goes head-to-head?", None),  # the subject, a person
    ("Will Mr. Rubio's entire strategy be in danger if he fails to win Florida or Ohio?", None),  # the possessor
    ("Will Paul Bosvelt’s age count against him?", None),  # an object after a possessor
    ("Will Michael Howard sign him?", "him"),  # an object in the subject's own clause is another
    ("Will Chelsea win if he plays?", "he"),  # no person named
    ("Will Mrs. Clinton win if he runs?", "he"),  # the title says another
    ("Will Mr. Rubio win if she runs?", "she"),  # so does "Mr."
    ("Will Miss Jones keep her title if she loses?", None),  # "Miss": a woman
    ("Will Dr Howard resign if he loses?", None),  # "Dr" says neither
    ("Will Mrs. Clinton's opponent face his own complications if he becomes president?", "he"),  # the opponent, unnamed
    ("Will Marion Jones lose her medals after Victor Conte said he gave her drugs?", "he"),  # another person between
])
def test_he_after_a_named_person_binds_to_the_person(question, pronoun):
    assert dangling(question, _PEOPLE) == pronoun
    assert dangling(question) == re.search(r"\b(?:he|she|him)\b", question).group(0)  # no people known: every he/she/him dangles


@pytest.mark.parametrize(("question", "pronoun"), [
    ("Will the Democrats lose the White House this fall?", None),  # a time, as "this year"
    ("Will Leicester top their Heineken pool this Sunday?", None),
    ("Will Acme Corp report a loss this quarter?", None),
    ("Will Acme Corp reverse this fall in sales?", "this"),  # a fall, named only by its sentence
    ("Will Acme Corp reverse this decline?", "this"),
])
def test_this_before_a_time_is_no_reference(question, pronoun):
    assert dangling(question) == pronoun


# Who said it (forecasts._SAID_BY, one pattern for the sayer, the sayer's own word and the source):
# (text, the question, its penalties' first words)
SAID_BY = [
    # "suggested" names the sayer: the pronoun is Tim Kaine, by the sentence, not by recency
    ("Kaine speaks\n\nTim Kaine spoke in Ohio on Monday. In the debate, Tim Kaine suggested he would support new sanctions "
     "on North Korea in 2017.", "Will Tim Kaine support new sanctions on North Korea in 2017?", ["the sayer's own plan"]),
    # "insisted" credits a third party's forecast: asked with its source
    ("Jowell speaks\n\nTessa Jowell spoke in London. Tessa Jowell insisted the government would go ahead with the licensing "
     "changes in 2005.", "Will the government go ahead with the licensing changes in 2005, as Tessa Jowell insists?", ["a claim, plan or forecast on its source's word"]),
    # analysts are no sayer of his plan: no own word (but their word on his step); the pronoun is the one man its paragraph
    # names, or, named only in the paragraph before, resolved by recency
    ("Kaine speaks\n\nTim Kaine spoke in Ohio on Monday. Analysts said he would support new sanctions on North Korea in 2017.",
     "Will Tim Kaine support new sanctions on North Korea in 2017?", ["someone's word on what another will do", "pronoun named after the one man"]),
    ("Kaine speaks\n\nTim Kaine spoke in Ohio on Monday.\n\nAnalysts said he would support new sanctions on North Korea in 2017.",
     "Will Tim Kaine support new sanctions on North Korea in 2017?", ["someone's word on what another will do", "pronoun resolved by recency"]),
]


@pytest.mark.parametrize(("text", "question", "penalties"), SAID_BY)
def test_one_pattern_reads_who_said_it(text, question, penalties):
    found = {c.text: [p for p, _ in c.penalties] for c in _candidates(text)}
    assert question in found
    assert [p for p in found[question] if not p.startswith(("a step", "ability"))] == [
        next(p for p in found[question] if p.startswith(w)) for w in penalties]


# A pronoun its own sentence names before it is no guess by recency (forecasts._named_in_sentence), nor is the one person
# of its sex its paragraph names; one named only in the paragraph before keeps the recency penalty.
OWN_SENTENCE = [
    ("Lib Dems tour\n\nCharles Kennedy spoke in Bath. Mr Kennedy is visiting constituencies in Somerset on Monday - rural "
     "seats where his party is hoping to make gains from the Conservatives.",
     "Will Charles Kennedy’s party make gains from the Conservatives?", "pronoun named earlier in its own sentence"),
    ("Clinton emails\n\nHillary Clinton spoke on Thursday. Clinton did not cooperate with the inquiry, but she has said she "
     "is willing to be interviewed by the FBI.", "Will Hillary Clinton be interviewed by the FBI?", "pronoun named earlier in its own sentence"),
    ("Clinton emails\n\nHillary Clinton spoke on Thursday about the inquiry. She has said she is willing to be interviewed "
     "by the FBI.", "Will Hillary Clinton be interviewed by the FBI?", "pronoun named after the one man or woman its paragraph names"),
    ("Clinton emails\n\nHillary Clinton spoke on Thursday about the inquiry.\n\nShe has said she is willing to be interviewed "
     "by the FBI.", "Will Hillary Clinton be interviewed by the FBI?", "pronoun resolved by recency"),
    ("Clinton emails\n\nHillary Clinton met Donald Trump on Thursday about the inquiry.\n\nShe has said she is willing to be "
     "interviewed by the FBI.", "Will Hillary Clinton be interviewed by the FBI?", "pronoun resolved by recency"),  # the one woman
]


@pytest.mark.parametrize(("text", "question", "penalty"), OWN_SENTENCE)
def test_a_pronoun_its_own_sentence_names_is_no_guess(text, question, penalty):
    found = {c.text: [p for p, _ in c.penalties] for c in _candidates(text)}
    assert penalty in found[question], found


def test_an_announcement_without_a_day_is_no_scheduled_event():
    found = _candidates("Debt relief\n\nAnalysts said Gordon Brown would announce a deal on debt relief for poor nations.")
    assert found and not any(p.startswith("a scheduled event") for c in found for p, _ in c.penalties), [c.why() for c in found]


@pytest.mark.parametrize(("sentence", "question", "expected"), [
    ("Knight is expected to be transferred to a state prison.", "Will Knight be transferred to a state prison?", True),
    ("Knight is expected to be transferred to a state prison while a decision is made on whether he should be released.",
     "Will Knight be released?", False),  # another matter its sentence raises
    ("The biggest news was that the PAC would endorse Clinton.", "Will the PAC endorse Clinton?", False),
    ("It came after news that the PAC would endorse Clinton.", "Will the PAC endorse Clinton?", True),
])
def test_an_expected_step_is_the_one_its_sentence_expects(sentence, question, expected):
    from generator.analysis.questions.candidates import _expected_step
    assert _expected_step(sentence, question) == expected


@pytest.mark.parametrize("text", [
    "Sales rose 5% to £2bn (from $1.5bn) in 2004; [sic] a/b - c: yes! no? 'x' \"y\"",  # Latin-1: the byte table
    "It’s “curly” — and ‘single’ – dashes",  # beyond Latin-1: the regex
    "İstanbul’s ÉCOLE",  # a lower case longer than its capital: offsets kept
])
def test_words_of_spaces_punctuation_and_digits_only(text):
    import re

    from generator.analysis.questions.patterns import words_of
    low = "".join(c.lower()[:1] for c in text)
    assert words_of(text) == re.sub(r"[\"'“”‘’.,;:!?()\[\]—–\-/0-9]", " ", low)


# A question the article settles anywhere, its lead too: the event reported done, or called off, of the same actor.
SETTLED = [
    ("John Smith pleaded guilty on Wednesday to fraud charges. Prosecutors said Smith is expected to plead guilty to fraud next month.", True),
    ("David Blunkett is expected to make the official announcement in a Commons debate on Wednesday. But the announcement never came, officials said.", True),
    ("Corey Lewandowski was charged with battery in March. Prosecutors said Lewandowski could be convicted of battery. On Thursday the case against Lewandowski was dropped.", True),
    ("Tom Jones is expected to plead guilty to fraud next month, prosecutors said. Jones denies the charges.", False),
    ("Tom Jones has not pleaded guilty so far. Prosecutors said Jones is expected to plead guilty to fraud next month.", False),
    ("James McIlroy is confident he can win his first major title in Madrid this weekend. Dmitriy Bogdanov won at the same Madrid venue last week but McIlroy is unfazed.", False),
    # an earlier report settles only of its own object: the SAG Awards won, the Oscars still ahead; the Oscar won, settled
    ("Jamie Foxx and Hilary Swank have won the SAG Awards, boosting their Oscars hopes. Critics said Jamie Foxx is expected to win the Oscar next month.", False),
    ("Jamie Foxx won the Oscar on Sunday. Critics had said Jamie Foxx is expected to win the Oscar next month.", True),
    # a step reported taken, after a date in May (the month, not the modal)
    ("Megyn Kelly is expected to seek an interview with Donald Trump. The special is due on May and Megyn Kelly requested an interview with Donald Trump.", True),
    ("Pope Francis is expected to meet Fidel Castro in Havana. Vatican officials said Pope Francis met Fidel Castro in Havana on Sunday.", True),
    ("Megyn Kelly is expected to seek an interview with Donald Trump. The special airs soon. Megyn Kelly may request an interview with Donald Trump.", False),
]


# 'he'/'she': the one person of its sex named before it (a name inside a quotation counts as the quotation's speaker,
# unless the pronoun is that speaker's own quotation); two of its sex, no guess.
@pytest.mark.parametrize(("text", "pronoun", "named"), [
    ("Witness speaks\n\n“It is wrong for Donald Trump,” Anthony Gilberthorpe told the New York Post.\n\nHe said he is willing to "
     "tell his story.", "He said", "Anthony Gilberthorpe"),
    ("Rivals meet\n\nHillary Clinton met Bernie Sanders on Friday. He said he would back her.", "He said", "Bernie Sanders"),
    ("Rivals meet\n\nBernie Sanders met Donald Trump on Friday. He said he would back the deal.", "He said", None),
    ("Striker row\n\n“Craig Bellamy told the squad that he intended to feign injury,” said Freddy Shepherd.", "he intended", "Craig Bellamy"),
])
def test_he_or_she_is_the_one_person_of_that_sex_named_before(text, pronoun, named):
    from generator.analysis.questions.references import References
    doc = parse(text)
    actors = extract_actors(doc)
    quotes = extract_quotes(doc, actors)
    refs = References(actors, "", doc.text, [(q.start, q.end, q.speaker) for q in quotes])
    assert refs.subject(pronoun.split()[0], doc.text.index(pronoun)) == named


# Quotations with no speaker: two at the same span sort without comparing speakers, and a name inside one is no
# antecedent of a "he" inside another (neither is that speaker's own).
def test_quotations_with_no_speaker_are_no_ones_own():
    from generator.analysis.questions.references import References
    text = "Rivals meet\n\n“Bernie Sanders is wrong,” a voter said. “He will lose,” another voter said."
    doc = parse(text)
    first, second = text.index("“Bernie"), text.index("“He")
    spans = [(first, text.index("”", first) + 1, None), (first, text.index("”", first) + 1, "Bernie Sanders"),
             (second, text.index("”", second) + 1, None)]
    refs = References(extract_actors(doc), "", doc.text, spans)  # the same span twice, one with no speaker: no TypeError
    refs = References(extract_actors(doc), "", doc.text, [spans[0], spans[2]])
    assert refs.one_of_sex(text.index("He will"), "he") is None


# An event's doer is the name nearest before it: the Bryans' wins settle nothing of Spain's final.
@pytest.mark.parametrize(("text", "question", "about", "settled"), [
    ("Spain lead 2-1, and the Bryan twins have won all four of their Davis Cup matches this year.",
     "Will Spain win the Davis Cup final?", "Spain", False),
    ("Spain lead 2-1 but the twins have won all four of their Davis Cup matches this year.", "Will Spain win the Davis Cup final?", "Spain", False),
    ("After the doubles, Spain won the Davis Cup final on Sunday.", "Will Spain win the Davis Cup final?", "Spain", True),
    ("Bernie Ebbers, 63, pleaded guilty on Wednesday.", "Will Ebbers plead guilty?", "Ebbers", True),
    ("Jamie Foxx and Hilary Swank won the Oscars on Sunday.", "Will Jamie Foxx win the Oscar?", "Jamie Foxx", True),
    # after "and" or a relative clause's closing comma, the doer is the clause's subject, not the names nearest the verb
    ("Serena Williams beat Kerber in Paris and won the French Open on Saturday.", "Will Serena Williams win the French Open?",
     "Serena Williams", True),
    ("Serena Williams, who lost to Angelique Kerber in January, has won the French Open.", "Will Serena Williams win the French Open?",
     "Serena Williams", True),
    ("Serena Williams lost in Rome, and Angelique Kerber won the French Open.", "Will Serena Williams win the French Open?",
     "Serena Williams", False),
])
def test_an_events_doer_is_the_name_nearest_before_it(text, question, about, settled):
    from generator.analysis.questions.settled import Settled
    doc = parse("Tennis final\n\nAnalysts spoke on Friday. " + text)
    assert (Settled(doc.sentences, extract_actors(doc)).answer(question, about, 0) is not None) == settled


@pytest.mark.parametrize(("text", "bare"), [
    ("Republicans fear defeat\n\nDonald Trump met donors in Cleveland on Monday. Party officials said the party could lose the "
     "White House this fall.", True),
    ("Republicans fear defeat\n\nDonald Trump met donors in Cleveland on Monday. Party officials said the party of Lincoln could "
     "lose the White House this fall.", False),
    ("Republicans fear defeat\n\nDonald Trump met donors in Cleveland on Monday. Party officials said the Republican Party could "
     "lose the White House this fall.", False),
])
def test_a_body_named_only_by_its_kind_is_penalised(text, bare):
    found = [c for c in _candidates(text) if "White House" in c.text]
    assert found and any(r.startswith("a body named only by its kind") for c in found for r, _ in c.penalties) == bare, [c.why() for c in found]


@pytest.mark.parametrize(("text", "settled"), SETTLED)
def test_a_question_the_article_settles_anywhere_is_dropped(text, settled):
    doc = parse(text)
    lines = explain(doc, extract_actors(doc))
    assert any("dropped (settled by sentence" in line for line in lines) == settled, lines


# An answer the article reports in another sentence, a penalty (``questions._reported_elsewhere``): a verdict that cleared
# the one a conviction question asks about.
REPORTED_ELSEWHERE = [
    ("Sprinters Kostas Kenteris and Katerina Thanou have been cleared of doping offences by a tribunal. "
     "Thanou, 30, had been charged with avoiding drug tests in Athens.", "Thanou cleared", True),
    ("Sprinters Kostas Kenteris and Katerina Thanou could be cleared of doping offences by a tribunal. "
     "Thanou, 30, had been charged with avoiding drug tests in Athens.", "cleared", False),
    ("Kostas Kenteris has been cleared of doping offences by a tribunal. "
     "Katerina Thanou, 30, has been charged with avoiding drug tests in Athens.", "cleared", False),
]


@pytest.mark.parametrize(("text", "note", "found"), REPORTED_ELSEWHERE)
def test_an_answer_reported_elsewhere_is_a_penalty(text, note, found):
    doc = parse(text)
    lines = [line for line in explain(doc, extract_actors(doc)) if "convicted" in line]
    assert lines
    assert any(note in line for line in lines) == found, lines


# Framing (``questions.framing``, labelled tuning candidates judged bad): a question its sentence frames as
# someone's hope for another, a talking point or an ability, two questions in one, a market's figure, a judgement,
# an indefinite subject; penalised, left to the ranker. Each shape with a row that has it and a near row that does not.
FRAMINGS = [
    ("It is whether Bernie Sanders can take a punch from Hillary Clinton.", "'can': an ability", True),
    ("It is unclear whether Bernie Sanders will win the Nevada caucuses.", "'can': an ability", False),
    ("Organisers are hoping that Susan Chepkemei will take part in the London Marathon on 17 April.", "one side's hope", True),
    ("Jonny Wilkinson is still hoping to make the Lions tour to New Zealand this summer.", "one side's hope", False),
    ("Bernie Sanders is likely to remind voters of his connections to the civil rights struggle.", "a talking point", True),
    ("Bernie Sanders is likely to win the Nevada caucuses on Saturday.", "a talking point", False),
    ("Hillary Clinton is likely to cement her dominance and put the nomination out of reach on Tuesday.", "two questions in one", True),
    ("Hillary Clinton is likely to win New York and Pennsylvania on Tuesday.", "two questions in one", False),
    ("The US consumer electronics market is set to grow by over 11% in 2005.", "a market's figure", True),
    ("News Corporation is seeking to buy out minority investors in Fox Entertainment Group.", "a market's figure", False),
    ("The Obama administration hopes that Burma will become a functioning democracy.", "a judgement", True),
    ("Officials said Burma would become a member of the United Nations Security Council.", "a judgement", False),
    ("It is too soon to say whether Janet Yellen's policies will prove successful.", "a judgement", True),
    ("It is too soon to say whether Janet Yellen's policies will survive the election.", "a judgement", False),
    ("Voters in South Carolina, where a heavily black Democratic electorate will vote on 27 February, are next.", "an indefinite subject", True),
    ("Voters in South Carolina, where the Democratic electorate will vote on 27 February, are next.", "an indefinite subject", False),
    # a call to act by a side, by the speaker or by someone unnamed, not by a named body
    ("Fellow Republicans are urging Donald Trump to make the second debate a game-changer.", "a side's call", True),
    ("Catholics have urged Mr Pande to withdraw the film Da Vinci Code.", "a side's call", True),
    ("The European Commission has urged Italy to cut its budget deficit.", "a side's call", False),
    ("The United States urged Iran to halt uranium enrichment.", "a side's call", False),
    ("“That’s why I urged Ted Cruz to run for President,” Bozell said.", "by the speaker or by someone unnamed", True),
    ("Senator John McCain urged Ted Cruz to run for President.", "by the speaker or by someone unnamed", False),
    ("A lawmaker in the Philippines is calling for Donald Trump to be banned from the country.", "by the speaker or by someone unnamed", True),
    ("And Washington is renewing its calls for Silicon Valley to roll back the encryption in its products.", "a side's call", False),
    ("Even before the result became clear, Mr Blair was being urged to push for action on climate change.", "caller is not named", True),
    ("Home Secretary David Blunkett is under growing pressure to resign.", "caller is not named", False),
    # an accusation made is one side's view; one not (yet) made leaves the fact open
    ("Clinton has repeatedly accused Donald Trump of using divisive rhetoric.", "one side's charge", True),
    ("The United States has not publicly accused Russia of being behind the hack.", "one side's charge", False),
    ("The United States hasn't publicly accused Russia of being behind the hack.", "one side's charge", False),
    # an office its place names is no bare role ("the Texas attorney general"); a party's nominee is
    ("It is unclear whether the Texas attorney general will run for the Senate in 2018.", "a person named only by a role", False),
    ("It is unclear whether the Texas attorney general will run for the Senate in 2018.", "a person named by an office and its place", True),
    ("It is unclear whether the Democratic nominee will win the Senate seat in 2018.", "a person named only by a role", True),
    ("It is unclear whether the Vermont senator will win the Senate seat in 2018.", "a person named only by a role", True),  # one of two
    # "the new rules" leans on its sentence; "the New York Stock Exchange" is a name (the test keeps its case)
    ("It is unclear whether the new rules will survive a vote in the Senate.", "a subject only its sentence explains", True),
    ("It is unclear whether the New York Stock Exchange will list the shares of Acme.", "a subject only its sentence explains", False),
]


@pytest.mark.parametrize(("text", "penalty", "present"), STANCES + FRAMINGS)
def test_stances_and_beliefs_are_penalised(text, penalty, present):
    doc = parse(text)
    found, _ = candidates(doc, extract_actors(doc))
    assert found, text
    assert any(penalty in r for c in found for r, _ in c.penalties) == present, [c.why() for c in found]


@pytest.mark.parametrize(("gerund", "base"), [
    ("focusing", "focus"), ("issuing", "issue"), ("continuing", "continue"),  # "-cus", "-u" stems
    ("using", "use"), ("accusing", "accuse"), ("making", "make"), ("running", "run"), ("abandoning", "abandon"),
    ("forcing", "force"), ("announcing", "announce"), ("merging", "merge"), ("judging", "judge"), ("bringing", "bring"),
    ("endorsing", "endorse"), ("collapsing", "collapse"),
    ("retiring", "retire"), ("requiring", "require"), ("repairing", "repair"), ("changing", "change"),
    ("challenging", "challenge"), ("banging", "bang"), ("competing", "compete"), ("targeting", "target"),
])
def test_base_form_of_a_gerund(gerund, base):
    from generator.analysis.questions.wording import base_form
    assert base_form(gerund) == base


@pytest.mark.parametrize(("participle", "base"), [
    ("lied", "lie"), ("denied", "deny"), ("cheated", "cheat"), ("misled", "mislead"), ("stopped", "stop"), ("agreed", "agree"),
    ("violated", "violate"), ("reneged", "renege"), ("created", "create"), ("hoped", "hope"),
    ("the", None), ("Ahmed", None), ("red", None),  # no participle: a word, a name, a short word
])
def test_base_form_of_a_participle(participle, base):
    from generator.analysis.questions.wording import base_of_participle
    assert base_of_participle(participle) == base


@pytest.mark.parametrize(("question", "expected"), [
    # an adjunct "as …" is cut from a long question; the "as …" a verb needs ("use X as a springboard") is not
    ("Will Leicester wing Austin Healey use Sunday's return Heineken Cup clash with Wasps as a further springboard to an "
     "England recall for the Six Nations?", None),
    ("Will Qantas transfer up to 7,000 jobs out of its home country to Asia as it seeks to save costs this year?",
     "Will Qantas transfer up to 7,000 jobs out of its home country to Asia?"),
])
def test_a_long_question_is_cut_at_an_adjunct_not_a_complement(question, expected):
    from generator.analysis.questions import _shorter
    assert _shorter(question) == (expected or question)


@pytest.mark.parametrize(("text", "question", "expected"), [
    # a title's article stays capitalised when the text capitalises it inside a sentence
    ("Jugnot, star of the film The Chorus, is rich.", "Will the Chorus win best foreign film?", "Will The Chorus win best foreign film?"),
    ("The Chorus is nominated for best foreign film.", "Will the Chorus win best foreign film?", "Will the Chorus win best foreign film?"),
    ("Rand Paul At The GOP Debate\n\nA reminder: The GOP tax plans would all drive deficits.",
     "Would the GOP tax plans all drive deficits?", "Would the GOP tax plans all drive deficits?"),
])
def test_a_titles_article_keeps_its_capital(text, question, expected):
    from generator.analysis.questions import _titled
    assert _titled(text, question) == expected


@pytest.mark.parametrize(("text", "subject", "named"), [
    ("Officials at the Justice Department met. Then the department", "the department", "the Justice Department"),
    ("the Senate bill passed. Then the bill", "the bill", "the Senate bill"),
    ("Department officials met. Then the department", "the department", None),  # a sentence's first word names nothing
    ("The department met. Then the department", "the department", None),
    ("The Obama administration acted.\n\nSenior administration officials met. Then the administration", "the administration",
     "the Obama administration"),  # "Senior" only starts a sentence
    ("Senior administration officials met. Then the administration", "the administration", None),
    ("The Senate bill passed. Bill Smith said so. Then the bill", "the bill", "the Senate bill"),  # past a title-case miss
])
def test_a_common_noun_is_named_after_its_earlier_mention(text, subject, named):
    from generator.analysis.questions.references import References
    assert References([], "", text).earlier_mention(subject, len(text)) == named


@pytest.mark.parametrize(("text", "expected"), [
    # a bare title takes the club its sentence names for another's title
    ("Liverpool forward Milan Baros is uncertain whether he remains part of boss Rafa Benitez's plans. Liverpool beat Everton 2-0.",
     "Liverpool boss Rafa Benitez's plans"),
    ("Milan Baros is uncertain whether he remains part of boss Rafa Benitez's plans.", " boss Rafa Benitez's plans"),
    # neither a sentence's first words nor a country: "Former England captain"
    ("Former England captain Martin Johnson is unsure whether he will remain part of boss Rafa Benitez's plans.",
     " boss Rafa Benitez's plans"),
])
def test_a_bare_title_takes_its_body_from_the_sentence(text, expected):
    asked = [q for _, q in kept(text) if "Benitez" in q]
    assert len(asked) == 1 and expected in asked[0] and "England boss" not in asked[0]


@pytest.mark.parametrize(("text", "raised", "not_raised"), [
    # a subject named by surname takes the full name the article gives that one person
    ("Calleri through in Buenos Aires\n\nArgentina's Agustin Calleri beat Juan Monaco on Friday. Calleri will face Albert Montanes "
     "in the semi-finals.", "Will Agustin Calleri beat Albert Montanes in the semi-finals?", "Will Calleri beat Albert Montanes in the semi-finals?"),
    # … a body that shares the name is no second person
    ("Clinton in Ohio\n\nHillary Clinton spoke in Ohio on Monday. The Clinton Foundation paid for the trip. Clinton will face Bernie "
     "Sanders in the New York primary.", "Will Hillary Clinton beat Bernie Sanders in the New York primary?", None),
    # … after a courtesy title too ("Mr Jackson"), and for a surname with an inner capital ("McGraw")
    ("Jackson trial\n\nMichael Jackson arrived at court on Monday. Mr Jackson was charged with fraud and tax evasion.",
     "Will Michael Jackson be convicted of fraud and tax evasion?", "Will Mr Jackson be convicted of fraud and tax evasion?"),
    ("Rally arrest\n\nJohn McGraw was arrested at a rally on Monday. Mr. McGraw was charged with assault and disorderly conduct.",
     "Will John McGraw be convicted of assault and disorderly conduct?", None),
    # … not when two people share it
    ("Clintons in Ohio\n\nBill Clinton and Hillary Clinton spoke in Ohio on Monday. Clinton will face Bernie Sanders in the "
     "New York primary.", None, "Will Hillary Clinton beat Bernie Sanders in the New York primary?"),
    ("Jacksons in court\n\nMichael Jackson and Janet Jackson arrived at court on Monday. Mr Jackson was charged with fraud and tax evasion.",
     "Will Mr Jackson be convicted of fraud and tax evasion?", "Will Michael Jackson be convicted of fraud and tax evasion?"),
    # a person named by surname after the subject takes the full name too, at its first mention only
    ("Sanders under pressure\n\nBernie Sanders met Hillary Clinton on Monday. Democrats urged Sanders to accept that Clinton will be the nominee.",
     "Will Bernie Sanders accept that Hillary Clinton will be the nominee?", "Will Bernie Sanders accept that Clinton will be the nominee?"),
    ("Poll in Ohio\n\nBernie Sanders spoke in Ohio on Monday. Donald Trump spoke in Iowa on Tuesday. Sanders hopes to beat Trump in Ohio by more "
     "votes than Trump in Iowa.", "Will Bernie Sanders beat Donald Trump in Ohio by more votes than Trump in Iowa?", None),
    # … not when two people share it, nor a name inside a longer one
    ("Clintons in Ohio\n\nBill Clinton and Hillary Clinton spoke in Ohio. Democrats urged Bernie Sanders to accept that Clinton will be the nominee.",
     "Will Bernie Sanders accept that Clinton will be the nominee?", "Will Bernie Sanders accept that Hillary Clinton will be the nominee?"),
    ("Foundation\n\nHillary Clinton spoke in Ohio. Auditors urged Bernie Sanders to audit the Clinton Foundation accounts.",
     "Will Bernie Sanders audit the Clinton Foundation accounts?", None),
])
def test_a_surname_takes_the_full_name(text, raised, not_raised):
    texts = [c.text for c in _candidates(text)]
    if raised:
        assert raised in texts
    assert not_raised not in texts


@pytest.mark.parametrize("text, expected", [
    ("Analysts fear the deal will collapse.", True),
    ("Respondents to the survey said so.", True),
    ("He is not worried about the vote.", False),  # a negation before the word
    ("She isn't too concerned.", False),
    ("The fearless striker scored.", False),  # a word that only opens with one
])
def test_worry_reported(text, expected):
    import importlib
    import re

    candidates = importlib.import_module("generator.analysis.questions.candidates")
    assert (candidates._WORRY.search(text) is not None) == expected
    assert candidates._worry(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Will the firm cut 200 jobs?", True),
    ("Will the talks resume on Monday?", True),
    ("Will Smith decide by the end of the year?", True),
    ("Will the bill pass next\u00a0month?", True),
    ("Will the firm cut jobs?", False),
    ("Will Mayhew resign?", False),  # a month's name opening a longer word
    ("Will the nextweek plan go ahead?", False),
])
def test_specific_question(text, expected):
    import importlib
    import re

    candidates = importlib.import_module("generator.analysis.questions.candidates")
    specific = re.compile(
        r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
        r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next\s(?:week|month|year)|this\s(?:week|month|year)|"
        r"by\sthe\send)\b")  # the one search it stands for
    assert (specific.search(text) is not None) == expected
    assert candidates._specific(text) == expected


@pytest.mark.parametrize("text, spans", [
    ("Will the Senate back the Bill?", [(5, 9), (21, 25)]),
    ("Will the senate back it?", []),  # no capital after
    ("The Senate voted, breathe Easy", []),  # no space before; 'the' inside a word
])
def test_the_before_a_name(text, spans):
    import generator.analysis.questions as questions
    assert [m.span() for m in questions._THE_NAME.finditer(text)] == spans
