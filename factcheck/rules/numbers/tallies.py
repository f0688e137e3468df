"""FC403 tally-vs-count.

A vote tally disagrees with a later count of one side of the same vote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.analysis.numbers import (
    NUM,
    QUAL,
    TOTAL_NOUNS,
    NumberMention,
    interval,
    overlaps,
    parse_number,
)
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import _close_slip, _fmt, _qual
from factcheck.rules.numbers.results import total_vs_table_hits
from factcheck.rules.registry import Hit, RuleContext, rule
from factcheck.segment import Block

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
    the outcome (where its sentence names two outcomes, from the verb just before the
    tally: "passed by 12 votes to eight, after an amendment … was defeated"). It then
    compares counts of one side elsewhere ("the 50 senators who voted yes", "48 votes
    against", "all 38 members who opposed it", "four board members voted against it", "the
    265 MPs who supported it") with the tally. A count is compared with a tally before it
    in its sentence; else with a tally whose clause names what the count says was voted on
    ("against the plan"); else with the nearest tally in its paragraph, or the only tally
    in the article, or the only vote big enough to hold it ("the 216 lawmakers who voted
    no" in a story of a 218-214 House vote and a 51-50 Senate one), passing over tallies
    marked as another vote ("The amendment failed by six votes to seven"; with only such
    tallies, they are used unless their clause places them before the story's vote: "The
    board had earlier approved it 5-2"). With abstentions stated beside the tally, "All 41
    councillors present took part in the vote" is checked against for, against and
    abstentions added up, and a count of those who took part ("The division, in which 208
    members took part", "45 councillors took part in the vote", "A total of 572 MPs voted")
    against for and against (with abstentions, where stated), whichever side won; and votes
    or ballots cast ("Of the 16,993 ballots cast", "22,045 votes were cast") against the
    same sum: fewer is wrong, more only when it reads as a slip of one digit (blank
    ballots and other candidates may make up the rest). It also flags one vote's
    tally told again with one figure changed ("by 41 votes to 29" … "The full budget passed
    by 41 votes to 27"; "The 52-46 vote" … "After the 52-48 vote"), and a split tally
    ("the 11-1 decision", "voted unanimously, 7-2") for a vote the article calls unanimous,
    and a total of votes ("A total of 3,772 valid votes were cast") that is not the sum of a
    result laid out one candidate a line ("Gareth Lindley (Reform UK) 1,412").

    **Why it matters.** A tally and a headcount that disagree mean one of them is wrong;
    vote figures are easy to check and embarrassing to get wrong.

    **Example.**

        The Senate passed the bill 52-48. … The 50 senators who voted yes celebrated.

    **Not flagged.** Counts of a party or other subset ("12 Democrats voted yes"), counts
    about another vote (a committee, an amendment, an earlier or procedural vote), hedged
    counts that fit ("more than 50 senators voted yes"), and totals of the whole body ("All
    17 members …", or a count equal to for and against, with or without abstentions).
    Tallies that share a figure are left alone when one names a step the other does not
    ("to begin debate", "third reading", "later"), the later names a day the earlier does
    not, or they had different outcomes. Unanimity is not read when negated or hedged
    ("not unanimous", "would require a unanimous vote"), for a party or other part
    ("Republicans unanimously opposed"), for another vote (a committee), or for a contest
    judged on points ("unanimous decision on the judges' scorecards"); a split tally is read
    only in the same sentence or when it names the vote it refers back to ("the 8-1 vote").
    A count told with the other side of its own vote ("1,842 voted for the plans and 611
    against") is another vote's when neither figure is the tally's, and a tally announced
    as a further vote ("A second, separate motion … 1,507 votes to 903") is not compared with
    counts before it. A tally whose sides cannot be read is still a vote a count may be
    about ("The board voted 5-2 …" beside a referendum's "6,102 votes to 5,377": "one of
    the two no votes" is left alone). Ballots cast in a part ("in the northern precincts",
    "absentee ballots") or part-way through the count are left alone. A total not said to
    be of valid votes may include the rejected ballots; several result lists (other wards)
    are left alone.

    **How to silence it.** `--ignore FC403`, or fix the text.
    """
    yield from total_vs_table_hits(ctx)
    all_tallies = [m for m in ctx.analysis.numbers if m.kind == "tally" and m.value2 is not None]
    if "unanim" in ctx.article.text:
        yield from _unanimous_vs_split(ctx, all_tallies)
    # Sides read from the tally's own verb where its sentence names two outcomes ("The
    # budget passed by 12 votes to eight, after an amendment … was defeated").
    sided = {t.start: s for t in all_tallies if (s := _sides(ctx, t)) is not None}
    tallies = [t for t in all_tallies if t.start in sided]
    yield from _restated_tally(ctx, all_tallies, sided)
    if not all_tallies:
        return
    # How many took part needs no sides: "by 241 votes to 213 … A total of 458 lawmakers
    # voted" whichever figure was the yes side.
    yield from _present_vs_tally(ctx, all_tallies)
    if any(w in ctx.article.text for w in ("took part", "voted", "particip", "cast")):
        yield from _took_part_vs_tally(ctx, all_tallies)
    if not tallies:
        return
    # A tally its own sentence marks as another vote ("The amendment failed by six votes to
    # seven") is not the one a plain count ("the four councillors who voted against the
    # plan") is about; where every tally is so marked, the words name the body that voted
    # ("The committee voted 7-4") or tell of a vote beside it, but "had earlier approved it
    # 5-2" places the tally before the story's vote, told beside one the reading missed.
    # Every tally is a vote the count may be about, its sides read or not: "The board voted
    # 5-2 … Voters approved the levy by 6,102 votes to 5,377 … one of the two no votes" is
    # the board's vote, whose sides the reading could not tell.
    main = [t for t in all_tallies if not _tally_other(ctx, t)] or [
        t
        for t in all_tallies
        if not _EARLIER_VOTE.search(_tally_clause(ctx, t), 0, _clause_at(ctx, t))
    ]
    sentences = ctx.analysis.sentences
    blocks = ctx.segmentation.body
    for side in (m for m in ctx.analysis.numbers if m.kind == "vote_side"):
        sentence = sentences[side.sentence]
        # Words about another vote near the count, not anywhere in a long sentence ("The
        # four members who voted in favour agreed to an amendment from the mayor").
        near = ctx.text(max(sentence.start, side.start - 50), min(sentence.end, side.end + 40))
        if _OTHER_VOTE.search(near):
            continue
        tally = _tally_for(ctx, side, all_tallies, main, blocks)
        if tally is None or tally.start not in sided:
            continue
        yes, no = sided[tally.start]
        expected = yes if side.side == "for" else no
        if overlaps(interval(side.value, side.precision, side.qualifier), (expected, expected)):
            continue
        # "1,842 members voted for the plans and 611 against": a tally of its own; with
        # neither figure the tally's, it is another vote's.
        pair = _OTHER_SIDE.match(ctx.text(side.end, min(sentence.end, side.end + 80)))
        if pair is not None and tally.sentence != side.sentence:
            other = parse_number(pair.group("n"))[0]
            if other != (no if side.side == "for" else yes):
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


