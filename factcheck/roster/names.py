"""Person names: normal forms, and confident matching of an article's name to a roster person."""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose.
_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})
_PUNCT = re.compile(r"[.,’'`\"]")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_HONORIFICS = frozenset({"sir", "dame", "mr", "mrs", "ms", "dr", "king", "queen", "emperor"})


def fold(text: str) -> str:
    """Lower case, accents and dots removed, spaces collapsed: "J. D. Vance" -> "j d vance"."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _PUNCT.sub(lambda m: " " if m.group() == "." else "", text)
    return " ".join(text.replace("\u00a0", " ").split())


def name_keys(name: str) -> set[str]:
    """The forms of a full name that identify the same person with confidence.

    "J.D. Vance" and "JD Vance" meet at "jd vance"; "Joseph R. Biden Jr." also yields
    "joseph biden jr" and "joseph biden" (middle initials and suffixes carry no identity
    on their own, given the first name and surname agree).
    """
    words = fold(name).split()
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    if not words:
        return set()
    # Leading initials run together: "j d vance" -> "jd vance".
    lead = 0
    while lead < len(words) - 1 and len(words[lead]) == 1:
        lead += 1
    if lead >= 2:
        words = ["".join(words[:lead]), *words[lead:]]
    keys = {" ".join(words)}
    core = [w for i, w in enumerate(words) if i == 0 or len(w) > 1]
    keys.add(" ".join(core))
    if len(core) > 2 and core[-1] in _SUFFIXES:
        keys.add(" ".join(core[:-1]))
    return {k for k in keys if k}


def surname_of(name: str, surname: str | None) -> str:
    if surname:
        return fold(surname)
    words = [w for w in fold(name).split() if w not in _SUFFIXES]
    return words[-1] if words else ""
