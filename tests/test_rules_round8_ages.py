"""Round eight, ages and anniversaries: a sentence whose subject is a name with an
appositive, a death dated in the sentence after the age, a role noun as the subject of a
birth, a speaker after a quotation (FC405); "X is marking N years" as an anniversary (FC406).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 3, 5)
HEAD = "Weekend report\n\n"


def _flagged(findings: ReviewFn, text: str, rule: str, published: dt.date = PUB) -> bool:
    return bool(findings(HEAD + text, rule, published=published))


# --- FC405: the subject of "Name, the …, has died aged N" ----------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # The appositive names a club; the age is of the sentence's subject.
        (
            "Alun Pritchard, the winger who spent 11 seasons with Cardiff-based Glamorgan"
            " Town, has died aged 84. Born on 12 October 1941, Pritchard made his debut at 17.",
            True,
        ),
        (
            "Alun Pritchard, the winger who spent 11 seasons with Cardiff-based Glamorgan"
            " Town, has died aged 83. Born on 12 October 1941, Pritchard made his debut at 17.",
            False,
        ),
        (
            "Margaret Oduya, a nurse who ran the clinic at St Luke's Hospital, is 58 and still"
            " works nights. Oduya was born in 1961 in Kisumu.",
            True,
        ),
        (
            "Margaret Oduya, a nurse who ran the clinic at St Luke's Hospital, is 63 and still"
            " works nights. Oduya was born in 1961 in Kisumu.",
            False,
        ),
        (
            "Tom Hale, who captained Riverside Rovers for a decade, died on Sunday aged 70."
            " Hale was born in 1931 in Leeds.",
            True,
        ),
        # Someone else named after the appositive is that age's person: not the subject's.
        (
            "Tom Hale, the coach of Riverside Rovers, has picked Sam Ortiz, who is 19. Hale was"
            " born in 1961.",
            False,
        ),
        # A speech verb: the age is of whom the subject speaks.
        (
            "Tom Hale, the coach of Riverside Rovers, has said Sam Ortiz, 19, is ready. Hale"
            " was born in 1961.",
            False,
        ),
        # A list of names is no appositive.
        (
            "Ann Lowe, Tom Hale and Sam Ortiz, 19, signed on Friday. Hale was born in 1961.",
            False,
        ),
    ],
)
def test_fc405_subject_with_an_appositive(findings: ReviewFn, text: str, bad: bool) -> None:
    assert _flagged(findings, text, "FC405") is bad


# --- FC405: a death dated in the sentence after the age -----------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # Born 20 February 1941, died 3 January 2025: 83, not 84.
        (
            "Joan Ellery, the former mayor, has died aged 84. Her family said she died on"
            " 3 January at home. Born on 20 February 1941, Ellery served two terms.",
            True,
        ),
        (
            "Joan Ellery, the former mayor, has died aged 83. Her family said she died on"
            " 3 January at home. Born on 20 February 1941, Ellery served two terms.",
            False,
        ),
        (
            "Joan Ellery has died aged 84, her family said. She died on 3 January 2025 in"
            " Leeds. Ellery was born on 20 February 1941.",
            True,
        ),
        (
            "Joan Ellery has died aged 83, her family said. She died on 3 January 2025 in"
            " Leeds. Ellery was born on 20 February 1941.",
            False,
        ),
        # The next sentence is of another death: the recent window allows 83 or 84.
        (
            "Joan Ellery has died aged 84. Her husband died on 3 January 2018. Ellery was born"
            " on 20 February 1941.",
            False,
        ),
        # Not an age at death: a later death date does not count.
        (
            "Joan Ellery, 84, opened the show. Her sister died on 3 January. Ellery was born"
            " on 20 February 1941.",
            False,
        ),
    ],
)
def test_fc405_death_dated_after_the_age(findings: ReviewFn, text: str, bad: bool) -> None:
    assert _flagged(findings, text, "FC405") is bad


# --- FC405: a role noun as the birth's subject, a speaker after a quotation -------------

JAN = dt.date(2025, 1, 7)


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Thornbury finished with five for 38. The right-armer, born in Hobart on 14 June"
            ' 1996, has been injured. "Days like this mean a lot," the 29-year-old said.',
            True,
        ),
        (
            "Thornbury finished with five for 38. The right-armer, born in Hobart on 14 June"
            ' 1996, has been injured. "Days like this mean a lot," the 28-year-old said.',
            False,
        ),
        (
            "Priya Raman won the final. The former world champion, who was born in 1990, said"
            " she would defend the title. Raman, 36, leaves on Monday.",
            True,
        ),
        (
            "Priya Raman won the final. The former world champion, who was born in 1990, said"
            " she would defend the title. Raman, 34, leaves on Monday.",
            False,
        ),
        # A capitalised word opening the quotation is not the speaker.
        (
            "Keane was born in 1996. He scored twice.\n\n"
            '"Eighteen months ago I was injured," the 29-year-old said.',
            False,
        ),
        (
            "Keane was born in 1996. He scored twice.\n\n"
            '"Eighteen months ago I was injured," the 31-year-old said.',
            True,
        ),
        # A thing as the role noun: not a person's birth.
        (
            "Ortiz, 40, runs the label. The company, born out of a merger in 1990, is growing.",
            False,
        ),
        # The quoted name is whom the speaker speaks of: the 29-year-old is Ortiz (34).
        (
            "Ortiz was born in 1990.\n\n"
            '"Keane is the best I have seen," the 29-year-old said of his team-mate.',
            True,
        ),
    ],
)
def test_fc405_role_noun_and_quoted_speaker(findings: ReviewFn, text: str, bad: bool) -> None:
    assert _flagged(findings, text, "FC405", published=JAN) is bad


# --- FC406: "X is marking N years" ----------------------------------------------------------

JUL = dt.date(2025, 7, 14)


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Founded in 1970 by students, Rheinklang is marking 50 years with an anniversary"
            " programme.",
            True,
        ),
        (
            "Founded in 1970 by students, Rheinklang is marking 55 years with an anniversary"
            " programme.",
            False,
        ),
        ("The bakery, which opened in 1985, celebrates 30 years this month.", True),
        ("The bakery, which opened in 1985, celebrates 40 years this month.", False),
        (
            "The choir was founded in 1950. It is celebrating 70 years on Saturday with a concert.",
            True,
        ),
        ("The choir was founded in 1950. It marks 75 years.", False),
        # A person's tenure or marriage is not the founding's anniversary.
        (
            "The club was founded in 1950. Its groundsman, Tom Hale, is celebrating 25 years"
            " with the club. Hale is marking 25 years with a party.",
            False,
        ),
        ("The club was founded in 1950. She is celebrating 30 years this month.", False),
        ("The club was founded in 1950. It is marking 60 years since the fire.", False),
        ("The club was founded in 1950. It is marking 60 years of cricket at the ground.", False),
        (
            "The club was founded in 1950. The couple is celebrating 50 years with a family lunch.",
            False,
        ),
    ],
)
def test_fc406_marking_n_years(findings: ReviewFn, text: str, bad: bool) -> None:
    assert _flagged(findings, text, "FC406", published=JUL) is bad
