"""FC412: a figure given again with two neighbouring digits swapped."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 6, 9)
HEAD = "Economy report\n\n"


def _spans(findings: ReviewFn, text: str) -> list[list[str]]:
    return [[s.text for s in f.spans] for f in findings(HEAD + text, "FC412", published=PUB)]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            'American employers added 272,000 jobs in May, the department said.\n\n"The'
            ' 227,000 jobs added in May are a strong number," said Kevin Ashworth.',
            ["227,000", "272,000"],
        ),
        (
            'Investment is set to reach €115.7 billion, counting the new fund.\n\n"The'
            ' €117.5 billion investment figure is impressive," said Katrin Bauer.',
            ["€117.5 billion", "€115.7 billion"],
        ),
        (
            "Donors pledged $245 million at the conference.\n\nThe $254 million pledged will"
            " pay for food and shelter.",
            ["$254 million", "$245 million"],
        ),
        (
            "The flood damaged 1,140 homes in the valley.\n\nInsurers are assessing 1,410 homes"
            " in the valley.",
            ["1,410 homes", "1,140 homes"],
        ),
    ],
)
def test_fc412_flags_a_figure_with_two_digits_swapped(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    found = _spans(findings, text)
    assert len(found) == 1
    assert [s.split()[0] for s in found[0]] == [s.split()[0] for s in spans]


@pytest.mark.parametrize(
    "text",
    [
        # The same figure, or one sentence setting two figures side by side.
        "Employers added 272,000 jobs in May.\n\nThe 272,000 jobs beat forecasts.",
        "Revenue rose from $1.25 billion to $1.52 billion, the company said.",
        # Another moment or scenario in the figure's clause.
        "Revenue was $1.52 billion this year.\n\nA year earlier, revenue was $1.25 billion.",
        "Employers added 272,000 jobs in May.\n\nEconomists had forecast 227,000 jobs.",
        "Investment will reach €115.7 billion in 2025.\n\nIn 2026 it is €117.5 billion.",
        # A zero swapped, two digits only, different kinds of thing, far apart.
        "The council has 1,205 staff.\n\nIt also employs 1,025 staff on contracts.",
        "The club has 25 coaches.\n\nIt has 52 coaches on the waiting list.",
        "The fund paid $245 million.\n\nIt helped 254 million people.",
        "The firm has 1,257 workers.\n\nIt has 1,527 workers.\n\nIt had 1,527 workers.",
    ],
)
def test_fc412_accepts_figures_that_are_not_a_slip(findings: ReviewFn, text: str) -> None:
    assert _spans(findings, text) == []
