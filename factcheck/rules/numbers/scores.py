"""FC410 conflicting-scores.

One match's final score is given two different ways in the same article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from factcheck.analysis.models import Sentence
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import _CLAUSE_MARK
from factcheck.rules.numbers.leads import points_lead_hits, record_gap_hits
from factcheck.rules.registry import Hit, RuleContext, rule

# --- FC410 one match, two scores ---------------------------------------------------------

# "beat Ossett Athletic 3-1", "drew 2-2 with Whitby", "lost 0-2 to Leeds".
_SCORE_RESULT = re.compile(
    r"\b(?P<verb>beat|beats|beating|defeated|defeats|defeating|thrashed|thrashing|edged"
    r"|edging|overcame|overcoming|saw\s+off|seeing\s+off|drew|draw|draws|drawing|lost|loses"
    r"|losing|lose|won|win|wins|winning|were\s+beaten|was\s+beaten|fell|falling|h[eo]ld(?:ing|s)?"
    r"\s+off|downed|downing|pipped|pipping|outlasted|outlasting|overpowered|crushed|crushing"
    r"|routed|routing|hammered|hammering|thumped|thumping|stunned|stunning|toppled|toppling"
    r"|swept\s+aside|sweeping\s+aside)\b(?:\s+(?:to|with|against|at|away\s+at|past))?"
    # "holding off defending champions Aramoho Toa 52-47", "beat the hosts 3-1".
    r"(?:\s+(?:the\s+)?(?:(?:defending|reigning|league|title|local|bottom|top|cup|fellow)\s+)?"
    r"(?:champions|holders|leaders|hosts|visitors|rivals|neighbours|favourites|minnows))?"
    r"(?:\s+(?:[A-Z][\w'’.-]*|de|la|of|and|the)){0,4}?\s+"
    r"(?P<a>\d{1,2})\s?[-–]\s?(?P<b>\d{1,2})\b(?![-–]\d|\s*%|[.,]\d)"
)
# A result told as a noun: "a 27-19 win over Canterbury", "their 2-1 defeat to Leeds".
_SCORE_NOUN_RESULT = re.compile(
    r"\b(?:[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+(?P<a>\d{1,2})[-–](?P<b>\d{1,2})\s+"
    r"(?:(?:home|away|league|cup|bonus-point)\s+)?(?P<verb>win|victory|defeat|loss|draw)\s+"
    r"(?:over|against|to|at|with|by)\b"
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
# "the one-goal victory", "a two-goal win", "won by a single goal", "by three goals".
_MARGIN_REF = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|single|\d{1,2})[-\s]"
    r"(?:goal|point)\s+(?:winning\s+|victory\s+)?(?:win|victory|defeat|loss|margin|triumph"
    r"|success)\b"
    r"|\b(?:won|beat\s+\w+(?:\s+\w+)?|lost)\s+by\s+"
    r"(?:a\s+)?(?P<n2>single|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:goals?|points?)\b"
    # "a winning margin of three goals", "the margin of victory was two points".
    r"|\b(?:winning\s+)?margin\s+(?:of\s+victory\s+)?(?:was\s+|of\s+)(?:just\s+|only\s+)?"
    r"(?:a\s+)?(?P<n3>single|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:goals?|points?)\b"
)
# A record the margin is measured against, not another match: "the widest in a final since
# 2017", "their biggest win since last season".
_SINCE = re.compile(r"\bsince\b", re.I)


def _a(n: int) -> str:
    """ "a 7", "an 8", "an 11", "an 18": the article as the figure is read aloud."""
    return f"an {n}" if str(n).startswith("8") or n in (11, 18) else f"a {n}"


def _margin_n(ref: re.Match[str]) -> int:
    """The margin in goals or points a margin reference states."""
    word = ref["n"] or ref["n2"] or ref["n3"]
    return _GOALS.get(word.lower()) or int(word)


# Cricket: "287 for six", "bowled out for 251", "251 all out"; and "won by 46 runs".
_INNINGS_TOTAL = re.compile(
    r"\b(?P<t>\d{2,3})\s+for\s+(?:\d|one|two|three|four|five|six|seven|eight|nine)\b"
    r"|\b(?:bowled\s+out|all\s+out)\s+for\s+(?P<t2>\d{2,3})\b|\b(?P<t3>\d{2,3})\s+all\s+out\b"
    # Australian style, wickets first, after a verb of a finished innings: "posted 7/198",
    # "finished on 5/161"; not bowling figures ("took 3/28") nor part-way ("from 3/52").
    r"|\b(?:posted|post|posting|made|making|scored|scoring|compiled|amassed|totalled|racked\s+up"
    r"|piled\s+up|(?:finished|ended|closed)\s+(?:on|at|with))\s+(?:a\s+)?"
    r"(?:10|\d)/(?P<t4>\d{2,3})\b(?!/)"
)
# Another match's margin: "Central had won by 12 points when the teams met in January",
# "their biggest win since 2019, when they won by 64 runs".
_HAD_WON = re.compile(r"\bhad\s+(?:\w+\s+)?$|\b(?:since|when|then)\b", re.I)
_OTHER_MATCH_AFTER = re.compile(
    r"\b(?:when|last|previous\w*|earlier|meeting|met|season|(?:19|20)\d\d|in\s+(?:January"
    r"|February|March|April|May|June|July|August|September|October|November|December))\b",
    re.I,
)
_PART_WAY = re.compile(
    r"\b(?:at|were|was|reduced\s+to|slumped\s+to|struggling\s+on|had\s+reached)\s+\Z", re.I
)
# "won by 46 runs", "beat Otago by 46 runs", "the 46-run victory", "a margin of 46 runs".
_RUNS_MARGIN = re.compile(
    r"\b(?:won|win|wins|beat|beating|defeated|defeating|lost|losing|loses)\b[^.;:\d]{0,40}?"
    r"\bby\s+(?P<n>\d{1,3})\s+runs\b"
    r"|\b(?P<n2>\d{1,3})-run\s+(?:win|victory|defeat|loss|margin|triumph|success|thrashing)\b"
    r"|\bmargin\s+(?:of\s+victory\s+)?(?:was\s+|of\s+)(?P<n3>\d{1,3})\s+runs\b"
)
_TWO_INNINGS = re.compile(r"\b(?:first|second)[-\s]innings\b|\bfollow(?:ed|ing)?[-\s]on\b", re.I)
_REVISED = re.compile(r"\b(?:DLS|D/L|Duckworth|revised\s+target|reduced\s+to)\b", re.I)
_GOALS = {"single": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_GOALS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}
_DRAW_WORDS = frozenset(["draw", "stalemate"])
_DIGIT = re.compile(r"\d")
_PARTIAL_AFTER = re.compile(
    r"\s*(?:at|on|after|in|by)\s+(?:the\s+)?(?:half|penalt|aggregate|agg\b|extra|interval|break"
    r"|shoot|first\s+leg|second\s+leg)",
    re.I,
)


@rule("FC410", category=Category.NUMBER, severity=Severity.WARNING)
def conflicting_scores(ctx: RuleContext) -> Iterator[Hit]:
    """One match's final score is given two different ways in the same article.

    **What it does.** Reads the result of a match ("beat Ossett Athletic 3-1", "beating
    Ossett 3-1", "drew 2-2 with Whitby", "lost 0-2 to Leeds") and later references to it
    ("The 4-1 win", "Saturday's 1-1 draw", "this 2-0 victory"). When the reference's
    paragraph gives one result (else the article does), a reference with a different score
    (either way round) is reported: a win or defeat against a win, a draw against a draw.
    A margin in goals or points ("the one-goal victory", "won by two goals", "a five-point
    win", "the three-goal winning margin", "a winning margin of five points") is checked
    against the score just before it in its clause ("beaten Melrose 24-10, a 14-point
    win"), else against the article's one result ("held off defending champions
    Aramoho Toa 52-47" … "a seven-goal win"), passing over results told as another match's
    ("In the earlier reserve-grade final, …", "Elsewhere, …", "since they beat Millbrook
    4-0", "… 4-0 in October"; a margin that fits one of those, or another score its own
    sentence gives, is left alone); a cricket
    margin in runs ("won by 46 runs", "the 46-run victory") against the two innings totals
    ("287 for six", "bowled out for 251", "posted 7/198"; not two innings a side). A result
    told as a noun ("a 27-19 win over Canterbury") is a result; "also" tells another match's.
    A championship lead ("the 18-point cushion", "leads by 14 points", "nine points clear")
    is checked against the one pair of points totals the article gives ("lifts Laaksonen to
    212 points, with Hughes on 197"), and a record lowered by a time ("lowered the course
    record by 41 seconds", "took 1.3 seconds off the meeting record") against the old record ("The
    previous course record of 2:05:03") and the fastest time that beats it ("2 hours 4
    minutes and 12 seconds"). In Australian football ("Collingwood 14.9 (93) d Carlton
    11.12 (78)"), a margin ("The 21-point win", "beat Carlton by 12 points") is checked
    against the final score: the one pair of totals not told part-way, or the last column
    of the score by quarters; and goals and behinds must make the total ("14.9 (94)").

    **Why it matters.** The score is the first fact of a match report; two scores for one
    match tell the reader that one of them is wrong.

    **Example.**

        Harrogate beat Ossett Athletic 3-1 on Saturday. … The 4-1 win lifts them to third.

    **Not flagged.** References whose paragraph (or, when it gives none, the article) has
    several results (other matches, earlier meetings),
    sentences about half-time or other partial scores, aggregates over two legs, penalty
    shoot-outs and extra time, series ("lead the series 3-1"), sets and frames, results of
    other seasons, a "win" after a draw (another match), and the same score either way
    round ("lost 1-3", "the 3-1 defeat"). A record the margin is measured against ("the
    widest in a final since 2017") does not make it another match's. Leads at another time
    or of others ("had arrived with an eight-point advantage", "a lead over Vogt" for a
    third driver, "at half-time"), several pairs of totals (drivers and teams), hedged gaps
    ("by about 50 seconds"), several old records (men's and women's), and a gap that fits
    any stated time are left alone. Australian football leads part-way ("at half-time",
    "into the final change", "with five minutes left"), other matches' margins ("Last season
    … by 40 points") and articles with several final scores are left alone.

    **How to silence it.** `--ignore FC410`, or fix the text.
    """
    text = ctx.article.text
    yield from _runs_margin_hits(ctx)
    if ") " in text or ")\n" in text:
        yield from afl_margin_hits(ctx)
    yield from points_lead_hits(ctx)
    yield from record_gap_hits(ctx)
    if "-" not in text and "–" not in text:
        return  # every result is written with a dash
    sentences = ctx.analysis.sentences
    results: list[re.Match[str]] = []
    refs: list[re.Match[str]] = []
    margins: list[re.Match[str]] = []
    others: set[int] = set()  # results told as another match's
    for sentence in sentences:
        s_text = ctx.text(sentence.start, sentence.end)
        if "goal" in s_text or "point" in s_text:
            for ref in _MARGIN_REF.finditer(text, sentence.start, sentence.end):
                # What comes before says whose margin it is; after it, "was their first
                # title" does not make it another match's.
                before = ctx.text(max(sentence.start, ref.start() - 40), ref.start())
                after = ctx.text(ref.end(), min(sentence.end, ref.end() + 50))
                after = after[: cut.start()] if (cut := _SINCE.search(after)) else after
                own = _OWN_SCORE.search(text, sentence.start, ref.start())
                if own is not None:
                    # "beaten Melrose 24-10, a 14-point win": the margin of the score it
                    # follows, whichever match that is; "led 14-7 at the break, …": a
                    # partial score, whose margin is another.
                    around = ctx.text(max(sentence.start, own.start() - 40), ref.start())
                    if not _SCORE_OTHER.search(around.replace(own.group(0), " ")):
                        yield from _own_score_hit(ref, own)
                elif not (
                    _SCORE_OTHER.search(before)
                    or _HAD_WON.search(before)
                    or _PARTIAL_AFTER.match(text, ref.end())
                    or _OTHER_MATCH_AFTER.search(after)
                ):
                    margins.append(ref)
        if _DIGIT.search(s_text) is None:
            continue
        # "won 4-3 on penalties", "1-0 at half-time": a partial score, not the result.
        found = list(_SCORE_RESULT.finditer(text, sentence.start, sentence.end))
        if " win " in s_text or " victory " in s_text or " defeat " in s_text:
            found += _SCORE_NOUN_RESULT.finditer(text, sentence.start, sentence.end)
        for r in sorted(found, key=lambda m: m.start()):
            if not _PARTIAL_AFTER.match(text, r.end()):
                results.append(r)
                if _other_result(ctx, sentence, r):
                    others.add(r.start())
        for ref in _SCORE_REF.finditer(text, sentence.start, sentence.end):
            if not _SCORE_OTHER.search(_near(ctx, sentence, ref.start(), ref.end())):
                refs.append(ref)
    if not results:
        return
    # The match of the story: results not told as another match's, where any are; a
    # margin that fits another match's result may be that match's.
    main = [r for r in results if r.start() not in others] or results
    fits_other = {abs(int(r["a"]) - int(r["b"])) for r in results if r.start() in others}
    yield from _margin_hits(ctx, main, [m for m in margins if _margin_n(m) not in fits_other])
    if not refs:
        return
    yield from _score_ref_hits(ctx, results, refs)


# Words that tell a result as another match's: "In the earlier reserve-grade final, Dapto
# beat Thirlmere 22-20", "Elsewhere, …", "biggest win since they beat Millbrook 4-0".
_RESULT_OTHER = re.compile(
    r"\b(?:earlier|elsewhere|meanwhile|other|another|also|previous\w*|reverse|last\s+(?:season|week"
    r"|month|year|time|meeting)|(?:19|20)\d\d)\b",
    re.I,
)
# Only in the result's own clause: "Since taking over in March, Pryce has …, and on
# Saturday they beat …" tells of the manager, not of another match.
_RESULT_OTHER_CLAUSE = re.compile(r"\b(?:since|when|had\s+(?:\w+\s+)?$)", re.I)
# After the score: "beat Millbrook 4-0 in October", "… 2-1 last season".
_RESULT_OTHER_AFTER = re.compile(
    r"\s+(?:(?:back\s+)?in\s+(?:(?:19|20)\d\d|January|February|March|April|June|July|August"
    r"|September|October|November|December)|last\s+(?:season|year|month|week|time))\b"
)


def _other_result(ctx: RuleContext, sentence: Sentence, result: re.Match[str]) -> bool:
    """Whether a result's sentence tells it as another match's: words of another match
    before it in the sentence ("In the earlier reserve-grade final, …"), "since" or "when"
    in its own clause ("their biggest win since they beat Millbrook 4-0"), or another time
    just after it ("… 4-0 in October")."""
    text = ctx.article.text
    if _RESULT_OTHER_AFTER.match(text, result.end()):
        return True
    if _RESULT_OTHER.search(text, sentence.start, result.start()):
        return True
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, sentence.start, result.start())]
    return bool(
        _RESULT_OTHER_CLAUSE.search(text, marks[-1] if marks else sentence.start, result.start())
    )


def _runs_margin_hits(ctx: RuleContext) -> Iterator[Hit]:
    """ "lifted Ashdale to 287 for six … bowled out for 251 … won by 46 runs": a cricket
    margin in runs is the difference of the two innings totals."""
    text = ctx.article.text
    if ("runs" not in text and "-run " not in text) or _REVISED.search(text):
        return
    if "innings" in text and _TWO_INNINGS.search(text):
        return  # two innings a side: the margin is not the difference of two totals
    totals: dict[int, tuple[int, int]] = {}
    for m in _INNINGS_TOTAL.finditer(text):
        group = next(g for g in ("t", "t2", "t3", "t4") if m.group(g))
        if group == "t" and _PART_WAY.search(text, max(0, m.start() - 25), m.start()):
            continue  # "were 31 for two", "at 102 for one": part-way through the innings
        totals.setdefault(int(m.group(group)), (m.start(group), m.end(group)))
    if len(totals) != 2:
        return  # another match, or a score the pattern took for a total
    (a, a_span), (b, b_span) = sorted(totals.items(), reverse=True)
    for margin in _RUNS_MARGIN.finditer(text):
        before = text[max(0, margin.start() - 40) : margin.start()]
        after = text[margin.end() : margin.end() + 50].split(".")[0]
        if _HAD_WON.search(before) or _OTHER_MATCH_AFTER.search(after):
            continue  # another match's margin
        stated = int(margin["n"] or margin["n2"] or margin["n3"])
        if stated == a - b:
            continue
        yield Hit(
            message=(
                f"{a} against {b} is a margin of {a - b} runs, not"
                f" {stated}; the totals or the margin are wrong."
            ),
            spans=[(margin.start(), margin.end()), a_span, b_span],
            confidence=0.65,
        )


def _score_ref_hits(
    ctx: RuleContext, results: list[re.Match[str]], refs: list[re.Match[str]]
) -> Iterator[Hit]:
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


def _near(ctx: RuleContext, sentence: Sentence, start: int, end: int) -> str:
    """The words around a reference within its clause: what can make it another score
    ("the 2-1 win at half-time") without reaching into the rest of a long sentence."""
    before = [x.end() for x in _CLAUSE_MARK.finditer(ctx.article.text, sentence.start, start)]
    after = _CLAUSE_MARK.search(ctx.article.text, end, sentence.end)
    lo = max(before[-1] if before else sentence.start, start - 40)
    hi = min(after.start() if after else sentence.end, end + 40)
    return ctx.text(lo, hi)


# A score just before a margin in its clause: "24-10, a 14-point win", "24-10 for a
# 14-point win", "52-47 to complete a five-goal victory".
_OWN_SCORE = re.compile(
    r"(?<![\d.,:/-])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\d%]|[-–]\d|[.,]\d)"
    r"(?:,?\s+[a-z]+){0,4}?,?\s+\Z"
)


def _own_score_hit(ref: re.Match[str], own: re.Match[str]) -> Iterator[Hit]:
    """The hit when a margin does not fit the score right before it."""
    a, b = int(own["a"]), int(own["b"])
    stated = _margin_n(ref)
    if a == b or stated == abs(a - b):
        return
    unit = "point" if "point" in ref.group(0).lower() else "goal"
    yield Hit(
        message=(
            f"{own['a']}-{own['b']} is {_a(abs(a - b))}-{unit} margin, not “{ref.group(0)}”; the"
            " score or the margin is wrong."
        ),
        spans=[(ref.start(), ref.end()), (own.start("a"), own.end("b"))],
        confidence=0.7,
    )


_ANY_SCORE = re.compile(
    r"(?<![\d.,:/-])(?P<x>\d{1,3})\s?[-–]\s?(?P<y>\d{1,3})(?![\d%]|[-–]\d|[.,]\d)"
)


def _margin_hits(
    ctx: RuleContext, results: list[re.Match[str]], margins: list[re.Match[str]]
) -> Iterator[Hit]:
    """ "beating Kelmscott 3-1 … the one-goal victory": a winning margin in goals against
    the article's one result."""
    if not margins or len({frozenset((int(r["a"]), int(r["b"]))) for r in results}) != 1:
        return
    result = results[0]
    a, b = int(result["a"]), int(result["b"])
    if a == b:
        return
    sentences = ctx.analysis.sentences
    for ref in margins:
        if ref.start() < result.end():
            continue
        stated = _margin_n(ref)
        unit = "point" if "point" in ref.group(0).lower() else "goal"
        if stated == abs(a - b):
            continue
        # "had won the reverse fixture 24-10 on Saturday, November 23, a 14-point margin":
        # a margin that fits another score its own sentence gives is that score's.
        sentence = next((x for x in sentences if x.start <= ref.start() < x.end), None)
        if sentence is not None and any(
            m.start() != result.start() and abs(int(m["x"]) - int(m["y"])) == stated
            for m in _ANY_SCORE.finditer(ctx.article.text, sentence.start, sentence.end)
        ):
            continue
        yield Hit(
            message=(
                f"The match is given as {result['a']}-{result['b']}, {_a(abs(a - b))}-{unit}"
                " margin,"
                f" but “{ref.group(0)}” elsewhere in the article; the two do not agree."
            ),
            spans=[(ref.start(), ref.end()), (result.start("a"), result.end("b"))],
            confidence=0.65,
        )


# --- Australian football: "14.9 (93)" is 14 goals and 9 behinds, 93 points ----------------

_AFL = re.compile(r"(?<![\d.])(?P<g>\d{1,2})\.(?P<b>\d{1,2})\s*\((?P<t>\d{1,3})\)")
# What joins the two scores of one moment: "14.9 (93) d Carlton 11.12 (78)", "7.4 (46) to
# 6.6 (42)", "10.7 (67) to 9.9 (63)".
_AFL_JOIN = re.compile(
    r"\s*(?:,\s*)?(?:(?:to|d|def|defeated|beat|v|vs)\.?\s+)?(?:(?:the\s+)?[A-Z][\w'’-]*\s+){0,3}\Z"
)
# A line of the score by quarters: "Collingwood 3.2 7.4 10.7 14.9 (93)".
_AFL_LINE = re.compile(
    r"^[A-Za-z][\w '’.-]{0,40}?\s+(?:\d{1,2}\.\d{1,2}\s+){1,4}(?P<g>\d{1,2})\.(?P<b>\d{1,2})"
    r"\s*\((?P<t>\d{1,3})\)[ \t]*$",
    re.M,
)
# A score part-way through the match.
_AFL_PARTIAL = re.compile(
    r"\b(?:quarter|half|time|interval|break|change|led|lead\w*|ahead|trail\w*|behind|after"
    r"|with\s+\d+\s+minutes)\b",
    re.I,
)
# "a 21-point win", "beat Carlton by 15 points", "a winning margin of 15 points".
_AFL_MARGIN = re.compile(
    r"\b(?P<n>\d{1,3})-point\s+(?:winning\s+|victory\s+)?(?:win|victory|defeat|loss|margin"
    r"|triumph|success|thrashing|hiding)\b"
    r"|\b(?:won|win|wins|winning|beat|beating|defeated|defeating|downed|lost|losing|loses"
    r"|fell|went\s+down)\b[^.;:,\d]{0,40}?\bby\s+(?:just\s+|only\s+)?(?P<n2>\d{1,3})\s+points\b"
    r"|\b(?:winning\s+)?margin\s+(?:of\s+victory\s+)?(?:was\s+|of\s+)(?:just\s+|only\s+)?"
    r"(?P<n3>\d{1,3})\s+points\b"
)
# Another match or another moment, before a margin in its clause.
_AFL_OTHER = re.compile(
    r"\b(?:last|previous\w*|earlier|season|since|when|record|biggest|largest|widest|heaviest"
    r"|(?:19|20)\d\d|had|would|could|needed|meeting|met|final\s+round)\b",
    re.I,
)


def _afl_valid(m: re.Match[str]) -> bool:
    return int(m["g"]) * 6 + int(m["b"]) == int(m["t"])


def afl_margin_hits(ctx: RuleContext) -> Iterator[Hit]:
    """ "Collingwood 14.9 (93) d Carlton 11.12 (78) … The Magpies' 21-point win": a margin
    in points against the final score of an Australian football match, the one pair of
    totals not told as part-way ("at half-time", "into the final change") or the last
    column of the score by quarters; and a score whose goals and behinds do not make its
    total ("14.9 (94)")."""
    text = ctx.article.text
    scores = list(_AFL.finditer(text))
    valid = [m for m in scores if _afl_valid(m)]
    if len(valid) < 2:
        return
    for m in scores:
        if not _afl_valid(m) and int(m["b"]) < 30:
            total = int(m["g"]) * 6 + int(m["b"])
            yield Hit(
                message=(
                    f"{m['g']} goals and {m['b']} behinds make {total} points, not {m['t']}; the"
                    " score is wrong."
                ),
                spans=[(m.start(), m.end())],
                confidence=0.6,
            )
    finals: set[tuple[int, int]] = set()
    partial_totals: list[int] = []
    span: tuple[int, int] | None = None
    # Two score lines one under the other: the last column is the final score.
    lines = list(_AFL_LINE.finditer(text))
    for first, second in pairwise(lines):
        near = text.count("\n", first.end(), second.start()) <= 2
        if near and _afl_valid(first) and _afl_valid(second):
            finals.add((int(first["t"]), int(second["t"])))
            span = span or (first.start("g"), second.end())
    line_starts = {m.start("g") for m in lines}
    for first, second in pairwise(valid):
        if first.start("g") in line_starts or second.start("g") in line_starts:
            continue
        if not _AFL_JOIN.match(text, first.end(), second.start()):
            continue
        pair = (int(first["t"]), int(second["t"]))
        sentence = next(
            (s for s in ctx.analysis.sentences if s.start <= first.start() < s.end), None
        )
        lo = sentence.start if sentence else max(0, first.start() - 80)
        hi = sentence.end if sentence else second.end() + 40
        if _AFL_PARTIAL.search(text, lo, hi):
            partial_totals.extend(pair)
        else:
            finals.add(pair)
            span = span or (first.start(), second.end())
    if len({tuple(sorted(f)) for f in finals}) != 1 or span is None:
        return  # no final score, or several matches
    a, b = next(iter(finals))
    if any(t > max(a, b) for t in partial_totals):
        return  # a score beyond the final one: another match
    diff = abs(a - b)
    for sentence in ctx.analysis.sentences:
        s_text = ctx.text(sentence.start, sentence.end)
        if "point" not in s_text:
            continue
        for ref in _AFL_MARGIN.finditer(text, sentence.start, sentence.end):
            stated = int(ref["n"] or ref["n2"] or ref["n3"])
            if stated == diff:
                continue
            before = ctx.text(max(sentence.start, ref.start() - 50), ref.start())
            cut = _CLAUSE_MARK.search(text, ref.end(), sentence.end)
            after = ctx.text(ref.end(), min(cut.start() if cut else sentence.end, ref.end() + 40))
            if _AFL_OTHER.search(before) or _AFL_PARTIAL.search(before + " " + after):
                continue
            yield Hit(
                message=(
                    f"The final score is {a} points to {b}, a {diff}-point margin, not"
                    f" “{ref.group(0)}”; the score or the margin is wrong."
                ),
                spans=[(ref.start(), ref.end()), span],
                confidence=0.65,
            )
