"""Round seven: a misspelt surname after an honorific (FC301), a department named with
"and" (FC202), a call to click (boilerplate)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.segment import classify_line
from tests.conftest import ReviewFn

PUB = dt.date(2025, 6, 20)
HEAD = "Markets report\n\n"


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            '"Cuts will come," said Priya Raman, an economist.\n\nMs. Ramen said she expected one.',
            True,
        ),
        (
            "The Dutch prime minister, Dick Schoof, hosted the summit.\n\nMr Schoofs told reporters"
            " the Netherlands would pay more.",
            True,
        ),
        (
            "Analyst Maria Keller said rates would hold.\n\nDr Kellen disagreed with the forecast.",
            True,
        ),
        # The same spelling, or a different person introduced in full.
        (
            '"Cuts will come," said Priya Raman, an economist.\n\nMs. Raman said she expected one.',
            False,
        ),
        (
            "The Dutch prime minister, Dick Schoof, hosted the summit.\n\nAnne Schoofs, his aide,"
            " and Mr Schoofs's deputy spoke.",
            False,
        ),
        # A name too short to call, and a bare word that is no honorific's surname.
        ("Analyst Tom Reid said rates would hold.\n\nMr Reed disagreed.", False),
        (
            "Analyst Maria Keller said rates would hold.\n\nThe Kellers, her family, disagreed.",
            False,
        ),
    ],
)
def test_fc301_reads_a_surname_after_an_honorific(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC301", published=PUB)) is bad


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Health and Human Services Secretary Xavier Becerra spoke on Monday.", True),
        (
            "The grant was announced by former Health and Human Services Secretary Xavier Becerra.",
            False,
        ),
        ("Former Health and Human Services Secretary Xavier Becerra spoke on Monday.", False),
    ],
)
def test_fc202_reads_a_department_named_with_and(findings: ReviewFn, text: str, bad: bool) -> None:
    found = findings(HEAD + text, "FC202", published=dt.date(2025, 11, 12))
    assert bool(found) is bad
    if found:
        assert "Health and Human Services Secretary" in found[0].message


@pytest.mark.parametrize(
    "line",
    [
        "Click here to view our full photo gallery from the championship game.",
        "Click here to get our daily fintech briefing straight to your inbox.",
        "Tap here to follow the live results.",
        "Click on this link to read the full report.",
    ],
)
def test_a_call_to_click_is_furniture(line: str) -> None:
    assert classify_line(line) == "site_notice"


@pytest.mark.parametrize(
    "line",
    [
        "Click, the Berlin start-up, raised $20 million on Monday.",
        "Voters could click here and there on the touchscreens, officials said.",
    ],
)
def test_click_in_a_sentence_is_not_furniture(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Get our free morning briefing delivered to your inbox",
        "Never miss a story: sign up for our alerts",
        "Support local journalism: subscribe today.",
        "Turn on notifications to get the latest news",
        "Like us on Facebook",
        "Print this page",
        "Send this page to a friend",
        "This article is available to subscribers only.",
        "Already a subscriber? Log in",
        "You have reached your limit of free articles.",
        "Register to continue reading",
        "Listen to this article",
        "5 min read",
        "Watch the video above",
        "For more news, visit our homepage.",
        "Send us your story",
        "Read the full report here.",
        "Next story: Council approves new budget",
        "Gallery: Scenes from the parade",
        "Join the discussion",
        "Pictured: the mayor at the opening",
        "Featured image: The new bridge",
        "Promoted stories",
        "This content was produced by our commercial team.",
        "Updated 3:45 p.m.",
        "Last updated: 14 March 2025",
    ],
)
def test_more_page_furniture_is_found(line: str) -> None:
    assert classify_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money, investigators said.",
        "Exclusive talks began on Monday between the two firms.",
        "Residents were told to sign up for the flood warning scheme before Friday.",
        "The advice from officials: sign up for the council's flood alerts now.",
        "Published in 2019, the report found that rents had doubled.",
        "Updated figures released on Monday show a 4 per cent rise.",
        "Premium bonds paid out £3 million last month.",
        "Contact us if you see anything suspicious, police said.",
        "Send us your views on the plan, the council urged residents.",
        "Gallery owners said sales were slow.",
        "Pictured together for the first time in 30 years, the brothers smiled.",
        "Posted to Kabul in 2010, he served two tours.",
        "Updated on March 3 with new figures, the forecast shows a fall in prices across the"
        " region.",
    ],
)
def test_article_sentences_like_furniture_are_not(line: str) -> None:
    assert classify_line(line) is None
