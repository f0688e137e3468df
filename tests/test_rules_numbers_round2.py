"""FC401, FC402, FC407 and FC411: slipped digits, group totals and changes after a gap."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.rules.numbers._common import _close_slip
from tests.conftest import ReviewFn

PUB = dt.date(2025, 2, 12)


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        (2750, 2570, True),  # two digits side by side swapped
        (68000, 86000, True),
        (11890, 12890, True),  # one digit changed in a figure of four significant digits
        (18412, 18214, False),  # swapped, but not side by side
        (1500, 1050, False),  # a zero swapped: round figures differ so by chance
        (1250, 1350, False),  # one digit changed in a figure of three significant digits
        (2750, 27500, False),
        (72, 27, False),  # too small
        (2750.5, 2570.5, False),
        (2750, 2750, False),
    ],
)
def test_close_slip(a: float, b: float, slip: bool) -> None:
    assert _close_slip(a, b) is slip


# FC402: "£24.6bn, up from the £20.5bn estimated … in 2021 – an increase of 14 per cent"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Auditors put the likely cost of the programme at £24.6bn, up from the £20.5bn"
            " estimated by the Department of Health and Social Care in 2021 – an increase of"
            " 14 per cent.",
            ["14 per cent", "£24.6bn, up from the £20.5bn"],
        ),
        (
            "Auditors put the likely cost at £24.6bn, up from £20.5bn, an increase of 14 per cent.",
            ["14 per cent", "£24.6bn, up from £20.5bn"],
        ),
        (
            "Sales were 1,240 units, down from the 1,500 units sold in 2022 — a 10% fall.",
            ["10%", "1,240 units, down from the 1,500"],
        ),
        (
            "The bill came to $5.2 million, up from the $4.1 million forecast last spring - a"
            " rise of 12 percent.",
            ["12 percent", "$5.2 million, up from the $4.1 million"],
        ),
        # A dash before the change after "to … from …".
        (
            "The cost rose to £24.6bn from £20.5bn in 2021 – an increase of 14 per cent.",
            ["14 per cent", "£24.6bn from £20.5bn"],
        ),
    ],
)
def test_fc402_flags_a_change_after_the_base_and_its_description(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC402", published=PUB)
    assert [s.text for s in finding.spans] == spans


@pytest.mark.parametrize(
    "text",
    [
        # The change fits.
        "Auditors put the likely cost at £24.6bn, up from the £20.5bn estimated by the"
        " department in 2021 – an increase of 20 per cent.",
        "Sales were 1,240 units, down from the 1,500 units sold in 2022 — a fall of about 17%.",
        # A change of something else, or on another basis.
        "The cost is £24.6bn, up from £20.5bn, an increase of 14 per cent in staff costs.",
        "The cost is £24.6bn, up from £20.5bn – an increase of 14 per cent in real terms.",
        "The cost is £24.6bn, up from £20.5bn – a rise of 14 per cent a year.",
        # Another figure between the base and the change.
        "The cost is £24.6bn, up from the £20.5bn estimated in 2021 and £22bn last year – an"
        " increase of 14 per cent.",
    ],
)
def test_fc402_accepts_a_change_after_the_base_that_fits_or_is_of_another_thing(
    findings: ReviewFn, text: str
) -> None:
    assert findings(text, "FC402", published=PUB) == []


# FC407: "Of the 52 dead" after "the death toll rose to 46"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Rescuers searched for survivors on Wednesday as the death toll rose to 46,"
            " officials said.\n\nOf the 52 dead, 14 were children, according to the"
            " provincial government.",
            ["46", "52"],
        ),
        (
            "The earthquake killed 46 people, officials said on Tuesday.\n\nThe 52 victims"
            " included 14 children, the ministry said.",
            ["46", "52"],
        ),
        (
            "Forty-six people died in the fire, the fire service said.\n\nThe 52 dead were"
            " mostly elderly residents of the home.",
            ["Forty-six", "52"],
        ),
        (
            "Police arrested 37 people after the match, a spokesman said.\n\nThe 43 arrested"
            " were held overnight at the central station.",
            ["37", "43"],
        ),
        (
            "Police said 120 people were arrested during the protests.\n\nOf the 102"
            " arrested, 40 have been charged.",
            ["120", "102"],
        ),
        (
            "The blast injured 230 people, the health ministry said.\n\nOf the 320 injured,"
            " 41 remain in hospital.",
            ["230", "320"],
        ),
    ],
)
def test_fc407_flags_a_back_reference_to_a_group_total_named_otherwise(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC407", published=PUB)
    assert [s.text for s in finding.spans] == spans


@pytest.mark.parametrize(
    "text",
    [
        # The same figure, or a hedged total.
        "The death toll rose to 46, officials said.\n\nOf the 46 dead, 14 were children.",
        "At least 46 people were killed when the ferry capsized.\n\nOf the 52 dead, 14 were"
        " children.",
        # A part: a place, "alone", or one of two figures listed.
        "The death toll rose to 46, officials said.\n\nOf the 52 dead in Pekalongan, 14 were"
        " children.",
        "In Pekalongan alone, 19 people were killed.\n\nOf the 46 dead, 14 were children.",
        "In Pekalongan, 19 people were killed, officials said.\n\nOf the 46 dead, 14 were"
        " children.",
        "Nineteen people were killed in Pekalongan, officials said.\n\nOf the 46 dead, 14"
        " were children.",
        "Police arrested 37 people on Saturday and 15 on Sunday.\n\nOf the 49 arrested, 20"
        " have been charged.",
        # A sum of figures the article gives.
        "Police arrested 37 people on Saturday. On Sunday 12 more were held.\n\nOf the 49"
        " arrested, 20 have been charged.",
        # Another group, another event, another moment.
        "The toll rose to 46 on Tuesday.\n\nOf the 52 dead and injured, 14 were children.",
        "Officials said 46 people were killed in the blast.\n\nDoctors said the 52 injured"
        " were being treated in three hospitals.",
        "The storm killed 46 people. A separate storm last year killed 52.\n\nOf the 52"
        " dead, 14 were children.",
        "The death toll was 46 on Monday morning.\n\nBy Wednesday the death toll had risen"
        " to 52. Of the 52 dead, 14 were children.",
        "The death toll stood at 46 on Monday.\n\nOn Wednesday, officials said the 52 dead"
        " included 14 children.",
        # An estimate.
        "The death toll rose to 46, officials said.\n\nOf the estimated 52 dead, 14 were children.",
    ],
)
def test_fc407_accepts_group_totals_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC407", published=PUB) == []


# FC407: "the 34 investors" after "37 investors": a small definite restatement


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Over a four-week trial, the Crown alleged that between 2016 and 2021 he persuaded"
            " 37 investors, many of them retired, to hand over $6.8 million.\n\nAbout $1.1"
            " million will be distributed among the 34 investors once the case is over, the"
            " court heard.",
            ["37", "34"],
        ),
        (
            "The scheme drew in 48 investors, prosecutors said.\n\nLawyers for the 43"
            " investors said they would seek compensation.",
            ["48", "43"],
        ),
        (
            "The charity supports 27 families in the town.\n\nVolunteers delivered parcels to"
            " the 72 families on Friday.",
            ["27", "72"],
        ),
    ],
)
def test_fc407_flags_a_small_definite_restatement(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC407", published=PUB)
    assert [s.text for s in finding.spans] == spans


@pytest.mark.parametrize(
    "text",
    [
        # What befell some of the group, or who they are.
        "Police said 14 protesters had been detained.\n\nLawyers for the 17 protesters said"
        " they would appeal.",
        "The firm employs 45 engineers at the site.\n\nManagers told the 48 engineers that"
        " the plant would close.",
        "The scheme drew in 37 investors, prosecutors said.\n\nThe 34 investors in Sydney"
        " will be repaid first.",
        "He persuaded 37 investors to hand over their savings in 2019.\n\nThe 34 investors"
        " who lost money this year will be repaid.",
        # Anyone at all.
        "Organisers said 37 people signed the petition.\n\nThe 34 people will meet the mayor"
        " on Friday.",
        # Another count of the noun, or the figure used again.
        "The scheme drew in 37 investors, prosecutors said. Another 12 investors were"
        " approached but declined.\n\nThe 34 investors will be repaid.",
        "The scheme drew in 37 investors, prosecutors said. The judge said 34 was the true"
        " figure.\n\nThe 34 investors will be repaid.",
        # Another moment.
        "The scheme drew in 37 investors last year, prosecutors said.\n\nThe 34 investors"
        " will be repaid.",
        # Not a slip.
        "The scheme drew in 37 investors, prosecutors said.\n\nThe 12 investors will be repaid.",
    ],
)
def test_fc407_accepts_small_restatements_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC407", published=PUB) == []


# FC407: a slipped restatement after several earlier counts


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Engineers were working to reconnect about 4,100 homes on Monday.\n\nAt the height"
            " of the storm, 68,000 homes lost power as trees brought down lines.\n\nOf the"
            " 86,000 properties cut off at the height of the storm, all but 4,100 had been"
            " reconnected by Sunday evening.",
            ["68,000", "86,000"],
        ),
        (
            "Firefighters pumped out 210 homes on Monday. In all, 3,450 homes were flooded."
            "\n\nThe 3,540 homes flooded will get grants from the council.",
            ["3,450", "3,540"],
        ),
    ],
)
def test_fc407_flags_a_slip_of_one_of_several_earlier_counts(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC407", published=PUB)
    assert [s.text for s in finding.spans] == spans


@pytest.mark.parametrize(
    "text",
    [
        # Two earlier counts of its size: either could be meant.
        "The port employs 2,100 workers. The airport employs 1,800 workers. The 1,200"
        " workers will vote on Monday.",
        # A participle that does not repeat what the earlier sentence said.
        "Engineers were working to reconnect about 4,100 homes on Monday.\n\nAt the height"
        " of the storm, 68,000 homes lost power.\n\nOf the 86,000 properties flooded, all"
        " but 4,100 had been pumped dry.",
        # Not a close slip: the swapped digits are not side by side.
        "Engineers were working to reconnect about 4,100 homes on Monday.\n\nAt the height"
        " of the storm, 61,250 homes lost power as trees fell across the region.\n\nOf the"
        " 65,210 properties cut off at the height of the storm, most were in the hills.",
    ],
)
def test_fc407_accepts_a_restatement_among_several_counts_that_may_differ(
    findings: ReviewFn, text: str
) -> None:
    assert findings(text, "FC407", published=PUB) == []


# FC411: "at a depth of 2,750 metres" and "the 2,570-metre core"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The drill reached bedrock at a depth of 2,750 metres earlier this month.\n\n"
            "Researchers said the ice at the very bottom of the 2,570-metre core may be"
            " disturbed.",
            ["2,750 metres", "2,570-metre"],
        ),
        (
            "The well was drilled to a depth of 3,160 feet.\n\nEngineers said the bottom of"
            " the 3,610-foot well had collapsed.",
            ["3,160 feet", "3,610-foot"],
        ),
        (
            "The tower rises to a height of 1,340 feet.\n\nEngineers said the 1,430-foot-high"
            " tower sways in strong winds.",
            ["1,340 feet", "1,430-foot"],
        ),
    ],
)
def test_fc411_flags_a_measurement_restated_with_its_digits_slipped(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC411", published=PUB)
    assert [s.text for s in finding.spans] == spans


@pytest.mark.parametrize(
    "text",
    [
        # Hedged, or given again.
        "The drill reached bedrock at a depth of about 2,750 metres.\n\nResearchers said the"
        " bottom of the 2,570-metre core may be disturbed.",
        "The drill reached bedrock at a depth of 2,750 metres.\n\nResearchers said the bottom"
        " of the 2,570-metre core may be disturbed. The core, 2,570 metres deep, is the"
        " longest.",
        # No dimension shared by the two sentences.
        "The drill reached bedrock at a depth of 2,750 metres.\n\nResearchers said the"
        " 2,570-metre core may be disturbed.",
        "The climbers reached an altitude of 4,380 metres on Tuesday.\n\nThe 4,830-metre"
        " peak has never been climbed in winter.",
        # Another object's size, a part, another place or moment.
        "The runway is 2,750 metres long.\n\nPilots said the 2,570-metre runway at the rival"
        " airport was too short.",
        "The bridge has a main span of 1,280 metres.\n\nEngineers said the 1,820-metre"
        " crossing, at its full length, was the longest in Europe.",
        "The mine descends to a depth of 2,750 metres.\n\nThe bottom of the 2,570-metre shaft"
        " at the neighbouring mine flooded last year.",
        "The drill reached bedrock at a depth of 2,750 metres.\n\nResearchers said the bottom"
        " of the 2,570-metre core of the older borehole may be disturbed.",
        # Not a close slip: a zero swapped.
        "The drill reached bedrock at a depth of 1,500 metres.\n\nResearchers said the bottom"
        " of the 1,050-metre core may be disturbed.",
    ],
)
def test_fc411_accepts_measurements_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC411", published=PUB) == []


# FC401: "a grant of $2.75 million" and "the $2.57 million grant"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "The foundation awarded a grant of $2.75 million to the museum on Monday.\n\nThe"
            " trust said the $2.57 million grant would pay for a new wing.",
            ["$2.75 million", "$2.57 million"],
        ),
        (
            "The council paid £1,250 for the survey, records show.\n\nCritics said the £1,520"
            " survey told residents nothing new.",
            ["£1,250", "£1,520"],
        ),
        (
            "Ministers approved €31.45 million for the ring road.\n\nWork on the €31.54 million"
            " road starts in spring.",
            ["€31.45 million", "€31.54 million"],
        ),
    ],
)
def test_fc401_flags_an_amount_restated_with_its_digits_slipped(
    findings: ReviewFn, text: str, spans: list[str]
) -> None:
    [finding] = findings(text, "FC401", published=PUB)
    assert [s.text for s in finding.spans] == spans


@pytest.mark.parametrize(
    "text",
    [
        # Two significant digits: "$1.2 million" and "$2.1 million" differ so by chance.
        "The foundation awarded a grant of $1.2 million to the museum.\n\nThe trust said the"
        " $2.1 million grant would pay for a new wing.",
        # The earlier sentence does not name the thing.
        "The foundation awarded a grant of $2.75 million to the museum.\n\nThe trust said the"
        " $2.57 million wing would open next year.",
        # Another moment, or a change.
        "The foundation awarded a grant of $2.75 million to the museum.\n\nThe trust said the"
        " $2.57 million grant it received last year paid for a new wing.",
        "The foundation originally pledged $2.75 million to the museum.\n\nThe trust said the"
        " $2.57 million grant would pay for a new wing.",
        # Another currency, or a figure given twice.
        "The foundation awarded a grant of $2.75 million to the museum.\n\nThe trust said the"
        " €2.57 million grant would pay for a new wing.",
        "The foundation awarded a grant of $2.75 million to the museum.\n\nThe trust said the"
        " $2.57 million grant would pay for a new wing. The wing costs $2.57 million.",
        # Not a close slip.
        "The foundation awarded a grant of $2.75 million to the museum.\n\nThe trust said the"
        " $5.72 million grant would pay for a new wing.",
    ],
)
def test_fc401_accepts_amounts_that_may_differ(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC401", published=PUB) == []
