"""Boilerplate: text on the page that is not the article."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.report import Category, Severity
from factcheck.rules.registry import Hit, RuleContext, rule


@rule("FC901", category=Category.BOILERPLATE, severity=Severity.INFO)
def boilerplate_excluded(ctx: RuleContext) -> Iterator[Hit]:
    """Text that is not part of the article was excluded from the check.

    **What it does.** Reports each run of lines that reads as page furniture rather than
    article text: related-link lines ("See also …", "Related: …", "Read more"), newsletter
    and subscribe prompts, share prompts and bars, "Advertisement" markers, comment forms
    ("Leave a Reply", "Your email address will not be published"), photo captions and credit
    lines, lists of other stories ("Most read", "Read next: …") and site notices (cookie
    banners, tags, "Back to top", tip lines).

    **Why it matters.** Copied from a CMS or a web page, an article often carries these
    lines. They are not checked (a related headline would otherwise be read as a claim of
    the article), and an editor may want to remove them before publishing.

    **Example.**

        See also  Indian arms shipped to the Ukraine despite objections from Moscow

    **How to silence it.** Remove the lines, or ignore the rule: `--ignore FC901`.
    """
    text = ctx.article.text
    for segment in ctx.segmentation.excluded(text):
        first_line = text[segment.start : segment.end].split("\n", 1)[0].strip()
        if len(first_line) > 60:
            first_line = first_line[:57].rstrip() + "…"
        yield Hit(
            message=f"Not article text ({segment.label}), excluded from the check: “{first_line}”",
            spans=[(segment.start, segment.end)],
            confidence=0.9,
        )
