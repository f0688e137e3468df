"""FC401, FC402 and FC404: amounts of money, percentage changes and shares of a total."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ReviewFn

PUB = dt.date(2024, 9, 5)


# FC402: the figure after the change first, the one it is measured against after it


@pytest.mark.parametrize(
    ("text", "percent", "expected"),
    [
        (
            "It now expects pre-tax profit of £318m, up 12 per cent from £296m a year earlier.",
            "12 per cent",
            "7.43",
        ),
        (
            "Sales reached $5.4 billion, an increase of 20 percent on last year's $5.0 billion.",
            "20 percent",
            "8",
        ),
        ("The fund stood at €2.2bn, 25% higher than the €2.0bn it held a year ago.", "25%", "10"),
        ("Membership was 4,200, down 30 per cent from 4,800 in 2019.", "30 per cent", "12.5"),
    ],
)
def test_fc402_flags_a_change_given_after_the_new_figure(
    findings: ReviewFn, text: str, percent: str, expected: str
) -> None:
    [finding] = findings(text, "FC402", published=PUB)
    assert finding.spans[0].text == percent
    assert expected in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "It now expects pre-tax profit of £318m, up 7 per cent from £296m a year earlier.",
        "Sales reached $5.4 billion, an increase of 8 percent on last year's $5.0 billion.",
        "The fund stood at €2.2bn, about 10% higher than the €2.0bn it held a year ago.",
        # A year, not the figure before.
        "The chain had 1,240 branches, up 12% from 2019.",
        # A date, not a figure: "July 1".
        "The council approved a $448 million budget for the year that begins July 1, an"
        " increase of 8.7 percent over the current year's $412 million.",
        # A yearly rate is not the whole change.
        "Rents reached £1,400, up 3% a year from £1,000 in 2014.",
        # Percentage points.
        "Turnout was 62%, up 5 points from 57%.",
        # No figure to measure against.
        "Revenue was $5bn, up 10% from a year earlier.",
        # Money against a count.
        "The club earned $4.8 million, up 20% from 4,000 members.",
    ],
)
def test_fc402_accepts_a_change_after_the_new_figure_that_fits(
    findings: ReviewFn, text: str
) -> None:
    assert findings(text, "FC402", published=PUB) == []


# FC402: two figures side by side, then the change between them


@pytest.mark.parametrize(
    ("text", "percent", "expected"),
    [
        (
            "The agency carried 18.2 million trips in 2021, when many offices were still"
            " closed, and 21.4 million last year, a 24 percent jump.",
            "24 percent",
            "17.6",
        ),
        (
            "In the placebo group, 240 patients were admitted to hospital, compared with 180"
            " in the group given the drug, a 40 per cent reduction, the researchers said.",
            "40 per cent",
            "25",
        ),
        (
            "Sales were $4.0 billion in 2022 and $4.6 billion in 2023, a rise of 25 per cent.",
            "25 per cent",
            "15",
        ),
        (
            "The club had 1,500 members this year, compared with 1,200 last year, up 40%.",
            "40%",
            "25",
        ),
    ],
)
def test_fc402_flags_a_change_between_two_figures_side_by_side(
    findings: ReviewFn, text: str, percent: str, expected: str
) -> None:
    [finding] = findings(text, "FC402", published=PUB)
    assert finding.spans[0].text == percent
    assert expected in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "The agency carried 18.2 million trips in 2021 and 21.4 million last year, an 18"
        " percent jump.",
        "The agency carried 18.2 million trips in 2021 and 21.4 million last year, a jump of"
        " about 17 percent.",
        # An adjusted trial result a point or two from the raw counts.
        "In the placebo group, 240 patients were admitted, compared with 180 in the drug"
        " group, a 27 per cent reduction.",
        # Either order: the later figure given first.
        "The club had 1,500 members this year, compared with 1,200 last year, up 25%.",
        # Two things, not one thing twice.
        "The firm sold 1,200 cars in March and 300 vans in April, a 12 per cent rise.",
        # A change measured against something else, or of something else.
        "The agency carried 18.2 million trips in 2021 and 21.4 million last year, a 24"
        " percent jump on 2019.",
        "Of the patients, 240 were admitted in the placebo group, compared with 180 in the"
        " drug group, a 40 per cent reduction in the risk of death.",
        # A third figure the change could be between.
        "Ridership was 15 million in 2020, 18.2 million in 2021 and 21.4 million last year,"
        " a 24 percent jump.",
        # "and" with no moment for each figure.
        "The city has 200 buses and 240 drivers, a 10 per cent rise.",
        # Rates: points or relative, either fits.
        "Turnout was 62% in 2019 and 66% in 2024, a 4 per cent rise.",
        "The jobless rate was 4% in 2022 and 5% last year, a 25 per cent rise.",
    ],
)
def test_fc402_accepts_figures_side_by_side_that_fit(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC402", published=PUB) == []


# FC402: "The increase, which …, a 9.4 per cent rise": a change pointing back


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        (
            "The council approved a budget of £51.0 million on Monday night, up from £48.2"
            " million this year.\n\nThe increase, which finance officers described as a 9.4"
            " per cent rise, will be paid for partly by a 4.99 per cent rise in council tax.",
            "9.4 per cent",
        ),
        (
            "Spending will be £51.0 million, up from £48.2 million. The rise, of 9 per cent,"
            " was approved without a vote.",
            "9 per cent",
        ),
        (
            "Fares went from $2.00 to $2.50 in January. The increase amounts to 15 percent.",
            "15 percent",
        ),
    ],
)
def test_fc402_flags_a_change_named_before_its_size(
    findings: ReviewFn, text: str, percent: str
) -> None:
    [finding] = findings(text, "FC402", published=PUB)
    assert finding.spans[0].text == percent


@pytest.mark.parametrize(
    "text",
    [
        "The council approved a budget of £51.0 million on Monday night, up from £48.2"
        " million this year. The increase, which officers described as a 5.8 per cent rise,"
        " was approved.",
        "Spending will be £51.0 million, up from £48.2 million. The rise amounts to 6 per cent.",
        # A change of something else.
        "Spending will be £51.0 million, up from £48.2 million. The increase, which"
        " officers set at a 9.4 per cent rise in council tax, was approved.",
        "Spending will be £51.0 million, up from £48.2 million. The rise amounts to 9 per"
        " cent of the total.",
    ],
)
def test_fc402_accepts_a_change_named_before_its_size_that_fits(
    findings: ReviewFn, text: str
) -> None:
    assert findings(text, "FC402", published=PUB) == []


# FC404: "Of the 4,800 participants, 312 …, about 11 per cent"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Of the 4,800 participants, 312 stopped taking their injections early, about 11"
            " per cent, most often because of nausea.",
            "312",
        ),
        (
            "Among the 1,200 pupils surveyed, 300 said they walked to school most days, or"
            " 40 per cent.",
            "300",
        ),
        ("Of the 640 beds in the hospital, 320 were empty on Tuesday night (a third).", "320"),
        (
            "Of the 4,200 workers deployed at the peak of construction, nearly 38 per cent, or"
            " about 1,200 people, went back to their home villages.",
            "1,200",
        ),
        ("Among the 900 students who applied, a fifth, or 300, were offered places.", "300"),
    ],
)
def test_fc404_flags_a_share_closing_the_clause_after_of_the_total(
    findings: ReviewFn, text: str, count: str
) -> None:
    [finding] = findings(text, "FC404", published=PUB)
    assert any(s.text == count for s in finding.spans)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 4,800 participants, 312 stopped taking their injections early, about 6.5"
        " per cent, most often because of nausea.",
        "Of the 640 beds in the hospital, 320 were empty on Tuesday night (half).",
        "Of the 4,200 workers deployed at the peak of construction, nearly 38 per cent, or"
        " about 1,600 people, went back to their home villages.",
        "Among the 900 students who applied, a third, or 300, were offered places.",
        # A share of something else, then another figure.
        "Of the 4,200 workers, 38 per cent more than planned, or 1,200, were local.",
        # A share of a subgroup, not of the total.
        "Of the 4,800 participants, 312 in the drug group stopped early, about 13 per cent.",
        "Of the 4,800 participants, 312 stopped early, about 13 per cent of the drug group.",
        # A share that starts a clause of its own, or compares.
        "Of the 4,800 participants, 312 stopped early, about 11 per cent more than expected.",
        "Of the 4,800 participants, 312 stopped early, compared with 11 per cent in 2019.",
    ],
)
def test_fc404_accepts_a_share_after_of_the_total_that_fits(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC404", published=PUB) == []


# FC404: "The workforce … includes 312 agency staff, or 38 per cent of the total"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Brightwell will close its factory in Dunmore, putting 1,250 jobs at risk. The"
            " company told staff on Tuesday. The workforce at Dunmore includes 312 people"
            " employed through agencies, or around 38 per cent of the total, the union said.",
            "312",
        ),
        (
            "The company employs 800 people at the site. Its workforce includes 120"
            " apprentices, or about 40 per cent of the total.",
            "120",
        ),
        (
            "The club has 1,000 members. The membership comprises 300 pensioners, or 60 per"
            " cent of the total.",
            "300",
        ),
    ],
)
def test_fc404_flags_a_share_of_a_collective_total(
    findings: ReviewFn, text: str, count: str
) -> None:
    [finding] = findings(text, "FC404", published=PUB)
    assert any(s.text == count for s in finding.spans)


@pytest.mark.parametrize(
    "text",
    [
        "Brightwell will close its factory in Dunmore, putting 1,250 jobs at risk. The"
        " workforce at Dunmore includes 312 people employed through agencies, or around 25"
        " per cent of the total.",
        # Jobs cut are not the workforce; only a closure puts every job at risk.
        "Brightwell will cut 500 jobs in Dunmore. The workforce includes 312 agency staff,"
        " or around 20 per cent of the total.",
        # Two earlier totals it could be of.
        "The plant employs 1,250 people. At its peak it employed 3,000 workers. The"
        " workforce includes 312 agency staff, or 38 per cent of the total.",
    ],
)
def test_fc404_accepts_a_share_of_a_collective_total_that_fits(
    findings: ReviewFn, text: str
) -> None:
    assert findings(text, "FC404", published=PUB) == []


# FC401: "The mission has a total budget of €312m … The €321m mission"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The mission has a total budget of €312m, shared between four countries. The"
            " €321m mission is the agency's most ambitious to date.",
            ["€312m", "€321m"],
        ),
        (
            "The scheme carries a price tag of £1.2bn. Ministers defended the £2.1bn scheme"
            " in Parliament.",
            ["£1.2bn", "£2.1bn"],
        ),
        (
            "The bridge has an overall cost of $640 million. Drivers began using the $460"
            " million bridge in May.",
            ["$640 million", "$460 million"],
        ),
    ],
)
def test_fc401_flags_a_thing_that_has_a_budget_of_another_amount(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC401", published=PUB)
    assert [s.text for s in finding.spans] == spans


@pytest.mark.parametrize(
    "text",
    [
        "The mission has a total budget of €312m. The €312m mission is the agency's first.",
        "The mission has a total budget of €312m. The roughly €300m mission is the agency's first.",
        # Something else.
        "The mission has a total budget of €312m. The €321m telescope is the agency's first.",
        # A budget and what it ended up costing.
        "The mission has a total budget of €312m. The €340m mission cost more than planned.",
        "The mission had a budget of €312m. So far the €340m mission has overrun by a tenth.",
        # A running total is still one.
        "The mission has cost €312m so far. The €321m mission is due to launch in March.",
    ],
)
def test_fc401_accepts_a_budget_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC401", published=PUB) == []


# FC401: a takeover whose target is described before its price


@pytest.mark.parametrize(
    "text",
    [
        "Brightwater said it had agreed to buy Halden Snacks, the Ohio-based maker of"
        " pretzels and crackers, for $2.4 billion in cash.\n\nThe $2.7 billion deal will be"
        " financed with cash on hand and about $1.5 billion of new debt.",
        "Marlow agreed to acquire Halden, a family-owned snack maker, for £800m. Analysts"
        " said the £880m takeover looked full.",
    ],
)
def test_fc401_flags_a_takeover_price_given_two_ways(findings: ReviewFn, text: str) -> None:
    [finding] = findings(text, "FC401", published=PUB)
    assert "takeover" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Brightwater agreed to buy Halden Snacks, the Ohio-based maker of pretzels, for $2.4"
        " billion. The $2.4 billion deal will be financed with new debt.",
        "Brightwater agreed to buy Halden Snacks, the Ohio-based maker of pretzels, for $2.4"
        " billion. The $2.7 billion deal, including debt, will close next year.",
        "Brightwater agreed to buy Halden Snacks, the Ohio-based maker of pretzels, for $2.4"
        " billion. Halden rejected an earlier $2.1 billion offer in May.",
    ],
)
def test_fc401_accepts_takeover_amounts_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC401", published=PUB) == []


# FC401: one budget by two names


@pytest.mark.parametrize(
    "text",
    [
        "The council gave preliminary approval to a $448 million operating budget for the"
        " fiscal year that begins July 1.\n\nResidents will comment on the $484 million"
        " spending plan at a hearing on Monday.",
        "Councillors approved a net revenue budget of £51.0 million on Monday. Critics"
        " said the £55.0 million budget relied too heavily on reserves.",
    ],
)
def test_fc401_flags_one_budget_given_two_amounts(findings: ReviewFn, text: str) -> None:
    [finding] = findings(text, "FC401", published=PUB)
    assert "budget" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # Rounding.
        "The council approved a $448 million operating budget. Residents will comment on"
        " the roughly $450 million spending plan on Monday.",
        # Versions and years.
        "The mayor proposed a $460 million budget in April. The council approved a $448"
        " million spending plan on Tuesday.",
        "The council approved a $448 million budget. Last year's $412 million budget was"
        " balanced with reserves.",
        "The council approved a $448 million budget. The 2020 budget of $412 million was"
        " balanced with reserves.",
        # Other owners and purposes.
        "The council approved a $448 million budget. The school district's $460 million"
        " budget passed in May.",
        "The council approved a $448 million budget, including a $2.5 million budget for the pool.",
        # Several budgets in one story.
        "The city approved a $448 million budget, the county a $480 million budget and the"
        " port a $400 million budget.",
    ],
)
def test_fc401_accepts_budgets_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC401", published=PUB) == []


# FC401: a company's revenue for its year


@pytest.mark.parametrize(
    "text",
    [
        "Brightline reported revenue of $1.2 billion for its fiscal year ended Jan. 31, up 6"
        " percent from a year earlier.\n\nAnalysts said the cuts could save the company"
        " about $180 million a year, a meaningful amount for a business with $2.1 billion in"
        " annual revenue.",
        "Castell reported annual sales of £840m. The cuts are modest for a company with"
        " £480m of annual sales, analysts said.",
        "Revenue was $3.4 billion for the year. Analysts said the plan suits a company with"
        " $4.3 billion in revenue.",
    ],
)
def test_fc401_flags_a_company_revenue_given_two_ways(findings: ReviewFn, text: str) -> None:
    [finding] = findings(text, "FC401", published=PUB)
    assert "revenue" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # Rounding.
        "Brightline reported revenue of $1.24 billion. It is a business with about $1.2"
        " billion in annual revenue.",
        # Different years and periods.
        "Brightline reported revenue of $1.2 billion in 2023. It expects $1.4 billion in"
        " revenue this year.",
        "Brightline reported revenue of $1.2 billion. Revenue for the first quarter was"
        " $300 million.",
        "Brightline's revenue rose to $1.2 billion from $1.1 billion. It has $1.2 billion"
        " in annual revenue.",
        # Another company.
        "Brightline reported revenue of $1.2 billion. Its rival Zentro, a business with"
        " $2.1 billion in annual revenue, is hiring.",
        "Brightline reported revenue of $1.2 billion. Acme Corp, a business with $2.1"
        " billion in annual revenue, is its largest customer.",
        "The combined company will have annual sales of $6.1 billion. Halden had revenue of"
        " $4.1 billion.",
    ],
)
def test_fc401_accepts_revenue_figures_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC401", published=PUB) == []


# Clean sentences of the kinds these checks read, none of which may be flagged


@pytest.mark.parametrize(
    "text",
    [
        "Revenue was $5.4bn, up 8% from $5.0bn, or 12% at constant currency.",
        "Profit was £318m, up 12 per cent from £296m on an underlying basis, the company said.",
        "The median price was $412,000 in June, up 4.1% from $396,000 a year earlier.",
        "Exports fell to $22.1bn, down 3.5 per cent on the previous month's $22.9bn.",
        "Passenger numbers reached 21.4 million last year, up 24 per cent from 2019 levels of"
        " 17.3 million.",
        "There were 312 complaints in 2023 and 288 in 2022, an 8 per cent rise, the"
        " ombudsman said.",
        "Attendance averaged 31,482 this season against 28,950 last season, up 8.7 per cent.",
        "Unemployment stood at 4.2% in May and 4.4% in June, a rise of 0.2 percentage points.",
        "The placebo group had 12.1% mortality, compared with 9.8% in the treatment group, a"
        " 19 per cent reduction.",
        "Women earned £28,000 on average, compared with £34,000 for men, a gap of 18 per cent.",
        "Spending was $4.0 billion in 2022 and $4.6 billion in 2023, a rise of 25 per cent in"
        " real terms.",
        "Sales rose 5% to $1.2 billion in the quarter. The rise, which beat forecasts, was"
        " driven by China.",
        "Spending will be £51.0 million, up from £48.2 million. The rise, which comes on top"
        " of a 9.4 per cent increase last year, was approved.",
        "Of the 2,000 workers, 600 are on temporary contracts, some 30 per cent, the union said.",
        "Of the 2,000 workers, 600 are on temporary contracts, up from 400, some 30 per cent.",
        "Of the 86,000 properties cut off, all but 4,100 had been reconnected by Sunday.",
        "The firm employs 1,250 people worldwide. The workforce at Dunmore includes 312 agency"
        " staff, or 60 per cent of the total.",
        "The station cost $2.1 billion. The $1.2 billion station extension was approved"
        " separately.",
        "The $2.1 billion station opened in May. The $1.2 billion station extension was"
        " approved separately.",
        "The programme has a budget of £4bn over ten years. The £400m programme for this year"
        " was cut.",
        "The board approved a $2.4 billion budget for the 2024-25 school year. The $2.2"
        " billion spending plan for 2023-24 included cuts.",
        "The council approved a $448 million budget. A $484 million spending plan from the"
        " opposition was defeated.",
        "Apex reported revenue of $3.4 billion. Apex expects revenue of $3.8 billion next year.",
        "Apex had revenue of $3.4 billion. The acquisition of Bolt, a business with $400"
        " million in annual revenue, closed.",
        "Apex reported sales of $3.4 billion. Its biggest customer, Tesco, accounts for $430"
        " million of sales.",
    ],
)
def test_clean_money_and_change_sentences_are_not_flagged(findings: ReviewFn, text: str) -> None:
    for rule in ("FC401", "FC402", "FC404"):
        assert findings(text, rule, published=PUB) == [], rule