# The other side's figure told with a count: "voted for the plans and 611 against", "in
# favour, with 12 opposed".
_OTHER_SIDE = re.compile(
    r"[^.;:]{0,50}?(?:,\s*|\s)(?:and|with|to|while|against)\s+(?:only\s+|just\s+)?"
    rf"(?P<n>{NUM})\s+(?:\w+\s+)?(?:against|opposed|in\s+favou?r|for|voting\s+\w+|voted\s+\w+)\b"
)
# Words that announce a tally as a vote after one already told: "A second, separate
# motion … was carried by 1,507 votes to 903" is not the vote a count before it is about.
_NEXT_VOTE = re.compile(r"\b(?:second|separate|another|further|third)\b", re.I)


# What a count says was voted on: "the four councillors who voted against the plan".
_VOTED_ON = re.compile(
    r"\b(?:for|against|of|backed|supported|opposed)\s+(?:the|this|that|its|their)\s+"
    r"(?:[\w/-]+\s+){0,2}?(?P<noun>budgets?|plans?|bills?|motions?|proposals?|amendments?"
    r"|schemes?|measures?|resolutions?|ordinances?|applications?|contracts?|deals?|mergers?"
    r"|polic(?:y|ies)|levy|treaty|law|legislation|package|strategy|rise|increase|cuts?)\b"
)


