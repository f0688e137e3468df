"""The one interface the extraction stage needs from an LLM, and the usage it reports."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from pydantic import BaseModel

from factcheck.llm.prompts import Prompt

T = TypeVar("T", bound=BaseModel)


@dataclass
class Usage:
    """HTTP calls made and tokens spent; shared by concurrent calls, hence the lock."""

    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, *, calls: int = 0, tokens_in: int = 0, tokens_out: int = 0) -> None:
        with self._lock:
            self.calls += calls
            self.tokens_in += tokens_in
            self.tokens_out += tokens_out


class LLMClient(Protocol):
    """Fill ``response_model`` from ``source_text`` as ``prompt`` asks; LLMError on failure."""

    usage: Usage

    @property
    def endpoint(self) -> str:
        """Where requests go (part of cache keys)."""
        ...

    @property
    def model(self) -> str: ...

    def extract(self, prompt: Prompt, response_model: type[T], *, source_text: str) -> T: ...
