"""Dates: weekdays and dates that do not fit."""

from __future__ import annotations
