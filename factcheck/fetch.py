"""Fetch an article from an http(s) URL (a CMS preview page): bounded in time, size and hops."""

from __future__ import annotations

import httpx

from factcheck.errors import InputError

ALLOWED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
MAX_REDIRECTS = 5
TIMEOUT_S = 15.0


def is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


def fetch_url(
    url: str, *, max_bytes: int, transport: httpx.BaseTransport | None = None
) -> tuple[bytes, str]:
    """The body and its content type; every failure is one InputError line."""
    try:
        with (
            httpx.Client(
                transport=transport,
                timeout=TIMEOUT_S,
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                headers={"User-Agent": "factcheck (article review)"},
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(f"{url}: HTTP {response.status_code} {response.reason_phrase}")
            ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype not in ALLOWED_TYPES:
                raise InputError(f"{url}: unsupported content type {ctype or 'none'!r}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(f"{url}: page is too large ({int(declared) / 1e6:.1f} MB)")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    raise InputError(f"{url}: page is too large (over {max_bytes / 1e6:.1f} MB)")
            return bytes(body), ctype
    except httpx.TooManyRedirects:
        raise InputError(f"{url}: too many redirects (limit {MAX_REDIRECTS})") from None
    except httpx.TimeoutException:
        raise InputError(f"{url}: timed out after {TIMEOUT_S:.0f} s") from None
    except httpx.HTTPError as exc:
        raise InputError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from None
