"""FC409 elapsed-years-mismatch.

An "N years since" or "N years after" does not fit the year the article gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.analysis.numbers import (
    NUM,
    QUAL,
    QUALIFIERS,
    NumberMention,
    interval,
    overlaps,
    parse_number,
)
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import _YEAR_IN_TEXT
from factcheck.rules.registry import Hit, RuleContext, rule

# --- FC409 elapsed years against the year of the event ----------------------------------

_CLAUSE_END = re.compile(r"[,;:()—–]|\s-\s|$")
_STOP_STEMS = frozenset(
    ["since", "after", "years", "which", "their", "there", "where", "would", "could", "about"]
)
# Words that name the same kind of event, so that "closed in 1964" and "since the last
# train ran" are linked although they share no word.
_EVENT_CLASSES = [
    frozenset(
        [
            "closed",
            "closure",
            "closing",
            "close",
            "shut",
            "shutdown",
            "axed",
            "ended",
            "ceased",
            "abandoned",
            "scrapped",
            "last",
            "final",
            "withdrawn",
            "demolished",
            "retired",
            "disbanded",
            "dissolved",
            "stopped",
            "halted",
        ]
    ),
    frozenset(
        [
            "opened",
            "opening",
            "open",
            "founded",
            "founding",
            "established",
            "launched",
            "began",
            "begun",
            "started",
            "first",
            "created",
            "inaugurated",
            "built",
            "introduced",
        ]
    ),
    frozenset(["died", "death", "killed", "murdered"]),
    frozenset(
        ["won", "win", "victory", "elected", "election", "title", "champions", "championship"]
    ),
    frozenset(
        [
            "flood",
            "flooded",
            "fire",
            "earthquake",
            "storm",
            "disaster",
            "crash",
            "explosion",
            "attack",
        ]
    ),
]
_PAST_ONLY = re.compile(r"\b(?:was|were|had\s+been)\b", re.I)
# A clause about now: what "N years on" counts to the publication date.
_PRESENT = re.compile(
    r"\b(?:is|are|has|have|remains?|stands?|now|still|today|houses|holds|serves|runs)\b", re.I
)
_FUTURE_WORDS = re.compile(r"\b(?:will|next|upcoming|coming|approaching)\b", re.I)


def _stems(words: str) -> set[str]:
    out: set[str] = set()
    for w in re.findall(r"[a-z]{5,}", words.lower()):
        if w not in _STOP_STEMS:
            out.add(w[:5])
    return out


def _linked(clause: str, context: str) -> bool:
    """Whether two stretches of text speak of one event: a shared word or event class."""
    if _stems(clause) & _stems(context):
        return True
    a = set(re.findall(r"[a-z]+", clause.lower()))
    b = set(re.findall(r"[a-z]+", context.lower()))
    return any(a & cls and b & cls for cls in _EVENT_CLASSES)


def _year_clause(text: str, start: int, end: int, year_start: int) -> str:
    """The clause around a year: from the punctuation before it to the punctuation after."""
    before = max((m.end() for m in re.finditer(r"[,;:()—–]", text[start:year_start])), default=0)
    after = _CLAUSE_END.search(text, year_start + 4, end)
    return text[start + before : after.start() if after else end]


def _fits_earlier_year(ctx: RuleContext, m: NumberMention) -> bool:
    """Whether some year before "N years on" is N years before the publication date: "The
    council was founded in 1955 … signed the first deal in 2012. 'Seventy years on, …'"."""
    published = ctx.article.published
    if published is None:
        return False
    lo, hi = interval(m.value, m.precision, m.qualifier)
    return any(
        lo - 1 <= published.year - int(y.group(0)) <= hi + 1
        for y in _YEAR_IN_TEXT.finditer(ctx.article.text, 0, m.start)
    )


