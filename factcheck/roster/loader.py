"""Loading the roster: the bundled data, then any newsroom files, parsed once per process."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.errors import ConfigError
from factcheck.roster.lookup import Roster
from factcheck.roster.models import RosterFile, Term

BUNDLED_FILES = ("us.json", "g20.json", "gb.json", "eu.json")


def load_roster(extra_paths: Sequence[Path] = ()) -> Roster:
    """The bundled roster plus newsroom files; later files replace matching earlier terms."""
    return _roster(tuple(_file_key(Path(p)) for p in extra_paths))


def bundled_roster() -> Roster:
    return _roster(())


@lru_cache(maxsize=8)
def _roster(extra: tuple[tuple[str, int], ...]) -> Roster:
    terms = list(_bundled_terms())
    for path, mtime in extra:
        terms.extend(_file_terms(path, mtime))
    return Roster(terms)


@cache
def _bundled_terms() -> tuple[Term, ...]:
    terms: list[Term] = []
    data = resources.files("factcheck.roster") / "data"
    for name in BUNDLED_FILES:
        raw = json.loads(data.joinpath(name).read_text(encoding="utf-8"))
        terms.extend(_terms(RosterFile.model_validate(raw), name))
    return tuple(terms)


def _file_key(path: Path) -> tuple[str, int]:
    # The modification time is part of the cache key: an edited file is read again.
    try:
        return str(path), path.stat().st_mtime_ns
    except OSError as exc:
        raise ConfigError(f"roster file {path}: cannot read it ({exc.strerror})") from exc


@lru_cache(maxsize=32)
def _file_terms(path: str, mtime: int) -> tuple[Term, ...]:
    del mtime  # only part of the cache key
    parsed = _parse(Path(path))
    try:
        roster_file = RosterFile.model_validate(parsed)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "top level"
        raise ConfigError(f"roster file {path}: {where}: {first['msg']}") from exc
    return tuple(_terms(roster_file, path))


def _parse(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"roster file {path}: cannot read it ({exc})") from exc
    if path.suffix.lower() == ".toml":
        return _parse_toml(path, text)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"roster file {path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc


def _parse_toml(path: Path, text: str) -> Any:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        try:
            import tomli as tomllib
        except ImportError as exc:
            raise ConfigError(
                f"roster file {path}: TOML needs Python 3.11 or the tomli package; use JSON"
            ) from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"roster file {path}: not valid TOML ({exc})") from exc


def _terms(roster_file: RosterFile, origin: str) -> list[Term]:
    return [
        Term(
            holder=holder,
            as_of=roster_file.as_of,
            covers_from=roster_file.covers_from,
            origin=origin,
        )
        for holder in roster_file.officeholders
    ]
