"""A party's result given twice with two values: part of FC407.

An election gives each party one seat count (and one vote count). "The Conservatives took
144 seats, the Bloc Québécois 22, the New Democrats 7 and the Greens one" and, later, "the
NDP's nine seats" cannot both be right. The party is matched under its short forms and
acronyms ("NDP" for "New Democrats", "SNP" for "Scottish National Party", "Lib Dems",
"the Tories"), and a figure is read in its own words, so that a previous election ("in
2021", "last time", "from 25 seats"), another body or region, a target ("needs 170"), a
projection ("could win") or a gain ("picked up 12 seats") is left alone. A sentence that
carries on the unit from the one before ("The Liberals hold 169 of the 343 seats. The
Conservatives won 144, the Bloc Québécois 22 …") is read as seats; "With all ridings
counted" tells of the final count, not a partial one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.analysis.numbers import NUM, QUAL, interval, overlaps, parse_number
from factcheck.rules.numbers._common import (
    _CLAUSE_MARK,
    _NOT_CANDIDATES,
    _qual,
    _round_unit,
    _words,
)
from factcheck.rules.registry import Hit, RuleContext

# A party's name: capitalised words, an acronym ("NDP", "AfD", "CDU/CSU"), joined by a few
# small words ("Socialists and Democrats", "Alternative for Germany", "Party of the Left").
_TOKEN = r"[A-Z][\w'’./-]*(?<![.'’])"
_PARTY = (
    rf"(?=[A-Zt])(?:(?<![\w'’])[Tt]he\s+)?(?P<party>{_TOKEN}"
    rf"(?:\s+(?:(?:and|of|for|of\s+the|du|de|la)\s+)?{_TOKEN}){{0,4}})"
)
_FIG = rf"(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})"
_UNIT = r"(?P<u>seats|votes)\b"
# "188 of the 720 seats", "23 of the council's 64 seats": the party's part of the whole.
_OF_WHOLE = r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+['’]s\s+)?[\d,]+)?"
# Between the name and the verb: ", who", ", which", or an aside in commas.
_ASIDE = r"(?:,\s+(?:who|which)|(?P<aside>,\s+[^,;.]{1,100},))?"
_HAD = r"(?:(?:had|has|have)\s+)?(?:(?:just|only|narrowly|comfortably|easily|now)\s+)?"
_RESULT_VERB = (
    r"(?P<verb>won|took|secured|captured|claimed|grabbed|took\s+home|holds?|has|have|will\s+have"
    r"|ended\s+(?:up\s+)?with|finished(?:\s+\w+)?\s+with|came\s+\w+\s+with|emerged\s+with"
    r"|(?:is|are|was|were)\s+left\s+with|received|polled|collected"
    r"|(?:is|are|was|were)\s+returned(?:\s+to\s+(?:power|office))?(?:\s+\w+){0,2}\s+with)"
)
_CHANGE_VERB = (
    r"(?:fell|dropped|slumped|slid|crashed|plunged|collapsed|sank|rose|climbed|jumped|surged"
    r"|increased|grew|went|(?:was|were)\s+(?:reduced|cut))"
)
# A party's holding after the vote, as against the seats it won in it: the two differ when
# only some seats were contested ("12 of the 20 seats up for election", a by-election).
_HOLDING_VERB = re.compile(r"holds?|has|have|will|(?:is|are|was|were)\s+left")
_PARTIAL = re.compile(
    r"\bup\s+for\s+(?:re-?)?election|\bup\s+for\s+grabs|\bby\s+thirds|\bcontested"
    r"|\bon\s+the\s+ballot|\bin\s+play\b|\bby-?election|\boverall\s+control",
    re.I,
)
# "the NDP's nine seats", "the Greens' 12 seats", "Labour's total of 402 seats"
_POSSESSIVE = re.compile(rf"{_PARTY}['’]s?\s+(?:(?:total|tally|haul)\s+of\s+)?{_FIG}\s+{_UNIT}")
_PATTERNS = [
    # "The Conservatives took 144 seats", "the EPP won 188 of the 720 seats", "Labour, which
    # has 40 seats, …", "The Socialists came second with 136 seats"
    re.compile(
        rf"{_PARTY}{_ASIDE}\s+{_HAD}{_RESULT_VERB}\s+(?:a\s+total\s+of\s+)?{_FIG}{_OF_WHOLE}"
        rf"\s+{_UNIT}"
    ),
    # "the New Democrats, who fell from 25 seats to seven": the second figure is the result.
    re.compile(
        rf"{_PARTY}{_ASIDE}\s+{_CHANGE_VERB}\s+(?:from\s+[\w,.-]+\s+(?P<u0>seats|votes)?\s*)?"
        rf"to\s+(?:just\s+|only\s+)?{_FIG}(?:\s+{_UNIT})?(?![\w%-])"
    ),
    _POSSESSIVE,
    # "the Socialists, whose 136 seats …", "the Greens, with 12 seats, …"
    re.compile(rf"{_PARTY},\s+(?:whose|with)\s+{_FIG}\s+{_UNIT}"),
    # "12 seats for the Greens", "22 seats went to the Bloc"
    re.compile(
        rf"(?<![\w,.-]){_FIG}\s+{_UNIT}\s+(?:for|went\s+to|going\s+to|were\s+won\s+by)\s+{_PARTY}"
    ),
    # "The result gives the CDU/CSU 208 seats", "leaves Reform UK with 23 of the … seats"
    re.compile(
        rf"\b(?:gives?|giving|gave|leaves?|leaving|left|hands?|handing|handed)\s+{_PARTY}"
        rf"\s+(?:with\s+)?{_FIG}{_OF_WHOLE}\s+{_UNIT}"
    ),
]
# Words each pattern needs in its sentence: a cheap test before the regex.
_GATES = [
    (
        "won", "took", "secured", "captured", "claimed", "grabbed", "hold", "has ", "have ",
        "ended", "finished", "came", "emerged", "left with", "received", "polled", "collected",
        "returned",
    ),
    (" to ",),
    ("'s ", "’s ", "s' ", "s’ "),
    (", whose ", ", with "),
    ("seats for", "votes for", " went to", " going to", " won by"),
    ("give", "gave", "leav", "left", "hand"),
]  # fmt: skip
# Patterns whose party is the subject of the verb, not another noun's object.
_SUBJECT_FIRST = (_PATTERNS[0], _PATTERNS[1], _PATTERNS[3])
# The rest of a list after a first "N seats": ", the Bloc Québécois 22, the New Democrats 7
# and the Greens one".
_LIST_ITEM = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){_PARTY}\s+(?:on\s+|with\s+)?{_FIG}"
    r"(?![\w%-]|[.,]\d|\s*(?:per\s?cent|percent|points|MPs|members))"
)
# A sentence that goes on from a party's seats without the unit: "The Liberals hold 169 of
# the 343 seats. The Conservatives won 144, the Bloc Québécois 22 and the NDP seven."
_BARE_RESULT = re.compile(
    rf"{_PARTY}\s+{_HAD}(?P<verb>won|took|secured|captured|claimed|have|has|holds?"
    rf"|ended\s+(?:up\s+)?with|finished\s+with|(?:is|are|was|were)\s+left\s+with)\s+{_FIG}"
    r"(?=\s*[,;.]|\s+and\s)(?![.,]\d)"
)
# Words that make a figure something other than this election's result for the party: an
# earlier election or moment, a projection or poll, a target or threshold, a change.
_OTHER = re.compile(
    r"\b(?:(?:19|20)\d\d|last|previous\w*|outgoing|before|prior|earlier|once|formerly|ago"
    r"|used\s+to|dissolution|going\s+into|since|held|project\w*|forecast\w*|predict\w*"
    r"|expect\w*|polls?|polling|survey\w*|exit|estimat\w*|could|would|(?-i:might|may)|likely"
    r"|set\s+to|on\s+(?:course|track|pace)|needs?|needed|requir\w*|target\w*"
    r"|threshold|aim\w*|hop\w*|up\s+to|between|round|leading|ahead|provisional|partial"
    r"|more|fewer|extra|additional|net|gain\w*|lost|loss|losing|if|unless|whether|when"
    r"|combined|together|jointly|coalition|so\s+far|declared|counted|called|reporting|early"
    r"|as\s+of)\b|\bunder\s+(?-i:[A-Z])",
    re.I,
)
# Before the name, in its sentence: only what sets the whole sentence apart.
_OTHER_BEFORE = re.compile(
    r"\b(?:(?:19|20)\d\d|last|previous\w*|ago|polls?|exit|project\w*|forecast\w*|predict\w*"
    r"|expect\w*|could|would|might|if|unless|whether|when|since|before|so\s+far|declared"
    r"|counted|reporting|early|as\s+of)\b",
    re.I,
)
# A figure's clause ends at punctuation, a quotation ("147 seats represented "a huge gain"":
# the speaker's words, not the figure's) or the next coordinated clause.
_WINDOW_END = re.compile(r"[,;:()—–\"“”]|\s(?:and|but|while|as|although|though)\s")
# "seats in Quebec" (a region) or "seats in the new Bundestag" (a body).
_WHERE = re.compile(
    r"\s+(?:in|on|across|from)\s+(?:the\s+)?(?:(?:new|next|outgoing|[\w-]*\d[\w-]*)\s+)?"
    r"(?P<w>[\w'’-]+)"
)
_PLACE_OPENING = re.compile(
    r"\s*(?:In|Across|Throughout|Outside|Elsewhere\s+in)\s+(?P<w>[A-Z][\w'’-]+)[^,]{0,40},"
)
# Not places: "seats in the Commons", "… in Monday's election".
_BODIES = _words(
    "house commons parliament bundestag senate assembly council chamber congress dáil dail"
    " seanad legislature landtag sejm knesset lords election elections vote poll"
)
# The level of government a sentence speaks of: a council's seats are not a parliament's.
_LEVELS = [
    ("local", re.compile(r"\b(?:[Cc]ouncil(?:s|l?ors?)?|local\s+elections?|[Ww]ard)\b")),
    (
        "upper",
        re.compile(r"\b(?:Senate|senators?|House\s+of\s+Lords|upper\s+house|Seanad|Bundesrat)\b"),
    ),
    ("eu", re.compile(r"\b(?:European\s+(?:Parliament|elections?)|MEPs?)\b")),
    (
        "regional",
        re.compile(
            r"\b(?:[Pp]rovincial|Holyrood|Senedd|Stormont|Landtag|(?:[Ss]tate|[Rr]egional)\s+"
            r"(?:[Ll]egislature|[Aa]ssembly|[Pp]arliament|[Ee]lections?))\b"
        ),
    ),
    (
        "lower",
        re.compile(
            r"\b(?:House\s+of\s+(?:Commons|Representatives)|Commons|Bundestag|Dáil|Knesset|Sejm"
            r"|Lok\s+Sabha|lower\s+house|general\s+election|national(?:ly)?|nationwide"
            r"|Westminster|MPs|(?<!European\s)Parliament)\b"
        ),
    ),
]
_CALENDAR = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
    r"|August|September|October|November|December"
)
_ELECTION = re.compile(r"\belect|\bvot(?:e|es|ed|ers|ing)\b|\bballot|\bpolls?\b|\bseats\b")
_LEADING = _words(
    "The A An But And Yet So In On At By With After Before While When Meanwhile Overall"
    " Together Across Elsewhere Its Their His Her This That Both Only Even Still Now Then"
    " Once Nationally Instead Also"
)
# Words in a party's name (stems): what tells a party from a stadium or a person.
_PARTY_WORDS = _words(
    "labour labor conservative tory liberal democrat republican green socialist social"
    " communist national nationalist unionist union alliance front bloc reform left"
    " independent progressive popular people renew league movement party sinn fianna fine"
    " likud plaid freedom justice solidarity christian québécoi quebecoi ecologist pirate"
    " centre center worker"
)
_ALIASES = {"tories": "conservative", "tory": "conservative", "lib": "liberal", "dems": "democrat"}
# A few acronyms that are not the initials of the name in English.
_ACRONYM_NAMES = {"SPD": "social democrat", "AFD": "alternative for germany"}
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z](?:/[A-Z]{2,5})?")
# "the leader of the Christian Democrats received 310 votes": the party is not the subject.
_OBJECT_OF = re.compile(
    r"\b(?:of|for|from|by|with|to|at|against|behind|over|than|like|whom|leader|candidate)"
    r"\s+(?:the\s+)?(?:[a-z-]+\s+)?$"
)
_GAIN_AFTER = re.compile(r"\s+(?:from|off)\b")
_NOT_PARTIES = _words("UK US USA EU UN")
_LARGEST_SEATS = 3000
# Figures this far apart are two quantities (a region's seats, a division's votes), no slip.
_FAR_APART = {"seats": 5.0, "votes": 3.0}


@dataclass(frozen=True)
class _Result:
    start: int
    end: int
    unit: str
    name: str
    keys: frozenset[str]
    sentence: int
    value: float
    rng: tuple[float, float]
    span: tuple[int, int]  # its sentence's
    place: str | None
    owner: str | None  # "Germany's Greens": the possessor that tells two parties apart
    holding: bool | None  # a holding ("has 40 seats"), the seats won, or either


def _stem(word: str) -> str:
    word = re.sub(r"['’]s?$", "", word.lower())
    word = _ALIASES.get(word, word)
    if word.startswith("democrat"):
        return "democrat"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _party_keys(raw: str) -> tuple[str, frozenset[str], str | None] | None:
    """The keys a party's name goes by: its words ("new democrat") and its initials ("NDP"),
    and its possessor ("Germany's Greens"); None when the name is no party's."""
    tokens = raw.split()
    owner = None
    # "Mark Carney's Liberals": the party is what follows the possessive.
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i - 1].endswith(("'s", "’s")):
            owner = tokens[i - 1][:-2]
            tokens = tokens[i:]
            break
    while tokens and tokens[0] in _LEADING:
        tokens = tokens[1:]
    if not tokens:
        return None
    name = " ".join(tokens)
    if len(tokens) == 1 and tokens[0] in _NOT_PARTIES:
        return None
    if len(tokens) == 1 and _ACRONYM.fullmatch(tokens[0]):
        acronym = tokens[0].upper()
        keys = {"A:" + acronym}
        if acronym in _ACRONYM_NAMES:
            keys.add("W:" + _ACRONYM_NAMES[acronym])
        return name, frozenset(keys), owner
    words = [_stem(t) for t in tokens if t.lower() != "party"]
    if not any(w in _PARTY_WORDS for w in words) and "party" not in name.lower():
        return None
    keys = {"W:" + " ".join(words)}
    caps = [t for t in tokens if t[0].isupper()]
    if len(caps) >= 2:
        initials = "".join(t[0] for t in caps).upper()
        keys.add("A:" + initials)
        if caps[-1].lower() != "party":
            keys.add("A:" + initials + "P")  # "New Democrats" is the NDP
    return name, frozenset(keys), owner


