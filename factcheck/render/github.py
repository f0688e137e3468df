"""GitHub Actions workflow commands: one annotation line per finding.

``::warning file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=FC101::message``, escaped as
the Actions toolkit escapes them, so a message with a newline, comma or colon stays one
annotation. Columns are inclusive here, as in GitHub's annotations.
"""

from __future__ import annotations

from factcheck.render._location import file_region, is_file, relative_path
from factcheck.report import Finding, Report, Severity

COMMANDS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
}


def escape_data(value: str) -> str:
    """Escape a message (the text after ``::``)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value; ``,`` and ``:`` would end it early."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(reports: list[Report]) -> str:
    lines = [_command(report, finding) for report in reports for finding in report.findings]
    return "".join(line + "\n" for line in lines)


def _command(report: Report, finding: Finding) -> str:
    article = report.article
    span = finding.primary
    props: list[tuple[str, str]] = []
    if is_file(article):
        props.append(("file", relative_path(article.path)))
    message = finding.message
    where = file_region(article, span)
    if where is not None:
        # Span end columns are exclusive; GitHub's endColumn is the last column.
        floor = where.column if where.end_line == where.line else 1
        props += [
            ("line", str(where.line)),
            ("col", str(where.column)),
            ("endLine", str(where.end_line)),
            ("endColumn", str(max(floor, where.end_column - 1))),
        ]
    else:
        # HTML: no file line to point at, so the annotation goes on the file.
        message += f" (extracted text, line {span.line}, column {span.column})"
    if not is_file(article):
        message += f" ({article.path})"
    props.append(("title", finding.rule_id))
    if finding.suggestion:
        message += f"\nSuggestion: {finding.suggestion}"
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{COMMANDS[finding.severity]} {rendered}::{escape_data(message)}"
