"""Rules: importing this package registers every rule family."""

from factcheck.rules import hygiene, titles  # noqa: F401  (registration side effect)
from factcheck.rules.registry import REGISTRY, Hit, Rule, RuleContext, rule, run_rules, selected

__all__ = ["REGISTRY", "Hit", "Rule", "RuleContext", "rule", "run_rules", "selected"]
