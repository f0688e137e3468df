"""Quotations and their speakers.

Each quoted passage in a body block gets a speaker when the text says who spoke, in the
usual news forms:

- ``"…," Hegseth said`` / ``"…," Defense Secretary Pete Hegseth told reporters``
- ``"…," said Hegseth`` / ``"…", according to Hegseth``
- ``Hegseth said: "…"`` / ``Hegseth told reporters "…"`` / ``Hegseth called it "…"``
- ``"…," he added`` / ``She added: "…"``: a pronoun is the last named speaker when no one
  else has been named since; otherwise the nearest person named in the quote's sentence or
  the two before it whose gender matches (from a title, "Mr"/"Ms"/"Sir"/"Dame"…, or a
  common first name), when no other person who could be meant is named as recently; a
  person of unknown gender only when they are the one person named there.
- a quote standing alone right after another quote in the same paragraph continues it;
  a whole quoted sentence right after an unquoted one that names one speaker ("Briggs said
  the plan was flawed. "…"") is that speaker's, and so is a quote later in the sentence of a
  named one, after "adding that" or "and said".

A quotation read out or quoted by its speaker (``Reading from the letter, she said: "…"``,
``"…," he said, quoting Churchill``) is marked ``read_out``: the words are someone else's.

Curly and straight double quotes are read (the ranges come from ``quoted_ranges``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from factcheck.analysis.lexicon import (
    APOS,
    FULL_NAME,
    HONORIFIC,
    NAME_PARTICLE,
    NAME_WORD,
    NOT_NAME_WORDS,
)
from factcheck.analysis.names import NameMention, find_names, normalise_given, similar_surnames
from factcheck.analysis.sentences import quoted_ranges
from factcheck.segment import Block

if TYPE_CHECKING:
    from factcheck.analysis.mentions import PersonMention

SpeakerHow = Literal["named", "pronoun", "continued", "none"]

SPEECH_VERBS = (
    r"(?:said|says|say|told|tells|added|adds|stated|states|remarked|wrote|writes|noted|notes"
    r"|argued|argues|explained|explains|asked|asks|insisted|insists|warned|warns|announced"
    r"|claimed|claims|declared|declares|continued|recalled|replied|replies|responded|tweeted"
    r"|posted|shared|emphasi[sz]ed|stressed|acknowledged|admitted|conceded|observed|predicted"
    r"|promised|vowed|cautioned|complained|concluded|suggested|indicated|mentioned|articulated"
    r"|asserted|maintained|contended|countered|quipped|joked|pointed out|went on|called|described"
    r"|urged|agreed|repeated|recounted|confirmed|denied|put\s+it|puts\s+it"
    r"|(?:was|is|has\s+been)\s+quoted\s+as\s+saying)"
)
_PRONOUN = r"(?:he|she|they|He|She|They)"
_PRONOUN_WORDS = frozenset({"he", "she", "they"})
# A short appositive between a name and its verb: "Hegseth, the defense secretary, said".
_APPOSITIVE = r"(?:,[^,\"“”\n]{1,80},)?"
# A speaker as written, with the title words before the name that `_name_span` trims:
# "Assistant U.S. Attorney Rachel Ibarra", "Brazilian Foreign Minister Mauro Vieira".
_SPEAKER = rf"{NAME_WORD}(?:[ \u00a0](?:{NAME_PARTICLE}[ \u00a0]){{0,2}}{NAME_WORD}){{0,5}}"
_NAME = rf"(?P<name>{HONORIFIC}?{_SPEAKER})(?:[{APOS}]s?)?"
_NAME_ACCORDING = rf"(?P<aname>{HONORIFIC}?{_SPEAKER})"

# Attribution right after the closing mark.
_AFTER_NAME_VERB = re.compile(
    rf"\A\s*[,—–-]?\s*(?:(?:[a-z][\w-]*|[A-Z][\w'’.-]*)\s+){{0,5}}?{_NAME}{_APPOSITIVE}"
    rf"\s+{SPEECH_VERBS}\b"
)
# "…," said Rubio / said the festival director, Siobhan Keane
_AFTER_VERB_NAME = re.compile(
    rf"\A\s*[,—–-]?\s*{SPEECH_VERBS}\s+(?:[a-z][\w-]*\s+){{0,4}}?(?:[a-z][\w-]*,\s+)?{_NAME}"
)
_AFTER_ACCORDING = re.compile(rf"\A\s*[,—–-]?\s*according\s+to\s+(?:[a-z][\w-]*\s+){{0,4}}?{_NAME}")
_ADVERB_WORDS = r"(?:also|then|later|again|once|earlier|previously|has|had|have|\w+ly)"
_ADVERB = rf"(?:{_ADVERB_WORDS}\s+)?"
# "…," the union's general secretary, Sharon Graham, said.
_AFTER_ROLE_NAME = re.compile(
    rf"\A\s*[,—–-]?\s*(?:the|a|an|his|her|their|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w-]+['’]s)"
    rf"\s+[^\"“”,.;:!?]{{1,60}},\s+{_NAME},\s+"
    rf"(?:{_ADVERB_WORDS}\s+)?{SPEECH_VERBS}\b"
)
_AFTER_PRONOUN = re.compile(rf"\A\s*[,—–-]?\s*(?P<pron>{_PRONOUN})\s+{SPEECH_VERBS}\b")
# Attribution after the quote that names nobody: "the president said", "officials said".
_AFTER_NOMINAL = re.compile(
    rf"\A\s*[,—–-]?\s*(?:(?:the|a|an|one|his|her|their)\s+)?[a-z][\w -]{{0,40}}?\s+"
    rf"{SPEECH_VERBS}\b|\A\s*[,—–-]?\s*{SPEECH_VERBS}\s+(?:the|a|an|one)\b"
)
# Attribution before the opening mark, anywhere earlier in the sentence.
# One word may stand between a speaker and the verb: "X also said", "X later told".
_BEFORE = re.compile(
    rf"(?:{_NAME}{_APPOSITIVE}\s+{_ADVERB}{SPEECH_VERBS}\b"
    # "Whitfield's campaign manager, Lorraine Betts, told reporters:"
    rf"|,\s*(?P<bname>{FULL_NAME})\s*,\s+{_ADVERB}{SPEECH_VERBS}\b"
    rf"|\b[Aa]ccording\s+to\s+(?:[a-z][\w-]*\s+){{0,4}}?{_NAME_ACCORDING}"
    rf"|\b(?P<pron>{_PRONOUN})\s+(?:\w+\s+)?{SPEECH_VERBS}\b)"
)
# "…, said Rubio." closing a sentence: only verbs whose object is not a listener.
_VERB_NAME_ANYWHERE = re.compile(
    rf"[,—–]\s*(?:said|says|added|wrote|writes)\s+{_NAME}(?=\s*(?:[.,;!?]|\Z))"
)
_ADDS = re.compile(
    r"[\s,—–-]*\b(?:he|she|He|She)\s+(?:then\s+|later\s+)?(?:added|continued|went\s+on)\b"
)
# "…," said Moura, a strategist, adding that the bank was "…": the same speaker goes on.
_ADDING = re.compile(
    r"\b(?:adding|and\s+(?:added|said)|before\s+adding|going\s+on\s+to\s+say)\b"
    r"[^.!?\"“”]{0,80}\Z"
)
# "farms near Drumkeel", "Senator Mike Crapo of Idaho": a place.
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|from|to|outside)|\b[A-Z][\w'’-]+\s+of|\b(?:village|town|city|county"
    r"|region|province|district|island|parish|suburb|state|port|valley)\s+of)\s+\Z"
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+")
# The speaker reads out or quotes someone else's words.
_READ_OUT = re.compile(
    r"\b(?:read(?:s|ing)?\s+(?:out\s+|aloud\s+)?(?:from|out|aloud)|quoting|citing"
    r"|recit(?:ed|es|ing)|in\s+the\s+words\s+of)\b",
    re.I,
)
_READ_OUT_AFTER = 160
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
    read_out: bool = False

    @property
    def normalised(self) -> str:
        return normalise_quote(self.text)


def normalise_quote(text: str, *, expand: bool = True) -> str:
    """Lower-case words only: punctuation, quote marks and (with ``expand``) contractions
    ("we're" for "we are") do not make two quotes differ."""
    words = (w.replace("’", "'") for w in _WORD.findall(text.lower()))
    if not expand:
        return " ".join(words)
    return " ".join(_CONTRACTIONS.get(w, w) for w in words)


_CONTRACTIONS: dict[str, str] = {
    "we're": "we are",
    "you're": "you are",
    "they're": "they are",
    "i'm": "i am",
    "it's": "it is",
    "that's": "that is",
    "there's": "there is",
    "he's": "he is",
    "she's": "she is",
    "we've": "we have",
    "i've": "i have",
    "they've": "they have",
    "you've": "you have",
    "we'll": "we will",
    "i'll": "i will",
    "it'll": "it will",
    "they'll": "they will",
    "don't": "do not",
    "doesn't": "does not",
    "didn't": "did not",
    "isn't": "is not",
    "aren't": "are not",
    "wasn't": "was not",
    "weren't": "were not",
    "won't": "will not",
    "can't": "cannot",
    "couldn't": "could not",
    "wouldn't": "would not",
    "shouldn't": "should not",
    "haven't": "have not",
    "hasn't": "has not",
    "let's": "let us",
}


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
    people: _PronounResolver | None = None  # built on the first pronoun that needs it
    floor = 0  # an unnamed speaker ("an aide said") ends what a later "he" may mean
    for block in blocks:
        ranges = [r for r in all_ranges if block.start <= r[0] < block.end]
        previous: Quotation | None = None
        for i, (start, end) in enumerate(ranges):
            after_limit = ranges[i + 1][0] if i + 1 < len(ranges) else block.end
            before_floor = ranges[i - 1][1] if i > 0 else block.start
            speaker, how, pron = _speaker_after(text, end, min(after_limit, end + _WINDOW))
            if how == "none" and speaker is None:
                speaker, how, pron = _speaker_before(
                    text, max(before_floor, start - _WINDOW), start
                )
            quotation_speaker: tuple[str, int, int] | None = None
            if how == "named":
                if speaker is None:
                    # "the judge said": the one judge the article has named before.
                    speaker = _role_speaker(text, block.start, start, end, after_limit)
                # An unnamed speaker ("an aide said") is who a later "he added" means.
                last_named = None
                if speaker is not None:
                    quotation_speaker = (resolver.resolve(text, *speaker), *speaker)
                    last_named = quotation_speaker
                else:
                    floor = end
            elif how == "pronoun":
                if people is None:
                    people = _PronounResolver(text, blocks, all_ranges, sentence_of)
                # "He added:" goes on with the last speaker, whoever else was named since
                # ("Judge Cole said Whitlock had "…". He added: "…"").
                adds = bool(
                    _ADDS.search(text, max(before_floor, start - 30), start)
                    or _ADDS.match(text, end, min(after_limit, end + 30))
                )
                if (
                    last_named is not None
                    and (adds or not _someone_else_between(text, last_named, start, all_ranges))
                    and people.may_be(last_named[1:], pron)
                ):
                    quotation_speaker = last_named
                else:
                    found_span = people.resolve(pron, start, floor)
                    if found_span is not None:
                        quotation_speaker = (resolver.resolve(text, *found_span), *found_span)
                if quotation_speaker is not None:
                    people.spoke(quotation_speaker[1:], start)
            elif (
                how == "none"
                and previous is not None
                and previous.speaker is not None
                and (
                    _continues(text, previous, start)
                    or (
                        previous.sentence == sentence_of(start)
                        and _ADDING.search(text, previous.end, start) is not None
                    )
                )
            ):
                quotation_speaker = (
                    previous.speaker,
                    previous.speaker_start or 0,
                    previous.speaker_end or 0,
                )
                how = "continued"
            elif how == "none" and text[end - 2 : end - 1] in ".?!":
                # "Briggs said the plan was flawed. "We will fight it."": a whole quoted
                # sentence right after one that names its speaker goes on with them.
                span = _speaker_of_sentence_before(text, before_floor, start)
                if span is not None:
                    quotation_speaker = (resolver.resolve(text, *span), *span)
                    how = "named"  # named in the sentence before: no passage goes on here
            quotation = Quotation(
                start=start,
                end=end,
                text=text[start + 1 : end - 1],
                sentence=sentence_of(start),
                speaker=quotation_speaker[0] if quotation_speaker else None,
                speaker_start=quotation_speaker[1] if quotation_speaker else None,
                speaker_end=quotation_speaker[2] if quotation_speaker else None,
                how=how if quotation_speaker else "none",
                read_out=_read_out(text, block, before_floor, start, end, after_limit),
            )
            found.append(quotation)
            previous = quotation
    return found


_ROLES = (
    r"judge|coach|mayor|prosecutor|magistrate|coroner|sheriff|governor|senator|minister"
    r"|headteacher|head teacher|principal|manager|captain|chairman|chairwoman|chief constable"
    r"|commissioner|inspector|detective|superintendent|recorder"
)
_OFFICERS = (
    rf"{_ROLES}|leader|president|secretary|director|chief|executive|spokesman|spokeswoman"
    r"|spokesperson|chair|convener|boss|skipper|head|founder|owner|striker|midfielder"
    r"|defender|goalkeeper|winger|forward|player"
)
# A team or a body before its officer's role and name: "Rovers manager Gary Holloway".
_ROLE_OF = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_OFFICERS})\s+[A-Z]")
# The same words opening a sentence before the name: "Council leader Moira Dunlop said …".
# "South African Finance Minister Enoch Godongwana played down …" too.
_ROLE_LEAD = re.compile(
    rf"(?:\b[A-Z][\w'’-]*\s+){{0,3}}(?:[a-z][\w-]*\s+){{0,2}}(?i:{_OFFICERS})\s+\Z"
)
# "…," said Rovers captain Liam Hargreaves: the name after the team and the role.
_AFTER_VERB_ROLE_NAME = re.compile(
    rf"\A\s*[,—–-]?\s*{SPEECH_VERBS}\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,3}}"
    rf"(?:[a-z][\w-]*\s+){{0,2}}(?:{_OFFICERS})\s+{_NAME}"
)
# "…," the judge said. / "…," said the judge.
_ROLE_AFTER = re.compile(
    rf"\s*[,—–-]?\s*(?:the\s+(?P<r1>{_ROLES})\s+{SPEECH_VERBS}\b|{SPEECH_VERBS}\s+the\s+"
    rf"(?P<r2>{_ROLES})\b(?!\s+(?:of|for|at|who)\b))",
    re.I,
)
# "… the judge said: "…"" in the quote's own sentence.
_ROLE_BEFORE = re.compile(rf"\bthe\s+(?P<r1>{_ROLES})\s+{SPEECH_VERBS}\b[^.!?]{{0,30}}\Z", re.I)


def _role_speaker(
    text: str, floor: int, start: int, end: int, limit: int
) -> tuple[int, int] | None:
    """The person a role names ("the judge said"), when the article has named exactly one
    person with that title before ("Judge Richard Hale", "coach Denise Harlan")."""
    match = _ROLE_AFTER.match(text, end, min(limit, end + 60)) or _ROLE_BEFORE.search(
        text, max(floor, start - 80), start
    )
    if match is None:
        return None
    role = " ".join((match.group("r1") or match.group("r2")).lower().split())
    # Irish and British judges are styled "Ms Justice Fennelly", "Mr Justice Hale".
    titles = rf"{re.escape(role)}|justice" if role == "judge" else re.escape(role)
    titled = re.compile(
        rf"(?i:\b(?:{titles}))\s+(?P<name>(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+)"
    )
    found = {
        m.group("name"): (m.start("name"), m.end("name")) for m in titled.finditer(text, 0, start)
    }
    surnames = {name.split()[-1] for name in found}
    if len(surnames) != 1:
        return None
    return max(found.values())  # the latest mention of that one person


def _read_out(text: str, block: Block, floor: int, start: int, end: int, limit: int) -> bool:
    """The quote's sentence says its words are read out or quoted ("reading from …")."""
    window_start = floor
    for match in _SENTENCE_END.finditer(text, floor, start):
        window_start = match.end()
    if _READ_OUT.search(text, window_start, start):
        return True
    tail_end = min(limit, end + _READ_OUT_AFTER, block.end)
    sentence_end = _SENTENCE_END.search(text, end, tail_end)
    return bool(_READ_OUT.search(text, end, sentence_end.start() if sentence_end else tail_end))


