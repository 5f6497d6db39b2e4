"""The batch journal: one SQLite file (WAL, one transaction per state change) that is
all a resumed batch needs to know which rows ran, which are running where, and which
were sent without their ids arriving.

A row is recorded *sent* before its request goes out (with the send time and a digest of
its inputs: what finds its run later should its ids never arrive), and its task and run
ids as soon as the first event arrives. Rows are keyed by index and a hash of their
inputs; the journal also holds the identity of its input and of its app, and refuses
another.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._exceptions import JournalMismatchError

__all__ = ["FINAL", "Journal", "JournalMismatchError", "Row", "row_hash"]

# States a row can be in. `sent`: the request may have gone out, no id yet; `running`:
# the ids are known; `paused`: at a human-input form; the rest are final (`unknown`: no
# run of it appeared within the reconcile timeout).
FINAL = frozenset({"succeeded", "failed", "stopped", "unknown", "partial-succeeded"})
# Columns added after the first journals were written (ALTER TABLE on open).
_LATER_COLUMNS = (
    ("sent_at", "REAL"),
    ("digest", "TEXT"),
    ("form_token", "TEXT"),
    ("stop_wanted", "INTEGER NOT NULL DEFAULT 0"),
    # A chat app's row: the conversation and message of its answer.
    ("conversation_id", "TEXT"),
    ("message_id", "TEXT"),
)


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
    sent_at: float | None = None
    digest: dict[str, str] | None = None
    form_token: str | None = None
    stop_wanted: bool = False
    conversation_id: str | None = None
    message_id: str | None = None


_SELECT_ROW = (
    "SELECT idx, hash, state, task_id, run_id, outputs, error, elapsed, tokens, sent_at, digest, form_token,"
    " stop_wanted, conversation_id, message_id FROM rows WHERE idx = ?"
)


class Journal:
    """A batch's journal at `path` (created if missing)."""

    def __init__(self, path: str | os.PathLike[str], *, input_id: str) -> None:
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            raise JournalMismatchError(
                f"{self.path} is not a batch journal (SQLite said: {exc}); use another --journal path"
            ) from None
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS rows (idx INTEGER PRIMARY KEY, hash TEXT NOT NULL, state TEXT NOT NULL,"
            " task_id TEXT, run_id TEXT, outputs TEXT, error TEXT, elapsed REAL, tokens INTEGER,"
            " updated REAL NOT NULL)"
        )
        present = {column[1] for column in self._db.execute("PRAGMA table_info(rows)")}
        for name, kind in _LATER_COLUMNS:
            if name not in present:
                self._db.execute(f"ALTER TABLE rows ADD COLUMN {name} {kind}")
        self._db.execute("CREATE INDEX IF NOT EXISTS rows_run_id ON rows (run_id)")
        found = self.meta("input")
        if found is None:
            self.set_meta("input", input_id)
        elif found != input_id:
            self.close()
            raise JournalMismatchError(
                f"the journal {self.path} belongs to another input ({found!r}, not {input_id!r}); "
                "use another --journal path, or the input it was made for"
            )

    def meta(self, key: str) -> str | None:
        found = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if found is None else str(found[0])

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def get(self, index: int) -> Row | None:
        found = self._db.execute(_SELECT_ROW, (index,)).fetchone()
        return None if found is None else _row(found)

    def check_row(self, index: int, digest: str) -> Row | None:
        """The journal's row `index`, after checking it is the same row."""
        row = self.get(index)
        if row is not None and row.hash != digest:
            raise JournalMismatchError(
                f"row {index + 1} of the input differs from the one the journal {self.path} recorded: "
                "the input was edited since, or the journal belongs to another input; restore the "
                "input or use another --journal path"
            )
        return row

    def any_run_id(self) -> str | None:
        """A run the journal knows by id (to check that the app is still the same)."""
        found = self._db.execute("SELECT run_id FROM rows WHERE run_id IS NOT NULL LIMIT 1").fetchone()
        return None if found is None else str(found[0])

    def known_run(self, run_id: str) -> bool:
        """Whether a row of this journal already has this run (it is never claimed again)."""
        return (
            self._db.execute("SELECT 1 FROM rows WHERE run_id = ? LIMIT 1", (run_id,)).fetchone() is not None
        )

    def known_message(self, message_id: str) -> bool:
        """Whether a row of this journal already has this chat message."""
        found = self._db.execute("SELECT 1 FROM rows WHERE message_id = ? LIMIT 1", (message_id,)).fetchone()
        return found is not None

    def sent(self, index: int, digest: str, sent_at: float, inputs_digest: Mapping[str, str]) -> None:
        self._db.execute(
            "INSERT INTO rows (idx, hash, state, updated, sent_at, digest) VALUES (?, ?, 'sent', ?, ?, ?)"
            " ON CONFLICT(idx) DO UPDATE SET state = 'sent', task_id = NULL, run_id = NULL, error = NULL,"
            " form_token = NULL, stop_wanted = 0, conversation_id = NULL, message_id = NULL,"
            " updated = excluded.updated, sent_at = excluded.sent_at,"
            " digest = excluded.digest",
            (index, digest, time.time(), sent_at, json.dumps(dict(inputs_digest))),
        )

    def unsent(self, index: int) -> None:
        """The request provably did not start a run (a 429, a refused connection)."""
        self._db.execute("DELETE FROM rows WHERE idx = ? AND state = 'sent'", (index,))

    def ids(
        self,
        index: int,
        task_id: str | None,
        run_id: str | None,
        *,
        conversation_id: str | None = None,
        message_id: str | None = None,
    ) -> None:
        """The row's ids arrived (a chat row's conversation and message too; a chat app
        without a workflow has no run id)."""
        self._db.execute(
            "UPDATE rows SET state = 'running', task_id = ?, run_id = ?,"
            " conversation_id = COALESCE(?, conversation_id), message_id = COALESCE(?, message_id),"
            " updated = ? WHERE idx = ?",
            (task_id, run_id, conversation_id, message_id, time.time(), index),
        )

    def want_stop(self, indexes: Iterable[int]) -> None:
        """Rows whose runs the batch is stopping: should it die first, a resume stops them."""
        self._db.executemany("UPDATE rows SET stop_wanted = 1 WHERE idx = ?", [(i,) for i in indexes])

    def finish(
        self,
        index: int,
        state: str,
        *,
        outputs: Mapping[str, Any] | None = None,
        error: str | None = None,
        elapsed: float | None = None,
        tokens: int | None = None,
        form_token: str | None = None,
    ) -> None:
        self._db.execute(
            "UPDATE rows SET state = ?, outputs = ?, error = ?, elapsed = ?, tokens = ?, form_token = ?,"
            " stop_wanted = 0, updated = ? WHERE idx = ?",
            (state, json.dumps(dict(outputs or {})), error, elapsed, tokens, form_token, time.time(), index),
        )

    def close(self) -> None:
        self._db.close()


def _row(found: tuple[Any, ...]) -> Row:
    (
        index, digest, state, task_id, run_id, outputs, error, elapsed, tokens, sent_at, inputs, token, stop,
        conversation_id, message_id,
    ) = found  # fmt: skip
    return Row(
        index,
        digest,
        state,
        task_id,
        run_id,
        json.loads(outputs or "{}"),
        error,
        elapsed,
        tokens,
        sent_at,
        json.loads(inputs) if inputs else None,
        token,
        bool(stop),
        conversation_id,
        message_id,
    )
