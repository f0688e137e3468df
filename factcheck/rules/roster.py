"""Roster: titles checked against the officeholder record at the publication date."""

from __future__ import annotations
