"""Round six: an event's crowd told twice (FC407), "the toll of 74" (FC407), "$468-million"
(FC402), "opened their doors 90 years ago" (FC406), "Born in 1941, she …" (FC405) and a
"he said" after a team's officer is named (FC601)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 1, 9)
HEAD = "Weekend report\n\n"


def _spans(findings: ReviewFn, text: str, rule: str) -> list[list[str]]:
    return [[s.text for s in f.spans] for f in findings(HEAD + text, rule, published=PUB)]


# --- FC407: one event, one crowd ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "By the final whistle on Saturday, the 41,212 supporters packed into the Riverside"
            " had seen a fine second half.\n\nThe derby, played in front of a crowd of 38,900,"
            " was the first since the north stand opened.",
            ["41,212", "38,900"],
        ),
        (
            "A crowd of 41,212 watched the derby on Saturday.\n\nThe derby, played in front of"
            " 38,900 fans, was the first since the stand opened.",
            ["41,212", "38,900"],
        ),
        (
            "Harbour won 3-1 in front of 5,230 spectators.\n\nThe attendance was 4,930, the"
            " club said.",
            ["5,230", "4,930"],
        ),
        (
            "The concert was watched by 12,400 fans at the park.\n\nThe crowd of 13,900 sang"
            " along to every song.",
            ["12,400", "13,900"],
        ),
    ],
)
def test_fc407_flags_one_crowd_told_twice(findings: ReviewFn, text: str, spans: list[str]) -> None:
    assert _spans(findings, text, "FC407") == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # Consistent, rounded or hedged.
        "A crowd of 41,212 watched the derby.\n\nThe 41,212 fans who packed the stadium sang.",
        "A crowd of 31,452 watched the final.\n\nThe 31,000 fans who packed the stadium sang.",
        "A crowd of about 4,200 watched.\n\nThe more than 4,000 spectators rose to their feet.",
        # Another crowd: a season, an average, a capacity, a part, an estimate, a record.
        "A crowd of 41,212 watched the derby.\n\nLast season, a crowd of 38,900 saw the fixture.",
        "A crowd of 41,212 watched the derby.\n\nThe average attendance of 38,900 is the"
        " league's highest.",
        "A crowd of 41,212 watched the derby.\n\nThe stadium has a capacity of 44,000 fans.",
        "A crowd of 41,212 watched the derby.\n\nThe 38,900 home fans who packed the ground"
        " sang throughout.",
        "A crowd of 41,212 watched the derby, police said.\n\nOrganisers put the crowd at"
        " 45,000 fans who packed the ground.",
        "A crowd of 41,212 watched the derby.\n\nThe record attendance of 43,100 was set in 1998.",
        # Figures far apart: a part of the crowd, or another event.
        "A crowd of 41,212 watched the derby.\n\nThe away end held 3,000 fans who packed in early.",
        # Three values: the crowds of several matches.
        "Celtic won in front of 58,000 fans.\n\nRangers drew in front of 49,000 fans.\n\nHearts"
        " lost in front of 18,000 fans.",
    ],
)
def test_fc407_accepts_crowds_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC407") == []


# --- FC407: "the toll of 74" -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The death toll in the second wave of floods in Assam has risen to 47, officials said."
        "\n\nOfficials said that with the toll of 74 confirmed so far in this wave, Assam has"
        " now had more flood deaths than in the whole of last year.",
        "The death toll from the landslide rose to 46 on Monday.\n\nRescuers said the toll of"
        " 64 was expected to stay there.",
    ],
)
def test_fc407_flags_a_toll_told_again(findings: ReviewFn, text: str) -> None:
    assert len(_spans(findings, text, "FC407")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The death toll in Assam has risen to 47, officials said.\n\nWith the toll of 47"
        " confirmed so far, Assam has had more deaths than last year.",
        # Another place's toll, and a toll that rose by another day.
        "The death toll in Assam has risen to 47.\n\nIn neighbouring Meghalaya, the toll of"
        " 12 is expected to rise.",
        "The death toll rose to 46 on Monday.\n\nBy Wednesday the toll of 52 included 14 children.",
    ],
)
def test_fc407_accepts_tolls_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC407") == []


# --- FC402: "$468-million" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Revenue rose to $468-million from $412-million a year earlier, an increase of 18"
            " per cent.",
            True,
        ),
        (
            "Revenue rose to $468-million from $412-million a year earlier, an increase of 14"
            " per cent.",
            False,
        ),
        ("Sales fell to C$2.1-billion from C$2.5-billion, a drop of 4 per cent.", True),
        ("Sales fell to C$2.1-billion from C$2.5-billion, a drop of 16 per cent.", False),
    ],
)
def test_fc402_reads_a_hyphenated_scale(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(_spans(findings, text, "FC402")) is bad


# --- FC406: "opened their doors 90 years ago" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            'The society, established in 1939, will host the station. "When our founders first'
            ' opened their doors 90 years ago, they had a shed," Mr Pettit said.',
            True,
        ),
        (
            'The society, established in 1935, will host the station. "When our founders first'
            ' opened their doors 90 years ago, they had a shed," Mr Pettit said.',
            False,
        ),
        ("The charity was founded in 1999. It was set up by three nurses 30 years ago.", True),
        ("The charity was founded in 1995. It was set up by three nurses 30 years ago.", False),
        ("The shop opened in 1980. It opened for business 40 years ago.", True),
        ("The shop opened in 1985. It opened for business 40 years ago.", False),
    ],
)
def test_fc406_reads_words_between_the_verb_and_the_years(
    findings: ReviewFn, text: str, bad: bool
) -> None:
    assert bool(_spans(findings, text, "FC406")) is bad


# --- FC405: "Born in Ennis in March 1941, she …" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Nuala Moloney, the broadcaster, has died at her home. She was aged 86.\n\nBorn in"
            " Ennis in March 1941, the second of five children, she grew up in a musical house.",
            True,
        ),
        (
            "Nuala Moloney, the broadcaster, has died at her home. She was aged 83.\n\nBorn in"
            " Ennis in March 1941, the second of five children, she grew up in a musical house.",
            False,
        ),
        (
            "Peter Quill, 58, runs the bakery.\n\nBorn in Leeds in 1972, he trained as a chef.",
            True,
        ),
        (
            "Peter Quill, 52, runs the bakery.\n\nBorn in Leeds in 1972, he trained as a chef.",
            False,
        ),
        # The pronoun has nobody named before it: whose birth is not told.
        ("Born in 1942, she ran the race. Grant, 26, finished second.", False),
        # The person named before is not one the article gives an age or a birth for.
        (
            "Among the runners was Mary Dunn, the oldest finisher. Born in 1942, she completed"
            " the course. Eilidh Grant, 26, was second.",
            False,
        ),
    ],
)
def test_fc405_reads_a_pronoun_after_a_birth(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(_spans(findings, text, "FC405")) is bad


# --- FC601: "Rovers manager Gary Holloway … he said" --------------------------------------

_Q = '"We were nowhere near our level in the first half,"'


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            f"Rovers manager Gary Holloway was candid afterwards. {_Q} he said.\n\n{_Q}"
            " admitted captain Lewis Okafor.",
            True,
        ),
        (
            f"Labour leader Anna Ridley spoke after the count. {_Q} she said.\n\n{_Q} said Tom"
            " Hale, her agent.",
            True,
        ),
        (
            f"Rovers manager Gary Holloway was candid afterwards. {_Q} he said.\n\n{_Q} he"
            " repeated later.",
            False,
        ),
    ],
)
def test_fc601_reads_a_pronoun_after_a_teams_officer(
    findings: ReviewFn, text: str, bad: bool
) -> None:
    assert bool(_spans(findings, text, "FC601")) is bad


# --- FC407: a vote figure with two digits swapped -----------------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Raghunathan polled 9,612 votes against 7,738 for the AIADMK's Sundaram.\n\nThe"
            " AIADMK candidate, conceding defeat, said he had polled 7,378 votes.",
            ["7,738", "7,378"],
        ),
        (
            "Ms Dale won with 12,436 votes to 10,118.\n\nHer rival's 10,181 votes were a record"
            " for the party.",
            ["10,118", "10,181"],
        ),
    ],
)
def test_fc407_flags_a_vote_figure_with_digits_swapped(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    assert _spans(findings, text, "FC407") == [spans]


@pytest.mark.parametrize(
    "text",
    [
        # The same figure again.
        "Raghunathan polled 9,612 votes against 7,738 for Sundaram.\n\nSundaram said he had"
        " polled 7,738 votes.",
        # A zero swapped, or digits apart: a chance likeness, not a typo.
        "Ms Dale won with 12,436 votes to 10,108.\n\nHer rival's 10,018 votes were a record.",
        "Ms Dale won with 12,436 votes to 10,118.\n\nHer rival's 11,110 votes were a record.",
        # Not votes: money, shares, years.
        "The council spent $4,512 on ballots and $4,152 on staff, the clerk said of the votes.",
        "Turnout was 1,452 votes in 2,541 homes.",
    ],
)
def test_fc407_accepts_vote_figures_that_are_not_swaps(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text, "FC407") == []
