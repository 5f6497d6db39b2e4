"""What both stream classes share, without I/O: bytes in, typed events out, and what
the stream has learned about its run (ids, the terminal event, the stop verdict)."""

from __future__ import annotations

import json
import logging
import time
from collections import deque
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._events import (
    FROM_RUN_DETAIL,
    MalformedEvent,
    StreamEvent,
    WorkflowFinishedEvent,
    WorkflowPausedEvent,
    parse_event,
)
from ._exceptions import APIResponseValidationError, ClientClosedError, DifyError, StreamError
from ._json import loads
from ._results import WorkflowFinishedData, build
from ._sse import ServerSentEvent, SSEDecoder
from ._types import RunOutcome, StopOutcome

if TYPE_CHECKING:
    from ._results import WorkflowRunDetail

log = logging.getLogger("dify_workflow")

Terminal = WorkflowFinishedEvent | WorkflowPausedEvent


class StreamCore:
    """The state of one workflow event stream.

    `replays`: the stream may replay past events (the events endpoint), in which the
    server puts the run id where the task id belongs; only a task id that differs from
    the run id is then taken as the live one, the one a stop needs.

    `continue_on_pause`: a `workflow_paused` does not end the stream. Otherwise the
    stream is `done` at its terminal event, whatever the server does after it (Dify
    keeps a `continue_on_pause` events stream open with pings after
    `workflow_finished`, recording 96): the caller closes the connection then.
    """

    # How a decoded event object becomes a typed event (the chat stream has its own).
    parse = staticmethod(parse_event)

    def __init__(
        self,
        request: httpx.Request,
        *,
        replays: bool,
        task_id: str | None = None,
        workflow_run_id: str | None = None,
        continue_on_pause: bool = False,
    ) -> None:
        self.request = request
        self.replays = replays
        self.continue_on_pause = continue_on_pause
        self.done = False  # the terminal event arrived: nothing after it is read
        self.last_event_at = time.monotonic()  # of the last data event (pings aside)
        self.live_task_id = task_id
        self.first_task_id: str | None = None
        self.workflow_run_id = workflow_run_id
        self.final: Terminal | None = None
        self.unreadable_end: MalformedEvent | None = None
        self.ended = False  # the server closed the stream (cleanly)
        self.pending: deque[StreamEvent] = deque()
        self._decoder = SSEDecoder()

    @property
    def task_id(self) -> str | None:
        # A replayed event (and the rebuilt end of a finished run) carries the run id where
        # the task id goes: only a live one is the run's task id.
        return self.live_task_id if self.replays else self.live_task_id or self.first_task_id

    @property
    def seen_event(self) -> bool:
        return self.first_task_id is not None or self.workflow_run_id is not None or bool(self.pending)

    def feed(self, chunk: bytes) -> None:
        """Decode `chunk`; completed events go to `pending`. Raises StreamError for an
        `error` event and APIResponseValidationError for an event over the size limit."""
        decoder = self._decoder
        data = decoder.single(chunk)
        if data is not None:  # an event in a chunk of its own: Dify's framing
            if not self.done:
                self._take_data(data)
            return
        try:
            decoded = decoder.feed_data(chunk)
        except ValueError as exc:
            response = httpx.Response(200, request=self.request)
            raise APIResponseValidationError(str(exc), response=response, body="") from None
        for item in decoded:
            if self.done:
                break  # whatever the server sends after the run's end is not the run's
            if item.__class__ is bytes:
                self._take_data(item)
            else:
                self._take(item)  # type: ignore[arg-type]

    def _take_data(self, data: bytes) -> None:
        """A message event's one line of data, its JSON read from the bytes."""
        try:
            raw: Any = loads(data)
        except ValueError:  # not JSON, or not UTF-8: as text, the way _take reads it
            raw = None
        name = raw.get("event") if type(raw) is dict else None
        if type(name) is str:
            self._take_object(raw, name)
        else:
            self._take(self._decoder.event_of(data))

    def _take(self, sse: ServerSentEvent) -> None:
        # Once per event of every stream: the common case (a JSON object naming a known
        # event) takes the fewest steps; anything else goes through _odd.
        try:
            raw: Any = loads(sse.data)
        except ValueError:
            raw = None
        name = raw.get("event") if type(raw) is dict else None
        if type(name) is not str:
            raw, name = self._odd(sse, raw)
        self._take_object(raw, name)

    def _take_object(self, raw: dict[str, Any], name: str) -> None:
        """One decoded event object named `name`: typed, learned from, kept."""
        if name == "ping":
            return
        if name == "error":
            raise self._error(raw)
        event = self.parse(raw)
        self.last_event_at = time.monotonic()
        task_id, run_id = raw.get("task_id"), raw.get("workflow_run_id")
        if type(run_id) is str and self.workflow_run_id is None:
            self.workflow_run_id = run_id
        if type(task_id) is str and task_id != self.live_task_id:
            if self.first_task_id is None:
                self.first_task_id = task_id
            if not self.replays or task_id != run_id:
                self.live_task_id = task_id
        cls = type(event)
        if cls is WorkflowFinishedEvent:
            self.final = event  # type: ignore[assignment]
            self.done = True
        elif cls is WorkflowPausedEvent:
            self.final = event  # type: ignore[assignment]
            self.done = not self.continue_on_pause
        elif cls is MalformedEvent and name == "workflow_finished":
            # The run is over even when its last event cannot be read.
            self.unreadable_end = event  # type: ignore[assignment]
            self.done = True
        self.pending.append(event)
        self._took(event)

    def _took(self, event: StreamEvent) -> None:
        """What a subclass learns from each event kept (the chat stream's answer)."""

    @staticmethod
    def _odd(sse: ServerSentEvent, raw: Any) -> tuple[dict[str, Any], str]:
        """A data frame that is not a JSON object with an `event` name."""
        if not isinstance(raw, Mapping):
            log.debug("stream data that is not a JSON object, kept as an UnknownEvent: %.200r", sse.data)
            return {"event": sse.event, "data": sse.data}, sse.event
        # A name given only on the SSE `event:` line still counts.
        return {**raw, "event": sse.event}, sse.event

    def _error(self, raw: Mapping[str, Any]) -> StreamError:
        code, message, status = raw.get("code"), raw.get("message"), raw.get("status")
        return StreamError(
            message if isinstance(message, str) and message else "the server reported an error in the stream",
            request=self.request,
            code=code if isinstance(code, str) else None,
            status=status if isinstance(status, int) and not isinstance(status, bool) else None,
            task_id=raw.get("task_id") if isinstance(raw.get("task_id"), str) else self.task_id,
            workflow_run_id=(
                raw.get("workflow_run_id")
                if isinstance(raw.get("workflow_run_id"), str)
                else self.workflow_run_id
            ),
        )

    def no_end_error(self) -> DifyError:
        """Why a stream that is over has no terminal event to return."""
        bad = self.unreadable_end
        if bad is not None:
            return APIResponseValidationError(
                f"the run's workflow_finished does not match the spec ({bad.reason}); "
                "get_workflow_run(workflow_run_id) tells how the run ended",
                response=httpx.Response(200, request=self.request),
                body=json.dumps(dict(bad.raw))[:2000],
            )
        return ClientClosedError("the stream was closed before the run's end arrived; use resume()")

    def end(self) -> None:
        self._decoder.end()
        self.ended = True

    def quiet_for(self) -> float:
        """Seconds since the last data event (pings do not count)."""
        return time.monotonic() - self.last_event_at

    def finish_from_detail(self, detail: WorkflowRunDetail) -> WorkflowFinishedEvent:
        """End the stream with a `workflow_finished` built from run detail, for a run that
        ended while the stream gave only pings (Dify's events relay sometimes never
        delivers the end). The event says so (`from_run_detail`)."""
        run = detail.id
        raw = {
            "event": "workflow_finished",
            "task_id": self.task_id or run,
            "workflow_run_id": run,
            FROM_RUN_DETAIL: True,
            "data": {
                "id": run,
                "workflow_id": detail.workflow_id,
                "status": detail.status,
                "outputs": detail.outputs,
                "error": detail.error,
                "elapsed_time": detail.elapsed_time or 0.0,
                "total_tokens": detail.total_tokens,
                "total_steps": detail.total_steps,
                "created_at": detail.created_at,
                "finished_at": detail.finished_at,
            },
        }
        event = WorkflowFinishedEvent(
            event="workflow_finished",
            raw=raw,
            task_id=self.task_id or run,
            workflow_run_id=run,
            data=build(WorkflowFinishedData, raw["data"], "data"),
        )
        self.final = event
        self.done = True
        self.pending.append(event)
        self._took(event)
        return event

    # -- stopping -------------------------------------------------------------------

    def finished_outcome(self) -> StopOutcome | None:
        """The outcome of a stop asked for after the run finished (no stop is sent: it
        could change nothing), or None while a stop can still act. A paused run still
        takes one (it ends the run when it resumes)."""
        final = self.final
        if isinstance(final, WorkflowFinishedEvent):
            return StopOutcome(requested=False, confirmed=False, status=final.status, final_event=final)
        return None

    def verdict(self, requested: bool) -> StopOutcome | None:
        """The outcome the stream itself proves, or None when it gave no verdict."""
        final = self.final
        if isinstance(final, WorkflowFinishedEvent):
            return StopOutcome(
                requested=requested,
                confirmed=requested and final.stopped,
                status=final.status,
                final_event=final,
            )
        if isinstance(final, WorkflowPausedEvent):
            return StopOutcome(requested=requested, confirmed=False, status="paused", final_event=final)
        return None

    def outcome_from_detail(self, requested: bool, status: str | None) -> StopOutcome:
        """The outcome when run detail, not the stream, had to answer."""
        return StopOutcome(requested=requested, confirmed=requested and status == "stopped", status=status)


def run_outcome(final: Terminal) -> RunOutcome:
    """The outcome a terminal event tells (`stream.outcome()`)."""
    if isinstance(final, WorkflowFinishedEvent):
        data = final.data
        return RunOutcome(
            status=final.status,
            outputs=data.outputs,
            error=data.error,
            workflow_run_id=final.workflow_run_id,
            elapsed_time=data.elapsed_time,
            total_tokens=data.total_tokens,
            form_token=None,
            from_run_detail=final.from_run_detail,
            final_event=final,
        )
    paused = final.data
    tokens = [reason.get("form_token") for reason in paused.reasons]
    return RunOutcome(
        status="paused",
        outputs=paused.outputs,
        error=None,
        workflow_run_id=final.workflow_run_id,
        elapsed_time=paused.elapsed_time,
        total_tokens=paused.total_tokens,
        form_token=next((t for t in tokens if isinstance(t, str)), None),
        from_run_detail=False,
        final_event=final,
    )
