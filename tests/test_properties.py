"""Property tests: arbitrary text never crashes the pipeline, and spans always fit the text."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.review import review_text
from tests.conftest import check_spans

# Words that trigger the analysers, mixed with arbitrary text.
_VOCAB = st.sampled_from(
    [
        "former", "Treasury", "Secretary", "Scott", "Bessent", ",", ".", "’s", "said", "“", "”",
        "President", "a member of Trump’s cabinet", "See also", "\n", "\n\n", "Leave a Reply",
        "ex-", "then-", "minister", "of", "the", "State", "who", "took office", "in January",
        "Ms.", "U.S.", "Defense", "Zelenskiy", "Vladimir", "Putin", "48%", "$1.3 billion",
        "Wednesday, February 12, 2025", "February 30", "born in 1978", "aged 47", " ",
    ]
)  # fmt: skip
_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_VOCAB, st.text(max_size=8)), max_size=80).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, dated=st.booleans())
def test_any_text_reviews_without_crash_and_spans_match(text: str, dated: bool) -> None:
    if not text.strip():
        return
    review = review_text(text, published=dt.date(2025, 2, 12) if dated else None)
    check_spans(review.report, text)
    for finding in review.report.findings:
        for span in finding.spans:
            assert 0 <= span.start <= span.end <= len(text)
            line_start = text.rfind("\n", 0, span.start) + 1
            assert span.column == span.start - line_start + 1
            assert span.line == text.count("\n", 0, span.start) + 1
