"""FC401, FC402, FC407 and FC411: back-references, parts that do not add up, and bases given
in another sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 2, 12)
HEAD = "Local news roundup\n\n"


def _spans(findings: ReviewFn, text: str, rule: str) -> list[list[str]]:
    return [[s.text for s in f.spans] for f in findings(HEAD + text, rule, published=PUB)]


# FC407: a slipped restatement whose sentence estimates another figure, or says "all"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Lincoln won in front of a crowd of 8,412 fans at the Civic Arena to win its first"
            " state title since 1998.\n\nThe win capped a remarkable weekend: the 8,214 fans at"
            " the Civic Arena included what the principal estimated to be more than 1,500"
            " students.",
            ["8,412", "8,214"],
        ),
        (
            "A crowd of 8,412 fans watched the first-half collapse.\n\nThe 8,214 fans included"
            " 1,500 students.",
            ["8,412", "8,214"],
        ),
        (
            "A crowd of 8,412 fans watched the final at the arena.\n\nThe 8,214 fans at the"
            " arena included more than 1,500 students.",
            ["8,412", "8,214"],
        ),
        (
            "The municipality has 38 wards.\n\nWard councillors in all 36 wards have been asked"
            " to distribute summaries.",
            ["38", "36"],
        ),
        (
            "The municipality has 38 wards.\n\nCouncillors in each of the 36 wards will hold"
            " meetings.",
            ["38", "36"],
        ),
    ],
)
def test_fc407_flags_a_slipped_restatement(findings: ReviewFn, text: str, spans: list[str]) -> None:
    assert _spans(findings, text, "FC407") == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # The figures agree.
        "A crowd of 8,412 fans watched the final at the arena.\n\nThe 8,412 fans at the arena"
        " included more than 1,500 students.",
        "The municipality has 38 wards.\n\nCouncillors in all 38 wards will hold meetings.",
        # The estimate is of the later figure itself: two sources.
        "A crowd of 8,412 fans watched the final at the arena.\n\nThe 8,214 fans at the arena,"
        " organisers estimated, included 1,500 students.",
        # Another place, or a part of the municipality.
        "A crowd of 8,412 fans watched the final at Civic Arena.\n\nThe 8,214 fans at the"
        " Riverside Stadium saw the semi-final.",
        "The municipality has 38 wards.\n\nCouncillors in all 36 wards of the metro region will"
        " hold meetings.",
        "The municipality has 38 wards.\n\nTen councillors in the 36 wards that were redrawn"
        " will hold meetings.",
        # Not a slip of each other.
        "The league has 20 clubs.\n\nAll 18 clubs voted for the change.",
    ],
)
def test_fc407_accepts_restatements_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC407") == []


# FC407: a group's total, hedged, against a later back-reference to the whole of it


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "About 1,200 people were evacuated on Tuesday night as the river rose to its"
            " highest level since records began in 1958.\n\nCivil Defence said most of the"
            " 2,100 evacuees were staying with family and friends.",
            ["1,200", "2,100"],
        ),
        (
            "Nearly 1,200 people were evacuated on Tuesday.\n\nThe 2,100 evacuees were returning"
            " home.",
            ["1,200", "2,100"],
        ),
        (
            "About 30 people were killed in the blast.\n\nOf the 46 dead, 12 were children.",
            ["30", "46"],
        ),
    ],
)
def test_fc407_flags_a_hedged_total_the_back_reference_does_not_fit(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    assert _spans(findings, text, "FC407") == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # Within the hedge.
        "About 1,200 people were evacuated on Tuesday.\n\nMost of the 1,300 evacuees stayed"
        " with family.",
        "About 40 people were killed in the blast.\n\nOf the 46 dead, 12 were children.",
        "At least 1,200 people were evacuated on Tuesday.\n\nThe 2,100 evacuees were returning"
        " home.",
        # Another day, or another year.
        "About 1,200 people were evacuated on Tuesday.\n\nBy Thursday, the 2,100 evacuees were"
        " returning home.",
        "About 1,200 people were evacuated in 2019.\n\nThe 2,100 evacuees were returning home.",
        "About 1,200 people were evacuated in 2019 as the river burst its banks.\n\nThe 2,100"
        " evacuees were returning home.",
        "About 30 people were killed when the bus crashed in 2019.\n\nOf the 46 dead, 12 were"
        " children.",
    ],
)
def test_fc407_accepts_hedged_totals_that_may_fit(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC407") == []


# FC407: a total and the list of its parts


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "By Thursday, assessors had inspected 312 damaged homes — 140 in Te Karoro, 96 in"
            " Ōpawa Junction and 58 in outlying rural areas.",
            ["312", "140 in Te Karoro, 96 in Ōpawa Junction and 58 in outlying rural areas"],
        ),
        (
            "The fire destroyed 45 homes: 20 in Ashby, 15 in Carlton and 8 in Dene.",
            ["45", "20 in Ashby, 15 in Carlton and 8 in Dene"],
        ),
        (
            "Police arrested 60 people (35 men and 20 women) after the match.",
            ["60", "35 men and 20 women"],
        ),
        (
            "Rescuers found 14 survivors (nine adults and four children).",
            ["14", "nine adults and four children"],
        ),
        (
            "The ward has 1,204 voters: 600 in the north and 500 in the south.",
            ["1,204", "600 in the north and 500 in the south"],
        ),
    ],
)
def test_fc407_flags_parts_that_do_not_add_up(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    assert _spans(findings, text, "FC407") == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # The parts add up, allowing for round figures.
        "The fire destroyed 45 homes: 20 in Ashby, 15 in Carlton and 10 in Dene.",
        "The club has 300 members — 160 women and 150 men.",
        "The airline operates 120 aircraft: 60 Airbus and 50 Boeing jets.",
        # A hedged total; some parts only; the leading parts; parts with a rest.
        "The company employs about 1,250 staff — 800 in Leeds and 400 in Hull.",
        "The club has 300 members — 140 of them juniors and 100 veterans.",
        "The appeal drew 300 pledges — 120 from Smith and 80 from Jones.",
        "The survey covered 2,000 people — 1,200 women and 700 men, with the rest declining"
        " to say.",
        "The council has 51 seats: 20 Labour, 15 Conservative, including 10 Liberal Democrat"
        " and 6 independents.",
        # Parts of another kind: changes, years.
        "The storm damaged 45 homes — 20 more than last year and 5 beyond repair.",
        "It sold 40 cars - 12 in 2019 and 20 in 2020.",
        # No list straight after the total.
        "Officials counted 312 damaged homes. 140 in Te Karoro and 96 in Opawa were red-stickered.",
        "The school has 900 pupils (aged 11 to 16) and 60 teachers.",
    ],
)
def test_fc407_accepts_parts_that_add_up_or_are_not_all(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC407") == []


# FC401: a described thing, an amount used as a noun, and a slip beside words of an event


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Brenda picked up the £5 card at her local shop.\n\nShe has had a copy of the"
            " winning £10 card framed above the fireplace — the original is now with the"
            " operator.",
            ["£5", "£10"],
        ),
        (
            "The £5 card was bought on Saturday.\n\nThe lucky £10 card was found on Monday.",
            ["£5", "£10"],
        ),
        (
            "A treasurer who stole £1.3m from a hospice was jailed.\n\nA hearing will be held"
            " next year to decide how much of the £1.8m Denholm must repay.",
            ["£1.3m", "£1.8m"],
        ),
        (
            "The club paid £1.3m for the striker.\n\nThe £1.8m was a club record.",
            ["£1.3m", "£1.8m"],
        ),
        (
            "A treasurer jailed for a £1.3m fraud has appealed.\n\nPolice said the £1.8m fraud"
            " went undetected for years.",
            ["£1.3m", "£1.8m"],
        ),
        (
            "He was ordered to pay £1,200 compensation.\n\nHe has 28 days to pay the £1,500.",
            ["£1,200", "£1,500"],
        ),
        (
            "The bridge will finally be replaced after the county was awarded a $24.6 million"
            " federal grant.\n\nRourke said any preservation costs would not be covered by the"
            " $26.4 million grant and would have to be raised locally.",
            ["$24.6 million", "$26.4 million"],
        ),
    ],
)
def test_fc401_flags_a_restated_amount(findings: ReviewFn, text: str, spans: list[str]) -> None:
    assert _spans(findings, text, "FC401") == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # The amounts agree.
        "Brenda picked up the £5 card at her local shop.\n\nShe framed a copy of the winning £5"
        " card.",
        "The council received £2.5m from the government.\n\nIt will spend the £2.5m on roads.",
        # Several such things, or a word that picks one of them.
        "She bought two cards.\n\nThe £5 card was a dud, but the winning £10 card paid out.",
        "The £100 ticket sold out.\n\nFans snapped up the cheapest £50 ticket.",
        "Members pay the £60 fee each year.\n\nOthers pay the monthly £10 subscription.",
        # A sum of two amounts, another purpose, another moment, a noun after the amount.
        "She was fined £1,200 and ordered to pay £800 costs.\n\nThe £2,000 must be paid within"
        " 28 days.",
        "The council spent £1.3m on the park.\n\nCouncillors also approved the £1.8m it has set"
        " aside for the library.",
        "The charity raised £1.3m last year.\n\nThis year it hopes to beat the £1.8m.",
        "The club paid £1.3m for the striker in 2019.\n\nFans said the £1.8m was a club record.",
        "The club paid £1.3m for the striker.\n\nFans said the £1.8m fee was a club record.",
        "The council spent £1.3m on the park.\n\nIt will now spend another £1.8m. Critics"
        " questioned the £1.8m.",
        # The earlier sentence does not name the thing, or names what the sum is for.
        "A treasurer who stole £1.3m from a hospice was jailed.\n\nPolice said the £1.8m fraud"
        " went undetected.",
        "It received a £1.3m grant in March.\n\nThe £1.8m grant from the lottery will fund a hall.",
        "The council has a £1.3m budget for parks.\n\nThe £1.8m library opens in May.",
        # Words of an event just before the amount, or another moment.
        "The county was finally awarded a $24.6 million grant.\n\nThe $26.4 million grant would"
        " pay for the new bridge.",
        "The county was awarded a $24.6 million federal grant.\n\nThe county would receive the"
        " $26.4 million grant next year.",
        "The county originally sought a $24.6 million grant.\n\nThe $26.4 million grant would"
        " pay for the new bridge.",
    ],
)
def test_fc401_accepts_amounts_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC401") == []


# FC402: a change to a figure, from a base the article says came before it


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Halvorsen will pay $36.50 per share, a premium of 17% to Crestline's closing price"
            " of $31.20 on Wednesday.\n\nCrestline shares jumped 18% to $35.88 in early trading.",
            ["18%", "$31.20", "$35.88"],
        ),
        (
            "Shares closed at $31.20 on Wednesday.\n\nOn Thursday they jumped 18% to $35.88.",
            ["18%", "$31.20", "$35.88"],
        ),
        (
            "Households currently pay R2.14 per kilowatt-hour. Under the draft schedule, that rate"
            " will rise to R2.52 from 1 July.\n\nThe mayor defended the 12.7% rise.",
            ["12.7%", "R2.14", "R2.52"],
        ),
        (
            "Shares rose 18% to $35.88 on Thursday, from Wednesday's close of $31.20.",
            ["18%", "$35.88", "$31.20"],
        ),
        (
            "The shares fell 8% to $30.00, against a closing price of $31.20 on Wednesday.",
            ["8%", "$30.00", "$31.20"],
        ),
        (
            "Bus fares currently cost £2.00 a trip. They will go up to £2.50 in April.\n\nThe"
            " council defended this 10% increase.",
            ["10%", "£2.00", "£2.50"],
        ),
    ],
)
def test_fc402_flags_a_change_from_a_stated_base(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    assert _spans(findings, text, "FC402") == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # The change fits.
        "Shares closed at $31.20 on Wednesday.\n\nOn Thursday they jumped 15% to $35.88.",
        "The shares fell 4% to $30.00, against a closing price of $31.20 on Wednesday.",
        "Households currently pay R2.14 per kilowatt-hour. That rate will rise to R2.52 from 1"
        " July.\n\nThe mayor defended the 17.8% rise.",
        # Days apart: other moves between.
        "Shares closed at $31.20 on Monday.\n\nOn Thursday they jumped 18% to $35.88.",
        # A change of something else, another change, or two changes to a figure.
        "Households currently pay R2.14 per kilowatt-hour. That rate will rise to R2.52 from 1"
        " July.\n\nThe mayor defended the 12.7% rise in water charges.",
        "Households currently pay R2.14 per kilowatt-hour. That rate will rise to R2.52 from 1"
        " July. Water charges will go up 9%.\n\nThe mayor defended the 12.7% rise.",
        "Bus fares currently cost £2.00. They will rise to £2.50 in April. Rail fares will rise"
        " to £5.00 in May.\n\nThe 12% rise was criticised.",
        # What is paid now is the figure after a change that has happened.
        "The price is currently $4.00 a gallon, after it rose 10% to $4.00 last week.",
        # Rounding.
        "The club currently has 1,200 members. Membership is expected to rise to 1,500 next"
        " year.\n\nThe 20% rise would be a record.",
    ],
)
def test_fc402_accepts_changes_that_fit_or_are_of_something_else(
    findings: ReviewFn, text: str
) -> None:
    assert _spans(findings, text, "FC402") == []


# FC411: one journey under two names, and the length of a build


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The 470 km route runs via Aachen and Cologne, then follows the Rhine.\n\nNordLink"
            " said the 740 km run had been timed with a buffer of nearly two hours.",
            ["470 km", "740 km"],
        ),
        (
            "The route is 470 km long.\n\nThe 740 km journey takes nine hours.",
            ["470 km", "740 km"],
        ),
        (
            "Construction is expected to take 18 months, with groundbreaking planned for next"
            " spring.\n\nOnce the 14-month build is complete, a lottery will be held.",
            ["18 months", "14-month"],
        ),
        (
            "The bridge will take 18 months to build.\n\nOnce the 14-month build is finished,"
            " the old span will close.",
            ["18 months", "14-month"],
        ),
        (
            "The closure will last six weeks.\n\nDuring the eight-week closure, buses will"
            " replace trains.",
            ["six weeks", "eight-week"],
        ),
        (
            "The project is expected to take 18 months.\n\nOnce the 14-month project is"
            " complete, tenants will move in.",
            ["18 months", "14-month"],
        ),
    ],
)
def test_fc411_flags_a_journey_or_a_build_given_two_lengths(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    assert _spans(findings, text, "FC411") == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # The lengths agree.
        "The 470 km route runs via Aachen.\n\nNordLink said the 470 km run had been timed.",
        "Construction is expected to take 18 months.\n\nOnce the 18-month build is complete,"
        " tenants will move in.",
        # Another route, another operator's run.
        "The 470 km route runs via Aachen.\n\nThe 740 km route to Basel opens next year.",
        "The 470 km route runs via Aachen.\n\nIts rival's 740 km run is slower.",
        # A unit apart from its figure is compared only as a slip: races of several lengths.
        "She won the 5 km run in record time.\n\nThe 10 km run was won by Okafor.",
        # "m" may be millions.
        "The 40 m tower was built in 1900.\n\nThe 70 m tower is new.",
        # A forecast against what came of it, or another phase.
        "Construction is expected to take 18 months.\n\nThe 14-month build was completed in March.",
        "Construction of the first phase will take 14 months.\n\nThe 24-month build of the"
        " second phase will follow.",
        "The bridge took 18 months to build.\n\nThe 14-month build of the approach road will"
        " start next year.",
        "The bridge closure lasted six weeks.\n\nThe eight-week closure of the tunnel will"
        " begin in May.",
    ],
)
def test_fc411_accepts_lengths_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC411") == []
