"""Regenerate docs/rules.md from the rules' docstrings: python scripts/gen_rules_doc.py"""

from __future__ import annotations

from pathlib import Path

from factcheck.docs import main

if __name__ == "__main__":
    # Write into this checkout whatever the working directory is.
    raise SystemExit(main([str(Path(__file__).resolve().parent.parent)]))
