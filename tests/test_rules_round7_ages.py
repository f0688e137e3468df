"""Round seven, ages and anniversaries: an exact age from a birth month or day (FC405), a
place taken for a person, a first name for its full name; a founding with a long object,
"N years since he opened the workshop", anniversaries that disagree, a thing's age and an
anniversary clause's own time words (FC406)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 1, 9)
HEAD = "Weekend report\n\n"


def _flagged(findings: ReviewFn, text: str, rule: str, published: dt.date = PUB) -> bool:
    return bool(findings(HEAD + text, rule, published=published))


# --- FC405: the exact age when the birth month or day is given ----------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # Born 3 December 1977: 47 in January 2025, never 48.
        ("Maria Ortiz, 48, runs the clinic. She was born on 3 December 1977 in Valencia.", True),
        ("Maria Ortiz, 47, runs the clinic. She was born on 3 December 1977 in Valencia.", False),
        # A month only: born in March 1979 is 45 in January 2025.
        (
            "Councillor Dev Patel, who was born in March 1979 in Leicester, chairs the board."
            " Patel, 46, said the plan would pass.",
            True,
        ),
        (
            "Councillor Dev Patel, who was born in March 1979 in Leicester, chairs the board."
            " Patel, 45, said the plan would pass.",
            False,
        ),
        # US order with a day: born January 20, 1964 is 60 on January 9, 2025.
        ("Tom Hughes, who was born on January 20, 1964, is 61 and runs the farm.", True),
        ("Tom Hughes, who was born on January 20, 1964, is 60 and runs the farm.", False),
        # A birthday in the days before publication: the age as written may be the old one.
        ("Ana Ruiz, 44, was born on January 5, 1980, in Seville.", False),
        ("Ana Ruiz, 45, was born on January 5, 1980, in Seville.", False),
        # A month shared with the publication date: either age.
        ("Lena Berg, 44, was born in January 1980 in Oslo.", False),
        ("Lena Berg, 45, was born in January 1980 in Oslo.", False),
        # An age still to come, or reached in the past year.
        (
            "Walter Brydon was guest of honour. Born on 14 February 1932, he is 92 and turns 93"
            " next month.",
            False,
        ),
        ("Sue Park, who was born in November 1964, turned 60 last year.", False),
    ],
)
def test_fc405_reads_the_birth_month_and_day(findings: ReviewFn, text: str, bad: bool) -> None:
    assert _flagged(findings, text, "FC405") is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # An obituary: the age at a death told with its date, in the sentence before.
        (
            "Joan Pike, the Leeds teacher, died at home on Sunday, January 5, 2025. She was"
            " 90.\n\nJoan was born on February 2, 1935, in Leeds.",
            True,
        ),
        (
            "Joan Pike, the Leeds teacher, died at home on Sunday, January 5, 2025. She was"
            " 89.\n\nJoan was born on February 2, 1935, in Leeds.",
            False,
        ),
        # Died before a birthday that falls before publication: 89 at death, 90 now.
        (
            "Harold Finch, who was born on January 3, 1935, died on 20 December 2024 aged 89.",
            False,
        ),
        (
            "Harold Finch, who was born on January 3, 1935, died on 20 December 2024 aged 90.",
            True,
        ),
    ],
)
def test_fc405_counts_an_age_at_death_to_the_day(findings: ReviewFn, text: str, bad: bool) -> None:
    assert _flagged(findings, text, "FC405") is bad


# --- FC405: who "the 47-year-old" is -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # A place written like a full name is not the person "the 47-year-old" speaks of.
        (
            "Teresa Delgado, who was born in March 1978, won the race.\n\nMr Whitfield said he"
            " would stay involved in making Harlan Springs a better place.\n\nThe 47-year-old"
            " mayor-elect has promised a housing plan.",
            True,
        ),
        (
            "Teresa Delgado, who was born in March 1978, won the race.\n\nHer rival said he"
            " would keep working for Cedar Rapids.\n\nThe 47-year-old mayor-elect has promised"
            " a housing plan.",
            True,
        ),
        (
            "Teresa Delgado, who was born in March 1978, won the race at a hall in Mount"
            " Barker.\n\nThe result was cheered across Mount Barker.\n\nThe 47-year-old"
            " mayor-elect has promised a housing plan.",
            True,
        ),
        (
            "Teresa Delgado, who was born in March 1978, won the race.\n\nHer rival said he"
            " would keep working for Cedar Rapids.\n\nThe 45-year-old mayor-elect has promised"
            " a housing plan.",
            False,
        ),
        # Somebody else named in full before it: the age is theirs.
        (
            "Grace Okonkwo, born in 1961, leads the school.\n\nHer deputy, Sam Hale, spoke"
            " first. The 41-year-old said the merger was a mistake.",
            False,
        ),
    ],
)
def test_fc405_does_not_take_a_place_for_a_person(findings: ReviewFn, text: str, bad: bool) -> None:
    assert _flagged(findings, text, "FC405", dt.date(2023, 11, 9)) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # "Dorothy" is the article's one Dorothy: Dorothy Ann Kessler.
        (
            "Dorothy Ann Kessler, who taught third grade, has died. She was 92.\n\nDorothy was"
            " born in 1935 in Cadott. She married Harold Kessler in 1956.",
            True,
        ),
        (
            'Brenda Hargreaves, 58, won the jackpot.\n\n"He came running in," said Brenda,'
            " who was born in Doncaster in 1961.",
            True,
        ),
        (
            'Brenda Hargreaves, 63, won the jackpot.\n\n"He came running in," said Brenda,'
            " who was born in Doncaster in 1961.",
            False,
        ),
        # Somebody else's first name: the daughter's birth is not the mother's.
        (
            "Dorothy Ann Kessler, 89, has died.\n\nHer daughter, Linda Brandvold, spoke at the"
            " service. Linda was born in 1960 in Menomonie.",
            False,
        ),
        # Two Johns: which one is not told.
        (
            "John Smith, 70, and John Brown, 52, opened the fair.\n\nJohn was born in 1972 in"
            " Hull.",
            False,
        ),
    ],
)
def test_fc405_reads_a_first_name_as_its_full_name(
    findings: ReviewFn, text: str, bad: bool
) -> None:
    assert _flagged(findings, text, "FC405") is bad


# --- FC406: foundings, anniversaries and a thing's age -------------------------------------

PUB25 = dt.date(2025, 6, 3)


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # A founding whose object is long: "opened a two-man machine shop … in 1925".
        (
            "When Thomas Brennan opened a two-man machine shop on the west side of Dayton in"
            " 1925, the city made cash registers. The firm celebrates its 90th anniversary"
            " this year.",
            True,
        ),
        (
            "When Thomas Brennan opened a two-man machine shop on the west side of Dayton in"
            " 1925, the city made cash registers. The firm celebrates its centenary this year.",
            False,
        ),
        (
            "Ms Hale founded a small dance school above the butcher on Mill Lane in 1990. The"
            " school is celebrating its 25th anniversary this year.",
            True,
        ),
        (
            "Ms Hale founded a small dance school above the butcher on Mill Lane in 1990. The"
            " school is celebrating its 35th anniversary this year.",
            False,
        ),
        # The founding told at length keeps a later plan's creation from being taken for it.
        (
            "When Thomas Brennan opened a two-man machine shop on the west side of Dayton in"
            " 1925, the city made cash registers.\n\nA share plan was created in 2008.\n\n"
            "Staff gathered on Saturday to mark the centenary with a picnic.",
            False,
        ),
        # Another clause between the object and the year: not a founding in that year.
        (
            "He opened a bakery on the high street and moved it to the market square in 2001."
            " It celebrates its 50th anniversary this year.",
            False,
        ),
    ],
)
def test_fc406_reads_a_founding_with_a_long_object(
    findings: ReviewFn, text: str, bad: bool
) -> None:
    assert _flagged(findings, text, "FC406", PUB25) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # The anniversary's own "this year" beats a year in another clause.
        (
            "Pryce co-founded Corvane in 2005. The company, which celebrates its 20th"
            " anniversary this year, went public in 2013.",
            False,
        ),
        (
            "The festival was founded in 1995. The festival, which marks its 30th anniversary"
            " this summer, moved to the park in 2010.",
            False,
        ),
        (
            "Pryce co-founded Corvane in 2005. The company, which celebrates its 25th"
            " anniversary this year, went public in 2013.",
            True,
        ),
        (
            "The festival was founded in 1995. The festival, which marks its 20th anniversary"
            " this summer, moved to the park in 2010.",
            True,
        ),
        # With no time word of its own, the year of the sentence is the anniversary's.
        (
            "The club was founded in 1921. Its 90th anniversary dinner, held at the Grand"
            " Hotel in 2011, drew 300 guests.",
            False,
        ),
        (
            "The club was founded in 1921. Its 80th anniversary dinner, held at the Grand"
            " Hotel in 2011, drew 300 guests.",
            True,
        ),
    ],
)
def test_fc406_prefers_the_anniversary_clauses_own_time(
    findings: ReviewFn, text: str, bad: bool
) -> None:
    assert _flagged(findings, text, "FC406", PUB25) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # "N years since <someone> opened the workshop" against the stated founding.
        (
            "Anna Weiss founded the bakery in 1990 on Mill Lane. Looking back on the 40 years"
            " since she founded the bakery, she said little had changed.",
            True,
        ),
        (
            "Anna Weiss founded the bakery in 1990 on Mill Lane. Looking back on the 35 years"
            " since she founded the bakery, she said little had changed.",
            False,
        ),
        # No founding year: two anniversaries of the founding, both now, must agree.
        (
            "Kisaragi Electric marked its centenary on Tuesday, June 3, with a ceremony.\n\n"
            "Looking back on the 110 years since his grandfather opened the workshop, the"
            " chairman said the firm had been stubborn.",
            True,
        ),
        (
            "The Hale Bakery is celebrating its 75th anniversary.\n\nIt is 80 years since"
            " Joe Hale opened the shop, his son said.",
            True,
        ),
        (
            "Kisaragi Electric marked its centenary on Tuesday, June 3, with a ceremony.\n\n"
            "Looking back on the 100 years since his grandfather opened the workshop, the"
            " chairman said the firm had been stubborn.",
            False,
        ),
        # Someone else's jubilee, a birthday, or one still ahead: not the same count.
        (
            "The club is celebrating its centenary.\n\nThe city's 150th anniversary falls in"
            " the same week.",
            False,
        ),
        (
            "The club is celebrating its centenary.\n\nIts oldest member, Koos Fourie,"
            " celebrated her 90th birthday on Monday, June 2.",
            False,
        ),
        (
            "The firm is celebrating its centenary.\n\nIt also marks its 10th anniversary as"
            " a listed company.",
            False,
        ),
        (
            "The firm will celebrate its centenary next year.\n\nIt is 99 years since his"
            " grandfather opened the workshop.",
            False,
        ),
        # Something else someone launched: not the founding the centenary counts from.
        (
            "The club is celebrating its centenary.\n\nIt is five years since the mayor"
            " launched the campaign to save the ground.",
            False,
        ),
        # "50 years since the pool opened" names its own thing: not the club's founding.
        (
            "The club was founded in 1925.\n\nMembers met to mark 50 years since the pool opened.",
            False,
        ),
    ],
)
def test_fc406_reads_years_since_a_founding(findings: ReviewFn, text: str, bad: bool) -> None:
    assert _flagged(findings, text, "FC406", PUB25) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Breede Park, built in 1972 and now 58 years old, was repainted.", True),
        ("Breede Park, built in 1972 and now 53 years old, was repainted.", False),
        ("The stadium, which opened in 1972, is now 60 years old and needs a new roof.", True),
        ("The stadium, which opened in 1972, is now 52 years old and needs a new roof.", False),
        ("The bridge was completed in 1932 and is 80 years old.", True),
        ("The bridge was completed in 1932 and is 93 years old.", False),
        # A person's age, not the thing's.
        ("Joe Hale, who opened the shop in 1972, is now 78 years old.", False),
        # Counted to another year of the sentence: not read.
        ("By 2001 the cinema, opened in 1930, was 71 years old.", False),
    ],
)
def test_fc406_reads_a_founded_things_age(findings: ReviewFn, text: str, bad: bool) -> None:
    assert _flagged(findings, text, "FC406", PUB25) is bad
