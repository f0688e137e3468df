"""Quotations and their speakers.

Each quoted passage in a body block gets a speaker when the text says who spoke, in the
usual news forms:

- ``"…," Hegseth said`` / ``"…," Defense Secretary Pete Hegseth told reporters``
- ``"…," said Hegseth`` / ``"…", according to Hegseth``
- ``Hegseth said: "…"`` / ``Hegseth told reporters "…"`` / ``Hegseth called it "…"``
- ``"…," he added`` (a pronoun is the last named speaker)
- a quote standing alone right after another quote in the same paragraph continues it.

Curly and straight double quotes are read (the ranges come from ``quoted_ranges``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from factcheck.analysis.lexicon import APOS, FULL_NAME, NOT_NAME_WORDS
from factcheck.analysis.names import find_names, similar_surnames
from factcheck.analysis.sentences import quoted_ranges
from factcheck.segment import Block

if TYPE_CHECKING:
    from factcheck.analysis.models import PersonMention

SpeakerHow = Literal["named", "pronoun", "continued", "none"]

SPEECH_VERBS = (
    r"(?:said|says|say|told|tells|added|adds|stated|states|remarked|wrote|writes|noted|notes"
    r"|argued|argues|explained|explains|asked|asks|insisted|insists|warned|warns|announced"
    r"|claimed|claims|declared|declares|continued|recalled|replied|replies|responded|tweeted"
    r"|posted|shared|emphasi[sz]ed|stressed|acknowledged|admitted|conceded|observed|predicted"
    r"|promised|vowed|cautioned|complained|concluded|suggested|indicated|mentioned|articulated"
    r"|asserted|maintained|contended|countered|quipped|joked|pointed out|went on|called|described"
    r"|urged|agreed|repeated|recounted|confirmed|denied)"
)
_PRONOUN = r"(?:he|she|they|He|She|They)"
# A short appositive between a name and its verb: "Hegseth, the defense secretary, said".
_APPOSITIVE = r"(?:,[^,\"“”\n]{1,80},)?"
_NAME = rf"(?P<name>{FULL_NAME})(?:[{APOS}]s?)?"
_NAME_ACCORDING = rf"(?P<aname>{FULL_NAME})"

# Attribution right after the closing mark.
_AFTER_NAME_VERB = re.compile(
    rf"\A\s*[,—–-]?\s*(?:[a-z][\w-]*\s+){{0,4}}?{_NAME}{_APPOSITIVE}\s+{SPEECH_VERBS}\b"
)
_AFTER_VERB_NAME = re.compile(rf"\A\s*[,—–-]?\s*{SPEECH_VERBS}\s+(?:[a-z][\w-]*\s+){{0,4}}?{_NAME}")
_AFTER_ACCORDING = re.compile(rf"\A\s*[,—–-]?\s*according\s+to\s+(?:[a-z][\w-]*\s+){{0,4}}?{_NAME}")
_AFTER_PRONOUN = re.compile(rf"\A\s*[,—–-]?\s*(?P<pron>{_PRONOUN})\s+{SPEECH_VERBS}\b")
# Attribution after the quote that names nobody: "the president said", "officials said".
_AFTER_NOMINAL = re.compile(
    rf"\A\s*[,—–-]?\s*(?:(?:the|a|an|one|his|her|their)\s+)?[a-z][\w -]{{0,40}}?\s+"
    rf"{SPEECH_VERBS}\b|\A\s*[,—–-]?\s*{SPEECH_VERBS}\s+(?:the|a|an|one)\b"
)
# Attribution before the opening mark, anywhere earlier in the sentence.
_BEFORE = re.compile(
    rf"(?:{_NAME}{_APPOSITIVE}\s+(?:\w+\s+)?{SPEECH_VERBS}\b"
    rf"|\b[Aa]ccording\s+to\s+(?:[a-z][\w-]*\s+){{0,4}}?{_NAME_ACCORDING}"
    rf"|\b(?P<pron>{_PRONOUN})\s+(?:\w+\s+)?{SPEECH_VERBS}\b)"
)
# "…, said Rubio." closing a sentence: only verbs whose object is not a listener.
_VERB_NAME_ANYWHERE = re.compile(
    rf"[,—–]\s*(?:said|says|added|wrote|writes)\s+{_NAME}(?=\s*(?:[.,;!?]|\Z))"
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+")
_WINDOW = 240
_CLAUSE_END = (",", "!", "?", "…", "—", "–", "-")
_WORD = re.compile(r"[\w'’-]+")


class Quotation(BaseModel):
    """A quoted passage and, when the text says so, who said it."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    sentence: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    how: SpeakerHow = "none"

    @property
    def normalised(self) -> str:
        return normalise_quote(self.text)


