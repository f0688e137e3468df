"""Numbers: quantities that disagree with each other."""

from __future__ import annotations
