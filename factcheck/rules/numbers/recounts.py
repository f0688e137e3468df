"""A count restated in a form of its own: part of FC407.

Three ways a reporter points back at a count already given, each read against the one
earlier value it can mean:

- a player's tally under a possessive: "Marcus Ellery scoring 31 points" … "Ellery's 29
  points were too much for us";
- the whole of a possessive part: "went into the ceremony with 11 nominations" … "four of
  its 12 nominations";
- the same event said with the same participle: "238 homes inundated above floor level" …
  "With more than 320 homes inundated, the council …".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from factcheck.analysis.numbers import NUM, QUAL, interval, parse_number
from factcheck.rules.numbers._common import _CLAUSE_MARK, _qual, _round_unit, _words
from factcheck.rules.registry import Hit, RuleContext

_FIG = rf"(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})"
_Span = tuple[int, int]


def _range(raw: str, q: str | None) -> tuple[float, float]:
    """The values a figure allows, rounding ("2,400" to the hundred) and hedge read in."""
    value, precision = parse_number(raw)
    return interval(value, _round_unit(value, precision), _qual(q))


def _agree(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two ranges share a value: 11 and 12 (each to the unit) only touch."""
    return (a[0] < b[1] and b[0] < a[1]) or a == b


def _sentence_span(ctx: RuleContext, pos: int) -> _Span | None:
    sentences = ctx.analysis.sentences
    i = bisect_right(sentences, pos, key=lambda s: s.start) - 1
    if i < 0 or pos >= sentences[i].end:
        return None
    return sentences[i].start, sentences[i].end


