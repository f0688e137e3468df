"""Numbers: quantities that disagree with each other.

Importing this package registers the FC4xx rules, one module each, in ID order.
"""

from __future__ import annotations

# Imported in ID order, so that the rules register in the order they always have.
# isort: off
from factcheck.rules.numbers.amounts import conflicting_amounts
from factcheck.rules.numbers.changes import percent_change_mismatch
from factcheck.rules.numbers.tallies import tally_vs_count
from factcheck.rules.numbers.shares import share_of_total_mismatch
from factcheck.rules.numbers.ages import age_vs_birth_year
from factcheck.rules.numbers.anniversaries import anniversary_vs_founding_year
from factcheck.rules.numbers.counts import conflicting_counts
from factcheck.rules.numbers.margins import margin_vs_tally
from factcheck.rules.numbers.elapsed import elapsed_years_mismatch
from factcheck.rules.numbers.scores import conflicting_scores
from factcheck.rules.numbers.measures import conflicting_measurements
from factcheck.rules.numbers.transposed import transposed_digits
# isort: on

__all__ = [
    "age_vs_birth_year",
    "anniversary_vs_founding_year",
    "conflicting_amounts",
    "conflicting_counts",
    "conflicting_measurements",
    "conflicting_scores",
    "elapsed_years_mismatch",
    "margin_vs_tally",
    "percent_change_mismatch",
    "share_of_total_mismatch",
    "tally_vs_count",
    "transposed_digits",
]
