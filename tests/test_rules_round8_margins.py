"""Round eight, margins: a winning margin in goals or points against the score (FC410), a
championship lead against the two points totals (FC410), a record lowered by the difference
of two stated times (FC410), the total of valid votes and the majority against a result laid
out one candidate a line (FC403, FC408), and a count told with both sides of its own vote
(FC403)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 5, 18)
HEAD = "Local news\n\n"


def _spans(findings: ReviewFn, text: str, rule: str) -> list[list[str]]:
    return [[s.text for s in f.spans] for f in findings(HEAD + text, rule, published=PUB)]


def _first(findings: ReviewFn, text: str, rule: str) -> list[str]:
    return [f.spans[0].text for f in findings(HEAD + text, rule, published=PUB)]


# --- FC410: a margin in goals or points against the match's one score ---


@pytest.mark.parametrize(
    ("text", "margin"),
    [
        (
            "Harbourside beat Kingsmere Rovers 3-1 in the final on Saturday.\n\nThe three-goal"
            " winning margin was the widest in a final since 2017.",
            "three-goal winning margin",
        ),
        (
            "Riverside defeated Castlegate 24-17 at the Arms Park.\n\nThe 10-point winning margin"
            " flattered the hosts, said their coach.",
            "10-point winning margin",
        ),
        (
            "The Lions beat the Tigers 31-28 on Sunday.\n\nTheir winning margin of five points"
            " owed much to a late penalty.",
            "winning margin of five points",
        ),
        (
            "Ashdale won 2-0 against Brook Street in the county final.\n\nThe margin of victory"
            " was three goals, the club's biggest in a final.",
            "margin of victory was three goals",
        ),
    ],
)
def test_fc410_winning_margin_flags(findings: ReviewFn, text: str, margin: str) -> None:
    assert _first(findings, text, "FC410") == [margin]


@pytest.mark.parametrize(
    "text",
    [
        "Harbourside beat Kingsmere Rovers 3-1 in the final on Saturday.\n\nThe two-goal winning"
        " margin was the widest in a final since 2017.",
        "Riverside defeated Castlegate 24-17 at the Arms Park.\n\nThe seven-point winning margin"
        " flattered the hosts.",
        "The Lions beat the Tigers 31-28 on Sunday.\n\nLast season's winning margin of nine"
        " points was far more comfortable.",
        "The Lions beat the Tigers 31-28 on Sunday.\n\nThe Tigers had won by 12 points when the"
        " teams met in January.",
        "Ashdale won 2-0 against Brook Street in the county final.\n\nThe margin of victory was"
        " two goals, the club's biggest in a final since 2019.",
    ],
)
def test_fc410_winning_margin_passes(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC410") == []


# --- FC410: a championship lead against the leader's and the runner-up's totals ---


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "The result lifts Laaksonen to 212 points, with Hughes on 197.\n\nHis team"
            ' principal said the title was "far from over" despite the 18-point cushion.',
            "18-point cushion",
        ),
        (
            "Vogt has 140 points to Mori's 128 after six rounds.\n\nVogt now leads the standings"
            " by 14 points with three races left.",
            "leads the standings by 14 points",
        ),
        (
            "Ashworth City are top on 84 points, with Bexley on 81.\n\nA five-point lead with"
            " four games left makes Ashworth favourites.",
            "five-point lead",
        ),
        (
            "The win takes Serrano to 96 points and Keller to 90 after the race.\n\nSerrano is"
            " now nine points clear at the top.",
            "nine points clear",
        ),
    ],
)
def test_fc410_points_lead_flags(findings: ReviewFn, text: str, lead: str) -> None:
    assert _first(findings, text, "FC410") == [lead]


@pytest.mark.parametrize(
    "text",
    [
        "The result lifts Laaksonen to 212 points, with Hughes on 197.\n\nHis team principal"
        " said the title was far from over despite the 15-point cushion.",
        "The result lifts Laaksonen to 212 points, with Hughes on 197. Laaksonen had arrived"
        " with an eight-point advantage.",
        "The result lifts Laaksonen to 212 points, with Hughes on 197.\n\nMori, fourth, now has"
        " a 20-point lead over Vogt in the fight for third.",
        "Smith scored 31 points and Jones added 24.\n\nThe Mariners held a seven-point lead at"
        " half-time.",
        "Vogt has 140 points to Mori's 128. In the teams' standings, Apex have 260 points to"
        " Zenith's 231.\n\nVogt leads by 10 points.",
        "Ashworth City are top on 84 points, with Bexley on 81.\n\nThey had a 10-point lead"
        " going into March.",
    ],
)
def test_fc410_points_lead_passes(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC410") == []


# --- FC410: a record lowered by the difference of the old record and the new time ---


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "Alemu won in 2 hours 4 minutes and 12 seconds. The previous course record of"
            " 2:05:03 had stood since 2019.\n\nHis time lowered the course record by 41 seconds.",
            "lowered the course record by 41 seconds",
        ),
        (
            "Okafor won the 1500m in 3:31.20, taking 1.3 seconds off the old meeting record of"
            " 3:32.40.",
            "taking 1.3 seconds off the old meeting record",
        ),
        (
            "Kiprono crossed the line in 2:19:48. The previous course record, 2:21:10, was set"
            " in 2016.\n\nShe broke the course record by 1 minute 12 seconds.",
            "broke the course record by 1 minute 12 seconds",
        ),
    ],
)
def test_fc410_record_gap_flags(findings: ReviewFn, text: str, cut: str) -> None:
    assert _first(findings, text, "FC410") == [cut]


@pytest.mark.parametrize(
    "text",
    [
        "Alemu won in 2 hours 4 minutes and 12 seconds. The previous course record of 2:05:03"
        " had stood since 2019.\n\nHis time lowered the course record by 51 seconds.",
        "Okafor won the 1500m in 3:31.20, taking 1.2 seconds off the old meeting record of"
        " 3:32.40.",
        "Kiprono crossed the line in 2:19:48, with Haile second in 2:20:10. The previous"
        " course record of 2:20:52 fell to both.\n\nHaile had also lowered the course record"
        " by 42 seconds.",
        "Alemu won the men's race in 2:04:12 and Kiprono the women's in 2:19:48. The previous"
        " men's record was 2:05:03 and the old women's record was 2:20:30.\n\nAlemu lowered"
        " the course record by 41 seconds.",
        "Alemu won in 2:04:12. The previous course record of 2:05:03 had stood since"
        " 2019.\n\nHe lowered the course record by about 50 seconds.",
    ],
)
def test_fc410_record_gap_passes(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC410") == []


# --- FC403 and FC408: a result laid out one candidate a line ---

_TABLE = (
    "The full result was:\n\nGareth Lindley (Reform UK) 1,412\nPriya Sandhu (Labour) 1,187\n"
    "Martin Oakes (Conservative) 604\nHarriet Lowe (Green) 311\n\n"
)
_BULLETS = (
    "The result:\n\n- Ann Carver, Labour: 2,040 votes\n- Tom Ellis, Conservative: 1,655 votes\n"
    "- Rita Moss, Green: 402 votes\n\n"
)


@pytest.mark.parametrize(
    ("rule", "text", "first"),
    [
        ("FC403", _TABLE + "A total of 3,541 valid votes were cast.", "3,541"),
        ("FC403", _BULLETS + "Total valid votes: 4,197. Turnout was 31 per cent.", "4,197"),
        (
            "FC403",
            _TABLE + "In all 3,560 votes were cast, and 12 ballot papers were rejected.",
            "3,560",
        ),
        (
            "FC408",
            _TABLE + "Turnout was 29.8%, with 3,514 votes cast. Mr Lindley won by a majority of"
            " 252 over Labour.",
            "252",
        ),
        (
            "FC408",
            _BULLETS + "Ms Carver won by a majority of 358 votes, the narrowest in the ward"
            " since 2004.",
            "358",
        ),
    ],
)
def test_result_table_flags(findings: ReviewFn, rule: str, text: str, first: str) -> None:
    assert _first(findings, text, rule) == [first]


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("FC403", _TABLE + "A total of 3,514 valid votes were cast."),
        ("FC403", _TABLE + "In all 3,526 votes were cast, and 12 ballot papers were rejected."),
        ("FC403", _BULLETS + "Total valid votes: 4,097. Turnout was 31 per cent."),
        (
            "FC403",
            _TABLE + "In the neighbouring ward:\n\nAlan Reed (Labour) 1,020\nJoy Pike (Green)"
            " 990\nBen Hale (Reform UK) 300\n\nA total of 3,600 valid votes were cast.",
        ),
        (
            "FC408",
            _TABLE + "Turnout was 29.8%, with 3,514 votes cast. Mr Lindley won by a majority of"
            " 225 over Labour.",
        ),
        ("FC408", _TABLE + "Labour had held the seat with a majority of 1,022 in 2022."),
        ("FC408", _BULLETS + "Ms Carver won by a majority of 385 votes."),
    ],
)
def test_result_table_passes(findings: ReviewFn, rule: str, text: str) -> None:
    assert _spans(findings, text, rule) == []


# --- FC403: a count told with both sides of its own vote ---


@pytest.mark.parametrize(
    "text",
    [
        "At the meeting, 1,842 members voted for the plans and 611 against.\n\nA second,"
        " separate motion on the women's team was carried by 1,507 votes to 903.",
        "Councillors backed the budget with 31 in favour and 12 against.\n\nAnother motion,"
        " on parking charges, passed 25-18.",
        "The 14 members who voted against the plan walked out.\n\nA further motion passed"
        " 20-5 after they left.",
    ],
)
def test_fc403_own_tally_passes(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC403") == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The plan was passed by 41 votes to 29.\n\nIn all, 43 councillors voted for the"
            " plan and 29 against it.",
            ["41 votes to 29", "43"],
        ),
        (
            "The motion was carried by 1,507 votes to 903.\n\nOf those present, 1,570 members"
            " voted for it and 903 against.",
            ["1,507 votes to 903", "1,570"],
        ),
        (
            "The council passed the budget 10-3 on Monday.\n\nThe four councillors who voted"
            " against the budget said they would appeal.",
            ["10-3", "four"],
        ),
    ],
)
def test_fc403_count_still_flags(findings: ReviewFn, text: str, spans: list[str]) -> None:
    assert _spans(findings, text, "FC403") == [spans]