def normalise_quote(text: str) -> str:
    """Lower-case words only: punctuation and quote marks do not make two quotes differ."""
    return " ".join(w.replace("’", "'") for w in _WORD.findall(text.lower()))


def find_quotations(
    text: str,
    blocks: Iterable[Block],
    sentence_of: Callable[[int], int],
    mentions: list[PersonMention],
) -> list[Quotation]:
    """Every quotation in the body blocks with its speaker, in text order."""
    resolver = SpeakerResolver(mentions)
    found: list[Quotation] = []
    last_named: tuple[str, int, int] | None = None
    blocks = list(blocks)
    all_ranges = quoted_ranges(text, blocks)
    for block in blocks:
        ranges = [r for r in all_ranges if block.start <= r[0] < block.end]
        previous: Quotation | None = None
        for i, (start, end) in enumerate(ranges):
            after_limit = ranges[i + 1][0] if i + 1 < len(ranges) else block.end
            before_floor = ranges[i - 1][1] if i > 0 else block.start
            speaker, how = _speaker_after(text, end, min(after_limit, end + _WINDOW))
            if how == "none" and speaker is None:
                speaker, how = _speaker_before(text, max(before_floor, start - _WINDOW), start)
            quotation_speaker: tuple[str, int, int] | None = None
            if how == "named":
                # An unnamed speaker ("an aide said") is who a later "he added" means.
                last_named = None
                if speaker is not None:
                    quotation_speaker = (resolver.resolve(text, *speaker), *speaker)
                    last_named = quotation_speaker
            elif how == "pronoun" and last_named is not None:
                if not _someone_else_between(text, last_named, start, all_ranges):
                    quotation_speaker = last_named
            elif (
                how == "none"
                and previous is not None
                and previous.speaker is not None
                and _continues(text, previous, start)
            ):
                quotation_speaker = (
                    previous.speaker,
                    previous.speaker_start or 0,
                    previous.speaker_end or 0,
                )
                how = "continued"
            quotation = Quotation(
                start=start,
                end=end,
                text=text[start + 1 : end - 1],
                sentence=sentence_of(start),
                speaker=quotation_speaker[0] if quotation_speaker else None,
                speaker_start=quotation_speaker[1] if quotation_speaker else None,
                speaker_end=quotation_speaker[2] if quotation_speaker else None,
                how=how if quotation_speaker else "none",
            )
            found.append(quotation)
            previous = quotation
    return found


SpeakerFound = tuple[tuple[int, int] | None, SpeakerHow]


def _speaker_after(text: str, end: int, limit: int) -> SpeakerFound:
    tail = text[end:limit]
    # "…," X said / "…" — X said: the quote ends its clause. "called it "…" and X said" is
    # another clause, whose speaker is not the quote's.
    if text[end - 2] not in _CLAUSE_END and not tail.lstrip(" ").startswith(_CLAUSE_END):
        return None, "none"
    for pattern in (_AFTER_PRONOUN, _AFTER_NAME_VERB, _AFTER_VERB_NAME, _AFTER_ACCORDING):
        match = pattern.match(tail)
        if match is None:
            continue
        if "pron" in pattern.groupindex:
            return None, "pronoun"
        span = _name_span(text, end + match.start("name"), end + match.end("name"))
        return span, "named"  # None: attributed, but not to a name ("said Rubio's deputy")
    if _AFTER_NOMINAL.match(tail):
        return None, "named"  # someone unnamed speaks: do not carry a speaker over
    return None, "none"


