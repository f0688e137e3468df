"""FC407 conflicting-counts.

One count of people or things is given two different values in the same article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from itertools import combinations

from factcheck.analysis.numbers import (
    NUM,
    QUAL,
    NumberMention,
    Qualifier,
    interval,
    overlaps,
    parse_number,
)
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import (
    _CANDIDATE_OTHER,
    _CLAUSE_MARK,
    _NAME_WORDS,
    _NOT_CANDIDATES,
    _NOUN_GROUPS,
    _PART_MODIFIERS,
    _POSSESSIVE_END,
    _RECORD_SINCE,
    _THING_STOP_WORDS,
    _YEAR_LIKE,
    _candidate_figure_other,
    _close_slip,
    _count_range,
    _governs_other,
    _noun_after,
    _qual,
    _round_unit,
    _slip_of,
    _stems_in,
    _words,
)
from factcheck.rules.numbers.attendance import attendance_pairs
from factcheck.rules.numbers.backrefs import whole_backrefs
from factcheck.rules.numbers.recounts import restated_counts
from factcheck.rules.numbers.restated import parts_over_total, record_vs_games
from factcheck.rules.numbers.seats import party_results
from factcheck.rules.numbers.slips import transposed_votes
from factcheck.rules.registry import Hit, RuleContext, rule

# --- FC407 one count, two values ---------------------------------------------------------

_NOT_VERBS = _words(
    "about above across after against along among around before behind below beneath beside"
    " between beyond during except inside near off onto outside past since through toward"
    " towards under until upon within without some nearly almost roughly just only"
)
_RATE_ADJ = r"typical|average|normal|ordinary|usual|busy|quiet|peak|single|given"
_RATE = re.compile(
    rf"\s+(?:(?:a|an|per|each|every)\s+(?:(?P<adj>{_RATE_ADJ})\s+)?(?P<r>day|weekday|week"
    r"|weekend|month|year|hour|night|season|shift|term)\b"
    r"|(?P<r2>daily|weekly|monthly|annually|yearly|nightly|hourly)\b"
    rf"|on\s+(?:an?\s+)?(?:(?P<adj3>{_RATE_ADJ})\s+)?(?P<r3>weekdays?|days?|weekends?|nights?)\b)",
    re.I,
)
_RATE_CLASS = {
    "weekday": "day",
    "weekdays": "day",
    "days": "day",
    "daily": "day",
    "weekends": "weekend",
    "weekly": "week",
    "monthly": "month",
    "annually": "year",
    "yearly": "year",
    "hourly": "hour",
    "nights": "night",
    "nightly": "night",
}
_BY_YEAR = re.compile(r",?\s+by\s+(?P<y>(?:19|20)\d\d)\b(?![\d%])")
_DET = r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)"
_AUX = (
    r"is|are|was|were|will|would|now|currently|still|also|typically|usually|normally"
    r"|regularly|routinely|has|have|had|be|been|expected|projected|forecast|predicted|set|due"
    r"|likely|to"
)
# "the bridge carries", "The bridge, which carries", "Port Aske employs".
_SUBJECT_VERB = re.compile(
    rf"(?:^|(?<=[^\w'’-]))(?P<subj>{_DET}\s+(?:[\w-]+\s+){{0,2}}?[\w-]+"
    r"|(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)(?:['’]s)?(?:\s*,\s*which|\s+which|\s+that)?"
    rf"\s+(?P<vp>(?:(?:{_AUX}|[a-z]+s\s+to)\s+){{0,4}}[a-z]+)\s+(?:(?:{QUAL})\s+)?"
    r"(?:(?:just|only|some)\s+)?$"
)
_DEFINITE_COUNT = re.compile(r"\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+$")
# "all 36 wards", "each of the 36 wards": the whole group, as definite as "the 36 wards".
_RESTATING = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]hose|[Tt]hese|[Aa]ll|[Aa]ll\s+(?:of\s+)?the|[Ee]ach\s+of\s+the"
    r"|[Ee]very\s+one\s+of\s+the))\s+$"
)
_DEMONSTRATIVE = re.compile(r"\b[Tt]h(?:ose|ese)\s+$")
# "… would open an office next week to help the 221 workers": a restatement that a purpose
# clause governs; what the sentence says before "to" (a plan, a moment) is about the helping.
_PURPOSE = re.compile(
    r"\bto\s+(?:help|assist|support|serve|retrain|compensate|counsel|advise|notify|inform"
    r"|contact|house|shelter|feed|aid|rehouse|redeploy)\s+(?:all\s+(?:of\s+)?)?(?:the|those|these)"
    r"\s+$",
    re.I,
)
# "the 2,000 people surveyed", "the 400 families living there": a group of its own.
_PARTICIPLE = re.compile(
    r"\s+(?P<phrase>[a-z]+ing|surveyed|polled|questioned|interviewed|asked|tested|screened"
    r"|studied|sampled|employed|registered|enrolled|insured|listed|named|selected|chosen"
    r"|invited|eligible|present)\b"
)
# A part of a whole named by a definite count: "9,000 of the 31,842", "half of the".
_PARTITIVE_BEFORE = re.compile(
    rf"(?:(?<![\w,.]){NUM}|\b(?i:half|most|many|some|all|none|several|majority|minority|bulk"
    r"|(?:a|one|two|three)[-\s](?:third|quarter|fifth)s?))\s+of\s+(?:[Tt]he|[Tt]hose|[Tt]hese)\s+$"
)
# "the 2,100 workers involved": words that point back at a group already named.
_ANAPHORIC_TAIL = re.compile(
    r"\s+(?:(?:who\s+(?:were|are|have\s+been)\s+|that\s+(?:were|are)\s+)?(?:involved|affected"
    r"|concerned|participating)\b|in\s+question\b|at\s+issue\b|(?:who\s+(?:are|were)\s+)?taking"
    r"\s+part\b|who\s+(?:took|have\s+taken)\s+part\b|on\s+(?P<w>strike|leave|furlough)\b"
    r"|who\s+(?P<w2>walked\s+out|went\s+on\s+strike|are\s+striking|lost\s+power))",
    re.I,
)
# Back-references made by a word before the noun: "the 2,100 striking workers".
_ANAPHORIC_MODS = {"striking": "strike", "affected": "involved", "involved": "involved"}
# A singular noun that measures one event, before its figure: "a crowd of 18,412", "the
# attendance was 18,214".
_MEASURE_BEFORE = re.compile(
    rf"\b(?P<n>crowd|attendance|gate|audience)\s+(?:(?:was|is|of|stood\s+at|reached|totalled"
    rf"|totaled|numbered)\s+)+(?:(?:{QUAL})\s+)?$",
    re.I,
)
# Kinds of event, each with the words that name it: two counts of one noun said to do the
# same thing ("68,000 homes lost power", "86,000 properties were cut off").
_EVENT_KINDS: dict[str, re.Pattern[str]] = {
    "without power": re.compile(
        r"\b(?:power|electricity|outages?|blackouts?|cut\s+off|disconnected|in\s+the\s+dark)\b",
        re.I,
    ),
    "on strike": re.compile(
        r"\b(?:strik\w*|walk\w*\s+out|walkouts?|stoppages?|industrial\s+action|picket\w*)\b",
        re.I,
    ),
    "at the event": re.compile(
        r"\b(?:watch\w*|saw|attend\w*|crowd|spectators|turned\s+out|looked\s+on|packed\s+into)\b",
        re.I,
    ),
    "evacuated": re.compile(
        r"\b(?:evacuat\w*|fled|displaced|from\s+their\s+homes|left\s+their\s+homes|homeless)\b",
        re.I,
    ),
    "killed": re.compile(r"\b(?:killed|died|dead|deaths?|lost\s+their\s+lives|perished)\b", re.I),
    "injured": re.compile(r"\b(?:injured|hurt|wounded|injuries)\b", re.I),
    "flooded": re.compile(r"\b(?:flooded|flooding|under\s+water|inundated)\b", re.I),
    "arrested": re.compile(r"\b(?:arrested|arrests|detained)\b", re.I),
}
# Events compared only when the two figures read as a slip of each other ("destroying or
# badly damaging 1,140 homes" … "1,410 homes were destroyed"): many articles count homes
# damaged and homes destroyed, or damaged in one place and another, as separate figures.
_SLIP_EVENT_KINDS: dict[str, re.Pattern[str]] = {
    "destroyed": re.compile(
        r"\b(?:destroy\w*|wrecked|razed|flattened|(?:swept|washed)\s+away)\b", re.I
    ),
    "damaged": re.compile(r"\bdamag\w*", re.I),
}
# How bad the damage was, said of a count of homes both destroyed and damaged: the whole.
_DAMAGE_DEGREE = _words("badly severely seriously")
# Words that make one of two counts of an event a part, a peak, a norm or another moment.
_EVENT_CONTRAST = re.compile(
    r"\b(?:average\w*|capacity|typical\w*|usual\w*|normal\w*|seriously|critically|badly"
    r"|severely|slightly|already|restored|reconnected|back|per|peak\w*|at\s+least"
    r"|in\s+all|in\s+total|overall|altogether|nationwide|nationally|across|throughout"
    r"|combined|cumulative\w*|so\s+far|to\s+date|by\s+then|at\s+one\s+point|originally"
    r"|initial\w*|earlier|later|finally|final\s+(?:figures?|counts?|tally|total|toll|number)"
    r"|updated|revised|latest|first|second|third|holds?|seats?|capacity|room\s+for|can\s+take"
    r"|alone|(?:arrested|detained|held|charged|injured|hurt|treated)\s+(?:for|over|on\s+suspicion"
    r"|in\s+connection))\b",
    re.I,
)
_LEFT_WITHOUT = re.compile(r"\s+(?:without|with\s+no|in\s+the\s+dark|stranded|homeless)\b")
_ESTIMATE = re.compile(
    r"\b(?:estimat\w*|organi[sz]ers|claim\w*|put\s+the\s+(?:crowd|figure|number|total)"
    r"|disputed|contested|unconfirmed|reportedly|rumou?r\w*)\b",
    re.I,
)
_PLACE = re.compile(
    r"\b(?:in|across|throughout|near|outside)\s+(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)
_NOT_PLACES = _words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May"
    " June July August September October November December The A An"
)
# What may follow a back-reference without narrowing the group: a verb, punctuation, or a
# phrase that only repeats the earlier sentence ("involved in the dispute").
_NARROWING = re.compile(
    r"\s+(?:at|in|from|of|on|with|who|that|whose|across|inside|outside|near|within|among|by"
    r"|employed|working|based)\s+(?P<phrase>(?:[\w'’-]+\s+){0,3}[\w'’-]+)",
    re.I,
)
_SUBSET_CONTEXT = re.compile(
    r"\b(?:only|returned|remain\w*|rest|remainder|of\s+(?:them|whom|those|these)|among"
    r"|includ\w*|exclud\w*|except|majority|minority|most|some\s+of|part\s+of|another"
    r"|other|others|further|more(?!\s+than)|fewer(?!\s+than)|extra|additional|plus|still"
    r"|left|back|share|proportion"
    # "a fourth-quarter comeback", "half-time": a compound, not a part of the group.
    r"|(?<!-)(?:half|third|quarter)(?!-))\b",
    re.I,
)
# Words that make a figure one moment of a changing quantity.
_STRONG_CHANGE = re.compile(
    r"\b(?:originally|initially|previous(?:ly)?|formerly|once|used\s+to|rose|risen|rising"
    r"|increas\w*|decreas\w*|grew|grown|growth|jump\w*|fell|fallen|falling|drop\w*|declin\w*"
    r"|cut|cuts|reduc\w*|revised|revision|up\s+from|down\s+from|from\s+[^.;]{0,30}?\bto\s+\d"
    r"|compared|versus|vs|instead|ago)\b",
    re.I,
)
# Weaker signs of another moment, case or part, read in the figure's own sentence.
_WEAK_CHANGE = re.compile(
    r"\b(?:original|initial|earlier|prior|updated|now|later|eventually|final(?:ly)?"
    r"|(?<!more\s)(?<!less\s)(?<!fewer\s)than|last|next|since|until|peak\w*|record"
    r"|(?:new|latest|updated)\s+(?:forecast|estimate|figure|projection|model|study|data|count"
    r"|survey|census)\w*|(?:high|low|central|best|worst)[-\s](?:case|scenario|estimate|end)"
    r"|scenario\w*|range|between|optimistic|pessimistic|target\w*|goal|hope\w*|aim\w*|if"
    r"|unless|would|could|might|may)\b",
    re.I,
)
_PROJECTION_OK = _words("would could may might")
_COUNT_YEARS = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_TIME_MARK = re.compile(
    r"\b(?:(?:last|next|this|previous|coming|past)\s+(?:year|month|week|season|summer|winter"
    r"|spring|autumn|fall|decade|century)|ago|yesterday|tomorrow|previously|once|formerly)\b",
    re.I,
)


class _Count:
    """A count with what it counts and the words around it that tell it apart from others."""

    __slots__ = (
        "by_year",
        "definite",
        "m",
        "measure_at",
        "mods",
        "partitive",
        "rate",
        "rate_text",
        "subject",
        "tail",
        "verb",
    )

    def __init__(
        self, m: NumberMention, mods: tuple[str, ...], measure_at: int | None = None
    ) -> None:
        self.m = m
        self.mods = mods
        # Where "crowd" starts in "a crowd of 18,412": the noun is before the figure.
        self.measure_at = measure_at
        self.rate: str | None = None
        self.rate_text = ""
        self.by_year: str | None = None
        self.subject: tuple[str, ...] | None = None
        self.verb: str | None = None
        self.definite = False
        self.tail: str | None = None
        self.partitive: int | None = None


def _verb_like(word: str) -> bool:
    """Not a preposition or other function word: "carries", "employ", "has"."""
    return word not in _THING_STOP_WORDS and word not in _NOT_VERBS


def _mods_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    n = min(len(a), len(b))
    return not n or a[len(a) - n :] == b[len(b) - n :]


def _clause(ctx: RuleContext, m: NumberMention) -> tuple[int, int]:
    """The clause around a figure: between the punctuation marks either side of it."""
    s = ctx.analysis.sentences[m.sentence]
    text = ctx.article.text
    before = [x.end() for x in _CLAUSE_MARK.finditer(text, s.start, m.start)]
    after = _CLAUSE_MARK.search(text, m.end, s.end)
    return (before[-1] if before else s.start), (after.start() if after else s.end)


def _describe(ctx: RuleContext, c: _Count) -> None:
    """Fill in the rate, the target year, the subject and verb, and the back-reference."""
    text = ctx.article.text
    m = c.m
    noun = _noun_after(text, m.end)
    after = noun[2] if noun else m.end
    rate = _RATE.match(text, after)
    if rate is not None:
        word = (rate.group("r") or rate.group("r2") or rate.group("r3")).lower()
        adj = (rate.group("adj") or rate.group("adj3") or "").lower()
        c.rate = _RATE_CLASS.get(word, word)
        if adj in ("busy", "quiet", "peak"):
            c.rate += ":" + adj
        c.rate_text = " ".join(rate.group(0).split())
        after = rate.end()
    by_year = _BY_YEAR.match(text, after)
    if by_year is not None:
        c.by_year = by_year.group("y")
    sentence = ctx.analysis.sentences[m.sentence]
    sv = _SUBJECT_VERB.search(text, max(sentence.start, m.start - 90), m.start)
    if sv is not None:
        words = sv.group("subj").lower().split()
        if words[0] in ("the", "its", "their", "this", "that"):
            words = words[1:]
        verb = sv.group("vp").lower().split()
        if words and not any(w in _THING_STOP_WORDS for w in words) and _verb_like(verb[-1]):
            c.subject = tuple(words)
            c.verb = " ".join(verb)
    c.definite = bool(_DEFINITE_COUNT.search(text, max(sentence.start, m.start - 8), m.start))
    tail = _ANAPHORIC_TAIL.match(text, noun[2]) if noun else None
    if tail is not None:
        word = (tail.group("w") or tail.group("w2") or "").lower()
        c.tail = "strike" if word and word != "lost power" else "involved"
        if word in ("leave", "furlough"):
            c.tail = word
        narrowing = _NARROWING.match(text, tail.end())
        if narrowing is not None:
            c.tail += "|" + narrowing.group("phrase").lower()
    elif (
        noun is not None
        and c.definite
        and (
            partitive := _PARTITIVE_BEFORE.search(text, max(sentence.start, m.start - 40), m.start)
        )
    ):
        # "more than 9,000 of the 31,842 spectators": a part of a whole already counted.
        c.tail, c.partitive = "involved", partitive.start()
        narrowing = _NARROWING.match(text, noun[2]) or _PARTICIPLE.match(text, noun[2])
        if narrowing is not None:
            c.tail += "|" + narrowing.group("phrase").lower()
    elif noun is not None and (
        (c.mods and c.mods[-1] in _ANAPHORIC_MODS)
        or _DEMONSTRATIVE.search(text, max(sentence.start, m.start - 8), m.start)
    ):
        # "the 2,100 striking workers", "Those 1,900 drivers": pointing back by themselves.
        c.tail = _ANAPHORIC_MODS.get(c.mods[-1], "involved") if c.mods else "involved"
        narrowing = _NARROWING.match(text, noun[2])
        if narrowing is not None:
            c.tail += "|" + narrowing.group("phrase").lower()


def _context_ok(ctx: RuleContext, start: int, end: int, *, projection: bool = False) -> bool:
    """No word in text[start:end] that makes a figure one moment, one case or one part."""
    return _span_ok(ctx.text(start, end), projection=projection)


# "watched the final.", "the final at Wembley": the match, not a final figure.
_THE_FINAL_MATCH = re.compile(
    r"\b(?:the|a|this|that|its|their)\s+final(?=\s*[.,;:!?)]|\s+(?:at|in|on|against|between"
    r"|was|is|and|with|of\s+the\s+(?:cup|tournament|competition|championship|league)))",
    re.I,
)


def _span_ok(span: str, *, projection: bool = False) -> bool:
    """No word in ``span`` that makes a figure one moment, one case or one part."""
    span = _THE_FINAL_MATCH.sub(" ", span)
    for m in _WEAK_CHANGE.finditer(span):
        if not (projection and m.group(0).lower() in _PROJECTION_OK):
            return False
    return not _SUBSET_CONTEXT.search(span)


def _years(ctx: RuleContext, start: int, end: int) -> frozenset[str]:
    """Years in text[start:end], less those of a founding or opening ("opened in 1971")."""
    return _years_in(ctx, ctx.text(start, end))


def _years_in(ctx: RuleContext, span: str) -> frozenset[str]:
    events = {ctx.text(n.start, n.end) for n in ctx.analysis.numbers if n.kind == "event_year"}
    return frozenset(y for y in _COUNT_YEARS.findall(span) if y not in events)


def _times(ctx: RuleContext, start: int, end: int) -> frozenset[str]:
    """The moments text[start:end] names: years, "last year", "two weeks ago"."""
    return _times_in(ctx, ctx.text(start, end))


def _times_in(ctx: RuleContext, span: str) -> frozenset[str]:
    found = {" ".join(m.group(0).lower().split()) for m in _TIME_MARK.finditer(span)}
    return frozenset(found) | _years_in(ctx, span)


def _sentence(ctx: RuleContext, c: _Count) -> tuple[int, int]:
    s = ctx.analysis.sentences[c.m.sentence]
    return s.start, s.end


def _back_reference(ctx: RuleContext, a: _Count, b: _Count) -> bool:
    """Whether "the 2,100 workers involved" (b) points back at the count a."""
    a_text = ctx.text(*_sentence(ctx, a))
    word, _, phrase = (b.tail or "").partition("|")
    if word == "strike":
        if not _EVENT_KINDS["on strike"].search(a_text):
            return False  # "the 900 workers on strike", but nobody was said to strike
    elif word != "involved" and word[:5] not in a_text.lower():
        return False
    if phrase and not _stems_in(phrase, a_text):
        return False  # "… on strike at the second terminal": a part of the group
    if _changed(ctx, a) or _changed(ctx, b):
        return False
    # The earlier count is read up to the end of its clause ("Last year, the port employed
    # 2,100 workers"); the back-reference only before it, as its own clause may go on to
    # say what the group would do.
    a_span = (_sentence(ctx, a)[0], _clause(ctx, a.m)[1])
    # "Half of the 31,842 spectators": the words of the part are no part of the whole.
    b_span = (_sentence(ctx, b)[0], b.m.start if b.partitive is None else b.partitive)
    if not (_context_ok(ctx, *a_span) and _context_ok(ctx, *b_span)):
        return False
    # The back-reference's moment is read up to its noun and the words that point back:
    # "… involved are demanding a rise after last year's cut" speaks of the cut.
    text = ctx.article.text
    noun = _noun_after(text, b.m.end)
    b_end = noun[2] if noun else b.m.end
    tail = _ANAPHORIC_TAIL.match(text, b_end)
    b_ref = (b_span[0], tail.end() if tail else b_end)
    return _times(ctx, *a_span) == _times(ctx, *b_ref)


_CHANGE_AFTER_FIGURE = re.compile(
    r"\b(?:up\s+from|down\s+from|from\s+[^.;]{0,30}?\bto\s+\d|compared|versus|vs|instead"
    # "more than 1,500 students" hedges another figure; it compares nothing with this one.
    r"|(?<!more\s)(?<!less\s)(?<!fewer\s)than|than(?!\s+\d)"
    r"|ago|previously|originally|initially|formerly)\b",
    re.I,
)


# "Once there, the probe will make …", "Once it arrives, …": "once" as "when", not "formerly".
_ONCE_WHEN = re.compile(
    r"\s*Once\s+(?:there|here|inside|aboard|in\s+orbit|(?:it|they|he|she|we|you|I)\s+[a-z]+)\b"
)
_FROM_BEFORE = re.compile(rf"\bfrom\s+(?:(?:{QUAL})\s+)?$", re.I)


def _changed(ctx: RuleContext, c: _Count) -> bool:
    """Whether the count is said to be one moment of a changing quantity: a change word in
    its clause before it ("rose to 2,400 workers"), or a comparison after it in its
    sentence ("…, up from 2,100"). A "pay rise" later in the sentence is no such word."""
    s_start, s_end = _sentence(ctx, c)
    c_start, _ = _clause(ctx, c.m)
    when = _ONCE_WHEN.match(ctx.article.text, s_start)
    if when is not None:
        s_start = max(s_start, min(when.end(), c.m.start))  # "Once there, …": when, not before
    if _STRONG_CHANGE.search(ctx.text(c_start, c.m.end)) or _FROM_BEFORE.search(
        ctx.text(max(s_start, c.m.start - 30), c.m.start)
    ):
        return True
    if _STRONG_CHANGE.search(ctx.text(s_start, c.m.start)) and _TIME_MARK.search(
        ctx.text(s_start, s_end)
    ):
        return True
    return bool(_CHANGE_AFTER_FIGURE.search(ctx.text(c.m.end, s_end)))


def _places(ctx: RuleContext, start: int, end: int) -> frozenset[str]:
    found = set()
    for m in _PLACE.finditer(ctx.text(start, end)):
        words = [w for w in m.group("p").split() if w not in _NOT_PLACES]
        if words:
            found.add(" ".join(words))
    return frozenset(found)


_AND_SAID = re.compile(
    r"\s+and\s+(?:said|added|told|warned|noted|urged|called|insisted|promised|pledged)\b"
)


def _same_event(ctx: RuleContext, a: _Count, b: _Count) -> str | None:
    """Why two counts of one noun (or of two names for it) count one event: each is said to
    do the same thing ("lost power", "were cut off"), at one time and place, with no word
    that makes either a part, a peak, a norm or another moment."""
    if a.m.sentence == b.m.sentence or a.mods != b.mods:
        return None  # "20,000 fans" and "3,000 away fans"
    if a.rate != b.rate or a.by_year != b.by_year:
        return None
    if a.subject and b.subject and not _mods_agree(a.subject, b.subject):
        return None
    if any(_ESTIMATE.search(ctx.text(*_sentence(ctx, c))) for c in (a, b)):
        return None  # "5,000, organisers said" and "police estimated 2,000": two sources
    clauses = [_clause(ctx, c.m) for c in (a, b)]
    # "… 430 homes had been evacuated and said the council would …": a second verb of the
    # speaker's ends the count's clause.
    clauses = [
        (c_start, m.start() if (m := _AND_SAID.search(ctx.article.text, c.m.end, c_end)) else c_end)
        for c, (c_start, c_end) in zip((a, b), clauses, strict=True)
    ]
    # Two figures that read as a slip of each other ("1,140" and "1,410") are compared for
    # more events, and read in their own words: a hedge or a part said of another figure
    # earlier in the sentence ("killing at least 11 people and destroying 1,140 homes") is
    # not theirs.
    slip = _close_slip(a.m.value, b.m.value)
    event_kinds = {**_EVENT_KINDS, **_SLIP_EVENT_KINDS} if slip else _EVENT_KINDS
    # What each count is said to do, read without its own noun ("21,000 spectators" says
    # nothing about watching); a measure noun ("a crowd of 18,412") names its event.
    kinds = []
    for c, (c_start, c_end) in zip((a, b), clauses, strict=True):
        noun = _noun_after(ctx.article.text, c.m.end)
        skip = noun[2] if noun and _NOUN_GROUPS.get(noun[0]) != "spectators" else c.m.end
        span = ctx.text(c_start, c.m.start) + " " + ctx.text(skip, c_end)
        kinds.append({k for k, pattern in event_kinds.items() if pattern.search(span)})
    shared = kinds[0] & kinds[1]
    if not shared:
        return None
    whole_damage = {"destroyed", "damaged"} <= shared
    for c, (_, c_end) in zip((a, b), clauses, strict=True):
        s_start, _ = _sentence(ctx, c)
        if slip:
            s_start = _near(ctx, c)[0]
        span = ctx.text(s_start, c_end)
        if _changed(ctx, c):
            return None
        if slip:
            figures = [n.start for n in ctx.analysis.numbers if n.sentence == c.m.sentence]
            for w in _EVENT_CONTRAST.finditer(span):
                if whole_damage and w.group(0).lower() in _DAMAGE_DEGREE:
                    continue
                if not _governs_other(ctx.article.text, s_start + w.end(), c.m.start, figures):
                    return None
        elif _EVENT_CONTRAST.search(span):
            return None
        for w in _SUBSET_CONTEXT.finditer(span):
            # "The storm left 68,000 homes …" is no remainder.
            if w.group(0).lower() != "left":
                return None
            at = s_start + w.end()
            if not (c.m.start - 12 < at <= c.m.start or _LEFT_WITHOUT.match(ctx.text(at, at + 20))):
                return None
        for w in _WEAK_CHANGE.finditer(span):
            word = w.group(0).lower()
            # "a club record", "the final" (a match): no other moment.
            if word != "record" and not (word == "final" and span[: w.start()].endswith("the ")):
                return None
    spans = (_sentence(ctx, a), _sentence(ctx, b))
    if _times(ctx, *spans[0]) != _times(ctx, *spans[1]):
        return None
    days = [frozenset(_WEEKDAY.findall(ctx.text(*s))) for s in spans]
    if all(days) and days[0] != days[1]:
        return None  # "By Saturday 238 homes were inundated … By Monday 320": a count that grew
    places = (_places(ctx, *spans[0]), _places(ctx, *spans[1]))
    # A slip restated without its place ("340 homes … in Appleby" … "430 homes had been
    # evacuated") is still the one count; two places are two.
    if places[0] != places[1] and not (slip and not (places[0] and places[1])):
        return None
    return sorted(shared)[0]


def _same_quantity(ctx: RuleContext, a: _Count, b: _Count) -> str | None:
    """Why two counts of one noun are one quantity, or None when nothing says so."""
    if a.m.sentence == b.m.sentence or not _mods_agree(a.mods, b.mods):
        return None
    if a.rate != b.rate or a.by_year != b.by_year:
        return None
    if a.subject and b.subject and not _mods_agree(a.subject, b.subject):
        return None
    spans = (_sentence(ctx, a), _sentence(ctx, b))
    projection = a.by_year is not None
    if any(_STRONG_CHANGE.search(ctx.text(*s)) for s in spans):
        return None
    if not all(_context_ok(ctx, *s, projection=projection) for s in spans):
        return None
    if _years(ctx, *spans[0]) != _years(ctx, *spans[1]):
        return None
    if a.subject and a.subject == b.subject and a.verb == b.verb:
        return f"the {' '.join(a.subject)} {a.verb}"
    if a.rate and a.by_year:
        return f"{a.rate_text} by {a.by_year}"
    return None


# --- FC407 a definite restatement that reads as a slip -------------------------------------

# Other names for one group, compared only when a figure reads as a slip of the other: "1,250
# jobs at risk" and "help the 1,520 workers".
_RELATED_GROUPS: dict[str, tuple[str, ...]] = {
    "workers": ("jobs",),
    "jobs": ("workers",),
    "passengers": ("riders",),
    "riders": ("passengers",),
    "pupils": ("students",),
    "students": ("pupils",),
    # A spacecraft's visits to a body: "49 flybys" and "each of those 44 close passes".
    "flybys": ("passes", "encounters"),
    "passes": ("flybys",),
    "encounters": ("flybys",),
    "lawmakers": ("legislators",),
    "legislators": ("lawmakers",),
    "soldiers": ("troops",),
    "troops": ("soldiers",),
    "prisoners": ("inmates",),
    "inmates": ("prisoners",),
    "ships": ("vessels",),
    "vessels": ("ships",),
}
# Nouns for anyone at all: two small counts of them are seldom one group.
_GENERIC_GROUPS = _words("people children men women adults boys girls others members")
# "between 2016 and 2021", "from 2019 to 2023": the period a count was gathered over.
_PERIOD = re.compile(
    r"\b(?:between|from)\s+(?:(?:early|late|mid)[-\s])?(?:19|20)\d\d\s+(?:and|to|until)\s+"
    r"(?:(?:early|late|mid)[-\s])?(?:19|20)\d\d\b"
)
# A verb after a count's noun: what the counted did, or what befell them, which may be
# true of only a part of the group a later figure counts.
_SAID_TO_DO = re.compile(
    r"\s+(?:(?:were|was|are|is|had|have|has|will|would|could|had\s+been|have\s+been|are\s+being"
    r"|were\s+being)\b|[a-z]+ed\b|(?:still|also|later|then)\s)",
    re.I,
)
_AMONG_THE = re.compile(
    # "each of those 44 passes", "all of the 36 wards": the whole group, not a part of it.
    r"\b(?:among|(?:each|all|every\s+one)\s+of)\s+(?:the|those|these)\s*$",
    re.I,
)
# "the attendance of 18,214": the one attendance of the event, as "the 527 cases" is.
_DEFINITE_MEASURE = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:official\s+)?$")
# "the 34,152 fans who packed the stadium": a clause that only says they were there.
_WHO_ATTENDED = re.compile(
    r"\s+(?:who|that)\s+(?:had\s+)?(?:packed(?:\s+into)?|filled|crammed\s+into|attended"
    r"|watched|saw|turned\s+out|looked\s+on|were\s+(?:there|present|in\s+attendance))"
    r"(?:\s+(?:the\s+)?(?:stadium|ground|arena|venue|hall|theatre|theater|stands|park"
    r"|auditorium|terraces|match|game|final|derby|concert|show|event|race|contest))?\b",
    re.I,
)
# "the 527 cases reported so far": the total counted, not a part of it.
_COUNTED_SO_FAR = re.compile(
    r"\s+(?:(?:so\s+far|to\s+date)\s+)?(?:reported|recorded|confirmed|registered|logged"
    r"|identified|counted|notified)(?:\s+(?:so\s+far|to\s+date|in\s+total|in\s+all|overall"
    r"|altogether))?\b",
    re.I,
)
_CLAUSE_WORD = re.compile(r"[\w'’-]+")
# A participle or an adjective straight after the noun picks out a part of the group.
_QUALIFYING_WORD = re.compile(
    r"\s+(?:[a-z]+(?:ed|en|ing)|held|hurt|left|kept|sold|built|brought|caught|found|lost|paid"
    r"|sent|spent|struck|made|won|shot|hit|put|set|cut|run|born|still|alone|present|eligible"
    r"|available|aged|over|under|between|worldwide|nationwide|nationally|globally|overseas"
    r"|abroad|locally|elsewhere|statewide|countrywide|internationally|here|there"
    # A relative clause without "that": "the 1,520 flights it operates".
    r"|it|they|he|she|we|you|i|its|their|his|her|our)\b",
    re.I,
)
# "… who packed the stadium for the return leg": which occasion, read as _NARROWING is.
_FOR_PHRASE = re.compile(
    r"\s+(?:for|during|before|after|over|against|since|until|through|under|between)\s+"
    r"(?P<phrase>(?:[\w'’-]+\s+){0,3}[\w'’-]+)",
    re.I,
)
# A capacity or a limit is no count of those there: "the ferry can carry 640 passengers".
_CAPACITY = re.compile(
    r"\b(?:can|could|able\s+to)\s+(?:carry|take|hold|seat|accommodate|house|handle|serve)"
    r"|\bup\s+to\s+\d|\b(?:capacity|holds?|seats?|seating|room\s+for|designed\s+for|built\s+for"
    r"|licensed\s+for|maximum|limit\w*|cap(?:ped)?(?=\s+(?:at|of|on)\b))\b",
    re.I,
)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_ON_DAY = re.compile(rf"\s+on\s+(?P<d>{_WEEKDAY.pattern})")
# "364 cases since January" is the running total that "the 346 cases reported so far" is.
_SINCE = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:(?:late|early|mid)[-\s])?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|the\s+(?:outbreak|pandemic)\s+began)\b"
)


def _what_follows(ctx: RuleContext, a: _Count, b: _Count) -> str | None:
    """What the words after the back-reference "the 527 cases" make of it: None when they
    narrow the group ("the 250 members who voted"), "so far" when they make it a running
    total ("… reported so far"), and "" when they leave it whole: a verb, punctuation, a
    weekday, "who packed the stadium", or a phrase that only repeats the earlier sentence."""
    text = ctx.article.text
    noun = _noun_after(text, b.m.end) if b.measure_at is None else None
    pos = noun[2] if noun else b.m.end
    rate = _RATE.match(text, pos)
    if rate is not None:
        pos = rate.end()
    day = _ON_DAY.match(text, pos)
    if day is not None:
        # "met the 480 staff on Monday" says when, unless the first count was another day.
        if set(_WEEKDAY.findall(ctx.text(*_sentence(ctx, a)))) - {day.group("d")}:
            return None
        pos = day.end()
    found = ""
    counted = _COUNTED_SO_FAR.match(text, pos)
    attended = _WHO_ATTENDED.match(text, pos)
    if counted is not None:
        found = "so far" if re.search(r"so\s+far|to\s+date", counted.group(0)) else ""
        pos = counted.end()
    elif attended is not None and noun and _NOUN_GROUPS.get(noun[0]) == "spectators":
        pos = attended.end()
    elif _QUALIFYING_WORD.match(text, pos) and not _MAIN_VERB.match(text, pos):
        # "the 86,000 properties cut off" after "68,000 homes lost power": the words say
        # the group did what the earlier sentence said, which picks out no part of it.
        event = _same_event_words(ctx, a, pos)
        if event is None:
            return None  # "the 102 people charged", "the 2,510 people surveyed last year"
        pos = event
    a_text = ctx.text(*_sentence(ctx, a))
    member = _MEMBERS_OF.match(text, pos)
    if member is not None and any(
        _stems_in(w, a_text) for w in member.group("body").split() if w not in _AUXILIARIES
    ):
        # "the 84 countries that have joined the alliance" after "… founding members: 82
        # countries": being in the body the earlier sentence counted picks out no part.
        pos = member.end()
    narrowing = _NARROWING.match(text, pos) or _FOR_PHRASE.match(text, pos)
    if narrowing is not None and not _stems_in(_phrase_head(narrowing.group("phrase")), a_text):
        return None
    return found


# A relative clause that says the counted belong to a body: "that have joined the alliance",
# "who make up the council", "which signed the treaty".
_MEMBERS_OF = re.compile(
    r"\s+(?:that|who|which)\s+(?:(?:have|has|had|now)\s+)?(?:joined|signed(?:\s+up\s+to)?"
    r"|belong\s+to|make\s+up|form|are\s+(?:members|part)\s+of|sit\s+on|serve\s+on)\s+"
    r"(?:(?:the|its|their)\s+)?(?P<body>(?:[\w'’-]+\s+){0,2}[\w'’-]+)"
)


_PROPER_PHRASE = re.compile(r"(?:(?:the|a|an)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _phrase_head(phrase: str) -> str:
    """The words of a phrase that say which group, without a verb read on after them: "the
    Civic Arena included" -> "the Civic Arena", "the arena included" -> "the arena"."""
    name = _PROPER_PHRASE.match(phrase)
    if name is not None:
        return name.group(0)
    words = phrase.split()
    for i, word in enumerate(words[1:], 1):
        if word.lower() in _AUXILIARIES or (len(word) > 4 and word.endswith("ed")):
            return " ".join(words[:i])
    return phrase