def _ending(
    pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, reach: int
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` (which ends in "$") that end where ``anchor`` does, found
    from the anchor's cheap hits rather than by scanning the text for a figure."""
    for a in anchor.finditer(text):
        m = pattern.search(text, max(0, a.start() - reach), a.end())
        if m is not None:
            yield m


def _close(a: float, b: float, ratio: float) -> bool:
    return min(a, b) > 0 and max(a, b) <= ratio * min(a, b)


# --- a player's tally under a possessive ---------------------------------------------------

# Tallies of one game: a season's or a career's goals are told apart by the words around.
_STAT = (
    r"points|goals|rebounds|assists|runs|wickets|tries|saves|touchdowns|yards|strikeouts"
    r"|aces|birdies|steals|tackles|blocks"
)
_STAT_GATE = ("points", "goals", "rebounds", "assists", "runs", "wickets", "tries", "saves")
_STAT_GATE += ("touchdowns", "yards", "strikeouts", "aces", "birdies", "steals", "tackles")
_STAT_GATE += ("blocks",)
# "Ellery's 29 points", "the Mariners' 84 points".
_POSSESSED = re.compile(
    rf"(?<![\w'’-])(?P<name>[A-Z][\w-]*[a-z])(?:['’]s|(?<=s)['’])\s+{_FIG}\s+(?P<noun>{_STAT})\b"
)
_POSSESSED_END = re.compile(_POSSESSED.pattern + "$")
_STAT_WORD = re.compile(rf"\b(?:{_STAT})\b")
_STAT_FIG = re.compile(rf"(?<![\w,.$€£¥₹-]){_FIG}\s+(?P<noun>{_STAT})\b")
_CAP_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w-]*[a-z](?=(?:['’]s?)?(?![\w'’-]))")
# "31 points from Ellery", "a career-high 31 points for Ellery".
_FROM_NAME = re.compile(r"\s+(?:from|for|by)\s+(?:[A-Z][\w'’-]*\s+)?(?P<name>[A-Z][\w-]*[a-z])\b")
# What makes a tally another game's, a season's or a rate: read around each figure.
_OTHER_GAME = re.compile(
    r"\b(?:season|seasons|career|average\w*|averag|per|each|every|semi-?finals?"
    r"|quarter-?finals?|previous|earlier|last|first\s+leg|second\s+leg|series|record|all-time"
    r"|total|totals|combined|since|tournament|campaign|league|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d|ago|half|quarter|period|innings)\b",
    re.I,
)
# "the finest performance of his career": a record, not another moment.
_CAREER_BEST = re.compile(
    r"\b(?:best|finest|greatest|biggest|highest|most)\b[^.;,\d]{0,40}?\bof\s+(?:his|her|their)"
    r"\s+(?:career|life|season)\b|\bcareer[-\s](?:high|best)\b|\bseason[-\s](?:high|best)\b",
    re.I,
)
# After a possessive tally: a verb or a stop, not "in the semi-final" or "a game".
_POSSESSED_TAIL = re.compile(
    r"\s+(?:a|an|per|each|every|in|on|at|against|over|during|this|last|that|across|from|for"
    r"|of|since|off|so|this|through|to\s+date)\b",
    re.I,
)
_NOT_NAMES = _words(
    "The A An It Its This That These Those He She They His Her Their We Our I In On At With"
    " After Before When While But And As For From By Of To Monday Tuesday Wednesday Thursday"
    " Friday Saturday Sunday January February March April May June July August September"
    " October November December Sunday's Saturday's"
)


def _linked_name(ctx: RuleContext, m: re.Match[str]) -> str | None:
    """The name a tally is of: the nearest name before it in its sentence, within a few
    words ("Marcus Ellery scoring 31 points", "Jankauskas, who finished with 22 points"), or
    one right after it ("31 points from Ellery")."""
    text = ctx.article.text
    after = _FROM_NAME.match(text, m.end("noun"))
    if after is not None and after.group("name") not in _NOT_NAMES:
        return after.group("name")
    span = _sentence_span(ctx, m.start("n"))
    if span is None:
        return None
    floor = max(span[0], m.start() - 90)
    names = [w for w in _CAP_WORD.finditer(text, floor, m.start()) if w.group(0) not in _NOT_NAMES]
    if not names:
        return None
    between = text[names[-1].end() : m.start()]
    if any(c.isdigit() for c in between) or ";" in between:
        return None
    return names[-1].group(0)


def _stat_context(ctx: RuleContext, start: int, end: int) -> str:
    """The words that may make a tally another game's: its clause, read from its sentence's
    start when it opens a sentence, with a career best taken out."""
    span = _sentence_span(ctx, start)
    if span is None:
        return ""
    text = ctx.article.text
    marks = [x.end() for x in _CLAUSE_MARK.finditer(text, span[0], start)]
    stop = _CLAUSE_MARK.search(text, end, span[1])
    lo = marks[-1] if marks else span[0]
    return _CAREER_BEST.sub(" ", text[lo : stop.start() if stop else span[1]])


def _possessive_tallies(ctx: RuleContext) -> Iterator[tuple[_Span, _Span, str]]:
    text = ctx.article.text
    if not any(w in text for w in _STAT_GATE) or ("'s " not in text and "’s " not in text):
        return
    # (name, noun) -> [(start, end, range, possessive)]
    links: dict[tuple[str, str], list[tuple[int, int, tuple[float, float], bool]]] = {}
    possessive_at = set()
    for m in _ending(_POSSESSED_END, _STAT_WORD, text, 60):
        if m.group("name") in _NOT_NAMES or _POSSESSED_TAIL.match(text, m.end()):
            continue
        if _OTHER_GAME.search(_stat_context(ctx, m.start("n"), m.end())):
            continue
        possessive_at.add(m.start("n"))
        key = (m.group("name"), m.group("noun"))
        links.setdefault(key, []).append(
            (m.start("n"), m.end("n"), _range(m.group("n"), m.group("q")), True)
        )
    if not possessive_at:
        return
    for m in _STAT_FIG.finditer(text):
        if m.start("n") in possessive_at:
            continue
        name = _linked_name(ctx, m)
        if name is None:
            continue
        key = (name, m.group("noun"))
        if key not in links:
            continue
        if _OTHER_GAME.search(_stat_context(ctx, m.start("n"), m.end())):
            links[key].append((-1, -1, (0.0, 0.0), False))  # another game's: not one value
            continue
        links[key].append((m.start("n"), m.end("n"), _range(m.group("n"), m.group("q")), False))
    for (name, noun), found in links.items():
        if any(start < 0 for start, *_ in found):
            continue
        found.sort()
        for b in found:
            if not b[3]:
                continue
            others = [a for a in found if a is not b]
            if not others or any(_agree(a[2], b[2]) for a in others):
                continue
            values = {parse_number(text[a[0] : a[1]])[0] for a in others}
            b_value = parse_number(text[b[0] : b[1]])[0]
            if len(values) != 1 or not _close(values.pop(), b_value, 1.6):
                continue  # several tallies of the player's (several games), or far apart
            yield (others[0][0], others[0][1]), (b[0], b[1]), f"{name}'s {noun}"
            break


# --- the whole of a possessive part ----------------------------------------------------------

# "four of its 12 nominations", "two of the club's 14 games".
_POSSESSIVE_PART = re.compile(
    rf"(?<![\w,.])(?P<part>{NUM})\s+of\s+(?P<det>its|their|his|her"
    r"|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:['’]s|(?<=s)['’]))"
    rf"\s+{_FIG}\s+(?P<noun>[a-z]{{3,}}s)\b"
)
# Where to look for one: "of" and an owner, then the part figure before it.
_OWNER_OF = re.compile(r"of\s+(?:its|their|his|her|the\s+[A-Z]|[A-Z])")
_PART_END = re.compile(rf"(?<![\w,.]){NUM}\s+$")
# Before a count that is itself a part, another group's, or more of the same.
_PART_BEFORE = re.compile(
    r"(?:\bof\s+(?:[\w'’-]+\s+){0,3}|\b(?:another|other|further|more|extra|additional|remaining"
    r"|its|their|his|her|those|these|the)\s+)$",
    re.I,
)
_OPENING_NAME = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?:['’]s?)?(?=[\s,])"
)
_TIME_WORDS = re.compile(
    r"\b(?:(?:19|20)\d\d|last|previous|next|earlier|ago|once|former\w*|season|year)\b", re.I
)


def _opening_name(ctx: RuleContext, start: int) -> str | None:
    """The name a sentence opens with ("The Salt Road's haul …" -> "Salt Road"), if any."""
    m = _OPENING_NAME.match(ctx.article.text, start)
    if m is None or m.group("name").split()[0] in _NOT_NAMES:
        return None
    return m.group("name")


def _possessive_parts(
    ctx: RuleContext, uses: dict[float, int]
) -> Iterator[tuple[_Span, _Span, str]]:
    text = ctx.article.text
    if " of " not in text:
        return
    for owner in _OWNER_OF.finditer(text):
        before = _PART_END.search(text, max(0, owner.start() - 30), owner.start())
        b = _POSSESSIVE_PART.match(text, before.start()) if before else None
        if b is None:
            continue
        noun = b.group("noun")
        part, _ = parse_number(b.group("part"))
        b_value, _ = parse_number(b.group("n"))
        if part > b_value or uses.get(b_value, 0) > 1:
            continue
        b_span = _sentence_span(ctx, b.start())
        if b_span is None or _TIME_WORDS.search(text, b_span[0], b.end()):
            continue
        others = []
        plain = True
        for a in re.finditer(rf"(?<![\w,.$€£¥₹-]){_FIG}\s+(?:(?P<mod>[\w-]+)\s+)?{noun}\b", text):
            if a.start("n") in (b.start("n"), b.start("part")):
                continue
            if a.group("mod"):
                plain = False  # "11 acting nominations": groups of their own
                break
            if _PART_BEFORE.search(text, max(0, a.start() - 40), a.start()):
                plain = False  # another's part, or more of them
                break
            others.append(a)
        if not plain or not others:
            continue
        values = {parse_number(a.group("n"))[0] for a in others}
        if len(values) != 1:
            continue
        a = others[0]
        a_value = values.pop()
        if _agree(_range(a.group("n"), a.group("q")), _range(b.group("n"), b.group("q"))):
            continue
        if not _close(a_value, b_value, 1.5) or part > a_value:
            continue
        a_span = _sentence_span(ctx, a.start("n"))
        if a_span is None or a_span == b_span:
            continue
        clause_end = _CLAUSE_MARK.search(text, a.end(), a_span[1])
        if _TIME_WORDS.search(text, a_span[0], clause_end.start() if clause_end else a_span[1]):
            continue
        # Whose count it is: a sentence opening with another name counts another's.
        names = [_opening_name(ctx, s[0]) for s in (a_span, b_span)]
        if names[1] is None and b.group("det")[0].isupper():
            names[1] = b.group("det").removeprefix("the ").rstrip("'’s")
        if names[0] and names[1] and names[0] != names[1]:
            continue
        if names[1] and not names[0]:
            lede = ctx.analysis.sentences[:3]
            if not lede or names[1] not in text[lede[0].start : lede[-1].end]:
                continue  # the whole is of the article's subject only if the lede names it
        yield (a.start("n"), a.end("n")), (b.start("n"), b.end("n")), noun


# --- the same event, the same participle -----------------------------------------------------

_PARTICIPLES = (
    r"inundated|flooded|destroyed|damaged|evacuated|burned|burnt|gutted|flattened|razed"
    r"|demolished|condemned|cut\s+off|stranded|displaced"
)
_PARTICIPLE_GATE = ("inundated", "flooded", "destroyed", "damaged", "evacuated", "burn", "gutted")
_PARTICIPLE_GATE += ("flattened", "razed", "demolished", "condemned", "cut off", "stranded")
_PARTICIPLE_GATE += ("displaced",)
_EVENT_COUNT = re.compile(
    rf"(?<![\w,.$€£¥₹-]){_FIG}\s+(?P<noun>homes|houses|properties|buildings|households"
    rf"|residents|people|families|businesses|vehicles|cars)\s+(?:(?:were|was|had\s+been"
    rf"|have\s+been|being)\s+)?(?P<p>{_PARTICIPLES})\b"
)
_EVENT_COUNT_END = re.compile(_EVENT_COUNT.pattern + "$")
_PARTICIPLE_WORD = re.compile(rf"\b(?:{_PARTICIPLES})\b")
# Words that make a count a part, another moment or a change.
_EVENT_OTHER = re.compile(
    r"\b(?:another|other|further|more(?!\s+than)|additional|extra|remaining|of\s+(?:them|whom"
    r"|the|those|these)|among|including|alone|rose|risen|rising|climbed|increas\w*|grew"
    r"|revised|updated|latest|now|since|initial\w*|original\w*|first|later|final|last|previous"
    r"|ago|earlier|each|per|partly|partially|fully|totally|completely|severely|badly"
    r"|slightly|seriously|expected|could|would|may|might|estimat\w*|feared)\b",
    re.I,
)
_EVENT_MOVED = re.compile(
    r"\b(?:rose|risen|rising|climbed|increas\w*|grew|grown|revised|updated|latest|now|since"
    r"|so\s+far|by\s+then|to\s+date|total|in\s+all|altogether)\b",
    re.I,
)
_DAY = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:19|20)\d\d\b|\b(?:last|next|this)\s+"
    r"(?:year|month|week)\b"
)
_PLACE_WORD = re.compile(
    r"\b(?:in|across|throughout|near|outside|at)\s+(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)


def _event_context(ctx: RuleContext, start: int, end: int) -> str:
    """A count's clause up to its participle, read from its sentence's start."""
    span = _sentence_span(ctx, start)
    if span is None:
        return ""
    stop = _CLAUSE_MARK.search(ctx.article.text, end, span[1])
    return ctx.text(span[0], stop.start() if stop else span[1])


def _same_participle(ctx: RuleContext) -> Iterator[tuple[_Span, _Span, str]]:
    text = ctx.article.text
    if not any(w in text for w in _PARTICIPLE_GATE):
        return
    found: dict[tuple[str, str], list[re.Match[str]]] = {}
    for m in _ending(_EVENT_COUNT_END, _PARTICIPLE_WORD, text, 80):
        key = (m.group("noun"), " ".join(m.group("p").split()))
        found.setdefault(key, []).append(m)
    for (noun, participle), counts in found.items():
        values = {parse_number(m.group("n"))[0] for m in counts}
        if len(values) != 2 or len(counts) > 3:
            continue  # one value, or a series of counts (places, days)
        a = counts[0]
        a_value = parse_number(a.group("n"))[0]
        b = next(m for m in counts if parse_number(m.group("n"))[0] != a_value)
        b_value = parse_number(b.group("n"))[0]
        if not _close(a_value, b_value, 2.0):
            continue
        if _agree(_range(a.group("n"), a.group("q")), _range(b.group("n"), b.group("q"))):
            continue
        spans = [_sentence_span(ctx, m.start("n")) for m in (a, b)]
        if spans[0] is None or spans[0] == spans[1]:
            continue
        near = [_event_context(ctx, m.start("n"), m.end("p")) for m in (a, b)]
        if any(_EVENT_OTHER.search(t) for t in near):
            continue
        sentences = [ctx.text(*s) for s in spans if s is not None]
        if _EVENT_MOVED.search(sentences[1]):
            continue  # the later sentence says the count has moved on
        days = [frozenset(_DAY.findall(s)) for s in sentences]
        if days[0] != days[1]:
            continue
        places = [frozenset(p.group("p") for p in _PLACE_WORD.finditer(s)) for s in near]
        if places[0] != places[1]:
            continue
        yield (a.start("n"), a.end("n")), (b.start("n"), b.end("n")), f"{noun} {participle}"


def restated_counts(
    ctx: RuleContext, uses: dict[float, int], reported: set[tuple[int, int]]
) -> Iterator[Hit]:
    """FC407's readings of a count restated in a form of its own (see the module)."""
    for a, b, what in (
        *_possessive_tallies(ctx),
        *_possessive_parts(ctx, uses),
        *_same_participle(ctx),
    ):
        key = (min(a[0], b[0]), max(a[0], b[0]))
        if key in reported:
            continue
        reported.add(key)
        first, second = ctx.text(*a), ctx.text(*b)
        yield Hit(
            message=(
                f"The number of {what} is given as {first} here and as {second} elsewhere in"
                " the article; the two figures do not agree."
            ),
            spans=[a, b],
            confidence=0.6,
        )
