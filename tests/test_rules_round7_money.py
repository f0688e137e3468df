"""Round seven, money (FC401): an amount introduced for a thing and named back with another
figure, parts that do not add up to the total listed with them, a takeover premium that
does not fit its prices, and a cycle's cumulative change in a rate given two values."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 3, 12)
HEAD = "Business desk\n\n"


def _spans(findings: ReviewFn, text: str) -> list[list[str]]:
    return [[s.text for s in f.spans] for f in findings(HEAD + text, "FC401", published=PUB)]


# --- an amount introduced, then named back definitely ------------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The trust launched its appeal last spring with a target of £2.6 million. Local"
            " firms have given generously.\n\nVolunteers say they are confident of reaching the"
            " £2.9 million target by Christmas.",
            ["£2.6 million", "£2.9 million"],
        ),
        (
            "Net profit for the six months to June rose 8 percent to $418 million, the company"
            " said.\n\nInvestors had expected less. The $481 million net profit beat every"
            " forecast in a Reuters poll.",
            ["$418 million", "$481 million"],
        ),
        (
            "The council agreed a €14m reserve to cover the cost of the floods.\n\nOpposition"
            " members said the €17m reserve was too small for a city of its size.",
            ["€14m", "€17m"],
        ),
        (
            "The finance minister left herself a £12.4bn cushion against her borrowing rule."
            "\n\nEconomists said the £14.2bn headroom was thin by historical standards.",
            ["£12.4bn", "£14.2bn"],
        ),
        (
            "The club sold 5,000 bonds at £500 each, raising £2.5 million for the new stand."
            "\n\nThe £2.8 million raised will also pay for floodlights.",
            ["£2.5 million", "£2.8 million"],
        ),
        (
            "The regulator imposed a penalty of $65 million on the bank.\n\nThe bank said it"
            " would not appeal the $56 million fine.",
            ["$65 million", "$56 million"],
        ),
    ],
)
def test_flags_amount_named_back_with_another_figure(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    assert _spans(findings, text) == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # The same figure named back: consistent.
        "The trust launched its appeal with a target of £2.6 million.\n\nVolunteers are"
        " confident of reaching the £2.6 million target by Christmas.",
        # A target that was raised: two moments.
        "The trust launched its appeal with a target of £2.6 million. It later raised its"
        " target.\n\nVolunteers are confident of reaching the £2.9 million target.",
        # A forecast for next year, and the result named back: "the $418 million" agrees.
        "Net profit rose 8 percent to $418 million. It expects net profit of $470 million next"
        " year.\n\nThe $418 million net profit beat every forecast.",
        # Last year's figure, and this year's.
        "Operating profit fell to ¥612 billion from ¥712 billion a year earlier.\n\nThe ¥712"
        " billion operating profit of the previous year was a record.",
        # Two reserves: several of the thing.
        "The council agreed a €14m reserve for floods and a €3m reserve for repairs.\n\nThe"
        " two reserves were approved together. Members said the €17m reserve plan was prudent.",
        # Another kind of profit.
        "Net profit rose to $418 million.\n\nThe $481 million operating profit was helped by"
        " lower costs.",
        # An amount raised, and a different sum spent.
        "The club raised £2 million for the new stand.\n\nThe £2.4 million spent so far"
        " includes the roof.",
        # Another lender's loan, another person's salary, last year's deficit.
        "The club took a loan of £5m from Barclays last spring.\n\nThe £3.5m loan from HSBC"
        " is due in 2027.",
        "She will earn a salary of £150,000.\n\nThe £180,000 salary of her predecessor was"
        " criticised.",
        "The deficit was £4.1bn, the council said.\n\nThe £5.2bn deficit the year before was"
        " a record.",
        # A target of the thing, not the thing: "the profit target".
        "Operating profit was $3.2 billion.\n\nThe $3.5 billion profit target was missed.",
        # A forecast named back.
        "Revenue was $5.2 billion in the year.\n\nThe $5.5 billion revenue forecast for next"
        " year looks ambitious.",
        # A new target: the article says it changed.
        "The trust began with a target of £2.6 million.\n\nIts new target is higher, and the"
        " £2.9 million target is now within reach.",
    ],
)
def test_leaves_consistent_or_changed_amounts_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text) == []


# --- parts and the total listed with them -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The ministry will provide ¥700 billion in total to the company, ¥300 billion for"
            " a plant in Kyushu and ¥450 billion for a research centre in Osaka.",
            ["¥700 billion", "¥300 billion", "¥450 billion"],
        ),
        (
            "The foundation awarded a total of $15 million: $5 million to the children's"
            " hospital, $4 million to the university and $2 million to the food bank.",
            ["$15 million", "$5 million", "$4 million", "$2 million"],
        ),
        (
            "The county will spend £3.5m on roads and £2.5m on bridges, a total of £5m over"
            " the next two years.",
            ["£5m", "£3.5m", "£2.5m"],
        ),
        (
            "The package is worth up to €1.2bn altogether — €800m for the rail line and €600m"
            " for the port.",
            ["€1.2bn", "€800m", "€600m"],
        ),
    ],
)
def test_flags_parts_that_miss_their_total(findings: ReviewFn, text: str, spans: list[str]) -> None:
    assert _spans(findings, text) == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # Parts that add up.
        "The ministry will provide ¥750 billion in total, ¥300 billion for a plant in Kyushu"
        " and ¥450 billion for a research centre in Osaka.",
        "The bank would have about $61 billion in assets — $38 billion from Great Lakes and $23"
        " billion from Prairie State.",
        # "Including": only some of the parts.
        "The foundation awarded a total of $12 million, including $5 million to the hospital"
        " and $4 million to the university.",
        # "Up to" a total that the parts stay within.
        "The state will give up to €1.5bn in total, €800m for the rail line and €600m for the"
        " port.",
        # No word that makes the first figure a total.
        "The city received £9m from the government, £4m for schools and £3m for libraries.",
        # Parts that are yearly sums: not listed as shares of the total.
        "The deal is worth $40 million in total, $8 million a year for five years and $2"
        " million a year in bonuses.",
    ],
)
def test_leaves_parts_that_fit_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text) == []


# --- a premium or discount against its prices ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Holders will receive $38.50 a share, a 30 percent premium to the lender's closing"
            " price of $30.80 on Friday.",
            ["30 percent", "$38.50", "$30.80"],
        ),
        (
            "The £4.20-a-share offer represents a premium of 45% to Harlow's closing price of"
            " £3.20 on Monday.",
            ["45%", "£4.20", "£3.20"],
        ),
        (
            "The shares were priced at €9.00 each, a 20% discount to the stock's last close of"
            " €10.50.",
            ["20%", "€9.00", "€10.50"],
        ),
    ],
)
def test_flags_premium_that_does_not_fit(findings: ReviewFn, text: str, spans: list[str]) -> None:
    assert _spans(findings, text) == [spans]


@pytest.mark.parametrize(
    "text",
    [
        "Holders will receive $38.50 a share, a 25 percent premium to the lender's closing"
        " price of $30.80 on Friday.",
        "The £4.20-a-share offer represents a premium of 31% to Harlow's closing price of £3.20.",
        "The shares were priced at €9.00 each, a 14% discount to the stock's last close of €10.50.",
        # A premium measured against a price the article does not give.
        "Holders will receive $38.50 a share, a 30 percent premium to the 30-day average."
        " The stock closed at $30.80.",
        # Rounded loosely: "about".
        "The offer of $12 a share is a premium of about 33% to the closing price of $9.10.",
    ],
)
def test_leaves_premium_that_fits_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text) == []


# --- one cycle's cumulative change in a rate ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The bank raised rates again on Thursday, bringing the cumulative tightening to"
            " 2.75 percentage points since July.\n\nEconomists said the 3.25 percentage points"
            " of tightening since July had slowed lending.",
            ["2.75", "3.25"],
        ),
        (
            "The central bank has now cut rates four times, for total easing of 125 basis"
            " points since June.\n\nThe 1.5 percentage points of easing since June have yet"
            " to lift demand.",
            ["125", "1.5"],
        ),
        (
            "The hike took cumulative rate increases to 3.5 percentage points.\n\nBanks have"
            " passed on the 4.25 points of rate increases to borrowers.",
            ["3.5", "4.25"],
        ),
    ],
)
def test_flags_cumulative_change_given_two_values(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    assert _spans(findings, text) == [spans]


@pytest.mark.parametrize(
    "text",
    [
        "The move brought the cumulative tightening to 2.75 percentage points.\n\nThe 275"
        " basis points of tightening have slowed lending.",
        # Two cycles, each since another month.
        "The cumulative tightening reached 2.75 percentage points since July.\n\nIn the last"
        " cycle, the 3.25 percentage points of tightening since March 2022 hit housing.",
        # A further move expected.
        "The cumulative tightening stands at 2.75 percentage points.\n\nAnalysts expect"
        " another 0.5 points of tightening by June.",
        # Easing and tightening are different moves.
        "The cumulative tightening is 2.75 percentage points.\n\nMarkets price in 1 point of"
        " cuts next year.",
    ],
)
def test_leaves_consistent_cumulative_changes_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text) == []
