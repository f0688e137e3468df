"""Round nine, ages and anniversaries: "the 48-year-old executive" of the person named with
that role noun, an age that fits another year of its sentence, a year in the predicate
after an appositive age (FC405); a month or day told just after a marked anniversary, an
anniversary "of" something else beside the founding, "The festival, first held in 1975,"
(FC406).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 5, 14)
HEAD = "Weekend report\n\n"
FILLER = (
    " Shares in the group rose 3 per cent on Wednesday. Analysts at a Cape Town brokerage"
    " said the outlook was steady, though rivals were cutting prices. The regulator approved"
    " a tariff increase of 12 per cent for this year."
) * 3


def _flagged(findings: ReviewFn, text: str, rule: str) -> bool:
    return bool(findings(HEAD + text, rule, published=PUB))


# --- FC405: "the 48-year-old executive", far from the name ---------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Chief executive Thandiwe Mokoena, who was born in Soweto in 1971, joined in 2014."
            + FILLER
            + " The 48-year-old executive said the firm would expand.",
            True,
        ),
        (
            "Chief executive Thandiwe Mokoena, who was born in Soweto in 1971, joined in 2014."
            + FILLER
            + " The 53-year-old executive said the firm would expand.",
            False,
        ),
        (
            "The club's striker, Sipho Dlamini, was born in Durban in 1996."
            + FILLER
            + " The 31-year-old striker scored twice.",
            True,
        ),
        (
            "The club's striker, Sipho Dlamini, was born in Durban in 1996."
            + FILLER
            + " The 28-year-old striker scored twice.",
            False,
        ),
        (
            "Finance minister Enoch Godongwana was born in 1957."
            + FILLER
            + " The 60-year-old minister told parliament the budget was sound.",
            True,
        ),
        (
            "Jane Doe, the group's chief executive, was born in 1971."
            + FILLER
            + " The 48-year-old chief executive's plan was approved.",
            True,
        ),
        (
            "Retired teacher Ann Lowe was born in 1950."
            + FILLER
            + " The 74-year-old retired teacher said she would stand.",
            False,
        ),
        # Another role: someone else, however near the named person.
        (
            "Chief executive Jane Doe was born in 1971."
            + FILLER
            + " The 25-year-old executive assistant said she was proud.",
            False,
        ),
        (
            "Chief executive Thandiwe Mokoena was born in 1971."
            + FILLER
            + " The 30-year-old engineer who designed the plant said it worked.",
            False,
        ),
        # Two people with the role: which one is not told.
        (
            "Chief executive Thandiwe Mokoena was born in 1971. Chief executive Sam Hale of a"
            " rival firm also spoke."
            + FILLER
            + " The 40-year-old executive said prices would fall.",
            False,
        ),
        # A possessive is not the person: "Hale's striker" is Ortiz.
        (
            "Coach Tom Hale was born in 1970. Hale's striker, Sam Ortiz, is key. The"
            " 40-year-old striker said little.",
            False,
        ),
    ],
)
def test_fc405_role_noun_anaphor(findings: ReviewFn, text: str, bad: bool) -> None:
    assert _flagged(findings, text, "FC405") is bad


# --- FC405: years in the age's sentence ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # The predicate's year is not the age's: 54 on 14 May 2025.
        ("Thandiwe Mokoena was born on 3 May 1971 in Soweto. Mokoena, 53, joined in 2014.", True),
        ("Thandiwe Mokoena was born on 3 May 1971 in Soweto. Mokoena, 54, joined in 2014.", False),
        ("Thandiwe Mokoena was born on 30 May 1971. Mokoena, 53, joined in 2014.", False),
        ("Ann Lowe was born in 1931. Lowe, 84, sang here in 2012.", True),
        # An age that fits the sentence's other year is of that year.
        ("Ann Lowe was born in 1931. The 48-year-old Lowe recorded the album in 1979.", False),
        ("Ann Lowe was born in 1987. Lowe, 25, won gold in 2012.", False),
        ("In 2010, Ann Lowe, 32, won. She was born in 1978.", False),
    ],
)
def test_fc405_years_in_the_sentence(findings: ReviewFn, text: str, bad: bool) -> None:
    assert _flagged(findings, text, "FC405") is bad


# --- FC406: the month or day of a marked anniversary -----------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "bad"),
    [
        (
            "JAXA, which celebrated its 21st anniversary last October, has had setbacks. The"
            " agency was created in October 2003 by merging three bodies.",
            dt.date(2024, 1, 26),
            True,
        ),
        (
            "JAXA, which celebrated its 20th anniversary last October, has had setbacks. The"
            " agency was created in October 2003 by merging three bodies.",
            dt.date(2024, 1, 26),
            False,
        ),
        (
            "The agency celebrated its 22nd anniversary in October. It was founded in 2003.",
            PUB,
            True,
        ),
        (
            "The agency celebrated its 21st anniversary in October. It was founded in 2003.",
            PUB,
            False,
        ),
        ("The museum opened in 1925 and marked its centenary last September.", PUB, True),
        ("The museum opened in 1924 and marked its centenary last September.", PUB, False),
        ("The museum opened in 1925 and will mark its centenary in September.", PUB, False),
        (
            "The agency will celebrate its 27th anniversary next October. It was founded in 2000.",
            PUB,
            True,
        ),
        (
            "The agency will celebrate its 25th anniversary next October. It was founded in 2000.",
            PUB,
            False,
        ),
        ("The agency marked its 21st anniversary this week. It was founded in 2003.", PUB, True),
        ("The agency marked its 22nd anniversary this week. It was founded in 2003.", PUB, False),
        ("The club, which marked its 90th anniversary last March, was founded in 1925.", PUB, True),
        (
            "The club, which marked its 100th anniversary last March, was founded in 1925.",
            PUB,
            False,
        ),
        # A month of a later part of the clause is not the anniversary's.
        (
            "Rhein Athletic, which was founded in 1924, is celebrating its 100th anniversary"
            " this year and had hoped she would run at its centenary meeting in June.",
            dt.date(2024, 5, 13),
            False,
        ),
        # "The festival, first held in 1975," is a founding.
        ("The festival, first held in 1975, marked its 40th anniversary on Saturday.", PUB, True),
        ("The festival, first held in 1975, marked its 50th anniversary on Saturday.", PUB, False),
    ],
)
def test_fc406_month_of_a_marked_anniversary(
    findings: ReviewFn, text: str, published: dt.date, bad: bool
) -> None:
    assert bool(findings(HEAD + text, "FC406", published=published)) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("The museum, opened in 1930, marks the 80th anniversary of the liberation in May.", False),
        (
            "The club, founded in 1925, is preparing to mark the 50th anniversary of its league"
            " title in June.",
            False,
        ),
        ("The club, founded in 1925, marked the 95th anniversary of its founding last June.", True),
        (
            "The club, founded in 1925, marked the 100th anniversary of its founding in April.",
            False,
        ),
        ("The club, founded in 1925, celebrates the 90th anniversary of the club this year.", True),
    ],
)
def test_fc406_anniversary_of_something_beside_the_founding(
    findings: ReviewFn, text: str, bad: bool
) -> None:
    assert _flagged(findings, text, "FC406") is bad
