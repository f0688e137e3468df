"""Round eight, a party's result told twice (FC407): its seats, or its votes, in one
election given two values, under its name, its short form or its acronym."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 5, 2)
HEAD = "Election results\n\n"


def _flagged(findings: ReviewFn, text: str) -> bool:
    return any("result in an election" in f.message for f in findings(HEAD + text, "FC407"))


@pytest.mark.parametrize(
    "text",
    [
        # A list after a first "N seats", then the party's acronym.
        "The Conservatives took 144 seats, the Bloc Québécois 22, the New Democrats 7 and the"
        " Greens one. Analysts were surprised.\n\nWith the NDP's nine seats no longer enough to"
        " prop up a government, the Liberals will look to the Bloc.",
        # "fell from A seats to B": B is the result; the acronym's name spelled out.
        "The Scottish National Party fell from 48 seats to 9 on a bruising night. Its leader"
        " said the party would regroup.\n\nThe SNP's 11 seats leave it as the fourth party in"
        " the Commons.",
        # "X won N seats" against "N seats for X", with the short form "Lib Dems".
        "The Liberal Democrats won 72 seats, their best result in a century. Labour won 411."
        "\n\nThe night brought 62 seats for the Lib Dems, aides said.",
        # "X, with N seats" against "X's N seats", "the Tories" for the Conservatives.
        "The Conservatives, with 121 seats, became the official opposition. Reform UK won five."
        "\n\nThe Tories' 112 seats are the fewest in the party's history.",
        # "the result gives X N seats" against "X has N seats"; the acronym is the name's initials.
        "The result gives the Christian Democratic Union 164 seats in the Bundestag. The Greens"
        " have 85 seats.\n\nThe CDU has 146 seats, and will need a partner to govern.",
        # "came second with N seats" against "whose N seats".
        "The Socialists and Democrats came second with 136 seats. Turnout rose.\n\nThe"
        " Socialists and Democrats, whose 163 seats make up a fifth of the chamber, said no.",
        # "finished with" against "X, with N seats," and a leader's possessive on the party.
        "Keir Starmer's Labour finished with 411 seats, a landslide. The Conservatives won 121."
        "\n\nLabour, with 412 seats, will have a majority of 174.",
        # Where only some seats were up, a holding still has one value.
        "After the by-election, Labour now holds 34 of the council's 60 seats, the"
        " Conservatives 17 and the Greens two. Turnout was low.\n\nThe Conservatives' 18 seats"
        " leave them well short of control of the council.",
        # "N seats went to X" against a list's figure.
        "The EPP won 188 seats, the Socialists 136 and the Greens 53. Turnout was 51 per cent."
        "\n\nIn all, 35 seats went to the Greens, who lost ground in Germany.",
        # A party's vote total told twice (a surname's is the candidate check's).
        "The Greens polled 1,204 votes, their best result in the ward. Turnout was 31 per cent."
        "\n\nThe Greens' 1,240 votes were not enough to win the seat.",
    ],
)
def test_a_partys_result_told_twice_is_flagged(findings: ReviewFn, text: str) -> None:
    assert _flagged(findings, text)


@pytest.mark.parametrize(
    "text",
    [
        # Consistent figures in every form.
        "The Conservatives took 144 seats, the Bloc Québécois 22, the New Democrats 7 and the"
        " Greens one. The night was worst for the New Democrats, who fell from 25 seats to"
        " seven.\n\nWith the NDP's seven seats no longer enough to prop up a government, the"
        " Liberals will look to the Bloc.",
        # A previous election, a from-figure and a region.
        "The Conservatives, who won 38 seats at the last election in 2021, fell to 17. Labour"
        " won 12 seats.\n\nIn 2019 Labour won 20 seats, and Labour's 12 seats now leave it"
        " third.",
        "The SNP fell from 48 seats to 9. In Scotland, the Liberal Democrats won 6 seats."
        "\n\nThe Liberal Democrats won 72 seats across Britain.",
        # A target, a threshold, a projection and a gain.
        "Labour won 140 seats, short of the 172 it needed. Polls had suggested Labour could"
        " win 190 seats.\n\nLabour's 140 seats are 32 short of a majority. It needs 32 more"
        " seats to govern alone; Labour picked up 30 seats in the north.",
        # Different parties with similar names stay apart.
        "The Liberals won 169 seats and the Liberal Democrats won 12 seats. The Democrats did"
        " not stand.\n\nThe Social Democrats won 120 seats and the Christian Democrats 208.",
        # Another body: the council and the parliament.
        "Labour won 34 seats on the council, up from 30. The party also holds the mayoralty."
        "\n\nNationally, Labour has 411 seats in Parliament after last year's election.",
        # Hedged figures that fit, and a stadium's seats in an election story.
        "The Greens won about 40 seats, officials said. Voters turned out in numbers.\n\nThe"
        " Greens' 41 seats make them kingmakers. Wembley's 90,000 seats were full on Saturday.",
        # Only some seats were up: what a party won is not what it holds.
        "Labour won 12 of the 20 seats up for election on Thursday. Turnout was 31 per cent."
        "\n\nLabour now holds 34 seats and keeps control, and Labour's 34 seats are a record.",
        # A gain, a speaker's figure, a figure before the count ended.
        'Labour won 412 seats. In the north, Labour won 37 seats from the SNP.\n\n"We won'
        ' 202 seats and we will win again," she said. With 300 seats declared, Labour had won'
        " 180 seats so far.",
        # Two countries' parties of one name.
        "Germany's Greens won 12 seats. Turnout was up.\n\nAustria's Greens won 2 seats, down"
        " from three.",
        # Ranges, ceilings and projections.
        "Labour won 40 seats. Polls had given it between 45 and 50 seats.\n\nThe party was"
        " projected to win 52 seats, and Labour could win up to 60 seats next time. Labour's"
        " 40 seats are its best since 2005.",
        # A party's votes at the polls and its MPs' votes in a division.
        "The Conservatives won 6.8 million votes at the election. Turnout fell.\n\nOn Tuesday,"
        " the Conservatives' 120 votes were not enough to defeat the bill.",
        # A leader's votes are not the party's.
        "The leader of the Christian Democrats received 310 votes in the first ballot. The"
        " Christian Democrats won 208 seats.\n\nThe Christian Democrats' 208 seats made them"
        " the largest group.",
    ],
)
def test_a_partys_result_that_agrees_or_is_another_figure_is_left_alone(
    findings: ReviewFn, text: str
) -> None:
    assert not _flagged(findings, text)
