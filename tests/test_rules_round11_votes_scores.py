"""Round eleven: a match report's other results (an earlier fixture, a curtain-raiser) do not
hide the story's score from its margin; a count of those who voted or of the ballots cast
needs no sides of the tally; an unsided tally is still a vote a count may be about; a
runner-up's total told after the winner's ("against 14,938 for …"); a clause about the
winner does not make the majority another count's."""

from __future__ import annotations

import pytest

from tests.conftest import ReviewFn

HEAD = "Match report\n\n"
VOTE = "Vote report\n\n"

# --- FC410: the story's result, where others are told as other matches' ----------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Kingsmoor beat Ashcombe 3-1 on Saturday.\n\nThe visitors were poor.\n\n"
            "Saturday's three-goal margin was their biggest win since they beat Millbrook 4-0"
            " in October.",
            True,
        ),
        (
            "Coledale won the grand final, beating Dapto 26-18 at Parkside Oval.\n\n"
            "The coach said the 10-point win was deserved.\n\n"
            "In the earlier reserve-grade final, Dapto beat Thirlmere 22-20.",
            True,
        ),
        (
            "Harriers beat Oldfield 2-1 at home on Tuesday night.\n\n"
            "Elsewhere, Leeford thrashed Marston 5-0.\n\n"
            "The three-goal victory lifts Harriers to fifth.",
            True,
        ),
        (
            "Rovers drew with Ashby and then beat Calder 4-1 last season.\n\n"
            "United beat Calder 2-0 on Saturday.\n\nThe four-goal win was their best.",
            True,
        ),
        # Consistent: the margin fits the story's result.
        (
            "Kingsmoor beat Ashcombe 3-1 on Saturday.\n\n"
            "Saturday's two-goal margin was their biggest win since they beat Millbrook 4-0"
            " in October.",
            False,
        ),
        (
            "Coledale won the grand final, beating Dapto 26-18 at Parkside Oval.\n\n"
            "The coach said the eight-point win was deserved.\n\n"
            "In the earlier reserve-grade final, Dapto beat Thirlmere 22-20.",
            False,
        ),
        # Two results neither told as another match's: which one is meant is not known.
        (
            "Harriers beat Oldfield 2-1 on Tuesday and Leeford beat Marston 5-0 on Wednesday."
            "\n\nThe three-goal victory was the week's biggest.",
            False,
        ),
        # The margin is the other match's, told in its clause.
        (
            "Harriers beat Oldfield 2-1 on Tuesday.\n\n"
            "Last season they had won the same fixture by three goals.",
            False,
        ),
        # A margin that fits another match's result may be that match's.
        (
            "Harriers beat Oldfield 2-1 on Tuesday.\n\n"
            "Last season they beat Oldfield 4-1.\n\nThe three-goal win still rankles.",
            False,
        ),
        # "Since" in an earlier clause tells of the manager, not of another match.
        (
            "Since taking over in March, Pryce has rebuilt the side, and on Saturday they beat"
            " Calder 3-0.\n\nIn the reverse fixture Calder beat them 2-1.\n\n"
            "The three-goal win was their biggest of the season.",
            False,
        ),
    ],
)
def test_fc410_other_matches_do_not_hide_the_result(
    findings: ReviewFn, text: str, bad: bool
) -> None:
    assert bool(findings(HEAD + text, "FC410")) is bad


# --- FC403: how many voted, needing no sides --------------------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "The bill cleared the lower house by 241 votes to 213.\n\n"
            "A total of 458 lawmakers voted, according to the chamber.",
            True,
        ),
        (
            "The assembly voted 61-38 on the measure on Thursday.\n\n"
            "The division, in which 102 members took part, lasted an hour.",
            True,
        ),
        (
            "The senate voted 52-46 on the nomination.\n\n"
            "A total of 100 senators voted, the clerk said.",
            True,
        ),
        (
            "The bill cleared the lower house by 241 votes to 213.\n\n"
            "A total of 454 lawmakers voted, according to the chamber.",
            False,
        ),
        (
            "The assembly voted 61-38 on the measure on Thursday.\n\n"
            "The division, in which 99 members took part, lasted an hour.",
            False,
        ),
        # Another vote's figures.
        (
            "The senate voted 52-46 on the nomination.\n\n"
            "In an earlier procedural vote, a total of 100 senators voted.",
            False,
        ),
    ],
)
def test_fc403_took_part_needs_no_sides(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(VOTE + text, "FC403")) is bad


