"""Faults of the LLM endpoint, injected with httpx.MockTransport (never with cassettes).

In every case the offline findings are still in the report, the LLM section says what failed
in one line, and `review --require-llm` exits 2 after printing the report.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from factcheck.article import load_article
from factcheck.cli import main
from factcheck.errors import LLMError
from factcheck.extract import Extraction
from factcheck.llm.openai_client import OpenAIClient
from factcheck.llm.prompts import load_prompt
from factcheck.review import ReviewOptions, review_article
from tests.conftest import SEED_MD
from tests.llm_support import completion, load_fixture, local_settings, scripted

GOOD = json.dumps({k: v for k, v in load_fixture("extraction_seed.json").items() if k[0] != "_"})


def ok(_request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=completion(GOOD))


def rate_limited(seconds: str = "2") -> httpx.Response:
    return httpx.Response(
        429, headers={"Retry-After": seconds}, json={"error": {"message": "slow down"}}
    )


def server_error(_request: httpx.Request | None = None) -> httpx.Response:
    return httpx.Response(500, json={"error": {"message": "model crashed"}})


def timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def malformed(_request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=completion('{"claims": [{"text": "half an obj'))


def not_json_body(_request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, text="<html>gateway</html>", headers={"content-type": "text/html"})


def truncated(_request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=completion(GOOD[:120], finish_reason="length"))


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def make(tmp_path: Path, handler: Callable[[httpx.Request], httpx.Response], **over: Any):  # type: ignore[no-untyped-def]
    settings = local_settings(tmp_path, cache=False, chunk_chars=100_000, **over)
    sleeps = Sleeps()
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return settings, OpenAIClient(settings, http_client=http, sleep=sleeps), sleeps


FAULTS: dict[str, tuple[Callable[[httpx.Request], httpx.Response], str]] = {
    "429 with Retry-After": (
        lambda r: rate_limited("2"),
        "HTTP 429: slow down (gave up after 4 attempts)",
    ),
    "500": (server_error, "HTTP 500: model crashed (gave up after 4 attempts)"),
    "timeout": (timeout, "timed out after 120s (gave up after 4 attempts)"),
    "connection refused": (refused, "cannot reach the LLM endpoint"),
    "malformed JSON": (malformed, "did not match the Extraction schema after 2 attempt(s)"),
    "not a JSON body": (not_json_body, "not a usable chat completion"),
    "truncated output": (truncated, "cut off at max_tokens"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_fault_keeps_offline_findings(tmp_path: Path, fault: str) -> None:
    handler, expected = FAULTS[fault]
    settings, client, _ = make(tmp_path, handler)
    article = load_article(str(SEED_MD))
    offline = review_article(article, ReviewOptions())
    report = review_article(article, ReviewOptions(llm=settings, llm_client=client))
    assert report.llm.status == "failed"
    assert expected in report.llm.detail
    assert "\n" not in report.llm.detail
    assert report.findings == offline.findings  # nothing lost, nothing from the LLM
    assert report.findings


@pytest.mark.parametrize("fault", list(FAULTS))
def test_require_llm_exits_2_and_still_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    handler, expected = FAULTS[fault]
    _, client, _ = make(tmp_path, handler)
    monkeypatch.setattr("factcheck.extract.make_client", lambda _settings: client)
    for name in ("FACTCHECK_LLM_MODEL", "FACTCHECK_LLM_CACHE_DIR", "FACTCHECK_LLM_PRESET"):
        monkeypatch.delenv(name, raising=False)
    args = ["review", str(SEED_MD), "--format", "json", "--no-cache", "--isolated"]
    args += ["--llm-base-url", "http://127.0.0.1:8765/v1", "--require-llm"]
    result = CliRunner().invoke(_Main(), args)
    assert result.exit_code == 2, result.output
    data = json.loads(result.stdout)
    report = data["reports"][0] if "reports" in data else data
    assert report["llm"]["status"] == "failed"
    assert any(f["rule_id"] == "FC101" for f in report["findings"])
    assert "LLM extraction failed" in result.stderr and expected in result.stderr


class _Main:
    name = "factcheck"

    def main(self, args: list[str], prog_name: str | None = None, **_: object) -> None:
        main(list(args))


def test_429_then_success_honours_retry_after(tmp_path: Path) -> None:
    handler, seen = scripted(lambda r: rate_limited("3"), ok)
    _, client, sleeps = make(tmp_path, handler)
    answer = client.extract(load_prompt("extract_claims"), Extraction, source_text="x")
    assert len(answer.claims) == 5
    assert sleeps == [3.0] and len(seen) == 2 and client.usage.calls == 2


def test_retry_after_beyond_the_cap_fails_without_waiting(tmp_path: Path) -> None:
    _, client, sleeps = make(tmp_path, lambda r: rate_limited("3600"), max_backoff=30)
    with pytest.raises(LLMError, match="retry after 3600s, over the 30s limit"):
        client.extract(load_prompt("extract_claims"), Extraction, source_text="x")
    assert sleeps == [] and client.usage.calls == 1


def test_500_backs_off_exponentially_and_is_bounded(tmp_path: Path) -> None:
    _, client, sleeps = make(tmp_path, server_error, backoff=1.0, max_retries=3)
    with pytest.raises(LLMError, match="HTTP 500"):
        client.extract(load_prompt("extract_claims"), Extraction, source_text="x")
    assert sleeps == [1.0, 2.0, 4.0] and client.usage.calls == 4


def test_500_then_success(tmp_path: Path) -> None:
    handler, seen = scripted(server_error, ok)
    _, client, sleeps = make(tmp_path, handler, backoff=0.5)
    client.extract(load_prompt("extract_claims"), Extraction, source_text="x")
    assert sleeps == [0.5] and len(seen) == 2


def test_malformed_json_is_reasked_a_bounded_number_of_times(tmp_path: Path) -> None:
    handler, seen = scripted(malformed, ok)
    _, client, _ = make(tmp_path, handler, validation_retries=1)
    answer = client.extract(load_prompt("extract_claims"), Extraction, source_text="x")
    assert answer.claims and len(seen) == 2
    # The re-ask carries the validation error back to the model.
    assert "errors" in json.loads(seen[1].content)["messages"][-1]["content"].lower()


def test_client_errors_are_not_retried(tmp_path: Path) -> None:
    handler = lambda r: httpx.Response(401, json={"error": {"message": "bad key"}})  # noqa: E731
    _, client, sleeps = make(tmp_path, handler)
    with pytest.raises(LLMError, match="HTTP 401: bad key"):
        client.extract(load_prompt("extract_claims"), Extraction, source_text="x")
    assert sleeps == [] and client.usage.calls == 1


def test_request_body_for_llama_cpp_preset(tmp_path: Path) -> None:
    handler, seen = scripted(ok)
    _, client, _ = make(tmp_path, handler)
    client.extract(load_prompt("extract_claims"), Extraction, source_text="An article.")
    body = json.loads(seen[0].content)
    assert body["temperature"] == 0
    assert body["response_format"] == {
        "type": "json_object",
        "schema": Extraction.model_json_schema(),
    }
    assert "<article>\nAn article.\n</article>" in body["messages"][-1]["content"]
    assert seen[0].headers["authorization"] == "Bearer not-needed"
    assert client.usage.tokens_in == 100 and client.usage.tokens_out == 20


def test_json_schema_mode_sends_openai_structured_output(tmp_path: Path) -> None:
    handler, seen = scripted(ok)
    _, client, _ = make(tmp_path, handler, preset="openai", mode="json_schema", api_key="sk-test")
    client.extract(load_prompt("extract_claims"), Extraction, source_text="x")
    fmt = json.loads(seen[0].content)["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["name"] == "Extraction"
