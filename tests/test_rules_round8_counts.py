"""Round eight, counts (FC407): a player's tally restated under a possessive, the whole of a
possessive part, one event told twice with the same participle, a back-reference to the
dead in words ("The five victims") and the count of those taken to hospital.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 5, 26)
HEAD = "Weekend report\n\n"


def _spans(findings: ReviewFn, text: str) -> list[list[str]]:
    return [[s.text for s in f.spans] for f in findings(HEAD + text, "FC407", published=PUB)]


# --- a player's tally under a possessive ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Mariners beat Valladolid 84-79, with the guard Marcus Ellery scoring 31 points.\n\n"
        "Valladolid's coach said: \"Ellery's 29 points were too much for us.\"",
        "Rovers won 3-1. Dani Okoro, who scored 2 goals, was named man of the match.\n\n"
        "Okoro's 3 goals were the difference, the coach said.",
        "Priya Nair took 6 wickets as Surrey bowled Kent out for 180.\n\nNair's 5 wickets came"
        " in a spell of 11 overs.",
        "Hollis finished with 18 rebounds and 12 points in the win.\n\nHollis's 16 rebounds"
        " were the most by a Falcons player this year.",
    ],
)
def test_fc407_flags_a_possessive_tally(findings: ReviewFn, text: str) -> None:
    assert len(_spans(findings, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # The same tally: nothing to flag.
        "The Mariners won, with the guard Marcus Ellery scoring 31 points.\n\nThe coach said:"
        ' "Ellery\'s 31 points were too much for us."',
        # Another game's tally.
        "Marcus Ellery scored 31 points in the final.\n\nEllery's 29 points in the semi-final"
        " had set up the win.",
        # A season's average.
        "Marcus Ellery scored 31 points on Sunday.\n\nEllery's 24 points a game this season"
        " lead the league.",
        # Two players: each tally is its own.
        "Ellery scored 31 points and Jankauskas finished with 22 points.\n\nJankauskas's 22"
        " points were not enough, and Ellery's 31 points settled it.",
        # Two earlier tallies of the player's: several games.
        "Ellery scored 31 points on Friday. Two days later, Ellery scored 27 points.\n\n"
        "Ellery's 29 points average is the best on the team.",
        # Far apart: a season's total against a game's.
        "Ellery scored 31 points on Sunday.\n\nEllery's 640 points were a club record.",
    ],
)
def test_fc407_leaves_possessive_tallies_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text) == []


# --- the whole of a possessive part ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Salt Road won four prizes on Sunday night.\n\nThe film went into the ceremony"
        " with 11 nominations.\n\nThe Salt Road's haul of four of its 12 nominations was"
        " matched only by Stillwater.",
        "The union balloted its members over pay.\n\nThe union has 42 branches across the"
        " region.\n\nThe union said 30 of its 40 branches had voted to strike.",
        "Harbour FC had a record season.\n\nThe club played 38 matches in the league.\n\nThe"
        " club lost only three of its 36 matches.",
    ],
)
def test_fc407_flags_the_whole_of_a_possessive_part(findings: ReviewFn, text: str) -> None:
    assert len(_spans(findings, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # The same whole.
        "The Salt Road won four prizes.\n\nThe film went into the ceremony with 11"
        " nominations.\n\nIt turned four of its 11 nominations into wins.",
        # Another film's nominations.
        "The Salt Road won four prizes.\n\nThe Salt Road had 11 nominations.\n\nLowland won"
        " three of its 12 nominations.",
        # Another year's.
        "The Salt Road won four prizes.\n\nThe film went into the ceremony with 11"
        " nominations.\n\nLast year the studio won two of its 12 nominations.",
        # Counts of a part: "acting nominations".
        "The Salt Road won four prizes.\n\nThe film had 11 acting nominations.\n\nIt won four"
        " of its 12 nominations.",
        # Far apart: another group.
        "The union balloted its members.\n\nThe union has 42 branches in the city.\n\nThe"
        " union said 300 of its 900 branches nationwide had voted.",
    ],
)
def test_fc407_leaves_possessive_parts_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text) == []


# --- one event, the same participle ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Council assessors have so far found 238 homes inundated above floor level.\n\nThe"
        " premier visited on Monday.\n\nWith more than 320 homes inundated, the council has"
        " waived tip fees.",
        "The fire left 46 homes destroyed in the valley.\n\nResidents met on Friday.\n\nWith"
        " 64 homes destroyed, the charity opened an appeal.",
        "Officials said 1,200 people were evacuated after the dam cracked.\n\nA rest centre"
        " opened at the school.\n\nThe 900 people evacuated were told they could not go home.",
    ],
)
def test_fc407_flags_one_event_told_twice(findings: ReviewFn, text: str) -> None:
    assert len(_spans(findings, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # The same figure.
        "Assessors found 238 homes inundated.\n\nWith 238 homes inundated, the council waived"
        " fees.",
        # The count has moved on.
        "Assessors have so far found 238 homes inundated.\n\nThe latest count has risen to"
        " more than 320 homes inundated, the council said.",
        # Two places.
        "In Corrigan Flats, 238 homes inundated.\n\nIn Emerald, 320 homes inundated were"
        " counted by Monday.",
        # Two days.
        "By Saturday 238 homes were inundated.\n\nBy Monday 320 homes were inundated.",
        # A part of them.
        "Assessors found 238 homes inundated.\n\nAnother 120 homes inundated in the north"
        " were counted later.",
        # Another event.
        "Assessors found 238 homes inundated.\n\nWith 320 homes damaged, the council waived fees.",
    ],
)
def test_fc407_leaves_one_event_counts_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text) == []


# --- the dead, in words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Four people died and 11 were injured when a minibus collided with a lorry near"
        " Ashburton on Saturday.\n\nPolice named the dead on Monday.\n\nThe five victims will"
        " be remembered at a service in Plymouth on Friday.",
        "Three people were killed when a gas explosion destroyed a house outside Leeds.\n\n"
        "Firefighters searched the rubble for hours.\n\nThe four victims were all members of"
        " one family.",
        "Six people died in the fire.\n\nNeighbours said the building had no alarms.\n\nThe"
        " seven dead included two children.",
    ],
)
def test_fc407_flags_the_dead_in_words(findings: ReviewFn, text: str) -> None:
    assert len(_spans(findings, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # The same number.
        "Four people died and 11 were injured when a minibus crashed.\n\nThe four victims"
        " will be remembered on Friday.",
        # The dead of one part: the figure is given for it.
        "Four people died in Ashburton and one in Totnes.\n\nThe five victims will be"
        " remembered on Friday.",
        # A hedged total.
        "At least four people died when a minibus crashed.\n\nThe five victims will be"
        " remembered on Friday.",
        # Another moment.
        "Four people died on Saturday.\n\nThe five dead by Monday included a child.",
        # A narrowed group.
        "Four people died when the minibus crashed.\n\nThe five victims in hospital are"
        " being treated for burns.",
        # A part named by the figure elsewhere.
        "Four people were killed on Saturday, and five on Sunday.\n\nThe nine victims will be"
        " remembered on Friday.",
    ],
)
def test_fc407_leaves_the_dead_in_words_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text) == []


# --- taken to hospital ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Eleven people, including three children, were taken to hospital after the fire.\n\n"
        "All but two had been discharged by Thursday.\n\nA spokeswoman said the 13 people"
        " treated at Tallaght University Hospital had been well looked after.",
        "Twelve people were hospitalised after the crash.\n\nThe road reopened at noon.\n\nThe"
        " 21 hospitalised were all passengers on the coach.",
        "Nine people were taken to a local hospital with smoke inhalation.\n\nThe cause is not"
        " known.\n\nThe six people treated in hospital were later released.",
    ],
)
def test_fc407_flags_those_taken_to_hospital(findings: ReviewFn, text: str) -> None:
    assert len(_spans(findings, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # The same number.
        "Eleven people were taken to hospital after the fire.\n\nThe 11 people treated at"
        " Tallaght University Hospital had been well looked after.",
        # Two hospitals: the patients of one are a part.
        "Eleven people were taken to hospital, seven to Derriford Hospital and four to Exeter"
        " Hospital.\n\nThe seven people treated at Derriford Hospital are stable.",
        # Treated at the scene: another group.
        "Eleven people were taken to hospital.\n\nThe 13 people treated at the scene were"
        " released.",
        # A hedged total.
        "More than 11 people were taken to hospital.\n\nThe 13 people treated in hospital"
        " were released.",
    ],
)
def test_fc407_leaves_hospital_counts_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text) == []
