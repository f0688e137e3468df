"""FC601 round seven: a role before the name of a pronoun's subject, particles in names
("Ursula von der Leyen"), a quote split by its attribution matched whole, "said the
festival director, Siobhan Keane", a place after "of" is no speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 2, 27)
HEAD = "Council report\n\n"


def _hit(findings: ReviewFn, text: str) -> bool:
    return bool(findings(HEAD + text, "FC601", published=PUB))


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # "Council leader Moira Dunlop said …. "…," she said." is hers.
        (
            'Council leader Moira Dunlop said the council had few choices. "We have been handed'
            ' a bill we did not run up, and we must pay it," she said.\n\n"We have been handed'
            ' a bill we did not run up," Rennie told reporters.',
            True,
        ),
        (
            'Council leader Moira Dunlop said the council had few choices. "We have been handed'
            ' a bill we did not run up, and we must pay it," she said.\n\n"We have been handed'
            ' a bill we did not run up," Dunlop told reporters.',
            False,
        ),
        # A particle in a surname: "Ursula von der Leyen … she told supporters".
        (
            'Ursula von der Leyen, the Commission President, claimed victory. "The centre is'
            ' holding," she told supporters. "But extremists on the left and the right have'
            ' gained support, and that is a responsibility."\n\nRoberta Metsola urged speed.'
            ' "The centre is holding, but extremists on the left and the right have gained'
            ' support," she said.',
            True,
        ),
        (
            'Ursula von der Leyen, the Commission President, claimed victory. "The centre is'
            ' holding," she told supporters. "But extremists on the left and the right have'
            ' gained support, and that is a responsibility."\n\nLater she repeated it. "The'
            " centre is holding, but extremists on the left and the right have gained"
            ' support," she said.',
            False,
        ),
        # "said the festival director, Siobhan Keane"
        (
            '"Forty years ago this was a few trestle tables and a fiddle band on the harbour'
            ' wall," said the festival director, Siobhan Keane.\n\n"Forty years ago, this was a'
            ' handful of trestle tables and a fiddle band on the harbour wall," Mr Munro said.',
            True,
        ),
        (
            '"Forty years ago this was a few trestle tables and a fiddle band on the harbour'
            ' wall," said the festival director, Siobhan Keane.\n\n"Forty years ago, this was a'
            ' handful of trestle tables and a fiddle band on the harbour wall," Ms Keane said.',
            False,
        ),
        # "Senator Mike Crapo of Idaho … He added:": Idaho is a place, not a speaker.
        (
            'Senator Mike Crapo of Idaho praised the nominee as "a steady hand". He added: "He'
            ' understands that growth, not taxes, is the way to bring down our deficits."\n\n'
            'Mr Bessent spoke next. "I understand that growth, not taxes, is the way to bring'
            ' down our deficits," he said.',
            True,
        ),
        (
            'Senator Mike Crapo of Idaho praised the nominee as "a steady hand". He added: "He'
            ' understands that growth, not taxes, is the way to bring down our deficits."\n\n'
            'Crapo spoke again. "He understands that growth, not taxes, is the way to bring'
            ' down our deficits," he said.',
            False,
        ),
    ],
)
def test_fc601_reads_more_speakers(findings: ReviewFn, text: str, bad: bool) -> None:
    assert _hit(findings, text) is bad


def test_a_capitalised_opener_is_no_speaker(findings: ReviewFn) -> None:
    text = (
        'Ms Keane said sales were a record. Average fees had risen sharply, she said. "We'
        ' cannot keep doing this on goodwill alone, not for another year," she said.\n\n'
        '"We cannot keep doing this on goodwill alone, not for another year," Ms Keane added.'
    )
    assert not _hit(findings, text)


_Q = "We will not close a single library while I am in charge of this council"
_FIRST = f'Mayor Helen Ward spoke first. "{_Q}," Ward said.\n\n'


@pytest.mark.parametrize(
    ("second", "bad"),
    [
        # A whole quoted sentence after one that names its speaker goes on with them.
        (f'Tom Briggs, who chairs the finance committee, said the plan was flawed. "{_Q}."', True),
        (f'Briggs said the plan would cost £2m. "{_Q}." He did not say how.', True),
        (f'Ward said the plan was fair. "{_Q}."', False),
        # The sentence before names two speakers, or none: whose words is not told.
        (f'Briggs and Ward said the plan was flawed. "{_Q}."', False),
        (f'The plan was flawed, critics said. "{_Q}."', False),
        # "was quoted as saying", and a possessive before a role and a name.
        (f'Tom Briggs was quoted as saying: "{_Q}."', True),
        (f'"{_Q}," Ms Ward\'s rival, Tom Briggs, said.', True),
        (f'"{_Q}," Ms Ward\'s deputy, Helen Ward, said.', False),
    ],
)
def test_fc601_reads_a_speaker_from_the_sentence_before(
    findings: ReviewFn, second: str, bad: bool
) -> None:
    assert _hit(findings, _FIRST + second) is bad


_BANK = (
    '"The central bank is buying credibility with every meeting, and it is paying for it in'
    ' growth,"'
)


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # Nearly the same words, inside a longer quotation, given later to another speaker.
        (
            f'{_BANK} said Luana Ferraz, an economist.\n\n"The economy has not felt it yet,"'
            ' said Ricardo Moura, a strategist, adding that the bank was "buying credibility at'
            ' every meeting, and paying for it in growth."',
            True,
        ),
        (
            f"{_BANK} said Luana Ferraz, an economist.\n\nRicardo Moura said the bank was"
            ' "buying credibility at every meeting, and paying for it in growth".',
            True,
        ),
        # The same speaker, or words that differ more than that.
        (
            f'{_BANK} said Luana Ferraz, an economist.\n\n"It will pass," said Ferraz,'
            ' adding that the bank was "buying credibility at every meeting, and paying for it'
            ' in growth."',
            False,
        ),
        (
            f"{_BANK} said Luana Ferraz, an economist.\n\nRicardo Moura said the bank was"
            ' "losing credibility at every meeting, and not growing at all".',
            False,
        ),
        # A quote after "adding that" in another sentence is not carried over.
        (
            f'{_BANK} said Luana Ferraz, an economist.\n\n"It will pass," said Ricardo Moura.'
            ' Others were adding that the bank was "buying credibility at every meeting, and'
            ' paying for it in growth."',
            False,
        ),
    ],
)
def test_fc601_reads_nearly_the_same_words_and_an_added_quote(
    findings: ReviewFn, text: str, bad: bool
) -> None:
    assert _hit(findings, text) is bad
