"""LLM extraction: what the model says the article claims, grounded in the article's own words.

The model answers an ``Extraction``; nothing of it is trusted until grounded: every quote must
be found in the article text (exactly, or after normalising whitespace and quote marks) to get
offsets, and whatever is not found is dropped and counted. Long articles are sent in chunks
of body paragraphs that overlap, concurrently within a bound; the grounded answers are merged
and de-duplicated by span. The result feeds the offline Analysis (people, titles, quotations,
figures) and the claims rule (FC801).

Nothing here imports openai or instructor; ``make_client`` does so lazily.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.analysis.models import Analysis, PersonMention, TitleMention
from factcheck.analysis.numbers import NumberMention, parse_number
from factcheck.analysis.quotes import Quotation
from factcheck.article import Article
from factcheck.errors import ConfigError, LLMError
from factcheck.llm.cache import LLMCache, cache_key
from factcheck.llm.client import LLMClient, Usage
from factcheck.llm.prompts import Prompt, load_prompt
from factcheck.llm.settings import LLMSettings
from factcheck.report import LLMInfo
from factcheck.segment import Block, Segmentation

PROMPT_NAME = "extract_claims"
ClaimKind = Literal["quantity", "date", "title_role", "attribution", "event", "comparison"]
TitleStatusLLM = Literal["former", "current", "acting", "incoming", "unknown"]
MIN_QUOTE_CHARS = 3


def _cap(limit: int, description: str) -> Any:
    """A length limit in the JSON schema only: a grammar-constrained server (llama.cpp) must
    stop lists and strings there instead of looping until max_tokens; validation stays
    lenient, so an endpoint that ignores the limit is not re-asked for it."""
    return {"description": description, "json_schema_extra": {"maxLength": limit}}


def _items(limit: int, description: str) -> Any:
    return {"description": description, "json_schema_extra": {"maxItems": limit}}


# ---------------------------------------------------------------------------------------------
# What the model is asked for (lenient where a small model slips, strict where it matters).


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


def unit_score(value: Any) -> Any:
    """A 0–1 score as small models write it: 7 or 70 for 0.7; clamped rather than re-asked."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        v = float(value)
        v = v / 10 if 1 < v <= 10 else v / 100 if 10 < v <= 100 else v
        return min(1.0, max(0.0, v))
    return value


class Claim(_Lenient):
    text: str = Field(**_cap(150, "The claim, restated in one short sentence."))
    quote: str = Field(**_cap(200, "The article's words that make the claim, copied exactly."))
    kind: ClaimKind
    entities: list[str] = Field(default_factory=list, **_items(3, "Who or what it is about."))
    check_worthiness: float = Field(default=0.5, description="0 trivial .. 1 must check.")
    reason: str = Field(default="", **_cap(80, "Why to check it, in a few words."))

    @field_validator("check_worthiness", mode="before")
    @classmethod
    def _clamp(cls, value: Any) -> Any:
        return unit_score(value)


class PersonTitle(_Lenient):
    title: str = Field(**_cap(60, 'The title or role as written, e.g. "defense secretary".'))
    status: TitleStatusLLM = "unknown"
    quote: str = Field(**_cap(160, "The article's words that give the title, copied exactly."))


class Person(_Lenient):
    name: str = Field(**_cap(60, "Full name as written in the article."))
    aliases: list[str] = Field(default_factory=list, **_items(2, "Other names used for them."))
    titles: list[PersonTitle] = Field(default_factory=list, **_items(2, "Titles or roles."))


class QuotationItem(_Lenient):
    text: str = Field(**_cap(200, "The quoted words, copied exactly, without quote marks."))
    speaker: str | None = Field(default=None, **_cap(60, "Who said it, as named."))


class Figure(_Lenient):
    value: str = Field(**_cap(30, 'The number as written, e.g. "20%" or "six months".'))
    unit: str | None = Field(default=None, **_cap(20, "Unit or currency, if any."))
    measured: str = Field(default="", **_cap(60, "What the number measures."))
    quote: str = Field(**_cap(160, "The article's words that give it, copied exactly."))