_AUXILIARIES = _words("is are was were has have had will would could can may might did does")


_SPACE = re.compile(r"\s+")
# "the 8,214 fans included 1,500 students": a verb with its object says what the whole
# group did, where "the 102 people charged with …" picks out a part.
_MAIN_VERB = re.compile(
    r"\s+[a-z]+ed\s+(?:the|what|some|many|most|more\s+than|about|around|nearly|\d)", re.I
)


def _same_event_words(ctx: RuleContext, a: _Count, pos: int) -> int | None:
    """Where words at ``pos`` that name the event of a's sentence end ("cut off" after
    "lost power"), or None when they name none or another."""
    text = ctx.article.text
    space = _SPACE.match(text, pos)
    if space is None:
        return None
    a_text = ctx.text(*_sentence(ctx, a))
    for pattern in _EVENT_KINDS.values():
        said = pattern.match(text, space.end())
        if said is not None and pattern.search(a_text):
            return said.end()
    return None


_MONTH_OR_DAY = re.compile(
    rf"{_WEEKDAY.pattern}|\b(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b"
)


def _days(ctx: RuleContext, c: _Count) -> frozenset[str]:
    """The weekdays and months a count's sentence names."""
    return frozenset(_MONTH_OR_DAY.findall(ctx.text(*_sentence(ctx, c))))


