"""FC2xx: titles checked against the officeholder roster at the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.review import ReviewOptions, review_path
from factcheck.rules import REGISTRY
from factcheck.rules import roster as roster_rules
from tests.conftest import SEED_MD, SEED_TXT, ReviewFn

D = dt.date.fromisoformat


def _hits(findings: ReviewFn, text: str, day: str | None) -> list[tuple[str, str]]:
    found = findings(text, "FC2", published=D(day) if day else None)
    return [(f.rule_id, f.spans[0].text) for f in found]


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    """Undated articles are checked against "today": pin it."""
    day = D("2026-11-25")
    monkeypatch.setattr(roster_rules, "_today", lambda: day)
    return day


# --- the seed ------------------------------------------------------------------------------


def test_seed_flags_only_bessent_as_former_treasury_secretary() -> None:
    review = review_path(str(SEED_MD), ReviewOptions(select=["FC2"]))
    found = review.report.findings
    assert [(f.rule_id, f.spans[0].text) for f in found] == [("FC201", "former Treasury Secretary")]
    finding = found[0]
    assert finding.source == "roster"
    assert "Scott Bessent" in finding.message
    assert "2025-02-12" in finding.message and "since 2025-01-28" in finding.message
    assert finding.suggestion == "“Treasury Secretary”"
    assert finding.confidence >= 0.85


def test_undated_seed_is_checked_against_today(today: dt.date) -> None:
    review = review_path(str(SEED_TXT), ReviewOptions(select=["FC2"]))
    found = {(f.rule_id, f.spans[0].text): f for f in review.report.findings}
    # Waltz left the post on 2025-05-01: a definite finding, even after as_of.
    waltz = found.pop(("FC202", "national security adviser"))
    assert "2025-05-01" in waltz.message
    assert "No publication date: checked against today, 2026-11-25." in waltz.message
    # Bessent's term is open at as_of: the roster cannot be sure, so only a note.
    bessent = found.pop(("FC203", "former Treasury Secretary"))
    assert bessent.severity.value == "info"
    assert "as of 2025-09-30" in bessent.message and "may be stale" in bessent.message
    assert found == {}


# --- FC201: "former" during the term ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "span"),
    [
        ("Scott Bessent, Trump's former Treasury Secretary, visited Kyiv.", "2025-02-12",
         "former Treasury Secretary"),
        ("Former Secretary of State Marco Rubio met reporters.", "2025-06-01",
         "Former Secretary of State"),
        ("Pete Hegseth, the former defense secretary, spoke in Brussels.", "2025-06-01",
         "former defense secretary"),
        ("Ex-President Donald Trump spoke on Monday.", "2025-03-01", "Ex-President"),
        ("Former British Prime Minister Keir Starmer spoke on Monday.", "2025-01-10",
         "Former British Prime Minister"),
        ("Former Italian Prime Minister Giorgia Meloni spoke on Monday.", "2025-06-10",
         "Former Italian Prime Minister"),
        ("Marco Rubio is the secretary of state. Rubio, the former secretary of state, spoke.",
         "2025-06-01", "former secretary of state"),
    ],
)  # fmt: skip
def test_former_during_term(findings: ReviewFn, text: str, day: str, span: str) -> None:
    assert _hits(findings, text, day) == [("FC201", span)]


def test_former_message_and_suggestion(findings: ReviewFn) -> None:
    (finding,) = findings(
        "Ex-President Donald Trump spoke on Monday.", "FC2", published=D("2025-03-01")
    )
    assert finding.message == (
        "Donald Trump is called “Ex-President”, but the roster has them in that office on"
        " 2025-03-01 (since 2025-01-20)."
    )
    assert finding.suggestion == "“President”"


# --- FC202: a current title outside the term ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "span", "why"),
    [
        ("President Joe Biden met the delegation.", "2025-03-01", "President",
         "term ending on 2025-01-20"),
        ("Secretary of State Antony Blinken met the delegation.", "2025-06-01",
         "Secretary of State", "term ending on 2025-01-20"),
        ("German Chancellor Olaf Scholz met the delegation.", "2025-07-01", "German Chancellor",
         "term ending on 2025-05-06"),
        ("National security adviser Mike Waltz spoke.", "2025-06-01",
         "National security adviser", "term ending on 2025-05-01"),
        ("HHS Secretary Xavier Becerra spoke on Monday.", "2025-06-01", "HHS Secretary",
         "term ending on 2025-01-20"),
        ("Chinese Premier Li Keqiang spoke on Monday.", "2024-01-10", "Chinese Premier",
         "term ending on 2023-03-11"),
        # Between two terms.
        ("President Donald Trump met the delegation.", "2023-05-01", "President",
         "out of that office between 2021-01-20 and 2025-01-20"),
        # Before the term began.
        ("Treasury Secretary Scott Bessent met the delegation.", "2024-12-01",
         "Treasury Secretary", "term beginning only on 2025-01-28"),
        ("Chancellor Friedrich Merz met the delegation.", "2025-03-01", "Chancellor",
         "term beginning only on 2025-05-06"),
    ],
)  # fmt: skip
def test_current_title_outside_term(
    findings: ReviewFn, text: str, day: str, span: str, why: str
) -> None:
    found = findings(text, "FC2", published=D(day))
    assert [(f.rule_id, f.spans[0].text) for f in found] == [("FC202", span)]
    assert why in found[0].message


def test_current_title_suggestions(findings: ReviewFn) -> None:
    (after,) = findings("President Joe Biden spoke.", "FC2", published=D("2025-03-01"))
    assert after.suggestion == "“former President” or “then-President”"
    (before,) = findings(
        "Treasury Secretary Scott Bessent spoke.", "FC2", published=D("2024-12-01")
    )
    assert before.suggestion is not None and "incoming Treasury Secretary" in before.suggestion


def test_surname_only_match_has_lower_confidence(findings: ReviewFn) -> None:
    (full,) = findings("President Joe Biden spoke.", "FC2", published=D("2025-03-01"))
    (short,) = findings("President Biden spoke.", "FC2", published=D("2025-03-01"))
    assert short.rule_id == "FC202"
    assert short.confidence < full.confidence


# --- not flagged -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Correct "former".
        ("Former President Joe Biden met the delegation.", "2025-03-01"),
        ("Former Treasury Secretary Janet Yellen spoke on Monday.", "2025-06-01"),
        ("Former President Donald Trump spoke in Iowa.", "2023-05-01"),
        # Correct current titles.
        ("Treasury Secretary Scott Bessent met the delegation.", "2025-03-01"),
        ("Russian President Vladimir Putin spoke on Monday.", "2025-02-12"),
        ("President Xi Jinping spoke on Monday.", "2025-06-10"),
        ("Defense Secretary Patrick Shanahan spoke.", "2019-03-01"),  # acting term
        # then-, incoming, -elect.
        ("Then-President Joe Biden met the delegation in 2023.", "2025-03-01"),
        ("Then-Secretary of State Antony Blinken met the delegation.", "2025-06-01"),
        ("President-elect Donald Trump met the delegation.", "2024-12-01"),
        ("Incoming Treasury Secretary Scott Bessent met the delegation.", "2024-12-01"),
        # Quotations.
        ("“Former Treasury Secretary Scott Bessent is wrong,” the senator said.", "2025-02-12"),
        # Unknown person; a known person in an office the roster does not give them.
        ("Former Treasury Secretary John Smith spoke on Monday.", "2025-02-12"),
        ("Former Treasury Secretary Marco Rubio spoke.", "2025-06-01"),
        # Another country's office: FC102's business, not the roster's.
        ("Ukrainian President Vladimir Putin spoke on Monday.", "2025-02-12"),
        # Handover day and the day after.
        ("British Prime Minister Rishi Sunak spoke on Monday.", "2024-07-05"),
        ("British Prime Minister Rishi Sunak spoke on Monday.", "2024-07-06"),
        # Before the roster's coverage: earlier terms may be missing.
        ("Attorney General William Barr met the delegation.", "1992-01-01"),
    ],
)
def test_not_flagged(findings: ReviewFn, text: str, day: str) -> None:
    assert _hits(findings, text, day) == []


def test_boundary_margin_ends(findings: ReviewFn) -> None:
    text = "British Prime Minister Rishi Sunak spoke on Monday."
    assert _hits(findings, text, "2024-07-07") == [("FC202", "British Prime Minister")]


# --- no publication date -------------------------------------------------------------------


def test_no_date_uses_today_and_says_so(findings: ReviewFn, today: dt.date) -> None:
    (finding,) = findings("President Joe Biden met the delegation.", "FC2")
    assert finding.rule_id == "FC202"
    assert finding.message.endswith("No publication date: checked against today, 2026-11-25.")
    (dated,) = findings("President Joe Biden spoke.", "FC2", published=D("2026-11-25"))
    assert finding.confidence < dated.confidence


def test_no_date_open_term_is_never_certain(findings: ReviewFn, today: dt.date) -> None:
    """After as_of an open term may have ended: FC203 (info), never FC201."""
    found = findings("Former Treasury Secretary Scott Bessent spoke.", "FC2")
    assert [(f.rule_id, f.severity.value) for f in found] == [("FC203", "info")]
    assert findings("Treasury Secretary Scott Bessent spoke.", "FC2") == []


def test_dated_after_as_of_open_term(findings: ReviewFn) -> None:
    found = _hits(findings, "Former Secretary of State Marco Rubio spoke.", "2026-03-01")
    assert found == [("FC203", "Former Secretary of State")]


# --- registration and speed --------------------------------------------------------------------


def test_rules_are_registered_with_docs() -> None:
    for rule_id in ("FC201", "FC202", "FC203"):
        doc = REGISTRY[rule_id].doc
        for heading in ("**What it does.**", "**Why it matters.**", "**Example.**"):
            assert heading in doc, (rule_id, heading)
        assert "**Not flagged.**" in doc and "**How to silence it.**" in doc
    assert REGISTRY["FC203"].severity.value == "info"


def test_a_title_set_apart_from_its_name_points_at_both(findings: ReviewFn) -> None:
    text = "The High Representative, Federica Mogherini, had warned earlier in the week."
    [finding] = findings(text, "FC202", published=dt.date(2020, 2, 22))
    assert [s.text for s in finding.spans] == ["High Representative", "Federica Mogherini"]


def test_a_title_before_its_name_points_at_both_too(findings: ReviewFn) -> None:
    text = "Treasury Secretary Steven Mnuchin spoke on Monday."
    [finding] = findings(text, "FC202", published=dt.date(2021, 8, 11))
    assert [s.text for s in finding.spans] == ["Treasury Secretary", "Steven Mnuchin"]


# The UK's great offices of state: "Chancellor" for a British minister is the Chancellor
# of the Exchequer, read through the person's own terms.


@pytest.mark.parametrize(
    ("text", "published", "rule_id"),
    [
        ("Chancellor Jeremy Hunt set out the plan.", dt.date(2025, 2, 1), "FC202"),
        ("Former Chancellor Jeremy Hunt set out the plan.", dt.date(2023, 2, 1), "FC201"),
        ("Home Secretary Suella Braverman spoke.", dt.date(2024, 2, 1), "FC202"),
        ("Foreign Secretary Yvette Cooper spoke.", dt.date(2025, 2, 1), "FC202"),
        ("Chancellor of the Exchequer Rachel Reeves spoke.", dt.date(2024, 1, 1), "FC202"),
        ("Former foreign secretary David Lammy spoke.", dt.date(2025, 2, 1), "FC201"),
    ],
)
def test_uk_great_offices(findings: ReviewFn, text: str, published: dt.date, rule_id: str) -> None:
    [finding] = findings(text, "FC2", published=published)
    assert finding.rule_id == rule_id


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Chancellor Jeremy Hunt set out the plan.", dt.date(2023, 2, 1)),
        ("Former chancellor Philip Hammond spoke.", dt.date(2020, 3, 1)),
        ("Chancellor Rachel Reeves and Home Secretary Yvette Cooper spoke.", dt.date(2025, 2, 1)),
        ("Former foreign secretary Boris Johnson spoke.", dt.date(2023, 1, 1)),
        ("Chancellor Olaf Scholz met Chancellor Rachel Reeves.", dt.date(2024, 9, 1)),
    ],
)
def test_uk_great_offices_that_fit(findings: ReviewFn, text: str, published: dt.date) -> None:
    assert findings(text, "FC2", published=published) == []


@pytest.mark.parametrize(
    ("text", "published", "flagged"),
    [
        ("The German leader, Angela Merkel, sent a message.", dt.date(2023, 9, 21), True),
        ("The British leader, Boris Johnson, spoke.", dt.date(2023, 9, 21), True),
        ("German leader Olaf Scholz spoke.", dt.date(2023, 9, 21), False),
        ("The French leader, Emmanuel Macron, spoke.", dt.date(2023, 9, 21), False),
        ("Former German leader Angela Merkel spoke.", dt.date(2023, 9, 21), False),
        # No country: a party's or the opposition's leader is not a head of government.
        ("Labour leader Keir Starmer spoke.", dt.date(2023, 9, 21), False),
        ("The opposition leader, Keir Starmer, spoke.", dt.date(2023, 9, 21), False),
    ],
)  # fmt: skip
def test_a_country_leader_is_its_head_of_government(
    findings: ReviewFn, text: str, published: dt.date, flagged: bool
) -> None:
    assert bool(findings(text, "FC2", published=published)) is flagged
