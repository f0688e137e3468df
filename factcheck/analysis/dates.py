"""Dates in the text: full dates, weekday + date pairs, years, relative days (stub)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from pydantic import BaseModel, ConfigDict

from factcheck.segment import Block


class DateMention(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    sentence: int


def find_dates(
    text: str,
    blocks: Iterable[Block],
    sentence_of: Callable[[int], int],
    published: dt.date | None,
) -> list[DateMention]:
    return []
