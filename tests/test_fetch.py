"""URL input, fetched with httpx and tested offline through MockTransport."""

from __future__ import annotations

import httpx
import pytest

from factcheck.errors import InputError
from factcheck.fetch import fetch_url

PAGE = b"<html><body><article><p>Hello from the preview page.</p></article></body></html>"


def serve(handler) -> httpx.MockTransport:  # type: ignore[no-untyped-def]
    return httpx.MockTransport(handler)


def test_html_page_is_fetched() -> None:
    transport = serve(
        lambda r: httpx.Response(
            200, content=PAGE, headers={"content-type": "text/html; charset=utf-8"}
        )
    )
    body, ctype = fetch_url("https://cms.example/preview/1", max_bytes=10_000, transport=transport)
    assert body == PAGE
    assert ctype == "text/html"


def test_redirects_are_followed_but_bounded() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.path.strip("/") or 0)
        return httpx.Response(302, headers={"location": f"/{n + 1}"})

    with pytest.raises(InputError, match="too many redirects"):
        fetch_url("https://cms.example/0", max_bytes=10_000, transport=serve(handler))


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (httpx.Response(404), "HTTP 404"),
        (
            httpx.Response(200, content=b"%PDF", headers={"content-type": "application/pdf"}),
            "unsupported content type 'application/pdf'",
        ),
        (
            httpx.Response(200, content=b"x" * 5000, headers={"content-type": "text/html"}),
            "too large",
        ),
    ],
)
def test_bad_responses_are_one_line_errors(response: httpx.Response, message: str) -> None:
    with pytest.raises(InputError, match=message):
        fetch_url("https://cms.example/p", max_bytes=1000, transport=serve(lambda r: response))


def test_timeouts_and_connection_errors_are_input_errors() -> None:
    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(InputError, match="timed out"):
        fetch_url("https://cms.example/p", max_bytes=1000, transport=serve(timeout))
    with pytest.raises(InputError, match="cannot fetch"):
        fetch_url("https://cms.example/p", max_bytes=1000, transport=serve(refused))
