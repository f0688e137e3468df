"""Golden reports: `--format json` of each seed, compared exactly (timings aside).

Regenerate on purpose with `pytest tests/test_golden.py --update-golden`, then review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from tests.conftest import ROOT, SEEDS

GOLDEN = Path(__file__).parent / "golden"
SEED_FILES = sorted(p for p in SEEDS.iterdir() if p.suffix in (".txt", ".md", ".html"))


def _stable(report: dict) -> dict:  # type: ignore[type-arg]
    report = dict(report)
    report.pop("timings")
    return report


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name)
def test_seed_report_matches_golden(
    seed: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, ["review", str(seed.relative_to(ROOT)), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    actual = _stable(json.loads(result.output))
    golden = GOLDEN / f"{seed.name}.json"
    if request.config.getoption("--update-golden"):
        golden.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert golden.exists(), f"no golden report for {seed.name}: run with --update-golden"
    expected = json.loads(golden.read_text("utf-8"))
    assert actual == expected, f"{seed.name} report changed; if intended, run --update-golden"
