"""FC401 conflicting-amounts.

One thing is given two different costs or values in the same article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import combinations

from factcheck.analysis.numbers import GENERIC_THINGS, QUAL, NumberMention, interval, overlaps
from factcheck.report import Category, Severity
from factcheck.rules.numbers import money_links
from factcheck.rules.numbers._common import (
    _THING_STOP_WORDS,
    _YEAR_IN_TEXT,
    _close_slip,
    _stems_in,
    _words,
)
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


# Nouns that make "station extension" or "bridge project" a thing of its own.
_COMPOUND_HEADS = _words(
    "project projects programme program scheme contract plan phase wing annex upgrade link"
    " line fund bond loan deal works package repairs study overhaul stage section spur target"
    " goal forecast estimate guidance margin growth warning cap limit ceiling"
)
_NOUN_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ity", "ure", "ship")


def _compound_noun(word: str) -> bool:
    return word in _COMPOUND_HEADS or word.endswith(_NOUN_SUFFIXES)


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
        rest = tb[i + 1 :]
        if rest and _compound_noun(rest[0]):
            return None  # "the $1.2 billion station extension" is not the station
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
        if len(long_) > len(short) and _compound_noun(long_[len(short)]):
            return None  # "the $2.1 billion station" and "the $1.2 billion station extension"
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


# "The mission has a total budget of €312m": the thing, then the amount it is given.
_HAS_BUDGET = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+(?P<thing>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?P<verb>has|had|carries|carried|comes\s+with|came\s+with)\s+(?:a|an)\s+(?:total\s+"
    r"|overall\s+)?(?:budget|cost|price\s+tag|value)\s+of\s+(?:(?:" + QUAL + r")\s+)?$"
)
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


# "the consortium's most ambitious to date": a superlative, not a running total.
_SUPERLATIVE_SO_FAR = re.compile(
    r"\b(?:(?:most|least)\s+[a-z]+|biggest|largest|greatest|highest|costliest|priciest|best"
    r"|longest|heaviest|boldest)\s+(?:[\w'’-]+\s+){0,6}?(?:to\s+date|yet|so\s+far)\b",
    re.I,
)


def _changing_amount(
    ctx: RuleContext, m: NumberMention, money: list[NumberMention], link: int | None = None
) -> bool:
    """Whether the amount's sentence says it is one moment, estimate or part: a change word
    before it (or in its sentence when that gives another amount), else a strong one after.
    ``link`` is where a phrase tying the amount to its thing begins ("has a total budget
    of"): the words of that phrase are not read as a change."""
    sentence = ctx.analysis.sentences[m.sentence]
    before = ctx.text(sentence.start, m.end if link is None else link)
    whole = _SUPERLATIVE_SO_FAR.sub("", ctx.text(sentence.start, sentence.end))
    if _CHANGE_CONTEXT.search(before) or _CHANGE_AFTER_AMOUNT.search(whole):
        return True
    after = ctx.text(m.end, sentence.end)
    if any(o.sentence == m.sentence and o.start != m.start for o in money) or _COST_AFTER.search(
        after
    ):
        return bool(_CHANGE_CONTEXT.search(after))
    after = _ADJECTIVE_AS_NOUN.sub(" ", after)
    return any(w.group(0).lower() not in _WEAK_AFTER for w in _CHANGE_CONTEXT.finditer(after))


# "… framed above the fireplace — the original is with the operator": the word names the
# thing itself (a card, a painting), not an earlier amount, when a verb follows it.
_ADJECTIVE_AS_NOUN = re.compile(
    r"\b(?:the|its|their)\s+(?:original|first|previous|earlier)\s+(?=(?:is|was|has|had|remains"
    r"|remained|now|still|hangs|hung|sits|sat|went|goes|stays|stayed)\b)",
    re.I,
)


# "the winning £10 card": a definite thing with a word that describes it before its amount.
_DESCRIBED_BEFORE = re.compile(r"\b(?i:the|its|their|this|that)\s+(?P<adj>[a-z][a-z-]{2,})\s+$")
_THING_AFTER = re.compile(r"(?:-|\s)+(?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_NOT_DESCRIPTIONS = _words(
    "about around nearly almost some over under roughly approximately estimated extra additional"
    " further other another second third remaining new proposed planned total overall entire"
    " whole combined annual initial original revised first final last next same monthly"
    " weekly daily yearly quarterly hourly top basic standard premium full half reduced"
    " discounted cheaper dearer higher lower bigger smaller larger"
)


def _described_thing(ctx: RuleContext, m: NumberMention) -> tuple[str, ...] | None:
    """What "the winning £10 card" prices: the words after the amount, when a word before it
    describes the thing rather than picking one of several, and the article names only one
    such thing (no "cards", no "another card")."""
    text = ctx.article.text
    before = _DESCRIBED_BEFORE.search(text, max(0, m.start - 30), m.start)
    adj = before.group("adj").lower() if before is not None else ""
    if not adj or adj in _THING_STOP_WORDS | _NOT_DESCRIPTIONS or adj.endswith("est"):
        return None  # "the cheapest £5 ticket": a word that picks one of several
    after = _THING_AFTER.match(text, m.end, min(len(text), m.end + 60))
    if after is None:
        return None
    words: list[str] = []
    for word in after.group("words").split():
        if word in _THING_STOP_WORDS or word == "deal":
            break
        words.append(word)
    if not words or len(words[0]) < 3:
        return None
    nouns = "|".join(re.escape(w) for w in words)
    if re.search(
        rf"\b(?:{nouns})s\b|\b(?:another|other|second|two|both|each|every)\s+(?:\w+\s+)?"
        rf"(?:{nouns})\b",
        text,
        re.I,
    ):
        return None  # several such things: the word may pick out one
    return tuple(words)


@rule("FC401", category=Category.NUMBER, severity=Severity.WARNING)
def conflicting_amounts(ctx: RuleContext) -> Iterator[Hit]:
    """One thing is given two different costs or values in the same article.

    **What it does.** Finds amounts of money tied to a thing the article names definitely,
    as "the bridge cost $4.2 billion", "the $3.8 billion bridge" or "the mission has a total
    budget of €312m", and compares every pair that names the same thing in the same
    currency. Two amounts that cannot both be right, allowing for rounding ("$4.2 billion"
    and "about $4 billion" agree), are reported with both places. Three things are also
    followed under other names: a takeover's price and "the deal" (or acquisition,
    takeover, bid: "agreed to buy Halden Snacks, the Ohio snack maker, for $2.4 billion … The
    $2.7 billion deal"), a budget and "the spending plan" ("a $448 million operating budget
    … the $484 million spending plan"), and a company's revenue for its year ("reported
    revenue of $1.2 billion … a business with $2.1 billion in annual revenue"). A thing named
    with a word that describes it ("the £5 card" … "the winning £10 card") is the same thing
    when the article names only one such thing. An amount used as a noun after "the" ("how
    much of the £1.8m Denholm must repay", "The £1.8m was a club record."), or a definite
    thing priced so when the earlier sentence names it ("jailed for a £1.3m fraud" … "the
    £1.8m fraud"), points back at an amount already given: it is compared with the
    article's only earlier amount of its size (within a factor of two) in its currency, a
    looser telling that fits it ("more than $2 million") being no rival, and "under the
    $3.2 million order" no hedge. A
    definite thing priced with the digits of the article's one other amount slipped
    ("awarded a $24.6 million federal grant" … "the $26.4 million grant") is compared too;
    there, words of an event ("would", "finally") count only just before an amount. An
    amount introduced for a thing ("a target of £4.2 million", "a £9.9bn cushion", "the
    £9.9bn of headroom" but not "£3m of the £5m grant", "operating profit … fell 14 percent
    to ¥612 billion", "raising $300 million") and named back definitely with another
    figure ("the £4.8 million target", "the £9.1bn buffer", "The $320 million raised") is
    reported when the article ties that thing (or another
    name for it: buffer, cushion, headroom; target, goal; fine, penalty) to one other
    amount. So are parts listed beside a total that do not add up to it ("up to ¥920
    billion in total, ¥480 billion for … and ¥540 billion for …"; "€40 million is allocated
    to …, €31 million to … and €20 million to …, bringing the total to €96 million"), an
    earlier total split to its end in a sentence that opens on it, whose parts do not add up
    to it ("Of the total, $1.1 billion …, $640 million … and the remaining $390 million"; the
    total is the amount the opener names, else the nearest earlier one larger than the parts
    before "the remaining", and none earlier may equal the sum), three or more amounts
    listed with what each is for ("Rs. 1,265 crore for …, … and Rs. 348 crore for …", rupees,
    crore and lakh read too) that the next sentence sums to another figure ("Together, the
    four heads account for Rs. 3,412 crore"; not "In all" without "these" or a count of the
    parts, not a count that is not theirs, not a hedged total), a takeover premium or
    discount that does not fit the offer and the price it is measured against ("$38.50 a
    share, a 30 percent premium to … closing price of $30.80"), and one cycle's cumulative
    change in a rate given two values ("the cumulative tightening to 3.75 percentage points"
    … "the 4.25 percentage points of tightening since September").

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
    first", "… its most ambitious to date") do not excuse it, unless its sentence gives
    another amount or speaks of costs. A part named after the thing is another thing ("the
    $1.2 billion station extension" is not the station). Budgets and revenue are compared
    only in a story of one of them: budgets of another year, version, owner or purpose
    ("proposed", "last year's", "the school district's", "for the pool"), revenue of a
    period, a year, a forecast or another company ("first-quarter", "in 2023", "expects",
    "rival", "combined"), or more than two such figures, leave them alone. How a takeover is
    paid for ("financed with … new debt") does not make its price one of several. A word
    before the amount that picks one of several ("the cheapest £5 ticket", "the monthly £10
    subscription") or a plural of the thing elsewhere leaves a described thing alone. An
    amount used as a noun is left alone when it is a sum or difference of two amounts given,
    when another amount of its size is given, when a phrase after it names another purpose
    ("the £1.8m it set aside for the library"), or when either sentence speaks of a change,
    a part, another year or another moment. An amount named back is left alone when it
    is given elsewhere too, when the earlier one is a forecast, plan or another moment's
    ("expects", "from", "a year earlier", "new"), when the article speaks of the thing
    changing or of several ("raised its target", "targets"), when a word after it names
    another thing ("the $3.5 billion profit target") or another owner or purpose the
    earlier sentence does not name ("the £3.5m loan from HSBC"). Parts are compared only
    when each says what it is for and the list closes with "and"; "including" or a total
    not called one leaves them alone, and "up to" a total they stay within is fine.
    Cumulative changes of other periods ("since March 2022") or forecasts are left alone.

    **How to silence it.** `--ignore FC401`, or fix the text.
    """
    every = [m for m in ctx.analysis.numbers if m.kind == "money"]
    links: dict[int, int] = {}
    money: list[NumberMention] = []
    for m in every:
        if m.thing:
            money.append(m)
            continue
        described = _described_thing(ctx, m)
        if described is not None:
            money.append(m.model_copy(update={"thing": described, "thing_form": "attributive"}))
            continue
        has = _HAS_BUDGET.search(ctx.article.text, max(0, m.start - 120), m.start)
        if has is None or has.start() < ctx.analysis.sentences[m.sentence].start:
            continue
        words = tuple(has.group("thing").lower().split())
        if any(w in _THING_STOP_WORDS for w in words):
            continue
        links[m.start] = has.start("verb")
        money.append(m.model_copy(update={"thing": words, "thing_form": "predicate"}))
    reported: set[tuple[str, float, float]] = set()
    seen: set[frozenset[tuple[int, int]]] = set()
    for a, b in combinations(money, 2):
        if a.unit != b.unit or a.value == b.value:
            continue
        shared = _same_thing(a, b)
        if shared is None:
            continue
        if any(_changing_amount(ctx, m, every, links.get(m.start)) for m in (a, b)):
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
        seen.add(frozenset(((a.start, a.end), (b.start, b.end))))
        yield Hit(
            message=(
                f"The {shared} is given as {first} here and as {second} elsewhere in the"
                " article; the two amounts do not agree."
            ),
            spans=[(a.start, a.end), (b.start, b.end)],
            confidence=0.7,
        )
    # The same pair may be read by several of the ways below: report it once.
    for hit in (
        *_deal_hits(ctx, every),
        *_budget_hits(ctx, every),
        *_revenue_hits(ctx, every),
        *_slipped_amounts(ctx, every),
        *_bare_restatements(ctx, every),
        *money_links.tied_restatements(ctx, every),
        *money_links.parts_vs_total(ctx, every),
        *money_links.split_of_total(ctx, every),
        *money_links.listed_then_summed(ctx),
        *money_links.premium_hits(ctx, every),
        *money_links.cumulative_points(ctx),
    ):
        spans = frozenset(hit.spans)
        if spans in seen:
            continue
        seen.add(spans)
        yield hit


# Words that tell of an event rather than of an amount: "will finally be replaced, after
# the county was awarded $24.6 million", "costs would not be covered by the grant". They say
# an amount is a plan or one moment only when they come just before it ("would cost $2m").
_EVENT_WORDS = _words("first later eventually final finally would could might expected")
_JUST_BEFORE = re.compile(r"(?:[\w'’-]+\W+){0,4}$")


def _changed_by_words(ctx: RuleContext, m: NumberMention, money: list[NumberMention]) -> bool:
    """A narrower `_changing_amount`, for amounts that other evidence (slipped digits, a
    definite back-reference) already ties together: words of an event count only just
    before the amount."""
    sentence = ctx.analysis.sentences[m.sentence]
    text = ctx.article.text
    whole = _SUPERLATIVE_SO_FAR.sub("", ctx.text(sentence.start, sentence.end))
    if _CHANGE_AFTER_AMOUNT.search(whole):
        return True
    near = _JUST_BEFORE.search(text, max(sentence.start, m.start - 60), m.start)
    near_start = near.start() if near is not None else m.start
    for w in _CHANGE_CONTEXT.finditer(text, sentence.start, m.end):
        if w.group(0).lower() not in _EVENT_WORDS or w.start() >= near_start:
            return True
    # After the amount, words of an event are another verb's: "… the grant and would have to
    # be raised locally".
    after = _ADJECTIVE_AS_NOUN.sub(" ", ctx.text(m.end, sentence.end))
    return any(w.group(0).lower() not in _EVENT_WORDS for w in _CHANGE_CONTEXT.finditer(after))


_ANOTHER_TIME = re.compile(
    r"\b(?:(?:last|next|previous|coming|past)\s+(?:year|month|week|season|decade)|ago"
    r"|(?:the|a)\s+(?:year|month|week|season|quarter)\s+(?:before|earlier)"
    r"|previously|formerly|once|earlier|later|yesterday)\b",
    re.I,
)
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+$")
_SIGNIFICANT = re.compile(r"[1-9](?:[\d,.]*[1-9])?")


def _significant(raw: str) -> int:
    """How many significant digits a figure was written with: "$2.75 million" 3, "$1.2bn" 2."""
    digits = _SIGNIFICANT.search(raw)
    return sum(ch.isdigit() for ch in digits.group(0)) if digits else 0


def _slipped_amounts(ctx: RuleContext, money: list[NumberMention]) -> Iterator[Hit]:
    """ "The foundation awarded a grant of $2.75 million … the $2.57 million grant": a
    definite thing priced with the digits of the article's one other amount in its currency
    that reads as a slip of it (two side-by-side digits swapped, or one changed in a figure
    of four or more), where the earlier sentence names the thing and the earlier amount is
    tied to nothing else. Both figures are exact, written to three or more significant
    digits and given once; neither sentence speaks of an estimate, a change or a part."""
    if len(money) < 2 or len(money) > 12:
        return
    uses = Counter(m.value for m in money)
    sentences = ctx.analysis.sentences
    for b in money:
        if b.thing_form != "attributive" or not b.thing or b.qualifier or uses[b.value] > 1:
            continue
        if not _DEFINITE_BEFORE.search(ctx.article.text, max(0, b.start - 8), b.start):
            continue
        raw_b = ctx.text(b.start, b.end)
        slips = [m for m in money if m.unit == b.unit and _close_slip(m.value, b.value)]
        if len(slips) != 1 or slips[0].sentence >= b.sentence:
            continue  # no earlier slip of it, or two amounts it could be a slip of
        a = slips[0]
        if a.thing or a.qualifier or uses[a.value] > 1:
            continue  # an amount of something named, which the pairs above compare
        if min(_significant(raw_b), _significant(ctx.text(a.start, a.end))) < 3:
            continue  # "$1.2bn" and "$2.1bn" differ so by chance too often
        head = b.thing[0]
        a_sentence = sentences[a.sentence]
        if len(head) < 4 or not _stems_in(head, ctx.text(a_sentence.start, a_sentence.end)):
            continue  # the earlier sentence does not name the thing
        if any(_changed_by_words(ctx, m, money) for m in (a, b)):
            continue
        texts = [ctx.text(sentences[m.sentence].start, sentences[m.sentence].end) for m in (a, b)]
        if any(_YEAR_IN_TEXT.search(t) or _ANOTHER_TIME.search(t) for t in texts):
            continue  # "the $2.57 million grant it received last year": perhaps another one
        yield Hit(
            message=(
                f"The {head} is given as {ctx.text(a.start, a.end)} here and as {raw_b}"
                " elsewhere in the article; the figures differ only by slipped digits, so one"
                " of them is likely a typo."
            ),
            spans=[(a.start, a.end), (b.start, b.end)],
            confidence=0.6,
        )


# "how much of the £1.8m Denholm must repay", "return the £1.8m.": an amount used as a noun
# after "the", which points back at one the article has given.
_BARE_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")
# "Under the $3.2 million order": a place word before "the", which the figure's
# qualifier ("under", "less") was read from.
_PLACE_WORD_THE = re.compile(r"\b(?i:under|over|below|above)\s+(?:the|this|that)\s+$")
_BARE_AFTER = re.compile(
    r"\s*(?:[.,;:)!?]|$)|(?:\s+(?:that|which|it|he|she|they|we|you|I|[A-Z][\w'’-]+)"
    r"(?:\s+(?:later|then|still|never|also|had|has|have|was|is))?)?\s+(?:must|should|had|has|have|was|were|is|are|will|would|could|can|may|might|did|does"
    r"|stole|took|paid|owed|owes|received|spent|lost|raised|won|got|gave|needs?|wants?|admitted"
    r"|embezzled|siphoned|misappropriated|defrauded)\b"
)
# "… it set aside for the library": what a sum is for, not how long ("for years").
_PURPOSE = re.compile(
    r"\b(?:for|on|towards?|into|from|of\s+(?=(?:the|a|an|his|her|their|its|our)\s))\s*"
    r"(?!(?:(?:several|many|some|two|three|a\s+few)\s+)?"
    r"(?:years|months|weeks|days|decades|hours|ages|now|good)\b)"
    r"(?P<what>(?:[\w'’-]+\s+){0,2}[\w'’-]+)"
)
_AMOUNT_OTHER = re.compile(
    r"\b(?:another|other|extra|additional|further|remaining|rest|remainder|balance|total|sum"
    r"|combined|together|each|per|every|share|part|portion|half|third|quarter|most|some"
    r"|up\s+to|at\s+least|more|less|fewer|than|instead)\b",
    re.I,
)


def _bare_restatements(ctx: RuleContext, money: list[NumberMention]) -> Iterator[Hit]:
    """ "… stole £1.3m from a hospice … how much of the £1.8m Denholm must repay": an amount
    used as a noun after "the" points back at one already given; when the article's only
    earlier amount of its size (within a factor of two) is another figure, stated as it is,
    one of them is wrong. Both are exact and in one currency, the later one is given once,
    is no sum or difference of two others, and neither sentence speaks of a change, a part,
    another moment, or (after the later one) another purpose."""
    if len(money) < 2 or len(money) > 12:
        return
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    uses = Counter((m.unit, m.value) for m in money)
    for b in money:
        if uses[(b.unit, b.value)] > 1 or b.value <= 0:
            continue
        if not _BARE_DEFINITE.search(text, max(0, b.start - 6), b.start):
            continue
        if b.qualifier and not _PLACE_WORD_THE.search(text, max(0, b.start - 14), b.start):
            continue  # "under the $3.2 million order": a preposition, no hedge
        # "the £1.8m Denholm must repay", or "the £1.8m fraud" where the earlier sentence
        # names the fraud: the thing is read below.
        named = None
        if _BARE_AFTER.match(text, b.end) is None:
            if b.thing_form != "attributive" or not b.thing or len(b.thing[0]) < 4:
                continue
            if len(b.thing) > 1 and _compound_noun(b.thing[1]):
                continue  # "the $3.5 billion profit target" is a target, not the profit
            named = b.thing[0]
        near = [
            m
            for m in money
            if m.unit == b.unit
            and m is not b
            and max(m.value, b.value) <= 2 * min(m.value, b.value)
        ]
        exact = [m for m in near if not m.qualifier]
        # "more than $2 million" … "$2.3 million": a loose telling of the exact sum, no rival.
        if exact and all(
            overlaps(interval(m.value, m.precision, m.qualifier), (exact[0].value,) * 2)
            for m in near
            if m.qualifier
        ):
            near = exact
        if not near or len({m.value for m in near}) != 1 or near[0].sentence >= b.sentence:
            continue  # nothing it points back at, two candidates, or a later one
        if any(m.qualifier or m.sentence == b.sentence for m in near):
            continue
        a = near[0]
        same = [m.value for m in money if m.unit == b.unit and m is not b]
        if any(x + y == b.value or abs(x - y) == b.value for x, y in combinations(same, 2)):
            continue  # a sum or a difference of two amounts given
        if overlaps(interval(a.value, a.precision, None), interval(b.value, b.precision, None)):
            continue
        b_sentence = sentences[b.sentence]
        a_text = ctx.text(sentences[a.sentence].start, sentences[a.sentence].end)
        tail_start = b.end
        if named is not None:
            if a.thing or not _stems_in(named, a_text):
                continue  # the earlier amount is another thing's, or its sentence names none
            if money_links.thing_changes(text, [named]):
                continue  # "It later raised its target": the thing has had two amounts
            at = text.lower().find(named, b.end, b_sentence.end)
            tail_start = at + len(named) if at != -1 else b.end
        clause_end = _CLAUSE_END.search(text, tail_start, b_sentence.end)
        tail = ctx.text(tail_start, clause_end.start() if clause_end else b_sentence.end)
        purpose = _PURPOSE.search(tail)
        if purpose is not None and not _stems_in(purpose.group("what"), a_text):
            continue  # "the £1.8m it set aside for the library": another sum
        lead = _JUST_BEFORE.search(text, max(b_sentence.start, b.start - 60), b.start)
        b_near = ctx.text(lead.start() if lead else b.start, b.start) + " " + tail
        if _AMOUNT_OTHER.search(b_near) or _ANOTHER_TIME.search(b_near):
            continue
        if any(_changed_by_words(ctx, m, money) for m in (a, b)):
            continue
        if _YEAR_IN_TEXT.search(a_text) or _ANOTHER_TIME.search(a_text):
            continue
        yield Hit(
            message=(
                f"The {named or 'amount'} is given as {ctx.text(a.start, a.end)} here and as"
                f" {ctx.text(b.start, b.end)} elsewhere in the article, where it points back at"
                " the same sum; the two amounts do not agree."
            ),
            spans=[(a.start, a.end), (b.start, b.end)],
            confidence=0.6,
        )


_CLAUSE_END = re.compile(r"[,;:()—–]")


# "reported revenue of $1.2 billion", "revenue was $1.2 billion", "a business with $2.1
# billion in annual revenue": a company's takings for its year.
_REVENUE_WORD = r"(?:revenues?|sales|turnover)"
_REVENUE_LINK = (
    r"(?:annual\s+|yearly\s+|total\s+)?" + _REVENUE_WORD + r"\s+(?:of|was|were|is|are|totall?ed"
    r"|reached|came\s+to|stood\s+at|amounted\s+to)\s+(?:(?:" + QUAL + r")\s+)?"
)
# Only these words may come before the revenue word: not "cloud revenue", "lost sales".
_REVENUE_BEFORE = re.compile(
    r"(?:[,;(]\s*|\b(?:reported|posted|had|has|have|with|generated|generates|recorded|booked"
    r"|its|their|and)\s+)" + _REVENUE_LINK + "$",
    re.I,
)
_REVENUE_OPENING = re.compile(r"\s*" + _REVENUE_LINK, re.I)
_REVENUE_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:annual\s+|yearly\s+|total\s+)?" + _REVENUE_WORD + r"\b(?!\s+(?:from"
    r"|budget|growth|target|forecast|guidance))",
    re.I,
)
# A period other than the year, or a year named: "for the first half", "in 2023", "last
# year": the revenue of one period of several.
_REVENUE_PERIOD = re.compile(
    r"\b(?:quarter\w*|half|halves|first-half|second-half|months|weeks|Q[1-4]|H[12]|(?:19|20)\d\d"
    r"|last\s+year|this\s+year|next\s+year|previous|prior|earlier|year-(?:earlier|ago)|a\s+year"
    r"\s+(?:earlier|ago|before)|forecast\w*|expect\w*|guidance|target\w*|project\w*"
    r"|estimat\w*|would|could|might|will|up|down|from|rose|fell|grew|increas\w*|decreas\w*"
    r"|jump\w*|slipp\w*|climb\w*|drop\w*|compared|against|versus|than)\b",
    re.I,
)
# Another company's, or a part's, or the whole of a group's: "combined", "rival", "unit".
_REVENUE_OTHER = re.compile(
    r"\b(?:combined|merged|merger|together|joint|rival\w*|competitor\w*|peer\w*|parent"
    r"|subsidiar\w*|division\w*|units?|segments?|arms?|industry|sector|acquir\w*|takeover"
    r"|bid|buy\w*|bought|lost|online|domestic|international|overseas|global|worldwide)\b"
    r"|[A-Z][\w&-]*['’]s\b",
)


_POSSESSIVE_END = re.compile(r"['’]s?$")
# A run of capitalised words: "Acme Corp", "Brightline Software", "Jan".
_CAPITALISED = re.compile(r"\b[A-Z][\w&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’-]*)*")
_NOT_NAMES = _words(
    "January February March April May June July August September October November December"
    " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday"
    " Saturday Sunday"
)


_SENTENCE_OPENERS = _words(
    "The A An It Its He She They We I You This That These Those In On At For But And As After"
    " Before While When If However Meanwhile Still Yet Some Many Most All Both Each Under Over"
    " By With Without From To Of Since Until Although Though Because Despite Last Next Such"
)


def _names_in(ctx: RuleContext, index: int) -> set[str]:
    """The names in a sentence, each by its first word: not months or weekdays, nor a single
    word capitalised only for opening the sentence ("Analysts said …")."""
    sentence = ctx.analysis.sentences[index]
    text = ctx.article.text
    names: set[str] = set()
    for run in _CAPITALISED.finditer(text, sentence.start, sentence.end):
        words = [_POSSESSIVE_END.sub("", w) for w in run.group(0).split()]
        first = words[0]
        if first in _NOT_NAMES:
            continue
        opening = not text[sentence.start : run.start()].strip(" \n\"“‘'—-")
        if (
            opening
            and len(words) == 1
            and (first in _SENTENCE_OPENERS or first.endswith("s"))
            and not re.search(rf"[a-z,]\s+{re.escape(first)}\b", text)
        ):
            continue  # "The", "Analysts": capitalised for opening the sentence
        names.add(first)
    return names


def _revenue_hits(ctx: RuleContext, money: list[NumberMention]) -> Iterator[Hit]:
    """ "Brightline reported revenue of $1.2 billion for its fiscal year … a business with
    $2.1 billion in annual revenue": in a story of one company, its revenue for the year is
    one figure. Revenue of a period or year named, of another company or part, and stories
    with more than two such figures are left alone."""
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    found: list[NumberMention] = []
    for m in money:
        sentence = sentences[m.sentence]
        before = _REVENUE_BEFORE.search(text, max(sentence.start, m.start - 60), m.start)
        opening = _REVENUE_OPENING.match(text, sentence.start, m.start)
        after = _REVENUE_AFTER.match(text, m.end)
        if before is None and after is None and (opening is None or opening.end() != m.start):
            continue
        clause_start = max(
            text.rfind(",", sentence.start, m.start), text.rfind(";", sentence.start, m.start)
        )
        end = after.end() if after is not None else m.end
        stops = [
            i
            for i in (text.find(",", end, sentence.end), text.find(";", end, sentence.end))
            if i != -1
        ]
        clause_end = min(stops) if stops else sentence.end
        if (
            _REVENUE_PERIOD.search(text, max(clause_start, sentence.start), m.start)
            or _REVENUE_PERIOD.search(text, end, clause_end)
            or _YEAR_IN_TEXT.search(text, sentence.start, m.start)
            or _REVENUE_OTHER.search(text, sentence.start, sentence.end)
        ):
            return  # revenue of one period, or of one company, of several: no single figure
        found.append(m)
    values = {m.value for m in found}
    if len(values) != 2 or len({m.unit for m in found}) != 1:
        return
    a = next(m for m in found if m.value == min(values))
    b = next(m for m in found if m.value == max(values))
    if b.value >= 2 * a.value or a.sentence == b.sentence:
        return
    names = _names_in(ctx, a.sentence) | _names_in(ctx, b.sentence)
    if len(names) > 1:
        return  # two companies named: the revenue of each, perhaps
    if any(o.value in values and o not in found for o in money):
        return  # an amount also given for something else
    if overlaps(
        interval(a.value, a.precision, a.qualifier), interval(b.value, b.precision, b.qualifier)
    ):
        return
    first, second = sorted((a, b), key=lambda m: m.start)
    yield Hit(
        message=(
            f"The company's revenue is given as {ctx.text(first.start, first.end)} here and as"
            f" {ctx.text(second.start, second.end)} elsewhere in the article; the two amounts"
            " do not agree."
        ),
        spans=[(first.start, first.end), (second.start, second.end)],
        confidence=0.6,
    )


# "a $448 million operating budget", "the $484 million spending plan", "a net revenue budget
# of £51.0 million": the amount of a budget, by either of its names.
_BUDGET_MODS = (
    r"(?:(?:operating|annual|general[-\s]fund|net|revenue|total|overall|city|county)\s+){0,2}"
)
_BUDGET_AFTER = re.compile(rf"(?:-|\s+){_BUDGET_MODS}(?:budget|spending\s+plan)\b", re.I)
_BUDGET_BEFORE = re.compile(
    rf"\b(?:an?|the|its|their)\s+{_BUDGET_MODS}(?:budget|spending\s+plan)\s+of\s+"
    r"(?:(?:" + QUAL + r")\s+)?$",
    re.I,
)
# Words that make a budget one version, year or part of several: "the mayor's proposed",
# "last year's", "the 2024-25", "a $2.5 million budget for the pool".
_BUDGET_OTHER = re.compile(
    r"\b(?:original\w*|initial\w*|propos\w*|draft|revis\w*|amend\w*|previous\w*|prior"
    r"|earlier|final|interim|supplementar\w*|emergency|capital|last|next|current|this\s+year"
    r"|years?['’]s?|(?:19|20)\d\d|sought|request\w*|wanted|asked|called|rival|alternative"
    r"|instead|compared|versus|from|cut\w*|reduc\w*|increas\w*|rise|rising|rose|grew|trim\w*"
    r"|would|could|might|if|per|each|share|portion|part|under|over|than|estimat\w*"
    r"|expected|forecast\w*|projected)\b",
    re.I,
)
# What a budget's own words may go on to: "for the fiscal year", not "for the pool".
_BUDGET_FOR_OTHER = re.compile(
    r"\s+(?:for|of)\s+(?!(?:the\s+)?(?:(?:fiscal|financial|coming|new|next)\s+)?year\b)",
    re.I,
)
_POSSESSIVE_BEFORE = re.compile(r"[\w.]+['’]s?\s+(?:" + QUAL + r"\s+)?$")


def _budget_hits(ctx: RuleContext, money: list[NumberMention]) -> Iterator[Hit]:
    """ "… approval to a $448 million operating budget … comment on the $484 million
    spending plan": in a story of one budget, its amounts by either name are one figure.
    Budgets of another year, version, owner or purpose, and stories with more than two
    budget figures, are left alone."""
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    budgets: list[NumberMention] = []
    for m in money:
        after = _BUDGET_AFTER.match(text, m.end)
        before = _BUDGET_BEFORE.search(text, max(0, m.start - 60), m.start)
        if after is None and before is None:
            continue
        sentence = sentences[m.sentence]
        start = before.start() if before is not None else m.start
        end = after.end() if after is not None else m.end
        comma = text.find(",", end, sentence.end)
        clause_end = comma if comma != -1 else sentence.end
        if (
            _BUDGET_OTHER.search(text, sentence.start, start)
            or _BUDGET_OTHER.search(text, end, clause_end)
            or _BUDGET_FOR_OTHER.match(text, end)
            or (after is not None and _POSSESSIVE_BEFORE.search(text, sentence.start, m.start))
        ):
            return  # a budget of another year, version or owner: not one budget
        budgets.append(m)
    values = {(m.value, m.unit) for m in budgets}
    if len(values) != 2 or len({m.unit for m in budgets}) != 1:
        return
    a = next(m for m in budgets if (m.value, m.unit) == min(values))
    b = next(m for m in budgets if (m.value, m.unit) == max(values))
    if b.value > 1.5 * a.value:
        return  # too far apart to be one budget misstated
    if any(o.value in (a.value, b.value) and o not in budgets for o in money):
        return  # an amount also given for something else
    if overlaps(
        interval(a.value, a.precision, a.qualifier), interval(b.value, b.precision, b.qualifier)
    ):
        return
    first, second = sorted((a, b), key=lambda m: m.start)
    yield Hit(
        message=(
            f"The budget is given as {ctx.text(first.start, first.end)} here and as"
            f" {ctx.text(second.start, second.end)} elsewhere in the article; the two amounts"
            " do not agree."
        ),
        spans=[(first.start, first.end), (second.start, second.end)],
        confidence=0.65,
    )


_COMPANY = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,3}"
# "Halden Snacks, the Ohio-based maker of Crunchers pretzels,": a description of the target.
_APPOSITIVE = r"(?:,\s+(?:the|a|an|its|which|whose)\s+[^,;.\d$€£¥₹]{1,100},)?"
# "agreed to buy Halden for $2.4 billion": the price of a takeover, before its amount.
_BUY_BEFORE = re.compile(
    r"\b(?:buy|buying|bought|acquire|acquiring|acquired|purchase|purchasing|purchased"
    rf"|take\s+over|taking\s+over|took\s+over)\s+(?P<target>{_COMPANY}){_APPOSITIVE}\s+(?:for|in\s+a\s+"
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


_FINANCING = re.compile(
    r"\b(?:financed|funded|paid\s+for|to\s+be\s+paid|bankrolled)\s+(?:with|by|through|from|out\s+of)"
    r"\b.*$",
    re.I | re.S,
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
        buy = _BUY_BEFORE.search(text, max(sentence.start, m.start - 220), m.start)
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
        # How the deal is paid for says nothing about its price: "financed with … debt".
        s_text = _FINANCING.sub("", s_text)
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
