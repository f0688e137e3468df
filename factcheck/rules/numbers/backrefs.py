"""FC407: a count named back as the whole group, or with the verb that first counted it.

"The factory employs 412 workers … all 480 workers will be offered new roles", "Police
arrested 34 people … the 43 people arrested were released": the later figure says in its
own words that it is the group counted before ("all", "those", "every one of the", or the
same verb as a participle), so two values need not be a digit slip of each other to clash.
The checks that keep a part, a moment or another group apart are FC407's own (counts.py),
passed in so this module does not import it back.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Protocol, TypeVar

from factcheck.analysis.numbers import NumberMention, overlaps
from factcheck.rules.numbers._common import _count_range, _noun_after
from factcheck.rules.registry import RuleContext


class CountLike(Protocol):
    """FC407's view of a count: the mention and the words before its noun."""

    m: NumberMention
    mods: tuple[str, ...]
    measure_at: int | None


C = TypeVar("C", bound=CountLike)


# "all 480 workers", "those 530 jobs", "every one of the 57 refugees": the whole group.
_WHOLE_BEFORE = re.compile(
    r"(?:^|\s)(?:all(?:\s+(?:of\s+)?(?:the|those|these))?|those|these"
    r"|(?:each|every\s+one)\s+of\s+(?:the|those|these))\s+$",
    re.I,
)
# "the 43 people arrested": a definite figure whose participle may echo the first verb.
_THE_BEFORE = re.compile(r"(?:^|\s)(?:the|of\s+the|all\s+the|those|these)\s+$", re.I)
_PARTICIPLE = re.compile(r"\s+(?P<w>[a-z]{3,}ed)\b")
# After the noun (or its participle) a phrase that picks out a part: "the 250 workers at
# its Derby plant", "those 530 jobs in Wales", "the 46 people treated in hospital".
_NARROWED_AFTER = re.compile(
    r"\s+(?:at|in|on|from|of|who|that|which|with|without|aged|under|over|between|based"
    r"|living|working|still|more|left|remaining|this|last|since|during|before|after|by"
    r"|outside|inside|across|near|for|among|whose)\b",
    re.I,
)
_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z]{3,})\s+(?:(?:some|about|around|nearly|almost)\s+)?$")
_ENDINGS = ("ation", "ion", "ing", "ed", "es", "s", "e")
# Nouns for anyone at all, which two unrelated groups in one story share.
_GENERIC = frozenset({"people", "others", "members"})


def _stem(word: str) -> str:
    word = word.lower()
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def _first_verbs(text: str, m: NumberMention, noun_end: int, s_start: int) -> set[str]:
    """Stems of the verb just before a count ("arrested 34", "has helped 1,200") and of a
    participle just after its noun ("64 patients treated")."""
    found: set[str] = set()
    before = _WORD_BEFORE.search(text, max(s_start, m.start - 30), m.start)
    if before is not None:
        found.add(_stem(before.group("w")))
    after = _PARTICIPLE.match(text, noun_end)
    if after is not None:
        found.add(_stem(after.group("w")))
    return found


def whole_backrefs(
    ctx: RuleContext,
    counts: list[C],
    uses: Counter[float],
    apart: Callable[[C, C], bool],
) -> Iterator[tuple[C, C, str]]:
    """Pairs (first count, later back-reference, why) of one noun's counts, in order.

    ``apart`` is FC407's test that the two are other moments, parts, places or estimates.
    """
    text = ctx.article.text
    if len(counts) < 2 or len(counts) > 12:
        return  # nothing to compare, or a table of figures
    for i, b in enumerate(counts):
        if b.measure_at is not None or b.m.value < 10 or uses[b.m.value] > 1:
            continue
        noun = _noun_after(text, b.m.end)
        if noun is None:
            continue
        window = text[max(0, b.m.start - 30) : b.m.start]
        whole = _WHOLE_BEFORE.search(window) is not None
        echo = _PARTICIPLE.match(text, noun[2])
        if not (whole or (echo is not None and _THE_BEFORE.search(window))):
            continue
        tail = echo.end() if echo is not None else noun[2]
        if _NARROWED_AFTER.match(text, tail):
            continue
        pool = [a for a in counts[:i] if a.m.sentence < b.m.sentence and a.measure_at is None]
        pool = [a for a in pool if not b.mods or a.mods[-len(b.mods) :] == b.mods]
        if not pool:
            continue
        ranges = [_count_range(a.m) for a in pool]
        if not all(overlaps(ranges[0], r) for r in ranges[1:]):
            continue  # two earlier values: it could point back at either
        a = pool[-1]
        if overlaps(_count_range(a.m), _count_range(b.m)):
            continue
        if max(a.m.value, b.m.value) > 4 * min(a.m.value, b.m.value):
            continue  # far apart: more likely a part than a slip of the pen
        echoed = False
        if echo is not None:
            s_start = ctx.analysis.sentences[a.m.sentence].start
            a_noun = _noun_after(text, a.m.end)
            verbs = _first_verbs(text, a.m, a_noun[2] if a_noun else a.m.end, s_start)
            echoed = _stem(echo.group("w")) in verbs
        # "all 40 people" may be any group of people; "the 43 people arrested" is not.
        if not (echoed or (whole and noun[0] not in _GENERIC)):
            continue
        if apart(a, b):
            continue
        why = (
            f"the {noun[0]} {echo['w']}"
            if echo is not None and echoed
            else "named back as the whole group"
        )
        yield a, b, why