def _tally_for(
    ctx: RuleContext,
    side: NumberMention,
    tallies: list[NumberMention],
    main: list[NumberMention],
    blocks: list[Block],
) -> NumberMention | None:
    """The tally a count of one side is about: one in its own sentence; else, of the
    tallies whose sentence names what the count says was voted on ("against the plan")
    or, with none such, of those no other vote's words mark, the nearest before it in its
    paragraph, or the only one in the article."""
    own = [t for t in tallies if t.sentence == side.sentence and t.start < side.start]
    if own:
        return own[-1]  # "failed 4-5, and the four members who voted for it"
    sentences = ctx.analysis.sentences
    tallies = [
        t
        for t in tallies
        if t.start < side.start
        or not _NEXT_VOTE.search(ctx.text(sentences[t.sentence].start, t.start))
    ]
    main = [t for t in main if t in tallies]
    sentence = ctx.analysis.sentences[side.sentence]
    what = _VOTED_ON.search(ctx.text(side.end, min(sentence.end, side.end + 60)))
    base = main
    if what is not None:
        noun = what.group("noun").lower().rstrip("s")[:5]
        named = [t for t in tallies if noun in _tally_clause(ctx, t).lower()]
        base = named or main
    block = next((b for b in blocks if b.start <= side.start < b.end), None)
    same_block = [t for t in base if block is not None and block.start <= t.start < block.end]
    distinct = {(t.value, t.value2) for t in base}
    pool = same_block or (base if len(distinct) == 1 else [])
    if not pool:
        pool = _only_large_enough(side, base)
    if not pool:
        return None
    before = [t for t in pool if t.start < side.start]
    return before[-1] if before else pool[0]


def _only_large_enough(side: NumberMention, tallies: list[NumberMention]) -> list[NumberMention]:
    """The tallies of the one vote a count could be part of: "the 216 lawmakers who voted
    no" in a story of a House vote (218 to 214) and a Senate one (51 to 50) can only be
    the House's. Left empty where two votes are big enough to hold it."""
    if side.qualifier is not None:
        return []  # "about 200": too loose to tell the vote by
    fits = [t for t in tallies if side.value <= t.value + (t.value2 or 0.0)]
    if len({(t.value, t.value2) for t in fits}) != 1:
        return []
    # Beyond every other vote's whole, and not a small part of this one's side.
    others = [t.value + (t.value2 or 0.0) for t in tallies if t not in fits]
    if not others or 2 * side.value < min(fits[0].value, fits[0].value2 or 0.0):
        return []
    return fits


_BREAK = re.compile(r"[,;:()—–]")


def _tally_clause(ctx: RuleContext, tally: NumberMention) -> str:
    """The clause a tally is in: "The council passed the budget 10-3 on Monday", not the
    count's words before it in "…, which failed by five votes to eight"."""
    sentence = ctx.analysis.sentences[tally.sentence]
    start = sentence.start
    for m in _BREAK.finditer(ctx.article.text, sentence.start, tally.start):
        start = m.end()
    end = _BREAK.search(ctx.article.text, tally.end, sentence.end)
    return ctx.text(start, end.start() if end else sentence.end)


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