def _speaker_before(text: str, floor: int, start: int) -> SpeakerFound:
    window_start = floor
    for match in _SENTENCE_END.finditer(text, floor, start):
        window_start = match.end()  # only the quote's own sentence
    best: SpeakerFound = (None, "none")
    for match in _BEFORE.finditer(text, window_start, start):
        if match.group("pron"):
            best = (None, "pronoun")
            continue
        group = "name" if match.group("name") else "aname"
        span = _name_span(text, match.start(group), match.end(group))
        if span is not None:
            best = (span, "named")
    return best


def _name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name itself, title words ("Defense Secretary") trimmed; None for a possessive."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[0].group().lower().rstrip(".") in NOT_NAME_WORDS:
        words.pop(0)
    if not words or words[-1].group().lower() in NOT_NAME_WORDS:
        return None
    name_start, name_end = start + words[0].start(), start + words[-1].end()
    if _POSSESSIVE_END.search(text, name_start, name_end) or text[name_end : name_end + 1] in APOS:
        return None  # "Rubio's deputy said": someone else speaks
    return name_start, name_end


def _someone_else_between(
    text: str, speaker: tuple[str, int, int], start: int, ranges: list[tuple[int, int]]
) -> bool:
    """Another name between the last named speaker and a "he said": the pronoun may be them."""
    surname = speaker[0].rsplit(" ", 1)[-1]
    window = Block(kind="body", start=speaker[2], end=start)
    lo = bisect_right(ranges, (speaker[2], speaker[2]))
    inside = ranges[max(0, lo - 1) :]
    for name in find_names(text, [window]):
        if any(s <= name.start < e for s, e in inside if s < start):
            continue  # a name inside a quotation is not the speaker
        if name.surname != surname and not similar_surnames(name.surname, surname):
            return True
    return False


def _continues(text: str, previous: Quotation, start: int) -> bool:
    """A quote with no attribution of its own that goes on from the previous quote.

    Either nothing but space stands between them, or only the previous quote's own
    attribution clause, ending the sentence ("…," Hegseth said. "…").
    """
    between = text[previous.end : start]
    if not between.strip(" \t,:;"):
        return True
    ends = list(_SENTENCE_END.finditer(between + " "))
    if len(ends) != 1 or between[ends[0].end() - 1 :].strip():
        return False
    return any(p.match(between) for p in (_AFTER_PRONOUN, _AFTER_NAME_VERB, _AFTER_VERB_NAME))


_POSSESSIVE_END = re.compile(rf"[{APOS}]s?\Z")


def sentence_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The one named speaker of an unquoted sentence ("…, Hegseth said."), if it has one."""
    spans: list[tuple[int, int]] = []
    for match in _BEFORE.finditer(text, start, end):
        if not match.group("pron"):
            group = "name" if match.group("name") else "aname"
            span = _name_span(text, match.start(group), match.end(group))
            if span is not None:
                spans.append(span)
    for match in _VERB_NAME_ANYWHERE.finditer(text, start, end):
        span = _name_span(text, match.start("name"), match.end("name"))
        if span is not None:
            spans.append(span)
    names = {text[s:e] for s, e in spans}
    return min(spans) if len(names) == 1 else None


class SpeakerResolver:
    """Person keys for speaker spans, from the people analysis when it knows the name."""

    def __init__(self, mentions: list[PersonMention]) -> None:
        self._mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self._mentions]

    def resolve(self, text: str, start: int, end: int) -> str:
        name = " ".join(text[start:end].split())
        if " " not in name:
            # A bare surname may be any of several people who share it ("Trump"): the
            # people analysis picks one, so keep the surname and let rules compare by it.
            return name
        i = bisect_right(self._starts, end - 1) - 1
        while i >= 0 and self._starts[i] >= start - 40:
            if self._mentions[i].end > start:
                return self._mentions[i].person
            i -= 1
        return name
