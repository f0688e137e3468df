"""FC412 transposed-digits.

A figure is given again with two neighbouring digits swapped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from factcheck.analysis.numbers import NumberMention
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import (
    _CLAUSE_MARK,
    _NOUN_GROUPS,
    _YEAR_IN_TEXT,
    _YEAR_LIKE,
    _adjacent_swap,
    _noun_after,
)
from factcheck.rules.registry import Hit, RuleContext, rule

# Words for one household that reporters use in turn ("340 homes evacuated" … "the 430
# families who fled"): a swap of digits between them is as telling as within one word.
_HOUSEHOLDS = dict.fromkeys(("families", "dwellings", "flats", "apartments"), "homes")
# Words for jobs lost, which count the jobs cut or the workers laid off ("will lay off 640
# workers" … "the 460 layoffs"): they pair with either.
_LOSSES = frozenset(("layoffs", "redundancies", "lay-offs"))
# An event counted either by the verb before what it befell ("cancelled 2,140 services",
# "2,140 flights were cancelled") or by its own noun ("the 2,410 cancellations"): both
# count one thing, so a swap between them is as telling as within one noun.
_EVENT_NOUNS = {
    "cancellations": "cancel",
    "delays": "delay",
    "arrests": "arrest",
    "evacuations": "evacuate",
    "deportations": "deport",
    "diversions": "divert",
    "closures": "close",
    "admissions": "admit",
    "rescues": "rescue",
    "recalls": "recall",
    "complaints": "complain",
    "hires": "hire",
}
_EVENT_VERB = (
    r"(?P<v>cancell?ed|delayed|arrested|evacuated|deported|diverted|closed|admitted|rescued"
    r"|recalled|hired)"
)
_EVENT_STEM = {
    "cancelled": "cancel",
    "canceled": "cancel",
    "delayed": "delay",
    "arrested": "arrest",
    "evacuated": "evacuate",
    "deported": "deport",
    "diverted": "divert",
    "closed": "close",
    "admitted": "admit",
    "rescued": "rescue",
    "recalled": "recall",
    "hired": "hire",
}
# "cancelled more than 2,140 flights": the verb, then at most a few hedging words.
_VERB_BEFORE = re.compile(
    rf"\b{_EVENT_VERB}\s+(?:(?:a|an|the|some|about|around|nearly|almost|over|more|fewer|less"
    r"|than|at|least|roughly|total|of|another)\s+){0,4}$",
    re.I,
)
# "2,140 flights were cancelled": the noun, then the verb in the passive.
_VERB_AFTER = re.compile(
    rf"\s+(?:(?:were|was|have|has|had|been|being|got)\s+){{1,2}}{_EVENT_VERB}\b", re.I
)
# Indian amounts the figure reader leaves as bare counts: "Rs 1,28,650 crore".
_RUPEES_BEFORE = re.compile(r"(?:\bRs\.?|\bINR|₹)\s?$")
_INDIAN_SCALE = re.compile(r"\s(crore|lakh)\b")
_MONTHS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)
_MIN_DIGITS = 3  # "25" and "52" are two figures far too often
_MOST_APART = 1.5
# A figure named back as one already given ("all 430 families who fled", "the 430 homes"):
# with it a figure of two significant digits ("340") may pair too.
_NAMED_BACK = re.compile(r"\b(?:[Aa]ll(?:\s+the)?|[Tt]he|[Tt]hose|[Tt]hese)\s+$")
# A sentence that sets two figures of one thing side by side as different moments or
# scenarios: "up from", "compared with", "forecast", "last year".
_OTHER_MOMENT = re.compile(
    r"\b(?:from|compared|against|versus|previous\w*|last|next|earlier|ago|forecast\w*"
    r"|projected|expected|estimat\w*|target\w*|budgeted\s+for|revised|original\w*"
    r"|instead|rather\s+than|would|could|if)\b",
    re.I,
)


def _keys(ctx: RuleContext, m: NumberMention, indian: bool = False) -> tuple[tuple[str, str], ...]:
    """What a figure measures, for figures of one kind to be compared: a currency, or the
    noun a count counts ("jobs", "homes"); layoffs count jobs and workers both. ``indian``:
    the article writes crore or lakh (looked for once, not per figure)."""
    text = ctx.article.text
    scale = _INDIAN_SCALE.match(text, m.end) if indian else None
    if m.kind == "money" and m.unit:
        # "₹1,28,650 crore" is read without its scale: keep crore and lakh apart
        return (("money", m.unit + (" " + scale.group(1) if scale else "")),)
    if m.kind != "count":
        return ()
    if scale is not None and _RUPEES_BEFORE.search(text, max(0, m.start - 5), m.start):
        return (("money", "INR " + scale.group(1)),)
    noun = _noun_after(text, m.end)
    if noun is not None and not noun[1]:
        if noun[0] in _LOSSES:
            return (("count", "jobs"), ("count", "workers"))
        if noun[0] in _EVENT_NOUNS:
            return (("event", _EVENT_NOUNS[noun[0]]),)
    keys: list[tuple[str, str]] = []
    if noun is not None and not noun[1]:
        word = _HOUSEHOLDS.get(noun[0], noun[0])
        keys.append(("count", _NOUN_GROUPS.get(word, word)))
    # the verb names the event whatever the noun: "cancelled 2,140 regional flights"
    verb = _VERB_BEFORE.search(text, max(0, m.start - 60), m.start)
    if verb is None and noun is not None:
        verb = _VERB_AFTER.match(text, noun[2])
    if verb is not None:
        keys.append(("event", _EVENT_STEM[verb.group("v").lower()]))
    return tuple(keys)


def _clause(ctx: RuleContext, m: NumberMention) -> str:
    """The figure's clause, between the punctuation marks either side of it, and the
    phrase opening its sentence ("A year earlier, revenue was $1.25 billion")."""
    text = ctx.article.text
    s = ctx.analysis.sentences[m.sentence]
    before = [x.end() for x in _CLAUSE_MARK.finditer(text, s.start, m.start)]
    after = _CLAUSE_MARK.search(text, m.end, s.end)
    clause = text[(before[-1] if before else s.start) : (after.start() if after else s.end)]
    return clause + " " + (text[s.start : before[0]] if before else "")


def _digits(ctx: RuleContext, m: NumberMention) -> str:
    return re.sub(r"\D", "", ctx.text(m.start, m.end))


@rule("FC412", category=Category.NUMBER, severity=Severity.WARNING)
def transposed_digits(ctx: RuleContext) -> Iterator[Hit]:
    """A figure is given again with two neighbouring digits swapped.

    **What it does.** Compares figures of one kind in different sentences: amounts in the same
    currency, and counts of the same noun written straight after the figure ("272,000 jobs",
    "1,240 homes"). When a later figure, given once, is an earlier one with two side-by-side
    digits swapped (€115.7 billion and €117.5 billion, 272,000 and 227,000, ₹11.21 and ₹11.12),
    both places are reported: two different quantities that happen to read as each other so are
    far rarer than a typo. Homes, households, families, flats and dwellings count as one noun;
    layoffs and redundancies pair with jobs and with workers. An event counted by the verb
    before what it befell ("cancelled 2,140 services", "2,140 flights were cancelled") pairs
    with its own noun ("the 2,410 cancellations"; arrests, delays, evacuations and the like).
    Rupee amounts in crore or lakh ("Rs 1,28,650 crore", "₹12,460 crore") are compared
    within their scale.
    Only figures of three significant digits or more are compared, or of exactly three digits
    when the later one is named back ("all 430 families who fled" after "340 homes"), and
    neither swapped digit may be a zero.

    **Why it matters.** A transposed figure is the commonest typing slip in numbers and
    reads as plausible, so nobody notices it on a read-through.

    **Example.**

        American employers added 272,000 jobs in May. … "The 227,000 jobs added in May
        are a strong number," said Kevin Ashworth.

    **Not flagged.** Figures in one sentence ("from $1.25bn to $1.52bn"), figures either of
    whose clause sets it apart as another moment or scenario ("up from", "compared with",
    "last year", "forecast", "would"; not "the budget for 2025/26", which is the budget
    itself), figures whose sentences name different years or different months,
    figures more than half apart, years, and a later figure the article gives more than
    once.

    **How to silence it.** `--ignore FC412`, or fix the figure.
    """
    numbers = ctx.analysis.numbers
    keyed: list[tuple[NumberMention, tuple[str, str], str]] = []
    indian = "lakh" in ctx.article.text or "crore" in ctx.article.text
    for m in numbers:
        if m.kind not in ("money", "count") or m.value <= 0:
            continue
        digits = _digits(ctx, m)
        if _YEAR_LIKE.fullmatch(digits) or len(digits) < _MIN_DIGITS:
            continue
        keyed.extend((m, key, digits) for key in _keys(ctx, m, indian))
    if len(keyed) < 2:
        return
    uses = Counter((key, m.value) for m, key, _ in keyed)
    # A swap keeps the digits: only figures with the same digits, in any order, can pair.
    earlier: dict[tuple[tuple[str, str], str], list[tuple[NumberMention, str]]] = {}
    sentences = ctx.analysis.sentences
    done: set[int] = set()  # a layoffs figure is keyed twice: report it once
    for b, key, b_digits in keyed:
        bucket = earlier.setdefault((key, "".join(sorted(b_digits))), [])
        candidates = list(bucket)
        bucket.append((b, b_digits))
        if uses[(key, b.value)] > 1 or b.start in done:
            continue
        for a, a_digits in candidates:
            if a.sentence == b.sentence or not _adjacent_swap(a_digits, b_digits):
                continue
            if len(b_digits.rstrip("0")) < _MIN_DIGITS and (
                len(b_digits) > _MIN_DIGITS
                or not _NAMED_BACK.search(ctx.article.text, max(0, b.start - 12), b.start)
            ):
                continue  # "340" and "430" alone are two figures too often
            if max(a.value, b.value) > _MOST_APART * min(a.value, b.value):
                continue
            texts = [
                ctx.text(sentences[m.sentence].start, sentences[m.sentence].end) for m in (a, b)
            ]
            if any(_OTHER_MOMENT.search(_clause(ctx, m)) for m in (a, b)):
                continue
            years = [set(_YEAR_IN_TEXT.findall(t)) for t in texts]
            if all(years) and years[0] != years[1]:
                continue
            months = [set(_MONTHS.findall(t)) for t in texts]
            if all(months) and not months[0] & months[1]:
                continue  # "in March" … "in April": two counts
            first, second = ctx.text(a.start, a.end), ctx.text(b.start, b.end)
            yield Hit(
                message=(
                    f"{second} here reads as {first}, given earlier, with two digits swapped;"
                    " if they are one figure, one of them is a typo."
                ),
                spans=[(b.start, b.end), (a.start, a.end)],
                confidence=0.6,
                suggestion=f"{first}, if it is the same figure",
            )
            done.add(b.start)
            break
