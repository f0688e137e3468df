"""Attribution: quotations and who said them."""

from __future__ import annotations
