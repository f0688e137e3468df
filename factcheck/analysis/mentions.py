"""Mentions of people: the one model both the people and the quotation analysers use."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class PersonMention(BaseModel):
    """A full name or surname of a known person in the text."""

    model_config = ConfigDict(frozen=True)

    person: str = Field(description="The person's key: their fullest name in the article.")
    start: int
    end: int
    sentence: int
    possessive: bool = False
    in_quote: bool = False
