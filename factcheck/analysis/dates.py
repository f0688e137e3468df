"""Dates in the text: full dates, weekday + date pairs, years, relative days.

Recognised forms: "February 12, 2025", "Feb. 12", "12 February 2025", "the 12th of February",
"2025-02-12"; a weekday beside a date in any order ("Wednesday, February 12", "Wednesday
12 February 2025", "Feb. 12 (Wednesday)", "February 12, a Wednesday"); standalone years;
and weekdays used relative to the publication date ("on Wednesday").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.segment import Block

DateKind = Literal["date", "year", "relative"]

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_WEEKDAY_ABBR: dict[str, int] = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
WEEKDAY_NAMES = [name.capitalize() for name in WEEKDAYS]

# Months are matched capitalised only: "may" and "march" are also common words.
MONTH_RE = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b(?:\.(?=\s*\d))?)"
)
_FULL_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
# Abbreviated weekdays ("Sat", "Wed", "Sun") are ordinary words too: only beside a date.
_ANY_WEEKDAY = _FULL_WEEKDAY + r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?"
_YEAR = r"(?:1[0-9]|20|21)\d\d"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"

US_DATE = re.compile(
    rf"\b(?P<m>{MONTH_RE})\s+(?P<d>{_DAY})(?![\d:])"
    rf"(?:(?:,\s*|\s+)(?P<y>{_YEAR})(?![\d%]|[.,]\d))?"
)
UK_DATE = re.compile(
    rf"(?<![\d.,$€£])\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{MONTH_RE})"
    rf"(?:,?\s+(?P<y>{_YEAR})(?![\d%]|[.,]\d))?"
)
ISO_DATE = re.compile(r"(?<![\d./-])(?P<y>[12]\d{3})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d/]|-\d)")
_YEAR_ONLY = re.compile(r"(?<![\d.,$€£/-])(?P<y>1[5-9]\d\d|20\d\d)(?![\d%]|[.,]\d|\s*per\s?cent)")
_RELATIVE = re.compile(
    rf"\b(?P<rel>on|last|next|this|since|until|till|by|from|before|after|early|late)\s+"
    rf"(?P<w>{_FULL_WEEKDAY})(?!\s*,?\s*(?:the\s+)?\d)",
    re.I,
)
# A weekday right before the date: "Wednesday, February 12", "Wed. 12 Feb", "Wednesday (".
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<w>{_ANY_WEEKDAY})(?:,?\s+(?:the\s+)?|\s*\(\s*)$")
_WEEKDAY_LIST_BEFORE = re.compile(rf"\b(?:{_ANY_WEEKDAY})\s*(?:,|and|&|or|to|-|–)\s*\Z")
# A weekday right after it: "(Wednesday)", ", a Wednesday", ", which was a Wednesday".
_WEEKDAY_AFTER = re.compile(
    rf"^(?:\s*\(\s*(?:a\s+|which\s+is\s+a\s+)?(?P<w1>{_ANY_WEEKDAY})\s*\)|,\s+(?:(?:which|that)"
    rf"\s+(?:was|is|will\s+be|falls\s+on)\s+)?a\s+(?P<w2>{_FULL_WEEKDAY}))"
)
_CLOSE_PAREN = re.compile(r"^\s*\)")


class DateMention(BaseModel):
    """A date, year or relative weekday in the body text, as offsets into the article."""

    model_config = ConfigDict(frozen=True)

    kind: DateKind
    start: int = Field(description="Start of the whole mention, weekday included.")
    end: int
    sentence: int
    date_start: int = Field(description="Start of the date itself (no weekday).")
    date_end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_stated: bool = False
    weekday: int | None = Field(default=None, description="0 = Monday … 6 = Sunday.")
    weekday_start: int | None = None
    weekday_end: int | None = None
    valid: bool = Field(default=True, description="False for a day the calendar does not have.")
    resolved: dt.date | None = Field(
        default=None,
        description="The calendar day meant: the stated year, else the year (of the "
        "publication year and its neighbours) that puts it nearest the publication date.",
    )


def weekday_index(word: str) -> int | None:
    key = word.rstrip(".").lower()
    return WEEKDAYS.get(key, _WEEKDAY_ABBR.get(key))


def is_valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether the calendar has this day; without a year, February 29 is allowed."""
    if not 1 <= month <= 12 or day < 1:
        return False
    days = calendar.monthrange(year if year is not None else 2000, month)[1]
    return day <= days


