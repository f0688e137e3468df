"""Round eight: a change measured against a described base ("a 12% rise on last year's
winner's cheque of €2.35 million"), a change named by what it is of against the one pair of
figures of that thing given earlier (FC402), and a fraction of a whole of things ("about a
third of the collection") against the count and total in the sentence before (FC404); a year
or a span of time is not the new figure of a change, nor "a third of a million" a share."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 3, 14)
HEAD = "Weekend report\n\n"


def _rules(findings: ReviewFn, text: str, rule: str) -> list[str]:
    return [f.rule_id for f in findings(HEAD + text, rule, published=PUB)]


# --- FC402: a change measured against a described base ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The champion collects €2.7 million, a 12% rise on last year's winner's cheque of"
        " €2.35 million.",
        "Sales reached $5.8 billion, 9% higher than the previous year's total of $5.0 billion.",
        "Attendance was 48,100, up 20% on the previous record of 41,200 set in 2019.",
        "The force recorded 99,284 family violence incidents in 2024, up 9 per cent on the"
        " 93,465 recorded the previous year.",
    ],
)
def test_fc402_flags_change_against_described_base(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC402") == ["FC402"]


@pytest.mark.parametrize(
    "text",
    [
        "The champion collects €2.7 million, a 15% rise on last year's winner's cheque of"
        " €2.35 million.",
        "Sales reached $5.8 billion, 16% higher than the previous year's total of $5.0 billion.",
        "Attendance was 48,100, up 17% on the previous record of 41,200 set in 2019.",
        "Profits were £4.2m, up 12% on the back of sales of £30.0m.",
        # a year or a span of time is not the figure after the change
        "The force recorded 99,284 family violence incidents in 2024, up 6.2 per cent on the"
        " 93,465 recorded the previous year.",
        "Some 51 people were killed on roads in Devon and Cornwall in 2024, up from 45 in 2023,"
        " a rise of almost 16 per cent.",
        "The fair reported attendance of 512,000 over the two weeks, about 4% more than the"
        " 492,300 who attended in 2024.",
    ],
)
def test_fc402_accepts_described_base_that_fits(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC402") == []


# --- FC402: a change named by what it is of, its figures given earlier ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Burglaries dropped from 4,820 to 4,110 over the same period. Chief Constable Andrea"
        " Pollitt praised her officers. The force described the burglary figures as a drop of"
        " 18 per cent.",
        "Visitor numbers rose from 1.2 million to 1.5 million last year. The mayor said the town"
        " would build a new car park. She hailed the 40 per cent rise in visitors.",
        "Membership of the club fell from 2,400 to 2,100 in the year to March. The committee met"
        " on Tuesday. It blamed the 25 per cent drop in membership on higher fees.",
        "Applications to the scheme rose from 800 to 1,000 this spring. Officials said"
        " applications had risen by 40 per cent.",
    ],
)
def test_fc402_flags_named_change_against_earlier_pair(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC402") == ["FC402"]


@pytest.mark.parametrize(
    "text",
    [
        # the change fits
        "Burglaries dropped from 4,820 to 4,110 over the same period. The force described the"
        " burglary figures as a drop of 15 per cent.",
        "Visitor numbers rose from 1.2 million to 1.5 million last year. She hailed the 25 per"
        " cent rise in visitors.",
        "Applications to the scheme rose from 800 to 1,000 this spring. Officials said"
        " applications had risen by 25 per cent.",
        # another span, place or thing, or a change already given
        "Burglaries dropped from 4,820 to 4,110 last year. Burglary has fallen 18 per cent since"
        " the pandemic.",
        "Burglaries dropped from 4,820 to 4,110 last year. Over five years burglary fell by 30"
        " per cent.",
        "Burglaries dropped from 4,820 to 4,110 last year. In Stockton, burglaries fell 18 per"
        " cent.",
        "Burglaries dropped from 4,820 to 4,110 last year. The force said car thefts fell 18 per"
        " cent.",
        "Burglaries dropped from 4,820 to 4,110 last year, a fall of 15 per cent. The force"
        " described the burglary figures as a drop of 18 per cent.",
        "Burglaries dropped from 4,820 to 4,110 last year. Police expect burglaries to fall 18"
        " per cent next year.",
        # two pairs it could be
        "Burglaries in Stockton dropped from 1,820 to 1,610. Burglaries in Middlesbrough"
        " dropped from 4,820 to 4,110. The force described the burglary figures as a drop of 18"
        " per cent.",
        "Staff numbers at the hospital rose from 1,200 to 1,400, but complaints fell."
        " Complaints dropped 18 per cent, the trust said.",
    ],
)
def test_fc402_accepts_named_change_that_fits_or_is_other(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC402") == []


# --- FC404: a fraction of a whole of things, the count and total just before --------------


@pytest.mark.parametrize(
    "text",
    [
        "From next month, 1,240 of the museum's 4,800 works will be on display across three"
        " floors. The museum said the new hang meant that about a third of the collection could"
        " be seen at once.",
        "Some 45 of the operator's 300 buses are now electric. In other words, nearly a third of"
        " the fleet runs on batteries.",
        "The bank sold 620 of its 2,000 branches last year. That meant half of the network had"
        " gone.",
    ],
)
def test_fc404_flags_share_of_a_whole_restated(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC404") == ["FC404"]


@pytest.mark.parametrize(
    "text",
    [
        "From next month, 1,240 of the museum's 4,800 works will be on display across three"
        " floors. The museum said the new hang meant that about a quarter of the collection"
        " could be seen at once.",
        "Some 45 of the operator's 300 buses are now electric. In other words, about 15 per"
        " cent of the fleet runs on batteries.",
        "The bank sold 620 of its 2,000 branches last year. That meant nearly a third of the"
        " network had gone.",
        # the rest of the whole, another part of it, or no restatement
        "Some 45 of the operator's 300 buses are now electric. Nearly half of the fleet still"
        " runs on diesel.",
        "From next month, 1,240 of the museum's 4,800 works will be on display. About a third of"
        " the collection is paintings.",
        "From next month, 1,240 of the museum's 4,800 works will be on display, and 3,000 more"
        " will be digitised. That means about a third of the collection can be seen.",
        # a fraction of a magnitude, not of a total
        "The meeting drew 331,000 spectators across three days, about a third of a million, and"
        " race day alone attracted 128,000.",
        "Organisers expect 1.5 million visitors, about half of a million more than last year.",
    ],
)
def test_fc404_accepts_share_of_a_whole_that_fits_or_is_other(
    findings: ReviewFn, text: str
) -> None:
    assert _rules(findings, text, "FC404") == []
