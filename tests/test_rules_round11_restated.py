"""Round 11: one quantity stated twice: prison terms told to the month, a crowd named back
as "the N spectators", layoffs against jobs or workers with digits swapped, and a sum named
back "under the" figure when a loose telling of it is also given."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.review import review_text

PUBLISHED = dt.date(2025, 6, 10)


def _ids(text: str) -> list[str]:
    report = review_text(text, published=PUBLISHED).report
    return [f.rule_id for f in report.findings if f.severity.rank >= 1]


FLAGGED = [
    # A term told to the month, restated as a whole number of years.
    (
        "FC411",
        "A former treasurer was jailed for six years and eight months on Tuesday.\n\nHe will be"
        " eligible for parole after serving half of his seven-year sentence.",
    ),
    (
        "FC411",
        "The driver was jailed for four years and three months at Leeds Crown Court.\n\nHis"
        " family said they would support him through the five-year sentence.",
    ),
    (
        "FC411",
        "Ms Hale was sentenced to two years and six months in prison for the fraud.\n\nThe"
        " judge said the three-year term reflected her breach of trust.",
    ),
    # A crowd named back as the subject of its sentence, or with its digits jumbled.
    (
        "FC407",
        "United won 2-1 in front of a crowd of 6,214 at Parkside Oval.\n\nThe 4,612 spectators"
        " were the biggest crowd at the ground since 2011.",
    ),
    (
        "FC407",
        "The final was watched by 18,240 fans at the Riverside.\n\nThe 17,100 supporters made"
        " it a day to remember, the club said.",
    ),
    (
        "FC407",
        "Rovers drew 1-1 before a crowd of 9,315 on Saturday.\n\nThe 8,300 fans were the"
        " largest gathering at the ground for a decade.",
    ),
    # Layoffs restated with two digits swapped, against jobs or workers.
    (
        "FC412",
        "Bayfront Steel will lay off 640 workers at its plant.\n\nEconomists say the 460"
        " layoffs will ripple beyond the mill.",
    ),
    (
        "FC412",
        "The bank is to cut 2,350 jobs across its branches.\n\nUnions said the 2,530"
        " redundancies were a betrayal.",
    ),
    (
        "FC412",
        "The carmaker said it will shed 560 jobs in the region.\n\nThe 650 layoffs follow a"
        " slump in orders.",
    ),
    # A toll that rose "after N more died", then named back whole, beside a part's figure.
    (
        "FC407",
        "The death toll in the floods rose to 48 after four more people drowned, officials"
        " said. Two people died in Dhubri district on Thursday.\n\nOf the 52 deaths, 14 were"
        " reported from Dhubri, the agency said.",
    ),
    (
        "FC407",
        "The toll from the blaze climbed to 31 after three more people died in hospital.\n\n"
        "Of the 35 dead, nine were children, police said.",
    ),
    (
        "FC407",
        "The death toll reached 120 after 15 more bodies were found. In the village of Oru,"
        " nine people were killed.\n\nThe 112 victims were buried on Sunday, officials said.",
    ),
    # A sum named back "under the" figure, with a loose telling of it earlier.
    (
        "FC401",
        "He stole more than $2 million from the hospital. He was ordered to pay $2.3 million"
        " in restitution.\n\nUnder the $3.2 million restitution order, he must also forfeit"
        " a house.",
    ),
    (
        "FC401",
        "The firm took nearly £5 million from savers. It must pay £4.6 million in"
        " compensation.\n\nUnder the £6.4 million compensation order, directors face bans.",
    ),
    (
        "FC401",
        "The charity lost over $1 million to the scheme. A court ordered $1.4 million in"
        " restitution.\n\nUnder the $1.9 million restitution order, he must sell his boat.",
    ),
]

CLEAN = [
    # Terms told to the month and restated consistently, or a floor of the years.
    "A former treasurer was jailed for six years and eight months on Tuesday.\n\nHe will be"
    " eligible for parole after serving half of his six-year sentence, lawyers said.",
    "The driver was jailed for four years and three months.\n\nWithout his plea, the judge"
    " said, the sentence would have been six years.",
    "Ms Hale was sentenced to two years and six months in prison.\n\nHer co-defendant"
    " received a three-year term.",
    # Crowds: consistent, another crowd, a part.
    "United won 2-1 in front of a crowd of 6,214 at Parkside Oval.\n\nThe 6,214 spectators"
    " were the biggest crowd at the ground since 2011.",
    "United won 2-1 in front of a crowd of 6,214.\n\nThe 4,100 home fans were in full voice"
    " throughout.",
    "Rovers drew 1-1 before a crowd of 9,315 on Saturday.\n\nLast season, the 8,300 fans were"
    " the largest gathering at the ground.",
    # Layoffs: consistent, or two different figures whose digits are no swap.
    "Bayfront Steel will lay off 640 workers at its plant.\n\nEconomists say the 640 layoffs"
    " will ripple beyond the mill.",
    "The bank employs 2,310 workers.\n\nUnions said 1,520 redundancies were planned last"
    " year, compared with 1,250 this year.",
    "The carmaker employs 730 people and will cut 120 jobs.\n\nThe 120 layoffs follow a"
    " slump in orders.",
    # Tolls: the rise explains the gap (the four counted apart), parts add up, or agree.
    "The death toll rose to 48 on Thursday. Four more people drowned on Friday, officials"
    " said.\n\nOf the 52 deaths, 14 were reported from Dhubri, the agency said.",
    "Ten people died in Dhubri and 11 in Goalpara. The toll in Nagaon rose to 25.\n\nOf"
    " the 46 dead, most drowned, the agency said.",
    "The toll from the blaze climbed to 31 after three more people died in hospital.\n\n"
    "Of the 31 dead, nine were children, police said.",
    # Sums: consistent, or the earlier figure loose and none exact.
    "He stole more than $2 million from the hospital. He was ordered to pay $2.3 million"
    " in restitution.\n\nUnder the $2.3 million restitution order, he must also forfeit"
    " a house.",
    "He stole more than $2 million from the hospital.\n\nUnder the $3.2 million restitution"
    " order, he must also forfeit a house.",
    "The firm took about £5 million from savers. It must pay £4.6 million in compensation"
    " and £6.4 million in fines.\n\nUnder the £6.4 million order, directors face bans.",
]


@pytest.mark.parametrize(("rule_id", "text"), FLAGGED)
def test_flagged(rule_id: str, text: str) -> None:
    assert rule_id in _ids(text)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text: str) -> None:
    assert _ids(text) == []
