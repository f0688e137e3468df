"""FC3xx: one person's name spelled two ways."""

from __future__ import annotations

import pytest

from factcheck.analysis import analyze
from factcheck.analysis.names import (
    gendered_key,
    given_relation,
    name_key,
    transliterated_surnames,
)
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


# --- FC301: transliterations -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "variant", "canonical"),
    [
        # Both names shift: w/v, z/s, a final -yy/-yj.
        (
            "President Volodymyr Zelenskyy addressed parliament on Friday. Zelenskyy asked "
            "for more air defence.\n\nWolodymyr Selenskyj also thanked the donors.\n",
            "Wolodymyr Selenskyj",
            "Volodymyr Zelenskyy",
        ),
        # kh/h and a final -y/-iy.
        (
            "The exiled tycoon Mikhail Khodorkovsky spoke in London. Khodorkovsky urged "
            "sanctions.\n\nLater, Mikhail Hodorkovskiy said he would fund the campaign.\n",
            "Mikhail Hodorkovskiy",
            "Mikhail Khodorkovsky",
        ),
        # Arabic article and vowels: el-/al-, Abdullah/Abdallah, -i/-y.
        (
            "The talks were led by Abdullah el-Masri, the trade minister. El-Masri said "
            "tariffs would fall.\n\nAbdallah al-Masry later told reporters the deal was "
            "close.\n",
            "Abdallah al-Masry",
            "Abdullah el-Masri",
        ),
        # Accents dropped on a bare surname with its title.
        (
            "The trial was led by Professor Dorota Kamińska of Łódź. Kamińska said the "
            "results were robust.\n\nProfessor Kaminska said a second trial would begin.\n",
            "Kaminska",
            "Kamińska",
        ),
        # Turkish dotted capital I and soft g.
        (
            "Istanbul mayor Ekrem İmamoğlu was detained on Wednesday. İmamoğlu denies the "
            "charges.\n\nSupporters of Ekrem Imamoglu gathered outside the court.\n",
            "Ekrem Imamoglu",
            "İmamoğlu",
        ),
    ],
)
def test_fc301_transliterated_name(
    findings: ReviewFn, text: str, variant: str, canonical: str
) -> None:
    [finding] = findings(text, "FC3")
    assert finding.rule_id == "FC301"
    assert finding.spans[0].text == variant
    assert canonical in finding.spans[1].text


def test_fc301_gendered_form_with_the_same_title(findings: ReviewFn) -> None:
    text = (
        "The study was led by Dr Agnieszka Jabłońska of Warsaw University. Jabłońska said "
        "the results were robust.\n\nDr Jablonski said a second trial would begin in spring.\n"
    )
    [finding] = findings(text, "FC3")
    assert finding.rule_id == "FC301"
    assert [s.text for s in finding.spans] == ["Jablonski", "Agnieszka Jabłońska"]
    assert finding.suggestion == "Jabłońska"
    assert finding.confidence < 0.7  # a guess: the weakest FC301 finding