def _near(ctx: RuleContext, c: _Count) -> tuple[int, int]:
    """A figure's own words: its clause, from at most eight words before it. "Ending half a
    century of manufacturing and putting 1,250 jobs at risk" is not about half the jobs."""
    start, end = _clause(ctx, c.m)
    at = c.m.start if c.measure_at is None else c.measure_at
    words = [w.start() for w in _CLAUSE_WORD.finditer(ctx.article.text, start, at)]
    return (words[-8] if len(words) > 8 else start), end


def _lead_times(ctx: RuleContext, c: _Count) -> frozenset[str]:
    """The moments a short opening phrase gives the whole sentence: "Last year, …"."""
    s_start, s_end = _sentence(ctx, c)
    mark = _CLAUSE_MARK.search(ctx.article.text, s_start, s_end)
    if mark is None or mark.start() > c.m.start:
        return frozenset()
    if len(_CLAUSE_WORD.findall(ctx.text(s_start, mark.start()))) > 5 or _ONCE_WHEN.match(
        ctx.article.text, s_start
    ):
        return frozenset()
    return _times(ctx, s_start, mark.start())


def _restatements(
    ctx: RuleContext,
    noun: str,
    counts: list[_Count],
    by_noun: dict[str, list[_Count]],
    uses: Counter[float],
) -> Iterator[tuple[_Count, _Count, str]]:
    """A definite count ("the 527 cases", "the attendance of 18,214", "help the 1,520
    workers") that restates the article's one earlier figure for the group, or for another
    name for it, with two digits swapped or one changed. Nothing else in the article has the
    later figure, and nothing around either says it is a part, a moment, a rate or a guess."""
    text = ctx.article.text
    if len(counts) > 12:
        return  # a table or a list of figures, not prose that restates one
    for b in counts:
        if b.m.value < 10 or b.m.value != int(b.m.value) or uses[b.m.value] > 1:
            continue  # a tiny count, or a figure used elsewhere for something of its own
        # Two small counts of one noun differ by a digit by chance far more often: "the 34
        # investors" restates "37 investors" only as the article's one other count of a
        # noun that names a group of its own, with neither figure used for anything else.
        small = b.m.value < 100
        at = b.m.start if b.measure_at is None else b.measure_at
        # "each of those 44 close passes": a demonstrative points back by itself, so a small
        # count is read against the one earlier count of the group under another name.
        pointing = b.measure_at is None and bool(_DEMONSTRATIVE.search(text, max(0, at - 8), at))
        if small and (
            (len(counts) != 2 and not pointing)
            or noun in _GENERIC_GROUPS
            or b.measure_at is not None
        ):
            continue
        pattern = _RESTATING if b.measure_at is None else _DEFINITE_MEASURE
        if not pattern.search(text, max(0, at - 20), at):
            continue
        # "the 527 cases" may restate "572 confirmed cases", not "the 527 confirmed cases"
        # restate "572 cases".
        pool = [
            a
            for a in counts
            if a.m.sentence < b.m.sentence and (not b.mods or a.mods[-len(b.mods) :] == b.mods)
        ]
        if small and not (
            (len(pool) == 1 and uses[pool[0].m.value] == 1 and _whole(ctx, pool[0]))
            or (pointing and not pool)
        ):
            continue
        why = "restated later; the digits slipped"
        if not all(
            overlaps(_count_range(x.m), _count_range(y.m)) for x, y in combinations(pool, 2)
        ):
            pool = _one_slipped(pool, b)  # two earlier figures: the one it is a slip of
            if not pool:
                continue
        if not pool:
            for other in _RELATED_GROUPS.get(noun, ()):
                pool = [
                    a
                    for a in by_noun.get(other, [])[:12]
                    if a.m.sentence < b.m.sentence
                    and (a.mods == b.mods or (pointing and not a.mods))
                ]
                if small and not (
                    len(pool) == 1 and uses[pool[0].m.value] == 1 and _whole(ctx, pool[0])
                ):
                    pool = []  # a small count: only the one earlier count of the group
                if pool:
                    why = f"counted as {other}, then as {noun}; the digits slipped"
                    break
        if not pool or not all(
            overlaps(_count_range(x.m), _count_range(y.m)) for x, y in combinations(pool, 2)
        ):
            continue  # nothing earlier, or two earlier figures it could point back at
        a = pool[-1]
        if overlaps(_count_range(a.m), _count_range(b.m)) or not _slip_of(a.m.value, b.m.value):
            continue
        for c in (a, b):
            _describe(ctx, c)
        if b.partitive is not None or (a.rate, a.by_year) != (b.rate, b.by_year):
            continue
        follows = _what_follows(ctx, a, b)
        if follows is None:
            continue
        if _changed(ctx, a) or _changed(ctx, b):
            continue
        b_start = _sentence(ctx, b)[0]
        purpose = _PURPOSE.search(text, max(b_start, b.m.start - 40), b.m.start)
        if purpose is not None and b.measure_at is None:
            b_start = purpose.start()
        # "between 2016 and 2021 he persuaded 37 investors": a count gathered over a period
        # is the group's total, which a later "the 34 investors" restates.
        a_near = _RECORD_SINCE.sub(" ", _PERIOD.sub(" ", ctx.text(*_near(ctx, a))))
        if follows == "so far":
            a_near = _SINCE.sub(" ", a_near)
        # "distributed among the 34 investors": the whole group, not a part of it.
        b_before = _AMONG_THE.sub(" ", ctx.text(b_start, b.m.start))
        if not (_span_ok(a_near) and _span_ok(b_before)):
            continue
        if _days(ctx, a) and _days(ctx, b) and _days(ctx, a) != _days(ctx, b):
            continue  # "572 flights on Monday", "the 527 flights on Tuesday"
        places = [_places(ctx, *_sentence(ctx, c)) for c in (a, b)]
        if all(places) and places[0] != places[1]:
            continue  # "4,500 employees in Britain", "the 5,400 employees in Germany"
        if _estimated(ctx, a) or _estimated(ctx, b):
            continue  # two sources, or a capacity
        b_noun = _noun_after(text, b.m.end) if b.measure_at is None else None
        a_times = _times_in(ctx, a_near) | _lead_times(ctx, a)
        if a_times != _times(ctx, b_start, b_noun[2] if b_noun else b.m.end):
            continue
        yield a, b, why


