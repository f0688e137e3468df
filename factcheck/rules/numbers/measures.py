"""FC411 conflicting-measurements.

One object is given two different sizes or weights in the same article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from factcheck.analysis.numbers import QUAL, SCALES, interval, overlaps, parse_number
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import _plural, _qual, _words
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
# "the 8.5-metre mirror", "a 40m tower", "its 300-tonne hull".
_MEASURE_ATTR = re.compile(
    rf"\b(?i:the|a|an|its)\s+(?:(?P<q>{QUAL})\s+)?{_MEASURE_NUM}(?:-|(?=[a-z]))(?P<u>{_UNIT_WORDS})"
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


def _measures(
    ctx: RuleContext,
) -> list[tuple[str, str, tuple[str, ...], float, tuple[float, float], int, int, str]]:
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
    """One object is given two different sizes or weights in the same article.

    **What it does.** Reads measurements of a named object, either as "the 8.5-metre
    mirror" (a hyphenated unit, or "a 40m tower") or as "a mirror 6.5 metres across" ("the
    tower, which is 40 metres tall", "a hull weighing 300 tonnes"), in metres, kilometres,
    centimetres, feet, yards, miles, kilograms and tonnes, converting between them. Two
    measurements of the same noun (with agreeing modifiers) in different sentences that
    cannot both be right, allowing for rounding and hedges, are reported. Two stated
    dimensions ("40 metres long", "12 metres wide") are compared only when they match; a
    hyphenated size is compared with a stated one only when the article gives that object
    a single dimension.

    **Why it matters.** A size that changes between paragraphs is a typo or a figure left
    over from a draft, and readers who know the object notice.

    **Example.**

        The telescope has a mirror 6.5 metres across. … Engineers polished the 8.5-metre
        mirror for two years.

    **Not flagged.** Plural objects, comparisons and other objects ("larger than the
    6.5-metre mirror", "another", "the first", "each"), changes and plans ("extended",
    "would", "planned", "from"), other years, several different dimensions of the object
    against a hyphenated size, and figures in one sentence.

    **How to silence it.** `--ignore FC411`, or fix the text.
    """
    text = ctx.article.text
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
    if len(found) < 2:
        return
    sentences = ctx.analysis.sentences

    def sentence_index(pos: int) -> int:
        return next(i for i, s in enumerate(sentences) if s.start <= pos < s.end)

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
        ia, ib = sentence_index(a[5]), sentence_index(b[5])
        if ia == ib:
            continue
        if any(
            _MEASURE_OTHER.search(ctx.text(sentences[i].start, sentences[i].end)) for i in (ia, ib)
        ):
            continue
        slack = 0.02 * max(a[3], b[3])
        if overlaps((a[4][0] - slack, a[4][1] + slack), b[4]):
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
