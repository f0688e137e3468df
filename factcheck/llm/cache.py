"""A SQLite cache of LLM answers, so that re-reviewing an unchanged article costs nothing.

The key covers everything that can change an answer: endpoint, model, mode, prompt name,
version and wording, the response schema and the text sent. Values are the raw (ungrounded)
model output as JSON; grounding runs again on every review.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from pathlib import Path

from factcheck.errors import LLMError

FILENAME = "llm-cache.sqlite3"


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("factcheck", appauthor=False))


def cache_key(*parts: str) -> str:
    return hashlib.sha256(json.dumps(list(parts)).encode()).hexdigest()


class LLMCache:
    """One SQLite file; safe to share between the threads of one review."""

    def __init__(self, directory: Path | None = None) -> None:
        self.path = (directory or default_cache_dir()) / FILENAME
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS answers "
                "(key TEXT PRIMARY KEY, value TEXT NOT NULL, created REAL NOT NULL)"
            )
            self._db.commit()
        except (OSError, sqlite3.Error) as exc:
            raise LLMError(f"cannot open the LLM cache {self.path}: {exc}") from exc

    def get(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def put(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO answers (key, value, created) VALUES (?, ?, ?)",
                (key, value, time.time()),
            )
            self._db.commit()

    def clear(self) -> int:
        """Delete every entry; returns how many there were."""
        with self._lock:
            count = int(self._db.execute("SELECT COUNT(*) FROM answers").fetchone()[0])
            self._db.execute("DELETE FROM answers")
            self._db.commit()
            self._db.execute("VACUUM")
        return count

    def close(self) -> None:
        with self._lock:
            self._db.close()