@pytest.mark.parametrize(
    "text",
    [
        # Relatives in gendered forms, with gendered or shared titles.
        "Jan Kowalski and Anna Kowalska run the bakery. Mr Kowalski bakes; Mrs Kowalska "
        "sells.\n\nMrs Anna Kowalska said trade was good. Mr Kowalski agreed.\n",
        "Dr Ewa Zielińska and her husband, Dr Piotr Zieliński, both work at the clinic. "
        "Dr Zieliński said the clinic was full. Dr Zielińska agreed.\n",
        "Professor Anna Nowicka chaired the panel. Professor Jan Nowicki, her husband, spoke "
        "next. Professor Nowicki said the data were thin.\n",
        "Sergei Ivanov and Olga Ivanova, his wife, left Moscow in 2022. Ivanov said they had "
        "no regrets. Ivanova disagreed.\n",
        # A gendered form without a matching title is someone else.
        "Dr Agnieszka Jabłońska led the study. Mr Jablonski, a patient, said he felt better.\n",
        # Two surnames that are both ordinary words.
        "Tom Baker, a farmer, and Tom Barker, a fisherman, sued the council. Baker lost.\n",
        # Similar names of different people.
        "Peter Hansen and Peter Jansen both play for the club. Hansen scored twice.\n",
        "Karim Benzema and Karima Benzema, his cousin, opened the school.\n",
        "Hassan Ali and Hussein Ali both spoke. Hassan Ali left early.\n",
        "Christian Weber and Christina Weber, his sister, founded the firm. Christian Weber "
        "is the chief executive.\n",
    ],
)
def test_fc301_transliteration_not_flagged(findings: ReviewFn, text: str) -> None:
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
            "Foreign Minister Sergei Lavrov arrived in Ankara. Lavrov met his Turkish "
            "counterpart. Sergey Lavrov later flew on to Tehran. Sergei Lavrov said little.\n",
            "Sergey Lavrov",
            "Sergei Lavrov",
        ),
        (
            "Mohammed Rashid, the finance minister, presented the budget. Rashid said debt "
            "would fall. Muhammad Rashid will brief lenders on Friday. Mohammed Rashid left.\n",
            "Muhammad Rashid",
            "Mohammed Rashid",
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


FOREIGN_CONTROL = "\n\n".join(
    [
        "Families return to Gdańsk shipyard for anniversary",
        (
            "More than two thousand former workers and their relatives gathered at the old "
            "shipyard in Gdańsk on Saturday to mark forty-five years since the strikes that "
            "changed Poland."
        ),
        (
            "Jan Kowalski, 71, a retired welder, came with his wife, Anna Kowalska, and their"
            " daughter, Dr Marta Kowalska, a cardiologist in Warsaw. Kowalski said he still "
            'remembered the smell of the canteen. "We were young and we were angry," Kowalski'
            " said. Anna Kowalska laughed and said she had been the angrier one. Dr Kowalska "
            "said her parents rarely spoke about those weeks."
        ),
        (
            "Professor Tomasz Wiśniewski, a historian at the University of Gdańsk, led a "
            "walking tour of the cranes. Wiśniewski told visitors that the archive had "
            "received hundreds of letters since spring. His sister, Professor Ewa Wiśniewska,"
            " who teaches in Kraków, read extracts from them. Professor Wiśniewska said the "
            'letters were "funny, furious and very tender".'
        ),
        (
            "Guests from abroad included the Ukrainian poet Oleksandr Hrytsenko and the "
            "Egyptian engineer Mohammed al-Masri, who worked at the yard in the 1980s. Al-"
            'Masri said his Polish was "rusty but alive". His son, Karim al-Masri, translated'
            " for him. Hrytsenko read a poem about the Dnipro."
        ),
        (
            "The Lithuanian ambassador, Rūta Žukauskienė, laid flowers at the monument. "
            'Žukauskienė said solidarity was "not a museum piece". The Turkish consul, Ayşe '
            "Yılmaz, and her husband, Mehmet Yılmaz, also attended; Mehmet Yılmaz grew up in "
            "Izmir, where his father ran a ferry company."
        ),
        (
            "Among the oldest guests were the twins Piotr Nowak and Paweł Nowak, both 88, who"
            " said they had missed only two anniversaries. Piotr Nowak walked with a stick. "
            "Paweł Nowak said he had been arrested twice in 1981."
        ),
        (
            "Sergei Ivanov, a Russian-born photographer, and his wife, Olga Ivanova, showed "
            "prints from the strike. Ivanova said many of the faces had never been "
            "identified. Ivanov said he hoped families would recognise their fathers and "
            "grandfathers."
        ),
        (
            "The mayor, Aleksandra Dulkiewicz, closed the day with a short speech. Dulkiewicz"
            " thanked Jan Kowalski and the other veterans, and said the yard would host a "
            "permanent exhibition from next year."
        ),
    ]
)


def test_foreign_control_article_has_no_name_findings(findings: ReviewFn) -> None:
    """Consistent foreign names, accents, Arabic articles and gendered relatives: no FC3."""
    assert len(FOREIGN_CONTROL.split()) > 280
    assert findings(FOREIGN_CONTROL, "FC3") == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Aleksandr", "Alexander", "transliteration"),
        ("Mohammed", "Muhammad", "transliteration"),
        ("Volodymyr", "Wolodymyr", "transliteration"),
        ("Youssef", "Yusuf", "transliteration"),
        ("José", "Jose", "transliteration"),
        ("Christian", "Christina", None),
        ("Jesse", "Jessie", None),
        ("Mario", "Maria", None),
        ("Eric", "Erica", None),
    ],
)
def test_given_relation_transliteration(a: str, b: str, expected: str | None) -> None:
    assert given_relation(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Volkonsky", "Wolkonski", True),
        ("al-Rashidi", "al-Rashidy", True),
        ("Zelenskyy", "Selenskyj", True),
        ("Wiśniewska", "Wisniewska", True),
        ("Shoigu", "Shoygu", True),
        ("Wiśniewska", "Wisniewski", False),
        ("Ivanov", "Ivanova", False),
        ("Smith", "Smyth", False),
        ("Hansen", "Jansen", False),
        ("Trump", "Trumps", False),
    ],
)
def test_transliterated_surnames(a: str, b: str, expected: bool) -> None:
    assert transliterated_surnames(a, b) is expected


def test_name_key_and_gendered_key() -> None:
    assert name_key("Al-Rashidi") == name_key("rashidy") == "rashidi"
    assert name_key("Erdoğan") == name_key("Erdogan")
    assert gendered_key("Wiśniewska") == gendered_key("Wisniewski") is not None
    assert gendered_key("Hegseth") is None


@pytest.mark.parametrize("rule_id", ["FC301", "FC302"])
def test_rule_is_documented(rule_id: str) -> None:
    from factcheck.rules import REGISTRY

    doc = REGISTRY[rule_id].doc
    for heading in ("**What it does.**", "**Why it matters.**", "**Example.**", "**Not flagged.**"):
        assert heading in doc


