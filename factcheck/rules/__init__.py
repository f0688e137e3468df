"""Rules: importing this package registers every rule family.

ID ranges: FC1xx titles (article-internal), FC2xx titles against the roster, FC3xx names,
FC4xx numbers, FC5xx dates, FC6xx attribution, FC7xx contradictions, FC8xx claims,
FC9xx boilerplate and hygiene.
"""

from factcheck.rules import (  # noqa: F401  (registration side effect)
    claims,
    contradictions,
    dates,
    hygiene,
    names,
    numbers,
    quotes,
    roster,
    titles,
)
from factcheck.rules.registry import REGISTRY, Hit, Rule, RuleContext, rule, run_rules, selected

__all__ = ["REGISTRY", "Hit", "Rule", "RuleContext", "rule", "run_rules", "selected"]
