"""FC402, FC404 and FC407: a change after words of what the new figure is, a change joined
to a description, a part "out of" a total as a turnout, and a slipped count of homes
evacuated restated without its place."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 2, 12)
HEAD = "Local news roundup\n\n"


def _spans(findings: ReviewFn, text: str, rule: str) -> list[list[str]]:
    return [[s.text for s in f.spans] for f in findings(HEAD + text, rule, published=PUB)]


# FC402: "$124.5 million in property taxes next year, up from $118.0 million this year, a
# 7.2 percent increase"; "down from $48.20 on Monday, a drop of 11 percent and its worst …"


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        (
            "The city will collect $124.5 million in property taxes next year, up from $118.0"
            " million this year, a 7.2 percent increase.",
            "7.2 percent",
        ),
        (
            "The trust will receive £48.6m in grants next year, up from £40.0m this year, an"
            " increase of 30 per cent.",
            "30 per cent",
        ),
        (
            "Calder's stock closed at $41.10, down from $48.20 on Monday, a drop of 11 percent"
            " and its worst single-day fall in more than three years.",
            "11 percent",
        ),
        (
            "The index ended at 7,420, up from 7,000 on Friday, a rise of 9 percent and the"
            " biggest gain this year.",
            "9 percent",
        ),
    ],
)
def test_fc402_change_after_words_or_joined(findings: ReviewFn, text: str, pct: str) -> None:
    spans = _spans(findings, text, "FC402")
    assert len(spans) == 1 and spans[0][0] == pct


@pytest.mark.parametrize(
    "text",
    [
        "The city will collect $124.5 million in property taxes next year, up from $118.0"
        " million this year, a 5.5 percent increase.",
        "Calder's stock closed at $41.10, down from $48.20 on Monday, a drop of 15 percent"
        " and its worst single-day fall in more than three years.",
        "Calder's stock closed at $41.10, down from $48.20 on Monday, a drop of 11 percent"
        " and 20 percent since January.",
        "The index ended at 7,420, up from 7,000 on Friday, a rise of 6 percent and the"
        " biggest gain this year.",
    ],
)
def test_fc402_change_after_words_or_joined_fits(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC402") == []


# FC404: "36,120 ballots were cast out of 81,500 registered voters, a turnout of 49 percent"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 36,120 ballots were cast out of 81,500 registered voters, a turnout of"
        " 49 percent — high for an off-year election.",
        "In all, 412 pupils passed out of 600 candidates, a pass rate of 80 per cent.",
        "Some 3,100 residents replied out of 10,000 surveyed, or 45 percent.",
    ],
)
def test_fc404_part_out_of_total(findings: ReviewFn, text: str) -> None:
    assert len(_spans(findings, text, "FC404")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 36,120 ballots were cast out of 81,500 registered voters, a turnout of"
        " 44 percent — high for an off-year election.",
        "In all, 412 pupils passed out of 600 candidates, a pass rate of 69 per cent.",
        "Officials said 36,120 ballots were cast out of 81,500 registered voters, a turnout of"
        " 12 percent higher than in 2019.",
        "Some 3,100 residents replied out of 10,000 surveyed, a rate of 45 percent of the"
        " county's households.",
    ],
)
def test_fc404_part_out_of_total_fits(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC404") == []


# FC407: a slipped count of an event restated without its place, before "and said …"


@pytest.mark.parametrize(
    "text",
    [
        "The council said 340 homes had been evacuated in Appleby. Rest centres"
        " were opened. She confirmed that 430 homes had been evacuated and said the council"
        " would prioritise getting people back into their properties safely.",
        "Officials said 1,250 homes had been evacuated in Riverton. Shelters opened at two"
        " schools. The mayor confirmed that 1,520 homes had been evacuated and added that"
        " crews were working.",
    ],
)
def test_fc407_slipped_event_without_place(findings: ReviewFn, text: str) -> None:
    assert len(_spans(findings, text, "FC407")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # not a slip: another count, perhaps of the wider area
        "The council said 340 homes had been evacuated in Appleby. Rest centres"
        " were opened. She confirmed that 520 homes had been evacuated and said the council"
        " would help.",
        # two places named
        "The council said 340 homes had been evacuated in Appleby. Rest centres"
        " were opened. She confirmed that 430 homes had been evacuated in Carlisle.",
        # the same figure
        "The council said 340 homes had been evacuated in Appleby. Rest centres"
        " were opened. She confirmed that 340 homes had been evacuated and said the council"
        " would help.",
    ],
)
def test_fc407_slipped_event_without_place_negative(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC407") == []
