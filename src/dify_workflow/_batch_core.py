"""Batch runs: many input rows through a workflow, bounded, rate-limited and resumable
without a second billed run. Built on the public async client (the sync client's
`run_batch` drives the same code on a thread of its own: `_batch.Batch`).

    async with client.run_batch(rows, user="batch-1", concurrency=8, journal="b.db") as batch:
        async for result in batch:
            print(result.index, result.status, result.outputs)
    print(batch.summary)

Every row runs as a stream, so its ids are known as soon as it starts and it can be
stopped. The journal (`_journal`) records a row as sent before its request (with the
send time and a digest of its inputs), and its ids at its first event. A row whose ids
never arrived (a busy Dify queues runs silently; a process killed meanwhile) is not
guessed at: its run is looked for on the server (`client.find_runs`) and followed once
found; only a row of which no run appears within `reconcile_timeout` is `unknown`.

On a chat client (Chatflow, Chatbot, Agent apps) each row is a message: its `query` column
is the message, an optional `conversation_id` continues that conversation (else a new one
starts) and the other columns are the app's inputs. The result's `outputs` hold `answer`,
`conversation_id` and `message_id`. A message whose ids never arrived is looked for among
the user's conversations and messages (the same query, sent after the row was), never
sent again.
"""

from __future__ import annotations

import array
import asyncio
import contextlib
import hashlib
import math
import os
import statistics
import time
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import attrs

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    InvalidInputError,
    JournalMismatchError,
    NotFoundError,
    RateLimitError,
)
from ._journal import FINAL, Journal, Row, row_hash
from ._retry import never_sent
from ._types import ENDED_STATUSES, FileInput, RunHandle, file_type, input_fields

if TYPE_CHECKING:
    from ._async_app import AsyncAppClient
    from ._async_streaming import AsyncWorkflowStream
    from ._results import UploadedFile
    from .chat._results import Message

__all__ = ["AsyncBatch", "BatchResult", "BatchSummary"]

# After this long without a 429, the concurrency a 429 lowered grows by one again.
CALM_SECONDS = 5.0
# How long a row sent without ids may take to show up on the server (a busy Dify can
# queue a run for minutes) before it is `unknown`; also how long closing a batch keeps
# watching runs that wait for a worker, to stop each as it starts.
RECONCILE_TIMEOUT = 600.0
# A row that follows a known run through a failing connection tries again this often at most.
FOLLOW_BACKOFF = 30.0
# How long the server may refuse connections (a restart, a proxy reloading) before the
# batch stops with the error rather than trying on (each attempt after the client's own
# retries): a resume continues once it is back.
OUTAGE_GRACE = 10.0
# How long a stop the batch sends may take to be answered and confirmed by the run's end.
STOP_WAIT = 10.0


@attrs.frozen(kw_only=True)
class BatchResult:
    """One row's outcome. `status`: "succeeded", "failed", "stopped",
    "partial-succeeded", "paused" (at a human-input form: `form_token`), or "unknown"
    (sent, but no run of it appeared on the server within the reconcile timeout).
    `resumed`: taken from the journal (the row had finished before), not run now."""

    index: int
    inputs: Mapping[str, Any] = attrs.field(repr=False)
    status: str
    outputs: dict[str, Any] = attrs.field(factory=dict)
    error: str | None = None
    workflow_run_id: str | None = None
    task_id: str | None = None
    elapsed: float | None = None
    tokens: int | None = None
    form_token: str | None = None
    resumed: bool = False

    @property
    def answer(self) -> str | None:
        """A chat row's answer (`outputs["answer"]`); None for a workflow row without one."""
        value = self.outputs.get("answer")
        return value if isinstance(value, str) else None

    @property
    def conversation_id(self) -> str | None:
        """A chat row's conversation (continue it with a row naming this id)."""
        value = self.outputs.get("conversation_id")
        return value if isinstance(value, str) else None

    def to_dict(self) -> dict[str, Any]:
        """The row as a JSON object (what the CLI writes)."""
        return {
            "row": self.index + 1,
            "inputs": dict(self.inputs),
            "status": self.status,
            "outputs": self.outputs,
            "error": self.error,
            "workflow_run_id": self.workflow_run_id,
            "elapsed": self.elapsed,
            "tokens": self.tokens,
            "form_token": self.form_token,
        }


@attrs.frozen(kw_only=True)
class BatchSummary:
    """The batch as a whole: counts by status, run times, tokens, wall time, and how often
    the server said 429 (and the lowest concurrency that left)."""

    total: int
    by_status: dict[str, int]
    p50: float | None
    p95: float | None
    tokens: int
    wall_time: float
    throttled: int
    lowest_concurrency: int

    @property
    def all_succeeded(self) -> bool:
        return self.by_status.get("succeeded", 0) == self.total


def check_options(concurrency: object, rate: object, reconcile_timeout: object = RECONCILE_TIMEOUT) -> None:
    """ValueError for an option a batch cannot run with (before anything starts)."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int >= 1, not {concurrency!r}")
    if rate is not None and (isinstance(rate, bool) or not isinstance(rate, int | float) or not rate > 0):
        raise ValueError(f"rate must be a positive number of run starts per second, not {rate!r}")
    if (
        isinstance(reconcile_timeout, bool)
        or not isinstance(reconcile_timeout, int | float)
        or reconcile_timeout < 0
    ):
        raise ValueError(f"reconcile_timeout must be a number of seconds >= 0, not {reconcile_timeout!r}")


async def _at_most(awaitable: Awaitable[Any], seconds: float) -> None:
    """Await `awaitable` for up to `seconds`. Not `asyncio.wait_for`: on Python 3.11 it
    can swallow a cancellation that arrives as the awaited thing completes (a close then
    waited forever for a row parked in the limiter); `asyncio.timeout` cannot."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await awaitable


