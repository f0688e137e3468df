"""Names: one person's name spelled two ways."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz.distance import OSA

from factcheck.analysis.names import (
    FIRST_LETTER_CLASS,
    NameMention,
    both_words,
    gendered_key,
    given_relation,
    korean_family_variants,
    name_key,
    normalise_given,
    similar_surnames,
    transliterated_surnames,
)
from factcheck.report import Category, Severity
from factcheck.rules.registry import Hit, RuleContext, rule

_MAX_LENGTH_GAP = 2  # more than two letters apart is never a one-slip variant
_ARABIC_ARTICLE = re.compile(r"\A(?:Al|El|As|Ash|Ad|Ar|At|Az|An|Ud|Ul)-(?=[A-Z])")
# Titles that say nothing about sex: "Professor Wiśniewska" and "Professor Wisniewski" can
# be one person, "Mr Kowalski" and "Mrs Kowalska" cannot.
_NEUTRAL_TITLE = re.compile(
    r"(?<![\w-])(professor|prof|dr|doctor|judge|justice|senator|minister|ambassador|"
    r"general|colonel|captain|commissioner|inspector|detective|sergeant|chancellor|mayor|"
    r"governor)\.?[ \u00a0]+\Z",
    re.IGNORECASE,
)
_TITLE_ALIASES = {"prof": "professor", "doctor": "dr"}
_CONFIDENCE = {"slip": 0.7, "transliteration": 0.7, "gender": 0.55}


@dataclass
class _Form:
    """One spelling of a surname and where the article uses it."""

    surname: str
    mentions: list[NameMention] = field(default_factory=list)
    givens: Counter[str] = field(default_factory=Counter)

    @property
    def anchored(self) -> bool:
        """Given in full at least once ("Pete Hegseth"), so it is a person's surname."""
        return bool(self.givens)

    @property
    def first(self) -> NameMention:
        return self.mentions[0]

    def person(self) -> str:
        if not self.givens:
            return self.surname
        given = max(self.givens, key=lambda g: self.givens[g])
        return f"{given} {self.surname}"


def _form_key(surname: str) -> str:
    """ "Al-Rashidi" opening a sentence is the same spelling as "al-Rashidi"."""
    return _ARABIC_ARTICLE.sub(lambda m: m.group().lower(), surname)


def _forms(ctx: RuleContext) -> dict[str, _Form]:
    forms: dict[str, _Form] = {}
    for mention in ctx.analysis.names:
        key = _form_key(mention.surname)
        form = forms.setdefault(key, _Form(key))
        form.mentions.append(mention)
        if mention.given is not None:
            form.givens[mention.given] += 1
    return forms


def _compatible_givens(a: _Form, b: _Form) -> bool:
    return any(given_relation(x, y) is not None for x in a.givens for y in b.givens)


class _Clusters:
    """Union-find over surname spellings."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return [g for g in out.values() if len(g) > 1]


def _variant_pairs(ctx: RuleContext, forms: dict[str, _Form]) -> list[tuple[str, str, str]]:
    """Pairs of surname spellings that are one person's name, with how they differ ("slip",
    "transliteration" or "gender"), by the rules in FC301's doc."""
    known_givens = {normalise_given(g) for f in forms.values() for g in f.givens}
    buckets: dict[str, list[_Form]] = {}
    for form in forms.values():
        key = name_key(form.surname)
        buckets.setdefault(FIRST_LETTER_CLASS.get(key[:1], key[:1]), []).append(form)
    pairs: list[tuple[str, str, str]] = []
    bare_links: dict[str, list[tuple[str, str]]] = {}
    for bucket in buckets.values():
        for a, b in combinations(bucket, 2):
            if abs(len(a.surname) - len(b.surname)) > _MAX_LENGTH_GAP:
                continue
            if a.anchored and b.anchored:
                # Different first names: two people ("John Smith", "Mary Smyth").
                kind = _full_pair(a, b)
                if kind is not None:
                    pairs.append((a.surname, b.surname, kind))
            elif a.anchored or b.anchored:
                full, bare = (a, b) if a.anchored else (b, a)
                if bare.surname.lower() in known_givens:
                    continue  # "Adam" alone is a first name, not a misspelt "Adams"
                # One letter changed in a six-letter name ("Ellery", "Ellory") scores 83.
                if similar_surnames(full.surname, bare.surname, min_ratio=83) or (
                    _titled(ctx.article.text, bare) and _one_edit(full.surname, bare.surname)
                ):
                    kind = "slip"
                elif name_key(full.surname) == name_key(bare.surname):
                    kind = "transliteration"
                else:
                    continue
                if both_words(full.surname, bare.surname) or _common_word(
                    ctx.article.text, bare.surname
                ):
                    continue
                bare_links.setdefault(bare.surname, []).append((full.surname, kind))
    # A bare spelling close to two people's surnames could be either: leave it.
    pairs += [(bare, *links[0]) for bare, links in bare_links.items() if len(links) == 1]
    pairs += _bare_pairs(ctx, forms, known_givens, set(bare_links))
    pairs += _gendered_pairs(ctx, forms, known_givens, set(bare_links))
    return pairs


