"""Many articles: expand paths, directories and globs, and review them in parallel."""

from __future__ import annotations

import glob
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from factcheck.article import ARTICLE_SUFFIXES
from factcheck.config import Config
from factcheck.errors import FactcheckError, InputError
from factcheck.review import Review, ReviewOptions, review_path

_SKIP_DIRS = {".git", ".hg", ".venv", "venv", "node_modules", "__pycache__", ".tox"}
# Below this many files a process pool costs more than it saves.
_PARALLEL_MIN_FILES = 8


@dataclass(frozen=True)
class FileResult:
    path: str
    review: Review | None = None
    error: str | None = None


def expand_paths(paths: list[str], config: Config) -> list[str]:
    """Files in the order given; directories walked for article files; globs expanded."""
    out: list[str] = []
    for path in paths:
        if path == "-" or path.startswith(("http://", "https://")):
            out.append(path)
        elif any(ch in path for ch in "*?[") and not Path(path).exists():
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                raise InputError(f"{path}: no files match this pattern")
            out.extend(m for m in matches if Path(m).is_file() and not config.excluded(m))
        elif Path(path).is_dir():
            out.extend(p for p in _walk(Path(path)) if not config.excluded(p))
        else:
            out.append(path)
    return list(dict.fromkeys(out))


def _walk(root: Path) -> Iterator[str]:
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                yield os.path.join(directory, name)


def _review_one(path: str, options: ReviewOptions) -> FileResult:
    try:
        return FileResult(path, review=review_path(path, options))
    except FactcheckError as exc:
        return FileResult(path, error=exc.message)
    except Exception as exc:  # one broken file must not stop the others
        return FileResult(path, error=f"{path}: internal error ({type(exc).__name__}: {exc})")


def review_many(
    paths: list[str],
    options_for: Callable[[str], ReviewOptions],
    *,
    jobs: int | None = None,
    on_done: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Review every path; results come back in input order whatever finishes first."""
    jobs = jobs or min(4, os.cpu_count() or 1)
    tasks = [(p, options_for(p)) for p in paths]
    if len(tasks) < _PARALLEL_MIN_FILES or jobs == 1 or "-" in paths:
        results = []
        for path, options in tasks:
            result = _review_one(path, options)
            if on_done:
                on_done(result)
            results.append(result)
        return results
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [pool.submit(_review_one, path, options) for path, options in tasks]
        results = []
        for future in futures:
            result = future.result()
            if on_done:
                on_done(result)
            results.append(result)
    return results
