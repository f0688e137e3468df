"""The full LLM path replayed from cassettes recorded from the real local llama.cpp server.

Record them with scripts/record_cassettes.sh (it starts the server and runs this module with
--record-mode=rewrite). In replay (--record-mode=none) no request reaches the network, and a
request missing from its cassette fails at once.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr

from factcheck.article import Article, load_article
from factcheck.errors import LLMError
from factcheck.extract import Extraction, ExtractionResult, extract, make_client
from factcheck.llm.openai_client import OpenAIClient
from factcheck.llm.prompts import load_prompt
from factcheck.review import Review, ReviewOptions, review_article
from factcheck.segment import segment
from tests.conftest import SEED_MD, check_spans
from tests.llm_support import CASSETTES, FIXTURES, VCR_CONFIG, local_settings

SEED_CASSETTE = CASSETTES / "test_seed_article_through_local_model.yaml"


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return VCR_CONFIG


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


def _review(article: Article, tmp_path: Path, **overrides: Any) -> Review:
    options = ReviewOptions(llm=local_settings(tmp_path, **overrides))
    return Review(article, review_article(article, options))


def _assert_grounded(result: ExtractionResult, text: str) -> None:
    items = [*result.claims, *result.people, *result.titles, *result.quotations, *result.figures]
    for item in items:
        assert item.text == text[item.start : item.end], item
        assert item.text.strip(), item
    for figure in result.figures:
        assert figure.quote_start <= figure.start < figure.end <= figure.quote_end


@pytest.mark.vcr
def test_seed_article_through_local_model(tmp_path: Path) -> None:
    article = load_article(str(SEED_MD))
    review = _review(article, tmp_path, cache=False)
    llm = review.report.llm
    assert llm.status == "ok", llm.detail
    assert llm.model == "SmolLM2-135M-Instruct.Q4_1"
    assert (llm.prompt, llm.prompt_version) == (
        "extract_claims",
        load_prompt("extract_claims").version,
    )
    assert llm.calls >= llm.chunks > 1  # the seed is long enough to be chunked
    assert llm.items_returned == llm.items_grounded + llm.items_dropped + llm.items_duplicate
    assert llm.items_grounded > 0 and llm.items_dropped > 0  # a tiny model: much is dropped
    assert f"{llm.items_returned} items returned" in llm.detail
    check_spans(review.report, article.text)
    claims = [f for f in review.report.findings if f.rule_id == "FC801"]
    assert claims and all(f.source == "llm" and f.category.value == "claim" for f in claims)
    # The offline findings are all still there.
    offline = review_article(article, ReviewOptions())
    assert {f.rule_id for f in offline.findings} <= {f.rule_id for f in review.report.findings}


def test_replayed_extraction_is_grounded(tmp_path: Path) -> None:
    """The same cassette through the lower-level API: every kept item is the article's text."""
    article = load_article(str(SEED_MD))
    settings = local_settings(tmp_path, cache=False)
    with vcr.VCR(**VCR_CONFIG).use_cassette(str(SEED_CASSETTE), record_mode="none"):
        client = make_client(settings)
        result = extract(article, segment(article), client, settings)
    _assert_grounded(result, article.text)
    assert result.counts.returned == (
        result.counts.grounded + result.counts.dropped + result.counts.duplicates
    )


def test_changed_prompt_misses_its_cassette(tmp_path: Path) -> None:
    """An edited prompt sends another body: replay must fail at once, not reuse the answer."""
    article = load_article(str(SEED_MD))
    settings = local_settings(tmp_path, cache=False, concurrency=1, max_retries=3, backoff=5)
    prompt = load_prompt("extract_claims")
    edited = replace(prompt, system=prompt.system + "\nBe brief.")
    with vcr.VCR(**VCR_CONFIG).use_cassette(str(SEED_CASSETTE), record_mode="none"):
        client = make_client(settings)
        waits: list[float] = []
        client._sleep = waits.append  # type: ignore[attr-defined]  # record, never wait
        # The unedited prompt replays...
        extract(article, segment(article), client, settings, prompt=prompt)
        calls = client.usage.calls
        # ...the edited one does not, and is not retried with backoff (5 s here).
        with pytest.raises(LLMError, match="CannotOverwriteExistingCassetteException"):
            extract(article, segment(article), client, settings, prompt=edited)
    assert client.usage.calls == calls + 1  # one request, no retry
    assert waits == []  # and no back-off before failing


def test_second_identical_run_makes_no_http_call(tmp_path: Path) -> None:
    article = load_article(str(SEED_MD))
    with vcr.VCR(**VCR_CONFIG).use_cassette(str(SEED_CASSETTE), record_mode="none"):
        first = _review(article, tmp_path).report
    assert first.llm.status == "ok" and first.llm.calls > 0 and first.llm.cache_hits == 0

    requests: list[httpx.Request] = []

    def no_network(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(599)

    settings = local_settings(tmp_path)
    client = OpenAIClient(
        settings, http_client=httpx.Client(transport=httpx.MockTransport(no_network))
    )
    options = ReviewOptions(llm=settings, llm_client=client)
    second = review_article(article, options)
    assert requests == []
    assert second.llm.status == "ok"
    assert (second.llm.calls, second.llm.tokens_in) == (0, 0)
    assert second.llm.cache_hits == second.llm.chunks == first.llm.chunks
    assert second.findings == first.findings


@pytest.mark.vcr
def test_prompt_injection_in_article(tmp_path: Path) -> None:
    """Instructions inside the article are data: same schema, and nothing ungrounded kept."""
    text = (FIXTURES / "article_injection.txt").read_text(encoding="utf-8")
    article = Article(path="injection.txt", format="text", text=text)
    settings = local_settings(tmp_path, cache=False)
    client = make_client(settings)
    result = extract(article, segment(article), client, settings)
    _assert_grounded(result, text)
    injection = text.index("IGNORE PREVIOUS")
    for claim in result.claims:
        if "Nobel" in claim.claim:  # only if the article's own words (the injection) say it
            assert claim.start >= injection
    # The answer parsed as an Extraction: the article could not change the output schema.
    assert set(Extraction.model_fields) == {"claims", "people", "quotations", "figures"}
