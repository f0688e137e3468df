"""Round 12: a count given by its verb then by its own noun with digits swapped, rupee
amounts in crore and lakh with digits swapped, parts listed with a verb ("is allocated to")
before "bringing the total to", and an earlier total split to "the remaining" amount."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.review import review_text

PUBLISHED = dt.date(2025, 6, 10)


def _ids(text: str) -> list[str]:
    report = review_text(text, published=PUBLISHED).report
    return [f.rule_id for f in report.findings if f.severity.rank >= 1]


FLAGGED = [
    # One event counted by the verb before its object, then by its own noun.
    (
        "FC412",
        "The carrier cancelled 2,140 services over the year, its filing shows. Staff were"
        " short.\n\nMost of the 2,410 cancellations came at less than a day's notice.",
    ),
    (
        "FC412",
        "Police arrested 2,370 people during the week of protests. Courts sat late.\n\nOf"
        " the 2,730 arrests, fewer than half led to charges, lawyers said.",
    ),
    (
        "FC412",
        "About 3,650 flights were delayed at the hub, the operator said. Fog was blamed.\n\n"
        "The 3,560 delays cost airlines heavily, according to the trade body.",
    ),
    (
        "FC412",
        "Crews evacuated more than 4,820 residents as the river rose. Roads shut.\n\nThe"
        " council said the 4,280 evacuations went smoothly.",
    ),
    # Rupee amounts in crore and lakh, which the figure reader leaves as bare counts.
    (
        "FC412",
        "The Budget has allocated Rs 1,28,650 crore to the ministry. Teachers welcomed it."
        "\n\nCritics said Rs 1,26,850 crore was not enough.",
    ),
    (
        "FC412",
        "The state set aside Rs. 4,735 crore for irrigation. Farmers cheered.\n\nThe Rs."
        " 4,375 crore outlay will fund new canals, the minister said.",
    ),
    (
        "FC412",
        "The scheme gets ₹12,460 crore in the Union Budget for 2025-26. Uptake is slow.\n\n"
        "Officials said ₹12,640 crore reaches 40 lakh farmers.",
    ),
    # A budget "for" a year is the budget itself, not a forecast.
    (
        "FC412",
        "The council approved a £412.6 million net revenue budget for 2025/26. Tax rose.\n\n"
        "The leader replied that the £421.6 million budget protected frontline services.",
    ),
    # Parts each given with a verb, then the total they are brought to.
    (
        "FC401",
        "A sum of €40 million is allocated to social housing, €31 million to road"
        " improvements and €20 million to water upgrades, bringing the total to €96 million.",
    ),
    (
        "FC401",
        "$12m will go to schools, $8m has been set aside for clinics and $5m to parks,"
        " taking the overall package to $29m.",
    ),
    (
        "FC401",
        "The fund gives £3m to libraries, £2m is earmarked for youth clubs and £4m for"
        " museums, making a total of £12m.",
    ),
    # An earlier total split to "the remaining" amount.
    (
        "FC401",
        "The administration announced $2.3 billion in transit grants. Agencies cheered.\n\n"
        "Of the total, $1.1 billion will buy 1,700 buses, $640 million will rebuild rail"
        " yards, and the remaining $390 million is set aside for training.",
    ),
    (
        "FC401",
        "The trust received £48 million from the lottery. Work starts soon.\n\nOf that, £30"
        " million goes to the museum and the rest £15 million to the gardens.",
    ),
    (
        "FC401",
        "Officials unveiled a €900 million recovery fund on Monday. Mayors welcomed it.\n\n"
        "Of the money, €500 million is for housing, €250 million for roads and the balance"
        " of €100 million for parks.",
    ),
]

CLEAN = [
    # The same event counted twice, correctly, and swapped figures for other moments.
    "The carrier cancelled 2,140 services over the year, its filing shows. Staff were"
    " short.\n\nMost of the 2,140 cancellations came at less than a day's notice.",
    "The carrier cancelled 1,240 flights in March. Storms hit.\n\nIt recorded 1,420"
    " cancellations in April, the regulator said.",
    "Police arrested 1,370 people in 2023, figures show. Courts sat late.\n\nOf the 1,730"
    " arrests made in 2024, fewer than half led to charges.",
    "Crews evacuated 4,820 residents as the river rose. Roads shut.\n\nThe council"
    " expected 4,280 evacuations if the levee failed.",
    # Rupee amounts: consistent, or in different scales.
    "The Budget has allocated Rs 1,28,650 crore to the ministry. Teachers welcomed it.\n\n"
    "Critics said Rs 1,28,650 crore was not enough.",
    "The state set aside Rs 12.5 crore for the bridge. Work starts soon.\n\nEach family"
    " will get Rs 15.2 lakh in compensation.",
    "The scheme gets ₹12,460 crore this year, up from ₹12,640 crore last year. Uptake is"
    " slow.\n\nOfficials blamed states.",
    # Parts that add up to the total they are brought to.
    "A sum of €40 million is allocated to social housing, €31 million to road improvements"
    " and €20 million to water upgrades, bringing the total to €91 million.",
    "$12m will go to schools, $8m has been set aside for clinics and $5m to parks, taking"
    " the overall package to $25m.",
    "The fund gives £3m to libraries, £2m is earmarked for youth clubs and £4m for museums,"
    " making a total of about £9m.",
    # An earlier total split in full, or not claimed to be split in full.
    "The administration announced $2.3 billion in transit grants. Agencies cheered.\n\nOf"
    " the total, $1.1 billion will buy 1,700 buses, $640 million will rebuild rail yards,"
    " and the remaining $560 million is set aside for training.",
    "The trust received £48 million from the lottery. Work starts soon.\n\nOf that, £30"
    " million goes to the museum and £15 million to the gardens.",
    "Officials unveiled a €900 million recovery fund on Monday. Mayors welcomed it.\n\n"
    "Of the €600 million for cities, €500 million is for housing and the remaining €100"
    " million for parks.",
]


@pytest.mark.parametrize(("rule", "text"), FLAGGED)
def test_flagged(rule: str, text: str) -> None:
    assert rule in _ids(text)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text: str) -> None:
    assert _ids(text) == []
