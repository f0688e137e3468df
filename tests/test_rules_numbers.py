"""FC4xx: quantities that disagree with each other."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 2, 12)


# FC401 one thing, two amounts


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The bridge cost $4.2 billion to build.\n\nCommuters now cross the $3.8 billion"
            " bridge in under ten minutes.",
            ["$4.2 billion", "$3.8 billion"],
        ),
        (
            "The £40m stadium opened in August. Supporters say the stadium, which cost £55m,"
            " has transformed the town.",
            ["£40m", "£55m"],
        ),
        (
            "Officials unveiled the €120 million suspension bridge on Tuesday. Critics said"
            " the bridge was worth €95 million at most.",
            ["€120 million", "€95 million"],
        ),
        (
            "The new library cost $18 million. Readers queued outside the $12 million library"
            " before dawn.",
            ["$18 million", "$12 million"],
        ),
    ],
)
def test_fc401_flags_one_thing_with_two_amounts(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC401", published=PUB)
    assert [s.text for s in finding.spans] == spans
    assert spans[0] in finding.message and spans[1] in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # Rounding: "about $4 billion" agrees with $4.2 billion.
        "The bridge cost $4.2 billion. Drivers praise the roughly $4 billion bridge.",
        # Different things that share a unit.
        "The $2 billion aid package passed. The $3 billion arms package stalled.",
        # A change over time, not a conflict.
        "The bridge was originally expected to cost $3.8 billion. The bridge cost $4.2 billion.",
        # Different currencies.
        "The bridge cost $4.2 billion. Locals call it the €3.8 billion bridge.",
        # Plural things name several objects.
        "The $5 million contracts were signed. The $2 million contracts were not.",
        # An indefinite one is another object.
        "The bridge cost $4.2 billion. A $3.8 billion bridge is planned upstream.",
    ],
)
def test_fc401_accepts_amounts_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC401", published=PUB) == []


# FC402 a percentage change that does not fit its figures


@pytest.mark.parametrize(
    ("text", "percent", "expected"),
    [
        ("Attendance rose 25% from 40,000 to 60,000 last season.", "25%", "50%"),
        ("Profit fell to $212 million from $318 million, a decline of 24 percent.", "24", "33"),
        ("Sales jumped 10 per cent, from £1.2m to £1.8m.", "10 per cent", "50"),
        ("The fund grew from 2.5 billion euros to 3.5 billion euros, up 10%.", "10%", "40"),
        ("A 15% increase in fares, from $2.00 to $2.50, takes effect in May.", "15%", "25"),
        ("Turnout dropped 5 percentage points from 62% to 51%.", "5", "11"),
    ],
)
def test_fc402_flags_a_change_that_does_not_fit(
    findings: ReviewFn, text: str, percent: str, expected: str
) -> None:
    [finding] = findings(text, "FC402", published=PUB)
    assert finding.spans[0].text.startswith(percent)
    assert expected in finding.message


def test_fc402_flags_a_change_in_the_wrong_direction(findings: ReviewFn) -> None:
    [finding] = findings("Membership fell 20% from 500 to 600.", "FC402")
    assert "rise" in finding.message


def test_fc402_flags_a_wrong_multiple(findings: ReviewFn) -> None:
    [finding] = findings("Rents doubled from $1,000 to $1,500 in five years.", "FC402")
    assert finding.spans[0].text == "doubled"


@pytest.mark.parametrize(
    "text",
    [
        "Attendance rose 50% from 40,000 to 60,000 last season.",
        "Enrolment rose 33% from 30,000 to 40,000.",
        "Profit fell to $212 million from $318 million, a decline of 33 percent.",
        "Exports grew nearly 50% from 2.1 million tonnes to 3.1 million tonnes.",
        "Turnout dropped 11 percentage points from 62% to 51%.",
        "Rents doubled from $1,000 to $2,050 in five years.",
        "Sales rose more than 20% from £1.2m to £1.8m.",
    ],
)
def test_fc402_accepts_changes_that_fit(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC402", published=PUB) == []


# FC403 a tally against a count of one side


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The Senate passed the bill 52-48 on Tuesday.\n\nThe 50 senators who voted yes"
            " left the chamber together.",
            ["52-48", "50"],
        ),
        (
            "The motion was carried by 61 votes to 38. Afterwards, 40 members who voted"
            " against it walked out.",
            ["61 votes to 38", "40"],
        ),
        (
            "The council rejected the plan 4-7. The five councillors who voted in favour said"
            " they would try again.",
            ["4-7", "five"],
        ),
        (
            "Shareholders approved the merger with 812 in favour and 190 against. The 210 votes"
            " against came mostly from pension funds.",
            ["812 in favour and 190 against", "210"],
        ),
    ],
)
def test_fc403_flags_a_count_that_contradicts_the_tally(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC403", published=PUB)
    assert [s.text for s in finding.spans] == spans


@pytest.mark.parametrize(
    "text",
    [
        "The Senate passed the bill 52-48. The 52 senators who voted yes left together.",
        "The council rejected the plan 4-7. The seven councillors who voted against cheered.",
        # A subset of one side, not the side.
        "The Senate passed the bill 52-48. Only 12 Democrats voted yes.",
        # Another vote.
        "The bill passed 52-48. In committee, 14 members voted yes.",
        # A hedge that fits.
        "The motion was carried by 61 votes to 38; more than 60 members voted for it.",
        # Scores and ranges are not tallies.
        "United won 3-1. The 2 players who scored for them were substitutes.",
    ],
)
def test_fc403_accepts_consistent_counts(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC403", published=PUB) == []


# FC404 a share of a total against its count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Some 48% of the 2.7 million voters, or 1.9 million, backed the plan.", "1.9 million"),
        ("About 1.5 million voters, or 48% of the 2.7 million registered, stayed home.", "1.5"),
        ("Of the routes, 21 of the 84 routes, or 40 percent, charge more than £2.", "21"),
        ("Inspectors found that 30 per cent of the 1,200 homes (500) were damp.", "500"),
    ],
)
def test_fc404_flags_a_share_that_does_not_fit(findings: ReviewFn, text: str, count: str) -> None:
    [finding] = findings(text, "FC404", published=PUB)
    assert any(s.text.startswith(count) for s in finding.spans)


@pytest.mark.parametrize(
    "text",
    [
        "Some 48% of the 2.7 million voters, or about 1.3 million, backed the plan.",
        "Some 48% of the 2.7 million voters, or 1.3 million, backed the plan.",
        "Of the routes, 21 of the 84 routes, or 25 percent, charge more than £2.",
        "Nearly 1.3 million voters, or 48% of the 2.7 million registered, stayed home.",
        "Inspectors found that 30 per cent of the 1,200 homes (360) were damp.",
        "Around 40% of voters backed the plan, a poll of 1,000 adults found.",
    ],
)
def test_fc404_accepts_shares_that_fit(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC404", published=PUB) == []


# FC405 age against birth year


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Maria Ortiz, 45, runs the clinic.\n\nShe was born in 1978 in Valencia.", "45"),
        ("Tomas Berg, who was born in 1961 and is 58, chairs the board.", "58"),
        ("Ines Rocha was born on March 3, 1990. Rocha, aged 30, took office in January.", "30"),
        ("Kofi Mensah (52) was born in 1980 in Kumasi.", "52"),
        (
            "Lena Vogt was born in 1999. The 21-year-old joined the team last summer.",
            "21",
        ),
    ],
)
def test_fc405_flags_an_age_that_does_not_fit(findings: ReviewFn, text: str, age: str) -> None:
    [finding] = findings(text, "FC405", published=PUB)
    assert finding.spans[0].text == age
    assert finding.spans[1].text.isdigit()


@pytest.mark.parametrize(
    "text",
    [
        # Both sides of the birthday fit.
        "Maria Ortiz, 47, runs the clinic. She was born in 1978 in Valencia.",
        "Maria Ortiz, 46, runs the clinic. She was born in 1978 in Valencia.",
        # An age at a past moment.
        "Ortiz, who was born in 1978, died in 2010 aged 32.",
        "In 2010, Ortiz, 32, opened the clinic. Ortiz was born in 1978.",
        # Someone else's birth.
        "Maria Ortiz, 47, whose son was born in 2010, runs the clinic.",
        # Two different people.
        "Maria Ortiz, 47, hired Paul Brandt. Brandt was born in 1990.",
    ],
)
def test_fc405_accepts_ages_that_fit(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC405", published=PUB) == []


def test_fc405_needs_the_publication_date(findings: ReviewFn) -> None:
    assert findings("Maria Ortiz, 45, was born in 1978.", "FC405") == []


# FC406 anniversary against founding year


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The club, founded in 1921, celebrates its 90th anniversary this year.", "90th"),
        (
            "The festival was established in 1978.\n\nIt will celebrate its fiftieth"
            " anniversary this summer.",
            "fiftieth",
        ),
        ("The museum opened in 1990. It was founded two decades ago by a local trust.", "two"),
        ("The choir, founded in 1930, marked its centenary in 2020.", "centenary"),
        ("The paper was established 40 years ago; it was established in 1960.", "40"),
    ],
)
def test_fc406_flags_an_anniversary_that_does_not_fit(
    findings: ReviewFn, text: str, span: str
) -> None:
    [finding] = findings(text, "FC406", published=PUB)
    assert finding.spans[0].text.startswith(span)


@pytest.mark.parametrize(
    "text",
    [
        "The club, founded in 1925, celebrates its centenary this year.",
        "The club, founded in 1925, will celebrate its 100th anniversary.",
        "The school opened in 2004. It opened two decades ago with 40 pupils.",
        "The choir, founded in 1920, marked its centenary in 2020.",
        "The gallery was founded in 2000 and celebrated its 25th anniversary last month.",
        # An anniversary of something else.
        "The club was founded in 1921. Members marked the 80th anniversary of the liberation.",
        # Two founding years: the anniversary is not tied to either.
        "The bank was founded in 1890 and its museum opened in 1990. Staff prepared for"
        " the 35th anniversary.",
    ],
)
def test_fc406_accepts_anniversaries_that_fit(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC406", published=PUB) == []


def test_fc406_without_a_publication_date_only_uses_stated_years(findings: ReviewFn) -> None:
    assert findings("The club, founded in 1921, celebrates its 90th anniversary.", "FC406") == []
    stated = "The choir, founded in 1930, marked its centenary in 2020."
    assert len(findings(stated, "FC406")) == 1


# A clean article: consistent dates, weekdays, ages, shares, tallies and money.

CLEAN = """\
Harbour council approves new ferry terminal

