"""Sentence and quotation boundaries inside body blocks (deterministic, regex-based)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from factcheck.segment import Block

# Abbreviations whose trailing period does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "no",
        "nos",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
        "approx",
        "est",
        "ft",
        "mt",
    ]
)
_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-Ý])")
_QUOTE_PAIRS = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»")


def split_sentences(text: str, blocks: Iterable[Block]) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence, never crossing a block boundary."""
    for block in blocks:
        start = block.start
        chunk = text[block.start : block.end]
        for match in _END.finditer(chunk):
            end = block.start + match.end()
            if _is_abbreviation(text, block.start + match.start()):
                continue
            if text[start:end].strip():
                yield _trim(text, start, end)
            start = end
        if text[start : block.end].strip():
            yield _trim(text, start, block.end)


def quoted_ranges(text: str, blocks: Iterable[Block]) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included."""
    ranges: list[tuple[int, int]] = []
    for block in blocks:
        for match in _QUOTE_PAIRS.finditer(text, block.start, block.end):
            ranges.append((match.start(), match.end()))
    return ranges


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    # A single capital initial ("John F. Kennedy") does not end a sentence.
    return len(word) == 1 and text[dot - 1].isupper()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
