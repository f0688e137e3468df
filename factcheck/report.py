"""The report: findings with evidence spans, and everything needed to reproduce them.

The JSON form of ``Report`` is versioned by ``SCHEMA_VERSION``: a change that removes or
renames a field, or changes its meaning, bumps the major number.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from factcheck.span import Span

SCHEMA_VERSION = "1.0"


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Category(str, Enum):
    TITLE = "title"
    NAME = "name"
    NUMBER = "number"
    DATE = "date"
    ATTRIBUTION = "attribution"
    CONTRADICTION = "contradiction"
    BOILERPLATE = "boilerplate"
    CLAIM = "claim"


Source = Literal["rules", "roster", "llm"]


class Finding(BaseModel):
    """One thing for a human to review. The first span is where it is reported."""

    model_config = ConfigDict(frozen=True)

    rule_id: str = Field(pattern=r"^FC\d{3}$")
    category: Category
    severity: Severity
    message: str
    spans: list[Span] = Field(min_length=1, description="Evidence; two where two places disagree.")
    suggestion: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    source: Source = "rules"
    fingerprint: str = Field(
        default="",
        description="Stable ID for baselines: rule, quoted text and its line's words; not the "
        "line number, so it survives edits elsewhere in the article.",
    )

    @property
    def primary(self) -> Span:
        return self.spans[0]


class ArticleInfo(BaseModel):
    path: str
    format: str
    title: str | None
    published: dt.date | None
    published_source: str
    url: str | None = None
    author: str | None = None
    encoding: str
    characters: int
    words: int
    line_offset: int = Field(description="File lines before the article text (front matter).")


class Settings(BaseModel):
    fail_on: str
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    llm: bool = False


class CrossCheckInfo(BaseModel):
    """The LLM contradiction cross-check (FC701): its bounds and what it did."""

    status: Literal["ok", "failed"]
    detail: str
    prompt: str | None = None
    prompt_version: str | None = None
    max_pairs: int = Field(default=0, description="Most pairs of claims sent per article.")
    max_calls: int = Field(default=0, description="Most batches (requests) per article.")
    claims: int = 0
    pairs_considered: int = Field(default=0, description="Every pair of grounded claims.")
    pairs_candidates: int = Field(default=0, description="Pairs with a conflict signal.")
    pairs_sent: int = 0
    batches: int = 0
    calls: int = Field(default=0, description="HTTP requests made (re-asks and retries included).")
    cache_hits: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    verdicts_returned: int = 0
    verdicts_dropped: int = Field(default=0, description="Naming a pair that was not sent.")
    contradictions: int = 0
    consistent: int = 0
    unrelated: int = 0
    reported: int = Field(default=0, description="Contradictions confident enough for FC701.")
    min_confidence: float = 0.0


class LLMInfo(BaseModel):
    enabled: bool
    status: Literal["off", "ok", "failed"]
    detail: str = Field(description="Why it was off, or what failed, in one line.")
    model: str | None = None
    prompt: str | None = None
    prompt_version: str | None = None
    # Extraction counts: returned by the model, grounded in the article, dropped (not found).
    chunks: int = 0
    items_returned: int = 0
    items_grounded: int = 0
    items_dropped: int = 0
    items_duplicate: int = 0
    calls: int = Field(default=0, description="HTTP requests made (re-asks and retries included).")
    cache_hits: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    estimated_cost: float = Field(default=0.0, description="From the configured token prices.")
    crosscheck: CrossCheckInfo | None = Field(
        default=None, description="The contradiction cross-check, when it ran (else omitted)."
    )

    @model_serializer(mode="wrap")
    def _omit_no_crosscheck(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Reports without a cross-check stay as they were (no "crosscheck": null).
        data: dict[str, Any] = handler(self)
        if data.get("crosscheck") is None:
            data.pop("crosscheck", None)
        return data


class ExcludedSegmentInfo(BaseModel):
    kinds: list[str]
    span: Span


class Summary(BaseModel):
    total: int
    by_severity: dict[str, int]
    by_category: dict[str, int]
    suppressed: int = Field(default=0, description="Findings silenced by inline comments.")
    baselined: int = Field(default=0, description="Findings left out as already in the baseline.")


class Timings(BaseModel):
    load_ms: float
    segment_ms: float
    analysis_ms: float
    llm_ms: float = Field(default=0.0, description="The LLM stage, when it ran (cache hits too).")
    rules_ms: float
    total_ms: float


class ToolInfo(BaseModel):
    name: Literal["factcheck"] = "factcheck"
    version: str


class Report(BaseModel):
    """The result of reviewing one article."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    tool: ToolInfo
    offsets: str = Field(description="What the character offsets of every span index into.")
    article: ArticleInfo
    settings: Settings
    llm: LLMInfo
    findings: list[Finding]
    excluded_segments: list[ExcludedSegmentInfo]
    summary: Summary
    timings: Timings

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)


def summarize(findings: list[Finding], *, suppressed: int = 0, baselined: int = 0) -> Summary:
    by_severity = {s.value: 0 for s in Severity}
    by_category: dict[str, int] = {}
    for f in findings:
        by_severity[f.severity.value] += 1
        by_category[f.category.value] = by_category.get(f.category.value, 0) + 1
    return Summary(
        total=len(findings),
        by_severity=by_severity,
        by_category=by_category,
        suppressed=suppressed,
        baselined=baselined,
    )
