"""Batch runs: many input rows through a workflow, bounded, rate-limited and resumable
without a second billed run. Built on the public async client (the sync client's
`run_batch` drives the same code on a thread of its own: `_batch.Batch`).

    async with client.run_batch(rows, user="batch-1", concurrency=8, journal="b.db") as batch:
        async for result in batch:
            print(result.index, result.status, result.outputs)
    print(batch.summary)

Every row runs as a stream, so its ids are known at once and it can be stopped. The
journal (`_journal`) records a row as sent before its request, and its ids at its first
event; a resumed batch skips finished rows, follows rows whose run id is known, re-runs
rows never sent (or that the batch itself stopped), and reports rows sent without an id
as `unknown` (the run may exist and be billed) unless `resend_unknown`.
"""

from __future__ import annotations

import array
import asyncio
import contextlib
import hashlib
import os
import statistics
import time
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import attrs
import httpx

from ._exceptions import APIConnectionError, APIError, APIStatusError, InvalidInputError, RateLimitError
from ._journal import FINAL, Journal, Row, row_hash
from ._types import ENDED_STATUSES, FileInput, file_type, input_fields

if TYPE_CHECKING:
    from ._async_client import AsyncWorkflowClient
    from ._async_streaming import AsyncWorkflowStream
    from ._results import UploadedFile

__all__ = ["AsyncBatch", "BatchResult", "BatchSummary"]

# After this long without a 429, the concurrency a 429 lowered grows by one again.
CALM_SECONDS = 5.0
# How long closing a batch waits for the ids of runs whose requests are out.
ENTRY_WAIT = 10.0


@attrs.frozen(kw_only=True)
class BatchResult:
    """One row's outcome. `status`: "succeeded", "failed", "stopped",
    "partial-succeeded", or "unknown" (sent, but no id came back: the run may exist).
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
    resumed: bool = False

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


def check_options(concurrency: object, rate: object) -> None:
    """ValueError for a concurrency or rate a batch cannot run with (before anything starts)."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int >= 1, not {concurrency!r}")
    if rate is not None and (isinstance(rate, bool) or not isinstance(rate, int | float) or not rate > 0):
        raise ValueError(f"rate must be a positive number of run starts per second, not {rate!r}")


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
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._changed.wait(), self._pause_until - now)
                    continue
                if self.limit < self.maximum and now - self._calm_since >= CALM_SECONDS:
                    self.limit += 1
                    self._calm_since = now
                if self.active < self.limit:
                    break
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), CALM_SECONDS)
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


