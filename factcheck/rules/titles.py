"""Titles: what the article itself says about who holds which office."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from factcheck.analysis.lexicon import incompatible_offices, is_cabinet_level
from factcheck.analysis.models import Cue, TitleMention
from factcheck.report import Category, Severity
from factcheck.rules.registry import Hit, RuleContext, rule

_TIMELESS = frozenset({"then", "unknown"})


def _title_text(ctx: RuleContext, mention: TitleMention) -> str:
    return " ".join(ctx.text(mention.start, mention.end).split())


def _without_modifier(ctx: RuleContext, mention: TitleMention) -> str:
    words = _title_text(ctx, mention).split(" ")
    if words and words[0].lower().split("-")[0] in ("former", "ex", "onetime", "erstwhile"):
        rest = words[0].split("-", 1)
        words = ([rest[1]] if len(rest) == 2 and rest[1] else []) + words[1:]
    return " ".join(words)


def _person_titles(ctx: RuleContext) -> dict[str, list[TitleMention]]:
    by_person: dict[str, list[TitleMention]] = {}
    for mention in ctx.analysis.titles:
        if mention.person is not None and not mention.in_quote:
            by_person.setdefault(mention.person, []).append(mention)
    return by_person


def _names_other_office(ctx: RuleContext, cue: Cue, office: str) -> bool:
    """ "sworn in as ambassador": the cue is about the office named right after it; "has led
    the Commission since 2019": about the body it names, which the title does not."""
    if any(cue.end <= t.start <= cue.end + 4 and t.office != office for t in ctx.analysis.titles):
        return True
    bodies = _BODY_IN_CUE.findall(ctx.text(cue.start, min(cue.end + 40, len(ctx.article.text))))
    return any(body.lower() not in office for body in bodies)


# A body a cue names: "led the Commission", "runs the Treasury", "heads the Bundesbank".
_BODY_IN_CUE = re.compile(
    r"\b(?:led|leads|leading|runs|ran|heads|headed|chairs|chaired)\s+the\s+([A-Z][a-z]+)"
)


def _cues_for(ctx: RuleContext, person: str) -> list[Cue]:
    return [c for c in ctx.analysis.cues if c.person == person]


