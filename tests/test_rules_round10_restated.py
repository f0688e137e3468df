"""Round 10: one quantity stated twice (sums of "£X of <noun>", prison terms, households
with digits swapped) and amounts listed then summed in the next sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.review import review_text

PUBLISHED = dt.date(2025, 6, 10)


def _ids(text: str) -> list[str]:
    report = review_text(text, published=PUBLISHED).report
    return [f.rule_id for f in report.findings if f.severity.rank >= 1]


FLAGGED = [
    # A sum named as so much of a thing, then named back under another name.
    (
        "FC401",
        "The Chancellor said she had restored the £9.9bn of headroom against her rules."
        " Economists were unimpressed.\n\nShe said the restoration of the £9.1bn buffer"
        " showed the rules were firm.",
    ),
    (
        "FC401",
        "The trust has set aside $4.2 million of funding for the wing. Work starts in"
        " spring.\n\nTrustees said the $4.8 million funding would cover fittings too.",
    ),
    (
        "FC401",
        "Ministers kept £12.5bn of headroom against the debt rule. Markets rallied.\n\nThe"
        " £15.2bn cushion is the largest since 2021, officials said.",
    ),
    # A prison term restated.
    (
        "FC411",
        "A former treasurer was sentenced Tuesday to 12 years in federal prison.\n\nHis"
        " lawyer said he would not appeal the 14-year sentence.",
    ),
    (
        "FC411",
        "Jones was jailed for six years at Leeds Crown Court on Friday.\n\nDetectives said"
        " the eight-year sentence reflected the harm done.",
    ),
    (
        "FC411",
        "The judge handed Ms Ruiz a 10-year prison sentence.\n\nVictims welcomed her 12-year"
        " prison term outside court.",
    ),
    # Households with two digits swapped, the later one named back.
    (
        "FC412",
        "The river burst its banks, forcing 340 homes to be evacuated.\n\nThe council is"
        " finding temporary homes for all 430 families who fled.",
    ),
    (
        "FC412",
        "Some 560 households were left without water.\n\nEngineers reconnected the 650"
        " families by Friday evening.",
    ),
    (
        "FC412",
        "The fire forced 450 flats to be cleared.\n\nAll the 540 households affected are"
        " being rehoused, the council said.",
    ),
    # Amounts listed, then summed by the next sentence.
    (
        "FC401",
        "The budget allots Rs. 1,265 crore for capital works, Rs. 1,087 crore for salaries"
        " and pensions, Rs. 742 crore for maintenance and Rs. 348 crore for loans. Together,"
        " the four heads account for expenditure of Rs. 3,412 crore.",
    ),
    (
        "FC401",
        "The grant gives $1.2m to the library, $3.4m for roads and $2.1m for parks."
        " Together they come to $7.2m.",
    ),
    (
        "FC401",
        "The fund paid £400,000 to schools, £250,000 to clinics and £150,000 for parks."
        " Combined, the three payments amount to £850,000.",
    ),
]

CLEAN = [
    # Consistent figures.
    "The Chancellor restored the £9.9bn of headroom against her rules.\n\nThe £9.9bn buffer"
    " is small by historical standards.",
    "Ministers spent £3m of the £5m grant on roads.\n\nThe £5m grant came from Whitehall.",
    "A former treasurer was sentenced to 12 years in prison.\n\nHe will not appeal the"
    " 12-year sentence.",
    # Other terms: sought, possible, co-defendants, concurrent.
    "Pruitt was sentenced to 12 years. Prosecutors had asked for 15 years.\n\nThe judge"
    " rejected the 15-year sentence prosecutors sought.",
    "Smith was sentenced to 12 years. He had faced the 20-year maximum.\n\nHis lawyer said"
    " he could have faced a 20-year sentence.",
    "The brothers were sentenced to eight and six years.\n\nThe eight-year sentence was"
    " for the elder.",
    "Lee was jailed for six years, to run concurrently with the four-year term he is serving."
    "\n\nThe four-year term ends in 2026.",
    # Households: different figures not a swap, two-digit figures without a back-reference.
    "The river forced 340 homes to be evacuated.\n\nSome 430 families have applied for"
    " emergency grants.",
    "Some 340 homes were flooded.\n\nThe council found rooms for 360 families.",
    # Sums that add up, or a count word that is not the list.
    "The budget allots Rs. 1,265 crore for capital works, Rs. 1,087 crore for salaries"
    " and Rs. 742 crore for maintenance. Together, the three heads account for Rs. 3,094"
    " crore.",
    "The grant gives $1.2m to the library, $3.4m for roads and $2.1m for parks. Together"
    " they come to $6.7m.",
    "The fund paid £400,000 to schools, £250,000 to clinics and £150,000 for parks. In all,"
    " the fund has given out £2.1m since 2019.",
    "The fund paid £400,000 to schools, £250,000 to clinics and £150,000 for parks. Together,"
    " the two largest payments come to £650,000.",
    "The grant gives $1.2m to the library, $3.4m for roads and $2.1m for parks. Together"
    " they come to about $7m.",
]


@pytest.mark.parametrize(("rule", "text"), FLAGGED)
def test_flagged(rule: str, text: str) -> None:
    assert rule in _ids(text)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text: str) -> None:
    assert _ids(text) == []
