"""Attribution: quotations and who said them."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations

from rapidfuzz import fuzz

from factcheck.analysis.names import given_relation, similar_surnames
from factcheck.analysis.quotes import (
    Quotation,
    SpeakerResolver,
    normalise_quote,
    sentence_speaker,
)
from factcheck.report import Category, Severity
from factcheck.rules.registry import Hit, RuleContext, rule

_MIN_EXACT_WORDS = 5  # "a very good call" from two people is an echo, not a misattribution
_MIN_CONTAINED_WORDS = 6
_MIN_FUZZY_WORDS = 8
_FUZZY_RATIO = 90.0
_NEAR_SHARE = 0.875  # all but one word in eight
_NEAR_SHARE_LONG = 0.8  # all but one word in five, for quotations of fifteen words or more
_LONG_QUOTE_WORDS = 15
_SHINGLE = 6  # words in a row that a paraphrase must share with a quotation
_MIN_ECHO_WORDS = 8
_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=4096)
def same_speaker(a: str, b: str) -> bool:
    """Two speaker names that may be one person ("Pete Hegseth", "Hegseth")."""
    if a == b:
        return True
    a_words, b_words = a.split(), b.split()
    sa, sb = a_words[-1], b_words[-1]
    if sa != sb and not similar_surnames(sa, sb, min_ratio=80):
        return False
    if len(a_words) == 1 or len(b_words) == 1:
        return True
    return given_relation(a_words[0], b_words[0]) is not None


def _same_words(a: str, b: str) -> bool:
    """Same or near-identical quoted text, or one whole quotation inside the other."""
    a_len, b_len = a.count(" ") + 1, b.count(" ") + 1
    if a == b:
        return a_len >= _MIN_EXACT_WORDS
    short, long_ = (a, b) if a_len <= b_len else (b, a)
    if min(a_len, b_len) >= _MIN_CONTAINED_WORDS and f" {short} " in f" {long_} ":
        return True
    if min(a_len, b_len) < _MIN_FUZZY_WORDS:
        return False
    if max(a_len, b_len) <= 1.25 * min(a_len, b_len) and (
        fuzz.ratio(a, b, score_cutoff=_FUZZY_RATIO) >= _FUZZY_RATIO
    ):
        return True
    return _nearly_inside(short.split(), long_.split())


def _nearly_inside(short: list[str], long_: list[str]) -> bool:
    """The shorter quotation's words, all but one in eight, in order inside a stretch of the
    longer one not much longer than itself: "buying credibility at every meeting and paying
    for it in growth" in "the bank is buying credibility with every meeting and it is paying
    for it in growth"."""
    # A long quotation may differ in more words and still be the same words reworded.
    share = _NEAR_SHARE_LONG if len(short) >= _LONG_QUOTE_WORDS else _NEAR_SHARE
    if len(set(short) & set(long_)) < share * len(set(short)):
        return False  # a cheap test first: most pairs share few words
    blocks = [
        b
        for b in SequenceMatcher(None, short, long_, autojunk=False).get_matching_blocks()
        if b.size
    ]
    if not blocks:
        return False
    matched = sum(b.size for b in blocks)
    stretch = blocks[-1].b + blocks[-1].size - blocks[0].b
    return matched >= share * len(short) and stretch <= 1.4 * len(short)