# Those who took part in the vote: "The division, in which 208 members took part", "208
# MPs took part in the vote", "a total of 41 councillors voted"; not "in the debate".
_PART_VERB = r"(?:took\s+part|participated|voted|cast\s+(?:their\s+)?(?:votes?|ballots?))"
_TOOK_PART = re.compile(
    r"\b(?:vote|division|ballot|poll),?\s+in\s+which\s+"
    rf"(?:(?P<q>{QUAL}|just|only)\s+)?(?P<n>{NUM})\s+(?:[a-z]+\s+)?(?P<noun>[A-Za-z]+)"
    rf"\s+{_PART_VERB}\b"
    rf"|(?<![Aa]ll\s)(?<![Aa]ll\sthe\s)\b(?:(?P<q2>{QUAL})\s+)?(?P<n2>{NUM})\s+(?:[a-z]+\s+)?"
    rf"(?P<noun2>[A-Za-z]+)\s+(?:present\s+)?{_PART_VERB}\s+in\s+(?:the|that|this)\s+"
    r"(?:[a-z]+\s+)?(?:vote|division|ballot)\b"
    rf"|\b[Aa]\s+total\s+of\s+(?P<n3>{NUM})\s+(?P<noun3>[A-Za-z]+)\s+(?:voted|took\s+part)\b"
    r"(?!\s+(?:for|against|in\s+favou?r|yes|no|to|with|in\s+(?:a|an|another|the\s+\w+\s+"
    r"(?:election|poll)))\b)"
)


# The votes or ballots cast in all: "Of the 16,993 ballots cast", "15,993 votes were cast",
# "a total of 15,993 valid votes were cast"; not "absentee ballots cast" (a part), nor those
# cast in a ward or precinct.
_CAST = re.compile(
    rf"\b(?:[Oo]f\s+the|[Aa]\s+total\s+of)\s+(?P<n>{NUM})\s+(?:valid\s+)?(?:votes|ballots)"
    r"\s+(?:(?:were|was)\s+)?cast\b"
    rf"|(?<![\d.,])(?P<n2>{NUM})\s+(?:valid\s+)?(?:votes|ballots)\s+(?:were|had\s+been)\s+cast\b"
)
_CAST_PART = re.compile(
    r"\s+(?:in|across|at|by|from)\s+(?:the\s+|each\s+|every\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:wards?|precincts?|districts?|count(?:y|ies)|regions?|states?|polling|early|postal"
    r"|absentee|mail|person|round)\b",
    re.I,
)


_CAST_OTHER = re.compile(
    r"\b(?:early|postal|absentee|mail(?:ed)?|provisional|so\s+far|counted|by\s+(?:noon"
    r"|midday|lunchtime|\d)|turnout\s+(?:in|at))\b",
    re.I,
)


def _cast_totals(ctx: RuleContext) -> Iterator[tuple[re.Match[str], str]]:
    """Totals of votes or ballots cast, with the group that holds the figure."""
    text = ctx.article.text
    if "cast" not in text:
        return
    for m in _CAST.finditer(text):
        if not _CAST_PART.match(text, m.end()):
            yield m, "n" if m.group("n") else "n2"


_PART_VERB_KEY = re.compile(r"\b(?:took\s+part|participated|voted|cast)\b")
_IN_THE_VOTE = re.compile(
    r"(?:\s+(?:their\s+)?(?:votes?|ballots?))?\s+in\s+(?:the|that|this)\s+(?:[a-z]+\s+)?"
    r"(?:vote|division|ballot)\b"
)


def _took_part_matches(text: str) -> list[re.Match[str]]:
    """_TOOK_PART's matches, each looked for only around the verb every form holds (the
    pattern is costly to run over a whole article)."""
    found: dict[int, re.Match[str]] = {}
    for key in _PART_VERB_KEY.finditer(text):
        before = text[max(0, key.start() - 160) : key.start()].lower()
        if (
            "in which" not in before
            and "total of" not in before
            and not _IN_THE_VOTE.match(text, key.end())
        ):
            continue  # none of the three forms can hold this verb
        for m in _TOOK_PART.finditer(text, max(0, key.start() - 160), key.end() + 140):
            if m.start() <= key.start() and key.end() <= m.end():
                found.setdefault(m.start(), m)
    return [found[start] for start in sorted(found)]


