"""FC8xx: claims the LLM found worth checking (only when the LLM stage ran).

The rule reads the grounded extraction from the RuleContext; it never calls the model.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.report import Category, Severity
from factcheck.rules.registry import Hit, RuleContext, rule


@rule("FC801", category=Category.CLAIM, severity=Severity.INFO)
def check_worthy_claim(ctx: RuleContext) -> Iterator[Hit]:
    """A factual claim the LLM extraction marked as worth checking before publishing.

    Every claim is anchored to words found verbatim in the article (claims the article does
    not contain are dropped before this rule runs). Claims are numbered from the most to
    the least check-worthy; the confidence is the model's check-worthiness (0-1), a
    ranking hint, not a verdict. Informational: it says what to verify, not that it is wrong.
    """
    if ctx.extraction is None:
        return
    ranked = ctx.extraction.ranked_claims()
    for rank, claim in enumerate(ranked, 1):
        message = (
            f"Claim {rank}/{len(ranked)} to check ({claim.kind.replace('_', ' ')}, "
            f"check-worthiness {claim.check_worthiness:.2f}): {claim.claim}"
        )
        yield Hit(
            message=message,
            spans=[(claim.start, claim.end)],
            confidence=claim.check_worthiness,
            suggestion=f"Verify: {claim.reason}" if claim.reason else None,
            source="llm",
        )
