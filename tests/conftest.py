"""Shared test helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.report import Finding, Report
from factcheck.review import ReviewOptions, review_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_TXT = SEEDS / "2025-02-12-trump-putin-zelenskiy-calls.txt"
SEED_MD = SEEDS / "2025-02-12-trump-putin-zelenskiy-calls.md"


def check_spans(report: Report, text: str) -> None:
    """Every span's quoted text is exactly the article text at its offsets."""
    for finding in report.findings:
        for span in finding.spans:
            assert text[span.start : span.end] == span.text, finding
    for segment in report.excluded_segments:
        assert text[segment.span.start : segment.span.end] == segment.span.text


ReviewFn = Callable[..., list[Finding]]


@pytest.fixture
def findings() -> ReviewFn:
    """Review a text and return its findings, optionally only those of one rule prefix."""

    def run(
        text: str,
        rule: str | None = None,
        *,
        published: dt.date | None = None,
    ) -> list[Finding]:
        options = ReviewOptions(select=[rule] if rule else [])
        review = review_text(text, published=published, options=options)
        check_spans(review.report, text)
        return review.report.findings

    return run


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite the golden reports in tests/golden/ instead of comparing with them.",
    )


class _MainCommand:
    """Adapts `factcheck.cli.main(argv)` (which calls sys.exit) to CliRunner's `invoke`."""

    name = "factcheck"

    def main(self, args: list[str], **_: object) -> None:
        from factcheck.cli import main

        main(list(args))


def run_cli(args: list[str], stdin: str | bytes | None = None) -> tuple[int, str, str]:
    """Run the CLI as the console script does: (exit code, stdout, stderr)."""
    from click.testing import CliRunner

    result = CliRunner().invoke(_MainCommand(), args, input=stdin)  # type: ignore[arg-type]
    return result.exit_code, result.stdout, result.stderr