def _whole_apart(ctx: RuleContext, a: _Count, b: _Count) -> bool:
    """Whether words around either count of a back-reference ("all 480 workers") make them
    other moments, rates, parts, places, days or estimates."""
    for c in (a, b):
        _describe(ctx, c)
    if b.partitive is not None or a.partitive is not None:
        return True
    if (a.rate, a.by_year) != (b.rate, b.by_year) or _changed(ctx, a) or _changed(ctx, b):
        return True
    # Each figure's own words, the later one's up to its noun: what is said of the group
    # after it ("… were later released") does not make it another group.
    a_near = ctx.text(*_near(ctx, a))
    b_noun = _noun_after(ctx.article.text, b.m.end)
    b_near = ctx.text(_near(ctx, b)[0], b_noun[2] if b_noun else b.m.end)
    if not (_span_ok(a_near, projection=True) and _span_ok(b_near, projection=True)):
        return True
    spans = [ctx.text(*_sentence(ctx, c)) for c in (a, b)]
    if _days(ctx, a) != _days(ctx, b) or _times_in(ctx, spans[0]) != _times_in(ctx, spans[1]):
        return True
    places = [_places(ctx, *_sentence(ctx, c)) for c in (a, b)]
    if all(places) and places[0] != places[1]:
        return True
    return _estimated(ctx, a) or _estimated(ctx, b)


