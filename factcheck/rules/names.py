"""Names: one person's name spelled two ways."""

from __future__ import annotations