def _full_pair(a: _Form, b: _Form) -> str | None:
    """How two surnames both given in full are one person's name, or None."""
    relations = {given_relation(x, y) for x in a.givens for y in b.givens} - {None}
    if not relations or both_words(a.surname, b.surname):
        return None
    if similar_surnames(a.surname, b.surname, min_ratio=80):
        return "slip"
    if transliterated_surnames(a.surname, b.surname):
        return "transliteration"
    return None


def _gendered_pairs(
    ctx: RuleContext, forms: dict[str, _Form], known_givens: set[str], linked: set[str]
) -> list[tuple[str, str, str]]:
    """A bare titled surname in the other gender's form of exactly one titled full name.

    "Professor Katarzyna Wiśniewska" … "Professor Wisniewski said": the same title, no
    first name, and no other Wiśniewski/Wiśniewska in the article.
    """
    pairs: list[tuple[str, str, str]] = []
    for bare in forms.values():
        if bare.anchored or bare.surname in linked or bare.surname.lower() in known_givens:
            continue
        family = gendered_key(bare.surname)
        if family is None:
            continue
        others = [f for f in forms.values() if f is not bare and gendered_key(f.surname) == family]
        if len(others) != 1 or not others[0].anchored:
            continue
        full = others[0]
        if name_key(full.surname) == name_key(bare.surname):
            continue
        titles = {_title(ctx.article.text, m) for m in bare.mentions}
        if len(titles) != 1 or None in titles:
            continue  # every bare use carries the same title
        if titles & {_title(ctx.article.text, m) for m in full.mentions} and not _common_word(
            ctx.article.text, bare.surname
        ):
            pairs.append((bare.surname, full.surname, "gender"))
    return pairs


# What shows a bare capitalised word is a person: speech after it, an age, "who"/"whose",
# or an honorific before it.
_PERSON_AFTER = re.compile(
    r"(?:,\s+(?:who|whose)\b|,\s+\d{1,3},|,\s+an?\s+\d{1,3}-year-old\b|\s+(?:said|says|told"
    r"|added|admitted|explained|insisted|argued|recalled|replied|wrote)\b)"
)
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\Z")
# "K. Subramanian", "R. Lakshmi Devi": an initial before a surname makes it a person's.
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.\s+\Z")


def _titled(text: str, form: _Form) -> bool:
    """Every use of the spelling follows "Mr", "Ms", "Dr"…: it is a person's surname."""
    return all(_HONORIFIC_BEFORE.search(text, max(0, m.start - 6), m.start) for m in form.mentions)


def _one_edit(a: str, b: str) -> bool:
    """ "Raman"/"Ramen", "Schoof"/"Schoofs": one letter apart, five letters or more. With an
    honorific the shorter name is no plural and no ordinary word, so one edit is enough."""
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and OSA.distance(a, b, score_cutoff=1) == 1


def _as_person(text: str, mention: NameMention) -> bool:
    return bool(
        _PERSON_AFTER.match(text, mention.end)
        or _HONORIFIC_BEFORE.search(text, max(0, mention.start - 6), mention.start)
        or _INITIAL_BEFORE.search(text, max(0, mention.start - 4), mention.start)
    )


