"""Config discovery, select/ignore, severity and per-path overrides, and bad config."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factcheck.config import find_config, load_config
from factcheck.errors import ConfigError
from tests.conftest import SEED_MD, run_cli

ARTICLE = (
    "Scott Bessent, Trump’s former Treasury Secretary, visited Kyiv on Wednesday, marking the "
    "first visit by a member of Trump’s cabinet.\n\nSee also: Other news\n"
)


def run_in(cwd: Path, args: list[str]) -> tuple[int, str, str]:
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return run_cli(args)
    finally:
        os.chdir(old)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "articles" / "drafts").mkdir(parents=True)
    (tmp_path / "articles" / "a.md").write_text(ARTICLE, "utf-8")
    (tmp_path / "articles" / "drafts" / "b.md").write_text(ARTICLE, "utf-8")
    return tmp_path


def rule_ids(out: str) -> list[list[str]]:
    data = json.loads(out)
    reports = data.get("reports", [data])
    return [sorted(f["rule_id"] for f in r["findings"]) for r in reports]


def test_pyproject_is_found_walking_up(project: Path) -> None:
    (project / "pyproject.toml").write_text("[tool.factcheck]\nignore = ['FC9']\n")
    nested = project / "articles" / "drafts"
    assert find_config(nested) == project / "pyproject.toml"
    code, out, _ = run_in(nested, ["review", "b.md", "--format", "json"])
    assert rule_ids(out) == [["FC101"]]
    assert code == 1


def test_pyproject_without_our_table_is_skipped(project: Path) -> None:
    (project / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    (project / "articles" / "factcheck.toml").write_text("ignore = ['FC1']\n")
    assert find_config(project / "articles" / "drafts") == project / "articles" / "factcheck.toml"
    assert find_config(project) is None


def test_factcheck_toml_select_and_fail_on(project: Path) -> None:
    (project / "factcheck.toml").write_text("select = ['FC9']\nfail-on = 'info'\n")
    code, out, _ = run_in(project, ["review", "articles/a.md", "--format", "json"])
    assert rule_ids(out) == [["FC901"]]
    assert code == 1  # info reaches fail-on = info


def test_flags_win_over_config(project: Path) -> None:
    (project / "factcheck.toml").write_text("select = ['FC9']\nfail-on = 'info'\n")
    code, out, _ = run_in(
        project,
        ["review", "articles/a.md", "--format", "json", "--select", "FC1", "--fail-on", "error"],
    )
    assert rule_ids(out) == [["FC101"]]
    assert code == 0


def test_isolated_ignores_config(project: Path) -> None:
    (project / "factcheck.toml").write_text("select = ['FC9']\n")
    _, out, _ = run_in(project, ["review", "articles/a.md", "--format", "json", "--isolated"])
    assert rule_ids(out) == [["FC101", "FC901"]]


def test_severity_override_by_prefix(project: Path) -> None:
    (project / "factcheck.toml").write_text("[severity]\nFC1 = 'error'\nFC901 = 'warning'\n")
    _, out, _ = run_in(project, ["review", "articles/a.md", "--format", "json"])
    severities = {f["rule_id"]: f["severity"] for f in json.loads(out)["findings"]}
    assert severities == {"FC101": "error", "FC901": "warning"}


def test_per_path_override(project: Path) -> None:
    (project / "factcheck.toml").write_text(
        "[per-path.'articles/drafts/*']\nignore = ['FC1', 'FC2']\n"
        "[per-path.'**/a.md']\nseverity = {FC901 = 'error'}\n"
    )
    _, out, _ = run_in(project, ["review", "articles", "--format", "json"])
    reports = json.loads(out)["reports"]
    by_path = {Path(r["article"]["path"]).name: r["findings"] for r in reports}
    assert [f["rule_id"] for f in by_path["b.md"]] == ["FC901"]
    assert {f["rule_id"]: f["severity"] for f in by_path["a.md"]}["FC901"] == "error"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("selct = ['FC1']\n", "unknown key 'selct'"),
        ("fail-on = 'sometimes'\n", "invalid value for 'fail-on'"),
        ("select = ['XY1']\n", "'XY1' is not a rule code"),
        ("[severity]\nFC101 = 'loud'\n", "invalid value for 'severity.FC101'"),
        ("[llm]\nbase-urll = 'x'\n", "unknown key 'llm.base-urll'"),
        ("select = [\n", "invalid TOML"),
        ("[llm]\napi-key = 'sk-x'\n", "environment only"),
        ("[llm]\ntimeout = -1\n", "invalid value for 'llm.timeout'"),
    ],
)
def test_bad_config_names_key_and_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message) as info:
        load_config(path)
    assert str(path) in str(info.value)


def test_bad_config_exits_2_on_the_cli(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("colour = true\n")
    code, _, err = run_in(tmp_path, ["review", str(SEED_MD)])
    assert code == 2
    assert err.strip().endswith("factcheck.toml: unknown key 'colour'")
    assert err.count("\n") == 1


def test_missing_config_flag_file_exits_2(tmp_path: Path) -> None:
    code, _, err = run_in(tmp_path, ["review", str(SEED_MD), "--config", "nope.toml"])
    assert code == 2
    assert "config file not found" in err


def test_roster_files_resolve_relative_to_the_config(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("roster-files = ['data/roster.json']\n")
    config = load_config(tmp_path / "factcheck.toml")
    assert config.roster_files == [tmp_path / "data" / "roster.json"]


def test_llm_table_feeds_the_llm_settings_and_flags_win(tmp_path: Path) -> None:
    from factcheck.llm.settings import settings_for_cli

    (tmp_path / "factcheck.toml").write_text(
        "[llm]\nbase-url = 'http://127.0.0.1:9/v1'\nmodel = 'from-file'\ntimeout = 5\n"
    )
    config = load_config(tmp_path / "factcheck.toml")
    flags = {"mode": None, "no_llm": False, "require_llm": False, "no_cache": False}
    settings = settings_for_cli(base_url=None, model=None, config=config.llm, **flags)
    assert settings is not None
    assert (settings.base_url, settings.model, settings.timeout) == (
        "http://127.0.0.1:9/v1",
        "from-file",
        5,
    )
    settings = settings_for_cli(base_url=None, model="from-flag", config=config.llm, **flags)
    assert settings is not None and settings.model == "from-flag"
    off = load_config(tmp_path / "factcheck.toml").llm | {"enabled": False}
    assert settings_for_cli(base_url=None, model=None, config=off, **flags) is None


def test_newsroom_roster_file_from_config_reaches_the_roster_rules(tmp_path: Path) -> None:
    (tmp_path / "rosters").mkdir()
    (tmp_path / "rosters" / "city.json").write_text(
        json.dumps(
            {
                "as_of": "2025-06-01",
                "officeholders": [
                    {
                        "person": "Laura Okonjo",
                        "office": "mayor",
                        "jurisdiction": "US",
                        "start": "2021-01-04",
                        "end": "2024-12-31",
                        "source": "City clerk, election results",
                    }
                ],
            }
        )
    )
    (tmp_path / "factcheck.toml").write_text("roster-files = ['rosters/city.json']\n")
    (tmp_path / "a.md").write_text(
        "---\npublished: 2025-03-10\n---\nMayor Laura Okonjo opened the new library on Monday.\n"
    )
    _, out, _ = run_in(tmp_path, ["review", "a.md", "--format", "json", "--select", "FC2"])
    found = json.loads(out)["findings"]
    assert [(f["rule_id"], f["spans"][0]["text"]) for f in found] == [("FC202", "Mayor")]
    _, out, _ = run_in(
        tmp_path, ["review", "a.md", "--format", "json", "--select", "FC2", "--isolated"]
    )
    assert json.loads(out)["findings"] == []
