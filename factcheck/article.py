"""The article being checked, and the loaders that read it from a file, stdin or HTML.

Every offset in a report points into ``Article.text``: the decoded article body, with a
byte-order mark removed, line endings normalised to ``\\n``, YAML front matter removed
(Markdown) and, for HTML, the main text extracted with paragraphs separated by blank lines.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.errors import InputError
from factcheck.span import LineIndex, Span
from factcheck.suppress import Suppression, from_html, from_text

ArticleFormat = Literal["text", "markdown", "html"]
DateSource = Literal["flag", "front_matter", "html_metadata", "none"]

OFFSETS_DOC = (
    "Offsets are code points into the article text: the decoded body with any byte-order "
    "mark removed, line endings normalised to \\n, YAML front matter removed (Markdown), "
    "and for HTML the extracted main text with paragraphs separated by blank lines. "
    "`article.line_offset` is the number of file lines before that text (front matter)."
)

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_SUFFIX_FORMATS: dict[str, ArticleFormat] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
# The files a directory or a corpus is searched for; others need naming one by one.
ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)(?:^---|^\.\.\.)[ \t]*(?:\n|\Z)", re.S | re.M)


class Article(BaseModel):
    """One article: its text (the offset base for every span) and what is known about it."""

    model_config = ConfigDict(frozen=True)

    path: str = Field(description='The path as given, or "-" for standard input.')
    format: ArticleFormat
    text: str
    title: str | None = None
    published: dt.date | None = None
    published_source: DateSource = "none"
    url: str | None = None
    author: str | None = None
    encoding: str = "utf-8"
    line_offset: int = Field(default=0, ge=0)
    suppressions: tuple[Suppression, ...] = Field(
        default=(), description="Inline `<!-- factcheck: ignore … -->` comments, by line."
    )

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    def span(self, start: int, end: int) -> Span:
        return self.lines.span(start, end)


def load_article(
    path: str,
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read and decode one article; ``published`` (from ``--published``) wins over metadata."""
    name = "<stdin>" if path == "-" else path
    fmt: ArticleFormat | None
    if path == "-":
        data, fmt = _read_stdin(max_bytes), None
    elif path.startswith(("http://", "https://")):
        from factcheck.fetch import fetch_url  # httpx only for URLs

        data, ctype = fetch_url(path, max_bytes=max_bytes)
        fmt = "html" if "html" in ctype else "markdown" if "markdown" in ctype else "text"
    else:
        data = _read_file(Path(path), max_bytes)
        fmt = _SUFFIX_FORMATS.get(Path(path).suffix.lower(), "text")
    text, encoding = decode_bytes(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if fmt is None:
        fmt = _sniff(text)
    fields: dict[str, Any]
    if fmt == "markdown":
        fields = _parse_markdown(text, name)
    elif fmt == "html":
        fields = _parse_html(text, name)
    else:
        fields = {"text": text}
    if not fields["text"].strip():
        raise InputError(f"{name}: the article has no text to check")
    if published is not None:
        fields["published"], fields["published_source"] = published, "flag"
    if "<!--" in text:
        found = from_html(text, fields["text"]) if fmt == "html" else from_text(fields["text"])
        fields["suppressions"] = tuple(found)
    return Article(path=path, format=fmt, encoding=encoding, **fields)


def parse_date(value: object, where: str) -> dt.date:
    """A date from YAML (already a date) or an ISO string; anything else is an input error."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        raw = value.strip()
        try:
            return dt.date.fromisoformat(raw[:10]) if len(raw) >= 10 else dt.date.fromisoformat(raw)
        except ValueError:
            pass
    raise InputError(f"{where}: invalid date {value!r} (expected YYYY-MM-DD)")


def _read_file(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not an article file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{path}: file is too large ({size / 1e6:.1f} MB; the limit is "
                f"{max_bytes / 1e6:.1f} MB)"
            )
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror or exc})") from exc


def _read_stdin(max_bytes: int) -> bytes:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"<stdin>: input is too large (over {max_bytes / 1e6:.1f} MB)")
    return data


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """UTF-8 (BOM accepted) first; otherwise a confidently detected encoding, or an error."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: invalid UTF-16 text ({exc.reason})") from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not an article (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise InputError(
            f"{name}: cannot decode the text: it is not UTF-8 and no other encoding "
            "was detected with confidence (convert it to UTF-8)"
        )
    text = str(best)
    if _control_ratio(text) > 0.01:
        raise InputError(f"{name}: looks like a binary file, not an article")
    return text, best.encoding


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(1, len(text))


def _sniff(text: str) -> ArticleFormat:
    head = text.lstrip()[:1000].lower()
    if text.startswith("---\n"):
        return "markdown"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "text"


def _parse_markdown(text: str, name: str) -> dict[str, Any]:
    if not text.startswith("---"):
        return {"text": text}
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise InputError(f"{name}: malformed front matter: no closing '---' line")
    import yaml

    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except ValueError as exc:  # a well-formed but impossible value, e.g. 2025-02-30
        raise InputError(f"{name}: malformed front matter: invalid date ({exc})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"{name}: malformed front matter{where}: {problem}") from exc
    if not isinstance(meta, dict):
        raise InputError(f"{name}: malformed front matter: expected key: value pairs")
    fields: dict[str, Any] = {
        "text": text[match.end() :],
        "line_offset": text.count("\n", 0, match.end()),
    }
    for key in ("title", "url", "author"):
        if meta.get(key) is not None:
            fields[key] = str(meta[key])
    date_value = meta.get("published", meta.get("date"))
    if date_value is not None:
        fields["published"] = parse_date(date_value, f"{name}: front matter 'published'")
        fields["published_source"] = "front_matter"
    return fields


def _parse_html(html: str, name: str) -> dict[str, Any]:
    import trafilatura  # heavy; only HTML input pays for it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    fields: dict[str, Any] = {"text": "\n\n".join(paragraphs) + "\n"}
    for key in ("title", "url", "author"):
        value = getattr(doc, key, None)
        if value:
            fields[key] = str(value)
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            fields["published"] = parse_date(raw_date, name)
            fields["published_source"] = "html_metadata"
        except InputError:
            pass  # a page's own odd date metadata is not the user's input error
    return fields
