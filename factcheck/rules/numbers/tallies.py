"""FC403 tally-vs-count.

A vote tally disagrees with a later count of one side of the same vote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.analysis.numbers import (
    NUM,
    TOTAL_NOUNS,
    NumberMention,
    interval,
    overlaps,
    parse_number,
)
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import _fmt
from factcheck.rules.registry import Hit, RuleContext, rule

_OTHER_VOTE = re.compile(
    r"\b(?:committee|earlier|previous|prior|first|initial|procedural|last\s+(?:year|month|week)"
    r"|another|second|amendment|subcommittee|panel|in\s+(?:19|20)\d\d)\b",
    re.I,
)


@rule("FC403", category=Category.NUMBER, severity=Severity.WARNING)
def tally_vs_count(ctx: RuleContext) -> Iterator[Hit]:
    """A vote tally disagrees with a later count of one side of the same vote.

    **What it does.** Reads vote tallies ("passed 52-48", "by 61 votes to 38", "rejected
    45-55", "61 in favour and 38 against") and works out which figure is the yes side from
    the outcome. It then compares counts of one side elsewhere ("the 50 senators who voted
    yes", "48 votes against", "all 38 members who opposed it", "four board members voted
    against it", "the 265 MPs who supported it") with the tally. A count is
    compared with the nearest tally in its paragraph, or with the only tally in the
    article. With abstentions stated beside the tally, "All 41 councillors present took
    part in the vote" is checked against for, against and abstentions added up.

    **Why it matters.** A tally and a headcount that disagree mean one of them is wrong;
    vote figures are easy to check and embarrassing to get wrong.

    **Example.**

        The Senate passed the bill 52-48. … The 50 senators who voted yes celebrated.

    **Not flagged.** Counts of a party or other subset ("12 Democrats voted yes"), counts
    about another vote (a committee, an amendment, an earlier or procedural vote), hedged
    counts that fit ("more than 50 senators voted yes"), and totals of the whole body ("All
    17 members …", or a count equal to for and against, with or without abstentions).

    **How to silence it.** `--ignore FC403`, or fix the text.
    """
    tallies = [m for m in ctx.analysis.numbers if m.kind == "tally" and m.sides_known]
    if not tallies:
        return
    distinct = {(t.value, t.value2) for t in tallies}
    sentences = ctx.analysis.sentences
    blocks = ctx.segmentation.body
    for side in (m for m in ctx.analysis.numbers if m.kind == "vote_side"):
        sentence = sentences[side.sentence]
        # Words about another vote near the count, not anywhere in a long sentence ("The
        # four members who voted in favour agreed to an amendment from the mayor").
        near = ctx.text(max(sentence.start, side.start - 50), min(sentence.end, side.end + 40))
        if _OTHER_VOTE.search(near):
            continue
        block = next((b for b in blocks if b.start <= side.start < b.end), None)
        same_block = [
            t for t in tallies if block is not None and block.start <= t.start < block.end
        ]
        pool = same_block or (tallies if len(distinct) == 1 else [])
        if not pool:
            continue
        before = [t for t in pool if t.start < side.start]
        tally = before[-1] if before else pool[0]
        expected = tally.value if side.side == "for" else tally.value2
        if expected is None:
            continue
        if overlaps(interval(side.value, side.precision, side.qualifier), (expected, expected)):
            continue
        if side.value > 2 * max(_totals(ctx, tally)):
            continue  # far more than ever voted: another group ("1,207 supported the scheme")
        # "All 17 members voted for it": the whole body, not one side; "all 51 senators who
        # voted yes" names one side.
        whole = _ALL_BEFORE.search(ctx.text(max(sentence.start, side.start - 12), side.start))
        if side.value in _totals(ctx, tally) or (
            whole and not _WHO_VOTED.match(ctx.text(side.end, min(sentence.end, side.end + 40)))
        ):
            continue
        which = "for" if side.side == "for" else "against"
        tally_text = ctx.text(tally.start, tally.end)
        yield Hit(
            message=(
                f"The tally “{tally_text}” gives {_fmt(expected)} votes {which}, but"
                f" {ctx.text(side.start, side.end)} are said to have voted {which}."
            ),
            spans=[(tally.start, tally.end), (side.start, side.end)],
            confidence=0.75 if tally.sentence != side.sentence else 0.8,
        )
    yield from _present_vs_tally(ctx, tallies)


_ABSTAINED = re.compile(
    rf"(?P<n>{NUM})\s+(?:(?:formal\s+)?abstentions?\b|(?:[a-z]+\s+)?(?:abstained|abstaining)\b)"
    rf"|\bwith\s+(?P<n2>{NUM})\s+(?:[a-z]+\s+)?abstaining\b",
)
_WHO_VOTED = re.compile(r"\s+(?:[A-Za-z]+\s+){1,2}(?:who|that)\s")
_ALL_BEFORE = re.compile(r"\b[Aa]ll\s+(?:(?:of\s+)?the\s+)?$")
_TOTAL_NOUN = "|".join(sorted(TOTAL_NOUNS, key=len, reverse=True))
# "All 41 councillors present took part in the vote".
_ALL_TOOK_PART = re.compile(
    rf"\b[Aa]ll\s+(?:(?:of\s+)?the\s+)?(?P<n>{NUM})\s+(?:[a-z]+\s+)?(?:{_TOTAL_NOUN})\b"
    r"(?:\s+(?:present|in\s+the\s+chamber|at\s+the\s+meeting))?\s+(?:took\s+part|voted"
    r"|cast\s+(?:their\s+)?(?:votes?|ballots?))\s+in\s+(?:the|that|this)\s+(?:vote|ballot)\b"
)


def _abstentions(ctx: RuleContext, tally: NumberMention) -> float | None:
    """The abstentions stated in the tally's paragraph, if one figure is given."""
    block = next((b for b in ctx.segmentation.body if b.start <= tally.start < b.end), None)
    if block is None:
        return None
    found = {
        parse_number(m.group("n") or m.group("n2"))[0]
        for m in _ABSTAINED.finditer(ctx.article.text, block.start, block.end)
    }
    return found.pop() if len(found) == 1 else None


def _totals(ctx: RuleContext, tally: NumberMention) -> set[float]:
    """The sizes of the whole body a tally implies: for and against, with abstentions."""
    both = tally.value + (tally.value2 or 0.0)
    abstained = _abstentions(ctx, tally)
    return {both} if abstained is None else {both, both + abstained}


def _present_vs_tally(ctx: RuleContext, tallies: list[NumberMention]) -> Iterator[Hit]:
    """ "27 for, 14 against and 3 abstentions … All 41 councillors present took part in the
    vote": everyone who took part is for, against or abstaining."""
    if len({(t.value, t.value2) for t in tallies}) != 1:
        return
    tally = tallies[0]
    abstained = _abstentions(ctx, tally)
    if abstained is None:
        return
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    for m in _ALL_TOOK_PART.finditer(text, tally.end):
        sentence = next((s for s in sentences if s.start <= m.start() < s.end), None)
        if sentence is None:
            continue  # outside the body's sentences (a related link, a caption)
        if _OTHER_VOTE.search(ctx.text(sentence.start, sentence.end)):
            continue
        value, precision = parse_number(m.group("n"))
        expected = tally.value + (tally.value2 or 0.0) + abstained
        if precision != 1 or value == expected:
            continue
        yield Hit(
            message=(
                f"All {ctx.text(m.start('n'), m.end('n'))} are said to have taken part, but the"
                f" tally “{ctx.text(tally.start, tally.end)}” with {_fmt(abstained)} abstentions"
                f" adds up to {_fmt(expected)}."
            ),
            spans=[(m.start("n"), m.end("n")), (tally.start, tally.end)],
            confidence=0.6,
        )
