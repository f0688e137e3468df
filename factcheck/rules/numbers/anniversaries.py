"""FC406 anniversary-vs-founding-year.

An anniversary or an "N years ago" does not fit the stated founding year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from factcheck.analysis.dates import MONTH_RE, MONTHS
from factcheck.analysis.numbers import NumberMention, interval
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import _YEAR_IN_TEXT
from factcheck.rules.registry import Hit, RuleContext, rule

_FUTURE = re.compile(
    r"\b(?:will|upcoming|nearing|approaching|ahead\s+of|coming|next|prepar\w*|plans?|planned)\b",
    re.I,
)
# A moment within the year of publication: "this summer's edition", "this weekend".
_THIS_YEAR = re.compile(r"\bthis\s+(?:year|summer|spring|autumn|month|week|weekend)\b")
_PAST = re.compile(r"\b(?:celebrated|marked|held|commemorated|was|were|had)\b", re.I)


# The end of what marks the anniversary ("until January 2027"), or where a span starts
# ("photographs from every decade since 1923"): not the year the anniversary falls in.
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|through|to|by)\b[^.;:]*$|\b(?:since|from)\s+(?:\w+\s+)?$", re.I
)


# A year that names a thing, not a time: "the 1971 side", "the club's 1994 premiership".
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?P<prep>in|during|throughout|over|for|at|by)\s+)?"
    r"\b(?:the|its|their|his|her|our|a|an|that|[\w-]+['’]s)\s+$",
    re.I,
)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_TIME_NOUN_AFTER = re.compile(
    r"\s+(?:season|edition|campaign|year|summer|winter|spring|autumn|celebrations?|festivities"
    r"|anniversary|centenary|jubilee)\b",
    re.I,
)


def _names_a_thing(s_text: str, year: re.Match[str], offset: int, c_start: int, c_end: int) -> bool:
    """Whether a year outside the anniversary's own clause modifies a noun ("including six
    members of the 1971 side"): it names a thing of that year, not when the anniversary
    falls ("in the 2013 season" and "the 2013 edition" still do)."""
    if c_start <= offset + year.start() < c_end:
        return False
    before = _DETERMINER_BEFORE.search(s_text, max(0, year.start() - 30), year.start())
    if before is None or before.group("prep"):
        return False
    tail = s_text[year.end() : year.end() + 20]
    return _NOUN_AFTER.match(tail) is not None and _TIME_NOUN_AFTER.match(tail) is None


def _event_for(ctx: RuleContext, mention: NumberMention) -> NumberMention | None:
    """The founding year a relative date speaks of: one in the same sentence, else the only
    founding year in the article."""
    # Where a thing has been "home since 1931" dates only its first match or show there; a
    # first match is of a place, whose founding is in its sentence or is that home's (not
    # the club's founding told elsewhere).
    events = [
        m
        for m in ctx.analysis.numbers
        if m.kind == "event_year"
        and (
            (m.event == "home") == (mention.event == "first")
            or (mention.event == "first" and m.sentence == mention.sentence)
        )
    ]
    same = [e for e in events if e.sentence == mention.sentence]
    if same:
        return same[0] if len({e.value for e in same}) == 1 else None
    # The founding told in the anniversary's own paragraph, else the article's only one.
    block = next((b for b in ctx.segmentation.body if b.start <= mention.start < b.end), None)
    if block is not None:
        near = [e for e in events if block.start <= e.start < block.end]
        if near:
            return near[0] if len({e.value for e in near}) == 1 else None
    if len({e.value for e in events}) == 1 and mention.event != "since_thing":
        # "50 years since the pool opened" names its own thing: not the article's founding.
        return events[0]
    return None


# Where a clause ends: the anniversary's own clause is what its time words speak of.
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s")
# Words in the anniversary's own clause that say when it falls: "which celebrates its 20th
# anniversary this year, went public in 2013" falls this year, not in 2013.
_CLAUSE_WHEN = re.compile(
    r"\b(?:(?:this|next|last)\s+(?:year|summer|spring|autumn|fall|winter|month|week|weekend)"
    r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today"
    r"|tonight|yesterday|now)\b",
    re.I,
)


def _own_clause(ctx: RuleContext, ann: NumberMention) -> tuple[int, int]:
    """The clause of the sentence the anniversary stands in, between punctuation."""
    sentence = ctx.analysis.sentences[ann.sentence]
    text = ctx.article.text
    start = max(
        (m.end() for m in _CLAUSE_BREAK.finditer(text, sentence.start, ann.start)),
        default=sentence.start,
    )
    after = _CLAUSE_BREAK.search(text, ann.end, sentence.end)
    return start, after.start() if after else sentence.end


_WORD_BEFORE = re.compile(r"(?P<w>[\w'’-]+),?\s+$")


def _person_subject(ctx: RuleContext, ann: NumberMention) -> bool:
    """Whether "X is marking 25 years" is of a person of the article ("Hale is celebrating
    25 years with the club"): a tenure or a marriage, not the founding's anniversary."""
    if ann.event != "marking":
        return False
    before = _WORD_BEFORE.search(ctx.article.text, max(0, ann.start - 40), ann.start)
    if before is None:
        return False
    word = before.group("w")
    people = {p.person for p in ctx.analysis.mentions}
    people |= {f"{n.given} {n.surname}" for n in ctx.analysis.names if n.full and n.given}
    people |= {m.full_name for m in ctx.analysis.numbers if m.full_name and m.full_name != "?"}
    parts = {w for name in people for w in name.split()}
    return word in parts or word.removesuffix("s") in parts  # "the Hales are marking …"


# The owners whose anniversary is the founding's: "the company's 50th anniversary".
_OWNERS = re.compile(
    r"company|firm|business|club|society|school|museum|charity|group|brand|maker|team"
    r"|festival|event|shop|store|restaurant|bakery|theatre|theater|orchestra|choir|band"
    r"|newspaper|paper|magazine|institute|association|foundation|trust|organi[sz]ation"
)
# What an anniversary of the founding is "of": "of its founding", "of the club".
_OF_FOUNDING = re.compile(
    rf"\s+of\s+(?:[^.;:,()—–]{{0,40}}?(?:\b(?:{_OWNERS.pattern})\b|found|establish"
    r"|opening|creation|launch|inaugura|incorporat))",
    re.I,
)
# A verb that holds the anniversary itself: "celebrated its 21st anniversary last October".
_MARK_VERB = re.compile(r"\b(?:celebrat|mark|commemorat|observ|turn|toast|reach)\w*", re.I)
_MONTH_TOLD = re.compile(
    rf"\b(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+|(?:in|on|by)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?)"
    rf"(?P<m>{MONTH_RE})(?!\s*,?\s*\d{{4}})"
)
_MONTH_REACH = 40
_YEAR_WORDS = re.compile(r"\b(?:this|next|last)\s+year\b", re.I)
_DAYS_TOLD = re.compile(
    r"\b(?:(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|today|tonight|yesterday|(?:last|this)\s+(?:week|weekend|month))\b"
)


def _of_founding(ctx: RuleContext, ann: NumberMention) -> bool:
    """Whether "the 25th anniversary of …" is of the founding or the founded thing."""
    return _OF_FOUNDING.match(ctx.article.text, ann.end, ann.end + 60) is not None


def _clause_year(
    ctx: RuleContext, ann: NumberMention, start: int, end: int, published: dt.date
) -> tuple[int, int] | None:
    """The years an anniversary marked in its own clause falls in, told by a month just after
    it ("marked its 20th anniversary last October", "will celebrate its centenary in
    September") or a day near the publication date ("marked its 50th anniversary on
    Saturday"); None when not told so, or when the clause names its year ("this year")."""
    text = ctx.article.text
    verb = _MARK_VERB.search(text, start, ann.start)
    if verb is None or _YEAR_WORDS.search(text, start, end):
        return None
    # The month of the anniversary, not of some later part of the clause ("… its centenary
    # meeting in June").
    month = _MONTH_TOLD.search(text, ann.end, min(end, ann.end + _MONTH_REACH))
    if month is not None:
        m = MONTHS[month.group("m").rstrip(".").lower()]
        rel = (month.group("rel") or "").lower()
        ahead = _FUTURE.search(text, start, ann.start) is not None
        done = not ahead and verb.group().lower().endswith("ed")
        if rel == "this":
            return published.year, published.year
        if rel == "last" or (not rel and done):
            # The latest such month before publication ("in October", past, is this one).
            before = m < published.month or (not rel and m == published.month)
            year = published.year if before else published.year - 1
            return year, year
        if rel == "next" or (not rel and ahead):
            after = m > published.month or (not rel and m == published.month)
            year = published.year if after else published.year + 1
            return year, year
        return None
    if _DAYS_TOLD.search(text, ann.end, min(end, ann.end + _MONTH_REACH)):
        # Within some days of publication: a week either side, a month back for "last month".
        return (published - dt.timedelta(days=31)).year, (published + dt.timedelta(days=7)).year
    return None


def _anniversary_hit(ctx: RuleContext, ann: NumberMention) -> Hit | None:
    text = ctx.article.text
    published = ctx.article.published
    if _person_subject(ctx, ann):
        return None
    event = _event_for(ctx, ann)
    if event is None:
        return None
    if text[ann.end : ann.end + 4] == " of " and (
        event.sentence != ann.sentence or not _of_founding(ctx, ann)
    ):
        return None  # "the 80th anniversary of the liberation": a named other event
    sentence = ctx.analysis.sentences[ann.sentence]
    s_text = ctx.text(sentence.start, sentence.end)
    founded = int(event.value)
    # The year the anniversary falls in, not the end of what marks it ("the centenary
    # exhibition runs until January 2027").
    c_start, c_end = _own_clause(ctx, ann)
    others = {
        int(y.group())
        for y in _YEAR_IN_TEXT.finditer(s_text)
        if not _UNTIL_BEFORE.search(s_text, max(0, y.start() - 30), y.start())
        and not _names_a_thing(s_text, y, sentence.start, c_start, c_end)
    } - {founded}
    if others and not any(int(y) in others for y in _YEAR_IN_TEXT.findall(text, c_start, c_end)):
        if _CLAUSE_WHEN.search(text, c_start, c_end):
            # The clause says when, the years are of other clauses ("went public in 2013").
            others = set()
            s_text = text[c_start:c_end]
        elif ann.unit == "years old":
            return None  # "the cinema, opened in 1930, … closed in 2001": old by when?
    if len(others) > 1:
        return None
    lowered = s_text.lower()
    if ann.unit == "years old":
        # A thing's age now: built in 1972, it is 52 or 53 years old in 2025.
        if others or published is None:
            return None
        lo, hi = published.year - 1, published.year
    elif others:
        ref = others.pop()
        lo, hi = ref, ref
    elif published is None:
        return None
    elif (told := _clause_year(ctx, ann, c_start, c_end, published)) is not None:
        lo, hi = told
    elif "next year" in lowered:
        lo = hi = published.year + 1
    elif "last year" in lowered:
        lo = hi = published.year - 1
    elif _THIS_YEAR.search(lowered):
        lo = hi = published.year
    elif _FUTURE.search(s_text):
        lo, hi = published.year, published.year + 1
    elif _PAST.search(s_text):
        lo, hi = founded + 1, published.year  # already held, at some point before now
    else:
        lo, hi = published.year - 1, published.year + 1
    n = int(ann.value)
    if lo - founded <= n <= hi - founded:
        return None
    # Another founding the article gives fits: "the centenary exhibition" in the new wing
    # opened in 2019 is the 1926 museum's centenary.
    for other in ctx.analysis.numbers:
        if other.kind == "event_year" and lo - int(other.value) <= n <= hi - int(other.value):
            return None
    when = str(lo) if lo == hi else f"{lo}–{hi}"
    span = str(lo - founded) if lo == hi else f"{lo - founded} to {hi - founded}"
    message = (
        f"“{ctx.text(ann.start, ann.end)}” ({n} years) does not fit a founding in {founded}:"
        f" in {when} it is {span} years."
    )
    if ann.unit == "years old":
        message = (
            f"“{ctx.text(ann.start, ann.end)}” does not fit a founding in {founded}: on"
            f" {published}, the publication date, that is {lo - founded} or {hi - founded}"
            " years."
        )
    return Hit(
        message=message,
        spans=[(ann.start, ann.end), (event.start, event.end)],
        confidence=0.7 if event.sentence == ann.sentence else 0.6,
    )


@rule("FC406", category=Category.NUMBER, severity=Severity.WARNING)
def anniversary_vs_founding_year(ctx: RuleContext) -> Iterator[Hit]:
    """An anniversary or an "N years ago" does not fit the stated founding year.

    **What it does.** Pairs an anniversary ("its 25th anniversary", "centenary", "golden
    jubilee", "50 years since its founding", "celebrating 40 years in business", "ends 130
    years of papermaking", "Rheinklang is marking 50 years with an anniversary programme",
    "It celebrates 30 years this month", "To mark its 140 years, the museum …") or a relative
    founding ("founded 25 years ago", "opened two decades ago", "opened their doors 90 years
    ago", "set up by three nurses 30 years ago") with a founding year ("founded in 1921",
    "established in 2000", "since its opening in 1975", "the 150th anniversary of its founding
    in 1875", "In 1962 she founded the ensemble", "opened a two-man machine shop on the west
    side of Dayton in 1925") in the same sentence, else the only founding year of its paragraph,
    else the only one in the article, which may come
    before it. Founding verbs: founded, established, formed, created, opened, launched, set
    up, inaugurated and the like, and, for an institution or recurring event ("The festival
    was started in 1975", "The race, which began in 1950", "It was first held in 1985"),
    started, began and first held. The reference year is the year named in the sentence,
    else "next year"/"last year", else the publication date ("this year", "this summer's
    edition", "this weekend" mean its year; an upcoming anniversary may fall next year, a
    past one any time before). The anniversary's own clause wins: "The company, which
    celebrates its 20th anniversary this year, went public in 2013" falls this year, and
    a month or day just after a marked anniversary names its year ("celebrated its 21st
    anniversary last October", "in October" when past: the latest October before
    publication; "will mark its centenary in September": the next; "marked its 50th
    anniversary on Saturday": the publication year). Founding also read: "The festival,
    first held in 1975,". Also
    read: "110 years since his grandfather opened the workshop", and a founded thing's age
    ("Breede Park, built in 1972 and now 58 years old": 52 or 53 in 2025). With no
    founding year, two anniversaries of the founding that both count to now ("marked its
    centenary on Tuesday", "the 110 years since his grandfather opened the workshop") must
    agree. A first event at a place "N years ago" ("Mill Lane staged its first match 87
    years ago") is read against where it has been "home since 1931", or a founding in its
    own sentence (never the club's founding told elsewhere).

    **Why it matters.** An anniversary is arithmetic on two years; when it is off, either
    the founding year or the anniversary is wrong.

    **Example.**

        The club, founded in 1921, celebrates its 90th anniversary this year.

    **Not flagged.** Anniversaries of something else ("the 80th anniversary of the
    liberation", even beside the founding; "of its founding" and "of the club" count),
    starts of people and work ("Ms Hart started in 1998", "Work began in 2001"), a year
    some years off the founding ("in 1996, two years after she founded the institute"), a
    year naming a thing in another clause ("including members of the 1971 side"), articles
    with several different founding years (unless the anniversary shares a sentence with
    one), round phrases that fit ("two decades ago" for 2004 in
    2025), a thing's own opening ("50 years since the pool opened") against another
    founding, birthdays and others' jubilees ("the city's 150th anniversary") against the
    centenary, "marking N years" of a person of the article ("Hale is celebrating 25 years
    with the club") or of something else ("60 years since the fire", "60 years of cricket"),
    and, without a publication date, anything that needs one.

    **How to silence it.** `--ignore FC406`, or fix the text.
    """
    published = ctx.article.published
    unpaired: list[NumberMention] = []
    for mention in ctx.analysis.numbers:
        if mention.kind == "anniversary":
            hit = _anniversary_hit(ctx, mention)
            if hit is not None:
                yield hit
            elif _event_for(ctx, mention) is None and _counted_to_now(ctx, mention):
                unpaired.append(mention)
        elif mention.kind == "years_ago" and published is not None:
            event = _event_for(ctx, mention)
            if event is None or event.start == mention.start:
                continue
            lo, hi = interval(mention.value, mention.precision, mention.qualifier)
            elapsed = published.year - int(event.value)
            if lo - 1 <= elapsed <= hi + 1:
                continue
            yield Hit(
                message=(
                    f"“{ctx.text(mention.start, mention.end)}” does not fit a founding in"
                    f" {int(event.value)}: that is {elapsed} years before the publication"
                    f" date ({published.isoformat()})."
                ),
                spans=[(mention.start, mention.end), (event.start, event.end)],
                confidence=0.7 if event.sentence == mention.sentence else 0.6,
            )
    yield from _anniversaries_disagree(ctx, unpaired)


# A possessor other than the founded thing's: "the Queen's golden jubilee", "Father Walsh's
# silver jubilee", "the city's 150th anniversary".
_POSSESSOR = re.compile(r"(?P<owner>[\w-]+)['’]s\s+(?:[\w-]+\s+)?$")


def _counted_to_now(ctx: RuleContext, ann: NumberMention) -> bool:
    """Whether an anniversary is of the article's founding and counted to the publication
    date: no year in its sentence, nothing ahead ("next year", "will"), an owner that is
    "its" or the company's, and when told as past ("marked its centenary on Tuesday"), a
    day near the publication date."""
    published = ctx.article.published
    text = ctx.article.text
    if published is None or ann.unit == "years old" or ann.event == "since_thing":
        return False
    if _person_subject(ctx, ann):
        return False
    if "birthday" in text[ann.start : ann.end] or text[ann.end : ann.end + 4] in (" of ", " as "):
        # A person's birthday, "the 80th anniversary of the liberation", "its tenth
        # anniversary as a listed company": not counted from the founding.
        return False
    owner = _POSSESSOR.search(text, max(0, ann.start - 40), ann.start)
    if owner is not None and not _OWNERS.fullmatch(owner.group("owner").lower()):
        return False
    sentence = ctx.analysis.sentences[ann.sentence]
    s_text = text[sentence.start : sentence.end]
    lowered = s_text.lower()
    if _YEAR_IN_TEXT.search(s_text) or "next year" in lowered or "last year" in lowered:
        return False
    if _FUTURE.search(s_text):
        return False
    c_start, c_end = _own_clause(ctx, ann)
    if _PAST.search(text, c_start, c_end) and not _THIS_YEAR.search(lowered):
        # Held already: only a day told near the publication date makes it now.
        return any(
            d.sentence == ann.sentence
            and d.resolved is not None
            and 0 <= (published - d.resolved).days <= 31
            for d in ctx.analysis.dates
        )
    return True


def _anniversaries_disagree(ctx: RuleContext, mentions: list[NumberMention]) -> Iterator[Hit]:
    """Two anniversaries of the one founding, both counted to now, that differ: "marked its
    centenary on Tuesday" and "the 110 years since his grandfather opened the workshop"."""
    if len(mentions) < 2:
        return
    first = mentions[0]
    for other in mentions[1:]:
        if abs(other.value - first.value) <= 1:
            continue
        yield Hit(
            message=(
                f"“{ctx.text(other.start, other.end)}” ({int(other.value)} years) does not fit"
                f" “{ctx.text(first.start, first.end)}” ({int(first.value)} years): both count"
                " from the founding to the publication date."
            ),
            spans=[(other.start, other.end), (first.start, first.end)],
            confidence=0.5,
        )
