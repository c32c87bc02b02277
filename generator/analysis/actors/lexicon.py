"""Word lists for the actor extractor.

The big gazetteer (places, first names, surnames, organisations, demonyms, role nouns,
common words) is ``generator/lexicon/actor_lexicon.tsv``, made by
``tools/build_actor_lexicon.py`` from GeoNames (CC BY 4.0), US Census name files (public
domain), the compromise lexicon (MIT) and SCOWL (permissive); it is read once, lazily.
The short lists below are written by hand from general knowledge of news English
(titles, organisation suffixes, country aliases); none comes from the evaluation data.
"""
from __future__ import annotations

import re

from functools import lru_cache
from itertools import repeat
from pathlib import Path

from ..names import AP_STATES, DAYS_MONTHS, HONORIFICS, PERSON_TITLES  # noqa: F401 -- shared lists, used as lx.*

_DATA = Path(__file__).resolve().parents[2] / "lexicon" / "actor_lexicon.tsv"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Lower-cased phrase -> tag letters, plus the hand-written additions below."""
    table: dict[str, str] = {}
    with _DATA.open(encoding="utf-8") as f:
        for line in f:
            if line[0] != "#":
                tags, _, phrases = line.rstrip("\n").partition("\t")
                table.update(zip(phrases.split("|"), repeat(tags)))  # one insert per phrase
    for phrases, tag in _EXTRA:
        for p in phrases.split("|"):
            table[p] = "".join(sorted(set(table.get(p, "")) | set(tag)))
    for p in NOT_PLACES:
        table[p] = table.get(p, "").replace("t", "").replace("y", "")
    return table


# Hand-written additions: (phrases, tag).
_EXTRA = (
    ("u.s.|us|usa|u.s.a.|united states|america|britain|great britain|uk|u.k.|russia|soviet union|"
     "ussr|south korea|north korea|czech republic|ivory coast|holland|uae|yugoslavia|zaire|bosnia|"
     "herzegovina|serbia|congo|taiwan|vietnam|syria|iran|palestine|hong kong|macau|northern ireland|"
     "wales|scotland|england|kosovo|montenegro|slovakia|slovenia|croatia|macedonia|moldova|"
     "belarus|kazakhstan|uzbekistan|kyrgyzstan|tajikistan|turkmenistan|azerbaijan|armenia|georgia|"
     "chechnya|tibet|kashmir|kurdistan|west bank|gaza|gaza strip|golan heights|east timor|"
     "new zealand|south africa|saudi arabia|sri lanka|the netherlands|netherlands|lebanon|"
     "west germany|east germany|burundi|rwanda|liberia|sierra leone|somalia|sudan|"
     "ukraine|kyiv|kiev|donbass|donbas|crimea|iraq|afghanistan|pakistan|israel|trinidad|tobago|"
     "kazakstan|russian federation|byelorussia|kirghizia|moldavia|burma|myanmar|zaire", "c"),
    ("europe|asia|africa|latin america|south america|north america|central america|middle east|"
     "far east|balkans|caribbean|scandinavia|baltic|baltics|gulf|persian gulf|pacific|atlantic|"
     "mediterranean|siberia|antarctica|arctic|sahara|caucasus|central asia|southeast asia|"
     "asia-pacific|eastern europe|western europe|the hague|hague|wall street|downing street|"
     "capitol hill|silicon valley|west indies|sub-saharan africa|midwest|white house|"
     "old city|west end|east end|south east|south west|north east|north west|south-east|"
     "south-west|north-east|north-west|the north|the south|east coast|west coast|"
     "broadway|roland garros|capitol|oval office|rose garden|situation room|east room|roosevelt room|lincoln bedroom",
     "k"),  # and New York's theatre district, as London's West End; the French Open's stadium, named after the aviator
    # (Wikipedia "Stade Roland Garros"); Congress's building (Wikipedia "United States Capitol"), a place as Capitol
    # Hill; the White House's rooms and garden named in its news (Wikipedia "White House": rooms; "Office" is no body)
    ("european union|united nations|nato|un|eu|opec|interpol|red cross|world bank|"
     "international monetary fund|imf|wto|world trade organisation|world trade organization|"
     "european commission|european parliament|bundesbank|federal reserve|fed|congress|senate|"
     "pentagon|kremlin|reuters|associated press|afp|bbc|cnn|nasdaq|"
     "securities and exchange commission|sec|fbi|cia|kgb|hamas|hezbollah|hizbollah|plo|ira|"
     "taleban|taliban|al qaeda|uefa|fifa|ioc|nba|nfl|nhl|mlb|icc|ira|anc|ec|gatt|asean|osce|"
     "mercosur|apec|oecd|who|unicef|unhcr|greenpeace|amnesty international|labour|tories|"
     "duma|knesset|bundestag|parliament|cabinet|supreme court|state department|treasury|"
     # the British Academy of Film and Television Arts by its short name; the Metropolitan Police by its
     # headquarters' name (Wikipedia "Scotland Yard")
     "bafta|scotland yard|"
     # firms named after their founders, whose names read as a person's: the investment banks of Wikipedia's
     # "Bulge bracket" (2004-2016) and "List of investment banks", Lockheed Martin, Ask Jeeves (Ask.com)
     "jp morgan|j.p. morgan|morgan stanley|merrill lynch|smith barney|credit suisse|credit suisse first boston|"
     "dresdner kleinwort wasserstein|lehman brothers|charles schwab|lockheed martin|ask jeeves|"
     # makers of airliners (Wikipedia "Airliner"), read as a place after "from" ("aircraft from Airbus"); rugby
     # union's London clubs named by a people (Wikipedia "London Irish", "London Welsh", "London Scottish")
     "airbus|embraer|london irish|london welsh|london scottish", "o"),
    ("frenchman|frenchmen|frenchwoman|dutchman|dutchwoman|scotsman|scotswoman|welshman|welshwoman|"
     "englishwoman|irishwoman|briton|cornishman|"  # demonym nouns before a name: "Frenchman Arnaud Clement"
     "west indian|english|british|european|soviet|arab|arabic|muslim|moslem|islamic|christian|"
     "catholic|protestant|jewish|jew|jews|hindu|sikh|buddhist|kurd|kurds|kurdish|serb|serbs|croat|"
     "croats|bosnian|bosnians|chechen|chechens|basque|basques|palestinian|palestinians|latin|"
     "western|eastern|asian|african|scandinavian|balkan|baltic|nordic|dutch|flemish|walloon|"
     "shi'ite|shiite|sunni|tamil|tamils|zulu|hutu|hutus|tutsi|tutsis|republican|republicans|"
     "democrat|democrats|communist|communists|socialist|socialists|marxist|olympic|olympics|"
     "ukrainians|russians|americans|britons|germans|israelis|iraqis|iranians|afghans|"
     "pakistanis|indians|chinese|japanese|french|germans|italians|spaniards|poles|irish|scots|"
     "scottish|welsh|northern irish|south korean|north korean|south african|new zealander|"
     "latin american|saudi|sri lankan|south koreans|north koreans|south africans|"
     "new zealanders|cypriot|greek cypriot|turkish cypriot|bosnian serb|bosnian serbs|"
     "bosnian croat|bosnian moslem|bosnian muslim|iraqi kurdish|iraqi kurd|flemish|turkish|"
     "spanish|swedish|danish|finnish|polish|norwegian|icelandic|portuguese|maltese|cypriot|"
     "slovenian|slovene|slovak|czech|hungarian|romanian|bulgarian|albanian|macedonian|greek|"
     "lithuanian|latvian|estonian|belarussian|moldovan|georgian|azeri|armenian|uzbek|kazakh|"
     "tajik|kyrgyz|afghan|pakistani|bangladeshi|nepali|tibetan|burmese|thai|laotian|khmer|"
     "vietnamese|malaysian|singaporean|indonesian|filipino|taiwanese|korean|mongolian|"
     "australian|fijian|canadian|mexican|cuban|haitian|jamaican|brazilian|argentine|"
     "argentinian|chilean|peruvian|colombian|venezuelan|ecuadorean|uruguayan|paraguayan|"
     "bolivian|egyptian|libyan|tunisian|algerian|moroccan|sudanese|ethiopian|eritrean|somali|"
     "kenyan|ugandan|tanzanian|rwandan|burundian|zairean|congolese|angolan|zambian|"
     "zimbabwean|mozambican|namibian|nigerian|ghanaian|ivorian|senegalese|liberian|"
     "cameroonian|gabonese|chadian|malian|yemeni|omani|saudi|kuwaiti|qatari|emirati|"
     "bahraini|jordanian|lebanese|syrian|iraqi|iranian|israeli|persian|afrikaner|afrikaners|"
     "yugoslav|serbian|croatian|montenegrin|bosnian|chechen|dagestani|tatar|ossetian|"
     "ukrainian|russian|soviet|belgian|luxembourgish|austrian|swiss|german|italian|"
     "sicilian|corsican|catalan|galician|andalusian|bavarian|prussian|cornish|"
     "hispanic|latino|caucasian|aboriginal|anglo|franco|sino|euro", "d"),
    ("tory|tories|lib dem|lib dems|new labour|conservatives|plaid cymru|sinn fein|dup|uup|"
     "democratic party|republican party|labour party|conservative party|commons|house of commons|"
     "house of lords", "o"),
    ("democratic|republican", "d"),  # "Democratic presidential candidate": an adjective
    ("roman catholic|roman catholics|catholics|protestants|muslims|christians|hindus|sikhs|jews", "d"),
    ("gop|islamic state|isis|isil|daesh|al-qaeda|al-shabab|boko haram|ukip|snp|nhs|ofcom|ofgem", "o"),
    # firms of the FTSE 100 and the Fortune Global 500 (2005 lists) known by one word the big lexicon lacks or has
    # only as a surname ("Shell has signed a $6bn deal"); not "Total", "Next", "Boots": sentence openers and words
    ("shell|barclays|renault|texaco|diageo|asda|morrisons|wal-mart", "o"),
    # and of the Fortune 500 (2005) known by a common word the lexicon has as a surname ("working with Apple")
    ("apple", "o"),
    # presidents of the United States (Wikipedia, "List of presidents of the United States") whose surname the big
    # lexicon has as a small town's and not as a known person's: "Obama's failure", "the Obama years" (Obama, Japan)
    ("obama|roosevelt|wilson|hoover|taft|monroe|hayes|garfield", "p"),
    # universities known by one word that the big lexicon has only as a surname or a given name ("a year at
    # Stanford", "a former Yale historian"): of the Ivy League (Wikipedia, "Ivy League") those that name no town and
    # no common surname or given name (not Brown, Columbia, Cornell, Penn, Dartmouth, Princeton), and Stanford
    ("harvard|yale|stanford", "o"),
    # ceremonial counties of England (Wikipedia, "Ceremonial counties of England") the big lexicon lacks as regions
    # ("a Devon man", "North Devon landowner"); not those named as their towns (Bristol, Durham) or as a person (Kent)
    ("bedfordshire|berkshire|cheshire|cornwall|devon|herefordshire|merseyside|northumberland|rutland|shropshire|"
     "wiltshire|worcestershire", "r"),
    # the three big credit rating agencies (the SEC's Nationally Recognized Statistical Rating Organizations)
    ("fitch|fitch ratings|moody's|standard & poor's", "o"),
    # Scottish Premier League clubs known by a word that is no town's (the league's member list, 2004-05)
    ("celtic|glasgow celtic|rangers|glasgow rangers", "e"),
    # US newspapers by their initials (Wikipedia, "The New York Times": "NYT"; "The Wall Street Journal": "WSJ";
    # "The Washington Post": "WaPo"), which a newsletter cites in brackets ("[NYT]")
    ("nyt|wsj|wapo", "o"),
    ("interfax|itar-tass|tass|xinhua|kyodo|yonhap|tanjug|anatolian|irna|kcna|mena|antara|bernama|"
     "pti|notimex|efe|ansa|dpa|ap|upi|bloomberg|dow jones|reuters|ria|ria novosti|petra|wafa", "o"),
)

# Gazetteer tags that make a word a name (countries, regions, cities, towns, continents, organisations,
# teams, known persons): a word with none of them and "w" is a common word.
ENTITY_TAGS = frozenset("crytkoep")
BIG_PLACE_TAGS = frozenset("crky")  # a country, region, city or continent: a surname or a club must not hide it

# Gazetteer towns that are far more often something else in news text.
NOT_PLACES = frozenset(
    """of the will may march june july august mobile split nice reading bath bury
    university union victoria university college""".split()
)

# Games consoles, products in any letter case ("sales of the PlayStation", "Sony PlayStation"), from Wikipedia's
# "List of home video game consoles"
_CONSOLES = _words("playstation xbox gamecube")
# Capitalised abbreviations and words that name no actor (time zones, statistics, tickers).
NOT_NAMES = _words(
    """gmt edt est pst bst cet utc rbi era gdp gnp cpi ppi pmi aids hiv ipo ceo cfo coo vp tv pc cd dvd
    am pm ad bc op ed eps nav ytd yoy mom qtr fy pe p/e vat usd eur gbp jpy chf q&a
    christmas easter thanksgiving ramadan hanukkah halloween diwali eid lent advent god
    dna gps sms mms mp3 pdf url html usb lcd hdtv
    lgbt lgbtq lgbti glbt foia boomer boomers millennial millennials potus flotus vpotus"""  # and technology's common nouns ("an MP3 player"); the initials of sexual
    # minorities, an adjective ("LGBT citizens"; GLAAD Media Reference Guide), and of the US Freedom of Information Act;
    # the generations' nouns (Pew Research Center, "Defining generations": Baby Boomers, Millennials); the US offices'
    # acronyms, a post and no name (Merriam-Webster, "POTUS": President of the United States; FLOTUS, VPOTUS)
) | _CONSOLES | frozenset((  # and the games consoles; and names that stand for no one person: the placeholder and
    # everyman names of Wikipedia's "Placeholder name" and "National personification", and the name of the South's
    # segregation laws (Wikipedia, "Jim Crow laws")
    "jim crow", "john q. public", "joe public", "joe sixpack", "joe six-pack", "john bull"))
# Diseases and drugs by their abbreviations, no body ("mad cow disease (BSE)", "positive for the steroid THG"): the
# WHO's names of prion and infectious diseases (BSE, CJD, vCJD, Sars, MRSA) and the substances of WADA's Prohibited
# List that news names by initials (THG, EPO, HGH, DHEA), and the street drugs of the DEA's "Drugs of Abuse"
# resource guide that news names so (LSD, PCP, MDMA, GHB). A name in the article whose initials they are makes them
# that name's ("Budapest Stock Exchange (BSE)", "European Patent Office").
DISEASES_AND_DRUGS = _words("bse cjd vcjd sars mrsa thg epo hgh dhea lsd pcp mdma ghb")
# Consumer electronics' product lines named by a word of their own, which no person, place or body bears (Wikipedia:
# "Microsoft Windows", "Xbox", "PlayStation", "PowerBook", "iBook", "Walkman"): a name with one of them in it is the
# product's ("Windows XP", "Xbox Live", "Apple Powerbook", "Sony Walkman"), bought and used, never an actor
PRODUCT_LINES = _words("windows powerbook ibook walkman") | _CONSOLES
# Car makers whose name opens a model's ("Subaru Impreza", "Vauxhall Astra GSI", "Ford Focus"): the marques of
# Wikipedia's "List of car brands" sold in Britain, less those that are common words or given names ("Seat", "Mini",
# "Lotus", "Morris", "Rover", "Jaguar")
CAR_MARQUES = _words("""ford vauxhall subaru toyota nissan honda mazda mitsubishi renault peugeot citroen fiat
    volkswagen audi bmw volvo saab skoda hyundai kia porsche ferrari lamborghini maserati bentley daewoo suzuki""")
# words after a marque that make the name a firm's or a team's, not a model's ("Ford Motor" is an organisation
# head already; "BMW Sauber" is a racing team's: the sport's words)
MARQUE_BODY = frozenset("sport sports racing team f1 uk".split())
# A street's name that British English uses for the retail trade ("sold out in High Street stores", "feed through to
# the High Street"; Collins English Dictionary, "high street": "the retail trade"): no one street without its town's
# name before it ("Oxford High Street", "Kensington High Street")
TRADE_STREETS = frozenset(("high street",))
# Surnames that name a disease with their possessive ("Parkinson's disease", "Alzheimer's", "Crohn's"): the commonest
# of Wikipedia's "List of eponymously named diseases"
EPONYMOUS_DISEASES = _words("parkinson alzheimer huntington crohn asperger hodgkin tourette addison cushing raynaud")
# Kinds of alcoholic drink a brand's name stands before ("Malibu rum", "Ballantine's whisky", "Stolichnaya vodka"):
# the spirits, wines and beers of Wikipedia's "List of alcoholic drinks"
DRINKS = _words("whisky whiskey vodka rum gin brandy cognac champagne liqueur tequila lager cider")
# Religions, named as faiths, not as any body or person ("an extreme form of Islam"; "Yusuf Islam" stays a name):
# the groups of Wikipedia's "List of religious populations" and "Major religious groups"
RELIGIONS = _words("""islam christianity judaism hinduism buddhism sikhism jainism shinto shintoism taoism
    confucianism zoroastrianism bahaism""")
# Common nouns' abbreviations that are names in other letter cases ("the game's AI"; "Ai Weiwei", "columnist Ai Jun";
# "ID theft", identity's abbreviation, Merriam-Webster)
NOT_NAMES_IN_CAPITALS = _words("ai id") | _words(
    # technology's common nouns as FOLDOC, the Free On-line Dictionary of Computing, defines them ("a P2P network",
    # "a VCR", "an IP address"), and Sony's consoles and their disc (PSP, PS2, PS3, UMD): a thing bought, used or
    # watched, never the body that makes it
    """p2p vcr drm hd ip iptv pvr pda gsm gprs wcdma hsdpa umts 3g 4g rss rfid gif jpeg cgi sim voip wifi lan wlan isp
    cpu gpu ram rom led oled vhs psp ps2 ps3 umd ocr os lzw"""
    # telecoms' standards and their regulators' terms: 3GPP2's EV-DO, Ofcom's local loop unbundling (LLU)
    """ ev-do llu"""
    # illnesses' and conditions' abbreviations, each a Medical Subject Headings (MeSH) term or its entry term (not BSE,
    # as often the Bombay or Budapest Stock Exchange)
    """ sars cjd ptsd tb mrsa std adhd ivf"""
    # general abbreviations of common nouns in the Oxford Dictionary of Abbreviations: vehicles, fuels, honours, music
    """ suv lng lpg obe cbe mbe vip diy faq asap sos iq r&b pr"""  # ("PR strategies": public relations)
    # and "OK", an adjective and an adverb in Merriam-Webster ("it will be OK"), Oklahoma's postal code aside
    """ ok""")
# Role nouns too general to be a title before a name ("Man Utd" is no "Man" called Utd).
GENERIC_PEOPLE = _words(
    """man woman men women boy girl child children people person guy lady gentleman member
    fan fans friend friends player players""")
# Heads that make the capitalised run before them an organisation ("Bank", "Party").
# US state abbreviations in AP style, dots dropped ("Tucson, Ariz.", "Kenansville, N.C."), and the District of
# Columbia's ("Washington, D.C."), and the older "Tex." (US Government Printing Office style, still the Washington
# Post's: "Rep. Mike McCaul (Tex.)"): after a town they locate it, they are no actor of their own.
STATE_ABBREVIATIONS = _words("""ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev nh nj nm ny nc nd okla ore pa ri sc sd tenn tex vt va wash wva wis wyo dc""")
# The two-letter postal codes among them, which name the state in running text ("a nutty VT socialist", "in DC"):
# (not "PA", the Press Association in British news as often, nor "VA", Veterans Affairs in American news)
POSTAL_STATES = frozenset(w for w in STATE_ABBREVIATIONS if len(w) == 2) - {"pa", "va"} | _words(
    # and the USPS codes (Publication 28, appendix B) that are no common word or initials in capitals ("OK", "MS", "CT")
    "ak az fl ia ks mn mt nv tx ut wa wi wv wy tn")

ORG_HEADS = _words(
    """inc inc. corp corp. corporation co co. ltd ltd. plc llc ag sa nv bv gmbh spa ab asa oy
    group holdings holding bank banks party ministry council committee commission association
    federation union university college institute agency authority board department office
    airlines airline airways motors motor exchange fund army navy police congress parliament
    senate assembly club project fed united rovers wanderers athletic athletico fc afc news times post
    journal herald tribune gazette telegraph television tv radio broadcasting foundation church
    mirror express mail chronicle observer examiner inquirer register dispatch
    organisation organization front movement alliance coalition government cabinet industries
    systems technologies technology communications securities capital partners energy petroleum
    oil telecom telecommunications pharmaceuticals pharmaceutical international enterprises
    brothers bros trust services service tribunal mining steel chemicals chemical electric
    electronics press hotspur albion palace villa forest argyle orient rangers celtic hearts
    academicals thistle wednesday county town city sporting olympique dynamo school hospital theatre theater
    commerce investments investment finance insurance assurance railways railway
    court cooperative society council reserve guard brigade forces force agency network
    airport stock
    newsroom newsdesk bureau desk treasury treasuries power cables electricity administration copper cement sugar textiles foods brewery
    breweries mills shipping resources minerals metals institution consulate embassy pac research associates
    management laboratory laboratories studios ac harriers records entertainment media publishing conference endowment
    magazine daily"""  # a publication's last word ("Q Magazine", "Aftenposten Daily"), as "Journal", "Times"
    " sentinel courant"  # a US daily's last word ("Orlando Sentinel", "Hartford Courant": Wikipedia, "List of
    # newspapers in the United States"), as "Tribune", "Gazette"
    " software"  # a software house's ("Saint Bernard Software"), as "Systems", "Technologies"
    # a financial group's and a reinsurer's last word ("Sumitomo Mitsui Financial", "Munich Re", "Swiss Re", "Hannover
    # Re": Wikipedia, "Reinsurance", the largest reinsurers)
    " financial re"
)
# Generational suffixes after a surname ("Joseph R. Biden Jr.", "Martin Luther King Jr.")
GENERATIONAL = _words("jr jr. sr sr. ii iii iv")
GENERATIONS = GENERATIONAL | _words("qc kc mp")  # and post-nominals after a surname ("Ian MacDonald QC")
# Company legal forms that end a firm's name (common English, US and European forms)
LEGAL_FORMS = _words("llc inc inc. corp corp. corporation ltd ltd. plc co co. limited ag sa gmbh nv bv")
# Last words that make a name an event, a competition or a title (MISC, not an actor).
MISC_HEADS = _words(
    """open cup championship championships games olympics tour prix trophy masters classic series
    league award awards prize war wars day festival open-air bowl derby marathon rally
    tournament indoors act bill amendment treaty protocol accord constitution charter doctrine poll show expo
    agenda directive tt premiership cross-country""")  # and a programme or a law of the EU ("Lisbon Agenda",
# "Services Directive"); the Tourist Trophy races ("Isle of Man TT"); a sponsored league or race ("Zurich
# Premiership", "England Cross-Country": rugby union's English league, athletics' national cross-country race)
# an illness by the head nouns of the WHO's ICD-10 names ("Motor Neurone Disease", "Multiple Sclerosis", "Down
# Syndrome", "Essential Tremor", "Cerebral Palsy", "Muscular Dystrophy")
ILLNESS_HEADS = _words("disease syndrome sclerosis tremor palsy dystrophy")
MISC_HEADS |= ILLNESS_HEADS
# First words of a continental club's name before its town ("Real Madrid", "AC Milan", "FC Barcelona", "Dynamo
# Kiev", "SK Rapid", "Deportivo Coruna"): words that say what a club is, not which
CLUB_OPENERS = _words(
    """real ac fc inter sporting atletico athletic olympique dynamo dinamo lokomotiv cska deportivo racing sk fk nk
    sv vfb vfl tsv cd ud rc"""
)
# Words that open an organisation's name ("Bank of ...", the club openers; club names that say which club:
# "Spartak Moscow", "Bayern Munich").
ORG_OPENERS = CLUB_OPENERS | _words(
    """bank university ministry department board council house spartak borussia bayern eintracht
    fortuna hertha werder union royal national federal democratic republican liberal
    conservative socialist communist labour labor radio air central state supreme internazionale united"""
)  # "united": "United Airlines", "United Way", "United Gun Group" (countries' "United ..." are the gazetteer's)
# Party words: a party's name and a creed's adjective alike ("Conservative Solutions PAC" is no party's body; the
# major parties' names in the US and UK: Democratic, Republican, Liberal, Conservative, Labour; the creeds' Socialist,
# Communist; "labor" the US spelling)
PARTY_WORDS = _words("democratic republican liberal conservative socialist communist labour labor")
# Heads that make the run a place ("Grace Road", "Gulf of Mexico").
PLACE_HEADS = _words(
    """road street avenue square park stadium river lake mountains mountain island islands bay
    sea ocean valley bridge hill hills heights coast desert gulf strait straits canal peninsula
    province region district oval trafford lane circuit beach port harbour harbor prison jail
    centre center hall tower towers arena plaza hotel refuge ranch capitol memorial monument cathedral grove creek"""
)  # "grove": a street's or a district's last word ("Ladbroke Grove", "Ashburton Grove"; Royal Mail's street types);
# "creek": a stream's (the USGS Geographic Names Information System's generic for streams, "Jacob's Creek")
# Words after which "of" continues a name ("Bank of England", "Gulf of Mexico").
OF_HEADS = _words(
    """bank university ministry department duke republic kingdom states gulf bay isle sea house
    church court council board institute college school museum federation association union
    chamber commonwealth organisation organization league party cape strait port lake mount
    province state city islands island republic federation office bureau academy society
    commission committee trade commerce club fund endowment foundation coalition alliance campaign center centre
    institution agency authority treaty war battle siege nation consortium"""
)
# Lower-case particles inside names ("Ludwig van Beethoven", "Charles de Gaulle").
# "wa" (Swahili and Lingala "of"): "Kengo wa Dondo", "Ngugi wa Thiong'o"; Italian "dal", "dalla", "dei", "degli",
# "delle" (Wikipedia, "Italian name": surname prefixes): "David dal Maso"
NAME_PARTICLES = _words("de da del della di du van von der den le la bin ibn al el ben dos das y wa dal dalla dei degli "
                        "delle")

# Role words that can follow a demonym in a title ("Russian President", "Foreign Minister").
ROLE_MODIFIERS = _words(
    """foreign prime deputy vice interior defence defense finance trade economy economics health
    justice education energy agriculture labour labor transport environment culture home
    state acting former first general chief attorney opposition party union team club world
    financial shadow high majority minority district circuit press navy army executive managing special"""
    # "Executive Chairman", "Managing Director": a compound title's first word (AP Stylebook, "titles");
    # "Shadow Chancellor": the opposition's spokesman for the office (UK usage);
    # "High Commissioner", "High Representative": a UN or Commonwealth office; "Majority Leader",
    # "District Judge", "Circuit Judge": US offices; "White House Press Secretary": the office's, not the body's word;
    # "Navy SEAL", "Army General": the service of a rank; "Special Counsel", "Special Envoy", "Special Adviser": an
    # appointment for one task (US Code, 28 CFR 600, "Special Counsel"; the UN's special envoys)
)
# Words that never start or form a name on their own.
FUNCTION_WORDS = _words(
    """the a an this that these those his her its their our my your in on at for from by with
    to of and but or nor yet so as if when while after before since because although though
    however meanwhile also then there here it he she they we i you what who which where why how
    all some many most more both each every no not only just even last next former other such
    under over despite during between among against until according about around
    today tomorrow yesterday one two three four five six seven eight nine ten"""
) | DAYS_MONTHS
# Words just before a name that point to a place.
# Nouns for a club after "the" and its town's name ("the Moscow club"). Written from general knowledge of sports English.
CLUB_NOUNS = _words("club side team outfit")
# the two that open a club's name after a country's or a league's adjective ("Tunisian side Esperance"): not "team"
# and "outfit", which follow plain descriptions as often ("the England team")
TEAM_NOUNS = _words("club side")
# the words before a storm's given name (the World Meteorological Organization's naming: "Hurricane Mitch")
STORM_WORDS = _words("hurricane typhoon cyclone storm")
# a saint's name with its "'s" names his church, ground or college; his church, chapel, abbey, priory or palace is a place
SAINTS = _words("st st. saint")
SAINTS_SITES = _words("church chapel abbey priory palace")
# adjectives of an elected office, capitalised before the election or the race they qualify (Merriam-Webster: "of or
# relating to a congress", "to a president", ...)
OFFICE_ADJECTIVES = _words("congressional presidential parliamentary gubernatorial senatorial mayoral")


def town_of_a_named_club(text: str, start: int, end: int) -> bool:
    """'the Moscow club' at ``text[start:end]`` ("Moscow") in an article that also names a club
    ending in the town ("Dynamo Moscow", "Rotor Volgograd"): the town the club is from, a place.
    Without such a name ("the Chelsea side") the town's name is the club's."""
    name = text[start:end]
    return re.search(r"[A-Z][\w.'’-]*[ \t]+" + re.escape(name) + r"\b", text) is not None


PLACE_CUES = _words("in at near from into across outside inside towards toward via around through")
# Words after a place's name ("Sharqiyah province").
PLACE_FOLLOWERS = _words(
    """province provinces island islands village villages town city region district state county
    port river valley border capital suburb peninsula coast mountains airport""")
# Words after an organisation's name in "X spokesman Y" and the like.
ORG_FOLLOWERS = _words(
    """spokesman spokeswoman spokesperson chairman chairwoman president chief executive director
    officials official shares stock coach manager striker midfielder defender goalkeeper captain
    player players team squad board unit subsidiary analyst analysts economist economists
    statement daily newspaper weekly agency firm company group side club shareholders"""
)
# Nouns just before a name that make it an organisation ("media giant TimeWarner", "drinks firm Allied Domecq").
ORG_PRECEDERS = _words(
    """firm company group giant maker bank rival carrier retailer chain brand airline insurer
    operator conglomerate manufacturer publisher broadcaster supermarket studio label network
    newspaper magazine agency party club charity regulator watchdog lender utility producer
    developer distributor startup start-up subsidiary owner think-tank thinktank band orchestra website site
    consultancy accountancy station monopoly consortium"""
    # and the makers named by their product in business news ("Australian brewer Fosters", "US carmaker Ford")
    """ brewer carmaker automaker drugmaker chipmaker winemaker steelmaker""")
SPEECH_VERBS = _words("said says told added asked stated warned argued replied insisted explained admitted conceded")
# Sports words whose first line makes an article a sports report (teams named after places).
SPORTS = _words(
    """soccer football cricket tennis golf rugby basketball baseball hockey athletics cycling
    boxing racing motor-racing formula badminton volleyball squash swimming skiing sailing
    handball snooker yachting rowing nfl nba nhl"""
)
# Football and rugby competitions a report names in its lead, lower-cased (the UK's and Europe's leagues and cups),
# and the market of players between clubs
COMPETITIONS = frozenset(("champions league", "premier league", "fa cup", "uefa cup", "carling cup", "league cup",
                          "heineken cup", "six nations", "scottish cup", "transfer window", "world cup"))
# Words of a football or rugby report written as prose (BBC sport pages have no "SOCCER -" first line). Written
# from general knowledge of sports English: positions, competitions, match events; none common outside sport.
CLUB_SPORT_WORDS = _words(
    """striker strikers midfielder midfielders goalkeeper goalkeepers keeper winger wingers full-back centre-back
    centre-half fly-half scrum-half hooker flanker premiership kick-off hat-trick equaliser equalizer relegation
    relegated stoppage half-time injury-time touchline dug-out free-kick free-kicks uefa fifa penalty-kick
    sending-off red-card six-nations"""
) | COMPETITIONS
# British football clubs' nicknames written bare, as a name, in match reports ("Pompey", "Boro"), with the names of
# the club they stand for, lower-cased (Wikipedia, "List of football club nicknames in England" and "... in Scotland";
# only those no other well-known club, person or place goes by).
CLUB_NICKNAMES = {
    "pompey": ("portsmouth",), "boro": ("middlesbrough",), "spurs": ("tottenham", "tottenham hotspur"),
    "gers": ("rangers",), "baggies": ("west brom", "west bromwich albion"), "hibs": ("hibernian",),
    "toffees": ("everton",), "hammers": ("west ham", "west ham united"), "magpies": ("newcastle", "newcastle united"),
    "gunners": ("arsenal",), "canaries": ("norwich", "norwich city"), "addicks": ("charlton", "charlton athletic"),
    "bhoys": ("celtic",), "jambos": ("hearts",),
}
# Last words of a ground's name ("Millennium Stadium", "Stamford Bridge"): a place even in a club-sport report.
VENUE_NOUNS = _words("stadium stadio arena park ground grounds bridge road lane field stadion estadio grove")
# Weaker words, common in sport but found elsewhere too; three of them back one of the words above.
CLUB_SPORT_HINTS = _words("goal goals league cup manager boss coach squad season match fixture penalty tie side club "
                          "clubs fans transfer derby")
# Short forms news text uses for a body it also names in full, with the full names they stand for (lower-cased,
# the first one the article gives wins): the AP Stylebook's "GOP", "Fed", "ISIS"/"ISIL" entries, and British
# usage for the parties ("Tories", "Lib Dems": Wikipedia, "Conservative Party (UK)", "Liberal Democrats (UK)")
# and the Treasury.
SHORT_FORMS = {"gop": ("republican party",), "g.o.p.": ("republican party",), "fed": ("federal reserve",),
               "isis": ("islamic state",), "isil": ("islamic state",), "tories": ("conservative party", "conservatives"),
               "tory": ("conservative party", "conservatives"),
               "lib dems": ("liberal democrats",), "lib dem": ("liberal democrats", "liberal democrat"),
               "labour": ("labour party",), "treasury": ("treasury department",),
               # "Democrat Party", the Republicans' name for the Democratic Party (Wikipedia, "Democrat Party
               # (epithet)"); "HuffPo", the Huffington Post's nickname (Wikipedia, "HuffPost")
               "democrat party": ("democratic party",), "huffpo": ("huffington post",),
               # the UK's foreign ministry, "commonly called the Foreign Office" (Wikipedia, "Foreign, Commonwealth and
               # Development Office"; its name from 1968 to 2020 "Foreign and Commonwealth Office")
               "foreign office": ("foreign and commonwealth office",)}
# A short form joins its state only as a place: "Mass", "Del", "Pa" are as often a service, a name, a father.
STATE_SHORT_FORMS: dict[str, tuple[str]] = {}
for _pair in AP_STATES.split():
    _short, _, _state = _pair.lower().partition("=")
    for _form in {_short, _short.rstrip("."), _short.replace(".", "")}:
        STATE_SHORT_FORMS.setdefault(_form, (_state.replace("_", " "),))
