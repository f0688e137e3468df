"""Round nine, votes: a margin whose sentence ends on another year (FC408), margins told
without "votes" after them (FC408), a party's standing majority (FC408), and a count of one
side matched to the only vote big enough to hold it (FC403)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 5, 18)
HEAD = "Local news\n\n"


def _first(findings: ReviewFn, text: str, rule: str) -> list[str]:
    return [f.spans[0].text for f in findings(HEAD + text, rule, published=PUB)]


# --- FC408: a year in a later clause does not make the margin another vote's ---


@pytest.mark.parametrize(
    ("text", "margin"),
    [
        (
            "The motion carried by 194 votes to 182.\n\nAnalysts said the margin of just 14"
            " votes showed how fragile the coalition had become, months after it was formed"
            " following the election, in which the party lost its majority for the first time"
            " since 1994.",
            "14",
        ),
        (
            "The motion was carried by 23 votes to 19, with two abstentions.\n\nThe six-vote"
            " majority was the narrowest since the council was formed in 1974.",
            "six",
        ),
        (
            "Senators passed the bill by 61 votes to 38.\n\nThe 25-vote margin was wider than"
            " in 2017, when a similar bill failed.",
            "25",
        ),
    ],
)
def test_fc408_year_in_later_clause_flagged(findings: ReviewFn, text: str, margin: str) -> None:
    assert _first(findings, text, "FC408") == [margin]


@pytest.mark.parametrize(
    "text",
    [
        "The motion carried by 194 votes to 182.\n\nIn 2019 a similar motion passed by a"
        " margin of 40 votes.",
        "The motion carried by 194 votes to 182.\n\nA similar motion passed by a margin of 40"
        " votes in 2019.",
        "The motion carried by 194 votes to 182.\n\nThe margin of 40 votes in 2019, when the"
        " party held a majority, was far wider.",
        "The motion was carried by 23 votes to 19.\n\nThe four-vote majority was the narrowest"
        " since the council was formed in 1974.",
        "The motion carried by 194 votes to 182.\n\nA similar motion in Leeds was carried by a"
        " majority of 40 votes.",
    ],
)
def test_fc408_other_year_or_vote_not_flagged(findings: ReviewFn, text: str) -> None:
    assert _first(findings, text, "FC408") == []


# --- FC408: margins told without "votes" after them ---


@pytest.mark.parametrize(
    ("text", "margin"),
    [
        ("The Senate passed the bill 51-49. The margin was three votes.", "three"),
        (
            "Members voted 4,812 to 3,190 to accept. The offer was accepted by a majority of"
            " 1,822.",
            "1,822",
        ),
        (
            "The union's members backed the offer, with 4,812 in favour and 3,190 against."
            " The majority of 1,822 was larger than expected.",
            "1,822",
        ),
        ("The motion was carried by 23 votes to 19.\n\nThe margin of victory was six.", "six"),
    ],
)
def test_fc408_margin_without_votes_flagged(findings: ReviewFn, text: str, margin: str) -> None:
    assert _first(findings, text, "FC408") == [margin]


@pytest.mark.parametrize(
    "text",
    [
        "The Senate passed the bill 51-49. The margin was two votes.",
        "Members voted 4,812 to 3,190 to accept. The offer was accepted by a majority of 1,622.",
        "MPs backed the bill by 320 votes to 200.\n\nDespite Labour's majority of 174, some 47"
        " of its MPs rebelled.",
        "MPs backed the bill by 320 votes to 200.\n\nThe majority of 60 Labour backbenchers who"
        " signed the letter voted with the government.",
        "Shareholders approved the deal by 812 votes to 190.\n\nThe margin was 12.5 at the end"
        " of the quarter.",
        "The motion was carried by 23 votes to 19.\n\nThe council needs a majority of 22 to"
        " change its constitution.",
        "The motion was carried by 23 votes to 19.\n\nThe margin last year was 11 votes.",
        "The Senate passed the bill 51-49.\n\nThe House passed its version 220-212.\n\nThe"
        " margin was eight votes in the House.",
    ],
)
def test_fc408_margin_without_votes_not_flagged(findings: ReviewFn, text: str) -> None:
    assert _first(findings, text, "FC408") == []


# --- FC403: a count matched to the only vote big enough to hold it ---

_TWO_VOTES = (
    "The bill passed 218 to 214. Two Republicans joined all 212 Democrats in voting against"
    " it.\n\nThe Senate had approved its version on Tuesday by 51 votes to 50.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "count"),
    [
        ("Several of the 216 lawmakers who voted no said they would campaign on the cuts.", "216"),
        ("The 220 members who backed it were mostly Republicans.", "220"),
        ("All 210 members who voted against it signed a letter.", "210"),
    ],
)
def test_fc403_count_of_the_only_large_vote_flagged(
    findings: ReviewFn, tail: str, count: str
) -> None:
    found = findings(HEAD + _TWO_VOTES + tail, "FC403", published=PUB)
    assert [f.spans[1].text for f in found] == [count]


@pytest.mark.parametrize(
    "tail",
    [
        "Several of the 214 lawmakers who voted no said they would campaign on the cuts.",
        "The 50 senators who voted no said they would campaign on the cuts.",
        "The 49 senators who voted no said they would campaign on the cuts.",
        "About 200 lawmakers who voted no signed a letter.",
        "The 60 members who voted against it signed a letter.",
    ],
)
def test_fc403_count_of_either_vote_not_flagged(findings: ReviewFn, tail: str) -> None:
    assert findings(HEAD + _TWO_VOTES + tail, "FC403", published=PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        # The plan's own tally is not read; the board's earlier one is not its vote.
        "The council backed the scheme 9-4.\n\nThe planning board had earlier approved it"
        " 5-2.\n\nThe four councillors who voted against it wanted more parking.",
        "The council backed the scheme 9-4.\n\nThe planning board had earlier approved it"
        " 5-2.\n\nThe three councillors who voted against it wanted more parking.",
    ],
)
def test_fc403_only_other_vote_tally_not_used(findings: ReviewFn, text: str) -> None:
    assert findings(HEAD + text, "FC403", published=PUB) == []


def test_fc403_committee_tally_still_the_vote(findings: ReviewFn) -> None:
    text = (
        "The committee voted 7-4 to approve the plan.\n\nThe five members who voted against"
        " it said they would appeal."
    )
    assert [f.spans[1].text for f in findings(HEAD + text, "FC403", published=PUB)] == ["five"]