class Extraction(_Lenient):
    """Check-worthy content of a news article, each item tied to the article's own words."""

    claims: list[Claim] = Field(default_factory=list, **_items(4, "Checkable claims."))
    people: list[Person] = Field(default_factory=list, **_items(4, "Named people."))
    quotations: list[QuotationItem] = Field(default_factory=list, **_items(3, "Direct quotes."))
    figures: list[Figure] = Field(default_factory=list, **_items(3, "Numbers and amounts."))

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        # Without pydantic's "title" keys: the schema goes into every prompt (and grammar),
        # and a small context window has no room for noise.
        return _drop_titles(super().model_json_schema(*args, **kwargs))


def _drop_titles(node: Any, properties: bool = False) -> Any:
    if isinstance(node, dict):
        return {
            k: _drop_titles(v, k == "properties")
            for k, v in node.items()
            if properties or not (k == "title" and isinstance(v, str))
        }
    if isinstance(node, list):
        return [_drop_titles(v) for v in node]
    return node


def schema_hash(model: type[BaseModel] = Extraction) -> str:
    raw = json.dumps(model.model_json_schema(), sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


# ---------------------------------------------------------------------------------------------
# What survives grounding: offsets into Article.text.


class _Spanned(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str = Field(description="article.text[start:end]")


class GroundedClaim(_Spanned):
    claim: str
    kind: ClaimKind
    entities: list[str]
    check_worthiness: float
    reason: str


class GroundedTitle(_Spanned):
    title: str
    status: TitleStatusLLM
    person: str


class GroundedPerson(_Spanned):
    """The span is the first grounded mention of the name."""

    name: str
    aliases: list[str]


class GroundedQuotation(_Spanned):
    speaker: str | None


class GroundedFigure(_Spanned):
    """The span is the value; ``quote_start``/``quote_end`` the words around it."""

    unit: str | None
    measured: str
    quote_start: int
    quote_end: int


class ExtractionCounts(BaseModel):
    returned: int = 0
    grounded: int = 0
    dropped: int = 0
    duplicates: int = 0


class ExtractionResult(BaseModel):
    """Grounded items, de-duplicated across chunks, and how many were dropped."""

    model_config = ConfigDict(frozen=True)

    claims: list[GroundedClaim] = Field(default_factory=list)
    people: list[GroundedPerson] = Field(default_factory=list)
    titles: list[GroundedTitle] = Field(default_factory=list)
    quotations: list[GroundedQuotation] = Field(default_factory=list)
    figures: list[GroundedFigure] = Field(default_factory=list)
    counts: ExtractionCounts = Field(default_factory=ExtractionCounts)
    chunks: int = 0
    cache_hits: int = 0

    def ranked_claims(self) -> list[GroundedClaim]:
        return sorted(self.claims, key=lambda c: (-c.check_worthiness, c.start))


# ---------------------------------------------------------------------------------------------
# Grounding.

_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'",
                              "’": "'", "‚": "'", "`": "'", "′": "'", "″": '"'})  # fmt: skip
_STRIP = " \t\n\"'“”‘’„«»`.,;:"


