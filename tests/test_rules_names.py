"""FC3xx: one person's name spelled two ways."""

from __future__ import annotations

import pytest

from factcheck.analysis import analyze
from factcheck.review import ReviewOptions, review_path
from factcheck.segment import segment
from tests.conftest import SEED_MD, ReviewFn

# --- FC301: a surname spelled two ways --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "variant", "canonical"),
    [
        (
            "Defense Secretary Pete Hegseth spoke in Brussels on Wednesday. Hegseth said the "
            "alliance must spend more. Allies listened closely.\n\n"
            "Later, Hegsath said the United States would not send troops.\n",
            "Hegsath",
            "Hegseth",
        ),
        (
            "Prime Minister Keir Starmer met union leaders in Leeds. Keir Starmar told them "
            "that wages would rise. Starmer left before lunch.\n",
            "Starmar",
            "Starmer",
        ),
        (
            "Turkish President Recep Tayyip Erdogan hosted the talks in Ankara. Erdogan "
            "welcomed both delegations.\n\nOn Friday, Erdoğan called for a ceasefire.\n",
            "Erdoğan",
            "Erdogan",
        ),
        (
            "The report was written by John Smith, an economist. John Smyth said the numbers "
            "were grim. Smith expects a recession.\n",
            "Smyth",
            "Smith",
        ),
    ],
)
def test_fc301_misspelt_surname(
    findings: ReviewFn, text: str, variant: str, canonical: str
) -> None:
    [finding] = findings(text, "FC301")
    assert finding.rule_id == "FC301"
    assert finding.suggestion == canonical
    assert variant in finding.spans[0].text
    assert canonical in finding.spans[1].text
    assert finding.severity.value == "warning"


def test_fc301_mixed_transliterations(findings: ReviewFn) -> None:
    text = (
        "Ukrainian President Volodymyr Zelenskiy spoke with Trump on Wednesday. Zelenskiy "
        "said the call was useful.\n\n"
        "Zelensky later told reporters in Kyiv that talks would follow. Zelenskiy did not "
        "say when. Zelenskyy's office published a statement.\n"
    )
    hits = findings(text, "FC301")
    assert sorted(h.spans[0].text for h in hits) == ["Zelensky", "Zelenskyy"]
    assert all(h.suggestion == "Zelenskiy" for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        # Two people who share a surname.
        "Donald Trump and Melania Trump attended the dinner. Trump spoke first; Melania "
        "Trump did not speak.\n",
        "Mayor Eric Adams met Jane Adams, the council's budget chief. Adams said the "
        "budget was balanced.\n",
        # Similar surnames with different first names: two people.
        "John Smith, an economist, disagreed with Mary Smyth, a banker. Smith expects a "
        "recession; Smyth does not.\n",
        "Ray Allen and Grace Allan both spoke at the hearing. Allen asked for more time.\n",
        "Analyst Mark Johnson and lawyer Ruth Johnston both criticised the plan.\n",
        # Families, places, first names used alone, short names.
        "Donald Trump spent the weekend with his family. The Trumps left on Sunday.\n",
        "The delegation flew from Kyiv. Older maps still say Kiev.\n",
        "Ministers from Austria and Australia met in Vienna.\n",
        "Adam Clark met John Adams in Boston. Adam said little; Adams did the talking.\n",
        "Senator Susan Collins said the deal was fair. Collins voted yes, and Collins "
        "County voted no.\n",
    ],
)
def test_fc301_not_flagged(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC3") == []


# --- FC302: a first name that changes ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rare", "usual"),
    [
        (
            "Pete Hegseth arrived in Warsaw on Monday. Pete Hegseth met troops there.\n\n"
            "Peter Hegseth told reporters the deployment would go ahead.\n",
            "Peter Hegseth",
            "Pete Hegseth",
        ),
        (
            "National security adviser Mike Waltz briefed the press. Waltz said the talks "
            "were on track. Michael Waltz will travel to Riyadh. Mike Waltz declined to say "
            "more.\n",
            "Michael Waltz",
            "Mike Waltz",
        ),
        (
            "CIA Director John Ratcliffe testified on Tuesday. Jon Ratcliffe told senators "
            "the agency needed more money. John Ratcliffe left at noon.\n",
            "Jon Ratcliffe",
            "John Ratcliffe",
        ),
    ],
)
def test_fc302_first_name_changes(findings: ReviewFn, text: str, rare: str, usual: str) -> None:
    [finding] = findings(text, "FC302")
    assert [s.text for s in finding.spans] == [rare, usual]
    assert finding.suggestion == usual


