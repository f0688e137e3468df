"""The command line: review, rules, explain, schema. The only place that sets exit codes.

Exit codes: 0 nothing reached --fail-on; 1 something did; 2 usage, input or config error.
Heavy modules (pydantic models, the LLM client) are imported inside the commands so that
``factcheck --version`` starts fast.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import NoReturn

import click

from factcheck import __version__

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


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["human", "json"]),
    default="human",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--published",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Publication date; overrides front matter and HTML metadata.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default="warning",
    show_default=True,
    help="Exit 1 when a finding reaches this severity.",
)
@click.option("--select", multiple=True, callback=_split_codes, help="Only these rule prefixes.")
@click.option("--ignore", multiple=True, callback=_split_codes, help="Skip these rule prefixes.")
@click.option(
    "--color/--no-color", default=None, help="Colour the human report (default: on a TTY)."
)
def review(
    paths: tuple[str, ...],
    fmt: str,
    published: dt.date | None,
    fail_on: str,
    select: list[str],
    ignore: list[str],
    color: bool | None,
) -> int:
    """Review articles (.txt, .md, .html, or - for stdin) and report findings."""
    from factcheck.errors import FactcheckError
    from factcheck.render import human
    from factcheck.render import json as json_render
    from factcheck.review import Review, ReviewOptions, review_path

    options = ReviewOptions(published=published, fail_on=fail_on, select=select, ignore=ignore)
    reviews: list[Review] = []
    errors: list[json_render.FileError] = []
    for path in paths:
        try:
            reviews.append(review_path(path, options))
        except FactcheckError as exc:
            errors.append(json_render.FileError(path=path, error=exc.message))
            click.echo(f"factcheck: error: {exc.message}", err=True)

    if len(paths) == 1 and errors:
        return EXIT_ERROR
    if fmt == "json":
        click.echo(json_render.render([r.report for r in reviews], errors), nl=False)
    else:
        use_color = sys.stdout.isatty() if color is None else color
        for item in reviews:
            click.echo(human.render(item.report, item.article.text, color=use_color), nl=False)
    if errors:
        return EXIT_ERROR
    return _exit_code([r.report for r in reviews], fail_on)


def _exit_code(reports: list, fail_on: str) -> int:  # type: ignore[type-arg]
    if fail_on == "never":
        return EXIT_CLEAN
    from factcheck.report import Severity

    threshold = Severity(fail_on).rank
    for report in reports:
        if any(f.severity.rank >= threshold for f in report.findings):
            return EXIT_FINDINGS
    return EXIT_CLEAN


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
    from factcheck.errors import FactcheckError
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


def main(argv: list[str] | None = None) -> NoReturn:
    """Run the CLI; every error becomes one line on stderr and exit code 2."""
    from factcheck.errors import FactcheckError

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
