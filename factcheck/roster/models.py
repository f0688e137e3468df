"""The roster's records: who held which office, where, and from when to when."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Officeholder(_Frozen):
    """One term of one person in one office, as written in a roster file."""

    person: str = Field(min_length=1, description="Full name as usually written in English.")
    aliases: tuple[str, ...] = Field(
        default=(), description='Other full names that mean this person: "J.D. Vance", "MBS".'
    )
    surname: str | None = Field(
        default=None,
        description="What a later mention uses alone, when not the last word (Lee Jae-myung: Lee).",
    )
    office: str = Field(min_length=1, description='Canonical office key: "treasury secretary".')
    jurisdiction: str = Field(min_length=2, description='ISO-like code: "US", "GB", "EU".')
    start: dt.date
    end: dt.date | None = Field(default=None, description="None: still in office on as_of.")
    acting: bool = False
    approximate: bool = Field(default=False, description="A boundary day is not exact.")
    source: str = Field(min_length=1, description="Where the dates come from, and any caveat.")

    @field_validator("office")
    @classmethod
    def _office_key(cls, value: str) -> str:
        return " ".join(value.lower().split())

    @field_validator("jurisdiction")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.strip().upper()

    @model_validator(mode="after")
    def _ordered(self) -> Officeholder:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"{self.person}: end {self.end} is before start {self.start}")
        return self


class RosterFile(_Frozen):
    """A roster file: a dated list of terms."""

    as_of: dt.date = Field(description="The last day the file is known to be complete for.")
    covers_from: dt.date | None = Field(
        default=None, description="Before this day the file is incomplete: nothing is checked."
    )
    description: str | None = None
    officeholders: tuple[Officeholder, ...]


class Term(_Frozen):
    """A term as the roster holds it: the record plus what its file vouches for."""

    holder: Officeholder
    as_of: dt.date
    covers_from: dt.date | None = None
    origin: str = Field(description="The file it came from (bundled files by name).")

    @property
    def open_ended(self) -> bool:
        return self.holder.end is None
