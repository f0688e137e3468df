"""Helpers and patterns that several FC4xx rules share."""

from __future__ import annotations

import re

from factcheck.analysis.numbers import (
    NUM,
    QUALIFIERS,
    SCALES,
    NumberMention,
    Qualifier,
    interval,
    parse_number,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CURRENCY = r"(?:US\$|A\$|C\$|NZ\$|HK\$|[$€£¥₹])"
# A figure in a change or share phrase: "40,000", "$1.2bn", "2.7 million", "12%".
_AMOUNT = (
    rf"(?:{_CURRENCY}\s?)?{NUM}(?:(?:bn|mn|m|k)\b)?(?:\s*(?:%|(?i:per\s?cent\b|percent\b))"
    r"|\s+(?:dollars|euros|pounds|yen|rupees)\b)?"
)
_PCT = rf"{NUM}(?:\s*(?:%|(?i:per\s?cent\b|percent\b))|(?=\s+(?:percentage\s+)?points?\b))"
_PCT_TAIL = re.compile(r"(?:%|per\s?cent|percent)$", re.I)
_CURRENCY_TAIL = re.compile(r"\s+(?:dollars|euros|pounds|yen|rupees)$", re.I)
_CURRENCY_HEAD = re.compile(rf"^{_CURRENCY}\s?")
_ABBR_SCALE = re.compile(r"(?<=\d)(bn|mn|m|k)$", re.I)
_PCT_MARK = re.compile(r"%|per\s?cent|percent", re.I)
_YEAR_IN_TEXT = re.compile(r"(?<![\d.,$€£-])(?:1[5-9]\d\d|20\d\d)(?![\d%])")


def _fmt(value: float) -> str:
    """A figure as a reader would write it: 1296000 -> "1.3 million", 0.5 -> "0.5"."""
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(value) >= scale:
            return f"{value / scale:.3g} {word}"
    if abs(value) >= 100 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _amount(raw: str) -> tuple[float, float, bool]:
    """(value, precision, is_percent) of an _AMOUNT match."""
    raw = _CURRENCY_TAIL.sub("", _CURRENCY_HEAD.sub("", raw.strip()))
    is_pct = bool(_PCT_TAIL.search(raw))
    raw = _PCT_TAIL.sub("", raw).strip()
    scale = 1.0
    abbr = _ABBR_SCALE.search(raw)
    if abbr is not None:
        scale = SCALES[abbr.group(1).lower()]
        raw = raw[: abbr.start()]
    value, precision = parse_number(raw)
    return value * scale, precision * scale, is_pct


def _qual(raw: str | None) -> Qualifier | None:
    return QUALIFIERS[" ".join(raw.lower().split())] if raw else None


_POSSESSIVE_END = re.compile(r"['’]s?$")


_IRREGULAR_PLURALS = _words("people children men women staff police personnel cattle sheep")
# Plural nouns that measure time or are not things counted: "65 years", "three times".
_NOT_COUNTED = _words(
    "years months weeks days hours minutes seconds decades centuries times percent points"
    " votes cents pence dollars euros pounds rupees others ones hundreds thousands millions"
    " billions dozens tens terms seasons weekdays weekends"
)
# Words before the noun that name a different or partial group: "300 more workers".
_PART_MODIFIERS = _words("more fewer less extra additional further other new remaining former of")
_THING_STOP_WORDS = _words(
    "a an the of in on at to for from by with over into and or but that which who was were"
    " is are be been will would has have had its their this these those it as than per each"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# Other names for one counted thing, compared as one noun: "a crowd of 18,412" and "an
# attendance of 18,214"; "68,000 homes" and "86,000 properties" that lost power.
_NOUN_GROUPS = {
    **dict.fromkeys(
        _words("crowd attendance gate audience spectators fans supporters"), "spectators"
    ),
    **dict.fromkeys(_words("homes households properties customers premises houses"), "homes"),
    **dict.fromkeys(_words("people residents inhabitants persons"), "people"),
    **dict.fromkeys(_words("jobs posts positions roles"), "jobs"),
    **dict.fromkeys(_words("workers employees staff"), "workers"),
}
_YEAR_LIKE = re.compile(r"1[5-9]\d\d|20\d\d")
_CLAUSE_MARK = re.compile(r"[,;:()—–]")


def _plural(word: str) -> bool:
    if word in _IRREGULAR_PLURALS:
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s", "’s"))
        and word not in _NOT_COUNTED
    )


def _noun_after(text: str, end: int) -> tuple[str, tuple[str, ...], int] | None:
    """The plural noun a figure counts, within three words: "2,400 dock workers" ->
    ("workers", ("dock",), end of "workers")."""
    pos = end
    mods: list[str] = []
    for _ in range(3):
        m = _WORD.match(text, pos + 1) if text[pos : pos + 1] in (" ", "-") else None
        if m is None:
            return None
        word = m.group(0).lower()
        if word in _NOT_COUNTED or word in SCALES:
            return None
        if _plural(word):
            if mods and m.group(0)[0].isupper():
                return None  # "31,482 saw Rovers win": a name after a verb, not the noun
            return word, tuple(mods), m.end()
        if word in _THING_STOP_WORDS:
            return None
        mods.append(word)
        pos = m.end()
    return None


def _round_unit(value: float, precision: float) -> float:
    """How precisely a figure was stated, reading trailing zeros as rounding to at most two
    significant digits: 2,400 -> 100, 62,000 -> 1,000, 412 -> 1."""
    if value <= 0 or value != int(value) or precision > 1:
        return precision
    n = int(value)
    unit = 1
    while n % 10 == 0 and n >= 100:
        n //= 10
        unit *= 10
    cap = 10 ** max(0, len(str(int(value))) - 2)
    return float(max(precision, min(unit, cap)))


def _count_range(m: NumberMention) -> tuple[float, float]:
    """The values a count is consistent with. "About" is read a little tighter than for a
    lone figure: two counts of one thing, each "about" right, should be close."""
    unit = _round_unit(m.value, m.precision)
    if m.qualifier == "about":
        loose = max(unit, 0.03 * m.value)
        return m.value - loose, m.value + loose
    return interval(m.value, unit, m.qualifier)


def _stems_in(words: str, text: str) -> bool:
    """Every content word of ``words`` is in ``text`` (by its first five letters)."""
    lowered = text.lower()
    return all(w[:5] in lowered for w in re.findall(r"[a-z]{4,}", words.lower()))


_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|van|von|da|del|bin|al)){0,3}"
_CANDIDATE_OTHER = re.compile(
    r"\b(?:previous|last\s+time|earlier|first\s+round|second\s+round|round|count(?:ed|ing)"
    r"|recount|early|provisional|interim|partial|wards|districts|precincts|in\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w'’-]+\s+)+(?:ward|district|precinct)"
    r"|in\s+(?:19|20)\d\d|(?:19|20)\d\d|would|could|needed|need|target|predict\w*|poll(?:s|ing)"
    r"|survey\w*|short|behind|another|extra|additional|postal|ago|last|before|once|then)\b",
    re.I,
)
# A change or a comparison that makes a figure something other than a candidate's total:
# read before the figure ("rose to 1,204 votes") or just after it ("1,204 votes, up from").
_CHANGE_BEFORE = re.compile(
    r"\b(?:more|fewer|than|up|down|rose|fell|increase\w*|decrease\w*)\b", re.I
)
_CHANGE_AFTER = re.compile(
    r"(?:\s+votes)?\s*,?\s*(?:up|down|an?\s+(?:increase|decrease|rise|fall|drop|gain)"
    r"|[\d,]+\s+(?:more|fewer|less))\b",
    re.I,
)