def _elapsed_hit(ctx: RuleContext, m: NumberMention) -> Hit | None:
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    sentence = sentences[m.sentence]
    end_clause = _CLAUSE_END.search(text, m.end, sentence.end)
    clause_end = end_clause.start() if end_clause else sentence.end
    clause = text[m.end : clause_end]
    in_clause = [y for y in _YEAR_IN_TEXT.finditer(text, m.end, clause_end)]
    event_year: re.Match[str] | None = None
    if m.event == "on":
        # "… opened in 1996. Thirty-one years on, it has …": from the one year just told.
        if m.sentence == 0 or _YEAR_IN_TEXT.search(text, sentence.start, sentence.end):
            return None
        prev = sentences[m.sentence - 1]
        years = list(_YEAR_IN_TEXT.finditer(text, prev.start, prev.end))
        if len({y.group(0) for y in years}) != 1 or not _PRESENT.search(text, m.end, sentence.end):
            return None  # no year, two, or "Ten years on, the site was sold": a past moment
        if "\n" in text[prev.end : m.start] or _fits_earlier_year(ctx, m):
            return None  # told in another paragraph, or counted from another year it fits
        event_year = years[0]
        in_clause = []
    elif in_clause:
        if len({y.group(0) for y in in_clause}) != 1:
            return None
        event_year = in_clause[0]
    else:
        # A linked year earlier in the sentence, else in the sentence before.
        spans = [(sentence.start, m.start)]
        if m.sentence > 0:
            prev = sentences[m.sentence - 1]
            spans.append((prev.start, prev.end))
        for s_start, s_end in spans:
            linked = [
                y
                for y in _YEAR_IN_TEXT.finditer(text, s_start, s_end)
                if _linked(clause, _year_clause(text, s_start, s_end, y.start()))
            ]
            if linked:
                if len({y.group(0) for y in linked}) != 1:
                    return None
                event_year = linked[0]
                break
    if event_year is None:
        return None
    year = int(event_year.group(0))
    others = {
        int(y.group(0))
        for y in _YEAR_IN_TEXT.finditer(text, sentence.start, sentence.end)
        if not m.end <= y.start() < clause_end
    } - {year}
    published = ctx.article.published
    s_text = ctx.text(sentence.start, sentence.end).lower()
    if len(others) > 1:
        return None
    if others:
        lo = hi = others.pop()
    elif m.event not in ("since", "on") or published is None:
        return None  # "30 years after the fire" needs the year it is counted to
    elif "next year" in s_text:
        lo = hi = published.year + 1
    elif "last year" in s_text:
        lo = hi = published.year - 1
    elif _FUTURE_WORDS.search(s_text):
        lo, hi = published.year, published.year + 1
    elif _PAST_ONLY.search(ctx.text(sentence.start, m.start)):
        return None  # "it was 30 years since …": counted to some past moment
    else:
        lo = hi = published.year
    if lo <= year:
        return None
    stated = interval(m.value, m.precision, m.qualifier)
    if overlaps(stated, (lo - year - 1, hi - year + 1)):
        return None
    span = str(lo - year) if lo == hi else f"{lo - year} to {hi - year}"
    when = str(lo) if lo == hi else f"{lo}–{hi}"
    return Hit(
        message=(
            f"“{ctx.text(m.start, m.end)} {m.event}” does not fit the year given for the event,"
            f" {year}: in {when} that is {span} years."
        ),
        spans=[(m.start, m.end), (event_year.start(), event_year.end())],
        confidence=0.7 if event_year.start() >= sentence.start else 0.6,
    )


