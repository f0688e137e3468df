"""SARIF 2.1.0 for code scanning (GitHub ``upload-sarif`` and other SARIF viewers).

One run holds every article reviewed in the call. Regions are in FILE lines (the article
text's lines plus ``line_offset``) and code-point columns, as ``columnKind`` says.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck import __version__
from factcheck.render._location import artifact_uri, file_region, is_file
from factcheck.report import Finding, Report, Severity
from factcheck.rules import REGISTRY
from factcheck.span import Span

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# Where people learn about the tool; SARIF viewers link the driver name to it.
INFORMATION_URI = "https://pypi.org/project/factcheck/"
FINGERPRINT_KEY = "factcheckFindingHash/v1"

LEVELS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
}


def render(reports: list[Report]) -> str:
    return json.dumps(sarif_log(reports), indent=2, ensure_ascii=False) + "\n"


def sarif_log(reports: list[Report]) -> dict[str, Any]:
    rule_ids = sorted(REGISTRY)
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    results: list[dict[str, Any]] = []
    for report in reports:
        for finding in report.findings:
            results.append(_result(report, finding, index))
    version = reports[0].tool.version if reports else __version__
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": version,
                        "semanticVersion": version,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule_descriptor(rule_id) for rule_id in rule_ids],
                    }
                },
                "invocations": [{"executionSuccessful": True}],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _rule_descriptor(rule_id: str) -> dict[str, Any]:
    rule = REGISTRY[rule_id]
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc, "markdown": rule.doc},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category.value, "tags": [rule.category.value]},
    }


def _result(report: Report, finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "level": LEVELS[finding.severity],
        "message": {"text": _message(finding)},
        "locations": [_location(report, finding.primary, id_=None)],
        # The review's own fingerprint, the one baselines use: rule, quoted text and the
        # words of its line, so it survives edits that move the text.
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {
            "category": finding.category.value,
            "confidence": finding.confidence,
            "source": finding.source,
        },
    }
    # LLM findings may carry IDs no registry rule has; ruleIndex must point at a real rule.
    if finding.rule_id in index:
        result["ruleIndex"] = index[finding.rule_id]
    if len(finding.spans) > 1:
        result["relatedLocations"] = [
            _location(report, span, id_=i) for i, span in enumerate(finding.spans[1:], start=1)
        ]
    return result


def _message(finding: Finding) -> str:
    if finding.suggestion:
        return f"{finding.message}\nSuggestion: {finding.suggestion}"
    return finding.message


def _location(report: Report, span: Span, *, id_: int | None) -> dict[str, Any]:
    article = report.article
    if is_file(article):
        artifact: dict[str, Any] = {"uri": artifact_uri(article.path)}
    else:
        artifact = {"description": {"text": "standard input"}}
    region: dict[str, Any] = {"snippet": {"text": span.text}}
    where = file_region(article, span)
    if where is not None:
        region.update(
            startLine=where.line,
            startColumn=where.column,
            endLine=where.end_line,
            endColumn=where.end_column,
        )
    else:
        # HTML: spans index the extracted text, which has no line in the file. Code
        # scanning needs a startLine, so point at the file's top and say where in the text.
        region["startLine"] = 1
    location: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": artifact, "region": region},
    }
    if where is None:
        location["message"] = {
            "text": f"In the text extracted from the HTML: line {span.line}, column {span.column}."
        }
    if id_ is not None:
        location["id"] = id_
    return location
