"""Quotations and their speakers (stub)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from factcheck.segment import Block

if TYPE_CHECKING:
    from factcheck.analysis.models import PersonMention


class Quotation(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    sentence: int


def find_quotations(
    text: str,
    blocks: Iterable[Block],
    sentence_of: Callable[[int], int],
    mentions: list[PersonMention],
) -> list[Quotation]:
    return []
