"""User-facing errors: each carries a one-line message; the CLI turns them into exit code 2."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class: its message is shown to the user as one line, without a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)


class InputError(FactcheckError):
    """The article could not be read: missing, empty, binary, undecodable, too large, malformed."""


class ConfigError(FactcheckError):
    """A configuration file, key or value is invalid."""


class LLMError(FactcheckError):
    """The LLM endpoint failed or returned output that could not be used."""
