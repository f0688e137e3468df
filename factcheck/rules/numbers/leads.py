"""Leads read from two stated figures, for FC410: a championship lead in points against the
leader's and the runner-up's totals, and a gap in time against two stated times (a course
record lowered, a winner's margin over the runner-up)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.analysis.numbers import NUM, parse_number
from factcheck.rules.numbers._common import _fmt
from factcheck.rules.registry import Hit, RuleContext

# --- a championship lead against the two totals ------------------------------------------

_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}"
# "lifts Laaksonen to 212 points, with Hughes on 197", "Ashworth are on 84 points, three
# clear of Bexley on 81", "Vogt has 140 points to Mori's 128", "leads with 212 points, Hughes
# has 197". Totals in standings take "to", "on" or "has", not "scored".
_STANDINGS = re.compile(
    rf"\b(?P<name1>{_NAME})(?:\s+(?:is|are|was|were|sits?|stays?|remains?|now|moves?|goes|go"
    rf"|leads?|tops?|has|have))*\s+(?:to|on|with|has|have)\s+(?P<n1>{NUM})\s+points\b"
    rf"(?P<mid>[^.;]{{0,60}}?)(?:\bwith\s+|\bto\s+|\band\s+|,\s+|\bof\s+)(?P<name2>{_NAME})"
    rf"(?:['’]s|\s+(?:on|has|have|with|at))\s+(?P<n2>{NUM})(?:\s+points)?(?![\d%]|[.,]\d)"
    # The same with the verb first: "The result lifts Laaksonen to 212 points".
    rf"|\b(?:lifts?|lifted|moves?|moved|takes?|took|puts?|leaves?|left|brings?|brought|keeps?"
    rf"|kept)\s+(?P<name3>{_NAME})\s+(?:to|on)\s+(?P<n3>{NUM})\s+points\b"
    rf"(?P<mid2>[^.;]{{0,60}}?)(?:\bwith\s+|\bto\s+|\band\s+|,\s+|\bof\s+)(?P<name4>{_NAME})"
    rf"(?:['’]s|\s+(?:on|has|have|with|at|to))\s+(?P<n4>{NUM})(?:\s+points)?(?![\d%]|[.,]\d)"
)
# "the 18-point cushion", "a lead of 15 points", "leads by 15 points", "15 points clear".
_LEAD = re.compile(
    rf"\b(?P<n>{NUM})[-\s]points?\s+(?:lead|cushion|advantage|gap|buffer|margin)\b"
    rf"|\b(?:lead|cushion|advantage|gap|buffer)\s+(?:of|to)\s+(?P<n2>{NUM})\s+points\b"
    rf"|\bleads?\s+(?:\w+\s+){{0,3}}?by\s+(?P<n3>{NUM})\s+points\b"
    rf"|\b(?P<n4>{NUM})\s+points\s+(?:clear|ahead)\b"
)
# A lead at another time or of other drivers: "had arrived with an eight-point advantage",
# "going into the race", "would", "behind".
_LEAD_OTHER = re.compile(
    r"\b(?:had|arrived|arriving|before|going\s+into|heading\s+into|previous\w*|earlier|start"
    r"|last\s+(?:season|year|week|round|race|month)|halfway|at\s+one\s+(?:point|stage)|would"
    r"|could|might|if|needs?|needed|behind|trails?|trailed|trailing|(?:19|20)\d\d"
    r"|constructors|teams?['’]?|manufacturers?)\b",
    re.I,
)
_BREAK = re.compile(r"[,;:()—–\"“”]")
_OVER = re.compile(rf"\b(?:over|of|ahead\s+of|clear\s+of|than)\s+(?:the\s+)?(?P<name>{_NAME})")


def points_lead_hits(ctx: RuleContext) -> Iterator[Hit]:
    """ "The result lifts Laaksonen to 212 points, with Hughes on 197 … the 18-point
    cushion": a lead in points against the two totals the article gives."""
    text = ctx.article.text
    if "points" not in text:
        return
    pairs = []
    for sentence in ctx.analysis.sentences:
        s_text = ctx.text(sentence.start, sentence.end)
        if "points" not in s_text:
            continue
        for m in _STANDINGS.finditer(text, sentence.start, sentence.end):
            g = ("1", "2") if m.group("n1") else ("3", "4")
            mid = m.group("mid") if m.group("n1") else m.group("mid2")
            if re.search(r"\d", mid) and not re.search(rf"{NUM}\s+(?:clear|ahead)", mid):
                continue  # another figure between the two: not a pair of totals
            a, pa = parse_number(m.group("n" + g[0]))
            b, pb = parse_number(m.group("n" + g[1]))
            if pa != 1 or pb != 1 or a == b or a > 10000:
                continue
            pairs.append((m, g, a, b, sentence))
    if len({(a, b) for _, _, a, b, _ in pairs}) != 1:
        return  # no standings, or several (drivers and teams, another series)
    m, g, a, b, p_sentence = pairs[0]
    names = {m.group("name" + g[0]).split()[-1], m.group("name" + g[1]).split()[-1]}
    expected = abs(a - b)
    for sentence in ctx.analysis.sentences:
        if "point" not in ctx.text(sentence.start, sentence.end):
            continue
        for lead in _LEAD.finditer(text, sentence.start, sentence.end):
            if sentence is p_sentence and m.start() <= lead.start() < m.end():
                continue  # "to 212 points, 15 clear of Hughes on 197" checked the same way
            group = next(x for x in ("n", "n2", "n3", "n4") if lead.group(x))
            value, precision = parse_number(lead.group(group))
            if precision != 1 or value == expected:
                continue
            # Within its clause: "said the title was "far from over" despite the 18-point
            # cushion" tells of this lead.
            before = _BREAK.split(ctx.text(max(sentence.start, lead.start() - 60), lead.start()))[
                -1
            ]
            after = ctx.text(lead.end(), min(sentence.end, lead.end() + 30))
            if _LEAD_OTHER.search(before) or _LEAD_OTHER.search(_BREAK.split(after)[0]):
                continue
            over = _OVER.search(after)
            if over is not None and over.group("name").split()[-1] not in names:
                continue  # the lead over another driver
            yield Hit(
                message=(
                    f"{_fmt(max(a, b))} points against {_fmt(min(a, b))} is a lead of"
                    f" {_fmt(expected)} points, not {lead.group(group)}; the totals or the lead"
                    " are wrong."
                ),
                spans=[(lead.start(), lead.end()), (m.start("n" + g[0]), m.end("n" + g[1]))],
                confidence=0.65,
                suggestion=f"{_fmt(expected)} points, if the totals are right",
            )


