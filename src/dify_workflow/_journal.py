"""The batch journal: one SQLite file (WAL, one transaction per state change) that is
all a resumed batch needs to know which rows ran, which are running where, and which
may have been billed without an id.

A row is recorded *sent* before its request goes out, and its task and run ids as soon
as the first event arrives. Rows are keyed by index and a hash of their inputs; the
journal also holds the identity of its input and of its app, and refuses another.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["FINAL", "Journal", "JournalMismatchError", "Row", "row_hash"]

# States a row can be in. `sent`: the request may have gone out, no id yet; `running`:
# the ids are known; the rest are final.
FINAL = frozenset({"succeeded", "failed", "stopped", "unknown", "partial-succeeded"})


class JournalMismatchError(ValueError):
    """The journal belongs to another input or another app."""


def row_hash(inputs: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(inputs, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Row:
    """What the journal knows of one row."""

    index: int
    hash: str
    state: str
    task_id: str | None
    run_id: str | None
    outputs: dict[str, Any]
    error: str | None
    elapsed: float | None
    tokens: int | None


class Journal:
    """A batch's journal at `path` (created if missing)."""

    def __init__(self, path: str | os.PathLike[str], *, input_id: str, app_id: str) -> None:
        self.path = Path(path)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS rows (idx INTEGER PRIMARY KEY, hash TEXT NOT NULL, state TEXT NOT NULL,"
            " task_id TEXT, run_id TEXT, outputs TEXT, error TEXT, elapsed REAL, tokens INTEGER,"
            " updated REAL NOT NULL)"
        )
        self._check("input", input_id, "another input")
        self._check("app", app_id, "another app")

    def _check(self, key: str, value: str, other: str) -> None:
        found = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if found is None:
            self._db.execute("INSERT INTO meta VALUES (?, ?)", (key, value))
        elif found[0] != value:
            raise JournalMismatchError(
                f"the journal {self.path} belongs to {other} ({key} {found[0]!r}, not {value!r}); "
                "use another --journal path, or the input and app it was made for"
            )

    def get(self, index: int) -> Row | None:
        found = self._db.execute(
            "SELECT idx, hash, state, task_id, run_id, outputs, error, elapsed, tokens FROM rows WHERE idx = ?",
            (index,),
        ).fetchone()
        if found is None:
            return None
        index, digest, state, task_id, run_id, outputs, error, elapsed, tokens = found
        return Row(index, digest, state, task_id, run_id, json.loads(outputs or "{}"), error, elapsed, tokens)

    def check_row(self, index: int, digest: str) -> Row | None:
        """The journal's row `index`, after checking it is the same row."""
        row = self.get(index)
        if row is not None and row.hash != digest:
            raise JournalMismatchError(
                f"row {index + 1} of the input differs from the one the journal {self.path} recorded: "
                "the journal belongs to another input; use another --journal path"
            )
        return row

    def sent(self, index: int, digest: str) -> None:
        self._db.execute(
            "INSERT INTO rows (idx, hash, state, updated) VALUES (?, ?, 'sent', ?) ON CONFLICT(idx) DO UPDATE SET"
            " state = 'sent', task_id = NULL, run_id = NULL, error = NULL, updated = excluded.updated",
            (index, digest, time.time()),
        )

    def unsent(self, index: int) -> None:
        """The request provably did not start a run (a 429, a refused connection)."""
        self._db.execute("DELETE FROM rows WHERE idx = ? AND state = 'sent'", (index,))

    def ids(self, index: int, task_id: str | None, run_id: str) -> None:
        self._db.execute(
            "UPDATE rows SET state = 'running', task_id = ?, run_id = ?, updated = ? WHERE idx = ?",
            (task_id, run_id, time.time(), index),
        )

    def finish(
        self,
        index: int,
        state: str,
        *,
        outputs: Mapping[str, Any] | None = None,
        error: str | None = None,
        elapsed: float | None = None,
        tokens: int | None = None,
    ) -> None:
        self._db.execute(
            "UPDATE rows SET state = ?, outputs = ?, error = ?, elapsed = ?, tokens = ?, updated = ?"
            " WHERE idx = ?",
            (state, json.dumps(dict(outputs or {})), error, elapsed, tokens, time.time(), index),
        )

    def close(self) -> None:
        self._db.close()
