"""Quotations, their speakers, and candidate names found by the analysis."""

from __future__ import annotations

import pytest

from factcheck.analysis import analyze
from factcheck.analysis.models import Analysis
from factcheck.analysis.names import given_relation, similar_surnames
from factcheck.article import Article
from factcheck.segment import segment


def _analyse(text: str) -> Analysis:
    article = Article(path="-", format="text", text=text)
    return analyze(article, segment(article))


def _speakers(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.how) for q in _analyse(text).quotations]


@pytest.mark.parametrize(
    "text",
    [
        "“We will finish the job,” Rubio said on Monday.\n",
        '"We will finish the job," said Rubio.\n',
        "Rubio said: “We will finish the job.”\n",
        'Rubio told reporters "We will finish the job."\n',
        "“We will finish the job”, according to Rubio.\n",
        "“We will finish the job,” Rubio, the secretary of state, said.\n",
        "Secretary of State Marco Rubio told the BBC on Tuesday: “We will finish the job.”\n",
    ],
)
def test_speaker_forms(text: str) -> None:
    [(_, speaker, how)] = _speakers(text)
    assert speaker is not None and speaker.endswith("Rubio")
    assert how == "named"


def test_speaker_keeps_a_bare_surname_and_trims_titles() -> None:
    text = (
        "Secretary of State Marco Rubio flew to Riyadh. “The talks were useful,” Rubio "
        "told reporters. “We are close,” said Secretary of State Marco Rubio's deputy.\n"
        "“It is done,” Defense Secretary Pete Hegseth said.\n"
    )
    assert [s for _, s, _ in _speakers(text)] == ["Rubio", None, "Pete Hegseth"]


def test_pronoun_and_continuation_take_the_last_named_speaker() -> None:
    text = (
        "“He wants it to end,” Trump said in the Oval Office. “I believe we are moving "
        "towards peace,” he added. “It will happen soon.”\n\n"
        "“Not yet,” Zelenskiy said.\n"
    )
    assert _speakers(text) == [
        ("He wants it to end,", "Trump", "named"),
        ("I believe we are moving towards peace,", "Trump", "pronoun"),
        ("It will happen soon.", "Trump", "continued"),
        ("Not yet,", "Zelenskiy", "named"),
    ]


def test_partial_quote_takes_the_subject_of_its_sentence() -> None:
    text = (
        "Hegseth emphasized that any lasting peace must include “robust security "
        "guarantees” for Ukraine.\n"
    )
    assert _speakers(text)[0][1] == "Hegseth"


@pytest.mark.parametrize(
    "text",
    [
        "“It was a good call,” the president said.\n",
        "“It was a good call,” officials said on Friday.\n",
        "Putin called the plan “a fantasy” and Rubio said nothing.\n",
        "The phrase “peace through strength” has been used for decades.\n",
    ],
)
def test_no_named_speaker(text: str) -> None:
    assert [speaker for _, speaker, _ in _speakers(text)] in ([None], ["Putin"])


def test_unattributed_quote_after_an_unnamed_speaker_is_not_continued() -> None:
    text = "“It was a good call,” Rubio said. “We agree,” an aide said. “It is over.”\n"
    assert [s for _, s, _ in _speakers(text)] == ["Rubio", None, None]


def test_candidate_names() -> None:
    text = (
        "Defense Secretary Pete Hegseth met Russian President Vladimir Putin's envoy in "
        "Saudi Arabia on Monday. Following the talks, Hegseth flew to Brussels.\n"
    )
    names = [(n.given, n.surname, n.full) for n in _analyse(text).names]
    assert ("Pete", "Hegseth", True) in names
    assert ("Vladimir", "Putin", True) in names
    assert (None, "Hegseth", False) in names
    assert all(surname not in ("Arabia", "Brussels", "Following") for _, surname, _ in names)


def test_title_case_headline_is_skipped() -> None:
    text = "Trump Claims Both Putin And Zelenskiy Are Pursuing Peace\n\nTrump spoke on Monday.\n"
    assert [n.surname for n in _analyse(text).names] == ["Trump"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Hegseth", "Hegsath", True),
        ("Zelenskiy", "Zelensky", True),
        ("Zelenskiy", "Zelenskyy", True),
        ("Smith", "Smyth", False),
        ("Kyiv", "Kiev", False),
        ("Trump", "Trumps", False),
        ("Trump", "Truman", False),
        ("Adams", "Evans", False),
    ],
)
def test_similar_surnames(a: str, b: str, expected: bool) -> None:
    assert similar_surnames(a, b) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Pete", "Peter", "nickname"),
        ("Mike", "Michael", "nickname"),
        ("Jon", "John", "spelling"),
        ("JD", "J.D.", "same"),
        ("Eric", "Erica", None),
        ("Louis", "Louise", None),
        ("Mario", "Maria", None),
        ("Donald", "Melania", None),
        ("Philip", "Phillip", "spelling"),
        ("Micheal", "Michael", "spelling"),
        ("Mark", "Mary", None),
        ("Dan", "Dean", None),
        ("Carl", "Carol", None),
        ("Jack", "John", None),
    ],
)
def test_given_relation(a: str, b: str, expected: str | None) -> None:
    assert given_relation(a, b) == expected


