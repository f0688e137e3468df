"""Round 12: changes between figures with a letter or code sign ("R4.1 billion", "CHF
2.3bn"), a bare count of a survey's whole sample ("Across all sectors, 612, or 31%"),
"N years on" opening a sentence, and a first match "N years ago" at a ground that has been
"home since" a year."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.review import review_text

PUBLISHED = dt.date(2025, 6, 18)


def _ids(text: str) -> list[str]:
    report = review_text(text, published=PUBLISHED).report
    return [f.rule_id for f in report.findings if f.severity.rank >= 1]


FLAGGED = [
    # Money with a letter or code sign.
    ("FC402", "Pre-tax profit dropped 12% to R4.1 billion, from R4.9 billion a year earlier."),
    ("FC402", "Sales fell 10% from CHF 5.0bn to CHF 4.0bn in the year."),
    ("FC402", "Turnover grew 30% from Rs 40 crore to Rs 60 crore."),
    ("FC402", "Operating profit climbed 60% to USD 10 million from USD 8 million."),
    # The whole of a survey's sample, told by "overall" or "across all".
    (
        "FC404",
        "The pollsters questioned 2,400 farmers in February.\n\nAcross all sectors, 612, or"
        " 31%, said they were considering leaving farming.",
    ),
    (
        "FC404",
        "A poll of 1,000 adults was published on Monday. Overall, 400, or 30%, said they"
        " would vote yes.",
    ),
    (
        "FC404",
        "Researchers surveyed 1,500 nurses last month. In total, 300, or about a third, said"
        " they planned to leave.",
    ),
    # "N years on", opening its sentence, counted to the publication date.
    (
        "FC409",
        "The library first opened in 1996 in a former bank. Thirty-one years on, it has more"
        " than doubled in size.",
    ),
    ("FC409", "The plant closed in 1990. Twenty years on, the site is still empty."),
    ("FC409", "The team won the cup in 1999. Now, ten years on, they have won it again."),
    # A first match "N years ago" at a ground that has been home since a year.
    (
        "FC406",
        "The club has called Mill Lane home since 1931.\n\nMill Lane staged its first match"
        " 87 years ago, a friendly against a works side.",
    ),
    (
        "FC406",
        "The orchestra has made the Corn Hall its home since 1972.\n\nThe hall hosted its"
        " first concert 40 years ago.",
    ),
    (
        "FC406",
        "Rovers have played at Brook Park, their home since 1950.\n\nThe ground staged its"
        " first game 60 years ago.",
    ),
]

CLEAN = [
    "Pre-tax profit dropped 16% to R4.1 billion, from R4.9 billion a year earlier.",
    "Revenue rose 8% to R2.7 billion, from R2.5 billion.",
    "Sales fell 20% from CHF 5.0bn to CHF 4.0bn in the year.",
    "Net income slipped 4% to R96.20, from R100.",
    "The firm moved 40% of its drivers from the R445 to the N7 last year.",
    # The sample's share fits, or the count is of a subgroup, or there are two samples.
    "The pollsters questioned 2,400 farmers.\n\nAcross all sectors, 612, or 25.5%, said"
    " they were considering leaving farming.",
    "The pollsters questioned 2,400 farmers. Of the 1,050 beef farmers, 387, or about 37%,"
    " said they would quit.",
    "A poll of 1,000 adults and a survey of 500 teenagers were published. Overall, 400, or"
    " 30%, said they would vote yes.",
    "The pollsters questioned 2,400 farmers. Sales rose, and 612, or 31%, of the co-ops expanded.",
    # "Years on" that fits, that is past, that is not opening its sentence, or with two years.
    "The library first opened in 1996. Twenty-nine years on, it has doubled in size.",
    "The bridge was finished in 2001. Ten years on, it was sold to a private operator.",
    "He joined the board in 2005. He served ten years on, and off, the council.",
    "The mill was built in 1985 and sold in 2001. Twenty years on, it is a museum.",
    'The council was founded in 1955. It signed its first deal in 2012.\n\n"Seventy years'
    ' on, our members are still fighting the same battle," she said.',
    "The council was founded in 1955 and signed its first deal in 2012. Seventy years on,"
    " it is still fighting.",
    # A first match that fits, or a club's founding told elsewhere.
    "The club has called Mill Lane home since 1931.\n\nMill Lane staged its first match 93"
    " years ago.",
    "The club was founded in 1890.\n\nMill Lane staged its first match 87 years ago.",
    "The club has called Mill Lane home since 1931. It celebrates its centenary this year,"
    " having been founded in 1925.",
]


@pytest.mark.parametrize(("rule_id", "text"), FLAGGED)
def test_flagged(rule_id: str, text: str) -> None:
    assert rule_id in _ids(text)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text: str) -> None:
    assert _ids(text) == []
