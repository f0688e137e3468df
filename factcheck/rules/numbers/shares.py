"""FC404 share-of-total-mismatch.

A percentage of a stated total disagrees with the count given for it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from factcheck.analysis.numbers import (
    DIGITS,
    NUM,
    QUAL,
    WORD_NUM,
    NumberMention,
    Qualifier,
    interval,
    overlaps,
    parse_number,
)
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import (
    _AMOUNT,
    _CLAUSE_MARK,
    _CURRENCY_HEAD,
    _NOUN_GROUPS,
    _PART_MODIFIERS,
    _PCT,
    _PCT_MARK,
    _YEAR_LIKE,
    _amount,
    _count_range,
    _fmt,
    _noun_after,
    _qual,
    _words,
)
from factcheck.rules.registry import Hit, RuleContext, rule

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
_LINK = (
    r"(?:,\s*|\s+\(|\s+[—–]\s+|\s*[—–]\s*|\s+-{1,2}\s+)"
    r"(?:or|that\s+is|i\.e\.|representing|equal\s+to)?\s*"
)
# The words after a count that say what and where it is: "jobs", "UK staff", "jobs in Germany".
_NOUNS = r"(?:\s+(?:[a-z][\w-]*|[A-Z]{2,4}|(?<=\b(?:in|at)\s)[A-Z][a-z][\w'’-]*)){0,3}?"
# When or where a count falls, between it and its share: "186 stores over the next two
# years, about 12% of …", "900 jobs by 2027", "40 branches in the coming months".
_TIME_WORDS = r"years?|months?|weeks?|quarters?|days?"
# Not the end of a range of years or figures: the "24" of "the 2023-24 financial year".
_NOT_RANGE_END = r"(?<!\d[-–/])"
_WHEN_ADV = (
    r"(?:\s+(?:over|within|during|in|by|before|through)(?:\s+(?:the|next|coming|past|last"
    rf"|following|first|end|of|this|{_TIME_WORDS}|[a-z]+(?=\s+(?:{_TIME_WORDS})\b)|\d{{1,2}}"
    r"(?=\s+(?:" + _TIME_WORDS + r")\b)|(?:19|20)\d\d(?:[-–/](?:\d\d){1,2})?)){1,5}(?![\w-])"
    rf"|\s+(?:this|next|last)\s+(?:{_TIME_WORDS}))?"
)


def _share_patterns(share: str) -> list[re.Pattern[str]]:
    return [
        re.compile(
            rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{share})\s+{_OF_TOTAL}{_NOUNS}{_LINK}"
            rf"(?:(?P<cq>{QUAL})\s+)?(?P<c>{_AMOUNT})"
            r"(?![\d%]|\s*(?:per\s?cent|percent)|\s+of\s+(?:whom|which|them|those|these))"
        ),
        re.compile(
            rf"(?:(?P<cq>{QUAL})\s+)?{_NOT_RANGE_END}(?P<c>{_AMOUNT}){_NOUNS}{_WHEN_ADV},?\s+"
            r"(?:or\s+|representing\s+"
            r"|(?=(?:about|some|roughly|nearly|almost|around)\s))"
            rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{share})\s+{_OF_TOTAL}"
        ),
        re.compile(
            rf"(?:(?P<cq>{QUAL})\s+)?{_NOT_RANGE_END}(?P<c>{_AMOUNT})\s+(?:out\s+)?{_OF_TOTAL}"
            rf"{_NOUNS}{_LINK}"
            rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{share})"
        ),
    ]


# Percentages and fraction words get their own patterns, so that a sentence with neither
# costs one substring test and a sentence with a percentage no fraction scan.
_SHARE_PATTERNS = _share_patterns(_PCT)
# "36,120 ballots were cast out of 81,500 registered voters, a turnout of 44 percent": the
# part, a few words of what it did, "out of" the total, then the share closing its clause,
# plain or as a turnout, share or rate.
_SHARE_PATTERNS.append(
    re.compile(
        rf"(?<![\d.,$€£¥₹])(?:(?P<cq>{QUAL})\s+)?(?P<c>{NUM})(?:\s+[a-z][\w'’-]*){{1,4}}?\s+out"
        rf"\s+of\s+(?:the\s+|all\s+)?(?:(?P<tq>{QUAL})\s+)?(?P<t>{NUM})(?![\d%]|[.,]\d|\s*(?:per"
        rf"\s?cent|percent)){_NOUNS}{_LINK}(?:(?:an?|the)\s+(?:(?:voter\s+)?turnout|share"
        rf"|proportion|(?:pass|response|success|participation)\s+rate|rate)\s+of\s+)?"
        rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})(?=\s*(?:[,;.)—–]|$))"
    )
)
_FRACTION_PATTERNS = _share_patterns(_FRACTION)
# A count restated as a share of a total named earlier: "It runs 84 routes. Of those, 21
# routes, or about 40 percent, …", "… 1,200 homes, roughly a fifth of the total"; a
# spaced hyphen may stand for the dash ("Of those, 412 - about 41 per cent - had …").
_SHARE_APPOSITION = re.compile(
    rf"(?<![$€£¥₹\d.,])(?:(?P<cq>{QUAL})\s+)?{_NOT_RANGE_END}(?P<c>{NUM})(?P<noun>(?:\s+[a-z][\w-]*){{0,3}}?)"
    r"(?P<of>\s+of\s+(?:them|those|these))?\s*(?:,|\(|[—–]|(?<=\s)-{1,2}(?=\s))\s*(?:or\s+|that\s+is\s+"
    rf"|representing\s+)?(?:(?P<pq>{QUAL})\s+)?(?P<p>{_SHARE})(?P<pts>\s+(?:percentage\s+)?"
    r"points?\b)?(?P<tail>\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z][\w-]*))?"
)
_LINK_BEFORE = re.compile(
    rf"(?:[,(—–]|\s-{{1,2}}\s)\s*(?:or\s+|that\s+is\s+|representing\s+)?(?:(?:{QUAL})\s+)?[\w.,-]*\s*$"
)
_ANY_NUMBER = re.compile(rf"\d|(?i:\b{WORD_NUM}\b)")
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


# Where a figure starts, in digits or in words ("2,700", "forty-eight", "a million").
_FIGURE_START = re.compile(
    rf"(?<![\d.,])\d|\b(?:{WORD_NUM})\b|\ban?\s+(?:hundred|thousand|million|billion)\b"
)


@rule("FC404", category=Category.NUMBER, severity=Severity.WARNING)
def share_of_total_mismatch(ctx: RuleContext) -> Iterator[Hit]:
    """A percentage of a stated total disagrees with the count given for it.

    **What it does.** Reads phrases that give a share three ways at once: a percentage, the
    total it is a share of, and the resulting count ("48% of the 2.7 million voters, or 1.3
    million", "1.3 million voters, or 48% of the 2.7 million registered", "12 of the 40 members
    (30%)", "312 of Brightwater's 1,200 UK staff, or about a third", "36,120 ballots were cast
    out of 81,500 registered voters, a turnout of 49 percent"). Fraction words count as
    percentages ("a fifth", "a quarter", "half", "two-thirds", "one in four"), read loosely ("a
    fifth" is 19–21%; "about" allows four points or 12% of the share either way, whichever is
    more: "about a third" is 29–37%). The total may also be a count of the same thing earlier in
    the sentence or in the sentence before, when the share points back at it ("The authority
    runs 84 routes. Of those, 21 routes, or about 40 percent, …", "Of the 1,250 homes, 410 were
    flooded, roughly a fifth of the total"). A sentence that opens with its total may give the
    part a clause of any length, with the share closing it ("Of the 4,800 participants, 312
    stopped taking their injections early, about 11 per cent, …"), or give the share first
    ("Of the 4,200 workers deployed at the peak, nearly 38 per cent, or about 1,200 people,
    …"). A workforce, staff,
    membership or electorate that is a sentence's subject points back at the one count of its
    members given earlier in the article ("… putting 1,250 jobs at risk. … The workforce at
    Dunmore includes 312 agency staff, or around 38 per cent of the total"; the jobs at a site
    that is closing are its workforce). It checks that the share of the total is the count,
    allowing for the rounding of each figure and for hedges such as "about" and "nearly".
    The count may say where it is ("2,250 of the 15,000 jobs in Germany — about 12
    percent"). A turnout ("turnout was 61.2 per cent", "a 47 per cent turnout") is checked
    against the article's one count of votes cast ("48,896 ballot papers were issued",
    "21,950 people voted") and its one electorate ("the 73,418 people on the electoral
    register", "an electorate of 9,120"), wherever each is given, half a point either way
    for rejected papers; a turnout told again as a share of the electorate in a clause about
    taking part ("the low participation — just 46.1% of registered voters —") is checked against
    the article's one turnout. A share "of those who passed" is of the article's one earlier
    count told of that verb ("3,517 passed"), its part the sentence's one count. A spaced hyphen
    may stand for a dash ("Of those, 412 - about 41 per cent - had …"). A fraction of a whole of
    things ("the collection", "the fleet", "the network") in the sentence after "1,240 of the
    museum's 4,800 works" is checked against them when that sentence restates the count ("the
    new hang meant that about a third of the collection could be seen", "In other words, …"). A
    part of a change set beside its
    share of "the gain" ("Canada added 76,000 jobs … adding 33,000 positions, or 61 per cent
    of the gain", "5,000 of the losses, or about 40 per cent") is checked against the
    article's one earlier change of that way given as a count or sum ("added 76,000 jobs",
    "rose by $12 billion", "a net loss of 8,000"). A time phrase may stand between a count and
    its share ("close 186 stores over the next two years, about 12% of the chain's 1,240
    outlets", "in the 2023-24 financial year"; the "24" of such a range is never
    the count). A sentence that opens with an event noun ("The closures", "The job cuts") and
    gives its share of a whole ("the network", "the workforce", or the total's own noun) is
    checked against the article's one part of a total told earlier with a verb of that event
    ("will close 38 of its 412 stores"). A bare count of a survey's whole ("Across all
    sectors, 612, or 31%, said …", "Overall, …", "In total, …") is checked against the
    article's one sample size ("questioned 2,400 farmers", "a poll of 1,000 adults").

    **Why it matters.** Two of the three figures are enough to compute the third, so a
    mismatch is a certain error in one of them.

    **Example.**

        Some 48% of the 2.7 million voters, or 1.9 million, backed the plan.

    **Use instead.** "…, or about 1.3 million, …", or correct the percentage.

    **Not flagged.** Rounded counts that fit ("about 1.3 million" for 48% of 2.7 million
    is 1.296 million), shares given without a total, shares of something else ("40 percent
    of the market", "about 13 per cent of the drug group"), shares of a group inside the
    total ("312 in the drug group …"), and shares with no word pointing back at an earlier
    total, or with two earlier totals they could be of (or one of the whole company, "1,250
    people worldwide", for a workforce at one site). A turnout of another poll or group
    ("national turnout", "in 2019", "among young voters"), and one where the article gives
    two electorates or two counts of votes cast, or only votes for a candidate; a share of
    the electorate for a side ("backed by 23% of registered voters", "voted for"). A fraction
    of a magnitude ("about a third of a million"), a count that is a span of time ("three
    days"), and a share of a whole that turns to the rest or another part of it ("still runs
    on diesel", "is paintings") or follows another total it could be of. A share of "the
    gain" when the article gives two changes it could be of, or only a forecast one ("had
    forecast a gain of about 25,000"), or a share of a change of something named ("of the
    rise in factory hours"). An event's share that turns to the rest ("leave the remaining
    branches"), of something else ("of the group's costs"), or after an event with no total
    or with two parts told ("38 of its 412 stores and 5 of its 20 depots").

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
        # A share told with its count and total holds two figures at least: a cheap count
        # spares the costly patterns most sentences with one percentage.
        if " of " in lowered and len(_FIGURE_START.findall(lowered, 0)) >= 2:
            yield from _share_hits(ctx, sentence.start, sentence.end, seen, patterns)
        yield from _share_of_earlier_total(ctx, index, seen, has_fraction=has_fraction)
        if " of th" in lowered:
            yield from _share_of_that_total(ctx, index, seen)
        if lowered.lstrip().startswith(("of ", "among ")):
            yield from _share_after_of_clause(ctx, index, seen)
        if " of the total" in lowered:
            yield from _share_of_collective_total(ctx, index, seen)
        if index and any(k in lowered[:40] for k in _EVENT_KEYS):
            yield from _share_of_event(ctx, index, seen)
        if " of " in lowered and any(k in lowered for k in _CHANGE_SHARE_KEYS):
            yield from _share_of_change_hits(ctx, index, seen)
        if "of those who " in lowered and has_pct:
            yield from _share_of_those_who(ctx, index, seen)
    if "turnout" in ctx.article.text.lower():
        yield from _turnout_hits(ctx, seen)
        yield from _restated_turnout_hits(ctx, seen)


# How a share is set beside a count: ", about 11 per cent", " (11 per cent)", "— 11 per
# cent —", ", or 11 per cent".
_SHARE_LINK = (
    r"(?:,\s+|\s+\(|\s+[—–]\s+|\s+-{1,2}\s+)"
    r"(?:or\s+|that\s+is\s+|representing\s+|equivalent\s+to\s+)?"
)
# What may follow such a share: the end of its clause, or "of the total" and the like, not
# a verb ("…, 11 per cent reported nausea") nor a share of something else.
_SHARE_CLAUSE_END = re.compile(
    r"(?:\s+of\s+(?:the\s+total|them|those|these|(?:the\s+|all\s+)?(?P<of>[a-z]+)))?"
    r"\s*(?:[,;.)—–]|$)",
    re.I,
)
# "Of the 4,800 participants, 312 stopped taking their injections early, about 11 per
# cent, …": the total opens the sentence, the part begins its main clause, and the share
# closes that clause.
_OF_TOTAL_OPENING = (
    rf"\s*(?:Of|Among)\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:(?P<tq>{QUAL})\s+)?"
    rf"(?P<t>{NUM})(?P<tnoun>\s[^,;:\d%()—–]{{0,80}}?),\s+"
)
_NOT_PCT = r"(?![\d%]|\s*(?:per\s?cent|percent))"
_OF_CLAUSE = re.compile(
    rf"{_OF_TOTAL_OPENING}(?:(?P<cq>{QUAL})\s+)?(?P<c>{NUM}){_NOT_PCT}"
    rf"(?P<mid>[^;:\d%()—–]{{1,120}}?){_SHARE_LINK}(?:(?P<pq>{QUAL})\s+)?(?P<p>{_SHARE})"
)
# "Of the 4,200 workers deployed at the peak, nearly 38 per cent, or about 1,200 people, …":
# the share first, the count after it.
_OF_CLAUSE_SHARE_FIRST = re.compile(
    rf"{_OF_TOTAL_OPENING}(?:(?P<pq>{QUAL})\s+)?(?P<p>{_SHARE})(?:,\s+|\s+\()(?:or\s+"
    rf"|that\s+is\s+|some\s+)?(?:(?P<cq>{QUAL})\s+)?(?P<c>{NUM}){_NOT_PCT}"
)


_SUBGROUP = re.compile(r"\b(?:in|among|of|from|at)\s+(?:the|those|these|this|that|each)\b", re.I)


def _share_after_of_clause(ctx: RuleContext, index: int, seen: set[int]) -> Iterator[Hit]:
    """ "Of the 4,800 participants, 312 stopped taking their injections early, about 11 per
    cent": a share of the total that opens its sentence, however long the part's clause;
    or "Of the 4,200 workers …, nearly 38 per cent, or about 1,200 people, …"."""
    text = ctx.article.text
    sentence = ctx.analysis.sentences[index]
    share_first = False
    m = _OF_CLAUSE.match(text, sentence.start, sentence.end)
    if m is None:
        m = _OF_CLAUSE_SHARE_FIRST.match(text, sentence.start, sentence.end)
        share_first = True
    if m is None or m.start("p") in seen:
        return
    if _AFTER_SHARE.match(text, m.end("p")):
        return  # "11 per cent more than …": a comparison, not a share
    noun = _noun_after(text, m.end("t"))
    if noun is None or noun[2] > m.end("tnoun"):
        return  # "Of the 4,800 in the trial": not a count of things
    if not share_first:
        end = _SHARE_CLAUSE_END.match(text, m.end("p"), sentence.end)
        if end is None:
            return
        if _SUBGROUP.search(m.group("mid")):
            return  # "312 in the drug group stopped …": a share of that group, perhaps
        if end.group("of") and _NOUN_GROUPS.get(end.group("of"), end.group("of")) != (
            _NOUN_GROUPS.get(noun[0], noun[0])
        ):
            return  # "about 11 per cent of the drug group": a share of something else
    c, c_prec = parse_number(m.group("c"))
    t, t_prec = parse_number(m.group("t"))
    if _YEAR_LIKE.fullmatch(m.group("t")) or _YEAR_LIKE.fullmatch(m.group("c")):
        return
    if not 0 < c < t:
        return
    p, (p_lo, p_hi) = _share(m.group("p"), _qual(m.group("pq")))
    if not 0 < p < 100:
        return
    seen.add(m.start("p"))
    c_lo, c_hi = _counted(c, c_prec, _qual(m.group("cq")))
    t_lo, t_hi = _counted(t, t_prec, _qual(m.group("tq")))
    if overlaps((p_lo, p_hi), (c_lo / t_hi * 100, c_hi / max(t_lo, 1e-9) * 100)):
        return
    yield Hit(
        message=(
            f"{m.group('c')} of the {m.group('t')} {noun[0]} is about {c / t * 100:.3g}%, not"
            f" {ctx.text(m.start('p'), m.end('p'))}."
        ),
        spans=[(m.start("p"), m.end("p")), (m.start("c"), m.end("c")), (m.start("t"), m.end("t"))],
        confidence=0.7,
    )


# "… roughly 40 percent of that workforce": a share pointing back at "312 of Halden's 1,200
# salaried employees" earlier in the sentence or in the sentence before.
_SHARE_OF_THAT = re.compile(
    rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_SHARE})\s+of\s+(?:that|this|the)\s+(?:whole\s+|entire\s+)?"
    r"(?:workforce|total|group|figure|number|pool|cohort|sample|intake|membership|electorate"
    r"|staff|(?P<whole>collection|fleet|portfolio|network|estate|catalogue|archive|holdings"
    r"|herd|stock|squad|roster|field|class|year\s+group|student\s+body|population))\b(?!['’])"
)
# A whole of things ("the collection", "the fleet") may be spoken of in many ways; a share of
# it in the sentence after its count is read only when that sentence restates the count
# ("the hang meant that about a third of the collection could be seen") and does not turn
# to the rest of it or to another part ("the rest", "still", "are paintings").
_RESTATES = re.compile(
    r"\b(?:meant|means|mean|meaning|so\s+that|in\s+other\s+words|that\s+is|put\s+another\s+way"
    r"|equivalent\s+to|amounting\s+to|in\s+all|altogether)\b",
    re.I,
)
_OTHER_PART = re.compile(
    r"\b(?:rest|remaining|remainder|(?<!\bin\s)others?|still|not|never|no\s+longer|except|besides|apart"
    r"|while|whereas|but|only|just)\b",
    re.I,
)
_PART_OF_TOTAL = re.compile(
    rf"(?<![\d.,$€£¥₹])(?:(?P<cq>{QUAL})\s+)?(?P<c>{NUM})\s+(?:out\s+)?of\s+(?:the\s+|all\s+"
    r"|its\s+|their\s+)?(?:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}['’]s\s+|[a-z][\w-]*['’]s\s+)?"
    rf"(?:(?P<tq>{QUAL})\s+)?(?P<t>{NUM})(?![\d%]|[.,]\d|\s*(?:per\s?cent|percent))"
)


_NUM_RE = re.compile(NUM)


def _other_total(text: str, start: int, end: int, part: float) -> bool:
    """Whether a figure between ``start`` and ``end`` could be a total ``part`` is of: one
    larger than the part that is not a year or a decade ("1930s")."""
    for n in _NUM_RE.finditer(text, start, end):
        if _YEAR_LIKE.fullmatch(n.group()):
            continue
        if parse_number(n.group())[0] > part:
            return True
    return False


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
            stop = m.start() if start == sentence.start else end
            if m.group("whole"):
                share_text = ctx.text(sentence.start, sentence.end)
                if (
                    start == sentence.start
                    or not _RESTATES.search(text, sentence.start, m.start())
                    or _OTHER_PART.search(share_text)
                    or _other_total(text, part.end(), stop, parse_number(part.group("c"))[0])
                ):
                    break  # no restatement of the count, or another part or total it may be
            elif _ANY_NUMBER.search(text, part.end(), stop):
                break
            if len(parts) > 1:
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


# "The workforce at Dunmore includes 312 agency staff, or around 38 per cent of the total":
# a whole named by a collective noun as the subject, a part, and its share of the total.
_COLLECTIVE_SUBJECT = re.compile(
    r"\s*(?:The|Its|Their|[A-Z][\w&-]*['’]s)\s+(?:whole\s+|entire\s+|total\s+)?"
    r"(?P<coll>workforce|staff|membership|electorate)\b[^.;:\d%]{0,60}?\s(?:includes|included"
    r"|comprises|comprised|counts|counted|numbers|numbered|is\s+made\s+up\s+of|was\s+made\s+up"
    r"\s+of|consists\s+of|consisted\s+of)\s+"
    rf"(?:(?P<cq>{QUAL})\s+)?(?P<c>{NUM})(?![\d%]|\s*(?:per\s?cent|percent))"
    rf"(?P<mid>[^;:\d%()—–]{{0,100}}?){_SHARE_LINK}(?:(?P<pq>{QUAL})\s+)?(?P<p>{_SHARE})"
    r"\s+of\s+the\s+total\b"
)
# "The workforce at Dunmore": the place the collective is of.
_PLACE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?([A-Z][\w'’-]*)")
_WIDER = re.compile(
    r"\b(?:worldwide|globally|nationwide|across|group|in\s+total|in\s+all|overall)\b", re.I
)
# A closure puts every job at the site at risk, so its count of jobs is the workforce.
_CLOSURE = re.compile(r"\b(?:clos(?:e|es|ed|ing|ure)|shut\w*)\b", re.I)


def _share_of_collective_total(ctx: RuleContext, index: int, seen: set[int]) -> Iterator[Hit]:
    """ "… putting 1,250 jobs at risk. … The workforce at Dunmore includes 312 people employed
    through agencies, or around 38 per cent of the total": the total is the one count of the
    collective's members given earlier in the article (the jobs at a site that is closing
    count as its workforce)."""
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    sentence = sentences[index]
    m = _COLLECTIVE_SUBJECT.match(text, sentence.start, sentence.end)
    if m is None or m.start("p") in seen or _AFTER_SHARE.match(text, m.end("p")):
        return
    nouns = _COLLECTIVES.get(m.group("coll").lower()) or frozenset()
    place = _PLACE.search(text, m.end("coll"), m.start("c"))
    c, c_prec = parse_number(m.group("c"))
    totals: set[float] = set()
    found: NumberMention | None = None
    for t in ctx.analysis.numbers:
        if t.start >= sentence.start:
            break
        if t.kind != "count" or _YEAR_LIKE.fullmatch(ctx.text(t.start, t.end)):
            continue
        t_noun = _noun_after(text, t.end)
        if t_noun is None or any(w in _PART_MODIFIERS for w in t_noun[1]):
            continue
        s = sentences[t.sentence]
        if _WIDER.search(text, s.start, s.end) or (
            place is not None and place.group(1) not in ctx.text(s.start, s.end)
        ):
            continue  # a count of the whole company, or of somewhere else
        jobs = t_noun[0] == "jobs" and _CLOSURE.search(text, s.start, s.end) is not None
        if t_noun[0] in nouns or jobs:
            totals.add(t.value)
            found = t
    if found is None or len(totals) != 1 or found.value <= c:
        return  # no earlier whole, or several it could be
    p, p_range = _share(m.group("p"), _qual(m.group("pq")))
    if c <= 0 or not 0 < p < 100:
        return
    seen.add(m.start("p"))
    hit = _earlier_share_hit(ctx, m, c, c_prec, p_range, found)
    if hit is not None:
        yield hit


# --- a share of an event told earlier: "will close 38 of its 412 stores … The closures,
# which amount to about 12 per cent of the network, …" --------------------------------------

# The event nouns a sentence may open with, each with the verbs that told the event.
_EVENT_VERBS = {
    "closure": r"clos(?:e|es|ed|ing)|shut(?:s|ting)?|shutter(?:s|ed|ing)?",
    "cut": r"cut(?:s|ting)?|ax(?:e|es|ed|ing)|shed(?:s|ding)?|slash(?:es|ed|ing)?"
    r"|eliminat(?:e|es|ed|ing)|(?:lay|lays|laying|laid)\s+off",
    "sale": r"sell(?:s|ing)?|sold|dispos(?:e|es|ed|ing)\s+of|divest(?:s|ed|ing)?",
    "opening": r"open(?:s|ed|ing)?",
}
_EVENT_NOUNS = {
    "closures": "closure",
    "cuts": "cut",
    "layoffs": "cut",
    "lay-offs": "cut",
    "redundancies": "cut",
    "disposals": "sale",
    "openings": "opening",
}
_EVENT_KEYS = ("closures", "cuts", "layoffs", "lay-offs", "redundancies", "disposals", "openings")
# Wholes a part of a chain or a workforce is a share of; else the total's own noun.
_EVENT_WHOLES = _words(
    "network chain estate portfolio fleet total business group company workforce staff"
)
_EVENT_SUBJECT = re.compile(
    r"\s*(?:The|These|Those|Its|Their|[A-Z][\w&-]*['’]s)\s+(?:(?:planned|proposed|announced"
    r"|latest|job|store|branch|site|shop|plant)\s+){0,2}(?P<ev>closures|cuts|layoffs|lay-offs"
    r"|redundancies|disposals|openings)\b(?P<mid>[^.;:\d%]{0,80}?)"
    rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_SHARE})\s+of\s+(?:the|its|their|[A-Z][\w&-]*['’]s)\s+"
    r"(?:(?:whole|entire|total|current|existing)\s+)?(?P<whole>[a-z]+(?:\s+[a-z]+)?)(?![\w'’-])"
)
# Words that turn from the event to the rest, or add another part to it.
_EVENT_OTHER = re.compile(
    r"\b(?:rest|remaining|remainder|others?|together|along|plus|including|besides|except"
    r"|more\s+than|less\s+than|fewer\s+than|not|only|still|leave|leaves|leaving)\b",
    re.I,
)


def _share_of_event(ctx: RuleContext, index: int, seen: set[int]) -> Iterator[Hit]:
    """ "… will close 38 of its 412 stores … The closures, which amount to about 12 per cent of
    the network, …": a sentence that opens with an event noun ("The closures", "The job
    cuts") and gives its share of a whole, against the article's one part of a total told
    earlier with a verb of that event ("close 38 of its 412 stores")."""
    text = ctx.article.text
    sentence = ctx.analysis.sentences[index]
    m = _EVENT_SUBJECT.match(text, sentence.start, sentence.end)
    if m is None or m.start("p") in seen or _AFTER_SHARE.match(text, m.end("p")):
        return
    if _EVENT_OTHER.search(m.group("mid")):
        return
    kind = _EVENT_NOUNS[m.group("ev").lower()]
    event = re.compile(
        rf"\b(?:{_EVENT_VERBS[kind]})\s+(?:up\s+to\s+|a\s+further\s+|another\s+)?", re.I
    )
    found: list[re.Match[str]] = []
    sentences = ctx.analysis.sentences
    for v in event.finditer(text, 0, sentence.start):
        part = _PART_OF_TOTAL.match(text, v.end())
        if part is not None and not _YEAR_LIKE.fullmatch(part.group("t")):
            s = sentences[_sentence_at(ctx, v.start())]
            if len(_PART_OF_TOTAL.findall(text, s.start, s.end)) > 1:
                return  # "close 38 of its 412 stores and 5 of its 20 depots": which is told
            found.append(part)
    if len({(part.group("c"), part.group("t")) for part in found}) != 1:
        return  # no such event told, or several it could be
    part = found[-1]
    noun = _noun_after(text, part.end("t"))
    whole = m.group("whole").split()[-1]
    if whole not in _EVENT_WHOLES and (
        noun is None or _NOUN_GROUPS.get(whole, whole) != _NOUN_GROUPS.get(noun[0], noun[0])
    ):
        return  # a share of something else: "12 per cent of revenue"
    c, c_prec = parse_number(part.group("c"))
    t, t_prec = parse_number(part.group("t"))
    if not 0 < c < t:
        return
    p, (p_lo, p_hi) = _share(m.group("p"), _qual(m.group("pq")))
    if not 0 < p < 100:
        return
    seen.add(m.start("p"))
    c_lo, c_hi = _counted(c, c_prec, _qual(part.group("cq")))
    t_lo, t_hi = _counted(t, t_prec, _qual(part.group("tq")))
    if overlaps((p_lo, p_hi), (c_lo / t_hi * 100, c_hi / max(t_lo, 1e-9) * 100)):
        return
    yield Hit(
        message=(
            f"The {m.group('ev')} are the {part.group('c')} of {part.group('t')}"
            f"{' ' + noun[0] if noun else ''} told earlier: about {c / t * 100:.3g}%, not"
            f" {ctx.text(m.start('p'), m.end('p'))}."
        ),
        spans=[m.span("p"), part.span("c"), part.span("t")],
        confidence=0.7,
    )


def _sentence_at(ctx: RuleContext, pos: int) -> int:
    starts = [s.start for s in ctx.analysis.sentences]
    return max(0, bisect_right(starts, pos) - 1)


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
            if _MAGNITUDE.match(m.group("t")) or _TIME_AFTER.match(text, m.end("c")):
                continue  # "a third of a million": a size, not a total; "three days": a span
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


# "a million", "a thousand": a magnitude that a fraction word sizes, not a total counted.
_MAGNITUDE = re.compile(r"an?\s", re.I)
_PAST_FIGURE = re.compile(r"\b(?:from|than|compared\s+with|against)\s+$", re.I)


_TIME_AFTER = re.compile(r"\s+(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?)\b")


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
        if _PAST_FIGURE.search(text, max(sentence.start, m.start() - 30), m.start()):
            continue  # "600 are on contracts, up from 400, some 30 per cent": not the part
        noun = _noun_after(text, m.end("c")) if m.group("noun") else None
        if noun is not None and noun[2] != m.end("noun"):
            continue  # "21 routes" or "410 were flooded", not "21 routes in the north"
        head = noun[0] if noun else None
        if _TIME_AFTER.match(text, m.end("c")):
            continue  # "212 patents in its fifty years, more than half of them": a span
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
        if (
            not m.group("of")
            and not m.group("tail")
            and head is None
            and _WHOLE_CUE.search(text, sentence.start, m.start("c"))
            and not _ANY_DIGIT.search(text, sentence.start, m.start("c"))
        ):
            # "Across all sectors, 612, or 31%, said …": a bare count of the whole sample
            total = _survey_total(ctx, m.start("c"), c)
            if total is not None:
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


# A sentence said to be about the whole of a survey's sample: "Overall, …", "Across all
# sectors, …", "In total, …".
_WHOLE_CUE = re.compile(
    r"\b(?:overall|in\s+total|altogether|in\s+all|all\s+told|across\s+(?:all|every)"
    r"|across\s+the\s+(?:whole|entire|full)\s+(?:sample|survey|poll))\b",
    re.I,
)
_ANY_DIGIT = re.compile(r"\d")
_SURVEY_KEYS = ("survey", "poll", "question", "interview", "asked", "sample")
# The sample of a survey: "questioned 2,400 farmers", "a poll of 1,000 adults", "2,000
# voters were surveyed".
_SURVEY_TOTAL = re.compile(
    r"\b(?:surveyed|polled|questioned|interviewed|asked|sampled|(?:survey|poll|sample)\s+of)"
    rf"\s+(?:(?:{QUAL})\s+)?(?P<t>{DIGITS})\s+[a-z]"
    rf"|(?<![\d.,])(?P<u>{DIGITS})(?:\s+[a-z][\w-]*){{1,3}}\s+(?:were|had\s+been)\s+"
    r"(?:surveyed|polled|questioned|interviewed|asked|sampled)\b",
    re.I,
)


def _survey_total(ctx: RuleContext, before: int, c: float) -> NumberMention | None:
    """The one sample size a survey article gives before ``before``, larger than the part;
    None when there is none, or two different ones it could be."""
    text = ctx.article.text
    lowered = text[:before].lower()
    if not any(k in lowered for k in _SURVEY_KEYS):
        return None
    starts = {
        m.start("t") if m.group("t") else m.start("u")
        for m in _SURVEY_TOTAL.finditer(text, 0, before)
    }
    found = [t for t in ctx.analysis.numbers if t.start in starts and t.kind == "count"]
    if len({t.value for t in found}) != 1 or found[0].value <= c:
        return None
    return found[0]


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


# --- turnout: the votes cast as a share of the electorate ---------------------------------


def _fig(name: str) -> str:
    """A hedged count named ``name`` (its hedge ``name`` + "q"), not a percentage."""
    return (
        rf"(?:(?P<{name}q>{QUAL})\s+)?(?P<{name}>{NUM})"
        r"(?![\d%]|[.,]\d|\s*(?:per\s?cent|percent))"
    )


# The electorate: "an electorate of 73,418", "73,418 registered voters", "the 73,418 people
# on the electoral register", "73,418 people were eligible to vote".
_ELECTORATE = re.compile(
    rf"\belectorate\s+(?:of|was|is|stood\s+at|numbered|numbers)\s+{_fig('e2')}"
    rf"|(?<![\d.,$€£¥₹]){_fig('e')}\s+(?:registered\s+(?:voters|electors)|eligible\s+(?:voters|electors)"
    r"|electors\b|(?:people|voters|residents|names)\s+(?:were\s+|are\s+)?(?:on\s+the\s+(?:electoral"
    r"\s+)?(?:register|roll)|registered\s+to\s+vote|eligible\s+to\s+vote))",
    re.I,
)
# The votes cast: "48,896 ballot papers were issued", "48,896 votes were cast", "48,896
# people voted", "votes cast totalled 48,896" (not "17,942 votes were cast for Labour").
_VOTES_CAST = re.compile(
    rf"(?<![\d.,$€£¥₹]){_fig('v')}\s+(?:(?:ballot\s+papers|ballots|votes)\s+(?:were\s+|had\s+been\s+"
    r"|have\s+been\s+)?(?:cast|issued|returned)\b(?!\s+(?:for|in\s+favou?r|against|by)\b)"
    r"|(?:people|voters|electors|residents)\s+(?:voted|turned\s+out|cast\s+(?:a\s+|their\s+)?"
    r"(?:ballots?|votes?))(?!\s+(?:for|in\s+favou?r|against)\b))"
    rf"|\b(?:total\s+(?:poll|vote)|votes\s+cast|ballots\s+cast)\s+(?:was|were|of|totall?ed"
    rf"|came\s+to|numbered|stood\s+at)\s+{_fig('v2')}",
    re.I,
)
# "turnout was 61.2 per cent", "a turnout of 61.2%", "a 61.2 per cent turnout".
_TURNOUT = re.compile(
    r"\bturnout\s+(?:was|is|of|stood\s+at|reached|came\s+to|was\s+put\s+at|was\s+just"
    rf"|at)\s+(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})"
    rf"|(?:(?P<p2q>{QUAL})\s+)?(?P<p2>{_PCT})\s+turnout\b",
    re.I,
)
# A turnout of another poll or group: "national turnout", "turnout in 2019", "among young
# voters", "postal turnout", "five years ago".
_TURNOUT_OTHER = re.compile(
    r"\b(?:national\w*|nationwide|country|overall|average|previous|last|earlier|ago|since"
    r"|record|highest|lowest|expected|predicted|forecast|projected|among|postal|ward|wards"
    r"|constituencies|seats|(?:19|20)\d\d)\b",
    re.I,
)
# Rejected or blank papers may or may not count: this much either way, in points.
_TURNOUT_SLACK = 0.5


def _fig_of(m: re.Match[str], g: str) -> tuple[str, str | None, tuple[int, int]]:
    """The figure a pattern names ``g`` in one alternative and ``g`` + "2" in another: its
    text, its hedge and its span."""
    name = g if m.group(g) else g + "2"
    return m.group(name), m.group(name + "q"), m.span(name)


_ELECTORATE_KEYS = ("elector", "regist", "eligible")
_VOTES_KEYS = ("cast", "issued", "returned", "voted", "turned out", "total")


def _one_figure(
    ctx: RuleContext, pattern: re.Pattern[str], g: str, keys: tuple[str, ...]
) -> re.Match[str] | None:
    """The article's one figure of that kind, given once or always the same; else None.
    Only sentences with one of ``keys`` are read: the pattern is costly to run."""
    text = ctx.article.text
    found = [
        m
        for s in ctx.analysis.sentences
        if any(k in text[s.start : s.end].lower() for k in keys)
        for m in pattern.finditer(text, s.start, s.end)
    ]
    values = {parse_number(_fig_of(m, g)[0])[0] for m in found}
    return found[0] if len(values) == 1 else None


def _turnout_hits(ctx: RuleContext, seen: set[int]) -> Iterator[Hit]:
    """ "Some 48,896 ballot papers were issued to the 73,418 people on the electoral register
    … turnout was 61.2 per cent": a turnout against the article's one count of votes cast
    and its one electorate, wherever each is given."""
    text = ctx.article.text
    turnouts = list(_TURNOUT.finditer(text))
    if not turnouts:
        return
    e_m = _one_figure(ctx, _ELECTORATE, "e", _ELECTORATE_KEYS)
    v_m = _one_figure(ctx, _VOTES_CAST, "v", _VOTES_KEYS)
    if e_m is None or v_m is None:
        return
    (e_raw, e_q, e_span), (v_raw, v_q, v_span) = _fig_of(e_m, "e"), _fig_of(v_m, "v")
    e, e_prec = parse_number(e_raw)
    v, v_prec = parse_number(v_raw)
    if _YEAR_LIKE.fullmatch(e_raw) or not 0 < v < e:
        return
    e_lo, e_hi = _counted(e, e_prec, _qual(e_q))
    v_lo, v_hi = _counted(v, v_prec, _qual(v_q))
    computed = (v_lo / e_hi * 100 - _TURNOUT_SLACK, v_hi / max(e_lo, 1e-9) * 100 + _TURNOUT_SLACK)
    sentences = ctx.analysis.sentences
    starts = [s.start for s in sentences]
    for m in turnouts:
        p_raw, p_q, p_span = _fig_of(m, "p")
        if p_span[0] in seen or _AFTER_SHARE.match(text, p_span[1]):
            continue  # "turnout was 4 per cent lower": a change, not the turnout
        sentence = sentences[max(0, bisect_right(starts, m.start()) - 1)]
        before = [x.end() for x in _CLAUSE_MARK.finditer(text, sentence.start, m.start())]
        after = _CLAUSE_MARK.search(text, m.end(), sentence.end)
        clause = text[
            before[-1] if before else sentence.start : after.start() if after else sentence.end
        ]
        if _TURNOUT_OTHER.search(clause) or len(_PCT_MARK.findall(clause)) > 1:
            continue  # another poll's turnout, or two of them side by side
        p, (p_lo, p_hi) = _share(p_raw, _qual(p_q))
        if not 0 < p < 100:
            continue
        seen.add(p_span[0])
        if overlaps((p_lo, p_hi), computed):
            continue
        yield Hit(
            message=(
                f"{v_raw} votes cast of an electorate of {e_raw} is a turnout of about"
                f" {v / e * 100:.3g}%, not {p_raw}."
            ),
            spans=[p_span, v_span, e_span],
            confidence=0.7,
        )


# "the low participation — just 46.1% of registered voters —": the turnout told again as a
# share of the electorate, in a clause about taking part (not "voted for", "backed").
_OF_ELECTORATE = re.compile(
    rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})\s+of\s+(?:the\s+|all\s+)?(?:(?:registered|eligible)"
    r"\s+(?:voters|electors)|electorate|electors|voters\s+on\s+the\s+(?:electoral\s+)?(?:register"
    r"|roll))\b",
    re.I,
)
_TAKING_PART = re.compile(
    r"\b(?:turnout|participation|turned\s+out|took\s+part|went\s+to\s+the\s+polls"
    r"|cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)|voted(?!\s+(?:for|against|in\s+favou?r|yes"
    r"|no)\b))",
    re.I,
)


def _restated_turnout_hits(ctx: RuleContext, seen: set[int]) -> Iterator[Hit]:
    """A turnout told again as a share of the electorate ("Turnout was 41.6%. … the low
    participation — just 46.1% of registered voters —") against the article's one turnout."""
    text = ctx.article.text
    lowered = text.lower()
    if not any(k in lowered for k in ("regist", "electorate", "electors", "eligible")):
        return
    turnouts: dict[float, tuple[str, tuple[float, float], tuple[int, int]]] = {}
    told = [
        m
        for sentence in ctx.analysis.sentences
        if "turnout" in text[sentence.start : sentence.end].lower()
        for m in _TURNOUT.finditer(text, sentence.start, sentence.end)
    ]
    for m in told:
        p_raw, p_q, p_span = _fig_of(m, "p")
        if _AFTER_SHARE.match(text, p_span[1]) or _TURNOUT_OTHER.search(_clause(ctx, m)):
            continue
        p, p_range = _share(p_raw, _qual(p_q))
        turnouts[p] = (p_raw, p_range, p_span)
    if len(turnouts) != 1:
        return  # none, or two that cannot be told apart
    t_raw, t_range, t_span = next(iter(turnouts.values()))
    found = [
        m
        for sentence in ctx.analysis.sentences
        if any(k in text[sentence.start : sentence.end].lower() for k in _ELECTORATE_KEYS)
        for m in _OF_ELECTORATE.finditer(text, sentence.start, sentence.end)
    ]
    for m in found:
        if m.start("p") in seen or m.start("p") == t_span[0]:
            continue
        clause = _clause(ctx, m)
        if not _TAKING_PART.search(clause) or _TURNOUT_OTHER.search(clause):
            continue
        p, p_range = _share(m.group("p"), _qual(m.group("pq")))
        seen.add(m.start("p"))
        if overlaps(p_range, t_range):
            continue
        yield Hit(
            message=f"{m.group('p')} of the electorate took part, but the turnout was {t_raw}.",
            spans=[m.span("p"), t_span],
            confidence=0.65,
        )


def _clause(ctx: RuleContext, m: re.Match[str]) -> str:
    """The clause of the sentence a match stands in, with the clause before it: a turnout's
    own words ("the low participation — just 46.1% of …")."""
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    i = max(0, bisect_right([s.start for s in sentences], m.start()) - 1)
    sentence = sentences[i]
    before = [x.end() for x in _CLAUSE_MARK.finditer(text, sentence.start, m.start())]
    after = _CLAUSE_MARK.search(text, m.end(), sentence.end)
    start = before[-2] if len(before) > 1 else sentence.start
    return text[start : after.start() if after else sentence.end]


# "… which was 38.2 per cent of those who passed": a share of the people an earlier count
# did that ("3,517 passed", "3,517 students passed"), the verb ending its clause.
_OF_THOSE_WHO = re.compile(
    rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_PCT})\s+of\s+those\s+who\s+(?P<verb>[a-z]+ed)"
    r"(?=\s*(?:[,;.)—–]|$))"
)


def _share_of_those_who(ctx: RuleContext, index: int, seen: set[int]) -> Iterator[Hit]:
    """ "3,517 passed. … A total of 1,204 students scored a distinction, …, which the society
    said was 38.2 per cent of those who passed": the sentence's one count as a share of the
    article's one earlier count that the verb is told of, closing its clause."""
    text = ctx.article.text
    sentence = ctx.analysis.sentences[index]
    for m in _OF_THOSE_WHO.finditer(text, sentence.start, sentence.end):
        if m.start("p") in seen:
            continue
        parts = [
            n
            for n in ctx.analysis.numbers
            if n.sentence == index
            and n.kind == "count"
            and n.end <= m.start()
            and not _YEAR_LIKE.fullmatch(ctx.text(n.start, n.end))
        ]
        if len({n.value for n in parts}) != 1:
            continue  # none, or two the share could be of
        verb = re.compile(rf"(?:\s+[a-z]+s)?\s+{re.escape(m.group('verb'))}\b(?!\s+(?:by|as)\b)")
        totals = [
            n
            for n in ctx.analysis.numbers
            if n.sentence < index and n.kind == "count" and verb.match(text, n.end)
        ]
        if len({n.value for n in totals}) != 1 or totals[0].value <= parts[0].value:
            continue
        part, total = parts[0], totals[0]
        seen.add(m.start("p"))
        _, p_range = _share(m.group("p"), _qual(m.group("pq")))
        c_lo, c_hi = _count_range(part)
        t_lo, t_hi = _count_range(total)
        if overlaps(p_range, (c_lo / t_hi * 100, c_hi / max(t_lo, 1e-9) * 100)):
            continue
        c_text, t_text = ctx.text(part.start, part.end), ctx.text(total.start, total.end)
        yield Hit(
            message=(
                f"{c_text} of the {t_text} who {m.group('verb')} is about"
                f" {part.value / total.value * 100:.3g}%, not {m.group('p')}."
            ),
            spans=[m.span("p"), (part.start, part.end), (total.start, total.end)],
            confidence=0.65,
        )


# --- a part of a change: "adding 33,000 positions, or 61 per cent of the gain" -------------

_UP_CHANGE_WORDS = r"gains?|increase|rise|growth|jump|expansion"
_DOWN_CHANGE_WORDS = r"loss(?:es)?|decline|fall|drop|cuts?|reduction|contraction"
# "of the gain", "of January's increase", "of the total rise", "of that job growth".
_OF_CHANGE = (
    r"of\s+(?:the|that|this|its|their|[A-Z][a-z]+['’]s)\s+(?:(?:total|overall|net|monthly"
    r"|quarterly|annual|headline|month['’]s|year['’]s|quarter['’]s)\s+)?(?:(?:job|jobs"
    rf"|employment|payroll)\s+)?(?P<ch>{_UP_CHANGE_WORDS}|{_DOWN_CHANGE_WORDS})\b"
    # "of the rise in house prices": a change of something the part may not be of
    r"(?!\s+(?:in|of|on|at|for|since|from)\b)"
)
_PART = rf"(?:(?P<cq>{QUAL})\s+)?(?P<c>{_AMOUNT}){_NOT_PCT}"
_PART_SHARE = rf"(?:(?P<pq>{QUAL})\s+)?(?P<p>{_SHARE})"
_APPOSE = r"\s*(?:,|\(|[—–])\s*(?:or\s+|that\s+is\s+|representing\s+|accounting\s+for\s+)?"
_SHARE_OF_CHANGE = [
    # "adding 33,000 positions, or 61 per cent of the gain"
    re.compile(
        rf"(?<![\w.,$€£¥₹]){_PART}(?:\s+[a-z][\w-]*){{0,3}}?{_APPOSE}{_PART_SHARE}\s+{_OF_CHANGE}"
    ),
    # "5,000 of the losses, or about 40 per cent"
    re.compile(
        rf"(?<![\w.,$€£¥₹]){_PART}\s+{_OF_CHANGE}{_APPOSE}{_PART_SHARE}(?=\s*(?:[,;.)—–]|$"
        r"|\s+of\s+(?:it|them|that|the\s+[a-z]+)\b))"
    ),
    # "61 per cent of the gain, or 33,000 jobs"
    re.compile(rf"{_PART_SHARE}\s+{_OF_CHANGE}{_APPOSE}{_PART}"),
]
_CHANGE_SHARE_KEYS = (
    "gain",
    "increase",
    "rise",
    "growth",
    "jump",
    "expansion",
    "loss",
    "decline",
    "fall",
    "drop",
    "cut",
    "reduction",
    "contraction",
)
# A change given as a count or sum: "added 76,000 jobs", "rose by $12 billion", "a net loss
# of 8,000 jobs", "shed 4,000 workers".
_TOTAL_CHANGE = re.compile(
    r"\b(?:(?P<upv>adds|added|adding|gained|gaining|created|creating|rose\s+by|increased\s+by"
    r"|grew\s+by|climbed\s+by|jumped\s+by|was\s+up\s+by|went\s+up\s+by)|(?P<downv>lost|losing"
    r"|loses|shed|sheds|shedding|cut|cutting|axed|fell\s+by|dropped\s+by|declined\s+by"
    r"|decreased\s+by|shrank\s+by|was\s+down\s+by|went\s+down\s+by)|(?:an?|the)\s+(?:net\s+"
    r"|total\s+|overall\s+)?(?:(?P<upn>gain|increase|rise|growth|jump)|(?P<downn>loss|decline"
    rf"|fall|drop|reduction|cut))\s+of)\s+(?:a\s+net\s+|net\s+)?(?:(?P<tq>{QUAL})\s+)?"
    rf"(?P<t>{_AMOUNT}){_NOT_PCT}",
    re.I,
)
_TOTAL_CHANGE_KEYS = (
    "add",
    "gain",
    "creat",
    "lost",
    "los",
    "shed",
    "cut",
    "axed",
    " by ",
    "increase",
    "rise",
    "growth",
    "jump",
    "decline",
    "fall",
    "drop",
    "reduction",
)
# A change that was forecast, hoped for or compared, not the one that happened.
_NOT_ACTUAL = re.compile(
    r"\b(?:forecasts?|forecaster\w*|expect\w*|predict\w*|project\w*|estimat\w*|anticipat\w*"
    r"|consensus|target\w*|would|could|will|might|hoped|plan\w*|aim\w*|polled|than)\b",
    re.I,
)
_DOWN_CHANGE = re.compile(rf"^(?:{_DOWN_CHANGE_WORDS})$", re.I)


def _change_totals(ctx: RuleContext, before: int) -> list[tuple[re.Match[str], bool]]:
    """The changes given as a count or sum before ``before``, each with whether it is a
    rise; those that were forecast or expected, not reported, are left out."""
    text = ctx.article.text
    found = []
    for sentence in ctx.analysis.sentences:
        if sentence.start >= before:
            break
        lowered = text[sentence.start : sentence.end].lower()
        if not any(k in lowered for k in _TOTAL_CHANGE_KEYS):
            continue
        for m in _TOTAL_CHANGE.finditer(text, sentence.start, min(sentence.end, before)):
            marks = list(_CLAUSE_MARK.finditer(text, sentence.start, m.start()))
            clause_start = marks[-1].end() if marks else sentence.start
            if _NOT_ACTUAL.search(text, clause_start, m.start()):
                continue  # "analysts had forecast a gain of about 25,000 jobs"
            if _YEAR_LIKE.fullmatch(m.group("t").strip()):
                continue
            found.append((m, bool(m.group("upv") or m.group("upn"))))
    return found


def _share_of_change_hits(ctx: RuleContext, index: int, seen: set[int]) -> Iterator[Hit]:
    """ "Canada added 76,000 jobs in January. … Manufacturing led the way, adding 33,000
    positions, or 61 per cent of the gain": a part of a change set beside its share of "the
    gain" ("the increase", "the losses"), against the article's one change of that way
    given as a count or sum before it (a forecast one aside)."""
    text = ctx.article.text
    sentence = ctx.analysis.sentences[index]
    for pattern in _SHARE_OF_CHANGE:
        for m in pattern.finditer(text, sentence.start, sentence.end):
            if m.start("p") in seen:
                continue
            c, c_prec, c_pct = _amount(m.group("c"))
            if c_pct or c <= 0 or _YEAR_LIKE.fullmatch(m.group("c").strip()):
                continue
            if _TIME_AFTER.match(text, m.end("c")):
                continue  # "three months, or half of the gain": a span, not a part
            p, p_range = _share(m.group("p"), _qual(m.group("pq")))
            if not 0 < p < 100:
                continue
            rise = not _DOWN_CHANGE.match(m.group("ch"))
            money = bool(_CURRENCY_HEAD.match(m.group("c").strip()))
            totals = [
                t
                for t, up in _change_totals(ctx, min(m.start(), m.start("c")))
                if up == rise
                and bool(_CURRENCY_HEAD.match(t.group("t").strip())) == money
                and not (t.start("t") <= m.start("c") < t.end("t"))
            ]
            values = {_amount(t.group("t"))[0] for t in totals}
            if len(values) != 1:
                continue  # no change it is a part of, or several it could be
            total = totals[-1]
            t, t_prec, _ = _amount(total.group("t"))
            if t <= c:
                continue
            seen.add(m.start("p"))
            c_lo, c_hi = _counted(c, c_prec, _qual(m.group("cq")))
            t_lo, t_hi = _counted(t, t_prec, _qual(total.group("tq")))
            if overlaps(p_range, (c_lo / t_hi * 100, c_hi / max(t_lo, 1e-9) * 100)):
                continue
            yield Hit(
                message=(
                    f"{m.group('c').strip()} out of the {m.group('ch')} of"
                    f" {total.group('t').strip()} given earlier is about {c / t * 100:.3g}%,"
                    f" not {ctx.text(m.start('p'), m.end('p'))}."
                ),
                spans=[m.span("p"), m.span("c"), total.span("t")],
                confidence=0.7,
            )
