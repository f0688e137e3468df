"""The Markdown ticket report: headings, counts, locations, quotes, claims, LLM status."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.render import markdown
from factcheck.report import Category, Finding, LLMInfo, Report, Severity, summarize
from factcheck.review import ReviewOptions, review_path, review_text
from factcheck.span import LineIndex

ROOT = Path(__file__).resolve().parent.parent
SEED_REL = "seeds/2025-02-12-trump-putin-zelenskiy-calls.md"


@pytest.fixture
def seed_report(monkeypatch: pytest.MonkeyPatch) -> Report:
    monkeypatch.chdir(ROOT)
    return review_path(SEED_REL, ReviewOptions()).report


def _claim(text: str, needle: str, message: str) -> Finding:
    start = text.index(needle)
    return Finding(
        rule_id="FC801",
        category=Category.CLAIM,
        severity=Severity.INFO,
        message=message,
        spans=[LineIndex(text).span(start, start + len(needle))],
        confidence=0.6,
        source="llm",
    )


def _section(output: str, heading: str) -> str:
    """The text under a heading, up to the next heading of the same or a higher level."""
    level = heading.split(" ", 1)[0]
    start = output.index(heading + "\n")
    rest = output[start + len(heading) + 1 :]
    stop = re.search(rf"^#{{1,{len(level)}}} ", rest, re.M)
    return rest[: stop.start()] if stop else rest


def _heading_line(text: str, index: int) -> str:
    return re.findall(r"^#### .*$", text, re.M)[index]


def test_seed_report_has_heading_tables_and_llm_line(seed_report: Report) -> None:
    out = markdown.render([seed_report])
    assert out.startswith("# factcheck report\n")
    assert f"## `{SEED_REL}` — {seed_report.article.title}" in out
    summary = seed_report.summary
    assert f"| warning | {summary.by_severity['warning']} |" in out
    assert f"| info | {summary.by_severity['info']} |" in out
    assert "| error | 0 |" in out
    for category, count in summary.by_category.items():
        assert f"| {category} | {count} |" in out
    assert "**LLM:** off — no LLM endpoint is configured" in out
    assert "- [ ]" not in out  # the seed has no claim findings


def test_findings_show_file_line_rule_quote_and_suggestion(seed_report: Report) -> None:
    out = markdown.render([seed_report])
    findings = _section(out, "### Findings")
    headings = re.findall(
        r"^#### (\d+)\. .* · (FC\d{3}) · line (\d+), column (\d+)", findings, re.M
    )
    assert len(headings) == len(seed_report.findings)
    assert [h[0] for h in headings] == [str(i) for i in range(1, len(headings) + 1)]
    assert headings[0][1] == "FC101"  # warnings before infos
    fc101 = next(f for f in seed_report.findings if f.rule_id == "FC101")
    offset = seed_report.article.line_offset
    assert offset > 0
    assert (headings[0][2], headings[0][3]) == (
        str(fc101.primary.line + offset),
        str(fc101.primary.column),
    )
    block = _section(out, _heading_line(findings, 0))
    assert f"> {fc101.spans[0].text}\n" in block
    assert f"Also at line {fc101.spans[1].line + offset}, column {fc101.spans[1].column}:" in block
    assert f"> {fc101.spans[1].text}\n" in block
    assert f"**Suggestion:** {fc101.suggestion}" in block


def test_claims_checklist_escaping_and_llm_ok() -> None:
    text = "The [ministry](http://evil.example) says *all* 5,000 troops left.\n"
    report = review_text(text).report
    claim = _claim(text, "*all* 5,000 troops left", "Check the <b>troop</b> number")
    llm = LLMInfo(enabled=True, status="ok", detail="", model="small-model", prompt_version="3")
    report = report.model_copy(
        update={"findings": [claim], "summary": summarize([claim]), "llm": llm}
    )
    out = markdown.render([report])
    checklist = _section(out, "### Claims to verify")
    items = [line for line in checklist.splitlines() if line.startswith("- [ ] ")]
    assert items == [
        "- [ ] line 1, column 42: “\\*all\\* 5,000 troops left” — "
        "Check the \\<b\\>troop\\</b\\> number"
    ]
    assert "> \\*all\\* 5,000 troops left" in out
    assert "*LLM*" in out
    assert "**LLM:** ran (small-model), prompt 3" in out
    assert "<b>" not in out


def test_suppressed_and_baselined_counts_are_mentioned(seed_report: Report) -> None:
    summary = seed_report.summary.model_copy(update={"suppressed": 2, "baselined": 1})
    out = markdown.render([seed_report.model_copy(update={"summary": summary})])
    total = seed_report.summary.total
    assert f"**{total} findings** (not shown: 2 suppressed inline, 1 baselined)" in out
    assert "not shown" not in markdown.render([seed_report])


def test_llm_failure_is_reported() -> None:
    report = review_text("The minister spoke on Tuesday.").report
    failed = LLMInfo(enabled=True, status="failed", detail="timeout after 30 s")
    out = markdown.render([report.model_copy(update={"llm": failed})])
    assert "**LLM:** failed — timeout after 30 s. Rule findings only." in out


def test_several_articles_each_get_a_section(seed_report: Report) -> None:
    clean = review_text("The minister spoke on Tuesday.").report
    clean = clean.model_copy(update={"findings": [], "summary": summarize([])})
    out = markdown.render([seed_report, clean])
    assert f"2 articles, {seed_report.summary.total} findings." in out
    assert re.findall(r"^## .*$", out, re.M) == [
        f"## `{SEED_REL}` — {seed_report.article.title}",
        "## `<text>`",
    ]
    assert _section(out, "## `<text>`").strip().endswith("No findings.")


def test_escape_neutralises_block_syntax() -> None:
    assert markdown.escape("# not a heading") == "\\# not a heading"
    assert markdown.escape("- item\n1. first") == "\\- item\n1\\. first"
    assert markdown.escape("a|b `c` _d_") == "a\\|b \\`c\\` \\_d\\_"
