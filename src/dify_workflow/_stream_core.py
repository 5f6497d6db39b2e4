"""What both stream classes share, without I/O: bytes in, typed events out, and what
the stream has learned about its run (ids, the terminal event, the stop verdict)."""

from __future__ import annotations

import json
import logging
from collections import deque
from collections.abc import Mapping
from typing import Any

import httpx

from ._events import (
    StreamEvent,
    UnknownEvent,
    WorkflowFinishedEvent,
    WorkflowPausedEvent,
    parse_event,
)
from ._exceptions import APIResponseValidationError, StreamError
from ._sse import ServerSentEvent, SSEDecoder
from ._types import StopOutcome

log = logging.getLogger("dify_workflow")

Terminal = WorkflowFinishedEvent | WorkflowPausedEvent


class StreamCore:
    """The state of one workflow event stream.

    `replays`: the stream may replay past events (the events endpoint), in which the
    server puts the run id where the task id belongs; only a task id that differs from
    the run id is then taken as the live one, the one a stop needs.
    """

    def __init__(
        self,
        request: httpx.Request,
        *,
        replays: bool,
        task_id: str | None = None,
        workflow_run_id: str | None = None,
    ) -> None:
        self.request = request
        self.replays = replays
        self.live_task_id = task_id
        self.first_task_id: str | None = None
        self.workflow_run_id = workflow_run_id
        self.final: Terminal | None = None
        self.ended = False  # the server closed the stream (cleanly)
        self.pending: deque[StreamEvent[Any]] = deque()
        self._decoder = SSEDecoder()

    @property
    def task_id(self) -> str | None:
        return self.live_task_id or self.first_task_id

    @property
    def seen_event(self) -> bool:
        return self.first_task_id is not None or self.workflow_run_id is not None or bool(self.pending)

    def feed(self, chunk: bytes) -> None:
        """Decode `chunk`; completed events go to `pending`. Raises StreamError for an
        `error` event and APIResponseValidationError for an event over the size limit."""
        try:
            decoded = self._decoder.feed(chunk)
        except ValueError as exc:
            response = httpx.Response(200, request=self.request)
            raise APIResponseValidationError(str(exc), response=response, body="") from None
        for sse in decoded:
            self._take(sse)

    def _take(self, sse: ServerSentEvent) -> None:
        # Once per event of every stream: the common case (a JSON object naming a known
        # event) takes the fewest steps; anything else goes through _odd.
        try:
            raw: Any = json.loads(sse.data)
        except ValueError:
            raw = None
        name = raw.get("event") if type(raw) is dict else None
        if type(name) is not str:
            raw, name = self._odd(sse, raw)
        if name == "ping":
            return
        if name == "error":
            raise self._error(raw)
        event = parse_event(raw)
        cls, task_id, run_id = type(event), event.task_id, event.workflow_run_id
        if run_id is not None and self.workflow_run_id is None:
            self.workflow_run_id = run_id
        if task_id is not None and task_id != self.live_task_id:
            if self.first_task_id is None:
                self.first_task_id = task_id
            if not self.replays or task_id != run_id:
                self.live_task_id = task_id
        if cls is WorkflowFinishedEvent or cls is WorkflowPausedEvent:
            self.final = event  # type: ignore[assignment]
        elif cls is UnknownEvent:
            log.debug("stream event %r is not in the spec, yielded as UnknownEvent", name)
        self.pending.append(event)

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

    def end(self) -> None:
        self._decoder.end()
        self.ended = True

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
