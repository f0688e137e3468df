"""FC401, continued: amounts the article ties together in other ways.

- An amount introduced for a thing ("a target of £4.2 million", "a £9.9bn cushion",
  "operating profit … fell 14 percent to ¥612 billion", "raising $300 million") and later
  named back definitely with another figure ("the £4.8 million target", "the £9.1bn buffer",
  "The ¥640 billion operating profit", "The $320 million raised").
- A total and the parts listed beside it ("up to ¥920 billion in total, ¥480 billion for …
  and ¥540 billion for …") that do not add up.
- A takeover premium that does not fit the offer and the price it is measured against
  ("$38.50 a share, a 30 percent premium to … closing price of $30.80").
- A cumulative change in a rate, in points, given two values ("bringing the cumulative
  tightening to 3.75 percentage points" … "the 4.25 percentage points of tightening").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.analysis.numbers import QUAL, NumberMention, interval, overlaps
from factcheck.rules.numbers._common import (
    _THING_STOP_WORDS,
    _amount,
    _qual,
    _stems_in,
    _words,
)
from factcheck.rules.registry import Hit, RuleContext

# Other names reporters use for one sum: "a £9.9bn cushion" … "the £9.1bn buffer".
_SYNONYM_GROUPS = (
    ("buffer", "cushion", "headroom"),
    ("target", "goal"),
    ("fine", "penalty"),
    ("settlement", "payout"),
    ("donation", "gift"),
)
_SYNONYMS = {w: group[0] for group in _SYNONYM_GROUPS for w in group}
# "The $320 million raised": a sum named by what was done with it, and the verb that
# ties an earlier sum to it ("raising $300 million").
_PARTICIPLES = {
    "raised": r"rais(?:e|es|ed|ing)",
    "collected": r"collect(?:s|ed|ing)?",
    "borrowed": r"borrow(?:s|ed|ing)?",
    "donated": r"donat(?:e|es|ed|ing)",
    "spent": r"spen(?:d|ds|t|ding)",
    "paid": r"pa(?:y|ys|id|ying)",
    "stolen": r"st(?:eal|eals|ole|olen|ealing)",
    "embezzled": r"embezzl(?:e|es|ed|ing)",
    "saved": r"sav(?:e|es|ed|ing)",
}
# Where a thing's words end: "a £9.9bn cushion against her rule", "the £4.8m target, and".
_PHRASE_STOPS = _THING_STOP_WORDS | _words(
    "against about after before under since through across between amid among during"
    " within without towards toward including so yet not now also still just only then"
    " when while if because though although where whose whom what"
)
_WORD_AFTER = re.compile(r"(?:-|\s)([a-z][a-z-]*)")
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+$")
_OF_AFTER = re.compile(r"\s+of(?=\s+[a-z])")
# "a target of £4.2 million", "an operating profit of": the thing, then "of" and the amount.
_OF_BEFORE = re.compile(
    r"(?P<np>(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)\s+of\s+(?:(?:" + QUAL + r")\s+)?$"
)
# "operating profit for the year to March fell 14 percent to ¥612 billion", "the target is
# £4.2m": the thing, then a verb that gives it its amount (a change's "to" figure).
_SUBJECT_BEFORE = re.compile(
    r"\b(?P<np>(?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*)(?:\s+(?:for|in|of|at)\s+[^,;.\d]{0,40}?)?"
    r"\s+(?:was|were|is|are|stood\s+at|came\s+(?:in\s+)?(?:at|to)|reached|totall?ed|amounted\s+to"
    r"|(?:rose|fell|grew|jumped|slipped|dropped|climbed|increased|decreased|declined|surged"
    r"|slumped|plunged|shrank|widened|narrowed|edged\s+(?:up|down))(?:\s+(?:by\s+)?(?:(?:"
    + QUAL
    + r")\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent))?\s+to)\s+(?:(?:"
    + QUAL
    + r")\s+)?$",
    re.I,
)
_CLAUSE_MARKS = ",;:(—–"
# Words that make an amount another moment's, a plan's or a forecast's.
_OTHER_MOMENT = re.compile(
    r"\b(?:expect\w*|forecast\w*|projected|projection\w*|estimat\w*|predict\w*|guidance"
    r"|outlook|would|could|might|will|plan\w*|propos\w*|original\w*|initial\w*|previous\w*"
    r"|prior|earlier|former|old|new|last\s+year|next\s+year|a\s+year\s+(?:earlier|ago|before)"
    r"|revis\w*|sought|request\w*|hop\w*|aim\w*)\b",
    re.I,
)
_JUST_BEFORE_OTHER = re.compile(
    r"\b(?:from|than|between|versus|vs|another|other|extra|additional|further|remaining"
    r"|first|second|latest)\s+(?:(?:" + QUAL + r")\s+)?$",
    re.I,
)
# After an amount, in its clause: another moment's ("a year earlier", "in 2023") ...
_AFTER_TIME = re.compile(
    r"\b(?:(?:a|the)\s+(?:year|month|quarter|season)\s+(?:earlier|ago|before)"
    r"|(?:last|next|this|previous)\s+year|previous\w*"
    r"|prior|earlier|originally|initially|(?:in|for|of|during)\s+(?:fiscal\s+)?(?:19|20)\d\d"
    r"|up\s+from|down\s+from|compared|instead|rather)\b",
    re.I,
)
# ... or a plan's or forecast's, told by the words right after it ("the £9bn buffer
# forecast for 2026"); further on they may be another verb's ("beat every forecast").
_AFTER_PLAN = re.compile(
    r"\W+(?:[\w'’-]+\W+){0,3}?(?:forecast\w*|expected|estimat\w*|planned|proposed|projected"
    r"|budgeted|sought|would|could)\b",
    re.I,
)
_CHANGE_VERBS = (
    r"(?:raised|increased|cut|lowered|revised|lifted|reduced|doubled|trimmed|upgraded"
    r"|downgraded|changed|moved|extended|scaled\s+back)"
)


def _phrase_after(text: str, end: int) -> tuple[str, ...]:
    """The words naming a thing after an amount, up to a word that ends them."""
    words: list[str] = []
    pos = end
    for _ in range(3):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            break
        word = m.group(1).lower()
        if word in _PHRASE_STOPS:
            break
        words.append(word)
        pos = m.end()
    return tuple(words)


def _noun_words(np: str) -> tuple[str, ...]:
    """The words of a noun phrase after its last stop word: "with a target" -> ("target",)."""
    words = np.lower().split()
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _PHRASE_STOPS:
            return tuple(words[i + 1 :])
    return tuple(words)


def _key(word: str) -> str:
    return _SYNONYMS.get(word, word)


def _clause_start(text: str, floor: int, pos: int) -> int:
    return max([floor] + [text.rfind(ch, floor, pos) + 1 for ch in _CLAUSE_MARKS])


def _clause_end(text: str, pos: int, ceiling: int) -> int:
    ends = [i for ch in _CLAUSE_MARKS if (i := text.find(ch, pos, ceiling)) != -1]
    return min(ends, default=ceiling)


def _ties(ctx: RuleContext, a: NumberMention) -> list[tuple[str, ...]]:
    """The thing names an amount is given for, each as its words, the participle forms as
    ("raised",): "a £9.9bn cushion", "a target of £4.2 million", "operating profit … fell
    to ¥612 billion", "raising $300 million"."""
    text = ctx.article.text
    sentence = ctx.analysis.sentences[a.sentence]
    clause = _clause_start(text, sentence.start, a.start)
    found: list[tuple[str, ...]] = []
    after = _phrase_after(text, a.end)
    if after:
        found.append(after)
    elif (of_after := _OF_AFTER.match(text, a.end)) is not None and (
        words := _phrase_after(text, of_after.end())
    ):
        # "restored the £9.9bn of headroom": the sum named as so much of a thing; not "£3m
        # of the £5m grant", a part of another sum.
        found.append(words)
    of = _OF_BEFORE.search(text, clause, a.start)
    if of is not None and (words := _noun_words(of.group("np"))):
        found.append(words)
    subject = _SUBJECT_BEFORE.search(text, clause, a.start)
    if subject is not None and (words := _noun_words(subject.group("np"))):
        found.append(words)
    before = text[max(clause, a.start - 40) : a.start]
    for participle, verb in _PARTICIPLES.items():
        if re.search(rf"\b{verb}\s+(?:(?:{QUAL})\s+)?$", before, re.I):
            found.append((participle,))
    return found


