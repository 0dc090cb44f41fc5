"""Word lists the rules share: general English news vocabulary, never one article's names."""

from __future__ import annotations

import re

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})

#: Titles of a person (not of a department): a name follows them inside a span.
#: Family words that stand for a relative the article names ("his daughter Ana Ruiz" ...
#: "his daughter said").
FAMILY_NOUNS = frozenset(
    """
    daughter son wife husband mother father brother sister widow widower fiancee fiancée fiance
    fiancé girlfriend boyfriend partner uncle aunt cousin niece nephew grandson granddaughter
    grandmother grandfather stepfather stepmother stepson stepdaughter
    """.split()
)
PERSON_TITLES = frozenset(
    """
    president representative senator congressman congresswoman governor mayor judge justice
    constable detective officer sergeant captain commander lieutenant colonel minister
    secretary chancellor premier ambassador spokesman spokeswoman spokesperson dr mr mrs ms
    prof professor rev reverend sir dame lord king queen prince princess pope sheikh
    ayatollah chairman chairwoman coach inspector sheriff cardinal archbishop bishop rabbi imam
    mme mlle swami guru lama mullah pastor sultan emir shah tsar czar emperor empress maharaja
    assemblyman assemblywoman assemblymember councilman councilwoman alderman alderwoman
    taoiseach tánaiste
    """.split()
)

#: Titles and role words that stay outside a PERSON span ("President [Vladimir Putin]"): a
#: person's titles and the words that go with them ("vice", "foreign", "former").
TITLES = PERSON_TITLES | frozenset(
    """
    vice prime ministers speaker sen. rep. chief general gen. col. lt. major maj. capt. admiral
    sgt. marshal envoy consul duke duchess lady monsignor monsenor monseñor rev. mr. mrs. ms.
    sayyid shaikh sheikha hojatoleslam haji hajji
    miss dr. doctor prof. dean chair ceo cfo coo founder director striker goalkeeper midfielder
    commissioner prosecutor councillor councilor lawmaker legislator adviser advisor aide
    commandant superintendent defender deputy first foreign defense defence interior finance
    health foreign-affairs home state federal acting former late attorney-general attorney
    economy trade energy education labor labour transport agriculture u.s. us uk house senate
    crown saint st. dj mp mep
    """.split()
)

