"""The rule registry: a rule is a pure function of the analysed article that yields hits."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.analysis.models import Analysis
from factcheck.article import Article
from factcheck.report import Category, Finding, Severity, Source
from factcheck.segment import Segmentation

if TYPE_CHECKING:
    from factcheck.crosscheck import CrossCheckResult
    from factcheck.extract import ExtractionResult


@dataclass(frozen=True)
class RuleContext:
    """Everything a rule may read. Rules never call the LLM or touch the network."""

    article: Article
    segmentation: Segmentation
    analysis: Analysis
    extraction: ExtractionResult | None = None  # grounded LLM output, when the stage ran
    crosscheck: CrossCheckResult | None = None  # LLM verdicts on pairs of claims (FC701)
    roster_files: tuple[Path, ...] = ()  # a newsroom's own roster files, from config

    def text(self, start: int, end: int) -> str:
        return self.article.text[start:end]


@dataclass(frozen=True)
class Hit:
    """What a rule found; the runner adds the rule's ID, category and severity."""

    message: str
    spans: list[tuple[int, int]]
    confidence: float
    suggestion: str | None = None
    source: Source = "rules"


RuleFunc = Callable[[RuleContext], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    category: Category
    severity: Severity
    func: RuleFunc = field(repr=False)

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.func.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.split("\n", 1)[0]


REGISTRY: dict[str, Rule] = {}


def rule(rule_id: str, *, category: Category, severity: Severity) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule. Its name is the function's name in kebab case; its docstring, its docs."""

    def register(func: RuleFunc) -> RuleFunc:
        if rule_id in REGISTRY:
            raise ValueError(f"duplicate rule ID {rule_id}")
        if not func.__doc__:
            raise ValueError(f"rule {rule_id} needs a docstring: it is the rule's documentation")
        name = func.__name__.replace("_", "-")
        REGISTRY[rule_id] = Rule(rule_id, name, category, severity, func)
        return func

    return register


def selected(rule_id: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """Prefix matching, as in ruff and flake8: ``FC1`` selects or ignores the FC1xx family."""
    select, ignore = list(select), list(ignore)
    chosen = not select or any(rule_id.startswith(p) for p in select)
    return chosen and not any(rule_id.startswith(p) for p in ignore)


def run_rules(
    ctx: RuleContext,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> Iterator[Finding]:
    select, ignore = list(select), list(ignore)
    for rule_id in sorted(REGISTRY):
        registered = REGISTRY[rule_id]
        if not selected(rule_id, select, ignore):
            continue
        for hit in registered.func(ctx):
            yield Finding(
                rule_id=rule_id,
                category=registered.category,
                severity=registered.severity,
                message=hit.message,
                spans=[ctx.article.span(s, e) for s, e in hit.spans],
                suggestion=hit.suggestion,
                confidence=hit.confidence,
                source=hit.source,
            )
