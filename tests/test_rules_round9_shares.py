"""Round nine: a part of a change set beside its share of "the gain" ("adding 33,000
positions, or 61 per cent of the gain"), checked against the one change of that way given
as a count or sum earlier (FC404); and a change closing a clause, measured against a figure
the article marks as the one before ("The previous record … was 1.3 gigajoules, so the new
figure represents an improvement of about 50 per cent") and the one other figure of that
thing beside it (FC402)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 3, 14)
HEAD = "Weekend report\n\n"


def _rules(findings: ReviewFn, text: str, rule: str) -> list[str]:
    return [f.rule_id for f in findings(HEAD + text, rule, published=PUB)]


# --- FC404: a part of a change ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Canada added 76,000 jobs in January. Manufacturing led the way, adding 33,000"
        " positions, or 61 per cent of the gain.",
        "Exports rose by $12 billion. Cars made up $3 billion of the increase, nearly half of it.",
        "The region lost 8,000 jobs in the quarter. Retail accounted for 5,000 of the losses,"
        " or about 40 per cent.",
        "Total spending rose by £40m. Health took £30m of that rise, or 50 per cent of the"
        " increase.",
        "The index gained 300 points over the week. Technology stocks contributed 120 points,"
        " or about two-thirds of the gain.",
        "Economists had expected a gain of 170,000 jobs. Employers added 143,000 jobs, and"
        " health care added 44,000 of them, or 20 per cent of the increase.",
    ],
)
def test_fc404_flags_share_of_change(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC404") == ["FC404"]


@pytest.mark.parametrize(
    "text",
    [
        "Canada added 76,000 jobs in January. Manufacturing led the way, adding 33,000"
        " positions, or 43 per cent of the gain.",
        "Exports rose by $12 billion. Cars made up $3 billion of the increase, about a quarter"
        " of it.",
        "The region lost 8,000 jobs in the quarter. Retail accounted for 5,000 of the losses,"
        " or about 60 per cent.",
        "The index gained 300 points over the week. Technology stocks contributed 120 points,"
        " or 40 per cent of the gain.",
        # a forecast is not the change the part is of
        "Economists had expected a gain of 170,000 jobs. Employers added 143,000 jobs, and"
        " health care added 44,000 of them, or 31 per cent of the increase.",
        # two changes it could be a part of
        "Employers added 143,000 jobs in January after a gain of 307,000 in December. Health"
        " care contributed 44,000, or 14 per cent of the gain.",
        # a share of another change, or a change of the other way
        "The economy added 76,000 jobs. Manufacturing added 33,000, or 61 per cent of the"
        " rise in factory hours.",
        "The region lost 8,000 jobs. Retail added 2,000 posts, or 60 per cent of the gain in"
        " part-time work.",
        "Revenue increased by $4 billion. The division sold 30,000 units, or 90 per cent of"
        " the growth.",
    ],
)
def test_fc404_accepts_share_of_change_that_fits(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC404") == []


# --- FC402: a change against a figure said to be the one before -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The device raised its record for energy turnover to 1.8 gigajoules over a pulse of"
        " 360 seconds. The previous record, set in 2023, was 1.3 gigajoules, so the new figure"
        " represents an improvement of about 50 per cent.",
        "The city recorded 1.8 million visitors last year. The year before, it had 1.3"
        " million, so the new total represents an increase of about 50 per cent.",
        "The previous record was 41,000 spectators. Saturday's crowd of 52,000 was an"
        " improvement of about 40 per cent.",
        "The number of cases rose to 900 in 2024. In 2023 there were 600 cases, meaning a rise"
        " of 25 per cent.",
        "The previous high was 1,200 in 2019. This year's figure of 1,500 is a 40 per cent rise.",
        "The company had 400 employees a year ago. It now has 500, a rise of 50 per cent.",
        "Last season's average crowd was 20,000. This season it is 25,000, an increase of 40"
        " per cent.",
    ],
)
def test_fc402_flags_change_against_earlier_figure(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC402") == ["FC402"]


@pytest.mark.parametrize(
    "text",
    [
        "The device raised its record for energy turnover to 1.8 gigajoules over a pulse of"
        " 360 seconds. The previous record, set in 2023, was 1.3 gigajoules, so the new figure"
        " represents an improvement of about 38 per cent.",
        "The city recorded 1.8 million visitors last year. The year before, it had 1.3"
        " million, an increase of about 40 per cent.",
        "The previous record was 41,000 spectators. Saturday's crowd of 52,000 was an"
        " improvement of about 27 per cent.",
        "The number of cases rose to 900 in 2024. In 2023 there were 600 cases, meaning a rise"
        " of 50 per cent.",
        "The previous high was 1,200 in 2019. This year's figure of 1,500 is a 25 per cent rise.",
        # a change of something else, or a third figure it could be measured from
        "The previous record was 41,000 spectators. On Saturday 52,000 came, and ticket"
        " revenue showed a rise of 40 per cent.",
        "The previous record was 41,000. This year 52,000 attended and 3,000 volunteers"
        " helped, an increase of 10 per cent.",
        # a rate against a rate may be a change in points
        "A year earlier the rate was 4.1 per cent. It now stands at 4.5 per cent, a rise of"
        " 10 per cent.",
        "The previous record was 50,000. Saturday's crowd of 45,000 was a drop of 10 per cent.",
        "The company had 400 employees a year ago. It now has 500, a rise of 25 per cent.",
        "Last season's average crowd was 20,000. This season it is 25,000, an increase of 25"
        " per cent.",
        "Last year's winner took home $2.0 million. Ticket sales were 30,000, up 12 per cent.",
    ],
)
def test_fc402_accepts_change_against_earlier_figure_that_fits(
    findings: ReviewFn, text: str
) -> None:
    assert _rules(findings, text, "FC402") == []
