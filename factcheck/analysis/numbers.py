"""Numbers in the text: money, percentages, counts, tallies, ages, anniversaries.

Each mention carries its value and the precision it was stated with ("1.3 million" is stated
to the nearest 100,000), so that rules can tell a rounded figure from a wrong one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.analysis.dates import MONTHS, WEEKDAYS, date_spans
from factcheck.segment import Block

NumberKind = Literal[
    "money",
    "percent",
    "count",
    "tally",
    "vote_side",
    "age",
    "birth_year",
    "event_year",
    "years_ago",
    "anniversary",
    "elapsed",
    "margin",
]
Qualifier = Literal["about", "nearly", "more", "less"]
Side = Literal["for", "against"]

_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_SMALL)}
WORD_VALUES.update({w: 10 * i for i, w in enumerate(_TENS) if w})
_ORDINAL_SMALL = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
ORDINAL_VALUES: dict[str, int] = {w: i for i, w in enumerate(_ORDINAL_SMALL) if w}
ORDINAL_VALUES.update({w[:-1] + "ieth": 10 * i for i, w in enumerate(_TENS) if w})
ORDINAL_VALUES["hundredth"] = 100
SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "tn": 1e12,
}
CURRENCIES: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "a$": "AUD",
    "c$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "dollars": "USD",
    "euros": "EUR",
    "pounds": "GBP",
    "yen": "JPY",
    "rupees": "INR",
}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT_WORDS = _alternation(_SMALL[1:10])
WORD_NUM = (
    rf"(?:(?:{_alternation(_TENS[2:])})(?:[-\s](?:{_UNIT_WORDS}))?|{_alternation(_SMALL[1:])})"
)
ORDINAL_WORD = (
    rf"(?:(?:{_alternation(_TENS[2:])})-(?:{_alternation(_ORDINAL_SMALL[1:10])})"
    rf"|{_alternation(ORDINAL_VALUES)})"
)
# Indian grouping ("12,96,000", "1,23,45,678": lakh and crore) is read as one figure, not
# as "12" followed by a list.
DIGITS = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d+)(?:\.\d+)?(?![\d])"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)\b"
# A number in digits or words, with an optional scale word: "2.7 million", "forty-eight".
# The leading word boundary and first-letter check keep the word alternation off most
# positions: the analysers must stay linear and cheap.
NUM = (
    rf"\b(?=[\dotfsenaOTFSENA])(?:(?:{DIGITS}|(?i:\b{WORD_NUM}\b))(?:(?:\s+|(?<=\d)-){_SCALE_WORD})?"
    rf"|(?i:\ban?\s+{_SCALE_WORD}))"
)
PCT = rf"{NUM}\s*(?:%|(?i:per\s?cent\b|percent\b))"
QUALIFIERS: dict[str, Qualifier] = {
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "close to": "nearly",
    "nearly": "nearly",
    "almost": "nearly",
    "just under": "nearly",
    "more than": "more",
    "over": "more",
    "above": "more",
    "at least": "more",
    "upwards of": "more",
    "just over": "more",
    "in excess of": "more",
    "less than": "less",
    "fewer than": "less",
    "under": "less",
    "below": "less",
    "at most": "less",
    "up to": "less",
}
_QUAL_WORDS = _alternation(q.replace(" ", r"\s+") for q in QUALIFIERS)
QUAL = rf"(?i:{_QUAL_WORDS})"
_QUAL_BEFORE = re.compile(rf"\b(?P<q>{QUAL})\s+(?:the\s+|a\s+)?(?:[$€£¥₹]|[A-Z]{{1,2}}\$)?$")

_CURRENCY_PREFIX = r"(?P<cur>US\$|A\$|C\$|NZ\$|HK\$|[$€£¥₹])"
_MONEY_PREFIX = re.compile(
    # "$468-million": the hyphen of some house styles (The Globe and Mail's).
    rf"{_CURRENCY_PREFIX}\s?(?P<num>{DIGITS})"
    rf"(?:(?:\s+|-)(?P<scale>{_SCALE_WORD})|(?P<abbr>bn|mn|mln|m|k|tn|b)\b)?"
)
_MONEY_SUFFIX = re.compile(
    rf"(?P<num>{DIGITS})(?:\s+(?P<scale>{_SCALE_WORD}))?\s+(?P<cur>dollars|euros|pounds|yen|rupees)\b"
)
_PERCENT = re.compile(
    rf"(?P<num>{NUM})\s*(?:%|(?i:per\s?cent\b|percent\b))(?P<pts>\s+(?:percentage\s+)?points?\b)?"
)
_VOTE_CONTEXT = re.compile(
    r"\b(?:vot\w*|passed|pass|approved?|rejected|defeated|failed|confirmed|ballots?|tally"
    r"|margin|adopted|endorsed|upheld|overturned|overrode|motion|referendum|ayes|nays|amendment"
    r"|bill|resolution)\b",
    re.I,
)
_PASSED = re.compile(
    r"\b(?:passed|approved|adopted|confirmed|endorsed|carried|backed|in\s+favou?r|to\s+(?:approve"
    r"|pass|adopt|confirm|back|accept|endorse))\b",
    re.I,
)
_FAILED = re.compile(
    r"\b(?:rejected|defeated|failed|voted\s+(?:\w+\s+)?(?:down|against)|to\s+(?:reject"
    r"|block|oppose))\b",
    re.I,
)
_TALLY_DASH = re.compile(
    r"(?<![\d.,/:$€£-])(?P<a>\d{1,3})\s?[-–—]\s?(?P<b>\d{1,3})(?![\d/:%-]|[.,]\d|\s*(?:%|per))"
)
_TALLY_VOTES_TO = re.compile(rf"(?P<a>{NUM})\s+votes?\s+to\s+(?P<b>{NUM})(?!\s*%)")
# "voted 212 to 188", "carried by 212 to 188" (not "rose by 212 to 1,188").
_TALLY_VERB_TO = re.compile(
    r"\b(?:voted|passed|carried|approved|rejected|backed|defeated|adopted|endorsed|opposed)"
    # "backed the strike by 412 to 388": an object, then "by".
    rf"(?:(?:\s+[\w'’-]+){{1,5}}?\s+by|\s+by)?\s+(?P<a>{NUM})\s+to\s+(?P<b>{NUM})"
    r"(?!\d|[.,]\d|\s*(?:%|per|points?\b|years?\b|votes?\b))"
)
_TALLY_FOR_AGAINST = re.compile(
    rf"(?P<a>{NUM})\s+(?:votes?\s+)?(?:in\s+favou?r|for)\s*(?:,|and|to|with)\s*(?:with\s+)?"
    rf"(?P<b>{NUM})\s+(?:votes?\s+)?against\b"
)
_TALLY_AGAINST_FOR = re.compile(
    rf"(?P<b>{NUM})\s+(?:votes?\s+)?against\s*(?:,|and|to|with)\s*(?:with\s+)?"
    rf"(?P<a>{NUM})\s+(?:votes?\s+)?(?:in\s+favou?r|for)\b"
)
# Nouns that name the whole body voting; "12 Democrats voted yes" is a subset, not a side.
TOTAL_NOUNS = frozenset(
    [
        "senators",
        "lawmakers",
        "legislators",
        "members",
        "representatives",
        "mps",
        "councillors",
        "councilors",
        "council",
        "delegates",
        "shareholders",
        "voters",
        "justices",
        "judges",
        "deputies",
        "peers",
        "people",
        "commissioners",
        "trustees",
        "directors",
        "residents",
    ]
)
# A body's own name before its members: "four board members", "the 265 MPs" (a party or
# faction before it, "12 Labour members", names a part and is not read).
_BODY_WORD = (
    r"(?:board|council|committee|city|county|panel|cabinet|senate|house|assembly|executive"
    r"|governing|school|club|union)\s+"
)
_SIDE_VOTED = re.compile(
    rf"(?P<n>{NUM})\s+(?:{_BODY_WORD})?(?:(?P<noun>[a-z]+|MPs|MEPs|MSPs)\s+)?(?:(?:who|that)\s+)?"
    r"(?:had\s+)?"
    rf"(?:voted|vote|cast\s+(?:their\s+)?(?:votes?|ballots?))\s+"
    rf"(?P<side>yes|no|aye|nay|for|against|in\s+favou?r)\b"
)
_SIDE_VOTES = re.compile(
    rf"(?P<n>{NUM})\s+(?:(?P<side>yes|no|aye|nay)\s+votes?|votes?\s+"
    rf"(?P<side2>for|against|in\s+favou?r))\b"
)
_SIDE_SUPPORTED = re.compile(
    rf"(?P<n>{NUM})\s+(?:{_BODY_WORD})?(?:(?P<noun>[a-z]+|MPs|MEPs|MSPs)\s+)?(?:(?:who|that)\s+)?"
    rf"(?P<side>supported|backed|opposed)\s+(?:it|the|this)\b"
)
_SIDE_WORDS: dict[str, Side] = {
    "yes": "for",
    "aye": "for",
    "for": "for",
    "supported": "for",
    "backed": "for",
    "no": "against",
    "nay": "against",
    "against": "against",
    "opposed": "against",
}
_NAME = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|van|von|da|del|bin|al))*"
_AGE_APPOSITIVE = re.compile(
    rf"\b(?P<name>{_NAME}),\s+(?P<n>\d{{1,3}})"
    # Not a figure written with a comma ("On Sunday, 31,400 runners") or a decimal.
    r"(?=,(?!\d)|\s*[.;](?!\d)|\s+(?:said|says|told|who|was|is|has|had|and)\b)"
)
_AGE_PAREN = re.compile(rf"\b(?P<name>{_NAME})\s+\((?P<n>\d{{1,3}})\)")
_AGE_AGED = re.compile(
    r"(?:\baged|,\s+age|\bat\s+the\s+age\s+of)\s+(?P<n>\d{1,3})\b(?!\s*(?:%|per|[-–]\d))"
)
_AGE_YEAR_OLD = re.compile(
    # "then 12-year-old", "came as a seven-year-old", "since she was a 10-year-old": then.
    rf"(?P<then>\bthen[-\s]|\b(?:as|was|were|when)\s+an?\s+)?\b(?P<n>\d{{1,3}}|(?i:{WORD_NUM}))[-\s]years?[-\s]old\b"
    rf"(?:\s+(?P<name>{_NAME}))?"
)
_AGE_IS = re.compile(
    rf"(?:\b(?:who|she|he|and)|,|\b(?P<name>{_NAME}))\s+(?:is|turns|turned|is\s+now)\s+"
    r"(?P<n>\d{1,3})(?:\s+years?\s+old)?(?=\s*[,.;)]|\s+(?:and|but|when|on|this|next|last)\b)"
)
# "Born in 1953, the senator, now 69, is …"
_AGE_NOW = re.compile(r",\s+now\s+(?P<n>\d{1,3}),")
# An obituary's "She was 84." closing its account of the death.
_AGE_WAS = re.compile(r"\b(?:She|He)\s+was\s+(?P<n>\d{1,3})\s*\.(?!\d)")
# Each age pattern with the words a paragraph must hold for it to be tried (none: always).
_AGE_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_AGE_APPOSITIVE, ()),
    (_AGE_PAREN, ("(",)),
    (_AGE_AGED, ("age",)),
    (_AGE_YEAR_OLD, ("year",)),
    (_AGE_IS, (" is ", "turn")),
    (_AGE_NOW, (" now ",)),
    (_AGE_WAS, (" was ",)),
)
_PAST_AGE = re.compile(
    # "then 47", not the "and then" of a sequence of events
    r"\b(?:died|dies|death|dead|killed|late|(?<!and\s)(?<!but\s)(?<!since\s)then|at\s+the\s+time"
    r"|when\s+(?:he|she|they)\s+was"
    r"|at\s+(?:the\s+)?age|obituary|funeral)\b",
    re.I,
)
_BORN = re.compile(
    r"\b(?:[Bb]orn|date\s+of\s+birth)\b[^.;!?\d]{0,50}?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+[^.;!?\d]{0,12})?(?P<y>1[89]\d\d|20\d\d)\b(?![\d%])"
)
# "Born in 1968 in Nairobi, Margaret Oduya …": the person named after the opening clause.
_BORN_OPENING = re.compile(rf"[^.;!?,]{{0,40}},\s+(?P<name>{_NAME})")
# The subject after a longer opening: "Born on March 3, 1938, in El Paso, Texas, to a
# railroad machinist, Ms. Vasquez began piano lessons at 6".
_BORN_SUBJECT = re.compile(
    rf"[^.;!?]{{0,160}}?,\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?P<name>{_NAME})\s+(?:[a-z]+ed|was"
    r"|is|has|had|began|grew|became|went|won|took|made|spent|left|joined|studied|taught|wrote)\b"
)
# A role noun as the subject, the birth its appositive: "The right-armer, born in …",
# "The former Wales captain, who was born in …".
_ROLE_OPENING = re.compile(
    r"\s*The\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z][\w'’-]*),\s+(?:who\s+was\s+)?"
)
_RELATIVE_NOUNS = re.compile(
    r"\b(?:son|daughter|child|children|baby|babies|grandson|granddaughter|grandchild\w*"
    r"|brother|sister|father|mother|wife|husband|twins?|whose|parents?|kids?)\b",
    re.I,
)
FOUNDING = (
    r"founded|established|formed|created|incorporated|opened|built|launched|inaugurated"
    r"|set\s+up|chartered|constructed|completed"
)
_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|spring|summer|autumn|fall|winter|early|late|mid-)"
)
_EVENT_IN = re.compile(
    rf"\b(?P<verb>(?i:{FOUNDING}))\b[^.;!?\d]{{0,40}}?\bin\s+(?:{_MONTH_WORD}\s+)?"
    r"(?P<y>1[0-9]\d\d|20\d\d)\b"
    r"(?![\d%])"
)
# The year first: "In 1962 he and a friend founded the firm", "leaving, in 1962, to found
# the Calder Chamber Ensemble".
_FOUND_BASE = r"found|establish|set\s+up|launch|form|creat|open"
_IN_YEAR_FOUNDED = re.compile(
    r"\b[Ii]n\s+(?P<y>1[0-9]\d\d|20\d\d)\b,?\s+(?P<gap>[^.;!?\d]{0,50}?\s)?"
    rf"(?P<verb>(?:to\s+)?(?:{_FOUND_BASE})(?:ed)?)\b"
    r"(?=\s+(?:(?:the|a|an|its|his|her|their)\s|[A-Z]))"
)
# Founding verbs also used of people and work ("started", "began", "first held"), read only
# with a subject that names an institution or recurring event: "The festival was started
# in 1975", "The race, which began in 1950,", "The race, first run in 1950,", "It was first
# held in 1975".
_FOUNDED_THINGS = (
    r"festival|event|race|marathon|show|fair|carnival|parade|gala|tournament|competition"
    r"|contest|championships?|cup|league|series|club|society|charity|company|firm|business"
    r"|school|college|university|museum|gallery|library|theatre|theater|orchestra|choir|band"
    r"|magazine|newspaper|paper|market|conference|exhibition|awards?|prize|ceremony|tradition"
    r"|programme|program|scheme|campaign|service|restaurant|shop|store|brewery|pub|group"
    r"|organi[sz]ation|association|foundation|institute|centre|center|party|movement|union"
    r"|observatory|station|hospital|clinic|laborator(?:y|ies)|lab|project|survey|study|zoo"
    r"|park|garden|railway|airline|bank|hotel|cinema|studio|charity|trust"
)
_EVENT_STARTED = re.compile(
    rf"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{_FOUNDED_THINGS})"
    r"(?:,?\s+which|\s+that|,)?|\b(?:It|it))\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?"
    r"(?P<verb>(?:first\s+)?(?:started|began|begun)|first\s+(?:held|staged|run|organi[sz]ed))"
    # "began taking daily water temperatures off the coast in 1971": its work, begun then.
    r"\s+(?:life\s+|as\s+[^.;!?\d]{0,30}?|[a-z]+ing\b[^.;!?\d]{0,60}?)?\bin\s+"
    r"(?P<y>1[0-9]\d\d|20\d\d)\b(?![\d%])"
)
# The things a founding verb founds, for the readings that need one named ("opened a
# two-man machine shop on the west side of Dayton in 1925", "110 years since his
# grandfather opened the workshop").
_FOUNDED_OBJECTS = (
    rf"{_FOUNDED_THINGS}|shop|workshop|factory|plant|mill|works|bakery|practice|salon|garage"
    r"|foundry|dairy|farm|stadium|ground|pool|bridge|church|chapel|office|branch|site|venue"
)
# A founding with a long object before its year (the short reach of ``_EVENT_IN`` misses
# it): only a new thing ("a", "his") as the object, and no comma or other clause between.
_EVENT_IN_LONG = re.compile(
    r"\b(?P<verb>(?i:founded|established|opened|set\s+up))\s+(?:a|an|his|her|their)\s+"
    r"(?:(?!of\b)[\w'’-]+\s+){0,4}?"
    rf"(?i:{_FOUNDED_OBJECTS})(?:e?s)?\b(?P<gap>[^.;!?\d,()]{{0,60}}?)\bin\s+"
    rf"(?:{_MONTH_WORD}\s+)?(?P<y>1[0-9]\d\d|20\d\d)\b(?![\d%])"
)
# A span of time between the year and the founding: "In 1996, two years after she founded
# the institute", "founded the lab a decade before moving to Oslo in 2004": the year is of
# another event, the founding some years off it.
_GAP_SHIFT = re.compile(
    rf"\b(?:(?:{NUM}|a|an|several|some|few)\s+(?:years?|months?|decades?)|the\s+(?:year|decade))"
    r"\s+(?:after|before|later|earlier|on)\b",
    re.I,
)
# Words that start another clause inside the gap: "opened a shop on Main Street and moved
# to Elm Street in 1990" is not a founding in 1990.
_GAP_CLAUSE = re.compile(r"\b(?:and|but|then|before|after|until|which|who|when|where|while)\b")
_EVENT_SINCE = re.compile(
    # "since its founding in 1875", "the 150th anniversary of its founding in 1875"
    r"\b(?:since|after|with|of)\s+(?:its|their|the)\s+(?P<verb>founding|foundation|creation"
    r"|establishment|inception|opening|launch)\s+in\s+(?P<y>1[0-9]\d\d|20\d\d)\b(?![\d%])"
    r"|\((?P<verb2>founded|established|est\.)\s+(?P<y2>1[0-9]\d\d|20\d\d)\)"
)
_YEARS_AGO = re.compile(
    # "opened their doors 90 years ago", "was set up by three nurses 25 years ago"
    rf"\b(?P<verb>{FOUNDING})\s+(?:(?:its|their|the|his|her)\s+(?:first\s+)?doors\s+"
    r"|for\s+business\s+|by\s+[^.;!?\d]{0,40}?\s)?"
    rf"(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM}|a|half\s+a)\s+"
    r"(?P<u>years?|decades?|centur(?:y|ies))\s+ago\b"
)
# A first event at a place, "N years ago": "Mill Lane staged its first match 87 years ago",
# "the hall hosted its first concert two decades ago". Read against a start the article
# gives ("the ground they have called home since 1931"), by FC406.
_FIRST_AGO = re.compile(
    r"\b(?P<verb>staged|hosted|held|played|saw|welcomed|put\s+on)\s+(?:its|their|the)\s+"
    r"(?:very\s+)?first\s+(?:[\w'’-]+\s+){0,2}?(?:match|game|fixture|race|meeting|concert|show"
    r"|performance|service|season|event|festival|screening|production)(?:es|s)?\b"
    r"(?:\s+(?:there|here))?\s+"
    rf"(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM}|a|half\s+a)\s+"
    r"(?P<u>years?|decades?|centur(?:y|ies))\s+ago\b"
)
# Where a club, a company or an event has been since a year: "the ground they have called
# home since 1931", "its home since 1931". Paired only with a first event "N years ago".
_HOME_SINCE = re.compile(
    rf"\bhome\s+since\s+(?:{_MONTH_WORD}\s+)?(?P<y>1[0-9]\d\d|20\d\d)\b(?![\d%])"
)
_ANNIVERSARY = re.compile(
    rf"\b(?P<n>\d{{1,3}}(?:st|nd|rd|th)|(?i:{ORDINAL_WORD}))\s+(?:anniversary|birthday)\b"
    r"|\b(?P<w>centenary|centennial|bicentenary|bicentennial|sesquicentennial|semicentennial"
    r"|tercentenary|(?:silver|golden|diamond)\s+(?:jubilee|anniversary))\b"
    rf"|\b(?P<since>{NUM})\s+years\s+since\s+(?:its|their|the)\s+(?:founding|foundation"
    r"|creation|establishment|inception|opening|launch)\b"
    # "is celebrating 40 years in business", "marks 50 years of service"
    # "ends 130 years of papermaking", "after 50 years of trading"
    rf"|\b(?:celebrat\w+|mark(?:s|ed|ing)?|end(?:s|ed|ing)?|clos(?:es|ed|ing)|after)\s+"
    rf"(?P<years>{NUM})\s+years\s+(?:in\s+business|of\s+(?:service|trading|business"
    r"|operation|production|[a-z]+making|brewing|mining|publishing|manufacturing))\b"
    # "To mark its 140 years, the museum …", "is celebrating its 40 years in Leeds": the
    # years of a thing ("its"), closing the phrase or of its existence, not "as" or "under"
    rf"|\b(?:celebrat\w+|mark(?:s|ed|ing)?)\s+its\s+(?P<its>{NUM})\s+years\b"
    r"(?=\s*[,.;]|\s+(?:of\s+(?:existence|history)|in\s+(?:business|[A-Z])|with|this|on)\b)"
)
_ANNIVERSARY_KEYS = (
    "anniversar",
    "birthday",
    "centen",
    "jubilee",
    "sesquicent",
    "semicent",
    "tercent",
    "since",
    "celebrat",
    "mark",
    "end",
    "clos",
    "after",
)
# A bare count of years marked, the thing its subject: "Rheinklang is marking 50 years
# with an anniversary programme", "The bakery celebrates 40 years this month", "It marks
# 25 years on Friday". Not "25 years with the club" of a person (FC406 checks the subject),
# nor "50 years of marriage", "years since", "years in office", "years at the helm".
_MARKING_YEARS = re.compile(
    r"\b(?P<subject>[\w'’-]+),?\s+(?P<verb>(?:is|are)\s+(?:celebrating|marking)|celebrates"
    rf"|marks)\s+(?P<n>{NUM})\s+years(?=\s*[.,;]|\s+(?:with|and|in\s+style|this\s+(?:year"
    r"|month|week|weekend|summer|spring|autumn))\b|\s+on\s+[A-Z\d])"
)
_NOT_THING_SUBJECTS = frozenset(
    ["He", "She", "They", "We", "I", "You", "he", "she", "they", "we", "I", "you", "who", "couple"]
)
# What someone founds that the article's founding is likely of ("his grandfather opened
# the workshop"); not a campaign, a project or an inquiry someone launched.
_BUSINESSES = (
    r"company|firm|business|shop|workshop|factory|plant|mill|works|bakery|store|restaurant"
    r"|brewery|pub|hotel|practice|salon|garage|foundry|dairy|farm|school|club|charity|choir"
    r"|orchestra|band|newspaper|magazine|theatre|theater|museum|gallery|studio|clinic|society"
)
_WORDS_0_3 = r"(?:[\w'’-]+\s+){0,3}?"
# "50 years since the pool opened" (a thing opened), "110 years since his grandfather
# opened the workshop" (someone founded a thing): a founding told as a clause.
_SINCE_FOUNDED = re.compile(
    rf"\b(?P<n>{NUM})\s+years\s+since\s+(?:(?P<thing>{_WORDS_0_3}(?i:{_FOUNDED_OBJECTS})"
    r"(?:e?s)?\s+(?:(?:was|were)\s+)?(?:first\s+)?(?:opened|founded|established|built|set\s+up"
    rf"|launched|inaugurated))|{_WORDS_0_3}(?:founded|opened|established|set\s+up|launched"
    rf"|started)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?i:{_BUSINESSES})(?:e?s)?)\b"
)
# A founded thing's age: "Breede Park, built in 1972 and now 53 years old", "The stadium,
# which opened in 1972, is now 53 years old" (a participle or relative clause of the thing:
# "Smith, who opened the shop in 1972, is now 78" is a person's age, not read here).
_THING_AGE = re.compile(
    rf"(?:,\s*|\b(?:which|that)\s+(?:(?:was|were)\s+)?|\b(?:was|were)\s+)(?:first\s+)?"
    rf"(?:{FOUNDING})(?:\s+by\s+[^,.;!?\d]{{1,40}}?)?\s+in\s+(?:{_MONTH_WORD}\s+)?"
    r"(?:1[0-9]\d\d|20\d\d)(?:\s*,\s*(?:is|are)\s+|\s*,\s*|\s+and\s+(?:is\s+|are\s+)?)"
    rf"(?:now\s+)?(?P<n>{NUM})\s+years?\s+old\b"
)
# "65 years since the last train ran", "nearly six decades after the fire".
_ELAPSED = re.compile(
    rf"\b(?P<n>{NUM}|(?i:a|half\s+a))\s+(?P<u>years?|decades?|centur(?:y|ies))\s+"
    r"(?P<rel>since|after)\b"
)
# What makes "a year since" a rate: "7 percent a year since 2019", "twice a year since".
_RATE_BEFORE = re.compile(
    r"(?:\d|%|\bper\s?cent|\bpercent|\bpoints?|\btwice|\bonce|\bthrice|\btimes|\bmillion"
    r"|\bbillion|\bthousand|\bhundred|\d(?:bn|m|k))\s*$",
    re.I,
)
_ELAPSED_UNIT = re.compile(r"(?:years?|decades?|centur(?:y|ies))\s+(?:since|after)\b")
# "Thirty-one years on, it has doubled in size", "Now, two decades on, the site …": a span
# from the event the text has just told, opening its sentence (a sentence-opening "Now" or
# "Today" may come first), not "ten years on the board".
_YEARS_ON = re.compile(
    rf"\b(?P<n>{NUM}|(?i:a|half\s+a))\s+(?P<u>years?|decades?)\s+(?P<rel>on)\s*,"
)
_YEARS_ON_OPENING = re.compile(
    rf"\s*[\"“‘']?(?:(?:[Nn]ow|[Tt]oday|[Aa]nd|[Bb]ut|[Ss]o),?\s+)?(?:(?:{QUAL})\s+)?$"
)
_VOTE_WORD = re.compile(r"\bvotes?\b")
# A vote's margin: "a lead of 412 votes", "a 357-vote majority", "won by 357 votes".
_MARGIN_NUM = rf"(?:(?:{QUAL})\s+|(?i:just|only|merely|a\s+mere)\s+)?(?P<n>{NUM})"
_NOT_TALLY = r"(?!\s+(?:to|against|in\s+favou?r)\b|\s*[-–])"
_MARGINS = [
    re.compile(rf"\b(?i:lead|majority|margin)\s+of\s+{_MARGIN_NUM}\s+votes?\b{_NOT_TALLY}"),
    re.compile(rf"(?P<n>{NUM})[-\s]votes?\s+(?i:lead|majority|margin|win|victory)\b"),
    re.compile(
        r"\b(?i:won|wins?|winning|carried|passed|lost|lose|loses|losing|defeated|prevailed"
        r"|approved|rejected|beat|beaten|ahead)\b(?:\s+[\w'’-]+){0,6}?\s+by\s+"
        rf"{_MARGIN_NUM}\s+votes?\b{_NOT_TALLY}"
    ),
    re.compile(rf"(?P<n>{NUM})\s+votes?\s+(?:ahead|clear)\b"),
]
# A majority in seats: "a 12-seat majority", "a majority of 12 seats".
_SEAT_MARGINS = [
    re.compile(rf"(?P<n>{NUM})[-\s]seats?\s+(?i:majority)\b"),
    re.compile(rf"\b(?i:majority)\s+of\s+{_MARGIN_NUM}\s+seats?\b"),
]
_SEAT_WORD = re.compile(r"\bseats?\b")
# A margin with no unit, read only beside a tally: "335-260, a margin of 85".
_BARE_END = (
    r"(?![.,]\d|\s*(?:%|per|points?\b|seats?\b|[-–]))(?=\s*(?:[,.;:)—–]|$)|\s+(?:over|on|in|for"
    r"|with|and|from|among|between)\b)"
)
_BARE_MARGINS = [
    re.compile(rf"\b(?i:lead|majority|margin)\s+of\s+{_MARGIN_NUM}{_BARE_END}"),
    re.compile(
        r"\b(?i:won|wins?|winning|carried|passed|lost|defeated|prevailed|approved|rejected"
        rf"|beat|beaten|ahead)\s+by\s+{_MARGIN_NUM}{_BARE_END}"
    ),
]
# Verbs that make a score-like pair a tally when the paragraph is about a vote.
_WON_LOST = re.compile(r"\b(?:won|lost|beat|carried|split|scraped|edged|backed|went)\b", re.I)
_NAMED_ANNIVERSARIES: dict[str, int] = {
    "centenary": 100,
    "centennial": 100,
    "bicentenary": 200,
    "bicentennial": 200,
    "sesquicentennial": 150,
    "semicentennial": 50,
    "tercentenary": 300,
    "silver": 25,
    "golden": 50,
    "diamond": 60,
}
_COUNT = re.compile(rf"(?P<num>{NUM})(?:\s+(?P<noun>[a-z][a-z-]+))?")
# Words after an attributive amount that end the thing's name: "the $3.8 billion bridge over".
_THING_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "over",
        "across",
        "into",
        "under",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "has",
        "have",
        "had",
        "its",
        "their",
        "this",
        "these",
        "those",
        "it",
        "as",
        "than",
        "per",
        "each",
        "deal",
    ]
)
GENERIC_THINGS = frozenset(
    [
        "amount",
        "sum",
        "figure",
        "total",
        "number",
        "price",
        "cost",
        "value",
        "budget",
        "increase",
        "rise",
        "cut",
        "loss",
        "profit",
        "revenue",
        "sales",
        "income",
        "earnings",
        "deficit",
        "surplus",
        "spending",
        "payment",
        "salary",
        "wage",
        "fee",
        "fine",
        "bonus",
        "year",
        "years",
        "plan",
    ]
)
_ATTRIBUTIVE_AFTER = re.compile(r"(?:-|\s)+(?P<words>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|this|that)\s+(?:(?:" + QUAL + r")\s+)?$", re.I)
_PREDICATE_BEFORE = re.compile(
    r"\b(?:the|its|their|this|that)\s+(?P<words>(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*?)"
    r"(?:['’]s)?(?:,?\s+which)?\s+(?:(?:will|would|could|is|was|has|had|eventually|finally"
    r"|ultimately|expected\s+to|set\s+to|going\s+to)\s+)*(?:cost|costs|costing|worth"
    r"|valued\s+at|priced\s+at)\s+(?:(?:" + QUAL + r")\s+)?$",
    re.I,
)
_WINDOW = 90
_VOTE_KEYS = (
    "vot",
    "favo",
    "against",
    "support",
    "backed",
    "opposed",
    "pass",
    "approv",
    "reject",
    "defeat",
    "fail",
    "confirm",
    "ballot",
    "tally",
    "carried",
    "adopt",
    "amendment",
    "motion",
    "bill",
    "resolution",
    "majority",
    "margin",
)
_PERCENT_KEYS = ("%", "cent", "point")
_EVENT_KEYS = (
    "found",
    "establish",
    "form",
    "creat",
    "incorporat",
    "open",
    "built",
    "launch",
    "inaugurat",
    "set up",
    "charter",
    "construct",
    "complet",
    "est.",
    "start",
    "began",
    "begun",
    "first held",
    "first staged",
    "first run",
    "first organi",
)
_ANNIVERSARY_KEYS = (
    "anniversar",
    "birthday",
    "centen",
    "jubilee",
    "since",
    "sesqui",
    "years ",
    "years,",
    "years.",
)


class NumberMention(BaseModel):
    """A quantity in the body text: its value, how precisely it was stated, what it counts."""

    model_config = ConfigDict(frozen=True)

    kind: NumberKind
    start: int = Field(description="Start of the figure itself, currency sign included.")
    end: int
    sentence: int
    value: float = Field(description="Money in units, percent as a percentage, years as years.")
    value2: float | None = Field(default=None, description="A tally's second figure.")
    precision: float = Field(default=1.0, description="The unit of the last stated digit.")
    qualifier: Qualifier | None = None
    unit: str | None = Field(default=None, description='Currency code, "%", "points" or a noun.')
    thing: tuple[str, ...] | None = Field(
        default=None, description='Money: the words naming what costs it ("bridge").'
    )
    thing_form: Literal["attributive", "predicate"] | None = None
    side: Side | None = Field(default=None, description="Tally: which side `value` is.")
    sides_known: bool = False
    event: str | None = Field(default=None, description='The founding verb, or "born".')
    person: str | None = Field(default=None, description="Surname an age or birth year is of.")
    full_name: str | None = Field(
        default=None, description='The name as written there: "Daniel Kiptoo" or "Kiptoo".'
    )
    past: bool = Field(default=False, description="An age given for some past moment.")


_DIGIT_HYPHEN = re.compile(r"(?<=\d)-(?=[a-z])")  # "468-million"


def parse_number(raw: str) -> tuple[float, float]:
    """(value, precision) of a NUM match: "2.7 million" -> (2_700_000, 100_000)."""
    words = _DIGIT_HYPHEN.sub(" ", raw.lower().replace(",", "")).split()
    scale = 1.0
    if words and words[-1] in SCALES and len(words) > 1:
        scale = SCALES[words.pop()]
    base = " ".join(words)
    if base in ("a", "an"):
        return scale, scale
    if base and (base[0].isdigit()):
        decimals = len(base.split(".", 1)[1]) if "." in base else 0
        return float(base) * scale, 10.0**-decimals * scale
    total = 0
    for part in base.replace("-", " ").split():
        total += WORD_VALUES.get(part, 0)
    return float(total) * scale, scale


def qualifier_before(text: str, start: int, floor: int) -> Qualifier | None:
    match = _QUAL_BEFORE.search(text, max(floor, start - 24), start)
    if match is None:
        return None
    return QUALIFIERS[" ".join(match.group("q").lower().split())]


def interval(value: float, precision: float, qualifier: Qualifier | None) -> tuple[float, float]:
    """The values a stated figure is consistent with, given its rounding and its hedge."""
    half = precision / 2
    loose = max(2 * half, 0.05 * abs(value))
    if qualifier == "about":
        return value - loose, value + loose
    if qualifier == "nearly":
        return value - max(loose, 0.1 * abs(value)), value + half
    if qualifier == "more":
        return value - half, float("inf")
    if qualifier == "less":
        return float("-inf"), value + half
    return value - half, value + half


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def sentence_bounds(
    sentence_of: Callable[[int], int], block: Block, offset: int
) -> tuple[int, int]:
    """The sentence around ``offset``, clipped to its block (binary search on sentence_of)."""
    idx = sentence_of(offset)
    lo, hi = block.start, offset
    while lo < hi:
        mid = (lo + hi) // 2
        if sentence_of(mid) < idx:
            lo = mid + 1
        else:
            hi = mid
    start = lo
    lo, hi = offset, block.end
    while lo < hi:
        mid = (lo + hi) // 2
        if sentence_of(mid) <= idx:
            lo = mid + 1
        else:
            hi = mid
    return start, lo


_NOT_NAMES: set[str] = set(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "They",
        "It",
        "His",
        "Her",
        "Their",
        "Its",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "But",
        "And",
        "When",
        "After",
        "Before",
        "Since",
        "While",
        "As",
        "If",
        "This",
        "That",
        "These",
        "Those",
        "Born",
        "Aged",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "I",
        "We",
        "Our",
    ]
)
_NOT_NAMES |= {w.capitalize() for w in (*MONTHS, *WEEKDAYS)}
_NAME_SEQ = re.compile(_NAME)
_POSSESSIVE = re.compile(r"['’]s?$")


def surname_in(text: str, start: int, end: int) -> str | None:
    """The last word of the last capitalised name in text[start:end], if any."""
    found = name_in(text, start, end)
    return found.split()[-1] if found else None


_SPEECH_BETWEEN = re.compile(
    r"\b(?:said|says|told|tells|added|argued|claimed|explained|described)\b"
)
# A capitalised word after a preposition of place or a possessive is no person: "died in
# Edinburgh", "at her Oamaru home".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|his|her|their|its|our)\s+\Z")
# A sentence whose subject is a name with an appositive, its verb after the closing comma:
# "Alun Pritchard, the winger who …, has died aged 84", "Margaret Halloran, known to everyone
# as Peg, was born …". The appositive opens with an
# article, a relative or a role word, so a list of names ("Smith, Jones and …") is not one.
_APPOSITIVE_SUBJECT = re.compile(
    rf"\s*(?P<name>{_NAME}),\s+(?:the|a|an|who|whose|now|once|formerly|himself|herself|known"
    r"|called|nicknamed|dubbed)\s"
    r"[^;:!?\"“”]{0,240}?,\s+(?:has|had|have|is|was|will|would|died|dies|remains|became)\b"
)
_CLOSING_QUOTES = ('"', "”")
# Capitalised words that open a sentence without naming its subject: "However, the club …".
_OPENERS = frozenset(
    [
        "However",
        "Meanwhile",
        "Yesterday",
        "Today",
        "Tonight",
        "Now",
        "Instead",
        "Still",
        "Also",
        "Overall",
        "Separately",
        "Elsewhere",
        "Later",
        "Earlier",
        "Indeed",
        "Nevertheless",
        "Nonetheless",
        "Then",
        "Here",
        "There",
        "Yet",
    ]
)
# A closing quotation mark: a comma, full stop or bracket before it, then the speaker.
_QUOTE_CLOSED = re.compile(r"\s+(?:the|a|an|he|she|said|says|added|[A-Z])")


def name_first_in(text: str, start: int, end: int) -> str | None:
    """The first capitalised name in text[start:end], as ``name_in`` reads one."""
    for match in _NAME_SEQ.finditer(text, start, end):
        found = name_in(text, match.start(), match.end())
        if found:
            return found
    return None


def name_in(text: str, start: int, end: int) -> str | None:
    """The last capitalised name in text[start:end] as written, titles and possessive
    dropped: "his brother Elijah Kiptoo's" -> "Elijah Kiptoo"."""
    found: str | None = None
    for match in _NAME_SEQ.finditer(text, start, end):
        if _PLACE_BEFORE.search(text, max(start, match.start() - 6), match.start()):
            continue  # "died in Edinburgh, aged 86": a place, not the person
        if text.startswith(":", match.end()):
            continue  # "Died: 3 October 2019": a label
        words = [w for w in match.group(0).split() if w not in _NOT_NAMES]
        if words and words[-1][0].isupper():
            words[-1] = _POSSESSIVE.sub("", words[-1])
            found = " ".join(w for w in words if w[0].isupper())
    return found


class _Finder:
    """Collects mentions for one block, keeping figures from being read twice."""

    def __init__(
        self,
        text: str,
        block: Block,
        sentence_of: Callable[[int], int],
        published: dt.date | None,
        votes_in_article: bool = False,
    ) -> None:
        self.text = text
        self.block = block
        self.votes_in_article = votes_in_article
        self.sentence_of = sentence_of
        self.published = published
        self.taken: list[tuple[int, int]] = [
            (m.start(), m.end()) for m, _ in date_spans(text, block)
        ]
        self.out: list[NumberMention] = []
        self._vote_block: bool | None = None

    def free(self, start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in self.taken)

    def add(self, mention: NumberMention) -> None:
        self.taken.append((mention.start, mention.end))
        self.out.append(mention)

    def finditer(self, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        return pattern.finditer(self.text, self.block.start, self.block.end)

    def sentence_text(self, offset: int) -> tuple[int, int, str]:
        start, end = sentence_bounds(self.sentence_of, self.block, offset)
        return start, end, self.text[start:end]

    def person_before(self, offset: int) -> str | None:
        """Whose age or birth this is: the last name before it in the sentence, or, after a
        pronoun opening the sentence, the last name of the sentence before (as written:
        "Daniel Kiptoo" or "Kiptoo"). A sentence that opens with a name and an appositive
        ("Alun Pritchard, the winger who played for Glamorgan Town, has died aged 84") is
        of that name; names quoted before the figure ("'Eighteen months ago …,' the
        29-year-old said") are someone's words, not the person."""
        s_start, _, sentence = self.sentence_text(offset)
        subject = _APPOSITIVE_SUBJECT.match(self.text, s_start, offset)
        if (
            subject is not None
            and not _SPEECH_BETWEEN.search(self.text, subject.end(), offset)
            and name_in(self.text, subject.end(), offset) is None  # "… has named Jones, 29"
        ):
            name = name_in(subject.group("name"), 0, len(subject.group("name")))
            if name is not None and name not in _OPENERS and not name.endswith("ly"):
                return name
        # After a quotation the speaker follows it: look only past its closing mark.
        quoted = max(self.text.rfind(q, s_start, offset) for q in _CLOSING_QUOTES)
        if quoted >= 0 and _QUOTE_CLOSED.match(self.text, quoted + 1):
            s_start = quoted + 1
        between_name = name_in(self.text, s_start, offset)
        if between_name is not None:
            # "Mark Ellery said the 46-year-old had …": the speaker speaks of someone else.
            last = self.text.rfind(between_name.split()[-1], s_start, offset)
            if _SPEECH_BETWEEN.search(self.text, last, offset):
                return None
            return between_name
        if re.match(r"\s*(?:He|She|They)\b", sentence) and s_start > self.block.start:
            # The pronoun stands for the subject the sentence before opens with.
            return name_first_in(
                self.text, *sentence_bounds(self.sentence_of, self.block, s_start - 1)
            )
        return None

    def run(self) -> list[NumberMention]:
        # Cheap keyword gates: most paragraphs have no vote, birth or anniversary in them.
        lowered = self.text[self.block.start : self.block.end].lower()
        if any(k in lowered for k in _VOTE_KEYS) or (
            self.votes_in_article and ("majority" in lowered or "margin" in lowered)
        ):
            self._tallies()
            self._sides()
            self._margins()
        self._money()
        if any(k in lowered for k in _PERCENT_KEYS):
            self._percents()
        if " old" in lowered and any(k in lowered for k in _EVENT_KEYS):
            self._thing_ages()
        self._ages()
        if "born" in lowered or "birth" in lowered:
            self._births()
        if any(k in lowered for k in _EVENT_KEYS) or "home since" in lowered or " ago" in lowered:
            self._events()
        if any(k in lowered for k in _ANNIVERSARY_KEYS):
            self._anniversaries()
        if "since" in lowered or "after" in lowered:
            self._elapsed()
        if "s on," in lowered:
            self._years_on()
        self._counts()
        return self.out

    def _tallies(self) -> None:
        for pattern in (_TALLY_FOR_AGAINST, _TALLY_AGAINST_FOR):
            for m in self.finditer(pattern):
                if not self.free(m.start(), m.end()):
                    continue
                yes, no = parse_number(m.group("a"))[0], parse_number(m.group("b"))[0]
                self._add_tally(m, yes, no, side_known=True)
        for pattern in (_TALLY_VOTES_TO, _TALLY_VERB_TO, _TALLY_DASH):
            for m in self.finditer(pattern):
                if not self.free(m.start("a"), m.end()):
                    continue
                _, _, sentence = self.sentence_text(m.start())
                # "backed the strike by 412 to 388": a voting verb with "by … to …" is one.
                by_tally = pattern is _TALLY_VERB_TO and " by " in m.group(0)
                if (
                    not by_tally
                    and not _VOTE_CONTEXT.search(sentence)
                    and not (_WON_LOST.search(sentence) and self.vote_block())
                ):
                    continue  # a score, a range or a season, not a vote
                a, b = parse_number(m.group("a"))[0], parse_number(m.group("b"))[0]
                passed, failed = bool(_PASSED.search(sentence)), bool(_FAILED.search(sentence))
                if passed != failed:
                    yes, no = (max(a, b), min(a, b)) if passed else (min(a, b), max(a, b))
                    self._add_tally(m, yes, no, side_known=True)
                else:
                    self._add_tally(m, a, b, side_known=False)

    def vote_block(self) -> bool:
        """Whether the paragraph speaks of a vote ("councillors voted", "the motion")."""
        if self._vote_block is None:
            self._vote_block = bool(
                _VOTE_CONTEXT.search(self.text, self.block.start, self.block.end)
            )
        return self._vote_block

    def _add_tally(self, m: re.Match[str], yes: float, no: float, *, side_known: bool) -> None:
        start = m.start("a") if m.re is _TALLY_VERB_TO else m.start()
        self.add(
            NumberMention(
                kind="tally",
                start=start,
                end=m.end(),
                sentence=self.sentence_of(start),
                value=yes,
                value2=no,
                side="for" if side_known else None,
                sides_known=side_known,
                unit="votes",
            )
        )

    def _sides(self) -> None:
        for pattern in (_SIDE_VOTED, _SIDE_VOTES, _SIDE_SUPPORTED):
            for m in self.finditer(pattern):
                n_start, n_end = m.start("n"), m.end("n")
                if not self.free(n_start, n_end):
                    continue
                noun = m.groupdict().get("noun")
                noun = noun.lower() if noun else None
                if noun in ("who", "that", "had"):
                    noun = None
                if noun is not None and noun not in TOTAL_NOUNS:
                    continue
                side_word = (m.group("side") or m.groupdict().get("side2") or "").lower()
                side = _SIDE_WORDS.get(side_word.split()[0], "for")
                value, precision = parse_number(m.group("n"))
                self.add(
                    NumberMention(
                        kind="vote_side",
                        start=n_start,
                        end=n_end,
                        sentence=self.sentence_of(n_start),
                        value=value,
                        precision=precision,
                        qualifier=qualifier_before(self.text, n_start, self.block.start),
                        side=side,
                        unit=noun,
                    )
                )

    def _near(
        self, anchor: re.Pattern[str], pattern: re.Pattern[str], before: int, after: int
    ) -> Iterator[re.Match[str]]:
        """Matches of a costly ``pattern`` looked for only around the hits of a cheap
        ``anchor`` (each match once)."""
        done: set[int] = set()
        for hit in self.finditer(anchor):
            lo = max(self.block.start, hit.start() - before)
            hi = min(self.block.end, hit.end() + after)
            for m in pattern.finditer(self.text, lo, hi):
                if m.start() not in done:
                    done.add(m.start())
                    yield m

    def _margins(self) -> None:
        tally_sentences = {m.sentence for m in self.out if m.kind == "tally"}
        for pattern in _MARGINS + _BARE_MARGINS:
            if pattern in _BARE_MARGINS:
                if tally_sentences:
                    found: Iterable[re.Match[str]] = (
                        m
                        for m in self.finditer(pattern)
                        if self.sentence_of(m.start()) in tally_sentences
                    )
                elif self.votes_in_article and pattern is _BARE_MARGINS[0]:
                    # "won with a majority of 1,745": an election story's margin, in votes
                    # though the word is not repeated; FC408 still needs a tally to judge it.
                    found = self.finditer(pattern)
                else:
                    break
            else:
                found = self._near(_VOTE_WORD, pattern, 90, 30)
            for m in found:
                n_start, n_end = m.start("n"), m.end("n")
                if not self.free(n_start, n_end):
                    continue
                value, precision = parse_number(m.group("n"))
                if value <= 0:
                    continue
                self.add(
                    NumberMention(
                        kind="margin",
                        start=n_start,
                        end=n_end,
                        sentence=self.sentence_of(n_start),
                        value=value,
                        precision=precision,
                        qualifier=qualifier_before(self.text, n_start, self.block.start),
                        unit="votes",
                    )
                )
        for pattern in _SEAT_MARGINS:
            for m in self._near(_SEAT_WORD, pattern, 40, 30):
                n_start, n_end = m.start("n"), m.end("n")
                value, precision = parse_number(m.group("n"))
                if value <= 0 or not self.free(n_start, n_end):
                    continue
                self.add(
                    NumberMention(
                        kind="margin",
                        start=n_start,
                        end=n_end,
                        sentence=self.sentence_of(n_start),
                        value=value,
                        precision=precision,
                        qualifier=qualifier_before(self.text, n_start, self.block.start),
                        unit="seats",
                    )
                )

    def _money(self) -> None:
        for pattern in (_MONEY_PREFIX, _MONEY_SUFFIX):
            for m in self.finditer(pattern):
                if not self.free(m.start(), m.end()):
                    continue
                num = m.group("num").replace(",", "")
                decimals = len(num.split(".", 1)[1]) if "." in num else 0
                scale_word = m.group("scale") or m.groupdict().get("abbr") or ""
                scale = SCALES.get(scale_word.lower(), 1.0)
                thing, form = self._thing(m.start(), m.end())
                self.add(
                    NumberMention(
                        kind="money",
                        start=m.start(),
                        end=m.end(),
                        sentence=self.sentence_of(m.start()),
                        value=float(num) * scale,
                        precision=10.0**-decimals * scale,
                        qualifier=qualifier_before(self.text, m.start(), self.block.start),
                        unit=CURRENCIES.get(m.group("cur").lower(), m.group("cur")),
                        thing=thing,
                        thing_form=form,
                    )
                )

    def _thing(
        self, start: int, end: int
    ) -> tuple[tuple[str, ...] | None, Literal["attributive", "predicate"] | None]:
        """What the amount measures, when named definitely: "the $3.8 billion bridge"
        (attributive) or "the bridge cost $4.2 billion" (predicate)."""
        floor = max(self.block.start, start - _WINDOW)
        if _DEFINITE_BEFORE.search(self.text, floor, start):
            after = _ATTRIBUTIVE_AFTER.match(self.text, end, min(self.block.end, end + 60))
            if after is not None:
                words: list[str] = []
                for word in after.group("words").lower().split():
                    if word in _THING_STOP:
                        break
                    words.append(word)
                if words:
                    return tuple(words), "attributive"
        before = _PREDICATE_BEFORE.search(self.text, floor, start)
        if before is not None:
            words = before.group("words").lower().split()
            if not any(w in _THING_STOP for w in words):
                return tuple(words), "predicate"
        return None, None

    def _percents(self) -> None:
        for m in self.finditer(_PERCENT):
            if not self.free(m.start(), m.end()):
                continue
            value, precision = parse_number(m.group("num"))
            self.add(
                NumberMention(
                    kind="percent",
                    start=m.start(),
                    end=m.end(),
                    sentence=self.sentence_of(m.start()),
                    value=value,
                    precision=precision,
                    qualifier=qualifier_before(self.text, m.start(), self.block.start),
                    unit="points" if m.group("pts") else "%",
                )
            )

    def _ages(self) -> None:
        lowered = self.text[self.block.start : self.block.end].lower()
        for pattern, keys in _AGE_PATTERNS:
            if keys and not any(k in lowered for k in keys):
                continue  # a cheap gate: most paragraphs give no age in this form
            for m in self.finditer(pattern):
                n_start, n_end = m.start("n"), m.end("n")
                if not self.free(n_start, n_end):
                    continue
                value = parse_number(m.group("n"))[0]
                if not 1 <= value <= 120:
                    continue
                name = m.groupdict().get("name")
                full = name_in(name, 0, len(name)) if name else None
                if full is None:
                    full = self.person_before(m.start())
                person = full.split()[-1] if full else None
                _, _, sentence = self.sentence_text(n_start)
                past = bool(m.groupdict().get("then")) or bool(_PAST_AGE.search(sentence))
                self.add(
                    NumberMention(
                        kind="age",
                        start=n_start,
                        end=n_end,
                        sentence=self.sentence_of(n_start),
                        value=value,
                        person=person,
                        full_name=full,
                        past=past,
                    )
                )

    def _births(self) -> None:
        for m in self.finditer(_BORN):
            y_start, y_end = m.start("y"), m.end("y")
            s_start, _, _ = self.sentence_text(m.start())
            full = self.person_before(m.start())
            if full is None and not self.text[s_start : m.start()].strip():
                opening = _BORN_OPENING.match(self.text, y_end, self.block.end)
                subject = _BORN_SUBJECT.match(self.text, y_end, self.block.end)
                if subject is not None:
                    full = name_in(subject.group("name"), 0, len(subject.group("name")))
                elif opening is not None:
                    full = name_in(opening.group("name"), 0, len(opening.group("name")))
                # "Born in 1942, she …": whose birth is not told here.
                full = full or "?"
            elif full is None and s_start > self.block.start:
                full = self._role_subject(s_start, m.start())
            person = full.split()[-1] if full else None
            # "Ortiz, whose son was born in 2010": the birth is somebody else's ("Ortiz,
            # whose date of birth was given as …" is his own).
            relative = _RELATIVE_NOUNS.search(self.text, s_start, m.start())
            own = (
                relative is not None
                and relative.group().lower() == "whose"
                and (m.group().lower().startswith("date"))
            )
            if relative is not None and not own:
                person = full = "?"
            self.taken.append((y_start, y_end))
            self.out.append(
                NumberMention(
                    kind="birth_year",
                    start=y_start,
                    end=y_end,
                    sentence=self.sentence_of(y_start),
                    value=float(m.group("y")),
                    event="born",
                    person=person,
                    full_name=full,
                )
            )

    def _role_subject(self, s_start: int, born: int) -> str | None:
        """Whom "The right-armer, born in Hobart on 14 June 1996, has …" is of: a role
        noun as the subject stands for the person the sentence before opens with."""
        role = _ROLE_OPENING.fullmatch(self.text, s_start, born)
        if role is None:
            return None
        if re.fullmatch(rf"(?:{_FOUNDED_OBJECTS})", role.group("noun"), re.I):
            return "?"  # "The company, born out of a merger in 1990, …": no person's birth
        return name_first_in(self.text, *sentence_bounds(self.sentence_of, self.block, s_start - 1))

    def _events(self) -> None:
        patterns = (_EVENT_IN, _EVENT_SINCE, _EVENT_STARTED, _IN_YEAR_FOUNDED, _EVENT_IN_LONG)
        for pattern in patterns:
            for m in self.finditer(pattern):
                if pattern is _EVENT_IN_LONG and _GAP_CLAUSE.search(m.group("gap")):
                    continue  # "opened a shop on Main Street and moved … in 1990"
                gap = m.group("gap") if "gap" in pattern.groupindex else m.group()
                if gap and _GAP_SHIFT.search(gap):
                    continue  # "In 1996, two years after she founded …": not its year
                group = "y" if m.group("y") else "y2"
                if any(e.kind == "event_year" and e.start == m.start(group) for e in self.out):
                    continue
                verb = m.group("verb") or m.groupdict().get("verb2") or ""
                self.taken.append((m.start(group), m.end(group)))
                self.out.append(
                    NumberMention(
                        kind="event_year",
                        start=m.start(group),
                        end=m.end(group),
                        sentence=self.sentence_of(m.start(group)),
                        value=float(m.group(group)),
                        event=verb.lower(),
                    )
                )
        if "home since" in self.text[self.block.start : self.block.end].lower():
            for m in self.finditer(_HOME_SINCE):
                if any(e.kind == "event_year" and e.start == m.start("y") for e in self.out):
                    continue
                self.taken.append((m.start("y"), m.end("y")))
                self.out.append(
                    NumberMention(
                        kind="event_year",
                        start=m.start("y"),
                        end=m.end("y"),
                        sentence=self.sentence_of(m.start("y")),
                        value=float(m.group("y")),
                        event="home",
                    )
                )
        for m in chain(self.finditer(_YEARS_AGO), self.finditer(_FIRST_AGO)):
            raw = m.group("n").lower()
            if raw in ("a", "half a"):
                value, precision = (0.5 if raw == "half a" else 1.0), 1.0
            else:
                value, precision = parse_number(raw)
            unit = m.group("u").lower()
            qualifier = QUALIFIERS[" ".join(m.group("q").lower().split())] if m.group("q") else None
            factor = 1.0
            if unit.startswith("decade"):
                factor = 10.0  # "two decades ago": 15 to 25 years, by its precision
            elif unit.startswith("centur"):
                factor, precision = 100.0, 0.2
            self.taken.append((m.start("n"), m.end("u")))
            self.out.append(
                NumberMention(
                    kind="years_ago",
                    start=m.start("n"),
                    end=m.end(),
                    sentence=self.sentence_of(m.start("n")),
                    value=value * factor,
                    precision=precision * factor,
                    qualifier=qualifier,
                    event="first" if m.re is _FIRST_AGO else m.group("verb").lower(),
                )
            )

    def _anniversaries(self) -> None:
        lowered = self.text[self.block.start : self.block.end].lower()
        if "since" in lowered:
            for m in self.finditer(_SINCE_FOUNDED):
                value = parse_number(m.group("n"))[0]
                if value > 0 and self.free(m.start(), m.end()):
                    # Who or what was founded tells whether it is the founding the rest of
                    # the article speaks of (FC406 reads the two forms differently).
                    form = "since_thing" if m.group("thing") else "since_founder"
                    self._add_anniversary(m.start(), m.end(), value, event=form)
        if not any(k in lowered for k in _ANNIVERSARY_KEYS):
            return  # a cheap gate: each form holds one of these
        for m in self.finditer(_ANNIVERSARY):
            if m.group("n"):
                raw = m.group("n").lower()
                value = float(raw[:-2]) if raw[0].isdigit() else float(_ordinal_value(raw))
            elif m.group("w"):
                value = float(_NAMED_ANNIVERSARIES[m.group("w").lower().split()[0]])
            else:
                value = parse_number(m.group("since") or m.group("years") or m.group("its"))[0]
            if value <= 0 or any(
                a.kind == "anniversary" and a.start < m.end() and m.start() < a.end
                for a in self.out
            ):
                continue
            self._add_anniversary(m.start(), m.end(), value)
        if "celebrat" in lowered or "mark" in lowered:
            for m in self.finditer(_MARKING_YEARS):
                value = parse_number(m.group("n"))[0]
                subject = m.group("subject")
                if (
                    value > 1
                    and subject not in _NOT_THING_SUBJECTS
                    and self.free(m.start("verb"), m.end())
                ):
                    self._add_anniversary(m.start("verb"), m.end(), value, event="marking")

    def _thing_ages(self) -> None:
        """A founded thing's age ("built in 1972 and now 53 years old"), read before the
        ages of people so that it is not taken for one."""
        for m in self.finditer(_THING_AGE):
            value = parse_number(m.group("n"))[0]
            if value > 0 and self.free(m.start("n"), m.end()):
                self._add_anniversary(m.start("n"), m.end(), value, unit="years old")

    def _add_anniversary(
        self, start: int, end: int, value: float, *, unit: str = "years", event: str | None = None
    ) -> None:
        self.add(
            NumberMention(
                kind="anniversary",
                start=start,
                end=end,
                sentence=self.sentence_of(start),
                value=value,
                unit=unit,
                event=event,
            )
        )

    def _elapsed(self) -> None:
        for m in self._near(_ELAPSED_UNIT, _ELAPSED, 40, 0):
            if not self.free(m.start(), m.end("u")):
                continue
            raw = " ".join(m.group("n").lower().split())
            if raw in ("a", "half a"):
                if _RATE_BEFORE.search(self.text, max(self.block.start, m.start() - 16), m.start()):
                    continue  # a rate: "grown 7 percent a year since 2019"
                value, precision = (0.5 if raw == "half a" else 1.0), 1.0
            else:
                value, precision = parse_number(raw)
            unit = m.group("u").lower()
            if unit.startswith("decade"):
                value, precision = value * 10, precision * 10
            elif unit.startswith("centur"):
                value, precision = value * 100, 20.0
            if value <= 0:
                continue
            self.add(
                NumberMention(
                    kind="elapsed",
                    start=m.start(),
                    end=m.end("u"),
                    sentence=self.sentence_of(m.start()),
                    value=value,
                    precision=precision,
                    qualifier=qualifier_before(self.text, m.start(), self.block.start),
                    unit="years",
                    event=m.group("rel"),
                )
            )

    def _years_on(self) -> None:
        for m in self.finditer(_YEARS_ON):
            s_start, _, _ = self.sentence_text(m.start())
            if not _YEARS_ON_OPENING.fullmatch(self.text, s_start, m.start()):
                continue  # not opening its sentence: "spent ten years on, and off, the board"
            if not self.free(m.start(), m.end("u")):
                continue
            raw = " ".join(m.group("n").lower().split())
            if raw in ("a", "half a"):
                value, precision = (0.5 if raw == "half a" else 1.0), 1.0
            else:
                value, precision = parse_number(raw)
            if m.group("u").lower().startswith("decade"):
                value, precision = value * 10, precision * 10
            if value <= 0:
                continue
            self.add(
                NumberMention(
                    kind="elapsed",
                    start=m.start(),
                    end=m.end("u"),
                    sentence=self.sentence_of(m.start()),
                    value=value,
                    precision=precision,
                    qualifier=qualifier_before(self.text, m.start(), self.block.start),
                    unit="years",
                    event="on",
                )
            )

    def _counts(self) -> None:
        for m in self.finditer(_COUNT):
            n_start, n_end = m.start("num"), m.end("num")
            if not self.free(n_start, n_end):
                continue
            raw = m.group("num")
            if re.fullmatch(r"1[5-9]\d\d|20\d\d", raw):
                continue  # a year
            value, precision = parse_number(raw)
            noun = m.group("noun")
            if noun in _THING_STOP or noun in SCALES:
                noun = None
            self.add(
                NumberMention(
                    kind="count",
                    start=n_start,
                    end=n_end,
                    sentence=self.sentence_of(n_start),
                    value=value,
                    precision=precision,
                    qualifier=qualifier_before(self.text, n_start, self.block.start),
                    unit=noun,
                )
            )


def _ordinal_value(word: str) -> int:
    if word in ORDINAL_VALUES:
        return ORDINAL_VALUES[word]
    tens, _, unit = word.partition("-")
    return WORD_VALUES.get(tens, 0) + ORDINAL_VALUES.get(unit, 0)


def find_numbers(
    text: str,
    blocks: Iterable[Block],
    sentence_of: Callable[[int], int],
    published: dt.date | None,
) -> list[NumberMention]:
    mentions: list[NumberMention] = []
    blocks = list(blocks)
    votes_in_article = any(_VOTE_WORD.search(text, b.start, b.end) for b in blocks)
    for block in blocks:
        mentions.extend(_Finder(text, block, sentence_of, published, votes_in_article).run())
    mentions.sort(key=lambda m: (m.start, m.kind))
    return mentions