def _snippet(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _full_names(ctx: RuleContext) -> dict[str, str]:
    """Surname -> the one full name the article gives it, to show "Rubio" as "Marco Rubio"."""
    seen: dict[str, set[str]] = {}
    for mention in ctx.analysis.names:
        if mention.given is not None:
            seen.setdefault(mention.surname, set()).add(f"{mention.given} {mention.surname}")
    return {surname: next(iter(full)) for surname, full in seen.items() if len(full) == 1}


def _spans(quotation: Quotation) -> list[tuple[int, int]]:
    spans = [(quotation.start, quotation.end)]
    if (
        quotation.how == "named"
        and quotation.speaker_start is not None
        and quotation.speaker_end is not None
    ):
        spans.append((quotation.speaker_start, quotation.speaker_end))
    return spans


def _confidence(*quotations: Quotation) -> float:
    return 0.8 if all(q.how == "named" for q in quotations) else 0.6


@rule("FC601", category=Category.ATTRIBUTION, severity=Severity.WARNING)
def quotation_attributed_to_two_speakers(ctx: RuleContext) -> Iterator[Hit]:
    """The same quotation is attributed to two different people.

    **What it does.** Reads every quotation with its speaker ("…," Rubio said; Rubio
    said: "…"; "…," said Rubio; according to Rubio; "…," he added or She said: "…",
    resolved to the last named speaker who can be meant, by gender where the text shows
    it; a quote that goes on from the previous one). Two quotations with the same
    words (five words or more, ignoring case and punctuation), near-identical words
    (eight words or more), one whole quotation of six words or more inside the other, or
    all but one in eight words of one (eight words or more; one in five from fifteen words)
    in order inside the other,
    are compared, and so is one sentence of eight words or more said again inside another
    quotation, in another order of sentences or with its phrases moved: if their speakers
    are different people, both places are reported. A
    passage broken by its attribution ("The centre is holding," she said. "But …") is also
    compared whole, so that another speaker given its words across the break is found.

    **Why it matters.** Putting one person's words in another's mouth is a serious
    error; it usually comes from merging two drafts or two wire stories.

    **Example.**

        "We will not trade land for peace," Rubio said on Monday. … "We will not trade
        land for peace," Hegseth said.

    **Not flagged.** The same quotation repeated for the same speaker, by full name,
    surname or pronoun; short shared phrases ("a very good call"); a speaker named by
    surname alone, who may be anyone with that surname ("Trump" and "Melania Trump");
    a "he said" after another person has been named, which could mean either; words read
    out or quoted by someone ("reading from the letter", "quoting the minister").

    **How to silence it.** `--ignore FC601`, or fix the attribution.
    """
    # A quotation read out by its speaker ("reading from the letter") is someone else's words.
    quotations = [q for q in ctx.analysis.quotations if q.speaker is not None and not q.read_out]
    words = [normalise_quote(q.text) for q in quotations]
    quotations, words = _with_passages(quotations, words)
    sentences = [_quote_sentences(q.text) for q in quotations]
    split = [w.split() for w in words]
    vocabularies = [set(w) for w in split]
    full = _full_names(ctx)
    reported: set[int] = set()  # later quotations already reported against an earlier one
    # One hit per passage: a quote repeated with its continuation ("… ," X said. "…") is
    # one misattribution, not two.
    hits: dict[tuple[str, str, int, int], Hit] = {}
    starts = [b.start for b in ctx.segmentation.body]
    for i, j in combinations(range(len(quotations)), 2):
        a, b = quotations[i], quotations[j]
        assert a.speaker is not None and b.speaker is not None
        # The words first: most pairs differ there, and the test is cheaper.
        if not (
            _same_words(words[i], words[j])
            or _sentence_in(sentences[i], split[j], vocabularies[j])
            or _sentence_in(sentences[j], split[i], vocabularies[i])
        ) or same_speaker(a.speaker, b.speaker):
            continue
        # Report each later quotation once, against the first that it conflicts with.
        if j in reported:
            continue
        reported.add(j)
        key = (a.speaker, b.speaker, _block_of(starts, a.start), _block_of(starts, b.start))
        if key in hits:
            first = hits[key]
            hits[key] = Hit(
                message=first.message,
                spans=first.spans + _spans(a) + _spans(b),
                confidence=first.confidence,
            )
            continue
        hits[key] = Hit(
            message=(
                f"“{_snippet(a.text)}” is attributed to {full.get(a.speaker, a.speaker)} here"
                f" and to {full.get(b.speaker, b.speaker)} later in the article."
            ),
            spans=_spans(a) + _spans(b),
            confidence=_confidence(a, b),
        )
    yield from hits.values()


_QUOTE_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_MIN_SENTENCE_WORDS = 8
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "are",
        "was",
        "were",
        "you",
        "but",
        "not",
        "has",
        "had",
        "have",
        "our",
        "its",
        "his",
        "her",
        "all",
        "one",
        "who",
        "that",
        "this",
        "with",
        "from",
        "they",
        "them",
        "their",
        "there",
        "what",
        "when",
        "will",
        "would",
        "can",
        "could",
        "than",
        "then",
    ]
)


def _quote_sentences(text: str) -> list[list[str]]:
    """The words of each sentence of a quotation that is long enough to compare alone."""
    found = []
    for part in _QUOTE_SENTENCE_END.split(text):
        part_words = normalise_quote(part).split()
        if len(part_words) >= _MIN_SENTENCE_WORDS:
            found.append(part_words)
    return found


def _sentence_in(parts: list[list[str]], other_words: list[str], vocabulary: set[str]) -> bool:
    """One sentence of a quotation said again inside another quotation, in another order of
    sentences ("The work continues whoever is at the table. The G20 is bigger …"), or with
    its own phrases moved ("we trusted the plan and the quality told in the end" in "we
    trusted the plan and, in the end, the quality told"): nearly all its words in order, or
    all but one of its content words there with most of them in order."""
    for part in parts:
        if len(vocabulary.intersection(part)) < 0.7 * len(part):
            continue  # a cheap test first: most pairs share few words
        if _nearly_inside(part, other_words):
            return True
        content = {w for w in part if len(w) >= 3 and w not in _STOP}
        if len(content) < 5 or len(content - vocabulary) > 1:
            continue
        matcher = SequenceMatcher(None, part, other_words, autojunk=False)
        if sum(b.size for b in matcher.get_matching_blocks()) >= 0.7 * len(part):
            return True
    return False


