"""Open questions: each is a transformed cue clause, ends in "?", and cites its sentence."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.analysis import parse
from generator.analysis.actors import extract_actors
from generator.analysis.questions import MAX_QUESTIONS, extract_questions

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_0b7a11e69ca9f520.txt"


def questions(text: str):
    doc = parse(text)
    return extract_questions(doc, extract_actors(doc), ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This statement raises questions about whether this could be a rare instance of Russia "
            "prioritizing de-escalation over confrontation.",
            [],
        ),
        ("It is unclear how many viewers RT actually reaches.", ["How many viewers does RT actually reach?"]),
        (
            "Taylor Swift sold out again. It is not clear how long her brand of magic can continue.",
            [],  # review 5: a metaphor ("brand of magic") means nothing without its sentence
        ),
        ("Whether the Sirius-XM merger is a success remains to be seen.", ["Will the Sirius-XM merger be a success?"]),
        ("Whether the Sirius-XM merger is being challenged remains to be seen.", ["Is the Sirius-XM merger being challenged?"]),  # a present matter stays present
        ("The cause of the Grenfell fire remains unknown.", ["What is the cause of the Grenfell fire?"]),
        ("The implications of Putin’s statements remain uncertain.", []),  # review 7: an essay question, nothing settles it
        ("The cause of the Grenfell fire remains unclear.", ["What is the cause of the Grenfell fire?"]),
        # round 5: "uncertainty remains over <NP>" asks what the noun phrase is, as "<NP> remains unclear" does
        (
            "Nestle sales fell. Uncertainty remains over the future of Perrier, the iconic French mineral water owned by Nestle.",
            ["What is the future of Perrier?"],
        ),
        ("Uncertainty remains over the cost of the Olympic stadium.", ["What is the cost of the Olympic stadium?"]),
        ("Doubts persist over its fate.", []),  # whose fate, and a vague head
        ("Uncertainty remains over the implications of the ruling.", []),  # an essay question
        ("Uncertainty hangs over the talks.", []),  # which talks, the question cannot say
        ("HP, the world's biggest printer firm, declined to comment on the Compaq lawsuit.", ["What is HP's response to the Compaq lawsuit?"]),
        ("HP declined to comment on reports that it is buying Compaq.", ["Is HP buying Compaq?"]),
        (
            "A newspaper reported that Acme is selling its drinks unit. Acme declined to comment on the reports.",
            ["Is Acme selling its drinks unit?"],
        ),
        ("The Clinton campaign did not respond to a request for comment.", []),
        ("An FBI spokesman did not immediately respond to a request for comment.", []),
        ("Gazprom has denied that it is behind the purchase of Rosneft shares.", ["Is Gazprom behind the purchase of Rosneft shares?"]),
        ("The Clinton campaign denies any wrongdoing.", ["Did the Clinton campaign do anything wrong?"]),
        ("Trump has denied the charge.", []),  # which charge, the question alone cannot say
        ("The Senate is expected to vote on the Zadroga bill next week.", ["How will the Senate vote on the Zadroga bill next week?"]),
        ("Unilever could launch the new Slimfast drinks in 2007.", ["Will Unilever launch the new Slimfast drinks in 2007?"]),
        ("Analysts said Unilever could launch the new products in 2007.", []),
        (
            "Peugeot warned that its profits may decline this year as a result of higher steel, plastic and commodity prices.",
            ["Will Peugeot's profits decline this year as a result of higher steel, plastic and commodity prices?"],
        ),
        # a possessive pronoun resolves to the most recent person named nearby
        (
            "Paula Radcliffe will run on Sunday. Her aims could be as simple as completing a race.",
            ["Could Paula Radcliffe's aims be as simple as completing a race?"],
        ),
        # clauses cut at a second finite verb, a pronoun that-clause, "despite"; "very well" dropped
        (
            "Judges said Ohio's practices could remove some eligible voters and are not in compliance with the law.",
            [],  # a reported finding, not the article's own question (review 3)
        ),
        (
            "Party bosses are so worried that Clinton could commit a gaffe in the debates that they are willing to stifle it.",
            [],  # the bosses' worry, not the writer's
        ),
        (
            "If it wins Iowa, Sanders could very well blow right through the Clinton firewall.",
            [],  # the condition the question would cut
        ),
        # review 3: unnamed references, claims recast as questions, answered or fixed prospects, cut qualifiers
        ("Republicans could use the program to reward their donors.", []),
        ("Schumer would not say how the party would prioritize gun control.", []),
        ("Speculation is mounting that the Germans may raise their bid to £1.5bn.", []),
        ("Deutsche Boerse has bid for the LSE. The Germans may raise their bid to £1.5bn.", []),
        ("Sean Connery could play the mysterious costume shop owner.", []),
        ("J&J and Guidant could let the firms keep their stents on the market.", []),
        ("CNPC could decide the unit's future next week.", []),
        ("Trump suggested that the United States could simply default on its debt.", []),
        ("Commentators believe Deutsche Boerse may offer to sell Clearstream.", []),
        (
            "Former England coach Clive Wood spoke. Wood believes Wales might end their losing run against England.",
            ["Will Wales end their losing run against England?"],
        ),
        (
            "Thailand may lose 30bn baht in tourism earnings, according to tourism minister Sontaya Kunplome.",
            ["Will Thailand lose 30bn baht in tourism earnings?"],
        ),
        ("Mittal Steel could cut 45,000 jobs, its chief executive has said.", []),
        ("RFID tags could be read from a distance. That is a common misconception.", []),
        (
            "In theory, Democrats could tuck a gun measure into a budget bill. But no one's talking about it.",
            [],
        ),
        ("Mr Ebbers faces up to 85 years in jail if convicted.", []),
        ("Mr Ebbers could face a jail sentence.", []),
        ("Robinson may even have to apologise for his comments.", []),  # review 7: which comments, the question does not say
        ("Robinson may even have to apologise for his comments about referee Kaplan.", ["Could Robinson have to apologise for his comments about referee Kaplan?"]),
        ("He says Lord Goldsmith warned Tony Blair that the Iraq war could be illegal.", []),
        ("The Lib Dems could genuinely have replaced the Tories by the election after next.", []),
        ("Mr Clarke is expected to cut the £85 cost of the card, for the elderly and those on lower incomes.", []),
        ("Yet even if Mr. Cruz prevails, Mr. Ryan may still offer a set of talking points.", []),
        ("The United States, Europe and Asia-Pacific are expected to add 150 million new PCs by 2010.", []),
        ("The American central bank is expected to cut rates. Asian exporters could suffer.", []),  # about a demonym
        ("The Fed met. The American central bank is expected to cut rates.", ["Will the Fed cut rates?"]),
        (
            "Shares in the Hang Seng could be benefiting from a wave of speculative money flowing into the region "
            "from investors betting that the Chinese currency will be revalued before the end of the year.",
            [],
        ),
        # recall: unknowns, undecided matters, doubts, predictions, leading if-clauses and quotation marks
        ("The big question is whether Sony will cut the price of the PSP.", ["Will Sony cut the price of the PSP?"]),
        ("The Treasury has yet to decide whether Northern Rock will be sold.", ["Will Northern Rock be sold?"]),
        (
            "Mr Blair said a decision had yet to be taken over how the Iraqi election would be run.",
            [],  # about only a demonym, "Iraqi"
        ),
        (
            "The prime minister insisted he did not know what date the poll would take place despite speculation.",
            [],
        ),
        (
            "If Mr. Trump wins the election, there is no guarantee he would name a conservative in the Scalia mold.",
            ["Would Trump name a conservative in the Scalia mold?"],
        ),
        (
            "The clash raised serious doubts about whether Congress will fund the fight against Zika.",
            ["Will Congress fund the fight against Zika?"],
        ),
        (
            "The Obama administration is trying to determine whether background checks can be expanded.",
            ["Can background checks be expanded?"],
        ),
        ("Bookmakers predict Cate Blanchett will be named best supporting actress.", []),  # review 9: which award?
        (
            "Bookmakers predict Cate Blanchett will be named best supporting actress at the Oscars.",
            ["Will Cate Blanchett be named best supporting actress at the Oscars?"],
        ),
        ("“Whether Clinton can win Ohio is an open question,” said Mr Smith.", ["Can Clinton win Ohio?"]),
        ("If found guilty, Mr Smith could face up to ten years in prison.", []),  # a fixed legal fact
        ("Michael Duff looks set to continue at right-back.", []),
        ("Suu Kyi's fate is still unclear, but she said she would govern the country.", []),  # what about it is open?
        (
            "McConnell spokesman Don Stewart wouldn’t say when, or if, the Senate will vote to confirm the nominees.",
            [],  # "the nominees": which ones, the question alone cannot say
        ),
        (
            "Liverpool forward Milan Baros is uncertain whether he remains part of Rafa Benitez's plans.",
            ["Does Liverpool forward Milan Baros remain part of Rafa Benitez's plans?"],
        ),
        ("Baros denied reports of a row with Benitez.", []),
        ("Cruz denied that waterboarding constitutes torture.", []),
        ("Robinson is expected to announce his new-look England line-up on Monday.", []),
        ("Labour met. Senior MPs are expected to raise concerns about infighting at the meeting of Labour backbenchers.", []),
        ("The attack sparked a fresh debate over how the United States responds to militant violence.", []),
        ("Wasserman Schultz denied that the Clinton campaign is violating election law.", ["Is the Clinton campaign violating election law?"]),
        ("Flynn was peppered with questions about whether Trump's campaign boosts Putin.", []),
        ("There are allegations that Chinese interests have hacked into U.S. computers.", []),
        ("Kim Clijsters has denied reports that she has pulled out of the Australian Open.", []),
        ("While he is unlikely to turn against his party on important votes, he is proud of his record.", []),
        ("Kenteris and Thanou are expected to find out on Wednesday if they will be banned.", []),
        ("Ben Cohen could also be considered after switching from the wing.", []),
        ("Ahead of 17 December, when the European Union will decide whether to start entry talks, Turkey is busy.", []),
        # a stated intention, reported; not a hypothetical, and no unbound "their" in the predicate
        (
            "Bernie Sanders said he will release broader immigration policies, though he has not decided when.",
            ["Will Bernie Sanders release broader immigration policies?"],
        ),
        ("The American Action Network says it will spend $150,000 on a TV ad.", []),
        ("Hillary Clinton says she would order regulators to break up banks if they fail.", []),
        ("Labour has said it will allow tenants to buy a share in their homes.", []),
        # "it's unclear to him how …"; a specific definite subject, when someone named says so
        (
            "But Doyle said it's unclear to him how either of the Democrats' proposals would work in practice.",
            [],  # review 5: "either of the Democrats' proposals": which two, the question does not say
        ),
        (
            "Alan Beith warned that the deletion of millions of government e-mails could harm key inquiries.",
            [],
        ),
        ("Some analysts say the power of the anti-EU parties may be overstated.", []),
        ("Stuart Cohen said the move could mean a change in the way companies deal with patents.", []),
        ("The same clarifying effect may be near on the Republican side.", []),
        # declining to discuss, or to answer a question about, whether …; "questions about whether"
        (
            "Chris Christie wouldn’t discuss on the show whether he was hoping for a vice presidential slot.",
            ["Is Chris Christie hoping for a vice presidential slot?"],  # review 5: a reported hope is current
        ),
        (
            "Mark-Viverito declined a question about whether she would lead the Office of Immigrant Affairs.",
            ["Would Mark-Viverito lead the Office of Immigrant Affairs?"],
        ),
        (
            "Marco Rubio has endured relentless questions about whether he will drop out before the Florida primary.",
            ["Will Marco Rubio drop out before the Florida primary?"],
        ),
        # a second coordinated clause or a past-tense verb is cut; an opening adverb is no subject
        (
            "Michael Duff looks set to continue at right-back with John Oster in midfield and Micah Hyde is expected to recover.",
            [],  # review 5: the line-up going on, naming neither team nor match
        ),
        ("Honda's Asimo could find gainful employment in homes and offices.", ["Will Honda's Asimo find gainful employment in homes and offices?"]),
        (
            "Paul Ryan spoke. Reports said that Mr. Ryan plans to run for president next year.",
            ["Will Paul Ryan run for president next year?"],
        ),
        # "plans" as a noun, an object relative, an unnamed set, an ambiguous "he"
        ("U.S. plans to help rebuild Libya largely fell to the wayside.", []),
        ("Mr. Ryan is shaping an agenda that he plans to roll out right before the convention.", []),
        ("Other groups are also expected to spend millions on TV ads next year.", []),
        (
            "An aide for Mr. Lyovochkin, who financed Mr. Manafort's work, declined to say whether he was still on retainer.",
            [],
        ),
        # no-comment that the sentence itself answers (its denial is the question); an unknown since settled; "much of" names no one
        (
            "Corey Lewandowski was fired. (Mr. Lewandowski, who did not respond to a request for comment, has denied that he was writing a book.)",
            ["Was Corey Lewandowski writing a book?"],
        ),
        (
            "The reference is important because it was unclear whether the prosecution would be able to raise the case.",
            [],
        ),
        ("Much of this online shopping is likely to be done during work time.", []),
        # a parenthesis is an aside, not a clause break; "how much" + a subject inverts
        (
            "Argentina is set to close its $102.6bn (£53.51bn) debt restructuring offer for bondholders on Friday.",
            [],
        ),
        (
            "Doubts also exist over how much the company may have to pay regulators to put the scandal behind.",
            [],
        ),
        # advice ("might do well to"), a headline's list cut mid-way
        ("That impact suggests Washington officialdom might do well to reassess its approach to trade.", []),
        ("Warren may play role in push to broker peace between Clinton, Sanders.", []),
        # forward-looking clauses need a named subject, not a time, a preposition or a generic noun
        ("Beyond New York, one former lawmaker said, the scandal could disrupt the election.", []),
        ("This year could be different.", []),
        ("The coming months will likely see continued tensions.", []),
        ("A single mother could be fired from her job.", []),
        ("A final salary scheme promises to pay a pension related to the salary.", []),
        # pronouns the question cannot bind
        ("Her easiest challenge could be on the emails.", []),
        (
            "Donald Trump attacked the plan. Bernie Sanders defended it. Her easiest challenge might be on the emails.",
            [],
        ),
        ("Muslim-American judges might be biased against him too.", []),
        ("Mr. Rubio faces a tough week in states where Mr. Trump could again eclipse him.", []),
        ("MPs could vote on it later on Tuesday.", []),
        # not open: past or settled, an idiom, a description
        ("The appeals court ruled that Ohio's practices could remove some eligible voters.", []),
        ("All of a sudden, black voters saw that Obama could actually win.", []),
        ("Donald Trump may want to check his stats.", []),
        ("Some Republicans could be heard grousing about the literature.", []),
        # a subject that is an appositive of an of-object, a report whose news is in a cut clause
        ("Three senior executives of Ireland's state-owned airline, Aer Lingus, are set to leave early on 28 January.", []),
        ("The Fed is expected to announce on Wednesday, after a meeting, that it will pass on a rate rise.", []),
        # no-comment: someone to ask, and not quoted on the matter after all
        ("Some senators declined to comment.", []),
        ("The Sanders and Clinton campaigns declined to comment.", []),
        (
            "The Trump campaign did not respond to several questions about the aircraft. "
            "Mr. Trump said in an interview that the plane was a great luxury.",
            [],
        ),
        ("I don't know how that adds up to domination, he said.", []),
        ("Nigel Farage said the President did not know what he was talking about.", []),
        # no hedge, no question
        ("The company reported a profit of $5m on Tuesday.", []),
        ("Sales rose 7% in the year to March, the firm said.", []),
        # a speaker's own words are not the article's question
        ('"We could win this," he said.', []),
        # an unresolved pronoun names nobody
        ("He could not be reached.", []),
        ("It is unclear whether to proceed.", []),
        ("The idea that taxes could rise came up in the debate.", []),
        ("Labour's plans to raise taxes were dropped.", []),
        # review 2: a demonstrative or a bare placeholder noun the question cannot resolve
        ("This could finally be enough to shift those polls, analysts said.", []),
        ("Marsh did not say when the move would take place.", []),
        ("It is unclear whether the nominee will adhere to the platform.", []),
        ("Christie repeated accusations that Rubio recites the same campaign points.", []),
        # ... unless the speaker of "this statement" is named just before; "the central bank" gets the article's name
        (
            "Vladimir Putin said Russia is ready to help. This statement raises questions about whether this could "
            "be a rare instance of Russia prioritizing de-escalation.",
            ["Could Vladimir Putin's statement be a rare instance of Russia prioritizing de-escalation?"],
        ),
        (
            "The Fed kept rates on hold. The central bank could undermine growth by raising rates prematurely.",
            ["Could the Fed undermine growth by raising rates prematurely?"],
        ),
        # a proper name keeps the article's "the"
        (
            "Government Development Bank is expected to make a $354 million bond payment on Tuesday. "
            "The Government Development Bank has little cash.",
            ["Will the Government Development Bank make a $354 million bond payment on Tuesday?"],
        ),
        # review 2: a fixed deadline, a plain plan or promise is stated, not open; a description is no subject
        ("The Academy voting is due to end on 22 February.", []),
        ("Our Principles PAC plans to target Indiana voters via mail.", []),
        ("PBS said it will use extra footage for its broadcast.", []),
        ("Voters are expected to bring order to the race.", []),
        # a condition, an old fear, a place in a cut relative clause
        ("If Gavi could increase its funding by £4bn, then five million lives could be saved, Mr Brown argued.", []),
        ("Back then, a doctor feared that Kim Clijsters' career may be over.", []),
        ("Scarborough Shoal is now the place Pentagon officials say the United States might take a stand.", []),
        ("NCLB’s replacement, which the Senate is expected to vote on next week, returns power to the states.", []),
        ("Clinton could be in a position to claim the nomination while still losing the state to Sanders.", []),
        ("But the objective for Ryan will likely be to find common ground with Trump.", []),
        # a cut "the fact that …", "how many" with its noun cut, "not subject to appeal", a speech's expected content
        ("Sanders is likely to remind voters of his past by mentioning the fact that he was at the March on Washington.", []),
        ("It is unclear how many may be relevant to the Clinton email server investigation.", []),
        ("NatWest said that it would stop serving RT on Dec. 12 and that it was not subject to appeal.", []),
        ("Gordon Brown is expected to stress the importance of continued economic stability.", []),
        # "the company" is the headline's one organisation, or the question is dropped; a bare adjective says too little
        (
            "A German firm is to list on the Frankfurt Stock Exchange. "
            "If the final price is at the top of the range, the company could be valued at as much as 200m euros.",
            [],
        ),
        ("Still, the poll shows that GOP moderates may be pliable.", []),
        # review 2: no-comment with no claim to invert asks nothing
        ("LVMH declined to comment on the reports.", []),
        ("HP declined to comment on reports.", []),
        # answered later in the article
        (
            "It is unclear whether the board will approve the merger. "
            "The board later approved the merger on Friday.",
            [],
        ),
        # review 4: a role, an institution, "the firms" and "the bill" named from the article, or nothing
        (
            "Chancellor Gordon Brown will speak on Wednesday. The chancellor is expected to freeze petrol duty.",
            ["Will Chancellor Gordon Brown freeze petrol duty?"],
        ),
        ("Shadow chancellor Oliver Letwin attacked the plan. The chancellor is expected to freeze petrol duty.", []),
        (
            "Eric Holder leads the Justice Department. "
            "It is also unclear whether the department has the evidence to file a lawsuit under the Voting Rights Act.",
            [],  # review 7: a lawsuit against whom, the question does not say
        ),
        (
            "Japan bank shares up on link talk\n\nShares of Sumitomo Mitsui Financial Group (SMFG) and Daiwa Securities "
            "Group jumped amid speculation that the two will merge. The firms denied that they are about to link up.",
            ["Are Sumitomo Mitsui Financial Group and Daiwa Securities Group about to link up?"],
        ),
        ("The firms denied that they are about to link up.", []),
        (
            "Ministers want new powers. The Identity Cards Bill returns to the Commons. "
            "The bill is expected to be opposed by the Liberal Democrats.",
            ["Will the Identity Cards Bill be opposed by the Liberal Democrats?"],
        ),
        (
            "Ministers want new powers. The Identity Cards Bill and the Terrorism Act were debated. "
            "The bill is expected to be opposed by the Liberal Democrats.",
            [],  # which bill, the article leaves to its reader
        ),
        # review 3: an owner does not say which act ("Rubio's attack", "G20's message"), nor a bare plural which records
        ("Marco Rubio attacked Chris Christie. It is unclear what the source of Rubio's attack is.", []),
        ("It is unclear whether G20’s message is going to convince opponents of TTIP.", []),
        ("It is unclear whether Clinton could block the release of records.", []),
        (
            "It is unclear whether Congress will change the law related to classified information.",
            ["Will Congress change the law related to classified information?"],
        ),
        (
            "It is unclear whether Clinton's bounce will be larger than the three points enjoyed by Trump.",
            ["Will Clinton's bounce be larger than the three points enjoyed by Trump?"],
        ),
        ("France's Peugeot warned that its profits may decline this year.", ["Will Peugeot's profits decline this year?"]),
        # a refusal to comment on an explicit claim leaves the claim open, whoever refused
        (
            "But a spokesman refused to comment on speculation that Mitsubishi could end up building cars for PSA.",
            ["Could Mitsubishi end up building cars for PSA?"],
        ),
        ("A spokesman declined to comment on whether Globex would buy the Acme plant.", ["Will Globex buy the Acme plant?"]),
        (
            "Sunderland are close to a deal. Larne boss Jimmy McGeough has yet to confirm whether Robbie Weir will join Sunderland.",
            ["Will Robbie Weir join Sunderland?"],
        ),
        (
            "Hillary Clinton has yet to address how her administration would handle longtime donors like Saudi Arabia.",
            ["How would Hillary Clinton's administration handle longtime donors like Saudi Arabia?"],
        ),
        ("Police have not yet determined whether any of the assailants were asylum seekers.", []),  # about no one named
        (
            "Microsoft Corp said on Monday it will buy Sybari Software. The Microsoft deal is worth $10m. "
            "Microsoft said profits rose, but it declined to say whether it would cut jobs at Sybari Software.",
            ["Would Microsoft cut jobs at Sybari Software?"],  # "it": the organisation the sentence opens with
        ),
        ("Ajax has yet to confirm whether Martin Jol will be its new coach.", []),  # a person's "its" is someone else's
        # a ruling or decision due: its matter is the question
        ("The Court of Appeal is due to rule on whether the ban on fox hunting is lawful.", ["Is the ban on fox hunting lawful?"]),
        (
            "The European Union is expected to decide whether to open entry talks with Turkey.",
            ["Will the European Union open entry talks with Turkey?"],
        ),
        # an undecided choice is asked of whoever must make it
        (
            "Merrill Lynch lost the case. Ms Villalba, the former head of Merrill's private client business, "
            "has made no decision on whether to appeal.",
            [],  # review 7: appeal what, the question does not say
        ),
        ("The IAAF is deciding whether to appeal against Thanou's acquittal.", ["Will the IAAF appeal against Thanou's acquittal?"]),
        ("Mr Smith has not decided whether he will stand again.", []),  # review 9: who Mr Smith is, the article never says
        ("John Smith spoke. Mr Smith has not decided whether he will stand again.", ["Will John Smith stand again?"]),
        ("Kelly Thanou said she had not decided whether to retire.", ["Will Kelly Thanou retire?"]),  # "she": the person named
        ("Some fans have not decided whether to travel.", []),
        (
            "Michael Stephenson of Microsoft would not confirm whether the new info cards ID system will be built into Longhorn.",
            [],  # "the new … system": whose, the question alone cannot say
        ),
        # a contested charge, open until the article reports a verdict
        (
            "Michael Jackson is on trial. Mr Jackson denies 10 charges of child abuse and false imprisonment.",
            ["Is Michael Jackson guilty of child abuse and false imprisonment?"],
        ),
        (
            "Bernie Ebbers is on trial. Mr Ebbers has pleaded not guilty to charges of fraud and conspiracy.",
            ["Is Bernie Ebbers guilty of fraud and conspiracy?"],
        ),
        ("Mr Ebbers has denied charges of conspiracy and fraud. He was found guilty in March.", []),
        ("Some players denied the charges.", []),
        # an inquiry's open matter, unless the inquiry is reported closed
        (
            "The European Commission has launched an investigation into whether Italian airline Alitalia is receiving illegal state aid.",
            ["Is Italian airline Alitalia receiving illegal state aid?"],
        ),
        (
            "The FBI is looking into whether Acme broke export rules. The inquiry ended in March with no charges.",
            [],
        ),
        ("Officials are looking into whether to extend the scheme.", []),
        # reported speech's backshift undone: the disputed claim is about now
        (
            "Chancellor Gordon Brown spoke. Mr Balls rejected the allegation that Mr Brown had been sidelined in the election campaign.",
            ["Has Chancellor Gordon Brown been sidelined in the election campaign?"],
        ),
        # review 5: a reported plan keeps the present tense
        (
            "Gordon Brown spoke. Mr Balls rejected speculation that Mr Brown was considering becoming Foreign Secretary.",
            ["Is Gordon Brown considering becoming Foreign Secretary?"],
        ),
        (
            "Chris Christie wouldn't discuss whether he was hoping for a Cabinet slot.",
            ["Is Chris Christie hoping for a Cabinet slot?"],
        ),
        (
            "Gordon Brown spoke. Mr Balls denied that Mr Brown was at the meeting in Brussels.",
            ["Was Gordon Brown at the meeting in Brussels?"],
        ),
        ("Hillary Clinton and Bill Clinton spoke. Mr Clinton denies charges of fraud.", []),  # which Clinton?
        # review 5: wording only its sentence explains: a dangling "also", "either of the", a vague verb, a
        # family name for a person
        ("Turkey could also help alleviate a labour shortage in Europe.", []),
        ("It is unclear if Ted Cruz is aware that much funding for treatment comes from federal grants.", []),
        ("It is unclear whether Donald Trump understands the nuclear triad.", []),
        ("It is unclear how either of the Democrats' proposals would work in practice.", []),
        ("The Fed is expected to act at its final meeting of the year in December.", []),
        ("The Fed is expected to act on interest rates at its December meeting.", ["Will the Fed act on interest rates at its December meeting?"]),
        ("Gordon Brown is expected to deliver a pre-election Budget in March.", ["Will Gordon Brown deliver a pre-election Budget in March?"]),
        (
            "Chelsea Clinton is pregnant. The birth of the newest Clinton is expected to coincide with the convention in July.",
            [],
        ),
        # review 5: the status quo going on, and a "likely" forecast nothing could settle, are no open questions
        ("Pyongyang is likely to continue to hone its technology, experts say.", []),
        ("Donald Trump is likely to need tech backers for the general election.", []),
        (
            "Morgan Stanley has forecast that India's mobile market is likely to grow by about 40% a year until 2007.",
            ["Will India's mobile market grow by about 40% a year until 2007?"],
        ),
        ("Acme Corp will probably win approval for its Globex takeover.", []),
        # review 5: cue forms it found unasked
        (
            "Puerto Rico's Government Development Bank won't say whether it will make the $354m payment due on Tuesday.",
            ["Will Puerto Rico's Government Development Bank make the $354m payment due on Tuesday?"],
        ),
        (
            "Bernie Sanders hasn't said whether he has a strategy for changing the focus of his campaign.",
            ["Does Bernie Sanders have a strategy for changing the focus of his campaign?"],
        ),
        ("Denise Turner Roth has not made a decision on whether to appeal.", []),
        (
            "Denise Turner Roth has not made a decision on whether to appeal the ruling on the Trump hotel lease.",
            ["Will Denise Turner Roth appeal the ruling on the Trump hotel lease?"],
        ),
        (
            "Kelly Holmes is still undecided about whether to compete in the European Indoors in Madrid.",
            ["Will Kelly Holmes compete in the European Indoors in Madrid?"],
        ),
        ("The double-Olympic champion is still undecided about whether to compete in Madrid.", []),  # a description
        (
            "Kelly Holmes won in Birmingham. The double-Olympic champion is still undecided about whether to compete in Madrid.",
            ["Will Kelly Holmes compete in Madrid?"],  # round 5: the one person named before stands for the description
        ),
        (
            "Kelly Holmes beat Maria Mutola. The double-Olympic champion is still undecided about whether to compete in Madrid.",
            [],  # two people named before: which one is the champion, the question cannot say
        ),
        ("Kelly Holmes won. The committee is still undecided about whether to meet in Madrid.", []),  # no person description
        (
            "Janet Yellen is steering the Fed. It is too soon to say whether her policies will prove successful.",
            ["Will Janet Yellen's policies prove successful?"],
        ),
        ("It is an unsettled question whether Acme Corp will survive the year.", ["Will Acme Corp survive the year?"]),
        (
            "Whether Silicon Valley donors will back Donald Trump is an unsettled question.",
            ["Will Silicon Valley donors back Donald Trump?"],
        ),
        ("The key issue is whether Gazprom will buy Yukos.", ["Will Gazprom buy Yukos?"]),
        (
            "The European Union decides on 17 December whether to start entry talks with Turkey.",
            ["Will the European Union start entry talks with Turkey?"],
        ),
        (
            'Ian Gibson said there was a "question mark" as to whether David Blunkett could serve at cabinet level again.',
            ["Could David Blunkett serve at cabinet level again?"],
        ),
        ("Analysts have questioned whether Gazprom can raise the money to buy Yukos.", ["Can Gazprom raise the money to buy Yukos?"]),
        ("Ted Cruz has questioned whether Donald Trump can win the nomination.", []),  # a rival's jibe
        # a refusal to comment answers the report just before it, in the same paragraph
        (
            "The Financial Times reported that Acme Corp is buying Globex. Acme Corp declined to comment.",
            ["Is Acme Corp buying Globex?"],
        ),
        ("The Financial Times reported that Acme Corp is buying Globex.\n\nAcme Corp declined to comment.", []),
        ("Intel said the event was cancelled. A spokeswoman for Donald Trump did not return a message for comment.", []),
        # Review 7: more no-comment forms.
        ("Trump isn’t saying what other interrogation techniques he would support.", []),  # review 9: other than what?
        ("Acme declined to say what price it would pay for Globex.", ["What price would Acme pay for Globex?"]),
        ("The Financial Times reported that Acme Corp is buying Globex. Acme Corp was unavailable for comment.", ["Is Acme Corp buying Globex?"]),
        (
            "The Financial Times reported that Acme Corp is buying Globex. Acme Corp didn't immediately return a request seeking comment.",
            ["Is Acme Corp buying Globex?"],
        ),
        ("Labour representatives were unavailable for comment.", []),
        ("Sanders’ campaign didn’t immediately return a request seeking comment.", []),
        ("The Justice Department could bring indictments for hacking.", []),  # whose hacking, of what?
        (
            "The Justice Department could bring indictments for hacking into the Democratic National Committee's servers.",
            ["Will the Justice Department bring indictments for hacking into the Democratic National Committee's servers?"],
        ),
        # Review 7 recall: observers' reported doubt, backshift undone.
        (
            "Some analysts also queried whether Standard Chartered had overpaid for Korea First Bank.",
            ["Has Standard Chartered overpaid for Korea First Bank?"],
        ),
        ("Investors wondered whether Acme would cut its dividend in March.", ["Will Acme cut its dividend in March?"]),
        ("Rival Democrats queried whether Trump had the temperament.", []),
        # Review 7: a "could … if" conditional the sentence asserts asks its condition, or nothing.
        (
            "Marco Rubio spoke. And Mr. Rubio's entire strategy could be in danger if he fails to win Florida or Ohio, the two primaries on March 15.",
            ["Will Marco Rubio win Florida or Ohio?"],
        ),
        ("Acme's shares could fall sharply if the deal collapses.", []),
        # Review 9: a question must stand alone, and a "could" prospect must be open.
        (
            "Mark-Viverito declined a question about whether she would lead the Office of Immigrant Affairs Clinton had announced earlier.",
            [],  # a pluperfect copied from the sentence: earlier than what?
        ),
        ("Clinton is likely to cement her dominance on Tuesday.", []),  # what happens on Tuesday?
        ("Clinton is likely to win the New York primary on Tuesday.", ["Will Clinton win the New York primary on Tuesday?"]),
        (
            "Rep. Bill Shuster faces a challenge. But Donald Trump is expected to do well in Shuster’s district.",
            ["Will Donald Trump do well in Representative Bill Shuster’s district?"],
        ),
        (
            "The National Security Agency could take a covert action in cyberspace. The State Department could also eject the Russian ambassador.",
            [],  # one option of several: the article's answer is "yes, it could"
        ),
        (
            "The National Security Agency could take a covert action in cyberspace against Russia.",
            ["Could the National Security Agency take a covert action in cyberspace against Russia?"],
        ),
        ("Washington could impose sanctions on Moscow, expel diplomats or launch a cyber attack.", []),
        (
            "Chelsea left-back Wayne Bridge could miss the rest of the season. He may also miss the World Cup qualifier.",
            ["Will Chelsea left-back Wayne Bridge miss the rest of the season?"],  # more of the same, no alternative
        ),
        ("Ivanka Trump, 34, could be a particularly effective bridge to female voters.", []),  # the writer's judgement
        ("Ivanka Trump could be a powerful asset for her father at the convention.", []),
        ("Unilever could be a takeover target in 2006.", ["Could Unilever be a takeover target in 2006?"]),  # a prospect
        # Review 9 recall: "X remains unclear" with a trailing "amid/after …" clause; a no-comment topic that is the
        # subject's own ("its Zika policy") asks nothing a reader can follow.
        (
            "The future ownership of Yuganskneftegas remains unclear amid suggestions that Baikal was a front.",
            ["What is the future ownership of Yuganskneftegas?"],
        ),
        (
            "Ian Rush's future as Chester manager is uncertain after he refused a severance package.",
            ["What is Ian Rush's future as Chester manager?"],
        ),
        ("The full economic costs of the Kobe earthquake remain unclear.", ["What are the full economic costs of the Kobe earthquake?"]),
        ("The full economic costs of the disaster remain unclear.", []),  # which disaster?
        (
            "Then DuPont, only two months later, announced plans to merge with Dow Chemical. Whether this merger is a success remains to be seen.",
            ["Will the merger of DuPont and Dow Chemical be a success?"],
        ),
        (
            "(Dow Chemical did the deal with DuPont just one business day before Mr. Loeb could speak.) Whether this merger is a success remains to be seen.",
            ["Will the merger of Dow Chemical and DuPont be a success?"],
        ),
        ("Nelson Peltz pressured the board to oust Ms. Kullman and combine with Dow. Whether this merger is a success remains to be seen.", []),
        ("Whether this merger is a success remains to be seen.", []),
        ("Donald Trump's campaign did not respond to questions about Zika.", ["What is Donald Trump's campaign's response to Zika?"]),
        ("The Trump campaign did not respond to questions about its Zika policy.", []),
        # Review 9: a surname two people in the article share names neither; one it gives in full is spelt out.
        (
            "Bill Clinton spoke at the rally. Hillary Clinton spoke too. Clinton is expected to win the New York primary.",
            [],
        ),
        (
            "Hillary Clinton spoke at the rally. Clinton has yet to address how her administration would handle longtime donors like Saudi Arabia.",
            ["How would Hillary Clinton's administration handle longtime donors like Saudi Arabia?"],
        ),
        (
            "GW Pharma's Sativex mouth spray could be legally available in Canada within the next few months. "
            "Final approval should now be little more than a formality, analysts said.",
            [],
        ),
        (
            "GW Pharma's Sativex mouth spray could be legally available in Canada within the next few months.",
            ["Could GW Pharma's Sativex mouth spray be legally available in Canada within the next few months?"],
        ),
        # Review 7: "may be V-ing", a hedged aside about the present, unless a date says when it is settled.
        ("Cruz, who leads Trump in polls out of Iowa, may be taking much of his new support from Ben Carson.", []),
        ("Cruz may be taking the lead in Iowa by March 1.", ["Could Cruz be taking the lead in Iowa by March 1?"]),
        # review 11: an event the sentence says "could" happen is asked with "Will" (the sentence shown beside
        # the question already says it could); a state or judgement keeps "Could"
        ("Rubio could still find a way to the nomination by June.", ["Will Rubio still find a way to the nomination by June?"]),
        # Review 7: an owner with a generic head the question does not define.
        (
            "Clinton's use of a private email system led to an FBI investigation into whether her unusual arrangement "
            "had compromised national secrets.",
            [],
        ),
        ("France's Total is expected to join the ExxonMobil scheme, dubbed Qatargas-2, on Monday.", []),
        ("Her partial victory is likely to cap her compensation to about £55,000.", []),
        (
            "Liverpool forward Milan Baros is uncertain whether he remains part of boss Rafa Benitez's plans.",
            ["Does Liverpool forward Milan Baros remain part of boss Rafa Benitez's plans?"],
        ),
        # Review 7: a macro forecast counts only in a story about the economy.
        (
            "UK bank seals South Korean deal\n\nStandard Chartered said it would spend $3.3bn to buy one of South Korea's "
            "main retail banks. South Korea's economy is expected to grow by 4.5% this year.",
            [],
        ),
        (
            "Asia shares defy post-quake gloom\n\nThailand has become the first nation to cut its economic forecast. "
            "Thailand's economy is now expected to grow by 5.7% in 2005.",
            ["Will Thailand's economy grow by 5.7% in 2005?"],
        ),
        # Round 6: an aside (", including X,") no longer cuts the clause, and an ordinal with an
        # infinitive ("the seventh actor to play Bond") says which one.
        (
            "Film studio picks next Bond novel\n\nThe studio said on Monday that no decision has yet been made on who "
            "will become the seventh actor, including Niven, to play Bond on film.",
            ["Who will become the seventh actor to play Bond on film?"],
        ),
        (
            "Film studio picks next Bond novel\n\nThe studio said on Monday that no decision has yet been made on who "
            "will become the new actor, including Niven, to play Bond.",
            [],  # "the new actor": new after whom, the question alone cannot say
        ),
        # Round 6: a second verb whose "it" is the first verb's object is cut; the first act is the question
        # (a plan its subject disputes, as here, is open).
        (
            "Car deal may cost jobs\n\nSome 2,000 jobs at an Acme plant may be cut if a deal goes ahead, the Financial "
            "Times has reported.\n\nAcme Motors plans to shift production of the Zephyr 25 to China and export it to "
            "the UK, sources close to the negotiations tell the FT. But Acme told BBC News that reports of job cuts were "
            "speculation.",
            ["Will Acme Motors shift production of the Zephyr 25 to China?"],
        ),
        (
            "Car deal may cost jobs\n\nSome 2,000 jobs at an Acme plant may be cut if a deal goes ahead, the Financial "
            "Times has reported.\n\nAcme Motors plans to buy it and export it to the UK, sources close to the "
            "negotiations tell the FT.",
            [],  # the first verb's own "it" is still unresolved
        ),
        # Round 6: a "his" after the one person the sentence names is that person's.
        (
            "Probe launched into mayor\n\nAn investigation by the Standards Board is under way following allegations "
            "that Ken Livingstone has brought his office into disrepute.",
            ["Has Ken Livingstone brought his office into disrepute?"],
        ),
        (
            "Probe launched into mayor\n\nAn investigation is under way following allegations that Ken Livingstone, a "
            "rival of Tony Blair, has brought his office into disrepute.",
            [],  # two people in the sentence: whose office, the question alone cannot say
        ),
        (
            "Probe launched into mayor\n\nAn investigation is under way following allegations that Ken Livingstone "
            "insulted Jane Smith and her staff.",
            [],
        ),
    ],
)
def test_question_text(text, expected):
    assert [q.text for q in questions(text)] == expected


@pytest.mark.parametrize(
    ("text", "kind", "about"),
    [
        ("HP declined to comment on reports that it is buying Compaq.", "no-comment", "HP"),
        ("Gazprom has denied that it is behind the purchase of Rosneft shares.", "disputed", "Gazprom"),
        ("It is unclear whether Clinton could block the release of the State Department emails.", "uncertain", "Clinton"),
        ("Scotland coach Matt Williams is expected to name Chris Paterson in his team on Thursday.", "pending", "Matt Williams"),
        ("Unilever could launch the new Slimfast drinks in 2007.", "forward", "Unilever"),
        (
            "Gordon Brown spoke. Ed Balls rejected speculation that Mr Brown was considering becoming Foreign Secretary.",
            "disputed",
            "Gordon Brown",
        ),
        ("The Clean Power Plan could prompt a faster shift to renewable energy sources.", "forward", "Clean Power Plan"),
        (
            "Oscar host Chris Rock said he will steer clear of bad language at the Oscars, though it is unclear how.",
            "pending",
            "Chris Rock",
        ),
    ],
)
def test_kind_and_about(text, kind, about):
    (q,) = questions(text)
    assert (q.kind, q.about) == (kind, about)


def test_seed_has_open_questions_tied_to_their_sentences():
    text = SEED.read_text(encoding="utf-8")
    doc = parse(text)
    found = extract_questions(doc, extract_actors(doc), ())
    assert len(found) >= 2  # "What are the implications of Putin's statements?" is an essay question (review 7)
    for q in found:
        s = doc.sentences[q.sentence]
        assert q.text.endswith("?") and q.text[0].isupper()
        assert (q.start, q.end) == (s.start, s.end)
        assert "What follows from this" not in q.text
    texts = [q.text for q in found]
    assert "Could Russian President Vladimir Putin’s statement be a rare instance of Russia prioritizing de-escalation over confrontation?" in texts
    assert not [t for t in texts if re.search(r"\b(?:this|these|those)\b", t)]


def test_at_most_five_in_text_order():
    text = " ".join(
        f"It is unclear whether {n}." for n in (
            "the Boston stadium plan will pass", "Denver will raise its sales tax", "Austin will host the 2030 games",
            "Seattle will build a new bridge", "Portland will ban cars downtown", "Chicago will cut bus fares",
            "Dallas will sell its airport",
        )
    )
    found = questions(text)
    assert len(found) == MAX_QUESTIONS
    assert [q.start for q in found] == sorted(q.start for q in found)


def test_headline_line_raises_no_question():
    assert questions("Election 'could be terror target'\n\nThe vote went ahead on Thursday.") == ()


def test_subtitle_before_abstract_is_a_teaser_but_the_abstract_counts():
    text = (
        "No love lost between Trump and tech world; \nDonald Trump is likely to need Silicon Valley's help in 2016.\n\n"
        "ABSTRACT.\n\nThe Fed is expected to again pass on an opportunity to raise its interest rate.\n\n"
        "FULL TEXT.\n\nThe Fed met on Tuesday."
    )
    assert [q.text for q in questions(text)] == ["Will the Fed again pass on an opportunity to raise its interest rate?"]
