"""Where a span lies in the article's file, shared by the CI and ticket renderers."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from factcheck.report import ArticleInfo
from factcheck.span import Span

# Paths the loaders give articles that were never files.
_NOT_FILES = frozenset({"-", "<stdin>", "<text>"})


@dataclass(frozen=True)
class FileRegion:
    """1-based lines and code-point columns in the file; ``end_column`` is exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


def file_region(article: ArticleInfo, span: Span) -> FileRegion | None:
    """The span in file coordinates, or None where the text is not the file's own lines.

    Markdown and text keep their lines (only front matter is cut, counted by
    ``line_offset``); HTML spans index the extracted text, which has no line in the file.
    """
    if article.format == "html":
        return None
    offset = article.line_offset
    return FileRegion(
        line=span.line + offset,
        column=span.column,
        end_line=span.end_line + offset,
        end_column=span.end_column,
    )


def is_file(article: ArticleInfo) -> bool:
    return article.path not in _NOT_FILES


def relative_path(path: str) -> str:
    """The path relative to the working directory where it lies under it, with ``/``."""
    posix = path.replace("\\", "/")
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            posix = candidate.resolve().relative_to(Path.cwd().resolve()).as_posix()
        except ValueError:
            return candidate.as_posix()
    # "./a.md" and "a.md" are one file to code scanning; keep one spelling.
    return str(PurePosixPath(posix)) if posix else posix


def artifact_uri(path: str) -> str:
    """A URI reference for SARIF: relative and percent-encoded, or file:// when outside."""
    rel = relative_path(path)
    if os.path.isabs(rel) or PurePosixPath(rel).is_absolute():
        return Path(rel).resolve().as_uri()
    return quote(rel, safe="/-._~")
