"""The officeholder roster: who held which office when, bundled and extended by newsrooms.

Bundled data (factcheck/roster/data/*.json) covers 2017 to each file's ``as_of``: the US
executive, heads of state and government of the G20, and the top EU posts. The format of
newsroom files is documented in docs/roster.md.
"""

from __future__ import annotations

from factcheck.roster.loader import bundled_roster, load_roster
from factcheck.roster.lookup import PersonMatch, Roster
from factcheck.roster.models import Officeholder, RosterFile, Term
from factcheck.roster.names import fold, name_keys
from factcheck.roster.offices import person_office_keys, roster_office

__all__ = [
    "Officeholder",
    "PersonMatch",
    "Roster",
    "RosterFile",
    "Term",
    "bundled_roster",
    "fold",
    "load_roster",
    "name_keys",
    "person_office_keys",
    "roster_office",
]
