"""Numbers: quantities that disagree with each other."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from factcheck.analysis.numbers import (
    GENERIC_THINGS,
    NUM,
    QUAL,
    QUALIFIERS,
    SCALES,
    TOTAL_NOUNS,
    WORD_NUM,
    NumberMention,
    Qualifier,
    interval,
    overlaps,
    parse_number,
)
from factcheck.report import Category, Severity
from factcheck.rules.registry import Hit, RuleContext, rule


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CURRENCY = r"(?:US\$|A\$|C\$|NZ\$|HK\$|[$€£¥₹])"
# A figure in a change or share phrase: "40,000", "$1.2bn", "2.7 million", "12%".
_AMOUNT = (
    rf"(?:{_CURRENCY}\s?)?{NUM}(?:(?:bn|mn|m|k)\b)?(?:\s*(?:%|(?i:per\s?cent\b|percent\b))"
    r"|\s+(?:dollars|euros|pounds|yen|rupees)\b)?"
)
_PCT = rf"{NUM}(?:\s*(?:%|(?i:per\s?cent\b|percent\b))|(?=\s+(?:percentage\s+)?points?\b))"
_PTS = r"(?P<pts>\s+(?:percentage\s+)?points?\b)?"
_UP_VERBS = (
    r"rose|risen|increased|grew|grown|climbed|jumped|soared|surged|gained|went\s+up|was\s+up"
    r"|is\s+up|were\s+up|are\s+up|up"
)
_DOWN_VERBS = (
    r"fell|fallen|dropped|declined|decreased|slipped|plunged|slumped|sank|shrank|shrunk"
    r"|tumbled|went\s+down|was\s+down|is\s+down|were\s+down|are\s+down|down"
)
_UP_NOUNS = r"increase|rise|jump|gain|growth|surge|climb"
_DOWN_NOUNS = r"decrease|drop|fall|decline|reduction|cut|slump|loss"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
_YEAR = r"(?:19|20)\d\d(?:\s?[-–/]\s?(?:(?:19|20)\d\d|\d\d))?(?![\d%])"
# When a figure of a change was: "£54.2bn this year", "1,240 in 2019", "… in 2027-28",
# "… by March", "… a decade ago", so that the two figures may each carry their moment.
_WHEN = (
    r"(?:,?\s+(?:(?:in|by|during|for|at|as\s+of|until|over|at\s+the\s+(?:end|start)\s+of"
    r"|in\s+the\s+(?:year|twelve\s+months|12\s+months)\s+to)\s+(?:the\s+)?(?:(?:financial"
    rf"|fiscal|calendar|tax|school|academic)\s+year\s+)?(?:{_YEAR}|{_MONTH}(?:\s+{_YEAR})?"
    r"|(?:first|second|third|fourth|final|last)\s+(?:quarter|half)(?:\s+of\s+(?:19|20)\d\d)?"
    r"|(?:19|20)\d0s)|(?:this|last|next|the\s+previous|the\s+following)\s+(?:year|month"
    r"|week|quarter|season|spring|summer|autumn|winter|decade)|(?:a|one|two|three|four|five"
    r"|six|ten|\d{1,2})\s+(?:years?|months?|decades?)\s+(?:ago|earlier|before|previously)"
    r"|a\s+year\s+(?:ago|earlier|before)),?)?"
)
# An amount with the plural noun it counts and its moment: "1,240 branches in 2019".
_TAIL = (
    r"(?:\s+(?!(?:this|was|is|its|has|as|his|those|these|thus|plus|years|months)\b)"
    rf"[a-z][\w-]*s\b)?{_WHEN}"
)
_FROM_TO = (
    rf"from\s+(?:(?P<xq>{QUAL})\s+)?(?P<x>{_AMOUNT}){_TAIL}\s+to\s+(?:(?P<yq>{QUAL})\s+)?"
    rf"(?P<y>{_AMOUNT}){_TAIL}"
)
_TO_FROM = (
    rf"to\s+(?:(?P<yq>{QUAL})\s+)?(?P<y>{_AMOUNT}){_TAIL},?\s+from\s+(?:(?P<xq>{QUAL})\s+)?"
    rf"(?P<x>{_AMOUNT}){_TAIL}"
)
_CHANGE_AFTER = (
    rf"(?:\s+[\w-]+){{0,4}}?,?\s+(?:(?:an?|the)\s+)?(?:(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\s+of"
    rf"\s+|(?P<verb>up|down)\s+(?:by\s+)?)(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}"
)
# "…, a 14 per cent increase", "…, an 18% fall".
_CHANGE_AFTER_ATTRIBUTIVE = (
    rf"(?:\s+[\w-]+){{0,4}}?,?\s+(?:(?:an?|the)\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}"
    rf"\s+(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\b"
)
_CHANGE_PATTERNS = [
    re.compile(
        rf"\b(?P<verb>{_UP_VERBS}|{_DOWN_VERBS})\s+(?:by\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})"
        rf"{_PTS}(?:\s+[\w-]+){{0,4}}?,?\s+{_FROM_TO}",
        re.I,
    ),
    re.compile(
        rf"\b(?P<verb>{_UP_VERBS}|{_DOWN_VERBS})\s+(?:by\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})"
        rf"{_PTS}(?:\s+[\w-]+){{0,4}}?,?\s+{_TO_FROM}",
        re.I,
    ),
    re.compile(rf"\b{_FROM_TO}{_CHANGE_AFTER}", re.I),
    re.compile(rf"\b{_TO_FROM}{_CHANGE_AFTER}", re.I),
    re.compile(rf"\b{_FROM_TO}{_CHANGE_AFTER_ATTRIBUTIVE}", re.I),
    re.compile(rf"\b{_TO_FROM}{_CHANGE_AFTER_ATTRIBUTIVE}", re.I),
    re.compile(
        rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}\s+(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\b"
        rf"(?:\s+[\w-]+){{0,4}}?,?\s+{_FROM_TO}",
        re.I,
    ),
]
_RATE_OR_REAL = re.compile(
    r"\s*(?:(?:percentage\s+)?points?\s+)?(?:a\s+year|an?\s+(?:month|week|quarter)|per\s+(?:year"
    r"|annum|month|head|capita|person)|annually|each\s+year|every\s+year|year[-\s]on[-\s]year"
    r"|on\s+average|in\s+real\s+terms|after\s+inflation|once\s+inflation|adjusted)\b",
    re.I,
)
_MULTIPLE_PATTERN = re.compile(
    rf"\b(?P<mult>doubled|tripled|trebled|quadrupled|halved)(?:\s+[\w-]+){{0,3}}?,?\s+{_FROM_TO}",
    re.I,
)
_CHANGE_KEYS = ("%", "cent", "point", "doubl", "tripl", "trebl", "quadrupl", "halv")
_MULTIPLES = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_DOWN = re.compile(rf"^(?:{_DOWN_VERBS}|{_DOWN_NOUNS})$", re.I)
_PCT_TAIL = re.compile(r"(?:%|per\s?cent|percent)$", re.I)
_CURRENCY_TAIL = re.compile(r"\s+(?:dollars|euros|pounds|yen|rupees)$", re.I)
_CURRENCY_HEAD = re.compile(rf"^{_CURRENCY}\s?")
_ABBR_SCALE = re.compile(r"(?<=\d)(bn|mn|m|k)$", re.I)

# Fraction words read as percentages: "a fifth", "two-thirds", "one in four", "half".
_FRACTION_DENOMS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "eighth": 8,
    "eighths": 8,
    "tenth": 10,
    "tenths": 10,
}
_SMALL_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten"
_FRACTION = (
    r"(?i:\b(?:(?:a|one)[-\s]+(?:half|third|quarter|fifth|sixth|eighth|tenth)"
    r"|(?:two|three|four|five|seven|nine)[-\s]+(?:thirds|quarters|fifths|sixths|eighths|tenths)"
    rf"|half|(?:{_SMALL_WORDS}|\d{{1,2}})\s+(?:in|out\s+of)\s+(?:{_SMALL_WORDS}|\d{{1,3}}))\b)"
)
_FRACTION_RE = re.compile(_FRACTION)
_SMALL_VALUES = {w: i + 1 for i, w in enumerate(_SMALL_WORDS.split("|"))}
_SHARE = rf"(?:{_FRACTION}|{_PCT})"

# Share of a total: "48% of the 2.7 million voters, or 1.3 million", and its reorderings.
# "of the 1,200", "of Brightwater's 1,200", "of the company's 1,200".
_OF_TOTAL = (
    r"of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[A-Za-z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}['’]s\s+)?"
    rf"(?:(?P<tq>{QUAL})\s+)?(?P<t>{_AMOUNT})"
)
_LINK = r"(?:,\s*|\s+\(|\s+[—–]\s+|\s*[—–]\s*)(?:or|that\s+is|i\.e\.|representing|equal\s+to)?\s*"
_NOUNS = r"(?:\s+(?:[a-z][\w-]*|[A-Z]{2,4})){0,3}?"


def _share_patterns(share: str) -> list[re.Pattern[str]]:
    return [
        re.compile(
            rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{share})\s+{_OF_TOTAL}{_NOUNS}{_LINK}"
            rf"(?:(?P<cq>{QUAL})\s+)?(?P<c>{_AMOUNT})"
            r"(?![\d%]|\s*(?:per\s?cent|percent)|\s+of\s+(?:whom|which|them|those|these))"
        ),
        re.compile(
            rf"(?:(?P<cq>{QUAL})\s+)?(?P<c>{_AMOUNT}){_NOUNS},?\s+(?:or\s+|representing\s+"
            r"|(?=(?:about|some|roughly|nearly|almost|around)\s))"
            rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{share})\s+{_OF_TOTAL}"
        ),
        re.compile(
            rf"(?:(?P<cq>{QUAL})\s+)?(?P<c>{_AMOUNT})\s+(?:out\s+)?{_OF_TOTAL}{_NOUNS}{_LINK}"
            rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{share})"
        ),
    ]


# Percentages and fraction words get their own patterns, so that a sentence with neither
# costs one substring test and a sentence with a percentage no fraction scan.
_SHARE_PATTERNS = _share_patterns(_PCT)
_FRACTION_PATTERNS = _share_patterns(_FRACTION)
# A count restated as a share of a total named earlier: "It runs 84 routes. Of those, 21
# routes, or about 40 percent, …", "… 1,200 homes, roughly a fifth of the total".
_SHARE_APPOSITION = re.compile(
    rf"(?<![$€£¥₹\d.,])(?:(?P<cq>{QUAL})\s+)?(?P<c>{NUM})(?P<noun>(?:\s+[a-z][\w-]*){{0,3}}?)"
    r"(?P<of>\s+of\s+(?:them|those|these))?\s*(?:,|\(|[—–])\s*(?:or\s+|that\s+is\s+"
    rf"|representing\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_SHARE})(?P<pts>\s+(?:percentage\s+)?"
    r"points?\b)?(?P<tail>\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z][\w-]*))?"
)
_LINK_BEFORE = re.compile(
    rf"[,(—–]\s*(?:or\s+|that\s+is\s+|representing\s+)?(?:(?:{QUAL})\s+)?[\w.,-]*\s*$"
)
_ANY_NUMBER = re.compile(rf"\d|(?i:\b{WORD_NUM}\b)")
_PCT_MARK = re.compile(r"%|per\s?cent|percent", re.I)
_FRACTION_KEYS = ("half", "third", "quarter", "fifth", "sixth", "eighth", "tenth")
_N_IN_M = re.compile(r" (?:in|out of) ")
_SMALL_SET = frozenset(_SMALL_WORDS.split("|"))
_BACK_CUE = re.compile(
    r"\b(?:of|among)\s+(?:those|these|them|which|the\s+total|all)\b(?:\s+(?P<noun>[a-z]+s)\b)?",
    re.I,
)
_OF_BEFORE = re.compile(r"\b(?:[Oo]f|[Aa]mong)\s+(?:the\s+|all\s+|its\s+|their\s+)?$")
_AFTER_SHARE = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|above|below|up|down|rise|increase|drop|fall|decline"
    r"|points?|percentage|than)\b",
    re.I,
)

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
_OTHER_VOTE = re.compile(
    r"\b(?:committee|earlier|previous|prior|first|initial|procedural|last\s+(?:year|month|week)"
    r"|another|second|amendment|subcommittee|panel|in\s+(?:19|20)\d\d)\b",
    re.I,
)
_PERSON_REACH = 600
_YEAR_REACH = 30
_YEAR_IN_TEXT = re.compile(r"(?<![\d.,$€£-])(?:1[5-9]\d\d|20\d\d)(?![\d%])")
_FUTURE = re.compile(
    r"\b(?:will|upcoming|nearing|approaching|ahead\s+of|coming|next|prepar\w*|plans?|planned)\b",
    re.I,
)
# A moment within the year of publication: "this summer's edition", "this weekend".
_THIS_YEAR = re.compile(r"\bthis\s+(?:year|summer|spring|autumn|month|week|weekend)\b")
_PAST = re.compile(r"\b(?:celebrated|marked|held|commemorated|was|were|had)\b", re.I)


def _fmt(value: float) -> str:
    """A figure as a reader would write it: 1296000 -> "1.3 million", 0.5 -> "0.5"."""
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(value) >= scale:
            return f"{value / scale:.3g} {word}"
    if abs(value) >= 100 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _amount(raw: str) -> tuple[float, float, bool]:
    """(value, precision, is_percent) of an _AMOUNT match."""
    raw = _CURRENCY_TAIL.sub("", _CURRENCY_HEAD.sub("", raw.strip()))
    is_pct = bool(_PCT_TAIL.search(raw))
    raw = _PCT_TAIL.sub("", raw).strip()
    scale = 1.0
    abbr = _ABBR_SCALE.search(raw)
    if abbr is not None:
        scale = SCALES[abbr.group(1).lower()]
        raw = raw[: abbr.start()]
    value, precision = parse_number(raw)
    return value * scale, precision * scale, is_pct


def _qual(raw: str | None) -> Qualifier | None:
    return QUALIFIERS[" ".join(raw.lower().split())] if raw else None


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


def _change_hits(ctx: RuleContext, start: int, end: int) -> Iterator[Hit]:
    text = ctx.article.text
    done: set[int] = set()
    for pattern in _CHANGE_PATTERNS:
        for m in pattern.finditer(text, start, end):
            if m.start("p") in done:
                continue
            done.add(m.start("p"))
            x, x_prec, x_pct = _amount(m.group("x"))
            y, y_prec, y_pct = _amount(m.group("y"))
            p, p_prec, _ = _amount(m.group("p"))
            if x_pct != y_pct or x <= 0 or y < 0:
                continue
            if all(_YEAR_LIKE.fullmatch(m.group(g)) for g in ("x", "y")):
                continue  # "from 2019 to 2024": a period, not two figures
            if _RATE_OR_REAL.match(text, m.end("p")):
                continue  # "up 3% a year", "a rise of 9% in real terms": not the plain change
            word = (m.groupdict().get("verb") or m.groupdict().get("noun") or "").lower()
            sign = -1.0 if _DOWN.match(" ".join(word.split())) else 1.0
            lo_p, hi_p = interval(p, p_prec, _qual(m.group("pq")))
            stated = (lo_p, hi_p) if sign > 0 else (-hi_p, -lo_p)
            x_lo, x_hi = interval(x, x_prec, _qual(m.group("xq")))
            y_lo, y_hi = interval(y, y_prec, _qual(m.group("yq")))
            x_lo = max(x_lo, 1e-9)
            points = m.group("pts") is not None
            computed: list[tuple[float, float]] = []
            if points or x_pct:
                computed.append((y_lo - x_hi, y_hi - x_lo))  # percentage points
            if not points:
                computed.append(((y_lo / x_hi - 1) * 100, (y_hi / x_lo - 1) * 100))
            if any(overlaps(stated, c) for c in computed):
                continue
            actual = (y - x) if points else (y - x) / x * 100
            unit = " points" if points else "%"
            how = "rise" if actual > 0 else "fall"
            p_text = ctx.text(m.start("p"), m.end("p"))
            lo, hi = min(m.start("x"), m.start("y")), max(m.end("x"), m.end("y"))
            direction = ""
            if (actual > 0) != (sign > 0) and actual != 0:
                direction = f" The figures {'rise' if actual > 0 else 'fall'}, not the reverse."
            yield Hit(
                message=(
                    f"A change of {p_text} does not fit the figures: from"
                    f" {ctx.text(m.start('x'), m.end('x'))} to {ctx.text(m.start('y'), m.end('y'))}"
                    f" is a {how} of {abs(actual):.3g}{unit}.{direction}"
                ),
                spans=[(m.start("p"), m.end("p")), (lo, hi)],
                confidence=0.8,
                suggestion=f"{abs(actual):.0f}{unit}, if the two figures are right",
            )
    for m in _MULTIPLE_PATTERN.finditer(text, start, end):
        x, x_prec, x_pct = _amount(m.group("x"))
        y, y_prec, y_pct = _amount(m.group("y"))
        if x_pct != y_pct or x <= 0:
            continue
        factor = _MULTIPLES[m.group("mult").lower()]
        x_lo, x_hi = interval(x, x_prec, _qual(m.group("xq")))
        y_lo, y_hi = interval(y, y_prec, _qual(m.group("yq")))
        ratio = (y_lo / max(x_hi, 1e-9), y_hi / max(x_lo, 1e-9))
        if overlaps((factor * 0.9, factor * 1.1), ratio):
            continue
        lo, hi = min(m.start("x"), m.start("y")), max(m.end("x"), m.end("y"))
        yield Hit(
            message=(
                f"“{m.group('mult')}” does not fit the figures: from"
                f" {ctx.text(m.start('x'), m.end('x'))} to {ctx.text(m.start('y'), m.end('y'))}"
                f" is {y / x:.2g} times as much."
            ),
            spans=[(m.start("mult"), m.end("mult")), (lo, hi)],
            confidence=0.75,
        )


@rule("FC402", category=Category.NUMBER, severity=Severity.WARNING)
def percent_change_mismatch(ctx: RuleContext) -> Iterator[Hit]:
    """A stated percentage change does not match the before and after figures beside it.

    **What it does.** Reads phrases that give a change together with both figures ("rose
    25% from 40,000 to 60,000", "to $1.2 billion from $900 million, up 12%", "a 10% drop
    from 2,000 to 1,800", "doubled from 40 to 80") and works out the change the figures
    imply. It allows for the rounding of each figure and for hedges such as "about",
    "nearly" and "more than"; "percentage points" are compared as a difference. A change
    stated in the wrong direction ("fell 20% from 50 to 60") is reported too.

    **Why it matters.** Readers can do this arithmetic; a percentage that does not follow
    from the figures next to it undermines the whole story.

    **Example.**

        Attendance rose 25% from 40,000 to 60,000.

    **Use instead.** "rose 50% from 40,000 to 60,000", or correct whichever figure is wrong.

    **Not flagged.** Rounded percentages that fit ("rose 33% from 30,000 to 40,000"),
    hedged ones that fit ("nearly 50%"), and changes given without both figures.

    **How to silence it.** `--ignore FC402`, or fix the text.
    """
    sentences = ctx.analysis.sentences
    for index, sentence in enumerate(sentences):
        lowered = ctx.text(sentence.start, sentence.end).lower()
        if "from" in lowered and any(k in lowered for k in _CHANGE_KEYS):
            yield from _change_hits(ctx, sentence.start, sentence.end)
        if index and any(k in lowered[:60] for k in _CHANGE_KEYS[:3]):
            yield from _change_back_hits(ctx, index)


# "The 9.4 per cent rise …", "That is a rise of 9.4 per cent": a change opening a sentence
# that points back at the figures of the sentence before.
_CHANGE_BACK = [
    re.compile(
        rf"\s*(?:The|This|That)\s+(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}\s+"
        rf"(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\b(?P<in>\s+in\s+(?P<what>(?:[\w-]+\s+){{0,2}}"
        r"[\w-]+))?"
    ),
    re.compile(
        r"\s*(?:That|This|It)\s+(?:is|was|represents|represented|marks|marked|amounts\s+to"
        rf"|would\s+be)\s+(?:an?\s+)?(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\s+of\s+"
        rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}"
    ),
    re.compile(
        r"\s*(?:That|This|It)\s+(?:is|was|represents|represented|marks|marked|amounts\s+to"
        rf"|would\s+be)\s+(?:an?\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT}){_PTS}\s+"
        rf"(?P<noun>{_UP_NOUNS}|{_DOWN_NOUNS})\b"
    ),
]
# The two figures of the sentence before: "£51.0 million, up from £48.2 million", "from
# 1,240 to 1,410", "to 1,410 from 1,240".
_BEFORE_AFTER = [
    re.compile(rf"(?P<y>{_AMOUNT}){_TAIL},?\s+(?P<dir>up|down)\s+from\s+(?P<x>{_AMOUNT})", re.I),
    re.compile(rf"\b{_FROM_TO}", re.I),
    re.compile(rf"\b{_TO_FROM}", re.I),
]


def _change_back_hits(ctx: RuleContext, index: int) -> Iterator[Hit]:
    """ "Spending will be £51.0 million, up from £48.2 million. The 9.4 per cent rise …": a
    change that opens a sentence, against the one pair of figures in the sentence before."""
    text = ctx.article.text
    sentence, prev = ctx.analysis.sentences[index], ctx.analysis.sentences[index - 1]
    found = None
    for pattern in _CHANGE_BACK:
        found = pattern.match(text, sentence.start, sentence.end)
        if found is not None:
            break
    if found is None or _RATE_OR_REAL.match(text, found.end("p")):
        return
    p_text = ctx.text(prev.start, prev.end)
    if _PCT_MARK.search(p_text) or any(
        k in p_text.lower() for k in ("doubl", "tripl", "trebl", "quadrupl", "halv")
    ):
        return  # the sentence before gives its own change
    what = found.groupdict().get("what")
    if what and not _stems_in(what, p_text):
        return  # "The 9.4 per cent rise in council tax": a change of something else
    pairs = []
    for pattern in _BEFORE_AFTER:
        for m in pattern.finditer(text, prev.start, prev.end):
            if not any(m.start("x") == q.start("x") for q in pairs):
                pairs.append(m)
    if len(pairs) != 1 or len(_ANY_DIGITS.findall(p_text)) != 2:
        return  # no pair, or other figures the change could be of
    m = pairs[0]
    x, x_prec, x_pct = _amount(m.group("x"))
    y, y_prec, y_pct = _amount(m.group("y"))
    if x_pct != y_pct or x <= 0 or y < 0 or x_pct:
        return
    if all(_YEAR_LIKE.fullmatch(m.group(g).strip()) for g in ("x", "y")):
        return
    p, p_prec, _ = _amount(found.group("p"))
    if found.group("pts"):
        return
    sign = -1.0 if _DOWN.match(found.group("noun")) else 1.0
    lo_p, hi_p = interval(p, p_prec, _qual(found.group("pq")))
    stated = (lo_p, hi_p) if sign > 0 else (-hi_p, -lo_p)
    groups = m.groupdict()
    x_lo, x_hi = interval(x, x_prec, _qual(groups.get("xq")))
    y_lo, y_hi = interval(y, y_prec, _qual(groups.get("yq")))
    x_lo = max(x_lo, 1e-9)
    if overlaps(stated, ((y_lo / x_hi - 1) * 100, (y_hi / x_lo - 1) * 100)):
        return
    actual = (y - x) / x * 100
    how = "rise" if actual > 0 else "fall"
    lo, hi = min(m.start("x"), m.start("y")), max(m.end("x"), m.end("y"))
    yield Hit(
        message=(
            f"A change of {ctx.text(found.start('p'), found.end('p'))} does not fit the figures"
            f" of the sentence before: from {ctx.text(m.start('x'), m.end('x'))} to"
            f" {ctx.text(m.start('y'), m.end('y'))} is a {how} of {abs(actual):.3g}%."
        ),
        spans=[(found.start("p"), found.end("p")), (lo, hi)],
        confidence=0.7,
        suggestion=f"{abs(actual):.0f}%, if the two figures are right",
    )


_ANY_DIGITS = re.compile(r"\d[\d,.]*")


@rule("FC403", category=Category.NUMBER, severity=Severity.WARNING)
def tally_vs_count(ctx: RuleContext) -> Iterator[Hit]:
    """A vote tally disagrees with a later count of one side of the same vote.

    **What it does.** Reads vote tallies ("passed 52-48", "by 61 votes to 38", "rejected
    45-55", "61 in favour and 38 against") and works out which figure is the yes side from
    the outcome. It then compares counts of one side elsewhere ("the 50 senators who voted
    yes", "48 votes against", "all 38 members who opposed it") with the tally. A count is
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
        if _OTHER_VOTE.search(ctx.text(sentence.start, sentence.end)):
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
        if side.value in _totals(ctx, tally) or _ALL_BEFORE.search(
            ctx.text(max(sentence.start, side.start - 12), side.start)
        ):
            continue  # "All 17 members …": the whole body, not one side
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
        sentence = next(s for s in sentences if s.start <= m.start() < s.end)
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


@rule("FC404", category=Category.NUMBER, severity=Severity.WARNING)
def share_of_total_mismatch(ctx: RuleContext) -> Iterator[Hit]:
    """A percentage of a stated total disagrees with the count given for it.

    **What it does.** Reads phrases that give a share three ways at once: a percentage, the
    total it is a share of, and the resulting count ("48% of the 2.7 million voters, or 1.3
    million", "1.3 million voters, or 48% of the 2.7 million registered", "12 of the 40 members
    (30%)", "312 of Brightwater's 1,200 UK staff, or about a third"). Fraction words count as
    percentages ("a fifth", "a quarter", "half", "two-thirds", "one in four"), read loosely ("a
    fifth" is 19–21%; "about" allows four points or 12% of the share either way, whichever is
    more: "about a third" is 29–37%). The total may also be a count of the same thing earlier in
    the sentence or in the sentence before, when the share points back at it ("The authority
    runs 84 routes. Of those, 21 routes, or about 40 percent, …", "Of the 1,250 homes, 410 were
    flooded, roughly a fifth of the total"). It checks that the share of the total is the count,
    allowing for the rounding of each figure and for hedges such as "about" and "nearly".

    **Why it matters.** Two of the three figures are enough to compute the third, so a
    mismatch is a certain error in one of them.

    **Example.**

        Some 48% of the 2.7 million voters, or 1.9 million, backed the plan.

    **Use instead.** "…, or about 1.3 million, …", or correct the percentage.

    **Not flagged.** Rounded counts that fit ("about 1.3 million" for 48% of 2.7 million
    is 1.296 million), shares given without a total, shares of something else ("40 percent
    of the market"), and shares with no word pointing back at an earlier total, or with
    two earlier totals they could be of.

    **How to silence it.** `--ignore FC404`, or fix the text.
    """
    seen: set[int] = set()
    for index, sentence in enumerate(ctx.analysis.sentences):
        lowered = ctx.text(sentence.start, sentence.end).lower()
        has_pct = "%" in lowered or "cent" in lowered
        has_fraction = _has_fraction(lowered)
        if not (has_pct or has_fraction):
            continue  # a cheap gate: most sentences state no share
        patterns = (_SHARE_PATTERNS if has_pct else []) + (
            _FRACTION_PATTERNS if has_fraction else []
        )
        if " of " in lowered:
            yield from _share_hits(ctx, sentence.start, sentence.end, seen, patterns)
        yield from _share_of_earlier_total(ctx, index, seen, has_fraction=has_fraction)
        if " of th" in lowered:
            yield from _share_of_that_total(ctx, index, seen)


# "… roughly 40 percent of that workforce": a share pointing back at "312 of Halden's 1,200
# salaried employees" earlier in the sentence or in the sentence before.
_SHARE_OF_THAT = re.compile(
    rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_SHARE})\s+of\s+(?:that|this|the)\s+(?:whole\s+|entire\s+)?"
    r"(?:workforce|total|group|figure|number|pool|cohort|sample|intake|membership|electorate"
    r"|staff)\b"
)
_PART_OF_TOTAL = re.compile(
    rf"(?<![\d.,$€£¥₹])(?:(?P<cq>{QUAL})\s+)?(?P<c>{NUM})\s+(?:out\s+)?of\s+(?:the\s+|all\s+"
    r"|its\s+|their\s+)?(?:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}['’]s\s+)?"
    rf"(?:(?P<tq>{QUAL})\s+)?(?P<t>{NUM})(?![\d%]|[.,]\d|\s*(?:per\s?cent|percent))"
)


def _share_of_that_total(ctx: RuleContext, index: int, seen: set[int]) -> Iterator[Hit]:
    """ "312 of Halden's 1,200 salaried employees joined, roughly 40 percent of that
    workforce": the one part-of-total earlier in the sentence (else in the sentence before,
    when the share's own sentence gives no other figure before it)."""
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    sentence = sentences[index]
    for m in _SHARE_OF_THAT.finditer(text, sentence.start, sentence.end):
        if m.start("p") in seen or _AFTER_SHARE.match(text, m.end("p")):
            continue
        spans = [(sentence.start, m.start())]
        if index > 0:
            spans.append((sentences[index - 1].start, sentences[index - 1].end))
        for start, end in spans:
            parts = list(_PART_OF_TOTAL.finditer(text, start, end))
            if not parts:
                if _ANY_NUMBER.search(text, start, end):
                    break  # another figure the share could be of
                continue
            part = parts[-1]
            if len(parts) > 1 or _ANY_NUMBER.search(
                text, part.end(), m.start() if start == sentence.start else end
            ):
                break
            if start != sentence.start and _ANY_NUMBER.search(text, sentence.start, m.start()):
                break
            c, c_prec = parse_number(part.group("c"))
            t, t_prec = parse_number(part.group("t"))
            if _YEAR_LIKE.fullmatch(part.group("t")) or not 0 < c < t:
                break
            p, (p_lo, p_hi) = _share(m.group("p"), _qual(m.group("pq")))
            if not 0 < p < 100:
                break
            seen.add(m.start("p"))
            c_lo, c_hi = _counted(c, c_prec, _qual(part.group("cq")))
            t_lo, t_hi = _counted(t, t_prec, _qual(part.group("tq")))
            if overlaps((p_lo, p_hi), (c_lo / t_hi * 100, c_hi / max(t_lo, 1e-9) * 100)):
                break
            p_text = ctx.text(m.start("p"), m.end("p"))
            yield Hit(
                message=(
                    f"{part.group('c')} of {part.group('t')} is about {c / t * 100:.3g}%, not"
                    f" {p_text}."
                ),
                spans=[
                    (m.start("p"), m.end("p")),
                    (part.start("c"), part.end("c")),
                    (part.start("t"), part.end("t")),
                ],
                confidence=0.7,
            )
            break


def _has_fraction(lowered: str) -> bool:
    if any(k in lowered for k in _FRACTION_KEYS):
        return True
    for m in _N_IN_M.finditer(lowered):
        before = lowered[: m.start()].rsplit(" ", 1)[-1]
        after = lowered[m.end() :].split(" ", 1)[0].rstrip(",.;:)")
        if (before in _SMALL_SET or before.isdigit()) and (after in _SMALL_SET or after.isdigit()):
            return True
    return False


def _share(raw: str, qualifier: Qualifier | None) -> tuple[float, tuple[float, float]]:
    """A percentage or fraction word as a percentage, and the range it is consistent with.

    A fraction word is loose by nature: "a fifth" is read as 19–21%, "roughly a fifth" as
    16–24% (four points or 12% of the share either way, whichever is more: "about a third"
    is 29–37%), "nearly half" as 42.5–50%.
    """
    if not _FRACTION_RE.fullmatch(raw):
        value, precision, _ = _amount(raw)
        return value, interval(value, precision, qualifier)
    words = raw.lower().replace("-", " ").split()
    if words[-1] in _FRACTION_DENOMS:
        num = 1.0 if words[0] in ("a", "one", "half") else float(_SMALL_VALUES[words[0]])
        value = num / _FRACTION_DENOMS[words[-1]] * 100
    else:
        top, bottom = words[0], words[-1]
        num = float(top) if top.isdigit() else float(_SMALL_VALUES[top])
        den = float(bottom) if bottom.isdigit() else float(_SMALL_VALUES[bottom])
        value = num / den * 100 if den else 0.0
    if qualifier == "about":
        # "about a third" is 29–37%, "about a quarter" 21–29%, "about half" 44–56%.
        loose = max(4.0, 0.12 * value)
        return value, (value - loose, value + loose)
    if qualifier == "nearly":
        return value, (0.85 * value, value)
    return value, interval(value, 0.1 * value, qualifier)


def _counted(value: float, precision: float, qualifier: Qualifier | None) -> tuple[float, float]:
    """Like ``interval``, but a small whole number stated plainly is exact: "12 stations"."""
    if qualifier is None and precision == 1 and value == int(value) and value < 100:
        return value, value
    return interval(value, precision, qualifier)


def _share_hits(
    ctx: RuleContext, start: int, end: int, seen: set[int], patterns: list[re.Pattern[str]]
) -> Iterator[Hit]:
    text = ctx.article.text
    for pattern in patterns:
        for m in pattern.finditer(text, start, end):
            if m.start("p") in seen:
                continue
            p, (p_lo, p_hi) = _share(m.group("p"), _qual(m.group("pq")))
            t, t_prec, t_pct = _amount(m.group("t"))
            c, c_prec, c_pct = _amount(m.group("c"))
            if t_pct or c_pct or t <= 0 or p > 100:
                continue
            seen.add(m.start("p"))
            t_lo, t_hi = _counted(t, t_prec, _qual(m.group("tq")))
            c_range = _counted(c, c_prec, _qual(m.group("cq")))
            implied = (p_lo / 100 * t_lo, p_hi / 100 * t_hi)
            if overlaps(c_range, implied):
                continue
            share = c / t * 100
            yield Hit(
                message=(
                    f"{ctx.text(m.start('p'), m.end('p'))} of"
                    f" {ctx.text(m.start('t'), m.end('t'))} is about {_fmt(p / 100 * t)},"
                    f" not {ctx.text(m.start('c'), m.end('c'))}"
                    f" (which would be {share:.3g}%)."
                ),
                spans=[
                    (m.start("p"), m.end("p")),
                    (m.start("c"), m.end("c")),
                    (m.start("t"), m.end("t")),
                ],
                confidence=0.8,
            )


def _appositions(text: str, start: int, end: int, has_fraction: bool) -> Iterator[re.Match[str]]:
    """Matches of _SHARE_APPOSITION, looked for only around a share with a comma, bracket or
    dash shortly before it (the pattern is costly to run over a whole sentence)."""
    anchors = [m.start() for m in _PCT_MARK.finditer(text, start, end)]
    if has_fraction:
        anchors += [m.start() for m in _FRACTION_RE.finditer(text, start, end)]
    done: set[int] = set()
    for anchor in sorted(anchors):
        link = _LINK_BEFORE.search(text, max(start, anchor - 40), anchor)
        if link is None:
            continue
        lo = max(start, link.start() - 60)
        if not _ANY_NUMBER.search(text, lo, link.start()):
            continue
        for m in _SHARE_APPOSITION.finditer(text, lo, min(end, anchor + 60)):
            if m.start("p") not in done:
                done.add(m.start("p"))
                yield m


def _share_of_earlier_total(
    ctx: RuleContext, index: int, seen: set[int], *, has_fraction: bool
) -> Iterator[Hit]:
    """ "It runs 84 routes. Of those, 21 routes, or 40 percent, …": a share whose total is a
    count earlier in the sentence or in the one before, pointed back at explicitly."""
    text = ctx.article.text
    sentence = ctx.analysis.sentences[index]
    for m in _appositions(text, sentence.start, sentence.end, has_fraction):
        if m.start("p") in seen or m.group("pts") or _AFTER_SHARE.match(text, m.end("p")):
            continue
        c, c_prec = parse_number(m.group("c"))
        p, p_range = _share(m.group("p"), _qual(m.group("pq")))
        if c <= 0 or not 0 < p < 100 or _YEAR_LIKE.fullmatch(m.group("c")):
            continue
        noun = _noun_after(text, m.end("c")) if m.group("noun") else None
        if noun is not None and noun[2] != m.end("noun"):
            continue  # "21 routes" or "410 were flooded", not "21 routes in the north"
        head = noun[0] if noun else None
        coll = _COLLECTIVE_AFTER.match(text, m.end("p")) or _COLLECTIVE_BEFORE.search(
            text, sentence.start, m.start("c")
        )
        if coll is not None:
            total = _collective_total(ctx, m.start("c"), c, head, coll.group("coll"))
            if total is None:
                continue
            seen.add(m.start("p"))
            hit = _earlier_share_hit(ctx, m, c, c_prec, p_range, total)
            if hit is not None:
                yield hit
            continue
        back = _BACK_CUE.search(text, sentence.start, m.start("c"))
        if head is None and back is not None and back.group("noun"):
            head = back.group("noun").lower()  # "Of those stations, three, …"
        cue = bool(m.group("of")) or back is not None
        tail = m.group("tail")
        if tail:
            word = tail.split()[-1].lower()
            if word not in ("total", "them", "those", "these") and word != head:
                continue  # a share of something else: "40 percent of revenue"
            cue = True
        elif re.match(r"\s+of\b", text[m.end("p") : m.end("p") + 6]):
            continue
        candidates = []
        for t in ctx.analysis.numbers:
            if t.kind != "count" or t.start == m.start("c"):
                continue
            if not (t.sentence == index - 1 or (t.sentence == index and t.end <= m.start("c"))):
                continue
            t_noun = _noun_after(text, t.end)
            if t_noun is not None and (head is None or t_noun[0] == head):
                candidates.append(t)
        same = [t for t in candidates if t.sentence == index]
        if any(_OF_BEFORE.search(text, max(sentence.start, t.start - 12), t.start) for t in same):
            cue = True  # "Of the 1,250 homes in the village, 410 were flooded, …"
        if not cue:
            continue
        candidates = same or candidates
        if len({t.value for t in candidates}) != 1 or candidates[0].value <= c:
            continue
        total = candidates[0]
        seen.add(m.start("p"))
        hit = _earlier_share_hit(ctx, m, c, c_prec, p_range, total)
        if hit is not None:
            yield hit


def _earlier_share_hit(
    ctx: RuleContext,
    m: re.Match[str],
    c: float,
    c_prec: float,
    p_range: tuple[float, float],
    total: NumberMention,
) -> Hit | None:
    c_lo, c_hi = _counted(c, c_prec, _qual(m.group("cq")))
    t_lo, t_hi = _count_range(total)
    if overlaps(p_range, (c_lo / t_hi * 100, c_hi / max(t_lo, 1e-9) * 100)):
        return None
    share = c / total.value * 100
    p_text, c_text = ctx.text(m.start("p"), m.end("p")), ctx.text(m.start("c"), m.end("c"))
    t_noun = _noun_after(ctx.article.text, total.end)
    whole = ctx.text(total.start, t_noun[2] if t_noun else total.end)
    return Hit(
        message=f"{c_text} out of the {whole} given earlier is about {share:.3g}%, not {p_text}.",
        spans=[
            (m.start("p"), m.end("p")),
            (m.start("c"), m.end("c")),
            (total.start, total.end),
        ],
        confidence=0.7,
    )


# Nouns that point back at a whole counted earlier: "42 per cent of the sample", "Of those
# surveyed, …", each with the nouns its total may be counted in (None: any noun, when the
# total's sentence says it is a sample, a survey or a headcount).
_COLLECTIVES: dict[str, frozenset[str] | None] = {
    "sample": None,
    "participants": None,
    "respondents": None,
    "group": None,
    "cohort": None,
    "workforce": _words("workers staff employees people"),
    "staff": _words("workers staff employees people"),
    "electorate": _words("voters electors people residents"),
    "membership": frozenset(["members"]),
    "intake": _words("students pupils children"),
    "field": _words("runners riders competitors entrants starters"),
}
_COLL = (
    rf"(?P<coll>{'|'.join(_COLLECTIVES)}|those\s+(?:surveyed|polled|questioned|asked|interviewed"
    r"|tested|screened|enrolled|studied|sampled|taking\s+part|who\s+took\s+part))\b"
)
_COLLECTIVE_AFTER = re.compile(
    r"\s+of\s+(?:(?:the|this|that|its|their|all)\s+)?(?:whole\s+|entire\s+)?" + _COLL, re.I
)
_COLLECTIVE_BEFORE = re.compile(
    r"\b(?:[Oo]f|[Aa]mong|[Ff]rom)\s+(?:the\s+|this\s+|that\s+|its\s+|their\s+)?"
    r"(?:whole\s+|entire\s+)?" + _COLL
)
_WHOLE_VERBS = re.compile(
    r"\b(?:enrol\w*|recruit\w*|sampl\w*|survey\w*|poll\w*|question\w*|interview\w*"
    r"|participa\w*|took\s+part|taking\s+part|employ\w*|screen\w*|studied|tested|registered"
    r"|signed\s+up|entered|started|members?)\b",
    re.I,
)


def _collective_total(
    ctx: RuleContext, before: int, c: float, head: str | None, coll: str
) -> NumberMention | None:
    """The latest count before ``before`` that a collective noun points back at: of the
    same noun as the part ("120 patients" -> "400 patients"), else of a noun the collective
    names ("the workforce" -> "3,000 staff"), else one in a sentence of enrolment, survey
    or headcount."""
    text = ctx.article.text
    word = coll.lower().split()[0]
    nouns = _COLLECTIVES.get(word)
    sentences = ctx.analysis.sentences
    found: NumberMention | None = None
    for t in ctx.analysis.numbers:
        if t.start >= before:
            break
        if t.kind != "count" or t.value <= c or _YEAR_LIKE.fullmatch(ctx.text(t.start, t.end)):
            continue
        t_noun = _noun_after(text, t.end)
        if t_noun is None or any(w in _PART_MODIFIERS for w in t_noun[1]):
            continue
        if head is not None:
            if _NOUN_GROUPS.get(t_noun[0], t_noun[0]) != _NOUN_GROUPS.get(head, head):
                continue
        elif nouns is not None:
            if t_noun[0] not in nouns:
                continue
        else:
            s = sentences[t.sentence]
            if not _WHOLE_VERBS.search(ctx.text(s.start, s.end)):
                continue
        found = t
    return found


@rule("FC405", category=Category.NUMBER, severity=Severity.WARNING)
def age_vs_birth_year(ctx: RuleContext) -> Iterator[Hit]:
    """A person's stated age does not fit their stated birth year and the publication date.

    **What it does.** Pairs an age ("Ortiz, 47,", "aged 63", "the 47-year-old", "who is
    47") with a birth year ("born in 1978", "born on March 3, 1978") given for the same
    person, by name, by a pronoun opening the next sentence, or in the same sentence. With
    the publication date known, someone born in 1978 is 46 or 47 in 2025 (before or after
    their birthday); any other age is reported.

    **Why it matters.** A wrong age is a small error readers spot at once, and it often
    means the birth year or the person is wrong too.

    **Example.**

        Maria Ortiz, 45, runs the clinic. … She was born in 1978 in Valencia.

    **Not flagged.** Ages at some past moment ("died in 2010 aged 63", "then 47", "when
    she was 30", a sentence about another year), births of someone else ("whose son was
    born in 2010"), and articles without a publication date.

    **How to silence it.** `--ignore FC405`, or fix the text.
    """
    published = ctx.article.published
    if published is None:
        return
    numbers = ctx.analysis.numbers
    births = [m for m in numbers if m.kind == "birth_year" and m.person != "?"]
    sentences = ctx.analysis.sentences
    known = {m.person for m in numbers if m.person and m.person != "?"}
    known |= {p.person.split()[-1] for p in ctx.analysis.mentions}
    fulls = _full_names(ctx)
    for age in (m for m in numbers if m.kind == "age" and not m.past):
        age_person = _identity(ctx, age, _year_old_person(ctx, age) or _who(ctx, age, known), fulls)
        sentence = sentences[age.sentence]
        for birth in births:
            birth_person = _identity(ctx, birth, _who(ctx, birth, known), fulls)
            same_person = age_person is not None and age_person == birth_person
            named_apart = age_person is not None and birth_person is not None
            if not same_person and (age.sentence != birth.sentence or named_apart):
                continue
            born = int(birth.value)
            if _other_year_near(ctx, sentence.start, age.start, age.end, {born, published.year}):
                continue  # "In 2010, Ortiz, 32, …": an age for another year
            fits = {published.year - born - 1, published.year - born}
            if int(age.value) in fits:
                break
            who = age_person or "The person"
            yield Hit(
                message=(
                    f"{who} is said to be {int(age.value)}, but someone born in {born} is"
                    f" {min(fits)} or {max(fits)} on {published.isoformat()}, the publication"
                    " date."
                ),
                spans=[(age.start, age.end), (birth.start, birth.end)],
                confidence=0.75 if same_person else 0.6,
            )
            break


_FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+(?P<last>[A-Z][a-z][\w'’-]*)\b(?!['’])")
# Last words of names that are places or institutions, not people: "Fernhill Primary".
_NOT_PEOPLE = _words(
    "Primary School Academy College University Council Club United City Town Rovers Athletic"
    " Hospital Street Road Park Square Bridge Station Centre Center Group Trust Court Hall"
    " Church Party Committee Government Ministry Department Office Police Airport Port River"
)
_YEAR_OLD_AFTER = re.compile(r"[-\s]years?[-\s]old\b(?!\s+[A-Z])")


def _year_old_person(ctx: RuleContext, age: NumberMention) -> str | None:
    """Whom "the 52-year-old (headteacher)" speaks of: the person last named before it in
    its sentence, else the person last named in the sentence before (a name of the article's
    people or of another age or birth, not a school or a club the analyser took for one)."""
    if not _YEAR_OLD_AFTER.match(ctx.article.text, age.end):
        return None
    names = {p.person.split()[-1] for p in ctx.analysis.mentions}
    names |= {
        m.person
        for m in ctx.analysis.numbers
        if m.kind in ("age", "birth_year") and m.person and m.person != "?" and m is not age
    }
    if not names:
        return None
    sentences = ctx.analysis.sentences
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    spans = [(sentences[age.sentence].start, age.start)]
    if age.sentence > 0:
        spans.append((sentences[age.sentence - 1].start, sentences[age.sentence - 1].end))
    text = ctx.article.text
    for start, end in spans:
        found = pattern.findall(text, start, end)
        if found:
            return str(found[-1])
        # "Her deputy, Sam Hale, spoke …": somebody else, named in full.
        for full in _FULL_NAME.finditer(text, start, end):
            if full.group("last") not in _NOT_PEOPLE and full.start() > start:
                return full.group("last")
    return None


def _full_names(ctx: RuleContext) -> dict[str, set[str]]:
    """The full names of the article by surname: {"Kiptoo": {"Daniel Kiptoo", …}}."""
    fulls: dict[str, set[str]] = {}
    names = [p.person for p in ctx.analysis.mentions]
    names += [m.full_name for m in ctx.analysis.numbers if m.full_name]
    for name in names:
        words = name.split()
        if len(words) >= 2 and name != "?":
            fulls.setdefault(words[-1], set()).add(name)
    return fulls


def _identity(
    ctx: RuleContext, mention: NumberMention, surname: str | None, fulls: dict[str, set[str]]
) -> str | None:
    """Who an age or birth is of: the surname, or, when two people of the article share it
    ("Daniel Kiptoo" and his brother "Elijah Kiptoo"), the full name written with the figure,
    else the full name last written before it; None when that cannot be told."""
    if surname is None or len(fulls.get(surname, ())) < 2:
        return surname
    own = mention.full_name
    if own and len(own.split()) >= 2 and own.split()[-1] == surname:
        return own
    pattern = "|".join(re.escape(n) for n in sorted(fulls[surname], key=len, reverse=True))
    found = [m.group(0) for m in re.finditer(rf"\b(?:{pattern})\b", ctx.text(0, mention.start))]
    return found[-1] if found else None


def _who(ctx: RuleContext, mention: NumberMention, known: set[str]) -> str | None:
    """The surname an age or birth is of: the analyser's, else the known person last named
    before it ("Kessler said … The 36-year-old won …")."""
    if mention.person is not None:
        return mention.person
    last: tuple[int, str] | None = None
    floor = max(0, mention.start - _PERSON_REACH)
    for name in known:
        for match in re.finditer(rf"\b{re.escape(name)}\b", ctx.text(floor, mention.start)):
            if last is None or match.start() > last[0]:
                last = (match.start(), name)
    return last[1] if last else None


def _other_year_near(
    ctx: RuleContext, sentence_start: int, start: int, end: int, allowed: set[int]
) -> bool:
    """A year other than ``allowed`` before the figure in its sentence, or just after it."""
    window = ctx.text(sentence_start, start) + " " + ctx.text(end, end + _YEAR_REACH)
    return any(int(y) not in allowed for y in _YEAR_IN_TEXT.findall(window))


def _event_for(ctx: RuleContext, mention: NumberMention) -> NumberMention | None:
    """The founding year a relative date speaks of: one in the same sentence, else the only
    founding year in the article."""
    events = [m for m in ctx.analysis.numbers if m.kind == "event_year"]
    same = [e for e in events if e.sentence == mention.sentence]
    if same:
        return same[0] if len({e.value for e in same}) == 1 else None
    if len({e.value for e in events}) == 1:
        return events[0]
    return None


def _anniversary_hit(ctx: RuleContext, ann: NumberMention) -> Hit | None:
    text = ctx.article.text
    published = ctx.article.published
    event = _event_for(ctx, ann)
    if event is None:
        return None
    if event.sentence != ann.sentence and text[ann.end : ann.end + 4] == " of ":
        return None  # "the 80th anniversary of the liberation": a named other event
    sentence = ctx.analysis.sentences[ann.sentence]
    s_text = ctx.text(sentence.start, sentence.end)
    founded = int(event.value)
    others = {int(y) for y in _YEAR_IN_TEXT.findall(s_text)} - {founded}
    if len(others) > 1:
        return None
    lowered = s_text.lower()
    if others:
        ref = others.pop()
        lo, hi = ref, ref
    elif published is None:
        return None
    elif "next year" in lowered:
        lo = hi = published.year + 1
    elif "last year" in lowered:
        lo = hi = published.year - 1
    elif _THIS_YEAR.search(lowered):
        lo = hi = published.year
    elif _FUTURE.search(s_text):
        lo, hi = published.year, published.year + 1
    elif _PAST.search(s_text):
        lo, hi = founded + 1, published.year  # already held, at some point before now
    else:
        lo, hi = published.year - 1, published.year + 1
    n = int(ann.value)
    if lo - founded <= n <= hi - founded:
        return None
    when = str(lo) if lo == hi else f"{lo}–{hi}"
    span = str(lo - founded) if lo == hi else f"{lo - founded} to {hi - founded}"
    return Hit(
        message=(
            f"“{ctx.text(ann.start, ann.end)}” ({n} years) does not fit a founding in {founded}:"
            f" in {when} it is {span} years."
        ),
        spans=[(ann.start, ann.end), (event.start, event.end)],
        confidence=0.7 if event.sentence == ann.sentence else 0.6,
    )


@rule("FC406", category=Category.NUMBER, severity=Severity.WARNING)
def anniversary_vs_founding_year(ctx: RuleContext) -> Iterator[Hit]:
    """An anniversary or an "N years ago" does not fit the stated founding year.

    **What it does.** Pairs an anniversary ("its 25th anniversary", "centenary", "golden
    jubilee", "50 years since its founding") or a relative founding ("founded 25 years
    ago", "opened two decades ago") with a founding year ("founded in 1921", "established
    in 2000", "since its opening in 1975") in the same sentence, or with the only founding
    year in the article, which may come before it. Founding verbs: founded, established,
    formed, created, opened, launched, set up, inaugurated and the like, and, for an
    institution or recurring event ("The festival was started in 1975", "The race, which
    began in 1950", "It was first held in 1985"), started, began and first held. The
    reference year is the year named in the sentence, else "next year"/"last year", else
    the publication date ("this year", "this summer's edition", "this weekend" mean its
    year; an upcoming anniversary may fall next year, a past one any time before).

    **Why it matters.** An anniversary is arithmetic on two years; when it is off, either
    the founding year or the anniversary is wrong.

    **Example.**

        The club, founded in 1921, celebrates its 90th anniversary this year.

    **Not flagged.** Anniversaries of something else ("the 80th anniversary of the
    liberation"), starts of people and work ("Ms Hart started in 1998", "Work began in
    2001"), articles with several different founding years (unless the anniversary
    shares a sentence with one), round phrases that fit ("two decades ago" for 2004 in
    2025), and, without a publication date, anything that needs one.

    **How to silence it.** `--ignore FC406`, or fix the text.
    """
    published = ctx.article.published
    for mention in ctx.analysis.numbers:
        if mention.kind == "anniversary":
            hit = _anniversary_hit(ctx, mention)
            if hit is not None:
                yield hit
        elif mention.kind == "years_ago" and published is not None:
            event = _event_for(ctx, mention)
            if event is None or event.start == mention.start:
                continue
            lo, hi = interval(mention.value, mention.precision, mention.qualifier)
            elapsed = published.year - int(event.value)
            if lo - 1 <= elapsed <= hi + 1:
                continue
            yield Hit(
                message=(
                    f"“{ctx.text(mention.start, mention.end)}” does not fit a founding in"
                    f" {int(event.value)}: that is {elapsed} years before the publication"
                    f" date ({published.isoformat()})."
                ),
                spans=[(mention.start, mention.end), (event.start, event.end)],
                confidence=0.7 if event.sentence == mention.sentence else 0.6,
            )


# --- FC407 one count, two values ---------------------------------------------------------


_POSSESSIVE_END = re.compile(r"['’]s?$")


_IRREGULAR_PLURALS = _words("people children men women staff police personnel cattle sheep")
# Plural nouns that measure time or are not things counted: "65 years", "three times".
_NOT_COUNTED = _words(
    "years months weeks days hours minutes seconds decades centuries times percent points"
    " votes cents pence dollars euros pounds rupees others ones hundreds thousands millions"
    " billions dozens tens terms seasons weekdays weekends"
)
# Words before the noun that name a different or partial group: "300 more workers".
_PART_MODIFIERS = _words("more fewer less extra additional further other new remaining former of")
_THING_STOP_WORDS = _words(
    "a an the of in on at to for from by with over into and or but that which who was were"
    " is are be been will would has have had its their this these those it as than per each"
)
_NOT_VERBS = _words(
    "about above across after against along among around before behind below beneath beside"
    " between beyond during except inside near off onto outside past since through toward"
    " towards under until upon within without some nearly almost roughly just only"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_RATE_ADJ = r"typical|average|normal|ordinary|usual|busy|quiet|peak|single|given"
_RATE = re.compile(
    rf"\s+(?:(?:a|an|per|each|every)\s+(?:(?P<adj>{_RATE_ADJ})\s+)?(?P<r>day|weekday|week"
    r"|weekend|month|year|hour|night|season|shift|term)\b"
    r"|(?P<r2>daily|weekly|monthly|annually|yearly|nightly|hourly)\b"
    rf"|on\s+(?:an?\s+)?(?:(?P<adj3>{_RATE_ADJ})\s+)?(?P<r3>weekdays?|days?|weekends?|nights?)\b)",
    re.I,
)
_RATE_CLASS = {
    "weekday": "day",
    "weekdays": "day",
    "days": "day",
    "daily": "day",
    "weekends": "weekend",
    "weekly": "week",
    "monthly": "month",
    "annually": "year",
    "yearly": "year",
    "hourly": "hour",
    "nights": "night",
    "nightly": "night",
}
_BY_YEAR = re.compile(r",?\s+by\s+(?P<y>(?:19|20)\d\d)\b(?![\d%])")
_DET = r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)"
_AUX = (
    r"is|are|was|were|will|would|now|currently|still|also|typically|usually|normally"
    r"|regularly|routinely|has|have|had|be|been|expected|projected|forecast|predicted|set|due"
    r"|likely|to"
)
# "the bridge carries", "The bridge, which carries", "Port Aske employs".
_SUBJECT_VERB = re.compile(
    rf"(?:^|(?<=[^\w'’-]))(?P<subj>{_DET}\s+(?:[\w-]+\s+){{0,2}}?[\w-]+"
    r"|(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)(?:['’]s)?(?:\s*,\s*which|\s+which|\s+that)?"
    rf"\s+(?P<vp>(?:(?:{_AUX}|[a-z]+s\s+to)\s+){{0,4}}[a-z]+)\s+(?:(?:{QUAL})\s+)?"
    r"(?:(?:just|only|some)\s+)?$"
)
_DEFINITE_COUNT = re.compile(r"\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+$")
_DEMONSTRATIVE = re.compile(r"\b[Tt]h(?:ose|ese)\s+$")
# "the 2,000 people surveyed", "the 400 families living there": a group of its own.
_PARTICIPLE = re.compile(
    r"\s+(?P<phrase>[a-z]+ing|surveyed|polled|questioned|interviewed|asked|tested|screened"
    r"|studied|sampled|employed|registered|enrolled|insured|listed|named|selected|chosen"
    r"|invited|eligible|present)\b"
)
# A part of a whole named by a definite count: "9,000 of the 31,842", "half of the".
_PARTITIVE_BEFORE = re.compile(
    rf"(?:(?<![\w,.]){NUM}|\b(?i:half|most|many|some|all|none|several|majority|minority|bulk"
    r"|(?:a|one|two|three)[-\s](?:third|quarter|fifth)s?))\s+of\s+(?:[Tt]he|[Tt]hose|[Tt]hese)\s+$"
)
# "the 2,100 workers involved": words that point back at a group already named.
_ANAPHORIC_TAIL = re.compile(
    r"\s+(?:(?:who\s+(?:were|are|have\s+been)\s+|that\s+(?:were|are)\s+)?(?:involved|affected"
    r"|concerned|participating)\b|in\s+question\b|at\s+issue\b|(?:who\s+(?:are|were)\s+)?taking"
    r"\s+part\b|who\s+(?:took|have\s+taken)\s+part\b|on\s+(?P<w>strike|leave|furlough)\b"
    r"|who\s+(?P<w2>walked\s+out|went\s+on\s+strike|are\s+striking|lost\s+power))",
    re.I,
)
# Back-references made by a word before the noun: "the 2,100 striking workers".
_ANAPHORIC_MODS = {"striking": "strike", "affected": "involved", "involved": "involved"}
# Other names for one counted thing, compared as one noun: "a crowd of 18,412" and "an
# attendance of 18,214"; "68,000 homes" and "86,000 properties" that lost power.
_NOUN_GROUPS = {
    **dict.fromkeys(
        _words("crowd attendance gate audience spectators fans supporters"), "spectators"
    ),
    **dict.fromkeys(_words("homes households properties customers premises houses"), "homes"),
    **dict.fromkeys(_words("people residents inhabitants persons"), "people"),
    **dict.fromkeys(_words("jobs posts positions roles"), "jobs"),
    **dict.fromkeys(_words("workers employees staff"), "workers"),
}
# A singular noun that measures one event, before its figure: "a crowd of 18,412", "the
# attendance was 18,214".
_MEASURE_BEFORE = re.compile(
    rf"\b(?P<n>crowd|attendance|gate|audience)\s+(?:(?:was|is|of|stood\s+at|reached|totalled"
    rf"|totaled|numbered)\s+)+(?:(?:{QUAL})\s+)?$",
    re.I,
)
# Kinds of event, each with the words that name it: two counts of one noun said to do the
# same thing ("68,000 homes lost power", "86,000 properties were cut off").
_EVENT_KINDS: dict[str, re.Pattern[str]] = {
    "without power": re.compile(
        r"\b(?:power|electricity|outages?|blackouts?|cut\s+off|disconnected|in\s+the\s+dark)\b",
        re.I,
    ),
    "on strike": re.compile(
        r"\b(?:strik\w*|walk\w*\s+out|walkouts?|stoppages?|industrial\s+action|picket\w*)\b",
        re.I,
    ),
    "at the event": re.compile(
        r"\b(?:watch\w*|saw|attend\w*|crowd|spectators|turned\s+out|looked\s+on|packed\s+into)\b",
        re.I,
    ),
    "evacuated": re.compile(
        r"\b(?:evacuat\w*|fled|displaced|from\s+their\s+homes|left\s+their\s+homes|homeless)\b",
        re.I,
    ),
    "killed": re.compile(r"\b(?:killed|died|dead|deaths?|lost\s+their\s+lives|perished)\b", re.I),
    "injured": re.compile(r"\b(?:injured|hurt|wounded|injuries)\b", re.I),
    "flooded": re.compile(r"\b(?:flooded|flooding|under\s+water|inundated)\b", re.I),
    "arrested": re.compile(r"\b(?:arrested|arrests|detained)\b", re.I),
}
# Words that make one of two counts of an event a part, a peak, a norm or another moment.
_EVENT_CONTRAST = re.compile(
    r"\b(?:average\w*|capacity|typical\w*|usual\w*|normal\w*|seriously|critically|badly"
    r"|severely|slightly|already|restored|reconnected|back|per|peak\w*|at\s+least"
    r"|in\s+all|in\s+total|overall|altogether|nationwide|nationally|across|throughout"
    r"|combined|cumulative\w*|so\s+far|to\s+date|by\s+then|at\s+one\s+point|originally"
    r"|initial\w*|earlier|later|finally|final\s+(?:figures?|counts?|tally|total|toll|number)"
    r"|updated|revised|latest|first|second|third|holds?|seats?|capacity|room\s+for|can\s+take"
    r"|alone|(?:arrested|detained|held|charged|injured|hurt|treated)\s+(?:for|over|on\s+suspicion"
    r"|in\s+connection))\b",
    re.I,
)
_LEFT_WITHOUT = re.compile(r"\s+(?:without|with\s+no|in\s+the\s+dark|stranded|homeless)\b")
_ESTIMATE = re.compile(
    r"\b(?:estimat\w*|organi[sz]ers|claim\w*|put\s+the\s+(?:crowd|figure|number|total)"
    r"|disputed|contested|unconfirmed|reportedly|rumou?r\w*)\b",
    re.I,
)
_PLACE = re.compile(
    r"\b(?:in|across|throughout|near|outside)\s+(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)
_NOT_PLACES = _words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May"
    " June July August September October November December The A An"
)
# What may follow a back-reference without narrowing the group: a verb, punctuation, or a
# phrase that only repeats the earlier sentence ("involved in the dispute").
_NARROWING = re.compile(
    r"\s+(?:at|in|from|of|on|with|who|that|whose|across|inside|outside|near|within|among|by"
    r"|employed|working|based)\s+(?P<phrase>(?:[\w'’-]+\s+){0,3}[\w'’-]+)",
    re.I,
)
_SUBSET_CONTEXT = re.compile(
    r"\b(?:only|returned|remain\w*|rest|remainder|of\s+(?:them|whom|those|these)|among"
    r"|includ\w*|exclud\w*|except|majority|minority|most|some\s+of|part\s+of|another"
    r"|other|others|further|more(?!\s+than)|fewer(?!\s+than)|extra|additional|plus|still"
    r"|left|back|half|third|quarter|share|proportion)\b",
    re.I,
)
# Words that make a figure one moment of a changing quantity.
_STRONG_CHANGE = re.compile(
    r"\b(?:originally|initially|previous(?:ly)?|formerly|once|used\s+to|rose|risen|rising"
    r"|increas\w*|decreas\w*|grew|grown|growth|jump\w*|fell|fallen|falling|drop\w*|declin\w*"
    r"|cut|cuts|reduc\w*|revised|revision|up\s+from|down\s+from|from\s+[^.;]{0,30}?\bto\s+\d"
    r"|compared|versus|vs|instead|ago)\b",
    re.I,
)
# Weaker signs of another moment, case or part, read in the figure's own sentence.
_WEAK_CHANGE = re.compile(
    r"\b(?:original|initial|earlier|prior|updated|now|later|eventually|final(?:ly)?"
    r"|(?<!more\s)(?<!less\s)(?<!fewer\s)than|last|next|since|until|peak\w*|record"
    r"|(?:new|latest|updated)\s+(?:forecast|estimate|figure|projection|model|study|data|count"
    r"|survey|census)\w*|(?:high|low|central|best|worst)[-\s](?:case|scenario|estimate|end)"
    r"|scenario\w*|range|between|optimistic|pessimistic|target\w*|goal|hope\w*|aim\w*|if"
    r"|unless|would|could|might|may)\b",
    re.I,
)
_PROJECTION_OK = _words("would could may might")
_YEAR_LIKE = re.compile(r"1[5-9]\d\d|20\d\d")
_COUNT_YEARS = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_CLAUSE_MARK = re.compile(r"[,;:()—–]")
_TIME_MARK = re.compile(
    r"\b(?:(?:last|next|this|previous|coming|past)\s+(?:year|month|week|season|summer|winter"
    r"|spring|autumn|fall|decade|century)|ago|yesterday|tomorrow|previously|once|formerly)\b",
    re.I,
)


class _Count:
    """A count with what it counts and the words around it that tell it apart from others."""

    __slots__ = (
        "by_year",
        "definite",
        "m",
        "mods",
        "partitive",
        "rate",
        "rate_text",
        "subject",
        "tail",
        "verb",
    )

    def __init__(self, m: NumberMention, mods: tuple[str, ...]) -> None:
        self.m = m
        self.mods = mods
        self.rate: str | None = None
        self.rate_text = ""
        self.by_year: str | None = None
        self.subject: tuple[str, ...] | None = None
        self.verb: str | None = None
        self.definite = False
        self.tail: str | None = None
        self.partitive: int | None = None


def _verb_like(word: str) -> bool:
    """Not a preposition or other function word: "carries", "employ", "has"."""
    return word not in _THING_STOP_WORDS and word not in _NOT_VERBS


def _plural(word: str) -> bool:
    if word in _IRREGULAR_PLURALS:
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s", "’s"))
        and word not in _NOT_COUNTED
    )


