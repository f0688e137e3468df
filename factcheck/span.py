"""Spans: character ranges into the article text, with line and column for people."""

from __future__ import annotations

from bisect import bisect_right

from pydantic import BaseModel, ConfigDict, Field


class Span(BaseModel):
    """A range ``[start, end)`` of code points in ``Article.text``; ``text`` is that slice."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0, description="Offset of the first character (code points, 0-based).")
    end: int = Field(ge=0, description="Offset just past the last character.")
    line: int = Field(ge=1, description="1-based line of `start` in the article text.")
    column: int = Field(ge=1, description="1-based column of `start` (code points).")
    end_line: int = Field(ge=1, description="1-based line of the last character.")
    end_column: int = Field(ge=1, description="1-based column just past the last character.")
    text: str = Field(description="The article text at [start, end).")


class LineIndex:
    """Maps offsets to 1-based line and column numbers in one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [0]
        pos = text.find("\n")
        while pos != -1:
            self._starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def line_text(self, line: int) -> str:
        start = self._starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start:] if end == -1 else self.text[start:end]

    def span(self, start: int, end: int) -> Span:
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside text of length {len(self.text)}")
        line, column = self.position(start)
        end_line, end_column = self.position(max(start, end - 1))
        if end > start:
            end_column += 1
        return Span(
            start=start,
            end=end,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            text=self.text[start:end],
        )
