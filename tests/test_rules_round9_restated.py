"""FC407: a count named back as the whole group ("all 480 workers", "those 530 jobs") or with
the verb that first counted it ("the 43 people arrested"), compared with the one earlier
count even when the two are no digit slip of each other."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2024, 9, 5)
FILL = "Officials said the decision followed months of talks with unions and local groups."


def _article(first: str, later: str) -> str:
    return f"{first}\n\n{FILL}\n\n{later}"


@pytest.mark.parametrize(
    ("first", "later", "figures"),
    [
        (
            "The factory in Leeds employs 412 workers, the company said.",
            "A spokesman said all 480 workers would be offered new roles.",
            ("412", "480"),
        ),
        (
            "Police arrested 34 people during the protest in Bristol.",
            "All 43 people arrested were later released on bail.",
            ("34", "43"),
        ),
        (
            "The hospital treated 64 patients after the crash, officials said.",
            "Of the 46 patients treated, nine remain in a serious condition.",
            ("64", "46"),
        ),
        (
            "The fire forced the evacuation of 120 residents from the tower block.",
            "The 210 residents evacuated were taken to a nearby leisure centre.",
            ("120", "210"),
        ),
        (
            "The wildfire has burned 1,200 hectares of forest.",
            "Firefighters said the 2,100 hectares burned included a nature reserve.",
            ("1,200", "2,100"),
        ),
        (
            "The charity has rehoused 75 families, its accounts show.",
            "Every one of the 95 families has a story, its director said.",
            ("75", "95"),
        ),
        (
            "The museum holds 640 paintings, most of them donated.",
            "Those 460 paintings will go on tour next year.",
            ("640", "460"),
        ),
    ],
)
def test_fc407_flags_a_whole_or_echoed_back_reference(
    findings: ReviewFn, first: str, later: str, figures: tuple[str, str]
) -> None:
    text = _article(first, later)
    found = findings(text, "FC407", published=PUB)
    assert [tuple(s.text for s in f.spans) for f in found] == [figures]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # The same value, or a rounded or hedged one that fits.
        (
            "The factory in Leeds employs 412 workers, the company said.",
            "A spokesman said all 412 workers would be offered new roles.",
        ),
        (
            "The factory employs 412 workers, the company said.",
            "The union said more than 400 workers would be affected.",
        ),
        (
            "Police arrested 34 people during the protest in Bristol.",
            "All 34 people arrested were later released on bail.",
        ),
        # Another group: a place, a part, a day, another verb, any people at all.
        (
            "The Leeds plant employs 412 workers, the company said.",
            "All 250 workers at its Derby plant will keep their jobs.",
        ),
        (
            "Police arrested 34 people during the protest in Bristol.",
            "The 12 people arrested on Saturday were charged.",
        ),
        (
            "The hospital treated 64 patients after the crash.",
            "The 40 patients discharged on Friday were sent home.",
        ),
        (
            "Around 300 people attended the meeting in the village hall.",
            "All 120 people who live on the estate will get a letter.",
        ),
        # A change over time, a target and a total so far.
        (
            "Staff numbers rose from 380 to 412 workers over the year.",
            "All 412 workers will get a pay rise.",
        ),
        (
            "The company aims to hire 500 workers by 2026.",
            "All 320 workers hired so far are local.",
        ),
        (
            "The firm employs 4,000 workers worldwide.",
            "Of those, 650 workers are based in Britain.",
        ),
    ],
)
def test_fc407_leaves_consistent_or_other_groups_alone(
    findings: ReviewFn, first: str, later: str
) -> None:
    assert findings(_article(first, later), "FC407", published=PUB) == []