The Harbour District council voted 9-4 on Wednesday, February 12, 2025, to approve a \
$48 million ferry terminal, ending a debate that began in 2019. The nine councillors who voted \
in favour said the terminal would serve the island's 23,000 residents for decades.

Mayor Elena Marsh, 51, was born in 1973 and has led the council since 2021. "This is the \
most important vote of my time here," she said. Councillor Raj Patel, aged 38, voted against.

The terminal, which will cost $48 million, replaces a 1964 building. Ridership rose 20% from \
1.5 million passengers in 2020 to 1.8 million last year. About 35% of the 1.8 million trips, \
or roughly 630,000, were made by commuters, according to a council survey of 2,400 residents.

Construction starts on Monday, March 3, and the first phase is due by Friday 31 October 2025. \
The old terminal opened in 1964, and its 60th anniversary last year drew large crowds. The \
ferry company, founded in 1925, celebrates its centenary this year.

Patel said on Thursday that the $48 million terminal was too expensive. The council's \
reserves fell 10% from $12 million to $10.8 million over two years. The final decision, \
taken by nine votes to four, can be challenged until April 30.

Marsh, a former teacher, said 2025 would be "the year the island reconnects". The two-decade \
campaign for a new terminal began two decades ago, in 2005, when ferries were first delayed.
"""


def test_clean_article_has_no_number_or_date_findings(findings: ReviewFn) -> None:
    assert findings(CLEAN, "FC4", published=PUB) == []
    assert findings(CLEAN, "FC5", published=PUB) == []