def test_pronoun_after_another_name_is_its_subject_or_left_unresolved() -> None:
    # The subject of the sentence just before the quote is who "he" means; after an
    # unnamed speaker ("an aide") nobody can be named.
    text = (
        "“It was a good call,” Trump said. Putin disagreed on every point. “It was not,” he"
        " said.\n\n“We agree,” an aide said. “It is over,” he added.\n"
    )
    assert [s for _, s, _ in _speakers(text)] == ["Trump", "Putin", None, None]
    text = "“It was a good call,” Trump said, as Putin listened. “It was not,” he said.\n"
    assert [s for _, s, _ in _speakers(text)] == ["Trump", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A named person in an unquoted sentence, then "She added:".
        (
            "Judge Helen Marsh said the sentence had to deter others. She added: “This was "
            "a cruel fraud.”\n",
            ["Helen Marsh"],
        ),
        # The other person named since is a man: "she" can only be the woman.
        (
            "Sarah Whyte met Tom Reed on Friday. “Nobody will be forgotten,” she said.\n",
            ["Sarah Whyte"],
        ),
        # Titles give the gender of bare surnames.
        (
            "Mr Okafor spoke first. Ms Bell was more cautious. “We will see,” he said.\n",
            ["Okafor"],
        ),
        # Gender unknown, but the one person named in the last two sentences.
        ("Okafor spent thirty years at the firm. “I never saw it,” he said.\n", ["Okafor"]),
        # A chain of pronouns keeps the speaker found first.
        (
            "Prosecutor Anna Rowlands spoke for an hour. “He lied,” she said. “He lied "
            "again,” she added. “And again,” she went on.\n",
            ["Anna Rowlands"] * 3,
        ),
    ],
)
def test_pronoun_takes_the_named_person_it_can_only_mean(text: str, expected: list[str]) -> None:
    assert [(s, how) for _, s, how in _speakers(text)] == [(e, "pronoun") for e in expected]


@pytest.mark.parametrize(
    "text",
    [
        # The gender does not fit the only person named.
        "Judge Helen Marsh said the case was grave. “It was cruel,” he added.\n",
        # Two women named together: either may be meant.
        "Anna Rowlands and Helen Marsh left the court. “It was cruel,” she said.\n",
        # Gender unknown and two people named.
        "Okafor and Whitley spoke to the inquiry. “I never saw it,” he said.\n",
        # An unnamed speaker came between.
        "Helen Marsh left. “It was long,” a court official said. “It was cruel,” she added.\n",
        # "They" is usually several people.
        "Okafor met the residents. “We were never told,” they said.\n",
        # The only person named is too far back.
        "Helen Marsh opened the hearing. The court sat at ten. The jury was sworn in. The "
        "charges were read. “It was cruel,” she said.\n",
    ],
)
def test_pronoun_is_left_unresolved_when_unclear(text: str) -> None:
    assert [s for _, s, _ in _speakers(text)][-1] is None


@pytest.mark.parametrize(
    ("text", "read_out"),
    [
        ("Reading from the letter, Jane Hill said: “We cannot guarantee its safety.”\n", True),
        ("“We shall fight on the beaches,” Hill said, quoting Churchill.\n", True),
        ("“Nothing was done,” she said, reading out the residents' complaint.\n", True),
        ("Jane Hill said: “We cannot guarantee its safety.”\n", False),
        ("“We shall fight on,” Hill said. She later quoted the letter in full.\n", False),
        ("“We read every report,” Hill said on Monday.\n", False),
    ],
)
def test_quotation_read_out_by_its_speaker(text: str, read_out: bool) -> None:
    [quotation] = _analyse(text).quotations
    assert quotation.read_out is read_out


def test_pronoun_goes_to_the_titled_subject_of_the_sentence_before() -> None:
    # "Mr Cole" opens the sentence; "Reform's" is an owner, not a speaker.
    text = (
        "Rachel Okafor won the seat. Mr Cole said Reform's vote was the start of something. "
        "“People have waited for years,” he said.\n"
    )
    assert [s for _, s, _ in _speakers(text)] == ["Cole"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Whitfield’s campaign manager, Lorraine Betts, told reporters: “We will challenge "
            "every ballot.”\n",
            "Lorraine Betts",
        ),
        ("The spokesman, Tom Reyes, said: “No comment.”\n", "Tom Reyes"),
        # A place in commas is not a speaker.
        ("In Paris, France, officials said: “No deal yet.”\n", None),
    ],
)
def test_speaker_named_in_commas_before_the_verb(text: str, speaker: str | None) -> None:
    assert [s for _, s, _ in _speakers(text)] == [speaker]
