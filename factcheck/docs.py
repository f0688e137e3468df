"""Generated documentation: docs/rules.md is built from the rules' docstrings.

Regenerate with ``python scripts/gen_rules_doc.py`` (or ``python -m factcheck.docs``);
tests/test_docs.py fails when the committed page and the registry disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.rules import REGISTRY, Rule

RULES_DOC = Path("docs") / "rules.md"
REGENERATE = "python scripts/gen_rules_doc.py"

# Rule families by the hundreds digit of the ID, as laid out in factcheck/rules/__init__.py.
FAMILIES: dict[str, str] = {
    "1": "Titles (within the article)",
    "2": "Titles against the roster",
    "3": "Names",
    "4": "Numbers",
    "5": "Dates",
    "6": "Attribution and quotes",
    "7": "Contradictions",
    "8": "Claims",
    "9": "Boilerplate and hygiene",
}


def anchor(rule: Rule) -> str:
    """The heading anchor GitHub gives ``## FC101 former-title…``."""
    return f"{rule.id.lower()}-{rule.name}"


def rules_markdown(registry: dict[str, Rule] | None = None) -> str:
    rules = [r for _, r in sorted((registry if registry is not None else REGISTRY).items())]
    out = [
        "# Rules",
        "",
        "<!-- Generated from the rules' docstrings by scripts/gen_rules_doc.py; do not edit. -->",
        "",
        "Every rule has an ID (`FC` and three digits), a name, a category and a default",
        "severity. Select or skip rules by ID prefix: `--select FC1` runs the FC1xx family,",
        "`--ignore FC901` skips one rule. `factcheck explain FC101` prints a rule's page.",
        "",
        "| ID | Name | Category | Severity | Summary |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in rules:
        summary = rule.summary.replace("|", "\\|")
        out.append(
            f"| [{rule.id}](#{anchor(rule)}) | {rule.name} | {rule.category.value} "
            f"| {rule.severity.value} | {summary} |"
        )
    out.append("")
    family: str | None = None
    for rule in rules:
        digit = rule.id[2:3]
        if digit != family:
            family = digit
            out += [f"## {FAMILIES.get(digit, f'FC{digit}xx')}", ""]
        out += [
            f"### {rule.id} {rule.name}",
            "",
            f"Category: **{rule.category.value}** · default severity: **{rule.severity.value}**",
            "",
            rule.doc.rstrip(),
            "",
        ]
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write docs/rules.md under the given root (default: the working directory)."""
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else Path.cwd()
    target = root / RULES_DOC
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(rules_markdown(), encoding="utf-8", newline="\n")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
