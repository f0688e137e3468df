"""An event's attendance told twice with two values: part of FC407.

A match, a concert or a rally has one crowd. "The 41,212 supporters packed into the
Riverside" and, later, "played in front of a crowd of 38,900" cannot both be right, in
whichever order and whichever of the two is definite ("The 4,612 spectators were the
biggest crowd …" names the crowd back). The figures are read in their own
clauses, so that a crowd of another match, season or venue, a capacity, an average, a
record or an estimate is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.analysis.numbers import NUM, QUAL, Qualifier, interval, overlaps, parse_number
from factcheck.rules.numbers._common import _CLAUSE_MARK, _qual, _round_unit
from factcheck.rules.registry import RuleContext

_FIGURE = rf"(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})(?!\s*(?:%|per\s?cent|percent)|[.,]?\d)"
_WATCHERS = r"fans|spectators|supporters|people|onlookers|racegoers|concertgoers"
# Each way a report gives the crowd of its event.
_ATTENDANCE = [
    # "a crowd of 38,900", "the attendance was 18,214", "a sell-out crowd of 5,200"
    re.compile(
        r"\b(?:crowd|attendance|gate)\s+(?:(?:was|is|of|stood\s+at|reached|totalled|totaled"
        rf"|numbered)\s+)+{_FIGURE}",
        re.I,
    ),
    # "in front of 78,412 spectators", "watched by 2,870 fans"
    re.compile(
        rf"\b(?:in\s+front\s+of|before|watched\s+by|attended\s+by)\s+{_FIGURE}\s+(?:{_WATCHERS})\b",
        re.I,
    ),
    # "the 41,212 supporters packed into the Riverside", "8,412 fans watched"
    re.compile(
        rf"(?<![\w,.$€£¥₹]){_FIGURE}\s+(?:{_WATCHERS})\s+(?:who\s+|that\s+)?(?:had\s+)?"
        r"(?:packed|crammed|filled|watched|saw|attended|turned\s+out|looked\s+on|were\s+inside"
        r"|inside|in\s+attendance|at\s+the\s+(?:ground|stadium|arena|match|game|final))\b",
        re.I,
    ),
    # "The 4,612 spectators were the biggest crowd …": the event's crowd named back as the
    # subject of its own sentence ("people" is left out: any group of people reads so).
    re.compile(
        rf"\b[Tt]he\s+{_FIGURE}\s+(?:fans|spectators|supporters|onlookers|racegoers"
        r"|concertgoers)\s+(?:were|was|made|marked|formed|represented|set|broke|gave)\b",
    ),
]
# "the biggest crowd at the ground since 2011": a year that a superlative measures this
# crowd against, not another crowd's moment.
_SINCE_AFTER_SUPERLATIVE = re.compile(
    r"(\b(?:biggest|largest|highest|best|most)\b[^,;.]{0,60}?)\bsince\s+(?:19|20)\d\d\b", re.I
)
# Words that make a figure another crowd than the event's: another moment, match or place,
# a part of the crowd, a capacity, an average, a forecast or somebody's estimate.
_OTHER_CROWD = re.compile(
    r"\b(?:average\w*|capacity|holds?|seats?|record\s+(?:of|is|was|stands)|previous\w*|last"
    r"|next|expected|forecast|predicted|between"
    r"|reverse\s+fixture|first\s+leg|season|(?:19|20)\d\d|ago|earlier|away|home\s+fans"
    r"|travell?ing|travell?ed|visiting|of\s+(?:the|them|whom)|includ\w*|among|another|other"
    r"|each|per|every|typical|usual|normal|total\s+of|combined|over\s+the|across|tour)\b",
    re.I,
)
# Somebody's estimate, anywhere in the sentence: "The 8,214 fans, organisers estimated, …".
_ESTIMATE = re.compile(
    r"\b(?:estimat\w*|organi[sz]ers?|police|claim\w*|reportedly|disputed)\b", re.I
)
# Far enough apart that one figure is no slip or update of the other: a part, another crowd.
_MOST_APART = 1.3
_SMALLEST = 200


@dataclass(frozen=True)
class _Crowd:
    start: int
    end: int
    value: float
    precision: float
    qualifier: Qualifier | None


def _crowds(ctx: RuleContext) -> list[_Crowd]:
    text = ctx.article.text
    found: dict[int, _Crowd] = {}
    for pattern in _ATTENDANCE:
        for m in pattern.finditer(text):
            start, end = m.start("n"), m.end("n")
            if start in found or not _in_body(ctx, start):
                continue
            value, precision = parse_number(m.group("n"))
            if value < _SMALLEST or _another_crowd(ctx, start, end):
                continue
            found[start] = _Crowd(start, end, value, precision, _qual(m.group("q")))
    return sorted(found.values(), key=lambda c: c.start)


def _in_body(ctx: RuleContext, pos: int) -> bool:
    return any(s.start <= pos < s.end for s in ctx.analysis.sentences)


def _another_crowd(ctx: RuleContext, start: int, end: int) -> bool:
    """Whether the figure's clause, or the phrase opening its sentence, says it is another
    crowd ("Last season, a crowd of 38,900 …", "9,000 of the fans", "a capacity of 41,000")."""
    text = ctx.article.text
    sentence = next(s for s in ctx.analysis.sentences if s.start <= start < s.end)
    before = [x.end() for x in _CLAUSE_MARK.finditer(text, sentence.start, start)]
    after = _CLAUSE_MARK.search(text, end, sentence.end)
    clause_start = before[-1] if before else sentence.start
    clause = text[clause_start : (after.start() if after else sentence.end)]
    if "since" in clause:
        clause = _SINCE_AFTER_SUPERLATIVE.sub(r"\1", clause)
    opening = text[sentence.start : before[0]] if before else ""
    return bool(
        _OTHER_CROWD.search(clause)
        or _OTHER_CROWD.search(opening)
        or _ESTIMATE.search(text, sentence.start, sentence.end)
    )


def attendance_pairs(ctx: RuleContext) -> Iterator[tuple[int, int, int, int]]:
    """(start, end) of an event's crowd and of a later, different figure for it, when the
    article gives its crowd just two values, close enough to be one crowd told twice."""
    if not any(
        w in ctx.article.text
        for w in (
            "crowd",
            "attendance",
            "gate",
            "front of",
            "fans",
            "spectators",
            "supporters",
            "watched by",
        )
    ):
        return
    crowds = _crowds(ctx)
    if len({c.value for c in crowds}) != 2:
        return  # one value, or crowds of several events
    first = crowds[0]
    later = next(c for c in crowds if c.value != first.value)
    ranges = [_hedged(c) for c in (first, later)]
    if overlaps(*ranges):
        return  # "a crowd of about 4,200" … "the more than 4,000 spectators"
    most_apart = _MOST_APART
    if _scrambled(ctx, first, later):
        most_apart = 2.0  # "6,214" … "4,612": the same digits jumbled, a slip not a part
    if max(first.value, later.value) > most_apart * min(first.value, later.value):
        return
    if _same_sentence(ctx, first.start, later.start):
        return
    yield first.start, first.end, later.start, later.end


def _scrambled(ctx: RuleContext, a: _Crowd, b: _Crowd) -> bool:
    """Whether two exact figures of four digits or more are written with the same digits."""
    if a.qualifier or b.qualifier:
        return False
    da, db = (re.sub(r"\D", "", ctx.text(c.start, c.end)) for c in (a, b))
    return len(da) >= 4 and sorted(da) == sorted(db)


def _hedged(crowd: _Crowd) -> tuple[float, float]:
    # "The 31,000 fans" is a round figure for 31,452.
    lo, hi = interval(crowd.value, _round_unit(crowd.value, crowd.precision), crowd.qualifier)
    if crowd.qualifier in ("about", "nearly"):
        lo = min(lo, crowd.value * 0.9)
    if crowd.qualifier == "about":
        hi = max(hi, crowd.value * 1.1)
    return lo, hi


def _same_sentence(ctx: RuleContext, a: int, b: int) -> bool:
    return any(s.start <= a < s.end and s.start <= b < s.end for s in ctx.analysis.sentences)
