"""FC411 conflicting-measurements.

One object is given two different sizes, weights or durations in the same article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import combinations
from typing import NamedTuple

from factcheck.analysis.numbers import (
    DIGITS,
    QUAL,
    SCALES,
    WORD_NUM,
    interval,
    overlaps,
    parse_number,
)
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import (
    _CLAUSE_MARK,
    _close_slip,
    _plural,
    _qual,
    _round_unit,
    _slip_of,
    _stems_in,
    _words,
)
from factcheck.rules.numbers.restated import swapped_readings
from factcheck.rules.registry import Hit, RuleContext, rule

# --- FC411 one object, two measurements --------------------------------------------------

_LENGTH_UNITS = {
    "m": 1.0,
    "metre": 1.0,
    "metres": 1.0,
    "meter": 1.0,
    "meters": 1.0,
    "km": 1000.0,
    "kilometre": 1000.0,
    "kilometres": 1000.0,
    "kilometer": 1000.0,
    "kilometers": 1000.0,
    "cm": 0.01,
    "centimetre": 0.01,
    "centimetres": 0.01,
    "ft": 0.3048,
    "foot": 0.3048,
    "feet": 0.3048,
    "mile": 1609.344,
    "miles": 1609.344,
    "yard": 0.9144,
    "yards": 0.9144,
}
_MASS_UNITS = {
    "kg": 1.0,
    "kilogram": 1.0,
    "kilograms": 1.0,
    "kilo": 1.0,
    "kilos": 1.0,
    "tonne": 1000.0,
    "tonnes": 1000.0,
    "ton": 1000.0,
    "tons": 1000.0,
}
_UNIT_WORDS = "|".join(sorted([*_LENGTH_UNITS, *_MASS_UNITS], key=len, reverse=True))
_MEASURE_NUM = r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)"
# Abbreviated units that may stand apart from the figure before a noun: "the 470 km route"
# (not "m", which may be millions).
_SPACED = r"(?:km|kg|cm|ft)"
_SPACED_UNIT = re.compile(rf"\d\s{_SPACED}$")
# "the 8.5-metre mirror", "a 40m tower", "its 300-tonne hull".
_MEASURE_ATTR = re.compile(
    rf"\b(?i:the|a|an|its)\s+(?:(?P<q>{QUAL})\s+)?{_MEASURE_NUM}(?:-|(?=[a-z])|\s(?={_SPACED}\b))"
    rf"(?P<u>{_UNIT_WORDS})"
    r"(?:-(?:long|wide|tall|high|deep|diameter|span|wingspan))?\s+(?P<mods>(?:[a-z]+\s+){0,2}?)"
    r"(?P<noun>[a-z]{3,})\b(?!['’]s|-)"
)
# "a mirror 6.5 metres across", "the tower, which is 40 metres tall", "a hull weighing 300
# tonnes".
_MEASURE_PRED = re.compile(
    r"\b(?i:the|a|an|its)\s+(?P<mods>(?:[a-z]+\s+){0,2}?)(?P<noun>[a-z]{3,}),?\s+(?:(?:that|which)"
    r"\s+)?(?:(?:is|was|measures|measured|measuring|stands|stood|standing|spans|spanning"
    r"|weighs|weighed|weighing|of|at)\s+)?(?:(?P<q>" + QUAL + rf")\s+)?{_MEASURE_NUM}\s*"
    rf"(?P<u>{_UNIT_WORDS})\b(?:\s+(?P<dim>across|wide|long|tall|high|deep|in\s+diameter"
    r"|in\s+length|in\s+height))?"
)
# Words that make two measurements two objects or two moments.
_MEASURE_OTHER = re.compile(
    r"\b(?:than|compared|previous\w*|predecessor\w*|rival\w*|other|another|older|newer"
    r"|existing|original\w*|replac\w*|each|every|both|pair|twin|second|first|up\s+to"
    r"|extend\w*|lengthen\w*|expand\w*|enlarg\w*|shrunk|shrank|grew|widen\w*|rais\w*|lower\w*"
    r"|from|planned|proposed|would|could|might|design\w*|larger|smaller|bigger|longer|shorter"
    r"|taller|heavier|lighter|largest|biggest|longest|tallest|heaviest|like|similar|same"
    r"|average|typical|usual|(?:19|20)\d\d|only|just)\b",
    re.I,
)
_NOT_OBJECTS = _words(
    "and the of for with from into per each than that which who were was are has had its"
    " year day week month hour away long wide tall high deep across diameter radius"
)


# (noun, dimension, modifiers, value, range, start, end, kind) of one measurement.
_Measure = tuple[str, str, tuple[str, ...], float, tuple[float, float], int, int, str]


def _measures(ctx: RuleContext) -> list[_Measure]:
    text = ctx.article.text
    out = []
    for form, pattern in (("attributive", _MEASURE_ATTR), ("predicate", _MEASURE_PRED)):
        for m in pattern.finditer(text):
            noun = m.group("noun")
            if noun in _NOT_OBJECTS or noun in SCALES or _plural(noun) or noun in _LENGTH_UNITS:
                continue
            unit = m.group("u").lower()
            dim, factor = (
                ("length", _LENGTH_UNITS[unit])
                if unit in _LENGTH_UNITS
                else ("mass", _MASS_UNITS[unit])
            )
            if form == "predicate":
                how = (m.groupdict().get("dim") or "").split()
                if dim == "length" and not how:
                    continue  # "the road of 40 miles": no dimension said
                kind = how[-1] if how else "weight"
            else:
                kind = ""
            value, precision = parse_number(m.group("n"))
            lo, hi = interval(value * factor, precision * factor, _qual(m.group("q")))
            mods = tuple(m.group("mods").split())
            if any(w in _NOT_OBJECTS for w in mods):
                continue
            out.append((noun, dim, mods, value * factor, (lo, hi), m.start("n"), m.end("u"), kind))
    return out


@rule("FC411", category=Category.NUMBER, severity=Severity.WARNING)
def conflicting_measurements(ctx: RuleContext) -> Iterator[Hit]:
    """One object is given two different sizes, weights or durations in the same article.

    **What it does.** Reads measurements of a named object, either as "the 8.5-metre
    mirror" (a hyphenated unit, or "a 40m tower") or as "a mirror 6.5 metres across" ("the
    tower, which is 40 metres tall", "a hull weighing 300 tonnes"), in metres, kilometres,
    centimetres, feet, yards, miles, kilograms and tonnes, converting between them. Two
    measurements of the same noun (with agreeing modifiers) in different sentences that
    cannot both be right, allowing for rounding and hedges, are reported. Two stated
    dimensions ("40 metres long", "12 metres wide") are compared only when they match; a
    hyphenated size is compared with a stated one only when the article gives that object
    a single dimension.

    An object's distance from Earth ("a star about 1,300 light-years from Earth", "at a
    distance of 1,600 light-years", in light-years or parsecs) is compared when the article
    gives exactly two such distances, in different sentences, within a factor of two, and
    neither sentence names another object, a comparison or an earlier or new measurement.

    It also reads three restated quantities. The length of a once-only event (a trial, an
    inquiry, an investigation, a strike, a siege, a renovation, construction or a build …), as
    "a six-week trial", "the trial lasted six weeks", "construction is expected to take 18
    months" or "the bridge will take 18 months to build", is compared with a later definite
    mention ("the eight-week trial", "the 14-month build"); a forecast is compared only with a
    mention in a sentence of the future ("Once the 14-month build is complete, … will"). One
    defendant's prison term ("was sentenced Tuesday to 12 years", "jailed for six years", "a
    10-year prison sentence"; "six years and eight months" is exact, and fits "the six-year
    sentence" but not "the seven-year sentence") is compared with a later definite one ("the
    14-year sentence", "his 12-year jail term") when the article gives one term only and never
    states the later figure; articles with several terms or a changed one (concurrent, counts,
    co-defendants, suspended, reduced, appeals) and terms that are sought, possible or maximum
    are left alone.
    A journey's time saving ("18 minutes quicker", "shaved 12 minutes off", "saves commuters 10
    minutes") is compared when the article gives exactly two, in different sentences that name
    the same places. The whole of a network ("all 870 miles of the Great Plains & Gulf", "its
    entire 870-mile network") is compared with "a 780-mile system" when the two figures read as
    a slip of each other (two digits swapped, or one changed). A definite object sized with a
    hyphenated unit ("the bottom of the 2,570-metre core") is compared with the article's one
    earlier figure in that unit when it is tied to no object ("reached bedrock at a depth of
    2,750 metres"), both sentences name the same dimension (a depth, a height, a length, a
    weight), and the two read as a close slip: two side-by-side digits swapped (neither a zero),
    or one digit changed in a figure of four or more significant digits. Both figures are exact
    and each is given once. The earlier figure may also size the same journey under another name
    ("The 470 km route …" and "the 740 km run": a route, run, journey, trip, line, link or
    corridor). A size whose abbreviated unit stands apart from its figure ("the 470 km route")
    is compared only so, as a slip: such sizes often list several races or routes ("the 5 km
    run", "the 10 km run"). A reading in any common unit (inches, millimetres, metres, miles,
    tonnes, degrees …) restated by a definite mention with two side-by-side digits swapped
    ("measured 14.2 inches at the airport" … "The 12.4 inches recorded in Duluth"; not a
    hyphenated size, read as above) is reported when each figure is given once, the two are
    within a third of each other, neither clause names another quantity (a season's, a total, an
    average, a record, a comparison) and a place the later one names is in the earlier sentence.

    **Why it matters.** A size that changes between paragraphs is a typo or a figure left
    over from a draft, and readers who know the object notice.

    **Example.**

        The telescope has a mirror 6.5 metres across. … Engineers polished the 8.5-metre
        mirror for two years.

    **Not flagged.** Plural objects, comparisons and other objects ("larger than the
    6.5-metre mirror", "another", "the first", "each"), changes and plans ("extended",
    "would", "planned", "from"), other years, several different dimensions of the object
    against a hyphenated size, and figures in one sentence. Durations of another event ("the
    first trial", "a separate inquiry", "the strike at the airport", another weekday or year),
    plans and estimates against what came of them ("expected to last six weeks" … "the
    eight-week trial ended"), an indefinite later mention, and things
    an article may name several of (sentences, contracts); time savings that are limits,
    averages, rates, plans or of another route or service ("up to", "a day", "will", "to
    York", "express trains"), or one of three or more; and a part of a network ("all 87 miles
    of the branch") or a length that is not a slip of the network's. A slipped size is left
    alone when either figure is hedged or repeated, when the earlier figure is another
    object's, when the sentences share no dimension or name a part, a whole, another object
    or moment ("main span", "full length", "the neighbouring mine", "last year"), or when a
    phrase after the object says which one ("the 2,570-metre shaft at the other mine", "the
    740 km route to Basel").

    **How to silence it.** `--ignore FC411`, or fix the text.
    """
    text = ctx.article.text
    yield from _durations(ctx)
    yield from _prison_terms(ctx)
    yield from _savings(ctx)
    for a_start, a_end, b_start, b_end in swapped_readings(ctx):
        first, second = ctx.text(a_start, a_end), ctx.text(b_start, b_end)
        yield Hit(
            message=(
                f"A reading is given as {first} here and as {second} elsewhere in the article;"
                " the figures differ only by two swapped digits, so one is likely a typo."
            ),
            spans=[(a_start, a_end), (b_start, b_end)],
            confidence=0.6,
        )
    if "light" in text or "parsec" in text:
        yield from _distances(ctx)
    if not any(
        u in text
        for u in (
            "metre",
            "meter",
            "m ",
            "km",
            "feet",
            "foot",
            "ft",
            "mile",
            "kg",
            "kilo",
            "tonne",
            "ton",
            "yard",
        )
    ):
        return
    found = _measures(ctx)
    yield from _whole_lengths(ctx, found)
    yield from _slipped_measures(ctx, found)
    # "the 5 km run" and "the 10 km run": a unit apart from its figure is common in lists of
    # races and routes, so such sizes are compared only when their digits slipped (above).
    found = [f for f in found if f[7] or not _SPACED_UNIT.search(text, f[5], f[6])]
    if len(found) < 2:
        return
    kinds: dict[str, set[str]] = {}
    for noun, dim, _, _, _, _, _, kind in found:
        if kind and dim == "length":
            kinds.setdefault(noun, set()).add(kind)
    reported: set[str] = set()
    for a, b in combinations(sorted(found, key=lambda f: f[5]), 2):
        if a[0] != b[0] or a[1] != b[1] or a[0] in reported:
            continue
        n = min(len(a[2]), len(b[2]))
        if n and a[2][len(a[2]) - n :] != b[2][len(b[2]) - n :]:
            continue
        if a[7] and b[7] and a[7] != b[7]:
            continue  # "40 metres long" and "12 metres wide"
        if (
            a[1] == "length"
            and bool(a[7]) != bool(b[7])
            and (len(kinds.get(a[0], ())) != 1 or max(a[3], b[3]) > 2 * min(a[3], b[3]))
        ):
            continue  # "200 metres long" and "the 3-metre wall": two dimensions
        slack = 0.02 * max(a[3], b[3])
        if overlaps((a[4][0] - slack, a[4][1] + slack), b[4]):
            continue  # read first: it is the cheapest test
        ia, ib = _sentence_of(ctx, a[5]), _sentence_of(ctx, b[5])
        if ia is None or ib is None or ia == ib:
            continue  # one sentence, or a figure outside the body's sentences
        sentences = ctx.analysis.sentences
        if any(
            _MEASURE_OTHER.search(ctx.text(sentences[i].start, sentences[i].end)) for i in (ia, ib)
        ):
            continue
        # "the 740 km route to Basel": a phrase after the later object that says which one.
        noun_at = text.find(b[0], b[6], b[6] + 40)
        which = _NAMED_ONE.match(text, noun_at + len(b[0])) if noun_at != -1 else None
        if which is not None and which.group("name") not in ctx.text(
            sentences[ia].start, sentences[ia].end
        ):
            continue
        reported.add(a[0])
        first, second = ctx.text(a[5], a[6]), ctx.text(b[5], b[6])
        yield Hit(
            message=(
                f"The {a[0]} is given as {first} here and as {second} elsewhere in the article;"
                " the two measurements do not agree."
            ),
            spans=[(a[5], a[6]), (b[5], b[6])],
            confidence=0.65,
        )


# --- FC411 one event, two durations; one journey, two time savings; one network, two lengths

_DNUM = rf"(?P<n>{DIGITS}|(?i:\b{WORD_NUM}\b))"
_TIME_UNITS = {"second": 1 / 60, "minute": 1.0, "hour": 60.0, "day": 1440.0, "week": 10080.0}
_TIME_UNITS |= {"fortnight": 20160.0, "month": 43830.0, "year": 525960.0}
_TIME_UNIT = r"(?P<u>(?:second|minute|hour|day|week|fortnight|month|year)s?)"
# Things that happen once, whose length is a fact about them: "the eight-week trial". A
# sentence, a contract or a drive is not here: an article can name several of them.
_EVENT_NOUNS = (
    r"trial|inquest|inquiry|investigation|probe|strike|walkout|lockout|stoppage|siege"
    r"|stand-?off|blockade|occupation|sit-in|manhunt|renovation|refurbishment|restoration"
    r"|rebuild|overhaul|upgrade|consultation|dispute|drought|construction|build|demolition"
    r"|closure|shutdown|project|refit|redevelopment|repairs|roadworks|campaign"
)
# "will take 18 months to build": the verb names the event.
_EVENT_VERBS = r"build|construct|repair|refurbish|demolish|restore|redevelop|refit"
_EVENT_KEY = re.compile(
    rf"\b(?=[bcdilmoprsutwBCDILMOPRSUTW])(?:(?P<noun>{_EVENT_NOUNS})|{_EVENT_VERBS})\b", re.I
)
# Two names of one event: "construction is expected to take 18 months", "it will take 18
# months to build" and "the 14-month build".
_SAME_EVENT = {
    "construction": "build",
    "construct": "build",
    "repair": "repairs",
    "refurbish": "refurbishment",
    "demolish": "demolition",
    "restore": "restoration",
    "redevelop": "redevelopment",
}
_DETERMINER = r"(?P<det>a|an|the|its|his|her|their|this|that)"
_DURATION_FORMS = (
    # "a six-week trial", "the 24-hour strike", "its three-month-long inquiry".
    re.compile(
        rf"\b(?i:{_DETERMINER})\s+(?:(?P<q>{QUAL})\s+)?{_DNUM}[-\s]{_TIME_UNIT}(?:-long)?\s+"
        rf"(?P<mods>(?:[a-z]+\s+){{0,2}}?)(?P<noun>{_EVENT_NOUNS})\b(?!['’]s|-)"
    ),
    # "the trial lasted eight weeks", "a strike, which ran for 12 days".
    re.compile(
        rf"\b(?i:{_DETERMINER})\s+(?P<mods>(?:[a-z]+\s+){{0,2}}?)(?P<noun>{_EVENT_NOUNS}),?\s+"
        r"(?:(?:which|that)\s+)?(?:had\s+)?(?:lasted|lasting|ran|running|went\s+on|stretched"
        rf"|spanned|spanning)\s+(?:(?:for|over)\s+)?(?:(?P<q>{QUAL})\s+)?{_DNUM}\s+"
        rf"{_TIME_UNIT}\b"
    ),
    # "Construction is expected to take 18 months", "the closure will last six weeks".
    re.compile(
        # A determiner, or none at all where the noun opens its clause ("Construction is …").
        rf"(?:\b(?i:{_DETERMINER})\s+|(?<![\w'’-] )(?<![\w'’-]))(?P<mods>)"
        rf"(?P<noun>(?i:{_EVENT_NOUNS}))"
        r"(?:\s+work)?\s+(?:(?:is|was|will|would|should)\s+)?(?:(?:be\s+)?(?:expected|due"
        r"|scheduled|set|likely|estimated|forecast|projected)\s+)?(?:to\s+)?(?:take|last)\s+"
        rf"(?:(?:for|over)\s+)?(?:(?P<q>{QUAL})\s+)?{_DNUM}\s+{_TIME_UNIT}\b"
    ),
)
_DURATION_FORMS += (
    # "The bridge will take 18 months to build": no determiner, so never a back-reference.
    re.compile(
        rf"(?P<det>)(?P<mods>)\b(?:take|last)\s+(?:(?P<q>{QUAL})\s+)?{_DNUM}\s+{_TIME_UNIT}\s+to"
        rf"\s+(?P<noun>(?i:{_EVENT_VERBS}))\b"
    ),
)
# Words that say a length is a forecast, and those that say a sentence is of the future.
_FORECAST = _words("expected due scheduled likely estimated forecast projected will would") | {
    "set to"
}
_FUTURE = re.compile(r"\b(?:will|once|until)\b", re.I)
# Words that make a duration another event's, a plan, a norm or another moment.
_DURATION_OTHER = re.compile(
    r"\b(?:than|compared|previous\w*|earlier|original\w*|initial\w*|first|second|third|last"
    r"|next|another|other|each|every|average|typical\w*|usual\w*|up\s+to|at\s+least|at\s+most"
    r"|longer|shorter|longest|shortest|extend\w*|extension|planned|scheduled|expected|estimat\w*"
    r"|proposed|due|set\s+to|would|could|might|may|will|should|if|new|former|similar|same|like"
    r"|separate|retrial|(?:19|20)\d\d)\b",
    re.I,
)
# What may follow an event's name to say which one it is: "the strike at the airport", "the
# trial of his brother", "the festival that follows".
_WHICH_ONE = re.compile(
    r"\s+(?:at|in|of|on|by|for|from|against|over|into|with|between|among|near|across|who"
    r"|that|which|involving)\s+(?P<phrase>(?:[\w'’-]+\s+){0,3}[\w'’-]+)",
    re.I,
)
_DAY_OR_MONTH = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
    r"|August|September|October|November|December"
)
# "the strike on Friday" says when, not which; another day or month says which.
_WHEN = re.compile(rf"\s+(?:on|in)\s+(?:{_DAY_OR_MONTH})\b")
_DAYS = re.compile(rf"\b(?:{_DAY_OR_MONTH})\b")
# A journey made quicker: "18 minutes quicker", "shaved 12 minutes off", "saves 10 minutes".
_SAVING_FORMS = (
    re.compile(
        r"\b(?:cut|cuts|cutting|shave[sd]?|shaving|trim(?:s|med|ming)?|knock(?:s|ed|ing)?"
        r"|slash(?:es|ed|ing)?|lop(?:s|ped|ping)?|takes?|taken|took|taking)\s+"
        rf"(?:(?P<q>{QUAL})\s+)?{_DNUM}\s+(?P<u>(?:second|minute|hour)s?)\s+off\b",
        re.I,
    ),
    re.compile(
        rf"(?:\b(?P<q>{QUAL})\s+)?{_DNUM}\s+(?P<u>(?:second|minute|hour)s?)\s+(?:quicker|faster)\b",
        re.I,
    ),
    re.compile(
        r"\bsav(?:e|es|ed|ing)\s+(?:(?:passengers|commuters|travell?ers|riders|drivers"
        rf"|motorists|users|people)\s+)?(?:(?P<q>{QUAL})\s+)?{_DNUM}\s+"
        r"(?P<u>(?:second|minute|hour)s?)\b(?!\s+(?:a|an|per|each|every)\b)",
        re.I,
    ),
)
# A word each saving form must hold, found first: a scan for the word is far cheaper than
# one for the whole form.
_SAVING_KEYS = re.compile(
    r"\b(?:(?P<k0>off)|(?P<k1>quicker|faster)|(?P<k2>sav(?:e|es|ed|ing)))\b", re.I
)


def _around(
    pattern: re.Pattern[str], keys: list[tuple[int, int]], text: str
) -> list[re.Match[str]]:
    """The matches of ``pattern`` that hold one of the ``keys`` (spans of a word the form
    must hold), read only near each: the forms here are at most a few words long."""
    found: dict[int, re.Match[str]] = {}
    for k_start, k_end in keys:
        for m in pattern.finditer(text, max(0, k_start - 90), k_end + 90):
            if m.start() <= k_start and k_end <= m.end():
                found.setdefault(m.start(), m)
    return [found[start] for start in sorted(found)]


# Words that make a time saving one of several, a plan, or a saving on another journey,
# read from its clause's start; after it only the words that name another journey count
# ("… off the journey and would make the service more reliable" plans nothing).
_SAVING_ROUTE = (
    r"up\s+to|as\s+much\s+as|average|each|every|per|some|most|certain|peak|off-peak|rush"
    r"|other|another|alone|(?:19|20)\d\d|than(?!\s+(?:before|previously|now|today|it\s+was"
    r"|they\s+were|the\s+old))|drive|driving|cars?|bus|buses|coach|cycl\w*|walk\w*|flights?"
    r"|daily|weekly|a\s+(?:day|week|year)|express|stopping|local|direct|non-stop|limited"
    r"|regional|intercity|commuter|freight|(?:north|south|east|west)bound|weekday|weekend"
)
_SAVING_AFTER = re.compile(rf"\b(?:{_SAVING_ROUTE})\b", re.I)
_SAVING_BEFORE = re.compile(
    rf"\b(?:{_SAVING_ROUTE}|would|could|will|should|may|might|expected|aim\w*|plan\w*"
    r"|promis\w*|target\w*|hope\w*)\b",
    re.I,
)
# "all 870 miles of the railroad", "its entire 870-mile length": the whole of one thing.
_WHOLE_LENGTH = re.compile(
    r"\b(?:all|(?i:the|its)\s+(?:entire|full|whole))\s+(?:(?P<q>" + QUAL + rf")\s+)?"
    rf"{_MEASURE_NUM}(?:-|\s+)(?P<u>{_UNIT_WORDS})\b"
)
_WHOLE_OF = re.compile(
    r"\s+of\s+(?:(?P<det>the|its)\s+)?(?P<what>[A-Z][\w'’&.-]*(?:\s+(?:&\s+)?[A-Z][\w'’.-]*)*|[a-z]+)\b"
)
_NETWORK_NOUNS = _words(
    "system network railroad railway line route corridor trail road highway motorway pipeline"
    " canal river coastline border path track loop tramway metro bridge tunnel wall fence"
)


def _parse_num(raw: str) -> tuple[float, float]:
    """(value, precision) of a figure in digits or words; "a" and "an" are one."""
    return (1.0, 1.0) if raw.lower() in ("a", "an") else parse_number(raw)


def _clause_at(ctx: RuleContext, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: between the punctuation marks either side of it."""
    text = ctx.article.text
    s = ctx.analysis.sentences[_sentence_of(ctx, start) or 0]
    before = [x.end() for x in _CLAUSE_MARK.finditer(text, s.start, start)]
    after = _CLAUSE_MARK.search(text, end, s.end)
    return (before[-1] if before else s.start), (after.start() if after else s.end)


def _sentence_text(ctx: RuleContext, m: re.Match[str]) -> str:
    s = ctx.analysis.sentences[_sentence_of(ctx, m.start()) or 0]
    return ctx.text(s.start, s.end)


def _sentence_of(ctx: RuleContext, pos: int) -> int | None:
    """The index of the sentence that holds ``pos``; None outside the body's sentences (a
    caption, a related-link line, front matter)."""
    sentences = ctx.analysis.sentences
    i = bisect_right(sentences, pos, key=lambda s: s.start) - 1
    return i if i >= 0 and pos < sentences[i].end else None


def _in_body(ctx: RuleContext, matches: Iterable[re.Match[str]]) -> list[re.Match[str]]:
    """The matches that lie in one of the body's sentences."""
    return [m for m in matches if _sentence_of(ctx, m.start()) is not None]


def _minutes(m: re.Match[str]) -> tuple[float, tuple[float, float]]:
    """A duration in minutes, with the values it is consistent with."""
    value, precision = _parse_num(m.group("n"))
    factor = _TIME_UNITS[m.group("u").lower().removesuffix("s")]
    lo, hi = interval(value * factor, precision * factor, _qual(m.group("q")))
    return value * factor, (lo, hi)


def _durations(ctx: RuleContext) -> Iterator[Hit]:
    """A once-only event given two lengths: "a six-week trial" and "the eight-week trial"."""
    text = ctx.article.text
    by_noun: dict[str, list[tuple[int, re.Match[str]]]] = {}
    keys = list(_EVENT_KEY.finditer(text))
    noun_keys = [k.span() for k in keys if k.group("noun")]
    verb_keys = [k.span() for k in keys]  # "build" is a noun and a verb
    for pattern in _DURATION_FORMS:
        # The last form names its event with a verb ("take 18 months to build").
        near = verb_keys if pattern is _DURATION_FORMS[-1] else noun_keys
        for m in _around(pattern, near, text):
            at = _sentence_of(ctx, m.start())
            if at is not None and not any(w in _NOT_OBJECTS for w in m.group("mods").split()):
                noun = m.group("noun").lower()
                by_noun.setdefault(_SAME_EVENT.get(noun, noun), []).append((at, m))
    for noun, found in by_noun.items():
        if len(found) > 8:
            continue  # many lengths of one kind of event: a series, not one event
        found.sort(key=lambda f: f[1].start())
        for i, (b_sentence, b) in enumerate(found):
            if (b.group("det") or "a").lower() in ("a", "an"):
                continue  # only a definite one points back at the earlier event
            b_mods = tuple(b.group("mods").split())
            pool = [
                m
                for at, m in found[:i]
                if at < b_sentence and _ends_with(tuple(m.group("mods").split()), b_mods)
            ]
            if pool and _restated_length(ctx, pool, b):
                yield _two_values(ctx, f"The {noun}'s length", pool[-1], b)
                break


def _restated_length(ctx: RuleContext, pool: list[re.Match[str]], b: re.Match[str]) -> bool:
    """Whether the definite ``b`` ("the eight-week trial") restates the event whose length
    the earlier mentions in ``pool`` give, with a length that does not fit."""
    values = [_minutes(m) for m in pool]
    if not all(_agree(x[1], y[1]) for x, y in combinations(values, 2)):
        return False  # two earlier lengths: two events, or a change
    a = pool[-1]
    (a_value, a_range), (b_value, b_range) = values[-1], _minutes(b)
    if _agree(a_range, b_range) or abs(a_value - b_value) <= 0.03 * max(a_value, b_value):
        return False
    a_other, b_other = (
        {
            " ".join(w.group(0).lower().split())
            for w in _DURATION_OTHER.finditer(ctx.article.text, *_clause_at(ctx, *m.span()))
            # "… will last six weeks": the verb of the length itself, not "last week".
            if not (w.group(0).lower() == "last" and m.start() <= w.start() < m.end())
        }
        for m in (a, b)
    )
    if b_other or (
        a_other and not (a_other <= _FORECAST and _FUTURE.search(_sentence_text(ctx, b)))
    ):
        return False  # another event, or a plan against what came of it
    # Left: a forecast ("is expected to take 18 months") and a later mention of the same
    # event still to come ("Once the 14-month build is complete, … will"): one plan.
    days = [frozenset(_DAYS.findall(_sentence_text(ctx, m))) for m in (a, b)]
    if all(days) and days[0] != days[1]:
        return False  # "a 48-hour strike on Monday", "the 24-hour strike on Friday"
    which = _WHICH_ONE.match(ctx.article.text, b.end())
    # "the three-day strike at the airport" says which strike, "… on Friday" only when.
    return (
        which is None
        or bool(_WHEN.match(which.group(0)))
        or _stems_in(which.group("phrase"), _sentence_text(ctx, a))
    )


def _savings(ctx: RuleContext) -> Iterator[Hit]:
    """One journey made quicker by two amounts: "18 minutes quicker" and "shaved 12 minutes
    off the journey", when they are the article's only two savings and no word makes either
    a part, a peak, a plan or another route."""
    text = ctx.article.text
    keys = list(_SAVING_KEYS.finditer(text))
    if not keys:
        return
    spans = [[k.span() for k in keys if k.group(f"k{i}")] for i in range(len(_SAVING_FORMS))]
    found = sorted(
        {
            m.start("n"): m
            for pattern, near in zip(_SAVING_FORMS, spans, strict=True)
            for m in _in_body(ctx, _around(pattern, near, text))
        }.values(),
        key=lambda m: m.start(),
    )
    if len(found) != 2:
        return  # one saving, or several that may be of several journeys
    a, b = found
    sentences = [ctx.analysis.sentences[_sentence_of(ctx, m.start()) or 0] for m in found]
    if sentences[0] == sentences[1]:
        return
    for m, sentence in zip(found, sentences, strict=True):
        _, c_end = _clause_at(ctx, m.start(), m.end())
        if _SAVING_BEFORE.search(ctx.text(sentence.start, m.end())) or _SAVING_AFTER.search(
            ctx.text(m.end(), c_end)
        ):
            return
    if len({_names(ctx.text(s.start, s.end)) for s in sentences}) > 1:
        return  # "the journey to Leeds", "journeys to York"
    if _agree(_minutes(a)[1], _minutes(b)[1]):
        return
    yield _two_values(ctx, "The time saved", a, b)


def _names(text: str) -> frozenset[str]:
    """Capitalised words after the first, which may name a place or a route."""
    words = re.findall(r"(?<=\s)[A-Z][\w'’-]+", text)
    return frozenset(w for w in words if w not in ("I",))


def _whole_lengths(ctx: RuleContext, found: list[_Measure]) -> Iterator[Hit]:
    """The whole of one network given a second length that reads as a slip of the first:
    "a 780-mile system" and "all 870 miles of the Great Plains & Gulf"."""
    text = ctx.article.text
    wholes = _in_body(ctx, _WHOLE_LENGTH.finditer(text))
    if not wholes or len(wholes) > 8:
        return  # none, or a list of lengths
    networks = [
        f
        for f in found
        if f[0] in _NETWORK_NOUNS and f[1] == "length" and _sentence_of(ctx, f[5]) is not None
    ]
    head = ctx.text(0, ctx.analysis.sentences[0].end) if ctx.analysis.sentences else ""
    head = f"{ctx.article.title or ''} {head}"
    for w in wholes:
        unit = w.group("u").lower()
        if unit not in _LENGTH_UNITS:
            continue
        of = _WHOLE_OF.match(text, w.end())
        value, _ = parse_number(w.group("n"))
        for noun, _, mods, _, _, start, end, kind in networks:
            if mods or kind not in ("", "long"):
                continue
            if of is not None:
                what = of.group("what")
                if what != noun and not (what[0].isupper() and what in head):
                    continue  # "all 140 miles of the branch": a part of the network
            a_raw = re.match(_MEASURE_NUM, text[start:end])
            a_unit = re.search(rf"(?:{_UNIT_WORDS})$", text[start:end])
            if a_raw is None or a_unit is None:
                continue
            if _LENGTH_UNITS[a_unit.group(0).lower()] != _LENGTH_UNITS[unit]:
                continue  # a slip is read in one unit
            a_value, _ = parse_number(a_raw.group("n"))
            if not _slip_of(a_value, value) or _sentence_of(ctx, start) == _sentence_of(
                ctx, w.start()
            ):
                continue
            if any(
                _MEASURE_OTHER.search(ctx.text(*_clause_at(ctx, s, e)))
                for s, e in ((start, end), (w.start(), w.end()))
            ):
                continue
            yield Hit(
                message=(
                    f"The {noun} is given as {ctx.text(start, end)} here and as"
                    f" {ctx.text(w.start('n'), w.end())} elsewhere in the article; the two"
                    " lengths do not agree."
                ),
                spans=[(start, end), (w.start("n"), w.end())],
                confidence=0.65,
            )
            return


def _agree(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two ranges share more than an edge: "three weeks" and "four weeks", each read
    to the nearest week, meet at three and a half but do not agree."""
    return a[0] < b[1] and b[0] < a[1]


def _ends_with(mods: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """Whether ``tail`` ends ``mods``: "the trial" may be "the fraud trial", not the reverse."""
    return not tail or mods[-len(tail) :] == tail


# --- FC411 one defendant's prison term, restated --------------------------------------------

_TERM_UNIT = r"(?P<u>years?|months?)"
# "was sentenced Tuesday to 12 years in federal prison", "jailed for six years".
_TERM_GIVEN = re.compile(
    r"\b(?:sentenced|jailed|imprisoned)\b[^.;:\d]{0,60}?\b(?:to|for)\s+"
    rf"(?:(?P<q>{QUAL})\s+)?{_DNUM}\s+{_TERM_UNIT}\b"
    rf"(?P<and>\s+and\s+(?P<n2>{DIGITS}|(?i:\b{WORD_NUM}\b))\s+months?\b)?(?!\s+and\s)"
)
# "a 12-year prison sentence", "the 14-year sentence", "his six-year jail term".
_TERM_NOUN = re.compile(
    rf"\b(?P<det>[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?P<q>{QUAL})\s+)?{_DNUM}-"
    r"(?P<u>year|month)\s+(?:(?:prison|jail|custodial)\s+)?(?:sentence|term)\b"
)
# Several terms in one case, or a term changed: any of them leaves the article alone.
_TERMS_SEVERAL = re.compile(
    r"\b(?:concurrent\w*|consecutive\w*|counts?|co-?defendants?|accomplices?|suspended"
    r"|resentenc\w*|commuted|reduced|increased|extended|quashed|overturned|appeal\s+court"
    r"|court\s+of\s+appeal|brothers|sisters|each\s+(?:count|charge))\b",
    re.I,
)
# Words before a term that make it a possible, sought or other one.
_TERM_OTHER = re.compile(
    r"\b(?:maximum|minimum|possible|potential|up\s+to|could|would|might|may|faced?|faces"
    r"|facing|sought|seeking|asked|requested|recommend\w*|previous|earlier|first|original"
    r"|another|separate|than|mandatory|typical|average)\b",
    re.I,
)
_TWO_WORDS = re.compile(r"(?:[\w'’-]+\s+){0,2}$")


def _term_minutes(m: re.Match[str]) -> float:
    """A term in minutes, with the months of "six years and eight months" added."""
    extra = m.groupdict().get("n2")
    months = _parse_num(extra)[0] * _TIME_UNITS["month"] if extra else 0.0
    return _minutes(m)[0] + months


def _prison_terms(ctx: RuleContext) -> Iterator[Hit]:
    """One defendant's term restated: "was sentenced Tuesday to 12 years" … "would not
    appeal the 14-year sentence"."""
    text = ctx.article.text
    if "sentence" not in text and "jailed" not in text:
        return
    if _TERMS_SEVERAL.search(text):
        return
    given = [
        m
        for m in _in_body(ctx, _TERM_GIVEN.finditer(text))
        if not m.group("q") and not _TERM_OTHER.search(text, *_clause_at(ctx, m.start(), m.start()))
    ]
    nouns = _in_body(ctx, _TERM_NOUN.finditer(text))
    given += [m for m in nouns if m.group("det").lower() in ("a", "an") and not m.group("q")]
    values = {_term_minutes(m) for m in given}
    if len(values) != 1:
        return  # no term given, or several: several people or a term changed
    value = values.pop()
    first = min(given, key=lambda m: m.start())
    for b in nouns:
        if b.group("det").lower() in ("a", "an") or b.group("q") or b.start() < first.end():
            continue
        b_value, b_range = _minutes(b)
        if first.groupdict().get("and"):
            # A term told to the month is exact: "six years and eight months" is no "seven-year
            # sentence", though it may be called "the six-year sentence".
            if b_value in (value, _minutes(first)[0]):
                continue
        elif b_range[0] <= value <= b_range[1]:
            continue
        # The two words before it: further back they are another verb's ("would not
        # appeal the 14-year sentence").
        start, _ = _clause_at(ctx, b.start(), b.end())
        near = _TWO_WORDS.search(text, max(start, b.start() - 40), b.start())
        if _TERM_OTHER.search(text, near.start() if near else b.start(), b.end()):
            continue
        # The other figure stated anywhere ("Prosecutors had asked for 15 years"): it may
        # be that one the definite mention names.
        n, u = re.escape(b.group("n")), b.group("u")
        if re.search(rf"\b{n}\s+{u}s?\b", text, re.I):
            continue
        yield _two_values(ctx, "The prison term", first, b)
        return


def _two_values(ctx: RuleContext, what: str, a: re.Match[str], b: re.Match[str]) -> Hit:
    spans = [(m.start("n"), m.end("and" if m.groupdict().get("and") else "u")) for m in (a, b)]
    first, second = (ctx.text(*s) for s in spans)
    return Hit(
        message=(
            f"{what} is given as {first} here and as {second} elsewhere in the article; the"
            " two do not agree."
        ),
        spans=spans,
        confidence=0.65,
    )


# --- FC411 one measurement restated with its digits slipped ---------------------------------

# A whole figure of three or more digits and its unit: "2,750 metres", "the 2,570-metre core".
# A whole figure of three or more digits, and the unit after it: "2,750 metres", "the
# 2,570-metre core", not "120 km/h" or "40 miles an hour".
_WHOLE_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d{3,}")
_UNIT_AFTER = re.compile(
    rf"(?P<join>-|\s*)(?P<u>{_UNIT_WORDS})\b(?!\s*(?:/|per\b|an?\s+(?:hour|day|week|month"
    r"|year)\b))"
)
_HEDGED = re.compile(rf"\b(?:{QUAL})\s+$")
_DEFINITE_ATTR = re.compile(r"\b(?i:the|its)\s+$")
# Words that say which dimension a sentence measures: a depth and "the bottom of the core".
_DIMENSIONS = (
    re.compile(r"\b(?:depths?|deep|deepest|bedrock|bottom|seabed|seafloor|underground)\b", re.I),
    re.compile(r"\b(?:height|high|tall|altitude|elevation|summit)\b", re.I),
    re.compile(r"\b(?:length|long|distance)\b", re.I),
    re.compile(r"\b(?:weigh\w*|weight|heavy)\b", re.I),
)


# "the 740 km route to Basel", "the 40m tower at Ashford": a named place that says which.
_NAMED_ONE = re.compile(
    r"\s+(?:to|at|in|of|near|on|from|between|outside)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
# Names of one journey: "the 470 km route" and "the 740 km run".
_JOURNEYS = _words("route run journey trip line link corridor")
_SAME_JOURNEY = {noun: _JOURNEYS - {noun} for noun in _JOURNEYS}
# ", then follows the Rhine": "then" of a sequence, not of another moment.
_THEN_NEXT = re.compile(r",\s+then\b", re.I)
# Words that make one of two sizes a part's, the whole's, another object's or another
# moment's: "a main span of 1,280 metres" and "the 1,820-metre crossing at its full length".
_PART_OR_OTHER = re.compile(
    r"\b(?:main|central|full|total|overall|entire|whole|combined|part|partial|section\w*"
    r"|segment\w*|portion|neighbo\w*|nearby|adjacent|sister|separate|former|ago|last\s+year"
    r"|once|then|now|deeper|deepest|higher|highest|record)\b",
    re.I,
)


class _Figure(NamedTuple):
    """A whole figure with a unit: where it is, how it is joined to the unit ("-" in "the
    2,570-metre core"), its sentence, the unit's size in metres or kilograms, its value and
    its digits as written."""

    start: int
    end: int
    join: str
    sentence: int
    factor: float
    value: float
    raw: str


def _slipped_measures(ctx: RuleContext, found: list[_Measure]) -> Iterator[Hit]:
    """ "Reached bedrock at a depth of 2,750 metres … the bottom of the 2,570-metre core": a
    definite object sized with the digits of the article's one earlier figure in that unit
    slipped (two side by side swapped, or one changed in a figure of four or more). Both
    figures are exact and appear once; each sentence names the same dimension (a depth, a
    height, a length, a weight), or the earlier figure is the same object's; and neither
    clause compares, plans or names another object."""
    text = ctx.article.text
    figures: list[_Figure] = []
    # The analysis has found every figure: reading the unit after each is far cheaper than a
    # scan of the whole text for digits.
    for n in ctx.analysis.numbers:
        if n.kind != "count" or n.value < 100 or not _WHOLE_DIGITS.fullmatch(text, n.start, n.end):
            continue
        unit = _UNIT_AFTER.match(text, n.end)
        at = _sentence_of(ctx, n.start)
        if unit is None or at is None or _HEDGED.search(text, max(0, n.start - 24), n.start):
            continue
        word = unit.group("u").lower()
        factor = _LENGTH_UNITS.get(word) or _MASS_UNITS[word]
        raw = ctx.text(n.start, n.end)
        figures.append(_Figure(n.start, unit.end(), unit.group("join"), at, factor, n.value, raw))
    if len(figures) < 2 or len(figures) > 12:
        return  # nothing to compare, or a table of sizes
    nouns = {f[5]: f[0] for f in found}
    sentences = ctx.analysis.sentences
    for b in figures:
        if b.join.strip() not in ("-", "") or not _DEFINITE_ATTR.search(
            text, max(0, b.start - 6), b.start
        ):
            continue  # only "the 2,570-metre core" points back at a size already given
        b_noun = nouns.get(b.start)
        if b_noun is None:
            continue
        slips = [f for f in figures if f.factor == b.factor and _close_slip(f.value, b.value)]
        if len(slips) != 1 or slips[0].sentence >= b.sentence:
            continue  # no earlier slip of it, or two figures it could be a slip of
        a = slips[0]
        a_noun = nouns.get(a.start)
        if a_noun is not None and (a_noun == b_noun or a_noun not in _SAME_JOURNEY.get(b_noun, ())):
            continue  # another object's size ("the 1,250-metre runway"), or this one's, read above
        if text.count(a.raw) > 1 or text.count(b.raw) > 1:
            continue  # a figure the article gives again: meant as it is
        a_text = ctx.text(sentences[a.sentence].start, sentences[a.sentence].end)
        b_text = ctx.text(sentences[b.sentence].start, sentences[b.sentence].end)
        # "The 470 km route …" and "the 740 km run": one journey by two names says the
        # dimension by itself.
        if a_noun is None and not any(d.search(a_text) and d.search(b_text) for d in _DIMENSIONS):
            continue
        if any(
            _MEASURE_OTHER.search(ctx.text(*_clause_at(ctx, f.start, f.end))) for f in (a, b)
        ) or any(_PART_OR_OTHER.search(_THEN_NEXT.sub(" ", t)) for t in (a_text, b_text)):
            continue
        # "the 2,570-metre shaft at the neighbouring mine": a phrase after the object that
        # says which one, unless it only repeats the earlier sentence.
        noun_end = text.find(b_noun, b.end, b.end + 40) + len(b_noun)
        which = _WHICH_ONE.match(text, noun_end)
        if which is not None and not _stems_in(which.group("phrase"), a_text):
            continue
        first, second = ctx.text(a.start, a.end), ctx.text(b.start, b.end)
        yield Hit(
            message=(
                f"The {b_noun} is given as {first} here and as {second} elsewhere in the"
                " article; the figures differ only by slipped digits, so one of them is likely"
                " a typo."
            ),
            spans=[(a.start, a.end), (b.start, b.end)],
            confidence=0.6,
        )


# --- FC411 a distance from Earth given twice -----------------------------------------------

_DIST_NUM = (
    rf"(?:(?P<q>{QUAL})\s+)?(?P<n>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:\s+(?:thousand|million"
    r"|billion))?)\s+(?P<u>light[-\s]years?|parsecs?)\b"
)
# "a star about 1,300 light-years from Earth", "lies 1,300 light-years away", "at a distance
# of 1,600 light-years".
_DISTANCE_FORMS = (
    re.compile(
        rf"{_DIST_NUM}(?=\s+(?:away|distant|off|from\s+(?:the\s+)?(?:Earth|us|our\s+(?:sun"
        r"|solar\s+system|planet)|the\s+(?:sun|solar\s+system)))\b)",
        re.I,
    ),
    re.compile(rf"\bdistance\s+of\s+{_DIST_NUM}", re.I),
)
# Words that make one of two distances another object's, another measurement's or a range.
_DISTANCE_OTHER = re.compile(
    r"\b(?:another|other|others|nearest|closest|nearby|neighbou?r\w*|similar|compared|each|both"
    r"|second|previous\w*|earlier|prior|original\w*|once|revis\w*|new|newer|updated|estimat\w*"
    r"|thought|believed|measur\w*|calculat\w*|between|range|within|up\s+to|beyond|than"
    r"\s+(?:\w+\s+){0,3}?\d|galax\w*|cluster|companion|binary|pair|twin)\b",
    re.I,
)


def _distances(ctx: RuleContext) -> Iterator[Hit]:
    """An object's distance from Earth given two values: "a young star about 1,300
    light-years from Earth" and "At a distance of 1,600 light-years, HKR 218 …". Only when
    the article gives exactly two such distances, in different sentences, within a factor
    of two of each other, and neither sentence names another object, a comparison, a range
    or a new or earlier measurement."""
    text = ctx.article.text
    found: dict[int, re.Match[str]] = {}
    for pattern in _DISTANCE_FORMS:
        for m in _in_body(ctx, pattern.finditer(text)):
            found.setdefault(m.start("n"), m)
    if len(found) != 2:
        return
    a, b = (found[k] for k in sorted(found))
    if a.group("u").lower()[0] != b.group("u").lower()[0]:
        return  # light-years and parsecs
    if _sentence_of(ctx, a.start()) == _sentence_of(ctx, b.start()):
        return
    if any(_DISTANCE_OTHER.search(_sentence_text(ctx, m)) for m in (a, b)):
        return
    ranges = []
    for m in (a, b):
        value, precision = parse_number(m.group("n"))
        ranges.append(interval(value, _round_unit(value, precision), _qual(m.group("q"))))
    values = [parse_number(m.group("n"))[0] for m in (a, b)]
    if min(values) <= 0 or max(values) > 2 * min(values) or _agree(ranges[0], ranges[1]):
        return
    yield _two_values(ctx, "The distance from Earth", a, b)
