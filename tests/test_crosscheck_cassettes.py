"""The contradiction cross-check replayed from cassettes recorded from the real local server.

Record with scripts/record_cassettes.sh (--record-mode=rewrite against the running server).
SmolLM2-135M judges poorly: these tests assert wire-format facts (calls made, verdicts parsed,
spans valid, calls bounded), never the model's wisdom.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcheck.analysis import analyze
from factcheck.article import Article
from factcheck.crosscheck import BATCH_SIZE, MAX_BATCHES, MAX_PAIRS, crosscheck, select_pairs
from factcheck.extract import extract, make_client, merge_into_analysis
from factcheck.review import ReviewOptions, review_article
from factcheck.segment import segment
from tests.conftest import check_spans
from tests.llm_support import CASSETTES, VCR_CONFIG, FakeClient, load_fixture, local_settings

FIXTURE = load_fixture("extraction_contradictions.json")
TEXT = "\n\n".join(FIXTURE["_article"]) + "\n"
# Short paragraphs, one or two per chunk: SmolLM2-135M copies a chunk's opening sentence
# often enough that two claims about Bessent's visits ground and make a candidate pair.
FULL_PATH_TEXT = "\n\n".join([
    "Ceasefire talks stall as envoys trade claims",
    "Sybiha said Scott Bessent has never visited Ukraine, the foreign ministry said.",
    "Delegations from Ukraine and Russia met in Istanbul in January for two days of peace talks.",
    "The defence ministry said 1,200 soldiers were wounded in the February offensive.",
    "A later ministry statement said 1,800 soldiers were wounded in the February offensive.",
    "Scott Bessent arrived in Kyiv on Monday for what aides called his first visit to Ukraine.",
    "Scott Bessent made an earlier visit to Ukraine in 2019 as a private investor.",
]) + "\n"  # fmt: skip


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return VCR_CONFIG


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


def _article() -> Article:
    return Article(path="contradictions.txt", format="text", text=TEXT)


@pytest.mark.vcr
def test_crosscheck_fixture_pairs_through_local_model(tmp_path: Path) -> None:
    """The planted pairs of the hand-written extraction, judged by the local model."""
    article = _article()
    segmentation = segment(article)
    settings = local_settings(tmp_path, cache=False, chunk_chars=100_000)
    result = extract(article, segmentation, FakeClient(FIXTURE), settings)
    analysis = merge_into_analysis(analyze(article, segmentation), result)
    sent = {p.id: p for p in select_pairs(result.claims, analysis)}
    client = make_client(settings)
    out = crosscheck(result, analysis, client, settings)
    assert out.pairs_sent == len(sent) == 4 and out.batches == 1
    assert client.usage.calls == 1  # one batch, one request: the answer parsed first time
    assert client.usage.tokens_in > 0 and client.usage.tokens_out > 0
    assert 1 <= out.verdicts_returned <= BATCH_SIZE  # the schema's bounds held
    assert out.verdicts_returned == len(out.judged) + out.verdicts_dropped
    for judged in out.judged:
        pair = sent[judged.pair]  # only pairs that were sent survive
        assert (judged.a, judged.b) == (pair.a, pair.b)
        assert judged.verdict in ("contradiction", "consistent", "unrelated")
        assert 0.0 <= judged.confidence <= 1.0
    assert len({j.pair for j in out.judged}) == len(out.judged)
    # Whatever the recorded model said (its wisdom aside), every kept verdict explains itself.
    assert out.judged, "the recording holds at least one usable verdict"
    assert all(j.explanation for j in out.judged)


@pytest.mark.vcr
def test_crosscheck_full_path_through_local_model(tmp_path: Path) -> None:
    """Extraction and cross-check through the local model, in one review."""
    article = Article(path="full_path.txt", format="text", text=FULL_PATH_TEXT)
    settings = local_settings(tmp_path, cache=False, chunk_chars=240)
    report = review_article(article, ReviewOptions(llm=settings))
    llm = report.llm
    assert llm.status == "ok", llm.detail
    cc = llm.crosscheck
    assert cc is not None and cc.status == "ok", llm.detail
    assert cc.prompt == "crosscheck" and cc.prompt_version
    assert (cc.max_pairs, cc.max_calls) == (MAX_PAIRS, MAX_BATCHES)
    assert cc.pairs_considered == cc.claims * (cc.claims - 1) // 2
    assert cc.pairs_sent == min(cc.pairs_candidates, MAX_PAIRS)
    assert cc.batches == -(-cc.pairs_sent // BATCH_SIZE) <= MAX_BATCHES
    # Each batch is one request, or two with a re-ask; never more (no retries in replay).
    assert cc.batches <= cc.calls <= cc.batches * (settings.validation_retries + 1)
    assert llm.calls >= cc.calls + llm.chunks  # the section's total: extraction included
    assert cc.verdicts_returned >= cc.verdicts_dropped
    assert cc.contradictions + cc.consistent + cc.unrelated + cc.verdicts_dropped == (
        cc.verdicts_returned
    )
    assert f"{cc.pairs_sent} of {cc.pairs_candidates} candidate pair(s) sent" in llm.detail
    # The recording went the whole way: claims grounded, a pair was sent and judged.
    assert cc.claims >= 2 and cc.pairs_sent >= 1 and cc.batches == 1
    assert cc.verdicts_returned >= 1
    assert llm.tokens_in > 0 and cc.tokens_in > 0 and cc.tokens_out > 0
    check_spans(report, FULL_PATH_TEXT)
    fc701 = [f for f in report.findings if f.rule_id == "FC701"]
    assert len(fc701) == cc.reported
    for finding in fc701:
        assert len(finding.spans) == 2 and finding.source == "llm"
    offline = review_article(article, ReviewOptions())
    assert {f.rule_id for f in offline.findings} <= {f.rule_id for f in report.findings}