def _with_passages(
    quotations: list[Quotation], words: list[str]
) -> tuple[list[Quotation], list[str]]:
    """The quotations, each followed, where quotes go on from it ("The centre is holding,"
    she said. "But it is also true …"), by the whole passage as one quotation: another
    speaker may be given its words across the break."""
    out_q: list[Quotation] = []
    out_w: list[str] = []
    i = 0
    while i < len(quotations):
        j = i + 1
        while (
            j < len(quotations)
            and quotations[j].how == "continued"
            and quotations[j].speaker == quotations[i].speaker
        ):
            j += 1
        out_q.extend(quotations[i:j])
        out_w.extend(words[i:j])
        if j - i > 1:
            out_q.append(quotations[i])
            out_w.append(" ".join(words[i:j]))
        i = j
    return out_q, out_w


def _block_of(starts: list[int], offset: int) -> int:
    """The index of the paragraph an offset is in (``starts``: the paragraphs' starts)."""
    return bisect_right(starts, offset) - 1


@rule("FC602", category=Category.ATTRIBUTION, severity=Severity.WARNING)
def quotation_reattributed_in_paraphrase(ctx: RuleContext) -> Iterator[Hit]:
    """A quotation's words come back without quote marks, attributed to someone else.

    **What it does.** Takes every quotation with a named speaker and at least eight
    words, and looks for the same words (eight in a row, or the whole quotation if it is
    shorter) in sentences outside quote marks. When such a sentence names a single
    speaker ("…, Hegseth said"; "Hegseth said …"; "according to Hegseth") who is not
    the quotation's speaker, both places are reported.

    **Why it matters.** A paraphrase that reuses a quote's words while naming another
    speaker tells the reader two different people said it; one attribution is wrong.

    **Example.**

        "The ceasefire has to hold before any talks can begin," said Rubio. … The
        ceasefire has to hold before any talks can begin, Hegseth said.

    **Not flagged.** A paraphrase for the same speaker; a sentence that names no speaker
    or several; short shared phrases.

    **How to silence it.** `--ignore FC602`, or fix the attribution.
    """
    text = ctx.article.text
    shingles: dict[tuple[str, ...], list[int]] = {}
    quotations = [
        q
        for q in ctx.analysis.quotations
        if q.speaker is not None and q.how != "none" and not q.read_out
    ]
    # Word for word as written: the sentences below are read token by token.
    quote_words = [normalise_quote(q.text, expand=False).split() for q in quotations]
    for idx, qwords in enumerate(quote_words):
        if len(qwords) < _MIN_ECHO_WORDS:
            continue
        for k in range(len(qwords) - _SHINGLE + 1):
            shingles.setdefault(tuple(qwords[k : k + _SHINGLE]), []).append(idx)
    if not shingles:
        return
    quotes = ctx.analysis.quotes
    resolver = SpeakerResolver(ctx.analysis.mentions)
    full = _full_names(ctx)
    reported: set[int] = set()
    q_i = 0
    for sentence in ctx.analysis.sentences:
        while q_i < len(quotes) and quotes[q_i][1] <= sentence.start:
            q_i += 1
        if q_i < len(quotes) and quotes[q_i][0] < sentence.end:
            continue  # the sentence holds (part of) a quotation: not a paraphrase
        tokens = list(_WORD.finditer(text, sentence.start, sentence.end))
        norm = [t.group().lower().replace("’", "'") for t in tokens]
        run: dict[int, tuple[int, int]] = {}  # quotation -> (first token, last token)
        for k in range(len(norm) - _SHINGLE + 1):
            for idx in shingles.get(tuple(norm[k : k + _SHINGLE]), ()):
                first, _ = run.get(idx, (k, k))
                run[idx] = (first, k + _SHINGLE - 1)
        for idx, (first, last) in run.items():
            if idx in reported or last - first + 1 < min(_MIN_ECHO_WORDS, len(quote_words[idx])):
                continue
            quotation = quotations[idx]
            assert quotation.speaker is not None
            span = sentence_speaker(text, sentence.start, sentence.end)
            if span is None:
                continue
            speaker = resolver.resolve(text, *span)
            if same_speaker(quotation.speaker, speaker):
                continue
            reported.add(idx)
            echo = (tokens[first].start(), tokens[last].end())
            yield Hit(
                message=(
                    f"“{_snippet(quotation.text)}” is quoted from"
                    f" {full.get(quotation.speaker, quotation.speaker)}, but the same words are"
                    f" given to {full.get(speaker, speaker)} here."
                ),
                spans=[*_spans(quotation), echo, span],
                confidence=0.7,
            )
