"""FC405 age-vs-birth-year.

A person's stated age does not fit their stated birth year and the publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from factcheck.analysis.dates import MONTH_RE, MONTHS
from factcheck.analysis.models import Sentence
from factcheck.analysis.names import similar_surnames
from factcheck.analysis.numbers import NumberMention
from factcheck.report import Category, Severity
from factcheck.rules.numbers._common import _YEAR_IN_TEXT, _words
from factcheck.rules.registry import Hit, RuleContext, rule

_PERSON_REACH = 600
# A birthday as (month, day).
Day = tuple[int, int]
_YEAR_REACH = 30


@rule("FC405", category=Category.NUMBER, severity=Severity.WARNING)
def age_vs_birth_year(ctx: RuleContext) -> Iterator[Hit]:
    """A person's stated age does not fit their stated birth year and the publication date.

    **What it does.** Pairs an age ("Ortiz, 47,", "aged 63", "the 47-year-old", "who is 47",
    "Hughes is 61", "turned 40", ", now 69,", "at the age of 91", an obituary's "She was
    84.") with a birth year ("born in 1978", "born on March 3, 1978") given for the same
    person, by name, by a pronoun opening the next sentence, or in the same sentence; "Born
    in Ennis in 1941, she …" is of the person last named in full in the two sentences before
    it, when the article gives that person an age or a birth; "The right-armer, born in
    Hobart on 14 June 1996, …" is of the person the sentence before opens with. The age in
    "Alun Pritchard, the winger who played for Glamorgan Town, has died aged 84" is of the
    sentence's subject, and "'…,' the 29-year-old said" of the speaker, not of a name in
    the quotation. "The 48-year-old executive" is of the one person named with that role
    noun before it ("Chief executive Thandiwe Mokoena", "Mokoena, the group's chief
    executive"), however far back; not of a nearer person given another role ("Chief
    executive Jane Doe … the 25-year-old assistant"), nor of a possessive ("Hale's
    striker"). "The 19-year-old" opening a sentence is the subject the sentence before
    opens with, unless that sentence reports speech. A name the article declares another's
    ("Margaret Anne Halloran, known to everyone as Peg") is the same person. With
    the publication date known, someone born in 1978 is 46 or 47 in 2025 (before or after
    their birthday); any other age is reported. A birth month or day makes it exact ("born
    on March 9, 1935" is 89 in January 2025, "born in March 1978" 45 in November 2023),
    allowing a birthday in the ten days before publication, the year ahead for "turns 93
    next month" and the year before for "turned 60"; "She was 90." after a death told with
    its date counts to that date. A first name alone ("Dorothy was born …") is the
    article's one full name that starts with it; a place written like a name ("Harlan
    Springs", "in Mount Barker") is not taken for the person of "the 47-year-old". An age
    at death counts to the year of the death ("died in 1998 aged 60", "Died: 3 October 2019
    in Edinburgh, aged 86"), or to the publication date for a recent one ("who has died
    aged 87"), or to a date of death told in the next sentence ("has died aged 84. His
    family said he died on Monday, 3 March"). An obituary's facts line
    ("Born: 12 March 1931 in Perth. Died: 3 October 2019, aged 86.") pairs the two
    neighbouring sentences. How the death came ("after a short illness", "following a fall")
    is not another moment, nor is "and then", nor a decade in the sentence ("the early
    1990s").

    **Why it matters.** A wrong age is a small error readers spot at once, and it often
    means the birth year or the person is wrong too.

    **Example.**

        Maria Ortiz, 45, runs the clinic. … She was born in 1978 in Valencia.

    **Not flagged.** Ages at some other past moment ("then 47", "when she was 30", a
    sentence about another year, an age that fits a year its sentence names: "The
    25-year-old Lowe won gold in 2012"; a year in the predicate after an appositive age,
    "Mokoena, 53, joined in 2014", does not excuse it), births of someone else ("whose son
    was born in 2010", "The 19-year-old, who was born in 2004" for another person's age),
    and articles without a publication date.

    **How to silence it.** `--ignore FC405`, or fix the text.
    """
    published = ctx.article.published
    if published is None:
        return
    numbers = ctx.analysis.numbers
    births = [m for m in numbers if m.kind == "birth_year"]
    sentences = ctx.analysis.sentences
    known = {m.person for m in numbers if m.person and m.person != "?"}
    known |= {p.person.split()[-1] for p in ctx.analysis.mentions}
    fulls = _full_names(ctx)
    aliases = _aliases(ctx)
    for age in numbers:
        if age.kind != "age":
            continue
        death_year = _death_year(ctx, age, published.year) if age.past else None
        if age.past and death_year is None:
            continue  # an age at some other past moment
        person = _year_old_person(ctx, age)
        role = _role_head(ctx, age)
        if person in (None, _UNKNOWN) and role is not None:
            # "The 48-year-old executive": whom the article calls "executive" by name.
            person = _by_role(ctx, role, age) or person
        if person is None:
            person = _who(ctx, age, known)
            if person is not None and role is not None and _other_role(ctx, person, role, age):
                person = None  # "The 25-year-old assistant", after "Chief executive Doe"
        age_person = _identity(ctx, age, person, fulls)
        age_person = _by_given_name(ctx, age, age_person, fulls)
        age_person = aliases.get(age_person or "", age_person)
        guessed = age_person == _UNKNOWN
        if guessed:
            # "the 46-year-old" of someone's words: the one person whose birth is given.
            named = {b.person for b in births if b.person not in (None, "?")}
            if len(named) != 1:
                continue
            age_person = next(iter(named))
        sentence = sentences[age.sentence]
        paired: list[tuple[NumberMention, int, bool]] = []
        for birth in births:
            if age.sentence != birth.sentence and any(
                a.kind == "age" and a.sentence == birth.sentence for a in numbers
            ):
                continue  # "The 19-year-old, who was born in 2004": that age's birth
            if birth.person == "?":
                # "Born in 1942, she …": the person named last before, when a pronoun is
                # the subject; else whose birth it is only a facts line tells.
                birth_person = _pronoun_subject(ctx, birth, known, fulls)
            else:
                birth_person = _identity(ctx, birth, _who(ctx, birth, known), fulls)
            # "Dorothy was born on March 9, 1935": an obituary's first name for its subject.
            birth_person = _by_given_name(ctx, birth, birth_person, fulls)
            birth_person = aliases.get(birth_person or "", birth_person)
            # "Okonkwo, born in 1961 … Okonkow, 58": a misspelt surname (FC301) is still her.
            same_person = (
                age_person is not None
                and birth_person is not None
                and (
                    age_person == birth_person
                    or similar_surnames(age_person, birth_person)
                    or _first_last(age_person) == _first_last(birth_person) is not None
                )
            )
            named_apart = age_person is not None and birth_person is not None
            # "Born: 12 March 1931 in Perth. Died: 3 October 2019, aged 86.": an obituary's
            # facts line, with nobody else between the two.
            facts_line = (
                age_person is None
                and birth_person is None
                and abs(age.sentence - birth.sentence) == 1
                and _same_block(ctx, age.start, birth.start)
            )
            if (
                not same_person
                and not facts_line
                and (
                    age.sentence != birth.sentence
                    or named_apart
                    # "Born in 1953, the senator, now 69, …": both of the sentence's subject
                    or (birth.person == "?" and age_person is not None)
                )
            ):
                continue
            born = int(birth.value)
            if death_year is None and _other_year_near(
                ctx, sentence.start, age.start, age.end, {born, published.year}
            ):
                continue  # "In 2010, Ortiz, 32, …": an age for another year
            if death_year is None and _fits_year_in_sentence(ctx, age, sentence, born):
                continue  # "The 25-year-old Lowe won gold in 2012": her age in 2012
            paired.append((birth, same_person))
        # Two birth years for the one person: which birth is whose cannot be told ("Brian
        # Kiprop … Nancy Kiprop … said Kiprop, who was born in 1998").
        if not paired or len({int(b.value) for b, _ in paired}) > 1:
            continue
        birth, same_person = paired[0]
        born = int(birth.value)
        first, last, born_as = _birthday(ctx, birth)
        lo, hi, when = _age_window(ctx, age, death_year, published)
        if first == (1, 1) and last == (12, 31):
            # The year alone: the age is one of two, before or after the birthday.
            now = death_year or published.year
            young, old = now - born - 1, now - born
            when = f"at death in {death_year}" if death_year is not None else when
        else:
            young, old = _age_on(lo, born, last), _age_on(hi, born, first)
        if young <= int(age.value) <= old:
            continue
        who = age_person or "The person"
        fits = str(young) if young == old else f"{young} or {old}"
        if old - young > 1:
            fits = f"{young} to {old}"
        yield Hit(
            message=(
                f"{who} is said to be {int(age.value)}, but someone born {born_as} is"
                f" {fits} {when}."
            ),
            spans=[(age.start, age.end), (birth.start, birth.end)],
            confidence=0.5 if guessed else 0.75 if same_person else 0.6,
        )


_FULL_NAME = re.compile(
    r"\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?(?P<last>[A-Z][a-z][\w'’-]*)\b(?!['’])"  # "Walter J. Kerrigan"
)
# Last words of names that are places or institutions, not people: "Fernhill Primary".
_NOT_PEOPLE = _words(
    "Primary School Academy College University Council Club United City Town Rovers Athletic"
    " Hospital Street Road Park Square Bridge Station Centre Center Group Trust Court Hall"
    " Church Party Committee Government Ministry Department Office Police Airport Port River"
    # Places named like people: "Harlan Springs", "Chippewa Falls".
    " Springs Falls Heights Valley Beach Lake Hills Bay Creek Harbour Harbor Island Islands"
    " County Point Ridge Grove Village Township Forest Mountains Sound Coast Rapids Junction"
)
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|argued|claimed|explained)\b")
# Someone this sentence does not name: "the 46-year-old" of a speaker's words.
_UNKNOWN = "?"
_YEAR_OLD_AFTER = re.compile(r"[-\s]years?[-\s]old\b(?!\s+[A-Z])")
_OPENS_WITH_AGE = re.compile(r"\s*(?:But\s+|And\s+)?[Tt]he\s+")


def _year_old_person(ctx: RuleContext, age: NumberMention) -> str | None:
    """Whom "the 52-year-old (headteacher)" speaks of: the person last named before it in
    its sentence, else the person last named in the sentence before (a name of the article's
    people or of another age or birth, not a school or a club the analyser took for one);
    for "The 19-year-old" opening its sentence, the first named in the sentence before, its
    subject, unless that sentence reports speech."""
    if not _YEAR_OLD_AFTER.match(ctx.article.text, age.end):
        return None
    names = {p.person.split()[-1] for p in ctx.analysis.mentions}
    names |= {
        m.person
        for m in ctx.analysis.numbers
        if m.kind in ("age", "birth_year") and m.person and m.person != "?" and m is not age
    }
    if not names:
        return None
    # A misspelling of one of those names ("Okonkow" for "Okonkwo") is the same person.
    names |= {
        n.surname
        for n in ctx.analysis.names
        if any(similar_surnames(n.surname, known) for known in names)
    }
    sentences = ctx.analysis.sentences
    # Not a possessive: "Hale's striker" is someone else.
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b(?!['’]s\b)")
    spans = [(sentences[age.sentence].start, age.start)]
    if age.sentence > 0:
        spans.append((sentences[age.sentence - 1].start, sentences[age.sentence - 1].end))
    text = ctx.article.text
    # "… over Madison Hale. The 19-year-old, who …": an age opening its sentence picks up,
    # as a pronoun would, the subject the sentence before opens with.
    opens = _OPENS_WITH_AGE.fullmatch(text, spans[0][0], spans[0][1]) is not None
    for i, (start, end) in enumerate(spans):
        found = list(pattern.finditer(text, start, end))
        if found:
            if i == 0 and _SPEECH.search(text, found[-1].end(), end):
                return _UNKNOWN  # "Mark Ellery said the 46-year-old …": someone else
            if i == 1 and opens and not _SPEECH.search(text, start, end):
                return found[0].group()
            return found[-1].group()
        # "Her deputy, Sam Hale, spoke …": somebody else, named in full.
        for full in _FULL_NAME.finditer(text, start, end):
            if (
                full.group("last") not in _NOT_PEOPLE
                and full.start() > start
                and not _is_place(text, full.group())
            ):
                return full.group("last")
    return None


# The role noun after an age: "the 48-year-old (chief) executive said" (up to the first
# word that is no part of the noun phrase).
_ROLE_AFTER_AGE = re.compile(
    r"[-\s]years?[-\s]old\s+(?P<words>(?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*)"
)
_NOT_ROLE = _words(
    "said says told tells added was were is are has had have will would could can may might"
    " who whom whose which that and but or of from in at on with for to by as also then now"
    " still been later did does do not never been being the a an his her their its"
    " man woman boy girl person resident local"
    # Verbs that end no "-ed" and words that are no role: "the 36-year-old won silver".
    " won lost made took came went got ran saw beat led left held kept gave found began"
    " became broke wrote spoke sat stood fell felt met paid sent set put hit quit rose drove"
    " flew grew knew threw wore wins runs first second third fourth fifth last again just"
    " only already once twice"
)


def _role_head(ctx: RuleContext, age: NumberMention) -> str | None:
    """The head noun after "the 48-year-old": "executive" of "chief executive said",
    "striker" of "striker scored twice", "assistant" of "executive assistant"."""
    match = _ROLE_AFTER_AGE.match(ctx.article.text, age.end)
    if match is None:
        return None
    words: list[str] = []
    for i, word in enumerate(match.group("words").split()):
        # The noun phrase ends before a function word or a verb (a word in "-ed" or, after
        # its first word, in "-s").
        if word in _NOT_ROLE or word.endswith("ed") or (i and _VERB_S.search(word)):
            break
        words.append(re.sub(r"['’]s?$", "", word))
        if words[-1] != word:
            break  # "the 48-year-old executive's plan": the possessive is the person
    return words[-1] if words and len(words[-1]) >= 3 else None


def _by_role(ctx: RuleContext, role: str, age: NumberMention) -> str | None:
    """Whom "the 48-year-old executive" speaks of: the one person the article names with that
    role noun before the age, in front of the name ("Chief executive Thandiwe Mokoena", "The
    club's striker, Sipho Dlamini") or as its appositive ("Mokoena, the group's chief
    executive")."""
    found = _named_with_role(ctx, role, age.start)
    if len(found) != 1:
        return None
    surname = found.pop()
    return None if _is_place(ctx.article.text, surname) else surname


# A role noun in front of a name, in a title phrase: "Chief executive Jane Doe", "the
# club's striker, Sipho Dlamini", "Retired teacher Ann Lowe".
_ROLE_BEFORE_NAME = re.compile(
    r"(?:^|[.!?] +|\b(?:the|a|an|its|his|her|their) +|\b[A-Z][\w'’-]* +)"
    r"(?:[\w'’-]+ +)?(?P<role>[a-z]{3,}),? +$"
)


def _other_role(ctx: RuleContext, surname: str, role: str, age: NumberMention) -> bool:
    """Whether the article gives the person, before the age, a role noun other than the
    age's own ("Chief executive Jane Doe" and "the 25-year-old assistant")."""
    text = ctx.article.text
    for name in ctx.analysis.names:
        if name.start >= age.start:
            break
        if name.surname != surname or not name.full:
            continue
        found = _ROLE_BEFORE_NAME.search(text, max(0, name.start - 40), name.start)
        if found is None:
            continue
        word = found.group("role")
        if word not in _NOT_ROLE and not _VERB_S.search(word) and not word.endswith("ed"):
            # "mayor" and "the 47-year-old mayor-elect" are one role.
            return word != role.split("-")[0] and role != word.split("-")[0]
    return False


_VERB_S = re.compile(r"[^s']s$")


def _named_with_role(ctx: RuleContext, role: str, age_start: int) -> set[str]:
    """The surnames the article gives the role noun before the age, in front of the name or
    as its appositive."""
    text = ctx.article.text
    head = re.escape(role)
    before = re.compile(rf"\b{head},? +$", re.I)  # not a heading's last word
    after = re.compile(
        rf"(?:['’]s)?,\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,4}}?{head}\b", re.I
    )
    found: set[str] = set()
    for name in ctx.analysis.names:
        if name.start >= age_start:
            break  # the age looks back to someone named before it
        if name.surname in _NOT_PEOPLE:
            continue
        if before.search(text, max(0, name.start - 40), name.start) or after.match(
            text, name.end, name.end + 80
        ):
            found.add(name.surname)
    return found


def _is_place(text: str, name: str) -> bool:
    """Whether the article writes the name as a place somewhere: "a school in Glen Iris",
    "near Mount Barker" (people are seldom "in" or "at" someone)."""
    return re.search(rf"\b(?:in|at|near)\s+{re.escape(name)}\b(?!\s+[A-Z])", text) is not None


def _full_names(ctx: RuleContext) -> dict[str, set[str]]:
    """The full names of the article by surname: {"Kiptoo": {"Daniel Kiptoo", …}}."""
    fulls: dict[str, set[str]] = {}
    names = [p.person for p in ctx.analysis.mentions]
    names += [m.full_name for m in ctx.analysis.numbers if m.full_name]
    names += [f"{n.given} {n.surname}" for n in ctx.analysis.names if n.given]
    for name in names:
        words = name.split()
        if len(words) >= 2 and name != "?":
            fulls.setdefault(words[-1], set()).add(name)
    return fulls


def _aliases(ctx: RuleContext) -> dict[str, str]:
    """Names the article declares one person's: "Margaret Anne Halloran, known to everyone as
    Peg" makes "Peg Halloran" her ({"Peg Halloran": "Margaret Anne Halloran"})."""
    text = ctx.article.text
    if " as " not in text or not any(k in text for k in ("known", "called", "nicknamed")):
        return {}
    found: dict[str, str] = {}
    for m in _KNOWN_AS.finditer(text):
        surname = m.group("full").split()[-1]
        found[f"{m.group('nick')} {surname}"] = m.group("full")
    return found


_KNOWN_AS = re.compile(
    r"\b(?P<full>[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)+),\s+(?:(?:better|widely|always)\s+)?"
    r"(?:known|called|nicknamed)(?:\s+(?:to|by)(?:\s+[a-z]+){1,3})?\s+as\s+[\"“‘']?"
    r"(?P<nick>[A-Z][a-z]+)\b"
)


def _identity(
    ctx: RuleContext, mention: NumberMention, surname: str | None, fulls: dict[str, set[str]]
) -> str | None:
    """Who an age or birth is of: the surname, or, when two people of the article share it
    ("Daniel Kiptoo" and his brother "Elijah Kiptoo"), the full name written with the figure,
    else the full name last written before it; None when that cannot be told."""
    if surname is None or len(fulls.get(surname, ())) < 2:
        return surname
    own = mention.full_name
    if own and len(own.split()) >= 2 and own.split()[-1] == surname:
        return own
    pattern = "|".join(re.escape(n) for n in sorted(fulls[surname], key=len, reverse=True))
    found = [m.group(0) for m in re.finditer(rf"\b(?:{pattern})\b", ctx.text(0, mention.start))]
    sentence = ctx.analysis.sentences[mention.sentence]
    if re.search(
        rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{re.escape(surname)}\b",
        ctx.text(sentence.start, sentence.end),
    ):
        return None  # "Mr. Kerrigan" with a "Michael Kerrigan" about: which one is not told
    return found[-1] if found else None


def _who(ctx: RuleContext, mention: NumberMention, known: set[str]) -> str | None:
    """The surname an age or birth is of: the analyser's, else the known person last named
    before it ("Kessler said … The 36-year-old won …")."""
    if mention.person is not None:
        return mention.person
    last: tuple[int, str] | None = None
    floor = max(0, mention.start - _PERSON_REACH)
    for name in known:
        for match in re.finditer(rf"\b{re.escape(name)}\b", ctx.text(floor, mention.start)):
            if last is None or match.start() > last[0]:
                last = (match.start(), name)
    return last[1] if last else None


# "Born in Ennis in March 1941, the second of five children, she grew up …"
_PRONOUN_AFTER_BIRTH = re.compile(r"[^.;!?]{0,160}?,\s+(?:she|he)\s+[a-z]")


def _pronoun_subject(
    ctx: RuleContext, birth: NumberMention, known: set[str], fulls: dict[str, set[str]]
) -> str | None:
    """Whom "Born in 1941, she …" is of: of the article's people, the one last named in
    full in the two sentences before it; None when it cannot be told."""
    sentences = ctx.analysis.sentences
    sentence = sentences[birth.sentence]
    if not _PRONOUN_AFTER_BIRTH.match(ctx.article.text, birth.end, sentence.end):
        return None
    floor = sentences[max(0, birth.sentence - 2)].start
    named = [
        n
        for n in ctx.analysis.names
        if n.full and floor <= n.start < sentence.start and n.surname in known
    ]
    if not named:
        return None
    full = f"{named[-1].given} {named[-1].surname}"
    return _identity(ctx, birth.model_copy(update={"full_name": full}), named[-1].surname, fulls)


def _other_year_near(
    ctx: RuleContext, sentence_start: int, start: int, end: int, allowed: set[int]
) -> bool:
    """A year other than ``allowed`` before the figure in its sentence, or just after it
    ("32 in 2010"), not in the predicate after an appositive ("Ortiz, 53, joined in 2014")."""
    after = ctx.text(end, end + _YEAR_REACH)
    if _APPOSITIVE_CLOSED.match(after):
        after = ""
    window = ctx.text(sentence_start, start) + " " + after
    return any(int(y) not in allowed for y in _YEAR_IN_TEXT.findall(window))


# An appositive age closed, its sentence's predicate after: "Mokoena, 53, joined …".
_APPOSITIVE_CLOSED = re.compile(r",\s+(?!in\b|at\b|then\b|when\b|back\b)[a-z]")


def _fits_year_in_sentence(
    ctx: RuleContext, age: NumberMention, sentence: Sentence, born: int
) -> bool:
    """Whether the age is that of the birth at some other year the sentence names."""
    n = int(age.value)
    return any(
        int(y) != born and int(y) - born - 1 <= n <= int(y) - born
        for y in _YEAR_IN_TEXT.findall(ctx.text(sentence.start, sentence.end))
    )


def _same_block(ctx: RuleContext, a: int, b: int) -> bool:
    return any(
        block.start <= a < block.end and block.start <= b < block.end
        for block in ctx.segmentation.body
    )


def _first_last(name: str) -> tuple[str, str] | None:
    """("Dorothy", "Kessler") of "Dorothy Ann Kessler"; None for a single word."""
    words = name.split()
    return (words[0], words[-1]) if len(words) >= 2 else None


def _by_given_name(
    ctx: RuleContext, mention: NumberMention, person: str | None, fulls: dict[str, set[str]]
) -> str | None:
    """The person a lone given name stands for ("Dorothy was born …" of "Dorothy Ann
    Kessler"): the one full name of the article that starts with it, as ``_identity`` would
    give it; else the name unchanged."""
    if person is None or " " in person or person in fulls:
        return person
    owners = {
        pair
        for names in fulls.values()
        for full in names
        if (pair := _first_last(full)) is not None and pair[0] == person
    }
    if len(owners) != 1:
        return person
    given, surname = owners.pop()
    full = f"{given} {surname}"
    return _identity(ctx, mention.model_copy(update={"full_name": full}), surname, fulls)


_MONTH_BEFORE = re.compile(rf"\b(?P<m>{MONTH_RE})\s+(?:of\s+)?$")


def _birthday(ctx: RuleContext, birth: NumberMention) -> tuple[Day, Day, str]:
    """The earliest and latest birthday (month, day) the birth allows, and how it is told:
    "born on March 9, 1935" is one day, "born in March 1978" a month, "born in 1978" any."""
    born = int(birth.value)
    for d in ctx.analysis.dates:
        if d.date_start > birth.start:
            break
        if (
            d.kind == "date"
            and d.valid
            and d.date_start <= birth.start < d.date_end
            and d.month is not None
            and d.day is not None
        ):
            day = (d.month, d.day)
            return day, day, f"on {ctx.text(d.date_start, d.date_end)}"
    month = _MONTH_BEFORE.search(ctx.article.text, max(0, birth.start - 16), birth.start)
    if month is not None:
        m = MONTHS[month.group("m").rstrip(".").lower()]
        return (m, 1), (m, calendar.monthrange(born, m)[1]), f"in {month.group('m')} {born}"
    return (1, 1), (12, 31), f"in {born}"


# An age "now" is as of writing: a birthday in the days before publication may fall between.
_WRITING_SLACK = dt.timedelta(days=10)
_YEAR = dt.timedelta(days=366)
_TURNS_BEFORE = re.compile(r"\b(?:turns|turning|will\s+(?:turn|be))\s+$")
_TURNED_BEFORE = re.compile(r"\bturned\s+$")
# A death told with no date, in the publication year: recent, within some weeks.
_RECENT_DEATH = dt.timedelta(days=60)


def _age_window(
    ctx: RuleContext,
    age: NumberMention,
    death_year: int | None,
    published: dt.date,
) -> tuple[dt.date, dt.date, str]:
    """The days the age may be counted to, and how to say when: the date of death when the
    text gives one, else the death year (recent: the weeks before publication), else the
    days before publication (back to a death told in that or the sentence before)."""
    # An age at death may be dated in the sentence after it ("has died aged 84. His family
    # said he died … on Monday, 3 March").
    died_on = _death_date(ctx, age, following=death_year is not None)
    if death_year is not None:
        if died_on is not None and died_on.year == death_year:
            return died_on, died_on, f"at death on {died_on.isoformat()}"
        if death_year == published.year:
            return published - _RECENT_DEATH, published, f"at death in {death_year}"
        year_end = dt.date(death_year, 12, 31)
        return dt.date(death_year, 1, 1), year_end, f"at death in {death_year}"
    before = ctx.text(max(0, age.start - 16), age.start)
    if _TURNS_BEFORE.search(before):
        # "turns 93 next month", "who turns 60 on Friday": an age still to come.
        return published - _WRITING_SLACK, published + _YEAR, "in the year after publication"
    if _TURNED_BEFORE.search(before):
        # "turned 40 in March": an age reached in the year before publication.
        return published - _YEAR, published, "in the year before publication"
    if died_on is not None and died_on <= published:
        # "… died on Sunday, January 12. She was 90.": the age at death, or now.
        lo = min(published - _WRITING_SLACK, died_on)
        return lo, published, f"between the death on {died_on.isoformat()} and publication"
    return (
        published - _WRITING_SLACK,
        published,
        f"on {published.isoformat()}, the publication date",
    )


def _age_on(day: dt.date, born: int, birthday: Day) -> int:
    """The age on ``day`` of someone born on ``birthday`` in ``born``."""
    return day.year - born - ((day.month, day.day) < birthday)


def _death_date(ctx: RuleContext, age: NumberMention, *, following: bool = False) -> dt.date | None:
    """The date of a death told in the age's sentence or the one before it, in its
    paragraph ("died … on Sunday, January 12, 2025. She was 90."), or with ``following``
    the one after it ("… has died aged 84. He died on Monday, 3 March.")."""
    sentences = ctx.analysis.sentences
    order = (age.sentence, age.sentence - 1, age.sentence + 1)
    for index in order if following else order[:2]:
        if not 0 <= index < len(sentences):
            continue
        sentence = sentences[index]
        if index != age.sentence and not _same_block(ctx, sentence.start, age.start):
            continue
        died = _DIED.search(ctx.article.text, sentence.start, sentence.end)
        if died is None:
            continue
        for d in ctx.analysis.dates:
            if d.start >= died.end() and d.sentence == index and d.resolved is not None:
                return d.resolved
    return None


_DECADE_END = re.compile(r"['’]?s\b")
_DIED = re.compile(r"\b(?:has\s+died|died|dies)\b", re.I)
_OTHER_MOMENT = re.compile(r"\b(?:when|then|at\s+the\s+time|while|before|after|until)\b", re.I)
# How a death came, not another moment: "died … after a short illness", "after a long battle
# with cancer", "after suffering a stroke", "following a fall" (a phrase with no figure of
# its own that closes its clause).
_DEATH_CAUSE = re.compile(
    r"\b(?:after|following)\s+(?:(?:a|an|his|her|their)\s+|(?:suffering|contracting|being"
    r"\s+diagnosed\s+with|collapsing|complications)\b)[^\d,;.()—–]{0,60}?(?=\s*(?:[,;.)—–]|$))",
    re.I,
)


def _death_year(ctx: RuleContext, age: NumberMention, published: int) -> int | None:
    """The year an age at death counts to ("died on Friday aged 87", "Died: 3 October 2019
    in Edinburgh, aged 86", "died in 1998 aged 60"): the one year in its sentence, else the
    publication year; None when the age is not one at death."""
    sentence = ctx.analysis.sentences[age.sentence]
    s_text = ctx.text(sentence.start, sentence.end)
    if not _DIED.search(s_text) or _OTHER_MOMENT.search(_DEATH_CAUSE.sub("", s_text)):
        return None
    births = {
        int(m.value)
        for m in ctx.analysis.numbers
        if m.kind == "birth_year" and m.sentence == age.sentence
    }
    # "the early 1990s" is a decade, not the year of the death
    years = {
        int(m.group())
        for m in _YEAR_IN_TEXT.finditer(s_text)
        if not _DECADE_END.match(s_text, m.end())
    }
    years -= births
    if len(years) > 1:
        return None
    return years.pop() if years else published
