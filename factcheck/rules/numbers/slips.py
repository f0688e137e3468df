"""A vote figure given again with two side-by-side digits swapped: part of FC407.

"7,738 for the AIADMK's candidate" … "he had polled 7,378 votes". Two different vote
figures of one count that read as each other with two neighbouring digits swapped are a
typo far more often than two candidates' votes that happen to be so; who the later figure
is of need not be told. A three-digit figure is compared only as "325 votes" restated as
"the 352 votes", each given once, and not when the later one is said to be another side's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from factcheck.analysis.numbers import NUM, parse_number
from factcheck.rules.numbers._common import _YEAR_LIKE, _adjacent_swap
from factcheck.rules.registry import RuleContext

_VOTE_WORDS = re.compile(r"\b(?:votes|polled|ballots)\b", re.I)
# An exact whole figure of four digits or more: "7,738", "12,890".
_FIGURE = re.compile(rf"(?<![\w.,$€£¥₹-])(?P<n>{NUM})(?![\w%-]|[.,]\d|\s*(?:%|per\s?cent|percent))")
# A three-digit figure is compared only as "325 votes" restated as "the 352 votes": such
# figures are swaps of each other by chance far more often than four-digit ones.
_VOTES_AFTER = re.compile(r"\s+(?:votes|ballots)\b")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|those|these|his|her|their|its)\s+$", re.I)
_VOTES_FOR = re.compile(
    r"\s+(?:votes|ballots)\s+(?:cast\s+|won\s+)?(?:for|by|of)\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]+)"
)
_MONEY_OR_SHARE = re.compile(r"[$€£¥₹]\s?$|\b(?:per\s?cent|percent|turnout|margin)\b", re.I)


def transposed_votes(ctx: RuleContext) -> Iterator[tuple[int, int, int, int]]:
    """(start, end) of a vote figure and of a later one that is it with two digits swapped,
    when the later figure is given once."""
    text = ctx.article.text
    figures: list[tuple[int, int, int, bool]] = []
    for sentence in ctx.analysis.sentences:
        if not _VOTE_WORDS.search(text, sentence.start, sentence.end):
            continue
        for m in _FIGURE.finditer(text, sentence.start, sentence.end):
            raw = m.group("n")
            if not raw[0].isdigit() or _YEAR_LIKE.fullmatch(raw):
                continue
            value, precision = parse_number(raw)
            if precision != 1 or value < 100 or value != int(value):
                continue
            if _MONEY_OR_SHARE.search(text, max(sentence.start, m.start() - 12), m.start()):
                continue
            votes = bool(_VOTES_AFTER.match(text, m.end("n")))
            if value < 1000 and not votes:
                continue
            figures.append((m.start("n"), m.end("n"), int(value), votes))
    uses = Counter(f[2] for f in figures)
    for i, (b_start, b_end, b, _) in enumerate(figures):
        if uses[b] > 1:
            continue
        if b < 1000 and not _DEFINITE_BEFORE.search(text, max(0, b_start - 8), b_start):
            continue  # "325 votes" … "352 votes": only "the 352 votes" points back
        earlier = [
            f for f in figures[:i] if _adjacent_swap(str(f[2]), str(b)) and (b >= 1000 or f[3])
        ]
        if len({f[2] for f in earlier}) == 1 and (b >= 1000 or uses[earlier[0][2]] == 1):
            a_start, a_end, _, _ = earlier[0]
            whose = _VOTES_FOR.match(text, b_end)
            if (
                b < 1000
                and whose is not None
                and whose.group("who") not in text[max(0, a_start - 200) : min(a_end + 60, b_start)]
            ):
                continue  # "the 352 votes cast for the Greens": another side's votes
            yield a_start, a_end, b_start, b_end
