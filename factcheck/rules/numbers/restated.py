"""Restated figures that the article itself contradicts: parts of FC407 and FC411.

- Parts that add up to more than the total the same sentence gives them ("four years on one
  count and two years on another, to be served consecutively, for a total of five years").
- A team's season record and a count of its games ("finished 26-5" … "all 30 of the team's
  games").
- A reading restated with two of its digits swapped ("measured 14.2 inches at the airport"
  … "The 12.4 inches recorded in Duluth").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from factcheck.analysis.numbers import DIGITS, NUM, QUAL, WORD_NUM, parse_number
from factcheck.rules.numbers._common import _CLAUSE_MARK
from factcheck.rules.registry import RuleContext

Spans = tuple[int, int, int, int]

# --- parts that exceed their total ---------------------------------------------------------

_TOTAL_WORDS = ("total", "combined", "in all", "altogether")
# "for a total of five years", "a combined 21 goals", "six years in all".
_TOTAL = re.compile(
    rf"\b(?:a\s+(?:combined\s+)?total\s+of|a\s+combined)\s+(?P<n>{NUM})[\s-]+(?P<u>[a-z]+)\b"
    rf"|(?<![\w.,])(?P<n2>{NUM})\s+(?P<u2>[a-z]+)\s+(?:in\s+(?:total|all)|altogether)\b",
    re.I,
)
# "four years", "a two-year term"; not "a 54-year-old".
_PART = re.compile(
    rf"(?<![\w.,$€£¥₹-])(?P<n>{NUM})(?![\w%]|[.,]\d)[\s-]+(?P<u>[a-z]+)\b(?!-old|\s+old)"
)
# Words that make the parts overlap, repeat, or shrink the whole: a total less than them is
# then no error ("served concurrently", "two years each", "with a year suspended").
_NOT_A_SUM = re.compile(
    r"\b(?:concurrent\w*|at\s+the\s+same\s+time|simultaneous\w*|each|apiece|per|a\s+(?:day"
    r"|week|month|year)|suspended|minus|less|deduct\w*|credit\w*|reduc\w*|off|except|of\s+(?:them"
    r"|whom|which)|includ\w*|out\s+of|between|among|percent|per\s?cent|half|overlap\w*|rate"
    r"|average|times)\b|%",
    re.I,
)
_HEDGE_BEFORE = re.compile(rf"\b(?:{QUAL}|up\s+to)\s+$", re.I)
_UNIT_STEMS = {"years": "year", "months": "month", "weeks": "week", "days": "day"}


def _unit(word: str) -> str:
    word = word.lower()
    return _UNIT_STEMS.get(word, word[:-1] if word.endswith("s") else word)


def parts_over_total(ctx: RuleContext) -> Iterator[Spans]:
    """(start, end) of a total and of the last of its parts, when the parts the same
    sentence lists before it, in its unit, add up to more than the total: four years and
    two years "for a total of five years". Only a total smaller than its parts is read: a
    larger one may hold parts the sentence leaves out. Parts that may overlap or repeat
    ("concurrently", "each"), shrink the whole ("suspended") or are hedged are left alone."""
    text = ctx.article.text
    if not any(w in text for w in _TOTAL_WORDS):
        return
    for sentence in ctx.analysis.sentences:
        span = ctx.text(sentence.start, sentence.end)
        if not any(w in span for w in _TOTAL_WORDS):
            continue
        total = _TOTAL.search(text, sentence.start, sentence.end)
        if total is None or _NOT_A_SUM.search(span):
            continue
        raw, unit = (
            (total.group("n"), total.group("u"))
            if total.group("n")
            else (
                total.group("n2"),
                total.group("u2"),
            )
        )
        n_start = total.start("n") if total.group("n") else total.start("n2")
        if _HEDGE_BEFORE.search(text, max(sentence.start, total.start() - 20), total.start()):
            continue
        parts: list[tuple[int, int, float]] = []
        hedged = False
        for p in _PART.finditer(text, sentence.start, n_start):
            if _unit(p.group("u")) != _unit(unit):
                continue
            if _HEDGE_BEFORE.search(text, max(sentence.start, p.start() - 20), p.start()):
                hedged = True
            parts.append((p.start("n"), p.end(), parse_number(p.group("n"))[0]))
        if len(parts) < 2 or hedged:
            continue
        value = parse_number(raw)[0]
        if sum(v for _, _, v in parts) > value:
            yield parts[-1][0], parts[-1][1], n_start, total.end("u" if total.group("n") else "u2")


# --- a season record and a count of games ----------------------------------------------------

# "finished 26-5", "went 18-4-2", "finished their season 23-9", "a 26-5 record", "(26-5)".
_RECORD = re.compile(
    r"\b(?:finish(?:ed|es|ing)?|went|ended|closed)\s+(?:(?:the|their|its|his|her)\s+"
    r"(?:season|year|campaign)\s+(?:at\s+)?)?(?:with\s+a\s+)?(?P<w>\d{1,3})-(?P<l>\d{1,3})"
    r"(?:-(?P<t>\d{1,2}))?(?![\d-])(?!\s+(?:win|victory|loss|defeat|lead|margin|score)\b)"
    r"|\b(?:an?|the|their|its)\s+(?P<w2>\d{1,3})-(?P<l2>\d{1,3})(?:-(?P<t2>\d{1,2}))?\s+record\b",
    re.I,
)
# A record of a part of the season, or of one player ("10-1 with an earned run average").
_PART_RECORD = re.compile(
    r"\s+(?:in|on|at|against|with\s+an?\s+(?:earned|era|average)|as\s+a\s+starter|over|since"
    r"|during|last|after|before|from|including)\b",
    re.I,
)
# "all 30 of the team's games", "all 30 games", "every one of its 30 games".
_ALL_GAMES = re.compile(
    rf"\b(?:all|every\s+one\s+of)\s+(?:(?:the|its|their)\s+)?(?P<n>\d{{1,3}}|{WORD_NUM})\s+(?:of"
    r"\s+(?:the\s+(?:team|club|side|squad)['’]s|its|their|the\s+[A-Z][\w'’-]*['’]s?)\s+)?"
    r"(?P<mods>(?:[a-z-]+\s+)?)(?:games|matches|contests)\b"
)
# Games of a part of the season: these may well be fewer than the record's.
_PART_GAMES = re.compile(
    r"\b(?:regular[-\s]season|conference|league|district|division|home|road|away|playoffs?"
    r"|post-?season|tournament|non-?conference|exhibition|spring|summer|fall|league)\b",
    re.I,
)


# "all 29 games at home", "all 12 games since April": a part of the season.
_PART_GAMES_AFTER = re.compile(
    r"\s+(?:since|after|before|at\s+home|on\s+the\s+road|away|against|in\s+(?:conference"
    r"|league|district|division|the\s+(?:regular|post|group|league)))\b",
    re.I,
)


def record_vs_games(ctx: RuleContext) -> Iterator[Spans]:
    """(start, end) of a team's season record and of a count of all its games that the
    record does not add up to: "finished 26-5" and "all 30 of the team's games". The count
    is compared with the season records the article gives (wins, losses and ties added up)
    and reported against the nearest, only when none adds up to it and the nearest is
    within three games: records of a part of the season ("8-2 in conference play") and
    games of a part ("all 20 league games") are left alone."""
    text = ctx.article.text
    if "games" not in text and "matches" not in text:
        return
    counts = [
        m
        for m in _ALL_GAMES.finditer(text)
        if not _PART_GAMES.search(m.group("mods")) and not _PART_GAMES_AFTER.match(text, m.end())
    ]
    if not counts:
        return
    records: list[tuple[int, int, int]] = []
    for r in _RECORD.finditer(text):
        w, lost, tied = (r.group("w"), r.group("l"), r.group("t"))
        if w is None:
            w, lost, tied = (r.group("w2"), r.group("l2"), r.group("t2"))
        if _PART_RECORD.match(text, r.end()):
            continue
        start = r.start("w") if r.group("w") else r.start("w2")
        records.append((start, r.end(), int(w) + int(lost) + int(tied or 0)))
    if not records:
        return
    for c in counts:
        games = parse_number(c.group("n"))[0]
        if any(total == games for _, _, total in records):
            continue
        nearest = min(records, key=lambda r: abs(r[2] - games))
        if abs(nearest[2] - games) <= 3 and min(nearest[2], games) >= 5:
            yield nearest[0], nearest[1], c.start("n"), c.end("n")
            return


# --- a reading restated with two digits swapped ------------------------------------------------

_READING_UNITS = (
    "inches|inch|millimetres|millimeters|millimetre|millimeter|mm|centimetres|centimeters"
    "|centimetre|centimeter|cm|feet|foot|metres|meters|metre|meter|kilometres|kilometers|km"
    "|miles|mile|kilograms|kg|tonnes|tons|litres|liters|gallons|acres|hectares|degrees|mph"
)
_READING = re.compile(
    rf"(?P<n>{DIGITS})(?P<join>\s|-)(?P<u>{_READING_UNITS})\b(?!\s*(?:/|per\b|an?\s+(?:hour"
    r"|day|week|month|year)\b))"
)
_READING_GATE = re.compile(rf"\d(?:\s|-)(?:{_READING_UNITS})\b")
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]hose|[Tt]hese)\s+$")
# Words that make two readings two quantities: a season's and a storm's, a norm, a record.
_OTHER_READING = re.compile(
    r"\b(?:season\w*|year\w*|annual|monthly|average|normal|record(?:s|-\w+)?\b|total\w*|so\s+far|to\s+date"
    r"|than|compared|previous\w*|last|earlier|forecast\w*|predict\w*|expected|up\s+to|each"
    r"|per|another|other|deeper|higher|lower|more|less|fewer|since|ago)\b",
    re.I,
)
_PLACE = re.compile(r"\b(?:in|at|near|across|over)\s+(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
_UNIT_SIZE = {
    "inch": "inches",
    "foot": "feet",
    "metre": "metres",
    "meter": "metres",
    "meters": "metres",
    "mile": "miles",
    "millimeter": "mm",
    "millimeters": "mm",
    "millimetre": "mm",
    "millimetres": "mm",
    "centimeter": "cm",
    "centimeters": "cm",
    "centimetre": "cm",
    "centimetres": "cm",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "kilograms": "kg",
    "tons": "tonnes",
    "liters": "litres",
}


def _swapped(x: str, y: str) -> bool:
    """Two side-by-side digits, neither a zero, swapped, the point where it was: 14.2 and
    12.4, 352 and 325."""
    if len(x) != len(y) or x.find(".") != y.find(".") or x == y:
        return False
    dx, dy = x.replace(".", "").replace(",", ""), y.replace(".", "").replace(",", "")
    diff = [i for i in range(len(dx)) if dx[i] != dy[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and dx[diff[0]] == dy[diff[1]]
        and dx[diff[1]] == dy[diff[0]]
        and "0" not in (dx[diff[0]], dx[diff[1]])
    )


def swapped_readings(ctx: RuleContext) -> Iterator[Spans]:
    """(start, end) of a reading and of a later definite one ("The 12.4 inches recorded in
    Duluth") that is it with two side-by-side digits swapped, in the same unit, each given
    once, within a third of each other. Neither clause may name another quantity (a
    season's, an average, a record, a comparison), and a place the later sentence names
    must be in the earlier one."""
    text = ctx.article.text
    if not _READING_GATE.search(text):
        return
    found: list[tuple[int, int, str, str, int]] = []
    sentences = ctx.analysis.sentences
    for i, sentence in enumerate(sentences):
        for m in _READING.finditer(text, sentence.start, sentence.end):
            unit = m.group("u").lower()
            found.append((m.start(), m.end(), m.group("n"), _UNIT_SIZE.get(unit, unit), i))
    if len(found) < 2 or len(found) > 30:
        return
    uses = Counter(raw for _, _, raw, _, _ in found)
    for b_start, b_end, b_raw, b_unit, b_at in found:
        # "the 2,570-metre core" sizes an object, which FC411 reads with its noun elsewhere.
        if (
            uses[b_raw] > 1
            or text[b_start + len(b_raw)] == "-"
            or not _DEFINITE.search(text, max(0, b_start - 6), b_start)
        ):
            continue
        slips = [
            f
            for f in found
            if f[3] == b_unit and f[4] < b_at and uses[f[2]] == 1 and _swapped(f[2], b_raw)
        ]
        if len(slips) != 1:
            continue
        a_start, a_end, a_raw, _, a_at = slips[0]
        a_value, b_value = parse_number(a_raw)[0], parse_number(b_raw)[0]
        if max(a_value, b_value) > 4 / 3 * min(a_value, b_value):
            continue
        a_clause = _clause(ctx, a_at, a_start, a_end)
        b_sentence = sentences[b_at]
        # The later reading is read from its sentence's start to its noun phrase's end.
        b_clause = ctx.text(b_sentence.start, _clause_end(ctx, b_at, b_end))
        if _OTHER_READING.search(a_clause) or _OTHER_READING.search(b_clause):
            continue
        if _HEDGE_BEFORE.search(text, max(0, a_start - 20), a_start):
            continue
        a_text = ctx.text(sentences[a_at].start, sentences[a_at].end)
        if any(p.group("p") not in a_text for p in _PLACE.finditer(b_clause)):
            continue  # "The 12.4 inches recorded in Cloquet": another place's reading
        yield a_start, a_end, b_start, b_end


_VERB_AFTER = re.compile(r"\s(?:was|is|were|are|has|had|will|would|made|marked|set|fell)\b")


def _clause(ctx: RuleContext, at: int, start: int, end: int) -> str:
    s = ctx.analysis.sentences[at]
    text = ctx.article.text
    before = [x.end() for x in _CLAUSE_MARK.finditer(text, s.start, start)]
    after = _CLAUSE_MARK.search(text, end, s.end)
    return ctx.text(before[-1] if before else s.start, after.start() if after else s.end)


def _clause_end(ctx: RuleContext, at: int, end: int) -> int:
    """Where the noun phrase of "The 12.4 inches recorded in Duluth this week was …" ends:
    at its main verb or the clause's end."""
    s = ctx.analysis.sentences[at]
    text = ctx.article.text
    stop = _CLAUSE_MARK.search(text, end, s.end)
    limit = stop.start() if stop else s.end
    verb = _VERB_AFTER.search(text, end, limit)
    return verb.start() if verb else limit