class AsyncBatch:
    """A running batch: iterate it for `BatchResult`s (in the order rows finish); leave
    its `async with` block or `aclose()` to stop it (every run in flight is stopped on the
    server, confirmed, and journaled as stopped). `summary` is set once it is over."""

    def __init__(
        self,
        client: AsyncWorkflowClient,
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
    ) -> None:
        check_options(concurrency, rate)
        self._client = client
        self._rows = rows
        self._user = user
        self._concurrency = concurrency
        self._rate = rate
        self._journal_path = journal
        self._input_id = input_id
        self._resend_unknown = resend_unknown
        self._retry_failed = retry_failed
        self._timeout = timeout
        self._journal: Journal | None = None
        # Bounded: rows that finish faster than the caller reads them (a resume of a
        # million finished rows) wait here instead of piling up in memory.
        self._results: asyncio.Queue[BatchResult | BaseException | None] = asyncio.Queue(
            maxsize=max(2 * concurrency, 64)
        )
        self._live: dict[int, AsyncWorkflowStream] = {}
        # Rows whose request is out but whose run's ids have not come back yet.
        self._entering: set[int] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        # Upload per file content (sha256), shared by the rows in flight that need it.
        self._uploads: dict[str, asyncio.Future[UploadedFile]] = {}
        self._file_inputs: dict[str, str] = {}
        self._driver: asyncio.Task[None] | None = None
        self._limiter = _Limiter(concurrency, rate)
        self._started = 0.0
        # What the summary needs, not the results themselves: memory stays flat however
        # many rows pass (8 bytes per row run now, for the run-time percentiles).
        self._counts: dict[str, int] = {}
        self._tokens = 0
        self._elapsed = array.array("d")
        self._closed = False
        self.summary: BatchSummary | None = None
        self.stopped: list[int] = []  # rows whose runs aclose() stopped

    @property
    def running(self) -> int:
        """How many runs are in flight now."""
        return len(self._live)

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
            app_id = f"{self._client.base_url} {info.name} ({info.mode})"
            self._journal = Journal(self._journal_path, input_id=self._input_id or "rows", app_id=app_id)
        self._driver = asyncio.ensure_future(self._drive())

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
        """Stop the batch: every run in flight is stopped on the server (confirmed) and
        journaled as stopped, so that a resume runs it again."""
        if self._closed:
            return
        self._closed = True
        # No new row starts. A row whose request is out may have started a run whose ids
        # have not arrived: its first event (usually milliseconds away) is waited for, so
        # that its run can be stopped too rather than left running unknown.
        if self._driver is not None:
            self._driver.cancel()
        deadline = time.monotonic() + ENTRY_WAIT
        while self._entering and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        # What is in flight now; the row tasks are cancelled first (leaving their streams
        # closes the connections), then each run is stopped and its end confirmed.
        in_flight = [(i, s.known_task_id, s.workflow_run_id) for i, s in list(self._live.items())]
        for task in [*self._tasks, *([self._driver] if self._driver is not None else [])]:
            task.cancel()
        await asyncio.gather(*self._tasks, *([self._driver] if self._driver else []), return_exceptions=True)
        await asyncio.gather(*(self._stop_row(*row) for row in in_flight), return_exceptions=True)
        self._finish_summary()
        if self._journal is not None:
            self._journal.close()

    async def _stop_row(self, index: int, task_id: str | None, run_id: str) -> None:
        status: str | None = None
        if task_id is not None:
            await self._client.stop_task(task_id, user=self._user)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            status = (await self._client.get_workflow_run(run_id)).status
            if status != "running":
                break
            await asyncio.sleep(0.05)
        self.stopped.append(index)
        if self._journal is not None:
            # A run the stop ended runs again on resume; one that ended anyway keeps its end.
            state = "stopped" if status in ("stopped", "running", "paused", None) else status
            self._journal.finish(index, state, error="stopped by the batch", outputs={})

    # -- driving -------------------------------------------------------------------------------

    async def _drive(self) -> None:
        try:
            index = 0
            async for inputs in self._each_row():
                await self._schedule(index, dict(inputs))
                index += 1
            while self._tasks:
                # asyncio.wait, not gather: cancelling the driver (aclose) must not cancel
                # the rows, which aclose stops on the server itself.
                await asyncio.wait(list(self._tasks))
            self._finish_summary()
            await self._results.put(None)
        except asyncio.CancelledError:
            self._wake()
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
        if known is not None and known.state in FINAL:
            rerun = known.state == "stopped" or (known.state == "failed" and self._retry_failed)
            rerun = rerun or (known.state == "unknown" and self._resend_unknown)
            if not rerun:
                await self._emit(_from_row(known, inputs))
                return
            known = None
        if known is not None and known.state == "sent" and not self._resend_unknown:
            # Sent, but the process died before the first event: the run may exist.
            self._journal.finish(index, "unknown", error="sent before an interruption; no id arrived")  # type: ignore[union-attr]
            row = self._journal.get(index)  # type: ignore[union-attr]
            if row is not None:
                await self._emit(_from_row(row, inputs, resumed=False))
            return
        await self._limiter.acquire()
        task = asyncio.ensure_future(self._row(index, inputs, digest, known))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _emit(self, result: BatchResult) -> None:
        self._counts[result.status] = self._counts.get(result.status, 0) + 1
        self._tokens += result.tokens or 0
        if result.elapsed is not None and not result.resumed:
            self._elapsed.append(result.elapsed)
        await self._results.put(result)

    def _wake(self) -> None:
        """End a reader waiting for results (the batch was closed): results nobody will
        read make room for the end mark, without waiting."""
        while self._results.full():
            self._results.get_nowait()
        self._results.put_nowait(None)

    async def _row(self, index: int, inputs: dict[str, Any], digest: str, known: Row | None) -> None:
        try:
            if known is not None and known.state == "running" and known.run_id is not None:
                result = await self._follow(index, inputs, known)
            else:
                result = await self._run(index, inputs, digest)
        except InvalidInputError as exc:
            result = self._record(index, inputs, "failed", error=str(exc))
        except APIError as exc:
            result = self._record(index, inputs, "unknown", error=str(exc))
        except asyncio.CancelledError:  # the batch was closed: the slot is free again
            await self._limiter.release()
            raise
        except Exception as exc:  # not a Dify answer (a bug, a broken http_client): never lost silently
            await self._limiter.release()
            await self._results.put(exc)
            return
        try:
            # The row keeps its place until its result is taken: a caller that reads
            # slowly slows the batch down rather than letting finished rows pile up.
            await self._emit(result)
        finally:
            await self._limiter.release()

    async def _run(self, index: int, inputs: dict[str, Any], digest: str) -> BatchResult:
        try:
            prepared = await self._with_uploads(inputs)
        except APIError as exc:
            # The run was never sent, so it does not exist: failed, not unknown.
            return self._record(index, inputs, "failed", error=f"a file input could not be uploaded: {exc}")
        journal = self._journal
        while True:
            if journal is not None:
                journal.sent(index, digest)
            started = time.monotonic()
            try:
                stream = self._client.stream_workflow(prepared, user=self._user, timeout=self._timeout)
                self._entering.add(index)
                try:
                    async with stream:
                        self._entering.discard(index)
                        self._live[index] = stream
                        if journal is not None:
                            journal.ids(index, stream.known_task_id, stream.workflow_run_id)
                        outcome = await stream.outcome()
                finally:
                    self._entering.discard(index)
                self._live.pop(index, None)
                return self._record(
                    index,
                    inputs,
                    outcome.status,
                    outputs=outcome.outputs,
                    error=outcome.error,
                    run_id=outcome.workflow_run_id,
                    task_id=stream.known_task_id,
                    elapsed=time.monotonic() - started,
                    tokens=outcome.total_tokens,
                )
            except RateLimitError as exc:
                # A 429 started nothing: lower the concurrency, wait, send the row again.
                if journal is not None:
                    journal.unsent(index)
                await self._limiter.throttle(_retry_after(exc))
                await self._limiter.release()
                await self._limiter.acquire()
            except APIConnectionError as exc:
                self._live.pop(index, None)
                if exc.workflow_run_id is not None:
                    row = Row(index, digest, "running", None, exc.workflow_run_id, {}, None, None, None)
                    return await self._follow(index, inputs, row)
                if isinstance(exc.__cause__, httpx.ConnectError):
                    # Refused: nothing was sent (the client already retried); try again later.
                    if journal is not None:
                        journal.unsent(index)
                    await self._limiter.throttle(1.0)
                    await self._limiter.release()
                    await self._limiter.acquire()
                    continue
                return self._record(index, inputs, "unknown", error=str(exc))
            except APIStatusError as exc:
                # 4xx: Dify refused the request, no run exists. 5xx after sending: the run
                # may exist, so it is never sent again.
                state = "unknown" if exc.status_code >= 500 else "failed"
                return self._record(index, inputs, state, error=str(exc))

    async def _follow(self, index: int, inputs: dict[str, Any], known: Row) -> BatchResult:
        run_id = known.run_id or ""
        detail = await self._client.get_workflow_run(run_id)
        if detail.status in ENDED_STATUSES:
            return self._record(
                index, inputs, detail.status, outputs=detail.outputs, error=detail.error, run_id=run_id,
                task_id=known.task_id, elapsed=detail.elapsed_time, tokens=detail.total_tokens,
            )  # fmt: skip
        stream = self._client.stream_workflow_events(run_id, user=self._user, task_id=known.task_id)
        async with stream:
            self._live[index] = stream
            outcome = await stream.outcome()
        self._live.pop(index, None)
        return self._record(
            index, inputs, outcome.status, outputs=outcome.outputs, error=outcome.error, run_id=run_id,
            task_id=stream.known_task_id, elapsed=outcome.elapsed_time, tokens=outcome.total_tokens,
        )  # fmt: skip

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
    ) -> BatchResult:
        if self._journal is not None:
            self._journal.finish(index, status, outputs=outputs, error=error, elapsed=elapsed, tokens=tokens)
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


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


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
        resumed=resumed,
    )
