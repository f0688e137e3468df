"""Many files: directories, globs, parallel review, one summary, failures isolated."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.offline import generate_article
from tests.conftest import run_cli as run


def test_two_hundred_articles_in_parallel_with_one_unreadable(tmp_path: Path) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for i in range(200):
        (corpus / f"a{i:03}.md").write_text(generate_article(150, seed=i), "utf-8")
    (corpus / "broken.md").write_bytes(b"\x00\x01binary\x00" * 100)

    code, out, err = run(["review", str(corpus), "--format", "json", "--jobs", "2"])
    envelope = json.loads(out)
    assert len(envelope["reports"]) == 200
    assert [e["path"] for e in envelope["errors"]] == [str(corpus / "broken.md")]
    assert "binary" in err
    assert code == 2  # an unreadable file is an error, whatever else was found


def test_human_format_ends_with_one_summary(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text("The council met on Tuesday and voted.\n", "utf-8")
    code, out, _ = run(["review", str(tmp_path), "--no-color"])
    assert code == 0
    assert out.strip().splitlines()[-1].startswith("Reviewed 3 files: 0 with warnings or errors")
    assert out.count("Reviewed ") == 1


def test_globs_and_exit_zero(tmp_path: Path) -> None:
    (tmp_path / "x.md").write_text(
        "Former Defense Secretary Pete Hegseth spoke. Defense Secretary Pete Hegseth left.\n"
    )
    (tmp_path / "y.txt").write_text("Nothing to see.\n")
    code, out, _ = run(["review", str(tmp_path / "*.md"), "--format", "json"])
    assert code == 1
    assert json.loads(out)["article"]["path"].endswith("x.md")
    assert run(["review", str(tmp_path / "*.md"), "--exit-zero"])[0] == 0
    code, _, err = run(["review", str(tmp_path / "*.rst")])
    assert code == 2 and "no files match" in err


def test_output_file_gets_the_report(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Plain text.\n")
    target = tmp_path / "out.json"
    code, out, _ = run(["review", str(tmp_path / "a.md"), "--format", "json", "-o", str(target)])
    assert code == 0
    assert out == ""
    assert json.loads(target.read_text())["schema_version"] == "1.0"
