"""Offline evaluation: review a labelled corpus and score the findings per category.

A corpus is a directory of articles (``*.md`` with front matter, ``*.txt`` or ``*.html``),
each with a label file beside it: ``<stem>.labels.yaml`` (or ``.yml`` / ``.json``). A label
file says either ``clean: true`` (no finding of severity warning or error is expected) or
lists the planted errors under ``expected``, each with a ``category`` and an ``anchor``: a
short substring of the article text that occurs exactly once and that the finding's span
must overlap. ``tests/eval/README.md`` documents the format. In an HTML article, a
boilerplate anchor that is in the page but not in the extracted text counts as found: the
extractor left it out.

Matching: a finding is a *prediction* when its severity is warning or error, or when its
category is boilerplate (those findings are info by design). An expected item is a true
positive when at least one prediction of the same category has a span overlapping its
anchor; otherwise it is a false negative. A prediction that overlaps no expected item of
its category is a false positive; one that overlaps an item already matched by another
prediction is a *duplicate*, reported but not scored (two findings for one error are noise,
not a wrong claim).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from factcheck.article import ARTICLE_SUFFIXES
from factcheck.errors import FactcheckError
from factcheck.report import Category, Finding, Severity

LABEL_SUFFIXES = (".labels.yaml", ".labels.yml", ".labels.json")
# Files in a corpus directory that document it rather than being articles.
SKIPPED_NAMES = frozenset({"readme.md", "readme.txt", "readme.html"})
CATEGORIES: tuple[str, ...] = tuple(c.value for c in Category)
# Floats are compared at this precision, so a baseline written from a run always passes it.
DIGITS = 4


class CorpusError(FactcheckError):
    """The corpus is malformed: a missing or invalid label file, or an ambiguous anchor."""


# --- label files ---------------------------------------------------------------------------


class ExpectedItem(BaseModel):
    """One planted error: a finding of ``category`` must overlap ``anchor`` in the text."""

    model_config = ConfigDict(extra="forbid")

    category: Category
    anchor: str = Field(min_length=1)
    note: str = ""


class Labels(BaseModel):
    """The contents of one label file."""

    model_config = ConfigDict(extra="forbid")

    clean: bool = False
    published: dt.date | None = Field(
        default=None, description="Publication date for articles without front matter (.txt)."
    )
    expected: list[ExpectedItem] = Field(default_factory=list)

    @model_validator(mode="after")
    def _clean_xor_expected(self) -> Labels:
        if self.clean and self.expected:
            raise ValueError("a label file cannot be both 'clean: true' and list 'expected' items")
        if not self.clean and not self.expected:
            raise ValueError("a label file needs 'clean: true' or a non-empty 'expected' list")
        return self


def label_path_for(article: Path) -> Path | None:
    """The label file beside an article, or None when there is none."""
    for suffix in LABEL_SUFFIXES:
        candidate = article.with_name(article.stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def load_labels(path: Path) -> Labels:
    try:
        raw_text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot read label file ({exc})") from exc
    try:
        if path.suffix == ".json":
            data: Any = json.loads(raw_text)
        else:
            import yaml

            data = yaml.safe_load(raw_text)
    except Exception as exc:  # json.JSONDecodeError or yaml.YAMLError: a malformed file
        raise CorpusError(f"{path}: invalid label file: {' '.join(str(exc).split())}") from exc
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: invalid label file: expected a mapping at the top level")
    try:
        return Labels.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "top level"
        raise CorpusError(f"{path}: invalid label file at {where}: {first['msg']}") from exc


def discover(corpus: Path) -> list[tuple[Path, Path]]:
    """Pairs (article, label file), sorted by path; any unpaired file is a corpus error."""
    if not corpus.is_dir():
        raise CorpusError(f"{corpus}: not a corpus directory")
    articles = sorted(
        p
        for p in corpus.rglob("*")
        if p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES
        and p.name.lower() not in SKIPPED_NAMES
    )
    pairs: list[tuple[Path, Path]] = []
    paired_labels: set[Path] = set()
    for article in articles:
        labels = label_path_for(article)
        if labels is None:
            raise CorpusError(f"{article}: no label file beside it ({article.stem}.labels.yaml)")
        pairs.append((article, labels))
        paired_labels.add(labels)
    for label in sorted(corpus.rglob("*.labels.*")):
        if label.name.endswith(LABEL_SUFFIXES) and label not in paired_labels:
            raise CorpusError(f"{label}: label file without an article beside it")
    if not pairs:
        raise CorpusError(f"{corpus}: no labelled articles (*.md, *.txt or *.html) found")
    return pairs


# --- results -------------------------------------------------------------------------------


class Score(BaseModel):
    """Counts and rates for one category, or for all categories together."""

    expected: int = 0
    predicted: int = Field(default=0, description="Scored predictions: TP-matching plus FP.")
    tp: int = 0
    fp: int = 0
    fn: int = 0
    duplicates: int = Field(default=0, description="Extra predictions on an already-found item.")
    precision: float | None = Field(default=None, description="TP / (TP + FP); null if none.")
    recall: float | None = Field(default=None, description="TP / (TP + FN); null if none.")
    f1: float | None = None

    def finish(self) -> Score:
        """Fill in the rates from the counts."""
        self.predicted = self.tp + self.fp
        self.precision = _ratio(self.tp, self.tp + self.fp)
        self.recall = _ratio(self.tp, self.tp + self.fn)
        p, r = self.precision, self.recall
        if p is None or r is None:
            self.f1 = None
        else:
            self.f1 = round(2 * p * r / (p + r), DIGITS) if p + r else 0.0
        return self


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, DIGITS) if den else None


class Located(BaseModel):
    """An expected item, with where its anchor is in the article text."""

    category: Category
    anchor: str
    note: str = ""
    start: int
    end: int
    line: int
    removed: bool = Field(
        default=False,
        description="Boilerplate the HTML extractor already left out of the article text.",
    )


class Predicted(BaseModel):
    """A scored finding, reduced to what a reader of the evaluation needs."""

    rule_id: str
    category: Category
    severity: Severity
    start: int
    end: int
    line: int
    text: str
    message: str


class ArticleResult(BaseModel):
    path: str
    clean: bool
    expected: int
    tp: int
    fp: int
    fn: int
    found: list[Located] = Field(default_factory=list)
    missed: list[Located] = Field(default_factory=list)
    false_positives: list[Predicted] = Field(default_factory=list)
    warnings: int = Field(description="Findings of severity warning or error.")


class EvalResult(BaseModel):
    """The evaluation of one corpus: per-category scores, the overall score, per-article detail."""

    corpus: str
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    llm: bool = Field(default=False, description="Always false: the evaluation runs offline.")
    articles: int
    clean_articles: int
    categories: dict[str, Score]
    overall: Score
    warnings_on_clean: int = Field(
        description="Findings of severity warning or error in articles labelled clean."
    )
    clean_articles_with_warnings: int
    results: list[ArticleResult]


# --- matching ------------------------------------------------------------------------------


def is_prediction(finding: Finding) -> bool:
    """Whether a finding counts as a prediction (see the module docstring)."""
    return finding.category is Category.BOILERPLATE or finding.severity.rank >= 1


def locate(text: str, item: ExpectedItem, where: str, source: str | None = None) -> Located:
    """Find an anchor; it must occur exactly once so that the expected position is certain.

    ``source`` is the raw file of an HTML article: boilerplate that is in the page but not
    in the extracted text was left out by the extractor, which is the job done."""
    first = text.find(item.anchor)
    if (
        first == -1
        and source is not None
        and item.category is Category.BOILERPLATE
        and item.anchor in source
    ):
        return Located(
            category=item.category,
            anchor=item.anchor,
            note=item.note,
            start=-1,
            end=-1,
            line=0,
            removed=True,
        )
    if first == -1:
        raise CorpusError(f"{where}: anchor not found in the article text: {item.anchor!r}")
    if text.find(item.anchor, first + 1) != -1:
        raise CorpusError(
            f"{where}: anchor occurs more than once in the article text (make it longer): "
            f"{item.anchor!r}"
        )
    return Located(
        category=item.category,
        anchor=item.anchor,
        note=item.note,
        start=first,
        end=first + len(item.anchor),
        line=text.count("\n", 0, first) + 1,
    )


def _overlaps(finding: Finding, item: Located) -> bool:
    return any(s.start < item.end and item.start < s.end for s in finding.spans)


def match_article(
    path: str,
    text: str,
    labels: Labels,
    findings: Sequence[Finding],
    source: str | None = None,
) -> tuple[ArticleResult, dict[str, Score]]:
    """Score one article's findings against its labels; returns the result and its counts.
    ``source``: the raw page of an HTML article (see ``locate``)."""
    items = [locate(text, item, path, source) for item in labels.expected]
    scores = {c: Score() for c in CATEGORIES}
    matched = [it.removed for it in items]
    false_positives: list[Predicted] = []
    for finding in findings:
        if not is_prediction(finding):
            continue
        cat = finding.category.value
        hits = [i for i, it in enumerate(items) if it.category == finding.category]
        hits = [i for i in hits if _overlaps(finding, items[i])]
        new = [i for i in hits if not matched[i]]
        if not hits:
            scores[cat].fp += 1
            false_positives.append(_predicted(finding, text))
        elif not new:
            scores[cat].duplicates += 1
        for i in new:
            matched[i] = True
    found = [it for it, ok in zip(items, matched, strict=True) if ok]
    missed = [it for it, ok in zip(items, matched, strict=True) if not ok]
    for it in items:
        scores[it.category.value].expected += 1
    for it in found:
        scores[it.category.value].tp += 1
    for it in missed:
        scores[it.category.value].fn += 1
    warnings = sum(1 for f in findings if f.severity.rank >= 1)
    result = ArticleResult(
        path=path,
        clean=labels.clean,
        expected=len(items),
        tp=len(found),
        fp=len(false_positives),
        fn=len(missed),
        found=found,
        missed=missed,
        false_positives=false_positives,
        warnings=warnings,
    )
    return result, scores


def _predicted(finding: Finding, text: str) -> Predicted:
    span = finding.primary
    return Predicted(
        rule_id=finding.rule_id,
        category=finding.category,
        severity=finding.severity,
        start=span.start,
        end=span.end,
        line=span.line,
        text=" ".join(span.text.split())[:120],
        message=finding.message,
    )


def combine(
    corpus: str,
    results: list[ArticleResult],
    scores: Iterable[dict[str, Score]],
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> EvalResult:
    """Sum per-article counts into per-category and overall scores."""
    totals = {c: Score() for c in CATEGORIES}
    for per_article in scores:
        for cat, s in per_article.items():
            t = totals[cat]
            t.expected += s.expected
            t.tp += s.tp
            t.fp += s.fp
            t.fn += s.fn
            t.duplicates += s.duplicates
    overall = Score(
        expected=sum(t.expected for t in totals.values()),
        tp=sum(t.tp for t in totals.values()),
        fp=sum(t.fp for t in totals.values()),
        fn=sum(t.fn for t in totals.values()),
        duplicates=sum(t.duplicates for t in totals.values()),
    ).finish()
    clean = [r for r in results if r.clean]
    return EvalResult(
        corpus=corpus,
        select=list(select),
        ignore=list(ignore),
        articles=len(results),
        clean_articles=len(clean),
        categories={c: t.finish() for c, t in totals.items()},
        overall=overall,
        warnings_on_clean=sum(r.warnings for r in clean),
        clean_articles_with_warnings=sum(1 for r in clean if r.warnings),
        results=results,
    )


def evaluate_corpus(
    corpus: str | Path, *, select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> EvalResult:
    """Review every labelled article offline (no LLM) and score the findings."""
    from factcheck.review import ReviewOptions, review_path

    root = Path(corpus)
    results: list[ArticleResult] = []
    scores: list[dict[str, Score]] = []
    for article_path, label_path in discover(root):
        labels = load_labels(label_path)
        options = ReviewOptions(
            published=labels.published, select=list(select), ignore=list(ignore)
        )
        try:
            review = review_path(str(article_path), options)
        except FactcheckError as exc:
            raise CorpusError(f"{article_path}: {exc.message}") from exc
        name = article_path.relative_to(root).as_posix()
        source = None
        if article_path.suffix.lower() in (".html", ".htm"):
            source = article_path.read_text(encoding="utf-8", errors="replace")
        result, counts = match_article(
            name, review.article.text, labels, review.report.findings, source
        )
        results.append(result)
        scores.append(counts)
    return combine(str(corpus), results, scores, select, ignore)


# --- baseline and regressions --------------------------------------------------------------


def scored_categories(result: EvalResult) -> list[str]:
    """Categories with anything to show: expected items or predictions."""
    return [c for c, s in result.categories.items() if s.expected or s.predicted or s.duplicates]


def baseline_from(result: EvalResult) -> dict[str, Any]:
    """The figures a later run must not fall below (JSON-ready)."""
    return {
        "corpus": result.corpus,
        "articles": result.articles,
        "categories": {
            c: {"precision": s.precision, "recall": s.recall, "tp": s.tp, "fp": s.fp, "fn": s.fn}
            for c, s in result.categories.items()
        },
        "overall": {"precision": result.overall.precision, "recall": result.overall.recall},
        "warnings_on_clean": result.warnings_on_clean,
    }


def _precision_or_one(value: float | None) -> float:
    # No predictions means no false positives: a category that starts predicting must be
    # at least as precise as the baseline's.
    return 1.0 if value is None else value


def check_regressions(result: EvalResult, baseline: dict[str, Any]) -> list[str]:
    """Each way ``result`` is worse than ``baseline``; empty when it is as good or better."""
    problems: list[str] = []
    eps = 10 ** -(DIGITS + 2)
    rows: list[tuple[str, Score, dict[str, Any]]] = [
        (c, s, baseline.get("categories", {}).get(c, {})) for c, s in result.categories.items()
    ]
    rows.append(("overall", result.overall, baseline.get("overall", {})))
    for name, score, base in rows:
        base_recall = base.get("recall")
        if base_recall is not None and (score.recall or 0.0) < base_recall - eps:
            problems.append(f"{name} recall {score.recall} < baseline {base_recall}")
        base_precision = _precision_or_one(base.get("precision"))
        if _precision_or_one(score.precision) < base_precision - eps:
            problems.append(
                f"{name} precision {score.precision} < baseline {base.get('precision')}"
            )
    base_warnings = baseline.get("warnings_on_clean")
    if base_warnings is not None and result.warnings_on_clean > base_warnings:
        problems.append(
            f"warnings on clean articles {result.warnings_on_clean} > baseline {base_warnings}"
        )
    return problems


# --- rendering -----------------------------------------------------------------------------


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def render_human(result: EvalResult) -> str:
    """A table per category, warnings on clean articles, the overall figures and the misses."""
    lines = [
        f"{result.corpus}: {result.articles} articles ({result.clean_articles} clean) · "
        "offline (no LLM)",
        "",
        f"{'category':<14}{'precision':>10}{'recall':>8}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}"
        f"{'dup':>5}",
    ]

    def row(name: str, s: Score) -> str:
        return (
            f"{name:<14}{_fmt(s.precision):>10}{_fmt(s.recall):>8}{_fmt(s.f1):>7}"
            f"{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.duplicates:>5}"
        )

    for cat in CATEGORIES:
        s = result.categories[cat]
        if s.expected or s.predicted or s.duplicates:
            lines.append(row(cat, s))
    lines.append(row("overall", result.overall))
    lines.append("")
    lines.append(
        f"warnings on clean articles: {result.warnings_on_clean} "
        f"(in {result.clean_articles_with_warnings} of {result.clean_articles} clean articles)"
    )
    fps = [(r.path, p) for r in result.results for p in r.false_positives]
    if fps:
        lines += ["", "false positives:"]
        lines += [f"  {path}:{p.line}  {p.rule_id} {p.category.value}  {p.text}" for path, p in fps]
    misses = [(r.path, m) for r in result.results for m in r.missed]
    if misses:
        lines += ["", "missed:"]
        lines += [f"  {path}:{m.line}  {m.category.value}  {m.anchor}" for path, m in misses]
    return "\n".join(lines) + "\n"


def render_json(result: EvalResult) -> str:
    return result.model_dump_json(indent=2) + "\n"


def markdown_table(result: EvalResult) -> str:
    """The per-category figures as a Markdown table (for the README)."""
    out = [
        "| category | precision | recall | F1 | TP | FP | FN |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for cat in [*CATEGORIES, "overall"]:
        s = result.overall if cat == "overall" else result.categories[cat]
        if cat != "overall" and not (s.expected or s.predicted):
            continue
        out.append(
            f"| {cat} | {_fmt(s.precision)} | {_fmt(s.recall)} | {_fmt(s.f1)} | "
            f"{s.tp} | {s.fp} | {s.fn} |"
        )
    return "\n".join(out) + "\n"