def _noun_after(text: str, end: int) -> tuple[str, tuple[str, ...], int] | None:
    """The plural noun a figure counts, within three words: "2,400 dock workers" ->
    ("workers", ("dock",), end of "workers")."""
    pos = end
    mods: list[str] = []
    for _ in range(3):
        m = _WORD.match(text, pos + 1) if text[pos : pos + 1] in (" ", "-") else None
        if m is None:
            return None
        word = m.group(0).lower()
        if word in _NOT_COUNTED or word in SCALES:
            return None
        if _plural(word):
            if mods and m.group(0)[0].isupper():
                return None  # "31,482 saw Rovers win": a name after a verb, not the noun
            return word, tuple(mods), m.end()
        if word in _THING_STOP_WORDS:
            return None
        mods.append(word)
        pos = m.end()
    return None


def _mods_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    n = min(len(a), len(b))
    return not n or a[len(a) - n :] == b[len(b) - n :]


def _round_unit(value: float, precision: float) -> float:
    """How precisely a figure was stated, reading trailing zeros as rounding to at most two
    significant digits: 2,400 -> 100, 62,000 -> 1,000, 412 -> 1."""
    if value <= 0 or value != int(value) or precision > 1:
        return precision
    n = int(value)
    unit = 1
    while n % 10 == 0 and n >= 100:
        n //= 10
        unit *= 10
    cap = 10 ** max(0, len(str(int(value))) - 2)
    return float(max(precision, min(unit, cap)))


