"""GitHub Actions annotations: one parseable, correctly escaped command per finding."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.render import github
from factcheck.report import Category, Finding, Report, Severity, summarize
from factcheck.review import ReviewOptions, review_path, review_text
from factcheck.span import LineIndex

ROOT = Path(__file__).resolve().parent.parent
SEED_MD = ROOT / "seeds" / "2025-02-12-trump-putin-zelenskiy-calls.md"
SEED_REL = "seeds/2025-02-12-trump-putin-zelenskiy-calls.md"

# A workflow command as the runner reads it: no raw newline, properties free of , and :.
COMMAND = re.compile(
    r"^::(?P<command>error|warning|notice)"
    r"(?: (?P<props>[A-Za-z]+=[^,:\r\n]*(?:,[A-Za-z]+=[^,:\r\n]*)*))?"
    r"::(?P<message>[^\r\n]*)$"
)


def _unescape(value: str) -> str:
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(escaped, raw)
    return value


def _parse(output: str) -> list[tuple[str, dict[str, str], str]]:
    assert output.endswith("\n")
    parsed = []
    for line in output.splitlines():
        match = COMMAND.match(line)
        assert match, line
        props = dict(p.split("=", 1) for p in (match["props"] or "").split(",") if p)
        parsed.append(
            (
                match["command"],
                {k: _unescape(v) for k, v in props.items()},
                _unescape(match["message"]),
            )
        )
    return parsed


@pytest.fixture
def seed_report(monkeypatch: pytest.MonkeyPatch) -> Report:
    monkeypatch.chdir(ROOT)
    return review_path(SEED_REL, ReviewOptions()).report


def _finding(text: str, needle: str, message: str, suggestion: str | None = None) -> Finding:
    start = text.index(needle)
    return Finding(
        rule_id="FC102",
        category=Category.TITLE,
        severity=Severity.ERROR,
        message=message,
        spans=[LineIndex(text).span(start, start + len(needle))],
        suggestion=suggestion,
        confidence=0.9,
    )


def test_one_annotation_per_finding_at_its_file_line(seed_report: Report) -> None:
    parsed = _parse(github.render([seed_report]))
    assert len(parsed) == len(seed_report.findings) > 0
    file_lines = SEED_MD.read_text(encoding="utf-8").split("\n")
    for (command, props, message), finding in zip(parsed, seed_report.findings, strict=True):
        assert (
            command
            == {"info": "notice", "warning": "warning", "error": "error"}[finding.severity.value]
        )
        assert props["file"] == SEED_REL
        assert props["title"] == finding.rule_id
        assert message.startswith(finding.message)
        line, col = int(props["line"]), int(props["col"])
        assert line == finding.primary.line + seed_report.article.line_offset
        span = finding.primary
        if span.line == span.end_line:
            # endColumn is inclusive: the span's text is columns col..endColumn of the line.
            shown = file_lines[line - 1][col - 1 : int(props["endColumn"])]
            assert shown == span.text
            assert props["endLine"] == props["line"]


def test_seed_warning_carries_its_suggestion(seed_report: Report) -> None:
    parsed = _parse(github.render([seed_report]))
    warnings = [p for p in parsed if p[0] == "warning"]
    assert [p[1]["title"] for p in warnings] == ["FC101"]
    assert "\nSuggestion: " in warnings[0][2]


def test_messages_and_properties_are_escaped(tmp_path: Path) -> None:
    text = "Ms. Smith, 50% owner, spoke.\nThen: more."
    weird = tmp_path / "a,b:c.txt"
    weird.write_text(text, encoding="utf-8")
    report = review_path(str(weird), ReviewOptions()).report
    finding = _finding(text, "50% owner", "100% wrong,\r\nsee: here", "say: 50%, not 60%")
    report = report.model_copy(update={"findings": [finding], "summary": summarize([finding])})
    output = github.render([report])
    assert output.count("\n") == 1  # the message's newline did not split the command
    line = output.rstrip("\n")
    assert "100%25 wrong,%0D%0Asee: here%0ASuggestion: say: 50%25, not 60%25" in line
    assert "a%2Cb%3Ac.txt" in line
    ((command, props, message),) = _parse(output)
    assert command == "error"
    assert props["file"].endswith("a,b:c.txt")
    assert props["line"] == "1" and props["col"] == "12" and props["endColumn"] == "20"
    assert message == "100% wrong,\r\nsee: here\nSuggestion: say: 50%, not 60%"


def test_html_and_stdin_findings_have_no_file_line(tmp_path: Path) -> None:
    text = "Scott Bessent, the minister, spoke."
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article><p>{text}</p></article></body></html>")
    html_report = review_path(str(page), ReviewOptions()).report
    finding = _finding(text, "the minister", "Wrong title")
    html_report = html_report.model_copy(
        update={"findings": [finding], "summary": summarize([finding])}
    )
    stdin_report = review_text(text).report
    stdin_report = stdin_report.model_copy(
        update={
            "article": stdin_report.article.model_copy(update={"path": "-"}),
            "findings": [finding],
            "summary": summarize([finding]),
        }
    )
    (html_line, stdin_line) = _parse(github.render([html_report, stdin_report]))
    assert html_line[1]["file"].endswith("page.html")
    assert "line" not in html_line[1] and "col" not in html_line[1]
    assert "extracted text, line 1, column 16" in html_line[2]
    assert "file" not in stdin_line[1]
    assert stdin_line[1]["line"] == "1"


def test_no_findings_prints_nothing() -> None:
    report = review_text("The minister spoke on Tuesday.").report
    report = report.model_copy(update={"findings": [], "summary": summarize([])})
    assert github.render([report]) == ""