def _window_end(text: str, pos: int, limit: int) -> int:
    end = _WINDOW_END.search(text, pos, limit)
    return end.start() if end is not None else limit


def _levels(text: str, start: int, end: int) -> frozenset[str]:
    return frozenset(level for level, pattern in _LEVELS if pattern.search(text, start, end))


def _place(text: str, s_start: int, after: int, end: int) -> str | None:
    """The region a figure is said to be of: "seats in Quebec", or a sentence that opens "In
    Scotland, …"."""
    for found in (_WHERE.match(text, after, end), _PLACE_OPENING.match(text, s_start)):
        if found is None:
            continue
        word = re.sub(r"['’]s?$", "", found.group("w"))
        if word[0].isupper() and word.lower() not in _BODIES and not _CALENDAR.match(word):
            return word
    return None


# The count complete: "With all ridings counted", "with all 650 seats declared".
_ALL_COUNTED = re.compile(r"\ball\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _says_other(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether words between start and end make a figure another than the result; "all
    ridings counted" tells of the final count, not a partial one."""
    for m in pattern.finditer(text, start, end):
        word = m.group(0).lower()
        if word in ("counted", "declared", "reporting") and _ALL_COUNTED.search(
            text, max(start, m.start() - 30), m.start()
        ):
            continue
        return True
    return False


def _before_says_other(text: str, s_start: int, first: int) -> bool:
    """Whether the sentence's opening phrase ("In 2021, …", "Four years ago, …") or the
    party's own clause before it ("If Labour …") makes the figure another election's."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, s_start, first)]
    if not marks:
        return _says_other(_OTHER_BEFORE, text, s_start, first)
    return bool(
        _says_other(_OTHER_BEFORE, text, s_start, marks[0])
        or _says_other(_OTHER_BEFORE, text, marks[-1], first)
    )


def _result(
    ctx: RuleContext,
    m: re.Match[str],
    unit: str,
    index: int,
    s_start: int,
    s_end: int,
    first: int,
    holding: bool | None,
) -> _Result | None:
    """One party's figure, or None when its words make it another figure than the result."""
    text = ctx.article.text
    named = _party_keys(m.group("party"))
    if named is None:
        return None
    name, keys, owner = named
    n_end = m.end("n")
    if any(q_start <= m.start("n") < q_end for q_start, q_end in ctx.analysis.quotes):
        return None  # a speaker's figure may be of another election
    tail = m.end("u") if m.groupdict().get("u") else n_end
    if _GAIN_AFTER.match(text, tail):
        return None  # "won 12 seats from the SNP": a gain
    end = _window_end(text, tail, s_end)
    aside = m.groupdict().get("aside")
    # An aside says what the party did before ("…, which won 38 seats in 2021, fell to 17").
    cut = (m.start("aside"), m.end("aside")) if aside else (end, end)
    if (
        _says_other(_OTHER, text, m.start(), cut[0])
        or _says_other(_OTHER, text, cut[1], end)
        or _before_says_other(text, s_start, first)
    ):
        return None
    value, precision = parse_number(m.group("n"))
    if value <= 0 or value != int(value) or (unit == "seats" and value > _LARGEST_SEATS):
        return None
    qualifier = _qual(m.group("q"))
    # A plain whole count is exact ("411 seats" is not 412); a rounded or hedged one is loose.
    unit_size = _round_unit(value, precision) if qualifier else (precision if precision > 1 else 0)
    rng = interval(value, unit_size, qualifier)
    return _Result(
        m.start("n"),
        n_end,
        unit,
        name,
        keys,
        index,
        value,
        rng,
        (s_start, s_end),
        _place(text, s_start, tail, end),
        owner,
        holding,
    )


def _results(ctx: RuleContext) -> list[_Result]:
    text = ctx.article.text
    found: dict[int, _Result] = {}
    seats_at = -2  # the last sentence that gave a party's seats
    for index, sentence in enumerate(ctx.analysis.sentences):
        s_start, s_end = sentence.start, sentence.end
        s_text = text[s_start:s_end]
        if "seats" not in s_text and "votes" not in s_text:
            # "… 169 of the 343 seats. The Conservatives won 144, …": the unit carries on.
            previous_end = ctx.analysis.sentences[index - 1].end if index else 0
            if seats_at == index - 1 and "\n" not in text[previous_end:s_start]:
                _bare_results(ctx, found, index, s_start, s_end)
            continue  # cheap: the unit must be said in the sentence
        for pattern, gate in zip(_PATTERNS, _GATES, strict=True):
            if not any(word in s_text for word in gate):
                continue
            for m in pattern.finditer(text, s_start, s_end):
                groups = m.groupdict()
                unit = groups.get("u") or groups.get("u0")
                if unit is None and groups.get("aside"):
                    # "The Conservatives, who won 38 seats in 2021, fell to 17"
                    unit = next((u for u in ("seats", "votes") if u in groups["aside"]), None)
                if unit is None or m.start("n") in found:
                    continue
                first = min(m.start(), m.start("party"))
                if m.re in _SUBJECT_FIRST and _OBJECT_OF.search(text, max(0, first - 40), first):
                    continue
                holding = _holding(m)
                got = _result(ctx, m, unit, index, s_start, s_end, first, holding)
                if got is None:
                    continue
                found[got.start] = got
                if unit != "seats" or not m.group(0).endswith("seats"):
                    continue
                seats_at = index
                # The list that may follow: ", the Bloc Québécois 22, … and the Greens one".
                pos = m.end()
                while (item := _LIST_ITEM.match(text, pos, s_end)) is not None:
                    pos = item.end()
                    listed = _result(ctx, item, unit, index, s_start, s_end, first, holding)
                    if listed is not None:
                        found.setdefault(listed.start, listed)
    return sorted(found.values(), key=lambda r: r.start)


def _bare_results(
    ctx: RuleContext, found: dict[int, _Result], index: int, s_start: int, s_end: int
) -> None:
    """The seats of a sentence that goes on from the one before without saying "seats":
    "The Conservatives won 144, the Bloc Québécois 22, the NDP seven and the Greens one".
    """
    text = ctx.article.text
    m = _BARE_RESULT.match(text, s_start, s_end)
    if m is None:
        return
    holding = bool(_HOLDING_VERB.match(m.group("verb")))
    got = _result(ctx, m, "seats", index, s_start, s_end, s_start, holding)
    if got is None:
        return
    found.setdefault(got.start, got)
    pos = m.end()
    while (item := _LIST_ITEM.match(text, pos, s_end)) is not None:
        pos = item.end()
        listed = _result(ctx, item, "seats", index, s_start, s_end, s_start, holding)
        if listed is not None:
            found.setdefault(listed.start, listed)


def _holding(m: re.Match[str]) -> bool | None:
    """Whether the pattern says what the party holds (True), what it won (False) or either."""
    if m.re is _PATTERNS[0]:
        return bool(_HOLDING_VERB.match(m.group("verb")))
    if m.re in (_PATTERNS[1], _PATTERNS[5]):
        return True  # "fell to 17", "leaves Reform UK with 23"
    return None


class _Article:
    """What the whole article says, read only when a pair needs it (the scans are not free)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._levels: frozenset[str] | None = None
        self._partial: bool | None = None
        self._sentence_levels: dict[tuple[int, int], frozenset[str]] = {}

    def levels_of(self, r: _Result) -> frozenset[str]:
        """The levels of government the result's sentence names."""
        if r.span not in self._sentence_levels:
            self._sentence_levels[r.span] = _levels(self.text, *r.span)
        return self._sentence_levels[r.span]

    @property
    def levels(self) -> frozenset[str]:
        if self._levels is None:
            self._levels = _levels(self.text, 0, len(self.text))
        return self._levels

    @property
    def partial(self) -> bool:
        if self._partial is None:
            self._partial = bool(_PARTIAL.search(self.text))
        return self._partial


def _comparable(a: _Result, b: _Result, article: _Article) -> bool:
    if a.unit != b.unit or a.sentence == b.sentence or not a.keys & b.keys:
        return False
    low, high = sorted((a.value, b.value))
    if high > _FAR_APART[a.unit] * low:
        return False  # "Labour's 120 votes" in a division, "9.7 million votes" at the polls
    if a.place != b.place:
        return False  # a region's seats, or the nation's and a region's
    if a.owner and b.owner and a.owner != b.owner:
        return False  # "Germany's Greens" and "Austria's Greens"
    # A council's seats and a parliament's; or one said of neither, where both are named.
    a_levels, b_levels = article.levels_of(a), article.levels_of(b)
    if a_levels and b_levels:
        if not a_levels & b_levels:
            return False
    elif (a_levels or b_levels) and len(article.levels) > 1:
        return False
    if False in (a.holding, b.holding) and a.holding != b.holding and article.partial:
        # "won 12 of the 20 seats up for election" is not "now holds 34" nor "Labour's 34"
        return False
    if a.unit == "votes":
        # The candidate-vote check already compares a figure given under one surname.
        last_a, last_b = a.name.split()[-1], b.name.split()[-1]
        if last_a == last_b and last_a not in _NOT_CANDIDATES:
            return False
    return True


def party_results(ctx: RuleContext, reported: set[tuple[int, int]]) -> Iterator[Hit]:
    """A party's seats (or votes) in this election given two values: "the New Democrats 7"
    … "the NDP's nine seats"; one finding a party, on the first figure that disagrees."""
    text = ctx.article.text
    if ("seats" not in text and "votes" not in text) or not _ELECTION.search(text):
        return
    results = _results(ctx)
    article = _Article(text)
    told: set[str] = set()
    by_key: dict[str, list[int]] = {}
    for i, b in enumerate(results):
        before = sorted({j for k in b.keys for j in by_key.get(k, ())})
        for k in b.keys:
            by_key.setdefault(k, []).append(i)
        if b.keys & told:
            continue
        earlier = [results[j] for j in before if _comparable(results[j], b, article)]
        if not earlier or any(overlaps(a.rng, b.rng) for a in earlier):
            continue  # the party's figure agrees with one given before: not a slip
        a = earlier[-1]
        told.update(a.keys | b.keys)
        if (a.start, b.start) in reported:
            continue
        reported.add((a.start, b.start))
        first, second = ctx.text(a.start, a.end), ctx.text(b.start, b.end)
        yield Hit(
            message=(
                f"{b.name}'s {b.unit} are given as {first} here and as {second} elsewhere"
                " in the article; a party has one result in an election."
            ),
            spans=[(a.start, a.end), (b.start, b.end)],
            confidence=0.65,
        )
