"""Round ten: a weekday date's year is not moved by an adjective "last", contractions in
quotations, a quote after a sentence naming someone else does not join the passage before,
an initial makes a surname a person's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 7, 10)
HEAD = "Festival news\n\n"


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Highlights include a play about the town's last textile factory and a closing"
            " concert on Sunday 28 July.",
            True,
        ),
        ("The festival closes with a concert on Monday 28 July.", False),
        # A past the sentence does say: last year's 28 July was a Sunday.
        ("Last year the closing concert was held on Sunday 28 July.", False),
    ],
)
def test_fc501_reads_last_as_time_only_with_a_time_word(
    findings: ReviewFn, text: str, bad: bool
) -> None:
    assert bool(findings(HEAD + text, "FC501", published=PUB)) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            '"We are not going to negotiate against ourselves, and we will not be rushed,"'
            ' Bessent said.\n\n"We\'re not going to negotiate against ourselves," Smith said.',
            True,
        ),
        (
            '"We are not going to negotiate against ourselves, and we will not be rushed,"'
            ' Bessent said.\n\n"We\'re not going to negotiate against ourselves," Bessent'
            " repeated.",
            False,
        ),
        # Ruth's own words after a sentence naming her do not join Howard's passage before.
        (
            'Artistic director Mei-Lin Howard spoke. "Ruth and Daniel built something that'
            ' outlasted every fashion," she said.\n\nRuth says she will watch from the back'
            ' row. "I have never been able to sit in the middle of an opening night."',
            False,
        ),
    ],
)
def test_fc601_contractions_and_passages(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC601", published=PUB)) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Commissioner K. Subramanian, IAS, was present.\n\nMr. Subramaniam said the loan"
            " was needed.",
            True,
        ),
        (
            "Commissioner K. Subramanian, IAS, was present.\n\nMr. Subramanian said the loan"
            " was needed.",
            False,
        ),
    ],
)
def test_fc301_an_initial_makes_a_person(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC301", published=PUB)) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # "said Rovers captain Liam Hargreaves", and a phrase moved inside a sentence.
        (
            '"We were patient, we trusted the plan and, in the end, the quality told," Rovers'
            ' manager Gareth Pryce said.\n\n"He is the best header of a ball," said Rovers'
            ' captain Liam Hargreaves. "We trusted the plan and the quality told in the end."',
            True,
        ),
        (
            '"We were patient, we trusted the plan and, in the end, the quality told," Rovers'
            ' manager Gareth Pryce said.\n\n"He is the best header of a ball," said Rovers'
            ' captain Liam Hargreaves. "We were lucky and the keeper kept us in it today."',
            False,
        ),
        # A capitalised role before the name, and sentences given in another order.
        (
            "South African Finance Minister Enoch Godongwana played down the empty chairs."
            ' "The G20 is bigger than any one meeting and bigger than any one country. The'
            ' work continues, whoever is sitting at the table," he told reporters.\n\n"The'
            ' work continues whoever is at the table. The G20 is bigger than one meeting,"'
            " Kganyago said.",
            True,
        ),
        (
            "South African Finance Minister Enoch Godongwana played down the empty chairs."
            ' "The G20 is bigger than any one meeting and bigger than any one country. The'
            ' work continues, whoever is sitting at the table," he told reporters.\n\n"The'
            ' work continues whoever is at the table," Godongwana said again.',
            False,
        ),
        # Similar words on one subject from two people are no repeated quotation.
        (
            '"We need more homes for local families in this town," said Ann Lee.\n\n"Local'
            ' families need more affordable homes, not offices," said Tom Hale.',
            False,
        ),
    ],
)
def test_fc601_reads_roles_and_reordered_sentences(
    findings: ReviewFn, text: str, bad: bool
) -> None:
    assert bool(findings(HEAD + text, "FC601", published=PUB)) is bad


@pytest.mark.parametrize(
    "line", ["Sign up here for our daily briefing", "Subscribe to the weekly digest"]
)
def test_a_briefing_sign_up_is_furniture(line: str) -> None:
    from factcheck.segment import classify_line

    assert classify_line(line) == "newsletter"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Advertisement - story continues below", "advertisement"),
        ("ADVERTISEMENT | Article continues below", "advertisement"),
        ("Advertisement revenue fell 12% in the quarter.", None),
    ],
)
def test_an_advertisement_marker_with_a_continuation(line: str, kind: str | None) -> None:
    from factcheck.segment import classify_line

    assert classify_line(line) == kind


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            'Ms Justice Fennelly gave her ruling. "A busy diary is not a reason to be spared'
            ' cross-examination on the central facts," the judge said.\n\n"A busy diary is not'
            ' a reason to be spared cross-examination on the central facts," Ms Cassidy said.',
            True,
        ),
        (
            'Ms Justice Fennelly gave her ruling. "A busy diary is not a reason to be spared'
            ' cross-examination on the central facts," the judge said.\n\n"A busy diary is not'
            ' a reason to be spared cross-examination on the central facts," Fennelly added.',
            False,
        ),
    ],
)
def test_fc601_the_judge_styled_justice(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC601", published=PUB)) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # The reverse fixture's margin, told beside its own score.
        (
            "Redcastle won 27-19 at Castle Park on Saturday.\n\nHarbury had won the reverse"
            " fixture 24-10 on Saturday, November 23, a 14-point margin that stung.",
            False,
        ),
        # A margin compared with another match's score is still this match's.
        (
            "Rovers beat Millbrook Town 3-1 on Saturday.\n\nSaturday's three-goal margin was"
            " Rovers' biggest win since they beat Ashby 4-0 in October.",
            True,
        ),
        ("Redcastle won 27-19 on Saturday.\n\nThe 14-point margin delighted the fans.", True),
    ],
)
def test_fc410_a_margin_beside_another_score(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC410", published=PUB)) is bad
