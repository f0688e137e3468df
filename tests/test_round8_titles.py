"""FC101 round eight: an unnamed "the former chief executive" that stands for the article's
one current chief executive, and "took over as" as a sign of holding the post now."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 6, 20)
HEAD = "Museum news\n\n"


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "The chief executive, Amara Okonjo-Reid, who has led the museum since 2019, spoke."
            '\n\nOkonjo-Reid said the museum would raise £5 million. "A museum that stops'
            ' collecting stops being a museum," said the former chief executive, who will'
            " oversee a tour in 2026.",
            True,
        ),
        (
            "Sabine Kröger, the chief executive of Achsenwerk, joined in 1996.\n\nAsked about"
            " succession, Kröger smiled. The former chief executive said she had no plans to"
            " leave.",
            True,
        ),
        # A predecessor, a departure, a year gone by, or a former holder named.
        (
            "The chief executive, Amara Okonjo-Reid, spoke.\n\nOkonjo-Reid praised her"
            " predecessor. The former chief executive had built the new wing.",
            False,
        ),
        (
            "The chief executive, Amara Okonjo-Reid, spoke.\n\nOkonjo-Reid thanked staff. The"
            " former chief executive, who retired last year, sent a message.",
            False,
        ),
        (
            "The chief executive, Amara Okonjo-Reid, spoke.\n\nOkonjo-Reid thanked staff. The"
            " former chief executive opened the wing in 2011.",
            False,
        ),
        (
            "The chief executive, Amara Okonjo-Reid, spoke. The former chief executive, Tom"
            " Hale, was there.\n\nOkonjo-Reid thanked staff. The former chief executive waved.",
            False,
        ),
        # Nobody named nearby: whom it stands for is not told.
        (
            "The chief executive, Amara Okonjo-Reid, spoke.\n\nThe board met on Monday.\n\nSales"
            " rose. The former chief executive attended the dinner.",
            False,
        ),
    ],
)
def test_fc101_reads_an_unnamed_former_title(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC101", published=PUB)) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            '"This is a proud moment," said V. Narayanan, who took over as ISRO chairman on'
            " Tuesday.\n\nFormer ISRO chairman V. Narayanan told DD News more was to come.",
            True,
        ),
        (
            "Anna Berg took charge as head coach in 2023.\n\nFormer head coach Anna Berg said the"
            " team was strong.",
            True,
        ),
        # The post was someone else's before, or the person left it, or another job.
        (
            "Tom Lee took over as coach in 2020, replacing Anna Berg.\n\nFormer coach Anna Berg"
            " said the team was strong.",
            False,
        ),
        (
            "Anna Berg took over as coach in 2019 and retired in 2023.\n\nFormer coach Anna Berg"
            " said the team was strong.",
            False,
        ),
        (
            "Mr Rutte, a former Dutch prime minister who took over the alliance's top job last"
            " October, spoke.",
            False,
        ),
    ],
)
def test_fc101_reads_took_over_as(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC101", published=PUB)) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("President Joe Biden met the delegation on Monday.", True),
        ("Joe Biden, the president, met the delegation on Monday.", True),
        # A plain title in a sentence about a past year still wants "then-" or "former".
        ("In 2023, President Joe Biden signed the law.", True),
        # A sentence about the term's end, dated within it.
        (
            "Janet Yellen left office when President Joe Biden's term ended on January 20.",
            False,
        ),
        ("President Joe Biden left office on January 20, handing over to Trump.", False),
    ],
)
def test_fc202_reads_the_end_of_a_term(findings: ReviewFn, text: str, bad: bool) -> None:
    found = findings(HEAD + text, "FC202", published=dt.date(2025, 1, 28))
    assert bool(found) is bad