# --- FC403: ballots or votes cast ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Voters approved the levy on Tuesday by 8,412 votes to 7,581.\n\n"
            "Of the 16,993 ballots cast on the issue, most came from the north.",
            True,
        ),
        # Fewer cast than were counted for and against.
        (
            "The referendum passed by 12,840 votes to 11,205.\n\n"
            "In all, 22,045 votes were cast, officials said.",
            True,
        ),
        (
            "Residents backed the plan by 1,842 votes to 611.\n\n"
            "A total of 2,253 valid votes were cast.",
            True,
        ),
        (
            "Voters approved the levy on Tuesday by 8,412 votes to 7,581.\n\n"
            "Of the 15,993 ballots cast on the issue, most came from the north.",
            False,
        ),
        # Blank ballots: more cast than were for or against, not a slip of one digit.
        (
            "Voters approved the levy on Tuesday by 8,412 votes to 7,581.\n\n"
            "Of the 16,240 ballots cast, some left the question blank.",
            False,
        ),
        # A part of the ballots.
        (
            "Voters approved the levy on Tuesday by 8,412 votes to 7,581.\n\n"
            "Of the 6,993 ballots cast in the northern precincts, most backed it.",
            False,
        ),
        (
            "Voters approved the levy on Tuesday by 8,412 votes to 7,581.\n\n"
            "Of the 5,993 absentee ballots cast, most backed it.",
            False,
        ),
        (
            "Residents backed the plan by 1,842 votes to 611.\n\n"
            "A total of 2,453 votes were cast, including 20 spoilt papers.",
            False,
        ),
    ],
)
def test_fc403_ballots_cast_against_the_tally(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(VOTE + text, "FC403")) is bad


# --- FC403: an unsided tally is a vote too ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "The county board voted 5-2 on Tuesday to delay the sale.\n\n"
            "Voters approved the bond in 2024 by 6,102 votes to 5,377.\n\n"
            "Commissioner Dale Verhoeven, one of the two no votes, disagreed.",
            False,
        ),
        (
            "The council voted 9-4 to adopt the plan.\n\n"
            "Residents had rejected a similar plan by 3,120 votes to 3,455.\n\n"
            "The four councillors who voted against it said so.",
            False,
        ),
        (
            "The senate voted 51-49 on the bill.\n\n"
            "The house passed it 218 votes to 214.\n\n"
            "The 49 senators who voted no were all Democrats.",
            False,
        ),
        # One vote, its sides read: a count that disagrees is still flagged.
        (
            "The council passed the plan 9-4.\n\n"
            "The five councillors who voted against it said so.",
            True,
        ),
        (
            "The senate passed the bill 52-48.\n\nThe 50 senators who voted yes celebrated.",
            True,
        ),
        (
            "Members rejected the motion by 12 votes to 30.\n\n"
            "The 14 members who voted for it walked out.",
            True,
        ),
    ],
)
def test_fc403_unsided_tally_is_a_vote(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(VOTE + text, "FC403")) is bad


# --- FC408: the runner-up told after the winner; a clause about the winner ---------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Siobhan Gallagher, a former headteacher, won 18,250 votes against 14,938 for the"
            " Conservative candidate, Mark Ellery.\n\nGallagher won by a majority of 4,312.",
            True,
        ),
        (
            "Priya Sandhu won 2,412 votes, ahead of Conservative Tom Reade on 2,087.\n\n"
            "Her majority of 425 votes was the largest in years.",
            True,
        ),
        (
            "Jones won with 1,482 votes, against Smith's 1,209.\n\n"
            "Jones, who grew up in the town and ran a bakery for 20 years, won by a majority"
            " of 373.",
            True,
        ),
        (
            "Siobhan Gallagher, a former headteacher, won 18,250 votes against 14,938 for the"
            " Conservative candidate, Mark Ellery.\n\nGallagher won by a majority of 3,312.",
            False,
        ),
        (
            "Priya Sandhu won 2,412 votes, ahead of Conservative Tom Reade on 2,087.\n\n"
            "Her majority of 325 votes was the largest in years.",
            False,
        ),
        (
            "Jones won with 1,482 votes, against Smith's 1,209.\n\n"
            "Jones, who grew up in the town and ran a bakery for 20 years, won by a majority"
            " of 273.",
            False,
        ),
        # Another contest's majority.
        (
            "Siobhan Gallagher, a former headteacher, won 18,250 votes against 14,938 for the"
            " Conservative candidate, Mark Ellery.\n\n"
            "In 2019 the Conservatives held the seat with a majority of 9,874.",
            False,
        ),
        # The margin is told in the clause about the person: another contest's.
        (
            "Jones won with 1,482 votes, against Smith's 1,209.\n\n"
            "Smith, who had won by a majority of 95 four years ago, conceded.",
            False,
        ),
    ],
)
def test_fc408_runner_up_after_the_winner(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(VOTE + text, "FC408")) is bad