def _count_range(m: NumberMention) -> tuple[float, float]:
    """The values a count is consistent with. "About" is read a little tighter than for a
    lone figure: two counts of one thing, each "about" right, should be close."""
    unit = _round_unit(m.value, m.precision)
    if m.qualifier == "about":
        loose = max(unit, 0.03 * m.value)
        return m.value - loose, m.value + loose
    return interval(m.value, unit, m.qualifier)


def _clause(ctx: RuleContext, m: NumberMention) -> tuple[int, int]:
    """The clause around a figure: between the punctuation marks either side of it."""
    s = ctx.analysis.sentences[m.sentence]
    text = ctx.article.text
    before = [x.end() for x in _CLAUSE_MARK.finditer(text, s.start, m.start)]
    after = _CLAUSE_MARK.search(text, m.end, s.end)
    return (before[-1] if before else s.start), (after.start() if after else s.end)


def _describe(ctx: RuleContext, c: _Count) -> None:
    """Fill in the rate, the target year, the subject and verb, and the back-reference."""
    text = ctx.article.text
    m = c.m
    noun = _noun_after(text, m.end)
    after = noun[2] if noun else m.end
    rate = _RATE.match(text, after)
    if rate is not None:
        word = (rate.group("r") or rate.group("r2") or rate.group("r3")).lower()
        adj = (rate.group("adj") or rate.group("adj3") or "").lower()
        c.rate = _RATE_CLASS.get(word, word)
        if adj in ("busy", "quiet", "peak"):
            c.rate += ":" + adj
        c.rate_text = " ".join(rate.group(0).split())
        after = rate.end()
    by_year = _BY_YEAR.match(text, after)
    if by_year is not None:
        c.by_year = by_year.group("y")
    sentence = ctx.analysis.sentences[m.sentence]
    sv = _SUBJECT_VERB.search(text, max(sentence.start, m.start - 90), m.start)
    if sv is not None:
        words = sv.group("subj").lower().split()
        if words[0] in ("the", "its", "their", "this", "that"):
            words = words[1:]
        verb = sv.group("vp").lower().split()
        if words and not any(w in _THING_STOP_WORDS for w in words) and _verb_like(verb[-1]):
            c.subject = tuple(words)
            c.verb = " ".join(verb)
    c.definite = bool(_DEFINITE_COUNT.search(text, max(sentence.start, m.start - 8), m.start))
    tail = _ANAPHORIC_TAIL.match(text, noun[2]) if noun else None
    if tail is not None:
        word = (tail.group("w") or tail.group("w2") or "").lower()
        c.tail = "strike" if word and word != "lost power" else "involved"
        if word in ("leave", "furlough"):
            c.tail = word
        narrowing = _NARROWING.match(text, tail.end())
        if narrowing is not None:
            c.tail += "|" + narrowing.group("phrase").lower()
    elif (
        noun is not None
        and c.definite
        and (
            partitive := _PARTITIVE_BEFORE.search(text, max(sentence.start, m.start - 40), m.start)
        )
    ):
        # "more than 9,000 of the 31,842 spectators": a part of a whole already counted.
        c.tail, c.partitive = "involved", partitive.start()
        narrowing = _NARROWING.match(text, noun[2]) or _PARTICIPLE.match(text, noun[2])
        if narrowing is not None:
            c.tail += "|" + narrowing.group("phrase").lower()
    elif noun is not None and (
        (c.mods and c.mods[-1] in _ANAPHORIC_MODS)
        or _DEMONSTRATIVE.search(text, max(sentence.start, m.start - 8), m.start)
    ):
        # "the 2,100 striking workers", "Those 1,900 drivers": pointing back by themselves.
        c.tail = _ANAPHORIC_MODS.get(c.mods[-1], "involved") if c.mods else "involved"
        narrowing = _NARROWING.match(text, noun[2])
        if narrowing is not None:
            c.tail += "|" + narrowing.group("phrase").lower()