@rule("FC101", category=Category.TITLE, severity=Severity.WARNING)
def former_title_for_sitting_official(ctx: RuleContext) -> Iterator[Hit]:
    """A person is called "former X" while the article presents them as holding X now.

    **What it does.** Finds a title with "former" (or "ex-", "onetime", "erstwhile") attached
    to a named person, and looks in the same article for evidence that the person holds
    that office at the time of writing: the same title used without "former", or a phrase
    that places them in office now ("a member of Trump's cabinet", "in his first month in
    the job", "who took office in January", "her ministry will publish"). Both places are
    reported.

    **Why it matters.** One of the two statements is wrong. Calling a sitting official
    "former" is a common slip in rewritten wire copy and misinforms the reader about who
    is in charge.

    **Example.**

        Scott Bessent, Trump's former Treasury Secretary, visited Kyiv on Wednesday,
        marking the first visit by a member of Trump's cabinet.

    **Use instead.** "Scott Bessent, Trump's Treasury Secretary, visited Kyiv …", or, if
    he has left the post, drop the phrase that places him in office.

    When the article backs the "former" up (the person retired, left office, now holds
    another post) and still gives them the plain title in a sentence about now ("Chief
    Constable Harriet Mowbray said …"), that plain title is reported instead.

    An unnamed "the former chief executive" in a sentence that names, or follows one that
    names, the article's one current chief executive ("Okonjo-Reid said … "…," said the
    former chief executive") is reported too, unless the sentence speaks of a predecessor,
    a departure or a year, or the article calls anyone the former holder by name.

    **Not flagged.** A "former" that the article backs up, with no plain title for now: the
    person resigned, stepped down, was replaced, served until a date, or now holds another
    office ("Rubio, a former senator, is a member of Trump's cabinet"); a plain title in a
    sentence about the past ("In 2018 Chief Constable Harriet Mowbray introduced it").

    **How to silence it.** `--ignore FC101`, or fix the text.
    """
    by_person = _person_titles(ctx)
    yield from _unnamed_former_hits(ctx, by_person)
    for person, mentions in by_person.items():
        cues = _cues_for(ctx, person)
        left = [c for c in cues if c.kind in ("left_office", "other_role")]
        if left:
            # The article backs the "former" up: a plain title now is the slip.
            yield from _current_after_leaving(ctx, person, mentions, left)
            continue
        for former in (m for m in mentions if m.status == "former"):
            current_same = [
                m for m in mentions if m.status == "current" and m.office == former.office
            ]
            other_current = [
                m
                for m in mentions
                if m.status in ("current", "acting") and m.office != former.office
            ]
            title = _title_text(ctx, former)
            suggestion = f"“{_without_modifier(ctx, former)}”, if {person} holds the post now"
            if current_same:
                evidence = current_same[0]
                yield Hit(
                    message=(
                        f"{person} is called “{title}” here but holds the post elsewhere in the"
                        f" article (“{_title_text(ctx, evidence)}”)."
                    ),
                    spans=[(former.start, former.end), (evidence.start, evidence.end)],
                    confidence=0.75,
                    suggestion=suggestion,
                )
                continue
            if other_current:
                continue  # the in-office phrases may speak of the other office
            usable = [
                c
                for c in cues
                if c.kind == "incumbent"
                and (not c.cabinet or is_cabinet_level(former.office))
                and not _names_other_office(ctx, c, former.office)
            ]
            if not usable:
                continue
            # Prefer the cue in the same sentence: it is the strongest evidence.
            usable.sort(key=lambda c: (c.sentence != former.sentence, abs(c.start - former.start)))
            cue = usable[0]
            yield Hit(
                message=(
                    f"{person} is called “{title}”, but the article places them in office now"
                    f" (“{ctx.text(cue.start, cue.end)}”)."
                ),
                spans=[(former.start, former.end), (cue.start, cue.end)],
                confidence=0.85 if cue.sentence == former.sentence else 0.7,
                suggestion=suggestion,
            )


# Words that make an unnamed "the former chief executive" someone other than the office's
# holder: a predecessor, or one the sentence says left.
_SOMEONE_BEFORE = re.compile(
    r"\b(?:predecessors?|successors?|previous|preceded|before\s+(?:her|him|them)|left|retired"
    r"|resigned|stepped\s+down|quit|departed|ousted|sacked|fired|replaced|until)\b",
    re.I,
)


def _past_year(ctx: RuleContext, text: str) -> bool:
    """A year before the publication's (any year, without a publication date)."""
    published = ctx.article.published
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    return any(published is None or y < published.year for y in years)


def _unnamed_former_hits(
    ctx: RuleContext, by_person: dict[str, list[TitleMention]]
) -> Iterator[Hit]:
    """ "Okonjo-Reid said … "…," said the former chief executive": an unnamed "former X" in a
    passage about the article's one current X, whom the article never says left."""
    holders: dict[str, list[tuple[str, TitleMention]]] = {}
    formers = {m.office for ms in by_person.values() for m in ms if m.status == "former"}
    for person, mentions in by_person.items():
        if any(c.kind in ("left_office", "other_role") for c in _cues_for(ctx, person)):
            continue
        for m in mentions:
            if m.status == "current":
                holders.setdefault(m.office, []).append((person, m))
    sentences = ctx.analysis.sentences
    for bare in ctx.analysis.titles:
        if bare.person is not None or bare.status != "former" or bare.in_quote:
            continue
        people = {p for p, _ in holders.get(bare.office, [])}
        if len(people) != 1 or bare.office in formers:
            continue
        person, evidence = holders[bare.office][0]
        sentence = sentences[bare.sentence]
        # The holder is who the passage is about: named in this sentence or the one before,
        # neither of which speaks of a predecessor, a departure or a year gone by.
        floor = sentences[max(0, bare.sentence - 1)].start
        s_text = ctx.text(floor, sentence.end)
        if _SOMEONE_BEFORE.search(s_text) or _past_year(ctx, s_text):
            continue
        surname = person.split()[-1]
        if not re.search(rf"\b{re.escape(surname)}\b", ctx.text(floor, sentence.end)):
            continue
        yield Hit(
            message=(
                f"“{_title_text(ctx, bare)}” here stands for {person}, whom the article calls"
                f" “{_title_text(ctx, evidence)}” and never says has left the post."
            ),
            spans=[(bare.start, bare.end), (evidence.start, evidence.end)],
            confidence=0.6,
            suggestion=f"“{_without_modifier(ctx, bare)}”, if {person} holds the post now",
        )


