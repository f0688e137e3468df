"""LLM settings: one pydantic model fed by environment variables, CLI flags and (later) config.

The API key is read from the environment only (FACTCHECK_LLM_API_KEY, else OPENAI_API_KEY):
it never appears on a command line, in a config file, in a report or in a cassette.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from factcheck.errors import ConfigError

Mode = Literal["tools", "json", "json_schema"]
Preset = Literal["openai", "llama.cpp"]


class PresetDefaults(BaseModel):
    """What an endpoint family needs: its structured-output mode and extra request body."""

    mode: Mode
    # "{schema}" anywhere in the value is replaced by the response model's JSON schema.
    extra_body: dict[str, Any] = Field(default_factory=dict)
    api_key_required: bool = True


PRESETS: dict[str, PresetDefaults] = {
    "openai": PresetDefaults(mode="tools"),
    # llama.cpp's server answers `json_schema` response formats with HTTP 500, but constrains
    # its output to a grammar when given a `json_object` format carrying the schema.
    "llama.cpp": PresetDefaults(
        mode="json",
        extra_body={"response_format": {"type": "json_object", "schema": "{schema}"}},
        api_key_required=False,
    ),
}

ENV_PREFIX = "FACTCHECK_LLM_"
# Environment variable suffix -> settings field (the API key is handled on its own).
_ENV_FIELDS = {
    "BASE_URL": "base_url",
    "MODEL": "model",
    "MODE": "mode",
    "PRESET": "preset",
    "TIMEOUT": "timeout",
    "MAX_RETRIES": "max_retries",
    "VALIDATION_RETRIES": "validation_retries",
    "CONCURRENCY": "concurrency",
    "MAX_TOKENS": "max_tokens",
    "CHUNK_CHARS": "chunk_chars",
    "PRICE_IN_PER_1K": "price_in_per_1k",
    "PRICE_OUT_PER_1K": "price_out_per_1k",
    "CACHE_DIR": "cache_dir",
    "CACHE": "cache",
}


class LLMSettings(BaseModel):
    """Where the LLM is and how to call it. ``base_url`` unset means the stage is off."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    base_url: str | None = Field(default=None, description="OpenAI-compatible API root, /v1.")
    model: str | None = None
    api_key: SecretStr | None = Field(default=None, exclude=True, repr=False)
    preset: Preset | None = Field(default=None, description="Defaults for an endpoint family.")
    mode: Mode | None = Field(default=None, description="Overrides the preset's mode.")
    extra_body: dict[str, Any] | None = Field(default=None, description="Overrides the preset's.")
    timeout: float = Field(default=120.0, gt=0, description="Seconds per HTTP request.")
    max_retries: int = Field(default=3, ge=0, le=10, description="HTTP retries (429/5xx/network).")
    backoff: float = Field(default=1.0, ge=0, description="First backoff in seconds; doubles.")
    max_backoff: float = Field(default=30.0, ge=0, description="Cap on one wait, Retry-After too.")
    validation_retries: int = Field(default=1, ge=0, le=5, description="Re-asks on bad output.")
    concurrency: int = Field(default=2, ge=1, le=32)
    max_tokens: int = Field(default=1500, ge=16)
    chunk_chars: int = Field(default=1800, ge=200, description="Article chunk size (characters).")
    chunk_overlap: int = Field(default=1, ge=0, le=3, description="Paragraphs shared by chunks.")
    price_in_per_1k: float = Field(default=0.0, ge=0, description="Currency per 1k input tokens.")
    price_out_per_1k: float = Field(default=0.0, ge=0, description="Per 1k output tokens.")
    cache: bool = True
    cache_dir: Path | None = Field(default=None, description="Default: the user cache dir.")

    @property
    def enabled(self) -> bool:
        return bool(self.base_url)

    @property
    def effective_preset(self) -> str:
        if self.preset:
            return self.preset
        # A local endpoint is almost always llama.cpp or a server that speaks like it.
        local = any(h in (self.base_url or "") for h in ("127.0.0.1", "localhost", "[::1]"))
        return "llama.cpp" if local else "openai"

    @property
    def effective_mode(self) -> Mode:
        return self.mode or PRESETS[self.effective_preset].mode

    @property
    def effective_extra_body(self) -> dict[str, Any]:
        if self.extra_body is not None:
            return self.extra_body
        return PRESETS[self.effective_preset].extra_body

    @property
    def model_name(self) -> str:
        return self.model or "default"

    def api_key_value(self) -> str:
        """The key to send; keyless local servers get a placeholder the SDK insists on."""
        if self.api_key is not None:
            return self.api_key.get_secret_value()
        if PRESETS[self.effective_preset].api_key_required:
            raise ConfigError(
                "the LLM endpoint needs an API key: set FACTCHECK_LLM_API_KEY (or OPENAI_API_KEY)"
            )
        return "not-needed"

    def with_overrides(self, **values: Any) -> LLMSettings:
        """A copy with the given values (``None`` means 'not given': keeps the current one)."""
        given = {k: v for k, v in values.items() if v is not None}
        data = self.model_dump(exclude={"api_key"}) | given
        try:
            return LLMSettings(api_key=self.api_key, **data)
        except ValidationError as exc:
            raise ConfigError(f"invalid LLM setting: {_first_error(exc)}") from None


def settings_from_env(
    environ: Mapping[str, str] | None = None,
    _base: Mapping[str, Any] | None = None,
    **overrides: Any,
) -> LLMSettings:
    """Settings from ``_base`` (a config file), FACTCHECK_LLM_* variables, then ``overrides``
    (CLI flags) on top."""
    env = os.environ if environ is None else environ
    data: dict[str, Any] = dict(_base or {})
    for suffix, name in _ENV_FIELDS.items():
        raw = env.get(ENV_PREFIX + suffix)
        if raw is not None and raw.strip() != "":
            data[name] = raw.strip()
    if "cache" in data:
        data["cache"] = data["cache"].lower() not in {"0", "false", "no", "off"}
    key = env.get(ENV_PREFIX + "API_KEY") or env.get("OPENAI_API_KEY")
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return LLMSettings(api_key=SecretStr(key) if key else None, **data)
    except ValidationError as exc:
        raise ConfigError(f"invalid LLM setting: {_first_error(exc)}") from None


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ())) or "value"
    return f"{where}: {err.get('msg', 'invalid')}"


def settings_for_cli(
    *,
    base_url: str | None,
    model: str | None,
    mode: str | None,
    no_llm: bool,
    require_llm: bool,
    no_cache: bool,
    config: Mapping[str, Any] | None = None,
) -> LLMSettings | None:
    """The review command's LLM settings: config file, then env vars, then flags.

    None when the stage is off (no endpoint, ``--no-llm``, or ``enabled = false`` in config).
    """
    from_file = dict(config or {})
    if no_llm or (from_file.pop("enabled", True) is False and not require_llm):
        if require_llm:
            raise ConfigError("--require-llm and --no-llm contradict each other")
        return None
    settings = settings_from_env(
        base_url=base_url,
        model=model,
        mode=mode,
        cache=False if no_cache else None,
        _base=from_file,
    )
    if not settings.enabled:
        if require_llm:
            raise ConfigError(
                "--require-llm needs an LLM endpoint: set FACTCHECK_LLM_BASE_URL or --llm-base-url"
            )
        return None
    return settings
