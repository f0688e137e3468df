"""After the rules: merge duplicates, apply severity overrides and inline suppressions,
and give every finding a fingerprint for baselines."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from factcheck.report import Finding, Severity
from factcheck.span import LineIndex
from factcheck.suppress import Suppression


def merge_duplicates(findings: list[Finding]) -> list[Finding]:
    """Two rules flagging the same span for the same reason become one finding.

    The article-internal rule is kept (it has the evidence in the text); the other's
    reason is appended, so the officeholder record still shows.
    """
    kept: dict[tuple[str, int, int], Finding] = {}
    for finding in sorted(findings, key=lambda f: f.rule_id):
        key = (finding.category.value, finding.primary.start, finding.primary.end)
        first = kept.get(key)
        if first is None:
            kept[key] = finding
            continue
        severity = max(first.severity, finding.severity, key=lambda s: s.rank)
        kept[key] = first.model_copy(
            update={
                "message": f"{first.message} Also {finding.rule_id}: {finding.message}",
                "severity": severity,
                "confidence": max(first.confidence, finding.confidence),
            }
        )
    return sorted(kept.values(), key=lambda f: (f.primary.start, f.rule_id))


def apply_severity(findings: list[Finding], overrides: Mapping[str, str]) -> list[Finding]:
    """Per-rule severity from config; the longest matching prefix wins (FC101 over FC1)."""
    if not overrides:
        return findings
    ranked = sorted(overrides.items(), key=lambda kv: len(kv[0]), reverse=True)
    out = []
    for finding in findings:
        match = next((sev for prefix, sev in ranked if finding.rule_id.startswith(prefix)), None)
        out.append(
            finding if match is None else finding.model_copy(update={"severity": Severity(match)})
        )
    return out


def apply_suppressions(
    findings: list[Finding], suppressions: Iterable[Suppression]
) -> tuple[list[Finding], int]:
    by_line: dict[int, list[Suppression]] = {}
    for s in suppressions:
        by_line.setdefault(s.line, []).append(s)
    if not by_line:
        return findings, 0
    kept = [
        f for f in findings if not any(s.covers(f.rule_id) for s in by_line.get(f.primary.line, ()))
    ]
    return kept, len(findings) - len(kept)


def with_fingerprints(findings: list[Finding], lines: LineIndex) -> list[Finding]:
    """Hash of rule, quoted text and the words of its line, with an occurrence counter."""
    seen: dict[str, int] = {}
    out = []
    for finding in findings:
        span = finding.primary
        context = " ".join(lines.line_text(span.line).split())
        digest = hashlib.sha256(
            "\0".join((finding.rule_id, " ".join(span.text.split()), context)).encode()
        ).hexdigest()[:16]
        seen[digest] = seen.get(digest, 0) + 1
        out.append(finding.model_copy(update={"fingerprint": f"{digest}:{seen[digest]}"}))
    return out
