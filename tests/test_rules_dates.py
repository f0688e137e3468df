"""FC5xx: weekdays beside dates, and impossible dates."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2025, 2, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "weekday", "suggestion"),
    [
        ("The hearing is set for Thursday, February 12, 2025.", "Thursday", "Wednesday"),
        ("Voting closes on Tuesday 12 February 2025, officials said.", "Tuesday", "Wednesday"),
        ("The ferry resumes on Feb. 14 (Saturday), the operator said.", "Saturday", "Friday"),
        ("Talks open on March 3, a Tuesday, in Geneva.", "Tuesday", "Monday"),
        ("The market reopens Mon., Feb. 18, after repairs.", "Mon.", "Tuesday"),
        ("Ballots were counted on Friday, the 7th of February.", "Friday", "Friday"),
    ],
)
def test_fc501_flags_a_weekday_that_does_not_fit(
    findings: ReviewFn, text: str, weekday: str, suggestion: str
) -> None:
    if weekday == "Friday":  # February 7, 2025 is a Friday: the last case is a control
        assert findings(text, "FC501", published=PUB) == []
        return
    [finding] = findings(text, "FC501", published=PUB)
    assert finding.spans[0].text == weekday
    assert finding.suggestion is not None and finding.suggestion.startswith(suggestion)
    assert 0.5 <= finding.confidence <= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Wednesday, February 12, 2025, to vote.",
        "The council met on Wednesday 12 February 2025.",
        "Results follow on Feb. 14 (Friday).",
        "The inquiry reopens on Monday, March 3.",
        "The ceasefire began on 2025-02-12, a Wednesday.",
        "On Wednesday, 12 people were hurt and February 12 was declared a day of mourning.",
    ],
)
def test_fc501_accepts_matching_pairs(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC501", published=PUB) == []


def test_fc501_uses_the_neighbouring_year_near_new_year(findings: ReviewFn) -> None:
    # December 30, 2024 was a Monday; the article is from January 2, 2025.
    text = "The accident happened on Monday, December 30, police said."
    assert findings(text, "FC501", published=dt.date(2025, 1, 2)) == []
    wrong = "The accident happened on Tuesday, December 30, police said."
    assert len(findings(wrong, "FC501", published=dt.date(2025, 1, 2))) == 1


def test_fc501_without_a_year_needs_the_publication_date(findings: ReviewFn) -> None:
    assert findings("The hearing is set for Thursday, February 12.", "FC501") == []
    # With the year written out, no publication date is needed.
    assert len(findings("The hearing is set for Thursday, February 12, 2025.", "FC501")) == 1


@pytest.mark.parametrize(
    ("text", "span", "why"),
    [
        ("The deadline is April 31, the council said.", "April 31", "30 days"),
        ("Payments stop on 30 February.", "30 February", "29 days"),
        ("The report is dated 2023-13-02.", "2023-13-02", "no month 13"),
        ("The contract was signed on February 29, 2023.", "February 29, 2023", "leap year"),
        ("Polls close on the 31st of June.", "31st of June", "30 days"),
    ],
)
def test_fc502_flags_impossible_dates(findings: ReviewFn, text: str, span: str, why: str) -> None:
    [finding] = findings(text, "FC502", published=PUB)
    assert finding.spans[0].text == span
    assert why in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "The deadline is April 30, the council said.",
        "The leap day, February 29, 2024, fell on a Thursday.",
        "He was born on February 29.",
        "The report is dated 2023-12-02.",
        "Some 45 people marched in March 45 minutes before dusk.",
        "The 2019-20 season and the 2023-24 budget were discussed.",
    ],
)
def test_fc502_accepts_real_dates(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC502", published=PUB) == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # November 4 is a Tuesday in 2025, the year the vote is still to come.
        (
            "The levy, if approved on Tuesday, Nov. 4, would raise $42 million.",
            dt.date(2025, 3, 26),
        ),
        # March 12 was a Tuesday in 2024, when the man was jailed.
        ("He was jailed on Tuesday 12 March for dangerous driving.", dt.date(2024, 9, 13)),
        # The range's year applies to its start.
        ("The festival runs from Friday 3 July to Sunday 5 July 2026.", dt.date(2025, 7, 7)),
    ],
)
def test_fc501_takes_the_year_the_sentence_points_to(
    findings: ReviewFn, text: str, published: dt.date
) -> None:
    assert findings(text, "FC501", published=published) == []


def test_fc501_still_flags_a_weekday_no_plausible_year_fits(findings: ReviewFn) -> None:
    # November 4: Monday 2024, Tuesday 2025, Wednesday 2026 - "Friday" fits none.
    text = "The levy, if approved on Friday, Nov. 4, would raise $42 million."
    assert len(findings(text, "FC501", published=dt.date(2025, 3, 26))) == 1


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The council will meet again on June 24 (a Wednesday).", True),
        ("The council will meet again on June 24 (a Tuesday).", False),
        ("The council will meet again on June 24 (which is a Wednesday).", True),
    ],
)
def test_fc501_a_weekday_in_brackets_with_an_article(
    findings: ReviewFn, text: str, flagged: bool
) -> None:
    assert bool(findings(text, "FC501", published=dt.date(2025, 6, 10))) is flagged


def test_fc501_two_weekdays_and_two_dates(findings: ReviewFn) -> None:
    text = "The summit is on Monday and Tuesday, Nov. 18 and 19, in Rio."
    assert findings(text, "FC501", published=dt.date(2024, 11, 10)) == []
