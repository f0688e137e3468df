"""FC101 (former title for a sitting official) and FC102 (incompatible titles)."""

from __future__ import annotations

import pytest

from tests.conftest import ReviewFn

FC101_POSITIVE = [
    # The seed's wording: apposition, possessive, cabinet membership in the same sentence.
    (
        "Scott Bessent, Trump’s former Treasury Secretary, visited Kyiv on Wednesday, marking "
        "the first visit by a member of Trump’s cabinet.",
        "former Treasury Secretary",
    ),
    # Pre-nominal "former", then the same title without it.
    (
        "Former Defense Secretary Pete Hegseth flew to Brussels. Defense Secretary Pete Hegseth "
        "told allies the United States would not send troops.",
        "Former Defense Secretary",
    ),
    # "ex-" prefix and an in-office phrase in a later sentence about the surname.
    (
        "Ex-finance minister Maria Okafor defended the budget on Monday. Okafor, in her first "
        "month in the job, has promised to cut the deficit.",
        "Ex-finance minister",
    ),
    # "who took office" in a second sentence.
    (
        "The plan was drafted by Laura Chen, the former Attorney General. Chen, who took office "
        "in January, said the review would take a year.",
        "former Attorney General",
    ),
    # A police title, and "who is in his first month in the job".
    (
        "Former Chief Constable Daniel Osei, who is in his first month in the job, said the "
        "officers would come from back-office roles.",
        "Former Chief Constable",
    ),
    # "her ministry will publish": an office-holder speaking of her ministry.
    (
        "Anna Berg, the country’s former health minister, said her ministry will publish the "
        "figures next week.",
        "former health minister",
    ),
]

FC101_POSITIVE += [
    # Two-word offices the lexicon does not list, and present-tense evidence.
    (
        "Former harbour master Ruth Okoye inspected the quay. Okoye, who has run the port "
        "authority since 2021, said repairs would start in May.",
        "Former harbour master",
    ),
    (
        "The report was written by former chief nurse Alan Price. Price, who remains the "
        "trust’s chief nurse, said staffing had improved.",
        "former chief nurse",
    ),
    # A possessive after the name.
    (
        "Former judge Helen Marsh’s ruling was upheld. Judge Helen Marsh told the court the "
        "appeal had no merit.",
        "Former judge",
    ),
]

FC101_NEGATIVE = [
    # A present-tense phrase about something that is not an office.
    "Former mayor Tom Lee, who has run a bakery since 2020, opened a second shop.",
    "Former council leader Margaret Doyle, who led the council from 2015 to 2019, spoke.",
    # A correct "former": the article says he left the post.
    "Former Treasury Secretary Janet Yellen, who stepped down in January, spoke in Boston.",
    # Former X, now holds another office: the cabinet phrase is about the new one.
    "Marco Rubio, a former senator, is now a member of Trump’s cabinet as Secretary of State.",
    "Senator-turned-envoy Tom Hale, a former governor, was sworn in as ambassador on Friday.",
    # "former" with no sign of the person being in office.
    "Former Defense Secretary Mark Esper criticised the plan in an interview.",
    # Replaced: the successor is named.
    "Former chief of staff Ron Klain was succeeded by Jeff Zients in 2023. Klain declined to"
    " comment.",
    # then- is a past title by design.
    "Then-Treasury Secretary Steven Mnuchin met Chinese officials in 2019.",
]


@pytest.mark.parametrize(("text", "span_text"), FC101_POSITIVE)
def test_fc101_flags_former_title_of_sitting_official(
    findings: ReviewFn, text: str, span_text: str
) -> None:
    found = findings(text, "FC101")
    assert len(found) == 1
    assert found[0].spans[0].text == span_text
    assert len(found[0].spans) == 2
    assert found[0].category.value == "title"
    assert found[0].severity.value == "warning"


