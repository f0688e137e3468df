"""The command line: exit codes, formats, and one-line errors for bad input."""

from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from tests.conftest import SEED_MD, SEED_TXT
from tests.conftest import run_cli as run


def test_seed_human_report_has_the_title_finding_and_boilerplate() -> None:
    code, out, err = run(["review", str(SEED_MD), "--no-color"])
    assert code == 1, err
    assert "FC101" in out
    assert "former Treasury Secretary" in out
    assert "^^^^^^^^^^^^^^^^^^^^^^^^^" in out  # the span is marked under its line
    assert out.count("FC901") == 4
    assert "warning (1)" in out
    assert "LLM extraction: off" in out


def test_seed_has_no_other_warning_or_error() -> None:
    _, out, _ = run(["review", str(SEED_MD), "--format", "json"])
    report = json.loads(out)
    serious = [f for f in report["findings"] if f["severity"] != "info"]
    assert [(f["rule_id"], f["spans"][0]["text"]) for f in serious] == [
        ("FC101", "former Treasury Secretary")
    ]
    boiler = [f["spans"][0]["text"] for f in report["findings"] if f["category"] == "boilerplate"]
    assert any(t.startswith("See also") and "Indian arms" in t for t in boiler)
    assert any(t.startswith("See also") and "Starlink" in t for t in boiler)
    assert any("Subscribe" in t and "Leave a Reply" in t for t in boiler)


def test_json_report_validates_against_the_schema_command() -> None:
    _, schema_out, _ = run(["schema"])
    schema = json.loads(schema_out)
    for seed in (SEED_MD, SEED_TXT):
        _, out, _ = run(["review", str(seed), "--format", "json"])
        jsonschema.validate(json.loads(out), schema)


def test_fail_on_controls_the_exit_code() -> None:
    assert run(["review", str(SEED_MD), "--fail-on", "error"])[0] == 0
    assert run(["review", str(SEED_MD), "--fail-on", "never"])[0] == 0
    assert run(["review", str(SEED_MD), "--fail-on", "info"])[0] == 1
    assert run(["review", str(SEED_MD), "--ignore", "FC1,FC2", "--fail-on", "warning"])[0] == 0


def test_clean_article_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("The council met on Tuesday. It approved the new library budget.\n")
    code, out, _ = run(["review", str(path)])
    assert code == 0
    assert "No findings." in out


def test_stdin_is_read_with_dash() -> None:
    code, out, _ = run(["review", "-", "--format", "json"], stdin=SEED_TXT.read_bytes())
    assert code == 1
    assert json.loads(out)["article"]["path"] == "-"


def test_several_paths_give_an_envelope_and_errors_do_not_stop_others(tmp_path: Path) -> None:
    code, out, err = run(
        ["review", str(SEED_MD), str(tmp_path / "missing.md"), str(SEED_TXT), "--format", "json"]
    )
    envelope = json.loads(out)
    assert [r["article"]["path"] for r in envelope["reports"]] == [str(SEED_MD), str(SEED_TXT)]
    assert envelope["errors"][0]["path"].endswith("missing.md")
    assert code == 2
    assert err.count("\n") == 1 and "no such file" in err


def test_published_flag_is_recorded() -> None:
    _, out, _ = run(["review", str(SEED_TXT), "--published", "2025-02-12", "--format", "json"])
    article = json.loads(out)["article"]
    assert article["published"] == "2025-02-12"
    assert article["published_source"] == "flag"


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


BAD = [
    (lambda d: [str(d / "nope.txt")], "no such file"),
    (lambda d: [_write(d, "e.txt", b"")], "file is empty"),
    (lambda d: [_write(d, "b.bin", b"\x00\x01\x02binary\x00" * 50)], "binary file"),
    (
        lambda d: [_write(d, "u.txt", random.Random(3).randbytes(3000).replace(b"\0", b"\1"))],
        "cannot decode",
    ),
    (lambda d: [_write(d, "f.md", b"---\ntitle: [x\n---\nBody.\n")], "malformed front matter"),
    (lambda d: [_write(d, "g.md", b"---\npublished: 2025-02-31\n---\nText.\n")], "invalid date"),
    (lambda d: ["--published", "12/02/2025", str(SEED_TXT)], "invalid date '12/02/2025'"),
    (lambda d: ["--bogus-flag", str(SEED_TXT)], "No such option '--bogus-flag'"),
    (lambda d: ["--format", "yaml", str(SEED_TXT)], "Invalid value for '--format'"),
    (lambda d: ["--select", "X1", str(SEED_TXT)], "not a rule code"),
    (lambda d: [], "Missing argument"),
]


@pytest.mark.parametrize(("args", "message"), BAD)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, args, message: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(["review", *args(tmp_path)])
    assert code == 2
    assert message in err
    assert err.startswith("factcheck: error: ")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err + out


def test_huge_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    code, _, err = run(["review", str(path)])
    assert code == 2
    assert "too large" in err


def test_rules_lists_every_rule_and_explain_prints_docs() -> None:
    code, out, _ = run(["rules"])
    assert code == 0
    assert "FC101" in out and "FC901" in out
    code, out, _ = run(["explain", "fc101"])
    assert code == 0
    assert "What it does" in out and "former" in out
    code, _, err = run(["explain", "FC999"])
    assert code == 2 and "unknown rule" in err


def test_version_is_printed() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("factcheck, version ")
