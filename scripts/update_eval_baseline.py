#!/usr/bin/env python3
"""Rewrite tests/eval/baseline.json from an offline evaluation of the labelled corpus.

Run it after a change that improves the figures (a new rule family, a fixed false positive),
review the diff of baseline.json, and commit it: tests/test_eval.py fails any later change
that falls below these figures. It also prints the Markdown table for the README section
"Quality (offline evaluation)".

    python scripts/update_eval_baseline.py [--corpus tests/eval] [--out FILE] [--readme]

With --readme it also replaces the table (and the warnings line) in that README section.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SECTION = "## Quality (offline evaluation)"


def update_readme(table: str, warnings_line: str) -> bool:
    """Replace the first table and warnings line of the README section; False if absent."""
    text = README.read_text(encoding="utf-8")
    start = text.find(SECTION)
    if start == -1:
        return False
    end = text.find("\n## ", start + len(SECTION))
    end = len(text) if end == -1 else end
    section = text[start:end]
    # Only this section is touched: other people edit the rest of the README.
    section = re.sub(r"(?m)(^\|.*\|\n)+", lambda _m: table, section, count=1)
    section = re.sub(r"Warnings on clean articles: \d+\.", warnings_line, section, count=1)
    README.write_text(text[:start] + section + text[end:], encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    from factcheck.errors import FactcheckError
    from factcheck.evaluate import baseline_from, evaluate_corpus, markdown_table

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", default="tests/eval", help="corpus directory (from the root)")
    parser.add_argument("--out", default=None, help="baseline file (default: CORPUS/baseline.json)")
    parser.add_argument("--check", action="store_true", help="only print the table; write nothing")
    parser.add_argument("--readme", action="store_true", help="also update the README table")
    args = parser.parse_args(argv)

    # Paths relative to the repository root, so the stored corpus name does not depend on cwd.
    corpus = Path(args.corpus)
    out = Path(args.out) if args.out else corpus / "baseline.json"
    try:
        result = evaluate_corpus(ROOT / corpus if not corpus.is_absolute() else corpus)
    except FactcheckError as exc:
        print(f"update_eval_baseline: error: {exc.message}", file=sys.stderr)
        return 2
    baseline = baseline_from(result)
    baseline["corpus"] = corpus.as_posix()
    if not args.check:
        target = ROOT / out if not out.is_absolute() else out
        target.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)
    table = markdown_table(result)
    warnings_line = f"Warnings on clean articles: {result.warnings_on_clean}."
    print(table, end="")
    print(f"\n{warnings_line} ({result.articles} articles, {result.clean_articles} clean)")
    if args.readme and not args.check:
        if not update_readme(table, warnings_line):
            print(f"update_eval_baseline: no '{SECTION}' section in README.md", file=sys.stderr)
            return 2
        print("updated README.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