SpeakerFound = tuple[tuple[int, int] | None, SpeakerHow, str]


def _speaker_after(text: str, end: int, limit: int) -> SpeakerFound:
    tail = text[end:limit]
    # "…," X said / "…" — X said: the quote ends its clause. "called it "…" and X said" is
    # another clause, whose speaker is not the quote's.
    if text[end - 2] not in _CLAUSE_END and not tail.lstrip(" ").startswith(_CLAUSE_END):
        return None, "none", ""
    for pattern in (
        _AFTER_PRONOUN,
        _AFTER_NAME_VERB,
        _AFTER_VERB_ROLE_NAME,
        _AFTER_VERB_NAME,
        _AFTER_ACCORDING,
        _AFTER_ROLE_NAME,
    ):
        match = pattern.match(tail)
        if match is None:
            continue
        if "pron" in pattern.groupindex:
            return None, "pronoun", match.group("pron").lower()
        span = _name_span(text, end + match.start("name"), end + match.end("name"))
        return span, "named", ""  # None: attributed, but not to a name ("said Rubio's deputy")
    if _AFTER_NOMINAL.match(tail):
        return None, "named", ""  # someone unnamed speaks: do not carry a speaker over
    return None, "none", ""


def _speaker_before(text: str, floor: int, start: int) -> SpeakerFound:
    window_start = floor
    for match in _SENTENCE_END.finditer(text, floor, start):
        window_start = match.end()  # only the quote's own sentence
    best: SpeakerFound = (None, "none", "")
    for match in _BEFORE.finditer(text, window_start, start):
        pron = match.group("pron") or match.group("name")  # "She added": not a name
        if pron is not None and pron.lower() in _PRONOUN_WORDS:
            best = (None, "pronoun", pron.lower())
            continue
        group = next(g for g in ("name", "bname", "aname") if match.group(g))
        span = _name_span(text, match.start(group), match.end(group))
        if span is not None:
            best = (span, "named", "")
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


