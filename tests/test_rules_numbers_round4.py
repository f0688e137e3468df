"""FC402, FC407 and FC411: a from-to with long words of when, a slipped count of homes
destroyed or damaged, a restatement in a purpose clause, and a distance from Earth."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 2, 12)
HEAD = "Local news roundup\n\n"


def _spans(findings: ReviewFn, text: str, rule: str) -> list[list[str]]:
    return [[s.text for s in f.spans] for f in findings(HEAD + text, rule, published=PUB)]


# FC402: "from X … to Y …, a P% change" with longer words of when after each figure


@pytest.mark.parametrize(
    "text",
    [
        "The median wait fell from 52 minutes in the six months before the pilot to 39 minutes"
        " in the six months after it began in September, a 40% reduction, officials said.",
        "Average response times dropped from 18 minutes in the year before the merger to 12"
        " minutes in the year after it, a 50 per cent fall.",
        "Membership grew from 1,200 members at the start of the campaign to 1,500 members by"
        " the end of the summer, an increase of 40%.",
    ],
)
def test_fc402_flags_a_from_to_with_long_when_words(findings: ReviewFn, text: str) -> None:
    assert len(_spans(findings, text, "FC402")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # fits
        "The median wait fell from 52 minutes in the six months before the pilot to 39 minutes"
        " in the six months after it began in September, a 25% reduction, officials said.",
        # two things
        "The trust went from 40 schools in the first year of the scheme to 12 academies in"
        " the last, a 20% rise in funding.",
        # a third figure the change could be about
        "Waits fell from 52 minutes in the six months before the pilot to 39 minutes after it"
        " and 30 minutes in March, a 40% reduction.",
        # another basis
        "Sales went from $40 million in the year before the deal to $44 million after it, a"
        " 2% increase on an underlying basis.",
    ],
)
def test_fc402_leaves_other_from_tos_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC402") == []


# FC407: a count of homes destroyed or damaged given again with its digits slipped


@pytest.mark.parametrize(
    "text",
    [
        "Floods killed at least 11 people and destroyed or badly damaged 1,140 homes.\n\nA"
        " survey found that 1,410 homes were destroyed or had major damage.",
        "Officials said 2,750 homes were destroyed by the storm.\n\nA survey found that"
        " 2,570 homes were destroyed.",
        "Police said 3,480 homes were damaged by the fire.\n\nPolice said 3,840 homes had"
        " fire damage.",
    ],
)
def test_fc407_flags_a_slipped_count_of_destroyed_homes(findings: ReviewFn, text: str) -> None:
    assert len(_spans(findings, text, "FC407")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # not a slip: two counts
        "The storm destroyed 2,750 homes across the county.\n\nOfficials said 1,200 homes were"
        " damaged.",
        # damaged against destroyed
        "The storm damaged 2,750 homes.\n\nOfficials said 2,570 homes were destroyed.",
        # badly damaged is a part of damaged
        "The storm damaged 2,750 homes.\n\nOfficials said 2,570 homes were badly damaged.",
        # another place
        "The storm destroyed 2,750 homes in Dorset.\n\nIt destroyed 2,570 homes in Devon.",
    ],
)
def test_fc407_leaves_other_damage_counts_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC407") == []


# FC407: a restatement in a purpose clause ("… next week to help the 221 workers")


@pytest.mark.parametrize(
    "text",
    [
        "The mill will close in October and lay off 212 workers.\n\nThe state said it would"
        " open an office next week to help the 221 workers apply for benefits.",
        "The plant will close, putting 1,250 jobs at risk.\n\nThe council plans to open a"
        " centre next month to support the 1,520 workers and their families.",
        "The factory will shut, with the loss of 3,460 jobs.\n\nA charity said it would set up"
        " a fund to assist all the 3,640 workers.",
    ],
)
def test_fc407_flags_a_slipped_restatement_in_a_purpose_clause(
    findings: ReviewFn, text: str
) -> None:
    assert len(_spans(findings, text, "FC407")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the same figure
        "The mill will close in October and lay off 212 workers.\n\nThe state said it would"
        " open an office next week to help the 212 workers apply for benefits.",
        # a part of the group
        "The mill will close in October and lay off 212 workers.\n\nThe state said it would"
        " open an office next week to help the 221 workers who remain.",
        # not a slip
        "The plant will close, putting 1,250 jobs at risk.\n\nThe council plans to open a"
        " centre next month to support the 410 workers and their families.",
        # not a purpose clause: a plan for the count itself
        "The mill will close in October and lay off 212 workers.\n\nThe company said it would"
        " next year rehire the 221 workers.",
    ],
)
def test_fc407_leaves_other_purpose_clauses_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC407") == []


# FC411: an object's distance from Earth given twice


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Astronomers watched a planet form around a young star about 1,300 light-years from"
            " Earth.\n\nAt a distance of 1,600 light-years, the star lies farther away than most"
            " disks studied in such detail.",
            ["1,300 light-years", "1,600 light-years"],
        ),
        (
            "The supernova lies 450 light years away in Cassiopeia.\n\nThe explosion, 540 light"
            " years from Earth, was spotted by an amateur.",
            ["450 light years", "540 light years"],
        ),
        (
            "The nebula is 2.1 million parsecs away.\n\nAt a distance of 3.4 million parsecs,"
            " it is faint.",
            ["2.1 million parsecs", "3.4 million parsecs"],
        ),
    ],
)
def test_fc411_flags_a_distance_given_twice(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    assert _spans(findings, text, "FC411") == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # agrees, allowing for the hedge
        "The star is about 1,300 light-years from Earth.\n\nAt a distance of 1,320 light-years,"
        " it is faint.",
        # another object
        "The star is 1,300 light-years from Earth.\n\nAnother star, 1,600 light-years away,"
        " shows a similar disk.",
        # a new measurement
        "The star is 1,300 light-years from Earth.\n\nEarlier estimates put it 1,600"
        " light-years away.",
        # far apart: two objects
        "The star is 1,300 light-years from Earth.\n\nThe galaxy M87 lies 53 million"
        " light-years away.",
        # a third distance
        "The star is 1,300 light-years from Earth.\n\nThe disk is 1,600 light-years away.\n\n"
        "The cloud lies 1,900 light-years away.",
    ],
)
def test_fc411_leaves_other_distances_alone(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC411") == []
