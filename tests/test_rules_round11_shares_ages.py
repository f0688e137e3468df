"""Round eleven: Indian digit grouping, a copula before "up from", a spaced hyphen as a dash
beside a share, a turnout told again as a share of the electorate, the subject of the
sentence before for "The 19-year-old", "known as" names, "and then" is no past moment, a
decade is no year of death, "of its founding in 1875" and "To mark its 140 years"."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.analysis.numbers import NUM, parse_number
from tests.conftest import ReviewFn

PUB = dt.date(2025, 5, 24)
HEAD = "Local news\n\n"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("12,96,000", 1_296_000),
        ("1,23,45,678", 12_345_678),
        ("10,00,000", 1_000_000),
        ("1,000,000", 1_000_000),
        ("3,517", 3_517),
    ],
)
def test_digits_read_indian_grouping(raw: str, value: float) -> None:
    import re

    m = re.search(NUM, f"treated {raw} patients")
    assert m is not None and m.group() == raw
    assert parse_number(m.group())[0] == value


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # Indian grouping read as one figure: these are consistent.
        (
            "The hospital treated 12,96,000 outpatients in 2024-25, up 12.5% from 11,52,000 the"
            " previous year.",
            False,
        ),
        ("Sales reached ₹2,40,000 this year, up 20% from ₹2,00,000 last year.", False),
        ("Sales reached ₹2,40,000 this year, up 35% from ₹2,00,000 last year.", True),
        # The new figure as the subject of a copula.
        (
            "The net budget of £312.6m for 2025/26 is up from £296.8m this year, a rise of 6.8"
            " per cent, officers said.",
            True,
        ),
        (
            "The net budget of £312.6m for 2025/26 is up from £296.8m this year, a rise of 5.3"
            " per cent, officers said.",
            False,
        ),
        ("Revenue of $5.4 billion was 35% higher than last year's $5.0 billion.", True),
        ("Revenue of $5.4 billion was 8% higher than last year's $5.0 billion.", False),
        ("The fleet of 240 buses is up 20 per cent from 200 in 2020.", False),
        ("The fleet of 240 buses is up 30 per cent from 200 in 2020.", True),
        # A third figure between: left alone.
        ("Its 240 buses were up from 200, and 35 trams, a rise of 50 per cent.", False),
    ],
)
def test_fc402_copula_and_indian_grouping(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC402", published=PUB)) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "There were 1,240 patients on the list. Of those, 412 - about 41 per cent - had"
            " waited too long.",
            True,
        ),
        (
            "There were 1,240 patients on the list. Of those, 412 - about 33 per cent - had"
            " waited too long.",
            False,
        ),
        (
            "The authority runs 84 routes. Of those, 21 routes -- or 40 percent -- are late.",
            True,
        ),
        ("The authority runs 84 routes. Of those, 21 routes - or 25 percent - are late.", False),
        # A hyphen in a range is no dash.
        ("The authority runs 84 routes. Of those, 21-25 per cent are late.", False),
        # No word pointing back at the total.
        ("The authority runs 84 routes. Fares rose 12 - about 41 per cent - in May.", False),
    ],
)
def test_fc404_spaced_hyphen_is_a_dash(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC404", published=PUB)) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Turnout was 41.6%. Analysts said the low participation — just 46.1% of registered"
            " voters — weakened the mandate.",
            True,
        ),
        (
            "Turnout was 41.6%. Analysts said the low participation — just 41.6% of registered"
            " voters — weakened the mandate.",
            False,
        ),
        ("Turnout was 38 per cent. About 45 per cent of eligible voters cast a ballot.", True),
        ("Turnout was 38 per cent. About 38 per cent of eligible voters cast a ballot.", False),
        # A share of the electorate for a side, not the turnout.
        ("Turnout was 41.6%. The plan was backed by 23% of registered voters.", False),
        ("Turnout was 41.6%. Some 23% of registered voters voted for the plan.", False),
        # Another poll's turnout.
        ("Turnout was 41.6%. In 2020, 46.1% of registered voters took part.", False),
    ],
)
def test_fc404_turnout_restated(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC404", published=PUB)) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # "The 19-year-old" opening a sentence is the subject of the one before; "and then"
        # is a sequence, not an age at another moment.
        (
            "Czech qualifier Klara Dvorakova beat American Madison Hale in the final on"
            " Saturday. The 19-year-old trailed 5-4 in the last set and then won three games."
            " Hale, 27, was the third seed. Dvorakova, born in Brno on 14 September 2006, turned"
            " professional last year.",
            True,
        ),
        (
            "Czech qualifier Klara Dvorakova beat American Madison Hale in the final on"
            " Saturday. The 18-year-old trailed 5-4 in the last set and then won three games."
            " Hale, 27, was the third seed. Dvorakova, born in Brno on 14 September 2006, turned"
            " professional last year.",
            False,
        ),
        # Speech in the sentence before: its subject is not told.
        (
            "Coach Anna Berg said she was proud of Lena Vogel. The 19-year-old then won again."
            " Berg was born in 2006.",
            False,
        ),
        # "known as" names one person; the possessive "her Oamaru home" is no person; a
        # decade is not the year of the death.
        (
            "Peg Halloran, who led the council through the early 1990s, died at her Oamaru home"
            " on Saturday, aged 88.\n\nMargaret Anne Halloran, known to everyone as Peg, was"
            " born on 14 August 1938. She married Desmond Halloran in 1961.",
            True,
        ),
        (
            "Peg Halloran, who led the council through the early 1990s, died at her Oamaru home"
            " on Saturday, aged 86.\n\nMargaret Anne Halloran, known to everyone as Peg, was"
            " born on 14 August 1938. She married Desmond Halloran in 1961.",
            False,
        ),
        # Another person of the surname, not declared one.
        (
            "Peg Halloran died at her Oamaru home on Saturday, aged 88.\n\nMargaret Halloran,"
            " her sister, was born on 14 August 1938.",
            False,
        ),
    ],
)
def test_fc405_subject_alias_and_then(findings: ReviewFn, text: str, bad: bool) -> None:
    published = dt.date(2025, 3, 18) if "Halloran" in text else PUB
    assert bool(findings(HEAD + text, "FC405", published=published)) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "The museum reopens on Saturday for the 150th anniversary of its founding in"
            " 1875.\n\nTo mark its 140 years, the museum is staging an exhibition.",
            True,
        ),
        (
            "The museum reopens on Saturday for the 150th anniversary of its founding in"
            " 1875.\n\nTo mark its 150 years, the museum is staging an exhibition.",
            False,
        ),
        ("The bakery was founded in 1985. It is celebrating its 30 years this month.", True),
        ("The bakery was founded in 1985. It is celebrating its 40 years this month.", False),
        ("The 140th anniversary of its founding in 1875 fell this year.", True),
        # Years of something else: a listing, a tenure.
        ("The firm was founded in 1985. It marks its 10 years as a listed company.", False),
        ("The firm was founded in 1985. It marks its 10 years under Jane Doe.", False),
    ],
)
def test_fc406_of_its_founding_and_its_years(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC406", published=dt.date(2025, 9, 18))) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Of the 3,862 students who sat the exam, 3,517 passed. A total of 1,204 students"
            " scored a distinction, which was 38.2 per cent of those who passed.",
            True,
        ),
        (
            "Of the 3,862 students who sat the exam, 3,517 passed. A total of 1,204 students"
            " scored a distinction, which was 34.2 per cent of those who passed.",
            False,
        ),
        (
            "Some 2,400 people applied and 800 applicants qualified. Of them, 200 were women,"
            " about 40 per cent of those who qualified.",
            True,
        ),
        (
            "Some 2,400 people applied and 800 applicants qualified. Of them, 200 were women,"
            " about 25 per cent of those who qualified.",
            False,
        ),
        # Two counts that could be the part: left alone.
        (
            "In all, 3,517 passed. Girls won 1,204 distinctions and boys won 1,100, which was"
            " 38.2 per cent of those who passed.",
            False,
        ),
        # No earlier count of those who did it.
        (
            "A total of 1,204 students scored a distinction, 38.2 per cent of those who passed.",
            False,
        ),
        # Two earlier counts told of the verb.
        (
            "In 2023, 3,000 passed; in 2024, 3,517 passed. This year 1,204 students scored a"
            " distinction, 38.2 per cent of those who passed.",
            False,
        ),
    ],
)
def test_fc404_share_of_those_who(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC404", published=PUB)) is bad
