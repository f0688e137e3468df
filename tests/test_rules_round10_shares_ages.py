"""Round ten: a share after a count's time phrase ("186 stores over the next two years, about
12% of the chain's 1,240 outlets") and a share of an event told earlier ("close 38 of its 412
stores … The closures, … about 12 per cent of the network") (FC404); an appositive change of
a thing whose pair of figures was given earlier, beside another clause's change (FC402); an
age at death beside how the death came ("after a short illness") (FC405)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 4, 15)
HEAD = "Weekend report\n\n"


def _rules(findings: ReviewFn, text: str, rule: str) -> list[str]:
    return [f.rule_id for f in findings(HEAD + text, rule, published=PUB)]


# --- FC404: a count with a time phrase before its share --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The retailer said it would close 186 stores over the next two years, about 12% of the"
        " chain's 1,240 outlets.",
        "The bank will shut 90 branches by 2027, or about 20 per cent of its 300 branches.",
        "It plans to cut 450 jobs within 18 months, roughly 30 per cent of its 2,400 staff.",
        "The council will sell 60 buildings this year, about a half of its 400 buildings.",
        "The airline will retire 14 aircraft in the coming months, some 40% of the 120"
        " aircraft it flies.",
    ],
)
def test_share_after_time_phrase_flagged(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC404") == ["FC404"]


@pytest.mark.parametrize(
    "text",
    [
        "The retailer said it would close 186 stores over the next two years, about 15% of the"
        " chain's 1,240 outlets.",
        "The bank will shut 90 branches by 2027, or about 30 per cent of its 300 branches.",
        "It plans to cut 450 jobs within 18 months, roughly 19 per cent of its 2,400 staff.",
        # The share is of another total than the count's.
        "The chain will open 40 stores over the next two years, when online sales are"
        " expected to reach 12% of the group's 1,240 million pounds of revenue.",
        "The airline will retire 14 aircraft in the coming months, some 12% of the 120"
        " aircraft it flies.",
    ],
)
def test_share_after_time_phrase_consistent(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC404") == []


# --- FC404: a share of an event told earlier --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Northfield will close 38 of its 412 stores over the next 18 months. Revenue rose to"
        " $4.87 billion. The closures, which amount to about 12 per cent of the network, will"
        " mostly affect small stores.",
        "The carmaker said it would cut 1,200 of its 8,000 jobs. The cuts represent about a"
        " third of the workforce at the plant.",
        "The lender is to shut 45 of its 150 branches. The planned closures, around 15 per cent"
        " of the network, are mostly in rural towns.",
        "The group will axe 300 of its 2,500 staff. The job cuts amount to about 25% of its staff.",
    ],
)
def test_share_of_event_flagged(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC404") == ["FC404"]


@pytest.mark.parametrize(
    "text",
    [
        "Northfield will close 38 of its 412 stores over the next 18 months. Revenue rose to"
        " $4.87 billion. The closures, which amount to about 9 per cent of the network, will"
        " mostly affect small stores.",
        "The carmaker said it would cut 1,200 of its 8,000 jobs. The cuts represent about 15"
        " per cent of the workforce.",
        # A share of something else than the whole.
        "The lender is to shut 45 of its 150 branches. The closures will save about 12 per"
        " cent of the group's costs.",
        # The rest of the network, not the event.
        "The lender is to shut 45 of its 150 branches. The closures leave the remaining"
        " branches, about 12 per cent of the network, in cities.",
        # Two events it could be.
        "The group will close 38 of its 412 stores and 5 of its 20 depots. The closures, about"
        " 12 per cent of the network, start in June.",
        # No part of a total told.
        "The group will close 38 stores. The closures, about 12 per cent of the network, start"
        " in June.",
    ],
)
def test_share_of_event_not_flagged(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC404") == []


# --- FC402: an appositive change of a thing whose pair was given earlier ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pre-tax profits rose to £468 million from £412 million, while revenue increased to"
        " £3.2 billion from £2.9 billion, up about 10 per cent. Shares rose. The profit figure,"
        " a rise of 18 per cent, was the highest in the group's 128-year history.",
        "Ticket sales fell from 52,000 to 41,000 last season. The sales figure — a drop of 35"
        " per cent — was the club's worst.",
        "Passenger numbers rose to 8.4 million from 7.9 million. Passenger numbers, up 20 per"
        " cent, beat the 2019 record.",
    ],
)
def test_appositive_change_flagged(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC402") == ["FC402"]


@pytest.mark.parametrize(
    "text",
    [
        "Pre-tax profits rose to £468 million from £412 million, while revenue increased to"
        " £3.2 billion from £2.9 billion, up about 10 per cent. Shares rose. The profit figure,"
        " a rise of 14 per cent, was the highest in the group's 128-year history.",
        "Ticket sales fell from 52,000 to 41,000 last season. The sales figure — a drop of 21"
        " per cent — was the club's worst.",
        # A change of something else.
        "Pre-tax profits rose to £468 million from £412 million. The dividend, a rise of 18"
        " per cent, was paid in June.",
        # The earlier clause of that thing gives its own change already.
        "Pre-tax profits rose to £468 million from £412 million, up 14 per cent. The profit"
        " figure, a rise of 18 per cent on an underlying basis, beat forecasts.",
        # Two pairs of that thing it could be.
        "Profits rose to £468 million from £412 million. Half-year profits fell to £200 million"
        " from £230 million. The profit figure, a rise of 18 per cent, was a record.",
    ],
)
def test_appositive_change_not_flagged(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC402") == []


# --- FC405: an age at death beside how the death came --------------------------------------

BORN = (
    "Eleanor Whitcombe, the theatre director, has died. Whitcombe was born on 3 November 1937"
    " in Teesside and read English at Cambridge. "
)


@pytest.mark.parametrize(
    "death",
    [
        "She died on Saturday at the age of 88, her family said, after a short illness.",
        "She died on Saturday aged 88 after a long battle with cancer.",
        "Whitcombe died on Saturday, aged 88, following a fall at her home.",
        "She died on Saturday, aged 88, after suffering a stroke.",
    ],
)
def test_age_at_death_with_cause_flagged(findings: ReviewFn, death: str) -> None:
    assert _rules(findings, BORN + death, "FC405") == ["FC405"]


@pytest.mark.parametrize(
    "death",
    [
        "She died on Saturday at the age of 87, her family said, after a short illness.",
        "She died on Saturday aged 87 after a long battle with cancer.",
        # An age at another moment than the death.
        "She died on Saturday, 20 years after she retired at 67.",
        "She died on Saturday; after her husband died she was 75 and kept working.",
        "She died on Saturday after a career in which she directed her first play aged 23.",
    ],
)
def test_age_at_death_with_cause_not_flagged(findings: ReviewFn, death: str) -> None:
    assert _rules(findings, BORN + death, "FC405") == []