def _estimated(ctx: RuleContext, c: _Count) -> bool:
    """Whether an estimate or a capacity in the count's sentence is about it, not about
    another figure that follows the word ("… included what the principal estimated to be
    more than 1,500 students")."""
    s_start, s_end = _sentence(ctx, c)
    figures = [n.start for n in ctx.analysis.numbers if n.sentence == c.m.sentence]
    for pattern in (_ESTIMATE, _CAPACITY):
        for w in pattern.finditer(ctx.article.text, s_start, s_end):
            if _governs_other(ctx.article.text, w.end(), c.m.start, figures):
                continue
            # "will hold meetings", "seats on the board": a capacity only with its figure.
            following = [f for f in figures if f >= w.end()]
            if w.group(0).lower() in _CAPACITY_VERBS and (
                not following or min(following) != c.m.start
            ):
                continue
            return True
    return False


_CAPACITY_VERBS = _words("hold holds seat seats seating")


def _whole(ctx: RuleContext, a: _Count) -> bool:
    """Whether a count names its group without saying what the counted did: not "14
    protesters had been detained", which may be those of a larger group it befell."""
    noun = _noun_after(ctx.article.text, a.m.end)
    return noun is not None and not _SAID_TO_DO.match(ctx.article.text, noun[2])


def _one_slipped(pool: list[_Count], b: _Count) -> list[_Count]:
    """Of several earlier counts, the one that "the 86,000 properties" restates with a slip
    ("68,000 homes" beside "about 4,100 homes"): a figure of another size counts another
    group, so the back-reference is read as pointing at the only one of its size, and only
    when it is a close slip of it. An empty list when it is not that plain ("2,100 workers",
    "1,800 workers", "the 1,200 workers")."""
    near = [a for a in pool if max(a.m.value, b.m.value) <= 3 * min(a.m.value, b.m.value)]
    if len(near) != 1 or not _close_slip(near[0].m.value, b.m.value):
        return []
    return near


def _paired(ctx: RuleContext, noun: str, counts: list[_Count]) -> list[tuple[_Count, _Count, str]]:
    """Pairs of counts of one noun that the article says are one quantity, with why."""
    for c in counts:
        _describe(ctx, c)
    pairs: list[tuple[_Count, _Count, str]] = []
    for i, b in enumerate(counts):
        if not (b.definite and b.tail):
            continue
        # The count pointed back at: the nearest earlier one of the noun, itself no
        # back-reference.
        earlier = [a for a in counts[:i] if a.m.sentence < b.m.sentence]
        if not earlier or earlier[-1].definite:
            continue
        a = earlier[-1]
        if b.partitive is not None and (
            a.mods != b.mods or len({e.m.value for e in earlier if e.mods == b.mods}) != 1
        ):
            continue  # "of the 9,000 away fans", or two earlier counts it could be
        if _mods_agree(a.mods, b.mods) and _back_reference(ctx, a, b):
            tail = (b.tail or "").split("|")[0]
            pairs.append((a, b, f"the {noun} {'on ' if tail != 'involved' else ''}{tail}"))
    keyed: dict[tuple[str | None, str | None, str | None, str | None], list[_Count]] = {}
    for c in counts:
        if c.subject and c.verb:
            keyed.setdefault((c.subject[-1], c.verb, c.rate, c.by_year), []).append(c)
        if c.rate and c.by_year:
            keyed.setdefault((None, None, c.rate, c.by_year), []).append(c)
    for group in keyed.values():
        if len({c.m.value for c in group}) < 2 or len(group) > 8:
            continue
        for a, b in combinations(group, 2):
            why = _same_quantity(ctx, a, b)
            if why is not None:
                pairs.append((a, b, why))
    if len(counts) <= 8:
        for a, b in combinations(counts, 2):
            why = _same_event(ctx, a, b)
            if why is not None:
                pairs.append((a, b, why))
    return pairs