def _stems_in(words: str, text: str) -> bool:
    """Every content word of ``words`` is in ``text`` (by its first five letters)."""
    lowered = text.lower()
    return all(w[:5] in lowered for w in re.findall(r"[a-z]{4,}", words.lower()))


def _context_ok(ctx: RuleContext, start: int, end: int, *, projection: bool = False) -> bool:
    """No word in text[start:end] that makes a figure one moment, one case or one part."""
    span = ctx.text(start, end)
    for m in _WEAK_CHANGE.finditer(span):
        if not (projection and m.group(0).lower() in _PROJECTION_OK):
            return False
    return not _SUBSET_CONTEXT.search(span)


def _years(ctx: RuleContext, start: int, end: int) -> frozenset[str]:
    """Years in text[start:end], less those of a founding or opening ("opened in 1971")."""
    events = {ctx.text(n.start, n.end) for n in ctx.analysis.numbers if n.kind == "event_year"}
    return frozenset(y for y in _COUNT_YEARS.findall(ctx.text(start, end)) if y not in events)


def _times(ctx: RuleContext, start: int, end: int) -> frozenset[str]:
    """The moments text[start:end] names: years, "last year", "two weeks ago"."""
    found = {
        " ".join(m.group(0).lower().split()) for m in _TIME_MARK.finditer(ctx.text(start, end))
    }
    return frozenset(found) | _years(ctx, start, end)


