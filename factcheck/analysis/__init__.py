"""Deterministic analysis of the article body: sentences, quotes, people, titles, cues."""

from __future__ import annotations

from bisect import bisect_right

from factcheck.analysis.cues import CUE_PATTERNS
from factcheck.analysis.dates import find_dates
from factcheck.analysis.models import (
    Analysis,
    Cue,
    PersonMention,
    Sentence,
    TitleMention,
)
from factcheck.analysis.names import find_names
from factcheck.analysis.numbers import find_numbers
from factcheck.analysis.people import People, names_with_speech
from factcheck.analysis.quotes import find_quotations
from factcheck.analysis.sentences import quoted_ranges, split_sentences
from factcheck.analysis.titles import find_titles
from factcheck.article import Article
from factcheck.segment import Segmentation

__all__ = ["Analysis", "analyze"]


class _Ranges:
    """Membership test for sorted, non-overlapping ranges."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self._starts = [s for s, _ in ranges]
        self._ranges = ranges

    def contains(self, offset: int) -> bool:
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and self._ranges[i][0] <= offset < self._ranges[i][1]


def analyze(article: Article, segmentation: Segmentation) -> Analysis:
    text = article.text
    body = segmentation.body
    sentences = [Sentence(start=s, end=e) for s, e in split_sentences(text, body)]
    quotes = quoted_ranges(text, body)
    in_quote = _Ranges(quotes).contains
    starts = [s.start for s in sentences]

    def sentence_of(offset: int) -> int:
        return max(0, bisect_right(starts, offset) - 1)

    raw_titles = list(find_titles(text, body))
    names = [t.name for t in raw_titles if t.name]
    names += [t.possessor for t in raw_titles if t.possessor]
    names += [n for _, n in names_with_speech(text, body)]
    candidates = find_names(text, body)
    # Other full names that share a surname with a person make that surname ambiguous
    # ("Donald Trump" and "Lara Trump"), so a bare "Trump" is not given to either.
    surnames = {n.replace("\u00a0", " ").rsplit(" ", 1)[-1] for n in names}
    names += [text[c.start : c.end] for c in candidates if c.full and c.surname in surnames]
    people = People(names)

    mentions: list[PersonMention] = []
    pattern = people.mention_pattern()
    if pattern is not None:
        for block in body:
            for match in pattern.finditer(text, block.start, block.end):
                name_end = match.start("poss") if match.group("poss") else match.end()
                key = people.resolve(text[match.start() : name_end])
                if key is None:
                    continue
                mentions.append(
                    PersonMention(
                        person=key,
                        start=match.start(),
                        end=name_end,
                        sentence=sentence_of(match.start()),
                        possessive=bool(match.group("poss")),
                        in_quote=in_quote(match.start()),
                    )
                )

    titles = [
        TitleMention(
            start=t.start,
            end=t.end,
            office=t.office,
            jurisdiction=t.jurisdiction,
            status=t.status,  # type: ignore[arg-type]
            modifier=t.modifier,
            form=t.form,  # type: ignore[arg-type]
            person=people.resolve(t.name),
            name_start=t.name_start,
            name_end=t.name_end,
            sentence=sentence_of(t.start),
            in_quote=in_quote(t.start),
        )
        for t in raw_titles
    ]

    cues: list[Cue] = []
    by_sentence: dict[int, list[PersonMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for block in body:
        for kind, cue_pattern, cabinet in CUE_PATTERNS:
            for match in cue_pattern.finditer(text, block.start, block.end):
                start, end = match.start(), match.end()
                while start < end and text[start].isspace():
                    start += 1
                idx = sentence_of(start)
                cues.append(
                    Cue(
                        kind=kind,
                        start=start,
                        end=end,
                        sentence=idx,
                        person=_cue_subject(by_sentence.get(idx, []), start, end),
                        cabinet=cabinet,
                    )
                )
    cues.sort(key=lambda c: c.start)
    return Analysis(
        sentences=sentences,
        quotes=quotes,
        people=people.keys,
        surnames=people.surnames,
        mentions=mentions,
        titles=titles,
        cues=cues,
        dates=find_dates(text, body, sentence_of, article.published),
        numbers=find_numbers(text, body, sentence_of, article.published),
        quotations=find_quotations(text, body, sentence_of, mentions),
        names=candidates,
    )


def _cue_subject(in_sentence: list[PersonMention], start: int, end: int) -> str | None:
    """The person a cue speaks of: the nearest named person before it in its sentence
    (``in_sentence``: the people named there, in text order).

    Possessives ("Trump's cabinet") and names inside the cue name someone else.
    """
    candidates = [m for m in in_sentence if not m.possessive and not (start <= m.start < end)]
    before = [m for m in candidates if m.start < start]
    if before:
        return before[-1].person
    after = [m for m in candidates if m.start >= end]
    return after[0].person if after else None
