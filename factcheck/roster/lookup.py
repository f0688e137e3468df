"""The roster in memory: terms indexed by person and by office."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.roster.models import Term
from factcheck.roster.names import fold, name_keys, surname_of
from factcheck.roster.offices import person_office_keys, roster_office


@dataclass(frozen=True)
class PersonMatch:
    person_id: str
    by_surname: bool


class Roster:
    """Officeholder terms, looked up by office and date or by person.

    Later terms replace earlier ones with the same person, office, jurisdiction and start:
    a newsroom file loaded after the bundled data corrects or closes a bundled term.
    """

    def __init__(self, terms: Iterable[Term]) -> None:
        unique: dict[tuple[str, str, str, dt.date], Term] = {}
        for term in terms:
            h = term.holder
            unique[(fold(h.person), h.office, h.jurisdiction, h.start)] = term
        self.terms: tuple[Term, ...] = tuple(
            sorted(unique.values(), key=lambda t: (t.holder.start, t.holder.person))
        )
        self._by_person: dict[str, list[Term]] = defaultdict(list)
        self._by_office: dict[str, list[Term]] = defaultdict(list)
        names: dict[str, set[str]] = defaultdict(set)
        surnames: dict[str, set[str]] = defaultdict(set)
        for term in self.terms:
            h = term.holder
            pid = fold(h.person)
            self._by_person[pid].append(term)
            self._by_office[h.office].append(term)
            for name in (h.person, *h.aliases):
                for key in name_keys(name):
                    names[key].add(pid)
            surnames[surname_of(h.person, h.surname)].add(pid)
        # A name or surname shared by two people identifies neither.
        self._names = {k: next(iter(v)) for k, v in names.items() if len(v) == 1}
        self._surnames = {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1 and k}

    def __len__(self) -> int:
        return len(self.terms)

    @property
    def offices(self) -> frozenset[str]:
        return frozenset(self._by_office)

    @property
    def as_of(self) -> dt.date | None:
        """The earliest as_of of the files loaded: what the whole roster vouches for."""
        return min((t.as_of for t in self.terms), default=None)

    def match(self, name: str) -> PersonMatch | None:
        """The roster person a name in an article means, or None when not confident.

        A full name or alias matches; a single word matches when it is the surname of exactly
        one person in the roster (``by_surname`` is then True: a weaker match).
        """
        for key in name_keys(name):
            if key in self._names:
                return PersonMatch(person_id=self._names[key], by_surname=False)
        folded = fold(name)
        if folded in self._surnames and (" " not in folded or folded not in self._names):
            return PersonMatch(person_id=self._surnames[folded], by_surname=True)
        return None

    def person_id(self, name: str) -> str | None:
        found = self.match(name)
        return found.person_id if found else None

    def terms_of(self, person: str) -> list[Term]:
        """Every term of the person a name means (empty when the name is not matched)."""
        pid = self.person_id(person)
        return list(self._by_person.get(pid, ())) if pid else []

    def person_terms(
        self, person_id: str, office: str | None = None, jurisdiction: str | None = None
    ) -> list[Term]:
        """A matched person's terms, optionally of one office (any variant) and jurisdiction."""
        keys = person_office_keys(office, jurisdiction) if office is not None else None
        return [
            t
            for t in self._by_person.get(person_id, ())
            if (keys is None or t.holder.office in keys)
            and (jurisdiction is None or t.holder.jurisdiction == jurisdiction.upper())
        ]

    def holders(self, office: str, jurisdiction: str | None, on: dt.date) -> list[Term]:
        """The terms of an office in office on a day (boundary days count as in office)."""
        key = roster_office(office)
        return [
            t
            for t in self._by_office.get(key, ())
            if (jurisdiction is None or t.holder.jurisdiction == jurisdiction.upper())
            and t.holder.start <= on
            and (t.holder.end is None or on <= t.holder.end)
        ]