def _matches(tie: tuple[str, ...], head: str, mods: tuple[str, ...]) -> bool:
    """Whether a thing an amount is given for is the thing ``head`` (with ``mods``) names:
    its last word the same noun or another name for it, and the later words before the
    noun among its own ("operating profit" for "the operating profit", not "net profit")."""
    if not tie or _key(tie[-1]) != _key(head):
        return False
    return not mods or tie[-len(mods) - 1 : -1] == mods


def _another_moment(ctx: RuleContext, m: NumberMention) -> bool:
    """Whether an amount's clause makes it a forecast, a plan or another moment's."""
    text = ctx.article.text
    sentence = ctx.analysis.sentences[m.sentence]
    start = _clause_start(text, sentence.start, m.start)
    end = _clause_end(text, m.end, sentence.end)
    return bool(
        _OTHER_MOMENT.search(text, start, m.start)
        or _JUST_BEFORE_OTHER.search(text, max(start, m.start - 40), m.start)
        or _AFTER_TIME.search(text, m.end, end)
        or _AFTER_PLAN.match(text, m.end, end)
    )


# The words before "the" of an amount named back: "Analysts expect the", "up from the".
_TWO_WORDS_BEFORE = re.compile(
    r"(?:[\w'’-]+\W+){0,2}(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+$"
)
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|than|versus|vs|unlike|replac\w*|instead\s+of|compared\s+(?:with|to))\s+"
    r"(?:the|its|their|this|that)\s+$",
    re.I,
)