def _candidate_figure_other(sentence: str, before: str, after: str) -> bool:
    """Whether a figure in ``sentence`` (``before`` and ``after`` it) is not a candidate's
    total in this contest: another round, ward or year, a forecast, or a change."""
    return bool(
        _CANDIDATE_OTHER.search(sentence)
        or _CHANGE_BEFORE.search(before)
        or _CHANGE_AFTER.match(after)
    )


_NOT_CANDIDATES = _words(
    "The A An He She They It His Her Their Its This That In On At By But And When After Yes No"
    " Labour Conservatives Tories Democrats Republicans Greens"
)


def _slip_of(a: float, b: float) -> bool:
    """Whether one whole figure reads as a slip of the other: two digits swapped (572 and
    527, 18,412 and 18,214) or one digit changed by less than a quarter of the figure (1,250
    and 1,350, not 150 and 350). Two stated values of one quantity that differ so are a typo
    far more often than two quantities that happen to."""
    if a != int(a) or b != int(b) or a == b:
        return False
    x, y = str(int(a)), str(int(b))
    if len(x) != len(y):
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    if len(diff) == 1:
        return abs(a - b) <= 0.25 * max(a, b)
    return len(diff) == 2 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def _close_slip(a: float, b: float) -> bool:
    """A stricter `_slip_of`, for figures with less else to tie them: two side-by-side
    digits, neither a zero, swapped (2,750 and 2,570; 68,000 and 86,000), or one digit
    changed in a figure of four or more significant digits (11,890 and 12,890). "150" and
    "105", or "1,250" and "1,350", differ so by chance too often."""
    if a != int(a) or b != int(b) or a == b or min(a, b) < 100:
        return False
    x, y = str(int(a)), str(int(b))
    if len(x) != len(y):
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    if len(diff) == 1:
        return len(x.rstrip("0")) >= 4
    return _adjacent_swap(x, y)


def _adjacent_swap(x: str, y: str) -> bool:
    """ "7738" and "7378": two side-by-side digits, neither a zero, swapped."""
    if len(x) != len(y):
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and x[diff[0]] == y[diff[1]]
        and x[diff[1]] == y[diff[0]]
        and "0" not in (x[diff[0]], x[diff[1]])
    )


# "its first state title since 1998", "its highest level since records began in 1958": a
# record, whose year says since when it stands, not when the figure beside it was counted.
_RECORD_SINCE = re.compile(
    r"\b(?:first|biggest|largest|highest|lowest|worst|best|most|fewest|longest|shortest"
    r"|heaviest|wettest|driest|hottest|coldest|strongest|weakest|deepest)\b[^.;:,\d]{0,40}?"
    r"\bsince\s+(?:[a-z]+\s+){0,3}?(?:(?:early|late|mid)[-\s])?(?:1[5-9]\d\d|20\d\d)\b",
    re.I,
)


def _governs_other(text: str, word_end: int, figure_start: int, figures: list[int]) -> bool:
    """Whether a word ending at ``word_end`` (an "estimated", a "capacity") is about another
    figure: the next figure after it, in its clause and a few words on, is not the one at
    ``figure_start``. "The 8,214 fans included what the principal estimated to be 1,500
    students" estimates the students; "the 8,214 fans, organisers estimated, included 1,500
    students" the fans."""
    following = [f for f in figures if f >= word_end]
    if not following or min(following) == figure_start:
        return False
    nearest = min(following)
    return nearest - word_end <= 60 and not _CLAUSE_MARK.search(text, word_end, nearest)
