"""A ticket-ready Markdown report: paste it into an issue or a pull-request comment.

Per article: a heading, counts by severity and category, each finding with its file
location, the quoted text and the suggestion, a checklist of claims for the desk to verify,
and whether the LLM stage ran. Text from the article is escaped so it cannot turn into
Markdown (links, emphasis, HTML) in the ticket.
"""

from __future__ import annotations

import re

from factcheck.render._location import file_region
from factcheck.report import Category, Finding, LLMInfo, Report, Severity
from factcheck.span import Span

_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_ICONS = {Severity.ERROR: "🛑", Severity.WARNING: "⚠️", Severity.INFO: "ℹ️"}
# Characters that start Markdown syntax anywhere in a line.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
# Block syntax at the start of a line: bullets, setext underlines, ordered-list markers.
_BULLET = re.compile(r"^(\s*)([-+=])", re.M)
_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.M)


def render(reports: list[Report]) -> str:
    out: list[str] = ["# factcheck report", ""]
    if len(reports) != 1:
        total = sum(r.summary.total for r in reports)
        out += [f"{len(reports)} articles, {_plural(total, 'finding')}.", ""]
    for report in reports:
        out += _article(report)
    return "\n".join(out).rstrip("\n") + "\n"


def escape(text: str) -> str:
    """Escape article text for Markdown inline use."""
    escaped = _SPECIAL.sub(r"\\\1", text)
    return _ORDERED.sub(r"\1\\\2", _BULLET.sub(r"\1\\\2", escaped))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _article(report: Report) -> list[str]:
    info = report.article
    heading = f"## `{info.path}`"
    if info.title:
        heading += f" — {escape(info.title)}"
    published = f"published {info.published}" if info.published else "publication date unknown"
    out = [heading, "", f"{info.words} words · {published}", "", _llm_line(report.llm), ""]
    if not report.findings:
        return [*out, "No findings.", ""]
    out += _summary_tables(report)
    out += ["### Findings", ""]
    ordered = sorted(report.findings, key=lambda f: (-f.severity.rank, f.primary.start))
    for number, finding in enumerate(ordered, start=1):
        out += _finding(number, finding, report)
    claims = [f for f in ordered if f.category is Category.CLAIM]
    if claims:
        out += ["### Claims to verify", ""]
        out += [_claim(f, report) for f in claims]
        out.append("")
    return out


def _llm_line(llm: LLMInfo) -> str:
    if llm.status == "ok":
        model = f" ({llm.model})" if llm.model else ""
        prompt = f", prompt {llm.prompt_version}" if llm.prompt_version else ""
        return f"**LLM:** ran{model}{prompt}; its findings are marked *LLM*."
    if llm.status == "failed":
        return f"**LLM:** failed — {escape(llm.detail)}. Rule findings only."
    return f"**LLM:** off — {escape(llm.detail)}."


def _summary_tables(report: Report) -> list[str]:
    by_severity = report.summary.by_severity
    summary = report.summary
    hidden = [
        f"{n} {why}"
        for n, why in ((summary.suppressed, "suppressed inline"), (summary.baselined, "baselined"))
        if n
    ]
    total = f"**{_plural(summary.total, 'finding')}**"
    out = [
        total + (f" (not shown: {', '.join(hidden)})" if hidden else ""),
        "",
        "| Severity | Count |",
        "| --- | ---: |",
    ]
    out += [f"| {s.value} | {by_severity.get(s.value, 0)} |" for s in _ORDER]
    out += ["", "| Category | Count |", "| --- | ---: |"]
    out += [f"| {c} | {n} |" for c, n in sorted(summary.by_category.items())]
    return [*out, ""]


def _where(span: Span, report: Report) -> str:
    region = file_region(report.article, span)
    if region is None:
        return f"text line {span.line}, column {span.column}"
    return f"line {region.line}, column {region.column}"


def _finding(number: int, finding: Finding, report: Report) -> list[str]:
    source = " · *LLM*" if finding.source == "llm" else ""
    out = [
        f"#### {number}. {_ICONS[finding.severity]} {finding.severity.value} · "
        f"{finding.rule_id} · {_where(finding.primary, report)}{source}",
        "",
        escape(finding.message),
        "",
    ]
    for i, span in enumerate(finding.spans):
        if i:
            out += [f"Also at {_where(span, report)}:", ""]
        out += [_quote(span.text), ""]
    if finding.suggestion:
        out += [f"**Suggestion:** {escape(finding.suggestion)}", ""]
    out += [f"<sub>{finding.category.value} · confidence {finding.confidence:.2f}</sub>", ""]
    return out


def _quote(text: str) -> str:
    return "\n".join(f"> {escape(line)}" if line else ">" for line in text.split("\n"))


def _claim(finding: Finding, report: Report) -> str:
    quoted = " ".join(finding.primary.text.split())
    return (
        f"- [ ] {_where(finding.primary, report)}: “{escape(quoted)}” — {escape(finding.message)}"
    )
