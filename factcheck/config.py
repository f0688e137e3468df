"""Configuration: ``[tool.factcheck]`` in the nearest pyproject.toml, or a factcheck.toml.

Found by walking up from the working directory (as flake8 and ruff do); ``--config``
names a file directly; command-line flags win over the file. Unknown keys and invalid
values are errors that name the key and the file.
"""

from __future__ import annotations

import fnmatch
import sys
from pathlib import Path, PurePath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

SeverityName = Literal["info", "warning", "error"]
FailOn = Literal["info", "warning", "error", "never"]
CONFIG_NAMES = ("factcheck.toml", ".factcheck.toml", "pyproject.toml")


def _codes(values: list[str]) -> list[str]:
    codes = [v.strip().upper() for v in values]
    for code in codes:
        if not code.startswith("FC") or not code[2:].isdigit():
            raise ValueError(f"{code!r} is not a rule code or prefix (e.g. FC101, FC1)")
    return codes


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class PathOverride(_Strict):
    """Settings for the files that match one glob."""

    select: list[str] | None = None
    ignore: list[str] = Field(default_factory=list)
    extend_ignore: list[str] = Field(default_factory=list, alias="extend-ignore")
    severity: dict[str, SeverityName] = Field(default_factory=dict)

    _check_select = field_validator("select")(lambda v: v if v is None else _codes(v))
    _check_ignore = field_validator("ignore", "extend_ignore")(_codes)


class Config(_Strict):
    """Everything a config file may set."""

    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, SeverityName] = Field(
        default_factory=dict, description="Rule ID (or prefix) -> severity."
    )
    fail_on: FailOn = Field(default="warning", alias="fail-on")
    per_path: dict[str, PathOverride] = Field(default_factory=dict, alias="per-path")
    roster_files: list[Path] = Field(default_factory=list, alias="roster-files")
    exclude: list[str] = Field(default_factory=list, description="Globs of paths to skip.")
    jobs: int | None = Field(default=None, ge=1)
    max_bytes: int | None = Field(default=None, gt=0, alias="max-bytes")
    llm: dict[str, Any] = Field(
        default_factory=dict,
        description="LLM settings (keys as in LLMSettings, kebab-case); never the API key.",
    )
    source: Path | None = Field(default=None, exclude=True, description="The file read, if any.")

    _check_select = field_validator("select", "ignore")(_codes)

    @field_validator("severity")
    @classmethod
    def _check_severity_keys(cls, value: dict[str, str]) -> dict[str, str]:
        _codes(list(value))
        return {k.upper(): v for k, v in value.items()}

    @field_validator("llm")
    @classmethod
    def _check_llm(cls, value: dict[str, Any]) -> dict[str, Any]:
        from factcheck.llm.settings import LLMSettings  # pydantic only; no LLM client here

        data = {k.replace("-", "_"): v for k, v in value.items()}
        if "api_key" in data:
            raise ValueError("the API key is read from the environment only, never a file")
        enabled = data.pop("enabled", True)
        if not isinstance(enabled, bool):
            raise ValueError("'enabled' must be true or false")
        unknown = sorted(set(data) - set(LLMSettings.model_fields))
        if unknown:
            raise ValueError(f"unknown key '{unknown[0].replace('_', '-')}'")
        LLMSettings.model_validate(data)  # raises with the field's own message
        return {**data, "enabled": enabled}

    @property
    def root(self) -> Path:
        return self.source.parent if self.source is not None else Path.cwd()

    def for_path(self, path: str) -> tuple[list[str], list[str], dict[str, str]]:
        """(select, ignore, severity overrides) for one article, per-path globs applied."""
        select, ignore, severity = list(self.select), list(self.ignore), dict(self.severity)
        rel = _relative(path, self.root)
        for pattern, override in self.per_path.items():
            if _glob_match(rel, pattern):
                if override.select is not None:
                    select = list(override.select)
                ignore += override.ignore + override.extend_ignore
                severity.update({k.upper(): v for k, v in override.severity.items()})
        return select, ignore, severity

    def excluded(self, path: str) -> bool:
        rel = _relative(path, self.root)
        return any(_glob_match(rel, pattern) for pattern in self.exclude)


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return PurePath(path).as_posix()


def _glob_match(path: str, pattern: str) -> bool:
    # fnmatch's "*" crosses "/", so "drafts/*" also matches nested files, as editors expect.
    return fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, pattern.removeprefix("**/"))


def find_config(start: Path | None = None) -> Path | None:
    """The nearest factcheck.toml, or pyproject.toml with a [tool.factcheck] table."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name != "pyproject.toml" or "factcheck" in _read_toml(candidate).get("tool", {}):
                return candidate
    return None


def load_config(path: Path | None = None, *, discover: bool = True) -> Config:
    """Load ``path``, or the discovered file, or the defaults when there is none."""
    if path is None and discover:
        path = find_config()
    if path is None:
        return Config()
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    data = _read_toml(path)
    table: Any = (
        data.get("tool", {}).get("factcheck", {}) if path.name == "pyproject.toml" else data
    )
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.factcheck] must be a table")
    try:
        config = Config.model_validate(table)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(p) for p in error["loc"]) or "(top level)"
        if error["type"] == "extra_forbidden":
            raise ConfigError(f"{path}: unknown key '{key}'") from None
        message = error["msg"].removeprefix("Value error, ")
        if message.startswith("unknown key '"):  # from a nested table's own check
            raise ConfigError(f"{path}: unknown key '{key}.{message[13:]}") from None
        raise ConfigError(f"{path}: invalid value for '{key}': {message}") from None
    roster = [p if p.is_absolute() else path.parent / p for p in config.roster_files]
    return config.model_copy(update={"source": path, "roster_files": roster})


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
