"""Round seven, counts and measures: a restatement in a membership clause or under a
demonstrative, three-digit vote figures swapped, parts that exceed their total and a season
record against a count of games (FC407), and a reading restated with swapped digits (FC411).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 1, 9)
HEAD = "Weekend report\n\n"


def _spans(findings: ReviewFn, text: str, rule: str) -> list[list[str]]:
    return [[s.text for s in f.spans] for f in findings(HEAD + text, rule, published=PUB)]


# --- FC407: "the 84 countries that have joined the alliance" ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The alliance begins life with 148 founding members: 82 countries, the European Union"
        " and 24 agencies.\n\nOfficials said the 84 countries that have joined the alliance"
        " would meet again next spring.",
        "The pact was signed by 37 nations in Geneva.\n\nDiplomats said the 73 nations that"
        " signed the pact would report back within a month.",
        "The new council has 46 councillors, elected on Thursday.\n\nThe 64 councillors who"
        " sit on the council chose a leader.",
    ],
)
def test_fc407_flags_a_restatement_in_a_membership_clause(findings: ReviewFn, text: str) -> None:
    assert len(_spans(findings, text, "FC407")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # The same figure restated: nothing to flag.
        "The alliance begins life with 82 countries and 24 agencies.\n\nOfficials said the 82"
        " countries that have joined the alliance would meet next spring.",
        # Joined something else: another group.
        "The alliance begins life with 82 countries and 24 agencies.\n\nOfficials said the 28"
        " countries that have joined the trade bloc would meet next spring.",
        # Not a slip of each other.
        "The alliance begins life with 82 countries and 24 agencies.\n\nOfficials said the 95"
        " countries that have joined the alliance would meet next spring.",
    ],
)
def test_fc407_leaves_membership_clauses_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC407") == []


# --- FC407: three-digit vote figures swapped ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "This time Mr Merz won 325 votes, nine more than required.\n\nWith the 352 votes he"
            " received, Mr Merz can now form his cabinet.",
            ["325", "352"],
        ),
        (
            "The motion passed with 418 votes in the chamber.\n\nThe 481 votes cast for it were"
            " the most since 2010.",
            ["418", "481"],
        ),
        (
            "She took 267 votes in the final round.\n\nHer 276 votes were enough to win the seat.",
            ["267", "276"],
        ),
    ],
)
def test_fc407_flags_three_digit_vote_swaps(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    assert _spans(findings, text, "FC407") == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # Two candidates' totals, neither pointing back at the other.
        "Ms Hale won 325 votes and Mr Dunn won 352 votes in the ward.",
        "Ms Hale won 325 votes in the ward.\n\nMr Dunn took 352 votes in the next ward.",
        # Another side's votes.
        "Labour won 325 votes in the ward.\n\nThe 352 votes cast for the Greens were a record.",
        # Not a swap.
        "This time Mr Merz won 325 votes.\n\nWith the 335 votes he received, he formed a cabinet.",
        # The earlier figure given twice: meant as it is.
        "Mr Merz won 325 votes, and 325 votes was enough.\n\nThe 352 votes of the coalition"
        " were not all cast for him.",
    ],
)
def test_fc407_leaves_other_vote_figures_alone(findings: ReviewFn, text: str) -> None:
    assert [s for s in _spans(findings, text, "FC407") if "352" in s or "335" in s] == []


# --- FC407: "each of those 44 close passes" after "49 flybys" ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Once there, the probe will make 49 flybys of Europa over four years.\n\n"With each of'
        ' those 44 close passes, we will learn something new," she said.',
        "The army sent 38 soldiers to the border town.\n\nThose 36 troops were told to stay"
        " until the spring.",
        "The navy escorted 57 ships through the strait.\n\nOfficials said each of those 51"
        " vessels had reached port safely.",
    ],
)
def test_fc407_flags_a_demonstrative_under_another_name(findings: ReviewFn, text: str) -> None:
    assert len(_spans(findings, text, "FC407")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # The same figure.
        "The probe will make 49 flybys of Europa.\n\nWith each of those 49 close passes, it"
        " will learn more.",
        # No demonstrative: a plain count of another thing.
        "The probe will make 49 flybys of Europa.\n\nIt will make 44 passes of Ganymede.",
        # A change: "once" as "formerly".
        "Once the biggest fleet, the company ran 57 ships.\n\nThose 51 vessels were sold last"
        " year.",
        # Two earlier counts it could point back at.
        "The probe will make 49 flybys of Europa and 47 flybys of Ganymede.\n\nEach of those 44"
        " passes is planned.",
    ],
)
def test_fc407_leaves_demonstratives_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC407") == []


# --- FC407: parts that add up to more than their total -----------------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The judge ordered her to serve four years on one count of theft and two years on"
            " one count of tampering, to be served consecutively, for a total of five years.",
            ["two years", "five years"],
        ),
        (
            "Okafor scored 14 goals and Hollis added 9 goals, a combined 21 goals for the"
            " strike pair.",
            ["9 goals", "21 goals"],
        ),
        (
            "He spent six months in Lagos and eight months in Accra, 12 months in all.",
            ["eight months", "12 months"],
        ),
    ],
)
def test_fc407_flags_parts_over_their_total(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    assert _spans(findings, text, "FC407") == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # Consistent.
        "The judge ordered four years on one count and two years on another, to be served"
        " consecutively, for a total of six years.",
        # Concurrent sentences overlap.
        "The judge ordered four years on one count and two years on another, to be served"
        " concurrently, for a total of four years.",
        # A total larger than the parts: other parts may be left out.
        "He spent three years at Ford and two years at GM before a total of 11 years at Tesla.",
        # A suspended part shrinks the whole.
        "She was given four years and two years, with one year suspended, for a total of five"
        " years.",
        # Parts of another unit.
        "He served four years in the army and two months in jail, a total of five years away.",
        # An age is no part.
        "The 54-year-old was given two years and three years, for a total of five years.",
    ],
)
def test_fc407_leaves_consistent_totals_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC407") == []


# --- FC407: a season record and a count of games -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The Stars finished 26-5 and won their last 12 games.\n\nSobotka started all 30 of"
            " the team's games behind the plate.",
            ["26-5", "30"],
        ),
        (
            "The Hawks went 18-4-2 this season.\n\nMoore played in all 26 games.",
            ["18-4-2", "26"],
        ),
        (
            "The Lions, who finished the season 11-7, lost in the semi-final.\n\nThe goalkeeper"
            " started every one of its 17 games.",
            ["11-7", "17"],
        ),
    ],
)
def test_fc407_flags_a_record_against_games(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    assert _spans(findings, text, "FC407") == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # Consistent.
        "The Stars finished 26-5.\n\nSobotka started all 31 of the team's games.",
        # A part of the season.
        "The Stars finished 26-5.\n\nSobotka started all 20 conference games.",
        # A record of a part of the season.
        "The Stars went 8-2 in league play.\n\nSobotka started all 31 games.",
        # Games of a part of the season, named after the noun.
        "The Stars finished 26-5.\n\nSobotka started all 29 games at home.",
        # A score, not a record.
        "The Stars finished with a 26-5 win.\n\nSobotka started all 30 games.",
        # A pitcher's record, far from any count of games; a score is no record.
        "Rempe finished 10-1 and the Stars beat Norris 7-4.\n\nSobotka started all 31 games.",
        # One of two teams' records adds up.
        "The Stars finished 26-5 and the Titans finished 23-9.\n\nBoth played all 32 games"
        " on their schedules.",
    ],
)
def test_fc407_leaves_records_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC407") == []


# --- FC411: a reading restated with swapped digits ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The weather service in Duluth measured 14.2 inches at the airport.\n\nThe 12.4"
            " inches recorded in Duluth this week was the city's biggest storm, she said.",
            ["14.2 inches", "12.4 inches"],
        ),
        (
            "Gauges at Kew took 37.5 mm of rain on Sunday.\n\nThe 35.7 mm that fell at Kew"
            " flooded two roads.",
            ["37.5 mm", "35.7 mm"],
        ),
        (
            "The crew drilled down 284 metres before stopping.\n\nThose 248 metres of rock held"
            " no water.",
            ["284 metres", "248 metres"],
        ),
    ],
)
def test_fc411_flags_a_swapped_reading(findings: ReviewFn, text: str, spans: list[str]) -> None:
    assert _spans(findings, text, "FC411") == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # Consistent.
        "Duluth measured 14.2 inches at the airport.\n\nThe 14.2 inches recorded in Duluth"
        " was a record for March.",
        # Another place's reading.
        "Duluth measured 14.2 inches at the airport.\n\nThe 12.4 inches recorded in Cloquet"
        " closed the schools.",
        # A season's total against a storm's.
        "The storm pushed seasonal snowfall to 71.3 inches.\n\nThe 17.3 inches recorded this"
        " week closed the schools.",
        # Not definite: a second reading.
        "Duluth measured 14.2 inches at the airport.\n\nTwo Harbors reported 12.4 inches.",
        # Not a swap of side-by-side digits.
        "Duluth measured 14.2 inches at the airport.\n\nThe 14.8 inches recorded in Duluth"
        " closed the schools.",
    ],
)
def test_fc411_leaves_other_readings_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC411") == []
