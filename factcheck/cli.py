"""The command line: review, rules, explain, schema. The only place that sets exit codes.

Exit codes: 0 nothing reached --fail-on; 1 something did; 2 usage, input or config error.
Heavy modules (pydantic models, the LLM client) are imported inside the commands so that
``factcheck --version`` starts fast.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import NoReturn

import click

from factcheck import __version__
from factcheck.errors import FactcheckError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("info", "warning", "error", "never")
# click >= 8.2 raises this for a bare group; older versions print help and exit 0 themselves.
_NO_ARGS_IS_HELP: type[Exception] | tuple[()] = getattr(click.exceptions, "NoArgsIsHelpError", ())


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"invalid date {value!r} (expected YYYY-MM-DD)") from None


def _split_codes(
    _ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]
) -> list[str]:
    codes = [c.strip().upper() for v in values for c in v.split(",") if c.strip()]
    for code in codes:
        if not code.startswith("FC") or not code[2:].isdigit():
            raise click.BadParameter(f"{code!r} is not a rule code or prefix (e.g. FC101, FC1)")
    return codes


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="factcheck")
def cli() -> None:
    """Check a news article for inconsistent titles, names, numbers, dates and quotes."""


def _review_options(fn):  # type: ignore[no-untyped-def]
    """Options shared by `review` and `baseline`: what to check and how."""
    options = [
        click.argument("paths", nargs=-1, required=True),
        click.option(
            "--published",
            callback=_parse_date,
            metavar="YYYY-MM-DD",
            help="Publication date; overrides front matter and HTML metadata.",
        ),
        click.option("--select", multiple=True, callback=_split_codes, help="Only these rules."),
        click.option("--ignore", multiple=True, callback=_split_codes, help="Skip these rules."),
        click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Config file (default: nearest factcheck.toml or pyproject.toml).",
        ),
        click.option("--isolated", is_flag=True, help="Ignore all configuration files."),
        click.option("--jobs", "-j", type=click.IntRange(min=1), help="Files reviewed at once."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


@cli.command()
@_review_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["human", "json", "markdown", "sarif", "github"]),
    default="human",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write the report to this file instead of standard output.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    help="Exit 1 when a finding reaches this severity (default: warning).",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (errors still exit 2).")
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Report only findings not in this baseline (see `factcheck baseline`).",
)
@click.option(
    "--color/--no-color", default=None, help="Colour the human report (default: on a TTY)."
)
@click.option("--llm-base-url", metavar="URL", help="OpenAI-compatible endpoint (/v1) for LLM.")
@click.option("--llm-model", metavar="NAME", help="Model name for the LLM endpoint.")
@click.option("--llm-mode", type=click.Choice(["tools", "json", "json_schema"]), help="LLM mode.")
@click.option("--no-llm", is_flag=True, help="Skip LLM extraction even when configured.")
@click.option("--require-llm", is_flag=True, help="Exit 2 when LLM extraction fails.")
@click.option("--no-cache", is_flag=True, help="Do not read or write the LLM answer cache.")
def review(
    paths: tuple[str, ...],
    published: dt.date | None,
    select: list[str],
    ignore: list[str],
    config_path: Path | None,
    isolated: bool,
    jobs: int | None,
    fmt: str,
    output: Path | None,
    fail_on: str | None,
    exit_zero: bool,
    baseline_path: Path | None,
    color: bool | None,
    llm_base_url: str | None = None,
    llm_model: str | None = None,
    llm_mode: str | None = None,
    no_llm: bool = False,
    require_llm: bool = False,
    no_cache: bool = False,
) -> int:
    """Review articles (.md, .txt, .html, directories, globs, URLs, or - for stdin)."""
    from factcheck.llm.settings import settings_for_cli
    from factcheck.render import json as json_render

    config = _load_config(config_path, isolated)
    llm = settings_for_cli(
        base_url=llm_base_url, model=llm_model, mode=llm_mode, no_llm=no_llm,
        require_llm=require_llm, no_cache=no_cache, config=config.llm,
    )  # fmt: skip
    results = _run_reviews(
        paths, published, select, ignore, config, jobs, show_progress=True, llm=llm
    )
    fail_on = fail_on or config.fail_on
    reviews = [r.review for r in results if r.review is not None]
    errors = [json_render.FileError(path=r.path, error=r.error) for r in results if r.error]
    if baseline_path is not None:
        from factcheck import baseline

        known = baseline.read(baseline_path)
        reviews = [type(r)(r.article, baseline.filter_report(r.report, known)) for r in reviews]
    reports = [r.report for r in reviews]
    if not (len(results) == 1 and errors):
        rendered = _render(fmt, reviews, errors, color=color, to_file=output is not None)
        if output is not None:
            output.write_text(rendered, encoding="utf-8")
        else:
            click.echo(rendered, nl=False)
    if len(results) > 1 and fmt == "human":
        click.echo(_many_summary(reports, errors), err=output is not None)
    if errors:
        return EXIT_ERROR
    if require_llm and any(r.llm.status != "ok" for r in reports):
        failed = next(r for r in reports if r.llm.status != "ok")
        click.echo(f"factcheck: error: LLM extraction failed: {failed.llm.detail}", err=True)
        return EXIT_ERROR  # the report was still printed above
    return EXIT_CLEAN if exit_zero else _exit_code(reports, fail_on)


@cli.command("baseline")
@_review_options
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=Path("factcheck-baseline.json"),
    show_default=True,
    help="Where to write the baseline.",
)
def write_baseline(
    paths: tuple[str, ...],
    published: dt.date | None,
    select: list[str],
    ignore: list[str],
    config_path: Path | None,
    isolated: bool,
    jobs: int | None,
    output: Path,
) -> int:
    """Record the current findings, so `review --baseline` reports only new ones."""
    from factcheck import baseline
    from factcheck.llm.settings import settings_for_cli

    config = _load_config(config_path, isolated)
    llm = settings_for_cli(
        base_url=None, model=None, mode=None, no_llm=False, require_llm=False, no_cache=False,
        config=config.llm,
    )  # fmt: skip
    results = _run_reviews(paths, published, select, ignore, config, jobs, llm=llm)
    failed = [r for r in results if r.error]
    if failed:
        raise FactcheckError(f"baseline not written: {failed[0].error}")
    data = baseline.build([r.review.report for r in results if r.review is not None])
    baseline.write(data, output)
    click.echo(f"Wrote {len(data.findings)} findings from {len(results)} file(s) to {output}")
    return EXIT_CLEAN


def _load_config(config_path: Path | None, isolated: bool):  # type: ignore[no-untyped-def]
    from factcheck.config import load_config

    return load_config(config_path, discover=not isolated)


def _run_reviews(  # type: ignore[no-untyped-def]
    paths: tuple[str, ...],
    published: dt.date | None,
    select: list[str],
    ignore: list[str],
    config,  # Config
    jobs: int | None,
    *,
    show_progress: bool = False,
    llm=None,  # LLMSettings | None; its module is imported lazily
):
    """Expand the paths and review them; per-file errors are results too."""
    from factcheck.review import ReviewOptions
    from factcheck.runner import expand_paths, review_many

    files = expand_paths(list(paths), config)
    if not files:
        raise FactcheckError("no article files found in the given paths")

    def options_for(path: str) -> ReviewOptions:
        file_select, file_ignore, severity = config.for_path(path)
        return ReviewOptions(
            published=published,
            fail_on=config.fail_on,
            select=select or file_select,
            ignore=ignore or file_ignore,
            severity=severity,
            roster_files=tuple(config.roster_files),
            llm=llm,
            **({"max_bytes": config.max_bytes} if config.max_bytes else {}),
        )

    progress = None
    if show_progress and len(files) > 1 and sys.stderr.isatty() and not os.environ.get("CI"):
        progress = click.progressbar(length=len(files), label="Reviewing", file=sys.stderr)
        progress.__enter__()

    def on_done(result) -> None:  # type: ignore[no-untyped-def]
        if result.error:
            click.echo(f"factcheck: error: {result.error}", err=True)
        if progress is not None:
            progress.update(1)

    try:
        results = review_many(files, options_for, jobs=jobs or config.jobs, on_done=on_done)
    finally:
        if progress is not None:
            progress.__exit__(None, None, None)
    return results


def _exit_code(reports: list, fail_on: str) -> int:  # type: ignore[type-arg]
    if fail_on == "never":
        return EXIT_CLEAN
    from factcheck.report import Severity

    threshold = Severity(fail_on).rank
    for report in reports:
        if any(f.severity.rank >= threshold for f in report.findings):
            return EXIT_FINDINGS
    return EXIT_CLEAN


def _render(  # type: ignore[no-untyped-def]
    fmt: str, reviews: list, errors: list, *, color: bool | None, to_file: bool
) -> str:
    reports = [r.report for r in reviews]
    if fmt == "json":
        from factcheck.render import json as json_render

        return json_render.render(reports, errors)
    if fmt in ("markdown", "sarif", "github"):
        import importlib

        return importlib.import_module(f"factcheck.render.{fmt}").render(reports)
    from factcheck.render import human

    use_color = (sys.stdout.isatty() and not to_file) if color is None else color
    return "".join(human.render(r.report, r.article.text, color=use_color) for r in reviews)


def _many_summary(reports: list, errors: list) -> str:  # type: ignore[type-arg]
    totals = {"error": 0, "warning": 0, "info": 0}
    for report in reports:
        for key in totals:
            totals[key] += report.summary.by_severity.get(key, 0)
    flagged = sum(1 for r in reports if any(f.severity.value != "info" for f in r.findings))
    line = (
        f"Reviewed {len(reports) + len(errors)} files: {flagged} with warnings or errors; "
        f"{totals['error']} errors, {totals['warning']} warnings, {totals['info']} info"
    )
    if errors:
        line += f"; {len(errors)} could not be read"
    return line


@cli.command("rules")
@click.option("--format", "fmt", type=click.Choice(["human", "json"]), default="human")
def list_rules(fmt: str) -> int:
    """List every rule with its ID, category, default severity and summary."""
    from factcheck.rules import REGISTRY

    rules = [REGISTRY[k] for k in sorted(REGISTRY)]
    if fmt == "json":
        import json

        data = [
            {
                "id": r.id,
                "name": r.name,
                "category": r.category.value,
                "severity": r.severity.value,
                "summary": r.summary,
            }
            for r in rules
        ]
        click.echo(json.dumps(data, indent=2))
        return EXIT_CLEAN
    for r in rules:
        click.echo(f"{r.id}  {r.category.value:<13} {r.severity.value:<8} {r.name}: {r.summary}")
    return EXIT_CLEAN


@cli.command()
@click.argument("rule_id")
def explain(rule_id: str) -> int:
    """Print one rule's documentation."""
    from factcheck.rules import REGISTRY

    found = REGISTRY.get(rule_id.upper())
    if found is None:
        raise FactcheckError(f"unknown rule {rule_id!r}; `factcheck rules` lists them")
    click.echo(f"{found.id} {found.name} ({found.category.value}, default {found.severity.value})")
    click.echo("")
    click.echo(found.doc)
    return EXIT_CLEAN