# --- a gap in time against two stated times ----------------------------------------------

# A race time: "2:04:12", "3:29.41", "2 hours 4 minutes and 12 seconds", "2hr 4min 12sec".
_TIME = (
    r"(?:(?<![\d:.])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,3})?)(?![\d:])"
    r"|(?<![\d:.])(?P<m2>\d{1,2}):(?P<s2>[0-5]\d\.\d{1,3})(?![\d:])"
    r"|\b(?P<h3>\d{1,2})\s*(?:hours?|hrs?|h)\s*,?\s*(?P<m3>\d{1,2})\s*(?:minutes?|mins?|m)\b"
    r"(?:\s*,?\s*(?:and\s+)?(?P<s3>\d{1,2}(?:\.\d{1,3})?)\s*(?:seconds?|secs?|s)\b)?)"
)
_TIME_RE = re.compile(_TIME)
# A gap: "41 seconds", "1 minute 6 seconds", "0.12sec", "a minute and six seconds".
_GAP = (
    rf"(?:(?P<gm>{NUM}|a)\s+(?:minutes?|mins?)\s*,?\s*(?:and\s+)?)?"
    rf"(?P<gs>{NUM})\s*(?:seconds?|secs?|s\b)"
)
# "lowered the course record by 41 seconds"; "took 51 seconds off the record".
_RECORD_CUT = (
    re.compile(
        r"\b(?:lowered|lowering|broke|breaking|bettered|bettering|improved|improving|cut"
        r"|cutting|smashed|smashing|beat|beating|eclipsed)\s+(?:the|his|her|their|a|an)\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}?record\s+by\s+(?:(?:just|only)\s+)?{_GAP}"
    ),
    re.compile(
        r"\b(?:shaved|shaving|took|taking|knocked|knocking|lopped|lopping|carved|slashed)\s+"
        rf"{_GAP}\s+off\s+(?:the|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}?record\b"
    ),
)
# "The previous course record of 2:05:03", "the old record was 2:05:03".
_OLD_RECORD = re.compile(
    rf"\b(?:previous|old|former|existing|outgoing)\s+(?:[\w'’-]+\s+){{0,2}}?record"
    rf"(?:\s+time)?(?:\s+(?:of|was|stood\s+at|had\s+been)|,)\s+{_TIME}"
)
_NEW_RECORD = re.compile(rf"\bnew\s+(?:[\w'’-]+\s+){{0,2}}?record\s+(?:time\s+)?(?:of\s+)?{_TIME}")


