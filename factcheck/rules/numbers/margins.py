"""FC408 margin-vs-tally.

A stated winning margin does not match the vote tally it comes from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from factcheck.analysis.numbers import (
    NUM,
    QUAL,
    NumberMention,
    interval,
    overlaps,
    parse_number,
    qualifier_before,
)
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import (
    _CANDIDATE_OTHER,
    _NAME_WORDS,
    _NOT_CANDIDATES,
    _POSSESSIVE_END,
    _YEAR_IN_TEXT,
    _YEAR_LIKE,
    _candidate_figure_other,
    _fmt,
    _round_unit,
)
from factcheck.rules.numbers.results import table_figures
from factcheck.rules.registry import Hit, RuleContext, rule
from factcheck.segment import Block

# --- FC408 a vote margin against the tally -----------------------------------------------

_MARGIN_OTHER = re.compile(
    r"\b(?:count(?:ed|ing)|early|interim|partial|provisional|at\s+one\s+(?:point|stage)"
    r"|halfway|overnight|initial(?:ly)?|original(?:ly)?|narrowed|narrowing|shrank|shrunk|cut"
    r"|widened|grew|fell|rose|increased|reduced|changed|revised|polls?|polling|survey\w*|predict\w*|project\w*"
    r"|(?<!than\s)expected|forecast\w*|need\w*|requir\w*|would|could|might|if|previous|last\s+time"
    r"|earlier|committee|amendment|procedural|another|first\s+round|second\s+round"
    r"|last\s+(?:year|month|week)|working|overall|parliamentary|notional|government['’]s"
    r"|coalition['’]s|has\s+a|holds?\s+a|same\s+(?:contest|race|seat|election)|predecessor"
    r"|outgoing|retiring|inherited|defending|similar"
    r"|(?:years?|months?)\s+(?:after|ago|before|earlier)|los(?:t|ing)\s+(?:the|that|a)\b)\b",
    re.I,
)
# A part of the vote or another year: only when the tally is not in the margin's sentence.
# Place words count near the margin ("a majority of 200 in the Eastgate ward"), not in a
# comparison further on ("… the largest any candidate has achieved in the district").
_MARGIN_PLACE = re.compile(
    r"\b(?:wards?|districts?|precincts?|constituenc\w+|count(?:y|ies)|regions?|provinces?"
    r"|towns?|cities|village|(?:in|across|each|every)\s+(?:the\s+)?(?:\w+\s+)?states?)\b",
    re.I,
)
_IN_YEAR = re.compile(r"\bin\s+(?:19|20)\d\d\b", re.I)
# Where the words after a margin stop telling of it: "the margin of just 14 votes showed
# how fragile the coalition had become, …, since the end of apartheid in 1994".
_YEAR_STOP = re.compile(r"[,;:()—–]|\b(?:since|when|after|before|following|than)\b")


# Where a margin's clause ends: "a majority of 3,367 in a constituency where the
# Conservatives had a majority of 11,204 at the last election in 2019" tells of two.
_CLAUSE_END = re.compile(r";|\s(?:where|whereas|while|compared\s+(?:with|to))\b")
# "in a constituency where …", "in a seat that Labour had never held": the contest's own
# seat described, not a part of the vote.
_PLACE_SETTING = re.compile(
    r"\bin\s+an?\s+(?:[\w'’-]+\s+)?(?:constituency|seat|riding|ward)\s+(?=where|that|which"
    r"|whose)",
    re.I,
)


def _margin_clause(ctx: RuleContext, margin: NumberMention) -> tuple[int, int]:
    """The bounds of a margin's own clause: its sentence from the end of any margin before
    it to the next clause that tells of another contest or another margin."""
    sentence = ctx.analysis.sentences[margin.sentence]
    start, end = sentence.start, sentence.end
    for other in ctx.analysis.numbers:
        if other.kind == "margin" and other.sentence == margin.sentence:
            if other.end <= margin.start:
                start = max(start, other.end)
            elif other.start >= margin.end:
                end = min(end, other.start)
    cut = _CLAUSE_END.search(ctx.article.text, margin.end, end)
    return start, cut.start() if cut else end


# A superlative measured against past contests: "the narrowest result in the ward since
# 2004", "the largest majority on record", "the first win for the party since 1998".
_COMPARISON = re.compile(
    r"\b(?:the\s+)?(?:\w+est|first|most\s+\w+)\b[^,;.]{0,60}?\b(?:since\s+(?:19|20)\d\d|on\s+record"
    r"|ever)\b",
    re.I,
)


def _margin_elsewhere(ctx: RuleContext, margin: NumberMention) -> bool:
    start, end = _margin_clause(ctx, margin)
    lo, hi = max(start, margin.start - 60), min(end, margin.end + 40)
    # The setting's relative clause may lie past the clause's end: read it in the sentence.
    sentence = ctx.analysis.sentences[margin.sentence]
    # "Jones, who grew up in the town, won by 373" places the person, not the margin.
    s_text = _without_relatives(ctx, sentence.start, sentence.end, margin)
    near = s_text[lo - sentence.start : hi - sentence.start]
    for m in _PLACE_SETTING.finditer(ctx.article.text, lo, sentence.end):
        if m.start() < hi:
            a, b = m.start() - lo, min(m.end(), hi) - lo
            near = near[:a] + " " * (b - a) + near[b:]
    # "the narrowest result in the ward since 2004" places the record, not the margin.
    for m in _COMPARISON.finditer(ctx.article.text, lo, sentence.end):
        if m.start() < hi:
            a, b = m.start() - lo, min(m.end(), hi) - lo
            near = near[:a] + " " * (b - a) + near[b:]
    # A year places the margin before it in its clause ("In 2019 …") or just after it ("by
    # 40 votes in 2019"), not in a later clause of its own.
    stop = _YEAR_STOP.search(ctx.article.text, margin.end, end)
    in_year = _IN_YEAR.search(
        s_text[start - sentence.start : (stop.start() if stop else end) - sentence.start]
    )
    return bool(in_year or _MARGIN_PLACE.search(near))


@rule("FC408", category=Category.NUMBER, severity=Severity.WARNING)
def margin_vs_tally(ctx: RuleContext) -> Iterator[Hit]:
    """A stated winning margin does not match the vote tally it comes from.

    **What it does.** Reads margins given in votes ("a lead of 412 votes", "a 357-vote
    majority", "won by 357 votes", "a margin of fewer than 400 votes") and compares each
    with the difference between the two sides of a tally ("by 9,812 votes to 9,455", "passed
    52-48", "61 in favour and 38 against"): the nearest tally in the same paragraph, or the
    only tally in the article, or the only one not told as a vote before the story's, or
    the only one whose sentence names someone the margin's sentence names ("The
    decision came a fortnight after the council approved its budget by 30 votes to 12"; a
    margin that fits that earlier vote is left alone). Beside a tally, margins told without
    "votes" after them are read too ("The margin was three votes", "The majority of 1,822
    was larger than expected", "accepted by a majority of 1,822"). A year places a margin
    before it in its clause or just after it ("by 40 votes in 2019"), not in a later clause
    ("…, in which the party lost its majority for the first time since 1994"). Without a
    tally, a majority is compared with the two largest candidates' totals of the one
    paragraph giving an election result ("Jones (Green) won with 1,482 votes; Labour's Smith
    had 1,209 … Her majority of 373 votes"), the runner-up's told after the winner's too
    ("won 18,250 votes against 14,938 for the Conservative candidate, Mark Ellery", "ahead
    of Conservative Tom Reade on 2,087"); a clause describing a candidate ("Ellery, who
    had been the MP's agent before being selected, came second with 14,305") does not make
    their total another count's, nor does one about the winner make the majority another
    ("Gallagher, who grew up on the estate, won by a majority of 4,312"). A result laid out
    one candidate a line ("Gareth Lindley (Reform UK) 1,412") serves as well. Hedges are
    read as ranges ("fewer than 400", "about 360", "more than 300"), and round figures as
    rounded ("a lead of 360" fits 357). By how much a vote cleared its threshold ("cleared
    the bar by 49 votes", "nine more than the 374 required") is the winning side's votes less
    the votes needed ("She needed … 361 votes"). Words
    of another contest are read in the margin's own clause: "a majority of 3,367 in a
    constituency where the Conservatives had a majority of 11,204 … in 2019" gives the 2019
    majority to the second margin only.

    **Why it matters.** The margin is simple subtraction from figures in the same story; a
    wrong one tells readers the tally or the margin cannot be trusted.

    **Example.**

        The measure passed by 9,812 votes to 9,455, giving the yes side a lead of 457
        votes.

    **Not flagged.** Margins in percentage points or seats, leads during the count or in
    polls ("with half the ballots counted", "a recount"), margins of another vote (a
    committee, an earlier round, a district, another year, a predecessor's, the runner-up's
    own; not "in a seat where …", which describes the contest itself, nor a record it is
    measured against: "the narrowest result in the ward since 2004"), a party's standing
    majority ("Despite Labour's majority of 174"; "a similar motion"), results
    whose largest total is not the winner's, and hedged margins that fit.

    **How to silence it.** `--ignore FC408`, or fix the text.
    """
    numbers = ctx.analysis.numbers
    if any(m.kind == "margin" and m.unit == "seats" for m in numbers):
        yield from _seat_majority_hits(ctx)
    tallies = [m for m in numbers if m.kind == "tally" and m.value2 is not None]
    text = ctx.article.text
    if "needed" in text or "requir" in text or "threshold" in text:
        yield from _threshold_hits(ctx, tallies)
    if not tallies:
        if "votes" in ctx.article.text:
            yield from _margin_vs_candidates(ctx)
        return
    distinct = {(t.value, t.value2) for t in tallies}
    main = [t for t in tallies if not _BEFORE_STORY.search(_tally_lead(ctx, t))]
    main_distinct = {(t.value, t.value2) for t in main}
    sentences = ctx.analysis.sentences
    blocks = ctx.segmentation.body
    margins = [m for m in numbers if m.kind == "margin" and m.unit == "votes"]
    for margin in margins + _more_margins(ctx):
        sentence = sentences[margin.sentence]
        block = next((b for b in blocks if b.start <= margin.start < b.end), None)
        same_block = [
            t for t in tallies if block is not None and block.start <= t.start < block.end
        ]
        # Several votes: the story's own, where the others are told as before it.
        fallback = not same_block and len(distinct) > 1
        pool = same_block or (
            tallies if len(distinct) == 1 else main if len(main_distinct) == 1 else []
        )
        if not pool:
            pool = _named_tally(ctx, margin, main or tallies)
        if not pool:
            continue
        if not same_block and block is not None and _own_vote_figures(ctx, block):
            continue  # its paragraph gives its own figures: another vote's tally is not its
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
        # Words near the margin make it another one; a long sentence's far end does not
        # ("…, a tally that supporters said showed the chamber could still function").
        near_lo = max(other_from, margin.start - 80)
        near = ctx.text(near_lo, min(sentence.end, margin.end + 40))
        if _MARGIN_OTHER.search(near) or _STANDING.search(ctx.text(near_lo, margin.start)):
            continue
        if tally.sentence != margin.sentence and _margin_elsewhere(ctx, margin):
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
        if fallback and any(
            overlaps(stated, (d, d)) for t in tallies if (d := abs(t.value - (t.value2 or 0.0)))
        ):
            continue  # it fits another vote's tally: that vote may be the one meant
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


_CAPITAL = re.compile(r"\b[A-Z][a-z\u00e0-\u00ff][\w\u00e0-\u00ff-]{2,}")
# Capitalised words that name no one: sentence openers, days, months.
_NOT_NAMES = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Their",
        "They",
        "She",
        "His",
        "Her",
        "Its",
        "But",
        "And",
        "After",
        "Before",
        "When",
        "While",
        "With",
        "From",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Council",
        "County",
        "City",
        "State",
        "Party",
    ]
)


def _names(text: str) -> set[str]:
    return {w for w in _CAPITAL.findall(text) if w not in _NOT_NAMES}


def _named_tally(
    ctx: RuleContext, margin: NumberMention, tallies: list[NumberMention]
) -> list[NumberMention]:
    """Of several votes, the one whose sentence names someone the margin's sentence names
    ("Dalton received 18,432 votes to 15,907 for Ruiz … congratulating Dalton on a margin
    of 2,252 votes"), where only one does; else none."""
    sentences = ctx.analysis.sentences
    m_sentence = sentences[margin.sentence]
    names = _names(ctx.text(m_sentence.start, m_sentence.end))
    if not names:
        return []
    named = [
        t
        for t in tallies
        if names & _names(ctx.text(sentences[t.sentence].start, sentences[t.sentence].end))
    ]
    if len({(t.value, t.value2) for t in named}) != 1:
        return []
    return named


# A tally its own sentence tells as a vote before the story's: "The decision came a
# fortnight after the council approved its budget by 30 votes to 12", "had earlier passed
# it 5-2", "last year's 41-29 vote".
_BEFORE_STORY = re.compile(
    r"\b(?:(?:days?|weeks?|fortnight|months?|years?)\s+(?:after|before|earlier|ago)|earlier"
    r"|previous(?:ly)?|prior|last\s+(?:year|month|week|time)|in\s+(?:19|20)\d\d|had\s+"
    r"(?:\w+\s+)?(?:approved|passed|backed|rejected|voted|adopted))\b",
    re.I,
)


def _tally_lead(ctx: RuleContext, tally: NumberMention) -> str:
    """A tally's sentence up to just after it."""
    sentence = ctx.analysis.sentences[tally.sentence]
    return ctx.text(sentence.start, min(sentence.end, tally.end + 20))


# Margins told without "votes" after them, away from the tally: "The margin was three
# votes", "the margin of victory was 12", "The majority of 1,822 was larger than expected",
# "the offer was accepted by a majority of 1,822." Only "the/that/this" margin, or "by a
# majority of" after an outcome verb: "Labour's majority of 174" is a party's standing.
_MORE_MARGIN = re.compile(
    r"\b(?:(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:(?:final|winning|narrow|slim|tight|overall|\w+est)\s+)?"
    r"(?:margin(?:\s+of\s+victory)?\s+(?:was|of)|majority\s+of)"
    r"|(?:passed|carried|approved|accepted|adopted|backed|endorsed|rejected|defeated)\s+by\s+an?"
    r"\s+(?:(?:narrow|slim|tight|large|comfortable|clear)\s+)?(?:majority|margin)\s+of)\s+"
    rf"(?:(?:{QUAL}|just|only|merely|a\s+mere)\s+)?(?P<n>{NUM})(?![\d%]|[.,]\d)"
    r"(?=\s+votes?\b|\s*[.,;:)—–]|\s*$|\s+(?:was|is|showed|meant|gave|left|reflected)\b)"
)


def _more_margins(ctx: RuleContext) -> list[NumberMention]:
    """Vote margins the number reading leaves, where the article has a tally."""
    text = ctx.article.text
    if "margin" not in text and "majority" not in text:
        return []
    taken = {m.start for m in ctx.analysis.numbers if m.kind in ("margin", "tally")}
    sentences = ctx.analysis.sentences
    found: list[NumberMention] = []
    for m in _MORE_MARGIN.finditer(text):
        start, end = m.span("n")
        value, precision = parse_number(m.group("n"))
        i = bisect_right(sentences, start, key=lambda s: s.start) - 1
        if start in taken or value <= 0 or i < 0 or not start < sentences[i].end:
            continue  # read already, or outside the body's sentences (a caption)
        if _YEAR_LIKE.fullmatch(m.group("n")):
            continue
        found.append(
            NumberMention(
                kind="margin",
                start=start,
                end=end,
                sentence=i,
                value=value,
                precision=precision,
                qualifier=qualifier_before(text, start, sentences[i].start),
                unit="votes",
            )
        )
    return found


# A party's or a government's standing majority, not a vote's: "Despite Labour's majority
# of 174", "the Democrats' majority of four", "their majority of 12".
_STANDING = re.compile(
    r"(?:\b[A-Z][\w.-]*['’]s?|\b[Tt]heir)\s+(?:[\w-]+\s+)?(?:majority|margin)\s+of\s+"
    rf"(?:(?:{QUAL}|just|only)\s+)?$"
)


_VOTES_FIGURE = re.compile(rf"{NUM}\s+(?:of\s+the\s+{NUM}\s+)?votes\b")


def _own_vote_figures(ctx: RuleContext, block: Block) -> bool:
    """Whether a paragraph gives vote totals of its own ("won 26,115 of the 47,880 votes
    … received 21,765 votes")."""
    return len(_VOTES_FIGURE.findall(ctx.article.text, block.start, block.end)) >= 2


# A candidate's total in an election result: "Jones (Green) won with 1,482 votes",
# "Labour's Smith had 1,209", "Smith, the Labour candidate, polled 1,209 votes".
_RESULT_FIGURE = re.compile(
    rf"\b(?P<name>{_NAME_WORDS})(?:\s+\([^()]{{1,30}}\))?(?P<app>,\s+(?:the\s+)?[^,;.]{{1,80}}?,)?"
    r"\s+(?:(?P<win>won|was\s+elected|was\s+re-elected|was\s+returned|topped\s+the\s+poll"
    r"|took\s+the\s+seat|won\s+the\s+seat)|had|has|took|polled|received|got|secured|gained"
    r"|collected|attracted|finished\s+(?:\w+\s+)?|came\s+\w+|trailed"
    r"|was\s+(?:second|third|fourth|fifth|sixth|last|runner-up))(?:\s+(?:with|on))?\s+"
    rf"(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})(?:\s+votes\b)?"
    r"(?![\d%]|[.,]\d|\s*(?:per\s?cent|percent|seats?|years?|points?|percentage|of|to)\b)"
)


# A clause about the person: ", who had been …,", ", a former headteacher,"; not an
# adverbial that places the figure (", in the 2019 election,").
_DESCRIBES = re.compile(r",\s+(?:who|whose|a|an|the|his|her|their)\s", re.I)


def _without_descriptions(
    ctx: RuleContext, start: int, end: int, found: list[re.Match[str]]
) -> str:
    """A sentence's text with the clauses that describe a candidate blanked out: "Richard
    Ellery, who had been the MP's agent for a decade before being selected, came second
    with 14,305" tells of the man's past, not of another count."""
    chars = list(ctx.text(start, end))
    for m in found:
        if m.group("app") and _DESCRIBES.match(m.group("app")):
            chars[m.start("app") - start : m.end("app") - start] = " " * len(m.group("app"))
    return "".join(chars)


# "Jones took 1,482 votes to Smith's 1,129".
_RESULT_PAIR = re.compile(
    rf"\b(?P<name1>{_NAME_WORDS})\s+(?:won|took|polled|received|got|secured|gained)"
    rf"(?:\s+with)?\s+(?P<n1>{NUM})\s+votes\s+to\s+(?:the\s+)?(?P<name2>{_NAME_WORDS})['’]s?"
    rf"\s+(?P<n2>{NUM})(?![\d%]|[.,]\d)"
)
# The runner-up's total told after the winner's: "won 18,250 votes … against 14,938 for the
# Conservative candidate, Mark Ellery", "to 14,938 for Labour's Ellery", "ahead of
# Conservative Mark Ellery on 14,938", "with Mark Ellery, the Conservative, on 14,938".
_RUNNER_UP = re.compile(
    r"(?:,\s*|\s)(?:against|to|ahead\s+of|compared\s+with|with)\s+(?:just\s+|only\s+)?"
    rf"(?:(?P<n>{NUM})(?:\s+votes)?\s+for\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){{1,3}}"
    r"(?:candidate|nominee|incumbent|challenger)\s*,?\s+)?"
    rf"(?P<name>{_NAME_WORDS})"
    rf"|(?:the\s+)?(?P<name2>{_NAME_WORDS})(?:,\s+(?:the\s+)?[^,;.]{{1,60}}?,)?"
    rf"(?:['’]s?|\s+(?:on|with))\s+(?P<n2>{NUM})(?:\s+votes)?)"
    r"(?![\d%]|[.,]\d|\s*(?:per\s?cent|percent|seats?|%))"
)


def _runner_up(
    ctx: RuleContext,
    winner: tuple[str, float, int, int, bool],
    end: int,
    figures: list[tuple[str, float, int, int, bool]],
) -> list[tuple[str, float, int, int, bool]]:
    """The runner-up's total told in the winner's sentence after the winner's, if one is
    and it is smaller: "won 18,250 votes, … against 14,938 for … Mark Ellery"."""
    m = _RUNNER_UP.search(ctx.article.text, winner[3], end)
    if m is None:
        return []
    g = "n" if m.group("n") else "n2"
    name = m.group("name") or m.group("name2")
    value, precision = parse_number(m.group(g))
    if (
        precision != 1
        or not 0 < value < winner[1]
        or _YEAR_LIKE.fullmatch(m.group(g))
        or any(f[2] == m.start(g) for f in figures)
    ):
        return []
    # "Labour's Ellery" is Ellery; "the Conservatives" alone is the party's.
    words = [w for w in name.split() if w not in _NOT_CANDIDATES] or name.split()
    return [(_POSSESSIVE_END.sub("", words[-1]), value, m.start(g), m.end(g), False)]


# Systems where the largest first count need not win.
_NOT_PLURALITY = re.compile(
    r"\b(?:first[-\s]preferences?|preferences|transfers|run-?off|second\s+round|first\s+round"
    r"|electoral\s+college|delegates)\b",
    re.I,
)


def _result_figures(
    ctx: RuleContext,
) -> tuple[list[tuple[str, float, int, int, bool]], tuple[int, int]] | None:
    """The candidates' totals of the one paragraph that gives an election result, largest
    first: (surname, votes, start, end, said to have won), and the paragraph's bounds."""
    text = ctx.article.text
    found: list[tuple[list[tuple[str, float, int, int, bool]], tuple[int, int]]] = []
    for block in ctx.segmentation.body:
        b_text = ctx.text(block.start, block.end)
        if "votes" not in b_text:
            continue
        figures: list[tuple[str, float, int, int, bool]] = []
        for sentence in ctx.analysis.sentences:
            if not block.start <= sentence.start < block.end:
                continue
            results = list(_RESULT_FIGURE.finditer(text, sentence.start, sentence.end))
            s_text = _without_descriptions(ctx, sentence.start, sentence.end, results)
            if _CANDIDATE_OTHER.search(s_text):
                continue
            for m in results:
                words = [w for w in m.group("name").split() if w not in _NOT_CANDIDATES]
                if not words or not words[-1][0].isupper() or m.group("q"):
                    continue
                if _candidate_figure_other(
                    s_text, s_text[: m.start("n") - sentence.start], text[m.end("n") : sentence.end]
                ):
                    continue
                value, precision = parse_number(m.group("n"))
                if value <= 0 or precision != 1 or _YEAR_LIKE.fullmatch(m.group("n")):
                    continue
                name = _POSSESSIVE_END.sub("", words[-1])
                figures.append((name, value, m.start("n"), m.end("n"), bool(m.group("win"))))
            won = [f for f in figures if f[4] and sentence.start <= f[2] < sentence.end]
            if won and any(w in s_text for w in (" against ", " to ", " ahead ", " with ")):
                figures.extend(_runner_up(ctx, won[-1], sentence.end, figures))
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
    if len(set(names)) != len(names) or figures[0][1] == figures[1][1]:
        return None  # one name twice, or a tie
    # A total in the paragraph between the runner-up's and the winner's that no candidate
    # was found for may be the real runner-up's.
    claimed = {f[2] for f in figures}
    for m in re.finditer(
        rf"(?<![\d.,]){NUM}(?![\d%]|[.,]\d|\s*(?:per\s?cent|percent)\b)",
        text[bounds[0] : bounds[1]],
    ):
        value, _ = parse_number(m.group(0))
        if bounds[0] + m.start() not in claimed and figures[1][1] < value < figures[0][1]:
            return None
    said_to_win = [f for f in figures if f[4]]
    if (said_to_win and said_to_win != [figures[0]]) or _NOT_PLURALITY.search(text):
        return None  # the largest total is not the winner's, or not the way this vote is won
    return figures, bounds


# A clause about a person: ", who grew up on the estate and taught for 15 years,".
_RELATIVE = re.compile(r",\s+(?:who|whose)\s[^,;.]{1,120},")


def _without_relatives(ctx: RuleContext, start: int, end: int, margin: NumberMention) -> str:
    """A margin's clause with the clauses about a person that do not hold it blanked out:
    "Gallagher, who grew up on the estate, won by a majority of 4,312" tells of her past
    there, not of another count."""
    c_text = ctx.text(start, end)
    if ", who" not in c_text:
        return c_text
    for m in _RELATIVE.finditer(ctx.article.text, start, end):
        if not m.start() <= margin.start < m.end():
            a, b = m.start() - start, m.end() - start
            c_text = c_text[:a] + " " * (b - a) + c_text[b:]
    return c_text


def _margin_vs_candidates(ctx: RuleContext) -> Iterator[Hit]:
    """ "Jones won with 1,482 votes; Smith had 1,209. … Her majority of 373 votes": a
    winning margin against the two largest candidate totals of the result."""
    margins = [m for m in ctx.analysis.numbers if m.kind == "margin" and m.unit == "votes"]
    if not margins:
        return
    result = _result_figures(ctx)
    if result is None:
        # A result laid out one candidate a line: "Gareth Lindley (Reform UK) 1,412".
        table = None if _NOT_PLURALITY.search(ctx.article.text) else table_figures(ctx)
        if table is None:
            return
        result = table, (min(f[2] for f in table), max(f[3] for f in table))
    figures, (b_start, b_end) = result
    first, second = figures[0], figures[1]
    diff = first[1] - second[1]
    others = {f[0] for f in figures[1:]}
    sentences = ctx.analysis.sentences
    for margin in margins:
        sentence = sentences[margin.sentence]
        s_text = ctx.text(sentence.start, sentence.end)
        # "the narrowest result in the ward since 2004": a record it is measured against.
        c_start, c_end = _margin_clause(ctx, margin)
        c_text = _COMPARISON.sub(" ", _without_relatives(ctx, c_start, c_end, margin))
        if _MARGIN_OTHER.search(c_text) or _YEAR_IN_TEXT.search(c_text):
            continue
        if not b_start <= margin.start < b_end and _margin_elsewhere(ctx, margin):
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
        s = next((s for s in sentences if s.start <= m.start() < s.end), None)
        if s is None:
            continue  # outside the body's sentences (a related link, a caption)
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


# --- a vote's clearance of a threshold --------------------------------------------------

# The votes needed: "She needed an absolute majority …, or 361 votes", "the threshold of 361
# votes", "the 374 then required".
_THRESHOLD = re.compile(
    rf"\b(?:needed|required|requires|needs|threshold\s+(?:of|was|is))\b[^.;]{{0,80}}?"
    rf"(?<![\d.,])(?P<t>{NUM})\s+votes\b"
    rf"|\bthe\s+(?P<t2>{NUM})\s+(?:votes\s+)?(?:then\s+)?(?:needed|required)\b"
)
# By how much a vote cleared it: "cleared the bar by 49 votes", "nine more than the 374
# required", "49 votes more than needed", "49 votes above the threshold".
_CLEARED = re.compile(
    r"\b(?:cleared|passed|exceeded|surpassed|topped|beat)\s+(?:the\s+)?(?:bar|threshold"
    rf"|hurdle|mark|requirement)\s+by\s+(?:just\s+|only\s+)?(?P<n>{NUM})(?:\s+votes)?\b"
    rf"|(?<![\d.,])(?P<n2>{NUM})\s+(?:votes\s+)?(?:more\s+than|above|over)\s+(?:the\s+)?"
    rf"(?:(?P<t>{NUM})\s+)?(?:votes\s+)?(?:then\s+)?(?:needed|required|necessary|threshold)\b"
)
# A threshold of another vote: "in 2019, when she scraped through …", "then required".
_THRESHOLD_OTHER = re.compile(r"\b(?:(?:19|20)\d\d|then|previous\w*|last\s+time)\b", re.I)
_VOTES_BEFORE = re.compile(rf"(?<![\d.,])(?P<v>{NUM})\s+votes\b")


def _threshold_hits(ctx: RuleContext, tallies: list[NumberMention]) -> Iterator[Hit]:
    """ "by 401 votes to 284 … She needed … 361 votes … cleared the bar by 49 votes": by how
    much a vote cleared its threshold is the winning side's votes less the votes needed;
    a sentence that gives its own votes and threshold ("383 votes, just nine more than the
    374 then required") is checked against those."""
    text = ctx.article.text
    thresholds: set[float] = set()
    for sentence in ctx.analysis.sentences:
        s_text = ctx.text(sentence.start, sentence.end)
        for m in _THRESHOLD.finditer(s_text):
            if not _THRESHOLD_OTHER.search(s_text):
                thresholds.add(parse_number(m["t"] or m["t2"])[0])
    winners = {t.value for t in tallies}
    for sentence in ctx.analysis.sentences:
        s_text = ctx.text(sentence.start, sentence.end)
        if "than" not in s_text and " by " not in s_text:
            continue
        for m in _CLEARED.finditer(s_text):
            stated = parse_number(m["n"] or m["n2"])[0]
            votes = list(_VOTES_BEFORE.finditer(s_text, 0, m.start()))
            if m["t"] and votes:
                # Its own votes and threshold: "383 votes, just nine more than the 374".
                got, need = parse_number(votes[-1]["v"])[0], parse_number(m["t"])[0]
                spans = [
                    (sentence.start + votes[-1].start("v"), sentence.start + votes[-1].end("v"))
                ]
            elif not m["t"] and len(thresholds) == 1 and len(winners) == 1:
                if _THRESHOLD_OTHER.search(s_text):
                    continue
                got, need = next(iter(winners)), next(iter(thresholds))
                tally = next(t for t in tallies if t.value == got)
                spans = [(tally.start, tally.end)]
            else:
                continue
            if not 0 <= got - need < got or stated == got - need:
                continue
            g = "n" if m["n"] else "n2"
            start, end = sentence.start + m.start(g), sentence.start + m.end(g)
            yield Hit(
                message=(
                    f"{_fmt(got)} votes against the {_fmt(need)} needed is a margin of"
                    f" {_fmt(got - need)}, not {text[start:end]}."
                ),
                spans=[(start, end), *spans],
                confidence=0.65,
                suggestion=f"{_fmt(got - need)}, if the votes and the threshold are right",
            )