def _named_back_other(ctx: RuleContext, b: NumberMention) -> bool:
    """Whether an amount named back ("the £4.8 million target") is said to be another
    moment's, a plan's or another one: by the two words before its "the" ("Analysts expect
    the", "up from the") or the words after it in its clause. Words further before are
    another verb's ("said it would not appeal the $56 million fine")."""
    text = ctx.article.text
    sentence = ctx.analysis.sentences[b.sentence]
    start = _clause_start(text, sentence.start, b.start)
    end = _clause_end(text, b.end, sentence.end)
    near = _TWO_WORDS_BEFORE.search(text, max(start, b.start - 50), b.start)
    near_start = near.start() if near is not None else b.start
    return bool(
        _OTHER_MOMENT.search(text, near_start, b.start)
        or _COMPARED_BEFORE.search(text, near_start, b.start)
        or _AFTER_TIME.search(text, b.end, end)
        or _AFTER_PLAN.match(text, b.end, end)
    )


# Nouns that make "the $1.2 billion station extension" a thing of its own, not the station.
_COMPOUND_HEADS = _words(
    "project projects programme program scheme contract plan phase wing annex upgrade link"
    " line fund bond loan deal works package repairs study overhaul stage section spur target"
    " goal forecast estimate guidance margin growth warning tax bill cap limit ceiling pool pot"
)
_NOUN_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ity", "ure", "ship")