def _sentence(ctx: RuleContext, c: _Count) -> tuple[int, int]:
    s = ctx.analysis.sentences[c.m.sentence]
    return s.start, s.end


def _back_reference(ctx: RuleContext, a: _Count, b: _Count) -> bool:
    """Whether "the 2,100 workers involved" (b) points back at the count a."""
    a_text = ctx.text(*_sentence(ctx, a))
    word, _, phrase = (b.tail or "").partition("|")
    if word == "strike":
        if not _EVENT_KINDS["on strike"].search(a_text):
            return False  # "the 900 workers on strike", but nobody was said to strike
    elif word != "involved" and word[:5] not in a_text.lower():
        return False
    if phrase and not _stems_in(phrase, a_text):
        return False  # "… on strike at the second terminal": a part of the group
    if _changed(ctx, a) or _changed(ctx, b):
        return False
    # The earlier count is read up to the end of its clause ("Last year, the port employed
    # 2,100 workers"); the back-reference only before it, as its own clause may go on to
    # say what the group would do.
    a_span = (_sentence(ctx, a)[0], _clause(ctx, a.m)[1])
    # "Half of the 31,842 spectators": the words of the part are no part of the whole.
    b_span = (_sentence(ctx, b)[0], b.m.start if b.partitive is None else b.partitive)
    if not (_context_ok(ctx, *a_span) and _context_ok(ctx, *b_span)):
        return False
    # The back-reference's moment is read up to its noun and the words that point back:
    # "… involved are demanding a rise after last year's cut" speaks of the cut.
    text = ctx.article.text
    noun = _noun_after(text, b.m.end)
    b_end = noun[2] if noun else b.m.end
    tail = _ANAPHORIC_TAIL.match(text, b_end)
    b_ref = (b_span[0], tail.end() if tail else b_end)
    return _times(ctx, *a_span) == _times(ctx, *b_ref)


_CHANGE_AFTER_FIGURE = re.compile(
    r"\b(?:up\s+from|down\s+from|from\s+[^.;]{0,30}?\bto\s+\d|compared|versus|vs|than|instead"
    r"|ago|previously|originally|initially|formerly)\b",
    re.I,
)


_FROM_BEFORE = re.compile(rf"\bfrom\s+(?:(?:{QUAL})\s+)?$", re.I)


def _changed(ctx: RuleContext, c: _Count) -> bool:
    """Whether the count is said to be one moment of a changing quantity: a change word in
    its clause before it ("rose to 2,400 workers"), or a comparison after it in its
    sentence ("…, up from 2,100"). A "pay rise" later in the sentence is no such word."""
    s_start, s_end = _sentence(ctx, c)
    c_start, _ = _clause(ctx, c.m)
    if _STRONG_CHANGE.search(ctx.text(c_start, c.m.end)) or _FROM_BEFORE.search(
        ctx.text(max(s_start, c.m.start - 30), c.m.start)
    ):
        return True
    if _STRONG_CHANGE.search(ctx.text(s_start, c.m.start)) and _TIME_MARK.search(
        ctx.text(s_start, s_end)
    ):
        return True
    return bool(_CHANGE_AFTER_FIGURE.search(ctx.text(c.m.end, s_end)))


def _places(ctx: RuleContext, start: int, end: int) -> frozenset[str]:
    found = set()
    for m in _PLACE.finditer(ctx.text(start, end)):
        words = [w for w in m.group("p").split() if w not in _NOT_PLACES]
        if words:
            found.add(" ".join(words))
    return frozenset(found)


