"""Inline suppressions: ``<!-- factcheck: ignore FC101 -->`` on or above a finding's line.

In Markdown and plain text the comment stays in the article text, so its line is known.
HTML comments vanish when the main text is extracted; there the comment applies to the
text that follows it in the page, found again in the extracted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_COMMENT = re.compile(r"<!--\s*factcheck:\s*(?:ignore|noqa)\b([^>]*?)-->", re.I)
_CODES = re.compile(r"FC\d{1,3}", re.I)
_TAG = re.compile(r"<[^>]+>")
_ANCHOR_CHARS = 40


@dataclass(frozen=True)
class Suppression:
    line: int
    codes: frozenset[str]  # empty: every rule

    def covers(self, rule_id: str) -> bool:
        return not self.codes or any(rule_id.startswith(c) for c in self.codes)


def _codes(raw: str) -> frozenset[str]:
    return frozenset(c.upper() for c in _CODES.findall(raw))


def from_text(text: str) -> list[Suppression]:
    """A comment silences its own line and the next non-blank line."""
    found: list[Suppression] = []
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        for match in _COMMENT.finditer(line):
            codes = _codes(match.group(1))
            found.append(Suppression(number, codes))
            if not line[: match.start()].strip() and not line[match.end() :].strip():
                following = number + 1
                while following <= len(lines) and not lines[following - 1].strip():
                    following += 1
                found.append(Suppression(following, codes))
    return found


def from_html(html: str, text: str) -> list[Suppression]:
    """Each HTML comment silences the line of the extracted text where its next words are."""
    found: list[Suppression] = []
    flat = " ".join(text.split())
    for match in _COMMENT.finditer(html):
        following = " ".join(_TAG.sub(" ", html[match.end() : match.end() + 2000]).split())
        anchor = following[:_ANCHOR_CHARS]
        if not anchor:
            continue
        pos = flat.find(anchor)
        if pos == -1:
            continue
        # Map the position in the whitespace-collapsed text back to a line of the real text.
        line = _line_of_flat_position(text, pos)
        found.append(Suppression(line, _codes(match.group(1))))
    return found


def _line_of_flat_position(text: str, flat_pos: int) -> int:
    seen = 0
    line = 1
    in_space = True
    for ch in text:
        if ch.isspace():
            if ch == "\n":
                line += 1
            if not in_space:
                seen += 1
                in_space = True
            continue
        if seen >= flat_pos:
            return line
        seen += 1
        in_space = False
    return line