def _speaker_of_sentence_before(text: str, floor: int, start: int) -> tuple[int, int] | None:
    """The named speaker of the unquoted sentence just before a quote that opens its own
    sentence, in the same paragraph (``floor``: the paragraph's start or the last quote's
    end)."""
    before = text[floor:start].rstrip()
    if not before or before[-1] not in ".!?":
        return None  # the quote does not open a sentence, or opens the paragraph
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, floor + len(before) - 1)]
    prev_start = ends[-1] if ends else floor
    if text[prev_start:start].count('"') or any(q in text[prev_start:start] for q in "“”"):
        return None
    return sentence_speaker(text, prev_start, floor + len(before))


def sentence_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The one named speaker of an unquoted sentence ("…, Hegseth said."), if it has one."""
    spans: list[tuple[int, int]] = []
    for match in _BEFORE.finditer(text, start, end):
        if not match.group("pron"):
            group = next(g for g in ("name", "bname", "aname") if match.group(g))
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


# --- pronoun speakers -------------------------------------------------------------------

Gender = Literal["m", "f"]


def _words(block: str) -> list[str]:
    return block.split()


_PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "she": "f"}
_TITLE_GENDER: dict[str, Gender] = {
    **dict.fromkeys(
        _words("mr sir lord king prince duke baron earl father brother uncle grandfather"), "m"
    ),
    **dict.fromkeys(
        _words(
            "mrs ms miss dame lady queen princess duchess baroness countess sister aunt madam"
            " grandmother"
        ),
        "f",
    ),
}
_SUBJECT_TITLES = frozenset(
    [
        *_TITLE_GENDER,
        *_words("dr prof professor judge rev cllr councillor sen senator rep gov governor"),
        *_words("mayor coach captain detective"),
    ]
)
# A short lead-in before the subject: "Prosecuting, Priya Nandy said …", "Speaking after the
# meeting, Cllr Fallon …".
_LEAD_IN = re.compile(
    r"(?:[A-Z][a-z]+ing|After|Later|Earlier|Outside|Afterwards)\b[^,.;:\"“”]{0,50},\s*\Z"
)
_PARTICLE_BEFORE = re.compile(rf"(?<![\w-])(?:{NAME_PARTICLE}[ \u00a0]+){{1,2}}\Z")
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]{1,12})\.?[ \u00a0]+\Z")
# Common first names whose gender is not in doubt (names given to both are left out).
_GIVEN_GENDER: dict[str, Gender] = {
    **dict.fromkeys(
        _words("""