def _server_down(exc: APIError) -> bool:
    """Whether a failure says the server is not there: a refused connection (nothing was
    sent) or a 5xx. A connection that drops mid-answer is not: the server answered."""
    if isinstance(exc, APIStatusError):
        return exc.status_code >= 500
    return isinstance(exc, APIConnectionError) and never_sent(exc.__cause__)


class _Outage:
    """How long failures that say the server is not there have gone on: from the first
    one since the server last answered (`clear`), or since a quiet spell of twice the
    grace (the askers back off up to the grace between tries, so a wider window would
    split one outage in two). Past OUTAGE_GRACE the batch stops with the error (a resume
    carries on once the server is back)."""

    def __init__(self) -> None:
        self._since: float | None = None
        self._last = 0.0

    def note(self) -> bool:
        """Count one such failure now; True once the outage has lasted OUTAGE_GRACE."""
        now = time.monotonic()
        if self._since is None or now - self._last > 2 * OUTAGE_GRACE:
            self._since = now
        self._last = now
        return now - self._since >= OUTAGE_GRACE

    def clear(self) -> None:
        """The server answered: no outage."""
        self._since = None

    def left(self) -> float | None:
        """Seconds until the outage in progress has lasted OUTAGE_GRACE (None: none is)."""
        return None if self._since is None else self._since + OUTAGE_GRACE - time.monotonic()