@rule("FC407", category=Category.NUMBER, severity=Severity.WARNING)
def conflicting_counts(ctx: RuleContext) -> Iterator[Hit]:
    """One count of people or things is given two different values in the same article.

    **What it does.** Reads counts, a figure with the plural noun it counts ("2,400 workers",
    "62,000 vehicles a day", "31,000 riders a weekday by 2035"), groups them by that noun, and
    compares two counts only when the article says they are one quantity: a definite
    back-reference ("the 2,100 workers involved", "… affected", "… on strike", or a part of it:
    "9,000 of the 31,842 spectators") to the only earlier count of that noun or of another name
    for it (a crowd, an attendance, spectators, fans); the same subject and verb at the same
    rate ("the bridge carries … vehicles a day" twice); or the same rate and target year ("…
    riders a weekday by 2035" twice). A plain definite restatement ("the 527 cases reported so
    far", "the 34,152 fans who packed the stadium", "the attendance of 18,214", "help the 1,520
    workers find new jobs", "the 8,214 fans at the Civic Arena included …", "all 36 wards",
    "each of the 36 wards") is compared with the article's one earlier figure for the group, or
    for a close name for it (jobs and workers, pupils and students, passengers and riders), only
    when the two read as a slip of each other: two digits swapped (572 and 527), or one digit
    changed by less than a quarter of the figure; the later figure appears nowhere else. When
    several earlier figures were given, it is compared with the only one of its size, and only
    when the two read as a close slip (two side-by-side digits swapped, "68,000 homes lost
    power" and "Of the 86,000 properties cut off"; a participle that repeats the earlier
    sentence's event picks out no part). A restatement of a small count ("37 investors" … "the
    34 investors") is compared only when the two are the article's only counts of a noun that
    names a group of its own (not "people"), neither figure is used elsewhere, and the earlier
    one does not say what the counted did ("14 protesters had been detained"). A definite
    back-reference to the whole of a group ("Of the 52 dead, 14 were children", "the 52
    victims", "the 102 arrested") is compared with the article's total for it under any of its
    names ("the death toll rose to 46", "46 people were killed", "killing 46"; likewise the
    injured, missing, evacuated and arrested), when the article gives that total one value
    (a figure under half the back-reference's, "two people died in Dhubri", is a part, and
    "rose to 48 after four more died" counts the four, so they explain no gap);
    a total hedged with "about" is read loosely (a sixth either way: "About 1,200 people were
    evacuated" … "most of the 2,100 evacuees"), and a record's year beside the total ("… as
    the river rose to its highest level since records began in 1958") says nothing of when
    it was counted. Two counts said to do the same thing whose figures read as a close slip
    ("destroying or badly damaging 1,140 homes" … "1,410 homes were destroyed or had major
    damage") are also compared for homes destroyed or damaged, read in their own words (a
    hedge on another figure, "at least 11 people", is not theirs); such a slip is one count
    even when only one of the two names its place ("340 homes had been evacuated in
    Appleby" … "430 homes had been evacuated and said …"; a second verb of the speaker's
    ends the count's clause). A restatement in a purpose
    clause ("would open an office next week to help the 221 workers") is read from "to". A
    count followed
    straight away by a dash, a colon or a bracket and the list of its parts ("312 damaged
    homes — 140 in Te Karoro, 96 in Ōpawa Junction and 58 in outlying rural areas") is
    compared with their sum, allowing for parts given in round figures. A restatement in a
    clause that says the counted belong to a body the earlier sentence names ("the 84
    countries that have joined the alliance") is read as the whole group; one a demonstrative
    points back with ("each of those 44 close passes") is compared, small or not, with the
    one earlier count of the group under another name ("49 flybys"; likewise soldiers and
    troops, ships and vessels, prisoners and inmates). A definite three-digit vote figure
    ("the 352 votes he received") is compared with an earlier one ("won 325 votes") when the
    two are the same digits with two side-by-side swapped and each is given once, unless it is
    said to be another side's ("… cast for the Greens"). Parts a sentence lists before a total
    in their unit ("four years on one count and two years on another, … for a total of five
    years", "a combined 21 goals", "12 months in all") are reported when they add up to more
    than it, unless they may overlap or shrink ("concurrently", "each", "suspended",
    "including") or are hedged. A team's season record ("finished 26-5", "went 18-4-2", "a
    26-5 record") is compared with a count of all its games ("all 30 of the team's games",
    "every one of its 17 games"), against the record nearest in size, when no record adds up
    to the count and the nearest is within three games; a part of the season ("8-2 in league
    play", "all 20 conference games", "… at home") and a score ("a 7-4 win") are left
    alone. A player's tally under a possessive ("Ellery's 29 points") is compared with the
    one other tally the article ties to that name ("Marcus Ellery scoring 31 points"), the
    whole of a possessive part ("four of its 12 nominations") with the article's one plain
    count of the noun ("went into the ceremony with 11 nominations"), and two counts of one
    event told with the same participle ("238 homes inundated" … "With more than 320 homes
    inundated") with each other; another game, season, rate, year, day, place or named owner,
    a part ("another", "11 acting nominations"), a count that has moved on ("the latest"), or
    figures far apart, leave them alone.
    A back-reference that names the whole group ("all 480 workers", "those 530 jobs",
    "every one of the 57 refugees"; not "all 40 people") or repeats the verb that first
    counted it ("arrested 34 people" … "the 43 people arrested", "burned 1,200 hectares" …
    "the 2,100 hectares burned") is compared with the article's one earlier value for the
    noun, slip or not, when the figures are within four times of each other and nothing
    narrows the group ("… at its Derby plant", "… on Saturday") or makes either figure
    another moment, rate, place or estimate. Group totals are also read for those taken to
    hospital ("Eleven people, including three children, were taken to hospital" … "the 13
    people treated at Tallaght University Hospital", unless the article names two
    hospitals), and a back-reference may be in words ("The five victims will be
    remembered …"). Figures that cannot
    both be right, allowing for rounding ("2,400" is stated to the nearest
    hundred) and hedges ("about", "more than"), are reported with both places. Money stays
    with FC401, which this rule mirrors for counts.

    **Why it matters.** A headcount, a traffic figure or a forecast that changes between
    paragraphs is a typo or a number left over from an earlier draft.

    **Example.**

        The bridge carries 62,000 vehicles a day. … The bridge carries about 48,000
        vehicles a day, engineers said.

    **Not flagged.** Different subjects ("the bridge carries 62,000 vehicles; the tunnel
    carries 40,000 vehicles"), subsets and parts ("300 workers returned", "the 900 workers
    on strike at the second terminal", "2,000 of the 9,000 away fans", "of the 2,000
    people surveyed"), different rates ("a day" and "a year", "on busy
    days"), changes over time or other moments ("rose from 2,100 to 2,400 workers", "last
    year", "in 2019", "originally"), scenarios and ranges, figures in one sentence, and
    rounding ("about 2,400" and "nearly 2,400"; "2.4 million" and "2,412,000"). A plain
    restatement is also left alone when a participle, a relative clause or a phrase after its
    noun picks out a part ("the 102 people charged", "the 250 members who voted", "the 480 staff
    at the paint shop", "… worldwide"), when the sentences name a capacity, an estimate, or
    another weekday, month or place, when the later figure is used elsewhere in the article,
    or when the figures are not a slip of each other ("the 410 workers" after "1,250 jobs").
    An estimate or a capacity said of another figure in the sentence ("… included what the
    principal estimated to be 1,500 students"), a record's year ("its first title since
    1998") and a compound ("a fourth-quarter comeback") do not count against a restatement.
    A group's total is left alone when it is hedged ("at least 46"), of a place or part ("In
    Pekalongan, 19 people were killed", "37 on Saturday and 15 on Sunday"), of another year,
    day or event, or an estimate, when the back-reference narrows the group ("the 52 dead in
    Pekalongan", "the 52 dead and injured"), or when the difference is a figure the article
    gives for the group (a sum: "and 12 on Sunday", "12 more were held"). A list of parts
    is left alone when the total is hedged, when the list
    picks some ("including", "of them", "mostly", "with the rest …") or gives rates, shares,
    years or other moments, when a part is hedged, or when the sum is off by more than a
    tenth (the leading parts only: "27 from Okafor and 19 from Hollis").

    An event has one crowd: when an article gives its attendance ("a crowd of 38,900", "in
    front of 5,230 spectators", "the 41,212 supporters packed into the Riverside", "watched
    by 12,400 fans", "The 4,612 spectators were …") just two values, within a third of each
    other (or twice, when both are written with the same digits, "6,214" and "4,612"), in
    different sentences, in whichever order, they are reported; "the biggest crowd since 2011"
    measures this crowd, not another year's. A crowd of another moment, match or place, a
    capacity, an average, a record, a part ("home fans", "of the"), an estimate ("organisers
    put …") or a round or hedged figure that fits is left alone, and so are three values or
    more (the crowds of several matches). "The toll of 74" is a back-reference to the dead.

    A party has one result in an election: its seats (or votes) read in the common forms
    ("the Conservatives took 144 seats, the Bloc 22, the New Democrats 7", "fell from 25
    seats to seven", "the NDP's nine seats", "the Greens, with 12 seats", "12 seats for the
    Greens", "gives the CDU 208 seats"), under its short forms and initials ("NDP" for "New
    Democrats", "Lib Dems", "the Tories"), are reported when two disagree. Another election
    ("in 2021", "last time", the "from" figure), another body, level or region ("in the
    Senate", "on the council", "In Scotland, …"), a target, projection, poll or count in
    progress, a gain ("12 seats from the SNP"), a quotation, a hedged figure that fits,
    figures five times apart (three for votes: a division's and the polls') and, where only
    some seats were contested, the seats won against those held are left alone.

    **How to silence it.** `--ignore FC407`, or fix the text.
    """
    text = ctx.article.text
    by_noun: dict[str, list[_Count]] = {}
    for m in ctx.analysis.numbers:
        if m.kind != "count" or m.value <= 0:
            continue
        noun = _noun_after(text, m.end)
        if noun is None:
            measure = _MEASURE_BEFORE.search(text, max(0, m.start - 40), m.start)
            if measure is None or _YEAR_LIKE.fullmatch(ctx.text(m.start, m.end)):
                continue
            noun = (measure.group("n").lower(), (), m.end)
            measure_at: int | None = measure.start()
        else:
            measure_at = None
        if any(w in _PART_MODIFIERS for w in noun[1]):
            continue
        by_noun.setdefault(_NOUN_GROUPS.get(noun[0], noun[0]), []).append(
            _Count(m, noun[1], measure_at)
        )
    reported: set[tuple[int, int]] = set()
    uses = Counter(n.value for n in ctx.analysis.numbers)
    for noun, counts in by_noun.items():
        pairs: list[tuple[_Count, _Count, str]] = []
        if (
            len({c.m.value for c in counts}) > 1
        ):  # a cheap gate: one value, nothing to disagree with
            pairs = _paired(ctx, noun, counts)
        pairs.extend(_restatements(ctx, noun, counts, by_noun, uses))
        pairs.extend(whole_backrefs(ctx, counts, uses, lambda a, b: _whole_apart(ctx, a, b)))
        for a, b, why in pairs:
            if overlaps(_count_range(a.m), _count_range(b.m)):
                continue
            if _places_apart(ctx, a.m, b.m):
                continue  # "In Cork, 68,000 homes … In Kerry, 20,000 homes": two places
            key = (min(a.m.start, b.m.start), max(a.m.start, b.m.start))
            if key in reported:
                continue
            reported.add(key)
            first, second = ctx.text(a.m.start, a.m.end), ctx.text(b.m.start, b.m.end)
            yield Hit(
                message=(
                    f"The number of {noun} ({why}) is given as {first} here and as {second}"
                    " elsewhere in the article; the two figures do not agree."
                ),
                spans=[(a.m.start, a.m.end), (b.m.start, b.m.end)],
                confidence=0.65,
            )
    if any(w in text for w in _GROUP_WORDS) and (
        _GROUP_KEYS.search(text) or _TOLL_BACK.search(text)
    ):
        for a_start, a_end, b_start, b_end, family in _group_totals(ctx, uses):
            if (min(a_start, b_start), max(a_start, b_start)) in reported:
                continue
            first, second = ctx.text(a_start, a_end), ctx.text(b_start, b_end)
            yield Hit(
                message=(
                    f"The number {family} is given as {first} here and as {second} elsewhere"
                    " in the article; the two figures do not agree."
                ),
                spans=[(a_start, a_end), (b_start, b_end)],
                confidence=0.65,
            )
    for a_start, a_end, b_start, b_end in attendance_pairs(ctx):
        if (a_start, b_start) in reported:
            continue
        first, second = ctx.text(a_start, a_end), ctx.text(b_start, b_end)
        yield Hit(
            message=(
                f"The crowd is given as {first} here and as {second} elsewhere in the"
                " article; an event has one attendance."
            ),
            spans=[(a_start, a_end), (b_start, b_end)],
            confidence=0.6,
        )
    if "votes" in text or "polled" in text:
        told: set[int] = set()
        for hit in _candidate_votes(ctx):
            told.update(start for start, _ in hit.spans)
            yield hit
        for a_start, a_end, b_start, b_end in transposed_votes(ctx):
            if b_start in told:
                continue
            first, second = ctx.text(a_start, a_end), ctx.text(b_start, b_end)
            yield Hit(
                message=(
                    f"A vote figure is given as {first} here and as {second} elsewhere in the"
                    " article: the same digits with two swapped, a likely typo."
                ),
                spans=[(a_start, a_end), (b_start, b_end)],
                confidence=0.6,
            )
    yield from party_results(ctx, reported)
    yield from restated_counts(ctx, uses, reported)
    yield from _breakdowns(ctx)
    for a_start, a_end, b_start, b_end in parts_over_total(ctx):
        yield Hit(
            message=(
                f"The parts listed, up to {ctx.text(a_start, a_end)}, add up to more than the"
                f" total of {ctx.text(b_start, b_end)} the sentence gives them."
            ),
            spans=[(a_start, a_end), (b_start, b_end)],
            confidence=0.6,
        )
    for a_start, a_end, b_start, b_end in record_vs_games(ctx):
        yield Hit(
            message=(
                f"A season record of {ctx.text(a_start, a_end)} is not"
                f" {ctx.text(b_start, b_end)} games; the record and the count of games do"
                " not agree."
            ),
            spans=[(a_start, a_end), (b_start, b_end)],
            confidence=0.6,
        )


# --- FC407 a total and the parts it is broken into ------------------------------------------

# "312 damaged homes — 140 in Te Karoro, 96 in Ōpawa Junction and 58 in outlying areas": a
# dash, a colon or a bracket straight after the total's noun opens the list of its parts.
_LIST_OPENS = re.compile(r"\s*(?:[—–:(]|\s-{1,2})\s*")
_LIST_ENDS = re.compile(r"[.;)—–]|\s-{1,2}\s")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LIST_ITEM = re.compile(rf"(?P<n>{NUM})(?![\w,.%-])(?P<rest>[^\d%$€£¥₹]{{0,60}})$")
# Words that make the list a selection, a rate or a guess, not the whole in parts.
_NOT_ALL_PARTS = re.compile(
    r"\b(?:includ\w*|of\s+(?:them|whom|which|those|these)|among|such\s+as|for\s+example"
    r"|e\.g|mostly|mainly|chiefly|largely|per|each|every|a\s+(?:day|week|month|year)"
    r"|percent|per\s?cent|while|whereas|with|rest|remainder|remaining|others?|respectively"
    r"|more|fewer|less|than|up|down|over|under|since|ago|last|previous\w*|earlier"
    rf"|(?:{QUAL}))\b",
    re.I,
)


