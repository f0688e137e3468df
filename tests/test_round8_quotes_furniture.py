"""Round eight: Irish particles in names, accented first names, lone capitalised words as
no rivals to a pronoun, reworded long quotations, alert and app lines."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.segment import classify_line
from tests.conftest import ReviewFn

PUB = dt.date(2025, 3, 1)
HEAD = "Awards night\n\n"


def _hit(findings: ReviewFn, text: str) -> bool:
    return bool(findings(HEAD + text, "FC601", published=PUB))


_FILM = "We made this film with the people whose story it is, in the language they speak"


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # "Ní Bhriain" is Siobhán Ní Bhriain; her "she said" is hers.
        (
            "Siobhán Ní Bhriain won best director.\n\nAccepting the award, Ní Bhriain thanked"
            f' the cast from the village of Ros an Mhíl. "{_FILM}," she said.\n\nAsked what'
            f' it meant, Tom Okafor replied: "{_FILM}."',
            True,
        ),
        (
            "Siobhán Ní Bhriain won best director.\n\nAccepting the award, Ní Bhriain thanked"
            f' the cast from the village of Ros an Mhíl. "{_FILM}," she said.\n\nAsked again,'
            f' Ní Bhriain replied: "{_FILM}."',
            False,
        ),
        # A lone capitalised word of unknown gender is no rival to a woman named.
        (
            "The Cathaoirleach of Mayo County Council, Councillor Teresa Gallagher, spoke.\n\n"
            '"Our crews will have a building that works for them at last," she said.\n\n"Our'
            ' crews will have a building that works for them at last," said Seamus Durkan.',
            True,
        ),
        # A long quotation reworded in a few words is still the same quotation.
        (
            '"For the first time in half a century our crews will have a building that works'
            ' for them rather than against them," said Seamus Durkan.\n\n"For the first time'
            " in fifty years our crews will have a building that works for them, not against"
            ' them," said Teresa Gallagher.',
            True,
        ),
        (
            '"For the first time in half a century our crews will have a building," said'
            ' Seamus Durkan.\n\n"For the first time in years our town will have a decent'
            ' library," said Teresa Gallagher.',
            False,
        ),
    ],
)
def test_fc601_reads_these_speakers(findings: ReviewFn, text: str, bad: bool) -> None:
    assert _hit(findings, text) is bad


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Get breaking news alerts straight to your phone. Download our app today.", "newsletter"),
        ("Get the latest updates on your phone.", "newsletter"),
        ("Residents can download the council app to report potholes.", None),
        ('"Download our app," the mayor urged.', None),
        ("Get updates from the council by text, officials said.", None),
    ],
)
def test_alert_and_app_lines(line: str, kind: str | None) -> None:
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Chief executive Sabine Kröger spoke.\n\nKroeger said sales fell.", True),
        ("Engineer Thomas Müller spoke.\n\nMueller said the bridge was safe.", True),
        (
            "Detective Inspector Mark Hollingsworth led the inquiry.\n\nDI Hollingworth said the"
            " case was closed.",
            True,
        ),
        # The same spellings, and a company whose name starts with capitals.
        ("Chief executive Sabine Kröger spoke.\n\nKröger said sales fell.", False),
        (
            "Detective Inspector Mark Hollingsworth led the inquiry.\n\nDCI Hollingsworth said"
            " the case was closed.",
            False,
        ),
    ],
)
def test_fc301_reads_umlauts_and_police_ranks(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC301", published=PUB)) is bad