class _Limiter:
    """How many rows may run at once (lowered by half on a 429, raised by one after a
    calm period) and how fast they may start (`rate` per second)."""

    def __init__(self, maximum: int, rate: float | None) -> None:
        self.maximum = self.limit = self.lowest = maximum
        self.rate = rate
        self.active = 0
        self.throttled = 0
        self._pause_until = 0.0
        self._calm_since = time.monotonic()
        self._next_start = 0.0
        self._changed = asyncio.Condition()

    async def acquire(self) -> None:
        async with self._changed:
            while True:
                now = time.monotonic()
                if now < self._pause_until:
                    await _at_most(self._changed.wait(), self._pause_until - now)
                    continue
                if self.limit < self.maximum and now - self._calm_since >= CALM_SECONDS:
                    self.limit += 1
                    self._calm_since = now
                if self.active < self.limit:
                    break
                await _at_most(self._changed.wait(), CALM_SECONDS)
            self.active += 1
            if self.rate:
                start = max(now, self._next_start)
                self._next_start = start + 1.0 / self.rate
                wait = start - now
            else:
                wait = 0.0
        if wait > 0:
            await asyncio.sleep(wait)

    async def release(self) -> None:
        async with self._changed:
            self.active -= 1
            self._changed.notify_all()

    async def throttle(self, retry_after: float) -> None:
        async with self._changed:
            self.throttled += 1
            self.limit = max(1, self.limit // 2)
            self.lowest = min(self.lowest, self.limit)
            now = time.monotonic()
            self._pause_until = max(self._pause_until, now + retry_after)
            self._calm_since = now
            self._changed.notify_all()


def _retry_after(exc: APIStatusError) -> float:
    value = exc.response.headers.get("retry-after")
    try:
        return min(max(float(value), 0.05), 60.0) if value is not None else 1.0
    except ValueError:
        return 1.0


class _Abandoned(Exception):
    """A row the closing batch leaves as it is (the journal says what a resume must do)."""


class AsyncBatch:
    """A running batch: iterate it for `BatchResult`s (in the order rows finish); leave
    its `async with` block or `aclose()` to stop it. `summary` is set once it is over.

    Closing stops every run of the batch on the server: the running ones at once (each
    confirmed by its stream or run detail), and those still waiting for a Dify worker as
    each starts, for up to `reconcile_timeout` seconds; rows closed on are journaled so
    that a resume stops whatever the close could not. `stopped`, `unconfirmed` and
    `left` say what became of them.
    """

    def __init__(
        self,
        client: AsyncAppClient,
        rows: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        user: str,
        concurrency: int = 4,
        rate: float | None = None,
        journal: str | os.PathLike[str] | None = None,
        input_id: str | None = None,
        resend_unknown: bool = False,
        retry_failed: bool = False,
        timeout: float | None = None,
        reconcile_timeout: float = RECONCILE_TIMEOUT,
    ) -> None:
        check_options(concurrency, rate, reconcile_timeout)
        from .chat._async_client import AsyncChatClient

        self._client: Any = client
        # A chat app's batch: each row a message (see the module's docstring).
        self._chat = isinstance(client, AsyncChatClient)
        self._claimed: set[str] = set()  # chat messages found for a row (never claimed twice)
        self._rows = rows
        self._user = user
        self._concurrency = concurrency
        self._rate = rate
        self._journal_path = journal
        self._input_id = input_id
        self._resend_unknown = resend_unknown
        self._retry_failed = retry_failed
        self._timeout = timeout
        self._reconcile_timeout = float(reconcile_timeout)
        self._journal: Journal | None = None
        # Bounded: rows that finish faster than the caller reads them (a resume of a
        # million finished rows) wait here instead of piling up in memory.
        self._results: asyncio.Queue[BatchResult | BaseException | None] = asyncio.Queue(
            maxsize=max(2 * concurrency, 64)
        )
        self._live: dict[int, AsyncWorkflowStream] = {}  # rows whose runs have ids
        self._waiting: set[int] = set()  # rows whose request is out, no ids yet
        self._searching: dict[int, tuple[RunHandle, float, asyncio.Future[RunHandle | None]]] = {}
        self._search_task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._emitting: set[asyncio.Task[Any]] = set()  # rows waiting for a reader to take their result
        self._stop_sent: set[int] = set()  # rows whose stop the close has sent
        # Upload per file content (sha256), shared by the rows in flight that need it.
        self._uploads: dict[str, asyncio.Future[UploadedFile]] = {}
        self._file_inputs: dict[str, str] = {}
        self._driver: asyncio.Task[None] | None = None
        self._limiter = _Limiter(concurrency, rate)
        self._closing = asyncio.Event()
        self._refusals = _Outage()  # of the rows that send: connections refused
        self._started = 0.0
        # What the summary needs, not the results themselves: memory stays flat however
        # many rows pass (8 bytes per row run now, for the run-time percentiles).
        self._counts: dict[str, int] = {}
        self._tokens = 0
        self._elapsed = array.array("d")
        self._closed = False
        self._closer: asyncio.Future[None] | None = None
        self.summary: BatchSummary | None = None
        self.resumed = 0  # rows taken from the journal, not run now
        self.stopped: list[int] = []  # rows whose runs closing the batch stopped (confirmed)
        self.unconfirmed: list[int] = []  # rows whose stop was sent but not confirmed
        self.left: list[int] = []  # rows the close gave up on: a resume stops (or follows) them

    @property
    def running(self) -> int:
        """How many rows have a run going on the server now (ids known)."""
        return len(self._live)

    @property
    def waiting(self) -> int:
        """How many rows were sent and wait for their run to start (no ids yet: a busy
        Dify queues runs), or are being looked for on the server."""
        return len(self._waiting) + len(self._searching)

    # -- lifecycle -------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self._start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def _start(self) -> None:
        if self._driver is not None:
            return
        self._started = time.monotonic()
        fields = input_fields(await self._client.get_app_parameters())
        self._file_inputs = {f.name: f.kind for f in fields if f.kind in ("file", "file-list")}
        if self._journal_path is not None:
            info = await self._client.get_app_info()
            journal = Journal(self._journal_path, input_id=self._input_id or "rows")
            try:
                await self._check_app(journal, f"{info.name} ({info.mode})")
            except BaseException:
                journal.close()
                raise
            self._journal = journal
        self._driver = asyncio.ensure_future(self._drive())

    async def _check_app(self, journal: Journal, app: str) -> None:
        """The journal's app is this key's app: the one whose runs it knows (a run of
        another app is 404 to this key), whatever the base URL was spelled like."""
        recorded = journal.meta("app")
        run_id = journal.any_run_id()
        if run_id is not None:
            try:
                await self._client.get_workflow_run(run_id)
            except NotFoundError:
                raise JournalMismatchError(
                    f"the journal {journal.path} belongs to another app: its runs (run {run_id}) are "
                    f"unknown to the app of this key ({app}); use the key and server it was made "
                    "with, or another --journal path"
                ) from None
        elif recorded is not None and recorded != app and not recorded.endswith(f" {app}"):
            # Nothing ran yet to tell: the app's name and mode decide.
            raise JournalMismatchError(
                f"the journal {journal.path} belongs to another app ({recorded!r}, not {app!r}); "
                "use another --journal path, or the app it was made for"
            )
        journal.set_meta("app", app)

    def __aiter__(self) -> AsyncIterator[BatchResult]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[BatchResult]:
        await self._start()
        while True:
            item = await self._results.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    async def aclose(self) -> None:
        """Stop the batch: every run of it is stopped on the server. Running ones at once;
        those still waiting for a worker as each starts, for up to `reconcile_timeout`
        seconds. Each row closed on is journaled first, so that a resume stops what the
        close could not (`left`)."""
        if self._closer is None:
            self._closer = asyncio.ensure_future(self._close())
        await asyncio.shield(self._closer)

    async def _close(self, bound: float | None = None) -> None:
        self._closed = True
        self._closing.set()
        if self._driver is not None:
            self._driver.cancel()
            with contextlib.suppress(BaseException):
                await self._driver
        for task in list(self._emitting):
            task.cancel()  # their results are journaled; the reader has left
        in_flight = [*self._live, *self._waiting, *self._searching]
        if self._journal is not None and in_flight:
            self._journal.want_stop(in_flight)
        if bound is not None:
            # The server is gone (_fail): nothing more is found by looking. The rows that
            # looked are left to the resume, which looks again.
            for _, _, future in list(self._searching.values()):
                if not future.done():
                    future.set_result(None)
        # Each row stops its own run: the running ones now (their streams then read to
        # the verdict), the waiting ones when their first event brings the task id.
        await asyncio.gather(
            *(self._request_stop(i, s) for i, s in list(self._live.items())), return_exceptions=True
        )
        if self._tasks:
            limit = self._reconcile_timeout if bound is None else bound
            _, pending = await asyncio.wait(list(self._tasks), timeout=limit)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending)
        if self._search_task is not None:
            self._search_task.cancel()
        self._finish_summary()
        self._wake()
        if self._journal is not None:
            self._journal.close()

    async def _request_stop(self, index: int, stream: AsyncWorkflowStream) -> None:
        """Send a row's stop once (the close and the row itself may both get to it)."""
        task = stream.known_task_id
        if task is not None and index not in self._stop_sent:
            self._stop_sent.add(index)
            await self._client.stop_task(task, user=self._user, timeout=STOP_WAIT)

    # -- driving -------------------------------------------------------------------------------

    async def _drive(self) -> None:
        try:
            index = 0
            async for inputs in self._each_row():
                await self._schedule(index, dict(inputs))
                index += 1
            while self._tasks:
                # asyncio.wait, not gather: cancelling the driver (aclose) must not cancel
                # the rows, which stop their own runs on the server.
                await asyncio.wait(list(self._tasks))
            self._finish_summary()
            await self._results.put(None)
        except asyncio.CancelledError:
            raise
        except BaseException as exc:  # a bad row source, a journal mismatch: the iterator raises it
            await self._results.put(exc)

    async def _each_row(self) -> AsyncIterator[Mapping[str, Any]]:
        rows = self._rows
        if isinstance(rows, AsyncIterable):
            async for row in rows:
                yield row
        else:
            for row in rows:
                yield row

    async def _schedule(self, index: int, inputs: dict[str, Any]) -> None:
        digest = row_hash(inputs)
        known = self._journal.check_row(index, digest) if self._journal is not None else None
        if (
            known is not None
            and known.state in FINAL
            and known.state != "unknown"
            and not _unsure_stop(known)
        ):
            rerun = known.state == "stopped" or (known.state == "failed" and self._retry_failed)
            if not rerun:
                self.resumed += 1
                await self._emit(_from_row(known, inputs))
                return
            known = None
        # A row sent before without ids is looked for first, without a slot: it runs (or
        # waits) on the server already, if at all. Every other row takes its slot now.
        searches = known is not None and known.run_id is None and known.state in ("sent", "unknown")
        if not searches:
            await self._limiter.acquire()
        task = asyncio.ensure_future(self._row(index, inputs, digest, known, holds_slot=not searches))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _emit(self, result: BatchResult) -> None:
        self._counts[result.status] = self._counts.get(result.status, 0) + 1
        self._tokens += result.tokens or 0
        if result.elapsed is not None and not result.resumed:
            self._elapsed.append(result.elapsed)
        if self._closing.is_set():
            return  # nobody reads on: the journal has it
        task = asyncio.current_task()
        if task is not None:
            self._emitting.add(task)
        try:
            await self._results.put(result)
        except asyncio.CancelledError:
            if not self._closing.is_set():
                raise
            # The batch closed while this result waited for a reader that left: the
            # journal has the row, nothing more is owed.
        finally:
            if task is not None:
                self._emitting.discard(task)

    def _wake(self) -> None:
        """End a reader waiting for results (the batch was closed): results nobody will
        read make room for the end mark, without waiting."""
        while self._results.full():
            self._results.get_nowait()
        self._results.put_nowait(None)

    async def _row(
        self, index: int, inputs: dict[str, Any], digest: str, known: Row | None, *, holds_slot: bool
    ) -> None:
        slot = [holds_slot]
        try:
            result = await self._play(index, inputs, digest, known, slot)
        except _Abandoned:
            self.left.append(index)
            result = None
        except InvalidInputError as exc:
            result = self._record(index, inputs, "failed", error=str(exc))
        except asyncio.CancelledError:  # the close gave up on it: the journal has the row
            self.left.append(index)
            if slot[0]:
                await self._limiter.release()
            raise
        except Exception as exc:  # not a Dify answer (a bug, a broken http_client): never lost silently
            if slot[0]:
                await self._limiter.release()
            await self._fail(exc)
            return
        try:
            if result is not None:
                # The row keeps its place until its result is taken: a caller that reads
                # slowly slows the batch down rather than letting finished rows pile up.
                await self._emit(result)
        finally:
            if slot[0]:
                await self._limiter.release()

    async def _fail(self, exc: BaseException) -> None:
        """End the batch with `exc` (raised from the iteration)."""
        if not self._closing.is_set():
            await self._results.put(exc)
            # The server is not there: what cannot be stopped now stays in the journal.
            self._closer = asyncio.ensure_future(self._close(bound=10.0))

    async def _play(
        self, index: int, inputs: dict[str, Any], digest: str, known: Row | None, slot: list[bool]
    ) -> BatchResult:
        if (
            known is not None
            and known.run_id is not None
            and (known.state in ("running", "paused", "sent") or _unsure_stop(known))
        ):
            result = await self._follow(index, inputs, known.run_id, known.task_id, stop=known.stop_wanted)
            return await self._again_if_stopped(index, inputs, digest, known, result, slot)
        if (
            self._chat
            and known is not None
            and known.run_id is None
            and known.state in ("sent", "unknown", "running")
        ):
            # A message whose run id never came (or a chat app without a workflow): looked
            # for among the user's messages, never sent again.
            lost = await self._chat_lost(index, inputs, known.sent_at or 0.0, "", known=known)
            if lost.status != "unknown" or not self._resend_unknown or self._closing.is_set():
                return lost
            await self._limiter.acquire()
            slot[0] = True
            return await self._run(index, inputs, digest, slot)
        if known is not None and known.run_id is None and known.state in ("sent", "unknown"):
            handle = RunHandle(
                user=self._user, sent_at=known.sent_at or 0.0, inputs_digest=known.digest or _digest(inputs)
            )
            found = await self._search(index, handle)
            if found is not None:
                result = await self._follow_found(index, inputs, found, slot, stop=known.stop_wanted)
                return await self._again_if_stopped(index, inputs, digest, known, result, slot)
            if not self._resend_unknown or self._closing.is_set():
                return self._record(index, inputs, "unknown", error=self._unknown_error())
            await self._limiter.acquire()
            slot[0] = True
        return await self._run(index, inputs, digest, slot)

    async def _again_if_stopped(
        self,
        index: int,
        inputs: dict[str, Any],
        digest: str,
        known: Row,
        result: BatchResult,
        slot: list[bool],
    ) -> BatchResult:
        """A run an interrupted batch wanted stopped, stopped now by the resume: the row runs
        again, as every row the batch itself stopped does. Only a stop the server confirmed
        lets it run again: a run that may still go on must never be paid for twice."""
        if not known.stop_wanted or result.status != "stopped" or self._closing.is_set():
            return result
        if index in self.unconfirmed:
            return result
        if index in self.stopped:
            self.stopped.remove(index)
        if not slot[0]:
            await self._limiter.acquire()
            slot[0] = True
        return await self._run(index, inputs, digest, slot)

    def _unknown_error(self) -> str:
        return (
            f"sent, but no run of it appeared on the server within {self._reconcile_timeout:g} s "
            "(--reconcile-timeout): the request may never have arrived, or the run has not started"
        )

    async def _run(self, index: int, inputs: dict[str, Any], digest: str, slot: list[bool]) -> BatchResult:
        try:
            prepared = await self._with_uploads(inputs)
        except APIError as exc:
            # The run was never sent, so it does not exist: failed, not unknown.
            return self._record(index, inputs, "failed", error=f"a file input could not be uploaded: {exc}")
        journal = self._journal
        client = self._client
        # A chat row's message; a row without one fails before anything is journaled.
        message = _chat_row(prepared) if self._chat else None
        while True:
            if self._closing.is_set():
                raise _Abandoned
            sent_at = client._now_on_server()
            if journal is not None:
                journal.sent(index, digest, sent_at, _digest(prepared))
            started = time.monotonic()
            if message is not None:
                query, conversation, chat_inputs = message
                stream = client.stream_message(
                    query,
                    user=self._user,
                    inputs=chat_inputs,
                    conversation_id=conversation,
                    timeout=self._timeout,
                    queue_timeout=math.inf,
                )
            else:
                stream = client.stream_workflow(
                    prepared, user=self._user, timeout=self._timeout, queue_timeout=math.inf
                )
            self._waiting.add(index)
            try:
                async with stream:
                    self._refusals.clear()  # the server answered
                    self._waiting.discard(index)
                    self._live[index] = stream
                    if journal is not None:
                        journal.ids(
                            index,
                            stream.known_task_id,
                            stream.known_workflow_run_id,
                            conversation_id=getattr(stream, "conversation_id", None),
                            message_id=getattr(stream, "message_id", None),
                        )
                    if self._closing.is_set():
                        await self._request_stop(index, stream)
                    outcome = await stream.outcome()
                return self._ended(index, inputs, outcome, stream.known_task_id, time.monotonic() - started)
            except RateLimitError as exc:
                # A 429 started nothing: lower the concurrency, wait, send the row again.
                if journal is not None:
                    journal.unsent(index)
                await self._limiter.throttle(_retry_after(exc))
                await self._limiter.release()
                await self._limiter.acquire()
            except APIConnectionError as exc:
                if exc.workflow_run_id is not None:
                    if (
                        self._timeout is not None
                        and isinstance(exc, APITimeoutError)
                        and stream.final_event is None
                    ):
                        return await self._too_long(index, inputs, exc.workflow_run_id, stream.known_task_id)
                    return await self._follow(index, inputs, exc.workflow_run_id, stream.known_task_id)
                if never_sent(exc.__cause__):
                    # Refused after the client's retries: nothing was sent. A short outage is
                    # waited out; a longer one stops the batch (a resume sends the row).
                    if journal is not None:
                        journal.unsent(index)
                    if self._refusals.note():
                        raise
                    await self._limiter.throttle(1.0)
                    await self._limiter.release()
                    await self._limiter.acquire()
                    continue
                if self._chat:
                    return await self._chat_lost(index, inputs, sent_at, str(exc))
                return await self._lost(index, inputs, exc.pending_run, str(exc), slot)
            except APIStatusError as exc:
                if exc.status_code < 500:
                    # Dify refused the request: no run exists.
                    if journal is not None:
                        journal.finish(index, "failed", error=str(exc))
                    return self._record(index, inputs, "failed", error=str(exc))
                # A 5xx after sending: the run may exist. It is looked for, never sent again.
                if self._chat:
                    return await self._chat_lost(index, inputs, sent_at, str(exc))
                handle = RunHandle(user=self._user, sent_at=sent_at, inputs_digest=_digest(prepared))
                return await self._lost(index, inputs, handle, str(exc), slot)
            finally:
                self._waiting.discard(index)
                self._live.pop(index, None)

    async def _lost(
        self, index: int, inputs: dict[str, Any], handle: RunHandle | None, why: str, slot: list[bool]
    ) -> BatchResult:
        """A row whose request went out but whose ids did not come back: its run is looked
        for on the server, and followed once found."""
        if handle is None:
            return self._record(index, inputs, "unknown", error=why)
        found = await self._search(index, handle)
        if found is None:
            return self._record(index, inputs, "unknown", error=f"{why} {self._unknown_error()}")
        return await self._follow_found(index, inputs, found, slot)

    async def _follow_found(
        self, index: int, inputs: dict[str, Any], found: RunHandle, slot: list[bool], *, stop: bool = False
    ) -> BatchResult:
        assert found.workflow_run_id is not None
        if self._journal is not None:
            self._journal.ids(index, found.task_id, found.workflow_run_id)
        if not slot[0] and not self._closing.is_set():
            await self._limiter.acquire()
            slot[0] = True
        return await self._follow(index, inputs, found.workflow_run_id, found.task_id, stop=stop)

    async def _too_long(
        self, index: int, inputs: dict[str, Any], run_id: str, task_id: str | None
    ) -> BatchResult:
        """A run past the run timeout: stopped, and the row failed (a resume runs it again
        only with retry_failed)."""
        async with self._client.stream_workflow_events(run_id, user=self._user, task_id=task_id) as stream:
            outcome = await stream.stop(STOP_WAIT)
        if outcome.status is not None and outcome.status in ENDED_STATUSES and outcome.status != "stopped":
            return self._record(
                index, inputs, outcome.status, run_id=run_id, task_id=task_id
            )  # it ended anyway
        return self._record(
            index,
            inputs,
            "failed",
            error=f"the run took longer than the run timeout ({self._timeout:g} s) and was stopped",
            run_id=run_id,
            task_id=task_id,
        )

    async def _follow(
        self, index: int, inputs: dict[str, Any], run_id: str, task_id: str | None, *, stop: bool = False
    ) -> BatchResult:
        """A row whose run is known by id is followed to its end, always: a failing
        connection is tried again (backing off), never taken for the run's end."""
        delay = 1.0
        outage = _Outage()
        while True:
            try:
                return await self._follow_once(index, inputs, run_id, task_id, stop=stop)
            except NotFoundError as exc:
                return self._record(
                    index, inputs, "unknown", error=f"run {run_id} is unknown to the server: {exc}"
                )
            except (APIConnectionError, APIStatusError) as exc:
                if isinstance(exc, APIStatusError) and exc.status_code < 500:
                    raise
                if self._closing.is_set():
                    raise _Abandoned from exc  # the journal keeps the run: a resume follows it
                if not _server_down(exc):
                    outage.clear()  # a connection that drops is tried on: the server answered
                elif outage.note():
                    raise  # the journal keeps the run: a resume follows it
            self._live.pop(index, None)
            left = outage.left()
            # During an outage: asked again when the grace ends, not a long backoff after it.
            wait = delay if left is None else min(delay, max(0.5, left))
            await _at_most(self._closing.wait(), wait)
            delay = min(delay * 2, FOLLOW_BACKOFF)

    async def _follow_once(
        self, index: int, inputs: dict[str, Any], run_id: str, task_id: str | None, *, stop: bool
    ) -> BatchResult:
        client = self._client
        detail = await client.get_workflow_run(run_id)
        known = self._journal.get(index) if self._journal is not None else None
        token = known.form_token if known is not None else None
        if detail.status in ENDED_STATUSES:
            outputs = detail.outputs
            if self._chat and known is not None:
                answer = outputs.get("answer")
                outputs = _chat_outputs(
                    answer if isinstance(answer, str) else "", known.conversation_id, known.message_id
                )
            return self._record(
                index, inputs, detail.status, outputs=outputs, error=detail.error, run_id=run_id,
                task_id=task_id, elapsed=detail.elapsed_time, tokens=detail.total_tokens,
            )  # fmt: skip
        if detail.status == "paused" and not (stop or self._closing.is_set()):
            return self._record(
                index, inputs, "paused", outputs=detail.outputs, run_id=run_id, task_id=task_id,
                tokens=detail.total_tokens, form_token=token,
            )  # fmt: skip
        stream = client.stream_workflow_events(run_id, user=self._user, task_id=task_id)
        started = time.monotonic()
        async with stream:
            self._live[index] = stream
            try:
                if stop or self._closing.is_set():
                    verdict = await stream.stop(STOP_WAIT)
                    return self._stopped(
                        index, inputs, run_id, stream.known_task_id, verdict.status, verdict.confirmed
                    )
                outcome = await stream.outcome()
            finally:
                self._live.pop(index, None)
        return self._ended(index, inputs, outcome, stream.known_task_id, time.monotonic() - started)

    def _ended(
        self, index: int, inputs: dict[str, Any], outcome: Any, task_id: str | None, elapsed: float
    ) -> BatchResult:
        """The row's result from its run's outcome (a stop while closing counts as such)."""
        if self._closing.is_set() and outcome.status != "succeeded":
            return self._stopped(
                index, inputs, outcome.workflow_run_id, task_id, outcome.status, outcome.status == "stopped"
            )
        if self._chat:
            tokens = outcome.usage.get("total_tokens")
            return self._record(
                index, inputs, outcome.status,
                outputs=_chat_outputs(outcome.answer, outcome.conversation_id, outcome.message_id),
                error=outcome.error, run_id=outcome.workflow_run_id, task_id=task_id, elapsed=elapsed,
                tokens=tokens if isinstance(tokens, int) else None, form_token=outcome.form_token,
            )  # fmt: skip
        return self._record(
            index, inputs, outcome.status, outputs=outcome.outputs, error=outcome.error,
            run_id=outcome.workflow_run_id, task_id=task_id, elapsed=elapsed, tokens=outcome.total_tokens,
            form_token=outcome.form_token,
        )  # fmt: skip

    def _stopped(
        self,
        index: int,
        inputs: dict[str, Any],
        run_id: str,
        task_id: str | None,
        status: str | None,
        confirmed: bool,
    ) -> BatchResult:
        """A run the batch stopped: journaled `stopped`. A resume runs the row again once
        the stop is confirmed; an unconfirmed one (its run may go on) is followed and
        stopped first. A run that ended anyway keeps its end."""
        if status is not None and status in ENDED_STATUSES and status != "stopped":
            return self._record(index, inputs, status, run_id=run_id, task_id=task_id)
        (self.stopped if confirmed else self.unconfirmed).append(index)
        state = "stopped"
        if self._journal is not None:
            self._journal.finish(index, state, error="stopped by the batch", outputs={})
            if not confirmed:
                self._journal.want_stop([index])
        return BatchResult(
            index=index,
            inputs=inputs,
            status=state,
            error="stopped by the batch",
            workflow_run_id=run_id,
            task_id=task_id,
        )

    # -- looking for runs whose ids never arrived -------------------------------------------

    async def _search(self, index: int, handle: RunHandle) -> RunHandle | None:
        """The run of a row sent without ids, once it appears on the server (None after
        `reconcile_timeout`). Every row searched at once shares one poll of the logs."""
        future: asyncio.Future[RunHandle | None] = asyncio.get_running_loop().create_future()
        self._searching[index] = (handle, time.monotonic() + self._reconcile_timeout, future)
        if self._search_task is None or self._search_task.done():
            self._search_task = asyncio.ensure_future(self._search_loop())
        try:
            found = await future
        finally:
            self._searching.pop(index, None)
        if found is None and self._closing.is_set():
            raise _Abandoned  # the journal keeps the row as sent: a resume looks again
        return found

    async def _search_loop(self) -> None:
        from ._reconcile import SETTLE, Reconciler

        journal = self._journal
        seen = self._client._seen_runs
        # One reconciler for the whole batch: a run is claimed once, by the earliest sent
        # row it fits, and never when a row of the journal (or a stream) has it already.
        reconciler: Reconciler[int] = Reconciler(
            known=lambda run_id: run_id in seen or (journal is not None and journal.known_run(run_id)),
            settle=SETTLE,
        )
        poll = 0.5
        outage = _Outage()
        while self._searching:
            for index, (handle, _, future) in list(self._searching.items()):
                if not future.done() and index not in reconciler.pending:
                    reconciler.add(index, handle)
            try:
                found = await self._client._scan_logs(reconciler)
                outage.clear()
            except APIError as exc:
                found = {}  # the server did not answer: asked again at the next poll
                if _server_down(exc) and outage.note():
                    await self._fail(exc)  # as for the rows that run; a resume looks again
                    return
            now = time.monotonic()
            for index, (_, until, future) in list(self._searching.items()):
                if future.done():
                    reconciler.discard(index)
                elif index in found:
                    future.set_result(found[index])
                elif now >= until:
                    reconciler.discard(index)
                    future.set_result(None)
            await asyncio.sleep(poll)
            poll = min(poll * 1.5, 5.0)

    # -- chat messages whose ids never arrived -------------------------------------------------

    async def _chat_lost(
        self, index: int, inputs: dict[str, Any], sent_at: float, why: str, *, known: Row | None = None
    ) -> BatchResult:
        """A chat row sent without its ids coming back (or with its message known but no
        run to follow): its message is looked for among the user's (the same query, sent
        after the row was) until it has its answer, for up to `reconcile_timeout`; found,
        it is the row's result; never sent again."""
        query, conversation, chat_inputs = _chat_row(inputs)
        if known is not None and known.conversation_id is not None:
            conversation = known.conversation_id
        message_id = known.message_id if known is not None else None
        until = time.monotonic() + self._reconcile_timeout
        poll = 0.5
        self._waiting.add(index)
        try:
            while True:
                try:
                    found = await self._find_message(query, conversation, chat_inputs, sent_at, message_id)
                except NotFoundError:
                    found = None  # the conversation is gone (or not there yet)
                if found is not None:
                    conversation_id, message = found
                    message_id = message.id
                    if self._journal is not None:
                        self._journal.ids(
                            index, None, None, conversation_id=conversation_id, message_id=message.id
                        )
                    status = {"normal": "succeeded", "error": "failed", "paused": "paused"}.get(
                        message.status
                    )
                    if status is not None and (message.answer or status != "succeeded"):
                        return self._record(
                            index, inputs, status, outputs=_chat_outputs(message.answer, conversation_id, message.id),
                            error=message.error,
                        )  # fmt: skip
                if self._closing.is_set():
                    raise _Abandoned  # the journal keeps the row: a resume looks again
                if time.monotonic() + poll > until:
                    seen = f" (message {message_id} found, still without its answer)" if message_id else ""
                    return self._record(
                        index, inputs, "unknown",
                        error=f"{why} sent, but its answer did not appear on the server within "
                        f"{self._reconcile_timeout:g} s{seen}".strip(),
                    )  # fmt: skip
                await _at_most(self._closing.wait(), poll)
                poll = min(poll * 1.5, 5.0)
        finally:
            self._waiting.discard(index)

    async def _find_message(
        self,
        query: str,
        conversation: str | None,
        inputs: Mapping[str, Any],
        sent_at: float,
        message_id: str | None,
    ) -> tuple[str, Message] | None:
        """The user's message for a row: by id once known, else the earliest message with the
        row's query sent since `sent_at` (2 s of clock tolerance) that no row has."""
        from ._reconcile import TOLERANCE

        client, since = self._client, sent_at - TOLERANCE
        journal = self._journal

        def fits(message: Message) -> bool:
            if message_id is not None:
                return message.id == message_id
            return (
                message.query == query
                and message.created_at >= since
                and message.id not in self._claimed
                and not (journal is not None and journal.known_message(message.id))
            )

        places: list[str] = []
        if conversation is not None:
            places.append(conversation)
        else:
            async for item in client.iter_conversations(user=self._user, limit=100, sort_by="-updated_at"):
                if item.updated_at < since:
                    break  # most recently updated first: the rest is older than the row
                if item.created_at >= since and {k: str(v) for k, v in item.inputs.items()} == {
                    k: str(v) for k, v in inputs.items() if k in item.inputs
                }:
                    places.append(item.id)
        for place in places:
            page = await client.list_messages(place, user=self._user, limit=100)
            candidates = [m for m in page.data if fits(m)]
            if conversation is None:
                # A row that starts a conversation is its first message.
                candidates = [m for m in candidates if m is page.data[0] and not page.has_more]
            if candidates:
                chosen = min(candidates, key=lambda m: m.created_at)
                self._claimed.add(chosen.id)
                return place, chosen
        return None

    # -- files -----------------------------------------------------------------------------------

    async def _with_uploads(self, inputs: dict[str, Any]) -> dict[str, Any]:
        """A local path (str or Path) given for a `file` / `file-list` input is uploaded
        (once per distinct content within the batch) and passed as that file input."""
        prepared = dict(inputs)
        for name, kind in self._file_inputs.items():
            value = inputs.get(name)
            if value is None or isinstance(value, dict | FileInput):
                continue
            paths = value if isinstance(value, list) else [value]
            if not all(isinstance(p, str | Path) for p in paths):
                continue
            uploaded = [(await self._upload(Path(p).expanduser())).to_dict() for p in paths]
            prepared[name] = uploaded if kind == "file-list" else uploaded[0]
        for name, value in inputs.items():
            if isinstance(value, FileInput):
                prepared[name] = value.to_dict()
        return prepared

    async def _upload(self, path: Path) -> FileInput:
        if not path.is_file():
            raise InvalidInputError(f"file input {str(path)!r} is not a readable file")
        digest = await asyncio.to_thread(_sha256, path)  # a large file is not hashed on the loop
        upload = self._uploads.get(digest)
        if upload is None:
            # Rows in flight at once with the same content wait for the one upload; a
            # failed one is forgotten, so that a later row tries again.
            upload = self._uploads[digest] = asyncio.ensure_future(
                self._client.upload_file(path, user=self._user)
            )
            upload.add_done_callback(lambda done: _forget_failed(self._uploads, digest, done))
        uploaded = await asyncio.shield(upload)  # one row cancelled does not cancel it for the others
        return FileInput.local(uploaded.id, type=file_type(path.name))

    def _record(
        self,
        index: int,
        inputs: Mapping[str, Any],
        status: str,
        *,
        outputs: Mapping[str, Any] | None = None,
        error: str | None = None,
        run_id: str | None = None,
        task_id: str | None = None,
        elapsed: float | None = None,
        tokens: int | None = None,
        form_token: str | None = None,
    ) -> BatchResult:
        if self._journal is not None:
            if status == "paused":
                # Not over: a resume asks the server again (the form may be submitted by then).
                if run_id is not None:
                    self._journal.ids(index, task_id, run_id)
                self._journal.finish(index, "paused", outputs=outputs, tokens=tokens, form_token=form_token)
            else:
                self._journal.finish(
                    index,
                    status,
                    outputs=outputs,
                    error=error,
                    elapsed=elapsed,
                    tokens=tokens,
                    form_token=form_token,
                )
        if run_id is None and self._journal is not None:
            row = self._journal.get(index)
            run_id = row.run_id if row is not None else None
        return BatchResult(
            index=index,
            inputs=inputs,
            status=status,
            outputs=dict(outputs or {}),
            error=error,
            workflow_run_id=run_id,
            task_id=task_id,
            elapsed=elapsed,
            tokens=tokens,
            form_token=form_token,
        )

    def _finish_summary(self) -> None:
        if self.summary is not None:
            return
        times = sorted(self._elapsed)
        quantiles = statistics.quantiles(times, n=20) if len(times) >= 2 else times * 19
        self.summary = BatchSummary(
            total=sum(self._counts.values()),
            by_status=dict(self._counts),
            p50=statistics.median(times) if times else None,
            p95=quantiles[18] if quantiles else None,
            tokens=self._tokens,
            wall_time=time.monotonic() - self._started,
            throttled=self._limiter.throttled,
            lowest_concurrency=self._limiter.lowest,
        )