def _breakdowns(ctx: RuleContext) -> Iterator[Hit]:
    """A count followed straight away by the list of its parts, which do not add up to it:
    "312 damaged homes — 140 in Te Karoro, 96 in Ōpawa Junction and 58 in outlying areas"."""
    text = ctx.article.text
    for m in ctx.analysis.numbers:
        if m.kind != "count" or m.value < 3 or m.value != int(m.value):
            continue
        noun = _noun_after(text, m.end)
        if noun is None or noun[2] >= len(text) or text[noun[2]] not in " —–:(":
            continue  # cheap: the list must open straight after the noun
        opens = _LIST_OPENS.match(text, noun[2])
        if opens is None or not opens.group(0).strip():
            continue
        s_end = ctx.analysis.sentences[m.sentence].end
        close = _LIST_ENDS.search(text, opens.end(), s_end)
        end = close.start() if close is not None else s_end
        segment = text[opens.end() : end]
        if " and " not in segment or _NOT_ALL_PARTS.search(segment):
            continue  # no closing "and", or a selection of the parts
        items = _LIST_SPLIT.split(segment.strip())
        parts = [_LIST_ITEM.match(item) for item in items]
        if len(parts) < 2 or any(p is None or len(p.group("rest").split()) > 6 for p in parts):
            continue
        if m.qualifier is not None:
            continue  # "about 1,250 staff": its parts are rough too
        figures = [parse_number(p.group("n")) for p in parts if p is not None]
        values = [v for v, _ in figures]
        total = sum(values)
        # Parts given in round figures ("800 in Leeds and 400 in Hull") may each be rounded.
        slack = sum(u / 2 for v, precision in figures if (u := _round_unit(v, precision)) > 1)
        if min(values) <= 0 or overlaps(_count_range(m), (total - slack, total + slack)):
            continue
        if abs(total - m.value) > 0.1 * m.value:
            continue  # far off: the leading parts only ("27 from Okafor and 19 from Hollis")
        lo = opens.end() + len(segment) - len(segment.lstrip())
        hi = opens.end() + len(segment.rstrip())
        sums = " + ".join(f"{v:,.0f}" for v in values)
        yield Hit(
            message=(
                f"The {ctx.text(m.start, noun[2])} are broken down into parts that add up to"
                f" {total:,.0f} ({sums}), not {ctx.text(m.start, m.end)}."
            ),
            spans=[(m.start, m.end), (lo, hi)],
            confidence=0.7,
        )


# --- FC407 the total of a group named with other words ------------------------------------

# A hospital, or one by name: "hospital", "a local hospital", "Tallaght University Hospital".
_HOSPITAL = (
    r"(?:(?:a|the)\s+)?(?:local\s+|nearby\s+)?hospitals?"
    r"|(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:Hospital|Infirmary)"
)
# Two hospitals named: the patients of each are a part of the whole.
_NAMED_HOSPITAL = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}(?:Hospital|Infirmary)\b")
# One group's total under its several names, each family as (words after the figure, nouns
# after it, words before it, words of a later back-reference): "the death toll rose to 46",
# "46 people were killed", "killing 46", "46 deaths" … "Of the 52 dead, 14 were children".
_FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "of dead": (
        r"dead|killed|died|perished|lost\s+their\s+lives",
        r"deaths|fatalities",
        r"killed|killing|claimed\s+the\s+lives\s+of",
        r"dead|killed|victims|deaths|fatalities",
    ),
    "of injured": (
        r"injured|hurt|wounded",
        r"injuries",
        r"injured|injuring|wounded|wounding",
        r"injured|wounded",
    ),
    "missing": (r"missing|unaccounted\s+for", r"(?!)", r"(?!)", r"missing"),
    "evacuated": (
        r"evacuated",
        r"evacuees",
        r"evacuated|evacuating",
        r"evacuees|evacuated",
    ),
    "arrested": (
        r"arrested|detained",
        r"arrests|detainees",
        r"arrested|arresting|detained|detaining",
        r"arrested|detained|detainees",
    ),
    # "11 people were taken to hospital" … "the 13 people treated at Tallaght Hospital".
    "taken to hospital": (
        rf"(?:taken|rushed|airlifted|flown|brought|admitted)\s+to\s+(?:{_HOSPITAL})"
        r"|hospitali[sz]ed|treated\s+in\s+hospital",
        r"(?!)",
        r"(?!)",
        rf"hospitali[sz]ed|(?:treated|taken)\s+(?:at|in|to)\s+(?:{_HOSPITAL})",
    ),
}
# Cheap to look for before the pattern below: the words a back-reference ends with.
_GROUP_WORDS = (
    "dead",
    "killed",
    "victims",
    "deaths",
    "fatalities",
    "injured",
    "wounded",
    "missing",
    "evacu",
    "arrested",
    "detain",
    "toll",
    "hospital",
)
# "The five victims" as well as "the 52 victims".
_GROUP_KEYS = re.compile(
    rf"\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+{NUM}\s+(?:people\s+|persons\s+)?(?:dead|killed"
    r"|victims|deaths|fatalities|injured|wounded|missing|evacuees|evacuated|arrested|detained"
    r"|detainees|hospitali[sz]ed|treated|taken)\b"
)
# "Eleven people, including three children, were taken to hospital": an aside that names
# some of them is no part of the count.
_WHO = r"(?:(?:people|persons)(?:,\s+(?:including|among\s+them)\s+[^,.;:()\d]{1,40},)?\s+)?"
_BE = (
    r"(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s+)?"
    r"(?:(?:now|still|confirmed)\s+)?"
)
_FIGURE = rf"(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})"
# "killed 46 people", "killing 46 and injuring 200", not "killed 46 soldiers" (a part).
_NO_NOUN = (
    r"(?:\s+(?:people|persons)\b|(?![\w-])(?!\s+(?!(?:and|or|in|on|at|when|after|as|during"
    r"|across|including)\b)[a-z]))"
)
# "the death toll rose to 46", "a death toll of 46", "the toll stood at 46".
_TOLL = re.compile(
    rf"\b(?:death\s+)?toll\b[^.;:\d]{{0,60}}?\b(?:to|at|of|is|was|reached|hit|passed|topped)\s+"
    rf"{_FIGURE}(?!\s+(?:per|percent|%)\b)",
    re.I,
)
_GROUP_FORMS: dict[str, list[re.Pattern[str]]] = {
    family: [
        re.compile(rf"(?<![\w,.$€£¥₹]){_FIGURE}\s+{_WHO}{_BE}(?:{after})\b", re.I),
        re.compile(rf"(?<![\w,.$€£¥₹]){_FIGURE}\s+(?:{nouns})\b", re.I),
        re.compile(rf"\b(?:{before})\s+{_FIGURE}{_NO_NOUN}", re.I),
    ]
    for family, (after, nouns, before, _) in _FAMILIES.items()
}
_FAMILY_WORDS = {
    family: re.compile(rf"\b(?:{after}|{nouns}|{before}|{back})\b", re.I)
    for family, (after, nouns, before, back) in _FAMILIES.items()
}
_GROUP_BACK = {
    family: re.compile(
        rf"\b(?P<of>[Oo]f\s+)?(?:[Tt]he|[Tt]hose|[Tt]hese)\s+(?P<n>{NUM})\s+{_WHO}"
        rf"(?P<w>{back})\b"
    )
    for family, (_, _, _, back) in _FAMILIES.items()
}
# "with the toll of 74 confirmed so far": the whole of the dead, however it goes on.
_TOLL_BACK = re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:death\s+)?toll\s+of\s+(?P<n>{NUM})")
# What may follow a back-reference to the whole group: a stop, or a verb saying who they
# were ("Of the 52 dead, 14 were children", "the 52 dead included 14 children").
_WHOLE_GROUP_END = re.compile(
    r"\s*(?:[,.;:)—–]|$)|\s+(?:were|was|are|had|have|include[sd]?|including|comprised"
    r"|ranged|came|remain(?:ed)?|lay|will|would)\b"
)
# Words that make a figure of the group a part of it, another moment, or a guess.
_GROUP_OTHER = re.compile(
    r"\b(?:alone|there|here|of\s+(?:them|whom)|among\s+(?:them|whom)|includ\w*|separate\w*"
    r"|another|other|earlier|previous\w*|initial\w*|original\w*|first|later|final|revised"
    r"|updated|estimat\w*|feared|could|would|may|might|ago|last|since|before)\b",
    re.I,
)


def _group_totals(
    ctx: RuleContext, uses: Counter[float]
) -> Iterator[tuple[int, int, int, int, str]]:
    """ "Of the 52 dead, 14 were children" after "the death toll rose to 46": a definite
    back-reference to the whole of a group whose total the article gives, in one value,
    under any of its names. Totals of another year, a place, a part, a guess or a hedge
    ("at least 46") leave it alone."""
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    for family, back in _GROUP_BACK.items():
        if family == "taken to hospital" and (
            "ospital" not in text or len(set(_NAMED_HOSPITAL.findall(text))) > 1
        ):
            continue
        refs = list(back.finditer(text))
        tolls = list(_TOLL_BACK.finditer(text)) if family == "of dead" else []
        if len(refs) + len(tolls) != 1:
            continue  # none, or several: a story of several groups
        b = (refs or tolls)[0]
        b_value, _ = parse_number(b.group("n"))
        b_sentence = _sentence_at(ctx, b.start("n"))
        if b_sentence is None or b_value < 2 or uses[b_value] > 1:
            continue
        if not tolls and not _WHOLE_GROUP_END.match(text, b.end()):
            continue  # "the 52 dead in the village", "the 52 killed and injured"
        totals: dict[int, re.Match[str]] = {}
        patterns = [*_GROUP_FORMS[family], *([_TOLL] if family == "of dead" else [])]
        for pattern in patterns:
            for m in pattern.finditer(text):
                if m.start("n") != b.start("n"):
                    totals.setdefault(m.start("n"), m)
        found = []
        for m in totals.values():
            at = _sentence_at(ctx, m.start("n"))
            if at is None:
                continue
            s_text = _RECORD_SINCE.sub(" ", ctx.text(sentences[at].start, sentences[at].end))
            if _COUNT_YEARS.search(s_text):
                continue  # "since a landslide killed more than 90 people in 2014"
            found.append((at, m))
        values = [parse_number(m.group("n"))[0] for _, m in found]
        if len(set(values)) > 1 and sum(values) != b_value:
            # "two people died in Dhubri" beside "the toll rose to 48": a figure under half
            # the back-reference's is a part of the whole, not a rival total for it.
            found = [(at, m) for (at, m), v in zip(found, values, strict=True) if 2 * v > b_value]
        if not found or len({parse_number(m.group("n"))[0] for _, m in found}) != 1:
            continue  # no total, or several figures the back-reference could be
        if not any(at < b_sentence for at, _ in found):
            continue  # no total before the back-reference
        a_sentence, a = next((at, m) for at, m in found if at < b_sentence)
        a_value, a_precision = parse_number(a.group("n"))
        if a_value == b_value or _group_figure(
            ctx, abs(b_value - a_value), family, b_sentence, [m for _, m in found]
        ):
            continue  # "37 on Saturday and 12 on Sunday … the 49 arrested": a sum
        if any(m.group("q") for _, m in found) and overlaps(
            _hedged_total(a_value, a_precision, _qual(a.group("q"))), (b_value, b_value)
        ):
            continue  # "at least 46", "about 50": a hedged total the later figure fits
        if _listed_part(text, a, family):
            continue  # one of two figures set side by side: a part of the total
        b_s = sentences[b_sentence]
        if _GROUP_OTHER.search(ctx.text(b_s.start, b.start())) or _ESTIMATE.search(
            ctx.text(b_s.start, b_s.end)
        ):
            continue
        # Each total is read from its sentence's start to its clause's end: "In Pekalongan
        # alone, 19 people were killed" is the toll of a part.
        if any(
            _GROUP_OTHER.search(
                _RECORD_SINCE.sub(
                    " ", ctx.text(sentences[at].start, _clause_at(ctx, m.start("n"))[1])
                )
            )
            or _ESTIMATE.search(ctx.text(sentences[at].start, sentences[at].end))
            for at, m in found
        ):
            continue
        a_s = sentences[a_sentence]
        # "… as the river rose to its highest level since records began in 1958": a
        # record's year says nothing of when the total was counted.
        a_text = _RECORD_SINCE.sub(" ", ctx.text(a_s.start, a_s.end))
        # Where a total is of: its clause, and a short phrase opening its sentence ("In
        # Pekalongan, 19 people were killed"), not "Rescuers in Central Java …, as the
        # death toll rose to 46", which names where the story is.
        clause = _clause_at(ctx, a.start("n"))
        lead = _CLAUSE_MARK.search(text, a_s.start, clause[0])
        a_where = ctx.text(*clause)
        if lead and len(_CLAUSE_WORD.findall(ctx.text(a_s.start, lead.start()))) <= 5:
            a_where += " " + ctx.text(a_s.start, lead.start())
        b_text = ctx.text(b_s.start, b_s.end)
        places = [_places_in(a_where), _places_in(b_text)]
        if places[0] and places[0] != places[1] and not all(p in b_text for p in places[0]):
            continue  # "19 people were killed in Pekalongan": the toll of one place
        # The back-reference's moment is its own clause's, with the phrase opening its
        # sentence: "with the toll of 74 so far, Assam has had more deaths than last year".
        b_clause = _clause_at(ctx, b.start("n"))
        b_lead = _CLAUSE_MARK.search(text, b_s.start, b_clause[0])
        b_when = ctx.text(*b_clause) + " " + (ctx.text(b_s.start, b_lead.start()) if b_lead else "")
        if _times_in(ctx, a_text) != _times_in(ctx, b_when):
            continue
        # The back-reference's day is one said before it or straight after ("the 52 dead by
        # Wednesday"), not that of what the sentence goes on to tell ("The five victims will
        # be remembered at a service on Friday").
        b_day = ctx.text(b_s.start, min(b_s.end, b.end() + 16))
        days = [frozenset(_MONTH_OR_DAY.findall(t)) for t in (a_text, b_day)]
        if all(days) and days[0] != days[1]:
            continue  # "46 on Monday", "the 52 dead by Wednesday": a toll that rose
        yield a.start("n"), a.end("n"), b.start("n"), b.end("n"), family