def test_q_and_k_romanisations_are_one_name(findings) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Oil minister Faisal al-Qahtani arrived in Vienna on Monday. The talks were useful, "
        "Al-Kahtani told reporters afterwards."
    )
    found = findings(text, "FC301")
    assert [sorted(s.text for s in f.spans) for f in found] == [["Al-Kahtani", "Faisal al-Qahtani"]]


def test_a_first_name_with_and_without_its_initial_y(findings) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Engineer Yevgenia Smirnova led the team that polished the mirror. The work took two "
        "years, Evgenia Smirnova told reporters on Monday."
    )
    found = findings(text, "FC302")
    assert [sorted(s.text for s in f.spans) for f in found] == [
        ["Evgenia Smirnova", "Yevgenia Smirnova"]
    ]


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        (
            "Okonkwo, a 23-year-old striker on loan, scored twice.\n\nOkonkow, whose loan runs"
            " until May, would not discuss his future.",
            "Okonkow",
        ),
        (
            "Ms Brannigan opened the meeting.\n\nBranigan said the budget was fair.",
            "Branigan",
        ),
        (
            'Halvorsen said the ship was sound. "It will sail," Halvorson said.',
            "Halvorson",
        ),
    ],
)
def test_fc301_two_bare_spellings_of_one_person(
    findings: ReviewFn, text: str, variant: str
) -> None:
    [finding] = findings(text, "FC301")
    assert finding.spans[0].text == variant


@pytest.mark.parametrize(
    "text",
    [
        # Only one of the two is used as a person.
        "Okonkwo, a 23-year-old striker, scored twice. The Okonkow Stadium was full.",
        # A full name near one of them decides, and here it names two people.
        "Tom Brannigan said no. Branigan, who chairs the board, said yes. Jo Branigan agreed.",
        # Bare words that are also ordinary words.
        "Baker said yes. Barker said no.",
        # Short names are too close to call.
        "Reid said yes. Reed said no.",
    ],
)
def test_fc301_two_bare_spellings_not_flagged(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC301") == []


def test_fc302_a_korean_family_name_romanised_two_ways(findings: ReviewFn) -> None:
    text = (
        "Cho Min-seok, 61, took 14,212 votes. Lee Hae-won came second.\n\n"
        "Jo Min-seok's victory makes him the first independent to lead the county."
    )
    [finding] = findings(text, "FC302")
    assert finding.spans[0].text == "Jo Min-seok"


@pytest.mark.parametrize(
    "text",
    [
        # Two people: different given names, or family names of different groups.
        "Cho Min-seok won. Jo Hye-jin came third.",
        "Kim Min-seok won. Park Min-seok came third.",
        # Not Korean name order: ordinary first names.
        "Jo Smith won the seat. Cho Smith, her cousin, lost.",
    ],
)
def test_fc302_korean_names_of_two_people(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC302") == []


@pytest.mark.parametrize(
    "text",
    [
        "Jon Smith and John Smith, his cousin, both spoke. Smith later left.",
        "Mike Dean spoke. Michael Dean — no relation — refereed the match.",
    ],
)
def test_fc302_the_article_says_they_are_two_people(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC302") == []


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("Dmitry Peskov spoke. Peskoff later denied it.", "Peskoff"),
        ("Yevgeny Prigozhin led the revolt. Prigojine was killed later.", "Prigojine"),
        ("Siobhan O'Sullivan spoke. O'Sulivan later added that the deal was done.", "O'Sulivan"),
    ],
)
def test_fc301_more_romanisations_and_irish_names(
    findings: ReviewFn, text: str, variant: str
) -> None:
    [finding] = findings(text, "FC301")
    assert finding.spans[0].text == variant


@pytest.mark.parametrize(
    "text",
    [
        "Siobhan O'Sullivan spoke. Her brother Sean O'Sullivan agreed.",
        "Tom Bristow spoke. Anna Bristol, the mayor, agreed.",
        "Sarah Jardine spoke. Paul Jardin, a farmer, disagreed.",
    ],
)
def test_fc301_names_that_are_not_variants(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC301") == []


def test_fc301_ee_and_i_romanised_two_ways(findings: ReviewFn) -> None:
    text = "The program was designed by Dr. Mohammed Al-Khatib.\n\nAl-Khateeb said it would grow."
    [finding] = findings(text, "FC301")
    assert finding.spans[0].text == "Al-Khateeb"


def test_fc301_one_vowel_changed_in_a_six_letter_name(findings: ReviewFn) -> None:
    text = (
        "Dr. Margaret Ellery died on Tuesday. Her husband, John Ellery, died in 2012.\n\n"
        "In retirement Dr. Ellory volunteered with a charity."
    )
    [finding] = findings(text, "FC301")
    assert finding.spans[0].text == "Ellory"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Barker spoke. Barber, the shop owner, agreed.",
        "Anna Hansen spoke. Her rival, Erik Hanson, disagreed.",
    ],
)
def test_fc301_six_letter_names_of_two_people(findings: ReviewFn, text: str) -> None:
    assert findings(text, "FC301") == []
