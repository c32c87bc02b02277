"""Facts and figures: amounts, counts, percentages, quantities and dates, in text order."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.analysis import parse
from generator.analysis.facts import extract_facts
from generator.model import Fact
from generator.render.briefing import fact_text, fact_value

FRIDAY = dt.date(2024, 12, 20)


def facts(text: str, published: dt.date | None = None):
    return [(f.kind, f.text, f.value) for f in extract_facts(parse(text), published=published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The broadcast took place on December 19.", FRIDAY, [("date", "December 19", "2024-12-19")]),
        ("The broadcast took place on December 19.", None, [("date", "December 19", None)]),
        ("Voters must register by 11 March.", dt.date(2005, 2, 1), [("date", "11 March", "2005-03-11")]),
        ("Talks resume on January 5.", FRIDAY, [("date", "January 5", "2025-01-05")]),
        ("The Bastille fell on July 14, 1789.", None, [("date", "July 14, 1789", "1789-07-14")]),
        ("He spoke yesterday.", FRIDAY, [("date", "yesterday", "2024-12-19")]),
        ("She arrived last Tuesday.", FRIDAY, [("date", "last Tuesday", "2024-12-17")]),
        ("The minister said on Monday that taxes would rise.", FRIDAY, [("date", "Monday", "2024-12-16")]),
        ("The vote will be held on Tuesday.", FRIDAY, [("date", "Tuesday", "2024-12-24")]),
        ("The firm grew fast last year.", FRIDAY, [("date", "last year", "2023")]),
        ("Anthony married Lopez in June 2004.", None, [("date", "June 2004", "2004-06")]),
        ("Sales rose 7% to $11.1bn.", None, [("percent", "7%", None), ("amount", "$11.1bn", None)]),
        ("It owes up to $120m (£64m).", None, [("amount", "up to $120m", None), ("amount", "£64m", None)]),
        ("The fine was 1.47m yuan, or 51 cents a share.", None, [("amount", "1.47m yuan", None), ("amount", "51 cents a share", None)]),
        ("Support stood at 50 percent.", None, [("percent", "50 percent", None)]),
        # a range with a dash is one figure where a currency word, a unit or a scale word follows; not a model number
        ("Shares cost 11-14 euros a share.", None, [("amount", "11-14 euros a share", None)]),
        ("It has 10-20 million subscribers.", None, [("count", "10-20 million subscribers", None)]),
        ("It took 2-3 hours.", None, [("quantity", "2-3 hours", None)]),
        ("It ordered 737-800 planes.", None, []),
        ("The price range was $24-$26.", None, [("amount", "$24-$26", None)]),
        ("It was valued at £40m-£50m.", None, [("amount", "£40m-£50m", None)]),
        # one sign: a range when the second number is the larger
        ("It sold for $50-60 in 2004.", None, [("amount", "$50-60", None)]),
        ("They paid between $50-100,000 each.", None, [("amount", "$50-100,000", None)]),
        ("It fell from $60-50 in 2004.", None, [("amount", "$60", None)]),
        # a scale word takes a unit or a multiple after it; "times" without a comparative stays out
        ("It will handle 1.4 billion cubic feet of gas.", None, [("count", "1.4 billion cubic feet", None)]),
        ("It will be five million times faster.", None, [("count", "five million times faster", None)]),
        ("About 2 million times a day it fails.", None, [("count", "About 2 million", None)]),
        # a measured noun written "X of Y" as one keeps its "of Y"; another "of" phrase does not
        ("The poll has a 2.2-point margin of error.", None, [("quantity", "2.2-point margin of error", None)]),
        ("It won by a 10-point margin of victory.", None, [("quantity", "10-point margin", None)]),
        # a word in -s that is no plural ends no count
        ("It sold 32,000 whereas rivals sold 10,000 units.", None, [("count", "10,000 units", None)]),
        ("Ages 40 plus were asked.", None, []),
        # a model's code as a modifier; a round figure passed
        ("It will buy 10 A320 aircraft from Airbus.", None, [("count", "10 A320 aircraft", None)]),
        ("Viruses broke the 100,000 barrier last year.", None, [("count", "100,000 barrier", None)]),
        ("It sold 10 A320s.", None, []),
        ("He passed the 100,000 point.", None, []),
        # noise: a match clock, a stretch of a race, a figure of speech; a duration or a kind of thing stays
        ("England scored after 19 minutes.", None, []),
        ("France went ahead with 11 minutes left.", None, []),
        ("He kicked over the last 200 metres to win.", None, []),
        ("It offers a 360-degree panoramic view.", None, []),
        ("They agreed after 90 minutes of talks.", None, [("quantity", "90 minutes", None)]),
        ("He could see his son for 20 minutes.", None, [("quantity", "20 minutes", None)]),
        ("It is the first 30-minute comedy series.", None, [("quantity", "30-minute comedy", None)]),  # (the noun rule stops there)
        # a time written in two units is one figure
        ("She won in one minute 47.97 seconds.", None, [("quantity", "one minute 47.97 seconds", None)]),
        ("She won in two minutes, 35.39 seconds.", None, [("quantity", "two minutes, 35.39 seconds", None)]),
        ("The match lasted four hours and 21 minutes.", None, [("quantity", "four hours and 21 minutes", None)]),
        ("It took 12 minutes, then 45 seconds more.", None,
         [("quantity", "12 minutes", None), ("quantity", "45 seconds", None)]),
        # a scale word in a headline's capitals; a space after the currency sign
        ("VERIZON TO BUY YAHOO FOR $4.83 BILLION The sale is expected.", None, [("amount", "$4.83 BILLION", None)]),
        ("It would cost as much as $ 170 billion.", None, [("amount", "as much as $ 170 billion", None)]),
        ("It paid $5 to 10 BIDDERS.", None, [("amount", "$5", None)]),
        # a rate is read with what it is per; "a day after" is a time point, a date takes no rate
        ("He earns $15 an hour.", None, [("amount", "$15 an hour", None)]),
        ("Attacks grew at 30% or more per month.", None, [("percent", "30% or more per month", None)]),
        ("It sends 384 kilobits per second.", None, [("quantity", "384 kilobits per second", None)]),
        ("It cost about $10bn a year in lost trade.", None, [("amount", "about $10bn a year", None)]),
        ("Shares fell 5% a day after the vote.", None, [("percent", "5%", None)]),
        ("They lost 20 per cent of it in 2004, a year of losses.", None, [("percent", "20 per cent", None)]),
        ("Over 3 million inquiries were submitted.", None, [("count", "Over 3 million inquiries", None)]),
        (
            "The rally drew more than 2,000 people in 2004.",
            None,
            [("count", "more than 2,000 people", None)],
        ),
        ("The economy added 271,000 new payroll positions.", None, [("count", "271,000 new payroll positions", None)]),
        ("Unemployment rose to 1.41 million.", None, [("count", "1.41 million", None)]),
        ("She ran the last 40 metres alone.", None, []),  # a stretch of a race: noise
        # an age with what it describes, when that is plain; else the age alone
        ("The 74-year-old comedian laughed.", None, [("quantity", "74-year-old comedian", None)]),
        ("He shot 17-year-old Trayvon Martin in Florida.", None, [("quantity", "17-year-old Trayvon Martin", None)]),
        ("The 34-year-old said he would stay.", None, [("quantity", "34-year-old", None)]),
        # an age group names people, no figure; an age written with spaces is an age
        ("Just 17% of 18 to 24 year olds vote.", None, [("percent", "17%", None)]),
        ("It rewards 10 to 28-year-olds for phones.", None, []),
        ("A 24 year old man was held.", None, [("quantity", "24 year old man", None)]),
        ("It took 24 years. Old habits die.", None, [("quantity", "24 years", None)]),
        ("He joined as a 15-year-old part-time worker.", None, [("quantity", "15-year-old", None)]),
        ("The 31-year-old former France international left.", None, [("quantity", "31-year-old", None)]),
        ("A 24-year-old woman was held. The 24-year-old mother denied it.", None,
         [("quantity", "24-year-old woman", None)]),  # one person's age, listed once
        # no figures
        ("Ministers met and agreed to talk again.", FRIDAY, []),
        # numbers that are not facts: small spelled-out counts, names, model years, scores, times
        ("Two firms met and one left.", None, []),
        ("Sales of the Rover 25 fell under Section 2 rules.", None, []),
        ("The 2016 candidates met on a Sunday afternoon.", FRIDAY, []),
        ("The firm filed for chapter 11 bankruptcy protection under Rule 9 of the code.", None, []),
        ("He played Tomorrow Never Dies all night.", FRIDAY, []),
        ("Between 10-15 people came to the 2004-05 meeting.", None, []),
        ("The ratio was 3-2 in the committee.", None, []),
        ("The final will be played on 27-28 November.", None, []),
        # scores, in a sentence about a result
        ("Wales beat England 24-18 at Twickenham.", None, [("score", "24-18", None)]),
        ("The score was 2-1 at 10:30.", None, [("score", "2-1", None)]),
        ("United clinched a 3 - 1 win.", None, [("score", "3 - 1", None)]),
        # a score in a condition may come, not the match's; a tennis game's points are noise in a tennis report
        ("\"If we lose 2-0 we are out,\" he said.", None, []),
        ("They lost 2-0 if you ask me.", None, [("score", "2-0", None)]),
        ("He saved a break point and stormed into a 40-15 lead.", None, []),
        ("Leeds won 40-15 at home.", None, [("score", "40-15", None)]),
        ("Result: Nadal 6-7 Roddick.", None, [("score", "6-7", None)]),
        # a time in seconds written joined; a match clock's mark is noise
        ("The record of 6.39secs stands.", None, [("quantity", "6.39secs", None)]),
        ("It has 6 sections.", None, [("count", "6 sections", None)]),
        ("By the 30-minute mark some were yawning.", None, []),
        # the same date or figure again is listed once
        ("They met on Monday. On Monday the deal was signed for $5m, and $5m was paid.", FRIDAY,
         [("date", "Monday", "2024-12-16"), ("amount", "$5m", None)]),
        ("The Sunday Telegraph ran the story.", FRIDAY, []),
        # relative dates are facts only when they resolve to a date other than the article's own
        ("The vote will be held on Tuesday.", None, []),
        ("The firm grew fast last year.", None, []),
        ("He spoke yesterday.", None, []),
        ("Talks resume tomorrow.", FRIDAY, [("date", "tomorrow", "2024-12-21")]),
        ("Talks resume tomorrow.", None, []),
        ("The plan was announced today.", FRIDAY, []),
        ("Sales will rise this year.", FRIDAY, []),
        ("Sales will rise next year.", FRIDAY, [("date", "next year", "2025")]),
        ("Sales will rise next year.", None, []),
        # a proportion is one figure, not a count of its second number
        ("Mexico grows eight of 10 avocados eaten in the US.", None, [("proportion", "eight of 10 avocados", None)]),
        ("It takes $4 of every $5 spent.", None, [("proportion", "$4 of every $5", None)]),
        ("One in five voters agreed.", None, [("proportion", "One in five voters", None)]),
        ("Two of the men were held in 2004.", None, [("date", "2004", "2004")]),  # "of the": no proportion
        # its noun: a plural with up to two modifiers, capitalised ones too; a word of another kind is left out
        ("One in 10 adult Americans owns one.", None, [("proportion", "One in 10 adult Americans", None)]),
        ("He is one of four Six Nations captains.", None, [("proportion", "one of four Six Nations captains", None)]),
        ("Six in 10 say he is decisive.", None, [("proportion", "Six in 10 say", None)]),
        # a proportion without a noun takes the whole it is of, or a poll's "say"
        ("Only one in 13 of the 48 million cards is in default.", None,
         [("proportion", "one in 13 of the 48 million cards", None)]),
        ("Six in 10 of those polled agreed.", None, [("proportion", "Six in 10 of those polled", None)]),
        ("One in ten of the time.", None, [("proportion", "One in ten", None)]),
        ("About eight out of 10 said no.", None, [("proportion", "About eight out of 10 said", None)]),
        ("Two in three Republican-leaning voters agree.", None, [("proportion", "Two in three Republican-leaning voters", None)]),
        # a verb after it is no modifier of its noun: a reporting verb or a poll's stance; an adjective in -ed is one
        ("Four in 10 backed Democrats.", None, [("proportion", "Four in 10", None)]),
        ("Two in three opposed tax rises.", None, [("proportion", "Two in three", None)]),
        ("Six in 10 say voters want change.", None, [("proportion", "Six in 10 say", None)]),
        ("Four in 10 want tax cuts.", None, [("proportion", "Four in 10", None)]),
        ("Four in 10 young voters agreed.", None, [("proportion", "Four in 10 young voters", None)]),
        ("It is backed by 4 in 10 registered voters.", None, [("proportion", "4 in 10 registered voters", None)]),
        ("One in four reported cases was fatal.", None, [("proportion", "One in four reported cases", None)]),
        ("One in five United Nations members objected.", None, [("proportion", "One in five United Nations members", None)]),
        ("It fell from one in eight at the end.", None, [("proportion", "one in eight", None)]),
        ("Woods was one of four Americans killed.", None, [("proportion", "one of four Americans", None)]),
        ("Tait is one of six or seven contenders.", None, [("proportion", "one of six or seven contenders", None)]),
        ("It was one of two to win.", None, [("proportion", "one of two", None)]),
        # no proportion: a chart place, a year or a longer number second, the end of a longer number first
        ("It was his third number one in three weeks.", None, [("quantity", "three weeks", None)]),  # a duration
        ("It was first broadcast on BBC One in 1978.", None, [("date", "1978", "1978")]),
        # a label's or a name's number is no proportion; four digits without a comma after a name are a model's
        ("This is part 3 of 3 of our series.", None, []),
        ("Russia bought Uranium One in three stages.", None, []),
        ("Nokia 7610 owners can get it.", None, []),
        # a capitalised plural is counted ("2,200 Syrians"); a capitalised unit is a title's ("21 Grams actress")
        ("Only 2,200 Syrians have been admitted.", None, [("count", "2,200 Syrians", None)]),
        ("About 200 Democrats in Congress joined.", None, [("count", "About 200 Democrats", None)]),
        ("Then 21 Grams actress Naomi Watts spoke.", None, []),
        ("He spoke on 60 Minutes last week.", None, []),
        ("About 3500 people came.", None, [("count", "About 3500 people", None)]),
        # a common word opening the sentence is no name before a model's number
        ("Another 1500 troops were sent.", None, [("count", "1500 troops", None)]),
        ("In 3500 homes the power failed.", None, [("count", "3500 homes", None)]),
        ("Only 2500 tickets were sold.", None, [("count", "2500 tickets", None)]),
        ("All 1200 workers were told.", None, [("count", "1200 workers", None)]),
        ("These 4000 jobs will go.", None, [("count", "4000 jobs", None)]),
        # a bare year in a sentence listed for another figure is not listed again; years alone are kept
        ("AMR lost $387m in 2004. Fuel costs rose in 2005.", None, [("amount", "$387m", None), ("date", "2005", "2005")]),
        ("Bush won in 2004 and Obama in 2008.", None, [("date", "2004", "2004"), ("date", "2008", "2008")]),
        ("It opened in April 2005, closing in 2007.", None, [("date", "April 2005", "2005-04")]),
        # a day's date again without its year is the same day; another day is listed
        ("He wrote on 7 March 2003. Why, on 7 March, and on 17 March?", None,
         [("date", "7 March 2003", "2003-03-07"), ("date", "17 March", None)]),
        ("On 7 March he left.", None, [("date", "7 March", None)]),
        ("He was one of 1,466 aspiring novelists.", None, [("count", "1,466 aspiring novelists", None)]),
        ("Sales fell from 36,185 in 2003.", None, [("date", "2003", "2003")]),
        # a clock time with its zone is no year; a misprinted figure is left out, not cut short
        ("By 1650 GMT, the dollar was trading at $1.32.", None, [("amount", "$1.32", None)]),
        ("By 1650 the town had grown.", None, [("date", "1650", "1650")]),
        ("Against the pound, the dollar was down at $1,8923.", None, []),
        ("The fund paid out $1,892 in the end.", None, [("amount", "$1,892", None)]),
        # a company named by a digit is not a count; a plural ending in "says" is one
        ("The response was so good that 3 says it will launch a service.", None, []),
        ("She wrote 3 essays on the war.", None, [("count", "3 essays", None)]),
        # a range is read whole; "from 8 to 10" is a change
        ("He succeeded only about 8 to 10 percent of the time.", None, [("percent", "about 8 to 10 percent", None)]),
        ("Between 200 to 300 people came.", None, [("count", "200 to 300 people", None)]),
        ("The rate rose from 8 to 10 percent.", None, [("percent", "10 percent", None)]),
        ("Support fell 35 to 12 percent.", None, [("percent", "12 percent", None)]),
        ("Output will grow in 2030 to 32 percent.", None, [("percent", "32 percent", None)]),
        ("Visitors staying between six and 12 months need an X-ray.", None,
         [("quantity", "between six and 12 months", None)]),
        # a span or a choice of years is one date, each of its years listed once; a pair of years without a
        # preposition before is no span ("the 2016 and 2020 races": modifiers)
        ("Between 1990 and 2013, enrollment rose.", None, [("date", "Between 1990 and 2013", "1990")]),
        ("The show ran from 1971 to 1987. It ended in 1987.", None, [("date", "1971 to 1987", "1971")]),
        ("He may run in 2020 or 2024.", None, [("date", "2020 or 2024", "2020")]),
        # a relative year and the same year in figures: one date ("last year" and "2023" published in 2024)
        ("Sales rose last year. Costs rose in 2023, too.", dt.date(2024, 5, 1), [("date", "last year", "2023")]),
        ("Income rose from 1995 to 2005 and fell from 2005 to 2014.", None,
         [("date", "1995 to 2005", "1995"), ("date", "2005 to 2014", "2005")]),
        ("It grew in 2005 to 5.5 million.", None, [("count", "5.5 million", None)]),
        ("Output rose in 2004 and 2005 staff left.", None, [("date", "2004", "2004")]),
        # an amount's range after "between" is one figure; "from $1 to $2" is a change
        ("She gave between $1,001 and $5,000 to the fund.", None, [("amount", "between $1,001 and $5,000", None)]),
        ("It paid between $1bn and $3bn in stock.", None, [("amount", "between $1bn and $3bn", None)]),
        ("The price rose from $1 to $2.", None, [("amount", "$1", None), ("amount", "$2", None)]),
        ("It cost between $5 each and more.", None, [("amount", "$5", None)]),
        # a hyphenated measure with the noun it describes, where the noun phrase plainly ends; else the measure alone
        ("He served a 10-month jail term in 2004.", None,
         [("quantity", "10-month jail term", None)]),
        ("The 30-second spot, titled Arrogant, aired.", None, [("quantity", "30-second spot", None)]),
        ("It costs more over an 18-month period due to ink.", None, [("quantity", "18-month period", None)]),
        ("It ran a 15-month probe via its lawyers.", None, [("quantity", "15-month probe", None)]),
        ("The 20-acre property near Trout Lake has a troll house.", None, [("quantity", "20-acre property", None)]),
        ("The 10-year plan includes free tuition.", None, [("quantity", "10-year plan", None)]),
        ("The nearly 90-second ad slams Kasich.", None, [("quantity", "nearly 90-second ad", None)]),
        ("The 29-day early voting period is generous.", None, [("quantity", "29-day", None)]),
        ("It was a 10-hour-per-week job.", None, [("quantity", "10-hour", None)]),
        ("They ran a 45-minute and a 60-minute test.", None,
         [("quantity", "45-minute", None), ("quantity", "60-minute test", None)]),
        ("She ran 40 metres in the rain.", None, [("quantity", "40 metres", None)]),
        # a decimal is no year; a word in -ss or -ous is no plural noun
        ("Shares were up 19.6% after it sold 19.6 million shares.", None,
         [("percent", "19.6%", None), ("count", "19.6 million shares", None)]),
        ("It will support speeds of up to 14.4Mbps, and 15.8 in Spain.", None, [("quantity", "up to 14.4Mbps", None)]),
        ("He served for 47 continuous years and read 40 business proposals.", None,
         [("count", "47 continuous years", None), ("count", "40 business proposals", None)]),
        ("Of the 3 business a day, 2 famous.", None, []),
        ("Costs rose in 2004.", None, [("date", "2004", "2004")]),
        ("The base held 2500 troops by 2500 BC.", None, [("count", "2500 troops", None)]),
        # a modifier in quotation marks leaves the noun counted
        ('They plan 100,000 new "affordable" homes.', None, [("count", '100,000 new "affordable" homes', None)]),
        ('He said 3 "in" things.', None, []),
        ("Growth will be between 0 and 2 percent.", None, [("percent", "between 0 and 2 percent", None)]),
        # a decade is no year; "1990s band" (no preposition) is a modifier
        ("The trouble began in the early 1970s.", None, [("date", "1970s", None)]),
        ("Prices have not been so low since the 1930s.", None, [("date", "1930s", None)]),
        ("Prices were higher before the 1990s.", None, [("date", "1990s", None)]),
        ("It was a 1990s hit.", None, []),
        ("The riot of 1970 was remembered.", None, [("date", "1970", "1970")]),
        # a share of a figure is part of it; "added up to" is a total, not a cap; a height in feet and inches
        ("Christians make up less than half of 1 percent of arrivals.", None,
         [("percent", "less than half of 1 percent", None)]),
        ("Trade with China added up to 22,201bn yen.", None, [("amount", "22,201bn yen", None)]),
        ("Janet Yellen is 5-foot-3 tall.", None, [("quantity", "5-foot-3", None)]),
        ("The wall is 6 feet high.", None, [("quantity", "6 feet", None)]),
        # a percentage range written with a dash is one figure; a score is not a percentage
        ("Inflation is within the 2-3% target.", None, [("percent", "2-3%", None)]),
        ("Stocks saw an 8%-10% rise.", None, [("percent", "8%-10%", None)]),
        ("Turnout was about 72-75 percent there.", None, [("percent", "about 72-75 percent", None)]),
        ("Support fell 2-3 percentage points.", None, [("percent", "2-3 percentage points", None)]),
        ("He won 6-3 and took 40% of points.", None, [("score", "6-3", None), ("percent", "40%", None)]),
        # a time of day is no year: after a day's date, or in a span with a time zone
        ("It is live on Wednesday 19 January, from 1930 on BBC One.", None, [("date", "19 January", None)]),
        ("Viewers tuned in between 2000 and 2100 GMT.", None, []),
        ("He ruled from 1971 to 1987.", None, [("date", "1971 to 1987", "1971")]),
        ("It aired on 19 January 1930. It ran from 1931 on.", None,
         [("date", "19 January 1930", "1930-01-19"), ("date", "1931", "1931")]),
        # after a scale word: capitalised modifiers and an acronym's plural; one plain noun; a hyphenated word
        ("There are 575 million PCs and 120 million US adults online.", None,
         [("count", "575 million PCs", None), ("count", "120 million US adults", None)]),
        ("It added 1.8 million new California voters.", None, [("count", "1.8 million new California voters", None)]),
        ("It has 5 million-plus US voters and 50-odd staff.", None,
         [("count", "5 million-plus US voters", None), ("count", "50-odd staff", None)]),
        ("Sony is reaching the seven million barrier for UK sales.", None, [("count", "seven million barrier", None)]),
        ("They hope to hit our 5 million target by summer.", None, [("count", "5 million target", None)]),
        ("They hope to hit our 2 trillion target by summer.", None, [("count", "2 trillion target", None)]),
        ("He would not deport the 11 million-person undocumented population.", None,
         [("count", "11 million-person undocumented population", None)]),
        ("Since then 24 million saw the show and 5 million browse the net.", None,
         [("count", "24 million", None), ("count", "5 million", None)]),
        ("Blogs number five million on the web, with 32 million getting hooked.", None,
         [("count", "five million", None), ("count", "32 million", None)]),
        ("Polls put it at 16 million for Mrs. Clinton.", None, [("count", "16 million", None)]),
        # two modifiers joined by "and" before the counted noun; a plural or an adverb first is not one
        ("It lets 300,000 council and housing association tenants buy.", None,
         [("count", "300,000 council and housing association tenants", None)]),
        ("About 200 uniformed and plainclothes police officers came.", None,
         [("count", "About 200 uniformed and plainclothes police officers", None)]),
        ("Jet has 42 aircraft and runs 271 flights.", None,
         [("count", "42 aircraft", None), ("count", "271 flights", None)]),
        ("Shares rose 5 sharply and other stocks fell.", None, []),
        # measures written only joined to their number, with the noun they describe
        ("The result is an 800-page report (longer) released Tuesday.", None, [("quantity", "800-page report", None)]),
        ("He needs to curb his 20-point deficit among women.", None, [("quantity", "20-point deficit", None)]),
        ("He named a 30-man training squad for the game.", None, [("quantity", "30-man training squad", None)]),
        ("It was a 200-page, tabloid-size book.", None, [("quantity", "200-page", None)]),
        ("He scored 5 points and made 2 pages.", None, [("count", "2 pages", None)]),
        ("The 25-member-state bloc met.", None, []),
        ("The 15-member committee responsible for it met.", None, [("quantity", "15-member committee", None)]),
        # "-plus", "-odd" before the counted noun; a count by its participle, not one that modifies a plural noun
        ("He paid no tax for 15-plus years in 80-odd resorts.", None,
         [("count", "15-plus years", None), ("count", "80-odd resorts", None)]),
        ("Sales were good, with 50,000 sold in a week and 53 wounded.", None,
         [("count", "50,000 sold", None), ("count", "53 wounded", None)]),
        ("He met 12 wounded soldiers and played 2 sold-out shows.", None,
         [("count", "12 wounded soldiers", None), ("count", "2 sold-out shows", None)]),
    ],
)
def test_facts(text, published, expected):
    assert facts(text, published) == expected


def test_each_fact_cites_its_sentence_in_text_order():
    text = "Profits rose 5% in 2004. The firm employs 3,000 staff and paid $2m in fines on 3 May."
    doc = parse(text)
    found = extract_facts(doc, published=dt.date(2005, 6, 1))
    assert [f.start for f in found] == sorted(f.start for f in found)
    for f in found:
        s = doc.sentences[f.sentence]
        assert s.start <= f.start < f.end <= s.end
        assert doc.text[f.start:f.end] == f.text


def test_headline_figures_are_left_to_the_body():
    assert facts("Profits up 5%\n\nThe company reported higher profits.") == []


@pytest.mark.parametrize(("fact", "shown"), [
    (Fact("2005", 0, 4, "date", 0, "2005"), ""),  # never "2005 (2005)"
    (Fact("June 2004", 0, 9, "date", 0, "2004-06"), ""),  # nor "August 2015 (2015-08)"
    (Fact("in June", 0, 7, "date", 0, "2004-06"), "2004-06"),
    (Fact("7 March 2003", 0, 12, "date", 0, "2003-03-07"), ""),  # nor "7 March 2003 (7 March 2003)"
    (Fact("March 2, 2015", 0, 13, "date", 0, "2015-03-02"), ""),
    (Fact("March 12", 0, 8, "date", 0, "2016-03-12"), "2016-03-12"),  # the year is the value's
    (Fact("yesterday", 0, 9, "date", 0, "2016-03-12"), "2016-03-12"),
    (Fact("last year", 0, 9, "date", 0, "2023"), "2023"),
    (Fact("$5m", 0, 3, "amount", 0, None), ""),
    (Fact("03/07/2003", 0, 10, "date", 0, "2003-03-07"), "2003-03-07"),  # a numeric date: which day it is
])
def test_a_value_is_shown_only_when_it_adds_to_the_text(fact, shown):
    assert (fact_value(fact) == "") == (shown == "")  # (Markdown-escaped when shown)


@pytest.mark.parametrize(("fact", "time"), [
    (Fact("7 March 2003", 0, 12, "date", 0, "2003-03-07"), '<time datetime="2003-03-07">'),
    (Fact("03/07/2003", 0, 10, "date", 0, "2003-03-07"), ""),  # its value shown after it, as a <time>
    (Fact("$5m", 0, 3, "amount", 0, None), ""),
])
def test_a_day_said_whole_keeps_its_time_markup(fact, time):
    shown = fact_text(fact)
    assert shown.startswith(time) and shown.endswith("</time>" if time else fact.text[-2:])
    assert ('<time datetime="' in fact_text(fact) + fact_value(fact)) == bool(fact.kind == "date")


@pytest.mark.parametrize("text", [
    "Monday, today and tomorrow, in years to come", "dayear daydaymorrow yesterday'day day_",
    "a multimillion-pound deal, two billion and thousands more", "", "day",
    "six years, two monthsweeks, Only four arrests, justone, recent per cent", "decadesyears",
])
def test_word_anchors_find_what_the_patterns_find(text):
    from generator.analysis import fact_patterns as P
    from generator.analysis import spelled_numbers as S
    from generator.analysis.regex_starts import word_matches

    for anchor, words in ((P.DAY_OR_YEAR, P.DAY_OR_YEAR_WORDS), (P.SCALE_WORD, P.SCALE_WORDS),
                          (S.DURATION, S.DURATION_WORDS), (S.FOCUSED_COUNT, S.FOCUS_WORDS), (S.CENT_WORD, ("cent",))):
        expected = [m.span() for m in anchor.finditer(text, 0)]
        assert [m.span() for m in word_matches(anchor, words)(text, 0)] == expected


@pytest.mark.parametrize("text", [
    "one in five voters", "Eight OF 10 avocados and 3 out of 4", "$4 of every $5", "€1.5 out of every €2 spent",
    "ab12 of 3", "one of two of three", "x1 in 2 in 3 of 4", "1\xa0in\xa05 people", "none of the above",
])
def test_proportion_matches_are_proportion_finditer(text):
    from generator.analysis import fact_patterns
    from generator.analysis.facts import _proportion_matches
    for start in (0, 2):
        assert [m.span() for m in _proportion_matches(text, start)] == \
            [m.span() for m in fact_patterns.PROPORTION.finditer(text, start)]


@pytest.mark.parametrize("text", [
    "under Chapter 11", "in CHAPTER \n11", "No. 5", "vol. 3", "Prop. 8", "co-act 5", "the 5", "ſection 5",  # labels
    "more than 5", "up to\n5", "At Least 5", "as many as 5", "was 5", "roughly 5", "about  5", "ſome 5",  # qualifiers
    "5", " 5", "to 5",
])
def test_a_word_cue_is_searched_where_the_pattern_finds_it(text):
    from generator.analysis import fact_patterns as P
    from generator.analysis.facts import _back, _word_before
    start = next(i for i, c in enumerate(text) if c.isdigit())
    for pattern, ends, reach in ((P.LABEL_BEFORE, P.LABEL_ENDS, 16), (P.QUALIFIER_BEFORE, P.QUALIFIER_ENDS, 30)):
        expected = _back(pattern, text, start, reach)
        found = _word_before(pattern, ends, text, start, reach)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("text", [
    "$1,500.50 and 3.2m, 1990s; 12.", "no figure", "", "9",  # ASCII: the 0-9 pattern
    "£5 and €6 or ¥7", "٣ and ５ and 4",  # not ASCII: Arabic-Indic and fullwidth digits are ``\d`` too
])
def test_number_matches_are_number_finditer(text):
    from generator.analysis import fact_patterns as P
    from generator.analysis.facts import _number_matches
    for start in (0, 2):
        assert [m.span() for m in _number_matches(text, start)] == [m.span() for m in P.NUMBER.finditer(text, start)]
    assert not text.isascii() or [m.span() for m in P.NUMBER_ASCII.finditer(text)] == [m.span() for m in P.NUMBER.finditer(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised modifier: a people's, a company's or a party's word; not a common word in a name
    ("Vioxx may be linked to 56,000 American deaths.", [("count", "56,000 American deaths")]),
    ("He gained 22,000 Twitter followers and 62 Labour rebels.",
     [("count", "22,000 Twitter followers"), ("count", "62 Labour rebels")]),
    ("He lives at 10 Downing Street.", []),
    ("Questions were sent by 6 Music listeners.", []),
    ("19 Management runs the careers of its stars.", []),
    # a function word joined by a hyphen is a modifier; a plural modifier takes the noun after it, a slip's verb not
    ("It cut bonuses for up to 50,000 with-profits investors.", [("count", "up to 50,000 with-profits investors")]),
    ("It sold 50,000 with rivals.", []),
    ("It hired 10 sales reps.", [("count", "10 sales reps")]),
    ("The 14 telecentres uses free software.", [("count", "14 telecentres")]),
    # a multiple, with what it is compared by
    ("The offer was oversubscribed 16.2 times, bankers said.", [("quantity", "16.2 times")]),
    ("Asians were 1.9 times more likely to be stopped.", [("quantity", "1.9 times more likely")]),
    ("It is up to 20 times faster than 3G.", [("quantity", "up to 20 times faster")]),
    ("He read it 10 times over.", [("quantity", "10 times")]),
    ("It is 10 times more than that.", [("quantity", "10 times more")]),
    # a unit's worth
    ("It used up 12 hour's worth of computing power.", [("quantity", "12 hour's worth")]),
    # a proportion with a determiner before a second number in figures; not inside a longer number
    ("Scotland have lost 12 of their 14 games.", [("proportion", "12 of their 14 games")]),
    ("The party lost one of its two members.", []),
    ("Twenty-three of the 53 wounded remained in hospital.", [("count", "53 wounded")]),
    ("Between 10 and 12 of the 80-odd resorts were hit.", [("count", "80-odd resorts")]),
    ("He goes in as one of the 800 metres favourites.", [("quantity", "800 metres")]),  # a unit next: no proportion
    ("Only four of the 12 whose backgrounds were known were Muslim.", [("proportion", "four of the 12")]),  # no noun
    ("Only 3 of 4 polled staff agreed.", [("proportion", "3 of 4 polled staff")]),
    # a possessive before a figure with a group comma, a hyphen or a scale word; before plain digits a name's
    ("She courts Bernie Sanders' 13 million voters.", [("count", "13 million voters")]),
    ("Angola's 30-year civil war ended.", [("quantity", "30-year civil war")]),
    ("It rivals Porsche's 911 sports cars.", []),
    # "100%" as a figure of speech; a share or a change is a figure
    ("The support has been 100%.", []),
    ("Those were not always 100 percent in his corner.", []),
    ("They are 100 percent wrong, she said.", []),
    ("Standard Trust is 100% Nigerian-owned.", [("percent", "100%")]),
    ("Prices rose 100% this year.", [("percent", "100%")]),
    # "in" only before a possessive; a clause ending on "100%" only of a person or of what has been
    ("He was 100% in his support. I'm 100%. They are not always 100 percent behind him.", []),
    ("Occupancy was 100% in August.", [("percent", "100%")]),
    ("The vote was 100% in favour.", [("percent", "100%")]),
    ("Turnout is 100 percent in some villages.", [("percent", "100 percent")]),
    ("The stake was 100%.", [("percent", "100%")]),
    # a bare figure after a verb of change, read with it; not before "to" (the unit comes after)
    ("German unemployment rose 7,000 in November.", [("count", "rose 7,000")]),
    ("The total ended up falling by 7,000.", [("count", "falling by 7,000")]),
    ("Support fell 35 to 12 percent.", [("percent", "12 percent")]),
    ("The index fell to 55.3 in February.", [("count", "fell to 55.3")]),  # its new level
    ("Support fell to 12 sharply.", []),  # no preposition or clause end after it: not read
    # a unit in the singular after a number above one describes the noun next
    ("The 60 second ad ends with a slogan.", [("quantity", "60 second ad")]),
    ("He waited 1 hour and left.", [("quantity", "1 hour")]),
    # a count again with a qualifier is listed once; a figure without its noun again with another qualifier is not
    ("Qantas could move as many as 7,000 jobs. Later 7,000 jobs could shift.", [("count", "as many as 7,000 jobs")]),
    ("Some 270 hunts met. Fans went to 270 hunts.", [("count", "Some 270 hunts")]),
    ("Growth was 4%. It will be about 4% next year.", [("percent", "4%"), ("percent", "about 4%")]),
    ("More than 50% agreed. Less than 50% voted.", [("percent", "More than 50%"), ("percent", "Less than 50%")]),
    # a rate per ounce or pound, per thousand cubic feet
    ("Gold settled at $1,349 an ounce; copper at $2.222 a pound.",
     [("amount", "$1,349 an ounce"), ("amount", "$2.222 a pound")]),
    ("Gas was at $2.86 per thousand cubic feet.", [("amount", "$2.86 per thousand cubic feet")]),
    ("He paid $5 a pound of his own money.", [("amount", "$5 a pound")]),
    ("Gold rose $16.70 an hour ago.", [("amount", "$16.70")]),  # a time point, no rate
    # pence, units of data and power written joined; not a video format, a race, "p.m."
    ("Shares closed up 64 pence at 1130p, or 533p a share.",
     [("amount", "64 pence"), ("amount", "1130p"), ("amount", "533p a share")]),
    ("The hard drive has 80GB, smaller than 80GB hard drives.", [("quantity", "80GB")]),
    ("It shows 720p video and runs at 4p.m. in the 100m final.", []),
    # a brand and a model's acronym, a brand's capitalised plural, an acronym before a counted noun
    ("GM recalls 19,924 Cadillac XLR coupes and 17,815 Buick Raniers.",
     [("count", "19,924 Cadillac XLR coupes"), ("count", "17,815 Buick Raniers")]),
    ("Officials said 3 US soldiers died.", [("count", "3 US soldiers")]),
    ("He lives at 10 Downing Street with 3 BBC.", []),
    # points with what won or moved them; not alone
    ("The Dow closed down 24.11 points. Clinton won by more than 20 points.",
     [("quantity", "down 24.11 points"), ("quantity", "won by more than 20 points")]),
    ("He was 22 points behind Mr. Trump, almost 10 points lower than before.",
     [("quantity", "22 points behind"), ("quantity", "almost 10 points lower")]),
    ("United are fourth on 31 points.", [("quantity", "on 31 points")]),
    ("He kicked a total of 14 points. We had 11 points against us.", []),
    # the first number of a range after a verb of change is the change
    ("Shares fell 12 to 340 pence.", [("amount", "fell 12 to 340 pence")]),
    ("Sales of 12 to 340 pence were seen.", [("amount", "12 to 340 pence")]),
    # "near" qualifies a figure
    ("We need strikers near 20 goals a season.", [("count", "near 20 goals a season")]),
    # a spelled-out duration of years, months, weeks; not one placed in time or owned
    ("She resigned after six years. Seven years of low rates ended.",
     [("quantity", "six years"), ("quantity", "Seven years")]),
    ("Nearly two decades passed.", [("quantity", "Nearly two decades")]),
    ("It is for five to six years, or two or three weeks, between two and four years.",
     [("quantity", "five to six years"), ("quantity", "two or three weeks"), ("quantity", "between two and four years")]),
    ("A ban of between six months and two years.", [("quantity", "between six months and two years")]),
    ("Over the past two or three weeks, and in the next one to two weeks, they met.", []),
    ("Two years later he left. In the past three months and her four years in the job, two weeks ago.", []),
    # a spelled-out count after "only" or "just", with the whole it is taken of; not a time placing another fact
    ("Only four arrests were made.", [("count", "Only four arrests")]),
    ("He had just one win in 14 league games and only two victories from 14 Tests.",
     [("count", "just one win in 14 league games"), ("count", "only two victories from 14 Tests")]),
    ("United scored just two minutes after the break, just two games into the season.", []),
    ("They scored with just three minutes left.", []),
    ("He is one of just three candidates left.", [("count", "just three candidates")]),
    ("It is just one factor. He is the only one left.", []),
    # a mark in metres to the centimetre; a million's "m" before a plural is not one
    ("She set a personal best of 6.50m to win, ahead of 6.52m.", [("quantity", "6.50m"), ("quantity", "6.52m")]),
    ("He made 3.35m Euros last year.", []),
    # a vote's tally; not a change or a range
    ("He was confirmed 92 to 0. MPs voted 272-219 in favour.", [("score", "92 to 0"), ("score", "272-219")]),
    ("Turnout fell 92 to 60 percent. It grew from 92 to 100.", [("percent", "60 percent")]),
    ("Cruz trails Trump 458 to 359 in delegates.", [("score", "458 to 359")]),
    ("Shares lost 12 to 340 pence.", [("amount", "lost 12 to 340 pence")]),  # a change, no tally
    # a tennis match's sets and tie-breaks as one result; a running score is no result
    ("Safin won 1-6 6-3 6-4 6-4. From 4-1 down in the third set he rallied.", [("score", "1-6 6-3 6-4 6-4")]),
    ("Moya won 6-2 7-6 (7-1) 7-6 (7-5) on clay.", [("score", "6-2 7-6 (7-1) 7-6 (7-5)")]),
    ("United won 2-1 with 10 men.", [("score", "2-1"), ("count", "10 men")]),
    ("He beat Rochus 6-1 7-6 (7/5) in Adelaide.", [("score", "6-1 7-6 (7/5)")]),
    # a plural in -men; a range "between … million and … million"
    ("As many as 1,000 fishermen will be affected, and 12 gunmen.", [("count", "As many as 1,000 fishermen"), ("count", "12 gunmen")]),
    ("About 51 million saw it, against between 100 million and 118 million before.",
     [("count", "About 51 million"), ("count", "between 100 million and 118 million")]),
    # a spelled-out percentage; not "recent" or "decent"
    ("Christians make up about two per cent of the people, and forty-five percent voted.",
     [("percent", "about two per cent"), ("percent", "forty-five percent")]),
    ("It was a recent and decent per centum.", []),
    ("Fifty nine percent of people said so.", [("percent", "Fifty nine percent")]),
    # a count after a verb of a total or level, with a group comma; not a small figure
    ("Unit sales totalled 1,751,000, and sales in 2004 were 6,798,000.",
     [("count", "totalled 1,751,000"), ("count", "were 6,798,000")]),
    ("The score was 3, and the total was 1,200 people.", [("count", "1,200 people")]),
    # a proportion of a side's last games
    ("Chester have won only two of their last 10 League games.", [("proportion", "two of their last 10 League games")]),
    ("They lost in their last 10 games.", [("count", "10 games")]),
    # a country's or a region's name is a modifier as a people's is; a common word's is a name
    ("There were 4,000 Turkey fans, 20,000 China users and 3,000 Jersey residents.",
     [("count", "4,000 Turkey fans"), ("count", "20,000 China users"), ("count", "3,000 Jersey residents")]),
    ("He heard 6 Music listeners.", []),
    # a multiple's word in -er only before "than" or a clause's end; after an article a multiple is a modifier
    ("It is 10 times bigger than that, 3 times cheaper.", [("quantity", "10 times bigger"), ("quantity", "3 times cheaper")]),
    ("He is a 4 times winner of the cup. She is a 4 times winner.", []),
    ("They played 5 times together.", [("quantity", "5 times")]),
    # "pointers" is a count, not points
    ("He made 3 pointers.", [("count", "3 pointers")]),
    # a singular noun in -men is no plural
    ("A 10 specimen deal and a 3 regimen plan.", []),
    # every spelled-out number to ninety-nine, compounds included
    ("He served twenty-five years, thirteen years and sixty weeks.",
     [("quantity", "twenty-five years"), ("quantity", "thirteen years"), ("quantity", "sixty weeks")]),
    ("It fell seventeen per cent to seventy-seven million people.",
     [("percent", "seventeen per cent"), ("count", "seventy-seven million people")]),
])
def test_counted_nouns_multiples_and_figures_of_speech(text, expected):
    assert [(k, t) for k, t, _ in facts(text)] == expected