def nearest_year(month: int, day: int, published: dt.date) -> int | None:
    """The year near ``published`` that puts month/day closest to it (undated news days)."""
    best: tuple[int, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        if not is_valid_day(year, month, day):
            continue
        gap = abs((dt.date(year, month, day) - published).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def _parse_day(raw: str) -> int:
    return int(raw.rstrip("stndrh"))


def _date_mention(
    text: str,
    block: Block,
    start: int,
    end: int,
    year: int | None,
    month: int,
    day: int,
    sentence_of: Callable[[int], int],
    published: dt.date | None,
) -> DateMention:
    valid = is_valid_day(year, month, day)
    resolved: dt.date | None = None
    if valid and year is not None:
        resolved = dt.date(year, month, day)
    elif valid and published is not None:
        guess = nearest_year(month, day, published)
        resolved = dt.date(guess, month, day) if guess is not None else None
    w_start = w_end = weekday = None
    whole_start, whole_end = start, end
    before = _WEEKDAY_BEFORE.search(text, max(block.start, start - 16), start)
    after = _WEEKDAY_AFTER.match(text[end : min(block.end, end + 40)])
    if before is not None and _WEEKDAY_LIST_BEFORE.search(
        text, max(block.start, before.start("w") - 16), before.start("w")
    ):
        before = None  # "on Monday and Tuesday, Nov. 18 and 19": two days, two dates
    if before is not None:
        opened_paren = "(" in before.group(0)
        close = _CLOSE_PAREN.match(text[end : min(block.end, end + 4)]) if opened_paren else None
        if not opened_paren or close is not None:
            w_start, w_end = before.start("w"), before.end("w")
            whole_start = w_start
            if close is not None:
                whole_end = end + close.end()
    if w_start is None and after is not None:
        group = "w1" if after.group("w1") else "w2"
        w_start, w_end = end + after.start(group), end + after.end(group)
        whole_end = end + after.end()
    if w_start is not None and w_end is not None:
        weekday = weekday_index(text[w_start:w_end])
    return DateMention(
        kind="date",
        start=whole_start,
        end=whole_end,
        sentence=sentence_of(start),
        date_start=start,
        date_end=end,
        year=year,
        month=month,
        day=day,
        year_stated=year is not None,
        weekday=weekday,
        weekday_start=w_start,
        weekday_end=w_end,
        valid=valid,
        resolved=resolved,
    )


def date_spans(text: str, block: Block) -> list[tuple[re.Match[str], str]]:
    """Non-overlapping date matches in one block (the longest wins), tagged by style."""
    return list(_date_spans(text, block.start, block.end))


# The dates and the numbers analysers both ask for each paragraph's dates: read them once.
@lru_cache(maxsize=1024)
def _date_spans(text: str, start: int, end: int) -> tuple[tuple[re.Match[str], str], ...]:
    found: list[tuple[re.Match[str], str]] = []
    for style, pattern in (("iso", ISO_DATE), ("us", US_DATE), ("uk", UK_DATE)):
        found.extend((m, style) for m in pattern.finditer(text, start, end))
    found.sort(key=lambda item: (item[0].start(), -(item[0].end() - item[0].start())))
    kept: list[tuple[re.Match[str], str]] = []
    last_end = -1
    for match, style in found:
        if match.start() >= last_end:
            kept.append((match, style))
            last_end = match.end()
    return tuple(kept)


def find_dates(
    text: str,
    blocks: Iterable[Block],
    sentence_of: Callable[[int], int],
    published: dt.date | None,
) -> list[DateMention]:
    mentions: list[DateMention] = []
    for block in blocks:
        taken: list[tuple[int, int]] = []
        for match, style in date_spans(text, block):
            raw_day = match.group("d")
            if style == "iso":
                month = int(match.group("m"))
            else:
                month = MONTHS[match.group("m").rstrip(".").lower()]
            day = _parse_day(raw_day)
            if style != "iso" and not 1 <= day <= 31:
                continue  # "March 45" is not a date at all
            year = int(match.group("y")) if match.group("y") else None
            mention = _date_mention(
                text, block, match.start(), match.end(), year, month, day, sentence_of, published
            )
            mentions.append(mention)
            taken.append((mention.start, mention.end))
        for match in _YEAR_ONLY.finditer(text, block.start, block.end):
            if _inside(taken, match.start()):
                continue
            year = int(match.group("y"))
            mentions.append(
                DateMention(
                    kind="year",
                    start=match.start(),
                    end=match.end(),
                    sentence=sentence_of(match.start()),
                    date_start=match.start(),
                    date_end=match.end(),
                    year=year,
                    year_stated=True,
                )
            )
        for match in _RELATIVE.finditer(text, block.start, block.end):
            w_start, w_end = match.start("w"), match.end("w")
            if _inside(taken, w_start):
                continue
            weekday = WEEKDAYS[match.group("w").lower()]
            resolved = None
            if published is not None:
                # News usage: "on Wednesday" is the latest such day up to publication, unless
                # the text says "next".
                back = (published.weekday() - weekday) % 7
                resolved = published - dt.timedelta(days=back)
                if match.group("rel").lower() == "next":
                    resolved += dt.timedelta(days=7)
            mentions.append(
                DateMention(
                    kind="relative",
                    start=w_start,
                    end=w_end,
                    sentence=sentence_of(w_start),
                    date_start=w_start,
                    date_end=w_end,
                    weekday=weekday,
                    weekday_start=w_start,
                    weekday_end=w_end,
                    resolved=resolved,
                )
            )
    mentions.sort(key=lambda m: m.start)
    return mentions


def _inside(ranges: list[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in ranges)