@rule("FC409", category=Category.NUMBER, severity=Severity.WARNING)
def elapsed_years_mismatch(ctx: RuleContext) -> Iterator[Hit]:
    """An "N years since" or "N years after" does not fit the year the article gives.

    **What it does.** Reads elapsed times ("65 years since the last train ran", "nearly
    six decades after the fire", "a century since") and finds the year of the event they
    count from: a year in the same clause ("since it closed in 1964"), else a year earlier
    in the sentence or in the sentence before whose clause speaks of the same event (a
    shared word, or the same kind of event: "closed in 1964" and "since the last train
    ran"). It counts to a year named in the sentence ("in 2016, 52 years after …"), else,
    for "since", to the publication date, and allows a year either way for the months.
    Anniversaries of a founding stay with FC406. A year and an "ago" side by side ("in
    1998, 20 years ago", "two decades ago, in 2004") are checked against the publication
    date. "N years on" opening a sentence about now ("Thirty-one years on, it has doubled")
    counts from the one year of the sentence before, in its paragraph, to the publication
    date (not when past, "Ten years on, it was sold", nor when an earlier year fits).

    **Why it matters.** The arithmetic is on two years the reader can see; when it is off,
    one of them is wrong.

    **Example.**

        The line closed in 1964. Trains return on Monday, marking 65 years since the last
        passenger service ran.

    **Not flagged.** Counts that fit within a year, hedged counts that fit ("nearly 60
    years"), years for another event ("founded in 1921 … 30 years since it last won"),
    sentences with several candidate years, "N years after" without a year to count to,
    past framing ("it was 30 years since"), and, without a publication date, anything
    that needs one.

    **How to silence it.** `--ignore FC409`, or fix the text.
    """
    for mention in ctx.analysis.numbers:
        if mention.kind == "elapsed":
            hit = _elapsed_hit(ctx, mention)
            if hit is not None:
                yield hit
    if "ago" in ctx.article.text and ctx.article.published is not None:
        yield from _year_beside_ago(ctx, ctx.article.published.year)


_AGO_AMOUNT = (
    rf"(?:(?P<q>{QUAL})\s+|(?i:exactly|precisely|just)\s+)?(?P<n>{NUM}|(?i:a|half\s+a))\s+"
    r"(?P<u>years?|decades?)\s+ago\b"
)
# "in 1998, 20 years ago", "(1998, two decades ago)", "20 years ago, in 1998".
_YEAR = r"1[5-9]\d\d|20\d\d"
_YEAR_AGO = re.compile(
    rf"\b(?P<y>{_YEAR})\s*(?:,|\(|—|–|\s-)\s*{_AGO_AMOUNT}"
    rf"|{_AGO_AMOUNT.replace('(?P<', '(?P<b_')}\s*(?:,|\(|—|–|-)?"
    # "set 12 years ago by Kenya's Beatrice Wanjiru in 2011": a "by" or "at" phrase between.
    rf"(?:\s*(?:by|at|on|for)\s+[^,.;:()\d]{{1,50}}?)?\s*in\s+(?P<b_y>{_YEAR})\b"
)


_AGO = re.compile(r"\bago\b")


def _year_beside_ago(ctx: RuleContext, now: int) -> Iterator[Hit]:
    text = ctx.article.text
    seen: set[int] = set()
    # Only around each "ago": the pattern is costly to try at every position of a long text.
    matches = (
        m
        for ago in _AGO.finditer(text)
        for m in _YEAR_AGO.finditer(text, max(0, ago.start() - 60), ago.end() + 70)
    )
    for m in matches:
        if m.start() in seen:
            continue
        seen.add(m.start())
        g = "" if m.group("y") else "b_"
        year = int(m.group(g + "y"))
        raw = m.group(g + "n").lower()
        unit = 10.0 if m.group(g + "u").lower().startswith("decade") else 1.0
        if raw in ("a", "half a"):
            value, precision = (0.5 if raw == "half a" else 1.0), 1.0
        else:
            value, precision = parse_number(raw)
        qualifier = (
            QUALIFIERS[" ".join(m.group(g + "q").lower().split())] if m.group(g + "q") else None
        )
        stated = interval(value * unit, max(precision * unit, 1.0), qualifier)
        actual = now - year
        # The event may fall in the months either side of a year boundary.
        if overlaps(stated, (actual - 1, actual)):
            continue
        yield Hit(
            message=(
                f"{year} was {actual} years before the publication date, not"
                f" “{ctx.text(m.start(g + 'n'), m.end(g + 'u') + 4)}”."
            ),
            spans=[(m.start(), m.end())],
            confidence=0.7,
        )
