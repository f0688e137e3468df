"""Round twelve: a result told as a noun ("a 27-19 win over Canterbury") and "also" for
another match; cricket totals wickets first ("posted 7/198") and run margins as "a 21-run
victory"; of several votes, the one that names the margin's candidates; by how much a vote
cleared its threshold."""

from __future__ import annotations

import pytest

from tests.conftest import ReviewFn

H = "Report\n\n"


def _ids(findings: ReviewFn, text: str, rule: str) -> list[str]:
    return [f.rule_id for f in findings(H + text, rule)]


FLAGGED_410 = [
    "Hawke's Bay secured a 27-19 win over Canterbury on Saturday.\n\n"
    "Hapi's late try sealed the 11-point win.\n\nThey also beat Otago 22-15 last month.",
    "Rovers recorded a 3-1 victory against Calder.\n\nThe one-goal win lifts them to third.",
    "Oldfield suffered a 2-0 defeat to Leeford.\n\nThe three-goal defeat left them bottom.",
    "The Hurricanes posted 7/198 after being sent in.\n\nThe Heat were bowled out for 171.\n\n"
    "The 21-run victory lifts them to second.",
    "Ashdale made 5/161 on Sunday. Their opponents were all out for 140, and Ashdale won the"
    " game by 31 runs.",
    "Northside finished on 8/175. Southend were bowled out for 150.\n\nThe margin was 20 runs.",
]
CLEAN_410 = [
    "Hawke's Bay secured a 27-19 win over Canterbury on Saturday.\n\n"
    "Hapi's late try sealed the eight-point win.\n\nThey also beat Otago 22-15 last month.",
    "Rovers recorded a 3-1 victory against Calder.\n\nThe two-goal win lifts them to third.",
    "The Hurricanes posted 7/198 after being sent in. Ellis took 3/28 and Hobart recovered"
    " from 3/52.\n\nThe Heat were bowled out for 171.\n\nThe 27-run victory lifts them.",
    "Ashdale made 5/161 on Sunday. Their opponents were all out for 140, and Ashdale won the"
    " game by 21 runs.",
    # Two innings told, plus a bowler's figures: still one pair of totals.
    "Northside finished on 8/175. Southend were bowled out for 150, Swepson taking 2/31.\n\n"
    "The margin was 25 runs.",
    # Another match's margin.
    "Harriers beat Oldfield 2-1 on Tuesday.\n\nThey also beat Calder 4-0 in a friendly, a"
    " four-goal win.",
]
FLAGGED_408 = [
    "Dalton received 18,432 votes to 15,907 for Ruiz.\n\nRuiz congratulated Dalton on a"
    " margin of 2,252 votes.\n\nVoters approved Issue 1A by 61,204 votes to 48,977.",
    "Okafor won by 9,812 votes to 9,455 against Reyes.\n\nThe levy passed by 3,100 votes to"
    " 2,900.\n\nReyes conceded that Okafor had a lead of 375 votes.",
    "MEPs backed Laine by 401 votes to 284. She needed an absolute majority, or 361 votes.\n\n"
    "Her total cleared the bar by 49 votes.",
    "The bill passed 320 votes to 200. It required 300 votes.\n\nIt had 12 votes more than needed.",
    "In 2019 she scraped through with 383 votes, just seven more than the 374 then required.",
]
CLEAN_408 = [
    "Dalton received 18,432 votes to 15,907 for Ruiz.\n\nRuiz congratulated Dalton on a"
    " margin of 2,525 votes.\n\nVoters approved Issue 1A by 61,204 votes to 48,977.",
    # The margin names no one: which vote it is cannot be told.
    "Dalton received 18,432 votes to 15,907 for Ruiz.\n\nThe margin of 2,252 votes was"
    " wide.\n\nVoters approved Issue 1A by 61,204 votes to 48,977.",
    "MEPs backed Laine by 401 votes to 284. She needed an absolute majority, or 361 votes.\n\n"
    "Her total cleared the bar by 40 votes.",
    "In 2019 she scraped through with 383 votes, just nine more than the 374 then required.",
    "The bill passed 320 votes to 200. It required 300 votes.\n\nIt had 20 votes more than needed.",
    # Another vote's threshold, in another year.
    "MEPs backed Laine by 401 votes to 284.\n\nIn 2019 she needed 374 votes and cleared the"
    " bar by 9 votes.",
]


@pytest.mark.parametrize("text", FLAGGED_410)
def test_score_margin_flagged(findings: ReviewFn, text: str) -> None:
    assert _ids(findings, text, "FC410")


@pytest.mark.parametrize("text", CLEAN_410)
def test_score_margin_clean(findings: ReviewFn, text: str) -> None:
    assert not _ids(findings, text, "FC410")


@pytest.mark.parametrize("text", FLAGGED_408)
def test_vote_margin_flagged(findings: ReviewFn, text: str) -> None:
    assert _ids(findings, text, "FC408")


@pytest.mark.parametrize("text", CLEAN_408)
def test_vote_margin_clean(findings: ReviewFn, text: str) -> None:
    assert not _ids(findings, text, "FC408")
