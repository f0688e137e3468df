"""Round ten, votes and scores: an Australian football margin against the final score
(FC410), a participation count against the tally (FC403), one vote's tally told again as
"the N-M vote" (FC403), a majority against the story's vote where others are told as
before it (FC408), and a party's seats told in a sentence that carries on the unit (FC407)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 5, 18)
HEAD = "Local news\n\n"


def _first(findings: ReviewFn, text: str, rule: str) -> list[str]:
    return [f.spans[0].text for f in findings(HEAD + text, rule, published=PUB)]


# --- FC410: Australian football, "14.9 (93)" -------------------------------------------

_TABLE = "\n\nGeelong 3.2 7.4 10.7 14.9 (93)\nSydney 4.1 6.5 9.9 11.12 (78)\n"


@pytest.mark.parametrize(
    ("text", "margin"),
    [
        (
            "Geelong 14.9 (93) d Sydney 11.12 (78)\n\nGeelong held on at Kardinia Park."
            "\n\nThe 21-point win lifts the Cats to third.",
            "21-point win",
        ),
        (
            "The Cats led 7.4 (46) to 6.5 (41) at half-time and pulled away late.\n\nThe"
            " Swans went down by 12 points, their third loss in a row." + _TABLE,
            "went down by 12 points",
        ),
        (
            "Geelong beat Sydney 14.9 (93) to 11.12 (78) on Saturday night.\n\nCoach Chris"
            " Scott said the 18-point victory was the team's best of the year.",
            "18-point victory",
        ),
        (
            "Geelong's winning margin of 20 points was built on accurate kicking." + _TABLE,
            "winning margin of 20 points",
        ),
    ],
)
def test_fc410_afl_margin_flagged(findings: ReviewFn, text: str, margin: str) -> None:
    assert _first(findings, text, "FC410") == [margin]


@pytest.mark.parametrize(
    "text",
    [
        # The margin fits the final score.
        "Geelong 14.9 (93) d Sydney 11.12 (78)\n\nThe 15-point win lifts the Cats to third.",
        "The Cats beat the Swans by 15 points at Kardinia Park." + _TABLE,
        # A lead part-way through, not the final margin.
        "Geelong 14.9 (93) d Sydney 11.12 (78)\n\nThe Cats carried a four-point lead into"
        " the final change, 10.7 (67) to 9.9 (63), and led by 21 points with five minutes"
        " left.",
        "Geelong 14.9 (93) d Sydney 11.12 (78)\n\nThey were ahead by 30 points at"
        " three-quarter time before the Swans rallied.",
        # Another match's margin.
        "Geelong 14.9 (93) d Sydney 11.12 (78)\n\nLast season the Cats won by 40 points"
        " at the same ground.",
        # Two matches: no one final score.
        "Geelong 14.9 (93) d Sydney 11.12 (78)\n\nCollingwood 12.10 (82) d Carlton 9.8 (62)"
        "\n\nThe 20-point win kept the Magpies in touch.",
    ],
)
def test_fc410_afl_margin_not_flagged(findings: ReviewFn, text: str) -> None:
    assert _first(findings, text, "FC410") == []


def test_fc410_afl_score_sum(findings: ReviewFn) -> None:
    text = "Geelong 14.9 (94) d Sydney 11.12 (78)\n\nThe Cats led 7.4 (46) to 6.5 (41)."
    assert _first(findings, text, "FC410") == ["14.9 (94)"]


# --- FC403: those who took part against the tally -------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The Bill was passed by 134 votes to 66.\n\nThe division, in which 208 members"
            " took part, was the first of the session.",
            "208",
        ),
        (
            "Councillors approved the plan by 27 votes to 14.\n\nIn all, 45 councillors took"
            " part in the vote, officials said.",
            "45",
        ),
        (
            "The motion was carried by 310 votes to 250.\n\nA total of 572 MPs voted, the"
            " Speaker's office said.",
            "572",
        ),
    ],
)
def test_fc403_took_part_flagged(findings: ReviewFn, text: str, count: str) -> None:
    assert _first(findings, text, "FC403") == [count]


@pytest.mark.parametrize(
    "text",
    [
        "The Bill was passed by 134 votes to 66.\n\nThe division, in which 200 members took"
        " part, was the first of the session.",
        # Abstentions stated: they took part too.
        "Councillors approved the plan by 27 votes to 14, with three abstentions.\n\nIn all,"
        " 44 councillors took part in the vote.",
        # The debate, not the vote.
        "The Bill was passed by 134 votes to 66.\n\nSome 40 members took part in the debate"
        " over four hours.",
        # A part of the body.
        "The Bill was passed by 134 votes to 66.\n\nThe vote, in which 12 Opposition members"
        " took part, was tense.",
        # Another vote.
        "The Bill was passed by 134 votes to 66.\n\nIn the committee vote, in which 21"
        " members took part, it passed easily.",
        # A hedged count that fits.
        "The Bill was passed by 134 votes to 66.\n\nThe division, in which about 200 members"
        " took part, was the first of the session.",
    ],
)
def test_fc403_took_part_not_flagged(findings: ReviewFn, text: str) -> None:
    assert _first(findings, text, "FC403") == []


# --- FC403: "the 52-46 vote" … "the 52-48 vote" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        (
            "The 52-46 vote largely followed party lines.\n\nAfter the 52-48 vote, several"
            " Republicans said they would push for more.",
            "52-48",
        ),
        (
            "The board's 7-2 vote surprised parents.\n\nCritics of the 7-3 vote said they"
            " would appeal.",
            "7-3",
        ),
        (
            "The 218-206 vote sent the bill to the Senate.\n\nDemocrats said the 216-206 vote"
            " showed the majority's weakness.",
            "216-206",
        ),
    ],
)
def test_fc403_restated_named_tally_flagged(findings: ReviewFn, text: str, tally: str) -> None:
    assert _first(findings, text, "FC403") == [tally]


@pytest.mark.parametrize(
    "text",
    [
        "The 52-46 vote largely followed party lines.\n\nAfter the 52-46 vote, several"
        " Republicans said they would push for more.",
        # A step of the vote.
        "The 52-46 vote to begin debate came on Monday.\n\nThe 52-48 vote on final passage"
        " followed.",
        # Another sitting, another body.
        "The 5-4 vote came last week.\n\nOn Tuesday the 5-3 vote in committee sent it back.",
        # A score is no vote.
        "The 3-1 win lifted them to third.\n\nThe 3-2 defeat a week later hurt.",
    ],
)
def test_fc403_restated_named_tally_not_flagged(findings: ReviewFn, text: str) -> None:
    assert _first(findings, text, "FC403") == []


# --- FC408: a majority against the story's vote ----------------------------------------


@pytest.mark.parametrize(
    ("text", "margin"),
    [
        (
            "Councillors voted by 27 to 14 to press ahead.\n\nThe decision came a fortnight"
            " after the same council approved its budget by 30 votes to 12.\n\nCllr Haines"
            ' said: "A majority of 15 on a scheme this size is not a ringing endorsement."',
            "15",
        ),
        (
            "The board approved the merger by 9 votes to 4.\n\nIt had earlier approved the"
            " budget by 11 votes to 2.\n\nThe margin of six votes was narrower than hoped.",
            "six",
        ),
        (
            "The assembly passed the law by 120 votes to 80.\n\nLast year the assembly"
            " rejected a similar bill by 90 votes to 110.\n\nSupporters hailed the"
            " 30-vote majority.",
            "30",
        ),
    ],
)
def test_fc408_story_vote_flagged(findings: ReviewFn, text: str, margin: str) -> None:
    assert _first(findings, text, "FC408") == [margin]


@pytest.mark.parametrize(
    "text",
    [
        "Councillors voted by 27 to 14 to press ahead.\n\nThe decision came a fortnight after"
        " the same council approved its budget by 30 votes to 12.\n\nThe majority of 13 was"
        " narrower than the leadership hoped.",
        # It fits the earlier vote: that one may be meant.
        "Councillors voted by 27 to 14 to press ahead.\n\nThe decision came a fortnight after"
        " the same council approved its budget by 30 votes to 12.\n\nThe majority of 18 was"
        " a high point for the leader.",
        # Two votes, neither told as before the other.
        "Councillors voted by 27 to 14 to press ahead.\n\nThey also approved the parking plan"
        " by 30 votes to 12.\n\nThe majority of 15 surprised observers.",
    ],
)
def test_fc408_story_vote_not_flagged(findings: ReviewFn, text: str) -> None:
    assert _first(findings, text, "FC408") == []


# --- FC407: the seats of a sentence that carries on the unit --------------------------


@pytest.mark.parametrize(
    ("text", "seats"),
    [
        (
            "With all ridings counted, the Liberals hold 169 of the 343 seats. The"
            " Conservatives won 144, the Bloc Québécois 22 and the NDP seven.\n\nPoilievre"
            ' said the Conservatives\' 147 seats represented "a huge gain".',
            "144",
        ),
        (
            "Labour won 412 seats in the general election. The Conservatives took 121 and the"
            " Liberal Democrats 72.\n\nThe Liberal Democrats' 71 seats were their best result.",
            "72",
        ),
        (
            "The SNP won 64 seats in the Holyrood election. Labour won 17, the Conservatives"
            " 24.\n\nLabour's 18 seats left it a distant third.",
            "17",
        ),
    ],
)
def test_fc407_carried_unit_flagged(findings: ReviewFn, text: str, seats: str) -> None:
    assert _first(findings, text, "FC407") == [seats]


@pytest.mark.parametrize(
    "text",
    [
        "With all ridings counted, the Liberals hold 169 of the 343 seats. The Conservatives"
        " won 144, the Bloc Québécois 22 and the NDP seven.\n\nThe Conservatives' 144 seats"
        " were their most since 1988.",
        # A new paragraph does not carry the unit.
        "Labour won 412 seats in the general election.\n\nThe Conservatives took 121 and the"
        " Liberal Democrats 72 in the council by-elections.\n\nThe Liberal Democrats' 71"
        " seats were their best result.",
        # Votes, not seats, in the next sentence.
        "Labour won 412 seats. The Conservatives won 121, their worst result.\n\nThe"
        " Conservatives won 121 seats and 6.8 million votes.",
        # With half the ridings counted: a partial figure.
        "With half the ridings counted, the Liberals hold 99 seats. The Conservatives have"
        " 80.\n\nThe Conservatives' 144 seats were confirmed on Tuesday.",
    ],
)
def test_fc407_carried_unit_not_flagged(findings: ReviewFn, text: str) -> None:
    assert _first(findings, text, "FC407") == []