@pytest.mark.parametrize(
    "text",
    [
        "Eric Trump and Erica Trump were both at the launch.\n",
        "Louis Martin and Louise Martin run the bakery together.\n",
        "Mario Rossi and Maria Rossi, his sister, sold the farm.\n",
        "Vice President JD Vance spoke first. J.D. Vance thanked the hosts.\n",
        "Donald Trump and Donald Trump Jr. both posted on Monday.\n",
        "Eric Adams met Jane Adams at City Hall.\n",
        "Mark Collins and his wife, Mary Collins, run the shop. Mark Collins opened it.\n",
        "Dan Shapiro and Dean Shapiro, his cousin, both testified.\n",
    ],
)
def test_fc302_not_flagged(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC3") == []


# --- precision ----------------------------------------------------------------------------

CONTROL = "\n\n".join(
    [
        "Washington talks end without a deal",
        (
            "Secretary of State Marco Rubio and Defense Secretary Pete Hegseth met Ukrainian "
            "Foreign Minister Andrii Sybiha in Washington on Thursday. “We made real progress "
            "today,” Rubio told reporters after the meeting. “There is more to do, and we will do"
            " it,” he added."
        ),
        (
            "Hegseth said the Pentagon would keep weapons flowing. “Our commitment has not "
            "changed,” Hegseth said. Sybiha thanked both men. “Ukraine is grateful,” Sybiha said,"
            " “and we are ready to keep talking.”"
        ),
        (
            "President Donald Trump, who spoke to the group by phone, said he was optimistic. "
            "First Lady Melania Trump hosted the delegation for lunch. Melania Trump said the "
            "visit had been “warm and productive”. Trump later posted that the talks were going "
            "well."
        ),
        (
            "New York Mayor Eric Adams, in town for a conference, met Jane Adams, a "
            "Ukrainian-American community organiser from Chicago. Adams, the mayor, said the city"
            " stood with Ukraine. Jane Adams said her group had raised money for hospitals."
        ),
        (
            "John Smith, an economist at Georgetown University, and Mary Smyth, a former "
            "diplomat, both cautioned against expecting quick results. “Wars rarely end at a "
            "conference table,” Smith said. Smyth agreed: “Patience will matter more than any "
            "single meeting.”"
        ),
        (
            "Rubio returned to the State Department in the evening. “We made real progress "
            "today,” Rubio repeated in a statement. Hegseth flew to Brussels, where Pete Hegseth "
            "will meet NATO ministers on Friday. Sybiha flew home on Saturday, and Rubio said he "
            "would visit Kyiv soon. “There is more to do, and we will do it,” Rubio said on "
            "Friday."
        ),
        (
            "In Moscow, Kremlin spokesman Dmitry Peskov said Russia was watching closely. “We "
            "have seen the reports,” Peskov said. Russian Foreign Minister Sergei Lavrov, "
            "speaking in Ankara, called the meeting “theatre”. Turkish President Recep Tayyip "
            "Erdogan offered to host the next round, and Erdogan said Istanbul was ready. Peskov "
            "declined to say whether Vladimir Putin would attend."
        ),
    ]
)


def test_control_article_has_no_name_or_attribution_findings(findings: ReviewFn) -> None:
    assert len(CONTROL.split()) > 280
    assert findings(CONTROL, "FC3") == []
    assert findings(CONTROL, "FC6") == []


def test_seed_article_adds_no_name_or_attribution_warning() -> None:
    review = review_path(str(SEED_MD), ReviewOptions())
    assert review.report.findings, "the seed has a title error: the rules did run"
    assert [f for f in review.report.findings if f.rule_id.startswith(("FC3", "FC6"))] == []
    article = review.article
    quotations = analyze(article, segment(article)).quotations
    assert sum(q.speaker is not None for q in quotations) >= 5


@pytest.mark.parametrize("rule_id", ["FC301", "FC302"])
def test_rule_is_documented(rule_id: str) -> None:
    from factcheck.rules import REGISTRY

    doc = REGISTRY[rule_id].doc
    for heading in ("**What it does.**", "**Why it matters.**", "**Example.**", "**Not flagged.**"):
        assert heading in doc
