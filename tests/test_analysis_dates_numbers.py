"""The date and number analysers: what they read, and what they leave alone."""

from __future__ import annotations

import datetime as dt

from factcheck.analysis import analyze
from factcheck.analysis.models import Analysis
from factcheck.analysis.numbers import interval, parse_number
from factcheck.article import Article
from factcheck.segment import segment

PUB = dt.date(2025, 2, 12)


def _analyse(text: str, published: dt.date | None = PUB) -> Analysis:
    article = Article(path="<t>", format="text", text=text, published=published)
    return analyze(article, segment(article))


def test_dates_in_the_common_styles() -> None:
    text = (
        "Talks began on Wednesday, February 12, 2025, resumed Feb. 14 (Friday) and end on"
        " 2025-02-20. A vote on 12 February 2025 follows, then one on March 3, a Monday."
    )
    dates = [d for d in _analyse(text).dates if d.kind == "date"]
    assert [(d.month, d.day, d.weekday) for d in dates] == [
        (2, 12, 2),
        (2, 14, 4),
        (2, 20, None),
        (2, 12, None),
        (3, 3, 0),
    ]
    assert all(d.resolved is not None and d.valid for d in dates)
    assert [text[d.start : d.end] for d in dates][:2] == [
        "Wednesday, February 12, 2025",
        "Feb. 14 (Friday)",
    ]
    assert dates[1].resolved == dt.date(2025, 2, 14) and not dates[1].year_stated


def test_relative_weekdays_and_years() -> None:
    analysis = _analyse("Officials met on Monday and will meet next Friday. It began in 2019.")
    relative = [d for d in analysis.dates if d.kind == "relative"]
    assert [d.resolved for d in relative] == [dt.date(2025, 2, 10), dt.date(2025, 2, 14)]
    assert [d.year for d in analysis.dates if d.kind == "year"] == [2019]
    assert all(d.resolved is None for d in _analyse("On Monday.", None).dates)


def test_impossible_dates_are_kept_but_marked() -> None:
    dates = _analyse("Due on February 30 or 2023-13-02.").dates
    assert [d.valid for d in dates] == [False, False]


def test_numbers_money_percent_and_counts() -> None:
    text = "About $1.3 billion and €40m went to 2.7 million voters; 48% agreed, or forty-two."
    numbers = {text[n.start : n.end]: n for n in _analyse(text).numbers}
    assert numbers["$1.3 billion"].value == 1.3e9
    assert numbers["$1.3 billion"].qualifier == "about"
    assert numbers["€40m"].unit == "EUR" and numbers["€40m"].value == 40e6
    assert numbers["2.7 million"].precision == 1e5 and numbers["2.7 million"].unit == "voters"
    assert numbers["48%"].kind == "percent"
    assert numbers["forty-two"].value == 42


def test_tallies_sides_ages_and_founding() -> None:
    text = (
        "The Senate rejected the bill 45-55. The 45 senators who voted yes were angry.\n\n"
        "Maria Ortiz, 47, was born in 1978. The club, founded in 1921, marks its centenary."
        " It opened two decades ago."
    )
    by_kind: dict[str, list[float]] = {}
    for n in _analyse(text).numbers:
        by_kind.setdefault(n.kind, []).append(n.value)
    assert by_kind["tally"] == [45]  # rejected: the smaller side is the yes side
    assert by_kind["vote_side"] == [45]
    assert by_kind["age"] == [47] and by_kind["birth_year"] == [1978]
    assert by_kind["event_year"] == [1921] and by_kind["anniversary"] == [100]
    assert by_kind["years_ago"] == [20]


def test_margins_and_elapsed_years() -> None:
    text = (
        "The measure passed by 9,812 votes to 9,455, a margin of fewer than 400 votes. Backers"
        " won a 357-vote majority and the yes side won by just 357 votes.\n\n"
        "The line closed in 1964. Trains return 61 years since the last train ran, nearly"
        " six decades after the closure and half a century after a fire."
    )
    numbers = _analyse(text).numbers
    margins = [n for n in numbers if n.kind == "margin"]
    assert [(text[n.start : n.end], n.qualifier) for n in margins] == [
        ("400", "less"),
        ("357", None),
        ("357", None),
    ]
    assert [n.value for n in numbers if n.kind == "tally"] == [9812]
    elapsed = [n for n in numbers if n.kind == "elapsed"]
    assert [(n.value, n.event, n.qualifier) for n in elapsed] == [
        (61, "since", None),
        (60, "after", "nearly"),
        (50, "after", None),
    ]
    assert elapsed[1].precision == 10
    # "by 9,812 votes to 9,455" is the tally, not a margin; an elapsed time is not a count.
    assert not [n for n in numbers if n.kind == "count" and n.unit == "years"]