def _bare_pairs(
    ctx: RuleContext, forms: dict[str, _Form], known_givens: set[str], linked: set[str]
) -> list[tuple[str, str, str]]:
    """Two bare spellings one slip apart, each used as a person's name, when no full name
    is close to either: "Okonkwo, a 23-year-old striker … Okonkow, whose loan" (the full
    name may have been only in a caption or the headline)."""
    text = ctx.article.text
    bare = [
        f
        for f in forms.values()
        if not f.anchored
        and f.surname not in linked
        and f.surname.lower() not in known_givens
        and any(_as_person(text, m) for m in f.mentions)
        and not _common_word(text, f.surname)  # a search of the whole text: last
    ]
    anchored = [f.surname for f in forms.values() if f.anchored]
    pairs: list[tuple[str, str, str]] = []
    for a, b in combinations(bare, 2):
        if not similar_surnames(a.surname, b.surname) or both_words(a.surname, b.surname):
            continue
        if any(similar_surnames(x, full) for x in (a.surname, b.surname) for full in anchored):
            continue  # a full name is near: the bare-to-full pairing decides
        pairs.append((a.surname, b.surname, "slip"))
    return pairs


# "John Smith, his cousin", "Tessa Okafor — no relation —": the text says two people.
_RELATIVE_AFTER = re.compile(
    r"\s*(?:,|—|–|\()\s*(?:(?:his|her|their)\s+(?:\w+\s+)?(?:cousin|brother|sister|son"
    r"|daughter|father|mother|wife|husband|twin|nephew|niece|uncle|aunt|namesake)|no\s+relation"
    r"|not\s+related|unrelated)\b",
    re.I,
)


def _another_person(text: str, mention: NameMention) -> bool:
    return _RELATIVE_AFTER.match(text, mention.end) is not None


def _title(text: str, mention: NameMention) -> str | None:
    """The sex-neutral title right before a name ("Professor", "Dr"), normalised, or None."""
    match = _NEUTRAL_TITLE.search(text, max(0, mention.start - 20), mention.start)
    if match is None:
        return None
    title = match.group(1).lower()
    return _TITLE_ALIASES.get(title, title)


