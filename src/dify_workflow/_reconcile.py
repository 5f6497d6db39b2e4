"""Finding runs whose ids never arrived, without I/O: what makes a run on the server the
one a pending handle sent, and which run goes to which handle.

A busy Dify queues a run silently: the stream stays quiet until a worker takes it, the
run has no id until then, and its record (with `created_at` = the moment a worker took
it) appears in `/workflows/logs` only then (recordings 98-101). A run whose request was
sent but whose ids were lost is found there later by what identifies it without ids:

- the same `user` (the log's `created_by_end_user.session_id`),
- created at or after the time the request was sent,
- run detail `inputs` equal to what was sent: Dify stores every input the Start node
  declares (None for one not sent) and drops the others, converts numbers given as
  text, and stores a file as an object naming its upload (`related_id`) or URL,
- the same published workflow when one was named,

and claimed one to one in order of `created_at`: the earliest run goes to the earliest
sent handle it fits, and a claimed run (or one this client or batch already knows by id)
is never claimed again. The clients (`_async_client`) do the polling.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._types import RunHandle

__all__ = ["Candidate", "Reconciler", "digest_inputs", "inputs_match"]

K = TypeVar("K", bound=Hashable)

# Dify's created_at and the Date header are whole seconds; a handle whose send time came
# from this machine's clock may also be a little ahead of the server's.
TOLERANCE = 2.0
# How long a run is listed before it may be claimed (see Reconciler).
SETTLE = 2.0
_NUMBER = re.compile(r"-?\d+(\.\d+)?")
_EMPTY = "\x00empty"


def _normal(value: Any) -> Any:
    """A value as Dify would store it, reduced to what decides equality."""
    if value is None or value == "":
        return _EMPTY
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return _number(float(value))
    if isinstance(value, str):
        return _number(float(value)) if _NUMBER.fullmatch(value) else value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        value = to_dict()
    if isinstance(value, Mapping):
        method = value.get("transfer_method")
        if method == "local_file":
            found = value.get("upload_file_id") or value.get("related_id") or value.get("id")
            return f"\x00file:local:{found}"
        if method == "remote_url":
            return f"\x00file:remote:{value.get('url') or value.get('remote_url')}"
        return {str(k): _normal(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_normal(v) for v in value]
    return str(value)


def _number(number: float) -> str:
    return str(int(number)) if number.is_integer() else repr(number)


def _hash(value: Any) -> str:
    text = json.dumps(_normal(value), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def digest_inputs(inputs: Mapping[str, Any]) -> dict[str, str]:
    """One hash per input (what a handle keeps instead of the values)."""
    return {str(name): _hash(value) for name, value in inputs.items()}


def inputs_match(digest: Mapping[str, str], stored: Mapping[str, Any]) -> bool:
    """Whether run detail's `inputs` are what a request with `digest` sent. Dify keeps
    the inputs its Start node declares and `sys.*` values of its own; an input it does not
    declare was dropped, and one not sent holds None or the input's default, so only
    the declared inputs that were sent decide."""
    return all(
        _hash(value) == digest[name]
        for name, value in stored.items()
        if name in digest and not name.startswith("sys.")
    )


@dataclass(frozen=True)
class Candidate:
    """A run of the logs that may be a pending one: its id, when a worker took it
    (`created_at`, server clock), its user, stored inputs and workflow."""

    run_id: str
    created_at: float
    user: str
    inputs: Mapping[str, Any]
    workflow_id: str | None = None


@dataclass
class Reconciler(Generic[K]):
    """Pending handles (each under a key of the caller's: a row index, a handle) and the
    runs seen on the server; `match()` claims runs for handles, one to one.

    `known(run_id)` says whether a run is already accounted for elsewhere (a batch's
    journal, the runs a client saw start): such a run is never claimed. A run is claimed
    only once it has been listed for `settle` seconds: a stream of the same client that
    waited for that very run gets its first event within milliseconds of the run's start,
    and so takes it first (`known` then says so).
    """

    known: Callable[[str], bool] = lambda run_id: False
    settle: float = 0.0
    _pending: dict[K, RunHandle] = field(default_factory=dict)
    _candidates: dict[str, Candidate] = field(default_factory=dict)
    _first_seen: dict[str, float] = field(default_factory=dict)
    _claimed: set[str] = field(default_factory=set)

    def add(self, key: K, handle: RunHandle) -> None:
        self._pending[key] = handle

    def discard(self, key: K) -> None:
        self._pending.pop(key, None)

    @property
    def pending(self) -> dict[K, RunHandle]:
        return dict(self._pending)

    def since(self) -> dict[str, float]:
        """Per user, the earliest send time of a pending handle: older runs are not looked at."""
        users: dict[str, float] = {}
        for handle in self._pending.values():
            users[handle.user] = min(users.get(handle.user, handle.sent_at), handle.sent_at)
        return users

    def needs(self, run_id: str) -> bool:
        """Whether a run of the logs is worth reading (its detail) at all."""
        return run_id not in self._candidates and run_id not in self._claimed and not self.known(run_id)

    def offer(self, candidate: Candidate) -> None:
        self._candidates[candidate.run_id] = candidate
        self._first_seen.setdefault(candidate.run_id, time.monotonic())

    def match(self) -> list[tuple[K, RunHandle]]:
        """Claim what fits now: each run, oldest first, goes to the earliest sent pending
        handle it fits. Returns (key, the handle with the run's id) for each claim."""
        found: list[tuple[K, RunHandle]] = []
        order = sorted(self._pending.items(), key=lambda item: item[1].sent_at)
        settled = time.monotonic() - self.settle
        for candidate in sorted(self._candidates.values(), key=lambda c: c.created_at):
            if candidate.run_id in self._claimed or self.known(candidate.run_id):
                continue
            if self._first_seen[candidate.run_id] > settled:
                break  # a younger run may not be claimed yet, nor any after it (order)
            for key, handle in order:
                if fits(handle, candidate):
                    self._claimed.add(candidate.run_id)
                    del self._pending[key]
                    order.remove((key, handle))
                    found.append((key, handle.with_ids(candidate.run_id)))
                    break
        for run_id in self._claimed:
            self._candidates.pop(run_id, None)
        return found

    def forget(self, run_ids: Iterable[str]) -> None:
        """Runs accounted for elsewhere meanwhile: never offered again."""
        self._claimed.update(run_ids)


def fits(handle: RunHandle, candidate: Candidate) -> bool:
    """Whether `candidate` can be the run `handle` sent."""
    if candidate.user != handle.user or candidate.created_at + TOLERANCE < handle.sent_at:
        return False
    if handle.workflow_id is not None and candidate.workflow_id not in (None, handle.workflow_id):
        return False
    return inputs_match(handle.inputs_digest, candidate.inputs)