def test_bare_margins_and_other_tally_forms() -> None:
    text = (
        "The bill passed 335-260, a margin of 75. Members voted 212 to 188, a majority of 24."
        "\n\nThe motion won 7-4 on Tuesday. It was a three-vote margin.\n\n"
        "Leeds won 7-4 at home. Membership rose by 212 to 1,188 members."
    )
    numbers = _analyse(text).numbers
    assert [(n.value, n.value2) for n in numbers if n.kind == "tally"] == [
        (335, 260),
        (212, 188),
        (7, 4),
    ]
    assert [n.value for n in numbers if n.kind == "margin"] == [75, 24, 3]


def test_a_bare_figure_after_majority_needs_a_tally_beside_it() -> None:
    text = "The government has a majority of 80. The committee has a majority of 3 members."
    assert not [n for n in _analyse(text).numbers if n.kind == "margin"]


def test_ages_and_births_keep_the_full_name() -> None:
    text = (
        "Daniel Kiptoo, 29, who was born in 1995, won. His brother Elijah Kiptoo, 26, was"
        " third. Kiptoo (31) coaches them."
    )
    got = [(n.kind, n.person, n.full_name) for n in _analyse(text).numbers if n.person]
    assert got == [
        ("age", "Kiptoo", "Daniel Kiptoo"),
        ("birth_year", "Kiptoo", "Daniel Kiptoo"),
        ("age", "Kiptoo", "Elijah Kiptoo"),
        ("age", "Kiptoo", "Kiptoo"),
    ]


def test_scores_and_ranges_are_not_tallies() -> None:
    text = "Leeds won 3-1 in the 2019-20 season; ages 18-24 were surveyed."
    assert not [n for n in _analyse(text).numbers if n.kind == "tally"]


def test_precision_and_hedges() -> None:
    assert parse_number("2.7 million") == (2_700_000, 100_000)
    assert parse_number("forty-eight") == (48, 1)
    lo, hi = interval(1.3e6, 1e5, "about")
    assert lo <= 1.296e6 <= hi
    assert interval(50, 1, "more")[1] == float("inf")


def test_analysis_of_a_long_repetitive_text_finds_every_figure() -> None:
    paragraph = (
        "The council voted 9-4 on Wednesday, February 12, 2025, to approve a $48 million"
        " terminal. Ridership rose 20% from 1.5 million to 1.8 million. Mayor Elena Marsh, 51,"
        " was born in 1973. About 35% of the 1.8 million trips, or 630,000, were commutes.\n\n"
    )
    text = paragraph * 40  # about 2,000 words
    analysis = _analyse(text)
    # Speed is measured by benchmarks/offline.py; here: every repeated figure is found.
    assert sum(1 for n in analysis.numbers if n.kind == "percent") >= 40


def test_founding_verbs_used_of_people_need_an_institution() -> None:
    text = (
        "The festival was started in 1975. The race, which began in 1950, is older. It was"
        " first held in 1985 in a car park. Ms Hart started in 1998. Work began in 2001."
    )
    events = [(m.value, m.event) for m in _analyse(text).numbers if m.kind == "event_year"]
    assert events == [(1975.0, "started"), (1950.0, "began"), (1985.0, "first held")]


def test_rates_are_not_elapsed_years_and_seat_majorities_are_margins() -> None:
    text = (
        "Sales had grown 7 percent a year since 2019. The club met twice a year since 2016."
        " Trains returned a year after the fire. Labour won 40 of the 68 seats, a 12-seat"
        " majority, and a 353-vote win in the ward."
    )
    numbers = _analyse(text).numbers
    elapsed = [text[m.start : m.end] for m in numbers if m.kind == "elapsed"]
    assert elapsed == ["a year"]
    margins = [(m.value, m.unit) for m in numbers if m.kind == "margin"]
    assert margins == [(12.0, "seats"), (353.0, "votes")]


def test_a_birth_opening_its_sentence_is_of_the_name_after_it() -> None:
    text = "Born in 1968 in Nairobi, Margaret Oduya moved to Leeds. Born in 1942, she ran."
    births = [(m.value, m.person) for m in _analyse(text).numbers if m.kind == "birth_year"]
    assert births == [(1968.0, "Oduya"), (1942.0, "?")]