#: Letters after a name that are not part of it ("Durham Hall QC").
POST_NOMINALS = frozenset("QC KC MP MEP MSP MLA MPP OBE MBE CBE KBE DBE PhD MD".split())
#: Adverbs that join a clause to the one before ("sank, however, ..."), a closed class.
CONJUNCTIVE_ADVERBS = frozenset(
    "however though also too meanwhile instead moreover furthermore nonetheless nevertheless "
    "therefore thus still besides otherwise".split()
)
#: Hedges that stay inside a number's span ("[at least seventeen]", "[some 130,000]").
HEDGES = (
    "at least",
    "at most",
    "up to",
    "more than",
    "less than",
    "fewer than",
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "no more than",
    "almost",
    "nearly",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "just over",
    "just under",
    "close to",
    "upwards of",
    "~",
)
HEDGE_RE = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[(\[\"“]))(?:"
    + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)
#: First or last words that make a name an event, a place or a building.
EVENT_HEADS = frozenset(
    {"hurricane", "storm", "typhoon", "cyclone", "tropical", "operation", "tornado", "wildfire"}
)
#: Last words that make a name an event ("Commonwealth Games", "Munich Security Conference").
EVENT_TAILS = frozenset(
    """
    competition championship championships cup games olympics paralympics olympiad festival
    summit prix regatta conference marathon tournament expo war revolution uprising massacre
    genocide crisis
    """.split()
)
#: Last words of the names of public bodies ("Safeguarding Board", "Electoral Commission").
BODY_WORDS = frozenset(
    """
    board council committee commission agency authority association institute university
    foundation federation ministry department tribunal court
    """.split()
)
GPE_WORDS = frozenset("county parish province prefecture oblast governorate district".split())
FAC_WORDS = frozenset(
    """
    airport bridge stadium arena tower towers palace cathedral mosque church temple synagogue
    museum hospital prison jail station hotel square building hall library castle fort
    masjid basilica monastery abbey highway motorway freeway tunnel dam port harbour harbor
    mall plaza avenue street road boulevard lane route complex headquarters zoo terminal pier
    canal memorial monument theatre theater gate clinic cemetery hospice facility
    """.split()
)
#: Head words of the names of laws and documents ("Clean Air Act", "Treaty of Lisbon").
LAW_HEADS = frozenset(
    """
    Act Treaty Convention Directive Amendment Constitution Charter Accord Protocol Agreement
    Regulation Statute Ordinance Covenant Declaration
    """.split()
)
#: Names of diseases and viruses, which are outside the 18 OntoNotes labels.
DISEASE_RE = re.compile(
    r"^(?:covid(?:-?19)?|sars(?:-cov-?2)?|mers|ebola|zika|h\dn\d|hiv|aids|influenza|measles|"
    r"coronavirus|novel coronavirus|cholera|malaria|tuberculosis|polio|dengue|mpox|monkeypox)$",
    re.IGNORECASE,
)
#: Time-zone words that belong inside a TIME span, never an ORG of their own.
TIME_ZONES = frozenset(
    "utc gmt et est edt pt pst pdt ct cst cdt mt mst bst cet cest ist jst aest aedt msk z "
    "ast adt akst akdt hst nzst nzdt awst acst eet eest sast hkt sgt kst pkt wib".split()
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night", "overnight")
#: Units of measure that make a number a QUANTITY (distance, area, weight, speed, ...), and
#: the SI's prefixes on its units of length, mass, volume and energy ("85 millimetres").
UNITS = (
    r"km/h|kph|mph|km2|km²|sq\.? ?km|square (?:miles?|kilometres?|kilometers?|metres?|meters?|feet)|"
    r"kilometres?|kilometers?|km|metres?|meters?|m|cm|mm|miles?|mi|feet|foot|ft|inches|inch|in\.|"
    r"yards?|kilograms?|kg|grams?|g|tonnes?|tons?|pounds?|lbs?|litres?|liters?|gallons?|barrels?|"
    r"hectares?|ha|acres?|degrees? (?:Celsius|Fahrenheit|centigrade)|degrees?|°[CF]?|knots?|"
    r"(?:kilo|mega|giga|tera)?watts?|MW|GW|kW|kWh|joules?|volts?|decibels?|dB|mb|hPa|"
    r"cubic (?:metres?|meters?|feet|kilometres?|kilometers?)|milligrams?|mg|micrograms?|µg|"
    r"millilitres?|milliliters?|ml|mL|moles?|mol|millimoles?|mmol|"
    r"astronomical units?|AU|au|light[- ]years?|parsecs?|(?:kilo|hecto|deci|centi|milli|micro|"
    r"nano|mega|giga|tera)(?:metres?|meters?|grams?|grammes?|litres?|liters?|tonnes?|joules?|watts?)"
)

#: Last words that make a name a natural place (LOC) rather than a state or city.
LOC_WORDS = frozenset(
    """
    island islands mountain mountains mount river lake sea ocean bay gulf peninsula valley
    desert strait channel coast reef glacier volcano plateau basin canyon hill hills cay atoll
    """.split()
)
#: Last words that make a name an organisation, not a person ("Worldwide Diving Adventures").
ORG_WORDS = frozenset(
    """
    inc inc. ltd ltd. llc plc corp corp. corporation company co. group association council
    party committee commission agency authority board bank airlines airways
    services partners associates holdings institute university college school
    foundation fund union federation league club team network news times post press tribe tribes
    bulletin herald gazette tribune chronicle journal courier pharma pharmaceuticals
    therapeutics biotech biosciences technologies industries enterprises laboratories motors
    aerospace labs systems solutions ventures robotics semiconductor semiconductors logistics
    """.split()
)
#: Kinds of work whose titles follow or precede them ("the film X", "the 'X' album").
WORK_KINDS = (
    r"film|movie|documentary|album|song|single|novel|book|memoir|play|musical|opera|sitcom|"
    r"series|show|painting|poem|video game|episode|exhibition|drama|comedy|thriller|biopic|"
    r"miniseries|ballet|symphony|sculpture|podcast|novella"
)
#: Kinds of event a name is said to be ("the Open Doors event", "Kestrel Con, an annual
#: convention").
EVENT_KINDS = (
    r"event|rally|march|protest|festival|fair|ceremony|concert|race|marathon|tournament|"
    r"championship|conference|summit|parade|vigil|campaign|contest|competition|exhibition|"
    r"expo|convention|trial|games|gala|telethon"
)
#: Vehicle nouns: a name set beside one ("the boat, Conception") is a PRODUCT.
VEHICLE_NOUNS = r"boat|ship|vessel|yacht|ferry|tanker|freighter|submarine|aircraft|plane|jet|airliner|spacecraft|capsule|rocket|train|car|truck"
#: Platforms named as places of publication ("wrote on Facebook").
PLATFORMS = frozenset(
    {
        "Facebook",
        "Twitter",
        "Instagram",
        "YouTube",
        "WhatsApp",
        "TikTok",
        "Telegram",
        "Weibo",
        "WeChat",
        "LinkedIn",
        "Reddit",
        "Snapchat",
    }
)

#: Common nouns that put an organisation's name beside them ("supermarket Ocado").
#: Nouns that name a stretch of time: never a source ("the coming days will show ...").
TIME_WORDS = frozenset(
    """
    second minute hour day week weekend fortnight month year decade century morning afternoon
    evening night time moment period season spring summer autumn winter today tomorrow
    yesterday future past
    """.split()
)
#: Nouns for bodies that speak, rule or find as one ("the tribunal ruled", "police said").
INSTITUTION_NOUNS = frozenset(
    """
    court courts tribunal jury panel government ministry department police parliament senate
    congress legislature cabinet council regulator administration office embassy military army
    navy coalition alliance campaign opposition prosecution defence defense inquiry hospital
    clinic laboratory service brigade bureau watchdog utility firm
    """.split()
)
ORG_NOUNS = (
    r"chains?|company|companies|firm|retailer|supermarket|group|airline|carrier|newspaper|"
    r"broadcaster|website|site|bank|producer|maker|manufacturer|board|agency|network|"
    r"outlet|publisher|brand|startup|operator|party|union|organi[sz]ation|charity|nonprofit|"
    r"supplier|subsidiary|insurer|lender|automaker|carmaker|planemaker|drugmaker|chipmaker|"
    r"team|club"
)
#: A kind of body right before a name ("the drugmaker [Eli Lilly]", "software company X").
ORG_NOUN_BEFORE = re.compile(r"\b(?:" + ORG_NOUNS + r"),?\s+(?:the\s+)?$")
#: Words after a name that show it is an organisation ("a Woolworths spokesperson").
ORG_AFTER = (
    r"spokesperson|spokesman|spokeswoman|spokespeople|employees?|staff|shares|stores?|"
    r"executives?|headquarters|subsidiary|chief executive|board|website|shareholders"
)
#: Heads of organisation names that continue with "for"/"of" ("Center for ... Journalism").
ORG_HEADS = frozenset(
    """
    center centre institute council committee commission department ministry office bureau
    agency association foundation university school college court board party league
    federation union society academy alliance coalition fund organization organisation
    observatory
    """.split()
)

#: Nouns that carry a statement, with the verb they stand for ("warnings" -> "warn").
SPEECH_NOUNS = {
    "warning": "warn",
    "claim": "claim",
    "statement": "state",
    "announcement": "announce",
    "assurance": "assure",
    "promise": "promise",
    "pledge": "pledge",
    "demand": "demand",
    "threat": "threaten",
    "denial": "deny",
    "suggestion": "suggest",
    "prediction": "predict",
    "assertion": "assert",
    "allegation": "allege",
    "insistence": "insist",
    "call": "call",
    "argument": "argue",
    "admission": "admit",
    "accusation": "accuse",
}
#: Nouns for documents: "the report said" speaks for the body that issued it.
DOCUMENT_NOUNS = frozenset(
    "report statement release website site post tweet letter document study survey filing "
    "memo announcement message notice press data datum figure figures statistics record records "
    "poll polling analysis research review schedule plan bulletin warning advisory note notes "
    "minutes transcript email emails ruling judgment judgement decision verdict order decree summary "
    "paper projection projections estimate estimates assessment investigation inquiry audit "
    "findings finding video footage complaint indictment lawsuit motion affidavit number "
    "numbers guideline guidelines guidance framework rules doctrine doctrines request "
    "requests autopsy post-mortem postmortem inquest probe opinion story article editorial "
    "column book memoir memoirs".split()
)
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "we", "i"})

#: Small words inside a person's name ("Ana de Vera", "Jan van Dijk", "Omar bin Said").
NAME_PARTICLES = frozenset(
    "de da das do dos du del della di van von der den ter bin ibn al el la le".split()
)