aaron adam adrian ahmed alan albert alexander alfred ali alistair andrew angus anthony
antonio arthur barry ben benjamin bernard bill bob boris brian bruce callum calum carl
carlos charles christopher colin craig dan daniel darren david dean declan dennis derek
dmitry don donald douglas duncan edward emmanuel eric ewan fergus francis frank frederick
gareth gary gavin geoffrey george gerald gordon graham gregory hamish harold harry hassan
henry hugh iain ian ivan jack jacob james jason jeffrey jeremy jim joe john jonathan jose
joseph juan keir keith kenneth kevin kwame lee liam luis malcolm marco mark martin matthew
michael mohamed mohammed muhammad neil nicholas nigel oliver omar owen patrick paul pete
peter philip raymond richard rishi robert roger ronald rory ross roy russell ryan samuel
scott sean sergei simon stephen steve steven stuart thomas tim timothy tom tony vladimir
volodymyr walter wayne william yusuf mike dave nick matt andy ron ed ted jeff greg doug
rick larry jerry ken phil rajesh rahul arjun vikram sanjay amit ravi suresh
ramesh anil sunil deepak kwame kofi chinedu emeka sipho thabo jabulani hiroshi takeshi
kenji seamus padraig eamon cormac oisin diarmuid ciaran mateo diego javier miguel pablo
"""),
        "m",
    ),
    **dict.fromkeys(
        _words("""