def _took_part_vs_tally(ctx: RuleContext, tallies: list[NumberMention]) -> Iterator[Hit]:
    """ "passed by 134 votes to 66 … The division, in which 208 members took part": those
    who took part voted for or against (or abstained, where a figure is given). Votes or
    ballots cast ("Of the 16,993 ballots cast") may count blank or spoilt ballots, or
    other candidates: a total above the tally's is read only as a slip of one digit."""
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    blocks = ctx.segmentation.body
    main = [t for t in tallies if not _tally_other(ctx, t)]
    found = [
        (m, "n" if m.group("n") else "n2" if m.group("n2") else "n3", False)
        for m in _took_part_matches(text)
    ]
    found += [(m, g, True) for m, g in _cast_totals(ctx)]
    for m, g, cast in found:
        noun = (
            "votes" if cast else (m.group("noun") or m.group("noun2") or m.group("noun3")).lower()
        )
        if not cast and noun not in TOTAL_NOUNS:
            continue  # "12 Democrats voted in the ballot": a part of the body
        sentence = next((s for s in sentences if s.start <= m.start(g) < s.end), None)
        # Up to the count only: "…, was the first recorded vote of the session" is this one.
        if sentence is None or _OTHER_VOTE.search(ctx.text(sentence.start, m.end())):
            continue
        block = next((b for b in blocks if b.start <= m.start() < b.end), None)
        same = [t for t in main if block is not None and block.start <= t.start < block.end]
        pool = same or (main if len({(t.value, t.value2) for t in main}) == 1 else [])
        if not pool:
            continue
        before = [t for t in pool if t.start < m.start()]
        tally = before[-1] if before else pool[0]
        value, precision = parse_number(m.group(g))
        q = None if cast else m.group("q") or m.group("q2")
        stated = interval(value, precision, _qual(q) if q and q not in ("just", "only") else None)
        totals = _totals(ctx, tally)
        if any(overlaps(stated, (t, t)) for t in totals):
            continue
        both = tally.value + (tally.value2 or 0.0)
        if cast and stated[0] > both and not (precision == 1 and _close_slip(value, both)):
            continue  # blank ballots or other candidates may make up the rest
        if cast and _CAST_OTHER.search(
            text, max(sentence.start, m.start() - 60), min(sentence.end, m.end() + 30)
        ):
            continue  # ballots of a part of the vote, or part-way through the count
        said = "are said to have been cast" if cast else "are said to have taken part"
        yield Hit(
            message=(
                f"{ctx.text(m.start(g), m.end(g))} {said}, but the tally"
                f" “{ctx.text(tally.start, tally.end)}” adds up to {_fmt(both)}."
            ),
            spans=[(m.start(g), m.end(g)), (tally.start, tally.end)],
            confidence=0.6,
            suggestion=f"{_fmt(both)}, if the tally is right",
        )


# The outcome verb that governs a tally, read just before it in its clause: "passed by 12
# votes to eight", "was defeated 4-7", "rejected the plan by 212 to 188".
_OUTCOME_BEFORE = re.compile(
    r"\b(?:(?P<yes>passed|approved|adopted|carried|backed|endorsed|confirmed|supported"
    r"|voted\s+(?:\w+\s+)?(?:for|in\s+favou?r))|(?P<no>rejected|defeated|failed|lost|blocked"
    r"|voted\s+(?:\w+\s+)?(?:down|against)|thrown\s+out))\b"
)
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\b(?:after|before|while|when|but|and)\b")


def _sides(ctx: RuleContext, tally: NumberMention) -> tuple[float, float] | None:
    """(for, against) of a tally: as the analysis read it, or from the outcome verb just
    before it in its clause when its sentence names two outcomes."""
    if tally.value2 is None:
        return None
    if tally.sides_known:
        return tally.value, tally.value2
    sentence = ctx.analysis.sentences[tally.sentence]
    lo = max(sentence.start, tally.start - 60)
    before = ctx.text(lo, tally.start)
    found = None
    for m in _OUTCOME_BEFORE.finditer(before):
        found = m
    if found is None or _CLAUSE_BREAK.search(before, found.end()):
        return None
    a, b = tally.value, tally.value2
    return (max(a, b), min(a, b)) if found.group("yes") else (min(a, b), max(a, b))


def _tally_other(ctx: RuleContext, tally: NumberMention) -> bool:
    """Whether the tally's own sentence, up to just after it, marks it as another vote
    ("The amendment failed by six votes to seven")."""
    sentence = ctx.analysis.sentences[tally.sentence]
    return bool(_OTHER_VOTE.search(ctx.text(sentence.start, min(sentence.end, tally.end + 20))))


