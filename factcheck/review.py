"""The review pipeline: load → segment → analyse → rules → Report. Data moves one way."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck import __version__
from factcheck.analysis import analyze
from factcheck.article import DEFAULT_MAX_BYTES, OFFSETS_DOC, Article, load_article
from factcheck.findings import (
    apply_severity,
    apply_suppressions,
    merge_duplicates,
    with_fingerprints,
)
from factcheck.report import (
    ArticleInfo,
    ExcludedSegmentInfo,
    LLMInfo,
    Report,
    Settings,
    Timings,
    ToolInfo,
    summarize,
)
from factcheck.rules import RuleContext, run_rules
from factcheck.segment import segment

if TYPE_CHECKING:
    from factcheck.llm.client import LLMClient
    from factcheck.llm.settings import LLMSettings


@dataclass(frozen=True)
class ReviewOptions:
    published: dt.date | None = None
    fail_on: str = "warning"
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    roster_files: tuple[Path, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    llm: LLMSettings | None = None  # None or no base_url: the LLM stage is off
    llm_client: LLMClient | None = None  # tests inject one; otherwise made from `llm`


LLM_OFF = LLMInfo(
    enabled=False,
    status="off",
    detail="no LLM endpoint is configured; offline analysis and rules only",
)


@dataclass(frozen=True)
class Review:
    """A report and the article it points into (renderers quote its lines)."""

    article: Article
    report: Report


def review_path(path: str, options: ReviewOptions) -> Review:
    started = time.perf_counter()
    article = load_article(path, published=options.published, max_bytes=options.max_bytes)
    return Review(article, review_article(article, options, started=started))


def review_text(
    text: str,
    *,
    published: dt.date | None = None,
    title: str | None = None,
    options: ReviewOptions | None = None,
) -> Review:
    """Review text held in memory, as a plain-text article (tests and library use)."""
    article = Article(
        path="<text>",
        format="text",
        text=text,
        title=title,
        published=published,
        published_source="flag" if published else "none",
    )
    return Review(article, review_article(article, options or ReviewOptions()))


def review_article(
    article: Article, options: ReviewOptions, *, started: float | None = None
) -> Report:
    t0 = started if started is not None else time.perf_counter()
    t1 = time.perf_counter()
    segmentation = segment(article)
    t2 = time.perf_counter()
    analysis = analyze(article, segmentation)
    t_llm = time.perf_counter()
    llm_info, extraction, crosscheck = LLM_OFF, None, None
    if options.llm is not None and options.llm.enabled:
        # Imported here: the offline path never loads the LLM stage (nor openai/instructor).
        from factcheck.crosscheck import run_crosscheck_stage
        from factcheck.extract import merge_into_analysis, run_llm_stage

        extraction, llm_info = run_llm_stage(
            article, segmentation, options.llm, client=options.llm_client
        )
        if extraction is not None:
            merged = merge_into_analysis(analysis, extraction)
            crosscheck, llm_info = run_crosscheck_stage(
                extraction, merged, options.llm, llm_info, client=options.llm_client
            )
            # A failed cross-check marks the stage failed (--require-llm exits 2) but keeps
            # the grounded extraction: its claims and mentions are still good.
            analysis = merged
    t3 = time.perf_counter()
    ctx = RuleContext(
        article=article,
        segmentation=segmentation,
        analysis=analysis,
        extraction=extraction,
        crosscheck=crosscheck,
        roster_files=options.roster_files,
    )
    findings = merge_duplicates(list(run_rules(ctx, select=options.select, ignore=options.ignore)))
    findings = apply_severity(findings, options.severity)
    findings, suppressed = apply_suppressions(findings, article.suppressions)
    findings = with_fingerprints(findings, article.lines)
    t4 = time.perf_counter()

    headline = segmentation.headline
    title = article.title or (
        " ".join(article.text[headline.start : headline.end].lstrip("# ").split())
        if headline
        else None
    )
    excluded = [
        ExcludedSegmentInfo(kinds=list(s.kinds), span=article.span(s.start, s.end))
        for s in segmentation.excluded(article.text)
    ]
    return Report(
        tool=ToolInfo(version=__version__),
        offsets=OFFSETS_DOC,
        article=ArticleInfo(
            path=article.path,
            format=article.format,
            title=title,
            published=article.published,
            published_source=article.published_source,
            url=article.url,
            author=article.author,
            encoding=article.encoding,
            characters=len(article.text),
            words=len(article.text.split()),
            line_offset=article.line_offset,
        ),
        settings=Settings(
            fail_on=options.fail_on,
            select=options.select,
            ignore=options.ignore,
            llm=llm_info.enabled,
        ),
        llm=llm_info,
        findings=findings,
        excluded_segments=excluded,
        summary=summarize(findings, suppressed=suppressed),
        timings=Timings(
            load_ms=_ms(t0, t1),
            segment_ms=_ms(t1, t2),
            analysis_ms=_ms(t2, t_llm),
            llm_ms=_ms(t_llm, t3),
            rules_ms=_ms(t3, t4),
            total_ms=_ms(t0, t4),
        ),
    )


def _ms(a: float, b: float) -> float:
    return round((b - a) * 1000, 3)
