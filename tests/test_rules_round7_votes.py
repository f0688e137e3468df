"""Round seven, votes: a tally whose sides its own verb tells (FC403), a count matched with
the tally of what it says was voted on (FC403), one vote's tally told twice (FC403), a split
tally for a unanimous vote (FC403), and a majority against candidates' totals when clauses
describe a candidate or another contest (FC408)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 3, 1)
HEAD = "Local news\n\n"


def _spans(findings: ReviewFn, text: str, rule: str) -> list[list[str]]:
    return [[s.text for s in f.spans] for f in findings(HEAD + text, rule, published=PUB)]


# --- FC403: sides read from the tally's own verb where its sentence names two outcomes, and a
# count matched with the tally that names what it says was voted on ---


@pytest.mark.parametrize(
    ("rule", "text", "spans"),
    [
        (
            "FC403",
            "The budget passed by 12 votes to eight, after an amendment from the opposition "
            "was defeated.\n\nThe 11 councillors who backed the budget included the ruling "
            "group.",
            ["12 votes to eight", "11"],
        ),
        (
            "FC403",
            "The motion was rejected by 14 votes to 19 after an earlier version passed in "
            "committee.\n\nThe 16 councillors who voted against it said the scheme was "
            "unaffordable.",
            ["14 votes to 19", "16"],
        ),
        (
            "FC403",
            "Councillors approved the plan 9-5 once a bid to delay it had failed.\n\nThe six "
            "members who voted against the plan said they would appeal.",
            ["9-5", "six"],
        ),
        (
            "FC403",
            "The council passed the budget 10-3 on Monday.\n\nThe four councillors who voted "
            "against the budget later proposed an amendment, which failed by five votes to "
            "eight.",
            ["10-3", "four"],
        ),
    ],
)
def test_fc403_count_flags(findings: ReviewFn, rule: str, text: str, spans: list[str]) -> None:
    assert _spans(findings, text, rule) == [spans]


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (
            "FC403",
            "The budget passed by 12 votes to eight, after an amendment from the opposition "
            "was defeated.\n\nThe 12 councillors who backed the budget included the ruling "
            "group.",
        ),
        (
            "FC403",
            "The motion was rejected by 14 votes to 19 after an earlier version passed in "
            "committee.\n\nThe 19 councillors who voted against it said the scheme was "
            "unaffordable.",
        ),
        (
            "FC403",
            "Councillors approved the plan 9-5 once a bid to delay it had failed.\n\nThe five "
            "members who voted against the plan said they would appeal.",
        ),
        (
            "FC403",
            "The plan passed 9-5 and a rival motion failed.\n\nAll 14 councillors who voted "
            "attended the whole meeting.",
        ),
        (
            "FC403",
            "Councillors voted nine to four on Thursday to adopt the annual plan.\n\nThe four "
            "councillors who voted against the plan had earlier backed an amendment to defer "
            "roading work. The amendment failed by six votes to seven.",
        ),
        (
            "FC403",
            "The board voted 7-2 to approve the contract.\n\nThe two trustees who voted "
            "against the contract had backed a rival bid. A second motion to delay signing "
            "failed 4-5, and the four members who voted for it left early.",
        ),
        (
            "FC403",
            "The council passed the budget 10-3 on Monday.\n\nThree councillors who voted "
            "against the budget later proposed an amendment. It failed on a vote of 5-8; the "
            "five members who voted for the amendment were all from the opposition.",
        ),
    ],
)
def test_fc403_count_leaves_alone(findings: ReviewFn, rule: str, text: str) -> None:
    assert _spans(findings, text, rule) == []


# --- FC403: one vote's tally told twice with one figure changed ---


@pytest.mark.parametrize(
    ("rule", "text", "spans"),
    [
        (
            "FC403",
            "Councillors backed the plans on Tuesday by 41 votes to 29, with three "
            "abstentions.\n\nAt the end of the meeting the leader said the budget had passed "
            "by 41 votes to 27, a clearer margin than she had feared.",
            ["41 votes to 27", "41 votes to 29"],
        ),
        (
            "FC403",
            "The Senate passed the bill 52-47 after a long debate.\n\nSupporters said the "
            "52-45 vote showed the measure had broad backing.",
            ["52-45", "52-47"],
        ),
        (
            "FC403",
            "Shareholders approved the merger with 812 in favour and 190 against.\n\nThe deal, "
            "which was approved by 812 votes to 109, will close in June.",
            ["812 votes to 109", "812 in favour and 190 against"],
        ),
        (
            "FC403",
            "The motion was defeated by 18 votes to 25.\n\nOpponents said the motion's "
            "rejection by 17 votes to 25 sent a clear message.",
            ["17 votes to 25", "18 votes to 25"],
        ),
    ],
)
def test_fc403_restated_flags(findings: ReviewFn, rule: str, text: str, spans: list[str]) -> None:
    assert _spans(findings, text, rule) == [spans]


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (
            "FC403",
            "Councillors backed the plans by 41 votes to 29. The budget passed by 41 votes to "
            "29, she noted.",
        ),
        (
            "FC403",
            "The Senate voted 51-49 to begin debate on the bill. It passed the bill 51-48 on "
            "Thursday.",
        ),
        (
            "FC403",
            "The bill passed its second reading by 310 votes to 200. It passed its third "
            "reading by 310 votes to 190.",
        ),
        (
            "FC403",
            "The budget passed by 41 votes to 29. An amendment on libraries was defeated by 29 "
            "votes to 41.",
        ),
        ("FC403", "The budget passed 7-2 on Monday. The parking plan passed 7-3 on Tuesday."),
        ("FC403", "The board approved the merger 9-2. A separate motion to cut fees passed 9-1."),
        (
            "FC403",
            "The committee voted 11-3 to send the bill to the floor. The full House later "
            "passed it 220-3.",
        ),
    ],
)
def test_fc403_restated_leaves_alone(findings: ReviewFn, rule: str, text: str) -> None:
    assert _spans(findings, text, rule) == []


# --- FC403: a split tally for a vote called unanimous ---


@pytest.mark.parametrize(
    ("rule", "text", "spans"),
    [
        (
            "FC403",
            "The decision, announced after a two-day meeting, was unanimous.\n\nAnalysts said "
            "the 11-1 decision masked divisions on the committee.",
            ["11-1", "unanimous"],
        ),
        (
            "FC403",
            "The council voted unanimously, 7-2, to approve the contract.",
            ["7-2", "unanimously"],
        ),
        (
            "FC403",
            "The board unanimously approved the sale on Monday.\n\nCritics said the 8-1 vote "
            "ignored the views of residents.",
            ["8-1", "unanimously"],
        ),
    ],
)
def test_fc403_unanimous_flags(findings: ReviewFn, rule: str, text: str, spans: list[str]) -> None:
    assert _spans(findings, text, rule) == [spans]


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("FC403", "The decision was not unanimous: the 11-1 vote came after a heated debate."),
        (
            "FC403",
            "The board unanimously approved the sale on Monday.\n\nCritics said the 9-0 vote "
            "ignored the views of residents.",
        ),
        (
            "FC403",
            "Republicans unanimously opposed the bill, which passed 52-48.\n\nSupporters said "
            "the 52-48 vote was a turning point.",
        ),
        (
            "FC403",
            "The committee unanimously recommended the bill. The full Senate passed it 60-40, "
            "and the 60-40 vote was celebrated.",
        ),
        (
            "FC403",
            "The fighter won by unanimous decision on the judges' scorecards. His previous "
            "bout ended in a 2-1 split decision.",
        ),
        (
            "FC403",
            "A change to the rules would require a unanimous vote of the board. The 7-2 "
            "decision on Monday kept the old rules.",
        ),
        (
            "FC403",
            "The council unanimously approved the budget. The planning committee then voted "
            "5-2 to reject the supermarket scheme.",
        ),
    ],
)
def test_fc403_unanimous_leaves_alone(findings: ReviewFn, rule: str, text: str) -> None:
    assert _spans(findings, text, rule) == []


# --- FC408: a majority against candidates' totals told with descriptive clauses, and a
# margin's own clause ---


@pytest.mark.parametrize(
    ("rule", "text", "spans"),
    [
        (
            "FC408",
            "Ms Sefton, a former headteacher, took 17,942 votes. The Conservative candidate, "
            "Richard Ellery, who had been the MP's agent for a decade before being selected, "
            "came second with 14,305. Reform's Dean Cowper was third on 9,876.\n\nThat gives "
            "Labour a majority of 3,367 in a constituency where the Conservatives had a "
            "majority of 11,204 at the last election in 2019.",
            ["3,367", "17,942", "14,305"],
        ),
        (
            "FC408",
            "Jones, who won the seat in 2019, polled 21,400 votes. Smith, a councillor who had "
            "stood there twice before, had 19,950.\n\nJones won with a majority of 1,540, the "
            "smallest of his career.",
            ["1,540", "21,400", "19,950"],
        ),
        (
            "FC408",
            "Patel (Labour) won with 8,204 votes. Green candidate Moss, whose campaign began "
            "only last month, received 7,650.\n\nHer majority of 454, in a ward that Labour "
            "had never held, was greeted with cheers.",
            ["454", "8,204", "7,650"],
        ),
        (
            "FC408",
            "Okafor won with 12,310 votes and Brandt had 11,020.\n\nThat gave Okafor a "
            "majority of 1,190 votes, compared with a majority of 4,500 for her predecessor in "
            "2019.",
            ["1,190", "12,310", "11,020"],
        ),
    ],
)
def test_fc408_clause_flags(findings: ReviewFn, rule: str, text: str, spans: list[str]) -> None:
    assert _spans(findings, text, rule) == [spans]


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (
            "FC408",
            "Ms Sefton, a former headteacher, took 17,942 votes. The Conservative candidate, "
            "Richard Ellery, who had been the MP's agent for a decade before being selected, "
            "came second with 14,305. Reform's Dean Cowper was third on 9,876.\n\nThat gives "
            "Labour a majority of 3,637 in a constituency where the Conservatives had a "
            "majority of 11,204 at the last election in 2019.",
        ),
        (
            "FC408",
            "Jones, who won the seat in 2019, polled 21,400 votes. Smith, a councillor who had "
            "stood there twice before, had 19,950.\n\nJones won with a majority of 1,450, the "
            "smallest of his career.",
        ),
        (
            "FC408",
            "Okafor won with 12,310 votes and Brandt had 11,020.\n\nThat gave Okafor a "
            "majority of 1,290 votes, compared with a majority of 4,500 for her predecessor in "
            "2019.",
        ),
        (
            "FC408",
            "Okafor won with 12,310 votes and Brandt had 11,020.\n\nIn 2019 her predecessor "
            "won with a majority of 4,500 votes.",
        ),
        (
            "FC408",
            "Okafor won with 12,310 votes and Brandt had 11,020.\n\nHer lead of 300 votes in "
            "the Eastgate ward was decisive.",
        ),
        (
            "FC408",
            "Okafor won with 12,310 votes and Brandt had 11,020.\n\nHer predecessor had a "
            "majority of 4,500 votes in a seat where turnout is usually low.",
        ),
        (
            "FC408",
            "Okafor won with 12,310 votes and Brandt had 11,020.\n\nOkafor built a lead of 800 "
            "votes in a county where Democrats usually dominate.",
        ),
        (
            "FC408",
            "Smith, in the 2019 election, polled 9,000 votes. Jones won with 12,310 votes and "
            "Brandt had 11,020.\n\nThat gave Jones a majority of 1,290.",
        ),
    ],
)
def test_fc408_clause_leaves_alone(findings: ReviewFn, rule: str, text: str) -> None:
    assert _spans(findings, text, rule) == []
