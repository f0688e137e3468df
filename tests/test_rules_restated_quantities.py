"""FC407 and FC411: one quantity restated later in the article with another value."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.rules.numbers._common import _slip_of
from tests.conftest import ReviewFn

PUB = dt.date(2025, 2, 12)


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        (572, 527, True),  # two digits swapped
        (18412, 18214, True),  # two digits swapped, not side by side
        (1250, 1350, True),  # one digit changed, a small difference
        (150, 350, False),  # one digit changed, a large difference
        (572, 410, False),
        (1250, 12500, False),  # another length: a scale, not a slip
        (2400, 2400, False),
        (2.5, 5.2, False),  # only whole figures
    ],
)
def test_slip_of(a: float, b: float, slip: bool) -> None:
    assert _slip_of(a, b) is slip


# FC407: a definite count restating the one earlier figure, with its digits slipped.


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # A running total, then "the … reported so far".
        (
            "The outbreak has grown to 572 cases, officials said.\n\nOf the 572 cases, most"
            " were in children. Doctors expect the 527 cases reported so far to keep rising.",
            ["572", "527"],
        ),
        (
            "Health officials have confirmed 364 cases since January.\n\nDoctors said the 346"
            " cases recorded so far were mostly in children.",
            ["364", "346"],
        ),
        # A crowd, then the fans who were there, or the attendance.
        (
            "A crowd of 31,452 turned out for the derby.\n\nThe 34,152 fans who packed the"
            " stadium gave the retiring captain a standing ovation.",
            ["31,452", "34,152"],
        ),
        (
            "A crowd of 24,561 watched the game at Elm Park on Saturday.\n\nThe 25,461"
            " spectators who filled the ground stood for a minute's silence.",
            ["24,561", "25,461"],
        ),
        (
            "Rovers won 2-1 in front of a crowd of 18,412 at Victoria Road on Saturday.\n\nThe"
            " club said the attendance of 18,214 was the largest at the ground since 2019.",
            ["18,412", "18,214"],
        ),
        # The same noun, told when rather than which.
        (
            "The factory employs 840 staff, the company said.\n\nUnion officials met the 480"
            " staff on Monday.",
            ["840", "480"],
        ),
        (
            "The ferry company carried 6,420 passengers in its first month.\n\nThe company"
            " has written to the 6,240 passengers to apologise.",
            ["6,420", "6,240"],
        ),
    ],
)
def test_fc407_flags_a_definite_restatement_with_slipped_digits(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC407", published=PUB)
    assert [s.text for s in finding.spans] == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # Jobs and the workers who hold them.
        (
            "The plant will close, putting 1,250 jobs at risk.\n\nThe local MP asked for a"
            " taskforce to help the 1,520 workers find new jobs.",
            ["1,250", "1,520"],
        ),
        (
            "The closure puts 2,380 jobs at risk.\n\nThe union said the 2,830 employees would"
            " fight the decision.",
            ["2,380", "2,830"],
        ),
        # Pupils and students, passengers and riders.
        (
            "The academy teaches 1,436 pupils.\n\nInspectors said the 1,463 students were"
            " well behaved.",
            ["1,436", "1,463"],
        ),
        (
            "The new tram line carried 8,125 passengers on its opening day.\n\nThe operator"
            " said the 8,215 riders had praised the service.",
            ["8,125", "8,215"],
        ),
    ],
)
def test_fc407_flags_a_slipped_restatement_under_another_name(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC407", published=PUB)
    assert [s.text for s in finding.spans] == spans


@pytest.mark.parametrize(
    "text",
    [
        # Restated consistently, or rounded.
        "The outbreak has grown to 572 cases. The 572 cases reported so far are mostly in"
        " children.",
        "The factory employs 1,187 staff. The company wrote to the 1,200 staff on Monday.",
        "A crowd of 31,452 watched the final. The 31,000 fans who packed the stadium sang.",
        # Not a slip: another figure altogether, which the restatement path leaves alone.
        "The plant employs 1,250 workers. The taskforce will help the 410 workers find jobs.",
        "The school has 350 pupils. The 150 pupils will move to the new building.",
        # A part: narrowed by a participle, a relative clause, a phrase or a pronoun.
        "Police arrested 120 people. The 102 people charged will appear in court.",
        "The club has 520 members. The 250 members who voted backed the plan.",
        "The plant employs 840 staff. The 480 staff at the paint shop will move first.",
        "The airline cancelled 1,250 flights. The 1,520 flights it runs in summer are safe.",
        "The team scored 125 goals. The 152 goals conceded were the most in the league.",
        "The outbreak has reached 572 cases. The 527 cases in children were mostly mild.",
        "A crowd of 31,452 watched the final. The 3,145 away fans who packed the south stand sang.",
        "A crowd of 31,452 watched the first leg. The 34,152 fans who packed the stadium for"
        " the return saw a thriller.",
        "Some 1,250 jobs will go. The 1,520 workers who keep their jobs face a pay freeze.",
        "Some 1,250 jobs are at risk. The 1,520 workers employed by contractors are safe.",
        # Another moment: a year, last year, another weekday or month.
        "There were 572 cases in 2023. The 527 cases reported so far this year are mild.",
        "The hospital treated 412 patients last year. The 421 patients admitted this year"
        " waited longer.",
        "The survey polled 2,150 people. The 2,510 people surveyed last year agreed.",
        "A total of 572 flights were cancelled on Monday. The 527 flights were cancelled on"
        " Tuesday, the airline said.",
        "A crowd of 18,412 watched the match. Last season the attendance of 18,214 was a record.",
        "The company cut 1,250 jobs in 2023. The 1,520 workers it still employs get a rise.",
        # A capacity, an estimate, another measure of the crowd.
        "The ferry can carry 640 passengers. The 460 passengers were taken to hospital.",
        "A crowd of 18,412 watched the match, police said. Organisers put the attendance of"
        " 18,214 higher.",
        "A crowd of 18,412 watched the match. The average attendance of 18,214 this season"
        " is a record.",
        "The firm employs 1,250 workers. An estimated 1,520 workers will lose their jobs, the"
        " union claimed.",
        # Two earlier figures the back-reference could point at, or its figure used twice.
        "The port employs 2,100 workers. The airport employs 1,800 workers. The 1,200"
        " workers will vote on Monday.",
        "The union represents 2,300 workers. Another 3,200 workers joined. The 3,200 workers"
        " were welcomed.",
        # Another place, scope or occasion.
        "The company has 4,500 employees in Britain. The 5,400 employees worldwide will get a"
        " bonus.",
        "The company has 4,500 employees in Britain. The 5,400 employees in Germany will get a"
        " bonus.",
        "The ship carried 2,140 passengers. The 2,410 passengers on its sister ship were unharmed.",
        "The study enrolled 1,250 patients. The 1,520 patients in the earlier trial fared worse.",
        "A crowd of 41,250 watched the final. The 41,520 supporters who made the trip were"
        " praised.",
        "Some 2,140 homes lost power. The 2,410 homes still cut off are in the hills.",
        "The hospital has 1,250 beds. The 1,520 beds promised by ministers have not appeared.",
        # Different things that share no group, and small counts.
        "The plant employs 1,250 people. The 1,520 people living nearby were evacuated.",
        "The airport handled 1,250 flights. The 1,520 flights in July were a record.",
        "The couple have 12 children. The 21 children in the class were sent home.",
    ],
)
def test_fc407_accepts_restatements_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC407", published=PUB) == []


# FC411: one event, two lengths.


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "A jury found him guilty on Thursday, concluding a six-week trial in which"
            " prosecutors described the fraud.\n\nOver the eight-week trial, jurors heard from"
            " 23 witnesses.",
            ["six-week", "eight-week"],
        ),
        (
            "Jurors heard evidence in a four-week trial that ended on Friday.\n\nDuring the"
            " three-week trial, prosecutors called 30 witnesses.",
            ["four-week", "three-week"],
        ),
        (
            "The strike lasted 12 days, the longest in the company's history.\n\nPickets"
            " marked the end of the 14-day strike on Friday.",
            ["12 days", "14-day"],
        ),
        (
            "Regulators opened a 10-month investigation into the bank.\n\nThe eight-month"
            " investigation found no wrongdoing.",
            ["10-month", "eight-month"],
        ),
    ],
)
def test_fc411_flags_one_event_with_two_lengths(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC411", published=PUB)
    assert [s.text for s in finding.spans] == spans


@pytest.mark.parametrize(
    "text",
    [
        # The same length, in other words.
        "The trial lasted six weeks. Over the six-week trial, jurors heard 23 witnesses.",
        "The strike lasted 14 days. The two-week strike closed every school.",
        # Another event: an earlier one, a second, a separate one, one of someone else.
        "The judge heard a six-week trial last year. The eight-week trial of his brother ends"
        " on Friday.",
        "The first trial lasted six weeks. The eight-week trial that followed ended in a"
        " conviction.",
        "Unions called a two-day strike. The three-day strike in 2019 closed every school.",
        "Unions called a two-day strike at the port. The three-day strike at the airport"
        " closed the terminal.",
        "The strike lasted 12 days. Workers at a second depot began a four-day strike.",
        "The two-week inquiry opened in March. A separate six-week inquiry will look at the"
        " police.",
        "The five-day siege ended on Sunday. The 12-day siege of the embassy in 1980 ended"
        " with a raid.",
        # A plan or a forecast against what happened.
        "A six-week trial was planned. The eight-week trial ended on Friday.",
        "The trial is expected to last six weeks. The eight-week trial of his co-accused"
        " begins in May.",
        "Nurses began a 48-hour strike on Monday. The 24-hour strike on Friday closed two wards.",
        # Only a definite later mention points back.
        "Nurses staged a 24-hour strike on Monday. Porters will stage a 48-hour strike.",
        # Things an article may name several of.
        "He was given a 10-year sentence. His brother received a 12-year sentence. The"
        " 12-year sentence was appealed.",
        "She signed a two-year contract. The three-year contract he signed runs to 2028.",
    ],
)
def test_fc411_accepts_lengths_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC411", published=PUB) == []


# FC411: one journey, made quicker by two amounts.


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The fastest trips between the two cities now take 2 hours 52 minutes, 18 minutes"
            " quicker than before.\n\nShe said the improvements had shaved 12 minutes off the"
            " end-to-end journey and would make the service more reliable.",
            ["18 minutes", "12 minutes"],
        ),
        (
            "Journeys between the two cities are now 25 minutes faster.\n\nOfficials said the"
            " new line had cut 15 minutes off the trip.",
            ["25 minutes", "15 minutes"],
        ),
        (
            "The bypass has cut 20 minutes off the journey into town.\n\nCouncillors said it"
            " now saves motorists 35 minutes.",
            ["20 minutes", "35 minutes"],
        ),
    ],
)
def test_fc411_flags_one_time_saving_given_twice(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC411", published=PUB)
    assert [s.text for s in finding.spans] == spans


@pytest.mark.parametrize(
    "text",
    [
        # The same saving, in other words.
        "Trains are now 18 minutes faster. The upgrade shaved 18 minutes off the journey.",
        "Trains are now about 18 minutes faster. The upgrade shaved 17 minutes off.",
        # Another journey, another service, another mode.
        "The journey to Leeds is 18 minutes quicker. Journeys to York are 12 minutes faster.",
        "Express trains are 18 minutes quicker than before. Stopping services save 12 minutes.",
        "Peak trains are 18 minutes quicker. Off-peak services have shaved 12 minutes off the"
        " journey.",
        "Trains between the cities are now 18 minutes faster. Drivers will save 12 minutes on"
        " the new bypass.",
        "Trains are 18 minutes faster than buses. The upgrade shaved 12 minutes off the journey.",
        # A limit, an average, a rate, a plan.
        "Trains are up to 18 minutes faster. Most trips are 12 minutes quicker.",
        "The bypass saves drivers 10 minutes a day. The new bridge has cut 20 minutes off the"
        " journey.",
        "Trains will be 18 minutes faster by 2030. The new signals already shave 12 minutes off.",
        # Several savings: several journeys.
        "The line cut 18 minutes off trips to Leeds. It cut 12 minutes off trips to York. It"
        " cut 9 minutes off trips to Hull.",
        # Two in one sentence.
        "Trains to Leeds are 18 minutes faster and trains to York 12 minutes faster.",
    ],
)
def test_fc411_accepts_time_savings_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC411", published=PUB) == []


# FC411: the whole of a network, given a slipped length.


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Great Plains & Gulf marks a milestone\n\nOver the years the Great Plains & Gulf"
            " has grown into a 780-mile system with 410 employees.\n\nWhen the work is done,"
            " all 870 miles of the Great Plains & Gulf will be rated for 286,000-pound cars.",
            ["780-mile", "870 miles"],
        ),
        (
            "The company runs a 640-mile network across three states.\n\nWhen work is"
            " finished, all 460 miles of the network will be rated for 286,000-pound cars.",
            ["640-mile", "460 miles"],
        ),
    ],
)
def test_fc411_flags_a_whole_network_with_a_slipped_length(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC411", published=PUB)
    assert [s.text for s in finding.spans] == spans


@pytest.mark.parametrize(
    "text",
    [
        # The same length.
        "The company runs a 640-mile network. All 640 miles of the network will be rebuilt.",
        # A part of the network, or another one.
        "The railroad runs a 780-mile network. Crews rebuilt all 87 miles of the Rock Island"
        " branch.",
        "The trail is a 120-mile route. Hikers rarely walk all 210 miles of the Pennine Way.",
        "The railroad runs a 780-mile network. All 870 miles of track will be replaced.",
        # Not a slip: a length the article may well mean.
        "The railroad runs a 780-mile network. All 120 miles of the network in Texas are rated.",
        # Another moment, or a plan.
        "The 310-mile canal was finished in 1820. Barges travel all 130 miles of the canal"
        " each summer.",
        "The railroad has grown into a 1,250-mile system. Crews will relay all 1,520 miles of"
        " the system by 2030.",
    ],
)
def test_fc411_accepts_whole_lengths_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC411", published=PUB) == []


def test_fc411_leaves_measurements_outside_the_body_alone(findings: ReviewFn) -> None:
    # A related-link line is no sentence of the article: it is neither compared nor a crash.
    text = (
        "The council approved the 40-metre tower on Monday.\n\n"
        "Related: Why the 30-metre tower was rejected\n\n"
        "The tower, which is 40 metres tall, will open in May.\n"
    )
    assert findings(text, "FC411", published=PUB) == []