def _common_word(text: str, word: str) -> bool:
    """The word also appears in lower case, so it is an ordinary word, not only a name."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


@rule("FC301", category=Category.NAME, severity=Severity.WARNING)
def name_spelled_two_ways(ctx: RuleContext) -> Iterator[Hit]:
    """One person's surname is spelled two ways in the same article.

    **What it does.** Collects every capitalised name in the body, full ("Pete Hegseth")
    or bare ("Hegseth"), and compares the surname spellings. Two spellings one slip
    apart (one edit for names up to eight letters, two for longer ones; same first
    letter; five letters or more) are reported when they belong to one person: both are
    given in full with the same or a matching first name, or one is used bare and is
    close to exactly one surname the article gives in full, or both are used bare, each
    as a person ("Okonkwo, a 23-year-old striker", "Okonkow said") with no full name
    close to either. A bare surname only ever used after "Mr", "Ms", "Dr"… is a person's
    and no plural: one letter apart from one full name is enough ("Priya Raman" … "Ms.
    Ramen", "Dick Schoof" … "Mr Schoofs"). Transliterations count too:
    names compared on a key without accents, Arabic articles ("al-", "el-") or common
    romanisation alternations (w/v, x/ks, kh/h, zh/j, ph/f, sch/sh, ou/u, ö/oe, doubled letters,
    -off/-ov, -ine/-in, a final y/i/j), so "Aleksandr Volkonsky" and "Alexander
    Wolkonski", "Mohammed al-Rashidi" and "Muhammad al-Rashidy", or "Erdoğan" and
    "Erdogan" are one person when
    both first names are one name romanised two ways. A bare titled surname in the other
    gender's Polish/Czech form ("Professor Wisniewski" for "Professor Katarzyna
    Wiśniewska") is reported with lower confidence when the title matches and no other
    person has that surname. Both places are reported; the suggestion is the spelling the
    article uses most.

    **Why it matters.** A misspelt name is one of the most visible errors in news copy,
    and mixed transliterations ("Zelenskiy", "Zelensky", "Zelenskyy") read as careless
    or as two different people.

    **Example.**

        Defense Secretary Pete Hegseth spoke in Brussels. … Hegsath said the
        alliance must spend more.

    **Not flagged.** Two people who share a surname ("Donald Trump" and "Melania Trump");
    similar surnames with different first names ("John Smith" and "Mary Smyth"); families
    ("the Trumps"); names shorter than five letters ("Reid"/"Reed"); a bare word that also
    appears in lower case or is someone's first name; two surnames that are both English
    words ("Baker", "Barker"); relatives in gendered forms ("Jan Kowalski", "Anna
    Kowalska"; "Mr Kowalski", "Mrs Kowalska"; "Ivanov", "Ivanova").

    **How to silence it.** `--ignore FC301`, or fix the spelling.
    """
    forms = _forms(ctx)
    clusters = _Clusters()
    kinds: dict[str, set[str]] = {}
    for a, b, kind in _variant_pairs(ctx, forms):
        clusters.union(a, b)
        kinds.setdefault(a, set()).add(kind)
        kinds.setdefault(b, set()).add(kind)
    for group in clusters.groups():
        members = [forms[s] for s in group]
        canonical = max(members, key=lambda f: (len(f.mentions), f.anchored, -f.first.start))
        for variant in sorted(members, key=lambda f: f.first.start):
            if variant is canonical:
                continue
            both_full = variant.anchored and canonical.anchored
            yield Hit(
                message=(
                    f"{canonical.person()} is spelled “{variant.surname}” here"
                    f" ({_times(len(variant.mentions))}) and “{canonical.surname}” elsewhere"
                    f" ({_times(len(canonical.mentions))})."
                ),
                spans=[
                    (variant.first.start, variant.first.end),
                    (canonical.first.start, canonical.first.end),
                ],
                confidence=_confidence(kinds[variant.surname], both_full),
                suggestion=canonical.surname,
            )


@rule("FC302", category=Category.NAME, severity=Severity.WARNING)
def first_name_changes(ctx: RuleContext) -> Iterator[Hit]:
    """One person's first name changes within the article ("Pete Hegseth", "Peter Hegseth").

    **What it does.** Groups the full names by surname and compares their first names.
    A pair is reported when the two first names are a known short and long form ("Pete"
    and "Peter", "Mike" and "Michael"), one letter apart ("Jon"/"John") or one name
    romanised two ways ("Sergei"/"Sergey", "Mohammed"/"Muhammad"; a Korean family name
    written first, "Cho Min-seok"/"Jo Min-seok"), since one person is then named two
    ways. Both places are reported; the suggestion is the full name the article uses
    most. It is a softer finding than FC301: nicknames are sometimes a choice, but one
    article should make it once.

    **Why it matters.** Readers, search and archives treat "Peter Hegseth" and "Pete
    Hegseth" as two people; one of the two is usually a slip.

    **Example.**

        Pete Hegseth arrived in Warsaw on Monday. … Peter Hegseth told reporters the
        deployment would go ahead.

    **Not flagged.** Different people who share a surname ("Donald Trump", "Melania
    Trump"; "Eric Adams", "Jane Adams"); gendered pairs ("Eric"/"Erica",
    "Louis"/"Louise", "Mario"/"Maria", "Christian"/"Christina"); initials ("J.D." and
    "JD").

    **How to silence it.** `--ignore FC302`, or use one form of the name.
    """
    by_surname: dict[str, dict[str, list[NameMention]]] = {}
    for mention in ctx.analysis.names:
        if mention.given is not None:
            givens = by_surname.setdefault(_form_key(mention.surname), {})
            givens.setdefault(normalise_given(mention.given), []).append(mention)
    for surname, givens in by_surname.items():
        for (ga, ma), (gb, mb) in combinations(givens.items(), 2):
            relation = given_relation(ga, gb)
            if relation is None and korean_family_variants(ga, gb, ma[0].surname):
                relation = "transliteration"  # "Cho Min-seok" and "Jo Min-seok"
            if relation in (None, "same"):
                continue
            if any(_another_person(ctx.article.text, m) for m in [*ma, *mb]):
                continue  # "John Smith, his cousin": the article says they are two people
            (common, rare) = (ma, mb) if len(ma) >= len(mb) else (mb, ma)
            usual = ctx.text(common[0].start, common[0].end)
            other = ctx.text(rare[0].start, rare[0].end)
            yield Hit(
                message=(
                    f"“{other}” ({_times(len(rare))}) and “{usual}” ({_times(len(common))})"
                    f" look like one person named two ways."
                ),
                spans=[(rare[0].start, rare[0].end), (common[0].start, common[0].end)],
                confidence=0.55 if relation == "spelling" else 0.5,
                suggestion=" ".join(usual.split()) if surname else None,
            )


def _confidence(kinds: set[str], both_full: bool) -> float:
    if kinds == {"slip"} and both_full:
        return 0.85
    return min(_CONFIDENCE[k] for k in kinds)


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"