def _same_event(ctx: RuleContext, a: _Count, b: _Count) -> str | None:
    """Why two counts of one noun (or of two names for it) count one event: each is said to
    do the same thing ("lost power", "were cut off"), at one time and place, with no word
    that makes either a part, a peak, a norm or another moment."""
    if a.m.sentence == b.m.sentence or a.mods != b.mods:
        return None  # "20,000 fans" and "3,000 away fans"
    if a.rate != b.rate or a.by_year != b.by_year:
        return None
    if a.subject and b.subject and not _mods_agree(a.subject, b.subject):
        return None
    if any(_ESTIMATE.search(ctx.text(*_sentence(ctx, c))) for c in (a, b)):
        return None  # "5,000, organisers said" and "police estimated 2,000": two sources
    clauses = [_clause(ctx, c.m) for c in (a, b)]
    # What each count is said to do, read without its own noun ("21,000 spectators" says
    # nothing about watching); a measure noun ("a crowd of 18,412") names its event.
    kinds = []
    for c, (c_start, c_end) in zip((a, b), clauses, strict=True):
        noun = _noun_after(ctx.article.text, c.m.end)
        skip = noun[2] if noun and _NOUN_GROUPS.get(noun[0]) != "spectators" else c.m.end
        span = ctx.text(c_start, c.m.start) + " " + ctx.text(skip, c_end)
        kinds.append({k for k, pattern in _EVENT_KINDS.items() if pattern.search(span)})
    shared = kinds[0] & kinds[1]
    if not shared:
        return None
    for c, (_, c_end) in zip((a, b), clauses, strict=True):
        s_start, _ = _sentence(ctx, c)
        span = ctx.text(s_start, c_end)
        if _changed(ctx, c) or _EVENT_CONTRAST.search(span):
            return None
        for w in _SUBSET_CONTEXT.finditer(span):
            # "The storm left 68,000 homes …" is no remainder.
            if w.group(0).lower() != "left":
                return None
            at = s_start + w.end()
            if not (c.m.start - 12 < at <= c.m.start or _LEFT_WITHOUT.match(ctx.text(at, at + 20))):
                return None
        for w in _WEAK_CHANGE.finditer(span):
            word = w.group(0).lower()
            # "a club record", "the final" (a match): no other moment.
            if word != "record" and not (word == "final" and span[: w.start()].endswith("the ")):
                return None
    spans = (_sentence(ctx, a), _sentence(ctx, b))
    if _times(ctx, *spans[0]) != _times(ctx, *spans[1]):
        return None
    if _places(ctx, *spans[0]) != _places(ctx, *spans[1]):
        return None
    return sorted(shared)[0]


def _same_quantity(ctx: RuleContext, a: _Count, b: _Count) -> str | None:
    """Why two counts of one noun are one quantity, or None when nothing says so."""
    if a.m.sentence == b.m.sentence or not _mods_agree(a.mods, b.mods):
        return None
    if a.rate != b.rate or a.by_year != b.by_year:
        return None
    if a.subject and b.subject and not _mods_agree(a.subject, b.subject):
        return None
    spans = (_sentence(ctx, a), _sentence(ctx, b))
    projection = a.by_year is not None
    if any(_STRONG_CHANGE.search(ctx.text(*s)) for s in spans):
        return None
    if not all(_context_ok(ctx, *s, projection=projection) for s in spans):
        return None
    if _years(ctx, *spans[0]) != _years(ctx, *spans[1]):
        return None
    if a.subject and a.subject == b.subject and a.verb == b.verb:
        return f"the {' '.join(a.subject)} {a.verb}"
    if a.rate and a.by_year:
        return f"{a.rate_text} by {a.by_year}"
    return None


@rule("FC407", category=Category.NUMBER, severity=Severity.WARNING)
def conflicting_counts(ctx: RuleContext) -> Iterator[Hit]:
    """One count of people or things is given two different values in the same article.

    **What it does.** Reads counts, a figure with the plural noun it counts ("2,400 workers",
    "62,000 vehicles a day", "31,000 riders a weekday by 2035"), groups them by that noun, and
    compares two counts only when the article says they are one quantity: a definite
    back-reference ("the 2,100 workers involved", "… affected", "… on strike", or a part of it:
    "9,000 of the 31,842 spectators") to the only earlier count of that noun or of another name
    for it (a crowd, an attendance, spectators, fans); the same subject and verb at the same
    rate ("the bridge carries … vehicles a day" twice); or the same rate and target year ("…
    riders a weekday by 2035" twice). Figures that cannot both be right, allowing for rounding
    ("2,400" is stated to the nearest hundred) and hedges ("about", "more than"), are reported
    with both places. Money stays with FC401, which this rule mirrors for counts.

    **Why it matters.** A headcount, a traffic figure or a forecast that changes between
    paragraphs is a typo or a number left over from an earlier draft.

    **Example.**

        The bridge carries 62,000 vehicles a day. … The bridge carries about 48,000
        vehicles a day, engineers said.

    **Not flagged.** Different subjects ("the bridge carries 62,000 vehicles; the tunnel
    carries 40,000 vehicles"), subsets and parts ("300 workers returned", "the 900 workers
    on strike at the second terminal", "2,000 of the 9,000 away fans", "of the 2,000
    people surveyed"), different rates ("a day" and "a year", "on busy
    days"), changes over time or other moments ("rose from 2,100 to 2,400 workers", "last
    year", "in 2019", "originally"), scenarios and ranges, figures in one sentence, and
    rounding ("about 2,400" and "nearly 2,400"; "2.4 million" and "2,412,000").

    **How to silence it.** `--ignore FC407`, or fix the text.
    """
    text = ctx.article.text
    by_noun: dict[str, list[_Count]] = {}
    for m in ctx.analysis.numbers:
        if m.kind != "count" or m.value <= 0:
            continue
        noun = _noun_after(text, m.end)
        if noun is None:
            measure = _MEASURE_BEFORE.search(text, max(0, m.start - 40), m.start)
            if measure is None or _YEAR_LIKE.fullmatch(ctx.text(m.start, m.end)):
                continue
            noun = (measure.group("n").lower(), (), m.end)
        if any(w in _PART_MODIFIERS for w in noun[1]):
            continue
        by_noun.setdefault(_NOUN_GROUPS.get(noun[0], noun[0]), []).append(_Count(m, noun[1]))
    reported: set[tuple[int, int]] = set()
    for noun, counts in by_noun.items():
        if len({c.m.value for c in counts}) < 2:
            continue  # a cheap gate: one value, nothing to disagree with
        for c in counts:
            _describe(ctx, c)
        pairs: list[tuple[_Count, _Count, str]] = []
        for i, b in enumerate(counts):
            if not (b.definite and b.tail):
                continue
            # The count pointed back at: the nearest earlier one of the noun, itself no
            # back-reference.
            earlier = [a for a in counts[:i] if a.m.sentence < b.m.sentence]
            if not earlier or earlier[-1].definite:
                continue
            a = earlier[-1]
            if b.partitive is not None and (
                a.mods != b.mods or len({e.m.value for e in earlier if e.mods == b.mods}) != 1
            ):
                continue  # "of the 9,000 away fans", or two earlier counts it could be
            if _mods_agree(a.mods, b.mods) and _back_reference(ctx, a, b):
                tail = (b.tail or "").split("|")[0]
                pairs.append((a, b, f"the {noun} {'on ' if tail != 'involved' else ''}{tail}"))
        keyed: dict[tuple[str | None, str | None, str | None, str | None], list[_Count]] = {}
        for c in counts:
            if c.subject and c.verb:
                keyed.setdefault((c.subject[-1], c.verb, c.rate, c.by_year), []).append(c)
            if c.rate and c.by_year:
                keyed.setdefault((None, None, c.rate, c.by_year), []).append(c)
        for group in keyed.values():
            if len({c.m.value for c in group}) < 2 or len(group) > 8:
                continue
            for a, b in combinations(group, 2):
                why = _same_quantity(ctx, a, b)
                if why is not None:
                    pairs.append((a, b, why))
        if len(counts) <= 8:
            for a, b in combinations(counts, 2):
                why = _same_event(ctx, a, b)
                if why is not None:
                    pairs.append((a, b, why))
        for a, b, why in pairs:
            if overlaps(_count_range(a.m), _count_range(b.m)):
                continue
            key = (min(a.m.start, b.m.start), max(a.m.start, b.m.start))
            if key in reported:
                continue
            reported.add(key)
            first, second = ctx.text(a.m.start, a.m.end), ctx.text(b.m.start, b.m.end)
            yield Hit(
                message=(
                    f"The number of {noun} ({why}) is given as {first} here and as {second}"
                    " elsewhere in the article; the two figures do not agree."
                ),
                spans=[(a.m.start, a.m.end), (b.m.start, b.m.end)],
                confidence=0.65,
            )
    if "votes" in text:
        yield from _candidate_votes(ctx)


_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|van|von|da|del|bin|al)){0,3}"
_VOTES_N = rf"(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+votes\b"
# A candidate's own vote count: "Nair's 1,240 votes", "Nair won with 1,204 votes",
# "1,204 votes for Nair", "Nair polled 1,204 votes".
_CANDIDATE_VOTES = [
    re.compile(rf"\b(?P<name>{_NAME_WORDS})['’]s?\s+(?:total\s+of\s+)?{_VOTES_N}"),
    re.compile(
        rf"\b(?P<name>{_NAME_WORDS})\s+(?:(?:had|has|was|were)\s+)?(?:won|received|got|polled"
        r"|took|secured|gained|collected|attracted|picked\s+up|finished\s+\w+|came\s+\w+"
        r"|topped\s+the\s+poll|won\s+the\s+seat|was\s+elected|was\s+re-elected)"
        rf"(?:\s+(?:with|on))?\s+{_VOTES_N}(?!\s+(?:against\b|to\s+(?:[\d(]|(?-i:[A-Z])"
        rf"|(?:{QUAL})\s)))"
    ),
    re.compile(rf"{_VOTES_N}\s+(?:for|went\s+to|cast\s+for|backing)\s+(?P<name>{_NAME_WORDS})"),
]
_CANDIDATE_OTHER = re.compile(
    r"\b(?:previous|last\s+time|earlier|first\s+round|second\s+round|round|count(?:ed|ing)"
    r"|recount|early|provisional|interim|partial|wards|districts|precincts|in\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]+\s+)+(?:ward|district|precinct)"
    r"|in\s+(?:19|20)\d\d|(?:19|20)\d\d|would|could|needed|need|target|predict\w*|poll(?:s|ing)"
    r"|survey\w*|more|fewer|than|up|down|rose|fell|increase\w*|decrease\w*|short|behind"
    r"|another|extra|additional|postal|ago|last|before|once|then)\b",
    re.I,
)
_NOT_CANDIDATES = _words(
    "The A An He She They It His Her Their Its This That In On At By But And When After Yes No"
    " Labour Conservatives Tories Democrats Republicans Greens"
)


def _candidate_votes(ctx: RuleContext) -> Iterator[Hit]:
    """A candidate's vote count given twice with two values ("Nair won with 1,204 votes
    … Nair's 1,240 votes")."""
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    by_name: dict[str, list[tuple[int, int, float, tuple[float, float]]]] = {}
    seen: set[int] = set()
    for sentence in sentences:
        s_text = ctx.text(sentence.start, sentence.end)
        if "votes" not in s_text or _CANDIDATE_OTHER.search(s_text):
            continue
        for pattern in _CANDIDATE_VOTES:
            for m in pattern.finditer(text, sentence.start, sentence.end):
                if m.start("n") in seen:
                    continue
                words = [w for w in m.group("name").split() if w not in _NOT_CANDIDATES]
                if not words or not words[-1][0].isupper():
                    continue
                seen.add(m.start("n"))
                value, precision = parse_number(m.group("n"))
                if value <= 0 or _YEAR_LIKE.fullmatch(m.group("n")):
                    continue
                key = _POSSESSIVE_END.sub("", words[-1])
                rng = interval(value, precision, _qual(m.group("q")))
                by_name.setdefault(key, []).append((m.start("n"), m.end("n"), value, rng))
    for name, found in by_name.items():
        for (a_start, a_end, a, a_rng), (b_start, b_end, b, b_rng) in combinations(found, 2):
            if a == b or overlaps(a_rng, b_rng):
                continue
            yield Hit(
                message=(
                    f"{name}'s vote is given as {ctx.text(a_start, a_end)} here and as"
                    f" {ctx.text(b_start, b_end)} elsewhere in the article; the two figures do"
                    " not agree."
                ),
                spans=[(a_start, a_end), (b_start, b_end)],
                confidence=0.65,
            )
            break


# --- FC408 a vote margin against the tally -----------------------------------------------

_MARGIN_OTHER = re.compile(
    r"\b(?:count(?:ed|ing)|early|interim|partial|provisional|at\s+one\s+(?:point|stage)"
    r"|halfway|overnight|initial(?:ly)?|original(?:ly)?|narrowed|narrowing|shrank|shrunk|cut"
    r"|widened|grew|fell|rose|increased|reduced|changed|revised|polls?|polling|survey\w*|predict\w*|project\w*"
    r"|expected|forecast\w*|need\w*|requir\w*|would|could|might|if|previous|last\s+time"
    r"|earlier|committee|amendment|procedural|another|first\s+round|second\s+round"
    r"|last\s+(?:year|month|week)|working|overall|parliamentary|notional|government['’]s"
    r"|coalition['’]s|has\s+a|holds?\s+a|same\s+(?:contest|race|seat|election)"
    r"|(?:years?|months?)\s+(?:after|ago|before|earlier)|los(?:t|ing)\s+(?:the|that|a)\b)\b",
    re.I,
)
# A part of the vote or another year: only when the tally is not in the margin's sentence.
_MARGIN_ELSEWHERE = re.compile(
    r"\b(?:in\s+(?:19|20)\d\d|wards?|districts?|precincts?|constituenc\w+|count(?:y|ies)"
    r"|regions?|states?|provinces?|towns?|cities|village)\b",
    re.I,
)


@rule("FC408", category=Category.NUMBER, severity=Severity.WARNING)
def margin_vs_tally(ctx: RuleContext) -> Iterator[Hit]:
    """A stated winning margin does not match the vote tally it comes from.

    **What it does.** Reads margins given in votes ("a lead of 412 votes", "a 357-vote
    majority", "won by 357 votes", "a margin of fewer than 400 votes") and compares each
    with the difference between the two sides of a tally ("by 9,812 votes to 9,455",
    "passed 52-48", "61 in favour and 38 against"): the nearest tally in the same
    paragraph, or the only tally in the article. Without a tally, a majority is compared
    with the two largest candidates' totals of the one paragraph giving an election result
    ("Jones (Green) won with 1,482 votes; Labour's Smith had 1,209 … Her majority of 373
    votes"). Hedges are read as ranges ("fewer than
    400", "about 360", "more than 300"), and round figures as rounded ("a lead of 360"
    fits 357).

    **Why it matters.** The margin is simple subtraction from figures in the same story; a
    wrong one tells readers the tally or the margin cannot be trusted.

    **Example.**

        The measure passed by 9,812 votes to 9,455, giving the yes side a lead of 457
        votes.

    **Not flagged.** Margins in percentage points or seats, leads during the count or in
    polls ("with half the ballots counted", "a recount"), margins of another vote (a
    committee, an earlier round, a district, another year, the runner-up's own), results
    whose largest total is not the winner's, and hedged margins that fit.

    **How to silence it.** `--ignore FC408`, or fix the text.
    """
    numbers = ctx.analysis.numbers
    if any(m.kind == "margin" and m.unit == "seats" for m in numbers):
        yield from _seat_majority_hits(ctx)
    tallies = [m for m in numbers if m.kind == "tally" and m.value2 is not None]
    if not tallies:
        if "votes" in ctx.article.text:
            yield from _margin_vs_candidates(ctx)
        return
    distinct = {(t.value, t.value2) for t in tallies}
    sentences = ctx.analysis.sentences
    blocks = ctx.segmentation.body
    for margin in (m for m in numbers if m.kind == "margin" and m.unit == "votes"):
        sentence = sentences[margin.sentence]
        block = next((b for b in blocks if b.start <= margin.start < b.end), None)
        same_block = [
            t for t in tallies if block is not None and block.start <= t.start < block.end
        ]
        pool = same_block or (tallies if len(distinct) == 1 else [])
        if not pool:
            continue
        before = [t for t in pool if t.start < margin.start]
        tally = before[-1] if before else pool[0]
        # "The amendment fell 201-223, a margin of 22": with its tally just before it in the
        # sentence, only words between the two can make the margin another one.
        other_from = sentence.start
        if (
            tally.sentence == margin.sentence
            and tally.end <= margin.start
            and sum(1 for t in tallies if t.sentence == margin.sentence) == 1
        ):
            other_from = tally.end
        if _MARGIN_OTHER.search(ctx.text(other_from, sentence.end)):
            continue
        if tally.sentence != margin.sentence and _MARGIN_ELSEWHERE.search(
            ctx.text(sentence.start, sentence.end)
        ):
            continue
        a, b = tally.value, tally.value2 or 0.0
        diff = abs(a - b)
        # Figures stated to the vote are exact: "7-4" is a margin of 3, not 2 to 4.
        units = (_round_unit(a, 1.0), _round_unit(b, 1.0))
        slack = sum(units) / 2 if max(units) > 1 else 0.0
        stated = interval(
            margin.value, _round_unit(margin.value, margin.precision), margin.qualifier
        )
        if overlaps(stated, (diff - slack, diff + slack)):
            continue
        tally_text = ctx.text(tally.start, tally.end)
        yield Hit(
            message=(
                f"The tally “{tally_text}” is a margin of {_fmt(diff)} votes, not"
                f" {ctx.text(margin.start, margin.end)}."
            ),
            spans=[(margin.start, margin.end), (tally.start, tally.end)],
            confidence=0.75,
            suggestion=f"{_fmt(diff)} votes, if the tally is right",
        )


