"""FC402 percent-change-mismatch.

A stated percentage change does not match the before and after figures beside it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator

from factcheck.analysis.models import Sentence
from factcheck.analysis.numbers import _SCALE_WORD, DIGITS, QUAL, interval, overlaps
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import (
    _AMOUNT,
    _CLAUSE_MARK,
    _PCT,
    _PCT_MARK,
    _YEAR_LIKE,
    _amount,
    _qual,
    _round_unit,
    _stems_in,
    _words,
)
from factcheck.rules.registry import Hit, RuleContext, rule


def _unit(value: float, precision: float) -> float:
    """How precisely a figure was stated: a whole number's trailing zeros may be rounding
    ("$412,000" to the thousand), but "$2.00" is exact to the cent."""
    return _round_unit(value, precision) if precision == 1 else precision


_PTS = r"(?P<pts>\s+(?:percentage\s+)?points?\b)?"
_UP_VERBS = (
    r"rose|risen|increased|grew|grown|climbed|jumped|soared|surged|gained|went\s+up|was\s+up"
    r"|is\s+up|were\s+up|are\s+up|up"
)
_DOWN_VERBS = (
    r"fell|fallen|dropped|declined|decreased|slipped|plunged|slumped|sank|shrank|shrunk"
    r"|tumbled|went\s+down|was\s+down|is\s+down|were\s+down|are\s+down|down"
)
_UP_NOUNS = r"increase|rise|jump|gain|growth|surge|climb"
_DOWN_NOUNS = r"decrease|drop|fall|decline|reduction|cut|slump|loss"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
_YEAR = r"(?:19|20)\d\d(?:\s?[-–/]\s?(?:(?:19|20)\d\d|\d\d))?(?![\d%])"
# When a figure of a change was: "£54.2bn this year", "1,240 in 2019", "… in 2027-28",
# "… by March", "… a decade ago", so that the two figures may each carry their moment.
_WHEN = (
    r"(?:,?\s+(?:(?:in|by|during|for|at|as\s+of|until|over|at\s+the\s+(?:end|start)\s+of"
    r"|in\s+the\s+(?:year|twelve\s+months|12\s+months)\s+to)\s+(?:the\s+)?(?:(?:financial"
    rf"|fiscal|calendar|tax|school|academic)\s+year\s+)?(?:{_YEAR}|{_MONTH}(?:\s+{_YEAR})?"
    r"|(?:first|second|third|fourth|final|last)\s+(?:quarter|half)(?:\s+of\s+(?:19|20)\d\d)?"
    r"|(?:19|20)\d0s)|(?:this|last|next|the\s+previous|the\s+following)\s+(?:year|month"
    r"|week|quarter|season|spring|summer|autumn|winter|decade)|(?:a|one|two|three|four|five"
    r"|six|ten|\d{1,2})\s+(?:years?|months?|decades?)\s+(?:ago|earlier|before|previously)"
    r"|a\s+year\s+(?:ago|earlier|before)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:night|morning|afternoon|evening))?),?)?"
)
# An amount with the plural noun it counts and its moment: "1,240 branches in 2019".
_TAIL = (
    r"(?:\s+(?!(?:this|was|is|its|has|as|his|those|these|thus|plus|years|months)\b)"
    rf"[a-z][\w-]*s\b)?{_WHEN}"
)
# Money written with a letter sign or a code before its digits, which an _AMOUNT (whose
# number needs a word boundary) cannot read: "R4.1 billion" (rand), "Rs 40 crore", "CHF
# 2.3bn", "USD 12 million".
_CODE = (
    r"(?:R|Rs\.?\s?|(?:USD|EUR|GBP|CHF|CAD|AUD|NZD|ZAR|INR|JPY|CNY|SEK|NOK|DKK|KES|NGN|SGD"
    r"|HKD)\s?)"
)
_CODED = (
    rf"(?<![\w.]){_CODE}{DIGITS}(?:(?:\s+|-){_SCALE_WORD}|(?:bn|mn|m|k)\b|\s+(?:crore|lakh)\b)?"
)
_CODED_HEAD = re.compile(rf"^{_CODE}(?=\d)")
_MONEY = rf"(?:{_CODED}|{_AMOUNT})"
_FROM_TO = (
    rf"from\s+(?:(?P<xq>{QUAL})\s+)?(?P<x>{_MONEY}){_TAIL}\s+to\s+(?:(?P<yq>{QUAL})\s+)?"
    rf"(?P<y>{_MONEY}){_TAIL}"
)
_TO_FROM = (
    rf"to\s+(?:(?P<yq>{QUAL})\s+)?(?P<y>{_MONEY}){_TAIL},?\s+from\s+(?:(?P<xq>{QUAL})\s+)?"
    rf"(?P<x>{_MONEY}){_TAIL}"
)


def _money(raw: str) -> tuple[float, float, bool]:
    """(value, precision, is_percent) of a _MONEY match: a coded sign is dropped like "$"."""
    raw = raw.strip()
    head = _CODED_HEAD.match(raw)
    if head is None:
        return _amount(raw)
    rest = raw[head.end() :]
    lakh = re.search(r"\s+(crore|lakh)$", rest)
    if lakh is None:
        return _amount(rest)
    value, precision, pct = _amount(rest[: lakh.start()])
    scale = 1e7 if lakh.group(1) == "crore" else 1e5
    return value * scale, precision * scale, pct


# What may part the figures from the change after them: a comma or a dash.
_SEP = r"(?:\s*,\s+|\s*[–—]\s*|\s+-{1,2}\s+|\s+)"
_CHANGE_AFTER = (
    rf"(?:\s+[\w-]+){{0,4}}?{_SEP}(?:(?:an?|the)\s+)?(?:(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\s+of"
    rf"\s+|(?P<verb>up|down)\s+(?:by\s+)?)(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}"
)
# "…, a 14 per cent increase", "…, an 18% fall".
_CHANGE_AFTER_ATTRIBUTIVE = (
    rf"(?:\s+[\w-]+){{0,4}}?{_SEP}(?:(?:an?|the)\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}"
    rf"\s+(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\b"
)
_CHANGE_PATTERNS = [
    re.compile(
        rf"\b(?P<verb>{_UP_VERBS}|{_DOWN_VERBS})\s+(?:by\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})"
        rf"{_PTS}(?:\s+[\w-]+){{0,4}}?,?\s+{_FROM_TO}",
        re.I,
    ),
    re.compile(
        rf"\b(?P<verb>{_UP_VERBS}|{_DOWN_VERBS})\s+(?:by\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})"
        rf"{_PTS}(?:\s+[\w-]+){{0,4}}?,?\s+{_TO_FROM}",
        re.I,
    ),
    re.compile(rf"\b{_FROM_TO}{_CHANGE_AFTER}", re.I),
    re.compile(rf"\b{_TO_FROM}{_CHANGE_AFTER}", re.I),
    re.compile(rf"\b{_FROM_TO}{_CHANGE_AFTER_ATTRIBUTIVE}", re.I),
    re.compile(rf"\b{_TO_FROM}{_CHANGE_AFTER_ATTRIBUTIVE}", re.I),
    re.compile(
        rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}\s+(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\b"
        rf"(?:\s+[\w-]+){{0,4}}?,?\s+{_FROM_TO}",
        re.I,
    ),
]
# "£318m, up 12 per cent from £296m", "$448 million, an increase of 8.7 percent over the
# current year's $412 million", "£318m, 12% higher than last year's £296m": the figure
# after the change comes first, the one it is measured against after it.
_UP_LINKS = r"up|rising|climbing|increasing|growing|jumping|higher|more"
_DOWN_LINKS = r"down|falling|dropping|declining|decreasing|sliding|lower|less|fewer"
# The base may be described before its figure: "on last year's winner's cheque of €2.35
# million", "over the previous record of 41,200", "than its 2023 total of $5.0 billion" (a
# few words, no preposition among them, ending in "of"; "on the back of" is a cause).
_DESCRIBED_BASE = (
    r"(?!(?:the\s+)?back\s+of\b)(?:(?:the|its|their|his|her|last|this|a)\s+)?"
    r"(?:(?!(?:of|at|on|in|for|to|from|with|by|than|and|or|but|per|over|under)\b)"
    r"(?:[A-Za-z][\w'’-]*|(?:19|20)\d\d)\s+){1,4}?of\s+"
)
_AGAINST = (
    r"(?:from|on|over|than|compared\s+(?:with|to)|against)\s+(?:(?:the\s+)?(?:(?:previous"
    r"|prior|last|current|same|this|a)\s+)?(?:year|quarter|month|season|period)['’]s\s+|the\s+"
    rf"|{_DESCRIBED_BASE})?"
)
# The new figure may name what it counts in a few words: "99,284 family violence incidents
# in 2024, up 6.2 per cent on …".
_TAIL_STOP = (
    r"(?!(?:this|was|is|its|has|as|his|those|these|thus|plus|years|months|were|are|and|or|but"
    r"|than|from|to|of|the|an?|in|on|at|for|by|with|up|down)\b)"
)
_FIRST_TAIL = rf"(?:(?:\s+{_TAIL_STOP}[a-z][\w-]*){{0,2}}\s+{_TAIL_STOP}[a-z][\w-]*s\b)?{_WHEN}"
# The new figure may be the subject of a copula: "£312.6m for 2025/26 is up from £296.8m",
# "$5.4 billion was 20% higher than last year's $5.0 billion".
_COPULA = r"(?:(?:is|was|are|were|(?:has|had|have)\s+been|will\s+be|would\s+be)\s+)?"
_AFTER_FIRST = rf"(?<![\w.,$€£¥₹])(?:(?P<yq>{QUAL})\s+)?(?P<y>{_AMOUNT}){_FIRST_TAIL},?\s+{_COPULA}"
_BASE_AFTER = rf"\s+{_AGAINST}(?:(?P<xq>{QUAL})\s+)?(?P<x>{_AMOUNT})"
_AFTER_FIRST_PATTERNS = [
    re.compile(
        rf"{_AFTER_FIRST}(?P<verb>{_UP_LINKS}|{_DOWN_LINKS})\s+(?:by\s+)?(?:(?P<pq>{QUAL})\s+)?"
        rf"(?P<p>{_PCT}){_PTS}{_BASE_AFTER}",
        re.I,
    ),
    re.compile(
        rf"{_AFTER_FIRST}(?:(?:an?|the)\s+)?(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\s+of\s+"
        rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}{_BASE_AFTER}",
        re.I,
    ),
    re.compile(
        rf"{_AFTER_FIRST}(?:(?:an?|the)\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}\s+"
        rf"(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS}|{_UP_LINKS}|{_DOWN_LINKS})\b{_BASE_AFTER}",
        re.I,
    ),
]
# "£24.6bn, up from the £20.5bn estimated by the department in 2021 – an increase of 14 per
# cent": the new figure, the old one with the words that say whose or when it was, then the
# change between them closing the sentence. The words between hold no other figure.
_GAP = r"(?:\s+(?:[A-Za-z][\w'’&.-]*|(?:19|20)\d\d(?:[-–/]\d\d)?)){0,14}?"
# "$124.5 million in property taxes next year, up from …": a few words of what the new
# figure is and when, before the comma.
_FIRST_WORDS = r"(?:(?:in|of|for|on)(?:\s+[a-z][\w'’-]*){1,4}?,\s+)?"
_FROM_BASE = (
    rf"{_AFTER_FIRST}{_FIRST_WORDS}(?:up|down|rising|falling|higher|lower)\s+from\s+(?:the\s+)?"
    rf"(?:(?P<xq>{QUAL})\s+)?(?P<x>{_AMOUNT}){_TAIL}{_GAP}{_SEP}(?:(?:an?|the)\s+)?"
)
# The change closes the clause, or is joined to a description of it: "a drop of 11 percent
# and its worst single-day fall in three years".
_CLOSES = r"(?=\s*(?:[,;.—–)]|$)|\s+and\s+(?:its|their|the|his|her)\s+[a-z])"
_AFTER_FIRST_PATTERNS += [
    re.compile(
        rf"{_FROM_BASE}(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\s+of\s+(?:(?P<pq>{QUAL})\s+)?"
        rf"(?P<p>{_PCT}){_PTS}{_CLOSES}",
        re.I,
    ),
    re.compile(
        rf"{_FROM_BASE}(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}\s+"
        rf"(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS}){_CLOSES}",
        re.I,
    ),
]
_BASE_KEYS = ("from", " on ", " over ", " than ", "compared", "against")
_RATE_OR_REAL = re.compile(
    r"\s*(?:(?:percentage\s+)?points?\s+)?(?:a\s+year|an?\s+(?:month|week|quarter)|per\s+(?:year"
    r"|annum|month|head|capita|person)|annually|each\s+year|every\s+year|year[-\s]on[-\s]year"
    r"|on\s+average|in\s+real\s+terms|after\s+inflation|once\s+inflation|adjusted)\b",
    re.I,
)
_MULTIPLE_PATTERN = re.compile(
    rf"\b(?P<mult>doubled|tripled|trebled|quadrupled|halved)(?:\s+[\w-]+){{0,3}}?,?\s+{_FROM_TO}",
    re.I,
)
_CHANGE_KEYS = ("%", "cent", "point", "doubl", "tripl", "trebl", "quadrupl", "halv")
_MULTIPLES = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_DOWN = re.compile(rf"^(?:{_DOWN_VERBS}|{_DOWN_NOUNS}|{_DOWN_LINKS})$", re.I)


def _change_hits(ctx: RuleContext, start: int, end: int) -> Iterator[Hit]:
    text = ctx.article.text
    done: set[int] = set()
    for pattern in _CHANGE_PATTERNS + _AFTER_FIRST_PATTERNS:
        for m in pattern.finditer(text, start, end):
            if m.start("p") in done:
                continue
            done.add(m.start("p"))
            x, x_prec, x_pct = _money(m.group("x"))
            y, y_prec, y_pct = _money(m.group("y"))
            p, p_prec, _ = _amount(m.group("p"))
            if x_pct != y_pct or x <= 0 or y < 0:
                continue
            if all(_YEAR_LIKE.fullmatch(m.group(g)) for g in ("x", "y")):
                continue  # "from 2019 to 2024": a period, not two figures
            if pattern in _AFTER_FIRST_PATTERNS and (
                _YEAR_LIKE.fullmatch(m.group("x").strip())
                # "… incidents in 2024, up 6.2 per cent on …": the year, not the new figure
                or _YEAR_LIKE.fullmatch(m.group("y").strip())
                # "512,000 over the two weeks, about 4% more than the 492,300": a span of
                # time set against a count is not its new figure
                or bool(_TIME_UNIT.match(text, m.end("y")))
                != bool(_TIME_UNIT.match(text, m.end("x")))
                or _OTHER_BASIS.search(text, m.end(), end)
                or _MONTH_BEFORE.search(text, max(start, m.start("y") - 12), m.start("y"))
                or bool(_CURRENCY_SIGN.match(m.group("x")))
                != bool(_CURRENCY_SIGN.match(m.group("y")))
            ):
                continue  # "up 12% from 2019", "begins July 1, an increase of …": not figures
            if _RATE_OR_REAL.match(text, m.end("p")):
                continue  # "up 3% a year", "a rise of 9% in real terms": not the plain change
            word = (m.groupdict().get("verb") or m.groupdict().get("noun") or "").lower()
            sign = -1.0 if _DOWN.match(" ".join(word.split())) else 1.0
            lo_p, hi_p = interval(p, p_prec, _qual(m.group("pq")))
            stated = (lo_p, hi_p) if sign > 0 else (-hi_p, -lo_p)
            # "$412,000" may be rounded to the thousand
            x_lo, x_hi = interval(x, _unit(x, x_prec), _qual(m.group("xq")))
            y_lo, y_hi = interval(y, _unit(y, y_prec), _qual(m.group("yq")))
            x_lo = max(x_lo, 1e-9)
            points = m.group("pts") is not None
            computed: list[tuple[float, float]] = []
            if points or x_pct:
                computed.append((y_lo - x_hi, y_hi - x_lo))  # percentage points
            if not points:
                computed.append(((y_lo / x_hi - 1) * 100, (y_hi / x_lo - 1) * 100))
            if any(overlaps(stated, c) for c in computed):
                continue
            actual = (y - x) if points else (y - x) / x * 100
            unit = " points" if points else "%"
            how = "rise" if actual > 0 else "fall"
            p_text = ctx.text(m.start("p"), m.end("p"))
            lo, hi = min(m.start("x"), m.start("y")), max(m.end("x"), m.end("y"))
            direction = ""
            if (actual > 0) != (sign > 0) and actual != 0:
                direction = f" The figures {'rise' if actual > 0 else 'fall'}, not the reverse."
            yield Hit(
                message=(
                    f"A change of {p_text} does not fit the figures: from"
                    f" {ctx.text(m.start('x'), m.end('x'))} to {ctx.text(m.start('y'), m.end('y'))}"
                    f" is a {how} of {abs(actual):.3g}{unit}.{direction}"
                ),
                spans=[(m.start("p"), m.end("p")), (lo, hi)],
                confidence=0.8,
                suggestion=f"{abs(actual):.0f}{unit}, if the two figures are right",
            )
    for m in _MULTIPLE_PATTERN.finditer(text, start, end):
        x, x_prec, x_pct = _money(m.group("x"))
        y, y_prec, y_pct = _money(m.group("y"))
        if x_pct != y_pct or x <= 0:
            continue
        factor = _MULTIPLES[m.group("mult").lower()]
        x_lo, x_hi = interval(x, x_prec, _qual(m.group("xq")))
        y_lo, y_hi = interval(y, y_prec, _qual(m.group("yq")))
        ratio = (y_lo / max(x_hi, 1e-9), y_hi / max(x_lo, 1e-9))
        if overlaps((factor * 0.9, factor * 1.1), ratio):
            continue
        lo, hi = min(m.start("x"), m.start("y")), max(m.end("x"), m.end("y"))
        yield Hit(
            message=(
                f"“{m.group('mult')}” does not fit the figures: from"
                f" {ctx.text(m.start('x'), m.end('x'))} to {ctx.text(m.start('y'), m.end('y'))}"
                f" is {y / x:.2g} times as much."
            ),
            spans=[(m.start("mult"), m.end("mult")), (lo, hi)],
            confidence=0.75,
        )


@rule("FC402", category=Category.NUMBER, severity=Severity.WARNING)
def percent_change_mismatch(ctx: RuleContext) -> Iterator[Hit]:
    """A stated percentage change does not match the before and after figures beside it.

    **What it does.** Reads phrases that give a change together with both figures ("rose
    25% from 40,000 to 60,000", "to $1.2 billion from $900 million, up 12%", "a 10% drop
    from 2,000 to 1,800", "doubled from 40 to 80", "£318m, up 12 per cent from £296m",
    "$5.4 billion, 20% higher than last year's $5.0 billion", "£24.6bn, up from the £20.5bn
    estimated by the department in 2021 – an increase of 14 per cent", "$124.5 million in
    property taxes next year, up from $118.0 million this year, a 7.2 percent increase", "…, a
    drop of 11 percent and its worst fall in three years"; money may carry a letter or code
    sign: "R4.1 billion", "CHF 2.3bn", "Rs 40 crore"; the new figure may be a copula's
    subject: "£312.6m for 2025/26 is up from £296.8m this year, a rise of 6.8 per cent", "$5.4
    billion was 20% higher than …") and works out the change the figures imply (Indian digit
    grouping, "12,96,000", is one figure). It allows for the rounding of each figure (trailing
    zeros may be rounding: "$412,000") and for hedges such as "about", "nearly" and "more than";
    "percentage points" are compared as a difference, and a change between two percentages
    may be either. A change stated in the wrong direction ("fell 20% from 50 to 60") is
    reported too. It also reads a change that closes a clause giving exactly two figures of
    one thing side by side ("18.2 million trips in 2021 … and 21.4 million last year, a 24
    percent jump", "240 patients …, compared with 180 in the group given the drug, a 40 per
    cent reduction"); as it is not always clear which figure came first, that is reported
    only when the change fits neither order, and allowing two points or a tenth of the
    change either way (a trial's adjusted result may differ a little from its raw counts).
    A change that opens the next sentence is checked against the one pair of figures in
    the sentence before ("… £51.0 million, up from £48.2 million. The 9.4 per cent rise …",
    "The increase, which officers described as a 9.4 per cent rise, …"). A change to a figure
    whose base the article gives as the figure before it ("… Crestline's closing price of
    $31.20. Crestline shares jumped 18% to $35.88", "Households currently pay R2.14 … that
    rate will rise to R2.52") is checked against that base, in its sentence or the one
    before; a closing price goes with a change that has happened, a figure paid "currently"
    with one still to come. When such a change gives no percentage, the article's one
    definite percentage change after it ("the 12.7% rise") is checked instead. A change
    closing a clause after "from X … to Y" ("fell from 52 minutes in the six months before
    the pilot to 39 minutes in the six months after it began, a 40% reduction") is checked
    when X and Y are the sentence's only figures before it and count the same thing. A pair
    of one noun set against itself at an earlier moment ("sold 312,400 tickets across 1,184
    shows, compared with 287,900 tickets last year") is read beside other figures, with its
    change closing the clause (", an increase of 11 per cent") or in the next sentence when
    that change's subject points back at it ("Organisers said the figure was up 11 per
    cent", "That was an increase of 12 per cent"); either order is allowed, a tenth looser.
    The base may be described before its figure ("€2.7 million, a 12% rise on last year's
    winner's cheque of €2.35 million"). A change that names what it is of and gives no figure
    ("the burglary figures as a drop of 18 per cent", "the 40 per cent rise in visitors",
    "applications had risen by 40 per cent") is checked against the article's one earlier
    pair of figures of that thing ("Burglaries dropped from 4,820 to 4,110"); so is an
    appositive change ("The profit figure, a rise of 18 per cent, was the highest in its
    128-year history", "Profits, up 18 per cent, …"), whose predicate may give other
    figures. A change of another thing in the pair's sentence ("…, while revenue increased
    …, up 10 per cent") does not count as one of that thing.
    A change closing a clause is checked against a figure the article marks as the one
    before ("The previous record, set in 2023, was 1.3 gigajoules, so the new figure
    represents an improvement of about 50 per cent", "The year before, it had 1.3 million",
    "400 employees a year ago", "Last season's average crowd was 20,000") and the one other
    figure of that thing in its sentence or the one before; the two figures' rounding is
    combined as a root sum of squares, not both at its extreme, and after a bare year ("In
    2023 there were 600 cases") either order is allowed.

    **Why it matters.** Readers can do this arithmetic; a percentage that does not follow
    from the figures next to it undermines the whole story.

    **Example.**

        Attendance rose 25% from 40,000 to 60,000.

    **Use instead.** "rose 50% from 40,000 to 60,000", or correct whichever figure is wrong.

    **Not flagged.** Rounded percentages that fit ("rose 33% from 30,000 to 40,000"),
    hedged ones that fit ("nearly 50%"), changes given without both figures, yearly rates
    and changes on another basis ("up 3% a year", "on an underlying basis", "at constant
    currency", "in real terms"), changes of or against something else ("a 24 percent jump
    on 2019", "a 40 per cent reduction in the risk of death"), and figures side by side
    that are two things ("1,200 cars and 300 vans") or that have a third figure beside
    them. A change after "up from" the base and the words that say whose or when it was is
    read only when it closes the sentence or clause and no other figure comes between. A
    change measured from a stated base is left alone when the base and the change name
    weekdays more than a day apart, and a definite change named later when the article
    gives another percentage change or another change to a figure, or when it is a change
    in something else ("the 12.7% rise in water charges"). A pair of two places ("compared
    with 900 in the county") or a change of something else ("Revenue was up 11 per cent",
    "the number of shows") is left alone. A year or a span of time beside a change ("… in
    2024, up 6.2 per cent on", "512,000 over the two weeks, about 4% more than") is not its
    figure. A named change is left alone when its sentence gives other figures, another span
    or place ("since the pandemic", "over five years", "In Stockton"), or a forecast, when
    the article already gives a change of that thing, or gives two pairs it could be. A
    change against a figure marked as the one before is left alone when other words come
    between the figures and the change ("and ticket revenue showed a rise of 40 per cent"),
    when a third figure could be its other figure, or when the figures are percentages.

    **How to silence it.** `--ignore FC402`, or fix the text.
    """
    sentences = ctx.analysis.sentences
    prev_lowered = ""
    for index, sentence in enumerate(sentences):
        lowered = ctx.text(sentence.start, sentence.end).lower()
        reported: set[int] = set()
        if any(k in lowered for k in _BASE_KEYS) and any(k in lowered for k in _CHANGE_KEYS):
            for hit in _change_hits(ctx, sentence.start, sentence.end):
                reported.add(hit.spans[0][0])
                yield hit
        if any(k in lowered for k in _CHANGE_KEYS[:3]) and any(k in lowered for k in _PAIR_KEYS):
            for hit in _pair_hits(ctx, sentence.start, sentence.end):
                if hit.spans[0][0] not in reported:
                    reported.add(hit.spans[0][0])
                    yield hit
        if "from" in lowered and " to " in lowered and any(k in lowered for k in _CHANGE_KEYS[:3]):
            for hit in _from_to_clause_hits(ctx, sentence.start, sentence.end):
                if hit.spans[0][0] not in reported:
                    yield hit
        if index and any(k in lowered[:120] for k in _CHANGE_KEYS[:3]):
            for hit in _change_back_hits(ctx, index):
                reported.add(hit.spans[0][0])
                yield hit
        if (
            index
            and any(k in lowered for k in _CHANGE_KEYS[:3])
            and _FIGURE_CHANGE_KEYS.search(lowered)
        ):
            for hit in _figure_change_hits(ctx, index):
                if hit.spans[0][0] not in reported:
                    yield hit
        if index and any(k in lowered for k in _CHANGE_KEYS[:3]):
            for hit in _named_change_hits(ctx, index):
                if hit.spans[0][0] not in reported:
                    yield hit
        if any(k in lowered for k in _CHANGE_KEYS[:3]) and any(
            k in lowered or k in prev_lowered for k in _EARLIER_KEYS
        ):
            for hit in _earlier_base_hits(ctx, index):
                if hit.spans[0][0] not in reported:
                    yield hit
        prev_lowered = lowered
    lowered = ctx.article.text.lower()
    if " to " in lowered and any(k in lowered for k in _BASE_KEYS_BEFORE):
        yield from _to_only_hits(ctx)


# "… 18.2 million trips in 2021 … and 21.4 million last year, a 24 percent jump", "240
# patients were admitted …, compared with 180 in the group given the drug, a 40 per cent
# reduction": two figures side by side, then the change between them, closing the clause.
_PAIR_END = r"(?=\s*(?:[,;.—–)]|$))"
_PAIR_CHANGES = [
    re.compile(
        rf",\s+(?:an?\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}\s+"
        rf"(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS}){_PAIR_END}",
        re.I,
    ),
    re.compile(
        rf",\s+(?P<verb>up|down)\s+(?:by\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}{_PAIR_END}",
        re.I,
    ),
    re.compile(
        rf",\s+an?\s+(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\s+of\s+(?:(?P<pq>{QUAL})\s+)?"
        rf"(?P<p>{_PCT}){_PTS}{_PAIR_END}",
        re.I,
    ),
]
_PAIR_KEYS = (" and ", "compared", "against", "versus", " vs", "while", "whereas")
_PAIR_JOIN = re.compile(
    r"\b(?:and|compared\s+(?:with|to)|against|versus|vs\.?|while|whereas)\b", re.I
)
_PAIR_COMPARE = re.compile(r"\b(?:compared|against|versus|vs)\b", re.I)
# When a figure of the pair was: "in 2021", "last year", "a year earlier", "in March".
_PAIR_TIME = re.compile(
    rf"\b(?:(?:in|by|during)\s+(?:(?:19|20)\d\d|{_MONTH})|(?:this|last|the\s+previous)\s+"
    r"(?:year|month|quarter|season)|a\s+(?:year|decade)\s+(?:earlier|ago|before))",
    re.I,
)
_PAIR_FIGURE = re.compile(rf"(?<![\w.,$€£¥₹])(?:(?P<q>{QUAL})\s+)?(?P<f>{_AMOUNT})", re.I)
# How far a change beside two figures may stray from them: two points, or a tenth of it.
_PAIR_SLACK_POINTS = 2.0
_PAIR_SLACK_SHARE = 0.1


def _pair_hits(ctx: RuleContext, start: int, end: int) -> Iterator[Hit]:
    """A change closing a clause that gives exactly two figures of one thing, set side by
    side ("X in 2021 and Y last year", "X …, compared with Y"). Which figure is the earlier
    is not always clear, so it is reported only when it fits neither reading, and a
    little loosely: trial results, for one, are often adjusted a point or two."""
    text = ctx.article.text
    changes = sorted(
        (c for pattern in _PAIR_CHANGES for c in pattern.finditer(text, start, end)),
        key=lambda c: c.start(),
    )
    for c in changes:
        figures = [
            f
            for f in _PAIR_FIGURE.finditer(text, start, c.start())
            if any(ch.isdigit() for ch in f.group("f"))
            and not _YEAR_LIKE.fullmatch(f.group("f").strip())
        ]
        if len(figures) != 2:
            # "sold 312,400 tickets across 1,184 shows, compared with 287,900 tickets last
            # year, an increase of 11 per cent": the one pair of one noun set against itself.
            pair = _compared_pair(ctx, start, c.start())
            if pair is not None and not _ANY_DIGITS.search(
                _YEARS.sub("", text[pair[0].end("y") : c.start()])
            ):
                yield from _compared_hit(ctx, c, pair[0], pair[1])
            continue  # no pair, or other figures the change could be between
        fx, fy = figures
        between, after_y = text[fx.end() : fy.start()], text[fy.end() : c.start()]
        if not _PAIR_JOIN.search(between):
            continue
        compare = bool(_PAIR_COMPARE.search(between))
        if not compare and not (_PAIR_TIME.search(between) and _PAIR_TIME.search(after_y)):
            continue  # "X and Y" with no moment for each: not two moments of one thing
        if _ANY_DIGITS.search(_YEARS.sub("", between + after_y)):
            continue
        head_x = _HEAD_NOUN.match(text, fx.end())
        head_y = _HEAD_NOUN.match(text, fy.end())
        if head_x and head_y and head_x.group(1).lower() != head_y.group(1).lower():
            continue  # "1,200 cars and 300 vans": two things, not one thing twice
        if bool(_CURRENCY_SIGN.match(fx.group("f"))) != bool(_CURRENCY_SIGN.match(fy.group("f"))):
            continue  # money against a count
        x, x_prec, x_pct = _amount(fx.group("f"))
        y, y_prec, y_pct = _amount(fy.group("f"))
        if x_pct != y_pct or x <= 0 or y <= 0:
            continue
        p, p_prec, _ = _amount(c.group("p"))
        points = c.group("pts") is not None
        word = (c.groupdict().get("noun") or c.groupdict().get("verb") or "").lower()
        sign = -1.0 if _DOWN.match(word) else 1.0
        lo_p, hi_p = interval(p, p_prec, _qual(c.group("pq")))
        slack = max(_PAIR_SLACK_POINTS, _PAIR_SLACK_SHARE * p)
        lo_p, hi_p = lo_p - slack, hi_p + slack
        stated = (lo_p, hi_p) if sign > 0 else (-hi_p, -lo_p)
        readings = []
        for (a, a_prec, aq), (b, b_prec, bq) in (
            ((x, x_prec, fx.group("q")), (y, y_prec, fy.group("q"))),
            ((y, y_prec, fy.group("q")), (x, x_prec, fx.group("q"))),
        ):
            a_lo, a_hi = interval(a, _unit(a, a_prec), _qual(aq))
            b_lo, b_hi = interval(b, _unit(b, b_prec), _qual(bq))
            a_lo = max(a_lo, 1e-9)
            if points or x_pct:
                readings.append((b_lo - a_hi, b_hi - a_lo))
            if not points:
                readings.append(((b_lo / a_hi - 1) * 100, (b_hi / a_lo - 1) * 100))
        if any(overlaps(stated, r) for r in readings):
            continue
        if compare and (x > y) != (sign < 0):
            # "X, compared with Y": the order that goes the stated way is the one meant
            x, y, fx, fy = y, x, fy, fx
        actual = (y - x) if points else (y - x) / x * 100
        unit = " points" if points else "%"
        how = "rise" if actual > 0 else "fall"
        p_text = ctx.text(c.start("p"), c.end("p"))
        first, second = fx.group("f"), fy.group("f")
        lo, hi = min(fx.start("f"), fy.start("f")), max(fx.end("f"), fy.end("f"))
        yield Hit(
            message=(
                f"A change of {p_text} does not fit the figures beside it: from {first} to"
                f" {second} is a {how} of {abs(actual):.3g}{unit}."
            ),
            spans=[(c.start("p"), c.end("p")), (lo, hi)],
            confidence=0.7,
            suggestion=f"{abs(actual):.0f}{unit}, if the two figures are right",
        )


# "fell from 52 minutes in the six months before the pilot to 39 minutes in the six months
# after it began, a 40% reduction": a from-to whose figures carry longer words of when.
_FROM_BEFORE = re.compile(rf"\bfrom\s+(?:(?:{QUAL})\s+)?$", re.I)
_TO_BEFORE = re.compile(rf"\bto\s+(?:(?:{QUAL})\s+)?$", re.I)
# How far the words after each figure of such a from-to may run.
_FROM_TO_WORDS = 100


def _from_to_clause_hits(ctx: RuleContext, start: int, end: int) -> Iterator[Hit]:
    """A change closing a clause (", a 40% reduction") after "from X … to Y", when X and Y
    are the only figures before it in the sentence, count one thing (the same noun, both
    money or neither) and the words after each say only when or of what."""
    text = ctx.article.text
    for c in (c for pattern in _PAIR_CHANGES for c in pattern.finditer(text, start, end)):
        figures = [
            f
            for f in _PAIR_FIGURE.finditer(text, start, c.start())
            if any(ch.isdigit() for ch in f.group("f"))
            and not _YEAR_LIKE.fullmatch(f.group("f").strip())
        ]
        if len(figures) != 2:
            continue
        fx, fy = figures
        if not (
            _FROM_BEFORE.search(text, max(start, fx.start() - 30), fx.start())
            and _TO_BEFORE.search(text, max(start, fy.start() - 30), fy.start())
        ):
            continue
        between, after_y = text[fx.end() : fy.start()], text[fy.end() : c.start()]
        if max(len(between), len(after_y)) > _FROM_TO_WORDS or ";" in between + after_y:
            continue
        if _ANY_DIGITS.search(_YEARS.sub("", between + after_y)):
            continue
        if _OTHER_BASIS.search(text, fx.start(), end) or _RATE_OR_REAL.match(text, c.end("p")):
            continue
        head_x = _HEAD_NOUN.match(text, fx.end())
        head_y = _HEAD_NOUN.match(text, fy.end())
        if bool(head_x) != bool(head_y) or (
            head_x and head_y and head_x.group(1).lower() != head_y.group(1).lower()
        ):
            continue  # "from 40 schools to 12 academies": two things
        if bool(_CURRENCY_SIGN.match(fx.group("f"))) != bool(_CURRENCY_SIGN.match(fy.group("f"))):
            continue
        x, x_prec, x_pct = _amount(fx.group("f"))
        y, y_prec, y_pct = _amount(fy.group("f"))
        if x_pct != y_pct or x <= 0 or y < 0:
            continue
        p, p_prec, _ = _amount(c.group("p"))
        points = c.group("pts") is not None
        word = (c.groupdict().get("noun") or c.groupdict().get("verb") or "").lower()
        sign = -1.0 if _DOWN.match(word) else 1.0
        lo_p, hi_p = interval(p, p_prec, _qual(c.group("pq")))
        stated = (lo_p, hi_p) if sign > 0 else (-hi_p, -lo_p)
        x_lo, x_hi = interval(x, _unit(x, x_prec), _qual(fx.group("q")))
        y_lo, y_hi = interval(y, _unit(y, y_prec), _qual(fy.group("q")))
        x_lo = max(x_lo, 1e-9)
        computed: list[tuple[float, float]] = []
        if points or x_pct:
            computed.append((y_lo - x_hi, y_hi - x_lo))
        if not points:
            computed.append(((y_lo / x_hi - 1) * 100, (y_hi / x_lo - 1) * 100))
        if any(overlaps(stated, r) for r in computed):
            continue
        actual = (y - x) if points else (y - x) / x * 100
        unit = " points" if points else "%"
        how = "rise" if actual > 0 else "fall"
        yield Hit(
            message=(
                f"A change of {ctx.text(c.start('p'), c.end('p'))} does not fit the figures:"
                f" from {fx.group('f')} to {fy.group('f')} is a {how} of"
                f" {abs(actual):.3g}{unit}."
            ),
            spans=[(c.start("p"), c.end("p")), (fx.start("f"), fy.end("f"))],
            confidence=0.75,
            suggestion=f"{abs(actual):.0f}{unit}, if the two figures are right",
        )


# A change worked out on some other basis than the figures given: "on an underlying basis".
_OTHER_BASIS = re.compile(
    r"\b(?:underlying|like[-\s]for[-\s]like|constant\s+(?:currency|currencies|exchange)"
    r"|organic(?:ally)?|adjusted|excluding|stripping\s+out|in\s+real\s+terms|after\s+inflation"
    r"|per\s+(?:share|head|capita))\b",
    re.I,
)
_MONTH_BEFORE = re.compile(rf"{_MONTH}\s*$")
_TIME_UNIT = re.compile(
    r"\s+(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?"
    r"|nights?|seasons?)\b",
    re.I,
)
_YEARS = re.compile(r"\b(?:19|20)\d\d\b")
# The plural noun right after a figure: "18.2 million trips", not "21.4 million last year".
_HEAD_NOUN = re.compile(
    r"\s+(?!(?:last|this|was|has|is|its|as|his|plus|less|across|thus|unless|whereas|perhaps"
    r"|always|years|months|weeks|days)\b)([a-z][a-z-]*[^s\W]s)\b"
)
_CURRENCY_SIGN = re.compile(r"(?:US\$|A\$|C\$|NZ\$|HK\$|[$€£¥₹])")


# "The 9.4 per cent rise …", "That is a rise of 9.4 per cent": a change opening a sentence
# that points back at the figures of the sentence before.
_CHANGE_BACK = [
    re.compile(
        rf"\s*(?:The|This|That)\s+(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}\s+"
        rf"(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\b(?P<in>\s+in\s+(?P<what>(?:[\w-]+\s+){{0,2}}"
        r"[\w-]+))?"
    ),
    re.compile(
        r"\s*(?:That|This|It)\s+(?:is|was|represents|represented|marks|marked|amounts\s+to"
        rf"|would\s+be)\s+(?:an?\s+)?(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\s+of\s+"
        rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}"
    ),
    re.compile(
        r"\s*(?:That|This|It)\s+(?:is|was|represents|represented|marks|marked|amounts\s+to"
        rf"|would\s+be)\s+(?:an?\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}\s+"
        rf"(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\b"
    ),
]
# "The increase, which officers described as a 9.4 per cent rise, …", "The rise, of 9.4 per
# cent, …", "The increase amounts to 9.4 per cent": the change named first, then its size,
# all before the sentence's first other figure.
_SIZED_AS = (
    r"(?:described|called|put|estimated|calculated|set|reported|given|characteri[sz]ed|billed"
    r"|presented|labell?ed)\s+(?:it\s+)?(?:as|at)"
)
_IS_SIZE = (
    r"(?:is|was|represents|represented|amounts\s+to|amounted\s+to|works\s+out\s+at"
    r"|worked\s+out\s+at|equates\s+to|equated\s+to|comes\s+to|came\s+to)"
)
_CHANGE_BACK.append(
    re.compile(
        rf"\s*(?:The|This|That)\s+(?:overall\s+|total\s+)?(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})"
        rf"(?:,\s+(?:which|that)\s+(?:[^,;.\d%]{{0,60}}?\b{_SIZED_AS}|{_IS_SIZE})\s+|,\s+"
        rf"(?:of\s+)?|\s+(?:{_IS_SIZE}|of)\s+)(?:(?:an?|the)\s+)?(?:(?P<pq>{QUAL})\s+)?"
        rf"(?P<p>{_PCT}){_PTS}(?:\s+(?:{_UP_NOUNS}|{_DOWN_NOUNS})\b)?(?!\s+(?:{_UP_NOUNS}"
        rf"|{_DOWN_NOUNS}|in|of|on|for|last|this|next|a\s+year|since|over|higher|lower|more|less"
        r"|than)\b)"
    )
)
# The two figures of the sentence before: "£51.0 million, up from £48.2 million", "from
# 1,240 to 1,410", "to 1,410 from 1,240".
_BEFORE_AFTER = [
    re.compile(rf"(?P<y>{_AMOUNT}){_TAIL},?\s+(?P<dir>up|down)\s+from\s+(?P<x>{_AMOUNT})", re.I),
    re.compile(rf"\b{_FROM_TO}", re.I),
    re.compile(rf"\b{_TO_FROM}", re.I),
]


def _change_back_hits(ctx: RuleContext, index: int) -> Iterator[Hit]:
    """ "Spending will be £51.0 million, up from £48.2 million. The 9.4 per cent rise …": a
    change that opens a sentence, against the one pair of figures in the sentence before."""
    text = ctx.article.text
    sentence, prev = ctx.analysis.sentences[index], ctx.analysis.sentences[index - 1]
    found = None
    for pattern in _CHANGE_BACK:
        found = pattern.match(text, sentence.start, sentence.end)
        if found is not None:
            break
    if found is None or _RATE_OR_REAL.match(text, found.end("p")):
        return
    p_text = ctx.text(prev.start, prev.end)
    if _PCT_MARK.search(p_text) or any(
        k in p_text.lower() for k in ("doubl", "tripl", "trebl", "quadrupl", "halv")
    ):
        return  # the sentence before gives its own change
    what = found.groupdict().get("what")
    if what and not _stems_in(what, p_text):
        return  # "The 9.4 per cent rise in council tax": a change of something else
    pairs = []
    for pattern in _BEFORE_AFTER:
        for m in pattern.finditer(text, prev.start, prev.end):
            if not any(m.start("x") == q.start("x") for q in pairs):
                pairs.append(m)
    if len(pairs) != 1 or len(_ANY_DIGITS.findall(p_text)) != 2:
        return  # no pair, or other figures the change could be of
    m = pairs[0]
    x, x_prec, x_pct = _money(m.group("x"))
    y, y_prec, y_pct = _money(m.group("y"))
    if x_pct != y_pct or x <= 0 or y < 0 or x_pct:
        return
    if all(_YEAR_LIKE.fullmatch(m.group(g).strip()) for g in ("x", "y")):
        return
    p, p_prec, _ = _amount(found.group("p"))
    if found.group("pts"):
        return
    sign = -1.0 if _DOWN.match(found.group("noun")) else 1.0
    lo_p, hi_p = interval(p, p_prec, _qual(found.group("pq")))
    stated = (lo_p, hi_p) if sign > 0 else (-hi_p, -lo_p)
    groups = m.groupdict()
    x_lo, x_hi = interval(x, _unit(x, x_prec), _qual(groups.get("xq")))
    y_lo, y_hi = interval(y, _unit(y, y_prec), _qual(groups.get("yq")))
    x_lo = max(x_lo, 1e-9)
    if overlaps(stated, ((y_lo / x_hi - 1) * 100, (y_hi / x_lo - 1) * 100)):
        return
    actual = (y - x) / x * 100
    how = "rise" if actual > 0 else "fall"
    lo, hi = min(m.start("x"), m.start("y")), max(m.end("x"), m.end("y"))
    yield Hit(
        message=(
            f"A change of {ctx.text(found.start('p'), found.end('p'))} does not fit the figures"
            f" of the sentence before: from {ctx.text(m.start('x'), m.end('x'))} to"
            f" {ctx.text(m.start('y'), m.end('y'))} is a {how} of {abs(actual):.3g}%."
        ),
        spans=[(found.start("p"), found.end("p")), (lo, hi)],
        confidence=0.7,
        suggestion=f"{abs(actual):.0f}%, if the two figures are right",
    )


_ANY_DIGITS = re.compile(r"\d[\d,.]*")


# --- a change to a figure, measured from a base said to be the figure before ---------------

# Rand ("R2.14", "R310 million") besides the signs an _AMOUNT reads.
_RAND = r"R\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s*(?:bn|m|million|billion)\b)?"
_FIGURE = rf"(?:{_RAND}|{_AMOUNT})"
# "Crestline shares jumped 18% to $35.88", "that rate will rise to R2.52": a change that
# gives the figure after it but not the one before.
_TO_ONLY = re.compile(
    rf"\b(?P<verb>{_UP_VERBS}|{_DOWN_VERBS}|rise|increase|climb|jump|go\s+up|fall|drop|decrease"
    rf"|decline|go\s+down)\s+(?:by\s+)?(?:(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}\s+)?to\s+"
    rf"(?:(?P<yq>{QUAL})\s+)?(?P<y>{_FIGURE})(?![.,]?\d)(?!\s*[-–]|\s+(?:and|or)\b"
    # "to $5 from $4" gives its base: the patterns above read it.
    rf"|\s+from\s+(?:(?:{QUAL})\s+)?(?:[$€£¥₹]|R\d|\d[\d,.]*(?!\d|\s+{_MONTH})))",
    re.I,
)
# A figure said to be the one before a change: "currently pay R2.14", "Crestline's closing
# price of $31.20", "closed on Wednesday at $31.20", "its previous close of $31.20".
_BASE_KEYS_BEFORE = ("current", "present", "clos")
_BASE_FIGURE = re.compile(
    r"\b(?:(?P<now>currently|presently|at\s+present)\s+(?:[a-z]+\s+){0,3}?"
    r"|(?:closing\s+(?:share\s+)?price|(?:(?:previous|prior|last)\s+|[\w'’]+['’]s\s+)close"
    r"|closed(?:\s+[\w'’]+){0,3}?)\s+(?:of|at)\s+)"
    rf"(?:(?P<xq>{QUAL})\s+)?(?P<x>{_FIGURE})",
    re.I,
)
# "the 12.7% rise", "this 9 per cent increase": a change named once it has been described.
_DEFINITE_CHANGE = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:(?:proposed|planned|latest|new)\s+)?"
    rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}\s+(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS}|hike)\b"
    r"(?P<in>\s+in\s+(?P<what>(?:[\w-]+\s+){0,2}[\w-]+))?"
)
# Any change given as a percentage: a second one may be what the definite one names.
_ANY_PCT_CHANGE = re.compile(
    rf"{_PCT}{_PTS}\s+(?:{_UP_NOUNS}|{_DOWN_NOUNS}|hike|higher|lower|more|less|up|down)\b"
    rf"|\b(?:{_UP_NOUNS}|{_DOWN_NOUNS}|hike|{_UP_VERBS}|{_DOWN_VERBS})\s+(?:of\s+|by\s+)?"
    rf"(?:(?:{QUAL})\s+)?{_PCT}",
    re.I,
)
_BASE_FORM = re.compile(
    r"rise|increase|climb|jump|go\s+up|fall|drop|decrease|decline|go\s+down", re.I
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _sign_of(raw: str) -> str:
    """The currency a figure is in: "$", "R", or "" for none."""
    raw = raw.strip()
    if re.match(r"R\d", raw):
        return "R"
    sign = _CURRENCY_SIGN.match(raw)
    return sign.group(0) if sign else ""


def _figure(raw: str) -> tuple[float, float, bool]:
    raw = raw.strip()
    return _amount(raw[1:] if _sign_of(raw) == "R" else raw)


def _days_apart(base: str, change: str) -> bool:
    """Whether the sentences name weekdays that a close and the next day's move cannot span:
    "closed at $31.20 on Wednesday" and "jumped 18% on Friday"."""
    a = {_WEEKDAYS.index(d.lower()) for d in _WEEKDAY.findall(base)}
    b = {_WEEKDAYS.index(d.lower()) for d in _WEEKDAY.findall(change)}
    if not a or not b:
        return False
    return not any(y in (x, (x + 1) % 7) for x in a for y in b)


def _to_only_hits(ctx: RuleContext) -> Iterator[Hit]:
    """ "… a premium of 17% to Crestline's closing price of $31.20. Crestline shares jumped
    18% to $35.88": a change to a figure whose base is the figure the article says came
    before it (a closing price, what is "currently" paid), in its sentence or the one
    before. A change given without a percentage ("that rate will rise to R2.52") is checked
    against the article's one definite percentage change ("the 12.7% rise") when it is the
    article's only such change and only percentage change."""
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    events: list[tuple[re.Match[str], re.Match[str], int]] = []
    # Bases are rare: read the changes only in a base's sentence and the one after it.
    at = {_sentence_index(ctx, x.start()) for x in _BASE_FIGURE.finditer(text)}
    with_base = sorted(at | {i + 1 for i in at})
    for index in with_base:
        if index >= len(sentences):
            continue
        sentence = sentences[index]
        for m in _TO_ONLY.finditer(text, sentence.start, sentence.end):
            floor = sentences[index - 1].start if index else sentence.start
            bases = [
                x
                # In the sentence before, or anywhere in the change's own sentence: "jumped 18%
                # to $35.88, from Wednesday's close of $31.20".
                for x in _BASE_FIGURE.finditer(text, floor, sentence.end)
                if not (m.start() <= x.start("x") < m.end())
                and _sign_of(x.group("x")) == _sign_of(m.group("y"))
                and any(ch.isdigit() for ch in x.group("x"))
            ]
            if len(bases) != 1 or _RATE_OR_REAL.match(
                text, m.end("p") if m.group("p") else m.end()
            ):
                continue  # no base, two it could be, or "up 3% a year"
            base = bases[0]
            at = sentences[_sentence_index(ctx, base.start())]
            if _owners_differ(ctx, at, sentence, base.start(), m.start()):
                continue  # "Calder's stock closed at …. Marston shares fell 9%": two companies
            if _days_apart(ctx.text(at.start, at.end), ctx.text(sentence.start, sentence.end)):
                continue
            # What is paid "currently" comes before a change still to come ("will rise to");
            # a closing price before one that has happened ("jumped 18% to").
            if bool(base.group("now")) != bool(_BASE_FORM.fullmatch(m.group("verb"))):
                continue
            events.append((m, base, index))
    if not events:
        return
    bare = [e for e in events if not e[0].group("p")]
    for m, base, _ in events:
        if m.group("p"):
            yield from _to_only_hit(ctx, m, base, m)
    if len(events) != 1 or len(bare) != 1:
        return
    if sum(1 for t in _TO_ONLY.finditer(text) if not t.group("p")) != 1:
        return  # another change to a figure, whose base is not given: the rise may be that
    m, base, index = bare[0]
    refs = [r for r in _DEFINITE_CHANGE.finditer(text) if r.start() > m.end()]
    if len(refs) != 1 or len(_ANY_PCT_CHANGE.findall(text)) != 1:
        return  # no change named later, or other changes it could be
    ref = refs[0]
    what = ref.group("what")
    floor = sentences[index - 1].start if index else sentences[index].start
    if what and not _stems_in(what, ctx.text(floor, sentences[index].end)):
        return  # "the 12.7% rise in water charges": a change of something else
    yield from _to_only_hit(ctx, m, base, ref)


# Whose shares: "Calder's stock", "Marston shares", "Crestline's closing price".
_SHARE_OWNER = re.compile(
    r"\b([A-Z][\w&.-]+)(?:['’]s)?\s+(?:stock|shares|share\s+price|closing\s+(?:share\s+)?price)\b"
)


def _owners_differ(ctx: RuleContext, at: Sentence, here: Sentence, base: int, change: int) -> bool:
    """The base and the change name different companies' shares, each the last before it."""
    text = ctx.article.text
    owners = []
    for sentence, pos in ((at, base), (here, change)):
        found = list(_SHARE_OWNER.finditer(text, sentence.start, pos + 1))
        owners.append(found[-1].group(1) if found else None)
    return None not in owners and owners[0] != owners[1]


def _sentence_index(ctx: RuleContext, pos: int) -> int:
    """The index of the sentence that holds ``pos`` (or the last one to start before it)."""
    starts = [s.start for s in ctx.analysis.sentences]
    return max(0, bisect_right(starts, pos) - 1)


def _to_only_hit(
    ctx: RuleContext, m: re.Match[str], base: re.Match[str], stated: re.Match[str]
) -> Iterator[Hit]:
    """The hit when the change ``stated`` gives does not fit from ``base`` to ``m``'s figure."""
    x, x_prec, x_pct = _figure(base.group("x"))
    y, y_prec, y_pct = _figure(m.group("y"))
    p, p_prec, _ = _amount(stated.group("p"))
    if x_pct != y_pct or x <= 0 or y < 0 or stated.group("pts") or x_pct:
        return
    if _YEAR_LIKE.fullmatch(base.group("x").strip()) or _YEAR_LIKE.fullmatch(m.group("y").strip()):
        return
    word = (stated.groupdict().get("noun") or m.group("verb") or "").lower()
    sign = (
        -1.0
        if _DOWN.match(" ".join(word.split()))
        or word.startswith(("fall", "drop", "decrease", "decline", "go down", "cut"))
        else 1.0
    )
    lo_p, hi_p = interval(p, p_prec, _qual(stated.group("pq")))
    expected = (lo_p, hi_p) if sign > 0 else (-hi_p, -lo_p)
    x_lo, x_hi = interval(x, _unit(x, x_prec), _qual(base.group("xq")))
    y_lo, y_hi = interval(y, _unit(y, y_prec), _qual(m.group("yq")))
    x_lo = max(x_lo, 1e-9)
    if overlaps(expected, ((y_lo / x_hi - 1) * 100, (y_hi / x_lo - 1) * 100)):
        return
    actual = (y - x) / x * 100
    how = "rise" if actual > 0 else "fall"
    x_text, y_text = base.group("x"), m.group("y")
    figures = sorted({base.span("x"), m.span("y")} - {stated.span("p")})
    yield Hit(
        message=(
            f"A change of {ctx.text(stated.start('p'), stated.end('p'))} does not fit the"
            f" figures: from {x_text} before to {y_text} after is a {how} of {abs(actual):.3g}%."
        ),
        spans=[stated.span("p"), *figures],
        confidence=0.7,
        suggestion=f"{abs(actual):.0f}%, if the two figures are right",
    )


# --- a pair compared in one sentence, its change in the next ------------------------------

# "312,400 tickets …, compared with 287,900 tickets last year", "£51.0 million, up from
# £48.2 million": what sets a figure against the one it is measured from.
_COMPARE_LINK = re.compile(
    r"\b(?P<link>compared\s+(?:with|to)|against|versus|vs\.?|(?:up|down)\s+from)\s+(?:the\s+)?"
    rf"(?:(?P<yq>{QUAL})\s+)?(?P<y>{_AMOUNT})",
    re.I,
)
# When the figure measured against was: "287,900 tickets last year", "7,900 a year earlier".
_THEN = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?,?\s+(?:(?:in|during|for)\s+(?:the\s+)?(?:(?:19|20)\d\d|"
    rf"{_MONTH}|(?:previous|prior|last|same)\s+\w+)|(?:last|the\s+previous|the\s+prior)\s+"
    r"(?:year|month|quarter|season|week|edition|time|spring|summer|autumn|winter)|an?\s+(?:year"
    r"|month|week|decade|season)\s+(?:earlier|ago|before)|the\s+(?:year|month|season|week)\s+"
    r"before|previously|before\s+the\s+\w+)\b",
    re.I,
)
_COMPARE_KEYS = ("compared", "against", "versus", " vs", "up from", "down from")


def _compared_pair(
    ctx: RuleContext, start: int, end: int
) -> tuple[re.Match[str], re.Match[str]] | None:
    """The one pair of figures of one thing set against each other between ``start`` and
    ``end`` ("sold 312,400 tickets across 1,184 shows, compared with 287,900 tickets last
    year"): the figure after the link, and the one figure before it that counts the same
    noun (or, when the figure after the link names none, the only figure before it).
    Returns (link, figure before), or None when there is none or several."""
    text = ctx.article.text
    lowered = text[start:end].lower()
    if not any(k in lowered for k in _COMPARE_KEYS):
        return None
    found = []
    for link in _COMPARE_LINK.finditer(text, start, end):
        y_raw = link.group("y").strip()
        if _YEAR_LIKE.fullmatch(y_raw) or _PCT_MARK.search(y_raw):
            continue
        head = _HEAD_NOUN.match(text, link.end("y"))
        before = [
            f
            for f in _PAIR_FIGURE.finditer(text, start, link.start())
            if any(ch.isdigit() for ch in f.group("f"))
            and not _YEAR_LIKE.fullmatch(f.group("f").strip())
            and not _PCT_MARK.search(f.group("f"))
        ]
        if head is not None:
            noun = head.group(1).lower()
            before = [
                f
                for f in before
                if (h := _HEAD_NOUN.match(text, f.end("f"))) and h.group(1).lower() == noun
            ]
        if len(before) != 1:
            continue
        x = before[0]
        if bool(_CURRENCY_SIGN.match(x.group("f"))) != bool(_CURRENCY_SIGN.match(y_raw)):
            continue  # money against a count
        if not link.group("link").lower().startswith(("up", "down")) and not _THEN.match(
            text, link.end("y"), end
        ):
            continue  # "compared with 900 in the county": two places, not two moments
        found.append((link, x))
    return found[0] if len(found) == 1 else None


# "Organisers said the figure was up 11 per cent", "Sales were down 4 per cent", "That was
# a rise of 8.5 per cent": a change whose subject points back at figures given before it.
_FIGURE_CHANGE_KEYS = re.compile(
    r"\b(?:was|were|is|are|rose|fell|increased|decreased|grew|climbed|jumped|dropped|declined"
    r"|represent\w*|marks?|marked)\b"
)
_FIGURE_CHANGE = re.compile(
    r"\b(?P<verb>(?:was|were|is|are)\s+(?:up|down)|rose|fell"
    r"|increased|decreased|grew|climbed|jumped|dropped|declined|slipped|(?:was|is|represents"
    r"|represented|marks|marked|amounts\s+to|amounted\s+to)\s+(?:an?\s+)?(?P<noun>"
    rf"{_UP_NOUNS}|{_DOWN_NOUNS})\s+of)\s+(?:by\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}",
    re.I,
)
# Words that point back at a figure: "the figure", "that total", "it", "this".
_BACK_SUBJECT = re.compile(
    r"(?:^|\s)(?:(?:the|that|this|its|their)\s+(?:[a-z]+\s+)?(?:figure|total|number|tally"
    r"|count)s?(?!\s+of\b)|it|this|that|which)\s*$",
    re.I,
)
# A change measured from another base than the pair's, or of a part: "up 11 per cent on
# 2019", "in the north", "among under-25s"; the pair's own base may be named.
_OWN_BASE = re.compile(
    r"\s+(?:on|over|from|compared\s+(?:with|to)|against)\s+(?:the\s+)?(?:(?:last|previous"
    r"|prior|a)\s+(?:year|season|month|quarter|week|edition|time)|a\s+year\s+(?:earlier|ago|before)"
    r"|the\s+year\s+before)(?:['’]s)?(?:\s+(?:figure|total|level|edition))?\b",
    re.I,
)
_OTHER_BASE_AFTER = re.compile(
    r"\s+(?:on|over|from|than|compared|against|since|in|among|for|of|at|a\s+year|each|per)\b",
    re.I,
)


def _figure_change_hits(ctx: RuleContext, index: int) -> Iterator[Hit]:
    """ "… sold 312,400 tickets across 1,184 shows, compared with 287,900 tickets last year.
    Organisers said the figure was up 11 per cent …": a change with no figures before it in
    its sentence, whose subject points back ("the figure", "it", or the noun the pair
    counts), against the one compared pair of the sentence before."""
    text = ctx.article.text
    sentence, prev = ctx.analysis.sentences[index], ctx.analysis.sentences[index - 1]
    prev_text = ctx.text(prev.start, prev.end)
    if not any(k in prev_text.lower() for k in _COMPARE_KEYS) or _PCT_MARK.search(prev_text):
        return  # no pair set against another, or the sentence before gives its own change
    m = _FIGURE_CHANGE.search(text, sentence.start, sentence.end)
    if m is None or _ANY_DIGITS.search(text, sentence.start, m.start("p")):
        return  # no change, or figures of its own before it
    after = m.end()
    if _RATE_OR_REAL.match(text, after) or (
        _OTHER_BASE_AFTER.match(text, after) and not _OWN_BASE.match(text, after)
    ):
        return
    pair = _compared_pair(ctx, prev.start, prev.end)
    if pair is None:
        return
    link, fx = pair
    # The subject: the words of the change's clause before its verb.
    subj = re.split(r"[,;:()]", text[max(sentence.start, m.start() - 60) : m.start()])[-1]
    head = _HEAD_NOUN.match(text, fx.end("f"))
    if not (_BACK_SUBJECT.search(subj) or (head is not None and _stems_in(head.group(1), subj))):
        return  # "Revenue was up 11 per cent": a change of something else
    yield from _compared_hit(ctx, m, link, fx)


def _compared_hit(
    ctx: RuleContext, c: re.Match[str], link: re.Match[str], fx: re.Match[str]
) -> Iterator[Hit]:
    """The hit when the change ``c`` fits the pair ``fx`` against ``link``'s figure in
    neither order. A change against a figure "compared with" may be adjusted (a trial's
    result), so it is read a tenth looser; one "up from" a figure is not."""
    x, x_prec, x_pct = _amount(fx.group("f"))
    y, y_prec, y_pct = _amount(link.group("y"))
    if x_pct or y_pct or x <= 0 or y <= 0 or c.group("pts"):
        return
    p, p_prec, _ = _amount(c.group("p"))
    groups = c.groupdict()
    word = (groups.get("noun") or (groups.get("verb") or "").split()[-1]).lower()
    sign = -1.0 if _DOWN.match(word) or word in ("down", "fell", "dropped") else 1.0
    lo_p, hi_p = interval(p, p_prec, _qual(c.group("pq")))
    if not link.group("link").lower().startswith(("up", "down")):
        slack = _PAIR_SLACK_SHARE * p  # a tenth of the change either way
        lo_p, hi_p = lo_p - slack, hi_p + slack
    stated = (lo_p, hi_p) if sign > 0 else (-hi_p, -lo_p)
    x_lo, x_hi = interval(x, _unit(x, x_prec), _qual(fx.group("q")))
    y_lo, y_hi = interval(y, _unit(y, y_prec), _qual(link.group("yq")))
    x_lo, y_lo = max(x_lo, 1e-9), max(y_lo, 1e-9)
    # The figure after the link is usually the earlier; either order is allowed.
    readings = [
        ((x_lo / y_hi - 1) * 100, (x_hi / y_lo - 1) * 100),
        ((y_lo / x_hi - 1) * 100, (y_hi / x_lo - 1) * 100),
    ]
    if any(overlaps(stated, r) for r in readings):
        return
    actual = (x - y) / y * 100
    how = "rise" if actual > 0 else "fall"
    y_text = link.group("y").strip()
    yield Hit(
        message=(
            f"A change of {ctx.text(c.start('p'), c.end('p'))} does not fit the figures: from"
            f" {y_text} to {fx.group('f')} is a {how} of {abs(actual):.3g}%."
        ),
        spans=[(c.start("p"), c.end("p")), (fx.start("f"), link.end("y"))],
        confidence=0.7,
        suggestion=f"{abs(actual):.0f}%, if the two figures are right",
    )


# --- a change named by what it is of, its figures given earlier ---------------------------

_CHANGE_CORE = (
    rf"(?:(?:an?|the)\s+)?(?:(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\s+of\s+(?:(?P<pq>{QUAL})\s+)?"
    rf"(?P<p>{_PCT})|(?:(?P<pq2>{QUAL})\s+)?(?P<p2>{_PCT})\s+(?P<noun2>{_UP_NOUNS}|{_DOWN_NOUNS})\b)"
)
_NAMED_VERBS = (
    r"rose|risen|increased|grew|grown|climbed|jumped|soared|surged|fell|fallen|dropped|declined"
    r"|decreased|slipped|plunged|slumped|sank|shrank|shrunk|tumbled|(?:was|were|is|are)\s+(?:up"
    r"|down)"
)
# "the burglary figures as a drop of 18 per cent", "a 25 per cent rise in burglaries",
# "burglaries had fallen by 18 per cent": a change that names what it is of, not its figures.
_NAMED_CHANGES = [
    re.compile(
        r"\bthe\s+(?P<topic>(?:[a-z][\w-]*\s+){1,2}?)(?:figures|numbers|totals?|count|tally"
        r"|statistics)\b[^.;\d%]{0,60}?\b(?:as|showed|shows|show|represent\w*|mark\w*|revealed"
        rf"|reflect\w*|amount\w*\s+to)\s+{_CHANGE_CORE}",
        re.I,
    ),
    re.compile(
        rf"{_CHANGE_CORE}\s+in\s+(?:the\s+)?(?:number\s+of\s+)?(?P<topic>[a-z][\w-]*"
        r"(?:\s+[a-z][\w-]*)?)(?=\s*[,;.)—–]|\s*$|\s+(?:on|to|after|because|due|as|and|but"
        r"|which|that|was|were|is|has|had)\b)",
        re.I,
    ),
    re.compile(
        r"(?<![\w'’-])(?P<topic>[A-Za-z][\w-]{3,})\s+(?:had\s+|have\s+|has\s+)?(?:been\s+)?"
        rf"(?P<verb>{_NAMED_VERBS})\s+(?:by\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})",
        re.I,
    ),
    # An appositive change: "The profit figure, a rise of 18 per cent, was …", "Sales of
    # the model — an increase of 40 per cent — …", "Profits, up 18 per cent, were …".
    re.compile(
        r"(?:^|(?<=[.!?\s]))(?:(?:The|the|Its|its|Their|their)\s+)?(?P<topic>[A-Za-z][\w-]*"
        r"(?:\s+[a-z][\w-]*){0,2}?)\s*(?:,|\(|—|–)\s*(?:which\s+(?:was|is|represents|represented"
        rf"|marks|marked|amounts\s+to|amounted\s+to)\s+)?{_CHANGE_CORE}(?=\s*(?:[,;)—–]))",
    ),
    re.compile(
        r"(?:^|(?<=[.!?\s]))(?:(?:The|the|Its|its|Their|their)\s+)?(?P<topic>[A-Za-z][\w-]*"
        r"(?:\s+[a-z][\w-]*){0,2}?)\s*,\s+(?P<verb>up|down)\s+(?:by\s+)?(?:(?P<pq>"
        rf"{QUAL})\s+)?(?P<p>{_PCT})(?=\s*(?:[,;)—–]))",
    ),
]
# Clauses of one sentence that may have subjects of their own: "Profits rose …, while revenue
# increased …, up 10 per cent".
_CLAUSE_SPLIT = re.compile(r";|\bwhile\b|\bwhereas\b|,\s+(?:and|but)\b", re.I)
# Words of a topic that do not name what changed.
_VAGUE_TOPIC = _words(
    "the this that these those it its their figure figures number numbers total totals count"
    " tally overall latest new annual official recorded level levels rate rates which they"
    " there here"
)
# A change over another span or of another place than a pair given earlier.
_OTHER_SPAN = re.compile(
    r"\b(?:since|ago|decade|annual\w*|a\s+year|each\s+year|per\s+year|over\s+the\s+(?:past"
    r"|last|next)|in\s+the\s+(?:past|last|next)|(?:the\s+)?(?:previous|prior|last)\s+(?:year|month"
    r"|quarter)|compared|than|forecast|expected|predict\w*|target|would|could|will)\b"
    r"|\b(?:years|decades|months|weeks)\b"
    r"|\b(?:in|across|among|at|for|outside)\s+(?:the\s+)?(?-i:[A-Z][a-z])",
    re.I,
)
_POINTS_AFTER = re.compile(r"\s+(?:percentage\s+)?points?\b", re.I)
_SAME_SPAN_AFTER = re.compile(
    r"\s+(?:over|in|during|across)\s+(?:the\s+)?same\s+(?:period|time|twelve\s+months"
    r"|12\s+months|year)\b",
    re.I,
)


def _named_change_hits(ctx: RuleContext, index: int) -> Iterator[Hit]:
    """ "Burglaries dropped from 4,820 to 4,110 over the same period. … The force described
    the burglary figures as a drop of 18 per cent": a change that names what it is of and
    gives no figures, against the article's one earlier pair of figures of that thing (its
    sentence gives no change of its own)."""
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    sentence = sentences[index]
    # Cheap first: the sentence's one figure is its percentage.
    digits = _ANY_DIGITS.findall(text, sentence.start, sentence.end)
    if not digits or len(_PCT_MARK.findall(text, sentence.start, sentence.end)) != 1:
        return
    # With other figures, only an appositive change is read (they may be in its predicate).
    patterns = _NAMED_CHANGES if len(digits) == 1 else _NAMED_CHANGES[3:]
    found = None
    for pattern in patterns:
        found = pattern.search(text, sentence.start, sentence.end)
        if found is not None:
            break
    if found is None:
        return
    p_group = "p" if found.groupdict().get("p") else "p2"
    p_start, p_end = found.span(p_group)
    rest = text[sentence.start : p_start] + text[p_end : sentence.end]
    # An appositive closes before its sentence's predicate, whose figures are not the
    # change's ("…, a rise of 18 per cent, was the highest in its 128-year history").
    own = (
        text[sentence.start : p_start] + text[p_end : found.end()]
        if found.re in _NAMED_CHANGES[3:]
        else rest
    )
    if _ANY_DIGITS.search(own) or _PCT_MARK.search(rest) or _OTHER_SPAN.search(rest):
        return  # figures of its own, another change, or another span or place
    after = found.end()
    if _RATE_OR_REAL.match(text, after) or (
        # "a drop in membership on higher fees": what follows the thing named was checked
        found.re is not _NAMED_CHANGES[1]
        and _OTHER_BASE_AFTER.match(text, after)
        and not _SAME_SPAN_AFTER.match(text, after)
    ):
        return
    topic = [
        w
        for w in re.findall(r"[a-z][a-z-]{3,}", found.group("topic").lower())
        if w not in _VAGUE_TOPIC
    ]
    if not topic:
        return
    words = " ".join(topic)
    pairs: list[re.Match[str]] = []
    for earlier in sentences[:index]:
        e_text = ctx.text(earlier.start, earlier.end)
        if not _stems_in(words, e_text):
            continue
        # Only the clauses of that thing: "…, while revenue increased …, up 10 per cent" gives
        # a change of revenue, not of profits.
        own_clauses = " ".join(c for c in _CLAUSE_SPLIT.split(e_text) if _stems_in(words, c))
        if _PCT_MARK.search(own_clauses) or any(k in own_clauses.lower() for k in _CHANGE_KEYS[3:]):
            return  # a change of that thing given already: the one named may be that
        for pattern in _BEFORE_AFTER:
            for m in pattern.finditer(text, earlier.start, earlier.end):
                marks = list(_CLAUSE_MARK.finditer(text, earlier.start, m.start()))
                subject = text[marks[-1].end() if marks else earlier.start : m.end()]
                if _stems_in(words, subject) and not any(
                    m.start("x") == q.start("x") for q in pairs
                ):
                    pairs.append(m)
    if len(pairs) != 1:
        return  # no pair of that thing, or several it could be
    m = pairs[0]
    x, x_prec, x_pct = _amount(m.group("x"))
    y, y_prec, y_pct = _amount(m.group("y"))
    if x_pct or y_pct or x <= 0 or y < 0 or _POINTS_AFTER.match(text, p_end):
        return  # a change in points, or of percentages
    if _YEAR_LIKE.fullmatch(m.group("x").strip()) or _YEAR_LIKE.fullmatch(m.group("y").strip()):
        return
    if bool(_CURRENCY_SIGN.match(m.group("x"))) != bool(_CURRENCY_SIGN.match(m.group("y"))):
        return
    groups = found.groupdict()
    word = (groups.get("noun") or groups.get("noun2") or groups.get("verb") or "").lower()
    word = word.split()[-1] if word else ""
    sign = -1.0 if _DOWN.match(word) else 1.0
    p, p_prec, _ = _amount(found.group(p_group))
    pq = groups.get("pq") or groups.get("pq2")
    lo_p, hi_p = interval(p, p_prec, _qual(pq))
    stated = (lo_p, hi_p) if sign > 0 else (-hi_p, -lo_p)
    pair_groups = m.groupdict()
    x_lo, x_hi = interval(x, _unit(x, x_prec), _qual(pair_groups.get("xq")))
    y_lo, y_hi = interval(y, _unit(y, y_prec), _qual(pair_groups.get("yq")))
    x_lo = max(x_lo, 1e-9)
    if overlaps(stated, ((y_lo / x_hi - 1) * 100, (y_hi / x_lo - 1) * 100)):
        return
    actual = (y - x) / x * 100
    how = "rise" if actual > 0 else "fall"
    direction = ""
    if (actual > 0) != (sign > 0) and actual != 0:
        direction = f" The figures {how}, not the reverse."
    lo, hi = min(m.start("x"), m.start("y")), max(m.end("x"), m.end("y"))
    yield Hit(
        message=(
            f"A change of {ctx.text(p_start, p_end)} does not fit the figures given earlier: from"
            f" {m.group('x').strip()} to {m.group('y').strip()} is a {how} of"
            f" {abs(actual):.3g}%.{direction}"
        ),
        spans=[(p_start, p_end), (lo, hi)],
        confidence=0.7,
        suggestion=f"{abs(actual):.0f}%, if the two figures are right",
    )


# --- a change against a figure said to be the one before it ------------------------------

# "The previous record, set in 2023, was 1.3 gigajoules", "The year before, it had 1.3
# million", "the old high of 41,000": a figure the article marks as the earlier one.
_EARLIER_CUE = re.compile(
    r"\b(?:(?:previous|prior|old|former|earlier)\s+(?:[a-z-]+\s+)?(?:best|record|high|peak"
    r"|figure|total|level|mark|tally|count|number)\b|last\s+(?:year|season|month|quarter|week)"
    r"['’]s\b|(?:the\s+(?:year|month|season|quarter"
    r"|week)\s+before|an?\s+(?:year|month|decade|season)\s+(?:earlier|before|ago)|(?:in\s+)?the"
    r"\s+previous\s+(?:year|month|season|quarter|week))\b"
    # "In 2023 there were 600 cases": a year opening its clause
    r"|(?<![\w,] )\b(?P<yr>[Ii]n\s+(?:19|20)\d\d)(?=,?\s+(?:there\s+were|it|they|[a-z]+)\s))"
    r"(?:[^.;\d%]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?"
    r"\b(?:was|were|had|had\s+been|stood\s+at|totall?ed|numbered|there\s+were|of|at)\s+"
    rf"(?:(?P<xq>{QUAL})\s+)?(?P<x>{_AMOUNT})",
    re.I,
)
# "400 employees a year ago", "1.3 million the year before": the moment after the figure.
_EARLIER_AFTER = re.compile(
    rf"(?<![\w.,$€£¥₹])(?:(?P<xq>{QUAL})\s+)?(?P<x>{_AMOUNT})(?:\s+[a-z][\w-]*){{0,2}}?\s+"
    r"(?:an?\s+(?:year|month|decade|season)\s+(?:earlier|before|ago)|the\s+(?:year|month"
    r"|season|quarter)\s+before|in\s+the\s+previous\s+(?:year|month|season|quarter))\b",
    re.I,
)
_EARLIER_KEYS = (
    "previous",
    "prior",
    "old ",
    "former",
    "earlier",
    "before",
    " ago",
    "in 19",
    "in 20",
    "last ",
)
# The change, closing its clause: "an improvement of about 50 per cent", "a 27% rise".
_BASE_CHANGE = re.compile(
    rf"(?:an?\s+)?(?:(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS}|improvement)\s+of\s+(?:(?P<pq>{QUAL})"
    rf"\s+)?(?P<p>{_PCT}){_PTS}|(?:(?P<pq2>{QUAL})\s+)?(?P<p2>{_PCT})(?P<pts2>\s+(?:percentage"
    rf"\s+)?points?\b)?\s+(?P<noun2>"
    rf"{_UP_NOUNS}|{_DOWN_NOUNS}|improvement)\b){_CLOSES}",
    re.I,
)
# What may stand between the later figure and its change: the noun it counts, a moment,
# then ", so the new figure represents an", " was an", ", meaning a".
_BASE_BRIDGE = re.compile(
    r"(?:\s+[a-z][\w-]*)?(?:\s+(?:a|the)\s+(?:year|month|season)\s+(?:earlier|before))?\s*"
    r"(?:[,;—–]\s*)?(?:(?:so|meaning|which|thus|and)\s+)?(?:(?:that|this|it|the\s+(?:(?:new"
    r"|latest|latter)\s+)?(?:figure|record|total|result|mark|number|level|tally|count|one"
    r"|crowd|attendance))\s+)?(?:(?:is|was|represents|represented|marks|marked|amounts\s+to"
    r"|amounted\s+to|means|meant|meaning|gives|gave|would\s+be|constitutes|constituted)\s+)?"
    r"(?:an?\s+)?",
    re.I,
)


def _likely_change(
    x: float, x_range: tuple[float, float], y: float, y_range: tuple[float, float]
) -> tuple[float, float]:
    """The change in percent from ``x`` to ``y`` that their rounding makes likely. Both
    figures rounded as far as they go, in opposite ways, is unlikely: their relative errors
    are combined as a root sum of squares ("1.3" to "1.8" is 32-45%, not 30-48%)."""
    if y <= 0 or not all(map(math.isfinite, (*x_range, *y_range))):
        lo = (y_range[0] / max(x_range[1], 1e-9) - 1) * 100
        return lo, (y_range[1] / max(x_range[0], 1e-9) - 1) * 100
    ex = (x_range[1] - x_range[0]) / 2 / x
    ey = (y_range[1] - y_range[0]) / 2 / y
    err = math.hypot(ex, ey)
    return (y / x * (1 - err) - 1) * 100, (y / x * (1 + err) - 1) * 100


def _earlier_base_hits(ctx: RuleContext, index: int) -> Iterator[Hit]:
    """ "… raised its record … to 1.8 gigajoules. The previous record, set in 2023, was 1.3
    gigajoules, so the new figure represents an improvement of about 50 per cent": a change
    closing a clause, against a figure the article marks as the one before ("the previous
    record", "the year before") and the one other figure of that thing in its sentence or
    the one before."""
    text = ctx.article.text
    sentence = ctx.analysis.sentences[index]
    floor = ctx.analysis.sentences[index - 1].start if index else sentence.start
    for c in _BASE_CHANGE.finditer(text, sentence.start, sentence.end):
        p_group = "p" if c.group("p") else "p2"
        if _RATE_OR_REAL.match(text, c.end(p_group)) or c.group("pts") or c.group("pts2"):
            continue
        window = text[floor : c.start()]
        if _PCT_MARK.search(window) or any(k in window.lower() for k in _CHANGE_KEYS[3:]):
            continue  # a change of its own given before
        bases = list(_EARLIER_CUE.finditer(text, floor, c.start()))
        bases += [
            b
            for b in _EARLIER_AFTER.finditer(text, floor, c.start())
            if not any(b.start("x") == a.start("x") for a in bases)
        ]
        if len(bases) != 1:
            continue
        base = bases[0]
        x_raw = base.group("x")
        if _PCT_MARK.search(x_raw) or _YEAR_LIKE.fullmatch(x_raw.strip()):
            continue
        x_head = _HEAD_NOUN.match(text, base.end("x"))
        x_noun = x_head.group(1).lower() if x_head else None
        same, bare = [], []
        for f in _PAIR_FIGURE.finditer(text, floor, c.start()):
            raw = f.group("f")
            if (
                f.start("f") == base.start("x")
                or not any(ch.isdigit() for ch in raw)
                or _YEAR_LIKE.fullmatch(raw.strip())
                or _PCT_MARK.search(raw)
                or _TIME_UNIT.match(text, f.end("f"))
                or re.match(r"-[A-Za-z]", text[f.end("f") : f.end("f") + 2])
            ):
                continue  # not a figure of the thing: a year, a span, a name ("7-X")
            head = _HEAD_NOUN.match(text, f.end("f"))
            noun = head.group(1).lower() if head else None
            if noun is None:
                bare.append(f)
            elif noun == x_noun or x_noun is None:
                same.append(f)
        others = same or bare if x_noun else same + bare
        if len(others) != 1:
            continue  # no figure it is measured against, or several
        fy = others[0]
        later_end = max(base.end("x"), fy.end("f"))
        if not _BASE_BRIDGE.fullmatch(text, later_end, c.start()):
            continue  # other words between: the change may be of something else
        if bool(_CURRENCY_SIGN.match(x_raw)) != bool(_CURRENCY_SIGN.match(fy.group("f"))):
            continue
        x, x_prec, _ = _amount(x_raw)
        y, y_prec, y_pct = _amount(fy.group("f"))
        if x <= 0 or y < 0 or y_pct:
            continue
        groups = c.groupdict()
        word = (groups.get("noun") or groups.get("noun2") or "").lower()
        sign = -1.0 if _DOWN.match(word) else 1.0
        p, p_prec, _ = _amount(c.group(p_group))
        lo_p, hi_p = interval(p, p_prec, _qual(groups.get("pq") or groups.get("pq2")))
        stated = (lo_p, hi_p) if sign > 0 else (-hi_p, -lo_p)
        x_range = interval(x, _unit(x, x_prec), _qual(base.group("xq")))
        y_range = interval(y, _unit(y, y_prec), _qual(fy.group("q")))
        readings = [_likely_change(x, x_range, y, y_range)]
        year_cue = bool(base.groupdict().get("yr"))
        if year_cue:
            # "In 2023 there were 600": a year says when, not which figure came first
            readings.append(_likely_change(y, y_range, x, x_range))
        if any(overlaps(stated, r) for r in readings):
            continue
        actual = (y - x) / x * 100
        how = "rise" if actual > 0 else "fall"
        direction = ""
        if (actual > 0) != (sign > 0) and actual != 0 and not year_cue:
            direction = f" The figures {how}, not the reverse."
        yield Hit(
            message=(
                f"A change of {ctx.text(*c.span(p_group))} does not fit the figures: from"
                f" {x_raw.strip()} before to {fy.group('f').strip()} is a {how} of"
                f" {abs(actual):.3g}%.{direction}"
            ),
            spans=[c.span(p_group), base.span("x"), fy.span("f")],
            confidence=0.7,
            suggestion=f"{abs(actual):.0f}%, if the two figures are right",
        )