@cli.command()
def schema() -> int:
    """Print the JSON Schema of the report (`review --format json`)."""
    import json

    from factcheck.report import Report

    click.echo(json.dumps(Report.model_json_schema(), indent=2))
    return EXIT_CLEAN


@cli.command("eval")
@click.argument("corpus_dir")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["human", "json"]),
    default="human",
    show_default=True,
    help="Output format.",
)
@click.option("--select", multiple=True, callback=_split_codes, help="Only these rule prefixes.")
@click.option("--ignore", multiple=True, callback=_split_codes, help="Skip these rule prefixes.")
def eval_corpus(corpus_dir: str, fmt: str, select: list[str], ignore: list[str]) -> int:
    """Score the offline review against a labelled corpus (see tests/eval/README.md)."""
    from factcheck.evaluate import evaluate_corpus, render_human, render_json

    result = evaluate_corpus(corpus_dir, select=select, ignore=ignore)
    click.echo(render_json(result) if fmt == "json" else render_human(result), nl=False)
    return EXIT_CLEAN


@cli.group("cache")
def cache_group() -> None:
    """Manage the cache of LLM answers."""


@cache_group.command("clear")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Cache folder (default: FACTCHECK_LLM_CACHE_DIR, else the user cache dir).",
)
def cache_clear(cache_dir: Path | None) -> int:
    """Delete every cached LLM answer."""
    from factcheck.llm.cache import LLMCache
    from factcheck.llm.settings import settings_from_env

    cache = LLMCache(cache_dir or settings_from_env().cache_dir)
    removed = cache.clear()
    cache.close()
    click.echo(f"Removed {removed} cached LLM answer(s) from {cache.path}")
    return EXIT_CLEAN


def main(argv: list[str] | None = None) -> NoReturn:
    """Run the CLI; every error becomes one line on stderr and exit code 2."""
    try:
        code = cli.main(args=argv, prog_name="factcheck", standalone_mode=False)
    except _NO_ARGS_IS_HELP as exc:  # bare `factcheck`: the help, as click prints it
        click.echo(exc.ctx.get_help() if exc.ctx else "", err=True)
        code = EXIT_ERROR
    except click.UsageError as exc:
        hint = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx else ""
        click.echo(f"factcheck: error: {exc.format_message()}{hint}", err=True)
        code = EXIT_ERROR
    except click.ClickException as exc:
        click.echo(f"factcheck: error: {exc.format_message()}", err=True)
        code = EXIT_ERROR
    except FactcheckError as exc:
        click.echo(f"factcheck: error: {exc.message}", err=True)
        code = EXIT_ERROR
    except click.exceptions.Abort:
        click.echo("factcheck: interrupted", err=True)
        code = 130
    except BrokenPipeError:
        code = EXIT_CLEAN
    sys.exit(code if isinstance(code, int) else EXIT_CLEAN)
