"""Numbers: quantities that disagree with each other."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from factcheck.analysis.numbers import (
    GENERIC_THINGS,
    NUM,
    QUAL,
    QUALIFIERS,
    SCALES,
    NumberMention,
    Qualifier,
    interval,
    overlaps,
    parse_number,
)
from factcheck.report import Category, Severity
from factcheck.rules.registry import Hit, RuleContext, rule

_CURRENCY = r"(?:US\$|A\$|C\$|NZ\$|HK\$|[$€£¥₹])"
# A figure in a change or share phrase: "40,000", "$1.2bn", "2.7 million", "12%".
_AMOUNT = (
    rf"(?:{_CURRENCY}\s?)?{NUM}(?:(?:bn|mn|m|k)\b)?(?:\s*(?:%|(?i:per\s?cent\b|percent\b))"
    r"|\s+(?:dollars|euros|pounds|yen|rupees)\b)?"
)
_PCT = rf"{NUM}(?:\s*(?:%|(?i:per\s?cent\b|percent\b))|(?=\s+(?:percentage\s+)?points?\b))"
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
_FROM_TO = (
    rf"from\s+(?:(?P<xq>{QUAL})\s+)?(?P<x>{_AMOUNT})\s+to\s+(?:(?P<yq>{QUAL})\s+)?(?P<y>{_AMOUNT})"
)
_CHANGE_PATTERNS = [
    re.compile(
        rf"\b(?P<verb>{_UP_VERBS}|{_DOWN_VERBS})\s+(?:by\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})"
        rf"{_PTS}(?:\s+[\w-]+){{0,4}}?,?\s+{_FROM_TO}",
        re.I,
    ),
    re.compile(
        rf"\b(?P<verb>{_UP_VERBS}|{_DOWN_VERBS})\s+(?:by\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})"
        rf"{_PTS}(?:\s+[\w-]+){{0,4}}?,?\s+to\s+(?:(?P<yq>{QUAL})\s+)?(?P<y>{_AMOUNT}),?\s+"
        rf"from\s+(?:(?P<xq>{QUAL})\s+)?(?P<x>{_AMOUNT})",
        re.I,
    ),
    re.compile(
        rf"\b{_FROM_TO}(?:\s+[\w-]+){{0,4}}?,?\s+(?:(?:an?|the)\s+)?(?:(?P<noun>{_UP_NOUNS}"
        rf"|{_DOWN_NOUNS})\s+of\s+|(?P<verb>up|down)\s+(?:by\s+)?)(?:(?P<pq>{QUAL})\s+)?"
        rf"(?P<p>{_PCT}){_PTS}",
        re.I,
    ),
    re.compile(
        rf"\bto\s+(?:(?P<yq>{QUAL})\s+)?(?P<y>{_AMOUNT}),?\s+from\s+(?:(?P<xq>{QUAL})\s+)?"
        rf"(?P<x>{_AMOUNT})(?:\s+[\w-]+){{0,4}}?,?\s+(?:(?:an?|the)\s+)?(?:(?P<noun>{_UP_NOUNS}"
        rf"|{_DOWN_NOUNS})\s+of\s+|(?P<verb>up|down)\s+(?:by\s+)?)(?:(?P<pq>{QUAL})\s+)?"
        rf"(?P<p>{_PCT}){_PTS}",
        re.I,
    ),
    re.compile(
        rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}\s+(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\b"
        rf"(?:\s+[\w-]+){{0,4}}?,?\s+{_FROM_TO}",
        re.I,
    ),
]
_MULTIPLE_PATTERN = re.compile(
    rf"\b(?P<mult>doubled|tripled|trebled|quadrupled|halved)(?:\s+[\w-]+){{0,3}}?,?\s+{_FROM_TO}",
    re.I,
)
_CHANGE_KEYS = ("%", "cent", "point", "doubl", "tripl", "trebl", "quadrupl", "halv")
_MULTIPLES = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_DOWN = re.compile(rf"^(?:{_DOWN_VERBS}|{_DOWN_NOUNS})$", re.I)
_PCT_TAIL = re.compile(r"(?:%|per\s?cent|percent)$", re.I)
_CURRENCY_TAIL = re.compile(r"\s+(?:dollars|euros|pounds|yen|rupees)$", re.I)
_CURRENCY_HEAD = re.compile(rf"^{_CURRENCY}\s?")
_ABBR_SCALE = re.compile(r"(?<=\d)(bn|mn|m|k)$", re.I)

# Share of a total: "48% of the 2.7 million voters, or 1.3 million", and its reorderings.
_OF_TOTAL = rf"of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:(?P<tq>{QUAL})\s+)?(?P<t>{_AMOUNT})"
_LINK = r"(?:,\s*|\s+\(|\s+[—–]\s+|\s*[—–]\s*)(?:or|that\s+is|i\.e\.|representing|equal\s+to)?\s*"
_NOUNS = r"(?:\s+[a-z][\w-]*){0,3}?"
_SHARE_PATTERNS = [
    re.compile(
        rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})\s+{_OF_TOTAL}{_NOUNS}{_LINK}"
        rf"(?:(?P<cq>{QUAL})\s+)?(?P<c>{_AMOUNT})(?![\d%]|\s*(?:per\s?cent|percent))"
    ),
    re.compile(
        rf"(?:(?P<cq>{QUAL})\s+)?(?P<c>{_AMOUNT}){_NOUNS},?\s+(?:or|representing|about|some"
        rf"|roughly|nearly|almost|around)\s+(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})\s+{_OF_TOTAL}"
    ),
    re.compile(
        rf"(?:(?P<cq>{QUAL})\s+)?(?P<c>{_AMOUNT})\s+(?:out\s+)?{_OF_TOTAL}{_NOUNS}{_LINK}"
        rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})"
    ),
]

# Words that mean two amounts may be two moments or two parts of one thing, not one fact.
_CHANGE_CONTEXT = re.compile(
    r"\b(?:originally|original|initially|initial|first|earlier|previous(?:ly)?|prior|estimat\w*"
    r"|projected|projection|forecast\w*|expected|budget\w*|overrun\w*|rose|risen|rising"
    r"|increas\w*|decreas\w*|grew|grown|jump\w*|fell|fallen|drop\w*|cut|reduc\w*|revised"
    r"|later|eventually|final(?:ly)?|would|could|might|proposed|plan\w*|annual(?:ly)?"
    r"|per\s+year|a\s+year|includ\w*|excluding|plus|another|additional|extra|instead"
    r"|up\s+from|down\s+from|compared|versus|vs)\b",
    re.I,
)
_OTHER_VOTE = re.compile(
    r"\b(?:committee|earlier|previous|prior|first|initial|procedural|last\s+(?:year|month|week)"
    r"|another|second|amendment|subcommittee|panel|in\s+(?:19|20)\d\d)\b",
    re.I,
)
_PERSON_REACH = 600
_YEAR_REACH = 30
_YEAR_IN_TEXT = re.compile(r"(?<![\d.,$€£-])(?:1[5-9]\d\d|20\d\d)(?![\d%])")
_FUTURE = re.compile(
    r"\b(?:will|upcoming|nearing|approaching|ahead\s+of|coming|next|prepar\w*|plans?|planned)\b",
    re.I,
)
_PAST = re.compile(r"\b(?:celebrated|marked|held|commemorated|was|were|had)\b", re.I)


def _fmt(value: float) -> str:
    """A figure as a reader would write it: 1296000 -> "1.3 million", 0.5 -> "0.5"."""
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(value) >= scale:
            return f"{value / scale:.3g} {word}"
    if abs(value) >= 100 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _amount(raw: str) -> tuple[float, float, bool]:
    """(value, precision, is_percent) of an _AMOUNT match."""
    raw = _CURRENCY_TAIL.sub("", _CURRENCY_HEAD.sub("", raw.strip()))
    is_pct = bool(_PCT_TAIL.search(raw))
    raw = _PCT_TAIL.sub("", raw).strip()
    scale = 1.0
    abbr = _ABBR_SCALE.search(raw)
    if abbr is not None:
        scale = SCALES[abbr.group(1).lower()]
        raw = raw[: abbr.start()]
    value, precision = parse_number(raw)
    return value * scale, precision * scale, is_pct


def _qual(raw: str | None) -> Qualifier | None:
    return QUALIFIERS[" ".join(raw.lower().split())] if raw else None


def _head_ok(word: str) -> bool:
    """A thing that names one object: not a generic amount word, not a plural."""
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return word not in {"amount", "sum", "figure", "total"} and not plural


def _same_thing(a: NumberMention, b: NumberMention) -> str | None:
    """The shared name when two amounts clearly measure one thing, else None."""
    ta, tb = a.thing, b.thing
    if not ta or not tb:
        return None
    if a.thing_form == "attributive" and b.thing_form == "predicate":
        a, b, ta, tb = b, a, tb, ta
    if a.thing_form == "predicate" and b.thing_form == "attributive":
        head = ta[-1]
        if head not in tb:
            return None
        i = tb.index(head)
        mods_a, mods_b = ta[:-1], tb[:i]
        shared = " ".join(tb[: i + 1])
    elif a.thing_form == b.thing_form == "predicate":
        head = ta[-1]
        if tb[-1] != head:
            return None
        mods_a, mods_b = ta[:-1], tb[:-1]
        shared = " ".join(ta if len(ta) >= len(tb) else tb)
    else:
        short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        if long_[: len(short)] != short:
            return None
        head, mods_a, mods_b = short[-1], (), ()
        shared = " ".join(short)
    # Modifiers must agree: "bridge" matches "new bridge", but "aid package" is not
    # "arms package".
    n = min(len(mods_a), len(mods_b))
    if n and mods_a[len(mods_a) - n :] != mods_b[len(mods_b) - n :]:
        return None
    if head in GENERIC_THINGS or not _head_ok(head):
        return None
    return shared


@rule("FC401", category=Category.NUMBER, severity=Severity.WARNING)
def conflicting_amounts(ctx: RuleContext) -> Iterator[Hit]:
    """One thing is given two different costs or values in the same article.

    **What it does.** Finds amounts of money tied to a thing the article names definitely,
    either as "the bridge cost $4.2 billion" or as "the $3.8 billion bridge", and compares
    every pair that names the same thing in the same currency. Two amounts that cannot both
    be right, allowing for rounding ("$4.2 billion" and "about $4 billion" agree), are
    reported with both places.

    **Why it matters.** A cost or value that changes between paragraphs is usually a typo
    or a figure left over from an earlier draft or estimate, and readers notice.

    **Example.**

        The bridge cost $4.2 billion to build. … Commuters now cross the $3.8 billion
        bridge in under ten minutes.

    **Not flagged.** Amounts for different things that merely share a unit ("the $2 billion
    aid package" and "the $3 billion arms package"), plural or generic things ("the
    contracts", "the total"), different currencies, and sentences that speak of estimates,
    budgets, overruns, changes over time or parts of a whole ("originally", "rose",
    "including", "would cost").

    **How to silence it.** `--ignore FC401`, or fix the text.
    """
    money = [m for m in ctx.analysis.numbers if m.kind == "money" and m.thing]
    sentences = ctx.analysis.sentences
    reported: set[tuple[str, float, float]] = set()
    for a, b in combinations(money, 2):
        if a.unit != b.unit or a.value == b.value:
            continue
        shared = _same_thing(a, b)
        if shared is None:
            continue
        if any(
            _CHANGE_CONTEXT.search(ctx.text(sentences[m.sentence].start, sentences[m.sentence].end))
            for m in (a, b)
        ):
            continue
        if overlaps(
            interval(a.value, a.precision, a.qualifier), interval(b.value, b.precision, b.qualifier)
        ):
            continue
        key = (shared, min(a.value, b.value), max(a.value, b.value))
        if key in reported:
            continue
        reported.add(key)
        first, second = ctx.text(a.start, a.end), ctx.text(b.start, b.end)
        yield Hit(
            message=(
                f"The {shared} is given as {first} here and as {second} elsewhere in the"
                " article; the two amounts do not agree."
            ),
            spans=[(a.start, a.end), (b.start, b.end)],
            confidence=0.7,
        )


def _change_hits(ctx: RuleContext, start: int, end: int) -> Iterator[Hit]:
    text = ctx.article.text
    for pattern in _CHANGE_PATTERNS:
        for m in pattern.finditer(text, start, end):
            x, x_prec, x_pct = _amount(m.group("x"))
            y, y_prec, y_pct = _amount(m.group("y"))
            p, p_prec, _ = _amount(m.group("p"))
            if x_pct != y_pct or x <= 0 or y < 0:
                continue
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
    for sentence in ctx.analysis.sentences:
        lowered = ctx.text(sentence.start, sentence.end).lower()
        if "from" in lowered and any(k in lowered for k in _CHANGE_KEYS):
            yield from _change_hits(ctx, sentence.start, sentence.end)


@rule("FC403", category=Category.NUMBER, severity=Severity.WARNING)
def tally_vs_count(ctx: RuleContext) -> Iterator[Hit]:
    """A vote tally disagrees with a later count of one side of the same vote.

    **What it does.** Reads vote tallies ("passed 52-48", "by 61 votes to 38", "rejected
    45-55", "61 in favour and 38 against") and works out which figure is the yes side from
    the outcome. It then compares counts of one side elsewhere ("the 50 senators who voted
    yes", "48 votes against", "all 38 members who opposed it") with the tally. A count is
    compared with the nearest tally in its paragraph, or with the only tally in the
    article.

    **Why it matters.** A tally and a headcount that disagree mean one of them is wrong;
    vote figures are easy to check and embarrassing to get wrong.

    **Example.**

        The Senate passed the bill 52-48. … The 50 senators who voted yes celebrated.

    **Not flagged.** Counts of a party or other subset ("12 Democrats voted yes"), counts
    about another vote (a committee, an amendment, an earlier or procedural vote), and
    hedged counts that fit ("more than 50 senators voted yes").

    **How to silence it.** `--ignore FC403`, or fix the text.
    """
    tallies = [m for m in ctx.analysis.numbers if m.kind == "tally" and m.sides_known]
    if not tallies:
        return
    distinct = {(t.value, t.value2) for t in tallies}
    sentences = ctx.analysis.sentences
    blocks = ctx.segmentation.body
    for side in (m for m in ctx.analysis.numbers if m.kind == "vote_side"):
        sentence = sentences[side.sentence]
        if _OTHER_VOTE.search(ctx.text(sentence.start, sentence.end)):
            continue
        block = next((b for b in blocks if b.start <= side.start < b.end), None)
        same_block = [
            t for t in tallies if block is not None and block.start <= t.start < block.end
        ]
        pool = same_block or (tallies if len(distinct) == 1 else [])
        if not pool:
            continue
        before = [t for t in pool if t.start < side.start]
        tally = before[-1] if before else pool[0]
        expected = tally.value if side.side == "for" else tally.value2
        if expected is None:
            continue
        if overlaps(interval(side.value, side.precision, side.qualifier), (expected, expected)):
            continue
        which = "for" if side.side == "for" else "against"
        tally_text = ctx.text(tally.start, tally.end)
        yield Hit(
            message=(
                f"The tally “{tally_text}” gives {_fmt(expected)} votes {which}, but"
                f" {ctx.text(side.start, side.end)} are said to have voted {which}."
            ),
            spans=[(tally.start, tally.end), (side.start, side.end)],
            confidence=0.75 if tally.sentence != side.sentence else 0.8,
        )


@rule("FC404", category=Category.NUMBER, severity=Severity.WARNING)
def share_of_total_mismatch(ctx: RuleContext) -> Iterator[Hit]:
    """A percentage of a stated total disagrees with the count given for it.

    **What it does.** Reads phrases that give a share three ways at once: a percentage, the
    total it is a share of, and the resulting count ("48% of the 2.7 million voters, or
    1.3 million", "1.3 million voters, or 48% of the 2.7 million registered", "12 of the 40
    members (30%)"). It checks that the percentage of the total is the count, allowing for
    the rounding of each figure and for hedges such as "about" and "nearly".

    **Why it matters.** Two of the three figures are enough to compute the third, so a
    mismatch is a certain error in one of them.

    **Example.**

        Some 48% of the 2.7 million voters, or 1.9 million, backed the plan.

    **Use instead.** "…, or about 1.3 million, …", or correct the percentage.

    **Not flagged.** Rounded counts that fit ("about 1.3 million" for 48% of 2.7 million
    is 1.296 million), and shares given without a total.

    **How to silence it.** `--ignore FC404`, or fix the text.
    """
    text = ctx.article.text
    seen: set[int] = set()
    for sentence in ctx.analysis.sentences:
        lowered = ctx.text(sentence.start, sentence.end).lower()
        if " of " not in lowered or not any(k in lowered for k in ("%", "cent")):
            continue  # a cheap gate: most sentences state no share
        for pattern in _SHARE_PATTERNS:
            for m in pattern.finditer(text, sentence.start, sentence.end):
                if m.start("p") in seen:
                    continue
                p, p_prec, _ = _amount(m.group("p"))
                t, t_prec, t_pct = _amount(m.group("t"))
                c, c_prec, c_pct = _amount(m.group("c"))
                if t_pct or c_pct or t <= 0 or p > 100:
                    continue
                seen.add(m.start("p"))
                p_lo, p_hi = interval(p, p_prec, _qual(m.group("pq")))
                t_lo, t_hi = interval(t, t_prec, _qual(m.group("tq")))
                c_range = interval(c, c_prec, _qual(m.group("cq")))
                implied = (p_lo / 100 * t_lo, p_hi / 100 * t_hi)
                if overlaps(c_range, implied):
                    continue
                share = c / t * 100
                yield Hit(
                    message=(
                        f"{ctx.text(m.start('p'), m.end('p'))} of"
                        f" {ctx.text(m.start('t'), m.end('t'))} is about {_fmt(p / 100 * t)},"
                        f" not {ctx.text(m.start('c'), m.end('c'))}"
                        f" (which would be {share:.3g}%)."
                    ),
                    spans=[
                        (m.start("p"), m.end("p")),
                        (m.start("c"), m.end("c")),
                        (m.start("t"), m.end("t")),
                    ],
                    confidence=0.8,
                )


@rule("FC405", category=Category.NUMBER, severity=Severity.WARNING)
def age_vs_birth_year(ctx: RuleContext) -> Iterator[Hit]:
    """A person's stated age does not fit their stated birth year and the publication date.

    **What it does.** Pairs an age ("Ortiz, 47,", "aged 63", "the 47-year-old", "who is
    47") with a birth year ("born in 1978", "born on March 3, 1978") given for the same
    person, by name, by a pronoun opening the next sentence, or in the same sentence. With
    the publication date known, someone born in 1978 is 46 or 47 in 2025 (before or after
    their birthday); any other age is reported.

    **Why it matters.** A wrong age is a small error readers spot at once, and it often
    means the birth year or the person is wrong too.

    **Example.**

        Maria Ortiz, 45, runs the clinic. … She was born in 1978 in Valencia.

    **Not flagged.** Ages at some past moment ("died in 2010 aged 63", "then 47", "when
    she was 30", a sentence about another year), births of someone else ("whose son was
    born in 2010"), and articles without a publication date.

    **How to silence it.** `--ignore FC405`, or fix the text.
    """
    published = ctx.article.published
    if published is None:
        return
    numbers = ctx.analysis.numbers
    births = [m for m in numbers if m.kind == "birth_year" and m.person != "?"]
    sentences = ctx.analysis.sentences
    known = {m.person for m in numbers if m.person and m.person != "?"}
    known |= {p.person.split()[-1] for p in ctx.analysis.mentions}
    for age in (m for m in numbers if m.kind == "age" and not m.past):
        age_person = _who(ctx, age, known)
        sentence = sentences[age.sentence]
        for birth in births:
            birth_person = _who(ctx, birth, known)
            same_person = age_person is not None and age_person == birth_person
            named_apart = age_person is not None and birth_person is not None
            if not same_person and (age.sentence != birth.sentence or named_apart):
                continue
            born = int(birth.value)
            if _other_year_near(ctx, sentence.start, age.start, age.end, {born, published.year}):
                continue  # "In 2010, Ortiz, 32, …": an age for another year
            fits = {published.year - born - 1, published.year - born}
            if int(age.value) in fits:
                break
            who = age_person or "The person"
            yield Hit(
                message=(
                    f"{who} is said to be {int(age.value)}, but someone born in {born} is"
                    f" {min(fits)} or {max(fits)} on {published.isoformat()}, the publication"
                    " date."
                ),
                spans=[(age.start, age.end), (birth.start, birth.end)],
                confidence=0.75 if same_person else 0.6,
            )
            break


def _who(ctx: RuleContext, mention: NumberMention, known: set[str]) -> str | None:
    """The surname an age or birth is of: the analyser's, else the known person last named
    before it ("Kessler said … The 36-year-old won …")."""
    if mention.person is not None:
        return mention.person
    last: tuple[int, str] | None = None
    floor = max(0, mention.start - _PERSON_REACH)
    for name in known:
        for match in re.finditer(rf"\b{re.escape(name)}\b", ctx.text(floor, mention.start)):
            if last is None or match.start() > last[0]:
                last = (match.start(), name)
    return last[1] if last else None


def _other_year_near(
    ctx: RuleContext, sentence_start: int, start: int, end: int, allowed: set[int]
) -> bool:
    """A year other than ``allowed`` before the figure in its sentence, or just after it."""
    window = ctx.text(sentence_start, start) + " " + ctx.text(end, end + _YEAR_REACH)
    return any(int(y) not in allowed for y in _YEAR_IN_TEXT.findall(window))


def _event_for(ctx: RuleContext, mention: NumberMention) -> NumberMention | None:
    """The founding year a relative date speaks of: one in the same sentence, else the only
    founding year in the article."""
    events = [m for m in ctx.analysis.numbers if m.kind == "event_year"]
    same = [e for e in events if e.sentence == mention.sentence]
    if same:
        return same[0] if len({e.value for e in same}) == 1 else None
    if len({e.value for e in events}) == 1:
        return events[0]
    return None


def _anniversary_hit(ctx: RuleContext, ann: NumberMention) -> Hit | None:
    text = ctx.article.text
    published = ctx.article.published
    event = _event_for(ctx, ann)
    if event is None:
        return None
    if event.sentence != ann.sentence and text[ann.end : ann.end + 4] == " of ":
        return None  # "the 80th anniversary of the liberation": a named other event
    sentence = ctx.analysis.sentences[ann.sentence]
    s_text = ctx.text(sentence.start, sentence.end)
    founded = int(event.value)
    others = {int(y) for y in _YEAR_IN_TEXT.findall(s_text)} - {founded}
    if len(others) > 1:
        return None
    lowered = s_text.lower()
    if others:
        ref = others.pop()
        lo, hi = ref, ref
    elif published is None:
        return None
    elif "next year" in lowered:
        lo = hi = published.year + 1
    elif "last year" in lowered:
        lo = hi = published.year - 1
    elif "this year" in lowered:
        lo = hi = published.year
    elif _FUTURE.search(s_text):
        lo, hi = published.year, published.year + 1
    elif _PAST.search(s_text):
        lo, hi = founded + 1, published.year  # already held, at some point before now
    else:
        lo, hi = published.year - 1, published.year + 1
    n = int(ann.value)
    if lo - founded <= n <= hi - founded:
        return None
    when = str(lo) if lo == hi else f"{lo}–{hi}"
    span = str(lo - founded) if lo == hi else f"{lo - founded} to {hi - founded}"
    return Hit(
        message=(
            f"“{ctx.text(ann.start, ann.end)}” ({n} years) does not fit a founding in {founded}:"
            f" in {when} it is {span} years."
        ),
        spans=[(ann.start, ann.end), (event.start, event.end)],
        confidence=0.7 if event.sentence == ann.sentence else 0.6,
    )


@rule("FC406", category=Category.NUMBER, severity=Severity.WARNING)
def anniversary_vs_founding_year(ctx: RuleContext) -> Iterator[Hit]:
    """An anniversary or an "N years ago" does not fit the stated founding year.

    **What it does.** Pairs an anniversary ("its 25th anniversary", "centenary", "golden
    jubilee", "50 years since its founding") or a relative founding ("founded 25 years
    ago", "opened two decades ago") with a founding year ("founded in 1921", "established
    in 2000", "since its opening in 1975") in the same sentence, or with the only founding
    year in the article. The reference year is the year named in the sentence, else
    "next year"/"last year", else the publication date (an upcoming anniversary may fall
    next year, a past one any time before).

    **Why it matters.** An anniversary is arithmetic on two years; when it is off, either
    the founding year or the anniversary is wrong.

    **Example.**

        The club, founded in 1921, celebrates its 90th anniversary this year.

    **Not flagged.** Anniversaries of something else ("the 80th anniversary of the
    liberation"), articles with several different founding years (unless the anniversary
    shares a sentence with one), round phrases that fit ("two decades ago" for 2004 in
    2025), and, without a publication date, anything that needs one.

    **How to silence it.** `--ignore FC406`, or fix the text.
    """
    published = ctx.article.published
    for mention in ctx.analysis.numbers:
        if mention.kind == "anniversary":
            hit = _anniversary_hit(ctx, mention)
            if hit is not None:
                yield hit
        elif mention.kind == "years_ago" and published is not None:
            event = _event_for(ctx, mention)
            if event is None or event.start == mention.start:
                continue
            lo, hi = interval(mention.value, mention.precision, mention.qualifier)
            elapsed = published.year - int(event.value)
            if lo - 1 <= elapsed <= hi + 1:
                continue
            yield Hit(
                message=(
                    f"“{ctx.text(mention.start, mention.end)}” does not fit a founding in"
                    f" {int(event.value)}: that is {elapsed} years before the publication"
                    f" date ({published.isoformat()})."
                ),
                spans=[(mention.start, mention.end), (event.start, event.end)],
                confidence=0.7 if event.sentence == mention.sentence else 0.6,
            )
