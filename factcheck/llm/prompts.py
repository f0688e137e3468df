"""Prompt files: Markdown with YAML front matter (name, version), a "# System" and "# User" part.

They live in the top-level ``prompts/`` directory; ``factcheck/prompts`` is a symlink to it,
so they are package data: an editable install reads them in place, and a wheel (setuptools
follows the link when it builds) carries copies.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from factcheck.errors import ConfigError

ARTICLE_SLOT = "{{article}}"
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^---[ \t]*\n", re.S | re.M)
_PART = re.compile(r"^# (System|User)[ \t]*$", re.M)


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    system: str
    user: str

    @property
    def sha(self) -> str:
        """Hash of the wording: part of cache keys, so an edit never reuses an old answer."""
        return hashlib.sha256(f"{self.system}\0{self.user}".encode()).hexdigest()[:16]

    def messages(self, article_text: str) -> list[dict[str, str]]:
        # The article is data: a closing tag inside it must not end the data block early.
        safe = article_text.replace("</article>", "</ article>")
        return [
            {"role": "system", "content": self.system},
            {"role": "user", "content": self.user.replace(ARTICLE_SLOT, safe)},
        ]


def prompt_dir() -> Path:
    packaged = resources.files("factcheck") / "prompts"
    if packaged.is_dir():
        return Path(str(packaged))
    # A source checkout whose symlink was lost (e.g. a zip on Windows): the top-level folder.
    return Path(__file__).resolve().parents[2] / "prompts"


def parse_prompt(source: str, where: str) -> Prompt:
    import yaml

    match = _FRONT_MATTER.match(source)
    if match is None:
        raise ConfigError(f"{where}: a prompt file needs front matter with name and version")
    meta = yaml.safe_load(match.group(1)) or {}
    if not isinstance(meta, dict) or not meta.get("name") or not meta.get("version"):
        raise ConfigError(f"{where}: the front matter needs 'name' and 'version'")
    parts = _PART.split(source[match.end() :])
    sections = {parts[i].lower(): parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
    if "system" not in sections or "user" not in sections:
        raise ConfigError(f"{where}: a prompt needs a '# System' and a '# User' part")
    if ARTICLE_SLOT not in sections["user"]:
        raise ConfigError(f"{where}: the '# User' part needs the {ARTICLE_SLOT} slot")
    return Prompt(str(meta["name"]), str(meta["version"]), sections["system"], sections["user"])


def load_prompt(name: str, directory: Path | None = None) -> Prompt:
    path = (directory or prompt_dir()) / f"{name}.md"
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read prompt {path}: {exc.strerror or exc}") from None
    return parse_prompt(source, str(path))