# A tally its own clause places before the vote of the story: "The planning board had
# earlier approved it 5-2".
_EARLIER_VOTE = re.compile(
    r"\b(?:earlier|previous(?:ly)?|prior|first|initial(?:ly)?|last\s+(?:year|month|week)"
    r"|in\s+(?:19|20)\d\d)\b",
    re.I,
)


def _clause_at(ctx: RuleContext, tally: NumberMention) -> int:
    """Where the tally starts within the text of its clause."""
    clause = _tally_clause(ctx, tally)
    return max(0, clause.find(ctx.text(tally.start, tally.end)))


# Words of a step or a sitting that a tally of the same figures may belong to: "voted
# 51-49 to begin debate", "its third reading", "on Thursday".
_STEP = re.compile(
    r"\b(?:advance|proceed|(?:begin|open|end|limit|close)\s+debate|cloture|reading|round"
    r"|stage|final\s+(?:vote|passage)|motion\s+to|override|veto|reconsider\w*|separate|also"
    r"|then|later|again|next|the\s+rule|recount)\b",
    re.I,
)
_DAY = re.compile(
    r"\b(?:today|yesterday|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)


# A tally told as a vote: "The 52-46 vote", "after the 7-2 decision".
_VOTE_NOUN = re.compile(
    r"\s+(?:(?:Senate|House|council|board|committee|party-line)\s+)?"
    r"(?:vote|votes|decision|ballot|division|tally|roll\s+call)\b"
)


def _restated_tally(
    ctx: RuleContext, tallies: list[NumberMention], sided: dict[int, tuple[float, float]]
) -> Iterator[Hit]:
    """ "Councillors backed the plans by 41 votes to 29 … The full budget passed by 41 votes
    to 27": the winning or the losing figure told again with the other changed is the same
    vote told twice, one of them wrong. Tallies another vote's words mark, a step of a vote
    that only one of the two names, or a day that only the later names, are left alone."""
    if len({(t.value, t.value2) for t in tallies}) < 2:
        return
    text = ctx.article.text
    sentences = ctx.analysis.sentences

    def ranked(t: NumberMention) -> tuple[float, float]:
        return max(t.value, t.value2 or 0.0), min(t.value, t.value2 or 0.0)

    def named(t: NumberMention) -> bool:
        return _VOTE_NOUN.match(text, t.end) is not None

    def steps(t: NumberMention) -> set[str]:
        s = sentences[t.sentence]
        window = ctx.text(max(s.start, t.start - 60), min(s.end, t.end + 30))
        return {w.lower() for w in _STEP.findall(window)}

    other = {t.start for t in tallies if _tally_other(ctx, t)}  # read once, not per pair
    for i, later in enumerate(tallies):
        if later.start in other:
            continue
        win, lose = ranked(later)
        earlier = [t for t in tallies[:i] if t.sentence != later.sentence and t.start not in other]
        if any(ranked(t) == (win, lose) for t in earlier):
            continue  # told again the same way: the two may be the same vote
        matches = [
            t
            for t in earlier
            if (ranked(t)[0] == win) != (ranked(t)[1] == lose)
            # One at least read as a vote's: by its outcome, or named so ("the 52-46 vote").
            and (t.start in sided or later.start in sided or (named(t) and named(later)))
            # Both outcomes known: a vote passed is not one that failed.
            and not (
                t.start in sided
                and later.start in sided
                and (sided[t.start][0] > sided[t.start][1])
                != (sided[later.start][0] > sided[later.start][1])
            )
        ]
        if len(matches) != 1:
            continue
        first = matches[0]
        if steps(first) ^ steps(later):
            continue  # another step of the vote may be meant
        s1 = sentences[first.sentence]
        if set(_DAY.findall(_tally_clause(ctx, later))) - set(_DAY.findall(text, s1.start, s1.end)):
            continue  # another sitting may be meant
        yield Hit(
            message=(
                f"The tally “{ctx.text(later.start, later.end)}” disagrees with"
                f" “{ctx.text(first.start, first.end)}” given earlier for what reads as the"
                " same vote."
            ),
            spans=[(later.start, later.end), (first.start, first.end)],
            confidence=0.6,
        )


# The whole vote said to be unanimous: "the decision was unanimous", "voted unanimously",
# "a unanimous vote"; not "not unanimous", "near-unanimous", "unanimous consent".
_UNANIMOUS = re.compile(
    r"\b(?:(?:vote|decision|ruling|verdict|result|approval)\b[^.;:]{0,60}?\b(?:was|were)\s+"
    r"unanimous\b|unanimously\b|unanimous\s+(?:vote|decision|ruling|verdict|approval|backing))",
    re.I,
)
_UNANIMOUS_NOT = re.compile(
    r"(?:\bnot|n['’]t|\bnear(?:ly)?|\balmost|\bvirtually|\bshort\s+of|\bfar\s+from|\bless\s+than"
    r"|\bnever|\brequir\w*|\bneed\w*|\bwould|\bcould|\bmust|\bhoped?|\bexpect\w*)[\s-]+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
# A part of the body, or a contest judged by points, unanimous on its own.
_UNANIMOUS_PART = re.compile(
    r"\b(?:Democrats?|Republicans?|Labour|Conservatives?|Tor(?:y|ies)|party|parties|group"
    r"|caucus|bloc|faction|opposition|delegation|wing|side|judges|scorecards?|bout|fight"
    r"|consent)\b",
    re.I,
)
# A tally used to name the vote it refers back to: "the 11-1 decision", "its 5-4 ruling".
_NAMED_TALLY = re.compile(
    r"\b(?:the|its|their|that|this)\s+(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})\s+"
    r"(?:vote|decision|ruling|verdict|split|majority)\b",
    re.I,
)


def _unanimous_vs_split(ctx: RuleContext, tallies: list[NumberMention]) -> Iterator[Hit]:
    """ "The decision … was unanimous" … "the 11-1 decision": a split tally for a vote the
    article calls unanimous. Read only for a tally in the same sentence or one that names
    the vote it refers back to."""
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    claims = []
    for m in _UNANIMOUS.finditer(text):
        index = next((i for i, s in enumerate(sentences) if s.start <= m.start() < s.end), None)
        if index is None:
            continue
        sentence = sentences[index]
        s_text = ctx.text(sentence.start, sentence.end)
        if _UNANIMOUS_NOT.search(text, max(sentence.start, m.start() - 30), m.start()):
            return  # "not unanimous" anywhere: the article tells of a split
        near = ctx.text(max(sentence.start, m.start() - 40), min(sentence.end, m.end() + 30))
        if _UNANIMOUS_PART.search(s_text) or _OTHER_VOTE.search(near):
            continue
        claims.append((m, index))
    if len(claims) != 1:
        return
    claim, c_sentence = claims[0]
    word = re.search(r"unanimous\w*", claim.group(0), re.I)
    w_start = claim.start() + (word.start() if word else 0)
    w_end = claim.start() + (word.end() if word else len(claim.group(0)))
    split: list[tuple[int, int, float, float]] = [
        (t.start, t.end, t.value, t.value2 or 0.0) for t in tallies if t.sentence == c_sentence
    ]
    for m in _NAMED_TALLY.finditer(text):
        a, b = float(m.group("a")), float(m.group("b"))
        if any(
            {t.value, t.value2} == {a, b} and not m.start() <= t.start < m.end() for t in tallies
        ):
            continue  # the vote it names is told elsewhere with these figures
        if any(start <= m.start("a") < end for start, end, _, _ in split):
            continue  # already read in the claim's sentence
        sentence = next((s for s in sentences if s.start <= m.start() < s.end), None)
        if sentence is None or _OTHER_VOTE.search(
            ctx.text(sentence.start, min(sentence.end, m.end() + 20))
        ):
            continue
        split.append((m.start("a"), m.end("b"), a, b))
    for start, end, a, b in split:
        if min(a, b) == 0:
            continue
        yield Hit(
            message=(
                f"The vote is called “{ctx.text(w_start, w_end)}”, but “{ctx.text(start, end)}”"
                f" has {_fmt(min(a, b))} on the losing side."
            ),
            spans=[(start, end), (w_start, w_end)],
            confidence=0.65,
        )
