"""docs/rules.md is generated from the rules' docstrings and must stay in sync."""

from __future__ import annotations

from pathlib import Path

from factcheck.docs import (
    README,
    REGENERATE,
    RULES_DOC,
    anchor,
    main,
    readme_with_rules,
    rules_markdown,
)
from factcheck.report import Category, Severity
from factcheck.rules import REGISTRY, Rule

ROOT = Path(__file__).resolve().parent.parent


def test_committed_rules_doc_matches_the_registry() -> None:
    committed = (ROOT / RULES_DOC).read_text(encoding="utf-8")
    assert committed == rules_markdown(), (
        f"{RULES_DOC} is out of date with the rules' docstrings; regenerate it with "
        f"`{REGENERATE}` and commit the result"
    )


def test_readme_rules_table_matches_the_registry() -> None:
    readme = (ROOT / README).read_text(encoding="utf-8")
    assert readme == readme_with_rules(readme), (
        f"the rules table in {README} is out of date; regenerate it with `{REGENERATE}`"
    )
    assert "[FC101](docs/rules.md#fc101-" in readme


def test_every_rule_has_a_row_and_a_section() -> None:
    text = rules_markdown()
    for rule in REGISTRY.values():
        assert f"| [{rule.id}](#{anchor(rule)}) | {rule.name} |" in text
        assert f"\n### {rule.id} {rule.name}\n" in text
        assert rule.doc in text
    assert text.index("### FC101") < text.index("### FC901")


def _rule(rule_id: str, doc: str) -> Rule:
    def func(ctx: object) -> list[object]:
        return []

    func.__doc__ = doc
    return Rule(rule_id, f"rule-{rule_id.lower()}", Category.NUMBER, Severity.ERROR, func)  # type: ignore[arg-type]


def test_generator_handles_any_registry() -> None:
    fake = {
        "FC402": _rule("FC402", "Second | with a pipe.\n\n**What it does.** Two."),
        "FC401": _rule("FC401", "First.\n\n    Body.\n\n        indented example\n    "),
        "FC001": _rule("FC001", "Odd family."),
    }
    text = rules_markdown(fake)
    assert text.index("### FC001") < text.index("### FC401") < text.index("### FC402")
    assert text.count("## Numbers\n") == 1  # one family heading for FC401 and FC402
    assert "## FC0xx\n" in text
    assert "| Second \\| with a pipe. |" in text
    assert "\n    indented example\n" in text
    assert "Category: **number** · default severity: **error**" in text
    assert text.endswith("Two.\n")


def test_main_writes_the_page(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 0
    assert (tmp_path / RULES_DOC).read_text(encoding="utf-8") == rules_markdown()