def _digest(inputs: Mapping[str, Any]) -> dict[str, str]:
    from ._reconcile import digest_inputs

    return digest_inputs(inputs)


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _unsure_stop(row: Row) -> bool:
    """A row journaled `stopped` whose stop was never confirmed: its run may still go on,
    so a resume follows it (and stops it) before the row may run again."""
    return row.state == "stopped" and row.stop_wanted and row.run_id is not None


def _forget_failed(
    uploads: dict[str, asyncio.Future[UploadedFile]], digest: str, done: asyncio.Future[UploadedFile]
) -> None:
    if done.cancelled() or done.exception() is not None:
        uploads.pop(digest, None)


def _from_row(row: Row, inputs: Mapping[str, Any], *, resumed: bool = True) -> BatchResult:
    return BatchResult(
        index=row.index,
        inputs=inputs,
        status=row.state,
        outputs=row.outputs,
        error=row.error,
        workflow_run_id=row.run_id,
        task_id=row.task_id,
        elapsed=row.elapsed,
        tokens=row.tokens,
        form_token=row.form_token,
        resumed=resumed,
    )


def _chat_row(row: Mapping[str, Any]) -> tuple[str, str | None, dict[str, Any]]:
    """A chat batch's row: its message (`query`), the conversation it continues (optional
    `conversation_id`) and the app's inputs (the other columns)."""
    query = row.get("query")
    if not isinstance(query, str) or not query.strip():
        raise InvalidInputError("a chat batch's row needs a `query` column: the message to send")
    conversation = row.get("conversation_id")
    if conversation is not None and (not isinstance(conversation, str) or not conversation.strip()):
        conversation = None
    inputs = {k: v for k, v in row.items() if k not in ("query", "conversation_id")}
    return query, conversation, inputs


def _chat_outputs(answer: str, conversation_id: str | None, message_id: str | None) -> dict[str, Any]:
    return {"answer": answer, "conversation_id": conversation_id, "message_id": message_id}