@rule("FC102", category=Category.TITLE, severity=Severity.WARNING)
def incompatible_titles(ctx: RuleContext) -> Iterator[Hit]:
    """One person is given two titles that cannot both be true at once.

    **What it does.** Compares every title the article gives one named person (by full name
    or, later, by surname). It flags two current titles for offices that one person does not
    combine (head of state, head of government, cabinet secretaries and ministers with
    different portfolios, governor, mayor; an organisation's chief executive, finance
    chief or operating chief, or one of them and a named director's post such as "medical
    director"), and the same office in two different countries
    ("Russian President Vladimir Putin" … "Ukrainian President Vladimir Putin").

    **Why it matters.** A person who gets the wrong title is usually confused with someone
    else: a colleague, a predecessor, or the counterpart across the table.

    **Example.**

        Defense Secretary Pete Hegseth spoke in Brussels. … Hegseth, the secretary of
        state, said the talks would go on.

    **Not flagged.** A title marked "former", "then-", "acting", "incoming" or "-elect";
    a deputy or junior post next to a senior one; offices that are often combined.

    **How to silence it.** `--ignore FC102`, or fix the text.
    """
    for person, mentions in _person_titles(ctx).items():
        current = [m for m in mentions if m.status == "current"]
        reported: set[tuple[str, str]] = set()
        for a, b in combinations(current, 2):
            key = (a.office, b.office)
            if key in reported:
                continue
            if a.office == b.office:
                if not (a.jurisdiction and b.jurisdiction and a.jurisdiction != b.jurisdiction):
                    continue
                why = "the same office in two different countries"
            elif incompatible_offices(a.office, b.office):
                why = "two offices one person does not hold together"
            else:
                continue
            reported.add(key)
            yield Hit(
                message=(
                    f"{person} is called “{_title_text(ctx, a)}” and “{_title_text(ctx, b)}”:"
                    f" {why}."
                ),
                spans=[(a.start, a.end), (b.start, b.end)],
                confidence=0.7,
            )


# A sentence about the past, where a plain title was true at the time.
_PAST_FRAME = re.compile(
    r"\b(?:(?:in|by|until|from|during)\s+(?:19|20)\d\d|then|at\s+the\s+time|when|while"
    r"|formerly|previously|once|had\s+been|back\s+in|years?\s+ago|earlier\s+in\s+(?:her|his)"
    r"|(?:19|20)\d\d)\b",
    re.I,
)


def _current_after_leaving(
    ctx: RuleContext, person: str, mentions: list[TitleMention], left: list[Cue]
) -> Iterator[Hit]:
    """ "Harriet Mowbray, the former chief constable, who retired in 2020 … Chief Constable
    Harriet Mowbray said": the plain title, in a sentence about now, is the one to fix."""
    formers = [m for m in mentions if m.status == "former"]
    for former in formers:
        for current in mentions:
            if current.status != "current" or current.office != former.office:
                continue
            if current.start < former.start or current.form != "prenominal":
                continue  # the plain title first is the article introducing them then
            sentence = ctx.analysis.sentences[current.sentence]
            if _PAST_FRAME.search(ctx.text(sentence.start, sentence.end)):
                continue
            cue = left[0]
            yield Hit(
                message=(
                    f"{person} is called “{_title_text(ctx, current)}” here, but the article"
                    f" says they have left the post (“{_title_text(ctx, former)}”,"
                    f" “{ctx.text(cue.start, cue.end)}”)."
                ),
                spans=[*current.spans(), (former.start, former.end)],
                confidence=0.7,
                suggestion=f"“former {_title_text(ctx, current)}”",
            )
            return
