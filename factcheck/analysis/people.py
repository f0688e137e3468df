"""People: the names the article attaches titles or speech to, and every later mention."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.analysis.lexicon import (
    APOS,
    FULL_NAME,
    JURISDICTIONS,
    NOT_NAME_WORDS,
    OFFICE_HEADS,
    QUALIFIERS,
)
from factcheck.segment import Block

_SPEAKER_AFTER = re.compile(
    rf"({FULL_NAME})\s*(?:,[^,]{{1,80}},\s*)?\s+(?:said|says|told|added|stated|remarked|wrote"
    r"|noted|argued|explained|asked|insisted|warned|reported|announced|mentioned|claimed|stated|indicated|emphasi[sz]ed)\b"
)
# Words that may lead a capitalised run before a name: "Foreign Minister Sergei Lavrov said".
_LEADING_NON_NAME = (
    NOT_NAME_WORDS
    | QUALIFIERS
    | set(JURISDICTIONS)
    | {word for head in OFFICE_HEADS for word in head.replace("-", " ").split()}
    | {"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev"}
)
_SPEAKER_BEFORE = re.compile(rf"\b(?:said|says|told|added|according to|wrote)\s+({FULL_NAME})")


def normalise_name(name: str) -> str:
    return " ".join(name.replace("\u00a0", " ").split())


def names_with_speech(text: str, blocks: Iterable[Block]) -> list[tuple[int, str]]:
    """Full names (two words or more) that speak: "X said", "according to X"."""
    found: list[tuple[int, str]] = []
    for block in blocks:
        for pattern in (_SPEAKER_AFTER, _SPEAKER_BEFORE):
            for match in pattern.finditer(text, block.start, block.end):
                words = normalise_name(match.group(1)).split(" ")
                while words and words[0].lower().rstrip(".") in _LEADING_NON_NAME:
                    words.pop(0)
                if len(words) >= 2 and words[-1].lower() not in NOT_NAME_WORDS:
                    found.append((match.start(1), " ".join(words)))
    return sorted(found)


class People:
    """Person keys (fullest name) and the surname that refers to each."""

    def __init__(self, names: Iterable[str]) -> None:
        full = [normalise_name(n) for n in names]
        self.keys: list[str] = []
        for name in full:
            if " " in name and name not in self.keys:
                self.keys.append(name)
        self.surnames: dict[str, str] = {}
        by_surname: dict[str, list[str]] = {}
        for key in self.keys:
            by_surname.setdefault(key.rsplit(" ", 1)[-1], []).append(key)
        self._surname_owner = {s: ks[0] for s, ks in by_surname.items() if len(ks) == 1}
        for surname, key in self._surname_owner.items():
            self.surnames[key] = surname
        for name in full:
            if " " not in name and name not in self._surname_owner and name not in self.keys:
                self.keys.append(name)  # known only by one name ("Lula")
                self.surnames[name] = name

    def resolve(self, name: str | None) -> str | None:
        if name is None:
            return None
        name = normalise_name(name)
        if name in self.keys and " " in name:
            return name
        return self._surname_owner.get(name, name if name in self.keys else None)

    def mention_pattern(self) -> re.Pattern[str] | None:
        forms = set(self.keys) | set(self._surname_owner)
        if not forms:
            return None
        alts = "|".join(
            re.escape(f).replace(r"\ ", r"[ \u00a0]") for f in sorted(forms, key=len, reverse=True)
        )
        return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])(?P<poss>[{APOS}]s?\b)?")
