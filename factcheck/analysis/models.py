"""The offline analysis: what the deterministic analysers found, as offsets into Article.text."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.analysis.dates import DateMention
from factcheck.analysis.mentions import PersonMention
from factcheck.analysis.names import NameMention
from factcheck.analysis.numbers import NumberMention
from factcheck.analysis.quotes import Quotation

TitleStatus = Literal["current", "former", "acting", "incoming", "then", "unknown"]
TitleForm = Literal["prenominal", "appositive", "predicate", "possessive", "bare"]
CueKind = Literal["incumbent", "left_office", "other_role"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Sentence(_Frozen):
    start: int
    end: int


class TitleMention(_Frozen):
    """An office attached to (or standing for) a person: "former Treasury Secretary"."""

    start: int = Field(description="Start of the title phrase, modifier included.")
    end: int
    office: str = Field(description='Canonical office, e.g. "treasury secretary".')
    jurisdiction: str | None = None
    status: TitleStatus = "current"
    modifier: str | None = None
    form: TitleForm
    person: str | None = None
    name_start: int | None = None
    name_end: int | None = None
    sentence: int
    in_quote: bool = False

    def spans(self) -> list[tuple[int, int]]:
        """Where a finding about this title points: the title, then the name it is given to
        when that stands apart ("The High Representative, Federica Mogherini"), so that an
        editor's mark on either is met."""
        title = (self.start, self.end)
        if self.name_start is None or self.name_end is None:
            return [title]
        if self.start <= self.name_start and self.name_end <= self.end:
            return [title]
        return [title, (self.name_start, self.name_end)]


class Cue(_Frozen):
    """A phrase that places a person in an office now, or out of one."""

    kind: CueKind
    start: int
    end: int
    sentence: int
    person: str | None = None
    cabinet: bool = Field(default=False, description="The cue speaks of a cabinet or government.")


class Analysis(_Frozen):
    """Everything the deterministic analysers found. Families add their own fields."""

    sentences: list[Sentence]
    quotes: list[tuple[int, int]]
    people: list[str] = Field(description="Person keys, in order of first mention.")
    surnames: dict[str, str] = Field(description="Person key -> surname used for later mentions.")
    mentions: list[PersonMention]
    titles: list[TitleMention]
    cues: list[Cue]
    dates: list[DateMention] = Field(default_factory=list)
    numbers: list[NumberMention] = Field(default_factory=list)
    quotations: list[Quotation] = Field(default_factory=list)
    names: list[NameMention] = Field(
        default_factory=list, description="Candidate names, full or bare, in text order."
    )

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (the nearest one before it otherwise)."""
        lo, hi = 0, len(self.sentences) - 1
        best = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start <= offset:
                best, lo = mid, mid + 1
            else:
                hi = mid - 1
        return best
