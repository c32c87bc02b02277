"""The pattern registry: one record per kind of question an article may raise.

A record names the pattern, the cue that finds it (``cues``), the builder that words the
question (``wording``), the ``kind`` shown on the page, a base weight the ranker starts from
(how often such a question is worth asking, from reading tuning-part articles), and what the
builder needs from the document. To add a pattern: write a cue, a builder, and a row here,
with positive and negative rows in ``tests/test_questions.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Pattern as Regex

from . import approvals, claims, clauses, cues, disputes, endorsements, events, fitness, forecasts, lawsuits, nominations, polls, previews, reactions, speakers, speculation, sport_goals, trials, vetoes, withheld, wording


@dataclass(frozen=True, slots=True)
class Pattern:
    name: str
    cue: Regex
    build: Callable
    kind: str  # uncertain | disputed | pending | no-comment | forward | legal | unsourced | response
    weight: float
    needs: str  # what the builder reads besides the sentence
    keys: frozenset[str]  # lower-case words one of which the sentence must hold: a cheap test before the cue
    whole_article: bool = False  # the cue holds only when the rest of the article lacks something
    also: frozenset[str] = frozenset()  # when given, one of these words too: a second cheap test, for cues that need two words


REGISTRY: tuple[Pattern, ...] = (
    Pattern("explicit-uncertainty", cues.UNCLEAR, wording.ask_unclear, "uncertain", 3.0, "nearest person or organisation for a pronoun", frozenset("unclear clear unknown known uncertain certain seen knows early".split())),
    Pattern("questions-raised", cues.RAISES_QUESTIONS, wording.ask_raises_questions, "uncertain", 3.0, "the one person named just before, for 'this statement'", frozenset("questions doubts".split())),
    Pattern("whether-open", cues.WHETHER_OPEN, wording.ask_whether_open, "uncertain", 3.0, "nothing", frozenset("whether".split())),
    Pattern("unknown-detail", cues.NP_UNCLEAR, wording.ask_np_unclear, "uncertain", 2.6, "nothing", frozenset("unclear unknown uncertain clear known disclosed".split())),
    Pattern("disputed-claim", cues.DENIAL, wording.ask_denied, "disputed", 2.6, "nothing", frozenset("denied denies deny rejected rejects disputed disputes dispute".split())),
    Pattern("accusation", cues.ACCUSED, wording.ask_accused, "disputed", 1.4, "nearest person or organisation for a pronoun", frozenset("accused accuses accusing".split())),
    Pattern("no-comment", cues.NO_COMMENT, wording.ask_no_comment, "no-comment", 2.4, "nothing", frozenset("comment comments respond responded reached".split())),
    Pattern("charge-outcome", cues.CHARGED, wording.ask_charged, "legal", 2.6, "nearest person for he/she", frozenset("charged guilty denies deny faces face trial".split())),
    Pattern("appeal-or-lawsuit", cues.APPEAL, wording.ask_appeal, "legal", 2.4, "nothing", frozenset("appeal appealed appealing sue sued suing lodged proceedings action lawsuit challenge".split())),
    Pattern("inquiry-finding", cues.INQUIRY, wording.ask_inquiry, "legal", 2.1, "nothing", frozenset("investigation inquiry probe review".split())),
    Pattern("called-to-act", cues.URGED, wording.ask_urged, "response", 2.8, "nearest organisation for 'the firm'", frozenset("urge urged urges urging called calls calling asked pressed pressure appealed challenged".split())),
    Pattern("demanded-act", cues.DEMANDED, wording.ask_demanded, "response", 1.9, "nothing", frozenset("demand demanded demands demanding insist insisted insists insisting call called calls calling pressure urged pressed asked facing".split())),
    Pattern("considering", cues.CONSIDERING, wording.ask_considering, "pending", 2.8, "nothing", frozenset("considering weighing mulling contemplating exploring deciding undecided decide decided".split())),
    # a forecast or plan recast as "Will X …?": mostly judged misread or trivial, its good kinds weighed back up (``forecast_kinds``)
    Pattern("forecast-or-plan", cues.MODAL, forecasts.ask_forward, "forward", 1.5, "nearest person or organisation for a pronoun", frozenset("will would could may might should can must expected likely set due poised scheduled unlikely hoping planning preparing going about ready prepared willing seeking lobbying primed course track line plan plans intend intends aim aims hope hopes want wants pledged promised vowed threatened proposed hoped planned intended wanted aimed".split())),
    Pattern("unfunded-plan", cues.MONEY_PLAN, wording.ask_funding, "pending", 2.6, "no word on funding anywhere in the article", frozenset("$ £ €".split()), True),
    Pattern("award-nomination", cues.NOMINATED, events.ask_award, "pending", 3.0, "a 'he'/'she' resolved to the person just named", frozenset("nominated shortlisted up running contention contender contenders competing vying".split())),
    Pattern("award-count", cues.NOMINATIONS, events.ask_awards_count, "pending", 3.0, "nothing", frozenset("nominations nomination".split())),
    Pattern("match-ahead", cues.FIXTURE, events.ask_fixture, "pending", 2.8, "a day or round ahead in the sentence", frozenset("face faces play plays meet meets host hosts take takes travel travels visit visits".split())),
    Pattern("bid-outcome", cues.BID, events.ask_bid, "pending", 3.0, "nothing", frozenset("bid offer approach".split())),
    Pattern("talks-outcome", cues.TALKS, events.ask_talks, "pending", 2.8, "nothing", frozenset(["talks"])),
    Pattern("expected-outcome", cues.EXPECTS, events.ask_expected, "forward", 2.7, "the sayer, for 'profits' or 'its sales'", frozenset("expect expects expected predict predicts predicted forecasts forecast anticipate anticipates anticipated want wants wanted".split())),
    # "X has yet to …" recast as "Will X …?": none of 4 labelled half-A candidates judged good (a record not yet set,
    # "has yet to experience a Six Nations victory"; a routine confirmation; a clipped subject). 0.7, not 1.2: again none
    # of 4 on a fresh half A (split "qrank6-half:"), the one kept judged trivial ("Will Korn name a replacement guitarist?")
    Pattern("not-yet", cues.NOT_YET, events.ask_not_yet, "pending", 0.7, "nothing", frozenset(["yet"])),
    Pattern("race-outcome", cues.RACE, events.ask_race, "pending", 2.8, "nothing", frozenset("seeking running vying competing campaigning standing fighting race bidding chasing".split())),
    # a whether-clause worded alone (the forecast builder words most "whether X will …" itself): 1 of 13 labelled
    # tuning candidates judged good, the rest opinions, abilities or a past moment's doubt
    Pattern("whether-clause", cues.WHETHER, clauses.ask_whether, "uncertain", 2.0, "a 'he'/'she' resolved to the one person just named", frozenset(["whether"])),
    # a speaker's own plan in a quotation: none of 6 labelled half-A candidates judged good
    Pattern("own-plan", cues.OWN_PLAN, speakers.ask_own_plan, "forward", 1.2, "the speaker the quotation is credited to", frozenset("i ll will hope want plan intend going expect aim like love".split()),
            also=frozenset(["i"])),  # OWN_PLAN's subject is "I"
    Pattern("withheld-detail", cues.UNSAID, clauses.ask_unsaid, "uncertain", 2.8, "the organisation a 'he'/'the firm' stands for", frozenset("say said disclose disclosed reveal revealed specify specified explain explained confirm confirmed details identify identified elaborate".split()),
            also=frozenset("not didn wouldn couldn declined refused yet".split())),  # UNSAID's negations: "did not", "didn’t", "declined to", "has yet to"
    Pattern("sanction-ahead", cues.SANCTION, events.ask_sanction, "legal", 2.8, "nothing", frozenset("face faces facing".split())),
    Pattern("postponed-step", cues.POSTPONED, events.ask_postponed, "pending", 2.8, "an earlier mention that names 'the launch'", frozenset("postponed delayed adjourned deferred put pushed rescheduled".split())),
    Pattern("awaiting-approval", cues.SUBJECT_TO, events.ask_approval, "pending", 2.8, "the story's organisation, to name 'the deal'", frozenset(["subject"])),
    Pattern("named-question", cues.WH_NAMED, clauses.ask_wh_named, "uncertain", 2.8, "a 'he'/'she' resolved to the one person just named", frozenset("question questions debate uncertainty doubt doubts speculation concern concerns mystery puzzle".split())),
    Pattern("not-ruled-out", cues.NOT_RULED_OUT, events.ask_not_ruled_out, "pending", 2.8, "nothing", frozenset(["rule", "ruled", "ruling"])),
    Pattern("contest-ahead", cues.CONTEST_AHEAD, events.ask_contest, "pending", 2.6, "no sentence of the article reporting the result", frozenset("monday tuesday wednesday thursday friday saturday sunday next week weekend upcoming forthcoming eve ahead run-up build-up".split())),
    Pattern("favourite-to-win", cues.FAVOURITE, events.ask_favourite, "pending", 2.8, "no sentence of the article reporting who won", frozenset("favourite favourites favorite favorites tipped".split())),
    Pattern("likely-outcome", cues.LIKELY_THAT, clauses.ask_likely, "forward", 2.6, "nothing", frozenset("likely unlikely possible probable".split())),
    Pattern("accused-of-crime", cues.ACCUSED_OF, events.ask_accused_of, "legal", 2.6, "a criminal charge, and no verdict anywhere in the article", frozenset(["accused"])),
    Pattern("stated-confidence", cues.CONFIDENT, clauses.ask_confident, "forward", 2.6, "the actor's kind, to agree with the pronoun", frozenset("confident hopeful optimistic convinced adamant sure certain bullish indicated hinted signalled signaled".split())),
    Pattern("verdict-awaited", cues.FIND_OUT, clauses.ask_find_out, "pending", 2.8, "nothing", frozenset("find learn discover hear know".split())),
    Pattern("tournament-run", cues.TOURNAMENT_RUN, events.ask_tournament, "pending", 2.6, "no sentence reporting who won the tournament", frozenset("quarter final finals semi last round".split())),
    Pattern("approval-pending", cues.AWAITING_APPROVAL, events.ask_approval_pending, "pending", 2.8, "nothing", frozenset("awaiting pending".split())),
    Pattern("reaction-awaited", cues.AGAINST, reactions.ask_reaction, "response", 1.8, "no quotation from or answer by the actor it was taken against", frozenset("criticised criticized criticising criticizing attacked attacking condemned slammed slamming blasted blasting lambasted rebuked denounced mocked mocking ridiculed called sued suing accused accusing ripped bashed bashing hammered hammering aim after out swiped taunted insulted derided".split())),
    Pattern("effort-effect", cues.EFFORT, reactions.ask_effect, "forward", 2.3, "an owner named before the effort; no word in the article on whether it works", frozenset("efforts effort initiative measures campaign crackdown curbs drive scheme package strategy reforms policy programme program move moves steps action push plan".split())),
    Pattern("appeal-ahead", cues.SANCTIONED, reactions.ask_appeal_ahead, "legal", 2.3, "no word of an appeal anywhere in the article", frozenset("fined banned suspended disqualified expelled jailed sentenced".split())),
    Pattern("trend-continues", cues.TREND, events.ask_trend, "forward", 2.4, "the story's country, for 'house prices' or 'the economy'", frozenset("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth row consecutive straight successive continue continues continued".split())),
    Pattern("named-match", cues.NAMED_MATCH, events.ask_named_match, "pending", 2.8, "no later sentence reporting the result", frozenset("clash match game tie meeting encounter fixture showdown".split())),
    Pattern("keep-post", cues.PRESSURE_ON, events.ask_keep_post, "pending", 2.8, "the side a 'coach' or 'manager' serves, from the article", frozenset(["pressure"])),
    Pattern("charge-after-arrest", cues.ARRESTED, events.ask_charged_after_arrest, "legal", 2.8, "no charge, release or verdict anywhere in the article", frozenset("arrested detained".split())),
    # a real condition on a named party, asked as the pending matter it is ("… if Sanders wins the nomination"); weighed
    # below the events a report states pending, as the article names it only as the hinge of one side's what-if
    Pattern("condition-ahead", clauses.CONDITION, clauses.ask_condition, "pending", 2.1, "a modal or a threat the condition governs, in the sentence", frozenset("if unless".split())),
    Pattern("conviction-ahead", clauses.CONVICTION, clauses.ask_convicted, "legal", 2.6, "the named party a term hangs on, the sentence's subject", frozenset("convicted guilty".split()), also=frozenset(["if"])),
    Pattern("nomination-race", nominations.LEADER, nominations.ask_nomination, "pending", 2.8, "the candidate named three times or more; no word of the race decided", frozenset("runner frontrunner".split())),
    Pattern("trial-verdict", trials.TRIAL, trials.ask_trial, "legal", 2.8, "the person a 'his'/'her' stands for; no verdict anywhere in the article", frozenset("trial retrial".split())),
    # a public step not taken or refused ("hasn't released any of his tax returns", "have refused to vote on President Obama's nominee")
    Pattern("withheld-step", withheld.WITHHELD, withheld.ask_withheld, "pending", 2.6, "the full name of a person named by surname; no sentence reporting the step taken", withheld.KEYS,
            also=frozenset("not hasn haven yet refused declined refuses refuse".split())),
    # an endorsement forecast or awaited ("Sanders will throw his support behind Clinton", "Ryan's endorsement of Trump … is only a matter of time")
    Pattern("endorsement-ahead", endorsements.ENDORSEMENT_AHEAD, endorsements.ask_endorsement_ahead, "pending", 2.8, "full names for the two parties; no sentence reporting the endorsement given", frozenset("endorse back throw endorsement".split()),
            also=frozenset("will expected likely inclined poised plans intends time coming inevitable".split())),
    # a candidate's lead in a poll, the vote not reported ("A poll … found Clinton leading Trump by 15 points … in Wisconsin")
    Pattern("poll-lead", polls.POLL_LEAD, polls.ask_poll_lead, "pending", 2.6, "full names; no sentence reporting the vote decided; the article's word for the general election", frozenset("leading leads ahead trailing trails behind".split()),
            also=frozenset("poll polls survey polling".split())),
    # a veto threatened or expected, asked as the override when the article speaks of one
    Pattern("veto-ahead", vetoes.VETO_AHEAD, vetoes.ask_veto, "pending", 2.8, "the act the article names; its word of an override; no veto or override reported cast", frozenset(["veto"])),
    Pattern("speculated-step", speculation.SPECULATION, speculation.ask_speculation, "pending", 2.6, "the organisation an 'it' stands for", frozenset("speculation rumours rumors rumour rumor reports talk".split()), also=frozenset(["that"])),
    Pattern("denied-claim", disputes.DENIED_CLAIM, disputes.ask_denied_claim, "disputed", 2.6, "the person or organisation a 'he'/'it' stands for", frozenset("denied denies deny dismissed dismisses rejected rejects refuted refutes disputed disputes".split())),
    Pattern("goal-ahead", sport_goals.GOAL, sport_goals.ask_goal, "pending", 2.8, "the person a 'he'/'she' stands for; no later sentence telling the prize won or lost", frozenset("chasing chase chases going go goes seeking seeks seek bidding bid hunting search aiming targeting defend".split())),
    Pattern("favoured-for", sport_goals.FAVOURED, sport_goals.ask_favoured, "pending", 2.8, "no later sentence telling the prize won or lost", frozenset("favourites favourite favorites favorite".split())),
    Pattern("match-preview", previews.DATE_LINE, previews.ask_preview, "pending", 2.8, "a 'Home v Away (Day)' headline over the date line", frozenset("monday tuesday wednesday thursday friday saturday sunday".split())),
    Pattern("charged-by", lawsuits.CHARGED_BY, lawsuits.ask_charged_by, "legal", 2.8, "no verdict, settlement or dismissal after the sentence", frozenset("charged indicted charges".split())),
    Pattern("sued-by", lawsuits.SUED_BY, lawsuits.ask_sued_by, "legal", 2.8, "no verdict, settlement or dismissal after the sentence", frozenset(["sued"])),
    Pattern("fitness-doubt", fitness.DOUBT, fitness.ask_fitness, "pending", 2.8, "no later sentence telling the player ruled out, passed fit or picked", frozenset("doubt doubtful struggling racing race fitness hoping expected".split())),
    Pattern("approval-needed", approvals.APPROVAL_NEEDED, approvals.ask_approval_needed, "pending", 2.8, "an earlier mention that names 'the deal'; no later sentence telling it approved or refused", frozenset("needs need requires require must yet has have vote".split()),
            # APPROVAL_NEEDED's approval word, "be approved"-type verb or "vote on" ("has"/"have" alone: one sentence
            # in five)
            also=frozenset("""approval backing consent go clearance green sign blessing approved ratified cleared passed
                           rubber backed endorsed vote""".split())),
    Pattern("claim-disputed", claims.CLAIM_THAT, claims.ask_claim, "disputed", 2.4, "a denial somewhere in the article; the person a 'he'/'it' stands for", frozenset("claim claims allegation allegations suggestion suggestions accusation accusations".split()), also=frozenset(["that"])),
    Pattern("endorsement-withheld", endorsements.WITHHELD, endorsements.ask_endorsement, "pending", 2.8, "no later sentence telling the endorsement given", frozenset("endorsed endorse".split())),
    Pattern("unsourced-figure", cues.ROUGH_FIGURE, wording.ask_rough_figure, "unsourced", 2.0, "no source named in or next to the sentence", frozenset("estimated some up many nearly almost around about more over".split()), True),
)
BY_NAME = {p.name: p for p in REGISTRY}

# Punctuation and digits → spaces, one character for one (offsets hold), so that ``split`` finds the words;
# a currency sign before a figure ("£2bn") is then a word of its own.
_SPACES = re.compile(r"[\"'“”‘’.,;:!?()\[\]—–\-/0-9]")
# The same for a text in Latin-1 (most are; the curly quotes and dashes are not in it): a byte table, which
# ``bytes.translate`` applies far faster than the engine substitutes.
_SPACE_BYTES = bytes(32 if _SPACES.match(chr(i)) else i for i in range(256))
_ALL_KEYS = frozenset().union(*(p.keys for p in REGISTRY))
# key word → the registry positions of the patterns it cues: a sentence's few keys, not every pattern, are looked at
_BY_KEY = {k: tuple(i for i, p in enumerate(REGISTRY) if k in p.keys) for k in _ALL_KEYS}


def words_of(text: str) -> str:
    """``text`` lower-cased with punctuation as spaces, the same length as ``text``."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer ("İ"): keep offsets
        low = "".join(c.lower()[:1] for c in text)
    try:
        return low.encode("latin-1").translate(_SPACE_BYTES).decode("latin-1")
    except UnicodeEncodeError:
        return _SPACES.sub(" ", low)


def cued(words: str) -> list[Pattern]:
    """The patterns one of whose key words a sentence (as ``words_of`` gives it) holds, in registry order."""
    tokens = words.split()
    found = _ALL_KEYS.intersection(tokens)
    if not found:
        return []
    at: set[int] = set()
    for key in found:
        at.update(_BY_KEY[key])
    return [p for p in map(REGISTRY.__getitem__, sorted(at)) if not p.also or not p.also.isdisjoint(tokens)]