@pytest.mark.parametrize("text", FC101_NEGATIVE)
def test_fc101_leaves_correct_former_titles_alone(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC101") == []


FC102_POSITIVE = [
    (
        "Defense Secretary Pete Hegseth spoke in Brussels. Later, Hegseth, the secretary of "
        "state, said the talks would continue.",
        ("Defense Secretary", "secretary of state"),
    ),
    (
        "Russian President Vladimir Putin spoke to reporters. Ukrainian President Vladimir Putin "
        "was also quoted.",
        ("Russian President", "Ukrainian President"),
    ),
    (
        "Prime Minister Keir Starmer arrived in Paris. President Keir Starmer then met Macron.",
        ("Prime Minister", "President"),
    ),
    (
        "Foreign Minister Sergei Lavrov said talks were possible. Lavrov, Russia's finance "
        "minister, did not say when.",
        ("Foreign Minister", "finance minister"),
    ),
]

FC102_POSITIVE += [
    (
        "Sarah Lindqvist, Nordvik’s chief executive, said profits rose. Chief financial "
        "officer Sarah Lindqvist said costs fell.",
        ("chief executive", "Chief financial officer"),
    ),
]

FC102_POSITIVE += [
    (
        "The talks were led by the deputy defence minister, Rasa Vaitkute. Vaitkute, the "
        "deputy foreign minister, said a deal was close.",
        ("deputy defence minister", "deputy foreign minister"),
    ),
]

FC102_NEGATIVE = [
    "Deputy Prime Minister Rasa Vaitkute, the deputy foreign minister, spoke.",
    "Chief executive Sarah Lindqvist, who chairs the industry association, spoke first.",
    # Offices often combined, or a deputy post.
    "Secretary of State Marco Rubio, who is also national security adviser, spoke. Rubio said"
    " little.",
    "Deputy Prime Minister Anna Kovac, the foreign minister, spoke first.",
    # Different people with the same office in different countries.
    "Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskiy spoke.",
    # A former office next to a current one.
    "Former senator Marco Rubio is Secretary of State. Secretary of State Marco Rubio spoke.",
    # The same title twice, worded two ways.
    "Treasury Secretary Scott Bessent spoke. Bessent, the secretary of the Treasury, said more.",
]


@pytest.mark.parametrize(("text", "titles"), FC102_POSITIVE)
def test_fc102_flags_two_incompatible_titles(
    findings: ReviewFn, text: str, titles: tuple[str, str]
) -> None:
    found = findings(text, "FC102")
    assert len(found) == 1
    assert tuple(s.text for s in found[0].spans) == titles


@pytest.mark.parametrize("text", FC102_NEGATIVE)
def test_fc102_accepts_compatible_titles(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC102") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The policy was introduced by Harriet Mowbray, the former chief constable, who"
            " retired last year.\n\nChief Constable Harriet Mowbray said the force would study"
            " the judgment.",
            "Chief Constable",
        ),
        (
            "Among them was former Mayor Dolores Whitfield, who left office after two terms."
            "\n\nMayor Dolores Whitfield said she was encouraged by the vote.",
            "Mayor",
        ),
    ],
)
def test_fc101_a_plain_title_after_the_article_says_they_left(
    findings: ReviewFn, text: str, span: str
) -> None:
    [finding] = findings(text, "FC101")
    assert finding.spans[0].text == span


@pytest.mark.parametrize(
    "text",
    [
        # The plain title in a sentence about the past.
        "Harriet Mowbray, the former chief constable, retired last year.\n\nIn 2018 Chief"
        " Constable Harriet Mowbray introduced the policy.",
        # The plain title first: the article introduces her as she was then.
        "Chief Constable Harriet Mowbray introduced the policy.\n\nMowbray, now the former"
        " chief constable, retired last year.",
        "Dolores Whitfield, a former mayor, left office in 2015.\n\nWhitfield said she was"
        " encouraged by the vote.",
    ],
)
def test_fc101_a_plain_title_that_is_not_a_slip(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC101") == []


def test_fc101_a_cue_about_another_body(findings: ReviewFn) -> None:
    text = (
        "Von der Leyen, a former German defence minister who has led the Commission since"
        " December 2019, still needs the approval of the Parliament."
    )
    assert findings(text, "FC101") == []
