"""Round seven: a share of a count "in Germany" (FC404), a turnout against the votes cast
and the electorate given anywhere in the article (FC404), a change of a compared pair
given in the sentence after it or beside other figures (FC402), and a margin against the
score it follows or a result "held off" (FC410)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 3, 14)
HEAD = "Weekend report\n\n"


def _rules(findings: ReviewFn, text: str, rule: str) -> list[str]:
    return [f.rule_id for f in findings(HEAD + text, rule, published=PUB)]


# --- FC404: "2,250 of the 15,000 jobs in Germany — about 12 percent" -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The plan affects 2,250 of the 15,000 jobs in Germany — about 12 percent of its"
        " domestic workforce — and will cost €190 million.",
        "The closure hits 420 of the 1,400 staff at Leeds, or 40 per cent, the union said.",
        "Some 96 of the 320 pupils in Bristol — roughly 20 percent — failed to attend.",
    ],
)
def test_fc404_flags_share_of_count_in_a_place(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC404") == ["FC404"]


@pytest.mark.parametrize(
    "text",
    [
        "The plan affects 2,250 of the 15,000 jobs in Germany — about 15 percent of its"
        " domestic workforce — and will cost €190 million.",
        "The closure hits 420 of the 1,400 staff at Leeds, or 30 per cent, the union said.",
        "Some 96 of the 320 pupils in Bristol — roughly 30 percent — failed to attend.",
        # A share of something else, not of the count.
        "The plan affects 2,250 of the 15,000 jobs in Germany, Brandt said. Orders fell 12"
        " percent.",
    ],
)
def test_fc404_leaves_consistent_share_in_a_place(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC404") == []


# --- FC404: turnout from the votes cast and the electorate ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some 48,896 ballot papers were issued to the 73,418 people on the electoral"
        " register.\n\nThe returning officer said turnout was 61.2 per cent, higher than"
        " agents had predicted.",
        "The ward has an electorate of 9,120. A total of 3,010 votes were cast.\n\nTurnout"
        " was 38 per cent.",
        "There are 52,300 registered voters in the borough, and 21,950 people voted on"
        " Thursday.\n\nThe council put the 47 per cent turnout down to the weather.",
        "In the by-election, 14,200 voters turned out. The constituency has 41,000"
        " electors, giving a turnout of about 29 percent.",
    ],
)
def test_fc404_flags_turnout_against_votes_and_electorate(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC404") == ["FC404"]


@pytest.mark.parametrize(
    "text",
    [
        # Consistent, rounded or hedged.
        "Some 48,896 ballot papers were issued to the 73,418 people on the electoral"
        " register.\n\nThe returning officer said turnout was 66.6 per cent.",
        "The ward has an electorate of 9,120. A total of 3,010 votes were cast.\n\nTurnout"
        " was 33 per cent.",
        "In the by-election, 14,200 voters turned out. The constituency has 41,000"
        " electors, giving a turnout of about 35 percent.",
        # Valid votes with rejected papers left out: within half a point.
        "Some 48,896 ballot papers were issued to the 73,418 people on the electoral"
        " register.\n\nTurnout was 66.4 per cent.",
        # Another poll's turnout, or the national figure.
        "Some 48,896 ballot papers were issued to the 73,418 people on the electoral"
        " register.\n\nNational turnout was 59.7 per cent, the lowest since 2001.",
        "Some 48,896 ballot papers were issued to the 73,418 people on the electoral"
        " register.\n\nIn 2019 turnout was 71 per cent.",
        # Two electorates: which one the turnout is of cannot be told.
        "The ward has an electorate of 9,120 and the neighbouring ward an electorate of"
        " 8,400. A total of 3,010 votes were cast.\n\nTurnout was 41 per cent.",
        # Votes for a candidate are not the votes cast.
        "The ward has an electorate of 9,120. Some 3,010 votes were cast for Labour.\n\n"
        "Turnout was 52 per cent.",
    ],
)
def test_fc404_leaves_fitting_or_other_turnout(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC404") == []


# --- FC402: a compared pair, then its change ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The festival sold 312,400 tickets across 1,184 shows in 96 venues, compared with"
        " 287,900 tickets last year. Organisers said the figure was up 11 per cent and beat"
        " the record.",
        "The port handled 8,420 ships at its 14 berths, against 7,900 ships a year earlier."
        " That was an increase of 12 per cent.",
        "The charity helped 5,600 families through 42 food banks, compared with 6,300"
        " families the year before. The number of families fell 20 per cent.",
        # In one sentence, beside other figures.
        "The festival sold 312,400 tickets across 1,184 shows in 96 venues, compared with"
        " 287,900 tickets last year, an increase of 11 per cent.",
        "Hospitals saw 41,200 patients in 12 wards, compared with 38,000 patients a year"
        " earlier, a 14 per cent rise.",
    ],
)
def test_fc402_flags_change_of_compared_pair(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC402") == ["FC402"]


@pytest.mark.parametrize(
    "text",
    [
        "The festival sold 312,400 tickets across 1,184 shows in 96 venues, compared with"
        " 287,900 tickets last year. Organisers said the figure was up 8.5 per cent.",
        "The port handled 8,420 ships at its 14 berths, against 7,900 ships a year earlier."
        " That was an increase of 6.6 per cent.",
        "The festival sold 312,400 tickets across 1,184 shows in 96 venues, compared with"
        " 287,900 tickets last year, an increase of 8.5 per cent.",
        # A change of something else, or from another base.
        "The festival sold 312,400 tickets across 1,184 shows, compared with 287,900"
        " tickets last year. Revenue was up 11 per cent.",
        "The festival sold 312,400 tickets across 1,184 shows, compared with 287,900"
        " tickets last year. The figure was up 11 per cent on 2019.",
        "The festival sold 312,400 tickets across 1,184 shows, compared with 287,900"
        " tickets last year. The number of shows rose 11 per cent.",
        # Two pairs in the sentence before: which one is meant cannot be told.
        "It sold 312,400 tickets, compared with 287,900 tickets last year, and 1,184 shows"
        " against 1,020 shows in 2023. The figure was up 11 per cent.",
        # A yearly rate is not the change between the two figures.
        "The festival sold 312,400 tickets, compared with 287,900 tickets in 2021. The"
        " figure was up 3 per cent a year.",
    ],
)
def test_fc402_leaves_fitting_or_other_change(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC402") == []


# --- FC410: a margin against the score it follows; "held off … 52-47" -------------------


@pytest.mark.parametrize(
    "text",
    [
        "The women's team had beaten Melrose 24-10, a 12-point win that keeps them top.",
        "Kelso edged Hawick 19-17 for a four-point victory in the rain.",
        "Rovers held off defending champions Aramoho Toa 52-47 in the final.\n\nAramoho's"
        " coach congratulated Rovers on a seven-goal win.",
        "City swept aside the hosts 4-0 on Saturday.\n\nThe three-goal victory lifts them"
        " to second.",
        "United pipped Ashton Town 2-1 at home.\n\nThe two-goal win lifts them off the bottom.",
    ],
)
def test_fc410_flags_margin_against_score(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC410") == ["FC410"]


@pytest.mark.parametrize(
    "text",
    [
        # Each margin fits the score it follows, whatever the other match's score.
        "The men's side beat Peebles 28-21, a seven-point win.\n\nEarlier the women's team"
        " had beaten Melrose 24-10, a 14-point win that keeps them top of the league.",
        "Kelso edged Hawick 19-17 for a two-point victory in the rain.",
        "Rovers held off defending champions Aramoho Toa 52-47 in the final.\n\nAramoho's"
        " coach congratulated Rovers on a five-goal win.",
        "City swept aside the hosts 4-0 on Saturday.\n\nThe four-goal victory lifts them"
        " to second.",
        # A partial score just before a margin is not the margin's score.
        "Kelso beat Hawick 19-17.\n\nThey led 14-7 at the break, a two-point win in the end.",
        "Kelso beat Hawick 19-17.\n\nHawick trailed 10-3 after the first set of scrums, but"
        " it finished a two-point defeat.",
        # A partial score, and a quarter won: not the result.
        "Rovers held off Aramoho 52-47.\n\nThey won the first quarter 13-11 and were 31-29"
        " up with a quarter left, a two-goal margin.",
    ],
)
def test_fc410_leaves_fitting_margins(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC410") == []


@pytest.mark.parametrize(
    "text",
    [
        # Two places compared, not two moments: the change is of something else.
        "The city recorded 1,200 burglaries in 30 districts, compared with 900 burglaries in"
        " the county. That was up 5 per cent.",
        "Leeds sold 4,100 homes across 12 sites, against 3,000 homes in Bradford, a 3 per"
        " cent increase.",
        # The change has figures of its own.
        "The festival sold 312,400 tickets across 1,184 shows, compared with 287,900"
        " tickets last year. The 96 venues were up 11 per cent.",
    ],
)
def test_fc402_leaves_pairs_of_two_places(findings: ReviewFn, text: str) -> None:
    assert _rules(findings, text, "FC402") == []
