"""LLM settings from env and flags, prompt files, the answer cache, and the offline guarantee."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.errors import ConfigError
from factcheck.extract import Extraction, extract, schema_hash
from factcheck.llm.cache import LLMCache
from factcheck.llm.prompts import load_prompt, parse_prompt, prompt_dir
from factcheck.llm.settings import settings_for_cli, settings_from_env
from tests.conftest import ROOT, SEED_MD
from tests.llm_support import FakeClient, load_fixture, local_settings

ENV = {
    "FACTCHECK_LLM_BASE_URL": "http://127.0.0.1:8080/v1",
    "FACTCHECK_LLM_MODEL": "m",
    "FACTCHECK_LLM_TIMEOUT": "9",
    "FACTCHECK_LLM_CONCURRENCY": "3",
    "FACTCHECK_LLM_PRICE_IN_PER_1K": "0.5",
    "FACTCHECK_LLM_CACHE": "off",
}


def test_settings_from_env_and_flags() -> None:
    s = settings_from_env(ENV, model="flag-model")
    assert (s.base_url, s.model, s.timeout, s.concurrency) == (
        ENV["FACTCHECK_LLM_BASE_URL"],
        "flag-model",
        9,
        3,
    )
    assert s.price_in_per_1k == 0.5 and s.cache is False
    # A local URL means llama.cpp: JSON mode with the schema in response_format, no key needed.
    assert s.effective_preset == "llama.cpp" and s.effective_mode == "json"
    assert s.effective_extra_body == {
        "response_format": {"type": "json_object", "schema": "{schema}"}
    }
    assert s.api_key_value() == "not-needed"


def test_api_key_only_from_env_and_never_dumped() -> None:
    remote = {"FACTCHECK_LLM_BASE_URL": "https://api.example.com/v1"}
    with pytest.raises(ConfigError, match="FACTCHECK_LLM_API_KEY"):
        settings_from_env(remote).api_key_value()
    s = settings_from_env(remote | {"OPENAI_API_KEY": "sk-secret"})
    assert s.effective_mode == "tools" and s.api_key_value() == "sk-secret"
    assert "sk-secret" not in s.model_dump_json() and "sk-secret" not in repr(s)
    s = settings_from_env(remote | {"OPENAI_API_KEY": "a", "FACTCHECK_LLM_API_KEY": "b"})
    assert s.api_key_value() == "b"


def test_invalid_settings_are_one_line_config_errors() -> None:
    with pytest.raises(ConfigError, match="invalid LLM setting: mode"):
        settings_from_env(ENV | {"FACTCHECK_LLM_MODE": "yaml"})
    with pytest.raises(ConfigError, match="timeout"):
        settings_from_env(ENV | {"FACTCHECK_LLM_TIMEOUT": "soon"})


def test_cli_flags(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("FACTCHECK_LLM_BASE_URL", raising=False)
    args = {"base_url": None, "model": None, "mode": None, "no_cache": False}
    assert settings_for_cli(**args, no_llm=False, require_llm=False) is None
    with pytest.raises(ConfigError, match="--require-llm needs an LLM endpoint"):
        settings_for_cli(**args, no_llm=False, require_llm=True)
    monkeypatch.setenv("FACTCHECK_LLM_BASE_URL", "http://localhost:1/v1")
    assert settings_for_cli(**args, no_llm=True, require_llm=False) is None
    s = settings_for_cli(
        **(args | {"mode": "tools", "no_cache": True}), no_llm=False, require_llm=False
    )
    assert s is not None and s.effective_mode == "tools" and s.cache is False


def test_prompt_front_matter_and_packaging() -> None:
    prompt = load_prompt("extract_claims")
    assert (prompt.name, prompt.version) == ("extract_claims", "1.0")
    # Package data (the symlink) and the top-level folder are the same files.
    assert (prompt_dir() / "extract_claims.md").read_text() == (
        ROOT / "prompts" / "extract_claims.md"
    ).read_text()
    with pytest.raises(ConfigError, match="name' and 'version"):
        parse_prompt("---\nname: x\n---\n# System\ns\n# User\n{{article}}\n", "p.md")
    with pytest.raises(ConfigError, match="slot"):
        parse_prompt("---\nname: x\nversion: 1\n---\n# System\ns\n# User\nno slot\n", "p.md")


def test_cache_key_covers_prompt_schema_and_text(tmp_path: Path) -> None:
    from factcheck.article import load_article
    from factcheck.segment import segment

    article = load_article(str(SEED_MD))
    settings = local_settings(tmp_path)
    answer = load_fixture("extraction_seed.json")
    first = FakeClient(answer)
    cache = LLMCache(settings.cache_dir)
    result = extract(article, segment(article), first, settings, cache=cache)
    assert first.usage.calls == result.chunks and result.cache_hits == 0
    again = FakeClient(answer)
    assert (
        extract(article, segment(article), again, settings, cache=cache).cache_hits == result.chunks
    )
    assert again.usage.calls == 0
    # A new prompt version (or wording) is a cache miss.
    prompt = load_prompt("extract_claims")
    bumped = type(prompt)(prompt.name, "9.9", prompt.system, prompt.user)
    third = FakeClient(answer)
    extract(article, segment(article), third, settings, prompt=bumped, cache=cache)
    assert third.usage.calls == result.chunks
    assert len(schema_hash(Extraction)) == 16
    cache.close()


def test_cache_clear_command(tmp_path: Path) -> None:
    cache = LLMCache(tmp_path)
    cache.put("k", "v")
    cache.close()
    result = CliRunner().invoke(cli, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert result.exit_code == 0 and "Removed 1 cached LLM answer" in result.output
    assert LLMCache(tmp_path).get("k") is None


def test_offline_review_imports_neither_openai_nor_instructor(tmp_path: Path) -> None:
    code = f"""
import sys
import factcheck.cli, factcheck.review
from factcheck.cli import main
try:
    main(["review", {str(SEED_MD)!r}, "--format", "json", "--isolated"])
except SystemExit as exc:
    assert exc.code in (0, 1), exc.code
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("openai", "instructor"))
assert not bad, bad
print("offline-ok")
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_LLM_")}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "offline-ok" in out.stdout and '"status": "off"' in out.stdout
