"""Numbers in the text: money, percentages, counts, tallies, ages, anniversaries (stub)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from pydantic import BaseModel, ConfigDict

from factcheck.segment import Block


class NumberMention(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    sentence: int


def find_numbers(
    text: str,
    blocks: Iterable[Block],
    sentence_of: Callable[[int], int],
    published: dt.date | None,
) -> list[NumberMention]:
    return []