# A candidate's total in an election result: "Jones (Green) won with 1,482 votes",
# "Labour's Smith had 1,209", "Smith, the Labour candidate, polled 1,209 votes".
_RESULT_FIGURE = re.compile(
    rf"\b(?P<name>{_NAME_WORDS})(?:\s+\([^()]{{1,30}}\))?(?:,\s+(?:the\s+)?[^,;.]{{1,40}}?,)?"
    r"\s+(?:(?P<win>won|was\s+elected|was\s+re-elected|was\s+returned|topped\s+the\s+poll"
    r"|took\s+the\s+seat|won\s+the\s+seat)|had|has|took|polled|received|got|secured|gained"
    r"|collected|attracted|finished\s+(?:\w+\s+)?|came\s+\w+|trailed)(?:\s+(?:with|on))?\s+"
    rf"(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})(?:\s+votes\b)?"
    r"(?![\d%]|[.,]\d|\s*(?:per\s?cent|percent|seats?|years?|points?|percentage|of|to)\b)"
)
# "Jones took 1,482 votes to Smith's 1,129".
_RESULT_PAIR = re.compile(
    rf"\b(?P<name1>{_NAME_WORDS})\s+(?:won|took|polled|received|got|secured|gained)"
    rf"(?:\s+with)?\s+(?P<n1>{NUM})\s+votes\s+to\s+(?:the\s+)?(?P<name2>{_NAME_WORDS})['’]s?"
    rf"\s+(?P<n2>{NUM})(?![\d%]|[.,]\d)"
)
_WIN_WORDS = re.compile(r"\b(?:won|wins|winning|elected|re-elected|returned|victory)\b", re.I)


def _result_figures(
    ctx: RuleContext,
) -> tuple[list[tuple[str, float, int, int, bool]], tuple[int, int]] | None:
    """The candidates' totals of the one paragraph that gives an election result, largest
    first: (surname, votes, start, end, said to have won), and the paragraph's bounds."""
    text = ctx.article.text
    found: list[tuple[list[tuple[str, float, int, int, bool]], tuple[int, int]]] = []
    for block in ctx.segmentation.body:
        b_text = ctx.text(block.start, block.end)
        if "votes" not in b_text or not (_WIN_WORDS.search(b_text) or _RESULT_PAIR.search(b_text)):
            continue
        figures: list[tuple[str, float, int, int, bool]] = []
        for sentence in ctx.analysis.sentences:
            if not block.start <= sentence.start < block.end:
                continue
            if _CANDIDATE_OTHER.search(ctx.text(sentence.start, sentence.end)):
                continue
            for m in _RESULT_FIGURE.finditer(text, sentence.start, sentence.end):
                words = [w for w in m.group("name").split() if w not in _NOT_CANDIDATES]
                if not words or not words[-1][0].isupper() or m.group("q"):
                    continue
                value, precision = parse_number(m.group("n"))
                if value <= 0 or precision != 1 or _YEAR_LIKE.fullmatch(m.group("n")):
                    continue
                name = _POSSESSIVE_END.sub("", words[-1])
                figures.append((name, value, m.start("n"), m.end("n"), bool(m.group("win"))))
            for m in _RESULT_PAIR.finditer(text, sentence.start, sentence.end):
                pair = []
                for g in ("1", "2"):
                    words = [w for w in m.group("name" + g).split() if w not in _NOT_CANDIDATES]
                    value, precision = parse_number(m.group("n" + g))
                    if not words or precision != 1 or _YEAR_LIKE.fullmatch(m.group("n" + g)):
                        break
                    pair.append((_POSSESSIVE_END.sub("", words[-1]), value, m.start("n" + g)))
                if len(pair) == 2 and pair[0][1] > pair[1][1]:
                    starts = {p[2] for p in pair}
                    figures = [f for f in figures if f[2] not in starts]
                    for (name, value, start), g in zip(pair, ("1", "2"), strict=True):
                        end = m.end("n" + g)
                        figures.append((name, value, start, end, g == "1"))
        if len(figures) >= 2:
            figures.sort(key=lambda f: -f[1])
            found.append((figures, (block.start, block.end)))
    if len(found) != 1:
        return None  # no result, or several (another election, another ward)
    figures, bounds = found[0]
    names = [f[0] for f in figures]
    if len(set(names)) != len(names) or not figures[0][4] or figures[0][1] == figures[1][1]:
        return None  # one name twice, or the largest total not the winner's
    return figures, bounds


def _margin_vs_candidates(ctx: RuleContext) -> Iterator[Hit]:
    """ "Jones won with 1,482 votes; Smith had 1,209. … Her majority of 373 votes": a
    winning margin against the two largest candidate totals of the result."""
    margins = [m for m in ctx.analysis.numbers if m.kind == "margin" and m.unit == "votes"]
    if not margins:
        return
    result = _result_figures(ctx)
    if result is None:
        return
    figures, (b_start, b_end) = result
    first, second = figures[0], figures[1]
    diff = first[1] - second[1]
    others = {f[0] for f in figures[1:]}
    sentences = ctx.analysis.sentences
    for margin in margins:
        sentence = sentences[margin.sentence]
        s_text = ctx.text(sentence.start, sentence.end)
        if _MARGIN_OTHER.search(s_text) or _YEAR_IN_TEXT.search(s_text):
            continue
        if not b_start <= margin.start < b_end and _MARGIN_ELSEWHERE.search(s_text):
            continue
        named = set(re.findall(r"[A-Z][\w'’-]+", s_text))
        if others & {_POSSESSIVE_END.sub("", w) for w in named} and first[0] not in s_text:
            continue  # the runner-up's margin, or another contest
        stated = interval(
            margin.value, _round_unit(margin.value, margin.precision), margin.qualifier
        )
        if overlaps(stated, (diff, diff)):
            continue
        a_text, b_text = ctx.text(first[2], first[3]), ctx.text(second[2], second[3])
        yield Hit(
            message=(
                f"{first[0]}'s {a_text} votes against {second[0]}'s {b_text} is a margin of"
                f" {_fmt(diff)} votes, not {ctx.text(margin.start, margin.end)}."
            ),
            spans=[(margin.start, margin.end), (first[2], first[3]), (second[2], second[3])],
            confidence=0.65,
            suggestion=f"{_fmt(diff)} votes, if the totals are right",
        )


# "won 40 of the 68 seats", "won 40 seats on the 68-seat council".
_SEATS_OF = re.compile(
    rf"\b(?:won|winning|took|taking|holds?|holding|secured|has|had)\s+(?P<n>{NUM})\s+of\s+"
    rf"(?:the|its|all)\s+(?P<t>{NUM})\s+seats\b"
    rf"|\b(?:won|winning|took|taking|secured)\s+(?P<n2>{NUM})\s+seats\s+(?:on|in)\s+the\s+"
    rf"(?P<t2>{NUM})[-\s]seat\b"
)
_SEAT_OTHER = re.compile(
    r"\b(?:previous\w*|last\s+(?:time|year|election)|earlier|before|once|former\w*|would"
    r"|could|might|need\w*|requir\w*|target|working|notional|poll\w*|project\w*|forecast\w*"
    r"|predict\w*|expected|if|(?:19|20)\d\d)\b",
    re.I,
)


def _seat_majority_hits(ctx: RuleContext) -> Iterator[Hit]:
    """ "Labour won 40 of the 68 seats … a 14-seat majority": an overall majority is the
    winner's seats less all the others (here 12)."""
    text = ctx.article.text
    found = list(_SEATS_OF.finditer(text))
    sentences = ctx.analysis.sentences
    results = set()
    for m in found:
        s = next(s for s in sentences if s.start <= m.start() < s.end)
        if _SEAT_OTHER.search(ctx.text(s.start, s.end)):
            return  # seats of another election, or a projection: not one result
        n = parse_number(m.group("n") or m.group("n2"))[0]
        t = parse_number(m.group("t") or m.group("t2"))[0]
        g = "n" if m.group("n") else "n2"
        results.add((n, t, m.start(g), m.end(g)))
    if len({(n, t) for n, t, _, _ in results}) != 1:
        return
    n, t, start, end = next(iter(results))
    if not t / 2 < n <= t:
        return
    expected = 2 * n - t
    for margin in (m for m in ctx.analysis.numbers if m.kind == "margin" and m.unit == "seats"):
        sentence = sentences[margin.sentence]
        if _SEAT_OTHER.search(ctx.text(sentence.start, sentence.end)):
            continue
        stated = interval(margin.value, 1.0, margin.qualifier)
        if overlaps(stated, (expected, expected)):
            continue
        yield Hit(
            message=(
                f"{_fmt(n)} of {_fmt(t)} seats is an overall majority of {_fmt(expected)}, not"
                f" {ctx.text(margin.start, margin.end)}."
            ),
            spans=[(margin.start, margin.end), (start, end)],
            confidence=0.65,
            suggestion=f"a {_fmt(expected)}-seat majority, if the seat totals are right",
        )


# --- FC409 elapsed years against the year of the event ----------------------------------

_CLAUSE_END = re.compile(r"[,;:()—–]|\s-\s|$")
_STOP_STEMS = frozenset(
    ["since", "after", "years", "which", "their", "there", "where", "would", "could", "about"]
)
# Words that name the same kind of event, so that "closed in 1964" and "since the last
# train ran" are linked although they share no word.
_EVENT_CLASSES = [
    frozenset(
        [
            "closed",
            "closure",
            "closing",
            "close",
            "shut",
            "shutdown",
            "axed",
            "ended",
            "ceased",
            "abandoned",
            "scrapped",
            "last",
            "final",
            "withdrawn",
            "demolished",
            "retired",
            "disbanded",
            "dissolved",
            "stopped",
            "halted",
        ]
    ),
    frozenset(
        [
            "opened",
            "opening",
            "open",
            "founded",
            "founding",
            "established",
            "launched",
            "began",
            "begun",
            "started",
            "first",
            "created",
            "inaugurated",
            "built",
            "introduced",
        ]
    ),
    frozenset(["died", "death", "killed", "murdered"]),
    frozenset(
        ["won", "win", "victory", "elected", "election", "title", "champions", "championship"]
    ),
    frozenset(
        [
            "flood",
            "flooded",
            "fire",
            "earthquake",
            "storm",
            "disaster",
            "crash",
            "explosion",
            "attack",
        ]
    ),
]
_PAST_ONLY = re.compile(r"\b(?:was|were|had\s+been)\b", re.I)
_FUTURE_WORDS = re.compile(r"\b(?:will|next|upcoming|coming|approaching)\b", re.I)


def _stems(words: str) -> set[str]:
    out: set[str] = set()
    for w in re.findall(r"[a-z]{5,}", words.lower()):
        if w not in _STOP_STEMS:
            out.add(w[:5])
    return out


def _linked(clause: str, context: str) -> bool:
    """Whether two stretches of text speak of one event: a shared word or event class."""
    if _stems(clause) & _stems(context):
        return True
    a = set(re.findall(r"[a-z]+", clause.lower()))
    b = set(re.findall(r"[a-z]+", context.lower()))
    return any(a & cls and b & cls for cls in _EVENT_CLASSES)


def _year_clause(text: str, start: int, end: int, year_start: int) -> str:
    """The clause around a year: from the punctuation before it to the punctuation after."""
    before = max((m.end() for m in re.finditer(r"[,;:()—–]", text[start:year_start])), default=0)
    after = _CLAUSE_END.search(text, year_start + 4, end)
    return text[start + before : after.start() if after else end]


def _elapsed_hit(ctx: RuleContext, m: NumberMention) -> Hit | None:
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    sentence = sentences[m.sentence]
    end_clause = _CLAUSE_END.search(text, m.end, sentence.end)
    clause_end = end_clause.start() if end_clause else sentence.end
    clause = text[m.end : clause_end]
    in_clause = [y for y in _YEAR_IN_TEXT.finditer(text, m.end, clause_end)]
    event_year: re.Match[str] | None = None
    if in_clause:
        if len({y.group(0) for y in in_clause}) != 1:
            return None
        event_year = in_clause[0]
    else:
        # A linked year earlier in the sentence, else in the sentence before.
        spans = [(sentence.start, m.start)]
        if m.sentence > 0:
            prev = sentences[m.sentence - 1]
            spans.append((prev.start, prev.end))
        for s_start, s_end in spans:
            linked = [
                y
                for y in _YEAR_IN_TEXT.finditer(text, s_start, s_end)
                if _linked(clause, _year_clause(text, s_start, s_end, y.start()))
            ]
            if linked:
                if len({y.group(0) for y in linked}) != 1:
                    return None
                event_year = linked[0]
                break
    if event_year is None:
        return None
    year = int(event_year.group(0))
    others = {
        int(y.group(0))
        for y in _YEAR_IN_TEXT.finditer(text, sentence.start, sentence.end)
        if not m.end <= y.start() < clause_end
    } - {year}
    published = ctx.article.published
    s_text = ctx.text(sentence.start, sentence.end).lower()
    if len(others) > 1:
        return None
    if others:
        lo = hi = others.pop()
    elif m.event != "since" or published is None:
        return None  # "30 years after the fire" needs the year it is counted to
    elif "next year" in s_text:
        lo = hi = published.year + 1
    elif "last year" in s_text:
        lo = hi = published.year - 1
    elif _FUTURE_WORDS.search(s_text):
        lo, hi = published.year, published.year + 1
    elif _PAST_ONLY.search(ctx.text(sentence.start, m.start)):
        return None  # "it was 30 years since …": counted to some past moment
    else:
        lo = hi = published.year
    if lo <= year:
        return None
    stated = interval(m.value, m.precision, m.qualifier)
    if overlaps(stated, (lo - year - 1, hi - year + 1)):
        return None
    span = str(lo - year) if lo == hi else f"{lo - year} to {hi - year}"
    when = str(lo) if lo == hi else f"{lo}–{hi}"
    return Hit(
        message=(
            f"“{ctx.text(m.start, m.end)} {m.event}” does not fit the year given for the event,"
            f" {year}: in {when} that is {span} years."
        ),
        spans=[(m.start, m.end), (event_year.start(), event_year.end())],
        confidence=0.7 if event_year.start() >= sentence.start else 0.6,
    )


