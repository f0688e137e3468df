"""Roster: titles checked against the officeholder record at the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.analysis.models import TitleMention
from factcheck.report import Category, Severity
from factcheck.roster import Roster, Term, load_roster, person_office_keys
from factcheck.rules.registry import Hit, RuleContext, rule

# Days either side of a boundary on which both titles are defensible (handover day, copy
# written the day before); wider when the roster marks a boundary day as approximate.
_MARGIN = dt.timedelta(days=1)
_APPROX_MARGIN = dt.timedelta(days=7)
_FORMER_WORDS = ("former", "ex", "onetime", "one-time", "erstwhile", "previous", "late")


def _today() -> dt.date:
    # A seam for tests: the rule is otherwise a pure function of the context.
    return dt.date.today()


@dataclass(frozen=True)
class _Check:
    """One title of a matched person, with the roster terms for that office."""

    mention: TitleMention
    terms: list[Term]
    day: dt.date
    dated: bool
    by_surname: bool

    @property
    def note(self) -> str:
        return "" if self.dated else f" No publication date: checked against today, {self.day}."

    def confidence(self, base: float) -> float:
        # Weaker evidence: the name was matched by surname only, or the date is a guess.
        return round(base - 0.2 * self.by_surname - 0.1 * (not self.dated), 2)


def _roster(ctx: RuleContext) -> Roster:
    return load_roster(ctx.roster_files)


def _checks(ctx: RuleContext, statuses: tuple[str, ...]) -> Iterator[_Check]:
    """Titles with a given status whose person and office the roster knows with confidence."""
    mentions = [
        m
        for m in ctx.analysis.titles
        if m.status in statuses and m.person is not None and not m.in_quote
    ]
    if not mentions:
        return
    roster = _roster(ctx)
    published = ctx.article.published
    day = published if published is not None else _today()
    for mention in mentions:
        if not roster.offices.intersection(
            person_office_keys(mention.office, mention.jurisdiction)
        ):
            continue
        found = roster.match(mention.person or "")
        if found is None:
            continue
        terms = roster.person_terms(found.person_id, mention.office, mention.jurisdiction)
        if terms:
            yield _Check(mention, terms, day, published is not None, found.by_surname)


# A sentence about the very end of the term: "who left office when President Joe Biden's
# term ended on January 20". The plain title names the office at that moment.
_TERM_ENDING = re.compile(
    r"\b(?:term|presidency|premiership|tenure|administration)\s+(?:ended|expired|came\s+to\s+an"
    r"\s+end|was\s+ending)\b|\b(?:left|leaving|leave)\s+office\b|\bhanded\s+over\b",
    re.I,
)


def _moments(ctx: RuleContext, check: _Check) -> list[dt.date]:
    """The moments before publication a title's sentence dates when it speaks of a term's
    end; none otherwise (a plain title in a sentence about 2019 still wants "then-")."""
    sentence = check.mention.sentence
    s = ctx.analysis.sentences[sentence]
    if not _TERM_ENDING.search(ctx.text(s.start, s.end)):
        return []
    return [
        d.resolved
        for d in ctx.analysis.dates
        if d.sentence == sentence
        and d.month is not None  # a date written out, not "on Monday" of this week
        and d.resolved is not None
        and d.resolved < check.day
    ]


def _margin(term: Term) -> dt.timedelta:
    return _APPROX_MARGIN if term.holder.approximate else _MARGIN


def _surely_in_office(term: Term, day: dt.date) -> bool:
    h, margin = term.holder, _margin(term)
    return h.start + margin < day and (h.end is None or day < h.end - margin)


def _maybe_in_office(term: Term, day: dt.date) -> bool:
    h, margin = term.holder, _margin(term)
    return h.start - margin <= day and (h.end is None or day <= h.end + margin)


def _title(ctx: RuleContext, mention: TitleMention) -> str:
    return " ".join(ctx.text(mention.start, mention.end).split())


def _bare_title(title: str) -> str:
    """The title without "former"/"ex-": "former Treasury Secretary" -> "Treasury Secretary"."""
    first, _, rest = title.partition(" ")
    lower = first.lower()
    if lower in _FORMER_WORDS:
        return rest
    prefix, dash, tail = first.partition("-")
    if dash and prefix.lower() in _FORMER_WORDS:
        return f"{tail} {rest}".strip()
    return title


def _since(term: Term) -> str:
    h = term.holder
    acting = "acting, " if h.acting else ""
    approx = ", day approximate" if h.approximate else ""
    return f"{acting}since {h.start}{approx}"


@rule("FC201", category=Category.TITLE, severity=Severity.WARNING)
def former_title_during_term(ctx: RuleContext) -> Iterator[Hit]:
    """A person is called "former X" on a day the roster has them in office as X.

    **What it does.** Takes each title marked "former" (or "ex-", "onetime", "erstwhile")
    that is attached to a named person, matches the person to the officeholder roster (by
    full name or a known alias, or by a surname no one else in the roster has), and looks
    up their terms in that office (and country, when the title names one). It reports the
    title when the publication date falls inside a term. Without a publication date it
    checks against today's date and says so.

    **Why it matters.** Calling a sitting official "former" tells readers they have left
    the post. It is a common slip in rewritten wire copy, and one the article itself may not
    contradict, so only the record catches it.

    **Example.** Published 2025-02-12, when Scott Bessent had been Treasury Secretary since
    2025-01-28:

        Scott Bessent, Trump's former Treasury Secretary, visited Kyiv on Wednesday.

    **Use instead.** "Scott Bessent, Trump's Treasury Secretary, visited Kyiv …".

    **Not flagged.** "then-" titles and titles inside quotations; a person the roster
    cannot identify with confidence; offices the roster does not record; the day a term
    begins or ends and the day after (a week when the roster marks the day approximate);
    acting terms. When the date is after the roster's `as_of` and the term is still open
    there, FC203 reports it instead: the roster cannot know whether they have left.

    **How to silence it.** `--ignore FC201`, or fix the text. Add or correct terms in a
    newsroom roster file (docs/roster.md).
    """
    for check in _checks(ctx, ("former",)):
        for term in check.terms:
            if term.holder.acting or not _surely_in_office(term, check.day):
                continue
            if term.open_ended and check.day > term.as_of:
                break  # beyond what the roster vouches for: FC203's business
            title = _title(ctx, check.mention)
            yield Hit(
                message=(
                    f"{check.mention.person} is called “{title}”, but the roster has them in"
                    f" that office on {check.day} ({_since(term)}).{check.note}"
                ),
                spans=check.mention.spans(),
                confidence=check.confidence(0.9),
                suggestion=f"“{_bare_title(title)}”",
                source="roster",
            )
            break


@rule("FC202", category=Category.TITLE, severity=Severity.WARNING)
def title_outside_term(ctx: RuleContext) -> Iterator[Hit]:
    """A person is given a title as if current, but the roster has them out of that office.

    **What it does.** Takes each title attached to a named person without a time marker
    ("President Joe Biden", "Rubio, the secretary of state"), matches the person to the
    officeholder roster, and compares the publication date with their terms in that
    office. It reports the title when the date falls after the person's term ended, between
    two terms, or before their first term began. Without a publication date it checks
    against today's date and says so.

    **Why it matters.** A title without "former" tells readers the person holds the office
    now. An outgoing official left as current, or a nominee promoted before taking office,
    misstates who is in charge on the day of publication.

    **Example.** Published 2025-03-01:

        President Joe Biden met the delegation.

    **Use instead.** "Former President Joe Biden …", or "then-President Joe Biden …" for
    an event during his term.

    **Not flagged.** Titles marked "former", "then-", "acting", "incoming", "-elect" or
    "-designate"; titles inside quotations; a title in a sentence about the term's end,
    dated within the term ("who left office when President Joe Biden's term ended on
    January 20"); dates before the roster's coverage starts
    (`covers_from`); the boundary days of a term; a person the roster cannot identify with
    confidence, or an office it does not record for them.

    **How to silence it.** `--ignore FC202`, or fix the text. Add or correct terms in a
    newsroom roster file (docs/roster.md).
    """
    for check in _checks(ctx, ("current",)):
        day = check.day
        if any(t.covers_from and day < t.covers_from for t in check.terms):
            continue  # the roster may lack earlier terms
        if any(_maybe_in_office(t, day) for t in check.terms):
            continue
        if any(_maybe_in_office(t, when) for t in check.terms for when in _moments(ctx, check)):
            continue  # "when President Joe Biden's term ended on January 20": a past moment
        ended = [t for t in check.terms if t.holder.end is not None and t.holder.end < day]
        upcoming = [t for t in check.terms if t.holder.start > day]
        title = _title(ctx, check.mention)
        person = check.mention.person
        if ended and upcoming:
            last, following = ended[-1], upcoming[0]
            why = (
                f"the roster has them out of that office between {last.holder.end}"
                f" and {following.holder.start}"
            )
            suggestion = f"“former {title}” or “then-{title}”"
        elif ended:
            why = f"the roster has their term ending on {ended[-1].holder.end}"
            suggestion = f"“former {title}” or “then-{title}”"
        else:
            why = f"the roster has their term beginning only on {upcoming[0].holder.start}"
            suggestion = f"“incoming {title}”, “{title}-designate” or “nominee for {title}”"
        yield Hit(
            message=f"{person} is called “{title}” on {day}, but {why}.{check.note}",
            spans=check.mention.spans(),
            confidence=check.confidence(0.85),
            suggestion=suggestion,
            source="roster",
        )


@rule("FC203", category=Category.TITLE, severity=Severity.INFO)
def former_title_beyond_roster(ctx: RuleContext) -> Iterator[Hit]:
    """A person is called "former X" after the roster's date, which still has them in office.

    **What it does.** Like FC201, but for dates after the roster's `as_of`, when the
    roster's last word is that the person holds the office. The roster cannot tell whether
    they have left since, so this is a prompt to check, not a finding of error.

    **Why it matters.** If the person is still in office, "former" misinforms the reader;
    if they have left, the roster is stale and a newsroom roster file should close the term.

    **Example.** With no publication date, checked on 2026-11-25 against a roster as of
    2025-09-30 that has Scott Bessent as Treasury Secretary:

        Former Treasury Secretary Scott Bessent said …

    **Not flagged.** Everything FC201 leaves alone; dates up to the roster's `as_of`
    (FC201 decides those).

    **How to silence it.** `--ignore FC203`, or record the end of the term in a newsroom
    roster file (docs/roster.md).
    """
    for check in _checks(ctx, ("former",)):
        for term in check.terms:
            if term.holder.acting or not _surely_in_office(term, check.day):
                continue
            if not (term.open_ended and check.day > term.as_of):
                break
            title = _title(ctx, check.mention)
            yield Hit(
                message=(
                    f"{check.mention.person} is called “{title}” on {check.day}; the roster"
                    f" (as of {term.as_of}) still has them in that office ({_since(term)}),"
                    f" but may be stale: check whether they have left.{check.note}"
                ),
                spans=check.mention.spans(),
                confidence=check.confidence(0.5),
                suggestion=f"“{_bare_title(title)}”, if they still hold the post",
                source="roster",
            )
            break
