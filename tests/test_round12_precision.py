"""Round 12: precision of anniversaries, shares beside year ranges, and page furniture."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.article import Article
from factcheck.segment import segment
from tests.conftest import ReviewFn

HEAD = "Local news\n\n"
PUB = dt.date(2024, 6, 14)


# A year before the founding verb, told as some years off it, is not the founding year.
@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "That was in 1996, two years after she and a colleague founded the institute. This"
            " year the institute marks its 30th anniversary.",
            False,
        ),
        (
            "In 2001, a decade after he founded the company, it floated on the stock exchange."
            " The company celebrates its 33rd anniversary this year.",
            False,
        ),
        (
            "It moved to Leeds in 1990, the year after the founders set up the choir. The choir"
            " marks its 35th anniversary this year.",
            False,
        ),
        (
            "The society was founded in 1994. This year the society marks its 25th anniversary.",
            True,
        ),
        (
            "In 1994 she and two colleagues founded the institute. This year the institute"
            " marks its 40th anniversary.",
            True,
        ),
        (
            "In 1994, after years of planning, she founded the institute. This year the"
            " institute marks its 40th anniversary.",
            True,
        ),
    ],
)
def test_fc406_year_some_years_off_the_founding(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC406", published=PUB)) is bad


# A year that names a thing in another clause ("the 1971 side") is not when the anniversary
# falls; a year of time ("in 2013", "the 2013 season") still is.
@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "The club was founded in 1964, and the club marked its 60 years with a parade of"
            " past players, including six members of the 1971 side that won the first flag.",
            False,
        ),
        (
            "The festival, founded in 1974, celebrated its 50th anniversary with a concert,"
            " featuring the 1988 winners of its song contest.",
            False,
        ),
        (
            "The theatre, founded in 1924, marked its centenary with a gala, where the cast of"
            " its 1962 production returned to the stage.",
            False,
        ),
        (
            "The club was founded in 1964, and the club marked its 60 years with a parade of"
            " past players in 2016.",
            True,
        ),
        (
            "The festival, founded in 1974, celebrated its 50th anniversary during the 2013"
            " season, with a concert.",
            True,
        ),
        (
            "Founded in 1924, the theatre marked its centenary with a gala, and the 2010"
            " celebrations drew a record crowd.",
            True,
        ),
    ],
)
def test_fc406_year_naming_a_thing(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC406", published=PUB)) is bad


# "the 2023-24 financial year": its "24" is not a count of the share.
@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "The airline cancelled 2,140 services in the 2023-24 financial year, or about 7 per"
            " cent of its 31,200 scheduled flights.",
            False,
        ),
        (
            "The trust treated 4,100 patients in 2022–23, or about 12 per cent of the 34,000"
            " referred.",
            False,
        ),
        (
            "Councils approved 1,950 homes over 2019-20, roughly 30 per cent of the 6,500"
            " applications.",
            False,
        ),
        (
            "The airline cancelled 4,140 services in the 2023-24 financial year, or about 7 per"
            " cent of its 31,200 scheduled flights.",
            True,
        ),
        (
            "The trust treated 9,100 patients in 2022-23, or about 12 per cent of the 34,000"
            " referred.",
            True,
        ),
        (
            "Councils approved 1,950 homes last year, roughly 60 per cent of the 6,500"
            " applications.",
            True,
        ),
    ],
)
def test_fc404_year_range_is_not_the_count(findings: ReviewFn, text: str, bad: bool) -> None:
    assert bool(findings(HEAD + text, "FC404", published=PUB)) is bad


def _kinds(text: str, title: str | None = None) -> list[str]:
    return [
        b.kind for b in segment(Article(path="x", format="text", text=text, title=title)).blocks
    ]


BODY = "The council approved the budget on Monday.\n"


# A section label over the headline is the article's kicker, not a photo caption.
@pytest.mark.parametrize(
    "kicker", ["Currie Cup", "Energy · Fusion", "Sport | Rugby union", "ANALYSIS"]
)
def test_kicker_over_the_headline_is_not_a_caption(kicker: str) -> None:
    title = "Council approves budget"
    kinds = _kinds(f"{kicker}\n\n{title}\n\n{BODY}", title)
    assert kinds == ["body", "headline", "body"]


@pytest.mark.parametrize(
    "caption",
    [
        "The mayor at the opening of the new library.",
        "Councillors vote on the budget in the town hall on Monday evening",
        "Jane Roe / Reuters",
    ],
)
def test_caption_over_the_headline_is_still_a_caption(caption: str) -> None:
    title = "Council approves budget"
    kinds = _kinds(f"{caption}\n\n{title}\n\n{BODY}", title)
    assert kinds == ["caption", "headline", "body"]


# An agency under a byline is the writer's credit, article text like the byline.
@pytest.mark.parametrize(
    "byline",
    [
        "By LAURA ADEYEMI-PRICE\nAssociated Press",
        "By Jane Roe\nReuters",
        "By Tom Lee and Ann Fox\nAFP",
    ],
)
def test_agency_under_a_byline_is_not_a_caption(byline: str) -> None:
    kinds = _kinds(f"Council approves budget\n\n{byline}\n\n{BODY}")
    assert "caption" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        f"{BODY}\nAssociated Press\n\n{BODY}",
        f"{BODY}\nA man walks past the flooded street. Getty Images\n\n{BODY}",
        f"{BODY}\nThe mayor said so.\nReuters\n\n{BODY}",
    ],
)
def test_agency_lines_elsewhere_stay_captions(text: str) -> None:
    assert "caption" in _kinds(text)