def _seconds(m: re.Match[str], suffix: str = "") -> float:
    """A time match in seconds."""
    g = m.groupdict()
    if g.get("h" + suffix) is not None:
        return int(g["h" + suffix]) * 3600 + int(g["m" + suffix]) * 60 + float(g["s" + suffix])
    if g.get("m2" + suffix) is not None:
        return int(g["m2" + suffix]) * 60 + float(g["s2" + suffix])
    secs = g.get("s3" + suffix)
    return int(g["h3" + suffix]) * 3600 + int(g["m3" + suffix]) * 60 + float(secs or 0)


def _gap(m: re.Match[str]) -> tuple[float, float] | None:
    """A gap match in seconds, with half its last stated unit as tolerance."""
    seconds, precision = parse_number(m.group("gs"))
    minutes = 0.0
    if m.group("gm"):
        minutes = 1.0 if m.group("gm") == "a" else parse_number(m.group("gm"))[0]
    if precision > 1:
        return None  # "about 40 seconds" rounded: read no further
    unit = 10 ** -len(m.group("gs").partition(".")[2]) if "." in m.group("gs") else 1.0
    return minutes * 60 + seconds, unit / 2


def _hms(seconds: float) -> str:
    h, rest = divmod(round(seconds, 2), 3600)
    mins, secs = divmod(rest, 60)
    s = f"{secs:05.2f}".rstrip("0").rstrip(".") if secs % 1 else f"{int(secs):02d}"
    return f"{int(h)}:{int(mins):02d}:{s}" if h else f"{int(mins)}:{s}"


def record_gap_hits(ctx: RuleContext) -> Iterator[Hit]:
    """ "The previous course record of 2:05:03 … to win in 2 hours 4 minutes and 12 seconds
    … lowered the course record by 41 seconds": the record lowered by the difference."""
    text = ctx.article.text
    if "record" not in text:
        return
    cuts = [m for pattern in _RECORD_CUT for m in pattern.finditer(text)]
    if not cuts:
        return
    olds = {_seconds(m): (m.start(), m.end()) for m in _OLD_RECORD.finditer(text)}
    if len(olds) != 1:
        return  # no old record, or several (men's and women's races)
    old, old_span = olds.popitem()
    news = {_seconds(m) for m in _NEW_RECORD.finditer(text)}
    spans = {}
    for m in _TIME_RE.finditer(text):
        spans.setdefault(_seconds(m), (m.start(), m.end()))
    times = set(spans)
    # Times that beat the old record by a plausible amount: the new record is the fastest.
    beaten = sorted(t for t in times if 0 < old - t <= 0.05 * old)
    if len(news) > 1 or not (news or beaten):
        return
    new = news.pop() if news else beaten[0]
    for cut in cuts:
        gap = _gap(cut)
        if gap is None:
            continue
        stated, tol = gap
        if abs(old - new - stated) <= tol + 1e-6:
            continue
        if any(abs(old - t - stated) <= tol + 1e-6 for t in times):
            continue  # another stated time fits: it may be the one meant
        yield Hit(
            message=(
                f"From the old record of {_hms(old)} to {_hms(new)} is"
                f" {_fmt(round(old - new, 2))} seconds, not “{cut.group(0)}”; a time or the"
                " gap is wrong."
            ),
            spans=[(cut.start(), cut.end()), old_span, spans[new]],
            confidence=0.6,
        )
