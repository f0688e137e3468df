"""FC7xx: statements of the article that contradict each other (only when the LLM stage ran).

The rule reads the cross-check's verdicts from the RuleContext; it never calls the model.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.report import Category, Severity
from factcheck.rules.registry import Hit, RuleContext, rule

_QUOTE_CHARS = 70


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1] + "…"


@rule("FC701", category=Category.CONTRADICTION, severity=Severity.WARNING)
def contradictory_claims(ctx: RuleContext) -> Iterator[Hit]:
    """Two claims of the article that the LLM cross-check judged to contradict each other.

    Pairs of grounded claims are chosen offline where a conflict is plausible: one measure
    given two different values, an event said never to have happened and described
    elsewhere, or "first"/"only"/"never" against an earlier occurrence. At most 12 pairs are
    sent, in at most 2 requests. A contradiction is reported when the model's confidence is
    at least 0.6, with both claims as evidence and the model's explanation in the message.
    The confidence is the model's, not a measured precision: read both passages.
    """
    if ctx.crosscheck is None:
        return
    from factcheck.crosscheck import MIN_CONFIDENCE  # the LLM stage's module, only when it ran

    for judged in ctx.crosscheck.contradictions(MIN_CONFIDENCE):
        why = judged.explanation or "no explanation given"
        message = (
            f'"{_short(judged.a.text)}" and "{_short(judged.b.text)}" may contradict each other '
            f"(LLM cross-check, confidence {judged.confidence:.2f}): {why}"
        )
        yield Hit(
            message=message,
            spans=[(judged.a.start, judged.a.end), (judged.b.start, judged.b.end)],
            confidence=judged.confidence,
            suggestion="Reconcile the two statements, or say why both hold.",
            source="llm",
        )