def _heads(phrase: tuple[str, ...]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The ways to read the words after an amount as a noun and the words before it, last
    first: "net profit beat" may be "beat", or "profit" with "net" (a verb follows), but
    "station extension" is not "station"."""
    for k in range(len(phrase) - 1, -1, -1):
        if k < len(phrase) - 1:
            nxt = phrase[k + 1]
            if nxt in _COMPOUND_HEADS or nxt.endswith(_NOUN_SUFFIXES):
                return
        yield phrase[k], phrase[:k]


def thing_changes(text: str, keys: list[str]) -> bool:
    """Whether the article speaks of the thing changing or of several of them: "raised
    its target", "the new target", "targets"."""
    names = "|".join(re.escape(k) for k in keys)
    return bool(
        re.search(
            rf"\b(?:{names})(?:s|es)\b|\b(?:new|revised|original|old|previous|initial|updated"
            rf"|higher|lower|earlier|first|second|another|other)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{names})\b|\b{_CHANGE_VERBS}\s+(?:its|the|their|her|his|this|that)\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{names})\b|\b(?:{names})\s+(?:was|were|has\s+been|had"
            rf"\s+been|is\s+being|will\s+be)\s+(?:\w+\s+)?{_CHANGE_VERBS}\b",
            text,
            re.I,
        )
    )


# "the £3m loan from HSBC", "the $25 price for VIP seats": whose or what for, after it.
_PURPOSE_AFTER = re.compile(
    r"\s+(?:for|from|to|by|of|on|with|at)\s+(?P<what>(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,2}[\w'’-]+)"
)


def _other_purpose(ctx: RuleContext, a: NumberMention, b: NumberMention, head: str) -> bool:
    """Whether words after the thing named back say whose it is or what it is for, and the
    earlier amount's sentence does not name them: "the £3m loan from HSBC" is not "a loan
    of £5m from Barclays"."""
    text = ctx.article.text
    word = re.compile(rf"\b{re.escape(head)}\b", re.I).search(text, b.end, b.end + 60)
    purpose = _PURPOSE_AFTER.match(text, word.end()) if word is not None else None
    if purpose is None:
        return False
    a_sentence = ctx.analysis.sentences[a.sentence]
    return not _stems_in(purpose.group("what"), ctx.text(a_sentence.start, a_sentence.end))


def tied_restatements(ctx: RuleContext, money: list[NumberMention]) -> Iterator[Hit]:
    """ "with a target of £4.2 million … the £4.8 million target": an amount named back
    definitely, whose thing the article gave one other amount for earlier."""
    if len(money) < 2 or len(money) > 30:
        return
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    for b in money:
        if b.qualifier or b.value <= 0:
            continue
        if not _DEFINITE.search(text, max(0, b.start - 7), b.start):
            continue
        phrase = _phrase_after(text, b.end)
        if not phrase:
            continue
        readings = [(phrase[0], ())] if phrase[0] in _PARTICIPLES else list(_heads(phrase))
        b_iv = interval(b.value, b.precision, None)
        if any(
            o is not b and o.unit == b.unit and overlaps(b_iv, interval(o.value, o.precision, None))
            for o in money
        ):
            continue  # the amount is given elsewhere: it may point back at that
        earlier = [
            (a, _ties(ctx, a)) for a in money if a.unit == b.unit and a.sentence < b.sentence
        ]
        tied: list[NumberMention] = []
        for head, mods in readings:
            if head not in _PARTICIPLES and (
                len(head) < 4 or (head.endswith("s") and not head.endswith(("ss", "us", "is")))
            ):
                continue  # a short word or a plural: not one thing named back
            tied = [a for a, ties in earlier if any(_matches(t, head, mods) for t in ties)]
            if tied:
                break
        current = [a for a in tied if not _another_moment(ctx, a)]
        if not current or len({a.value for a in current}) != 1:
            continue  # nothing tied to it, or two figures it could be
        a = current[0]
        if max(a.value, b.value) > 2 * min(a.value, b.value):
            continue
        if overlaps(interval(a.value, a.precision, a.qualifier), b_iv):
            continue
        keys = [w for w, k in _SYNONYMS.items() if k == _key(head)] or [head]
        if head not in _PARTICIPLES and thing_changes(text, keys):
            continue
        if _named_back_other(ctx, b):
            continue
        b_sentence = sentences[b.sentence]
        if re.search(
            r"\b(?:instead|rather\s+than|compared|up\s+from|down\s+from)\b",
            ctx.text(b_sentence.start, b_sentence.end),
            re.I,
        ):
            continue
        if _other_purpose(ctx, a, b, head):
            continue
        name = " ".join((*mods, head)) if head not in _PARTICIPLES else "sum " + head
        yield Hit(
            message=(
                f"The {name} is given as {ctx.text(a.start, a.end)} here and as"
                f" {ctx.text(b.start, b.end)} elsewhere in the article; the two amounts do not"
                " agree."
            ),
            spans=[(a.start, a.end), (b.start, b.end)],
            confidence=0.6,
        )


# A total marked as one: "a total of ¥920 billion", "¥920 billion in total", "a combined".
_TOTAL_BEFORE = re.compile(
    r"\b(?:a\s+total\s+of|total(?:l?ing)?|(?:a|its|their)\s+combined|altogether)\s+(?:(?:"
    + QUAL
    + r")\s+)?$",
    re.I,
)
_PREP = r"(?:for|to|from|on|towards?|in|into|at|with)"
# What a part is for, said with a verb first: "€40 million is allocated to", "$2m will go
# towards", "£5m has been set aside for".
_FOR = (
    r"(?:(?:is|are|was|were|will|would|has|have|had|be|been|being|goes|go|went|going|set"
    r"|aside|allocated|allotted|earmarked|assigned|reserved|spent|used|put|given|directed"
    rf"|channelled|channeled)\s+){{0,4}}{_PREP}"
)
_NO_FIGURE = r"[^,;:.\d$€£¥₹()—–]"
# From the total to its first part: "¥920 billion in total to Kaminari, ¥480 billion".
_TOTAL_LEAD = re.compile(
    rf"(?P<marked>\s+(?:in\s+total|in\s+all|altogether|combined))?(?:\s+{_PREP}\s+{_NO_FIGURE}"
    r"{1,60}?)?\s*(?P<mark>[,:—–]|\s-)\s*(?:(?:" + QUAL + r")\s+)?",
    re.I,
)
# From one part to the next: "¥480 billion for a second line in Kumamoto and ¥540 billion".
_PART_GLUE = re.compile(
    rf"\s+{_FOR}\s+{_NO_FIGURE}{{1,100}}?(?P<sep>,\s*(?:and\s+)?|\s+and\s+|;\s*(?:and\s+)?)"
    r"(?:a\s+further\s+|another\s+)?(?:(?:" + QUAL + r")\s+)?",
    re.I,
)
_PART_END = re.compile(rf"\s+{_FOR}\b", re.I)
# From the last part to a total after it: "…, a total of ¥920 billion", "…, for a combined".
_TOTAL_TAIL = re.compile(
    rf"\s+{_FOR}\s+{_NO_FIGURE}{{1,160}}?,?\s+(?:for\s+)?(?:a\s+(?:total|combined)\s+(?:of\s+)?"
    r"|totall?ing\s+|in\s+all\s+|altogether\s+"
    # "…, bringing the total to €96 million", "taking the overall figure to"
    r"|(?:bringing|taking|making|putting)\s+(?:the|a|its|their)\s+(?:overall\s+|combined\s+"
    r"|total\s+)?(?:total|sum|figure|bill|cost|package|investment)\s+(?:to|of|at)\s+)"
    r"(?:(?:" + QUAL + r")\s+)?",
    re.I,
)


def _chain(text: str, ms: list[NumberMention], i: int) -> list[NumberMention]:
    """The parts listed from ``ms[i]`` on, each with what it is for, the last after "and"."""
    parts = [ms[i]]
    joined = False
    for m in ms[i + 1 :]:
        glue = _PART_GLUE.fullmatch(text, parts[-1].end, m.start)
        if glue is None:
            break
        joined = "and" in glue.group("sep")
        parts.append(m)
        if joined:
            break
    if len(parts) < 2 or not joined or not _PART_END.match(text, parts[-1].end):
        return []
    return parts


def _sum_range(parts: list[NumberMention]) -> tuple[float, float]:
    ranges = [interval(p.value, p.precision, p.qualifier) for p in parts]
    return sum(r[0] for r in ranges), sum(r[1] for r in ranges)


def parts_vs_total(ctx: RuleContext, money: list[NumberMention]) -> Iterator[Hit]:
    """ "up to ¥920 billion in total to Kaminari, ¥480 billion for a second line … and ¥540
    billion for a new plant": a total and the parts listed right beside it, each with what
    it is for, that do not add up."""
    text = ctx.article.text
    by_sentence: dict[int, list[NumberMention]] = {}
    for m in money:
        by_sentence.setdefault(m.sentence, []).append(m)
    for ms in by_sentence.values():
        if len(ms) < 3:
            continue
        ms.sort(key=lambda m: m.start)
        for i, total in enumerate(ms[:-2]):
            lead = _TOTAL_LEAD.match(text, total.end, ms[i + 1].start)
            if lead is None or lead.end() != ms[i + 1].start:
                continue
            marked = lead.group("marked") or _TOTAL_BEFORE.search(
                text, max(0, total.start - 40), total.start
            )
            if not marked and lead.group("mark").strip() not in ":—–-":
                continue  # "£9m to the city, £4m for …": not said to be a total
            parts = _chain(text, ms, i + 1)
            if parts and all(p.unit == total.unit for p in parts):
                yield from _sum_hit(ctx, total, parts)
        listed: set[int] = set()  # a chain's tail is no list of its own
        for i in range(len(ms) - 2):
            if ms[i].start in listed:
                continue
            parts = _chain(text, ms, i)
            if not parts or ms.index(parts[-1]) + 1 >= len(ms):
                continue
            listed.update(p.start for p in parts)
            total = ms[ms.index(parts[-1]) + 1]
            tail = _TOTAL_TAIL.fullmatch(text, parts[-1].end, total.start)
            if tail is not None and all(p.unit == total.unit for p in parts):
                yield from _sum_hit(ctx, total, parts)


# --- an earlier total split to its end: "Of the total, $1.1bn …, $640m … and the remaining $390m"

# The sentence opens on a total already given: "Of the total,", "Of that,", "Of the $2.3bn,".
_OF_TOTAL = re.compile(
    r"(?:Of\s+(?:the|that|this|these|those|it|which)\b(?:\s+(?:total|sum|money|amount|funding"
    r"|funds|package|pot|budget|allocation|figure))?|Of\s+the\s+(?=[$€£¥₹]))",
)
# The last part is what is left, so the parts claim to exhaust the total.
_REST_BEFORE = re.compile(
    r"\b(?:the\s+(?:remaining|rest|balance|remainder|other|final|last)|a\s+final|the\s+remaining)"
    r"(?:\s+of(?:\s+the)?)?\s+(?:(?:" + QUAL + r")\s+)?$",
    re.I,
)


def split_of_total(ctx: RuleContext, money: list[NumberMention]) -> Iterator[Hit]:
    """ "Of the total, $1.1 billion will buy buses, $640 million will rebuild rail yards and
    the remaining $390 million …": a total given earlier, split to its end, whose parts do not
    add up to it. The total is the nearest earlier amount in the currency that is larger
    than the parts before "the remaining", or the one the opener names."""
    text = ctx.article.text
    if "Of " not in text:
        return
    sentences = ctx.analysis.sentences
    by_sentence: dict[int, list[NumberMention]] = {}
    for m in money:
        by_sentence.setdefault(m.sentence, []).append(m)
    for index, ms in by_sentence.items():
        opener = _OF_TOTAL.match(text, sentences[index].start)
        if opener is None or len(ms) < 2:
            continue
        ms.sort(key=lambda m: m.start)
        named = ms[0] if ms[0].start == opener.end() else None
        parts = ms[1:] if named else ms
        last = parts[-1]
        if len(parts) < 2 or not _REST_BEFORE.search(text, max(0, last.start - 30), last.start):
            continue
        if any(p.unit != last.unit or p.qualifier for p in parts):
            continue  # "about $1bn" or another currency: no sum to check
        lo, hi = _sum_range(parts)
        if named is not None:
            total = named
        else:
            # the nearest earlier amount the parts before "the remaining" fit inside
            before = sum(p.value for p in parts[:-1])
            earlier = [
                m for m in money if m.sentence < index and m.unit == last.unit and m.value > before
            ]
            if not earlier or any(
                overlaps((lo, hi), interval(m.value, m.precision, m.qualifier)) for m in earlier
            ):
                continue
            total = max(earlier, key=lambda m: m.start)
        if overlaps((lo, hi), interval(total.value, total.precision, total.qualifier)):
            continue
        listed = ", ".join(ctx.text(p.start, p.end) for p in parts)
        exact = sum(p.value for p in parts)
        yield Hit(
            message=(
                f"The parts given ({listed}) add up to {_money_text(ctx, parts[0], exact)}, not"
                f" to the total of {ctx.text(total.start, total.end)} they split."
            ),
            spans=[(last.start, last.end), (total.start, total.end)],
            confidence=0.6,
        )


# --- parts listed in one sentence, summed in the next ----------------------------------------

# An amount as written, "Rs." and Indian scales too: "Rs. 1,265 crore", "₹5 lakh", "$2.1m".
_RAW_SCALES = {
    "crore": 1e7,
    "lakh": 1e5,
    "trillion": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "million": 1e6,
    "m": 1e6,
    "k": 1e3,
}
_RAW_AMOUNT = (
    r"(?P<cur>Rs\.?\s?|INR\s?|₹\s?|US\$|\$|£|€|¥)(?P<n>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s?(?P<s>crore|lakh|trillion|billion|million|bn|m|k)\b)?"
)
_RAW_PART = re.compile(
    _RAW_AMOUNT + rf"\s+{_PREP}\s+[^,;:.\d$€£¥₹()]{{1,80}}?(?P<sep>,\s*(?:and\s+)?|\s+and\s+)"
    r"(?=Rs\b|INR|US\$|[$€£¥₹])"
)
_RAW_LAST = re.compile(_RAW_AMOUNT + rf"\s+{_PREP}\s+[^,;:.\d$€£¥₹()]{{1,80}}?(?<!\bRs)\.\s+")
# The next sentence sums them: "Together, the four heads account for … Rs. 3,412 crore".
_SUM_OPENER = re.compile(
    r"(?:Together|Combined|Taken\s+together|Between\s+them|In\s+all|In\s+total|Altogether)"
    r"(?P<tail>,?\s+(?:they|these|those|the\s+(?P<k>\w+)\s+\w+)\b)?"
)
_TO_TOTAL = re.compile(r"[^.;\d$€£¥₹]{0,80}?(?=Rs\b|INR|[$€£¥₹])")
_SUM_TOTAL = re.compile(_RAW_AMOUNT + r"(?!\s+(?:for|on)\s)")
_OPENER_WORDS = ("Together", "Combined", "Between them", "In all", "In total")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def _raw_value(m: re.Match[str]) -> tuple[str, float, float]:
    """(currency, value, precision) of a ``_RAW_AMOUNT`` match."""
    raw = m.group("n").replace(",", "")
    scale = _RAW_SCALES.get((m.group("s") or "").lower(), 1.0)
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    currency = m.group("cur").strip().rstrip(".").replace("INR", "₹").replace("Rs", "₹")
    return currency, float(raw) * scale, 10.0**-decimals * scale


def listed_then_summed(ctx: RuleContext) -> Iterator[Hit]:
    """ "Rs. 1,265 crore for capital works, Rs. 1,087 crore for salaries … and Rs. 348 crore
    for loans. Together, the four heads account for expenditure of Rs. 3,412 crore": three or
    more amounts listed, each with what it is for, summed by the next sentence."""
    text = ctx.article.text
    if not any(w in text for w in _OPENER_WORDS):
        return
    for opener in _SUM_OPENER.finditer(text):
        gap = _TO_TOTAL.match(text, opener.end())
        total = _SUM_TOTAL.match(text, gap.end()) if gap is not None else None
        if total is None:
            continue
        parts: list[re.Match[str]] = []
        # Walk back over the list that ends right before the opener.
        before = text[max(0, opener.start() - 600) : opener.start()]
        base = opener.start() - len(before)
        for last in _RAW_LAST.finditer(before):
            if base + last.end() != opener.start():
                continue
            parts = [last]
            while True:
                prev = [p for p in _RAW_PART.finditer(before) if p.end() == parts[0].start()]
                if not prev:
                    break
                parts.insert(0, prev[-1])
        if len(parts) < 3 or "and" not in parts[-2].group("sep"):
            continue
        k = opener.group("k")
        said = opener.group("tail") is not None and (k is None or k.lower() in _COUNT_WORDS)
        if k is not None and _COUNT_WORDS.get(k.lower()) != len(parts):
            continue  # "the two largest items": not all the parts listed
        if not said and opener.group(0).split()[0] in ("In", "Altogether"):
            continue  # "In all, …" may count more than the list
        values = [_raw_value(p) for p in parts]
        cur, t_value, t_precision = _raw_value(total)
        if any(v[0] != cur for v in values):
            continue
        slack = (t_precision + sum(v[2] for v in values)) / 2
        exact = sum(v[1] for v in values)
        if abs(exact - t_value) <= slack or re.search(
            rf"\b(?:{QUAL})\s+$", text[max(0, total.start() - 20) : total.start()], re.I
        ):
            continue
        spans = [(base + p.start(), base + p.end("s" if p.group("s") else "n")) for p in parts]
        listed = ", ".join(text[a:b] for a, b in spans)
        scale = _RAW_SCALES.get((total.group("s") or "").lower(), 1.0)
        summed = f"{total.group('cur')}{exact / scale:,.10g}"
        summed += f" {total.group('s')}" if total.group("s") else ""
        yield Hit(
            message=(
                f"The amounts listed ({listed}) add up to {summed}, not to the"
                f" {ctx.text(*total.span())} the next sentence gives for them together."
            ),
            spans=[total.span(), *spans],
            confidence=0.6,
        )


def _sum_hit(ctx: RuleContext, total: NumberMention, parts: list[NumberMention]) -> Iterator[Hit]:
    lo, hi = _sum_range(parts)
    if overlaps((lo, hi), interval(total.value, total.precision, total.qualifier)):
        return
    listed = ", ".join(ctx.text(p.start, p.end) for p in parts)
    exact = sum(p.value for p in parts)
    yield Hit(
        message=(
            f"The parts given ({listed}) add up to {_money_text(ctx, parts[0], exact)}, not to"
            f" the total of {ctx.text(total.start, total.end)} they are listed with."
        ),
        spans=[(total.start, total.end), *((p.start, p.end) for p in parts)],
        confidence=0.65,
    )


def _money_text(ctx: RuleContext, like: NumberMention, value: float) -> str:
    """``value`` written with the currency sign of ``like``."""
    raw = ctx.text(like.start, like.end)
    sign = raw[0] if not raw[0].isdigit() else ""
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if value >= scale:
            return f"{sign}{value / scale:,.4g} {word}"
    return f"{sign}{value:,.0f}"


_PCT_WORD = r"(?:\s*%|\s*-?\s*(?:per\s?cent|percent)\b)"
# "a 30 percent premium to", "a premium of 17% over", "a 12% discount to".
_PREMIUM = re.compile(
    rf"(?:\b(?:(?P<q1>{QUAL})\s+)?(?P<pct1>(?P<p1>\d+(?:\.\d+)?){_PCT_WORD})\s+"
    rf"(?P<k1>premium|discount)|\b(?P<k2>premium|discount)\s+of\s+(?:(?P<q2>{QUAL})\s+)?"
    rf"(?P<pct2>(?P<p2>\d+(?:\.\d+)?){_PCT_WORD}))\s+(?:to|over|on|above|below|from)\b",
    re.I,
)
# From the offer to its premium: "$38.50 a share, a 30 percent premium".
_OFFER_GLUE = re.compile(
    r"(?:-a-share|\s+(?:a|per)\s+share|\s+each|\s+in\s+cash)?(?:\s+(?:cash\s+)?(?:offer|bid"
    r"|price|deal))?(?:\s*,\s*|\s+(?:or|represents?|represented|representing|is|was|marks?"
    r"|marked|amounts?\s+to|amounted\s+to|reflecting)\s+)(?:an?\s+)?",
    re.I,
)
# From the premium to the price it is measured against: "to the lender's closing price of".
_BASE_GLUE = re.compile(
    r"[^;\d$€£¥₹]{0,80}?\b(?:price|close|closed|closing|level|value|valuation|average)\b"
    r"[^;\d$€£¥₹]{0,30}?(?:\s(?:of|at)|,)\s*(?:(?:" + QUAL + r")\s+)?",
    re.I,
)


def premium_hits(ctx: RuleContext, money: list[NumberMention]) -> Iterator[Hit]:
    """ "$38.50 a share, a 30 percent premium to … closing price of $30.80": a premium (or
    discount) that does not fit the offer before it and the price it is measured against."""
    text = ctx.article.text
    if "premium" not in text and "discount" not in text:
        return
    for p in _PREMIUM.finditer(text):
        before = [m for m in money if m.end <= p.start() and p.start() - m.end <= 40]
        after = [m for m in money if m.start >= p.end() and m.start - p.end() <= 120]
        if not before or not after:
            continue
        offer, base = before[-1], after[0]
        if offer.sentence != base.sentence or offer.unit != base.unit or base.value <= 0:
            continue
        if _OFFER_GLUE.fullmatch(text, offer.end, p.start()) is None:
            continue
        if _BASE_GLUE.fullmatch(text, p.end(), base.start) is None:
            continue
        raw = p.group("p1") or p.group("p2")
        stated, precision, _ = _amount(raw)
        q = _qual(p.group("q1") or p.group("q2"))
        lo, hi = interval(stated, precision, q)
        lo, hi = lo - 0.5, hi + 0.5  # a premium rounded down or up
        y_lo, y_hi = interval(offer.value, offer.precision, offer.qualifier)
        x_lo, x_hi = interval(base.value, base.precision, base.qualifier)
        x_lo = max(x_lo, 1e-9)
        if (p.group("k1") or p.group("k2")).lower() == "premium":
            actual = ((y_lo / x_hi - 1) * 100, (y_hi / x_lo - 1) * 100)
            exact = (offer.value / base.value - 1) * 100
        else:
            actual = ((1 - y_hi / x_lo) * 100, (1 - y_lo / x_hi) * 100)
            exact = (1 - offer.value / base.value) * 100
        if overlaps((lo, hi), actual):
            continue
        kind = (p.group("k1") or p.group("k2")).lower()
        pct = "pct1" if p.group("pct1") else "pct2"
        yield Hit(
            message=(
                f"The {kind} does not fit the prices: {ctx.text(offer.start, offer.end)} against"
                f" {ctx.text(base.start, base.end)} is a {kind} of {exact:.3g}%, not the"
                f" {raw}% stated."
            ),
            spans=[
                p.span(pct),
                (offer.start, offer.end),
                (base.start, base.end),
            ],
            confidence=0.7,
            suggestion=f"{exact:.0f}%, if the two prices are right",
        )


_PTS_UNIT = r"(?P<unit>percentage\s+points?|points?|basis\s+points?|bps?)"
_UP_MOVES = r"tightening|hikes|increases|rises|rate\s+(?:hikes|increases|rises)"
_DOWN_MOVES = r"easing|cuts|reductions|rate\s+cuts"
_MOVES = rf"(?P<noun>{_UP_MOVES}|{_DOWN_MOVES})"
_PTS_NUM = r"(?P<n>\d+(?:\.\d+)?)"
# "4.25 percentage points of tightening", "bringing the cumulative tightening to 3.75
# percentage points", "a cumulative 300 basis points of cuts".
_CUMULATIVE = (
    re.compile(
        rf"\b{_PTS_NUM}\s+{_PTS_UNIT}\s+of\s+(?:(?:cumulative|combined|total)\s+)?{_MOVES}\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:cumulative|total|combined|overall)\s+{_MOVES}\s+(?:to|of|at)\s+(?:(?:{QUAL})\s+)?"
        rf"{_PTS_NUM}\s+{_PTS_UNIT}",
        re.I,
    ),
)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?([A-Za-z]+|\d{4})")
_PTS_OTHER = re.compile(
    r"\b(?:expect\w*|forecast\w*|predict\w*|would|could|might|may|will|further|more|another"
    r"|additional|extra|next|last\s+year|previous|earlier\s+cycle|in\s+(?:19|20)\d\d)\b",
    re.I,
)


def cumulative_points(ctx: RuleContext) -> Iterator[Hit]:
    """ "bringing the cumulative tightening to 3.75 percentage points … the 4.25 percentage
    points of tightening since September": one cycle's total change given two values."""
    text = ctx.article.text
    if "point" not in text and "bps" not in text:
        return
    if not re.search(rf"\b(?:{_UP_MOVES}|{_DOWN_MOVES})\b", text, re.I):
        return
    sentences = ctx.analysis.sentences
    starts = [s.start for s in sentences]
    found: dict[tuple[str, str | None], list[tuple[float, float, re.Match[str]]]] = {}
    for pattern in _CUMULATIVE:
        for m in pattern.finditer(text):
            index = max(0, sum(1 for s in starts if s <= m.start()) - 1)
            sentence = sentences[index]
            s_text = ctx.text(sentence.start, sentence.end)
            if _PTS_OTHER.search(s_text):
                continue  # a forecast, a further move or another cycle's
            value, precision, _ = _amount(m.group("n"))
            if m.group("unit").lower().startswith("b"):
                value, precision = value / 100, precision / 100
            direction = "up" if re.match(_UP_MOVES, m.group("noun"), re.I) else "down"
            since = _SINCE.search(s_text)
            key = (direction, since.group(1).lower() if since else None)
            found.setdefault(key, []).append((value, precision, m))
    for (direction, _), items in found.items():
        if len({v for v, _, _ in items}) != 2:
            continue
        first = min(items, key=lambda x: x[2].start())
        other = next(x for x in items if x[0] != first[0])
        if overlaps(interval(first[0], first[1], None), interval(other[0], other[1], None)):
            continue
        a, b = first[2], other[2]
        what = "tightening" if direction == "up" else "easing"
        yield Hit(
            message=(
                f"The cumulative {what} is given as {a.group('n')} {a.group('unit')} here and as"
                f" {b.group('n')} {b.group('unit')} elsewhere in the article; the two do not"
                " agree."
            ),
            spans=sorted([a.span("n"), b.span("n")]),
            confidence=0.6,
        )
