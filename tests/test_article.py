"""Loading articles: formats, metadata, encodings, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from factcheck.article import decode_bytes, load_article
from factcheck.errors import InputError
from tests.conftest import SEED_MD, SEED_TXT


def test_plain_text_seed_loads_verbatim() -> None:
    article = load_article(str(SEED_TXT))
    assert article.format == "text"
    assert article.published is None
    assert article.text == SEED_TXT.read_text(encoding="utf-8")


def test_markdown_front_matter_is_metadata_and_offsets_start_after_it() -> None:
    article = load_article(str(SEED_MD))
    assert article.format == "markdown"
    assert article.published == dt.date(2025, 2, 12)
    assert article.published_source == "front_matter"
    assert article.title and article.title.startswith("Trump claims both Putin")
    assert article.line_offset == 6
    assert article.text.startswith("President Donald Trump and President Vladimir Putin.")


def test_published_flag_overrides_front_matter() -> None:
    article = load_article(str(SEED_MD), published=dt.date(2025, 3, 1))
    assert article.published == dt.date(2025, 3, 1)
    assert article.published_source == "flag"


def test_utf8_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffFirst line.\r\nSecond line.\r\n".encode())
    article = load_article(str(path))
    assert article.text == "First line.\nSecond line.\n"


def test_latin1_text_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = "Le ministre des Finances a présenté le budget à Paris le 12 février. " * 5
    path.write_bytes(text.encode("cp1252"))
    article = load_article(str(path))
    assert "présenté" in article.text
    assert article.encoding != "utf-8"


def test_utf16_with_bom_is_decoded() -> None:
    text, encoding = decode_bytes("Hello there.".encode("utf-16"), "x")
    assert text == "Hello there."
    assert encoding == "utf-16"


def test_html_main_text_and_metadata_are_extracted(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Bessent in Kyiv</title>"
        '<meta property="article:published_time" content="2025-02-12T10:00:00Z">'
        '<meta name="author" content="Jane Roe"></head><body>'
        "<nav>Home | World | Business</nav><article><h1>Bessent in Kyiv</h1>"
        "<p>Scott Bessent, Trump’s former Treasury Secretary, visited Kyiv on Wednesday, "
        "marking the first visit by a member of Trump’s cabinet.</p>"
        "<p>He met officials to discuss a minerals agreement that both governments want to "
        "sign before the end of the month, officials said.</p></article></body></html>",
        encoding="utf-8",
    )
    article = load_article(str(path))
    assert article.format == "html"
    assert article.published == dt.date(2025, 2, 12)
    assert article.author == "Jane Roe"
    assert "Scott Bessent, Trump’s former Treasury Secretary" in article.text
    assert "Home | World" not in article.text


BAD_INPUTS = [
    ("missing.txt", None, "no such file"),
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\n \t\n", "file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("bad.txt", random.Random(7).randbytes(4000).replace(b"\x00", b"\x01"), "cannot decode"),
    ("fm.md", b"---\ntitle: [unclosed\n---\nBody text here.\n", "malformed front matter"),
    ("fm2.md", b"---\ntitle: x\nBody without a closing line.\n", "no closing '---'"),
    ("fm3.md", b"---\n- a list\n---\nBody.\n", "expected key: value"),
    ("date.md", b"---\npublished: 2025-02-30\n---\nBody.\n", "invalid date"),
    ("date2.md", b"---\npublished: next tuesday\n---\nBody.\n", "invalid date"),
    ("only-fm.md", b"---\ntitle: x\n---\n\n", "no text to check"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_INPUTS)
def test_bad_input_is_one_clear_error(
    tmp_path: Path, name: str, data: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(InputError, match=message) as info:
        load_article(str(path))
    assert "\n" not in str(info.value)
    assert name in str(info.value)


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    with pytest.raises(InputError, match=r"too large \(52\.4 MB"):
        load_article(str(path))


def test_directory_is_not_an_article(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load_article(str(tmp_path))
