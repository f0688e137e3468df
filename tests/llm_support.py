"""Helpers for the LLM tests: settings for the local llama.cpp server, the VCR configuration,
a fake client fed by hand-written fixtures, and OpenAI-style HTTP responses for fault tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from factcheck.llm.client import T, Usage
from factcheck.llm.prompts import Prompt
from factcheck.llm.settings import LLMSettings

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Where scripts/record_cassettes.sh starts the server; replay matches on the path only.
LOCAL_URL = "http://127.0.0.1:8765/v1"
LOCAL_MODEL = "SmolLM2-135M-Instruct.Q4_1"
SECRET_HEADERS = ["authorization", "api-key", "x-api-key", "openai-organization", "openai-project"]

# Method, path and body: an edited prompt (or schema, model, chunking) sends another body and
# cannot replay an old answer. Headers are not matched (they carry SDK and OS versions).
VCR_CONFIG: dict[str, Any] = {
    "match_on": ["method", "path", "body"],
    "filter_headers": SECRET_HEADERS,
    "filter_query_parameters": ["key", "api_key", "api-key"],
    "decode_compressed_response": True,
}


def local_settings(tmp_path: Path, **overrides: Any) -> LLMSettings:
    """Settings for the recorded local server; never read from the developer's environment."""
    values: dict[str, Any] = {
        "base_url": LOCAL_URL,
        "model": LOCAL_MODEL,
        "preset": "llama.cpp",
        "cache_dir": tmp_path / "cache",
        "backoff": 0.01,
    }
    return LLMSettings(**(values | overrides))


def load_fixture(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


class FakeClient:
    """An LLMClient that answers every chunk from a hand-written fixture (no HTTP at all)."""

    def __init__(self, answer: dict[str, Any] | Callable[[str], dict[str, Any]]) -> None:
        self.answer = answer
        self.usage = Usage()
        self.texts: list[str] = []

    endpoint = "fake://fixture"
    model = "fixture"

    def extract(self, prompt: Prompt, response_model: type[T], *, source_text: str) -> T:
        self.texts.append(source_text)
        self.usage.add(calls=1)
        data = self.answer(source_text) if callable(self.answer) else self.answer
        return response_model.model_validate(data)


def completion(content: str, *, finish_reason: str = "stop") -> dict[str, Any]:
    """An OpenAI chat completion body carrying ``content``."""
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": LOCAL_MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": finish_reason,
            }
        ],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }


Handler = Callable[[httpx.Request], httpx.Response]


def scripted(*steps: Handler | httpx.Response) -> tuple[Handler, list[httpx.Request]]:
    """A MockTransport handler answering with ``steps`` in turn (the last one repeats)."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        step = steps[min(len(seen), len(steps)) - 1]
        return step(request) if callable(step) else step

    return handle, seen
