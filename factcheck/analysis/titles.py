"""Office titles and the names they attach to.

Forms found: before the name ("Defense Secretary Pete Hegseth"), in apposition ("Scott
Bessent, Trump's former Treasury Secretary,"; "the Treasury Secretary, Scott Bessent,"), as
a predicate ("Rubio, who served as senator"), and possessive without a name ("Trump's
defense secretary"). Modifiers: former, ex-, then-, acting, incoming, -elect, -designate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factcheck.analysis.lexicon import (
    APOS,
    FULL_NAME,
    JURISDICTIONS,
    MODIFIER_STATUS,
    MULTIWORD_QUALIFIERS,
    NOT_NAME_WORDS,
    OF_COMPLEMENTS,
    OFFICE_HEADS,
    QUALIFIERS,
    UPPER,
    alternation,
)
from factcheck.segment import Block

_HEAD = re.compile(rf"(?<![\w])(?:{alternation(OFFICE_HEADS)})(?![\w])", re.I)
_SUFFIX = re.compile(r"-(elect|designate)\b", re.I)
_OF = re.compile(
    rf"\s+(?:of|for)\s+((?:{alternation(OF_COMPLEMENTS)}|{alternation(list(JURISDICTIONS))}"
    rf"|the (?:united states|european commission|european council|united nations)))(?![\w])",
    re.I,
)
_NAME_AFTER = re.compile(rf"[ \u00a0]+({FULL_NAME})")
_NAME_BEFORE_APPOSITION = re.compile(rf"({FULL_NAME})\s*,\s*$")
_NAME_BEFORE_PREDICATE = re.compile(
    rf"({FULL_NAME})(?:\s*,\s*who|\s+)\s*(is|was|has been|had been|served as|serves as"
    r"|became|remains|was named|was appointed|is now)\s+$"
)
_NAME_AFTER_APPOSITION = re.compile(rf"\s*,\s*({FULL_NAME})\s*[,.;]")
_ACRONYM = re.compile(r"^(?:[A-Z]{2,5}|(?:[A-Z]\.){2,3})$")
_POSSESSIVE = re.compile(rf"^(.+)[{APOS}]s?$")
_POSSESSIVE_END = re.compile(rf"[{APOS}]s?$")
_HONORIFIC = re.compile(
    r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd|Fr)\.?[ \u00a0]+"
    rf"(?=[{UPPER}])"
)
_PAST_PREDICATES = {"served as": "former", "had been": "former"}


@dataclass(frozen=True)
class RawTitle:
    start: int
    end: int
    office: str
    jurisdiction: str | None
    status: str
    modifier: str | None
    form: str
    possessor: str | None
    name: str | None
    name_start: int | None
    name_end: int | None


def find_titles(text: str, blocks: Iterable[Block]) -> Iterator[RawTitle]:
    for block in blocks:
        for head in _HEAD.finditer(text, block.start, block.end):
            title = _read_title(text, block, head)
            if title is not None:
                yield title


def _read_title(text: str, block: Block, head: re.Match[str]) -> RawTitle | None:
    head_word = " ".join(head.group().lower().replace("-", " ").split())
    if head_word == "vice president" and "-" in head.group():
        head_word = "vice president"
    start, end = head.start(), head.end()
    status, modifier = "current", None

    # Right side: "-elect", then "of the Treasury".
    suffix = _SUFFIX.match(text, end, block.end)
    if suffix:
        end = suffix.end()
        modifier = suffix.group(1).lower()
        status = MODIFIER_STATUS[modifier]
    complement = None
    of = _OF.match(text, end, block.end)
    if of:
        complement = " ".join(of.group(1).lower().split())
        end = of.end()

    # Left side: qualifiers, jurisdiction and modifier words, then a possessive or article.
    qualifiers: list[str] = []
    jurisdiction: str | None = None
    possessor: str | None = None
    pos = start
    unknown = 0
    if start > block.start and text[start - 1] == "-":
        prefix = text[_word_start(text, start - 1, block.start) : start - 1].lower()
        if prefix in MODIFIER_STATUS:
            modifier, status = prefix, MODIFIER_STATUS[prefix]
            pos = start - 1 - len(prefix)
    for _ in range(7):
        found = _previous_word(text, pos, block.start)
        if found is None:
            break
        wstart, word = found
        lower = word.lower()
        two = _previous_word(text, wstart, block.start)
        pair = f"{two[1].lower()} {lower}" if two else ""
        if pair in MULTIWORD_QUALIFIERS or pair in JURISDICTIONS:
            if pair in JURISDICTIONS:
                jurisdiction = JURISDICTIONS[pair]
            else:
                qualifiers.insert(0, pair)
            pos = two[0]  # type: ignore[index]
            continue
        if "-" in lower and lower.split("-", 1)[0] in MODIFIER_STATUS:
            pre, rest = lower.split("-", 1)
            modifier, status = pre, MODIFIER_STATUS[pre]
            if rest in JURISDICTIONS:
                jurisdiction = JURISDICTIONS[rest]
            elif rest:
                qualifiers.insert(0, rest)
            pos = wstart
            continue
        if lower in MODIFIER_STATUS and modifier is None:
            modifier, status = lower, MODIFIER_STATUS[lower]
            pos = wstart
            continue
        if (
            lower in ("and", "&")
            and qualifiers
            and two is not None
            and two[1][:1].isupper()
            and text[pos : pos + 1].isupper()
        ):
            # "Health and Human Services Secretary": one department's name.
            qualifiers[:0] = [two[1].lower(), "and"]
            pos = two[0]
            continue
        if lower in JURISDICTIONS and (word[0].isupper() or lower in ("u.s.", "uk")):
            jurisdiction = JURISDICTIONS[lower]
            pos = wstart
            continue
        if lower in QUALIFIERS or _ACRONYM.match(word):
            qualifiers.insert(0, lower)
            pos = wstart
            continue
        possessive = _POSSESSIVE.match(word)
        if possessive and word[-1] in f"s{APOS}" and word[-2:] != "ss":
            owner = possessive.group(1)
            if owner.lower() in JURISDICTIONS:
                jurisdiction = JURISDICTIONS[owner.lower()]
            elif owner[:1].isupper():
                possessor = owner
            pos = _owner_phrase_start(text, wstart, block.start)
        elif lower in _DETERMINERS:
            pos = wstart
        elif unknown < _MAX_UNKNOWN_QUALIFIERS and _plausible_qualifier(
            text, word, wstart, block.start, head.group()[0].isupper()
        ):
            # "medical director", "Chief Financial Officer": a narrower office.
            unknown += 1
            qualifiers.insert(0, lower)
            pos = wstart
            continue
        break

    office = _canonical_office(head_word, qualifiers, complement)
    if complement in JURISDICTIONS:
        jurisdiction = JURISDICTIONS[complement]
    title_start = _first_core_word(text, pos, start)

    name, name_start, name_end, form = None, None, None, "bare"
    before = text[block.start : pos]
    after = _name_at(_NAME_AFTER.match(text, end, block.end))
    appo = _name_at(_NAME_BEFORE_APPOSITION.search(before), block.start)
    pred_match = _NAME_BEFORE_PREDICATE.search(before)
    pred = _name_at(pred_match, block.start)
    if after:
        (name, name_start), form = after, "prenominal"
    elif appo and _ends_appositive(text, end, block.end):
        (name, name_start), form = appo, "appositive"
    elif pred and pred_match:
        (name, name_start), form = pred, "predicate"
        verb = " ".join(pred_match.group(2).split())
        if modifier is None and verb in _PAST_PREDICATES:
            status = _PAST_PREDICATES[verb]
        elif modifier is None and verb in ("was", "had been"):
            status = "unknown"
    elif pos < start and (rev := _name_at(_NAME_AFTER_APPOSITION.match(text, end, block.end))):
        (name, name_start), form = rev, "appositive"
    if name is not None and name_start is not None:
        name_end = name_start + len(name)
    elif possessor is not None:
        form = "possessive"
    return RawTitle(
        start=title_start,
        end=end,
        office=office,
        jurisdiction=jurisdiction,
        status=status,
        modifier=modifier,
        form=form,
        possessor=possessor,
        name=name,
        name_start=name_start,
        name_end=name_end,
    )


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "your"})
_MAX_UNKNOWN_QUALIFIERS = 2
# Words that stand before an office without narrowing it: verbs, function words, adverbs.
_NOT_QUALIFIERS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "met",
        "meets",
        "asked",
        "thanked",
        "named",
        "appointed",
        "elected",
        "became",
        "become",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "has",
        "had",
        "have",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "who",
        "whom",
        "which",
        "that",
        "this",
        "these",
        "those",
        "when",
        "while",
        "after",
        "before",
        "since",
        "until",
        "with",
        "without",
        "and",
        "or",
        "but",
        "nor",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "onto",
        "to",
        "than",
        "then",
        "also",
        "only",
        "just",
        "now",
        "not",
        "new",
        "first",
        "last",
        "next",
        "other",
        "another",
        "every",
        "each",
        "both",
        "all",
        "some",
        "any",
        "many",
        "most",
        "more",
        "less",
        "such",
        "then-former",
        "longtime",
        "long-serving",
        "veteran",
        "popular",
        "embattled",
        "beleaguered",
        "controversial",
        "interim",
        "acting",
    ]
)


def _plausible_qualifier(
    text: str, word: str, wstart: int, block_start: int, head_capitalised: bool
) -> bool:
    """An unlisted word that may narrow the office: a noun or adjective, cased like the head."""
    lower = word.lower()
    if not word.isalpha() or lower in _NOT_QUALIFIERS or lower in NOT_NAME_WORDS - QUALIFIERS:
        return False
    if lower.endswith(("ed", "ing", "ly")):
        return False  # "praised director X", "acting", "formerly": not part of the office
    if word[0].isupper():
        # Title case belongs to a capitalised office ("Chief Financial Officer"), or opens
        # the sentence ("Chief financial officer Sarah Lindqvist").
        return head_capitalised or _opens_sentence(text, wstart, block_start)
    return not head_capitalised


def _opens_sentence(text: str, offset: int, block_start: int) -> bool:
    i = offset - 1
    while i >= block_start and text[i] in " \t\u00a0\n":
        i -= 1
    return i < block_start or text[i] in '.!?:;"“”'


def _owner_phrase_start(text: str, owner_start: int, block_start: int) -> int:
    """Include "the health board's" whole: up to three words back to a determiner."""
    pos = owner_start
    for _ in range(3):
        found = _previous_word(text, pos, block_start)
        if found is None:
            return owner_start
        if found[1].lower() in _DETERMINERS:
            return found[0]
        if not found[1].isalpha():
            return owner_start
        pos = found[0]
    return owner_start


def _first_core_word(text: str, pos: int, head_start: int) -> int:
    """The title span starts after any article or possessive ("the health board's")."""
    start = pos
    for match in re.finditer(r"\S+", text[pos:head_start]):
        word = match.group().lower()
        if word in _DETERMINERS or word.endswith(("'s", "’s", "'", "’")):
            start = pos + match.end()
    while start < head_start and text[start].isspace():
        start += 1
    return start


def _word_start(text: str, end: int, lo: int) -> int:
    pos = end
    while pos > lo and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _previous_word(text: str, pos: int, lo: int) -> tuple[int, str] | None:
    """The whitespace-separated word ending just before ``pos``; None at punctuation."""
    end = pos
    while end > lo and text[end - 1] in " \u00a0\t\n":
        end -= 1
    if end == pos and pos != lo and not text[pos - 1].isspace():
        return None
    start = _word_start(text, end, lo)
    word = text[start:end]
    if (
        not word
        or word[-1] in ',;:()[]"“”'
        or (word.endswith((".", "!", "?")) and not _ACRONYM.match(word))
    ):
        return None
    return start, word


def _ends_appositive(text: str, end: int, limit: int) -> bool:
    rest = text[end:limit]
    return (
        not rest
        or rest[0] in ",.;:)—–"
        or re.match(r"\s+(?:who|and|since|until|from|at|in|on|for|said|says|told)\b", rest)
        is not None
        # "Sabine Kröger, the chief executive of Achsenwerk, …": the body the office is of.
        or re.match(
            r"\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}\s*[,.;:)—–]", rest
        )
        is not None
    )


def _name_at(match: re.Match[str] | None, base: int = 0) -> tuple[str, int] | None:
    """The cleaned name in group 1 of a match, and its offset (``base`` for a sliced text)."""
    if match is None:
        return None
    cleaned = _clean_name(match.group(1))
    if cleaned is None:
        return None
    name, lead = cleaned
    return name, base + match.start(1) + lead


def _clean_name(raw: str) -> tuple[str, int] | None:
    """The name without honorifics, trailing non-name words or a possessive, and its offset."""
    raw = _POSSESSIVE_END.sub("", raw)  # "Helen Marsh's summing-up"
    lead = 0
    honorific = _HONORIFIC.match(raw)
    if honorific:
        lead = honorific.end()
        raw = raw[lead:]
    words = raw.replace("\u00a0", " ").split(" ")
    while words and words[-1].lower().rstrip(".") in NOT_NAME_WORDS:
        words.pop()
    if not words or not words[0] or words[0].lower().rstrip(".") in NOT_NAME_WORDS:
        return None
    name = " ".join(words)
    if not raw.replace("\u00a0", " ").startswith(name):
        return None
    return raw[: len(name)], lead


def _canonical_office(head: str, qualifiers: list[str], complement: str | None) -> str:
    quals = [q.replace("defence", "defense").replace("labour", "labor") for q in qualifiers]
    quals = [q.replace(".", "").lower() for q in quals]
    if head == "advisor":
        head = "adviser"
    if head in ("chairman", "chairwoman", "chairperson"):
        head = "chair"
    if head in ("spokesman", "spokeswoman"):
        head = "spokesperson"
    if head == "premier":
        head = "prime minister"
    if complement and complement not in JURISDICTIONS and not complement.startswith("the united"):
        comp = complement.removeprefix("the ").replace("defence", "defense")
        if head == "secretary" and comp == "state":
            return "secretary of state"
        if head == "secretary" and comp == "war":
            comp = "defense"
        if head == "chief of staff" or comp == "staff":
            return "chief of staff"
        if head == "minister" and comp == "foreign affairs":
            comp = "foreign"
        if head == "chancellor" and comp == "exchequer":
            return "chancellor of the exchequer"
        if head == "director" and comp in ("cia", "fbi"):
            return f"{comp} director"
        return f"{comp} {head}"
    if head == "secretary" and quals and quals[-1] == "war":
        quals[-1] = "defense"
    if head == "secretary" and quals == ["state"]:
        return "secretary of state"
    return " ".join([*quals, head])
