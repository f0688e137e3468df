"""LLM contradiction cross-check: do two of the article's own claims disagree?

Pair selection is offline and cheap: grounded claims are paired only where a conflict is
plausible (one measure given two values, an event said not to have happened and described
elsewhere, "first"/"never"/"only" against an earlier occurrence), scored, and capped at
``MAX_PAIRS``, best first. The model then judges the pairs in at most ``MAX_BATCHES`` calls
of ``BATCH_SIZE`` pairs, each answer cached like the extraction's. Verdicts naming a pair that
was not sent are dropped and counted. A failure is the LLM stage's failure: the report says
so in one line and keeps the offline findings.

Nothing here imports openai or instructor; ``make_client`` does so lazily.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.analysis.models import Analysis
from factcheck.errors import ConfigError, LLMError
from factcheck.extract import (
    ExtractionResult,
    GroundedClaim,
    _drop_titles,
    make_client,
    schema_hash,
    unit_score,
)
from factcheck.llm.cache import LLMCache, cache_key
from factcheck.llm.client import LLMClient
from factcheck.llm.prompts import Prompt, load_prompt
from factcheck.llm.settings import LLMSettings
from factcheck.report import CrossCheckInfo, LLMInfo

PROMPT_NAME = "crosscheck"
MAX_PAIRS = 12  # pairs sent per article, best first
BATCH_SIZE = 6  # pairs judged per call
MAX_BATCHES = -(-MAX_PAIRS // BATCH_SIZE)  # = 2 calls per article (re-asks/retries aside)
MAX_PAIRS_PER_CLAIM = 4  # one busy claim must not crowd out every other pair
MIN_CONFIDENCE = 0.6  # FC701 reports contradictions at or above this confidence

Verdict = Literal["contradiction", "consistent", "unrelated"]
Signal = Literal["measure", "negated_event", "first_vs_earlier"]


# ---------------------------------------------------------------------------------------------
# Pair selection (pure).

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'’-]+")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?\s*%?")
_NEGATION = re.compile(
    r"\b(?:never|not|no|none|neither|nor|without|deny|denied|denies|cannot|"
    r"(?:did|does|do|has|have|had|was|were|is|are|could|would)n['’]t)\b",
    re.I,
)
_UNIQUE = re.compile(r"\b(?:first|only|never|unprecedented|maiden|inaugural)\b", re.I)
_PRIOR = re.compile(
    r"\b(?:earlier|previous|previously|prior|before|again|already|once|last|past|repeated|"
    r"returned|return|second|another)\b",
    re.I,
)
# A plan is not a report that something happened: "will meet" does not answer "never met".
_FUTURE = re.compile(r"\b(?:will|shall|plans? to|is to|are to|expected to|going to)\b", re.I)
# Words that say nothing about which event or measure a claim is about (cue words included:
# they are read separately).
_STOP_WORDS = """
    a an the of in on at to for by with from into over under as and or but if than then so
    is are was were be been being has have had do does did will would can could should may
    might must it its this that these those there here he she they them his her their we our
    you your i me my who whom which what when where while also about after said says say saying
    told tells according just very more most less some any all each both one two three its
    mr mrs ms per cent percent year years time times day days week weeks month months today
    yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december never not no none
    neither nor without first only earlier previous previously prior before again already once
    last past second another since"""
_STOP = frozenset(_STOP_WORDS.split())
_IRREGULAR = {
    "met": "meet", "meeting": "meet", "meetings": "meet", "held": "hold", "holding": "hold",
    "took": "take", "taken": "take", "spoke": "speak", "spoken": "speak", "went": "go",
    "gone": "go", "began": "begin", "begun": "begin", "won": "win", "lost": "lose",
    "died": "die", "dead": "die", "death": "die", "deaths": "die", "killed": "kill",
    "visited": "visit", "visits": "visit", "visiting": "visit", "talks": "talk",
    "signed": "sign", "fell": "fall", "rose": "rise", "risen": "rise", "grew": "grow",
    "sent": "send", "paid": "pay", "sold": "sell", "bought": "buy", "left": "leave",
}  # fmt: skip
_SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s")
_NUMBER_KINDS_WITH_YEARS = frozenset({"event_year", "birth_year"})


def _stem(word: str) -> str:
    w = word.lower().strip("'’-")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
    return w


@dataclass(frozen=True)
class _Profile:
    """What pairing needs to know about one claim."""

    claim: GroundedClaim
    entities: frozenset[str]
    content: frozenset[str]  # stems of the claim's other words: its event or measure
    numbers: tuple[tuple[str, float, str | None], ...]  # (kind, value, unit)
    years: frozenset[int]
    negated: bool
    unique: bool
    prior: bool
    future: bool


def _entity_keys(name: str) -> set[str]:
    words = [w.lower().strip("'’") for w in _WORD.findall(name)]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    keys = {" ".join(words)} if words else set()
    if len(words) > 1:
        keys.add(words[-1])  # "Scott Bessent" is later "Bessent"
    return {k for k in keys if k and k not in _STOP}


def _profile(claim: GroundedClaim, analysis: Analysis) -> _Profile:
    s, e, text = claim.start, claim.end, claim.text
    entities: set[str] = set()
    for name in claim.entities:
        entities |= _entity_keys(name)
    for mention in analysis.mentions:
        if s <= mention.start < e:
            entities |= _entity_keys(mention.person)
    for match in _CAPITALISED.finditer(text):
        entities |= _entity_keys(match.group())
    entity_words = {w for key in entities for w in key.split()}
    content = {
        _stem(w)
        for w in _WORD.findall(text)
        if w.lower() not in _STOP and w.lower().strip("'’") not in entity_words and len(w) > 2
    }
    content -= entity_words
    numbers = tuple(
        (n.kind, n.value, n.unit)
        for n in analysis.numbers
        if s <= n.start < e and n.kind not in _NUMBER_KINDS_WITH_YEARS
    )
    if not numbers:  # the analyser found none there: plain figures are still a measure
        numbers = tuple(
            ("percent" if m.group().rstrip().endswith("%") else "count",
             float(m.group().rstrip(" %").replace(",", "")), None)
            for m in _DIGITS.finditer(text)
            if not re.fullmatch(r"(1[89]|20)\d\d", m.group().strip())
        )  # fmt: skip
    years = {d.year for d in analysis.dates if s <= d.start < e and d.year is not None}
    years |= {int(n[1]) for n in numbers if n[0] in _NUMBER_KINDS_WITH_YEARS}
    return _Profile(
        claim=claim,
        entities=frozenset(entities),
        content=frozenset(content),
        numbers=numbers,
        years=frozenset(years),
        negated=bool(_NEGATION.search(text)),
        unique=bool(_UNIQUE.search(text)),
        prior=bool(_PRIOR.search(text)) or bool(years),
        future=bool(_FUTURE.search(text)),
    )


@dataclass(frozen=True)
class ClaimPair:
    """Two grounded claims that may conflict; ``a`` comes first in the article."""

    id: str
    a: GroundedClaim
    b: GroundedClaim
    score: float
    signals: tuple[Signal, ...]
    shared: tuple[str, ...]  # entities and words the two claims share

    def as_data(self) -> dict[str, str]:
        return {"pair": self.id, "claim_a": self.a.text, "claim_b": self.b.text}


def _differing_measure(p: _Profile, q: _Profile) -> bool:
    for kind, value, unit in p.numbers:
        for kind2, value2, unit2 in q.numbers:
            same_unit = unit is None or unit2 is None or unit.lower() == unit2.lower()
            if kind == kind2 and same_unit and value != value2:
                return True
    return False


def _score(p: _Profile, q: _Profile) -> tuple[float, tuple[Signal, ...], tuple[str, ...]]:
    entities = p.entities & q.entities
    content = p.content & q.content
    signals: list[Signal] = []
    score = 0.0
    # Both quantities about one thing (a shared entity and a shared measure word).
    if entities and content and _differing_measure(p, q):
        signals.append("measure")
        overlap = not p.years or not q.years or bool(p.years & q.years)
        score += 3.0 if overlap else 1.0  # values of different years may both be right
    # An event denied in one claim and described in the other.
    affirmed = q if p.negated else p
    if content and p.negated != q.negated and not affirmed.future:
        signals.append("negated_event")
        score += 3.0
    # "first"/"only"/"never" against an earlier occurrence of the same thing.
    if content and (
        (p.unique and q.prior and not q.unique) or (q.unique and p.prior and not p.unique)
    ):
        signals.append("first_vs_earlier")
        score += 3.0
    if not signals:
        return 0.0, (), ()
    score += min(2, len(entities)) + 0.5 * min(3, len(content))
    return score, tuple(signals), tuple(sorted(entities | content))


def candidate_pairs(claims: Sequence[GroundedClaim], analysis: Analysis) -> list[ClaimPair]:
    """Every pair with a conflict signal, best first (IDs not yet assigned)."""
    profiles = [_profile(c, analysis) for c in sorted(claims, key=lambda c: (c.start, c.end))]
    scored: list[ClaimPair] = []
    for p, q in combinations(profiles, 2):
        a, b = p.claim, q.claim
        if (a.start < b.end and b.start < a.end) or a.text == b.text:
            continue  # the same words twice (overlapping chunks) cannot disagree
        score, signals, shared = _score(p, q)
        if signals:
            scored.append(ClaimPair("", a, b, round(score, 2), signals, shared))
    scored.sort(key=lambda pair: (-pair.score, pair.a.start, pair.b.start))
    return scored


def select_pairs(
    claims: Sequence[GroundedClaim],
    analysis: Analysis,
    *,
    limit: int = MAX_PAIRS,
    per_claim: int = MAX_PAIRS_PER_CLAIM,
) -> list[ClaimPair]:
    """The best candidate pairs, at most ``limit`` and ``per_claim`` per claim, IDs P1.."""
    chosen: list[ClaimPair] = []
    uses: dict[tuple[int, int], int] = {}
    for pair in candidate_pairs(claims, analysis):
        keys = [(pair.a.start, pair.a.end), (pair.b.start, pair.b.end)]
        if any(uses.get(k, 0) >= per_claim for k in keys):
            continue
        for k in keys:
            uses[k] = uses.get(k, 0) + 1
        chosen.append(ClaimPair(f"P{len(chosen) + 1}", pair.a, pair.b, pair.score,
                                pair.signals, pair.shared))  # fmt: skip
        if len(chosen) >= limit:
            break
    return chosen


# ---------------------------------------------------------------------------------------------
# What the model is asked for.


class PairVerdict(BaseModel):
    model_config = ConfigDict(extra="ignore")

    pair: str = Field(
        description='The id of the pair judged, exactly as given, e.g. "P1".',
        json_schema_extra={"maxLength": 8},
    )
    verdict: Verdict = Field(
        description="contradiction: both cannot be true; consistent: both can be true; "
        "unrelated: they are about different things."
    )
    # Required, like the verdict: FC701 needs the why and the confidence of every judgement.
    explanation: str = Field(
        description="Why, in one short sentence.",
        json_schema_extra={"maxLength": 160},
    )
    confidence: float = Field(description="0 unsure .. 1 certain.")

    @field_validator("verdict", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("confidence", mode="before")
    @classmethod
    def _clamp(cls, value: Any) -> Any:
        return unit_score(value)


class CrossCheck(BaseModel):
    """One verdict per pair of claims from a news article."""

    model_config = ConfigDict(extra="ignore")

    # Required, at least one: a grammar-constrained server must not answer "{}".
    verdicts: list[PairVerdict] = Field(
        description="One verdict per pair, in the order given.",
        json_schema_extra={"minItems": 1, "maxItems": BATCH_SIZE},
    )

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        return _drop_titles(super().model_json_schema(*args, **kwargs))  # type: ignore[no-any-return]


def render_pairs(pairs: Iterable[ClaimPair]) -> str:
    """The pairs as JSON lines. No "<" survives, so the data cannot close its <pairs> tag;
    JSON quoting keeps each quote inside its string."""
    lines = (json.dumps(p.as_data(), ensure_ascii=False) for p in pairs)
    return "\n".join(line.replace("<", "\\u003c") for line in lines)


# ---------------------------------------------------------------------------------------------
# Judging.


class JudgedPair(BaseModel):
    model_config = ConfigDict(frozen=True)

    pair: str
    a: GroundedClaim
    b: GroundedClaim
    verdict: Verdict
    explanation: str
    confidence: float


class CrossCheckResult(BaseModel):
    """The verdicts kept, and the numbers behind them."""

    model_config = ConfigDict(frozen=True)

    judged: list[JudgedPair] = Field(default_factory=list)
    claims: int = 0
    pairs_considered: int = 0  # every pair of grounded claims
    pairs_candidates: int = 0  # those with a conflict signal
    pairs_sent: int = 0
    batches: int = 0
    cache_hits: int = 0
    verdicts_returned: int = 0
    verdicts_dropped: int = 0  # naming a pair not sent in that batch, or a pair twice

    def contradictions(self, min_confidence: float = MIN_CONFIDENCE) -> list[JudgedPair]:
        return [
            j
            for j in self.judged
            if j.verdict == "contradiction" and j.confidence >= min_confidence
        ]

    def count(self, verdict: Verdict) -> int:
        return sum(j.verdict == verdict for j in self.judged)


@dataclass
class _Tally:
    judged: list[JudgedPair] = field(default_factory=list)
    returned: int = 0
    dropped: int = 0

    def add(self, batch: Sequence[ClaimPair], answer: CrossCheck) -> None:
        sent = {p.id: p for p in batch}
        seen: set[str] = set()
        for v in answer.verdicts:
            self.returned += 1
            pid = v.pair.strip()
            pair = sent.get(pid)
            if pair is None or pid in seen:
                self.dropped += 1
                continue
            seen.add(pid)
            self.judged.append(
                JudgedPair(pair=pid, a=pair.a, b=pair.b, verdict=v.verdict,
                           explanation=" ".join(v.explanation.split()), confidence=v.confidence)
            )  # fmt: skip


def crosscheck(
    extraction: ExtractionResult,
    analysis: Analysis,
    client: LLMClient,
    settings: LLMSettings,
    *,
    prompt: Prompt | None = None,
    cache: LLMCache | None = None,
) -> CrossCheckResult:
    """Select pairs, ask the model about each batch (cache first); LLMError on failure."""
    prompt = prompt or load_prompt(PROMPT_NAME)
    claims = extraction.claims
    candidates = candidate_pairs(claims, analysis)
    pairs = select_pairs(claims, analysis)
    batches = [pairs[i : i + BATCH_SIZE] for i in range(0, len(pairs), BATCH_SIZE)]
    assert len(batches) <= MAX_BATCHES
    s_hash = schema_hash(CrossCheck)
    tally, hits = _Tally(), 0
    for number, batch in enumerate(batches, 1):
        data = render_pairs(batch)
        key = cache_key(
            client.endpoint, client.model, settings.effective_mode, prompt.name, prompt.version,
            prompt.sha, s_hash, data,
        )  # fmt: skip
        answer: CrossCheck | None = None
        cached = cache.get(key) if cache else None
        if cached is not None:
            try:
                answer = CrossCheck.model_validate_json(cached)
                hits += 1
            except ValidationError:
                answer = None  # an entry from an older schema: ask again
        if answer is None:
            try:
                answer = client.extract(prompt, CrossCheck, source_text=data)
            except LLMError as exc:
                where = f"batch {number}/{len(batches)}: " if len(batches) > 1 else ""
                raise LLMError(f"{where}{exc.message}") from exc
            if cache:
                cache.put(key, answer.model_dump_json())
        tally.add(batch, answer)
    n = len(claims)
    return CrossCheckResult(
        judged=tally.judged, claims=n, pairs_considered=n * (n - 1) // 2,
        pairs_candidates=len(candidates), pairs_sent=len(pairs), batches=len(batches),
        cache_hits=hits, verdicts_returned=tally.returned, verdicts_dropped=tally.dropped,
    )  # fmt: skip


def run_crosscheck_stage(
    extraction: ExtractionResult,
    analysis: Analysis,
    settings: LLMSettings,
    info: LLMInfo,
    *,
    client: LLMClient | None = None,
) -> tuple[CrossCheckResult | None, LLMInfo]:
    """The cross-check after a successful extraction, and the LLM section updated with it.

    A failure is the LLM stage's failure, reported in one line and never raised: the caller
    then keeps the offline findings only, as when the extraction fails.
    """
    own_client = client is None
    base = {"prompt": PROMPT_NAME, "max_pairs": MAX_PAIRS, "max_calls": MAX_BATCHES}
    before = (0, 0, 0)
    result: CrossCheckResult | None = None
    error: str | None = None
    try:
        prompt = load_prompt(PROMPT_NAME)
        base["prompt_version"] = prompt.version
        client = client or make_client(settings)
        before = (client.usage.calls, client.usage.tokens_in, client.usage.tokens_out)
        cache = LLMCache(settings.cache_dir) if settings.cache else None
        try:
            result = crosscheck(extraction, analysis, client, settings, prompt=prompt, cache=cache)
        finally:
            if cache:
                cache.close()
    except (LLMError, ConfigError) as exc:
        error = exc.message
    finally:
        if own_client and client is not None and hasattr(client, "close"):
            client.close()
    usage = client.usage if client is not None else None
    calls, t_in, t_out = (
        (usage.calls - before[0], usage.tokens_in - before[1], usage.tokens_out - before[2])
        if usage
        else (0, 0, 0)
    )
    totals = _totals(info, settings, calls, t_in, t_out)
    if result is None:
        detail = f"contradiction cross-check failed: {error}"
        cc = CrossCheckInfo(status="failed", detail=detail, calls=calls, tokens_in=t_in,
                            tokens_out=t_out, **base)  # fmt: skip
        return None, info.model_copy(
            update={"status": "failed", "detail": detail, "crosscheck": cc, **totals}
        )
    verdicts = {v: result.count(v) for v in ("contradiction", "consistent", "unrelated")}
    reported = len(result.contradictions())
    detail = (
        f"cross-check: {result.pairs_sent} of {result.pairs_candidates} candidate pair(s) sent "
        f"(of {result.pairs_considered}; at most {MAX_PAIRS} in {MAX_BATCHES} call(s)), "
        f"{result.batches} batch(es), {calls} HTTP call(s), {result.cache_hits} cache hit(s), "
        f"{result.verdicts_returned} verdict(s) returned, {result.verdicts_dropped} dropped, "
        f"{verdicts['contradiction']} contradiction(s), {reported} reported "
        f"(confidence >= {MIN_CONFIDENCE:g})"
    )
    cc = CrossCheckInfo(
        status="ok", detail=detail, claims=result.claims,
        pairs_considered=result.pairs_considered, pairs_candidates=result.pairs_candidates,
        pairs_sent=result.pairs_sent, batches=result.batches, calls=calls,
        cache_hits=result.cache_hits, tokens_in=t_in, tokens_out=t_out,
        verdicts_returned=result.verdicts_returned, verdicts_dropped=result.verdicts_dropped,
        contradictions=verdicts["contradiction"], consistent=verdicts["consistent"],
        unrelated=verdicts["unrelated"], reported=reported, min_confidence=MIN_CONFIDENCE, **base,
    )  # fmt: skip
    return result, info.model_copy(
        update={"detail": f"{info.detail}; {detail}", "crosscheck": cc, **totals}
    )


def _totals(
    info: LLMInfo, settings: LLMSettings, calls: int, t_in: int, t_out: int
) -> dict[str, Any]:
    """The LLM section's totals, extraction and cross-check together."""
    cost = t_in / 1000 * settings.price_in_per_1k + t_out / 1000 * settings.price_out_per_1k
    return {
        "calls": info.calls + calls,
        "tokens_in": info.tokens_in + t_in,
        "tokens_out": info.tokens_out + t_out,
        "estimated_cost": round(info.estimated_cost + cost, 6),
    }
