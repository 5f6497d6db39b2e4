"""What a chat stream knows beyond a workflow stream's, without I/O: the answer so far,
the conversation and message ids, and where a chat stream ends."""

from __future__ import annotations

from typing import Any

import attrs
import httpx

from .._events import StreamEvent, WorkflowFinishedEvent, WorkflowPausedEvent
from .._stream_core import StreamCore
from .._types import StopOutcome
from ._events import (
    AgentMessageEvent,
    MessageEndEvent,
    MessageEvent,
    MessageReplaceEvent,
    parse_chat_event,
)

__all__ = ["ChatOutcome", "ChatStreamCore"]


@attrs.frozen
class ChatOutcome:
    """How a chat message ended (`stream.outcome()`), one object whatever the end was.

    `status`: "succeeded", "failed", "stopped", "partial-succeeded" (a Chatflow's run
    status), or "paused" (a Chatflow waits at a human-input form: `form_token`). A Chatbot
    or Agent app, which runs no workflow, ends "succeeded" at `message_end`.
    `answer`: the whole answer, also where the server streamed no chunks for part of it
    (after a human-input resume it sends the text only in the run's outputs).
    `conversation_id` is the conversation the server used (a new one when the one sent
    was unknown). `usage`: from `message_end` (`{}` without one, as after a stop).
    """

    status: str
    answer: str
    conversation_id: str | None
    message_id: str | None
    task_id: str | None
    workflow_run_id: str | None
    error: str | None
    form_token: str | None
    usage: dict[str, Any]
    final_event: StreamEvent | None = attrs.field(repr=False, default=None)

    @property
    def succeeded(self) -> bool:
        """True when the answer is complete."""
        return self.status == "succeeded"


class ChatStreamCore(StreamCore):
    """The state of one chat stream. A Chatflow's stream ends at its workflow's end
    (`workflow_finished`, which follows `message_end`; or `workflow_paused`); a Chatbot or
    Agent app's, which has no workflow events, at `message_end`."""

    parse = staticmethod(parse_chat_event)

    def __init__(self, request: httpx.Request, **kwargs: Any) -> None:
        super().__init__(request, **kwargs)
        self.chunks: list[str] = []
        self.replaced: str | None = None
        self.outputs_answer: str | None = None
        self.conversation_id: str | None = None
        self.message_id: str | None = None
        self.message_end: MessageEndEvent | None = None
        self.workflow = False  # a workflow engine event arrived: a Chatflow

    @property
    def answer(self) -> str:
        streamed = (self.replaced or "") + "".join(self.chunks)
        whole = self.outputs_answer
        # A Chatflow's run outputs hold the whole answer; after a human-input resume the
        # server streams no chunks for what follows (recording 132).
        if whole is not None and len(whole) >= len(streamed):
            return whole
        return streamed

    def _took(self, event: StreamEvent) -> None:
        raw = event.raw
        if self.conversation_id is None and type(raw.get("conversation_id")) is str:
            self.conversation_id = raw["conversation_id"]
        if self.message_id is None and type(raw.get("message_id")) is str:
            self.message_id = raw["message_id"]
        cls = type(event)
        if cls is MessageEvent or cls is AgentMessageEvent:
            self.chunks.append(event.data.answer)  # type: ignore[attr-defined]
        elif cls is MessageReplaceEvent:
            self.replaced, self.chunks = event.data.answer, []  # type: ignore[attr-defined]
        elif cls is MessageEndEvent:
            self.message_end = event  # type: ignore[assignment]
            if not self.workflow:
                self.done = True
        elif cls is WorkflowFinishedEvent:
            answer = event.outputs.get("answer")  # type: ignore[attr-defined]
            if isinstance(answer, str):
                self.outputs_answer = answer
        if not self.workflow and event.event.startswith(("workflow_", "node_")):
            self.workflow = True

    def finished_outcome(self) -> StopOutcome | None:
        if self.final is None and self.message_end is not None and self.done:
            return StopOutcome(requested=False, confirmed=False, status="succeeded")
        return super().finished_outcome()

    def verdict(self, requested: bool) -> StopOutcome | None:
        if self.final is None and self.message_end is not None and self.done:
            # A Chatbot's answer ended: whether the stop cut it short, no run status tells
            # (it completed when no stop was taken).
            return StopOutcome(
                requested=requested, confirmed=False, status=None if requested else "succeeded"
            )
        return super().verdict(requested)

    def outcome(self) -> ChatOutcome:
        """The outcome once the stream ended (at its terminal event)."""
        final = self.final
        end = self.message_end
        status, error, token = "succeeded", None, None
        last: StreamEvent | None = end
        if isinstance(final, WorkflowFinishedEvent):
            status, error, last = final.status, final.error, final
        elif isinstance(final, WorkflowPausedEvent):
            tokens = [reason.get("form_token") for reason in final.data.reasons]
            status, last = "paused", final
            token = next((t for t in tokens if isinstance(t, str)), None)
        return ChatOutcome(
            status=status,
            answer=self.answer,
            conversation_id=self.conversation_id,
            message_id=self.message_id,
            task_id=self.task_id,
            workflow_run_id=self.workflow_run_id,
            error=error,
            form_token=token,
            usage=end.usage if end is not None else {},
            final_event=last,
        )
