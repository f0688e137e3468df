"""Baselines: record today's findings so CI fails only on new ones.

A finding is matched by its article path and fingerprint (rule, quoted text, the words of
its line), never by line number, so edits elsewhere in the article keep it matched.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path, PurePath

from pydantic import BaseModel, ValidationError

from factcheck.errors import ConfigError
from factcheck.report import Report, summarize

BASELINE_VERSION = 1


class BaselineEntry(BaseModel):
    path: str
    rule_id: str
    fingerprint: str
    message: str


class Baseline(BaseModel):
    version: int = BASELINE_VERSION
    findings: list[BaselineEntry]


def _key(path: str) -> str:
    return PurePath(path).as_posix().removeprefix("./")


def build(reports: list[Report]) -> Baseline:
    return Baseline(
        findings=[
            BaselineEntry(
                path=_key(r.article.path),
                rule_id=f.rule_id,
                fingerprint=f.fingerprint,
                message=f.message,
            )
            for r in reports
            for f in r.findings
        ]
    )


def write(baseline: Baseline, path: Path) -> None:
    path.write_text(baseline.model_dump_json(indent=2) + "\n", encoding="utf-8")


def read(path: Path) -> Baseline:
    try:
        return Baseline.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise ConfigError(f"{path}: baseline file not found") from None
    except (json.JSONDecodeError, ValidationError, UnicodeDecodeError) as exc:
        first = str(exc).splitlines()[0]
        raise ConfigError(f"{path}: not a factcheck baseline ({first})") from None


def filter_report(report: Report, baseline: Baseline) -> Report:
    """The report without the findings the baseline already holds (counted, not shown)."""
    known = Counter(
        (e.rule_id, e.fingerprint) for e in baseline.findings if e.path == _key(report.article.path)
    )
    kept = []
    for finding in report.findings:
        key = (finding.rule_id, finding.fingerprint)
        if known[key] > 0:
            known[key] -= 1
        else:
            kept.append(finding)
    baselined = len(report.findings) - len(kept)
    summary = summarize(kept, suppressed=report.summary.suppressed, baselined=baselined)
    return report.model_copy(update={"findings": kept, "summary": summary})
