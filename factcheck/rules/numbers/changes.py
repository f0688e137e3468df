"""FC402 percent-change-mismatch.

A stated percentage change does not match the before and after figures beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.analysis.numbers import QUAL, interval, overlaps
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import (
    _AMOUNT,
    _PCT,
    _PCT_MARK,
    _YEAR_LIKE,
    _amount,
    _qual,
    _stems_in,
)
from factcheck.rules.registry import Hit, RuleContext, rule

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
    r"|a\s+year\s+(?:ago|earlier|before)),?)?"
)
# An amount with the plural noun it counts and its moment: "1,240 branches in 2019".
_TAIL = (
    r"(?:\s+(?!(?:this|was|is|its|has|as|his|those|these|thus|plus|years|months)\b)"
    rf"[a-z][\w-]*s\b)?{_WHEN}"
)
_FROM_TO = (
    rf"from\s+(?:(?P<xq>{QUAL})\s+)?(?P<x>{_AMOUNT}){_TAIL}\s+to\s+(?:(?P<yq>{QUAL})\s+)?"
    rf"(?P<y>{_AMOUNT}){_TAIL}"
)
_TO_FROM = (
    rf"to\s+(?:(?P<yq>{QUAL})\s+)?(?P<y>{_AMOUNT}){_TAIL},?\s+from\s+(?:(?P<xq>{QUAL})\s+)?"
    rf"(?P<x>{_AMOUNT}){_TAIL}"
)
_CHANGE_AFTER = (
    rf"(?:\s+[\w-]+){{0,4}}?,?\s+(?:(?:an?|the)\s+)?(?:(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\s+of"
    rf"\s+|(?P<verb>up|down)\s+(?:by\s+)?)(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}"
)
# "…, a 14 per cent increase", "…, an 18% fall".
_CHANGE_AFTER_ATTRIBUTIVE = (
    rf"(?:\s+[\w-]+){{0,4}}?,?\s+(?:(?:an?|the)\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}"
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
_DOWN = re.compile(rf"^(?:{_DOWN_VERBS}|{_DOWN_NOUNS})$", re.I)


def _change_hits(ctx: RuleContext, start: int, end: int) -> Iterator[Hit]:
    text = ctx.article.text
    done: set[int] = set()
    for pattern in _CHANGE_PATTERNS:
        for m in pattern.finditer(text, start, end):
            if m.start("p") in done:
                continue
            done.add(m.start("p"))
            x, x_prec, x_pct = _amount(m.group("x"))
            y, y_prec, y_pct = _amount(m.group("y"))
            p, p_prec, _ = _amount(m.group("p"))
            if x_pct != y_pct or x <= 0 or y < 0:
                continue
            if all(_YEAR_LIKE.fullmatch(m.group(g)) for g in ("x", "y")):
                continue  # "from 2019 to 2024": a period, not two figures
            if _RATE_OR_REAL.match(text, m.end("p")):
                continue  # "up 3% a year", "a rise of 9% in real terms": not the plain change
            word = (m.groupdict().get("verb") or m.groupdict().get("noun") or "").lower()
            sign = -1.0 if _DOWN.match(" ".join(word.split())) else 1.0
            lo_p, hi_p = interval(p, p_prec, _qual(m.group("pq")))
            stated = (lo_p, hi_p) if sign > 0 else (-hi_p, -lo_p)
            x_lo, x_hi = interval(x, x_prec, _qual(m.group("xq")))
            y_lo, y_hi = interval(y, y_prec, _qual(m.group("yq")))
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
        x, x_prec, x_pct = _amount(m.group("x"))
        y, y_prec, y_pct = _amount(m.group("y"))
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
    from 2,000 to 1,800", "doubled from 40 to 80") and works out the change the figures
    imply. It allows for the rounding of each figure and for hedges such as "about",
    "nearly" and "more than"; "percentage points" are compared as a difference. A change
    stated in the wrong direction ("fell 20% from 50 to 60") is reported too.

    **Why it matters.** Readers can do this arithmetic; a percentage that does not follow
    from the figures next to it undermines the whole story.

    **Example.**

        Attendance rose 25% from 40,000 to 60,000.

    **Use instead.** "rose 50% from 40,000 to 60,000", or correct whichever figure is wrong.

    **Not flagged.** Rounded percentages that fit ("rose 33% from 30,000 to 40,000"),
    hedged ones that fit ("nearly 50%"), and changes given without both figures.

    **How to silence it.** `--ignore FC402`, or fix the text.
    """
    sentences = ctx.analysis.sentences
    for index, sentence in enumerate(sentences):
        lowered = ctx.text(sentence.start, sentence.end).lower()
        if "from" in lowered and any(k in lowered for k in _CHANGE_KEYS):
            yield from _change_hits(ctx, sentence.start, sentence.end)
        if index and any(k in lowered[:60] for k in _CHANGE_KEYS[:3]):
            yield from _change_back_hits(ctx, index)


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
    x, x_prec, x_pct = _amount(m.group("x"))
    y, y_prec, y_pct = _amount(m.group("y"))
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
    x_lo, x_hi = interval(x, x_prec, _qual(groups.get("xq")))
    y_lo, y_hi = interval(y, y_prec, _qual(groups.get("yq")))
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