abigail agnes aisha alice alison amanda amelia amy ana angela angelina ann anna anne
annette barbara beatrice bridget carol caroline catherine charlotte chloe christine claire
clare deborah denise diana diane donna dorothy eilidh eleanor elena elizabeth ellen emily
emma erica esther eva fatima fiona frances gemma georgina grace hannah harriet heather
helen helena ingrid irene isabel isla jacqueline jane janet jennifer jessica joan joanna
joanne josephine judith julia julie karen kate katherine kathleen kathryn katie kirsty
laura lauren linda lisa lorna louise lucy lynn margaret maria marie marion martha mary
megan melania melanie michelle miriam monica nadia nancy natalie nicola olga olivia pamela
patricia paula rachel rebecca rose ruth sally samantha sandra sarah sharon sheila shona
sophie susan tatiana teresa theresa ursula valerie victoria wendy yulia yvonne zoe priya
aoife siobhan niamh saoirse ciara sinead deirdre roisin ananya deepa sunita anjali kavita
meera pooja lakshmi moira ngozi chiamaka thandiwe nomvula lucia carmen sofia isabella
"""),
        "f",
    ),
}


def _without_accents(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


class _Mention:
    __slots__ = ("end", "key", "pos", "start")

    def __init__(self, pos: int, key: tuple[str, str], start: int, end: int) -> None:
        self.pos, self.key, self.start, self.end = pos, key, start, end


class _PronounResolver:
    """Who a "he"/"she" may mean: the people named before it, with their gender if known."""

    def __init__(
        self,
        text: str,
        blocks: list[Block],
        ranges: list[tuple[int, int]],
        sentence_of: Callable[[int], int],
    ) -> None:
        self._text = text
        self._sentence_of = sentence_of
        quote_starts = [s for s, _ in ranges]
        names: list[NameMention] = []
        for name in find_names(text, blocks):
            if name.given is None and (
                _PLACE_BEFORE.search(text, max(0, name.start - 40), name.start)
                or text[name.start - 1 : name.start] == "("
                or name.surname.isupper()
                or _ROLE_OF.match(text, name.end)
            ):
                # "farms near Drumkeel", "(FF)", "Rovers manager Gary Holloway": a place, a
                # party or a team, not a person
                continue
            i = bisect_right(quote_starts, name.start) - 1
            if i < 0 or not ranges[i][0] <= name.start < ranges[i][1]:
                names.append(name)  # a name inside a quotation is not a speaker
        givens: dict[str, set[str]] = {}
        for name in names:
            if name.given is not None:
                givens.setdefault(name.surname, set()).add(normalise_given(name.given))
        genders: dict[tuple[str, str], set[Gender]] = {}
        self._mentions: list[_Mention] = []
        for name in names:
            if name.given is not None:
                given = normalise_given(name.given)
            else:  # a bare surname is the one full name that has it, if there is one
                known = givens.get(name.surname, set())
                given = next(iter(known)) if len(known) == 1 else ""
            key = (name.surname, given)
            evidence = genders.setdefault(key, set())
            plain = _without_accents(given)  # "Siobhán" is "siobhan" in the list
            if plain in _GIVEN_GENDER:
                evidence.add(_GIVEN_GENDER[plain])
            title = _TITLE_BEFORE.search(text, max(0, name.start - 16), name.start)
            if title is not None and title.group(1).lower() in _TITLE_GENDER:
                evidence.add(_TITLE_GENDER[title.group(1).lower()])
            self._mentions.append(_Mention(name.start, key, name.start, name.end))
        self._gender = {key: next(iter(g)) for key, g in genders.items() if len(g) == 1}
        self._names = list(self._mentions)  # the names in the text, without quotes given
        self._name_starts = [m.start for m in self._names]
        self._starts = list(self._name_starts)

    def _at(self, start: int, end: int) -> _Mention | None:
        """The name mention inside a speaker span ("Judge Helen Marsh" -> "Helen Marsh")."""
        i = bisect_right(self._name_starts, end - 1) - 1
        if i >= 0 and self._names[i].end > start:
            return self._names[i]
        return None

    def _possessive(self, mention: _Mention) -> bool:
        return self._text[mention.end : mention.end + 2] in ("'s", "’s")

    def _opens_sentence(self, mention: _Mention) -> bool:
        """The name starts its sentence, an honorific aside ("Mr Cole said …")."""
        pos = mention.pos
        particle = _PARTICLE_BEFORE.search(self._text, max(0, pos - 10), pos)
        if particle is not None:
            pos = particle.start()  # "Ní Bhriain", "van Dijk": the particle opens the name
        title = _TITLE_BEFORE.search(self._text, max(0, pos - 16), pos)
        if title is not None and title.group(1).lower() in _SUBJECT_TITLES:
            pos = title.start(1)
        role = _ROLE_LEAD.search(self._text, max(0, pos - 50), pos)
        if role is not None:
            pos = role.start()
        lead_in = _LEAD_IN.search(self._text, max(0, pos - 60), pos)
        if lead_in is not None:
            pos = lead_in.start()
        return pos < 2 or self._sentence_of(pos - 2) != self._sentence_of(pos)

    def may_be(self, span: tuple[int, ...], pron: str) -> bool:
        """The pronoun may stand for the speaker at ``span``: no gender says otherwise."""
        mention = self._at(span[0], span[1])
        want = _PRONOUN_GENDER.get(pron)
        if mention is None or want is None:
            return True
        return self._gender.get(mention.key, want) == want

    def spoke(self, span: tuple[int, ...], at: int) -> None:
        """A quote at ``at`` was given to the speaker at ``span``: it counts as a mention."""
        mention = self._at(span[0], span[1])
        if mention is not None:
            i = bisect_right(self._starts, at)
            self._mentions.insert(i, _Mention(at, mention.key, mention.start, mention.end))
            self._starts.insert(i, at)

    def resolve(self, pron: str, start: int, floor: int) -> tuple[int, int] | None:
        """The name span a "he"/"she" at ``start`` stands for, when only one person fits."""
        want = _PRONOUN_GENDER.get(pron)
        if want is None:
            return None  # "they" is usually several people
        first_sentence = self._sentence_of(start) - 2
        recent: list[_Mention] = []
        i = bisect_right(self._starts, start - 1) - 1
        while i >= 0:
            mention = self._mentions[i]
            if mention.pos < floor or self._sentence_of(mention.pos) < first_sentence:
                break
            recent.append(mention)  # nearest first
            i -= 1
        fits = [m for m in recent if self._gender.get(m.key, want) == want]
        if not fits:
            return None
        nearest = fits[0]
        here = self._sentence_of(start)
        # The subject of this or the previous sentence: "Foster was asked what she had told
        # them. '…,' she said." A gender that fits decides between two such subjects.
        subjects = [
            m for m in fits if self._sentence_of(m.pos) >= here - 1 and self._opens_sentence(m)
        ]
        if subjects:
            subject = subjects[0]
            subject_sentence = self._sentence_of(subject.pos)
            # A subject whose gender fits is not rivalled by a name of unknown gender in its
            # sentence ("Priya Nandy said Denholm had spent …; "…," she said").
            sure = self._gender.get(subject.key) == want
            rivals = [
                m
                for m in fits
                if m.key != subject.key
                and (
                    # "Okafor and Whitley spoke": anyone else named in the subject's sentence,
                    # but an owner ("Reform's vote") is not a speaker.
                    (
                        self._sentence_of(m.pos) == subject_sentence
                        and not self._possessive(m)
                        and (not sure or self._gender.get(m.key) == want)
                    )
                    or (
                        self._sentence_of(m.pos) > subject_sentence
                        and self._gender.get(m.key) == want
                    )
                )
            ]
            if not rivals:
                return subject.start, subject.end
        if self._gender.get(nearest.key) == want:
            # Another person who may be meant, named as recently: ambiguous. A lone
            # capitalised word of unknown gender ("The Cathaoirleach of Mayo County Council")
            # is no rival to a name whose gender fits.
            sentence = self._sentence_of(nearest.pos)
            if any(
                m.key != nearest.key
                and self._sentence_of(m.pos) >= sentence
                and (m.key[1] or self._gender.get(m.key) == want)
                for m in fits[1:]
            ):
                return None
        elif len({m.key for m in recent}) != 1:
            return None  # gender unknown: only the one person named
        return nearest.start, nearest.end