@rule("FC409", category=Category.NUMBER, severity=Severity.WARNING)
def elapsed_years_mismatch(ctx: RuleContext) -> Iterator[Hit]:
    """An "N years since" or "N years after" does not fit the year the article gives.

    **What it does.** Reads elapsed times ("65 years since the last train ran", "nearly
    six decades after the fire", "a century since") and finds the year of the event they
    count from: a year in the same clause ("since it closed in 1964"), else a year earlier
    in the sentence or in the sentence before whose clause speaks of the same event (a
    shared word, or the same kind of event: "closed in 1964" and "since the last train
    ran"). It counts to a year named in the sentence ("in 2016, 52 years after …"), else,
    for "since", to the publication date, and allows a year either way for the months.
    Anniversaries of a founding stay with FC406.

    **Why it matters.** The arithmetic is on two years the reader can see; when it is off,
    one of them is wrong.

    **Example.**

        The line closed in 1964. Trains return on Monday, marking 65 years since the last
        passenger service ran.

    **Not flagged.** Counts that fit within a year, hedged counts that fit ("nearly 60
    years"), years for another event ("founded in 1921 … 30 years since it last won"),
    sentences with several candidate years, "N years after" without a year to count to,
    past framing ("it was 30 years since"), and, without a publication date, anything
    that needs one.

    **How to silence it.** `--ignore FC409`, or fix the text.
    """
    for mention in ctx.analysis.numbers:
        if mention.kind == "elapsed":
            hit = _elapsed_hit(ctx, mention)
            if hit is not None:
                yield hit


# --- FC410 one match, two scores ---------------------------------------------------------

# "beat Ossett Athletic 3-1", "drew 2-2 with Whitby", "lost 0-2 to Leeds".
_SCORE_RESULT = re.compile(
    r"\b(?P<verb>beat|beats|defeated|defeats|thrashed|edged|overcame|saw\s+off|drew|draw"
    r"|draws|lost|loses|won|wins|were\s+beaten|was\s+beaten|fell)\b(?:\s+(?:to|with|against"
    r"|at|away\s+at|past))?(?:\s+(?:[A-Z][\w'’.-]*|de|la|of|and)){0,4}?\s+"
    r"(?P<a>\d{1,2})\s?[-–]\s?(?P<b>\d{1,2})\b(?![-–]\d|\s*%|[.,]\d)"
)
# "The 4-1 win", "Saturday's 1-1 draw", "this 2-0 victory".
_SCORE_REF = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+"
    r"(?P<a>\d{1,2})[-–](?P<b>\d{1,2})\s+(?:(?:home|away|league|cup)\s+)?(?P<kind>win|victory"
    r"|defeat|loss|draw|thrashing|success|triumph|stalemate)\b"
)
# A partial score, another match or a series: not the final score of the match.
_SCORE_OTHER = re.compile(
    r"\b(?:half[-\s]?time|the\s+interval|the\s+break|aggregate|agg|penalt\w*|shoot-?outs?"
    r"|extra\s+time|series|legs?|last\s+(?:season|week|month|year|time|meeting)|previous\w*"
    r"|earlier|reverse|return\s+fixture|meeting|(?:19|20)\d\d|elsewhere|meanwhile|other"
    r"|another|rivals?|sets?|frames?|games?|innings|replay|friendly|led|leads?|leading"
    r"|trailed|trailing|down|up|was|were\s+\d)\b",
    re.I,
)
_DRAW_WORDS = frozenset(["draw", "stalemate"])
_PARTIAL_AFTER = re.compile(
    r"\s*(?:at|on|after|in|by)\s+(?:the\s+)?(?:half|penalt|aggregate|agg\b|extra|interval|break"
    r"|shoot|first\s+leg|second\s+leg)",
    re.I,
)


@rule("FC410", category=Category.NUMBER, severity=Severity.WARNING)
def conflicting_scores(ctx: RuleContext) -> Iterator[Hit]:
    """One match's final score is given two different ways in the same article.

    **What it does.** Reads the result of a match ("beat Ossett Athletic 3-1", "drew 2-2
    with Whitby", "lost 0-2 to Leeds") and later references to it ("The 4-1 win",
    "Saturday's 1-1 draw", "this 2-0 victory"). When the reference's paragraph gives one
    result (else the article does), a reference with a different score (either way round)
    is reported: a win or defeat against a win, a draw against a draw.

    **Why it matters.** The score is the first fact of a match report; two scores for one
    match tell the reader that one of them is wrong.

    **Example.**

        Harrogate beat Ossett Athletic 3-1 on Saturday. … The 4-1 win lifts them to third.

    **Not flagged.** References whose paragraph (or, when it gives none, the article) has
    several results (other matches, earlier meetings),
    sentences about half-time or other partial scores, aggregates over two legs, penalty
    shoot-outs and extra time, series ("lead the series 3-1"), sets and frames, results of
    other seasons, a "win" after a draw (another match), and the same score either way
    round ("lost 1-3", "the 3-1 defeat").

    **How to silence it.** `--ignore FC410`, or fix the text.
    """
    text = ctx.article.text
    if "-" not in text and "–" not in text:
        return
    sentences = ctx.analysis.sentences
    results: list[re.Match[str]] = []
    refs: list[re.Match[str]] = []
    for sentence in sentences:
        s_text = ctx.text(sentence.start, sentence.end)
        if not any(c.isdigit() for c in s_text):
            continue
        # "won 4-3 on penalties", "1-0 at half-time": a partial score, not the result.
        results.extend(
            r
            for r in _SCORE_RESULT.finditer(text, sentence.start, sentence.end)
            if not _PARTIAL_AFTER.match(text, r.end())
        )
        for ref in _SCORE_REF.finditer(text, sentence.start, sentence.end):
            before = [x.end() for x in _CLAUSE_MARK.finditer(text, sentence.start, ref.start())]
            after = _CLAUSE_MARK.search(text, ref.end(), sentence.end)
            clause = ctx.text(
                before[-1] if before else sentence.start, after.start() if after else sentence.end
            )
            if not _SCORE_OTHER.search(clause):
                refs.append(ref)
    if not refs or not results:
        return
    blocks = ctx.segmentation.body
    for ref in refs:
        block = next((b for b in blocks if b.start <= ref.start() < b.end), None)
        pool = [r for r in results if block is not None and block.start <= r.start() < block.end]
        pool = pool or results  # the result of the ref's paragraph, else of the article
        if len({frozenset((int(r.group("a")), int(r.group("b")))) for r in pool}) != 1:
            continue  # several matches: which one is meant cannot be told
        result = pool[0]
        a, b = int(result.group("a")), int(result.group("b"))
        drawn = a == b
        if drawn != result.group("verb").lower().startswith("dr"):
            continue  # "won 2-2"? read no further
        x, y = int(ref.group("a")), int(ref.group("b"))
        if ref.start() < result.end() or {x, y} == {a, b}:
            continue
        ref_drawn = ref.group("kind").lower() in _DRAW_WORDS
        if ref_drawn != drawn or (x == y) != ref_drawn:
            continue  # a win after a draw: another match
        yield Hit(
            message=(
                f"The match is given as {result.group('a')}-{result.group('b')} here and as"
                f" {ref.group('a')}-{ref.group('b')} elsewhere in the article; the two scores"
                " do not agree."
            ),
            spans=[(result.start("a"), result.end("b")), (ref.start("a"), ref.end("b"))],
            confidence=0.7,
        )


# --- FC411 one object, two measurements --------------------------------------------------

_LENGTH_UNITS = {
    "m": 1.0,
    "metre": 1.0,
    "metres": 1.0,
    "meter": 1.0,
    "meters": 1.0,
    "km": 1000.0,
    "kilometre": 1000.0,
    "kilometres": 1000.0,
    "kilometer": 1000.0,
    "kilometers": 1000.0,
    "cm": 0.01,
    "centimetre": 0.01,
    "centimetres": 0.01,
    "ft": 0.3048,
    "foot": 0.3048,
    "feet": 0.3048,
    "mile": 1609.344,
    "miles": 1609.344,
    "yard": 0.9144,
    "yards": 0.9144,
}
_MASS_UNITS = {
    "kg": 1.0,
    "kilogram": 1.0,
    "kilograms": 1.0,
    "kilo": 1.0,
    "kilos": 1.0,
    "tonne": 1000.0,
    "tonnes": 1000.0,
    "ton": 1000.0,
    "tons": 1000.0,
}
_UNIT_WORDS = "|".join(sorted([*_LENGTH_UNITS, *_MASS_UNITS], key=len, reverse=True))
_MEASURE_NUM = r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)"
# "the 8.5-metre mirror", "a 40m tower", "its 300-tonne hull".
_MEASURE_ATTR = re.compile(
    rf"\b(?i:the|a|an|its)\s+(?:(?P<q>{QUAL})\s+)?{_MEASURE_NUM}(?:-|(?=[a-z]))(?P<u>{_UNIT_WORDS})"
    r"(?:-(?:long|wide|tall|high|deep|diameter|span|wingspan))?\s+(?P<mods>(?:[a-z]+\s+){0,2}?)"
    r"(?P<noun>[a-z]{3,})\b(?!['’]s|-)"
)
# "a mirror 6.5 metres across", "the tower, which is 40 metres tall", "a hull weighing 300
# tonnes".
_MEASURE_PRED = re.compile(
    r"\b(?i:the|a|an|its)\s+(?P<mods>(?:[a-z]+\s+){0,2}?)(?P<noun>[a-z]{3,}),?\s+(?:(?:that|which)"
    r"\s+)?(?:(?:is|was|measures|measured|measuring|stands|stood|standing|spans|spanning"
    r"|weighs|weighed|weighing|of|at)\s+)?(?:(?P<q>" + QUAL + rf")\s+)?{_MEASURE_NUM}\s*"
    rf"(?P<u>{_UNIT_WORDS})\b(?:\s+(?P<dim>across|wide|long|tall|high|deep|in\s+diameter"
    r"|in\s+length|in\s+height))?"
)
# Words that make two measurements two objects or two moments.
_MEASURE_OTHER = re.compile(
    r"\b(?:than|compared|previous\w*|predecessor\w*|rival\w*|other|another|older|newer"
    r"|existing|original\w*|replac\w*|each|every|both|pair|twin|second|first|up\s+to"
    r"|extend\w*|lengthen\w*|expand\w*|enlarg\w*|shrunk|shrank|grew|widen\w*|rais\w*|lower\w*"
    r"|from|planned|proposed|would|could|might|design\w*|larger|smaller|bigger|longer|shorter"
    r"|taller|heavier|lighter|largest|biggest|longest|tallest|heaviest|like|similar|same"
    r"|average|typical|usual|(?:19|20)\d\d|only|just)\b",
    re.I,
)
_NOT_OBJECTS = _words(
    "and the of for with from into per each than that which who were was are has had its"
    " year day week month hour away long wide tall high deep across diameter radius"
)


def _measures(
    ctx: RuleContext,
) -> list[tuple[str, str, tuple[str, ...], float, tuple[float, float], int, int, str]]:
    text = ctx.article.text
    out = []
    for form, pattern in (("attributive", _MEASURE_ATTR), ("predicate", _MEASURE_PRED)):
        for m in pattern.finditer(text):
            noun = m.group("noun")
            if noun in _NOT_OBJECTS or noun in SCALES or _plural(noun) or noun in _LENGTH_UNITS:
                continue
            unit = m.group("u").lower()
            dim, factor = (
                ("length", _LENGTH_UNITS[unit])
                if unit in _LENGTH_UNITS
                else ("mass", _MASS_UNITS[unit])
            )
            if form == "predicate":
                how = (m.groupdict().get("dim") or "").split()
                if dim == "length" and not how:
                    continue  # "the road of 40 miles": no dimension said
                kind = how[-1] if how else "weight"
            else:
                kind = ""
            value, precision = parse_number(m.group("n"))
            lo, hi = interval(value * factor, precision * factor, _qual(m.group("q")))
            mods = tuple(m.group("mods").split())
            if any(w in _NOT_OBJECTS for w in mods):
                continue
            out.append((noun, dim, mods, value * factor, (lo, hi), m.start("n"), m.end("u"), kind))
    return out


@rule("FC411", category=Category.NUMBER, severity=Severity.WARNING)
def conflicting_measurements(ctx: RuleContext) -> Iterator[Hit]:
    """One object is given two different sizes or weights in the same article.

    **What it does.** Reads measurements of a named object, either as "the 8.5-metre
    mirror" (a hyphenated unit, or "a 40m tower") or as "a mirror 6.5 metres across" ("the
    tower, which is 40 metres tall", "a hull weighing 300 tonnes"), in metres, kilometres,
    centimetres, feet, yards, miles, kilograms and tonnes, converting between them. Two
    measurements of the same noun (with agreeing modifiers) in different sentences that
    cannot both be right, allowing for rounding and hedges, are reported. Two stated
    dimensions ("40 metres long", "12 metres wide") are compared only when they match; a
    hyphenated size is compared with a stated one only when the article gives that object
    a single dimension.

    **Why it matters.** A size that changes between paragraphs is a typo or a figure left
    over from a draft, and readers who know the object notice.

    **Example.**

        The telescope has a mirror 6.5 metres across. … Engineers polished the 8.5-metre
        mirror for two years.

    **Not flagged.** Plural objects, comparisons and other objects ("larger than the
    6.5-metre mirror", "another", "the first", "each"), changes and plans ("extended",
    "would", "planned", "from"), other years, several different dimensions of the object
    against a hyphenated size, and figures in one sentence.

    **How to silence it.** `--ignore FC411`, or fix the text.
    """
    text = ctx.article.text
    if not any(
        u in text
        for u in (
            "metre",
            "meter",
            "m ",
            "km",
            "feet",
            "foot",
            "ft",
            "mile",
            "kg",
            "kilo",
            "tonne",
            "ton",
            "yard",
        )
    ):
        return
    found = _measures(ctx)
    if len(found) < 2:
        return
    sentences = ctx.analysis.sentences

    def sentence_index(pos: int) -> int:
        return next(i for i, s in enumerate(sentences) if s.start <= pos < s.end)

    kinds: dict[str, set[str]] = {}
    for noun, dim, _, _, _, _, _, kind in found:
        if kind and dim == "length":
            kinds.setdefault(noun, set()).add(kind)
    reported: set[str] = set()
    for a, b in combinations(sorted(found, key=lambda f: f[5]), 2):
        if a[0] != b[0] or a[1] != b[1] or a[0] in reported:
            continue
        n = min(len(a[2]), len(b[2]))
        if n and a[2][len(a[2]) - n :] != b[2][len(b[2]) - n :]:
            continue
        if a[7] and b[7] and a[7] != b[7]:
            continue  # "40 metres long" and "12 metres wide"
        if (
            a[1] == "length"
            and bool(a[7]) != bool(b[7])
            and (len(kinds.get(a[0], ())) != 1 or max(a[3], b[3]) > 2 * min(a[3], b[3]))
        ):
            continue  # "200 metres long" and "the 3-metre wall": two dimensions
        ia, ib = sentence_index(a[5]), sentence_index(b[5])
        if ia == ib:
            continue
        if any(
            _MEASURE_OTHER.search(ctx.text(sentences[i].start, sentences[i].end)) for i in (ia, ib)
        ):
            continue
        slack = 0.02 * max(a[3], b[3])
        if overlaps((a[4][0] - slack, a[4][1] + slack), b[4]):
            continue
        reported.add(a[0])
        first, second = ctx.text(a[5], a[6]), ctx.text(b[5], b[6])
        yield Hit(
            message=(
                f"The {a[0]} is given as {first} here and as {second} elsewhere in the article;"
                " the two measurements do not agree."
            ),
            spans=[(a[5], a[6]), (b[5], b[6])],
            confidence=0.65,
        )
