"""AsyncWorkflowStream: the typed events of one workflow run, read as they arrive.

This file is the source of `_streaming.py` (scripts/unasync.py writes the sync twin).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._base_client import DEADLINE, invalid, past, read_limit_reached, transport_error
from ._events import StreamEvent, WorkflowFinishedEvent, WorkflowPausedEvent
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientClosedError,
    DifyError,
    StreamStateError,
)
from ._operations import Operation
from ._stream_core import StreamCore, run_outcome
from ._types import ENDED_STATUSES, RunHandle, RunOutcome, StopOutcome

if TYPE_CHECKING:
    from ._async_app import AsyncAppClient

__all__ = ["AsyncWorkflowStream"]


def _async_chunks_of(response: httpx.Response) -> AsyncIterator[bytes]:
    """The body's chunks as they arrive. A body without a Content-Encoding is read off
    the response's own stream: httpx's iteration over it adds only bookkeeping (a
    decoder that passes bytes through, byte counts) at every chunk, and Dify sends every
    event as a chunk of its own."""
    stream = response.stream
    if isinstance(stream, httpx.AsyncByteStream) and "content-encoding" not in response.headers:
        return stream.__aiter__()
    return response.aiter_bytes()


# How long `stop()` waits for a verdict when run detail must answer instead of the stream.
_DETAIL_TIMEOUT = 10.0


class AsyncWorkflowStream:
    """The events of one workflow run, typed, in order. Use it with `async with`.

    Entering a stream of a new run (`stream_workflow`) sends the request and waits for
    the first event, so `task_id` and `workflow_run_id` are known inside the block. A busy
    Dify queues a run silently (one ping, then nothing until a worker takes it): that
    wait is not a fault. `waiting` is True and `waited` counts its seconds meanwhile;
    `stream_idle_timeout` applies only once the run has started, and the wait itself is
    bounded only by `queue_timeout` (None: for as long as the connection lives; a dead
    connection is noticed by TCP keepalive within about 40 s). A wait given up raises
    `APITimeoutError` whose `pending_run` finds the run should it start later.
    Iterating yields `StreamEvent` subclasses (never `ping`); an `error` event raises
    `StreamError`; a connection that breaks before the run's end raises
    `APIConnectionError` with `workflow_run_id` set, and `resume()` follows the run again.

    The stream ends at the run's terminal event (`workflow_finished`; `workflow_paused`
    unless `continue_on_pause`) and closes the connection at once, whatever the server
    sends after it. When only pings arrive for `quiet_timeout` seconds, run detail is
    asked (at the next ping); if the run has ended, the stream ends with a
    `workflow_finished` built from it (`event.from_run_detail` is True).

    Leaving the block (or `close()`) closes the connection at once. It does not stop the
    run on the server: call `stop()` for that (or `client.stop_task(task_id, user=...)`).
    """

    # What the stream's state lives in, and whether a new run's lost connection can be
    # followed by a RunHandle (the chat stream has its own core and no handle).
    _core_class: type[StreamCore] = StreamCore
    _detachable = True

    def __init__(
        self,
        client: AsyncAppClient,
        op: Operation,
        request: httpx.Request,
        *,
        user: str,
        replays: bool,
        timeout: float | None = None,
        task_id: str | None = None,
        workflow_run_id: str | None = None,
        continue_on_pause: bool = False,
        quiet_timeout: float | None = None,
        idle: float | None = None,
        queue_timeout: float | None = None,
        sent: Mapping[str, Any] | None = None,
    ) -> None:
        self._client = client
        self._op = op
        self._request = request
        self._user = user
        self._idle = client._idle(idle)
        self._queue_timeout = queue_timeout
        self._budgeted = client._budgeted
        # The body of a new run (for its RunHandle), when it was sent, and when its
        # answer's headers arrived and its first data event (the run started).
        self._sent = sent
        self._sent_at: float | None = None
        self._waiting_since: float | None = None
        self._started_at: float | None = None
        self._bound: float | None = None  # the phase's bound on the read in progress
        self._core = self._core_class(
            request,
            replays=replays,
            task_id=task_id,
            workflow_run_id=workflow_run_id,
            continue_on_pause=continue_on_pause,
        )
        self._quiet_timeout = quiet_timeout
        self._overall = timeout
        self._deadline: float | None = None
        self._response: httpx.Response | None = None
        self._chunks: AsyncIterator[bytes] | None = None
        self._closed = False

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open" if self._response is not None else "not started"
        return (
            f"<{type(self).__name__} {state} workflow_run_id={self._core.workflow_run_id!r} "
            f"task_id={self._core.task_id!r}>"
        )

    # -- what the stream knows --------------------------------------------------------

    @property
    def task_id(self) -> str:
        """The run's task id (what a stop needs): known inside the `with` block of a new
        run (`stream_workflow`); on an events stream once a live event arrived (or carried
        over by `resume`). Before that, StreamStateError (see `known_task_id`)."""
        task = self._core.task_id
        if task is None:
            raise StreamStateError(
                "the task id is not known yet: enter the stream (`with`) first; an events stream "
                "learns it from the first live event (check `known_task_id`)"
            )
        return task

    @property
    def known_task_id(self) -> str | None:
        """The task id if it is known yet, else None (never raises)."""
        return self._core.task_id

    @property
    def workflow_run_id(self) -> str:
        """The run's id (for `get_workflow_run`, `resume`): known inside the `with` block.
        Before the first event of a new run, StreamStateError."""
        run = self._core.workflow_run_id
        if run is None:
            raise StreamStateError("the run id is not known yet: enter the stream (`with`) first")
        return run

    @property
    def known_workflow_run_id(self) -> str | None:
        """The run id if it is known yet, else None (never raises; always None for the
        message of a chat app that runs no workflow)."""
        return self._core.workflow_run_id

    @property
    def final_event(self) -> WorkflowFinishedEvent | WorkflowPausedEvent | None:
        """The terminal event (`workflow_finished` or `workflow_paused`) once it arrived."""
        return self._core.final

    @property
    def response(self) -> httpx.Response | None:
        """The HTTP response (status and headers) once the stream is open."""
        return self._response

    @property
    def waiting(self) -> bool:
        """True while the run waits for a Dify worker: the server answered, no event of
        the run has arrived yet (a busy Dify sends one ping, then nothing until a worker
        takes the run). Only a stream of a new run waits."""
        return (
            self._waiting_since is not None
            and self._started_at is None
            and not self._closed
            and not self._core.seen_event
        )

    @property
    def waited(self) -> float:
        """Seconds the run waited for a worker (so far, while `waiting`); 0.0 before the
        server answered, and on an events stream."""
        since = self._waiting_since
        if since is None:
            return 0.0
        return (self._started_at or time.monotonic()) - since

    @property
    def handle(self) -> RunHandle:
        """The run as a `RunHandle` (with its ids once known): for `client.attach`,
        `client.wait` and `client.resolve`, here or in another process. StreamStateError
        before the request of a new run was sent."""
        core = self._core
        if self._sent is not None:
            if self._sent_at is None:
                raise StreamStateError("the run was not sent yet: enter the stream (`with`) first")
            return self._client._handle(
                self._sent, self._sent_at, task_id=core.live_task_id, workflow_run_id=core.workflow_run_id
            )
        return RunHandle(
            user=self._user,
            sent_at=0.0,
            task_id=core.live_task_id,
            workflow_run_id=core.workflow_run_id,
        )

    # -- lifecycle ----------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self._open()
        if not self._core.replays:
            try:
                while not self._core.seen_event and await self._read_more():
                    pass
            except BaseException:
                await self._release()
                raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the connection at once (the run goes on on the server: `stop()` stops
        it). Events read ahead are dropped: iterating a closed stream yields nothing."""
        self._core.pending.clear()
        await self._release()

    async def _release(self) -> None:
        # The end of the stream (or a failure): events already decoded stay readable.
        self._closed = True
        response, self._response = self._response, None
        if response is not None:
            await response.aclose()

    async def _open(self) -> None:
        if self._closed:
            raise ClientClosedError("this stream is closed; open a new one (or use resume())")
        if self._response is not None:
            return
        # A new run's overall timeout counts from its start: the wait for a worker before
        # it is queue_timeout's (see _read_more).
        if self._overall is not None and self._sent is None:
            self._deadline = time.monotonic() + self._overall
        client = self._client
        self._sent_at = client._now_on_server()
        try:
            response, _ = await client._send(self._op, self._request, stream=True)
        except APIConnectionError as exc:
            if self._sent is not None:
                client._lost_run(exc, self._sent, self._sent_at)
            raise
        if self._sent is not None:
            self._sent_at = client._server_time(response) or self._sent_at
            self._waiting_since = time.monotonic()
        media = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if media != "text/event-stream":
            kept = b""
            try:
                async for part in response.aiter_bytes():
                    kept += part
                    if read_limit_reached(len(kept)):
                        break
            finally:
                await response.aclose()
            raise invalid(response, kept, f"expected an event stream, got {media or 'no content type'!r}")
        self._response = response
        self._chunks = _async_chunks_of(response)

    # -- reading ------------------------------------------------------------------------

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> StreamEvent:
        pending = self._core.pending
        if pending:
            return pending.popleft()
        if self._response is None and not self._closed:
            await self._open()
        while not pending:
            if self._closed or not await self._read_more():
                raise StopAsyncIteration
        return pending.popleft()

    async def _read_more(self, until: float | None = None) -> bool:
        """Read one chunk into the decoder; False when the stream is over."""
        chunks = self._chunks
        if chunks is None or self._response is None:
            return False
        deadline = self._deadline if until is None else min(until, self._deadline or until)
        if self._budgeted:
            # The pool bounds each socket read by DEADLINE: the idle timeout once the run
            # started, queue_timeout (or nothing) while it waits for a worker.
            if self._started_at is None and self._waiting_since is not None:
                bound = None if self._queue_timeout is None else self._waiting_since + self._queue_timeout
            else:
                bound = time.monotonic() + self._idle
            self._bound = bound
            if bound is not None and (deadline is None or bound < deadline):
                deadline = bound
        # A stream without any bound leaves the context variable alone (once per chunk).
        token = None if deadline is None else DEADLINE.set(deadline)
        try:
            if token is not None and past(self._deadline):
                raise httpx.ReadTimeout("the stream's overall timeout passed", request=self._request)
            chunk = await chunks.__anext__()
        except StopAsyncIteration:
            self._core.end()
            await self._release()
            if self._core.final is None and self._core.unreadable_end is None:
                if await self._ended_meanwhile():
                    return True  # its end is in `pending`
                raise self._broken("The server closed the stream before the run finished") from None
            return False
        except httpx.TransportError as exc:
            exc.request = self._request  # httpx's own iteration would have set it
            await self._release()
            if until is not None and past(until) and not past(self._deadline):
                return False  # only the caller's wait (stop) is over
            raise self._broken("", exc) from exc
        finally:
            if token is not None:
                DEADLINE.reset(token)
        core = self._core
        try:
            core.feed(chunk)
        except DifyError:
            await self._release()
            raise
        if self._started_at is None and core.seen_event:
            self._started_at = time.monotonic()
            if self._overall is not None and self._sent is not None:
                self._deadline = self._started_at + self._overall
            if core.workflow_run_id is not None:
                self._client._saw_run(core.workflow_run_id)
        if core.done:
            # The run is over: whatever the server sends after it is not waited for.
            await self._release()
        elif self._quiet_timeout is not None and not core.pending and core.quiet_for() >= self._quiet_timeout:
            await self._ask_detail()
        return True

    async def _ended_meanwhile(self) -> bool:
        """Whether a stream the server closed before its end has an end after all (a
        chat stream's answer may be complete); a workflow stream's has not: resume()."""
        return False

    async def _ask_detail(self) -> None:
        """After a quiet period (pings only): end the stream from run detail when the run
        has ended; otherwise wait another quiet period."""
        core = self._core
        run = core.workflow_run_id
        core.last_event_at = time.monotonic()
        if run is None:
            return
        try:
            detail = await self._client.get_workflow_run(run)
        except APIError:
            return  # the stream itself may still tell; asked again after the next quiet period
        if detail.status in ENDED_STATUSES:
            core.finish_from_detail(detail)
            await self._release()

    def _broken(self, why: str, exc: httpx.TransportError | None = None) -> APIConnectionError:
        """The error for a stream that ended before its run: `why`, or what `exc` says."""
        run = self._core.workflow_run_id
        waiting = self._started_at is None and self._waiting_since is not None
        kind: type[APIConnectionError] = APIConnectionError
        if (
            isinstance(exc, httpx.TimeoutException)
            and self._budgeted
            and not past(self._deadline)
            and not past(self._bound)
        ):
            # No bound of ours passed: the socket gave up (TCP keepalive went unanswered).
            where = f"while the run waited {self.waited:.0f} s for a Dify worker" if waiting else "mid-run"
            why = f"The connection died {where} (TCP keepalive went unanswered)"
        elif isinstance(exc, httpx.TimeoutException):
            kind = APITimeoutError
            if past(self._deadline):
                why = f"The stream's overall timeout ({self._overall:g} s) passed"
            elif waiting and self._budgeted:
                why = (
                    f"The run waited {self.waited:.0f} s for a Dify worker without starting "
                    f"(queue_timeout {self._queue_timeout:g} s)"
                )
            elif waiting:
                why = (
                    f"No data for {self._idle:g} s while the run waited for a Dify worker (with your "
                    "own http_client the wait is bounded by stream_idle_timeout)"
                )
            else:
                why = f"No data (not even a ping) for {self._idle:g} s (stream_idle_timeout)"
        elif exc is not None:
            why = f"The stream broke: {transport_error(exc, self._request).message.rstrip('.')}"
        # A new run's error carries its handle: with ids once they came, else pending.
        pending = (
            self.handle if self._detachable and self._sent is not None and self._sent_at is not None else None
        )
        if run:
            hint = " The run may go on on the server: stream.resume() follows it again."
        elif self._sent is not None and not self._detachable:
            hint = self._lost_hint
        elif pending is not None:
            hint = (
                " The run may still start and be billed: err.pending_run finds it "
                "(client.resolve, client.wait, client.attach)."
            )
        else:
            hint = ""
        return kind(f"{why}.{hint}", request=self._request, workflow_run_id=run, pending_run=pending)

    async def until_done(self) -> WorkflowFinishedEvent | WorkflowPausedEvent:
        """Read the rest of the stream; return its terminal event (`workflow_finished`, or
        `workflow_paused` when the stream ended at a pause)."""
        async for _ in self:
            pass
        if self._core.final is None:
            raise self._core.no_end_error()
        return self._core.final

    async def outcome(self) -> RunOutcome:
        """Read the rest of the stream and return how the run ended, in one object:

            outcome = await stream.outcome()
            print(outcome.status, outcome.outputs)   # "succeeded" {"answer": ...}

        `status` is "succeeded", "failed", "stopped", "partial-succeeded" or "paused";
        `form_token` is set when it paused at a human-input form."""
        return run_outcome(await self.until_done())

    # -- stopping and resuming -----------------------------------------------------------

    async def stop(self, timeout: float = 10.0) -> StopOutcome:
        """Stop the run and learn whether it stopped.

        Sends the stop with the run's own task id and user, then reads the stream to its
        terminal event (the events read on the way are still yielded by iteration). When
        the stream gives no verdict within `timeout` seconds, run detail answers. A run
        that already finished is not stopped: the outcome has `requested=False` and its
        real status. A paused run takes the stop (`status="paused"`): it ends when resumed.
        """
        deadline = time.monotonic() + timeout
        if not self._closed and self._response is None:
            await self.__aenter__()
        finished = self._core.finished_outcome()
        if finished is not None:
            return finished
        task = await self._live_task_id(deadline)
        if task is None:
            return self._core.outcome_from_detail(False, await self._detail_status(deadline))
        # The stop of the client's app kind: a workflow's task, or a chat message's.
        requested = await self._client._stop_for_stream(
            task, self._user, max(deadline - time.monotonic(), 1.0)
        )
        try:
            while self._core.final is None and not past(deadline) and await self._read_more(until=deadline):
                pass
        except APIConnectionError:
            pass  # the stream broke: run detail tells
        verdict = self._core.verdict(requested)
        if verdict is not None:
            return verdict
        return self._core.outcome_from_detail(requested, await self._detail_status(deadline))

    # What a new chat message's broken stream tells (the workflow stream has a handle).
    _lost_hint = ""

    async def _live_task_id(self, deadline: float) -> str | None:
        """The task id a stop needs, reading ahead (events are kept) until it is known."""
        try:
            while self._core.live_task_id is None and self._core.final is None and not past(deadline):
                if not await self._read_more(until=deadline):
                    break
        except APIConnectionError:
            pass
        return self._core.live_task_id

    async def _detail_status(self, deadline: float) -> str | None:
        run = self._core.workflow_run_id
        if run is None:
            return None
        try:
            detail = await self._client.get_workflow_run(
                run, timeout=max(deadline - time.monotonic(), _DETAIL_TIMEOUT / 4)
            )
        except APIError:
            return None
        return detail.status if isinstance(detail.status, str) else None

    def resume(
        self, *, include_state_snapshot: bool = False, continue_on_pause: bool = False
    ) -> AsyncWorkflowStream:
        """A new stream of the same run and user (`GET /workflow/{run}/events`), to enter
        with `async with`. It keeps this stream's task id, so its `stop()` reaches the run."""
        run = self._core.workflow_run_id
        if run is None:
            raise ClientClosedError("no event arrived, so the run id is unknown: there is nothing to resume")
        return self._client._events_stream(
            run,
            user=self._user,
            include_state_snapshot=include_state_snapshot,
            continue_on_pause=continue_on_pause,
            task_id=self._core.live_task_id,
        )
