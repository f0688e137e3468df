"""Baselines: re-runs pass, line shifts keep matches, new findings still fail."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SEED_MD
from tests.conftest import run_cli as run


def test_baseline_of_the_seed_survives_edits_and_catches_new_errors(tmp_path: Path) -> None:
    article = tmp_path / "seed.md"
    article.write_text(SEED_MD.read_text("utf-8"), "utf-8")
    baseline = tmp_path / "baseline.json"

    code, out, _ = run(["baseline", str(article), "-o", str(baseline)])
    assert code == 0
    entries = json.loads(baseline.read_text())["findings"]
    assert "FC101" in {e["rule_id"] for e in entries}

    # 1. A re-run against the baseline is clean.
    code, out, _ = run(["review", str(article), "--baseline", str(baseline), "--format", "json"])
    report = json.loads(out)
    assert code == 0
    assert report["findings"] == []
    assert report["summary"]["baselined"] == len(entries)

    # 2. A paragraph inserted at the top shifts every line; still clean.
    text = article.read_text("utf-8")
    body_start = text.index("---", 3) + 4
    shifted = (
        text[:body_start]
        + "An editor's note was added here.\n\nAnd a second paragraph, too.\n\n"
        + text[body_start:]
    )
    article.write_text(shifted, "utf-8")
    code, out, _ = run(["review", str(article), "--baseline", str(baseline), "--format", "json"])
    assert code == 0, out
    assert json.loads(out)["findings"] == []

    # 3. A new planted error is reported, and only it.
    planted = shifted.replace(
        "Trump also mentioned",
        "Pete Hegseth, the former Defense Secretary, also attended.\n\nTrump also mentioned",
    )
    article.write_text(planted, "utf-8")
    code, out, _ = run(["review", str(article), "--baseline", str(baseline), "--format", "json"])
    findings = json.loads(out)["findings"]
    assert code == 1
    assert [(f["rule_id"], f["spans"][0]["text"]) for f in findings] == [
        ("FC101", "former Defense Secretary")
    ]


def test_a_baseline_that_is_not_one_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "b.json"
    bad.write_text("{not json")
    code, _, err = run(["review", str(SEED_MD), "--baseline", str(bad)])
    assert code == 2
    assert "not a factcheck baseline" in err
    code, _, err = run(["review", str(SEED_MD), "--baseline", str(tmp_path / "none.json")])
    assert code == 2
    assert "baseline file not found" in err
