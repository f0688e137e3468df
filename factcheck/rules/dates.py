"""Dates: weekdays and dates that do not fit."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from factcheck.analysis.dates import WEEKDAY_NAMES, DateMention, nearest_year
from factcheck.report import Category, Severity
from factcheck.rules.registry import Hit, RuleContext, rule

_MONTH_NAMES = list(calendar.month_name)


def _date_text(mention: DateMention) -> str:
    year = f", {mention.year}" if mention.year is not None else ""
    return f"{_MONTH_NAMES[mention.month or 0]} {mention.day}{year}"


@rule("FC501", category=Category.DATE, severity=Severity.WARNING)
def weekday_date_mismatch(ctx: RuleContext) -> Iterator[Hit]:
    """A weekday does not match the date written beside it.

    **What it does.** Finds a weekday next to a date, in either order and with any of the
    usual punctuation ("Wednesday, February 12", "Wednesday 12 February 2025", "on Feb.
    12 (Wednesday)", "February 12, a Wednesday"), and checks the calendar. A date without a
    year is taken in the publication year (or the neighbouring year, when that puts it
    nearer the publication date, as for "December 30" in an article of January 2).

    **Why it matters.** One of the two is wrong, and the reader cannot tell which; a
    wrong day sends people to an event on the wrong date.

    **Example.**

        The hearing is set for Thursday, February 12, 2025.

    **Use instead.** "Wednesday, February 12, 2025", or correct the date.

    **Not flagged.** Pairs that agree, impossible dates (FC502 reports those), dates
    without a year when the article has no publication date, and dates without a year whose
    weekday fits the year the sentence points to: a year written in it, next year for a
    future ("will", "is due", "if approved"), last year for a past ("was jailed", "last").

    **How to silence it.** `--ignore FC501`, or fix the text.
    """
    published = ctx.article.published
    for mention in ctx.analysis.dates:
        if mention.kind != "date" or mention.weekday is None or not mention.valid:
            continue
        if mention.month is None or mention.day is None:
            continue
        year = mention.year
        if year is None:
            if published is None:
                continue
            year = nearest_year(mention.month, mention.day, published)
            if year is None:
                continue
            # Without a year, the sentence may say which year is meant: a year written
            # elsewhere in it ("from Friday 3 July to Sunday 5 July 2026"), the future ("if
            # approved on Tuesday, Nov. 4") or the past ("was jailed on Tuesday 12 March").
            if any(
                _weekday(y, mention.month, mention.day) == mention.weekday
                for y in _years_the_sentence_allows(ctx, mention, published)
            ):
                continue
        actual = dt.date(year, mention.month, mention.day).weekday()
        if actual == mention.weekday:
            continue
        assert mention.weekday_start is not None and mention.weekday_end is not None
        said = ctx.text(mention.weekday_start, mention.weekday_end)
        date_text = ctx.text(mention.date_start, mention.date_end)
        assumed = "" if mention.year_stated else f" (taking the year as {year})"
        yield Hit(
            message=(
                f"“{said}” does not match {date_text}{assumed}: that day is a"
                f" {WEEKDAY_NAMES[actual]}."
            ),
            spans=[
                (mention.weekday_start, mention.weekday_end),
                (mention.date_start, mention.date_end),
            ],
            confidence=0.85 if mention.year_stated else 0.7,
            suggestion=f"{WEEKDAY_NAMES[actual]}, if the date is right",
        )


_FUTURE = re.compile(
    r"\b(?:will|would|shall|is due|are due|due to|scheduled|next (?:year|month|week|summer"
    r"|winter|spring|autumn|season|time)|upcoming|if approved|"
    r"plans? to|expected to|set to|is to|are to)\b",
    re.I,
)
_PAST = re.compile(
    # "last year", not "the town's last textile factory"
    r"\b(?:was|were|had|happened|took place|jailed|sentenced|convicted|died|ago|last (?:year"
    r"|month|week|summer|winter|spring|autumn|season|time)|"
    r"earlier|previous)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _years_the_sentence_allows(
    ctx: RuleContext, mention: DateMention, published: dt.date
) -> set[int]:
    sentences = ctx.analysis.sentences
    if not 0 <= mention.sentence < len(sentences):
        return set()
    text = ctx.text(sentences[mention.sentence].start, sentences[mention.sentence].end)
    years = {int(y) for y in _YEAR.findall(text)}
    # The nearest year may be the wrong neighbour for a date months away; the tense says
    # which way to look: the next such day for a future, the last one for a past.
    future, past = bool(_FUTURE.search(text)), bool(_PAST.search(text))
    month, day = mention.month or 1, mention.day or 1
    for year in (published.year - 1, published.year, published.year + 1):
        if _weekday(year, month, day) is None:
            continue
        days_ahead = (dt.date(year, month, day) - published).days
        if (future and 0 <= days_ahead < 366) or (past and -366 < days_ahead <= 0):
            years.add(year)
    return years


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:  # February 29 in a common year
        return None


@rule("FC502", category=Category.DATE, severity=Severity.WARNING)
def impossible_date(ctx: RuleContext) -> Iterator[Hit]:
    """A date that the calendar does not have.

    **What it does.** Reports dates such as "February 30", "31 April", "June 31, 2024",
    "2023-13-02" (there is no month 13) and "February 29, 2023" (2023 is not a leap year).
    February 29 without a year is accepted.

    **Why it matters.** An impossible date is certainly a typo, and the reader cannot
    tell which day was meant.

    **Example.**

        The deadline is April 31.

    **Use instead.** "April 30" or "May 1", whichever was meant.

    **Not flagged.** Real dates in any of the usual styles, and numbers that are not dates
    ("March 45" is not read as a date at all).

    **How to silence it.** `--ignore FC502`, or fix the text.
    """
    for mention in ctx.analysis.dates:
        if mention.kind != "date" or mention.valid or mention.month is None:
            continue
        date_text = ctx.text(mention.date_start, mention.date_end)
        if not 1 <= mention.month <= 12:
            why = f"there is no month {mention.month}"
        elif mention.month == 2 and mention.day == 29 and mention.year is not None:
            why = f"{mention.year} is not a leap year"
        else:
            days = calendar.monthrange(mention.year or 2000, mention.month)[1]
            why = f"{_MONTH_NAMES[mention.month]} has only {days} days"
        yield Hit(
            message=f"{date_text} is not a real date: {why}.",
            spans=[(mention.date_start, mention.date_end)],
            confidence=0.9,
        )
