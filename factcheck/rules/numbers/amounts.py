"""FC401 conflicting-amounts.

One thing is given two different costs or values in the same article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from factcheck.analysis.numbers import GENERIC_THINGS, QUAL, NumberMention, interval, overlaps
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import _YEAR_IN_TEXT, _words
from factcheck.rules.registry import Hit, RuleContext, rule

# Words that mean two amounts may be two moments or two parts of one thing, not one fact.
_CHANGE_CONTEXT = re.compile(
    r"\b(?:originally|original|initially|initial|first|earlier|previous(?:ly)?|prior|estimat\w*"
    r"|projected|projection|forecast\w*|expected|budget\w*|overrun\w*|rose|risen|rising"
    r"|increas\w*|decreas\w*|grew|grown|jump\w*|fell|fallen|drop\w*|cut|reduc\w*|revised"
    r"|later|eventually|final(?:ly)?|would|could|might|proposed|plan\w*|annual(?:ly)?"
    r"|per\s+year|a\s+year|includ\w*|excluding|plus|another|additional|extra|instead"
    r"|up\s+from|down\s+from|compared|versus|vs)\b",
    re.I,
)


def _head_ok(word: str) -> bool:
    """A thing that names one object: not a generic amount word, not a plural."""
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return word not in {"amount", "sum", "figure", "total"} and not plural


def _same_thing(a: NumberMention, b: NumberMention) -> str | None:
    """The shared name when two amounts clearly measure one thing, else None."""
    ta, tb = a.thing, b.thing
    if not ta or not tb:
        return None
    if a.thing_form == "attributive" and b.thing_form == "predicate":
        a, b, ta, tb = b, a, tb, ta
    if a.thing_form == "predicate" and b.thing_form == "attributive":
        head = ta[-1]
        if head not in tb:
            return None
        i = tb.index(head)
        mods_a, mods_b = ta[:-1], tb[:i]
        shared = " ".join(tb[: i + 1])
    elif a.thing_form == b.thing_form == "predicate":
        head = ta[-1]
        if tb[-1] != head:
            return None
        mods_a, mods_b = ta[:-1], tb[:-1]
        shared = " ".join(ta if len(ta) >= len(tb) else tb)
    else:
        short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
        if long_[: len(short)] != short:
            return None
        head, mods_a, mods_b = short[-1], (), ()
        shared = " ".join(short)
    # Modifiers must agree: "bridge" matches "new bridge", but "aid package" is not
    # "arms package".
    n = min(len(mods_a), len(mods_b))
    if n and mods_a[len(mods_a) - n :] != mods_b[len(mods_b) - n :]:
        return None
    if head in GENERIC_THINGS or not _head_ok(head):
        return None
    return shared


# Words that make an amount one of several only when they come before it, or when its
# sentence gives another amount: "The €321m mission is expected to launch in March" and
# "… is the agency's first" say nothing about the cost.
_WEAK_AFTER = _words("first expected would could might")
_COST_AFTER = re.compile(r"\b(?:cost\w*|price\w*|more|less)\b", re.I)
_CHANGE_AFTER_AMOUNT = re.compile(
    r"\b(?:(?:far|much|even|considerably)\s+(?:more|less)|higher|lower|overr?an\w*"
    r"|balloon\w*|soar\w*|spiral\w*|doubl\w*|so\s+far|to\s+date|thus\s+far|already)\b",
    re.I,
)


def _changing_amount(ctx: RuleContext, m: NumberMention, money: list[NumberMention]) -> bool:
    """Whether the amount's sentence says it is one moment, estimate or part: a change word
    before it (or in its sentence when that gives another amount), else a strong one after."""
    sentence = ctx.analysis.sentences[m.sentence]
    if _CHANGE_CONTEXT.search(ctx.text(sentence.start, m.end)) or _CHANGE_AFTER_AMOUNT.search(
        ctx.text(sentence.start, sentence.end)
    ):
        return True
    after = ctx.text(m.end, sentence.end)
    if any(o.sentence == m.sentence and o.start != m.start for o in money) or _COST_AFTER.search(
        after
    ):
        return bool(_CHANGE_CONTEXT.search(after))
    return any(w.group(0).lower() not in _WEAK_AFTER for w in _CHANGE_CONTEXT.finditer(after))


@rule("FC401", category=Category.NUMBER, severity=Severity.WARNING)
def conflicting_amounts(ctx: RuleContext) -> Iterator[Hit]:
    """One thing is given two different costs or values in the same article.

    **What it does.** Finds amounts of money tied to a thing the article names definitely,
    either as "the bridge cost $4.2 billion" or as "the $3.8 billion bridge", and compares
    every pair that names the same thing in the same currency. Two amounts that cannot both
    be right, allowing for rounding ("$4.2 billion" and "about $4 billion" agree), are
    reported with both places.

    **Why it matters.** A cost or value that changes between paragraphs is usually a typo
    or a figure left over from an earlier draft or estimate, and readers notice.

    **Example.**

        The bridge cost $4.2 billion to build. … Commuters now cross the $3.8 billion
        bridge in under ten minutes.

    **Not flagged.** Amounts for different things that merely share a unit ("the $2 billion
    aid package" and "the $3 billion arms package"), plural or generic things ("the
    contracts", "the total"), different currencies, and sentences that speak of estimates,
    budgets, overruns, running totals, changes over time or parts of a whole ("originally",
    "rose", "including", "so far", "would cost"). Hedges after the amount that say nothing
    about it ("The €321m mission is expected to launch in March", "… is the agency's
    first") do not excuse it, unless its sentence gives another amount or speaks of costs.

    **How to silence it.** `--ignore FC401`, or fix the text.
    """
    money = [m for m in ctx.analysis.numbers if m.kind == "money" and m.thing]
    every = [m for m in ctx.analysis.numbers if m.kind == "money"]
    reported: set[tuple[str, float, float]] = set()
    for a, b in combinations(money, 2):
        if a.unit != b.unit or a.value == b.value:
            continue
        shared = _same_thing(a, b)
        if shared is None:
            continue
        if any(_changing_amount(ctx, m, every) for m in (a, b)):
            continue
        if overlaps(
            interval(a.value, a.precision, a.qualifier), interval(b.value, b.precision, b.qualifier)
        ):
            continue
        key = (shared, min(a.value, b.value), max(a.value, b.value))
        if key in reported:
            continue
        reported.add(key)
        first, second = ctx.text(a.start, a.end), ctx.text(b.start, b.end)
        yield Hit(
            message=(
                f"The {shared} is given as {first} here and as {second} elsewhere in the"
                " article; the two amounts do not agree."
            ),
            spans=[(a.start, a.end), (b.start, b.end)],
            confidence=0.7,
        )
    yield from _deal_hits(ctx, every)


_COMPANY = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,3}"
# "agreed to buy Halden for $2.4 billion": the price of a takeover, before its amount.
_BUY_BEFORE = re.compile(
    r"\b(?:buy|buying|bought|acquire|acquiring|acquired|purchase|purchasing|purchased"
    rf"|take\s+over|taking\s+over|took\s+over)\s+(?P<target>{_COMPANY})\s+(?:for|in\s+a\s+"
    r"(?:deal|takeover|transaction)\s+(?:worth|valued\s+at))\s+(?:(?:" + QUAL + r")\s+)?$"
)
# "The $2.7 billion deal", "the £1.1bn all-cash takeover": the same takeover, after it.
_DEAL_AFTER = re.compile(
    r"(?:-|\s+)(?:(?:all-cash|all-share|cash|agreed|proposed|recommended|hostile|friendly)\s+)?"
    r"(?:deal|acquisition|takeover|purchase|bid|offer|buyout|transaction)\b"
    r"(?!\s+(?:for|of|with|to\s+buy)\s+(?-i:[A-Z]))"
)
_DEAL_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")
# Words that make a takeover price one of several: bids that came before, rivals, the
# value with debt, a price per share, fees.
_DEAL_CONTRAST = re.compile(
    r"\b(?:reject\w*|rebuff\w*|turned\s+down|spurn\w*|initial\w*|earlier|first|previous\w*"
    r"|original\w*|revis\w*|improv\w*|sweeten\w*|rais\w*|increas\w*|higher|lower|rival\w*"
    r"|counter\w*|competing|another|other|last\s+year|debt|includ\w*|enterprise|equity|premium"
    r"|per\s+share|a\s+share|fees?|break|net|plus|assum\w*|walked\s+away|collapsed|abandon\w*"
    r"|failed|blocked|cut|reduc\w*|valuation|estimat\w*|budget\w*|overr?un\w*|rose|fell"
    r"|so\s+far|to\s+date|combined|total\w*)\b",
    re.I,
)


def _deal_hits(ctx: RuleContext, money: list[NumberMention]) -> Iterator[Hit]:
    """ "Marlow agreed to buy Halden for $2.4 billion in cash … The $2.7 billion deal": in a
    story of one takeover, its price and "the deal" (or acquisition, takeover, purchase,
    bid, offer) are one amount."""
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    prices: list[tuple[NumberMention, str]] = []
    deals: list[NumberMention] = []
    others: list[NumberMention] = []
    for m in money:
        sentence = sentences[m.sentence]
        s_text = ctx.text(sentence.start, sentence.end)
        buy = _BUY_BEFORE.search(text, max(sentence.start, m.start - 120), m.start)
        if buy is not None:
            if not _DEAL_CONTRAST.search(s_text):
                prices.append((m, buy.group("target")))
            else:
                return  # a price that is one of several: no single takeover to compare with
        elif _DEAL_AFTER.match(text, m.end):
            if not _DEAL_DEFINITE.search(text, max(sentence.start, m.start - 10), m.start):
                others.append(m)  # "a $2.1 billion offer": another bid, perhaps
            deals.append(m)
    if not prices or not deals:
        return
    if len({(p.value, p.unit) for p, _ in prices}) != 1 or len({t for _, t in prices}) != 1:
        return  # two prices, or two targets: not one takeover
    price, target = prices[0]
    if any(o.value != price.value for o in others):
        return  # a story of several bids
    for deal in deals:
        if deal.unit != price.unit or deal.sentence == price.sentence:
            continue
        sentence = sentences[deal.sentence]
        s_text = ctx.text(sentence.start, sentence.end)
        if _DEAL_CONTRAST.search(s_text) or _YEAR_IN_TEXT.search(s_text):
            continue  # another bid, or a deal of another year
        if any(o.value == deal.value and o not in deals for o in money):
            continue  # the amount given for something else in the article
        if overlaps(
            interval(price.value, price.precision, price.qualifier),
            interval(deal.value, deal.precision, deal.qualifier),
        ):
            continue
        first, second = ctx.text(price.start, price.end), ctx.text(deal.start, deal.end)
        yield Hit(
            message=(
                f"The takeover of {target} is priced at {first} here and at {second} elsewhere"
                " in the article; the two amounts do not agree."
            ),
            spans=[(price.start, price.end), (deal.start, deal.end)],
            confidence=0.65,
        )
