"""Inline suppressions in Markdown and HTML."""

from __future__ import annotations

from pathlib import Path

from factcheck.review import ReviewOptions, review_path

SENTENCE = (
    "Scott Bessent, Trump’s former Treasury Secretary, visited Kyiv on Wednesday, marking the "
    "first visit by a member of Trump’s cabinet."
)


def rule_ids(path: Path) -> list[str]:
    review = review_path(str(path), ReviewOptions())
    return [f.rule_id for f in review.report.findings]


def test_markdown_comment_above_the_line_silences_that_rule(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"<!-- factcheck: ignore FC101 -->\n{SENTENCE}\n", "utf-8")
    review = review_path(str(path), ReviewOptions())
    assert "FC101" not in [f.rule_id for f in review.report.findings]
    assert review.report.summary.suppressed == 1


def test_markdown_comment_on_the_same_line(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"{SENTENCE} <!-- factcheck: ignore FC1 -->\n", "utf-8")
    assert "FC101" not in rule_ids(path)


def test_comment_for_another_rule_or_far_away_does_not_silence(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"<!-- factcheck: ignore FC5 -->\n{SENTENCE}\n", "utf-8")
    assert "FC101" in rule_ids(path)
    path.write_text(f"<!-- factcheck: ignore FC101 -->\n\nOther text.\n\n{SENTENCE}\n", "utf-8")
    assert "FC101" in rule_ids(path)


def test_html_comment_before_the_paragraph_silences_it(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Visit</title></head><body><article><h1>Visit</h1>"
        "<p>The delegation arrived in the capital early on Wednesday morning after a long "
        "overnight train journey from the border.</p>"
        "<!-- factcheck: ignore FC101 -->"
        f"<p>{SENTENCE}</p>"
        "<p>Officials said the talks covered minerals, energy and reconstruction, and that "
        "further meetings would follow in the coming weeks.</p></article></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(page, "utf-8")
    assert "FC101" not in rule_ids(path)
    path.write_text(page.replace("<!-- factcheck: ignore FC101 -->", ""), "utf-8")
    assert "FC101" in rule_ids(path)