# "the toll rose to 48 after four more people drowned": the total already counts the four.
_RISEN_TO = re.compile(r"\b(?:rose|rising|risen|rises|climbed|climbing|reached)\b", re.I)


def _group_figure(
    ctx: RuleContext, value: float, family: str, back: int, totals: list[re.Match[str]]
) -> bool:
    """Whether ``value`` is given in a sentence about the group ("and 12 on Sunday"), other
    than the back-reference's, so that a total that differs by it may be a sum; not "two
    sons", "all but two" or "The four victims were all members of one family", nor a rise
    the total says it already counts ("the toll rose to 48 after four more died")."""
    sentences = ctx.analysis.sentences
    text = ctx.article.text
    # Where each total that says it rose stands: figures after it in its sentence are in it.
    risen: dict[int, int] = {}
    for total in totals:
        at = _sentence_at(ctx, total.start("n"))
        if at is not None and _RISEN_TO.search(text, sentences[at].start, total.start("n")):
            risen[at] = total.start("n")
    return any(
        n.value == value
        and n.sentence != back
        and not (n.sentence in risen and n.start > risen[n.sentence])
        and bool(
            _FAMILY_WORDS[family].search(
                ctx.text(sentences[n.sentence].start, sentences[n.sentence].end)
            )
            or _MORE_BEFORE.search(ctx.text(max(0, n.start - 12), n.start))
            or _MORE_AFTER.match(ctx.text(n.end, n.end + 10))
        )
        for n in ctx.analysis.numbers
    )


# "12 more were held", "another 12": more of the group, whatever the verb.
_MORE_BEFORE = re.compile(r"\b(?:another|further)\s+$", re.I)
_MORE_AFTER = re.compile(r"\s+(?:more|others)\b")


def _hedged_total(value: float, precision: float, qual: Qualifier | None) -> tuple[float, float]:
    """The values a hedged total allows, "about" and "nearly" read loosely (a sixth below,
    and a sixth above for "about"): a first rough count and a later exact one may differ
    that much without either being wrong."""
    lo, hi = interval(value, precision, qual)
    if qual in ("about", "nearly"):
        lo = min(lo, value * 5 / 6)
    if qual == "about":
        hi = max(hi, value * 7 / 6)
    return lo, hi


# "37 people on Saturday and 15 on Sunday": a figure listed with another.
_LISTED_AFTER = re.compile(rf"[^.;,\d]*?\b(?:and|or|plus)\s+(?:(?:{QUAL})\s+)?{NUM}")
_LISTED_BEFORE = re.compile(rf"{NUM}[^.;,\d]*?\b(?:and|or|plus)\s+(?:(?:{QUAL})\s+)?$")


def _listed_part(text: str, a: re.Match[str], family: str) -> bool:
    """Whether the total is one of two figures of the group set side by side ("37 on
    Saturday and 15 on Sunday"), not beside another group's ("Four people died and 11 were
    injured")."""
    after = _LISTED_AFTER.match(text, a.end("n"), min(len(text), a.end("n") + 50))
    if after is not None:
        tail = text[after.end() : after.end() + 30]
        return not any(
            words.search(tail) for other, words in _FAMILY_WORDS.items() if other != family
        ) or bool(_FAMILY_WORDS[family].search(tail))
    return bool(_LISTED_BEFORE.search(text, max(0, a.start("n") - 50), a.start("n")))


# "near Ashburton", "outside Leeds": where one crash or fire happened, not a part of a wider
# toll ("In Pekalongan, 19 people were killed").
_GROUP_PLACE = re.compile(
    r"\b(?i:in|across|throughout)\s+(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)


def _places_in(span: str) -> frozenset[str]:
    """Places that ``span`` names, as `_places` reads them, "In Pekalongan" included."""
    found = set()
    for m in _GROUP_PLACE.finditer(span):
        words = [w for w in m.group("p").split() if w not in _NOT_PLACES]
        if words:
            found.add(" ".join(words))
    return frozenset(found)


def _sentence_at(ctx: RuleContext, pos: int) -> int | None:
    """The index of the body sentence that holds ``pos``, or None."""
    sentences = ctx.analysis.sentences
    i = bisect_right(sentences, pos, key=lambda s: s.start) - 1
    return i if i >= 0 and pos < sentences[i].end else None


def _clause_at(ctx: RuleContext, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: between the punctuation marks either side of it."""
    text = ctx.article.text
    s = ctx.analysis.sentences[_sentence_at(ctx, pos) or 0]
    before = [x.end() for x in _CLAUSE_MARK.finditer(text, s.start, pos)]
    after = _CLAUSE_MARK.search(text, pos, s.end)
    return (before[-1] if before else s.start), (after.start() if after else s.end)


_VOTES_N = rf"(?:(?P<q>{QUAL})\s+)?(?P<n>{NUM})\s+votes\b"
# A candidate's own vote count: "Nair's 1,240 votes", "Nair won with 1,204 votes",
# "1,204 votes for Nair", "Nair polled 1,204 votes".
_CANDIDATE_VOTES = [
    re.compile(rf"\b(?P<name>{_NAME_WORDS})['’]s?\s+(?:total\s+of\s+)?{_VOTES_N}"),
    re.compile(
        rf"\b(?P<name>{_NAME_WORDS})(?:,\s+[^,;.]{{1,80}}?,)?\s+(?:(?:had|has|was|were)\s+)?"
        r"(?:won|received|got|polled"
        r"|took|secured|gained|collected|attracted|picked\s+up|finished\s+\w+|came\s+\w+"
        r"|topped\s+the\s+poll|won\s+the\s+seat|was\s+elected|was\s+re-elected)"
        rf"(?:\s+(?:with|on))?\s+{_VOTES_N}(?!\s+(?:against\b|to\s+(?:[\d(]|(?-i:[A-Z])"
        rf"|(?:{QUAL})\s)))"
    ),
    re.compile(rf"{_VOTES_N}\s+(?:for|went\s+to|cast\s+for|backing)\s+(?P<name>{_NAME_WORDS})"),
]


def _candidate_votes(ctx: RuleContext) -> Iterator[Hit]:
    """A candidate's vote count given twice with two values ("Nair won with 1,204 votes
    … Nair's 1,240 votes")."""
    text = ctx.article.text
    sentences = ctx.analysis.sentences
    by_name: dict[str, list[tuple[int, int, float, tuple[float, float]]]] = {}
    seen: set[int] = set()
    for sentence in sentences:
        s_text = ctx.text(sentence.start, sentence.end)
        if "votes" not in s_text or _CANDIDATE_OTHER.search(s_text):
            continue
        for pattern in _CANDIDATE_VOTES:
            for m in pattern.finditer(text, sentence.start, sentence.end):
                if m.start("n") in seen or _candidate_figure_other(
                    s_text, text[sentence.start : m.start("n")], text[m.end("n") : sentence.end]
                ):
                    continue
                words = [w for w in m.group("name").split() if w not in _NOT_CANDIDATES]
                if not words or not words[-1][0].isupper():
                    continue
                seen.add(m.start("n"))
                value, precision = parse_number(m.group("n"))
                if value <= 0 or _YEAR_LIKE.fullmatch(m.group("n")):
                    continue
                key = _POSSESSIVE_END.sub("", words[-1])
                rng = interval(value, precision, _qual(m.group("q")))
                by_name.setdefault(key, []).append((m.start("n"), m.end("n"), value, rng))
    for name, found in by_name.items():
        for (a_start, a_end, a, a_rng), (b_start, b_end, b, b_rng) in combinations(found, 2):
            if a == b or overlaps(a_rng, b_rng):
                continue
            yield Hit(
                message=(
                    f"{name}'s vote is given as {ctx.text(a_start, a_end)} here and as"
                    f" {ctx.text(b_start, b_end)} elsewhere in the article; the two figures do"
                    " not agree."
                ),
                spans=[(a_start, a_end), (b_start, b_end)],
                confidence=0.65,
            )
            break


# A place a sentence opens with: "In Cork, …", "Across Kerry, …", "At Heathrow, …".
_PLACE_OPENING = re.compile(
    r"\s*(?:In|At|Across|Throughout|Around|Outside|Near)\s+((?:[A-Z][\w'’-]+\s*){1,3}),"
)


def _places_apart(ctx: RuleContext, a: NumberMention, b: NumberMention) -> bool:
    """Two counts whose sentences open with different places."""
    sentences = ctx.analysis.sentences
    places = []
    for m in (a, b):
        sentence = sentences[m.sentence]
        found = _PLACE_OPENING.match(ctx.article.text, sentence.start, m.start)
        places.append(found.group(1).strip() if found else None)
    return places[0] != places[1] and None not in places
