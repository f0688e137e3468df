"""The terminal report: findings grouped by severity, each pointing into its line of text."""

from __future__ import annotations

import click

from factcheck.report import Finding, Report, Severity
from factcheck.span import LineIndex, Span

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
_CONTEXT = 48  # characters shown on each side of a span on long lines


def render(report: Report, text: str, *, color: bool) -> str:
    lines = LineIndex(text)
    offset = report.article.line_offset

    def style(s: str, **kw: object) -> str:
        return click.style(s, **kw) if color else s  # type: ignore[arg-type]

    out: list[str] = []
    info = report.article
    header = f"{info.path}"
    if info.title:
        header += f" — {info.title}"
    out.append(style(header, bold=True))
    published = (
        f"published {info.published} (from {info.published_source.replace('_', ' ')})"
        if info.published
        else "publication date unknown: date-dependent checks use today's date or are skipped"
    )
    out.append(f"{info.words} words · {published}")
    out.append("")
    for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        group = [f for f in report.findings if f.severity is severity]
        if not group:
            continue
        out.append(style(f"{severity.value} ({len(group)})", fg=_COLORS[severity], bold=True))
        for finding in group:
            out.extend(_finding(finding, lines, offset, style))
        out.append("")
    if not report.findings:
        out.append("No findings.")
        out.append("")
    out.append(_summary_line(report))
    return "\n".join(out) + "\n"


def _finding(finding: Finding, lines: LineIndex, offset: int, style) -> list[str]:  # type: ignore[no-untyped-def]
    first = finding.primary
    where = f"{first.line + offset}:{first.column}"
    out = [
        f"  {where}  {style(finding.rule_id, bold=True)} "
        f"{style(finding.category.value, dim=True)}  {finding.message}"
    ]
    for span in finding.spans:
        out.extend(_excerpt(span, lines, offset, style))
    if finding.suggestion:
        out.append(f"      {style('suggestion:', fg='green')} {finding.suggestion}")
    return out


def _excerpt(span: Span, lines: LineIndex, offset: int, style) -> list[str]:  # type: ignore[no-untyped-def]
    line_text = lines.line_text(span.line)
    col = span.column - 1
    end_col = span.end_column - 1 if span.end_line == span.line else len(line_text)
    lo = max(0, col - _CONTEXT)
    hi = min(len(line_text), max(end_col, col + 1) + _CONTEXT)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line_text) else ""
    shown = prefix + line_text[lo:hi] + suffix
    number = str(span.line + offset)
    marker = " " * (len(prefix) + col - lo) + "^" * max(1, min(end_col, hi) - col)
    gutter = " " * len(number)
    return [
        f"      {style(number, dim=True)} | {shown}",
        f"      {gutter} | {style(marker, fg='magenta', bold=True)}",
    ]


def _summary_line(report: Report) -> str:
    counts = report.summary.by_severity
    parts = [
        f"{counts[s.value]} {s.value}{'s' if counts[s.value] != 1 and s.value != 'info' else ''}"
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    ]
    quiet = report.summary
    if quiet.suppressed:
        parts.append(f"{quiet.suppressed} silenced inline")
    if quiet.baselined:
        parts.append(f"{quiet.baselined} in the baseline")
    return f"{', '.join(parts)}\n{_llm_line(report)}"


def _llm_line(report: Report) -> str:
    llm = report.llm
    if llm.status == "off":
        return f"LLM extraction: off ({llm.detail})"
    if llm.status == "failed":
        return (
            f"LLM extraction: FAILED ({llm.detail}); the findings above come from the "
            "offline analysis and rules"
        )
    return (
        f"LLM extraction: ok · model {llm.model} · prompt {llm.prompt} v{llm.prompt_version} · "
        f"{llm.items_returned} returned, {llm.items_grounded} grounded, "
        f"{llm.items_dropped} dropped · {llm.calls} calls, {llm.cache_hits} cache hits"
    )