class Grounder:
    """Finds a model's quote in the article: exactly, else modulo whitespace and quote marks."""

    def __init__(self, text: str, body: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.body = sorted(body)
        self._body_starts = [s for s, _ in self.body]
        norm: list[str] = []
        index: list[int] = []  # normalised position -> article offset
        prev_space = False
        for i, ch in enumerate(text):
            if ch.isspace():
                if prev_space:
                    continue
                norm.append(" ")
                prev_space = True
            else:
                norm.append(ch.translate(_QUOTE_MARKS))
                prev_space = False
            index.append(i)
        self._norm = "".join(norm)
        self._index = index

    def in_body(self, start: int, end: int) -> bool:
        i = bisect_right(self._body_starts, start) - 1
        return i >= 0 and self.body[i][0] <= start and end <= self.body[i][1]

    def find(
        self, quote: str | None, within: tuple[int, int] | None = None, *, ignore_case: bool = False
    ) -> tuple[int, int] | None:
        """Offsets of ``quote`` in the article body, preferring the range ``within``."""
        # As given first; then without the quote marks and end punctuation models add.
        candidates = dict.fromkeys(q for q in ((quote or "").strip(), (quote or "").strip(_STRIP)))
        ranges = [within] if within else []
        ranges.append((0, len(self.text)))
        for q in candidates:
            if len(q) < MIN_QUOTE_CHARS:
                continue
            for lo, hi in ranges:
                found = self._find_in(q, lo, hi, ignore_case)
                if found is not None:
                    return found
        return None

    def _find_in(self, q: str, lo: int, hi: int, ignore_case: bool) -> tuple[int, int] | None:
        hay, needle = (self.text.lower(), q.lower()) if ignore_case else (self.text, q)
        pos = hay.find(needle, lo, hi)
        while pos != -1:
            if self.in_body(pos, pos + len(q)):
                return pos, pos + len(q)
            pos = hay.find(needle, pos + 1, hi)
        nq = " ".join(q.split()).translate(_QUOTE_MARKS)
        nlo, nhi = bisect_left(self._index, lo), bisect_left(self._index, hi)
        norm = self._norm.lower() if ignore_case else self._norm
        pos = norm.find(nq.lower() if ignore_case else nq, nlo, nhi)
        while pos != -1:
            start, end = self._index[pos], self._index[pos + len(nq) - 1] + 1
            if self.in_body(start, end):
                return start, end
            pos = norm.find(nq.lower() if ignore_case else nq, pos + 1, nhi)
        return None


@dataclass(frozen=True)
class Chunk:
    index: int
    start: int
    end: int
    text: str


def chunk_article(text: str, blocks: Sequence[Block], max_chars: int, overlap: int) -> list[Chunk]:
    """Group body paragraphs into chunks of about ``max_chars``; neighbours share ``overlap``."""
    paras = [b for b in blocks if text[b.start : b.end].strip()]
    chunks: list[Chunk] = []
    i = 0
    while i < len(paras):
        j, size = i, 0
        while j < len(paras) and (j == i or size + (paras[j].end - paras[j].start) <= max_chars):
            size += paras[j].end - paras[j].start + 2
            j += 1
        group = paras[i:j]
        body = "\n\n".join(text[b.start : b.end].strip() for b in group)
        chunks.append(Chunk(len(chunks), group[0].start, group[-1].end, body))
        if j >= len(paras):
            break
        i = max(i + 1, j - overlap)  # always advance, even when one paragraph fills a chunk
    return chunks


@dataclass
class _Merger:
    grounder: Grounder
    claims: dict[tuple[int, int], GroundedClaim]
    people: dict[str, GroundedPerson]
    titles: dict[tuple[int, int], GroundedTitle]
    quotations: dict[tuple[int, int], GroundedQuotation]
    figures: dict[tuple[int, int], GroundedFigure]
    counts: ExtractionCounts

    def span(self, start: int, end: int) -> dict[str, Any]:
        return {"start": start, "end": end, "text": self.grounder.text[start:end]}

    def keep(self, store: dict[Any, Any], key: Any, item: Any) -> None:
        if key in store:
            self.counts.duplicates += 1
            # The same words claimed twice: keep the higher check-worthiness.
            if (
                isinstance(item, GroundedClaim)
                and item.check_worthiness > store[key].check_worthiness
            ):
                store[key] = item
        else:
            store[key] = item
            self.counts.grounded += 1

    def add(self, extraction: Extraction, chunk: Chunk) -> None:
        g, within = self.grounder, (chunk.start, chunk.end)
        c = self.counts
        for claim in extraction.claims:
            c.returned += 1
            found = g.find(claim.quote, within)
            if found is None:
                c.dropped += 1
                continue
            entities = [e for e in claim.entities if g.find(e, ignore_case=True)]
            item = GroundedClaim(
                **self.span(*found), claim=" ".join(claim.text.split()), kind=claim.kind,
                entities=entities, check_worthiness=claim.check_worthiness,
                reason=" ".join(claim.reason.split()),
            )  # fmt: skip
            self.keep(self.claims, found, item)
        for person in extraction.people:
            c.returned += 1
            name = " ".join(person.name.split()).strip(_STRIP)
            found = g.find(name, within)
            if found is None:
                c.dropped += 1
                c.returned += len(person.titles)
                c.dropped += len(person.titles)
                continue
            aliases = [a for a in person.aliases if a != name and g.find(a)]
            self.keep(
                self.people,
                name.lower(),
                GroundedPerson(**self.span(*found), name=name, aliases=aliases),
            )
            for title in person.titles:
                c.returned += 1
                located = self._ground_title(title, within)
                if located is None:
                    c.dropped += 1
                    continue
                item = GroundedTitle(
                    **self.span(*located), title=title.title.strip(), status=title.status,
                    person=name,
                )  # fmt: skip
                self.keep(self.titles, located, item)
        for quotation in extraction.quotations:
            c.returned += 1
            found = g.find(quotation.text, within)
            if found is None:
                c.dropped += 1
                continue
            speaker = quotation.speaker if quotation.speaker and g.find(quotation.speaker) else None
            self.keep(
                self.quotations, found, GroundedQuotation(**self.span(*found), speaker=speaker)
            )
        for figure in extraction.figures:
            c.returned += 1
            quote = g.find(figure.quote, within)
            value = g.find(figure.value, quote, ignore_case=True) if quote else None
            # The value must be inside the quoted words: a figure the article does not give
            # next to what it is said to measure is not grounded.
            if quote is None or value is None or not (quote[0] <= value[0] < value[1] <= quote[1]):
                c.dropped += 1
                continue
            item = GroundedFigure(
                **self.span(*value), unit=figure.unit, measured=" ".join(figure.measured.split()),
                quote_start=quote[0], quote_end=quote[1],
            )  # fmt: skip
            self.keep(self.figures, value, item)

    def _ground_title(self, title: PersonTitle, within: tuple[int, int]) -> tuple[int, int] | None:
        quote = self.grounder.find(title.quote, within)
        if quote is None:
            return None
        found = self.grounder.find(title.title, quote, ignore_case=True)
        if found is None or not (quote[0] <= found[0] < found[1] <= quote[1]):
            return None
        return found

    def result(self, chunks: int, cache_hits: int) -> ExtractionResult:
        def ordered(store: dict[Any, Any]) -> list[Any]:
            return sorted(store.values(), key=lambda item: (item.start, item.end))

        return ExtractionResult(
            claims=ordered(self.claims), people=ordered(self.people),
            titles=ordered(self.titles), quotations=ordered(self.quotations),
            figures=ordered(self.figures), counts=self.counts, chunks=chunks,
            cache_hits=cache_hits,
        )  # fmt: skip


def ground(
    text: str,
    body: Sequence[tuple[int, int]],
    answers: Iterable[tuple[Chunk, Extraction]],
    *,
    cache_hits: int = 0,
) -> ExtractionResult:
    """Ground each chunk's answer and merge them, de-duplicated by span."""
    merger = _Merger(Grounder(text, body), {}, {}, {}, {}, {}, ExtractionCounts())
    answers = list(answers)
    for chunk, extraction in answers:
        merger.add(extraction, chunk)
    return merger.result(len(answers), cache_hits)


# ---------------------------------------------------------------------------------------------
# Running the stage.


def make_client(settings: LLMSettings) -> LLMClient:
    """The real client; imports openai and instructor, so only when an endpoint is configured."""
    from factcheck.llm.openai_client import OpenAIClient

    return OpenAIClient(settings)


def extract(
    article: Article,
    segmentation: Segmentation,
    client: LLMClient,
    settings: LLMSettings,
    *,
    prompt: Prompt | None = None,
    cache: LLMCache | None = None,
) -> ExtractionResult:
    """Ask the model about each chunk (cache first), then ground and merge the answers."""
    prompt = prompt or load_prompt(PROMPT_NAME)
    body = segmentation.body
    chunks = chunk_article(article.text, body, settings.chunk_chars, settings.chunk_overlap)
    s_hash = schema_hash()
    hits = 0

    def key(chunk: Chunk) -> str:
        return cache_key(
            client.endpoint, client.model, settings.effective_mode, prompt.name, prompt.version,
            prompt.sha, s_hash, chunk.text,
        )  # fmt: skip

    answers: dict[int, Extraction] = {}
    todo: list[Chunk] = []
    for chunk in chunks:
        cached = cache.get(key(chunk)) if cache else None
        if cached is not None:
            try:
                answers[chunk.index] = Extraction.model_validate_json(cached)
                hits += 1
                continue
            except ValidationError:
                pass  # an entry from an older schema: ask again
        todo.append(chunk)

    failed = threading.Event()

    def ask(chunk: Chunk) -> tuple[Chunk, Extraction] | None:
        if failed.is_set():  # another chunk failed: the stage has failed, spend nothing more
            return None
        try:
            answer = client.extract(prompt, Extraction, source_text=chunk.text)
        except LLMError as exc:
            failed.set()
            where = f"chunk {chunk.index + 1}/{len(chunks)}: " if len(chunks) > 1 else ""
            raise LLMError(f"{where}{exc.message}") from exc
        if cache:
            cache.put(key(chunk), answer.model_dump_json())
        return chunk, answer

    if todo:
        with ThreadPoolExecutor(max_workers=min(settings.concurrency, len(todo))) as pool:
            futures = [pool.submit(ask, chunk) for chunk in todo]
            try:
                for future in as_completed(futures):
                    done = future.result()
                    if done is not None:
                        answers[done[0].index] = done[1]
            except BaseException:
                failed.set()
                for future in futures:
                    future.cancel()
                raise
    spans = [(b.start, b.end) for b in body]
    return ground(article.text, spans, [(c, answers[c.index]) for c in chunks], cache_hits=hits)


def run_llm_stage(
    article: Article,
    segmentation: Segmentation,
    settings: LLMSettings,
    *,
    client: LLMClient | None = None,
) -> tuple[ExtractionResult | None, LLMInfo]:
    """The extraction and the report's LLM section; a failure is reported, never raised."""
    base = {"enabled": True, "model": settings.model_name, "prompt": PROMPT_NAME}
    usage = Usage()
    try:
        prompt = load_prompt(PROMPT_NAME)
        base["prompt_version"] = prompt.version
        client = client or make_client(settings)
        usage = client.usage
        cache = LLMCache(settings.cache_dir) if settings.cache else None
        try:
            result = extract(article, segmentation, client, settings, prompt=prompt, cache=cache)
        finally:
            if cache:
                cache.close()
    except (LLMError, ConfigError) as exc:
        info = LLMInfo(status="failed", detail=exc.message, **base, **_usage(usage, settings))
        return None, info
    counts = result.counts
    extra = _usage(usage, settings)
    detail = (
        f"{settings.model_name}, prompt {PROMPT_NAME} v{base['prompt_version']}: "
        f"{counts.returned} items returned, {counts.grounded} grounded, {counts.dropped} dropped "
        f"(not in the article), {counts.duplicates} duplicates; {result.chunks} chunk(s), "
        f"{usage.calls} HTTP call(s), {result.cache_hits} cache hit(s), "
        f"{usage.tokens_in}+{usage.tokens_out} tokens"
    )
    if extra["estimated_cost"]:
        detail += f", ~{extra['estimated_cost']:.4f} est. cost"
    info = LLMInfo(
        status="ok", detail=detail, **base, chunks=result.chunks,
        items_returned=counts.returned, items_grounded=counts.grounded,
        items_dropped=counts.dropped, items_duplicate=counts.duplicates,
        cache_hits=result.cache_hits, **extra,
    )  # fmt: skip
    return result, info


def _usage(usage: Usage, settings: LLMSettings) -> dict[str, Any]:
    cost = (
        usage.tokens_in / 1000 * settings.price_in_per_1k
        + usage.tokens_out / 1000 * settings.price_out_per_1k
    )
    return {
        "calls": usage.calls,
        "tokens_in": usage.tokens_in,
        "tokens_out": usage.tokens_out,
        "estimated_cost": round(cost, 6),
    }


# ---------------------------------------------------------------------------------------------
# Feeding the offline analysis.

_STATUS_WORDS = re.compile(r"^(?:former|ex-|acting|incoming|current|then-?|outgoing)\s*", re.I)


def _figure_mention(figure: GroundedFigure, analysis: Analysis) -> NumberMention | None:
    """A count or percentage the number rules can compare; other figures stay in the report."""
    try:
        value, precision = parse_number(figure.text.strip().lstrip("$€£").rstrip("%"))
    except ValueError:
        return None
    if value == 0:
        return None
    unit = (figure.unit or "").strip().lower()
    percent = "%" in figure.text or unit in ("%", "percent", "per cent")
    return NumberMention(
        kind="percent" if percent else "count",
        start=figure.start,
        end=figure.end,
        sentence=analysis.sentence_of(figure.start),
        value=value,
        precision=precision,
        unit="%" if percent else (unit or None),
    )


def merge_into_analysis(analysis: Analysis, result: ExtractionResult) -> Analysis:
    """Add grounded people, titles, quotations and figures the analysers did not find.

    An item is added only where it overlaps nothing of its kind already there (dedup by span);
    the rules then read them like any other mention.
    """
    people = list(analysis.people)
    surnames = dict(analysis.surnames)
    mentions = list(analysis.mentions)
    known = {p.lower(): p for p in people}
    for s_key, surname in surnames.items():
        known.setdefault(surname.lower(), s_key)

    def person_key(name: str) -> str:
        lowered = name.lower()
        if lowered in known:
            return known[lowered]
        last = name.split()[-1].lower() if name.split() else lowered
        return known.get(last, name)

    for person in result.people:
        key = person_key(person.name)
        if key not in people:
            people.append(key)
            surnames.setdefault(key, key.split()[-1])
            known[key.lower()] = key
        if not _overlaps(mentions, person.start, person.end):
            mentions.append(
                PersonMention(
                    person=key,
                    start=person.start,
                    end=person.end,
                    sentence=analysis.sentence_of(person.start),
                    in_quote=_inside(analysis.quotes, person.start),
                )
            )
    titles = list(analysis.titles)
    for title in result.titles:
        if _overlaps(titles, title.start, title.end):
            continue
        office = _STATUS_WORDS.sub("", title.title.lower()).strip() or title.title.lower()
        titles.append(
            TitleMention(
                start=title.start,
                end=title.end,
                office=office,
                status=title.status,
                form="bare",
                person=person_key(title.person),
                sentence=analysis.sentence_of(title.start),
                in_quote=_inside(analysis.quotes, title.start),
            )
        )
    quotations = list(analysis.quotations)
    for q in result.quotations:
        if not _overlaps(quotations, q.start, q.end):
            quotations.append(
                Quotation(
                    start=q.start,
                    end=q.end,
                    text=q.text,
                    sentence=analysis.sentence_of(q.start),
                    speaker=person_key(q.speaker) if q.speaker else None,
                    how="named" if q.speaker else "none",
                )
            )
    numbers = list(analysis.numbers)
    for f in result.figures:
        figure = _figure_mention(f, analysis)
        if figure is not None and not _overlaps(numbers, f.start, f.end):
            numbers.append(figure)
    by_start = lambda item: (item.start, item.end)  # noqa: E731
    return analysis.model_copy(
        update={
            "people": people,
            "surnames": surnames,
            "mentions": sorted(mentions, key=by_start),
            "titles": sorted(titles, key=by_start),
            "quotations": sorted(quotations, key=by_start),
            "numbers": sorted(numbers, key=by_start),
        }
    )


def _overlaps(items: Iterable[Any], start: int, end: int) -> bool:
    return any(item.start < end and start < item.end for item in items)


def _inside(ranges: Iterable[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in ranges)
