"""The LLM client for OpenAI-compatible endpoints (OpenAI, llama.cpp's server, vLLM, ...).

instructor turns a chat completion into a validated pydantic model and re-asks (a bounded
number of times) when the output does not validate. HTTP retries are ours, not the SDK's
(``max_retries=0``): 429, 5xx, timeouts and network errors are retried with exponential
backoff, honouring Retry-After, a bounded number of times. Every failure is an ``LLMError``
with one line that says what went wrong.

This module imports openai and instructor: import it only when an endpoint is configured.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import instructor
import openai
import pydantic
import tenacity
from instructor.core import IncompleteOutputException, InstructorRetryException

from factcheck.errors import LLMError
from factcheck.llm.client import T, Usage
from factcheck.llm.prompts import Prompt
from factcheck.llm.settings import LLMSettings

_MODES = {"tools": instructor.Mode.TOOLS, "json": instructor.Mode.JSON}
_RETRYABLE_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
_MAX_DETAIL = 240


class OpenAIClient:
    """``LLMClient`` over openai and instructor; ``http_client`` lets tests inject faults."""

    def __init__(
        self,
        settings: LLMSettings,
        *,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not settings.base_url:
            raise LLMError("no LLM endpoint is configured (set FACTCHECK_LLM_BASE_URL)")
        self.settings = settings
        self.usage = Usage()
        self._sleep = sleep
        self._http = http_client or httpx.Client(timeout=httpx.Timeout(settings.timeout))
        # Count every HTTP request, validation re-asks and retries included, and its tokens.
        self._http.event_hooks["request"].append(self._on_request)
        self._http.event_hooks["response"].append(self._on_response)
        self._openai = openai.OpenAI(
            base_url=settings.base_url,
            api_key=settings.api_key_value(),
            http_client=self._http,
            max_retries=0,
            timeout=settings.timeout,
        )
        # json_schema is instructor's JSON mode (parse, validate, re-ask) with OpenAI's
        # structured-output response_format in the body: instructor's own JSON_SCHEMA mode
        # means different request bodies in different instructor versions.
        mode = "json" if settings.effective_mode == "json_schema" else settings.effective_mode
        self._instructor = instructor.from_openai(self._openai, mode=_MODES[mode])

    @property
    def endpoint(self) -> str:
        return str(self.settings.base_url).rstrip("/")

    @property
    def model(self) -> str:
        return self.settings.model_name

    def close(self) -> None:
        self._http.close()

    def extract(self, prompt: Prompt, response_model: type[T], *, source_text: str) -> T:
        attempt = 0
        while True:
            try:
                return self._create(prompt, response_model, source_text)
            except _Retryable as exc:
                attempt += 1
                if attempt > self.settings.max_retries:
                    raise LLMError(f"{exc.reason} (gave up after {attempt} attempts)") from exc
                delay = exc.retry_after
                if delay is None:
                    delay = self.settings.backoff * 2 ** (attempt - 1)
                elif delay > self.settings.max_backoff:
                    raise LLMError(
                        f"{exc.reason}: the server asks to retry after {delay:g}s, over the "
                        f"{self.settings.max_backoff:g}s limit"
                    ) from exc
                self._sleep(min(delay, self.settings.max_backoff))

    def _create(self, prompt: Prompt, response_model: type[T], source_text: str) -> T:
        try:
            return self._instructor.chat.completions.create(
                model=self.model,
                messages=prompt.messages(source_text),  # type: ignore[arg-type]
                response_model=response_model,
                temperature=0,
                max_tokens=self.settings.max_tokens,
                max_retries=self._reasks(),
                extra_body=self._extra_body(response_model),
            )
        except openai.APITimeoutError as exc:
            raise _Retryable(f"LLM request timed out after {self.settings.timeout:g}s") from exc
        except openai.APIConnectionError as exc:
            cause = exc.__cause__
            if isinstance(cause, httpx.TransportError):
                raise _Retryable(f"cannot reach the LLM endpoint {self.endpoint}: {cause}") from exc
            # Not the network (e.g. a request missing from a test cassette): retrying won't help.
            what = f"{type(cause).__name__}: {cause}" if cause else str(exc)
            raise LLMError(f"LLM request failed: {_short(what)}") from exc
        except openai.APIStatusError as exc:
            status = exc.status_code
            reason = f"LLM endpoint answered HTTP {status}: {_short(_error_text(exc))}"
            if status in _RETRYABLE_STATUS:
                raise _Retryable(reason, _retry_after(exc.response)) from exc
            raise LLMError(reason) from exc
        except IncompleteOutputException as exc:
            raise LLMError(
                f"the model's output was cut off at max_tokens={self.settings.max_tokens} "
                "(raise FACTCHECK_LLM_MAX_TOKENS or lower FACTCHECK_LLM_CHUNK_CHARS)"
            ) from exc
        except InstructorRetryException as exc:
            if _caused_by(exc, IncompleteOutputException):  # newer instructor wraps it
                raise LLMError(
                    f"the model's output was cut off at max_tokens={self.settings.max_tokens} "
                    "(raise FACTCHECK_LLM_MAX_TOKENS or lower FACTCHECK_LLM_CHUNK_CHARS)"
                ) from exc
            raise LLMError(
                f"the model's output did not match the {response_model.__name__} schema after "
                f"{exc.n_attempts} attempt(s): {_short(_first_line(exc))}"
            ) from exc
        except openai.APIError as exc:
            raise LLMError(f"LLM request failed: {_short(str(exc))}") from exc
        except (pydantic.ValidationError, json.JSONDecodeError) as exc:
            # Newer instructor re-raises the last validation error itself once the re-asks
            # (reraise=True) are spent, instead of wrapping it.
            attempts = self.settings.validation_retries + 1
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise LLMError(
                f"the model's output did not match the {response_model.__name__} schema after "
                f"{attempts} attempt(s): {_short(first)}"
            ) from exc
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            # A body that is not a chat completion (an HTML error page, a proxy's text): the
            # SDK hands instructor a str, or parsing fails somewhere inside.
            what = _short(f"{type(exc).__name__}: {exc}")
            raise LLMError(f"LLM response is not a usable chat completion: {what}") from exc

    def _reasks(self) -> tenacity.Retrying:
        """instructor re-asks on invalid output only: by default tenacity would also repeat
        HTTP errors at once, multiplying calls and bypassing our backoff. One per call:
        concurrent chunks must not share retry state."""
        return tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.settings.validation_retries + 1),
            retry=tenacity.retry_if_exception_type(
                (InstructorRetryException, pydantic.ValidationError, json.JSONDecodeError)
            ),
            reraise=True,
        )

    def _extra_body(self, response_model: type[T]) -> dict[str, Any]:
        body = self.settings.effective_extra_body
        schema = response_model.model_json_schema()
        if self.settings.effective_mode == "json_schema" and "response_format" not in body:
            body = body | {
                "response_format": {
                    "type": "json_schema",
                    "json_schema": {"name": response_model.__name__, "schema": schema},
                }
            }
        return _fill_schema(body, schema)  # type: ignore[no-any-return]

    def _on_request(self, _request: httpx.Request) -> None:
        self.usage.add(calls=1)

    def _on_response(self, response: httpx.Response) -> None:
        if response.status_code != 200:
            return
        try:
            usage = json.loads(response.read()).get("usage") or {}
        except (ValueError, AttributeError, httpx.HTTPError):
            return  # the SDK will report what is wrong with the body
        self.usage.add(
            tokens_in=int(usage.get("prompt_tokens") or 0),
            tokens_out=int(usage.get("completion_tokens") or 0),
        )


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _fill_schema(value: Any, schema: dict[str, Any]) -> Any:
    """Replace the "{schema}" placeholder of a preset's extra body with the real schema."""
    if value == "{schema}":
        return schema
    if isinstance(value, dict):
        return {k: _fill_schema(v, schema) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill_schema(v, schema) for v in value]
    return value


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds from Retry-After (seconds or an HTTP date) or retry-after-ms, if given."""
    ms = response.headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    raw = response.headers.get("retry-after")
    if not raw:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())


def _error_text(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        message = body.get("message") or (body.get("error") or {}).get("message")
        if message:
            return str(message)
    return exc.response.text or exc.response.reason_phrase


def _first_line(exc: InstructorRetryException) -> str:
    cause = exc.__cause__ or exc
    while cause.__cause__ is not None and not str(cause).strip():
        cause = cause.__cause__
    text = str(cause).strip()
    return text.splitlines()[0] if text else type(cause).__name__


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 1] + "…"
