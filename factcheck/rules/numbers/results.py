"""An election result laid out one candidate a line, for FC403 (the total of valid votes)
and FC408 (the winning majority):

    Gareth Lindley (Reform UK) 1,412
    Priya Sandhu (Labour) 1,187
    - Martin Oakes, Conservative: 604 votes
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.analysis.numbers import NUM, parse_number
from factcheck.rules.numbers._common import _fmt
from factcheck.rules.registry import Hit, RuleContext

# One candidate's line: a name (with a party in brackets or after a comma or dash) and a
# whole number of votes, with perhaps a share after it.
_LINE = re.compile(
    r"^[ \t]*(?:[-*•]\s+|\d{1,2}[.)]\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
    r"(?:\s+\([^()\n]{2,40}\)|\s*[,–—-]\s+[A-Z][\w'’ .-]{1,40}?)?\s*[:,–—-]?\s+"
    rf"(?P<n>{NUM})(?:\s+votes)?(?:\s+\(\d{{1,2}}(?:\.\d+)?\s?%\))?[ \t]*$",
    re.M,
)
# Lines of a declaration that are not a candidate's.
_NOT_CANDIDATE = re.compile(
    r"^(?:Majority|Turnout|Electorate|Rejected|Spoilt|Spoiled|Total|Swing|Valid|Invalid"
    r"|Registered|Votes|Count|Result|Share)\b",
    re.I,
)


@dataclass(frozen=True)
class ResultTable:
    """Candidates' totals in the order given, with their spans, and the table's bounds."""

    totals: list[tuple[str, float, int, int]]
    start: int
    end: int


def result_tables(ctx: RuleContext) -> list[ResultTable]:
    """Runs of two or more consecutive lines that each give a candidate's votes."""
    text = ctx.article.text
    if "\n" not in text:
        return []
    tables: list[ResultTable] = []
    run: list[tuple[str, float, int, int]] = []
    last_end = -1
    bounds = (0, 0)
    for m in _LINE.finditer(text):
        name = m.group("name")
        value, precision = parse_number(m.group("n"))
        if _NOT_CANDIDATE.match(name) or precision != 1 or "." in m.group("n"):
            continue
        # Consecutive: nothing but blank space between this line and the last.
        if run and text[last_end : m.start()].strip():
            if len(run) >= 2:
                tables.append(ResultTable(run, *bounds))
            run = []
        if not run:
            bounds = (m.start(), m.end())
        run.append((name, value, m.start("n"), m.end("n")))
        bounds = (bounds[0], m.end())
        last_end = m.end()
    if len(run) >= 2:
        tables.append(ResultTable(run, *bounds))
    return tables


# "A total of 3,772 valid votes were cast", "3,772 valid votes were cast", "total valid vote
# of 3,772", "Total valid votes: 3,772".
_VALID_TOTAL = re.compile(
    rf"\b(?:[Aa]\s+)?total\s+of\s+(?P<n>{NUM})\s+(?P<valid>valid\s+)?votes\s+(?:were\s+)?cast\b"
    rf"|\b(?P<n2>{NUM})\s+(?P<valid2>valid\s+)?votes\s+were\s+cast\b"
    rf"|\btotal\s+(?P<valid3>valid\s+)?(?:votes?|poll)(?:\s+cast)?\s*(?:of|was|:)\s*(?P<n3>{NUM})"
    r"(?![\d%]|[.,]\d)",
    re.I,
)
# Ballots that are counted but not valid: "14 ballot papers were rejected", "14 spoilt".
_REJECTED = re.compile(
    rf"(?P<n>{NUM})\s+(?:ballot\s+papers?|ballots?|votes?|papers?)?\s*(?:were\s+)?"
    r"(?:rejected|spoilt|spoiled|invalid|void)\b"
    rf"|\b(?:rejected|spoilt|spoiled|invalid|void)\s+(?:ballot\s+papers?|ballots?|votes?|papers?)"
    rf"\s*(?::|of|were|was)?\s*(?P<n2>{NUM})",
    re.I,
)


def total_vs_table_hits(ctx: RuleContext) -> Iterator[Hit]:
    """ "Lindley (Reform UK) 1,412 … Bailey (Liberal Democrat) 208 … A total of 3,772 valid
    votes were cast": the total is the candidates' votes added up (with rejected ballots, if
    the total is not said to be of valid votes)."""
    text = ctx.article.text
    if "votes" not in text and "Total" not in text:
        return
    tables = result_tables(ctx)
    if len(tables) != 1 or len(tables[0].totals) < 3:
        return  # no full result, or several (other wards): which adds up is not known
    table = tables[0]
    added = sum(v for _, v, _, _ in table.totals)
    rejected = {parse_number(m.group("n") or m.group("n2"))[0] for m in _REJECTED.finditer(text)}
    for m in _VALID_TOTAL.finditer(text):
        group = next(g for g in ("n", "n2", "n3") if m.group(g))
        value, precision = parse_number(m.group(group))
        if precision != 1 or value == added:
            continue
        valid = m.group("valid") or m.group("valid2") or m.group("valid3")
        if not valid and any(value == added + r for r in rejected):
            continue  # the total counts the rejected ballots too
        yield Hit(
            message=(
                f"The candidates' votes in the result add up to {_fmt(added)}, not"
                f" {m.group(group)}."
            ),
            spans=[(m.start(group), m.end(group)), (table.start, table.end)],
            confidence=0.7,
            suggestion=f"{_fmt(added)}, if the candidates' figures are right",
        )


def table_figures(ctx: RuleContext) -> list[tuple[str, float, int, int, bool]] | None:
    """The one result table's totals, largest first, as FC408 reads candidates' totals."""
    tables = result_tables(ctx)
    if len(tables) != 1:
        return None
    figures = sorted(
        (
            (re.sub(r"['’]s$", "", name.split()[-1]), v, s, e, False)
            for name, v, s, e in tables[0].totals
        ),
        key=lambda f: -f[1],
    )
    if figures[0][1] == figures[1][1] or len({f[0] for f in figures}) != len(figures):
        return None  # a tie, or one name twice
    return figures
